package cn.esip.kg.parse;

import cn.esip.kg.domain.HistoryEntry;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.kg.parse.ParsedDocument.Article;
import cn.esip.kg.parse.ParsedDocument.Heading;
import cn.esip.kg.parse.ParsedDocument.Item;
import cn.esip.kg.parse.ParsedDocument.Paragraph;
import cn.esip.kg.parse.ParsedDocument.Unit;
import cn.esip.nlp.text.ChineseNumerals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one corpus Markdown file into a {@link ParsedDocument}; never throws on damaged text. */
public final class DocumentParser {

    static final String NUM = "[零〇○一二三四五六七八九十百千两0-9０-９]+";
    private static final String SPACE = "[\\s\u3000\u2002\u2003\u00a0]";
    private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4})-(\\d{2})-(\\d{2})\\)\\.md$");
    private static final Pattern HISTORY = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + SPACE + "*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})" + SPACE + "*(.*)$");
    private static final Pattern STRUCTURE = Pattern.compile("^第(" + NUM + ")(分编|编|章|节)(?:" + SPACE + "+|$)(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUM + ")条(?:之(" + NUM + "))?(?:" + SPACE + "+|$)(.*)$");
    /** A damaged article label (第一百二十八 条侦查…), accepted only where the next article is expected. */
    private static final Pattern LOOSE_ARTICLE = Pattern.compile("^第" + SPACE + "*(" + NUM + ")" + SPACE + "*条" + SPACE + "*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUM + ")[）)]" + SPACE + "*(.*)$");
    private static final Pattern SUBITEM = Pattern.compile("^([0-9０-９]{1,2})[.．、]" + SPACE + "*(.*)$");
    static final String INFO_END = "<!-- INFO END -->";

    /** Parses {@code text}, the content of corpus file {@code file} (relative path). */
    public ParsedDocument parse(String file, String text) {
        List<String> problems = new ArrayList<>();
        LocalDate fileDate = fileDate(file);
        if (text == null || text.isBlank()) {
            problems.add("empty file");
            return new ParsedDocument(file, fallbackTitle(file), null, fileDate, List.of(), List.of(), problems, "");
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        int infoEnd = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals(INFO_END)) {
                infoEnd = i;
                break;
            }
        }
        if (infoEnd < 0) {
            problems.add("no <!-- INFO END --> marker");
        }
        String title = null;
        String subtitle = null;
        List<HistoryEntry> history = new ArrayList<>();
        int headEnd = infoEnd < 0 ? headerEndWithoutMarker(lines) : infoEnd;
        for (int i = 0; i < headEnd; i++) {
            String line = clean(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches() && h.group(1).length() == 1) {
                if (title == null) {
                    title = h.group(2).trim();
                } else if (subtitle == null) {
                    subtitle = h.group(2).trim();
                }
                continue;
            }
            Matcher m = HISTORY.matcher(line);
            if (m.matches()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    history.add(new HistoryEntry(d, m.group(4).trim()));
                    continue;
                }
            }
            // continuation of the previous history line (wrapped text)
            if (!history.isEmpty()) {
                HistoryEntry last = history.remove(history.size() - 1);
                history.add(new HistoryEntry(last.date(), last.event() + line));
            }
        }
        if (title == null || title.isBlank()) {
            problems.add("no title line");
            title = fallbackTitle(file);
        }
        if (history.isEmpty()) {
            problems.add("no history lines (题注)");
        }
        List<Unit> units = body(lines, infoEnd < 0 ? headEnd : infoEnd + 1, problems);
        int bodyFrom = infoEnd < 0 ? headEnd : infoEnd + 1;
        StringBuilder body = new StringBuilder();
        for (int i = bodyFrom; i < lines.length; i++) {
            String line = clean(lines[i]);
            if (!line.isEmpty()) {
                body.append(line).append('\n');
            }
        }
        return new ParsedDocument(file, title, subtitle, fileDate, List.copyOf(history), units, problems, body.toString());
    }

    private static int headerEndWithoutMarker(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            Matcher h = HEADING.matcher(line);
            if ((h.matches() && h.group(1).length() > 1) || ARTICLE.matcher(line).matches()) {
                return i;
            }
        }
        return lines.length;
    }

    private static List<Unit> body(String[] lines, int from, List<String> problems) {
        List<Unit> units = new ArrayList<>();
        ArticleBuilder current = null;
        int strayLines = 0;
        int lastArticle = 0;
        for (int i = from; i < lines.length; i++) {
            String line = clean(lines[i]);
            if (line.isEmpty() || line.equals(INFO_END)) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                if (current != null) {
                    units.add(current.build());
                    current = null;
                }
                String label = h.group(2).trim();
                Matcher s = STRUCTURE.matcher(label);
                if (s.matches()) {
                    int n = ChineseNumerals.parseOrMinus(s.group(1), 0, s.group(1).length());
                    ProvisionLevel level = switch (s.group(2)) {
                        case "编" -> ProvisionLevel.PART;
                        case "分编" -> ProvisionLevel.SUBPART;
                        case "章" -> ProvisionLevel.CHAPTER;
                        default -> ProvisionLevel.SECTION;
                    };
                    if (n > 0 && n < 100) {
                        units.add(new Heading(level, n, normalizeSpaces(label)));
                        continue;
                    }
                }
                units.add(new Heading(null, 0, normalizeSpaces(label)));
                continue;
            }
            Matcher a = ARTICLE.matcher(line);
            if (!a.matches()) {
                Matcher loose = LOOSE_ARTICLE.matcher(line);
                if (loose.matches() && ChineseNumerals.parseOrMinus(loose.group(1), 0, loose.group(1).length())
                        == lastArticle + 1 && lastArticle > 0) {
                    int n = lastArticle + 1;
                    if (current != null) {
                        units.add(current.build());
                    }
                    current = new ArticleBuilder(n, 0, "第" + ChineseNumerals.format(n) + "条");
                    lastArticle = n;
                    if (!loose.group(2).isBlank()) {
                        current.paragraph(loose.group(2).trim());
                    }
                    continue;
                }
            }
            if (a.matches()) {
                int n = ChineseNumerals.parseOrMinus(a.group(1), 0, a.group(1).length());
                int suffix = a.group(2) == null ? 0 : ChineseNumerals.parseOrMinus(a.group(2), 0, a.group(2).length());
                if (n > 0 && n <= 9999 && suffix >= 0 && suffix <= 9) {
                    if (current != null) {
                        units.add(current.build());
                    }
                    String label = "第" + a.group(1) + "条" + (a.group(2) == null ? "" : "之" + a.group(2));
                    current = new ArticleBuilder(n, suffix, label);
                    if (suffix == 0) {
                        lastArticle = n;
                    }
                    if (!a.group(3).isBlank()) {
                        current.paragraph(a.group(3).trim());
                    }
                    continue;
                }
            }
            if (current == null) {
                strayLines++;
                continue;
            }
            // 项 are （一）; （1） are 目 under a （一） item, else 项; 1. are 目 under an item, else 项 after a
            // paragraph that ends with a colon, else a paragraph of their own
            Matcher it = ITEM.matcher(line);
            if (it.matches() && current.hasParagraph()) {
                int n = ChineseNumerals.parseOrMinus(it.group(1), 0, it.group(1).length());
                boolean arabic = Character.isDigit(it.group(1).charAt(0));
                if (n > 0 && n < 100) {
                    if (arabic && current.hasItem() && current.itemStyle() == 'C') {
                        current.subitem(n, line);
                    } else {
                        current.item(n, line, arabic ? 'A' : 'C');
                    }
                    continue;
                }
            }
            Matcher sub = SUBITEM.matcher(line);
            if (sub.matches() && current.hasParagraph()) {
                int n = ChineseNumerals.parseOrMinus(sub.group(1), 0, sub.group(1).length());
                if (n > 0 && n < 100) {
                    if (current.hasItem() && current.itemStyle() != 'D') {
                        current.subitem(n, line);
                        continue;
                    }
                    if ((current.hasItem() && current.itemStyle() == 'D') || current.paragraphEndsWithColon()) {
                        current.item(n, line, 'D');
                        continue;
                    }
                }
            }
            current.paragraph(line);
        }
        if (current != null) {
            units.add(current.build());
        }
        long articles = units.stream().filter(u -> u instanceof Article).count();
        long headings = units.stream().filter(u -> u instanceof Heading h && h.level() != null).count();
        if (articles == 0) {
            problems.add(headings > 0 ? "headings without articles" : "no articles (第N条) found");
        }
        return units;
    }

    /** Collects the paragraphs, items and subitems of one article. */
    private static final class ArticleBuilder {
        private final int number;
        private final int suffix;
        private final String label;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private List<Item> items;
        private List<Item> subitems;
        private char itemStyle;

        ArticleBuilder(int number, int suffix, String label) {
            this.number = number;
            this.suffix = suffix;
            this.label = label;
        }

        boolean hasParagraph() {
            return !paragraphs.isEmpty();
        }

        boolean hasItem() {
            return items != null && !items.isEmpty();
        }

        void paragraph(String text) {
            items = new ArrayList<>();
            itemStyle = 0;
            subitems = null;
            paragraphs.add(new Paragraph(text, items));
        }

        void item(int n, String text, char style) {
            subitems = new ArrayList<>();
            items.add(new Item(n, text, subitems));
            itemStyle = style;
        }

        /** How the items of the current paragraph are numbered: C （一）, A （1）, D 1. */
        char itemStyle() {
            return itemStyle;
        }

        boolean paragraphEndsWithColon() {
            if (paragraphs.isEmpty()) {
                return false;
            }
            String t = paragraphs.get(paragraphs.size() - 1).text();
            return t.endsWith("：") || t.endsWith(":");
        }

        void subitem(int n, String text) {
            subitems.add(new Item(n, text, List.of()));
        }

        Article build() {
            return new Article(number, suffix, label, freeze(paragraphs));
        }

        private static List<Paragraph> freeze(List<Paragraph> ps) {
            List<Paragraph> out = new ArrayList<>(ps.size());
            for (Paragraph p : ps) {
                List<Item> items = new ArrayList<>(p.items().size());
                for (Item i : p.items()) {
                    items.add(new Item(i.number(), i.text(), List.copyOf(i.subitems())));
                }
                out.add(new Paragraph(p.text(), List.copyOf(items)));
            }
            return List.copyOf(out);
        }
    }

    static LocalDate fileDate(String file) {
        Matcher m = FILE_DATE.matcher(file);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static String fallbackTitle(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        name = name.replaceAll("\\(\\d{4}-\\d{2}-\\d{2}\\)", "").replaceAll("\\.md$", "");
        return name.trim();
    }

    /** Trims a line, including full-width and other Unicode spaces, and drops a BOM. */
    static String clean(String line) {
        int s = 0;
        int e = line.length();
        while (s < e && isSpace(line.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(line.charAt(e - 1))) {
            e--;
        }
        return line.substring(s, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\ufeff';
    }

    private static String normalizeSpaces(String s) {
        return s.replaceAll("[\\s\u3000\u2002\u2003\u00a0]+", " ").trim();
    }
}
