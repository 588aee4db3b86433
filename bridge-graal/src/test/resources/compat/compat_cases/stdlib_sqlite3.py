"""sqlite3: GraalPy's native module, in contexts with allowNativeModules."""

PACKAGE = "stdlib"
NATIVE = True


def run():
    import sqlite3

    db = sqlite3.connect(":memory:")
    db.execute("create table t (name text, n integer)")
    db.executemany("insert into t values (?, ?)", [("a", 1), ("b", 2), ("ü", 3)])
    db.commit()
    rows = db.execute("select name, n * 10 from t where n > ? order by n", (1,)).fetchall()
    return [rows, db.execute("select count(*), sum(n) from t").fetchone(), sqlite3.sqlite_version_info >= (3, 0)]
