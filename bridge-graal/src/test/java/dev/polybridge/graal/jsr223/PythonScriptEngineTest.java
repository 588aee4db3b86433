package dev.polybridge.graal.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import javax.script.Compilable;
import javax.script.ScriptContext;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSR-223 contract on GraalPy, plus what only Python does. */
class PythonScriptEngineTest extends ScriptEngineContractTest {

  @BeforeAll
  static void open() throws Exception {
    openEngine("python", "greeter.py");
  }

  @Override
  String nullLiteral() {
    return "None";
  }

  @Override
  String newGreeter() {
    return "Greeter('Hi')";
  }

  @Override
  String raiseOnLineThree() {
    return "x = 1\ny = 2\nraise ValueError('bad value')\n";
  }

  @Override
  String raisedType() {
    return "ValueError";
  }

  @Override
  String syntaxErrorOnLineTwo() {
    return "x = 1\ny = (1 +\n";
  }

  @Override
  String writeOopsToStderr() {
    return "__import__('sys').stderr.write('oops\\n')";
  }

  @Override
  String appendTwo(String name) {
    return name + ".append(2)";
  }

  @Override
  String objectWithGetMethod() {
    return "{'a': 7}";
  }

  @Override
  String intTypeName() {
    return "int";
  }

  @Test
  void pythonCodeEndingInAStatementGivesNull() throws ScriptException {
    assertEquals(null, engine.eval("statement_only = 1"));
  }

  @Test
  void printWithoutNewlineIsFlushedAfterEval() throws ScriptException {
    StringWriter out = new StringWriter();
    ScriptContext context = new SimpleScriptContext();
    context.setWriter(out);
    engine.eval("print('no newline', end='')", context);
    assertEquals("no newline", out.toString());
  }

  @Test
  void pythonSyntaxErrorIsReportedByCompile() {
    ScriptException e =
        assertThrows(ScriptException.class, () -> ((Compilable) engine).compile("def f(:\n"));
    assertEquals(
        "SyntaxError: '(' was never closed (<eval>, line 1) in <eval> at line number 1 at column"
            + " number 6",
        e.getMessage());
  }

  @Test
  void errorInAFunctionReportsTheLineOfTheFunction() {
    ScriptException e =
        assertThrows(
            ScriptException.class,
            () -> engine.eval("def divide(a, b):\n    return a / b\n\ndivide(1, 0)\n"));
    assertEquals("ZeroDivisionError: division by zero in <eval> at line number 2", e.getMessage());
  }

  @Test
  void languageVersionIsTheGuestsPythonVersion() throws ScriptException {
    assertEquals(
        engine.getFactory().getLanguageVersion(),
        engine.eval("'.'.join(map(str, __import__('sys').version_info[:2]))"));
  }
}
