"""python3-jinja2, as its documentation shows it."""

PACKAGE = "python3-jinja2"


def run():
    from jinja2 import DictLoader, Environment, select_autoescape
    env = Environment(loader=DictLoader({
        "base.html": "<title>{% block title %}{% endblock %}</title>{% block body %}{% endblock %}",
        "page.html": "{% extends 'base.html' %}{% block title %}{{ title|upper }}{% endblock %}"
                     "{% block body %}{% for u in users %}<li>{{ loop.index }} {{ u.name }}"
                     "{{ ' (admin)' if u.admin }}</li>{% endfor %}{{ note }}{% endblock %}",
    }), autoescape=select_autoescape())
    users = [{"name": "Ann", "admin": True}, {"name": "<Bob>", "admin": False}]
    macro = env.from_string("{% macro b(x) %}[{{ x }}]{% endmacro %}{{ b(3) }}{{ items|join(', ') }}"
                            "{{ 3.14159|round(2) }} {{ d|dictsort }}")
    return [env.get_template("page.html").render(title="hi", users=users, note="<&>"),
            macro.render(items=[1, 2], d={"b": 1, "a": 2})]
