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


PLAYBOOK = (
    "deck: Ansible\ntitle: Ansible\ncards:\n"
    "  - id: playbook\n    kind: snippet\n    title: A minimal playbook\n"
    "    lang: yaml\n    code: |\n"
)


def test_a_playbook_pasted_at_the_blocks_key_column_is_told_to_indent_the_block(tmp_path):
    """A playbook pasted under ``code: |`` at the column of ``code`` itself: its ``- hosts:``
    was told to go under the cards' '-' (2 spaces), which would make it a new card."""
    topic = PLAYBOOK + "    - hosts: all\n      become: true\n"
    assert report_lines(corpus(tmp_path, topic)) == [
        "ansible.yaml:9:5: yaml-syntax: the lines under 'code: |' must be indented more than "
        "'code': indent them 6 spaces"
    ]
    fixed = PLAYBOOK + "      - hosts: all\n        become: true\n"
    assert report_lines(corpus(tmp_path, fixed)) == []


def test_a_play_item_dedented_inside_a_pasted_playbook_gets_the_blocks_indent(tmp_path):
    """``- name: ping`` written 4 spaces in, less than the block's 6: YAML ends the block
    there. It was told to go under the cards' '-' as well."""
    topic = PLAYBOOK + "      - hosts: all\n        tasks:\n    - name: ping\n      ping:\n"
    assert report_lines(corpus(tmp_path, topic)) == [
        "ansible.yaml:11:5: yaml-syntax: '- name: ping' is indented 4 spaces, less than the "
        "first line of 'code: |' above (6), which ends the block there: indent it 6 spaces or "
        "more, like the block's first line"
    ]


def test_a_play_key_dedented_after_a_pasted_block_is_told_it_ended_the_block(tmp_path):
    """``tasks:`` pasted at the card fields' indentation ends the ``code: |`` block and
    reads as a field: it was told "did you mean 'tags'?" only. Indented as the message
    says, the playbook is one snippet."""
    play = "      - hosts: all\n        become: true\n{}tasks:\n{}  - name: x\n{}    ping:\n"
    found = report_lines(corpus(tmp_path, PLAYBOOK + play.format(*["    "] * 3)))
    assert found == [
        "ansible.yaml:11:5: unknown-field: 'tasks' after the lines of 'code: |' ends that "
        "block, as YAML reads it, and is no field of a snippet card: if it belongs to the "
        "block, indent it and the lines under it 6 spaces or more, like the block's first "
        "line (did you mean 'tags'?)"
    ], found
    assert report_lines(corpus(tmp_path, PLAYBOOK + play.format(*["        "] * 3))) == []


def test_a_playbook_pasted_without_the_block_sign_is_told_to_write_it(tmp_path):
    """``code:`` without ``|`` over a pasted playbook: YAML reads a list, and the error
    said only "'code' must be text, not a list". With the '|' it gives, it is code."""
    play = "      - hosts: all\n        become: true\n"
    topic = PLAYBOOK.replace("code: |", "code:") + play
    assert report_lines(corpus(tmp_path, topic)) == [
        "ansible.yaml:9:7: wrong-type: 'code' must be text, not a list: YAML reads the lines "
        "under 'code:' as a list; to keep them as text, write 'code: |'"
    ]
    assert report_lines(corpus(tmp_path, PLAYBOOK + play)) == []
    # at the column of 'code' itself, the lines need indenting too
    flush = PLAYBOOK.replace("code: |", "code:") + "    - hosts: all\n      become: true\n"
    assert report_lines(corpus(tmp_path, flush)) == [
        "ansible.yaml:9:5: wrong-type: 'code' must be text, not a list: YAML reads the lines "
        "under 'code:' as a list; to keep them as text, write 'code: |' and indent the "
        "lines under it 6 spaces"
    ]


TERRAFORM = (
    "deck: Terraform\ntitle: Terraform\ncards:\n"
    "  - id: plan-out\n    kind: command\n    task: Save a plan to a file\n"
    "    command: terraform plan -out=tfplan\n"
    "  - id: plan-out-again\n    kind: command\n    task: Write the plan for a later apply\n"
    "    command: terraform plan -out {}\n"
)


def test_one_command_with_an_options_value_after_equals_or_a_blank_is_named(tmp_path):
    """``terraform plan -out=tfplan`` / ``terraform plan -out tfplan`` under two tasks
    (Go's flags, getopt's long options and kubectl read both) passed unnoticed, while
    ``make -j4`` / ``make -j 4`` were named. Another value is another command."""
    found = report_lines(corpus(tmp_path, TERRAFORM.format("tfplan")))
    assert len(found) == 1, found
    assert found[0].startswith("ansible.yaml:6:11: similar-fact: the same command as "), found
    assert found[0].endswith(
        "ansible.yaml:10, one with an option's value after '=' (-out=tfplan / -out tfplan): "
        "keep one card, unless the option reads its value only after '=', or add "
        "'allow: [plan-out-again]' if both are needed"
    ), found
    assert report_lines(corpus(tmp_path, TERRAFORM.format("other.tfplan"))) == []


def test_a_bad_escape_in_a_value_holding_single_quotes_gets_the_line_to_type(tmp_path):
    """``"… regex_replace('\\d+', 'N') …"``: single quotes, the usual fix, would end at
    the first ``'``; the message said to choose a fix. It gives the line with the
    backslash doubled, which is valid as typed."""
    card = (
        "deck: Ansible\ntitle: Ansible\ncards:\n  - id: re\n    kind: qa\n"
        "    question: \"What does `regex_replace('\\d+', 'N')` do?\"\n"
        "    answer: It replaces each run of digits with N.\n"
    )
    found = report_lines(corpus(tmp_path, card))
    assert len(found) == 1 and found[0].startswith("ansible.yaml:6:"), found
    typed = "question: \"What does `regex_replace('\\\\d+', 'N')` do?\""
    assert found[0].endswith("write each backslash as \\\\: " + typed), found
    assert report_lines(corpus(tmp_path, card.replace(card.split("\n")[5].strip(), typed))) == []


def test_a_jinja_term_or_row_label_unquoted_is_told_to_quote_it(tmp_path):
    """``- {{ item }}: the loop variable`` (a list item's term) and a table row label
    ``{{ item }}: [...]``: YAML reads '{' as a mapping used as a key. The error said "a
    key must be plain text", and for the item also "0 terms here under one '- '"."""
    items = (
        "deck: Ansible\ntitle: Ansible\ncards:\n  - id: magic\n    kind: list\n"
        "    title: Magic variables\n    items:\n      - {{ item }}: the loop variable\n"
        "      - inventory_hostname: the host's name\n"
    )
    assert report_lines(corpus(tmp_path, items)) == [
        "ansible.yaml:8:9: wrong-type: '{{ item }}' is a YAML mapping, and a key must be text: "
        'to write it as text, quote it: - "{{ item }}": the loop variable'
    ]
    fixed = items.replace("{{ item }}: the", '"{{ item }}": the')
    assert report_lines(corpus(tmp_path, fixed)) == []
    rows = (
        "deck: Ansible\ntitle: Ansible\ncards:\n  - id: magic\n    kind: table\n"
        "    title: Magic variables\n    row_header: Variable\n    columns: [Holds]\n"
        "    rows:\n      {{ item }}: [the loop variable]\n      groups: [every group]\n"
    )
    assert report_lines(corpus(tmp_path, rows)) == [
        "ansible.yaml:10:7: wrong-type: '{{ item }}' is a YAML mapping, and a key must be text: "
        'to write it as text, quote it: "{{ item }}": [the loop variable]'
    ]
    fixed = rows.replace("{{ item }}: [", '"{{ item }}": [')
    assert report_lines(corpus(tmp_path, fixed)) == []
