package cn.esip.kg.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.List;

/** Constraints and indexes of the law graph; created before any write so that MERGE and MATCH use them. */
public final class GraphSchema {

    private static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT law_code IF NOT EXISTS FOR (l:Law) REQUIRE l.code IS UNIQUE",
            "CREATE CONSTRAINT law_version_id IF NOT EXISTS FOR (v:LawVersion) REQUIRE v.id IS UNIQUE",
            "CREATE CONSTRAINT provision_key IF NOT EXISTS FOR (p:Provision) REQUIRE p.key IS UNIQUE",
            "CREATE CONSTRAINT cited_law_title IF NOT EXISTS FOR (m:CitedLaw) REQUIRE m.title IS UNIQUE",
            "CREATE INDEX provision_code IF NOT EXISTS FOR (p:Provision) ON (p.code)",
            "CREATE INDEX provision_version IF NOT EXISTS FOR (p:Provision) ON (p.versionId)",
            "CREATE INDEX law_title IF NOT EXISTS FOR (l:Law) ON (l.title)",
            "CREATE INDEX law_version_run IF NOT EXISTS FOR (v:LawVersion) ON (v.run)");

    private GraphSchema() {
    }

    /** Creates what is missing and waits until the indexes are online. */
    public static void ensure(Driver driver) {
        try (Session s = driver.session()) {
            for (String stmt : STATEMENTS) {
                s.run(stmt).consume();
            }
            s.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}
