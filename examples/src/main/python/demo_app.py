"""A small WSGI application, served by Polybridge's WsgiServer and, for comparison, by gunicorn."""
import json
from urllib.parse import parse_qs


def application(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path == '/':
        body = b'Hello from Python, served by Java!\n'
        start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
        return [body]
    if path == '/json':
        query = parse_qs(environ.get('QUERY_STRING', ''))
        n = int(query.get('n', ['10'])[0])
        payload = {'n': n, 'squares': [i * i for i in range(n)], 'method': environ['REQUEST_METHOD']}
        body = json.dumps(payload).encode('utf-8')
        start_response('200 OK', [('Content-Type', 'application/json')])
        return [body]
    if path == '/echo':
        length = int(environ.get('CONTENT_LENGTH') or 0)
        data = environ['wsgi.input'].read(length)
        start_response('200 OK', [('Content-Type', 'application/octet-stream')])
        return [data]
    if path == '/boom':
        raise ValueError('boom: this route always fails')
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'not found\n']
