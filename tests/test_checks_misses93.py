"""Two questions that ask one thing, answered with other values (issue 18, the qa/qa
conflicts of the held-out sets), on cards of other subjects than the sets'."""

from __future__ import annotations

from conftest import check_facts_padded as check


def test_a_question_naming_the_kind_it_asks_for_may_conflict(tmp_path):
    # "What fold is X?" asks what "What is X?" asks: the word after "what" names the
    # kind of the answer, not another thing (a warning, the answers cannot both be right)
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the zabuton?, answer: Blintz base}
        - {id: b, kind: qa, question: What fold is the zabuton?, answer: Waterbomb base}
        """,
    )
    assert len(found) == 1, found
    assert "warning similar-fact" in found[0], found
    assert "possibly conflicting with b" in found[0], found


def test_a_kind_asked_after_a_preposition_may_conflict(tmp_path):
    # "In what situations is X used?" asks what "When is X used?" asks
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: When is a gonfanon used?,
           answer: on feast days of the guild}
        - {id: b, kind: qa, question: In what situations is a gonfanon used?,
           answer: only in calm dry air}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0], found


def test_an_attribute_asked_of_a_thing_stays_apart(tmp_path):
    # "What colour is X?" asks one thing of X, "What is X?" what X is: two facts
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the zabuton?, answer: Blintz base}
        - {id: b, kind: qa, question: What colour is the zabuton?, answer: Crimson}
        """,
    )
    assert found == [], found


def test_a_kind_beside_other_words_of_its_own_stays_apart(tmp_path):
    # the second question says a verb of its own besides the kind: another question
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: What is the zabuton?, answer: Blintz base}
        - {id: b, kind: qa, question: What fold follows the zabuton?, answer: Squash fold}
        """,
    )
    assert found == [], found


def test_a_count_against_a_word_to_one_question_may_conflict(tmp_path):
    # two short answers, one a value, the other a word: they cannot both be right
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which character must separate the columns of a TSV file?,
           answer: A tab}
        - {id: b, kind: qa, question: What must the columns of a TSV file be separated by?,
           answer: Two spaces}
        """,
    )
    assert len(found) == 1, found
    assert "possibly conflicting with b" in found[0], found


def test_a_value_against_a_sentence_stays_apart(tmp_path):
    # a value against prose of more than a few words: prose about one thing
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which character must separate the columns of a TSV file?,
           answer: A tab}
        - {id: b, kind: qa, question: What must the columns of a TSV file be separated by?,
           answer: Two spaces or more are read as one separator}
        """,
    )
    assert found == [], found


def test_a_yes_against_a_short_value_stays_apart(tmp_path):
    # "Yes" says nothing a value can contradict
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: "Which is the thinner needle, gauge 18 or gauge 22?",
           answer: Gauge 22}
        - {id: b, kind: qa, question: "Is a #22 needle thinner than a #18?", answer: "Yes"}
        """,
    )
    # no conflict; the two do ask one thing (set 43 labels such a pair a duplicate), and
    # misses125's plain "may ask the same thing" warning may say so
    assert not any("conflict" in line or "error" in line for line in found), found


def test_a_year_against_a_place_stays_apart(tmp_path):
    # "In which year ...?" and "Where ...?" ask two things: a time answers no place
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Where was the first origami society founded?,
           answer: "London, England"}
        - {id: b, kind: qa, question: In which year was the first origami society founded?,
           answer: "1967"}
        """,
    )
    assert found == [], found


def test_a_count_against_a_place_stays_apart(tmp_path):
    # "How many ...?" asks for a count, "In which town ...?" for a place: two questions
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: How many folds does the Kyoto crane take?, answer: "12"}
        - {id: b, kind: qa, question: In which town is the Kyoto crane folded?, answer: Uji}
        """,
    )
    assert found == [], found
