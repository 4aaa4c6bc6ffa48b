"""The writers: one module per output format, each listed once in ``WRITERS``.

A format module follows the ``FormatModule`` protocol: ``render(ctx: BuildContext)``
returns the output's bytes (one file) or ``{relative name: bytes}`` (a folder).
Writers do not write their output: the build stages what they return and moves
it into place. (They may read the corpus's images, and the .apkg writer builds its
SQLite collection in a temporary file.) Modules are imported only when their format
is built, so WeasyPrint and Pygments cost nothing to ``check`` or ``--help``.

Families: ``anki/`` (apkg, anki-tsv, crowdanki), ``sheet/`` (pdf, html, md),
``exports/`` (the study-tool formats) and ``terminal/`` (tldr, navi, cheat). Shared
helpers: ``archive`` (the zip writer), ``fence`` (the Markdown code fence); cloze text
is read with ``cheatdeck.cloze`` and facts come from ``cheatdeck.facts``.

Adding a format is one module, one entry in ``WRITERS`` and one
golden file, ``tests/golden/exports/hostile.<name>.golden`` (written by
``pytest tests/test_exports.py --update-golden``, then read before committing).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # imported for hints only: the skip path of an unchanged build stays light
    from ..facts import Fact
    from ..lock import Lock
    from ..model import Corpus, Settings

TEMPLATE_DIRS = (
    Path(__file__).resolve().parents[3] / "templates",  # a source checkout
    Path(__file__).resolve().parents[1] / "templates",  # an installed package
)


def templates_dir() -> Path:
    for candidate in TEMPLATE_DIRS:
        if candidate.is_dir():
            return candidate
    return TEMPLATE_DIRS[0]


class OutputError(Exception):
    """An output could not be made (a missing system library, …): one line, status 1."""


class FormatModule(Protocol):
    """What a format's module provides."""

    def render(self, ctx: BuildContext) -> bytes | dict[str, bytes]:
        """The whole output: a file's bytes, or a folder's files by relative name."""
        ...


@dataclass(frozen=True, slots=True)
class Writer:
    """One registry entry: a format's name, the file it makes and its module."""

    name: str
    suffix: str  # appended to the corpus name: ".apkg"; a folder ends with "/"
    module: str  # under cheatdeck.writers: "exports.mochi"
    summary: str
    default: bool = False
    #: Its bytes for tests/cases/hostile are pinned by tests/golden/exports/ (the
    #: .apkg and the sheet are read back by Anki, a PDF reader and a browser instead;
    #: the terminal sheets have goldens of their own in tests/golden/terminal/).
    golden: bool = True
    #: The tool it is imported into updates each card by its note's GUID (or an id made
    #: from it) and keeps its review history there (docs/formats.md): a card built into
    #: it is shipped, and leaves the corpus only through ``retired`` or ``renamed_from``
    #: (``Lock.ship``; other outputs, Mochi's, which imports new cards each time, too,
    #: leave it a draft).
    keeps_history: bool = False
    #: It holds the deck's cards, as the .apkg does: a card kept off the deck (``anki:
    #: false``) is in none of its notes, and a build of it does not list that card.
    deck_cards_only: bool = False

    def filename(self, corpus_name: str) -> str:
        return corpus_name + self.suffix.rstrip("/")

    @property
    def family(self) -> str:
        """The sub-package: anki, sheet or exports."""
        return self.module.partition(".")[0]

    def code(self) -> FormatModule:
        """The format's module, imported now."""
        return importlib.import_module(f"{__name__}.{self.module}")

    def render(self, ctx: BuildContext) -> bytes | dict[str, bytes]:
        return self.code().render(ctx)


WRITERS: tuple[Writer, ...] = (
    Writer(
        "apkg",
        ".apkg",
        "anki.apkg",
        "Anki deck package",
        default=True,
        golden=False,
        keeps_history=True,
        deck_cards_only=True,
    ),
    Writer("pdf", ".pdf", "sheet.pdf", "printable cheat sheet", default=True, golden=False),
    Writer(
        "html",
        ".html",
        "sheet.html",
        "the sheet as one self-contained page",
        True,
        golden=False,
    ),
    Writer(
        "md",
        ".md",
        "sheet.markdown",
        "GitHub-flavoured Markdown",
        default=True,
        golden=False,
    ),
    Writer(
        "anki-tsv",
        ".tsv",
        "anki.tsv",
        "Anki text import (same notes as the .apkg)",
        keeps_history=True,
        deck_cards_only=True,
    ),
    Writer(
        "mnemosyne",
        ".mnemosyne.cards",
        "exports.mnemosyne",
        "Mnemosyne 2 card set (.cards)",
        keeps_history=True,
        deck_cards_only=True,
    ),
    Writer(
        "crowdanki",
        ".crowdanki/",
        "anki.crowdanki",
        "CrowdAnki JSON folder (deck.json + media)",
        keeps_history=True,
        deck_cards_only=True,
    ),
    Writer(
        "obsidian",
        ".obsidian.md",
        "exports.obsidian",
        "Obsidian Spaced Repetition plugin Markdown",
        deck_cards_only=True,
    ),
    Writer(
        "logseq",
        ".logseq.md",
        "exports.logseq",
        "Logseq page of #card blocks",
        deck_cards_only=True,
    ),
    Writer(
        "quizlet",
        ".quizlet.txt",
        "exports.quizlet",
        "Quizlet import text (term<TAB>definition)",
        deck_cards_only=True,
    ),
    Writer(
        "mochi", ".mochi", "exports.mochi", "Mochi deck archive (data.json)", deck_cards_only=True
    ),
    Writer(
        "json",
        ".json",
        "exports.json_export",
        "the whole validated corpus as JSON",
    ),
    Writer("tldr", ".tldr/", "terminal.tldr", "tldr pages of the commands", golden=False),
    Writer("navi", ".navi/", "terminal.navi", "navi cheats of the commands", golden=False),
    Writer("cheat", ".cheat/", "terminal.cheat", "cheat sheets of the commands", golden=False),
)
WRITER_NAMES = {writer.name: writer for writer in WRITERS}
assert len(WRITER_NAMES) == len(WRITERS), "writer names must be unique"


def select(spec: str | None) -> list[Writer]:
    """Writers for a -f value ("apkg,md", "all"); raises ValueError naming an unknown one."""
    if not spec:
        return [w for w in WRITERS if w.default]
    names = [part.strip().lower() for part in spec.split(",") if part.strip()]
    if "all" in names:
        return list(WRITERS)
    unknown = [n for n in names if n not in WRITER_NAMES]
    if unknown:
        raise ValueError(
            f"unknown format '{unknown[0]}'{_near_format(unknown[0])}; formats: "
            + ", ".join([*WRITER_NAMES, "all"])
        )
    return [WRITER_NAMES[n] for n in dict.fromkeys(names)]


#: Names a newcomer types for a format, and the format's name.
_FORMAT_ALIASES = {"markdown": "md", "anki": "apkg", "tsv": "anki-tsv", "htm": "html"}


def _near_format(name: str) -> str:
    """': did you mean 'html'?' for a format name near one (or one of its other names)."""
    import difflib

    near = _FORMAT_ALIASES.get(name) or next(
        iter(difflib.get_close_matches(name, [*WRITER_NAMES, "all"], n=1, cutoff=0.6)), None
    )
    return f" (did you mean '{near}'?)" if near else ""


@dataclass
class BuildOptions:
    """Choices from the command line that override corpus settings."""

    paper: str | None = None
    orientation: str | None = None
    pages: int | None = None  # --pages: the sheet's page budget (writers/sheet/budget.py)
    verbose: bool = False  # -v: notices name every card they are about


@dataclass
class BuildContext:
    """Everything a writer may use: the (tag-filtered) corpus, its facts and times."""

    corpus: Corpus
    facts: list[Fact]
    lock: Lock
    options: BuildOptions = field(default_factory=BuildOptions)
    version: str = ""
    out_dir: Path | None = None
    #: What a writer wants the user to know that is not a corpus problem (a card the
    #: sheet could not lay out well, …): printed by ``cheatdeck build`` on stderr.
    notices: list[str] = field(default_factory=list)
    #: Tells the user something now, while the build runs (a long PDF layout ahead).
    say: Callable[[str], None] | None = None
    #: The paths of the whole corpus's sheet sections (topics with a card for the sheet),
    #: in order, before ``--tag`` filters ``corpus``: a section's colour comes from its
    #: place here, so it is the same on every sheet. Empty: ``corpus``'s own sections.
    sheet_sections: tuple[str, ...] = ()

    @property
    def settings(self) -> Settings:
        from dataclasses import replace

        changes = {}
        if self.options.paper:
            changes["paper"] = self.options.paper
        if self.options.orientation:
            changes["orientation"] = self.options.orientation
        return replace(self.corpus.settings, **changes)

    @property
    def templates(self) -> Path:
        return templates_dir()

    @property
    def corpus_dir(self) -> Path:
        return Path(self.corpus.root)

    def time_of(self, fact: Fact) -> int:
        """When this fact's content last changed (from the lock)."""
        return self.lock.note_time(fact.card.id, fact.key)

    @property
    def build_time(self) -> int:
        """The corpus's newest change: the one date an output may show."""
        return self.lock.latest()

    def sheet_cards(self):
        """(topic, cards shown on the sheet) in section order, empty sections left out;
        with a page budget (--pages), only the cards that fit it."""
        from .sheet.budget import kept

        keep = kept(self)
        for topic, cards in self.sheet_cards_unbudgeted():
            if keep is not None:
                cards = [card for card in cards if card.id in keep]
            if cards:
                yield topic, cards

    def sheet_cards_unbudgeted(self):
        """(topic, cards marked for the sheet) in section order, empty sections left out."""
        for topic in self.corpus.topics:
            cards = [card for card in topic.cards if card.sheet]
            if cards:
                yield topic, cards
