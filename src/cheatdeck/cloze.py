"""Anki's cloze syntax, defined once: ``{{cN::answer}}`` and ``{{cN::answer::hint}}``.

The loader checks a cloze card's text with ``problem``; every writer reads it with
``parts`` (plain runs and ``Deletion``s in order), ``numbers`` (Anki's groups) or
``revealed`` (each deletion replaced by what the output shows of it). Nothing else
in cheatdeck spells the deletion pattern. A deletion inside math (``\\(e^{i\\pi} +
{{c1::1}} = 0\\)``) is shown there as LaTeX (``MATH_REVEALED``): HTML or Markdown
marks inside a formula would break it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass

from .text import CODE_SPAN, MATH

#: One deletion: group 1 its number (1, 2, …), group 2 ``answer`` or ``answer::hint``.
#: A deletion never holds ``{{`` or ``}}``; a validated text holds no other ``{{``.
DELETION = re.compile(r"\{\{c([1-9][0-9]*)::((?:(?!\{\{|\}\}).)+?)\}\}", re.S)
_OPENING = re.compile(r"\{\{")
#: A deletion of Anki's Image Occlusion note type: a shape on the image, not text.
IMAGE_OCCLUSION = re.compile(r"\{\{c\d+::image-occlusion:")
#: A deletion opened inside another one (Anki shows nested deletions since 2.1.56).
NESTED = re.compile(r"\{\{c\d+::(?:(?!\}\}).)*?\{\{c\d+::", re.S)
#: What a mistyped deletion meant: "{{c1:Paris}}", "{{C1::Paris}}", "{{ c1::Paris }}",
#: "{{c1::Paris}" (one closing brace), "{{c1::Paris::city}", "{{c1：：学生}}" (full-width
#: colons, as a Japanese or Chinese input method types them), "{{c１::学生}}" (its number
#: in full-width digits, as one types them too).
_MEANT = re.compile(
    r"\{\{\s*[cCｃＣ]\s*(?P<n>[1-9１-９][0-9０-９]*)\s*[:：]{1,3}\s*(?P<answer>[^{}:：]*?)"
    r"(?:\s*[:：]{1,3}\s*(?P<hint>[^{}:：]*?))?\s*\}\}?"
)
#: A deletion written with full-width braces: "｛｛c1::学生｝｝".
_FULL_WIDTH_BRACES = re.compile(
    r"[{｛]{2}\s*[cCｃＣ]\s*(?P<n>[1-9１-９][0-9０-９]*)\s*[:：]{1,3}\s*(?P<answer>[^{}｛｝:：]*?)"
    r"(?:\s*[:：]{1,3}\s*(?P<hint>[^{}｛｝:：]*?))?\s*[}｝]{2}"
)
#: "{c1::Paris}" (one brace each side) or "{c1::Paris}}" (one opening brace); not after
#: a backslash: "\{\{c9::x\}\}" is a literal deletion, as the README says to write one.
_SINGLE_BRACES = re.compile(
    r"(?<![{\\])\{\s*[cC]\s*(?P<n>[1-9]\d*)\s*:{1,3}\s*(?P<answer>[^{}:]*?)"
    r"(?:\s*:{1,3}\s*(?P<hint>[^{}:]*?))?\s*\}\}?(?!\})"
)


def _as_deletion(meant: re.Match) -> str:
    hint = f"::{meant['hint'].strip()}" if meant["hint"] and meant["hint"].strip() else ""
    return f"{{{{c{int(meant['n'])}::{meant['answer'].strip()}{hint}}}}}"  # "c１" as "c1"


#: How a revealed deletion inside a formula is shown (underlined bold, as the sheets
#: show one outside math); MathJax (GitHub, Anki) and ziamath (the sheets) read it.
MATH_REVEALED = "\\underline{{\\boldsymbol{{{answer}}}}}"


@dataclass(frozen=True, slots=True)
class Deletion:
    """One cloze deletion: its group number, the hidden text and an optional hint."""

    number: int
    answer: str
    hint: str | None


def deletion(match: re.Match) -> Deletion:
    """The ``Deletion`` a match of ``DELETION`` stands for."""
    answer, _, hint = split_hint(match.group(2))
    return Deletion(int(match.group(1)), answer, hint or None)


def split_hint(inside: str) -> tuple[str, str, str]:
    """A deletion's ``answer::hint`` split at its first ``::`` outside a code span, as
    ``str.partition`` splits: `` `From::from` `` is one answer (``Vec::new`` or a C++
    scope in backticks), `` `Vec::new`::a constructor `` an answer and a hint."""
    pos = inside.find("::")
    if pos == -1 or "`" not in inside[:pos]:
        return inside.partition("::")
    spans = [(span.start(), span.end()) for span in CODE_SPAN.finditer(inside)]
    while pos != -1 and any(start < pos < end for start, end in spans):
        pos = inside.find("::", pos + 1)
    if pos == -1:
        return inside, "", ""
    return inside[:pos], "::", inside[pos + 2 :]


def parts(text: str) -> list[str | Deletion]:
    """A cloze text split into plain runs and deletions, in order (``\\{`` in code as
    ``braces_in_code`` shows it)."""
    found: list[str | Deletion] = []
    pos = 0
    for match in DELETION.finditer(text):
        if match.start() > pos:
            found.append(braces_in_code(text[pos : match.start()]))
        found.append(_unescaped(deletion(match)))
        pos = match.end()
    if pos < len(text):
        found.append(braces_in_code(text[pos:]))
    return found


#: Where ``rendered_around`` holds deletion N while the text around it is rendered.
_HOLE = "\ue012{}\ue013"
_HOLES = re.compile("\ue012(\\d+)\ue013")


def _holed(text: str) -> tuple[str, list[tuple[Deletion, bool]]]:
    """``text`` with each deletion as a hole, and each deletion with whether it lies
    inside a formula (``\\(…\\)``, ``\\[…\\]``)."""
    found = parts(text)
    deletions = [part for part in found if isinstance(part, Deletion)]
    holes = iter(range(len(deletions)))
    holed = "".join(p if isinstance(p, str) else _HOLE.format(next(holes)) for p in found)
    inside = {int(n) for span in MATH.finditer(holed) for n in _HOLES.findall(span.group())}
    return holed, [(part, number in inside) for number, part in enumerate(deletions)]


def deletions_in_math(text: str) -> list[tuple[Deletion, bool]]:
    """Each deletion of ``text``, in order, with whether it lies inside a formula."""
    return _holed(text)[1]


def rendered_around(
    text: str, render: Callable[[str], str], show: Callable[[Deletion, bool], str]
) -> str:
    """``render(text)`` with each deletion shown as ``show(deletion, inside_math)``: the
    text around the deletions is rendered as one, so a formula a deletion sits in stays
    whole (rendered piece by piece, Markdown read its lone ``\\(`` as an escaped
    parenthesis and dropped the backslash, and ``\\,`` in the answer as a comma)."""
    holed, deletions = _holed(text)
    return _HOLES.sub(lambda hole: show(*deletions[int(hole.group(1))]), render(holed))


#: A brace escaped for the cloze syntax.
_ESCAPED_BRACE = re.compile(r"\\([{}])")


def braces_in_code(text: str) -> str:
    """``text`` with ``\\{`` and ``\\}`` in its code spans written as braces.

    A literal ``{{`` in a cloze text is written ``\\{\\{`` (the loader refuses a bare
    one); Markdown reads that escape outside code but shows the backslashes inside it,
    so `` `\\{\\{.Name\\}\\}` `` (a Go template) would be studied with them."""
    if "\\{" not in text and "\\}" not in text:
        return text
    return CODE_SPAN.sub(lambda span: span[1] + _ESCAPED_BRACE.sub(r"\1", span[2]) + span[1], text)


def _unescaped(part: Deletion) -> Deletion:
    answer, hint = braces_in_code(part.answer), part.hint and braces_in_code(part.hint)
    return (
        part if (answer, hint) == (part.answer, part.hint) else Deletion(part.number, answer, hint)
    )


def numbers(text: str) -> list[int]:
    """The deletion numbers of a cloze text, sorted and unique (Anki's card ord = number - 1)."""
    return sorted({int(match.group(1)) for match in DELETION.finditer(text)})


def numbering_is_plain(found: list[str | Deletion]) -> bool:
    """True when deletions are numbered 1, 2, 3... once each, in reading order.

    Then "one card per deletion" (what simple cloze syntaxes give) is exactly what
    Anki's numbered groups give, and no number needs to be written out.
    """
    numbered = [part.number for part in found if isinstance(part, Deletion)]
    return numbered == list(range(1, len(numbered) + 1))


def revealed(
    text: str,
    show: Callable[[Deletion], str] = lambda d: d.answer,
    show_in_math: Callable[[Deletion], str] | None = None,
    unescape: bool = True,
) -> str:
    """The text with each deletion replaced by ``show(deletion)`` (by default its answer:
    the card's full statement); with ``show_in_math``, a deletion inside a math span
    (``\\(…\\)``, ``\\[…\\]``) is replaced by ``show_in_math(deletion)`` instead.
    With ``unescape`` off, ``\\{`` in code stays escaped: a caller that reveals again
    (nested deletions) would read a literal ``\\{\\{c9::x\\}\\}`` as a deletion, and
    calls ``braces_in_code`` once at the end."""
    if show_in_math is not None and ("\\(" in text or "\\[" in text):
        text = MATH.sub(lambda span: _revealed_in(span.group(), show_in_math), text)
    if not unescape:
        return DELETION.sub(lambda match: show(deletion(match)), text)
    return braces_in_code(DELETION.sub(lambda match: show(_unescaped(deletion(match))), text))


def code_split(text: str) -> str:
    """``text`` with each code span that holds a deletion split around it, the deletion's
    answer in a code span of its own: `` `.a {{c1:://}} "x"` `` is written
    `` `.a` {{c1::`//`}} `"x"` ``. Markdown shows nothing inside code as markup, so a
    writer's mark for a deletion there (``**//**``, ``==//==``, ``{{cloze //}}``) was
    shown as typed; around the code it shows. Blanks at a piece's ends go outside its
    backticks (Markdown would trim a blank from both ends of a span)."""
    if "`" not in text or "{{" not in text:
        return text
    return CODE_SPAN.sub(_split_span, text)


def _split_span(span: re.Match) -> str:
    inside = span.group(2)
    if DELETION.search(inside) is None:
        return span.group(0)
    out = []
    pos = 0
    for match in DELETION.finditer(inside):
        out.append(_in_code(inside[pos : match.start()], span.group(1)))
        answer, sep, hint = split_hint(match.group(2))
        if answer.rstrip().endswith("}"):  # the blank Anki needs before '}}': a backtick
            answer = answer.rstrip()  # now stands there
        out.append(f"{{{{c{match.group(1)}::{_in_code(answer, span.group(1))}{sep}{hint}}}}}")
        pos = match.end()
    out.append(_in_code(inside[pos:], span.group(1)))
    return "".join(out)


def _in_code(piece: str, fence: str) -> str:
    """``piece`` as a code span fenced with ``fence``, its blanks at either end outside."""
    core = piece.strip()
    if not core:
        return piece
    start = piece.index(core[0])
    pad = " " if core[0] == "`" or core[-1] == "`" else ""
    return f"{piece[:start]}{fence}{pad}{core}{pad}{fence}{piece[start + len(core) :]}"


def marked(text: str, mark: str, end: str | None = None) -> str:
    """``text`` between ``mark`` and ``end`` (``mark`` again by default), the blanks at
    its ends outside them: Markdown closes no ``**`` or ``==`` after a blank."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core[0])
    return f"{text[:start]}{mark}{core}{mark if end is None else end}{text[start + len(core) :]}"


def _revealed_in(span: str, show: Callable[[Deletion], str]) -> str:
    while span != (again := DELETION.sub(lambda match: _shown_in_math(match, show), span)):
        span = again  # nested deletions: inner ones first
    return span


def _shown_in_math(match: re.Match, show: Callable[[Deletion], str]) -> str:
    """A deletion inside a formula as ``show`` shows it, in braces after a ``^`` or ``_``:
    a superscript or subscript without them is one character (``x^{{c1::23}}`` is
    ``x^{23}``, not ``x^23``) or, before a command, an error in KaTeX and TeX
    (``x^\\underline{…}``)."""
    shown = show(deletion(match))
    return (
        f"{{{shown}}}" if match.string[match.start() - 1 : match.start()] in ("^", "_") else shown
    )


def in_math(text: str) -> bool:
    """Whether a deletion of ``text`` lies inside a formula (``\\(…\\)``, ``\\[…\\]``)."""
    return any(DELETION.search(span.group()) for span in MATH.finditer(text))


def math_revealed(part: Deletion) -> str:
    """A deletion's answer as ``MATH_REVEALED`` shows it inside a formula."""
    return MATH_REVEALED.format(answer=part.answer)


def _cut_at_braces(text: str, match: re.Match) -> str | None:
    """Why a deletion whose answer ends in braces (``{{c1::\\frac{1}{2}}}``) is cut short
    (Anki ends it at the first ``}}``, inside the formula), with the fix; or None."""
    inside = match.group(2)
    missing = inside.count("{") - inside.count("}")
    if missing <= 0 or not text.startswith("}" * missing, match.end()):
        return None
    meant = f"{{{{c{match.group(1)}::{inside}{'}' * missing} }}}}"
    written = text[match.start() : match.end() + missing]
    return (
        f"deletion '{written}' ends at its first '}}}}' as Anki reads it, inside the braces "
        f"of its answer: put a space before the closing braces: {meant}"
    )


def _open_fence(inside: str) -> int | None:
    """The length of the backtick run that opens a code span ``inside`` does not close
    (`` `\\{\\{ item `` opens one of 1), or None when its code spans all close."""
    opened = None
    for run in re.finditer(r"`+", inside):
        if opened is None:
            opened = len(run.group())
        elif len(run.group()) == opened:
            opened = None
    return opened


def _cut_in_code(text: str, match: re.Match) -> str | None:
    """Why a deletion whose answer holds ``}}`` inside a code span (a Jinja2 or Go
    template expression: ``{{c1::`\\{\\{ item }}`}}``) is cut short: Anki ends it at
    that ``}}``, inside the code, and shows the rest (`` `}} ``) after the blank. The
    fix writes each ``}}`` inside the code as ``\\}\\}``; or None."""
    fence = _open_fence(match.group(2))
    if fence is None:
        return None
    closing = re.compile(rf"(?<!`)`{{{fence}}}(?!`)").search(text, match.end())
    if closing is None or "{{" in text[match.end() : closing.start()]:
        return None
    end = text.find("}}", closing.end())
    if end == -1:
        return None
    inner = text[match.end() : closing.start()].replace("}}", "\\}\\}")
    meant = (
        f"{text[match.start() : match.end() - 2]}\\}}\\}}{inner}{text[closing.start() : end]}}}}}"
    )
    return (
        f"deletion '{text[match.start() : end + 2]}' ends at its first '}}}}' as Anki reads "
        "it, inside the code span of its answer: write a '}}' inside a deletion as "
        f"\\}}\\}}: {meant}"
    )


def _braces_in_code(text: str, start: int) -> str | None:
    """Why a deletion whose answer is code holding ``{{`` (a Jinja2 or Go template
    expression, neither pair escaped: ``{{c1::`{{ item }}`}}``) is no deletion: Anki reads
    those braces as the deletion's own. The fix writes each ``{{`` and ``}}`` inside the
    code as ``\\{\\{`` and ``\\}\\}``; or None."""
    opening = re.compile(r"\{\{c\d+::(`+)").match(text, start)
    if opening is None:
        return None
    fence = opening.group(1)
    closing = re.compile(rf"(?<!`){fence}(?!`)").search(text, opening.end())
    if closing is None:
        return None
    code = text[opening.end() : closing.start()]
    end = text.find("}}", closing.end())
    if end == -1 or not re.search(r"(?<!\\)\{\{", code):
        return None
    escaped = re.sub(r"(?<!\\)\{\{", r"\\{\\{", re.sub(r"(?<!\\)\}\}", r"\\}\\}", code))
    meant = text[start : opening.end()] + escaped + text[closing.start() : end + 2]
    why = (
        "Anki ends the deletion at the first '}}', inside the code"
        if re.search(r"(?<!\\)\}\}", code)
        else "a literal '{{' in a cloze is written \\{\\{"
    )
    return (
        f"deletion '{text[start : end + 2]}' holds '{{{{' in the code of its answer: {why}; "
        f"write each '{{{{' and '}}}}' inside a deletion as \\{{\\{{ and \\}}\\}}: {meant}"
    )


def _stray_brace(text: str, match: re.Match) -> str | None:
    """Why a '}' right after a deletion's '}}' that closes no brace opened before it
    (``{{c1::royal jelly}}}``) is wrong: Anki shows it as text after the answer."""
    before = text[: match.start()]
    if not text.startswith("}", match.end()) or before.count("{") > before.count("}"):
        return None
    return (
        f"deletion '{match.group(0)}' is followed by a third '}}', which every output shows "
        "as text: remove it"
    )


def _address_cut(match: re.Match, answer: str, hint: str) -> str | None:
    """Why a deletion of an IPv6 address (``{{c1::fe80::/10}}``, ``{{c1::::1}}``) is
    wrong: Anki ends the answer at the address's '::' and shows the rest as a hint."""
    inside = match.group(2).strip()
    if "`" in inside or "::" not in inside:
        return None
    if answer.strip() and not any(ch.isdigit() or ch == ":" for ch in answer):
        return None  # "cafe::bad": a word and its hint, whatever they spell
    try:
        ipaddress.ip_network(inside, strict=False)
    except ValueError:
        return None
    shown = f"the answer '{answer}'" if answer.strip() else "an empty answer"
    return (
        f"deletion '{match.group(0)}' reads as {shown} with the hint '{hint}': Anki ends "
        "an answer at its first '::'; put the address in backticks: "
        f"{{{{c{match.group(1)}::`{inside}`}}}}"
    )


def _hint_in_code(text: str, match: re.Match, answer: str, hint: str) -> str | None:
    """Why a deletion inside a code span whose answer holds a path's ``::``
    (`` `let v = {{c1::Vec::new()}};` ``) is cut: Anki ends its answer at that ``::``,
    asking ``Vec`` with the hint ``new()``, and the code around it gives no backticks
    of the answer's own to keep it whole. The fix ends the code before the deletion
    and puts the answer in backticks; or None."""
    if "`" in match.group(2) or re.search(r"\s", match.group(2).strip()):
        return None  # a hint of words ("ls::a command") is one, in code too
    span = next((s for s in CODE_SPAN.finditer(text) if s.start() < match.start() < s.end()), None)
    if span is None:
        return None
    fence = span.group(1)
    before = text[span.start() + len(fence) : match.start()]
    after = text[match.end() : span.end() - len(fence)]
    meant = (
        text[: span.start()]
        + (f"{fence}{before}{fence}" if before.strip() else before)
        + f"{{{{c{match.group(1)}::`{match.group(2)}`}}}}"
        + (f"{fence}{after}{fence}" if after.strip() else after)
        + text[span.end() :]
    )
    return (
        f"deletion '{match.group(0)}' lies in code, where Anki reads '{answer}' as its "
        f"answer and '{hint}' as a hint: to hide '{match.group(2)}', end the code before "
        f"the deletion and put the answer in backticks: {meant}"
    )


def problem(text: str) -> str | None:
    """Why a cloze text is not valid Anki cloze (with the fix), or None."""
    found = problem_at(text)
    return found[0] if found is not None else None


def problem_at(text: str) -> tuple[str, int | None] | None:
    """Why a cloze text is not valid Anki cloze (with the fix), and where in ``text`` the
    deletion it names starts (None when it names none: no deletion at all); or None."""
    count = 0
    pos = 0
    while (opening := _OPENING.search(text, pos)) is not None:
        at = opening.start()
        match = DELETION.match(text, at)
        if match is None and re.match(r"\{\{c0+::", text[opening.start() :]):
            return "deletions are numbered from c1: write {{c1::answer}} (Anki has no c0)", at
        if match is None and (braces := _braces_in_code(text, opening.start())) is not None:
            return braces, at
        if match is None:
            snippet = text[opening.start() : opening.start() + 24]
            meant = _MEANT.match(text, opening.start())
            if meant is not None and meant["answer"].strip():
                written = meant.group().strip()
                return f"malformed deletion '{written}': write {_as_deletion(meant)}", at
            if meant is not None:
                empty = meant.group().strip()
                return f"deletion '{empty}' hides nothing: write the hidden text after '::'", at
            fix = "write {{c1::answer}} or {{c1::answer::hint}} (a literal '{{' is written \\{\\{)"
            return f"malformed deletion '{snippet}…': " + fix, at
        answer, cut_at, hint = split_hint(match.group(2))
        if "::" in split_hint(hint)[1]:
            return (
                f"deletion '{match.group(0)}' has more than one '::' (answer::hint): "
                "put a '::' that belongs to the answer in backticks (`Vec::new`)",
                at,
            )
        if (cut := _address_cut(match, answer, hint)) is not None:
            return cut, at
        if cut_at and (cut := _hint_in_code(text, match, answer, hint)) is not None:
            return cut, at
        if not answer.strip():
            return f"deletion '{match.group(0)}' is empty", at
        if (cut := _cut_at_braces(text, match) or _cut_in_code(text, match)) is not None:
            return cut, at
        if (stray := _stray_brace(text, match)) is not None:
            return stray, at
        count += 1
        pos = match.end()
    single = _SINGLE_BRACES.search(text)  # beside right ones too: Anki shows it as written
    if single is not None and single["answer"].strip():
        return (
            f"'{single.group()}' needs double braces: write {_as_deletion(single)}",
            single.start(),
        )
    if "｛" in text or "｝" in text:  # beside right ones too: Anki shows it as written
        wide = next(
            (m for m in _FULL_WIDTH_BRACES.finditer(text) if {"｛", "｝"} & set(m.group())), None
        )
        if wide is not None and wide["answer"].strip():
            return (
                f"'{wide.group()}' is written with full-width braces: write {_as_deletion(wide)}",
                wide.start(),
            )
    if count == 0:
        return "no deletion: mark the hidden part as {{c1::answer}}", None
    return None
