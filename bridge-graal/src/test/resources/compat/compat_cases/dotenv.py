"""python3-dotenv, as its documentation shows it."""

PACKAGE = "python3-dotenv"


def run():
    import io
    from dotenv import dotenv_values
    return [dotenv_values(stream=io.StringIO("A=1\nB='two words'\n# c\nC=${A}x\nexport D=4\n"))]
