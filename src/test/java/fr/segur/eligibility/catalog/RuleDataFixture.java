package fr.segur.eligibility.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of the shipped rule data, to load it altered (broken files, other parameter values). */
public final class RuleDataFixture {

    public static final Path SHIPPED = Path.of("src/main/resources/rulesets");

    private final Path root;

    private RuleDataFixture(Path root) {
        this.root = root;
    }

    public static RuleDataFixture copyOfShipped(Path tempDir) {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path source : files.toList()) {
                Path target = tempDir.resolve(SHIPPED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return new RuleDataFixture(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Replaces text in a file; the checksum lock is left as it was. */
    public RuleDataFixture edit(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain: " + from);
        }
        return write(file, text.replace(from, to));
    }

    public RuleDataFixture write(String file, String content) {
        try {
            Files.writeString(root.resolve(file), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleDataFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-pins every version file's checksum, as publishing a new version would. */
    public RuleDataFixture repin() {
        StringBuilder sums = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}(-r\\d+)?\\.yaml")).sorted().toList()) {
                sums.append(RuleDataLoader.sha256(Files.readAllBytes(f))).append("  ")
                        .append(root.relativize(f).toString().replace('\\', '/')).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(RuleDataLoader.CHECKSUMS, sums.toString());
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleCatalog load() {
        return new RuleDataLoader(RuleSource.directory(root)).load();
    }
}
