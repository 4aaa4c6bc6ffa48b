"""What a live credential looks like: AWS keys, private key blocks, common token formats.

Documented examples (``AKIAIOSFODNN7EXAMPLE``, ``wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY``,
the jwt.io sample) and masked values (``AKIAXXXXXXXXXXXXXXXX``, ``ghp_xxxx…``) are not
secrets: cards teach with them. Messages never repeat a secret whole.
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pattern:
    """One kind of credential."""

    name: str
    regex: re.Pattern[str]
    secret_group: int = 0  # the part that must look random


def _p(name: str, regex: str, group: int = 0, flags: int = 0) -> Pattern:
    return Pattern(name, re.compile(regex, flags), group)


PATTERNS: tuple[Pattern, ...] = (
    _p(
        "AWS access key id",
        r"(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Z0-9])",
        1,
    ),
    _p(
        "AWS secret access key",
        # 40 characters standing alone: not a segment of a JWT, a URL or a longer blob
        r"(?<![A-Za-z0-9/+=._-])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=_-]|\.[A-Za-z0-9])",
        1,
    ),
    _p(
        "private key",
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\s*"
        r"((?:[A-Za-z0-9+/=]{16,}\s*|[A-Za-z-]+: [^\n]*\n\s*){3,})",
        1,
    ),
    _p("GitHub token", r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255})\b", 1),
    _p("GitHub token", r"\b(github_pat_[A-Za-z0-9_]{70,255})\b", 1),
    _p("GitLab token", r"\b(glpat-[A-Za-z0-9_-]{20,})\b", 1),
    _p("Slack token", r"\b(xox[abposr]-(?:[A-Za-z0-9]+-){1,4}[A-Za-z0-9]{10,})\b", 1),
    _p(
        "Slack webhook",
        r"(https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,})",
        1,
    ),
    _p("Google API key", r"\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])", 1),
    _p("Google OAuth client secret", r"\b(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])", 1),
    _p(
        "JSON Web Token",
        r"\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})",
        1,
    ),
    _p("Stripe live key", r"\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b", 1),
    _p("npm token", r"\b(npm_[A-Za-z0-9]{36})\b", 1),
    _p("PyPI token", r"\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})", 1),
    _p("OpenAI key", r"\b(sk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})", 1),
    _p("Anthropic key", r"\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})", 1),
    _p("SendGrid key", r"\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b", 1),
)

# Cheap gates: a text with none of these cannot hold a secret. (Two searches: the
# character run would make one alternation lose its fast literal scan.)
_PREFIXES = re.compile(
    r"AKIA|ASIA|ABIA|ACCA|A3T|PRIVATE KEY|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|"
    r"hooks\.slack|AIza|GOCSPX-|eyJ|_live_|npm_|pypi-|sk-|SG\."
)
_LONG_RUN = re.compile(r"[A-Za-z0-9/+]{40}")


def may_hold_secret(text: str) -> bool:
    """A quick no: nothing in ``text`` starts like a credential."""
    return _PREFIXES.search(text) is not None or _LONG_RUN.search(text) is not None


#: The jwt.io sample token's payload: the documented example of every JWT tutorial.
_SAMPLE_JWT_SUBJECTS = frozenset({"1234567890"})


def find_secrets(text: str) -> Iterator[tuple[str, str]]:
    """(kind, redacted value) for every live-looking credential in ``text``."""
    if not may_hold_secret(text):
        return
    seen: set[str] = set()
    for pattern in PATTERNS:
        for match in pattern.regex.finditer(text):
            value = match.group(pattern.secret_group)
            if value in seen or _is_example(pattern.name, value):
                continue
            seen.add(value)
            yield pattern.name, redact(value)


def redact(value: str) -> str:
    """Enough of a secret to find it, never enough to use it."""
    value = value.strip()
    return value[:4] + "…" if len(value) > 8 else "…"


def _is_example(kind: str, value: str) -> bool:
    if "EXAMPLE" in value.upper() or _is_masked(value):
        return True
    if kind == "AWS secret access key":
        return not _looks_random(value)
    if kind == "JSON Web Token":
        return _is_sample_jwt(value)
    if kind == "private key":
        return not _looks_random("".join(value.split()))
    return False


def _is_masked(value: str) -> bool:
    """``xxxx``, ``0000``, ``****`` or ``...`` runs: a value shown with its secret hidden."""
    return re.search(r"([xX*.0])\1{5,}|<[^>]*>|\.\.\.|…", value) is not None


def _looks_random(value: str) -> bool:
    """Mixed case and digits, high entropy: not a word, a path or a hex digest."""
    if not (re.search(r"[a-z]", value) and re.search(r"[A-Z]", value) and re.search(r"\d", value)):
        return False
    counts = Counter(value)
    entropy = -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
    if entropy < 4.0:
        return False
    # CamelCase identifiers and paths have long lower-case runs; random keys rarely do.
    return max((len(run) for run in re.findall(r"[a-z]+", value)), default=0) < 10


def _is_sample_jwt(token: str) -> bool:
    try:
        payload = token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, IndexError, RecursionError):  # [[[[...: no sample token
        return False
    return isinstance(data, dict) and str(data.get("sub")) in _SAMPLE_JWT_SUBJECTS
