package dev.polybridge.graal.internal.context;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The second line of defence behind {@link dev.polybridge.ContextOptions#maxAllocatedBytes()}: the
 * JVM's heap as a whole. The first line counts the bytes the entering thread allocates, which the
 * JVM does not report for virtual threads (it answers -1), and which says nothing about a heap
 * already filled by other entries that each stayed within their limit. When the tenured heap pool
 * (G1 Old Gen, PS Old Gen, Tenured Gen, ZGC's single pool...) is fuller than {@link #FRACTION} of
 * its maximum, the watchdog stops every entry that has an allocation limit, before the JVM throws
 * {@link OutOfMemoryError} at an arbitrary thread.
 *
 * <p>The pools are sampled by the watchdog through {@link MemoryPoolMXBean#getUsage()}, which does
 * not stop the JVM; no usage threshold is set, so an application's own thresholds stay as they are.
 *
 * <p>Thread-safety: stateless after class initialisation; safe from any thread.
 */
final class HeapGuard {
  /** The share of the tenured pool's maximum above which guarded entries are stopped. */
  static final double FRACTION = 0.85;

  /**
   * The pools whose usage only grows with live data between collections: heap pools that support a
   * usage threshold (the JVM offers none for eden and survivor spaces).
   */
  private static final List<MemoryPoolMXBean> TENURED =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported())
          .toList();

  private HeapGuard() {}

  /** Whether a tenured pool is fuller than {@link #FRACTION} of its maximum. */
  static boolean exhausted() {
    for (MemoryPoolMXBean pool : TENURED) {
      MemoryUsage usage = pool.getUsage();
      long max = usage.getMax();
      if (max > 0 && usage.getUsed() > (long) (max * FRACTION)) {
        return true;
      }
    }
    return false;
  }
}
