"""A user's own corpus: init, schema, show and stats, run as a user would, from a folder
outside the repository."""

from __future__ import annotations

import json
import re
import unicodedata

import jsonschema
import yaml

from conftest import run_cli


def _snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): p.is_file() and p.read_bytes() for p in folder.rglob("*")
    }


def test_init_writes_a_starter_corpus_that_checks_clean_and_builds(tmp_path):
    corpus = tmp_path / "my cards"
    done = run_cli("init", corpus, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # the commands it prints run as pasted: the folder's name has a space
    assert f"cheatdeck check '{corpus}' --strict\n" in done.stdout, done.stdout
    assert f"cheatdeck build '{corpus}' -o '{corpus}/build'\n" in done.stdout, done.stdout
    names = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()}
    assert {"corpus.yaml", ".gitignore", "schema/topic.schema.json"} <= names
    assert any(n.startswith("images/") and n.endswith(".png") for n in names)
    assert "build/" in (corpus / ".gitignore").read_text()
    done = run_cli("check", corpus, "--strict", cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "0 errors, 0 warnings" in done.stdout
    topic = yaml.safe_load((corpus / "git-basics.yaml").read_text())
    kinds = {card["kind"] for card in topic["cards"]}
    assert kinds == {"concept", "qa", "command", "limit", "table", "cloze", "snippet", "list"}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = run_cli("build", corpus, "-o", "out", "-f", "apkg,md,html", cwd=elsewhere)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (elsewhere / "out" / "my-cards.apkg").stat().st_size > 0  # named after the folder
    # the sheet's heading is the user's: no starter's words stay on it once the cards change
    assert "cheatdeck init" not in (elsewhere / "out" / "my-cards.md").read_text().split("##")[0]
    head = yaml.safe_load((corpus / "corpus.yaml").read_text())
    assert (head["name"], head["title"], head["deck"]) == ("my-cards", "My cards", "My cards")


def test_every_schema_hint_of_the_starter_corpus_resolves_and_validates(tmp_path):
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    seen = 0
    for path in corpus.glob("*.yaml"):
        text = path.read_text()
        (target,) = re.findall(r"^# yaml-language-server: \$schema=(\S+)$", text, re.M)
        schema_file = path.parent / target
        assert schema_file.is_file(), (path.name, target)
        schema = json.loads(schema_file.read_text())
        jsonschema.Draft202012Validator(schema).validate(yaml.safe_load(text))
        seen += 1
    assert seen == 2


def test_init_refuses_a_folder_that_holds_anything_and_changes_nothing(tmp_path):
    corpus = tmp_path / "busy"
    corpus.mkdir()
    (corpus / "notes.txt").write_text("mine")
    before = _snapshot(tmp_path)
    done = run_cli("init", corpus)
    assert done.returncode == 2
    assert "not empty" in done.stderr and "Traceback" not in done.stderr
    assert _snapshot(tmp_path) == before


def test_init_into_an_empty_folder_works(tmp_path):
    corpus = tmp_path / "empty"
    corpus.mkdir()
    assert run_cli("init", corpus).returncode == 0
    assert (corpus / "corpus.yaml").is_file()


def test_schema_module_help_writes_nothing(tmp_path):
    done = run_cli_module("cheatdeck.schema", "--help", cwd=tmp_path)
    assert done.returncode == 0 and "usage" in done.stdout
    assert list(tmp_path.iterdir()) == []


def run_cli_module(module, *args, cwd):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=cwd, capture_output=True, text=True
    )


def test_schema_command_writes_where_the_hints_point(tmp_path, kinds_corpus):
    # the test corpus's files point at ../schema/topic.schema.json, as the repository's do
    for path in kinds_corpus.glob("*.yaml"):
        text = path.read_text()
        if not text.startswith("# yaml-language-server"):
            path.write_text("# yaml-language-server: $schema=../schema/topic.schema.json\n" + text)
    done = run_cli("schema", kinds_corpus, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (kinds_corpus.parent / "schema" / "topic.schema.json").is_file()
    assert not (kinds_corpus / "schema").exists()


def test_schema_command_follows_the_hint_of_a_topic_file_named_in_capitals(tmp_path):
    """The loader reads ``knots.YAML`` as a topic file: its hint is followed as well."""
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    (corpus / "sub").mkdir()
    topic = "deck: Knots\ntitle: Knots\ncards: []\n"
    hint = "# yaml-language-server: $schema=../editor/topic.schema.json\n"
    (corpus / "sub" / "knots.YAML").write_text(hint + topic)
    done = run_cli("schema", corpus)
    assert done.returncode == 0, done.stderr
    assert (corpus / "editor" / "topic.schema.json").is_file(), done.stdout


def test_schema_command_without_hints_writes_into_the_corpus_and_says_the_hint(tmp_path):
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    for path in corpus.glob("*.yaml"):
        path.write_text(path.read_text().split("\n", 1)[1])
    (corpus / "schema" / "topic.schema.json").unlink()
    done = run_cli("schema", corpus)
    assert done.returncode == 0, done.stderr
    assert (corpus / "schema" / "topic.schema.json").is_file()
    assert "$schema=schema/topic.schema.json" in done.stdout


def test_show_prints_anki_sides_and_the_sheet_lines(tmp_path):
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    done = run_cli("show", "git-head", corpus)
    assert done.returncode == 0, done.stderr
    assert "front: [...] names the commit that is checked out now." in done.stdout
    assert "back:  [HEAD] names the commit" in done.stdout
    assert "- **HEAD** names the commit" in done.stdout  # the sheet line
    done = run_cli("show", "git-new-branch", corpus)
    assert "`git switch -c {{branch}}`" in done.stdout  # the tldr example
    done = run_cli("show", "git-commit", corpus)
    assert done.stdout.count("front:") == 2  # reverse: true gives two cards
    assert "tldr" not in done.stdout
    assert "front: A snapshot of the tracked files" in done.stdout
    # image: is on each back in Anki, never on a front: a "Which species is this?" with
    # image: showed no picture to answer from, and show did not name the image at all
    assert done.stdout.count("\n       [image: images/commit-graph.png]\n") == 2, done.stdout


def test_a_plain_items_card_shows_the_other_items_terms_as_anki_does(tmp_path):
    """In a list of terms and plain items, Anki's card shows the other items' terms
    ('Floor'); 'show', Quizlet, Obsidian, Logseq and Mochi showed their explanations."""
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    (corpus / "git-basics.yaml").write_text(
        "deck: Hive\ntitle: Hive\ncards:\n  - id: parts\n    kind: list\n"
        "    title: Hive parts\n    items:\n      - Floor: with the entrance\n"
        "      - Crown board\n      - Roof\n",
        encoding="utf-8",
    )
    (corpus / "cheatdeck.lock").unlink(missing_ok=True)
    done = run_cli("show", "parts", corpus)
    assert done.returncode == 0, done.stderr
    assert "front: Hive parts: Floor · …?… · Roof\n" in done.stdout, done.stdout
    # a term's card shows the list's title above the term in Anki: 'show' printed the
    # term alone ("front: Floor")
    assert "front: Hive parts: Floor\nback:  with the entrance\n" in done.stdout, done.stdout
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "apkg,quizlet")
    assert done.returncode == 0, done.stderr
    quizlet = (tmp_path / "out" / "c.quizlet.txt").read_text(encoding="utf-8")
    assert "Hive parts: Floor · …?… · Roof\tCrown board" in quizlet, quizlet


def test_show_names_a_bare_number_row_with_its_row_header_as_anki_does(tmp_path):
    """The README: a row labelled "4" under 'row_header: Category' is "Category 4" on its
    Anki card; 'show', which prints each Anki card's front, printed "Sizes: 4 — Space"."""
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    (corpus / "git-basics.yaml").write_text(
        "deck: Rules\ntitle: Rules\ncards:\n  - id: sizes\n    kind: table\n"
        "    title: Sizes\n    row_header: Category\n    columns: [Space]\n    rows:\n"
        '      "4": [10 ft]\n      Tiny: [2.5 ft]\n',
        encoding="utf-8",
    )
    (corpus / "cheatdeck.lock").unlink(missing_ok=True)
    done = run_cli("show", "sizes", corpus)
    assert done.returncode == 0, done.stderr
    assert "front: Sizes: Category 4 — Space\nback:  10 ft\n" in done.stdout, done.stdout
    assert "front: Sizes: Tiny — Space\n" in done.stdout, done.stdout


def test_show_answers_for_a_valid_card_while_another_card_has_errors(tmp_path):
    """Checking how one card looks while another is half written: 'show' refused ("the
    corpus has errors; fix them first") although the card asked for was valid."""
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    with (corpus / "git-basics.yaml").open("a", encoding="utf-8") as topic:
        topic.write("\n  - id: draft\n    kind: qa\n    question: What does git gc do?\n")
    done = run_cli("show", "git-head", corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "front: [...] names the commit that is checked out now." in done.stdout
    assert "the corpus has 1 error in other cards' fields" in done.stderr
    done = run_cli("show", "draft", corpus)
    assert done.returncode == 1  # the card asked for is the one with the error
    assert "qa card 'draft' needs 'answer'" in done.stdout


def test_show_does_not_call_a_card_valid_that_check_finds_a_duplicate_of(tmp_path):
    """'show' counted only the field errors of other cards ("the corpus has 1 error in
    other cards", while check listed 2) and called a card "itself valid" that check
    reports as a duplicate-fact error: show runs no fact check."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", encoding="utf-8")
    (corpus / "t.yaml").write_text(
        "deck: T\ntitle: T\ncards:\n"
        "  - {id: arbol, kind: concept, term: el árbol, definition: the tree}\n"
        "  - {id: arbol-2, kind: concept, term: el arbol, definition: the tree}\n"
        "  - {id: draft, kind: concept, term: el libro}\n",
        encoding="utf-8",
    )
    assert "2 errors" in run_cli("check", corpus).stdout
    done = run_cli("show", "arbol-2", corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 error in other cards' fields" in done.stderr, done.stderr
    assert "itself is valid" not in done.stderr
    assert "duplicate" in done.stderr


def test_show_suggests_the_id_meant(tmp_path):
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    done = run_cli("show", "git-comit", corpus)
    assert done.returncode == 2  # a usage error: the argument names no card
    assert "did you mean git-commit?" in done.stderr
    assert "Traceback" not in done.stderr
    with (corpus / "corpus.yaml").open("a") as corpus_yaml:
        corpus_yaml.write("retired: [git-old]\n")
    done = run_cli("show", "git-old", corpus)
    assert done.returncode == 2
    assert done.stderr.endswith(
        "no card 'git-old' in " + str(corpus) + ": it is retired "
        "(listed in 'retired' in corpus.yaml)\n"
    )


def test_show_of_an_id_s_first_word_suggests_the_ids_it_begins(tmp_path):
    """'show co' named no card and suggested nothing, beside co-cobalt and co-monoxide."""
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    done = run_cli("show", "git", corpus)
    assert done.returncode == 2
    assert done.stderr.endswith(
        "no card 'git' in " + str(corpus) + "; did you mean git-commit, git-staging-area, "
        "git-new-branch?\n"
    ), done.stderr


def test_show_of_an_id_with_a_word_added_suggests_the_id_it_begins_with(tmp_path):
    """'show gil-concept' beside a card 'gil' suggested 'kwargs-concept' (the nearest
    spelling), not the card meant: an id that the one typed begins with comes first."""
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    with (corpus / "git-basics.yaml").open("a", encoding="utf-8") as topic:
        for card_id, term in (("gil", "GIL"), ("kwargs-concept", "kwargs")):
            topic.write(f"\n  - id: {card_id}\n    kind: concept\n    term: {term}\n")
            topic.write(f"    definition: The meaning of {term}.\n")
    done = run_cli("show", "gil-concept", corpus)
    assert done.returncode == 2
    assert done.stderr.split("did you mean ")[1].startswith("gil"), done.stderr


def test_show_of_an_id_renamed_names_the_new_id(tmp_path):
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    topic = corpus / "git-basics.yaml"
    text = topic.read_text("utf-8")
    topic.write_text(
        text.replace("  - id: git-commit\n", "  - id: commit\n    renamed_from: git-commit\n"),
        "utf-8",
    )
    done = run_cli("show", "git-commit", corpus)
    assert done.returncode == 2
    assert done.stderr.endswith(
        "no card 'git-commit' in " + str(corpus) + ": it was renamed to 'commit' "
        "(renamed_from: git-commit)\n"
    )


def test_show_of_a_corpus_with_two_cards_of_one_id_tells_the_new_one_to_change(tmp_path):
    # as `check` does: the card the last build had keeps its id (and its Anki history)
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    assert run_cli("build", corpus, "-o", tmp_path / "out", "-f", "md").returncode == 0
    (corpus / "a-new.yaml").write_text(
        "deck: New\ntitle: New\ncards:\n  - id: git-commit\n    kind: qa\n"
        "    question: What does a commit hold?\n    answer: A snapshot.\n",
        "utf-8",
    )
    for command in ("show", "check"):
        args = ("show", "git-commit", corpus) if command == "show" else ("check", corpus)
        done = run_cli(*args)
        assert done.returncode == 1, done.stderr
        (line,) = [line for line in done.stdout.splitlines() if "duplicate-id" in line]
        assert "a-new.yaml:4:9: error duplicate-id" in line, line
        assert "(the card there is the one the last build had)" in line


def test_show_with_the_corpus_first_says_the_id_comes_first(tmp_path):
    assert run_cli("init", tmp_path / "c").returncode == 0
    done = run_cli("show", "c", "git-commit", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        "cheatdeck: error: no corpus folder 'git-commit': "
        "the card id comes first: cheatdeck show git-commit c\n"
    )


def test_stats_counts_cards_per_kind_deck_tag_and_priority(tmp_path):
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    done = run_cli("stats", corpus)
    assert done.returncode == 0, done.stderr
    assert "8 cards, 13 Anki notes, 1 topic\n" in done.stdout
    assert re.search(r"per kind:\n(  \w+ +1\n){8}", done.stdout), done.stdout
    assert re.search(r"C::Git +8", done.stdout)
    assert re.search(r"per priority:\n  common +8", done.stdout)


def test_stats_columns_stay_aligned_after_wide_characters(tmp_path):
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    topic = corpus / "words.yaml"
    topic.write_text(
        "deck: Words\ntitle: Words\ncards:\n"
        "  - {id: ni, kind: qa, question: 你好?, answer: hello, tags: [中文, zh]}\n"
        "  - {id: xie, kind: qa, question: 谢谢?, answer: thanks, tags: [zh]}\n",
        encoding="utf-8",
    )
    done = run_cli("stats", corpus)
    assert done.returncode == 0, done.stderr
    tags = done.stdout.split("per tag:\n")[1].split("\n\n")[0].splitlines()
    ends = {
        sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in tags
    }
    assert len(ends) == 1, tags  # the counts end in one column


def test_init_names_a_corpus_whose_folder_yaml_would_read_as_a_number(tmp_path):
    corpus = tmp_path / "2024"
    assert run_cli("init", corpus).returncode == 0
    head = yaml.safe_load((corpus / "corpus.yaml").read_text())
    assert (head["title"], head["deck"]) == ("2024", "2024")  # quoted: text, not a number
    done = run_cli("check", corpus, "--strict")
    assert done.returncode == 0 and "0 errors, 0 warnings" in done.stdout, done.stdout


def test_init_names_a_corpus_after_a_folder_with_accents_or_in_another_script(tmp_path):
    """ "café-notes/" gave the title "Caf notes" (the accented letter dropped), and
    "日本語カード/" the title "My deck": the title and deck are the folder's words as
    written; the file name (``name``) is its ASCII letters, accents set aside ("Türkçe
    Kartları/" gave "tu-rkc-e-kartlar": an accent split a word, and "ı" went)."""
    wanted = {
        "café-notes": ("cafe-notes", "Café notes"),
        "Straße": ("strasse", "Straße"),
        "Türkçe Kartları": ("turkce-kartlari", "Türkçe kartları"),
        "smørbrød": ("smorbrod", "Smørbrød"),
        "日本語カード": ("my-deck", "日本語カード"),
        "ελληνικά-λέξεις": ("my-deck", "Ελληνικά λέξεις"),
        "c\u0430rds": ("cards", "Cards"),  # a Cyrillic 'а': it was "crds" and "Cаrds"
        "сахар": ("my-deck", "Сахар"),  # a Russian word whose letters all look Latin
    }
    for folder, (name, title) in wanted.items():
        corpus = tmp_path / folder
        assert run_cli("init", corpus).returncode == 0
        head = yaml.safe_load((corpus / "corpus.yaml").read_text(encoding="utf-8"))
        assert (head["name"], head["title"], head["deck"]) == (name, title, title), folder
        done = run_cli("check", corpus, "--strict")
        assert done.returncode == 0, done.stdout


def test_a_corpus_command_suggested_for_a_folder_with_a_space_runs_as_pasted(tmp_path):
    assert run_cli("init", "My Cards", cwd=tmp_path).returncode == 0
    done = run_cli("check", "My Card", cwd=tmp_path)
    assert done.returncode == 2
    assert "did you mean cheatdeck check 'My Cards'?" in done.stderr, done.stderr
    done = run_cli("check", "My Cards/git-basics.yaml", cwd=tmp_path)
    assert "(cheatdeck check 'My Cards')" in done.stderr, done.stderr


def test_show_of_an_id_with_a_letter_that_looks_latin_names_the_letter(tmp_path):
    """'show git-cоmmit' with a Cyrillic 'о' suggested 'git-commit', which reads the same:
    the message names the letter."""
    corpus = tmp_path / "c"
    assert run_cli("init", corpus).returncode == 0
    done = run_cli("show", "git-c\u043emmit", corpus)
    assert done.returncode == 2
    assert done.stderr.endswith(
        "no card 'git-c\u043emmit' in " + str(corpus) + ": its '\u043e' is Cyrillic (U+043E), "
        "not Latin 'o': write git-commit\n"
    ), done.stderr
