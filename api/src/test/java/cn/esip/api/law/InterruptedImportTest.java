package cn.esip.api.law;

import cn.esip.kg.service.CorpusImporter;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.kg.store.Neo4jSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed half-way leaves its marker: the server does not serve the mixed graph and index but
 * imports again (or, without a corpus, says why it cannot serve).
 */
class InterruptedImportTest {

    private static void awaitSettled(LawIndexBootstrap b) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while ((b.state() == LawIndexBootstrap.State.STARTING || b.state() == LawIndexBootstrap.State.IMPORTING)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void anInterruptedImportIsRedoneAtStartOrReported(@TempDir Path data) throws Exception {
        Path corpus = Path.of(InterruptedImportTest.class.getResource("/law-corpus").toURI());
        try (LawKnowledgeBase kb = new LawKnowledgeBase(new Neo4jSettings(data, null, "neo4j", ""))) {
            new CorpusImporter(kb).importCorpus(corpus, (s, d, t) -> { });
            assertThat(kb.interruptedImport()).isFalse();
            // what a kill -9 during the next import leaves behind
            Files.writeString(kb.importMarker(), "import started (test)\n");
            assertThat(kb.interruptedImport()).isTrue();

            LawIndexBootstrap noCorpus = new LawIndexBootstrap(kb, data.resolve("no-corpus").toString(), true, false);
            noCorpus.start();
            awaitSettled(noCorpus);
            assertThat(noCorpus.state()).isEqualTo(LawIndexBootstrap.State.FAILED);

            LawIndexBootstrap again = new LawIndexBootstrap(kb, corpus.toString(), true, false);
            again.start();
            awaitSettled(again);
            assertThat(again.state()).isEqualTo(LawIndexBootstrap.State.READY);
            assertThat(kb.interruptedImport()).isFalse();
        }
    }
}
