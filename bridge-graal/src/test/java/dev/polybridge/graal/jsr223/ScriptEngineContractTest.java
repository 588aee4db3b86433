package dev.polybridge.graal.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.GuestException;
import dev.polybridge.Handle;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The JSR-223 behaviour both engines share, written once and run per language by {@link
 * PythonScriptEngineTest} and {@link JsScriptEngineTest}. One engine per test class, made by {@link
 * ScriptEngineManager} and loaded with the class's fixture ({@code fixtures/jsr223/greeter.py} or
 * {@code .js}, which define the same names): a GraalPy context costs seconds. Tests use distinct
 * global names, since the engine's globals outlive each test.
 */
abstract class ScriptEngineContractTest {
  static ScriptEngine engine;

  /** Makes the class's engine by {@code name} and evaluates {@code fixture} in it. */
  static void openEngine(String name, String fixture) throws Exception {
    engine = new ScriptEngineManager().getEngineByName(name);
    try (Reader source =
        new InputStreamReader(
            Objects.requireNonNull(
                ScriptEngineContractTest.class.getResourceAsStream("/fixtures/jsr223/" + fixture),
                fixture),
            StandardCharsets.UTF_8)) {
      engine.eval(source);
    }
  }

  @AfterAll
  static void closeEngine() throws Exception {
    ((AutoCloseable) engine).close();
  }

  // ---- what a language supplies ----

  /** {@code null} or {@code None}. */
  abstract String nullLiteral();

  /** An instance of the fixture's {@code Greeter} with greeting {@code 'Hi'}. */
  abstract String newGreeter();

  /** Three lines; the third raises {@code RangeError}/{@code ValueError('bad value')}. */
  abstract String raiseOnLineThree();

  /** The exception type {@link #raiseOnLineThree()} raises. */
  abstract String raisedType();

  /** Two lines; the second does not parse. */
  abstract String syntaxErrorOnLineTwo();

  /** Writes {@code oops} and a newline to standard error. */
  abstract String writeOopsToStderr();

  /** Appends 2 to the list {@code name} in place. */
  abstract String appendTwo(String name);

  /** A dict/plain object {@code {a: 7}} that has a method {@code get(key)} (a dict's own). */
  abstract String objectWithGetMethod();

  // ---- discovery and results ----

  @Test
  void engineComesFromThisModulesFactory() {
    assertInstanceOf(PolybridgeScriptEngine.class, engine);
    assertInstanceOf(PolybridgeScriptEngineFactory.class, engine.getFactory());
  }

  @Test
  void evalReturnsNaturalJavaValues() throws ScriptException {
    assertEquals(42, engine.eval("6 * 7"));
    assertEquals(1.5, engine.eval("3 / 2"));
    assertEquals("abc", engine.eval("'abc'"));
    assertEquals(List.of(1, 2, 3), engine.eval("[1, 2, 3]"));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", 1);
    expected.put("b", List.of(2, 3));
    assertEquals(expected, engine.eval("({'a': 1, 'b': [2, 3]})"));
    assertNull(engine.eval(nullLiteral()));
  }

  @Test
  void evalReturnsHandleForAnObjectWithoutJavaCounterpart() throws ScriptException {
    Handle greeter = assertInstanceOf(Handle.class, engine.eval(newGreeter()));
    assertEquals("Greeter", greeter.typeName());
  }

  @Test
  void evalReadsTheScriptFromAReader() throws ScriptException {
    assertEquals(12, engine.eval(new StringReader("3 * 4")));
  }

  // ---- bindings ----

  @Test
  void engineScopeBindingsReachTheScript() throws ScriptException {
    engine.put("bound_list", List.of(1, 2, 3));
    engine.put("bound_factor", 10);
    assertEquals(60, engine.eval("(bound_list[0] + bound_list[1] + bound_list[2]) * bound_factor"));
  }

  @Test
  void bindingsPassedToEvalReachTheScript() throws ScriptException {
    Bindings bindings = engine.createBindings();
    bindings.put("passed_text", "hello");
    assertEquals("hello!", engine.eval("passed_text + '!'", bindings));
  }

  @Test
  void globalScopeBindingIsOverriddenByEngineScope() throws ScriptException {
    ScriptContext context = new SimpleScriptContext();
    Bindings global = new SimpleBindings();
    global.put("scoped_name", "global");
    global.put("only_global", "g");
    context.setBindings(global, ScriptContext.GLOBAL_SCOPE);
    context.getBindings(ScriptContext.ENGINE_SCOPE).put("scoped_name", "engine");
    assertEquals("engine/g", engine.eval("scoped_name + '/' + only_global", context));
  }

  @Test
  void assignmentToABindingIsWrittenBackToEngineScope() throws ScriptException {
    engine.put("assigned_counter", 1);
    engine.eval("assigned_counter = assigned_counter + 1");
    assertEquals(2, engine.get("assigned_counter"));
    assertEquals(2, engine.getBindings(ScriptContext.ENGINE_SCOPE).get("assigned_counter"));
  }

  @Test
  void listChangedInPlaceIsWrittenBackToEngineScope() throws ScriptException {
    engine.put("growing", List.of(1));
    engine.eval(appendTwo("growing"));
    assertEquals(List.of(1, 2), engine.get("growing"));
  }

  @Test
  void untouchedBindingKeepsItsJavaObject() throws ScriptException {
    int[] numbers = {1, 2};
    engine.put("kept_array", numbers);
    engine.eval("kept_array[0] + kept_array[1]");
    assertSame(numbers, engine.get("kept_array"));
  }

  @Test
  void globalDefinedByTheScriptIsReadWithGet() throws ScriptException {
    engine.eval("defined_by_script = 'yes'");
    assertEquals("yes", engine.get("defined_by_script"));
    assertNull(engine.get("never_defined_anywhere"));
  }

  @Test
  void bindingThatCannotBeConvertedFailsNamingIt() {
    engine.put("unconvertible", new Object());
    try {
      ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("1"));
      assertEquals(
          "Cannot pass binding 'unconvertible' to "
              + ((PolybridgeScriptEngineFactory) engine.getFactory()).language().displayName()
              + ": Cannot pass a java.lang.Object to "
              + ((PolybridgeScriptEngineFactory) engine.getFactory()).language().displayName()
              + ": it has no conversion and this context does not allow host access. Register a"
              + " TypeConverter for it on Bridge.builder().converter(...), convert it to a Map or"
              + " List first, or allow host access with ContextOptions.allowHostAccess(true).",
          e.getMessage());
    } finally {
      engine.getBindings(ScriptContext.ENGINE_SCOPE).remove("unconvertible");
    }
  }

  // ---- Invocable ----

  @Test
  void functionDefinedInEvalIsInvokable() throws Exception {
    assertEquals("Hello, Ada!", ((Invocable) engine).invokeFunction("greet", "Ada"));
  }

  @Test
  void invokedFunctionSeesTheCurrentBindings() throws Exception {
    engine.put("late_value", "fresh");
    assertEquals("fresh", ((Invocable) engine).invokeFunction("read_late"));
  }

  @Test
  void functionChangingAGlobalBindingWritesItBack() throws Exception {
    engine.put("counter", 41);
    assertEquals(42, ((Invocable) engine).invokeFunction("bump"));
    assertEquals(42, engine.get("counter"));
  }

  @Test
  void missingFunctionThrowsNoSuchMethodException() {
    NoSuchMethodException e =
        assertThrows(
            NoSuchMethodException.class,
            () -> ((Invocable) engine).invokeFunction("no_such_function", 1));
    assertEquals(
        "No function 'no_such_function' among the " + displayName() + " globals", e.getMessage());
  }

  @Test
  void globalThatIsNotAFunctionThrowsNoSuchMethodException() throws ScriptException {
    engine.eval("not_a_function = 5");
    NoSuchMethodException e =
        assertThrows(
            NoSuchMethodException.class,
            () -> ((Invocable) engine).invokeFunction("not_a_function"));
    assertEquals(
        "The "
            + displayName()
            + " global 'not_a_function' is a "
            + intTypeName()
            + ", not a"
            + " function",
        e.getMessage());
  }

  @Test
  void invokeMethodCallsAMethodOfAScriptObject() throws Exception {
    Object greeter = engine.eval(newGreeter());
    assertEquals("Hi, Bob!", ((Invocable) engine).invokeMethod(greeter, "greet", "Bob"));
  }

  @Test
  void invokeMethodWorksOnAnObjectReturnedAsMap() throws Exception {
    Object object = engine.eval(objectWithGetMethod());
    assertInstanceOf(Map.class, object);
    assertEquals(7, ((Invocable) engine).invokeMethod(object, "get", "a"));
  }

  @Test
  void invokeMethodWorksOnAnObjectReadWithGet() throws Exception {
    engine.eval("kept_greeter = " + newGreeter());
    Object greeter = engine.get("kept_greeter");
    assertEquals("Hi, Cy!", ((Invocable) engine).invokeMethod(greeter, "greet", "Cy"));
  }

  @Test
  void invokeMethodOfAMissingMethodThrowsNoSuchMethodException() throws ScriptException {
    Object greeter = engine.eval(newGreeter());
    NoSuchMethodException e =
        assertThrows(
            NoSuchMethodException.class, () -> ((Invocable) engine).invokeMethod(greeter, "wave"));
    assertEquals("The " + displayName() + " Greeter has no method 'wave'", e.getMessage());
  }

  @Test
  void invokeMethodOnAJavaObjectThrowsIllegalArgumentException() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ((Invocable) engine).invokeMethod("text", "upper"));
    assertEquals(
        "A java.lang.String is not a script object of this engine: pass a Handle, or a value this"
            + " engine returned from eval, get or invokeFunction",
        e.getMessage());
  }

  /** The fixture's global functions, by name. */
  public interface Greetings {
    String greet(String name);

    int triple(int x);
  }

  /** A method the fixture does not define. */
  public interface Waver {
    String wave();
  }

  /** The fixture's Greeter class. */
  public interface GreeterObject {
    String greet(String name);

    String getGreeting();
  }

  @Test
  void getInterfaceBindsTheGlobalFunctions() {
    Greetings g = ((Invocable) engine).getInterface(Greetings.class);
    assertEquals("Hello, Di!", g.greet("Di"));
    assertEquals(21, g.triple(7));
  }

  @Test
  void getInterfaceIsNullWhenAFunctionIsMissing() {
    assertNull(((Invocable) engine).getInterface(Waver.class));
  }

  @Test
  void getInterfaceBindsAScriptObject() throws ScriptException {
    Object greeter = engine.eval(newGreeter());
    GreeterObject g = ((Invocable) engine).getInterface(greeter, GreeterObject.class);
    assertEquals("Hi, Ed!", g.greet("Ed"));
    assertEquals("Hi", g.getGreeting());
  }

  @Test
  void getInterfaceOfAClassThrowsIllegalArgumentException() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ((Invocable) engine).getInterface(String.class));
    assertEquals(
        "java.lang.String is not an interface; getInterface binds interfaces only", e.getMessage());
  }

  // ---- Compilable ----

  @Test
  void compiledScriptEvaluatesTwiceWithDifferentBindings() throws ScriptException {
    CompiledScript square = ((Compilable) engine).compile("side * side");
    assertSame(engine, square.getEngine());
    Bindings three = engine.createBindings();
    three.put("side", 3);
    Bindings four = engine.createBindings();
    four.put("side", 4);
    assertEquals(9, square.eval(three));
    assertEquals(16, square.eval(four));
  }

  @Test
  void syntaxErrorBecomesScriptExceptionWithItsLine() {
    ScriptException e =
        assertThrows(
            ScriptException.class,
            () -> ((Compilable) engine).compile(syntaxErrorOnLineTwo()).eval());
    assertEquals(2, e.getLineNumber());
    assertEquals("<eval>", e.getFileName());
    assertInstanceOf(dev.polybridge.GuestSyntaxException.class, e.getCause());
  }

  // ---- output ----

  @Test
  void printedOutputGoesToTheScriptContextWriter() throws ScriptException {
    StringWriter out = new StringWriter();
    ScriptContext context = new SimpleScriptContext();
    context.setWriter(out);
    engine.eval(
        engine.getFactory().getOutputStatement("h\u00e9llo \"quoted\" \uD83D\uDE00"), context);
    assertEquals("h\u00e9llo \"quoted\" \uD83D\uDE00\n", out.toString());
  }

  @Test
  void errorOutputGoesToTheScriptContextErrorWriter() throws ScriptException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ScriptContext context = new SimpleScriptContext();
    context.setWriter(out);
    context.setErrorWriter(err);
    engine.eval(writeOopsToStderr(), context);
    assertEquals("oops\n", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void outputOfAnInvokedFunctionGoesToTheEngineContextWriter() throws Exception {
    ScriptContext original = engine.getContext();
    StringWriter out = new StringWriter();
    ScriptContext context = new SimpleScriptContext();
    context.setBindings(
        original.getBindings(ScriptContext.ENGINE_SCOPE), ScriptContext.ENGINE_SCOPE);
    context.setWriter(out);
    engine.setContext(context);
    try {
      assertEquals(5, ((Invocable) engine).invokeFunction("shout", "quiet"));
    } finally {
      engine.setContext(original);
    }
    assertEquals("QUIET\n", out.toString());
  }

  @Test
  void programOfOutputStatementsPrintsEachLine() throws ScriptException {
    StringWriter out = new StringWriter();
    ScriptContext context = new SimpleScriptContext();
    context.setWriter(out);
    String program =
        engine
            .getFactory()
            .getProgram(
                engine.getFactory().getOutputStatement("one"),
                engine.getFactory().getOutputStatement("tab\there\\"));
    engine.eval(program, context);
    assertEquals("one\ntab\there\\\n", out.toString());
  }

  // ---- errors ----

  @Test
  void guestErrorBecomesScriptExceptionWithTypeAndLine() {
    ScriptException e = assertThrows(ScriptException.class, () -> engine.eval(raiseOnLineThree()));
    assertEquals(raisedType() + ": bad value in <eval> at line number 3", e.getMessage());
    assertEquals(3, e.getLineNumber());
    assertEquals("<eval>", e.getFileName());
    GuestException cause = assertInstanceOf(GuestException.class, e.getCause());
    assertEquals(raisedType(), cause.guestType());
  }

  @Test
  void scriptExceptionCarriesTheContextFileName() {
    ScriptContext context = new SimpleScriptContext();
    context.setAttribute(ScriptEngine.FILENAME, "job.script", ScriptContext.ENGINE_SCOPE);
    ScriptException e =
        assertThrows(ScriptException.class, () -> engine.eval(raiseOnLineThree(), context));
    assertEquals("job.script", e.getFileName());
    assertEquals(3, e.getLineNumber());
  }

  // ---- lifecycle ----

  @Test
  void closedEngineThrowsIllegalStateException() {
    ScriptEngine fresh = engine.getFactory().getScriptEngine();
    ((PolybridgeScriptEngine) fresh).close();
    ((PolybridgeScriptEngine) fresh).close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> fresh.eval("1"));
    assertEquals(
        "This "
            + engine.getFactory().getEngineName()
            + " ScriptEngine is closed; get a new one from a ScriptEngineManager",
        e.getMessage());
  }

  String displayName() {
    return ((PolybridgeScriptEngineFactory) engine.getFactory()).language().displayName();
  }

  /** The guest's type name of an integer: {@code int} or {@code number}. */
  abstract String intTypeName();
}
