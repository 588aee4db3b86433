"""python3-click, as its documentation shows it."""

PACKAGE = "python3-click"


def run():
    import click
    from click.testing import CliRunner
    @click.command()
    @click.option("--count", default=1, help="Number of greetings.")
    @click.argument("name")
    def hello(count, name):
        for _ in range(count):
            click.echo("Hello %s!" % name)
    r = CliRunner().invoke(hello, ["--count", "2", "Ann"])
    h = CliRunner().invoke(hello, ["--help"])
    bad = CliRunner().invoke(hello, ["--count", "x", "Ann"])
    return [r.exit_code, r.output, h.output, bad.exit_code, bad.output]
