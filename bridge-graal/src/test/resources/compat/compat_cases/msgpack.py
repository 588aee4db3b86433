"""python3-msgpack, as its documentation shows it."""

PACKAGE = "python3-msgpack"


def run():
    import msgpack
    packed = msgpack.packb({"a": [1, 2.5, None, True], "b": b"\x00\x01"})
    return [packed.hex(), msgpack.unpackb(packed), msgpack.unpackb(msgpack.packb([1, 2]), use_list=False)]
