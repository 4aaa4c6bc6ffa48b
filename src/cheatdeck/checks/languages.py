"""The words of a corpus written in another language than English, as the fact checks
compare them: its function and question words left out ("Wie lang ist die Meldefrist bei
einer Datenpanne?" asks what "Meldefrist Datenpanne" names) and its words stemmed by that
language's Snowball stemmer ("Datenpanne" / "Datenpannen"). Read only where the corpus's
``language`` names one of these languages; an English corpus is compared as before."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

#: Articles, prepositions, pronouns, auxiliaries and question words of each language, as
#: ``fold`` writes them (lower case, accents kept).
_FUNCTION_WORDS = {
    "german": """der die das den dem des ein eine einer einem einen eines ist sind war
        waren wird werden wurde wurden hat haben hatte kann können muss müssen soll sollen
        darf wie was wer wen wem wessen wann wo woher wohin warum wieso weshalb welche
        welcher welches welchen welchem bei mit von zu zum zur im in ins am an auf aus für
        nach über um unter vom vor durch gegen ohne und oder aber auch als man sich es er
        sie wir ihr sein seine ihre ihren dieser diese dieses diesen denn dann so noch
        gilt gelten gibt""",
    "french": """le la les l un une des du de d au aux est sont était sera a ont peut
        doit quel quelle quels quelles qui que qu quoi combien comment pourquoi où quand
        dans en sur sous par pour avec sans et ou mais aussi ce cette ces il elle ils elles
        on se son sa ses leur leurs y""",
    "spanish": """el la los las lo un una unos unas del al de es son era será ha han
        puede debe qué que quién quiénes cuál cuáles cuánto cuánta cuántos cuántas cómo
        dónde cuándo por para en con sin sobre entre y o pero también se su sus este esta
        estos estas ese esa""",
    "italian": """il lo la i gli le un uno una del dello della dei degli delle al allo
        alla ai agli alle di da in con su per tra fra è sono era sarà ha hanno può deve che
        chi cosa quale quali quanto quanta quanti quante come dove quando perché e o ma
        anche si suo sua suoi sue questo questa""",
    "portuguese": """o a os as um uma uns umas do da dos das no na nos nas ao aos de em
        por para com sem sobre entre é são era será tem têm pode deve que qual quais
        quanto quanta quantos quantas como onde quando porque e ou mas também se seu sua
        seus suas este esta""",
    "dutch": """de het een van in op aan met voor bij uit over naar door om is zijn was
        waren wordt worden heeft hebben kan moet wat wie welke welk hoe waar wanneer waarom
        hoeveel en of maar ook er zich dit deze dat die""",
}

#: A language tag's first part -> the Snowball language of ``_FUNCTION_WORDS``.
_BY_TAG = {
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
}


def language_of(tag: str) -> str | None:
    """The language whose words the checks read for a corpus ``language`` tag ("de-AT"
    is German), or None for English and the languages they read no words of."""
    return _BY_TAG.get(tag.strip().casefold().replace("_", "-").split("-", 1)[0])


@lru_cache(maxsize=8)
def _words_of(language: str) -> frozenset[str]:
    return frozenset(_FUNCTION_WORDS[language].split())


@lru_cache(maxsize=8)
def _stemmer(language: str):
    return snowballstemmer.stemmer(language)


def in_own_words(folded: str, language: str, keep: frozenset[str] = frozenset()) -> str:
    """A folded text of ``language`` as the English word rules read it: its function
    words left out (but those of ``keep``: ``mentioned_words``), each other word of
    letters stemmed in that language."""
    function_words = _words_of(language) - keep if keep else _words_of(language)
    stemmer = _stemmer(language)
    return " ".join(
        stemmer.stemWord(word) if word.isalpha() else word
        for word in folded.split()
        if word not in function_words
    )


#: A word between quotation marks, backticks or emphasis marks: a word named, not used
#: ('Welcher Kasus folgt auf "mit"?', "Was bedeutet *ohne*?").
_QUOTED_WORD = re.compile(r"""(?:^|(?<=[\s(]))["'„“‚‘«`*_]([^\W\d_]+)["'“”‘’»`*_](?!\w)""")

#: German prepositions: a function word that ends a question right after one is the
#: word asked about ("Konjunktiv II von haben?", "Welcher Kasus nach mit?"), unless it
#: is a question word ("Mit wem?").
_GERMAN_PREPOSITIONS = frozenset(
    "bei mit von zu nach über um unter vor durch gegen ohne auf aus für an in".split()
)
_GERMAN_QUESTION_WORDS = frozenset(
    """wie was wer wen wem wessen wann wo woher wohin warum wieso weshalb welche welcher
    welches welchen welchem""".split()
)
_LAST_TWO_WORDS = re.compile(r"([^\W\d_]+)\W+([^\W\d_]+)\W*$")


def mentioned_words(raw: str, language: str) -> frozenset[str]:
    """The function words of ``language`` that a prompt (as written) names rather than
    uses, so that they stay words of the prompt: one between quotation marks ('Welcher
    Kasus folgt auf "mit"?' is not the question of "für"), and in German one that ends
    the prompt right after a preposition ("Konjunktiv II von haben?" / "... von sein?":
    two questions, each about its verb)."""
    function_words = _words_of(language)
    quoted = map(str.casefold, _QUOTED_WORD.findall(raw))
    found = {word for word in quoted if word in function_words}
    if language == "german":
        last = _LAST_TWO_WORDS.search(raw)
        if last is not None:
            before, word = last.group(1).casefold(), last.group(2).casefold()
            if (
                before in _GERMAN_PREPOSITIONS
                and word in function_words
                and word not in _GERMAN_QUESTION_WORDS
                and word not in GENDER_ARTICLES
            ):
                found.add(word)
    return frozenset(found)


#: The most words (function words aside) of an answer ``forms_apart`` reads as forms.
_MOST_FORM_WORDS = 3


def forms_apart(a: str, b: str, language: str) -> bool:
    """Two folded answers of ``language``, each of a few words besides its function
    words, whose words have one stem each in that language's Snowball stemmer but are
    written otherwise: "die Häuser" / "die Hausen", "schrieb" / "schrieben", "des
    Mannes" / "des Manns". The stemmer makes them one word, yet the form is what such an
    answer gives (a plural, a tense, a case ending), and one of them is most likely
    wrong: two answers, not one said twice."""
    function_words = _words_of(language)
    words_a = [word for word in re.findall(r"\w+", a) if word not in function_words]
    words_b = [word for word in re.findall(r"\w+", b) if word not in function_words]
    if not words_a or len(words_a) != len(words_b) or len(words_a) > _MOST_FORM_WORDS:
        return False
    if sorted(words_a) == sorted(words_b) or not all(map(str.isalpha, words_a + words_b)):
        return False
    stem = _stemmer(language).stemWord
    return sorted(map(stem, words_a)) == sorted(map(stem, words_b))


#: The definite articles that tell a noun's gender: German, French, Spanish, Italian,
#: Dutch.
GENDER_ARTICLES = frozenset(("der", "die", "das", "le", "la", "el", "il", "lo", "de", "het"))


#: A German noun's plural as dictionaries and textbooks write it after the noun and a
#: comma: "der Tisch, -e", "das Buch, ¨-er", "das Mädchen, -", "der Apfel, ¨".
_PLURAL_MARK = re.compile("\\s*,\\s*[-–\u00a8\u0308]+[^\\W\\d_]{0,3}\\s*$")


def articles_apart(prompts: Iterable[str]) -> bool:
    """Prompts that are one noun after other articles, each its own ("der See" / "die
    See", "el cometa" / "la cometa", "der Mädchen" / "das Mädchen"): the article tells
    the noun's gender, and with it, often, which word it is. A plural written after the
    noun is set aside ("der Tisch, -e" / "das Tisch")."""
    split = [_PLURAL_MARK.sub("", prompt).split(maxsplit=1) for prompt in prompts]
    if any(len(words) != 2 or words[0].casefold() not in GENDER_ARTICLES for words in split):
        return False
    nouns = {words[1] for words in split}
    return len(nouns) == 1 and len({words[0].casefold() for words in split}) == len(split)


#: The numbers zero and two to twenty in words, in each language (a "/" between two
#: forms of one number); not one, which most of these languages also write as their
#: article ("un chat", "ein Hund", "een kat").
_NUMBER_WORDS = {
    "de": """null - zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn
        vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig""",
    "fr": """zéro - deux trois quatre cinq six sept huit neuf dix onze douze treize
        quatorze quinze seize dix-sept dix-huit dix-neuf vingt""",
    "es": """cero - dos tres cuatro cinco seis siete ocho nueve diez once doce trece
        catorce quince dieciséis/dieciseis diecisiete dieciocho diecinueve veinte""",
    "it": """zero - due tre quattro cinque sei sette otto nove dieci undici dodici
        tredici quattordici quindici sedici diciassette diciotto diciannove venti""",
    "pt": """zero - dois/duas três/tres quatro cinco seis sete oito nove dez onze doze
        treze catorze/quatorze quinze dezesseis/dezasseis dezessete/dezassete dezoito
        dezenove/dezanove vinte""",
    "nl": """nul - twee drie vier vijf zes zeven acht negen tien elf twaalf dertien
        veertien vijftien zestien zeventien achttien negentien twintig""",
    "ru": """ноль - два/две три четыре пять шесть семь восемь девять десять одиннадцать
        двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать
        восемнадцать девятнадцать двадцать""",
}


@lru_cache(maxsize=8)
def number_words(tag: str) -> dict[str, str]:
    """The number words of a corpus ``language`` tag ("fr-CA" is French), each with its
    digits ("huit": "8"); empty for English (the value checks read English's words
    themselves) and the languages without a list here."""
    language = tag.strip().casefold().replace("_", "-").split("-", 1)[0]
    words = _NUMBER_WORDS.get(language, "").split()
    return {
        form: str(number)
        for number, forms in enumerate(words)
        if forms != "-"
        for form in forms.split("/")
    }


#: The first word of an answer, with a hyphen inside ("dix-sept"), before its end, a
#: blank or a mark.
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+(?:-[^\W\d_]+)?)(?=\s|[.,;:!?)]|$)")


def number_word_in_digits(answer: str, numbers: dict[str, str]) -> str:
    """``answer`` with a number word that begins it written in digits ("huit" is "8",
    "onze joueurs" "11 joueurs"), as the value checks read English's "eight"; a number
    word further in is left as written (Italian "Tu sei stanco": "sei" is "you are")."""
    found = _FIRST_WORD.match(answer)
    if found is None:
        return answer
    digits = numbers.get(found.group(1).casefold())
    if digits is None:
        return answer
    return answer[: found.start(1)] + digits + answer[found.end(1) :]


#: The words of a value that say a time or how often a dose is taken, in each language
#: whose words the checks read so far, with the English the value checks read: "8
#: horas" is "8 hours", "a cada 8 horas", "de 8/8 h" and "de 8 em 8 horas" are "every 8
#: hours", "3 vezes ao dia" and "3x/dia" are "3 times a day", "4 g/dia" is "4 g/day".
#: A unit word is read only after a number, so "hora certa" stays as written.
_VALUE_WORDS: dict[str, tuple[tuple[re.Pattern, str], ...]] = {
    "portuguese": tuple(
        (re.compile(pattern, re.I), english)
        for pattern, english in (
            (r"(?:\bde\s+)?(?<![\d/.,])(\d+)\s?/\s?\1\s?(?:h|hs|horas?)\b", r"every \1 hours"),
            (r"\bde\s+(\d+)\s+em\s+\1\s+(?:h|hs|horas?)\b", r"every \1 hours"),
            (r"\ba\s+cada\s+(?=\d)|\bcada\s+(?=\d)", "every "),
            (r"\buma\s+vez\s+(?:ao|por)\s+dia\b", "once a day"),
            (r"\bduas\s+vezes\s+(?:ao|por)\s+dia\b", "twice a day"),
            (r"\btr[êe]s\s+vezes\s+(?:ao|por)\s+dia\b", "3 times a day"),
            (r"\bquatro\s+vezes\s+(?:ao|por)\s+dia\b", "4 times a day"),
            (r"\b(\d+)\s*(?:vez(?:es)?|x)\s*(?:(?:ao|por)\s+|/\s*)dia\b", r"\1 times a day"),
            (r"(?<=\d)(\s?)segundos?\b", r"\1seconds"),
            (r"(?<=\d)(\s?)minutos?\b", r"\1minutes"),
            (r"(?<=\d)(\s?)horas?\b", r"\1hours"),
            (r"(?<=\d)(\s?)dias?\b", r"\1days"),
            (r"(?<=\d)(\s?)semanas?\b", r"\1weeks"),
            (r"(?<=\d)(\s?)(?:mês|mes|meses)\b", r"\1months"),
            (r"(?<=\d)(\s?)anos?\b", r"\1years"),
            (r"\bpor\s+dia\b", "per day"),
            (r"/\s?dia\b", "/day"),
            (r"\bpor\s+hora\b", "per hour"),
            (r"\bpor\s+minuto\b", "per minute"),
            (r"\bpor\s+semana\b", "per week"),
        )
    ),
}


def value_words_in_english(value: str, language: str | None) -> str:
    """A value of ``language`` (a Snowball name, as ``language_of`` gives it) with its
    words of time and of how often a dose is taken in English, as the value checks read
    them ("5.000 UI de 8/8 h" says what "5.000 UI every 8 hours" says); as written in
    other languages."""
    for pattern, english in _VALUE_WORDS.get(language or "", ()):
        value = pattern.sub(english, value)
    return value
