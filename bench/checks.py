"""Benchmark of the checks: speed, memory, and precision/recall of the fact checks.

Generates synthetic corpora full of template siblings ("max memory of Zorvex Premium"
/ "... Zorvex Provisioned", EBS / EFS-like acronyms, "with batching" variants, the
same definition template for many names), plants exact copies, typos, paraphrases,
restated values (15 minutes = 900 seconds, a limit restated as a table cell) and
conflicts, writes YAML files of ~50 cards into a temp folder, loads them with
``load_corpus`` and runs every check. Each size runs in a fresh process, so its peak
memory is its own.

    python bench/checks.py                      # 1k, 10k and 100k cards
    python bench/checks.py --sizes 1000,10000   # quick
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PER_FILE = 50
TODAY = dt.date(2026, 1, 1)

# ------------------------------------------------------------------ vocabulary

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["qua", "tri", "lor", "ven"]
TIERS = (
    "Premium Provisioned Standard Basic Enterprise Serverless Dedicated Burst Reserved "
    "Flex Plus Lite Archive Edge Global Regional Shared Turbo Classic Express"
).split()
# (attribute, unit, values): many siblings share attribute words and differ in one.
ATTRIBUTES = (
    ("max memory", "GB", (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)),
    ("max item size", "KB", (64, 100, 256, 400, 512, 1024)),
    ("max message size", "KiB", (64, 128, 256, 1024)),
    ("default timeout", "seconds", (3, 5, 10, 15, 30, 60)),
    ("max timeout", "minutes", (1, 5, 10, 15, 30, 60)),
    ("max throughput", "TPS", (300, 500, 1000, 3000, 10000)),
    ("max throughput with batching", "TPS", (3000, 5000, 10000, 30000)),
    ("min retention", "days", (1, 3, 7, 14)),
    ("max retention", "days", (14, 35, 90, 365)),
    ("max connections", "connections", (100, 500, 1000, 5000)),
    ("max request size", "MB", (6, 10, 20, 256)),
    ("durability", "nines", (9, 10, 11)),
    ("max storage", "TB", (1, 5, 16, 64, 128)),
    ("max concurrent executions", "executions", (100, 1000, 3000)),
    ("max burst duration", "hours", (1, 2, 6, 24)),
    ("max users per group", "users", (10, 100, 5000)),
    ("max groups per user", "groups", (5, 10, 20)),
    ("default port", "", (22, 443, 3306, 5432, 6379, 8080)),
    ("max transfer to the internet", "Gbps", (1, 5, 10, 25)),
    ("max transfer from the internet", "Gbps", (1, 5, 10, 25)),
    ("max IOPS at 16 KiB", "IOPS", (3000, 16000, 64000)),
    ("max IOPS at 256 KiB", "IOPS", (500, 1000, 4000)),
)
FEATURES = (
    "Streams Replicas Snapshots Gateway Accelerator Vault Catalog Insights Pipelines "
    "Endpoints Mirrors Shards Queues Topics Triggers Layers Aliases Policies Channels "
    "Workers Buckets Clusters Volumes Backups Rules Filters Routes Tables Indexes Caches"
).split()
ADJECTIVES = "managed durable regional isolated encrypted versioned ordered elastic".split()
NOUNS = "store log copy view feed index record stream".split()
VERBS = "keeps serves routes caches signs tracks mirrors batches".split()
OBJECTS = "requests events objects metrics keys tokens messages records".split()
STATES = ("stateful", "stateless")
SCOPES = ("regions", "accounts", "zones")
VERB_TASKS = ("Create", "Delete", "Describe", "Update", "List", "Tag")
RESOURCES = ("cluster", "snapshot", "endpoint", "policy", "replica", "channel")
# Synonyms the checks know, and some they do not (honest paraphrases).
KNOWN_SYNONYMS = {"max": "maximum", "maximum": "max", "min": "minimum", "Create": "Make"}
UNKNOWN_SYNONYMS = {
    "memory": "RAM",
    "timeout": "time limit",
    "retention": "retention period",
    "throughput": "rate",
    "keeps": "retains",
    "serves": "delivers",
    "storage": "capacity",
    "Delete": "Drop",
    "Describe": "Show",
}
CONVERSIONS = {  # unit -> (other unit, factor): the same value in other words
    "GB": ("MB", 1000),
    "KB": ("bytes", 1000),
    "KiB": ("bytes", 1024),
    "seconds": ("ms", 1000),
    "minutes": ("seconds", 60),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
    "MB": ("KB", 1000),
    "TB": ("GB", 1000),
}


def pseudo_word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


@dataclass
class Card:
    """One generated card: its YAML fields and what the generator knows of it."""

    fields: dict
    meta: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.fields["id"]

    @property
    def kind(self) -> str:
        return self.fields["kind"]


@dataclass
class Plant:
    original: str
    copy: str
    category: str


# ------------------------------------------------------------------ base corpus


class Generator:
    """Base cards from templates, each fact stated once; then planted pairs."""

    def __init__(self, size: int, seed: int = 7) -> None:
        self.rng = random.Random(seed * 1_000_003 + size)
        self.size = size
        self.used: set[tuple] = set()
        self.count = 0
        names: set[str] = set()
        while len(names) < max(20, size // 40):
            names.add(pseudo_word(self.rng, self.rng.choice((2, 3))).capitalize())
        self.names = sorted(names)
        letters = "ABCDEFGHIJKLMNOPRSTVWXYZ"
        acronyms = {
            "".join(self.rng.choice(letters) for _ in range(3)) for _ in range(size // 30 + 30)
        }
        self.acronyms = sorted(a for a in acronyms if "X" not in a)

    def next_id(self, prefix: str = "c") -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def entity(self) -> tuple[str, str]:
        name = self.rng.choice(self.names if self.rng.random() < 0.7 else self.acronyms)
        return name, self.rng.choice(TIERS)

    def fresh(self, key: tuple, attempts: int = 30):
        """A fact key not used yet, or None."""
        if key in self.used:
            return None
        self.used.add(key)
        return key

    def base(self, count: int) -> list[Card]:
        makers = (
            (self.limit, 20),
            (self.qa_value, 10),
            (self.qa_text, 15),
            (self.concept, 25),
            (self.command, 10),
            (self.table, 5),
            (self.cloze, 7),
            (self.list_card, 4),
            (self.snippet, 4),
        )
        pool = [maker for maker, share in makers for _ in range(share)]
        cards: list[Card] = []
        while len(cards) < count:
            card = self.rng.choice(pool)()
            if card is not None:
                cards.append(card)
        return cards

    def value_fact(self):
        for _ in range(50):
            name, tier = self.entity()
            attribute, unit, values = self.rng.choice(ATTRIBUTES)
            if self.fresh(("value", name, tier, attribute)):
                return name, tier, attribute, unit, self.rng.choice(values)
        return None

    def limit(self):
        fact = self.value_fact()
        if fact is None:
            return None
        name, tier, attribute, unit, amount = fact
        subject = self.rng.choice(("{a} of {e}", "{e} {a}")).format(a=attribute, e=f"{name} {tier}")
        fields = {
            "id": self.next_id(),
            "kind": "limit",
            "subject": subject[0].upper() + subject[1:],
        }
        fields.update(value_fields(amount, unit))
        meta = {"name": name, "tier": tier, "attribute": attribute, "unit": unit, "amount": amount}
        return Card(fields, meta)

    def qa_value(self):
        fact = self.value_fact()
        if fact is None:
            return None
        name, tier, attribute, unit, amount = fact
        question = f"What is the {attribute} of {name} {tier}?"
        fields = {"id": self.next_id(), "kind": "qa", "question": question}
        fields["answer"] = value_text(amount, unit)
        meta = {"name": name, "tier": tier, "attribute": attribute, "unit": unit, "amount": amount}
        return Card(fields, meta)

    def qa_text(self):
        for _ in range(50):
            name, feature = self.rng.choice(self.names + self.acronyms), self.rng.choice(FEATURES)
            form = self.rng.randrange(3)
            if not self.fresh(("qa", form, name, feature)):
                continue
            if form == 0:
                question = f"Is a {name} {feature[:-1]} stateful or stateless?"
                answer = self.rng.choice(STATES).capitalize() + "."
            elif form == 1:
                scope = self.rng.choice(SCOPES)
                question = f"Can {name} {feature} span {scope}?"
                answer = self.rng.choice(("Yes, with replication.", "No, they stay in one place."))
            else:
                question = f"Which protocol do {name} {feature} use?"
                port = self.rng.choice((443, 8443, 9000))
                answer = f"{self.rng.choice(self.acronyms)} over port {port}."
            return Card(
                {"id": self.next_id(), "kind": "qa", "question": question, "answer": answer}
            )
        return None

    def concept(self):
        for _ in range(50):
            name, feature = self.rng.choice(self.names + self.acronyms), self.rng.choice(FEATURES)
            if not self.fresh(("concept", name, feature)):
                continue
            r = self.rng
            definition = (
                f"A {r.choice(ADJECTIVES)} {r.choice(NOUNS)} that {r.choice(VERBS)} "
                f"{r.choice(OBJECTS)} for {name}."
            )
            fields = {"id": self.next_id(), "kind": "concept", "term": f"{name} {feature}"}
            fields["definition"] = definition
            return Card(fields, {"name": name, "feature": feature})
        return None

    def command(self):
        for _ in range(50):
            name, verb, resource_ = (
                self.rng.choice(self.names),
                self.rng.choice(VERB_TASKS),
                self.rng.choice(RESOURCES),
            )
            if not self.fresh(("command", name, verb, resource_)):
                continue
            task = f"{verb} a {name} {resource_}"
            command = f"cloud {name.lower()} {verb.lower()}-{resource_} --name <{resource_}>"
            return Card({"id": self.next_id(), "kind": "command", "task": task, "command": command})
        return None

    def table(self):
        name = self.rng.choice(self.names)
        tiers = self.rng.sample(TIERS, 3)
        attributes = self.rng.sample(ATTRIBUTES, 2)
        if not self.fresh(("table", name, tuple(a[0] for a in attributes))):
            return None
        rows = {}
        meta_cells = {}
        for tier in tiers:
            cells = []
            for attribute, unit, values in attributes:
                if ("value", name, tier, attribute) in self.used:
                    return None
                amount = self.rng.choice(values)
                cells.append(value_text(amount, unit))
                meta_cells[(tier, attribute)] = (unit, amount)
            rows[tier] = cells
        for tier in tiers:
            for attribute, _unit, _values in attributes:
                self.used.add(("value", name, tier, attribute))
        title = f"{name} tiers"
        fields = {
            "id": self.next_id(),
            "kind": "table",
            "title": title,
            "columns": [a[0][0].upper() + a[0][1:] for a in attributes],
            "rows": rows,
        }
        return Card(fields, {"name": name, "cells": meta_cells})

    def cloze(self):
        fact = self.value_fact()
        if fact is None:
            return None
        name, tier, attribute, unit, amount = fact
        text = f"The {attribute} of {name} {tier} is {{{{c1::{value_text(amount, unit)}}}}}."
        return Card({"id": self.next_id(), "kind": "cloze", "text": text})

    def list_card(self):
        name, feature = self.rng.choice(self.names), self.rng.choice(FEATURES)
        if not self.fresh(("list", name, feature)):
            return None
        r = self.rng
        items = []
        for _ in range(3):
            if r.random() < 0.5:
                items.append(
                    f"{r.choice(VERBS).capitalize()} {r.choice(OBJECTS)} per {r.choice(NOUNS)}"
                )
            else:
                items.append(
                    {r.choice(ADJECTIVES).capitalize(): f"{r.choice(VERBS)} {r.choice(OBJECTS)}"}
                )
        items = _distinct_items(items)
        return Card(
            {
                "id": self.next_id(),
                "kind": "list",
                "title": f"{name} {feature} practices",
                "items": items,
            }
        )

    def snippet(self):
        name, feature = self.rng.choice(self.names), self.rng.choice(FEATURES)
        if not self.fresh(("snippet", name, feature)):
            return None
        code = f'{{\n  "service": "{name.lower()}",\n  "feature": "{feature.lower()}"\n}}\n'
        fields = {"id": self.next_id(), "kind": "snippet", "title": f"{name} {feature} config"}
        fields.update({"lang": "json", "code": code})
        return Card(fields)

    # -------------------------------------------------------------- planting

    def plant(self, base: list[Card], share: float) -> tuple[list[Card], list[Plant]]:
        """New cards that copy, misspell, reword, restate or contradict base cards."""
        categories = (
            ("exact", 0.25, self.exact),
            ("typo", 0.17, self.typo),
            ("paraphrase", 0.25, self.paraphrase),
            ("conflict", 0.17, self.conflict),
            ("restated", 0.08, self.restated),
            ("restated-conflict", 0.08, self.restated_conflict),
        )
        wanted = int(self.size * share)
        order = list(range(len(base)))
        self.rng.shuffle(order)
        planted: list[Card] = []
        plants: list[Plant] = []
        position = 0
        for category, portion, make in categories:
            goal = int(wanted * portion)
            made = 0
            while made < goal and position < len(order):
                original = base[order[position]]
                position += 1
                copy = make(original)
                if copy is None:
                    continue
                copy.fields["id"] = self.next_id("p")
                planted.append(copy)
                plants.append(Plant(original.id, copy.id, category))
                made += 1
        return planted, plants

    def exact(self, card: Card) -> Card:
        fields = json.loads(json.dumps(card.fields))
        for key in ("term", "question", "subject", "task", "title", "text", "definition", "answer"):
            if isinstance(fields.get(key), str):
                fields[key] = self.cosmetic(fields[key])
        return Card(fields, card.meta)

    def cosmetic(self, text: str) -> str:
        """The same text as written by someone else: case, Markdown, spaces, punctuation."""
        if "{{" in text:
            return text.replace(" is ", "  is ")
        words = text.split(" ")
        i = self.rng.randrange(len(words))
        choice = self.rng.randrange(4)
        if choice == 0:
            words[i] = words[i].upper() if not words[i].isupper() else words[i].lower()
        elif choice == 1 and words[i].isalpha():
            words[i] = f"**{words[i]}**"
        elif choice == 2 and words[i].isalpha():
            words[i] = f"`{words[i]}`"
        text = "  ".join(words) if self.rng.random() < 0.3 else " ".join(words)
        if text.endswith(("?", ".")):
            return text[:-1]
        return text + "."

    def typo(self, card: Card) -> Card | None:
        fields = json.loads(json.dumps(card.fields))
        key = next(
            (k for k in ("term", "question", "subject", "task", "title", "text") if k in fields),
            None,
        )
        words = fields[key].split(" ")
        long_words = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if not long_words:
            return None
        i = self.rng.choice(long_words)
        words[i] = misspell(words[i], self.rng)
        fields[key] = " ".join(words)
        return Card(fields, card.meta)

    def paraphrase(self, card: Card) -> Card | None:
        fields = json.loads(json.dumps(card.fields))
        meta = card.meta
        unknown = self.rng.random() < 0.2
        if card.kind == "limit":
            entity = f"{meta['name']} {meta['tier']}"
            fields["subject"] = self.rng.choice(("{e}: {a}", "The {a} for {e}")).format(
                e=entity, a=synonym(meta["attribute"], unknown, self.rng)
            )
        elif card.kind == "qa" and meta:
            entity = f"{meta['name']} {meta['tier']}"
            attribute = synonym(meta["attribute"], unknown, self.rng)
            fields["question"] = self.rng.choice(("{e} {a}?", "For {e}, what is the {a}?")).format(
                e=entity, a=attribute
            )
            converted = convert(meta["amount"], meta["unit"])
            if converted:
                fields["answer"] = converted
        elif card.kind == "qa":
            question = fields["question"]
            if question.startswith("Is a"):
                question = question.replace("stateful or stateless", "stateless or stateful")
            elif question.startswith("Can"):
                question = question.replace("Can ", "Are ").replace(" span ", " able to span ")
            else:
                question = (
                    question.replace("Which protocol do", "What protocol is used by").rstrip("?")
                    + "?"
                )
            fields["question"] = synonym(question, unknown, self.rng)
            fields["answer"] = "It is " + fields["answer"][0].lower() + fields["answer"][1:]
        elif card.kind == "concept":
            fields["term"] = f"{meta['feature']} of {meta['name']}"
            definition = fields["definition"]
            fields["definition"] = synonym(
                definition.replace("A ", "It is a ", 1), unknown, self.rng
            )
        elif card.kind == "command":
            verb, rest = fields["task"].split(" a ", 1)
            fields["task"] = f"How to {synonym(verb, unknown, self.rng).lower()} a {rest}"
        else:
            return None
        return Card(fields, meta)

    def conflict(self, card: Card) -> Card | None:
        fields = json.loads(json.dumps(card.fields))
        meta = card.meta
        if card.kind == "limit":
            fields.update(value_fields(other_amount(meta["amount"], self.rng), meta["unit"]))
        elif card.kind == "qa" and meta:
            fields["answer"] = value_text(other_amount(meta["amount"], self.rng), meta["unit"])
        elif card.kind == "qa" and fields["question"].startswith("Is a"):
            fields["answer"] = "Stateless." if fields["answer"] == "Stateful." else "Stateful."
        elif card.kind == "concept":
            name = meta["name"]
            fields["definition"] = f"A {self.rng.choice(NOUNS)} of {name} kept for audits."
        elif card.kind == "command":
            fields["command"] = fields["command"].replace("--name", "--id")
        else:
            return None
        if self.rng.random() < 0.5:
            for key in ("question", "subject", "term", "task"):
                if key in fields:
                    fields[key] = self.cosmetic(fields[key])
        return Card(fields, meta)

    def restated(self, card: Card) -> Card | None:
        return self._restate(card, same=True)

    def restated_conflict(self, card: Card) -> Card | None:
        return self._restate(card, same=False)

    def _restate(self, card: Card, same: bool) -> Card | None:
        """A value fact told again in another kind of card (and maybe another unit)."""
        if card.kind == "table":
            tier, attribute = self.rng.choice(sorted(card.meta["cells"]))
            unit, amount = card.meta["cells"][(tier, attribute)]
            name = card.meta["name"]
        elif card.meta.get("attribute") and card.kind in ("limit", "qa"):
            name, tier, attribute = card.meta["name"], card.meta["tier"], card.meta["attribute"]
            unit, amount = card.meta["unit"], card.meta["amount"]
        else:
            return None
        if not same:
            amount = other_amount(amount, self.rng)
        text = (convert(amount, unit) if self.rng.random() < 0.6 else None) or value_text(
            amount, unit
        )
        if card.kind == "limit":
            fields = {
                "kind": "qa",
                "question": f"What is the {attribute} of {name} {tier}?",
                "answer": text,
            }
        else:
            fields = {"kind": "limit", "subject": f"{name} {tier} {attribute}", "value": text}
        return Card({"id": "", **fields})


def _distinct_items(items: list) -> list:
    seen, kept = set(), []
    for item in items:
        key = json.dumps(item, sort_keys=True) if isinstance(item, dict) else item
        term = next(iter(item)) if isinstance(item, dict) else None
        if key in seen or (term and term in seen):
            continue
        seen.update({key, term} - {None})
        kept.append(item)
    return kept


def value_text(amount: int, unit: str) -> str:
    if unit == "nines":
        return f"{amount} nines"
    shown = f"{amount:,}"
    return f"{shown} {unit}" if unit else shown


def value_fields(amount: int, unit: str) -> dict:
    if unit in ("nines", ""):
        return {"value": value_text(amount, unit)}
    return {"value": amount, "unit": unit}


def convert(amount: int, unit: str) -> str | None:
    """The same value in another unit (15 minutes -> 900 seconds), or None."""
    if unit == "nines":
        return "99." + "9" * (amount - 2) + " %"
    if unit in CONVERSIONS:
        other, factor = CONVERSIONS[unit]
        return f"{amount * factor:,} {other}"
    return None


def other_amount(amount: int, rng: random.Random) -> int:
    return amount * rng.choice((2, 3, 10)) if rng.random() < 0.5 else amount + rng.choice((1, 2, 5))


def synonym(text: str, unknown: bool, rng: random.Random) -> str:
    table = UNKNOWN_SYNONYMS if unknown else KNOWN_SYNONYMS
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w.rstrip(".?") in table]
    if not spots:
        return text
    i = rng.choice(spots)
    bare = words[i].rstrip(".?")
    words[i] = table[bare] + words[i][len(bare) :]
    return " ".join(words)


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    how = rng.randrange(3)
    if how == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swap neighbours
    if how == 1:
        return word[:i] + word[i + 1 :]  # drop a letter
    return word[:i] + word[i] + word[i:]  # double a letter


# ------------------------------------------------------------------ writing


def yaml_text(value) -> str:
    if isinstance(value, bool) or isinstance(value, int):
        return json.dumps(value)
    if isinstance(value, str):
        if "\n" in value:
            return "|\n" + "".join(f"      {line}\n" for line in value.splitlines()).rstrip("\n")
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(value)


def card_yaml(card: Card) -> list[str]:
    lines = []
    first = True
    for key, value in card.fields.items():
        lead = "  - " if first else "    "
        first = False
        if key == "columns":
            lines.append(f"{lead}columns: [{', '.join(json.dumps(c) for c in value)}]")
        elif key == "rows":
            lines.append(f"{lead}rows:")
            for label, cells in value.items():
                lines.append(
                    f"      {json.dumps(label)}: [{', '.join(json.dumps(c) for c in cells)}]"
                )
        elif key == "items":
            lines.append(f"{lead}items:")
            for item in value:
                if isinstance(item, dict):
                    ((term, text),) = item.items()
                    lines.append(f"      - {json.dumps(term)}: {json.dumps(text)}")
                else:
                    lines.append(f"      - {json.dumps(item)}")
        elif key == "tags":
            lines.append(f"{lead}tags: [{', '.join(value)}]")
        else:
            lines.append(f"{lead}{key}: {yaml_text(value)}")
    return lines


def dress(card: Card, rng: random.Random) -> None:
    """What real cards carry besides their fact: notes, examples, tags, sources."""
    fields = card.fields
    if rng.random() < 0.3:
        fields["note"] = (
            f"See `{rng.choice(NOUNS)}-{rng.choice(OBJECTS)}` in the **{rng.choice(ADJECTIVES)}** "
            f"guide; it {rng.choice(VERBS)} {rng.choice(OBJECTS)} per {rng.choice(NOUNS)}."
        )
    if card.kind == "concept" and rng.random() < 0.3:
        fields["example"] = f"One {rng.choice(NOUNS)} per {rng.choice(NOUNS)}."
    if rng.random() < 0.2:
        fields["tags"] = [rng.choice(("storage", "compute", "network", "security", "limits"))]
    if rng.random() < 0.1:
        fields["source"] = f"Vendor docs § {rng.choice(FEATURES)}"


def write_corpus(folder: Path, cards: list[Card]) -> None:
    (folder / "corpus.yaml").write_text(
        # the planted pairs cross topic decks: compared across the whole corpus
        "name: bench\ntitle: Bench\ndeck: Bench\nsettings:\n  fact_scope: corpus\n",
        encoding="utf-8",
    )
    for start in range(0, len(cards), PER_FILE):
        number = start // PER_FILE
        lines = [
            f"deck: Topic{number}",
            f"title: Topic {number}",
            f"source: Synthetic handbook § {number}",
            f"tags: [t{number % 40}]",
            "cards:",
        ]
        for card in cards[start : start + PER_FILE]:
            lines += card_yaml(card)
        sub = folder / f"part{number % 20:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"topic-{number:05d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def generate(size: int, folder: Path, share: float = 0.12) -> list[Plant]:
    """Write a corpus of ``size`` cards into ``folder``; returns the planted pairs."""
    gen = Generator(size)
    base = gen.base(size - int(size * share))
    planted, plants = gen.plant(base, share)
    cards = base + planted
    for card in cards:
        dress(card, gen.rng)
    gen.rng.shuffle(cards)
    write_corpus(folder, cards)
    return plants


# ------------------------------------------------------------------ measuring

EXPECTED = {
    "exact": {"duplicate-fact"},
    "restated": {"duplicate-fact"},
    "conflict": {"conflicting-fact"},
    "restated-conflict": {"conflicting-fact"},
    "typo": {"duplicate-fact", "similar-fact"},
    "paraphrase": {"duplicate-fact", "similar-fact", "conflicting-fact"},
}


class Stopwatch:
    """Wall and CPU seconds of each phase. CPU time is what the code costs; wall time
    also holds whatever else the machine was doing."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def run(self, phase: str, work):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        self.wall[phase] = round(time.perf_counter() - wall, 2)
        self.cpu[phase] = round(time.process_time() - cpu, 2)
        return result


def measure(folder: Path) -> dict:
    """Load and check the generated corpus in ``folder``; the figures as a dict."""
    from cheatdeck.checks import CheckContext, completeness, lockfile
    from cheatdeck.checks import facts as fact_checks
    from cheatdeck.load import load_corpus

    watch = Stopwatch()
    plants = [Plant(**p) for p in json.loads((folder.parent / "plants.json").read_text())]
    loaded = watch.run("load", lambda: load_corpus(folder))
    corpus = loaded.corpus
    assert corpus is not None, loaded.diagnostics[:5]
    ctx = CheckContext(corpus=corpus, lock=None, today=TODAY)

    def completeness_checks():
        found = list(lockfile.check_removed_cards(ctx))
        for check in completeness.CHECKS:
            found += list(check(ctx))
        return found

    other = watch.run("completeness", completeness_checks)
    findings = watch.run("facts", lambda: fact_checks.find_problems(corpus))
    diagnostics = watch.run("report", lambda: list(fact_checks.report(findings)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = score(findings, plants)
    result.update(
        cards=corpus.card_count(),
        wall=watch.wall,
        cpu=watch.cpu,
        total_s=round(sum(watch.wall.values()), 2),
        total_cpu_s=round(sum(watch.cpu.values()), 2),
        peak_mb=round(peak),
        diagnostics=dict(Counter(d.code for d in diagnostics + other)),
    )
    return result


def score(findings, plants: list[Plant]) -> dict:
    """Precision over reported card pairs; recall per planted category."""
    planted = {frozenset((p.original, p.copy)): p.category for p in plants}
    reported: dict[frozenset, set[str]] = defaultdict(set)
    for finding in findings:
        ids = list(dict.fromkeys(finding.card_ids))
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                reported[frozenset((a, b))].add(finding.code)
    true = [pair for pair in reported if pair in planted]
    by_code: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for pair, codes in reported.items():
        for code in codes:
            by_code[code][0] += pair in planted
            by_code[code][1] += 1
    recall: dict[str, dict] = {}
    for category in EXPECTED:
        pairs = [pair for pair, cat in planted.items() if cat == category]
        found = [pair for pair in pairs if pair in reported]
        right = [pair for pair in found if reported[pair] & EXPECTED[category]]
        recall[category] = {
            "planted": len(pairs),
            "found": len(found),
            "right_code": len(right),
        }
    total_planted = len(planted)
    return {
        "reported_pairs": len(reported),
        "precision": round(len(true) / len(reported), 4) if reported else 1.0,
        "recall": round(len(true) / total_planted, 4) if total_planted else 1.0,
        "precision_by_code": {c: round(t / n, 4) for c, (t, n) in sorted(by_code.items())},
        "recall_by_category": recall,
        "false_pairs": sorted(sorted(pair) for pair in reported if pair not in planted)[:10],
    }


def show(result: dict) -> None:
    wall, cpu = result["wall"], result["cpu"]
    phases = ", ".join(f"{phase} {wall[phase]} s ({cpu[phase]} s CPU)" for phase in wall)
    print(
        f"\n{result['cards']:,} cards: total {result['total_s']} s "
        f"({result['total_cpu_s']} s CPU), peak {result['peak_mb']} MB\n  {phases}"
    )
    print(
        f"  pairs reported {result['reported_pairs']:,}: precision {result['precision']:.3f}, "
        f"recall {result['recall']:.3f}; by code "
        + ", ".join(f"{c} {p:.3f}" for c, p in result["precision_by_code"].items())
    )
    for category, figures in result["recall_by_category"].items():
        planted = figures["planted"] or 1
        print(
            f"  {category:18} planted {figures['planted']:6,}"
            f"  found {figures['found'] / planted:6.1%}"
            f"  with the expected code {figures['right_code'] / planted:6.1%}"
        )
    print(
        "  diagnostics:", ", ".join(f"{c} {n:,}" for c, n in sorted(result["diagnostics"].items()))
    )
    if result["false_pairs"]:
        print("  some false pairs:", result["false_pairs"][:5])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma list of card counts")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # measure one corpus folder
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "cards"
            folder.mkdir()
            plants = generate(size, folder)  # here: its memory is not the checks'
            (folder.parent / "plants.json").write_text(json.dumps([vars(p) for p in plants]))
            run = subprocess.run(
                [sys.executable, __file__, "--one", str(folder)],
                capture_output=True,
                text=True,
                check=False,
            )
        if run.returncode != 0:
            sys.exit(run.stderr)
        result = json.loads(run.stdout)
        results.append(result)
        if not args.json:
            show(result)
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
