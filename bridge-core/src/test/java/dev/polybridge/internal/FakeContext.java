package dev.polybridge.internal;

import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;

/**
 * A guest context that runs nothing: it knows its number and counts how often it was closed, which
 * is all {@link BlockingContextPool} looks at.
 */
final class FakeContext implements GuestContext {
  private final Language language;
  private final int number;
  private volatile int closes;

  FakeContext(Language language, int number) {
    this.language = language;
    this.number = number;
  }

  /** How many times {@link #close} was called. */
  int closes() {
    return closes;
  }

  @Override
  public Language language() {
    return language;
  }

  @Override
  public boolean isClosed() {
    return closes > 0;
  }

  @Override
  public synchronized void close() {
    closes++;
  }

  @Override
  public String toString() {
    return "context " + number;
  }

  @Override
  public Handle eval(String code) {
    throw unused();
  }

  @Override
  public void exec(String code) {
    throw unused();
  }

  @Override
  public Handle importModule(String name) {
    throw unused();
  }

  @Override
  public Handle global(String name) {
    throw unused();
  }

  @Override
  public void setGlobal(String name, Object value) {
    throw unused();
  }

  @Override
  public Handle toGuest(Object javaValue) {
    throw unused();
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("FakeContext runs no guest code");
  }
}
