"""The fact checks on cards of two domains written after the aviation and Docker corpora:
Kubernetes (kubectl, manifests' fields, quantities such as ``256Mi`` and ``500m``) and
pharmacology for nursing (doses in g, mg and mcg, ranges, blood pressure). Each small test
is a tiny corpus a newcomer could write; each failed before its fix. The last runs the two
whole corpora of ``tests/data/unseen_corpora``, with the mistakes planted in them."""

from __future__ import annotations

from conftest import check_cards as check


def test_a_kubernetes_quantity_is_a_binary_data_size(tmp_path):
    """ "100Mi" is 100 MiB as Kubernetes writes it (not 100 miles): the same value written
    twice is a duplicate, and another one conflicts; "5 mi" stays miles."""
    cards = """
    - {id: a, kind: limit, subject: Eviction threshold memory.available, value: 100Mi}
    - {id: b, kind: limit, subject: Eviction threshold memory.available, value: 100 MiB}
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    assert "'100Mi' = '100 MiB'" in found[0], found
    cards = """
    - {id: a, kind: limit, subject: Eviction threshold memory.available, value: 100Mi}
    - {id: b, kind: limit, subject: Eviction threshold memory.available, value: 200 MiB}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
    cards = """
    - {id: a, kind: limit, subject: Trail length, value: 5 mi}
    - {id: b, kind: limit, subject: Trail length, value: 8.05 km}
    """
    found = check(tmp_path / "c", cards)
    assert len(found) == 1 and "duplicate-fact" in found[0], found


def test_a_word_that_stems_like_a_past_form_keeps_its_meaning(tmp_path):
    """ "range" stems to "rang", the past of "ring": a question about a range is no
    question about a ring. "Systolic range for stage 1 hypertension" and "Systolic
    ring ..." ask two things; "Which bell rang?" still asks what "Which bell ring?"
    does (the past form written as such is its verb)."""
    from cheatdeck.checks.normalize import content_words, fold

    assert "ring" not in content_words(fold("Systolic range for stage 1 hypertension?"))
    assert "ring" not in content_words(fold("How many spokes does the wheel have?"))
    assert content_words(fold("The bell rang")) == content_words(fold("The bell ring"))
    cards = """
    - {id: a, kind: qa, question: Normal range of the Hohner harmonica?, answer: 3 octaves}
    - {id: b, kind: qa, question: Normal ring of the Hohner harmonica?, answer: 2 octaves}
    """
    assert check(tmp_path / "a", cards) == []


def test_daily_is_per_day(tmp_path):
    """ "Paracetamol max daily dose" asks what "Paracetamol maximum dose per day" asks:
    another value conflicts, the same one in mg is a duplicate; "annual" is "per year".
    A word after "per" keeps its side: "doses per day" is not "days per dose"."""
    cards = """
    - {id: a, kind: limit, subject: Paracetamol max daily dose (adult), value: 4 g}
    - {id: b, kind: limit, subject: Paracetamol maximum dose per day (adult), value: 3 g}
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
    cards = """
    - {id: a, kind: limit, subject: Annual ISA allowance, value: GBP 20000}
    - {id: b, kind: limit, subject: ISA allowance per year, value: "£20,000"}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    cards = """
    - {id: a, kind: limit, subject: Max doses per day, value: "4"}
    - {id: b, kind: limit, subject: Max days per dose, value: "3"}
    """
    assert check(tmp_path / "c", cards) == []


def test_a_setting_named_with_its_unit_gives_a_bare_number_that_unit(tmp_path):
    """A table of probe defaults writes ``periodSeconds`` 10 with no unit: its name says
    seconds, so a limit "Default probe periodSeconds" of 5 s conflicts, and 10 s is the
    same fact. A name whose last part is no unit (``failureThreshold``) or two settings
    of two units keep the bare number."""
    table = """
    - id: t
      kind: table
      title: Probe defaults
      row_header: Field
      columns: [Default]
      rows:
        periodSeconds: ["10"]
        failureThreshold: ["3"]
    """
    found = check(
        tmp_path / "a",
        table + "- {id: a, kind: limit, subject: Default probe periodSeconds, value: 5 s}",
    )
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
    found = check(
        tmp_path / "b",
        table + "- {id: a, kind: qa, question: Default probe periodSeconds?, answer: 10 seconds}",
    )
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    cards = """
    - {id: a, kind: limit, subject: Default query timeout_ms, value: "500"}
    - {id: b, kind: limit, subject: Default query timeout_ms, value: 0.5 s}
    """
    found = check(tmp_path / "c", cards)
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_a_request_and_a_limit_are_two_values(tmp_path):
    """ "CPU request of the web container" and "CPU limit of the web container" name two
    values of one container (a template's slot: request / limit), not one reworded;
    "limit" is a generic word elsewhere ("Connection limit"). The same subject written
    twice with two values still conflicts."""
    cards = """
    - {id: a, kind: limit, subject: CPU request of the web container, value: 250m}
    - {id: b, kind: limit, subject: CPU limit of the web container, value: 500m}
    - {id: c, kind: limit, subject: Memory request of the web container, value: 128Mi}
    - {id: d, kind: limit, subject: Memory limit of the web container, value: 256Mi}
    """
    assert check(tmp_path / "a", cards) == []
    cards = """
    - {id: a, kind: limit, subject: Memory limit of the web container, value: 256Mi}
    - {id: b, kind: limit, subject: Memory limit for the web container, value: 512Mi}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
