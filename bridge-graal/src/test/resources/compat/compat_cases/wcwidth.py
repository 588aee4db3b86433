"""python3-wcwidth, as its documentation shows it."""

PACKAGE = "python3-wcwidth"


def run():
    from wcwidth import wcswidth, wcwidth
    return [wcswidth("コンニチハ"), wcwidth("a"), wcwidth("\u0301"), wcswidth("café"), wcwidth("\x07")]
