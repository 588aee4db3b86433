package dev.polybridge.graal.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.GuestContext;
import dev.polybridge.Language;

/** The guest contract run against JavaScript (GraalJS). */
class JsContractTest extends GuestContractTest {

  @Override
  Language language() {
    return Language.JS;
  }

  @Override
  String fixtureFileName() {
    return "contract_fixture.js";
  }

  @Override
  int explodeLine() {
    return 8;
  }

  @Override
  int detonateLine() {
    return 12;
  }

  @Override
  String explodeGuestType() {
    return "TypeError";
  }

  @Override
  String explodeGuestMessage() {
    return "bad";
  }

  @Override
  String raisingSnippet() {
    return "throw new TypeError('bad')";
  }

  @Override
  String dictLiteral() {
    return "({b: 1, a: 2, c: 3})";
  }

  @Override
  String nestedDictLiteral() {
    return "({a: [1, 2], b: []})";
  }

  @Override
  String nullLiteral() {
    return "null";
  }

  @Override
  String trueLiteral() {
    return "true";
  }

  @Override
  String bigIntegerLiteral() {
    return "2n ** 70n";
  }

  @Override
  String doublingFunctionLiteral() {
    return "(x) => x * 2";
  }

  @Override
  String bytesLiteral() {
    return "new Uint8Array([0, 1, 255])";
  }

  @Override
  String unicodeLiteral() {
    return "'h\\u00e9llo \\u{1F600} \\u{1D11E}'";
  }

  @Override
  long unicodeLength() {
    return 11; // UTF-16 code units: two surrogate pairs
  }

  @Override
  String assignGlobal(String name, int value) {
    return "var " + name + " = " + value + ";";
  }

  @Override
  String printLine(String text) {
    return "console.log('" + text + "')";
  }

  @Override
  String syntaxErrorCode() {
    return "var a = 1;\nlet x = ;";
  }

  @Override
  int syntaxErrorLine() {
    return 2;
  }

  @Override
  int syntaxErrorColumn() {
    return 9;
  }

  @Override
  void assertGlobalMissing(GuestContext context, String name) {
    assertTrue(context.global(name).isNull(), name + " should be undefined");
  }

  @Override
  String intTypeName() {
    return "number";
  }

  @Override
  String stringTypeName() {
    return "string";
  }

  @Override
  String listTypeName() {
    return "Array";
  }

  @Override
  String dictTypeName() {
    return "Object";
  }

  @Override
  String functionTypeName() {
    return "Function";
  }

  @Override
  String mixedListToString() {
    return "1,a,";
  }

  @Override
  String dictToString() {
    return "[object Object]";
  }
}
