"""Prints CPython's answer to each compatibility case, one 'name<TAB>json' line a case
(CompatibilityCorpusTest runs it with python3, PYTHONPATH holding this folder and Debian's
dist-packages)."""
import sys

import compat_runner

for name in sys.argv[1:]:
    sys.stdout.write(name + "\t" + compat_runner.answer(name) + "\n")
