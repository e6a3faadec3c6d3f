package fr.segur.eligibility.dsn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a DSN (norme NEODeS: one rubrique a line, {@code S21.G00.40.013,'151.67'}) as a stream and hands over its
 * contracts one at a time, in file order. Only the rubriques the evaluation needs are kept; every other one, among
 * them the individual's NIR, names, birth date and address (block S21.G00.30) and the contacts, is skipped unread.
 */
public final class DsnReader {

    /** windows-1252 decodes ISO-8859-1 files too (it only adds characters where ISO-8859-1 has control codes). */
    static final Charset CHARSET = Charset.forName("windows-1252");

    static final String CONTRACT = "S21.G00.40";
    static final String SICK_LEAVE = "S21.G00.60";
    static final String END = "S21.G00.62";
    static final String PAY = "S21.G00.51";

    private static final Map<String, Set<Integer>> KEPT = Map.of(
            CONTRACT, Set.of(1, 4, 7, 9, 11, 12, 13, 14, 17, 19, 53, 54, 55),
            SICK_LEAVE, Set.of(1, 2, 3, 10),
            END, Set.of(1),
            PAY, Set.of(1, 2, 10, 11, 13, 14));

    /** Blocks below an individual (S21.G00.30) in the norm's tree; any other S21 block closes the individual. */
    private static final Set<Integer> INDIVIDUAL_BLOCKS = Set.of(30, 31, 34, 40, 41, 45, 50, 51, 52, 53, 54, 56, 58,
            60, 62, 63, 65, 66, 70, 71, 72, 73, 78, 79, 81, 83, 84, 86, 95, 98);
    /** Blocks below a contract (S21.G00.40): an unreadable line among them belongs to the contract. */
    private static final Set<Integer> CONTRACT_BLOCKS = Set.of(40, 41, 45, 60, 62, 63, 65, 66, 70, 71, 72, 73);

    /** What the file says about itself: its norm (S10.G00.00.006), main month (S20.G00.05.005), stray lines. */
    public record Header(Rubrique norm, Rubrique month, List<Integer> strayLines, int contracts) {
    }

    /** Receives each contract with the main month declared before it (S20.G00.05.005, null if none). */
    @FunctionalInterface
    public interface Sink {
        void accept(DsnContract contract, Rubrique mainMonth);
    }

    /** A file that is not a DSN at all (no rubrique line, or no envelope S10.G00.00). */
    public static final class NotADsnException extends Exception {
        NotADsnException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Thrown to stop a header-only reading at the first individual. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private final Sink sink;
    private boolean headerOnly;
    private final List<Integer> stray = new ArrayList<>();
    private Rubrique norm;
    private Rubrique month;
    private boolean envelope;
    private boolean anyRubrique;
    private String siren;
    private String nic;
    private Individual individual;
    private ContractBuilder contract;
    private Map<String, Rubrique> block;
    private boolean inContract;
    private String previousBlock = "";
    private int previousRubrique;
    private int contracts;

    private DsnReader(Sink sink) {
        this.sink = sink;
    }

    /** Reads the whole stream; each contract goes to {@code sink} once its individual is complete. */
    public static Header read(InputStream in, Sink sink) throws IOException, NotADsnException {
        DsnReader reader = new DsnReader(sink);
        DsnLines lines = new DsnLines(new InputStreamReader(in, CHARSET));
        for (String line = lines.next(); line != null; line = lines.next()) {
            reader.line(lines.number(), line);
        }
        reader.flushIndividual();
        if (!reader.envelope) {
            throw new NotADsnException(reader.anyRubrique ? "no S10.G00.00" : "no rubrique");
        }
        return new Header(reader.norm, reader.month, List.copyOf(reader.stray), reader.contracts);
    }

    /**
     * Reads only up to the first individual: the norm, the main month, and whether the file is a DSN at all, so
     * that every reason to refuse it is known before the first contract is answered.
     */
    public static Header header(InputStream in) throws IOException, NotADsnException {
        DsnReader reader = new DsnReader((c, m) -> { });
        reader.headerOnly = true;
        DsnLines lines = new DsnLines(new InputStreamReader(in, CHARSET));
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                reader.line(lines.number(), line);
            }
        } catch (Enough e) {
            return new Header(reader.norm, reader.month, List.of(), 0);
        }
        if (!reader.envelope) {
            throw new NotADsnException(reader.anyRubrique ? "no S10.G00.00" : "no rubrique");
        }
        return new Header(reader.norm, reader.month, List.of(), 0);
    }

    private void line(int number, String raw) throws NotADsnException {
        String line = DsnSyntax.stripEnd(number == 1 && raw.startsWith("\u00EF\u00BB\u00BF") ? raw.substring(3) : raw);
        if (line.isEmpty()) {
            return;
        }
        if (!DsnSyntax.wellFormed(line)) {
            if (!anyRubrique) {
                throw new NotADsnException("line " + number);
            }
            broken(number);
            return;
        }
        anyRubrique = true;
        String code = line.substring(0, 10);
        int rubrique = DsnSyntax.digits(line, 11, 14);
        boolean fresh = !code.equals(previousBlock) || rubrique <= previousRubrique;
        previousBlock = code;
        previousRubrique = rubrique;
        if (line.charAt(1) == '2' && line.charAt(2) == '1') {
            if (!envelope) {
                throw new NotADsnException("S21 before any S10.G00.00");
            }
            s21(code, DsnSyntax.digits(line, 8, 10), rubrique, fresh, new Rubrique(number, line.substring(16, line.length() - 1)));
        } else {
            flushIndividual();
            envelope(code, rubrique, fresh, new Rubrique(number, line.substring(16, line.length() - 1)));
        }
    }

    private void envelope(String code, int rubrique, boolean fresh, Rubrique value) {
        if ("S10.G00.00".equals(code)) {
            envelope = true;
            if (fresh) {
                siren = null;
                nic = null;
            }
            if (rubrique == 6 && norm == null) {
                norm = value;
            }
        } else if ("S20.G00.05".equals(code) && rubrique == 5 && month == null) {
            month = value;
        }
    }

    private void s21(String code, int number, int rubrique, boolean fresh, Rubrique value) {
        if (!INDIVIDUAL_BLOCKS.contains(number)) {
            flushIndividual();
            if (number == 6 && fresh) {
                siren = null;
                nic = null;
            }
            if (number == 6 && rubrique == 1) {
                siren = value.value();
            } else if (number == 11 && rubrique == 1) {
                nic = value.value();
            }
            return;
        }
        if (headerOnly) {
            throw new Enough();
        }
        if (number == 30 && fresh) {
            flushIndividual();
        }
        if (individual == null) {
            individual = new Individual();
        }
        inContract = CONTRACT_BLOCKS.contains(number) && (number == 40 || contract != null);
        if (fresh) {
            block = open(code, value.line());
        }
        Set<Integer> kept = KEPT.get(code);
        if (block != null && kept != null && kept.contains(rubrique)) {
            block.put(code + "." + DsnSyntax.pad(rubrique), value);
        }
    }

    /** Starts a new instance of a kept block where it belongs, or answers null for a block the service skips. */
    private Map<String, Rubrique> open(String code, int line) {
        switch (code) {
            case CONTRACT -> {
                contract = new ContractBuilder(line, siren != null && nic != null ? siren + nic : null);
                individual.contracts.add(contract);
                return contract.rubriques;
            }
            case SICK_LEAVE, END -> {
                if (contract == null) {
                    return null;
                }
                Map<String, Rubrique> instance = new HashMap<>(8);
                if (code.equals(END)) {
                    contract.end = instance;
                } else {
                    contract.sickLeaves.add(instance);
                }
                return instance;
            }
            case PAY -> {
                Map<String, Rubrique> instance = new HashMap<>(8);
                individual.pay.add(instance);
                return instance;
            }
            default -> {
                return null;
            }
        }
    }

    private void broken(int number) {
        if (contract != null && inContract) {
            contract.broken.add(number);
        } else if (individual != null) {
            individual.broken.add(number);
        } else {
            stray.add(number);
        }
    }

    /** Hands over the contracts of the individual just read, each with the pay lines that name it. */
    private void flushIndividual() {
        Individual done = individual;
        individual = null;
        contract = null;
        block = null;
        inContract = false;
        if (done == null) {
            return;
        }
        for (Map<String, Rubrique> pay : done.pay) {
            Rubrique number = pay.get(PAY + ".010");
            for (ContractBuilder c : done.contracts) {
                Rubrique own = c.rubriques.get(CONTRACT + ".009");
                if (number == null ? done.contracts.size() == 1 : own != null && own.value().equals(number.value())) {
                    c.pay.add(pay);
                }
            }
        }
        if (done.contracts.isEmpty() && !done.broken.isEmpty()) {
            stray.addAll(done.broken);
        }
        for (ContractBuilder c : done.contracts) {
            List<Integer> broken = new ArrayList<>(done.broken);
            broken.addAll(c.broken);
            broken.sort(null);
            sink.accept(new DsnContract(contracts++, c.line, c.siret, c.rubriques, c.sickLeaves,
                    c.end == null ? Map.of() : c.end, c.pay, broken), month);
        }
    }

    /** The individual being read: its contracts, its pay lines and its unreadable lines outside any contract. */
    private static final class Individual {
        final List<ContractBuilder> contracts = new ArrayList<>(2);
        final List<Map<String, Rubrique>> pay = new ArrayList<>(4);
        final List<Integer> broken = new ArrayList<>(0);
    }

    /** A contract being read. */
    private static final class ContractBuilder {
        final int line;
        final String siret;
        final Map<String, Rubrique> rubriques = new HashMap<>(32);
        final List<Map<String, Rubrique>> sickLeaves = new ArrayList<>(0);
        final List<Integer> broken = new ArrayList<>(0);
        final List<Map<String, Rubrique>> pay = new ArrayList<>(2);
        Map<String, Rubrique> end;

        ContractBuilder(int line, String siret) {
            this.line = line;
            this.siret = siret;
        }
    }
}
