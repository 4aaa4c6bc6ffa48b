"""Cards met on a stranger's guitar corpus (chords, scales, tab, notation) that the
checks judged or named wrongly: each test is a general rule, written here with other
words."""

from __future__ import annotations

from cheatdeck import pipeline

from conftest import check_facts as check


def test_a_list_whose_plain_items_repeat_is_told_to_be_one_text(tmp_path):
    # a sequence with repeated steps (Morse code's dots and dashes): its items are one Anki
    # note, known by their text, so "keep one card" is no fix; the message names where
    # each repeat is and what to write instead
    found = check(
        tmp_path,
        """
        - id: morse-s
          kind: list
          title: Morse code of SOS
          items: [dot, dot, dot, dash, dash, dash, dot, dot, dot]
        - id: relay-order
          kind: list
          title: Relay order
          items:
            - Anna
            - Ben
            - Anna
        """,
    )
    assert len(found) == 3 and all("error duplicate-fact" in line for line in found), found
    assert (
        "the list holds 'dot' 6 times (line 7, columns 13, 18, 23, 46, 51 and 56)" in (found[0])
    ), found
    assert "'dash' 3 times" in found[1] and "one text" in found[1], found
    assert "'Anna' twice (lines 12 and 14)" in found[2], found
    assert "keep one card" not in " ".join(found), found


def test_a_list_that_gives_one_term_twice_with_one_answer_says_remove_the_repeat(tmp_path):
    found = check(
        tmp_path,
        """
        - id: abbreviations
          kind: list
          title: Abbreviations
          items:
            - rit: ritardando
            - cresc: crescendo
            - rit: ritardando
        """,
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "the list gives 'rit' twice with one answer (lines 8 and 10)" in found[0], found
    assert "remove the repeats" in found[0], found


def test_an_html_formatting_tag_outside_backticks_is_a_warning_with_what_to_write(tmp_path):
    # every output shows raw HTML as written: "<b>F</b>" typed as in Anki's editor reads
    # with its tags on the card and the sheets; the warning gives the Markdown (or the
    # raised characters) to write. A tag name alone is a placeholder, code is code.
    found = check(
        tmp_path,
        """
        - {id: a, kind: qa, question: Which note is held?, answer: The <b>root</b> note}
        - {id: b, kind: qa, question: Area of a square of side x?, answer: x<sup>2</sup>}
        - {id: c, kind: qa, question: Formula of ozone?, answer: O<sub>3</sub>}
        - {id: d, kind: qa, question: Which two steps?, answer: first<br/>second}
        - {id: e, kind: concept, term: Tempo marking, definition: <i>Largo</i> is slow}
        - {id: f, kind: qa, question: Which one is marked?, answer: <span class="x">this</span>}
        - {id: g, kind: qa, question: Compare two trees?, answer: diff <a> <b> compares them}
        - {id: h, kind: qa, question: Which tag makes bold?, answer: "`<b>x</b>` does"}
        - {id: i, kind: qa, question: Which type holds text?, answer: "Vec<String>, <i> alone"}
        - {id: j, kind: snippet, title: A bold word in HTML, lang: html, code: "<b>x</b>"}
        """,
    )
    assert len(found) == 6 and all("warning raw-html" in line for line in found), found
    assert "'<b>root</b>' is HTML" in found[0] and "bold, **root**" in found[0], found
    assert "the raised characters, ²" in found[1], found
    assert "the lowered characters, ₃" in found[2], found
    assert "'<br/>'" in found[3] and "as a block" in found[3], found
    # a value that starts with '*' is a YAML alias: the fix is given quoted
    assert (
        'italics, *Largo* (quoted, as the value starts with it: "*Largo* is slow")' in (found[4])
    ), found
    assert "(quoted" not in found[0], found
    assert "Markdown has no <span>: write the text without its tags, this" in found[5], found


def test_a_problem_in_a_topics_intro_title_or_source_names_that_line(tmp_path):
    # the topic's own texts were all reported at the file's 1:1, whatever line held them
    (tmp_path / "corpus.yaml").write_text("name: t\ntitle: T\ndeck: Study\n", "utf-8")
    (tmp_path / "t.yaml").write_text(
        "deck: Scales\n"
        "order: 2\n"
        "title: Scales TODO\n"
        "source: <b>Book</b> p. 4\n"
        "intro: Modes of the <i>major</i> scale.\n"
        "cards:\n"
        "  - {id: a, kind: qa, question: Steps of Ionian?, answer: W W H W W W H}\n",
        "utf-8",
    )
    found = [d.to_text() for d in pipeline.check(tmp_path).report.sorted()]
    assert len(found) == 3, found
    assert ":3:8: error placeholder: placeholder 'TODO' left in 'title'" in found[0], found
    assert ":4:9: warning raw-html: 'source'" in found[1], found
    assert ":5:8: warning raw-html: 'intro'" in found[2], found


def test_a_line_break_tag_in_a_table_cell_is_told_to_stay_one_line(tmp_path):
    # a cell or a list item has no block of lines to write: its parts go on one line
    found = check(
        tmp_path,
        """
        - id: tuning
          kind: table
          title: Tunings
          columns: [Strings]
          rows:
            Open G: [D<br>G<br>D]
        - {id: b, kind: qa, question: Which two steps?, answer: first<br>second}
        """,
    )
    assert len(found) == 2 and all("warning raw-html" in line for line in found), found
    assert "table cell of 'tuning': '<br>'" in found[0], found
    assert "part is one line: write its parts with ', ' between them" in found[0], found
    assert "as a block ('|' after the field's colon)" in found[1], found
