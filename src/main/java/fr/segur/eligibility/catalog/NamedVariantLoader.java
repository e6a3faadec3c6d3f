package fr.segur.eligibility.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the named variants: {@code variants/SHA256SUMS} lists and pins every variant file (no such file: no
 * variants); a file whose content differs from its pinned sum, or that is malformed, stops the start-up.
 */
public final class NamedVariantLoader {

    public static final String CHECKSUMS = "variants/SHA256SUMS";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private NamedVariantLoader() {
    }

    /** Every named variant, in the order of the checksum file. */
    public static List<NamedVariant> load(RuleSource source) {
        byte[] sums = source.read(CHECKSUMS);
        if (sums == null) {
            return List.of();
        }
        List<NamedVariant> variants = new ArrayList<>();
        int lineNo = 0;
        for (String line : new String(sums, StandardCharsets.UTF_8).split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].endsWith(".yaml")) {
                throw new RuleDataException(CHECKSUMS, "line " + lineNo + ": expected '<sha256 hex>  <variant>.yaml'");
            }
            variants.add(variant(source, parts[1], parts[0]));
        }
        return variants;
    }

    private static NamedVariant variant(RuleSource source, String file, String pinned) {
        String path = "variants/" + file;
        byte[] bytes = source.read(path);
        if (bytes == null) {
            throw new RuleDataException(path, "is listed in " + CHECKSUMS + " but missing");
        }
        String checksum = RuleDataLoader.sha256(bytes);
        if (!checksum.equals(pinned)) {
            throw new RuleDataException(path, "content differs from the checksum pinned in " + CHECKSUMS
                    + " (a délibération changed is a new variant file)");
        }
        Node root;
        try {
            root = Node.root(path, YAML.readTree(bytes));
        } catch (IOException e) {
            throw new RuleDataException(path, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        String id = root.text("variant");
        if (!ID.matcher(id).matches() || !file.equals(id + ".yaml")) {
            throw root.child("variant").error("a variant id is lower case letters, digits and dashes, and names its file");
        }
        Node params = root.required("parameters");
        if (!params.json().isObject() || params.json().isEmpty()) {
            throw params.error("must be a non-empty map of local parameters");
        }
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        params.json().fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue()));
        return new NamedVariant(id, root.text("title"), root.text("ruleSet"), root.text("reference"), parameters,
                "sha256:" + checksum);
    }
}
