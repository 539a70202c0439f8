/**
 * Tokenizing English running text, and the one phrase-key normalization and function-word lists the other stages share.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.tokenize;
