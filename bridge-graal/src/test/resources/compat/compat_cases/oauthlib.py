"""python3-oauthlib, as its documentation shows it."""

PACKAGE = "python3-oauthlib"


def run():
    from oauthlib.oauth1 import Client
    c = Client("key", client_secret="secret", resource_owner_key="tok", resource_owner_secret="ts",
               nonce="abc123", timestamp="1700000000")
    uri, headers, body = c.sign("https://api.example.org/r?x=1", http_method="GET")
    from oauthlib.oauth2 import WebApplicationClient
    w = WebApplicationClient("cid")
    return [uri, headers["Authorization"], w.prepare_request_uri("https://a.example/auth", redirect_uri="https://c/cb",
                                                                      scope=["a", "b"], state="s")]
