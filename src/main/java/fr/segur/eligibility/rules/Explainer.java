package fr.segur.eligibility.rules;

import fr.segur.eligibility.rules.Evaluation.DecisionStatus;
import fr.segur.eligibility.rules.Evaluation.Entitlement;
import fr.segur.eligibility.rules.Evaluation.Warning;
import fr.segur.eligibility.rules.Evaluation.Justification;
import fr.segur.eligibility.rules.Evaluation.LineOutcome;
import fr.segur.eligibility.rules.Evaluation.MeasureDecision;
import fr.segur.eligibility.rules.Evaluation.MeasureOutcome;
import fr.segur.eligibility.rules.Evaluation.RuleSetDecision;
import fr.segur.eligibility.rules.Evaluation.Status;
import fr.segur.eligibility.rules.Evaluator.Paid;
import fr.segur.eligibility.rules.Selections.Selection;
import fr.segur.eligibility.rules.MonthPlan.MeasureInForce;
import java.util.ArrayList;
import java.util.List;

/** Builds what a full answer shows beyond the decision: why the paid measure is met, and the outcome of every measure. */
final class Explainer {

    private Explainer() {
    }

    /**
     * Why each paid measure is met (principal first), the local parameters each depends on, and the conventions its
     * amount relied on (a partial month, a pay rate, a flat rate).
     */
    static List<Justification> justification(List<Paid> paid, List<Entitlement> entitlements) {
        List<Justification> lines = new ArrayList<>();
        for (int i = 0; i < paid.size(); i++) {
            justify(paid.get(i), lines);
            Entitlement e = entitlements.get(i);
            for (Parameter p : e.conventions()) {
                if (!e.measure().localParameters().contains(p.name())) {
                    lines.add(new Justification(paid.get(i).slot().ruleSet(), e.measure().code(), LineOutcome.INFO, "parameter",
                            Message.of("justification.localParameter", p.name(), p.value(), p.description())));
                }
            }
        }
        return List.copyOf(lines);
    }

    /** The warnings, and one CONVENTIONAL_PARAMETER per entitlement whose amount relied on a convention. */
    static List<Warning> withConventionWarnings(List<Entitlement> entitlements, List<Warning> warnings) {
        List<Warning> all = null;
        for (Entitlement e : entitlements) {
            if (!e.conventions().isEmpty()) {
                all = all == null ? new ArrayList<>(warnings) : all;
                StringBuilder names = new StringBuilder();
                for (Parameter p : e.conventions()) {
                    names.append(names.isEmpty() ? "" : ", ").append(p.name());
                }
                all.add(new Warning("CONVENTIONAL_PARAMETER",
                        Message.of("warning.CONVENTIONAL_PARAMETER", e.measure().code(), names.toString())));
            }
        }
        return all == null ? warnings : all;
    }

    private static void justify(Paid winner, List<Justification> lines) {
        String ruleSet = winner.slot().ruleSet();
        Measure measure = winner.slot().measure();
        for (Finding f : winner.verdict().findings()) {
            lines.add(new Justification(ruleSet, measure.code(), LineOutcome.MET, f.criterion(),
                    f.message()));
        }
        for (String name : measure.localParameters()) {
            Parameter p = winner.slot().version().parameters().get(name);
            lines.add(new Justification(ruleSet, measure.code(), LineOutcome.INFO, "parameter",
                    Message.of("justification.localParameter", p.name(), p.value(), p.description())));
        }
    }

    /** One decision per requested rule set, with the outcome of each of its measures, in force or to come. */
    static List<RuleSetDecision> decisions(RuleBook book, MonthContext context, Selection requested, List<Paid> paid,
                                           MeasureInForce decisive) {
        Paid winner = paid.isEmpty() ? null : paid.get(0);
        MonthPlan plan = context.plan();
        List<String> ids = book.ids();
        List<RuleSetDecision> decisions = new ArrayList<>(requested.ids().size());
        for (int r = 0; r < ids.size(); r++) {
            if (!requested.mask()[r]) {
                continue;
            }
            String id = ids.get(r);
            RuleSetVersion version = plan.version(r);
            if (version == null) {
                decisions.add(new RuleSetDecision(id, null, DecisionStatus.NOT_ELIGIBLE,
                        List.of(Message.of("decision.noVersion", plan.month(), book.firstVersionDate(id))),
                        plan.futureMeasures(r)));
                continue;
            }
            List<MeasureDecision> measures = new ArrayList<>();
            for (int m = 0; m < version.measures().size(); m++) {
                measures.add(measureDecision(version.measures().get(m), plan.slot(r, m), context, paid, decisive));
            }
            measures.addAll(plan.futureMeasures(r));
            decisions.add(new RuleSetDecision(id, version, ruleSetStatus(id, measures, paid),
                    List.of(), List.copyOf(measures)));
        }
        return List.copyOf(decisions);
    }

    private static MeasureDecision measureDecision(Measure m, MeasureInForce slot, MonthContext context, List<Paid> paid,
                                                   MeasureInForce decisive) {
        Paid winner = paid.isEmpty() || paid.get(0).slot().measure().complementary() ? null : paid.get(0);
        if (slot == null) {
            return new MeasureDecision(m.code(), MeasureOutcome.NOT_IN_FORCE, List.of(Message.of("decision.startsOn", m.from())));
        }
        Verdict v = context.verdict(slot);
        List<Message> findings = new ArrayList<>(v.findings().size());
        for (Finding f : v.findings()) {
            if (f.truth() == v.truth()) {
                findings.add(f.message());
            }
        }
        return switch (v.truth()) {
            case FALSE -> new MeasureDecision(m.code(), MeasureOutcome.NOT_MET, List.copyOf(findings));
            case UNKNOWN -> new MeasureDecision(m.code(), MeasureOutcome.UNKNOWN, List.copyOf(findings));
            case TRUE -> {
                if (isPaid(slot, paid)) {
                    yield new MeasureDecision(m.code(), MeasureOutcome.MET, List.of(Message.of(
                            m.complementary() && winner != null ? "decision.paidComplementary" : "decision.paid")));
                }
                if (winner != null && !m.complementary()) {
                    yield new MeasureDecision(m.code(), MeasureOutcome.NOT_APPLICABLE, List.of(Message.of(
                            "decision.alreadyCovered", winner.slot().measure().code(), winner.slot().ruleSet())));
                }
                yield new MeasureDecision(m.code(), MeasureOutcome.MET, List.of(Message.of(
                        "decision.higherPriorityUnknown", decisive.measure().code(), decisive.ruleSet())));
            }
        };
    }

    private static boolean isPaid(MeasureInForce slot, List<Paid> paid) {
        for (Paid p : paid) {
            if (p.slot() == slot) {
                return true;
            }
        }
        return false;
    }

    private static DecisionStatus ruleSetStatus(String id, List<MeasureDecision> measures, List<Paid> paid) {
        for (Paid p : paid) {
            if (p.slot().ruleSet().equals(id)) {
                return DecisionStatus.ELIGIBLE;
            }
        }
        if (measures.stream().anyMatch(m -> m.outcome() == MeasureOutcome.NOT_APPLICABLE)) {
            return DecisionStatus.NOT_APPLICABLE;
        }
        if (measures.stream().anyMatch(m -> m.outcome() == MeasureOutcome.UNKNOWN || m.outcome() == MeasureOutcome.MET)) {
            return DecisionStatus.INDETERMINATE;
        }
        return DecisionStatus.NOT_ELIGIBLE;
    }

    /** The answer for a month outside the employment: nothing is evaluated. */
    static Evaluation notEmployed(List<String> ids, EmployeeFacts facts, Selection requested, MonthPlan plan) {
        Message reason = Message.of("decision.notEmployed", plan.month(),
                facts.employmentStart() == null ? "-" : facts.employmentStart(),
                facts.employmentEnd() == null ? "-" : facts.employmentEnd());
        List<RuleSetDecision> decisions = new ArrayList<>(requested.ids().size());
        for (int r = 0; r < requested.mask().length; r++) {
            if (requested.mask()[r]) {
                decisions.add(new RuleSetDecision(ids.get(r), plan.version(r), DecisionStatus.NOT_ELIGIBLE,
                        List.of(reason), List.of()));
            }
        }
        return new Evaluation(plan.month(), Status.NOT_ELIGIBLE, null, List.of(), null, List.of(), List.copyOf(decisions),
                List.of(), List.of());
    }
}
