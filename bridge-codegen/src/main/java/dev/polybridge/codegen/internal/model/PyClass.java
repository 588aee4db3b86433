package dev.polybridge.codegen.internal.model;

import java.util.List;

/**
 * A public class of a module.
 *
 * @param name the name the module exports it under
 * @param module the module that defines it
 * @param qualname its qualified name in that module
 * @param doc its own docstring, or null
 * @param kind what kind of class it is
 * @param fields a record kind's fields, else empty
 * @param members an enum's members (name and value repr), else empty
 * @param init the signature of its constructor for {@link Kind#CLASS}, or null
 * @param methods a {@link Kind#CLASS}'s public methods
 * @param properties a {@link Kind#CLASS}'s properties and annotated attributes
 */
public record PyClass(
    String name,
    String module,
    String qualname,
    String doc,
    Kind kind,
    List<PyField> fields,
    List<EnumMember> members,
    PySignature init,
    List<PyFunction> methods,
    List<PyAttribute> properties) {

  /** {@code module.qualname}, what {@code @GuestClass} names. */
  public String fullName() {
    return module + "." + qualname;
  }

  /** The kinds of class the generator tells apart. */
  public enum Kind {
    DATACLASS,
    TYPEDDICT,
    NAMEDTUPLE,
    ENUM,
    CLASS;

    /** Whether this kind becomes a Java record. */
    public boolean isRecord() {
      return this == DATACLASS || this == TYPEDDICT || this == NAMEDTUPLE;
    }
  }

  /** A member of an enum: its name and the repr of its value. */
  public record EnumMember(String name, String value) {}
}
