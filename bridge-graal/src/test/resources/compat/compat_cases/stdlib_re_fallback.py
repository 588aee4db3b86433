"""A regular expression GraalVM's TRegex engine cannot take: one compiled from its parsed form
(sre's internals, as some lexers do), which GraalPy hands to its native _cpython_sre; in contexts
with allowNativeModules."""

PACKAGE = "stdlib"
NATIVE = True


def run():
    import re

    parsed = re._parser.parse(r"(a)+b|c", 0)
    pattern = re._compiler.compile(parsed, 0)
    return [pattern.findall("aab c ab"), pattern.groups]
