package fr.segur.eligibility.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.api.WorkingTimeInput;
import fr.segur.eligibility.rules.Funder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written checks of {@link FieldConstraints} give exactly the errors Bean Validation gives from the
 * annotations of the request records, on both sides of every bound, alone and together.
 */
class FieldConstraintsTest {

    private static final Validator BEAN_VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final Employee VALID = new Employee("E1", null, "INFIRMIER", "EHPAD", List.of(Funder.ETAT),
            null, null, new Employer(413, true), new WorkingTimeInput(new BigDecimal("0.8"), null), null, null, null, null);

    static Stream<EvaluationRequest> requests() {
        List<EvaluationRequest> requests = new ArrayList<>();
        for (String month : new String[] {null, "2024-09", "2024-12", "2024-01", "2024-13", "2024-00", "2024-9", "24-09",
                "2024-09 ", "2024/09", "2024-09\n", "abcd-ef", ""}) {
            requests.add(new EvaluationRequest(month, null, VALID));
        }
        for (int n : new int[] {0, 10, 11}) {
            requests.add(new EvaluationRequest(null, Collections.nCopies(n, "bassms"), VALID));
        }
        requests.add(new EvaluationRequest(null, null, null));
        for (Employee e : employees()) {
            requests.add(new EvaluationRequest(null, null, e));
        }
        // Every constraint broken at once, with an invalid month and too many rule sets.
        requests.add(new EvaluationRequest("2024-13", Collections.nCopies(11, "x"), new Employee("i".repeat(65), null,
                "j".repeat(65), "e".repeat(65), Collections.nCopies(11, Funder.ETAT), null, null, new Employer(0, null),
                new WorkingTimeInput(BigDecimal.ZERO, new BigDecimal("300.01")), null, null, null, null)));
        return requests.stream();
    }

    private static List<Employee> employees() {
        List<Employee> employees = new ArrayList<>();
        for (int length : new int[] {0, 64, 65, 200}) {
            String text = "x".repeat(length);
            employees.add(new Employee(text, null, null, null, null, null, null, null, null, null, null, null, null));
            employees.add(new Employee(null, null, text, null, null, null, null, null, null, null, null, null, null));
            employees.add(new Employee(null, null, null, text, null, null, null, null, null, null, null, null, null));
        }
        for (int n : new int[] {0, 10, 11}) {
            employees.add(new Employee(null, null, null, null, Collections.nCopies(n, Funder.DEPARTEMENT), null, null,
                    null, null, null, null, null, null));
        }
        for (Integer idcc : new Integer[] {null, Integer.MIN_VALUE, -1, 0, 1, 413, 9999, 10000, Integer.MAX_VALUE}) {
            employees.add(new Employee(null, null, null, null, null, null, null, new Employer(idcc, false), null, null,
                    null, null, null));
        }
        for (String value : new String[] {"-1", "-0.0001", "0", "0.00", "0.0001", "0.8", "1", "1.00", "1.0001", "300",
                "300.00", "300.01", "1E+3", "-1E-9"}) {
            BigDecimal v = new BigDecimal(value);
            employees.add(new Employee(null, null, null, null, null, null, null, null, new WorkingTimeInput(v, null),
                    null, null, null, null));
            employees.add(new Employee(null, null, null, null, null, null, null, null, new WorkingTimeInput(null, v),
                    null, null, null, null));
            employees.add(new Employee(null, null, null, null, null, null, null, null, new WorkingTimeInput(v, v),
                    null, null, null, null));
        }
        return employees;
    }

    @ParameterizedTest
    @MethodSource("requests")
    void sameErrorsAsBeanValidationForARequest(EvaluationRequest request) {
        for (Locale locale : List.of(Messages.FRENCH, Messages.ENGLISH)) {
            List<FieldError> handWritten = new ArrayList<>();
            FieldConstraints.request(request, "items[2].", locale, handWritten);
            assertEquals(beanValidation(request, "items[2].", locale), asSet(handWritten));
            assertEquals(handWritten.size(), asSet(handWritten).size(), "no error given twice");
        }
    }

    @ParameterizedTest
    @MethodSource("employees")
    void sameErrorsAsBeanValidationForAnEmployee(Employee employee) {
        List<FieldError> handWritten = new ArrayList<>();
        FieldConstraints.employee(employee, "employees[7].", Messages.FRENCH, handWritten);
        assertEquals(beanValidation(employee, "employees[7].", Messages.FRENCH), asSet(handWritten));
    }

    @Test
    void theCasesCoverEveryConstraintOnBothSides() {
        // Guards the comparison itself: the base employee is valid, and the cases break each annotated field.
        assertTrue(BEAN_VALIDATION.validate(new EvaluationRequest(null, null, VALID)).isEmpty());
        Set<String> broken = requests().flatMap(r -> BEAN_VALIDATION.validate(r).stream())
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("employee", "employee.employer.idcc", "employee.establishmentType",
                "employee.fundedBy", "employee.id", "employee.jobCode", "employee.workingTime.monthlyHours",
                "employee.workingTime.ratio", "month", "ruleSets")), broken);
        assertTrue(requests().filter(r -> BEAN_VALIDATION.validate(r).isEmpty()).count() > 10, "valid cases too");
    }

    private static <T> Set<String> beanValidation(T bean, String prefix, Locale locale) {
        return BEAN_VALIDATION.validate(bean).stream().map(v -> {
            String template = v.getMessageTemplate();
            return prefix + v.getPropertyPath() + " = " + Messages.render(locale, template.substring(1, template.length() - 1));
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> asSet(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " = " + e.message()).collect(Collectors.toCollection(TreeSet::new));
    }

}
