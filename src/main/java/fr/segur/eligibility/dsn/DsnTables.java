package fr.segur.eligibility.dsn;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.segur.eligibility.rules.PayRate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reference data of the DSN reader, read once: the default PCS-ESE → job table and the legal facts of dsn-facts.yaml. */
@ApplicationScoped
public class DsnTables {

    /** One line of the default PCS-ESE table, as served by {@code GET /api/v1/reference/pcs-ese}. */
    public record PcsEseJob(String pcsEse, String label, String jobCode) {
    }

    record JobsFile(List<PcsEseJob> pcsEseJobs) {
    }

    record CtiMeasures(Set<String> codes, String reference) {
    }

    record RateLine(BigDecimal rate, String payRate) {
    }

    record Dated(LocalDate from, String payRate) {
    }

    record SickLeave(Set<String> motifs, int fullPayDays, List<Dated> firstMonths, String afterwards) {
    }

    record FactsFile(CtiMeasures ctiMeasures, List<RateLine> payRates, SickLeave ordinarySickLeave) {
    }

    private final List<PcsEseJob> jobs;
    private final Map<String, String> defaultJobs;
    private final FactsFile facts;

    public DsnTables() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.jobs = List.copyOf(read(yaml, "dsn/pcs-ese-jobs.yaml", JobsFile.class).pcsEseJobs());
        Map<String, String> map = new LinkedHashMap<>();
        jobs.forEach(j -> map.put(j.pcsEse(), j.jobCode()));
        this.defaultJobs = Map.copyOf(map);
        this.facts = read(yaml, "dsn/dsn-facts.yaml", FactsFile.class);
    }

    private static <T> T read(ObjectMapper yaml, String resource, Class<T> type) {
        try (InputStream in = DsnTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found");
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public List<PcsEseJob> pcsEseJobs() {
        return jobs;
    }

    /** PCS-ESE (lower case) → job code. */
    Map<String, String> defaultJobs() {
        return defaultJobs;
    }

    boolean isCti(String measure) {
        return measure != null && facts.ctiMeasures().codes().contains(measure);
    }

    /** The pay rate of a declared rate of pay (S21.G00.51.014), or null when the rate is not one the engine knows. */
    String payRateOf(BigDecimal rate) {
        for (RateLine line : facts.payRates()) {
            if (line.rate().compareTo(rate) == 0) {
                return line.payRate();
            }
        }
        return null;
    }

    boolean isOrdinarySickLeave(String motif) {
        return motif != null && facts.ordinarySickLeave().motifs().contains(motif);
    }

    /** The estimated pay rate of an ordinary sick leave that began on {@code firstDay}, for a month starting {@code monthStart}. */
    String sickPay(LocalDate firstDay, LocalDate monthStart) {
        SickLeave rule = facts.ordinarySickLeave();
        if (firstDay.plusDays(rule.fullPayDays()).isBefore(monthStart.plusDays(1))) {
            return rule.afterwards();
        }
        String rate = PayRate.FULL.name();
        for (Dated d : rule.firstMonths()) {
            if (!d.from().isAfter(monthStart)) {
                rate = d.payRate();
            }
        }
        return rate;
    }
}
