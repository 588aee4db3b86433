"""python3-docutils, as its documentation shows it."""

PACKAGE = "python3-docutils"


def run():
    from docutils.core import publish_parts
    rst = "Title\n=====\n\nSome *text* and ``code``.\n\n- a\n- b\n\n.. note:: careful\n"
    parts = publish_parts(rst, writer_name="html", settings_overrides={"report_level": 5})
    return [parts["title"], parts["body"]]
