"""The checks on corpora of security and cryptography (bits and bytes), cloud quotas
(years and months) and machine learning (counts written "175B", proportions against
percentages), written the way a new user writes them."""

from __future__ import annotations

import pytest
from test_checks_unseen import check

from cheatdeck.checks.quantities import equal_values, parse


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("128 bits", "16 bytes", True),  # a byte is 8 bits
        ("256 bit", "32 B", True),
        ("6 Gb/s", "750 MB/s", True),
        ("128 bits", "128 bytes", False),
        ("1 KB", "1 KiB", False),  # decimal and binary stay apart
        ("12 months", "1 year", True),
        ("6 months", "1 year", False),
        ("110M", "110 million", True),  # a capital M glued to a count: a million
        ("175B", "175 billion", True),  # a capital B glued: a billion, or bytes
        ("512B", "512 bytes", True),
        ("1.5B", "175 billion", False),
        ("1.4 M☉", "1.4 solar masses", True),  # apart from the number: no million
        ("0.1M", "0.1 M", True),  # a molar concentration, glued or not
        ("2M HCl", "2 M HCl", True),
        ("0.1", "10 %", True),  # a proportion is its percentage
        ("0.153", "15.3 %", True),
        ("0.1", "30 %", False),
        ("0.1–0.3", "0.1", False),  # a range is no proportion
        ("5", "500 %", False),  # a whole number is a count, not a proportion
    ],
)
def test_values_in_other_units(a, b, same):
    assert equal_values(parse(a), parse(b)) is same


def test_bits_and_bytes_are_one_fact(tmp_path):
    cards = """
    - {id: block, kind: limit, subject: AES block size, value: 128 bits}
    - {id: block-2, kind: qa, question: What is the block size of AES?, answer: 16 bytes}
    - {id: block-3, kind: limit, subject: Block size of AES, value: 256 bits}
    """
    found = check(tmp_path, {"Crypto": cards})
    assert len(found) == 2, found
    conflict, duplicate = found
    assert "error conflicting-fact" in conflict and "block-3" in conflict, conflict
    assert "error duplicate-fact" in duplicate and "'128 bits' = '16 bytes'" in duplicate


def test_a_count_written_with_m_or_b_is_one_fact(tmp_path):
    cards = """
    - {id: gpt3, kind: limit, subject: Parameters in GPT-3, value: 175 billion}
    - {id: gpt3-2, kind: qa, question: How many parameters does GPT-3 have?, answer: 175B}
    - {id: bert, kind: limit, subject: Parameters in BERT-base, value: 110M}
    - {id: bert-2, kind: limit, subject: BERT-base parameter count, value: 110 million}
    - {id: bert-3, kind: limit, subject: Number of parameters in BERT-base, value: 340M}
    """
    found = check(tmp_path, {"ML": cards})
    assert len(found) == 3, found
    gpt, bert_conflict, bert_same = found
    assert "error conflicting-fact" in bert_conflict and "'340M'" in bert_conflict, found
    assert "error duplicate-fact" in bert_same and "bert-2" in bert_same, bert_same
    assert "error duplicate-fact" in gpt and "'175 billion' = '175B'" in gpt, gpt


def test_a_proportion_and_its_percentage_are_one_fact(tmp_path):
    cards = """
    - {id: dropout, kind: limit, subject: Dropout rate in the original Transformer, value: "0.1"}
    - {id: dropout-2, kind: limit, subject: Dropout rate of the original Transformer, value: 10 %}
    - {id: top5, kind: limit, subject: Top-5 error of AlexNet on ImageNet, value: 15.3 %}
    - {id: top5-2, kind: limit, subject: AlexNet top-5 error on ImageNet, value: "0.17"}
    """
    found = check(tmp_path, {"ML": cards})
    assert len(found) == 2, found
    same, conflict = found
    assert "error duplicate-fact" in same and "'0.1' = '10 %'" in same, same
    assert "error conflicting-fact" in conflict and "'0.17'" in conflict, conflict


def test_units_that_do_not_convert_are_a_possible_conflict_only(tmp_path):
    """A year against seconds: the checks do not know how many days the card meant."""
    cards = """
    - {id: hsts, kind: limit, subject: Minimum HSTS max-age for the preload list, value: 1 year}
    - {id: hsts-2, kind: limit, subject: HSTS preload list minimum max-age, value: 31536000 s}
    - id: hsts-3
      kind: limit
      subject: Minimum max-age for the HSTS preload list
      value: 12 months
    """
    found = check(tmp_path, {"Web": cards})
    assert len(found) == 2, found
    same, unsure = found
    assert "error duplicate-fact" in same and "'1 year' = '12 months'" in same, same
    assert "warning similar-fact: possibly conflicting with hsts-2" in unsure, unsure


def test_a_term_and_the_same_term_with_its_gloss_in_brackets_are_compared(tmp_path):
    """The acronym, or its words, in brackets after the term: one term."""
    cards = """
    - id: hmac
      kind: concept
      term: HMAC
      definition: A message authentication code built from a hash function and a secret key.
    - id: hmac-2
      kind: concept
      term: HMAC (hash-based message authentication code)
      definition: A message authentication code built from a hash function and a secret key.
    - id: sa
      kind: concept
      term: Service account
      definition: An identity an application or VM uses to call Google Cloud APIs.
    - id: sa-2
      kind: concept
      term: Service account (SA)
      definition: The identity that applications and VMs use to call Google Cloud APIs.
    - id: sa-3
      kind: concept
      term: Service account (new)
      definition: A user account made for people who sign in to the console.
    """
    found = check(tmp_path, {"Cloud": cards})
    assert len(found) == 2, found
    hmac, service = found
    assert "similar-fact: nearly the same fact as hmac-2" in hmac, hmac
    assert "warning similar-fact: nearly the same fact as sa-2" in service, service
    assert "sa-3" not in service


def test_generate_and_create_are_one_task(tmp_path):
    cards = """
    - {id: key, kind: command, task: Generate a 4096-bit RSA key, command: ssh-keygen -b 4096}
    - {id: key-2, kind: command, task: Create a 4096-bit RSA key, command: ssh-keygen -b 2048}
    """
    found = check(tmp_path, {"Crypto": cards})
    assert len(found) == 1, found
    assert "similar-fact: possibly conflicting with key-2" in found[0], found


def test_who_wrote_asks_for_the_author(tmp_path):
    cards = """
    - {id: kant, kind: qa, question: Who wrote the Critique of Pure Reason?, answer: Immanuel Kant}
    - {id: kant-2, kind: qa, question: Author of the Critique of Pure Reason, answer: G. Hegel}
    """
    found = check(tmp_path, {"Philosophy": cards})
    assert len(found) == 1, found
    assert "warning similar-fact: possibly conflicting with kant-2" in found[0], found


def test_an_acronym_of_a_hyphenated_word_is_its_words(tmp_path):
    cards = """
    - id: hmac
      kind: concept
      term: HMAC
      definition: A message authentication code built from a hash function and a secret key.
    - id: hmac-2
      kind: concept
      term: Hash-based message authentication code
      definition: A MAC computed from a cryptographic hash function and a secret key.
    - id: wal
      kind: concept
      term: WAL
      definition: The log written before the data files.
    - id: wal-2
      kind: concept
      term: Write-ahead log
      definition: The log that is written before the data files.
    """
    found = check(tmp_path, {"Crypto": cards})
    assert len(found) == 2, found
    assert "hmac-2" in found[0] and "wal-2" in found[1], found


def test_a_newcomers_rate_and_impossible_date_are_named_with_the_fix(tmp_path):
    from test_fact_pairs import check as check_all

    cards = """
    - {id: adam, kind: limit, subject: Default Adam learning rate, value: 1e-3}
    - {id: pubsub, kind: limit, subject: Max Pub/Sub message size, value: 10 MB, as_of: 2026-13-01}
    """
    found = check_all(tmp_path, {"ML": cards})
    assert len(found) == 2, found
    rate, day = found
    assert "missing-unit" in rate and """quote it if it counts nothing""" in rate, rate
    assert 'value: "1e-3"' in rate, rate
    assert "'as_of': 2026-13-01 is no day of the calendar" in day, day
