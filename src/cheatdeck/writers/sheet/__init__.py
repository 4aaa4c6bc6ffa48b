"""Sheet family: the PDF and HTML cheat sheet and the Markdown, and their shared page and
layout code."""
