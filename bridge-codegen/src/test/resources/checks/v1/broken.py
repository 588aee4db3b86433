"""Fails to import: its dependency is not installed."""

import missing_dependency  # noqa: F401
