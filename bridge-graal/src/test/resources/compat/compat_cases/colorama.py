"""python3-colorama, as its documentation shows it."""

PACKAGE = "python3-colorama"


def run():
    from colorama import Back, Fore, Style
    return [Fore.RED + "red" + Style.RESET_ALL, Back.GREEN + Style.BRIGHT + "x"]
