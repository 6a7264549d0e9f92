package cn.esip.kg.parse;

import cn.esip.nlp.cite.LawTitleForms;

import java.util.LinkedHashSet;
import java.util.Set;

/** Normal forms, short titles and aliases of law titles. */
public final class Titles {


    private Titles() {
    }

    /** The title with spaces removed and brackets, quotes and dashes made uniform, for comparing titles. */
    public static String normalize(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            switch (c) {
                case ' ', '\u3000', '\t', '\u00a0', '\u2002', '\u2003', '《', '》', '〈', '〉', '<', '>', '＜', '＞' -> { }
                case '(' -> sb.append('（');
                case ')' -> sb.append('）');
                case '“', '”', '"' -> sb.append('"');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The short title: without the leading 中华人民共和国 (中华人民共和国食品安全法 → 食品安全法). */
    public static String shortTitle(String title) {
        String t = normalize(title);
        if (t.startsWith(LawTitleForms.PRC) && t.length() > LawTitleForms.PRC.length() + 1) {
            return LawTitleForms.withoutPrc(t);
        }
        return t;
    }

    /** Every form a citation may use for {@code title}: itself, the short title, without （试行）. */
    public static Set<String> aliases(String title) {
        Set<String> out = new LinkedHashSet<>();
        String t = normalize(title);
        out.add(t);
        out.add(shortTitle(t));
        if (t.indexOf(LawTitleForms.PRC, 1) > 0) {
            out.add(t.replace(LawTitleForms.PRC, "")); // 河南省实施中华人民共和国土地管理法办法 → 河南省实施土地管理法办法
        }
        for (String s : Set.copyOf(out)) {
            String bare = s.replaceAll("（(试行|暂行|草案|修正|修订)）$", "");
            if (bare.length() > 1) {
                out.add(bare);
            }
        }
        return out;
    }
}
