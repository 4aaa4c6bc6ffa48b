"""Skip a build whose inputs did not change; reuse the renderings of the last build.

After a successful build, ``OUT/.cheatdeck-manifest.json`` records a fingerprint of
every input and the size and mtime of every output. A later build with the same
fingerprint whose outputs are still as written does nothing at all (not even load
the corpus). This module imports only the standard library, to keep that path fast.

The fingerprint reads regular files only (a FIFO or a device is named, never
opened), and a link is followed only to a file inside the same folder. It reads the
text files a build reads (YAML, the lock, templates) and takes every other file (an
image, or one no card uses) by its size and modification time.

The manifest's first line is that record; its second line keeps every Markdown and
code rendering of the build (``text.RENDERED``, ``highlight.RENDERED``), under a key
of the renderer's code and library versions. A build that is not skipped starts from
them, so after editing one card only that card's fields are parsed and highlighted.
It also keeps what the PDF's layout found (``SHEET_LAID_OUT``, filled by the PDF
writer: its tall cards, where its "(cont.)" headings went): the next build lays the
sheet out with them first, and needs one layout when they still hold.
OUT is not trusted: the third line is an HMAC of the second under a key kept in the
user's cache folder (not in OUT), and renderings whose HMAC does not match, or that
no key can check, are not used (everything is rendered again).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import stat
from collections.abc import Iterator, Sequence, Set
from pathlib import Path

MANIFEST = ".cheatdeck-manifest.json"
#: What the last .apkg built into OUT shipped, note by note (``shipped.py``): a file of its
#: own, so that the manifest's first line, read by every build, stays small.
SHIPPED = ".cheatdeck-manifest-shipped.json"
#: What the PDF's layout found (``writers/sheet/pdf.py``, ``Guess.as_json``): of the sheet
#: laid out by this build, kept in the manifest; and of the last build into OUT, read back.
SHEET_LAID_OUT: dict = {}
SHEET_EARLIER: dict = {}
#: Files read whole for the fingerprint (the topics, corpus.yaml, the lock, templates);
#: any other file counts by its size and modification time.
READ_SUFFIXES = (".yaml", ".yml", ".lock", ".j2", ".css", ".html", ".js")


def _walk(root: str, folder: str, rel: str, h) -> None:
    """Hash every file below ``folder`` as os.walk would visit them (files, then folders):
    regular files only, links only to files inside ``root``, hidden names skipped."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return
    folders = []
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            if name != "__pycache__":
                folders.append(entry)
            continue
        h.update((rel + name).encode("utf-8", "surrogateescape") + b"\0")
        _hash_file(root, entry.path, h)
        h.update(b"\0")
    for entry in folders:
        _walk(root, entry.path, rel + entry.name + "/", h)


def _hash_file(root: str, path: str, h) -> None:
    """The file's bytes, when it is a regular file inside ``root``; else a word for what it is."""
    real = os.path.realpath(path)
    if os.path.commonpath([root, real]) != root:
        h.update(b"<a link out of the folder>")
        return
    try:
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        h.update(b"<unreadable>")
        return
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):  # a FIFO, /dev/zero, a linked folder: never read
        os.close(fd)
        h.update(b"<not a file>")
        return
    with os.fdopen(fd, "rb") as handle:
        h.update(str(info.st_size).encode())
        if not real.endswith(READ_SUFFIXES):  # an image, or a file no card uses
            h.update(b" " + str(info.st_mtime_ns).encode())
            return
        try:
            while block := handle.read(1 << 20):
                h.update(block)
        except OSError:
            h.update(b"<unreadable>")


def fingerprint(
    corpus_dir: Path, templates: Path, settings: dict, media: Sequence[str] = ()
) -> str:
    """A hash of everything a build reads: the corpus folder's files, and ``media`` (the
    images the last build's cards showed, corpus-relative) by name, size and time, for
    an image the walk does not visit (in a hidden or a linked folder)."""
    h = hashlib.sha256()
    h.update(json.dumps(settings, sort_keys=True, default=str).encode())
    h.update(dt.date.today().isoformat().encode())  # stale warnings depend on the date
    h.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    for root in (corpus_dir, templates):
        h.update(b"\1" + str(root.name).encode())
        if root.is_dir():
            real = os.path.realpath(root)
            _walk(real, real, "", h)
    real = os.path.realpath(corpus_dir)
    for name in sorted(media):
        h.update(b"\2" + name.encode("utf-8", "surrogateescape") + b"\0")
        _hash_file(real, os.path.join(real, name), h)
    return h.hexdigest()


def last_media(out_dir: Path) -> list[str]:
    """The images the cards of the last build into ``out_dir`` showed (its manifest)."""
    media = _record(out_dir).get("media")
    if not isinstance(media, list):
        return []
    return [name for name in media if isinstance(name, str)]


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if path.is_dir():
        total = 0
        newest = st.st_mtime_ns
        for child in sorted(path.rglob("*")):
            cst = child.stat()
            total += cst.st_size
            newest = max(newest, cst.st_mtime_ns)
        return [total, newest]
    return [st.st_size, st.st_mtime_ns]


def up_to_date(out_dir: Path, print_: str) -> dict | None:
    """The stored manifest when nothing changed since it was written, else None."""
    data = _record(out_dir)  # the renderings below its first line are not needed
    if data.get("fingerprint") != print_ or not data.get("outputs"):
        return None
    for name, recorded in data["outputs"].items():
        if _stat(out_dir / name) != recorded:
            return None
    return data


def last_outputs(out_dir: Path) -> list[str]:
    """The outputs the last build into ``out_dir`` recorded (none without a manifest)."""
    outputs = _record(out_dir).get("outputs")
    return sorted(outputs) if isinstance(outputs, dict) else []


def owned_outputs(out_dir: Path) -> set[str]:
    """The outputs in ``out_dir`` that cheatdeck wrote: any build into it, any corpus
    (none without a manifest). Only these may be replaced by a build."""
    record = _record(out_dir)
    owned: set[str] = set()
    for key in ("owned", "outputs"):  # "outputs": a manifest of cheatdeck 0.1
        names = record.get(key)
        if isinstance(names, list | dict):
            owned.update(name for name in names if isinstance(name, str))
    return owned


def claim(out_dir: Path, names: list[str]) -> None:
    """Record ``names`` (just written into ``out_dir``) as cheatdeck's in its manifest,
    unless it has them already: a build stopped before its manifest still owns them."""
    owned = owned_outputs(out_dir)
    if owned.issuperset(names):
        return
    path = out_dir / MANIFEST
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, ValueError):
        lines = []
    record = _record(out_dir)
    record["owned"] = sorted(owned | set(names))
    first = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    from .build import write_file

    write_file(path, "".join([first + "\n", *lines[1:]]).encode("utf-8"))


def _record(out_dir: Path) -> dict:
    """The first line of ``out_dir``'s manifest ({} when there is none or it is unreadable)."""
    try:
        with open(out_dir / MANIFEST, encoding="utf-8") as handle:
            data = json.loads(handle.readline())
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def manifest(
    out_dir: Path,
    print_: str,
    names: list[str],
    report: dict[str, str],
    media: Sequence[str] = (),
) -> Iterator[str]:
    """The manifest to store after a build (outputs must already be written), in pieces:
    the record on the first line, this run's renderings on the second. The record keeps
    every output cheatdeck wrote into ``out_dir`` that is still there (``owned``), and
    the images the cards show (``media``: what the next fingerprint looks at), and the
    report as each ``--format`` printed it (``report``), for an unchanged build to print."""
    outputs = {name: _stat(out_dir / name) for name in names}
    owned = sorted(n for n in owned_outputs(out_dir) | set(names) if os.path.lexists(out_dir / n))
    data = {"fingerprint": print_, "outputs": outputs, "owned": owned, "report": report}
    if media:
        data["media"] = sorted(media)
    yield json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    key = signing_key()
    if key is None:
        return  # nothing could check them later: not stored
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for piece in _renderings():
        mac.update(piece.encode("utf-8"))
        yield piece
    yield "\n" + mac.hexdigest() + "\n"


def signing_key() -> bytes | None:
    """This user's key for the stored renderings (made on first use), kept outside OUT;
    None when it can be neither read nor made."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "cheatdeck" / "renderings.key"
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        key = os.urandom(32)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key
    except OSError:
        return None


# ------------------------------------------------------------------ renderings


def renderer_key() -> str:
    """What the renderings depend on: our rendering code and the libraries' versions."""
    import markdown_it
    import pygments

    from . import __version__, highlight, text

    h = hashlib.sha256(__version__.encode())
    for module in (text, highlight):
        h.update(Path(module.__file__).read_bytes())
    # the libraries' own version attributes: importlib.metadata costs 30 ms to import
    for package, module in (("markdown-it-py", markdown_it), ("pygments", pygments)):
        h.update(f"{package}={module.__version__}".encode())
    return h.hexdigest()


def _renderings() -> Iterator[str]:
    """``{"key":…,"inline":{source: html, …},"code":[[source, lang, html], …],"sheet":{…}}``
    in pieces (25 MB of JSON at 100k cards), each encoded by one call of the JSON encoder;
    "sheet" is what the PDF's layout found (``SHEET_LAID_OUT``, or the last one kept)."""
    from . import highlight, text

    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    yield '{"key":' + dump(renderer_key()) + ',"inline":'
    yield dump(text.RENDERED)
    code = [(source, lang, rendered) for (source, lang), rendered in highlight.RENDERED.items()]
    yield ',"code":' + dump(code)
    yield ',"sheet":' + dump(SHEET_LAID_OUT or SHEET_EARLIER) + "}"  # no PDF built: kept


def reuse_renderings(out_dir: Path) -> int:
    """Start this run from the renderings stored by the last build into ``out_dir``;
    returns how many were taken (none when the renderer changed since).

    What earlier runs of this process rendered is dropped, so the manifest keeps the
    renderings of this build's corpus only."""
    from . import highlight, text

    for store in (text.RENDERED, text.EARLIER, highlight.RENDERED, highlight.EARLIER):
        store.clear()
    SHEET_LAID_OUT.clear()
    SHEET_EARLIER.clear()
    try:
        with open(Path(out_dir) / MANIFEST, encoding="utf-8") as handle:
            handle.readline()
            line = handle.readline().rstrip("\n")
            mac = handle.readline().strip()
    except (OSError, ValueError):
        return 0
    key = signing_key()
    if key is None or not line:
        return 0
    wanted = hmac.new(key, line.encode("utf-8"), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(wanted, mac):
        return 0  # written by someone else, or changed since: not trusted
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return 0
    if not isinstance(data, dict):
        return 0
    sheet = data.get("sheet")
    if isinstance(sheet, dict):  # read as a guess by the PDF writer, which checks it
        SHEET_EARLIER.update(sheet)
    if data.get("key") != renderer_key():
        return 0
    inline, code = data.get("inline"), data.get("code")
    if not isinstance(inline, dict) or not isinstance(code, list):
        return 0
    text.EARLIER.update(
        (source, rendered)
        for source, rendered in inline.items()
        if isinstance(source, str) and isinstance(rendered, str)
    )
    highlight.EARLIER.update(
        ((entry[0], entry[1]), entry[2])
        for entry in code
        if isinstance(entry, list)
        and len(entry) == 3
        and isinstance(entry[0], str)
        and (entry[1] is None or isinstance(entry[1], str))
        and isinstance(entry[2], str)
    )
    return len(inline) + len(code)


def shipped_notes(out_dir: Path, corpus_name: str, guids: Set[str] = frozenset()) -> dict:
    """The notes the last .apkg of the corpus named ``corpus_name`` built into
    ``out_dir`` shipped ({} when not known); when ``out_dir`` has none of that name,
    those of the corpus built into it under another name that shipped notes of ``guids``
    (the GUIDs the lock holds: the corpus's ``name:`` changed since its last .apkg)."""
    by_corpus = _shipped_by_corpus(out_dir)
    if corpus_name in by_corpus or not guids:
        return by_corpus.get(corpus_name, {})
    return next((notes for notes in by_corpus.values() if not guids.isdisjoint(notes)), {})


def _shipped_by_corpus(out_dir: Path) -> dict[str, dict]:
    """Corpus name -> the notes its last .apkg built into ``out_dir`` shipped: the
    corpus built last, and those built into it before under other names ("others")."""
    try:
        data = json.loads((Path(out_dir) / SHIPPED).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    others = data.get("others")
    found = dict(others) if isinstance(others, dict) else {}
    if isinstance(data.get("corpus"), str):
        found[data["corpus"]] = data.get("notes")
    return {name: notes for name, notes in found.items() if isinstance(notes, dict)}


def shipped_file(corpus_name: str, notes: dict, out_dir: Path) -> bytes:
    """``SHIPPED``'s bytes: the corpus's name, then one note a line, sorted; then what
    the file held of the other corpora built into ``out_dir``, one corpus a line."""
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # not one call
    lines = (encode(guid) + ":" + encode(entry) for guid, entry in sorted(notes.items()))
    head = '{"corpus": ' + json.dumps(corpus_name, ensure_ascii=False) + ',\n"notes": {\n'
    others = _shipped_by_corpus(out_dir)
    others.pop(corpus_name, None)
    rest = ",\n".join(encode(name) + ":" + encode(others[name]) for name in sorted(others))
    return (head + ",\n".join(lines) + '\n},\n"others": {\n' + rest + "\n}}\n").encode("utf-8")
