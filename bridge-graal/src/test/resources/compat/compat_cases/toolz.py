"""python3-toolz, as its documentation shows it."""

PACKAGE = "python3-toolz"


def run():
    import toolz
    from toolz import curried
    return [toolz.pipe(3, lambda x: x + 1, str), toolz.groupby(len, ["a", "bb", "cc", "d"]),
            toolz.merge_with(sum, {"a": 1}, {"a": 2, "b": 3}), list(curried.map(lambda x: x * 2)([1, 2])),
            toolz.frequencies("abracadabra"), list(toolz.sliding_window(2, [1, 2, 3]))]
