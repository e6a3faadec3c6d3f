package fr.segur.eligibility.dsn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.error.JsonFieldErrors;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks the JSON parts that come with a DSN: the establishments table and the PCS-ESE overrides. Their
 * codes are checked by the same checker as an employee's, and problems are named by the part's JSON path
 * ({@code establishments[2].establishmentType}).
 */
final class DsnInput {

    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern PCS_ESE = Pattern.compile("\\d{3}[0-9a-zA-Z]");
    private static final TypeReference<List<DsnEstablishment>> ESTABLISHMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<DsnJob>> JOBS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final EligibilityService service;
    private final Locale locale;
    private final List<FieldError> errors;

    DsnInput(ObjectMapper mapper, EligibilityService service, Locale locale, List<FieldError> errors) {
        this.mapper = mapper;
        this.service = service;
        this.locale = locale;
        this.errors = errors;
    }

    /** The establishments by SIRET; the part is required. */
    Map<String, DsnEstablishment> establishments(String json) {
        Map<String, DsnEstablishment> bySiret = new HashMap<>();
        List<DsnEstablishment> list = parse(json, "establishments", ESTABLISHMENTS);
        if (json == null || json.isBlank()) {
            errors.add(new FieldError("establishments", Messages.render(locale, "dsn.error.partMissing")));
        }
        for (int i = 0; list != null && i < list.size(); i++) {
            DsnEstablishment e = list.get(i);
            String path = "establishments[" + i + "]";
            if (e == null) {
                errors.add(new FieldError(path, Messages.render(locale, "error.nullValue")));
                continue;
            }
            if (e.siret() == null || !SIRET.matcher(e.siret()).matches()) {
                errors.add(new FieldError(path + ".siret", Messages.render(locale, "dsn.error.siret")));
            } else if (bySiret.putIfAbsent(e.siret(), e) != null) {
                errors.add(new FieldError(path + ".siret", Messages.render(locale, "dsn.error.siretTwice")));
            }
            Employer employer = DsnMapper.employer(e.idcc(), e);
            Employee probe = new Employee(null, e.sector(), null, e.establishmentType(), e.fundedBy(),
                    e.attachedToPublicHospital(), e.mainActivityAccompaniment(), employer, null, null, null, null, null);
            for (FieldError error : service.checkEmployee(probe, path, locale)) {
                // the caller sent establishments[i].idcc, not an employer object
                errors.add(new FieldError(error.field().replace(path + ".employer.", path + "."), error.message()));
            }
        }
        return bySiret;
    }

    /** PCS-ESE (lower case) → job code: the default table with the caller's lines over it. */
    Map<String, String> jobs(String json, Map<String, String> defaults) {
        Map<String, String> jobs = new HashMap<>(defaults);
        List<DsnJob> list = json == null || json.isBlank() ? null : parse(json, "jobs", JOBS);
        for (int i = 0; list != null && i < list.size(); i++) {
            DsnJob job = list.get(i);
            String path = "jobs[" + i + "]";
            if (job == null) {
                errors.add(new FieldError(path, Messages.render(locale, "error.nullValue")));
                continue;
            }
            if (job.pcsEse() == null || !PCS_ESE.matcher(job.pcsEse().trim()).matches()) {
                errors.add(new FieldError(path + ".pcsEse", Messages.render(locale, "dsn.error.pcsEse")));
            }
            List<FieldError> problems = job.jobCode() == null
                    ? List.of(new FieldError(path + ".jobCode", Messages.render(locale, "error.nullValue")))
                    : service.checkEmployee(new Employee(null, null, job.jobCode(), null, null, null, null, null, null,
                            null, null, null, null), path, locale);
            errors.addAll(problems);
            if (problems.isEmpty() && job.pcsEse() != null) {
                jobs.put(job.pcsEse().trim().toLowerCase(Locale.ROOT), job.jobCode());
            }
        }
        return jobs;
    }

    private <T> List<T> parse(String json, String part, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonMappingException e) {
            errors.add(new FieldError(JsonFieldErrors.path(part, e), JsonFieldErrors.message(e, locale)));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ")";
            errors.add(new FieldError(part, Messages.render(locale, "error.malformedJson", where)));
        }
        return null;
    }
}
