"""python3-sqlparse, as its documentation shows it."""

PACKAGE = "python3-sqlparse"


def run():
    import sqlparse
    sql = "select a, b from t where x = 1 and y in (select z from u) order by a"
    stmt = sqlparse.parse(sql)[0]
    return [sqlparse.format(sql, reindent=True, keyword_case="upper"), stmt.get_type(),
            [str(t) for t in stmt.tokens if not t.is_whitespace][:4], sqlparse.split("select 1; select 2;")]
