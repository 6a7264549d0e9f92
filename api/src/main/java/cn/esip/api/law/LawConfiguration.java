package cn.esip.api.law;

import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.Neo4jSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Wires the law knowledge base from {@code esip.data-dir} and {@code esip.neo4j.uri/user/password}. */
@Configuration(proxyBeanMethods = false)
public class LawConfiguration {

    @Bean(destroyMethod = "close")
    LawKnowledgeBase lawKnowledgeBase(@Value("${esip.data-dir:./data}") String dataDir,
                                      @Value("${esip.neo4j.uri:}") String uri,
                                      @Value("${esip.neo4j.user:neo4j}") String user,
                                      @Value("${esip.neo4j.password:}") String password) {
        return new LawKnowledgeBase(new Neo4jSettings(Path.of(dataDir), uri.isBlank() ? null : uri, user, password));
    }
}
