"""Completeness checks: placeholder, secret, long-answer, long-field, stale, future-date, bold-name,
joined-code, lost-backslash, glued-link, raw-html, unfinished-command and
placeholder-notation.

Every text of every card is read once. Placeholders are whole words: ``xxx`` inside
``arn:aws:s3:::xxx-bucket`` or an example key is no placeholder, and neither is a
quoted `` `TODO` `` (a card may teach the word), the Spanish *todo*, *Super Bowl XXX*,
or any word inside code: a command or snippet that is nothing but ``TODO`` is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..cloze import DELETION
from ..diagnostics import Diagnostic, make, visible
from ..field_limit import FIELD_LIMIT, long_fields
from ..media import image_problem, inline_images, large_image, spaced_images
from ..model import Card, Command, Limit
from ..text import MATH, braces, math_image, plain, unknown_command
from . import CheckContext
from .fields import ANSWER_FIELDS, Text, text_groups
from .items import _BRACED
from .mhchem import CE, as_unicode
from .secrets import find_secrets, may_hold_secret

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
# A whole word: not glued to a longer token (``xxx-bucket``, ``s3:::xxx``, ``todo@x.org``).
_WORD = re.compile(r"(?<![\w\-/.:$#=&?])(todo|tbd|fixme|xxx)(?![\w\-/@$#=&]|[.:?]\S)", re.I)
_QUESTION_MARKS = re.compile(r"(?<![\w?\\])\?{3,}(?![\w?])")
_LOREM = re.compile(r"\blorem\s+ipsum\b", re.I)
#: Text in quotation marks ("lorem ipsum", “TBD”): a word named, not one left behind.
_QUOTED = re.compile(r'"[^"\n]+"|“[^”\n]+”')
#: "What does TBD stand for?", "What does FIXME mean?": a card about the word.
_MENTION = re.compile(r"\s+(?:stands?\s+for|means?)\b", re.I)
_WHOLE = re.compile(r"[\W_]*(todo|tbd|fixme|xxx|\?{3,})[\W_]*", re.I)
_TITLE_WORD = re.compile(r"[A-Z][a-z]+ $")
_OPENERS = "([{<"
_CLOSERS = ")]}>"


def may_hold_placeholder(text: str) -> bool:
    """A quick no: ``text`` has none of the placeholder words anywhere."""
    lower = text.lower()
    return (
        "todo" in lower
        or "tbd" in lower
        or "fixme" in lower
        or "xxx" in lower
        or "???" in lower
        or "lorem" in lower
    )


def find_placeholders(text: str, is_code: bool = False) -> list[str]:
    """The placeholders left in ``text``, as written."""
    if not may_hold_placeholder(text):
        return []
    if is_code:
        whole = _WHOLE.fullmatch(text.strip())
        if whole:
            return [whole.group(1)]
        # Inside code a TODO, XXX or ??? is content (a `# TODO` comment may be the lesson):
        # only code that is nothing but a placeholder is one.
        return [m.group() for m in _LOREM.finditer(text)]
    prose = _CODE_SPAN.sub(lambda m: " " * len(m.group()), text)
    if '"' in prose or "“" in prose:  # a word in quotation marks is named, not left
        prose = _QUOTED.sub(lambda m: " " * len(m.group()), prose)
    found = [m.group() for m in _LOREM.finditer(prose)]
    for match in _WORD.finditer(prose):
        if _is_placeholder(prose, match) and not _MENTION.match(prose, match.end()):
            found.append(match.group(1))
    found += [
        m.group() for m in _QUESTION_MARKS.finditer(prose) if not _MENTION.match(prose, m.end())
    ]
    return found


def _is_placeholder(text: str, match: re.Match[str]) -> bool:
    word = match.group(1)
    lower = word.lower()
    if lower in ("fixme", "tbd"):
        return True  # no language has these words
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    marker = after == ":" or before == "@" or (before in _OPENERS and after in _CLOSERS and after)
    if word != word.upper():
        return bool(marker)  # "todo el mundo", "a todo list": words, not markers
    if lower == "xxx" and not marker and _TITLE_WORD.search(text, 0, match.start()):
        return False  # "Super Bowl XXX", "Louis XXX": a Roman numeral
    return True


def check_texts(ctx: CheckContext) -> Iterator[Diagnostic]:
    """placeholder, secret, long-answer and inline images, in one pass over every text."""
    limit = ctx.corpus.settings.max_answer_words
    images: dict[str, tuple[str, str | None]] = {}
    for texts in text_groups(ctx.corpus):
        # One cheap look at all of a card's texts rules most cards out at once.
        joined = "\n".join(text.value for text in texts)
        placeholders = may_hold_placeholder(joined)
        secrets = may_hold_secret(joined)
        quoted = _quoted_placeholders(texts) if placeholders else frozenset()
        if "![" in joined:
            yield from image_problems(
                Path(ctx.corpus.root), texts, images, ctx.corpus.settings.max_image_mb
            )
        if "\\(" in joined or "\\[" in joined:
            yield from math_problems(texts)
            yield from raised_deletion_problems(texts)
        if "\\" in joined:
            yield from bare_latex_problems(texts)
            yield from lost_backslash_problems(texts)
        if "__" in joined:
            yield from bold_name_problems(texts)
        if "`" in joined and "\n" in joined:
            yield from joined_code_problems(texts)
        if "](" in joined:
            yield from glued_link_problems(texts)
        if "*" in joined:
            yield from glued_star_problems(texts)
        if "<" in joined:
            yield from raw_html_problems(texts)
        for text in texts:
            if text.field == "command" and isinstance(text.card, Command):
                yield from unfinished_command_problems(text, text.card)
                if "{" in text.value:
                    yield from braced_placeholder_problems(text, text.card)
            if placeholders:
                yield from placeholder_problems(text, quoted)
            if secrets:
                yield from secret_problems(text)
            if limit > 0 and text.field in ANSWER_FIELDS and _may_be_longer(text.value, limit):
                yield from long_answer_problems(text, limit)


def image_problems(
    root: Path, texts: list[Text], seen: dict, max_mb: float
) -> Iterator[Diagnostic]:
    """Inline ``![alt](path)`` images checked as ``image:`` is: each found, inside the
    corpus, an image by its bytes (``seen`` keeps each path's answer) and at most
    ``max_mb`` megabytes; a path with a space must be written in angle brackets."""
    for text in texts:
        if text.is_code:
            continue
        for alt, path in spaced_images(text.value):
            yield make(
                text.loc,
                "bad-image",
                f"{text.label}{_of(text)}: image path '{path}' has a space, so Markdown shows "
                f"it as text: write ![{alt}](<{path}>)",
            )
        for path in inline_images(text.value):
            if path not in seen:
                seen[path] = image_problem(root, path)
            problem, relative = seen[path]
            if problem:
                code = "missing-media" if relative is None else "bad-image"
                yield make(text.loc, code, f"{text.label}{_of(text)}: {problem}")
            elif large := large_image(root, relative, max_mb):
                yield make(text.loc, "large-image", f"{text.label}{_of(text)}: {large}")


def math_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """Math the sheets cannot typeset (Anki's MathJax may still): said once per text."""
    for text in texts:
        if text.is_code:
            continue
        unclosed = _UNCLOSED_MATH.search(MATH.sub("", _CODE_SPAN.sub("", text.value)))
        if unclosed is not None:
            opener = unclosed.group("opener")
            closer = "\\)" if opener == "\\(" else "\\]"
            yield make(
                text.loc,
                "bad-math",
                f"{text.label}{_of(text)}: '{opener}' opens a formula that no '{closer}' "
                f"closes, so Markdown shows '{opener[1]}' without its backslash on the "
                f"sheets and in Anki: end the formula with {closer}",
            )
        for match in MATH.finditer(_CODE_SPAN.sub("", text.value)):
            display = match.group("display") is not None
            latex = match.group("display") if display else match.group("inline")
            opened, closed = braces(latex)
            if opened != closed:
                yield make(
                    text.loc,
                    "bad-math",
                    f"{text.label}{_of(text)}: {visible(match.group())} opens {opened} "
                    f"'{{' and closes {closed} '}}': the sheets show it as written and Anki's "
                    "MathJax as an error; "
                    "close each group (a brace written as text is \\{ or \\})",
                )
                break
            if math_image(latex.strip(), display) is None:
                yield make(
                    text.loc,
                    "bad-math",
                    f"{text.label}{_of(text)}: the sheets cannot typeset "
                    f"{visible(match.group())}: {_untypeset_fix(latex.strip())}",
                )
                break


def raised_deletion_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """A cloze deletion right after ``^`` or ``_`` in a formula (``10^{{c2::23}}``):
    Anki shows its answer there without braces, ``10^23`` (drawn 10²3), on the cards
    that ask the other deletions, and ``10^[...]`` on its own. Said once per text."""
    for text in texts:
        if text.is_code or "{{" not in text.value:
            continue
        for formula in MATH.finditer(_CODE_SPAN.sub("", text.value)):
            raised = next((m for m in DELETION.finditer(formula.group()) if _after_script(m)), None)
            if raised is not None:
                sign = formula.group()[raised.start() - 1]
                yield make(
                    text.loc,
                    "bad-math",
                    f"{text.label}{_of(text)}: the deletion {raised.group()} right after "
                    f"'{sign}' in a formula has no braces: Anki asks it as '{sign}[...]', "
                    f"only the '[' {_SCRIPTS[sign]}{_shown_elsewhere(sign, raised[2])}: "
                    f"write {sign}{{ {raised.group()} }}",
                )
                break


def _shown_elsewhere(sign: str, answer: str) -> str:
    """What the cards of the other deletions show of an answer of more than one
    character after ``sign``: only its first character raised or lowered."""
    if len(answer) < 2:
        return ""
    return (
        f", and on the other cards shows '{sign}{answer}' with only its first "
        f"character {_SCRIPTS[sign]}"
    )


_SCRIPTS = {"^": "raised", "_": "lowered"}


def _after_script(deletion: re.Match) -> bool:
    return deletion.string[deletion.start() - 1 : deletion.start()] in _SCRIPTS


def _untypeset_fix(latex: str) -> str:
    """What to do about a formula the sheets cannot typeset: the command they do not
    know, and for mhchem's ``\\ce{CO3^2-}`` alone the formula in Unicode, ``CO₃²⁻``."""
    command = unknown_command(latex)
    if command is None:
        return "check its braces and commands"
    if command != "\\ce":
        return (
            f"they do not know {visible(command)} and show the formula as written: "
            "check its spelling, or write the formula without it"
        )
    whole = CE.fullmatch(latex)
    written = as_unicode(whole.group("formula")) if whole else None
    instead = f"write {written} in its place" if written else "write its formula in Unicode (SO₄²⁻)"
    return (
        "they do not know mhchem's \\ce and show it as written (Anki's MathJax gets it "
        f"as written): {instead}, which every output shows alike"
    )


def bare_latex_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """A LaTeX math command outside ``\\(…\\)``, ``\\[…\\]`` and code (``\\frac{1}{n}``,
    ``$\\bar{x}$``): every output shows it as written. Said once per text."""
    for text in texts:
        if text.is_code or "\\" not in text.value:
            continue
        prose = MATH.sub("", _CODE_SPAN.sub("", text.value))
        if _UNCLOSED_MATH.search(prose) is not None:
            continue  # a formula never closed: ``math_problems`` says so
        found = next(
            (m for m in _BARE_LATEX.finditer(prose) if not _in_windows_path(prose, m.start())),
            None,
        )
        if found is not None:
            yield make(
                text.loc,
                "bad-math",
                f"{text.label}{_of(text)}: '{found.group()}' is LaTeX outside a formula, "
                "so every output shows it as written: put the formula between \\( and \\), "
                "or in backticks if it is LaTeX to show as code",
            )


#: A name in double underscores, as Python writes its special names and files
#: (``__init__``, ``__init__.py``, ``__slots__``): Markdown's ``__bold__``.
_DUNDER_NAME = re.compile(r"(?<![\w`\\])__[A-Za-z][A-Za-z0-9_]*?__(?:\.[A-Za-z0-9]+)*(?![\w])")


def unfinished_command_problems(text: Text, card: Command) -> Iterator[Diagnostic]:
    """A shell command whose last line ends in a ``\\`` or in ``|``, ``||``, ``&&``
    (``cat <file> | \\``): a shell waits for a line the card does not hold, the deck and
    the sheets teach it so, and the terminal sheets leave it out."""
    if not text.value.rstrip().endswith(("\\", "|", "&&")):
        return
    from ..writers.terminal.common import SHELL_LANGS, unfinished, without_prompts

    if (card.lang or "shell").lower() not in SHELL_LANGS:
        return
    if unfinished(without_prompts(text.value)):
        last = text.value.rstrip().split("\n")[-1].strip()
        yield make(
            text.loc,
            "unfinished-command",
            f"'command' of {card.id} ends unfinished ('{visible(last)}'): a shell would wait "
            "for another line, and the tldr, navi and cheat exports leave it out: finish "
            "the command, or take the last '\\' (or '|', '&&') off",
        )


#: A shell command's text in single or double quotes (a backslash escapes in double
#: quotes only): ``awk '{print}'`` and ``jq '{name}'`` hold code, not placeholders.
_SHELL_QUOTED = re.compile(r"'[^']*'|\"(?:[^\"\\]|\\.)*\"", re.S)


#: A placeholder in tldr's double braces (``{{path/to/file}}``, ``{{url}}``), as a reader
#: of tldr pages writes one: the ``<name>`` for it is its last part (``<file>``).
_TLDR_BRACED = re.compile(r"(?<![\w{$%#@])\{\{(?:[A-Za-z][\w.-]*/)*([A-Za-z][\w.-]*)\}\}(?![\w}])")


def braced_placeholder_problems(text: Text, card: Command) -> Iterator[Diagnostic]:
    """A shell command with a placeholder in braces outside quotes (``zpool status -v
    {pool}``, tldr's ``jq . {{path/to/file}}``): the shell passes the braces as written,
    the sheets and Anki show no placeholder, and the tldr, navi and cheat exports keep
    ``{pool}`` as a word where they write ``{{pool}}`` or a navi variable for ``<pool>``.
    Said once per command."""
    from ..writers.terminal.common import SHELL_LANGS

    if (card.lang or "shell").lower() not in SHELL_LANGS:
        return
    unquoted = _SHELL_QUOTED.sub(lambda m: " " * len(m.group()), text.value)
    found = sorted(  # at the places they have in the command
        [*_BRACED.finditer(unquoted), *_TLDR_BRACED.finditer(unquoted)], key=lambda m: m.start()
    )
    if not found:
        return
    fixed, at = [], 0
    for match in found:
        fixed += [text.value[at : match.start()], f"<{match.group(1)}>"]
        at = match.end()
    fixed.append(text.value[at:])
    fix = "".join(fixed).strip()
    names = {m.group(): m.group(1) for m in found}
    written = ", ".join(f"'{visible(name)}'" for name in names)
    wanted = ", ".join(f"<{visible(name)}>" for name in dict.fromkeys(names.values()))
    whole = f" (command: {visible(fix)})" if "\n" not in fix else ""
    yield make(
        text.loc,
        "placeholder-notation",
        f"'command' of {card.id} writes {written} in braces: a shell passes the braces as "
        "written, and the sheets, Anki and the tldr, navi and cheat exports read only "
        f"<name> as a placeholder: write {wanted}{whole}; if the braces are meant (xargs "
        "-I {f}), quote them: '{f}'",
    )


def bold_name_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """A name in double underscores outside backticks that every output shows in bold
    without them ("__init__.py" as "init.py"). Said once per text."""
    for text in texts:
        if text.is_code or "__" not in text.value:
            continue
        prose = _CODE_SPAN.sub("", text.value)
        shown = plain(prose)
        for match in _DUNDER_NAME.finditer(prose):
            name = match.group()
            if name in shown:
                continue  # shown as written: Markdown made no bold of it here
            quoted = (  # YAML reads a value that starts with a backtick only in quotes
                f' (quoted, as the value starts with it: "`{name}`{prose.strip()[len(name) :]}")'
                if prose.strip().startswith(name)
                else ""
            )
            yield make(
                text.loc,
                "bold-name",
                f"{text.label}{_of(text)}: '{name}' outside backticks is Markdown for bold: "
                f"every output shows '{plain(name)}', its underscores gone: write it in "
                f"backticks: `{name}`{quoted}",
            )
            break


def joined_code_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """Code in backticks that runs over lines in a text (a ```` ``` ```` fence in a
    cloze, around a function): Markdown reads it as one code span, so every output
    showed its lines joined into one, indents gone, and a fence's language as code
    (``rust fn largest<T: …`` on one line). Said once per text."""
    for text in texts:
        if text.is_code or "\n" not in text.value:
            continue
        for match in _CODE_SPAN.finditer(text.value):
            if "\n" not in match.group().strip("`").strip("\n"):
                continue  # one line of code (a fence's own line breaks aside)
            shown = " ".join(match.group().strip("`").split())
            if len(shown) > 60:
                shown = shown[:59] + "…"
            yield make(
                text.loc,
                "joined-code",
                f"{text.label}{_of(text)}: the code in backticks runs over lines: Markdown "
                f"reads it as one code span, so every output shows its lines as one, "
                f"indents gone ('{visible(shown)}'): write code of many lines as a snippet "
                f"card (code: |), or keep each backticked span on one line",
            )
            break


#: A link glued to a letter or digit: "C[C@@H](C(=O)O)N" (a SMILES string), "a[i](j)".
_GLUED_LINK = re.compile(r"[^\W_]\[[^\[\]\s]*\]\(")
#: A run of non-blanks (a cloze's braces set apart): the word a glued link is in.
_RUN = re.compile(r"[^\s{}]+")
#: A link's address that is one: a web or mail address, a path, a page's anchor.
_ADDRESS = re.compile(r"\]\((?:[^()\s]*(?:://|[/.#])|mailto:)")


def glued_link_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """A word outside backticks that Markdown reads as holding a link, its "[" glued to a
    letter or digit and its address no address ("C[C@@H](C(=O)O)N", a SMILES string):
    every output shows the link's text alone ("CC@@HN") and links it nowhere. Said once
    per text. The text is rendered (``plain``) only once a word holds a glued link: most
    links are written apart ("see [the docs](https://...)")."""
    for text in texts:
        if text.is_code or "](" not in text.value:
            continue
        prose = MATH.sub("", _CODE_SPAN.sub("", text.value))
        shown = None
        for run in _RUN.finditer(prose):
            if "](" not in run.group() or _GLUED_LINK.search(run.group()) is None:
                continue
            # the part of a cloze's "c1::answer::hint" that holds the link
            word = next(part for part in run.group().split("::") if _GLUED_LINK.search(part))
            if shown is None:
                shown = plain(prose)
            if word in shown or _ADDRESS.search(word) is not None:
                continue
            yield make(
                text.loc,
                "glued-link",
                f"{text.label}{_of(text)}: '{word}' outside backticks is Markdown for a link: "
                f"every output shows '{plain(word)}': write it in backticks (`{word}`)",
            )
            break


#: A word with a star between two letters or digits ("P*V", "m*K", "2*3"): a product
#: typed in ASCII, which Markdown reads as emphasis when another such star closes it.
_GLUED_STAR_WORD = re.compile(r"\S*[^\W_]\*+[^\W_]\S*")


def glued_star_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """A product typed with stars outside backticks that Markdown reads as italics or
    bold ("P*V = n*R*T" shows "PV = nR*T", "V" to "n" in italics; "W/(m*K*s)" shows
    "W/(mKs)"): every output drops the stars. Said once per text; the text is rendered
    only when a star sits between two letters or digits."""
    for text in texts:
        if text.is_code or "*" not in text.value:
            continue
        prose = MATH.sub("", _CODE_SPAN.sub("", text.value))
        words = _GLUED_STAR_WORD.findall(prose)
        if not words:
            continue
        shown = plain(prose)
        gone = next((word for word in words if word not in shown), None)
        if gone is None:
            continue  # every star shown as written ("x*y": no emphasis closes it)
        whole = text.value.strip() if prose == text.value and len(text.value) <= 60 else gone
        fixed = _GLUED_STAR_WORD.sub(lambda word: word.group().replace("*", "·"), whole)
        yield make(
            text.loc,
            "glued-stars",
            f"{text.label}{_of(text)}: the stars of '{gone}' outside backticks are Markdown "
            f"for italics: every output shows '{shown.strip()}': write a product with · or × "
            f"('{whole}' as '{fixed}'), or put it in backticks",
        )


#: An HTML tag of the inline formatting a note in Anki's editor holds (``<b>``, ``<br>``,
#: ``<sup>``, ``<font color=red>``), opening or closing.
_HTML_TAG = re.compile(
    r"<(/?)(b|i|u|s|em|strong|sup|sub|span|font|small|big|mark|del|ins|div|p|center|br|hr)"
    r"""((?:\s+[\w-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=]+))?)*)\s*(/?)>""",
    re.I,
)
#: Raised and lowered characters: what ``<sup>7</sup>`` and ``<sub>2</sub>`` are written as.
_RAISED = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_LOWERED = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def raw_html_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """An HTML formatting tag outside backticks (``<b>F</b>``, ``Cmaj<sup>7</sup>``,
    ``<br>``): every output shows it as written, its tags included, where the writer most
    likely meant Anki's bold, raised text or line break. A tag name alone (``<b>``, a
    placeholder in ``git diff <a> <b>``) is no tag: only a tag closed later in the text,
    or a line or rule break (``<br>``, ``<hr/>``). Said once per text, with the Markdown
    or the characters to write instead."""
    for text in texts:
        if text.is_code or "<" not in text.value:
            continue
        prose = MATH.sub("", _CODE_SPAN.sub("", text.value))
        for match in _HTML_TAG.finditer(prose):
            closing, name = match.group(1), match.group(2).lower()
            if closing:
                continue
            if name in ("br", "hr"):
                written, instead = match.group(), _html_break(name, text.field)
            else:
                close = re.compile(rf"</{name}\s*>", re.I).search(prose, match.end())
                if close is None:
                    continue
                written = prose[match.start() : close.end()]
                instead = _html_instead(name, prose[match.end() : close.start()])
                typed = _scripts_typed(text.value) if name in ("sup", "sub") else None
                if typed is not None and _SCRIPT.search(prose, close.end()):
                    # "NH<sub>4</sub><sup>+</sup>": every tag of it, not the first alone
                    instead = (
                        f"write {visible(typed)}, each tag as its raised or lowered characters"
                    )
                whole = text.value.strip()
                if name in ("b", "strong", "i", "em") and whole.startswith(written):
                    # YAML reads a value that starts with '*' as an alias: quoted
                    marks = "**" if name in ("b", "strong") else "*"
                    inner = visible(prose[match.end() : close.start()])
                    rest = visible(whole[len(written) :])
                    instead += (
                        f' (quoted, as the value starts with it: "{marks}{inner}{marks}{rest}")'
                    )
            yield make(
                text.loc,
                "raw-html",
                f"{text.label}{_of(text)}: '{visible(written)}' is HTML, which every output "
                f"shows as written, its tags included: {instead}, or put it in backticks to "
                "show it as code",
            )
            break


#: A raised or lowered run written in HTML: ``<sub>4</sub>``, ``<sup>2-</sup>``.
_SCRIPT = re.compile(r"<(sup|sub)>([^<>]*)</\1\s*>", re.I)


def _scripts_typed(value: str) -> str | None:
    """``value`` with each ``<sub>``/``<sup>`` run typed as its lowered or raised
    characters ("NH<sub>4</sub><sup>+</sup>" as "NH₄⁺"), or None when one of them has
    a character with no such form."""

    def typed(match: re.Match) -> str:
        table = _RAISED if match.group(1).lower() == "sup" else _LOWERED
        inner = match.group(2)
        if not inner or any(ord(char) not in table for char in inner):
            raise ValueError(inner)
        return inner.translate(table)

    try:
        return _SCRIPT.sub(typed, value)
    except ValueError:
        return None


def _html_instead(name: str, inner: str) -> str:
    """What to write for ``<name>inner</name>``."""
    shown = visible(inner)
    if name in ("b", "strong"):
        return f"write Markdown's bold, **{shown}**"
    if name in ("i", "em"):
        return f"write Markdown's italics, *{shown}*"
    if name in ("sup", "sub"):
        table = _RAISED if name == "sup" else _LOWERED
        if inner and all(ord(char) in table for char in inner):
            typed = inner.translate(table)
            return f"write the {'raised' if name == 'sup' else 'lowered'} characters, {typed}"
        return f"write the text without its tags, {shown}"
    return f"Markdown has no <{name}>: write the text without its tags, {shown}"


#: The texts of a table's or list's parts: a line of their own, never a block.
_ONE_LINE_PARTS = frozenset({"cell", "row", "column", "item", "term"})


def _html_break(name: str, field: str) -> str:
    if name == "br" and field in _ONE_LINE_PARTS:
        return "a table's or list's part is one line: write its parts with ', ' between them"
    if name == "br":
        return (
            "for a line break, write the text as a block ('|' after the field's colon) with "
            "each line on a line of its own"
        )
    return "Markdown in a card has no rule: write the text without it"


#: A backslash before a character Markdown lets it escape (``\\.``, ``\\|``, ``\\#``), which
#: it drops; not the math delimiters ``\\( \\[``, nor ``\\{\\{`` (a cloze's literal braces),
#: nor ``\\* \\_ \\``` (written to keep emphasis and code out: ``\\_\\_dict\\_\\_``).
_ESCAPE = re.compile(r"(?<!\\)\\[!-'+-/:-@^|~]")


def lost_backslash_problems(texts: list[Text]) -> Iterator[Diagnostic]:
    """A backslash outside backticks that Markdown takes for an escape, so that every
    output shows the character without it (a regex's ``\\.`` as ``.``). Said once per
    text."""
    for text in texts:
        if text.is_code or "\\" not in text.value:
            continue
        prose = MATH.sub("", _CODE_SPAN.sub("", text.value))
        path = _path_markdown_changes(prose)
        if path is not None:
            whole = text.value.strip()
            quoted = (  # YAML reads a value that starts with a backtick only in quotes
                f", in single quotes as the value starts with it: '`{path}`{whole[len(path) :]}'"
                if whole.startswith(path) and "'" not in whole
                else ""
            )
            yield make(
                text.loc,
                "lost-backslash",
                f"{text.label}{_of(text)}: the Windows path '{path}' outside backticks is "
                "Markdown, whose escapes take some of its backslashes: every output shows "
                f"'{plain(path)}': write it in backticks (`{path}`){quoted}",
            )
            continue
        shown = plain(prose)
        for match in _ESCAPE.finditer(prose):
            written = match.group()
            if written in shown or _in_windows_path(prose, match.start()):
                continue
            yield make(
                text.loc,
                "lost-backslash",
                f"{text.label}{_of(text)}: '{written}' outside backticks is Markdown for "
                f"'{written[1]}': every output shows '{written[1]}', its backslash gone: "
                f"write it in backticks (`{written}`) or with two backslashes ({written[0]}"
                f"{written})",
            )
            break


#: LaTeX math commands a text outside a formula may hold by mistake (not the ones that
#: are also common folder names: ``\\log``, ``\\bin``, ``\\to``).
_BARE_LATEX = re.compile(
    r"(?<!\\)\\(?:frac|dfrac|tfrac|sqrt|sum|prod|infty|partial|nabla|cdot|cdots|ldots|"
    r"times|pm|mp|leq?|geq?|neq|approx|equiv|propto|notin|subseteq|supseteq|emptyset|"
    r"forall|exists|rightarrow|Rightarrow|leftarrow|implies|alpha|beta|gamma|Gamma|delta|"
    r"Delta|epsilon|varepsilon|zeta|eta|theta|Theta|kappa|lambda|Lambda|mu|nu|xi|pi|Pi|rho|"
    r"sigma|Sigma|tau|phi|Phi|varphi|chi|psi|Psi|omega|Omega|overline|underline|mathbf|"
    r"mathrm|mathbb|mathcal|binom)"
    r"(?![A-Za-z])"
)
#: A Windows path: a drive (``C:\\``) or a share (``\\\\server``) at a word's start.
_WINDOWS_PATH = re.compile(r"(?:[A-Za-z]:\\|\\\\)\S*$")


#: A Windows path as a word of prose: a drive (``C:\\``) or a share (``\\\\server\\``,
#: not a doubled backslash, ``\\\\#``) at the word's start, after a blank, a bracket or
#: a quote.
_WINDOWS_PATH_WORD = re.compile(r"(?<![^\s(\"'])(?:[A-Za-z]:\\|\\\\[\w.$-]+\\)\S*")


def _path_markdown_changes(prose: str) -> str | None:
    """The first Windows path in ``prose`` that Markdown shows otherwise than written
    (``C:\\Users\\<name>\\.ssh`` as ``C:\\Users<name>.ssh``, ``\\\\server`` as
    ``\\server``), without the punctuation that ends its sentence; None if none."""
    for match in _WINDOWS_PATH_WORD.finditer(prose):
        path = match.group().rstrip(".,;:!?)\"'")
        if plain(path) != path:
            return path
    return None


def _in_windows_path(prose: str, at: int) -> bool:
    """The backslash at ``at`` is inside a Windows path (``C:\\Users\\alpha``)."""
    start = max(prose.rfind(" ", 0, at), prose.rfind("\n", 0, at)) + 1
    return _WINDOWS_PATH.match(prose, start, at + 1) is not None


#: A math delimiter left open once every whole formula is taken out (not ``\\\\(``, a
#: backslash and a parenthesis).
_UNCLOSED_MATH = re.compile(r"(?<!\\)(?:\\\\)*(?P<opener>\\[(\[])")


def _quoted_placeholders(texts: list[Text]) -> frozenset[str]:
    """Placeholder words a card quotes as `code` in its prose: the card is about them
    ("List every `TODO` comment" -> ``git grep TODO`` is the answer, not a leftover)."""
    quoted = set()
    for text in texts:
        if not text.is_code and "`" in text.value:
            for span in _CODE_SPAN.finditer(text.value):
                quoted.update(word.lower() for word in find_placeholders(span.group().strip("`")))
    return frozenset(quoted)


def placeholder_problems(text: Text, quoted: frozenset[str] = frozenset()) -> Iterator[Diagnostic]:
    for word in dict.fromkeys(find_placeholders(text.value, text.is_code)):
        if word.lower() in quoted:
            continue
        yield make(
            text.loc,
            "placeholder",
            f"placeholder '{word}' left in {text.label}{_of(text)}: write the real text "
            f"(a card about the word itself writes it as `{word}`)",
        )


def secret_problems(text: Text) -> Iterator[Diagnostic]:
    for kind, shown in find_secrets(text.value):
        example = "AWS's documented AKIAIOSFODNN7EXAMPLE" if kind.startswith("AWS") else "<token>"
        yield make(
            text.loc,
            "secret",
            f"{text.label}{_of(text)} holds what looks like a live {kind} ({shown}): "
            f"remove it and revoke it; show {example} instead",
        )


# A word: letters or digits, with inner ' - . (``don't``, ``us-east-1``, ``3.5``).
_WORDS = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def count_words(text: str) -> int:
    """Words as a reader counts them; in Chinese, Japanese or Korean two characters make a word."""
    if "](" in text:
        text = _LINK_TARGET.sub("]", text)
    cjk = len(_CJK.findall(text))
    if cjk:
        text = _CJK.sub(" ", text)
    return len(_WORDS.findall(text)) + (cjk + 1) // 2


def _may_be_longer(text: str, limit: int) -> bool:
    """False when ``text`` surely has at most ``limit`` words (``count_words``, which is
    slower): a word is one character at least, and words written in ASCII are apart by
    one character at least, so n characters hold (n + 1) // 2 of them at most."""
    if text.isascii():
        return len(text) > 2 * limit
    return len(text) > limit


def long_answer_problems(text: Text, limit: int) -> Iterator[Diagnostic]:
    """More words than ``limit`` in one answer (a text of no more characters cannot)."""
    words = count_words(text.value)
    if words > limit:
        yield make(
            text.loc,
            "long-answer",
            f"{text.label}{_of(text)} has {words} words (limit {limit}): keep one fact "
            "per card — split it, or move the detail to 'note'",
        )


def check_stale(ctx: CheckContext) -> Iterator[Diagnostic]:
    max_age = ctx.corpus.settings.max_fact_age_days
    for card in ctx.corpus.cards():
        if card.as_of is None:
            continue
        age = (ctx.today - card.as_of).days
        if age < -1:  # a day ahead is another time zone's today
            yield make(
                card.at("as_of"),
                "future-date",
                f"'{_subject(card)}' says it was checked on {card.as_of.isoformat()}, a day "
                f"to come (today is {ctx.today.isoformat()}): write the day you checked it, "
                f"such as as_of: {ctx.today.isoformat()}",
            )
        elif age > max_age:
            yield make(
                card.at("as_of"),
                "stale",
                f"'{_subject(card)}' was last checked on {card.as_of.isoformat()}, {age} days ago "
                f"(limit {max_age}): verify the value and update 'as_of'",
            )


def _subject(card: Card) -> str:
    return card.subject if isinstance(card, Limit) else card.id


def _of(text: Text) -> str:
    return f" of '{text.card.id}'" if text.card is not None else ""


def check_long_fields(ctx: CheckContext) -> Iterator[Diagnostic]:
    """long-field: a field of more than ``FIELD_LIMIT`` characters, pasted rather than
    written; the PDF prints and the fact checks compare only its first ``FIELD_LIMIT``."""
    for card in ctx.corpus.cards():
        for name, value in long_fields(card):
            yield make(
                card.at(name),
                "long-field",
                f"'{name}' of '{card.id}' has {len(value):,} characters (over {FIELD_LIMIT:,}): "
                f"the PDF prints and the fact checks compare only the first {FIELD_LIMIT:,}; "
                "split it into cards, or move the text to a file and link it",
            )


CHECKS = [check_texts, check_long_fields, check_stale]
# Each looks at one card at a time: they may run on any part of the corpus.
check_texts.per_card = True
check_long_fields.per_card = True
check_stale.per_card = True
