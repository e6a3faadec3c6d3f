package fr.segur.eligibility.dsn;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes synthetic DSN files for the tests (no real data): rubrique lines in the order of the norm, with sentinel
 * strings in every personal rubrique so that a test can prove none of them reaches an answer or a log.
 */
final class SyntheticDsn {

    /** Put in every personal rubrique (NIR, names, birth date and place, address, contacts). */
    static final String SENTINEL = "ZZSENTINEL";

    private final List<String> lines = new ArrayList<>();
    private int individuals;

    /** The envelope and declaration blocks of a monthly DSN of the given norm and main month (JJMMAAAA). */
    static SyntheticDsn monthly(String norm, String month) {
        SyntheticDsn dsn = new SyntheticDsn();
        dsn.add("S10.G00.00.001", "SYNTH").add("S10.G00.00.002", "TEST").add("S10.G00.00.003", "1.0")
                .add("S10.G00.00.005", "01").add("S10.G00.00.006", norm).add("S10.G00.00.008", "01")
                .add("S10.G00.01.001", "999999999").add("S10.G00.01.002", "00011")
                .add("S10.G00.01.003", SENTINEL + "-EMETTEUR")
                .add("S10.G00.02.002", SENTINEL + "-CONTACT").add("S10.G00.02.004", SENTINEL + "@example.invalid")
                .add("S10.G00.02.005", SENTINEL + "-TEL")
                .add("S20.G00.05.001", "01").add("S20.G00.05.002", "01").add("S20.G00.05.005", month)
                .add("S20.G00.07.001", SENTINEL + "-DECLARANT").add("S20.G00.07.003", SENTINEL + "@example.invalid");
        return dsn;
    }

    SyntheticDsn add(String code, String value) {
        lines.add(code + ",'" + value + "'");
        return this;
    }

    /** A line as is, e.g. a broken one. */
    SyntheticDsn raw(String line) {
        lines.add(line);
        return this;
    }

    /** The number the next line will have. */
    int nextLine() {
        return lines.size() + 1;
    }

    SyntheticDsn establishment(String siren, String nic) {
        return add("S21.G00.06.001", siren).add("S21.G00.06.002", nic).add("S21.G00.06.003", "8710A")
                .add("S21.G00.11.001", nic).add("S21.G00.11.002", "8710A").add("S21.G00.11.003", SENTINEL + "-RUE");
    }

    /** An individual whose every personal rubrique holds a sentinel. */
    SyntheticDsn individual() {
        int n = ++individuals;
        return add("S21.G00.30.001", SENTINEL + "-NIR-" + n).add("S21.G00.30.002", SENTINEL + "-NOM-" + n)
                .add("S21.G00.30.003", SENTINEL + "-USAGE-" + n).add("S21.G00.30.004", SENTINEL + "-PRENOM-" + n)
                .add("S21.G00.30.005", "02").add("S21.G00.30.006", SENTINEL + "-NAISSANCE")
                .add("S21.G00.30.007", SENTINEL + "-LIEU").add("S21.G00.30.008", SENTINEL + "-ADRESSE")
                .add("S21.G00.30.018", SENTINEL + "@mail.invalid");
    }

    /** A full-time contract; {@code overrides} (rubrique number → value, null to leave out) change or add rubriques. */
    SyntheticDsn contract(String number, String start, String pcsEse, String idcc, Map<String, String> overrides) {
        Map<String, String> r = new TreeMap<>();
        r.put("001", start);
        r.put("002", "01");
        r.put("004", pcsEse);
        r.put("006", "Libellé de l'emploi");
        r.put("007", "01");
        r.put("009", number);
        r.put("011", "10");
        r.put("012", "151.67");
        r.put("013", "151.67");
        r.put("014", "10");
        r.put("017", idcc);
        r.putAll(overrides);
        r.forEach((k, v) -> {
            if (v != null) {
                add("S21.G00.40." + k, v);
            }
        });
        return this;
    }

    SyntheticDsn contract(String number, String start, String pcsEse, String idcc) {
        return contract(number, start, pcsEse, idcc, Map.of());
    }

    SyntheticDsn sickLeave(String motif, String lastWorked, String plannedEnd) {
        add("S21.G00.60.001", motif).add("S21.G00.60.002", lastWorked);
        return plannedEnd == null ? this : add("S21.G00.60.003", plannedEnd);
    }

    SyntheticDsn end(String date) {
        return add("S21.G00.62.001", date).add("S21.G00.62.002", "031");
    }

    /** A versement (S21.G00.50) of the individual. */
    SyntheticDsn versement(String date, String net) {
        return add("S21.G00.50.001", date).add("S21.G00.50.002", net).add("S21.G00.50.004", net);
    }

    /** A rémunération line (S21.G00.51) naming a contract; {@code rate} is S21.G00.51.014 or null. */
    SyntheticDsn pay(String from, String to, String contract, String type, String amount, String rate) {
        add("S21.G00.51.001", from).add("S21.G00.51.002", to).add("S21.G00.51.010", contract).add("S21.G00.51.011", type);
        if (amount != null) {
            add("S21.G00.51.013", amount);
        }
        return rate == null ? this : add("S21.G00.51.014", rate);
    }

    String text(String lineEnd) {
        StringBuilder out = new StringBuilder(lines.size() * 30);
        for (String line : lines) {
            out.append(line).append(lineEnd);
        }
        out.append("S90.G00.90.001,'").append(lines.size() + 1).append("'").append(lineEnd);
        return out.toString();
    }

    byte[] bytes(Charset charset, String lineEnd) {
        return text(lineEnd).getBytes(charset);
    }

    byte[] bytes() {
        return bytes(DsnReader.CHARSET, "\r\n");
    }
}
