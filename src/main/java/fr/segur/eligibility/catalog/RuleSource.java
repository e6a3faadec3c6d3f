package fr.segur.eligibility.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where rule files are read from: the application's classpath, or a directory an operator provides. */
public interface RuleSource {

    /** The bytes of the file at a path relative to the rule root, or null when there is no such file. */
    byte[] read(String path);

    /** A human-readable name of the root, for error messages. */
    String describe();

    static RuleSource classpath(String root) {
        return new RuleSource() {
            public byte[] read(String path) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
                    return in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            public String describe() {
                return "classpath:" + root;
            }
        };
    }

    static RuleSource directory(Path root) {
        return new RuleSource() {
            public byte[] read(String path) {
                Path file = root.resolve(path).normalize();
                try {
                    return file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            public String describe() {
                return root.toString();
            }
        };
    }
}
