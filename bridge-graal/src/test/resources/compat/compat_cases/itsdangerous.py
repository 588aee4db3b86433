"""python3-itsdangerous, as its documentation shows it."""

PACKAGE = "python3-itsdangerous"


def run():
    from itsdangerous import BadSignature, URLSafeSerializer
    s = URLSafeSerializer("secret-key", salt="activate")
    token = s.dumps({"id": 5, "name": "x"})
    try:
        s.loads(token + "x")
        bad = None
    except BadSignature as e:
        bad = type(e).__name__
    return [token, s.loads(token), bad]
