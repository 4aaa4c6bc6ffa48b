"""The loader reports every load and schema problem at the right file and line, never raising."""

from __future__ import annotations

import pickle
import textwrap
from pathlib import Path

import pytest
import yaml

from cheatdeck.load import load_corpus

CORPUS = "name: t\ntitle: T\ndeck: D\n"


def write_corpus(root: Path, files: dict[str, str | bytes], corpus: str = CORPUS) -> Path:
    cards = root / "cards"
    cards.mkdir(parents=True, exist_ok=True)
    (cards / "corpus.yaml").write_text(corpus, encoding="utf-8")
    for name, content in files.items():
        path = cards / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return cards


def topic(cards_yaml: str) -> str:
    return "deck: X\ntitle: X\ncards:\n" + textwrap.dedent(cards_yaml).strip("\n") + "\n"


def codes_at(tmp_path: Path, files: dict, corpus: str = CORPUS) -> list[tuple[str, str, int]]:
    cards = write_corpus(tmp_path, files, corpus)
    result = load_corpus(cards, cwd=tmp_path)
    return [(d.code, d.file, d.line) for d in result.diagnostics]


# one case per code: (files, expected code, file, line)
CASES = {
    "yaml-syntax": ({"a.yaml": "deck: X\ntitle: [unclosed\ncards: []\n"}, "a.yaml", 2),
    "yaml-syntax-tab": ({"a.yaml": "deck: X\ntitle: X\ncards:\n\t- id: a\n"}, "a.yaml", 4),
    "encoding": ({"a.yaml": b"deck: X\ntitle: caf\xe9\ncards: []\n"}, "a.yaml", 2),
    "unsafe-yaml": (
        {"a.yaml": "deck: X\ntitle: !!python/object/apply:os.system ['echo hi']\ncards: []\n"},
        "a.yaml",
        2,
    ),
    "duplicate-key": (
        {
            "a.yaml": topic(
                "  - id: a\n    kind: qa\n    question: Q\n    question: Q2\n    answer: A\n"
            )
        },
        "a.yaml",
        7,
    ),
    "unknown-field": (
        {"a.yaml": topic("  - id: a\n    kind: concept\n    term: T\n    defintion: D\n")},
        "a.yaml",
        7,
    ),
    "missing-field": (
        {"a.yaml": topic("  - id: a\n    kind: concept\n    term: T\n")},
        "a.yaml",
        4,
    ),
    "wrong-type": (
        {"a.yaml": topic("  - id: a\n    kind: qa\n    question: [a, b]\n    answer: A\n")},
        "a.yaml",
        6,
    ),
    "unknown-kind": ({"a.yaml": topic("  - id: a\n    kind: fact\n    term: T\n")}, "a.yaml", 5),
    "bad-id": (
        {"a.yaml": topic("  - id: Bad_Id\n    kind: qa\n    question: Q\n    answer: A\n")},
        "a.yaml",
        4,
    ),
    "duplicate-id": (
        {
            "a.yaml": topic("  - id: a\n    kind: qa\n    question: Q\n    answer: A\n"),
            "b.yaml": topic("  - id: a\n    kind: qa\n    question: Q2\n    answer: A2\n"),
        },
        "b.yaml",
        4,
    ),
    "empty-field": (
        {"a.yaml": topic("  - id: a\n    kind: qa\n    question: '  '\n    answer: A\n")},
        "a.yaml",
        6,
    ),
    "table-shape": (
        {
            "a.yaml": topic(
                "  - id: t\n    kind: table\n    title: T\n    columns: [A, B]\n"
                "    rows:\n      r1: [x, y]\n      r2: [x]\n"
            )
        },
        "a.yaml",
        10,
    ),
    "empty-cell": (
        {
            "a.yaml": topic(
                "  - id: t\n    kind: table\n    title: T\n    columns: [A, B]\n"
                "    rows:\n      r1: [x, '']\n"
            )
        },
        "a.yaml",
        9,
    ),
    "no-cards": ({"a.yaml": "deck: X\ntitle: X\ncards: []\n"}, "a.yaml", 3),
    "bad-cloze": (
        {"a.yaml": topic("  - id: c\n    kind: cloze\n    text: No {{c1:colon}} here\n")},
        "a.yaml",
        6,
    ),
    "missing-unit": (
        {"a.yaml": topic("  - id: l\n    kind: limit\n    subject: Timeout\n    value: 15\n")},
        "a.yaml",
        7,
    ),
    "missing-media": (
        {
            "a.yaml": topic(
                "  - id: a\n    kind: qa\n    question: Q\n    answer: A\n    image: nope.png\n"
            )
        },
        "a.yaml",
        8,
    ),
    "missing-media-outside": (
        {
            "a.yaml": topic(
                "  - id: a\n    kind: qa\n    question: Q\n    answer: A\n"
                "    image: ../../etc/passwd\n"
            )
        },
        "a.yaml",
        8,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_code_is_reported_at_its_line(tmp_path, case):
    files, file, line = CASES[case]
    code = case.removesuffix("-tab").removesuffix("-outside")
    found = codes_at(tmp_path, files)
    assert (code, f"cards/{file}", line) in found, found


def test_unknown_field_suggests_the_nearest_key(tmp_path):
    cards = write_corpus(tmp_path, CASES["unknown-field"][0])
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert "did you mean 'definition'?" in diag.message
    assert "valid keys" not in diag.message  # a typo: the one key is enough
    assert (diag.line, diag.col) == (7, 3)


def test_a_field_only_half_like_a_valid_one_also_gets_the_valid_keys(tmp_path):
    """'port: 22' on a qa card was told only "did you mean 'priority'?": no typo of it,
    so the valid keys follow the guess."""
    card = '- id: a\n  kind: qa\n  question: Q?\n  answer: "22"\n  port: 22\n'
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)})
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert diag.message.endswith(
        "did you mean 'priority'? valid keys: id, kind, tags, source, note, image, sheet, "
        "anki, allow, priority, group, renamed_from, guid, as_of, question, answer, fact, "
        "reverse"
    ), diag.message


def test_unknown_kind_lists_the_kinds(tmp_path):
    cards = write_corpus(tmp_path, CASES["unknown-kind"][0])
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    for kind in ("concept", "qa", "command", "limit", "table", "cloze", "snippet", "list"):
        assert kind in diag.message


@pytest.mark.parametrize(
    ("kind", "fields", "fix"),
    [
        ("code", "  title: T\n  lang: rust\n  code: fn main() {}\n", "write kind: snippet"),
        ("Command", "  task: T\n  command: ls\n", "did you mean 'command'?"),
        ("clozed", "  text: '{{c1::a}}'\n", "did you mean 'cloze'?"),
        # what other tools call a kind, with fields no kind has: the kind to write
        ("question", "  q: Why?\n  a: Because.\n", "did you mean 'qa'?"),
        ("Flashcard", "  front: Why?\n  back: Because.\n", "did you mean 'qa'?"),
        ("term", "  word: X\n  meaning: Y\n", "did you mean 'concept'?"),
        ("code", "  source: fn main() {}\n", "did you mean 'snippet'?"),
    ],
)
def test_an_unknown_kind_gets_the_kind_its_fields_are(tmp_path, kind, fields, fix):
    """'kind: code' on a card with a title and code is a snippet, not the 'cloze' its
    name is nearest to; a name near a kind whose fields the card has is still that kind."""
    card = f"- id: a\n  kind: {kind}\n{fields}"
    (diag,) = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert diag.code == "unknown-kind" and fix in diag.message, diag.message


def test_a_bad_id_gets_the_id_to_write(tmp_path):
    cards = write_corpus(tmp_path, CASES["bad-id"][0])
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert diag.message.endswith(": write 'bad-id'")


@pytest.mark.parametrize("card_id", ["café", "山"])
def test_a_bad_id_of_letters_outside_a_to_z_says_which_letters(tmp_path, card_id):
    """ "id 'café' must be lower-case letters" was untrue: é is a lower-case letter."""
    card = f"  - id: {card_id}\n    kind: qa\n    question: Q\n    answer: A\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)})
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert diag.code == "bad-id" and "must be lower-case letters a-z," in diag.message


@pytest.mark.parametrize(
    ("card_id", "fix"),
    [
        ("königin", "konigin"),
        ("Crème-Brûlée", "creme-brulee"),
        ("Straße", "strasse"),
        ("tr-kız", "tr-kiz"),
        ("Iğdır", "igdir"),
        ("smørbrød", "smorbrod"),
        ("łódź", "lodz"),
    ],
)
def test_a_bad_id_with_accents_gets_them_left_out_not_a_hyphen(tmp_path, card_id, fix):
    """'königin' suggested 'k-nigin': the letter went, not its accent; 'tr-kız' suggested
    'tr-kz' and 'smørbrød' 'smrbrd': a letter with no accent to leave out went whole."""
    card = f"- id: {card_id}\n  kind: qa\n  question: Q?\n  answer: A\n"
    (diag,) = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert diag.code == "bad-id" and diag.message.endswith(f": write '{fix}'"), diag.message


def test_a_plain_list_item_without_the_space_after_its_dash_says_so(tmp_path):
    """'-Roof' under '- Crown board' was "'Roof' has no ':' after its key: write Roof: …"."""
    card = "- id: parts\n  kind: list\n  title: Parts\n  items:\n    - Crown board\n    -Roof\n"
    (diag,) = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert (diag.code, diag.line) == ("yaml-syntax", 9), diag
    assert diag.message == "put a space after '-': - Roof", diag.message


def test_a_list_term_with_nothing_after_its_colon_is_named(tmp_path):
    """'- Roof:' was "an item is empty", which it is not: its term has no explanation."""
    card = "- id: parts\n  kind: list\n  title: Parts\n  items:\n    - Crown board\n    - Roof:\n"
    (diag,) = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert (diag.code, diag.line) == ("empty-field", 9), diag
    assert diag.message.startswith("the item 'Roof:' has nothing after its ':'"), diag.message


def test_fields_written_as_their_initials_are_one_error_each_naming_the_field(tmp_path):
    """'q:' and 'a:' on a qa card were four errors: two "not a field (valid keys: …)"
    and two "needs 'question'" / "needs 'answer'", none saying which stood for which."""
    card = "- id: femur\n  kind: qa\n  q: Longest bone?\n  a: The femur\n"
    diags = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert [(d.code, d.line, d.message) for d in diags] == [
        (
            "unknown-field",
            6,
            "'q' is not a field of a qa card, which needs 'question': if this is it, "
            "write question: in place of q:",
        ),
        (
            "unknown-field",
            7,
            "'a' is not a field of a qa card, which needs 'answer': if this is it, "
            "write answer: in place of a:",
        ),
    ], diags


def test_a_field_written_in_another_language_is_one_error_naming_the_field_it_stands_for(
    tmp_path,
):
    """'pregunta:' in place of 'question:' was two errors, "'pregunta' is not a field
    (valid keys: …)" and "needs 'question'", neither saying that one is the other."""
    card = "- id: q\n  kind: qa\n  pregunta: ¿Cuántos semitonos?\n  answer: '7'\n"
    diags = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert [(d.code, d.line) for d in diags] == [("unknown-field", 6)], diags
    assert diags[0].message == (
        "'pregunta' is not a field of a qa card, which needs 'question': if this is it, "
        "write question: in place of pregunta:"
    )


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        (
            "tags: acordes séptimas",
            "write tags: [acordes, séptimas] to give each word, or tags: [acordes-séptimas] "
            "to keep them as one",
        ),
        ("tags: [acordes séptimas]", "write 'acordes-séptimas'"),
    ],
)
def test_tags_written_with_a_space_offer_each_word_as_a_tag(tmp_path, written, fix):
    """'tags: acordes séptimas' (two tags, no brackets) was answered only with
    "write 'acordes-séptimas'", one tag the writer did not mean."""
    card = f"- id: a\n  kind: qa\n  question: Q\n  answer: A\n  {written}\n"
    diags = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert [d.code for d in diags] == ["wrong-type"], diags
    assert diags[0].message.endswith(fix), diags[0].message


@pytest.mark.parametrize(
    ("card", "code", "fix"),
    [
        (
            "- id: q\n  kind: qa\n  question: ¿Cuántos semitonos?\n",
            "missing-field",
            "qa card 'q' needs 'answer': among the card's other fields, indented as they "
            "are, add a line 'answer: …'",
        ),
        (
            "- id: l\n  kind: list\n  title: Tempos\n",
            "missing-field",
            "add a line 'items:' with one '- item' a line under it",
        ),
        (
            "- id: q\n  kind: qa\n  question: ¿Cuántos semitonos?\n  answer:\n",
            "empty-field",
            "'answer' is empty: write its text after 'answer: '",
        ),
        (
            "- id: s\n  kind: snippet\n  title: ABC\n  code: |\n",
            "empty-field",
            "'code' is empty: write the code under 'code: |', 2 spaces further in than 'code'",
        ),
    ],
)
def test_a_missing_or_empty_field_of_a_card_says_what_to_type(tmp_path, card, code, fix):
    """A card without its answer was "qa card 'q' needs 'answer'" and one with an empty
    answer "'answer' is empty": neither said what to type, or where."""
    diags = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert [d.code for d in diags] == [code], diags
    assert fix in diags[0].message, diags[0].message


@pytest.mark.parametrize(
    ("prompt", "suggested"),
    [
        ("question: ¿Qué grado se llama «sensible»?", "que-grado-se-llama"),
        ("term: Ñandú", "nandu"),
        ("term: ılık su", "ilik-su"),
    ],
)
def test_the_id_suggested_for_a_card_without_one_keeps_accented_letters(
    tmp_path, prompt, suggested
):
    """'¿Qué grado …?' suggested 'id: qu-grado-…' and 'Ñandú' 'id: and': the letters with
    an accent were dropped, not written without it."""
    card = f"- kind: qa\n  {prompt}\n  answer: x\n"
    diags = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    (diag,) = [d for d in diags if d.code == "missing-field"]
    assert f"add one such as 'id: {suggested}'" in diag.message, diag.message


@pytest.mark.parametrize(
    ("card", "line", "key"),
    [
        ("- id: queen\n- kind: concept\n  term: Queen\n  definition: Lays eggs\n", 5, "kind"),
        ("- id: queen\n  kind: concept\n- term: Queen\n  definition: Lays eggs\n", 6, "term"),
    ],
)
def test_a_dash_that_cuts_a_card_in_two_is_named_once(tmp_path, card, line, key):
    """'- kind: concept' under '- id: queen' said the first card had no kind and the second
    no id ("add one such as 'id: queen'"): both wrong fixes."""
    diags = load_corpus(write_corpus(tmp_path, {"a.yaml": topic(card)}), cwd=tmp_path).diagnostics
    assert [(d.code, d.line, d.col) for d in diags] == [("yaml-syntax", line, 1)], diags
    assert diags[0].message == (
        f"this '- ' starts a new card, so '{key}' and the fields under it are cut off from "
        f"card 'queen' above: take out the '-' and indent '{key}' like 'id' (2 spaces)"
    )


def test_every_problem_of_every_file_in_one_run(tmp_path):
    files = {name: files for case in CASES.values() for name, files in case[0].items()}
    files = {
        "one.yaml": CASES["unknown-field"][0]["a.yaml"],
        "two.yaml": "deck: X\ntitle: [\n",
        "three.yaml": CASES["missing-unit"][0]["a.yaml"].replace("id: l", "id: l2"),
        "sub/four.yaml": CASES["bad-cloze"][0]["a.yaml"],
    }
    found = codes_at(tmp_path, files)
    assert {code for code, *_ in found} == {
        "unknown-field",
        "yaml-syntax",
        "missing-unit",
        "bad-cloze",
    }


def test_billion_laughs_fails_fast_with_unsafe_yaml(tmp_path):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    found = codes_at(tmp_path, {"bomb.yaml": "\n".join(lines) + "\n"})
    assert [c for c, *_ in found] == ["unsafe-yaml"]


def test_aliases_that_expand_to_too_many_values_say_the_limit_and_the_fix(tmp_path):
    """The error said only "aliases expand this file to 1,234,588 values (written: 38)":
    no limit, nothing to type. It says both, as the one for too much text does."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 6):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]")
    cards = write_corpus(tmp_path, {"bomb.yaml": "\n".join(lines) + "\n"}, CORPUS)
    [found] = load_corpus(cards, cwd=tmp_path).diagnostics
    assert found.code == "unsafe-yaml", found
    assert found.message.endswith(
        "(written: 23; the limit is 200,000): write the values out instead of aliasing them"
    ), found.message


def test_recursive_alias_is_unsafe(tmp_path):
    found = codes_at(tmp_path, {"a.yaml": "deck: &d [*d]\ntitle: X\ncards: []\n"})
    assert found[0][0] in ("unsafe-yaml", "yaml-syntax")


def test_small_aliases_are_fine(tmp_path):
    text = topic(
        "  - &base\n    id: a\n    kind: qa\n    question: Q\n    answer: A\n"
        "  - <<: *base\n    id: b\n    question: Q2\n"
    )
    cards = write_corpus(tmp_path, {"a.yaml": text})
    result = load_corpus(cards, cwd=tmp_path)
    assert result.diagnostics == []
    assert [c.id for c in result.corpus.cards()] == ["a", "b"]


def test_a_finding_about_a_card_whose_text_is_an_alias_points_at_the_alias(tmp_path):
    """A card whose question is ``*t`` was placed at the ``&t`` line it repeats: "conflicts
    with loop2 at knots.yaml:6" named the first card's line. It names the alias's line."""
    from cheatdeck import pipeline

    text = topic(
        "  - id: bowline\n    kind: qa\n"
        "    question: &t Which knot makes a fixed loop at the end of a line?\n"
        "    answer: Bowline\n"
        "  - id: loop2\n    kind: qa\n    question: *t\n    answer: Figure-eight loop\n"
    )
    cards = write_corpus(tmp_path, {"a.yaml": text})
    [alias_line] = [n for n, line in enumerate(text.splitlines(), 1) if "*t" in line]
    [found] = pipeline.check(cards).report.sorted()
    assert found.code == "conflicting-fact", found
    assert f"loop2 at a.yaml:{alias_line} " in found.message.replace(str(cards) + "/", ""), found


def test_values_keep_what_was_written(tmp_path):
    text = topic(
        "  - id: v\n    kind: qa\n    question: Which version?\n    answer: 1.10\n"
        "  - id: l\n    kind: limit\n    subject: Max items\n    value: 100\n    unit: items\n"
        "    as_of: 2024-05-01\n"
    )
    cards = write_corpus(tmp_path, {"a.yaml": text})
    qa, limit = load_corpus(cards, cwd=tmp_path).corpus.cards()
    assert qa.answer == "1.10"
    assert limit.value == "100" and limit.value_text == "100 items"
    assert limit.as_of.isoformat() == "2024-05-01"


def test_a_duplicate_id_is_named_beside_the_other_errors_of_its_card(tmp_path):
    """A second 'a1' with a malformed cloze got only the bad-cloze error: fixing it
    brought a duplicate-id error the first check had not said. Each later card of an id
    is named once, valid or not, and no two get the same suggested id."""
    cards = topic(
        """
        - id: a1
          kind: qa
          question: What is A?
          answer: It is A.
        - id: a1
          kind: cloze
          text: The {{c1:capital}} of France.
        - id: b1
          kind: qa
          question: What is B?
        - id: b1
          kind: qa
          question: What is C?
          answer: C.
        - id: b1
          kind: qa
          question: What is D?
          answer: D.
        """
    )
    found = load_corpus(write_corpus(tmp_path, {"a.yaml": cards}), cwd=tmp_path).diagnostics
    duplicates = sorted((d.line, d.message) for d in found if d.code == "duplicate-id")
    used = "is already used at cards/a.yaml:{}: give this card an id of its own, such as '{}'"
    assert duplicates == [
        (8, "id 'a1' " + used.format(4, "a1-2")),
        (14, "id 'b1' " + used.format(11, "b1-2")),
        (18, "id 'b1' " + used.format(14, "b1-3")),
    ], found


def test_a_table_of_one_column_is_counted_in_the_singular(tmp_path):
    """'row 'Spring' has 2 cells for 1 columns (Work): remove 1, or quote …'."""
    cards = topic(
        """
        - id: calendar
          kind: table
          title: Calendar
          row_header: Season
          columns: [Work]
          rows:
            Spring: [inspect, add supers]
            Summer: [harvest]
        """
    )
    (problem,) = load_corpus(write_corpus(tmp_path, {"a.yaml": cards}), cwd=tmp_path).diagnostics
    assert problem.message.startswith(
        "row 'Spring' has 2 cells for 1 column (Work): remove 1 cell, or quote a cell"
    ), problem.message


def test_an_item_term_whose_explanation_holds_colon_space_is_told_how_to_stay_a_term(tmp_path):
    """'- Ctrl+C: copy: to clipboard' was told only to quote the whole item, which makes
    it a plain item: the term 'Ctrl+C' was lost from the Anki card's front."""
    cards = topic(
        """
        - id: keys
          kind: list
          title: Keys
          items:
            - Ctrl+C: copy: to clipboard
        """
    )
    (problem,) = load_corpus(write_corpus(tmp_path, {"a.yaml": cards}), cwd=tmp_path).diagnostics
    assert (problem.code, problem.line) == ("yaml-syntax", 8), problem
    assert problem.message == (
        "': ' inside a list item starts a key in YAML: to write the item as text, quote it: "
        "- \"Ctrl+C: copy: to clipboard\"; to keep 'Ctrl+C' a term, quote its explanation: "
        '- Ctrl+C: "copy: to clipboard"'
    ), problem.message


def test_code_whose_lines_yaml_joins_after_a_backslash_says_to_write_a_block(tmp_path):
    """``command: zpool create tank \\`` with ``mirror sda sdb`` on the line under it,
    without ``|``: YAML joined the lines with a blank, and every output showed ``zpool
    create tank \\ mirror sda sdb``, a shell's escaped blank (" mirror" one word). Now an
    error at the backslash says to write a block; a block, a double-quoted value (whose
    line-end backslash is YAML's own), an escaped backslash and a folded command with no
    backslash at a line's end are read as before."""
    cards = topic(
        r"""
        - id: folded
          kind: command
          task: Create a pool
          command: zpool create tank \
            mirror sda sdb
        - id: quoted
          kind: snippet
          title: Quoted
          code: 'ls \
            -l'
        - id: block
          kind: command
          task: Create a pool in a block
          command: |
            zpool create tank \
              mirror sdc sdd
        - id: doubled
          kind: command
          task: Join in double quotes
          command: "zfs list \
            -t snapshot"
        - id: escaped
          kind: command
          task: Print a backslash
          command: echo \\
            done
        - id: piped
          kind: command
          task: Send a snapshot
          command: zfs send tank@a
            | ssh host zfs recv backup
        """
    )
    result = load_corpus(write_corpus(tmp_path, {"a.yaml": cards}), cwd=tmp_path)
    assert [(d.code, d.line, d.col) for d in result.diagnostics] == [
        ("yaml-syntax", 7, 30),
        ("yaml-syntax", 12, 13),
    ], result.diagnostics
    assert result.diagnostics[0].message == (
        "'command' runs on to the next line without '|': YAML joins its lines with a blank, "
        "so this '\\' escapes the blank instead of continuing the line ('zpool create tank "
        "\\ mirror sda sdb'): to keep its lines, write 'command: |' and the lines under it"
    )
    commands = {c.id: c.command for c in result.partial.cards() if c.kind == "command"}
    assert commands == {
        "block": "zpool create tank \\\n  mirror sdc sdd",
        "doubled": "zfs list -t snapshot",
        "escaped": "echo \\\\ done",
        "piped": "zfs send tank@a | ssh host zfs recv backup",
    }


def test_a_snippet_or_output_written_over_lines_without_a_bar_is_an_error(tmp_path):
    """``code:`` with a function's lines under it, or ``code: fn main() {`` and the rest,
    without ``|``: YAML folds the lines into one, their indents gone, and every output
    showed ``fn main() { println!("hi"); }`` with no word said. Now an error says to
    write a block; ``|``, ``>`` (folding on purpose), one line, and a command wrapped
    over lines (one long command) are read as before."""
    cards = topic(
        """
        - id: below
          kind: snippet
          title: Hello
          lang: rust
          code:
            fn main() {
                println!("hi");
            }
        - id: beside
          kind: command
          task: Show the version
          command: rustc --version
          output: rustc 1.83.0
            (90b35a623 2024-11-26)
        - id: block
          kind: snippet
          title: Block
          code: |
            fn main() {
                println!("hi");
            }
        - id: folded
          kind: snippet
          title: Folded on purpose
          code: >
            one long
            line
        - id: wrapped
          kind: command
          task: Send a snapshot
          command: zfs send tank@a
            | ssh host zfs recv backup
        """
    )
    result = load_corpus(write_corpus(tmp_path, {"a.yaml": cards}), cwd=tmp_path)
    assert [(d.code, d.line, d.col) for d in result.diagnostics] == [
        ("yaml-syntax", 9, 5),
        ("yaml-syntax", 16, 11),
    ], result.diagnostics
    assert result.diagnostics[0].message == (
        "'code' runs on over lines without '|': YAML joins them into one line, their "
        "indents lost ('fn main() { println!(\"hi\"); }'): to keep its lines, write "
        "'code: |' and the lines under it"
    )
    codes = {c.id: c.code for c in result.partial.cards() if c.kind == "snippet"}
    assert codes == {
        "block": 'fn main() {\n    println!("hi");\n}',
        "folded": "one long line",
    }
    commands = {c.id: c.command for c in result.partial.cards() if c.kind == "command"}
    assert commands == {"wrapped": "zfs send tank@a | ssh host zfs recv backup"}


def test_code_a_yaml_writer_quotes_over_lines_keeps_its_lines(tmp_path):
    """A YAML writer (PyYAML's ``safe_dump``) quotes code whose line holds ``  #`` over
    lines, a blank line between two: YAML reads each blank line as a line break, so the
    lines are kept, and the error for code folded into one line must not be given."""
    code = "\n".join(f"pg_dump -Fc db{n} > /backup/db{n}.dump  # database {n}" for n in range(3))
    card = {"id": "backup", "kind": "snippet", "title": "Backups", "lang": "shell", "code": code}
    written = yaml.safe_dump({"deck": "T", "title": "T", "cards": [card]}, sort_keys=False)
    assert "code: '" in written and "\n\n" in written  # quoted over lines, as CI's PyYAML writes it
    result = load_corpus(write_corpus(tmp_path, {"a.yaml": written}), cwd=tmp_path)
    assert result.diagnostics == [], result.diagnostics
    (loaded,) = result.corpus.cards()
    assert loaded.code == code


def test_cards_carry_positions_and_decks(tmp_path):
    cards = write_corpus(tmp_path, {"sub/a.yaml": CASES["duplicate-id"][0]["a.yaml"]})
    (card,) = load_corpus(cards, cwd=tmp_path).corpus.cards()
    assert str(card.loc) == "cards/sub/a.yaml:4:3"
    assert str(card.at("answer")) == "cards/sub/a.yaml:7:11"
    assert card.deck == "D::X"


def test_field_places_are_a_mapping_of_locs_shared_and_picklable(tmp_path):
    text = topic(
        "  - id: a\n    kind: qa\n    question: Q\n    answer: A\n"
        "  - id: b\n    kind: qa\n    question: Q2\n    answer: A2\n    note: N\n"
        "  - id: c\n    kind: qa\n    question: Q3\n    answer: A3\n"
    )
    cards = write_corpus(tmp_path, {"a.yaml": text})
    a, b, c = load_corpus(cards, cwd=tmp_path).corpus.cards()
    assert list(b.locs) == ["id", "kind", "question", "answer", "note"]
    lines = (cards / "a.yaml").read_text().splitlines()

    def place(line: int, text: str) -> str:  # where ``text`` starts on 1-based ``line``
        return f"cards/a.yaml:{line}:{lines[line - 1].index(text) + 1}"

    assert {name: str(loc) for name, loc in a.locs.items()} == {
        "id": place(4, "a"),
        "kind": place(5, "qa"),
        "question": place(6, "Q"),
        "answer": place(7, "A"),
    }
    assert (str(a.loc), str(b.loc), str(c.loc)) == (place(4, "id"), place(8, "id"), place(13, "id"))
    assert "note" in b.locs and "note" not in a.locs and len(b.locs) == 5
    assert a.at("note") == a.loc  # a field not written: the card itself
    assert a.locs.get("note") is None
    with pytest.raises(KeyError):
        a.locs["note"]
    assert a.locs.names is c.locs.names  # one tuple per set of field names
    again = pickle.loads(pickle.dumps(b))
    assert again == b and dict(again.locs) == dict(b.locs) and again.loc == b.loc


def test_missing_corpus_file_is_one_diagnostic(tmp_path):
    (tmp_path / "cards").mkdir()
    result = load_corpus(tmp_path / "cards", cwd=tmp_path)
    assert [d.code for d in result.diagnostics] == ["missing-field"]
    assert result.corpus is None


def test_settings_are_validated(tmp_path):
    corpus = CORPUS + "settings:\n  paper: a4\n  colums: 3\n  orientation: sideways\n"
    found = codes_at(tmp_path, {"a.yaml": CASES["duplicate-id"][0]["a.yaml"]}, corpus)
    assert ("unknown-field", "cards/corpus.yaml", 6) in found
    assert ("wrong-type", "cards/corpus.yaml", 7) in found


@pytest.mark.parametrize(
    ("written", "most"),
    [
        ("columns: 12", 6),  # A4 landscape, the default paper
        ("columns: 5\n  orientation: portrait", 4),
        ("columns: 10\n  paper: a3", 9),
    ],
)
def test_more_columns_than_the_paper_holds_is_an_error_with_the_most_that_fit(
    tmp_path, written, most
):
    card = "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"
    corpus = CORPUS + f"settings:\n  {written}\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, corpus)
    (problem,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert problem.code == "wrong-type" and problem.line == 5, problem
    assert f"at most {most} fit" in problem.message and f"write columns: {most}" in problem.message


@pytest.mark.parametrize("written", ["columns: 6", "columns: 4\n  orientation: portrait"])
def test_as_many_columns_as_the_paper_holds_is_no_error(tmp_path, written):
    card = "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, CORPUS + f"settings:\n  {written}\n")
    assert load_corpus(cards, cwd=tmp_path).diagnostics == []


SHARE = "'similarity' is the share of words two prompts hold in common, above 0 and at most 1"


def test_a_setting_that_is_no_number_gets_a_number_to_write(tmp_path):
    card = "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"
    corpus = CORPUS + "settings:\n  columns: three\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, corpus)
    (problem,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert problem.message == "'columns' must be a number, such as columns: 3", problem.message


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("similarity: 80%", "'similarity' must be a number: write similarity: 0.8"),
        ("similarity: 80 percent", "'similarity' must be a number: write similarity: 0.8"),
        ("similarity: 0,8", "'similarity' must be a number: write similarity: 0.8"),
        ("similarity: '0.8'", "'similarity' must be a number: write similarity: 0.8"),
        ("similarity: high", "'similarity' must be a number, such as similarity: 0.8"),
        ("similarity: 80", SHARE + ": write similarity: 0.8"),
        ("similarity: 8", SHARE + ": write similarity: 0.8"),  # tenths, not 0.08
        ("similarity: 1.5", SHARE + ", such as similarity: 0.8 (the default)"),
        ("similarity: 0", SHARE + ", such as similarity: 0.8 (the default)"),
        (
            "max_answer_words: -5",
            "'max_answer_words' must be a whole number >= 0: write max_answer_words: 5, "
            "or max_answer_words: 0 for no limit",
        ),
        (
            "max_answer_words: -1",
            "'max_answer_words' must be a whole number >= 0: write max_answer_words: 0 for "
            "no limit, or a number such as 40",
        ),
        (
            "max_fact_age_days: -1",
            "'max_fact_age_days' must be a whole number >= 0: write max_fact_age_days: 1",
        ),
        (
            "max_fact_age_days: 365.0",
            "'max_fact_age_days' must be a whole number >= 0: write max_fact_age_days: 365",
        ),
        (
            "max_image_mb: -3",
            "'max_image_mb' must be a number >= 0: write max_image_mb: 3, or 0 for no limit",
        ),
        ("max_image_mb: 5 GB", "'max_image_mb' must be a number, such as max_image_mb: 2"),
        (
            "max_answer_words: none",
            "'max_answer_words' must be a number: write max_answer_words: 0 for no limit",
        ),
        (
            "max_image_mb: Unlimited",
            "'max_image_mb' must be a number: write max_image_mb: 0 for no limit",
        ),
        (
            "max_fact_age_days: never",
            "'max_fact_age_days' must be a number, such as max_fact_age_days: 730",
        ),
        ("font_size: 14", "'font_size' must be between 6.5 and 12 (points): write font_size: 12"),
        ("font_size: 5", "'font_size' must be between 6.5 and 12 (points): write font_size: 6.5"),
        ("font_size: 8pt", "'font_size' must be a number: write font_size: 8"),
        (
            "max_answer_words: 40 words",
            "'max_answer_words' must be a number: write max_answer_words: 40",
        ),
        (
            "max_fact_age_days: 2 years",
            "'max_fact_age_days' must be a number, such as max_fact_age_days: 730",
        ),
    ],
)
def test_a_setting_written_with_its_unit_or_as_a_percentage_gets_the_number_to_write(
    tmp_path, written, fix
):
    card = "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, CORPUS + f"settings:\n  {written}\n")
    (problem,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (problem.code, problem.line, problem.message) == ("wrong-type", 5, fix)


def test_settings_written_as_a_list_say_how_to_write_them(tmp_path):
    card = "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, CORPUS + "settings: [columns]\n")
    (problem,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (problem.code, problem.line) == ("wrong-type", 4), problem
    assert problem.message.endswith(
        ": write 'settings:', then each setting on a line of its own below it, indented, "
        "such as '  columns: 4'"
    ), problem.message


def test_topic_order_then_path(tmp_path):
    card = "cards:\n  - {{id: {0}, kind: qa, question: Q{0}, answer: A}}\n"
    files = {
        "b.yaml": "deck: B\ntitle: B\norder: 1\n" + card.format("b"),
        "a.yaml": "deck: A\ntitle: A\n" + card.format("a"),
        "c.yaml": "deck: C\ntitle: C\norder: 0\n" + card.format("c"),
    }
    cards = write_corpus(tmp_path, files)
    corpus = load_corpus(cards, cwd=tmp_path).corpus
    assert [t.title for t in corpus.topics] == ["C", "B", "A"]


def test_priority_takes_the_three_levels_and_suggests_a_near_miss(tmp_path):
    card = "  - {id: a, kind: qa, question: Q?, answer: A, priority: %s}\n"
    root = write_corpus(tmp_path, {"t.yaml": topic(card % "essential")})
    result = load_corpus(root)
    assert not result.diagnostics
    assert result.corpus.topics[0].cards[0].priority == "essential"
    root = write_corpus(tmp_path / "b", {"t.yaml": topic(card % "esential")})
    diagnostics = load_corpus(root).diagnostics
    assert [d.code for d in diagnostics] == ["wrong-type"]
    assert "did you mean 'essential'" in diagnostics[0].message


@pytest.mark.parametrize(
    ("written", "meant"), [("high", "essential"), ("Medium", "common"), ("low", "advanced")]
)
def test_a_priority_written_as_a_tracker_writes_it_gets_the_level_it_means(
    tmp_path, written, meant
):
    """'priority: high' was told only "write essential, common, advanced"."""
    card = f"  - {{id: a, kind: qa, question: Q?, answer: A, priority: {written}}}\n"
    (diag,) = load_corpus(write_corpus(tmp_path, {"t.yaml": topic(card)})).diagnostics
    assert f"did you mean '{meant}'?" in diag.message and f"(priority: {meant})" in diag.message


def messages_of(tmp_path: Path, cards_yaml: str) -> list[str]:
    cards = write_corpus(tmp_path, {"a.yaml": topic(cards_yaml)})
    return [d.message for d in load_corpus(cards, cwd=tmp_path).diagnostics]


def test_rows_written_as_a_list_get_the_mapping_to_write(tmp_path):
    (message,) = messages_of(
        tmp_path,
        """
        - id: t
          kind: table
          title: Groups
          columns: [Group, Example]
          rows:
            - [Alkali metals, Na]
            - [Halogens, Cl]
        """,
    )
    assert "write 'Alkali metals: [Na]'" in message
    assert "row_header" in message


def test_items_written_as_a_mapping_get_the_list_to_write(tmp_path):
    (message,) = messages_of(
        tmp_path,
        """
        - id: l
          kind: list
          title: Bonds
          items:
            ionic: transfer of electrons
            covalent: sharing of electrons
        """,
    )
    assert "'- ionic: transfer of electrons'" in message


def test_a_missing_unit_is_not_assumed_to_be_time(tmp_path):
    (message,) = messages_of(
        tmp_path, "- id: z\n  kind: limit\n  subject: Absolute zero\n  value: -273.15\n"
    )
    assert "needs a unit" in message
    assert "unit: seconds" not in message


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("25-30", "range"),
        ("2–3", "range"),
        ("0.1 to 0.3", "range"),
        ("0 to 1", "range"),
        ("< 50", "bound"),
        ("≥ 38", "bound"),
        ("~5", "number"),
        ("144–146", "range"),
        ("−3", "number"),
        ("−5–5", "range"),
    ],
)
def test_a_range_or_bound_without_a_unit_needs_one_as_a_number_does(tmp_path, value, named):
    """'value: 25-30' (a vancomycin dose) reached the sheet without its mg/kg, while
    'value: 25' was refused; quoted, either is text. The message calls a range a range
    ("the number 0 to 1" read wrong)."""
    card = f"- id: z\n  kind: limit\n  subject: Vancomycin loading dose\n  value: {value}\n"
    (message,) = messages_of(tmp_path, card)
    assert message.startswith(f"the {named} {value} needs a unit"), message
    assert messages_of(tmp_path / "quoted", card.replace(value, f'"{value}"')) == []
    assert messages_of(tmp_path / "unit", card + "  unit: mg/kg\n") == []


@pytest.mark.parametrize(
    "value", ["10^6", "5%", "2-3 mg", "v1.2-3", "1-2-3", "1939–1945", "1939–45", "−3 dB"]
)
def test_a_value_that_is_no_number_or_range_needs_no_unit(tmp_path, value):
    card = f"- id: z\n  kind: limit\n  subject: Something\n  value: {value}\n"
    assert messages_of(tmp_path, card) == []


@pytest.mark.parametrize(
    ("root", "written", "deck"),
    [
        ("Chemistry", "Acids", "Chemistry::Acids"),
        ("Chemistry", "Chemistry::Acids", "Chemistry::Acids"),
        ("Science::Chemistry", "Science::Chemistry::Acids", "Science::Chemistry::Acids"),
        ("Science::Chemistry", "Chemistry::Acids", "Science::Chemistry::Chemistry::Acids"),
        ("AWS", "AWS", "AWS::AWS"),
    ],
)
def test_a_topic_deck_that_names_the_root_deck_is_not_nested_twice(tmp_path, root, written, deck):
    corpus = f"name: t\ntitle: T\ndeck: {root}\n"
    files = {
        "a.yaml": f"deck: {written}\ntitle: X\ncards:\n"
        "  - {id: q, kind: qa, question: Q, answer: A}\n"
    }
    cards = write_corpus(tmp_path, files, corpus)
    result = load_corpus(cards, cwd=tmp_path)
    assert not result.diagnostics
    assert [card.deck for topic in result.corpus.topics for card in topic.cards] == [deck]


def test_a_formula_in_double_quotes_is_told_to_use_single_quotes(tmp_path):
    """``"\\(2 \\pi r\\)"`` is a YAML error (``\\(`` is no escape); the message once said the
    quote was not closed and offered a fix that kept the quotes in the text."""
    from cheatdeck import pipeline

    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: m\ntitle: M\ndeck: Maths\n")
    topic = (
        "deck: Geometry\ntitle: Geometry\ncards:\n  - id: circumference\n    kind: qa\n"
        "    question: Circumference of a circle?\n    answer: ANSWER\n"
    )
    for written, fix in (
        ('"\\(2 \\pi r\\)"', "write the value in single quotes: answer: '\\(2 \\pi r\\)'"),
        (  # single quotes would end at its "'": the line with each backslash doubled
            '"it\'s \\(2 \\pi r\\)"',
            'write each backslash as \\\\: answer: "it\'s \\\\(2 \\\\pi r\\\\)"',
        ),
    ):
        (cards / "geometry.yaml").write_text(topic.replace("ANSWER", written))
        (found,) = pipeline.check(cards).report.sorted()
        assert (found.code, found.line) == ("yaml-syntax", 7), found
        assert found.message == (
            f"in double quotes a backslash starts an escape, and '\\(' is none; {fix}"
        ), found.message
    (cards / "geometry.yaml").write_text(topic.replace("ANSWER", "'\\(2 \\pi r\\)'"))
    assert not pipeline.check(cards).report.sorted()  # the fix it gives works
    (cards / "geometry.yaml").write_text(topic.replace("ANSWER", '"it\'s \\\\(2 \\\\pi r\\\\)"'))
    assert not pipeline.check(cards).report.sorted()  # so does the other one


@pytest.mark.parametrize(
    ("written", "escape", "digits", "fix"),
    [
        (
            '"C:\\Users\\new"',
            "\\U",
            8,
            "write the value in single quotes: answer: 'C:\\Users\\new'",
        ),
        ('"dir C:\\xampp"', "\\x", 2, "write the value in single quotes: answer: 'dir C:\\xampp'"),
        (  # "\U" kept in the doubled fix would be the same error again
            '"it\'s in C:\\Users\\me"',
            "\\U",
            8,
            'write each backslash as \\\\: answer: "it\'s in C:\\\\Users\\\\me"',
        ),
    ],
)
def test_a_windows_path_in_double_quotes_is_told_its_escape(tmp_path, written, escape, digits, fix):
    """``"C:\\Users\\new"``: YAML reads ``\\U`` as the start of a character's code, eight
    hexadecimal digits; the message once said the value's quote ended at another quote
    inside it, which it has none of."""
    from cheatdeck import pipeline

    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "corpus.yaml").write_text("name: w\ntitle: W\ndeck: Windows\n")
    topic = (
        "deck: Files\ntitle: Files\ncards:\n  - id: roaming\n    kind: qa\n"
        "    question: Where is it?\n    answer: ANSWER\n"
    )
    (cards / "files.yaml").write_text(topic.replace("ANSWER", written))
    (found,) = pipeline.check(cards).report.sorted()
    backslash = 13 + written.index(escape)  # the column of the escape's backslash
    assert (found.code, found.line, found.col) == ("yaml-syntax", 7, backslash), found
    assert found.message == (
        f"in double quotes a backslash starts an escape, and '{escape}' takes {digits} "
        f"hexadecimal digits (a character's code); {fix}"
    ), found.message
    (cards / "files.yaml").write_text(topic.replace("ANSWER", fix.split("answer: ")[1]))
    assert not pipeline.check(cards).report.sorted()  # the fix it gives works


def test_an_empty_cell_label_or_heading_says_what_to_write(tmp_path):
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                "  - id: t\n    kind: table\n    title: T\n    columns: [A, '']\n"
                "    rows:\n      r1: [x, '']\n      '': [y, z]\n"
            )
        },
    )
    messages = [d.message for d in load_corpus(cards).diagnostics if d.code == "empty-cell"]
    assert "a column heading is empty: name the column" in messages, messages
    assert "a row label is empty: name the row" in messages, messages
    assert any('write what it means there ("—", "none", "n/a")' in m for m in messages), messages


def test_a_folder_without_corpus_yaml_gets_the_three_lines_to_write(tmp_path):
    cards = tmp_path / "German grammar"
    cards.mkdir()
    (cards / "articles.yaml").write_text(topic("- {id: a, kind: qa, question: q, answer: a}"))
    (diagnostic,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (diagnostic.file, diagnostic.line, diagnostic.code) == (
        "German grammar/corpus.yaml",
        1,
        "missing-field",
    )
    assert diagnostic.message == (
        "no corpus.yaml: create it with three lines, 'name: german-grammar', 'title: German"
        " grammar' and 'deck: German grammar' (or start a corpus with `cheatdeck init`)"
    )


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("2026-3-1", "write as_of: 2026-03-01"),
        ("2026/03/01", "write as_of: 2026-03-01"),
        ("12.03.2026", "write as_of: 2026-03-12"),
        ("25/12/2026", "write as_of: 2026-12-25"),
        ("12/25/2026", "write as_of: 2026-12-25"),
        ("03/12/2026", "write as_of: 2026-03-12 (12 March) or as_of: 2026-12-03 (3 December)"),
        ("12 March 2026", "write as_of: 2026-03-12"),
        ("Mar 12, 2026", "write as_of: 2026-03-12"),
    ],
)
def test_a_date_written_another_way_gets_the_date_to_write(tmp_path, written, fix):
    card = f"- id: a\n  kind: limit\n  subject: S\n  value: '3'\n  as_of: {written}\n"
    (message,) = messages_of(tmp_path, card)
    assert message.startswith("'as_of' must be a date written YYYY-MM-DD"), message
    assert message.endswith(fix), message


@pytest.mark.parametrize(
    "written",
    ["2026-01-02T10:00", "2026-01-02 10:00", "2026-01-02T10:00:00Z", "2026-01-02 10:00:00 +02:00"],
)
def test_a_date_with_a_time_gets_the_day_to_write(tmp_path, written):
    """YAML reads some of these as timestamps, the others as text: both are refused alike."""
    card = f"- id: a\n  kind: limit\n  subject: S\n  value: '3'\n  as_of: {written}\n"
    assert messages_of(tmp_path, card) == [
        "'as_of' is a day, without a time: write as_of: 2026-01-02"
    ]


def test_a_date_with_no_reading_gets_no_guess(tmp_path):
    card = "- id: a\n  kind: limit\n  subject: S\n  value: '3'\n  as_of: last spring\n"
    assert messages_of(tmp_path, card) == ["'as_of' must be a date written YYYY-MM-DD"]


TABLE = """
- id: t
  kind: table
  title: Hive parts
  columns: [Holds, Goes]
  rows:
    Floor: %s
"""


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "[[nothing], at the bottom]",
            "a cell of row 'Floor' is a list in YAML: quote it: \"[nothing]\"",
        ),
        (
            "[nothing, at: the bottom]",
            "a cell of row 'Floor' is a key and value in YAML: quote it: \"at: the bottom\"",
        ),
    ],
)
def test_a_cell_yaml_reads_as_a_list_or_mapping_gets_it_quoted(tmp_path, row, message):
    assert messages_of(tmp_path, TABLE % row) == [message]


def test_a_column_named_twice_is_a_table_shape_error(tmp_path):
    table = TABLE.replace("[Holds, Goes]", "[Holds, Goes, holds]") % "[air, bottom, none]"
    assert messages_of(tmp_path, table) == [
        "column 'holds' is named twice (column 1 is 'Holds'): give each column a heading "
        "of its own (Anki asks each cell by its row and column)"
    ]


def test_two_decks_that_differ_only_in_case_are_one_error_with_the_deck_to_write(tmp_path):
    """Anki matches deck names without case: 'Birds::raptors' beside 'Birds::Raptors'
    would come out of its import renamed ('Raptors_'), so the loader says so."""
    corpus = "name: birds\ntitle: Birds\ndeck: Birds\n"
    card = "  - {id: %s, kind: qa, question: Which bird %s?, answer: A %s}\n"
    files = {
        "a-raptors.yaml": "deck: Raptors\ntitle: R\ncards:\n" + card % ("k", "k", "k"),
        "b-owls.yaml": "title: O\ndeck: raptors::Owls\ncards:\n" + card % ("o", "o", "o"),
        "c-waders.yaml": "deck: Waders\ntitle: W\ncards:\n" + card % ("w", "w", "w"),
    }
    cards = write_corpus(tmp_path, files, corpus)
    result = load_corpus(cards, cwd=tmp_path)
    (diag,) = result.diagnostics
    assert (diag.code, diag.file, diag.line, diag.col) == ("deck-case", "cards/b-owls.yaml", 2, 7)
    assert diag.message == (
        "deck 'Birds::raptors' differs only in case from 'Birds::Raptors' "
        "(cards/a-raptors.yaml:1): Anki takes the two for one deck and its import would "
        "rename one; write 'deck: Birds::Raptors::Owls' here, or change the other"
    )
    assert result.corpus is None


def test_a_topic_deck_under_the_root_deck_in_another_case_is_the_deck_case_error(tmp_path):
    """'deck: birds::Owls' under the root deck 'Birds' was read as a deck of its own below
    the root ('Birds::birds::Owls'); it is the root deck written in another case."""
    corpus = "name: birds\ntitle: Birds\ndeck: Birds\n"
    files = {
        "owls.yaml": "deck: birds::Owls\ntitle: O\ncards:\n  - {id: o, kind: qa, "
        "question: Which owl?, answer: Barn owl}\n"
    }
    cards = write_corpus(tmp_path, files, corpus)
    result = load_corpus(cards, cwd=tmp_path)
    (diag,) = result.diagnostics
    assert (diag.code, diag.file, diag.line, diag.col) == ("deck-case", "cards/owls.yaml", 1, 7)
    assert diag.message == (
        "deck 'birds' differs only in case from 'Birds' (cards/corpus.yaml:3): Anki takes "
        "the two for one deck and its import would rename one; write 'deck: Birds::Owls' "
        "here, or change the other"
    )


def test_topic_files_are_read_whatever_the_case_of_their_extension(tmp_path):
    """birds.YAML and owls.Yml were skipped without a word: their cards were missing."""
    card = "deck: %s\ntitle: %s\ncards:\n  - {id: %s, kind: qa, question: Q %s?, answer: A}\n"
    files = {
        name: card % (deck, deck, deck.lower(), deck)
        for name, deck in [
            ("birds.YAML", "Birds"),
            ("owls.Yml", "Owls"),
            ("gulls.yml", "Gulls"),
            ("notes.txt", "T"),
        ]
    }
    cards = write_corpus(tmp_path, files)
    result = load_corpus(cards, cwd=tmp_path)
    assert not result.diagnostics
    assert sorted(topic.path for topic in result.corpus.topics) == [
        "birds.YAML",
        "gulls.yml",
        "owls.Yml",
    ]


NEXT_CARD = """
  - id: fentanyl-iv
    kind: limit
    subject: Fentanyl IV bolus
    value: 25-50
    unit: mcg
{gap}{head}id: naloxone
    kind: limit
    subject: Naloxone initial IV dose
    value: "0.4 mg"
"""


@pytest.mark.parametrize(
    ("gap", "head", "line", "code"),
    [("", "    ", 9, "duplicate-key"), ("\n", "  ", 10, "yaml-syntax")],
    ids=["under-the-fields", "under-the-dashes"],
)
def test_a_card_without_its_dash_gets_the_dash_to_write(tmp_path, gap, head, line, code):
    """The '- ' of the next card left out: under the fields above it, its keys repeat the
    card above (one error, not one per key); under the cards' dashes, YAML stops there
    (not 'indent id like the card's other fields', which leads to the first case)."""
    text = "deck: X\ntitle: X\ncards:\n" + NEXT_CARD.lstrip("\n").format(gap=gap, head=head)
    cards = write_corpus(tmp_path, {"a.yaml": text})
    found = load_corpus(cards, cwd=tmp_path).diagnostics
    assert [(d.code, d.line) for d in found] == [(code, line)], [d.message for d in found]
    assert "the '- ' that starts a card" in found[0].message or "a card starts with '- '" in (
        found[0].message
    )
    assert "'- id: naloxone'" in found[0].message


@pytest.mark.parametrize(
    ("written", "fix"),
    [
        ("pages: 2", "it is an option of build: cheatdeck build --pages 2"),
        ("formats: pdf,html", "it is an option of build: cheatdeck build -f pdf,html"),
        ("papr: a4", "did you mean 'paper'?"),
    ],
)
def test_a_build_option_written_as_a_setting_gets_the_option_to_type(tmp_path, written, fix):
    """``pages: 2`` under settings is no misspelt ``paper``: it is build's ``--pages``."""
    card = "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, CORPUS + f"settings:\n  {written}\n")
    (problem,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert problem.code == "unknown-field" and problem.line == 5
    assert problem.message == f"'{written.split(':')[0]}' is not a setting: {fix}", problem.message


@pytest.mark.parametrize(
    ("lines", "line", "says"),
    [
        (
            "  - id: a\n\tkind: qa\n    question: Q?\n    answer: A\n",
            5,
            "indent this line with spaces, like the line above (its key starts after 4 spaces)",
        ),
        (
            "  - id: a\n    kind: snippet\n    title: A rule\n    lang: make\n    code: |\n"
            "      all:\n\tgo build\n",
            10,
            "a tab at the start of a line of 'code: |': YAML needs the block's indent in "
            "spaces: start the line with 6 spaces, then the tab, which stays in the code",
        ),
        (
            "  - id: a\n    kind: list\n    title: T\n    items:\n      - one\n      -\ttwo\n",
            9,
            "a tab inside the line, after '-': YAML reads no tab there: write a space instead",
        ),
        (  # "like the line above" said 4 spaces: YAML would read a field of card a
            "  - id: a\n    kind: qa\n    question: Q?\n    answer: A\n"
            "\t- id: b\n    kind: qa\n    question: R?\n    answer: B\n",
            8,
            "indent this line with spaces, its '-' under the '-' above (after 2 spaces)",
        ),
        (
            "  - id: a\n    kind: list\n    title: T\n    items:\n\t    - one\n      - two\n",
            8,
            "indent this line with spaces, its '-' 2 spaces past 'items:' (after 6 spaces)",
        ),
        (  # Go indented with tabs by the editor: each line's first tab is the block's
            "  - id: a\n    kind: snippet\n    title: Hello\n    lang: go\n    code: |\n"
            "\tfunc main() {\n\t\tfmt.Println()\n\t}\n",
            9,
            "a tab at the start of the first line of 'code: |': YAML indents a block with "
            "spaces: if the tab indents the block, write 6 spaces instead of the first tab "
            "of each of its lines; to keep the tab in the code, start the line with 6 "
            "spaces, then the tab",
        ),
        (  # "like the line above" said 4 spaces: the row would be a field of the card
            "  - id: a\n    kind: table\n    title: T\n    columns: [One]\n    rows:\n"
            "\tNominative: [x]\n",
            9,
            "indent this line with spaces, its key 2 spaces past 'rows:' (after 6 spaces)",
        ),
    ],
    ids=[
        "indent",
        "in-code",
        "after-a-dash",
        "a-cards-dash",
        "a-lists-first-dash",
        "a-blocks-first-line",
        "under-a-parent-key",
    ],
)
def test_a_tab_gets_what_to_type_instead(tmp_path, lines, line, says):
    """A tab in a Makefile's code block needs the block's spaces before it (then it stays
    in the code); a tab inside a line is no indentation to fix. A tab that starts a
    block's first line most likely indents the whole block (an editor that indents with
    tabs): keeping it, as the message said, moved all of a Go snippet one tab right."""
    cards = write_corpus(tmp_path, {"a.yaml": "deck: X\ntitle: X\ncards:\n" + lines})
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (diag.code, diag.line) == ("yaml-syntax", line), diag.message
    assert says in diag.message, diag.message


def test_a_code_block_whose_first_line_starts_with_a_tab_after_its_spaces_is_read(tmp_path):
    """The block's spaces, then a tab, as the tab error says to write: libyaml refused it
    on a block's first line ("start the line with 6 spaces, then the tab" said of a line
    that did), as it reads the block's indent there. YAML keeps such a tab as code."""
    card = (
        "  - id: a\n    kind: snippet\n    title: Tabs\n    lang: python\n    code: |\n"
        "      \tif x:\n      \t\tpass\n"
    )
    cards = write_corpus(tmp_path, {"a.yaml": "deck: X\ntitle: X\ncards:\n" + card})
    loaded = load_corpus(cards, cwd=tmp_path)
    assert loaded.diagnostics == []
    (snippet,) = loaded.corpus.cards()
    assert snippet.code == "\tif x:\n\t\tpass"


def test_a_backslash_escape_named_in_double_quotes_is_an_error_with_single_quotes(tmp_path):
    """``question: "What does \\n mean in a Python string?"``: YAML reads the ``\\n`` as a
    line break, so the question asked about a line break that is not there. An escape
    standing alone between blanks names itself; one inside a word stays an escape."""
    card = (
        "  - id: a\n    kind: qa\n"
        '    question: "What does \\n mean in a Python string?"\n    answer: A line break\n'
        "  - id: b\n    kind: qa\n    question: Two lines?\n"
        '    answer: "one\\ntwo"\n'
    )
    cards = write_corpus(tmp_path, {"a.yaml": "deck: X\ntitle: X\ncards:\n" + card})
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (diag.code, diag.line, diag.col) == ("yaml-syntax", 6, 26), diag
    assert diag.message == (
        "in double quotes '\\n' is an escape (a line break), so '\\n' loses its backslash "
        "and 'n': write the value in single quotes: "
        "question: 'What does \\n mean in a Python string?'"
    )


def test_cards_written_without_their_dash_get_the_dash_to_write(tmp_path):
    """'cards:' holding one card's fields (no '- '): say the dash, not only 'a list'."""
    text = "deck: X\ntitle: X\ncards:\n  id: y\n  kind: qa\n  question: Q?\n  answer: A\n"
    (diag,) = load_corpus(write_corpus(tmp_path, {"a.yaml": text}), cwd=tmp_path).diagnostics
    assert (diag.code, diag.line) == ("wrong-type", 4), diag.message
    assert diag.message == (
        "'cards' must be a list of cards, and each card starts with '- ': write "
        "'- id: y', its other fields indented like 'id'"
    )


@pytest.mark.parametrize(
    ("cards", "line", "col", "message"),
    [  # the first card's "-id: a", its fields indented further in, as under "- id"
        ("  -id: a\n    kind: qa\n    question: Q?\n", 4, 3, "put a space after '-': - id: a"),
        ("-id: a\n  kind: qa\n  question: Q?\n", 4, 1, "put a space after '-': - id: a"),
        # ... its fields indented as its own '-': it was "write '- -id: a'"
        (
            "  -id: a\n  kind: qa\n  question: Q?\n",
            4,
            3,
            "'cards' must be a list of cards, and each card starts with '- ': put a space "
            "after '-': write '- id: a', its other fields indented like 'id' (two spaces "
            "further in than '-')",
        ),
    ],
)
def test_the_first_card_without_the_space_after_its_dash_says_so(
    tmp_path, cards, line, col, message
):
    """The first card's '-id: a' was "mapping values are not allowed in this context" on
    the line below it, or "write '- -id: a'"; a later card's said it already."""
    text = f"deck: X\ntitle: X\ncards:\n{cards}"
    (diag, *_) = load_corpus(write_corpus(tmp_path, {"a.yaml": text}), cwd=tmp_path).diagnostics
    assert (diag.line, diag.col, diag.message) == (line, col, message), diag


@pytest.mark.parametrize(
    ("path", "cwd", "shown"),
    [
        ("/srv/cards/a.yaml", "/srv", "cards/a.yaml"),
        ("/srv/cards/a.yaml", "/srv/other", "../cards/a.yaml"),
        # run from a folder far from the corpus: its path, not a climb of '../'
        ("/srv/cards/a.yaml", "/home/ann/work/notes", "/srv/cards/a.yaml"),
    ],
)
def test_a_file_far_outside_the_current_folder_is_shown_by_its_absolute_path(path, cwd, shown):
    from cheatdeck.load import display_path

    assert display_path(Path(path), Path(cwd)) == shown


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("columns: [4]", "'columns' must be a number, not a list: write columns: 4"),
        ("font_size:\n    - 7", "'font_size' must be a number, not a list: write font_size: 7"),
        ("columns: {a: 4}", "'columns' must be a number, not a mapping, such as columns: 3"),
        (
            "paper: [a4, letter]",
            "'paper' must be one value, not a list, such as paper: a4 (one of: a4, letter, "
            "a3, a5, legal)",
        ),
    ],
)
def test_a_setting_written_as_a_list_gets_the_value_to_write(tmp_path, written, says):
    """``columns: [4]`` was told to quote the list ('columns: "[4]"'), which only led to
    "'columns' must be a number"."""
    card = "- id: a\n  kind: qa\n  question: Q?\n  answer: A\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(card)}, CORPUS + f"settings:\n  {written}\n")
    (problem,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert problem.code == "wrong-type", problem.message
    assert problem.message == says


def test_a_value_after_a_key_with_items_under_it_gets_the_key_alone(tmp_path):
    """``items: Alcohol, Aldehyde`` kept above its '- ' lines: YAML read them as more of
    that text and stopped at an item holding ': ' with its own words, "mapping values are
    not allowed in this context", and no fix."""
    card = (
        "  - id: a\n    kind: list\n    title: Suffixes\n    items: Alcohol, Aldehyde\n"
        '      - "-ol: alcohol"\n      - "-al: aldehyde"\n'
    )
    cards = write_corpus(tmp_path, {"a.yaml": "deck: X\ntitle: X\ncards:\n" + card})
    (diag,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (diag.code, diag.line, diag.col) == ("yaml-syntax", 7, 12), diag.message
    assert diag.message == (
        "'items: Alcohol, Aldehyde' has a value after its key and '- ' items under it, "
        "which YAML reads as more of that value: write 'items:' alone on its line, each "
        "item on a '- ' line under it"
    )


@pytest.mark.parametrize(
    ("written", "card"),
    [
        ("max_answer_words: 60 words", "answer: " + "word " * 50),
        ("max_fact_age_days: 1 year", "answer: A\n  as_of: 2001-01-01"),
    ],
)
def test_a_check_limit_written_wrong_is_the_one_line_reported(tmp_path, written, card):
    """``max_answer_words: 60 words`` was an error, and each answer over the default 40
    words got a long-answer warning as well, its limit one the author did not write."""
    from cheatdeck import pipeline

    text = f"- id: a\n  kind: qa\n  question: Q?\n  {card}\n"
    cards = write_corpus(tmp_path, {"a.yaml": topic(text)}, CORPUS + f"settings:\n  {written}\n")
    found = pipeline.check(cards).report.diagnostics
    assert [(d.code, d.line) for d in found] == [("wrong-type", 5)], [d.message for d in found]


@pytest.mark.parametrize("written", ["true", "True", "false"])
def test_row_header_written_as_a_switch_is_an_error_not_a_heading(tmp_path, written):
    # `row_header: true` ("this table has row labels") was printed as the heading "true"
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                f"""
                - id: hablar
                  kind: table
                  title: hablar
                  columns: [forma]
                  row_header: {written}
                  rows:
                    yo: [hablo]
                    tú: [hablas]
                """
            )
        },
    )
    (diagnostic,) = load_corpus(cards, cwd=tmp_path).diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.col) == ("wrong-type", 8, 15)
    assert "row_header: persona" in diagnostic.message


def test_row_header_quoted_true_is_a_heading(tmp_path):
    cards = write_corpus(
        tmp_path,
        {
            "a.yaml": topic(
                """
                - id: t
                  kind: table
                  title: Truth table
                  columns: [a and b]
                  row_header: "true"
                  rows:
                    x: ["1"]
                """
            )
        },
    )
    result = load_corpus(cards, cwd=tmp_path)
    assert result.diagnostics == []
    (card,) = result.corpus.cards()
    assert card.row_header == "true"


def test_a_card_with_a_wrong_value_still_gets_its_kind_rules_checked(tmp_path):
    """'reverse: yes' hid the card's 'priority: high', a snippet's misspelt 'lang' and a
    cloze's deletion without its number until it was fixed: every problem at once."""
    cards = (
        "  - {id: a, kind: concept, term: Ohm, definition: unit, reverse: yes, priority: high}\n"
        "  - {id: b, kind: snippet, title: Blink, code: x, lang: ino, as_of: 05/12/2026}\n"
        "  - {id: c, kind: cloze, text: 'V = {{I × R}}', reverse: no}\n"
        "  - {id: d, kind: cloze, text: '', reverse: no}\n"
    )
    text = f"deck: X\ntitle: X\ncards:\n{cards}"
    found = load_corpus(write_corpus(tmp_path, {"a.yaml": text}), cwd=tmp_path).diagnostics
    assert [(d.line, d.code) for d in found] == [
        (4, "wrong-type"),  # reverse
        (4, "wrong-type"),  # priority
        (5, "wrong-type"),  # as_of
        (5, "unknown-lang"),
        (6, "unknown-field"),  # a cloze has no 'reverse'
        (6, "bad-cloze"),
        (7, "unknown-field"),
        (7, "empty-field"),  # said once: no "'text' is empty" twice
    ], found
