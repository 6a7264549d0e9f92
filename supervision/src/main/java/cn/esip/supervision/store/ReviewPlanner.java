package cn.esip.supervision.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Draws case files for a review task at random (天津市行政执法监督平台管理办法 第三十条: 随机抽取), reproducibly: the pool is
 * sorted by case, shuffled with a {@link Random} seeded by the plan's seed, and the first {@code count} (or
 * {@code share} of the pool, rounded up) are taken; reviewers are assigned in turn.
 */
public final class ReviewPlanner {

    private final ReviewStore store;

    public ReviewPlanner(ReviewStore store) {
        this.store = store;
    }

    /** The drawing criteria of a plan; null fields mean "any"; one of count or share. */
    public record Criteria(String agency, String from, String to, Integer count, Double share, Long seed,
                           List<String> reviewers) {
    }

    public ReviewPlan draw(Criteria c) {
        if ((c.count() == null) == (c.share() == null)) {
            throw new IllegalArgumentException("give exactly one of count or share");
        }
        if (c.count() != null && c.count() < 1 || c.share() != null && (c.share() <= 0 || c.share() > 1)) {
            throw new IllegalArgumentException("count must be ≥ 1 and share in (0, 1]");
        }
        List<StoredReview> pool = store.pool(c.agency(), c.from(), c.to());
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("no reviewed case file matches the criteria");
        }
        long seed = c.seed() != null ? c.seed() : new Random().nextLong();
        List<String> ids = new ArrayList<>(pool.stream().map(StoredReview::id).toList());
        java.util.Collections.shuffle(ids, new Random(seed));
        int n = c.count() != null ? Math.min(c.count(), ids.size()) : (int) Math.ceil(c.share() * ids.size());
        List<String> drawn = ids.subList(0, n);
        List<String> reviewers = c.reviewers() == null ? List.of() : c.reviewers();
        Map<String, String> assign = new LinkedHashMap<>();
        for (int i = 0; i < drawn.size() && !reviewers.isEmpty(); i++) {
            assign.put(drawn.get(i), reviewers.get(i % reviewers.size()));
        }
        Map<String, Object> criteria = new LinkedHashMap<>();
        if (c.agency() != null) {
            criteria.put("agency", c.agency());
        }
        if (c.from() != null) {
            criteria.put("from", c.from());
        }
        if (c.to() != null) {
            criteria.put("to", c.to());
        }
        criteria.put(c.count() != null ? "count" : "share", c.count() != null ? c.count() : c.share());
        criteria.put("poolSize", pool.size());
        return store.savePlan(new ReviewPlan(UUID.randomUUID().toString(), Instant.now(), seed, criteria, drawn, reviewers, assign));
    }
}
