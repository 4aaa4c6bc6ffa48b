"""Two commands alike but for how their words are written: a subcommand word one leaves
out (``npm run test`` / ``npm test``, ``systemctl list-units --failed`` / ``systemctl
--failed``), an argument in quotes (``echo "$i"`` / ``echo $i``), blanks around an
operator (``'.user = $name'`` / ``'.user=$name'``), a query's parameters in another order
(``?a=1&b=2`` / ``?b=2&a=1``) or a call's first argument given by its name
(``sort_values(by="x")`` / ``sort_values("x")``), or a bundle of one-letter options
written with or without its dash (``tar -xzf a.tgz`` / ``tar xzf a.tgz``), or a script
run through its interpreter or by its name (``python manage.py migrate`` / ``./manage.py
migrate``), or a command that one of these rewritings and the tools' documented names
for one command (``apt-get install`` / ``apt install``, ``npm rm`` / ``npm uninstall``)
find only together (``sudo apt --fix-broken install`` / ``apt-get -f install``,
``typed_one_way``). Each is a
rewriting of a folded command (``Item.answer_key``) that ``facts`` compares with the
other commands of a scope; a pair found so is a ``similar-fact`` warning, not a
duplicate: the quotes, the blanks or the word may be what one card teaches."""

from __future__ import annotations

import re

from .items import (
    program_by_name,
    spaced_equals_values,
    spaced_option_values,
    without_sudo,
)

#: A subcommand word: small letters, hyphens inside ("run", "list-units", "role").
_SUBCOMMAND = re.compile(r"[a-z]+(?:-[a-z]+)*")


def without_subcommand(command_key: str) -> str:
    """A folded command of three words or more without the plain word right after its
    program ("npm run test" -> "npm test", "ansible-galaxy role init web" ->
    "ansible-galaxy init web"), as many tools take a subcommand's words in full or
    short; the command as it is when that word is no plain word of two letters or more,
    or when a one-letter option would follow the program ("git remote -v" is no "git
    -v": a tool gives its own letters another meaning than its subcommand's)."""
    words = command_key.split()
    if len(words) < 3 or len(words[1]) < 2 or not _SUBCOMMAND.fullmatch(words[1]):
        return command_key
    if words[2].startswith("-") and not words[2].startswith("--"):
        return command_key
    return " ".join([words[0], *words[2:]])


#: A word in quotes, no blank, quote nor wildcard inside: what ``items.unquoted_words``
#: leaves quoted too ('"$i"', '"local[4]"'), but for a pattern ("'*.txt'" names one
#: file, "*.txt" every text file).
_QUOTED_WORD = re.compile(r"""(?<![\w\\])(['"])([^\s'"*?]+)\1(?![\w'"])""")


def without_quotes(command_key: str) -> str:
    """A folded command with each word in quotes unquoted, a variable too (``echo "$i"``
    -> ``echo $i``), but for a pattern; the command as it is without one."""
    if "'" not in command_key and '"' not in command_key:
        return command_key
    return _QUOTED_WORD.sub(r"\2", command_key)


#: An assignment or a comparison with its blanks: " = ", " += ", " == ", " != ".
_SPACED_OPERATOR = re.compile(r" ?([-+*/!<>=]?=) ?")


def unspaced_operators(command_key: str) -> str:
    """A folded command with no blank around its '=' signs (``.user = $name`` ->
    ``.user=$name``, ``x += 1`` -> ``x+=1``); the command as it is without one."""
    if "=" not in command_key:
        return command_key
    return _SPACED_OPERATOR.sub(r"\1", command_key)


#: A query string of two parameters or more: "verb=ListRecords&metadataPrefix=oai_dc".
_QUERY = re.compile(r"""(?<=\?)[^\s?#&='"]+=[^\s?#&'"]*(?:&[^\s?#&='"]+=[^\s?#&'"]*)+""")


def query_sorted(command_key: str) -> str:
    """A folded command with the parameters of each query string in one order
    ("?verb=ListRecords&set=x" and "?set=x&verb=ListRecords" send one request); the
    command as it is without one."""
    if "?" not in command_key or "&" not in command_key:
        return command_key
    return _QUERY.sub(lambda found: "&".join(sorted(found[0].split("&"))), command_key)


#: A call's first argument given by its name: '.sort_values(by="price"'.
_FIRST_KEYWORD = re.compile(r"(?<=[\w\]]\()[A-Za-z_]\w*=(?!=)")


def first_argument_unnamed(command_key: str) -> str:
    """A folded command whose calls give their first argument without its name
    ('df.sort_values(by="price", ascending=False)' -> 'df.sort_values("price",
    ascending=False)', as a function takes its first parameter either way); the command
    as it is without such a call."""
    if "=" not in command_key or "(" not in command_key:
        return command_key
    return _FIRST_KEYWORD.sub("", command_key)


#: A call whose every argument (two or more, none holding a bracket, a comma or an '=')
#: is given by its name: "plt.subplots(nrows=2, ncols=3)".
_ALL_KEYWORDS = re.compile(
    r"(?<=[\w\]]\()((?:[A-Za-z_]\w*=(?!=)[^,()=\s][^,()=]*, *)+"
    r"[A-Za-z_]\w*=(?!=)[^,()=\s][^,()=]*)\)"
)
#: An argument's name before its value.
_ARGUMENT_NAME = re.compile(r"(?:^|(?<=, )|(?<=,))[A-Za-z_]\w*=(?!=)")


def arguments_unnamed(command_key: str) -> str:
    """A folded command whose calls give every argument by its name, two or more, with
    the names left out, in their order ('plt.subplots(nrows=2, ncols=3)' ->
    'plt.subplots(2, 3)', as a function takes its parameters by position too); the
    command as it is without such a call."""
    if "=" not in command_key or "(" not in command_key:
        return command_key
    return _ALL_KEYWORDS.sub(lambda found: _ARGUMENT_NAME.sub("", found[1]) + ")", command_key)


#: Both output streams sent to one file in bash's short form: "&> f", "&>> f" (append).
_BOTH_STREAMS = re.compile(r"(?<![>&\d])&>(>?) *([^\s&|;<>]+)")
#: ... or in csh's, which bash reads too: ">& f" (not ">&2", a stream duplicated).
_BOTH_STREAMS_CSH = re.compile(r"(?<![>&\d])>& *([^\s\d&|;<>-][^\s&|;<>]*)")
#: Standard output's number written before its redirection: "1> f", "1>> f", "1>&2".
_STDOUT_NUMBERED = re.compile(r"(?:(?<=\s)|^)1(?=>)")
#: The shell's "source" builtin at the start of a command: POSIX spells it ".".
_SOURCE = re.compile(r"source +(?=\S)")


def shell_spelt_one_way(command_key: str) -> str:
    """A folded shell command with what bash reads two ways written one way: both
    output streams sent to a file (``cmd &> f``, ``cmd >& f`` -> ``cmd > f 2>&1``,
    ``cmd &>> f`` -> ``cmd >> f 2>&1``), standard output's number before its
    redirection left out (``cmd 1> f`` -> ``cmd > f``), and ``source file`` as POSIX's
    ``. file``; the command as it is without one."""
    if ">" in command_key:
        command_key = _BOTH_STREAMS.sub(r">\1 \2 2>&1", command_key)
        command_key = _BOTH_STREAMS_CSH.sub(r"> \1 2>&1", command_key)
        command_key = _STDOUT_NUMBERED.sub("", command_key)
    if command_key.startswith("source "):
        command_key = _SOURCE.sub(". ", command_key, count=1)
    return command_key


#: A program's first argument as a bundle of two to six one-letter options after one
#: dash ("-xzf", "-aux"), then a word or the end.
_DASHED_BUNDLE = re.compile(r"([a-z][\w.+-]*) -([A-Za-z]{2,6})(?= |$)")


def bundle_undashed(command_key: str) -> str:
    """A folded command whose first argument is a bundle of one-letter options, written
    without its dash ("tar -xzf a.tgz" -> "tar xzf a.tgz", "ps -aux" -> "ps aux"), as
    tar, ps and ar read their old-style options; the command as it is when its first
    argument is no such bundle. A one-letter option alone is left dashed ("ps -e" and
    "ps e" are two options)."""
    found = _DASHED_BUNDLE.match(command_key)
    if found is None:
        return command_key
    return f"{found.group(1)} {found.group(2)}{command_key[found.end() :]}"


#: The interpreters that run a script file, by the ending their scripts' names take.
_SCRIPT_ENDINGS = {
    "python": ".py",
    "python2": ".py",
    "python3": ".py",
    "py": ".py",
    "ruby": ".rb",
    "perl": ".pl",
    "node": ".js",
    "bash": ".sh",
    "sh": ".sh",
    "zsh": ".sh",
    "php": ".php",
}
#: A script named at the start of a command, run through its interpreter ("python
#: manage.py", "ruby bin/setup.rb") or by its path ("./manage.py"): the interpreter, the
#: "./" and the script's name.
_SCRIPT_RUN = re.compile(r"(?:([a-z]+[23]?) +)?(\./)?([\w.+-]+\.[a-z]{2,3})(?= |$)")


def script_run_by_name(command_key: str) -> str:
    """A folded command that runs a script of the current folder, named as a program
    ("python manage.py migrate", "python3 manage.py migrate" and "./manage.py migrate"
    -> "manage.py migrate", "ruby setup.rb" -> "setup.rb"), as an executable script
    with its shebang line runs either way; the command as it is when it starts with no
    script, or with an interpreter that does not run that script's kind ("python
    build.sh" stays)."""
    found = _SCRIPT_RUN.match(command_key)
    if found is None:
        return command_key
    interpreter, dotted, script = found.groups()
    if interpreter is None and dotted is None:
        return command_key
    if interpreter is not None and not script.endswith(_SCRIPT_ENDINGS.get(interpreter, " ")):
        return command_key
    return script + command_key[found.end() :]


#: Programs and subcommands that their own documentation names two ways, as the one
#: name users read most, at a command's start: apt(8) runs apt-get's and apt-cache's
#: everyday subcommands (not "upgrade", which apt lets install new packages);
#: ImageMagick 7's "magick" runs what "convert" did and "magick identify" is "identify";
#: npm's and helm's command references list these aliases of a subcommand.
_ALIASES = (
    (
        re.compile(
            r"apt-get (?=(?:-\S+ )*(?:update|install|reinstall|remove|purge|autoremove|clean)\b)"
        ),
        "apt ",
    ),
    (re.compile(r"apt-cache (?=(?:search|show)\b)"), "apt "),
    (re.compile(r"(?:magick )?convert (?=\S)"), "magick "),
    (re.compile(r"magick (?=(?:identify|mogrify|composite|montage|compare) )"), ""),
    (re.compile(r"npm (?:remove|rm|r|un|unlink) (?=\S)"), "npm uninstall "),
    (re.compile(r"npm (?:i|add|in) (?=\S)"), "npm install "),
    (re.compile(r"npm (?:create|innit) (?=\S)"), "npm init "),
    (re.compile(r"npm run-script (?=\S)"), "npm run "),
    (re.compile(r"helm (?:un|delete|del) (?=\S)"), "helm uninstall "),
)


def program_aliased(command_key: str) -> str:
    """A folded command with its program or subcommand named as the tool's documentation
    names it first ("apt-get install x" -> "apt install x", "convert a.png a.jpg" ->
    "magick a.png a.jpg", "npm rm x" -> "npm uninstall x", "helm delete r" -> "helm
    uninstall r"); the command as it is without one of those names at its start."""
    for alias, name in _ALIASES:
        found = alias.match(command_key)
        if found is not None:
            return name + command_key[found.end() :]
    return command_key


#: A placeholder in angle brackets, one word: "<pkg>".
_ANGLED = re.compile(r"<([a-z0-9]+)>")


def typed_one_way(command_key: str) -> str:
    """A folded command with every rewriting above that loses nothing applied at once,
    and a leading sudo, the program's path, a documented alias and angle brackets
    around a placeholder set aside ("sudo apt-get purge <pkg>" and "apt purge pkg",
    "tar -xzf a.tgz --directory=/opt" and "tar xzf a.tgz --directory /opt"): two
    commands each written otherwise in two ways or more, which no rewriting alone
    pairs."""
    key = program_aliased(program_by_name(without_sudo(command_key)))
    key = bundle_undashed(script_run_by_name(key))
    key = spaced_option_values(spaced_equals_values(key))
    key = shell_spelt_one_way(unspaced_operators(without_quotes(key)))
    return _ANGLED.sub(r"\1", key) if "<" in key else key
