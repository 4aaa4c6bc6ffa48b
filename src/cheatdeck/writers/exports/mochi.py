"""The ``mochi`` writer: a ``.mochi`` archive (a zip holding ``data.json`` and images).

``data.json`` lists the decks (sub-decks point at their ``parent-id``) and in each
deck its cards, whose ``content`` is Markdown with the sides split by a ``---``
line; clozes keep Anki's groups as ``{{N::answer}}``. Ids are short tokens derived
from the deck path and the fact's GUID, entries are sorted and dated from the lock,
so the archive's bytes change only when the corpus does.
"""

from __future__ import annotations

import json
import re

from ... import cloze
from ...facts import Fact
from ...media import card_media
from .. import BuildContext
from ..archive import sorted_zip
from ..fence import fence
from .common import (
    context_prompt,
    deck_parts,
    escape_markdown,
    image_link,
    line_start_escaped,
    live_facts,
    read_image,
    stable_token,
)

# Mochi reads HTML (entities too), {{clozes}}, [[card links]], #tags, $math and
# ==highlights== in Markdown.
MARKS = ("<", "{{", "}}", "[[", "#", "$", "&", "==")
SIDE_BREAK = "---"
_RULE_LINE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")


def render(ctx: BuildContext) -> bytes:
    decks: dict[str, dict] = {}
    media: dict[str, bytes] = {}
    for index, fact in enumerate(live_facts(ctx.facts)):
        deck = ensure_deck(decks, fact.card.deck)
        attachment = None
        if fact.card.image:
            attachment = media_name(fact.card.image)
            data = read_image(ctx, fact.card.image)
            if data is not None:
                media[attachment] = data
        made = [card_data(fact, deck["id"], index, attachment)]
        if fact.variant.endswith("-reverse"):
            made.append(reverse_card_data(fact, deck["id"], index, attachment))
        # every image of the card, ``image:`` too: a text may show it as well
        for path in card_media(fact.card):
            data = read_image(ctx, path)
            if data is not None:
                media[media_name(path)] = data
                for card in made:
                    for written in {path, image_link(path)}:
                        card["content"] = card["content"].replace(
                            f"]({written})", f"](@media/{media_name(path)})"
                        )
        deck["cards"] += made
    document = {"version": 2, "decks": list(decks.values())}
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return sorted_zip({"data.json": text.encode("utf-8"), **media}, ctx.build_time)


def ensure_deck(decks: dict[str, dict], path: str) -> dict:
    """The deck for ``path`` ("AWS::IAM"), its parents created first."""
    parts = deck_parts(path)
    parent_id = None
    for depth in range(1, len(parts) + 1):
        key = "::".join(parts[:depth])
        if key not in decks:
            deck = {"id": deck_id(key), "name": parts[depth - 1], "cards": []}
            if parent_id:
                deck["parent-id"] = parent_id
            decks[key] = deck
        parent_id = decks[key]["id"]
    return decks["::".join(parts)]


def deck_id(path: str) -> str:
    return stable_token("cheatdeck deck " + path)


def media_name(image: str) -> str:
    """The attachment's name: the path flat, without spaces (``@media/…`` ends at one)."""
    return re.sub(r"[/\s]", "-", image)


def card_data(fact: Fact, deck: str, index: int, attachment: str | None) -> dict:
    return {
        "id": stable_token("cheatdeck card " + fact.guid),
        "deck-id": deck,
        "pos": f"{index:06d}",
        "tags": list(fact.card.tags),
        "content": content(fact, attachment),
    }


def content(fact: Fact, attachment: str | None) -> str:
    if fact.variant == "cloze":
        lines = text_lines(cloze_markdown(fact.prompt))
        back = back_lines(fact, attachment)  # a cloze's image and note, as Anki's back
        return "\n".join(lines + (["", SIDE_BREAK, *back] if back else []))
    lines = text_lines(text(context_prompt(fact)))
    lines += ["", SIDE_BREAK, ""]
    if fact.code_lang:
        lines += fence(fact.answer, fact.code_lang)
    else:
        lines += text_lines(text(fact.answer))
    return "\n".join(lines + back_lines(fact, attachment))


def back_lines(fact: Fact, attachment: str | None) -> list[str]:
    """The card's image and extras (example, note, source, ...), each after a blank."""
    lines: list[str] = []
    if attachment:
        lines += ["", f"![](@media/{attachment})"]
    for extra in fact.extras:
        lines.append("")
        if extra.code:
            lines += [f"*{extra.label}:*", *fence(extra.text, "text")]
        else:
            lines += text_lines(f"*{extra.label}:* {text(extra.text)}")
    return lines


def reverse_card_data(fact: Fact, deck: str, index: int, attachment: str | None) -> dict:
    """Anki's reverse card (answer -> prompt, then its image and extras) as a card of
    its own."""
    lines = [*text_lines(text(fact.answer)), "", SIDE_BREAK, "", *text_lines(text(fact.prompt))]
    lines += back_lines(fact, attachment)
    return {
        "id": stable_token("cheatdeck reverse card " + fact.guid),
        "deck-id": deck,
        "pos": f"{index:06d}r",
        "tags": list(fact.card.tags),
        "content": "\n".join(lines),
    }


def text(value: str) -> str:
    return escape_markdown(value, MARKS)


def text_lines(value: str) -> list[str]:
    """Lines of text in which a '---' line (the side break) or rule is escaped, and a
    line Markdown reads as a list item, a quote or a heading (``line_start_escaped``)."""
    return [
        "\\" + line.lstrip() if _RULE_LINE.match(line) else line_start_escaped(line)
        for line in value.replace("\r\n", "\n").split("\n")
    ]


def cloze_markdown(value: str) -> str:
    """Anki {{cN::answer}} as Mochi's grouped cloze {{N::answer}}."""
    out = []
    for part in cloze.parts(cloze.code_split(value)):  # \$ in code shows its backslash
        if isinstance(part, cloze.Deletion):
            answer = text(part.answer).replace("}}", "}\u200b}")
            out.append(f"{{{{{part.number}::{answer}}}}}")
        else:
            out.append(text(part))
    return "".join(out)
