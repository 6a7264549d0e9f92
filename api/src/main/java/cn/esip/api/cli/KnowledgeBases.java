package cn.esip.api.cli;

import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.Neo4jSettings;

/** Opens the law knowledge base that the command-line options name (data directory, optional external Neo4j). */
final class KnowledgeBases {

    private KnowledgeBases() {
    }

    static LawKnowledgeBase open(DataOptions options) {
        CliLogging.quiet();
        return new LawKnowledgeBase(new Neo4jSettings(options.data, options.neo4jUri, options.neo4jUser, options.neo4jPassword));
    }
}
