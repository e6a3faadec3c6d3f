package fr.segur.eligibility.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.WorkingTimeInput;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.rules.Funder;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator, run on the request records, gives the problem bodies the hand-written checks gave: the
 * caller's JSON path, the message in French or English, in the order of the fields, on both sides of every bound.
 */
class ConstraintChecksTest {

    private static final ConstraintChecks CHECKS = new ConstraintChecks(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());
    private static final Employee VALID = new Employee("E1", null, "INFIRMIER", "EHPAD", List.of(Funder.ETAT),
            null, null, new Employer(413, true), new WorkingTimeInput(new BigDecimal("0.8"), null), null, null, null, null);

    private static List<String> errors(Object bean, String prefix, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        CHECKS.check(bean, prefix, locale, errors);
        return errors.stream().map(e -> e.field() + " = " + e.message()).toList();
    }

    private static Employee withWorkingTime(String ratio, String hours) {
        return new Employee(null, null, null, null, null, null, null, null, new WorkingTimeInput(
                ratio == null ? null : new BigDecimal(ratio), hours == null ? null : new BigDecimal(hours)), null, null, null, null);
    }

    @Test
    void aValidRequestHasNoError() {
        assertEquals(List.of(), errors(new EvaluationRequest("2024-09", List.of("bassms"), VALID), "", Messages.FRENCH));
        assertEquals(List.of(), errors(new EvaluationRequest(null, Collections.nCopies(10, "bassms"), VALID), "", Messages.FRENCH));
    }

    @Test
    void everyConstraintBrokenAtOnceInFrenchAndEnglishInTheOrderOfTheFields() {
        EvaluationRequest all = new EvaluationRequest("2024-13", Collections.nCopies(11, "x"), new Employee("i".repeat(65), null,
                "j".repeat(65), "e".repeat(65), Collections.nCopies(11, Funder.ETAT), null, null, new Employer(0, null),
                new WorkingTimeInput(BigDecimal.ZERO, new BigDecimal("300.01")), null, null, null, null));
        assertEquals(List.of(
                "items[2].month = doit être un mois au format AAAA-MM (ex. 2024-09)",
                "items[2].ruleSets = doit lister au plus 10 jeux de règles",
                "items[2].employee.id = doit faire au plus 64 caractères",
                "items[2].employee.jobCode = doit faire au plus 64 caractères",
                "items[2].employee.establishmentType = doit faire au plus 64 caractères",
                "items[2].employee.fundedBy = doit lister au plus 10 financeurs",
                "items[2].employee.employer.idcc = doit être un numéro IDCC entre 1 et 9999",
                "items[2].employee.workingTime.ratio = doit être un décimal strictement positif et au plus égal à 1 (ex. 0.8)",
                "items[2].employee.workingTime.monthlyHours = doit être un décimal strictement positif et au plus égal à 300 (heures mensuelles)"),
                errors(all, "items[2].", Messages.FRENCH));
        assertEquals(List.of(
                "month = must be a month written YYYY-MM (e.g. 2024-09)",
                "ruleSets = must list at most 10 rule sets",
                "employee.id = must be at most 64 characters",
                "employee.jobCode = must be at most 64 characters",
                "employee.establishmentType = must be at most 64 characters",
                "employee.fundedBy = must list at most 10 funders",
                "employee.employer.idcc = must be an IDCC number between 1 and 9999",
                "employee.workingTime.ratio = must be a decimal greater than 0 and at most 1 (e.g. 0.8)",
                "employee.workingTime.monthlyHours = must be a decimal greater than 0 and at most 300 (monthly hours)"),
                errors(all, "", Messages.ENGLISH));
    }

    @Test
    void aMissingEmployeeIsNamed() {
        assertEquals(List.of("employee = est obligatoire"), errors(new EvaluationRequest(null, null, null), "", Messages.FRENCH));
    }

    @Test
    void bothSidesOfEveryBound() {
        for (String month : new String[] {"2024-00", "2024-9", "24-09", "2024-09 ", "2024/09", "2024-09\n", ""}) {
            assertEquals(1, errors(new EvaluationRequest(month, null, VALID), "", Messages.FRENCH).size(), month);
        }
        for (String month : new String[] {"2024-01", "2024-12"}) {
            assertEquals(List.of(), errors(new EvaluationRequest(month, null, VALID), "", Messages.FRENCH), month);
        }
        for (String ratio : new String[] {"0.0001", "0.8", "1", "1.00"}) {
            assertEquals(List.of(), errors(withWorkingTime(ratio, null), "employees[7].", Messages.FRENCH), ratio);
        }
        for (String ratio : new String[] {"-1", "0", "0.00", "1.0001", "1E+3"}) {
            assertEquals(List.of("employees[7].workingTime.ratio = doit être un décimal strictement positif et au plus égal à 1 (ex. 0.8)"),
                    errors(withWorkingTime(ratio, null), "employees[7].", Messages.FRENCH), ratio);
        }
        for (String hours : new String[] {"0.01", "151.67", "300", "300.00"}) {
            assertEquals(List.of(), errors(withWorkingTime(null, hours), "", Messages.FRENCH), hours);
        }
        for (String hours : new String[] {"0", "-0.0001", "300.01"}) {
            assertEquals(1, errors(withWorkingTime(null, hours), "", Messages.FRENCH).size(), hours);
        }
        for (int idcc : new int[] {1, 413, 9999}) {
            assertEquals(List.of(), errors(new Employer(idcc, null), "", Messages.FRENCH));
        }
        for (int idcc : new int[] {Integer.MIN_VALUE, -1, 0, 10000, Integer.MAX_VALUE}) {
            assertEquals(List.of("idcc = doit être un numéro IDCC entre 1 et 9999"), errors(new Employer(idcc, null), "", Messages.FRENCH));
        }
        String longest = "x".repeat(64);
        assertEquals(List.of(), errors(new Employee(longest, null, longest, longest, Collections.nCopies(10, Funder.ETAT),
                null, null, null, null, null, null, null, null), "", Messages.FRENCH));
    }
}
