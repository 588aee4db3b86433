"""A tiny module the Java examples import through Bridge.builder().pythonPath(...).

>>> greet("hello from %s", "python", "javascript")
'hello from python and javascript'
"""

def greet(greeting, *greeters): return greeting % ' and '.join(greeters)
