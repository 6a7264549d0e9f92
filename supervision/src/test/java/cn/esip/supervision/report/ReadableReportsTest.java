package cn.esip.supervision.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML and PDF reports show each finding with its quote, in Chinese, with the font embedded in the PDF. */
class ReadableReportsTest {

    static final ReviewReport REPORT = new ReviewReport("o-test", "浙市监罚〔2024〕17号", "杭州市市场监督管理局", "2024-05-06",
            70, "合格", "national@2021.1",
            List.of(new Finding("WS-02", "DOC-AMOUNT-MISMATCH", "文书规范", 5, false, "罚款金额大写与小写不一致",
                            List.of(Evidence.quote("12-行政处罚决定书.txt", 0, 18, "罚款人民币贰拾万元整（¥210,000.00）")), List.of()),
                    new Finding("CX-04", "PROC-LEGAL-REVIEW", "程序合法", 25, false, "未经法制审核<script>",
                            List.of(Evidence.field("legalReview")), List.of("LAW-000001@2021/A58"))),
            List.of(new DocumentSummary("12-行政处罚决定书.txt", "行政处罚决定书", 0.98, true, "text", 1)), List.of());

    @Test
    void htmlShowsQuotesEscaped() {
        String html = ReportHtml.page(REPORT);
        assertTrue(html.contains("罚款人民币贰拾万元整（¥210,000.00）"));
        assertTrue(html.contains("legalReview"));
        assertFalse(html.contains("<script>"), "text is escaped");
    }

    @Test
    void pdfEmbedsAChineseFontAndCarriesTheQuotes() throws IOException {
        byte[] pdf = ReportPdf.document(REPORT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("罚款人民币贰拾万元整（¥210,000.00）"), text);
            assertTrue(text.contains("合格"), text);
        }
    }
}
