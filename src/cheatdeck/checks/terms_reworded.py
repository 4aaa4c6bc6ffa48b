"""A term (a concept's, or a list's item's) and a question that asks what it is, naming it
in another form: one fact asked twice (issue 18).

``defined_when_asked`` owns the pairs that the verdict's other rules miss because the
question names the term otherwise than the term card writes it: by its aside in
brackets ("What does SoC mean for a battery?" / "State of charge (SOC)", "What are
stomata?" / "Stoma (pl. stomata)"), without the aside ("What is crazing?" / "Crazing (glaze
defect)"), without a plain word that the term adds ("What is raku?" / "Raku firing"), in
another spelling ("véraison" / "Veraison", "Pythagorean theorem" / "Pythagoras'
theorem") or by the words its definition spells it out with ("What is a
saponification value?" / "SAP value": "Saponification value: ..."). The question must ask
what the thing is, means or does, and its answer must say again what the definition
says (``_restated``): then the two cards ask one thing. A question for what the thing
is of another ("What is the HVL of a shielding material?" / "Half-value layer (HVL)")
needs two words said again: "of" may ask a value of it ("What is the pH of blood?"). A
question that names a kind of the term ("What is a *delayed* offside?" "an offside where
...") asks of another thing.

``answered_with_term`` owns the other side: a question answered with the term in
another form ("with a snowplow (wedge)" / "Snowplough", "WAL (write-ahead logging)" /
"WAL mode", "The gray (Gy), ..." / "Gray (Gy)"), whose words, with the rest of its
answer, say two of the definition's ("How do beginners slow down on cross-country
*skis*?" / "Braking by pushing the *ski* tails out into a *wedge*"); one shared word is
too little ("Which *organ* does hepatitis harm?" the liver / "Liver": "the largest
*organ* ...").

Everything here reads the cards' text (folded, stemmed content words): no corpus
counts, so each pair is judged on its own."""

from __future__ import annotations

import re
from os.path import commonprefix

from .items import Item
from .normalize import REPEAT, content_words, fold, without_marks

#: A question that asks what a thing is (or was: "What was the millet system?", a history
#: card's tense), means or does, and no more: "What is a quad?",
#: "What's a brick in tri training?", "What does SoC mean for a battery?", "What does the
#: cut operator do in Prolog?", "What does car return?", "What does Kepler's second law
#: state?", "Role of phloem?". The thing is ``asked`` (``doer``, ``role``); a context
#: after "in", "for", "on" or "to" is ``context`` (``where``).
_ASKS_WHAT = re.compile(
    r"(?:what|who)(?:'s| is| are| was| were) (?:meant by )?(?:an? |the )?(?P<asked>.+?)"
    r"(?: (?:in|for|on) (?P<context>[^?]+?))?\s*\?*"
    r"|what (?:does|do|did) (?:an? |the )?(?P<doer>.+?) (?:mean|stand for|do|return|hold|mark"
    r"|measure|represent|indicate|denote|signify|state|say|show|join|protect|signal|prevent)"
    r"(?: (?:in|for|on|to|when|between) (?P<where>[^?]+?))?\s*\?*"
    r"|(?:the )?(?:role|purpose|function|meaning|definition) of (?:an? |the )?(?P<role>.+?)\s*\?*",
    re.IGNORECASE,
)
#: A context that opens a question, before a comma: "*In UK terms,* what is ...?",
#: "*In sed's s command,* what does & ... mean?".
_OPENING_CONTEXT = re.compile(r"\s*in ([^,?]+), ", re.IGNORECASE)
#: A question for what a thing is of another, its context: "What is the HVL of a
#: shielding material?" (``_asked_thing_of``).
_ASKS_WHAT_OF = re.compile(
    r"(?:what|who)(?:'s| is| are| was| were) (?:an? |the )?(?P<asked>[^?]+?) of (?:an? |the )?"
    r"(?P<context>[^?]+?)\s*\?*",
    re.IGNORECASE,
)
#: Words that make "What is X ...?" ask something of X rather than what X is ("What is
#: an enzyme made of?", "What is the type of map?", "What is the difference between
#: ...?").
_ASKS_OF_IT = frozenset(
    "of made used called difference between type kind maximum minimum number first last"
    " best today with from by and or vs versus".split()
)
#: The last words of a question that asks what a thing is for: "What is kick wax for?",
#: "What is Dacron used for?" (a definition says it).
_PURPOSE = re.compile(r" used(?: for)?$| for$", re.IGNORECASE)
#: "of" inside a name, before a word in capitals: "Ring of Fire", "Bay of Pigs".
_OF_A_NAME = re.compile(r" of (?=[A-Z])")
#: A question's last word that asks something of a thing ("What is a suiseki displayed
#: *on*?").
_PREPOSITIONS = frozenset({"of", "on", "in", "at", "to", "from", "with", "by", "about", "into"})
#: Words that open a plural or another name inside a term's brackets: "Stoma (pl.
#: stomata)", "Punty (also pontil)".
_ASIDE_OPENERS = frozenset({"pl", "plural", "also", "aka", "or", "sg", "singular", "e.g"})
_BRACKETED = re.compile(r"\(([^()]*)\)")
#: A definition that opens with the words its term stands for, before a colon:
#: "functional threshold power: the highest ...", "Specific impulse: thrust per ...".
_DEFINITION_LEAD = re.compile(r"\s*([^:;()\n]{3,60}?):\s")
#: A definition's lead that opens with a question word tells what the term is about,
#: not its name: "How a hang glider is steered: ...".
_QUESTION_WORD = re.compile(r"\s*(?:how|why|when|where|what|which|who|whom)\b", re.I)
#: The longest run of words a definition's lead may be to name its term.
_LEAD_WORDS = 6
#: The fewest letters two spellings of one word share at their start ("pythagora" /
#: "pythagorean", "snowplow" / "snowplough", "gravida" / "gravid").
_SHARED_START = 5
#: The fewest words an answer and a definition must share, besides the thing's own
#: names and the question's words, to say one thing.
_RESTATED = 1
#: ... when the question asks what the thing is of another ("What is the HVL of a
#: shielding material?"): "of" may ask a value of it ("What is the pH of blood?").
_RESTATED_OF = 2


def defined_when_asked(term: Item, question: Item) -> bool:
    """``question`` asks what ``term``'s term is, naming it otherwise than the term is
    written, and its answer restates the term's definition."""
    if term.kind not in ("concept", "list-item") or question.kind != "qa":
        return False
    if question.is_code or term.statement or not term.answer:
        return False
    asked, fewest = _asked_thing(question.prompt), _RESTATED
    if asked is None:
        asked, fewest = _asked_thing_of(question.prompt), _RESTATED_OF
    if asked is None:
        return False
    thing, context = asked
    if not thing:
        return False
    names = _names(term)
    context_words = context | _words(term.context)
    named = next((name for name in names if _named_alike(thing, name, context_words)), None)
    if named is None:
        return False
    if fewest == _RESTATED_OF and not _alike(thing, named):
        # read at its "of", a question names the whole term, never one word of it: "What
        # is the rule of *fifths* in photography?" does not ask the "Thirds rule"
        return False
    if thing - named and _says_any(question.answer, names):
        return False  # "What is a delayed offside?" "an offside where ...": a kind of it
    if context and _own_context_named(term, question):
        return False  # "Handshake": "The TLS exchange ..." / "What is a handshake in TCP?"
    if _variant_left_out(term.prompt, named - thing, question.answer):
        return False  # "What is Stackage?" / "Stackage LTS": one release of it
    aside = set().union(*names) | thing | context
    return _restated(question.answer, term.answer, aside, fewest)


def _asked_thing(prompt: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of the thing a question asks what it is, and those of its context;
    None for another question."""
    opening = _OPENING_CONTEXT.match(prompt)
    found = _ASKS_WHAT.fullmatch(prompt[opening.end() if opening else 0 :].strip())
    if found is None:
        return None
    thing = found.group("asked") or found.group("doer") or found.group("role") or ""
    thing = _PURPOSE.sub("", thing)  # "What is kick wax (used) for?": what it is for
    said = _OF_A_NAME.sub(" ", thing).casefold().split()  # "Ring of Fire": one name
    if not said or _ASKS_OF_IT.intersection(said) or said[-1] in _PREPOSITIONS:
        return None  # "What is an enzyme made of?", "What is a suiseki displayed on?"
    context = found.group("context") or found.group("where") or ""
    return _words(thing), _words(f"{opening.group(1) if opening else ''} {context}")


def _asked_thing_of(prompt: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of the thing a question asks of another ("What is the *HVL* of a
    shielding material?", "What is the *cation exchange capacity (CEC)* of a soil?"),
    and those of the other thing, its context; None for another question, or a thing
    ``_asked_thing`` would not take ("What is the *number* of ...?")."""
    found = _ASKS_WHAT_OF.fullmatch(prompt.strip())
    if found is None or prompt.rstrip(" ?").rpartition(" ")[2].casefold() in _PREPOSITIONS:
        return None  # "What is the head of a fly made *of*?" asks something of it
    return _asked_thing(f"What is {found.group('asked')} in {found.group('context')}?")


def _names(term: Item) -> list[frozenset[str]]:
    """The words of each name the term goes by: as written, without its aside in
    brackets, its aside alone (a short form, a plural), and the words its definition
    opens with before a colon."""
    written = term.prompt
    names = [_words(written), _words(_BRACKETED.sub(" ", written))]
    for aside in _BRACKETED.findall(written):
        words = content_words(fold(aside))
        while words and words[0] in _ASIDE_OPENERS:
            words = words[1:]
        names.append(frozenset(_bare(w) for w in words))
    lead = _DEFINITION_LEAD.match(term.answer)
    if _lead_names_term(lead):
        names.append(_words(lead.group(1)))
    return [name for name in names if name]


def _lead_names_term(lead: re.Match | None) -> bool:
    """A definition's lead before a colon names its term: a few words, not a clause that
    opens with a question word ("How a hang glider is steered: the pilot shifts ..."
    says what the term is about, in the words a question about it asks with)."""
    if lead is None or len(lead.group(1).split()) > _LEAD_WORDS:
        return False
    return _QUESTION_WORD.match(lead.group(1)) is None


def _named_alike(thing: frozenset[str], name: frozenset[str], context: frozenset[str]) -> bool:
    """``thing`` (the question's words) names the term ``name``: the same words, some
    spelt otherwise; or the name with a plain word more or less, or with context words
    the question adds ("thumbing" / "Thumbing the map" in orienteering)."""
    if _alike(thing, name):
        return True
    if _alike(thing, name - context) and name - context:
        return True
    missing = {w for w in name if not any(_same_word(w, t) for t in thing)}
    added = {t for t in thing if not any(_same_word(t, w) for w in name)}
    return bool(thing - added) and len(missing) + len(added) == 1


def _said_whole(said: frozenset[str], name: frozenset[str]) -> bool:
    """``said`` (an answer's lead) is the term's ``name``, or the name but for one word
    of it ("WAL" / "WAL mode"); never with a word of its own ("*One* nautical mile",
    "lea *rax*")."""
    if _alike(said, name):
        return True
    missing = {w for w in name if not any(_same_word(w, t) for t in said)}
    return len(missing) == 1 and _alike(said, name - missing)


def _as_number(word: str) -> str:
    """``word``, or the number of an ordinal ("8th" -> "8")."""
    ordinal = _ORDINAL.fullmatch(word)
    return word if ordinal is None else ordinal.group(1)


def _alike(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two sets of words that pair off one to one, each the other's word or another
    spelling of it."""
    if len(first) != len(second):
        return False
    return all(any(_same_word(w, o) for o in second) for w in first) and all(
        any(_same_word(o, w) for w in first) for o in second
    )


#: A number read as an ordinal: "8th", which a number after a capitalised word becomes
#: ("Figure 8 knot", "Henry 8").
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _same_word(word: str, other: str) -> bool:
    """One word, or two spellings of one (``_SHARED_START`` letters in common at the
    start, and no more than three letters more), or a number and its ordinal: a term
    starts with a capital, so "Figure 8 knot" reads its 8 as "8th" where an answer's
    "the figure 8 knot" keeps "8"."""
    if word == other or _as_number(word) == _as_number(other):
        return True
    start = len(commonprefix([word, other]))
    return start >= _SHARED_START and max(len(word), len(other)) - start <= 3


def said_alike(word: str, words: frozenset[str]) -> bool:
    """``word`` is one of ``words``, or another spelling of one (``_same_word``)."""
    return any(_same_word(word, other) for other in words)


def _variant_left_out(written: str, missing: frozenset[str], answer: str) -> bool:
    """A word of the term that the question leaves out is a code in capitals or with a
    digit ("Stackage *LTS*", "Python *3*") that the answer does not say: the term names
    one variant of the thing asked."""
    said = _words(answer)
    for word in re.findall(r"[^\W_]+", written):
        coded = word.isupper() and len(word) > 1 or any(ch.isdigit() for ch in word)
        if coded and _bare(fold(word)) in missing and not _words(word) <= said:
            return True
    return False


def _own_context_named(term: Item, question: Item) -> bool:
    """The definition names a thing (a word in capitals after its first word: "The
    *TLS* exchange ...") that neither the term nor the question says: it defines the
    term in a context of its own, which the question's context may not be."""
    words = re.findall(r"[^\W_][\w-]*", term.answer)[1:]
    named = {_bare(w) for word in words if not word.islower() for w in content_words(fold(word))}
    return bool(named - _words(f"{term.prompt} {question.prompt}"))


def _says_any(answer: str, names: list[frozenset[str]]) -> bool:
    """``answer`` says one of the term's names."""
    said = _words(answer)
    return any(name <= said for name in names)


def _restated(answer: str, definition: str, aside: set[str], fewest: int = _RESTATED) -> bool:
    """``answer`` and ``definition`` share ``_RESTATED`` words or more, ``aside`` set
    aside (the thing's names, the question's words)."""
    told, defined = _words(answer), _words(definition)
    shared = {w for w in told if w not in aside and any(_same_word(w, d) for d in defined)}
    return len(shared) >= fewest


def _words(text: str) -> frozenset[str]:
    """The content words of ``text``, folded and stemmed, without marks or sides."""
    return frozenset(_bare(word) for word in content_words(fold(text)))


def _bare(word: str) -> str:
    """A folded word without its side ("with:snowplow") or marks ("véraison")."""
    return without_marks(word.split(REPEAT, 1)[0].rpartition(":")[2])


#: An answer's first words, before a colon, a bracket, a comma or a dash: "Lazy
#: (non-strict) evaluation: ...", "with the herringbone: tips apart ...".
_ANSWER_LEAD = re.compile(
    r"\s*(?:(?:with|by|using|via) )?(?:(?:an?|the) )?([^:(,;—–]+?)\s*(?:$|[:(,;—–]| - )"
)
#: The fewest words a question and its answer's rest must share with a definition; one
#: is enough in a question that asks what a thing is called (``_ASKS_A_NAME``).
_TOLD = 2
#: A question that asks for a thing's name: "What is ... called?", "What do you call
#: ...?", "What is the term for ...?".
_ASKS_A_NAME = re.compile(
    r"\bcalled\b|\bwhat do (?:you|we) call\b|\b(?:term|name|word) for\b", re.I
)


def answered_with_term(term: Item, question: Item) -> bool:
    """``question``'s answer opens with ``term``'s term (``_said_whole``), an article, a
    "with" and a gloss after it aside, and the question with the rest of its answer
    says ``_TOLD`` words of the definition: the term asked for by what it is. Not a
    question that names the term itself, which asks something of it ("How does a stout
    differ from a porter?" "stout: roasted barley ...")."""
    if term.kind not in ("concept", "list-item") or question.kind != "qa":
        return False
    if question.is_code or term.statement or not term.answer:
        return False
    lead = _ANSWER_LEAD.match(question.answer)
    if lead is None:
        return False
    said = _words(lead.group(1))
    names = _names(term)
    named = next((name for name in names if said and _said_whole(said, name)), None)
    if named is None or _variant_left_out(term.prompt, named - said, question.answer):
        return False
    if named <= _words(question.prompt):
        return False  # "What is the difference between savoir and connaître?" "savoir: ..."
    rest = question.answer[lead.end(1) :]
    aside = set().union(*names) | said
    # one shared word will do for a name asked for, unless the definition names a
    # context of its own ("What is zoning called in French?" / "The *Italian* name ...")
    named_for = _ASKS_A_NAME.search(question.prompt) and not _own_context_named(term, question)
    fewest = 1 if named_for else _TOLD
    return _restated(f"{question.prompt} {rest}", term.answer, aside, fewest)


#: The least share of a question's words that its term card says (the term and its
#: definition), and of its answer's words that the term card says.
ASKED_SHARE = 0.75
ANSWERED_SHARE = 0.7
#: The fewest of the question's and of the answer's words the term card must say.
LEAST_SHARED = 2


def definition_answers(term: Item, question: Item) -> bool:
    """``question`` names a word of ``term``'s term, and the term card says most of the
    question's words and most of its answer's: the definition holds the question's
    answer ("When is menopause diagnosed?" "After 12 months without a period" /
    "Menopause": "Diagnosed after twelve consecutive months without menstruation";
    "Which device is used to descend a rope in SRT?" "A descender, such as a rack or a
    bobbin" / "Descender": "A friction device for abseiling down a rope (rack, bobbin)").
    One fact asked twice, the one as a question, the other as a term. A list item's
    title is said too ("When does the push *event* trigger a workflow?" / "Workflow
    *events*": "push": "Runs the workflow when ...")."""
    if term.kind not in ("concept", "list-item") or question.kind != "qa":
        return False
    if question.is_code or term.statement or not term.answer:
        return False
    named = _words(term.prompt)
    asked, answered = _words(question.prompt), _words(question.answer)
    if not asked or not answered or named.isdisjoint(asked):
        return False
    said = _words(term.full_prompt) | _words(term.answer)
    return _share_said(asked, said, ASKED_SHARE) and _share_said(answered, said, ANSWERED_SHARE)


def _share_said(words: frozenset[str], said: frozenset[str], least: float) -> bool:
    """At least ``least`` of ``words``, and ``LEAST_SHARED`` of them, are ``said``."""
    shared = len(words & said)
    return shared >= LEAST_SHARED and shared >= least * len(words)
