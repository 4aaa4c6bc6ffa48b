"""A subject that names a table's row with a gloss in brackets names that row's value.

"Vne (never-exceed speed)" 160 KIAS and the cell Vne / KIAS of "Cessna 172S V-speeds"
(163, its row's "Meaning" cell "Never exceed") measure one thing: the subject is the row
label on one side of its brackets and what the label means on the other. Layer 2
(``structured.same_measure_groups``) meets a subject and a cell by their words, which a
gloss never are; this module meets them by the label alone, when every word of the gloss
is a word of that table (its title, its row labels and column headings, or the texts of
the row's other cells): a gloss the table does not bear ("Amoxicillin dose (children)"
against the row "Children" of a paracetamol table) names no cell of it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .items import MEASURE_WORDS, Item, Vocabulary, asked
from .normalize import content_words, fold

#: A subject with one part in brackets: (before, inside, after).
_GLOSSED = re.compile(r"^([^()]*?)\s*\(([^()]+)\)\s*([^()]*?)\s*\??$")


def _column_named(rest: frozenset[int], gloss: frozenset[int], cell: Item) -> bool:
    """Beside the row label, the subject names ``cell``'s column (``rest``, its words):
    in its gloss, or the column is what the value measures ("Speed" over "163 KIAS"), or
    the unit its heading gives a bare number ("163" under "KIAS")."""
    if rest <= gloss:
        return True
    column = cell.column.strip()
    if not column:
        return False
    if fold(column) in _measures(cell):
        return True
    return cell.value != cell.answer and cell.value.endswith(f" {column}")


def _measures(cell: Item) -> frozenset[str]:
    """The words that name what ``cell``'s value measures ("speed" for knots)."""
    return frozenset().union(
        *(MEASURE_WORDS.get(dimension, ()) for dimension, _ in cell.quantities)
    )


class GlossedRows:
    """The cells a glossed subject names, read from one scope's cell index."""

    def __init__(self, items: list[Item], vocab: Vocabulary) -> None:
        self.items = items
        self.vocab = vocab
        self._cells_of_card: dict[int, list[Item]] | None = None  # made when first asked

    def cells_named(self, item: Item, left_out: frozenset[int], by_short: dict) -> list[Item]:
        """The cells of one table whose row (with its column's words) the subject of
        ``item`` names beside a gloss the table bears; [] if none or several tables.
        ``left_out``: the generic and deck words no key holds; ``by_short``: the scope's
        cells by their row and column words."""
        if "(" not in item.prompt or item.kind not in ("limit", "qa"):
            return []
        parts = _GLOSSED.match(item.prompt)
        if parts is None:
            return []
        inside = parts[2]
        outside = f"{parts[1]} {parts[3]}".strip()
        for label, gloss in ((inside, outside), (outside, inside)):
            label_key = self._key(label, item, left_out)
            gloss_key = self._key(gloss, item, left_out)
            if not label_key or not gloss_key:
                continue
            cells = [
                cell
                for short, tables in by_short.items()
                if not label_key.isdisjoint(short)
                for found in tables.values()
                for cell in found
                if self._row_named(cell, label_key, left_out)
                and _column_named(short - label_key, gloss_key, cell)
            ]
            if not cells:
                continue
            if len({id(cell.card) for cell in cells}) != 1:
                return []  # the label names rows of several tables
            if label_key | gloss_key <= self._table_words(cells[0]):
                return [cell for cell in cells if not self._said_in_subject(cell, item)]
        return []

    def _said_in_subject(self, cell: Item, item: Item) -> bool:
        """Every word of ``cell``'s text is in the subject: the cell glosses the row ("Never
        exceed" in a Meaning column against "never-exceed speed (Vne)"), it is no value
        the subject names."""
        said = self.vocab.ids_of(content_words(fold(cell.answer)))
        return bool(said) and set(said) <= set(self.vocab.ids_of(content_words(fold(item.prompt))))

    def _row_named(self, cell: Item, label: frozenset[int], left_out: frozenset[int]) -> bool:
        """Every word of ``cell``'s row label is a word of ``label``."""
        row = self.vocab.ids_of(content_words(fold(cell.row)))
        return bool(row) and label.issuperset(row) and not left_out.issuperset(row)

    def _key(self, text: str, item: Item, left_out: frozenset[int]) -> frozenset[int]:
        return frozenset(self.vocab.ids_of(content_words(asked(fold(text), item)))) - left_out

    def _table_words(self, cell: Item) -> frozenset[int]:
        """The words of ``cell``'s table: title, row labels, column headings, and the
        texts of its own row's cells."""
        if self._cells_of_card is None:
            self._cells_of_card = defaultdict(list)
            for other in self.items:
                if other.kind == "table-cell":
                    self._cells_of_card[id(other.card)].append(other)
        words: set[int] = set()
        for other in self._cells_of_card[id(cell.card)]:
            words.update(other.prompt_ids)
            if other.row == cell.row:
                words.update(other.answer_ids)
        return frozenset(words)
