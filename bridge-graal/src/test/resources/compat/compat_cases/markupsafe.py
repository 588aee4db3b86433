"""python3-markupsafe, as its documentation shows it."""

PACKAGE = "python3-markupsafe"


def run():
    from markupsafe import Markup, escape
    return [str(escape("<a href='x'>&</a>")), str(Markup("<b>%s</b>") % "<i>"),
            Markup("<p>a <b>b</b></p>").striptags(), str(Markup("{0}!").format("<x>"))]
