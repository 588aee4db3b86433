# Functions CallOverheadBenchmark calls through raw Value.execute, Handle.call and a Java interface.
import types


def inc(x):
    return x + 1


def strlen(s):
    return len(s)


def mapsize(m):
    return len(m)


api = types.SimpleNamespace(inc=inc, strlen=strlen, mapsize=mapsize)
