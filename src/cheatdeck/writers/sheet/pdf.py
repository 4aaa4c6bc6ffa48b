"""The cheat sheet as a printable PDF: groups of sections laid out by WeasyPrint, merged.

A sheet of a few hundred cards is one WeasyPrint document: both layout processes lay
it out, and each paints (writes as PDF) half of its pages, a quarter of the work that
a second process would otherwise not share (``PARTS``). A larger one is cut into
groups of sections (``sheet_groups``), each laid out on its own pages by
``pdf_piece`` in a pool of two processes (memory stays that of one group per process)
and merged by ``pdf_merge``, which numbers the pages and writes the outline, the
named destinations and the metadata. A piece depends only on its group's HTML, so
pieces are kept in the build's cache (``ctx.cache``) under a hash of that HTML and of
the code that lays it out: after an edit only the edited card's group (and the first,
whose masthead carries the date) is laid out again. What the layout check finds on
any piece, cached or not, goes to ``ctx.notices``. Dates come from the build time
(the lock), the file identifier from the content: the same corpus gives the same bytes,
with or without a cache. The layout processes (``pdf_pool``) are started when the
build begins (``warm``), so WeasyPrint is imported while the corpus loads; ``start``
(called by the pipeline before any writer renders) submits the groups the cache lacks,
so they are laid out while the other writers render.
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from . import font_coverage, layout_check, pdf_columns, pdf_merge, pdf_piece
from . import page as sheet
from .groups import plan_groups
from .pdf_piece import TEXT_FIXES, Job, Piece, safe_fetcher, weasyprint  # noqa: F401
from .pdf_pool import Pool, start_pool, worker_count
from .piece_cache import PieceCache

CACHE_SPACE = "pdf"
PAGE_LABEL = "page"  # the footer reads "page x / y"
# Every character a page number may need, in the footer's font: the sample page.
STAMP_SAMPLE = f"{PAGE_LABEL} 0123456789 / 0123456789"
#: A sheet of one group is laid out by two workers at once, each painting half of its
#: pages (on every machine, so that the PDF's bytes never depend on the cores).
PARTS = 2


@dataclass
class Sheet:
    """The merged PDF and the pieces it was made of (their layouts, for the report)."""

    pdf: bytes
    pieces: list[Piece]
    columns: int
    uncovered: list[str] = field(default_factory=list)  # characters no installed font has

    @property
    def pages(self) -> int:
        return sum(piece.pages for piece in self.pieces)

    @property
    def cards(self) -> list[str]:
        return [card for piece in self.pieces for card in piece.cards]

    @property
    def tall(self) -> set[str]:
        return {card for piece in self.pieces for card in piece.tall}

    @property
    def problems(self) -> list[layout_check.Problem]:
        """Every layout problem, with page numbers of the merged PDF."""
        found, start = [], 0
        for piece in self.pieces:
            for problem in piece.problems:
                found.append(
                    layout_check.Problem(
                        problem.code, problem.page + start, problem.subject, problem.message
                    )
                )
            start += piece.pages
        return found

    @property
    def fill(self) -> float:
        """The share of the column space the cards fill: a measure of density."""
        space = sum(p.pages * self.columns * p.page_height for p in self.pieces)
        return sum(p.used_height for p in self.pieces) / max(1.0, space)


def render(ctx) -> bytes:
    sheet_pdf = build_sheet(ctx)
    notices = getattr(ctx, "notices", None)
    if notices is not None:
        name = ctx.corpus.name + ".pdf"
        notices.extend(f"{name}: layout: {problem}" for problem in sheet_pdf.problems)
        if sheet_pdf.uncovered:
            notices.append(font_coverage.notice(name, sheet_pdf.uncovered))
    return sheet_pdf.pdf


_warm: list[Pool] = []  # the pool ``warm`` started, until a plan takes it


def warm() -> None:
    """Start the layout processes now (the pipeline calls it as a build begins).

    Where processes cannot be started (a sandbox), the sheet is laid out as without
    this call: a single group in this process.
    """
    if not _warm:
        pool = start_pool(worker_count())
        if pool is not None:
            _warm.append(pool)


def cool() -> None:
    """Stop the layout processes no plan took (the build ended before the PDF)."""
    while _warm:
        _warm.pop().close(wait=False)  # still importing, most likely: no need to wait


def start(ctx) -> None:
    """Plan the sheet and start laying out the groups the cache lacks.

    The pipeline calls it before any writer renders, so the groups are laid out in
    the pool's processes while the parent renders the other formats (the Anki deck);
    ``render`` collects them. Without a warm pool, a cold build (nothing cached) lays
    its groups out when ``render`` asks.
    """
    plan = Plan.make(ctx)
    if _warm or any(piece is not None for piece in plan.found):
        plan.begin()
    _started[id(ctx)] = (ctx, plan)


_started: dict[int, tuple[object, Plan]] = {}  # context id -> (context, its plan)


def build_sheet(ctx) -> Sheet:
    """Lay out (or take from the cache) every group, then merge them."""
    begun = _started.pop(id(ctx), None)
    plan = begun[1] if begun is not None and begun[0] is ctx else Plan.make(ctx)
    # While the workers lay the groups out: what the merge needs (pypdf: 0.13 s to
    # import) and the characters no font has.
    import pypdf  # noqa: F401

    missing = font_coverage.uncovered([job.html for job in plan.jobs])
    *groups_done, sample = plan.pieces()
    stamp = pdf_merge.read_stamp(sample.pdf)
    merged = pdf_merge.merge(groups_done, plan.keys[:-1], stamp, info(ctx), PAGE_LABEL)
    return Sheet(merged, groups_done, sheet.PageSetup.of(ctx.settings).columns, missing)


@dataclass
class Plan:
    """The sheet's layout jobs (every group, then the page-number sample), their cache
    keys, the pieces the cache had, and the pool laying out the others, once begun."""

    jobs: list[Job]
    keys: list[str]
    found: list[Piece | None]
    cache: PieceCache
    pool: Pool | None = None

    @classmethod
    def make(cls, ctx) -> Plan:
        groups = plan_groups(list(ctx.sheet_cards()))
        roots = (str(ctx.corpus_dir), str(ctx.templates))
        jobs = [
            Job(sheet.group_html(ctx, parts, masthead=index == 0), roots)
            for index, parts in enumerate(groups)
        ]
        if len(jobs) == 1:  # one group: each of two workers paints half of it
            jobs = [replace(jobs[0], part=part, parts=PARTS) for part in range(PARTS)]
        jobs.append(Job(sheet.stamp_sample_html(ctx, STAMP_SAMPLE), roots, check=False))
        keys = [job_key(job) for job in jobs]
        cache = getattr(ctx, "cache", None) or PieceCache()
        found = [Piece.loads(cache.get(CACHE_SPACE, key)) for key in keys]
        return cls(jobs, keys, found, cache)

    @property
    def missing(self) -> list[int]:
        return [index for index, piece in enumerate(self.found) if piece is None]

    def begin(self) -> None:
        """Submit the missing jobs to the warm pool (or a new one)."""
        missing = self.missing
        if not missing:
            return
        self.pool = _warm.pop() if _warm else start_pool(worker_count())
        if self.pool is None:
            return  # no process can be started here: ``pieces`` lays the groups out itself
        atexit.register(self.pool.close)  # a build that stops before the PDF leaves no worker
        self.pool.submit({index: self.jobs[index] for index in missing})

    def pieces(self) -> list[Piece]:
        """Every job's piece: cached, laid out by the pool begun, or laid out now."""
        missing = self.missing
        if self.pool is not None:
            try:
                made = self.pool.results(missing)
            finally:
                self.pool.close()
                atexit.unregister(self.pool.close)
        else:
            made = lay_out_all([self.jobs[index] for index in missing])
        pieces = list(self.found)
        for index, piece in zip(missing, made, strict=True):
            pieces[index] = piece
            self.cache.put(CACHE_SPACE, self.keys[index], piece.dumps())
        return pieces  # type: ignore[return-value]


def lay_out_all(jobs: list[Job]) -> list[Piece]:
    """Every job's piece, in order: in this process for one group, else in a pool of
    spawned processes (the largest jobs first, so they finish close together)."""
    groups = sum(1 for job in jobs if job.check)
    workers = min(worker_count(), groups)
    if workers <= 1:
        return [pdf_piece.render(job) for job in jobs]
    pool = start_pool(workers)
    if pool is None:  # no process can be started here
        return [pdf_piece.render(job) for job in jobs]
    try:
        pool.submit(dict(enumerate(jobs)))
        return pool.results(range(len(jobs)))
    finally:
        pool.close()


def job_key(job: Job) -> str:
    """What a piece depends on: its HTML and the code and libraries that lay it out."""
    h = hashlib.sha256(code_identity().encode())
    h.update(b"\0check" if job.check else b"\0nocheck")
    if job.parts > 1:
        h.update(f"\0part {job.part} of {job.parts}".encode())
    h.update(b"\0" + job.html.encode("utf-8"))
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_identity() -> str:
    """Our layout code, WeasyPrint's version (read without importing WeasyPrint) and the
    installed fonts."""
    from importlib.metadata import PackageNotFoundError, version

    from ... import __version__

    h = hashlib.sha256(__version__.encode())
    for module in (pdf_piece, pdf_columns, layout_check):
        h.update(Path(module.__file__).read_bytes())
    for package in ("weasyprint", "pydyf", "tinycss2", "cssselect2"):
        try:
            h.update(f"\0{package}={version(package)}".encode())
        except PackageNotFoundError:
            h.update(f"\0{package}".encode())
    h.update(f"\0fonts={font_coverage.fonts_identity()}".encode())
    return h.hexdigest()


def info(ctx) -> pdf_merge.Info:
    """Title, subject, creator and date of the merged PDF (the date from the lock)."""
    from ...text import plain

    moment = dt.datetime.fromtimestamp(ctx.build_time, tz=dt.UTC)
    subtitle = ctx.corpus.subtitle
    return pdf_merge.Info(
        title=plain(ctx.corpus.title),
        subject=plain(subtitle) if subtitle else None,
        creator=f"cheatdeck {ctx.version}",
        date=moment.strftime("D:%Y%m%d%H%M%SZ"),
    )
