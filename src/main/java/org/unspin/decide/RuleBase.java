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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The compiled rules: every {@code .drl} (and {@code .dsl}/{@code .dslr}) file of a rules folder,
 * compiled at run time with Drools' mvel build so that errors carry file and line. Immutable and
 * shared by all threads; each document gets its own session.
 */
public final class RuleBase {

    public static final String BUNDLED = "unspin/rules";
    private static final String[] SUFFIXES = {".drl", ".dsl", ".dslr"};
    private static final String KFS_ROOT = "src/main/resources/unspin/rules/";

    private final KieBase kieBase;
    private final List<String> files;
    private final List<RuleInfo> rules;

    /** A compiled rule: its name, agenda group and the file it came from. */
    public record RuleInfo(String name, String agendaGroup, String file, int line, String example, String clean) {
        /** The spun side of the {@code @example("spun => restored")} metadata, or null. */
        public String exampleInput() {
            int arrow = example == null ? -1 : example.indexOf("=>");
            return arrow < 0 ? null : example.substring(0, arrow).trim();
        }

        public String exampleExpected() {
            int arrow = example == null ? -1 : example.indexOf("=>");
            return arrow < 0 ? null : example.substring(arrow + 2).trim();
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
        for (DataFiles.DataFile f : sources) {
            String fileName = f.name().substring(f.name().lastIndexOf('/') + 1);
            String path = KFS_ROOT + fileName;
            displayByPath.put(path, f.name());
            displayByPath.put(path.substring("src/main/resources/".length()), f.name());
            names.add(f.name());
            textByDisplay.put(f.name(), new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8));
            ResourceType type = fileName.endsWith(".dslr") ? ResourceType.DSLR
                    : fileName.endsWith(".dsl") ? ResourceType.DSL : ResourceType.DRL;
            kfs.write(path, ks.getResources().newByteArrayResource(f.bytes()).setResourceType(type).setSourcePath(path));
        }
        if (sources.isEmpty()) {
            throw new RuleCompileException(List.of(new RuleProblem("rules", 0, 0, "no rule files (.drl, .dsl, .dslr) found")));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath();
            String display = displayByPath.getOrDefault(path, path.isEmpty() ? "rules" : path.replace(KFS_ROOT, "rules/"));
            problems.add(new RuleProblem(display, Math.max(0, m.getLine()), Math.max(0, m.getColumn()), clean(m.getText())));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompileException(problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        // The repository would keep every build's module alive: drop it once the base exists.
        ks.getRepository().removeKieModule(releaseId);
        List<RuleInfo> rules = new ArrayList<>();
        // Drools lists rules per package in no fixed order: sort by file and line for stable reports.
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Object group = r.getMetaData().get("agenda-group");
                String agenda = r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl ? impl.getAgendaGroup() : String.valueOf(group);
                String file = r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl2 && impl2.getResource() != null
                        ? displayByPath.getOrDefault(impl2.getResource().getSourcePath(), impl2.getResource().getSourcePath()) : "";
                Object example = r.getMetaData().get("example");
                Object clean = r.getMetaData().get("clean");
                rules.add(new RuleInfo(r.getName(), agenda, file, lineOf(textByDisplay.get(file), r.getName()), example == null ? null : unquote(example.toString()),
                        clean == null ? null : unquote(clean.toString())));
            }
        }
        rules.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return new RuleBase(kieBase, names, rules);
    }

    /** 1-based line of {@code rule "name"} in the source text, 0 when not found. */
    private static int lineOf(String source, String ruleName) {
        if (source == null) {
            return 0;
        }
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.startsWith("rule") && l.contains("\"" + ruleName + "\"")) {
                return i + 1;
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

    public KieBase kieBase() {
        return kieBase;
    }

    public List<String> files() {
        return files;
    }

    public List<RuleInfo> rules() {
        return rules;
    }
}
