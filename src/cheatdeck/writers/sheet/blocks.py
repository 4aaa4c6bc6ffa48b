"""The sheet's sections and cards as HTML, one plain function per card kind.

Each card is one compact ``<article>``. Every value goes through the renderer:
``md`` (inline Markdown, raw HTML escaped), ``code`` (Pygments) or ``cloze``; the rest
(ids, classes, image URIs, command output) is escaped here. These were Jinja2 macros,
three calls per card and most of the time of the HTML file; the output is the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import escape

from ...model import Card, Topic


def section(renderer, topic: Topic, cards: Sequence[Card], accent: str, continued: bool) -> str:
    """One section: its heading (marked when continued), intro and cards."""
    md = renderer.md
    out = ["<section"]
    if not continued:
        out.append(f' id="{escape(topic.anchor)}"')
    out.append(f' class="topic {escape(accent)}">\n')
    if continued:
        out.append(
            f'<h2 class="continued">{md(topic.title)} <span class="more">(continued)</span></h2>\n'
        )
    else:
        out.append(f"<h2>{md(topic.title)}</h2>\n")
    if topic.intro and not continued:
        out.append(f'<p class="intro">{md(topic.intro)}</p>\n')
    for card in cards:
        out.append(card_html(renderer, card))
        out.append("\n")
    out.append("</section>")
    return "".join(out)


def card_html(renderer, card: Card) -> str:
    """One card's ``<article>``, ending with a newline."""
    anchor, classes = escape(renderer.anchor(card)), escape(renderer.card_class(card))
    body = KINDS[card.kind](renderer, card)
    return f'<article id="{anchor}" class="{classes}">\n{body}{extras(renderer, card)}</article>\n'


def extras(r, card: Card) -> str:
    """The card's note and figure, if any."""
    out = ""
    if card.note:
        out += f'<p class="note">{r.md(card.note)}</p>\n'
    src = r.image(card.image)
    if src:
        out += f'<img class="figure" src="{escape(src)}" alt="">\n'
    return out


def concept(r, card) -> str:
    out = (
        f'<p><b class="term">{r.md(card.term)}</b> <span class="sep">—</span>'
        f" {r.md(card.definition)}</p>\n"
    )
    if card.example:
        out += f'<p class="example"><i>e.g.</i> {r.md(card.example)}</p>\n'
    return out


def qa(r, card) -> str:
    return f'<p><b class="question">{r.md(card.question)}</b> {r.md(card.answer)}</p>\n'


def command(r, card) -> str:
    out = f'<p class="task">{r.md(card.task)}</p>\n{r.code(card.command, card.lang)}\n'
    if card.output:
        out += f'<pre class="output"><code>{escape(card.output.rstrip(chr(10)))}</code></pre>\n'
    return out


def limit(r, card) -> str:
    return (
        f'<p><b class="value">{r.md(card.value_text)}</b>'
        f' <span class="subject">{r.md(card.subject)}</span></p>\n'
    )


def _cell(tag: str, r, text) -> str:
    wrap = ' class="wrap"' if r.has_long_word(text) else ""
    return f"<{tag}{wrap}>{r.md(text)}</{tag}>"


def table(r, card) -> str:
    out = [f"<h3>{r.md(card.title)}</h3>\n"]
    out.append('<table class="wrap">\n' if r.crowded(card) else "<table>\n")
    out.append("<thead><tr>")
    out.append(_cell("th", r, card.row_header))
    out.extend(_cell("th", r, column) for column in card.columns)
    out.append("</tr></thead>\n<tbody>\n")
    for row in card.rows:
        out.append("<tr>")
        out.append(_cell("th", r, row.label))
        out.extend(_cell("td", r, text) for text in row.cells)
        out.append("</tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def cloze(r, card) -> str:
    return f"<p>{r.cloze(card.text)}</p>\n"


def snippet(r, card) -> str:
    return f"<h3>{r.md(card.title)}</h3>\n{r.code(card.code, card.lang)}\n"


def list_card(r, card) -> str:
    out = [f"<h3>{r.md(card.title)}</h3>\n<ul>\n"]
    for item in card.items:
        term = f'<b>{r.md(item.term)}</b> <span class="sep">—</span> ' if item.term else ""
        out.append(f"<li>{term}{r.md(item.text)}</li>\n")
    out.append("</ul>\n")
    return "".join(out)


KINDS: dict[str, Callable[..., str]] = {
    "concept": concept,
    "qa": qa,
    "command": command,
    "limit": limit,
    "table": table,
    "cloze": cloze,
    "snippet": snippet,
    "list": list_card,
}
