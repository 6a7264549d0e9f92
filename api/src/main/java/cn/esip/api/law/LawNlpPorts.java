package cn.esip.api.law;

import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.nlp.cite.ProvisionResolver;
import cn.esip.nlp.segment.LegalTermSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/** Offers the law knowledge base to the NLP service through NLP's ports: citation resolution and the legal dictionary. */
@Configuration(proxyBeanMethods = false)
public class LawNlpPorts {

    @Bean
    ProvisionResolver lawProvisionResolver(LawKnowledgeBase kb) {
        return kb.provisionResolver();
    }

    @Bean
    LegalTermSource lawTermSource(LawKnowledgeBase kb) {
        return kb.legalTerms();
    }
}
