"""bz2: GraalPy has no Java back-end for it (see COMPATIBILITY.md)."""

PACKAGE = "stdlib"


def run():
    import bz2

    data = b"Polybridge " * 100
    return [bz2.decompress(bz2.compress(data)) == data]
