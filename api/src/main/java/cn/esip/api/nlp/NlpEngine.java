package cn.esip.api.nlp;

import cn.esip.api.cli.NlpServices;
import cn.esip.models.ModelRegistry;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.segment.LegalTermSource;
import cn.esip.nlp.service.NlpService;

/**
 * Builds the {@link NlpService} on first use (HanLP dictionaries and the CAIL models take a few seconds),
 * so that the server starts fast; the law graph's resolver and term source are used when the app has them.
 */
public class NlpEngine {

    private final ModelRegistry registry;
    private final ProvisionResolver resolver;
    private final LegalTermSource terms;
    private volatile NlpService service;

    public NlpEngine(ModelRegistry registry, ProvisionResolver resolver, LegalTermSource terms) {
        this.registry = registry;
        this.resolver = resolver;
        this.terms = terms;
    }

    public NlpService service() {
        NlpService s = service;
        if (s == null) {
            synchronized (this) {
                s = service;
                if (s == null) {
                    NlpService.Builder b = NlpServices.fromRegistry(registry);
                    if (resolver != null) {
                        b.resolver(resolver);
                    }
                    if (terms != null) {
                        b.legalTerms(terms);
                    }
                    s = b.build();
                    service = s;
                }
            }
        }
        return s;
    }
}
