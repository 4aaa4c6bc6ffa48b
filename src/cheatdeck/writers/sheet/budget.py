"""The page budget (``cheatdeck build --pages N``): what the sheet leaves out to fit N pages.

It lays the sheet out (the PDF's own layout) and, while it takes more than N pages,
leaves out the ``advanced`` cards, then the ``common`` ones; the room the first level
that fits leaves is filled with the next priority's cards, in sheet order, as many as
still fit (a bisection, one layout a step). When even the ``essential`` cards take more
pages it sets the type smaller, half a point at a time, down to ``FLOOR_PT``. The setup is
the cut every sheet writer uses: the PDF, the HTML and the Markdown show the same
cards (``BuildContext.sheet_cards`` asks ``kept``), and the HTML and the Markdown say
that they are a cut. A sheet that does not fit even then keeps the last setup and
says so. ``cheatdeck build`` prints how many cards were left out, and with ``-v``
which.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...model import Card, Topic

FLOOR_PT = 6.0  # the smallest body type a cut may use (code never smaller either)
STEP_PT = 0.5
DROPPED = (("advanced",), ("advanced", "common"))  # what each further level leaves out


@dataclass(frozen=True, slots=True)
class Cut:
    """The cards and type size that fit the budget, and what was left out."""

    pages: int  # the budget asked for
    laid_out: int  # pages the cut takes
    kept: frozenset[str]  # ids of the cards on the sheet
    left_out: tuple[Card, ...]
    body_pt: float
    everyone: tuple[Card, ...]  # the cards the sheet would show without a budget

    @property
    def total(self) -> int:
        return len(self.everyone)

    @property
    def fits(self) -> bool:
        return self.laid_out <= self.pages

    @property
    def is_cut(self) -> bool:
        """Whether the sheet shows less than it would without the budget."""
        return bool(self.left_out)

    @property
    def summary(self) -> str:
        """One line for the reader of the HTML or the Markdown."""
        noun = "page" if self.pages == 1 else "pages"
        aim = f"to fit {self.pages} {noun}"
        if not self.fits:
            aim = f"for {self.pages} {noun} (it takes {self.laid_out})"
        return (
            f"A cut {aim}: {len(self.kept)} of {self.total} cards"
            f" ({self.left_priorities} left out). Build without --pages for the whole sheet."
        )

    @property
    def left_priorities(self) -> str:
        """How many cards of each priority were left out: "27 common and 20 advanced cards"."""
        counts = Counter(card.priority for card in self.left_out)
        found = [f"{counts[name]} {name}" for name in PRIORITY_ORDER if counts[name]]
        return " and ".join(found) + " cards" if found else "nothing"

    def notices(self, name: str, verbose: bool) -> list[str]:
        """What ``cheatdeck build`` prints about the cut."""
        out = []
        noun = "page" if self.laid_out == 1 else "pages"
        if self.left_out:
            ids = ", ".join(card.id for card in self.left_out)
            out.append(
                f"{name}: --pages {self.pages}: left out {len(self.left_out)} of {self.total}"
                f" cards ({self.left_priorities}), type {self.body_pt:g} pt"
                + (f": {ids}" if verbose else " (-v lists them)")
            )
        elif self.laid_out <= self.pages:
            out.append(
                f"{name}: --pages {self.pages}: every card fits ({self.laid_out} {noun},"
                f" type {self.body_pt:g} pt)"
            )
        if not self.fits:
            kept = sorted(
                {card.priority for card in self.everyone if card.id in self.kept},
                key=PRIORITY_ORDER.index,
            )
            advice = (
                "mark fewer cards 'priority: essential' or allow more pages"
                if kept == ["essential"]
                else "mark the cards a short sheet needs 'priority: essential' (the others"
                " may stay 'common') or allow more pages"
            )
            out.append(
                f"{name}: --pages {self.pages}: the sheet still takes {self.laid_out} pages"
                f" with its {' and '.join(kept)} cards at {self.body_pt:g} pt; {advice}"
            )
        return out


PRIORITY_ORDER = ["essential", "common", "advanced"]

_cuts: dict[int, tuple[object, Cut | None]] = {}  # context id -> (context, its cut)
_busy: set[int] = set()  # contexts whose cut is being worked out


def kept(ctx) -> frozenset[str] | None:
    """Ids of the cards the sheet shows under the budget; None: every card (no budget)."""
    found = cut_of(ctx)
    return None if found is None else found.kept


def cut_of(ctx) -> Cut | None:
    """The budget's cut for this build, worked out once (None without ``--pages``)."""
    pages = getattr(getattr(ctx, "options", None), "pages", None)
    if not pages or id(ctx) in _busy:
        return None
    known = _cuts.get(id(ctx))
    if known is not None and known[0] is ctx:
        return known[1]
    _busy.add(id(ctx))
    try:
        found = fit(ctx, int(pages))
    finally:
        _busy.discard(id(ctx))
    _cuts[id(ctx)] = (ctx, found)
    notices = getattr(ctx, "notices", None)
    if notices is not None:
        verbose = bool(getattr(ctx.options, "verbose", False))
        notices.extend(found.notices(ctx.corpus.name, verbose))
    return found


def all_sections(ctx) -> list[tuple[Topic, list[Card]]]:
    """Every section with the cards it shows without a budget."""
    return [(topic, cards) for topic, cards in ctx.sheet_cards_unbudgeted()]


def fit(ctx, pages: int) -> Cut:
    """Leave out whole priorities until the sheet takes at most ``pages`` pages, then fill
    the room left with the next priority's first cards; or, when even the essential cards
    take more, set the type smaller until they fit."""
    from . import page

    sections = all_sections(ctx)
    everyone = [card for _topic, cards in sections for card in cards]
    base = page.PageSetup.of(ctx.settings)

    def pages_of(kept_ids: frozenset[str], body_pt: float) -> int:
        return count_pages(ctx, sections, kept_ids, setup_at(base, body_pt))

    kept_ids, laid_out, body_pt, over = frozenset(), 0, base.body_pt, False
    for dropped in ((), *DROPPED):
        level = frozenset(card.id for card in everyone if card.priority not in dropped)
        if not level or level == kept_ids:
            continue
        kept_ids, laid_out = level, pages_of(level, body_pt)
        if laid_out <= pages:
            kept_ids, laid_out = fill(everyone, kept_ids, laid_out, pages, over, pages_of, body_pt)
            break
        over = True  # a level with every card of the next priority is known not to fit
    else:  # even the essential cards take more pages: set the type smaller (no filling)
        body = base.body_pt - STEP_PT
        while body >= FLOOR_PT - 1e-9 and laid_out > pages and kept_ids:
            body_pt = round(body, 2)
            laid_out = pages_of(kept_ids, body_pt)
            body -= STEP_PT
    left_out = tuple(card for card in everyone if card.id not in kept_ids)
    return Cut(pages, laid_out, kept_ids, left_out, body_pt, tuple(everyone))


def fill(
    everyone: Sequence[Card],
    kept_ids: frozenset[str],
    laid_out: int,
    pages: int,
    over: bool,
    pages_of,
    body_pt: float,
) -> tuple[frozenset[str], int]:
    """``kept_ids`` and the most cards of the next priority left out, in sheet order, that
    still fit ``pages`` (``over``: all of them are known not to): a bisection over how
    many, one layout per step."""
    left = [card for card in everyone if card.id not in kept_ids]
    if not left:
        return kept_ids, laid_out
    first = min(PRIORITY_ORDER.index(card.priority) for card in left)
    candidates = [card.id for card in left if PRIORITY_ORDER.index(card.priority) == first]
    low, high = 0, len(candidates) - over  # ``low`` cards fit; ``high``: the most that might
    while low < high:
        middle = (low + high + 1) // 2
        trial = kept_ids | frozenset(candidates[:middle])
        taken = pages_of(trial, body_pt)
        if taken <= pages:
            low, kept_ids, laid_out = middle, trial, taken
        else:
            high = middle - 1
    return kept_ids, laid_out


def setup_at(setup, body_pt: float):
    """``setup`` with body type ``body_pt`` and code in proportion, never under the floor."""
    from .page import CODE_RATIO

    code = max(FLOOR_PT, round(body_pt * CODE_RATIO, 2))
    return replace(setup, body_pt=body_pt, code_pt=min(code, setup.code_pt))


def count_pages(ctx, sections: Sequence, kept_ids: frozenset[str], setup) -> int:
    """How many pages the sheet of these cards takes, laid out as the PDF lays it out."""
    from . import page, pdf

    shown = [(topic, [card for card in cards if card.id in kept_ids]) for topic, cards in sections]
    shown = [(topic, cards) for topic, cards in shown if cards]
    who = page.identity(ctx, sum(len(cards) for _topic, cards in shown))
    html = page.print_html(ctx, setup=setup, who=who, shown=shown)
    roots = (str(ctx.corpus_dir), str(ctx.templates))
    document, _layout, _html = pdf.lay_out_sheet(html, roots, headed=False)
    return len(document.pages)
