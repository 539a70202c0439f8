package org.unspin.decide;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.unspin.io.DataFiles;
import org.unspin.io.TextFiles;
import org.unspin.lexicon.Example;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled rules: every {@code .drl} (and {@code .dsl}/{@code .dslr}) file of a rules folder,
 * compiled at run time with Drools' mvel build so that errors carry file and line. Immutable and
 * shared by all threads; each document gets its own session.
 */
public final class RuleBase {

    public static final String BUNDLED = "unspin/rules";
    private static final String[] SUFFIXES = {".drl", ".dsl", ".dslr"};
    private static final String KFS_ROOT = "src/main/resources/unspin/rules/";
    private static final Pattern RULE_NAME_IN_MESSAGE = Pattern.compile("\\[Rule name='([^']*)'\\]");
    private static final Pattern IMPORT_IN_MESSAGE = Pattern.compile("^Error importing : '([^']+)'");
    private static final Pattern EXPRESSION_IN_MESSAGE = Pattern.compile("^Unable to Analyse Expression (.+?):\\s*$", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final List<String> files;
    private final List<RuleInfo> rules;

    /** A compiled rule: its name, agenda group and the file it came from. */
    public record RuleInfo(String name, String agendaGroup, String file, int line, String example, String clean) {
        /** The spun side of the {@code @example("spun => restored")} metadata, or null. */
        public String exampleInput() {
            Example e = Example.parse(example, null);
            return e == null ? null : e.input();
        }

        /** The restored side of the {@code @example} metadata, or null. */
        public String exampleExpected() {
            Example e = Example.parse(example, null);
            return e == null ? null : e.expected();
        }
    }

    private RuleBase(KieBase kieBase, List<String> files, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.rules = List.copyOf(rules);
    }

    public static RuleBase compile(Path dir) {
        return compile(DataFiles.fromDirectory(dir, SUFFIXES));
    }

    public static RuleBase compileBundled() {
        return compile(DataFiles.fromClasspath(BUNDLED, SUFFIXES));
    }

    /** Compiles the files; throws {@link RuleCompileException} listing every error. */
    public static RuleBase compile(List<DataFiles.DataFile> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.unspin.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> displayByPath = new HashMap<>();
        Map<String, String> textByDisplay = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (DataFiles.DataFile f : sources) {
            String fileName = f.name().substring(f.name().lastIndexOf('/') + 1);
            String path = KFS_ROOT + fileName;
            displayByPath.put(path, f.name());
            displayByPath.put(path.substring("src/main/resources/".length()), f.name());
            names.add(f.name());
            byte[] bytes = TextFiles.withoutByteOrderMark(f.bytes());
            String text = decodeStrictly(f.name(), bytes, problems);
            textByDisplay.put(f.name(), text == null ? "" : text);
            ResourceType type = fileName.endsWith(".dslr") ? ResourceType.DSLR
                    : fileName.endsWith(".dsl") ? ResourceType.DSL : ResourceType.DRL;
            kfs.write(path, ks.getResources().newByteArrayResource(bytes).setResourceType(type).setSourcePath(path));
        }
        if (sources.isEmpty()) {
            throw new RuleCompileException(List.of(new RuleProblem("rules", 0, 0, "no rule files (.drl, .dsl, .dslr) found")));
        }
        if (!problems.isEmpty()) {
            // Drools would read such bytes as some other character and compile a rule nobody wrote
            throw new RuleCompileException(problems);
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll();
        } catch (RuntimeException | StackOverflowError e) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompileException(List.of(new RuleProblem("rules", 0, 0, "the rule compiler failed: " + e)));
        }
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath();
            String display = displayByPath.getOrDefault(path, path.isEmpty() ? "rules" : path.replace(KFS_ROOT, "rules/"));
            String message = clean(m.getText());
            int line = Math.max(0, m.getLine());
            if (line == 0 || IMPORT_IN_MESSAGE.matcher(message).find()) {
                // Drools puts a failed import on line 1 whatever its line
                int located = lineOf(textByDisplay.get(display), m.getText());
                line = located > 0 ? located : line;
            }
            problems.add(new RuleProblem(display, line, Math.max(0, m.getColumn()), message));
        }
        // "Parser returned a null Package" only repeats that the file's syntax errors above stopped its parse
        Set<String> filesWithSyntaxErrors = new HashSet<>();
        problems.stream().filter(p -> p.line() > 0).forEach(p -> filesWithSyntaxErrors.add(p.file()));
        problems.removeIf(p -> p.line() == 0 && p.message().equals("Parser returned a null Package")
                && filesWithSyntaxErrors.contains(p.file()));
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompileException(problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        // The repository would keep every build's module alive: drop it once the base exists.
        ks.getRepository().removeKieModule(releaseId);
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Object group = r.getMetaData().get("agenda-group");
                String agenda = r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl ? impl.getAgendaGroup() : String.valueOf(group);
                String file = r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl2 && impl2.getResource() != null
                        ? displayByPath.getOrDefault(impl2.getResource().getSourcePath(), impl2.getResource().getSourcePath()) : "";
                Object example = r.getMetaData().get("example");
                Object clean = r.getMetaData().get("clean");
                rules.add(new RuleInfo(r.getName(), agenda, file, lineOf(textByDisplay.get(file), "[Rule name='" + r.getName() + "']"), example == null ? null : unquote(example.toString()),
                        clean == null ? null : unquote(clean.toString())));
            }
        }
        // Drools lists rules per package in no fixed order: sort by file and line for stable reports.
        rules.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return new RuleBase(kieBase, names, rules);
    }

    /** The file as UTF-8, or null with a problem naming the line and column of the first byte that is not UTF-8. */
    private static String decodeStrictly(String file, byte[] bytes, List<RuleProblem> problems) {
        int bad = TextFiles.firstNonUtf8Byte(bytes);
        if (bad < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.add(new RuleProblem(file, line, bad - lineStart + 1, "bytes that are not UTF-8 (save the file as UTF-8)"));
        return null;
    }

    /**
     * Some compiler errors come without a line (or, for an import, on line 1). They name the rule
     * ("[Rule name='x']"), the import or the expression they could not analyse: the line of that
     * rule's declaration, import or expression, else 0.
     */
    private static int lineOf(String text, String message) {
        if (text == null || message == null) {
            return 0;
        }
        String[] lines = text.split("\\r?\\n|\\r", -1);
        Matcher rule = RULE_NAME_IN_MESSAGE.matcher(message);
        if (rule.find()) {
            String name = rule.group(1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.startsWith("rule") && (line.contains("\"" + name + "\"") || line.substring(4).trim().equals(name))) {
                    return i + 1;
                }
            }
        }
        Matcher imported = IMPORT_IN_MESSAGE.matcher(message);
        if (imported.find()) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].trim().matches("import\\s+" + Pattern.quote(imported.group(1)) + "\\s*;?")) {
                    return i + 1;
                }
            }
        }
        Matcher expression = EXPRESSION_IN_MESSAGE.matcher(message);
        if (expression.find() && !expression.group(1).isBlank()) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(expression.group(1).trim())) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.replace("\\\"", "\"");
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /** The compiled rules, for the decider of this package only. */
    KieBase kieBase() {
        return kieBase;
    }

    public List<String> files() {
        return files;
    }

    public List<RuleInfo> rules() {
        return rules;
    }
}
