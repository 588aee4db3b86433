package dev.polybridge.graal.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.script.Invocable;
import javax.script.ScriptException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSR-223 contract on GraalJS, plus what only JavaScript does. */
class JsScriptEngineTest extends ScriptEngineContractTest {

  @BeforeAll
  static void open() throws Exception {
    openEngine("js", "greeter.js");
  }

  @Override
  String nullLiteral() {
    return "null";
  }

  @Override
  String newGreeter() {
    return "new Greeter('Hi')";
  }

  @Override
  String raiseOnLineThree() {
    return "x = 1;\ny = 2;\nthrow new RangeError('bad value');\n";
  }

  @Override
  String raisedType() {
    return "RangeError";
  }

  @Override
  String syntaxErrorOnLineTwo() {
    return "x = 1;\ny = (1 +;\n";
  }

  @Override
  String writeOopsToStderr() {
    return "console.error('oops')";
  }

  @Override
  String appendTwo(String name) {
    return name + ".push(2)";
  }

  @Override
  String objectWithGetMethod() {
    return "({a: 7, get(key) { return this[key]; }})";
  }

  @Override
  String intTypeName() {
    return "number";
  }

  @Test
  void undefinedGivesNull() throws ScriptException {
    assertEquals(null, engine.eval("undefined"));
  }

  @Test
  void constArrowFunctionIsInvokable() throws Exception {
    engine.eval("const quadruple = (x) => 4 * x;");
    assertEquals(20, ((Invocable) engine).invokeFunction("quadruple", 5));
  }

  @Test
  void letBindingIsReadWithGet() throws ScriptException {
    engine.eval("let lexical_value = 'lexical';");
    assertEquals("lexical", engine.get("lexical_value"));
  }
}
