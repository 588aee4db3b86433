/**
 * Polybridge's code generator: typed Java bindings from Python modules. Start at {@link
 * dev.polybridge.codegen.Generator}, or run {@link dev.polybridge.codegen.Main}.
 */
module dev.polybridge.codegen {
  requires transitive dev.polybridge.core;
  requires java.compiler;

  exports dev.polybridge.codegen;
}
