"""The fact checks on a stranger's corpus of sports rules and numbers (tennis, football,
basketball, cricket, golf, rugby), written from the README alone: scores such as
``6-4`` or ``15-30``, one question asked of two bodies (NBA and FIBA), one length in
metres and in yards. Each test of a fix failed before it."""

from __future__ import annotations

from conftest import check_deck


def test_a_score_and_the_same_score_turned_round_are_not_one_answer(tmp_path):
    """Two questions of one template, "server has won one point and the receiver two" and
    "... two points and the receiver one", answered 15-30 and 30-15: the value layer
    reads each as the numbers 15 and 30, and the rewording layer called the pair "nearly
    the same fact" (merge them). The same numbers, each in the other's place, are not
    one answer there either: two questions with two answers, nothing to say. The same
    question with the two scores stays a possible conflict."""
    found = check_deck(
        tmp_path,
        "Tennis",
        """
        - {id: a, kind: qa, answer: 15-30,
           question: Game score when the server has won one point and the receiver two?}
        - {id: b, kind: qa, answer: 30-15,
           question: Game score when the server has won two points and the receiver one?}
        - {id: c, kind: qa, answer: 6-4, question: First-set score of the 2008 Wimbledon final?}
        - {id: d, kind: qa, answer: 4-6, question: First-set score of the 2008 Wimbledon final?}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: possibly conflicting with d "), found


def test_one_question_of_two_bodies_is_two_facts(tmp_path):
    """NBA and FIBA quarters (12 and 10 minutes), shot clocks (24 s each), men's and
    women's Grand Slam matches (best of 5 and of 3), a try and a conversion: one
    question of two subjects is no conflict and no duplicate, in a limit and in a
    table; the same subject with another value is."""
    found = check_deck(
        tmp_path,
        "Basketball",
        """
        - id: bodies
          kind: table
          title: NBA and FIBA compared
          row_header: Body
          columns: [Game length, Three-point line]
          rows:
            NBA: [48 min, 7.24 m]
            FIBA: [40 min, 6.75 m]
            NCAA men: [40 min, 6.75 m]
        - {id: a, kind: limit, subject: NBA quarter length, value: "12", unit: minutes}
        - {id: b, kind: limit, subject: FIBA quarter length, value: "10", unit: minutes}
        - {id: c, kind: limit, subject: NBA shot clock, value: "24", unit: seconds}
        - {id: d, kind: limit, subject: FIBA shot clock, value: "24", unit: seconds}
        - {id: e, kind: limit, subject: Sets in a men's Grand Slam singles match,
           value: best of 5}
        - {id: f, kind: limit, subject: Sets in a women's Grand Slam singles match,
           value: best of 3}
        - {id: g, kind: limit, subject: FIBA court size, value: 28 m × 15 m}
        - {id: h, kind: limit, subject: NBA court size, value: 94 ft × 50 ft}
        - {id: i, kind: limit, subject: Length of an NBA quarter, value: "10", unit: minutes}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("error conflicting-fact: conflicts with i "), found
    assert "'12 minutes' here, '10 minutes' there" in found[0], found


def test_a_length_in_yards_and_in_metres_and_a_set_score(tmp_path):
    """22 yards and 20.12 m, 4.25 inches and 108 mm, 7.32 m × 2.44 m and 8 yd × 8 ft are
    one value each; a set decided by a tiebreak is 7-6, not 7-5."""
    found = check_deck(
        tmp_path,
        "Sport",
        """
        - {id: a, kind: limit, subject: Hole diameter, value: "4.25", unit: inches}
        - {id: b, kind: limit, subject: Diameter of the hole, value: "108", unit: mm}
        - {id: c, kind: limit, subject: Goal size, value: 7.32 m × 2.44 m}
        - {id: d, kind: limit, subject: Size of the goal, value: 8 yd × 8 ft}
        - {id: e, kind: qa, question: What is the score of a set decided by a tiebreak?,
           answer: 7-6}
        - {id: f, kind: qa, question: Score of a set decided by a tiebreak?, answer: 7-5}
        """,
    )
    assert len(found) == 3, found
    assert found[0].startswith("error duplicate-fact: same fact as b "), found
    assert found[1].startswith("error duplicate-fact: same fact as d "), found
    assert found[2].startswith("error conflicting-fact: conflicts with f "), found
    assert "'7-6' here, '7-5' there" in found[2], found


def test_a_count_times_a_duration_is_a_value_in_parts(tmp_path):
    """ "2 × 45 min" against "90 minutes" was a conflicting-fact error: the value reader
    gave the count 2 the unit after it, as it does to a range's first end ("1 to 12
    hours") and to a size's ("28 × 15 m"), and read 2 min and 45 min. A bare number
    before a times sign and a time, a weight or a data size is a count of them ("4 × 12
    min": four periods of 12 minutes; "2 × 4 GB": two of 4 GB): the value is stated in
    parts, a possible conflict, as "two halves of 45 minutes" is. A length stays a size
    ("28 × 15 m" is "28 m × 15 m"), and two counts of one part still conflict."""
    found = check_deck(
        tmp_path,
        "Sport",
        """
        - {id: a1, kind: limit, subject: Football match length, value: 90 minutes}
        - {id: a2, kind: limit, subject: Football match length, value: 2 × 45 min}
        - {id: b1, kind: limit, subject: NCAA game length, value: 40 min}
        - {id: b2, kind: limit, subject: NCAA game length, value: 2x20 min}
        - {id: c1, kind: limit, subject: Server memory, value: 8 GB}
        - {id: c2, kind: limit, subject: Server memory, value: 2 x 4 GB}
        - {id: d1, kind: limit, subject: FIBA court size, value: 28 × 15 m}
        - {id: d2, kind: limit, subject: FIBA court size, value: 28 m × 15 m}
        - {id: e1, kind: limit, subject: NBA periods, value: 4 × 12 min}
        - {id: e2, kind: limit, subject: NBA periods, value: 4 × 10 min}
        """,
    )
    assert len(found) == 5, found
    for line, other in zip(found[:3], ("a2", "b2", "c2"), strict=True):
        assert line.startswith(f"warning similar-fact: possibly conflicting with {other} "), line
    assert found[3].startswith("error duplicate-fact: same fact as d2 "), found
    assert found[4].startswith("error conflicting-fact: conflicts with e2 "), found


def _check_topics(tmp_path, corpus: str, topics: dict[str, str]) -> list[str]:
    """``check`` of a corpus of several topic files: ``file:line: severity code: message``."""
    from pathlib import Path

    from cheatdeck import pipeline

    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "corpus.yaml").write_text(corpus, "utf-8")
    for name, text in topics.items():
        (folder / name).write_text(text, "utf-8")
    report = pipeline.check(folder).report
    return [
        f"{Path(d.file).name}:{d.line}: {d.severity} {d.code}: {d.message}" for d in report.sorted()
    ]


NBA = """\
deck: Basketball::NBA
title: NBA
cards:
  - {id: nba-quarter, kind: limit, subject: Quarter length, value: "12", unit: minutes}
"""
FIBA = """\
deck: Basketball::FIBA
title: FIBA
cards:
  - {id: fiba-quarter, kind: limit, subject: Quarter length, value: "10", unit: minutes}
"""


def test_a_conflict_between_two_decks_names_the_setting_that_parts_them(tmp_path):
    """ "Quarter length" in a deck Basketball::NBA (12 minutes) and in Basketball::FIBA (10)
    are compared under the default fact_scope (one first-level deck, Basketball): a
    conflicting-fact whose fix said only "keep the right answer, or add allow". When the
    two cards sit in two decks, it also names the setting that compares only cards of
    one deck, and that setting, typed as said, ends the error."""
    corpus = "name: t\ntitle: T\ndeck: Sports\n"
    found = _check_topics(tmp_path, corpus, {"nba.yaml": NBA, "fiba.yaml": FIBA})
    assert len(found) == 1, found
    assert found[0].startswith("fiba.yaml:4: error conflicting-fact: conflicts with"), found
    assert (
        "or, if the decks 'Sports::Basketball::FIBA' and 'Sports::Basketball::NBA' hold "
        "other subjects, write 'fact_scope: topic' under 'settings:' in corpus.yaml"
    ) in found[0], found
    (tmp_path / "cards").rename(tmp_path / "first")
    corpus += "settings:\n  fact_scope: topic\n"
    assert _check_topics(tmp_path, corpus, {"nba.yaml": NBA, "fiba.yaml": FIBA}) == []


def test_a_conflict_within_one_deck_says_nothing_of_the_setting(tmp_path):
    both = NBA + FIBA.split("cards:\n")[1]
    found = _check_topics(tmp_path, "name: t\ntitle: T\ndeck: Sports\n", {"nba.yaml": both})
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
    assert "fact_scope" not in found[0], found


def test_a_drawn_score_is_not_part_of_another_score(tmp_path):
    """ "Score of the 1966 World Cup final after extra time?" 4-2 and "... at full time?"
    2-2 were "nearly the same fact" (merge them): 2-2 reads as the number 2 (a set of
    numbers), which is among 4-2's, and a bare number was taken for the other answer
    with a word more ("32" / "32 bits"). Two answers that write as many numbers, not
    the same ones, are two answers; "32" / "32 bits" and "12" / "twelve of the 13
    tricks" (numbers as the value reader reads them) still match."""
    found = check_deck(
        tmp_path,
        "Football",
        """
        - {id: a, kind: qa, question: Score of the 1966 World Cup final after extra time?,
           answer: 4-2}
        - {id: b, kind: qa, question: Score of the 1966 World Cup final at full time?,
           answer: 2-2}
        - {id: c, kind: qa, question: How many bits are in an IPv4 address?, answer: "32"}
        - {id: d, kind: qa, question: What is the size of an IPv4 address?, answer: 32 bits}
        - {id: e, kind: qa, question: How many tricks does a small slam require?, answer: "12"}
        - {id: f, kind: qa, question: Small slam, answer: twelve of the 13 tricks}
        """,
    )
    assert not any("same fact as b " in line for line in found), found
    assert any("same fact as d " in line for line in found), found
    assert any("same fact as f " in line for line in found), found  # numbers as read
