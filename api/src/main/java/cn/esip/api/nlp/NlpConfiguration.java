package cn.esip.api.nlp;

import cn.esip.models.ModelRegistry;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.segment.LegalTermSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Wires the NLP service (built on first use): the model registry of this installation, and the law graph's ports when present. */
@Configuration
public class NlpConfiguration {

    /** @param annotators {@code esip.nlp.annotators}: the annotators to run, by name (empty: all) */
    @Bean
    public LazyNlpService nlpService(ObjectProvider<ProvisionResolver> resolver, ObjectProvider<LegalTermSource> terms,
                                     @Value("${esip.nlp.annotators:}") List<String> annotators) {
        return new LazyNlpService(ModelRegistry.locate(), resolver.getIfAvailable(), terms.getIfAvailable(), annotators);
    }
}
