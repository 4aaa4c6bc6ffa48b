"""The study items the fact checks compare: one per fact, with its exact keys.

An item is what one Anki note asks and answers (``facts.fact_parts`` is the one
definition of that), plus where its prompt is written and the keys of the exact
layer: the folded prompt with its namespace (kept as a checksum), and the folded answer
(made when compared).
"""

from __future__ import annotations

import gc
import re
import zlib
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction

from ..facts import fact_parts
from ..highlight import PLACEHOLDER
from ..model import KINDS, Card, Corpus, FieldLocs, ListCard, Loc, Table
from .languages import (
    in_own_words,
    language_of,
    mentioned_words,
    number_word_in_digits,
    number_words,
    value_words_in_english,
)
from .normalize import (
    ABBREVIATIONS,
    REPEAT,
    capital_stopwords,
    content_words,
    degrees_spaced,
    fold,
    fold_code,
    one_word_phrases,
    tones_marked,
)
from .quantities import (
    UNITS,
    Quantity,
    a_qualifier,
    accountants_sign,
    is_mostly_quantity,
    is_range,
    parse,
    parts_make,
    with_decimal_point,
    writes_decimal_comma,
)

# Which prompts ask the same kind of thing: a term, a question and a limit subject
# share one namespace (a concept "Lambda timeout" and a limit "Lambda timeout" meet);
# a task or snippet title is answered with code; a cell lives in its table.
_NAMESPACE = {
    "concept": "text",
    "qa": "text",
    "limit": "text",
    "command": "code",
    "snippet": "code",
}
_PROMPT_FIELD = {kind: spec.prompt.name for kind, spec in KINDS.items() if spec.prompt}
_ANSWER_NAME = {
    "concept": "definition",
    "qa": "answer",
    "command": "command",
    "limit": "value",
    "snippet": "code",
    "table-cell": "value",
    "list-item": "explanation",
}


@dataclass(eq=False, slots=True)
class CardRef:
    """What the fact checks know of a card: the items of one card share one ``CardRef``."""

    id: str
    allow: tuple[str, ...]
    deck: str  # the card's full deck path: the fact checks compare within a scope of it
    anki: bool = True  # in the deck and the exports (``anki: false`` leaves it out)
    sheet: bool = True  # on the sheet: PDF, HTML, Markdown (``sheet: false``)

    def allows(self, other: CardRef) -> bool:
        """One of the two cards names the other in ``allow``: the user keeps both."""
        return other.id in self.allow or self.id in other.allow

    def shares_output(self, other: CardRef) -> bool:
        """Some output holds both cards: a table kept off the deck (``anki: false``) and a
        card kept off the sheet (``sheet: false``) are never studied or read together."""
        return (self.anki and other.anki) or (self.sheet and other.sheet)


def scope_of(deck: str, root: str, fact_scope: str) -> str:
    """The part of a deck path whose cards the fact checks compare with each other.

    ``deck`` (the default): the deck one level below the root, so ``Root::Git`` and
    ``Root::Git::Branches`` are compared, ``Root::Git`` and ``Root::PostgreSQL`` never;
    ``topic``: the card's own deck; ``corpus``: every card."""
    if fact_scope == "corpus":
        return ""
    if fact_scope == "topic":
        return deck
    depth = len(root.split("::")) if root else 0
    return "::".join(deck.split("::")[: depth + 1])


#: The quantities of an item that states none (one set for all of them).
NO_QUANTITIES: frozenset[Quantity] = frozenset()


@dataclass(eq=False, slots=True)
class Item:
    """One fact of one card, ready for comparison.

    Its exact prompt key is kept as a checksum (``key_hash``): equal keys have equal
    checksums, and ``key`` makes the key again from the item's text to tell equal from
    merely colliding. The folded answer is made again when asked for (``answer_key``):
    only items already found alike compare answers. At 100k cards the keys and folded
    answers themselves, a folded copy of every prompt and answer, held 50 MB."""

    index: int
    card: CardRef
    kind: str  # concept, qa, command, limit, snippet, cloze, table-cell, list-item
    # Where the prompt is written: a row's or list item's Loc, or the card's FieldLocs
    # and the prompt's field (``loc``): no Loc object of its own for most items.
    where: Loc | FieldLocs
    prompt: str  # as written (inline Markdown); a list item's term, or its text if none
    answer: str  # as written; "" for a statement (cloze, plain list item)
    value: str = ""  # the answer as the value checks read it: "1.000 m" is "1000 m" in German
    context: str = ""  # table or list title
    row: str = ""
    column: str = ""
    is_code: bool = False
    statement: bool = False  # a cloze or a plain list item: no prompt of its own
    key_hash: int = 0  # checksum of ``key``
    quantities: frozenset[Quantity] = NO_QUANTITIES
    # Content words as sorted token ids (tuples: a third of the memory of a frozenset).
    prompt_ids: tuple[int, ...] = ()  # of the prompt, table or list title included
    answer_ids: tuple[int, ...] = ()  # of a text answer
    field: str = ""  # the prompt's field, when ``where`` is the card's FieldLocs
    row_heading: str = ""  # a table cell's: the heading over its row labels
    # its key or folded answer holds pinyin typed with tone numbers ("zai4jian4"), told
    # while both are at hand (``_item``): folding them again costs more than the look
    tone_numbered: bool = False

    @property
    def loc(self) -> Loc:
        """Where the prompt is written."""
        return self.where if isinstance(self.where, Loc) else self.where.at(self.field)

    @property
    def key(self) -> tuple[str, ...]:
        """The exact prompt key: namespace and folded prompt (with title, row, column)."""
        kind = self.kind
        if kind == "table-cell":
            return ("cell", fold(self.context), fold(self.row), fold(self.column))
        if kind == "list-item":
            namespace = "item" if self.statement else "term"
            return (namespace, fold(self.context), fold(self.prompt))
        if kind == "cloze":
            return ("statement", fold(self.prompt))
        return (_NAMESPACE[kind], fold(degrees_spaced(self.prompt)))  # "at 20°C": "20 °C"

    @property
    def answer_key(self) -> str:
        """The folded answer ("" for a statement)."""
        if self.statement:
            return ""
        if self.kind == "command":  # "`sbt run`": the command marked as code
            found = _LONE_CODE_SPAN.fullmatch(self.answer.strip())
            code = found.group(1) if found else self.answer
            return fold_code(spaced_redirections(placeholders_one_way(unquoted_words(code))))
        return fold_code(self.answer) if self.is_code else fold(accountants_sign(self.answer))

    @property
    def code_key(self) -> str | None:
        """A command's code, or a question's answer written as one code span ("`dd`"),
        folded as code; None for other answers."""
        if self.kind == "command":
            return self.answer_key
        if self.kind == "qa" and "`" in self.answer:
            answer = self.answer.strip()
            found = _LONE_CODE_SPAN.fullmatch(answer) or _RUN_CODE_SPAN.fullmatch(answer)
            if found is not None:
                return fold_code(placeholders_one_way(unquoted_words(found.group(1))))
        return None

    @property
    def prompt_name(self) -> str:
        """How messages name the prompt: "term", "cell 'EBS' / 'Scope'", ..."""
        if self.kind == "table-cell":
            return f"cell '{self.row}' / '{self.column}'"
        if self.kind == "list-item":
            return "list item" if self.statement else f"item '{self.prompt}'"
        if self.kind == "cloze":
            return "cloze text"
        return _PROMPT_FIELD.get(self.kind, "prompt")

    @property
    def answer_name(self) -> str:
        return _ANSWER_NAME.get(self.kind, "answer")

    @property
    def full_prompt(self) -> str:
        """The prompt with its table or list title, row and column, as written."""
        if self.kind == "table-cell":
            return f"{self.context}\n{self.row}\n{self.column}"
        if self.kind == "list-item":
            return f"{self.context}\n{self.prompt}"
        return self.prompt


#: An answer that is one code span and nothing else.
_LONE_CODE_SPAN = re.compile(r"`([^`]+)`")
#: A question's answer that says to run one code span: "run `dotnet fsi`", "Type `:wq`."
#: answers what the command "dotnet fsi" (or the answer "`dotnet fsi`") does.
_RUN_CODE_SPAN = re.compile(r"(?i)(?:run|type|enter|execute)\s+`([^`]+)`\.?")


#: A placeholder in braces ("{file}"), as "<file>" is one: not "${HOME}", "%{http_code}",
#: "#{name}", "{{name}}", "{}" nor "{a,b}".
_BRACED = re.compile(r"(?<![\w{$%#@])\{([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)\}(?![\w}])")


def _one_way(match: re.Match) -> str:
    return f"<{placeholder_name(match.group(1))}>"


def placeholder_name(name: str) -> str:
    """A placeholder's name as the checks compare it: small letters, no hyphen or
    underscore ("<New_Name>", "<new-name>" and "NEW_NAME" are one name), a word by its
    short form ("<package>" is "<pkg>", "DIRECTORY" is "<dir>")."""
    name = name.replace("-", "").replace("_", "").lower()
    return _PLACEHOLDER_SHORT.get(name, name)


#: A placeholder's word -> its short form (``ABBREVIATIONS``): the words that spell the
#: short form out, its letters first in them in order ("package" / "pkg", "source" /
#: "src"; not "folder" / "dir" nor "print" / "show": other words, not a spelling).
_PLACEHOLDER_SHORT = {
    word: short
    for short, words in ABBREVIATIONS.items()
    for word in words.split()
    if short.isalpha()
    and len(short) < len(word)
    and re.fullmatch(".*?".join(map(re.escape, short)) + ".*", word)
}


def placeholders_one_way(command: str) -> str:
    """``command`` with each placeholder in angle brackets or braces written one way,
    ``<name>`` with its ``placeholder_name``: ``cp {src} {dest}`` is ``cp <src> <dest>``,
    ``mv <old_name> x`` is ``mv <old-name> x``. Other words are left as written."""
    if "<" in command:
        command = PLACEHOLDER.sub(_one_way, command)
    if "{" in command:
        command = _BRACED.sub(_one_way, command)
    return command


#: What a command may write where another writes a ``<placeholder>``: an ALL-CAPS word
#: of two characters or more ("FILE", "NEW_NAME"), a shell variable ("$FILE",
#: "${file}") or a name in square brackets ("[file]", which often marks it optional);
#: and the placeholders themselves, as ``placeholders_one_way`` writes them.
_SLOT = re.compile(
    r"(?P<strong>(?<![\w<])<[a-z0-9]+>(?![\w>]))"
    r"|(?P<variable>(?<![\w$\\])\$(?:\{[A-Za-z_]\w*\}|[A-Za-z_]\w*))"
    r"|(?P<bracketed>(?<![\w\[])\[[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*\](?![\w\]]))"
    r"|(?P<capitals>(?<![\w$-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\w-]))"
)


def placeholder_slots(command_key: str) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """``command_key`` (placeholders written one way) with each word that is or may be
    a placeholder (``_SLOT``) taken out, and those words as (notation, name, as
    written), each word's place marked by a NUL: ``scp FILE <host>:<path>`` -> ``scp ␀
    ␀:␀`` and (capitals, file, FILE), (strong, host, <host>), (strong, path, <path>)."""
    slots: list[tuple[str, str, str]] = []
    pieces: list[str] = []
    at = 0
    for found in _SLOT.finditer(command_key):
        notation = found.lastgroup or ""
        written = found.group()
        if notation == "capitals" and len(written) < 2:
            continue
        slots.append((notation, placeholder_name(written.strip("<>[]${}")), written))
        pieces.append(command_key[at : found.start()])
        at = found.end()
    pieces.append(command_key[at:])
    return "\x00".join(pieces), tuple(slots)


#: A word in quotes that quoting leaves as it is in a shell: no blank, no "$", glob or
#: other sign the quotes protect ("jq '.' f.json" runs what "jq . f.json" runs).
_PLAINLY_QUOTED = re.compile(r"""(?<![\w\\])(['"])([\w.,/:@%+=^-]+)\1(?![\w'"])""")


def unquoted_words(command: str) -> str:
    """``command`` with its plainly quoted words unquoted, as a shell reads them."""
    if "'" not in command and '"' not in command:
        return command
    return _PLAINLY_QUOTED.sub(r"\2", command)


#: A redirection's file written right after its sign: ">shop.sql", ">>all.log",
#: "<in.txt" (not "2>&1", ">(cmd)", "<<EOF" nor a placeholder such as "<file>").
_GLUED_REDIRECTION = re.compile(r"(?<!\S)(\d?>>?|<(?![\w.-]*>))(?=[^\s&>(<|])")


def spaced_redirections(command: str) -> str:
    """``command`` with a blank after each redirection's sign, as a shell reads both
    ("mysqldump shop >shop.sql" is "mysqldump shop > shop.sql")."""
    if ">" not in command and "<" not in command:
        return command
    return _GLUED_REDIRECTION.sub(r"\1 ", command)


#: A leading "sudo" before a command it runs as root: not "sudo -u postgres psql" (another
#: user), "sudo -i" or "sudo !!" (the sudo is the command).
_SUDO = re.compile(r"sudo +(?=[\w/.])")


def without_sudo(command_key: str) -> str:
    """A folded command without its leading ``sudo`` ("sudo systemctl daemon-reload" runs
    "systemctl daemon-reload" as root); the command as it is without one."""
    found = _SUDO.match(command_key)
    return command_key[found.end() :] if found else command_key


#: A Lisp call's function named with a dotted namespace: "(clojure.edn/read-string".
_DOTTED_NAMESPACE = re.compile(r"(?<=\()(?:[a-z][\w-]*\.)+(?=[a-z][\w-]*/[^\s/()])")


def namespace_shortened(command_key: str) -> str:
    """A folded command with each Lisp call's dotted namespace named by its last part,
    as an alias names it ("(clojure.edn/read-string x)" -> "(edn/read-string x)"); the
    command as it is without such a call."""
    if "/" not in command_key or "(" not in command_key:
        return command_key
    return _DOTTED_NAMESPACE.sub("", command_key)


#: Python modules and the names their users import them as, by a convention nearly all
#: code and documentation keeps ("import numpy as np").
_MODULE_ALIASES = {
    "numpy": "np",
    "pandas": "pd",
    "matplotlib.pyplot": "plt",
    "seaborn": "sns",
    "tensorflow": "tf",
    "networkx": "nx",
}
_ALIASED_MODULE = re.compile(
    r"(?<![\w.])(" + "|".join(map(re.escape, _MODULE_ALIASES)) + r")(?=\.[A-Za-z_])"
)


def module_aliased(command_key: str) -> str:
    """A folded command with each module that Python code imports under a usual alias
    named by it ("numpy.linalg.inv(A)" -> "np.linalg.inv(A)", "pandas.read_csv(f)" ->
    "pd.read_csv(f)"); the command as it is without one."""
    if "." not in command_key:
        return command_key
    return _ALIASED_MODULE.sub(lambda found: _MODULE_ALIASES[found.group(1)], command_key)


#: A whole command that calls one function or predicate: its name (a module's or
#: namespace's before it) and its arguments ("findall(X, member(X, L), Xs)",
#: "lists:reverse(L)", "Enum.map(list, fun)"); or a Prolog goal of no argument, ended by
#: its full stop ("trace.").
_WHOLE_CALL = re.compile(r"([A-Za-z_]\w*(?:[.:][A-Za-z_]\w*)*)\((.*)\)")
_GOAL_OF_NO_ARGUMENT = re.compile(r"([a-z_]\w*)\.")


def arity_written(command_key: str) -> str:
    """A folded command that calls one function with its arguments, written as its name
    and their number, as Prolog, Erlang and Elixir name a function ("findall(Template,
    Goal, List)" -> "findall/3", "halt()" and "halt." -> "halt/0"); the command as it is
    when it is no such call, or an argument holds a quote (a comma in a string)."""
    found = _WHOLE_CALL.fullmatch(command_key) or _GOAL_OF_NO_ARGUMENT.fullmatch(command_key)
    if found is None:
        return command_key
    inside = found.group(2) if found.re is _WHOLE_CALL else ""
    if any(quote in inside for quote in "'\"`"):
        return command_key
    count, depth = (1 if inside.strip() else 0), 0
    for char in inside:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:  # "f(a) + g(b)": two calls, no one call's brackets
                return command_key
        elif char == "," and depth == 0:
            count += 1
    return command_key if depth else f"{found.group(1)}/{count}"


#: A program run by its path ("bin/rails", "./gradlew", "/usr/bin/python3"): the path's
#: last part, a program's name, and what follows it.
_PROGRAM_PATH = re.compile(r"(?:\.{0,2}/|~/)?(?:[\w.+-]+/)*([a-z][\w.+-]*)(?= |$)")


def program_by_name(command_key: str) -> str:
    """A folded command with its program named without the path it is run by
    ("bin/rails db:migrate" -> "rails db:migrate"); the command as it is when its first
    word holds no "/"."""
    first = command_key.split(" ", 1)[0]
    if "/" not in first:
        return command_key
    found = _PROGRAM_PATH.match(command_key)
    if found is None or found.end() != len(first):
        return command_key
    return found.group(1) + command_key[found.end() :]


#: A program named with a hyphen that its suite also runs as a subcommand: the old
#: "docker-compose" (Compose v1) is "docker compose", "git-lfs" is "git lfs".
_HYPHENATED_PROGRAM = re.compile(r"([a-z][a-z0-9]+)-([a-z][a-z0-9]+)(?= )")


def spaced_program(command_key: str) -> str:
    """A folded command with the hyphen of its program's name made a space
    ("docker-compose up -d" -> "docker compose up -d"); the command as it is when its
    program has no hyphen or nothing follows it."""
    found = _HYPHENATED_PROGRAM.match(command_key)
    if found is None:
        return command_key
    return f"{found.group(1)} {found.group(2)}{command_key[found.end() :]}"


#: A short option with a number attached ("-j4", "-n20"), a file or a path (a value
#: with a dot or a slash, which no bundle of one-letter flags has: "-Papp.gpr",
#: "-L/opt/lib"), or a separator of one sign ("awk -F:", "cut -d,"), as a word of its own.
_ATTACHED_VALUE = re.compile(r"(?<= )(-[A-Za-z])(\d+|[\w~-]*[./][\w./~-]*|[:,;|])(?= |$)")


def spaced_option_values(command_key: str) -> str:
    """A folded command with each short option's attached number, file or separator
    spaced ("make -j4" -> "make -j 4", "cc -L/opt/lib" -> "cc -L /opt/lib", "awk -F:" ->
    "awk -F :", as getopt reads it when the option takes a value); the command as it is
    when none has one."""
    if "-" not in command_key:
        return command_key
    return _ATTACHED_VALUE.sub(r"\1 \2", command_key)


#: An option with its value after '=' ("-out=tfplan", "--format=oneline"), as a word of
#: its own.
_EQUALS_VALUE = re.compile(r"(?<= )(--?[A-Za-z][\w.-]*)=(?=[^\s=])")


def spaced_equals_values(command_key: str) -> str:
    """A folded command with each option's value after '=' spaced instead
    ("terraform plan -out=tfplan" -> "terraform plan -out tfplan", as Go's flags and
    getopt read both when the option takes a value); the command as it is when none has
    one."""
    if "=" not in command_key:
        return command_key
    return _EQUALS_VALUE.sub(r"\1 ", command_key)


#: A name's colon with its value glued on ("display:flex", '"port":8080', "x:number"),
#: not "::", a path ("C:\\", "host:/srv") nor a colon that ends the word.
_GLUED_COLON = re.compile(r"(?<=[A-Za-z_\"'\])]):(?=[^\s:/\\])")


def spaced_colon_values(command_key: str) -> str:
    """A folded command with each name's value after ':' spaced ("display:flex" ->
    "display: flex", as CSS, JSON and most languages read both); the command as it is
    when it glues none."""
    if ":" not in command_key:
        return command_key
    return _GLUED_COLON.sub(": ", command_key)


#: What joins commands, sends their output elsewhere or ends the options: past one, the
#: order of the words is the order of the work.
_NOT_ONE_SIMPLE_COMMAND = re.compile(r"[|;&<>`$(]|(?:^| )--(?: |$)")


def reordered_keys(command_key: str, flags: frozenset[str] = frozenset()) -> tuple[tuple, ...]:
    """Keys one command shares with itself written with its options in another order
    (``kafka-topics.sh --list --bootstrap-server h:9092`` / ``... --bootstrap-server
    h:9092 --list``): its words sorted, with its other words in their order (flags
    written apart also as written, not bundled: ``rsync -a -e ssh`` bundles ``-ae``,
    ``rsync -e ssh -a`` does not; a bundle as written, ``tar -xzf a.tgz``, is no ``tar -x
    -f a.tgz -z``), or with each option and the word after it as one piece and the
    remaining words in their order (``ssh -L 8080:db:80 host`` / ``ssh host -L
    8080:db:80``). Words swapped between places (``cp a b`` / ``cp b a``) or between
    options (``-f A -t B`` / ``-f B -t A``) share neither. An option moved past a word
    (``ssh -N host`` / ``ssh host -N``) shares the first key, whose words outside the
    options keep their order, but not the second, where the option takes the word after
    it (nothing tells a flag from an option that takes a word) unless ``flags`` names
    it: an option another command of the program writes right before another option
    takes no word. None for a command without an option, or with a pipe, a redirection,
    a substitution or ``--``."""
    # a placeholder (``<file>``) is a word, no redirection
    unmarked = PLACEHOLDER.sub("p", command_key) if "<" in command_key else command_key
    if _NOT_ONE_SIMPLE_COMMAND.search(unmarked) is not None:
        return ()
    words = [_BUNDLED_FLAGS.sub(_flags_sorted, word) for word in _flags_bundled(command_key)]
    if not any(_is_option(word) for word in words):
        return ()
    every = tuple(sorted(words))
    others = tuple(word for word in words if not _is_option(word))
    pieces: list[str] = []
    places: list[str] = []
    for at, word in enumerate(words):
        if _is_option(word):
            after = words[at + 1] if at + 1 < len(words) and word not in flags else ""
            pieces.append(word + (" " + after if after[:1] not in ("-", "+", "") else ""))
        elif at == 0 or not _is_option(words[at - 1]) or words[at - 1] in flags:
            places.append(word)
    keys: tuple[tuple, ...] = (
        ("order", every, others),
        ("pieces", every, tuple(sorted(pieces)), tuple(places)),
    )
    apart = tuple(sorted(_BUNDLED_FLAGS.sub(_flags_sorted, word) for word in command_key.split()))
    return keys if apart == every else (*keys, ("order", apart, others))


def flags_shown(command_key: str) -> Iterator[str]:
    """The options a command writes right before another option: options that take no
    word (``clang -fobjc-arc -framework Foundation``: ``-fobjc-arc``)."""
    words = command_key.split()
    for word, after in zip(words, words[1:], strict=False):
        if _is_option(word) and _is_option(after) and "=" not in word:
            yield word


#: Single-letter flags bundled after one dash: ``ss -tulpn`` sets what ``ss -lntup`` does.
_BUNDLED_FLAGS = re.compile(r"(?<=^-)[A-Za-z]{2,6}\Z")


def _flags_sorted(match: re.Match) -> str:
    return "".join(sorted(match.group()))


#: A single-letter flag, or several bundled after one dash.
_SHORT_FLAGS = re.compile(r"-[A-Za-z]{1,6}\Z")


def _flags_bundled(command_key: str) -> list[str]:
    """The words of a command, single-letter flags written apart joined as one bundle
    (``perl -n -e CODE`` is ``perl -ne CODE``, ``perl -i -pe`` is ``perl -pi -e``); a run
    of more than ``6`` letters (``find -empty -delete``) is left as written."""
    words: list[str] = []
    run: list[str] = []
    for word in [*command_key.split(), ""]:
        if _SHORT_FLAGS.match(word):
            run.append(word)
            continue
        letters = "".join(flag[1:] for flag in run)
        words.extend([f"-{letters}"] if len(run) > 1 and len(letters) <= 6 else run)
        run = []
        if word:
            words.append(word)
    return words


def _is_option(word: str) -> bool:
    """An option: ``-n``, ``--list``, or dig's ``+short``."""
    return len(word) > 1 and word[:1] in "-+"


def same_key(a: Item, b: Item) -> bool:
    return a.key_hash == b.key_hash and a.key == b.key


def checksum(texts: Iterable[str]) -> int:
    """A checksum of ``texts`` that is the same in every process and every run."""
    return zlib.crc32("\x1f".join(texts).encode("utf-8", "surrogatepass"))


class Vocabulary:
    """Every content word of the corpus as a token id, and (filled by layer 3) how many
    items use it. Items hold sets of ids: one shared string per word, small sets."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []
        self.df = array("I")  # 4 bytes a word (a list spends 8)

    def ids_of(self, words: Iterable[str]) -> tuple[int, ...]:
        """Token ids of ``words``, sorted, each once."""
        ids, found = self.ids, set()
        for word in words:
            token = ids.get(word)
            if token is None:  # a new word
                token = ids[word] = len(self.words)
                self.words.append(word)
                self.df.append(0)
            found.add(token)
        return tuple(sorted(found))

    def base_id(self, token: int) -> int:
        """``burst§2`` -> ``burst``."""
        word = self.words[token]
        return self.ids.get(word.split(REPEAT, 1)[0], token) if REPEAT in word else token


def build_items(corpus: Corpus, vocab: Vocabulary) -> list[Item]:
    """Every fact of every card (``anki: false`` cards included), in corpus order; its
    values read with the decimal comma of the corpus's ``language`` where it has one."""
    decimal_comma = writes_decimal_comma(corpus.settings.language)
    tag = corpus.settings.language
    return _make_items(corpus.cards(), vocab, decimal_comma, language_of(tag), number_words(tag))


def _make_items(
    cards: Iterable[Card],
    vocab: Vocabulary,
    decimal_comma: bool = False,
    language: str | None = None,
    numbers: dict[str, str] | None = None,
) -> list[Item]:
    items: list[Item] = []
    # (folded text, kept) -> word ids, for one topic at a time: texts repeat within a
    # card (a reversed card, a table's title) and seldom across topics, and a memo of
    # every text would hold a folded copy of the corpus (100 MB at 100k cards).
    memo: dict[tuple, tuple[int, ...]] = {}
    topic = None

    def ids_of(folded: str, raw: str, prompt: bool = False) -> tuple[int, ...]:
        keep = capital_stopwords(raw)
        named = mentioned_words(raw, language) if prompt and language else frozenset()
        key = (folded, keep | named, named)
        found = memo.get(key)
        if found is None:
            own = in_own_words(folded, language, named) if language else folded
            found = memo[key] = vocab.ids_of(content_words(own, key[1]))
        return found

    for card in cards:
        if card.topic != topic:
            topic = card.topic
            memo.clear()
            # The items made so far live to the end of the check: later collections need
            # not walk them again (as the loader freezes the cards it has read).
            gc.freeze()
        ref = CardRef(card.id, card.allow, card.deck, card.anki, card.sheet)
        for part, (where, term) in zip(fact_parts(card), _places(card), strict=True):
            item, key, answer_key = _item(
                len(items), ref, part, where, term, decimal_comma, numbers, language
            )
            # The exact key is folded already: (namespace, [title,] prompt).
            item.prompt_ids = ids_of(asked(" ".join(key[1:]), item), item.full_prompt, True)
            if isinstance(card, Table) and card.row_header:
                item.row_heading = card.row_header
            if not item.is_code and not item.statement:
                item.answer_ids = ids_of(answer_key, item.answer)
            items.append(item)
    return items


#: "One" or "1" before a noun is an article: "1 knot" and "one knot" ask alike
#: (not before "to", "of", "or", "and": "one-to-many", "one of the"; nor before another
#: preposition: "1 on the Mohs scale", "1 in 10"; "one hundred" is a number; "1" only
#: where an article stands, so "SHA-1 digest" keeps it; "within 1 SD" is "within one SD",
#: "for a 1-month Sprint" "for a one-month Sprint"; "one" after a tens word is a digit of
#: the number: "thirty-one pegs" is 31 pegs, never "thirty pegs").
_ONE_BEFORE_WORD = re.compile(
    r"(?:(?<![\w.,−])(?<!twenty )(?<!thirty )(?<!forty )(?<!fifty )(?<!sixty )(?<!seventy )"
    r"(?<!eighty )(?<!ninety )one|(?:^|(?<=\bof )|(?<=\bin )|(?<=\bis )|(?<=\bfor )|(?<=\bper )"
    r"|(?<=\bwithin )|(?<=\ba )|(?<=\bthe ))1)"
    r" (?!(?:to|of|or|and|per|on|in|at|by|from|out|hundred|thousand|million)\b)"
    r"(?=[^\W\d_])"
)


#: ... and after "with", "per" or "from" it says nothing: "a washtub with one dot" asks
#: what "... with a single dot" asks (not "with" a value).
_ONE_AFTER_SIDE = re.compile(r"\b(with|per|from) (?:one|1) (?!(?:to|of|or|and|per)\b)(?=[^\W\d_])")

#: "Two" before things in the plural that a verb acts on, in a prompt whose answer is no
#: value, counts what the action takes, as the plural alone says: "Which operator
#: concatenates two strings?" asks what "How do you concatenate strings?" asks. Not after
#: a word that makes the two a chosen pair ("the two constructors", "the first two
#: digits", "Which two variables", "its two ends"), nor after a side or a place, where
#: they tell a thing apart ("a washtub with two bars" is not the one "with one bar"),
#: nor after a word that puts the two before their verb ("Can two bishops mate ...?":
#: the two are who acts, and one bishop cannot).
_TWO_TAKEN = re.compile(r"\b([^\W\d_]+) (?:two|2) (?=[^\W\d_]{2,}s\b)")
_TWO_CHOSEN = frozenset(
    "the first last next other these those its their his her our your my each every all"
    " only top bottom which what whose are is were was with per from to of in on under"
    " over by at for into between without can could do does did may might must shall"
    " should will would has have had when if where how why while and or but than as".split()
)


#: Words that only say what a value measures, by its dimension: "Length of a nautical
#: mile" (1852 m) asks what "One nautical mile" does, "How long is the Nile?" what "Nile"
#: does; "key size" and "key length" (bits) are one, and "capillary refill time" (2 s)
#: "capillary refill"; a "Length of a match" in minutes is its duration, and so is an
#: "Incubation period" or the "Interval between high tides"; "How fast
#: should a diver ascend?" (9 m/min) asks the "ascent rate"; "Weight of a cup of sugar"
#: (200 g) asks what "A cup of sugar" does, and "Volume of a wine bottle" (750 ml) what
#: "Wine bottle" does; "Max speed of USB 2.0" (480 Mbit/s) its "max transfer rate", and
#: "Clock speed of the Arduino Uno" (16 MHz) what "Arduino Uno clock" does. Not "height",
#: "width", "depth": a thing has several of those.
MEASURE_WORDS = {
    "metre": frozenset({"length", "distance", "long", "far"}),
    "metre/s": frozenset({"speed", "velocity", "fast", "rate"}),
    "second": frozenset({"duration", "long", "time", "length", "interval", "period"}),
    "bit": frozenset({"size", "length", "long"}),
    "bit/s": frozenset({"speed", "fast", "rate", "bandwidth", "throughput"}),
    "gram": frozenset({"weight", "mass", "heavy", "weigh", "weighs", "weighed"}),
    "litre": frozenset({"volume", "capacity"}),
    "square metre": frozenset({"area"}),
    "kelvin": frozenset({"temperature"}),
    "pascal": frozenset({"pressure"}),
    "hertz": frozenset({"frequency", "speed"}),
}


#: A distance runs both ways: "How far is the Earth from the Sun?" asks what "Distance
#: from Earth to the Sun" asks, and "How far away is the Moon?" what "Distance to the
#: Moon" does. Its ends lose their "from" and "to" (kept elsewhere: "Flight time from
#: London to Paris" is not the flight back).
_DISTANCE_WORDS = frozenset({"distance", "far"})
_DISTANCE_ENDS = frozenset({"from", "to", "away"})


#: A prompt that asks a thing's location in words: "Location of X", "What is the location
#: of X?" ask what "Where is X?" asks ("where" is a stop word; the "location" would be a
#: word of its own).
_LOCATION_ASKED = re.compile(r"^(?:what is )?(?:the )?location of (?:the )?")
#: The verb a question for a place may end with: "Where is X located?", "... found?",
#: "... situated?" ask "Where is X?"
_PLACED = (" located", " situated", " found")
#: A question for a length by its adjective asks the extent its noun names: "How *wide*
#: is a singles court?" (5.18 m) asks the "*Width* of a singles court", "How *deep* is
#: the pool?" its "Depth", "How *big* is it?" its "Size" (each of a thing's extents stays
#: its own: ``MEASURE_WORDS``).
_HOW_EXTENT = re.compile(r"\bhow (wide|deep|thick|tall|high|big|large)\b")
#: The amount a value's subject says is "required" or "needed" is its minimum: "Lead
#: oxide content *required* for full lead crystal" (30 %) asks the "*Minimum* lead oxide
#: content for full lead crystal". Not beside another bound ("maximum").
_REQUIRED = re.compile(r"\b(?:required|needed)\b")
_BOUNDED = re.compile(r"\b(?:max|maximum|maximal|min|minimum|minimal)\b")
_EXTENT_NOUNS = {
    "wide": "width",
    "deep": "depth",
    "thick": "thickness",
    "tall": "height",
    "high": "height",
    # "How *big* is a handball goal?" (3 m × 2 m) asks its "*Size*"
    "big": "size",
    "large": "size",
}


#: A round thing's size asked "across" or "around": "How big is a snooker ball
#: *across*?" (52.5 mm) asks its "Diameter", "How big *around* is a volleyball?" its
#: "Circumference".
_ACROSS = re.compile(r"\bhow (?:big|large)\b(.*) across$")
_AROUND = re.compile(r"\bhow (?:big|large) around\b|\bhow (?:big|large)\b(.*) around$")


def _across_or_around(folded: str) -> str:
    """``folded`` with a size asked "across" read as a diameter, "around" as a
    circumference."""
    if folded.endswith(" across"):
        return _ACROSS.sub(r"diameter\1", folded)
    if " around" in folded:
        return _AROUND.sub(lambda found: f"circumference{found[1] or ''}", folded)
    return folded


#: A question for a span or a data size by its adjective asks what its noun names:
#: "How *old* is the Earth?" (4.54 billion years) asks its "*Age*", "How *big* is a
#: DWORD?" (4 bytes) its "*Size*", by the dimension of its value (a length's extents:
#: ``_HOW_EXTENT``).
_HOW_MEASURED = {
    "second": {"old": "age"},
    "year": {"old": "age"},
    "bit": {"big": "size", "large": "size"},
}
_HOW_ADJECTIVE = re.compile(r"\bhow (old|big|large)\b")
#: "How long" asks a time or a length; a value counted in what measures a text's or a
#: code's length ("63 *characters*", "17 syllables", "14 lines") says it asks the length:
#: "How long may a passphrase be?" asks the "*Length* of a passphrase" (a length in
#: metres or bytes, a duration, read so by ``MEASURE_WORDS`` already).
_LENGTH_COUNTED = re.compile(
    r"\d\s*(?:characters?|chars|letters|digits|symbols|words|syllables|lines|pages)\b"
)


def _how_measured(folded: str, quantities: frozenset[Quantity]) -> str:
    """``folded`` with "how old", "how big" read as the noun its value's dimension
    names (``_HOW_MEASURED``), left as written for another dimension."""
    nouns = {}
    for dimension, _ in quantities:
        nouns |= _HOW_MEASURED.get(dimension, {})
    return _HOW_ADJECTIVE.sub(lambda found: nouns.get(found[1], found[0]), folded)


#: A superlative of an adjective that names a measure says its bound and that measure:
#: "*Heaviest* legal golf ball" (1.68 oz) asks the "*Maximum weight* of a golf ball",
#: "*Youngest* age for Junior Open Water" (10 years) its "*Minimum* age". Only where the
#: answer is a value ("Heaviest element?" asks a name); the measure stays a word of its
#: own unless it is the value's (``MEASURE_WORDS``).
_MEASURE_SUPERLATIVES = {
    "heaviest": "max weight",
    "lightest": "min weight",
    "fastest": "max speed",
    "slowest": "min speed",
    "hottest": "max temperature",
    "coldest": "min temperature",
    "oldest": "max age",
    "youngest": "min age",
    "deepest": "max depth",
    "shallowest": "min depth",
    "widest": "max width",
    "narrowest": "min width",
    "thickest": "max thickness",
    "thinnest": "min thickness",
    "tallest": "max height",
}
_MEASURE_SUPERLATIVE = re.compile(
    rf"\b({'|'.join(_MEASURE_SUPERLATIVES)})\b"
    rf"(?= ({'|'.join({said.split()[1] for said in _MEASURE_SUPERLATIVES.values()})})\b)?"
)


def _superlative_measured(found: re.Match[str]) -> str:
    """The bound and measure a superlative says, its measure once ("*youngest* age" is
    the "min age")."""
    bound, measure = _MEASURE_SUPERLATIVES[found[1]].split()
    return bound if found[2] == measure else f"{bound} {measure}"


def _two_taken(found: re.Match[str]) -> str:
    word = found[1]
    return found[0] if word in _TWO_CHOSEN else f"{word} "


def asked(folded: str, item: Item) -> str:
    """A folded prompt as the fact checks compare it. The article "one" or "1" before a
    word and the words that only name what its value measures (``MEASURE_WORDS``) read
    as the generic "value", once; a value's own unit named at the end is left out ("One
    nautical mile *in metres*" with "1,852 m" asks what "One nautical mile" asks, and
    "Absolute zero *on the Celsius scale*" what "Absolute zero"). The word "range" of a
    value that is a range reads as "value" too; "Location of X" and "Where is X
    located?" read as "Where is X"; "How wide is X?" with a length as "Width of X"
    (``_HOW_EXTENT``), a value "required" as its minimum (``_REQUIRED``)."""
    folded = one_word_phrases(folded)  # "die out" is "go extinct"
    if "locat" in folded:  # "Location of Broca's area?" asks "Where is Broca's area?"
        folded = _LOCATION_ASKED.sub("where is ", folded, count=1)
    if folded[:6] == "where " and folded.endswith(_PLACED):  # "Where is X found?"
        folded = folded.rpartition(" ")[0]
    if "1 " in folded or "one " in folded:
        folded = _ONE_AFTER_SIDE.sub(r"\1 ", folded)  # "with one dot": "with a single dot"
        folded = _ONE_BEFORE_WORD.sub("value ", folded)
    if not item.quantities:
        if "two " in folded or "2 " in folded:  # "concatenates two strings"
            folded = _TWO_TAKEN.sub(_two_taken, folded)
        return folded
    if "est " in f"{folded} ":  # "heaviest golf ball": its "max weight"
        folded = _MEASURE_SUPERLATIVE.sub(_superlative_measured, folded)
    if "how " in folded and any(dimension == "metre" for dimension, _ in item.quantities):
        folded = _across_or_around(folded)
        folded = _HOW_EXTENT.sub(lambda found: _EXTENT_NOUNS[found[1]], folded)
    elif "how " in folded:
        folded = _how_measured(folded, item.quantities)
        if "how long" in folded and _LENGTH_COUNTED.search(fold(item.value or item.answer)):
            folded = folded.replace("how long", "length")  # "63 characters": a length
    if "ed " in f"{folded} " and _BOUNDED.search(folded) is None:
        folded = _REQUIRED.sub("minimum", folded)
    folded = without_named_unit(folded, item.quantities)
    measured = [MEASURE_WORDS.get(dimension) for dimension, _ in item.quantities]
    measure_words = frozenset().union(*filter(None, measured))
    words = folded.split()
    if "range" in words and is_range(item.quantities):  # "Hook size range": 5.5–6.5 mm
        words = ["value" if word == "range" else word for word in words]
    if measure_words and not _DISTANCE_WORDS.isdisjoint(words):
        words = [word for word in words if word not in _DISTANCE_ENDS]
    if measure_words:
        # a measure in the plural names it too: a table "Serving temperatures"
        measure_words |= {f"{word}s" for word in measure_words}
        words = [
            "value" if word in measure_words else word
            for before, word in zip(["", *words], words, strict=False)
            if not (before in measure_words and word == "to")
        ]  # "Distance to Sirius" asks what "Sirius" does
    if words.count("value") > 1:  # "Speed of one knot": one "value", as "One knot" has
        first = words.index("value")
        words = [w for n, w in enumerate(words) if w != "value" or n == first]
    return " ".join(words)


#: A prompt that ends naming the unit of its answer: "... in metres", "... on the
#: Celsius scale".
_IN_UNIT = re.compile(r"(.+) (?:in|on)(?: the)? (.+?)(?: scale)?")


def without_named_unit(folded: str, quantities: frozenset[Quantity]) -> str:
    """A folded prompt without the words at its end that name its value's unit ("...
    in Fahrenheit", "... on the Celsius scale")."""
    if quantities and (" in " in folded or " on " in folded):
        found = _IN_UNIT.fullmatch(folded)
        if found is not None and names_unit_of(found.group(2), quantities):
            return found.group(1)
    return folded


def names_unit_of(words: str, quantities: frozenset[Quantity]) -> bool:
    """``words`` (folded, up to three, no number among them) name a unit of one of
    ``quantities``' measures."""
    if not 0 < words.count(" ") + 1 <= 3 or any(ch.isdigit() for ch in words):
        return False  # "... on a €100 transfer": an amount, no unit's name
    named = {dimension for dimension, _ in parse("1 " + words)} - {"n"}
    return not named.isdisjoint(dimension for dimension, _ in quantities)


def _places(card: Card) -> list[tuple[Loc | FieldLocs, str | None]]:
    """Where each fact of ``card`` is written (in ``fact_parts`` order: a row's or list
    item's Loc, or the card's FieldLocs), and a list item's term."""
    if isinstance(card, Table):
        return [(row.loc, None) for row in card.rows for _ in card.columns]
    if isinstance(card, ListCard):
        return [(entry.loc, entry.term) for entry in card.items]
    return [(card.locs, None)]


def column_names_unit(column: str, quantities: frozenset[Quantity]) -> bool:
    """A table's column heading (folded) is one word that names a unit of its cell's
    value and nothing else: "mph" over "130–156 mph", "knots", "km/h" (not "Min" over
    "3 days", a minimum, nor "Base (ft)", which names an attribute too)."""
    return (
        bool(column)
        and " " not in column
        and not a_qualifier(column)
        and (names_unit_of(column, quantities) or _years_over_dates(column, quantities))
    )


def _years_over_dates(column: str, quantities: frozenset[Quantity]) -> bool:
    """A column "Years" (or "Year") over calendar years ("1914–1918" in a timeline):
    it says what its cells are, as a unit's column does, and names no attribute."""
    return (
        bool(quantities)
        and all(dimension == "n" and _calendar_year(amount) for dimension, amount in quantities)
        and names_unit_of(column, parse("1 year"))
    )


#: A row label that is a bare number: "4" of a table of hurricane categories.
_BARE_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)?")


def numbered_row(label: str, heading: str | None) -> str:
    """A table row as the fact checks name it: a bare number with its heading, the row
    labels' ("4" under "Category" is "Category 4": what a limit "Category 4 hurricane
    winds" names), any other label as written."""
    if heading and _BARE_NUMBER.fullmatch(label.strip()):
        return f"{heading} {label.strip()}"
    return label


def _item(
    index: int,
    card: CardRef,
    part: tuple,
    where: Loc | FieldLocs,
    term: str | None,
    decimal_comma: bool = False,
    numbers: dict[str, str] | None = None,
    language: str | None = None,
) -> tuple[Item, tuple[str, ...], str]:
    """The item of one fact, with its exact key and folded answer (``Item.key`` and
    ``Item.answer_key`` make them again)."""
    _key, variant, prompt, answer, context, row, column, lang = part
    kind = variant.removesuffix("-reverse")
    is_code = lang is not None
    item = Item(
        index=index,
        card=card,
        kind=kind,
        where=where,
        prompt=prompt,
        answer=answer,
        context=context,
        row=row,
        column=column,
        is_code=is_code,
        field="" if isinstance(where, Loc) else _PROMPT_FIELD[kind],
    )
    if kind == "cloze":
        item.statement = True
    elif kind == "list-item" and term is None:  # a plain item: its text, within its list
        item.statement = True
        item.prompt, item.answer = answer, ""
    key = item.key
    item.key_hash = checksum(key)
    answer_key = item.answer_key
    if not item.statement:
        item.tone_numbered = any(tones_marked(part) != part for part in (*key, answer_key))
    item.value = with_decimal_point(item.answer) if decimal_comma else item.answer
    if not item.statement and not is_code:
        item.value = accountants_sign(item.value)
        if numbers:  # "huit" in a French corpus is "8"
            item.value = number_word_in_digits(item.value, numbers)
        if language:  # "8 horas" in a Portuguese corpus is "8 hours"
            item.value = value_words_in_english(item.value, language)
        answer = item.value
        asked = prompt.casefold()
        if ("ratio" in asked or "proportions" in asked) and _ASKS_RATIO.search(asked):
            answer = _AS_RATIO.sub(r"\1 : \2", answer)  # "1:16" is no time of day here,
            # and "11 by 28" is "11 : 28"
        if (counted := _broken_down(answer)) is not None:
            answer = item.value = counted  # "4 (two heavy, two light)" is 4
        if is_mostly_quantity(answer):
            item.quantities = parse(answer)
            if item.quantities and all(dimension == "n" for dimension, _ in item.quantities):
                unit = _column_unit(column, answer) if kind == "table-cell" else ""
                if unit:  # compared as written with it: "13–16 °C" / "55–61 °F" converted
                    item.value = f"{item.value} {unit}"
                    item.quantities = parse(item.value)
                elif "(" not in answer and (unit := counted_unit(prompt)):
                    # compared as written with it: "231" cubic inches is 3.785 L (an aside
                    # keeps the value as it is: "fourteen (about 3.5 per quart)")
                    item.value = f"{item.value} {unit}"
                    item.quantities = parse(item.value)
                else:
                    item.quantities = in_counted_unit(prompt, answer, item.quantities)
                if "(" in prompt and all(dimension == "n" for dimension, _ in item.quantities):
                    unit = _bracketed_unit(prompt, answer)
                    if unit:  # compared as written with it, as a column's unit is
                        item.value = f"{item.value} {unit}"
                        item.quantities = parse(item.value)
    return item, key, answer_key


#: Words in brackets in a prompt, "in" before them aside: "(°C)", "(in mm)".
_BRACKETED = re.compile(r"\(\s*(?:in\s+)?([^()]+?)\s*\)")


def _bracketed_unit(prompt: str, answer: str) -> str:
    """The unit a prompt names in brackets, which a bare number answering it is in:
    "seventy-eight" to "Boiling point of ethanol (°C)?" is 78 °C, "sixty" to "Below what
    eGFR (mL/min/1.73 m2) is CKD diagnosed?" 60 mL/min/1.73 m2 (else a possible conflict
    with them); else "". Brackets that hold no unit alone ("(kidney failure)", "(2019)")
    count for nothing; a prompt with two units in brackets keeps the bare number."""
    units = [words for words in _BRACKETED.findall(prompt) if _a_unit(words)]
    if len(units) != 1:
        return ""
    read = parse(f"{answer} {units[0]}")
    if not read or any(dimension == "n" for dimension, _ in read):
        return ""
    return units[0]


def _a_unit(words: str) -> bool:
    """``words`` name a unit alone: one of it is one quantity, no count."""
    read = parse(f"1 {words}")
    return len(read) == 1 and next(iter(read))[0] != "n"


def _column_unit(column: str | None, answer: str) -> str:
    """The unit a table's column heading is alone, which a bare number in it is in:
    "13–16" under "°C" is 13–16 °C, under "km/h", "kg" or "Years" alike; else "". Not a
    qualifier ("Min" over durations is a minimum), nor a unit's name in the singular
    ("Year", "Day": a date's part, not a count of them; "KIAS" in capitals is a symbol)."""
    heading = (column or "").strip()
    if not heading or " " in heading or a_qualifier(heading.casefold()):
        return ""
    if heading.isalpha() and len(heading) > 3 and not heading.endswith("s"):
        if not heading.isupper():  # "KIAS", "RPM": a unit's symbol, in any number
            return ""
    read = parse(f"{answer} {heading}")
    if not read or any(dimension == "n" for dimension, _ in read):
        return ""
    if _calendar_years(answer):
        return ""  # "1914–1918" under "Years": when, not how long
    return heading


#: The numbers read as calendar years: four digits from 1000 to 2199 (whole numbers:
#: ``_calendar_year``).
_FIRST_CALENDAR_YEAR, _LAST_CALENDAR_YEAR = 1000, 2199


def _calendar_year(amount: Fraction) -> bool:
    """``amount`` is a whole number from 1000 to 2199: compared as bounds, since ``in
    range(...)`` tests a Fraction against each number of the range in turn (1,200
    comparisons a number that is no year)."""
    return amount.denominator == 1 and _FIRST_CALENDAR_YEAR <= amount <= _LAST_CALENDAR_YEAR


def _calendar_years(answer: str) -> bool:
    """``answer`` is a span of calendar years, as a timeline's column "Years" holds one
    ("1914–1918", "1914–18"): two years, the second after the first by less than a
    century, one of them no round hundred. A span of durations is round ("1500–2000"
    years a tree lives): it stays one."""
    numbers = sorted(amount for _, amount in parse(answer))
    if len(numbers) != 2 or not all(_calendar_year(n) for n in numbers):
        return False
    first, last = numbers
    return last - first < 100 and (first % 100 != 0 or last % 100 != 0)


#: A prompt that counts a unit: "Millilitres in a US cup?", "How many seconds in a day?"
_COUNTS_UNIT = re.compile(r"(?:how many|number of) ([^\W\d_]+)|([^\W\d_]+) (?:in|per) ", re.I)
#: A question that counts a unit after a word or more: "*After how many months* is it
#: chronic?", "Within how many hours ...?", "1 Sv equals how many rem?"
_COUNTS_UNIT_LATER = re.compile(r"\bhow many ([^\W\d_]+)", re.I)


def in_counted_unit(
    prompt: str, answer: str, quantities: frozenset[Quantity]
) -> frozenset[Quantity]:
    """A bare number answering a prompt that counts a unit, in that unit: "240" to
    "Millilitres in a US cup?" is "240 mL" (else a possible conflict with it)."""
    found = _COUNTS_UNIT.match(prompt.strip()) or _COUNTS_UNIT_LATER.search(prompt)
    if found is None:
        return _in_setting_unit(prompt, answer, quantities)
    unit = counted_unit(prompt)
    if not unit:
        return quantities
    return parse(f"{answer} {unit}") or quantities


def counted_unit(prompt: str) -> str:
    """The unit a prompt counts ("Millilitres in a US cup?": "millilitres", "How many
    square feet are in an acre?": "square feet"), or ""."""
    found = _COUNTS_UNIT.match(prompt.strip()) or _COUNTS_UNIT_LATER.search(prompt)
    if found is None:
        return ""
    unit = (found.group(1) or found.group(2)).casefold()
    if len(unit) < 4 or unit not in UNITS:  # a unit's name, not "US" (microseconds)
        return _two_word_unit(prompt[found.start() :])
    return unit


#: The two words after "how many" or "number of": "How many *square feet* are in an
#: acre?", "How many *cubic inches* in a board foot?"
_COUNTS_TWO_WORDS = re.compile(r"(?:how many|number of) ([^\W\d_]{4,} [^\W\d_]+)", re.I)


def _two_word_unit(prompt: str) -> str:
    """The unit of two words a prompt counts ("square feet", "cubic metres", "nautical
    miles"), or "": the two words are one unit alone (``_a_unit``), a measure of its own
    ("square feet": an area), not a count ("many users")."""
    found = _COUNTS_TWO_WORDS.match(prompt.strip())
    if found is None or not _a_unit(found.group(1)):
        return ""
    return found.group(1).casefold()


#: A setting's name in camelCase or snake_case: ``periodSeconds``, ``timeout_ms``; its
#: last part may be its unit (not a hyphenated word: "light-years").
_SETTING_NAME = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+|[A-Z][a-z0-9]*)+\b")
_SETTING_PARTS = re.compile(r"_|(?=[A-Z])")


def _in_setting_unit(
    prompt: str, answer: str, quantities: frozenset[Quantity]
) -> frozenset[Quantity]:
    """A bare number of a setting whose name ends in its unit, in that unit: "10" for
    ``periodSeconds`` is "10 s" (Kubernetes' probes), "500" for ``timeout_ms`` "500 ms".
    A prompt that names settings of two units keeps the bare number."""
    suffixes = {_SETTING_PARTS.split(name)[-1].casefold() for name in _SETTING_NAME.findall(prompt)}
    if len(suffixes) != 1:
        return quantities  # none, or settings of two kinds
    (suffix,) = suffixes
    if (len(suffix) < 4 and suffix != "ms") or suffix not in UNITS:
        return quantities  # "failureThreshold": no unit; "max_conn_s": too short to tell
    return parse(f"{answer} {suffix}") or quantities


#: A count and its parts in brackets: "4 (two heavy, two light)", "206 (80 axial, 126
#: appendicular)".
_COUNT_AND_ASIDE = re.compile(r"\s*(\d+)\s*\(([^()]+)\)\s*")


def _broken_down(answer: str) -> str | None:
    """The count of an answer that is a count and, in brackets, counts that add up to
    it ("4 (two heavy, two light)": 4, not also 2); else None. Parts that add up to
    another number are another fact ("4 (1 heavy, 2 light)") and are kept."""
    if "(" not in answer or (found := _COUNT_AND_ASIDE.fullmatch(answer)) is None:
        return None
    count, aside = found.groups()
    return count if parts_make(frozenset({("n", Fraction(count))}), aside) else None


#: "1:16" after a colon: read as a clock time ("12:30") unless spaced as a ratio.
_AS_RATIO = re.compile(r"(\d)(?::| by )(\d)")
#: A prompt that asks a ratio: "Aspect ratio?", "Proportions of the flag?".
_ASKS_RATIO = re.compile(r"\bratios?\b|\bproportions\b")
