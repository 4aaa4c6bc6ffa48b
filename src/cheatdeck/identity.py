"""Note identity across builds: which GUID each fact keeps, and what Anki cannot follow.

Anki matches notes by GUID alone, so a fact's review history stays with its note only
while the GUID does. ``facts.py`` gives each fact a GUID from its note key; this module
carries the GUID the lock already knows for the same fact when the key changed:

- a table cell follows its row and column: a label found again by its wording, else
  (a wording fix) by its cells, so inserting, removing, reordering or rewording rows
  and columns keeps every cell's note;
- a list item follows the item: its term, or its text (a small edit, or words added
  to it, is recognised), never its position;
- a row or item that left one table or list and was written, the same, into another
  in one build takes its note along (``find_moves``);
- ``renamed_from: old-id`` takes the old id's lock entry and GUIDs; so does a new id
  whose ``guid:`` is a gone card's one note (``with_guid_renames``);
- a change of kind (another note type) gets new GUIDs: Anki refuses to update a note
  into another note type, so the old notes stay as they were, with their history.

It also checks ``guid:`` and ``renamed_from:`` and finds the "looks like a rename"
advice for removed-card and two built cards that swapped ids (``swapped_ids``), run by the
lock check (``identity_problems``), and the twin of that advice for
a rename by hand, a new id with the old one retired (``retired_as_new_notices``), and words
the build's report of cards added, changed, renamed, restored and retired (``change_lines``).
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import partial

from . import cloze
from .diagnostics import Diagnostic, make, visible
from .facts import Fact, facts_of, guid_for
from .lock import Lock, card_data, card_from_data, card_hash
from .model import KINDS, Card, Corpus, ListCard, Loc, Role, Table

#: How alike two texts must be (difflib ratio) to be one list item with a small edit.
ITEM_LIKENESS = 0.75
#: The shortest item text that, kept whole inside a new text, is that item extended.
MIN_EXTENDED = 4
#: Ids listed per kind of change in the build report before "and N more".
LISTED = 20
#: Days a retired card's notes keep shipping, tagged cheatdeck::retired, after the
#: build that retired it; then they leave the package (Anki keeps what it has).
RETIRED_DAYS = 90


@dataclass
class Carried:
    """One card's facts with their GUIDs settled, and what Anki will make of it."""

    facts: list[Fact]
    renamed_from: str | None = None
    notices: list[str] = field(default_factory=list)


@dataclass
class Moves:
    """Rows and list items one card of a build no longer has and another card of it
    gains, the same (``find_moves``): the gaining card's fact takes the old note's
    GUID, so Anki updates that note and keeps its review history."""

    guids: dict[tuple[str, str], str] = field(default_factory=dict)  # (id, key) -> GUID
    given: dict[str, set[str]] = field(default_factory=dict)  # id -> old keys it gave
    # GUID -> the card that keeps that note (a merge of a move and an edit may leave it in
    # the lock of the card it left too: that card no longer leaves it behind)
    kept: dict[str, str] = field(default_factory=dict)
    # (from id, to id) -> the old facts taken, with the decks of the two cards
    moved: dict[tuple[str, str], list[Fact]] = field(default_factory=dict)


def find_moves(cards: list[Card], lock: Lock, corpus_name: str) -> Moves:
    """The rows of a table and the items of a list that left one card and were written,
    with the same labels (or term, or text) and answer, into another table or list of
    this build (a table split in two, an item moved to another list). Only a fact that
    one card lost and one card gained is taken: of two alike, which note is which is not
    known, and each then stays as before (a new note, the old one left in Anki)."""
    lost: dict[tuple, list[tuple[Card, Fact, str]]] = {}
    gained: dict[tuple, list[Fact]] = {}
    kept: dict[str, str] = {}
    for card in cards:
        if not isinstance(card, (Table, ListCard)) or not card.anki:
            continue
        facts = facts_of(card, corpus_name)
        _, entry = previous_entry(card, lock)
        data = entry.get("data") if isinstance(entry, dict) else None
        if entry is None:  # a new card: every row or item may come from another card
            unpaired = facts
        elif not isinstance(data, dict) or data.get("kind") != card.kind or entry.get("retired"):
            continue
        else:
            notes = entry.get("notes") if isinstance(entry.get("notes"), dict) else {}
            if (same := _same_notes(card, facts, data, notes)) is not None:
                kept.update((fact.guid, card.id) for fact in same)
                continue
            old_card = card_from_data(data, Loc(str(lock.path), 1, 1))
            if old_card is None:
                continue
            old_facts = facts_of(old_card, corpus_name)
            old_guids = _old_guids(old_card, old_facts, notes, corpus_name)
            pairs = _pairs(card, old_card, facts, old_facts)
            matched = {old.key for old in pairs.values()}
            kept.update((old_guids[key], card.id) for key in matched)
            for old in old_facts:
                if old.key not in matched:
                    lost.setdefault(_signature(old), []).append((card, old, old_guids[old.key]))
            unpaired = [fact for fact in facts if fact.key not in pairs]
        for fact in unpaired:
            gained.setdefault(_signature(fact), []).append(fact)
    moves = Moves(kept=kept)
    for signature, facts in gained.items():
        sources = lost.get(signature, [])
        if len(facts) != 1 or len(sources) != 1 or sources[0][0].id == facts[0].card.id:
            continue
        ((source, old, guid),), (fact,) = sources, facts
        moves.guids[(fact.card.id, fact.key)] = guid
        moves.given.setdefault(source.id, set()).add(old.key)
        moves.moved.setdefault((source.id, fact.card.id), []).append(old)
    return moves


def _signature(fact: Fact) -> tuple:
    """What a row's cell or a list's item is, whatever card holds it: its note type, its
    key without the card's id (row and column, or term, or text) and its answer."""
    return fact.variant, fact.key[len(fact.card.id) :], fact.answer


def moved_lines(moves: Moves, decks: dict[str, str]) -> tuple[list[str], list[str]]:
    """What the build says of ``moves``: a line per pair of cards when both are in one
    deck, else a notice (Anki keeps the cards in the old deck) with how to move them."""
    lines, notices = [], []
    for (source, target), facts in moves.moved.items():
        shown = ", ".join(_describe(fact) for fact in facts[:5]) + (", …" if len(facts) > 5 else "")
        said = (
            f"moved with their notes and review history: {len(facts)} from '{source}' to "
            f"'{target}' ({shown})"
        )
        old, new = facts[0].card.deck, decks[target]
        if old == new:
            lines.append(said)
            continue
        notices.append(
            f"{said}; Anki keeps their cards in '{old}': to move them, in Anki's Browse "
            f'search "deck:{anki_literal(old)}" ("CheatdeckId:{target}"), select all, then '
            f"Cards → Change Deck → '{new}'"
        )
    return lines, notices


def previous_entry(card: Card, lock: Lock) -> tuple[str | None, dict | None]:
    """(id, lock entry) this card had before: its own, or its ``renamed_from``'s."""
    for key in (card.id, card.renamed_from):
        if key is not None and key in lock.cards:
            return key, lock.cards[key]
    return None, None


def carry(
    card: Card,
    facts: list[Fact],
    lock: Lock,
    corpus_name: str,
    moves: Moves | None = None,
    folder: str = "<corpus folder>",
    mnemosyne: bool = False,
) -> Carried:
    """``facts`` with the GUIDs the lock knows for the same facts (see the module);
    ``moves`` gives the rows and items another card of this build left to this one;
    ``folder``: the corpus folder as a command the notices give names it; ``mnemosyne``:
    the build writes the Mnemosyne export too (its notices say what Mnemosyne does)."""
    moves = moves or Moves()
    taken = {key: guid for (card_id, key), guid in moves.guids.items() if card_id == card.id}
    carried = _carry(card, facts, lock, corpus_name, moves, len(taken), folder, mnemosyne)
    if taken:
        carried.facts = [
            dataclasses.replace(f, guid=taken[f.key]) if f.key in taken else f
            for f in carried.facts
        ]
    if card.guid:
        carried.notices.extend(_guid_notice(card, previous_entry(card, lock)[1]))
    return carried


def _guid_notice(card: Card, entry: dict | None) -> list[str]:
    """A ``guid:`` other than the GUID of the note the last build gave this card: Anki
    updates or adds a note of that GUID (whether it holds one, from an earlier build,
    no file here says) and the old one keeps the reviews, no longer updated."""
    notes = entry.get("notes") if isinstance(entry, dict) else None
    if not isinstance(notes, dict) or len(notes) != 1:
        return []
    (note,) = notes.values()
    old = note.get("guid") if isinstance(note, dict) else None
    if not isinstance(old, str) or not old or old == card.guid:
        return []
    return [
        f"{_named(card)}: guid: '{card.guid}' is not the note the last build gave it "
        f"('{old}'): Anki updates its note '{card.guid}' if it holds one (from an earlier "
        f"build), else adds it as a new note; '{old}' keeps its review history, no longer "
        f"updated; to keep the history, write guid: {json.dumps(old)} instead; to delete the old "
        f'note in Anki, search "CheatdeckId:{anki_literal(card.id)}" and delete the older '
        "of its two notes"
    ]


def _carry(
    card: Card,
    facts: list[Fact],
    lock: Lock,
    corpus_name: str,
    moves: Moves,
    taken: int,
    folder: str,
    mnemosyne: bool = False,
) -> Carried:
    old_id, entry = previous_entry(card, lock)
    if entry is None:
        return Carried(_unheld(facts, lock, corpus_name))
    if not isinstance(entry.get("data"), dict):
        return Carried(facts)
    renamed = old_id if old_id != card.id else None
    old_notes = entry.get("notes") if isinstance(entry.get("notes"), dict) else {}
    same = _same_notes(card, facts, entry["data"], old_notes)
    if same is not None:  # every key as before: no old card to rebuild
        return Carried(same, renamed, _cloze_notices(card, entry["data"]))
    old_card = card_from_data(entry["data"], Loc(str(lock.path), 1, 1))
    if old_card is None:
        return Carried(facts, renamed)
    old_facts = facts_of(old_card, corpus_name)
    old_guids = _old_guids(old_card, old_facts, old_notes, corpus_name)
    notices: list[str] = []
    if _note_type(old_facts) != _note_type(facts):
        old_type = _note_type(old_facts)
        former = _former_notes(entry, old_type, old_guids)
        # a note with its type's own GUID: its plain one is held by an earlier type's
        # note, of a type the lock did not record when it was written before "former"
        held = {
            guid_for(corpus_name, key)
            for key, guid in old_guids.items()
            if guid == guid_for(corpus_name, f"{key}@{old_type}")
        }.difference(*(notes.values() for notes in former.values()))
        facts, back = _fresh_guids(facts, corpus_name, former, _note_type(facts), held)
        entry["former"] = former  # kept by the lock: the notes Anki holds of other types
        retired = bool(entry.get("retired"))
        notice = _kind_notice(old_facts, facts, renamed, back, retired, folder, mnemosyne)
        notices.append(notice)
        return Carried(facts, renamed, notices)
    pairs = _pairs(card, old_card, facts, old_facts)
    carried = []
    for fact in facts:
        old = pairs.get(fact.key)
        guid = old_guids.get(old.key) if old is not None else None
        if guid and not card.guid:
            fact = dataclasses.replace(fact, guid=guid)
        elif old is None:  # a new row, column or item: written as one was before a rewording?
            (fact,) = _unheld([fact], lock, corpus_name)
        carried.append(fact)
    if old_facts and old_facts[0].variant.endswith("-reverse") and not _reversed(facts):
        notices.append(
            f"{_named(card)}: reverse turned off; Anki keeps its reversed card, now empty, with "
            "that card's review history: Tools → Empty Cards in Anki deletes it"
        )
    matched = {old.key for old in pairs.values()} | moves.given.get(card.id, set())
    lost = [  # not those another card takes, or keeps
        old
        for old in old_facts
        if old.key not in matched and moves.kept.get(old_guids[old.key], card.id) == card.id
    ]
    if lost:
        notices.append(_lost_notice(card, lost, len(facts) - len(pairs) - taken, lock))
    return Carried(carried, renamed, notices + _cloze_notices(card, entry["data"]))


def _cloze_notices(card: Card, data: dict) -> list[str]:
    """Anki keeps a cloze card's history with its deletion number: a number gone leaves
    its card empty, and a deletion given another number leaves its history behind."""
    old_text = data.get("text")
    if card.kind != "cloze" or data.get("kind") != "cloze" or not isinstance(old_text, str):
        return []
    notices = []
    freed = _moved_to_free_numbers(old_text, card.text)
    if freed:  # one deletion given a number no deletion had in the last build: not
        # removed, renumbered (an earlier build may have had it: the lock keeps no more)
        said = ", ".join(f"{answer} c{old} → c{new}" for answer, old, new in freed)
        kept = "; ".join(
            f"c{old}'s card, now empty, keeps the history of {answer}; c{new}'s card starts "
            f"new (or, if a deletion c{new} of an earlier build left its card in Anki, goes "
            "on with that card's history)"
            for answer, old, new in freed
        )
        back = ", ".join(f"c{old}" for _, old, _ in freed)
        notices.append(
            f"{_named(card)}: cloze deletion renumbered ({said}); Anki keeps a cloze card's "
            f"review history with its number: {kept}. To keep the history, write it back "
            f"as {back} (Tools → Empty Cards in Anki would delete the old card and its "
            "history)"
        )
    into = _renumbered_into_removed(old_text, card.text)
    for answer, old, new, removed in into:  # its card asks it now with another's history
        notices.append(
            f"{_named(card)}: cloze deletion {removed} (c{new}) removed and {answer} renumbered "
            f"c{old} → c{new}; Anki keeps a cloze card's review history with its number: "
            f"c{new}'s card now asks {answer} with the history of {removed}, and c{old}'s "
            f"card, now empty, keeps the history of {answer}. To keep the history of {answer}, "
            f"write it back as c{old} (c{new}'s card, empty then, keeps the history of "
            f"{removed}: Tools → Empty Cards in Anki deletes it)"
        )
    moved_away = {old for _, old, _ in freed} | {old for _, old, _, _ in into}
    gone = sorted(set(cloze.numbers(old_text)) - set(cloze.numbers(card.text)) - moved_away)
    if gone:
        names = ", ".join(f"c{number}" for number in gone)
        notices.append(
            f"{_named(card)}: cloze deletion {names} removed; Anki keeps "
            f"{'its card' if len(gone) == 1 else 'their cards'}, now empty, with the review "
            "history: Tools → Empty Cards in Anki deletes "
            f"{'it' if len(gone) == 1 else 'them'} (a deletion numbered anew takes the card, "
            "and the history, of its new number)"
        )
    moved = _renumbered(old_text, card.text)
    if moved:
        said = ", ".join(f"{answer} c{old} → c{new}" for answer, old, new, _ in moved)
        lost = "; ".join(
            f"c{old}'s card now asks {taker} with the history of {answer}"
            for answer, old, _, taker in moved
        )
        notices.append(
            f"{_named(card)}: cloze deletion renumbered ({said}); Anki keeps a cloze card's "
            f"review history with its number: {lost}. To keep a deletion's history, keep "
            "its number and give a new deletion the next free one (this build not imported "
            "yet? write the numbers back as they were and build again: the next build says "
            "they moved again, which holds only for a collection that imported this one)"
        )
    return notices


def _renumbered(old_text: str, new_text: str) -> list[tuple[str, int, int, str]]:
    """(answer, old number, new number, the answer now at the old number) of each
    deletion that has another number while another deletion took its old one."""
    old, new = _answers_by_number(old_text), _answers_by_number(new_text)
    number_now = {answers: number for number, answers in new.items()}
    moved = []
    for number, answers in old.items():
        now = number_now.get(answers)
        if now is not None and now != number and number in new:
            moved.append((_quoted(answers), number, now, _quoted(new[number])))
    return moved


def _renumbered_into_removed(old_text: str, new_text: str) -> list[tuple[str, int, int, str]]:
    """(answer, old number, new number, the removed answers) of each deletion given the
    number of a deletion that is gone while its own number is free now (c2 removed, c3
    written c2)."""
    old, new = _answers_by_number(old_text), _answers_by_number(new_text)
    kept = set(new.values())
    moved = []
    for number, answers in new.items():
        before = old.get(number)
        was = next((n for n, a in old.items() if a == answers and n != number), None)
        if was is None or was in new or before is None or before in kept:
            continue
        moved.append((_quoted(answers), was, number, _quoted(before)))
    return moved


def _moved_to_free_numbers(old_text: str, new_text: str) -> list[tuple[str, int, int]]:
    """(answer, old number, new number) of each deletion whose number is gone while the
    same answers now have a number no deletion had before (c2 written c3)."""
    old, new = _answers_by_number(old_text), _answers_by_number(new_text)
    unused = {answers: number for number, answers in new.items() if number not in old}
    moved = []
    for number, answers in old.items():
        now = unused.pop(answers, None) if number not in new else None
        if now is not None:
            moved.append((_quoted(answers), number, now))
    return moved


def _quoted(answers: tuple[str, ...]) -> str:
    return " and ".join(f"'{_short(answer)}'" for answer in answers)


def _short(text: str) -> str:
    """Card text as a notice quotes it: at most 40 characters, nothing invisible."""
    return visible(text if len(text) <= 40 else text[:39] + "…")


def _answers_by_number(text: str) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for part in cloze.parts(text):
        if isinstance(part, cloze.Deletion):
            found.setdefault(part.number, []).append(part.answer)
    return {number: tuple(answers) for number, answers in found.items()}


def _same_notes(card: Card, facts: list[Fact], data: dict, notes: dict) -> list[Fact] | None:
    """The facts with their lock GUIDs when the card keeps its kind, its reverse and
    exactly its note keys (the common case: then nothing needs matching); else None."""
    if data.get("kind") != card.kind or len(notes) != len(facts):
        return None
    if bool(data.get("reverse")) != _reversed(facts):
        return None
    out = []
    for fact in facts:
        note = notes.get(fact.key)
        guid = note.get("guid") if isinstance(note, dict) else None
        if not isinstance(guid, str) or not guid:
            return None
        out.append(fact if card.guid or guid == fact.guid else dataclasses.replace(fact, guid=guid))
    return out


def _reversed(facts: list[Fact]) -> bool:
    return bool(facts) and facts[0].variant.endswith("-reverse")


def _note_type(facts: list[Fact]) -> str:
    return facts[0].variant.removesuffix("-reverse") if facts else ""


def _old_guids(old_card: Card, old_facts: list[Fact], notes: dict, corpus_name: str) -> dict:
    """Old key -> the GUID the lock holds (a list's positional key of 0.1 understood)."""
    guids = {}
    for index, fact in enumerate(old_facts):
        note = notes.get(fact.key)
        if note is None and isinstance(old_card, ListCard):
            note = notes.get(f"{old_card.id}#{index + 1}")  # 0.1 keyed plain items by place
        guid = note.get("guid") if isinstance(note, dict) else None
        guids[fact.key] = guid if isinstance(guid, str) and guid else fact.guid
    return guids


def one_note_each(
    facts: list[Fact], owners: dict[str, str], lock: Lock, corpus_name: str
) -> tuple[list[Fact], list[str]]:
    """``facts`` with a GUID of their own where an earlier card of this build has theirs
    (``owners``: GUID -> card id, filled here): two notes with one GUID would reach Anki
    as one, the one's fields over the other's reviews. Only a lock edited by hand, or one
    an earlier cheatdeck wrote after an id was renamed away and used again, gives one;
    the notices say which card gets a new note."""
    out, notices = [], []
    for fact in facts:
        owner = owners.get(fact.guid)
        if owner is None:
            owners[fact.guid] = fact.card.id
        else:
            guid = _again(fact, corpus_name, lock.held_guids() | owners.keys())
            notices.append(
                f"'{fact.card.id}' and '{owner}' had one Anki note in cheatdeck.lock (GUID "
                f"{fact.guid}), so one took the other's place in Anki: '{fact.card.id}' "
                f"gets a new note, and that note stays '{owner}''s"
            )
            fact = dataclasses.replace(fact, guid=guid)
            owners[guid] = fact.card.id
        out.append(fact)
    return out, notices


def _again(fact: Fact, corpus_name: str, held) -> str:
    """A GUID for ``fact`` that no note of the lock or of this build holds."""
    again = 1
    while (guid := guid_for(corpus_name, f"{fact.key}@again{again}")) in held:
        again += 1
    return guid


def _unheld(facts: list[Fact], lock: Lock, corpus_name: str) -> list[Fact]:
    """New facts, none with a GUID the lock gives another note: an id renamed away (its
    notes took their GUIDs along) and then given to a new card, or a row, column or list
    item reworded (its note kept its GUID) and then written again as it was."""
    held = lock.held_guids()
    out = []
    for fact in facts:
        if fact.guid in held and not fact.card.guid:
            fact = dataclasses.replace(fact, guid=_again(fact, corpus_name, held))
        out.append(fact)
    return out


def _former_notes(entry: dict, old_type: str, old_guids: dict) -> dict[str, dict]:
    """Note type -> (key -> GUID) of the notes this card left in Anki under other note
    types (the lock's ``former``), the ones it leaves now included."""
    stored = entry.get("former")
    former = {
        kind: {key: guid for key, guid in notes.items() if isinstance(guid, str)}
        for kind, notes in (stored.items() if isinstance(stored, dict) else ())
        if isinstance(notes, dict)
    }
    former[old_type] = {**former.get(old_type, {}), **old_guids}
    return former


def _fresh_guids(
    facts: list[Fact], corpus_name: str, former: dict[str, dict], kind: str, held: set[str]
) -> tuple[list[Fact], int]:
    """GUIDs for facts of another note type, and how many take back a note: the notes
    the card had when it last was of this type (Anki keeps them, with their history),
    else new GUIDs, never one a note of another type holds (``former``, or ``held`` when
    the lock did not record its type: Anki would skip the note). ``former`` loses
    ``kind``: its notes are the card's again."""
    back = former.pop(kind, {})
    used = held | {guid for notes in former.values() for guid in notes.values()}
    out, taken_back = [], 0
    for fact in facts:
        if not fact.card.guid:
            guid = back.get(fact.key)
            if guid is not None and guid not in used:
                taken_back += 1
            elif fact.guid in used:
                guid = guid_for(corpus_name, f"{fact.key}@{kind}")
            else:
                guid = fact.guid
            fact = dataclasses.replace(fact, guid=guid)
        out.append(fact)
    return out, taken_back


def left_out_notice(card: Card, entry: dict | None) -> list[str]:
    """A card the last build shipped to Anki and this one leaves out (``anki: false``)."""
    data = entry.get("data") if isinstance(entry, dict) else None
    if not isinstance(data, dict) or data.get("anki", True) is not True:
        return []
    notes = entry.get("notes")
    one = not isinstance(notes, dict) or len(notes) == 1
    what, it = ("note", "it") if one else (f"{len(notes)} notes", "them")
    return [
        f"{_named(card)}: anki: false leaves it out of the deck. Anki keeps its {what} with the "
        f"review history but stops updating {it}; to delete {it} in Anki, search: "
        f'"CheatdeckId:{card.id}"'
    ]


def _lost_notice(card: Card, lost: list[Fact], added: int, lock: Lock | None = None) -> str:
    """Old notes of a table or list that no row, column or item of this build takes.

    A table's new cells beside the lost ones may be a label reworded in the same edit as
    its cells, which no build can recognise: the notice gives the way to keep the history
    (the lock as it was, then the two changes in two builds)."""
    count = len(lost)
    what = "note" if count == 1 else "notes"
    shown = ", ".join(_describe(fact) for fact in lost[:5]) + (", …" if count > 5 else "")
    search = " OR ".join(
        f'"CheatdeckKey:{anki_literal(html.escape(fact.key, quote=False))}"' for fact in lost[:5]
    )
    search = f"{search} (and the others)" if count > 5 else search
    new = f"; Anki adds {added} new note{'s' if added > 1 else ''}" if added else ""
    keep = ""
    if added and lock is not None and not any(fact.row or fact.column for fact in lost):
        keep = (
            "; if an item was reworded in this edit, keep its history instead, before you "
            f"import: {lock.git('checkout --')}, write the new words after the old "
            "ones in that item and build (words added keep its note; the new item's note it "
            "names as left behind was never imported), then take the old words out and "
            "build again"
        )
    if added and lock is not None and any(fact.row or fact.column for fact in lost):
        keep = (
            "; if a label was reworded in this edit with its cells, keep the history "
            f"instead, before you import: {lock.git('checkout --')}, put the old "
            "cells back and build (the new label takes the notes; the new cells' notes it "
            "names as left behind were never imported), then write the new cells and build "
            "again"
        )
    return (
        f"{_named(card)}: {count} old {what} ({shown}) no longer in the deck{new}. Anki keeps "
        f"{'it' if count == 1 else 'them'} with the review history but stops updating "
        f"{'it' if count == 1 else 'them'}{keep}; to delete {'it' if count == 1 else 'them'} "
        f"in Anki, search: {search}"
    )


def _named(card: Card) -> str:
    """A card as a notice of what Anki cannot follow names it: its id and where it is
    written."""
    return f"'{card.id}' ({card.loc})"


def _describe(fact: Fact) -> str:
    if fact.row or fact.column:
        return f"{fact.row} × {fact.column}"
    return f'"{_short(fact.answer)}"'


def _kind_notice(
    old_facts: list[Fact],
    facts: list[Fact],
    renamed: str | None,
    back: int = 0,
    retired: bool = False,
    folder: str = "<corpus folder>",
    mnemosyne: bool = False,
) -> str:
    """A card whose kind changed; ``retired``: written again under its retired id, so
    the old notes Anki keeps still carry the retired tag (a search for it finds them);
    ``folder``: the corpus folder as the adopt command to type names it; ``mnemosyne``:
    the build writes the Mnemosyne export, whose import of a new note's id adds a new
    fact (adopt works on an Anki collection only)."""
    from .writers.anki.notetypes import note_type_of  # the note types' names, for a search

    card, old = facts[0].card, old_facts[0].card
    old_type = note_type_of(old_facts[0].variant).name
    count, was = len(old_facts), f" of '{renamed}'" if renamed else ""
    added = len(facts) - back
    takes = []
    if back:
        takes.append(
            f"takes back its old {card.kind} note with its review history"
            if back == 1
            else f"takes back its {back} old {card.kind} notes with their review history"
        )
    if added:
        takes.append(f"adds {added} new note{'s' if added > 1 else ''}")
    return (
        f"{_named(card)} changed kind ({old.kind} → {card.kind}): Anki cannot move a note to "
        f"another note type, so it {' and '.join(takes)} "
        f"and keeps the old {old.kind} note{'s' if count > 1 else ''}{was}"
        + " with the review history, no longer updated"
        + (_still_retired(old.kind, count) if retired else "")
        + (_adopt_kind(folder) if _adoptable(old, card, count, added, renamed) else "")
        + (
            _adopt_back(card.kind, old.kind, folder)
            if back and _adoptable(old, card, count, back, renamed) and not added
            else ""
        )
        + (
            f"; Mnemosyne's import adds {'new facts' if added > 1 else 'a new fact'} too, the "
            f"old {'ones keep their' if count > 1 else 'one keeps its'} learning data (adopt is "
            "for Anki only)"
            if mnemosyne and added
            else ""
        )
        + f"; to delete {'them' if count > 1 else 'it'} in Anki, "
        f'search: "CheatdeckId:{old.id}" "note:{old_type}"'
    )


def _still_retired(old_kind: str, count: int) -> str:
    """Why the old notes of a retired card written again under another kind keep the
    retired tag: only a build that ships a note takes a tag off it, and no build ships a
    note of the old kind again (shipped, it would come back as a new card in a collection
    where adopt moved it to the new kind, and in a profile that never had it)."""
    them = "them" if count > 1 else "it"
    return (
        f", and still tagged cheatdeck::retired: no build ships a {old_kind} note of this card "
        f"again to take the tag off (shipped, it would come back as a new card where adopt "
        f"moved it, and in a new profile), so keep {them} when you delete the retired notes"
    )


def _adoptable(old: Card, card: Card, count: int, added: int, renamed: str | None) -> bool:
    """Whether ``adopt`` can move the one old note of a card whose kind changed to its
    one new note: not a cloze note (its cards are its deletions), not a reversed card
    the new kind gives no template, not a rename (the notes' keys differ)."""
    reversed_lost = getattr(old, "reverse", False) and not getattr(card, "reverse", False)
    return count == added == 1 and old.kind != "cloze" and not renamed and not reversed_lost


def _adopt_kind(folder: str) -> str:
    """How the history of a card whose kind changed goes on: ``adopt`` moves the old note
    to the new note type (Anki's change-note-type operation) before the import adds the
    new; ``folder``: the corpus folder as typed (``invocation.corpus_folder``)."""
    return (
        " (to keep that history on the new note instead, close Anki and, before you import "
        "this build or else before you study the new card, run: cheatdeck adopt "
        f"~/.local/share/Anki2/<profile>/collection.anki2 {folder})"
    )


def _adopt_back(kind: str, old_kind: str, folder: str) -> str:
    """A kind changed back: in a collection where ``adopt`` moved the old note to the
    other kind (it holds the reviews under the other kind's GUID), the import adds the
    note taken back anew; adopt run again before the import moves it back."""
    return (
        f" (where cheatdeck adopt moved the {kind} note to the {old_kind} kind, the import "
        f"makes a new {kind} note and the reviews stay on the {old_kind} note: to keep them "
        "on the card, close Anki and, before you import this build or else before you study "
        "the card, run: cheatdeck adopt "
        f"~/.local/share/Anki2/<profile>/collection.anki2 {folder})"
    )


# ------------------------------------------------------------------ matching


def _pairs(card: Card, old_card: Card, facts: list[Fact], old_facts: list[Fact]) -> dict:
    """New key -> the old fact that is the same fact."""
    if isinstance(card, Table) and isinstance(old_card, Table):
        return _table_pairs(card, old_card, facts, old_facts)
    if isinstance(card, ListCard) and isinstance(old_card, ListCard):
        return _list_pairs(card, old_card, facts, old_facts)
    if len(facts) == 1 and len(old_facts) == 1:
        return {facts[0].key: old_facts[0]}
    return {}


def _table_pairs(card: Table, old: Table, facts, old_facts) -> dict:
    new_cells = {
        (r.label, c): cell
        for r in card.rows
        for c, cell in zip(card.columns, r.cells, strict=False)
    }
    old_cells = {
        (r.label, c): cell for r in old.rows for c, cell in zip(old.columns, r.cells, strict=False)
    }
    rows = {label: label for label in (r.label for r in card.rows) if label in _labels(old.rows)}
    cols = {c: c for c in card.columns if c in old.columns}
    for _ in range(2):  # a column found by its cells may let a reworded row be found
        _match_by_cells(card.columns, old.columns, cols, rows, new_cells, old_cells, True)
        _match_by_cells(
            [r.label for r in card.rows], _labels(old.rows), rows, cols, new_cells, old_cells, False
        )
    by_place = {(f.row, f.column): f for f in old_facts}
    pairs = {}
    for fact in facts:
        old_row, old_col = rows.get(fact.row), cols.get(fact.column)
        if old_row is not None and old_col is not None:
            pairs[fact.key] = by_place[(old_row, old_col)]
    return pairs


def _labels(rows) -> list[str]:
    return [r.label for r in rows]


def _match_by_cells(new, old, found: dict, across: dict, new_cells, old_cells, columns) -> None:
    """Pair each unmatched new label with the unmatched old one whose cells (along the
    matched labels ``across``) agree most: at least half of them, and one."""
    free_old = [o for o in old if o not in found.values()]
    for label in [n for n in new if n not in found]:
        best, best_score = None, 0.0
        for candidate in free_old:
            same = total = 0
            for new_other, old_other in across.items():
                key_new = (new_other, label) if columns else (label, new_other)
                key_old = (old_other, candidate) if columns else (candidate, old_other)
                if key_new in new_cells and key_old in old_cells:
                    total += 1
                    same += new_cells[key_new] == old_cells[key_old]
            score = same / total if total else 0.0
            if same and score >= 0.5 and score > best_score:
                best, best_score = candidate, score
        if best is not None:
            found[label] = best
            free_old.remove(best)


def _list_pairs(card: ListCard, old: ListCard, facts, old_facts) -> dict:
    pairs = {}
    old_by_key = {f.key: f for f in old_facts}
    for fact in facts:  # the same term, or the same text
        if fact.key in old_by_key:
            pairs[fact.key] = old_by_key.pop(fact.key)
    new_items = dict(zip((f.key for f in facts), card.items, strict=True))
    old_items = {f.key: item for f, item in zip(old_facts, old.items, strict=True)}
    for fact in facts:  # a term reworded with the same text, or a text with a small edit
        if fact.key in pairs or not old_by_key:
            continue
        item = new_items[fact.key]
        best, best_score = None, ITEM_LIKENESS
        for key in old_by_key:
            old_item = old_items[key]
            text, old_text = item.text, old_item.text
            if (item.term is None) != (old_item.term is None):  # quoted whole, or no more
                text, old_text = _whole(item), _whole(old_item)
            score = difflib.SequenceMatcher(None, text, old_text).ratio()
            if _extended(old_text, text) or _extended(text, old_text):  # words added, or taken out
                score = max(score, ITEM_LIKENESS)
            if score >= best_score:
                best, best_score = key, score
        if best is not None:
            pairs[fact.key] = old_by_key.pop(best)
    return pairs


def _whole(item) -> str:
    """An item as one text: ``term: explanation``, as a plain item quoted whole reads."""
    return item.text if item.term is None else f"{item.term}: {item.text}"


def _extended(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with words added ("orange: 3" -> "orange: 3 (three)"):
    as small an edit as a typo, though it changes a short text by more than a quarter."""
    old, new = " ".join(old.split()), " ".join(new.split())
    return len(old) >= MIN_EXTENDED and old != new and old in new


def still_shipped(lock: Lock, card_id: str) -> bool:
    """Whether a retired card's notes still ship: retired less than RETIRED_DAYS ago.

    ``Lock.retire`` stamps the notes when the card is retired (their content gains the
    retired tag), so their newest time is the retirement's.
    """
    entry = lock.cards.get(card_id) or {}
    notes = entry.get("notes") if isinstance(entry.get("notes"), dict) else {}
    times = [n.get("changed") for n in notes.values() if isinstance(n, dict)]
    retired_at = max((t for t in times if isinstance(t, int)), default=lock.now)
    return lock.now - retired_at < RETIRED_DAYS * 86_400


# ------------------------------------------------------------------ checks


def content_digest(card: Card) -> str:
    """Digest of a card's content without its id: finds a rename."""
    return _content_digest(card_data(card))


def _content_digest(data: dict) -> str:
    kept = {
        k: v for k, v in data.items() if k not in ("id", "renamed_from", "tags", "topic", "allow")
    }
    text = json.dumps(kept, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class IdentityFindings:
    """The identity checks' diagnostics, the old ids renames take over (not removed
    cards), and the rename advice for an id gone from the corpus."""

    diagnostics: list[Diagnostic]
    renamed: set[str]
    hints: dict[str, str]
    #: Old id -> where its rename is to be written: the id of the new card that holds its
    #: content word for word (the removed-card error is put there, the lock's line beside).
    places: dict[str, Loc] = field(default_factory=dict)


def identity_problems(cards: list[Card], lock: Lock | None, retired) -> IdentityFindings:
    """``guid:`` only on one-note cards and unique; ``renamed_from:`` names a card of
    the lock that is gone; an id gone with its content under a new id: a rename.
    (Places and digests are made only for the few cards that need them.)"""
    found: list[Diagnostic] = []
    seen: dict[str, Card] = {}
    for card in cards:
        if card.guid is None:
            continue
        if card.kind in ("table", "list"):
            unit = "cell" if card.kind == "table" else "item"
            found.append(
                make(
                    card.at("guid"),
                    "duplicate-guid",
                    f"'{card.id}' is a {card.kind} card (one note per {unit}): `guid:` is "
                    "for cards with one note; remove it",
                )
            )
            continue
        first = seen.setdefault(card.guid, card)
        if first is not card:
            found.append(
                make(
                    card.at("guid"),
                    "duplicate-guid",
                    f"'{card.id}' has guid '{card.guid}', as '{first.id}' does: Anki would "
                    "keep only one of the two notes; give each card its own guid or none",
                    related=first.at("guid"),
                )
            )
    renamed = {p.renamed_from for p in cards if p.renamed_from}
    if lock is None or lock.problem:
        return IdentityFindings(found, renamed, {})
    found.extend(_guids_of_other_cards(cards, lock))
    found.extend(swapped_ids(cards, lock))
    present = {p.id for p in cards}
    gone = sorted(set(lock.cards) - present - set(retired))
    shipped_gone = [g for g in gone if not lock.is_draft(g)]  # a draft leaves freely
    for card in cards:
        old = card.renamed_from
        if old is None:
            continue
        if old in present:
            found.append(
                make(
                    card.at("renamed_from"),
                    "bad-rename",
                    f"'{card.id}' says renamed_from: {old}, but '{old}' is still a card: "
                    "remove one of the two, or remove renamed_from",
                )
            )
        elif old not in lock.cards and card.id not in lock.cards:
            others = [g for g in gone if g not in renamed]
            found.append(
                make(card.at("renamed_from"), "bad-rename", _no_old_card(lock, card, others))
            )
        elif _notes_of_their_own(lock, card.id, old):
            found.append(
                make(
                    card.at("renamed_from"),
                    "bad-rename",
                    f"'{card.id}' says renamed_from: {old}, but both were built into the "
                    "deck, each with notes of its own, and Anki cannot join two notes: "
                    f"remove renamed_from and add '{old}' to 'retired' in corpus.yaml (its "
                    "notes, with their review history, then ship tagged cheatdeck::retired)",
                )
            )
    hints, places = _rename_hints(lock, cards, shipped_gone, renamed)
    hints.update(_shared_notes_hints(lock, present, [g for g in shipped_gone if g not in renamed]))
    return IdentityFindings(found, renamed, hints, places)


def guid_renames(cards: list[Card], lock: Lock, retired) -> dict[str, str]:
    """New id -> old id, for each card under an id the lock lacks whose ``guid:`` is the
    one note of a shipped card gone from the corpus, of its kind: that card's note kept
    (an id renamed after ``cheatdeck import``, the GUID line left as it was), so a
    rename, as ``renamed_from`` would say. Anki updates the note in place."""
    present = {card.id for card in cards}
    by_guid: dict[str, list[str]] = {}
    for old_id, entry in lock.cards.items():
        if old_id in present or old_id in retired or lock.is_draft(old_id):
            continue
        if len(guids := _entry_guids(entry)) == 1:
            by_guid.setdefault(next(iter(guids)), []).append(old_id)
    renames = {}
    for card in cards:
        if not card.guid or card.renamed_from or card.id in lock.cards:
            continue
        olds = by_guid.get(card.guid, [])
        data = lock.cards[olds[0]].get("data") if len(olds) == 1 else None
        if isinstance(data, dict) and data.get("kind") == card.kind:
            renames[card.id] = olds[0]
    return renames


def with_guid_renames(corpus: Corpus, lock: Lock) -> Corpus:
    """``corpus`` with ``renamed_from`` given to each card ``guid_renames`` finds."""
    if lock.problem or not lock.cards:
        return corpus
    renames = guid_renames(corpus.cards(), lock, corpus.retired)
    if not renames:
        return corpus
    topics = tuple(
        dataclasses.replace(
            topic,
            cards=tuple(
                dataclasses.replace(card, renamed_from=renames[card.id])
                if card.id in renames
                else card
                for card in topic.cards
            ),
        )
        for topic in corpus.topics
    )
    return dataclasses.replace(corpus, topics=topics)


def _notes_of_their_own(lock: Lock, card_id: str, old_id: str) -> bool:
    """Whether the lock holds both ids as shipped, with no note in common: two cards
    (duplicates merged into one), not one card renamed on one branch and edited under
    its old id on another, whose merged lock holds the same notes under both ids."""
    entries = (lock.cards.get(card_id), lock.cards.get(old_id))
    if not all(isinstance(e, dict) and not e.get("draft") for e in entries):
        return False
    mine, old = (_entry_guids(e) for e in entries)
    return bool(mine and old) and not mine & old


def _no_old_card(lock: Lock, card: Card, others: list[str]) -> str:
    """What a ``renamed_from`` naming no card of the lock is told (``others``: the ids
    gone from the corpus); when there is no lock at all, to put it back: removing
    renamed_from would give the card a new note, without its history."""
    said = f"'{card.id}' says renamed_from: {card.renamed_from}, but "
    if not lock.path.exists():
        return (
            f"{said}there is no {lock.path.name}, which holds the notes of "
            f"'{card.renamed_from}': put it back from git ("
            f"{lock.git('checkout HEAD --')}, or find it with {lock.git('log --')}); remove "
            "renamed_from only if no build ever had the old id"
        )
    guess = f" (gone from the corpus: {', '.join(others[:3])})" if others else ""
    return (
        f"{said}{lock.path.name} has no card '{card.renamed_from}'{guess}: correct the old "
        "id, or remove renamed_from"
    )


def _shared_notes_hints(lock: Lock, present: set[str], gone: list[str]) -> dict[str, str]:
    """Old id -> the advice, for each id gone whose notes a present card's entry holds
    too (one card renamed two ways on two branches, the merge keeping one id)."""
    if not gone:  # the common case: the present cards' notes need no owner
        return {}
    owner: dict[str, str] = {}
    for card_id in present:
        for guid in _entry_guids(lock.cards.get(card_id)):
            owner.setdefault(guid, card_id)
    hints = {}
    for old_id in gone:
        holders = {owner.get(guid) for guid in _entry_guids(lock.cards.get(old_id))}
        if len(holders) == 1 and None not in holders:
            (other,) = holders
            hints[old_id] = (
                f": its Anki notes are '{other}''s now (both took them with renamed_from, "
                "on two branches?): add it to 'retired' in corpus.yaml; its notes stay "
                f"with '{other}', untagged, with their review history"
            )
    return hints


def _guids_of_other_cards(cards: list[Card], lock: Lock) -> list[Diagnostic]:
    """A ``guid:`` that the lock gives a note of another card still in the corpus (a
    GUID copied from Anki, or from the wrong card): both cards would ship one note, so
    one would get a new note and the ``guid:`` would not be honoured."""
    holder: dict[str, str] = {}
    for card in cards:
        for guid in _entry_guids(previous_entry(card, lock)[1]):
            holder.setdefault(guid, card.id)
    written = {card.id: card.guid for card in cards}
    found = []
    for card in cards:
        other = holder.get(card.guid or "", card.id)
        if other == card.id or written[other] == card.guid or card.kind in ("table", "list"):
            continue  # one card's own note, or said already: two cards write it
        own = sorted(_entry_guids(previous_entry(card, lock)[1]) - {card.guid})
        fix = (
            f"remove the guid: line, and '{card.id}' keeps its own note ({own[0]})"
            if len(own) == 1
            else "remove the guid: line, or give a GUID no other note has"
        )
        found.append(
            make(
                card.at("guid"),
                "duplicate-guid",
                f"'{card.id}' has guid '{card.guid}', which {lock.shown_path} gives a note of "
                f"'{other}': two cards cannot share one Anki note; {fix}",
            )
        )
    return found


def swapped_ids(cards: list[Card], lock: Lock) -> list[Diagnostic]:
    """swapped-ids: two cards the last build shipped that trade their ``id:`` values, each
    now holding word for word what the other held (a copy-paste mistake). Anki finds a
    note by the GUID its id gave it, so it would show each note's review history on the
    other card's content. ``allow:`` between the two silences it; a card with ``guid:``
    takes its note along and is left out, and so is one whose kind changed (Anki adds new
    notes then, and keeps the old ones: ``_kind_notice`` says so)."""
    # first by what each asks (its prompt, or a table's or list's title): a swap gives a
    # card the prompt another card had, and no card's content is hashed unless it does
    asked_before: dict[tuple, str] = {}
    for card in cards:
        data = _built_data(lock, card)
        if data is not None:
            asked_before.setdefault(_asked(str(data.get("kind")), data.get), card.id)
    changed: dict[str, Card] = {}
    for card in cards:
        other = asked_before.get(_asked(card.kind, partial(getattr, card)))
        data = _built_data(lock, card)
        if other is None or other == card.id or data is None or data.get("kind") != card.kind:
            continue  # another kind: new notes, the old kept (said by the kind's notice)
        if lock.cards[card.id].get("hash") != card_hash(card):
            changed[card.id] = card
    if len(changed) < 2:  # the common case: no card asks what another asked before
        return []
    by_old: dict[str, str] = {}
    for card_id in changed:
        by_old.setdefault(_content_digest(lock.cards[card_id]["data"]), card_id)
    found, said = [], set()
    for card in changed.values():
        other_id = by_old.get(content_digest(card))
        if other_id is None or other_id == card.id or other_id in said:
            continue
        other = changed[other_id]
        if content_digest(other) != _content_digest(lock.cards[card.id]["data"]):
            continue  # took another card's content, but did not give its own: not a swap
        said.update((card.id, other_id))
        if other_id in card.allow or card.id in other.allow:
            continue
        here, there = card.at("id"), other.at("id")
        found.append(
            make(
                here,
                "swapped-ids",
                f"'{card.id}' ({here}) and '{other_id}' ({there}) swapped ids since the "
                "last build: Anki would show the review history of each on the other's "
                f"content; if by mistake, write `id: {other_id}` at {here} and "
                f"`id: {card.id}` at {there}; if meant, or if this puts back ids the last "
                "build swapped (each note then gets its own content back), add "
                f"`allow: [{other_id}]` to '{card.id}'",
                related=there,
            )
        )
    return found


def _built_data(lock: Lock, card: Card) -> dict | None:
    """The content the lock holds of ``card``'s id, when a build shipped it into the deck
    and it is not retired, and ``card`` has no ``guid:`` (which takes its note along)."""
    entry = lock.cards.get(card.id)
    if not isinstance(entry, dict) or entry.get("retired") or card.guid is not None:
        return None
    data = entry.get("data")
    return data if isinstance(data, dict) and not lock.is_draft(card.id) else None


#: Each kind's field that says what its card asks: its prompt, else its title.
_ASKED = {
    name: (spec.prompt or next(iter(spec.with_role(Role.TITLE)), None))
    for name, spec in KINDS.items()
}


def _asked(kind: str, get) -> tuple:
    """(kind, what a card of ``kind`` asks), its fields read with ``get(name)``."""
    spec = _ASKED.get(kind)
    value = get(spec.name) if spec is not None else None
    return (kind, value if isinstance(value, str) else repr(value))


def _entry_guids(entry) -> set[str]:
    notes = entry.get("notes") if isinstance(entry, dict) else None
    if not isinstance(notes, dict):
        return set()
    return {
        n["guid"] for n in notes.values() if isinstance(n, dict) and isinstance(n.get("guid"), str)
    }


def _rename_hints(
    lock: Lock, cards, gone: list[str], renamed: set[str]
) -> tuple[dict[str, str], dict[str, Loc]]:
    """Old id -> the advice, for each id gone whose content a new card has (a rename),
    or that a new card of its kind and words may have taken the place of; and old id ->
    the id of the new card that has its content, or the likeliest that took its place
    (where ``renamed_from`` is written)."""
    gone = [g for g in gone if g not in renamed]
    if not gone:
        return {}, {}
    new_by_content: dict[str, Card] = {}
    for card in cards:
        if card.id not in lock.cards and not card.renamed_from:
            new_by_content.setdefault(content_digest(card), card)
    hints, places = {}, {}
    new_cards = None
    for old_id in gone:
        entry = lock.cards.get(old_id)
        data = entry.get("data") if isinstance(entry, dict) else None
        if not isinstance(data, dict):
            continue
        new_card = new_by_content.get(_content_digest(data))
        if new_card is not None:
            count = len(_entry_guids(entry))
            notes = "its Anki note and its" if count == 1 else f"its {count} Anki notes and their"
            new, old = ("a new note", "note") if count == 1 else (f"{count} new notes", "notes")
            hints[old_id] = (
                f" and looks like a rename: add `renamed_from: {old_id}` to '{new_card.id}' "
                f"to keep {notes} review history; without it, '{new_card.id}' gets {new} in "
                f"Anki with no history, and the reviews stay on the {old} of '{old_id}' "
                f"(adding '{old_id}' to 'retired' in corpus.yaml ships them tagged "
                f"cheatdeck::retired for {RETIRED_DAYS} days; deleting {lock.path.name} "
                "keeps no history either)"
            )
            places[old_id] = new_card.at("id")
            continue
        if new_cards is None:  # (id, kind, deck, words) of each new card, made once
            new_cards = [
                (card.id, card.kind, card.deck, _words(card_data(card)))
                for card in cards
                if card.id not in lock.cards and not card.renamed_from
            ]
        successors = _likely_successors(data, new_cards)
        if successors:
            places[old_id] = next(card for card in cards if card.id == successors[0]).at("id")
            named = " or ".join(f"'{card_id}'" for card_id in successors)
            hints[old_id] = (
                f": if {named} took its place (a new id, reworded, split or merged), add "
                f"`renamed_from: {old_id}` to it to keep its Anki notes and their review "
                f"history; else add it to 'retired' in corpus.yaml (its notes then ship "
                f"tagged cheatdeck::retired for {RETIRED_DAYS} days) or restore it"
            )
    return hints, places


def retired_as_new_notices(
    added: list[Card], retired_now: list[str], lock: Lock, retired_before=()
) -> list[str]:
    """A notice for each id retired in this build whose content a card added in the same
    build has (word for word, or, of its kind, sharing its words as ``_rename_hints``
    finds a rename with a rewording), and for each id an earlier build retired, its notes
    still shipping (``still_shipped``), whose content an added card has word for word: a
    rename by hand, new id and old id retired, that gives the card a new note without
    history while the reviews stay on the old note, tagged. The user's ``retired:``
    stands: the notice says what is lost and the line that keeps the reviews
    (``renamed_from``)."""
    retired_now = [r for r in retired_now if r in lock.cards and not lock.is_draft(r)]
    retired_before = [r for r in retired_before if r in lock.cards and still_shipped(lock, r)]
    if not added or not (retired_now or retired_before):
        return []
    by_content: dict[str, Card] = {}
    for card in added:
        by_content.setdefault(content_digest(card), card)
    new_cards = None
    notices = []
    for old_id in [*retired_now, *retired_before]:
        data = lock.cards[old_id].get("data")
        if not isinstance(data, dict):
            continue
        when = "in this build" if old_id in retired_now else "by an earlier build"
        card = by_content.get(_content_digest(data))
        if card is not None:
            said = f"{_named(card)} has the content of '{old_id}', retired {when}"
        elif old_id in retired_now:  # a rewording too: of its kind, sharing its words
            if new_cards is None:  # (id, kind, deck, words) of each added card, made once
                new_cards = [(c.id, c.kind, c.deck, _words(card_data(c))) for c in added]
            named = _likely_successors(data, new_cards)
            if not named:
                continue
            card = next(c for c in added if c.id == named[0])
            also = f" (or '{named[1]}')" if len(named) > 1 else ""
            said = (
                f"{_named(card)}{also} is new, of the kind of '{old_id}', retired in this "
                "build, and shares its words"
            )
        else:
            continue
        notices.append(
            f"{said}: Anki adds it as a new note without review history, and the reviews "
            f"of '{old_id}' stay on its old note, tagged cheatdeck::retired. If it is "
            f"'{old_id}' renamed, keep them: add `renamed_from: {old_id}` to '{card.id}' "
            f"and take '{old_id}' out of `retired:` in corpus.yaml, then build (built "
            f"already? first {lock.git('checkout --')}; imported too? import the "
            "new build as well, then delete the note without reviews the first import "
            f'added, search: "CheatdeckId:{card.id}" is:new)'
        )
    return notices


#: Words too common to tie a new card to a gone one (a table's "yes" and "no" cells too).
_COMMON_WORDS = frozenset(
    "a an and are as at be by does for from how in is it its of on or that the this to "
    "what when where which who why with yes no true false".split()
)


def _likely_successors(old: dict, new_cards: list[tuple], most: int = 2) -> list[str]:
    """Ids of new cards (id, kind, deck, words) of the gone card's kind that may have
    taken its place: those sharing at least two of its words and half as many as the
    likest; likest first, then those of its deck."""
    old_words = _words(old)
    ranked = []
    for card_id, kind, deck, words in new_cards:
        if kind != old.get("kind"):
            continue
        shared = len(old_words & words)
        if shared >= 2:
            ranked.append((-shared, deck != old.get("deck"), card_id))
    ranked.sort()
    return [card_id for shared, _, card_id in ranked[:most] if shared * 2 <= ranked[0][0]]


def _words(data: dict) -> set[str]:
    """The lower-case words of the texts of a card's kind's own fields (a term and its
    definition, a table's rows; not its id, deck, source, tags or options)."""
    spec = KINDS.get(data.get("kind"))
    if spec is None:
        return set()
    own = [data.get(field.name) for field in spec.fields if field.role is not Role.OPTION]
    words: set[str] = set()
    for text in _texts(own):
        words.update(re.findall(r"\w+", text.lower()))
    return words - _COMMON_WORDS


def _texts(value) -> list[str]:
    """The strings inside ``value`` (a table's rows, a list's items included)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [text for part in value for text in _texts(part)]
    return []


# ------------------------------------------------------------------ the build report


#: The cards kept off the deck (``anki: false``) that a build of the deck and the sheet
#: added to, or changed on, the sheet (``pipeline._off_the_deck``), and how they are said.
_SHEET_ONLY = {
    "sheet added": "added to the sheet only (anki: false)",
    "sheet changed": "changed on the sheet only (anki: false)",
}


def change_lines(changes: dict[str, list[str]]) -> list[str]:
    """The cards a build added, changed, renamed, restored and retired, and the drafts it
    forgot, by id (a long list collapsed after ``LISTED``), then what Anki cannot follow."""
    lines = []
    for kind in ("added", "changed", "renamed", "restored", "retired", *_SHEET_ONLY):
        ids = changes.get(kind, [])
        if ids:
            shown = ", ".join(ids[:LISTED])
            more = f" and {len(ids) - LISTED} more" if len(ids) > LISTED else ""
            lines.append(f"  {_SHEET_ONLY.get(kind, kind)}: {shown}{more}")
    lines.extend(f"  {line}" for line in changes.get("carried", []))
    if dropped := changes.get("dropped", []):
        more = f" and {len(dropped) - LISTED} more" if len(dropped) > LISTED else ""
        lines.append(
            f"  gone before any deck had them (nothing to retire): "
            f"{', '.join(dropped[:LISTED])}{more}"
        )
    lines.extend(f"notice: {notice}" for notice in changes.get("notices", []))
    return lines


def anki_literal(text: str) -> str:
    """``text`` as Anki's search reads it letter for letter: its wildcards ``*`` and
    ``_``, ``"`` and ``\\`` escaped (a deck 'Owls "Strigiformes"' broke the search)."""
    return re.sub(r'([\\"*_])', r"\\\1", text)


def _root_renamed(moves: list[tuple[str, str]], decks_now: set[str]) -> list[str]:
    """One line when several decks moved as one, their parent renamed ('Geo::Rivers' and
    'Geo::Peaks' to 'Geography::…', no card left below 'Geo'): renaming 'Geo' in Anki
    moves them all."""
    parents = {renamed_parent(old, new) for old, new in moves}
    if len(moves) < 2 or len(parents) != 1 or None in parents:
        return []
    ((old, new),) = parents
    if _one_name(old, new):  # the lines below say to rename it, whenever
        return []
    if any(deck == old or deck.startswith(old + "::") for deck in decks_now):
        return []
    return [
        f"moved to another deck: '{old}' is now '{new}', with its {len(moves)} sub-decks: "
        f"before you import this build, rename '{old}' to '{new}' in Anki (its gear → "
        "Rename), which moves them all, and the lines below need nothing more; once "
        "imported, follow them"
    ]


def _one_name(old: str, new: str) -> bool:
    """Whether Anki takes two deck names for one: it sets case aside and reads an
    accent typed as a letter and a mark as the one letter."""
    return _anki_name(old) == _anki_name(new)


def _anki_name(deck: str) -> str:
    return unicodedata.normalize("NFC", deck).casefold()


def _case_renames(old: str, new: str) -> list[tuple[str, str]]:
    """The renames, from the top, that give Anki's deck ``old`` the case (or accents)
    of ``new``, one name to Anki: each level written otherwise is renamed in its own
    deck (renaming 'Norse::gods' to 'norse::gods' would keep the parent 'Norse')."""
    a, b = old.split("::"), new.split("::")
    return [
        ("::".join([*b[:level], a[level]]), "::".join(b[: level + 1]))
        for level in range(len(a))
        if a[level] != b[level]
    ]


def renamed_parent(old: str, new: str) -> tuple[str, str] | None:
    """('Geo', 'Geography') for 'Geo::Rivers' → 'Geography::Rivers': the decks' parts
    before the sub-decks both end with; None when nothing but the parents differ."""
    a, b = old.split("::"), new.split("::")
    same = 0
    while same < min(len(a), len(b)) - 1 and a[-1 - same] == b[-1 - same]:
        same += 1
    if not same:
        return None
    return "::".join(a[:-same]), "::".join(b[:-same])


def deck_move_lines(changes: dict[str, list[str]], decks_now: set[str]) -> list[str]:
    """One line per deck cards left for another: how many went where, and how to move
    the cards Anki has (it matches decks by name, so an import leaves them where they
    are). When no card of this build is left in the old deck or below it, renaming that
    deck in Anki before the import moves them all (after it, the import has made the new
    deck and Anki would name the renamed one "…+"); else, or after the import, a search
    finds them for Change Deck: the whole old deck without its sub-decks, or the moved
    cards by id."""
    by_move: dict[tuple[str, str], list[str]] = {}
    for card_id, move in zip(changes.get("moved", []), changes.get("deck_moves", []), strict=True):
        old, new = move.split(" → ", 1)
        by_move.setdefault((old, new), []).append(card_id)
    lines = _root_renamed(list(by_move), decks_now)
    for (old, new), ids in by_move.items():
        count = f"{len(ids)} card{'s' if len(ids) > 1 else ''}"
        more = f" and {len(ids) - LISTED} more" if len(ids) > LISTED else ""
        emptied = not any(deck == old or deck.startswith(old + "::") for deck in decks_now)
        whole = emptied and sum(o == old for o, _ in by_move) == 1
        search = f'"deck:{anki_literal(old)}"'
        if whole:  # Anki's deck: finds the sub-decks too: their cards have lines of their own
            search += f' -"deck:{anki_literal(old)}::*"'
        else:
            search += " (" + " OR ".join(f'"CheatdeckId:{card_id}"' for card_id in ids) + ")"
        change = f"in Anki's Browse search {search}, select all, then Cards → Change Deck → '{new}'"
        if _one_name(old, new):  # Anki keeps one deck: Change Deck would move nothing
            renames = " and ".join(
                f"'{before}' to '{after}'" if before != old else f"that deck to '{after}'"
                for before, after in _case_renames(old, new)
            )
            todo = (
                f"Anki takes the two names for one deck, so the import keeps every card in "
                f"'{old}', new ones too: to give it the new name, rename {renames} in Anki "
                "(its gear → Rename), before or after the import"
            )
            lines.append(
                f"moved to another deck: {count} from '{old}' to '{new}' "
                f"({', '.join(ids[:LISTED])}{more}); {todo}"
            )
            continue
        if whole:
            todo = (
                f"before you import this build, rename that deck to '{new}' in Anki (its "
                f"gear → Rename); once imported, move them: {change}"
            )
        else:
            todo = f"to move them, {change}"
        if emptied:  # Anki keeps a deck its cards left, even through Check Database
            todo += (
                f'; once Browse finds no card in "deck:{anki_literal(old)}", delete that '
                "deck, left empty (its gear → Delete)"
            )
        lines.append(
            f"moved to another deck: {count} from '{old}' to '{new}' "
            f"({', '.join(ids[:LISTED])}{more}); Anki keeps the cards you already have in "
            f"'{old}': {todo}"
        )
    return lines
