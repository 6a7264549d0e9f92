package cn.esip.bench;

import cn.esip.api.cli.DataOptions;
import cn.esip.api.cli.EsipMain;
import cn.esip.api.cli.Json;
import cn.esip.api.cli.KnowledgeBases;
import cn.esip.kg.index.LawSearcher;
import cn.esip.kg.search.SearchHit;
import cn.esip.kg.search.SearchMode;
import cn.esip.kg.search.SearchRequest;
import cn.esip.kg.service.LawKnowledgeBase;
import cn.esip.nlp.cite.LawNames;
import cn.esip.nlp.text.ChineseNumerals;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code esip bench search}: single-threaded BM25 latency (p50/p95/p99) on a fixed set of enforcement queries,
 * and the rank of the named article for queries that name one (sampled from the index, several spellings).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Measure BM25 search latency and exact-lookup rank on the current index.")
public final class BenchSearchCommand implements Callable<Integer> {

    /** Typical questions of enforcement staff; none names an article. */
    static final List<String> QUERIES = List.of(
            "当场作出行政处罚决定", "罚款 没收违法所得", "食品生产经营许可", "责令停产停业", "吊销营业执照",
            "行政复议申请期限", "听证程序", "行政强制措施 查封 扣押", "未取得许可从事经营活动", "醉酒驾驶机动车",
            "超载 货车 罚款", "环境影响评价 未批先建", "排放污染物超过标准", "安全生产事故 隐患排查", "消防设施 检查",
            "药品 假药 劣药", "价格欺诈", "虚假广告", "个人信息 泄露", "网络安全等级保护",
            "土地 违法占用 耕地", "建设工程 质量 责任", "劳动合同 解除 经济补偿", "工资 拖欠", "社会保险费 征收",
            "税款 滞纳金", "海关 走私", "野生动物 保护", "森林 滥伐", "水污染防治",
            "行政执法人员 执法证件", "行政处罚 追责时效", "信息公开 申请", "行政许可 撤销", "不予处罚 首次违法",
            "未成年人 保护", "烟花爆竹 燃放", "出租汽车 经营", "特种设备 检验", "计量器具 检定");

    @Mixin
    DataOptions dataOptions = new DataOptions();

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over the query set (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--named", defaultValue = "300", description = "Sampled articles for the exact-lookup check (default ${DEFAULT-VALUE}).")
    int named;

    @Override
    public Integer call() throws IOException {
        try (LawKnowledgeBase kb = KnowledgeBases.open(dataOptions)) {
            if (!kb.hasIndex()) {
                throw new EsipMain.UsageError("no index in " + kb.indexPath() + " (run esip import first)");
            }
            LawSearcher s = kb.searcher();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("benchmark", "search");
            out.put("articlesInIndex", s.articles());
            out.put("vectors", s.vectors() != null);
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (SearchMode mode : s.vectors() == null ? List.of(SearchMode.BM25) : List.of(SearchMode.BM25, SearchMode.HYBRID)) {
                // warm-up round, then timed rounds, single-threaded
                for (String q : QUERIES) {
                    s.retrieve(SearchRequest.inForce(q, 10).withMode(mode));
                }
                List<Double> ms = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    for (String q : QUERIES) {
                        long c0 = threads.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        s.retrieve(SearchRequest.inForce(q, 10).withMode(mode));
                        ms.add((System.nanoTime() - t0) / 1e6);
                        cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                    }
                }
                out.put(mode.label(), latency(ms));
                // CPU time of the searching thread: what a query costs when the machine is shared with other work
                out.put(mode.label() + "ThreadCpu", latency(cpu));
            }
            out.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.put("exactLookup", exact(s));
            System.out.println(Json.pretty(out));
        }
        return 0;
    }

    private Map<String, Object> exact(LawSearcher s) throws IOException {
        int queries = 0;
        int first = 0;
        List<Double> ms = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (InForceSample.Article a : InForceSample.draw(dataOptions.data, named, 20261123L)) {
            for (String q : spellings(a)) {
                queries++;
                long t0 = System.nanoTime();
                List<SearchHit> hits = s.retrieve(SearchRequest.of(q, 10));
                ms.add((System.nanoTime() - t0) / 1e6);
                if (!hits.isEmpty() && hits.get(0).exact() && hits.get(0).code().equals(a.code())) {
                    first++;
                } else if (misses.size() < 20) {
                    misses.add(q + " -> " + (hits.isEmpty() ? "no hits" : hits.get(0).code() + (hits.get(0).exact() ? " (exact)" : "")));
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queries", queries);
        m.put("namedArticleFirst", first);
        m.put("share", queries == 0 ? 0 : Math.round(10000.0 * first / queries) / 10000.0);
        m.put("latency", latency(ms));
        m.put("misses", misses);
        return m;
    }

    /** Ways users name an article: short title with Chinese or Arabic number, 《full title》, title without 中华人民共和国. */
    static List<String> spellings(InForceSample.Article a) {
        String label = a.article();
        List<String> out = new ArrayList<>();
        String shortTitle = a.shortTitle() == null ? a.title() : a.shortTitle();
        out.add(shortTitle + label);
        out.add("《" + a.title() + "》" + label);
        int n = articleNumber(label);
        if (n > 0 && !label.contains("之")) {
            out.add(shortTitle + "第" + n + "条");
        }
        if (LawNames.hasPrc(a.title())) {
            out.add(LawNames.withoutPrc(a.title()) + label);
        }
        return out;
    }

    private static int articleNumber(String label) {
        if (label == null || !label.startsWith("第") || !label.endsWith("条")) {
            return -1;
        }
        try {
            return ChineseNumerals.parse(label.substring(1, label.length() - 1));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static Map<String, Object> latency(List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", a.length);
        m.put("meanMs", round(Arrays.stream(a).average().orElse(0)));
        m.put("p50Ms", round(pct(a, 0.50)));
        m.put("p95Ms", round(pct(a, 0.95)));
        m.put("p99Ms", round(pct(a, 0.99)));
        m.put("maxMs", round(a.length == 0 ? 0 : a[a.length - 1]));
        return m;
    }

    /** The {@code p}-th quantile (nearest rank) of sorted values; 0 when there are none. */
    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
