package org.unspin.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of the code as rules (README, "Architecture"). Each rule is named, and a violation
 * names the rule it breaks and every offending dependency. {@link ArchitectureTest} holds the main
 * code to them; {@link ArchitectureRulesTest} shows that each one catches a forbidden import.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The public API: what a library user needs (README, "Library"); each package-info says so. */
    static final List<String> API_PACKAGES = List.of("org.unspin", "org.unspin.score", "org.unspin.score.report",
            "org.unspin.io");

    /** The tools behind the commands (check, regress, mine, detect, simulate, the importers, the report page). */
    static final List<String> TOOL_PACKAGES = List.of("org.unspin.report", "org.unspin.workflow",
            "org.unspin.lexicon.importer", "org.unspin.lm.importer", "org.unspin.thesaurus.importer");

    /**
     * Stages depend one way along the data flow: text -> normalize/tokenize -> candidates -> decide
     * -> realize -> the engine (org.unspin) -> tools (report, workflow, importers) -> command line
     * and the Spark job (profile spark);
     * beneath them the language resources (lexicon, WordNet, thesaurus, language model) and the
     * foundations (io, data, util, morphology). Scoring stands apart: it needs no engine.
     */
    static final ArchRule STAGES_DEPEND_ALONG_THE_DATA_FLOW = Architectures.layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .withOptionalLayers(true) // the Spark layer exists only in builds with profile spark
            .layer("Foundations").definedBy("org.unspin.io..", "org.unspin.data..", "org.unspin.util..", "org.unspin.morphology..")
            .layer("Tokenize").definedBy("org.unspin.tokenize..")
            .layer("Resources").definedBy("org.unspin.lexicon", "org.unspin.wordnet..", "org.unspin.thesaurus",
                    "org.unspin.lm")
            .layer("Normalize").definedBy("org.unspin.normalize..")
            .layer("Candidates").definedBy("org.unspin.candidates..")
            .layer("Decide").definedBy("org.unspin.decide..")
            .layer("Realize").definedBy("org.unspin.realize..")
            .layer("Engine").definedBy("org.unspin")
            .layer("Score").definedBy("org.unspin.score..")
            .layer("Tools").definedBy("org.unspin.report..", "org.unspin.workflow..", "org.unspin.lexicon.importer..",
                    "org.unspin.lm.importer..", "org.unspin.thesaurus.importer..")
            .layer("Cli").definedBy("org.unspin.cli..")
            .layer("Spark").definedBy("org.unspin.spark..")
            .whereLayer("Foundations").mayNotAccessAnyLayer()
            .whereLayer("Tokenize").mayOnlyAccessLayers("Foundations")
            .whereLayer("Resources").mayOnlyAccessLayers("Foundations", "Tokenize")
            .whereLayer("Normalize").mayOnlyAccessLayers("Foundations", "Tokenize", "Resources")
            .whereLayer("Candidates").mayOnlyAccessLayers("Foundations", "Tokenize", "Resources", "Normalize")
            .whereLayer("Decide").mayOnlyAccessLayers("Foundations", "Tokenize", "Resources", "Normalize", "Candidates")
            .whereLayer("Realize").mayOnlyAccessLayers("Foundations", "Tokenize", "Resources", "Normalize", "Candidates",
                    "Decide")
            .whereLayer("Engine").mayOnlyAccessLayers("Foundations", "Tokenize", "Resources", "Normalize", "Candidates",
                    "Decide", "Realize")
            .whereLayer("Score").mayOnlyAccessLayers("Foundations")
            .whereLayer("Tools").mayOnlyAccessLayers("Foundations", "Tokenize", "Resources", "Normalize", "Candidates",
                    "Decide", "Realize", "Engine", "Score")
            .whereLayer("Cli").mayOnlyAccessLayers("Foundations", "Engine", "Score", "Tools")
            .whereLayer("Spark").mayOnlyAccessLayers("Foundations", "Engine", "Score", "Tools")
            .as("stages depend one way along the data flow");

    /** No cycles between the top-level packages (the root package, org.unspin, counts as one). */
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String pkg = javaClass.getPackageName();
                    if (pkg.equals("org.unspin")) {
                        return SliceIdentifier.of("org.unspin (root)");
                    }
                    if (!pkg.startsWith("org.unspin.")) {
                        return SliceIdentifier.ignore();
                    }
                    String rest = pkg.substring("org.unspin.".length());
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
                }

                @Override
                public String getDescription() {
                    return "top-level packages of org.unspin";
                }
            })
            .should().beFreeOfCycles()
            .as("no cycles between packages");

    static final ArchRule EXTJWNL_ONLY_INSIDE_WORDNET = noClasses()
            .that().resideOutsideOfPackage("org.unspin.wordnet..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.extjwnl..")
            .as("extJWNL (net.sf.extjwnl) is used only inside org.unspin.wordnet");

    static final ArchRule DROOLS_ONLY_INSIDE_DECIDE = noClasses()
            .that().resideOutsideOfPackage("org.unspin.decide..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .as("Drools (org.kie, org.drools) is used only inside org.unspin.decide");

    static final ArchRule SCORE_INDEPENDENT_OF_THE_ENGINE = noClasses()
            .that().resideInAPackage("org.unspin.score..")
            .should().dependOnClassesThat(resideInAPackage("org.unspin..")
                    .and(DescribedPredicate.not(resideInAnyPackage("org.unspin.score..", "org.unspin.io..",
                            "org.unspin.data..", "org.unspin.util.."))))
            .as("score/ is independent of the engine");

    /** A type of the engine's internal packages, or a type of an API package that is not public. */
    private static final DescribedPredicate<JavaClass> INTERNAL = new DescribedPredicate<>("internal to the engine (not public API)") {
        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            if (!pkg.startsWith("org.unspin") || pkg.startsWith("org.unspin.cli") || pkg.startsWith("org.unspin.spark")
                    || TOOL_PACKAGES.contains(pkg)) {
                return false;
            }
            return !API_PACKAGES.contains(pkg) || !isPublic(c);
        }
    };

    private static boolean isPublic(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            if (!outer.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            outer = outer.getEnclosingClass().get();
        }
        return outer.getModifiers().contains(JavaModifier.PUBLIC);
    }

    static final ArchRule CLI_ONLY_THROUGH_THE_PUBLIC_API = noClasses()
            .that().resideInAnyPackage("org.unspin.cli..", "org.unspin.spark..")
            .should().dependOnClassesThat(INTERNAL)
            .as("the command line (and the Spark job) use the engine only through the public API");

    static final List<ArchRule> ALL = List.of(STAGES_DEPEND_ALONG_THE_DATA_FLOW, NO_CYCLES_BETWEEN_PACKAGES,
            EXTJWNL_ONLY_INSIDE_WORDNET, DROOLS_ONLY_INSIDE_DECIDE, SCORE_INDEPENDENT_OF_THE_ENGINE,
            CLI_ONLY_THROUGH_THE_PUBLIC_API);
}
