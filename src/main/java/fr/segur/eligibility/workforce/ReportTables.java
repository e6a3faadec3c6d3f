package fr.segur.eligibility.workforce;

import java.util.ArrayList;
import java.util.List;

/** The tables of a report, shared by its CSV ({@code Accept: text/csv}) and its HTML page. */
final class ReportTables {

    /** One table: a name, its columns, its rows; {@code money} marks the columns holding amounts. */
    record Table(String name, String title, List<String> columns, List<Integer> money, List<List<String>> rows) {
    }

    private ReportTables() {
    }

    static List<Table> of(WorkforceReport r) {
        List<Table> tables = new ArrayList<>();
        WorkforceReport.Totals t = r.totals();
        tables.add(new Table("totals", "Totaux (coût employeur : estimation)",
                List.of("from", "to", "headcount", "invalid", "fte", "due", "paid", "balance", "employerCostEstimate"),
                List.of(5, 6, 7, 8), List.of(List.of(r.from(), r.to(), String.valueOf(t.headcount()), String.valueOf(t.invalid()),
                        t.fte(), t.due(), t.paid(), t.balance(), t.employerCost()))));
        List<List<String>> months = new ArrayList<>();
        r.byMonth().forEach(m -> months.add(List.of(m.month(), String.valueOf(m.headcount()), m.fte(), m.due(), m.employerCost())));
        tables.add(new Table("byMonth", "Par mois", List.of("month", "headcount", "fte", "due", "employerCostEstimate"),
                List.of(3, 4), months));
        List<List<String>> measures = new ArrayList<>();
        r.byMeasure().forEach(m -> measures.add(List.of(m.ruleSet(), m.measure(), String.valueOf(m.headcount()), m.due())));
        tables.add(new Table("byMeasure", "Par mesure", List.of("ruleSet", "measure", "headcount", "due"), List.of(3), measures));
        List<List<String>> funders = new ArrayList<>();
        r.byFunder().forEach(f -> funders.add(List.of(f.funder(), f.due(), f.employerCost(), f.balance())));
        tables.add(new Table("byFunder", "Par financeur", List.of("funder", "due", "employerCostEstimate", "balance"),
                List.of(1, 2, 3), funders));
        List<List<String>> forgotten = new ArrayList<>();
        r.notCovered().forEach(n -> forgotten.add(List.of(n.reason(), n.jobFamily(), String.valueOf(n.headcount()))));
        tables.add(new Table("notCovered", "Non couverts (les oubliés)", List.of("reason", "jobFamily", "headcount"), List.of(), forgotten));
        if (r.variant() != null) {
            List<List<String>> variant = new ArrayList<>();
            r.variant().byMonth().forEach(m -> variant.add(List.of(m.month(), m.due(), m.extraDue())));
            variant.add(List.of("total", r.variant().due(), r.variant().extraDue()));
            tables.add(new Table("variant", "Variante (simulation, " + r.variant().gainers() + " bénéficiaires de plus)",
                    List.of("month", "due", "extraDue"), List.of(1, 2), variant));
        }
        List<List<String>> invalid = new ArrayList<>();
        r.invalid().forEach(i -> i.errors().forEach(e -> invalid.add(List.of(String.valueOf(i.index()), e.field(), e.message()))));
        tables.add(new Table("invalid", "Employés invalides (hors totaux)", List.of("index", "field", "message"), List.of(), invalid));
        return tables;
    }

    /** The tables as CSV: each table's name on a line, its header and rows, a blank line between tables. */
    static String csv(WorkforceReport r, CsvConvention convention) {
        StringBuilder out = new StringBuilder();
        for (Table table : of(r)) {
            out.append(convention.row(List.of(table.name())));
            out.append(convention.row(table.columns()));
            for (List<String> row : table.rows()) {
                List<String> cells = new ArrayList<>(row);
                table.money().forEach(i -> cells.set(i, convention.amount(cells.get(i))));
                out.append(convention.row(cells));
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
