"""Terminal cheat sheets made from command cards: ``tldr`` pages, ``navi`` cheats and
``cheat`` (cheat/cheat) sheets, one folder each. ``common`` picks the commands and their
placeholders; each format module writes only its own syntax."""
