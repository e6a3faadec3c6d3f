package fr.segur.eligibility.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.segur.eligibility.catalog.RuleDataException;
import fr.segur.eligibility.catalog.RuleSource;
import fr.segur.eligibility.config.EligibilityConfig;
import fr.segur.eligibility.config.RuleCatalogProducer;
import fr.segur.eligibility.rules.Sector;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The employer-cost estimate of the rules document (§11), read from {@code parameters/employer-cost.yaml}: dated
 * contribution rates by scheme (private, public CNRACL), each with its source; a sector without a scheme is not
 * estimated. Always an estimate, and said so wherever it is used.
 */
@Singleton
@Startup
public class EmployerCost {

    static final String FILE = "parameters/employer-cost.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A dated rate (percent of the gross supplement) with what it is made of and its source. */
    public record Rate(String from, String rate, String detail, String reference) {
    }

    /** An optional extra rate the caller asks for (the taxe sur les salaires). */
    public record Option(String name, String title, String rate, String threshold, String reference) {
    }

    /** A contribution scheme: the sectors it covers, its dated rates, what it leaves out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scheme(String scheme, String title, List<Sector> sectors, List<Rate> rates, String notModelled, Option option) {

        /** The rate in force in {@code month}, in percent, with the option's rate added when asked. */
        BigDecimal rate(YearMonth month, boolean withOption) {
            LocalDate day = month.atDay(1);
            BigDecimal rate = null;
            for (Rate r : rates) {
                if (!LocalDate.parse(r.from()).isAfter(day)) {
                    rate = new BigDecimal(r.rate());
                }
            }
            if (rate == null) {
                return null;
            }
            return withOption && option != null ? rate.add(new BigDecimal(option.rate())) : rate;
        }
    }

    private final List<Scheme> schemes;
    private final Map<Sector, Scheme> bySector = new EnumMap<>(Sector.class);

    @jakarta.inject.Inject
    EmployerCost(EligibilityConfig config) {
        this(configuredSource(config));
    }

    EmployerCost(RuleSource source) {
        byte[] bytes = source.read(FILE);
        if (bytes == null) {
            throw new RuleDataException(FILE, "is missing from " + source.describe());
        }
        try {
            JsonNode root = YAML.readTree(bytes);
            if (!root.path("estimate").asBoolean(false)) {
                throw new RuleDataException(FILE, "must say 'estimate: true': these rates are never payroll figures");
            }
            List<Scheme> read = new ArrayList<>();
            for (JsonNode s : root.path("schemes")) {
                Scheme scheme = YAML.treeToValue(s, Scheme.class);
                String previous = null;
                for (Rate r : scheme.rates()) {
                    new BigDecimal(r.rate());
                    if (previous != null && !LocalDate.parse(r.from()).isAfter(LocalDate.parse(previous))) {
                        throw new RuleDataException(FILE, scheme.scheme() + ": dated rates must be in increasing date order");
                    }
                    previous = r.from();
                }
                scheme.sectors().forEach(sector -> {
                    if (bySector.put(sector, scheme) != null) {
                        throw new RuleDataException(FILE, "sector " + sector + " is in two schemes");
                    }
                });
                read.add(scheme);
            }
            this.schemes = List.copyOf(read);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleDataException rde) {
                throw rde;
            }
            throw new RuleDataException(FILE, "is not valid: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Where the rule data is read from, as the rule catalog reads it. */
    static RuleSource configuredSource(EligibilityConfig config) {
        return RuleCatalogProducer.configuredSource(config);
    }

    public List<Scheme> schemes() {
        return schemes;
    }

    /** The scheme of a sector, or null when its cost is not estimated. */
    Scheme scheme(Sector sector) {
        return sector == null ? null : bySector.get(sector);
    }
}
