"""Docstrings to Javadoc: the three parameter styles, and text that must be escaped."""


def google(name: str, count: int = 1) -> str:
    """Repeats a name, Google style.

    Longer text, with <b>markup</b> & an @mention that must stay text.

    Args:
        name: the name to repeat,
            on two lines
        count (int): how many times

    Returns:
        the name, repeated

    Raises:
        ValueError: if count is negative
    """
    return name * count


def numpy(values: list[float], scale: float) -> list[float]:
    """Scales values, NumPy style.

    Parameters
    ----------
    values : list of float
        The values.
    scale : float
        The factor.

    Returns
    -------
    list of float
        The scaled values.

    Examples
    --------
    >>> numpy([1.0], 2.0)
    [2.0]
    """
    return [v * scale for v in values]


def rest(path: str, mode: str = "r") -> bytes:
    """Reads a file, reST style.

    :param path: where the file is
    :param str mode: how to open it
    :type path: str
    :returns: its bytes
    :rtype: bytes
    """
    return b""


def tricky() -> str:
    r"""Text that could break a comment: */ and \u0041 and {@code x} and C:\users.

    Indented code::

        if a < b:
            return {}
    """
    return ""
