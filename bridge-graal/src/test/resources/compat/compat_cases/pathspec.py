"""python3-pathspec, as its documentation shows it."""

PACKAGE = "python3-pathspec"


def run():
    import pathspec
    spec = pathspec.PathSpec.from_lines("gitwildmatch", ["*.pyc", "build/", "!keep.pyc"])
    return [sorted(spec.match_files(["a.py", "a.pyc", "keep.pyc", "build/x.txt", "src/build.txt"]))]
