package cn.esip.api.nlp;

import cn.esip.models.ModelRegistry;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.segment.LegalTermSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the NLP service (built on first use): the model registry of this installation, and the law graph's ports when present. */
@Configuration
public class NlpConfiguration {

    @Bean
    public LazyNlpService nlpService(ObjectProvider<ProvisionResolver> resolver, ObjectProvider<LegalTermSource> terms) {
        return new LazyNlpService(ModelRegistry.locate(), resolver.getIfAvailable(), terms.getIfAvailable());
    }
}
