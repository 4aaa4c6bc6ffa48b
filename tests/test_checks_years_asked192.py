"""Two questions that name one year and share a word of their own, reworded around
them (issue 18, blind192): "Who led the first party to reach the South Pole, in 1911?" /
"The 1911 race to the South Pole was won by which explorer?" ask one thing; a
``similar-fact`` warning whatever the answers (one fact twice, or one answer wrong).
Two questions of one template with one word swapped ("Which ship carried Amundsen
south in 1910?" / "... Scott ...") ask two things. Written in a domain of no pair set
(polar exploration)."""

from __future__ import annotations

from conftest import check_facts


def test_one_year_asked_twice_in_other_words_is_a_warning(tmp_path):
    found = check_facts(
        tmp_path,
        """
        - {id: pole, kind: qa, question: "Who led the first party to reach the South Pole,
             in 1911?", answer: Roald Amundsen}
        - {id: race, kind: qa, question: The 1911 race to the South Pole was won by which
             explorer?, answer: Robert Falcon Scott}
        """,
    )
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: may ask the same thing as race "), found
    assert "(both ask about one year and share a word)" in found[0], found
    assert "'Roald Amundsen' here, 'Robert Falcon Scott' there" in found[0], found
    assert "add 'allow: [race]' if they ask two things" in found[0], found


def test_one_word_swapped_or_another_year_asks_two_things(tmp_path):
    found = check_facts(
        tmp_path,
        """
        - {id: fram, kind: qa, question: Which ship carried Amundsen south in 1910?,
           answer: Fram}
        - {id: nova, kind: qa, question: Which ship carried Scott south in 1910?,
           answer: Terra Nova}
        - {id: nimrod, kind: qa, question: Who led the expedition that sailed south on the
             Nimrod in 1907?, answer: Ernest Shackleton}
        - {id: discovery, kind: qa, question: Which expedition sailed south on the
             Discovery in 1901?, answer: the British National Antarctic Expedition}
        """,
    )
    assert found == [], found


def test_a_measure_of_four_digits_is_no_year(tmp_path):
    # "1000 m" and "1000 km" are lengths, not the year 1000
    found = check_facts(
        tmp_path,
        """
        - {id: dome, kind: qa, question: "What lies under the Antarctic ice, below 1000 m
             of it, at Lake Vostok?", answer: liquid fresh water}
        - {id: shelf, kind: qa, question: "Which ice shelf stretches over 1000 km of the
             Antarctic coast, under the Transantarctic peaks?", answer: the Ross Ice Shelf}
        """,
    )
    assert found == [], found


def test_a_year_that_ends_a_name_dates_nothing_asked(tmp_path):
    # "the Antarctic Treaty 1959" names the treaty: two of its articles, two facts
    found = check_facts(
        tmp_path,
        """
        - {id: arms, kind: qa, question: Which article of the Antarctic Treaty 1959 bans
             military bases and manoeuvres?, answer: Article I}
        - {id: claims, kind: qa, question: Which article of the Antarctic Treaty 1959
             freezes the territorial claims of its signatories?, answer: Article IV}
        """,
    )
    assert found == [], found
