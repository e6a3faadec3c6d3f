package fr.segur.eligibility.validation;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.catalog.ReferenceData;
import fr.segur.eligibility.rules.Funder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks one request item: the constraints its annotations declare, then the rules no annotation can express
 * (catalogue codes, exactly one working-time field, dates in order). Errors name the caller's JSON path.
 */
public final class RequestChecker {

    private final ReferenceData reference;
    private final List<String> ruleSetIds;

    public RequestChecker(ReferenceData reference, List<String> ruleSetIds) {
        this.reference = reference;
        this.ruleSetIds = ruleSetIds;
    }


    public void ruleSets(List<String> ruleSets, String path, Locale locale, List<FieldError> errors) {
        if (ruleSets == null) {
            return;
        }
        for (int i = 0; i < ruleSets.size(); i++) {
            // Immutable lists throw on contains(null): a null id is simply unknown.
            if (ruleSets.get(i) == null || !ruleSetIds.contains(ruleSets.get(i))) {
                errors.add(new FieldError(path + "[" + i + "]", Messages.render(locale, "error.unknownRuleSet",
                        String.valueOf(ruleSets.get(i)), String.join(", ", ruleSetIds))));
            }
        }
    }

    /** Checks an employee whose path is {@code path} (e.g. "employee" or "employees[3]"). */
    public void employee(Employee e, String path, Locale locale, List<FieldError> errors) {
        if (e.jobCode() != null && !reference.jobs().containsKey(e.jobCode())) {
            errors.add(new FieldError(path + ".jobCode", Messages.render(locale, "error.unknownJob", e.jobCode())));
        }
        if (e.establishmentType() != null && !reference.establishmentTypes().containsKey(e.establishmentType())) {
            errors.add(new FieldError(path + ".establishmentType",
                    Messages.render(locale, "error.unknownEstablishment", e.establishmentType())));
        }
        if (e.fundedBy() != null) {
            Set<Funder> seen = EnumSet.noneOf(Funder.class);
            for (int i = 0; i < e.fundedBy().size(); i++) {
                Funder f = e.fundedBy().get(i);
                if (f == null) {
                    errors.add(new FieldError(path + ".fundedBy[" + i + "]", Messages.render(locale, "error.nullValue")));
                } else if (!seen.add(f)) {
                    errors.add(new FieldError(path + ".fundedBy[" + i + "]", Messages.render(locale, "error.duplicateFunder", f)));
                }
            }
        }
        if (e.workingTime() != null && (e.workingTime().ratio() == null) == (e.workingTime().monthlyHours() == null)) {
            errors.add(new FieldError(path + ".workingTime", Messages.render(locale, "error.workingTime.exactlyOne")));
        }
        if (e.employmentStart() != null && e.employmentEnd() != null && e.employmentEnd().isBefore(e.employmentStart())) {
            errors.add(new FieldError(path + ".employmentEnd",
                    Messages.render(locale, "error.employmentEnd.beforeStart", e.employmentStart())));
        }
    }

}
