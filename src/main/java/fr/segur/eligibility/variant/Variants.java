package fr.segur.eligibility.variant;

import com.fasterxml.jackson.databind.JsonNode;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.VariantRequest;
import fr.segur.eligibility.api.VariantView;
import fr.segur.eligibility.catalog.NamedVariant;
import fr.segur.eligibility.catalog.NamedVariantLoader;
import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.catalog.RuleDataException;
import fr.segur.eligibility.catalog.RuleSource;
import fr.segur.eligibility.catalog.VariantCatalogs;
import fr.segur.eligibility.config.EligibilityConfig;
import fr.segur.eligibility.config.RuleCatalogProducer;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.evaluation.ScheduleService;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.rules.Evaluator;
import fr.segur.eligibility.validation.InvalidRequestException;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The what-if rules: the named variants shipped with the rule data (validated and built at start-up, so a broken
 * délibération stops the service like a broken rule file), and the variants a request describes (built on demand,
 * the last few kept). Every endpoint that evaluates (single, batch, schedule, workforce) selects them here.
 */
@Singleton
@Startup
public class Variants {

    /** The header of every answer computed under a variant. */
    public static final String SIMULATION_HEADER = "X-Simulation";
    private static final int CACHED = 8;

    /** A variant ready to run: its evaluations and schedules come from services on the overridden rules. */
    public record Resolved(String name, String ruleSet, Map<String, JsonNode> parameters, String checksum,
                           EligibilityService service, ScheduleService schedules) {

        /** The mark its answers carry. */
        public VariantView view() {
            return new VariantView(true, name, ruleSet, new TreeMap<>(parameters), checksum);
        }
    }

    private final RuleCatalog base;
    private final RuleSource source;
    private final Clock clock;
    private final EvaluationMetrics metrics;
    private final int maxMonths;
    private final Map<String, NamedVariant> named = new LinkedHashMap<>();
    private final Map<String, Resolved> built = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Resolved> eldest) {
            return size() > CACHED + named.size();
        }
    });

    private final Validator validator;

    Variants(RuleCatalog base, EligibilityConfig config, Clock clock, EvaluationMetrics metrics, Validator validator) {
        this.validator = validator;
        this.base = base;
        this.source = RuleCatalogProducer.configuredSource(config);
        this.clock = clock;
        this.metrics = metrics;
        this.maxMonths = config.schedule().maxMonths();
        for (NamedVariant v : NamedVariantLoader.load(source)) {
            String file = "variants/" + v.id() + ".yaml";
            if (!base.book().has(v.ruleSet())) {
                throw new RuleDataException(file, "names an unknown rule set '" + v.ruleSet() + "'");
            }
            v.parameters().forEach((name, value) -> VariantCatalogs.check(base, v.ruleSet(), name, value).ifPresent(r -> {
                throw new RuleDataException(file, "parameter '" + name + "' of " + v.ruleSet() + " cannot be overridden: " + r);
            }));
            named.put(v.id(), v);
            built.put(key(v.ruleSet(), v.parameters()), build(v.id(), v.ruleSet(), v.parameters(), v.checksum()));
        }
    }

    /** The named variants, in the order of their checksum file. */
    public List<NamedVariant> named() {
        return List.copyOf(named.values());
    }

    /**
     * The variant of a request that may name one in its query string ({@code ?variant=}) and describe one in its
     * body, or null when it asks none; both given must agree on the name (the body's parameters then apply on top).
     * Any problem is a 400 naming {@code variant} or {@code variant.*}.
     */
    public Resolved select(String queryName, VariantRequest body, Locale locale) {
        String name = queryName == null || queryName.isBlank() ? null : queryName;
        if (name == null && body == null) {
            return null;
        }
        if (name != null && body != null && !name.equals(body.name())) {
            throw new InvalidRequestException(List.of(new FieldError("variant",
                    Messages.render(locale, "error.variant.conflict", name))));
        }
        List<FieldError> errors = new ArrayList<>();
        Resolved resolved = resolve(body != null ? body : name == null ? null : new VariantRequest(name, null, null),
                locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return resolved;
    }

    /**
     * The variant a request asks for, or null when it asks none; every problem is added to {@code errors} under
     * {@code variant.*} (and null returned).
     */
    public Resolved resolve(VariantRequest request, Locale locale, List<FieldError> errors) {
        if (request == null) {
            return null;
        }
        Map<String, JsonNode> parameters = new TreeMap<>();
        String ruleSet = request.ruleSet();
        String checksum = null;
        if (request.name() != null) {
            NamedVariant v = named.get(request.name());
            if (v == null) {
                errors.add(new FieldError("variant.name", Messages.render(locale, "error.variant.unknown", request.name(),
                        named.isEmpty() ? "-" : String.join(", ", named.keySet()))));
                return null;
            }
            if (ruleSet != null && !ruleSet.equals(v.ruleSet())) {
                errors.add(new FieldError("variant.ruleSet", Messages.render(locale, "error.unknownCode", ruleSet, v.ruleSet())));
                return null;
            }
            ruleSet = v.ruleSet();
            parameters.putAll(v.parameters());
            checksum = v.checksum();
        }
        if (ruleSet == null) {
            errors.add(new FieldError("variant.ruleSet", Messages.render(locale, "error.variant.ruleSet")));
            return null;
        }
        if (!base.book().has(ruleSet)) {
            errors.add(new FieldError("variant.ruleSet", Messages.render(locale, "error.unknownCode", ruleSet,
                    String.join(", ", base.book().ids()))));
            return null;
        }
        int before = errors.size();
        if (request.parameters() != null) {
            for (Map.Entry<String, JsonNode> p : request.parameters().entrySet()) {
                String field = "variant.parameters." + p.getKey();
                String rs = ruleSet;
                VariantCatalogs.check(base, ruleSet, p.getKey(), p.getValue()).ifPresent(r -> errors.add(new FieldError(field,
                        switch (r) {
                            case UNKNOWN -> Messages.render(locale, "error.variant.parameter.unknown", rs, p.getKey());
                            case NOT_LOCAL -> Messages.render(locale, "error.variant.parameter.notLocal", p.getKey());
                            case KIND -> Messages.render(locale, "error.variant.parameter.kind");
                        })));
                parameters.put(p.getKey(), p.getValue());
            }
            if (!request.parameters().isEmpty()) {
                // The caller changed the délibération: no shipped file's checksum describes it any more.
                checksum = null;
            }
        }
        if (errors.size() > before) {
            return null;
        }
        String key = key(ruleSet, parameters);
        Resolved cached = built.get(key);
        if (cached != null) {
            // The same rules may have been built under another name (or none): the answer names what was asked.
            return Objects.equals(cached.name(), request.name()) && Objects.equals(cached.checksum(), checksum) ? cached
                    : new Resolved(request.name(), ruleSet, cached.parameters(), checksum, cached.service(), cached.schedules());
        }
        try {
            Resolved resolved = build(request.name(), ruleSet, parameters, checksum);
            built.put(key, resolved);
            return resolved;
        } catch (RuleDataException e) {
            errors.add(new FieldError("variant.parameters", Messages.render(locale, "error.variant.rejected", e.getMessage())));
            return null;
        }
    }

    private Resolved build(String name, String ruleSet, Map<String, JsonNode> parameters, String checksum) {
        RuleCatalog catalog = VariantCatalogs.build(source, ruleSet, parameters);
        EligibilityService service = new EligibilityService(new Evaluator(catalog.book()), catalog, clock, metrics, validator);
        return new Resolved(name, ruleSet, Map.copyOf(parameters), checksum, service, new ScheduleService(service, maxMonths));
    }

    private static String key(String ruleSet, Map<String, JsonNode> parameters) {
        return ruleSet + new TreeMap<>(parameters);
    }
}
