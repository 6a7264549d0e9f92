package cn.esip.nlp.ie;

import java.util.regex.Pattern;

/**
 * The kind of drug offence a sentence describes, read from its own wording: providing a place (容留), possession
 * (持有), sale (贩卖, 出售 …), or none of them. The entity tagger conditions its character features on it, because
 * the CAIL2022 annotators marked places and times differently in judgments of each kind (容留 judgments take 许 into
 * times and 内 into places; possession judgments stop addresses at the street or administrative unit).
 */
public enum OffenceCue {
    /** 容留他人吸毒: the sentence mentions 容留. */
    SHELTER('R'),
    /** 非法持有毒品: the sentence mentions 持有 (and not 容留). */
    POSSESSION('P'),
    /** 贩卖毒品: the sentence mentions a sale or purchase (and neither of the above). */
    SALE('S'),
    /** None of the cue words occurs. */
    NONE('-');

    private static final Pattern SALE_WORDS = Pattern.compile("贩卖|出售|贩毒|卖给|售给|购买");

    private final char code;

    OffenceCue(char code) {
        this.code = code;
    }

    /** One character that names the cue in feature strings. */
    public char code() {
        return code;
    }

    /** The cue of {@code text}; the first rule that applies wins (容留, then 持有, then the sale words). */
    public static OffenceCue of(String text) {
        if (text.contains("容留")) {
            return SHELTER;
        }
        if (text.contains("持有")) {
            return POSSESSION;
        }
        if (SALE_WORDS.matcher(text).find()) {
            return SALE;
        }
        return NONE;
    }
}
