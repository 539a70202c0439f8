package org.unspin.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.unspin.Restoration;
import org.unspin.Unspinner;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Restores one document of the given size in this JVM (run it with the heap limit to check,
 * e.g. -Xmx512m) and prints one line: {@code ok TOKENS MILLIS PEAK_LIVE_MB} or
 * {@code out-of-memory TOKENS}. The live-heap peak is the largest heap occupancy left after a
 * collection, the engine (WordNet, rules) included.
 */
public final class HeapCheck {

    private HeapCheck() {
    }

    public static void main(String[] args) {
        int tokens = Integer.parseInt(args[0]);
        AtomicLong peakLive = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    peakLive.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        try {
            Unspinner engine = Unspinner.withDefaults();
            String document = BenchDocuments.ofTokens(tokens);
            long t0 = System.nanoTime();
            Restoration r = engine.restore(document);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            System.gc(); // one collection after the restoration so short runs report a peak too
            System.out.printf("ok %d %d %d%n", tokens, millis, Math.max(peakLive.get(), 1) >> 20);
            if (r.tokens() <= 0) {
                throw new IllegalStateException("no tokens");
            }
        } catch (OutOfMemoryError e) {
            System.out.printf("out-of-memory %d%n", tokens);
        }
    }
}
