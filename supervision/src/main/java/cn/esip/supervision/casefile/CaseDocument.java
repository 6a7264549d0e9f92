package cn.esip.supervision.casefile;

import java.util.ArrayList;
import java.util.List;

/**
 * One document (文书) of a case file as read: its file name, position and title as the agency named it, the
 * format it was detected as, how its text was obtained, the text page by page, and for scans the seals and
 * signatures seen.
 */
public record CaseDocument(String fileName, int order, String nameTitle, String format, String readBy,
                           List<TextPage> pages, ScanMarks marks) {

    public CaseDocument {
        pages = List.copyOf(pages);
    }

    /** True when the text came from images (OCR), so seals and signatures could be checked. */
    public boolean scanned() {
        return marks != null;
    }

    /** The whole text, pages joined by a newline. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextPage p : pages) {
            for (String l : p.lines()) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    /** Every line with its page and line number. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (TextPage p : pages) {
            int n = 0;
            for (String l : p.lines()) {
                out.add(new Line(p.number(), ++n, l));
            }
        }
        return out;
    }

    /** One line of a document, where it stands. */
    public record Line(int page, int number, String text) {
    }
}
