"""The fact checks on cards written the way people write them, and the examples of
issue 18.

``tests/data/fact_pairs.txt`` holds hand-written pairs of cards from several domains,
each labelled duplicate, conflicting, similar or distinct. One corpus holds them all,
each pair in a deck of its own below the root (the default ``fact_scope`` compares a
pair's cards, never two pairs). Targets: precision >= 0.97 on errors (every
``duplicate-fact`` or ``conflicting-fact`` is on a pair labelled so) and recall >= 0.90
on duplicates and conflicts (reported at all: an error, or a ``similar-fact`` warning).

    python tests/test_fact_pairs.py     # the figures per label, for BENCHMARKS.md
    python tests/test_fact_pairs.py --unseen  # ... of the held-out sets (fact_pairs_unseen.txt,
    python tests/test_fact_pairs.py --unseen2  # fact_pairs_unseen2.txt,
    python tests/test_fact_pairs.py --unseen3  # fact_pairs_unseen3.txt,
    python tests/test_fact_pairs.py --unseen4  # fact_pairs_unseen4.txt,
    python tests/test_fact_pairs.py --unseen5  # fact_pairs_unseen5.txt,
    python tests/test_fact_pairs.py --unseen6  # fact_pairs_unseen6.txt,
    python tests/test_fact_pairs.py --unseen7  # fact_pairs_unseen7.txt,
    python tests/test_fact_pairs.py --unseen8  # fact_pairs_unseen8.txt,
    python tests/test_fact_pairs.py --unseen9  # fact_pairs_unseen9.txt,
    python tests/test_fact_pairs.py --unseen10  # fact_pairs_unseen10.txt,
    python tests/test_fact_pairs.py --unseen11  # fact_pairs_unseen11.txt,
    python tests/test_fact_pairs.py --unseen12  # fact_pairs_unseen12.txt,
    python tests/test_fact_pairs.py --unseen13  # fact_pairs_unseen13.txt,
    python tests/test_fact_pairs.py --unseen14  # fact_pairs_unseen14.txt,
    python tests/test_fact_pairs.py --unseen15  # fact_pairs_unseen15.txt,
    python tests/test_fact_pairs.py --unseen16  # fact_pairs_unseen16.txt,
    python tests/test_fact_pairs.py --unseen17  # fact_pairs_unseen17.txt,
    python tests/test_fact_pairs.py --unseen18  # fact_pairs_unseen18.txt,
    python tests/test_fact_pairs.py --unseen19  # fact_pairs_unseen19.txt,
    python tests/test_fact_pairs.py --unseen20  # fact_pairs_unseen20.txt,
    python tests/test_fact_pairs.py --unseen21  # fact_pairs_unseen21.txt,
    python tests/test_fact_pairs.py --unseen22  # fact_pairs_unseen22.txt,
    python tests/test_fact_pairs.py --unseen23  # fact_pairs_unseen23.txt,
    python tests/test_fact_pairs.py --unseen24  # fact_pairs_unseen24.txt,
    python tests/test_fact_pairs.py --unseen25  # fact_pairs_unseen25.txt,
    python tests/test_fact_pairs.py --unseen26  # fact_pairs_unseen26.txt,
    python tests/test_fact_pairs.py --unseen27  # fact_pairs_unseen27.txt,
    python tests/test_fact_pairs.py --unseen28  # fact_pairs_unseen28.txt,
    python tests/test_fact_pairs.py --unseen29  # fact_pairs_unseen29.txt,
    python tests/test_fact_pairs.py --unseen30  # fact_pairs_unseen30.txt,
    python tests/test_fact_pairs.py --unseen31  # fact_pairs_unseen31.txt,
    python tests/test_fact_pairs.py --unseen32  # fact_pairs_unseen32.txt,
    python tests/test_fact_pairs.py --unseen33  # fact_pairs_unseen33.txt,
    python tests/test_fact_pairs.py --unseen34  # fact_pairs_unseen34.txt,
    python tests/test_fact_pairs.py --unseen35  # fact_pairs_unseen35.txt,
    python tests/test_fact_pairs.py --unseen36  # fact_pairs_unseen36.txt,
    python tests/test_fact_pairs.py --unseen37  # fact_pairs_unseen37.txt,
    python tests/test_fact_pairs.py --unseen38  # fact_pairs_unseen38.txt,
    python tests/test_fact_pairs.py --unseen39  # fact_pairs_unseen39.txt,
    python tests/test_fact_pairs.py --unseen40  # fact_pairs_unseen40.txt,
    python tests/test_fact_pairs.py --unseen41  # fact_pairs_unseen41.txt,
    python tests/test_fact_pairs.py --unseen42  # fact_pairs_unseen42.txt,
    python tests/test_fact_pairs.py --unseen43  # fact_pairs_unseen43.txt,
    python tests/test_fact_pairs.py --unseen44  # fact_pairs_unseen44.txt,
    python tests/test_fact_pairs.py --unseen45  # fact_pairs_unseen45.txt,
    python tests/test_fact_pairs.py --unseen46  # fact_pairs_unseen46.txt,
    python tests/test_fact_pairs.py --unseen47  # fact_pairs_unseen47.txt,
    python tests/test_fact_pairs.py --unseen48  # fact_pairs_unseen48.txt,
    python tests/test_fact_pairs.py --unseen49  # fact_pairs_unseen49.txt,
    python tests/test_fact_pairs.py --unseen50  # fact_pairs_unseen50.txt,
    python tests/test_fact_pairs.py --unseen51  # fact_pairs_unseen51.txt,
    python tests/test_fact_pairs.py --unseen52  # fact_pairs_unseen52.txt,
    python tests/test_fact_pairs.py --unseen53  # fact_pairs_unseen53.txt,
    python tests/test_fact_pairs.py --unseen54  # fact_pairs_unseen54.txt,
    python tests/test_fact_pairs.py --unseen55  # fact_pairs_unseen55.txt,
    python tests/test_fact_pairs.py --unseen56  # fact_pairs_unseen56.txt,
    python tests/test_fact_pairs.py --unseen57  # fact_pairs_unseen57.txt,
    python tests/test_fact_pairs.py --unseen58  # fact_pairs_unseen58.txt,
    python tests/test_fact_pairs.py --unseen59  # fact_pairs_unseen59.txt,
    python tests/test_fact_pairs.py --unseen60  # fact_pairs_unseen60.txt,
    python tests/test_fact_pairs.py --unseen61  # fact_pairs_unseen61.txt,
    python tests/test_fact_pairs.py --unseen62  # fact_pairs_unseen62.txt,
    python tests/test_fact_pairs.py --unseen63  # fact_pairs_unseen63.txt,
    python tests/test_fact_pairs.py --unseen64  # fact_pairs_unseen64.txt,
    python tests/test_fact_pairs.py --unseen65  # fact_pairs_unseen65.txt,
    python tests/test_fact_pairs.py --unseen66  # fact_pairs_unseen66.txt,
    python tests/test_fact_pairs.py --unseen67  # fact_pairs_unseen67.txt)
    python tests/test_fact_pairs.py Astronomy Finance   # ... of these domains' pairs
    python tests/test_fact_pairs.py --show distinct  # ... and the pairs of a label reported
    python tests/test_fact_pairs.py --by-domain  # each domain checked as a corpus of its own
    python tests/test_fact_pairs.py --pieces 10  # ... each cut in corpora of 10 pairs
"""

from __future__ import annotations

import os
import re
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "tests" / "data" / "fact_pairs.txt"
LABELS = ("duplicate", "conflicting", "similar", "distinct")
ERRORS = ("duplicate-fact", "conflicting-fact")
_PROMPT = {"qa": "question", "concept": "term", "command": "task", "limit": "subject"}
_ANSWER = {"qa": "answer", "concept": "definition", "command": "command", "limit": "value"}


@dataclass(frozen=True)
class Pair:
    number: int
    label: str
    domain: str
    line: int
    cards: tuple[tuple[str, str, dict], ...]  # (deck, kind, fields)


def read_pairs(path: Path = PAIRS) -> list[Pair]:
    pairs: list[Pair] = []
    domain, label, start, cards = "", "", 0, []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.startswith("## "):
            domain = line[3:].strip()
        elif line in LABELS:
            label, start, cards = line, number, []
        elif line.strip() and not line.startswith("#"):
            cards.append(_card(line, domain, f"{path.name}:{number}"))
            if len(cards) == 2:
                pairs.append(Pair(len(pairs) + 1, label, domain, start, tuple(cards)))
    return pairs


def _card(line: str, domain: str, where: str) -> tuple[str, str, dict]:
    kind, _, rest = line.partition("  ")
    kind, _, deck = kind.partition("@")
    parts = [part.strip() for part in rest.split("  =>  ")]
    if kind == "list":  # list  TITLE  =>  TERM  =>  EXPLANATION
        title, term, text = parts
        return deck or domain, kind, {"title": title, "items": [{term: text}]}
    assert kind in _PROMPT and len(parts) == 2, f"{where}: KIND  PROMPT  =>  ANSWER"
    answer = _Quoted(parts[1]) if kind == "limit" else parts[1]  # a unitless 1,600 is text
    return deck or domain, kind, {_PROMPT[kind]: parts[0], _ANSWER[kind]: answer}


class _Quoted(str):
    """A value written in double quotes (a bare number as a limit's value needs a unit)."""


yaml.SafeDumper.add_representer(
    _Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, '"')
)


def write_corpus(folder: Path, pairs: list[Pair]) -> Path:
    """One corpus; pair N's cards ``pN-a`` and ``pN-b`` in decks ``<Domain> N``."""
    cards = folder / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text("name: pairs\ntitle: Pairs\ndeck: Study\n", "utf-8")
    by_deck: dict[str, list[dict]] = {}
    for pair in pairs:
        for side, (deck, kind, fields) in zip("ab", pair.cards, strict=True):
            card = {"id": f"p{pair.number}-{side}", "kind": kind, **fields}
            by_deck.setdefault(f"{deck} {pair.number}", []).append(card)
    for number, (deck, deck_cards) in enumerate(by_deck.items()):
        topic = {"deck": deck, "title": deck, "cards": deck_cards}
        text = yaml.safe_dump(topic, allow_unicode=True, sort_keys=False)
        (cards / f"t{number:04}.yaml").write_text(text, encoding="utf-8")
    return cards


def findings_by_pair(pairs: list[Pair], folder: Path) -> dict[int, list]:
    """Each pair's findings ``(code, conflict)`` naming both of its cards."""
    from cheatdeck.checks.facts import find_problems
    from cheatdeck.load import load_corpus

    loaded = load_corpus(write_corpus(folder, pairs))
    errors = [d for d in loaded.diagnostics if d.severity == "error"]
    assert not errors, "\n".join(map(str, errors))
    found: dict[int, list] = {pair.number: [] for pair in pairs}
    for finding in find_problems(loaded.corpus):
        numbers = {int(re.match(r"p(\d+)-", card_id)[1]) for card_id in finding.card_ids}
        assert len(numbers) == 1, f"a finding across pairs: {finding.card_ids}"
        found[numbers.pop()].append((finding.code, finding.conflict))
    return found


def small_corpora(pairs: list[Pair], size: int = 0) -> list[list[Pair]]:
    """The pairs of each domain, a newcomer's small corpus (issue 18); cut in pieces of
    ``size`` pairs when given (a first deck of ~20 cards)."""
    by_domain: dict[str, list[Pair]] = {}
    for pair in pairs:
        by_domain.setdefault(pair.domain, []).append(pair)
    step = size or len(pairs)
    return [
        group[at : at + step] for group in by_domain.values() for at in range(0, len(group), step)
    ]


def findings_by_small_corpus(pairs: list[Pair], folder: Path, size: int = 0) -> dict[int, list]:
    """``findings_by_pair`` with each of ``small_corpora`` checked as a corpus of its own."""
    found: dict[int, list] = {}
    for number, group in enumerate(small_corpora(pairs, size)):
        found.update(findings_by_pair(group, folder / f"c{number}"))
    return found


def score(pairs: list[Pair], found: dict[int, list]) -> dict:
    """Precision on errors, recall per label, and the pairs that miss."""
    errors = right_errors = 0
    per_label: dict[str, Counter] = {label: Counter() for label in LABELS}
    misses: list[str] = []
    for pair in pairs:
        codes = {code for code, _ in found[pair.number]}
        counts = per_label[pair.label]
        counts["pairs"] += 1
        wanted = {"duplicate": "duplicate-fact", "conflicting": "conflicting-fact"}.get(pair.label)
        error = next((code for code in ERRORS if code in codes), None)
        if error:
            errors += 1
            right_errors += error == wanted
            counts[error] += 1
        if codes:
            counts["reported"] += 1
        if "similar-fact" in codes and not error:
            counts["warning only"] += 1
        missed = pair.label in ("duplicate", "conflicting") and (
            not codes or (error is not None and error != wanted)
        )
        wrong = pair.label in ("similar", "distinct") and error is not None
        if missed or wrong:
            shown = " | ".join(f"{c[2]}" for c in pair.cards)
            misses.append(
                f"{PAIRS.name}:{pair.line} {pair.label} -> {sorted(codes) or 'nothing'}: {shown}"
            )
        counts["found"] += not missed and pair.label in ("duplicate", "conflicting")
    return {
        "precision": right_errors / errors if errors else 1.0,
        "errors": errors,
        "right_errors": right_errors,
        "recall": {
            label: per_label[label]["found"] / per_label[label]["pairs"]
            for label in ("duplicate", "conflicting")
        },
        "per_label": per_label,
        "misses": misses,
    }


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    pairs = read_pairs()
    return score(pairs, findings_by_pair(pairs, tmp_path_factory.mktemp("pairs")))


def test_the_labelled_set_is_big_and_varied():
    pairs = read_pairs()
    assert len(pairs) >= 300
    assert len({pair.domain for pair in pairs}) >= 3
    assert {pair.label for pair in pairs} == set(LABELS)


def test_precision_on_errors(scores):
    # The target is 0.97; every error on the set is right today, so a new wrong one is
    # seen here at once (a change of units let one slip in under 0.97 unnoticed).
    assert scores["precision"] == 1.0, "\n".join(scores["misses"])


def test_recall_on_duplicates_and_conflicts(scores):
    for label, recall in scores["recall"].items():
        assert recall >= 0.90, (label, "\n".join(scores["misses"]))


#: Pairs written by someone who had read neither the checks nor the labelled set, kept
#: apart from it (the checks were not tuned on the first set's TypeScript, Terraform,
#: Economics and Japanese pairs, nor on the second set but for two rules). Their recall
#: (BENCHMARKS.md) says how the checks do on cards they have not seen; no error on them
#: may be a wrong one.
UNSEEN = ROOT / "tests" / "data" / "fact_pairs_unseen.txt"
UNSEEN_2 = ROOT / "tests" / "data" / "fact_pairs_unseen2.txt"
UNSEEN_3 = ROOT / "tests" / "data" / "fact_pairs_unseen3.txt"
UNSEEN_4 = ROOT / "tests" / "data" / "fact_pairs_unseen4.txt"
UNSEEN_5 = ROOT / "tests" / "data" / "fact_pairs_unseen5.txt"
UNSEEN_6 = ROOT / "tests" / "data" / "fact_pairs_unseen6.txt"
UNSEEN_7 = ROOT / "tests" / "data" / "fact_pairs_unseen7.txt"
UNSEEN_8 = ROOT / "tests" / "data" / "fact_pairs_unseen8.txt"
UNSEEN_9 = ROOT / "tests" / "data" / "fact_pairs_unseen9.txt"
UNSEEN_10 = ROOT / "tests" / "data" / "fact_pairs_unseen10.txt"
UNSEEN_11 = ROOT / "tests" / "data" / "fact_pairs_unseen11.txt"
UNSEEN_12 = ROOT / "tests" / "data" / "fact_pairs_unseen12.txt"
UNSEEN_13 = ROOT / "tests" / "data" / "fact_pairs_unseen13.txt"
UNSEEN_14 = ROOT / "tests" / "data" / "fact_pairs_unseen14.txt"
UNSEEN_15 = ROOT / "tests" / "data" / "fact_pairs_unseen15.txt"
UNSEEN_16 = ROOT / "tests" / "data" / "fact_pairs_unseen16.txt"
UNSEEN_17 = ROOT / "tests" / "data" / "fact_pairs_unseen17.txt"
UNSEEN_18 = ROOT / "tests" / "data" / "fact_pairs_unseen18.txt"
UNSEEN_19 = ROOT / "tests" / "data" / "fact_pairs_unseen19.txt"
UNSEEN_20 = ROOT / "tests" / "data" / "fact_pairs_unseen20.txt"
UNSEEN_21 = ROOT / "tests" / "data" / "fact_pairs_unseen21.txt"
UNSEEN_22 = ROOT / "tests" / "data" / "fact_pairs_unseen22.txt"
UNSEEN_23 = ROOT / "tests" / "data" / "fact_pairs_unseen23.txt"
UNSEEN_24 = ROOT / "tests" / "data" / "fact_pairs_unseen24.txt"
UNSEEN_25 = ROOT / "tests" / "data" / "fact_pairs_unseen25.txt"
UNSEEN_26 = ROOT / "tests" / "data" / "fact_pairs_unseen26.txt"
UNSEEN_27 = ROOT / "tests" / "data" / "fact_pairs_unseen27.txt"
UNSEEN_28 = ROOT / "tests" / "data" / "fact_pairs_unseen28.txt"
UNSEEN_29 = ROOT / "tests" / "data" / "fact_pairs_unseen29.txt"
UNSEEN_30 = ROOT / "tests" / "data" / "fact_pairs_unseen30.txt"
UNSEEN_31 = ROOT / "tests" / "data" / "fact_pairs_unseen31.txt"
UNSEEN_32 = ROOT / "tests" / "data" / "fact_pairs_unseen32.txt"
UNSEEN_33 = ROOT / "tests" / "data" / "fact_pairs_unseen33.txt"
UNSEEN_34 = ROOT / "tests" / "data" / "fact_pairs_unseen34.txt"
UNSEEN_35 = ROOT / "tests" / "data" / "fact_pairs_unseen35.txt"
UNSEEN_36 = ROOT / "tests" / "data" / "fact_pairs_unseen36.txt"
UNSEEN_37 = ROOT / "tests" / "data" / "fact_pairs_unseen37.txt"
UNSEEN_38 = ROOT / "tests" / "data" / "fact_pairs_unseen38.txt"
UNSEEN_39 = ROOT / "tests" / "data" / "fact_pairs_unseen39.txt"
UNSEEN_40 = ROOT / "tests" / "data" / "fact_pairs_unseen40.txt"
UNSEEN_41 = ROOT / "tests" / "data" / "fact_pairs_unseen41.txt"
UNSEEN_42 = ROOT / "tests" / "data" / "fact_pairs_unseen42.txt"
UNSEEN_43 = ROOT / "tests" / "data" / "fact_pairs_unseen43.txt"
UNSEEN_44 = ROOT / "tests" / "data" / "fact_pairs_unseen44.txt"
UNSEEN_45 = ROOT / "tests" / "data" / "fact_pairs_unseen45.txt"
UNSEEN_46 = ROOT / "tests" / "data" / "fact_pairs_unseen46.txt"
UNSEEN_47 = ROOT / "tests" / "data" / "fact_pairs_unseen47.txt"
UNSEEN_48 = ROOT / "tests" / "data" / "fact_pairs_unseen48.txt"
UNSEEN_49 = ROOT / "tests" / "data" / "fact_pairs_unseen49.txt"
UNSEEN_50 = ROOT / "tests" / "data" / "fact_pairs_unseen50.txt"
UNSEEN_51 = ROOT / "tests" / "data" / "fact_pairs_unseen51.txt"
UNSEEN_52 = ROOT / "tests" / "data" / "fact_pairs_unseen52.txt"
UNSEEN_53 = ROOT / "tests" / "data" / "fact_pairs_unseen53.txt"
UNSEEN_54 = ROOT / "tests" / "data" / "fact_pairs_unseen54.txt"
UNSEEN_55 = ROOT / "tests" / "data" / "fact_pairs_unseen55.txt"
UNSEEN_56 = ROOT / "tests" / "data" / "fact_pairs_unseen56.txt"
UNSEEN_57 = ROOT / "tests" / "data" / "fact_pairs_unseen57.txt"
UNSEEN_58 = ROOT / "tests" / "data" / "fact_pairs_unseen58.txt"
UNSEEN_59 = ROOT / "tests" / "data" / "fact_pairs_unseen59.txt"
UNSEEN_60 = ROOT / "tests" / "data" / "fact_pairs_unseen60.txt"
UNSEEN_61 = ROOT / "tests" / "data" / "fact_pairs_unseen61.txt"
UNSEEN_62 = ROOT / "tests" / "data" / "fact_pairs_unseen62.txt"
UNSEEN_63 = ROOT / "tests" / "data" / "fact_pairs_unseen63.txt"
UNSEEN_64 = ROOT / "tests" / "data" / "fact_pairs_unseen64.txt"
UNSEEN_65 = ROOT / "tests" / "data" / "fact_pairs_unseen65.txt"
UNSEEN_66 = ROOT / "tests" / "data" / "fact_pairs_unseen66.txt"
UNSEEN_67 = ROOT / "tests" / "data" / "fact_pairs_unseen67.txt"
#: The twelfth and later sets are smaller (100 to 145 pairs in 4 domains, their entries
#: below); the others hold 200 or more pairs in 8 or more domains.
SMALL_SETS = {
    UNSEEN_12: (100, 4),
    UNSEEN_13: (120, 4),
    UNSEEN_14: (120, 4),
    UNSEEN_15: (120, 4),
    UNSEEN_16: (120, 4),
    UNSEEN_17: (120, 4),
    UNSEEN_18: (120, 4),
    UNSEEN_19: (120, 4),
    UNSEEN_20: (120, 4),
    UNSEEN_21: (120, 4),
    UNSEEN_22: (120, 4),
    UNSEEN_23: (120, 4),
    UNSEEN_24: (120, 4),
    UNSEEN_25: (120, 4),
    UNSEEN_26: (120, 4),
    UNSEEN_27: (120, 4),
    UNSEEN_28: (120, 4),
    UNSEEN_29: (120, 4),
    UNSEEN_30: (120, 4),
    UNSEEN_31: (120, 4),
    UNSEEN_32: (120, 4),
    UNSEEN_33: (120, 4),
    UNSEEN_34: (120, 4),
    UNSEEN_35: (120, 4),
    UNSEEN_36: (120, 4),
    UNSEEN_37: (120, 4),
    UNSEEN_38: (120, 4),
    UNSEEN_39: (120, 4),
    UNSEEN_40: (144, 4),
    UNSEEN_41: (144, 4),
    UNSEEN_42: (144, 4),
    UNSEEN_43: (144, 4),
    UNSEEN_44: (144, 4),
    UNSEEN_45: (144, 4),
    UNSEEN_46: (144, 4),
    UNSEEN_47: (144, 4),
    UNSEEN_48: (144, 4),
    UNSEEN_49: (144, 4),
    UNSEEN_50: (144, 4),
    UNSEEN_51: (144, 4),
    UNSEEN_52: (144, 4),
    UNSEEN_53: (144, 4),
    UNSEEN_54: (144, 4),
    UNSEEN_55: (144, 4),
    UNSEEN_56: (144, 4),
    UNSEEN_57: (144, 4),
    UNSEEN_58: (144, 4),
    UNSEEN_59: (144, 4),
    UNSEEN_60: (144, 4),
    UNSEEN_61: (144, 4),
    UNSEEN_62: (144, 4),
    UNSEEN_63: (144, 4),
    UNSEEN_64: (144, 4),
    UNSEEN_65: (144, 4),
    UNSEEN_66: (144, 4),
    UNSEEN_67: (144, 4),
}


@pytest.mark.parametrize(
    "path",
    [
        UNSEEN,
        UNSEEN_2,
        UNSEEN_3,
        UNSEEN_4,
        UNSEEN_5,
        UNSEEN_6,
        UNSEEN_7,
        UNSEEN_8,
        UNSEEN_9,
        UNSEEN_10,
        UNSEEN_11,
        UNSEEN_12,
        UNSEEN_13,
        UNSEEN_14,
        UNSEEN_15,
        UNSEEN_16,
        UNSEEN_17,
        UNSEEN_18,
        UNSEEN_19,
        UNSEEN_20,
        UNSEEN_21,
        UNSEEN_22,
        UNSEEN_23,
        UNSEEN_24,
        UNSEEN_25,
        UNSEEN_26,
        UNSEEN_27,
        UNSEEN_28,
        UNSEEN_29,
        UNSEEN_30,
        UNSEEN_31,
        UNSEEN_32,
        UNSEEN_33,
        UNSEEN_34,
        UNSEEN_35,
        UNSEEN_36,
        UNSEEN_37,
        UNSEEN_38,
        UNSEEN_39,
        UNSEEN_40,
        UNSEEN_41,
        UNSEEN_42,
        UNSEEN_43,
        UNSEEN_44,
        UNSEEN_45,
        UNSEEN_46,
        UNSEEN_47,
        UNSEEN_48,
        UNSEEN_49,
        UNSEEN_50,
        UNSEEN_51,
        UNSEEN_52,
        UNSEEN_53,
        UNSEEN_54,
        UNSEEN_55,
        UNSEEN_56,
        UNSEEN_57,
        UNSEEN_58,
        UNSEEN_59,
        UNSEEN_60,
        UNSEEN_61,
        UNSEEN_62,
        UNSEEN_63,
        UNSEEN_64,
        UNSEEN_65,
        UNSEEN_66,
        UNSEEN_67,
    ],
    ids=lambda path: path.name,
)
def test_no_wrong_error_on_pairs_the_checks_were_not_tuned_on(tmp_path, path):
    pairs = read_pairs(path)
    least_pairs, least_domains = SMALL_SETS.get(path, (200, 8))
    assert len(pairs) >= least_pairs
    assert len({pair.domain for pair in pairs}) >= least_domains
    found = score(pairs, findings_by_pair(pairs, tmp_path))
    # the set holds errors to find (set 47 has 2) and none is wrong; sets 60's, 66's and
    # 67's findings are (nearly) all warnings today, so there a new error is what the test
    # can catch wrong
    assert found["errors"] >= (0 if path in (UNSEEN_60, UNSEEN_66, UNSEEN_67) else 2)
    assert found["precision"] == 1.0, "\n".join(found["misses"])


# ------------------------------------------------------------------ issue 18's examples


def check(tmp_path: Path, topics: dict[str, str], settings: str = "") -> list[str]:
    """``check`` of a corpus with one topic per ``topics`` entry (deck -> cards YAML);
    the diagnostics as rendered lines."""
    from cheatdeck import pipeline

    cards = tmp_path / "cards"
    cards.mkdir(parents=True)
    (cards / "corpus.yaml").write_text(f"name: t\ntitle: T\ndeck: Study\n{settings}", "utf-8")
    for number, (deck, body) in enumerate(topics.items()):
        body = textwrap.indent(textwrap.dedent(body).strip(), "  ")
        text = f"deck: {deck}\ntitle: {deck}\ncards:\n{body}\n"
        (cards / f"t{number}.yaml").write_text(text, encoding="utf-8")
    report = pipeline.check(cards).report
    return [
        f"{Path(d.file).name}:{d.line}: {d.severity} {d.code}: {d.message}"
        for d in report.sorted()
        if d.code != "placeholder"
    ]


GIT_INDEX = """
- id: git-index
  kind: concept
  term: Index
  definition: The staging area holding the snapshot of the next commit.
"""
PG_INDEX = """
- id: pg-index
  kind: concept
  term: Index
  definition: A separate structure that speeds up lookups on table columns.
"""


def test_one_term_in_two_decks_is_no_conflict(tmp_path):
    assert check(tmp_path, {"Git": GIT_INDEX, "PostgreSQL": PG_INDEX}) == []


def test_sub_decks_share_their_scope(tmp_path):
    found = check(tmp_path, {"Git": GIT_INDEX, "Git::Internals": PG_INDEX})
    assert len(found) == 1 and "similar-fact" in found[0], found


@pytest.mark.parametrize(("scope", "expected"), [("corpus", 1), ("deck", 0), ("topic", 0)], ids=str)
def test_fact_scope_widens_and_narrows(tmp_path, scope, expected):
    pg_copy = GIT_INDEX.replace("git-index", "git-index-2")
    decks = {"Git": GIT_INDEX, "PostgreSQL": pg_copy}
    if scope == "topic":
        decks = {"Git": GIT_INDEX, "Git::Internals": pg_copy}
    found = check(tmp_path, decks, f"settings:\n  fact_scope: {scope}\n")
    assert len(found) == expected, found


def test_allow_silences_a_conflict(tmp_path):
    both = GIT_INDEX + PG_INDEX.replace("pg-index", "index-2")
    assert len(check(tmp_path / "a", {"Git": both})) == 1
    allowed = both.replace(
        "kind: concept\n  term: Index\n  definition: A",
        "kind: concept\n  term: Index\n  allow: [git-index]\n  definition: A",
    )
    assert "allow: [git-index]" in allowed
    assert check(tmp_path / "b", {"Git": allowed}) == []


def test_operators_that_differ_by_punctuation_are_different_facts(tmp_path):
    operators = """
    - id: operators
      kind: list
      title: Pattern operators
      items:
        - "~": Matches a POSIX regular expression, case-sensitively.
        - "!~": Does not match a POSIX regular expression, case-sensitively.
        - "<": Less than.
        - "<=": Less than or equal to.
    - id: grep-flags
      kind: list
      title: grep flags
      items:
        - "-n": Prefix each line with its line number.
        - "-N": Do not prefix each line with its line number.
    """
    assert check(tmp_path, {"PostgreSQL": operators}) == []


def test_short_answers_conflict_but_short_definitions_are_reworded(tmp_path):
    cards = """
    - id: stash
      kind: concept
      term: Stash
      definition: Shelved changes.
    - id: stash-2
      kind: concept
      term: Stash
      definition: Saved uncommitted changes.
    - id: oxygen
      kind: qa
      question: Which blood cells carry oxygen?
      answer: Red blood cells
    - id: oxygen-2
      kind: qa
      question: Which blood cells carry oxygen?
      answer: White blood cells
    """
    found = check(tmp_path, {"Basics": cards})
    assert len(found) == 2, found
    assert "warning similar-fact: possibly conflicting with stash-2" in found[0]
    assert "error conflicting-fact: conflicts with oxygen-2" in found[1]


def test_issue_examples_are_found(tmp_path):
    git = """
    - id: ff
      kind: concept
      term: Fast-forward merge
      definition: A merge that only moves the branch pointer forward, with no merge commit.
    - id: ff2
      kind: concept
      term: Fast forward merge
      definition: A merge where the branch pointer just moves forward; no merge commit is made.
    - id: unstage
      kind: command
      task: Unstage a file
      command: git restore --staged <file>
    - id: unstage2
      kind: command
      task: Remove a file from the index but keep its changes
      command: git restore --staged <file>
    - id: pull
      kind: qa
      question: What does `git pull` do?
      answer: It fetches from the remote and merges into the current branch.
    - id: pull2
      kind: qa
      question: What happens when you run git pull?
      answer: Git fetches the remote branch and merges it into your current branch.
    """
    pg = """
    - id: port
      kind: limit
      subject: Default PostgreSQL port
      value: "5433"
    - id: port2
      kind: limit
      subject: Default PostgreSQL server port
      value: "5432"
    - id: ident
      kind: limit
      subject: Max identifier length in PostgreSQL
      value: 64 bytes
    - id: ident2
      kind: limit
      subject: Maximum identifier length
      value: 63 bytes
    """
    s3 = """
    - id: durable
      kind: qa
      question: How durable is S3 Standard?
      answer: eleven nines
    - id: durability
      kind: qa
      question: What durability does S3 Standard offer?
      answer: 99.999999999 %
    - id: objects
      kind: limit
      subject: Max objects listed per call
      value: "1,000"
    - id: objects2
      kind: limit
      subject: Maximum objects listed per call
      value: "1000"
    """
    found = check(tmp_path, {"Git": git, "PostgreSQL": pg, "S3": s3})
    expected = [
        ("t0.yaml:6:", "duplicate-fact", "ff2"),  # same meaning: a duplicate
        ("t0.yaml:14:", "duplicate-fact", "same command for another task"),
        ("t0.yaml:22:", "similar-fact", "nearly the same fact as pull2"),
        ("t1.yaml:6:", "conflicting-fact", "'5433' here, '5432' there"),
        ("t1.yaml:14:", "conflicting-fact", "'64 bytes' here, '63 bytes' there"),
        ("t2.yaml:6:", "duplicate-fact", "'eleven nines' = '99.999999999 %'"),
        ("t2.yaml:14:", "duplicate-fact", "objects2"),
    ]
    assert len(found) == len(expected), "\n".join(found)
    for line, (place, code, words) in zip(found, expected, strict=True):
        assert place in line and code in line and words in line, line


def _cheatdeck_named_by_pythonpath() -> bool:
    """An explicit PYTHONPATH holds a cheatdeck (another tree's ``src``): the figures are
    that copy's, not this tree's."""
    for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep):
        if entry and (Path(entry) / "cheatdeck" / "__init__.py").is_file():
            return True
    return False


if __name__ == "__main__":  # the figures for BENCHMARKS.md
    import tempfile

    if not _cheatdeck_named_by_pythonpath():
        sys.path.insert(0, str(ROOT / "src"))  # this tree's cheatdeck, not an installed one
    held_out = {
        "--unseen": UNSEEN,
        "--unseen2": UNSEEN_2,
        "--unseen3": UNSEEN_3,
        "--unseen4": UNSEEN_4,
        "--unseen5": UNSEEN_5,
        "--unseen6": UNSEEN_6,
        "--unseen7": UNSEEN_7,
        "--unseen8": UNSEEN_8,
        "--unseen9": UNSEEN_9,
        "--unseen10": UNSEEN_10,
        "--unseen11": UNSEEN_11,
        "--unseen12": UNSEEN_12,
        "--unseen13": UNSEEN_13,
        "--unseen14": UNSEEN_14,
        "--unseen15": UNSEEN_15,
        "--unseen16": UNSEEN_16,
        "--unseen17": UNSEEN_17,
        "--unseen18": UNSEEN_18,
        "--unseen19": UNSEEN_19,
        "--unseen20": UNSEEN_20,
        "--unseen21": UNSEEN_21,
        "--unseen22": UNSEEN_22,
        "--unseen23": UNSEEN_23,
        "--unseen24": UNSEEN_24,
        "--unseen25": UNSEEN_25,
        "--unseen26": UNSEEN_26,
        "--unseen27": UNSEEN_27,
        "--unseen28": UNSEEN_28,
        "--unseen29": UNSEEN_29,
        "--unseen30": UNSEEN_30,
        "--unseen31": UNSEEN_31,
        "--unseen32": UNSEEN_32,
        "--unseen33": UNSEEN_33,
        "--unseen34": UNSEEN_34,
        "--unseen35": UNSEEN_35,
        "--unseen36": UNSEEN_36,
        "--unseen37": UNSEEN_37,
        "--unseen38": UNSEEN_38,
        "--unseen39": UNSEEN_39,
        "--unseen40": UNSEEN_40,
        "--unseen41": UNSEEN_41,
        "--unseen42": UNSEEN_42,
        "--unseen43": UNSEEN_43,
        "--unseen44": UNSEEN_44,
        "--unseen45": UNSEEN_45,
        "--unseen46": UNSEEN_46,
        "--unseen47": UNSEEN_47,
        "--unseen48": UNSEEN_48,
        "--unseen49": UNSEEN_49,
        "--unseen50": UNSEEN_50,
        "--unseen51": UNSEEN_51,
        "--unseen52": UNSEEN_52,
        "--unseen53": UNSEEN_53,
        "--unseen54": UNSEEN_54,
        "--unseen55": UNSEEN_55,
        "--unseen56": UNSEEN_56,
        "--unseen57": UNSEEN_57,
        "--unseen58": UNSEEN_58,
        "--unseen59": UNSEEN_59,
        "--unseen60": UNSEEN_60,
        "--unseen61": UNSEEN_61,
        "--unseen62": UNSEEN_62,
        "--unseen63": UNSEEN_63,
        "--unseen64": UNSEEN_64,
        "--unseen65": UNSEEN_65,
        "--unseen66": UNSEEN_66,
        "--unseen67": UNSEEN_67,
    }
    for flag, path in held_out.items():
        if flag in sys.argv:
            PAIRS = path  # the misses name it
    sys.argv = [arg for arg in sys.argv if arg not in held_out]
    shown_label = None
    if "--show" in sys.argv:  # --show LABEL: list that label's pairs with a finding
        at = sys.argv.index("--show")
        shown_label = sys.argv[at + 1]
        del sys.argv[at : at + 2]
    pieces = 0
    if "--pieces" in sys.argv:  # --pieces N: each domain cut in corpora of N pairs
        at = sys.argv.index("--pieces")
        pieces = int(sys.argv[at + 1])
        del sys.argv[at : at + 2]
    by_domain = "--by-domain" in sys.argv or pieces
    sys.argv = [arg for arg in sys.argv if arg != "--by-domain"]
    all_pairs = read_pairs(PAIRS)
    with tempfile.TemporaryDirectory() as tmp:
        if by_domain:
            found = findings_by_small_corpus(all_pairs, Path(tmp), pieces)
        else:
            found = findings_by_pair(all_pairs, Path(tmp))
    if sys.argv[1:]:  # checked in the one corpus of all pairs, scored for these domains
        all_pairs = [pair for pair in all_pairs if pair.domain in sys.argv[1:]]
    result = score(all_pairs, found)
    print(f"{len(all_pairs)} pairs, {len({p.domain for p in all_pairs})} domains")
    right, errors = result["right_errors"], result["errors"]
    print(f"precision on errors: {result['precision']:.3f} ({right}/{errors})")
    for label in LABELS:
        print(label, dict(result["per_label"][label]))
    print("recall:", {k: round(v, 3) for k, v in result["recall"].items()})
    print("\n".join(result["misses"]))
    for pair in all_pairs if shown_label else ():
        codes = sorted({code for code, _ in found[pair.number]})
        if pair.label == shown_label and codes:
            shown = " | ".join(f"{card[2]}" for card in pair.cards)
            print(f"{PAIRS.name}:{pair.line} {pair.label} -> {codes}: {shown}")


def test_powers_of_ten_are_read_and_a_rounding_is_no_conflict(tmp_path):
    cards = """
    - {id: c, kind: limit, subject: Speed of light in vacuum, value: "299792458", unit: m/s}
    - {id: c-sci, kind: limit, subject: Speed of light in a vacuum, value: 2.99792458e8 m/s}
    - {id: h, kind: limit, subject: Planck constant, value: 6.62607015 × 10⁻³⁴ J·s}
    - {id: h-short, kind: qa, question: What is the Planck constant?, answer: 6.626e-34 J·s}
    - {id: bp, kind: limit, subject: Boiling point of water at 1 atm, value: 100.0 °C}
    - {id: bp-f, kind: limit, subject: Water boiling point at 1 atm, value: 212.0 °C}
    """
    found = check(tmp_path, {"Physics": cards})
    assert len(found) == 3, found
    light, planck, boiling = found
    assert "error duplicate-fact" in light and "'2.99792458e8 m/s'" in light
    assert "warning similar-fact" in planck and "6.626e-34" in planck
    assert "error conflicting-fact" in boiling


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("6.02214076e23 per mole", "6.022 × 10^23 per mole", True),
        ("3.14", "3.14159", True),
        ("5 TB", "5.4 TB", False),  # a whole number is exact
        ("0.5 s", "0.55 s", False),  # a half step away is not a rounding
        ("273.15 K", "298.15 K", False),
    ],
)
def test_rounded_alike(a, b, alike):
    from cheatdeck.checks.quantities import rounded_alike

    assert rounded_alike(a, b) is alike


def test_prompts_of_one_template_are_no_rewording(tmp_path):
    """A conjugation deck: one template, another verb in its slot; the answers differ
    because the questions do (no "possibly conflicting" warning)."""
    cards = """
    - {id: ser-yo, kind: qa, question: "ser — yo (presente)", answer: soy}
    - {id: estar-yo, kind: qa, question: "estar — yo (presente)", answer: estoy}
    - {id: tener-yo, kind: qa, question: "tener — yo (presente)", answer: tengo}
    - {id: tener-tu, kind: qa, question: "tener — tú (presente)", answer: tienes}
    - {id: tener-yo-2, kind: qa, question: "tener, yo, presente", answer: tuve}
    - id: usos
      kind: table
      title: Ser o estar
      columns: [Verbo]
      rows: {Origen: [ser], Lugar: [estar], Posesión: [tener], Edad: [tener], Hora: [ser]}
    """
    found = check(tmp_path, {"Verbos": cards})
    assert len(found) == 1, found
    assert "conflicting-fact" in found[0] and "tener-yo-2" in found[0]
