"""python3-pyparsing, as its documentation shows it."""

PACKAGE = "python3-pyparsing"


def run():
    from pyparsing import Group, OneOrMore, Suppress, Word, alphanums, alphas, nums
    item = Group(Word(alphas)("key") + Suppress("=") + Word(alphanums)("value"))
    parser = OneOrMore(item)
    r = parser.parse_string("a=1 bb=x2 c=3")
    return [r.as_list(), r[1]["value"], (Word(nums) + Word(alphas)).parse_string("42 abc").as_list()]
