package cn.esip.api.nlp;

import cn.esip.models.ModelRegistry;
import cn.esip.nlp.ie.ExtractorModels;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.entity.EntityRelationAnnotator;
import cn.esip.nlp.segment.LegalTermSource;
import cn.esip.nlp.service.NlpService;

import java.util.List;

/**
 * The {@link NlpService} of the server and the CLI, built on first use (HanLP dictionaries and the trained
 * taggers take a few seconds) so that both start fast: the taggers from the model registry when they are
 * usable (else listed in {@link NlpService#unavailable()}), the law graph's resolver and term source when
 * the caller has them.
 */
public class LazyNlpService {

    private final ModelRegistry registry;
    private final ProvisionResolver resolver;
    private final LegalTermSource terms;
    private final List<String> annotators;
    private volatile NlpService service;

    /** @param resolver the law graph's provision resolver, or null; @param terms its legal terms, or null */
    public LazyNlpService(ModelRegistry registry, ProvisionResolver resolver, LegalTermSource terms) {
        this(registry, resolver, terms, List.of());
    }

    /**
     * @param annotators the annotators to run, by name ({@code esip.nlp.annotators}); empty: all
     * @throws IllegalArgumentException for a name that is not an annotator
     */
    public LazyNlpService(ModelRegistry registry, ProvisionResolver resolver, LegalTermSource terms, List<String> annotators) {
        this.registry = registry;
        this.resolver = resolver;
        this.terms = terms;
        this.annotators = annotators.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        NlpService.builder().annotators(this.annotators); // a misconfigured list fails now, not at the first request
    }

    public NlpService get() {
        NlpService s = service;
        if (s == null) {
            synchronized (this) {
                s = service;
                if (s == null) {
                    s = build();
                    service = s;
                }
            }
        }
        return s;
    }

    private NlpService build() {
        NlpService.Builder b = NlpService.builder().annotators(annotators);
        if (b.wants(EntityRelationAnnotator.NAME)) {
            try {
                b.entityRelations(ExtractorModels.load(registry));
            } catch (IllegalStateException | java.util.NoSuchElementException | java.io.UncheckedIOException e) {
                b.entityRelationsUnavailable(e.getMessage());
            }
        }
        if (resolver != null) {
            b.resolver(resolver);
        }
        if (terms != null) {
            b.legalTerms(terms);
        }
        return b.build();
    }
}
