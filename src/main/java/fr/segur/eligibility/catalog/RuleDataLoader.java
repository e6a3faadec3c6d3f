package fr.segur.eligibility.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.segur.eligibility.rules.Job;
import fr.segur.eligibility.rules.JobFlag;
import fr.segur.eligibility.rules.Measure;
import fr.segur.eligibility.rules.MeasureRef;
import fr.segur.eligibility.rules.PointValues;
import fr.segur.eligibility.rules.RuleBook;
import fr.segur.eligibility.rules.RuleSet;
import fr.segur.eligibility.rules.RuleSetVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and validates every rule file, failing loudly: a broken file yields a {@link RuleDataException}
 * naming the file and the problem, and the service must not start on it.
 */
public final class RuleDataLoader {

    public static final String CATALOG = "catalog.yaml";
    public static final String CHECKSUMS = "SHA256SUMS";
    public static final String JOBS = "reference/jobs.yaml";
    public static final String ESTABLISHMENTS = "reference/establishment-types.yaml";
    public static final String POINT_INDICE = "parameters/point-indice.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final RuleSource source;

    public RuleDataLoader(RuleSource source) {
        this.source = source;
    }

    public RuleCatalog load() {
        Map<String, String> checksums = checksums();
        ReferenceData reference = reference();
        PointValues points = pointValues();
        VersionFileParser parser = new VersionFileParser(reference);
        Map<String, JsonNode> trees = new HashMap<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        Node catalog = yaml(CATALOG);
        Set<String> ids = new HashSet<>();
        for (Node rs : catalog.required("ruleSets").list()) {
            String id = rs.text("id");
            if (!ids.add(id)) {
                throw rs.child("id").error("rule set '" + id + "' is listed twice");
            }
            List<RuleSetVersion> versions = new ArrayList<>();
            for (Node fileNode : rs.required("versions").list()) {
                String fileName = fileNode.text();
                String path = id + "/" + fileName;
                VersionName name = VersionName.of(fileNode, fileName);
                byte[] bytes = bytes(path);
                String checksum = sha256(bytes);
                String pinned = checksums.get(path);
                if (pinned == null) {
                    throw new RuleDataException(path, "has no checksum in " + CHECKSUMS + ": a version is published by pinning it there");
                }
                if (!pinned.equals(checksum)) {
                    throw new RuleDataException(path, "content differs from the checksum pinned in " + CHECKSUMS
                            + " (published versions are immutable: publish a correction as a new version)");
                }
                VersionFileParser.Parsed parsed = parser.parse(id, name, Node.root(path, parseYaml(path, bytes)), "sha256:" + checksum);
                versions.add(parsed.version());
                parsed.eligibilityTrees().forEach((measure, tree) ->
                        trees.put(RuleCatalog.treeKey(id, name.version(), measure), tree));
            }
            ruleSets.add(new RuleSet(id, rs.text("title"), rs.text("description"), periods(id, versions)));
        }
        checkReferences(ruleSets);
        return new RuleCatalog(new RuleBook(ruleSets, points), reference, trees);
    }

    /**
     * Sets each version's end to the day before the next effective date starts; refuses overlaps. Among the
     * revisions of one effective date the highest evaluates; each earlier one is marked superseded by the next and
     * keeps the period it would have had, so that it can still be shown.
     */
    private static List<RuleSetVersion> periods(String id, List<RuleSetVersion> versions) {
        List<RuleSetVersion> result = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            RuleSetVersion v = versions.get(i);
            String file = id + "/" + v.version() + ".yaml";
            RuleSetVersion previous = i > 0 ? versions.get(i - 1) : null;
            if (v.revision() > 1 && (previous == null || previous.revision() + 1 != v.revision()
                    || !previous.version().equals(v.supersedes()) || !previous.effectiveFrom().equals(v.effectiveFrom()))) {
                throw new RuleDataException(file, "a revision supersedes the previous revision of its date, listed just "
                        + "before it (" + v.supersedes() + ")");
            }
            RuleSetVersion next = i + 1 < versions.size() ? versions.get(i + 1) : null;
            if (next != null && next.effectiveFrom().equals(v.effectiveFrom()) && next.revision() > 1) {
                result.add(v.withSupersededBy(next.version()));
                continue;
            }
            RuleSetVersion later = null;
            for (int j = i + 1; j < versions.size() && later == null; j++) {
                if (!versions.get(j).effectiveFrom().equals(v.effectiveFrom())) {
                    later = versions.get(j);
                }
            }
            if (later != null) {
                LocalDate nextStart = later.effectiveFrom();
                if (!nextStart.isAfter(v.effectiveFrom())) {
                    throw new RuleDataException(file, "overlaps the next version " + nextStart
                            + ": versions are listed in strictly increasing date order");
                }
                LocalDate end = nextStart.minusDays(1);
                if (v.effectiveTo() != null && !v.effectiveTo().equals(end)) {
                    throw new RuleDataException(file, "effectiveTo " + v.effectiveTo() + " leaves a "
                            + (v.effectiveTo().isBefore(end) ? "gap before" : "overlap with") + " the next version " + nextStart);
                }
                result.add(v.withEffectiveTo(end));
            } else {
                result.add(v);
            }
        }
        // A superseded revision shows the period of the revision that replaced it.
        for (int i = result.size() - 2; i >= 0; i--) {
            if (result.get(i).supersededBy() != null) {
                result.set(i, result.get(i).withEffectiveTo(result.get(i + 1).effectiveTo()));
            }
        }
        return result;
    }

    /** Every {@code notEligibleTo} names a measure that exists, and no measure depends on itself. */
    private static void checkReferences(List<RuleSet> ruleSets) {
        Map<String, RuleSet> byId = new LinkedHashMap<>();
        ruleSets.forEach(rs -> byId.put(rs.id(), rs));
        Map<MeasureRef, Set<MeasureRef>> graph = new HashMap<>();
        for (RuleSet rs : ruleSets) {
            for (RuleSetVersion v : rs.versions()) {
                for (Measure m : v.measures()) {
                    MeasureRef self = new MeasureRef(rs.id(), m.code());
                    for (MeasureRef ref : m.eligibility().references()) {
                        RuleSet target = byId.get(ref.ruleSet());
                        boolean exists = target != null && target.versions().stream().anyMatch(x -> x.measure(ref.measure()).isPresent());
                        if (!exists) {
                            throw new RuleDataException(rs.id() + "/" + v.version() + ".yaml",
                                    "measure " + m.code() + " refers to an unknown measure " + ref);
                        }
                        graph.computeIfAbsent(self, k -> new HashSet<>()).add(ref);
                    }
                }
            }
        }
        for (MeasureRef start : graph.keySet()) {
            if (reaches(graph, start, start, new HashSet<>())) {
                throw new RuleDataException(start.ruleSet(), "measure " + start.measure() + " depends on itself through notEligibleTo");
            }
        }
    }

    private static boolean reaches(Map<MeasureRef, Set<MeasureRef>> graph, MeasureRef from, MeasureRef target, Set<MeasureRef> seen) {
        for (MeasureRef next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(graph, next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    private ReferenceData reference() {
        Map<String, Job> jobs = new LinkedHashMap<>();
        for (Node j : yaml(JOBS).required("jobs").list()) {
            String code = j.text("code");
            Set<JobFlag> flags = new HashSet<>();
            if (j.has("flags") && !j.child("flags").json().isEmpty()) {
                j.child("flags").list().forEach(f -> flags.add(f.enumValue(JobFlag.class)));
            }
            if (jobs.put(code, new Job(code, j.text("label"), j.text("family"), flags)) != null) {
                throw j.child("code").error("job code '" + code + "' is listed twice");
            }
        }
        Map<String, String> establishments = new LinkedHashMap<>();
        for (Node e : yaml(ESTABLISHMENTS).required("establishmentTypes").list()) {
            if (establishments.put(e.text("code"), e.text("label")) != null) {
                throw e.child("code").error("establishment type '" + e.text("code") + "' is listed twice");
            }
        }
        return new ReferenceData(jobs, establishments);
    }

    private PointValues pointValues() {
        List<PointValues.Row> rows = new ArrayList<>();
        LocalDate previous = null;
        for (Node r : yaml(POINT_INDICE).required("values").list()) {
            LocalDate from = r.required("from").date();
            if (previous != null && !from.isAfter(previous)) {
                throw r.child("from").error("dated values must be in strictly increasing date order");
            }
            previous = from;
            rows.add(new PointValues.Row(from, r.required("annualIndex100").decimal(), r.text("reference")));
        }
        return new PointValues(rows);
    }

    private Map<String, String> checksums() {
        Map<String, String> sums = new HashMap<>();
        String text = new String(bytes(CHECKSUMS), StandardCharsets.UTF_8);
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                throw new RuleDataException(CHECKSUMS, "line " + lineNo + ": expected '<sha256 hex>  <path>'");
            }
            sums.put(parts[1], parts[0]);
        }
        return sums;
    }

    private Node yaml(String path) {
        return Node.root(path, parseYaml(path, bytes(path)));
    }

    private static JsonNode parseYaml(String path, byte[] bytes) {
        try {
            JsonNode json = YAML.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw new RuleDataException(path, "is empty or not a YAML map");
            }
            return json;
        } catch (IOException e) {
            throw new RuleDataException(path, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private byte[] bytes(String path) {
        byte[] bytes = source.read(path);
        if (bytes == null) {
            throw new RuleDataException(path, "is missing from " + source.describe());
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
