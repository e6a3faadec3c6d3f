package fr.segur.eligibility.dsn;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.EvaluationResponse.Warning;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.rules.PayRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one contract read from a DSN into the {@link Employee} of a single evaluation, with the caller's
 * establishments (by SIRET) and PCS-ESE table; what cannot be read becomes errors naming DSN lines.
 */
final class DsnMapper {

    /** The contract as an employee, or its errors; {@code unknownSiret} when its establishment is not in the table. */
    record Mapped(String contractNumber, Employee employee, List<FieldError> errors, List<Warning> warnings,
                  String siret, boolean unknownSiret, boolean publicAgent, BigDecimal ctiPaid, String payRate) {
    }

    private static final String C = DsnReader.CONTRACT + ".";

    private final Map<String, DsnEstablishment> establishments;
    private final Map<String, String> jobs;
    private final DsnTables tables;

    DsnMapper(Map<String, DsnEstablishment> establishments, Map<String, String> jobs, DsnTables tables) {
        this.establishments = establishments;
        this.jobs = jobs;
        this.tables = tables;
    }

    Mapped map(DsnContract c, YearMonth month, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(0);
        DsnValues values = new DsnValues(errors, locale);
        for (int line : c.brokenLines()) {
            values.error(line, null, "dsn.error.unreadableLine");
        }
        String number = c.value(C + "009");
        if (number == null || number.isBlank()) {
            values.error(c.line(), C + "009", "dsn.error.missing");
        }
        LocalDate start = values.date(c.rubriques(), C + "001");
        if (!c.rubriques().containsKey(C + "001")) {
            values.error(c.line(), C + "001", "dsn.error.missing");
        }
        LocalDate end = values.date(c.end(), DsnReader.END + ".001");
        String siret = siret(c);
        DsnEstablishment est = siret == null ? null : establishments.get(siret);
        boolean publicAgent = est != null && est.sector() != null && est.sector().name().startsWith("PUBLIC");
        DsnWorkingTime.Result time = DsnWorkingTime.read(c, est == null ? null : est.sector(), values);
        Integer idcc = est != null && est.idcc() != null ? est.idcc() : idcc(c, values);
        DsnPay.Result pay = DsnPay.read(c, publicAgent, month, tables, values, warnings, locale);
        String jobCode = jobCode(c, warnings, locale);
        PayRate payRate = payRate(pay.payRate(), c, values);
        if (!errors.isEmpty() || est == null) {
            return new Mapped(number, null, errors, warnings, siret == null ? c.siret() : siret, errors.isEmpty(),
                    publicAgent, pay.ctiPaid(), pay.payRate());
        }
        Employer employer = employer(idcc, est);
        Employee employee = new Employee(number, est.sector(), jobCode, est.establishmentType(), est.fundedBy(),
                est.attachedToPublicHospital(), est.mainActivityAccompaniment(), employer, time.workingTime(),
                time.scheme(), payRate, start, end);
        return new Mapped(number, employee, errors, warnings, siret, false, publicAgent, pay.ctiPaid(), pay.payRate());
    }

    /** The employer of a contract worked in the establishment, with the IDCC applied; null when nothing is known of it. */
    static Employer employer(Integer idcc, DsnEstablishment est) {
        return idcc == null && est.signatoryMember() == null && est.bassBranch() == null ? null
                : new Employer(idcc, est.signatoryMember(), est.bassBranch());
    }

    /** The work site (S21.G00.40.019) when the caller described it, else the declaring establishment. */
    private String siret(DsnContract c) {
        String site = c.value(C + "019");
        if (site != null && establishments.containsKey(site)) {
            return site;
        }
        if (c.siret() != null) {
            return c.siret();
        }
        return site != null && site.length() == 14 ? site : null;
    }

    private String jobCode(DsnContract c, List<Warning> warnings, Locale locale) {
        String pcs = c.value(C + "004");
        if (pcs == null) {
            return null;
        }
        String job = jobs.get(pcs.trim().toLowerCase(Locale.ROOT));
        if (job == null) {
            warnings.add(DsnPay.warning(locale, "DSN_PCS_ESE_UNMAPPED", "dsn.warning.pcsEse", pcs.trim()));
        }
        return job;
    }

    private static Integer idcc(DsnContract c, DsnValues values) {
        Rubrique r = c.rubriques().get(C + "017");
        if (r == null) {
            return null;
        }
        String v = r.value().trim();
        if (v.length() == 4 && v.chars().allMatch(Character::isDigit) && !"0000".equals(v)) {
            return Integer.valueOf(v);
        }
        values.error(r.line(), C + "017", "dsn.error.idcc");
        return null;
    }

    /** The engine's pay rate of that name; a rate this engine does not know yet makes the contract unreadable. */
    private static PayRate payRate(String name, DsnContract c, DsnValues values) {
        if (name == null) {
            return null;
        }
        for (PayRate rate : PayRate.values()) {
            if (rate.name().equals(name)) {
                return rate;
            }
        }
        values.error(c.line(), DsnReader.PAY + ".014", "dsn.error.payRate", name);
        return null;
    }
}
