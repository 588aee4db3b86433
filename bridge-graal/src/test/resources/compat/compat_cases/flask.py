"""python3-flask, as its documentation shows it."""

PACKAGE = "python3-flask"


def run():
    from flask import Flask, jsonify, render_template_string, request, url_for
    app = Flask("compat_flask")
    @app.route("/hello/<name>")
    def hello(name):
        return render_template_string("Hello {{ name }}! {{ url_for('data', k=3) }}", name=name)
    @app.route("/data", methods=["GET", "POST"])
    def data():
        return jsonify(k=request.args.get("k"), body=request.get_json(silent=True))
    client = app.test_client()
    r1 = client.get("/hello/<World>")
    r2 = client.post("/data?k=2", json={"a": [1, 2]})
    r3 = client.get("/hello/x", base_url="http://bücher.example/")
    return [r1.status_code, r1.get_data(as_text=True), r2.get_json(), r3.get_data(as_text=True),
            client.get("/missing").status_code]
