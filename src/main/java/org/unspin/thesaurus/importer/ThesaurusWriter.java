package org.unspin.thesaurus.importer;

import org.unspin.data.Varint;
import org.unspin.thesaurus.ThesaurusFormat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/** Encodes head -> listed links in {@link ThesaurusFormat} (uncompressed; the importer gzips it). */
public final class ThesaurusWriter {

    private ThesaurusWriter() {
    }

    /** @param links each head's listed terms, ascending and distinct, heads ascending */
    public static byte[] encode(SortedMap<String, List<String>> links) {
        TreeSet<String> vocabulary = new TreeSet<>(links.keySet());
        links.values().forEach(vocabulary::addAll);
        Map<String, Integer> ids = new HashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        out.writeBytes(ThesaurusFormat.HEADER.getBytes(StandardCharsets.US_ASCII));
        Varint.write(out, vocabulary.size());
        byte[] previous = new byte[0];
        for (String term : vocabulary) {
            byte[] bytes = term.getBytes(StandardCharsets.US_ASCII);
            int shared = 0;
            while (shared < previous.length && shared < bytes.length && previous[shared] == bytes[shared]) {
                shared++;
            }
            Varint.write(out, shared);
            Varint.write(out, bytes.length - shared);
            out.write(bytes, shared, bytes.length - shared);
            ids.put(term, ids.size());
            previous = bytes;
        }
        Varint.write(out, links.values().stream().mapToInt(List::size).sum());
        for (String term : vocabulary) {
            List<String> listed = links.getOrDefault(term, List.of());
            Varint.write(out, listed.size());
            int last = 0;
            for (String l : listed) {
                int id = ids.get(l);
                Varint.write(out, id - last);
                last = id;
            }
        }
        return out.toByteArray();
    }
}
