"""The ``mnemosyne`` writer: a Mnemosyne 2.x card set (``.cards``), images included.

A ``.cards`` file is a zip of ``cards.xml`` (openSM2sync log entries: tags, facts,
cards), ``METADATA`` and the media. Mnemosyne's importer matches facts, cards and
tags by id and updates them in place (keeping the learning data), so every id here
derives from the fact's GUID or the tag's name: re-importing a rebuilt file updates.
Fields are HTML (Mnemosyne renders them as such); decks become hierarchical tags
(``AWS::IAM``), as Mnemosyne has no decks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass
from urllib.parse import unquote
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from ... import cloze
from ...facts import Fact
from ...media import card_media
from ...text import escape, inline_html
from .. import BuildContext
from ..archive import sorted_zip
from .common import (
    context_prompt,
    read_image,
)

# Mnemosyne's built-in card types and their fact views (libmnemosyne/card_types).
FRONT_TO_BACK = ("1", ("1.1",))
BOTH_WAYS = ("2", ("2.1", "2.2"))
CLOZE = "5"  # the Cloze plugin; the importer activates it when a card needs it
ADDED_CARD, ADDED_TAG, ADDED_MEDIA_FILE, ADDED_FACT = 6, 10, 13, 16  # openSM2sync EventTypes
# A new card's learning data, as Mnemosyne's own export writes it.
NEW_CARD = {
    "gr": "-1",
    "e": "2.5",
    "ac_rp": "0",
    "rt_rp": "0",
    "lps": "0",
    "ac_rp_l": "0",
    "rt_rp_l": "0",
    "l_rp": "-1",
    "n_rp": "-1",
}


@dataclass
class Entry:
    """One log entry: attributes and child elements, in writing order."""

    type: int
    attrs: dict[str, str]
    children: dict[str, str]

    def xml(self) -> str:
        attrs = "".join(
            f" {k}={quoteattr(v)}" for k, v in {"type": str(self.type), **self.attrs}.items()
        )
        body = "".join(f"<{k}>{xml_escape(v)}</{k}>" for k, v in self.children.items())
        return f"<log{attrs}>{body}</log>\n"


def render(ctx: BuildContext) -> bytes:
    tags: dict[str, str] = {}  # name -> id
    facts: list[Entry] = []
    cards: list[Entry] = []
    media: dict[str, bytes] = {}
    for fact in ctx.facts:
        names = [fact.card.deck, *fact.card.tags]
        tag_ids = [tags.setdefault(name, tag_id(name)) for name in names]
        fact_id = "cd-" + _hash(fact.guid)
        facts.append(Entry(ADDED_FACT, {"o_id": fact_id}, fact_data(fact)))
        cards.extend(card_entries(fact, fact_id, ",".join(tag_ids)))
        for image in card_media(fact.card):  # image: and the images of its texts
            if image not in media:
                data = read_image(ctx, image)
                if data is not None:
                    media[image] = data
    entries = [Entry(ADDED_TAG, {"o_id": tid}, {"name": name}) for name, tid in tags.items()]
    entries += [Entry(ADDED_MEDIA_FILE, {}, {"fname": name}) for name in sorted(media)]
    entries += facts + cards
    xml = f'<openSM2sync number_of_entries="{len(entries)}">'
    xml += "".join(entry.xml() for entry in entries) + "</openSM2sync>\n"
    files = {"cards.xml": xml.encode("utf-8"), "METADATA": metadata(ctx).encode("utf-8")}
    files.update(media)
    return sorted_zip(files, ctx.build_time)


def metadata(ctx: BuildContext) -> str:
    """The card set's description, shown by Mnemosyne before it imports."""
    corpus = ctx.corpus
    date = dt.datetime.fromtimestamp(ctx.build_time, dt.UTC).date().isoformat()
    values = {
        "card_set_name": corpus.title,
        "author_name": "",
        "author_email": "",
        "tags": corpus.deck,
        "date": date,
        "revision": date,
        "notes": corpus.subtitle or "",
    }
    return "".join(f"{k}:{_one_line(v)}\n" for k, v in values.items())


def _one_line(text: str) -> str:
    return text.replace("\r", "").replace("\n", "<br>")


def tag_id(name: str) -> str:
    """A tag's id from its name only, so corpora sharing a tag share one Mnemosyne tag."""
    return "cd-tag-" + _hash(name)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:22]


def fact_data(fact: Fact) -> dict[str, str]:
    """The fact's fields: front and back HTML, or the cloze text."""
    if fact.variant == "cloze":
        # a cloze fact has its one text field: extras would show inside the question
        return {"text": file_names(cloze_text(fact.prompt))}
    return {"f": file_names(front_html(fact)), "b": file_names(back_html(fact))}


_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')


def file_names(field_html: str) -> str:
    """``field_html`` with each image named by its file's path as written in the card
    set: Mnemosyne looks the ``src`` up as a file name, so Markdown's link form
    (``hive%20frame.png``, ``k%C3%B6nigin.png``) was a "Missing media file!"."""
    if "<img" not in field_html:
        return field_html
    return _IMG_SRC.sub(
        lambda m: m[1] + escape(unquote(html.unescape(m[2]))) + m[3],
        field_html,
    )


def front_html(fact: Fact) -> str:
    return _protect(inline_html(context_prompt(fact)))


def back_html(fact: Fact) -> str:
    if fact.code_lang:
        answer = code_block(fact.answer)
    else:
        answer = inline_html(fact.answer)
    image = f'<br><img src="{escape(fact.card.image)}">' if fact.card.image else ""
    return _protect(answer) + image + back_extras(fact)


def back_extras(fact: Fact) -> str:
    parts = []
    for extra in fact.extras:
        value = code_block(extra.text) if extra.code else inline_html(extra.text)
        parts.append(f"<br><small>{escape(extra.label)}: {_protect(value)}</small>")
    return "".join(parts)


def code_block(code: str) -> str:
    return f"<pre><code>{escape(code)}</code></pre>"


def _protect(html_text: str) -> str:
    """Square brackets as entities: Mnemosyne reads [..] as a cloze deletion."""
    return html_text.replace("[", "&#91;").replace("]", "&#93;")


def cloze_text(text: str) -> str:
    """Anki {{cN::answer::hint}} as Mnemosyne [answer:hint]; one card per deletion (a
    formula a deletion sits in is kept whole, as written)."""
    if cloze.in_math(text):
        return cloze.rendered_around(
            text,
            lambda around: _protect(inline_html(around)),
            lambda part, in_math: "[" + _cloze_inner(part, in_math) + "]",
        )
    out = []
    for part in cloze.parts(text):
        if isinstance(part, cloze.Deletion):
            out.append("[" + _cloze_inner(part) + "]")
        else:
            out.append(_protect(inline_html(part)))
    return "".join(out)


def _cloze_inner(part: cloze.Deletion, in_math: bool = False) -> str:
    # ':' separates Mnemosyne's hint, so colons inside the answer become entities;
    # inside a formula the answer is LaTeX, as written (Markdown would eat its '\,')
    shown = _latex_html if in_math else inline_html
    answer = _protect(shown(part.answer)).replace(":", "&#58;")
    if part.hint:
        return f"{answer}:{_protect(shown(part.hint))}"
    return answer


def _latex_html(latex: str) -> str:
    return html.escape(latex, quote=False)


def card_entries(fact: Fact, fact_id: str, tag_ids: str) -> list[Entry]:
    """The fact's cards: one, both ways for reversible facts, one per cloze deletion."""
    if fact.variant == "cloze":
        deletions = cloze.deletions_in_math(fact.prompt)
        return [
            _card(
                f"{fact_id}.c{index}",
                CLOZE,
                "5.1",
                fact_id,
                tag_ids,
                _cloze_extra(part, index, in_math),
            )
            for index, (part, in_math) in enumerate(deletions)
        ]
    card_type, views = BOTH_WAYS if fact.variant.endswith("-reverse") else FRONT_TO_BACK
    return [_card(f"{fact_id}.{view}", card_type, view, fact_id, tag_ids, None) for view in views]


def _cloze_extra(part: cloze.Deletion, index: int, in_math: bool) -> str:
    # Mnemosyne evaluates this Python literal; repr() of plain str/int is safe
    return repr({"cloze": _cloze_inner(part, in_math), "index": index})


def _card(card_id, card_type, view, fact_id, tag_ids, extra) -> Entry:
    attrs = {
        "o_id": card_id,
        "card_t": card_type,
        "fact": fact_id,
        "fact_v": view,
        "tags": tag_ids,
        **NEW_CARD,
    }
    return Entry(ADDED_CARD, attrs, {"extra": extra} if extra else {})
