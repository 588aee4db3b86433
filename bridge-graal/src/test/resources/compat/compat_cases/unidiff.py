"""python3-unidiff, as its documentation shows it."""

PACKAGE = "python3-unidiff"

DIFF = """--- a/f.txt
+++ b/f.txt
@@ -1,3 +1,3 @@
 one
-two
+TWO
 three
"""


def run():
    from unidiff import PatchSet

    p = PatchSet(DIFF)
    return [len(p), p[0].path, p[0].added, p[0].removed, [str(h) for h in p[0]]]
