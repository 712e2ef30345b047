"""Every analyst edit as an undoable command over the project service.

Each command calls the service with the new value in ``redo`` and with the value the service
handed back in ``undo``; the service writes at once, so there is nothing to save. After each
change the command tells the window what changed through :class:`ProjectEvents`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.domain import DateRange, FactStatus, PublishedOrigin
from desktop.domain.records import FactRecord

if TYPE_CHECKING:
    from desktop.services.project import (
        ExtractionSnapshot,
        ProjectService,
        Reextraction,
        RemovedArticle,
    )


class ProjectEvents(QObject):
    """What changed in the open project, so views refresh only what they show."""

    factChanged = Signal(int)
    #: only a fact's status changed (confirm, reject, reset): the window updates the record it
    #: holds rather than reading the fact again, which costs a pass over the project's
    #: contradictions (over 100 ms in a project of 20,000 facts, per fact of a batch)
    factStatusChanged = Signal(int, str)
    factsChanged = Signal()  # facts added, removed or re-extracted
    articleChanged = Signal(int)
    conflictsChanged = Signal()
    #: a pair's decision and note, told at once (conflictsChanged reads everything again in
    #: the background, a second in a big project); "" for no decision
    pairDecided = Signal(int, int, str, str)
    articlesRemoved = Signal(list)  # ids of the articles taken out of the project
    #: an undo or redo that could not be carried out, and why (the project is unchanged)
    undoRefused = Signal(str)
    #: a change the project file refused (ProjectWriteError: the file was moved, renamed or
    #: deleted while open, the disk is full, the project was closed): nothing was written,
    #: and the command left the undo stack; the window says what happened
    writeFailed = Signal(object)


STATUS_VERBS = {
    "confirmed": "Confirm",
    "rejected": "Reject",
    "auto": "Reset",
    "edited": "Mark edited",
    "manual": "Mark manual",
}


def _write_error(exc: Exception) -> bool:
    # loaded when a change fails, not with the window: the storage layer pulls in SQLAlchemy
    from desktop.storage.project import ProjectWriteError

    return isinstance(exc, ProjectWriteError)


def _guarded(method: Callable[[Any], None]) -> Callable[[Any], None]:
    """``redo`` or ``undo`` of a command, with a change the project file refuses (moved or
    deleted while open, a full disk) caught: an exception that left the method would only be
    printed by Qt, and the command, which wrote nothing, would stay on the undo stack. It
    leaves the stack instead (obsolete), and the window is told why."""

    @functools.wraps(method)
    def run(self: _ProjectCommand) -> None:
        try:
            method(self)
        except Exception as exc:
            if not _write_error(exc):
                raise
            self.failed = exc
            self.setObsolete(True)
            self.events.writeFailed.emit(exc)

    return run


class Nothing(QUndoCommand):
    """A command that is dropped as it is pushed (obsolete from the start), and with it every
    redo step above the stack's index: see Workspace._push_all."""

    def __init__(self) -> None:
        super().__init__("")
        self.setObsolete(True)


class _ProjectCommand(QUndoCommand):
    def __init__(self, project: ProjectService, events: ProjectEvents, text: str) -> None:
        super().__init__(text)
        self.project = project
        self.events = events
        #: why the last redo or undo wrote nothing (the project file refused it), or None
        self.failed: Exception | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in ("redo", "undo"):
            if name in cls.__dict__:
                setattr(cls, name, _guarded(cls.__dict__[name]))


class SetFactStatus(_ProjectCommand):
    def __init__(
        self, project: ProjectService, events: ProjectEvents, fact_id: int, status: FactStatus
    ) -> None:
        super().__init__(project, events, f"{STATUS_VERBS.get(status, status)} fact")
        self.fact_id = fact_id
        self.status = status
        self.old: FactStatus | None = None

    def redo(self) -> None:
        self.old = self.project.set_fact_status(self.fact_id, self.status)
        self.events.factStatusChanged.emit(self.fact_id, self.status)

    def undo(self) -> None:
        if self.old is not None:
            self.project.set_fact_status(self.fact_id, self.old)
            self.events.factStatusChanged.emit(self.fact_id, self.old)


class EditFact(_ProjectCommand):
    """A new text and/or date for a fact; undo puts back every field the edit touched."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        fact_id: int,
        *,
        text: str | None = None,
        date_range: DateRange | None = None,
    ) -> None:
        what = "date" if text is None else "text" if date_range is None else "text and date"
        super().__init__(project, events, f"Edit fact {what}")
        self.fact_id = fact_id
        self.new_text = text
        self.date_range = date_range
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.project.edit_fact(
            self.fact_id, text=self.new_text, date_range=self.date_range
        )
        self.events.factChanged.emit(self.fact_id)

    def undo(self) -> None:
        self.project.restore_fact_fields(self.fact_id, self.old)
        self.events.factChanged.emit(self.fact_id)


class SetFactNote(_ProjectCommand):
    def __init__(
        self, project: ProjectService, events: ProjectEvents, fact_id: int, note: str
    ) -> None:
        super().__init__(project, events, "Edit fact note")
        self.fact_id = fact_id
        self.note = note
        self.old = ""

    def redo(self) -> None:
        self.old = self.project.set_fact_note(self.fact_id, self.note)
        self.events.factChanged.emit(self.fact_id)

    def undo(self) -> None:
        self.project.set_fact_note(self.fact_id, self.old)
        self.events.factChanged.emit(self.fact_id)


class SetFactTags(_ProjectCommand):
    def __init__(
        self, project: ProjectService, events: ProjectEvents, fact_id: int, tags: list[str]
    ) -> None:
        super().__init__(project, events, "Edit fact tags")
        self.fact_id = fact_id
        self.tags = tags
        self.old: tuple[str, ...] = ()

    def redo(self) -> None:
        self.old = self.project.set_fact_tags(self.fact_id, self.tags)
        self.events.factChanged.emit(self.fact_id)

    def undo(self) -> None:
        self.project.set_fact_tags(self.fact_id, self.old)
        self.events.factChanged.emit(self.fact_id)


class AddManualFact(_ProjectCommand):
    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        text: str,
        date_range: DateRange,
        article_id: int | None = None,
    ) -> None:
        super().__init__(project, events, "Add fact")
        self.fact_text = text
        self.date_range = date_range
        self.article_id = article_id
        self.fact_id: int | None = None
        self.removed: FactRecord | None = None

    def redo(self) -> None:
        if self.removed is None:
            self.fact_id = self.project.add_manual_fact(
                self.fact_text, self.date_range, article_id=self.article_id
            )
        else:
            # Redo brings back the very same fact (same id), so later commands still apply.
            self.fact_id = self.project.restore_fact(self.removed)
        self.events.factsChanged.emit()

    def undo(self) -> None:
        if self.fact_id is not None:
            self.removed = self.project.delete_fact(self.fact_id)
            self.events.factsChanged.emit()


class DeleteFact(_ProjectCommand):
    def __init__(self, project: ProjectService, events: ProjectEvents, fact_id: int) -> None:
        super().__init__(project, events, "Delete fact")
        self.fact_id = fact_id
        self.removed: FactRecord | None = None

    def redo(self) -> None:
        self.removed = self.project.delete_fact(self.fact_id)
        self.events.factsChanged.emit()

    def undo(self) -> None:
        if self.removed is not None:
            self.project.restore_fact(self.removed)
            self.events.factsChanged.emit()


class _ExactReextraction(_ProjectCommand):
    """An edit that extracts an article's facts again, undone and redone exactly: the
    article's rows (and the values they were extracted from) as they were before and after
    are written back, so the facts keep their ids, verdicts, edits, notes and tags."""

    def __init__(self, project: ProjectService, events: ProjectEvents, text: str) -> None:
        super().__init__(project, events, text)
        self.before: list[ExtractionSnapshot] = []
        self.after: list[ExtractionSnapshot] = []

    def keep(self, done: list[Reextraction]) -> None:
        self.before = [r.before for r in done]
        self.after = [r.after for r in done]

    def _write(self, snapshots: list[ExtractionSnapshot], verb: str) -> None:
        from desktop.services.project import ExtractionRestoreError

        try:
            self.project.restore_extractions(snapshots)
        except ExtractionRestoreError as exc:
            # Nothing was written; the command leaves the stack rather than stay on it as
            # something undo would fail at again.
            self.setObsolete(True)
            self.events.undoRefused.emit(f"{self.text()} cannot be {verb}: {exc}")
            return
        self._changed([s.article_id for s in snapshots])

    def undo(self) -> None:
        self._write(self.before, "undone")

    def _changed(self, article_ids: list[int]) -> None:
        for article_id in article_ids:
            self.events.articleChanged.emit(article_id)
        self.events.factsChanged.emit()
        self.events.conflictsChanged.emit()


class SetPublished(_ExactReextraction):
    """A new publication date: the article's relative dates are resolved again against it."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        article_id: int,
        published: date | None,
    ) -> None:
        super().__init__(project, events, "Change publication date")
        self.article_id = article_id
        self.published = published

    def redo(self) -> None:
        if self.after:
            self._write(self.after, "redone")
            return
        origin: PublishedOrigin | None = "user" if self.published is not None else None
        self.keep([self.project.set_published_undoable(self.article_id, self.published, origin)])
        self._changed([self.article_id])


class SetPublishedOnly(_ProjectCommand):
    """A new publication date that leaves the article's facts as they were resolved."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        article_id: int,
        published: date | None,
    ) -> None:
        super().__init__(project, events, "Change publication date")
        self.article_id = article_id
        self.published = published
        self.old: tuple[date | None, PublishedOrigin | None, str | None] | None = None

    def redo(self) -> None:
        self.old = self.project.set_published_only(self.article_id, self.published)
        self.events.articleChanged.emit(self.article_id)

    def undo(self) -> None:
        if self.old is not None:
            published, origin, evidence = self.old
            self.project.set_published_only(self.article_id, published, origin, evidence)
            self.events.articleChanged.emit(self.article_id)


class UpdateArticleFields(_ProjectCommand):
    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        article_id: int,
        fields: dict[str, str | None],
    ) -> None:
        super().__init__(project, events, "Edit article details")
        self.article_id = article_id
        self.fields = fields
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.project.update_article(self.article_id, **self.fields)
        self.events.articleChanged.emit(self.article_id)
        self.events.factsChanged.emit()

    def undo(self) -> None:
        self.project.update_article(self.article_id, **self.old)
        self.events.articleChanged.emit(self.article_id)
        self.events.factsChanged.emit()


class SetBlockKept(_ExactReextraction):
    """Restore page furniture to the body (or set a paragraph aside) and re-extract."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        article_id: int,
        index: int,
        kept: bool,
    ) -> None:
        super().__init__(project, events, "Restore paragraph" if kept else "Remove paragraph")
        self.article_id = article_id
        self.index = index
        self.kept = kept

    def redo(self) -> None:
        if self.after:
            self._write(self.after, "redone")
            return
        self.keep([self.project.set_block_kept_undoable(self.article_id, self.index, self.kept)])
        self._changed([self.article_id])


class SetPairDecision(_ProjectCommand):
    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        a: int,
        b: int,
        decision: str | None,
        note: str,
    ) -> None:
        label = {"dismissed": "Dismiss", "confirmed": "Confirm"}.get(decision or "", "Reopen")
        super().__init__(project, events, f"{label} pair")
        self.a, self.b = a, b
        self.decision, self.note = decision, note
        self.old: tuple[str | None, str] = (None, "")
        #: one of the pair's figures is no longer in the project (its article was read again
        #: after the list of pairs was shown, and its figures made anew): nothing was written,
        #: and the command takes itself off the undo stack
        self.gone = False

    def redo(self) -> None:
        try:
            self.old = self.project.set_pair_decision(
                self.a, self.b, decision=self.decision, note=self.note
            )
        except KeyError:
            self._pair_gone()
            return
        self.events.pairDecided.emit(self.a, self.b, self.decision or "", self.note)
        self.events.conflictsChanged.emit()

    def undo(self) -> None:
        try:
            self.project.set_pair_decision(self.a, self.b, decision=self.old[0], note=self.old[1])
        except KeyError:
            self._pair_gone()
            return
        self.events.pairDecided.emit(self.a, self.b, self.old[0] or "", self.old[1])
        self.events.conflictsChanged.emit()

    def _pair_gone(self) -> None:
        self.gone = True
        # QUndoStack drops an obsolete command once its redo or undo returns
        self.setObsolete(True)
        # the list still shows the old pair: read it again
        self.events.conflictsChanged.emit()


class SetGroupDecision(_ProjectCommand):
    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        group_key: str,
        accepted_value: str,
        note: str,
    ) -> None:
        super().__init__(project, events, "Edit conflict decision")
        self.group_key = group_key
        self.accepted_value, self.note = accepted_value, note
        self.old: tuple[str, str] = ("", "")

    def redo(self) -> None:
        self.old = self.project.set_group_decision(
            self.group_key, accepted_value=self.accepted_value, note=self.note
        )
        self.events.conflictsChanged.emit()

    def undo(self) -> None:
        self.project.set_group_decision(
            self.group_key, accepted_value=self.old[0], note=self.old[1]
        )
        self.events.conflictsChanged.emit()


class LinkFigure(_ProjectCommand):
    """Put a figure into a group by hand ('' unlinks it, None hands it back to the engine)."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        figure_id: int,
        group_key: str | None,
    ) -> None:
        label = "Unlink figure" if group_key == "" else "Link figure"
        super().__init__(project, events, label)
        self.figure_id = figure_id
        self.group_key = group_key
        self.old: str | None = None

    def redo(self) -> None:
        self.old = self.project.link_figure(self.figure_id, self.group_key)
        self.events.conflictsChanged.emit()
        self.events.factsChanged.emit()

    def undo(self) -> None:
        self.project.link_figure(self.figure_id, self.old)
        self.events.conflictsChanged.emit()
        self.events.factsChanged.emit()


class MoveGroupDecision(_ProjectCommand):
    """Put a decision that attaches to no group now on a group shown now. The move is made
    before the command is pushed (so a group with a decision of its own refuses it and no
    command is made); undo puts it back under the key it stood under, as made on the
    figures it was made on before."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        from_key: str,
        to_key: str,
        made_on: list[str],
    ) -> None:
        super().__init__(project, events, "Put decision on group")
        self.from_key, self.to_key = from_key, to_key
        self.made_on = made_on
        # Pushing a command runs redo(): the first time, the move is already in the file.
        self._already_done = True

    def _move(self, verb: str, from_key: str, to_key: str, made_on: list[str] | None) -> None:
        from desktop.services.project import GroupDecisionTakenError

        try:
            self.project.move_group_decision(from_key, to_key, made_on=made_on)
        except (GroupDecisionTakenError, KeyError) as exc:
            # Nothing was written (the group took a decision of its own meanwhile, or the
            # decision was changed by another way): the command leaves the stack.
            self.setObsolete(True)
            reason = exc if isinstance(exc, GroupDecisionTakenError) else "it was changed since"
            self.events.undoRefused.emit(f"{self.text()} cannot be {verb}: {reason}")
            return
        self.events.conflictsChanged.emit()

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            self.events.conflictsChanged.emit()
            return
        self._move("redone", self.from_key, self.to_key, None)

    def undo(self) -> None:
        self._move("undone", self.to_key, self.from_key, self.made_on)


class RemoveArticles(_ProjectCommand):
    """Take articles out of the project with their facts, figures and the analyst's work on
    them; undo puts every row back as it was (same ids, so earlier commands still apply).

    Many articles are put back and removed again off the GUI thread (Workspace.step): the
    work is done first, then the stack is moved over the command, whose undo or redo then
    only tells the views (``done_outside``)."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        article_ids: list[int],
        label: str,
        *,
        removed: list[RemovedArticle] | None = None,
    ) -> None:
        super().__init__(project, events, label)
        self.article_ids = list(article_ids)
        self.removed: list[RemovedArticle] = list(removed or [])
        # Removed in the background before the command was pushed (many articles): the
        # first redo only tells the views; later ones (after an undo) remove them again.
        self._already_done = removed is not None
        #: the next undo's work was done in the background: it only tells the views
        self.undone_outside = False
        #: why the undo done in the background could not put the articles back: the next
        #: undo says so and the command leaves the stack (nothing was written)
        self.refusal: str | None = None

    def done_outside(self, removed: list[RemovedArticle]) -> None:
        """The articles were removed again in the background (a redo): the next redo only
        tells the views, and undo puts back those ``removed``."""
        self.removed = list(removed)
        self.article_ids = [r.article_id for r in removed]
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
        else:
            self.removed = self.project.remove_articles(self.article_ids)
        self.events.articlesRemoved.emit([r.article_id for r in self.removed])
        self.events.factsChanged.emit()
        self.events.conflictsChanged.emit()

    def undo(self) -> None:
        from desktop.services.project import ArticleRestoreError

        refusal, self.refusal = self.refusal, None
        if self.undone_outside:
            self.undone_outside = False
        elif refusal is None:
            try:
                self.project.restore_articles(self.removed)
            except ArticleRestoreError as exc:
                refusal = str(exc)
        if refusal is not None:
            # Nothing was written; the command leaves the stack rather than stay on it as
            # something undo would fail at again.
            self.setObsolete(True)
            self.events.undoRefused.emit(f"{self.text()} cannot be undone: {refusal}")
            return
        for article_id in self.article_ids:
            self.events.articleChanged.emit(article_id)
        self.events.factsChanged.emit()
        self.events.conflictsChanged.emit()


class ReextractArticles(_ExactReextraction):
    """Articles' facts extracted again (Article > Re-extract Facts). The extraction itself ran
    in the background before the command was pushed; undo writes back the facts and figures
    as they were before it (same ids, verdicts, edits, notes and tags), redo those it made."""

    def __init__(
        self,
        project: ProjectService,
        events: ProjectEvents,
        done: list[Reextraction],
        label: str,
    ) -> None:
        super().__init__(project, events, label)
        self.keep(done)
        # Pushing a command runs redo(): the first time, the work is already in the file.
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._write(self.after, "redone")
