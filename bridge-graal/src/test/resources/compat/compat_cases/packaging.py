"""python3-packaging, as its documentation shows it."""

PACKAGE = "python3-packaging"


def run():
    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.version import Version
    r = Requirement('requests[security]>=2.8.1,==2.8.*; python_version < "3.12"')
    env = {"python_version": "3.11", "sys_platform": "linux", "os_name": "posix"}
    return [Version("1.0.0rc1") < Version("1.0"), sorted(["1.10", "1.2", "1.1.post1"], key=Version),
            "2.8.5" in SpecifierSet(">=2.8.1,==2.8.*"), r.name, sorted(r.extras), str(r.specifier),
            Marker('python_version < "3.12" and sys_platform == "linux"').evaluate(env)]
