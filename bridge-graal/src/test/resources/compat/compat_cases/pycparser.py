"""python3-pycparser, as its documentation shows it."""

PACKAGE = "python3-pycparser"


def run():
    import io
    from pycparser import c_parser, c_generator
    ast = c_parser.CParser().parse("int twice(int x) { return x * 2; } struct p { int a; char *b; };")
    out = io.StringIO()
    ast.show(buf=out, attrnames=True)
    return [out.getvalue(), c_generator.CGenerator().visit(ast)]
