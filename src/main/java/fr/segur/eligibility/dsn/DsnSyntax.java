package fr.segur.eligibility.dsn;

/** The NEODeS line syntax, {@code S21.G00.40.013,'151.67'}, checked and cut without regular expressions (millions of lines). */
final class DsnSyntax {

    private DsnSyntax() {
    }

    /** {@code Sdd.Gdd.dd.ddd,'…'}: the syntax of every rubrique line. */
    static boolean wellFormed(String line) {
        int n = line.length();
        return n >= 17 && line.charAt(0) == 'S' && digit(line, 1) && digit(line, 2) && line.charAt(3) == '.'
                && line.charAt(4) == 'G' && digit(line, 5) && digit(line, 6) && line.charAt(7) == '.'
                && digit(line, 8) && digit(line, 9) && line.charAt(10) == '.' && digit(line, 11) && digit(line, 12)
                && digit(line, 13) && line.charAt(14) == ',' && line.charAt(15) == '\'' && line.charAt(n - 1) == '\'';
    }

    static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }

    static String pad(int rubrique) {
        return rubrique < 10 ? "00" + rubrique : rubrique < 100 ? "0" + rubrique : String.valueOf(rubrique);
    }

    static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }
}
