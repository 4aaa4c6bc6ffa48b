"""A command card and a card that asks for its one option: the same fact.

"UDP scan": ``sudo nmap -sU host`` and "Which scan type does nmap use for UDP ports?"
``-sU`` teach one option of one program, once as the task it does and once as the
option that does it. The pair is found when the command gives exactly one option, the
other card's answer is that option (alone, after its program, or with a placeholder or
a bracketed note: ``-oA <basename>``, ``-sn (formerly -sP)``), or its prompt is that
program and option ("nmap -sV", "What does nmap -F do?"), and the other card names the
program and any subcommand the command runs ("git log -p" is not "Which git add flag
...?" ``-p``). A warning, like every reworded match."""

from __future__ import annotations

import re

from .items import Item
from .normalize import content_words, fold

#: A word run before the program that is not the program ("sudo nmap ...").
_RUNNERS = frozenset({"sudo", "doas", "time", "nice", "exec", "command"})
#: A command-line option: a short or long flag, "-p-" included.
_OPTION = re.compile(r"^--?[A-Za-z][\w-]*$|^-[A-Za-z]-$")
#: A placeholder or bracketed note after an option: "<file>", "(same as ...)".
_AFTER_OPTION = re.compile(r"\s*(?:<[^<>]*>|\[[^\[\]]*\]|\([^()]*\))\s*")
#: Words a prompt that only names an option may add: "What does nmap -F do?".
_ASKING_WORDS = frozenset("what does do is the mean means option flag switch for in of".split())
_WORD = re.compile(r"[\w-]+")


def option_asked(a: Item, b: Item) -> bool:
    """``a`` or ``b`` a command of one option, the other asking for that option."""
    return _asks_option(a, b) or _asks_option(b, a)


def _asks_option(command: Item, other: Item) -> bool:
    if command.kind != "command" or other.kind not in ("qa", "concept", "list-item"):
        return False
    words = _plain(command.answer).split()
    while words and words[0] in _RUNNERS:
        del words[0]
    options = [at for at, word in enumerate(words) if word.startswith("-")]
    if len(options) != 1 or not _OPTION.match(words[options[0]]) or options[0] == 0:
        return False
    option, named = words[options[0]], [w.lower() for w in words[: options[0]]]
    if any(not re.fullmatch(r"[a-z][\w.-]*", w) for w in named):
        return False  # a path, a variable or a pipe before the option: no plain program
    # a file the command reads, after the program, is no subcommand: "pandoc in.md -o f"
    named = named[:1] + [w for w in named[1:] if not _FILE_NAME.fullmatch(w)]
    prompt, answer = _plain(other.prompt), _plain(other.answer)
    said = set(_WORD.findall(f"{prompt} {answer}".lower()))
    if not set(named) <= said:
        return False
    bare = _AFTER_OPTION.sub(" ", answer).split()
    if bare == [option] or bare == [*named, option]:
        return True
    if bare[:1] == [option] and len(bare) > 1 and all(_PLACEHOLDER_WORD.match(w) for w in bare[1:]):
        return True  # "-o FILE (or --output=FILE)": the option and its placeholder
    prompt_words = _WORD.findall(prompt)
    return _with_program(prompt_words, named, option) and all(
        word.lower() in _ASKING_WORDS for word in _without(prompt_words, [*named, option])
    )


def _plain(text: str) -> str:
    """Text without the backticks of inline code."""
    return text.replace("`", " ").strip()


def _with_program(words: list[str], named: list[str], option: str) -> bool:
    """``words`` say the program (and subcommands) and the option in a row."""
    return _without(words, [*named, option]) != words


def _without(words: list[str], run: list[str]) -> list[str]:
    for at in range(len(words) - len(run) + 1):
        if [w.lower() for w in words[at : at + len(run) - 1]] == run[:-1] and (
            words[at + len(run) - 1] == run[-1]
        ):
            return words[:at] + words[at + len(run) :]
    return words


#: Where a term gives one option two ways: "rsync -z / --compress", "-z, --compress",
#: "-z (--compress)", "-z or --compress".
_ALTERNATIVES = re.compile(r"\s*(?:/|,|\bor\b|\(|\))\s*")
#: A file name with its extension: "in.md", "notes.txt".
_FILE_NAME = re.compile(r"[\w-]+\.[a-z0-9]{1,5}")
#: A placeholder after an option in a term: "-z STRING", "-o <file>".
_PLACEHOLDER_WORD = re.compile(r"^(?:[A-Z][A-Z_]*|<[^<>]+>)$")


def option_defined(a: Item, b: Item) -> bool:
    """``a`` or ``b`` a term that is one option (after its program, written short and
    long, with a placeholder), the other a question answered with that option: "rsync -z
    / --compress": "compresses file data during the transfer" / "Which option makes
    rsync compress data during the transfer?" ``-z``. The question names the program the
    term names, and shares a word with the definition: "Which tar option is verbose?"
    ``-v`` is not "grep -v": "invert the match"."""
    return _defines_asked(a, b) or _defines_asked(b, a)


def _defines_asked(term: Item, question: Item) -> bool:
    if term.kind not in ("concept", "list-item") or question.kind != "qa" or term.statement:
        return False
    named, options = _term_options(_plain(term.prompt))
    if not options:
        return False
    answer = _AFTER_OPTION.sub(" ", _plain(question.answer)).split()
    if not answer:
        return False
    if answer[-1] not in options or [w.lower() for w in answer[:-1]] not in ([], named):
        if options.isdisjoint(_answer_options(" ".join(answer), named)):
            return False
    said = set(_WORD.findall(f"{_plain(question.prompt)} {_plain(question.answer)}".lower()))
    if not set(named) <= said:
        return False
    asked = set(content_words(fold(question.prompt))) - set(named) - _ASKING_WORDS
    return not asked.isdisjoint(content_words(fold(term.answer)))


#: An option with its value after "=": "--lua-filter=FILE", "--columns=72".
_VALUE_AFTER_EQUALS = re.compile(r"^(--?[A-Za-z][\w-]*)=\S+$")


def _answer_options(answer: str, named: list[str]) -> set[str]:
    """The options an answer gives, each form of one option: "-N / --number-sections",
    "--lua-filter=FILE" (its value after "="), "-f FORMAT" (a placeholder after it);
    none unless each part is one option (after the term's program at most)."""
    found: set[str] = set()
    for part in (p for p in _ALTERNATIVES.split(answer) if p.strip()):
        words = part.split()
        if [w.lower() for w in words[: len(named)]] == named and len(words) > len(named):
            words = words[len(named) :]
        option = _VALUE_AFTER_EQUALS.sub(r"\1", words[0])
        if not _OPTION.match(option) or any(not _PLACEHOLDER_WORD.match(w) for w in words[1:]):
            return set()
        found.add(option)
    return found


def _term_options(prompt: str) -> tuple[list[str], set[str]]:
    """The program a term names (its words before the option, in small letters) and the
    option's forms; no forms unless each part of the term is one option, after the
    program in the first, before placeholders."""
    named: list[str] = []
    options: set[str] = set()
    for number, part in enumerate(p for p in _ALTERNATIVES.split(prompt) if p.strip()):
        words = part.split()
        at = next((i for i, word in enumerate(words) if _OPTION.match(word)), None)
        if at is None or any(not _PLACEHOLDER_WORD.match(w) for w in words[at + 1 :]):
            return [], set()
        before = [w.lower() for w in words[:at]]
        if number == 0:
            if any(not re.fullmatch(r"[a-z][\w.-]*", w) for w in before):
                return [], set()
            named = before
        elif before and before != named:
            return [], set()
        options.add(words[at])
    return named, options
