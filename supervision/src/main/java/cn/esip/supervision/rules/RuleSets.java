package cn.esip.supervision.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule sets a reviewer can choose: those shipped on the class path (listed in {@value #INDEX}) and any
 * {@code *.yaml}/{@code *.yml}/{@code *.json} in an extra directory, by {@code name@version}. The first shipped set is
 * the default.
 */
public final class RuleSets {

    /** The list of shipped rule files, base sets first. */
    public static final String INDEX = "/cn/esip/supervision/rules/index.txt";

    private final Map<String, RuleSet> sets = new LinkedHashMap<>();
    private final String defaultId;

    /** @param extraDir a directory of more rule files (null: only the shipped ones) */
    public RuleSets(Path extraDir) {
        RuleSetLoader loader = new RuleSetLoader(sets::get);
        for (String file : index()) {
            RuleSet s = loader.load(resource("/cn/esip/supervision/rules/" + file), "classpath:rules/" + file);
            sets.put(s.id(), s);
        }
        defaultId = sets.keySet().iterator().next();
        if (extraDir != null && Files.isDirectory(extraDir)) {
            try (Stream<Path> files = Files.list(extraDir)) {
                for (Path p : files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
                    RuleSet s = loader.load(Files.readString(p, StandardCharsets.UTF_8), p.toString());
                    sets.put(s.id(), s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shipped default (national) rule set. */
    public RuleSet defaultSet() {
        return sets.get(defaultId);
    }

    /** The rule set {@code name@version} (or just {@code name}: its newest version); throws when unknown. */
    public RuleSet get(String id) {
        RuleSet s = sets.get(id);
        if (s == null && !id.contains("@")) {
            for (RuleSet r : sets.values()) {
                if (r.name().equals(id) && (s == null || r.version().compareTo(s.version()) > 0)) {
                    s = r;
                }
            }
        }
        if (s == null) {
            throw new RuleSetException("unknown rule set '" + id + "'; known: " + String.join(", ", sets.keySet()), 0);
        }
        return s;
    }

    /** All rule sets, in load order. */
    public List<RuleSet> all() {
        return new ArrayList<>(sets.values());
    }

    /** A loader that resolves {@code extends} against these sets (for checking a file). */
    public RuleSetLoader loader() {
        return new RuleSetLoader(sets::get);
    }

    private static List<String> index() {
        return resource(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resource(String path) {
        try (InputStream in = RuleSets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
