package fr.segur.eligibility.catalog;

import fr.segur.eligibility.rules.AllOf;
import fr.segur.eligibility.rules.AnyOf;
import fr.segur.eligibility.rules.AttachedToPublicHospital;
import fr.segur.eligibility.rules.BranchMember;
import fr.segur.eligibility.rules.Criterion;
import fr.segur.eligibility.rules.FactIn;
import fr.segur.eligibility.rules.FundedByAny;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.JobFamilyIn;
import fr.segur.eligibility.rules.JobFlag;
import fr.segur.eligibility.rules.JobFlagIs;
import fr.segur.eligibility.rules.MainActivityAccompaniment;
import fr.segur.eligibility.rules.MeasureRef;
import fr.segur.eligibility.rules.NonSignatoryPolicy;
import fr.segur.eligibility.rules.NonSignatoryStart;
import fr.segur.eligibility.rules.Not;
import fr.segur.eligibility.rules.NotEligibleTo;
import fr.segur.eligibility.rules.Sector;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads the criteria tree of a measure: each criterion is a one-key object naming a member of the vocabulary. */
final class CriterionParser {

    /** Every criterion name rule files may use, in the order the rejection of an unknown one lists them. */
    static final List<String> VOCABULARY = List.of("sectorIn", "jobIn", "jobFamilyIn", "jobFlag", "establishmentIn",
            "fundedBy", "attachedToPublicHospital", "mainActivityAccompaniment", "idccIn", "branchMember", "notEligibleTo",
            "nonSignatoryStart", "allOf", "anyOf", "not");

    private final ReferenceData reference;

    CriterionParser(ReferenceData reference) {
        this.reference = reference;
    }

    Criterion parse(Node node) {
        if (node.json() == null || !node.json().isObject() || node.json().size() != 1) {
            throw node.error("a criterion is an object with exactly one key, e.g. { sectorIn: [PUBLIC_FPT] }");
        }
        String name = node.json().fieldNames().next();
        Node arg = node.child(name);
        return switch (name) {
            case "sectorIn" -> FactIn.sectorIn(set(arg, n -> n.enumValue(Sector.class)));
            case "jobIn" -> FactIn.jobIn(set(arg, n -> known(n, reference.jobs().keySet(), "job code")));
            case "jobFamilyIn" -> new JobFamilyIn(set(arg, n -> known(n, reference.families(), "job family")));
            case "jobFlag" -> new JobFlagIs(arg.enumValue(JobFlag.class));
            case "establishmentIn" -> FactIn.establishmentIn(
                    set(arg, n -> known(n, reference.establishmentTypes().keySet(), "establishment type")));
            case "fundedBy" -> new FundedByAny(set(arg, n -> n.enumValue(Funder.class)));
            case "attachedToPublicHospital" -> new AttachedToPublicHospital(arg.bool());
            case "mainActivityAccompaniment" -> {
                if (!arg.bool()) {
                    throw arg.error("only 'mainActivityAccompaniment: true' is meaningful");
                }
                yield new MainActivityAccompaniment();
            }
            case "idccIn" -> FactIn.idccIn(set(arg, Node::integer));
            case "branchMember" -> new BranchMember(set(arg.required("idcc"), Node::integer),
                    set(arg.required("noAgreementIdcc"), Node::integer), set(arg.required("neverIdcc"), Node::integer));
            case "notEligibleTo" -> new NotEligibleTo(arg.list().stream().map(this::reference).toList());
            case "nonSignatoryStart" -> new NonSignatoryStart(
                    arg.required("policy").enumValue(NonSignatoryPolicy.class), arg.required("extensionPublished").date());
            case "allOf" -> new AllOf(arg.list().stream().map(this::parse).toList());
            case "anyOf" -> new AnyOf(arg.list().stream().map(this::parse).toList());
            case "not" -> new Not(parse(arg));
            default -> throw node.error("unknown criterion '" + name + "'; the vocabulary is "
                    + String.join(", ", VOCABULARY));
        };
    }

    private MeasureRef reference(Node node) {
        try {
            return MeasureRef.parse(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static String known(Node node, Set<String> allowed, String what) {
        String value = node.text();
        if (!allowed.contains(value)) {
            throw node.error("unknown " + what + " '" + value + "'");
        }
        return value;
    }

    private static <T> Set<T> set(Node node, Function<Node, T> item) {
        List<Node> items = node.list();
        Set<T> values = new LinkedHashSet<>();
        for (Node n : items) {
            if (!values.add(item.apply(n))) {
                throw n.error("duplicated value");
            }
        }
        return Set.copyOf(values);
    }
}
