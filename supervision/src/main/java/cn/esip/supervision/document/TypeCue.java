package cn.esip.supervision.document;

import java.util.regex.Pattern;

/** One line of the cue table: a document type, the pattern of its printed title, and phrases its body carries. */
public record TypeCue(DocumentType type, Pattern title, Pattern body) {
}
