"""Characters of the sheet that no installed font has: the PDF would print them as boxes.

WeasyPrint (through Pango and fontconfig) takes each character from the first font
that has it; when none has it, a box is drawn and nothing says so. The fonts'
character sets come from ``fc-list`` (fontconfig's own tool, 10 ms); without it
nothing is reported.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import shutil
import subprocess
import unicodedata
from functools import lru_cache

_NON_ASCII = re.compile(r"[^\x00-\x7e]")
#: Shown in a notice; the rest are counted.
SHOWN = 8
#: Characters that are not drawn (format, separators) or draw on their neighbour. An
#: enclosing mark is drawn around its neighbour, from its own font: without one, the
#: keycap of "1️⃣" printed as a box after the "1".
_NOT_DRAWN = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn"}


@lru_cache(maxsize=4)
def _fc_list(fields: str) -> str | None:
    """``fc-list``'s line per installed font with ``fields``; None without fontconfig."""
    tool = shutil.which("fc-list")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, "--format", fields + "\n"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def fonts_identity() -> str:
    """The installed fonts (their files), hashed: installing a font changes what the PDF
    shows, so laid-out pieces and the unchanged-build skip depend on it."""
    files = sorted(set((_fc_list("%{file}") or "").splitlines()))
    return hashlib.sha256("\n".join(files).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def installed_ranges() -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Every code point some installed font has, as sorted (starts, ends); None when
    fontconfig's ``fc-list`` is not there to ask."""
    listing = _fc_list("%{charset}")
    if listing is None:
        return None
    ranges = []
    for word in listing.split():
        first, _, last = word.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue
    if not ranges:
        return None
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(r[0] for r in merged), tuple(r[1] for r in merged)


def _installed(point: int) -> bool:
    """Whether some installed font has the code point (False without fontconfig)."""
    ranges = installed_ranges()
    if ranges is None:
        return False
    starts, ends = ranges
    index = bisect.bisect_right(starts, point) - 1
    return index >= 0 and point <= ends[index]


def uncovered(texts: list[str]) -> list[str]:
    """The characters of ``texts`` that no installed font has, in code point order."""
    ranges = installed_ranges()
    if ranges is None:
        return []
    starts, ends = ranges
    found = set()
    for text in texts:
        if not text.isascii():
            found.update(_NON_ASCII.findall(text))
    missing = []
    for char in sorted(found):
        if unicodedata.category(char) in _NOT_DRAWN or "\ufe00" <= char <= "\ufe0f":
            continue
        point = ord(char)
        index = bisect.bisect_right(starts, point) - 1
        if index < 0 or point > ends[index]:
            missing.append(char)
    return missing


#: Debian/Ubuntu font packages by the kind of character they add (``font_packages``).
EMOJI_PACKAGE = "fonts-noto-color-emoji"
CJK_PACKAGE = "fonts-wqy-microhei or fonts-noto-cjk"
#: With a CJK font installed already (WenQuanYi, which lacks 〜 and others), the larger one.
CJK_FULL_PACKAGE = "fonts-noto-cjk"
_A_CJK_CHARACTER = 0x65E5  # 日: in every CJK font
SCRIPTS_PACKAGE = "fonts-noto-core"
# Devanagari (Hindi, Marathi, Nepali, Sanskrit) has a font package of 0.2 MB; Noto's
# core fonts are 42 MB.
DEVANAGARI_PACKAGE = "fonts-lohit-deva"
_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]")
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]"
)


#: Emoji outside the symbol blocks: the keycap of 1️⃣, ⌚ ⏰ ⏳ (Miscellaneous Technical),
#: ⬛ ⬜ ⭐ ⭕ and the arrows ⬅ ⬆ ⬇, 〰 〽 ㊗ ㊙.
_BMP_EMOJI = frozenset(
    [0x20E3, 0x231A, 0x231B, 0x2328, 0x23CF, *range(0x23E9, 0x23F4), 0x23F8, 0x23F9, 0x23FA]
    + [0x2B05, 0x2B06, 0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55, 0x3030, 0x303D, 0x3297, 0x3299]
)


def font_packages(missing: list[str]) -> dict[str, list[str]]:
    """The Debian/Ubuntu packages whose fonts have ``missing``, each with the characters
    it is for: emoji; Chinese, Japanese and Korean; Devanagari; the other scripts (Thai,
    Urdu's letters, …)."""
    needed: dict[str, list[str]] = {
        DEVANAGARI_PACKAGE: [],
        SCRIPTS_PACKAGE: [],
        CJK_PACKAGE: [],
        EMOJI_PACKAGE: [],
    }
    cjk = CJK_FULL_PACKAGE if _installed(_A_CJK_CHARACTER) else CJK_PACKAGE
    needed[cjk] = needed.pop(CJK_PACKAGE)
    needed[EMOJI_PACKAGE] = needed.pop(EMOJI_PACKAGE)
    for char in missing:
        point = ord(char)
        if 0x1F000 <= point <= 0x1FAFF or 0x2600 <= point <= 0x27BF or point in _BMP_EMOJI:
            needed[EMOJI_PACKAGE].append(char)
        elif _CJK.match(char):
            needed[cjk].append(char)
        elif _DEVANAGARI.match(char):
            needed[DEVANAGARI_PACKAGE].append(char)
        else:
            needed[SCRIPTS_PACKAGE].append(char)
    return {package: chars for package, chars in needed.items() if chars}


def notice(name: str, missing: list[str]) -> str:
    """The build's one line naming the characters no installed font has, and the
    packages whose fonts have them."""
    shown = " ".join(missing[:SHOWN])
    if len(missing) > SHOWN:
        shown += f" and {len(missing) - SHOWN} more"
    packages = ", ".join(
        f"{package} for {' '.join(chars[:3])}{' …' if len(chars) > 3 else ''}"
        for package, chars in font_packages(missing).items()
    )
    one = len(missing) == 1  # the grammar follows the count: "it as a box", "them as boxes"
    it, boxes, fonts = ("it", "a box", "a font") if one else ("them", "boxes", "fonts")
    return (
        f"{name}: no installed font has {shown}: the PDF prints {it} as {boxes}; install "
        f"{fonts} that {'has' if one else 'have'} {it} (Debian/Ubuntu: {packages})"
    )
