"""The Python half of Polybridge's WSGI server (PEP 3333).

Java asks handler() once per context for the function that serves one application, and then calls
that function for each request: one crossing in, one out. The CGI part of the environ comes as one
str of keys and values separated by NUL, the request body as bytes; the response goes back as one
bytes object (see _serve). The application is imported once per context and cached.
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


def handler(app_ref):
    """The function that serves one request of application app_ref: (environ text, body) -> bytes."""
    app = _load(app_ref)

    def handle(cgi_environ, body):
        return _serve(app, cgi_environ, body)

    return handle


_BytesIO = io.BytesIO


def _serve(app, cgi_environ, body):
    """Runs one request and returns the response as bytes.

    cgi_environ is the CGI part of the environ: a str of keys and values separated by NUL, or, when
    a value contains a NUL itself, a dict. body is bytes, or None when empty.
    The response starts with a latin-1 head: the number of headers, the status line, then each
    header's name and value, every field followed by NUL; the body follows the last NUL.
    """
    if type(cgi_environ) is str:
        fields = iter(cgi_environ.split('\0'))
        environ = dict(zip(fields, fields))
    else:
        environ = dict(cgi_environ)
    environ['wsgi.input'] = _BytesIO(body)
    environ['wsgi.errors'] = sys.stderr
    environ['wsgi.version'] = (1, 0)
    environ['wsgi.url_scheme'] = 'http'
    environ['wsgi.multithread'] = False
    environ['wsgi.multiprocess'] = True
    environ['wsgi.run_once'] = False

    response = []
    out = [b'']  # out[0] becomes the head; the body chunks follow

    def start_response(status, headers, exc_info=None):
        if exc_info is not None:
            try:
                if response and len(out) > 1:  # the head counts as sent once body has come
                    raise exc_info[1].with_traceback(exc_info[2])
            finally:
                exc_info = None
        elif response:
            raise AssertionError('start_response was called twice without exc_info')
        response[:] = [status, headers]
        return out.append  # the legacy write() callable

    result = app(environ, start_response)
    try:
        for chunk in result:
            if chunk:
                out.append(chunk)
    finally:
        close = getattr(result, 'close', None)
        if close is not None:
            close()
    if not response:
        raise RuntimeError('the WSGI application returned without calling start_response')
    status, headers = response
    parts = [str(len(headers)), status]
    for name, value in headers:
        parts.append(name)
        parts.append(value)
    head = '\0'.join(parts)
    if head.count('\0') != len(parts) - 1:
        raise ValueError('a WSGI status or header contains a NUL character: %r' % (response,))
    out[0] = head.encode('latin-1') + b'\0'
    return b''.join(out)
