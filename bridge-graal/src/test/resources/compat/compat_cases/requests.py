"""python3-requests, as its documentation shows it."""

PACKAGE = "python3-requests"


def run():
    import requests
    req = requests.Request("POST", "https://example.org/api", params={"q": "ä b"}, json={"k": [1, 2]},
                           headers={"X-Test": "1"}).prepare()
    r = requests.models.Response()
    r.status_code = 404
    r._content = b'{"error": "nope"}'
    r.encoding = "utf-8"
    try:
        r.raise_for_status()
        raised = None
    except requests.HTTPError as e:
        raised = type(e).__name__
    return [req.url, req.body.decode(), req.headers["Content-Type"], r.json(), raised,
            requests.utils.quote("a b&c"), requests.utils.requote_uri("http://x/ä b"),
            requests.Request("GET", "http://bücher.example/").prepare().url]
