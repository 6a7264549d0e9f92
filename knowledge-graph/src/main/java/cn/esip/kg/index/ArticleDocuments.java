package cn.esip.kg.index;

import cn.esip.kg.code.ProvisionCode;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.Provision;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.kg.penalty.PenaltyClauseParser;
import cn.esip.nlp.cite.LawNames;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a law version into Lucene documents, one per article, with its 款/项 text and law metadata. */
public final class ArticleDocuments {

    /** Analyzed, stored, with offsets in the postings so snippets need no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private ArticleDocuments() {
    }

    /**
     * The documents of {@code v}, whose days in force are {@code window}; {@code analyzer} segments the title
     * and chapter paths once per version (the article text is analysed by the index writer).
     */
    public static List<Document> of(LawVersion v, ValidityWindow window, Analyzer analyzer) {
        Map<String, Provision> byCode = new HashMap<>();
        for (Provision p : v.provisions()) {
            byCode.put(p.code(), p);
        }
        List<String> titleWords = TermListTokenStream.analyze(analyzer, IndexFields.TITLE, nz(v.title()));
        java.util.Set<String> aliases = LawNames.aliases(v.title(), v.shortTitle());
        Map<String, List<String>> chapterWords = new HashMap<>();
        Map<String, java.util.Set<String>> cites = new HashMap<>();
        for (cn.esip.kg.domain.Citation c : v.citations()) {
            if (c.resolved() && c.targetCode() != null && ProvisionCode.isProvisionCode(c.targetCode())
                    && ProvisionCode.isProvisionCode(c.fromCode())) {
                cites.computeIfAbsent(ProvisionCode.parse(c.fromCode()).articleCode().toString(), k -> new java.util.TreeSet<>())
                        .add(ProvisionCode.parse(c.targetCode()).articleCode().toString());
            }
        }
        List<Document> docs = new ArrayList<>();
        for (Provision p : v.provisions()) {
            if (p.level() != ProvisionLevel.ARTICLE) {
                continue;
            }
            String chapter = chapterPath(p, byCode);
            List<String> cw = chapterWords.computeIfAbsent(chapter, c -> TermListTokenStream.analyze(analyzer, IndexFields.CHAPTER, c));
            Document d = document(v, p, chapter, articleText(p, v.provisions()), window, titleWords, cw, aliases);
            for (String target : cites.getOrDefault(p.code(), java.util.Set.of())) {
                if (!target.equals(p.code())) {
                    d.add(new StringField(IndexFields.CITES, target, Field.Store.YES));
                }
            }
            docs.add(d);
        }
        return docs;
    }

    private static Document document(LawVersion v, Provision article, String chapter, String text, ValidityWindow window,
                                     List<String> titleWords, List<String> chapterWords, java.util.Set<String> aliases) {
        Document d = new Document();
        d.add(new StringField(IndexFields.CODE, article.code(), Field.Store.YES));
        d.add(new StringField(IndexFields.VERSION, v.versionId(), Field.Store.YES));
        d.add(new StringField(IndexFields.LAW, v.lawCode(), Field.Store.YES));
        d.add(new Field(IndexFields.TITLE, new TermListTokenStream(titleWords), TextField.TYPE_NOT_STORED));
        d.add(new StoredField(IndexFields.TITLE, nz(v.title())));
        if (v.shortTitle() != null) {
            d.add(new StoredField(IndexFields.SHORT_TITLE, v.shortTitle()));
        }
        for (String alias : aliases) {
            d.add(new StringField(IndexFields.ALIAS, alias, Field.Store.NO));
        }
        if (v.level() != null) {
            d.add(new StringField(IndexFields.LEVEL, v.level().label(), Field.Store.YES));
        }
        if (v.regionCode() != null) {
            d.add(new StringField(IndexFields.REGION, v.regionCode(), Field.Store.YES));
        }
        if (v.validity() != null) {
            d.add(new StringField(IndexFields.VALIDITY, v.validity().label(), Field.Store.YES));
        }
        d.add(new StringField(IndexFields.ARTICLE_KEY, articleKey(article.code()), Field.Store.NO));
        d.add(new StoredField(IndexFields.ARTICLE, nz(article.label())));
        if (!chapter.isEmpty()) {
            d.add(new Field(IndexFields.CHAPTER, new TermListTokenStream(chapterWords), TextField.TYPE_NOT_STORED));
            d.add(new StoredField(IndexFields.CHAPTER, chapter));
        }
        d.add(new Field(IndexFields.TEXT, text, TEXT_WITH_OFFSETS));
        date(d, IndexFields.VERSION_DATE, v.versionDate());
        date(d, IndexFields.PROMULGATED, v.promulgated());
        date(d, IndexFields.EFFECTIVE, v.effective());
        d.add(new LongPoint(IndexFields.VALID_FROM, window.fromDay()));
        d.add(new StoredField(IndexFields.VALID_FROM, window.fromDay()));
        d.add(new LongPoint(IndexFields.VALID_TO, window.toDay()));
        d.add(new StoredField(IndexFields.VALID_TO, window.toDay()));
        if (PenaltyClauseParser.setsPenalties(chapter, text)) {
            d.add(new StringField(IndexFields.KIND, IndexFields.PENALTY_KIND, Field.Store.YES));
        }
        d.add(new StoredField(IndexFields.ORDINAL, article.ordinal()));
        return d;
    }

    /** Article number and 之n suffix of an article's provision code, as the exact-lookup key. */
    static String articleKey(String code) {
        ProvisionCode c = ProvisionCode.parse(code);
        return articleKey(c.article(), c.suffix());
    }

    /** The exact-lookup key of article {@code article} 之{@code suffix}. */
    static String articleKey(int article, int suffix) {
        return article + "." + suffix;
    }

    private static void date(Document d, String field, LocalDate date) {
        if (date != null) {
            d.add(new LongPoint(field, date.toEpochDay()));
            d.add(new StoredField(field, date.toString()));
        }
    }

    private static String chapterPath(Provision article, Map<String, Provision> byCode) {
        Deque<String> path = new ArrayDeque<>();
        Provision p = article.parentCode() == null ? null : byCode.get(article.parentCode());
        int guard = 0;
        while (p != null && guard++ < 8) {
            if (p.level().isStructural()) {
                path.addFirst(nz(p.label()));
            }
            p = p.parentCode() == null ? null : byCode.get(p.parentCode());
        }
        return String.join(" / ", path);
    }

    /** The article's own text; when the parser left it empty, the text of its 款/项/目 in order. */
    private static String articleText(Provision article, List<Provision> all) {
        if (article.text() != null && !article.text().isBlank()) {
            return article.text();
        }
        StringBuilder sb = new StringBuilder();
        for (Provision p : all) {
            if (p != article && p.text() != null && !p.level().isStructural() && article.code().equals(p.parentCode())) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(p.text());
            }
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
