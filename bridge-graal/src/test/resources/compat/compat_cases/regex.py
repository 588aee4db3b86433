"""python3-regex, as its documentation shows it."""

PACKAGE = "python3-regex"


def run():
    import regex
    return [regex.findall(r"\p{Greek}+", "abc αβγ def")]
