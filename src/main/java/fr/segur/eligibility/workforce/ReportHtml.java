package fr.segur.eligibility.workforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as a page people look at ({@code Accept: text/html}): charts drawn on the server as SVG (due and
 * estimated employer cost by month split by funder, headcount by measure, the forgotten by job family) and the
 * report's tables; no script, no external resource, so it works offline and can be saved or printed.
 */
final class ReportHtml {

    private ReportHtml() {
    }

    static String render(WorkforceReport r) {
        List<String> months = r.byMonth().stream().map(WorkforceReport.MonthRow::month).toList();
        Map<String, double[]> due = new LinkedHashMap<>();
        Map<String, double[]> cost = new LinkedHashMap<>();
        for (int i = 0; i < r.byMonth().size(); i++) {
            for (WorkforceReport.FunderRow f : r.byMonth().get(i).byFunder()) {
                due.computeIfAbsent(f.funder(), k -> new double[months.size()])[i] = Double.parseDouble(f.due());
                cost.computeIfAbsent(f.funder(), k -> new double[months.size()])[i] = Double.parseDouble(f.employerCost());
            }
        }
        Map<String, Double> measures = SvgCharts.ordered();
        r.byMeasure().forEach(m -> SvgCharts.sum(measures, m.ruleSet() + " / " + m.measure(), m.headcount()));
        Map<String, Double> forgotten = SvgCharts.ordered();
        r.notCovered().forEach(n -> SvgCharts.sum(forgotten, n.jobFamily(), n.headcount()));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Rapport Ségur : effectif " + SvgCharts.esc(r.from()) + " – " + SvgCharts.esc(r.to()) + "</title>"
                + "<style>body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0 24px}"
                + "td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px}td.n{text-align:right}.estimate{background:#fff5e6;"
                + "border-left:4px solid #dd6b20;padding:6px 10px}.simulation{background:#f0e6ff;border-left:4px solid #805ad5;padding:6px 10px}</style>"
                + "</head><body>");
        html.append("<h1>Ségur : l’effectif du ").append(SvgCharts.esc(r.from())).append(" au ").append(SvgCharts.esc(r.to())).append("</h1>");
        html.append("<p class=\"estimate\" id=\"estimate\"><strong>Coût employeur : estimation.</strong> ")
                .append(SvgCharts.esc(r.employerCost().note())).append("</p>");
        if (r.variant() != null) {
            html.append("<p class=\"simulation\" id=\"simulation\"><strong>Simulation</strong> (variante ")
                    .append(SvgCharts.esc(r.variant().name() == null ? r.variant().ruleSet() : r.variant().name()))
                    .append(") : ce n’est pas une réponse de paie. Dû supplémentaire : ").append(SvgCharts.esc(r.variant().extraDue()))
                    .append(" €, ").append(r.variant().gainers()).append(" bénéficiaires de plus.</p>");
        }
        html.append("<h2>Dû par mois et par financeur (€)</h2>").append(SvgCharts.stacked("chart-due", "Dû par mois et par financeur", months, due));
        html.append("<h2>Coût employeur estimé par mois et par financeur (€, estimation)</h2>")
                .append(SvgCharts.stacked("chart-cost", "Coût employeur estimé par mois et par financeur", months, cost));
        html.append("<h2>Effectif par mesure</h2>").append(SvgCharts.horizontal("chart-measures", "Effectif par mesure", measures));
        html.append("<h2>Les oubliés, par famille de métiers</h2>")
                .append(SvgCharts.horizontal("chart-forgotten", "Non couverts par famille de métiers", forgotten));
        for (ReportTables.Table table : ReportTables.of(r)) {
            html.append("<h2>").append(SvgCharts.esc(table.title())).append("</h2><table id=\"table-").append(table.name()).append("\"><tr>");
            table.columns().forEach(c -> html.append("<th>").append(SvgCharts.esc(c)).append("</th>"));
            html.append("</tr>");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    html.append(table.money().contains(i) ? "<td class=\"n\">" : "<td>").append(SvgCharts.esc(row.get(i))).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }
}
