package cn.esip.kg.parse;

import cn.esip.kg.code.LawCode;
import cn.esip.kg.code.ProvisionCode;
import cn.esip.kg.code.StructureCode;
import cn.esip.kg.domain.Provision;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.kg.parse.ParsedDocument.Article;
import cn.esip.kg.parse.ParsedDocument.Heading;
import cn.esip.kg.parse.ParsedDocument.Item;
import cn.esip.kg.parse.ParsedDocument.Paragraph;
import cn.esip.kg.parse.ParsedDocument.Unit;
import cn.esip.nlp.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the headings and articles of a document into the flat, coded provision list of a law
 * version (structure nodes, 条, 款, 项, 目 in document order), noting duplicate or out-of-range units.
 */
public final class ProvisionBuilder {

    /** The provisions of one version and what had to be left out. */
    public record Result(List<Provision> provisions, List<String> problems, int articles, int paragraphs, int items,
                         int subitems) {
    }

    /** Builds the provisions of {@code units} under law code {@code law}. */
    public Result build(LawCode law, List<Unit> units) {
        List<Provision> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Set<String> filled = new HashSet<>(); // structure nodes that already hold articles
        int part = 0;
        int subpart = 0;
        int chapter = 0;
        int section = 0;
        String partCode = null;
        String subpartCode = null;
        String chapterCode = null;
        String sectionCode = null;
        int articles = 0;
        int paragraphs = 0;
        int items = 0;
        int subitems = 0;
        int duplicates = 0;
        for (Unit u : units) {
            if (u instanceof Heading h) {
                if (h.level() == null) {
                    // an unnumbered heading (附则, 序言 …) ends the current chapter
                    chapter = 0;
                    section = 0;
                    chapterCode = null;
                    sectionCode = null;
                    continue;
                }
                if (h.number() == 0) {
                    part = subpart = chapter = section = 0;
                    partCode = subpartCode = chapterCode = sectionCode = null;
                    continue;
                }
                String parent;
                switch (h.level()) {
                    case PART -> {
                        part = h.number();
                        subpart = chapter = section = 0;
                        parent = null;
                    }
                    case SUBPART -> {
                        subpart = h.number();
                        chapter = section = 0;
                        parent = partCode;
                    }
                    case CHAPTER -> {
                        chapter = h.number();
                        section = 0;
                        parent = subpartCode != null ? subpartCode : partCode;
                    }
                    default -> {
                        section = h.number();
                        parent = chapterCode != null ? chapterCode : subpartCode != null ? subpartCode : partCode;
                    }
                }
                String code = new StructureCode(law, part, subpart, chapter, section).format();
                if (!used.add(code)) {
                    // the same heading again: a table of contents before the text is harmless, a second
                    // chapter with the same number after articles is not
                    if (filled.contains(code)) {
                        problems.add("duplicate heading " + h.label());
                    }
                } else {
                    out.add(new Provision(code, h.level(), h.label(), h.label(), parent, out.size()));
                }
                switch (h.level()) {
                    case PART -> {
                        partCode = code;
                        subpartCode = chapterCode = sectionCode = null;
                    }
                    case SUBPART -> {
                        subpartCode = code;
                        chapterCode = sectionCode = null;
                    }
                    case CHAPTER -> {
                        chapterCode = code;
                        sectionCode = null;
                    }
                    default -> sectionCode = code;
                }
                continue;
            }
            Article a = (Article) u;
            ProvisionCode ac = ProvisionCode.article(law, a.number(), a.suffix());
            if (!used.add(ac.format())) {
                duplicates++;
                if (duplicates <= 3) {
                    problems.add("duplicate article " + a.label() + " (left out)");
                }
                continue;
            }
            String parent = sectionCode != null ? sectionCode : chapterCode != null ? chapterCode
                    : subpartCode != null ? subpartCode : partCode;
            for (String s : new String[]{partCode, subpartCode, chapterCode, sectionCode}) {
                if (s != null) {
                    filled.add(s);
                }
            }
            out.add(new Provision(ac.format(), ProvisionLevel.ARTICLE, a.label(), a.text(), parent, out.size()));
            articles++;
            List<Paragraph> ps = a.paragraphs();
            for (int pi = 0; pi < ps.size() && pi < 99; pi++) {
                Paragraph p = ps.get(pi);
                ProvisionCode pc = ac.withParagraph(pi + 1);
                out.add(new Provision(pc.format(), ProvisionLevel.PARAGRAPH, "第" + ChineseNumerals.format(pi + 1) + "款",
                        p.text(), ac.format(), out.size()));
                paragraphs++;
                for (int ii = 0; ii < p.items().size() && ii < 99; ii++) {
                    Item it = p.items().get(ii);
                    ProvisionCode ic = pc.withItem(ii + 1);
                    out.add(new Provision(ic.format(), ProvisionLevel.ITEM, "（" + ChineseNumerals.format(ii + 1) + "）",
                            it.text(), pc.format(), out.size()));
                    items++;
                    for (int si = 0; si < it.subitems().size() && si < 99; si++) {
                        Item s = it.subitems().get(si);
                        out.add(new Provision(ic.withSubitem(si + 1).format(), ProvisionLevel.SUBITEM, (si + 1) + ".",
                                s.text(), ic.format(), out.size()));
                        subitems++;
                    }
                }
            }
            if (ps.size() > 99) {
                problems.add(a.label() + " has more than 99 paragraphs (rest left out)");
            }
        }
        if (duplicates > 3) {
            problems.add((duplicates - 3) + " more duplicate articles left out");
        }
        return new Result(List.copyOf(out), problems, articles, paragraphs, items, subitems);
    }

    /** The first break in 第1条..第N条 (articles without 之n), e.g. "expected 第5条, found 第7条", or null. */
    public static String numberingGap(List<Article> articles) {
        int expected = 1;
        for (Article a : articles) {
            if (a.suffix() != 0) {
                continue;
            }
            if (a.number() != expected) {
                return "article numbering not contiguous: expected 第" + expected + "条, found 第" + a.number() + "条";
            }
            expected++;
        }
        return null;
    }
}
