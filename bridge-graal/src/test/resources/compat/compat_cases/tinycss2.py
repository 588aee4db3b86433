"""python3-tinycss2, as its documentation shows it."""

PACKAGE = "python3-tinycss2"


def run():
    import tinycss2
    rules = tinycss2.parse_stylesheet("a { color: red; margin: 0 auto } /* c */ @media print { b { x: 1 } }",
                                      skip_whitespace=True, skip_comments=True)
    return [[r.type for r in rules], tinycss2.serialize(rules[0].content),
            [d.name for d in tinycss2.parse_declaration_list(rules[0].content) if d.type == "declaration"]]
