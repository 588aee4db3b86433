"""python3-numpy, as its documentation shows it."""

PACKAGE = "python3-numpy"


def run():
    import numpy
    return [numpy.arange(6).reshape(2, 3).sum(axis=0).tolist()]
