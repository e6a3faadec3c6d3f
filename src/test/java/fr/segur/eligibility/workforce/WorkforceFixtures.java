package fr.segur.eligibility.workforce;

import java.util.List;

/** Employees of the workforce tests, taken from the legal cases and the contract's examples. */
final class WorkforceFixtures {

    static final String NURSE = "{\"id\": \"H-1\", \"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", \"establishmentType\": \"EHPAD\", "
            + "\"fundedBy\": [\"ASSURANCE_MALADIE\", \"DEPARTEMENT\"], \"employmentStart\": \"2015-01-01\"}";
    static final String SECRETARY = "{\"id\": \"E-1\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
            + "\"establishmentType\": \"ESSMS_HANDICAP\", \"fundedBy\": [\"ASSURANCE_MALADIE\"], \"employer\": {\"idcc\": 413, \"signatoryMember\": true}, "
            + "\"workingTime\": {\"ratio\": \"0.8\"}, \"employmentStart\": \"2019-03-01\", \"paid\": {\"2024-09\": \"100.00\"}}";
    static final String AES = "{\"id\": \"A-1\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"AES\", \"establishmentType\": \"ESSMS_HANDICAP\", "
            + "\"fundedBy\": [\"ASSURANCE_MALADIE\", \"DEPARTEMENT\"], \"employer\": {\"idcc\": 413}, \"employmentStart\": \"2018-05-14\"}";
    static final String COOK = "{\"id\": \"C-1\", \"sector\": \"PUBLIC_FPT\", \"jobCode\": \"CUISINIER\", \"establishmentType\": \"PROTECTION_ENFANCE\", "
            + "\"fundedBy\": [\"DEPARTEMENT\"], \"employmentStart\": \"2014-01-01\"}";
    static final String COOK2 = COOK.replace("C-1", "C-2");
    static final String BAD = "{\"id\": \"X-1\", \"sector\": \"PUBLIC_FPT\", \"jobCode\": \"NO_SUCH_JOB\"}";

    static final List<String> EMPLOYEES = List.of(NURSE, SECRETARY, AES, COOK, COOK2);

    private WorkforceFixtures() {
    }

    static String document(String from, String to, String extra, List<String> employees) {
        return "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"" + extra + ", \"employees\": [" + String.join(", ", employees) + "]}";
    }
}
