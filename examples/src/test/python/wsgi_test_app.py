"""A WSGI application for WsgiServerTest: one route per PEP 3333 detail the server must keep."""
import json
import sys

closed = []


class ClosingBody:
    """An iterable body whose close() the server must call."""

    def __init__(self, chunks):
        self.chunks = chunks

    def __iter__(self):
        return iter(self.chunks)

    def close(self):
        closed.append(True)


def application(environ, start_response):
    path = environ['PATH_INFO']
    if path.startswith('/environ'):
        keys = ['REQUEST_METHOD', 'SCRIPT_NAME', 'PATH_INFO', 'QUERY_STRING', 'SERVER_PROTOCOL',
                'CONTENT_TYPE', 'CONTENT_LENGTH', 'HTTP_X_TEST', 'wsgi.url_scheme']
        seen = {k: environ.get(k) for k in keys}
        seen['wsgi.version'] = list(environ['wsgi.version'])
        seen['flags'] = [environ['wsgi.multithread'], environ['wsgi.multiprocess'],
                         environ['wsgi.run_once']]
        seen['input'] = environ['wsgi.input'].read().decode('latin-1')
        seen['errors'] = environ['wsgi.errors'] is sys.stderr
        start_response('200 OK', [('Content-Type', 'application/json')])
        return [json.dumps(seen, sort_keys=True).encode('ascii')]
    if path == '/latin1':
        start_response('200 OK', [('Content-Type', 'text/plain'), ('X-Name', 'caf\u00e9')])
        return [b'ok']
    if path == '/not-latin1':
        start_response('200 OK', [('X-Name', '\u20ac')])
        return [b'never sent']
    if path == '/write':
        write = start_response('201 Created', [('Content-Type', 'text/plain')])
        write(b'written, ')
        return [b'then ', b'', b'iterated']
    if path == '/closing':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return ClosingBody([b'closed: ', str(len(closed)).encode('ascii')])
    if path == '/exc-info':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        try:
            raise KeyError('late failure')
        except KeyError:
            start_response('503 Service Unavailable', [('Content-Type', 'text/plain')],
                           sys.exc_info())
        return [b'replaced']
    if path == '/twice':
        start_response('200 OK', [])
        start_response('200 OK', [])
        return [b'never sent']
    if path == '/raise-in-body':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return ClosingBody(None)  # iter(None) raises TypeError; close() is still called
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'no such test route\n']
