/**
 * Reading text and data files: {@link org.unspin.io.TextFiles} is the one policy for bytes that are not UTF-8 and byte-order marks; {@link org.unspin.io.DataFiles} lists the files of a rules or lexicon folder.
 *
 * <p><b>Public API</b> (README, "Library").
 */
package org.unspin.io;
