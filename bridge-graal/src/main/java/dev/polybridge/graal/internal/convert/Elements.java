package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import org.graalvm.polyglot.Value;

/** Walks the elements of guest sequences and the entries of guest dicts and objects. */
final class Elements {
  private Elements() {}

  /** Calls {@code action} for each element of an array-like or iterable guest value. */
  static void forEachElement(
      Value v, ConversionContext c, Type type, ConversionPath p, ElementAction action) {
    if (v.hasArrayElements() && !v.isString()) {
      long size = v.getArraySize();
      for (long i = 0; i < size; i++) {
        action.accept(v.getArrayElement(i), i);
      }
      return;
    }
    if (v.hasIterator() || v.isIterator()) {
      Value it = v.isIterator() ? v : v.getIterator();
      long i = 0;
      while (it.hasIteratorNextElement()) {
        action.accept(it.getIteratorNextElement(), i++);
      }
      return;
    }
    throw Failures.fail(v, c, type, p, "it is not a list, array or other iterable");
  }

  /** Calls {@code action} for each entry of a dict, Map, or plain object, in order. */
  static void forEachEntry(Value v, ConversionContext c, EntryAction action) {
    if (v.hasHashEntries()) {
      Value keys = v.getHashKeysIterator();
      while (keys.hasIteratorNextElement()) {
        Value key = keys.getIteratorNextElement();
        action.accept(key, v.getHashValue(key));
      }
      return;
    }
    for (String key : v.getMemberKeys()) {
      action.accept(c.support().asValue(key), v.getMember(key));
    }
  }

  /** One element of a list or iterable. */
  @FunctionalInterface
  interface ElementAction {
    void accept(Value element, long index);
  }

  /** One entry of a dict or object. */
  @FunctionalInterface
  interface EntryAction {
    void accept(Value key, Value value);
  }
}
