"""Synthetic corpora for the benchmarks: N cards of every kind in files of about 50 cards.

Every card is made of its own made-up words (syllables, scrambled so that neighbours
share no prefix), so the corpus passes ``cheatdeck check``: no duplicate, conflicting
or similar facts, no placeholder words, nothing that looks like a credential. The
output depends only on the arguments (same arguments, same bytes).

    python bench/synth.py OUT --cards 10000 --decks 200
"""

from __future__ import annotations

import argparse
import math
import shutil
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

CONSONANTS = "bcdfghjklmnprstvz"
VOWELS = "aeiou"
SYLLABLES = [c + v for c in CONSONANTS for v in VOWELS]  # 85 syllables, no "x"
WORD_SYLLABLES = 4
WORD_SPACE = len(SYLLABLES) ** WORD_SYLLABLES  # 52M distinct words
SCRAMBLE = 2_654_435_761  # odd and coprime with 85**4: a bijection on the word space
BANNED = ("todo", "tbd", "fixme", "xxx", "lorem", "ipsum")
FILLER = ("the", "a", "of", "for", "with", "in", "on", "by", "and", "per")
LANGS = ("python", "json", "yaml", "bash", "sql", "javascript")
IMAGES = 8

# Cards per kind in one file of 50 (every kind, roughly the mix of a real corpus).
MIX = (
    ("concept", 12),
    ("qa", 10),
    ("command", 8),
    ("limit", 6),
    ("cloze", 5),
    ("table", 3),
    ("snippet", 3),
    ("list", 3),
)


def word(n: int) -> str:
    """The n-th made-up word (4 syllables; unique for every n < WORD_SPACE)."""
    m = (n * SCRAMBLE) % WORD_SPACE
    parts = []
    for _ in range(WORD_SYLLABLES):
        m, rest = divmod(m, len(SYLLABLES))
        parts.append(SYLLABLES[rest])
    text = "".join(parts)
    if any(bad in text for bad in BANNED):
        text += "ra"  # 5 syllables: cannot collide with any 4-syllable word
    return text


@dataclass
class Words:
    """Hands out fresh words: each card's words are its own."""

    next_index: int = 0

    def take(self) -> str:
        self.next_index += 1
        return word(self.next_index)

    def phrase(self, count: int, filler_at: int = 1) -> str:
        out = []
        for i in range(count):
            out.append(self.take())
            if i == filler_at and i < count - 1:
                out.append(FILLER[self.next_index % len(FILLER)])
        return " ".join(out)


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def markup(words: Words, index: int) -> str:
    """Inline Markdown in about half of the fields, plain words in the rest."""
    style = index % 6
    a, b = words.take(), words.take()
    if style == 0:
        return f"`{a}` {b}"
    if style == 1:
        return f"**{a}** {b}"
    if style == 2:
        return f"*{a}* and {b}"
    if style == 3:
        return f"[{a}](https://example.org/{b})"
    return f"{a} {b}"


def card_lines(kind: str, card_id: str, n: int, words: Words) -> list[str]:
    """The YAML lines of one card (indented for a topic's ``cards:`` list)."""
    lines = [f"  - id: {card_id}", f"    kind: {kind}"]
    add = lines.append
    if kind == "concept":
        add(f"    term: {q(words.phrase(2).title())}")
        add(f"    definition: {q(words.phrase(5) + ' ' + markup(words, n) + '.')}")
        if n % 3 == 0:
            add(f"    example: {q(words.phrase(3))}")
        if n % 4 == 0:
            add("    reverse: true")
    elif kind == "qa":
        add(f"    question: {q('Which ' + words.phrase(3) + ' ' + markup(words, n) + '?')}")
        add(f"    answer: {q(words.phrase(6) + '.')}")
        if n % 5 == 0:
            add("    reverse: true")
    elif kind == "command":
        add(f"    task: {q(words.phrase(4).capitalize())}")
        add(f"    command: {q(f'{words.take()} {words.take()} --{words.take()} {n}')}")
        if n % 2 == 0:
            add(f"    output: {q(words.phrase(3, filler_at=9))}")
    elif kind == "limit":
        add(f"    subject: {q(words.phrase(4).capitalize())}")
        if n % 3 == 0:
            add(f"    value: {q(str(n % 97 + 2) + ' ' + words.take())}")
        else:
            add(f"    value: {n * 7 % 100000 + 10}")
            add(f"    unit: {words.take()}")
            add("    as_of: 2026-06-01")
    elif kind == "cloze":
        a, b, c = words.take(), words.take(), words.take()
        add(f"    text: {q(f'A {{{{c1::{a}}}}} holds {b} {{{{c2::{c}}}}} per {words.take()}.')}")
    elif kind == "table":
        add(f"    title: {q(words.phrase(3).title())}")
        add(f"    row_header: {q(words.take().capitalize())}")
        columns = [words.take().capitalize() for _ in range(3)]
        add(f"    columns: [{', '.join(columns)}]")
        add("    rows:")
        for _ in range(3):
            cells = [q(words.phrase(2, filler_at=9)) for _ in columns]
            add(f"      {words.take().capitalize()}: [{', '.join(cells)}]")
    elif kind == "snippet":
        lang = LANGS[n % len(LANGS)]
        add(f"    title: {q(words.phrase(3).capitalize())}")
        add(f"    lang: {lang}")
        add("    code: |")
        for line in _code(lang, words, n):
            add("      " + line)
    elif kind == "list":
        add(f"    title: {q(words.phrase(3).title())}")
        add("    items:")
        for i in range(4):
            if i % 2:
                add(f"      - {q(words.take())}: {q(words.phrase(3))}")
            else:
                add(f"      - {q(words.phrase(4))}")
    if n % 7 == 0:
        add(f"    note: {q(words.phrase(4, filler_at=9))}")
    if n % 11 == 0:
        add(f"    tags: [{words.take()}, kind-{kind}]")
    if n % 25 == 0:
        add(f"    image: images/p{n % IMAGES}.png")
    if n % 97 == 0:
        add("    sheet: false")
    if n % 89 == 0:
        add("    anki: false")
    return lines


def _code(lang: str, words: Words, n: int) -> list[str]:
    a, b, c = words.take(), words.take(), words.take()
    if lang == "python":
        return [f"def {a}({b}):", f"    return {b} * {n % 9 + 2} + len('{c}')"]
    if lang == "json":
        return ["{", f'  "{a}": "{b}",', f'  "{c}": {n}', "}"]
    if lang == "yaml":
        return [f"{a}:", f"  {b}: {c}", f"  count: {n}"]
    if lang == "bash":
        return [f"for {a} in {b} {c}; do", f'  echo "${a}"', "done"]
    if lang == "sql":
        return [f"SELECT {a}, {b} FROM {c}", f"WHERE {a} > {n};"]
    return [f"const {a} = ({b}) => {b}.{c} + {n};"]


def png(rgb: tuple[int, int, int]) -> bytes:
    """A 1x1 PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" + bytes(rgb))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def kinds_cycle(count: int) -> list[str]:
    """``count`` kinds in the proportions of MIX, interleaved."""
    pool = [kind for kind, share in MIX for _ in range(share)]
    total = len(pool)
    # interleave: kind i of the pool at positions spread through the file
    order = sorted(range(total), key=lambda i: (i * 37) % total)
    return [pool[order[i % total]] for i in range(count)]


def generate(out: Path, cards: int, decks: int = 0, per_file: int = 50) -> Path:
    """Write a corpus of ``cards`` cards into ``out`` (replaced); returns ``out``.

    ``decks`` is the number of distinct sub-decks (0: one per file). With more decks
    than files of ``per_file`` cards, files get smaller so that every deck has one.
    """
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    (out / "images").mkdir(parents=True)
    files = max(1, math.ceil(cards / per_file))
    if decks and decks > files:
        files = decks
    decks = decks or files
    words = Words()
    deck_names = [f"{words.take().capitalize()}" for _ in range(decks)]
    (out / "corpus.yaml").write_text(
        "name: synth\n"
        f"title: Synthetic corpus of {cards} cards\n"
        f"subtitle: {decks} decks in {files} files, made by bench/synth.py\n"
        "deck: Synth\n",
        encoding="utf-8",
    )
    for i in range(IMAGES):
        (out / "images" / f"p{i}.png").write_bytes(png((i * 30, 255 - i * 30, 128)))
    width = len(str(files))
    made = 0
    for f in range(files):
        count = cards // files + (1 if f < cards % files else 0)
        title = words.phrase(3).title()
        lines = [
            f"deck: {deck_names[f % decks]}",
            f"title: {q(title)}",
            f"order: {f + 1}",
            f"source: Synthetic § {f + 1}",
            f"tags: [t{f % 40}]",
        ]
        if f % 3 == 0:
            lines.append(f"intro: {q(words.phrase(6) + '.')}")
        lines.append("cards:")
        for kind in kinds_cycle(count):
            made += 1
            lines += card_lines(kind, f"c{made}-{kind}", made, words)
        sub = out / f"part{f % 10}"
        sub.mkdir(exist_ok=True)
        (sub / f"topic-{f:0{width}d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="corpus folder to create (replaced)")
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--decks", type=int, default=0, help="distinct decks (0: one per file)")
    parser.add_argument("--per-file", type=int, default=50)
    args = parser.parse_args(argv)
    generate(args.out, args.cards, args.decks, args.per_file)
    print(f"{args.out}: {args.cards} cards")


if __name__ == "__main__":
    main()
