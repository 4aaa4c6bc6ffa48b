"""``cheatdeck check`` in two processes, each loading and checking half of the files.

Reading and validating a topic file, the per-card checks and the making of its fact
items need nothing of the other files; only what the whole corpus decides (duplicate
ids, the lock, duplicate and conflicting facts) waits for both halves. So a forked
child takes the first files (about half of the bytes) and sends back, file by file,
its problems, its card ids and its fact items, never its cards: pickling 10k cards
costs as much as loading them. The parent loads the other files meanwhile, reads the
lock, then decides the rest. The report is the one ``pipeline.check`` makes in one
process (the tests compare them); no corpus is kept.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .checks import CheckContext, check_groups
from .checks.facts import check_facts, problems_of_topics, report
from .checks.items import TopicItems, topic_items
from .checks.lockfile import check_removed_cards, removed_cards
from .diagnostics import ERROR, Diagnostic, Report
from .forked import Forked, pickled, unpickled
from .load import (
    CorpusHead,
    FileRead,
    IdPlace,
    corpus_of,
    id_places,
    id_problems,
    read_corpus_file,
    read_topic_files,
    topic_sort_key,
)
from .lock import Lock

#: Below this many bytes of topic files one process is faster (the AWS corpus: 440 kB).
SPLIT_MIN_BYTES = 1_000_000
#: The child's share of the bytes: it also pickles what it found, the parent reads the lock.
CHILD_SHARE = 0.47


@dataclass
class FileChecked:
    """What the merge needs of one topic file read and checked on its own."""

    diagnostics: list[Diagnostic]  # the loader's
    cards_seen: int
    ids: list[IdPlace]
    section: tuple | None  # the topic's place among the sections; None: the file has errors
    items: TopicItems | None


@dataclass
class HalfChecked:
    """Some files of the corpus, each checked on its own, and what the per-card checks found."""

    files: list[FileChecked]
    found: list[Diagnostic]


def can_split(paths: list[Path], forced: bool) -> bool:
    """Whether ``paths`` are worth two processes, and every light check can run on a half."""
    light, heavy = check_groups()
    if any(c is not check_removed_cards and not getattr(c, "per_card", False) for c in light):
        return False  # a check that needs every card at once: one process runs it
    if heavy != [check_facts]:
        return False  # the merge runs the fact checks, and no other
    return forced or sum(_size(path) for path in paths) >= SPLIT_MIN_BYTES


def check_in_halves(
    root: Path,
    paths: list[Path],
    today: dt.date,
    enter: Callable[..., None],
    progress: Callable[[int, int], None] | None = None,
) -> Report | None:
    """The report of ``cheatdeck check`` on the corpus folder ``root`` (topic files
    ``paths``), made by two processes; None when no second process can start."""
    cwd = Path.cwd()
    diagnostics: list[Diagnostic] = []
    head = read_corpus_file(root, cwd, diagnostics)
    theirs, mine = _halves(paths)
    try:  # the child pickles its result before the parent is ready to read it
        child = Forked.start(lambda: pickled(check_files(root, theirs, cwd, head, today)))
    except OSError:  # no second process now (a process limit)
        return None
    try:
        enter("loading", len(mine))
        own = check_files(root, mine, cwd, head, today, progress)
        enter("checking")
        lock = Lock.read(root) if head is not None else None  # while the child works
    finally:
        other: HalfChecked = unpickled(child.result())
    files = other.files + own.files  # in path order, as one process reads them
    for file in files:
        diagnostics.extend(file.diagnostics)
    retired = set(head.retired) if head is not None else set()
    diagnostics.extend(id_problems([file.ids for file in files], retired)[0])
    result = Report(cards=sum(file.cards_seen for file in files))
    result.extend(diagnostics)
    if head is None or any(d.severity == ERROR for d in diagnostics):
        return result  # as in one process: no corpus, no other check
    present = {card_id for file in files for card_id, _, _ in file.ids}
    result.extend(removed_cards(lock, present, head.retired))
    result.extend(other.found + own.found)
    sections = sorted((f for f in files if f.section is not None), key=lambda f: f.section)
    findings = problems_of_topics([f.items for f in sections], head.settings.similarity)
    result.extend(report(findings))
    return result


def check_files(
    root: Path,
    paths: list[Path],
    cwd: Path,
    head: CorpusHead | None,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
) -> HalfChecked:
    """``paths`` read and checked file by file: problems, ids, fact items, per-card checks."""
    reads = read_topic_files(root, paths, cwd, head, progress)
    collecting = gc.isenabled()
    gc.disable()  # many small objects, no cycles
    try:
        files = [_file_checked(read) for read in reads]
    finally:
        if collecting:
            gc.enable()
    found: list[Diagnostic] = []
    if head is not None:
        topics = [_with_cards(read) for read in reads if read.topic is not None]
        ctx = CheckContext(corpus=corpus_of(root, head, topics), today=today)
        light, _ = check_groups()
        for check in light:
            if getattr(check, "per_card", False):
                found.extend(check(ctx))
    return HalfChecked(files, found)


def _file_checked(read: FileRead) -> FileChecked:
    valid = read.topic is not None
    return FileChecked(
        diagnostics=read.diagnostics,
        cards_seen=read.cards_seen,
        ids=id_places(read.cards),
        section=topic_sort_key(read.topic) if valid else None,
        items=topic_items(read.cards) if valid else None,
    )


def _with_cards(read: FileRead):
    from dataclasses import replace

    return replace(read.topic, cards=tuple(read.cards))


def _halves(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The first files (``CHILD_SHARE`` of the bytes) and the rest."""
    sizes = [_size(path) for path in paths]
    wanted, total = CHILD_SHARE * sum(sizes), 0
    for cut, size in enumerate(sizes):
        if total + size / 2 > wanted:
            return paths[:cut], paths[cut:]
        total += size
    return paths, []


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
