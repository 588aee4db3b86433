# Polybridge's Python sandbox, run once in every Python context before any guest code.
#
# GraalPy implements the signal module with the JVM's own signals: signal.raise_signal(SIGTERM)
# would stop the host JVM, signal.signal() would replace the host's handlers for every context, and
# signal.alarm()/setitimer() start a host thread that raises a signal at the JVM later. No
# ContextOptions setting lets a guest signal the host process, so these fail instead, the way they
# fail for code that is not allowed to handle signals in CPython (outside the main thread).


def _polybridge_sandbox():
    import _signal
    import errno

    def refuse(name):
        def refused(*args, **kwargs):
            raise PermissionError(
                errno.EPERM,
                "signal." + name + "() is not allowed in a Polybridge context:"
                " signals belong to the host JVM",
            )

        refused.__name__ = name
        refused.__qualname__ = name
        return refused

    def signal(signalnum, handler):
        raise ValueError(
            "signal.signal() is not allowed in a Polybridge context:"
            " signal handlers belong to the host JVM"
        )

    _signal.signal = signal
    for name in ("raise_signal", "alarm", "setitimer", "siginterrupt", "pthread_kill"):
        if hasattr(_signal, name):
            setattr(_signal, name, refuse(name))


_polybridge_sandbox()
del _polybridge_sandbox
