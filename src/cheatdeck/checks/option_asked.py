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
    prompt, answer = _plain(other.prompt), _plain(other.answer)
    said = set(_WORD.findall(f"{prompt} {answer}".lower()))
    if not set(named) <= said:
        return False
    bare = _AFTER_OPTION.sub(" ", answer).split()
    if bare == [option] or bare == [*named, option]:
        return True
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
