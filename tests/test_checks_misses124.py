"""misses124: two questions that ask one thing and answer it two ways (issue 18) — a
question asked again in the passive."""

from __future__ import annotations

from conftest import check_deck_padded


def test_a_question_asked_again_in_the_passive_may_conflict(tmp_path):
    """ "Constantinople was sacked in 1204 by" asks in the passive who did what "Which
    crusade sacked Constantinople?" asks: one verb, the same words done to (the year
    aside), two answers: a possible conflict. "Which cells of the pancreas secrete
    glucagon?" / "Glucagon is secreted by which pancreatic islet cells?" too."""
    found = check_deck_padded(
        tmp_path,
        "Byzantium",
        """
        - {id: a, kind: qa, question: Which crusade sacked Constantinople?,
           answer: the Fourth Crusade}
        - {id: b, kind: qa, question: Constantinople was sacked in 1204 by,
           answer: the Third Crusade}
        - {id: c, kind: qa, question: Which cells of the pancreas secrete glucagon?,
           answer: alpha cells}
        - {id: d, kind: qa, question: Glucagon is secreted by which pancreatic islet cells?,
           answer: delta cells}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 2, facts
    assert all(line.startswith("warning similar-fact:") for line in facts), facts
    assert any("with b at" in line for line in facts), facts
    assert any("with d at" in line for line in facts), facts


def test_a_doer_named_in_the_passive_is_another_question(tmp_path):
    """ "Constantinople was taken by the Ottomans in which year?" names the doer and asks
    another thing than "Which army took Constantinople?"; "Constantinople was besieged
    in 1204 by" asks who did another deed than "Which crusade sacked Constantinople?":
    no question asked again."""
    found = check_deck_padded(
        tmp_path,
        "Byzantium",
        """
        - {id: a, kind: qa, question: Which army took Constantinople?, answer: the Ottomans}
        - {id: b, kind: qa, question: Constantinople was taken by the Ottomans in which year?,
           answer: the year of the fall}
        - {id: c, kind: qa, question: Which crusade sacked Constantinople?,
           answer: the Fourth Crusade}
        - {id: d, kind: qa, question: Constantinople was besieged in 1204 by,
           answer: the Third Crusade}
        """,
    )
    assert not [line for line in found if "-fact:" in line], found


def test_a_time_asked_by_a_word_of_its_own_may_conflict(tmp_path):
    """ "Date of the Merge" asks what "When did the Merge happen?" asks: the one word the
    longer prompt adds asks for a time ("date", "year"), and both answers are dates:
    two dates, a possible conflict."""
    found = check_deck_padded(
        tmp_path,
        "Ethereum",
        """
        - {id: a, kind: qa, question: When did the Merge happen?, answer: 15 September 2022}
        - {id: b, kind: qa, question: Date of the Merge, answer: 6 September 2022}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact:") and "with b at" in facts[0], facts


def test_one_meaning_asked_twice_may_conflict(tmp_path):
    """ "What does the referee's call hajime mean?" and "What does hajime mean in judo?"
    ask one meaning: the longer prompt only says what kind of thing "hajime" is, and
    "judo" is the deck's. Two meanings are a possible conflict. Not a gloss in brackets
    ("見る (miru)") nor a number added ("a square with a circle and one dot"): another
    thing asked."""
    found = check_deck_padded(
        tmp_path,
        "Judo",
        """
        - {id: a, kind: qa, question: What does the referee's call hajime mean?, answer: begin}
        - {id: b, kind: qa, question: What does hajime mean in judo?, answer: stop}
        - {id: c, kind: qa, question: What does a square with a circle and one dot mean?,
           answer: tumble dry at low heat}
        - {id: d, kind: qa, question: What does a square with a circle mean?,
           answer: tumble drying allowed}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact:") and "with b at" in facts[0], facts


def test_who_and_which_doer_of_one_deed_may_conflict(tmp_path):
    """ "Which tier created the Elk Hair Caddis in 1957?" asks who did what "Who created
    the Elk Hair Caddis?" asks, the kind of doer and the year aside: two names are a
    possible conflict. Two years ("... the World Cup in 2010?" / "... in 2014?") are two
    deeds."""
    found = check_deck_padded(
        tmp_path,
        "Fly tying",
        """
        - {id: a, kind: qa, question: Who created the Elk Hair Caddis?, answer: Al Troth}
        - {id: b, kind: qa, question: Which tier created the Elk Hair Caddis in 1957?,
           answer: Frank Sawyer}
        - {id: c, kind: qa, question: Which team won the Coupe Zorvex in 2010?, answer: Spain}
        - {id: d, kind: qa, question: Who won the Coupe Zorvex in 2014?, answer: Germany}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact:") and "with b at" in facts[0], facts
