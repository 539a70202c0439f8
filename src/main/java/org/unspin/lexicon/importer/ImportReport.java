package org.unspin.lexicon.importer;

import java.util.List;
import java.util.Map;

/**
 * What an import did: pairs read and kept, drops per reason, the strong/weak split with the
 * reasons for weak entries, the number of terms written, and problems worth a look (examples
 * that could not be attached).
 */
public record ImportReport(int read, int kept, Map<DropReason, Integer> dropped, int strong, int weak,
                           Map<String, Integer> weakReasons, int nounEntries, int terms, List<String> warnings) {

    public int droppedTotal() {
        return dropped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int dropped(DropReason reason) {
        return dropped.getOrDefault(reason, 0);
    }
}
