"""``cheatdeck init [DIR]`` (a starter corpus) and ``cheatdeck schema [CORPUS]`` (the JSON
Schemas where the corpus's editor hints point).

The starter corpus is the package's ``starter/`` folder: ``corpus.yaml``, a topic file
with one card of every kind, an image, and a ``.gitignore`` for the build folder. Its
hints point at ``schema/``, which ``init`` writes too, so an editor completes fields at once.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from ..build import create_folder
from ..load import names_for_folder
from ..starter_corpus import STARTER

#: Shipped without the dot (a .gitignore inside the package would hide files from git).
RENAMED = {"gitignore": ".gitignore"}


class InitRefused(Exception):
    """The target folder holds files: init changes nothing there."""


def starter_files(name: str = "my-deck", title: str = "My deck") -> dict[str, bytes]:
    """Relative path -> bytes of every file of the starter corpus (schemas included),
    its ``corpus.yaml`` giving ``name``, ``title`` and ``deck`` (the title)."""
    from ..schema import generated

    files = {}
    for path in sorted(STARTER.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(STARTER).as_posix()
            files[RENAMED.get(rel, rel)] = path.read_bytes()
    files["corpus.yaml"] = _named(files["corpus.yaml"].decode("utf-8"), name, title)
    for schema_name, text in generated().items():
        files[f"schema/{schema_name}"] = text.encode("utf-8")
    return files


def _named(text: str, name: str, title: str) -> bytes:
    """The starter's corpus.yaml with the corpus's own name, title and deck."""
    text = text.replace("my-deck", name)
    text = re.sub(r"(?m)^(title|deck): .*$", lambda m: f"{m[1]}: {_quoted(title)}", text)
    return text.encode("utf-8")


def _quoted(text: str) -> str:
    """``text`` as a YAML value that reads back as written (quoted when YAML would read it
    as something else: "2024", "Yes", "1.10")."""
    import yaml

    if yaml.safe_load(text) == text and ":" not in text and "#" not in text:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def create(target: Path) -> tuple[list[str], str]:
    """Write the starter corpus into ``target`` (absent or empty), named after the folder;
    the files written and the corpus's name."""
    if target.exists() and not target.is_dir():
        raise InitRefused(f"'{target}' is a file, not a folder")
    if target.is_dir() and any(target.iterdir()):
        raise InitRefused(
            f"'{target}' is not empty; nothing was changed "
            "(give a new folder: cheatdeck init my-cards)"
        )
    name, title = names_for_folder(target)
    files = starter_files(name, title)
    create_folder(target, files)
    return sorted(files), name


def run_init(args) -> int:
    from ..diagnostics import EXIT_USAGE

    target = Path(args.dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        written, name = create(target)
    except InitRefused as exc:
        print(f"cheatdeck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"cheatdeck: error: cannot write {target}: {exc.strerror}", file=sys.stderr)
        return 1
    for rel in written:
        print(target / rel)
    where = str(target)
    print(
        f"\nA starter corpus is in {where}. Next:\n"
        f"  cheatdeck check {shlex.quote(where)} --strict\n"
        f"  cheatdeck build {shlex.quote(where)} -o {shlex.quote(where + '/build')}\n"
        f"then open {where}/build/{name}.html, or import {name}.apkg into Anki."
    )
    return 0


def run_schema(args) -> int:
    from ..schema import hint_line, hinted_folders, write_schemas

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        from ..diagnostics import EXIT_USAGE

        print(f"cheatdeck: error: no corpus folder '{args.corpus}'", file=sys.stderr)
        return EXIT_USAGE
    folders = hinted_folders(corpus)
    if not folders:
        folder = corpus / "schema"
        print(
            f"no '# yaml-language-server: $schema=...' line in {corpus}; writing {folder}.\n"
            "Put this first line in each topic file (corpus.yaml: corpus.schema.json):\n"
            f"  {hint_line(corpus / 'topic.yaml', folder)}"
        )
        folders = [folder]
    for folder in folders:
        for path in write_schemas(folder):
            print(path)
    return 0
