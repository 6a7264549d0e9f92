package cn.esip.nlp.normalize;

import com.hankcs.hanlp.HanLP;

/**
 * Cleans text before analysis: full-width letters, digits and spaces to half-width (Chinese punctuation is
 * kept), traditional to simplified characters (HanLP), runs of spaces collapsed, spaces between Chinese
 * characters removed, and lines broken inside a sentence (OCR, PDF text) joined.
 */
public final class TextNormalizer {

    private static final String SENTENCE_END = "。！？；：!?;:”’」』）)》】";

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = width(text.replace("\r\n", "\n").replace('\r', '\n'));
        s = HanLP.convertToSimplifiedChinese(s);
        s = joinBrokenLines(s);
        s = spaces(s);
        return s.strip();
    }

    /** Full-width ASCII letters/digits/symbols (not Chinese punctuation) and ideographic space to half-width. */
    static String width(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            } else if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                    || c == '．' || c == '－' || c == '／' || c == '＠' || c == '＃' || c == '％' || c == '＋') {
                c = (char) (c - 0xFEE0);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Joins a line to the next when it does not end a sentence and the next does not start a new item. */
    static String joinBrokenLines(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            b.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1].strip();
            boolean ends = line.isBlank() || SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
            boolean startsItem = next.isEmpty() || next.matches("^([一二三四五六七八九十]+、|（[一二三四五六七八九十\\d]+）|\\d+[.、．]|第[一二三四五六七八九十百\\d]+[条章节]).*");
            // a wrapped line of body text is long; short lines are titles, headings or form fields
            boolean shortLine = line.strip().length() < 15;
            boolean nextIsField = next.matches("^[\\u4e00-\\u9fa5]{1,8}[：:].*");
            if (ends || startsItem || shortLine || nextIsField) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** Collapses runs of spaces/tabs and removes a space between two Chinese characters. */
    static String spaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                int j = i;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                char prev = b.length() == 0 ? '\n' : b.charAt(b.length() - 1);
                char next = j < s.length() ? s.charAt(j) : '\n';
                boolean drop = prev == '\n' || next == '\n' || (cjk(prev) && cjk(next));
                if (!drop) {
                    b.append(' ');
                }
                i = j - 1;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean cjk(char c) {
        return Character.isIdeographic(c) || "，。、；：？！“”（）《》〔〕【】".indexOf(c) >= 0;
    }
}
