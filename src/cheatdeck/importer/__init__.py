"""``cheatdeck import FILE... [-o CORPUS]``: existing Anki notes -> a new corpus.

Sources: ``.apkg``/``.colpkg`` (``anki_package``), Anki's "Notes in Plain Text" export
with its GUID column (``text_export``), a CrowdAnki folder (``crowdanki``). Every note
becomes a card of the closest kind by the rules in ``mapping``; each deck becomes one
topic file (sub-decks kept); GUIDs and tags are kept; media files the cards show are
copied into ``images/``; the JSON Schemas go into ``schema/``, where each file's editor
hint points. The corpus is written whole into a new (or empty) folder, or
not at all, and ``import.txt`` beside it lists every note that lost something or was
left out, as the command also prints. Notes of several top decks (a whole collection)
make one corpus per top deck, each in a folder of its own inside it: a corpus has one
root deck, and each keeps its deck's name, so Anki finds the cards where they are.
"""

from __future__ import annotations

import shlex
import sys
import tempfile
from pathlib import Path

import yaml

from ..build import create_folder
from ..diagnostics import plural
from ..media import bytes_problem
from .mapping import card_id_base, media_name, note_to_card, own_id, slug
from .notes import ImportedNote, ImportError_

REPORT_FILE = "import.txt"


def read_sources(paths: list[Path], work: Path) -> list[ImportedNote]:
    notes: list[ImportedNote] = []
    for index, path in enumerate(paths):
        if not path.exists():
            raise ImportError_(f"{path}: no such file")
        if path.is_dir():
            from .crowdanki import read_crowdanki

            notes += read_crowdanki(path)
        elif path.suffix.lower() in (".apkg", ".colpkg"):  # "DECK.APKG" as well
            from .anki_package import read_package

            notes += read_package(path, work / f"package-{index}")
        elif path.suffix.lower() in (".txt", ".tsv", ".csv"):
            from .text_export import read_text_export

            notes += read_text_export(path)
        else:
            raise ImportError_(
                f"{path}: not a .apkg, .colpkg, notes .txt export or CrowdAnki folder"
            )
    return notes


def _top_decks(notes: list[ImportedNote]) -> list[str]:
    return sorted({note.deck.split("::")[0] for note in notes})


def build_corpora(
    notes: list[ImportedNote], name: str
) -> tuple[dict[str, bytes], list[str], list[str]]:
    """Relative path -> bytes of the new corpus, or of one corpus per top deck in
    folders of their own; the report lines; the corpora's folders ("" for one)."""
    tops = _top_decks(notes)
    if len(tops) < 2:
        files, report = build_corpus(notes, name)
        files[REPORT_FILE] = _report_text(report)
        return files, report, [""]
    files, report, folders = {}, [], []
    for top in tops:
        folder = slug(top, "deck")
        while folder in folders:
            folder += "-x"
        folders.append(folder)
        group = [note for note in notes if note.deck.split("::")[0] == top]
        its_files, its_report = build_corpus(group, folder)
        its_files[REPORT_FILE] = _report_text(its_report)
        files.update({f"{folder}/{path}": data for path, data in its_files.items()})
        report += its_report
    report.append(
        f"the notes come from {len(tops)} top decks ({', '.join(tops)}) and a corpus has one "
        f"root deck, so each is a corpus of its own, in the folders {', '.join(folders[:-1])} "
        f"and {folders[-1]}: "
        "check, build and adopt each"
    )
    return files, report, folders


def _report_text(report: list[str]) -> bytes:
    return "".join(f"{line}\n" for line in report).encode("utf-8")


def build_corpus(notes: list[ImportedNote], name: str) -> tuple[dict[str, bytes], list[str]]:
    """Relative path -> bytes of the new corpus of the notes of one top deck, and the
    report lines."""
    tops = _top_decks(notes)
    root = tops[0] if tops else "Imported"
    report: list[str] = []
    files: dict[str, bytes] = {}
    images: dict[str, str] = {}
    damaged: dict[str, str] = {}  # image -> its report line
    for note in notes:  # media the notes show, copied once each
        for src in _image_sources(note):
            if src in images or note.media_dir is None:
                continue
            found = note.media_dir / src
            if media_name(src) and found.is_file():
                target = f"images/{src}"
                files[target] = found.read_bytes()
                images[src] = target
                if problem := bytes_problem(found):  # copied all the same: the user decides
                    damaged[src] = (
                        f"{note.source}: note {note.guid} ({note.deck}): image {target} "
                        f"{problem} (check stops on it until then)"
                    )
    by_deck: dict[str, list[dict]] = {}
    used_ids: set[str] = set()
    in_root = 0
    shown: set[str] = set()  # the images of the notes that became cards
    looks: dict[tuple[str, str, str], list[int]] = {}  # note types of a look of their own
    for note in notes:
        card, lines = note_to_card(note, images)
        where = f"{note.source}: note {note.guid} ({note.deck})"
        if card is None:
            report += [f"{where}: {line}" for line in lines]
            continue
        shown.update(_image_sources(note))
        if note.notetype.look and not _stays_own(note, card):
            looks.setdefault((note.source, note.notetype.name, note.notetype.look), []).append(1)
        base = own_id(note) or card_id_base(card, note.deck)
        card_id, n = base, 2
        while card_id in used_ids:
            card_id, n = f"{base}-{n}", n + 1
        used_ids.add(card_id)
        report += [f"{where} -> {card_id}: {line}" for line in lines]
        sub = note.deck.split("::")[1:]
        if not sub:
            sub = ["General"]
            in_root += 1
        by_deck.setdefault("::".join(sub), []).append({"id": card_id, **card})
    for src, target in images.items():  # a left-out note's image (Image Occlusion's) stays out
        if src not in shown:
            del files[target]
    report = [line for src, line in damaged.items() if src in shown] + report
    report += [_look_line(*key, len(notes)) for key, notes in looks.items()]
    if in_root:
        report.append(
            f"{plural(in_root, 'note')} of the deck {root} itself "
            f"{'is' if in_root == 1 else 'are'} in the topic {root}::General "
            "(a corpus has no cards in its root deck; adopt moves the cards you have "
            "there, reviews kept)"
        )
    files["corpus.yaml"] = _dump(
        {"name": name, "title": root, "subtitle": "Imported from Anki", "deck": root},
        "corpus.schema.json",
    )
    taken: set[str] = set()
    for order, (deck, cards) in enumerate(sorted(by_deck.items()), start=1):
        stem = slug(deck.replace("::", " "), "deck")
        while stem in taken:
            stem += "-x"
        taken.add(stem)
        topic = {"deck": deck, "title": deck.replace("::", " › "), "order": order * 10}
        topic["cards"] = cards
        files[f"{stem}.yaml"] = _dump(topic, "topic.schema.json")
    from ..schema import generated

    for schema_name, text in generated().items():  # where the files' editor hints point
        files[f"schema/{schema_name}"] = text.encode("utf-8")
    return files, report


def _stays_own(note: ImportedNote, card: dict) -> bool:
    """Whether ``note`` is of cheatdeck's own note type for the kind it came back as (a
    deck cheatdeck built, imported back): the build gives it that note type again, so
    adopt does not move it and its look stays."""
    from ..writers.anki.notetypes import NOTE_TYPES

    own = NOTE_TYPES.get(card.get("kind", ""))
    return own is not None and note.notetype.id == own.id


def _look_line(source: str, notetype: str, look: str, count: int) -> str:
    """What the report says, before adopt, of a note type with a look of its own."""
    return (
        f"{source}: note type '{notetype}' ({plural(count, 'note')}) has a look of its own "
        f"({look}), which cheatdeck's note types do not keep: once adopted, "
        f"{'its note shows' if count == 1 else 'its notes show'} as every cheatdeck card does "
        "(the note type stays in Anki, empty, with its look)"
    )


def _image_sources(note: ImportedNote) -> list[str]:
    from .mapping import convert

    return [src for value in note.values for src in convert(value).images]


def _dump(data: dict, schema_file: str) -> bytes:
    hint = f"# yaml-language-server: $schema=schema/{schema_file}\n"
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return (hint + text).encode("utf-8")


def write_corpus(target: Path, files: dict[str, bytes]) -> None:
    """All the files or none: written beside ``target``, then renamed into place."""
    if target.exists() and not target.is_dir():
        raise ImportError_(f"'{target}' is a file, not a folder")
    if target.is_dir() and any(target.iterdir()):
        raise ImportError_(f"'{target}' is not empty; nothing was written (give a new folder)")
    create_folder(target, files)


def _why_not(target: Path, exc: OSError) -> str:
    """Why ``target`` could not be made: the file standing where a folder above it
    should be, else the system's reason."""
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                return f"'{parent}' is a file, not a folder"
            break
    return exc.strerror or str(exc)


def run(args) -> int:
    from ..diagnostics import EXIT_PROBLEMS, EXIT_USAGE

    target = Path(args.out)
    paths = [Path(p) for p in args.files]
    try:
        with tempfile.TemporaryDirectory(prefix="cheatdeck-import-") as work:
            notes = read_sources(paths, Path(work))
            if not notes:
                raise ImportError_("no notes found in " + ", ".join(map(str, paths)))
            name = slug(target.resolve().name, "imported")
            files, report, folders = build_corpora(notes, name)
            write_corpus(target, files)
    except ImportError_ as exc:
        print(f"cheatdeck: error: {exc}", file=sys.stderr)
        usage = ("not empty", "no such", "not a folder")
        return EXIT_USAGE if any(word in str(exc) for word in usage) else EXIT_PROBLEMS
    except OSError as exc:  # a folder under a file, a place no one may write
        print(f"cheatdeck: error: cannot write {target}: {_why_not(target, exc)}", file=sys.stderr)
        return EXIT_PROBLEMS
    corpora = [target / folder for folder in folders]
    topics = sum(
        1
        for rel in files
        if rel.endswith(".yaml")
        and rel.count("/") == (len(folders) > 1)
        and not rel.endswith("corpus.yaml")
    )
    sys.stdout.write(_report_text(report).decode("utf-8"))
    left_out = sum(1 for line in report if ": left out:" in line)
    kept = " and ".join(str(corpus / REPORT_FILE) for corpus in corpora)
    print(
        f"{len(notes) - left_out} of {plural(len(notes), 'note')} imported into {target} "
        f"({plural(topics, 'topic file')}); {plural(len(report), 'remark')}, kept in {kept}"
    )
    for corpus in corpora:
        shown = shlex.quote(str(corpus))
        print(f"next: cheatdeck check {shown} && cheatdeck build {shown}")
    return 0
