package fr.segur.eligibility.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.EvaluationResponse.LegalReferenceView;
import fr.segur.eligibility.api.RuleSetView;
import fr.segur.eligibility.mapping.RuleSetHtml.Condition;
import fr.segur.eligibility.mapping.RuleSetHtml.Entry;
import fr.segur.eligibility.mapping.RuleSetHtml.Section;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out the French page of a rule-set version. Written in Java rather than with Qute: the Qute extension makes
 * {@code quarkus:dev} resolve {@code qute-debug}, which the package registry here does not serve. The page's
 * Content-Security-Policy allows inline style only: no script, no external resource.
 */
final class RuleSetPage {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}"
            + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .5rem;vertical-align:top}"
            + ".local{color:#a40}code{font-size:.9em}";
    /** Column headings of the structured parameters' fields (segurSanteSteps); another field shows its own name. */
    private static final Map<String, String> FIELDS = Map.of("idcc", "IDCC", "text", "Texte de l’employeur",
            "disputedFrom", "Date contestée à partir du", "local", "Hypothèse du service", "steps", "Paliers",
            "from", "À partir du", "euros", "Euros bruts à temps plein");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder html = new StringBuilder(16_384);

    private RuleSetPage() {
    }

    static String write(RuleSetView ruleSet, RuleSetView.Version version, List<Section> sections) {
        RuleSetPage page = new RuleSetPage();
        page.head(ruleSet, version);
        page.raw("<h2>Mesures</h2>\n");
        sections.forEach(page::measure);
        page.parameters(version.parameters());
        page.variants(ruleSet.variants());
        page.raw("</body>\n</html>\n");
        return page.html.toString();
    }

    /** The named variants based on the rule set: local choices to simulate, never the rules applied in payroll. */
    private void variants(List<RuleSetView.VariantRef> variants) {
        if (variants.isEmpty()) {
            return;
        }
        raw("<h2>Variantes locales (simulations)</h2>\n<p>Choix de collectivités sur les paramètres locaux, "
                + "sélectionnables par leur identifiant (<code>?variant=</code>) : leurs réponses sont des simulations, "
                + "jamais des montants de paie.</p>\n<ul>\n");
        for (RuleSetView.VariantRef v : variants) {
            raw("<li><code>").text(v.id()).raw("</code> : ").text(v.title()).raw(" — ").text(v.reference())
                    .raw(" (empreinte <code>").text(v.checksum()).raw("</code>)</li>\n");
        }
        raw("</ul>\n");
    }

    private void head(RuleSetView ruleSet, RuleSetView.Version version) {
        raw("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>").text(ruleSet.id()).raw(" ")
                .text(version.version()).raw("</title>\n<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n<h1>")
                .text(ruleSet.title()).raw("</h1>\n<p>").text(ruleSet.description()).raw("</p>\n<h2>Version du ")
                .text(version.version()).raw("</h2>\n");
        if (version.supersedes() != null) {
            raw("<p>Révision ").text(String.valueOf(version.revision())).raw(" : corrige et remplace la version ")
                    .text(version.supersedes()).raw(".</p>\n");
        }
        if (version.supersededBy() != null) {
            raw("<p class=\"local\"><strong>Version remplacée par la révision ").text(version.supersededBy())
                    .raw(" :</strong> elle reste publiée pour expliquer les réponses qui la citent, mais n’est plus appliquée.</p>\n");
        }
        raw("<p>En vigueur du ").text(version.effectiveFrom());
        if (version.effectiveTo() != null) {
            raw(" au ").text(version.effectiveTo());
        } else {
            raw(" à ce jour");
        }
        raw(". Empreinte du fichier : <code>").text(version.checksum()).raw("</code>.</p>\n");
        if (version.summary() != null) {
            raw("<p>").text(version.summary()).raw("</p>\n");
        }
    }

    private void measure(Section section) {
        RuleSetView.MeasureView m = section.measure();
        raw("<h3>").text(m.code()).raw(" — ").text(m.title()).raw("</h3>\n<p>Montant mensuel brut à temps plein : ");
        amount(m.amount());
        raw(" ; proratisation ").raw("PUBLIC".equals(m.payScheme()) ? "du secteur public" : "du secteur privé")
                .raw(" ; priorité ").text(String.valueOf(m.priority()));
        if ("COMPLEMENTARY".equals(m.kind())) {
            raw(" ; mesure complémentaire, versée en plus du complément principal");
        }
        if (m.from() != null) {
            raw(" ; à partir du ").text(m.from());
        }
        raw(".</p>\n<p>Conditions :</p>\n<ul>\n");
        if (section.condition() != null) {
            condition(section.condition());
        }
        raw("</ul>\n<p>Base légale :</p>\n<ul>\n");
        for (LegalReferenceView r : m.legalBasis()) {
            raw("<li>").text(r.title()).raw(" (").text(r.reference()).raw(")");
            if (r.url() != null) {
                raw(" <a href=\"").text(r.url()).raw("\">texte</a>");
            }
            raw("</li>\n");
        }
        raw("</ul>\n");
    }

    private void amount(RuleSetView.AmountView a) {
        if (a.points() != null) {
            text(a.points()).raw(" points d’indice × valeur du point en vigueur");
            return;
        }
        if (a.euros() != null) {
            text(a.euros()).raw(" €");
            return;
        }
        raw("selon le texte de l’employeur (");
        for (RuleSetView.EmployerTextView t : a.byEmployerText()) {
            raw("other".equals(t.idcc()) ? "autres IDCC" : "IDCC ").text("other".equals(t.idcc()) ? "" : t.idcc()).raw(" : ").text(t.text());
            t.steps().forEach(st -> raw(", ").text(st.euros()).raw(" € au ").text(st.from()));
            raw(t.local() ? ", hypothèse du service" : "").raw(" ; ");
        }
        raw(")");
    }

    private void condition(Condition c) {
        raw("<li>").text(c.text()).raw("\n");
        if (!c.entries().isEmpty()) {
            raw("<ul>\n");
            for (Entry e : c.entries()) {
                raw("<li><code>").text(e.code()).raw("</code>");
                if (e.label() != null) {
                    raw(" ").text(e.label());
                }
                if (!e.jobs().isEmpty()) {
                    raw(" :<ul>");
                    e.jobs().forEach(j -> raw("<li><code>").text(j.code()).raw("</code> ").text(j.label()).raw("</li>"));
                    raw("</ul>");
                }
                raw("</li>\n");
            }
            raw("</ul>\n");
        }
        if (!c.children().isEmpty()) {
            raw("<ul>\n");
            c.children().forEach(this::condition);
            raw("</ul>\n");
        }
        raw("</li>\n");
    }

    private void parameters(List<RuleSetView.ParameterView> parameters) {
        raw("<h2>Paramètres</h2>\n<table>\n<tr><th>Nom</th><th>Valeur</th><th>Signification</th><th>Source</th></tr>\n");
        for (RuleSetView.ParameterView p : parameters) {
            raw("<tr><td>").text(p.name()).raw("</td><td>");
            value(p.value());
            raw("</td><td>").text(p.description());
            if (p.local()) {
                raw(" <strong class=\"local\">(choix local ou conventionnel)</strong>");
            }
            raw("</td><td>").text(p.reference() == null ? "" : p.reference()).raw("</td></tr>\n");
        }
        raw("</table>\n");
    }

    /** A parameter's value: a structured one (JSON text, e.g. dated steps by employer text) as a table. */
    private void value(String value) {
        JsonNode json = null;
        if (value != null && (value.startsWith("[") || value.startsWith("{"))) {
            try {
                json = JSON.readTree(value);
            } catch (JsonProcessingException e) {
                // Not JSON after all: shown as written.
            }
        }
        if (json == null) {
            text(value);
        } else {
            node(json);
        }
    }

    private void node(JsonNode node) {
        if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            Set<String> columns = new LinkedHashSet<>();
            node.forEach(row -> row.fieldNames().forEachRemaining(columns::add));
            raw("<table>\n<tr>");
            columns.forEach(c -> raw("<th>").text(FIELDS.getOrDefault(c, c)).raw("</th>"));
            raw("</tr>\n");
            for (JsonNode row : node) {
                raw("<tr>");
                columns.forEach(c -> {
                    raw("<td>");
                    if (row.has(c)) {
                        node(row.get(c));
                    }
                    raw("</td>");
                });
                raw("</tr>\n");
            }
            raw("</table>\n");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                raw(i == 0 ? "" : ", ");
                node(node.get(i));
            }
        } else if (node.isObject() && node.size() == 1 && node.has("param")) {
            raw("valeur du paramètre <code>").text(node.get("param").asText()).raw("</code>");
        } else if (node.isObject()) {
            node(JSON.createArrayNode().add(node));
        } else {
            text(node.isBoolean() ? (node.asBoolean() ? "oui" : "non") : node.asText());
        }
    }

    private RuleSetPage raw(String s) {
        html.append(s);
        return this;
    }

    /** Appends text escaped for HTML content and attribute values. */
    private RuleSetPage text(String s) {
        if (s == null) {
            return this;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(ch);
            }
        }
        return this;
    }
}
