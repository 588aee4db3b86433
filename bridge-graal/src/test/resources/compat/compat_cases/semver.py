"""python3-semver, as its documentation shows it."""

PACKAGE = "python3-semver"


def run():
    import semver
    v = semver.VersionInfo.parse("1.2.3-pre.2+build.4")
    return [str(v.bump_minor()), v.prerelease, semver.compare("1.0.0", "2.0.0"), str(v.next_version("patch")),
            semver.match("2.0.0", ">=1.0.0")]
