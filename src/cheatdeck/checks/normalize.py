"""One fold of card text for every fact comparison: exact keys, word bags, name-like words.

``fold`` is the exact layer: NFKC, HTML entities decoded, cloze and Markdown markup
removed, casefolded, punctuation and spaces folded. Symbols that change a meaning
(``C++`` / ``C#`` / ``-5`` / ``%`` / ``!~`` / ``<=``) are kept, so ``C++`` and ``C``
never fold together, and a flag keeps its dash and case (``-n`` is not ``-N``).
``content_words`` is the looser layer: stop words dropped, words taken by their Snowball
stem, abbreviations, their spelled-out forms and synonyms made one (``max`` /
``maximum``, ``establish`` / ``create``; ``LOOSE_SYNONYMS`` only for layer 3's warning,
``one_word_phrases`` for prompts: "die out" / "go extinct"). Both
read a key combination one way (``Ctrl-R`` / ``Ctrl+R`` / ``^R``) and a number after a
name as its Roman numeral (``Type 1`` / ``Type I``).
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from .compounds import ANIONS
from .elements import ATOMIC_NUMBER, ELEMENT_OF_NAME

_CLOZE = re.compile(r"\{\{c\d+::((?:(?!::|\}\}).)*)(?:::(?:(?!\}\}).)*)?\}\}", re.S | re.I)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
#: A number whose thousands a space sets apart, as the SI writes them: "1:25 000" is
#: "1:25,000", "2 400 mg" "2,400 mg" (groups of three digits after the first; not "3
#: 100m", a number glued to its unit, nor "1 000.5").
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w.,])")
_DIGIT_SPACE_DIGITS = re.compile(r"\d \d{3}")  # what each of them holds
#: A minus before a number, or before its currency sign ("-500", "-$500": a loss).
_MINUS = re.compile(r"(?<![\w.])-(?=[$€£¥]?\d)")
#: A number glued to its unit ("50mm", "1.5GB"): the same words as "50 mm", "1.5 GB".
#: Ordinals ("3rd", "21st") stay whole.
_GLUED_UNIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?!(?:st|nd|rd|th)\b)([^\W\d_]+)\b")
_DIGIT_LETTER = re.compile(r"\d[^\W\d_]")
#: Dimensions written with "×", "x" or "by" between two numbers or two letters ("3×5",
#: "3 x 5", "3 by 5", "n × n", "n by n"): one form, "3x5". Not a power of ten
#: ("6.02 × 10^23") nor the words "a" and "I" ("6 by a").
_DIMENSIONS = re.compile(
    r"(?<![\w.,/])(\d+(?:\.\d+)?|[b-hj-z])(?:\s*[×x]\s*|\s+by\s+)(\d+(?:\.\d+)?|[b-hj-z])"
    r"(?![\w.,^/])"
)


#: What names a provision before its number ("§ 78a", "Art. 17a", "Section 230a", "s. 17A"):
#: a letter glued to that number is part of it, not a unit (casefolded, as ``_apart`` sees it).
_PROVISION_BEFORE = re.compile(r"(?:[§¶]|\b(?:art\.?|article|sec\.?|section)|(?<!\d )\bs\.)\s*$")


def _apart(match: re.Match) -> str:
    before = match.string[max(0, match.start() - 9) : match.start()]
    if len(match.group(2)) == 1 and _PROVISION_BEFORE.search(before) is not None:
        return match.group(0)  # "§ 78a" is not "§ 78" and a word "a"
    return f"{match.group(1)} {match.group(2)}"


_NOT = re.compile(r"n['’]t\b", re.I)
# "What's" is "What is"; any other "'s" (Bach's, the drug's) adds no word.
_IS = re.compile(r"\b(what|who|where|when|why|how|which|that|it|there|here)['’]s\b", re.I)
_APOSTROPHE_S = re.compile(r"(?<=\w)['’]s\b", re.I)
# Everything but letters, digits and the symbols that carry meaning is punctuation.
_KEPT_SYMBOLS = "#%&@*+=/<>$€£¥°^~|−¬♮§¶≠∫"
_ANTICLOCKWISE = re.compile(r"\b(?:anti|counter)[- ]?clockwise\b")
# "§" and "¶" are words: "What does the § sign mark?" is not "What does the ¶ sign mark?"
# Accidentals name another note ("C♯ major" is not "C major"), written as people type them.
_ACCIDENTALS = str.maketrans({"♯": "#", "♭": "b"})
#: (Not a minus glued to the end of a word, an ion's charge: "NO3−" is no "NO3"; nor one
#: before a number or its currency sign: "−$500" is a loss.)
_OPERATOR_MINUS = re.compile(r"(?<!\w)−(?![$€£¥]?\d)|−(?=[^\W\d])")
#: A minus sign that begins a word is its sign, typed as a hyphen-minus: "−sin x" is no
#: "sin x" (a derivative's sign), and is what "-sin x" says.
_SIGN_MINUS = re.compile(r"(?<![\w)\]])−(?=[^\W\d_])")
#: An integral and its variable's differential, which says nothing of its own: "∫ cos x
#: dx" is the integral of cos x.
_INTEGRAL = re.compile(r"∫(.*?)\bd[^\W\d_]\b")
_SPACED_PERCENT = re.compile(r"(?<=\d) %")
#: A slash between two whole numbers with a blank on one side or both: "3 / 4", "3 /4".
_SPACED_NUMBER_SLASH = re.compile(r"(?<![\d.,])(\d+)(?: / | /|/ )(\d+)(?![.,]?\d)")


def slash_unspaced(text: str) -> str:
    """``text`` with a slash between two whole numbers written without blanks: "3 / 4"
    is the "3/4" it spaces (a time signature, a fraction), one value, not "3" and "4"."""
    return _SPACED_NUMBER_SLASH.sub(r"\1/\2", text)


#: A number's percent in words: "2 percent", "2 per cent", "2 pct" are "2%" (not "2
#: percentage points", another unit).
_WORDED_PERCENT = re.compile(r"(?<=\d) ?(?:percent|per cent|pct)\b")
#: "Lack" as a verb ("lacks transaction support", not "a lack of vitamin C", a
#: deficiency): not to have ("have" is a stop word).
_LACK_VERB = re.compile(r"(?<!\ba )(?<!\bthe )\black(?:s|ed|ing)?\b(?! of\b)")
#: A folded number with its percent sign: its content words are the number and "percent"
#: ("2%" is "two percent").
_NUMBER_PERCENT = re.compile(r"(?<=\d)%(?!\S)")
#: Marks a repeated word (``burst§2``): a character folding never leaves in a word, so
#: ``c#`` (C sharp, C#) stays a word of its own.
REPEAT = "§"
# "!" before an operator symbol is part of it: ``!~`` is not ``~``, ``!=`` is not ``=``.
_BANG = re.compile(r"!(?=[~=<>])")
# A command-line flag keeps its dash and its case: ``-n`` is not ``-N`` nor ``n``.
_FLAG = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
_PUNCT = re.compile(rf"[^\w\s{re.escape(_KEPT_SYMBOLS)}]|_")


def _space_unless_mark(match: re.Match) -> str:
    """A space for a punctuation mark; a combining mark as it is (\\w takes none): the
    vowel signs of Arabic, Hebrew or Devanagari are part of their word (दिल is not दाल).
    A mark on a Latin, Greek or Cyrillic letter that has no letter of its own (NFC
    composes the others) is a stress mark, no part of the spelling: dropped
    (хорошо́ and моло́ко are хорошо and молоко)."""
    char = match.group(0)
    if not unicodedata.category(char).startswith("M"):
        return " "
    at = match.start()
    return "" if at and match.string[at - 1] < "\u0530" else char


def stressed_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that carry a stress mark ``fold`` drops (``_space_unless_mark``),
    casefolded, in order: за́мок (castle) and замо́к (lock) are two words, each marked;
    хорошо́ and хорошо one word, marked once."""
    if text.isascii():
        return ()
    text = unicodedata.normalize("NFC", text)
    return tuple(
        word.casefold()
        for word in _WORD_WITH_MARKS.findall(text)
        if any(_is_stress(word, at) for at in range(1, len(word)))
    )


def stress_apart(a: str, b: str) -> bool:
    """Two texts with a word that each marks with a stress on another letter (дома́,
    houses / до́ма, at home): other words, which ``fold`` makes one. A word marked in one
    text and not in the other is one word typed twice (молоко́ / молоко)."""
    marked = {_unstressed(word): word for word in stressed_words(a)}
    return bool(marked) and any(
        marked.get(_unstressed(word), word) != word for word in stressed_words(b)
    )


def _unstressed(word: str) -> str:
    return "".join(ch for at, ch in enumerate(word) if not (at and _is_stress(word, at)))


def unstressed(text: str) -> str:
    """``text`` without the stress marks ``fold`` drops (молоко́ -> молоко)."""
    return text if text.isascii() else _unstressed(unicodedata.normalize("NFC", text))


def _is_stress(word: str, at: int) -> bool:
    return unicodedata.category(word[at]) == "Mn" and word[at - 1] < "\u0530"


_WORD_WITH_MARKS = re.compile(r"\w[\w\u0300-\u036f]*")


# The same for ASCII text, as a byte translation table (ten times faster).
_ASCII_PUNCT = bytes(
    32 if byte < 128 and _PUNCT.fullmatch(chr(byte)) else byte for byte in range(256)
)
_EMPHASIS = re.compile(r"(\*{1,3}|~~)(?=\S)(.+?)(?<=\S)\1", re.S)
_MARKUP_HINT = re.compile(r"[&\[{*~]")


#: Tatweel (U+0640) between two letters of a word, a letter's vowel sign included: it
#: draws the word out (جـمـيـل is جميل) and is no part of its spelling. At a word's start
#: or end it shows a letter's joined form (ـبـ, ـب), and stays.
_TATWEEL_INSIDE = re.compile(r"(?<=[^\W\d_\u0640]|[\u064b-\u065f\u0670])\u0640+(?=[^\W\d_\u0640])")


def unmark(text: str) -> str:
    """Cloze deletions, Markdown links and emphasis reduced to their visible text, entities
    decoded, a word drawn out with tatweel as written without it. (``text.plain`` parses
    the Markdown properly; this regex pass gives the same words for comparison at a
    fraction of the cost, which matters at 100k cards.)"""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if "\u0640" in text:
        text = _TATWEEL_INSIDE.sub("", text)
    if _MARKUP_HINT.search(text) is None:
        return text
    if "&" in text:
        text = html.unescape(text)
    if "{{" in text:
        text = _CLOZE.sub(r"\1", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "~~" in text:
        text = _EMPHASIS.sub(r"\2", text)
    return text


#: A modifier key as people write it, and the one name it is compared as.
_MODIFIERS = {
    **dict.fromkeys(("ctrl", "control", "ctl", "^", "⌃"), "ctrl"),
    **dict.fromkeys(("alt", "option", "opt", "⌥"), "alt"),
    **dict.fromkeys(("shift", "⇧"), "shift"),
    **dict.fromkeys(("cmd", "command", "⌘"), "cmd"),
    **dict.fromkeys(("win", "windows", "super", "meta"), "win"),
}
_MODIFIER = (
    r"(?:ctrl|control|ctl|alt|option|opt|shift|cmd|command|win|windows(?:\s+key)?|super|meta)"
)
#: Keys named after a modifier and a dash ("Ctrl-Tab"): a word after one ("shift-register")
#: is a hyphenated word. After a plus sign any key counts.
_KEY_NAMES = (
    r"(?:f\d{1,2}|tab|esc|escape|enter|return|space|backspace|del|delete|insert|home|end"
    r"|pgup|pgdn|pageup|pagedown|up|down|left|right|click)"
)
#: A key combination: "Ctrl+R", "Ctrl-R", "ctrl + r", "⌘C", "⌘⇧P", "^R", "Windows key + L".
_PLUS_KEY = r"\+\s*(?=[^\W_]+\b|[^\w\s])"  # "Ctrl+" before any key
_DASH_KEY = rf"-\s*(?={_KEY_NAMES}\b|{_MODIFIER}\s*-|[^\W_]\b|[^\w\s])"  # "Ctrl-R", "Ctrl-Tab"
_SHORTCUT = re.compile(
    rf"(?<![\w+-])((?:{_MODIFIER}\s*(?:{_PLUS_KEY}|{_DASH_KEY})|[⌘⌥⇧⌃]\s*[-+]?\s*)+"
    r"|\^(?=[A-Z]\b))"  # the modifiers ("^R": Ctrl+R) ...
    r"([^\W_]+\b|[^\w\s])",  # ... and the key
    re.I,
)
_SHORTCUT_HINT = re.compile(rf"(?i)\b{_MODIFIER}\s*[-+]|[⌘⌥⇧⌃]|\^[A-Z]\b")
#: Emacs's and readline's "C-" for Ctrl: "C-g", "C-/", "C-x C-f" (a lowercase letter, a
#: symbol or a key's name after it: not "C-4", "C-section", "C-rich", "C-C bond").
_EMACS_CTRL = re.compile(rf"(?<![\w+-])C-(?=[a-z](?![\w-])|[^\w\s]|(?i:{_KEY_NAMES})\b)")
#: A key alone, in capitals, in a sequence of keys: "Ctrl-W W" is not "Ctrl-W w".
_CAPITAL_KEY = re.compile(r"(?<![\w+-])([A-Z])(?![\w+-])")


def _shortcuts(text: str) -> str:
    """Key combinations written one way: "Ctrl-R", "ctrl + r", "^R" and Emacs's "C-r"
    as "ctrl+r", "⌘⇧P" and "Shift+Cmd+P" as "shift+cmd+p"; in a sequence of keys, a
    capital letter alone as its shifted key ("Ctrl-W W" is "ctrl+w shift+w", not "Ctrl-W w")."""
    if not ("+" in text or "-" in text or "^" in text or not text.isascii()):
        return text
    if "C-" in text:
        text = _EMACS_CTRL.sub("Ctrl-", text)  # "C-g" is "Ctrl-g"
    if _SHORTCUT_HINT.search(text) is None:
        return text
    text = _SHORTCUT.sub(_one_shortcut, text)
    if all("+" in word or len(word) == 1 for word in text.split()):
        text = _CAPITAL_KEY.sub(lambda m: f"shift+{m.group(1).lower()}", text)
    return text


_MODIFIER_ORDER = ("ctrl", "alt", "shift", "cmd", "win")
_MODIFIER_WORD = re.compile(rf"(?i){_MODIFIER}|[⌘⌥⇧⌃^]")


def _one_shortcut(match: re.Match) -> str:
    held = {
        _MODIFIERS[word.casefold().split()[0]] for word in _MODIFIER_WORD.findall(match.group(1))
    }
    key = match.group(2).casefold()
    return "+".join([*(m for m in _MODIFIER_ORDER if m in held), key])


#: A capitalised word, then a number of the ones Roman numerals write here: "Type 1",
#: "World War 2", "Phase 3" (not "Python 3.11", "Stage 4 %", nor a number that starts a
#: compound: "Highest *2-dart* finish" counts darts, as "two-dart" does).
_NUMBERED = re.compile(r"\b([A-Z][a-z]+) (1[12]?|[2-46-9])\b(?![.,:/]?\d| ?[%°]|-[A-Za-z])")
_ROMAN_OF = dict(
    zip("1 2 3 4 6 7 8 9 11 12".split(), "I II III IV VI VII VIII IX XI XII".split(), strict=True)
)


#: What every ``_NUMBERED`` match holds: a space, then a digit. A search for it skips the
#: digit-free texts (most) for a fraction of ``_NUMBERED``'s own search, which tries a
#: word boundary at every place of the text.
_SPACE_DIGIT = re.compile(r" [1-9]")


def _as_roman(match: re.Match) -> str:
    """ "Type 1" as "Type I": one number after a name, however it is written ("Type I
    error", "World War II", "Henry VIII")."""
    return f"{match.group(1)} {_ROMAN_OF[match.group(2)]}"


#: The two world wars, however named: "WWI", "WW1", "WW I", "World War I", "World War
#: One" all name "the First World War" (and "WWII", "WW2", "World War II" the Second):
#: by their ordinal, which stays a word (a lone "I" is a stop word but where kept). In
#: capitals only: "world war 1 reenactors" keep their words.
_WORLD_WAR = re.compile(r"\b(?:WW ?|World War )(II|I|1|2|One|Two)\b(?![.,:/]?\d)")
_WORLD_WAR_ORDINAL = {"I": "First", "1": "First", "One": "First"}


def _world_war(match: re.Match) -> str:
    return f"{_WORLD_WAR_ORDINAL.get(match.group(1), 'Second')} World War"


def _numbers_as_roman(text: str) -> str:
    """``text`` with each number after a name as its Roman numeral (``_as_roman``), and
    after a word that a number names in small letters too ("for *stage 1* hypertension"
    names what "*Stage 1* hypertension" names); a world war as "First World War" or
    "Second World War" (``_WORLD_WAR``)."""
    if "WW" in text or "World War " in text:
        text = _WORLD_WAR.sub(_world_war, text)
    if _NUMBER_WORD_HINT.search(text) is not None:
        text = _NUMBER_WORD_NAMED.sub(_number_word_as_digits, text)  # "War Two": "War 2"
    if _SPACE_DIGIT.search(text) is None:
        return text
    return _NUMBERED.sub(_as_roman, _NAMED_BY_NUMBER.sub(_as_ordinal, text))


#: The letters beyond ASCII that IGNORECASE reads as ASCII letters ("ſix", "sıx" and
#: "fıfth" are matched as "six" and "fifth"), as those letters: a word matched so is
#: looked up as its ASCII spelling.
ASCII_LOOKALIKES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
#: A number word that ``_NUMBERED`` or ``_NAMED_BY_NUMBER`` would read as a Roman numeral
#: written in digits, after the word they look for: "World War Two" names what "World War
#: 2" and "World War II" name, "type two diabetes" what "type 2 diabetes" names. Not
#: "one" ("Which one"), nor "five" and "ten", which they leave alone as digits too.
_NUMBER_WORDS_NAMED = {
    "two": "2", "three": "3", "four": "4", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "eleven": "11", "twelve": "12",
}  # fmt: skip
#: What every ``_NUMBER_WORD_NAMED`` match holds: a space, then a number word's first
#: three letters (two letters would let " the" and " this" of most texts through).
_NUMBER_WORD_HINT = re.compile(
    "(?i) (?:" + "|".join(sorted({word[:3] for word in _NUMBER_WORDS_NAMED})) + ")"
)
_NUMBER_WORD_NAMED = re.compile(
    r"\b(?:([A-Z][a-z]+) ("
    + "|".join(word.capitalize() for word in _NUMBER_WORDS_NAMED)
    + r")|((?i:stage|type|grade|phase|class|tier|category|schedule)) (?i:("
    + "|".join(_NUMBER_WORDS_NAMED)
    + r")))\b(?![-'’]\w| ?[%°])"
)


def _number_word_as_digits(match: re.Match) -> str:
    """A capitalised number word after a capitalised word ("World War Two"; not "Take
    two tablets"), or any number word after a word a number names ("Type two")."""
    word, number = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    return f"{word} {_NUMBER_WORDS_NAMED[number.translate(ASCII_LOOKALIKES).lower()]}"


#: Words a number names a kind of, written in small letters inside a sentence: "stage
#: 1", "type 2", "grade 3", "phase 3", "class 2", "tier 1" (not "in 3 days"); and the
#: parts of a series a number counts: "game 4" is "the fourth game", "round 2", "act 3",
#: "chapter 7", "episode 9", "lap 6", "season 2", "volume 3".
_NAMED_BY_NUMBER = re.compile(
    r"(?<![\w.,])(stage|type|grade|phase|class|tier|category|schedule"
    r"|game|round|act|chapter|episode|lap|season|volume) (1[12]?|[2-46-9])\b"
    r"(?![.,:/]?\d| ?[%°])"
)


def numbers_read_as_ordinals(text: str) -> set[str]:
    """The numbers in digits that ``fold`` reads as a Roman numeral, and so as an ordinal,
    after the word they number: {"3"} for "What does inspection *grade 3* mean?" (folded
    "grade iii", compared as "3rd") and for "Phase 3". The text still says the number: an
    answer "3" is said by such a prompt. Not "3rd grade" or "third grade", which say no
    digit after a word."""
    if _SPACE_DIGIT.search(text) is None:
        return set()
    return {
        match.group(2) for regex in (_NAMED_BY_NUMBER, _NUMBERED) for match in regex.finditer(text)
    }


def _as_ordinal(match: re.Match) -> str:
    """ "stage 1" as "stage first", "type 2" as "type II": the forms "Stage I" and "Type
    II" take once folded."""
    word, number = match.groups()
    roman = _ROMAN_OF[number]
    return f"{word} {'first' if roman == 'I' else roman}"


#: A code of capitals and a number, written with a hyphen between them: "W-2" is the
#: form "W2", "SHA-256" the hash "SHA256", "B-12" the vitamin "B12". Not a number that
#: goes on ("KEY-1.5"), nor one before "%" or "°". (Written with a space, the code may
#: be two words: "HTTP 404" is a status of HTTP, "US 8" a size in the US.)
_HYPHENED_CODE = re.compile(r"(?<![\w.-])([A-Z]{1,6})-(\d{1,5})(?![\w.,]?\d|[\w%°]| [%°])")


def _codes_joined(text: str) -> str:
    """``text`` with its codes of capitals and a number joined (``_HYPHENED_CODE``), the
    number also in Roman numerals (``_HYPHENED_ROMAN_CODE``)."""
    if "-" not in text:
        return text
    text = _HYPHENED_CODE.sub(r"\1\2", text)
    return _HYPHENED_ROMAN_CODE.sub(_roman_code_joined, text)


#: A code of capitals and a Roman numeral of two letters or more, written with a hyphen:
#: "OBD-II" is "OBD2", as "W-2" is "W2". Not a lone "I", "V" or "X", which may be a
#: letter ("PS-V", "MP-X").
_HYPHENED_ROMAN_CODE = re.compile(
    r"(?<![\w.-])([A-Z]{2,6})-(II|III|IV|VI|VII|VIII|IX|XI|XII)\b(?!-)"
)
_DIGITS_OF_ROMAN = {
    "II": "2", "III": "3", "IV": "4", "VI": "6", "VII": "7", "VIII": "8",
    "IX": "9", "XI": "11", "XII": "12",
}  # fmt: skip


def _roman_code_joined(match: re.Match) -> str:
    return match.group(1) + _DIGITS_OF_ROMAN[match.group(2)]


#: Letters written with two when a keyboard lacks them: German's umlauts and "ß", the
#: Nordic "æ", "ø" and "å".
_SPELT_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"}
)


def letters_spelt_out(folded: str) -> str:
    """A folded text with the letters ``_SPELT_OUT`` lists written as their two: "die
    bücher" as "die buecher", as German is typed without umlauts."""
    return unicodedata.normalize("NFC", folded).translate(_SPELT_OUT)


def without_marks(text: str) -> str:
    """``text`` without accents and other combining marks, ``ß`` as ``ss``: the form a
    word takes when typed without them (``árbol`` -> ``arbol``, ``Straße`` -> ``Strasse``).
    Only for telling one fact written twice: ``año`` and ``ano`` are other words. Kana's
    voicing marks stay (``_KANA_MARKS``): ``づくえ`` is no ``つくえ`` typed without one."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.replace("ß", "ss"))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch in _KANA_MARKS)
    return unicodedata.normalize("NFC", kept)


#: The dakuten and handakuten of kana (``が`` is ``か`` and U+3099 once decomposed): no
#: accent a keyboard leaves out, as a Japanese input method types each kana whole, but
#: another sound (``まど`` window, ``まと`` target): a reading written with and without
#: one is two readings, one of them wrong, never one word typed two ways.
_KANA_MARKS = frozenset("\u3099\u309a")


#: One pinyin syllable, lower case: its initial, if any, and its final (``v`` for ``ü``,
#: as keyboards without the letter type it).
_PINYIN_SYLLABLE = re.compile(
    r"([zcs]h|[bpmfdtnlgkhjqxrzcsyw]|)"
    r"([iu]ang|[iu]ong|ueng|iao|ian|uai|uan|[üv]an|ang|eng|ong|ing"
    r"|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|[üv]n|[üv]e|ue|a|o|e|i|u|ü|v)"
)
#: The initials a final "o" takes ("bo", "wo", "o"; not "co", "no", "so").
_BEFORE_O = frozenset({"", "b", "p", "m", "f", "w", "y"})
#: A word of pinyin syllables each followed by its tone's number ("ni3", "zai4jian4",
#: "xie4xie", "lv4"), between anything but Latin letters and digits: hanzi may touch it.
_LATIN_OR_DIGIT = "0-9a-z\u00c0-\u024f\u0300-\u036f"
_TONE_NUMBERED_WORD = re.compile(
    rf"(?<![{_LATIN_OR_DIGIT}])(?:[a-zü]+[0-5])+[a-zü]*(?![{_LATIN_OR_DIGIT}])"
)
_TONE_NUMBERED_SYLLABLE = re.compile(r"([a-zü]+)([0-5]?)")
#: The digits ``_TONE_NUMBERED_WORD`` reads: a text with none of them (most texts) holds
#: no tone number, told by one search in C (a test of every character cost 3x more).
_TONE_DIGIT = re.compile(r"[0-5]")
#: The combining mark of each tone: ā á ǎ à; the fifth (neutral) tone has none.
_TONE_MARKS = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}


def _tone_marked_word(match: re.Match) -> str:
    word = match.group(0)
    syllables = _TONE_NUMBERED_SYLLABLE.findall(word)
    if not any(tone in _TONE_MARKS for _, tone in syllables):
        return word
    marked = []
    for letters, tone in syllables:
        syllable = _PINYIN_SYLLABLE.fullmatch(letters)
        if syllable is None or (syllable[2] == "o" and syllable[1] not in _BEFORE_O):
            return word  # "ipv4", "mp3", "h2", "co2": no pinyin
        letters = letters.replace("v", "ü")
        if tone in _TONE_MARKS:  # on a or e, else on the o of "ou", else the last vowel
            at = next((letters.index(v) for v in ("a", "e", "ou") if v in letters), None)
            if at is None:
                at = max(letters.rfind(v) for v in "iouü")
            letters = letters[: at + 1] + _TONE_MARKS[tone] + letters[at + 1 :]
        marked.append(letters)
    return unicodedata.normalize("NFC", "".join(marked))


def tones_marked(folded: str) -> str:
    """A folded text with its pinyin written with tone numbers, as keyboards without the
    marks type it ("ni3 hao3", "zai4jian4", "lv4"), written with the tone marks ("nǐ
    hǎo", "zàijiàn", "lǜ"); every other word as it is ("ipv4", "mp3", "e5")."""
    if _TONE_DIGIT.search(folded) is None:
        return folded
    return _TONE_NUMBERED_WORD.sub(_tone_marked_word, folded)


#: A text that is a charge alone, its sign after its digits: "2−", "2-", "3+".
_LONE_CHARGE = re.compile(r"\s*(\d{1,2})\s*([+\-−])\s*")


def sign_first(text: str) -> str:
    """A charge written alone with its sign after its digits ("2−", "3+") as the signed
    number ("-2", "+3"): "2−" is "−2", not "2+"; any other text as it is."""
    charge = _LONE_CHARGE.fullmatch(text)
    if charge is None:
        return text
    digits, sign = charge.groups()
    return f"{'+' if sign == '+' else '-'}{digits}"


#: A regex's lazy quantifier (``.*?``, ``\\d+?``, ``{2,3}?``): its ``?`` is no punctuation to
#: fold away, or ``.*?`` and ``.*``, two answers, would be one. After a regex's atom, or
#: anywhere in a code span (`` `+?` ``); not a question's mark after a word ("NAD+?").
_LAZY_QUANTIFIER = re.compile(r"(?:[.)\]]|\\[A-Za-z])[*+]\?(?!\w)|\{\d+(?:,\d*)?\}\?(?!\w)")
_LAZY_IN_CODE = re.compile(r"`[^`]*[*+}]\?(?!\w)[^`]*`")


#: A colour's hex code ("#f00", "#FF0000", "#1e90ff", "#000"; "#rgba" and
#: "#rrggbbaa" with its alpha): letters a–f, six or eight digits, or one digit thrice,
#: so no issue's number ("#123").
HEX_COLOUR = re.compile(
    r"(?<![\w&#])#(?=[0-9a-f]*[a-f]|[0-9a-f]{6}(?:[0-9a-f]{2})?(?![\w-])|(\d)\1\1(?![\w-]))"
    r"([0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])",
    re.IGNORECASE,
)


#: A number sign glued to a number that is no hex colour ("#8", "#42"; not "#111",
#: "#000000", "C#5", "&#8"): the word "number" ("tooth #8" asks what "tooth number 8" does).
_NUMBER_SIGN = re.compile(
    r"(?<![\w&#])#(?=\d+(?!\w))(?!(\d)\1\1(?![\w-])|\d{6}(?:\d{2})?(?![\w-]))"
)


def _colour_in_full(match: re.Match) -> str:
    """A hex colour with each digit written (``#f00`` is ``#ff0000``), in small letters."""
    digits = match.group(2).lower()
    return "#" + (digits if len(digits) > 4 else "".join(d * 2 for d in digits))


#: A text that is one HTML or XML tag, no more: "<ol>", "<h1>", "<br/>", "<svg:rect>".
_LONE_TAG = re.compile(r"<([A-Za-z][\w:-]*)\s*/?>")


#: "No." or "no." for "number" after a word, before a number ("Symphony No. 5", "vowel
#: no. 1"): not the negation "no" ("No. 2 is wrong" leads an answer). So is "N°" with a
#: degree sign ("Chanel N°5").
_NUMBER_WORD = re.compile(r"(?<=\w )(?:[Nn]o\.|N°) ?(?=\d)")


#: An "=" that ends a sum to ask its result, after a number, a power or a bracket, with
#: a "?", a blank or an ellipsis after it or nothing: "6 × 7 =", "6 × 7 = ?", "9² = __".
_RESULT_ASKED = re.compile(r"(?<=[\d²³)])\s*=\s*(?:\?|_+|…|\.\.\.)?\s*$")


def without_result_asked(text: str) -> str:
    """``text`` without the "=" that ends a sum to ask its result ("6 × 7 =" asks what
    "6 × 7?" asks)."""
    return _RESULT_ASKED.sub("", text) if "=" in text else text


#: A lone sound between slashes, as phonology writes a phoneme: "/f/", "/θ/", "/tʃ/" (two
#: letters at most, or a letter beyond ASCII: not a path such as "/usr/").
_LONE_PHONEME = re.compile(r"/((?=[^/\s]*[^\x00-\x7f])[^/\s]{1,4}|[a-zA-Z]{1,2})/")


#: A degree sign between a number and its scale's letter, glued to either or spaced:
#: "20°C", "20° C" and "20 °C" are one temperature, written "20 °C".
_DEGREES_SPACED = re.compile(r"(?<=\d)\s?°\s?(?=[CFK]\b)")


def degrees_spaced(prompt: str) -> str:
    """``prompt`` with each temperature written "20 °C", however its degree sign is
    spaced ("at 20°C" asks what "at 20 °C" asks). For prompts: an answer's spacing is
    compared as its value (``quantities``)."""
    return _DEGREES_SPACED.sub(" °", prompt) if "°" in prompt else prompt


@lru_cache(maxsize=4096)  # a table's title, rows and columns repeat cell after cell
def fold(text: str) -> str:
    """The exact-comparison form of a text field. A text of punctuation only (the Vim
    motions `` `[[` `` and `` `]]` ``) is kept as written: folded away, all would be one;
    a lazy quantifier is marked as such (``.*?`` is not ``.*``)."""
    if text[:1] == "<" and (tag := _LONE_TAG.fullmatch(text.strip())) is not None:
        text = tag.group(1)  # "<ol>" is the element "ol"
    if text[:1] == "/" and (sound := _LONE_PHONEME.fullmatch(text.strip())) is not None:
        text = sound.group(1)  # "/f/" is the sound "f"
    if "#" in text:
        text = _NUMBER_SIGN.sub("number ", text)  # "tooth #8" is "tooth number 8"
        text = HEX_COLOUR.sub(_colour_in_full, text)  # "#F00" is "#ff0000"
    if "o." in text or "N°" in text:
        text = _NUMBER_WORD.sub("number ", text)  # "vowel no. 1" is "vowel number 1"
    folded = _fold(sign_first(without_result_asked(text)))
    if (
        folded
        and ("*?" in text or "+?" in text or "}?" in text)  # what both patterns hold
        and (_LAZY_QUANTIFIER.search(text) or _LAZY_IN_CODE.search(text))
    ):
        return f"{folded} lazy?"
    if folded or text.isspace() or not text:
        return folded
    return " ".join(unmark(text).casefold().split())


#: A version after a name, "v" or "version", whose last parts are zeros: "Scala 3.0" is
#: "Scala 3", "LEED v4.0" "LEED v4", "version 4.1.0" "version 4.1" (a trailing ".0" is
#: the version it ends). Not one that goes on ("3.0.1"), nor a measure ("3.0 %").
_ZERO_MINOR = re.compile(
    r"(?<![\w.])((?:(?:[A-Z][\w+#]*|[Vv]ersion) v?|v)\d+(?:\.\d+)*?)(?:\.0)+"
    r"(?![\w.,]?\d|[\w%°]| ?[%°])"
)

#: A version series written with a wildcard for its last parts, after a name, "v" or
#: "version": "Matplotlib 3.x" is "Matplotlib 3", "Python 2.7.x" "Python 2.7" (the series
#: the bare number names too). Not "3.x" after a lower-case word ("of 3.x"), nor a name
#: or a code that goes on ("3.x86", "v1.xml").
_MINOR_WILDCARD = re.compile(
    r"(?<![\w.])((?:(?:[A-Z][\w+#]*|[Vv]ersion) v?|v)\d+(?:\.\d+)*?)(?:\.[xX])+(?![\w.]?\w)"
)


#: A blood group with its Rh sign: "AB+" is "AB positive", "O−" "O negative".
_BLOOD_GROUP = re.compile(r"(?<![\w+−-])(AB|A|B|O|Rh)(?:(\+)|[−-])(?![\w+−-])")


def _blood_group(match: re.Match) -> str:
    return f"{match.group(1)} {'positive' if match.group(2) else 'negative'}"


#: A cell's surface marker said to be present, by its cluster of differentiation: "CD8+
#: T cells", "CD4-positive cells" and "CD8 T cells" name the same cells (a minus sign,
#: "CD4−", names others and is kept).
_CD_POSITIVE = re.compile(r"(?<![\w+−-])(CD\d{1,3}[a-z]?)(?:\+|[ -]positive\b)(?![\w+−-])")


#: An ion a lab report names by its symbol and charge ("K⁺", "Na+", "Ca²⁺", "Cl⁻",
#: "HCO₃⁻", as ``unmark`` writes them), and its name; one bracketed after its own name
#: ("potassium (K⁺)") only repeats it. Only these: "Fe²⁺" and "Fe³⁺" are two ions, and
#: "O+" or "B+" a blood group.
_IONS = {
    **{"na+": "sodium", "k+": "potassium", "li+": "lithium", "ca2+": "calcium"},
    **{"mg2+": "magnesium", "cl−": "chloride", "cl-": "chloride", "hco3−": "bicarbonate"},
    "hco3-": "bicarbonate",
}
_ION = re.compile(
    r"(?:\b(?P<name>sodium|potassium|lithium|calcium|magnesium|chloride|bicarbonate)\s*\()?"
    r"(?<![\w+−-])(?P<ion>Na\+|K\+|Li\+|Ca2\+|Mg2\+|Cl[−-]|HCO3[−-])(?![\w+−-])"
    r"(?(name)\))",
    re.I,
)


def _ion_named(match: re.Match) -> str:
    ion = _IONS[match.group("ion").translate(ASCII_LOOKALIKES).casefold()]
    name = match.group("name")
    return ion if not name or name.casefold() == ion else f"{name} ({ion})"


#: An ion's charge typed with a caret after its formula: "SO4^2-", "SO4^{2-}", "NH4^+"
#: as "SO₄²⁻" and "NH₄⁺" are (NFKC: "SO42−", "NH4+"). Not a power: "10^-3", "2^-1".
_CARET_CHARGE = re.compile(r"(?<=[A-Za-z\d)\]])\^(\{)?(\d*[+\-−])(?(1)\})(?!\w)")


#: An ion's charge typed with a hyphen after its formula: "NO3-", "OH-", "SO42-".
_FORMULA_MINUS = re.compile(r"(?<![\w-])((?:[A-Z][a-z]?\d*)+)-(?![\w−-])")

#: An isotope by its element's name and mass number: "carbon-14", "Iodine-131"; a
#: metastable one with its "m": "technetium-99m".
_ISOTOPE = re.compile(r"(?<![\w-])([A-Za-z]{3,13})-(\d{1,3})(m?)(?![\w-])")


#: Two hyphenated words joined by a slash ("2-in/2-out", "read-only/read-write",
#: "X-ray/CT-scan"): the slash parts the two compounds, as "2-in, 2-out" writes them, not
#: the words at its sides ("in/2"). Each compound holds a letter: "120-129/80-84" is a
#: pair of ranges.
_COMPOUNDS_SLASHED = re.compile(r"(?<![\w/.-])([^\W_]+-[^\W_]+)/([^\W_]+-[^\W_]+)(?![\w/.-])")


def _compounds_apart(match: re.Match) -> str:
    first, second = match.groups()
    if any(ch.isalpha() for ch in first) and any(ch.isalpha() for ch in second):
        return f"{first} {second}"
    return match.group(0)


def _isotope_symbol(match: re.Match) -> str:
    """ "carbon-14" as "C-14", as the symbol is written; left as written when the word
    names no element or no isotope of it has such a mass number (from Z to about
    2.7 Z + 10). The symbol's side is never read: "B-12" (vitamin), "F-16" and "I-95"
    are names of other things."""
    symbol = ELEMENT_OF_NAME.get(match.group(1).casefold())
    mass = int(match.group(2))
    if symbol is None or not _has_isotope(ATOMIC_NUMBER[symbol], mass):
        return match.group(0)
    return f"{symbol}-{mass}{match.group(3)}"


def _has_isotope(number: int, mass: int, least: int = 0) -> bool:
    """Whether the element of atomic number ``number`` has an isotope of mass number
    ``mass`` (from Z to about 2.7 Z + 10), and ``mass`` is ``least`` or more."""
    return max(number, least) <= mass <= 2.7 * number + 10


#: The ohm sign (or a capital omega) after a number, perhaps after a prefix: "220 Ω",
#: "4.7kΩ", "1 MΩ" are written "220 ohm", "4.7 kilohm", "1 megohm" (casefolded, it would
#: be an omega, the angular frequency "ω").
_OHMS = re.compile(r"(?<=\d)\s*([kMm]?)[\u03a9\u2126]")
_OHM_PREFIXES = {"": "ohm", "k": "kilohm", "M": "megohm", "m": "milliohm"}


#: "e.g." and "i.e." before a word only say how an aside stands to what it follows:
#: "naloxone (e.g. Narcan)" says what "naloxone (Narcan)" says (no words "e" and "g" of
#: its own). Not the term "e.g." itself, nor "(abbreviated e.g.)".
_FOR_EXAMPLE = re.compile(r"(?<![\w.])(?:e\.\s?g|i\.\s?e)\.(?=,?\s+\w)", re.IGNORECASE)
#: "IV" before a word in small letters, the route: "IV magnesium", "an IV line" are
#: intravenous (not the fourth of anything, as in "Henry IV", "Type IV error").
_IV_BEFORE_WORD = re.compile(r"(?<![\w.-])IV (?=([a-z]+))")
#: Words after which "IV" is a numeral whatever follows: "stage IV disease".
_NUMBERED_WORDS = frozenset(
    (
        "stage type grade phase class tier category schedule level part chapter book act"
        " volume vol title article section appendix round"
    ).split()
)


def _route_or_numeral(match: re.Match) -> str:
    """ "IV" as "intravenous" before a word that is no stop word ("IV fluids"), but a
    numeral after a word a number names ("stage IV disease") or a name ("Pope Pius IV
    died", not the text's first word: "Give IV fluids"), and before a stop word ("Henry
    IV of France")."""
    if match.group(1) in STOPWORDS:
        return match.group(0)
    before = match.string[: match.start()].split()
    if before and before[-1].casefold() in _NUMBERED_WORDS:
        return match.group(0)
    if len(before) > 1 and before[-1][:1].isupper() and before[-1][1:2].islower():
        return match.group(0)
    return "intravenous "


#: An isotope by its mass number raised before its symbol: "¹⁴C", "²³⁵U", "³H" (not a
#: formula that goes on: "¹⁴CO₂"). The digits are the superscripts NFKC makes plain.
_ISOTOPE_RAISED = re.compile(r"(?<![\w⁰¹²³⁴-⁹])([⁰¹²³⁴-⁹]{1,3})([A-Z][a-z]?)(?![\w⁰¹²³⁴-⁹₀-₉])")
_RAISED_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _raised_isotope(match: re.Match) -> str:
    """ "¹⁴C" as "C-14", as "carbon-14" is read; left as written when the letters name no
    element or no isotope of it has such a mass number (``_isotope_symbol``), and below
    4: "²H" folded as "H-2" would be "H₂", the molecule."""
    mass, symbol = int(match.group(1).translate(_RAISED_DIGITS)), match.group(2)
    number = ATOMIC_NUMBER.get(symbol)
    if number is None or not _has_isotope(number, mass, least=4):
        return match.group(0)
    return f"{symbol}-{mass}"


#: A reaction's arrow between two formulas ("3H2 ⇌ 2NH3", "O2 → CO2"), and how a
#: keyboard types it: an equilibrium is "<=>", a reaction that goes one way "->" (folded
#: away, "⇌" and "→" were one arrow). Not an arrow in prose: "hundo → hundoj".
_REACTION_ARROW = re.compile(r"(?<=[A-Z\d)])(\s*)([⇌⇄→⟶])(?=\s*\d*[A-Z(])")
_ARROWS = {"⇌": "<=>", "⇄": "<=>", "→": "->", "⟶": "->"}


def _arrow_typed(match: re.Match) -> str:
    return f"{match.group(1)}{_ARROWS[match.group(2)]}"


#: A star between the units of a bracketed denominator after a number, the product sign
#: typed in ASCII: "8.314 J/(mol*K)" is "8.314 J/(mol·K)" (not code's "a/(b*c)", whose
#: number comes after no digit).
_STAR_IN_DENOMINATOR = re.compile(
    r"(?<=\d)(\s?(?:[^\W\d_]{1,4}[ ·⋅])*[^\W\d_]{1,4}\s?/\s?)"
    r"\(((?:[^\W\d_]{1,4}\s?[·⋅*]\s?)+[^\W\d_]{1,4})\)"
)
_STAR = re.compile(r"\s?\*\s?")


#: A unit after a number whose last factors have the power -1, as kinetics and
#: thermodynamics write them ("8.314 J mol^-1 K^-1", "J·mol⁻¹·K⁻¹" once NFKC made its
#: superscripts "−1"; not "mol-1", which may be a range or a name).
_PER_UNITS = re.compile(
    r"(?<=\d)(\s?(?:[^\W\d_]{1,4}[ ·⋅])*?[^\W\d_]{1,4})"
    r"((?:[ ·⋅][^\W\d_]{1,4}(?:\^[-−]|−)1)+)(?![\w^.,])"
)
_PER_UNIT = re.compile(r"([^\W\d_]{1,4})(?:\^[-−]|−)1")


def _per_units_over(match: re.Match) -> str:
    """ "J mol^-1 K^-1" as "J/(mol·K)", "m s^-1" as "m/s": the units a number is per,
    written as a denominator."""
    over = _PER_UNIT.findall(match.group(2))
    below = over[0] if len(over) == 1 else f"({'·'.join(over)})"
    return f"{match.group(1)}/{below}"


def _stars_as_dots(match: re.Match) -> str:
    return f"{match.group(1)}({_STAR.sub('·', match.group(2))})"


def _fold(text: str) -> str:
    if not text.isascii() and _ISOTOPE_RAISED.search(text) is not None:
        text = _ISOTOPE_RAISED.sub(_raised_isotope, text)  # "¹⁴C" is "C-14"
    text = unmark(text)
    if not text.isascii() and _REACTION_ARROW.search(text) is not None:
        text = _REACTION_ARROW.sub(_arrow_typed, text)  # "⇌" is "<=>", "→" "->"
    if "." in text and _FOR_EXAMPLE.search(text) is not None:
        text = _FOR_EXAMPLE.sub(" ", text)
    if "IV " in text:
        text = _IV_BEFORE_WORD.sub(_route_or_numeral, text)
    if "\u03a9" in text or "\u2126" in text:
        text = _OHMS.sub(lambda found: f" {_OHM_PREFIXES[found.group(1)]}", text)
    if "^" in text:
        text = _CARET_CHARGE.sub(r"\2", text)  # "SO4^2-" is "SO₄²⁻"
    if "1" in text and ("^" in text or "−" in text):
        text = _PER_UNITS.sub(_per_units_over, text)  # "J mol^-1 K^-1" is "J/(mol·K)"
    if "*" in text and "/" in text:
        text = _STAR_IN_DENOMINATOR.sub(_stars_as_dots, text)  # "J/(mol*K)" is "J/(mol·K)"
    if "-" in text:
        if "C-" in text:
            text = _EMACS_CTRL.sub("Ctrl-", text)  # "C-/" is no "C⁻" (below)
        text = _ISOTOPE.sub(_isotope_symbol, text)  # "carbon-14" is "C-14"
        text = _FORMULA_MINUS.sub(r"\1−", text)  # "NO3-" is "NO₃⁻" (NFKC: "NO3−")
        if "/" in text:
            text = _COMPOUNDS_SLASHED.sub(_compounds_apart, text)  # "2-in/2-out"
    if ".0" in text:
        text = _ZERO_MINOR.sub(r"\1", text)  # "Scala 3.0" is "Scala 3"
    if ".x" in text or ".X" in text:
        text = _MINOR_WILDCARD.sub(r"\1", text)  # "Matplotlib 3.x" is "Matplotlib 3"
    text = _codes_joined(_numbers_as_roman(_shortcuts(text)))
    if ("+" in text or "-" in text or "−" in text) and _ION.search(text):
        text = _ION.sub(_ion_named, text)  # "K⁺" is "potassium"
    if ("+" in text or "-" in text or "−" in text) and _BLOOD_GROUP.search(text):
        text = _BLOOD_GROUP.sub(_blood_group, text)
    if "CD" in text:
        text = _CD_POSITIVE.sub(r"\1", text)  # "CD8+ T cells" are "CD8 T cells"
    if not text.isascii() and _GREEK_LETTER.search(text) is not None:
        text = _GREEK_LETTER.sub(_greek_named, text)  # "β-blocker" is "beta-blocker"
    if "Δ" in text:
        text = _DELTA_OF.sub("delta ", text)  # "Δv" is "delta-v", "ΔH" "delta H"
    if "−" in text:
        text = _SIGN_MINUS.sub("-", text)  # "−sin x" is "-sin x", never "sin x"
    if "-" in text and _FLAG.search(text):
        pieces = _FLAG.split(text)  # text, flag, text, flag, ..., text
        folded = (
            " ".join(piece.split()) if odd else _fold_words(piece)
            for odd, piece in zip([0, 1] * len(pieces), pieces, strict=False)
        )
        return " ".join(piece for piece in folded if piece)  # "(-n)" is "-n"
    return _fold_words(text)


#: A Greek letter standing alone, or before a number: "β-blocker", "μ-opioid", "α2
#: agonist" (not inside a word: "λόγος", "μm").
_GREEK_NAMES = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
    "rho sigma tau upsilon phi chi psi omega"
).split()
_GREEK_LETTER = re.compile(r"(?<![^\W\d_])([α-ρσ-ω])(?=\d|(?![^\W\d_]))")


#: A capital delta before a Latin letter, the change of what it names: "Δv", "ΔH", "ΔT"
#: (not a Greek word: "Δελφοί").
_DELTA_OF = re.compile(r"(?<![^\W\d_])Δ(?=[A-Za-z])")


def _greek_named(match: re.Match) -> str:
    letter = match.group(1)
    code = ord(letter) - ord("α")
    name = _GREEK_NAMES[code if letter < "ς" else code - 1]  # "ς" (final sigma) is no letter here
    return (
        name + " "
        if match.end() < len(match.string) and match.string[match.end()].isdigit()
        else name
    )


#: A part of a text named by its short form and a number: "Art. I", "Sec. 3", "ch. 7",
#: "Vol. 2" (with the dot: "art" alone is a word). Folded casefolded, so as written.
_PARTS = {"art": "article", "sec": "section", "ch": "chapter", "vol": "volume", "para": "paragraph"}
_NUMBERED_PART = re.compile(r"(?<!\d )\b(art|sec|ch|vol|para)\. ?(?=\d|[ivxlc]+\b)")


def _part_spelt_out(match: re.Match) -> str:
    return _PARTS[match.group(1)] + " "


#: A statute's section named by its sign or its law-report short form before a number:
#: "§ 823", "§823" and "s. 1", "s.5" are "section 823", "section 1", "section 5". Not "ss."
#: or "§§" (sections), nor an "s." after a number ("30 s. 1": seconds) or in a word ("U.S.").
_SECTION_SHORT = re.compile(r"(?<![\w.§])(?<!\d )(?:s\.|§(?!§))\s?(?=\d)")


def _sections_spelt_out(text: str) -> str:
    return _SECTION_SHORT.sub("section ", text)


#: A bound written in words before a number, in digits or in words: "over 50 kg" is "> 50
#: kg", "under 18" and "under eighteen" are "< 18"; of an age, "younger than 6 months" is
#: "under 6 months" and "older than 65" "over 65". Not before "one" ("more than one" is
#: "several" as often as a bound).
_BOUND_WORDS = re.compile(
    r"\b(?:(over|above|more than|greater than|older than)"
    r"|(under|below|less than|fewer than|younger than)) "
    r"(?=[\d.]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)\b)",
    re.I,
)


def _bound_sign(match: re.Match) -> str:
    return "> " if match.group(1) else "< "


def bound_signs(text: str) -> str:
    """``text`` with its bounds written in words as signs: "adult over 50 kg" is "adult >
    50 kg"."""
    return _BOUND_WORDS.sub(_bound_sign, text)


#: A prefix joined to its word by a hyphen is written either way: "intra-ocular" /
#: "intraocular", "e-mail" / "email", "multi-factor" / "multifactor" (not "re-": "re-sign"
#: is not "resign", nor "non-", which turns a word into its opposite). So is a stop word
#: that starts a compound, which is a word there: "on-call" / "oncall", "by-product" /
#: "byproduct"; the "on-reading" of a kanji is not its "reading" (not "just-in-time").
_PREFIX_HYPHEN = re.compile(
    r"\b(intra|inter|extra|multi|micro|semi|anti|post|pre|sub|super|hyper|hypo|e)-(?=[a-z])"
    r"|(?<![\w-])(on|in|by|off)-(?=[a-z])"
)


def _joined_prefix(match: re.Match) -> str:
    return match.group(1) or match.group(2)


#: One of those words glued to the next by an apostrophe, as romanised Japanese writes
#: one ("on'yomi", a kanji's Chinese reading): no stop word either ("on'yomi" is not
#: "kun'yomi" without "kun"). Not a contraction's ending ("'s", "'ll").
_PREFIX_APOSTROPHE = re.compile(r"(?<![\w'’-])(on|in|by|off)['’](?=[a-z]{3})")


#: A setting's name written with its "=" ("`KillMode=`", "RestartSec="): the name, as a
#: word of its own (not "x=5", "a == b", "+=").
_SETTING_EQUALS = re.compile(r"(?<=[a-z])=(?![\w=])")

#: An "=" between two operands with no space: "E=mc^2" as "E = mc^2" (not "==", "<=",
#: "+=", "!=", nor a setting's "KillMode=": ``_SETTING_EQUALS`` came first).
_GLUED_EQUALS = re.compile(r"(?<=[^\s=!<>+\-*/%&|^~:])=(?=[^\s=])")
#: A letter's power written with "^": "mc^2" as "mc²" (which folds to "mc2"); not a
#: number's ("10^3" is no "103").
_LETTER_POWER = re.compile(r"(?<=[a-z])\^(?=\d\b)")

#: A time of day's hour written with a leading zero: "08:30", "09:00:15".
_CLOCK_ZERO = re.compile(r"(?<![\d:.])0(\d:\d\d)(?!\d)")


#: A word holding a letter only Turkish (and Azerbaijani) write, "ı", "İ" or "ğ": its
#: capital "I" is the dotless "ı" ("IĞDIR" is "ığdır", as "Iğdır" is), not "i" as in
#: English. ("ş" is left out: Romanian writes it too, with "I" for "i": "IAŞI", "Iaşi".)
_TURKISH_WORD = re.compile(r"\w*[ıİğĞ]\w*")


def _turkish_cased(match: re.Match) -> str:
    return match.group().replace("I", "ı").replace("İ", "i")


#: A currency's code or name before or after an amount, and its sign.
_CURRENCY_SIGNS = {"usd": "$", "dollar": "$", "eur": "€", "euro": "€", "gbp": "£", "jpy": "¥"}
_CODE_BEFORE = re.compile(r"\b(usd|eur|gbp|jpy)\s?(?=\d)")
_CODE_AFTER = re.compile(r"(?<![\w.$€£¥])(\d+(?:\.\d+)?)\s?(usd|eur|gbp|jpy|dollar|euro)s?\b")


def _amounts_signed(folded: str) -> str:
    """An amount's currency written as its sign: "usd 100", "100 usd" and "100 dollars"
    are "$100", "100 eur" is "€100"."""
    folded = _CODE_BEFORE.sub(lambda found: _CURRENCY_SIGNS[found.group(1)], folded)
    return _CODE_AFTER.sub(lambda found: _CURRENCY_SIGNS[found.group(2)] + found.group(1), folded)


#: "in UK terms", "in Homebrew terms", "in layman's terms": the words before "terms"
#: say whose words are meant, and "terms" adds nothing ("In UK terms, what is a US double
#: crochet?" asks "In the UK, what is ...?"). Not "in terms of": a measure follows.
_IN_TERMS = re.compile(r"\b(in (?:the )?[\w'’-]+(?: [\w'’-]+)?) terms\b(?! of\b)")


#: A scale's degrees in words: "20 degrees Celsius" is "20 °C" (Kelvin has no degrees),
#: "500 degrees Rankine" "500 °R", "12 degrees Plato" "12 °P" and "15 degrees Brix"
#: "15 °Bx" (sugar in a liquid).
_DEGREES_NAMED = re.compile(
    r"\bdeg(?:ree)?s?\.? (?:(c)(?:elsius|entigrade)|(f)ahrenheit|(r)ankine|(p)lato|(b)ri(x))\b"
)


#: An acronym's plural, a lower-case "s" after its capitals: "CDs" are "CD"s, "APIs" "API"s
#: (not a protocol over TLS typed so, "HTTPs": ``_acronym_singular``).
_ACRONYM_PLURAL = re.compile(r"(?<![\w.'’-])([A-Z]{2,})s\b(?![.'’-]\w)")


def _acronym_singular(match: re.Match) -> str:
    word = match.group(0).casefold()
    return match.group(0) if word in _SECURE_PROTOCOLS or word in _TLS_NAMES else match.group(1)


#: Protocols over TLS that no stemmer shortens ("https" keeps its "s", having no vowel).
_TLS_NAMES = frozenset("https ftps smtps wss".split())


def _fold_words(text: str) -> str:
    if ("I" in text or "İ" in text) and not text.isascii():
        text = _TURKISH_WORD.sub(_turkish_cased, text)
    if "s" in text and not text.islower():  # the acronym's capitals: none in small letters
        text = _ACRONYM_PLURAL.sub(_acronym_singular, text)
    text = text.casefold()
    if "deg" in text and _DEGREES_NAMED.search(text) is not None:
        text = _DEGREES_NAMED.sub(lambda found: "°" + "".join(found.groups("")), text)
    if ("×" in text or "x" in text or "by" in text) and _DIMENSIONS.search(text) is not None:
        text = _DIMENSIONS.sub(r"\1x\2", text)  # "3 × 5 matrix" is "3x5 matrix"
    if _DIGIT_SPACE_DIGITS.search(text) is not None:  # "1:25 000": its thousands spaced
        # (before a unit glued to a number comes apart: "5 200m heats" stays two numbers)
        text = _SPACED_THOUSANDS.sub(lambda found: found[0].replace(" ", ""), text)
    if _DIGIT_LETTER.search(text) is not None:  # most texts have none: no substitution
        text = _GLUED_UNIT.sub(_apart, text)
    if "reference interval" in text:  # a lab's "reference interval" is its "reference range"
        text = text.replace("reference interval", "reference range")
    if "named for " in text:  # "named for Haskell Curry" is "named after Haskell Curry"
        text = text.replace("named for ", "named after ")
    if "clockwise" in text:  # British "anticlockwise" is American "counterclockwise"
        text = _ANTICLOCKWISE.sub("counter clockwise", text)
    if (
        "art." in text or "sec." in text or "ch." in text or "vol." in text or "para." in text
    ) and _NUMBERED_PART.search(text) is not None:
        text = _NUMBERED_PART.sub(_part_spelt_out, text)  # "Art. I" is "Article I"
    if "s." in text or "§" in text:
        text = _sections_spelt_out(text)  # "s. 1", "§ 1" are "section 1"
    if "," in text:
        text = _THOUSANDS.sub("", text)
    if "usd" in text or "eur" in text or "gbp" in text or "jpy" in text or "dollar" in text:
        text = _amounts_signed(text)  # "USD 100", "100 dollars" are "$100"
    if "ver " in text or "bove " in text or "nder " in text or "elow " in text or "than " in text:
        text = bound_signs(text)  # "over 50 kg" is "> 50 kg"
    if ":" in text:
        text = _CLOCK_ZERO.sub(r"\1", text)  # "08:30" is "8:30"
    if "=" in text:
        text = _SETTING_EQUALS.sub("", text)  # "Default KillMode=?" asks "Default KillMode?"
        text = _GLUED_EQUALS.sub(" = ", text)  # "E=mc^2" is "E = mc^2"
    if "^" in text:
        text = _LETTER_POWER.sub("", text)  # "mc^2" is "mc²", folded "mc2"
    if "-" in text:
        text = _PREFIX_HYPHEN.sub(_joined_prefix, _MINUS.sub("−", text))  # "intraocular"
    if "'" in text or "’" in text:
        text = _APOSTROPHE_S.sub("", _IS.sub(r"\1 is", _NOT.sub(" not", text)))
        text = _PREFIX_APOSTROPHE.sub(r"\1", text)  # "on'yomi" is "onyomi", as "on-yomi"
    if "!" in text:
        text = _BANG.sub("¬", text)
    if "terms" in text:  # "in UK terms" is "in the UK"
        text = _IN_TERMS.sub(r"\1", text)
    if "lack" in text:  # "lacks a nucleus" is "does not have a nucleus"
        text = _LACK_VERB.sub("not", text)
    if ("per" in text or "pct" in text) and _WORDED_PERCENT.search(text) is not None:
        text = _WORDED_PERCENT.sub("%", text)  # "100 percent" is "100%"
    if "%" in text:
        text = _SPACED_PERCENT.sub("%", text)  # "100 %" is "100%"
    if "/" in text and " " in text:  # "3 / 4" is "3/4", one value (a time signature)
        text = slash_unspaced(text)
    if " / " in text:  # "a / b" divides as "a ÷ b" does: an operator, not a word
        text = text.replace(" / ", " ")
    if text.isascii():
        text = text.encode().translate(_ASCII_PUNCT).decode()
    else:
        if "−" in text:  # a minus sign between words is the dash "a - b" folds away
            text = _OPERATOR_MINUS.sub(" ", text)
        if "≤" in text or "≥" in text:  # a bound's side: "≤ 5 mg" is "<= 5 mg", not "5 mg"
            text = text.replace("≤", "<=").replace("≥", ">=")
        text = _PUNCT.sub(_space_unless_mark, text.translate(_ACCIDENTALS))
        if "§" in text or "¶" in text:  # a word of its own: "§242" is "§ 242"
            text = text.replace("§", " § ").replace("¶", " ¶ ")
        if "∫" in text:  # "∫ sin x dx" asks for the integral of sin x
            text = _INTEGRAL.sub(r" integral \1 ", text).replace("∫", " integral ")
    return " ".join(text.split())


def fold_code(code: str) -> str:
    """Code compared as written, only runs of white space folded, a statement's final
    semicolon left out (``SELECT @@VERSION;`` is ``SELECT @@VERSION``), so is the full
    stop that ends an Erlang or Prolog expression after its closing bracket (``q().`` is
    ``q()``), and key combinations written one way (``Alt + =`` is ``Alt+=``: see
    ``_shortcuts``)."""
    folded = " ".join(_shortcuts(code).split())
    folded = _FINAL_FULL_STOP.sub(r"\1", folded)
    return folded.rstrip(";").rstrip() or folded  # Vim's ";" stays


#: A full stop after a closing bracket at the end of code: ``q().``, ``ok = f(X).``.
_FINAL_FULL_STOP = re.compile(r"([)\]}])\.$")


# Function words, question words and fillers: they never decide what a card asks.
# "to" and "from" are not among them: transfer *to* the internet is not *from* it.
FUNCTION_WORDS = frozenset(
    """
    a an the of for in into onto on at by with as is are was were be been being
    am do does did done can could should would will shall may might must what which who
    whom whose when where why how that this these those it its there their they them
    you your we our i me my he she his her and or but if then than so such also just
    have has had having get gets got use used using uses via
    """.split()
)
#: Stop words that are words of their own, chosen by the writer: one of them is all that
#: parts two answers to one question ("that two terms are equal" / "... exactly equal",
#: Erlang's ``==`` and ``=:=``) only when the writer meant two answers.
CHOSEN_STOPWORDS = frozenset(
    """
    able please exactly single given actually really typical typically usual usually basically
    normally generally commonly
    offer offers provide provides happen happens mean means meaning purpose describe
    explain define definition called tell run runs running effect give gives
    """.split()
)
STOPWORDS = FUNCTION_WORDS | CHOSEN_STOPWORDS


def chosen_stopwords_apart(a: str, b: str) -> bool:
    """Two folded answers whose words differ by stop words only, one of them chosen
    (``CHOSEN_STOPWORDS``): "that two terms are equal" / "that two terms are exactly
    equal" are two answers; "the median" / "median" (``FUNCTION_WORDS`` only) one, and so
    are "exactly 2" / "2" (a word before a number qualifies it: the quantities judge)."""
    words_a, words_b = a.split(), b.split()
    apart = set(words_a) ^ set(words_b)
    apart -= _qualifying_a_number(words_a) | _qualifying_a_number(words_b)
    chosen = apart - FUNCTION_WORDS
    return bool(chosen) and chosen <= CHOSEN_STOPWORDS


def _qualifying_a_number(words: list[str]) -> set[str]:
    """The chosen stop words of ``words`` that stand before a number wherever they stand
    ("exactly 3 times")."""
    after = dict.fromkeys(words, True)
    for word, following in zip(words, [*words[1:], ""], strict=True):
        after[word] = after[word] and word in CHOSEN_STOPWORDS and _a_number_word(following)
    return {word for word, qualifying in after.items() if qualifying}


def _a_number_word(word: str) -> bool:
    return word[:1].isdigit() or word in _NUMBER_WORDS or word in ("one", "zero")


#: Words that never fall away: they turn a fact into its opposite or a sibling.
NEGATIONS = frozenset("not no without non never cannot except neither nor none unless only".split())

#: Short forms and their spelled-out words (and near-synonyms), each folded to the first.
ABBREVIATIONS = {
    "derivative": "derivatives d/dx",  # "d/dx cos x" is the derivative of cos x
    "max": "maximum maximal largest biggest highest most longest",
    "min": "minimum minimal smallest lowest fewest least shortest",
    "config": "configuration configure configured configuring setting settings conf cfg",
    "db": "database databases",
    "auth": "authentication authenticate authorization authorisation authorize",
    "repo": "repository repositories",
    "dir": "directory directories folder folders",
    "env": "environment environments",
    "info": "information",
    # a lab's sexes: "in adult men" is "adult males" (not "man": the Unix manual)
    "hb": "hemoglobin haemoglobin",  # "Hb, adult male" is "Haemoglobin, adult male"
    "male": "men males",
    "female": "women females",
    "app": "application applications",
    "admin": "administrator administration",
    "pkg": "package packages",
    "msg": "message messages",
    "param": "parameter parameters",
    "arg": "argument arguments",
    "var": "variable variables",
    "conn": "connection connections",
    "mem": "memory",
    "perf": "performance",
    "spec": "specification",
    "doc": "documentation docs",
    "lib": "library libraries",
    "dest": "destination",
    "src": "source",
    "ver": "version versions",
    "len": "length",
    "id": "identifier identifiers",
    "k8s": "kubernetes",
    "pg": "postgres postgresql",
    "tx": "transaction transactions txn",
    "prod": "production",
    "dev": "development",
    "cert": "certificate certificates",
    "addr": "address addresses",
    "proc": "process processes",
    "char": "character characters chars",
    "num": "number numbers many",  # "How many moons" asks what "Number of moons" asks
    "ms": "millisecond milliseconds",
    "second": "seconds secs sec",
    "minute": "minutes mins",
    "hour": "hours hrs",
    "km": "kilometre kilometres kilometer kilometers",
    "cm": "centimetre centimetres centimeter centimeters",
    "mm": "millimetre millimetres millimeter millimeters",
    "kg": "kilogram kilograms",
    "mg": "milligram milligrams",
    "ml": "millilitre millilitres milliliter milliliters",
    "m": "metre metres meter meters",
    "v": "volt volts",
    "w": "watt watts",
    "hz": "hertz",
    "ft": "foot feet",
    "veg": "vegetable vegetables",  # "*veg*-tan leather" / "*vegetable*-tanned leather"
    "oz": "ounce ounces",  # "8 *oz* leather" / "8-*ounce* leather" (and "fl oz")
    "kb": "kilobyte kilobytes",
    "mb": "megabyte megabytes",
    "gb": "gigabyte gigabytes",
    "tb": "terabyte terabytes",
    "kib": "kibibyte kibibytes",
    "mib": "mebibyte mebibytes",
    "gib": "gibibyte gibibytes",
    "tib": "tebibyte tebibytes",
    "make": "create creates created creation creations generate generates generated synthesis"
    " synthesize"
    " synthesizes synthesized synthesise synthesises synthesised"
    " establish establishes established establishing",
    "latest": "newest",
    "start": "begin begins began begun beginning starts started starting",
    "add": "added adds introduce introduced introduces appear appeared appears",
    "dict": "dictionary dictionaries",
    "int": "integer integers ints",  # a type's name: "an int to a string"
    "bool": "boolean booleans bools",
    "remove": "delete deletes deleted",
    "show": "display displays print prints",
    "write": "wrote written writes author authors authored",
    "esc": "escape",
    "avg": "average averages",
    "approx": "approximate approximately",  # "Energy (approx.)" / "Approximate energy"
    "dose": "doses dosage dosages",
    "govt": "government governments",
    "dept": "department departments",
    "mt": "mount",  # a mountain's name: "Mt. Etna" is "Mount Etna"
    # two countries' short names ("the United States" stays two words: a place a
    # question may add, "... abolished slavery in the United States?")
    "us": "usa",
    "uk": "britain",
    "temp": "temperature temperatures temps",
    "ohm": "ohms",
    "kilohm": "kilohms kiloohm kiloohms kohm kohms",
    "megohm": "megohms",
    "ma": "milliamp milliamps milliampere milliamperes",  # "Max CPU temp" (not "temporary": "tmp")
    # a "*cut-off*" is the threshold a value is judged by ("Oliguria *threshold*" / "Oliguria
    # *cut-off*"; "cut-off" as two words reads as one: ``_PHRASES``)
    "threshold": "thresholds cutoff cutoffs",
}

#: Irregular past forms and their verbs, which no stemmer joins ("Where is the pulse
#: *felt*?" / "Where do you *feel* the pulse?"). Not the forms that are other words as
#: often: left, found, bound, ground, wound, saw, rose, fell, bit, lit, led (LED), fed
#: (the Fed), won (the currency), sat (the SAT), spelt, met, shot; nor the forms of stop
#: words (got, gave, said, told, ran, did).
IRREGULAR_VERBS = {
    "feel": "felt",
    "keep": "kept",
    "hold": "held",
    "send": "sent",
    "spend": "spent",
    "build": "built",
    "bring": "brought",
    "think": "thought",
    "catch": "caught",
    "teach": "taught",
    "buy": "bought",
    "sell": "sold",
    "pay": "paid",
    "go": "went gone",
    "come": "came",
    "become": "became",
    "choose": "chose chosen",
    "drive": "drove driven",
    "know": "knew known",
    "grow": "grew grown",
    "throw": "threw thrown",
    "draw": "drew drawn",
    "fly": "flew flown",
    "break": "broke broken",
    "speak": "spoke spoken",
    "steal": "stole stolen",
    "freeze": "froze frozen",
    "rise": "risen arose arisen",
    "fall": "fallen",
    "forget": "forgot forgotten",
    "hide": "hid hidden",
    "eat": "ate eaten",
    "see": "seen",
    "take": "took taken",
    "shake": "shook shaken",
    "wake": "woke woken",
    "wear": "wore worn",
    "tear": "tore torn",
    "sing": "sang sung",
    "ring": "rang rung",
    "drink": "drank drunk",
    "swim": "swam swum",
    "strike": "struck stricken",
    "stand": "stood",
    "understand": "understood",
    "fight": "fought",
    "seek": "sought",
    "lose": "lost",
    "sleep": "slept",
    "sweep": "swept",
    "deal": "dealt",
    "learn": "learnt",
    "burn": "burnt",
    "lay": "laid",
    "hang": "hung",
    "dig": "dug",
    "stick": "stuck",
    "swing": "swung",
    "spin": "spun",
    "sink": "sank sunk",
    "shrink": "shrank shrunk",
    "bend": "bent",
    "weep": "wept",
    "flee": "fled",
    "slide": "slid",
    "forbid": "forbade forbidden",
    "withdraw": "withdrew withdrawn",
    "blow": "blew blown",
    "hear": "heard",
    "bite": "bitten",
    "make": "made",
    "undo": "undid undone",
}

_STEMMER = snowballstemmer.stemmer("english")
if hasattr(_STEMMER, "maxCacheSize"):  # PyStemmer: words are memoised here (``_FORMS``),
    _STEMMER.maxCacheSize = 0  # its own cache of 10,000 words only costs (3x per word)


def _synonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for short, long_forms in ABBREVIATIONS.items():
        canonical = _STEMMER.stemWord(short)
        for word in (short, *long_forms.split()):
            table[word] = canonical
    for short, long_forms in ABBREVIATIONS.items():  # a stem never hides a word: "mins"
        canonical = _STEMMER.stemWord(short)  # stems to "min", which stays "minimum"
        for word in (short, *long_forms.split()):
            table.setdefault(_STEMMER.stemWord(word), canonical)
    return table


#: Numbers and ordinals written in words, compared as digits ("under twelve" / "under 12",
#: "the third shock" / "the 3rd shock"). Not "one", "first" or "second": they are
#: pronouns and units as often as numbers.
_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
_ORDINALS = (
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"  # centuries
).split()
#: Tens, and a tens then a unit: "ninety-five" (folded "ninety five") is "95".
_TENS = {
    word: str(10 * n)
    for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_UNIT_AFTER_TENS = {"one": 1, **{str(n): n for n in range(2, 10)}}
#: A number written in words before one of these is multiplied by it: "two hundred" is
#: 200, "twenty thousand" 20000 ("hundreds of" and a lone "thousand" stay words).
_MULTIPLIER_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def _multiplied(word: str, previous: str, words: list[str]) -> str | None:
    """The number a multiplier ``word`` makes with the word written before it
    (``previous``; ``words``: the content words so far), or None when that is no number:
    "a hundred" 100, "one hundred" 100, "twenty thousand" 20000, "5 million" 5000000."""
    factor = _MULTIPLIER_WORDS[word]
    if previous == "a" or (previous == "one" and words[-1:] in (["one"], ["1"])):
        return str(factor)
    last = words[-1] if words else ""
    if last.isdigit() and (previous == last or previous in _NUMBERS):
        return str(int(last) * factor)
    return None


_NUMBERS = {
    "zero": "0",  # "ECOG status *zero*" / "ECOG status *0*", "*zero* Kelvin" / "0 K"
    **_TENS,
    **{word: str(n) for n, word in enumerate(_NUMBER_WORDS, start=2)},
    **{word: f"{n}{'rd' if n == 3 else 'th'}" for n, word in enumerate(_ORDINALS, start=3)},
}

#: Roman numerals as ordinals: "World War II" is the "Second World War", "Henry VIII"
#: "Henry the Eighth", "Louis XIV" "Louis the Fourteenth". "I" is one only where it is
#: kept (``capital_stopwords``); "V" and "X" stand for too much else (volts, a
#: variable), and so do "XX" (chromosomes) and "XL" (a size).
_ROMAN = {
    "i": "first",
    "ii": "second",
    **{
        roman: _NUMBERS[ordinal]
        for roman, ordinal in zip(
            "iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix".split(),
            "third fourth sixth seventh eighth ninth eleventh twelfth thirteenth fourteenth "
            "fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
            strict=True,
        )
    },
}


def _irregular_table(synonyms: dict[str, str]) -> dict[str, str]:
    """Each irregular form -> its verb's form (``felt`` -> ``feel``; ``made`` -> what
    ``make`` is compared as)."""
    table = {}
    for verb, forms in IRREGULAR_VERBS.items():
        stem = _STEMMER.stemWord(verb)
        canonical = synonyms.get(verb) or synonyms.get(stem) or stem
        for form in forms.split():
            table.setdefault(form, canonical)
            table.setdefault(_STEMMER.stemWord(form), canonical)
    return table


#: "1st" and "2nd" are ordinals only, so they are the words "first" and "second" (which
#: stay words: ``_NUMBER_WORDS``); "the 1st dan" is "the first dan".
_FIRST_ORDINALS = {"1st": "first", "2nd": "second"}

#: A word or its stem -> the form it is compared as.
SYNONYMS = {**_synonym_table(), **_NUMBERS, **_ROMAN, **_FIRST_ORDINALS}
SYNONYMS = {**_irregular_table(SYNONYMS), **SYNONYMS}
#: Participles of generic nouns ("number", "count", "value") that describe a thing rather
#: than ask an amount: a "*numbered* list" is no "number of" anything, and a "bulleted
#: list" asks another thing than it. Kept as written, never the generic word.
_MARKED_PARTICIPLES = frozenset({"numbered", "counted", "valued"})
#: Irregular forms that are their own stem ("rang", "spoke", "felt"): read as their verb
#: only when written so, never as the stem of another word ("range" stems to "rang",
#: "spokes" to "spoke").
_IRREGULAR_AS_WRITTEN = frozenset(
    form
    for forms in IRREGULAR_VERBS.values()
    for form in forms.split()
    if _STEMMER.stemWord(form) == form
)

#: Words card writers use for one another in prompts, but not always: compared as one
#: only by the looser layer 3 of the fact checks (a ``similar-fact`` warning, never an
#: error), and only in prompts. "Which amendment *ended* slavery?" asks what "... *abolished*
#: slavery?" asks, but "end" is also a noun ("the end of the file"). Never a pair of
#: opposites or siblings: "upload" / "download", "copy" / "move", "kill" / "terminate",
#: "invent" / "discover" stay apart.
LOOSE_SYNONYMS = {
    # "Where does the race *finish*?" / "... *end*?"
    "abolish": "abolished abolishes abolition end ended ends finish finishes finished",
    "equivalent": "equivalents counterpart counterparts",
    # "Which *tool* of the suite prints ...?" / "Which *program* ...?", "... *utility* ..."
    "program": "programs tool tools utility utilities",
    # "Which signal does gdb *report* ...?" / "Signal gdb *shows* ..." (a tool's output)
    "show": "report reports reported",
    "keep": "keeps retain retains retained retention",  # "kept": IRREGULAR_VERBS
    "people": "person persons human humans",
    "need": "needs needed require requires required",
    "allow": "allows allowed permit permits permitted",
    "fastest": "quickest",
    "earliest": "oldest",
    "buy": "buys purchase purchases purchased",
    "highest": "tallest top",  # "*Top* level of dressage?" / "*Highest* level ...?"
    "known": "famous",
    "whole": "entire",
    "version": "versions release releases",
    # "Which function *adds* to the end of an array?" / "... *appends* to the end ...?"
    "add": "arrive arrives arrived insert inserts inserted append appends appended",
    "newborn": "newborns neonatal neonate neonates",
    "stop": "stops stopped prevent prevents prevented prophylaxis prophylactic",
    "expiry": "expiries expiration expirations",
    "saint": "st",
    "game": "games match matches",
    "optimal": "optimum ideal",
    "typical": "average",
    "explosion": "explosions blast blasts",
    "carry": "carries carried bring brings transport transports transported"
    " transmit transmits transmitted",  # "Which nerve *carries* vision?" / "... *transmits* ..."
    "choose": "chooses pick picks picked select selects selected",
    "verify": "verifies verified validate validates validated",
    "change": "changes changed modify modifies modified alter alters altered",
    "find": "finds locate locates located",
    "retrieve": "retrieves retrieved fetch fetches fetched obtain obtains obtained",
    "large": "big",
    # a peak's or a town's "*elevation*" is its "*height*" ("How high is K2?" / "K2
    # elevation"); not "altitude", which a pilot flies apart from height
    "height": "heights elevation elevations",
    "world": "earth globe global worldwide",  # "Largest volcano *on Earth*?" / "... *in the
    # world*?"; "*Global* mean rainfall?" / "Mean rainfall over the *globe*?"
    "fast": "quick rapid",
    "erase": "erases erased wipe wipes wiped",
    # an organ and its Latin adjective: "Which *renal* hormone ...?" / "Which *kidney*
    # hormone ...?", "*Hepatic* enzyme ..." / "*Liver* enzyme ..."
    "kidney": "kidneys renal",
    "liver": "livers hepatic",
    "heart": "hearts cardiac",
    "lung": "lungs pulmonary",
    "stomach": "stomachs gastric",  # "cells of the *stomach*" / "*gastric* cells"
    "trachea": "tracheas tracheae tracheal",  # "lines the *trachea*" / "*Tracheal* epithelium"
    # "Which acid-base *disturbance* ...?" / "Which acid-base *disorder* ...?"
    "disorder": "disorders disturbance disturbances",
    # "Who *designed* Elixir?" / "Who *created* Elixir?"; "Who *composed* the perfume?";
    # "Who *devised* the cipher?" / "Who *invented* ...?"; "*Creator* of Rails" / "Who
    # *created* Rails?" (not "write": "Who *wrote* the film?" / "Who *made* the film?")
    "make": "produce produces produced synthesize synthesizes synthesized synthesise"
    " synthesises synthesised develop develops developed invent invents invented"
    " design designs designed compose composes composed devise devises devised creator"
    " creators founded founding founder founders designer designers",  # "Who *founded*
    # CBT?" / "Who *developed* CBT?"
    # "Which variable *holds* the error?" / "... *contains* the error?" ("held": IRREGULAR_VERBS)
    "contain": "contains contained include includes included hold holds",
    # "Which operator *concatenates* strings?" / "How do you *join* two strings?"
    "concatenate": "concatenates concatenated concatenating concat join joins joined",
    "current": "modern",
    "type": "types kind kinds",
    # "Minimum *increment* between attempts" / "Minimum *increase* between attempts"
    "increase": "increases increased raise raises raised boost boosts boosted increment increments",
    "start": "launch launches launched",
    "remove": "drop drops dropped",  # "Which rows does dropna *drop*?" / "... *remove*?"
    # "the *final* crewed landing" / "the *last* ..." (not "finale"); "the *latest* (or
    # *most recent*) migration" / "the *last* migration"
    "last": "final latest",
    "moon": "moons lunar",  # an adjective names its noun: "*lunar* surface" / "the *Moon*"
    "sun": "solar",  # "*solar* radius" / "radius of the *Sun*"
    "probability": "probabilities chance chances likelihood",  # "*Chance* of rain?"
    "ratio": "ratios proportions",  # "*Proportions* of the flag?" / "Flag *ratio*?"
    # "Which *immunoglobulin* ...?"; "Which *autoantibody* marks lupus?"
    "antibody": "antibodies immunoglobulin immunoglobulins autoantibody autoantibodies",
    # "Which sign is *characteristic* of X?" / "... the *hallmark* of X?"
    "characteristic": "hallmark hallmarks pathognomonic",  # "... *pathognomonic* of X?"
    "bleed": "bleeds bleeding hemorrhage hemorrhages hemorrhagic",  # "... to prevent
    # *bleeding*?" / "... to prevent *haemorrhagic* disease?" (British spellings fold)
    "quadruple": "quadruples quad",  # "*quad* Lutz" / "*quadruple* Lutz"
    "paracetamol": "acetaminophen",  # one drug's British and American names
    "epinephrine": "adrenaline",  # "IM *epinephrine* dose" / "IM *adrenaline* dose"
    "norepinephrine": "noradrenaline",
    "children": "child pediatric paediatric",  # "*Pediatric* dose" / "Dose for *children*"
    "infant": "infants baby babies",  # "... in preterm *infants*?" / "... in premature *babies*?"
    "premature": "preterm",
    "sequence": "sequences seq seqs",  # "a lazy *seq*" / "a lazy *sequence*"
    "fully": "completely",  # "*fully* impervious" / "*completely* impervious"
    "return": "returns returned result results",  # "What does f(x) *return*?" / "*Result* of f(x)?"
    # "Save *every* buffer" / "Save *all* buffers" (not "each": "$5 *each*" is a price)
    "all": "every",
    # "*Roll back* the last migration" / "*Undo* ..." ("roll back" is "rollback"; not
    # "revert": Git reverts a commit with a new commit)
    "undo": "undoes rollback rollbacks",
    "rear": "behind",  # "rejects sound from *behind*" / "... from the *rear*"
    "old": "outdated",  # "Remove *old* versions" / "Delete *outdated* versions"
    # "*Quit* the Erlang shell" / "How do you *leave* the shell?" / "*Exit* the REPL"
    "quit": "quits exit exits leave leaves",
    "open": "opens opened inaugurate inaugurates inaugurated",  # "the emperor who *opened* /
    # *inaugurated* the Colosseum"
    # "What *smell* is linked to cyanide?" / "Which *odour* ...?"; "main *aroma* compound
    # of vanilla" / "... gives vanilla its *smell*"
    "smell": "smells odour odours odor odors aroma aromas scent scents",
    "connected": "attached",  # "on a *connected* device" / "on the *attached* device"
    # "Where is iron *mainly* absorbed?" / "... *chiefly* absorbed?"
    "mainly": "chiefly primarily principally predominantly",
    "official": "regulation",  # "an *official* ball" / "a *regulation* ball"
    # "the rescue *agent* for methotrexate" / "the rescue *drug* for ..."; "*Drug* of
    # choice for X" / "First-line *treatment* for X" (a warning: the treatment of choice
    # may be an operation, not the drug of choice)
    "drug": "drugs agent agents medication medications treatment treatments therapy therapies",
    # "Handball court *size*" / "Playing court *dimensions*"
    "size": "sizes dimension dimensions",
    # "Which *organism* causes pertussis?" / "Which *bacterium* causes whooping cough?"
    "organism": "organisms microorganism microorganisms microbe microbes pathogen pathogens"
    " bacterium bacteria",
    # "What nerve *supplies* the diaphragm?" / "Which nerve *innervates* the diaphragm?"
    "supply": "supplies supplied innervate innervates innervated",
    # "Which gene is *mutated* in cystic fibrosis?" / "What gene is *defective* in ...?"
    "mutated": "defective faulty",
    # "Players per *side* on court" / "Players per *team* on court"
    "team": "teams side sides",
    "only": "sole",  # "the *only* abductor" / "the *sole* abductor"
    # a jaw and its Latin adjective: "*upper* first molar" / "*maxillary* first molar"
    "upper": "maxillary",
    "lower": "mandibular",
    # a noun and its adjective: "What does the *central* web of a came ...?" / "the
    # *centre* part ...", "Which nerve carries *vision*?" / "... *visual* information?"
    "center": "central",
    "vision": "visual",
    "body": "somatic",  # "a human *body* cell" / "a human *somatic* cell"
    # "*independent* elementary items" / "a *standalone* elementary item"
    "independent": "standalone",
    # "When was Caesar *killed*?" / "Year Caesar was *assassinated*", "Who *killed* Baldr?" /
    # "Baldr was *slain* by whom?" (not "terminate": a program's process is killed)
    "kill": "kills killed slay slays slew slain assassinate assassinates assassinated"
    " murder murders murdered",
    # "Which hormone surge *triggers* ovulation?" / "... *causes* ovulation?"
    "cause": "causes caused trigger triggers triggered",
    # "pin priority from a *normal* repository" / "... from an *ordinary* repository"
    "normal": "ordinary",
    # a verb and its noun: "Year Monet *died*" / "Monet's *death*", "When was X *born*?" /
    # "X's *birth*"; the noun is the group's word, so "death cap" stays itself
    "death": "deaths die dies died",
    "birth": "births born",
    # "What is a gammon *worth*?" asks its "*value*" ("Gammon value?")
    "value": "worth",
    # a place or a thing taken by force: "When did the crusaders *take* Jerusalem?" / "...
    # *capture* Jerusalem?", "Which sultan *conquered* Constantinople?" / "Constantinople
    # was *taken* by which sultan?", "... *seized* the fort?" ("took back": ``_PHRASES``)
    "capture": "captures captured capturing seize seizes seized seizing conquer conquers"
    " conquered conquering take takes taking",
    # ... and taken again: "Who *recaptured* Jerusalem?" / "Who *retook* ...?", "... *regained*
    # ...?", "... *took* Jerusalem *back*?" (``_PHRASES``: "retook")
    "recapture": "recaptures recaptured recapturing retake retakes retook retaken retaking"
    " regain regains regained regaining reconquer reconquers reconquered reconquering",
}


#: Forms of ``LOOSE_SYNONYMS`` whose stem words of another meaning share: read as their
#: group's word only where a prompt writes one of them, never by stem. "completely" is
#: "fully", "completed" and "completion" are not ("When was the Hagia Sophia
#: *completed*?"); "founded" is "made", "found" (of "find") is not; "hepatic" is "liver",
#: "hepatitis" is not; and "develop" ("development", "dev"), "design" ("designated"),
#: "person" ("personal"), "human" ("humanities"), "hold" ("held": "Where were the Games
#: *held*?"), "match" ("matching"),
#: "append" ("appendicitis"), "transport" ("transporter"), "select" ("selective"),
#: "validate" ("valid"), "modify" ("modifier"), "locate" ("location"), "elevation"
#: ("elevated"), "earth" ("earthing"), "disturbance" ("disturbed"), "kind" ("kindness"),
#: "increment" ("incremental"), "final" ("finals", "finally", "finale"), "proportions"
#: ("proportion of"), "quad" ("quads"), "result" ("resulting"), "attached"
#: ("attachment"), "principally" ("principal"), "regulation" ("regulator"),
#: "medication" ("medical"), "defective" ("defect"), "faulty" ("fault"), "side"
#: ("one-sided"), "central" ("centralized"), "visual" ("visualize"), "slew" ("slewing"),
#: "born" ("borne"), "worth" ("worthy"), "retain" ("retainer"), "utility" ("utilize"),
#: "report" ("reporter"). Not "release" ("released") nor "end" ("ending"): a form of the
#: same word, which a prompt that writes it would read apart from one that writes the form
#: listed ("Elasticsearch *release* year" / "When was Elasticsearch *released*?").
LOOSE_AS_WRITTEN = frozenset(
    """completely founded founding founder founders develop develops developed design
    designs designed designer designers person persons human humans hold
    holds match matches append appends appended transport transports transported select
    selects selected validate validates validated modify modifies modified locate locates
    located elevation elevations earth hepatic disturbance disturbances kind kinds
    increment increments final proportions quad result results attached principally
    regulation medication medications defective faulty side sides central visual slew
    born worth retain retains retained utility utilities report reports reported""".split()
)
#: Forms of ``LOOSE_SYNONYMS`` read as their group's word only in the sense a prompt's
#: words around them give: "take" is "capture" with a name for its object ("Which sultan
#: *took* Constantinople?", "... *take* the frigate Chesapeake?", "... *took* the island
#: of Minorca?") or with a name taken ("Constantinople was *taken* ..."), not "How many
#: bytes does € *take*?", "How long does light *take* ...?", "... take the train to
#: Paris", "... a patient *taking* MAOIs" (an acronym is no place).
_LOOSE_SENSES = {
    "take": re.compile(
        r"\b(?:take|takes|taking|took)\s+(?:the\s+(?:(?!(?:to|from|in|into|at|on|for|by|with)\b)"
        r"[a-z]+\s+)?(?:of\s+)?)?[A-Z][a-z]|\b[A-Z][a-z][\w-]*\s+(?:was|were)\s+taken\b"
    )
}


def _loose_table() -> dict[str, str]:
    """Each form's comparison form (``stem``) -> its group's first word's. The prompts'
    reading (layer 3) leaves out the stems of ``LOOSE_GUARDED`` and reads them there only
    where a prompt's text says so."""
    table: dict[str, str] = {}
    for first, others in LOOSE_SYNONYMS.items():
        canonical = stem(first)
        for word in (first, *others.split()):
            if stem(word) != canonical:
                table[stem(word)] = canonical
    return table


#: A word's edges in a prompt's text, an underscore's side too ("SQLITE_MAX_ATTACHED").
_EDGE, _AFTER = r"(?<![^\W_])", r"(?![^\W_])"


def _loose_guarded() -> dict[str, tuple[str, re.Pattern[str]]]:
    """The stems of ``LOOSE_AS_WRITTEN`` and ``_LOOSE_SENSES`` -> their group's first
    word's stem and the pattern a prompt's text must match for that reading: one of the
    forms as written, or the sense's context."""
    forms: dict[str, tuple[str, list[str]]] = {}
    for first, others in LOOSE_SYNONYMS.items():
        canonical = stem(first)
        for word in others.split():
            if word in LOOSE_AS_WRITTEN and stem(word) != canonical:
                forms.setdefault(stem(word), (canonical, []))[1].append(word)
    guarded = {
        stemmed: (canonical, re.compile(rf"(?i){_EDGE}(?:{'|'.join(sorted(written))}){_AFTER}"))
        for stemmed, (canonical, written) in forms.items()
    }
    for stemmed, pattern in _LOOSE_SENSES.items():
        meant = next(
            stem(first)
            for first, others in LOOSE_SYNONYMS.items()
            if any(stem(word) == stemmed for word in others.split())
        )
        guarded[stemmed] = (meant, pattern)
    return guarded


def _loose_written() -> dict[str, str]:
    """Each form of ``LOOSE_SYNONYMS`` as written -> its group's first word's comparison
    form, for the forms that ``LOOSE`` reads as that word ("launched" -> "start")."""
    return {
        word: stem(first)
        for first, others in LOOSE_SYNONYMS.items()
        for word in others.split()
        if stem(word) != stem(first)
    }


#: What a clinician chooses among: "first-line *drug*", "*treatment* of choice".
_TREATMENTS = r"(?:drug|treatment|therapy|agent|medication|antibiotic|management)s?"


#: Superlatives in "-est" that card writers also write with "most" (``_PHRASES``): only
#: "commonest", which "most common" says as often. Not "strongest", "rarest", ...: "most"
#: is "max", which "longest" and "largest" are too ("Strongest bone?" / "Longest bone?"
#: stay apart).
_SUPERLATIVES = {"commonest": "most common"}


#: The verbs of "take back", "win back", "get back" (``_PHRASES``).
_TAKE_BACK_VERBS = (
    r"(?:take|takes|took|taken|taking|win|wins|won|winning|get|gets|got|gotten|getting)"
)


#: Phrases that say one thing, written as their one word, in prompts (layers 2 and 3):
#: "go extinct" / "die out", "travels through" / "passes through" (a wave, a signal),
#: "most recent" / "latest", "z-score" / "z value".
_PHRASES = (
    (re.compile(r"\b(?:go|goes|went|gone|going|became|become|becomes) extinct\b"), "extinct"),
    (re.compile(r"\b(?:die|dies|died|dying) out\b"), "extinct"),
    (
        re.compile(
            r"\b(?:pass|passes|passed|passing|travel|travels|travelled|traveled|travelling"
            r"|traveling|propagate|propagates|propagated|propagating) through\b"
        ),
        "travel through",
    ),
    (re.compile(r"\bmost recent\b"), "latest"),
    # "Which colour *comes after* straw?" asks what "Which colour *follows* straw?" asks
    (re.compile(r"\b(?:come|comes|came|coming) (?:right |just |directly )?after\b"), "follows"),
    # a drug's "*site of action*" is where it "*acts*" ("Site of action of furosemide" /
    # "Where does furosemide act?")
    (re.compile(r"\b(?:main |primary )?sites? of action(?: of)?\b"), "where act"),
    # the noun "*cut-off*" (folded "cut off") is one word, "cutoff", a threshold; not the
    # verb after "is" ("is cut off") nor before its object ("cut off the supply", "cut off
    # from"; the verb elsewhere, "When is the supply cut off?", is read as the noun)
    (
        re.compile(
            r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bget )"
            r"\bcut off(s?)\b(?! (?:the|a|an|from|by|his|her|their|its|your|my|our|it|them)\b)"
        ),
        r"cutoff\1",
    ),
    # "What is capacitance *measured in*?", "Capacitance is *measured in*?" ask its
    # "unit" ("*Unit* of capacitance"); not "measured in the arm", a place
    (re.compile(r"\bmeasured in(?= what\b| which\b|$)"), "unit"),
    # "*How many calories* does a banana have?", "*Calories in* a banana" ask its energy
    (re.compile(r"\bhow many (?:k(?:ilo)?)?cal(?:orie)?s\b"), "energy"),
    (re.compile(r"\b(?:k(?:ilo)?)?cal(?:orie)?s (in|of|from|per)\b"), r"energy \1"),
    # a setting's or a property's "initial value" is its "default value" (CSS's word),
    # the property's name between them or not ("*Initial* stroke-width *value*")
    (re.compile(r"\binitial ((?:[a-z][\w-]* ){0,2})(value|setting)s?\b"), r"default \1\2"),
    # "What does IBU *stand for*?" asks what "What is IBU *short for*?" and "What does
    # IBU *mean*?" ask (and "mean" is no word the checks compare)
    (re.compile(r"\b(?:stand|stands|stood|short) for\b"), "mean"),
    # "Tamsulosin *belongs to* which class?", "Which family does the tomato *belong to*?"
    # ask what "... *is in* which class?" asks: a member's class, family or group
    (re.compile(r"\b(?:belongs|belonged) to (?=which\b|what\b)"), "is in "),
    (re.compile(r"\b(does|do|did)\b(.*?)\bbelong to\b"), r"\1\2is in"),
    # "What is a Negroni *made of*?" asks its "ingredients", as "What *goes in* a
    # Negroni?" and "Ingredients of a Negroni" do (not "make from": "What does the skin
    # make from sunlight?" asks what it makes)
    (
        re.compile(
            r"\b(?:made (?:up )?(?:of|from|with)|(?:composed|comprised) of"
            r"|consists? of|(?:go|goes) in(?:to)?|derived from)\b"
        ),
        "ingredients",
    ),
    # a superlative in "-est" is "most" and its adjective: "the *commonest* cause of X" /
    # "the *most common* cause of X" (``_SUPERLATIVES``)
    (re.compile(rf"\b({'|'.join(_SUPERLATIVES)})\b"), lambda found: _SUPERLATIVES[found[1]]),
    # "Invoke a function *from the command line*" asks what "... from the CLI" asks
    (re.compile(r"\bcommand line(?: interface)?\b"), "cli"),
    (re.compile(r"\bz score\b"), "z value"),  # the standard score: "critical z value"
    # "Who is *credited with* inventing X?" asks who invented it: "with" there brings no
    # condition ("max throughput *with* batching")
    (re.compile(r"\b(?:is |are |was |were )?credited with\b"), ""),
    # a treatment "of choice" is the "first-line" one ("Drug of choice for X" / "First-line
    # drug for X"); not "the first line of a file"
    (re.compile(rf"\bfirst line ({_TREATMENTS})\b"), r"\1 of choice"),
    # a process's "exit code" is its "exit status" (what the shells' manuals call it)
    (re.compile(r"\bexit (?:code|value)s?\b"), "exit status"),
    # "What do the angles of a triangle *add up to*?" asks their sum
    (re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed) up to\b"), "sum"),
    # ... and what they "*sum to*", the verb's "to" at the question's end ("Alternate
    # angles around a vertex sum to?"), not "the sum to date"
    (re.compile(r"\b(?:sum|sums|summed) to(?= what\b| how much\b|$)"), "sum"),
    # "*Upper limit of* normal eye pressure" is its maximum, so are "Normal eye pressure,
    # *upper limit*" and "QTc *upper limit* (men)"
    (re.compile(r"\bupper (?:limit|bound)(?: (?:of|for)\b)?"), "max"),
    # "*Up to what* size do ureteric stones pass?", "*Up to how many* guests ...?" ask
    # the largest: "*Maximum* size of a stone that passes"
    (re.compile(r"\bup to (?=what\b|how (?:many|much|big|large|long|high|far|wide)\b)"), "max "),
    (re.compile(r"\blower (?:limit|bound)(?: (?:of|for)\b)?"), "min"),
    # "Max dose *per 24 hours*", "*in 24 h*", "*a day*" ask what "Max *daily* dose" asks
    (re.compile(r"\b(?:per|in|every|each|a) (?:24|twenty four) (?:hours?|hrs?|h)\b"), "daily"),
    (re.compile(r"\b(?:a|each|every) day\b"), "daily"),
    # "Which player *may not* block?", "... *is forbidden from* blocking?", "... *is not
    # allowed to* block?", "... *cannot* block?" ask one thing (not "should not": advice)
    (
        re.compile(
            r"\b(?:(?:may|must|can) not|cannot|(?:is|are|was|were) (?:not (?:allowed|permitted)"
            r" to|(?:forbidden|prohibited|banned|barred) (?:from|to)))\b"
        ),
        "not allowed",
    ),
    # "What is the *not-equal* operator?" asks what "Which operator tests *inequality*?"
    # asks ("not equal to" as one word, as "unequal" is)
    (re.compile(r"\b(?:not|un) ?equal(?: to)?\b"), "inequality"),
    # "*How often* does the pain occur?" asks its "*frequency*" ("Pain frequency"); the
    # verb of happening says nothing more
    (
        re.compile(r"\bhow often\b(?:(.*?) (?:occur|occurs|happen|happens|recur|recurs)\b)?"),
        r"frequency\1",
    ),
    # "*How long does* a red blood cell *live*?" asks its "*lifespan*" ("Lifespan of a red
    # blood cell"), as "*How many days do* red blood cells *live*?" does; a muon's mean
    # "*lifetime*" (or "*life span*") is that word too
    (
        re.compile(
            r"\bhow (?:long|many (?:seconds|minutes|hours|days|weeks|months|years))"
            r" (?:do|does|did|can|will|would) (.+?) live\b"
        ),
        r"lifespan \1",
    ),
    (re.compile(r"\blife ?(?:time|span)(s?)\b"), r"lifespan\1"),
    # "Longest *allowed* bucket name" asks what "Longest bucket name" asks
    (
        re.compile(
            r"\b(max|maximum|min|minimum|longest|shortest|largest|smallest|biggest|highest"
            r"|lowest|fewest|most|least|heaviest|lightest|fastest|slowest|oldest|youngest)"
            r" (?:allowed|permitted|permissible|possible|supported)\b"
        ),
        r"\1",
    ),
    # ... and the "Heaviest *legal* golf ball" is the heaviest one allowed: a superlative
    # in "-est" names the largest thing of a kind, "legal" the kind. Not after "minimum"
    # or "maximum": a "Minimum *legal* tread depth" (1.6 mm) is a bound of the law,
    # beside the minimum advised (3 mm)
    (
        re.compile(
            r"\b(longest|shortest|largest|smallest|biggest|highest|lowest|fewest|heaviest"
            r"|lightest|fastest|slowest|oldest|youngest) legal\b"
        ),
        r"\1",
    ),
    # "*Another name for* the Pauli-X gate?", "What is a cuspid *also known as*?" ask
    # what "What is the Pauli-X gate *also called*?" asks (stop words all)
    (
        re.compile(
            r"\b(?:an|the )?(?:other|alternative) names? (?:for|of)\b"
            r"|\b(?:also |commonly |otherwise )?known as\b"
        ),
        "also called",
    ),
    # a species' "*Latin name*" (its "*botanical*" or "*binomial name*", what it is
    # "*called in Latin*") is its "*scientific name*": "Scientific name of the pinworm" /
    # "What is the pinworm's Latin name?"
    (
        re.compile(r"\b(?:latin|botanical|binomial) (name|names)\b|\bcalled in latin\b"),
        lambda found: f"scientific {found[1] or 'name'}",
    ),
    # a substance's "*melting temperature*" is its "*melting point*", so are a "*Curie
    # temperature*" and a "*flash temperature*" those points
    (
        re.compile(r"\b(melting|boiling|freezing|curie|flash|smoke|dew) temperatures?\b"),
        r"\1 point",
    ),
    # "*baby*", "*milk*" and "*deciduous teeth*" are the "*primary teeth*" (not "adult
    # teeth" as "permanent teeth": "How many teeth does an *adult* have?" would lose the
    # word it shares with "Number of *adult* teeth ...", an error now)
    (re.compile(r"\b(?:baby|milk|deciduous) (tooth|teeth)\b"), r"primary \1"),
    # a work's "*premiere*" is its "*first performance*": "Year of the play's *premiere*" /
    # "When was the play *first performed*?" ("premiered" is the verb; not "first shown":
    # a law of physics is first shown, that is proved, by someone)
    (
        re.compile(r"\bfirst (?:performed|performance|staged|screened)\b|\bpremiered\b"),
        "premiere",
    ),
    # a "*Li-ion* cell" is a "*lithium-ion* cell"
    (re.compile(r"\bli ion\b"), "lithium ion"),
    # "Who is the *original author* of curl?" asks who "*created*" it: its "creator" (an
    # author alone is a writer, not always a creator: "Who wrote the film?")
    (re.compile(r"\boriginal (?:author|authors|writer|writers)\b"), "creator"),
    # ... and who "*wrote the original* GNU Emacs", "*wrote the first version of* GDB",
    # "*wrote* ImageMagick *originally*" or "*first wrote*" it asks who "*created*" it:
    # the first writing of a thing is its making (who wrote a thing alone stays apart)
    (
        re.compile(
            r"\b(?:wrote|written|write|writes) (?:the )?(?:original|first version of|first)\b"
            r"|\b(?:originally|first) (?:wrote|written|write|writes)\b"
        ),
        "created",
    ),
    (
        re.compile(r"\b(?:wrote|written|write|writes) ((?:\w+ ){0,3}\w+) originally$"),
        r"created \1",
    ),
    # "Who *came up with* the theory?", "Who *put forward* the theory?" ask who
    # "*proposed*" it (a thesaurus's "come up with": propose, suggest, put forward)
    (
        re.compile(
            r"\b(?:come|comes|came|coming) up with\b"
            r"|\b(?:put|puts|putting) forward\b(?! (?:the|a|an) (?:clock|clocks|time|date)\b)"
        ),
        "proposed",
    ),
    # "*roll back* a release" asks for its "*rollback*": one word written as two
    (re.compile(r"\b(?:roll|rolls|rolled|rolling) back\b"), "rollback"),
    # "Where did the 1936 Olympics *take place*?" asks where they were "*held*"
    (re.compile(r"\b(?:take|takes|took|taken|taking) place\b"), "held"),
    # "When did Flutter 1.0 *come out*?" asks when it was "*released*" (a product, a
    # version, a film): one word written as two
    (re.compile(r"\b(?:come|comes|came|coming) out\b"), "released"),
    # "Which sultan *took* Jerusalem *back*?", "... *won* it *back* from ...?", "... *got*
    # it *back*?" ask who "*retook*" it (a ``LOOSE_SYNONYMS`` word of "recapture" and
    # "regain"); not a way back ("got back to Rome", "got back from exile", "took the
    # fleet back to port"), nor a thing got in reply ("a probe *gets an* RST *back*")
    (
        re.compile(
            rf"\b{_TAKE_BACK_VERBS} (?!(?:a|an|any|some|no) )((?:(?:the|his|her|its|their) )?[a-z]+"
            r"(?: [a-z]+)? )back\b"
            r"(?! (?:to|home|into|in(?! \d)|on|up|down|out|off)\b)"
        ),
        lambda found: f"retook {found[1].rstrip()}",
    ),
    (
        re.compile(
            rf"\b{_TAKE_BACK_VERBS} back\b"
            r"(?! (?:to|from|home|into|in(?! \d)|on|up|down|out|off)\b)"
        ),
        "retook",
    ),
    # "Which tool *takes* the weft *across*?" asks what "What *carries* the weft across?"
    # asks: a thing taken across a gap is carried over it (not "take" alone: "capture")
    (
        re.compile(
            r"\b(?:take|takes|took|taken|taking) ((?:(?:the|a|an|its|their) )?[a-z]+"
            r"(?: [a-z]+)? )across\b"
        ),
        r"carries \1across",
    ),
    # the "*Olympic Games*" are the "*Olympics*" ("When did rowing join the Olympics?")
    (re.compile(r"\b(olympic|paralympic) games\b"), r"\1s"),
    # "Which *drug reverses* heparin?", "Which agent counteracts X?" ask for what "What is
    # the *antidote for* heparin?" names
    (
        re.compile(
            r"\b(?:drug|agent|medication|medicine|antidote)s? (?:that |which )?"
            r"(?:reverses?|reversed|counteracts?|counteracted|neutrali[sz]es?)\b"
        ),
        "antidote for",
    ),
    # "Which *race is nicknamed* X?", "Which *classic is called* X?" ask what carries the
    # nickname X, whatever the kind of thing each names: the question keeps the nickname,
    # and asks for a "thing" still (a question that loses its "which tree" reads as
    # "What is slippery elm?", which asks for a definition).
    # Not "also called" ("Which vitamin is also called retinol?" names a vitamin's other
    # name, and "Retinol is which vitamin?" needs its "vitamin")
    (
        re.compile(
            r"\b(which|what) [a-z]+(?: [a-z]+)? (?:is|are|was|were) (?:nicknamed|dubbed|called)\b"
        ),
        r"\1 thing is called",
    ),
    # a precious metal's "*fine*" form is its pure one: "Melting point of *fine* silver" /
    # "... of *pure* silver" (not "fine" alone: a penalty, a grain size, "fine-tuning")
    (re.compile(r"\bfine (gold|silver|platinum|palladium)\b"), r"pure \1"),
    # "What does (car xs) *evaluate to*?" asks what "What does (car xs) *return*?" asks
    # (the verb's "to" at the question's end: not "a keyword evaluates to itself")
    (re.compile(r"\b(?:evaluate|evaluates|evaluated) to(?= what\b| which\b|$)"), "return"),
    # "What part of a flower *develops into* the fruit?" asks what "... *becomes* the
    # fruit?" asks; "Which function *turns* an int *into* a string?" what "... *converts*
    # an int *to* a string?" asks (not "turn into" alone: "What do plants turn into
    # glucose?" keeps the words of a definition that says "turning ... into glucose")
    (
        re.compile(r"\b(?:develop|develops|developed|grow|grows|grew) into\b"),
        "become",
    ),
    (
        re.compile(r"\b(?:turn|turns|turned|turning) ((?:an? |the )?[a-z]+(?: [a-z]+)?) into\b"),
        r"convert \1 to",
    ),
    # "Which pragma *turns off* run-time checks?" asks what "... *disables* ...?" asks,
    # "*Switch on* strict mode" what "*Enable* strict mode" asks: one verb written as two
    (
        re.compile(r"\b(?:turn|turns|turned|turning|switch|switches|switched|switching) off\b"),
        "disable",
    ),
    (
        re.compile(r"\b(?:turn|turns|turned|turning|switch|switches|switched|switching) on\b"),
        "enable",
    ),
    # gold's fineness in karats, however written: "*14K* gold", "*14 kt* gold", "*14ct*
    # gold", "*14-carat* gold" / "*14 karat* gold" (a "K" before no "gold" stays a kelvin)
    (
        re.compile(r"\b(\d+) (?:k|kt|ct|karats|carat|carats)(?= (?:white |yellow |rose )?gold\b)"),
        r"\1 karat",
    ),
    # "What does a type B tympanogram *indicate*?", "What does the V *signify*?" ask what
    # "What does ... *mean*?" asks: the verb that ends a "What does" question asks for the
    # meaning (not "Which result indicates sepsis?"; not "state", a noun as often)
    (
        re.compile(
            r"^(what (?:does|do|did) .+) (?:indicate|indicates|signify|signifies|denote|denotes)$"
        ),
        r"\1 mean",
    ),
)


def one_word_phrases(folded: str) -> str:
    """A folded prompt with the phrases of ``_PHRASES`` as their one word."""
    if not (
        "through" in folded
        or "extinct" in folded
        or " out" in folded
        or "recent" in folded
        or "cut off" in folded
        or "of action" in folded
        or "sum" in folded
        or "initial " in folded
        or "cal" in folded
        or "stand" in folded  # "stand for", "stands for"
        or "belong" in folded
        or "stood for" in folded
        or "short for" in folded
        or "z score" in folded
        or "exit " in folded
        or "made " in folded  # "made of", "composed of", ...: written out, no generator
        or "derived from" in folded
        or "commonest" in folded
        or "composed" in folded
        or "comprised" in folded
        or "consist" in folded
        or "go in" in folded
        or "goes in" in folded
        or "command line" in folded
        or " allowed" in folded  # "max allowed", ...
        or " permitted" in folded
        or " permissible" in folded
        or " possible" in folded
        or " supported" in folded
        or " legal" in folded  # "heaviest legal ball"
        or " up to" in folded
        or folded.startswith("up to ")
        or "er limit" in folded
        or "er bound" in folded
        or " day" in folded
        or "how often" in folded
        or "life" in folded  # "lifetime", "life span", "How long does X live?"
        or " live" in folded
        or " not " in folded  # "may not", "is not allowed to", ...
        or "equal" in folded  # "not equal", "unequal"
        or "cannot" in folded
        or "forbidden" in folded
        or "prohibited" in folded
        or "banned" in folded
        or "barred" in folded
        or " 24 h" in folded
        or "twenty four h" in folded
        or "name" in folded
        or "known as" in folded
        or "latin" in folded  # "Latin name", "called in Latin"
        or "botanical" in folded
        or "binomial" in folded
        or " temperature" in folded  # "melting temperature", "Curie temperature"
        or "teeth" in folded  # "baby teeth", "milk teeth"
        or "tooth" in folded
        or "premiered" in folded
        or "first perf" in folded  # "first performed", "first performance"
        or "first st" in folded  # "first staged"
        or "first sc" in folded  # "first screened"
        or "li ion" in folded
        or "first line " in folded
        or "credited with" in folded
        or " place" in folded  # "take place", "took place", ...
        or "roll" in folded  # "roll back", "rolled back", ...
        or " up with" in folded  # "came up with", "comes up with"
        or "forward" in folded  # "put forward"
        or "me out" in folded  # "come out", "came out", "comes out"
        or "coming out" in folded
        or " after" in folded  # "comes after", "came right after"
        or "original " in folded  # "original author"
        or "originally" in folded  # "wrote X originally", "originally wrote"
        or "first wr" in folded  # "first wrote"
        or "first version" in folded  # "wrote the first version of"
        or "ic games" in folded  # "Olympic Games", "Paralympic Games"
        or " back" in folded  # "took Jerusalem back", "won back"
        or " across" in folded  # "takes the weft across"
        or "revers" in folded  # "drug reverses", "agent that counteracts", ...
        or "counteract" in folded
        or "neutrali" in folded
        or "called" in folded  # "which race is called", "... nicknamed", "... dubbed"
        or "dubbed" in folded
        or "fine " in folded  # "fine silver", "fine gold"
        or " gold" in folded  # "14 k gold", "18 ct gold"
        or "turn" in folded  # "turn off", "turns on", "turns into", ...
        or "evaluate" in folded
        or " into" in folded
        or "switch" in folded
        or "measured in" in folded
        or (folded.startswith("what d") and folded.endswith(("ate", "ote", "tes", "fy", "fies")))
    ):  # a word each phrase holds; most prompts hold none
        return folded
    for pattern, word in _PHRASES:
        folded = pattern.sub(word, folded)
    return folded


#: British spellings compared as American ones: "colour" / "color", "centre" / "center",
#: "organise" / "organize", "analyse" / "analyze", "haemoglobin" / "hemoglobin". Rules,
#: not a word list: a word either way gets the same form, so a rule that also rewrites a
#: word with no other spelling ("exercise" -> "exercize") changes nothing compared.
_BRITISH_ENDINGS = (
    *("our", "ours", "oured", "ouring", "ourite", "ourites", "ourable"),
    *("tre", "tres", "bre", "bres"),
    *("ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers"),
    *("yse", "yses", "ysed", "ysing", "ence", "ogue", "ogues", "amme", "ammes"),
    *("trophin", "trophins"),
)
_BRITISH_SUFFIX = re.compile(
    r"(?:(?<=\w{3})our(?=s?$|ed$|ing$|ite|able$)"  # colour, flavours; not four, hour, your
    r"|(?<=\w[tb])re(?=s?$)"  # centre, metres, fibre; not genre, acre
    r"|(?<=\w{3})is(?=e$|es$|ed$|ing$|ation|ers?$)"  # organise, optimisation
    r"|(?<=\w)ys(?=e$|es$|ed$|ing$)"  # analyse
    r"|(?:(?<=^lic)|(?<=^def)|(?<=^off)|(?<=^pret))ence$"  # licence, defence; not
    # fence, nor the -ence of words whose American spelling keeps it: difference, idempotence
    r"|(?<=\w{3})(?<=l)ogues?$"  # catalogue, dialogue; not rogue, vogue
    r"|(?<=\w{3}a)mmes?$"  # programme; not gramme
    r"|(?<=\w{3})trophin(?=s?$))"  # gonadotrophin, corticotrophin (hormones' -tropin)
)
_AMERICAN = {
    **{"our": "or", "re": "er", "is": "iz", "ys": "yz", "ence": "ense"},
    **{"ogue": "og", "ogues": "ogs", "mme": "m", "mmes": "ms", "trophin": "tropin"},
}
#: ... and the medical "ae" and "oe": "haemoglobin", "oesophagus", "paediatric".
_INFIXES = {
    **{"haem": "hem", "anaem": "anem", "anaes": "anes", "paed": "ped", "aetiol": "etiol"},
    **{"gynaec": "gynec", "leukaem": "leukem", "oesoph": "esoph", "oestr": "estr"},
    **{"oedem": "edem", "foet": "fet"},
    # "hypokalaemia", "hypoglycaemic", "ischaemia", "diarrhoea", "apnoea", "coeliac"
    **{"aemi": "emi", "rrhoea": "rrhea", "pnoea": "pnea", "faec": "fec", "coeliac": "celiac"},
}
_BRITISH_INFIX = re.compile("|".join(_INFIXES))
#: ... and the British spellings no rule tells: "tyre" / "tire", "grey" / "gray".
_BRITISH_WORDS: dict[str, str] = {
    british + ending: american + ending
    for british, american in (
        *(("tyre", "tire"), ("kerb", "curb"), ("mould", "mold"), ("plough", "plow")),
        *(("draught", "draft"), ("cheque", "check"), ("storey", "story")),
        *(("aeroplane", "airplane"), ("manoeuvre", "maneuver"), ("judgement", "judgment")),
        *(("moustache", "mustache"), ("sceptic", "skeptic"), ("sulphate", "sulfate")),
        *(("sulphide", "sulfide"), ("practise", "practice")),
    )
    for ending in ("", "s")
} | {
    **{"grey": "gray", "aluminium": "aluminum", "sulphur": "sulfur", "cosy": "cozy"},
    **{"jewellery": "jewelry", "pyjamas": "pajamas", "skilful": "skillful"},
    **{"sceptical": "skeptical", "practised": "practiced", "practising": "practicing"},
}


#: One drug's British and American names ("adrenaline" / "epinephrine"): an answer
#: that names it either way is one answer to one question (``american_drug_names``).
_AMERICAN_DRUG_NAMES = {
    **{"adrenaline": "epinephrine", "noradrenaline": "norepinephrine"},
    **{"paracetamol": "acetaminophen", "salbutamol": "albuterol", "lignocaine": "lidocaine"},
    **{"frusemide": "furosemide", "pethidine": "meperidine", "glibenclamide": "glyburide"},
}


def american_drug_names(folded: str) -> str:
    """A folded text with each drug's British name American: "adrenaline 0.5 mg" is
    "epinephrine 0.5 mg"."""
    return " ".join(_AMERICAN_DRUG_NAMES.get(word, word) for word in folded.split(" "))


#: ... and English words written with a diacritic or without: "naïve" / "naive" (not
#: every such word: "résumé" is no "resume", and "año" no "ano").
_MARKED_WORDS = {
    marked: marked.translate(str.maketrans("ïéèêôöüçñ", "ieeeoouen"))
    for marked in """naïve naïvely naïvety naïveté café cafés façade façades rôle rôles élite
    élites coöperate coöperation coördinate coördination décor entrée entrées cliché
    clichés fiancé fiancée protégé über crème""".split()
}
#: Every word ``american`` rewrites by the lists above, to its American spelling.
_LISTED_SPELLINGS = _BRITISH_WORDS | _MARKED_WORDS


def american(word: str) -> str:
    """``word`` (folded, letters only) in its American spelling, as far as rules tell."""
    if word in _LISTED_SPELLINGS:
        return _LISTED_SPELLINGS[word]
    if word.endswith(_BRITISH_ENDINGS):
        word = _BRITISH_SUFFIX.sub(_american_suffix, word)
    if ("ae" in word or "oe" in word) and _BRITISH_INFIX.search(word):
        word = _BRITISH_INFIX.sub(lambda match: _INFIXES[match.group()], word)
    return word


def american_spelling(folded: str) -> str:
    """A folded text with its British spellings American (``american``), word by word:
    "what colour is the port sidelight" asks what "what color is ..." asks."""
    words = folded.split(" ")
    changed = False
    for index, word in enumerate(words):
        if _may_be_british(word):
            american_word = american(word)
            if american_word != word:
                words[index], changed = american_word, True
    return " ".join(words) if changed else folded


#: The last three letters of every ending of ``_BRITISH_ENDINGS`` (each has three or
#: more): one look-up rules out most words before the endings are tried one by one.
_BRITISH_TAILS = frozenset(ending[-3:] for ending in _BRITISH_ENDINGS)


def _may_be_british(word: str) -> bool:
    """``word`` may have a British spelling ``american`` rewrites (a cheap test first)."""
    if len(word) > 4 and (
        (word[-3:] in _BRITISH_TAILS and word.endswith(_BRITISH_ENDINGS))
        or "ae" in word
        or "oe" in word
    ):
        return True
    return word in _LISTED_SPELLINGS


def _american_suffix(match: re.Match) -> str:
    return _AMERICAN[match.group()]


#: Protocols whose final "s" is a letter of their name, the protocol over TLS: "LDAPS"
#: (port 636) is no plural of "LDAP" (389). Snowball strips that "s" where a vowel comes
#: before it ("ldaps" -> "ldap"; "https", "ftps" and "smtps" keep it, having none).
_SECURE_PROTOCOLS = frozenset("ldaps imaps amqps sips ircs coaps".split())


#: An anion's name ("carbonate", "acetate", "perchlorate", "-ite" too) and its plural,
#: each as its name less its "e": Snowball gives some of them the stem of their acid
#: ("carbonate" and "carbonic" -> "carbon"), but the anion (CO₃²⁻) and the acid (H₂CO₃)
#: are two substances. "sulfate" was "sulfat" already.
_ANION_STEMS = {
    form: american(name)[:-1]  # "sulphate" is "sulfate"
    for name in ANIONS
    if " " not in name and name.endswith(("ate", "ite"))
    for form in (name, name + "s")
}


def stem(word: str) -> str:
    """A word's comparison form: Snowball's English stem (``durable`` and ``durability``
    -> ``durabl``), abbreviations and spelled-out forms as one (``maximum`` -> ``max``).
    Words with digits or symbols (``gp3``, ``-n``, ``!~``) are kept as written, and so
    are the protocols of ``_SECURE_PROTOCOLS``."""
    found = SYNONYMS.get(word)
    if found is not None:
        return found
    anion = _ANION_STEMS.get(word)
    if anion is not None:
        return anion  # "carbonate" is no "carbonic" (acid): both were Snowball's "carbon"
    if not word.isalpha() or word in _SECURE_PROTOCOLS or word in _MARKED_PARTICIPLES:
        return word
    if _may_be_british(word):
        word = american(word)  # most words have one spelling: no call
    if word[-3:] == "acy" and len(word) > 6:
        word = word[:-3] + "ate"  # "accuracy" as "accurate", "literacy" as "literate"
    stemmed = _STEMMER.stemWord(word)
    if "ifi" in stemmed and stemmed[-3:] == "ifi":  # "notify": "notifi", "notification": "notif"
        stemmed = stemmed[:-1]
    if stemmed[-1:] == "i" and len(stemmed) > 5 and stemmed[-2] not in "aeiou":
        stemmed = stemmed[:-1]  # "allergy": "allergi", "allergic": "allerg"
    if stemmed in _IRREGULAR_AS_WRITTEN:
        return stemmed  # "range", "spokes": no "rang" (ring), no "spoke" (speak)
    return SYNONYMS.get(stemmed, stemmed)


#: "to" after these is the infinitive ("how to", "able to", "the last to erupt"), not a
#: direction.
_INFINITIVE_LEADS = frozenset(
    "how able need needs want wants have has used way order first last next".split()
)
#: "to" after these names what a change comes to, not a direction: "What happens to the
#: PR interval in Mobitz I?" asks about the PR interval in Mobitz I.
_HAPPENS = frozenset("happen happens happened happening".split())
_SIDES = frozenset({"per", "to", "from", "with"})
#: "each" as a question's subject says what "per" says: "How many players does *each*
#: team field?" asks what "Players *per* team" asks (not "each other", a last "each": "$5
#: each", nor "each" before two words: "does each bridge player hold" is no "per bridge").
_EACH = "each"
_AUXILIARIES = frozenset({"do", "does", "did"})
#: A game's "side" counted by "per" or "each" is its team: "Players *per side*" asks what
#: "Players *per team*" asks, "How many players does *each side* have?" too.
_SIDES_OF_A_GAME, _TEAM = frozenset({"side", "sides"}), "team"


def _each_one(previous: str, after: list[str]) -> bool:
    """The "each" between ``previous`` and the words ``after`` it is a question's "per":
    after "do", "does" or "did", before one word that is no stop word and then a stop
    word or the end."""
    if previous not in _AUXILIARIES or not after or after[0] in STOPWORDS:
        return False
    return after[0] != "other" and (len(after) == 1 or after[1] in STOPWORDS)


#: A "with" left at the very end asks what it is done with: "Breaststroke turn: touch the
#: wall with?" asks what "How must the wall be touched at breaststroke turns?" asks. (A
#: "to" or "from" there keeps its word: "connect to?" is not "connect from?".)
_STRANDED_WITH = "with:"
#: "with no" before a word says what "without" says: "an operator with no fixity
#: declaration" is "an operator without a fixity declaration".
_WITH_NO = ("with:", "no")
#: The sides, for the checks that meet one left with no word after it ("to happen":
#: "happen" is a stop word).
SIDES = _SIDES
#: Words that say "per" a unit of time in one word: "max daily dose" asks what "max dose
#: per day" asks, "hourly rate" what "rate per hour" asks.
_PER_TIME = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
}
#: A side before the word that asks keeps no word of its own: "Chablis is made from
#: which grape?" asks what "Which grape is Chablis made from?" asks, "played to how many
#: points" what "How many points is it played to?" asks.
_ASKED = frozenset({"which", "what", "whom", "who", "where", "how"})
#: Two words of three letters or more joined by a slash ("string/BLOB", "read/write"):
#: the two words, as "string or BLOB" writes them. Not a rate ("miles/hour", "kcal/day",
#: "doses/week", "mg/kg"), a path ("/etc/hosts") nor a word with a digit ("HTTP/2").
_WORD_SLASH_WORD = re.compile(r"(?<![\w/.])([^\W\d_]{3,})/([^\W\d_]{3,})(?![\w/.])")
_PER_WORDS = frozenset(
    """sec secs second seconds min mins minute minutes hour hours day days week weeks month
    months year years dose doses mile miles gallon gallons litre litres liter liters""".split()
)


def _slash_as_or(match: re.Match) -> str:
    first, second = match.groups()
    return match.group(0) if second in _PER_WORDS else f"{first} {second}"


_MINIMUM, _MINUTE = SYNONYMS["min"], SYNONYMS["minutes"]
_FORMS: dict[str, str] = {}  # folded word -> its content form, "" for a stop word
_MAX_FORMS = 200_000  # a memo of the common words, not a copy of every vocabulary
#: The words ``content_words`` reads with the words around them: a side, a symbol, a
#: "to", a multiplier, "min". Any other word after a content word is its form alone.
_READ_IN_CONTEXT = frozenset(
    {"&", "=", "to", "min", "one", _EACH, *_SIDES, *_MULTIPLIER_WORDS, *_FIRST_ORDINALS}
)
#: Months (folded), by which "1st" and "2nd" are a date's day: "May 1st" is no "first".
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _form(word: str) -> str:
    """A folded word's content form ("" for a stop word), remembered (common words only:
    most words are seen once)."""
    form = "" if word in STOPWORDS else stem(word)
    if word in _PER_TIME:
        form = "per:" + stem(_PER_TIME[word])  # "daily" is "per day"
    if len(_FORMS) < _MAX_FORMS:
        _FORMS[word] = form
    return form


def content_words(folded: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """The words of a folded text that decide its meaning, stemmed, in order.

    The word after ``per``, ``to``, ``from`` or ``with`` keeps its side ("max TPS with
    batching" is not "max TPS"): "users per group" gives
    ``user per:group``, never the words of "groups per user"; "memory to CPU ratio" is
    not "CPU to memory ratio" ("how to", "able to", "function to parse a string" are no
    direction: ``_DETERMINERS``). A repeated word
    is marked (``burst§2``), so "Zorvex Burst max burst duration" keeps the word
    "Zorvex max burst duration" lacks. Stop words in ``keep`` are kept (see
    ``capital_stopwords``)."""
    words: list[str] = []
    forms = _FORMS
    side = ""  # "per:", "to:" or "from:" before the next content word
    if "%" in folded:  # "10%" is "ten percent"
        folded = _NUMBER_PERCENT.sub(" percent", folded)
    if "/" in folded:  # "string/blob" is "string or blob"
        folded = _WORD_SLASH_WORD.sub(_slash_as_or, folded)
    previous = ""
    after_to = -1  # where in ``words`` the word right after a "to" is, until the next
    led = False  # a word came before the last side
    tokens = folded.split()
    for at, word in enumerate(tokens):
        if not side and after_to < 0 and word not in _READ_IN_CONTEXT and previous not in _TENS:
            # most words: no side pending, nothing before that reads them (the loop's
            # general case below gives the same)
            form = forms.get(word)
            if form is None:
                form = _form(word)
            if not form and word in keep:
                form = SYNONYMS.get(word, word)
            if form and form != "to":
                words.append(form)
            previous = word
            continue
        if after_to >= 0:
            if word in _DETERMINERS:  # "function to parse *a* string": "parse" is a verb
                words[after_to] = words[after_to][3:]
            after_to = -1
        if (word == "&" or word == "=") and symbol_of_a_word(
            tokens[at - 1] if at else "", word, tokens[at + 1] if at + 1 < len(tokens) else ""
        ):
            previous = word
            continue
        if word == "to" and _range_to(previous, tokens[at + 1] if at + 1 < len(tokens) else ""):
            previous = word
            continue  # "women 19 to 50" is "women 19–50": a range's two ends, no direction
        if (
            word in _SIDES
            and not (word == "to" and (previous in _INFINITIVE_LEADS or previous in _HAPPENS))
        ) or (word == _EACH and not side and _each_one(previous, tokens[at + 1 : at + 3])):
            word = "per" if word == _EACH else word
            side = word + ":"
            led = bool(previous)  # "function to parse a", not a definition's "to walk (a dog)"
            previous = word
            continue
        if (side, word) == _WITH_NO and previous == "with" and at + 1 < len(tokens):
            words.append("no")  # "with no batching" says "no batching", as "has no" does
            side, previous = "", word
            continue
        if side and word in _ASKED:  # "made from which grape?" as "Which grape ... made from?"
            words.append(side[:-1])
            side = ""
        form = forms.get(word)
        if form is None:
            form = _form(word)
        if word == "one" and previous == "number":
            form = "1"  # "number one on the Mohs scale" is "number 1" ("Which one?" stays)
        if word in _FIRST_ORDINALS and (
            previous in _MONTHS or (at + 1 < len(tokens) and tokens[at + 1] in _MONTHS)
        ):
            form = word  # "May 1st", "2nd June": a date's day
        if word in _MULTIPLIER_WORDS and (number := _multiplied(word, previous, words)):
            if previous == "a":
                words.append(number)  # "a hundred years" is "100 years"
            else:
                words[-1] = number  # "One Hundred Years of Solitude" is "100 Years ..."
            previous = word
            continue
        if previous in _TENS and words and words[-1] == _TENS[previous]:
            unit = _UNIT_AFTER_TENS.get(word) or _UNIT_AFTER_TENS.get(form)
            if unit:  # "ninety five" -> "95"
                words[-1] = str(int(words[-1]) + unit)
                previous = word
                continue
        if (
            form == _MINIMUM
            and word == "min"
            and previous[:1].isdigit()
            and previous[-1:].isdigit()
        ):
            form = _MINUTE  # "Min. wind speed" is a minimum, "5 min" five minutes (not
            # "F1 minimum car weight": "minimum" written out, after a name with a digit)
        if not form and word in keep:
            form = SYNONYMS.get(word, word)  # the regnal "I" is "first"
        if side == "per:" and word in _SIDES_OF_A_GAME:
            form = _TEAM  # "players per side", "does each side have": per team
        if form and form != "to":
            if side == "to:" and previous == "to" and led and form[:4] != "per:":
                after_to = -1 if word in _QUANTIFIERS else len(words)
            words.append(side + form if side and form[:4] != "per:" else form)
            side = ""
        previous = word
    if side and side != _STRANDED_WITH:
        words.append(side.rstrip(":"))  # "what is it used for? -- ... to" at the very end
    if len(set(words)) != len(words):
        return _mark_repeats(words)
    return words


#: A number as ``fold`` writes it: "5", "0.75", "−3".
_FOLDED_NUMBER = re.compile(r"[−-]?\d+(?:\.\d+)?")


def _range_to(before: str, after: str) -> bool:
    """The "to" between ``before`` and ``after`` joins a range's two ends, as a dash does:
    two numbers, the smaller first ("aged 19 to 50"; not the odds "3 to 1")."""
    if _FOLDED_NUMBER.fullmatch(before) is None or _FOLDED_NUMBER.fullmatch(after) is None:
        return False
    return float(before.replace("−", "-")) < float(after.replace("−", "-"))


def symbol_of_a_word(before: str, symbol: str, after: str) -> bool:
    """``symbol`` (between the folded words ``before`` and ``after``) says what a stop
    word would: an "&" between two words that are no stop words is "and" ("Stockton &
    Darlington", "salt & pepper"; not "the & operator"), an "=" between a name and a
    number is "is" ("threshold when R0 = 5" asks "... when R0 is 5"; not "E = mc2")."""
    if symbol == "&":
        return all(word.isalpha() and word not in STOPWORDS for word in (before, after))
    return (
        symbol == "="
        and before.isalnum()
        and not before.isdigit()
        and _FOLDED_NUMBER.fullmatch(after) is not None
    )


#: Words that start a thing's name: after "to" and one word, they make that word a
#: verb ("function to *parse* a string", "shortcut to *open* the menu"), not a place
#: ("to the head", "to a remote"), nor after a word of quantity ("to *all* the hosts").
#: Not when "to" opens the text: a definition's "to walk (a dog)" stays "to walk", as
#: "to walk" alone is read.
_DETERMINERS = frozenset("a an the its their his her your my our another each every".split())
_QUANTIFIERS = frozenset("all both half each every some any most many none one".split())


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
#: What every ``_CAPITALS`` match holds. A search for it is a third of ``_CAPITALS``'s
#: (which tries a word boundary at every place): most prompts hold no word in capitals.
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")


#: A capitalised name, then "I": a regnal number ("Elizabeth I", "World War I"), not "me".
_REGNAL_I = re.compile(r"\b([A-Z][a-z]+)\s+[I1]\b(?![.,:/]?\d| ?[%°])")
#: A word that a number names (``_NUMBERED_WORDS``) in small letters, then "I": a numeral
#: ("MHC class I", "stage I disease"), as "Type I" is.
_NUMBERED_I = re.compile(rf"\b(?:{'|'.join(sorted(_NUMBERED_WORDS))})\s+I\b(?![.,:/'’]?\w| ?[%°])")


def capital_stopwords(text: str) -> frozenset[str]:
    """Stop words ``text`` writes in capitals: ``WHO``, ``IT``, ``US`` are names there,
    and so is the "I" of "Elizabeth I" (not the one of "Can I")."""
    if text.islower():  # no capital letter at all (most answers): no regex search
        return frozenset()
    found = _CAPITALS.findall(text) if _TWO_CAPITALS.search(text) is not None else []
    if (" I" in text or " 1" in text) and any(
        name.casefold() not in STOPWORDS for name in _REGNAL_I.findall(text)
    ):
        found.append("I")
    elif " I" in text and _NUMBERED_I.search(text) is not None:
        found.append("I")
    if not found:
        return frozenset()
    return frozenset(word for word in map(str.casefold, found) if word in STOPWORDS)


def _mark_repeats(words: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    marked = []
    for word in words:
        count = seen[word] = seen.get(word, 0) + 1
        marked.append(word if count == 1 else f"{word}{REPEAT}{count}")
    return marked


# A word as written: letters/digits joined by - . : / ' (``us-east-1``, ``s3:GetObject``).
_RAW_WORD = re.compile(r"[^\W_]+(?:[-.:/_][^\W_]+)*")


def name_like_words(text: str) -> set[str]:
    """Content words of ``text`` written like names: ``EBS``, ``gp3``, ``Redis``
    (capitalised inside a sentence), ``us-east-1``. A differing one vetoes a match."""
    found: set[str] = set()
    text = unmark(text)
    text = _codes_joined(_numbers_as_roman(text))  # "Step 1" names what "Step I" names
    regnal = frozenset({"i"}) & capital_stopwords(text)  # the "I" of "Type I" is "first"
    sentence_start = True
    for match in _RAW_WORD.finditer(text):
        raw = match.group()
        if _is_name_like(raw, sentence_start):
            found.update(content_words(fold(raw), regnal))
        end = match.end()
        tail = text[end : end + 2]
        sentence_start = bool(tail) and (
            tail[0] == "\n" or (tail[0] in ".!?:;" and (len(tail) == 1 or tail[1] in " \n"))
        )
    return found


#: A unit's symbol after an SI prefix, its one capital inside: "kHz", "mL", "kΩ", "mAh".
_PREFIXED_UNIT = re.compile(
    r"(?:da|[yzafpnµμumcdhk])(?:Hz|Wh?|V|Ah?|[\u03a9\u2126]|Pa|J|N|L|Bq?|Gy|Sv|T|S|F|H|C|K|Da|M)"
)


def _is_name_like(raw: str, sentence_start: bool) -> bool:
    if any(ch.isdigit() for ch in raw):
        return True
    if any(ch in "-.:/_" for ch in raw):
        return True
    upper = sum(1 for ch in raw if ch.isupper())
    if upper >= 2:
        return True
    if upper == 1 and not raw[0].isupper() and _PREFIXED_UNIT.fullmatch(raw) is None:
        return True  # a capital inside a word: "pKa", "iPad", "eBay" (not "kHz", "mL")
    return upper == 1 and raw[0].isupper() and not sentence_start


#: A stem -> the stem it is compared as by layer 3 (``LOOSE_SYNONYMS``).
LOOSE = _loose_table()
LOOSE_WRITTEN = _loose_written()
#: A stem read as a loose synonym only where its prompt's text says so (``LOOSE_AS_WRITTEN``,
#: ``_LOOSE_SENSES``) -> the stem it is then compared as, and that pattern.
LOOSE_GUARDED = _loose_guarded()
