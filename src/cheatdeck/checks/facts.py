"""Duplicate and conflicting facts, in three layers; one diagnostic per pair or group.

Facts are compared within a scope (setting ``fact_scope``): by default the cards of one
deck below the root (``Root::Git`` and ``Root::Git::Branches``, never ``Root::Git`` and
``Root::PostgreSQL``); ``topic``: one topic deck; ``corpus``: every card.

1. Exact: the folded prompt (term, question, limit subject, task, table + row + column)
   and answer; and a command's code, whatever its task (one run with ``sudo``: a
   ``similar-fact``). Same prompt and answer ->
   ``duplicate-fact``; same prompt, an answer that cannot also be right (another value,
   another short answer, another option of the same command) -> ``conflicting-fact``;
   an answer in other words -> ``duplicate-fact`` when it says the same, else a
   "possibly conflicting" ``similar-fact``. Prompts that differ only by a lone symbol
   or a letter's case (``;`` / ``,``, ``K`` / ``k``) are two questions, judged apart.
2. Values: limits, cells and value answers keyed by what they measure (generic words
   such as "default" or "server" and the words of the deck left out), values compared
   with their units (``15 minutes`` = ``900 seconds``; ``KB`` is not ``KiB``).
3. Free text: the same fact in other words -> ``similar-fact`` (a warning; "possibly
   conflicting" when the answers differ).

``allow: [id]`` on either card silences every finding for that pair of cards.
Layers 1 and 2 join items that ask the same thing into groups; a group's answers are
sorted into classes of equal answers. Layer 3 only looks at pairs no group holds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from .. import cloze
from ..diagnostics import Diagnostic, make
from ..field_limit import cut_long_fields
from ..model import Corpus, Settings
from ..text import plain
from . import CheckContext
from .accidentals import accidentals_apart, dots_apart
from .both_right import why_both_may_be_right
from .command_forms import (
    arguments_unnamed,
    bundle_undashed,
    first_argument_unnamed,
    query_sorted,
    script_run_by_name,
    shell_spelt_one_way,
    typed_one_way,
    unspaced_operators,
    without_quotes,
    without_subcommand,
)
from .compounds import compound_glossed
from .initials import names_abbreviated
from .items import (
    Item,
    Vocabulary,
    arity_written,
    build_items,
    checksum,
    flags_shown,
    in_counted_unit,
    module_aliased,
    namespace_shortened,
    placeholder_slots,
    program_by_name,
    reordered_keys,
    same_key,
    scope_of,
    spaced_colon_values,
    spaced_equals_values,
    spaced_option_values,
    spaced_program,
    without_sudo,
)
from .languages import articles_apart, forms_apart, language_of
from .names_spelt import a_name
from .normalize import (
    american_drug_names,
    chosen_stopwords_apart,
    content_words,
    fold,
    letters_spelt_out,
    stress_apart,
    stressed_words,
    tones_marked,
    unstressed,
    without_marks,
)
from .notations import hex_written_otherwise
from .provisions import provisions_named_alike
from .quantities import (
    codes_apart,
    codes_reordered,
    converted_alike,
    counts_per_time_alike,
    doses_a_day,
    equal_values,
    fractions_written_apart,
    inside_range,
    numbers_reordered,
    numbers_traded,
    numeral_runs,
    numerals_apart,
    opposite_bounds,
    parse,
    rounded_alike,
    same_tuple,
    schedules_apart,
    temperature_changes_alike,
    units_apart,
    versions_apart,
    with_decimal_point,
    words_apart,
)
from .similar import (
    Verdict,
    durations_far_apart,
    english_function_words,
    find_similar,
    marks_apart,
    name_lengthened,
    pairs_or_things,
    placeholder_written_plainly,
    spelt_alike,
    without_import_first,
    without_prose_aside,
)
from .structured import same_measure_groups

#: Answers longer than this are shortened in messages.
SHOWN_CHARS = 40
#: Places named in one message; the rest are counted.
SHOWN_PLACES = 4
#: Distinct values of one question compared pairwise for equal quantities.
MAX_VALUES_COMPARED = 200


@dataclass(frozen=True)
class Finding:
    """Items that state the same fact (``items[0]`` is where it is reported)."""

    code: str
    items: tuple[Item, ...]
    reason: str  # "same term and definition", "same value: '15 min' = '900 s'", ...
    conflict: bool = False  # similar-fact: the answers differ

    @property
    def card_ids(self) -> tuple[str, ...]:
        return tuple(item.card.id for item in self.items)


class _Groups:
    """Union-find over item indexes; ``joined`` says which items have company."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.joined: set[int] = set()

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def join(self, items: Iterable[Item]) -> None:
        indexes = [item.index for item in items]
        self.joined.update(indexes)
        roots = [self.find(i) for i in indexes]
        for root in roots[1:]:
            self.parent[self.find(root)] = self.find(roots[0])


def find_problems(corpus: Corpus) -> list[Finding]:
    """Every duplicate, conflicting and similar fact of the corpus; of a field longer than
    ``FIELD_LIMIT`` (a ``long-field`` warning) only the first ``FIELD_LIMIT`` characters
    are compared, so one pasted file costs what a long card does."""
    corpus = cut_long_fields(corpus)
    vocab = Vocabulary()
    return _find_problems(build_items(corpus, vocab), vocab, corpus.settings, corpus.deck)


def default_scope_notice(corpus: Corpus) -> str | None:
    """One line for ``check`` when ``fact_scope`` is left to its default and it parts the
    corpus: facts in two decks below the root are never compared, which a corpus of one
    subject in topic decks does not expect (a contradiction between them goes unseen)."""
    settings = corpus.settings
    if "fact_scope" in settings.written or settings.fact_scope != "deck":
        return None
    scopes = sorted({scope_of(card.deck, corpus.deck, "deck") for card in corpus.cards()})
    if len(scopes) < 2:
        return None
    names = [scope.rpartition("::")[2] for scope in scopes]
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    return (
        f"facts were compared within each of the {len(scopes)} decks below "
        f"'{corpus.deck}' ({shown}), not across them (fact_scope: deck, the default); if "
        "they are topics of one subject, write 'fact_scope: corpus' under 'settings:' in "
        "corpus.yaml; 'fact_scope: deck' there keeps the default and ends this line"
    )


def _scopes(items: list[Item], root_deck: str, fact_scope: str) -> list[int]:
    """Each item's scope as a number: items are compared only within one."""
    numbers: dict[str, int] = {}
    found = []
    for item in items:
        scope = scope_of(item.card.deck, root_deck, fact_scope)
        found.append(numbers.setdefault(scope, len(numbers)))
    return found


def _find_problems(
    items: list[Item], vocab: Vocabulary, settings: Settings, root_deck: str
) -> list[Finding]:
    scopes = _scopes(items, root_deck, settings.fact_scope)
    groups = _Groups(len(items))
    first_with_hash: dict[tuple[int, int], Item] = {}
    later_with_hash: dict[tuple[int, int], list[Item]] = defaultdict(list)  # the others
    first_with_key: dict[tuple, Item] = {}  # items whose key's checksum another key has
    first_with_command: dict[tuple[int, str], Item] = {}  # one command, two tasks
    code_answers: list[Item] = []  # questions answered with a code span
    marked: list[Item] = []  # prompts or answers with letters outside ASCII
    for item in items:
        scope = scopes[item.index]
        if not (item.statement or (item.full_prompt.isascii() and item.answer.isascii())):
            marked.append(item)
        elif not item.statement and item.tone_numbered:  # "zai4jian4": "zàijiàn"
            marked.append(item)
        if item.kind == "command":
            first = first_with_command.setdefault((scope, item.answer_key), item)
            if first is not item:
                groups.join((first, item))
        elif item.kind == "qa" and item.code_key is not None:
            code_answers.append(item)  # "`dd`", "run `dotnet fsi`"
        first = first_with_hash.setdefault((scope, item.key_hash), item)
        if first is item:
            continue
        later_with_hash[scope, item.key_hash].append(item)
        key = item.key
        if key != first.key:
            first = first_with_key.setdefault((scope, key), item)
            if first is item:
                continue
        groups.join((first, item))
    for item in code_answers:  # "Which command deletes a line?" `dd` / "Delete a line": dd
        command = first_with_command.get((scopes[item.index], item.code_key or ""))
        if command is not None:
            groups.join((command, item))
    placeholders_bracketed = []  # pairs of one command, a placeholder in [brackets] in one
    written = dict(first_with_command)  # and the questions answered with one code span
    for item in code_answers:
        written.setdefault((scopes[item.index], item.code_key or ""), item)
    for pair, bracketed in _placeholders_written_otherwise(written):
        if bracketed:
            placeholders_bracketed.append(pair)
        else:  # "ffmpeg -i <input> <output>" / "ffmpeg -i INPUT OUTPUT": one command
            groups.join(pair)
    for same in _typed_without_accents(marked, scopes, first_with_hash, later_with_hash):
        groups.join(same)
    for same in _reading_left_out(marked, scopes):
        groups.join(same)
    vowels_left_out = list(_vowel_signs_left_out(marked, scopes))
    declared = _declared_options(items)
    commands_alike = {  # reason -> pairs of one command written two ways
        OPTIONS_REORDERED: list(_options_reordered(first_with_command)),
        RUN_WITH_SUDO: list(_same_command_as(first_with_command, without_sudo)),
        PROGRAM_HYPHENATED: list(_same_command_as(first_with_command, spaced_program)),
        PROGRAM_BY_PATH: list(_same_command_as(first_with_command, program_by_name)),
        VALUE_ATTACHED: list(_same_command_as(first_with_command, spaced_option_values, both=True)),
        VALUE_AFTER_EQUALS: list(_same_command_as(first_with_command, spaced_equals_values)),
        VALUE_AFTER_COLON: list(_same_command_as(first_with_command, spaced_colon_values)),
        OPTION_SPELT_OUT: list(_options_spelt_out(first_with_command, declared)),
        COMMAND_ABBREVIATED: list(_commands_abbreviated(first_with_command)),
        SUBCOMMAND_ABBREVIATED: list(_subcommands_abbreviated(first_with_command)),
        NAME_ABBREVIATED: list(names_abbreviated(first_with_command)),
        PLACEHOLDER_BRACKETED: placeholders_bracketed,
        NAMESPACE_SHORTENED: list(_same_command_as(first_with_command, namespace_shortened)),
        MODULE_ALIASED: list(_same_command_as(first_with_command, module_aliased)),
        NOTE_AFTER: list(_same_command_as(first_with_command, without_prose_aside)),
        PLACEHOLDER_PLAIN: list(_placeholders_plain(first_with_command)),
        IMPORT_FIRST: list(_same_command_as(first_with_command, without_import_first)),
        ARITY_WRITTEN: list(_same_command_as(first_with_command, arity_written)),
    }
    _add_written_otherwise(commands_alike, first_with_command, declared)
    del first_with_hash, later_with_hash, first_with_key, first_with_command
    for same in same_measure_groups(items, vocab, scopes):
        groups.join(same)
    verdict = Verdict(items, vocab, settings.similarity, language_of(settings.language))
    members: dict[int, list[Item]] = defaultdict(list)
    for index in sorted(groups.joined):
        members[groups.find(index)].append(items[index])
    findings: list[Finding] = []
    for group in members.values():
        findings.extend(_judge_group(sorted(group, key=_position), verdict))

    group_of = [groups.find(item.index) for item in items]
    alike: list[tuple[Item, Item]] = []
    matches = _not_allowed(list(find_similar(items, verdict, group_of, scopes, alike)))
    for match in matches:  # one prompt in two spellings: judged as one prompt
        if match.same_prompt:
            findings.extend(
                _judge_group(sorted((match.first, match.second), key=_position), verdict)
            )
    findings.extend(_similar_findings(match for match in matches if not match.same_prompt))
    findings.extend(
        Finding("similar-fact", pair, LIST_OF_NUMBERS)
        for pair in _lists_of_numbers_answered(items, scopes)
        if groups.find(pair[0].index) != groups.find(pair[1].index)
    )
    findings.extend(
        Finding("similar-fact", pair, VOWEL_SIGNS_LEFT_OUT, conflict=True)
        for pair in vowels_left_out
        if groups.find(pair[0].index) != groups.find(pair[1].index)
    )
    for reason, pairs in commands_alike.items():
        findings.extend(
            Finding("similar-fact", pair, reason)
            for pair in pairs
            if groups.find(pair[0].index) != groups.find(pair[1].index)
        )
    asked_alike = {
        ONE_YEAR_ASKED: list(_years_asked(items, scopes, vocab)),
        OPTION_ASKED: _options_asked(items, scopes),
    }
    # prompts alike and questions asked alike (warnings) that no other finding holds together
    if alike or any(asked_alike.values()):
        told = {
            frozenset((a.index, b.index)) for f in findings for a, b in combinations(f.items, 2)
        }
        findings.extend(
            Finding("similar-fact", pair, PROMPTS_ALIKE)
            for pair in alike
            if frozenset((pair[0].index, pair[1].index)) not in told
        )
        told.update(frozenset((a.index, b.index)) for a, b in alike)
        for reason, pairs in asked_alike.items():
            findings.extend(
                Finding("similar-fact", pair, reason)
                for pair in pairs
                if frozenset((pair[0].index, pair[1].index)) not in told
                and groups.find(pair[0].index) != groups.find(pair[1].index)
            )
            told.update(frozenset((a.index, b.index)) for a, b in pairs)
    return [kept for finding in findings if (kept := _without_allowed(finding))]


#: The reason of two prompts that share most of their rare words (``prompts_alike``).
PROMPTS_ALIKE = "prompts alike"
#: The reason of a question answered with all the numbers of a list.
LIST_OF_NUMBERS = "a list of the numbers the answer gives"
#: The reason of two questions that name one year and share a word (``_years_asked``).
ONE_YEAR_ASKED = "questions about one year"
#: A year in a question: 1000 to 2099, not part of a longer number, a version ("2.1000")
#: or a range's end ("1991-1995" names two years), nor a measure ("below 2000 m") or a
#: call's argument ("delay(1000)").
_YEAR = re.compile(
    r"(?<![\d.,:/\u2013-])(?<!\w\()(1\d{3}|20\d{2})(?![\d.,:/\u2013-]?\d)(?![\u2013-])"
    r"(?!\s?(?:[kcm]?m|mi|ft|g|kg|lb|s|ms|h|rpm|[kmg]?hz|[kmgt]i?b|px|pt|v|w|kw|°|%|x|€|\$)\b)",
    re.IGNORECASE,
)


def _years_asked(
    items: list[Item], scopes: list[int], vocab: Vocabulary
) -> Iterator[tuple[Item, Item]]:
    """Two questions that name one year, and no other, and share another word of their
    own, worded apart in two places or more: "Which Sapa Inca began the great expansion
    around 1438?" / "Who started the Inca expansion c. 1438?". A year and a word narrow
    a question down to one event; people who ask it twice reword the rest ("reimposed" /
    "reintroduced", "Which emperor" / "Who"), so the other checks, which weigh all the
    words, miss them. Whatever the answers, one of the two is worth a look: the same
    fact twice, or one answer wrong. Not two prompts of one template (``_words_swapped``)
    nor a name made longer by a capitalised word (``_names_lengthened``)."""
    by_year: dict[tuple[int, str], list[Item]] = defaultdict(list)
    for item in items:
        if item.kind != "qa" or not item.answer:
            continue
        years = set(_years_named(plain(item.full_prompt)))
        if len(years) == 1:
            by_year[scopes[item.index], years.pop()].append(item)
    for (_, year), asked in by_year.items():
        if len(asked) > MAX_VALUES_COMPARED:
            continue
        year_ids = {vocab.ids.get(year, -1)}
        for a, b in combinations(asked, 2):
            shared = set(a.prompt_ids).intersection(b.prompt_ids) - year_ids
            if shared and not (
                _words_swapped(plain(a.prompt), plain(b.prompt))
                or _names_lengthened(plain(a.full_prompt), plain(b.full_prompt))
            ):
                yield (a, b)


def _names_lengthened(first: str, second: str) -> bool:
    """Whether one prompt names a name of the other with a capitalised word more:
    another person or thing ("Walter Scott" / "Walter Scott *Junior*"), whatever year
    both name."""
    return name_lengthened(first, second) or name_lengthened(second, first)


def _years_named(prompt: str) -> Iterator[str]:
    """The years a prompt names; not one that ends a name ("the Theft Act 1968", "Paris
    2024": a capitalised word before it, other than the prompt's first), which names a
    document or an event's edition rather than dating what is asked."""
    for found in _YEAR.finditer(prompt):
        before = prompt[: found.start()].split()
        if len(before) >= 2 and before[-1][:1].isupper():
            continue
        yield found.group(1)


def _words_swapped(first: str, second: str) -> bool:
    """Two prompts of one template: each stretch of words that differs (stop words too,
    in their order) is one word for one word ("won" / "lost") or names for names
    ("Olympics" / "Commonwealth Games"), so each asks about its own thing."""
    x, y = _PROMPT_WORD.findall(first), _PROMPT_WORD.findall(second)
    matcher = SequenceMatcher(None, [w.casefold() for w in x], [w.casefold() for w in y])
    for op, x_start, x_end, y_start, y_end in matcher.get_opcodes():
        if op == "equal" or (x_end - x_start <= 1 and y_end - y_start <= 1):
            continue
        mine, theirs = x[x_start:x_end], y[y_start:y_end]
        if not (mine and theirs and all(w[:1].isupper() for w in mine + theirs)):
            return False
    return True


_PROMPT_WORD = re.compile(r"\w+")

#: The reason of a question answered with an option that a command card runs.
OPTION_ASKED = "an option a command runs"
#: An answer's asides and alternatives: "-D (--list-interfaces)", "-o / --offline",
#: "--toc (or --table-of-contents)".
_ANSWER_ASIDE = re.compile(r"\s*\([^()]*\)")
_ANSWER_ALTERNATIVE = re.compile(r"\s+/\s+|\s+or\s+|,\s+|;\s+")
#: Words run before a command's program ("sudo mvn ...").
_RUNNERS = frozenset({"sudo", "doas", "time", "nice", "exec", "command"})
#: A piece of a command, one word: an option ("-o", "--toc") or a word with a sign inside
#: ("dependency:tree", "@code_warntype"). A plain word ("install") is in too many
#: commands to tell one, a word that only ends with a sign ("Yes.") is prose, and an
#: option with a value ("-C -") may be the example's own value.
_OPTION_ANSWER = re.compile(r"--?[^\W\d]\S*|\S*[^\w\s]\S*[\w\]>)}*]")
_PROGRAM_WORD = re.compile(r"[\w.+-]+")


def _options_asked(items: list[Item], scopes: list[int]) -> list[tuple[Item, Item]]:
    """A question answered with an option or a piece of code that a command card's
    command gives first, right after its program, other words after it or not, whose
    question names the program or shares a word with the command's task: "How do you
    get a table of contents in pandoc output?" ``--toc (or --table-of-contents)`` /
    "Add a TOC to the generated document" ``pandoc --toc -s in.md -o out.html``. A
    command written to show an option puts it first; one deep in a long command ("aws
    rds create-db-instance ... --no-publicly-accessible") is a detail of a recipe, which
    a question may ask on its own. The answer's first form is compared, asides in
    brackets and alternatives after "/" or "or" left out."""
    by_word: dict[tuple[int, str], list[tuple[Item, list[str]]]] = defaultdict(list)
    for item in items:
        if item.kind == "command" and item.answer:
            words = plain(item.answer).split()
            for word in set(words):
                by_word[scopes[item.index], word].append((item, words))
    if not by_word:
        return []
    found: list[tuple[Item, Item]] = []
    for item in items:
        if item.kind != "qa" or not item.answer or item.statement:
            continue
        answer = _ANSWER_ASIDE.sub("", plain(item.answer)).strip().strip("`")
        answer = _ANSWER_ALTERNATIVE.split(answer)[0].strip().strip("`")
        if len(answer) < 2 or _OPTION_ANSWER.fullmatch(answer) is None:
            continue
        commands = by_word.get((scopes[item.index], answer), [])
        if len(commands) > MAX_VALUES_COMPARED:
            continue
        asked = set(_PROGRAM_WORD.findall(fold(item.prompt)))
        for command, words in commands:
            at = next((at for at, word in enumerate(words) if word not in _RUNNERS), 0)
            if words[at + 1 : at + 2] != [answer]:
                continue
            if words[at].lower() in asked or set(item.prompt_ids).intersection(command.prompt_ids):
                found.append((item, command) if item.index < command.index else (command, item))
    return found


def _lists_of_numbers_answered(items: list[Item], scopes: list[int]) -> Iterator[tuple[Item, ...]]:
    """A question whose answer gives all the numbers of a list of plain items, two or
    more, each one number, and no other, and whose words hold half the words of the
    list's title or more (two at least): "At which levels does the damage grow?" "5th,
    11th and 17th" / a list "Damage grows at levels" of 5, 11 and 17. The pair is the
    question and the list's first item. The title's words are those all the list's
    items share."""
    lists: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.kind == "list-item" and item.statement:
            lists[item.card.id].append(item)
    told: dict[frozenset, list[tuple[Item, frozenset[int]]]] = defaultdict(list)
    for members in lists.values():
        if len(members) < 2 or not all(member.prompt[:1].isdigit() for member in members):
            continue
        stated = [parse(member.prompt) for member in members]
        numbers = frozenset().union(*stated)
        if any(len(quantities) != 1 for quantities in stated) or len(numbers) != len(members):
            continue
        title = frozenset.intersection(*(frozenset(member.prompt_ids) for member in members))
        if len(title) >= 2:
            told[numbers].append((members[0], title))
    if not told:
        return
    for item in items:
        if item.kind != "qa" or item.quantities not in told:
            continue
        for first, title in told[item.quantities]:
            shared = title.intersection(item.prompt_ids)
            if scopes[item.index] == scopes[first.index] and len(title) <= 2 * len(shared):
                yield (item, first)


#: The reasons of two commands that differ only by the order of their options, by a
#: leading sudo, by a hyphen in the program's name, by a path the program is run by
#: ("bin/rails" / "rails"), or by a space between a short option and its number ("-j4" /
#: "-j 4").
OPTIONS_REORDERED = "options in another order"
RUN_WITH_SUDO = "one run with sudo"
PROGRAM_HYPHENATED = "one with its program's name hyphenated"
PROGRAM_BY_PATH = "one with its program run by a path"
VALUE_ATTACHED = "one with an option's value attached"
VALUE_AFTER_EQUALS = "one with an option's value after '='"
VALUE_AFTER_COLON = "one with a value glued to its ':'"
OPTION_SPELT_OUT = "one with a short option where the other has a long one"
COMMAND_ABBREVIATED = "one with its ':' command abbreviated"
SUBCOMMAND_ABBREVIATED = "one with a word after the program written as its start"
NAME_ABBREVIATED = "one with a name written as its initials or an option as its start"
PLACEHOLDER_BRACKETED = "one with a placeholder in square brackets"
NAMESPACE_SHORTENED = "one with its function's namespace named by its last part"
MODULE_ALIASED = "one with its module named by its usual alias"
NOTE_AFTER = "one with a note in brackets after it"
PLACEHOLDER_PLAIN = "one with a placeholder written as a plain word"
IMPORT_FIRST = "one with an import before it"
ARITY_WRITTEN = "one a call, the other its function's name and number of arguments"
SUBCOMMAND_LEFT_OUT = "one with a subcommand word the other leaves out"
QUOTES_AROUND = "one with a word in quotes the other writes bare"
OPERATOR_SPACED = "one with blanks around an '=' the other writes without"
QUERY_REORDERED = "one with its query's parameters in another order"
FIRST_ARGUMENT_NAMED = "one with a call's first argument given by its name"
ARGUMENTS_NAMED = "one with a call's arguments given by their names"
SHELL_SPELLING = "one with a redirection or builtin bash reads two ways"
BUNDLE_UNDASHED = "one with its bundle of one-letter options written without a dash"
SCRIPT_INTERPRETED = "one running its script through the interpreter the other leaves out"
TYPED_OTHERWISE = "one typed otherwise in two ways at once"
OPTION_LETTERED = "one with a capital option where the other has a long one holding its letter"
#: Each such reason's example, and when both commands may be needed after all.
_COMMANDS_ALIKE = {
    RUN_WITH_SUDO: ("", "running it as root is the point"),
    PROGRAM_HYPHENATED: ("", "both versions of the tool are the point"),
    PROGRAM_BY_PATH: (" (bin/rails / rails)", "the program that path runs is another one"),
    VALUE_ATTACHED: (" (-j4 / -j 4)", "the option reads its value only attached"),
    VALUE_AFTER_EQUALS: (
        " (-out=tfplan / -out tfplan)",
        "the option reads its value only after '='",
    ),
    VALUE_AFTER_COLON: (" (display:flex / display: flex)", "the space matters where it is typed"),
    OPTION_SPELT_OUT: (" (-a / --all)", "the tool gives that letter to another option"),
    COMMAND_ABBREVIATED: (
        " (:t / :type)",
        "the tool reads that abbreviation as another command",
    ),
    SUBCOMMAND_ABBREVIATED: (
        " (nmcli dev / nmcli device)",
        "the tool reads that start as another word",
    ),
    NAME_ABBREVIATED: (
        " (Get-ChildItem -Recurse / gci -r)",
        "the tool reads that short form as another name",
    ),
    PLACEHOLDER_BRACKETED: (
        " ([file] / <file>)",
        "the brackets mark that argument optional and that is the point",
    ),
    NAMESPACE_SHORTENED: (
        " (clojure.edn/read-string / edn/read-string)",
        "that alias names another namespace",
    ),
    MODULE_ALIASED: (" (numpy.sum / np.sum)", "that name is another module's"),
    NOTE_AFTER: (" (make / make (add -j8 to build in parallel))", "the note is the point"),
    PLACEHOLDER_PLAIN: (
        " (pip install pkg / pip install <package>)",
        "that word is a name the command needs as written",
    ),
    IMPORT_FIRST: (
        ' (using Pkg; Pkg.add("X") / Pkg.add("X"))',
        "the import is the point",
    ),
    ARITY_WRITTEN: (
        " (findall(X, G, L) / findall/3)",
        "the call's arguments are the point",
    ),
    SUBCOMMAND_LEFT_OUT: (
        " (npm run test / npm test)",
        "the shorter one runs another command",
    ),
    QUOTES_AROUND: (' (echo "$i" / echo $i)', "what the quotes protect is the point"),
    OPERATOR_SPACED: (" (x = 1 / x=1)", "the blanks matter where it is typed"),
    QUERY_REORDERED: (" (?a=1&b=2 / ?b=2&a=1)", "the server reads them in order"),
    FIRST_ARGUMENT_NAMED: (
        ' (sort_values(by="x") / sort_values("x"))',
        "the function's first parameter has another name",
    ),
    ARGUMENTS_NAMED: (
        " (subplots(nrows=2, ncols=3) / subplots(2, 3))",
        "the function takes them only by name or in another order",
    ),
    SHELL_SPELLING: (
        " (cmd &> f / cmd > f 2>&1, source f / . f)",
        "the script runs in a shell that reads only one of them",
    ),
    BUNDLE_UNDASHED: (
        " (tar -xzf a.tgz / tar xzf a.tgz)",
        "the program reads those letters without a dash as another argument",
    ),
    SCRIPT_INTERPRETED: (
        " (python manage.py migrate / ./manage.py migrate)",
        "the script is not executable or its first line names another interpreter",
    ),
    TYPED_OTHERWISE: (
        " (sudo apt --fix-broken install / apt-get -f install)",
        "one of those ways of typing it is the point",
    ),
    OPTION_LETTERED: (
        " (tar -C / tar --directory)",
        "the tool gives that letter to another option",
    ),
}


def _add_written_otherwise(
    commands_alike: dict[str, list[tuple[Item, Item]]],
    first_with_command: dict[tuple[int, str], Item],
    declared: dict[str, str],
) -> None:
    """``commands_alike`` with the pairs of ``command_forms``' rewritings added: a
    subcommand word left out, a word in quotes, blanks around an '=', a query's
    parameters in another order, a first argument given by its name, every argument
    given by its name, a bundle of one-letter options without its dash, a script run
    through its interpreter or by its path; each pair once,
    under the first reason that finds it."""
    found = {frozenset(pair) for pairs in commands_alike.values() for pair in pairs}
    for reason, rewritten, both in (
        (SUBCOMMAND_LEFT_OUT, without_subcommand, False),
        (QUOTES_AROUND, without_quotes, True),
        (OPERATOR_SPACED, unspaced_operators, True),
        (QUERY_REORDERED, query_sorted, True),
        (FIRST_ARGUMENT_NAMED, first_argument_unnamed, False),
        (ARGUMENTS_NAMED, arguments_unnamed, False),
        (SHELL_SPELLING, shell_spelt_one_way, True),
        (BUNDLE_UNDASHED, bundle_undashed, False),
        (SCRIPT_INTERPRETED, script_run_by_name, True),
    ):
        pairs = [
            p
            for p in _same_command_as(first_with_command, rewritten, both)
            if frozenset(p) not in found
        ]
        found.update(frozenset(pair) for pair in pairs)
        commands_alike[reason] = pairs
    typed: dict[tuple[int, str], Item] = {}
    for (scope, command_key), item in first_with_command.items():
        typed.setdefault((scope, typed_one_way(command_key)), item)
    commands_alike[TYPED_OTHERWISE] = [
        p
        for p in (
            *_same_command_as(first_with_command, typed_one_way, True),
            *_options_reordered(typed),
            *_options_spelt_out(typed, declared),
        )
        if frozenset(p) not in found and not found.add(frozenset(p))
    ]
    commands_alike[OPTION_LETTERED] = [
        p
        for p in _option_spelt_out_otherwise(typed)
        if frozenset(p) not in found and not found.add(frozenset(p))
    ]


def _same_command_as(
    first_with_command: dict[tuple[int, str], Item],
    rewritten: Callable[[str], str],
    both: bool = False,
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope, one the other once ``rewritten`` ("sudo systemctl
    daemon-reload" without its sudo, "docker-compose up -d" with its program's name
    spaced), in corpus order: the first of each written command only. A warning, not a
    duplicate: running as root, or either version of a tool, may be what one card
    teaches. With ``both``, two commands rewritten alike pair too ("cut -d, -f2" and "cut
    -d ',' -f2", each option's value spaced): only for a rewriting that loses nothing
    (an arity is no call: "pinMode(2, INPUT)" / "pinMode(2, INPUT_PULLUP)")."""
    first_rewritten: dict[tuple[int, str], Item] = {}
    for (scope, command_key), item in first_with_command.items():
        other_key = rewritten(command_key)
        other = first_with_command.get((scope, other_key))
        if both and (other_key == command_key or other is None):
            other = first_rewritten.setdefault((scope, other_key), item)
        if other is not None and other is not item:
            yield (other, item) if _position(other) < _position(item) else (item, other)


def _placeholders_plain(
    first_with_command: dict[tuple[int, str], Item],
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope alike but for one word: a ``<placeholder>`` in one,
    its name or its name shortened in the other (``pip install pkg`` / ``pip install
    <package>``: ``similar.placeholder_written_plainly``), in corpus order: the first of
    each written command only."""
    with_slot: dict[tuple, list[Item]] = defaultdict(list)
    plain: list[tuple[tuple, Item]] = []
    for (scope, command_key), item in first_with_command.items():
        words = command_key.split()
        slots = [at for at, word in enumerate(words) if word[:1] == "<" and word[-1:] == ">"]
        if len(slots) == 1 and len(words) > 1:
            at = slots[0]
            with_slot[scope, at, *words[:at], words[at][1:2], *words[at + 1 :]].append(item)
        for at, word in enumerate(words[1:], 1):
            if word.isalpha() and word.islower():
                plain.append(((scope, at, *words[:at], word[:1], *words[at + 1 :]), item))
    for key, item in plain:
        for other in with_slot.get(key, ()):
            if placeholder_written_plainly(item.answer_key, other.answer_key):
                yield (item, other) if _position(item) < _position(other) else (other, item)


def _options_reordered(
    first_with_command: dict[tuple[int, str], Item],
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope written with their options in another order
    (``items.reordered_keys``), a short option's value attached in one of them or not
    (``nasm -f elf64 x.asm -o x.o`` / ``nasm -felf64 -o x.o x.asm``): the first of each
    written command only, once a pair."""
    first_with_order: dict[tuple, Item] = {}
    paired: set[tuple[int, int]] = set()
    spaced_of: dict[int, str] = {}
    flags: dict[tuple[int, str], set[str]] = defaultdict(set)  # (scope, program) -> flags
    letters: dict[tuple[int, str], int] = defaultdict(int)  # commands of each letters
    for (scope, command_key), _ in first_with_command.items():
        flags[scope, command_key.partition(" ")[0]].update(flags_shown(command_key))
        letters[scope, _letters(command_key)] += 1
    for (scope, command_key), item in first_with_command.items():
        if letters[scope, _letters(command_key)] < 2:
            continue  # no other command of its scope has its letters: it shares no key
        spaced = spaced_of[item.index] = _word_values_spaced(spaced_option_values(command_key))
        shown = frozenset(flags.get((scope, command_key.partition(" ")[0]), ()))
        keys = (*reordered_keys(command_key), *reordered_keys(spaced))
        if shown:  # "clang -fobjc-arc main.m" beside "clang -fobjc-arc -framework F main.m"
            keys = (*keys, *reordered_keys(command_key, shown), *reordered_keys(spaced, shown))
        for key in dict.fromkeys(keys):
            first = first_with_order.setdefault((scope, key), item)
            if first is item or (first.index, item.index) in paired:
                continue
            if spaced_of[first.index] == spaced:
                continue  # "make -j4" / "make -j 4": a value attached, in one order
            paired.add((first.index, item.index))
            yield first, item


def _letters(command_key: str) -> str:
    """A command's characters but its blanks and dashes, sorted: two commands share a key
    of ``reordered_keys`` only if they have the same (their words are the same, spaced,
    bundled and sorted otherwise), a cheap look that rules out most commands."""
    return "".join(sorted(command_key.replace(" ", "").replace("-", "")))


#: A short option with a value of letters and digits attached: "nasm -felf64".
_ATTACHED_WORD = re.compile(r"(?<= )(-[A-Za-z])([A-Za-z]+\d\w*)(?= |$)")


def _word_values_spaced(command_key: str) -> str:
    """A folded command with each short option's attached value of letters and digits
    spaced ("nasm -felf64 x.asm" -> "nasm -f elf64 x.asm"): a bundle of one-letter flags
    holds no digit. Only for commands compared with their options in another order,
    where the other command writes the value apart."""
    if "-" not in command_key:
        return command_key
    return _ATTACHED_WORD.sub(r"\1 \2", command_key)


def _options_spelt_out(
    first_with_command: dict[tuple[int, str], Item],
    declared: dict[str, str] | None = None,
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope alike but for options written short in one and long
    in the other, each short one a letter of the long one's words (``sysctl -a`` /
    ``sysctl --all``, ``kubectl get pods -A`` / ``... --all-namespaces``), or the short
    one that a card of the corpus gives the long one (``declared``, long -> short:
    ``make -n`` / ``make --dry-run`` beside "-n, --dry-run"), in corpus order: the first
    of each written command only. A warning: many a tool gives a letter to another word
    than its long option's (``ls -r`` is ``--reverse``, not ``--recursive``)."""
    declared = declared or {}
    by_skeleton: dict[tuple, list[tuple[list[str], Item]]] = defaultdict(list)
    for (scope, command_key), item in first_with_command.items():
        words = command_key.split()
        if len(words) < 2 or not any(word[:1] == "-" for word in words):
            continue
        skeleton = tuple(_option_letter(declared.get(word.lower(), word)) for word in words)
        by_skeleton[scope, skeleton].append((words, item))
    for written in by_skeleton.values():
        for (words, item), (other_words, other) in combinations(written, 2):
            if _short_and_long(words, other_words, declared):
                yield (item, other) if _position(item) < _position(other) else (other, item)


#: A short option and a long one written as one ("-n, --dry-run", "-n / --dry-run",
#: "--dry-run (-n)", "-n or --dry-run"), in a card's prompt or answer.
_OPTION_PAIR = re.compile(
    r"(?<![\w-])(?:(-[A-Za-z])\W{0,2}(?:,|/|\bor\b|\()\s*\W?(--[A-Za-z][\w-]+)"
    r"|(--[A-Za-z][\w-]+)\W{0,2}(?:,|/|\bor\b|\()\s*\W?(-[A-Za-z]))(?![\w-])"
)


def _declared_options(items: list[Item]) -> dict[str, str]:
    """Long options -> the short ones the corpus writes them with ("-n, --dry-run" in a
    list of make's options): said so once, the two are one option for the checks. A long
    option given two short ones is left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for text in (item.full_prompt, item.answer):
            if "--" not in text:
                continue
            for match in _OPTION_PAIR.finditer(text):
                short, long = match.group(1) or match.group(4), match.group(2) or match.group(3)
                found[long.lower()].add(short)
    return {long: shorts.pop() for long, shorts in found.items() if len(shorts) == 1}


def _commands_abbreviated(
    first_with_command: dict[tuple[int, str], Item],
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope alike but for a first word typed after ':' in full
    in one and as its first letters in the other (GHCi's ``:t expr`` / ``:type expr``,
    ``:r`` / ``:reload``; Vim's ``:w`` / ``:write``), in corpus order: the first of each
    written command only. A warning: a tool may give an abbreviation to another command
    than the one it begins (Vim's ``:s`` substitutes, ``:set`` sets)."""
    by_rest: dict[tuple[int, str], list[tuple[str, Item]]] = defaultdict(list)
    for (scope, command_key), item in first_with_command.items():
        head, _, rest = command_key.partition(" ")
        if head[:1] == ":" and head[1:].isalpha():
            by_rest[scope, rest].append((head, item))
    for written in by_rest.values():
        for (head, item), (other_head, other) in combinations(written, 2):
            if head != other_head and (head.startswith(other_head) or other_head.startswith(head)):
                yield (item, other) if _position(item) < _position(other) else (other, item)


#: The fewest letters of a word written as its start (``_subcommands_abbreviated``):
#: "dev" for "device", "addr" for "address"; not "ls" for "lsblk".
_SHORTEST_START = 3


def _subcommands_abbreviated(
    first_with_command: dict[tuple[int, str], Item],
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope alike but for one word after the program, written
    in full in one and as its first letters in the other, two letters or more shorter
    (``nmcli dev wifi list`` / ``nmcli device wifi list``, ``ip addr`` / ``ip address``:
    tools that read any unique start of a subcommand), in corpus order: the first of
    each written command only. A warning: the start may be another word of the tool's,
    or an argument that names another thing."""
    by_rest: dict[tuple, list[tuple[str, Item]]] = defaultdict(list)
    for (scope, command_key), item in first_with_command.items():
        words = command_key.split()
        for at in range(1, len(words)):
            word = words[at]
            if word.isalpha() and len(word) >= _SHORTEST_START:
                by_rest[scope, tuple(words[:at]), tuple(words[at + 1 :])].append((word, item))
    for written in by_rest.values():
        for (word, item), (other_word, other) in combinations(written, 2):
            short, long = sorted((word, other_word), key=len)
            if len(long) - len(short) >= 2 and long.startswith(short):
                yield (item, other) if _position(item) < _position(other) else (other, item)


def _placeholders_written_otherwise(
    first_with_command: dict[tuple[int, str], Item],
) -> Iterator[tuple[tuple[Item, Item], bool]]:
    """Pairs of commands (or questions answered with one code span) of one scope alike
    but for placeholders written in another notation: where one has a
    ``<placeholder>`` (or ``{placeholder}``) the other has the same name in capitals
    (``FILE``), as a shell variable (``$FILE``) or in square brackets (``[file]``),
    everything else the same (``ffmpeg -i <input> <output>`` / ``ffmpeg -i INPUT
    OUTPUT``), in corpus order: the first of each written command only; each with
    whether a bracketed name is among the differences (brackets often mark an argument
    optional). A word in capitals against a word that is no
    placeholder stays content: ``git grep TODO`` is not ``git grep <pattern>``."""
    by_skeleton: dict[tuple, list[tuple[tuple[tuple[str, str, str], ...], Item]]] = defaultdict(
        list
    )
    for (scope, command_key), item in first_with_command.items():
        if "<" not in command_key and not any(c.isupper() or c in "$[" for c in command_key):
            continue
        skeleton, slots = placeholder_slots(command_key)
        if slots:
            names = tuple(name for _, name, _ in slots)
            by_skeleton[scope, skeleton, names].append((slots, item))
    for written in by_skeleton.values():
        for (slots, item), (other_slots, other) in combinations(written, 2):
            bracketed = _notations_apart(slots, other_slots)
            if bracketed is not None:
                pair = (item, other) if _position(item) < _position(other) else (other, item)
                yield pair, bracketed


def _notations_apart(slots: tuple, other_slots: tuple) -> bool | None:
    """Whether a bracketed name is among the placeholders two commands of one skeleton
    and one list of names write in another notation (``items.placeholder_slots``); None
    unless each word written otherwise is a ``<placeholder>`` in one of them."""
    differing = [(x[0], y[0]) for x, y in zip(slots, other_slots, strict=True) if x[2] != y[2]]
    if not differing or any((x == "strong") == (y == "strong") for x, y in differing):
        return None
    return any("bracketed" in notations for notations in differing)


def _placeholders_alike(a: Item, b: Item) -> bool:
    """Two commands (or code answers) that differ only by placeholders written in
    capitals or as shell variables where the other has them in angle brackets."""
    key_a, key_b = a.code_key, b.code_key
    if key_a is None or key_b is None or key_a == key_b:
        return False
    skeleton_a, slots_a = placeholder_slots(key_a)
    skeleton_b, slots_b = placeholder_slots(key_b)
    if skeleton_a != skeleton_b or [x[1] for x in slots_a] != [y[1] for y in slots_b]:
        return False
    return _notations_apart(slots_a, slots_b) is False


def _option_letter(word: str) -> str:
    """A short option (``-a``) or a long one (``--all``) as its first letter (``-a``);
    another word as it is."""
    if len(word) == 2 and word[0] == "-" and word[1].isalpha():
        return "-" + word[1].lower()
    if word[:2] == "--" and word[2:3].isalpha() and "=" not in word:
        return "-" + word[2].lower()
    return word


def _short_and_long(
    words: list[str], others: list[str], declared: dict[str, str] | None = None
) -> bool:
    """Two commands of one skeleton (``_option_letter``) that differ only where one has
    a short option and the other a long one whose words' initials hold its letter, or
    that the corpus gives it (``declared``)."""
    declared = declared or {}
    differing = [(x, y) for x, y in zip(words, others, strict=True) if x != y]
    return bool(differing) and all(
        _short_of_long(x, y)
        or _short_of_long(y, x)
        or declared.get(y.lower()) == x
        or declared.get(x.lower()) == y
        for x, y in differing
    )


#: An option as a word: a short one ("-n") or a long one without its value ("--dry-run").
_OPTION_WORD = re.compile(r"-[A-Za-z]|--[A-Za-z][\w-]+")


def _option_spelt_out_otherwise(
    first_with_command: dict[tuple[int, str], Item],
) -> Iterator[tuple[Item, Item]]:
    """Pairs of commands of one scope alike but for one option, short in one and long
    in the other, the short one a capital letter that the long one's name holds though
    not as an initial of its words (``tar -C /opt`` / ``tar --directory /opt``, ``tshark
    -Y dns`` / ``tshark --display-filter dns``, ``hugo server -D`` / ``hugo server
    --buildDrafts``: a tool gives a capital where the small letter is taken), in corpus
    order: the first of each written command only. One option apart only, and never a
    small letter: any letter of a long name ties two options far less than its initial
    does (``cp -r`` is ``--recursive``, not ``--preserve``)."""
    by_rest: dict[tuple, list[tuple[str, Item]]] = defaultdict(list)
    for (scope, command_key), item in first_with_command.items():
        words = command_key.split()
        for at, word in enumerate(words[1:], 1):
            if _OPTION_WORD.fullmatch(word):
                by_rest[scope, at, *words[:at], *words[at + 1 :]].append((word, item))
    for written in by_rest.values():
        for (word, item), (other_word, other) in combinations(written, 2):
            short, long = sorted((word, other_word), key=len)
            if short[1:2].isupper() and long[:2] == "--" and short[1].lower() in long[2:].lower():
                yield (item, other) if _position(item) < _position(other) else (other, item)


def _short_of_long(short: str, long: str) -> bool:
    if not (len(short) == 2 and short[0] == "-" and long[:2] == "--"):
        return False
    return short[1].lower() in {part[:1].lower() for part in long[2:].split("-")}


def _typed_without_accents(
    marked: list[Item],
    scopes: list[int],
    first_with_hash: dict[tuple[int, int], Item],
    later_with_hash: dict[tuple[int, int], list[Item]],
) -> Iterator[tuple[Item, Item]]:
    """Pairs of one prompt and answer written with and without accents (``árbol`` /
    ``arbol``: tree), or with German's umlauts spelt out (``der Schlüssel`` / ``der
    Schluessel``), among ``marked`` (the items with letters outside ASCII) and the
    items of each exact prompt (the first, then ``later_with_hash``'s, so the order of
    the cards does not matter: "el año" the year, then "el ano" the anus and "el ano"
    the year). Only equal answers pair: ``año`` / ``ano`` are two words."""
    first_unmarked: dict[tuple, Item] = {}
    for item in marked:
        scope = scopes[item.index]
        for key, answer in _typed_forms(item):
            first = first_unmarked.setdefault((scope, key, answer), item)
            if first is not item:
                yield first, item
                break
            plain = _typed_alike(item, key, answer, scope, first_with_hash, later_with_hash)
            if plain is not None:
                yield plain, item
                break


def _typed_alike(
    item: Item,
    key: tuple[str, ...],
    answer: str,
    scope: int,
    first_with_hash: dict[tuple[int, int], Item],
    later_with_hash: dict[tuple[int, int], list[Item]],
) -> Item | None:
    """The first other item of the exact prompt ``key`` whose prompt and answer, typed
    without accents, are ``key`` and ``answer``; None if there is none."""
    hashed = (scope, checksum(key))
    first = first_with_hash.get(hashed)
    if first is None:
        return None
    for other in (first, *later_with_hash.get(hashed, ())):
        if other is not item and (key, answer) in _typed_forms(other):
            return other
    return None


#: The reason of a prompt written with its Arabic or Hebrew vowel signs and once without,
#: answered otherwise.
VOWEL_SIGNS_LEFT_OUT = "vowel signs left out"


def _vowel_signs_left_out(marked: list[Item], scopes: list[int]) -> Iterator[tuple[Item, Item]]:
    """Pairs of one prompt written with its Arabic or Hebrew vowel signs and once without
    them (in one word or more: "the plural of كِتَاب" / "the plural of كتاب"), among
    ``marked``, whose answers differ: the bare word may be that word or another one
    written alike (عِلْم science and عَلَم flag are both علم), so it is a possible
    conflict. Two words each written with their own vowel signs are two words; equal
    answers are a duplicate (``_typed_without_accents``)."""
    found: dict[tuple, list[Item]] = defaultdict(list)
    for item in marked:
        if any(_VOWEL_SIGN.search(_decomposed(part)) for part in item.key):
            found[scopes[item.index], tuple(map(_without_vowel_signs, item.key))]
    for item in marked:  # the bare prompts, and the other prompts with vowel signs
        bare = tuple(map(_without_vowel_signs, item.key))
        if (scopes[item.index], bare) in found:
            found[scopes[item.index], bare].append(item)
    for members in found.values():
        for a, b in combinations(sorted(members, key=_position), 2):
            if a.key != b.key and _vowels_left_out(a.key, b.key) and not _answered_alike(a, b):
                yield a, b


def _vowels_left_out(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Two keys alike once their vowel signs are left out, where each word that differs
    has its signs in one key and none in the other."""
    for one, other in zip(first, second, strict=True):
        words, others = one.split(), other.split()
        if len(words) != len(others):
            return False
        for word, another in zip(words, others, strict=True):
            if word == another:
                continue
            if _VOWEL_SIGN.search(_decomposed(word)) and _VOWEL_SIGN.search(_decomposed(another)):
                return False  # "إمام" (imam) / "أمام" (in front of): each its own signs
    return True


def _decomposed(text: str) -> str:
    """``text`` with each letter that carries a hamza or madda as the letter and its mark
    ("أ" as "ا" and U+0654): writers of Arabic leave the hamza on an alef out as they
    leave out its vowel signs ("امام" for "إمام")."""
    return unicodedata.normalize("NFD", text) if not text.isascii() else text


def _without_vowel_signs(text: str) -> str:
    """``text`` without its Arabic or Hebrew vowel signs, nor the hamza or madda on its
    letters: "إِمَام" as "امام"."""
    return unicodedata.normalize("NFC", _VOWEL_SIGN.sub("", _decomposed(text)))


def _answered_alike(a: Item, b: Item) -> bool:
    return _unmarked(a.answer_key) == _unmarked(b.answer_key)


def _reading_left_out(marked: list[Item], scopes: list[int]) -> Iterator[tuple[Item, ...]]:
    """Terms in another script written with and without their reading in Latin letters
    (``来る kuru`` / ``来る``, ``물 mul`` / ``물``): one word, among ``marked`` (the items
    with letters outside ASCII). Not when the group holds two readings: ``生 nama`` and
    ``生 sei`` are two words, which a bare ``生`` would tie together."""
    found: dict[tuple, list[tuple[str, Item]]] = {}
    for item in marked:
        if item.kind not in _TERMS:
            continue
        split = _with_reading(item.key[-1])
        if split is not None:
            word, reading = split
            found.setdefault((scopes[item.index], item.key[:-1], word), []).append((reading, item))
    for members in found.values():
        readings = {reading for reading, _ in members}
        if len(members) > 1 and len(readings) == 2 and "" in readings:
            yield tuple(item for _, item in members)


#: The kinds whose prompt is a term (a list item's term has a key of its own list).
_TERMS = frozenset({"concept", "list-item"})


def _with_reading(folded: str) -> tuple[str, str] | None:
    """A folded term as its words in a script other than Latin and their reading in Latin
    letters, before or after them ("", when it has none); None for a term of Latin
    words, or of both kinds mixed ("sql 文 bun"), or one whose Latin words are two or
    more English function words ("есть (there is)", beside "есть": "to eat"), a gloss
    that tells one sense of the word from another, no reading."""
    words = tones_marked(folded).split()  # "来る kuru"; "你好 ni3 hao3" as "nǐ hǎo"
    latin = [_is_latin(word) for word in words]
    if latin[0] is None or None in latin:
        return None  # digits, signs, a word of two scripts
    count = sum(latin)
    if count == 0:
        return folded, ""
    if count == len(words) or count > 3:
        return None
    if all(latin[:count]):  # "iku 行く"
        word, reading = " ".join(words[count:]), words[:count]
    elif all(latin[-count:]):  # "食べる taberu"
        word, reading = " ".join(words[:-count]), words[-count:]
    else:
        return None
    if english_function_words(reading):
        return None  # "есть (there is)": a gloss (``function_words_glossed``), no reading
    return word, " ".join(reading)


def _is_latin(word: str) -> bool | None:
    """``word`` is in Latin letters (accents allowed: "tōkyō"), False in letters of
    another script; None for a word of both, or with digits or signs."""
    if not word.isalpha():
        return None
    latin = [without_marks(char).isascii() for char in word]
    return True if all(latin) else (False if not any(latin) else None)


def _unmarked(folded: str) -> str:
    """A folded text as typed without accents, its pinyin's tone numbers dropped too, and
    its digits of another script as Western ones (``٣`` as ``3``: a keyboard without
    that script's layout types them so); an Arabic word's last letter as writers also
    type it (``_ARABIC_ENDINGS``)."""
    unmarked = without_marks(tones_marked(folded))
    if unmarked.isascii():
        return unmarked
    return _ARABIC_ENDING.sub(_arabic_ending_typed, _western_digits(unmarked))


#: An Arabic word's last letter that writers type two ways: tāʼ marbūṭa as hāʼ
#: ("مدرسه" for "مدرسة", school) and alif maqṣūra as yāʼ ("مستشفي" for "مستشفى",
#: hospital), both as written in Egypt and on many keyboards. Only equal answers pair
#: (``_typed_without_accents``): "كتابة" (writing) and "كتابه" (his book) are two words.
_ARABIC_ENDINGS = {"ة": "ه", "ى": "ي"}
_ARABIC_ENDING = re.compile("[\u0629\u0649](?![\u0600-\u06ff])")


def _arabic_ending_typed(ending: re.Match) -> str:
    return _ARABIC_ENDINGS[ending.group(0)]


def _western_digits(text: str) -> str:
    """``text`` with each decimal digit of another script (``٣``, ``३``) as its ASCII
    digit."""
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
        for char in text
    )


#: The vowel signs of Arabic and Hebrew (harakat, niqqud), which their writers mostly
#: leave out: "vowel signs" rather than "accents" where these are what two texts differ by.
_VOWEL_SIGN = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


def _marks_named(first: Item, second: Item) -> str:
    """What two items typed alike without their marks differ by: "vowel signs" when
    either holds Arabic's or Hebrew's (a hamza on an alef too), the letter an Arabic
    word ends in when either ends in one typed two ways (``_ARABIC_ENDINGS``), else
    "accents"."""
    texts = (*first.key, first.answer_key, *second.key, second.answer_key)
    if any(_VOWEL_SIGN.search(_decomposed(text)) for text in texts):
        return "vowel signs"
    if any(_ARABIC_ENDING.search(text) for text in texts):
        return "the letter its Arabic word ends in (ة or ه, ى or ي)"
    return "accents"


def _tones_marked(item: Item) -> tuple[tuple[str, ...], str]:
    return tuple(map(tones_marked, item.key)), tones_marked(item.answer_key)


def _typed_forms(item: Item) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The item's prompt key and answer as typed without accents (``árbol`` ->
    ``arbol``; pinyin's ``hǎo`` and ``hao3`` -> ``hao``), then, when it differs, with
    the umlauts spelt out (``schlüssel`` -> ``schluessel``)."""
    unmarked = tuple(map(_unmarked, item.key)), _unmarked(item.answer_key)
    spelt = tuple(map(letters_spelt_out, item.key)), letters_spelt_out(item.answer_key)
    if spelt == unmarked or not all(part.isascii() for part in (*spelt[0], spelt[1])):
        return (unmarked,)
    return unmarked, spelt


def _not_allowed(matches: list) -> list:
    """Layer-3 pairs (matches) without those ``allow`` names, nor those of two cards that
    a third card, matched with one of them, allows both of: "nearly the same fact as b
    and c: add 'allow: [b, c]'" names b and c as one group, and that allow silences the
    group, b against c included."""
    partners: dict[str, set[str]] = defaultdict(set)  # a card -> the cards matched with it
    allows: dict[str, frozenset[str]] = {}
    for match in matches:
        first, second = match.first.card, match.second.card
        partners[first.id].add(second.id)
        partners[second.id].add(first.id)
        allows.setdefault(first.id, frozenset(first.allow))
        allows.setdefault(second.id, frozenset(second.allow))

    def silenced(match) -> bool:
        first, second = match.first.card, match.second.card
        if first.allows(second):
            return True
        pair = {first.id, second.id}
        thirds = (partners[first.id] | partners[second.id]) - pair  # matched with one
        return any(pair <= allows[third] for third in thirds)

    return [match for match in matches if not silenced(match)]


def _without_allowed(finding: Finding) -> Finding | None:
    """``finding`` without the cards its first card and they allow each other, and, for
    the same fact twice (not answers that differ), without the cards no output holds
    with another of them (``_held_together``); None when no other card is left."""
    first = finding.items[0]
    kept = tuple(item for item in finding.items[1:] if not first.card.allows(item.card))
    if not _differing(finding):
        together = _held_together((first, *kept))
        first, kept = together[0] if together else first, together[1:]
    if not kept:
        return None
    if len(kept) == len(finding.items) - 1:
        return finding
    return Finding(finding.code, (first, *kept), finding.reason, finding.conflict)


def _held_together(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items some output holds with another of them (``CardRef.shares_output``)."""
    return tuple(
        item
        for item in items
        if any(item.card.shares_output(other.card) for other in items if other is not item)
    )


def _differing(finding: Finding) -> bool:
    """The finding says the answers differ: a conflict, or a possible one."""
    return finding.conflict or finding.code == "conflicting-fact"


def _position(item: Item) -> tuple:
    loc = item.loc
    return (loc.file, loc.line, loc.col, item.index)


def _judge_group(group: list[Item], verdict: Verdict) -> Iterator[Finding]:
    """Items that ask the same thing: equal answers are duplicates; answers that cannot
    both be right conflict; other answers are possibly conflicting (a warning). Items
    whose prompts only the fold made one ("What does ; do in Vim?" / "... , ...", the
    rows "sie" and "Sie" of one table) are judged apart, and so are the cells of one row
    that a subject names alike (``_cells_of_one_row``)."""
    parts = _cells_of_one_row(group)
    if parts is not None:
        found = [f for part in parts for f in _judge_group(sorted(part, key=_position), verdict)]
        same = {frozenset(f.card_ids) for f in found if f.code == "duplicate-fact"}
        # one row in several units: a duplicate of one cell is said once, not again as a
        # warning of a cell in a coarser unit ("agree once rounded")
        yield from (
            f for f in found if f.code != "similar-fact" or frozenset(f.card_ids) not in same
        )
        return
    first = group[0]
    apart = [
        item
        for item in group[1:]
        if marks_apart(first.full_prompt, item.full_prompt)
        or _name_and_word(first, item, verdict)
        or _cased_pair(first, item)
        or _rows_of_one_table(first, item)
    ]
    if apart:
        indexes = {item.index for item in apart}
        group = [item for item in group if item.index not in indexes]
        if len(apart) > 1:
            yield from _judge_group(apart, verdict)
    if len(group) > 1:
        yield from _judge_one_prompt(group, verdict)


def _cased_pair(a: Item, b: Item) -> bool:
    """Two prompts written alike but for case whose answers also differ only in case:
    "Move back a word" ``b`` / "Move back a WORD" ``B`` in Vim, where case tells two
    things apart on both sides. A prompt typed in other capitals with the same answer,
    or another answer, is still judged as one prompt."""
    return (
        a.full_prompt != b.full_prompt
        and a.full_prompt.casefold() == b.full_prompt.casefold()
        and a.answer != b.answer
        and a.answer.casefold() == b.answer.casefold()
    )


def _cells_of_one_row(group: list[Item]) -> list[list[Item]] | None:
    """``group`` in parts when it holds several cells of one table's row (a subject
    "Category 4 hurricane winds" names the row "4" of a table whose columns are units,
    "mph", "km/h", "knots"): each cell with the other items, never two of those cells
    together (one row in three units is no duplicate); the other items among themselves
    once. None when it holds no such cells."""
    rows: dict[tuple[int, str], list[Item]] = defaultdict(list)
    for item in group:
        if item.kind == "table-cell":
            rows[id(item.card), item.row].append(item)
    cells = [item for row in rows.values() if len(row) > 1 for item in row]
    if not cells:
        return None
    taken = {item.index for item in cells}
    rest = [item for item in group if item.index not in taken]
    if not rest:
        return []
    return [[cells[0], *rest], *([cell, other] for cell in cells[1:] for other in rest)]


def _rows_of_one_table(a: Item, b: Item) -> bool:
    """Two cells of one table whose row labels only the fold makes one ("sie" they /
    "Sie" formal you, in a conjugation table): its author wrote both rows, and
    ``allow:`` cannot part two facts of one card."""
    return a.kind == b.kind == "table-cell" and a.card is b.card and a.row != b.row


def _name_and_word(a: Item, b: Item, verdict: Verdict) -> bool:
    """Two terms written alike but for a word after the first, capitalised in one and in
    small letters in the other, whose first word is in small letters in both ("la
    Manche" / "la manche", "le Midi" / "le midi"), with answers that differ: a name and a
    common word, two terms. Not a term in title case ("Security Group" / "Security
    group": one term); with one answer they stay one term written twice (a duplicate)."""
    if a.kind not in _TERMS or b.kind not in _TERMS:
        return False
    words_a, words_b = a.prompt.split(), b.prompt.split()
    if len(words_a) != len(words_b) or not (words_a[0][:1].islower() and words_b[0][:1].islower()):
        return False
    differing = [(n, x, y) for n, (x, y) in enumerate(zip(words_a, words_b, strict=True)) if x != y]
    if not differing or any(
        n == 0 or x.casefold() != y.casefold() or x[:1].isupper() == y[:1].isupper()
        for n, x, y in differing
    ):
        return False
    return not _same_answer(a, b, verdict)


def _judge_one_prompt(group: list[Item], verdict: Verdict) -> Iterator[Finding]:
    classes = _answer_classes(group, verdict)
    for same in classes:
        if len(same) > 1:
            yield Finding("duplicate-fact", tuple(same), _duplicate_reason(same))
    if len(classes) > 1:
        first = _asking_alike(classes[0], [item for same in classes[1:] for item in same])
        others = [_asking_alike(same, [first]) for same in classes[1:]]
        wrong = [
            item
            for item in others
            if verdict.really_differ(first, item) and not verdict.maybe_one_value(first, item)
        ]
        unsure = [item for item in others if item not in wrong]
        stated = [item for item in unsure if verdict.prose_states_value(first, item)]
        unsure = [item for item in unsure if item not in stated]
        if wrong:
            yield Finding("conflicting-fact", (first, *wrong), _conflict_reason([first, *wrong]))
        if unsure:
            yield Finding("similar-fact", (first, *unsure), "same prompt", conflict=True)
            equals = [item for item in classes[0] if item is not first]
            yield from _conflicts_past_a_rounding(equals, unsure, verdict)
        if stated:  # "6-9 mm" / "A gap of 6–9 mm that bees leave open"
            yield Finding("similar-fact", (first, *stated), "same prompt", conflict=False)


def _conflicts_past_a_rounding(
    equals: list[Item], unsure: list[Item], verdict: Verdict
) -> Iterator[Finding]:
    """Conflicts that the first answer's coarse wording hides: "1 AU" may be "150.6
    million km" rounded, but the "149.6 million km" that equals it cannot. ``equals``
    are the items whose answers equal the first one's, ``unsure`` the answers possibly
    conflicting with it. One finding an answer, with the first equal item that does not
    allow it."""
    for item in unsure:
        for same in equals:
            if (
                not same.card.allows(item.card)
                and verdict.really_differ(same, item)
                and not verdict.maybe_one_value(same, item)
            ):
                yield Finding("conflicting-fact", (same, item), _conflict_reason([same, item]))
                break


def _asking_alike(candidates: list[Item], others: list[Item]) -> Item:
    """The first of ``candidates`` whose prompt one of ``others`` has, else the first:
    a group joined through one command written for two tasks ("Split the window
    vertically" ``Ctrl-w v`` and ``Ctrl-w s``, "... horizontally" ``Ctrl-w s``) names
    in its conflict the two cards of one task, not two tasks."""
    return next(
        (item for item in candidates if any(same_key(item, other) for other in others)),
        candidates[0],
    )


def _answer_classes(group: list[Item], verdict: Verdict) -> list[list[Item]]:
    """``group`` split into classes of equal answers, in order of first appearance.

    Equal folded answers share a class at once; values are then merged when they state
    the same thing in other units ("15 minutes", "900 seconds"), and prose when it says
    the same in other words: pairwise, so only for a sane number of distinct answers.
    Folded answers whose values differ ("3.2 Gb" bits / "3.2 GB" bytes: the fold sets
    case aside) start in two classes."""
    by_answer: dict[tuple, list[Item]] = {}
    for item in group:
        by_answer.setdefault((item.code_key or item.answer_key, item.quantities), []).append(item)
    classes = [part for same in by_answer.values() for part in _stressed_apart(same)]
    if 1 < len(classes) <= MAX_VALUES_COMPARED:
        for x, first in enumerate(classes):
            for second in classes[x + 1 :]:
                if first and second and _same_answer(first[0], second[0], verdict):
                    first.extend(second)
                    second.clear()
        classes = [same for same in classes if same]
    for same in classes:
        same.sort(key=_position)
    return sorted(classes, key=lambda same: _position(same[0]))


def _stressed_apart(same: list[Item]) -> list[list[Item]]:
    """Items of one folded answer, split where their answers mark a word's stress on
    other letters (дома́ / до́ма: two words), or write a chord progression in Roman
    numerals of another case ("ii–V–I" / "II–V–I"); an answer marked nowhere joins the
    first."""
    if len(same) < 2 or all(
        sum(1 for item in same if marked(item.answer)) < 2
        for marked in (stressed_words, numeral_runs)
    ):
        return [same]  # most answers: no two marked
    parts: list[list[Item]] = []
    for item in same:
        part = next(
            (part for part in parts if not any(_written_apart(item, o) for o in part)),
            None,
        )
        if part is None:
            parts.append([item])
        else:
            part.append(item)
    return parts


def _written_apart(a: Item, b: Item) -> bool:
    """Two answers folded alike that tell two things apart as written: a stress on
    another syllable, or Roman numerals of another case in a progression."""
    return stress_apart(a.answer, b.answer) or numerals_apart(a.answer, b.answer)


#: The words of a name: capitalised, or a particle between them ("Vincent van Gogh").
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: An aside in brackets at the end of an answer: "Jose Valim (then at Plataformatec)".
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def _name_words(name: str) -> list[str]:
    """The words of a name, folded and without their marks ("Tange, Kenzō" -> "tange",
    "kenzo")."""
    return _NAME_WORD.findall(without_marks(fold(name)).replace(",", " "))


def _same_answer(a: Item, b: Item, verdict: Verdict) -> bool:
    if marks_apart(a.full_prompt, b.full_prompt):
        return False  # "_" / "__" in the REPL: two questions, whatever the answers share
    if stress_apart(a.answer, b.answer):
        return False  # дома́ (houses) / до́ма (at home): a stress on another syllable
    if _code_cased_apart(a, b):
        return False  # "`*(om[1])`" / "`*(Om[1])`": in code, case names another thing
    if (
        not a.is_code
        and not b.is_code
        and (accidentals_apart(a.answer, b.answer) or dots_apart(a.answer, b.answer))
    ):
        return False  # "1♭" / "1♯", "a dotted half note" / "a half note": other values
    if _drug_named_otherwise(a.answer_key, b.answer_key):
        return True  # "Adrenaline" / "Epinephrine": one drug's British and American names
    if hex_written_otherwise(a.answer, b.answer):
        return True  # "0FFh" / "0xff": one hexadecimal number in two notations
    if "(" in a.answer + b.answer and compound_glossed(a.answer, b.answer):
        return True  # "calcium carbonate (CaCO3)" / "CaCO3": a name and its formula
    if provisions_named_alike(a.answer, b.answer):
        return True  # "§ 2-207" / "section 2-207 UCC": one provision written two ways
    if not (a.answer_key.isascii() and b.answer_key.isascii()):
        if letters_spelt_out(a.answer_key) == letters_spelt_out(b.answer_key):
            return True  # "die Bücher" / "die Buecher": German without its umlauts
        named_a, named_b = _ASIDE.sub("", a.answer), _ASIDE.sub("", b.answer)
        if a_name(named_a) and a_name(named_b):
            plain_a, plain_b = _name_words(named_a), _name_words(named_b)
            if plain_a == plain_b:
                return True  # "Antonín Dvořák" / "Antonin Dvorak (in 1893)": one name
            if sorted(plain_a) == sorted(plain_b):
                return True  # "Kanō Jigorō" / "Jigoro Kano": family name first
    if numbers_reordered(a.answer, b.answer) or numbers_traded(a.answer, b.answer):
        return False  # "4-3-3" / "3-4-3", "x = 3, y = 5" / "x = 5, y = 3": other places
    if codes_reordered(a.answer, b.answer):
        return False  # the chess moves "1. e4 e5" / "1. e5 e4": two lines of play
    if numerals_apart(a.answer, b.answer):
        return False  # the progressions "I–IV–V" / "I–V–IV", "ii–V–I" / "II–V–I"
    if _order_reversed(a.answer, b.answer):
        return False  # "primer before paint" / "paint before primer": two orders
    if _identifiers_apart(a.answer, b.answer):
        return False  # "list_to_tuple" / "tuple_to_list": one word each, two names
    if chosen_stopwords_apart(a.answer_key, b.answer_key):
        return False  # "two terms are equal" / "... exactly equal": Erlang's == and =:=
    if (tuples := same_tuple(a.value, b.value)) is not None:
        return tuples  # "1,0,0" / "(1, 0, 0)"; not "0,1,0", each number in another place
    if a.quantities and b.quantities:
        if opposite_bounds(a.value, b.value) or codes_apart(a.value, b.value):
            return False  # "< 120 mmHg" is not "> 120 mmHg", "1...c5" not "1...c6"
        if fractions_written_apart(a.value, b.value):
            return False  # the time signatures "3/4" / "6/8": one number, two values
        (per_day_a, rest_a), (per_day_b, rest_b) = doses_a_day(a.value), doses_a_day(b.value)
        if per_day_a is not None and per_day_b is not None:  # "every 8 h" / "3 times a day"
            if schedules_apart(a.value, b.value) or words_apart(rest_a, rest_b):
                return False  # "500 mg q8h" / "500 mg TID"; "500 mg IV TDS" / "... PO TDS"
            return per_day_a == per_day_b and equal_values(parse(rest_a), parse(rest_b))
        if counts_per_time_alike(a.value, b.value):
            return True  # "180 steps per minute" / "3 steps/s"
        if words_apart(a.value, b.value) or versions_apart(a.prompt, a.value, b.value):
            return False  # "500 mg BD" / "500 mg TDS", version 1.30 / 1.3: a warning
        if pairs_or_things(a, b):
            return False  # "Chromosomes in a gamete?" "23" / "23 pairs": a warning
        return (
            equal_values(a.quantities, b.quantities)
            or _aside_counted_apart(a, b)
            or converted_alike(a.value, b.value)
            or temperature_changes_alike(a.prompt, a.value, b.value)  # a dew-point spread
        )
    if _placeholders_alike(a, b):
        return True  # "ffmpeg -i <input> <output>" / "ffmpeg -i INPUT OUTPUT"
    if not a.is_code and not b.is_code and _unspaced(a.answer_key) == _unspaced(b.answer_key):
        return True  # "ClusterIP" / "Cluster IP", "CYP2D6" / "CYP 2D6": one word written apart
    if _forms_in_cells(a, b):
        return False  # "hablas" / "habla": two forms of a verb, not one word's ending
    if verdict.language and forms_apart(a.answer_key, b.answer_key, verdict.language):
        return False  # "die Häuser" / "die Hausen": one stem, two forms (a wrong plural)
    return verdict.same_meaning(a, b, acronyms=False)  # "the UN" / "the United Nations": a warning


def _drug_named_otherwise(a: str, b: str) -> bool:
    """Two folded answers that one drug's British and American names tell apart, and
    nothing else ("adrenaline 0.5 mg" / "epinephrine 0.5 mg")."""
    return a != b and american_drug_names(a) == american_drug_names(b)


def _code_cased_apart(a: Item, b: Item) -> bool:
    """Two answers in code (a code span, or a command) that only letter case tells apart
    ("`-p`" / "`-P`", "`*(om[1])`" / "`*(Om[1])`"): code keeps its case, two values.
    Not when each word apart is a keyword in capitals against small letters
    ("`SELECT 1`" / "`select 1`"): languages that read keywords in either case."""
    key_a, key_b = a.code_key, b.code_key
    if key_a is None or key_b is None or key_a == key_b or key_a.casefold() != key_b.casefold():
        return False
    words_a, words_b = _CODE_WORD.findall(key_a), _CODE_WORD.findall(key_b)
    return any(not _keyword_cased(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y)


#: A run of letters in code: the words whose case two answers may write otherwise.
_CODE_WORD = re.compile(r"[^\W\d_]+")


def _keyword_cased(x: str, y: str) -> bool:
    """One keyword of two letters or more in capitals and in small letters ("SELECT" /
    "select")."""
    return len(x) > 1 and {x, y} == {x.upper(), x.lower()}


def _aside_counted_apart(a: Item, b: Item) -> bool:
    """One value, and the same value with an aside in brackets at its end that holds a
    number of its own ("8" / "eight (two per player)", "23" / "23 (46 in a body
    cell)"): the aside adds to the value, it is no end of a range. Only one of the two
    has the aside, and the other's quantities are the first's outside it, read as the
    item reads a bare number ("8" to "How many *rocks* ...?" counts them)."""
    found_a, found_b = _ASIDE.search(a.value), _ASIDE.search(b.value)
    if (found_a is None) == (found_b is None):
        return False
    whole, bare = (a, b) if found_a is not None else (b, a)
    text = _ASIDE.sub("", whole.value)
    outside = parse(text)
    if not outside or outside == whole.quantities:
        return False  # no number outside, or none in the aside: compared as it is
    if all(dimension == "n" for dimension, _ in outside):
        outside = in_counted_unit(whole.prompt, text, outside)
    return outside == bare.quantities


#: A word or mark that puts what comes before it and what comes after it in an order:
#: "primer *before* paint", "mic *→* preamp", "Jupiter *>* Saturn", "England *beat* Wales".
_ORDERING = re.compile(
    r"\s+(?:before|after|then|followed by|precedes|follows|beats?|over|under)\s+"
    r"|\s*(?:→|->|=>|←|<-|>=|<=|≥|≤|>|<|»|«)\s*",
    re.I,
)


def _order_reversed(a: str, b: str) -> bool:
    """Two answers of the same parts in another order around the same ordering words or
    marks ("primer before paint" / "paint before primer", "mic → preamp → mixer" /
    "mixer → preamp → mic", "Jupiter > Saturn" / "Saturn > Jupiter"): the same words,
    two answers."""
    if _ORDERING.search(a) is None or _ORDERING.search(b) is None:
        return False
    parts_a, parts_b = _ordered_parts(a), _ordered_parts(b)
    return (
        len(parts_a) > 2
        and parts_a[1::2] == parts_b[1::2]
        and parts_a[::2] != parts_b[::2]
        and sorted(parts_a[::2]) == sorted(parts_b[::2])
    )


#: An identifier of words joined by underscores: "list_to_tuple", "INT_MAX".
_JOINED_IDENTIFIER = re.compile(r"`?([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)`?")


def _identifiers_apart(a: str, b: str) -> bool:
    """Two answers, each one identifier of words joined by underscores, of the same words
    in another order ("string_of_int" / "int_of_string", "INT_MAX" / "MAX_INT"): another
    order names another thing."""
    found_a = _JOINED_IDENTIFIER.fullmatch(a.strip())
    found_b = _JOINED_IDENTIFIER.fullmatch(b.strip())
    if found_a is None or found_b is None:
        return False
    parts_a = found_a.group(1).casefold().split("_")
    parts_b = found_b.group(1).casefold().split("_")
    return parts_a != parts_b and sorted(parts_a) == sorted(parts_b)


def _ordered_parts(text: str) -> list[str]:
    """``text`` split at its ordering words and marks, each kept between its parts (folded)."""
    pieces = re.split(f"({_ORDERING.pattern})", text, flags=re.I)
    return [
        fold(piece) if n % 2 == 0 else piece.strip().casefold() for n, piece in enumerate(pieces)
    ]


def _forms_in_cells(a: Item, b: Item) -> bool:
    """Two table cells of one word each, folded apart: forms of a conjugation or
    declension table ("hablas" / "habla"), whose endings are what the table asks."""
    return (
        a.kind == b.kind == "table-cell"
        and a.answer_key.isalpha()
        and b.answer_key.isalpha()
        and a.answer_key != b.answer_key
    )


def _unspaced(folded: str) -> str:
    """A folded answer without its spaces and hyphens: a word written as one or as two."""
    return "".join(folded.replace("-", " ").split())


def _composed(item: Item) -> tuple[str, str]:
    """The item's prompt and answer with each accented letter as one character: "ü"
    typed as "u" and a combining diaeresis (as macOS and some keyboards save it) is
    the "ü" of another card, no stress mark."""
    return unicodedata.normalize("NFC", item.full_prompt), unicodedata.normalize("NFC", item.answer)


def _duplicate_reason(same: list[Item]) -> str:
    first, second = same[0], same[1]
    if "command" in (first.kind, second.kind) and not same_key(first, second):
        shown, other = _shown(first.answer), _shown(second.answer)
        if shown != other:  # its placeholders written otherwise
            return f"same command for another task, {shown} = {other}"
        return "same command for another task"
    if not same_key(first, second):
        forms_first, forms_second = _typed_forms(first), _typed_forms(second)
        if _tones_marked(first) == _tones_marked(second):
            return f"same {first.prompt_name} and {first.answer_name}, tones written as numbers"
        if forms_first[0] == forms_second[0]:
            reason = f"same {first.prompt_name} and {first.answer_name} but for"
            reason = f"{reason} {_marks_named(first, second)}"
            shown, other = _shown(first.answer), _shown(second.answer)
            if without_marks(shown) == without_marks(other):
                return reason
            return f"{reason}, {shown} = {other}"  # "٣" / "3"
        if set(forms_first) & set(forms_second):
            return f"same {first.prompt_name} and {first.answer_name}, umlauts spelt out"
    if spelt_alike(first, second):
        return f"same {first.prompt_name} but for spelling, same {first.answer_name}"
    if _composed(first) != _composed(second) and (
        unstressed(first.full_prompt),
        unstressed(first.answer),
    ) == (unstressed(second.full_prompt), unstressed(second.answer)):
        return f"same {first.prompt_name} and {first.answer_name} but for stress marks"
    if all(same_key(item, first) for item in same):
        if first.statement:
            return f"same {first.prompt_name}" + (f" in '{first.context}'" if first.context else "")
        if _shown(first.answer) != _shown(second.answer):  # equal values written otherwise
            return f"same {first.prompt_name}, {_shown(first.answer)} = {_shown(second.answer)}"
        if all(item.kind == first.kind for item in same):
            return f"same {first.prompt_name} and {first.answer_name}"
        return "same prompt and answer"
    if _shown(first.answer) != _shown(second.answer):
        return f"same subject, {_shown(first.answer)} = {_shown(second.answer)}"
    return "same subject and value"


def _conflict_reason(items: list[Item]) -> str:
    first = items[0]
    if all(same_key(item, first) for item in items):
        return f"same {first.prompt_name}"
    if all(same_key(item, first) or spelt_alike(item, first) for item in items):
        return f"same {first.prompt_name} but for spelling"
    return "same subject and attribute"


def _similar_findings(matches: Iterable) -> Iterator[Finding]:
    """Layer-3 pairs, joined into groups: one finding per group of possible conflicts and
    one per group of nearly the same facts (an item may be in one of each: "9" and
    "nine" are one fact even when "nine" may conflict with a third card's "29")."""
    pairs = list(matches)
    for is_conflict in (False, True):
        kind = [match for match in pairs if match.conflict == is_conflict]
        reason = "nearly the same prompt" if is_conflict else "nearly the same fact"
        for group in _joined(kind) if not is_conflict else _stars(kind):
            yield Finding("similar-fact", tuple(group), reason, conflict=is_conflict)


def _stars(pairs: list) -> Iterator[list[Item]]:
    """Possible conflicts (matches) as groups of one item and the items it may conflict
    with, never with an item that only conflicts with a third: "1.6 mm" and "1.6
    millimetres" that both differ from "2 mm" are not said to differ from each other."""
    groups = list(_joined(pairs))
    group_of = {item.index: number for number, group in enumerate(groups) for item in group}
    in_group: dict[int, list] = defaultdict(list)  # each group's pairs, in the order found
    for match in pairs:
        in_group[group_of[match.first.index]].append((match.first, match.second))
    for number in range(len(groups)):
        left = in_group[number]
        while left:
            first = min((item for pair in left for item in pair), key=_position)
            partners = {b.index: b for a, b in left if a is first}
            partners.update({a.index: a for a, b in left if b is first})
            yield [first, *sorted(partners.values(), key=_position)]
            left = [pair for pair in left if first not in pair]


def _joined(pairs: list) -> Iterator[list[Item]]:
    """The items of ``pairs`` (matches), joined into groups, each in corpus order."""
    if not pairs:
        return
    index = {}
    for match in pairs:
        for item in (match.first, match.second):
            index.setdefault(item.index, item)
    groups = _Groups(max(index) + 1)
    for match in pairs:
        groups.join((match.first, match.second))
    members: dict[int, list[Item]] = defaultdict(list)
    for item in index.values():
        members[groups.find(item.index)].append(item)
    for group in members.values():
        yield sorted(group, key=_position)


# ------------------------------------------------------------------ reporting


def _shown(text: str) -> str:
    text = " ".join(plain(text).split())
    if len(text) > SHOWN_CHARS:
        text = text[: SHOWN_CHARS - 1].rstrip() + "…"
    return f"'{text}'"


def _place(item: Item, first: Item) -> str:
    where = f"{item.loc.file}:{item.loc.line}"
    if item.card is first.card:
        return f"{item.prompt_name} at {where}"
    return f"{item.card.id} at {where}"


def _places(items: Iterable[Item], first: Item) -> str:
    names = [_place(item, first) for item in items]
    if len(names) > SHOWN_PLACES:
        names = names[:SHOWN_PLACES] + [f"{len(names) - SHOWN_PLACES} more"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _other_deletions(items: tuple[Item, ...]) -> bool:
    """Cloze cards of one text that hide other parts of it (a card per deletion), none of
    them hiding every part the others hide (that one alone would do: keep it)."""
    if not all(item.kind == "cloze" for item in items) or len({i.prompt for i in items}) < 2:
        return False
    hidden = [_hidden(item.prompt) for item in items]
    every = set().union(*hidden)
    return not any(parts == every for parts in hidden)


def _hidden(text: str) -> set[str]:
    """The parts of a cloze text its deletions hide."""
    return {part.answer for part in cloze.parts(text) if isinstance(part, cloze.Deletion)}


#: A number with one dot before three digits: "1.005", which a corpus whose language writes
#: a decimal comma reads as 1005.
_DOT_BEFORE_THREE = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])")


def _dot_read_as_thousands(first: Item, others: list[Item]) -> str:
    """Why two answers that look alike conflict, when one of them is read with a dot that
    groups thousands ("1.005 a 1.030" is 1005 to 1030 in a pt-BR corpus) and would be
    the other's value with that dot a decimal comma: "; '1.005' is read as 1005, …"."""
    every = (first, *others)
    for item in every:
        found = _DOT_BEFORE_THREE.search(item.answer)
        if found is None or not item.quantities:
            continue
        as_decimal = _DOT_BEFORE_THREE.sub(r"\1,\2", item.answer)
        read = parse(with_decimal_point(as_decimal))
        if read == item.quantities:
            continue  # a decimal point already (an English corpus): no other reading
        if any(
            other is not item and other.quantities and equal_values(read, other.quantities)
            for other in every
        ):
            number = found.group(0)
            return (
                f" ('{number}' is read as {number.replace('.', '')}, as the corpus's "
                f"language groups thousands with a dot: write {number.replace('.', ',')} "
                "for a decimal)"
            )
    return ""


def _message(findings: list[Finding], fact_scope: str = "deck") -> str:
    finding = findings[0]
    first, others = finding.items[0], finding.items[1:]
    places = _places(others, first)
    allow = ", ".join(
        list(dict.fromkeys(i.card.id for i in others if i.card is not first.card))[:SHOWN_PLACES]
    )
    if finding.code == "duplicate-fact":
        if len(findings) == 1 and _other_deletions(finding.items):
            ids = ", ".join(dict.fromkeys(item.card.id for item in others))
            return (
                f"same fact as {places} (the same cloze text with other deletions): make them "
                "one card that holds every deletion ({{c1::…}}, {{c2::…}}), or add "
                f"'allow: [{ids}]' if both are needed"
            )
        if len(findings) == 1 and _one_item_repeated(finding.items):
            return _repeated_item_message(finding.items)
        both = _or_allow(allow, "if both are needed")
        if len(findings) == 1:
            return f"same fact as {places} ({finding.reason}): keep one card{both}"
        what = ", ".join(f.items[0].prompt_name for f in findings[:SHOWN_PLACES])
        more = ", …" if len(findings) > SHOWN_PLACES else ""
        return f"{len(findings)} facts the same as in {places} ({what}{more}): keep one card{both}"
    if finding.code == "conflicting-fact" and _one_term_asked_twice(finding.items):
        lines = ", ".join(f"{item.loc.file}:{item.loc.line}" for item in others)
        meanings = "; ".join(dict.fromkeys(item.answer for item in finding.items))
        return (
            f"the list asks {_shown(first.prompt)} again at {lines} with another answer: "
            "its Anki cards would ask alike — write one item with every meaning: "
            f"{first.prompt}: {meanings}"
        )
    if finding.code == "conflicting-fact":
        shown = list(dict.fromkeys(_shown(item.answer) for item in others))
        more_answers = len(shown) - SHOWN_PLACES
        theirs = " and ".join(shown[:SHOWN_PLACES]) + (
            f" and {more_answers} more" if more_answers > 0 else ""
        )
        more = f" ({len(findings)} facts of these cards differ)" if len(findings) > 1 else ""
        return (
            f"conflicts with {places} on the {finding.reason}{more}: {_shown(first.answer)} "
            f"here, {theirs} there{_dot_read_as_thousands(first, others)} — keep the "
            "right answer"
            + _or_allow(allow, "if both are right")
            + (_or_one_deck(first, others) if fact_scope == "deck" else "")
        )
    if finding.conflict and finding.reason == VOWEL_SIGNS_LEFT_OUT:
        theirs = ", ".join(_shown(item.answer) for item in others[:SHOWN_PLACES])
        return (
            f"possibly conflicting with {places}: the same {first.prompt_name} but for its "
            f"vowel signs, {_shown(first.prompt)} here and {_shown(others[0].prompt)} there, "
            f"but {_shown(first.answer)} here and {theirs} there: the word without them may "
            "be another word written alike; fix one, or write its vowel signs on both"
            + _or_allow(allow, "if they are two words")
        )
    if finding.conflict:
        theirs = ", ".join(_shown(item.answer or item.prompt) for item in others[:SHOWN_PLACES])
        nearly = "the same" if finding.reason == "same prompt" else "nearly the same"
        if _all_inside_range(first, others):  # "60–65 %" / "about 62 %": one fact?
            return (
                f"possibly conflicting with {places}: {nearly} {first.prompt_name}; "
                f"{_shown(first.answer)} here and {theirs} there, one within the other: "
                f"keep one if they are one fact{_or_allow(allow, 'if both are needed')}"
            )
        if _all_rounded_alike(first, others):  # "90–96 °C" / "195–205 °F": one value?
            return (
                f"possibly conflicting with {places}: {nearly} {first.prompt_name}; "
                f"{_shown(first.answer)} here and {theirs} there agree once rounded: keep "
                f"one if they are one value{_or_allow(allow, 'if both are needed')}"
            )
        if _all_said_within(first, others):  # "A gradual change." / "Becoming — a ..."
            return (
                f"possibly conflicting with {places}: {nearly} {first.prompt_name}; "
                f"{_shown(first.answer)} here and {theirs} there, the words of one all in "
                f"the other: keep one if they say one thing{_or_allow(allow, 'if both are needed')}"
            )
        if _all_units_apart(first, others):  # "70–100 mg/dL" / "3.9–5.6 mmol/L"
            return (
                f"possibly conflicting with {places}: {nearly} {first.prompt_name}; "
                f"{_shown(first.answer)} here and {theirs} there are in units the checks "
                "do not convert into each other: keep one if they state one fact"
                + _or_allow(allow, "if both are needed")
            )
        why = why_both_may_be_right(first.answer, others[0].answer) if len(others) == 1 else ""
        return (
            f"possibly conflicting with {places}: {nearly} {first.prompt_name}, but "
            f"{_shown(first.answer or first.prompt)} here and {theirs} there{why}; fix one"
            + _or_allow(allow, "if they differ on purpose")
        )
    if finding.reason in _COMMANDS_ALIKE:
        example, unless = _COMMANDS_ALIKE[finding.reason]
        return (
            f"the same command as {places}, {finding.reason}{example}: keep one card, "
            f"unless {unless}" + _or_allow(allow, "if both are needed")
        )
    if finding.reason == OPTIONS_REORDERED:
        return (
            f"the same command as {places} with its options in another order: keep one "
            "card, unless the order matters here" + _or_allow(allow, "if both are needed")
        )
    if len(findings) == 1 and finding.reason == LIST_OF_NUMBERS:
        return (
            f"nearly the same fact as {places}: {_shown(first.answer)} here, and there the "
            f"list {_shown(others[0].context)} of those numbers: merge them"
            + _or_allow(allow, "if both are needed")
        )
    if len(findings) == 1 and finding.reason == ONE_YEAR_ASKED:
        return (
            f"may ask the same thing as {places} (both ask about one year and share a "
            f"word): {_shown(first.answer)} here, {_shown(others[0].answer)} there; merge "
            "them or fix the wrong one" + _or_allow(allow, "if they ask two things")
        )
    if len(findings) == 1 and finding.reason == OPTION_ASKED:
        asked, command = sorted(finding.items, key=lambda item: item.kind == "command")
        return (
            f"may be the same fact as {places}: {_shown(asked.answer)} answers "
            f"{_shown(asked.prompt)} and is part of the command {_shown(command.answer)} "
            f"for {_shown(command.prompt)}: merge them or fix the wrong one"
            + _or_allow(allow, "if they are two facts")
        )
    if len(findings) == 1 and finding.reason == PROMPTS_ALIKE:
        return (
            f"may ask the same thing as {places} (their prompts share most of their rare "
            "words): merge them" + _or_allow(allow, "if they ask two things")
        )
    if len(findings) == 1 and _articles_apart(finding.items):
        theirs = ", ".join(_shown(item.prompt) for item in others[:SHOWN_PLACES])
        return (
            f"the same {first.answer_name} as {places} under another article: "
            f"{_shown(first.prompt)} here, {theirs} there — keep the right gender"
            + _or_allow(allow, "if the word takes both")
        )
    if len(findings) > 1:
        return f"nearly the same fact as {places} ({_why_merged(findings)}): merge them" + (
            _or_allow(allow, "if both are needed")
        )
    return f"nearly the same fact as {places} ({_told_apart(first, others)}): merge them" + (
        _or_allow(allow, "if both are needed")
    )


#: How many reasons a merged warning quotes before "and N more".
SHOWN_REASONS = 2


def _why_merged(findings: list[Finding]) -> str:
    """Why the checks read two cards as one fact, for warnings on one pair of cards
    merged into one line: how many facts they share when more than one, and the reason
    of each finding (the first ``SHOWN_REASONS``), so the line says why without the
    other file open ("'Pods of every namespace' here, 'List the pods cluster-wide'
    there; the same command, one with a short option where the other has a long one")."""
    facts = len({tuple(item.index for item in finding.items) for finding in findings})
    reasons = list(dict.fromkeys(_why_one(finding) for finding in findings))
    more = len(reasons) - SHOWN_REASONS
    why = "; ".join(reasons[:SHOWN_REASONS]) + (f"; and {more} more" if more > 0 else "")
    return f"{facts} facts: {why}" if facts > 1 else why


def _why_one(finding: Finding) -> str:
    """One finding's reason in a few words, for ``_why_merged``."""
    first, others = finding.items[0], finding.items[1:]
    if finding.reason in _COMMANDS_ALIKE:
        return f"the same command, {finding.reason}"
    if finding.reason == OPTIONS_REORDERED:
        return "the same command with its options in another order"
    if finding.reason == PROMPTS_ALIKE:
        return "prompts that share most of their rare words"
    if finding.reason == ONE_YEAR_ASKED:
        return f"both ask about one year: {_told_apart(first, others)}"
    if finding.reason == LIST_OF_NUMBERS:
        return f"{_shown(first.answer)} here, the list {_shown(others[0].context)} there"
    if finding.conflict:
        return f"perhaps conflicting: {_shown(first.answer)} here, {_shown(others[0].answer)} there"
    return _told_apart(first, others)


def _told_apart(first: Item, others: tuple[Item, ...]) -> str:
    """What the checks read as one fact told two ways, quoted so the user sees why
    without opening the other file: the prompts when they differ, else the answers."""
    shown = others[:SHOWN_PLACES]
    if all(_shown(item.prompt) == _shown(first.prompt) for item in shown):
        here, there = _shown(first.answer), [_shown(item.answer) for item in shown]
    else:
        here, there = _shown(first.prompt), [_shown(item.prompt) for item in shown]
    return f"{here} here, {' and '.join(there)} there"


def _articles_apart(items: tuple[Item, ...]) -> bool:
    """Prompts that are one noun after other articles ("der Mädchen" / "das Mädchen"):
    one of them gives the word the wrong gender, unless it takes both (der/das Joghurt)."""
    return articles_apart(item.prompt for item in items)


def _one_item_repeated(items: tuple[Item, ...]) -> bool:
    """Items of one list written alike (a scale's steps, ``[W, W, H, W, W, W, H]``): Anki
    knows a list's items by their term or text, so they are one note, and ``allow:``
    cannot part two facts of one card."""
    first = items[0]
    return all(
        item.kind == "list-item" and item.card is first.card and item.key == first.key
        for item in items
    )


def _repeated_item_message(items: tuple[Item, ...]) -> str:
    """What to do with a list item written more than once: a plain item is a repeat (a
    word twice in a list of words) or a step of a sequence, a term's item a repeat."""
    first = items[0]
    locs = [item.loc for item in items]
    if len({loc.line for loc in locs}) == 1:
        where = f"line {locs[0].line}, columns " + _and(str(loc.col) for loc in locs)
    else:
        where = "lines " + _and(str(loc.line) for loc in locs)
    times = "twice" if len(items) == 2 else f"{len(items)} times"
    if first.statement:
        return (
            f"the list holds {_shown(first.prompt)} {times} ({where}): Anki knows a list's "
            "items by their text, so these make one note — remove the repeat, or, for a "
            "sequence whose steps repeat, write it as one text (a qa card that answers "
            "with the steps in order)"
        )
    return (
        f"the list gives {_shown(first.prompt)} {times} with one answer ({where}): its Anki "
        "cards would be one note — remove the repeats"
    )


def _and(words: Iterable[str]) -> str:
    """ "a, b and c"."""
    shown = list(words)
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _one_term_asked_twice(items: tuple[Item, ...]) -> bool:
    """Items of one list that give one term, as written, other answers ("die Bank: the
    bench", "die Bank: the bank"): homonyms, both right, but their Anki cards ask alike;
    ``allow:`` cannot part two facts of one card."""
    first = items[0]
    return all(
        item.kind == "list-item" and item.card is first.card and item.prompt == first.prompt
        for item in items
    )


def _or_one_deck(first: Item, others: Iterable[Item]) -> str:
    """ "(or, if the decks … hold other subjects, write 'fact_scope: topic' …)": for a
    conflict, under ``fact_scope: deck``, between cards of other decks only (NBA and FIBA
    sub-decks of one sport), which the setting parts; none when a card of ``first``'s
    deck is among them (``fact_scope: corpus`` compares other decks on purpose)."""
    decks = [item.card.deck for item in others]
    if first.card.deck in decks:
        return ""
    named = sorted({first.card.deck, *decks})
    shown = ", ".join(f"'{deck}'" for deck in named[:-1]) + f" and '{named[-1]}'"
    return (
        f" (or, if the decks {shown} hold other subjects, write 'fact_scope: topic' under "
        "'settings:' in corpus.yaml: only cards of one deck are compared then)"
    )


def _or_allow(allow: str, when: str) -> str:
    """ ", or add 'allow: [ids]' …": none for two facts of one card, which 'allow' cannot
    part."""
    return f", or add 'allow: [{allow}]' {when}" if allow else ""


def _all_inside_range(first: Item, others: Iterable[Item]) -> bool:
    """Every other value lies within ``first``'s range, or ``first``'s within each of
    theirs ("about 62 %" and "60–65 %"): a typical value and its range, not two answers."""
    return bool(first.quantities) and all(
        item.quantities and inside_range(first.quantities, item.quantities) for item in others
    )


#: Words that turn an answer around: "Not a gradual change" says no part of "A gradual
#: change during the period".
_TURNS_AROUND = re.compile(r"\b(?:not|no|never|none|without|cannot|neither|nor)\b|n't\b", re.I)


def _all_said_within(first: Item, others: Iterable[Item]) -> bool:
    """Each other text answer has its words (two or more) all in ``first``'s, or
    ``first``'s all in its ("A gradual change." / "Becoming — a gradual change during the
    given period."): one answer says part of what the other says, not another thing.
    Code, numbers and answers with a negation are left to the other messages."""
    if first.is_code or first.quantities or _TURNS_AROUND.search(first.answer):
        return False
    mine = set(content_words(fold(first.answer)))
    for item in others:
        if item.is_code or item.quantities or _TURNS_AROUND.search(item.answer):
            return False
        theirs = set(content_words(fold(item.answer)))
        shorter, longer = sorted((mine, theirs), key=len)
        if len(shorter) < 2 or not shorter < longer:
            return False
    return True


def _all_units_apart(first: Item, others: Iterable[Item]) -> bool:
    """Every other value is in units that do not convert to ``first``'s (``units_apart``)."""
    return bool(first.quantities) and all(
        item.quantities
        and units_apart(first.value, item.value)
        and not durations_far_apart(first.quantities, item.quantities)  # weeks / months
        for item in others
    )


def _all_rounded_alike(first: Item, others: Iterable[Item]) -> bool:
    """Every other value is ``first``'s written otherwise and rounded (``rounded_alike``)."""
    return bool(first.quantities) and all(
        item.quantities
        and rounded_alike(first.value, item.value)
        and not words_apart(first.value, item.value)  # "500 mg BD" / "500 mg TDS"
        and not versions_apart(first.prompt, first.value, item.value)  # 1.30 / 1.3
        for item in others
    )


def report(findings: Iterable[Finding], fact_scope: str = "deck") -> Iterator[Diagnostic]:
    """One diagnostic per finding; a table's or list's facts about the same cards merge.
    ``fact_scope`` is the setting in effect (a conflict across decks under ``deck`` names
    the setting that parts them)."""
    merged: dict[tuple, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (_position(f.items[0]), f.code)):
        merged.setdefault((finding.code, finding.card_ids), []).append(finding)
    for same in merged.values():
        items = same[0].items
        yield make(items[0].loc, same[0].code, _message(same, fact_scope), items[1].loc)


def check_facts(ctx: CheckContext) -> Iterator[Diagnostic]:
    yield from report(find_problems(ctx.corpus), ctx.corpus.settings.fact_scope)


CHECKS = [check_facts]
