"""cheatdeck: compile YAML cards into an Anki deck, a cheat sheet, Markdown and exports."""

__version__ = "0.1.0"
