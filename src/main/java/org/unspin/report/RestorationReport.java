package org.unspin.report;

import org.unspin.Restoration;
import org.unspin.Version;
import org.unspin.score.Score;
import org.unspin.score.report.HtmlPage;
import org.unspin.score.report.HtmlReport;
import org.unspin.workflow.SpinDetector;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTML page of one restored document, for an analyst who may have only the suspect copy: the
 * copy and its restoration side by side with every edit numbered, the printable table of the
 * edits (rule, lexicon line, confidence, reason), and the spin-risk score with its evidence. With
 * the original, the page also holds the metrics, the original as a third column and each edit's
 * outcome, the missed ones included.
 *
 * @param copyName     how to name the suspect copy (a file name, or "standard input")
 * @param restoration  the copy's restoration
 * @param risk         the copy's spin risk
 * @param originalName the original's file name, when an original is given
 * @param score        the restoration scored against the original (spun text: the copy), when given
 * @param generated    when the report was made
 */
public record RestorationReport(String copyName, Restoration restoration, SpinDetector.SpinRisk risk,
                               Optional<String> originalName, Optional<Score> score, OffsetDateTime generated) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    public RestorationReport {
        Objects.requireNonNull(copyName, "copyName");
        Objects.requireNonNull(restoration, "restoration");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(generated, "generated");
        if (originalName.isPresent() != score.isPresent()) {
            throw new IllegalArgumentException("an original needs its score, and a score its original");
        }
    }

    public String html() {
        HtmlPage page = new HtmlPage("Unspin report: " + copyName);
        page.fact("suspect copy", copyName);
        originalName.ifPresent(name -> page.fact("original", name));
        page.fact("date", WHEN.format(generated));
        page.fact("engine", Version.describe());
        page.fact("edits", String.format(Locale.ROOT, "%d (%d restorations, %d scraping repairs)",
                restoration.editCount(), restoration.restorationCount(), restoration.normalizationCount()));
        page.section(SpinRiskSection.html(risk, restoration));
        score.ifPresent(s -> page.section(HtmlReport.metricsSection(s)));
        page.column(RestorationEdits.COPY, "Suspect copy", restoration.input());
        page.column(RestorationEdits.RESTORED, "Restored", restoration.text());
        score.ifPresent(s -> page.column(RestorationEdits.ORIGINAL, "Original", s.original()));
        page.edits(RestorationEdits.of(restoration, score));
        page.noEditsNote("No edits: nothing in the copy matched the lexicon where the rules allow a restoration.");
        return page.render();
    }
}
