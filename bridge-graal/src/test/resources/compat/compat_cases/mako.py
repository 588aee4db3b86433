"""python3-mako, as its documentation shows it."""

PACKAGE = "python3-mako"

TEMPLATE = """<%def name="item(x)">[${x | h}]</%def>\\
% for i in items:
${item(i)} \\
% endfor
${len(items)} items, ${title.upper()}"""


def run():
    from mako.template import Template

    return [Template(TEMPLATE).render(items=["a", "<b>"], title="list")]
