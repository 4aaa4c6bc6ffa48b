"""What the study-tool exports share: cloze parsing, safe Markdown, ids, decks, zips.

Every export starts from the same facts as the Anki deck. The helpers here turn a
fact into the pieces other tools need (prompt with its context, the extras shown
on the back), give stable short ids derived from a fact's GUID, and write zip
archives whose bytes depend only on their content and the corpus's time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ...facts import Fact

# The loader's own definition of a deletion (load.CLOZE_DELETION): {{cN::answer}} or
# {{cN::answer::hint}}; validated cards never hold anything else between {{ and }}.
CLOZE_DELETION = re.compile(r"\{\{c([1-9][0-9]*)::((?:(?!\{\{|\}\}).)+?)\}\}", re.S)
CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
RETIRED_TAG = "cheatdeck::retired"


@dataclass(frozen=True, slots=True)
class Deletion:
    """One cloze deletion: its group number, the hidden text and an optional hint."""

    number: int
    answer: str
    hint: str | None


def cloze_parts(text: str) -> list[str | Deletion]:
    """A cloze text split into plain runs and deletions, in order."""
    parts: list[str | Deletion] = []
    pos = 0
    for match in CLOZE_DELETION.finditer(text):
        if match.start() > pos:
            parts.append(text[pos : match.start()])
        answer, _, hint = match.group(2).partition("::")
        parts.append(Deletion(int(match.group(1)), answer, hint or None))
        pos = match.end()
    if pos < len(text):
        parts.append(text[pos:])
    return parts


def numbering_is_plain(parts: list[str | Deletion]) -> bool:
    """True when deletions are numbered 1, 2, 3... once each, in reading order.

    Then "one card per deletion" (what simple cloze syntaxes give) is exactly what
    Anki's numbered groups give, and no number needs to be written out.
    """
    numbers = [part.number for part in parts if isinstance(part, Deletion)]
    return numbers == list(range(1, len(numbers) + 1))


def cloze_revealed(text: str) -> str:
    """The cloze text with every deletion shown (the card's full statement)."""
    return CLOZE_DELETION.sub(lambda m: m.group(2).partition("::")[0], text)


def split_code_spans(text: str) -> Iterator[tuple[bool, str]]:
    """(is_code, run) pieces of inline Markdown; code spans are kept whole."""
    pos = 0
    for match in CODE_SPAN.finditer(text):
        if match.start() > pos:
            yield False, text[pos : match.start()]
        yield True, match.group(0)
        pos = match.end()
    if pos < len(text):
        yield False, text[pos:]


def safe_markdown(text: str) -> str:
    """Card Markdown whose raw HTML shows as text: '<' and entity-like '&' escaped
    outside code spans (inside them Markdown already shows everything literally)."""
    return "".join(
        run if is_code else _ENTITY_LIKE.sub("&amp;", run).replace("<", "&lt;")
        for is_code, run in split_code_spans(text)
    )


def escape_markdown(text: str, marks: tuple[str, ...]) -> str:
    """Card Markdown with each of ``marks`` (runs of ASCII punctuation that the target
    reads as syntax: "<", "#", "$", "[[", "==", ...) backslash-escaped outside code
    spans. The card's own Markdown (bold, links, code) is kept."""
    if not marks:
        return text
    pattern = re.compile("|".join(re.escape(mark) for mark in sorted(marks, key=len, reverse=True)))

    def backslash(match: re.Match) -> str:
        return "".join("\\" + ch for ch in match.group(0))

    return "".join(
        run if is_code else pattern.sub(backslash, run) for is_code, run in split_code_spans(text)
    )


def context_prompt(fact: Fact) -> str:
    """The prompt with the table or list it belongs to, when the prompt lacks it."""
    if fact.context and fact.context not in fact.prompt:
        return f"{fact.context}: {fact.prompt}"
    return fact.prompt


@dataclass(frozen=True, slots=True)
class Extra:
    """A piece of text shown under an answer: its label and value (inline Markdown,
    or code when ``code`` is set)."""

    label: str
    text: str
    code: bool = False


def extras(fact: Fact) -> list[Extra]:
    """What the back of a card adds to the answer, in a fixed order."""
    card = fact.card
    found: list[Extra] = []
    example = getattr(card, "example", None)
    if example:
        found.append(Extra("Example", example))
    output = getattr(card, "output", None)
    if output:
        found.append(Extra("Output", output, code=True))
    as_of = getattr(card, "as_of", None)
    if as_of:
        found.append(Extra("As of", as_of.isoformat()))
    if card.note:
        found.append(Extra("Note", card.note))
    if card.source:
        found.append(Extra("Source", card.source))
    return found


def live_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts still in the corpus: retired ones matter only to tools that update
    notes by identity (Anki, CrowdAnki, Mnemosyne), where they ship tagged once more."""
    return [fact for fact in facts if not fact.retired]


def stable_token(seed: str, length: int = 8) -> str:
    """A short base62 id from ``seed`` (a GUID, a deck path): same seed, same id."""
    number = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest(), "big")
    chars = []
    for _ in range(length):
        number, rest = divmod(number, 62)
        chars.append(_BASE62[rest])
    return "".join(chars)


def stable_uuid(seed: str) -> str:
    """A UUID-shaped id (8-4-4-4-12 hex) from ``seed``."""
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def deck_parts(deck: str) -> list[str]:
    return [part.strip() for part in deck.split("::") if part.strip()]


def zip_time(seconds: int) -> tuple[int, int, int, int, int, int]:
    """A zip entry date from a lock time (zip dates start in 1980)."""
    moment = dt.datetime.fromtimestamp(max(seconds, 315532800), dt.UTC)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def deterministic_zip(files: dict[str, bytes], seconds: int) -> bytes:
    """A zip of ``files`` (name -> bytes), entries sorted, one fixed date, deflated:
    the same content always gives the same bytes."""
    buffer = io.BytesIO()
    stamp = zip_time(seconds)
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix, whatever machine builds it
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


def read_image(ctx, relative: str) -> bytes | None:
    """An image of the corpus (checked to exist by the loader), or None if unreadable."""
    try:
        return (ctx.corpus_dir / relative).read_bytes()
    except OSError:
        return None
