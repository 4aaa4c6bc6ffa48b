"""``cheatdeck show ID`` (one card as each output shows it) and ``cheatdeck stats`` (cards
per kind, deck, tag and priority).

Both load the corpus without running the checks: a corpus with warnings still answers.
``show`` prints the Anki notes as text (front and back of each card, from the same facts
the .apkg is made of; not through Anki's templates), the card's lines of the Markdown
sheet, and for a shell command its tldr example.
"""

from __future__ import annotations

import difflib
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from .. import cloze
from ..diagnostics import EXIT_PROBLEMS, EXIT_USAGE, plural
from ..model import BASE_LETTERS, as_latin, lookalike_note


def _load(corpus_dir: Path, card_id: str | None = None):
    """The corpus, or None after printing why it could not be loaded. With ``card_id``
    (``show``), a corpus with errors in other cards still answers for that card, valid,
    and says on stderr how many errors there are elsewhere."""
    from ..diagnostics import Report
    from ..load import load_corpus
    from ..lock import Lock

    # of two cards with one id, the one the lock had keeps it, as `check` says
    result = load_corpus(corpus_dir, built=Lock.read(corpus_dir).built)
    partial = result.partial
    if result.corpus is None and card_id and partial is not None:
        shared = f"id '{card_id}' "  # a duplicate-id: which of the two is meant is unclear
        twice = any(
            d.code == "duplicate-id" and d.message.startswith(shared) for d in result.diagnostics
        )
        if not twice and any(card.id == card_id for card in partial.cards()):
            errors = sum(d.severity == "error" for d in result.diagnostics)
            print(  # no fact check ran: a duplicate or conflicting fact is not counted
                f"cheatdeck: the corpus has {plural(errors, 'error')} in other cards' fields "
                f"(cheatdeck check {corpus_dir} lists them, and the duplicate facts it "
                f"finds); '{card_id}' itself is well formed",
                file=sys.stderr,
            )
            return partial
    if result.corpus is None:
        report = Report(cards=result.card_count)
        report.extend(result.diagnostics)
        sys.stdout.write(report.render("text"))
        print("cheatdeck: the corpus has errors; fix them first", file=sys.stderr)
    return result.corpus


def cloze_sides(text: str, number: int) -> tuple[str, str]:
    """The front and back of cloze card ``number`` as plain text ([...] marks the gap)."""

    def front(deletion: cloze.Deletion) -> str:
        if deletion.number != number:
            return deletion.answer
        return f"[{deletion.hint}]" if deletion.hint else "[...]"

    def back(deletion: cloze.Deletion) -> str:
        return f"[{deletion.answer}]" if deletion.number == number else deletion.answer

    return cloze.revealed(text, front), cloze.revealed(text, back)


def anki_cards(fact) -> list[tuple[str, str]]:
    """(front, back) of every Anki card of one fact, as text; a card's ``image:`` is
    named on each back, where Anki shows it (never on a front)."""
    image = f"\n[image: {fact.card.image}]" if fact.card.image else ""
    return [(front, back + image) for front, back in _sides(fact)]


def _sides(fact) -> list[tuple[str, str]]:
    card = fact.card
    if fact.variant == "cloze":
        return [cloze_sides(fact.prompt, n) for n in cloze.numbers(fact.prompt)]
    front = fact.prompt
    if fact.variant == "table-cell":  # a bare-number row named as the card names it
        from ..writers.anki.fields import row_named

        front = f"{fact.context}: {row_named(fact)} — {fact.column}"
    elif fact.context and fact.variant == "list-item" and not _asks_in_context(fact):
        front = f"{fact.context}: {fact.prompt}"  # a term: Anki shows the list's title too
    back = fact.answer
    for extra in (getattr(card, "example", None), getattr(card, "output", None), card.note):
        if extra:
            back += f"\n{extra}"
    sides = [(front, back)]
    if fact.variant.endswith("-reverse"):
        sides.append((fact.answer, fact.prompt))
    return sides


def _asks_in_context(fact) -> bool:
    """A plain item's prompt, which holds the list's title and the other items already."""
    return any(not item.term and item.text == fact.answer for item in fact.card.items)


def sheet_lines(card, corpus) -> list[str]:
    """The card as the Markdown sheet prints it."""
    from ..writers import BuildContext
    from ..writers.sheet.markdown import BLOCKS

    ctx = BuildContext(corpus=corpus, facts=[], lock=None)  # type: ignore[arg-type]
    return list(BLOCKS[card.kind]([card], ctx))


def run_show(args) -> int:
    from ..facts import facts_of

    corpus = _load(Path(args.corpus), args.id)
    if corpus is None:
        return EXIT_PROBLEMS
    cards = {card.id: card for card in corpus.cards()}
    card = cards.get(args.id)
    if card is None:
        close = difflib.get_close_matches(args.id, list(cards), n=3, cutoff=0.6)
        if not close:  # "co": the ids that begin with it (co-cobalt, co-monoxide)
            close = [other for other in cards if other.startswith(f"{args.id}-")][:3]
        begun = [other for other in cards if args.id.startswith(f"{other}-")]  # "gil-concept"
        close = list(dict.fromkeys([*begun, *close]))[:3]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        if as_latin(args.id) in cards:  # 'zаmok', its 'а' Cyrillic: reads as the id
            hint = f": {lookalike_note(args.id)}: write {as_latin(args.id)}"
        if args.id in corpus.retired:
            hint = ": it is retired (listed in 'retired' in corpus.yaml)"
        renamed = [other.id for other in cards.values() if other.renamed_from == args.id]
        if renamed:
            hint = f": it was renamed to '{renamed[0]}' (renamed_from: {args.id})"
        print(f"cheatdeck: error: no card '{args.id}' in {args.corpus}{hint}", file=sys.stderr)
        return EXIT_USAGE  # an argument naming nothing, as an unknown format is
    line = card.locs.get("id")
    where = f"{line.file}:{line.line}" if line else card.topic
    print(f"{card.id} ({card.kind}) in {where}; deck {card.deck}")
    if card.tags:
        print(f"tags: {' '.join(card.tags)}")
    print("\n== Anki ==")
    facts = facts_of(card, corpus.name) if card.anki else []
    if not facts:
        print("(not in the Anki deck: anki: false)")
    for fact in facts:
        sides = anki_cards(fact)
        for index, (front, back) in enumerate(sides, start=1):
            label = f"note {fact.key} [{fact.variant}]"
            if len(sides) > 1:
                label += f", card {index}"
            print(f"-- {label}")
            print("front: " + front.replace("\n", "\n       "))
            print("back:  " + back.replace("\n", "\n       "))
    print("\n== sheet (Markdown) ==")
    if not card.sheet:
        print("(not on the sheet: sheet: false)")
    else:
        print("\n".join(sheet_lines(card, corpus)))
        terminal = terminal_lines(card)
        if terminal:
            print("\n== terminal sheets (tldr) ==")
            print("\n".join(terminal))
    return 0


def terminal_lines(card) -> list[str]:
    """A command card as its tldr page shows it (nothing for other cards)."""
    from ..model import Command
    from ..writers.terminal.common import (
        SHELL_LANGS,
        is_key_binding,
        one_line,
        unfinished,
        without_prompts,
    )
    from ..writers.terminal.tldr import description, example

    if not isinstance(card, Command) or (card.lang or "shell").lower() not in SHELL_LANGS:
        return []
    text = without_prompts(card.command)  # as the build reads it: "$ jq ." runs "jq ."
    if unfinished(text):
        return [
            "(left out of the terminal sheets: its last line ends in '\\' or '|', '&&': "
            "finish the command)"
        ]
    line = one_line(text)
    if line is None or "`" in line:
        return ["(left out of the terminal sheets: it cannot be written on one line)"]
    if is_key_binding(line):
        return [
            "(left out of the terminal sheets: keys or an editor's command, which no shell "
            "runs: give the card lang: vim or lang: text)"
        ]
    return [f"- {description(card.task)}", "", f"`{example(line)}`"]


def run_stats(args) -> int:
    from ..facts import facts_of

    corpus = _load(Path(args.corpus))
    if corpus is None:
        return EXIT_PROBLEMS
    cards = corpus.cards()
    notes = sum(len(facts_of(c, corpus.name)) for c in cards if c.anki)
    topics = len(corpus.topics)
    print(
        f"{corpus.title}: {plural(len(cards), 'card')}, {plural(notes, 'Anki note')}, "
        f"{plural(topics, 'topic')}"
    )
    tables = [
        ("kind", Counter(c.kind for c in cards)),
        ("deck", Counter(c.deck for c in cards)),
        ("tag", Counter(t for c in cards for t in c.tags)),
        ("priority", Counter(c.priority for c in cards)),
    ]
    for title, counts in tables:
        print(f"\nper {title}:")
        if not counts:
            print("  (none)")
        width = max((_columns(k) for k in counts), default=0)
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], *_reading_order(kv[0]))):
            print(f"  {key}{' ' * (width - _columns(key))}  {count:>5}")
    return 0


def _reading_order(name: str) -> tuple[str, str]:
    """A key that sorts names as a reader looks them up: accents and case set aside
    (``ópera`` beside ``opera``, ``Órgano`` before ``zarzuela``, Turkish ``ılık`` beside
    ``ilik``), then as written."""
    letters = unicodedata.normalize("NFD", name).translate(BASE_LETTERS)
    plain = "".join(ch for ch in letters if not unicodedata.combining(ch))
    return plain.casefold(), name


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes: a wide character (中, 文) takes two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
