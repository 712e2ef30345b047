"""The open project as the window works with it: the service, one undo stack, change events.

Panels never call the service to change anything themselves; they ask the workspace, which
wraps the change in an undo command. Reads go straight to the service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.domain import DateRange, FactStatus
from desktop.domain.records import ArticleDetail, FactRecord, FigureRecord
from desktop.ui.format import date_range_text, figure_value, parse_date_range
from desktop.ui.models.facts import COL_DATE, COL_NOTE, COL_STATUS, COL_TAGS, COL_TEXT
from desktop.ui.undo import (
    AddManualFact,
    DeleteFact,
    EditFact,
    LinkFigure,
    MoveGroupDecision,
    Nothing,
    ProjectEvents,
    ReextractArticles,
    RemoveArticles,
    SetBlockKept,
    SetFactNote,
    SetFactStatus,
    SetFactTags,
    SetGroupDecision,
    SetPairDecision,
    SetPublished,
    SetPublishedOnly,
    UpdateArticleFields,
)

if TYPE_CHECKING:
    from desktop.services.project import ProjectService, Reextraction, RemovedArticle
    from desktop.ui.undo import _ProjectCommand
    from desktop.ui.workers import TaskContext, TaskRunner

STATUSES: tuple[FactStatus, ...] = ("auto", "confirmed", "rejected", "edited", "manual")


#: more articles than this are put back (undo) or removed again (redo) off the GUI thread,
#: as the window removes them (MainWindow.remove_chosen, REMOVE_AT_ONCE)
STEP_AT_ONCE = 100

#: said when a verdict or note meets a pair whose figures are no longer in the project
PAIR_GONE = "That pair changed when the articles were read again; pick it again"


class Workspace(QObject):
    """One open project. ``message`` carries a short line for the status bar."""

    message = Signal(str)

    def __init__(
        self, project: ProjectService, undo: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.undo = undo
        self.events = ProjectEvents(self)
        #: the project file was found moved, renamed or deleted while open (the window sets
        #: it): nothing more can be saved into it, and changes are refused as read-only
        self.lost = False
        self._figures: list[FigureRecord] | None = None
        #: what runs in the background that edits, Undo and Redo wait for, as a sentence ("5,000
        #: articles are being removed"): the window's removal of many articles, or a step of
        #: the stack (see step); None when nothing does
        self.busy: str | None = None
        # the removal being put back or removed again in the background (see step)
        self._stepping: RemoveArticles | None = None
        #: the window's background removal of many articles is under way, not only waiting its
        #: turn (the window sets it): edits wait (see _refused)
        self.removing = False
        #: the project is being closed (the window sets it): a background undo putting
        #: articles back is not cancelled with the rest of the work
        self.closing = False
        self.events.conflictsChanged.connect(self._forget_figures)
        self.events.articleChanged.connect(lambda _id: self._forget_figures())

    @property
    def read_only(self) -> bool:
        """Opened read-only (another window holds it, or it cannot be written), or its file
        found moved or deleted while open (``lost``): every change is refused here, before
        any undo command is made."""
        return self.project.store.read_only or self.lost

    def _refused(self) -> bool:
        if self.busy is not None and (self.removing or self._stepping is not None):
            # Many articles are removed or put back in the background. The stack must stay
            # as it is until a step of it is over (an edit pushed now would drop the step
            # being redone, or stand above the one being undone), and an edit of an article
            # being removed would meet it gone (KeyError escaped the command).
            self.message.emit(f"Wait a moment: {self.busy}; nothing was changed.")
            return True
        if not self.read_only:
            return False
        if self.lost:
            self.message.emit(
                f"{self.project.path.name} is no longer where it was opened; nothing was "
                "changed. Save a copy (File > Save As) to go on."
            )
            return True
        self.message.emit(
            f"{self.project.path.name} is open read-only; nothing was changed. "
            "Save a copy (File > Save As) to edit."
        )
        return True

    # -- reads -----------------------------------------------------------------------------

    def fact(self, fact_id: int) -> FactRecord | None:
        try:
            return self.project.fact(fact_id)
        except KeyError:
            return None

    def article(self, article_id: int) -> ArticleDetail | None:
        try:
            return self.project.article(article_id)
        except KeyError:
            return None

    def figures(self) -> list[FigureRecord]:
        if self._figures is None:
            self._figures = self.project.figures()
        return self._figures

    def set_figures(self, figures: list[FigureRecord]) -> None:
        """Figures read in the background (the window's loading task)."""
        self._figures = figures

    def figures_of(self, article_id: int) -> list[FigureRecord]:
        """One article's figures: from the loaded list, or one small query before it is."""
        if self._figures is None:
            return self.project.figures(article_id=article_id)
        return [r for r in self._figures if r.article.id == article_id]

    def drop_figures_of(self, article_ids: set[int]) -> list[FigureRecord] | None:
        """The loaded figures without those of removed articles (None when none are loaded:
        they are read afresh when next needed)."""
        if self._figures is None:
            return None
        self._figures = [f for f in self._figures if f.article.id not in article_ids]
        return self._figures

    def forget_figures(self) -> None:
        self._figures = None

    _forget_figures = forget_figures

    # -- fact edits --------------------------------------------------------------------------

    def edit_fact_field(self, fact_id: int, column: int, text: str) -> bool:
        """An inline edit in the facts table; returns False (and says why) when refused."""
        if self._refused():
            return False
        if column == COL_DATE:
            # typed in the table as in the Edit Date dialog: "last Tuesday" is counted from
            # the publication date of the fact's article
            fact = self.fact(fact_id)
            published = fact.article.published if fact is not None and fact.article else None
            dr = parse_date_range(text, relative_to=published)
            if dr is None:
                self.message.emit(
                    f"“{text}” is not a date: type 2025-01-12, 2024-12, 2024 or 2024-01..2024-03"
                )
                return False
            self.edit_dates([fact_id], dr)
            return True
        if column == COL_TEXT:
            if not text.strip():
                self.message.emit("A fact needs some text.")
                return False
            self.edit_fact(fact_id, text=text.strip())
            return True
        if column == COL_STATUS:
            status = text.strip().lower()
            if status not in STATUSES:
                self.message.emit(f"Status is one of: {', '.join(STATUSES)}")
                return False
            self.set_status([fact_id], status)
            return True
        if column == COL_TAGS:
            self.set_tags(fact_id, [t.strip() for t in text.split(",") if t.strip()])
            return True
        if column == COL_NOTE:
            self.set_note(fact_id, text)
            return True
        return False

    def edit_fact(
        self, fact_id: int, *, text: str | None = None, date_range: DateRange | None = None
    ) -> bool:
        """False when nothing was changed (read-only, or the project file refused it)."""
        if self._refused():
            return False
        command = EditFact(self.project, self.events, fact_id, text=text, date_range=date_range)
        self.undo.push(command)
        return command.failed is None

    def set_status(self, fact_ids: Iterable[int], status: FactStatus) -> None:
        if self._refused():
            return
        ids = list(fact_ids)
        if not ids:
            return
        if len(ids) == 1:
            self.undo.push(SetFactStatus(self.project, self.events, ids[0], status))
            return
        self._push_all(
            f"{status.capitalize()} {len(ids)} facts",
            (SetFactStatus(self.project, self.events, fid, status) for fid in ids),
        )

    def _push_all(self, text: str, commands: Iterable[_ProjectCommand]) -> bool:
        """Several commands as one step of Edit > Undo (``text``). The first one the project
        file refuses (moved or deleted while open, a full disk) ends it: the rest are not
        tried, and a step left holding nothing leaves the stack, so that Undo does not offer
        a change that was never made. False when one was refused."""
        self.undo.beginMacro(text)
        refused = False
        for command in commands:
            self.undo.push(command)
            if command.failed is not None:
                refused = True
                break
        self.undo.endMacro()
        index = self.undo.index()
        step = self.undo.command(index - 1) if refused and index > 0 else None
        if step is not None and step.childCount() == 0:
            # undone (it holds nothing to undo), then dropped as the redo step it became
            # when an obsolete command is pushed after it
            self.undo.undo()
            self.undo.push(Nothing())
        return not refused

    def edit_dates(self, fact_ids: Sequence[int], date_range: DateRange) -> None:
        """One date for several facts (undated facts of one event dated together): one undo
        step."""
        if self._refused() or not fact_ids:
            return
        if len(fact_ids) == 1:
            before = self.fact(fact_ids[0])
            done = self.edit_fact(fact_ids[0], date_range=date_range)
        else:
            before = None
            done = self._push_all(
                f"Edit date of {len(fact_ids)} facts",
                (
                    EditFact(self.project, self.events, fid, date_range=date_range)
                    for fid in fact_ids
                ),
            )
        if done:
            self._say_dated(len(fact_ids), before, date_range)

    def _say_dated(self, count: int, before: FactRecord | None, date_range: DateRange) -> None:
        """A new date said in the status bar, as the other edits are: the fact's table row
        may move far away (sorted by date) or leave the view (a date filter), and nothing
        else told the analyst the edit took, or that Edit > Undo takes it back."""
        new = date_range_text(date_range)
        if count > 1 or before is None:
            what = f"{count} facts dated {new}" if count > 1 else f"Fact dated {new}"
            self.message.emit(f"{what}. Edit > Undo puts the earlier dates back.")
            return
        words = before.text if len(before.text) <= 50 else before.text[:49].rstrip() + "…"
        was = date_range_text(before.date)
        self.message.emit(f"Date of “{words}” set to {new} (was {was}). Edit > Undo puts it back.")

    def set_notes(self, notes: Sequence[tuple[int, str]]) -> None:
        """New notes for several facts at once: one undo step."""
        if self._refused() or not notes:
            return
        if len(notes) == 1:
            self.set_note(*notes[0])
            return
        self._push_all(
            f"Edit note of {len(notes)} facts",
            (SetFactNote(self.project, self.events, fid, note) for fid, note in notes),
        )

    def set_note(self, fact_id: int, note: str) -> None:
        if self._refused():
            return
        self.undo.push(SetFactNote(self.project, self.events, fact_id, note))

    def set_tags(self, fact_id: int, tags: list[str]) -> None:
        if self._refused():
            return
        self.undo.push(SetFactTags(self.project, self.events, fact_id, tags))

    def change_tags(
        self, fact_ids: Sequence[int], added: Sequence[str], removed: Sequence[str]
    ) -> int:
        """Tag several facts at once (a claim's facts across sources as 'checked'): each
        keeps its other tags. One undo step; returns how many facts changed."""
        if self._refused():
            return 0
        gone = {t.lower() for t in removed}
        changes: list[tuple[int, list[str]]] = []
        for fid in fact_ids:
            fact = self.fact(fid)
            if fact is None:
                continue
            kept = [t for t in fact.tags if t.lower() not in gone]
            have = {t.lower() for t in kept}
            tags = kept + [t for t in added if t.lower() not in have]
            if tuple(tags) != fact.tags:
                changes.append((fid, tags))
        if len(changes) == 1:
            self.set_tags(*changes[0])
        elif changes:
            self._push_all(
                f"Edit tags of {len(changes)} facts",
                (SetFactTags(self.project, self.events, fid, tags) for fid, tags in changes),
            )
        return len(changes)

    def add_fact(self, text: str, date_range: DateRange, article_id: int | None = None) -> None:
        if self._refused():
            return
        self.undo.push(AddManualFact(self.project, self.events, text, date_range, article_id))

    def delete_fact(self, fact_id: int) -> None:
        if self._refused():
            return
        self.undo.push(DeleteFact(self.project, self.events, fact_id))

    # -- article edits ----------------------------------------------------------------------

    def set_published(self, article_id: int, published: date | None) -> None:
        if self._refused():
            return
        self.undo.push(SetPublished(self.project, self.events, article_id, published))

    def set_published_only(self, article_id: int, published: date | None) -> None:
        """A new publication date, the facts left as they were resolved (undoable)."""
        if self._refused():
            return
        self.undo.push(SetPublishedOnly(self.project, self.events, article_id, published))

    def update_article(self, article_id: int, fields: dict[str, str | None]) -> None:
        if self._refused():
            return
        self.undo.push(UpdateArticleFields(self.project, self.events, article_id, fields))

    def remove_articles(self, article_ids: Iterable[int], label: str) -> None:
        """Remove articles (undoable); ``label`` names them in Edit > Undo."""
        ids = list(dict.fromkeys(article_ids))
        if self._refused() or not ids:
            return
        self.undo.push(RemoveArticles(self.project, self.events, ids, label))

    def record_removal(self, removed: list[RemovedArticle], label: str) -> None:
        """Put a removal that ran in the background on the undo stack (it is not run again):
        the views are told, and Edit > Undo puts the articles back."""
        if removed:
            ids = [r.article_id for r in removed]
            self.undo.push(RemoveArticles(self.project, self.events, ids, label, removed=removed))

    # -- undo and redo of many articles ------------------------------------------------------

    def step(self, runner: TaskRunner, *, redo: bool) -> bool:
        """Edit > Undo or Redo as the window asks it: True when it is dealt with here (the
        window then says nothing more), False when the stack is to step as usual.

        A removal of more than STEP_AT_ONCE articles is put back, or removed again, off the
        GUI thread (``runner``), the progress bar saying so; the stack steps over it once the
        work is done, so it stays one step. Putting back is one transaction: killed mid-way,
        or cancelled, the project keeps them all removed; closing the project lets it end.
        Removing again goes STEP_AT_ONCE at a time, as the first removal, and its Cancel
        keeps the rest. Undo and Redo wait while such work runs (or the window removes many
        articles), and so do edits (see _refused)."""
        if self.busy is not None:
            self.message.emit(f"Wait a moment: {self.busy}. Undo and Redo wait until it is done.")
            return True
        index = self.undo.index()
        command = self.undo.command(index if redo else index - 1)
        if (
            not isinstance(command, RemoveArticles)
            or len(command.removed if not redo else command.article_ids) <= STEP_AT_ONCE
            or self.read_only
        ):
            return False
        if (writing := runner.writing()) is not None:
            # It would wait its turn behind that work, whose end may push its own step (a
            # re-extraction) over this one before it is done.
            self.message.emit(
                f"Wait a moment: {writing.name.rstrip('.…')} is running. "
                f"{'Redo' if redo else 'Undo'} of {command.text()} waits until it is done."
            )
            return True
        if redo:
            self._remove_again(runner, command)
        else:
            self._put_back(runner, command)
        return True

    def _begin(self, command: RemoveArticles, busy: str) -> None:
        self._stepping = command
        self.busy = busy

    def _end(self) -> RemoveArticles | None:
        command, self._stepping, self.busy = self._stepping, None, None
        return command

    def _at(self, command: RemoveArticles, *, redo: bool) -> bool:
        """Whether ``command`` is still the stack's next step that way (the project was not
        closed meanwhile, which empties the stack)."""
        index = self.undo.index()
        return self.undo.command(index if redo else index - 1) is command

    def _put_back(self, runner: TaskRunner, command: RemoveArticles) -> None:
        project, removed = self.project, list(command.removed)
        n = len(removed)
        self._begin(command, f"{n:,} removed articles are being put back")

        def run(ctx: TaskContext) -> bool:
            ctx.report(0, 0, "")
            # one transaction: Cancel rolls it back whole
            return project.restore_articles(
                removed, cancelled=lambda: ctx.cancelled() and not self.closing
            )

        def done(result: object) -> None:
            self._end()
            if result is False:
                self.message.emit(
                    f"Undo cancelled: the {n:,} articles are still removed; Edit > Undo puts "
                    "them back."
                )
                return
            if not self._at(command, redo=False):
                return  # the project was closed: they are back in its file all the same
            command.undone_outside = True
            self.undo.undo()
            self.message.emit(f"Undone: {command.text()} ({n:,} articles are back).")

        def failed(message: str) -> None:
            self._end()
            from desktop.services.project import ArticleRestoreError

            if self._at(command, redo=False) and isinstance(task.error, ArticleRestoreError):
                # as an undo on the GUI thread: the step leaves the stack, and the window says
                # why (nothing was written)
                command.refusal = message
                self.undo.undo()
            elif self._at(command, redo=False):
                self.events.undoRefused.emit(
                    f"{command.text()} could not be undone; the articles are still removed "
                    f"and Edit > Undo can try again.\n\n{message}"
                )

        task = runner.run(
            f"Putting back {n:,} articles",
            run,
            on_done=done,
            on_error=failed,
            writes=True,
        )
        # the window's own box dealt with it (a project file moved while open): the work is
        # over all the same
        task.done.connect(lambda: self._end() if self._stepping is command else None)

    def _remove_again(self, runner: TaskRunner, command: RemoveArticles) -> None:
        project, ids = self.project, list(command.article_ids)
        total = len(ids)
        self._begin(command, f"{total:,} articles are being removed again")

        def run(ctx: TaskContext) -> tuple[list[RemovedArticle], str]:
            removed: list[RemovedArticle] = []
            for start in range(0, total, STEP_AT_ONCE):
                # closing the project lets it end, as the window's own removal
                if ctx.cancelled() and not self.closing:
                    break
                ctx.report(start, total, "articles removed")
                try:
                    removed.extend(project.remove_articles(ids[start : start + STEP_AT_ONCE]))
                except Exception as exc:
                    # those already removed stay removed, and undoable
                    return removed, str(exc) or type(exc).__name__
            return removed, ""

        def done(result: object) -> None:
            self._end()
            removed, failure = cast(tuple[list["RemovedArticle"], str], result)
            if not removed:
                if failure:
                    self.events.undoRefused.emit(
                        f"{command.text()} could not be redone.\n\n{failure}"
                    )
                elif self._at(command, redo=True):
                    # cancelled before the first batch: the bar went and nothing was said
                    self.message.emit(
                        f"Redo cancelled: the {total:,} articles are still in the project; "
                        "Edit > Redo removes them."
                    )
                return
            if not self._at(command, redo=True):
                return  # the project was closed: those removed stay out of its file
            done_n = len(removed)
            if done_n < total:
                command.setText(
                    f"Remove {done_n:,} articles" if done_n != 1 else "Remove 1 article"
                )
            command.done_outside(removed)
            self.undo.redo()
            if failure:
                self.events.undoRefused.emit(
                    f"Only {done_n:,} of {total:,} articles were removed again (Edit > Undo puts "
                    f"them back); the rest are still in the project.\n\n{failure}"
                )
            elif done_n < total:
                self.message.emit(
                    f"Redo stopped: {done_n:,} of {total:,} articles removed again, the other "
                    f"{total - done_n:,} kept. Edit > Undo puts back those removed."
                )
            else:
                self.message.emit(f"Redone: {command.text()}.")

        task = runner.run(
            f"Removing {total:,} articles again",
            run,
            on_done=done,
            on_error=lambda m: self.events.undoRefused.emit(
                f"{command.text()} could not be redone.\n\n{m}"
            ),
            writes=True,
        )
        task.done.connect(lambda: self._end() if self._stepping is command else None)

    def record_reextraction(self, done: list[Reextraction], label: str) -> None:
        """Put a re-extraction that ran in the background on the undo stack (it is not run
        again): Edit > Undo then gives the articles their earlier facts back."""
        if done:
            self.undo.push(ReextractArticles(self.project, self.events, done, label))

    def set_block_kept(self, article_id: int, index: int, kept: bool) -> None:
        if self._refused():
            return
        self.undo.push(SetBlockKept(self.project, self.events, article_id, index, kept))

    # -- conflict decisions ------------------------------------------------------------------

    def set_pair_decision(
        self, a: int, b: int, decision: str | None, note: str, *, pair_words: str = ""
    ) -> bool:
        """``pair_words`` says the two figures in the status bar ("3 captured — Lakeshore
        Monitor and 2 captured — Harbor Wire"), as the list of pairs does; by default each
        figure's value and outlet, when the figures are at hand.

        False when nothing was decided: refused (read-only), or the pair is gone (a figure of
        it was made anew when its article was read again after the list was shown); then the
        status bar says so and the list of pairs is read again."""
        if self._refused():
            return False
        words = pair_words or self._pair_words(a, b)
        command = SetPairDecision(self.project, self.events, a, b, decision, note)
        self.undo.push(command)
        if command.failed is not None:
            return False  # the project file refused it: the window says why
        if command.gone:
            self.message.emit(PAIR_GONE)
            return False
        self._say_pair_decided(words, command.old, decision, note)
        return True

    def _say_pair_decided(
        self, words: str, old: tuple[str | None, str], decision: str | None, note: str
    ) -> None:
        """The decision said in the status bar, as a fact's edits are: the pair's row changes
        one word in its Decision column, and the status bar went on saying the edit before
        ("Redone: Edit fact date.") as if confirming had done nothing."""
        if decision != old[0]:
            verb = {"confirmed": "confirmed", "dismissed": "dismissed"}.get(
                decision or "", "reopened"
            )
            self.message.emit(f"Pair {verb}: {words}. Edit > Undo puts it back.")
        elif note != old[1]:
            said = "saved" if note else "removed"
            self.message.emit(f"Pair note {said}. Edit > Undo puts it back.")

    def _pair_words(self, a: int, b: int) -> str:
        """'3 (Lakeshore Monitor) and 2 (Harbor Wire)': each figure's value and outlet, from
        the figures in memory (a decision does not read the project's figures for its words)."""
        by_id = {r.id: r for r in self._figures or ()}
        words = []
        for figure_id in (a, b):
            record = by_id.get(figure_id)
            if record is None:
                return "the two figures"
            source = record.article.source or record.article.display_title
            words.append(f"{figure_value(record.figure)} ({source})")
        return " and ".join(words)

    def set_group_decision(self, group_key: str, accepted_value: str, note: str) -> None:
        if self._refused():
            return
        self.undo.push(SetGroupDecision(self.project, self.events, group_key, accepted_value, note))

    def move_group_decision(
        self, from_key: str, to_key: str, *, name: Callable[[str], str] | None = None
    ) -> str | None:
        """Put a detached decision (its ``group_key``) on the group ``to_key``, undoably.
        Returns why it was not put there (the group has a decision of its own), or None.
        ``name`` says a group by its key in the messages (services.project.group_namer)."""
        from desktop.services.project import GroupDecisionTakenError
        from desktop.storage.project import ProjectWriteError

        said = name or str
        if self._refused():
            return "the project is open read-only; nothing was changed"
        try:
            made_on = self.project.move_group_decision(from_key, to_key)
        except GroupDecisionTakenError as exc:
            return str(exc).replace(f"'{to_key}'", f"'{said(to_key)}'")
        except KeyError:
            return f"no decision stands under '{said(from_key)}' now"
        except ProjectWriteError as exc:
            # moved or deleted while open, a full disk: the window says so in its box
            self.events.writeFailed.emit(exc)
            return "the project file could not be written; nothing was changed"
        self.undo.push(MoveGroupDecision(self.project, self.events, from_key, to_key, made_on))
        self.message.emit(
            f"The decision made on '{said(from_key)}' is now on the group '{said(to_key)}'. "
            "Edit > Undo puts it back."
        )
        return None

    def link_figure(self, figure_id: int, group_key: str | None) -> None:
        if self._refused():
            return
        self.undo.push(LinkFigure(self.project, self.events, figure_id, group_key))
