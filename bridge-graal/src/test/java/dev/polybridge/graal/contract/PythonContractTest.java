package dev.polybridge.graal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Language;

/** The guest contract run against Python (GraalPy). */
class PythonContractTest extends GuestContractTest {

  @Override
  Language language() {
    return Language.PYTHON;
  }

  @Override
  String fixtureFileName() {
    return "contract_fixture.py";
  }

  @Override
  int explodeLine() {
    return 10;
  }

  @Override
  int detonateLine() {
    return 14;
  }

  @Override
  String explodeGuestType() {
    return "ZeroDivisionError";
  }

  @Override
  String explodeGuestMessage() {
    return "division by zero";
  }

  @Override
  String raisingSnippet() {
    return "1 / 0";
  }

  @Override
  String dictLiteral() {
    return "{'b': 1, 'a': 2, 'c': 3}";
  }

  @Override
  String nestedDictLiteral() {
    return "{'a': [1, 2], 'b': []}";
  }

  @Override
  String nullLiteral() {
    return "None";
  }

  @Override
  String trueLiteral() {
    return "True";
  }

  @Override
  String bigIntegerLiteral() {
    return "2**70";
  }

  @Override
  String doublingFunctionLiteral() {
    return "lambda x: x * 2";
  }

  @Override
  String bytesLiteral() {
    return "b'\\x00\\x01\\xff'";
  }

  @Override
  String unicodeLiteral() {
    return "'h\\u00e9llo \\U0001F600 \\U0001D11E'";
  }

  @Override
  long unicodeLength() {
    return 9; // code points
  }

  @Override
  String assignGlobal(String name, int value) {
    return name + " = " + value;
  }

  @Override
  String printLine(String text) {
    return "print('" + text + "', flush=True)";
  }

  @Override
  String syntaxErrorCode() {
    return "x = 1\ndef f(:";
  }

  @Override
  int syntaxErrorLine() {
    return 2;
  }

  @Override
  int syntaxErrorColumn() {
    return 6;
  }

  @Override
  void assertGlobalMissing(GuestContext context, String name) {
    GuestException e = assertThrows(GuestException.class, () -> context.global(name));
    assertEquals("NameError", e.guestType());
    assertEquals("name '" + name + "' is not defined", e.guestMessage());
  }

  @Override
  String intTypeName() {
    return "int";
  }

  @Override
  String stringTypeName() {
    return "str";
  }

  @Override
  String listTypeName() {
    return "list";
  }

  @Override
  String dictTypeName() {
    return "dict";
  }

  @Override
  String functionTypeName() {
    return "function";
  }

  @Override
  String mixedListToString() {
    return "[1, 'a', None]";
  }

  @Override
  String dictToString() {
    return "{'b': 1, 'a': 2, 'c': 3}";
  }
}
