package org.unspin.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The committed baselines of the clean-corpus guards, under src/test/resources/baselines/. */
final class CorpusBaselines {

    private CorpusBaselines() {
    }

    static Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CorpusBaselines.class.getResourceAsStream("/baselines/" + file)) {
            if (in == null) {
                throw new IOException("no baseline file src/test/resources/baselines/" + file);
            }
            p.load(in);
        }
        return p;
    }
}
