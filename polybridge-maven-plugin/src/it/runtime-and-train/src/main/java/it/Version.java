package it;

/** A version verify.groovy recompiles to tell new classes from classes of a stale AOT cache. */
final class Version {
  private Version() {}

  // A method, not a constant: javac would copy a constant into Check.
  static String text() {
    return "v1";
  }
}
