package cn.esip.kg.testing;

import cn.esip.kg.domain.Citation;
import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.HistoryEntry;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.kg.domain.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds small hand-written law versions for tests, with codes laid out as the coding scheme says. */
public final class LawFixture {

    private final String lawCode;
    private final String title;
    private final String shortTitle;
    private final EffectLevel level;
    private final String region;
    private final LocalDate date;
    private final Validity validity;
    private final List<Provision> provisions = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private String chapterCode;
    private int chapters;
    private int ordinal;

    private LawFixture(String lawCode, String title, String shortTitle, EffectLevel level, String region,
                       LocalDate date, Validity validity) {
        this.lawCode = lawCode;
        this.title = title;
        this.shortTitle = shortTitle;
        this.level = level;
        this.region = region;
        this.date = date;
        this.validity = validity;
    }

    public static LawFixture law(String lawCode, String title, String shortTitle, EffectLevel level, String region,
                                 String date, Validity validity) {
        return new LawFixture(lawCode, title, shortTitle, level, region, LocalDate.parse(date), validity);
    }

    /** Code of article {@code n} (paragraph {@code p}, item {@code i}) of law {@code lawCode}. */
    public static String code(String lawCode, int n, int p, int i) {
        return String.format("%s/%04d0%02d%02d00", lawCode, n, p, i);
    }

    public LawFixture chapter(String label) {
        chapters++;
        chapterCode = String.format("%s/P00.00.%02d.00", lawCode, chapters);
        provisions.add(new Provision(chapterCode, ProvisionLevel.CHAPTER, label, label, null, ordinal++));
        return this;
    }

    /** Article {@code n} with one paragraph per string; a line starting with （ inside a paragraph is an item. */
    public LawFixture article(int n, String label, String... paragraphs) {
        String ac = code(lawCode, n, 0, 0);
        provisions.add(new Provision(ac, ProvisionLevel.ARTICLE, label, label + " " + String.join("\n", paragraphs),
                chapterCode, ordinal++));
        for (int p = 0; p < paragraphs.length; p++) {
            String pc = code(lawCode, n, p + 1, 0);
            String[] lines = paragraphs[p].split("\n");
            provisions.add(new Provision(pc, ProvisionLevel.PARAGRAPH, "第" + (p + 1) + "款", lines[0], ac, ordinal++));
            for (int i = 1; i < lines.length; i++) {
                provisions.add(new Provision(code(lawCode, n, p + 1, i), ProvisionLevel.ITEM, "（" + i + "）", lines[i], pc, ordinal++));
            }
        }
        return this;
    }

    /** A citation made by {@code fromCode}; {@code targetCode} null makes it unresolved (target law missing). */
    public LawFixture cite(String fromCode, String text, String targetTitle, String targetCode) {
        citations.add(new Citation(fromCode, text, targetTitle, targetCode,
                targetCode == null ? Citation.Status.TARGET_LAW_MISSING : Citation.Status.RESOLVED));
        return this;
    }

    public LawVersion build() {
        return new LawVersion(lawCode, title, shortTitle, null, null, level, region, "test",
                date, date, date, validity, List.of(new HistoryEntry(date, "通过")), "test/" + title + "(" + date + ").md",
                List.copyOf(provisions), List.copyOf(citations));
    }
}
