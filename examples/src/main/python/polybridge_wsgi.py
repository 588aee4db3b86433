"""The Python half of Polybridge's WSGI server (PEP 3333).

Java hands each request to handle() in a pooled GraalPy context and writes back what it returns.
The application is imported once per context and cached.
"""
import importlib
import io
import sys

_apps = {}


def _load(app_ref):
    app = _apps.get(app_ref)
    if app is None:
        module_name, _, attr = app_ref.partition(':')
        app = getattr(importlib.import_module(module_name), attr or 'application')
        _apps[app_ref] = app
    return app


def handle(app_ref, environ, body):
    """Runs one request; returns (status, [[name, value], ...], body bytes)."""
    app = _load(app_ref)
    environ = dict(environ)
    environ['wsgi.input'] = io.BytesIO(body)
    environ['wsgi.errors'] = sys.stderr
    environ['wsgi.version'] = (1, 0)
    environ['wsgi.url_scheme'] = 'http'
    environ['wsgi.multithread'] = False
    environ['wsgi.multiprocess'] = True
    environ['wsgi.run_once'] = False

    response = []
    chunks = []

    def start_response(status, headers, exc_info=None):
        if exc_info is not None and response:
            raise exc_info[1].with_traceback(exc_info[2])
        response[:] = [status, headers]
        return chunks.append  # the legacy write() callable

    result = app(environ, start_response)
    try:
        for chunk in result:
            if chunk:
                chunks.append(chunk)
    finally:
        close = getattr(result, 'close', None)
        if close is not None:
            close()
    if not response:
        raise RuntimeError('the WSGI application returned without calling start_response')
    status, headers = response
    return status, [[name, value] for name, value in headers], b''.join(chunks)
