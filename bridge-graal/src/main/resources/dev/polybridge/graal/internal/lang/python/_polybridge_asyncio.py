# asyncio's default event loop for Polybridge contexts without sockets (see startup.py).
#
# asyncio's own loops wake themselves through a socket pair (their "self-pipe"), which a context
# without sockets cannot open. This loop has nothing to wake it from outside, and needs nothing:
# a sandboxed context has no other threads. It sleeps until its next timer is due, so coroutines,
# tasks, gather, sleep, timeouts and async generators work; a loop waiting on nothing at all fails
# loudly instead of sleeping forever. It starts no thread.
import asyncio
import time


class _Sleeper:
    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError(
                "the event loop waits for something that no timer or task will complete"
                " (a Polybridge context without sockets has no other source of events)"
            )
        if timeout > 0:
            time.sleep(timeout)
        return []


class PolybridgeEventLoop(asyncio.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _Sleeper()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class PolybridgePolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return PolybridgeEventLoop()
