package fr.segur.eligibility.mapping;

import java.util.ArrayList;
import fr.segur.eligibility.api.EstablishmentTypeView;
import fr.segur.eligibility.api.JobView;
import fr.segur.eligibility.api.RuleSetView;
import fr.segur.eligibility.catalog.NamedVariant;
import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.rules.Amount;
import fr.segur.eligibility.rules.Measure;
import fr.segur.eligibility.rules.RuleSet;
import fr.segur.eligibility.rules.RuleSetVersion;
import fr.segur.eligibility.variant.Variants;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rule sets and catalogues as served over HTTP, built once from the loaded rule data. */
@ApplicationScoped
public class RuleSetViews {

    private final List<RuleSetView> ruleSets;
    private final List<JobView> jobs;
    private final List<EstablishmentTypeView> establishmentTypes;

    RuleSetViews(RuleCatalog catalog, Variants variants) {
        List<NamedVariant> named = variants.named();
        this.ruleSets = catalog.book().ruleSets().stream().map(rs -> view(rs, catalog, named)).toList();
        this.jobs = catalog.reference().jobList().stream()
                .map(j -> new JobView(j.code(), j.label(), j.family(), j.flags().stream().map(Enum::name).sorted().toList()))
                .toList();
        this.establishmentTypes = catalog.reference().establishmentTypes().entrySet().stream()
                .map(e -> new EstablishmentTypeView(e.getKey(), e.getValue())).toList();
    }

    public List<RuleSetView> all() {
        return ruleSets;
    }

    public Optional<RuleSetView> ruleSet(String id) {
        return ruleSets.stream().filter(rs -> rs.id().equals(id)).findFirst();
    }

    public Optional<RuleSetView.Version> version(String id, String version) {
        return ruleSet(id).flatMap(rs -> rs.versions().stream().filter(v -> v.version().equals(version)).findFirst());
    }

    public List<JobView> jobs() {
        return jobs;
    }

    public List<EstablishmentTypeView> establishmentTypes() {
        return establishmentTypes;
    }

    private static RuleSetView view(RuleSet rs, RuleCatalog catalog, List<NamedVariant> named) {
        return new RuleSetView(rs.id(), rs.title(), rs.description(),
                rs.versions().stream().map(v -> version(rs.id(), v, catalog)).toList(),
                named.stream().filter(v -> v.ruleSet().equals(rs.id()))
                        .map(v -> new RuleSetView.VariantRef(v.id(), v.title(), v.checksum(), v.reference())).toList());
    }

    private static RuleSetView.Version version(String id, RuleSetVersion v, RuleCatalog catalog) {
        Set<fr.segur.eligibility.rules.LegalReference> basis = new LinkedHashSet<>();
        v.measures().forEach(m -> basis.addAll(m.legalBasis()));
        return new RuleSetView.Version(v.version(), v.effectiveFrom().toString(),
                v.effectiveTo() == null ? null : v.effectiveTo().toString(), v.revision(), v.supersedes(), v.supersededBy(),
                v.checksum(), v.summary(),
                v.parameters().values().stream()
                        .sorted(java.util.Comparator.comparing(fr.segur.eligibility.rules.Parameter::name))
                        .map(p -> new RuleSetView.ParameterView(p.name(), p.value(), p.description(), p.reference(), p.local()))
                        .toList(),
                v.measures().stream().map(m -> measure(id, v, m, catalog)).toList(),
                ResponseMapper.legalBasis(List.copyOf(basis)));
    }

    private static List<RuleSetView.EmployerTextView> employerTexts(Amount.ByEmployerText amount) {
        List<Amount.EmployerText> texts = new ArrayList<>(amount.byIdcc().values());
        texts.sort(java.util.Comparator.comparing(Amount.EmployerText::idcc));
        texts.add(amount.otherwise());
        return texts.stream().map(t -> new RuleSetView.EmployerTextView(t.idcc() == null ? "other" : t.idcc().toString(),
                t.text(), t.local(), t.disputedFrom() == null ? null : t.disputedFrom().toString(),
                t.steps().stream().map(s -> new RuleSetView.StepView(s.from().toString(), s.euros().toPlainString())).toList()))
                .toList();
    }

    private static RuleSetView.MeasureView measure(String id, RuleSetVersion v, Measure m, RuleCatalog catalog) {
        RuleSetView.AmountView amount;
        if (m.amount() instanceof Amount.Points p) {
            amount = new RuleSetView.AmountView(p.points().toPlainString(), null, null);
        } else if (m.amount() instanceof Amount.Euros e) {
            amount = new RuleSetView.AmountView(null, e.euros().toPlainString(), null);
        } else {
            amount = new RuleSetView.AmountView(null, null, employerTexts((Amount.ByEmployerText) m.amount()));
        }
        return new RuleSetView.MeasureView(m.code(), m.title(), m.priority(), m.kind().name(), m.payScheme().name(), amount,
                m.from() == null ? null : m.from().toString(),
                catalog.eligibilityTree(id, v.version(), m.code()),
                ResponseMapper.legalBasis(m.legalBasis()));
    }
}
