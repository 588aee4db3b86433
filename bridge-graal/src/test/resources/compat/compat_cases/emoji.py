"""python3-emoji, as its documentation shows it."""

PACKAGE = "python3-emoji"


def run():
    import emoji
    return [emoji.emojize("Python is :thumbs_up:"), emoji.demojize("Python is 👍"), emoji.emoji_count("a 😀 b 🎉")]
