"""The pairs the fact checks find in one big corpus but miss by domain, and back.

Reads two folders written by a run of every pair set (``set_N.txt``: the output of
``tests/test_fact_pairs.py``, one whole, one ``--by-domain``) and lists each pair that
is "-> nothing" in one and found in the other, with its set and label::

    python bench/pair_gap.py WHOLE_DIR DOMAIN_DIR [OTHER_DOMAIN_DIR ...]

With more than one by-domain folder (runs of variants of the checks), it also counts,
for each of them, how many of the pairs missed by domain in the first one it finds.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_MISS = re.compile(r"(\S+:\d+) (duplicate|conflicting) -> nothing: (.*)")


def misses(folder: Path) -> dict[str, tuple[str, str, str]]:
    """``file:line`` -> (set, label, the two cards) of each pair with no finding."""
    found = {}
    for path in folder.glob("set_*.txt"):
        number = path.stem.removeprefix("set_")
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _MISS.match(line)
            if match:
                found[match[1]] = (number, match[2], match[3])
    return found


def main(argv: list[str]) -> None:
    whole, domain, *variants = (Path(arg) for arg in argv)
    missed_whole, missed_domain = misses(whole), misses(domain)
    gap = {key: value for key, value in missed_domain.items() if key not in missed_whole}
    back = [key for key in missed_whole if key not in missed_domain]
    labels = Counter(label for _, label, _ in gap.values())
    print(f"found whole, missed by domain: {len(gap)} {dict(labels)}; the other way: {len(back)}")
    for variant in variants:
        left = misses(variant)
        found = Counter(label for key, (_, label, _) in gap.items() if key not in left)
        print(f"{variant}: finds {sum(found.values())} of them {dict(found)}")
    for key, (number, label, cards) in sorted(gap.items(), key=lambda kv: int(kv[1][0])):
        print(number, key, label, cards)


if __name__ == "__main__":
    main(sys.argv[1:])
