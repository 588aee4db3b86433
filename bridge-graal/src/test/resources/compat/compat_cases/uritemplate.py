"""python3-uritemplate, as its documentation shows it."""

PACKAGE = "python3-uritemplate"


def run():
    from uritemplate import URITemplate, expand
    return [expand("https://api.github.com/users{/user}{?page,per_page}", user="x", page=2),
            sorted(URITemplate("{/a}{?b,c}").variable_names), expand("{+path}/here", path="/a b")]
