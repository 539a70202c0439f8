package org.unspin.corpus;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Clean English of many registers (news, encyclopedia, forum posts, letters, fiction): the correct
 * example sentences of LanguageTool's English grammar rules (org.languagetool:language-en 6.5,
 * LGPL 2.1, a test dependency; the {@code <example>} elements without a correction), each
 * written to show correct usage. Sentences of at least {@value #MIN_WORDS} words that start with a
 * capital or a quote and end a sentence, in file order without repeats, joined into documents of
 * about {@value #DOCUMENT_WORDS} words. Deterministic for a given version of the jar.
 */
public final class GeneralEnglishCorpus {

    static final String RESOURCE = "org/languagetool/rules/en/grammar.xml";
    static final int MIN_WORDS = 5;
    static final int DOCUMENT_WORDS = 250;
    private static final Pattern SENTENCE = Pattern.compile("[\\p{Lu}\"'].*[.!?][\"']?");

    private GeneralEnglishCorpus() {
    }

    /** The sentences, in file order. */
    public static List<String> sentences() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true); // the file's own entities (&apostrophe; ...)
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = GeneralEnglishCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (org.languagetool:language-en)");
            }
            XMLStreamReader r = factory.createXMLStreamReader(in, "UTF-8");
            StringBuilder example = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("example")) {
                    example = r.getAttributeCount() == 0 ? new StringBuilder() : null; // correct ones carry no attribute
                } else if (event == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("example")) {
                    if (example != null) {
                        String s = example.toString().strip().replaceAll("\\s+", " ");
                        if (s.split(" ").length >= MIN_WORDS && SENTENCE.matcher(s).matches()) {
                            out.add(s);
                        }
                    }
                    example = null;
                } else if (example != null && (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                        || event == XMLStreamReader.SPACE)) {
                    example.append(r.getText());
                }
            }
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    /** The sentences joined into documents of about {@value #DOCUMENT_WORDS} words. */
    public static List<String> documents() {
        return documents(DOCUMENT_WORDS);
    }

    /** The sentences joined into documents of about {@code documentWords} words. */
    public static List<String> documents(int documentWords) {
        List<String> docs = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        int words = 0;
        for (String s : sentences()) {
            doc.append(doc.length() == 0 ? "" : " ").append(s);
            words += s.split(" ").length;
            if (words >= documentWords) {
                docs.add(doc.toString());
                doc.setLength(0);
                words = 0;
            }
        }
        if (doc.length() > 0) {
            docs.add(doc.toString());
        }
        return docs;
    }
}
