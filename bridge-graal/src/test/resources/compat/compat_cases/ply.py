"""python3-ply, as its documentation shows it."""

PACKAGE = "python3-ply"


def run():
    import ply.lex as lex
    import ply.yacc as yacc
    from . import _ply_calc as calc
    lexer = lex.lex(module=calc)
    parser = yacc.yacc(module=calc, write_tables=False, debug=False, errorlog=yacc.NullLogger())
    lexer.input("3 + 4 * (2 - 1)")
    tokens = [(t.type, t.value) for t in iter(lexer.token, None)]
    return [tokens, parser.parse("3 + 4 * (2 - 1)", lexer=lexer), parser.parse("2 * 3 * 4", lexer=lexer)]
