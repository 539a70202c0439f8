package org.unspin.robust;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.TestEngines;
import org.unspin.Unspinner;
import org.unspin.decide.RuleFaultException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules that misbehave on a document: each fault names the rule, its file and where in the
 * document it happened, within a bounded time; the same engine then restores the next document.
 * One engine holds all the faulty rules, each triggered by its own word.
 */
class RuleFaultsTest {

    @TempDir
    static Path root;
    private static Unspinner engine;

    private static final String FAULTS = """
            package org.unspin.rules;
            import org.unspin.decide.facts.Candidate;
            import org.unspin.decide.facts.DocumentEvidence;

            rule "modifies without end"
                agenda-group "decide"
                salience 500
            when
                $c : Candidate( text == "Federal Reservoir" ) @watch( strong )
            then
                modify( $c ) { setStrong( true ) }
            end

            rule "ping"
                agenda-group "decide"
                salience 500
            when
                $c : Candidate( text == "killing try", strong == true )
            then
                modify( $c ) { setStrong( false ) }
            end

            rule "pong"
                agenda-group "decide"
                salience 500
            when
                $c : Candidate( text == "killing try", strong == false )
            then
                modify( $c ) { setStrong( true ) }
            end

            rule "throws in its action"
                agenda-group "decide"
                salience 500
            when
                $c : Candidate( text == "little hats" )
            then
                throw new IllegalStateException("boom");
            end

            rule "throws in its condition"
                agenda-group "decide"
            when
                $c : Candidate( text == "tiny limits" && text.charAt(100) == 'x' )
            then
            end

            rule "throws in a join"
                agenda-group "decide"
            when
                $c : Candidate( text == "Head of state" )
                DocumentEvidence( $c.text.charAt(100) == 'x' )
            then
            end

            rule "inserts without end"
                agenda-group "decide"
            when
                $c : Candidate( text == "mega hats" )
                $d : DocumentEvidence()
            then
                insert( new DocumentEvidence( 0, 1, 1, false ) );
            end
            """;

    @BeforeAll
    static void buildEngineWithFaultyRules() throws IOException {
        Path rules = DataFolders.copyRules(root);
        Files.writeString(rules.resolve("faults.drl"), FAULTS);
        engine = Unspinner.builder().rules(rules).build();
    }

    private static RuleFaultException fault(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(RuleFaultException.class, () -> engine.restore(text)));
    }

    @Test
    void aRuleThatModifiesWithoutEndIsCutOffAndNamed() {
        RuleFaultException e = fault("Hello. The Federal Reservoir met.");
        assertEquals("modifies without end", e.rule());
        assertEquals(11, e.offset());
        assertTrue(e.getMessage().startsWith("rule 'modifies without end' (rules/faults.drl) is still firing after "), e.getMessage());
    }

    @Test
    void twoRulesUndoingEachOtherAreCutOff() {
        RuleFaultException e = fault("He survived a killing try.");
        assertTrue(e.rule().equals("ping") || e.rule().equals("pong"), e.rule());
        assertTrue(e.getMessage().contains("still firing"), e.getMessage());
    }

    @Test
    void aRuleThatInsertsWithoutEndIsCutOff() {
        RuleFaultException e = fault("They bought mega hats.");
        assertEquals("inserts without end", e.rule());
    }

    @Test
    void anActionThatThrowsIsReportedWithRuleAndPosition() {
        RuleFaultException e = fault("Wait, little hats rallied.");
        assertEquals("throws in its action", e.rule());
        assertEquals(6, e.offset());
        assertEquals("rule 'throws in its action' (rules/faults.drl) failed near character 6: java.lang.IllegalStateException: boom",
                e.getMessage());
    }

    @Test
    void aConditionThatThrowsIsReportedWithRuleAndPosition() {
        RuleFaultException e = fault("Note: tiny limits rallied.");
        assertEquals("throws in its condition", e.rule());
        assertEquals(6, e.offset());
        assertTrue(e.getMessage().startsWith("rule 'throws in its condition' (rules/faults.drl) failed in its condition near character 6: "
                + "java.lang.StringIndexOutOfBoundsException"), e.getMessage());
    }

    /** A join is evaluated lazily, away from the fact that made it throw: the rule is named, the position not known. */
    @Test
    void aJoinThatThrowsIsReportedWithItsRule() {
        RuleFaultException e = fault("Head of state Macron spoke.");
        assertEquals("throws in a join", e.rule());
        assertTrue(e.getMessage().startsWith("rule 'throws in a join' (rules/faults.drl) failed in its condition: "), e.getMessage());
    }

    @Test
    void theEngineKeepsRestoringAfterEachFault() {
        for (String faulty : new String[] {"The Federal Reservoir met.", "Wait, little hats rallied.", "Note: tiny limits rallied.",
                "Head of state Macron spoke.", "He survived a killing try.", "They bought mega hats."}) {
            fault(faulty);
            assertEquals("Nothing to restore here.", engine.restore("Nothing to restore here.").text());
            assertEquals("Small caps rallied with the market.", engine.restore("Tiny hats rallied with the market.").text());
        }
        assertEquals("The Federal Reserve met.", TestEngines.defaults().restore("The Federal Reservoir met.").text(),
                "an engine with other rules is not affected");
    }
}
