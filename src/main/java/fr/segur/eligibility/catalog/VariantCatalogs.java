package fr.segur.eligibility.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.segur.eligibility.rules.Parameter;
import fr.segur.eligibility.rules.RuleSet;
import fr.segur.eligibility.rules.RuleSetVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A what-if rule catalog: the published version files of one rule set read again with some of their {@code local}
 * parameters overridden, through the ordinary loader (so every check of the rule data applies to the new values).
 * The rewritten files get their own checksums, never a published one.
 */
public final class VariantCatalogs {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private VariantCatalogs() {
    }

    /** Why an override is refused: the rule set has no such parameter, or it is not marked {@code local}. */
    public enum Refusal { UNKNOWN, NOT_LOCAL, KIND }

    /** The refusal of one override of {@code ruleSet}, if any: unknown, not local in some version, or of another kind. */
    public static Optional<Refusal> check(RuleCatalog base, String ruleSet, String name, JsonNode value) {
        RuleSet rs = base.book().ruleSet(ruleSet);
        boolean found = false;
        for (RuleSetVersion v : rs.versions()) {
            Parameter p = v.parameters().get(name);
            if (p == null) {
                continue;
            }
            found = true;
            if (!p.local()) {
                return Optional.of(Refusal.NOT_LOCAL);
            }
        }
        if (!found) {
            return Optional.of(Refusal.UNKNOWN);
        }
        return value == null || value.isNull() || value.isObject() ? Optional.of(Refusal.KIND) : Optional.empty();
    }

    /**
     * The catalog of {@code source} with {@code overrides} (already {@link #check checked}) applied to every version
     * of {@code ruleSet} that has the parameter; a value the rule data refuses throws {@link RuleDataException}.
     */
    public static RuleCatalog build(RuleSource source, String ruleSet, Map<String, JsonNode> overrides) {
        return new RuleDataLoader(new Overlay(source, ruleSet, overrides)).load();
    }

    /** The base files, with the rule set's version files rewritten and their new checksums pinned. */
    private static final class Overlay implements RuleSource {

        private final RuleSource base;
        private final String ruleSet;
        private final Map<String, JsonNode> overrides;
        private final Map<String, byte[]> rewritten = new LinkedHashMap<>();

        Overlay(RuleSource base, String ruleSet, Map<String, JsonNode> overrides) {
            this.base = base;
            this.ruleSet = ruleSet;
            this.overrides = overrides;
        }

        @Override
        public byte[] read(String path) {
            if (path.equals(RuleDataLoader.CHECKSUMS)) {
                return checksums();
            }
            if (path.startsWith(ruleSet + "/") && path.endsWith(".yaml")) {
                return rewritten.computeIfAbsent(path, this::rewrite);
            }
            return base.read(path);
        }

        @Override
        public String describe() {
            return base.describe() + " (what-if on " + ruleSet + ")";
        }

        private byte[] rewrite(String path) {
            byte[] bytes = base.read(path);
            if (bytes == null) {
                return null;
            }
            try {
                JsonNode root = YAML.readTree(bytes);
                JsonNode parameters = root == null ? null : root.get("parameters");
                if (parameters instanceof ObjectNode params) {
                    overrides.forEach((name, value) -> {
                        if (params.get(name) instanceof ObjectNode p) {
                            p.set("value", value.deepCopy());
                        }
                    });
                }
                return YAML.writeValueAsBytes(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The published sums, then one line per rewritten file (a later line for the same path wins). */
        private byte[] checksums() {
            StringBuilder sums = new StringBuilder(new String(base.read(RuleDataLoader.CHECKSUMS), StandardCharsets.UTF_8));
            sums.append('\n');
            String catalog = new String(base.read(RuleDataLoader.CATALOG), StandardCharsets.UTF_8);
            // The rule set's files are those the catalog lists; rewriting them here pins exactly what will be read.
            for (JsonNode rs : readCatalog(catalog).path("ruleSets")) {
                if (ruleSet.equals(rs.path("id").asText())) {
                    for (JsonNode file : rs.path("versions")) {
                        String path = ruleSet + "/" + file.asText();
                        byte[] bytes = read(path);
                        if (bytes != null) {
                            sums.append(RuleDataLoader.sha256(bytes)).append("  ").append(path).append('\n');
                        }
                    }
                }
            }
            return sums.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static JsonNode readCatalog(String text) {
            try {
                return YAML.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
