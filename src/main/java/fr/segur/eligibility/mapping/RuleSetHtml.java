package fr.segur.eligibility.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import fr.segur.eligibility.api.RuleSetView;
import fr.segur.eligibility.catalog.ReferenceData;
import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.Job;
import fr.segur.eligibility.rules.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule-set version as a readable French page, so a payroll officer can check what the service applies: each
 * criteria tree in French sentences with the catalogue labels next to the codes, laid out by {@link RuleSetPage}.
 */
@ApplicationScoped
public class RuleSetHtml {

    /** The French sentence of each criterion of the rule data (the codes it lists follow it). */
    private static final Map<String, String> CRITERIA = Map.ofEntries(
            Map.entry("sectorIn", "Secteur parmi"),
            Map.entry("jobIn", "Métier parmi"),
            Map.entry("jobFamilyIn", "Famille de métier parmi"),
            Map.entry("jobFlag", "Métier portant l’indicateur"),
            Map.entry("establishmentIn", "Type d’établissement parmi"),
            Map.entry("fundedBy", "Établissement financé (au moins en partie) par"),
            Map.entry("attachedToPublicHospital", "Rattaché à un établissement de santé ou EHPAD public"),
            Map.entry("mainActivityAccompaniment", "Activité principale d’accompagnement"),
            Map.entry("idccIn", "Convention collective (IDCC) parmi"),
            Map.entry("branchMember", "Employeur de la branche (IDCC listé, ou activité principale déclarée : bassBranch)"),
            Map.entry("notEligibleTo", "N’est éligible à aucune des mesures"),
            Map.entry("nonSignatoryStart", "Employeur non adhérent d’une organisation signataire : règle"));

    /** Sectors and funders are API enums, not catalogues: their French labels are page wording, kept here. */
    private static final Map<Sector, String> SECTORS = new EnumMap<>(Map.of(
            Sector.PUBLIC_FPT, "Fonction publique territoriale",
            Sector.PUBLIC_FPH, "Fonction publique hospitalière",
            Sector.PUBLIC_FPE, "Fonction publique de l’État",
            Sector.PRIVATE_NON_PROFIT, "Secteur privé non lucratif (associations, fondations, mutuelles)",
            Sector.PRIVATE_FOR_PROFIT, "Secteur privé lucratif"));
    private static final Map<Funder, String> FUNDERS = new EnumMap<>(Map.of(
            Funder.ASSURANCE_MALADIE, "Assurance maladie",
            Funder.DEPARTEMENT, "Département",
            Funder.ETAT, "État",
            Funder.AUTRE, "Autre financeur"));

    /** A measure of the page and its conditions in French. */
    public record Section(RuleSetView.MeasureView measure, Condition condition) {
    }

    /** One condition: its sentence, the codes it names with their labels, and the conditions it combines. */
    public record Condition(String text, List<Entry> entries, List<Condition> children) {
    }

    /** A code with its catalogue label (null when it has none) and, for a job family or flag, its jobs. */
    public record Entry(String code, String label, List<Entry> jobs) {
    }

    private final ReferenceData reference;

    /** The leaf criteria this page has a sentence for (combinators are laid out, not labelled). */
    public static Set<String> labelledCriteria() {
        return CRITERIA.keySet();
    }

    RuleSetHtml(RuleCatalog catalog) {
        this.reference = catalog.reference();
    }

    public String page(RuleSetView ruleSet, RuleSetView.Version version) {
        List<Section> sections = version.measures().stream().map(m -> new Section(m, condition(m.eligibility()))).toList();
        return RuleSetPage.write(ruleSet, version, sections);
    }

    /** The condition a criteria tree node states, null for an empty node. */
    private Condition condition(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node == null ? null : node.fields();
        if (fields == null || !fields.hasNext()) {
            return null;
        }
        Map.Entry<String, JsonNode> f = fields.next();
        String key = f.getKey();
        JsonNode value = f.getValue();
        return switch (key) {
            case "allOf", "anyOf" -> new Condition("allOf".equals(key) ? "Toutes les conditions suivantes :"
                    : "Au moins une des conditions suivantes :", List.of(), children(value));
            case "not" -> new Condition("Ne remplit pas :", List.of(), children(List.of(value)));
            default -> new Condition(CRITERIA.getOrDefault(key, key) + " : " + text(value), entries(key, value), List.of());
        };
    }

    private List<Condition> children(Iterable<JsonNode> nodes) {
        List<Condition> children = new ArrayList<>();
        nodes.forEach(n -> {
            Condition c = condition(n);
            if (c != null) {
                children.add(c);
            }
        });
        return children;
    }

    /** The codes a membership criterion names, each with its French label (and jobs for a family or a flag). */
    private List<Entry> entries(String criterion, JsonNode value) {
        Function<String, Entry> entry = switch (criterion) {
            case "sectorIn" -> code -> new Entry(code, enumLabel(Sector.class, code, SECTORS), List.of());
            case "fundedBy" -> code -> new Entry(code, enumLabel(Funder.class, code, FUNDERS), List.of());
            case "establishmentIn" -> code -> new Entry(code, reference.establishmentTypes().get(code), List.of());
            case "jobIn" -> code -> new Entry(code, reference.jobs().containsKey(code) ? reference.jobs().get(code).label() : null, List.of());
            case "jobFamilyIn" -> code -> new Entry(code, null, jobs(j -> j.family().equals(code)));
            case "jobFlag" -> code -> new Entry(code, null, jobs(j -> j.flags().stream().anyMatch(flag -> flag.name().equals(code))));
            default -> null;
        };
        if (entry == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        Iterable<JsonNode> codes = value.isArray() ? value : List.of(value);
        codes.forEach(v -> entries.add(entry.apply(v.asText())));
        return entries;
    }

    private List<Entry> jobs(Predicate<Job> which) {
        return reference.jobList().stream().filter(which).map(j -> new Entry(j.code(), j.label(), List.of())).toList();
    }

    private static <E extends Enum<E>> String enumLabel(Class<E> type, String code, Map<E, String> labels) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return labels.get(constant);
            }
        }
        return null;
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            StringBuilder s = new StringBuilder();
            value.forEach(v -> s.append(s.isEmpty() ? "" : ", ").append(v.asText()));
            return s.toString();
        }
        if (value.isObject()) {
            StringBuilder s = new StringBuilder();
            value.fields().forEachRemaining(e -> s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(" = ").append(e.getValue().asText()));
            return s.toString();
        }
        return value.isBoolean() ? (value.asBoolean() ? "oui" : "non") : value.asText();
    }
}
