/**
 * General helpers: a bounded per-word cache.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.util;
