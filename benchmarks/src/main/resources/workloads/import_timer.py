# Times the first import of some modules in a fresh CPython process, for PythonImportStartupBenchmark's
# peer. Debian's dist-packages goes first on sys.path, so CPython imports the very jinja2 files
# GraalPy imports. Prints the milliseconds the imports took.
#
#   python3 import_timer.py <dist-packages dir> <module> [<module> ...]
import sys
import time

sys.path.insert(0, sys.argv[1])
start = time.perf_counter()
for name in sys.argv[2:]:
    __import__(name)
print("%.3f" % ((time.perf_counter() - start) * 1000))
