package org.unspin.lexicon;

/**
 * A scraping-damage repair from a lexicon file of kind {@code kind/text/replacement}:
 * {@code repair} replaces mis-decoded text literally ("u00e2 $ t" -> "'t"), {@code boilerplate}
 * removes a widget phrase, {@code boilerplate-sentence} removes the whole sentence holding the
 * phrase, {@code glue-left} names a word after which a glued capital starts a new sentence
 * ("ImagesSmall-cap"), {@code keep} names a camel-case word never to split ("BlackRock").
 * In {@code text}, {@code *} stands for up to 40 characters on one line; nothing else is special.
 */
public record ScrapingRule(Kind kind, String text, String replacement, SourceRef source) {

    public enum Kind {
        REPAIR, BOILERPLATE, BOILERPLATE_SENTENCE, GLUE_LEFT, KEEP;

        public static Kind parse(String s) {
            switch (s) {
                case "repair": return REPAIR;
                case "boilerplate": return BOILERPLATE;
                case "boilerplate-sentence": return BOILERPLATE_SENTENCE;
                case "glue-left": return GLUE_LEFT;
                case "keep": return KEEP;
                default:
                    throw new IllegalArgumentException("unknown kind '" + s
                            + "' (expected repair, boilerplate, boilerplate-sentence, glue-left or keep)");
            }
        }
    }
}
