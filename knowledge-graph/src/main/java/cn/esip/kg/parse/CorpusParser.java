package cn.esip.kg.parse;

import cn.esip.kg.cite.CitationLinker;
import cn.esip.kg.cite.LawCatalog;
import cn.esip.kg.code.LawCode;
import cn.esip.kg.domain.Citation;
import cn.esip.kg.domain.EffectLevel;
import cn.esip.kg.domain.HistoryEntry;
import cn.esip.kg.domain.ImportProblem;
import cn.esip.kg.domain.LawRelation;
import cn.esip.kg.domain.LawVersion;
import cn.esip.kg.domain.ProvisionLevel;
import cn.esip.kg.domain.Validity;
import cn.esip.kg.parse.ParsedDocument.Heading;
import cn.esip.kg.parse.ParsedDocument.Unit;
import cn.esip.nlp.cite.LawNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses a law corpus (../shared/corpus/laws layout) into coded law versions, relations, resolved
 * citations and a list of problems. Pure computation, no storage; uses all cores.
 */
public final class CorpusParser {

    /** Folder of cases, which are not laws. */
    public static final String CASES_FOLDER = "案例";
    /** Largest file read, in bytes. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final DocumentParser documents = new DocumentParser();
    private final MetadataReader metadata = new MetadataReader();
    private final ProvisionBuilder builder = new ProvisionBuilder();
    private final LocalDate today;

    /** A parser that judges 尚未生效 against today's date. */
    public CorpusParser() {
        this(LocalDate.now());
    }

    /** A parser that judges 尚未生效 against {@code today}. */
    public CorpusParser(LocalDate today) {
        this.today = today;
    }

    /** Parses every Markdown file under {@code corpusRoot} except the 案例 folder; reports progress. */
    public ParsedCorpus parse(Path corpusRoot, Consumer<Progress> progress) {
        if (!Files.isDirectory(corpusRoot)) {
            throw new IllegalArgumentException("corpus folder not found: " + corpusRoot);
        }
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpusRoot)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !corpusRoot.relativize(p).getName(0).toString().equals(CASES_FOLDER))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpusRoot, e);
        }
        Consumer<Progress> report = progress == null ? p -> { } : progress;
        AtomicInteger done = new AtomicInteger();
        int total = files.size();
        List<ImportProblem> unreadable = Collections.synchronizedList(new ArrayList<>());
        List<ParsedDocument> docs = files.parallelStream().map(p -> {
            String rel = corpusRoot.relativize(p).toString().replace('\\', '/');
            ParsedDocument d = readAndParse(p, rel, unreadable);
            int n = done.incrementAndGet();
            if (n % 200 == 0 || n == total) {
                synchronized (report) {
                    report.accept(new Progress("read", n, total));
                }
            }
            return d;
        }).filter(d -> d != null).toList();
        return assemble(docs, total, unreadable, report, t0);
    }

    /** Parses an in-memory corpus: relative path ('/'-separated, first folder = category) → file text. */
    public ParsedCorpus parseTexts(Map<String, String> files) {
        long t0 = System.nanoTime();
        List<ParsedDocument> docs = new TreeMap<>(files).entrySet().stream()
                .filter(e -> !e.getKey().startsWith(CASES_FOLDER + "/"))
                .map(e -> documents.parse(e.getKey(), e.getValue())).toList();
        return assemble(docs, docs.size(), new ArrayList<>(), p -> { }, t0);
    }

    private ParsedDocument readAndParse(Path p, String rel, List<ImportProblem> unreadable) {
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                unreadable.add(new ImportProblem(rel, "file larger than " + MAX_FILE_BYTES + " bytes, not read"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(p);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, StandardCharsets.UTF_8);
                ParsedDocument d = documents.parse(rel, text);
                List<String> problems = new ArrayList<>(d.problems());
                problems.add(0, "not valid UTF-8 (bad bytes replaced)");
                return new ParsedDocument(d.file(), d.title(), d.subtitle(), d.fileDate(), d.history(), d.units(), problems,
                        d.body());
            }
            return documents.parse(rel, text);
        } catch (IOException | RuntimeException e) {
            unreadable.add(new ImportProblem(rel, "unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
            return null;
        }
    }

    /** A version being assembled: its (possibly merged) document, metadata and source files. */
    private record Draft(ParsedDocument doc, LawMetadata meta, List<String> files, List<String> problems) {
    }

    private ParsedCorpus assemble(List<ParsedDocument> docs, int fileCount, List<ImportProblem> earlyProblems,
                                  Consumer<Progress> report, long t0) {
        List<ImportProblem> problems = new ArrayList<>(earlyProblems);
        // 1. group the files by title, then by version date; merge parts (民法典 编 files), drop duplicates
        Map<String, Map<String, List<ParsedDocument>>> byTitle = new TreeMap<>();
        Map<ParsedDocument, LawMetadata> metas = new IdentityHashMap<>(); // records hash their whole text
        for (ParsedDocument d : docs) {
            LawMetadata m;
            try {
                m = metadata.read(d);
            } catch (RuntimeException e) {
                problems.add(new ImportProblem(d.file(), "metadata unreadable (" + e + "), not imported"));
                continue;
            }
            metas.put(d, m);
            byTitle.computeIfAbsent(LawNames.normalize(d.title()), k -> new TreeMap<>())
                    .computeIfAbsent(String.valueOf(m.versionDate()), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<Draft>> laws = new TreeMap<>();
        for (Map.Entry<String, Map<String, List<ParsedDocument>>> t : byTitle.entrySet()) {
            for (List<ParsedDocument> same : t.getValue().values()) {
                Draft draft = draft(same, metas, problems);
                laws.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(draft);
            }
        }
        // 2. law codes: level and region from the newest version, year from the earliest history date
        Map<String, LawCode> codes = assignCodes(laws);
        // 3. provisions, validity
        List<Map.Entry<String, Draft>> drafts = new ArrayList<>();
        for (Map.Entry<String, List<Draft>> e : laws.entrySet()) {
            for (Draft d : e.getValue()) {
                drafts.add(Map.entry(e.getKey(), d));
            }
        }
        Map<Draft, Validity> validity = validities(laws);
        List<Built> built = drafts.parallelStream().map(e -> {
            Draft d = e.getValue();
            LawCode code = codes.get(e.getKey());
            ProvisionBuilder.Result r;
            try {
                r = builder.build(code, d.doc().units());
            } catch (RuntimeException ex) {
                r = new ProvisionBuilder.Result(List.of(), List.of("structure unreadable (" + ex + "), imported without provisions"),
                        0, 0, 0, 0);
            }
            LawMetadata m = d.meta();
            String title = d.doc().title();
            LawVersion v = new LawVersion(code.format(), title, LawNames.shortTitle(title), m.docNumber(),
                    m.enactingBody(), code.level(), code.region(), m.category(), m.versionDate(), m.promulgated(),
                    m.effective(), validity.get(d), d.doc().history(), String.join(";", d.files()), r.provisions(),
                    List.of());
            return new Built(v, r, d);
        }).toList();
        int articles = 0;
        int paragraphs = 0;
        int items = 0;
        int subitems = 0;
        int gaps = 0;
        int withArticles = 0;
        List<LawVersion> versions = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (Built b : built) {
            LawVersion v = b.version();
            ProvisionBuilder.Result r = b.structure();
            Draft d = b.draft();
            versions.add(v);
            texts.put(v.versionId(), d.doc().body());
            articles += r.articles();
            paragraphs += r.paragraphs();
            items += r.items();
            subitems += r.subitems();
            List<String> ps = new ArrayList<>(d.problems());
            ps.addAll(r.problems());
            if (r.articles() > 0) {
                withArticles += d.files().size();
                String gap = ProvisionBuilder.numberingGap(d.doc().articles());
                if (gap != null) {
                    gaps += d.files().size();
                    ps.add(gap);
                }
            }
            for (String f : d.files()) {
                for (String p : ps) {
                    problems.add(new ImportProblem(f, p));
                }
            }
        }
        report.accept(new Progress("structure", versions.size(), versions.size()));
        // 4. citations
        LawCatalog catalog = new LawCatalog(versions);
        CitationLinker linker = new CitationLinker(catalog);
        AtomicInteger linkedCount = new AtomicInteger();
        List<ImportProblem> linkFailures = Collections.synchronizedList(new ArrayList<>());
        int vTotal = versions.size();
        List<CitationLinker.Linked> linked = versions.parallelStream().map(v -> {
            CitationLinker.Linked l;
            try {
                l = linker.link(v);
            } catch (RuntimeException ex) {
                linkFailures.add(new ImportProblem(v.sourceFile(), "citations not linked (" + ex + ")"));
                l = new CitationLinker.Linked(List.of(), CitationLinker.Counts.NONE);
            }
            int n = linkedCount.incrementAndGet();
            if (n % 500 == 0 || n == vTotal) {
                synchronized (report) {
                    report.accept(new Progress("citations", n, vTotal));
                }
            }
            return l;
        }).toList();
        CitationLinker.Counts cited = CitationLinker.Counts.NONE;
        List<LawVersion> withCitations = new ArrayList<>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            LawVersion v = versions.get(i);
            CitationLinker.Linked l = linked.get(i);
            cited = cited.plus(l.counts());
            withCitations.add(withCitations(v, l.citations()));
        }
        // 5. relations
        List<LawRelation> relations = new RelationFinder().find(withCitations, catalog);
        problems.addAll(linkFailures);
        problems.sort(Comparator.comparing(ImportProblem::file).thenComparing(ImportProblem::problem));
        double seconds = (System.nanoTime() - t0) / 1e9;
        CorpusStats stats = new CorpusStats(fileCount, laws.size(), withCitations.size(), articles, paragraphs, items,
                subitems, gaps, withArticles, cited.mentions(), cited.resolved(), cited.targetLawMissing(),
                cited.provisionMissing(), cited.wholeLaw(), cited.wholeLawResolved(), cited.wholeLawMissing(), seconds);
        return new ParsedCorpus(List.copyOf(withCitations), List.copyOf(relations), List.copyOf(problems), stats,
                terms(withCitations), Map.copyOf(texts));
    }

    /** One version built from its draft, with the structure result it was built from. */
    private record Built(LawVersion version, ProvisionBuilder.Result structure, Draft draft) {
    }

    private static LawVersion withCitations(LawVersion v, List<Citation> cs) {
        return new LawVersion(v.lawCode(), v.title(), v.shortTitle(), v.docNumber(), v.enactingBody(), v.level(),
                v.regionCode(), v.category(), v.versionDate(), v.promulgated(), v.effective(), v.validity(),
                v.history(), v.sourceFile(), v.provisions(), cs);
    }

    /** Builds one version from the files sharing a title and version date. */
    private Draft draft(List<ParsedDocument> same, Map<ParsedDocument, LawMetadata> metas, List<ImportProblem> problems) {
        if (same.size() == 1) {
            ParsedDocument d = same.get(0);
            return new Draft(d, metas.get(d), List.of(d.file()), d.problems());
        }
        boolean parts = same.stream().allMatch(d -> d.subtitle() != null)
                && same.stream().map(ParsedDocument::subtitle).distinct().count() == same.size();
        if (!parts) {
            // the same version twice: keep the first, list the others
            ParsedDocument keep = same.get(0);
            for (ParsedDocument d : same.subList(1, same.size())) {
                problems.add(new ImportProblem(d.file(), "duplicate of " + keep.file() + " (same title and date), not imported"));
            }
            return new Draft(keep, metas.get(keep), List.of(keep.file()), keep.problems());
        }
        // parts of one law in several files (民法典 总则/物权编/…): merge in article order, 编 subtitles become 编
        List<ParsedDocument> ordered = new ArrayList<>(same);
        ordered.sort(Comparator.comparingInt(CorpusParser::firstArticle).thenComparing(ParsedDocument::file));
        List<Unit> units = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> ps = new ArrayList<>();
        TreeSet<HistoryEntry> history = new TreeSet<>(Comparator.comparing(HistoryEntry::date).thenComparing(HistoryEntry::event));
        int part = 0;
        for (ParsedDocument d : ordered) {
            String sub = d.subtitle();
            boolean hasParts = d.units().stream().anyMatch(u -> u instanceof Heading h && h.level() == ProvisionLevel.PART);
            if (!hasParts && (sub.endsWith("编") || sub.equals("总则"))) {
                part++;
                units.add(new Heading(ProvisionLevel.PART, part, "第" + cn.esip.nlp.text.ChineseNumerals.format(part) + "编 " + sub));
            } else {
                units.add(new Heading(ProvisionLevel.PART, 0, sub));
            }
            units.addAll(d.units());
            files.add(d.file());
            ps.addAll(d.problems());
            history.addAll(d.history());
        }
        ParsedDocument first = ordered.get(0);
        String body = ordered.stream().map(d -> "# " + d.subtitle() + "\n" + d.body()).collect(Collectors.joining());
        ParsedDocument merged = new ParsedDocument(first.file(), first.title(), null, first.fileDate(),
                List.copyOf(history), units, ps, body);
        return new Draft(merged, metas.get(first), files, ps);
    }

    private static int firstArticle(ParsedDocument d) {
        return d.articles().stream().mapToInt(ParsedDocument.Article::number).findFirst().orElse(Integer.MAX_VALUE);
    }

    private static Map<String, LawCode> assignCodes(Map<String, List<Draft>> laws) {
        record Key(EffectLevel level, String region, int year) {
        }
        Map<Key, List<String>> groups = new TreeMap<>(Comparator.comparing(Key::level).thenComparing(Key::region)
                .thenComparingInt(Key::year));
        for (Map.Entry<String, List<Draft>> e : laws.entrySet()) {
            Draft newest = newest(e.getValue());
            int year = e.getValue().stream().flatMap(d -> d.doc().history().stream()).map(HistoryEntry::date)
                    .min(LocalDate::compareTo).map(LocalDate::getYear)
                    .orElse(e.getValue().stream().map(d -> d.meta().versionDate()).filter(x -> x != null)
                            .min(LocalDate::compareTo).map(LocalDate::getYear).orElse(0));
            groups.computeIfAbsent(new Key(newest.meta().level(), newest.meta().regionCode(), year), k -> new ArrayList<>())
                    .add(e.getKey());
        }
        Map<String, LawCode> codes = new HashMap<>();
        for (Map.Entry<Key, List<String>> g : groups.entrySet()) {
            List<String> titles = new ArrayList<>(g.getValue());
            Collections.sort(titles);
            for (int i = 0; i < titles.size(); i++) {
                Key k = g.getKey();
                codes.put(titles.get(i), new LawCode(k.level(), k.region(), k.year(), Math.min(i + 1, 9999)));
            }
        }
        return codes;
    }

    private static Draft newest(List<Draft> versions) {
        return versions.stream().max(Comparator.comparing((Draft d) -> d.meta().versionDate(),
                Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
    }

    private Map<Draft, Validity> validities(Map<String, List<Draft>> laws) {
        Map<Draft, Validity> out = new IdentityHashMap<>();
        for (List<Draft> vs : laws.values()) {
            List<Draft> sorted = new ArrayList<>(vs);
            sorted.sort(Comparator.comparing((Draft d) -> d.meta().versionDate(),
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            boolean inForceFound = false;
            for (int i = sorted.size() - 1; i >= 0; i--) {
                Draft d = sorted.get(i);
                Validity v;
                if (inForceFound) {
                    v = Validity.AMENDED;
                } else if (d.meta().repealed()) {
                    v = Validity.REPEALED;
                    inForceFound = true;
                } else if (d.meta().effective() != null && d.meta().effective().isAfter(today)) {
                    v = Validity.NOT_YET_EFFECTIVE;
                } else {
                    v = Validity.IN_FORCE;
                    inForceFound = true;
                }
                out.put(d, v);
            }
        }
        return out;
    }

    private static LegalTerms terms(List<LawVersion> versions) {
        TreeSet<String> titles = new TreeSet<>();
        TreeSet<String> shorts = new TreeSet<>();
        for (LawVersion v : versions) {
            String title = LawNames.normalize(v.title());
            titles.add(title);
            for (String a : LawNames.aliases(v.title(), v.shortTitle())) {
                if (!a.equals(title)) {
                    shorts.add(a);
                }
            }
        }
        return new LegalTerms(List.copyOf(titles), List.copyOf(shorts));
    }
}
