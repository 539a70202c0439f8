/**
 * The engine: {@link org.unspin.Unspinner} restores spun text and explains every edit ({@link org.unspin.Restoration}, {@link org.unspin.Edit}, {@link org.unspin.NearMiss}); {@link org.unspin.RestoreOptions} and {@link org.unspin.Version}. The pipeline that runs the stages is package-private.
 *
 * <p><b>Public API</b> (README, "Library").
 */
package org.unspin;
