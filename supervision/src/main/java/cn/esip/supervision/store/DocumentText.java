package cn.esip.supervision.store;

import cn.esip.supervision.casefile.CaseDocument;
import cn.esip.supervision.casefile.TextPage;

import java.util.List;

/** The text of one reviewed document as it was read, page by page, kept with the review so evidence can be shown in place. */
public record DocumentText(String document, String readBy, List<TextPage> pages) {

    public DocumentText {
        pages = List.copyOf(pages);
    }

    /** The text of a document of a case file. */
    public static DocumentText of(CaseDocument d) {
        return new DocumentText(d.fileName(), d.readBy(), d.pages());
    }
}
