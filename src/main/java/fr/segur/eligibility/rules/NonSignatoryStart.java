package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The employer is a signatory member, or the non-signatory policy lets the measure apply: under
 * EXTENSION_PUBLICATION the entitlement starts on the publication date (a personal start date).
 */
public record NonSignatoryStart(NonSignatoryPolicy policy, LocalDate extensionPublished) implements Criterion {

    @Override
    public String name() {
        return "nonSignatoryStart";
    }

    @Override
    public Verdict evaluate(CriterionContext c) {
        if (c.facts().signatoryMember()) {
            return Verdict.known(true, Criteria.finding(name() + ".signatory", Truth.TRUE, List.of()));
        }
        String published = extensionPublished.toString();
        if (policy == NonSignatoryPolicy.AGREEMENT_DATE) {
            Finding f = new Finding(name(), Truth.TRUE, "criterion.nonSignatoryStart.agreementDate",
                    List.of(published), "NON_SIGNATORY_RETROACTIVITY_DISPUTED");
            return new Verdict(Truth.TRUE, List.of(), List.of(f), null);
        }
        boolean started = !c.month().atEndOfMonth().isBefore(extensionPublished);
        Finding f = Criteria.finding(name() + ".publication", Truth.of(started), List.of(published));
        return new Verdict(Truth.of(started), List.of(), List.of(f), extensionPublished);
    }

    @Override
    public Truth test(CriterionContext c) {
        if (c.facts().signatoryMember() || policy == NonSignatoryPolicy.AGREEMENT_DATE) {
            return Truth.TRUE;
        }
        return Truth.of(!c.month().atEndOfMonth().isBefore(extensionPublished));
    }

    /** Never undecided: the fact defaults to a signatory member. */
    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
    }

    /** A signatory member's verdict is plain; otherwise it carries a start date or a warning. */
    @Override
    public boolean needsExplanationWhenPaid(CriterionContext c) {
        return !c.facts().signatoryMember();
    }
}
