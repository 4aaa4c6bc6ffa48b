"""The fact checks on cards of two domains written after the ninth held-out set: systemd
and journald administration (unit-file settings written with their "=", sizes as
configuration files write them, commands run with sudo) and wine (ageing rules of two
appellations). Each test is a tiny corpus a newcomer could write; each failed before its
fix. The last runs the two whole corpora of ``tests/data/unseen_corpora``, with the
mistakes planted in them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import check_cards as check


def test_a_setting_named_with_its_equals_sign_is_the_setting(tmp_path):
    """ "KillMode=" in one prompt and "KillMode" in another name one setting: another
    answer conflicts, the same answer reworded is found."""
    cards = """
    - {id: a, kind: qa, question: Default KillMode=?, answer: control-group}
    - {id: b, kind: qa, question: Default KillMode?, answer: mixed}
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
    cards = """
    - {id: a, kind: limit, subject: RestartSec= default, value: 100 ms}
    - {id: b, kind: limit, subject: Default RestartSec, value: 1 s}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "error conflicting-fact" in found[0], found
    cards = """
    - {id: a, kind: qa, question: Default KillMode=?, answer: control-group}
    - {id: b, kind: qa, question: What is the default value of KillMode?, answer: control-group}
    """
    found = check(tmp_path / "c", cards)
    assert len(found) == 1 and "similar-fact: nearly the same fact as b" in found[0], found


def test_an_equals_sign_that_is_an_operator_or_a_value_is_kept(tmp_path):
    """ "x=5", "a == b" and "+=" are no setting's name: two such prompts stay apart."""
    cards = """
    - {id: a, kind: qa, question: What does `+=` do in Python?, answer: adds in place}
    - {id: b, kind: qa, question: What does `+` do in Python?, answer: adds}
    """
    assert check(tmp_path, cards) == []


def test_a_size_written_with_a_glued_capital_g_is_no_mass(tmp_path):
    """ "4G" (as journald.conf and -Xmx4G write it) is four gigabytes, not four grams: the
    same default written "4 GB" is one fact, not a conflicting-fact error."""
    cards = """
    - {id: a, kind: limit, subject: journald SystemMaxUse default,
       value: "10% of the filesystem, capped at 4 GB"}
    - {id: b, kind: limit, subject: journald SystemMaxUse default,
       value: "10% of filesystem size, max 4G"}
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 1 and "error duplicate-fact" in found[0], found
    cards = """
    - {id: a, kind: limit, subject: Salt in the dough, value: 4g}
    - {id: b, kind: limit, subject: Salt in the dough, value: 4 grams}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "error duplicate-fact" in found[0], found


def test_one_value_of_two_named_subjects_is_no_conversion(tmp_path):
    """Brunello and Rioja Gran Reserva both age five years: 60 months is 5 years
    converted, yet each prompt names its own wine, so they are two facts. The same
    subject in two units is still found."""
    cards = """
    - {id: a, kind: limit, subject: Brunello di Montalcino minimum ageing before release,
       value: 5 years}
    - {id: b, kind: limit, subject: "Rioja Gran Reserva, minimum total ageing", value: 60 months}
    """
    assert check(tmp_path / "a", cards) == []
    cards = """
    - {id: a, kind: limit, subject: Brunello di Montalcino minimum ageing before release,
       value: 5 years}
    - {id: b, kind: limit, subject: "Brunello di Montalcino, minimum total ageing",
       value: 60 months}
    """
    found = check(tmp_path / "b", cards)
    assert len(found) == 1 and "warning similar-fact" in found[0], found


def test_one_command_run_with_and_without_sudo_is_found(tmp_path):
    """ "sudo systemctl daemon-reload" under one task and "systemctl daemon-reload" under
    another: a warning (running it as root may be the point of a card), never an error;
    "sudo -u postgres psql" runs as another user and "sudo !!" is the sudo itself."""
    cards = """
    - {id: a, kind: command, task: Make systemd re-read unit files,
       command: sudo systemctl daemon-reload}
    - {id: b, kind: command, task: Reload unit files after changing them,
       command: systemctl daemon-reload}
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 1, found
    assert found[0].startswith("warning similar-fact: the same command as b"), found
    assert "one run with sudo" in found[0] and "allow: [b]" in found[0], found
    cards = """
    - {id: a, kind: command, task: Open psql as the postgres user, command: sudo -u postgres psql}
    - {id: b, kind: command, task: Open the Postgres shell, command: psql}
    - {id: c, kind: command, task: Run the last command as root, command: sudo !!}
    - {id: d, kind: command, task: Run the last command again, command: "!!"}
    """
    assert check(tmp_path / "b", cards) == []


def test_a_setting_named_alone_meets_its_table_row(tmp_path):
    """A limit whose subject is one setting's name ("DefaultStartLimitBurst") and a
    table row of that name under a column "Default" measure one thing: another value
    conflicts, the same value is a duplicate. A plain word alone ("Timeout") still
    names nothing."""
    cards = """
    - {id: a, kind: limit, subject: DefaultStartLimitBurst, value: 5 starts}
    - {id: b, kind: limit, subject: DefaultStartLimitIntervalSec, value: 10 s}
    - id: t
      kind: table
      title: Start rate limiting defaults
      row_header: Setting
      columns: [Default]
      rows:
        DefaultStartLimitIntervalSec: [10 s]
        DefaultStartLimitBurst: ["3"]
    """
    found = check(tmp_path / "a", cards)
    assert len(found) == 2, found
    assert "error conflicting-fact" in found[0] and "'5 starts' here, '3' there" in found[0]
    assert "error duplicate-fact" in found[1], found
    cards = """
    - {id: a, kind: limit, subject: Timeout, value: 5 s}
    - id: t
      kind: table
      title: Lambda limits
      columns: [Default]
      rows:
        Timeout: [3 s]
    """
    assert check(tmp_path / "b", cards) == []


CORPORA = Path(__file__).parent / "data" / "unseen_corpora"
#: The mistakes planted in the two corpora of tests/data/unseen_corpora: each planted
#: card (id ``pNN-…`` or ``wNN-…``), the card it repeats or contradicts and which.
PLANTED = {
    "sysadmin": {
        "p01-daemon-reload": {"sc-reload-daemon": "duplicate"},
        "p02-start-timeout": {"u-timeout-start": "conflicting"},
        "p03-stop-wait": {"u-timeout-stop": "duplicate"},
        "p04-restartsec-1s": {"u-restartsec": "conflicting"},
        "p06-startlimit-table": {
            "u-startlimit-burst": "conflicting",
            "u-startlimit-interval": "duplicate",
        },
        "p07-tail-journal": {"j-follow": "duplicate"},
        "p09-lines-20": {"j-lines-default": "conflicting"},
        "p10-killmode": {"u-killmode": "duplicate"},
        "p11-restart-policy": {"u-restart-default": "conflicting"},
        "p12-systemmaxuse": {"j-systemmaxuse": "duplicate"},
        "p13-runlevel5": {"b-runlevels": "duplicate"},
        "p14-runlevel3": {"b-runlevels": "conflicting"},
        "p15-accuracy": {"t-accuracy": "duplicate"},
        "p16-err-number": {"j-priorities": "conflicting"},
        "p18-nofile-hard": {"u-nofile-hard": "conflicting"},
    },
    "wine": {
        "w01-sauternes-f": {"s-sauternes": "duplicate"},
        "w02-sauternes-12": {"s-sauternes": "conflicting"},
        "w03-shiraz-france": {"g-syrah": "duplicate"},
        "w04-reserva-oak": {"m-rioja-ageing": "conflicting"},
        "w05-gran-reserva": {"m-rioja-ageing": "duplicate"},
        "w06-barolo": {"r-docg-piedmont": "conflicting"},
        "w07-brunello-words": {"m-brunello-release": "duplicate"},
        "w08-nv-lees": {"m-champagne-nv": "conflicting"},
        "w09-brut": {"m-dosage": "duplicate"},
        "w10-extra-dry": {"m-dosage": "conflicting"},
        "w11-magnum": {"s-bottle-sizes": "duplicate"},
        "w12-jeroboam": {"s-bottle-sizes": "conflicting"},
        "w14-storage-f": {"s-cellar-temp": "duplicate"},
        "w18-first-growths": {"r-1855-count": "duplicate"},
        "w19-pour-oz": {"s-glass-pour": "duplicate"},
        "w20-port-abv": {"m-port-abv": "conflicting"},
    },
}
#: What the checks find of them today: (severity code, planted card, its partner).
FOUND = {
    "sysadmin": {
        ("warning similar-fact", "p01-daemon-reload", "sc-reload-daemon"),
        ("error conflicting-fact", "p04-restartsec-1s", "u-restartsec"),
        ("error conflicting-fact", "p06-startlimit-table", "u-startlimit-burst"),
        ("error duplicate-fact", "p06-startlimit-table", "u-startlimit-interval"),
        ("error duplicate-fact", "p07-tail-journal", "j-follow"),
        ("warning similar-fact", "p10-killmode", "u-killmode"),
        ("error duplicate-fact", "p12-systemmaxuse", "j-systemmaxuse"),
        ("warning similar-fact", "p15-accuracy", "t-accuracy"),
        ("warning similar-fact", "p18-nofile-hard", "u-nofile-hard"),
    },
    "wine": {
        ("error duplicate-fact", "w01-sauternes-f", "s-sauternes"),
        ("error conflicting-fact", "w02-sauternes-12", "s-sauternes"),
        ("warning similar-fact", "w07-brunello-words", "m-brunello-release"),
        ("warning similar-fact", "w08-nv-lees", "m-champagne-nv"),
        ("error duplicate-fact", "w09-brut", "m-dosage"),
        ("warning similar-fact", "w18-first-growths", "r-1855-count"),
        ("warning similar-fact", "w19-pour-oz", "s-glass-pour"),
    },
}


#: A planted card found beside a card it does not repeat: "Barolo minimum ageing" (3
#: years) and "Barolo Riserva minimum ageing" (62 months), as the README says of a
#: prompt that adds a capitalised word. A warning, silenced with ``allow``.
LOOKALIKE = {("w06-barolo", "m-barolo-riserva")}


def _cards_by_line(folder: Path) -> dict[str, list[tuple[int, str]]]:
    """Each topic file's cards as (first line, id), by the file's resolved path."""
    found = {}
    for path in folder.glob("*.yaml"):
        lines = enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        found[str(path.resolve())] = [
            (number, text.split(":", 1)[1].strip())
            for number, text in lines
            if text.startswith("  - id: ")
        ]
    return found


def _findings(name: str) -> set[tuple[str, str, str]]:
    """(severity code, card, other card) of every fact finding of a corpus, both ways."""
    from cheatdeck import pipeline

    folder = CORPORA / name
    cards = _cards_by_line(folder)
    ids = {card for starts in cards.values() for _, card in starts}
    found = set()
    for d in pipeline.check(folder).report.sorted():
        starts = cards[str(Path(d.file).resolve())]
        card = [card for first, card in starts if first <= d.line][-1]
        for other in ids:
            if re.search(rf"\b{re.escape(other)} at ", d.message):
                found.add((f"{d.severity} {d.code}", card, other))
                found.add((f"{d.severity} {d.code}", other, card))
    return found


def judge_planted(found, planted: dict, expected: set, lookalike: set) -> None:
    """Every error of ``found`` is on a planted card and its real partner, with the right
    code; every warning on a planted card is on its partner or a known look-alike; no
    finding joins two cards written right; what is ``expected`` is found."""
    codes = {"duplicate": "error duplicate-fact", "conflicting": "error conflicting-fact"}
    for code, card, other in found:
        assert card in planted or other in planted, (code, card, other)
        if code.startswith("error") and card in planted:
            assert codes[planted[card].get(other, "")] == code, (code, card, other)
        elif card in planted:  # a warning: on the card's partner, or a known look-alike
            assert other in planted[card] or (card, other) in lookalike, (code, card, other)
    assert expected <= found, expected - found


@pytest.mark.parametrize("name", ["sysadmin", "wine"])
def test_mistakes_planted_in_unseen_corpora(name):
    """Two corpora written the way people write (systemd; wine), each with about 15
    mistakes a user makes over months. Every error is on a planted card and its real
    partner, and says what the mistake is; no finding joins two cards that were written
    right (the one that looked alike, ``journalctl -b`` / ``--list-boots``, is silenced
    with ``allow``); what is found today stays found."""
    judge_planted(_findings(name), PLANTED[name], FOUND[name], LOOKALIKE)
