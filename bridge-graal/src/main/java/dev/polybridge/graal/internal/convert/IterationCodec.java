package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.graalvm.polyglot.Value;

/**
 * Guest iterables, iterators and generators as lazy {@code Iterator<T>} and {@code Stream<T>}: each
 * element is pulled from the guest (and converted) only when Java asks for it, so an infinite
 * generator consumed with {@code limit(n)} works. Guest to Java only.
 */
final class IterationCodec implements Codec {
  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw != Iterator.class && raw != Stream.class) {
      return null;
    }
    Decoder element = registry.decoder(Conversions.typeArgument(type, 0));
    boolean stream = raw == Stream.class;
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      Value guestIterator;
      if (v.isIterator()) {
        guestIterator = v;
      } else if (v.hasIterator()) {
        guestIterator = v.getIterator();
      } else {
        throw Failures.fail(v, c, type, p, "it is not iterable");
      }
      Iterator<Object> it = new GuestIterator(guestIterator, element, c, p);
      return stream
          ? StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
          : it;
    };
  }

  /** Pulls one guest element at a time, entering the context for each. */
  private static final class GuestIterator implements Iterator<Object> {
    private final Value iterator;
    private final Decoder element;
    private final ConversionContext context;
    private final ConversionPath path;
    private long index;

    GuestIterator(Value iterator, Decoder element, ConversionContext context, ConversionPath path) {
      this.iterator = iterator;
      this.element = element;
      this.context = context;
      this.path = path;
    }

    @Override
    public boolean hasNext() {
      return context.enter(iterator::hasIteratorNextElement);
    }

    @Override
    public Object next() {
      return context.enter(
          () -> {
            if (!iterator.hasIteratorNextElement()) {
              throw new NoSuchElementException("the guest iterator is exhausted");
            }
            Value next = iterator.getIteratorNextElement();
            return element.decode(next, context, ConversionPath.index(path, index++));
          });
    }
  }
}
