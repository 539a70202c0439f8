package org.unspin.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.decide.RuleBase;
import org.unspin.decide.RuleCompileException;
import org.unspin.decide.RuleProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-edited rule files: every fault is a {@link RuleCompileException} naming file:line and what is wrong. */
class RuleFilesTest {

    private static final String HEAD = "package org.unspin.rules;\nimport org.unspin.decide.facts.Candidate;\n";
    private static final String GOOD_RULE = "rule \"good\"\n    agenda-group \"decide\"\nwhen\n    Candidate( text == \"x\" )\nthen\nend\n";

    private static Path rulesFolder(Path root, String file, byte[] content) throws IOException {
        Path dir = Files.createDirectories(root.resolve("rules"));
        Files.write(dir.resolve(file), content);
        return dir;
    }

    private static List<RuleProblem> problems(Path dir) {
        return assertThrows(RuleCompileException.class, () -> RuleBase.compile(dir)).problems();
    }

    private static void assertEveryProblemHasALine(List<RuleProblem> problems) {
        assertFalse(problems.isEmpty());
        for (RuleProblem p : problems) {
            assertTrue(p.file().startsWith("rules/") && p.line() >= 1, "no file:line in " + p);
        }
    }

    @Test
    void aSyntaxErrorNamesFileLineAndTheFault(@TempDir Path root) throws IOException {
        Path dir = rulesFolder(root, "broken.drl", (HEAD + "\nrule \"broken\"\nwhen\n    Candidate( status == )\nthen\nend\n")
                .getBytes(StandardCharsets.UTF_8));
        List<RuleProblem> problems = problems(dir);
        assertEveryProblemHasALine(problems);
        assertEquals("rules/broken.drl", problems.get(0).file());
        assertEquals(6, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).message().contains("broken"), problems.toString());
    }

    @Test
    void crlfLineEndingsCompileAndKeepLineNumbers(@TempDir Path root) throws IOException {
        String crlf = (HEAD + GOOD_RULE).replace("\n", "\r\n");
        assertEquals(List.of("good"), RuleBase.compile(rulesFolder(root, "crlf.drl", crlf.getBytes(StandardCharsets.UTF_8)))
                .rules().stream().map(RuleBase.RuleInfo::name).toList());
        String broken = (HEAD + "rule \"b\"\nwhen\n    Candidate( text == )\nthen\nend\n").replace("\n", "\r\n");
        Path other = root.resolve("other");
        Files.createDirectories(other);
        List<RuleProblem> problems = problems(rulesFolder(other, "crlf.drl", broken.getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, problems.get(0).line(), problems.toString());
    }

    @Test
    void aByteOrderMarkIsIgnored(@TempDir Path root) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes((HEAD + GOOD_RULE).getBytes(StandardCharsets.UTF_8));
        RuleBase rules = RuleBase.compile(rulesFolder(root, "bom.drl", b.toByteArray()));
        assertEquals(List.of("good"), rules.rules().stream().map(RuleBase.RuleInfo::name).toList());
    }

    /** Drools would read the bytes as some other character and compile a rule nobody wrote. */
    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLineAndColumn(@TempDir Path root) throws IOException {
        byte[] latin1 = (HEAD + "// caf\u00e9 rule\n" + GOOD_RULE).getBytes(StandardCharsets.ISO_8859_1);
        List<RuleProblem> problems = problems(rulesFolder(root, "latin1.drl", latin1));
        assertEquals(List.of("rules/latin1.drl:3:7: bytes that are not UTF-8 (save the file as UTF-8)"),
                problems.stream().map(RuleProblem::toString).toList());
    }

    @Test
    void aDuplicateRuleNameIsReported(@TempDir Path root) throws IOException {
        Path dir = DataFolders.copyRules(root);
        Files.writeString(dir.resolve("zz-copy.drl"), HEAD + "\nrule \"accept: a strong candidate whose guards hold\"\nwhen\n    Candidate()\nthen\nend\n");
        List<RuleProblem> problems = problems(dir);
        assertEveryProblemHasALine(problems);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("Duplicate rule name: accept: a strong candidate whose guards hold")),
                problems.toString());
    }

    @Test
    void anUnknownFactTypeAndABadImportAreReportedAtTheirLines(@TempDir Path root) throws IOException {
        List<RuleProblem> unknown = problems(rulesFolder(root, "u.drl", (HEAD + "\nrule \"u\"\nwhen\n    Nope()\nthen\nend\n").getBytes(StandardCharsets.UTF_8)));
        assertEveryProblemHasALine(unknown);
        assertTrue(unknown.get(0).message().contains("Nope"), unknown.toString());
        Path other = Files.createDirectories(root.resolve("other"));
        List<RuleProblem> badImport = problems(rulesFolder(other, "i.drl",
                "package org.unspin.rules;\nimport org.nowhere.Missing;\n\nrule \"i\"\nwhen\nthen\nend\n".getBytes(StandardCharsets.UTF_8)));
        assertEveryProblemHasALine(badImport);
        assertTrue(badImport.stream().anyMatch(p -> p.line() == 2 && p.message().contains("org.nowhere.Missing")), badImport.toString());
    }

    /** Drools gives some errors no line; the expression it quotes or the rule it names locates them. */
    @Test
    void anErrorWithoutALineIsLocated(@TempDir Path root) throws IOException {
        String drl = HEAD + "\n\nrule \"typed wrong\"\nwhen\n    Candidate( text.charAt(0) == 120 )\nthen\nend\n";
        List<RuleProblem> problems = problems(rulesFolder(root, "typed.drl", drl.getBytes(StandardCharsets.UTF_8)));
        assertEquals(7, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("Unable to Analyse Expression text.charAt(0) == 120"), problems.toString());
    }

    @Test
    void binaryGarbageIsACompileErrorNotACrash(@TempDir Path root) throws IOException {
        byte[] garbage = new byte[2048];
        new Random(11).nextBytes(garbage);
        List<RuleProblem> notUtf8 = problems(rulesFolder(root, "garbage.drl", garbage));
        assertEveryProblemHasALine(notUtf8);
        String asciiGarbage = "\u0000\u0001}{ rule when then end \"unterminated ( [ import ;;; package";
        Path other = Files.createDirectories(root.resolve("other"));
        assertEveryProblemHasALine(problems(rulesFolder(other, "junk.drl", asciiGarbage.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anEmptyOrMissingFolderIsNamed(@TempDir Path root) throws IOException {
        Path empty = Files.createDirectories(root.resolve("rules"));
        Files.writeString(empty.resolve("notes.txt"), "not a rule file");
        UncheckedIOException none = assertThrows(UncheckedIOException.class, () -> RuleBase.compile(empty));
        assertEquals(empty + ": no .drl, .dsl or .dslr file in this folder", none.getMessage());
        UncheckedIOException missing = assertThrows(UncheckedIOException.class, () -> RuleBase.compile(root.resolve("nowhere")));
        assertEquals(root.resolve("nowhere") + ": no such directory", missing.getMessage());
        Path file = Files.writeString(root.resolve("a-file.drl"), GOOD_RULE);
        UncheckedIOException notADirectory = assertThrows(UncheckedIOException.class, () -> RuleBase.compile(file));
        assertEquals(file + ": not a directory", notADirectory.getMessage());
    }
}
