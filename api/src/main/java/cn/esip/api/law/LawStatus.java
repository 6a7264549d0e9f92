package cn.esip.api.law;

import cn.esip.kg.service.LawKnowledgeBase;

/**
 * The state of the law knowledge base, as the status endpoint and the home page show it.
 *
 * @param index        STARTING, IMPORTING, READY, NO_INDEX or FAILED
 * @param detail       what is happening (import progress) or what is wrong
 * @param vectors      ready, being built (with progress), not built, or failed — searches are BM25 until ready
 * @param articles     articles in the index (0 until ready)
 * @param typicalCases typical cases imported with the index
 */
public record LawStatus(String index, String detail, String vectors, int articles, int typicalCases) {

    /** The state now. */
    public static LawStatus of(LawKnowledgeBase kb, LawIndexBootstrap bootstrap) {
        boolean ready = bootstrap.state() == LawIndexBootstrap.State.READY;
        var cases = ready ? kb.similarCases() : null;
        return new LawStatus(bootstrap.state().name(), bootstrap.detail(), bootstrap.vectors(),
                ready ? kb.searcher().articles() : 0, cases == null ? 0 : cases.size());
    }

    /** True when the index answers searches. */
    public boolean ready() {
        return LawIndexBootstrap.State.READY.name().equals(index);
    }
}
