"""The ``crowdanki`` writer: a CrowdAnki folder (``deck.json`` + ``media/``) for git-based decks.

CrowdAnki (an Anki add-on) and Brain Brew read ``deck.json``: the root deck with its
sub-decks as ``children``, the note models, the deck options (``deck_options``, the
.apkg's too) and each deck's notes.
Notes carry the apkg's GUIDs, fields, tags and image names (the apkg writer's own
functions), and note models its note types (names, fields, templates, CSS), each
with a ``crowdanki_uuid`` derived from the note type's fixed id; so importing this
folder and importing the .apkg touch the same notes.
"""

from __future__ import annotations

import json

from ...facts import Fact
from .. import BuildContext, OutputError
from ..exports.common import deck_parts, read_image, stable_uuid
from .deck_options import deck_options
from .fields import Media, field_values, inline_image_path, media_name, tags_of
from .notetypes import NOTE_TYPES, NoteTypeSpec, note_type_of, notetype_json

FIELD_KEYS = ("name", "ord", "font", "media", "rtl", "size", "sticky")
TEMPLATE_KEYS = ("name", "ord", "qfmt", "afmt", "bqfmt", "bafmt", "bfont", "bsize", "did")
MODEL_KEYS = (
    "name",
    "css",
    "latexPre",
    "latexPost",
    "latexsvg",
    "req",
    "sortf",
    "tags",
    "type",
    "vers",
)


def render(ctx: BuildContext) -> dict[str, bytes]:
    from .apkg import note_look  # the apkg's CSS and templates, read the way it reads them

    look = note_look(ctx)
    media: dict[str, Media] = {}
    config_uuid = stable_uuid(f"cheatdeck deck-config {ctx.corpus.name}")
    root = deck_node(ctx.corpus.deck, config_uuid)
    for fact in ctx.facts:
        image = None
        if fact.card.image:
            image = media.get(fact.card.image) or _media(ctx, fact.card.image, fact.retired)
            if image is not None:
                media[fact.card.image] = image
        node = find_deck(root, deck_parts(fact.card.deck)[len(deck_parts(ctx.corpus.deck)) :])
        node["notes"].append(note(fact, image, lambda src: _inline(ctx, media, src)))
    used = [
        spec
        for spec in NOTE_TYPES.values()
        if any(note_type_of(f.variant) is spec for f in ctx.facts)
    ]
    root["note_models"] = [note_model(spec, look, ctx) for spec in used]
    root["deck_configurations"] = [deck_config(ctx, config_uuid)]
    root["media_files"] = sorted({m.name for m in media.values()})
    drop_paths(root)
    files = {"deck.json": (json.dumps(root, ensure_ascii=False, indent=4) + "\n").encode("utf-8")}
    for item in media.values():
        files[f"media/{item.name}"] = item.data
    return files


def _inline(ctx: BuildContext, media: dict[str, Media], src: str) -> str | None:
    """The media name of an image written in a card's text (packed like the apkg's),
    or None: then the field shows its alt text."""
    path = inline_image_path(ctx.corpus_dir, src)
    if path is None:
        return None
    if path not in media:
        found = _media(ctx, path, retired=True)
        if found is None:
            return None
        media[path] = found
    return media[path].name


def _media(ctx: BuildContext, path: str, retired: bool) -> Media | None:
    data = read_image(ctx, path)
    if data is None:
        if retired:  # a retired card's image may have gone with it
            return None
        raise OutputError(f"cannot read image {path}")
    name, digest = media_name(path, data)
    return Media(path, name, data, digest)


def deck_node(name: str, config_uuid: str) -> dict:
    return {
        "__type__": "Deck",
        "children": [],
        "crowdanki_uuid": stable_uuid(f"cheatdeck deck {name}"),
        "deck_config_uuid": config_uuid,
        "desc": "",
        "dyn": 0,
        "extendNew": 0,
        "extendRev": 0,
        "name": name.split("::")[-1],
        "notes": [],
        "_path": name,
    }


def find_deck(root: dict, parts: list[str]) -> dict:
    """The node of a sub-deck (its path below the root), created on first use."""
    node = root
    for part in parts:
        for child in node["children"]:
            if child["name"] == part:
                node = child
                break
        else:
            child = deck_node(f"{node['_path']}::{part}", root["deck_config_uuid"])
            node["children"].append(child)
            node = child
    return node


def drop_paths(node: dict) -> None:
    """Remove the full paths kept while building (CrowdAnki names decks by level)."""
    node.pop("_path", None)
    for child in node["children"]:
        drop_paths(child)


def note(fact: Fact, image: Media | None, inline_image=None) -> dict:
    return {
        "__type__": "Note",
        "data": "",
        "fields": field_values(fact, image, inline_image),
        "flags": 0,
        "guid": fact.guid,
        "note_model_uuid": model_uuid(note_type_of(fact.variant)),
        "tags": tags_of(fact),
    }


def model_uuid(spec: NoteTypeSpec) -> str:
    return stable_uuid(f"cheatdeck notetype {spec.id}")


def note_model(spec: NoteTypeSpec, look, ctx: BuildContext) -> dict:
    """The note type as CrowdAnki writes one: Anki's JSON without collection ids."""
    stamp = ctx.lock.stamp(f"notetype:{spec.name}", look.digest(spec))
    full = notetype_json(spec, look, stamp, 1)
    model = {key: full[key] for key in MODEL_KEYS}
    model["flds"] = [{key: field[key] for key in FIELD_KEYS} for field in full["flds"]]
    model["tmpls"] = [{key: t[key] for key in TEMPLATE_KEYS} for t in full["tmpls"]]
    model["__type__"] = "NoteModel"
    model["crowdanki_uuid"] = model_uuid(spec)
    return dict(sorted(model.items()))


def deck_config(ctx: BuildContext, config_uuid: str) -> dict:
    """The deck options every Anki output shares, named after the corpus."""
    return {
        "__type__": "DeckConfig",
        "crowdanki_uuid": config_uuid,
        "name": ctx.corpus.title,
        **deck_options(),
    }
