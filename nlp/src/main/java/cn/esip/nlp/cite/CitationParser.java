package cn.esip.nlp.cite;

import cn.esip.nlp.cite.CitationMention.Relative;
import cn.esip.nlp.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations in Chinese legal text (本法第N条, 前款, 第N条第M款第（K）项, 第N条之一, ranges,
 * 《中华人民共和国食品安全法》第三十四条, 食品安全法第…) and parses search queries that name an article.
 * Syntax only: which provision a mention designates is decided by a {@link ProvisionResolver}.
 */
public final class CitationParser {

    private static final String NUM = "[零〇○一二三四五六七八九十百千两0-9０-９]+";
    /** 第N条[之n][至第M条[之m]][第K款[至第L款]][第（J）项]. */
    private static final Pattern ARTICLE = Pattern.compile(
            "第(" + NUM + ")条(?:之(" + NUM + "))?"
                    + "(?:(?:至|到)第(" + NUM + ")条(?:之(?:" + NUM + "))?)?"
                    + "(?:第(" + NUM + ")款(?:(?:至|到)第(" + NUM + ")款)?)?");
    private static final Pattern PARAGRAPH = Pattern.compile(
            "第(" + NUM + ")款(?:(?:至|到)第(" + NUM + ")款)?");
    /** 第（一）项, 第一项, 第（一）项至第（三）项, 第（六）至第（九）项. */
    private static final Pattern ITEM = Pattern.compile("第[（(]?(" + NUM + ")[）)]?(?:项(?:(?:至|到)第?[（(]?(" + NUM
            + ")[）)]?项)?|(?:至|到)第?[（(]?(" + NUM + ")[）)]?项)");
    private static final Pattern RELATIVE = Pattern.compile(
            "(本条|前条|本款|前款|前([两二三四五六七八九])款|前项)(?:第(" + NUM + ")款)?");
    private static final Pattern THIS_LAW = Pattern.compile(
            "[本该](实施细则|实施办法|实施条例|条例|法|规定|办法|细则|规则|决定|解释|规范|准则|通则|章程)");
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{1,80})》");
    private static final Pattern LAW_SUFFIX = Pattern.compile(
            ".*(法|条例|规定|办法|细则|规则|决定|解释|决议|规范|准则|通则|章程|修正案)(（[^（）]*）)?$");
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(违反|依照|依据|按照|根据|适用|参照|执行|符合|属于|除|即|并|由|经|在|是|对|和|与|及|以及|或者|或|"
                    + "同时|应当|应|予以|不适用|依|按|照|据|的)");
    private static final Pattern VERBS = Pattern.compile(
            "违反|依照|依据|按照|根据|适用|参照|执行|符合|属于|对照|遵守|构成|触犯|规定的|所称|以及|或者|并且");
    private static final String CONNECTORS = "、，,和及与或以者";
    private static final int MAX_TITLE = 40;

    private final Predicate<String> knownTitle;

    /** A parser that finds unbracketed titles (食品安全法第…) by their law-like ending. */
    public CitationParser() {
        this(t -> false);
    }

    /**
     * A parser that prefers titles {@code knownTitle} accepts (full and short titles of the known laws)
     * when it reads an unbracketed title before 第N条.
     */
    public CitationParser(Predicate<String> knownTitle) {
        this.knownTitle = knownTitle == null ? t -> false : knownTitle;
    }

    /** All citation mentions in {@code text}, in order of position. */
    public List<CitationMention> find(CharSequence text) {
        List<CitationMention> out = new ArrayList<>();
        String s = text.toString();
        String lastTitle = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            CitationMention m = null;
            if (c == '《') {
                m = bracketed(s, i);
            } else if (c == '本' || c == '该') {
                Matcher law = region(THIS_LAW, s, i);
                if (law.lookingAt()) {
                    Matcher a = region(ARTICLE, s, law.end());
                    if (a.lookingAt()) {
                        String title = c == '该' ? lastTitle : null;
                        if (c != '该' || title != null) {
                            m = article(s, i, a, title);
                        }
                    }
                    if (m == null) {
                        i = law.end(); // 本条例 is not 本条
                        continue;
                    }
                } else {
                    m = relative(s, i);
                }
            } else if (c == '前') {
                m = relative(s, i);
            } else if (c == '第') {
                m = bare(s, i, out.isEmpty() ? null : out.get(out.size() - 1));
            }
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            if (m.lawTitle() != null) {
                lastTitle = m.lawTitle();
            }
            i = m.end();
        }
        return out;
    }

    /**
     * Parses a search query that names one article of one law, such as 行政处罚法第五十一条,
     * 食品安全法第124条 or 《道路交通安全法》第九十一条第二款; empty when the query is something else.
     */
    public Optional<CitationMention> parseReference(String query) {
        if (query == null) {
            return Optional.empty();
        }
        String q = query.replaceAll("[\\s\u3000]+", "");
        q = q.replaceAll("(的规定|规定|的内容)$", "");
        if (q.isEmpty() || q.length() > 200) {
            return Optional.empty();
        }
        List<CitationMention> found = find(q);
        if (found.size() != 1) {
            return Optional.empty();
        }
        CitationMention m = found.get(0);
        if (m.start() != 0 || m.end() != q.length() || m.lawTitle() == null || m.relative() != Relative.ABSOLUTE) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    private CitationMention bracketed(String s, int i) {
        Matcher t = region(TITLE, s, i);
        if (!t.lookingAt()) {
            return null;
        }
        String title = t.group(1).trim();
        if (!LAW_SUFFIX.matcher(title).matches()) {
            return null;
        }
        int j = t.end();
        Matcher a = region(ARTICLE, s, j);
        if (a.lookingAt()) {
            return article(s, i, a, title);
        }
        return new CitationMention(i, j, s.substring(i, j), title, 0, 0, 0, 0, 0, 0, 0, Relative.WHOLE_LAW, 1);
    }

    private CitationMention bare(String s, int i, CitationMention previous) {
        Matcher a = region(ARTICLE, s, i);
        if (a.lookingAt()) {
            int[] titleSpan = bareTitle(s, i);
            if (titleSpan != null) {
                return article(s, titleSpan[0], a, s.substring(titleSpan[0], i));
            }
            // a bare 第N条 continues the law named last in the same sentence (刑法第一百二十条之一…或者第一百九十一条)
            String title = continues(s, previous, i) || sameSentence(s, previous, i) ? previous.lawTitle() : null;
            return article(s, i, a, title);
        }
        Matcher p = region(PARAGRAPH, s, i);
        if (p.lookingAt()) {
            int para = num(p.group(1));
            int paraTo = num(p.group(2));
            int[] item = itemAt(s, p.end());
            int end = item == null ? p.end() : item[2];
            int it = item == null ? 0 : item[0];
            int itTo = item == null ? 0 : item[1];
            if (continues(s, previous, i) && previous.article() > 0) {
                return new CitationMention(i, end, s.substring(i, end), previous.lawTitle(), previous.article(),
                        previous.articleSuffix(), 0, para, paraTo, it, itTo, previous.relative(), 1);
            }
            return new CitationMention(i, end, s.substring(i, end), null, 0, 0, 0, para, paraTo, it, itTo,
                    Relative.THIS_ARTICLE, 1);
        }
        int[] item = itemAt(s, i);
        if (item != null) {
            String t = s.substring(i, item[2]);
            if (continues(s, previous, i) && previous.item() > 0) {
                return new CitationMention(i, item[2], t, previous.lawTitle(), previous.article(),
                        previous.articleSuffix(), 0, previous.paragraph(), 0, item[0], item[1], previous.relative(),
                        previous.count());
            }
            // a bare 第K项: an item of the citing article, found by the resolver
            return new CitationMention(i, item[2], t, null, 0, 0, 0, 0, 0, item[0], item[1], Relative.THIS_ARTICLE, 1);
        }
        return null;
    }

    /** {item, itemTo, end} of an item reference at {@code pos}, or null. */
    private static int[] itemAt(String s, int pos) {
        if (pos >= s.length() || s.charAt(pos) != '第') {
            return null;
        }
        Matcher m = region(ITEM, s, pos);
        if (!m.lookingAt()) {
            return null;
        }
        int from = num(m.group(1));
        int to = num(m.group(2) != null ? m.group(2) : m.group(3));
        return from <= 0 ? null : new int[]{from, to > from ? to : 0, m.end()};
    }

    /** True when {@code previous} named another law and nothing between it and {@code i} ends the sentence. */
    private static boolean sameSentence(String s, CitationMention previous, int i) {
        if (previous == null || previous.lawTitle() == null || previous.relative() != Relative.ABSOLUTE
                || previous.end() > i || i - previous.end() > 60) {
            return false;
        }
        for (int k = previous.end(); k < i; k++) {
            char c = s.charAt(k);
            if (c == '。' || c == '；' || c == ';' || c == '：' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s[previous.end, i)} only joins two references (、和或者…). */
    private static boolean continues(String s, CitationMention previous, int i) {
        if (previous == null || previous.end() > i || i - previous.end() > 3) {
            return false;
        }
        for (int k = previous.end(); k < i; k++) {
            if (CONNECTORS.indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Span of an unbracketed law title ending right before {@code i}, or null. */
    private int[] bareTitle(String s, int i) {
        int from = i;
        while (from > 0 && i - from < MAX_TITLE && isTitleChar(s.charAt(from - 1))) {
            from--;
        }
        if (from == i) {
            return null;
        }
        // the longest known title that ends at i
        for (int k = from; k <= i - 2; k++) {
            if (knownTitle.test(s.substring(k, i))) {
                return new int[]{k, i};
            }
        }
        String run = s.substring(from, i);
        if (!LAW_SUFFIX.matcher(run).matches()) {
            return null;
        }
        int start = from;
        // a title starts at 中华人民共和国 when it has it; otherwise after the last 的/和/、 before it
        int prc = run.lastIndexOf(LawNames.PRC);
        if (prc >= 0) {
            return new int[]{from + prc, i};
        }
        for (int k = run.length() - 1; k >= 0; k--) {
            char ch = run.charAt(k);
            if (ch == '的' || ch == '、' || ch == '和' || ch == '与' || ch == '及') {
                start = from + k + 1;
                break;
            }
        }
        // start after the last verb that introduces a law (依照、违反、参照…)
        Matcher verb = VERBS.matcher(s.substring(start, i));
        int after = -1;
        while (verb.find()) {
            if (verb.end() < i - start) {
                after = verb.end();
            }
        }
        if (after > 0) {
            start += after;
        }
        boolean stripped = true;
        while (stripped && start < i) {
            Matcher lead = LEADING_WORDS.matcher(s.substring(start, i));
            stripped = lead.find() && lead.end() < i - start;
            if (stripped) {
                start += lead.end();
            }
        }
        String title = s.substring(start, i);
        if (title.length() < 2 || title.startsWith("本") || title.startsWith("该")
                || title.matches("^(有关|相关|其他|上述|前述|下列|以下).*") || !LAW_SUFFIX.matcher(title).matches()
                || title.equals("办法") || title.equals("规定") || title.equals("条例") || title.endsWith("之")) {
            return null;
        }
        return new int[]{start, i};
    }

    private static boolean isTitleChar(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || c == '（' || c == '）' || c == '、';
    }

    private CitationMention relative(String s, int i) {
        Matcher r = region(RELATIVE, s, i);
        if (!r.lookingAt()) {
            return null;
        }
        String word = r.group(1);
        int para = num(r.group(3));
        int[] items = itemAt(s, r.end());
        int item = items == null ? 0 : items[0];
        int itemTo = items == null ? 0 : items[1];
        int end = items == null ? r.end() : items[2];
        Relative kind;
        int count = 1;
        switch (word) {
            case "本条" -> kind = Relative.THIS_ARTICLE;
            case "前条" -> kind = Relative.PREVIOUS_ARTICLE;
            case "本款" -> kind = Relative.THIS_PARAGRAPH;
            case "前项" -> kind = Relative.PREVIOUS_ITEM;
            default -> {
                kind = Relative.PREVIOUS_PARAGRAPHS;
                if (r.group(2) != null) {
                    count = ChineseNumerals.parse(r.group(2));
                }
            }
        }
        if (kind == Relative.THIS_PARAGRAPH || kind == Relative.PREVIOUS_PARAGRAPHS || kind == Relative.PREVIOUS_ITEM) {
            para = 0;
        }
        return new CitationMention(i, end, s.substring(i, end), null, 0, 0, 0, para, 0, item, itemTo, kind, count);
    }

    private static CitationMention article(String s, int start, Matcher a, String title) {
        int article = num(a.group(1));
        if (article <= 0) {
            return null;
        }
        int[] items = itemAt(s, a.end());
        int end = items == null ? a.end() : items[2];
        return new CitationMention(start, end, s.substring(start, end), title, article, num(a.group(2)),
                num(a.group(3)), num(a.group(4)), num(a.group(5)), items == null ? 0 : items[0],
                items == null ? 0 : items[1], Relative.ABSOLUTE, 1);
    }

    private static Matcher region(Pattern p, String s, int from) {
        return p.matcher(s).region(from, s.length());
    }

    private static int num(String g) {
        if (g == null) {
            return 0;
        }
        int v = ChineseNumerals.parseOrMinus(g, 0, g.length());
        return Math.max(v, 0);
    }
}
