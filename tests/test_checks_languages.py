"""Fact checks in a corpus written in another language than English: its function and
question words are no words of a prompt, and its words are stemmed in that language."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cheatdeck import pipeline
from cheatdeck.checks.languages import in_own_words, language_of


def check(tmp_path: Path, language: str, cards: str) -> list[str]:
    corpus = tmp_path / language
    corpus.mkdir(parents=True)
    head = f"name: c\ntitle: C\ndeck: C\nsettings:\n  language: {language}\n"
    (corpus / "corpus.yaml").write_text(head, "utf-8")
    topic = "deck: T\ntitle: T\ncards:\n" + textwrap.indent(textwrap.dedent(cards), "  ")
    (corpus / "t.yaml").write_text(topic, "utf-8")
    report = pipeline.check(corpus).report
    return [f"{d.severity} {d.code}: {d.message}" for d in report.sorted()]


DEADLINE = """\
    - id: frage
      kind: qa
      question: Wie lang ist die Meldefrist bei einer Datenpanne?
      answer: 72 Stunden
    - id: grenze
      kind: limit
      subject: Meldefrist bei Datenpannen
      value: 48 Stunden
    """


def test_a_german_question_and_a_subject_of_one_deadline_are_compared(tmp_path):
    """'Wie lang ist die Meldefrist bei einer Datenpanne?' (72 Stunden) and the limit
    'Meldefrist bei Datenpannen' (48 Stunden) were never compared: every German word
    was a word of the prompt, and 'Datenpanne' / 'Datenpannen' two words."""
    found = check(tmp_path, "de", DEADLINE)
    assert len(found) == 1, found
    assert "grenze" in found[0] and "'72 Stunden' here and '48 Stunden' there" in found[0]


def test_two_german_questions_of_two_mountains_stay_apart(tmp_path):
    cards = """\
        - {id: zugspitze, kind: qa, question: Wie hoch ist die Zugspitze?, answer: 2962 m}
        - {id: watzmann, kind: qa, question: Wie hoch ist der Watzmann?, answer: 2713 m}
        - {id: kinder, kind: qa, question: Wie viele Kinder hatte Bach?, answer: "20"}
        - {id: werke, kind: qa, question: Wie viele Werke hatte Bach?, answer: "1128"}
        """
    assert check(tmp_path, "de", cards) == []


@pytest.mark.parametrize(
    ("tag", "language"),
    [("de", "german"), ("de-AT", "german"), ("fr_CA", "french"), ("pt-BR", "portuguese")],
)
def test_a_language_tag_names_the_words_read(tag, language):
    assert language_of(tag) == language


@pytest.mark.parametrize("tag", ["en", "en-GB", "ja", "tr"])
def test_english_and_other_languages_are_read_as_before(tag):
    assert language_of(tag) is None


def test_function_words_fall_away_and_words_are_stemmed():
    assert in_own_words("wie lang ist die meldefrist bei einer datenpanne", "german") == (
        in_own_words("lang meldefrist datenpannen", "german")
    )
    assert in_own_words("quelle est la capitale de la france", "french") == "capital franc"


HEPARIN = """\
    - {id: profilaxia, kind: limit, subject: Dose de heparina profilática, value: 5.000,
       unit: UI de 8/8 h}
    - {id: profilaxia-qa, kind: qa, question: Qual a dose de heparina profilática?,
       answer: 5000 UI a cada 8 horas}
    - {id: dipirona, kind: limit, subject: Dose de dipirona, value: 500, unit: mg de 6/6 h}
    - {id: dipirona-qa, kind: qa, question: Qual a dose de dipirona?,
       answer: 500 mg quatro vezes ao dia}
    - {id: vanco, kind: limit, subject: Tempo de infusão da vancomicina, value: 60, unit: minutos}
    - {id: vanco-qa, kind: qa, question: Qual o tempo de infusão da vancomicina?, answer: 1 hora}
    - {id: paracetamol, kind: limit, subject: Dose máxima de paracetamol, value: 4, unit: g/dia}
    - {id: paracetamol-qa, kind: qa, question: Qual a dose máxima de paracetamol?,
       answer: 4.000 mg por dia}
    - {id: tramadol, kind: limit, subject: Dose de tramadol, value: 50, unit: mg de 12/12 h}
    - {id: tramadol-qa, kind: qa, question: Qual a dose de tramadol?, answer: 50 mg 3x/dia}
    """


def test_portuguese_dosing_and_time_words_are_read_as_english_ones(tmp_path):
    """'5.000 UI de 8/8 h' / '5000 UI a cada 8 horas' (every 8 hours, written two ways in
    Brazil) were a conflicting-fact error, and '60 minutos' / '1 hora' only a possible
    conflict: no Portuguese word of time or of how often a dose is taken was read."""
    found = check(tmp_path, "pt-BR", HEPARIN)
    assert len(found) == 5, found
    profilaxia, dipirona, vanco, paracetamol, tramadol = found
    assert profilaxia.startswith("error duplicate-fact") and "profilaxia-qa" in profilaxia
    # every 6 hours / four times a day: as many doses on another schedule (probe87)
    assert dipirona.startswith("warning similar-fact: possibly conflicting with dipirona-qa")
    assert vanco.startswith("error duplicate-fact") and "vanco-qa" in vanco
    assert paracetamol.startswith("error duplicate-fact"), paracetamol  # 4 g/dia
    assert tramadol.startswith("error conflicting-fact"), tramadol  # twice / thrice a day


def test_a_conflict_of_a_dot_read_as_thousands_says_so(tmp_path):
    """'1,005–1,030 g/mL' / '1.005 a 1.030 g/mL' conflicted in a pt-BR corpus with no word
    of why: the dot there groups thousands (1005), and the message only showed two
    answers that look alike."""
    cards = """\
        - {id: densidade, kind: limit, subject: Densidade urinária, value: "1,005–1,030",
           unit: g/mL}
        - {id: densidade-qa, kind: qa, question: Qual a densidade urinária?,
           answer: 1.005 a 1.030 g/mL}
        """
    (found,) = check(tmp_path, "pt-BR", cards)
    assert found.startswith("error conflicting-fact"), found
    assert "'1.005' is read as 1005" in found and "write 1,005 for a decimal" in found
    english = check(tmp_path / "en", "en", cards.replace('"1,005–1,030"', "1.005–1.030"))
    assert not any("error" in line for line in english), english  # "1.005" is a decimal
