package org.unspin;

/** One engine per test JVM: building rules and loading WordNet takes seconds, restoring takes microseconds. */
public final class TestEngines {
    private static volatile Unspinner defaults;

    private TestEngines() {
    }

    public static Unspinner defaults() {
        Unspinner local = defaults;
        if (local == null) {
            synchronized (TestEngines.class) {
                local = defaults;
                if (local == null) {
                    local = Unspinner.withDefaults();
                    defaults = local;
                }
            }
        }
        return local;
    }
}
