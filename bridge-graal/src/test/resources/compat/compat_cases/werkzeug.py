"""python3-werkzeug, as its documentation shows it."""

PACKAGE = "python3-werkzeug"


def run():
    from werkzeug.routing import Map, Rule
    from werkzeug.test import Client
    from werkzeug.wrappers import Request, Response
    url_map = Map([Rule("/hello/<name>", endpoint="hello"), Rule("/n/<int:n>", endpoint="n")])
    @Request.application
    def app(request):
        adapter = url_map.bind_to_environ(request.environ)
        endpoint, args = adapter.match()
        return Response("%s %r %s" % (endpoint, sorted(args.items()), request.args.get("x", "")))
    c = Client(app)
    r = c.get("/hello/w%C3%B6rld?x=1")
    r2 = c.get("/n/42", base_url="http://bücher.example/")
    return [r.status, r.get_data(as_text=True), r2.get_data(as_text=True), c.get("/nope").status,
            url_map.bind("example.org").build("n", {"n": 7})]
