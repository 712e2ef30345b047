"""The application layer: what the CLI and the desktop app both do with a project."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from desktop import __version__
from desktop.analysis._about import ABOUT_CHARS
from desktop.domain import (
    Block,
    DateRange,
    Extraction,
    FactStatus,
    Figure,
    PublishedOrigin,
    RawArticle,
    body_from_blocks,
    is_tentative,
)
from desktop.domain.records import (
    ArticleDetail,
    ArticleRecord,
    FactRecord,
    FigureRecord,
    GroupRecord,
    PairRecord,
    TimelineRow,
)

# desktop.extract's package only names ``extract`` (its engines load when it first runs); the
# readers (desktop.ingest, and services.files over them) are imported where a file is read:
# they cost most of a second, and opening a project to show its facts needs none of them.
from desktop.extract import extract
from desktop.storage.project import (
    DamagedProjectError,
    NewerVersionError,
    NotAProjectError,
    ProjectClosedError,
    ProjectError,
    ProjectLockedError,
    ProjectMovedError,
    ProjectWriteError,
    replacing_project,
)
from desktop.storage.store import (
    CONFLICTS_ANALYSIS_KEY,
    ArticleChangedError,
    ArticleRestoreError,
    DetachedDecision,
    DuplicateDocumentError,
    ExtractionChange,
    ExtractionRestoreError,
    ExtractionSnapshot,
    GroupDecisionTakenError,
    ProjectStore,
    RemovalSummary,
    RemovedArticle,
    extraction_inputs,
)

if TYPE_CHECKING:
    from desktop.analysis.conflicts import ConflictReport

__all__ = [
    "ArticleChangedError",
    "ArticleRestoreError",
    "DamagedProjectError",
    "DetachedDecision",
    "ExtractionChange",
    "ExtractionFailedError",
    "ExtractionRestoreError",
    "ExtractionSnapshot",
    "GroupDecisionTakenError",
    "ImportOutcome",
    "NewerVersionError",
    "NotAProjectError",
    "ProjectClosedError",
    "ProjectError",
    "ProjectLockedError",
    "ProjectMovedError",
    "ProjectService",
    "Reextraction",
    "ReextractionFailure",
    "RemovalSummary",
    "RemovedArticle",
    "StaleReextraction",
    "analysis_stamp",
    "detached_lines",
    "figure_json",
    "group_namer",
    "key_words",
    "pair_label",
]

ImportStatus = Literal["imported", "duplicate", "failed", "cancelled"]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What became of one file, or of one item of a file of several (a feed, a database's
    export): then ``path`` names the item ("export.rtf#3") and ``file`` the file.

    ``import_file`` answers a file of several items with one outcome for the whole file, whose
    ``items`` are the outcomes of its items; ``import_files`` lists the items themselves."""

    path: str
    status: ImportStatus
    article_id: int | None = None
    message: str = ""
    file: str | None = None
    items: tuple[ImportOutcome, ...] = ()

    def line(self) -> str:
        """One line of the import's listing per article (a file of several: one per item),
        each name on it escaped to stay on its line (see services.files.one_line)."""
        from desktop.services.files import one_line

        if self.items:
            return "\n".join(item.line() for item in self.items)
        path = one_line(self.path)
        if self.status == "imported":
            return f"imported   {path} (article {self.article_id})"
        if self.status == "duplicate":
            line = f"duplicate  {path} (same content as article {self.article_id})"
            return f"{line}: {one_line(self.message)}" if self.message else line
        if self.status == "cancelled":
            return f"cancelled  {path}"
        # a reader's reason starts with the file's name (a web address's: the address),
        # which the line has just given
        message = self.message.removeprefix(f"{self.path}: ")
        message = message.removeprefix(f"{Path(self.path).name}: ")
        return f"failed     {path}: {one_line(message)}"

    def each(self) -> tuple[ImportOutcome, ...]:
        """The outcome of every article the file held: its items', or its own."""
        return self.items or (self,)


def _file_outcome(name: str, items: Sequence[ImportOutcome]) -> ImportOutcome:
    """One outcome that stands for a file of several items: imported if any item was."""
    order: tuple[ImportStatus, ...] = ("imported", "duplicate", "cancelled", "failed")
    status: ImportStatus = next((s for s in order if any(o.status == s for o in items)), "failed")
    article_id = next((o.article_id for o in items if o.status == status and o.article_id), None)
    labels = {
        "imported": "imported",
        "duplicate": "already in the project",
        "cancelled": "cancelled",
        "failed": "failed",
    }
    counts = [
        f"{n} {label}"
        for key, label in labels.items()
        if (n := sum(o.status == key for o in items))
    ]
    message = f"{len(items)} articles: {', '.join(counts)}"
    return ImportOutcome(name, status, article_id, message, items=tuple(items))


@dataclass(frozen=True, slots=True)
class Reextraction:
    """One article extracted again: what changed, and its extracted rows before and after
    (undo writes back ``before``, redo ``after``: see ProjectService.restore_extractions)."""

    change: ExtractionChange
    before: ExtractionSnapshot
    after: ExtractionSnapshot


class ExtractionFailedError(Exception):
    """The extractor failed on a stored article's text while reading it again: nothing of the
    article was changed (its facts and figures are as they were). ``str()`` is the analyst's
    message without the article's name; ``cause`` is the extractor's own exception."""

    def __init__(self, article_id: int, cause: Exception) -> None:
        super().__init__(
            f"Factlane could not extract facts from this text again "
            f"({type(cause).__name__}: {cause}); its earlier facts and figures were kept. "
            "This is a fault in Factlane: please report it with the article."
        )
        self.article_id = article_id
        self.cause = cause


@dataclass(frozen=True, slots=True)
class ReextractionFailure:
    """One article that :meth:`ProjectService.reextract_stale` could not read again: it keeps
    its facts and figures and stays marked for re-extraction, so the next try reads it."""

    article_id: int
    name: str
    message: str

    def line(self) -> str:
        return (
            f"warning: article {self.article_id} ({self.name}) not re-extracted: "
            f"{self.message} It stays marked to be read again."
        )


@dataclass(frozen=True, slots=True)
class StaleReextraction:
    """What :meth:`ProjectService.reextract_stale` did: the articles read again, and those the
    extractor failed on (each one alone: the others were read again all the same)."""

    reextracted: tuple[int, ...] = ()
    failed: tuple[ReextractionFailure, ...] = ()


def key_words(key: str, figures: Sequence[Figure] = ()) -> str:
    """The words a group's key reads as, in the analysis's own label for it ("killed|people|
    count|" -> "people killed", "-|turnout|share|" -> "turnout (%)"): a group no longer shown
    has no label of its own. ``figures``, those it was made on, name its population as their
    reporters wrote it, as a group's label does. The key itself when it reads as no quantity
    (a key the analyst's link gave)."""
    from desktop.analysis.conflicts import GroupShape, Quantity, group_label

    shape = GroupShape.from_key(key)
    if not (shape.measure or shape.population or shape.unit):
        return key
    words = shape.population
    quantity = Quantity(
        measure=shape.measure,
        head=words[-1] if words else "",
        modifiers=tuple(words[:-1]),
        unit=shape.unit,
        scope=shape.scope,
        window=shape.window,
        hedged=shape.hedged,
    )
    return group_label(quantity, figures) or key


def group_namer(
    shown: Iterable[GroupRecord], made_on: Mapping[str, Sequence[Figure]] | None = None
) -> Callable[[str], str]:
    """How to say a group by its key, as the Figures and Conflicts tabs do: the label of the
    group shown under it now, else the words of its key (:func:`key_words`, with the figures
    ``made_on`` gives for the key). For ``DetachedDecision.line``; the key stays for support
    (a tooltip, the CLI's warnings)."""
    labels = {g.key: g.label for g in shown}
    figures = made_on or {}

    def name(key: str) -> str:
        return labels.get(key) or key_words(key, figures.get(key, ()))

    return name


#: what a pair made only as possibly one quantity is about, said where a group's label would
#: be (it belongs to no group: its key is empty, and its reason says why it was made)
TENTATIVE_LABEL = "possibly the same figure"


def pair_label(pair: PairRecord, groups: Mapping[str, GroupRecord]) -> str:
    """The quantity a pair is about, as the reports and 'factlane conflicts' head it: its
    group's label; a tentative pair's TENTATIVE_LABEL; else the words of its key."""
    group = groups.get(pair.group_key)
    if group is not None and group.label:
        return group.label
    if is_tentative(pair.reason):
        return TENTATIVE_LABEL
    return key_words(pair.group_key) if pair.group_key else ""


def detached_lines(
    decisions: Sequence[DetachedDecision],
    shown: Sequence[GroupRecord],
    figures: Sequence[FigureRecord],
) -> list[str]:
    """Each decision's ``line()`` with its groups said as the app says them (group_namer: the
    label of the group shown now, else the words of its key in the words of the ``figures``
    it was made on), for the analyst's warnings: 'factlane conflicts' and the Markdown
    findings. Where two keys read alike (a detached decision's key words and the label of a
    group shown now, two stories' groups of one quantity) the key follows the words in
    brackets, so that which one is meant can still be told."""
    held = {r.id: r.figure for r in figures}
    made_on: dict[str, list[Figure]] = {}
    for d in decisions:
        own = [] if d.figure_id is None else [d.figure_id]
        ids = own + [i for i in d.figure_ids if i != d.figure_id]
        made_on.setdefault(d.group_key, [held[i] for i in ids if i in held])
    plain = group_namer(shown, made_on)
    keys = {g.key for g in shown} | {k for d in decisions for k in (d.group_key, *d.groups)}
    keys_read_as: dict[str, set[str]] = {}
    for key in keys:
        keys_read_as.setdefault(plain(key), set()).add(key)

    def name(key: str) -> str:
        words = plain(key)
        return words if len(keys_read_as.get(words, ())) < 2 or words == key else f"{words} [{key}]"

    return [d.line(name) for d in decisions]


_analysis_stamp: str | None = None


def analysis_stamp() -> str:
    """Which comparison works out the conflicts: a digest of the analysis's code (and of the
    domain types it hands back). Stored with the groups and pairs; a project whose stored
    ones another comparison worked out (saved by an older Factlane) has them worked out again
    when next read, so an improved grouping reaches the projects already made, and the
    analyst's decisions follow their figures as after any recompute."""
    global _analysis_stamp
    if _analysis_stamp is None:
        import desktop.analysis._about as about_module
        import desktop.analysis._context as context_module
        import desktop.analysis._likeness as likeness_module
        import desktop.analysis.conflicts as conflicts_module
        import desktop.domain as domain_module

        digest = hashlib.sha256()
        # what the services give the comparison to read of each article counts as its code
        digest.update(f"about: title and the first {ABOUT_CHARS} characters\n".encode())
        digest.update(
            f"around: {context_module.WINDOW_CHARS} characters of text each side\n".encode()
        )
        modules = (conflicts_module, about_module, likeness_module, context_module, domain_module)
        for module in modules:
            spec = module.__spec__
            loader = spec.loader if spec is not None else None
            source = None
            with contextlib.suppress(Exception):
                source = loader.get_source(module.__name__)  # type: ignore[union-attr]
            if source is not None:
                digest.update(source.encode("utf-8"))
                continue
            code = None
            with contextlib.suppress(Exception):
                code = loader.get_code(module.__name__)  # type: ignore[union-attr]
            # a frozen build without sources: its compiled code, else the version it ships as
            digest.update(marshal.dumps(code) if code is not None else __version__.encode())
        _analysis_stamp = digest.hexdigest()[:24]
    return _analysis_stamp


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def apply_overrides(
    raw: RawArticle, *, published: date | None = None, source: str | None = None
) -> RawArticle:
    """The analyst's own values win over what the file says; their origin becomes 'user'."""
    origins = dict(raw.field_origins)
    if published is not None:
        raw = replace(raw, published=published, published_origin="user")
        origins["published"] = "user"
    if source:
        raw = replace(raw, source=source)
        origins["source"] = "user"
    return replace(raw, field_origins=origins)


def extraction_failure(name: str, exc: Exception) -> str:
    """What to tell the analyst when the extractor fails on an article's text: a fault of
    Factlane's, not of the file, so worth reporting with the file."""
    return (
        f"{Path(name).name or name}: Factlane could not extract facts from this text "
        f"({type(exc).__name__}: {exc}); nothing of it was stored. This is a fault in "
        "Factlane: please report it with the file."
    )


def _extract_again(detail: ArticleDetail) -> Extraction:
    """Extract a stored article's text again; ExtractionFailedError when the extractor fails
    on it (before anything is written, so the article stays as it was)."""
    try:
        return extract(detail.text, detail.record.published, detail.language)
    except Exception as exc:
        raise ExtractionFailedError(detail.record.id, exc) from exc


#: How many times an extraction is made again when the article changed while it was being
#: made (ArticleChangedError): an analyst's edits come far slower than an extraction, so a
#: second reading almost always stores; the bound only keeps a fault from looping for ever.
_READINGS = 8

_Stored = TypeVar("_Stored")


def _on_the_article_as_it_is(
    store: ProjectStore, article_id: int, store_from: Callable[[ArticleDetail], _Stored]
) -> _Stored:
    """``store_from`` the article as stored now, again while another thread's edit of its
    text, date or language lands between the reading and the storing (see
    ArticleChangedError): an extraction stored must be made from the article it is stored
    on."""
    for reading in range(_READINGS):
        detail = store.article(article_id)
        try:
            return store_from(detail)
        except ArticleChangedError:
            if reading == _READINGS - 1:
                raise
    raise AssertionError("unreachable")


def preview_file(path: Path) -> tuple[bytes, RawArticle]:
    """Read a file without touching any project (the import dialog shows this)."""
    from desktop.services.files import read_article_file

    return read_article_file(path)


class ProjectService:
    """One open project. Thread-safe for one writer: the store serialises writes."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self._conflict_lock = threading.Lock()
        # the conflicts worked out while they could not be stored (see _unstorable_conflicts):
        # (the project's change stamp then, the report)
        self._unstored: tuple[int, ConflictReport] | None = None

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> ProjectService:
        return cls(ProjectStore.open(Path(path), create=create))

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> ProjectService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_as(self, target: Path) -> None:
        if target.resolve() == self.path.resolve():
            raise ProjectError("Save As needs a different file name.")
        with replacing_project(target) as writing:
            self.store.save_copy(writing, named=target)

    # -- import -------------------------------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[Path | str],
        *,
        published: date | None = None,
        source: str | None = None,
        progress: Callable[[int, int, ImportOutcome], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportOutcome]:
        """Import files one article per transaction; conflicts are recomputed once at the end.

        The outcomes are one per article: a feed or an export of several items gives one for
        each item. ``progress`` hears each as it is stored, with the number of files reached
        and the number of files. A web address (a str, "https://…") is fetched and imported
        as its file would be (see :meth:`import_file`)."""
        outcomes: list[ImportOutcome] = []
        for i, path in enumerate(paths):
            if cancelled is not None and cancelled():
                outcomes.extend(ImportOutcome(str(p), "cancelled") for p in paths[i:])
                break

            def item_done(outcome: ImportOutcome, reached: int = i + 1) -> None:
                if progress is not None:
                    progress(reached, len(paths), outcome)

            outcome = self.import_file(
                path, published=published, source=source, cancelled=cancelled, item_done=item_done
            )
            outcomes.extend(outcome.each())
            if progress is not None and not outcome.items:
                progress(i + 1, len(paths), outcome)
        if any(o.status == "imported" for o in outcomes) and self.store.is_open:
            # (closed meanwhile: the conflicts stay marked out of date, worked out next time)
            with contextlib.suppress(ProjectClosedError):
                self.refresh_conflicts()
        return outcomes

    def import_file(
        self,
        path: Path | str,
        *,
        published: date | None = None,
        source: str | None = None,
        cancelled: Callable[[], bool] | None = None,
        stage: Callable[[str], None] | None = None,
        item_done: Callable[[ImportOutcome], None] | None = None,
    ) -> ImportOutcome:
        """Read and store one file. ``cancelled`` is asked between reading, extracting and
        storing: a long file (a 300-page report takes seconds at each) can be called off
        midway, and a cancelled file leaves the project as it was. ``stage`` hears each step
        ("reading", "extracting", "saving") as it starts.

        A feed or a news database's RTF export of two or more items is stored as one article
        per item, each in its own transaction (see :meth:`_import_items`); ``item_done`` hears
        each item's outcome as it is stored.

        A web address (a str, "https://…") is fetched ("fetching"), the download called off
        by ``cancelled`` too; the address names the article, and is its url unless the page
        names its own. Nothing is stored before the whole page is in."""
        from desktop.ingest import IngestError
        from desktop.ingest.fetch import FetchCancelled, is_web_address, shown_address
        from desktop.services.files import read_address_items, read_article_items

        name = str(path)
        address = isinstance(path, str) and is_web_address(path)
        if address:
            # a user name and password in the address are never stored nor said
            name = shown_address(name)
        if stage is not None:
            stage("fetching" if address else "reading")
        try:
            if address:
                data, articles = read_address_items(str(path), cancelled=cancelled)
            else:
                data, articles = read_article_items(Path(path))
        except IngestError as exc:
            return ImportOutcome(name, "failed", message=str(exc))
        except FetchCancelled:
            return ImportOutcome(name, "cancelled")
        if cancelled is not None and cancelled():
            return ImportOutcome(name, "cancelled")
        if len(articles) == 1:
            return self.import_article(
                data,
                articles[0],
                name,
                published=published,
                source=source,
                cancelled=cancelled,
                stage=stage,
            )
        return self._import_items(
            data,
            articles,
            name,
            published=published,
            source=source,
            cancelled=cancelled,
            stage=stage,
            item_done=item_done,
        )

    def _import_items(
        self,
        data: bytes,
        articles: Sequence[RawArticle],
        name: str,
        *,
        published: date | None,
        source: str | None,
        cancelled: Callable[[], bool] | None,
        stage: Callable[[str], None] | None,
        item_done: Callable[[ImportOutcome], None] | None,
    ) -> ImportOutcome:
        """Store each item of a multi-item file as its own article ("export.rtf#3"), one
        transaction each: a crash or a cancel midway keeps the items stored before it, and
        importing the file again adds only the items that are not in the project yet."""
        return self._store_items(
            data,
            [(number, raw, raw, published) for number, raw in enumerate(articles, 1)],
            name,
            item_count=len(articles),
            source=source,
            published=published,
            cancelled=cancelled,
            stage=stage,
            item_done=item_done,
        )

    def import_chosen_items(
        self,
        data: bytes,
        chosen: Sequence[tuple[int, RawArticle, RawArticle, date | None]],
        name: str,
        *,
        item_count: int,
        cancelled: Callable[[], bool] | None = None,
        stage: Callable[[str], None] | None = None,
        item_done: Callable[[ImportOutcome], None] | None = None,
    ) -> ImportOutcome:
        """The items of a multi-item file that the analyst kept in the import dialog, each as
        they left it. ``chosen`` holds (number in the file, the item as read, the item as
        edited, a date they typed). Each item is recognised by the item as read, so importing
        the file again later finds the edited ones already in; the others are left out."""
        return self._store_items(
            data,
            chosen,
            name,
            item_count=item_count,
            source=None,
            published=None,
            cancelled=cancelled,
            stage=stage,
            item_done=item_done,
        )

    def _store_items(
        self,
        data: bytes,
        chosen: Sequence[tuple[int, RawArticle, RawArticle, date | None]],
        name: str,
        *,
        item_count: int,
        source: str | None,
        published: date | None,
        cancelled: Callable[[], bool] | None,
        stage: Callable[[str], None] | None,
        item_done: Callable[[ImportOutcome], None] | None,
    ) -> ImportOutcome:
        """Store items of a multi-item file, each (number in the file, as read, as stored, a
        date to set) as an article of its own, one transaction each; each is recognised by the
        item as read."""
        from desktop.services.files import item_document

        earlier = self.store.find_document(sha256_of(data))
        if earlier is not None:
            # Imported as one article before items were told apart: splitting it now would put
            # every fact in the project twice.
            dup = self._duplicate(name, earlier, published=published, source=source)
            note = (
                f"the file was imported earlier as one article; remove that article and import "
                f"the file again to have its {item_count} articles apart"
            )
            return replace(dup, message="; ".join(m for m in (dup.message, note) if m))
        outcomes: list[ImportOutcome] = []
        for position, (number, read, stored, day) in enumerate(chosen):
            if cancelled is not None and cancelled():
                outcomes.extend(
                    ImportOutcome(f"{name}#{n}", "cancelled", file=name)
                    for n, *_ in chosen[position:]
                )
                break
            outcome = self.import_article(
                item_document(read),
                stored,
                f"{name}#{number}",
                published=day,
                source=source,
                cancelled=cancelled,
                stage=stage,
            )
            outcome = replace(outcome, file=name)
            outcomes.append(outcome)
            if item_done is not None and outcome.status != "cancelled":
                item_done(outcome)
        return _file_outcome(name, outcomes)

    def import_article(
        self,
        data: bytes,
        raw: RawArticle,
        name: str,
        *,
        published: date | None = None,
        source: str | None = None,
        cancelled: Callable[[], bool] | None = None,
        stage: Callable[[str], None] | None = None,
    ) -> ImportOutcome:
        """Store an article already read (the import dialog's edited values go through here).
        ``cancelled`` is asked once the facts are extracted, before anything is written."""
        from desktop.ingest import IngestError, require_article_text
        from desktop.services.files import check_article_length

        try:
            check_article_length(Path(name).name or name, raw.text)
            require_article_text(Path(name).name or name, raw)
        except IngestError as exc:
            return ImportOutcome(name, "failed", message=str(exc))
        sha = sha256_of(data)
        existing = self.store.find_document(sha)
        if existing is not None:
            return self._duplicate(name, existing, published=published, source=source)
        raw = apply_overrides(raw, published=published, source=source)
        if stage is not None:
            stage("extracting")
        try:
            extraction = extract(raw.text, raw.published, raw.language)
        except Exception as exc:
            # A fault of the extractor on one text (a number it cannot hold, say) fails that
            # article alone: the rest of the batch is still imported, and nothing of this one
            # is stored.
            return ImportOutcome(name, "failed", message=extraction_failure(name, exc))
        # Extraction is the long step, and one call: the cancel it missed is honoured here,
        # before the one transaction that writes the article, its facts and figures.
        if cancelled is not None and cancelled():
            return ImportOutcome(name, "cancelled")
        if stage is not None:
            stage("saving")
        try:
            article_id = self.store.add_article(
                data=data, sha256=sha, path=name, raw=raw, extraction=extraction
            )
        except DuplicateDocumentError as dup:
            return self._duplicate(name, dup.article_id, published=published, source=source)
        except ProjectClosedError:
            # the window was closed while this article was being read: as if cancelled
            return ImportOutcome(name, "cancelled")
        return ImportOutcome(name, "imported", article_id)

    def import_paste(
        self,
        text: str | None,
        html: str | None = None,
        *,
        when: datetime | None = None,
        published: date | None = None,
        source: str | None = None,
    ) -> ImportOutcome:
        """Store an article pasted as ``html`` and/or plain ``text`` (the HTML is preferred, see
        ingest.pasted), named by when it was pasted ("Pasted 29 Nov 2026 12:03"); the bytes
        stored are what was pasted, so the same paste again is found already in."""
        from desktop.ingest import IngestError
        from desktop.ingest.pasted import pasted_name, read_paste

        name = pasted_name(when or datetime.now())
        try:
            pasted = read_paste(text, html)
        except IngestError as exc:
            return ImportOutcome(name, "failed", message=str(exc))
        return self.import_article(
            pasted.data, pasted.article, name, published=published, source=source
        )

    def article_with_content(self, data: bytes) -> ArticleRecord | None:
        """The article stored from exactly these bytes, if any: the import dialog says so
        before the analyst types a date for an article the project already holds."""
        article_id = self.store.find_document(sha256_of(data))
        return None if article_id is None else self.store.article(article_id).record

    def _duplicate(
        self, name: str, article_id: int, *, published: date | None, source: str | None
    ) -> ImportOutcome:
        """Content already in the project is not stored twice, but what the analyst says about it
        now (a publication date, an outlet) is applied to the stored article."""
        record = self.store.article(article_id).record
        changed = []
        if source and source != record.source:
            self.store.update_article_fields(article_id, source=source)
            changed.append(f"outlet set to {source}")
        if published is not None and published != record.published:
            self.set_published(article_id, published)
            changed.append(f"publication date set to {published.isoformat()}")
        return ImportOutcome(name, "duplicate", article_id, "; ".join(changed))

    # -- articles -------------------------------------------------------------------------------

    def articles(self) -> list[ArticleRecord]:
        return self.store.articles()

    def article(self, article_id: int) -> ArticleDetail:
        return self.store.article(article_id)

    def reextract(self, article_id: int) -> ExtractionChange:
        """Extract again with the current engine. Facts the analyst edited or added are kept
        as they are; confirmed and rejected ones keep their verdict (see replace_extraction)."""
        return _on_the_article_as_it_is(
            self.store,
            article_id,
            lambda detail: self.store.replace_extraction(
                article_id, _extract_again(detail), made_from=extraction_inputs(detail)
            ),
        )

    def reextract_undoable(self, article_id: int) -> Reextraction:
        """:meth:`reextract`, keeping the article's facts and figures as they were before and
        are after, so that the analyst can undo it (and redo it) exactly."""
        change, before, after = _on_the_article_as_it_is(
            self.store,
            article_id,
            lambda detail: self.store.replace_extraction_undoable(
                article_id, _extract_again(detail), made_from=extraction_inputs(detail)
            ),
        )
        return Reextraction(change, before, after)

    def restore_extractions(self, snapshots: Sequence[ExtractionSnapshot]) -> None:
        """Put articles' facts and figures back as the snapshots hold them (same ids, status,
        edits, notes and tags), in one transaction; conflicts are recomputed when next read.
        ExtractionRestoreError, with nothing changed, when one of them cannot be."""
        self.store.restore_extractions(snapshots)

    def reextract_stale(self) -> StaleReextraction:
        """Re-run extraction where the engine has improved since import.

        An article the extractor fails on is left as it was (facts, figures and its older
        engine's mark, so the next call tries it again) and named in the result's ``failed``;
        the articles after it are read again all the same. A storage fault still stops it."""
        done: list[int] = []
        failed: list[ReextractionFailure] = []
        for article_id in self.store.stale_articles():
            try:
                self.reextract(article_id)
            except ProjectClosedError:
                # closed meanwhile: the rest keep their mark and are read again next time
                break
            except ExtractionFailedError as exc:
                record = self.store.article(article_id).record
                name = f"“{record.title}”, {record.path}" if record.title else record.path
                failed.append(ReextractionFailure(article_id, name, str(exc)))
                continue
            done.append(article_id)
        if done and self.store.is_open:
            with contextlib.suppress(ProjectClosedError):
                self.refresh_conflicts()
        return StaleReextraction(tuple(done), tuple(failed))

    def set_published(
        self,
        article_id: int,
        published: date | None,
        origin: PublishedOrigin | None = "user",
        evidence: str | None = None,
    ) -> tuple[date | None, PublishedOrigin | None]:
        """Change the publication date and re-resolve the article's relative dates.

        The date and the facts resolved against it are written in one transaction: a crash
        between the two would leave the facts dated from the old date under the new one, and
        nothing marks such an article for extracting again."""

        def store_from(detail: ArticleDetail) -> tuple[date | None, PublishedOrigin | None]:
            extraction = extract(detail.text, published, detail.language)
            self.store.set_published_undoable(
                article_id,
                published,
                origin,
                extraction,
                evidence,
                made_from=extraction_inputs(detail),
            )
            return detail.record.published, detail.record.published_origin

        old = _on_the_article_as_it_is(self.store, article_id, store_from)
        self.refresh_conflicts()
        return old

    def set_published_undoable(
        self, article_id: int, published: date | None, origin: PublishedOrigin | None = "user"
    ) -> Reextraction:
        """:meth:`set_published` that keeps the article as it was before and is after (its
        date and its facts and figures), so that undo and redo put back the very same rows
        through :meth:`restore_extractions` rather than extracting again. Conflicts are
        recomputed when next read, so a failure there cannot lose the undo."""
        change, before, after = _on_the_article_as_it_is(
            self.store,
            article_id,
            lambda detail: self.store.set_published_undoable(
                article_id,
                published,
                origin if published is not None else None,
                extract(detail.text, published, detail.language),
                made_from=extraction_inputs(detail),
            ),
        )
        return Reextraction(change, before, after)

    def set_published_only(
        self,
        article_id: int,
        published: date | None,
        origin: PublishedOrigin | None = "user",
        evidence: str | None = None,
    ) -> tuple[date | None, PublishedOrigin | None, str | None]:
        """Change the publication date and leave the facts as they were resolved (the
        analyst corrects the record but keeps the dates already reviewed). Returns what it
        was before, the date, its origin and where it was read, for an undo."""
        before = self.store.article(article_id).field_origins.get("published")
        old_date, old_origin = self.store.set_published(
            article_id, published, origin if published is not None else None, evidence
        )
        return old_date, old_origin, before

    def set_block_kept_undoable(self, article_id: int, index: int, kept: bool) -> Reextraction:
        """:meth:`set_block_kept` kept for an exact undo, as :meth:`set_published_undoable`."""
        change, before, after = _on_the_article_as_it_is(
            self.store, article_id, lambda detail: self._store_block_kept(detail, index, kept)
        )
        return Reextraction(change, before, after)

    def _store_block_kept(
        self, detail: ArticleDetail, index: int, kept: bool
    ) -> tuple[ExtractionChange, ExtractionSnapshot, ExtractionSnapshot]:
        blocks = _with_block_kept(detail.blocks, index, kept)
        text = body_from_blocks(blocks)
        extraction = extract(text, detail.record.published, detail.language)
        return self.store.set_blocks_undoable(
            detail.record.id, blocks, text, extraction, made_from=extraction_inputs(detail)
        )

    def update_article(self, article_id: int, **fields: str | None) -> dict[str, Any]:
        return self.store.update_article_fields(article_id, **fields)

    def set_block_kept(self, article_id: int, index: int, kept: bool) -> bool:
        """Restore page furniture to the body (or set a block aside); returns the old state.
        The body and its extraction are written in one transaction, as in set_published."""

        def store_from(detail: ArticleDetail) -> bool:
            self._store_block_kept(detail, index, kept)
            return detail.blocks[index].kept

        old = _on_the_article_as_it_is(self.store, article_id, store_from)
        self.refresh_conflicts()
        return old

    def delete_article(self, article_id: int) -> None:
        self.store.delete_article(article_id)
        self.refresh_conflicts()

    def removal_summary(self, article_ids: Iterable[int]) -> list[RemovalSummary]:
        """What removing these articles would take with them (facts, the analyst's work on
        them, figures, conflict links), for the confirmation."""
        return self.store.removal_summary(article_ids)

    def remove_articles(self, article_ids: Iterable[int]) -> list[RemovedArticle]:
        """Remove articles in one transaction; what is returned puts them back
        (:meth:`restore_articles`). The conflicts are recomputed when next read."""
        return self.store.delete_articles(article_ids)

    def restore_articles(
        self, removed: Sequence[RemovedArticle], *, cancelled: Callable[[], bool] | None = None
    ) -> bool:
        """Undo a removal: the articles come back with the same ids, facts, edits, figures
        and conflict decisions. ArticleRestoreError when one was imported again since. False,
        nothing put back, when ``cancelled`` said so on the way (one transaction)."""
        return self.store.restore_articles(removed, cancelled=cancelled)

    # -- facts ----------------------------------------------------------------------------------

    def facts(
        self, *, article_id: int | None = None, include_rejected: bool = True
    ) -> list[FactRecord]:
        return self.store.facts(article_id=article_id, include_rejected=include_rejected)

    def fact(self, fact_id: int) -> FactRecord:
        return self.store.fact(fact_id)

    def timeline_rows(self) -> list[TimelineRow]:
        """Every dated fact, lean (id, article, source, title, earliest, latest, text, status,
        precision, value): what the timeline needs, fast for 100,000s of facts."""
        return self.store.timeline_rows()

    def conflicted_fact_ids(self) -> set[int]:
        return self.store.conflicted_fact_ids()

    def set_fact_status(self, fact_id: int, status: FactStatus) -> FactStatus:
        old = self.store.update_fact(fact_id, status=status)
        return old["status"]  # type: ignore[no-any-return]

    def edit_fact(
        self, fact_id: int, *, text: str | None = None, date_range: DateRange | None = None
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = text
        if date_range is not None:
            changes["date"] = date_range
        return self.store.update_fact(fact_id, **changes)

    def restore_fact_fields(self, fact_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """Put back values returned by an earlier edit (undo)."""
        return self.store.update_fact(fact_id, **values)

    def set_fact_note(self, fact_id: int, note: str) -> str:
        return str(self.store.update_fact(fact_id, note=note)["note"])

    def set_fact_tags(self, fact_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        return self.store.set_tags(fact_id, tags)

    def add_manual_fact(
        self, text: str, date_range: DateRange, *, article_id: int | None = None
    ) -> int:
        return self.store.add_fact(article_id=article_id, text=text, date_range=date_range)

    def delete_fact(self, fact_id: int) -> FactRecord:
        record = self.store.fact(fact_id)
        self.store.delete_fact(fact_id)
        return record

    def restore_fact(self, record: FactRecord) -> int:
        return self.store.restore_fact(record)

    def tags_by_fact(self) -> dict[int, tuple[str, ...]]:
        return self.store.tags_by_fact()

    def tags(self) -> list[str]:
        return self.store.all_tags()

    def entities_by_fact(self) -> dict[int, tuple[str, ...]]:
        """The people, places and organisations each fact names (lanes by entity)."""
        return self.store.entities_by_fact()

    # -- figures and conflicts --------------------------------------------------------------------

    def figures(self, *, article_id: int | None = None) -> list[FigureRecord]:
        return self.store.figures(article_id=article_id)

    def refresh_conflicts(self, *, force: bool = False) -> None:
        """Recompute figure groups and pairs (derived data) when anything changed."""
        with self._conflict_lock:
            if not force and not self._conflicts_out_of_date():
                return
            stamp = self.store.change_stamp()
            unstored = self._unstored
            if unstored is not None and unstored[0] == stamp:
                # worked out since the last change and not stored then (a full disk): the
                # same figures give the same report; storing it is tried again
                report, moved = unstored[1], False
            else:
                report, moved = self._compare(store_moves=True)
            try:
                self.store.replace_conflicts(report.groups, report.pairs, analysis=analysis_stamp())
            except ProjectWriteError:
                if not moved:
                    # links moved in the file would have changed the stamp; none did
                    self._unstored = (stamp, report)
                raise
            self._unstored = None

    def _conflicts_out_of_date(self, *, on_disk: bool = False) -> bool:
        """Whether the stored groups and pairs are older than the figures (``on_disk``: even
        read-only, where conflicts_stale says no), or were worked out by another comparison
        than this Factlane's (see analysis_stamp)."""
        stale = self.store.conflicts_stale_on_disk() if on_disk else self.store.conflicts_stale()
        if stale:
            return True
        if self.store.read_only and not on_disk:
            return False  # read-only, the stored ones are what can be refreshed: none
        return self.store.setting(CONFLICTS_ANALYSIS_KEY) != analysis_stamp()

    def _compare(self, *, store_moves: bool) -> tuple[ConflictReport, bool]:
        """Group and pair the project's figures, and whether links were moved. A figure the
        analyst put into a group whose key the analysis no longer spells (an upgrade, a
        re-extraction) follows the figures it was linked with to the group they are in now,
        and the figures are compared again with it there (stored when ``store_moves``; the
        group decisions follow when the groups are stored, see
        ProjectStore.replace_conflicts)."""
        from desktop.analysis.conflicts import compare

        refs, links, unlinked = self.store.figure_refs()
        about = self._about() if refs else {}
        around = self._figure_windows
        report = compare(refs, links=links, unlinked=unlinked, about=about, around=around)
        moves = self.store.link_moves(report.groups)
        if not moves:
            return report, False
        if store_moves:
            self.store.move_links(moves)
        links = {**links, **{m.figure_id: m.new_key for m in moves}}
        return compare(refs, links=links, unlinked=unlinked, about=about, around=around), True

    def _about(self) -> dict[int, str]:
        """What each article is about, by its id, as the comparison reads it to tell apart
        stories that run in the same weeks (compare's ``about``): its title and the opening of
        its text (the first ``ABOUT_CHARS`` characters, cut in the file: a project of
        thousands of articles is not read whole for the few words of each lead)."""
        return {a.id: f"{a.title}\n{a.opening}" for a in self.store.article_openings(ABOUT_CHARS)}

    def _figure_windows(self, ids: Collection[int]) -> dict[int, str | tuple[int, str]]:
        """What the comparison's context tier reads of figures beyond their article's opening,
        by id (compare's ``around``): the words stored with each figure, else (a figure stored
        before they were) the stretch of ``_context.WINDOW_CHARS`` characters either side,
        cut in the file; one query."""
        from desktop.analysis._context import WINDOW_CHARS

        return self.store.figure_contexts(ids, WINDOW_CHARS)

    def groups(self) -> list[GroupRecord]:
        report = self._unstorable_conflicts()
        return self.store.groups(None if report is None else report.groups)

    def pairs(self) -> list[PairRecord]:
        report = self._unstorable_conflicts()
        return self.store.pairs(None if report is None else report.pairs)

    def _unstorable_conflicts(self) -> ConflictReport | None:
        """Refresh the stored conflicts; when they are out of date and cannot be stored (the
        project is open read-only, or its disk is full), the conflicts worked out now.

        The stored groups of an out-of-date project can name figures that a re-extraction
        or a removal has since taken away, and read-only they cannot be renewed: the reader
        is shown the conflicts of the figures the project holds, not the stored ones.

        Worked out once while the project stays as it is (its change stamp): a window's load
        asks for the groups, the pairs and the detached decisions in turn, and each would
        otherwise compare every figure again. A commit to the project (another window's
        import, say) changes the stamp, and the next ask works them out anew."""
        if not self.store.read_only:
            try:
                self.refresh_conflicts()
                return None
            except ProjectWriteError:
                pass  # a full disk: the figures can still be read and compared
        with self._conflict_lock:
            stamp = self.store.change_stamp()
            unstored = self._unstored
            if unstored is not None and unstored[0] == stamp:
                return unstored[1]
            if not self._conflicts_out_of_date(on_disk=True):
                self._unstored = None
                return None
            report, _ = self._compare(store_moves=False)
            # the stamp asked before the figures were read: a commit meanwhile is not missed
            self._unstored = (stamp, report)
            return report

    def detached_decisions(self) -> list[DetachedDecision]:
        """The analyst's decisions on groups (accepted values, notes, figures put into a
        group) that attach to no group shown now: the analysis spells their group's key anew
        and the figures they were made on are in no one group. They are kept in the project;
        each one's ``line()`` tells the analyst what it was and why it is not shown."""
        report = self._unstorable_conflicts()
        return self.store.detached_decisions(None if report is None else report.groups)

    def set_pair_decision(
        self, a: int, b: int, *, decision: str | None, note: str = ""
    ) -> tuple[str | None, str]:
        return self.store.set_pair_decision(a, b, decision=decision, note=note)

    def set_group_decision(
        self, group_key: str, *, accepted_value: str = "", note: str = ""
    ) -> tuple[str, str]:
        return self.store.set_group_decision(group_key, accepted_value=accepted_value, note=note)

    def move_group_decision(
        self, from_key: str, to_key: str, *, made_on: Sequence[str] | None = None
    ) -> list[str]:
        """Put a decision that attaches to no group now (:meth:`detached_decisions`, its
        ``group_key``) on a group shown now; returns what undo hands back as ``made_on`` to
        ``move_group_decision(to_key, from_key, made_on=...)``. GroupDecisionTakenError when
        that group has a decision of its own."""
        return self.store.move_group_decision(from_key, to_key, made_on=made_on)

    def link_figure(self, figure_id: int, group_key: str | None) -> str | None:
        """Force a figure into a group ('' takes it out of every group, None = automatic)."""
        old = self.store.set_figure_link(figure_id, group_key)
        self.refresh_conflicts()
        return old

    def counts(self) -> dict[str, int]:
        return self.store.counts()


def figure_json(record: FigureRecord) -> dict[str, Any]:
    """A stored figure as `figures --json` and the JSON export give it: the extract contract's
    figure with its id and article, and whether its sentence denies it. A denied figure is
    compared in no conflict unless the analyst links it, so a reader of the JSON needs the
    flag to see why such a number is in no group."""
    out = record.to_json()
    out["denied"] = record.figure.denied
    return out


def _with_block_kept(blocks: Sequence[Block], index: int, kept: bool) -> list[Block]:
    """The paragraphs with one restored to the body or set aside (by the analyst, unless the
    page cleaner had said why)."""
    out = list(blocks)
    out[index] = Block(out[index].text, kept, None if kept else (out[index].reason or "analyst"))
    return out


def extract_article(raw: RawArticle) -> Extraction:
    return extract(raw.text, raw.published, raw.language)
