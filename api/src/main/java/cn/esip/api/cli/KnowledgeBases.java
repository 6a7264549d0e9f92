package cn.esip.api.cli;

import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.Neo4jSettings;

/** Opens the law knowledge base that the command-line options name (data directory, optional external Neo4j). */
public final class KnowledgeBases {

    private KnowledgeBases() {
    }

    public static LawKnowledgeBase open(DataOptions options) {
        CliLogging.quiet();
        LawKnowledgeBase kb = new LawKnowledgeBase(new Neo4jSettings(options.data, options.neo4jUri, options.neo4jUser,
                options.neo4jPassword));
        if (kb.interruptedImport()) {
            System.err.println("esip: warning: an earlier import into " + options.data + " did not finish; the law graph and"
                    + " index may disagree until 'esip import' completes");
        }
        return kb;
    }
}
