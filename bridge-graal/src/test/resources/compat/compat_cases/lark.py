"""python3-lark, as its documentation shows it."""

PACKAGE = "python3-lark"


def run():
    from lark import Lark
    grammar = """
    start: expr
    ?expr: expr "+" term -> add | term
    ?term: NUMBER
    %import common.NUMBER
    %import common.WS
    %ignore WS
    """
    tree = Lark(grammar).parse("1 + 2 + 3")
    lalr = Lark(grammar, parser="lalr").parse("4 + 5")
    return [tree.pretty(), str(lalr)]
