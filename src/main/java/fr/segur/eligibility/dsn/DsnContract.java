package fr.segur.eligibility.dsn;

import java.util.List;
import java.util.Map;

/**
 * One contract (block S21.G00.40) as read, before any interpretation: the rubriques the service needs, keyed by
 * their full code ({@code S21.G00.40.013}), its sick leaves (S21.G00.60), its end (S21.G00.62), the pay lines of
 * its individual that name it (S21.G00.51), and the unreadable lines found inside it.
 *
 * @param index       position of the contract in the file, from 0
 * @param line        line of the contract's first rubrique
 * @param siret       SIRET of the declaring establishment (SIREN S21.G00.06.001 + NIC S21.G00.11.001), or null
 */
public record DsnContract(int index, int line, String siret, Map<String, Rubrique> rubriques,
                          List<Map<String, Rubrique>> sickLeaves, Map<String, Rubrique> end,
                          List<Map<String, Rubrique>> pay, List<Integer> brokenLines) {

    /** The value of a rubrique of the contract block, or null. */
    public String value(String code) {
        Rubrique r = rubriques.get(code);
        return r == null ? null : r.value();
    }
}
