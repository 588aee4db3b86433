"""python3-jwt, as its documentation shows it."""

PACKAGE = "python3-jwt"


def run():
    import jwt
    token = jwt.encode({"sub": "123", "admin": True}, "secret", algorithm="HS256")
    try:
        jwt.decode(token, "wrong", algorithms=["HS256"])
        bad = None
    except jwt.InvalidSignatureError as e:
        bad = str(e)
    return [token, jwt.decode(token, "secret", algorithms=["HS256"]), bad, jwt.get_unverified_header(token)]
