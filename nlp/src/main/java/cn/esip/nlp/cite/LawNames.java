package cn.esip.nlp.cite;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The one normal form of law names and the names a law answers to (title, short title, with and without 中华人民共和国). */
public final class LawNames {

    /** The state prefix of national law titles: 中华人民共和国. */
    public static final String PRC = "中华人民共和国";

    private static final Pattern TRAILING_MARK = Pattern.compile("（(试行|暂行|草案|修正|修订)）$");

    private LawNames() {
    }

    /**
     * The name as it is compared everywhere: spaces and title marks (《》〈〉) removed, brackets full-width
     * （）, quotes plain ("). The import, the index and a user's query all pass through this one form.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '《', '》', '〈', '〉', '<', '>', '＜', '＞' -> { }
                case '(' -> sb.append('（');
                case ')' -> sb.append('）');
                case '“', '”', '"' -> sb.append('"');
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** True when {@code title} starts with the prefix and has more after it. */
    public static boolean hasPrc(String title) {
        return title != null && title.startsWith(PRC) && title.length() > PRC.length();
    }

    /** {@code title} without a leading 中华人民共和国 (unchanged when it has none). */
    public static String withoutPrc(String title) {
        return hasPrc(title) ? title.substring(PRC.length()) : title;
    }

    /** {@code title} with a leading 中华人民共和国. */
    public static String withPrc(String title) {
        return title.startsWith(PRC) ? title : PRC + title;
    }

    /** The short title: the normal form without the leading 中华人民共和国 (中华人民共和国食品安全法 → 食品安全法). */
    public static String shortTitle(String title) {
        String t = normalize(title);
        return t.length() > PRC.length() + 1 ? withoutPrc(t) : t;
    }

    /**
     * Every name a law with this title (and declared short title, may be null) answers to, normalised: the
     * title, the short title, each with and without 中华人民共和国, without an inner 中华人民共和国
     * (河南省实施中华人民共和国土地管理法办法 → 河南省实施土地管理法办法) and without a trailing （试行） etc.
     * The title's normal form comes first.
     */
    public static Set<String> aliases(String title, String declaredShortTitle) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : new String[]{title, declaredShortTitle}) {
            String t = normalize(n);
            if (t.isEmpty()) {
                continue;
            }
            out.add(t);
            out.add(shortTitle(t));
            if (!hasPrc(t)) {
                out.add(withPrc(t));
            }
            if (t.indexOf(PRC, 1) > 0) {
                out.add(t.replace(PRC, ""));
            }
        }
        for (String s : Set.copyOf(out)) {
            String bare = TRAILING_MARK.matcher(s).replaceFirst("");
            if (bare.length() > 1) {
                out.add(bare);
            }
        }
        return out;
    }
}
