"""The command line: batch work and scripting over desktop.services (DESIGN.md section 4).

Nothing here imports Qt at module level, and heavy modules load only inside the command that
needs them, so `factlane --help` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from desktop import __version__

SUBCOMMANDS = ("gui", "extract", "import", "articles", "facts", "figures", "conflicts", "export")
EXPORT_FORMATS = ("csv", "json", "html", "timelinejs", "timesketch", "png", "svg")


class CliError(Exception):
    """A usage or input problem reported on stderr with exit code 2."""


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factlane",
        description="Dated facts and conflicting figures across news sources.",
    )
    parser.add_argument("--version", action="version", version=f"factlane {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("project", nargs="?", type=Path, help="project file to open")
    p.add_argument("--screenshot", type=Path, help="save a PNG of the window once drawn, then exit")
    p.add_argument("--size", default=None, help="window size WxH, e.g. 1600x1000")

    p = sub.add_parser("extract", help="extract metadata, time expressions, facts and figures")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--published", type=_iso_date, help="publication date (YYYY-MM-DD)")
    p.add_argument("--plain", action="store_true", help="use the file's text unchanged")
    p.add_argument("--json", action="store_true", help="print JSON (the only output form)")

    p = sub.add_parser("import", help="import files into a project (created if missing)")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--published", type=_iso_date, help="publication date for every file")
    p.add_argument("--source", help="outlet name for every file")

    for name, what in (
        ("articles", "list the project's articles"),
        ("facts", "list the project's dated facts"),
        ("figures", "list the project's figures"),
        ("conflicts", "list figure groups and their contradictions, updates and agreements"),
    ):
        p = sub.add_parser(name, help=what)
        p.add_argument("--project", required=True, type=Path)
        p.add_argument("--json", action="store_true", help="print one JSON document")

    p = sub.add_parser("export", help="export facts, figures, timeline or a report")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--output", required=True, type=Path)
    return parser


def write_utf8(*, json_output: bool = False) -> None:
    """Write standard output and error as UTF-8 whatever the locale says.

    The locale's encoding is ASCII under ``LC_ALL=C`` and the ANSI code page on a Windows pipe,
    and neither holds the dashes, quotes and accents of news text. JSON is kept strict: a
    character that cannot be written must fail loudly, never turn into "?" in data a script
    reads. Text meant for a person (listings, messages) replaces what it cannot write.
    """
    for name, errors in (("stdout", "strict" if json_output else "replace"), ("stderr", "replace")):
        stream = getattr(sys, name)
        # None in a windowed Windows build with no console; a test's capture may be anything.
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(encoding="utf-8", errors=errors)


def main(argv: Sequence[str] | None = None) -> int:
    # Before parsing, so that --help and argparse's own errors are written the same way.
    write_utf8()
    args = build_parser().parse_args(argv)
    write_utf8(json_output=args.command == "extract" or bool(getattr(args, "json", False)))
    try:
        if args.command == "gui":
            from desktop.app import run_app

            return run_app(args.project, screenshot=args.screenshot, size=args.size)
        handler = {
            "extract": _cmd_extract,
            "import": _cmd_import,
            "articles": _cmd_articles,
            "facts": _cmd_facts,
            "figures": _cmd_figures,
            "conflicts": _cmd_conflicts,
            "export": _cmd_export,
        }[args.command]
        return handler(args)
    except CliError as exc:
        print(f"factlane: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # Whatever was committed before the interrupt stays in the project; say so, no traceback.
        print("factlane: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of the output has gone (`factlane facts ... | head`): what it read is what
        # it wanted. Each imported article was committed on its own, so nothing is half saved.
        _discard_stdout()
        return EXIT_OUTPUT_CLOSED
    except Exception as exc:
        from desktop.services.export import ExportError
        from desktop.services.project import ProjectError

        if isinstance(exc, ProjectError | ExportError):
            print(f"factlane: {exc}", file=sys.stderr)
            return 3
        raise


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_text(obj: Any) -> str:
    """``obj`` as one line of JSON that UTF-8 can hold.

    A file name that is not valid in the file system's encoding (any non-ASCII name under
    ``LC_ALL=C``) reaches Python as lone surrogates, which no UTF-8 writer accepts. Those that
    were UTF-8 bytes after all become their characters again; the rest are written as JSON
    ``\\u`` escapes, which any JSON reader accepts, rather than failing the whole document.
    """
    text = json.dumps(obj, ensure_ascii=False)
    if not _SURROGATE.search(text):
        return text
    with contextlib.suppress(UnicodeEncodeError):
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")
    # Inside a JSON string a surrogate can only stand as a character of a string literal.
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _emit(obj: Any) -> None:
    sys.stdout.write(_json_text(obj))
    sys.stdout.write("\n")


def _cmd_extract(args: argparse.Namespace) -> int:
    from desktop.extract import extract
    from desktop.ingest import IngestError
    from desktop.services.files import article_files, check_article_length, read_article_file

    entries, notes = article_files(args.files)
    for note in notes:
        print(f"factlane: {note}", file=sys.stderr)
    failed = 0
    for path, problem in entries:
        if problem is not None:
            failed += 1
            _emit({"error": problem})
            continue
        try:
            data, raw = read_article_file(path)
            if args.published is not None:
                raw.published, raw.published_origin = args.published, "user"
            text = _plain_text(data, path) if args.plain else raw.text
            check_article_length(path.name, text)
            if not text.strip():
                # The JSON line stays (an empty body is what the page holds), but the analyst
                # is told why nothing was extracted.
                print(f"factlane: {path.name}: no article text found", file=sys.stderr)
            result = extract(text, raw.published)
        except IngestError as exc:
            failed += 1
            _emit({"error": str(exc)})
            continue
        except Exception as exc:
            failed += 1
            _emit({"error": f"{path.name}: {type(exc).__name__}: {exc}"})
            continue
        _emit(
            {
                "article": raw.article_json(),
                "text": text,
                "timexes": [t.to_json() for t in result.timexes],
                "facts": [f.to_json() for f in result.facts],
                "figures": [f.to_json() for f in result.figures],
            }
        )
        sys.stdout.flush()
    return 1 if failed else 0


def _plain_text(data: bytes, path: Path) -> str:
    """The file's text as it is, decoded as its reader decodes it (HTML: its declared charset)."""
    from desktop.ingest.html import sniff_charset
    from desktop.ingest.textclean import decode

    declared = sniff_charset(data) if path.suffix.lower() in (".html", ".htm") else None
    return decode(data, declared)[0]


def _open(path: Path, *, create: bool = False) -> Any:
    from desktop.services.project import ProjectLockedError, ProjectService

    if not create and not path.exists():
        raise CliError(f"no project at {path}")
    try:
        return ProjectService.open(path, create=create)
    except ProjectLockedError as exc:
        raise ProjectLockedError(
            f"{exc} Close it there to change it; the read commands (articles, facts, figures, "
            "conflicts, export) work on it meanwhile."
        ) from exc


def _open_for_reading(path: Path) -> Any:
    """The project for a command that only reads it: as usual when it can be written, else
    read-only, so that a project open in the app, or on a read-only disk, can still be listed
    and exported. Nothing is written to it either way by these commands."""
    from desktop.services.project import ProjectLockedError, ProjectService
    from desktop.storage.project import ProjectWriteError
    from desktop.storage.store import ProjectStore

    if not path.exists():
        raise CliError(f"no project at {path}")
    try:
        return ProjectService.open(path)
    except ProjectLockedError:
        print(
            f"factlane: {path.name} is open in another Factlane window or program; "
            "reading it read-only",
            file=sys.stderr,
        )
        return ProjectService(ProjectStore.open_read_only(path, "locked"))
    except ProjectWriteError:
        return ProjectService(ProjectStore.open_read_only(path, "unwritable"))


#: The exit code of a command stopped by Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: The exit code of a command whose output was closed by its reader (128 + SIGPIPE).
EXIT_OUTPUT_CLOSED = 141


def _discard_stdout() -> None:
    """Point standard output at the null device, so that the flush Python makes on the way
    out does not fail on the closed pipe again and print "Exception ignored" and a traceback."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # not a real file (a test's capture): nothing will be flushed to a pipe


@contextlib.contextmanager
def _stop_on_first_interrupt() -> Iterator[threading.Event]:
    """The first Ctrl-C asks the work to stop at the next safe point; the second stops it at once.

    An import interrupted mid-article loses only that article (its transaction rolls back), but
    stopping between articles loses nothing and still reports what was done.
    """
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def on_interrupt(_signum: int, _frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print(
            "factlane: stopping after the current file (Ctrl-C again to stop at once)",
            file=sys.stderr,
            flush=True,
        )

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def _files(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The files to read (folders opened) and the problems to report for empty folders."""
    from desktop.services.files import article_files

    entries, notes = article_files(paths)
    for note in notes:
        print(f"factlane: {note}", file=sys.stderr)
    return [p for p, problem in entries if problem is None], [
        problem for _, problem in entries if problem is not None
    ]


def _report(line: str) -> None:
    """One line of an import's listing. A reader that stops reading (`| head`) does not stop
    the import the analyst asked for: the rest of the listing goes nowhere."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        _discard_stdout()


def _cmd_import(args: argparse.Namespace) -> int:
    files, problems = _files(args.files)
    for problem in problems:
        print(f"factlane: {problem}", file=sys.stderr)
    if not files:
        return 1
    from desktop.services.project import ProjectError

    reported: list[Any] = []

    def progress(_i: int, _n: int, outcome: Any) -> None:
        reported.append(outcome)
        _report(outcome.line())

    with _open(args.project, create=True) as project, _stop_on_first_interrupt() as stop:
        try:
            outcomes = project.import_files(
                files,
                published=args.published,
                source=args.source,
                progress=progress,
                cancelled=stop.is_set,
            )
        except ProjectError as exc:
            # A full disk or a damaged file stops the batch: each file listed as imported is
            # saved, and the analyst needs to know which of the rest to import again.
            done = sum(o.status in ("imported", "duplicate") for o in reported)
            print(f"factlane: {exc}", file=sys.stderr)
            print(
                f"factlane: {done} of the {len(files)} files were imported before it stopped; "
                "import the folder or files again once that is solved (those already in the "
                "project are recognised and not imported twice)",
                file=sys.stderr,
            )
            return 3
        for outcome in outcomes:
            if outcome.status == "cancelled":
                _report(outcome.line())
    if stop.is_set():
        done = sum(o.status in ("imported", "duplicate") for o in outcomes)
        left = sum(o.status == "cancelled" for o in outcomes)
        print(
            f"factlane: import interrupted; {done} file(s) are in the project, "
            f"{left} were not imported",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return 1 if problems or any(o.status == "failed" for o in outcomes) else 0


def _cmd_articles(args: argparse.Namespace) -> int:
    with _open_for_reading(args.project) as project:
        records = project.articles()
        if args.json:
            out = []
            for rec in records:
                detail = project.article(rec.id)
                item = {"id": rec.id, "path": rec.path}
                item.update(rec.article_json())
                item["text"] = detail.text
                out.append(item)
            _emit({"articles": out})
        else:
            for rec in records:
                when = rec.published.isoformat() if rec.published else "(no date)"
                print(f"{rec.id:>5}  {when:<10}  {rec.source or '-':<24.24}  {rec.display_title}")
    return 0


def _cmd_facts(args: argparse.Namespace) -> int:
    with _open_for_reading(args.project) as project:
        facts = project.facts()
        if args.json:
            _emit({"facts": [f.to_json() for f in facts]})
        else:
            for f in facts:
                print(f"{f.id:>6}  {f.date.value:<14}  {f.status:<9}  {f.text}")
    return 0


def _cmd_figures(args: argparse.Namespace) -> int:
    from desktop.services.project import figure_json

    with _open_for_reading(args.project) as project:
        figures = project.figures()
        if args.json:
            _emit({"figures": [figure_json(f) for f in figures]})
        else:
            for f in figures:
                fig = f.figure
                denied = "  (denied)" if fig.denied else ""
                print(
                    f"{f.id:>6}  {fig.qualifier:<11}  {fig.number_text:<14}  "
                    f"{fig.measure or '-':<10}  {fig.counted or '-'}{denied}"
                )
    return 0


def _cmd_conflicts(args: argparse.Namespace) -> int:
    with _open_for_reading(args.project) as project:
        groups = project.groups()
        pairs = project.pairs()
        if args.json:
            _emit(
                {
                    "pairs": [p.to_json() for p in pairs],
                    "groups": [g.to_json() for g in groups],
                }
            )
        else:
            labels = {g.key: g.label for g in groups}
            for p in pairs:
                print(
                    f"{p.relation:<13}  {p.a:>6} ~ {p.b:<6}  {labels.get(p.group_key, '')}: {p.reason}"
                )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.services.export import export_project

    with _open_for_reading(args.project) as project:
        export_project(project, args.format, args.output)
    print(f"wrote {args.output}")
    return 0
