"""The command line: arguments -> pipeline -> exit status. The only module that prints.

Exit status: 0 success; 1 the corpus has errors (or warnings with --strict) or an
output could not be made; 2 usage error (unknown option, missing corpus folder,
unknown format).
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from pathlib import Path
from shlex import quote

from . import __version__
from .invocation import typed

# diagnostics (exit statuses) is imported where needed: --help and an unchanged build skip it

FORMATS_HELP = "comma list of formats (default apkg,pdf,html,md; 'all' for every format)"


class UsageError(Exception):
    """A command line that cannot run: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, status 2
        from .diagnostics import EXIT_USAGE

        self.print_usage(sys.stderr)
        hint = _near_choice(message) or _formats_hint(self, message)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}{hint}\n")

    def parse_known_args(self, args=None, namespace=None):
        """An option the command does not have is named with its nearest one (``--stict``:
        did you mean --strict?), by the command's own parser, before anything runs."""
        parsed, extra = super().parse_known_args(args, namespace)
        if extra and self._subparsers is not None:
            command = getattr(parsed, "command", None)
            sub = self._subparsers._group_actions[0].choices.get(command, self)
            sub.error(f"unrecognized arguments: {' '.join(extra)}{_near_options(sub, extra)}")
        return parsed, extra


def _near_choice(message: str) -> str:
    """'; did you mean 'build'?' for argparse's "invalid choice: 'bulid' (choose from …)"."""
    import difflib
    import re

    found = re.search(r"invalid choice: '(.*?)' \(choose from (.*)\)$", message)
    if found is None:
        return ""
    choices = re.findall(r"'([^']*)'", found[2])
    close = difflib.get_close_matches(found[1].lower(), choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _formats_hint(parser: argparse.ArgumentParser, message: str) -> str:
    """'--format pdf' on build: --format is how problems are printed; -f picks outputs."""
    import re

    found = re.match(r"argument --format: invalid choice: '(.*?)'", message)
    if found is None or "-f" not in parser._option_string_actions:
        return ""
    return f"; --format is how problems are printed: the outputs are chosen with -f (-f {found[1]})"


def _near_options(parser: argparse.ArgumentParser, extra: list[str]) -> str:
    """'; did you mean --strict?' for the unknown options in ``extra`` that are near one."""
    import difflib

    known = sorted(s for s in parser._option_string_actions if s.startswith("--"))
    near = []
    for word in extra:
        option = word.split("=", 1)[0]
        if option.startswith("--"):
            near += difflib.get_close_matches(option, known, n=1, cutoff=0.6)
    return f"; did you mean {', '.join(dict.fromkeys(near))}?" if near else ""


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cheatdeck",
        description="Compile YAML cards into an Anki deck, a cheat sheet, Markdown and exports.",
    )
    parser.add_argument("--version", action="version", version=f"cheatdeck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    check = commands.add_parser("check", help="check the corpus; write nothing")
    _common(check)

    build = commands.add_parser("build", help="check, then build the outputs")
    _common(build)
    build.add_argument("-o", "--out", default="build", metavar="OUT", help="output folder (build)")
    build.add_argument("-f", "--formats", default=None, metavar="FORMATS", help=FORMATS_HELP)
    build.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="keep only cards with TAG"
    )
    build.add_argument(
        "--paper",
        type=str.lower,
        choices=("a4", "letter", "a3", "a5", "legal"),
        metavar="PAPER",
        help="sheet paper: a4, letter, a3, a5 or legal",
    )
    build.add_argument(
        "--orientation", type=str.lower, choices=("landscape", "portrait"), help="sheet orientation"
    )
    build.add_argument(
        "--pages", type=_page_count, metavar="N", help="fit the sheet to N pages by priority"
    )
    build.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    build.add_argument("-v", "--verbose", action="store_true", help="print every stage")
    _own_corpus_commands(commands)
    return parser


def _own_corpus_commands(commands) -> None:
    """init, schema, show, stats, import, adopt, watch: run by ``commands/`` modules."""
    init = commands.add_parser("init", help="write a starter corpus into a new folder")
    init.add_argument("dir", nargs="?", default="cards", metavar="DIR", help="new folder (cards)")
    schema = commands.add_parser(
        "schema", help="write the JSON Schemas where the corpus's editor hints point"
    )
    schema.add_argument("corpus", nargs="?", default="cards", metavar="CORPUS")
    show = commands.add_parser("show", help="print one card as each output shows it")
    show.add_argument("id", metavar="ID", help="card id")
    show.add_argument("corpus", nargs="?", default="cards", metavar="CORPUS")
    stats = commands.add_parser("stats", help="count cards per kind, deck, tag and priority")
    stats.add_argument("corpus", nargs="?", default="cards", metavar="CORPUS")
    imp = commands.add_parser(
        "import", help="make a corpus from .apkg/.colpkg, a notes .txt export or CrowdAnki"
    )
    imp.add_argument("files", nargs="+", metavar="FILE", help="what to import")
    imp.add_argument("-o", "--out", default="cards", metavar="CORPUS", help="new corpus folder")
    adopt = commands.add_parser(
        "adopt", help="move imported notes in an Anki collection to cheatdeck's note types"
    )
    adopt.add_argument("collection", metavar="COLLECTION", help="collection.anki2 (Anki closed)")
    adopt.add_argument("corpus", nargs="?", default="cards", metavar="CORPUS")
    watch = commands.add_parser("watch", help="rebuild the HTML and Markdown on every save")
    watch.add_argument("corpus", nargs="?", default="cards", metavar="CORPUS")
    watch.add_argument("-o", "--out", default="build", metavar="OUT", help="output folder")
    watch.add_argument(
        "--serve",
        type=_port,
        metavar="PORT",
        help="serve OUT on 127.0.0.1:PORT; the page reloads",
    )


def _common(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("corpus", nargs="?", default="cards", metavar="CORPUS", help="corpus folder")
    sub.add_argument("--strict", action="store_true", help="fail on warnings too")
    sub.add_argument(
        "--format", choices=("text", "json", "github"), default="text", help="diagnostics format"
    )


def main(argv: list[str] | None = None) -> int:
    _quiet_library_logs()
    args = make_parser().parse_args(argv)
    said = typed(sys.argv[1:] if argv is None else list(argv), getattr(args, "corpus", None))
    try:
        if args.command == "check":
            return run_check(args)
        if args.command == "build":
            return run_build(args)
        return _run_own_corpus_command(args)
    except UsageError as exc:
        from .diagnostics import EXIT_USAGE

        print(f"cheatdeck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        from .interrupt import end_interrupted

        end_interrupted()
    except BrokenPipeError:  # `cheatdeck stats | head`: the reader has read enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error
        return 0
    finally:
        said.var.reset(said)


def _quiet_library_logs() -> None:
    """Libraries' log records never reach the terminal: cheatdeck says what matters in its
    own lines. A library that logs through the root logger (ziafont, for the math) would
    otherwise make Python print every later library warning raw, WeasyPrint's included."""
    import logging

    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _page_count(text: str) -> int:
    """--pages: a whole number of pages, at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of pages (1 or more)")
    return int(text)


def _port(text: str) -> int:
    """--serve: a TCP port, 0 (any free one) to 65535."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port (0 to 65535)")
    return int(text)


def _run_own_corpus_command(args) -> int:
    if args.command in ("schema", "show", "stats", "watch", "adopt"):
        _default_corpus(args)
    if args.command in ("init", "schema"):
        from .commands import init

        return init.run_init(args) if args.command == "init" else init.run_schema(args)
    if args.command in ("show", "stats"):
        from .commands import inspect

        _corpus_dir(args)
        return inspect.run_show(args) if args.command == "show" else inspect.run_stats(args)
    if args.command == "import":
        from . import importer

        return importer.run(args)
    if args.command == "adopt":
        from . import adopt

        return adopt.run(args)
    if args.command == "watch":
        from . import watch

        return watch.run(args)
    raise AssertionError(args.command)  # pragma: no cover


def _default_corpus(args) -> None:
    """With no CORPUS given: ``cards``, or the current folder when it is a corpus itself."""
    if args.corpus == "cards" and not Path("cards").is_dir() and Path("corpus.yaml").is_file():
        args.corpus = "."


def _corpus_dir(args) -> Path:
    _default_corpus(args)
    corpus = Path(args.corpus)
    if corpus.is_file() and corpus.suffix.lower() in (".yaml", ".yml"):
        folder = corpus.parent.as_posix()
        raise UsageError(
            f"'{args.corpus}' is a file: give the corpus folder that holds corpus.yaml "
            f"(cheatdeck {args.command} {quote(folder)})"
        )
    if not corpus.is_dir():
        hint = _where_the_corpus_is(args) if args.corpus == "cards" else _near_miss(corpus, args)
        raise UsageError(f"no corpus folder '{args.corpus}'{_swapped(args) or hint}")
    return corpus


def _swapped(args) -> str:
    """For ``show CORPUS ID``: the card id comes first (``cheatdeck show ID CORPUS``)."""
    from .load import CORPUS_FILE

    given = getattr(args, "id", None)
    if args.command != "show" or not given or not (Path(given) / CORPUS_FILE).is_file():
        return ""
    return f": the card id comes first: cheatdeck show {args.corpus} {given}"


def _near_miss(corpus: Path, args) -> str:
    """A corpus folder beside the one named whose name is close to it (a typo)."""
    import difflib

    from .load import CORPUS_FILE

    try:
        beside = [p.name for p in corpus.parent.iterdir() if (p / CORPUS_FILE).is_file()]
    except OSError:
        return ""
    close = difflib.get_close_matches(corpus.name, beside, n=1, cutoff=0.6)
    if not close:
        return ""
    found = (corpus.parent / close[0]).as_posix()
    return f": did you mean cheatdeck {args.command} {quote(found)}?"


def _where_the_corpus_is(args) -> str:
    """With no CORPUS given and no ``cards`` folder here: the corpus below or above the
    current folder to name instead (a corpus folder of another name, or a run from inside
    a corpus's sub-folder or its OUT), else how to start one."""
    from .load import CORPUS_FILE, nested_corpus

    below = nested_corpus(Path("."))
    if below is not None:
        return (
            f" here, but '{below.as_posix()}' is one (it holds {CORPUS_FILE}): "
            f"cheatdeck {args.command} {quote(below.as_posix())}"
        )
    here = Path.cwd()
    for depth, folder in enumerate(here.parents[:3], start=1):
        up = "/".join([".."] * depth)
        if (folder / CORPUS_FILE).is_file():
            return (
                f" here, but this folder is inside one, '{up}' (it holds {CORPUS_FILE}): "
                f"cheatdeck {args.command} {up}"
            )
        if (folder / args.corpus / CORPUS_FILE).is_file():  # run from build/ or docs/
            beside = f"{up}/{args.corpus}"
            return f" here, but '{beside}' is one: cheatdeck {args.command} {quote(beside)}"
    return f" (start one with: cheatdeck init {quote(args.corpus)})"


def own_out_dir(out: Path, corpus: Path) -> str | None:
    """Why ``out`` cannot hold the outputs (it is the corpus folder itself, or it or a
    folder above it is a file), or None."""
    if out.resolve() == corpus.resolve():
        return (
            f"-o {out} is the corpus folder itself: give the outputs a folder of their own "
            f"(-o {(corpus / 'build').as_posix()})"
        )
    file = next((p for p in (out, *out.parents) if p.exists() and not p.is_dir()), None)
    if file is not None:
        where = "is a file" if file == out else f"is inside '{file}', a file"
        return (
            f"-o {out} {where}: -o names the folder the outputs go in (it is made if "
            f"missing), e.g. -o {(corpus / 'build').as_posix()}"
        )
    return None


def run_check(args) -> int:
    from . import pipeline
    from .progress import Stages

    corpus = _corpus_dir(args)
    with Stages() as stages:  # bars on a terminal only, on stderr: stdout stays the report
        outcome = pipeline.check(corpus, progress=stages)
    sys.stdout.write(outcome.report.render(args.format))
    if outcome.corpus is not None and outcome.lock is not None:  # what the build will say
        for notice in pipeline.pending_notices(outcome.corpus, outcome.lock):
            if args.format == "text":
                print(f"notice: {notice}")
            else:  # standard output stays the report's format
                print(f"cheatdeck: notice: {notice}", file=sys.stderr)
    checked = outcome.corpus or outcome.corpus_with_errors  # the valid cards, with errors
    if checked is not None:
        from .checks.facts import default_scope_notice

        if notice := default_scope_notice(checked):
            print(f"cheatdeck: {notice}", file=sys.stderr)
    if outcome.lock is not None and outcome.lock.merged and not outcome.lock.problem:
        print(
            f"cheatdeck: {outcome.lock.shown_path}: git's merge conflict markers: both sides' "
            "cards were read; 'cheatdeck build' writes the lock without them",
            file=sys.stderr,
        )
    if outcome.lock is not None and outcome.lock.doubled and not outcome.lock.problem:
        print(
            f"cheatdeck: {outcome.lock.shown_path}: two lines of one card (git's union "
            "merge): the newer of each was read; 'cheatdeck build' writes the lock with one",
            file=sys.stderr,
        )
    return outcome.report.exit_code(args.strict)


def _sheet_options_unused(args, writers) -> str:
    """The line for ``--pages``, ``--paper`` or ``--orientation`` given to a build that
    writes no sheet (``-f apkg``): they shape only the PDF, HTML and Markdown sheet."""
    if any(writer.family == "sheet" for writer in writers):
        return ""
    given = [
        flag
        for flag, value in (
            ("--pages", args.pages),
            ("--paper", args.paper),
            ("--orientation", args.orientation),
        )
        if value is not None
    ]
    if not given:
        return ""
    shape = "shapes" if len(given) == 1 else "shape"
    return (
        f"{' and '.join(given)} {shape} the sheet (pdf, html, md), which "
        f"-f {args.formats} does not write: left unused; add pdf, html or md to -f for a sheet"
    )


def run_build(args) -> int:
    from .writers import BuildOptions, OutputError, select  # light: no model, no YAML

    corpus = _corpus_dir(args)
    try:
        writers = select(args.formats)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if notice := _sheet_options_unused(args, writers):
        print(f"cheatdeck: {notice}", file=sys.stderr)
    options = BuildOptions(
        paper=args.paper, orientation=args.orientation, pages=args.pages, verbose=args.verbose
    )
    from . import incremental
    from .build import JOURNAL

    out = Path(args.out)
    if problem := own_out_dir(out, corpus):
        raise UsageError(problem)
    if not (out / JOURNAL).exists():  # a stopped build's outputs are finished first
        print_ = _fingerprint(args, corpus, writers, incremental.last_media(out))
        stored = incremental.up_to_date(out, print_)
        shown = _stored_report(stored, args.format)
        if stored is not None and shown is not None:
            sys.stdout.write(shown)
            with _build_lines(args.format):
                if not args.quiet:
                    for name in sorted(stored["outputs"]):
                        print(f"{out / name}: unchanged (inputs are the same as at the last build)")
            return 0
    from . import pipeline  # only now: an unchanged build never imports the loader
    from .build import held, recover
    from .progress import Stages

    with Stages(enabled=not args.quiet, verbose=args.verbose) as stages:
        try:
            with held(corpus, out):
                recover(out, corpus)  # a stopped build's set, finished before the lock is read
                outcome = pipeline.build(
                    corpus,
                    out,
                    writers,
                    tags=args.tag,
                    strict=args.strict,
                    options=options,
                    progress=stages,
                )
                if not outcome.report.failed(args.strict):
                    _write_manifest(args, outcome, corpus, out, writers)
        except pipeline.NoCardsSelected as exc:
            stages.stop()
            said = str(exc)  # "...: did you mean 'bands'?" takes no ';' after it
            raise UsageError(
                f"{said} (nothing was written)"
                if said.endswith("?")
                else f"{said}; nothing was written"
            ) from None
        except pipeline.ColumnsUnfit as exc:
            stages.stop()
            raise UsageError(f"{exc}; nothing was written") from None
        except (OutputError, OSError) as exc:  # OSError: an output that cannot be written
            stages.stop()
            from .diagnostics import EXIT_PROBLEMS

            print(f"cheatdeck: error: {_problem(exc, out, corpus)}", file=sys.stderr)
            return EXIT_PROBLEMS
    report = outcome.report
    if report.diagnostics or args.format != "text" or report.failed(args.strict):
        sys.stdout.write(report.render(args.format))
    if report.failed(args.strict):
        print("cheatdeck: nothing was written", file=sys.stderr)
        return report.exit_code(args.strict)
    if outcome.lock is not None and outcome.lock.merged:
        print(
            f"cheatdeck: {outcome.lock.shown_path}: git's merge conflict markers resolved (both "
            f"sides' cards kept): {outcome.lock.git('add')}",
            file=sys.stderr,
        )
    if outcome.lock is not None and outcome.lock.doubled:
        print(
            f"cheatdeck: {outcome.lock.shown_path}: written with one line a card (git's union "
            f"merge had left two of some, the newer kept): {outcome.lock.git('add')}",
            file=sys.stderr,
        )
    with _build_lines(args.format):
        if args.quiet:  # the problems only: what Anki or an output cannot keep
            _print_notices(outcome)
        else:
            _print_changes(outcome, out, writers, args.tag)
    for notice in dict.fromkeys(outcome.notices):  # the terminal formats say one thing
        print(f"cheatdeck: {notice}", file=sys.stderr)
    return 0


def _build_lines(report_format: str):
    """Where the build's own lines (cards changed, outputs written) go: stdout, but
    stderr under ``--format json``, whose stdout is the JSON list alone."""
    from contextlib import nullcontext, redirect_stdout

    return redirect_stdout(sys.stderr) if report_format == "json" else nullcontext()


#: The report as each ``--format`` prints it, kept in the manifest for an unchanged build.
REPORT_FORMATS = ("text", "json", "github")


def _stored_report(stored: dict | None, report_format: str) -> str | None:
    """What the last build printed of its report in ``report_format``; None when the
    manifest does not keep it (one written before it kept every format): build again."""
    if stored is None:
        return None
    shown = stored.get("report") or ""
    if isinstance(shown, dict):
        return shown.get(report_format)
    return shown if report_format == "text" else None


def _write_manifest(args, outcome, corpus: Path, out: Path, writers) -> None:
    """What the next build compares its inputs with (after the outputs are in place)."""
    from .build import write_file

    report = outcome.report
    shown = {  # as run_build prints it: the text format says nothing of a clean corpus
        fmt: report.render(fmt) if report.diagnostics or fmt != "text" else ""
        for fmt in REPORT_FORMATS
    }
    names = [w.filename(outcome.corpus.name) for w in writers]
    from .media import card_media

    media = sorted({path for card in outcome.corpus.cards() for path in card_media(card)})
    after = _fingerprint(args, corpus, writers, media)  # the lock may have changed
    from . import incremental

    if left := _outputs_of_another_name(out, outcome.corpus.name):
        outcome.notices.append(
            f"{out} still holds {', '.join(left)} from a build under another corpus name "
            f"(the corpus is '{outcome.corpus.name}' now): delete what you no longer need"
        )
    if outcome.shipped is not None:  # first: a build stopped before the manifest is not
        # taken for unchanged, so the next build writes both again
        shipped = incremental.shipped_file(outcome.corpus.name, outcome.shipped, out)
        write_file(out / incremental.SHIPPED, shipped)
    data = "".join(incremental.manifest(out, after, names, shown, media))
    write_file(out / incremental.MANIFEST, data.encode("utf-8"))


def _outputs_of_another_name(out: Path, name: str) -> list[str]:
    """Outputs of the last build into ``out`` that no format makes under ``name`` (the
    corpus's ``name:`` changed), still there."""
    from . import incremental
    from .writers import WRITERS

    ours = {writer.filename(name) for writer in WRITERS}
    return [n for n in incremental.last_outputs(out) if n not in ours and (out / n).exists()]


def _problem(exc: Exception, out: Path, corpus: Path) -> str:
    """One line for an error of the writers or of the file system; for a folder that
    cannot be written, what to do."""
    from .build import InTheWay

    if isinstance(exc, InTheWay):
        return str(exc)
    if not isinstance(exc, OSError) or exc.strerror is None:
        return str(exc)
    place = exc.filename2 if exc.filename2 is not None else exc.filename
    if place is None:
        return exc.strerror
    path = Path(place)
    if path.name.startswith("."):
        path = path.parent  # a staged file beside an output: name the folder
    shown = _relative(path)
    if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write {shown}: {exc.strerror}"
    if _inside(path, out):
        fix = "give -o a folder you can write to"
    elif _inside(path, corpus):
        fix = "the corpus folder must be writable: the build keeps cheatdeck.lock in it"
    else:
        fix = "make it writable"
    return f"cannot write {shown}: {exc.strerror}: {fix}"


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.absolute(), folder.absolute()
    return path == folder or folder in path.parents


def _relative(path: Path) -> str:
    """``path`` as diagnostics show files: relative to the current folder when inside it."""
    absolute = path.absolute()
    return str(absolute.relative_to(Path.cwd())) if _inside(absolute, Path.cwd()) else str(path)


def _code_identity() -> list:
    """Each source file of cheatdeck by name, size and time: the version alone stays
    "0.1.0" across a ``git pull`` that changes how outputs are written, after which an
    unchanged corpus was not built again (its outputs kept the old writers' look)."""
    package = Path(__file__).parent
    found = []
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        found.append([path.relative_to(package).as_posix(), stat.st_size, stat.st_mtime_ns])
    return found


def _fingerprint(args, corpus: Path, writers, media: Sequence[str] = ()) -> str:
    from .writers import templates_dir

    settings = {
        "version": __version__,
        "code": _code_identity(),  # a cheatdeck updated in place (git pull) writes anew
        "formats": [w.name for w in writers],
        "tags": sorted(args.tag),
        "paper": args.paper,
        "orientation": args.orientation,
        "pages": getattr(args, "pages", None),
        "strict": args.strict,
        "out": str(Path(args.out).resolve()),
    }
    if any(w.name == "pdf" for w in writers):  # a newly installed font changes the sheet
        from .writers.sheet.font_coverage import fonts_identity

        settings["fonts"] = fonts_identity()
    from . import incremental

    return incremental.fingerprint(corpus, templates_dir(), settings, media)


def _print_notices(outcome) -> None:
    """What ``-q`` still prints of the changes: the notices of what Anki cannot follow
    (a note left behind with its reviews, cards left in a deck)."""
    from .identity import deck_move_lines

    for notice in outcome.changes.get("notices", []):
        print(f"notice: {notice}")
    for line in deck_move_lines(outcome.changes, {card.deck for card in outcome.corpus.cards()}):
        print(line)


def _print_changes(outcome, out: Path, writers, tags=()) -> None:
    changes = outcome.changes
    kinds = ("added", "changed", "renamed", "restored", "retired")
    shown_always = ("added", "changed", "retired")
    parts = [f"{len(changes.get(k, []))} {k}" for k in kinds if changes.get(k) or k in shown_always]
    print(f"cards: {', '.join(parts)} ({outcome.report.cards} in the corpus)")
    if tags:  # a focused sheet names no tag: the build says what it holds
        from .pipeline import filter_by_tags

        kept = sum(1 for _ in filter_by_tags(outcome.corpus, tags).cards())
        chosen = " ".join(f"--tag {tag}" for tag in tags)
        print(f"{chosen}: {kept} of {outcome.report.cards} cards in these outputs")
    from .identity import change_lines, deck_move_lines

    for line in change_lines(changes):  # which cards, and what Anki cannot follow
        print(line)
    decks_now = {card.deck for card in outcome.corpus.cards()}
    for line in deck_move_lines(changes, decks_now):
        print(line)
    names = [w.filename(outcome.corpus.name) for w in writers]
    written = set(outcome.written)
    for name in names:
        state = "written" if name in written else "unchanged"
        print(f"{out / name}: {state}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
