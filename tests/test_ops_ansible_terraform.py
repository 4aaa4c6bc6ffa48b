"""An Ansible and Terraform corpus as a newcomer writes it: Jinja2 expressions
(``{{ item }}``) in cloze deletions, playbooks pasted into ``code: |`` blocks, HCL.
Each mistake gets the fix to type, and the fix typed is valid."""

from __future__ import annotations

from pathlib import Path

from cheatdeck import pipeline


def corpus(tmp_path: Path, topic: str) -> Path:
    cards = tmp_path / "cards"
    cards.mkdir(exist_ok=True)
    (cards / "corpus.yaml").write_text("name: ops\ntitle: Ops\ndeck: Ops\n", encoding="utf-8")
    (cards / "ansible.yaml").write_text(topic, encoding="utf-8")
    return cards


def report_lines(cards: Path) -> list[str]:
    report = pipeline.check(cards).report
    return [f"{Path(d.file).name}:{d.line}:{d.col}: {d.code}: {d.message}" for d in report.sorted()]


TOPIC = "deck: Ansible\ntitle: Ansible\ncards:\n  - id: loop\n    kind: cloze\n    text: {}\n"


def test_a_jinja_expression_cut_in_a_double_quoted_deletion_gets_the_fix_to_type(tmp_path):
    """In double quotes YAML reads ``\\}`` as an escape: the fix is given with each
    backslash doubled, and typed so it is valid."""
    written = r'"The loop variable is {{c1::`\\{\\{ item }}`}} in a task."'
    found = report_lines(corpus(tmp_path, TOPIC.format(written)))
    assert len(found) == 1 and found[0].startswith("ansible.yaml:6:11: bad-cloze: "), found
    fix = found[0].split(" as \\\\}\\\\}: ")[1].split(" (")[0]
    assert fix == r"{{c1::`\\{\\{ item \\}\\}`}}", found
    typed = written.replace(r"{{c1::`\\{\\{ item }}`}}", fix)
    assert report_lines(corpus(tmp_path, TOPIC.format(typed))) == []
