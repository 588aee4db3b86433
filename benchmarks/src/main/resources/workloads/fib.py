# Recursive Fibonacci: calls and integer arithmetic. Runs on CPython 3, GraalPy and Jython 2.7.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run(n):
    return fib(n)
