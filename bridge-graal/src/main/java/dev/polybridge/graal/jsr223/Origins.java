package dev.polybridge.graal.jsr223;

import dev.polybridge.Handle;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Which guest value a converted {@code Map} or {@code List} came from, so that {@code
 * invokeMethod(obj, ...)} works on a JavaScript object or Python dict that {@code eval} or {@code
 * get} returned as a Java {@code Map}, as the JSR-223 examples expect. Keys are held weakly and by
 * identity: an entry goes when the Java value is no longer used, and an equal copy is not the
 * script object.
 */
final class Origins {
  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private final Map<Key, Handle> handles = new HashMap<>();

  synchronized void remember(Object javaValue, Handle origin) {
    expunge();
    handles.put(new Key(javaValue, queue), origin);
  }

  /** The guest value {@code javaValue} was converted from, or null. */
  synchronized Handle of(Object javaValue) {
    expunge();
    return handles.get(new Key(javaValue, null));
  }

  private void expunge() {
    for (Object k; (k = queue.poll()) != null; ) {
      handles.remove(k);
    }
  }

  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Key)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == ((Key) o).get();
    }
  }
}
