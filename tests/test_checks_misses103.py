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
