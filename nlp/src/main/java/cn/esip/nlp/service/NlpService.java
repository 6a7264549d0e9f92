package cn.esip.nlp.service;

import cn.esip.nlp.ie.EntityRelationExtractor;
import cn.esip.nlp.cite.CitationParser;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.classify.Classification;
import cn.esip.nlp.classify.ClassifierAnnotator;
import cn.esip.nlp.classify.DocumentTypeClassifier;
import cn.esip.nlp.classify.DomainClassifier;
import cn.esip.nlp.entity.EntityRelationAnnotator;
import cn.esip.nlp.entity.LawCitationAnnotator;
import cn.esip.nlp.entity.NamedEntityAnnotator;
import cn.esip.nlp.entity.PatternEntityAnnotator;
import cn.esip.nlp.event.PenaltyDecision;
import cn.esip.nlp.event.PenaltyDecisionAnnotator;
import cn.esip.nlp.event.PenaltyDecisionExtractor;
import cn.esip.nlp.normalize.TextNormalizer;
import cn.esip.nlp.pipeline.Annotation;
import cn.esip.nlp.pipeline.Annotator;
import cn.esip.nlp.pipeline.Document;
import cn.esip.nlp.pipeline.NormalizeAnnotator;
import cn.esip.nlp.pipeline.Pipeline;
import cn.esip.nlp.pipeline.SentenceAnnotator;
import cn.esip.nlp.pipeline.TokenAnnotator;
import cn.esip.nlp.segment.HanLpSegmenter;
import cn.esip.nlp.segment.LegalDictionary;
import cn.esip.nlp.segment.LegalTermSource;
import cn.esip.nlp.segment.Segmenter;
import cn.esip.nlp.segment.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NLP service: one pipeline of annotators, ordered by what each requires and produces (normalise,
 * sentences, tokens, patterns, law citations, named entities, the trained taggers, document type, domain,
 * penalty-decision frame). Build once, use from many threads.
 */
public final class NlpService {

    /** Longest text the service accepts, in characters. */
    public static final int MAX_TEXT = 100_000;

    private final Segmenter segmenter;
    private final Pipeline pipeline;
    private final DocumentTypeClassifier types = new DocumentTypeClassifier();
    private final DomainClassifier domains = new DomainClassifier();
    private final PenaltyDecisionExtractor decisions = new PenaltyDecisionExtractor();
    private final List<String> unavailable;
    private static final String NOT_CONFIGURED = ": not among the configured annotators";

    /** The names of the annotators the service offers, for configuration ({@link Builder#annotators}). */
    public static final List<String> ANNOTATORS = List.of("normalize", "sentences", "tokens", "patterns", "law-citations",
            "named-entities", EntityRelationAnnotator.NAME, "document-type", "domain", "penalty-decision");

    private NlpService(Builder b) {
        LegalDictionary dict = b.terms == null ? new LegalDictionary() : b.terms.toDictionary();
        this.segmenter = new HanLpSegmenter(dict, true);
        // the annotators this service offers; Pipeline.ordered puts them in an order their requirements allow
        List<Annotator> a = new ArrayList<>();
        a.add(new NormalizeAnnotator());
        a.add(new SentenceAnnotator());
        a.add(new TokenAnnotator(segmenter));
        a.add(new PatternEntityAnnotator());
        CitationParser parser = b.terms == null ? new CitationParser() : new CitationParser(dict.words()::contains);
        a.add(new LawCitationAnnotator(parser, b.resolver));
        a.add(new NamedEntityAnnotator());
        List<String> missing = new ArrayList<>();
        if (b.entityRelations != null) {
            a.add(new EntityRelationAnnotator(b.entityRelations));
        } else if (b.wants(EntityRelationAnnotator.NAME)) {
            missing.add("CAIL2022 entities and relations: " + (b.entityRelationsProblem == null ? "no model given" : b.entityRelationsProblem));
        } else {
            missing.add(EntityRelationAnnotator.NAME + NOT_CONFIGURED);
        }
        if (b.resolver == null) {
            missing.add("law citation resolution to provision codes: no law graph wired (citations are parsed, not resolved)");
        }
        a.add(ClassifierAnnotator.documentType(types));
        a.add(ClassifierAnnotator.domain(domains));
        a.add(new PenaltyDecisionAnnotator(decisions));
        List<Annotator> chosen = b.names == null ? a : chosen(a, b.names);
        for (Annotator x : a) {
            if (!chosen.contains(x)) {
                missing.add(x.name() + NOT_CONFIGURED);
            }
        }
        this.unavailable = List.copyOf(missing);
        this.pipeline = Pipeline.ordered(chosen);
    }

    /** The annotators named in {@code names} and those that produce what they require, transitively. */
    private static List<Annotator> chosen(List<Annotator> offered, List<String> names) {
        Map<String, Annotator> byName = new LinkedHashMap<>();
        offered.forEach(x -> byName.put(x.name(), x));
        Set<Annotator> chosen = new LinkedHashSet<>();
        for (String n : names) {
            Annotator x = byName.get(n);
            if (x != null) {
                chosen.add(x);
            }
        }
        boolean added = true;
        while (added) {
            added = false;
            for (Annotator x : List.copyOf(chosen)) {
                for (Annotation need : x.requires()) {
                    if (chosen.stream().noneMatch(c -> c.produces().contains(need))) {
                        java.util.Optional<Annotator> maker = offered.stream().filter(o -> o.produces().contains(need)).findFirst();
                        if (maker.isPresent()) {
                            added |= chosen.add(maker.get());
                        }
                    }
                }
            }
        }
        // keep the offered order, which Pipeline.ordered uses to break ties
        return offered.stream().filter(chosen::contains).toList();
    }

    /** The annotator chain, checked for order when the service was built. */
    public Pipeline pipeline() {
        return pipeline;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Capabilities that are not available in this instance, with the reason. */
    public List<String> unavailable() {
        return unavailable;
    }

    /** Words of the normalised text (offsets refer to the normalised text). */
    public List<Token> segment(String text) {
        return segmenter.segment(TextNormalizer.normalize(check(text)));
    }

    /** The annotated document (entities, relations, sentences, tokens). */
    public Document annotate(String text) {
        return pipeline.process(check(text));
    }

    public Classification documentType(String text) {
        return types.classify(TextNormalizer.normalize(check(text)));
    }

    public Classification domain(String text) {
        return domains.classify(TextNormalizer.normalize(check(text)));
    }

    /** Both classifications of a text. */
    public Map<String, Classification> classify(String text) {
        String n = TextNormalizer.normalize(check(text));
        return Map.of("documentType", types.classify(n), "domain", domains.classify(n));
    }

    /** Full extraction: entities, relations, classifications and (for a decision) the penalty frame. */
    public Extraction extract(String text) {
        Document doc = annotate(text);
        return new Extraction(doc.text(), doc.sentences(), doc.entities(), doc.relations(),
                doc.get(ClassifierAnnotator.DOCUMENT_TYPE).orElse(null), doc.get(ClassifierAnnotator.DOMAIN).orElse(null),
                doc.get(PenaltyDecisionAnnotator.FRAME).orElse(null), unavailable);
    }

    /** The penalty-decision frame of a text, whatever its type. */
    public PenaltyDecision penaltyDecision(String text) {
        Document doc = annotate(text);
        return doc.get(PenaltyDecisionAnnotator.FRAME).orElseGet(() -> decisions.extract(doc));
    }

    private static String check(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text of " + text.length() + " characters is longer than the limit of "
                    + MAX_TEXT);
        }
        return text;
    }

    /** Options of the service; every one may be left out. */
    public static final class Builder {
        private LegalTermSource terms;
        private ProvisionResolver resolver;
        private EntityRelationExtractor entityRelations;
        private String entityRelationsProblem;
        private List<String> names;

        /** Law titles and terms for the user dictionary (the law graph). */
        public Builder legalTerms(LegalTermSource terms) {
            this.terms = terms;
            return this;
        }

        /** Resolves law citations to provision codes (the law graph). */
        public Builder resolver(ProvisionResolver resolver) {
            this.resolver = resolver;
            return this;
        }

        /** The CAIL2022 models. */
        public Builder entityRelations(EntityRelationExtractor entityRelations) {
            this.entityRelations = entityRelations;
            return this;
        }

        /** Records why the CAIL models are not given (shown in {@link #unavailable()}). */
        public Builder entityRelationsUnavailable(String why) {
            this.entityRelationsProblem = why;
            return this;
        }

        /**
         * The annotators to run, by name ({@link #ANNOTATORS}); those they require are added. Null or empty: all
         * of them. An unknown name is refused here, before anything is loaded.
         */
        public Builder annotators(List<String> names) {
            for (String n : names == null ? List.<String>of() : names) {
                if (!ANNOTATORS.contains(n)) {
                    throw new IllegalArgumentException("unknown annotator '" + n + "'; the annotators are " + ANNOTATORS);
                }
            }
            this.names = names == null || names.isEmpty() ? null : List.copyOf(names);
            return this;
        }

        /** Whether the named annotator is to run (all are when none were named). */
        public boolean wants(String annotator) {
            return names == null || names.contains(annotator);
        }

        public NlpService build() {
            return new NlpService(this);
        }
    }
}
