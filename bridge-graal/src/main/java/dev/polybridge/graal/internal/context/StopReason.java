package dev.polybridge.graal.internal.context;

import dev.polybridge.ContextOptions;

/** Why the watchdog stopped guest code. */
enum StopReason {
  /** The entry ran past {@link ContextOptions#timeout()}. */
  TIMEOUT,
  /** The entering thread allocated more than {@link ContextOptions#maxAllocatedBytes()}. */
  ALLOCATION,
  /** The JVM's heap was nearly full during an entry with an allocation limit. */
  HEAP
}
