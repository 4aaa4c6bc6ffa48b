"""WeasyPrint's multi-column layout without its wasted first pass, for ``column-fill: auto``.

WeasyPrint 70 lays out every page's columns twice: a first pass renders them to
find their height (and balance them), then a second pass renders them again at that
height. With ``column-fill: auto``, no ``height``, no spanning child and no footnotes
(the sheet's ``.flow``), the first pass always settles on the full height left on the
page, which the second pass can take directly: the same boxes, half the layout. Any
other multi-column box goes to WeasyPrint's own ``columns_layout``. The fast path is
a trimmed copy of that function (WeasyPrint 70.0, BSD licence) and is installed only
for the versions in ``VERSIONS``; ``tests/test_sheet.py`` checks that it gives the
same PDF bytes as the stock layout.
"""

from __future__ import annotations

VERSIONS = frozenset({"70.0"})  # WeasyPrint versions whose columns_layout this mirrors
_stock = None  # WeasyPrint's columns_layout, once install() has replaced it


def install() -> bool:
    """Use the fast path in this process (idempotent); False for an unknown WeasyPrint."""
    global _stock
    import weasyprint
    from weasyprint.layout import block, column

    if _stock is not None:
        return True
    if weasyprint.__version__ not in VERSIONS:
        return False
    _stock = column.columns_layout
    block.columns_layout = columns_layout
    return True


def uninstall() -> None:
    """Back to WeasyPrint's own columns_layout (for comparisons)."""
    global _stock
    from weasyprint.layout import block

    if _stock is not None:
        block.columns_layout = _stock
        _stock = None


def _simple(context, box, skip_stack) -> bool:
    """Whether the first pass of the stock layout could only pick the full height."""
    style = box.style
    if style["column_fill"] != "auto" or style["height"] != "auto":
        return False
    if style["position"] == "relative" or not box.children:
        return False
    if context.current_page_footnotes or context.reported_footnotes:
        return False
    area = context.current_footnote_area
    if area is None or area.height != "auto":
        return False
    if skip_stack and len(skip_stack) != 1:
        return False
    return all(child.style["column_span"] != "all" for child in box.children)


def columns_layout(context, box, bottom_space, skip_stack, *rest):
    """Lay out a multi-column ``box``: the stock second pass alone when that is the same.

    WeasyPrint passes its eleven arguments by position; ``_auto_fill_layout`` names them.
    """
    args = (context, box, bottom_space, skip_stack, *rest)
    if not _simple(context, box, skip_stack):
        return _stock(*args)
    return _auto_fill_layout(*args)


def _auto_fill_layout(
    context,
    box,
    bottom_space,
    skip_stack,
    containing_block,
    page_is_empty,
    absolute_boxes,
    fixed_boxes,
    adjoining_margins,
    first_letter_style,
    first_line_style,
):
    """The columns filled one after another down to the page's bottom (one pass)."""
    from math import floor

    from weasyprint.layout.block import block_box_layout, block_level_width, collapse_margin
    from weasyprint.layout.column import _create_column_box
    from weasyprint.layout.percent import percentage

    style = box.style
    width = style["column_width"]
    count = style["column_count"]
    context.in_column = True

    box = box.copy_with_children(box.children)
    box.position_y += collapse_margin(adjoining_margins)
    block_level_width(box, containing_block)

    if style["column_gap"] == "normal":
        gap = style["font_size"]
    else:
        gap = percentage(style["column_gap"], box.style, box.width)
    if width == "auto" and count != "auto":
        width = max(0, box.width - (count - 1) * gap) / count
    elif width != "auto" and count == "auto":
        count = max(1, floor((box.width + gap) / (width + gap)))
        width = (box.width + gap) / count - gap
    else:
        count = max(1, min(count, floor((box.width + gap) / (width + gap))))
        width = (box.width + gap) / count - gap

    (skip,) = skip_stack.keys() if skip_stack else (0,)
    column_children = [child.copy() for child in box.children[skip:]]
    index = skip
    if skip_stack:
        skip_stack = {0: skip_stack[skip]}

    current_position_y = box.content_box_y()
    max_height = context.page_bottom - current_position_y - bottom_space
    next_page = {"break": "any", "page": None}
    column_skip_stack = None
    new_children = []
    i = 0
    max_column_height = 0
    columns = []
    while True:
        column_box = _create_column_box(
            box, containing_block, column_children, width, current_position_y
        )
        if style["direction"] == "rtl":
            column_box.position_x += box.width - (i + 1) * width - i * gap
        else:
            column_box.position_x += i * (width + gap)
        new_child, column_skip_stack, column_next_page, _, _, _ = block_box_layout(
            context,
            column_box,
            bottom_space,
            skip_stack,
            containing_block,
            page_is_empty,
            absolute_boxes,
            fixed_boxes,
            None,
            first_letter_style,
            first_line_style,
            discard=False,
            max_lines=None,
        )
        if new_child is None:
            # Nothing fits: the stock layout then returns this, whatever its first pass found.
            context.in_column = False
            return None, (0, None), {"break": "any", "page": None}, [], False
        next_page = column_next_page
        skip_stack = column_skip_stack
        columns.append(new_child)
        max_column_height = max(max_column_height, new_child.margin_height())
        if skip_stack is None:
            break
        i += 1
        if i == count:
            break

    current_position_y += min(max_height, max_column_height)
    for column in columns:
        column.height = max_column_height
        new_children.append(column)

    box.children = new_children
    height = current_position_y - box.content_box_y()
    if box.height == "auto":
        box.height = height
        height_difference = 0
    else:
        height_difference = box.height - height
    if box.min_height != "auto" and box.min_height > box.height:
        height_difference += box.min_height - box.height
        box.height = box.min_height
    for child in new_children[::-1]:
        if child.is_column:
            child.height += height_difference
        else:
            break

    skip_stack = None
    if column_skip_stack:
        (skip,) = column_skip_stack.keys()
        skip_stack = {index + skip: column_skip_stack[skip]}
    context.in_column = False
    return box, skip_stack, next_page, [], False
