"""The writers: one module per output format, listed in ``WRITERS``.

A writer is ``render(ctx: BuildContext) -> bytes`` (one file) or ``-> dict[str, bytes]``
(a folder of files). Writers never touch the disk; ``build.py`` writes what they
return. Modules are imported only when their format is built, so heavy libraries
(genanki, WeasyPrint) cost nothing to ``check`` or ``--help``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported for hints only: the skip path of an unchanged build stays light
    from ..facts import Fact
    from ..lock import Lock
    from ..model import Corpus, Settings
    from .sheet.piece_cache import PieceCache

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


@dataclass(frozen=True, slots=True)
class Writer:
    """One output format: its name, the file it makes and where its code lives."""

    name: str
    suffix: str  # appended to the corpus name: ".apkg"; a folder ends with "/"
    module: str
    summary: str
    default: bool = False
    #: Reads the facts or note times of the stamped lock (else only the corpus and the
    #: build time: such a writer may run in the checking process).
    uses_facts: bool = True

    def filename(self, corpus_name: str) -> str:
        return corpus_name + self.suffix.rstrip("/")

    @property
    def is_folder(self) -> bool:
        return self.suffix.endswith("/")

    def render(self, ctx: BuildContext) -> bytes | dict[str, bytes]:
        return importlib.import_module(f"{__name__}.{self.module}").render(ctx)

    def chunks(self, ctx: BuildContext) -> Iterator[str] | None:
        """The output's text in pieces, when the writer can make it so (else None)."""
        hook = self._hook("chunks")
        return None if hook is None else hook(ctx)

    def _hook(self, name: str):
        return getattr(importlib.import_module(f"{__name__}.{self.module}"), name, None)

    def start(self, ctx: BuildContext) -> None:
        """Let the writer begin work in processes of its own, before any writer renders."""
        start = self._hook("start")
        if start is not None:
            start(ctx)


@contextmanager
def warmed(writers: Sequence[Writer]) -> Iterator[None]:
    """Writers with processes of their own (the PDF's layout workers) start them now,
    as a build begins, and stop what is left of them when it ends, however it ends."""
    hooks = [(w._hook("warm"), w._hook("cool")) for w in writers]
    hooks = [(warm, cool) for warm, cool in hooks if warm is not None]
    try:
        for warm, _cool in hooks:
            warm()
        yield
    finally:
        for _warm, cool in hooks:
            cool()


WRITERS: tuple[Writer, ...] = (
    Writer("apkg", ".apkg", "anki.apkg", "Anki deck package", default=True),
    Writer("pdf", ".pdf", "sheet.pdf", "printable cheat sheet", default=True),
    Writer(
        "html",
        ".html",
        "sheet.html",
        "the sheet as one self-contained page",
        True,
        uses_facts=False,
    ),
    Writer(
        "md", ".md", "sheet.markdown", "GitHub-flavoured Markdown", default=True, uses_facts=False
    ),
    Writer("anki-tsv", ".tsv", "anki.tsv", "Anki text import (same notes as the .apkg)"),
    Writer("mnemosyne", ".mnemosyne.cards", "exports.mnemosyne", "Mnemosyne 2 card set (.cards)"),
    Writer(
        "crowdanki", ".crowdanki/", "anki.crowdanki", "CrowdAnki JSON folder (deck.json + media)"
    ),
    Writer(
        "obsidian", ".obsidian.md", "exports.obsidian", "Obsidian Spaced Repetition plugin Markdown"
    ),
    Writer("logseq", ".logseq.md", "exports.logseq", "Logseq page of #card blocks"),
    Writer(
        "quizlet", ".quizlet.txt", "exports.quizlet", "Quizlet import text (term<TAB>definition)"
    ),
    Writer("mochi", ".mochi", "exports.mochi", "Mochi deck archive (data.json)"),
    Writer(
        "json",
        ".json",
        "exports.json_export",
        "the whole validated corpus as JSON",
        uses_facts=False,
    ),
    Writer("tldr", ".tldr/", "terminal.tldr", "tldr pages of the commands", uses_facts=False),
    Writer("navi", ".navi/", "terminal.navi", "navi cheats of the commands", uses_facts=False),
    Writer("cheat", ".cheat/", "terminal.cheat", "cheat sheets of the commands", uses_facts=False),
)
WRITER_NAMES = {writer.name: writer for writer in WRITERS}
assert len(WRITER_NAMES) == len(WRITERS), "writer names must be unique"


def select(spec: str | None) -> list[Writer]:
    """Writers for a -f value ("apkg,md", "all"); raises ValueError naming an unknown one."""
    if not spec:
        return [w for w in WRITERS if w.default]
    names = [part.strip() for part in spec.split(",") if part.strip()]
    if "all" in names:
        return list(WRITERS)
    unknown = [n for n in names if n not in WRITER_NAMES]
    if unknown:
        raise ValueError(
            f"unknown format '{unknown[0]}'; formats: " + ", ".join([*WRITER_NAMES, "all"])
        )
    return [WRITER_NAMES[n] for n in dict.fromkeys(names)]


@dataclass
class BuildOptions:
    """Choices from the command line that override corpus settings."""

    paper: str | None = None
    orientation: str | None = None


@dataclass
class BuildContext:
    """Everything a writer may use: the (tag-filtered) corpus, its facts and times."""

    corpus: Corpus
    facts: list[Fact]
    lock: Lock
    options: BuildOptions = field(default_factory=BuildOptions)
    version: str = ""
    out_dir: Path | None = None
    #: Pieces of earlier builds (the PDF's groups), stored by the build after it wrote
    #: every output; None: nothing is kept.
    cache: PieceCache | None = None
    #: What a writer wants the user to know that is not a corpus problem (a card the
    #: sheet could not lay out well, …): printed by ``cheatdeck build`` on stderr.
    notices: list[str] = field(default_factory=list)

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

    #: The build time when the lock was stamped in another process.
    fixed_build_time: int | None = None

    @property
    def build_time(self) -> int:
        """The corpus's newest change: the one date an output may show."""
        if self.fixed_build_time is not None:
            return self.fixed_build_time
        return self.lock.latest()

    def sheet_cards(self):
        """(topic, cards shown on the sheet) in section order, empty sections left out."""
        for topic in self.corpus.topics:
            cards = [card for card in topic.cards if card.sheet]
            if cards:
                yield topic, cards
