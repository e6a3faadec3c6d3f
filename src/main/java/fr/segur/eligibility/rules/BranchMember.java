package fr.segur.eligibility.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The employer belongs to the branch: its IDCC is listed, or, outside the list, it says so ({@code bassBranch},
 * membership following the main activity); an IDCC of associations with no agreement (9999) without that answer
 * is undecided; the IDCCs {@code never} (aide à domicile) are out whatever it says.
 */
public record BranchMember(Set<Integer> idccs, Set<Integer> noAgreement, Set<Integer> never, String listed,
                           VerdictMemo memo) implements Criterion {

    public BranchMember(Set<Integer> idccs, Set<Integer> noAgreement, Set<Integer> never) {
        this(idccs, noAgreement, never, Criteria.list(idccs), new VerdictMemo());
    }

    @Override
    public String name() {
        return "branchMember";
    }

    @Override
    public Verdict evaluate(CriterionContext c) {
        Integer idcc = c.facts().idcc();
        Boolean declared = c.facts().bassBranch();
        Object key = Arrays.asList(idcc, declared);
        Verdict known = memo.get(key);
        return known != null ? known : memo.keep(key, explain(idcc, declared));
    }

    private Verdict explain(Integer idcc, Boolean declared) {
        String shownIdcc = String.valueOf(idcc);
        return switch (test(idcc, declared)) {
            case TRUE -> Verdict.known(true, Criteria.finding(idcc != null && idccs.contains(idcc) ? "branchMember.listed"
                    : "branchMember.declared", Truth.TRUE, List.of(shownIdcc, listed)));
            case FALSE -> Verdict.known(false, Criteria.finding(idcc != null && never.contains(idcc) ? "branchMember.never"
                    : Boolean.FALSE.equals(declared) ? "branchMember.declared" : "branchMember.listed",
                    Truth.FALSE, List.of(shownIdcc, listed)));
            case UNKNOWN -> idcc == null
                    ? Verdict.unknown(FACT_IDCC, Criteria.finding("branchMember.listed", Truth.UNKNOWN, List.of(FACT_IDCC, listed)))
                    : Verdict.unknown(FACT_BASS_BRANCH, Criteria.finding("branchMember.declared", Truth.UNKNOWN,
                            List.of(shownIdcc, FACT_BASS_BRANCH)));
        };
    }

    @Override
    public Truth test(CriterionContext c) {
        return test(c.facts().idcc(), c.facts().bassBranch());
    }

    private Truth test(Integer idcc, Boolean declared) {
        if (idcc != null && never.contains(idcc)) {
            return Truth.FALSE;
        }
        if (idcc != null && idccs.contains(idcc)) {
            return Truth.TRUE;
        }
        if (declared != null) {
            return Truth.of(declared);
        }
        return idcc == null || noAgreement.contains(idcc) ? Truth.UNKNOWN : Truth.FALSE;
    }

    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
        missing.add(c.facts().idcc() == null ? FACT_IDCC : FACT_BASS_BRANCH);
    }
}
