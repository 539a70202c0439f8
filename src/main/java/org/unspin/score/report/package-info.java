/**
 * Score reports as text, JSON and a self-contained HTML page ({@link org.unspin.score.report.ReportFormat}, {@link org.unspin.score.report.HtmlReport}).
 *
 * <p><b>Public API</b> (README, "Library").
 */
package org.unspin.score.report;
