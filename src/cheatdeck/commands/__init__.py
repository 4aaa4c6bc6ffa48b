"""The sub-commands beyond check and build (init, schema, show, stats, import, adopt,
watch): each module has a ``run(args) -> int`` that ``cli`` calls, and imports its heavy
libraries inside it so ``cheatdeck --help`` stays fast."""
