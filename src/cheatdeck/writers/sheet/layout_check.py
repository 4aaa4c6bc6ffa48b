"""The layout check: the sheet's WeasyPrint page boxes read back after layout.

It finds what a reader of the printed sheet would trip over: a card split across
columns or pages (unless it is taller than a column and marked ``tall``), a section
heading left at a column bottom without its first card, an empty page, and anything
reaching past its card's column or the page's content area. It also finds what each
column begins with (``Layout.columns``) and, for a column that begins inside a section,
where its "(cont.)" heading goes (``Layout.continuations``). It reads the laid-out
boxes only (``document.pages``); it never imports WeasyPrint itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .page import CARD_ANCHOR_PREFIX, HOLDS_HEADING

TOLERANCE = 0.5  # CSS px: rounding in WeasyPrint's layout
CONT_CLASS = "cont-title"  # a column's "<section> (cont.)" heading (page.mark_continued)


@dataclass(frozen=True, slots=True)
class Fragment:
    """Where one piece of a card or heading landed: page (1-based) and border box in CSS px."""

    page: int
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True, slots=True)
class Problem:
    """One layout defect, named by a kebab-case code like the diagnostics."""

    code: str  # split-card, stranded-heading, overflow, empty-page
    page: int
    subject: str  # the card or section id ("" for a page)
    message: str

    def __str__(self) -> str:
        subject = f"{self.subject}: " if self.subject else ""
        return f"page {self.page}: {self.code}: {subject}{self.message}"


LABEL_PX = 8.6 * 96 / 72  # a "(cont.)" heading's height and the gap under it (sheet.css)
# Elements of a split card a "(cont.)" heading can stand at when a column begins with one
# (inside it, page.HOLDS_HEADING, else before it; a table row: in its first cell; a line
# of code is a span.line); a column that begins inside a line or a paragraph gets none.
LABEL_PLACES = {"p", "li", "tr", "pre", "table", "h3", "ul", "ol", "img"}


@dataclass(frozen=True, slots=True)
class Continuation:
    """Where a column's "<section> (cont.)" heading goes: at the start of the card or
    sub-heading ``ref`` that begins the column (no ``tag``), or, when the column begins
    inside the split card ``ref``, at its ``ordinal``-th ``tag`` element (the first in
    the column); its bar moved ``top``/``left`` CSS px to the column's top-left corner
    and ``width`` wide."""

    ref: str
    title: str
    tag: str = ""
    ordinal: int = 0
    top: float = 0.0
    left: float = 0.0
    width: float = 0.0


@dataclass(frozen=True, slots=True)
class Block:
    """One child of a section laid out in a column: a heading, intro, sub-heading or
    card (``continues``: a later fragment of a split card)."""

    page: int
    x: float
    y: float
    section: str  # the section's element id
    title: str  # the section's title (its data-title)
    kind: str  # heading, intro, group, card
    ref: str  # the element id ("" when it has none)
    width: float = 0.0
    continues: bool = False
    inside: Continuation | None = None  # a split card's: where its column's heading goes
    start: Continuation | None = None  # where a heading goes at the element's own start


@dataclass
class Layout:
    """What the pages hold: every card's fragments and what the check found."""

    pages: int = 0
    page_height: float = 0.0  # content height of a page, CSS px
    first_room: float = 0.0  # the first page's columns' height, under the masthead
    cards: dict[str, list[Fragment]] = field(default_factory=dict)
    tall: set[str] = field(default_factory=set)  # cards allowed to split
    headings: dict[str, Fragment] = field(default_factory=dict)  # section id -> its h2
    problems: list[Problem] = field(default_factory=list)
    overflowing: set[tuple[str, int]] = field(default_factory=set)  # (card, page) reported
    blocks: list[Block] = field(default_factory=list)  # in document order
    seen: set[int] = field(default_factory=set, repr=False)  # elements of split cards met
    labels: list[Fragment] = field(default_factory=list)  # where "(cont.)" bars are drawn

    def columns(self) -> list[list[Block]]:
        """The blocks of each column, top to bottom; columns in page and left-right order."""
        found: dict[tuple[int, int], list[Block]] = {}
        for block in self.blocks:
            found.setdefault((block.page, round(block.x)), []).append(block)
        return [sorted(found[key], key=lambda b: b.y) for key in sorted(found)]

    def continuations(self, before_page: int | None = None) -> list[Continuation]:
        """Where the "(cont.)" heading of each column that begins inside a section goes
        (none for a column that begins inside a line of code or a paragraph); with
        ``before_page``, only those of the columns on the pages before it."""
        out = []
        for column in self.columns():
            first = column[0]
            if first.kind == "heading" or (before_page is not None and first.page >= before_page):
                continue
            if first.continues:
                if first.inside is not None:
                    out.append(first.inside)
            elif first.start is not None:
                out.append(first.start)
        return out

    def too_tall(self) -> set[str]:
        """Cards not marked tall that are higher than a whole column: they must split.

        So must one that, with the headings kept above it (``leads``), is higher than the
        first page's columns, which begin under the masthead: opening the sheet, such a
        card fitted no column of the first page and went whole to the second, leaving
        the first with the masthead alone.
        """
        room = min(self.page_height, self.first_room or self.page_height) - TOLERANCE
        leads = self.leads()
        return {
            card
            for card, pieces in self.cards.items()
            if card not in self.tall
            and (
                sum(piece.height for piece in pieces) > self.page_height - TOLERANCE
                or sum(piece.height for piece in pieces) + leads.get(card, 0.0) > room
            )
        }

    def leads(self) -> dict[str, float]:
        """For each card that opens a section or sub-heading: the height of the heading,
        intro and sub-heading above it, which a column break never parts from it."""
        found: dict[str, float] = {}
        top, column = None, None  # the first of them since the last card, and its column
        for block in self.blocks:
            here = (block.page, block.x)
            if block.kind != "card":
                if top is None or here != column:
                    top, column = block.y, here
                continue
            if top is not None and here == column and not block.continues and top < block.y:
                found[block.ref.removeprefix(CARD_ANCHOR_PREFIX)] = block.y - top
            top = None
        return found


def classes(box) -> set[str]:
    element = getattr(box, "element", None)
    if element is None:
        return set()
    return set((element.get("class") or "").split())


def children(box) -> list:
    return list(getattr(box, "children", None) or ())


def is_margin_box(box) -> bool:
    return type(box).__name__ == "MarginBox"


def border_box(box, page: int) -> Fragment:
    x, y = box.border_box_x(), box.border_box_y()
    return Fragment(page, x, y, box.border_width(), box.border_height())


def read_layout(document) -> Layout:
    """Every card and heading fragment of a rendered document, and every problem found."""
    layout = Layout(pages=len(document.pages))
    empty_pages: list[int] = []
    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box
        area = Fragment(
            number,
            page_box.content_box_x(),
            page_box.content_box_y(),
            page_box.width,
            page_box.height,
        )
        layout.page_height = max(layout.page_height, area.height)
        found = sum(
            _read_box(layout, box, number, area, None)
            for box in children(page_box)
            if not is_margin_box(box)
        )
        if found == 0:
            empty_pages.append(number)
    if layout.cards:
        for number in empty_pages:
            layout.problems.append(Problem("empty-page", number, "", "a page holds no card"))
    _check_splits(layout)
    return layout


def _read_box(layout: Layout, box, page: int, area: Fragment, card: tuple | None) -> int:
    """Record ``box`` and its descendants; returns the number of card fragments met."""
    found = 0
    names = classes(box)
    element = getattr(box, "element", None)
    tag = getattr(box, "element_tag", None)
    _check_overflow(layout, box, page, area, card)
    if tag == "header" and "masthead" in names and not layout.first_room:  # the flow: under it
        layout.first_room = area.y + area.height - (box.position_y + box.margin_height())
    if tag == "article" and "card" in names and (card is None or card[2] is not element):
        fragment = border_box(box, page)
        card_id = (element.get("id") or "?").removeprefix(CARD_ANCHOR_PREFIX)
        layout.cards.setdefault(card_id, []).append(fragment)
        if "tall" in names:
            layout.tall.add(card_id)
        card = (card_id, fragment, element, "tall" in names)
        found = 1
    elif tag == "section" and "topic" in names and _is_section_fragment(box):
        _check_heading(layout, box, page)
        _read_blocks(layout, box, page)
    if card is not None and card[3] and element is not None:
        layout.seen.add(id(element))
    if CONT_CLASS in names:
        for bar in children(box):  # its title's end is hidden (overflow), not past the column
            layout.labels.append(border_box(bar, page))
            _check_overflow(layout, bar, page, area, card)
        return found
    for child in children(box):
        found += _read_box(layout, child, page, area, card)
    return found


def _is_section_fragment(box) -> bool:
    """The section's own block box (not a line or anonymous box inheriting its element)."""
    return type(box).__name__ == "BlockBox" and any(
        getattr(child, "element_tag", None) in ("h2", "article", "p") for child in children(box)
    )


def _check_heading(layout: Layout, section, page: int) -> None:
    """A section fragment that holds its heading must also hold its first card."""
    heading = next((c for c in children(section) if getattr(c, "element_tag", None) == "h2"), None)
    if heading is None:
        return
    section_id = section.element.get("id") or "?"
    layout.headings[section_id] = border_box(heading, page)
    if not any("card" in classes(c) for c in children(section)):
        layout.problems.append(
            Problem(
                "stranded-heading",
                page,
                section_id,
                "heading at a column bottom, apart from its first card",
            )
        )


BLOCK_KINDS = {"h2": "heading", "article": "card"}


def _read_blocks(layout: Layout, section, page: int) -> None:
    """Record the section fragment's children as blocks, with where a "(cont.)" heading
    would go if the block began a column."""
    section_id = section.element.get("id") or "?"
    title = section.element.get("data-title") or ""
    kids = [c for c in children(section) if getattr(c, "element", None) is not None]
    for child in kids:
        names = classes(child)
        kind = BLOCK_KINDS.get(child.element_tag, "")
        if "intro" in names:
            kind = "intro"
        elif "group" in names:
            kind = "group"
        if not kind:
            continue
        ref = child.element.get("id") or ""
        continues = kind == "card" and ref.removeprefix(CARD_ANCHOR_PREFIX) in layout.cards
        edge = border_box(child, page)
        inside = _label_place(layout, child, edge, ref, title) if continues else None
        start = None
        if ref and kind in ("card", "group") and not continues:
            start = Continuation(
                ref,
                title,
                top=round(edge.y - child.content_box_y() - LABEL_PX, 2),
                left=round(edge.x - child.content_box_x(), 2),
                width=round(edge.width, 2),
            )
        layout.blocks.append(
            Block(
                page,
                edge.x,
                edge.y,
                section_id,
                title,
                kind,
                ref,
                edge.width,
                continues=continues,
                inside=inside,
                start=start,
            )
        )


def _label_place(layout: Layout, fragment, edge: Fragment, ref: str, title: str):
    """Where the "(cont.)" heading goes in a later fragment of a split card: at its
    first element not met in an earlier fragment, if no text comes before it."""
    found = _first_new(layout, fragment)
    if found is None:
        return None
    element = found.element
    tag = found.element_tag
    same_tag = list(_elements(fragment.element, tag))
    if tag == "tr":
        cell = next((c for c in children(found) if c.element_tag in ("td", "th")), None)
        if cell is None:
            return None
        x, y = cell.content_box_x(), cell.content_box_y()
    elif tag in HOLDS_HEADING:  # the heading goes inside, at the start of its content
        x, y = found.content_box_x(), found.content_box_y()
    else:
        x, y = found.position_x, found.position_y
    return Continuation(
        ref,
        title,
        tag,
        same_tag.index(element),
        top=round(edge.y - y - LABEL_PX, 2),
        left=round(edge.x - x, 2),
        width=round(edge.width, 2),
    )


def _elements(element, tag: str):
    """The ``tag`` elements under ``element`` in document order, "(cont.)" headings and
    what they hold left out (the HTML they are counted in has none)."""
    for child in element:
        if CONT_CLASS in (child.get("class") or ""):
            continue
        if child.tag == tag:
            yield child
        yield from _elements(child, tag)


def _first_new(layout: Layout, box):
    """The first box under ``box`` whose element no earlier fragment held (a table's
    repeated head passed over), None when text comes first."""
    for child in children(box):
        element = getattr(child, "element", None)
        names = classes(child)
        if CONT_CLASS in names or getattr(child, "element_tag", None) == "thead":
            continue
        if element is not None and id(element) not in layout.seen:
            tag = child.element_tag
            if tag in LABEL_PLACES or (tag == "span" and "line" in names):
                return child
        text = getattr(child, "text", None)
        if text is not None and text.strip():
            return None
        found = _first_new(layout, child)
        if found is not None:
            return found
        if _has_text(child):
            return None
    return None


def _has_text(box) -> bool:
    text = getattr(box, "text", None)
    if text is not None:
        return bool(text.strip())
    return any(_has_text(child) for child in children(box))


def _check_overflow(layout: Layout, box, page: int, area: Fragment, card) -> None:
    width = getattr(box, "width", None)
    if not isinstance(width, (int, float)) or not isinstance(
        getattr(box, "height", None), (int, float)
    ):
        return
    if _is_empty_text(box):
        return
    edge = border_box(box, page)
    element = getattr(box, "element", None)
    own_name = (element.get("id") if element is not None else None) or box.element_tag or "?"
    what = card[0] if card else own_name.removeprefix(CARD_ANCHOR_PREFIX)
    bounds = card[1] if card else area  # a card's box is its column's width
    if (what, page) in layout.overflowing:
        return  # one report per card and page: its first box out of bounds
    side = "its column" if card else "the page"
    if edge.right > bounds.right + TOLERANCE:
        message = f"<{box.element_tag}> reaches {edge.right - bounds.right:.1f}px past {side}"
    elif edge.x < bounds.x - TOLERANCE:
        message = f"<{box.element_tag}> starts {bounds.x - edge.x:.1f}px left of {side}"
    elif edge.y + edge.height > area.y + area.height + TOLERANCE:
        message = f"<{box.element_tag}> runs past the page bottom"
    else:
        return
    layout.overflowing.add((what, page))
    layout.problems.append(Problem("overflow", page, what, message))


def _is_empty_text(box) -> bool:
    """Whitespace-only text, which may hang past a line end without showing."""
    text = getattr(box, "text", None)
    return text is not None and not text.strip()


def _check_splits(layout: Layout) -> None:
    for card_id, pieces in layout.cards.items():
        if len(pieces) > 1 and card_id not in layout.tall:
            places = ", ".join(f"page {p.page} x={p.x:.0f}" for p in pieces)
            layout.problems.append(
                Problem(
                    "split-card",
                    pieces[0].page,
                    card_id,
                    f"split across columns or pages ({places})",
                )
            )


def check(document) -> list[Problem]:
    """Every layout problem of a rendered sheet (empty when the layout is sound)."""
    return read_layout(document).problems


def fill(layout: Layout, columns: int) -> float:
    """The share of the column space the cards fill: a measure of density."""
    used = sum(piece.height for pieces in layout.cards.values() for piece in pieces)
    return used / max(1.0, layout.pages * columns * layout.page_height)
