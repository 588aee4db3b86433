package dev.polybridge.graal.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How {@link ScriptEngineManager} finds the engines, and the factories' metadata. Getting an engine
 * starts no guest, so these tests are fast.
 */
class ScriptEngineDiscoveryTest {
  private final ScriptEngineManager manager = new ScriptEngineManager();

  @ParameterizedTest
  @ValueSource(strings = {"python", "py", "Python", "polybridge-python"})
  void managerFindsThePythonEngineByName(String name) {
    assertInstanceOf(PythonScriptEngineFactory.class, manager.getEngineByName(name).getFactory());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"js", "javascript", "JavaScript", "ECMAScript", "ecmascript", "polybridge-js"})
  void managerFindsTheJsEngineByName(String name) {
    assertInstanceOf(JsScriptEngineFactory.class, manager.getEngineByName(name).getFactory());
  }

  @Test
  void managerFindsEnginesByExtension() {
    assertInstanceOf(
        PythonScriptEngineFactory.class, manager.getEngineByExtension("py").getFactory());
    assertInstanceOf(JsScriptEngineFactory.class, manager.getEngineByExtension("js").getFactory());
    assertNull(manager.getEngineByExtension("mjs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/x-python", "application/x-python"})
  void managerFindsThePythonEngineByMimeType(String mimeType) {
    assertInstanceOf(
        PythonScriptEngineFactory.class, manager.getEngineByMimeType(mimeType).getFactory());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/javascript",
        "text/javascript",
        "application/ecmascript",
        "text/ecmascript"
      })
  void managerFindsTheJsEngineByMimeType(String mimeType) {
    assertInstanceOf(
        JsScriptEngineFactory.class, manager.getEngineByMimeType(mimeType).getFactory());
  }

  @Test
  void eachLookupGivesANewEngine() {
    ScriptEngine a = manager.getEngineByName("python");
    ScriptEngine b = manager.getEngineByName("python");
    assertNotSame(a, b);
  }

  @Test
  void pythonFactoryDescribesItself() {
    ScriptEngineFactory f = new PythonScriptEngineFactory();
    assertEquals("Polybridge Python", f.getEngineName());
    assertEquals("python", f.getLanguageName());
    assertEquals("3.12", f.getLanguageVersion());
    assertEquals(List.of("python", "py", "Python", "polybridge-python"), f.getNames());
    assertEquals(List.of("py"), f.getExtensions());
    assertEquals(List.of("text/x-python", "application/x-python"), f.getMimeTypes());
    assertEquals("Polybridge Python", f.getParameter(ScriptEngine.ENGINE));
    assertEquals("python", f.getParameter(ScriptEngine.NAME));
    assertEquals("python", f.getParameter(ScriptEngine.LANGUAGE));
    assertEquals("3.12", f.getParameter(ScriptEngine.LANGUAGE_VERSION));
    assertEquals(f.getEngineVersion(), f.getParameter(ScriptEngine.ENGINE_VERSION));
    assertNull(f.getParameter("THREADING"));
  }

  @Test
  void jsFactoryDescribesItself() {
    ScriptEngineFactory f = new JsScriptEngineFactory();
    assertEquals("Polybridge JavaScript", f.getEngineName());
    assertEquals("ECMAScript", f.getLanguageName());
    assertEquals("ECMAScript 2025", f.getLanguageVersion());
    assertEquals(
        List.of("js", "javascript", "JavaScript", "ECMAScript", "ecmascript", "polybridge-js"),
        f.getNames());
    assertEquals(List.of("js"), f.getExtensions());
    assertEquals(
        List.of(
            "application/javascript",
            "text/javascript",
            "application/ecmascript",
            "text/ecmascript"),
        f.getMimeTypes());
    assertEquals("js", f.getParameter(ScriptEngine.NAME));
    assertNull(f.getParameter("THREADING"));
  }

  @Test
  void engineVersionIsPolybridgesVersion() {
    // From the jar's Maven metadata; tests run from class folders, which have none.
    assertEquals("development", new PythonScriptEngineFactory().getEngineVersion());
  }

  @Test
  void methodCallSyntaxIsTheSameInBothLanguages() {
    assertEquals(
        "obj.greet(a, b)",
        new PythonScriptEngineFactory().getMethodCallSyntax("obj", "greet", "a", "b"));
    assertEquals("obj.run()", new JsScriptEngineFactory().getMethodCallSyntax("obj", "run"));
  }

  @Test
  void outputStatementEscapesItsText() {
    assertEquals(
        "print(\"say \\\"hi\\\"\\n\\\\ \\u0001\")",
        new PythonScriptEngineFactory().getOutputStatement("say \"hi\"\n\\ \u0001"));
    assertEquals("console.log(\"x\")", new JsScriptEngineFactory().getOutputStatement("x"));
  }

  @Test
  void programJoinsStatements() {
    assertEquals("a = 1\nb = 2\n", new PythonScriptEngineFactory().getProgram("a = 1", "b = 2"));
    assertEquals("a = 1;\nb = 2;\n", new JsScriptEngineFactory().getProgram("a = 1", "b = 2"));
  }
}
