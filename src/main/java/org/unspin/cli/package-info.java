/**
 * The command line (<code>./unspin</code>): one picocli command per job. Uses the engine only through the public API and the tool packages (ArchitectureTest).
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.cli;
