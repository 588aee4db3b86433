"""python3-urllib3, as its documentation shows it."""

PACKAGE = "python3-urllib3"


def run():
    from urllib3.util import parse_url, Retry, Timeout, make_headers
    from urllib3.filepost import encode_multipart_formdata
    u = parse_url("https://user:pw@bücher.example:8443/p/a?q=1#f")
    body, ctype = encode_multipart_formdata({"a": "1", "f": ("x.txt", b"data")}, boundary="BOUNDARY")
    return [u.host, u.port, u.path, u.query, str(u), make_headers(keep_alive=True, user_agent="t/1"),
            Retry(total=3, backoff_factor=0.5).get_backoff_time(), str(Timeout(connect=1, read=2)),
            body.decode(), ctype]
