"""The ``tldr`` writer: a folder of tldr pages (``<program>.md``) from the command cards.

A page is one program (``git.md``), or one program and sub-command (``aws-s3.md``) when
the program has more than 8 commands (tldr's limit per page; a longer page is cut into
``aws-s3.md``, ``aws-s3-2.md``). Each card is an example: its task as the description,
its command on one line in backticks, ``<name>`` placeholders as ``{{name}}`` and literal
braces escaped (``\\{\\{``), as the tldr client specification says. A command holding a
backtick cannot be written in tldr syntax, nor one holding a tab (tldr pages hold none,
and a tab written as spaces would change the command): it is left out, with a notice.
Pages pass ``tldr-lint`` (a test runs it).
"""

from __future__ import annotations

import re

from .. import BuildContext
from .common import encoded, pages, spell_placeholders, terminal_commands

MOST_EXAMPLES = 8
# what a tldr example cannot hold: a backtick ends it, a tab breaks tldr-lint's TLDR012
_UNWRITABLE = {"`": "backtick", "\t": "tab"}
# tldr-lint's rule TLDR112: these terms are lower case and in backticks
_TERMS = {
    "stdin": "stdin",
    "stdout": "stdout",
    "stderr": "stderr",
    "regex": "regex",
    "regular expression": "regex",
    "standard input": "stdin",
    "standard output": "stdout",
    "standard error": "stderr",
}
_TERM_RE = re.compile(
    r"(?<![`\w-])(" + "|".join(sorted(_TERMS, key=len, reverse=True)) + r")(?![`\w])",
    re.IGNORECASE,
)


def render(ctx: BuildContext) -> dict[str, bytes]:
    commands = []
    for cmd in terminal_commands(ctx):
        unwritable = next((name for mark, name in _UNWRITABLE.items() if mark in cmd.line), None)
        if unwritable:
            ctx.notices.append(f"tldr: left out {cmd.card.id}: its command holds a {unwritable}")
            continue
        commands.append(cmd)
    titles = {topic.path: topic.title for topic in ctx.corpus.topics}
    about = corpus_description(ctx.corpus.title, {cmd.words[0] for cmd in commands if cmd.words})
    files = {}
    for name, cmds in pages(commands, MOST_EXAMPLES).items():
        topics = list(dict.fromkeys(titles[cmd.card.topic] for cmd in cmds))
        files[f"{name}.md"] = page(name, cmds, about, topics)
    return encoded(files)


def page(name: str, cmds, about: str, topics: list[str]) -> str:
    """One tldr page: title, a description naming the corpus (``about``, from
    ``corpus_description``) and topics, the examples."""
    lines = [f"# {page_title(name, cmds)}", "", f"> {about}: {', '.join(topics)}."]
    for cmd in cmds:
        lines += ["", f"- {description(cmd.task)}", "", f"`{example(cmd.line)}`"]
    return "\n".join(lines) + "\n"


def page_title(name: str, cmds) -> str:
    """The page's program as written (``systemd-escape``), then what the page name adds
    to it with spaces for hyphens (``aws-s3``: "aws s3"; ``git-2``: "git 2")."""
    program = cmds[0].words[0].lower() if cmds[0].words else ""
    if not program or not name.startswith(program):
        return name.replace("-", " ")
    return program + name[len(program) :].replace("-", " ")


#: A title's first word, without the punctuation after it ("jq" of "jq: notes").
_FIRST_WORD = re.compile(r"[^\s,:;]+")


def corpus_description(title: str, programs: set[str]) -> str:
    """The corpus title as a page's description: as written, but for its first letter. A
    title that starts with the name of one of its programs in small letters ("jq and JSON
    on the command line") keeps it so, in backticks as tldr writes a command (tldr-lint
    wants a capital letter, and "Jq" names no program); another starts with a capital."""
    text = " ".join(title.split()).rstrip(".:")
    first = _FIRST_WORD.match(text)
    if first is not None and first[0] in programs and first[0][:1].islower():
        return f"`{first[0]}`{text[first.end() :]}"
    return sentence(text)


def sentence(text: str) -> str:
    text = " ".join(text.split()).rstrip(".:")
    return text[:1].upper() + text[1:]


def description(task: str) -> str:
    text = _TERM_RE.sub(lambda m: f"`{_TERMS[m.group(1).lower()]}`", sentence(task))
    return text + ":"


def example(line: str) -> str:
    line = line.replace("{{", "\\{\\{").replace("}}", "\\}\\}")
    return spell_placeholders(line, lambda name: "{{" + name + "}}")
