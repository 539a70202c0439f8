package org.unspin.workflow;

import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import org.unspin.decide.RuleBase;
import org.unspin.lexicon.Example;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.Strength;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the examples that rules and lexicon entries carry. A rule must have an
 * {@code @example("spun => restored")} and a {@code @clean("...")}; its example must come out
 * exactly, with the rule among those that fired, and stay put when restored again; its clean
 * example must come out unchanged. An entry's spun example must come out exactly through an edit
 * from that entry's line; a weak entry's examples run as parts of a document declared spun.
 */
public final class ExampleChecker {

    private final Unspinner engine;

    public ExampleChecker(Unspinner engine) {
        this.engine = engine;
    }

    public List<Finding> checkRule(RuleBase.RuleInfo rule) {
        List<Finding> out = new ArrayList<>();
        String name = "rule \"" + rule.name() + "\"";
        if (rule.exampleInput() == null) {
            out.add(new Finding(rule.file(), rule.line(), true, name + " has no @example(\"spun sentence => restored sentence\")"));
        }
        if (rule.clean() == null) {
            out.add(new Finding(rule.file(), rule.line(), true, name + " has no @clean(\"sentence that must not change\")"));
        }
        if (rule.exampleInput() != null) {
            Restoration r = engine.restore(rule.exampleInput());
            if (!r.text().equals(rule.exampleExpected())) {
                out.add(new Finding(rule.file(), rule.line(), true, name + ": example gave \"" + r.text()
                        + "\", expected \"" + rule.exampleExpected() + "\""));
            } else if (!r.rulesFired().contains(rule.name())) {
                out.add(new Finding(rule.file(), rule.line(), true, name + " did not fire on its example"));
            } else if (!engine.restore(r.text()).text().equals(r.text())) {
                out.add(new Finding(rule.file(), rule.line(), true, name + ": restoring the restored example changes it again"));
            }
        }
        if (rule.clean() != null) {
            String cleanOut = engine.restore(rule.clean()).text();
            if (!cleanOut.equals(rule.clean())) {
                out.add(new Finding(rule.file(), rule.line(), true, name + ": clean example changed to \"" + cleanOut + "\""));
            }
        }
        return out;
    }

    /**
     * The entry's examples, run; a hand-written entry (see {@link org.unspin.lexicon.Lexicon#handWritten})
     * without an example or a clean sentence gets a warning saying which it lacks (the project's own
     * rows must have both: LexiconExamplesTest).
     */
    public List<Finding> checkEntry(LexiconEntry entry) {
        List<Finding> out = new ArrayList<>();
        RestoreOptions options = new RestoreOptions(entry.strength() == Strength.WEAK);
        String file = entry.source().file();
        int line = entry.source().line();
        if (engine.lexicon().handWritten(entry)) {
            if (entry.examples().stream().allMatch(Example::isClean)) {
                out.add(new Finding(file, line, false, entry.describe() + " has no example (spun sentence => restored sentence)"));
            }
            if (entry.examples().stream().noneMatch(Example::isClean)) {
                out.add(new Finding(file, line, false, entry.describe() + " has no clean sentence (one that must not change)"));
            }
        }
        for (Example ex : entry.examples()) {
            Restoration r = engine.restore(ex.input(), options);
            if (ex.isClean()) {
                if (!r.text().equals(ex.input())) {
                    out.add(new Finding(file, line, true, "clean example changed to \"" + r.text() + "\""));
                }
            } else if (!r.text().equals(ex.expected())) {
                out.add(new Finding(file, line, true, "example gave \"" + r.text() + "\", expected \"" + ex.expected() + "\""));
            } else if (r.edits().stream().map(Edit::source).noneMatch(entry.source().toString()::equals)) {
                out.add(new Finding(file, line, true, "example is restored, but not by this entry"));
            }
        }
        return out;
    }

    public List<Finding> checkAll() {
        List<Finding> out = new ArrayList<>();
        for (RuleBase.RuleInfo rule : engine.rules().rules()) {
            out.addAll(checkRule(rule));
        }
        for (LexiconEntry entry : engine.lexicon().entries()) {
            out.addAll(checkEntry(entry));
        }
        return out;
    }
}
