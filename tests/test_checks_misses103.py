"""misses103: two questions about one named thing, worded apart (issue 18)."""

from __future__ import annotations

from conftest import check_deck_padded


def test_a_name_both_ask_about_joins_questions_worded_apart(tmp_path):
    """ "When were the *Stonehenge* sarsens raised?" and "When was the sarsen circle of
    *Stonehenge* put up?" share fewer words than the second says alone, but they share a
    name that is not their deck's and say no name or number of their own
    (``_name_asked_about``): one thing asked twice, and c. 2500 BC / around 1500 BC
    cannot both be right. Two questions of one frame ("Which file lists ...?") share no
    name, and two that each name another thing (*Uranus*) ask two things."""
    found = check_deck_padded(
        tmp_path,
        "Archaeology",
        """
        - {id: a, kind: qa, question: When were the Stonehenge sarsens raised?,
           answer: c. 2500 BC}
        - {id: b, kind: qa, question: When was the sarsen circle of Stonehenge put up?,
           answer: around 1500 BC}
        - {id: c, kind: qa, question: Which file lists mounted filesystems at boot?,
           answer: /etc/fstab}
        - {id: d, kind: qa, question: Which file lists the DNS resolvers?,
           answer: /etc/resolv.conf}
        - {id: e, kind: qa, question: Which Voyager probe left the heliosphere first?,
           answer: Voyager 1}
        - {id: f, kind: qa, question: Which Voyager probe flew past Uranus?,
           answer: Voyager 2}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact: possibly conflicting with b "), facts


def test_a_term_of_two_rare_words_both_ask_about_joins_them(tmp_path):
    """ "When should you *plant tulip* bulbs?" / "Best time of year to *plant tulips*?":
    two rare words both say in a row, not their deck's and not the kind of thing asked
    (``_term_asked_about``), stand for the name; in autumn / midsummer cannot both be
    right. "Which *thyroid hormone* ...?" names the kind asked: two hormones, two facts."""
    found = check_deck_padded(
        tmp_path,
        "Gardening",
        """
        - {id: a, kind: qa, question: When should you plant tulip bulbs?, answer: in autumn}
        - {id: b, kind: qa, question: Best time of year to plant tulips?, answer: midsummer}
        - {id: c, kind: qa, question: Which thyroid hormone is more biologically active?,
           answer: T3 (triiodothyronine)}
        - {id: d, kind: qa, question: Which thyroid hormone does the gland secrete most of?,
           answer: T4 (thyroxine)}
        """,
    )
    facts = [line for line in found if "-fact:" in line]
    assert len(facts) == 1, facts
    assert facts[0].startswith("warning similar-fact: possibly conflicting with b "), facts
