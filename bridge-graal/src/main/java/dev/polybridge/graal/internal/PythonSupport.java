package dev.polybridge.graal.internal;

import dev.polybridge.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/** Python semantics of the handle operations, on GraalPy. */
final class PythonSupport extends GuestSupport {
  private static final String HELPERS = resource("helpers.py");
  private static final String LOADER =
      "lambda src: (lambda m: (exec(compile(src, '"
          + HELPER_SOURCE_NAME
          + "', 'exec'), m.__dict__), m)[1])(__import__('types').ModuleType('_polybridge'))";

  private Value mainModule;
  private Value none;
  private Value floatType;

  PythonSupport(ContextCore core) {
    super(core, Language.PYTHON);
  }

  @Override
  Value loadHelpers() {
    Value h = core.context().eval(source(LOADER, HELPER_SOURCE_NAME)).execute(HELPERS);
    mainModule = h.getMember("import_module").execute("__main__");
    none = h.getMember("none");
    floatType = core.context().eval(source("float", HELPER_SOURCE_NAME));
    return h;
  }

  @Override
  void release() {
    super.release();
    mainModule = null;
    none = null;
    floatType = null;
  }

  @Override
  Value eval(String code) {
    helpers();
    Value result = core.context().eval(source(code, "<eval>"));
    // GraalPy answers the __main__ module when the code ends in a statement or its value is None.
    return result.equals(mainModule) ? none : result;
  }

  @Override
  Value importModule(String name) {
    return helper("import_module").execute(name);
  }

  @Override
  Value global(String name) {
    Value bindings = core.context().getBindings("python");
    Value v = bindings.getMember(name);
    if (v == null) {
      return helper("name_error").execute(name);
    }
    return v;
  }

  @Override
  Value getAttr(Value target, String name) {
    Value v = target.getMember(name);
    return v != null ? v : helper("getattr_of").execute(target, name);
  }

  @Override
  void setAttr(Value target, String name, Object value) {
    helper("setattr_of").execute(target, name, value);
  }

  @Override
  boolean hasAttr(Value target, String name) {
    return helper("hasattr_of").execute(target, name).asBoolean();
  }

  @Override
  Value callKw(Value target, Object kwargs, Object[] args) {
    return helper("call_kw").execute(prepend(args, target, kwargs));
  }

  @Override
  Value invokeKw(Value target, String method, Object kwargs, Object[] args) {
    return helper("invoke_kw").execute(prepend(args, target, method, kwargs));
  }

  @Override
  Value getItem(Value target, Object key) {
    return helper("getitem").execute(target, key);
  }

  @Override
  void setItem(Value target, Object key, Object value) {
    helper("setitem").execute(target, key, value);
  }

  @Override
  long size(Value target) {
    return helper("len_of").execute(target).asLong();
  }

  @Override
  String str(Value value) {
    return helper("str_of").execute(value).asString();
  }

  @Override
  boolean isFloat(Value number) {
    helpers();
    // One guest operation (isinstance(number, float)), not two (type(number), then identity).
    return floatType.isMetaInstance(number);
  }

  @Override
  boolean onlyIntegers(Value sequence) {
    return helper("only_ints").execute(sequence).asBoolean();
  }

  @Override
  boolean isList(Value value) {
    return value.hasArrayElements() && helper("is_list").execute(value).asBoolean();
  }

  @Override
  boolean isDict(Value value) {
    return value.hasHashEntries() && helper("is_dict").execute(value).asBoolean();
  }

  @Override
  Value newList(int size) {
    return helper("new_list").execute(size);
  }

  @Override
  Value newDict() {
    return helper("new_dict").execute();
  }

  @Override
  void putEntry(Value dict, Object key, Object value) {
    dict.putHashEntry(key, value);
  }

  @Override
  Value bytes(byte[] bytes) {
    return helper("bytes_from_latin1").execute(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  @Override
  Value bigInteger(String decimal) {
    return helper("big_int").execute(decimal);
  }

  @Override
  Value nullValue() {
    helpers();
    return none;
  }

  @Override
  Object javaNull() {
    return nullValue();
  }

  @Override
  ErrorInfo errorInfo(Value exception) {
    Value info = helper("error_info").execute(exception);
    Value rawFrames = info.getArrayElement(2);
    List<Frame> frames = new ArrayList<>((int) rawFrames.getArraySize());
    for (long i = 0; i < rawFrames.getArraySize(); i++) {
      Value f = rawFrames.getArrayElement(i);
      Value line = f.getArrayElement(1);
      frames.add(
          new Frame(
              f.getArrayElement(0).asString(),
              line.isNumber() ? line.asInt() : -1,
              f.getArrayElement(2).asString()));
    }
    int line = -1;
    int column = -1;
    if (exception.hasMember("lineno") && exception.hasMember("offset")) {
      Value l = exception.getMember("lineno");
      Value c = exception.getMember("offset");
      line = l != null && l.isNumber() ? l.asInt() : -1;
      column = c != null && c.isNumber() ? c.asInt() : -1;
    }
    return new ErrorInfo(
        info.getArrayElement(0).asString(),
        info.getArrayElement(1).asString(),
        frames,
        line,
        column);
  }
}
