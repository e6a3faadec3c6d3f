package fr.segur.eligibility.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.WorkingTimeInput;
import fr.segur.eligibility.rules.Funder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The pre-check agrees with Hibernate Validator on random requests whose values sit on and around every bound of
 * the request records (both ways: it vouches for exactly the requests Hibernate Validator finds valid), and leaves
 * to Hibernate Validator any constraint it does not know.
 */
class CertainlyValidTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final CertainlyValid CERTAINLY_VALID = new CertainlyValid(VALIDATOR);

    private static final String[] MONTHS = {null, "2024-09", "2024-12", "2024-01", "2024-13", "2024-00", "2024-9",
        "24-09", "2024-09 ", "2024-09\n", "abcd-09", "", "20240-09"};
    private static final Integer[] IDCCS = {null, Integer.MIN_VALUE, -1, 0, 1, 2, 413, 9998, 9999, 10000, Integer.MAX_VALUE};
    private static final String[] RATIOS = {null, "-0.1", "0", "0.000", "0.0001", "0.8", "1", "1.0", "1.000", "1.00001",
        "2", "1E+0", "0E-5"};
    private static final String[] HOURS = {null, "-5", "0", "0.00", "0.01", "151.67", "300", "300.00", "300.01", "3E+2",
        "301"};

    private final Random random = new Random(20261201);

    @Test
    void agreesWithHibernateValidatorOnRandomRequests() {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 20_000; i++) {
            EvaluationRequest request = request();
            boolean expected = VALIDATOR.validate(request).isEmpty();
            assertEquals(expected, CERTAINLY_VALID.test(request), request::toString);
            if (request.employee() != null) {
                assertEquals(VALIDATOR.validate(request.employee()).isEmpty(), CERTAINLY_VALID.test(request.employee()),
                        request::toString);
            }
            if (expected) {
                valid++;
            } else {
                invalid++;
            }
        }
        // Both sides are well represented, so that the agreement means something.
        assertTrue(valid > 1_000, "valid requests: " + valid);
        assertTrue(invalid > 1_000, "invalid requests: " + invalid);
    }

    /** A record with a constraint the pre-check does not know, and one of the kind it knows. */
    record WithEmail(@Email String mail, @Size(max = 3) String code) {
    }

    /** The same constraint on a class that is not a record. */
    static final class NotARecord {
        @Size(max = 3)
        String code = "ab";
    }

    @Test
    void leavesEveryUnknownConstraintToHibernateValidator() {
        WithEmail valid = new WithEmail("a@example.org", "ab");
        assertTrue(VALIDATOR.validate(valid).isEmpty());
        assertFalse(CERTAINLY_VALID.test(valid));
        assertTrue(VALIDATOR.validate(new NotARecord()).isEmpty());
        assertFalse(CERTAINLY_VALID.test(new NotARecord()));
    }

    private EvaluationRequest request() {
        return new EvaluationRequest(pick(MONTHS), list(12), random.nextInt(8) == 0 ? null : employee());
    }

    private Employee employee() {
        List<Funder> funders = random.nextBoolean() ? null : Collections.nCopies(random.nextInt(13), Funder.ETAT);
        Employer employer = random.nextInt(3) == 0 ? null : new Employer(pick(IDCCS), null, null);
        WorkingTimeInput time = random.nextInt(3) == 0 ? null : new WorkingTimeInput(decimal(RATIOS), decimal(HOURS));
        return new Employee(text(), null, text(), text(), funders, null, null, employer, time, null, null, null, null);
    }

    /** Null, or a text of a length around the bound of 64. */
    private String text() {
        int length = random.nextInt(4) == 0 ? -1 : random.nextInt(4) == 0 ? 60 + random.nextInt(8) : random.nextInt(12);
        return length < 0 ? null : "x".repeat(length);
    }

    private List<String> list(int maxSize) {
        return random.nextBoolean() ? null : Collections.nCopies(random.nextInt(maxSize + 1), "bassms");
    }

    private BigDecimal decimal(String[] values) {
        String v = pick(values);
        return v == null ? null : new BigDecimal(v);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
