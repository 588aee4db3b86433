# Polybridge's bytecode cache writer. Runs in a context of its own that executes nothing else: it
# compiles Python sources that guests imported, without running them, into sys.pycache_prefix.
# py_compile writes each file to a temporary name and renames it into place, so several JVMs
# sharing the cache never read half a file.
import importlib.util
import os
import py_compile


def compile_sources(paths):
    """Compiles each source (one absolute path per line) whose cached bytecode is missing or older
    than the source. Returns the number written; a source that does not compile is skipped (the
    import that reads it reports the error)."""
    written = 0
    for source in paths.split('\n'):
        if not source:
            continue
        try:
            cached = importlib.util.cache_from_source(source)
            try:
                if os.stat(cached).st_mtime >= os.stat(source).st_mtime:
                    continue
            except OSError:
                pass
            py_compile.compile(source, cfile=cached, doraise=True)
            written += 1
        except (OSError, SyntaxError, ValueError, py_compile.PyCompileError):
            pass
    return written


compile_sources
