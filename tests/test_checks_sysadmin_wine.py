"""The fact checks on cards of two domains written after the ninth held-out set: systemd
and journald administration (unit-file settings written with their "=", sizes as
configuration files write them, commands run with sudo) and wine (ageing rules of two
appellations). Each test is a tiny corpus a newcomer could write; each failed before its
fix."""

from __future__ import annotations

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
