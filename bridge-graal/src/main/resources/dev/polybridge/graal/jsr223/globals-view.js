// The JavaScript globals as one object, for Invocable.getInterface (see Session.java).
// Evaluates to a function: given names, it makes an object with a live getter for each name that
// is defined, whether as a property of the global object or as a top-level let, const or class
// (which invokeFunction finds too, but which are not properties of globalThis). An ordinary
// object, not a Proxy: GraalJS's interop does not report a proxy's get-trap results as readable
// members. Nothing is left in the global scope.
(() => {
  const globalEval = eval;
  const isName = (k) => /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(k);
  const read = (k) => {
    try {
      return globalEval(k); // indirect eval: the global scope, where let and const live
    } catch (e) {
      if (e instanceof ReferenceError) return undefined;
      throw e;
    }
  };
  return (names) => {
    const view = Object.create(null);
    Object.defineProperty(view, Symbol.toPrimitive, { value: () => '[object global]' });
    for (const k of names) {
      if (isName(k) && read(k) !== undefined) {
        Object.defineProperty(view, k, {
          get: () => read(k),
          set: (v) => {
            globalThis[k] = v;
          },
          enumerable: true,
        });
      }
    }
    return view;
  };
})()
