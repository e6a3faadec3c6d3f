package fr.segur.eligibility.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a version file: {@code <YYYY-MM-DD>.yaml} for a version, {@code <YYYY-MM-DD>-r<N>.yaml} for the
 * N-th revision of the version of that date (a correction of a past period, N from 2).
 */
record VersionName(String version, LocalDate effectiveFrom, int revision) {

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:-r([2-9]|[1-9]\\d+))?\\.yaml");

    static VersionName of(Node fileNode, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw fileNode.error("a version file is named <YYYY-MM-DD>.yaml, or <YYYY-MM-DD>-r<N>.yaml for a revision");
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            int revision = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            return new VersionName(fileName.substring(0, fileName.length() - ".yaml".length()), date, revision);
        } catch (DateTimeParseException e) {
            throw fileNode.error("'" + fileName + "' is not named by a date (YYYY-MM-DD.yaml)");
        }
    }
}
