package cn.esip.api.law;

import cn.esip.kg.index.IndexLegalTermSource;
import cn.esip.kg.index.IndexProvisionResolver;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.nlp.cite.CitationMention;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.segment.LegalTermSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Offers the law knowledge base to the NLP service through NLP's ports: citation resolution and the legal dictionary. */
@Configuration(proxyBeanMethods = false)
public class LawNlpPorts {

    @Bean
    ProvisionResolver lawProvisionResolver(LawKnowledgeBase kb) {
        IndexProvisionResolver byIndex = new IndexProvisionResolver(kb::searcher);
        return new ProvisionResolver() {
            @Override
            public Resolution resolve(CitationMention mention, String citingCode) {
                if (!kb.hasIndex()) {
                    // the law index is still being built: nothing can be resolved yet
                    return new Resolution(Outcome.TARGET_LAW_MISSING, null, List.of());
                }
                return byIndex.resolve(mention, citingCode);
            }
        };
    }

    @Bean
    LegalTermSource lawTermSource(LawKnowledgeBase kb) {
        return new IndexLegalTermSource(kb.indexPath());
    }
}
