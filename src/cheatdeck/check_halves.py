"""``cheatdeck check`` in two processes, each loading and checking part of the files.

Reading and validating a topic file, the per-card checks and the making of its fact
items need nothing of the other files; only what the whole corpus decides (duplicate
ids, the lock, duplicate and conflicting facts) waits for both. So a forked child and
the parent take runs of files (chunks of about equal size) as each is free: a chunk is
claimed by reading its number from a pipe both share, so the faster process (or the one
without the lock to read) takes more. The child sends back, file by file, its problems,
its card ids and its fact items, never its cards: pickling 10k cards costs as much as
loading them. The parent then decides the rest. The report is the one
``pipeline.check`` makes in one process (the tests compare them); no corpus is kept.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import collector
from .checks import CheckContext, check_groups
from .checks.facts import check_facts, problems_of_topics, report
from .checks.items import TopicItems, topic_items
from .checks.lockfile import check_removed_cards, removed_cards
from .diagnostics import ERROR, Diagnostic, Report
from .forked import Forked, pickled, unpickled
from .identity import IdentityPlace, identity_places, identity_problems
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
    with_cards,
)
from .lock import Lock

#: Below this many bytes of topic files one process is faster (the AWS corpus: 440 kB).
SPLIT_MIN_BYTES = 1_000_000
#: The files are claimed in about this many chunks (fewer with fewer files).
CHUNKS = 64


@dataclass
class FileChecked:
    """What the merge needs of one topic file read and checked on its own."""

    number: int  # its place in the corpus's file list
    diagnostics: list[Diagnostic]  # the loader's
    cards_seen: int
    ids: list[IdPlace]
    section: tuple | None  # the topic's place among the sections; None: the file has errors
    items: TopicItems | None
    identity: list[IdentityPlace] = field(default_factory=list)  # for the lock check


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
    chunks = _chunks(paths)
    claims = _Claims(len(chunks))
    # The child pickles each chunk's result as soon as it has it: once it has no chunk
    # left, it has nothing left to do but send (it would otherwise pickle as the parent
    # waits, or into a full pipe, 64 kB at a time).
    try:
        child = Forked.start(
            lambda: [
                pickled(part) for part in check_chunks(root, claims.take(chunks), cwd, head, today)
            ]
        )
    except OSError:  # no second process now (a process limit)
        claims.close()
        return None
    try:
        enter("loading", len(chunks))
        lock = Lock.read(root) if head is not None else None  # the child claims meanwhile
        own = _joined(check_chunks(root, claims.take(chunks, progress), cwd, head, today))
        enter("checking")
    finally:
        claims.close()
        other = _joined(unpickled(part) for part in child.result())
    files = sorted(other.files + own.files, key=lambda file: file.number)  # as read in one
    for file in files:
        diagnostics.extend(file.diagnostics)
    retired = set(head.retired) if head is not None else set()
    diagnostics.extend(id_problems([file.ids for file in files], retired)[0])
    result = Report(cards=sum(file.cards_seen for file in files))
    result.extend(diagnostics)
    if head is None or any(d.severity == ERROR for d in diagnostics):
        return result  # as in one process: no corpus, no other check
    present = {card_id for file in files for card_id, _, _ in file.ids}
    places = [place for file in files for place in file.identity]
    found = identity_problems(places, lock, head.retired)  # identity hook
    result.extend(removed_cards(lock, present, head.retired, found))
    result.extend(other.found + own.found)
    sections = sorted((f for f in files if f.section is not None), key=lambda f: f.section)
    findings = problems_of_topics([f.items for f in sections], head.settings.similarity)
    result.extend(report(findings))
    return result


def check_chunks(
    root: Path,
    chunks: Iterable[list[tuple[int, Path]]],
    cwd: Path,
    head: CorpusHead | None,
    today: dt.date,
) -> Iterator[HalfChecked]:
    """For each chunk, its files (numbered) read and checked file by file: problems,
    ids, fact items, per-card checks."""
    for chunk in chunks:
        reads = read_topic_files(root, [path for _, path in chunk], cwd, head)
        with collector.paused():
            files = [
                _file_checked(number, read) for (number, _), read in zip(chunk, reads, strict=True)
            ]
        found = _per_card_checks(root, head, reads, today) if head is not None else []
        yield HalfChecked(files, found)


def _joined(parts: Iterable[HalfChecked]) -> HalfChecked:
    joined = HalfChecked([], [])
    for part in parts:
        joined.files += part.files
        joined.found += part.found
    return joined


def _per_card_checks(root: Path, head: CorpusHead, reads: list[FileRead], today: dt.date):
    topics = [with_cards(read.topic, read.cards) for read in reads if read.topic is not None]
    ctx = CheckContext(corpus=corpus_of(root, head, topics), today=today)
    light, _ = check_groups()
    return [found for check in light if getattr(check, "per_card", False) for found in check(ctx)]


def _file_checked(number: int, read: FileRead) -> FileChecked:
    valid = read.topic is not None
    return FileChecked(
        number=number,
        diagnostics=read.diagnostics,
        cards_seen=read.cards_seen,
        ids=id_places(read.cards),
        section=topic_sort_key(read.topic) if valid else None,
        items=topic_items(read.cards) if valid else None,
        identity=identity_places(read.cards) if valid else [],
    )


class _Claims:
    """Chunk numbers in a pipe that two processes share: reading one claims that chunk.

    Each number is 4 bytes, all of them written before the fork (a few hundred bytes:
    far below a pipe's buffer) and the writing end closed, so a read never waits and
    returns a whole number or, once all are taken, nothing."""

    def __init__(self, count: int) -> None:
        self._reader, writer = os.pipe()
        try:
            os.write(writer, b"".join(n.to_bytes(4, "little") for n in range(count)))
        finally:
            os.close(writer)

    def take(
        self,
        chunks: list[list[tuple[int, Path]]],
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[list[tuple[int, Path]]]:
        """The chunks this process claims, until none is left."""
        while True:
            token = os.read(self._reader, 4)
            if len(token) < 4:
                return
            number = int.from_bytes(token, "little")
            if progress is not None:
                progress(number, len(chunks))
            yield chunks[number]

    def close(self) -> None:
        try:
            os.close(self._reader)
        except OSError:  # closed already
            pass


def _chunks(paths: list[Path]) -> list[list[tuple[int, Path]]]:
    """The files, numbered, cut into runs of about equal bytes (at most ``CHUNKS`` runs)."""
    sizes = [_size(path) for path in paths]
    share = max(1, sum(sizes) // CHUNKS)
    chunks: list[list[tuple[int, Path]]] = []
    current: list[tuple[int, Path]] = []
    filled = 0
    for number, (path, size) in enumerate(zip(paths, sizes, strict=True)):
        if current and filled + size / 2 > share:  # the file is more out of this run than in
            chunks.append(current)
            current, filled = [], 0
        current.append((number, path))
        filled += size
    if current:
        chunks.append(current)
    return chunks


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
