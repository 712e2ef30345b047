"""Exports: facts and figures as CSV/JSON, interchange formats, and a self-contained HTML report."""

from __future__ import annotations

import contextlib
import csv
import errno
import html
import json
import os
import re
import shutil
import stat
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from desktop.domain import TENTATIVE_REASON, is_tentative
from desktop.domain.records import FactRecord, FigureRecord, GroupRecord, PairRecord
from desktop.services.project import ProjectService, detached_lines, figure_json, pair_label

FORMATS = ("csv", "json", "markdown", "html", "timelinejs", "timesketch", "png", "svg")


class ExportError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class ExportScope:
    """What an export holds: every fact, or only ``fact_ids`` (the facts the analyst's search
    and filters show), with the figures, conflicts and articles of those facts' articles."""

    fact_ids: frozenset[int] | None = None

    @classmethod
    def of(cls, fact_ids: Collection[int] | None) -> ExportScope:
        return cls(None if fact_ids is None else frozenset(fact_ids))

    @property
    def everything(self) -> bool:
        return self.fact_ids is None

    def facts(self, facts: list[FactRecord]) -> list[FactRecord]:
        ids = self.fact_ids
        return facts if ids is None else [f for f in facts if f.id in ids]

    def articles_of(self, project: ProjectService) -> frozenset[int] | None:
        if self.fact_ids is None:
            return None
        return frozenset(
            f.article.id for f in project.facts() if f.id in self.fact_ids and f.article is not None
        )


def export_project(
    project: ProjectService,
    fmt: str,
    output: Path,
    fact_ids: Collection[int] | None = None,
) -> list[Path]:
    """Write the export; returns every file written. With ``fact_ids`` only those facts are
    written (and the figures and conflicts of their articles): what the analyst's search and
    filters show."""
    scope = ExportScope.of(fact_ids)
    writers: dict[str, Callable[[ProjectService, Path, ExportScope], list[Path]]] = {
        "csv": _csv,
        "json": _json,
        "markdown": _markdown,
        "html": _html,
        "timelinejs": _timelinejs,
        "timesketch": _timesketch,
        "png": _image,
        "svg": _image,
    }
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    targets = [output, _csv_figures_path(output)] if fmt == "csv" else [output]
    for target in targets:
        check_export_target(project.path, target)
    streamed = is_stream(output)
    if streamed and fmt == "csv":
        raise ExportError(
            f"{output} is a stream (a pipe, a device or standard output), and a csv export "
            "writes two files "
            f"(the facts, and the figures in {targets[1].name}); nothing was written. Give a "
            "file name, or choose json."
        )
    # Written to a folder of its own beside the output and moved into place once whole: an
    # export stopped midway (a full disk) would otherwise leave part of a file, which a
    # script or a reader takes for the whole, over the earlier export it was replacing.
    # Through a link, beside the file it leads to; for a pipe or a device, in the temporary
    # folder (its own folder, /dev or /proc, takes no file), then poured into it.
    places = [output] if streamed else [_place_of(target) for target in targets]
    aside: Path | None = None
    try:
        if not streamed:
            places[0].parent.mkdir(parents=True, exist_ok=True)
        aside = Path(
            tempfile.mkdtemp(prefix=f".{output.name}.", dir=None if streamed else places[0].parent)
        )
        written = writers[fmt](project, aside / output.name, scope)
        if fmt == "svg":
            _check_svg(written[0], output)
        named = {target.name: place for target, place in zip(targets, places, strict=True)}
        for path in written:
            _put(path, named.get(path.name) or _place_of(output.with_name(path.name)))
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else output
        if where.parent in (output.parent, places[0].parent) and where.name.startswith(
            f".{output.name}."
        ):
            where = output  # the folder it was to be written in refused it
        elif aside is not None and where.is_relative_to(aside):
            where = output.with_name(where.name)  # the file it was to be
        raise ExportError(f"could not write {where}: {exc.strerror or exc}") from exc
    finally:
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)
    return [output.with_name(path.name) for path in written]


def is_stream(target: Path) -> bool:
    """Whether ``target`` is written into as it is rather than replaced: a pipe, a terminal
    or a device, or a file this process has open, named by its descriptor (/dev/stdout,
    /dev/fd/3, /proc/self/fd/1: with standard output sent to a file, replacing that file
    would take from it what the shell wrote there before)."""
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(mode := target.stat().st_mode) and not stat.S_ISDIR(mode):
            return True
    return _descriptor_named(target) is not None


def _descriptor_named(target: Path) -> tuple[str, str] | None:
    """The process and descriptor ("self", "1") that ``target`` names through /proc, after
    the links that lead there (/dev/stdout -> /proc/self/fd/1, /dev/fd/3), or None."""
    path = Path(os.path.abspath(target))
    for _ in range(40):  # links of links, as far as the system follows them
        folder = Path(os.path.realpath(path.parent))
        if folder.parts[1:2] == ("proc",):
            parts = folder.parts
            own = len(parts) == 4 and parts[3] == "fd" and parts[2] in ("self", str(os.getpid()))
            return ("self" if own else str(folder), path.name)
        if not path.is_symlink():
            return None
        path = Path(os.path.abspath(path.parent / os.readlink(path)))
    return None


def _place_of(target: Path) -> Path:
    """Where an export named ``target`` is written: through a link, the file it leads to (a
    report kept in a shared folder under a link of the analyst's; the link stays a link).
    Refused, nothing written, when a link leads into a folder that is not there (a drive or
    share not connected: making its folders would put the export on the local disk in its
    stead), or when the file there is marked read-only."""
    place = Path(os.path.realpath(target)) if target.is_symlink() else target
    if place is not target and not place.parent.is_dir():
        raise ExportError(
            f"{target} is a link to {place}, and the folder {place.parent} does not exist (a "
            "drive or share not connected?); nothing was written."
        )
    try:
        info = place.stat()
    except FileNotFoundError:
        return place
    except OSError as exc:
        raise ExportError(f"could not write {target}: {exc.strerror or exc}") from exc
    if stat.S_ISREG(info.st_mode) and (not os.access(place, os.W_OK) or not info.st_mode & 0o222):
        # replacing it would work (its folder is writable), but the analyst marked it so
        raise ExportError(
            f"{target} is read-only, so it was not replaced; nothing was written. Choose "
            "another file name, or make it writable first."
        )
    return place


def _put(written: Path, place: Path) -> None:
    """Put the whole file ``written`` at ``place``: renamed over a file (keeping that file's
    permissions), poured into a pipe or a device, copied beside ``place`` first and renamed
    from there when the two are on different disks."""
    try:
        info = place.stat()
    except FileNotFoundError:
        info = None
    if (info is not None and not stat.S_ISREG(info.st_mode)) or is_stream(place):
        named = _descriptor_named(place)
        with open(written, "rb") as source:
            if named is not None and named[0] == "self" and named[1].isdigit():
                # one of this process's own (standard output sent to a file, or a pipe):
                # written through it, where the shell's own writes before and after go too
                with os.fdopen(os.dup(int(named[1])), "wb") as sink:
                    shutil.copyfileobj(source, sink)
            else:
                with open(place, "ab") as sink:
                    shutil.copyfileobj(source, sink)
        return
    if info is not None:
        os.chmod(written, stat.S_IMODE(info.st_mode))
    try:
        os.replace(written, place)
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    handle, name = tempfile.mkstemp(prefix=f".{place.name}.", dir=place.parent)
    os.close(handle)
    try:
        shutil.copy2(written, name)
        os.replace(name, place)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def _check_svg(svg: Path, output: Path) -> None:
    """Qt writes an SVG without a word when the disk fills: a picture cut short is no XML."""
    try:
        ET.parse(svg)
    except ET.ParseError as exc:
        raise ExportError(
            f"could not write {output}: the picture was cut short ({exc}); is the disk full?"
        ) from exc


_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_export_target(project_file: Path, target: Path) -> None:
    """Refuse an export that would overwrite the project, its side files or any database.

    An export opens its file for writing and truncates it first, so a slip of the file dialog
    or the command line would otherwise wipe the analyst's project without a word.
    """
    project_file = project_file.resolve()
    resolved = target.resolve()
    protected = {project_file} | {
        project_file.with_name(project_file.name + side)
        for side in ("-wal", "-shm", "-journal", ".lock")
    }
    if resolved in protected:
        raise ExportError(
            f"exporting to {target} would overwrite the project {project_file.name}; "
            "choose another file name"
        )
    if resolved.is_dir():
        raise ExportError(f"could not write {target}: it is a folder; give a file name")
    if resolved.is_file():
        try:
            with open(resolved, "rb") as fh:
                header = fh.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise ExportError(f"could not write {target}: {exc.strerror or exc}") from exc
        if header == _SQLITE_MAGIC:
            raise ExportError(
                f"{target} is a database (perhaps another Factlane project); an export would "
                "overwrite it, so nothing was written. Choose another file name."
            )


def _live_facts(project: ProjectService, scope: ExportScope) -> list[FactRecord]:
    if scope.everything:
        return [f for f in project.facts(include_rejected=False) if f.date.earliest is not None]
    # The facts shown: a rejected one the analyst shows (Show Rejected Facts) goes with them.
    return [f for f in scope.facts(project.facts()) if f.date.earliest is not None]


def _figures(project: ProjectService, scope: ExportScope) -> list[FigureRecord]:
    articles = scope.articles_of(project)
    figures = project.figures()
    return figures if articles is None else [r for r in figures if r.article.id in articles]


def _source(f: FactRecord | FigureRecord) -> str:
    article = f.article
    if article is None:
        return "analyst"
    return article.source or article.display_title


FACT_COLUMNS = [
    "id", "date", "earliest", "latest", "precision", "text", "time_expression", "status",
    "source", "article", "published", "tags", "note", "entities",
]  # fmt: skip

FIGURE_COLUMNS = [
    "id", "number_text", "low", "high", "qualifier", "unit", "rate", "counted", "measure",
    "attributed_to", "as_of", "as_of_precision", "text", "source", "article", "published",
    "denied",
]  # fmt: skip


def _csv_figures_path(output: Path) -> Path:
    return output.with_name(f"{output.stem}-figures{output.suffix or '.csv'}")


#: What a spreadsheet reads as the start of a formula in a cell it opens from CSV.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text rather than runs: a title or a note that
    begins like a formula ('=HYPERLINK(...)', '+cmd|...', '@SUM(...)', from a hostile page
    or a paste) gets the apostrophe spreadsheets read as "text follows" and do not show.
    Everything after it is kept; a number ("-3") is left a number."""
    formula = isinstance(value, str) and value.startswith(_FORMULA_START)
    if formula and not _PLAIN_NUMBER.fullmatch(str(value)):
        return "'" + str(value)
    return value


class _CsvWriter:
    """csv.writer whose every cell goes through :func:`_cell`."""

    def __init__(self, fh: Any) -> None:
        self._writer = csv.writer(fh)

    def writerow(self, row: Sequence[object]) -> None:
        self._writer.writerow([_cell(value) for value in row])


#: Characters XML 1.0 does not allow, which an edit can carry (a NUL or a bell pasted from
#: another program): an SVG holding one does not open, and an HTML or Markdown reader shows
#: them as nothing or as garbage. Each becomes U+FFFD, the sign of a character that was there.
_NOT_TEXT = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF], "\ufffd")


def _printable(text: str) -> str:
    return text.translate(_NOT_TEXT)


def _csv(project: ProjectService, output: Path, scope: ExportScope) -> list[Path]:
    figures_path = _csv_figures_path(output)
    with open(output, "w", newline="", encoding="utf-8") as fh:
        w = _CsvWriter(fh)
        w.writerow(FACT_COLUMNS)
        for f in _live_facts(project, scope):
            w.writerow(
                [
                    f.id, f.date.value, _iso(f.date.earliest), _iso(f.date.latest),
                    f.date.precision or "", f.text, f.timex.text if f.timex else "", f.status,
                    _source(f), f.article.display_title if f.article else "",
                    _iso(f.article.published) if f.article else "", ";".join(f.tags), f.note,
                    ";".join(f.entities),
                ]
            )  # fmt: skip
    with open(figures_path, "w", newline="", encoding="utf-8") as fh:
        w = _CsvWriter(fh)
        w.writerow(FIGURE_COLUMNS)
        for r in _figures(project, scope):
            g = r.figure
            w.writerow(
                [
                    r.id, g.number_text, _num(g.low), _num(g.high), g.qualifier, g.unit or "",
                    g.rate or "", g.counted or "", g.measure or "", g.attributed_to or "", _iso(g.as_of),
                    g.as_of_precision or "", g.text, _source(r), r.article.display_title, _iso(r.article.published),
                    "true" if g.denied else "false",
                ]
            )  # fmt: skip
    return [output, figures_path]


def _json(project: ProjectService, output: Path, scope: ExportScope) -> list[Path]:
    articles = scope.articles_of(project)
    figures = _figures(project, scope)
    kept = {r.id for r in figures}
    pairs = project.pairs()
    groups = project.groups()
    if articles is not None:
        pairs = [p for p in pairs if p.a in kept and p.b in kept]
        groups = [g for g in groups if kept.intersection(g.figure_ids)]
    doc = {
        "articles": [
            {"id": a.id, "path": a.path, **a.article_json()}
            for a in project.articles()
            if articles is None or a.id in articles
        ],
        "facts": [f.to_json() for f in scope.facts(project.facts())],
        "figures": [figure_json(f) for f in figures],
        "conflicts": {
            # as 'factlane conflicts --json' gives them
            "pairs": [{**p.to_json(), "tentative": is_tentative(p.reason)} for p in pairs],
            "groups": [g.to_json() for g in groups],
        },
    }
    output.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return [output]


def _timelinejs(project: ProjectService, output: Path, scope: ExportScope) -> list[Path]:
    """TimelineJS3 JSON: one event per fact, grouped by source."""

    def tl_date(d: date, precision: str | None) -> dict[str, str]:
        out = {"year": str(d.year)}
        if precision not in ("year", "decade", "century"):
            out["month"] = str(d.month)
            if precision in (None, "day", "week"):
                out["day"] = str(d.day)
        return out

    events = []
    for f in _live_facts(project, scope):
        assert f.date.earliest is not None
        event: dict[str, Any] = {
            "unique_id": f"fact-{f.id}",
            "start_date": tl_date(f.date.earliest, f.date.precision),
            "text": {
                "headline": html.escape(_headline(f.text)),
                "text": html.escape(f.text)
                + (f"<br><i>{html.escape(_source(f))}</i>" if f.article else ""),
            },
            "group": _source(f),
        }
        if f.date.latest and f.date.latest != f.date.earliest:
            event["end_date"] = tl_date(f.date.latest, f.date.precision)
        events.append(event)
    doc = {
        "title": {"text": {"headline": html.escape(project.path.stem), "text": "Factlane export"}},
        "events": events,
    }
    output.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return [output]


def _timesketch(project: ProjectService, output: Path, scope: ExportScope) -> list[Path]:
    """Timesketch JSONL: message, datetime, timestamp_desc (and the fact's fields)."""
    with open(output, "w", encoding="utf-8") as fh:
        for f in _live_facts(project, scope):
            assert f.date.earliest is not None
            moment = datetime.combine(f.date.earliest, time(0, 0), tzinfo=UTC)
            row = {
                "message": f.text,
                "datetime": moment.isoformat(),
                "timestamp": int(moment.timestamp() * 1_000_000),
                "timestamp_desc": "Event date (from article text)",
                "date_value": f.date.value,
                "date_precision": f.date.precision,
                "date_latest": _iso(f.date.latest),
                "source": _source(f),
                "article": f.article.display_title if f.article else None,
                "published": _iso(f.article.published) if f.article else None,
                "status": f.status,
                "tag": list(f.tags),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return [output]


def _image(project: ProjectService, output: Path, scope: ExportScope) -> list[Path]:
    # Drawing the timeline needs Qt; only this export path loads it.
    from desktop.ui.export import render_timeline

    render_timeline(project, output, fact_ids=scope.fact_ids)
    if _is_svg(output):
        svg = output.read_text(encoding="utf-8")
        if (printable := _printable(svg)) != svg:
            output.write_text(printable, encoding="utf-8")
    return [output]


def _is_svg(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(256).lstrip()
    return head.startswith((b"<?xml", b"<svg"))


def _html(project: ProjectService, output: Path, scope: ExportScope) -> list[Path]:
    facts = _live_facts(project, scope)
    figures = {r.id: r for r in _figures(project, scope)}
    # The report is about what is open: agreements and dismissed pairs are left out.
    pairs = [
        p
        for p in project.pairs()
        if p.decision != "dismissed"
        and p.relation in ("contradiction", "update")
        and p.a in figures
        and p.b in figures
    ]
    # Possible pairs (two figures possibly one quantity) are counted and shown apart, as
    # the app does: not among the contradictions until the analyst says they are one.
    found = [p for p in pairs if not is_tentative(p.reason)]
    possible = [p for p in pairs if is_tentative(p.reason)]
    groups = {g.key: g for g in project.groups()}
    by_source: dict[str, list[FactRecord]] = defaultdict(list)
    for f in facts:
        by_source[_source(f)].append(f)

    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(project.path.stem)} - Factlane report</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;"
        "padding:0 1em;color:#1d2433}h1,h2{font-weight:600}table{border-collapse:collapse;"
        "width:100%}td,th{border-bottom:1px solid #dde2ea;padding:6px 8px;text-align:left;"
        "vertical-align:top}th{background:#f3f5f9}.c{color:#b3261e;font-weight:600}"
        ".u{color:#8a5a00}.src{color:#5b6475;font-size:13px}svg text{font:11px sans-serif}"
        ".note{font-size:13px;font-style:italic;margin-top:2px}.p td{color:#5b6475;font-style:italic}"
        "</style></head><body>",
        f"<h1>{html.escape(project.path.stem)}</h1>",
        f"<p class='src'>Factlane report, {datetime.now():%d %B %Y %H:%M}: "
        f"{len(facts)} dated facts from {len(by_source)} sources"
        f"{'' if scope.everything else ' (the facts a search or filter showed)'}; "
        f"{_plural(sum(p.relation == 'contradiction' for p in found), 'open contradiction')}"
        f"{_possible_count(possible)}.</p>",
        "<h2>Timeline</h2>",
        _svg_timeline(by_source),
        "<h2>Conflicts between sources</h2>",
    ]
    head = "<table><tr><th>Quantity</th><th>Relation</th><th>Figure A</th><th>Figure B</th></tr>"
    if not found:
        parts.append("<p>No contradictions or updates between sources.</p>")
    else:
        parts.append(head)
        for p in sorted(found, key=lambda p: p.relation != "contradiction"):
            a, b = figures[p.a], figures[p.b]
            cls = {"contradiction": "c", "update": "u"}.get(p.relation, "")
            parts.append(
                f"<tr><td>{html.escape(pair_label(p, groups))}</td><td class='{cls}'>{p.relation}"
                f"<div class='src'>{html.escape(p.reason)}</div></td>"
                f"<td>{_cite_figure(a)}</td><td>{_cite_figure(b)}</td></tr>"
            )
        parts.append("</table>")
    if possible:
        # as the app shows them: muted, said as possible, never in a contradiction's red
        parts += ["<h3>Possible pairs</h3>", f"<p class='src'>{POSSIBLE_NOTE}</p>", head]
        for p in sorted(possible, key=lambda p: p.relation != "contradiction"):
            a, b = figures[p.a], figures[p.b]
            why, relation = _possible_parts(p.reason)
            said = f"{why}; if so, {relation}" if relation else why
            parts.append(
                f"<tr class='p'><td>{html.escape(pair_label(p, groups))}</td>"
                f"<td>possible {p.relation}<div class='src'>{html.escape(said)}</div></td>"
                f"<td>{_cite_figure(a)}</td><td>{_cite_figure(b)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("<h2>Facts</h2><table><tr><th>Date</th><th>Fact</th><th>Source</th></tr>")
    for f in facts:
        # The analyst's tags and note travel with the fact, as in the CSV and Markdown, and so
        # do the people, places and organisations it names.
        extra = ""
        if f.entities:
            extra += f"<div class='src'>Names: {html.escape(', '.join(f.entities))}</div>"
        if f.tags:
            extra += f"<div class='src'>Tags: {html.escape(', '.join(f.tags))}</div>"
        if f.note:
            extra += f"<div class='note'>Note: {html.escape(f.note)}</div>"
        parts.append(
            f"<tr><td>{html.escape(f.date.value)}</td><td>{html.escape(f.text)}{extra}</td>"
            f"<td class='src'>{html.escape(_citation(f))}</td></tr>"
        )
    parts.append("</table></body></html>")
    output.write_text(_printable("\n".join(parts)), encoding="utf-8")
    return [output]


def _markdown(project: ProjectService, output: Path, scope: ExportScope) -> list[Path]:
    """What a fact-check found, to paste into a brief or a ticket: the conflicts with the
    analyst's decisions and notes, then the facts by date with their citations, tags, notes
    and the names (people, places, organisations) each fact holds. Plain Markdown (GitHub's flavour reads the tables)."""
    facts = _live_facts(project, scope)
    figures = {r.id: r for r in _figures(project, scope)}
    pairs = [
        p
        for p in project.pairs()
        if p.relation in ("contradiction", "update") and p.a in figures and p.b in figures
    ]
    groups = {g.key: g for g in project.groups()}
    sources = {_source(f) for f in facts}
    lines = [
        f"# {_md(project.path.stem)}",
        "",
        f"Factlane findings, {datetime.now():%d %B %Y %H:%M}: {len(facts)} dated facts from "
        f"{len(sources)} sources"
        f"{'' if scope.everything else ' (the facts a search or filter showed)'}.",
        "",
        "## Conflicts between sources",
        "",
    ]
    found = [p for p in pairs if not is_tentative(p.reason)]
    possible = [p for p in pairs if is_tentative(p.reason)]
    if not found:
        lines.append("No contradictions or updates between sources.")
    order = {"contradiction": 0, "update": 1}
    for p in sorted(found, key=lambda p: (p.decision is not None, order[p.relation])):
        lines += _markdown_pair(p, figures, groups)
    if possible:
        lines += ["", "## Possible pairs", "", POSSIBLE_NOTE, ""]
        for p in sorted(possible, key=lambda p: (p.decision is not None, order[p.relation])):
            lines += _markdown_pair(p, figures, groups)
    detached = project.detached_decisions()
    if detached:
        # the analyst's values and notes on groups the grouping no longer makes: in the
        # findings as they are in the project, never left out unsaid
        lines += ["", "## Decisions that attach to no group now", ""]
        named = detached_lines(detached, list(groups.values()), project.figures())
        lines += [f"- {_md(line)}" for line in named]
    lines += ["", "## Facts", "", "| Date | Fact | Source | Status | Tags | Note | Names |"]
    lines.append("|---|---|---|---|---|---|---|")
    for f in facts:
        cells = [
            f.date.value,
            f.text,
            _citation(f),
            f.status,
            ", ".join(f.tags),
            f.note,
            ", ".join(f.entities),
        ]
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    output.write_text(_printable("\n".join(lines) + "\n"), encoding="utf-8")
    return [output]


def _markdown_pair(
    p: PairRecord, figures: dict[int, FigureRecord], groups: dict[str, GroupRecord]
) -> list[str]:
    """One pair of the findings: its quantity, relation and state, the two figures, why,
    and the analyst's value and notes. A possible pair says so ("possible contradiction")
    and why its figures are possibly one quantity apart from how they relate if so."""
    group = groups.get(p.group_key)
    label = pair_label(p, groups)
    state = {"confirmed": "confirmed", "dismissed": "dismissed"}.get(p.decision or "", "open")
    tentative = is_tentative(p.reason)
    relation = f"possible {p.relation}" if tentative else p.relation
    lines = [f"### {_md(label)}: {relation}, {state}", ""]
    for r in (figures[p.a], figures[p.b]):
        denied = " (the text denies this number)" if r.figure.denied else ""
        lines.append(f"- **{_md(r.figure.text)}**{denied}: {_md(_citation_article(r))}")
    if tentative:
        why, how = _possible_parts(p.reason)
        lines.append(f"- Why possibly one quantity: {_md(why)}")
        if how:
            lines.append(f"- If so, why a {p.relation}: {_md(how)}")
    elif p.reason:
        lines.append(f"- Why: {_md(p.reason)}")
    if group is not None and group.accepted_value:
        lines.append(f"- Accepted value: {_md(group.accepted_value)}")
    if p.note:
        lines.append(f"- Note: {_md(p.note)}")
    if group is not None and group.note:
        lines.append(f"- Note on {_md(label)}: {_md(group.note)}")
    lines.append("")
    return lines


#: what the reports say of possible pairs, above them
POSSIBLE_NOTE = (
    "Figures in no group together but told so alike that they are possibly one quantity: "
    "not counted among the contradictions unless the analyst confirms them."
)


def _possible_parts(reason: str) -> tuple[str, str]:
    """A possible pair's reason as (why its figures are possibly one quantity, how they
    relate if so)."""
    why, _sep, how = reason[len(TENTATIVE_REASON) :].partition("; ")
    return why.strip(), how.strip()


def _possible_count(possible: Sequence[PairRecord]) -> str:
    """The report's header on the possible pairs, open ones (not dismissed): none, nothing."""
    if not possible:
        return ""
    contradictions = sum(p.relation == "contradiction" for p in possible)
    said = f", and {_plural(len(possible), 'possible pair')} to judge"
    return said + (
        f" ({_plural(contradictions, 'possible contradiction')})" if contradictions else ""
    )


def _plural(count: int, words: str) -> str:
    return f"{count:,} {words}{'' if count == 1 else 's'}"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _md(text: str) -> str:
    """``text`` as literal Markdown on one line: an outlet's asterisks or a note's '#' do not
    turn into emphasis or headings, and a table cell stays on its row."""
    return " ".join(text.split()).translate(_MD_SPECIAL)


def _svg_timeline(by_source: dict[str, list[FactRecord]]) -> str:
    dated = [f for fs in by_source.values() for f in fs if f.date.earliest and f.date.latest]
    if not dated:
        return "<p>No dated facts.</p>"
    lo = min(f.date.earliest for f in dated if f.date.earliest)
    hi = max(f.date.latest for f in dated if f.date.latest)
    span = max((hi - lo).days, 1)
    width, left, lane_h = 1000, 180, 28
    height = 30 + lane_h * len(by_source)

    def x(d: date) -> float:
        return left + (width - left - 20) * (d - lo).days / span

    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}'>"]
    out.append(f"<text x='{left}' y='14'>{lo.isoformat()}</text>")
    out.append(f"<text x='{width - 20}' y='14' text-anchor='end'>{hi.isoformat()}</text>")
    for i, (source, fs) in enumerate(sorted(by_source.items())):
        y = 24 + i * lane_h
        fill = "#f3f5f9" if i % 2 == 0 else "#ffffff"
        out.append(f"<rect x='0' y='{y}' width='{width}' height='{lane_h}' fill='{fill}'/>")
        out.append(f"<text x='6' y='{y + 18}'>{html.escape(source[:26])}</text>")
        for f in fs:
            if f.date.earliest is None or f.date.latest is None:
                continue
            x0, x1 = x(f.date.earliest), x(f.date.latest)
            tip = html.escape(f"{f.date.value}: {f.text}")
            if x1 - x0 >= 3:
                out.append(
                    f"<rect x='{x0:.1f}' y='{y + 8}' width='{x1 - x0:.1f}' height='12' rx='3' "
                    f"fill='#7aa2e3' opacity='0.6'><title>{tip}</title></rect>"
                )
            else:
                out.append(
                    f"<circle cx='{x0:.1f}' cy='{y + 14}' r='5' fill='#2f5fb3'>"
                    f"<title>{tip}</title></circle>"
                )
    out.append("</svg>")
    return "".join(out)


def _cite_figure(r: FigureRecord) -> str:
    g = r.figure
    # Only a figure the analyst linked by hand is in a pair while its sentence denies it; the
    # reader of the report must not take it for the outlet's claim.
    denied = "<div class='src'>the text denies this number</div>" if g.denied else ""
    return (
        f"<b>{html.escape(g.text)}</b>{denied}<div class='src'>"
        f"{html.escape(_citation_article(r))}"
        f"{', as of ' + _as_of_text(g.as_of, g.as_of_precision) if g.as_of else ''}</div>"
    )


def _as_of_text(day: date, precision: str | None) -> str:
    """A figure's as-of as finely as its text told it: "1962" for a year (stored as its last
    day), "1962-03" for a month, "1962-Q1" for a quarter, else the day."""
    if precision in ("year", "decade", "century"):
        return f"{day.year // 10 * 10}s" if precision == "decade" else str(day.year)
    if precision == "month":
        return f"{day:%Y-%m}"
    if precision == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return day.isoformat()


def _citation(f: FactRecord) -> str:
    if f.article is None:
        return "added by the analyst"
    return _citation_article(f)


def _citation_article(r: FactRecord | FigureRecord) -> str:
    a = r.article
    assert a is not None
    when = a.published.isoformat() if a.published else "undated"
    return f"{a.source or 'unknown outlet'}, \u201c{a.display_title}\u201d ({when})"


def _headline(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else str(x)
