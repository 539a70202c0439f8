package org.unspin.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every package of the main code says in its package-info what it is to a library user: public
 * API, a tool behind a command, or internal; and says so in agreement with {@link ArchitectureRules}.
 */
class PackageDocsTest {

    @Test
    void everyPackageSaysWhetherItIsApiToolOrInternal() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> wrong = new ArrayList<>();
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(Files::isDirectory).filter(PackageDocsTest::holdsJava).toList();
        }
        for (Path dir : dirs) {
            String pkg = root.relativize(dir).toString().replace('/', '.');
            Path info = dir.resolve("package-info.java");
            if (!Files.exists(info)) {
                wrong.add(pkg + ": no package-info.java");
                continue;
            }
            String text = Files.readString(info);
            String expected = ArchitectureRules.API_PACKAGES.contains(pkg) ? "<b>Public API</b>"
                    : ArchitectureRules.TOOL_PACKAGES.contains(pkg) ? "<b>Tool</b>" : "<b>Internal</b>";
            if (!text.contains(expected)) {
                wrong.add(pkg + ": package-info does not say " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
