"""What a learner of Japanese met writing a corpus of vocabulary, kanji, grammar and
counter cards (probe127). Each test failed before its fix."""

from __future__ import annotations

from conftest import check_deck


def test_a_reading_with_another_voicing_mark_is_no_accent_left_out(tmp_path):
    """``机 (つくえ)`` and ``机 (づくえ)``, both "desk", were a ``duplicate-fact`` error
    "same term and definition but for accents", telling the learner to keep one card:
    Unicode decomposes ``づ`` into ``つ`` and a combining dakuten, which the accent rule
    left out. A Japanese input method types every kana whole; the two are two readings,
    one of them wrong (as ``窓 (まど)`` / ``窓 (まの)``), a warning that names both. A
    word typed without its accents is still the same word."""
    found = check_deck(
        tmp_path,
        "Vocabulary",
        """
        - {id: tsukue, kind: concept, term: 机 (つくえ), definition: desk}
        - {id: dukue, kind: concept, term: 机 (づくえ), definition: desk}
        - {id: hon, kind: concept, term: 本 (ほん), definition: book}
        - {id: pon, kind: concept, term: 本 (ぽん), definition: book}
        - {id: arbol, kind: concept, term: árbol, definition: tree}
        - {id: arbol-plain, kind: concept, term: arbol, definition: tree}
        """,
    )
    found = [line.replace(f"{tmp_path}/", "") for line in found]
    assert found == [
        "warning similar-fact: nearly the same fact as dukue at cards/t.yaml:5 "
        "('机 (つくえ)' here, '机 (づくえ)' there): merge them, or add 'allow: [dukue]' "
        "if both are needed",
        "warning similar-fact: nearly the same fact as pon at cards/t.yaml:7 "
        "('本 (ほん)' here, '本 (ぽん)' there): merge them, or add 'allow: [pon]' "
        "if both are needed",
        "error duplicate-fact: same fact as arbol-plain at cards/t.yaml:9 (same term and "
        "definition but for accents): keep one card, or add 'allow: [arbol-plain]' if "
        "both are needed",
    ], found


def test_a_deletion_numbered_in_full_width_digits_is_named_with_its_fix(tmp_path):
    """``私{{c１::は}}学生です。``, its number typed in full-width (as a Japanese input
    method left on types it), was "malformed deletion '{{c１::は}}学生です。…': write
    {{c1::answer}} or …", while the full-width colons and braces each got the deletion to
    write: now it gets it too, its number in ASCII digits (``c１２`` as ``c12``)."""
    found = check_deck(
        tmp_path,
        "Grammar",
        """
        - {id: digit, kind: cloze, text: "私{{c１::は}}学生です。"}
        - {id: letter, kind: cloze, text: "私{{ｃ1::は}}学生です。"}
        - {id: twelve, kind: cloze, text: "私{{c1::は}}学生で{{c１２::す}}。"}
        """,
    )
    assert found == [
        "error bad-cloze: malformed deletion '{{c１::は}}': write {{c1::は}}",
        "error bad-cloze: malformed deletion '{{ｃ1::は}}': write {{c1::は}}",
        "error bad-cloze: malformed deletion '{{c１２::す}}': write {{c12::す}}",
    ], found


def test_a_sheet_label_of_a_word_with_an_apostrophe_starts_with_a_capital():
    """The question "What is the kun'yomi of 日?" read "kun'yomi of 日:" on the sheets, beside
    "Reading of 大きい:": a word with an apostrophe inside was taken for one written
    with a sign, whose case is kept (as "pH" or "p-value" keep theirs)."""
    from cheatdeck.writers.sheet.blocks import key_phrase

    assert key_phrase("What is the kun'yomi of 日?") == "Kun'yomi of 日:"
    assert key_phrase("What is the on’yomi of 山?") == "On’yomi of 山:"
    assert key_phrase("What is the p-value?") == "p-value:"
    assert key_phrase("What is the iOS default?") == "iOS default:"
