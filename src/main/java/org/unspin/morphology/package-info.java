/**
 * Word classes and LanguageTool's English tag dictionary: forms, tags and re-inflection.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.morphology;
