package cn.esip.supervision.facts;

import cn.esip.supervision.casefile.CaseDocument;
import cn.esip.supervision.document.DocumentType;

/**
 * A document with the type recognised from its content; for a 送达回证 also the type of the document it serves.
 */
public record TypedDocument(CaseDocument document, DocumentType type, double confidence, boolean nameAgrees,
                            DocumentType serves) {

    /** The file name (the evidence's document). */
    public String name() {
        return document.fileName();
    }
}
