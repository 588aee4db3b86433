/**
 * Polybridge's GraalVM backend: runs Python (GraalPy) and JavaScript (GraalJS) in the same JVM.
 * Users depend on this module and use the API of {@code dev.polybridge.core}.
 */
module dev.polybridge.graal {
  requires transitive dev.polybridge.core;
  requires org.graalvm.polyglot;
  requires com.ibm.icu;
  requires java.xml;
  requires java.management;
  requires jdk.management;
  requires transitive java.scripting;

  exports dev.polybridge.graal;
  exports dev.polybridge.graal.jsr223;

  provides dev.polybridge.spi.BackendProvider with
      dev.polybridge.graal.GraalBackendProvider;
  provides javax.script.ScriptEngineFactory with
      dev.polybridge.graal.jsr223.PythonScriptEngineFactory,
      dev.polybridge.graal.jsr223.JsScriptEngineFactory;
}
