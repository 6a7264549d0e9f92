package cn.esip.ocr.vision;

import cn.esip.ocr.model.Box;
import cn.esip.ocr.model.OcrLine;
import cn.esip.ocr.model.OcrWord;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the signature places of records and receipts by their labels in the OCR text, then looks for
 * handwriting after each label: dark ink there, apart from printed dates and hints the OCR read confidently.
 */
public final class SignatureDetector {

    /** Labels of the places where the party, officers or recipients sign. */
    static final Pattern LABEL = Pattern.compile(
            "(被询问人|被检查人|受送达人|当事人|询问人|检查人|记录人|执法人员|送达人|见证人|陈述人|申辩人)?"
                    + "[（(]?(签名|签字|签章|签收)[)）]?[:：]?"
                    + "|(被询问人|受送达人|被检查人)[:：]"
                    // the 签 of a label is often misread (等名, 答名) when handwriting crowds it
                    + "|(被询问人|询问人|记录人|受送达人|送达人|见证人|被检查人|检查人|当事人|陈述人)\\S?[名字][:：]");

    /** Printed tokens that may follow a label on the same line. */
    static final Pattern PRINTED = Pattern.compile("[0-9年月日时分：:（）()签名字章盖]+");

    /** Least handwriting, in squared line heights, to count as a signature. */
    static final double MIN_INK = 0.12;

    public List<SignatureCheck> detect(BufferedImage page, List<OcrLine> lines) {
        List<SignatureCheck> out = new ArrayList<>();
        for (OcrLine line : lines) {
            Matcher m = LABEL.matcher(line.text());
            while (m.find()) {
                out.add(check(page, line, m.group(), m.end()));
            }
        }
        return out;
    }

    private SignatureCheck check(BufferedImage page, OcrLine line, String label, int endIdx) {
        Box lb = line.box();
        int h = Math.max(8, lb.height());
        int labelEnd = labelEndX(line, endIdx);
        int x0 = Math.max(0, labelEnd + h / 5), x1 = Math.min(page.getWidth(), labelEnd + 9 * h);
        int y0 = Math.max(0, lb.y() - h * 3 / 4), y1 = Math.min(page.getHeight(), lb.bottom() + h * 3 / 4);
        // printed dates and bracketed hints after the label (年 月 日, （签名）) are not handwriting; other
        // words are kept: Tesseract often "reads" a signature as confident Chinese characters
        List<Box> print = new ArrayList<>();
        for (OcrWord w : line.words()) {
            if (w.box().x() >= labelEnd - 2 && w.confidence() >= 80 && PRINTED.matcher(w.text()).matches()) {
                print.add(w.box());
            }
        }
        if (x1 - x0 < h || y1 - y0 < h) {
            return new SignatureCheck(label, lb, false, null, 0);
        }
        int count = 0, bx0 = Integer.MAX_VALUE, by0 = Integer.MAX_VALUE, bx1 = -1, by1 = -1;
        int[] row = new int[x1 - x0];
        for (int y = y0; y < y1; y++) {
            page.getRGB(x0, y, x1 - x0, 1, row, 0, x1 - x0);
            for (int i = 0; i < row.length; i++) {
                int rgb = row[i];
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                int lum = (r * 299 + g * 587 + b * 114) / 1000;
                boolean redInk = r - Math.max(g, b) > 60;
                if (lum >= 120 || redInk) {
                    continue;
                }
                int x = x0 + i;
                boolean printed = false;
                for (Box pb : print) {
                    if (x >= pb.x() - 2 && x <= pb.right() + 2 && y >= pb.y() - 2 && y <= pb.bottom() + 2) {
                        printed = true;
                        break;
                    }
                }
                if (printed) {
                    continue;
                }
                count++;
                bx0 = Math.min(bx0, x);
                by0 = Math.min(by0, y);
                bx1 = Math.max(bx1, x);
                by1 = Math.max(by1, y);
            }
        }
        double need = MIN_INK * h * h;
        double score = Math.min(1.0, count / (2.5 * need));
        boolean signed = count >= need && bx1 - bx0 >= h * 0.8;
        Box box = signed ? new Box(bx0, by0, bx1 - bx0 + 1, by1 - by0 + 1) : null;
        return new SignatureCheck(label, lb, signed, box, Math.round(score * 1000) / 1000.0);
    }

    /** X of the end of the label: from the words when Tesseract gave them, else by character share. */
    private static int labelEndX(OcrLine line, int endIdx) {
        String text = line.text();
        if (!line.words().isEmpty()) {
            int consumed = 0;
            for (OcrWord w : line.words()) {
                int at = text.indexOf(w.text(), consumed);
                if (at < 0) {
                    continue;
                }
                consumed = at + w.text().length();
                if (consumed >= endIdx) {
                    // the word may run on into the handwriting ("签名:只孚"): interpolate inside it
                    int inside = endIdx - at;
                    return inside >= w.text().length() ? w.box().right()
                            : w.box().x() + (int) Math.round(w.box().width() * (double) inside / w.text().length());
                }
            }
        }
        return line.box().x() + (int) Math.round(line.box().width() * (double) endIdx / Math.max(1, text.length()));
    }
}
