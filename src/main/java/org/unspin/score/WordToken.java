package org.unspin.score;

/**
 * One word token as it appears in a text.
 *
 * @param text  the token's surface form (original letter case)
 * @param start character offset of its first char in the text
 * @param end   character offset just past its last char
 */
public record WordToken(String text, int start, int end) {
}
