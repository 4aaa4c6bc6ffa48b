"""What the terminal formats share: the shell commands of a corpus, their placeholders,
and pages named after the program a command runs.

A placeholder is written in cards as ``<name>`` (``aws s3 cp ./<file> s3://<bucket>/``);
each format spells it its own way (``{{name}}`` for tldr, ``<name>`` for navi). Only
commands in a shell language are terminal commands; a command of several lines is joined
into one line (``\\`` continuations joined, script lines joined with ``;``), or left
out with a notice when joining could change what it does. A key binding or an editor's
command written as a shell command (``:wq``, ``Ctrl-b d``, ``"ayy``, ``<leader>e``,
``prefix %``) is left out with a notice too: no shell runs it, and a page named after its
"program" would be nonsense (``commands.md``, ``ctrl-b.md``, ``g.md`` for ``:%s/a/b/g``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ... import highlight
from ...model import Command
from .. import BuildContext

SHELL_LANGS = frozenset({"shell", "bash", "sh", "zsh", "console", "fish", "shell-session"})
# "<name>" (a dot allowed: <file.pcap>) not glued to a word or another angle bracket,
# as the sheet and Anki read one in a shell command: "<b>bold</b>" holds none
PLACEHOLDER = highlight.SHELL_PLACEHOLDER
_PROGRAM = re.compile(r"^[A-Za-z0-9][\w.+-]*$")
SUB_PAGE_MIN = 3  # fewer commands of one sub-command stay on the program's page
NOTICE_PREFIX = "terminal sheets (tldr, navi, cheat)"
_WORD = re.compile(r"^[a-z][a-z0-9-]*$")
LISTED = 20  # ids a notice names before "and N more"
#: How a key binding or an editor's command starts, which no shell command does: an ex
#: command (":wq", ":%s/a/b/g"; ": > file" is the shell's no-op, with its space), a key
#: chord ("Ctrl-w v", "C-x C-s", "^W"), a key in angle brackets ("<leader>e", "<C-w>",
#: "<Esc>"), or tmux's "prefix %".
_KEYS = re.compile(
    r"^(?::[^\s:]"
    r"|(?i:ctrl|control|alt|meta|shift|cmd|command|super|option|opt)[-+]\S"
    r"|[CMSAD]-\S"
    r"|\^[A-Z\[\]\\^_@?](?:\s|$)"
    r"|<(?i:leader|localleader|esc|cr|enter|return|tab|space|bs|del|up|down|left|right"
    r"|home|end|[cmsad]-\S)[^>]*>"
    r"|(?i:prefix)\s+\S+$)"
)


@dataclass(frozen=True, slots=True)
class TerminalCommand:
    """One command card as a terminal sheet shows it: its task and one line of shell."""

    card: Command
    task: str
    text: str  # the command as written, a console's "$ " prompts taken off
    line: str  # on one line; placeholders still as <name>
    words: tuple[str, ...]  # the command's words before any placeholder or option


_HERE_DOCUMENT = re.compile(r"(?<!<)<<(?!<)")  # not a here-string (<<<): that stays on its line
# a line ending in an operator or keyword after which the shell reads the next line as
# more of the same command: "|", "||", "&&", "|&", "&", "(", "{", ";;", and "do", "then",
# "else" where they are keywords (a command's first word: "…; do", not "echo then")
_READS_ON = re.compile(r"(?:[|&({]|;;|(?:^|[;&|]\s*)(?:do|then|else))$")


def one_line(command: str) -> str | None:
    """The command on one line: ``\\`` continuations joined, the lines of a short script
    joined with ``; `` (what a newline means to the shell), except after a line the shell
    reads on from (ending in ``|``, ``&&``, ``(``, ``do``, ...: joined with a space, as
    ``a |; b`` would not run). None when that could change its meaning: a comment (a
    comment line, or one ending a line but the last, which would swallow what follows
    it), a here-document, a quote left open at a line's end, or a last line that reads
    on."""
    lines = [line.rstrip() for line in command.strip("\n").split("\n")]
    if len(lines) == 1 and not _continues(lines[0]):  # one line already
        return lines[0].strip() or None
    statements, current = [], []
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("#") or _HERE_DOCUMENT.search(line):
            return None
        if number < len(lines) and _has_comment(line):  # "a  # note" + "b": "a # note; b"
            return None
        if _continues(line):
            current.append(line[:-1].strip())
            continue
        current.append(line.strip())
        statement = " ".join(part for part in current if part)
        quoted, open_quote = _shell_quoting(statement)
        if open_quote:
            return None
        if statement and not quoted[-1]:  # "find … \;" ends in a word, not an operator
            if _READS_ON.search(statement):  # "a |" + "b" is "a | b" to the shell
                current = [statement]
                continue
            if statement.endswith(";") and not statement.endswith(";;"):
                statement = statement[:-1].rstrip()  # "a;" + "b" is "a; b", not "a;; b"
        if statement:
            statements.append(statement)
        current = []
    if current:  # a last line ending in a backslash
        return None
    return "; ".join(statements) or None


def _continues(line: str) -> bool:
    """Whether a line ends in a ``\\`` that continues it: an odd run of backslashes
    (``echo \\\\`` ends in an escaped backslash, which the shell prints)."""
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def _has_comment(line: str) -> bool:
    """Whether a shell line holds a comment: a ``#`` outside quotes that starts a word
    (``${#list}`` and ``a#b`` are not comments)."""
    quoted, _open = _shell_quoting(line)
    return any(
        char == "#" and not quoted[i] and (i == 0 or line[i - 1] in " \t;|&(")
        for i, char in enumerate(line)
    )


def _shell_quoting(text: str) -> tuple[list[bool], bool]:
    """For each character of a shell line, whether the shell reads it as quoted (inside
    quotes, a quote itself, or escaped with ``\\``); and whether a quote is left open."""
    quoted: list[bool] = []
    quote, escaped = None, False
    for char in text:
        if escaped:
            escaped = False
            quoted.append(True)
        elif char == "\\" and quote != "'":
            escaped = True
            quoted.append(True)
        elif quote is None and char in "'\"":
            quote = char
            quoted.append(True)
        elif char == quote:
            quote = None
            quoted.append(True)
        else:
            quoted.append(quote is not None)
    return quoted, quote is not None


def without_prompts(command: str) -> str:
    """A console session's commands without their ``$ `` prompts (``$ kubectl get nodes``
    runs ``kubectl get nodes``; the tldr page was named "commands", and navi ran "$").
    The lines of a session that start with ``$ `` are commands, with the lines that a
    ``\\`` continues; the others are output, which a terminal sheet leaves out."""
    if not command.lstrip().startswith("$ "):
        return command
    kept: list[str] = []
    continued = False
    for line in command.strip("\n").split("\n"):
        if line.startswith("$ ") or continued:
            kept.append(line[2:] if line.startswith(("$ ", "> ")) else line)
            continued = line.rstrip().endswith("\\")
    return "\n".join(kept)


def terminal_commands(ctx: BuildContext) -> list[TerminalCommand]:
    """The shell command cards on the sheet, in sheet order; what is left out goes to
    ``ctx.notices``."""
    found, left_out, other_langs, keys, other_shells = [], [], [], [], []
    unfinished_cards: list[Command] = []
    for _topic, cards in ctx.sheet_cards():
        for card in cards:
            if not isinstance(card, Command):
                continue
            lang = (card.lang or "shell").lower()
            if lang not in SHELL_LANGS and is_other_shell(lang):
                other_shells.append(card)  # PowerShell, cmd.exe: quoted and joined otherwise
                continue
            if lang not in SHELL_LANGS:
                other_langs.append(lang)
                continue  # a Python or SQL "command" is not run in a terminal
            # "$ jq . <file>" in a shell card is a session copied with its prompt too: "$"
            # is no program (the page was "commands.md", navi ran "$")
            text = without_prompts(card.command)
            line = one_line(text)
            if line is not None and is_key_binding(line):
                keys.append(card)
                continue
            if unfinished(text):  # "cut -f1 <file> |" as well as a "\\" ending it
                unfinished_cards.append(card)
                continue
            if line is None:
                left_out.append(card.id)
                continue
            task = " ".join(card.task.split())
            found.append(TerminalCommand(card, task, text, line, ()))
    if left_out:
        their = "its lines" if len(left_out) == 1 else "their lines"
        ctx.notices.append(
            f"{NOTICE_PREFIX}: left out {', '.join(left_out)}: {their} cannot be joined into "
            "one command (a comment, a here-document or a quote across lines)"
        )
    if unfinished_cards:
        ctx.notices.append(_unfinished_left_out(unfinished_cards))
    if keys:
        ctx.notices.append(_keys_left_out(keys))
    if other_shells:
        ctx.notices.append(_other_shells_left_out(other_shells))
    if not found and not left_out and not keys and not other_shells and not unfinished_cards:
        ctx.notices.append(_nothing_to_write(other_langs))
    return _with_programs(found)


def unfinished(command: str) -> bool:
    """Whether a command's last line leaves it unfinished: it ends in a ``\\`` that
    continues it (``cat <file> | \\``) or in a pipe or an and-or list's operator (``|``,
    ``||``, ``&&``): a shell would wait for a line that the card does not hold."""
    last = command.strip("\n").split("\n")[-1].rstrip()
    quoted, open_quote = _shell_quoting(last)
    if not last or open_quote:
        return False  # a quote across lines: one_line's other reason
    return _continues(last) or (not quoted[-1] and last.endswith(("|", "&&")))


def _unfinished_left_out(cards: list[Command]) -> str:
    """The notice naming the command cards whose last line leaves the command unfinished."""
    named = [f"{card.id} ({card.topic}:{card.loc.line})" for card in cards[:LISTED]]
    more = f" and {len(cards) - LISTED} more" if len(cards) > LISTED else ""
    its = "its last line ends" if len(cards) == 1 else "their last lines end"
    return (
        f"{NOTICE_PREFIX}: left out {', '.join(named)}{more}: {its} in a '\\' or an "
        "operator ('|', '&&'), so a shell would wait for another line: finish the command, "
        "or take the '\\' off"
    )


def is_key_binding(line: str) -> bool:
    """Whether a one-line "command" is a key binding or an editor's command that no shell
    runs: it starts as one (``_KEYS``), or leaves a quote open (``"ayy``, a Vim register)."""
    return bool(_KEYS.match(line)) or _shell_quoting(line)[1]


def _keys_left_out(cards: list[Command]) -> str:
    """The notice naming the command cards that hold keys, not shell commands, and the
    ``lang`` that keeps them out of the terminal sheets without a notice."""
    named = [f"{card.id} ({card.topic}:{card.loc.line})" for card in cards[:LISTED]]
    more = f" and {len(cards) - LISTED} more" if len(cards) > LISTED else ""
    return (
        f"{NOTICE_PREFIX}: left out {', '.join(named)}{more}: keys or an editor's "
        "commands, which no shell runs: give such cards lang: vim (or lang: text), as a "
        "key that reads like a program's name (dd, w) is exported as a shell command "
        "without it"
    )


@lru_cache(maxsize=64)
def is_other_shell(lang: str) -> bool:
    """Whether ``lang`` names a shell's language (Pygments' shell lexers) other than the
    ones the terminal sheets hold: PowerShell (``powershell``, ``ps1con``), cmd.exe
    (``doscon``, ``batch``), tcsh. Their quoting, line continuations and comments are
    not the Unix shell's these sheets join and name pages by."""
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(lang)
    except ClassNotFound:
        return False
    return type(lexer).__module__ == "pygments.lexers.shell"


def _other_shells_left_out(cards: list[Command]) -> str:
    """The notice naming the command cards of another shell than the sheets hold."""
    named = [f"{card.id} ({card.topic}:{card.loc.line})" for card in cards[:LISTED]]
    more = f" and {len(cards) - LISTED} more" if len(cards) > LISTED else ""
    langs = ", ".join(dict.fromkeys((card.lang or "").lower() for card in cards))
    return (
        f"{NOTICE_PREFIX}: left out {', '.join(named)}{more}: commands of another shell "
        f"({langs}) than the one these formats hold (lang: shell, bash, sh, zsh, fish or "
        "console)"
    )


def _nothing_to_write(other_langs: list[str]) -> str:
    """Why the terminal sheets came out empty: no command card runs in a shell."""
    why = "no command card"
    if other_langs:
        langs = ", ".join(dict.fromkeys(other_langs))
        why = f"no command card runs in a shell (theirs are {langs}: not a terminal's)"
    fix = "a shell command has lang: shell, or none"
    return f"{NOTICE_PREFIX}: {why}: their folders are empty ({fix})"


def _with_programs(found: list[TerminalCommand]) -> list[TerminalCommand]:
    """Each command with the words of the program its page is named after. A command of
    several statements or a pipeline (``printf … > list.txt; ffmpeg -f concat …``,
    ``cat log | jq .``) is shown under the program of its statements that most of the
    corpus's commands begin with, the first on a tie."""
    statements = [[_leading_words(part) for part in _statements(cmd.line)] for cmd in found]
    begins = Counter(words[0][0].lower() for words in statements if words and words[0])
    chosen = []
    for cmd, words in zip(found, statements, strict=True):
        named = [each for each in words if each] or [()]
        best = max(named, key=lambda each: begins[each[0].lower()] if each else 0)
        chosen.append(dataclasses.replace(cmd, words=best))
    return chosen


def _statements(line: str) -> list[str]:
    """The parts of a shell line between ``;``, ``&&``, ``||`` and ``|`` outside quotes."""
    quoted, _open = _shell_quoting(line)
    parts, start, index = [], 0, 0
    while index < len(line):
        char = line[index]
        if not quoted[index] and char in ";|&":
            double = line[index : index + 2] in ("&&", "||")
            if char != "&" or double:
                parts.append(line[start:index])
                index += 2 if double else 1
                start = index
                continue
        index += 1
    parts.append(line[start:])
    return [part.strip() for part in parts if part.strip()]


#: Words that run the program after them (``sudo tcpdump …`` is a tcpdump example), with
#: their options that take a value (``sudo -u postgres psql``, ``nice -n 10 make``).
WRAPPERS: dict[str, frozenset[str]] = {
    "sudo": frozenset({"-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U"}),
    "doas": frozenset({"-u", "-C"}),
    "env": frozenset({"-u", "-C", "-S"}),
    "nice": frozenset({"-n"}),
    "nohup": frozenset(),
    "time": frozenset({"-f", "-o"}),
    "exec": frozenset({"-a"}),
    "command": frozenset(),
}
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def _leading_words(line: str) -> tuple[str, ...]:
    """The program a command runs and the sub-command words after it: ``git remote add``,
    past ``sudo``-like wrappers (and their options) and ``NAME=value`` assignments; a
    program run by its path (``./gradlew build``) is named by its file name."""
    parts = line.split()
    start = 0
    while start < len(parts):
        word = parts[start]
        if _ASSIGNMENT.match(word):
            start += 1
        elif word in WRAPPERS and start + 1 < len(parts):
            takes_value = WRAPPERS[word]
            start += 1
            while start < len(parts) and parts[start].startswith("-"):
                start += 2 if parts[start] in takes_value else 1
        else:
            break
    words = []
    for word in parts[start:]:
        if not words:  # a program run by its path is named by its file: ./gradlew, bin/rails
            word = word.rsplit("/", 1)[-1]
        if not (_PROGRAM.match(word) if not words else _WORD.match(word)):
            break
        words.append(word)
    return tuple(words)


def pages(
    commands: list[TerminalCommand], most: int | None = None
) -> dict[str, list[TerminalCommand]]:
    """Commands by page name, in first-seen order: the program (``git``). With ``most``, a
    program with more commands gets a page per sub-command that has at least
    ``SUB_PAGE_MIN`` (``aws-s3``), the rest stay on the program's page, and a page still
    longer than ``most`` is cut into ``name``, ``name-2``, ..."""
    by_program: dict[str, list[TerminalCommand]] = {}
    for cmd in commands:
        program = cmd.words[0].lower() if cmd.words else "commands"
        by_program.setdefault(program, []).append(cmd)
    if most is None:
        return by_program
    named: dict[str, list[TerminalCommand]] = {}
    for program, cmds in by_program.items():
        if len(cmds) <= most:
            named[program] = cmds
            continue
        subs: dict[str, list[TerminalCommand]] = {}
        for cmd in cmds:
            sub = f"{program}-{cmd.words[1]}" if len(cmd.words) > 1 else program
            subs.setdefault(sub, []).append(cmd)
        for sub, group in subs.items():
            key = sub if len(group) >= SUB_PAGE_MIN else program
            named.setdefault(key, []).extend(group)
    cut: dict[str, list[TerminalCommand]] = {}
    for name, cmds in named.items():
        for start in range(0, len(cmds), most):
            suffix = f"-{start // most + 1}" if start else ""
            cut[name + suffix] = cmds[start : start + most]
    return cut


def spell_placeholders(line: str, spell: Callable[[str], str]) -> str:
    """``line`` with each placeholder spelt so; a Vim key (``<C-c>``) stays as written."""
    return PLACEHOLDER.sub(
        lambda m: m.group(0) if highlight.vim_key(m.group(1)) else spell(m.group(1)), line
    )


def encoded(files: dict[str, str]) -> dict[str, bytes]:
    return {name: text.encode("utf-8") for name, text in sorted(files.items())}
