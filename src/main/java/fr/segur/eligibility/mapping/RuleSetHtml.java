package fr.segur.eligibility.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.RuleSetView;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A rule-set version as a readable French page, so a payroll officer can check what the service applies. */
public final class RuleSetHtml {

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

    private RuleSetHtml() {
    }

    public static String page(RuleSetView ruleSet, RuleSetView.Version v) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(ruleSet.id())).append(' ').append(esc(v.version())).append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .5rem;vertical-align:top}"
                        + ".local{color:#a40}</style></head><body>");
        h.append("<h1>").append(esc(ruleSet.title())).append("</h1>");
        h.append("<p>").append(esc(ruleSet.description())).append("</p>");
        h.append("<h2>Version ").append(esc(v.version())).append("</h2>");
        if (v.supersedes() != null) {
            h.append("<p>Révision ").append(v.revision()).append(" : corrige et remplace la version ")
                    .append(esc(v.supersedes())).append(".</p>");
        }
        if (v.supersededBy() != null) {
            h.append("<p class=\"local\"><strong>Version remplacée par la révision ").append(esc(v.supersededBy()))
                    .append(" :</strong> elle reste publiée pour expliquer les réponses qui la citent, mais n’est plus appliquée.</p>");
        }
        h.append("<p>En vigueur du ").append(esc(v.effectiveFrom()))
                .append(v.effectiveTo() == null ? " à ce jour" : " au " + esc(v.effectiveTo()))
                .append(". Empreinte du fichier : <code>").append(esc(v.checksum())).append("</code>.</p>");
        if (v.summary() != null) {
            h.append("<p>").append(esc(v.summary())).append("</p>");
        }
        h.append("<h2>Mesures</h2>");
        for (RuleSetView.MeasureView m : v.measures()) {
            h.append("<h3>").append(esc(m.code())).append(" — ").append(esc(m.title())).append("</h3><p>Montant mensuel brut à temps plein : ")
                    .append(amount(m.amount()))
                    .append(" ; proratisation ").append("PUBLIC".equals(m.payScheme()) ? "du secteur public" : "du secteur privé")
                    .append(" ; priorité ").append(m.priority())
                    .append("COMPLEMENTARY".equals(m.kind()) ? " ; mesure complémentaire, versée en plus du complément principal" : "")
                    .append(m.from() == null ? "" : " ; à partir du " + esc(m.from())).append(".</p>");
            h.append("<p>Conditions :</p>");
            criterion(h, m.eligibility());
            legalBasis(h, m.legalBasis());
        }
        h.append("<h2>Paramètres</h2><table><tr><th>Nom</th><th>Valeur</th><th>Signification</th><th>Source</th></tr>");
        for (RuleSetView.ParameterView p : v.parameters()) {
            h.append("<tr><td>").append(esc(p.name())).append("</td><td>").append(esc(p.value())).append("</td><td>")
                    .append(esc(p.description()))
                    .append(p.local() ? " <strong class=\"local\">(choix local ou conventionnel)</strong>" : "")
                    .append("</td><td>").append(esc(p.reference() == null ? "" : p.reference())).append("</td></tr>");
        }
        return h.append("</table></body></html>").toString();
    }

    private static String amount(RuleSetView.AmountView a) {
        if (a.points() != null) {
            return esc(a.points()) + " points d’indice × valeur du point en vigueur";
        }
        if (a.euros() != null) {
            return esc(a.euros()) + " €";
        }
        StringBuilder s = new StringBuilder("selon le texte de l’employeur (");
        for (RuleSetView.EmployerTextView t : a.byEmployerText()) {
            s.append("other".equals(t.idcc()) ? "autres IDCC" : "IDCC " + esc(t.idcc())).append(" : ").append(esc(t.text()));
            t.steps().forEach(st -> s.append(", ").append(esc(st.euros())).append(" € au ").append(esc(st.from())));
            s.append(t.local() ? ", hypothèse du service" : "").append(" ; ");
        }
        return s.append(")").toString();
    }

    private static void criterion(StringBuilder h, JsonNode node) {
        h.append("<ul>");
        item(h, node);
        h.append("</ul>");
    }

    private static void item(StringBuilder h, JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        if (!fields.hasNext()) {
            return;
        }
        Map.Entry<String, JsonNode> f = fields.next();
        String key = f.getKey();
        JsonNode value = f.getValue();
        switch (key) {
            case "allOf", "anyOf" -> {
                h.append("<li>").append("allOf".equals(key) ? "Toutes les conditions suivantes :" : "Au moins une des conditions suivantes :").append("<ul>");
                value.forEach(child -> item(h, child));
                h.append("</ul></li>");
            }
            case "not" -> {
                h.append("<li>Ne remplit pas :<ul>");
                item(h, value);
                h.append("</ul></li>");
            }
            default -> h.append("<li>").append(esc(CRITERIA.getOrDefault(key, key))).append(" : ").append(esc(text(value))).append("</li>");
        }
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            StringBuilder s = new StringBuilder();
            value.forEach(v -> s.append(s.isEmpty() ? "" : ", ").append(v.asText()));
            return s.toString();
        }
        if (value.isObject()) {
            StringBuilder s = new StringBuilder();
            value.fields().forEachRemaining(e -> s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(" = ").append(text(e.getValue())));
            return s.toString();
        }
        return value.isBoolean() ? (value.asBoolean() ? "oui" : "non") : value.asText();
    }

    private static void legalBasis(StringBuilder h, List<EvaluationResponse.LegalReferenceView> refs) {
        h.append("<p>Base légale :</p><ul>");
        for (EvaluationResponse.LegalReferenceView r : refs) {
            h.append("<li>").append(esc(r.title())).append(" (").append(esc(r.reference())).append(")");
            if (r.url() != null) {
                h.append(" <a href=\"").append(esc(r.url())).append("\">texte</a>");
            }
            h.append("</li>");
        }
        h.append("</ul>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
