"""An operations corpus as a newcomer writes it (Dockerfiles, unit files, nginx blocks,
shell one-liners): the mistakes made while writing it get the line to type, and the
sheet shows the code as the shell reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cheatdeck import pipeline

SNIPPET = (
    "deck: Docker\ntitle: Docker\ncards:\n"
    "  - id: healthcheck\n    kind: snippet\n    title: HEALTHCHECK with curl\n"
    "    lang: docker\n    code: |\n"
    "      HEALTHCHECK --interval=30s --retries=3 \\\n"
)


def corpus(tmp_path: Path, topic: str) -> Path:
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: ops\ntitle: Ops\ndeck: Ops\n", encoding="utf-8")
    (cards / "docker.yaml").write_text(topic, encoding="utf-8")
    return cards


def report_lines(cards: Path) -> list[str]:
    report = pipeline.check(cards).report
    return [f"{Path(d.file).name}:{d.line}:{d.col}: {d.code}: {d.message}" for d in report.sorted()]


@pytest.mark.parametrize("indent", [4, 5, 2])
def test_a_code_line_indented_less_than_the_blocks_first_line_gets_its_indent(tmp_path, indent):
    """The second line of ``code: |`` written with fewer spaces than the first ends the
    block: YAML then reads ``CMD curl …`` as a key. The fix is the block's indentation,
    not the ':' the parser missed ("write CMD: curl …" made a field of the code)."""
    topic = SNIPPET + " " * indent + "CMD curl -fsS http://localhost/healthz || exit 1\n"
    assert report_lines(corpus(tmp_path, topic)) == [
        f"docker.yaml:10:{indent + 1}: yaml-syntax: 'CMD curl -fsS http://localhost/healthz "
        f"|| exit 1' is indented {indent} spaces, less than the first line of 'code: |' "
        "above (6), which ends the block there: indent it 6 spaces or more, like the "
        "block's first line"
    ]


def test_a_field_that_misses_its_colon_after_a_block_is_still_told_to_take_one(tmp_path):
    topic = SNIPPET + "    note Runs in the container\n"
    assert report_lines(corpus(tmp_path, topic)) == [
        "docker.yaml:10:5: yaml-syntax: 'note Runs in the container' has no ':' after its "
        "key: write note: Runs in the container"
    ]


COMPOSE = (
    "deck: Docker\ntitle: Docker\ncards:\n"
    "  - id: compose\n    kind: snippet\n    title: Compose\n    lang: yaml\n    code: |\n"
    "      services:\n        db:\n{line}\n          volumes: [db:/data]\n"
)


@pytest.mark.parametrize("line", ["    image: postgres:16", "    # the database"])
def test_a_code_line_that_reads_as_a_key_is_named_not_the_code_after_it(tmp_path, line):
    """YAML inside YAML: a line of the code indented like the card's fields reads as a
    key (or a comment) and the code after it is the error. The message named that next
    line, and 'indent it like the card's other fields' (4 spaces) or like 'db', a key of
    the code: the fix is the line that left the block."""
    topic = COMPOSE.format(line=line)
    assert report_lines(corpus(tmp_path, topic)) == [
        f"docker.yaml:11:5: yaml-syntax: '{line.strip()}' is indented 4 spaces, less than "
        "the first line of 'code: |' above (6), which ends the block there: indent it "
        "6 spaces or more, like the block's first line"
    ]


def test_a_field_indented_wrong_after_a_block_is_told_to_line_up_with_the_fields(tmp_path):
    topic = SNIPPET + "    note: runs in the container\n      tags: [docker]\n"
    assert report_lines(corpus(tmp_path, topic)) == [
        "docker.yaml:11:7: yaml-syntax: 'tags' is indented 6 spaces and 'note' above it 4: "
        "indent 'tags' like the card's other fields (4 spaces)"
    ]


@pytest.mark.parametrize(
    "lang, meant",
    [
        ("nginxconf", "nginx"),  # was 'unixconfig'
        ("nginx.conf", "nginx"),  # the file's name, as Pygments knows it
        ("nginx-conf", "nginx"),  # was 'linux-config'
        ("service", "systemd"),  # a unit file's extension; was no hint
        ("timer", "systemd"),
        ("pyhton", "python"),  # a typo still gets the closest spelling
    ],
)
def test_a_lang_written_as_its_files_are_named_gets_the_lexer_of_those_files(tmp_path, lang, meant):
    topic = (
        "deck: nginx\ntitle: nginx\ncards:\n  - id: reload\n    kind: command\n"
        f"    task: Reload nginx\n    command: nginx -s reload\n    lang: {lang}\n"
    )
    assert report_lines(corpus(tmp_path, topic)) == [
        f"docker.yaml:8:11: unknown-lang: lang '{lang}' is not a language Pygments knows: "
        f"did you mean '{meant}'? see `pygmentize -L lexers` (e.g. bash, python, sql, psql, "
        "json, yaml, text)"
    ]
