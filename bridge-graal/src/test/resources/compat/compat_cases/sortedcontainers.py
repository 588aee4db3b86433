"""python3-sortedcontainers, as its documentation shows it."""

PACKAGE = "python3-sortedcontainers"


def run():
    from sortedcontainers import SortedDict, SortedList, SortedSet
    sl = SortedList([5, 1, 3])
    sl.add(2)
    sd = SortedDict({"b": 2, "a": 1, "c": 3})
    return [list(sl), sl.bisect_left(3), list(sd.keys()), sd.peekitem(0), list(SortedSet("banana")),
            list(sl.irange(2, 4))]
