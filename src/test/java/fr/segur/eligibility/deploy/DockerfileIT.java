package fr.segur.eligibility.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks the Dockerfile and .dockerignore against the packaged application (runs after {@code package}). */
class DockerfileIT {

    private static final Path PROJECT_DIR =
            Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    private static final Path DOCKERFILE = PROJECT_DIR.resolve("Dockerfile");
    private static final Path DOCKERIGNORE = PROJECT_DIR.resolve(".dockerignore");
    private static final Path QUARKUS_APP = PROJECT_DIR.resolve("target/quarkus-app");
    private static final List<String> SECRET_WORDS = List.of("PASSWORD", "SECRET", "TOKEN", "KEY");

    /** One Dockerfile instruction: keyword in upper case and its arguments (continuation lines joined). */
    record Instruction(int index, String keyword, String arguments) {
    }

    private static List<Instruction> instructions;

    @BeforeAll
    static void parseDockerfile() throws IOException {
        assertTrue(Files.isRegularFile(DOCKERFILE), "missing " + DOCKERFILE);
        instructions = parseInstructions(Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8));
        assertFalse(instructions.isEmpty(), "the Dockerfile has no instruction");
    }

    @Test
    void baseImagesHavePinnedTags() {
        Set<String> stageNames = new HashSet<>();
        List<Instruction> froms = ofKeyword("FROM");
        assertFalse(froms.isEmpty(), "no FROM instruction");
        for (Instruction from : froms) {
            List<String> words = words(from.arguments()).stream().filter(w -> !w.startsWith("--"))
                    .collect(Collectors.toList());
            String image = words.get(0);
            if (words.size() >= 3 && "AS".equalsIgnoreCase(words.get(1))) {
                stageNames.add(words.get(2).toLowerCase(Locale.ROOT));
            }
            if (stageNames.contains(image.toLowerCase(Locale.ROOT)) || "scratch".equals(image)) {
                continue; // a previous build stage, not a registry image
            }
            assertTrue(isPinned(image), "FROM " + image + ": the base image needs a pinned tag (not latest) or a digest");
        }
    }

    @Test
    void copySourcesExistInTheProject() throws IOException {
        List<Instruction> copies = ofKeyword("COPY");
        assertFalse(copies.isEmpty(), "no COPY instruction");
        for (Instruction copy : copies) {
            if (copy.arguments().contains("--from=")) {
                continue; // copies from another stage, not from the build context
            }
            for (String source : copySources(copy)) {
                assertFalse(matchingPaths(source).isEmpty(),
                        "COPY source " + source + " does not exist under " + PROJECT_DIR + " (run ./mvnw package first)");
            }
        }
    }

    @Test
    void runsAsNonRootUserSetAfterTheCopies() {
        List<Instruction> users = ofKeyword("USER");
        assertFalse(users.isEmpty(), "no USER instruction: the container would run as root");
        Instruction lastUser = users.get(users.size() - 1);
        String user = lastUser.arguments().trim().split(":")[0];
        assertNotEquals("root", user, "USER must not be root");
        assertNotEquals("0", user, "USER must not be 0");
        int lastCopy = ofKeyword("COPY").stream().mapToInt(Instruction::index).max().orElse(-1);
        assertTrue(lastUser.index() > lastCopy, "the USER instruction must come after the COPY instructions");
    }

    @Test
    void healthCheckPolicyIsExplicit() {
        // Kubernetes probes do the health checking (k8s/deployment.yaml); the image says so instead of inheriting one.
        List<Instruction> checks = ofKeyword("HEALTHCHECK");
        assertEquals(1, checks.size(), "exactly one HEALTHCHECK instruction (NONE, or a CMD the image can run)");
        String policy = checks.get(0).arguments().trim();
        assertTrue(policy.equalsIgnoreCase("NONE") || policy.matches("(?s)(--\\S+\\s+)*CMD\\s+\\S.*"),
                "HEALTHCHECK must be NONE or CMD ...: " + policy);
    }

    @Test
    void entrypointAndCmdUseTheExecForm() {
        // shell form runs under /bin/sh -c, which does not pass SIGTERM on: no graceful shutdown (hadolint DL3025)
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("ENTRYPOINT") || instruction.keyword().equals("CMD")) {
                assertTrue(instruction.arguments().trim().startsWith("["), instruction.keyword() + " must use the JSON exec form: "
                        + instruction.arguments());
            }
        }
    }

    @Test
    void exposesPort8080() {
        boolean exposed = ofKeyword("EXPOSE").stream().flatMap(expose -> words(expose.arguments()).stream())
                .anyMatch(port -> port.equals("8080") || port.equals("8080/tcp"));
        assertTrue(exposed, "the Dockerfile must EXPOSE 8080");
    }

    @Test
    void noSecretInEnvOrArg() {
        List<String> offenders = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (!instruction.keyword().equals("ENV") && !instruction.keyword().equals("ARG")) {
                continue;
            }
            for (String[] variable : variables(instruction)) {
                String name = variable[0].toUpperCase(Locale.ROOT);
                boolean secretName = SECRET_WORDS.stream().anyMatch(name::contains);
                if (secretName && !variable[1].isBlank()) {
                    offenders.add(instruction.keyword() + " " + variable[0]);
                }
            }
        }
        assertEquals(List.of(), offenders, "secrets must not be baked into the image");
    }

    @Test
    void dockerignoreKeepsThePackagedApplication() throws IOException {
        assertTrue(Files.isDirectory(QUARKUS_APP), "missing " + QUARKUS_APP + " (run ./mvnw package first)");
        List<String> patterns = Files.exists(DOCKERIGNORE)
                ? Files.readAllLines(DOCKERIGNORE, StandardCharsets.UTF_8) : List.of();
        // every file of the packaged application, and every path the COPY instructions name
        Set<String> needed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(QUARKUS_APP)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> needed.add(PROJECT_DIR.relativize(file).toString().replace('\\', '/')));
        }
        ofKeyword("COPY").stream().filter(copy -> !copy.arguments().contains("--from="))
                .flatMap(copy -> copySources(copy).stream())
                .forEach(source -> needed.add(source.replaceAll("^\\./", "").replaceAll("/+$", "")));
        List<String> excluded = needed.stream().filter(path -> isExcluded(path, patterns)).collect(Collectors.toList());
        assertEquals(List.of(), excluded, ".dockerignore excludes files the image needs");
    }

    // ------------------------------------------------------------------------------------------
    // Helpers: Dockerfile parsing
    // ------------------------------------------------------------------------------------------

    /** Joins continuation lines (trailing backslash) and drops comments and blank lines. */
    static List<Instruction> parseInstructions(List<String> lines) {
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().trim();
            current.setLength(0);
            if (!text.isEmpty()) {
                String[] parts = text.split("\\s+", 2);
                result.add(new Instruction(result.size(), parts[0].toUpperCase(Locale.ROOT),
                        parts.length > 1 ? parts[1].trim() : ""));
            }
        }
        return result;
    }

    private static List<Instruction> ofKeyword(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).collect(Collectors.toList());
    }

    /** Image reference pinned by a digest or by a tag other than latest (a registry port is not a tag). */
    static boolean isPinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        if (colon < 0 || image.contains("$")) {
            return false;
        }
        String tag = lastSegment.substring(colon + 1);
        return !tag.isBlank() && !tag.equalsIgnoreCase("latest");
    }

    /** The source paths of a COPY/ADD, in shell form ("COPY --chown=185 a b dest") or JSON form. */
    private static List<String> copySources(Instruction copy) {
        List<String> arguments;
        String text = copy.arguments();
        while (text.startsWith("--")) { // --chown=185, --chmod=..., --link
            String[] parts = text.split("\\s+", 2);
            text = parts.length > 1 ? parts[1].trim() : "";
        }
        if (text.startsWith("[")) {
            try {
                arguments = List.of(new ObjectMapper().readValue(text, String[].class));
            } catch (IOException e) {
                throw new AssertionError("COPY with an invalid JSON array: " + text, e);
            }
        } else {
            arguments = words(text);
        }
        assertTrue(arguments.size() >= 2, "COPY needs a source and a destination: " + copy.arguments());
        return arguments.subList(0, arguments.size() - 1);
    }

    /** Project paths matching a COPY source, which may hold * and ? wildcards. */
    private static List<Path> matchingPaths(String source) throws IOException {
        String normalized = source.replaceAll("^\\./", "").replaceAll("/+$", "");
        if (!normalized.contains("*") && !normalized.contains("?")) {
            Path path = PROJECT_DIR.resolve(normalized);
            return Files.exists(path) ? List.of(path) : List.of();
        }
        Pattern pattern = Pattern.compile(globToRegex(normalized));
        try (Stream<Path> files = Files.walk(PROJECT_DIR, normalized.split("/").length)) {
            return files.filter(file -> pattern.matcher(PROJECT_DIR.relativize(file).toString().replace('\\', '/'))
                    .matches()).collect(Collectors.toList());
        }
    }

    /** Name/value pairs of ENV ("ENV A=1 B=\"x y\"", legacy "ENV A 1") or ARG ("ARG A", "ARG A=1"). */
    private static List<String[]> variables(Instruction instruction) {
        List<String> words = words(instruction.arguments());
        List<String[]> variables = new ArrayList<>();
        if (words.isEmpty()) {
            return variables;
        }
        if (instruction.keyword().equals("ENV") && !words.get(0).contains("=")) {
            String value = instruction.arguments().trim().substring(words.get(0).length()).trim();
            variables.add(new String[] {words.get(0), value});
            return variables;
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            variables.add(equals < 0 ? new String[] {word, ""}
                    : new String[] {word.substring(0, equals), word.substring(equals + 1)});
        }
        return variables;
    }

    /** Splits on whitespace outside single or double quotes and removes the quotes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    // ------------------------------------------------------------------------------------------
    // Helpers: .dockerignore matching (Docker semantics: patterns in order, the last match wins,
    // "!" re-includes, a pattern matching a parent directory matches everything below it)
    // ------------------------------------------------------------------------------------------

    static boolean isExcluded(String path, List<String> patterns) {
        boolean excluded = false;
        for (String line : patterns) {
            String pattern = line.trim();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean negated = pattern.startsWith("!");
            if (negated) {
                pattern = pattern.substring(1).trim();
            }
            pattern = pattern.replaceAll("^/+", "").replaceAll("^\\./", "").replaceAll("/+$", "");
            if (!pattern.isEmpty() && matchesOrParentMatches(path, pattern)) {
                excluded = !negated;
            }
        }
        return excluded;
    }

    private static boolean matchesOrParentMatches(String path, String glob) {
        Pattern pattern = Pattern.compile(globToRegex(glob));
        String candidate = path;
        while (true) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    /** Docker glob: ** spans directories, * and ? stay within one path segment. */
    static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
