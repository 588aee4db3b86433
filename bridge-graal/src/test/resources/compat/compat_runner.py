"""Runs the compatibility corpus's cases and answers in JSON: the same code in Polybridge (called
by CompatibilityCorpusTest through the public API) and on CPython (run as a script by the test).

A case is a module compat_cases/<name>.py whose run() uses one package as its documentation
shows and returns plain data (str, int, float, bool, None, lists, dicts); anything else is
written with repr(). An exception is an answer too: its type and message.
"""
import importlib
import json
import sys


def answer(name):
    try:
        module = importlib.import_module("compat_cases." + name)
        result = {"ok": module.run()}
    except BaseException as e:  # noqa: B036 - the exception is the answer
        result = {"error": type(e).__name__, "message": str(e)}
    return json.dumps(result, sort_keys=True, default=repr, ensure_ascii=False)


def main(names):
    out = {name: json.loads(answer(name)) for name in names}
    sys.stdout.write(json.dumps(out, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
