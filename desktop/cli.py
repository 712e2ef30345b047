"""The command line: batch work and scripting over desktop.services (DESIGN.md section 4).

Nothing here imports Qt at module level, and heavy modules load only inside the command that
needs them, so `factlane --help` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
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
from typing import Any, NoReturn

from desktop import __version__

SUBCOMMANDS = ("gui", "extract", "import", "articles", "facts", "figures", "conflicts", "export")
# Kept here rather than imported from desktop.services.export so `--help` loads no export code;
# a test holds the two lists equal.
EXPORT_FORMATS = ("csv", "json", "markdown", "html", "timelinejs", "timesketch", "png", "svg")


class _Parser(argparse.ArgumentParser):
    """argparse, with a wrong command line said in one line on stderr (argparse prints its
    usage block first, two or three lines of it wrapped, and the error only on the last)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


class CliError(Exception):
    """A usage or input problem reported on stderr with exit code 2 (EXIT_USAGE)."""


def name_too_long(path: Path) -> str | None:
    """What is wrong with ``path`` when a part of it is longer than its disk takes (255 bytes
    on the usual disks, some 128 accented letters), else None. Asked before anything looks
    at the file: every look at such a name fails with 'File name too long'."""
    from desktop.storage.project import name_limit

    for n, part in enumerate(path.parts):
        size = len(os.fsencode(part))
        if size <= 255:
            continue  # under every limit: no need to ask the disk
        limit = name_limit(Path(*path.parts[:n]) if n else Path.cwd())
        if size > limit:
            shown = part if len(part) <= 40 else f"{part[:20]}...{part[-12:]}"
            return (
                f"{shown}: the name is too long ({size} bytes; this disk takes names of at "
                f"most {limit} bytes, an accented letter taking two)"
            )
    return None


def link_loop(path: Path) -> str | None:
    """What is wrong with ``path`` when it is a link that leads round in a loop (a link to a
    link back to it: links remade after a folder moved), else None."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return (
                f"{path} is a link that leads round in a loop (through {os.readlink(path)}), "
                "to no file; give the file itself, or make the link again"
            )
    return None


def _file_or_address(value: str) -> Path | str:
    """An article named to `import`: a web address to fetch ("https://…", kept as the str it
    is) or a file or folder (a Path). ingest.fetch is not imported here, so that `import
    --help` loads no reader."""
    if re.match(r"https?://[^\s/?#]+", value.strip(), re.I):
        return value.strip()
    return Path(value)


def _check_names(args: argparse.Namespace) -> None:
    """Names no command can use, said before anything looks at them (each look would fail
    with a traceback): too long for the disk, or (a project or an output) a link loop."""
    for name in ("files", "project", "output", "screenshot"):
        given = getattr(args, name, None)
        for path in given if isinstance(given, list) else [given]:
            if not isinstance(path, Path):
                continue
            problem = name_too_long(path)
            if problem is None and name != "files":
                problem = link_loop(path)
            if problem is not None:
                raise CliError(problem)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _outlet_name(value: str) -> str:
    """--source: an outlet's name is one line of words; a line break, tab or terminal escape
    in it (a paste, a variable holding two lines) would be stored and split every listing."""
    if _CONTROL.search(value):
        shown = value.encode("unicode_escape").decode("ascii")
        raise argparse.ArgumentTypeError(
            f"the outlet name '{shown}' holds a line break, tab or other control character; "
            "give it on one line"
        )
    return value


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


#: Every exit code the command line and the app return, as the help lists them.
EXIT_OK = 0
EXIT_SOME_FILES_FAILED = 1
EXIT_USAGE = 2
EXIT_PROJECT = 3
#: The desktop app's own (desktop.app keeps these numbers).
EXIT_NO_DISPLAY = 4
EXIT_MISSING_LIBRARIES = 5
#: The exit code of a command stopped by Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: The exit code of a command whose output was closed by its reader (128 + SIGPIPE).
EXIT_OUTPUT_CLOSED = 141

_EXIT_TEXT = {
    EXIT_OK: "done",
    EXIT_SOME_FILES_FAILED: "some files could not be read (the others were)",
    EXIT_USAGE: "wrong command line: a missing or bad option, a file or project not found",
    EXIT_PROJECT: "the project cannot be opened or written: not a Factlane project, made by a\n"
    "newer Factlane, open in another window, or the disk is full",
    EXIT_NO_DISPLAY: "no display to open the window on",
    EXIT_MISSING_LIBRARIES: "the window needs system libraries that are not installed",
    EXIT_INTERRUPTED: "stopped by Ctrl-C",
    EXIT_OUTPUT_CLOSED: "the program reading the output stopped reading (as | head does)",
}

ExitCode = int | tuple[int, str]


def _exit_codes(*codes: ExitCode) -> str:
    """The exit-code table of a help text; a command may say more about what a code means
    for it by giving (code, text)."""
    lines = ["exit codes:"]
    for entry in codes:
        code, text = entry if isinstance(entry, tuple) else (entry, _EXIT_TEXT[entry])
        first, *rest = text.split("\n")
        lines.append(f"  {code:<4} {first}")
        lines.extend(f"       {more}" for more in rest)
    return "\n".join(lines)


_READ_EXITS: tuple[ExitCode, ...] = (
    EXIT_OK,
    EXIT_USAGE,
    (EXIT_PROJECT, "the project cannot be read: not a Factlane project, or made by a newer one"),
    EXIT_INTERRUPTED,
    EXIT_OUTPUT_CLOSED,
)


_OVERVIEW = """\
Follow one story across many news articles: Factlane finds each article's publication date,
the dated facts in it and the figures it reports, and flags figures that sources disagree on.

  factlane [PROJECT.factlane]     open the desktop app on a project (else the last one)
  factlane ARTICLE...             open the app and offer to import the articles
"""


def _window_size(value: str) -> str:
    try:
        width, height = (int(v) for v in value.lower().split("x", 1))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size in WxH form: {value!r}") from exc
    if width < 200 or height < 150:
        raise argparse.ArgumentTypeError(f"{value} is too small for the window (200x150 at least)")
    return value


def build_parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="factlane",
        description=_OVERVIEW,
        epilog="Run factlane COMMAND --help for what a command does and prints.\n\n"
        + _exit_codes(*_EXIT_TEXT),
        formatter_class=raw,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"factlane {__version__}",
        help="print the version and quit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(
        name: str, summary: str, description: str, *exits: ExitCode
    ) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=summary,
            description=description,
            epilog=_exit_codes(*exits),
            formatter_class=raw,
        )

    p = command(
        "gui",
        "open the desktop app on a project, or on articles to import",
        "Open the desktop app. A project (.factlane) opens in the window; articles (.txt, .md,\n"
        ".html, .mhtml, .eml, .pdf, .docx, .odt, feeds) are offered for import into the project\n"
        "given, or else the most recent project or a new one. With nothing named, the last\n"
        "project opens.",
        EXIT_OK,
        EXIT_USAGE,
        EXIT_PROJECT,
        EXIT_NO_DISPLAY,
        EXIT_MISSING_LIBRARIES,
        (EXIT_INTERRUPTED, "stopped by Ctrl-C (the windows closed as on quitting)"),
    )
    p.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="a project to open and/or articles (or folders of them) to import",
    )
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="save a PNG of the window once the project is drawn, then quit; the project\n"
        "is only read (a private copy is drawn: nothing is written to it or beside it)",
    )
    p.add_argument("--size", type=_window_size, metavar="WxH", help="window size, e.g. 1600x1000")

    p = command(
        "extract",
        "read articles and print their dates, facts and figures as JSON, without a project",
        "Read each article and print what Factlane finds in it: title, outlet, author, URL and\n"
        "publication date (with where each came from), the cleaned text, the time expressions\n"
        "with their dates, the facts they date and the figures. One JSON object per file, one\n"
        'per line, in the order given; a file that cannot be read prints {"error": ...} on its\n'
        "line and the others go on. Nothing is saved.",
        EXIT_OK,
        (EXIT_SOME_FILES_FAILED, "some files could not be read (each has its error line)"),
        EXIT_USAGE,
        EXIT_INTERRUPTED,
        EXIT_OUTPUT_CLOSED,
    )
    p.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="articles, or folders of them"
    )
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date of every file, in place of the one found in it",
    )
    p.add_argument(
        "--plain",
        action="store_true",
        help="extract from the file's text as it is, page furniture and markup included",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON (the only output form; accepted for scripts)",
    )

    p = command(
        "import",
        "add articles to a project (created if missing)",
        "Add articles to a project, creating the project if it does not exist (none is made\n"
        "when no article is imported). Each article is saved as soon as it is read: one line\n"
        "per file says imported, duplicate (already in the project) or failed and why. A web\n"
        "address (https://...) is fetched and imported as its page. Ctrl-C stops after the\n"
        "current file.",
        EXIT_OK,
        (EXIT_SOME_FILES_FAILED, "some files could not be imported (the others were)"),
        (EXIT_USAGE, "a missing or bad option, or none of the files named exists"),
        EXIT_PROJECT,
        (EXIT_INTERRUPTED, "stopped by Ctrl-C (the files imported before it stay imported)"),
    )
    p.add_argument(
        "files",
        nargs="+",
        type=_file_or_address,
        metavar="FILE",
        help="articles, folders of them, or web addresses of articles (https://...)",
    )
    p.add_argument(
        "--project", required=True, type=Path, metavar="P.factlane", help="the project to add to"
    )
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date of every file, in place of the one found in it",
    )
    p.add_argument(
        "--source",
        type=_outlet_name,
        metavar="NAME",
        help="outlet of every file, in place of the one found in it",
    )

    for name, summary, prints in (
        (
            "articles",
            "list the project's articles",
            "Each article's id, publication date, outlet and title; with --json also its\n"
            "author, URL, file and cleaned text.",
        ),
        (
            "facts",
            "list the project's dated facts",
            "Each fact's id, date, review status (auto, confirmed, rejected, edited, manual)\n"
            "and sentence; with --json also its date range, time expression and article.",
        ),
        (
            "figures",
            "list the project's figures",
            "Each figure's id, qualifier, number, measure and what it counts; with --json also\n"
            "its range, who gave it, as of when, and its article.",
        ),
        (
            "conflicts",
            "list figures that sources report differently: contradictions, updates, agreements",
            "Every pair of figures from different articles about the same quantity, marked\n"
            "contradiction, update (a later count) or consistent, with the reason; with --json\n"
            "also the groups of figures about each quantity.",
        ),
    ):
        p = command(
            name,
            summary,
            f"{prints}\nA project open in the app can be read too; nothing is written to it.",
            *_READ_EXITS,
        )
        p.add_argument(
            "--project", required=True, type=Path, metavar="P.factlane", help="the project to read"
        )
        p.add_argument(
            "--json", action="store_true", help="print one JSON document instead of a table"
        )

    p = command(
        "export",
        "write the facts, figures, timeline or a report to a file",
        "Write the project out: facts and figures as csv or json, findings as markdown (conflicts\n"
        "with their decisions, facts by date with citations), a self-contained html report\n"
        "of the timeline and open conflicts, timelinejs or timesketch for other timeline tools,\n"
        "or the timeline as a png or svg image. A project open in the app can be exported.",
        EXIT_OK,
        EXIT_USAGE,
        (
            EXIT_PROJECT,
            "the project cannot be read (not a Factlane project, or made by a newer one),\n"
            "or the output cannot be written there",
        ),
        EXIT_INTERRUPTED,
    )
    p.add_argument(
        "--project", required=True, type=Path, metavar="P.factlane", help="the project to export"
    )
    p.add_argument(
        "--format",
        required=True,
        choices=EXPORT_FORMATS,
        metavar="FORMAT",
        help="one of " + ", ".join(EXPORT_FORMATS),
    )
    p.add_argument("--output", required=True, type=Path, metavar="PATH", help="the file to write")
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


#: The commands whose output is their point: with no standard output they do nothing.
_PRINTING_COMMANDS = ("extract", "articles", "facts", "figures", "conflicts")


def _stand_in_for_closed_streams(command: str | None) -> bool:
    """Streams a launcher started this process without (no console: a windowed build, a job
    runner, `2>&-`), which Python sets to None. With no error stream print(file=sys.stderr)
    writes to standard output, into a command's JSON: warnings go nowhere instead. Returns
    False, having said so, when standard output is closed and ``command`` exists to print;
    an import or export does its work and its lines go nowhere."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    if sys.stdout is not None:
        return True
    if command in _PRINTING_COMMANDS:
        print("factlane: standard output is closed: there is nowhere to print to", file=sys.stderr)
        return False
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    return True


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stderr is None or sys.stdout is None:
        # before argparse, which writes its errors and help there
        given = sys.argv[1:] if argv is None else argv
        command = next((a for a in given if not a.startswith("-")), None)
        if not _stand_in_for_closed_streams(command):
            return EXIT_OUTPUT_CLOSED
    # Before parsing, so that --help and argparse's own errors are written the same way.
    write_utf8()
    args = build_parser().parse_args(argv)
    write_utf8(json_output=args.command == "extract" or bool(getattr(args, "json", False)))
    try:
        _check_names(args)
        if args.command == "gui":
            from desktop.app import open_files

            return open_files(args.files, screenshot=args.screenshot, size=args.size)
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
        return EXIT_USAGE
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
            return EXIT_PROJECT
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
    from desktop.services.files import (
        article_files,
        check_article_length,
        one_line,
        read_article_file,
    )

    entries, notes = article_files(args.files)
    for note in notes:
        print(f"factlane: {one_line(note)}", file=sys.stderr)
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
            text = _plain_text(data, path, raw) if args.plain else raw.text
            check_article_length(path.name, text)
            if not text.strip():
                # The JSON line stays (an empty body is what the page holds), but the analyst
                # is told why nothing was extracted.
                print(f"factlane: {one_line(path.name)}: no article text found", file=sys.stderr)
            if raw.published is None:
                _warn_undated(path.name)
            _warn_language(path.name, raw.language)
            result = extract(text, raw.published, raw.language)
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
    return EXIT_SOME_FILES_FAILED if failed else EXIT_OK


def _plain_text(data: bytes, path: Path, raw: Any) -> str:
    """The file's text as it is, decoded as its reader decodes it (HTML: its declared charset).

    PDF, Word and RTF files are containers, not text: theirs is every paragraph the reader
    found, the ones set aside as furniture included (an RTF file's own text is control words).
    """
    if raw.format in ("pdf", "docx", "odt", "mhtml", "rtf"):
        return "\n\n".join(block.text for block in raw.blocks)
    from desktop.ingest.html import sniff_charset
    from desktop.ingest.textclean import decode

    declared = sniff_charset(data) if path.suffix.lower() in (".html", ".htm") else None
    return decode(data, declared)[0]


def _open(path: Path, *, create: bool = False) -> Any:
    from desktop.services.project import ProjectLockedError, ProjectService

    if not create and not path.exists():
        raise CliError(f"no project at {path}")
    try:
        service = ProjectService.open(path, create=create)
    except ProjectLockedError as exc:
        raise ProjectLockedError(
            f"{exc} Close it there to change it; the read commands (articles, facts, figures, "
            "conflicts, export) work on it meanwhile."
        ) from exc
    _warn_on_opening(service.store)
    return service


def _warn_on_opening(store: Any) -> None:
    for warning in store.open_warnings:
        print(f"factlane: warning: {warning}", file=sys.stderr)


def _open_for_reading(path: Path) -> Any:
    """The project for a command that only reads it. Nothing is written to it: an older
    project is read through an updated private copy, and conflicts out of date are worked out
    in memory. A project open in the app, or on a read-only disk, can be read too."""
    from desktop.services.project import ProjectService
    from desktop.storage.store import ProjectStore

    if not path.exists():
        raise CliError(f"no project at {path}")
    store = ProjectStore.open_for_reading(path)
    if store.read_only_reason == "locked":
        print(
            f"factlane: {path.name} is open in another Factlane window or program; "
            "reading it read-only",
            file=sys.stderr,
        )
    _warn_on_opening(store)
    return ProjectService(store)


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
    from desktop.services.files import article_files, one_line

    entries, notes = article_files(paths)
    for note in notes:
        print(f"factlane: {one_line(note)}", file=sys.stderr)
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


#: Said on stderr for an article imported or extracted with no publication date (the exit
#: code is unchanged): its relative dates cannot be resolved until it has one.
NO_DATE_WARNING = (
    "no publication date found: relative dates wait for one; set it with --published or in the app"
)


def _warn_undated(name: str) -> None:
    from desktop.services.files import one_line

    print(f"factlane: warning: {one_line(name)}: {NO_DATE_WARNING}", file=sys.stderr)


def _warn_language(name: str, language: str) -> None:
    """Said on stderr for a story read as written in another language than English: its
    figures are not read (see desktop.extract.FIGURE_LANGUAGES) and few dates may be."""
    from desktop.extract import FIGURE_LANGUAGES
    from desktop.ingest.language import NAMES
    from desktop.services.files import one_line

    if language not in FIGURE_LANGUAGES:
        print(
            f"factlane: warning: {one_line(name)}: the article is in {NAMES.get(language, language)} "
            f"({language}): dates are read for English text, so few may be found, and figures "
            "are not read",
            file=sys.stderr,
        )


def _imported_before_stop(done: int, total: int) -> str:
    """How many of the ``total`` files an import that stopped on an error had imported,
    worded for any count ("1 of the 3 files was imported", "the file was not imported")."""
    if total == 1:
        return "the file was imported" if done else "the file was not imported"
    if done == 0:
        return f"none of the {total} files was imported"
    if done == total:
        return f"all {total} files were imported"
    verb = "was" if done == 1 else "were"
    return f"{done} of the {total} files {verb} imported"


def _interrupted_line(done: int, left: int, *, discarded: bool) -> str:
    """What an import stopped by Ctrl-C says: how many of its files are in the project
    (imported, or already there; not said when the new project it made was removed) and how
    many it left, worded for any count ("1 file was not imported")."""
    parts = ["import interrupted"]
    if not discarded:
        if done == 0:
            parts.append("none of its files is in the project")
        elif done == 1:
            parts.append("1 file is in the project")
        else:
            parts.append(f"{done} files are in the project")
    if left == 0:
        parts.append("no file was left to import")
    elif left == 1:
        parts.append("1 file was not imported")
    else:
        parts.append(f"{left} files were not imported")
    return parts[0] + "; " + ", ".join(parts[1:])


def _cmd_import(args: argparse.Namespace) -> int:
    # Files and web addresses in the order named; each folder stands for the files in it.
    files: list[Path | str] = []
    problems: list[str] = []
    for named in args.files:
        if isinstance(named, str):
            files.append(named)
            continue
        found, missing = _files([named])
        files.extend(found)
        problems.extend(missing)
    from desktop.services.files import one_line

    for problem in problems:
        print(f"factlane: {one_line(problem)}", file=sys.stderr)
    if not files:
        return EXIT_SOME_FILES_FAILED
    new = not args.project.exists() and not args.project.is_symlink()
    if all(isinstance(f, Path) and not os.path.lexists(f) for f in files):
        # Nothing to import: no project is made for it (nor anything else written).
        for f in files:
            print(f"factlane: {one_line(str(f))}: no such file", file=sys.stderr)
        made = f"; {one_line(str(args.project))} was not created" if new else ""
        print(f"factlane: nothing to import{made}", file=sys.stderr)
        return EXIT_USAGE
    reported: list[Any] = []
    try:
        return _import_into(args, files, problems, new, reported)
    except KeyboardInterrupt:
        # stopped at once (Ctrl-C twice): the file under way was rolled back; a project made
        # for this import and holding nothing goes, as after the gentler stop
        if new and not any(i.status == "imported" for o in reported for i in o.each()):
            _discard_new(args.project)
        raise


def _discard_new(project: Path) -> bool:
    """Remove the project an import made and put nothing in, saying so."""
    from desktop.services.files import one_line
    from desktop.storage.project import discard_new_project

    discarded = discard_new_project(project)
    if discarded:
        print(
            f"factlane: no article was imported, so {one_line(str(project))} was not created",
            file=sys.stderr,
        )
    return discarded


def _import_into(
    args: argparse.Namespace,
    files: list[Path | str],
    problems: list[str],
    new: bool,
    reported: list[Any],
) -> int:
    from desktop.services.project import ProjectError

    with _open(args.project, create=True) as project, _stop_on_first_interrupt() as stop:

        def progress(_i: int, _n: int, outcome: Any) -> None:
            reported.append(outcome)
            _report(outcome.line())
            for item in outcome.each():
                if item.status == "imported" and item.article_id is not None:
                    detail = project.article(item.article_id)
                    if detail.record.published is None:
                        _warn_undated(item.path)
                    _warn_language(item.path, detail.language)

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
            # A file of several articles counts once any of them is in: importing it again
            # adds the rest and recognises those.
            done = len(
                {o.file or o.path for o in reported if o.status in ("imported", "duplicate")}
            )
            print(f"factlane: {exc}", file=sys.stderr)
            print(
                f"factlane: {_imported_before_stop(done, len(files))} before it stopped; "
                "import the folder or files again once that is solved (those already in the "
                "project are recognised and not imported twice)",
                file=sys.stderr,
            )
            return EXIT_PROJECT
        for outcome in outcomes:
            if outcome.status == "cancelled":
                _report(outcome.line())
    discarded = False
    if new and not any(item.status == "imported" for o in outcomes for item in o.each()):
        # A project made for this import and holding nothing is not left behind.
        discarded = _discard_new(args.project)
    if stop.is_set():
        done = sum(o.status in ("imported", "duplicate") for o in outcomes)
        left = sum(o.status == "cancelled" for o in outcomes)
        print(f"factlane: {_interrupted_line(done, left, discarded=discarded)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    failed = problems or any(o.status == "failed" for o in outcomes)
    return EXIT_SOME_FILES_FAILED if failed else EXIT_OK


def _cell(text: str) -> str:
    """Free text (a title, an outlet, a fact) in a row of a listing: a line break in it would
    split the row, and a terminal escape would be run by the terminal showing it. Each such
    character is shown as its escape ('\\n', '\\x1b'); --json gives the text as stored."""
    from desktop.services.files import one_line

    return one_line(text)


def _say_none(project: Path, what: str) -> None:
    """An empty listing must not look like a command that did nothing; said on stderr, so
    that the table a script reads stays a table (of no rows)."""
    from desktop.services.files import one_line

    print(f"factlane: {one_line(project.name)} holds {what}", file=sys.stderr)


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
            if not records:
                _say_none(args.project, "no articles yet; add some with factlane import")
            for rec in records:
                when = rec.published.isoformat() if rec.published else "(no date)"
                source = _cell(rec.source or "-")
                print(f"{rec.id:>5}  {when:<10}  {source:<24.24}  {_cell(rec.display_title)}")
    return EXIT_OK


def _cmd_facts(args: argparse.Namespace) -> int:
    with _open_for_reading(args.project) as project:
        facts = project.facts()
        if args.json:
            _emit({"facts": [f.to_json() for f in facts]})
        else:
            if not facts:
                _say_none(args.project, "no dated facts")
            for f in facts:
                print(f"{f.id:>6}  {_cell(f.date.value):<14}  {f.status:<9}  {_cell(f.text)}")
    return EXIT_OK


def _cmd_figures(args: argparse.Namespace) -> int:
    from desktop.services.project import figure_json

    with _open_for_reading(args.project) as project:
        figures = project.figures()
        if args.json:
            _emit({"figures": [figure_json(f) for f in figures]})
        else:
            if not figures:
                _say_none(args.project, "no figures")
            for f in figures:
                fig = f.figure
                denied = "  (denied)" if fig.denied else ""
                print(
                    f"{f.id:>6}  {fig.qualifier:<11}  {_cell(fig.number_text):<14}  "
                    f"{_cell(fig.measure or '-'):<10}  {_cell(fig.counted or '-')}{denied}"
                )
    return EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from desktop.domain import TENTATIVE_REASON, is_tentative

    with _open_for_reading(args.project) as project:
        groups = project.groups()
        pairs = project.pairs()
        # a decision the analyst made on a group whose key our grouping has since spelled
        # anew, and which could not follow its figures: said, never silently dropped
        detached = project.detached_decisions()
        if detached:
            from desktop.services.project import detached_lines

            # its groups said by their labels, as the app says them
            for line in detached_lines(detached, groups, project.figures()):
                print(f"factlane: warning: {line}", file=sys.stderr)
        if args.json:
            _emit(
                {
                    # a pair the analysis made only as possibly one quantity says so
                    "pairs": [{**p.to_json(), "tentative": is_tentative(p.reason)} for p in pairs],
                    "groups": [g.to_json() for g in groups],
                }
            )
        else:
            from desktop.services.project import pair_label

            by_key = {g.key: g for g in groups}
            if not pairs:
                # an empty answer must not look like a command that did nothing
                print("no figures from different articles report the same quantity")
            for p in pairs:
                # a possible pair is headed "possibly the same figure": its reason's own
                # opening ("possibly the same quantity: ") would say it twice
                why = p.reason[len(TENTATIVE_REASON) :] if is_tentative(p.reason) else p.reason
                label, reason = _cell(pair_label(p, by_key)), _cell(why)
                print(f"{p.relation:<13}  {p.a:>6} ~ {p.b:<6}  {label}: {reason}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.services.export import export_project, is_stream

    with _open_for_reading(args.project) as project:
        export_project(project, args.format, args.output)
    # the file is whole whether or not anyone reads this line (`| true`): 0 says so
    from desktop.services.files import one_line

    # one line whatever the file is called (a line break in its name would make two)
    wrote = f"wrote {one_line(str(args.output))}"
    if not is_stream(args.output):
        _report(wrote)
    else:
        # a pipe, the terminal, --output /dev/stdout: the line must not join the export
        print(f"factlane: {wrote}", file=sys.stderr)
    return EXIT_OK
