"""A small calculator grammar for the ply case (lexer and parser rules, as ply's docs show)."""

tokens = ("NUMBER", "PLUS", "MINUS", "TIMES", "LPAREN", "RPAREN")
t_PLUS = r"\+"
t_MINUS = r"-"
t_TIMES = r"\*"
t_LPAREN = r"\("
t_RPAREN = r"\)"
t_ignore = " \t"
precedence = (("left", "PLUS", "MINUS"), ("left", "TIMES"))


def t_NUMBER(t):
    r"\d+"
    t.value = int(t.value)
    return t


def t_error(t):
    raise SyntaxError("bad character %r" % t.value[0])


def p_binary(p):
    """expr : expr PLUS expr
    | expr MINUS expr
    | expr TIMES expr"""
    if p[2] == "+":
        p[0] = p[1] + p[3]
    elif p[2] == "-":
        p[0] = p[1] - p[3]
    else:
        p[0] = p[1] * p[3]


def p_group(p):
    "expr : LPAREN expr RPAREN"
    p[0] = p[2]


def p_number(p):
    "expr : NUMBER"
    p[0] = p[1]


def p_error(p):
    raise SyntaxError("syntax error at %r" % (p,))
