"""python3-blinker, as its documentation shows it."""

PACKAGE = "python3-blinker"


def run():
    from blinker import signal
    got = []
    s = signal("saved")
    def on(sender, **kw):
        got.append((sender, kw))
        return "ok"
    s.connect(on)
    return [[r for _, r in s.send("model", id=3)], got, bool(s.receivers)]
