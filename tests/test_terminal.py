"""The terminal cheat sheets (tldr, navi, cheat) from command cards.

tldr pages are linted by ``tldr-lint`` itself (``npm ci --prefix tests/js``); navi and
cheat files are checked against their documented syntax (no navi or cheat binary here).
``tests/cases/terminal`` holds the corner cases: more than 8 commands of one program,
``\\`` continuations, a short script, a here-document, a backtick, Go-template braces, a
placeholder with a dot, a Python "command", a card kept off the sheet.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
import yaml

from cheatdeck import pipeline
from cheatdeck.writers import WRITER_NAMES
from cheatdeck.writers.terminal.common import _leading_words, one_line

from conftest import CASES, ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden" / "terminal"
TLDR_LINT = ROOT / "tests" / "js" / "node_modules" / ".bin" / "tldrl"
FORMATS = ("tldr", "navi", "cheat")


def _build(corpus, out) -> dict[str, dict[str, str]]:
    outcome = pipeline.build(corpus, out, [WRITER_NAMES[n] for n in FORMATS])
    assert not outcome.report.failed(False), [str(d) for d in outcome.report.diagnostics]
    files = {}
    for name in FORMATS:
        folder = out / WRITER_NAMES[name].filename(outcome.corpus.name)
        files[name] = {
            p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }
    return files


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("terminal")
    results = {}
    for case in ("terminal", "kinds", "hostile"):
        corpus = base / case
        shutil.copytree(CASES / case / "cards", corpus)
        results[case] = (_build(corpus, base / f"{case}-out"), base / f"{case}-out")
    results["again"] = _build(base / "terminal", base / "again")
    return results


@pytest.mark.parametrize("case", ["terminal", "kinds", "hostile"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_output_matches_golden(built, case, fmt, update_golden):
    files = built[case][0][fmt]
    text = "".join(f"==> {name} <==\n{body}" for name, body in files.items())
    golden = GOLDEN / f"{case}.{fmt}.golden"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"missing {golden}: run pytest --update-golden"
    assert text == golden.read_text(encoding="utf-8")


def test_rebuilding_gives_the_same_files(built):
    assert built["again"] == built["terminal"][0]


@pytest.mark.parametrize("case", ["terminal", "kinds", "hostile"])
def test_tldr_pages_pass_tldr_lint(built, case):
    if not TLDR_LINT.exists() or not shutil.which("node"):
        pytest.skip("tldr-lint not installed: npm ci --prefix tests/js")
    files, out = built[case]
    assert files["tldr"], "no tldr page to lint"
    folder = next(out.glob("*.tldr"))
    done = subprocess.run(
        ["node", str(TLDR_LINT), str(folder)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_tldr_lint_fails_a_page_that_breaks_its_rules(tmp_path):
    """The lint run above can fail: a page without the closing colon is refused."""
    if not TLDR_LINT.exists() or not shutil.which("node"):
        pytest.skip("tldr-lint not installed: npm ci --prefix tests/js")
    (tmp_path / "x.md").write_text("# x\n\n> X.\n\n- Do it\n\n`x`\n")
    done = subprocess.run(["node", str(TLDR_LINT), str(tmp_path)], capture_output=True, text=True)
    assert done.returncode != 0 and "TLDR005" in done.stdout + done.stderr


def test_tldr_pages_hold_at_most_eight_examples_and_spell_placeholders(built):
    pages = built["terminal"][0]["tldr"]
    assert set(pages) == {"git.md", "git-2.md", "docker.md", "rsync.md"}
    for text in pages.values():
        assert text.count("\n- ") <= 8
        assert "<" not in text  # every <name> became {{name}}
    assert "`git add {{file}}`" in pages["git.md"]
    assert "- Stage one file:" in pages["git.md"]  # capital, colon, no period
    assert "'\\{\\{.Names\\}\\}'" in pages["docker.md"]  # literal braces escaped
    assert "`rsync -a ./{{folder}}/ {{host}}:/srv/{{folder}}/`" in pages["rsync.md"]
    assert "`docker build -t {{image}} .; docker run --rm {{image}}`" in pages["docker.md"]
    everything = "".join(pages.values())
    for left_out in ("app.conf", "date +%F", "print(i)", "rm -rf"):
        assert left_out not in everything


def test_navi_cheats_follow_navi_syntax(built):
    cheats = built["terminal"][0]["navi"]
    assert set(cheats) == {"git.cheat", "shell.cheat"}
    shell = cheats["shell.cheat"]
    assert shell.startswith("% term, shell, tricky\n")
    assert "--filter name=<my_name>" in shell  # a navi variable name
    assert "rsync -a \\\n  ./<folder>/ \\\n  <host>:/srv/<folder>/" in shell
    for text in cheats.values():
        blocks = text.strip("\n").split("\n\n")
        assert blocks[0].startswith("% ")
        for block in blocks[1:]:
            description, *command = block.split("\n")
            assert description.startswith("# ") and command
            assert not any(line[:1] in "#%$;@" for line in command)


def test_cheat_sheets_have_front_matter_and_commands_as_written(built):
    sheets = built["terminal"][0]["cheat"]
    assert set(sheets) == {"git", "docker", "rsync", "echo"}
    for text in sheets.values():
        front = yaml.safe_load(text.split("---\n")[1])
        assert front["syntax"] == "bash" and front["tags"]
    assert "# To stage one file:\ngit add <file>\n" in sheets["git"]


def test_a_command_left_out_is_named_once_on_the_command_line(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(CASES / "terminal" / "cards", corpus)
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "tldr,navi,cheat")
    assert done.returncode == 0, done.stderr
    notices = [line for line in done.stderr.splitlines() if "left out heredoc" in line]
    assert len(notices) == 1, done.stderr
    assert re.search(r"tldr: left out backtick: its command holds a backtick", done.stderr)


@pytest.mark.parametrize(
    "command, expected",
    [
        ("ls -la", "ls -la"),
        ("a \\\n  --b \\\n  c", "a --b c"),
        ("make\nmake install", "make; make install"),
        ("echo 'a\nb'", None),
        ("# note\nls", None),
        ("cat <<EOF\nx\nEOF", None),
        ("a \\", None),
        ("rev <<< word", "rev <<< word"),  # a here-string is one line
        ('grep x <<< "$v"\nls', 'grep x <<< "$v"; ls'),
        ("cat <<EOF", "cat <<EOF"),  # one line as written: nothing joined
        ("kubectl get pods |\n  grep -v Running", "kubectl get pods | grep -v Running"),
        ("make &&\n  make install", "make && make install"),
        ("for f in *.log; do\n  gzip $f\ndone", "for f in *.log; do gzip $f; done"),
        ("while read l\ndo\n  echo $l\ndone", "while read l; do echo $l; done"),
        ("echo a;\necho b", "echo a; echo b"),
        ("find . -exec rm {} \\;\nls", "find . -exec rm {} \\;; ls"),  # "\;" is a word
        ("echo then\nls", "echo then; ls"),  # "then" as an argument, not the keyword
        ("kubectl get pods  # every pod\nkubectl get svc", None),  # "…; kubectl get svc"
        ("echo '#1' ${#a} x#y\nls", "echo '#1' ${#a} x#y; ls"),  # not comments
        ("ls\nkubectl get pods  # every pod", "ls; kubectl get pods  # every pod"),
        ("make &&\nmake install |", None),  # the last line reads on: not whole
    ],
)
def test_one_line(command, expected):
    assert one_line(command) == expected


SCRIPTS = {
    "pipe": "kubectl get pods -o wide |\n  awk '{print $4}'",
    "and": "docker build -t <image> . &&\n  docker push <image>",
    "loop": 'for f in *.log; do\n  gzip "$f"\ndone',
    "branch": "if [ -f <file> ]; then\n  cat <file>\nelse\n  echo missing\nfi",
    "function": "greet() {\n  echo hi\n}",
    "find": "find . -name <pattern> -exec rm {} \\;\nls",
}


def test_joined_scripts_are_read_by_bash_as_one_command(tmp_path):
    """A line ending in "|" or "&&" was joined to the next with "; " ("kubectl get pods |;
    awk …"), a syntax error in every shell. Each tldr example and navi command of these
    scripts is read by ``bash -n`` (placeholders filled in)."""
    if not shutil.which("bash"):
        pytest.skip("bash not installed")
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: s\ntitle: S\ndeck: S\n", "utf-8")
    cards = "".join(
        f"  - id: {key}\n    kind: command\n    task: Run the {key} script\n"
        f"    command: {json.dumps(text)}\n"
        for key, text in SCRIPTS.items()
    )
    (corpus / "s.yaml").write_text(f"deck: S\ntitle: S\ncards:\n{cards}", "utf-8")
    files = _build(corpus, tmp_path / "out")
    tldr = [
        line[1:-1].replace("\\{\\{", "{{").replace("\\}\\}", "}}")
        for body in files["tldr"].values()
        for line in body.splitlines()
        if line.startswith("`")
    ]
    tldr = [re.sub(r"\{\{(\w+)\}\}", r"\1", line) for line in tldr]
    navi = [
        re.sub(r"<(\w+)>", r"\1", "\n".join(block.split("\n")[1:]))
        for body in files["navi"].values()
        for block in body.split("\n\n")[1:]
    ]
    assert len(tldr) == len(navi) == len(SCRIPTS)
    for command in tldr + navi:
        assert "|;" not in command and "&&;" not in command, command
        done = subprocess.run(["bash", "-n", "-c", command], capture_output=True, text=True)
        assert done.returncode == 0, (command, done.stderr)


@pytest.mark.parametrize(
    "command, program",
    [
        ("sudo tcpdump -i eth0 port 443", ("tcpdump",)),
        ("sudo -u postgres psql -c 'select 1'", ("psql",)),
        ("nice -n 10 make -j4", ("make",)),
        ("LC_ALL=C sort file.txt", ("sort",)),
        ("env FOO=1 BAR=2 git commit", ("git", "commit")),
        ("git remote add origin <url>", ("git", "remote", "add", "origin")),
        ("sudo", ("sudo",)),  # the wrapper alone is the program
        ("./gradlew build", ("gradlew", "build")),  # was left on a page named "commands"
        ("/usr/local/bin/helm version", ("helm", "version")),
        ("sudo ./install.sh --prefix <dir>", ("install.sh",)),
    ],
)
def test_a_page_is_named_after_the_program_behind_sudo_and_assignments(command, program):
    assert _leading_words(command) == program


def test_a_script_or_pipeline_is_shown_under_the_program_the_corpus_is_about(tmp_path):
    corpus = tmp_path / "media"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: media\ntitle: Media\ndeck: Media\n")
    cards = [
        ("convert", "Convert a video to MP4", "ffmpeg -i in.mkv -c:v libx264 out.mp4"),
        ("frames", "Save every frame", "ffmpeg -i video.mp4 frame_%04d.png"),
        ("audio", "Extract the audio", "ffmpeg -i in.mp4 -vn out.mp3"),
        (
            "concat",
            "Join videos",
            "printf \"file '%s'\\n\" *.mp4 > list.txt\n"
            "ffmpeg -f concat -i list.txt -c copy joined.mp4",
        ),
        ("count", "Count the frames", "ffprobe -count_frames in.mp4 | grep nb_read_frames"),
        ("pipe", "Filter a list", "cat names.txt | ffmpeg -f concat -i - out.mp4"),
        ("quoted", "Keep a pipe in quotes", "printf 'a | ffmpeg' > x.txt"),
    ]
    lines = ["deck: ffmpeg", "title: ffmpeg", "cards:"]
    for id_, task, command in cards:
        lines += [f"  - id: {id_}", "    kind: command", f"    task: {task}", "    command: |"]
        lines += [f"      {line}" for line in command.split("\n")]
    (corpus / "ffmpeg.yaml").write_text("\n".join(lines) + "\n")
    done = run_cli("build", corpus, "-o", tmp_path / "out", "-f", "tldr,cheat")
    assert done.returncode == 0, done.stderr
    pages = sorted(p.name for p in (tmp_path / "out" / "media.tldr").iterdir())
    assert pages == ["ffmpeg.md", "ffprobe.md", "printf.md"], pages
    ffmpeg = (tmp_path / "out" / "media.tldr" / "ffmpeg.md").read_text()
    assert "- Join videos:" in ffmpeg and "- Filter a list:" in ffmpeg, ffmpeg
    assert "Keep a pipe in quotes" in (tmp_path / "out" / "media.tldr" / "printf.md").read_text()
    assert sorted(p.name for p in (tmp_path / "out" / "media.cheat").iterdir()) == [
        "ffmpeg",
        "ffprobe",
        "printf",
    ]


def test_a_console_sessions_prompts_and_output_stay_off_the_terminal_sheets(tmp_path):
    """``lang: console`` is written with ``$ `` prompts and may show output: the tldr
    page was named "commands" with "$ kubectl get nodes" as its example, navi ran "$"."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: nodes\n    kind: command\n    task: Show the nodes\n    lang: console\n"
        "    command: |\n      $ kubectl get nodes\n      NAME   STATUS\n      n1     Ready\n"
        "  - id: install\n    kind: command\n    task: Install a chart\n    lang: console\n"
        "    command: |\n      $ helm install <release> \\\n      >   --set x=1 <chart>\n",
        "utf-8",
    )
    files = _build(corpus, tmp_path / "out")
    assert set(files["tldr"]) == {"kubectl.md", "helm.md"}
    assert "`kubectl get nodes`" in files["tldr"]["kubectl.md"]
    assert "`helm install {{release}} --set x=1 {{chart}}`" in files["tldr"]["helm.md"]
    navi = files["navi"]["c.cheat"]
    assert "\nkubectl get nodes\n" in navi and "$" not in navi and "NAME" not in navi
    assert "helm install <release> \\\n  --set x=1 <chart>\n" in navi
    assert "# To show the nodes:\nkubectl get nodes\n" in files["cheat"]["kubectl"]
    if TLDR_LINT.exists():
        folder = tmp_path / "out" / "c.tldr"
        done = subprocess.run([str(TLDR_LINT), str(folder)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_angle_brackets_glued_to_a_word_are_no_placeholder(tmp_path):
    """``echo '<b>bold</b>' > <file>``: the sheet and Anki take only ``<file>`` for a
    placeholder (``<b>`` is glued to "bold", as ``List<T>`` or ``<<EOF`` are), but tldr
    wrote ``echo '{{b}}bold</b>'``, a command to fill in."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: bold\n    kind: command\n    task: Write a bold tag into a file\n"
        "    command: echo '<b>bold</b>' > <file>\n",
        "utf-8",
    )
    files = _build(corpus, tmp_path / "out")
    assert "`echo '<b>bold</b>' > {{file}}`" in files["tldr"]["echo.md"]


def test_a_corpus_with_no_shell_command_says_why_the_folders_are_empty(tmp_path):
    """The README's `lang: psql` command (`\\dt`) runs in psql, not a terminal: the
    three folders came out empty without a word."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: p\ntitle: P\ndeck: P\n", "utf-8")
    (corpus / "pg.yaml").write_text(
        "deck: PG\ntitle: PG\ncards:\n  - id: list-tables\n    kind: command\n"
        "    task: List the tables\n    command: '\\dt'\n    lang: psql\n",
        "utf-8",
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES[n] for n in FORMATS])
    assert not outcome.report.failed(False), outcome.report.render("text")
    assert set(outcome.notices) == {
        "terminal sheets (tldr, navi, cheat): no command card runs in a shell (theirs are "
        "psql: not a terminal's): their folders are empty (a shell command has lang: shell,"
        " or none)"
    }
    assert not any((tmp_path / "out").glob("*/*"))


def test_commands_of_another_shell_are_named_as_left_out(tmp_path):
    """A corpus of PowerShell and cmd.exe commands (``lang: powershell``, ``doscon``)
    with a few ``winget`` ones in the default ``shell``: the three folders held the
    winget commands only, and the build said nothing of the others; with no shell
    command at all it said PowerShell was "not a terminal's"."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: w\ntitle: W\ndeck: W\n", "utf-8")
    cards = (
        "  - id: find-logs\n    kind: command\n    task: Find the logs\n"
        "    command: Get-ChildItem -Recurse -Filter *.log\n    lang: powershell\n"
        "  - id: profile\n    kind: command\n    task: Print the profile folder\n"
        "    command: echo %USERPROFILE%\n    lang: doscon\n"
        "  - id: query\n    kind: command\n    task: Query the database\n"
        "    command: SELECT 1;\n    lang: sql\n"
    )
    winget = (
        "  - id: upgrade\n    kind: command\n    task: Upgrade all\n"
        "    command: winget upgrade --all\n"
    )
    left_out = (
        "terminal sheets (tldr, navi, cheat): left out find-logs (w.yaml:4), profile "
        "(w.yaml:9): commands of another shell (powershell, doscon) than the one these "
        "formats hold (lang: shell, bash, sh, zsh, fish or console)"
    )
    for written, notices in (
        (cards + winget, {left_out}),
        (cards, {left_out}),
    ):
        (corpus / "w.yaml").write_text(f"deck: W\ntitle: W\ncards:\n{written}", "utf-8")
        out = tmp_path / f"out{len(written)}"
        outcome = pipeline.build(corpus, out, [WRITER_NAMES[n] for n in FORMATS])
        assert not outcome.report.failed(False), outcome.report.render("text")
        assert set(outcome.notices) >= notices, outcome.notices
        assert not any("not a terminal's" in notice for notice in outcome.notices)
        tldr = sorted(path.name for path in (out / "w.tldr").iterdir())
        assert tldr == (["winget.md"] if written.endswith(winget) else []), tldr


def test_a_command_holding_a_tab_is_left_out_of_tldr_and_kept_in_navi_and_cheat(tmp_path):
    """``docker ps --format '{{.Names}}<TAB>{{.Status}}'``: the tab went into the tldr
    page, which tldr-lint refuses (TLDR012 "Page should contain no tabs"); as spaces it
    would be another format string. The tldr example is left out, with a notice; navi
    and cheat keep the command as written."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: tabbed\n    kind: command\n    task: List containers by name and status\n"
        "    command: \"docker ps --format '{{.Names}}\\t{{.Status}}'\"\n"
        "  - id: plain\n    kind: command\n    task: List every container\n"
        "    command: docker ps -a\n",
        "utf-8",
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES[n] for n in FORMATS])
    assert not outcome.report.failed(False), outcome.report.render("text")
    assert "tldr: left out tabbed: its command holds a tab" in outcome.notices
    page = (tmp_path / "out" / "c.tldr" / "docker.md").read_text("utf-8")
    assert "\t" not in page and "`docker ps -a`" in page
    command = "docker ps --format '{{.Names}}\t{{.Status}}'"
    assert command in (tmp_path / "out" / "c.navi" / "c.cheat").read_text("utf-8")
    assert command in (tmp_path / "out" / "c.cheat" / "docker").read_text("utf-8")
    if TLDR_LINT.exists():
        folder = tmp_path / "out" / "c.tldr"
        done = subprocess.run([str(TLDR_LINT), str(folder)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_keys_written_as_commands_are_left_out_with_a_notice_naming_lang(tmp_path):
    """Vim and tmux keys written as command cards with the default lang (``:wq``,
    ``Ctrl-b d``, ``"ayy``, ``<leader>e``, ``prefix %``) became tldr pages named
    ``commands.md``, ``ctrl-b.md``, ``prefix.md`` and ``g.md`` (for ``:%s/a/b/g``), and
    navi cheats that a shell would run. They are left out of all three, with one notice
    naming each card and the ``lang`` that marks it; shell commands beside them stay."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K\n", "utf-8")
    keys = {
        "save-quit": ":wq",
        "substitute": ":%s/a/b/g",
        "detach": "Ctrl-b d",
        "split": "prefix %",
        "register": "'\"ayy'",
        "leader": "<leader>e",
        "window": "<C-w>v",
        "emacs-save": "C-x C-s",
        "delete-word": "^W",
    }
    cards = "".join(
        f"  - id: {name}\n    kind: command\n    task: Do {name}\n    command: {command}\n"
        for name, command in keys.items()
    )
    cards += (
        "  - id: attach\n    kind: command\n    task: Attach to a session\n"
        "    command: tmux attach -t <name>\n"
        "  - id: truncate\n    kind: command\n    task: Empty a file\n    command: ': > <file>'\n"
    )
    (corpus / "keys.yaml").write_text(f"deck: K\ntitle: Keys\ncards:\n{cards}", "utf-8")
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES[n] for n in FORMATS])
    assert not outcome.report.failed(False), outcome.report.render("text")
    notices = {n for n in outcome.notices if "which no shell runs" in n}  # once a format
    assert len(notices) == 1, outcome.notices
    notice = notices.pop()
    for number, name in enumerate(keys):
        assert f"{name} (keys.yaml:{4 + number * 4})" in notice
    assert "lang: vim" in notice and "attach" not in notice and "truncate" not in notice
    pages = sorted(p.name for p in (tmp_path / "out" / "k.tldr").iterdir())
    assert pages == ["commands.md", "tmux.md"], pages  # ": > <file>" runs no named program
    navi = (tmp_path / "out" / "k.navi" / "keys.cheat").read_text("utf-8")
    assert "tmux attach -t <name>" in navi and ": > <file>" in navi
    assert not any(command.strip("'") in navi for command in keys.values())


def test_show_says_a_key_is_left_out_of_the_terminal_sheets(tmp_path):
    """``cheatdeck show`` printed ``:w`` as a tldr example that the build leaves out."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K\n", "utf-8")
    (corpus / "keys.yaml").write_text(
        "deck: K\ntitle: Keys\ncards:\n"
        "  - id: save\n    kind: command\n    task: Save the file\n    command: ':w'\n",
        "utf-8",
    )
    done = run_cli("show", "save", corpus)
    assert done.returncode == 0, done.stderr
    assert "`:w`" not in done.stdout
    assert "left out of the terminal sheets: keys or an editor's command" in done.stdout


def test_show_gives_the_example_the_build_writes_or_why_it_leaves_it_out(tmp_path):
    """``cheatdeck show`` printed ``cut -f1 {{file}} |`` and ``$ jq . {{file}}`` as tldr
    examples: the build leaves the first out (unfinished) and takes the second's prompt
    off."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: k\ntitle: K\ndeck: K\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: K\ntitle: C\ncards:\n"
        "  - id: cut\n    kind: command\n    task: Cut a column\n"
        "    command: cut -f1 <file> |\n"
        "  - id: pretty\n    kind: command\n    task: Pretty-print a file\n"
        "    command: $ jq . <file>\n",
        "utf-8",
    )
    done = run_cli("show", "cut", corpus)
    assert done.returncode == 0, done.stderr
    assert "`cut -f1" not in done.stdout
    assert "left out of the terminal sheets: its last line ends in" in done.stdout
    done = run_cli("show", "pretty", corpus)
    assert done.returncode == 0, done.stderr
    assert "`jq . {{file}}`" in done.stdout and "`$ jq" not in done.stdout


def test_a_tldr_page_of_a_hyphenated_program_is_titled_with_its_name(tmp_path):
    """``systemd-escape`` and ``ssh-keygen`` are one program each: their pages were
    titled "# systemd escape" and "# ssh keygen", the hyphen read as the one between a
    program and its sub-command (``aws-s3.md``: "# aws s3"), which stays."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    cards = [
        ("esc", "Escape a path for a unit name", "systemd-escape -p /mnt/data"),
        ("key", "Make an ed25519 key", "ssh-keygen -t ed25519"),
    ] + [(f"s3-{n}", f"S3 task {n}", f"aws s3 ls s3://bucket-{n}") for n in range(9)]
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        + "".join(
            f"  - id: {id_}\n    kind: command\n    task: {task}\n    command: {command}\n"
            for id_, task, command in cards
        ),
        "utf-8",
    )
    tldr = _build(corpus, tmp_path / "out")["tldr"]
    titles = {name: body.split("\n", 1)[0] for name, body in tldr.items()}
    assert titles == {
        "systemd-escape.md": "# systemd-escape",
        "ssh-keygen.md": "# ssh-keygen",
        "aws-s3.md": "# aws s3",
        "aws-s3-2.md": "# aws s3 2",
    }


def test_a_command_left_unfinished_is_named_so_not_as_a_comment_or_a_quote(tmp_path):
    """``cat <file> | \\`` (a trailing backslash on one line, or on a block's last line)
    and a command whose last line ends in ``|`` leave the command unfinished: a shell waits
    for a line the card does not hold. They were left out as "a comment, a here-document
    or a quote across lines", none of which they hold; the notice now says what is wrong
    and what to type, and names each card's place. ``echo \\\\`` ends in an escaped
    backslash, which the shell prints: it was left out too, and is kept now."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: trailing\n    kind: command\n    task: Start a pipeline\n"
        "    command: cat <file> | \\\n"
        "  - id: block\n    kind: command\n    task: Find the logs\n"
        '    command: |\n      find . -name "*.log" \\\n'
        "  - id: piped\n    kind: command\n    task: Count the lines\n"
        "    command: |\n      cd /var/log\n      wc -l <file> |\n"
        "  - id: one-pipe\n    kind: command\n    task: Cut a column\n"
        "    command: cut -f1 <file> |\n"
        "  - id: escaped\n    kind: command\n    task: Print a backslash\n"
        "    command: echo \\\\\n"
        "  - id: commented\n    kind: command\n    task: Explain and list\n"
        "    command: |\n      # every file\n      ls -la\n",
        "utf-8",
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES[n] for n in FORMATS])
    assert not outcome.report.failed(False), outcome.report.render("text")
    assert (
        "terminal sheets (tldr, navi, cheat): left out trailing (c.yaml:4), block (c.yaml:8),"
        " piped (c.yaml:13), one-pipe (c.yaml:19): their last lines end in a '\\' or an"
        " operator ('|', '&&'), so a shell would wait for another line: finish the command,"
        " or take the '\\' off"
    ) in outcome.notices
    assert (
        "terminal sheets (tldr, navi, cheat): left out commented: its lines cannot be joined"
        " into one command (a comment, a here-document or a quote across lines)"
    ) in outcome.notices
    navi = (tmp_path / "out" / "c.navi" / "c.cheat").read_text("utf-8")
    assert "echo \\\\\n" in navi and "cat " not in navi and "find" not in navi
    assert "cut" not in navi and "wc" not in navi


def test_a_navi_command_starting_with_a_dollar_is_not_read_as_a_variable_line(tmp_path):
    """navi reads a line starting with ``$`` as a variable's definition (``$ name:
    command``), ``%`` as tags, ``;`` as a comment, ``#`` as a description and ``@`` as an
    extension: ``$EDITOR <file>`` (no colon: navi refuses the whole cheat) and
    ``${EDITOR:-vi} ~/.bashrc`` (a variable named ``{EDITOR``) were written at a line's
    start. Each such first line is indented, as the later lines of a command are already:
    the shell runs the same command."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: editor\n    kind: command\n    task: Open a file in your editor\n"
        "    command: $EDITOR <file>\n"
        "  - id: default\n    kind: command\n    task: Open the rc file in your editor or vi\n"
        "    command: ${EDITOR:-vi} ~/.bashrc\n"
        "  - id: prefix\n    kind: command\n    task: Run the Homebrew prefix's sed\n"
        "    command: |\n      $(brew --prefix)/bin/gsed \\\n        -n 1p <file>\n"
        "  - id: plain\n    kind: command\n    task: List every file\n"
        "    command: ls -la\n",
        "utf-8",
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES[n] for n in FORMATS])
    assert not outcome.report.failed(False), outcome.report.render("text")
    navi = (tmp_path / "out" / "c.navi" / "c.cheat").read_text("utf-8")
    blocks = navi.strip("\n").split("\n\n")[1:]
    assert [block.split("\n", 1)[1] for block in blocks] == [
        " $EDITOR <file>",
        " ${EDITOR:-vi} ~/.bashrc",
        " $(brew --prefix)/bin/gsed \\\n  -n 1p <file>",
        "ls -la",
    ]


def test_a_shell_command_written_with_a_prompt_loses_it_as_a_console_one_does(tmp_path):
    """``$ jq . <file>`` with the default ``lang: shell`` (a session copied with its
    prompt): "$" is no program, so the tldr page was named "commands" with "$ jq" as its
    example and navi ran "$". The prompt is taken off as for ``lang: console``, and the
    session's output lines are left out; the deck and the sheets keep it as written."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: pretty\n    kind: command\n    task: Pretty-print a JSON file\n"
        "    command: $ jq . <file>\n"
        "  - id: count\n    kind: command\n    task: Count the elements of an array\n"
        "    command: |\n      $ jq length <file>\n      3\n",
        "utf-8",
    )
    outcome = pipeline.build(corpus, tmp_path / "out", [WRITER_NAMES[n] for n in FORMATS])
    assert not outcome.report.failed(False), outcome.report.render("text")
    out = tmp_path / "out"
    assert sorted(p.name for p in (out / "c.tldr").iterdir()) == ["jq.md"]
    page = (out / "c.tldr" / "jq.md").read_text("utf-8")
    assert "`jq . {{file}}`" in page and "`jq length {{file}}`" in page and "$" not in page
    navi = (out / "c.navi" / "c.cheat").read_text("utf-8")
    assert "\njq . <file>\n" in navi and "\njq length <file>\n" in navi and "$" not in navi
    assert "\n3\n" not in navi
    assert "$" not in (out / "c.cheat" / "jq").read_text("utf-8")


def test_check_warns_of_a_shell_command_left_unfinished(tmp_path):
    """``check`` said nothing of ``cat <file> | \\`` (a trailing backslash) or of a script
    whose last line ends in ``|``: the deck and the sheets teach the command so, and only
    the build's notice said the terminal sheets left it out. A warning now names its place
    and the fix; ``echo \\\\`` (an escaped backslash), a key's ``lang: text`` and a
    ``console`` session's output line are left alone."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: trailing\n    kind: command\n    task: Start a pipeline\n"
        "    command: cat <file> | \\\n"
        "  - id: piped\n    kind: command\n    task: Count the lines\n"
        "    command: |\n      cd /var/log\n      wc -l <file> |\n"
        "  - id: escaped\n    kind: command\n    task: Print a backslash\n"
        "    command: echo \\\\\n"
        "  - id: key\n    kind: command\n    task: Split the window\n"
        "    command: prefix |\n    lang: text\n"
        "  - id: session\n    kind: command\n    task: Show the pipe's output\n"
        "    lang: console\n    command: |\n      $ echo 'a|b'\n      a|\n",
        "utf-8",
    )
    done = run_cli("check", corpus)
    warned = [line for line in done.stdout.splitlines() if "unfinished-command" in line]
    assert warned == [
        f"{corpus / 'c.yaml'}:7:14: warning unfinished-command: 'command' of trailing ends "
        "unfinished ('cat <file> | \\'): a shell would wait for another line, and the tldr, "
        "navi and cheat exports leave it out: finish the command, or take the last '\\' (or "
        "'|', '&&') off",
        f"{corpus / 'c.yaml'}:11:14: warning unfinished-command: 'command' of piped ends "
        "unfinished ('wc -l <file> |'): a shell would wait for another line, and the tldr, "
        "navi and cheat exports leave it out: finish the command, or take the last '\\' (or "
        "'|', '&&') off",
    ], done.stdout


def test_check_warns_of_a_placeholder_written_in_braces(tmp_path):
    """``zpool status -v {pool}`` passed check in silence: a shell passes the braces as
    written, the sheets and Anki show no placeholder, and the tldr page kept ``{pool}``
    where ``<pool>`` is ``{{pool}}``. A warning names it and gives the command with
    ``<pool>``; braces in quotes (awk's and jq's code), ``${x}``, ``@{u}``, ``{}``,
    ``{a,b}`` and a command in another language are left alone."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: braced\n    kind: command\n    task: Show a pool's errors\n"
        "    command: zpool status -v {pool} && zpool clear {pool} {device-id}\n"
        "  - id: quoted\n    kind: command\n    task: Print lines and names\n"
        "    command: awk '{print}' f | jq \"{name}\" | echo ${HOME} @{u} {} x{a,b}\n"
        "  - id: script\n    kind: command\n    task: Format a name\n    lang: python\n"
        "    command: print(f'{name}')\n",
        "utf-8",
    )
    done = run_cli("check", corpus)
    warned = [line for line in done.stdout.splitlines() if "placeholder-notation" in line]
    assert warned == [
        f"{corpus / 'c.yaml'}:7:14: warning placeholder-notation: 'command' of braced writes "
        "'{pool}', '{device-id}' in braces: a shell passes the braces as written, and the "
        "sheets, Anki and the tldr, navi and cheat exports read only <name> as a "
        "placeholder: write <pool>, <device-id> (command: zpool status -v <pool> && zpool "
        "clear <pool> <device-id>); if the braces are meant (xargs -I {f}), quote them: '{f}'",
    ], done.stdout
    # braces meant (xargs's replacement string), quoted as the warning says: no warning
    (corpus / "c.yaml").write_text(
        "deck: C\ntitle: C\ncards:\n"
        "  - id: meant\n    kind: command\n    task: Back up each text file\n"
        "    command: find . -name '*.txt' | xargs -I '{f}' cp '{f}' '{f}.bak'\n",
        "utf-8",
    )
    done = run_cli("check", corpus)
    assert "placeholder-notation" not in done.stdout, done.stdout


def test_a_placeholder_starting_with_a_digit_or_of_two_words_is_one_everywhere(tmp_path):
    """``-V geometry:margin=<2cm> -V mainfont=<DejaVu Serif>``: tldr and navi kept both as
    written (``<2cm>`` a redirection to fill in by hand) while ``<file.md>`` beside them
    became ``{{file.md}}``; the sheet coloured them as shell code. A blank followed by a
    digit stays a redirection (``sort <in 2> err``)."""
    corpus = tmp_path / "cards"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("name: c\ntitle: C\ndeck: C\n", "utf-8")
    (corpus / "c.yaml").write_text(
        "deck: Typesetting\ntitle: Typesetting\ncards:\n"
        "  - id: margins\n    kind: command\n    task: Set the PDF's margins and font\n"
        "    command: pandoc <file.md> -o out.pdf -V geometry:margin=<2cm>"
        " -V mainfont=<DejaVu Serif>\n"
        "  - id: errors\n    kind: command\n    task: Sort a file, errors to another\n"
        "    command: sort <in 2> err\n",
        "utf-8",
    )
    files = _build(corpus, tmp_path / "out")
    assert (
        "`pandoc {{file.md}} -o out.pdf -V geometry:margin={{2cm}} -V mainfont={{DejaVu Serif}}`"
        in files["tldr"]["pandoc.md"]
    ), files["tldr"]
    assert "`sort <in 2> err`" in files["tldr"]["sort.md"]
    navi = files["navi"]["c.cheat"]
    assert "margin=<2cm> -V mainfont=<DejaVu_Serif>\n" in navi, navi  # a navi variable name
    assert "\nsort <in 2> err\n" in navi
    outcome = pipeline.build(corpus, tmp_path / "sheet", [WRITER_NAMES["html"]])
    page = next((tmp_path / "sheet").glob("*.html")).read_text(encoding="utf-8")
    assert not outcome.report.failed(False)
    for name in ("&lt;file.md&gt;", "&lt;2cm&gt;", "&lt;DejaVu Serif&gt;"):
        assert f'<span class="placeholder">{name}</span>' in page, name
