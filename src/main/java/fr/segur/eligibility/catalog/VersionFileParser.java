package fr.segur.eligibility.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.segur.eligibility.rules.LegalReference;
import fr.segur.eligibility.rules.Measure;
import fr.segur.eligibility.rules.Parameter;
import fr.segur.eligibility.rules.PartialMonthRule;
import fr.segur.eligibility.rules.PayRules;
import fr.segur.eligibility.rules.PayScheme;
import fr.segur.eligibility.rules.RuleSetVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Reads one rule-set version file: its parameters, then its measures with every {@code { param: name }}
 * replaced by the parameter's value, checking each field on the way.
 */
final class VersionFileParser {

    private static final String NON_SIGNATORY = "nonSignatoryStart";
    private static final Pattern MEASURE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final CriterionParser criteria;

    VersionFileParser(ReferenceData reference) {
        this.criteria = new CriterionParser(reference);
    }

    /** A parsed version and the eligibility tree of each measure as written, parameters resolved. */
    record Parsed(RuleSetVersion version, Map<String, JsonNode> eligibilityTrees) {
    }

    Parsed parse(String ruleSetId, VersionName name, Node root, String checksum) {
        String declared = root.text("ruleSet");
        if (!declared.equals(ruleSetId)) {
            throw root.child("ruleSet").error("declares rule set '" + declared + "' but is listed under '" + ruleSetId + "'");
        }
        String versionText = root.required("version").text();
        if (!versionText.equals(name.version())) {
            throw root.child("version").error("version " + versionText + " does not match the file name " + name.version());
        }
        LocalDate version = name.effectiveFrom();
        if (root.has("effectiveFrom") && !root.child("effectiveFrom").date().equals(version)) {
            throw root.child("effectiveFrom").error("effectiveFrom must be the date of the version, " + version);
        }
        if (version.getDayOfMonth() != 1) {
            throw root.child("version").error("a version takes effect on the first day of a month");
        }
        if (root.has("revision") && root.child("revision").integer() != name.revision()) {
            throw root.child("revision").error("revision must be " + name.revision() + ", as the file name says");
        }
        String supersedes = root.has("supersedes") ? root.child("supersedes").text() : null;
        if ((supersedes == null) != (name.revision() == 1)) {
            throw root.error(name.revision() == 1 ? "a first version supersedes nothing"
                    : "a revision names the version it supersedes ('supersedes')");
        }
        LocalDate effectiveTo = root.has("effectiveTo") ? root.child("effectiveTo").date() : null;
        Map<String, Parameter> parameters = parameters(root.required("parameters"));
        Map<String, JsonNode> paramValues = new LinkedHashMap<>();
        // A parameter may use an earlier one (e.g. a step date in segurSanteSteps).
        root.required("parameters").json().fields().forEachRemaining(e -> paramValues.put(e.getKey(),
                resolveParams(root.child("parameters").child(e.getKey()), e.getValue().get("value").deepCopy(),
                        paramValues, new HashSet<>())));

        List<Measure> measures = new ArrayList<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (Node m : root.required("measures").list()) {
            Set<String> used = new LinkedHashSet<>();
            Node resolved = new Node(m.file(), m.path(), resolveParams(m, m.json().deepCopy(), paramValues, used));
            Measure measure = measure(resolved, version, parameters, used);
            if (!codes.add(measure.code())) {
                throw resolved.child("code").error("measure " + measure.code() + " is defined twice");
            }
            measures.add(measure);
            trees.put(measure.code(), resolved.child("eligibility").json());
        }
        PayRules payRules = payRules(root, parameters, measures);
        RuleSetVersion v = new RuleSetVersion(ruleSetId, name.version(), version, effectiveTo, name.revision(), supersedes,
                null, checksum, root.optionalText("summary"), parameters, payRules, measures);
        return new Parsed(v, trees);
    }

    private static Map<String, Parameter> parameters(Node node) {
        if (!node.json().isObject()) {
            throw node.error("must be a map of named parameters");
        }
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        node.json().fieldNames().forEachRemaining(name -> {
            Node p = node.child(name);
            Node value = p.required("value");
            String text = value.json().isContainerNode() && !value.json().findValues("steps").isEmpty()
                    ? value.json().toString()
                    : value.json().isArray()
                    ? StreamSupport.stream(value.json().spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "))
                    : value.text();
            if (p.has("allowed")) {
                Set<String> allowed = p.child("allowed").list().stream().map(Node::text).collect(Collectors.toSet());
                if (!allowed.contains(text)) {
                    throw value.error("'" + text + "' is not one of the allowed values " + allowed);
                }
            }
            boolean local = p.has("local") && p.child("local").bool();
            parameters.put(name, new Parameter(name, text, p.text("description"), p.optionalText("reference"), local));
        });
        return parameters;
    }

    /**
     * Replaces every {@code { param: name }} object by the parameter's value, remembering which were used.
     * Parameters read by {@code nonSignatoryStart} only matter to non-signatory employers, whose answers carry
     * their own warning, so they are not counted as the measure's local parameters.
     */
    private static JsonNode resolveParams(Node at, JsonNode json, Map<String, JsonNode> values, Set<String> used) {
        if (json.isObject() && json.size() == 1 && json.has("param")) {
            String name = json.get("param").asText();
            JsonNode value = values.get(name);
            if (value == null) {
                throw at.error("refers to an unknown parameter '" + name + "'");
            }
            used.add(name);
            return value.deepCopy();
        }
        if (json.isObject()) {
            ObjectNode object = (ObjectNode) json;
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                Set<String> target = NON_SIGNATORY.equals(field) ? new HashSet<>() : used;
                object.set(field, resolveParams(at, object.get(field), values, target));
            }
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) json).set(i, resolveParams(at, json.get(i), values, used));
            }
        }
        return json;
    }

    private Measure measure(Node m, LocalDate version, Map<String, Parameter> parameters, Set<String> usedParams) {
        String code = m.text("code");
        if (!MEASURE_CODE.matcher(code).matches()) {
            throw m.child("code").error("a measure code is upper case letters, digits and underscores");
        }
        // A start before the version is a measure that began in an earlier version (IFSE socle from 2023-03-01).
        LocalDate from = m.has("from") ? m.child("from").date() : null;
        List<LegalReference> legalBasis = m.required("legalBasis").list().stream()
                .map(l -> new LegalReference(l.text("title"), l.text("reference"), l.optionalText("url")))
                .toList();
        List<String> local = usedParams.stream().filter(p -> parameters.get(p).local()).toList();
        Measure.Kind kind = m.has("kind") ? m.child("kind").enumValue(Measure.Kind.class) : Measure.Kind.PRINCIPAL;
        return new Measure(code, m.text("title"), m.required("priority").integer(), kind,
                m.required("payScheme").enumValue(PayScheme.class), EmployerTextParser.amount(m.required("amount"), version), from,
                criteria.parse(m.required("eligibility")), legalBasis, local);
    }

    private static PayRules payRules(Node root, Map<String, Parameter> parameters, List<Measure> measures) {
        Node params = root.child("parameters");
        BigDecimal hours = new BigDecimal(requiredParam(params, parameters, "fullTimeMonthlyHours"));
        BigDecimal halfPay = new BigDecimal(requiredParam(params, parameters, "halfPayFactor"));
        Parameter ninety = parameters.get("ninetyPayFactor");
        PartialMonthRule publicRule = partialMonth(params, parameters, measures, PayScheme.PUBLIC, "publicPartialMonth");
        PartialMonthRule privateRule = partialMonth(params, parameters, measures, PayScheme.PRIVATE, "privatePartialMonth");
        return new PayRules(hours, halfPay, ninety == null ? null : new BigDecimal(ninety.value()), publicRule, privateRule);
    }

    private static PartialMonthRule partialMonth(Node params, Map<String, Parameter> parameters, List<Measure> measures,
                                                 PayScheme scheme, String name) {
        boolean needed = measures.stream().anyMatch(m -> m.payScheme() == scheme);
        if (!needed && !parameters.containsKey(name)) {
            return null;
        }
        String value = requiredParam(params, parameters, name);
        try {
            return PartialMonthRule.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw params.child(name).error("unknown partial-month convention '" + value + "'");
        }
    }

    private static String requiredParam(Node params, Map<String, Parameter> parameters, String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw params.error("parameter '" + name + "' is required");
        }
        return p.value();
    }
}
