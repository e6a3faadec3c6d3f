package fr.segur.eligibility.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NEODeS line syntax, the blocks' hierarchy, and what the reader keeps (never the individual's identity). */
class DsnReaderTest {

    private final List<DsnContract> contracts = new ArrayList<>();

    private DsnReader.Header read(byte[] bytes) throws Exception {
        return DsnReader.read(new ByteArrayInputStream(bytes), (c, month) -> contracts.add(c));
    }

    @Test
    void contractsComeInFileOrderWithTheirEstablishmentSubBlocksAndPayLines() throws Exception {
        SyntheticDsn dsn = SyntheticDsn.monthly("P26V01", "01032026").establishment("123456789", "00012");
        dsn.individual().contract("K1", "01012020", "526a", "0029")
                .sickLeave("01", "10022026", "20032026").end("31032026")
                .contract("K2", "01022021", "431f", "0029")
                .versement("31032026", "1000.00").pay("01032026", "31032026", "K2", "022", "241.22", null);
        dsn.establishment("123456789", "00099");
        int third = dsn.nextLine() + 9;
        dsn.individual().contract("K3", "01012020", "526a", "0029").versement("31032026", "10.00")
                .raw("S21.G00.51.001,'01032026'").add("S21.G00.51.011", "021").add("S21.G00.51.014", "90.00");
        DsnReader.Header header = read(dsn.bytes());
        assertEquals("P26V01", header.norm().value());
        assertEquals("01032026", header.month().value());
        assertEquals(3, header.contracts());
        assertEquals(List.of("K1", "K2", "K3"), contracts.stream().map(c -> c.value("S21.G00.40.009")).toList());
        assertEquals(List.of("12345678900012", "12345678900012", "12345678900099"), contracts.stream().map(DsnContract::siret).toList());
        assertEquals(third, contracts.get(2).line());
        DsnContract k1 = contracts.get(0);
        assertEquals("20032026", k1.sickLeaves().get(0).get("S21.G00.60.003").value());
        assertEquals("31032026", k1.end().get("S21.G00.62.001").value());
        assertEquals(List.of(), k1.pay(), "the pay line names K2");
        assertEquals("241.22", contracts.get(1).pay().get(0).get("S21.G00.51.013").value());
        assertEquals("90.00", contracts.get(2).pay().get(0).get("S21.G00.51.014").value(),
                "a pay line without contract number belongs to the individual's only contract");
    }

    @Test
    void personalRubriquesAreNeverKept() throws Exception {
        SyntheticDsn dsn = SyntheticDsn.monthly("P25V01", "01092025").establishment("123456789", "00012");
        dsn.individual().contract("K1", "01012020", "526a", "0029").versement("30092025", "1.00");
        read(dsn.bytes());
        DsnContract c = contracts.get(0);
        List<Map<String, Rubrique>> blocks = new ArrayList<>(List.of(c.rubriques(), c.end()));
        blocks.addAll(c.pay());
        for (Map<String, Rubrique> block : blocks) {
            block.values().forEach(r -> assertFalse(r.value().contains(SyntheticDsn.SENTINEL), r.toString()));
            assertFalse(block.keySet().stream().anyMatch(k -> k.startsWith("S21.G00.30")), block.toString());
        }
        assertNull(c.value("S21.G00.40.006"), "not even the job label");
    }

    @Test
    void unreadableLinesBelongToTheContractTheySitIn() throws Exception {
        SyntheticDsn dsn = SyntheticDsn.monthly("P25V01", "01092025").establishment("123456789", "00012");
        int stray = dsn.nextLine();
        dsn.raw("this is no rubrique");
        dsn.individual().contract("K1", "01012020", "526a", "0029");
        int inside = dsn.nextLine();
        dsn.raw("S21.G00.40.013;151.67").sickLeave("01", "01092025", null);
        int inSick = dsn.nextLine();
        dsn.raw("S21.G00.60.003,'3009");
        dsn.individual().contract("K2", "01012020", "526a", "0029");
        DsnReader.Header header = read(dsn.bytes(DsnReader.CHARSET, "\n"));
        assertEquals(List.of(stray), header.strayLines());
        assertEquals(List.of(inside, inSick), contracts.get(0).brokenLines());
        assertEquals(List.of(), contracts.get(1).brokenLines());
    }

    @Test
    void windows1252AndIso88591AndLineEnds() throws Exception {
        String text = "S10.G00.00.006,'P24V01'\r\nS20.G00.05.005,'01012024'\nS21.G00.06.001,'123456789'\r\n"
                + "S21.G00.11.001,'00012'\nS21.G00.30.002,'\u00C9LO\u00CFSE \u0152'\nS21.G00.40.009,'\u20AC1'\r\n";
        read(text.getBytes(DsnReader.CHARSET));
        assertEquals("\u20AC1", contracts.get(0).value("S21.G00.40.009"), "windows-1252 euro sign");
        contracts.clear();
        read(text.replace("\u20AC", "\u00E9").replace("\u0152", "").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("\u00E91", contracts.get(0).value("S21.G00.40.009"));
    }

    @Test
    void aFileThatIsNotADsn() {
        assertThrows(DsnReader.NotADsnException.class, () -> read("{\"employees\": []}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(DsnReader.NotADsnException.class, () -> read(new byte[0]));
        byte[] noLineEnd = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(noLineEnd, (byte) 'S');
        assertThrows(DsnReader.NotADsnException.class, () -> read(noLineEnd), "cut at the line limit, never one huge string");
    }

    @Test
    void aDeclarationWithoutContractsIsStillADsn() throws Exception {
        assertEquals(0, read(SyntheticDsn.monthly("P25V01", "01092025").bytes()).contracts());
    }

    @Test
    void lineEndsAreCrLfOrLf() throws IOException {
        DsnLines lines = new DsnLines(new java.io.StringReader("a\r\nb\n\nc"));
        assertEquals(List.of("a", "b", "", "c"), List.of(lines.next(), lines.next(), lines.next(), lines.next()));
        assertNull(lines.next());
        assertEquals(4, lines.number());
    }
}
