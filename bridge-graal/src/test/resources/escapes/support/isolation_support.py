"""Guest code for the isolation tests: work that never ends, and allocation that never stops."""

import time


def spin():
    while True:
        pass


def sleep_an_hour():
    time.sleep(3600)


def swallow_interrupts():
    """Catches whatever stops it and goes on: only a cancel ends this."""
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass


def endless():
    """A generator that never produces its first element."""
    spin()
    yield 1


def bomb():
    a = []
    while True:
        a.append([1.5] * 100000)


def call(f):
    return f()


def call_times(f, n):
    for _ in range(n):
        f()
    return n


class Spinner:
    def spin(self):
        spin()

    def __str__(self):
        spin()
