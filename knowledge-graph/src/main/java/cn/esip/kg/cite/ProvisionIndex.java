package cn.esip.kg.cite;

import cn.esip.kg.code.ProvisionCode;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The provision codes one law version has, for fast existence checks while resolving citations. */
public final class ProvisionIndex {

    private final String lawCode;
    private final String versionId;
    private final LocalDate date;
    private final Set<Long> keys = new HashSet<>();
    private final List<Long> articles = new ArrayList<>();

    /** Indexes the provisions of {@code v}. */
    public ProvisionIndex(LawVersion v) {
        this.lawCode = v.lawCode();
        this.versionId = v.versionId();
        this.date = v.versionDate();
        for (Provision p : v.provisions()) {
            if (p.level().isStructural()) {
                continue;
            }
            long k = Long.parseLong(p.code(), p.code().length() - 11, p.code().length(), 10);
            keys.add(k);
            if (p.level() == cn.esip.kg.domain.ProvisionLevel.ARTICLE) {
                articles.add(k);
            }
        }
    }

    /** The 11 digits of a provision code as a number. */
    public static long key(ProvisionCode c) {
        return ((((long) c.article() * 10 + c.suffix()) * 100 + c.paragraph()) * 100 + c.item()) * 100 + c.subitem();
    }

    public String lawCode() {
        return lawCode;
    }

    public String versionId() {
        return versionId;
    }

    public LocalDate date() {
        return date;
    }

    /** True when this version has the provision {@code c}. */
    public boolean has(ProvisionCode c) {
        return keys.contains(key(c));
    }

    /** The article before {@code article} in document order, or null. */
    public ProvisionCode articleBefore(ProvisionCode article, cn.esip.kg.code.LawCode law) {
        int i = articles.indexOf(key(article.articleCode()));
        if (i <= 0) {
            return null;
        }
        long k = articles.get(i - 1) / 1_000_000L;
        return ProvisionCode.article(law, (int) (k / 10), (int) (k % 10));
    }
}
