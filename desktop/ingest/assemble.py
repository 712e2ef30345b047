"""From judged pieces and found metadata to a RawArticle: title, datelines, furniture, dates.

Shared by every reader, so a headline, a byline or a teaser list is treated the same whether
it came from a text file, Markdown, a saved web page or the clipboard.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain import Block, DateCandidate, PublishedOrigin, RawArticle, body_from_blocks
from desktop.ingest import dates, furniture
from desktop.ingest.furniture import Piece
from desktop.ingest.language import NAMES as LANGUAGE_NAMES
from desktop.ingest.language import detect_language
from desktop.ingest.textclean import clean_text, collapse_spaces, split_address

#: How many kept blocks after the title are searched for date, byline and outlet lines.
_META_WINDOW = 8


@dataclass(slots=True)
class Found:
    """Metadata a reader found before the body is judged, with where each item came from."""

    title: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    language: str = "en"
    #: how the page writes numeric dates whose day and month could swap (from its language
    #: tag: "en-US" month first, "en-GB" day first); None when it does not say
    numeric_order: dates.NumericOrder = None
    encoding: str = "utf-8"
    field_origins: dict[str, str] = field(default_factory=dict)
    #: (priority, candidate): lower priority numbers win; equal priorities keep their order.
    candidates: list[tuple[int, DateCandidate]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Weak guesses (a web address for the outlet) used only if the text names nothing better.
    fallbacks: list[tuple[str, str, str]] = field(default_factory=list)
    #: The document is an e-mail (its header was read): a newsletter issue's own furniture
    #: (greeting, sign-off, links to the full stories) is looked for too.
    is_email: bool = False
    #: The document is a social-media post, which has no headline: no title is taken.
    untitled: bool = False
    #: The social platform that hosts the page ("Facebook", "Telegram"), when the page says so:
    #: its name is the host, not the outlet; the account that posted is.
    platform: str | None = None
    #: The account the platform's page names in its own metadata (og:title of a post page).
    post_account: str | None = None
    #: The platform's page says the account is a channel or a community, not a person's
    #: (a Telegram channel's preview, a VK community's wall): it names no author.
    account_is_group: bool = False
    #: The channel that forwarded the post the page shows: its name over the forwarded post
    #: is the page's chrome, not the post's text.
    forwarded_by: str | None = None
    #: The page is a video's (its markup says so): the description under it is the text.
    video: bool = False
    #: The page shows only the start of its story and says where it goes on (a news app, the
    #: next page): see _read_on_elsewhere.
    continued_elsewhere: bool = False
    #: The name a header line sets beside its date with no "By" ("Harbour Lookout, 19
    #: September 2026"): read as the writer, unless the page names itself so elsewhere.
    unlabelled_byline: str | None = None

    def set(self, name: str, value: str | None, origin: str) -> None:
        """Record ``value`` for a field unless an earlier, more trusted place already gave one."""
        if not value or getattr(self, name) is not None:
            return
        if name in ("source", "author") and dates.is_major_city(value):
            return  # "Mumbai": where the story was filed, not who published or wrote it
        if name == "title" and self.untitled:
            return
        setattr(self, name, value)
        self.field_origins[name] = origin

    def add_date(self, priority: int, value: date, origin: PublishedOrigin, evidence: str) -> None:
        if any(c.value == value and c.evidence == evidence for _, c in self.candidates):
            return
        self.candidates.append((priority, DateCandidate(value, origin, evidence)))


# Priorities of publication-date evidence (lower wins).
PRIORITY_META_PUBLISHED = 0
PRIORITY_META_OTHER = 5
PRIORITY_TEXT_PUBLISHED = 10
#: A printed date labelled as the publication ("Published 28 August 2024"): trusted like any
#: labelled line, and over the metadata when it is earlier (see _first_publication_printed).
PRIORITY_TEXT_FIRST_PUBLISHED = 9
#: A date in the page's address ("/2024/03/05/"): set when the story was first filed.
PRIORITY_URL = 11
PRIORITY_TEXT_LINE = 12
#: htmldate's finding when the page's own markup named no date: it reads visible text too,
#: so a labelled dateline in the text, with its evidence, is trusted first.
PRIORITY_PAGE_GUESS = 13
#: An unlabelled date printed above the headline while another is printed under it: the
#: masthead's strip of today's date ("Friday, 20 November 2026" beside the logo).
PRIORITY_TEXT_ABOVE_TITLE = 14
PRIORITY_WIRE_DATELINE = 15
#: The Date: header of a message someone forwarded: the day it was mailed, not always the
#: day the story it carries was published.
PRIORITY_FORWARDED_HEADER = 18
PRIORITY_META_MODIFIED = 20
PRIORITY_TEXT_UPDATED = 25
#: Evidence of a later edit ("Updated: ...", a modified time): it dates a page only when
#: nothing else does.
_UPDATE_PRIORITIES = frozenset({PRIORITY_META_MODIFIED, PRIORITY_TEXT_UPDATED})
#: How the origin of a publication date taken from an update stamp begins (the import dialog
#: shows the origin beside the date: "from the update time, not the first publication (...)").
UPDATE_TIME_ORIGIN = "the update time, not the first publication"


def _only_an_update(found: Found) -> DateCandidate | None:
    """The update stamp that dates the page when every candidate of the chosen day is an
    update or a guess from the page's markup (which reads the same stamp), else None."""
    if not found.candidates:
        return None
    best = min(found.candidates, key=lambda pc: pc[0])[1]
    same_day = sorted(
        (pc for pc in found.candidates if pc[1].value == best.value), key=lambda pc: pc[0]
    )
    updates = [c for p, c in same_day if p in _UPDATE_PRIORITIES]
    if not updates:
        return None
    if all(p in _UPDATE_PRIORITIES or p == PRIORITY_PAGE_GUESS for p, _ in same_day):
        return updates[0]
    return None


_AUTHOR_LABEL = re.compile(
    # "Reporting by", "Live coverage by", "Written by": a credit's label, not a name.
    r"^(?:(?:live\s+)?(?:reporting|coverage|updates)\s+by|(?:written|reported|compiled)\s+by|"
    rf"by|von|par|por|door|av|af|di|autor(?:a|in)?|автор(?:ка|ы|и)?|текст)(?:\s*+:)?\s+(?=[{dates.UPPER}])",
    re.I,
)


#: Between the names of an author field: commas, semicolons, "and", "&".
# A run of spaces in these patterns starts where the run starts ("(?<!\s)"): a match begun
# inside a run would have begun at its start, and trying every start inside one (a value
# padded with thousands of spaces) took time in the square of its length.
_AUTHOR_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:[,;&]|\band\b)\s*")


def _title_without_space(found: Found) -> None:
    """A wiki's page title is led by its space's name and a spaced colon ("OSINT Desk :
    Situation report"): the space is the source, the rest the page's title."""
    if found.title is None or found.source is None:
        return
    space, sep, rest = found.title.partition(" : ")
    if sep and rest.strip() and furniture.text_key(space) == furniture.text_key(found.source):
        found.title = rest.strip()


#: Judging a paragraph for furniture costs about a tenth of a millisecond, so a file of more
#: paragraphs than this (twice the longest transcript the tests read) would keep the import
#: busy for minutes: it is a data dump or a crafted file, not one article.
MAX_BLOCKS = 120_000


class TooManyBlocks(ValueError):
    """The document has more paragraphs than one article can; the message says how many."""


#: A text's lines are looked at one by one before they are joined into paragraphs (headers,
#: page feet, quoting, Markdown lists), at up to 70 microseconds each on a busy machine; the
#: longest transcript the tests read has two lines per paragraph (its text and a blank line).
MAX_LINES = 2 * MAX_BLOCKS


def refuse_too_many_blocks(count: int, what: str = "paragraphs") -> None:
    """Refuse a document of ``count`` paragraphs (or ``what``) when there are more than one
    article can have, before the costly work on them starts."""
    limit = MAX_LINES if what == "lines" else MAX_BLOCKS
    if count > limit:
        raise TooManyBlocks(
            f"the document has {count:,} {what}; one article may have at most {limit:,}, "
            "so it was not imported (split it into smaller files)"
        )


#: Said of a story cut off by a subscription wall, in whatever format it was saved.
PARTIAL_TEXT_WARNING = "only the part of the story shown before the subscription wall was imported"
PARTIAL_PREVIEW_WARNING = (
    "only the part of the story this page shows was imported: it goes on in an app or on a "
    "following page"
)
#: Every warning that says the imported text is only part of its story.
PARTIAL_WARNINGS = (PARTIAL_TEXT_WARNING, PARTIAL_PREVIEW_WARNING)


def finish(pieces: list[Piece], fmt: str, found: Found, *, title_from_text: bool) -> RawArticle:
    """Judge the pieces and put together the article with its metadata and date candidates."""
    refuse_too_many_blocks(len(pieces))
    # Entities and JSON escapes are decoded after the raw text was cleaned, so whatever a
    # page spelt as "&#x202E;" or "\\u0000" is cleaned again here, before anything is stored.
    for piece in pieces:
        # The document was repaired of mojibake whole, before it was split into pieces.
        piece.text = collapse_spaces(clean_text(piece.text, repair=False))
    pieces = [p for p in pieces if p.text]
    for name in ("title", "source", "author", "url"):
        value = getattr(found, name)
        if value is not None:
            setattr(found, name, collapse_spaces(clean_text(value)) or None)
    if found.source is not None:
        # "European Commission - European Commission": a site name that repeats itself.
        parts = {furniture.text_key(p) for p in _TITLE_SEPARATOR.split(found.source)}
        if len(parts) == 1 and _TITLE_SEPARATOR.search(found.source):
            found.source = _TITLE_SEPARATOR.split(found.source)[0]
    if found.author is not None:
        # An author field that kept its printed label ("Автор: Ирина Петрова", "By Jane Doe").
        found.author = _AUTHOR_LABEL.sub("", found.author) or found.author
    if found.author is not None:
        # "AFP", "Ola Nwosu, Reuters" in a meta tag or JSON-LD: the agencies credited beside
        # or instead of a writer are no authors.
        names = [n for n in _AUTHOR_SPLIT.split(found.author) if n.strip()]
        people = [n for n in names if not dates.is_agency(n)]
        if len(people) < len(names):
            if people:
                found.author = ", ".join(n.strip() for n in people)
            else:
                found.warnings.append(f'the byline "{found.author}" names no person')
                found.author = None
                found.field_origins.pop("author", None)
    _outlet_is_no_author(found)
    if found.author is not None and dates.is_no_person_credit(found.author):
        # "Staff report", "Wire Reports": the newsroom credited, no person to name.
        found.warnings.append(f'the byline "{found.author}" names no person')
        found.author = None
        found.field_origins.pop("author", None)
    if found.numeric_order is None:
        found.numeric_order = dates.numeric_order_of_page(p.text for p in pieces)
    _notes_list(pieces)
    furniture.archive_toolbar(pieces)
    if found.platform is None and found.source is None:
        _copied_platform_page(pieces, found)
    _social_post(pieces, found)
    if title_from_text:
        _head_navigation(pieces, found)
        _host_line_over_title(pieces, found)
    _mark_title(pieces, found, title_from_text)
    if title_from_text:
        _record_heading_over_name(pieces, found)
    _series_labels(pieces)
    _cover_page(pieces, found)
    _body_above_title(pieces, found, document=fmt in DOCUMENT_FORMATS)
    if fmt in DOCUMENT_FORMATS:
        _nothing_above_title(pieces)
    _published_in(pieces, found)
    _labelled_fields(pieces, found)
    _record_fields(pieces, found)
    _thread_starter(pieces, found)
    _member_panels(pieces, found)
    _closing_signature(pieces)
    _meta_lines(pieces, found)
    _address_above_story(pieces, found)
    _name_lines(pieces, found)
    _known_author_lines(pieces, found)
    if title_from_text or found.source is None:
        # A page that names no outlet anywhere (a document exported as HTML) may print its
        # issuer under the title as a document does.
        _lines_under_title(pieces, found)
    _report_writer_under_title(pieces, found)
    _subtitle_over_byline(pieces, found)
    if fmt in _PAGE_FORMATS:
        _standfirst_over_byline(pieces, found)
    _masthead_named_by_address(pieces, found)
    _wire_dateline(pieces, found)
    _live_blog_opening(pieces, found)
    # In a document or a text file the address is a field beside the story (a browser's
    # footer, a clipper's "source:"), not the page's markup: the story's printed date leads.
    _date_in_address(found, printed=fmt in DOCUMENT_FORMATS or fmt in _TEXT_FORMATS)
    furniture.judge(pieces)
    _address_at_print_foot(pieces, found)
    _video_description(pieces, found)
    _list_of_results(pieces, found)
    _list_of_links(pieces, found)
    _court_heading(pieces, found)
    _issuer_of_release(pieces, found)
    _issuer_about_itself(pieces, found)
    _issued_by_line(pieces, found)
    _issued_by_with_date(pieces, found)
    _notes_above_transcript(pieces)
    _timed_transcript_under_story(pieces)
    _caption_under_player_label(pieces)
    _captions_under_gallery_counters(pieces)
    if fmt in _TEXT_FORMATS:
        _capital_label_box(pieces)
    if found.is_email or furniture.looks_like_newsletter_issue(pieces):
        furniture.judge_newsletter_issue(pieces)
        _writer_under_subtitle(pieces, found)
    _newsletter_foot(pieces, found)
    _captions_as_story(pieces)
    _author_tagline(pieces, found)
    _bio_above_story(pieces, found)
    _bio_of_known_author(pieces, found)
    _outlet_from_furniture(pieces, found)
    _sender_line(pieces, found)
    for name, value, origin in found.fallbacks:
        found.set(name, value, origin)
    _site_line_over_text(pieces, found)
    _outlet_tagline_at_foot(pieces, found)
    _promotion_set_apart(pieces, found)
    _title_without_outlet(found)
    _title_without_space(found)
    _title_without_kicker(found)
    _issuer_in_title(found)
    _only_paragraph_is_body(pieces, found)
    _first_publication_printed(found)
    _heading_of_a_set_aside_section(pieces)
    _contents_heading(pieces)
    _outlet_is_no_author(found)
    _read_on_elsewhere(pieces, found)
    _clock_lines_in_running_text(pieces)
    blocks = [Block(p.text, p.kept, p.reason) for p in pieces]
    _language_of_the_text(blocks, found)
    ordered = [c for _, c in sorted(found.candidates, key=lambda pc: pc[0])]
    article = RawArticle(
        text=body_from_blocks(blocks),
        blocks=blocks,
        format=fmt,
        title=found.title,
        source=found.source,
        author=found.author,
        url=found.url,
        date_candidates=ordered,
        field_origins=dict(found.field_origins),
        encoding=found.encoding,
        language=found.language,
        warnings=list(found.warnings),
    )
    if ordered:
        article.published = ordered[0].value
        article.published_origin = ordered[0].origin
        article.field_origins["published"] = ordered[0].evidence
        update = _only_an_update(found)
        if update is not None:
            # An update is never the first publication, but it is the only date the page
            # gives: the analyst gets it, told where it came from.
            article.field_origins["published"] = f"{UPDATE_TIME_ORIGIN} ({update.evidence})"
            article.warnings.append(
                f"the only date found is the time of an update ({update.evidence}); "
                "the first publication may be earlier"
            )
        others = sorted({c.value for c in ordered if c.value != ordered[0].value})
        if others:
            article.warnings.append(
                f"other possible publication dates: {', '.join(d.isoformat() for d in others)}"
            )
    else:
        article.warnings.append(
            "no publication date found: relative dates stay unresolved until one is entered"
        )
    if not article.text.strip():
        article.warnings.append("no article text found")
    elif _cut_at_a_paywall(pieces):
        # The analyst must know the text is partial: figures and facts read from it are
        # only those of the free part.
        article.warnings.append(PARTIAL_TEXT_WARNING)
    elif found.continued_elsewhere:
        article.warnings.append(PARTIAL_PREVIEW_WARNING)
    return article


#: A sign-in question alone: a comment box asks it under a whole story too.
_SIGN_IN_QUESTION = re.compile(
    r"^already\s+(?:a\s+(?:subscriber|member)|have\s+an\s+account)\s*\?", re.I
)


#: A wiki's line under its page heading naming the site: "From Tarnside Wiki", "From
#: Wikipedia, the free encyclopedia".
_SITE_LINE = re.compile(
    r"^from\s+(?P<site>[^,.]{2,60}?)(?:,\s+the\s+free\s+encyclopa?edia)?\.?$", re.I
)


def _site_line_over_text(pieces: list[Piece], found: Found) -> None:
    """The first kept line, when it only says the page is "From" the site the page is from (a
    wiki's line under its heading), is the site's, not the text's opening."""
    first = next((p for p in pieces if p.kept), None)
    if first is None or len(first.text) > 100:
        return
    m = _SITE_LINE.match(first.text.strip())
    if m is None:
        return
    site = furniture.text_key(m.group("site"))
    if m.group(0).lower().rstrip(".").endswith(("encyclopedia", "encyclopaedia")):
        first.reason = furniture.NAVIGATION
        # "From Wikipedia, the free encyclopedia": the site the page is from.
        found.set("source", m.group("site").strip(), "the wiki's line under its heading")
    elif found.source is not None and site == furniture.text_key(found.source):
        first.reason = furniture.NAVIGATION


def _cut_at_a_paywall(pieces: list[Piece]) -> bool:
    """Whether the story stops at a paywall's prompt. A prompt above the story is a label
    ("Member-only story" on a story a member saved whole), and a sign-in question alone
    ("Already a member? Sign in" over a comment box) says nothing of a cut."""
    first = next((i for i, p in enumerate(pieces) if p.kept), None)
    if first is None:
        return False
    return any(
        (p.reason == furniture.PAYWALL and not _SIGN_IN_QUESTION.match(p.text.strip()))
        or p.reason == furniture.LOCKED_PART
        for p in pieces[first + 1 :]
    )


#: The story going on elsewhere: "Continue reading in Apple News", "Continue reading on page
#: 2", "Get the NewsHub app for the full story".
_CONTINUED_ELSEWHERE = re.compile(
    # A pager may print where the reader is first: "Page 1 of 2 Continue reading on page 2 »".
    r"^(?:page\s+\d+\s+of\s+\d+\s*[|·•:,-]?\s*)?"
    r"(?:(?:continue|keep)\s+reading\s+(?:in|on|at)\s+\S|"
    # ... or a link to the next page only: "Page 1 of 3 Next page »", "Page 2 of 4 | Next >".
    r"(?<=\s)next(?:\s+page)?\W*$|"
    r"(?:get|download)\s+the\s+.{0,40}?\bapp\b.{0,20}?\b(?:full|whole|rest\s+of\s+the)\s+"
    r"(?:story|article)|"
    # "Read the full story on the Kestrel Times app", "Open in app to continue reading".
    r"read\s+(?:the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article)|more)\s+(?:in|on)\s+"
    r"(?:the|our)\s+(?:.{0,40}?\s)?app\b|"
    r"open\s+in\s+(?:the\s+)?app\s+to\s+(?:continue|keep)\s+reading|"
    # "Continued on next page", "This article continues on page 2".
    r"continued\s+on\s+(?:the\s+)?(?:next\s+page|page\s+\d+)|"
    r"(?:this|the)\s+(?:article|story)\s+continues\s+on\s+(?:the\s+)?(?:next\s+page|page\s+\d+))",
    re.I,
)
#: The prompt comes right under the story's last paragraph, before the page's own foot.
_CONTINUED_REACH = 4
_PAGER_ONLY = re.compile(r"^page\s+\d+\s+of\s+\d+$", re.I)
#: A web pager round a page of a story in several: "« Previous | Page 2 of 3 | Next »".
_PAGER = re.compile(r"\bpage\s+(?P<n>\d{1,3})\s+of\s+(?P<of>\d{1,3})\b", re.I)
_NEXT_LINK = re.compile(r"\bnext\b", re.I)


def _pager_before_the_last(text: str) -> bool:
    """A short pager line saying the reader is on a page before the story's last one, with a
    link to the next ("« Previous | Page 2 of 3 | Next »"): a document's running foot
    "Page 2 of 3" has no such link."""
    m = _PAGER.search(text) if len(text) <= 120 else None
    return (
        m is not None
        and int(m.group("n")) < int(m.group("of"))
        and _NEXT_LINK.search(text) is not None
        and len(text.split()) <= 16
    )


def _read_on_elsewhere(pieces: list[Piece], found: Found) -> None:
    """A page that shows only the start of its story (a news app's preview, the first page of
    a story split over several) ends it with a prompt to read on elsewhere: the prompt is no
    line of the story, and the import says the text is partial. A newsletter's links to its
    stories' full text are no such thing: the issue is whole."""
    if found.is_email or furniture.looks_like_newsletter_issue(pieces):
        return
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if len(kept) < 2:
        return
    last = kept[-1]
    near = pieces[last : last + 2 + _CONTINUED_REACH]
    for n, piece in enumerate(near[:-1] if len(near) > 1 + _CONTINUED_REACH else near):
        if len(piece.text) > 120:
            continue
        said = [piece]
        if _pager_before_the_last(piece.text):
            pass
        elif not _CONTINUED_ELSEWHERE.match(piece.text.strip()):
            # A text copy sets the pager on two lines: "Page 1 of 2" / "Next >>".
            if n + 1 >= len(near) or not _PAGER_ONLY.match(piece.text.strip()):
                continue
            said.append(near[n + 1])
            joined = f"{piece.text.strip()} {near[n + 1].text.strip()}"
            if len(joined) > 120 or not _CONTINUED_ELSEWHERE.match(joined):
                continue
        for line in said:
            if line.kept:
                line.reason = furniture.STORY_LINK
        found.continued_elsewhere = True


#: A count of people: its digits and the spaces after them are read one way only (possessive),
#: so a number followed by a long run of spaces is not tried at every split of the run.
_COUNT = r"\d[\d,.]*+(?:\s*+(?:k|thousand|million))?\s++"
_AUDIENCE = (
    rf"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?{_COUNT}"
    r"(?:readers|subscribers|clients|investors|people|members|professionals|executives|"
    r"recipients|decision[\s-]makers|inboxes|analysts|traders|leaders)\b"
)
#: Sentences a newsletter says about itself at its foot: who it reaches, when the next one
#: comes, and the request to pass it on. A story's sentences say such things about others.
_NEWSLETTER_FOOT_SENTENCE = re.compile(
    r"^(?:forward\s+(?:this|it)\b.{0,60}?\bto\s+(?:a\s+)?(?:colleagues?|friends?|someone)"
    r"|(?:know\s+someone|was\s+this\s+(?:forwarded|sent)\s+to\s+you)\b"
    r"|next\s+(?:briefing|issue|edition|newsletter|digest|bulletin|update)\s*[:,]?\s+\S"
    r"|(?:the\s+)?(?:this\s+)?[\w&'’ -]{0,60}?\b(?:reaches|is\s+read\s+by|goes\s+(?:out\s+)?to|"
    rf"is\s+sent\s+to|is\s+delivered\s+to)\s+{_AUDIENCE}"
    # The mailing's own lines: "Unsubscribe.", "Update your preferences or unsubscribe.",
    # "Unsubscribe | Manage preferences", "You are receiving it because you subscribed at ...".
    r"|unsubscribe\b|(?:update|manage|change)\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|"
    r"settings|subscription)\b|you\s+(?:are|were)\s+receiving\s+(?:this|it|these)\b"
    r"|you\s+received\s+this\s+(?:e-?mail|newsletter|message)\b)",
    re.I,
)


def _newsletter_foot(pieces: list[Piece], found: Found) -> None:
    """Close a newsletter's text at its own footer even when no "--" line separates it:
    the last paragraphs that speak only of the newsletter (its audience, its next issue,
    "Forward this to a colleague") are its footer, not figures of the story. Any outlet's
    closing lines about itself ("Court Notes is written by volunteers. 240 readers support us
    each month.") go the same way, as the outlet's promotion of itself."""
    kept = [p for p in pieces if p.kept]
    if len(kept) < 2:
        return
    about_outlet = _outlet_promo_sentence(found.source)
    for piece in reversed(kept[-4:]):
        text = piece.text.strip()
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text) if s.strip()]
        if not sentences or len(piece.text.split()) > 60 or piece is kept[0]:
            return
        if all(_NEWSLETTER_FOOT_SENTENCE.match(s) for s in sentences):
            piece.reason = furniture.NEWSLETTER
            continue
        sentences = [s for s in _FOOT_SENTENCE_BREAK.split(text) if s.strip()]
        promo = [
            bool(
                _NEWSLETTER_FOOT_SENTENCE.match(s)
                or _READER_PROMO.search(s)
                or about_outlet.match(s)
            )
            # "These letters go to 2,000 households, the council said.": someone's words
            # reported in the story, not the outlet speaking of itself.
            and not _REPORTED_SPEECH.search(s)
            for s in sentences
        ]
        calls = [bool(_PROMO_CALL.match(s.strip())) for s in sentences]
        if not any(promo) or not all(p or c for p, c in zip(promo, calls, strict=True)):
            return
        piece.reason = furniture.SELF_PROMOTION


#: Words that report what someone else said: a sentence with them is the story's.
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|according\s+to)\b")
#: Between two sentences of a footer, the second of which may open with a number ("Court Notes
#: is written by volunteers. 240 readers support us each month.").
_FOOT_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])")
#: What an outlet says of its readers and its output at its foot, whatever its name: "Join
#: 18,000 readers.", "240 readers support us each month.", "... since 2015: 400 stories and
#: counting.", "The Fenby Courier is delivered free to 6,500 households."
_READER_PROMO = re.compile(
    rf"^(?:join|like)\s+{_AUDIENCE}"
    rf"|^{_AUDIENCE}\s+(?:[a-z]+\s+){{0,2}}?(?:support|fund|back|read|get|receive|subscribe\s+to|"
    r"give\s+to|chip\s+in\s+(?:to|for)|pay\s+for|rely\s+on)\s+(?:us|our\s+\w+|this\s+(?:newsletter|"
    r"site|paper|page|magazine|publication|blog|note|bulletin|review|journal))\b"
    r"|\b\d[\d,]*\+?\s+(?:stories|articles|issues|editions|episodes|reports|posts|notes)\s+and\s+"
    r"counting\b"
    # What a copy or a year of it costs: "Single copy 12 euros.", "Annual subscription: 90
    # pounds."
    r"|^(?:single\s+copy|per\s+copy|cover\s+price|(?:annual|yearly)\s+subscription)\s*[:,-]?\s*"
    r"(?:[£$€]\s*\d|\d[\d.,]*\s*(?:euros?|pounds?|dollars?|francs?|kronor|kroner|eur|gbp|usd)\b)"
    # "Thanks to the 240 readers who support us each month."
    rf"|^thanks?\s+(?:you\s+)?to\s+(?:the\s+|our\s+|all\s+)?{_AUDIENCE}\s+who\b"
    r"|^(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){1,5}(?:is|are)\s+(?:delivered|posted|sent|distributed)\s+"
    r"free\s+(?:of\s+charge\s+)?to\s+(?:more\s+than\s+|over\s+|about\s+|some\s+)?\d[\d,.]*\s*"
    r"(?:k|thousand|million)?\s+(?:households|homes|addresses|letterboxes|doors|readers|subscribers)\b",
    re.I,
)
#: What marks a sentence about the outlet as its promotion: its price, its readers, who
#: writes it and how often it comes.
_PROMO_WORD = (
    r"(?=.*\b(?:free\b|volunteers?\b|readers?\b|subscri|households?\b|members?\b|supporters?\b|"
    r"donat|independent\b|reader[\s-](?:funded|supported|owned)\b|non-?profit\b|delivered\b|"
    r"stories\s+and\s+counting\b|(?:every|each)\s+(?:(?:other|second|third|fourth|two|three|four|"
    r"six|\d+)\s+)?(?:weeks?|fortnights?|months?|days?|mornings?|evenings?|weekdays?|quarters?|seasons?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|"
    # How often it comes and what a copy costs: "appears monthly", "comes out four times a
    # year", "Single copy 12 euros".
    r"(?:daily|weekly|fortnightly|monthly|bimonthly|quarterly)\b|"
    r"(?:\d+|twice|two|three|four|five|six|eight|ten|eleven|twelve)(?:\s+times)?\s+a\s+"
    r"(?:year|month|week)\b|"
    r"(?:single|per)\s+copy\b|cover\s+price\b))"
)
#: What an outlet sends out under its name: "The forum's notes", "the society's letters".
_OWN_MAILING = (
    r"(?:notes|newsletters?|bulletins?|updates|e-?mails?|letters?|briefings?|digests?|"
    r"mailings?|circulars?)"
)
#: How many get an outlet, told after its name: "reaches 3,200 security professionals", "is
#: read by 2,400 university staff", "goes to 4,800 engineers", "is sent to 1,650 managers",
#: "is delivered free to 9,000 homes", "has 5,200 subscribers".
_READERSHIP = (
    # "is read in 48 countries"; "goes out every Friday to 2,900 readers".
    r"(?:(?:reach(?:es)?|(?:is|are)\s+read\s+(?:by|in|across)|(?:go(?:es)?(?:\s+out)?|(?:is|are)\s+"
    r"(?:sent|e-?mailed|mailed|delivered|posted)(?:\s+free)?|"
    # "sends these notes to 380 households"
    rf"sends?\s+(?:these|its|this|our|the(?:se)?)\s+{_OWN_MAILING})\s+(?:(?:every|each|on)\s+[a-z]+\s+)?to|"
    r"lands\s+with)\s+(?:more\s+than\s+|over\s+|"
    rf"about\s+|nearly\s+|some\s+|almost\s+)?{_COUNT}[a-z]|has\s+{_AUDIENCE})"
)
#: The outlet spoken of without its name in its own footer: "This newsletter is written by
#: volunteers", "Our reporting is free to read ...".
_SELF_SUBJECT = (
    r"(?:(?:this|our)\s+(?:newsletter|site|website|paper|newspaper|magazine|publication|blog|"
    r"bulletin|digest|briefing|reporting|journalism|newsroom)"
    # "These notes go to 380 families", "Our updates reach 1,200 tenants".
    rf"|(?:these|our)\s+{_OWN_MAILING})"
)
#: A short call to act that closes an outlet's note about itself ("... Join 18,000 readers.
#: Sign up today."); it counts only beside such a note.
_PROMO_CALL = re.compile(
    r"^(?:(?:sign\s+up|subscribe|join\s+(?:us|now|today|them)|donate|give|become\s+a\s+(?:member|"
    r"subscriber|supporter))(?:\s+(?:now|today|here|for\s+free|free))?"
    # Asking readers to write in: "Reply to add your case.", "Write to us with your news."
    r"|(?:reply|write\s+(?:to\s+us|in)|e-?mail\s+us|get\s+in\s+touch|tell\s+us)\b[^.!?]{0,50}"
    r")[.!]?$",
    re.I,
)


def _outlet_promo_sentence(source: str | None) -> re.Pattern[str]:
    """A sentence with the outlet for its subject that promotes it ("Valley Voice is delivered
    free to ...", "Court Notes is written by volunteers" under "Lakeside Court Notes", "The
    Review is free for 30 days"): the outlet's whole name, the end of it in two words or more,
    or its last word after "the" when that word names a kind of outlet; with no outlet known,
    "this newsletter", "our reporting". Only what the outlet is says so: "The Ledger has
    learned that two board members resigned" is the story's. A count of people who read or
    support the outlet by name ("3,000 islanders read the Ledger every week") is one too."""
    if not source:
        return re.compile(rf"^{_SELF_SUBJECT}\s+(?:is|are)\b{_PROMO_WORD}", re.I)
    words = source.split()
    names = {" ".join(words[i:]) for i in range(len(words) - 1)} | {source}
    if words[-1].lower() in dates.OUTLET_WORDS:
        names.add(words[-1])
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # "The forum" of "Carrick Tenants' Forum": its last word after "the" is the outlet too,
    # and so are its own notes or letters ("The forum's notes go to 380 families").
    last = rf"|the\s+{re.escape(words[-1])}" if len(words) > 1 and words[-1][:1].isupper() else ""
    subject = (
        rf"(?:(?:(?:the\s+)?(?:{alternatives}){last})(?:['’]s?\s+{_OWN_MAILING})?"
        rf"|{_SELF_SUBJECT})"
    )
    return re.compile(
        rf"^{subject}\s+(?:is|are|appears?|comes?\s+out|publishes)\b"
        rf"{_PROMO_WORD}"
        # "Campus Safety Digest is read by 2,400 university staff", "Water Networks Weekly
        # goes to 4,800 engineers every Tuesday": the outlet by name and who gets it.
        rf"|^{subject}\s+{_READERSHIP}"
        # "More than 3,000 islanders read the Ledger every week."
        rf"|^(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?\d[\d,.]*\s*(?:k|thousand|"
        rf"million)?\s+[a-z]+\s+(?:read|get|receive|support|fund|subscribe\s+to)\s+(?:the\s+)?"
        rf"(?:{alternatives})\b",
        re.I,
    )


#: The sender's line a web mail client shows over a message, copied with it: "The Fenwick
#: Brief <brief@fenwickbrief.example>".
_SENDER_LINE = re.compile(r"^(?P<name>[^<>@\s][^<>@]{1,58}?)\s*<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>$")
_SENDER_WITHIN = 12


def _sender_line(pieces: list[Piece], found: Found) -> None:
    """A message copied from a web mail client names its sender on a line of its own near
    the top, the display name before the address: a newsletter's sender is its outlet, as
    a saved e-mail's From: is. The line itself is the client's furniture."""
    if found.source is not None:
        return
    for piece in pieces[:_SENDER_WITHIN]:
        m = _SENDER_LINE.match(piece.text.strip())
        if m is None or piece.kept:
            continue
        name = m.group("name").strip().strip("\"'")
        if dates.is_outlet_name(name) or dates.is_person_name(name):
            found.set("source", name, "the sender's line of a copied e-mail")
            return


def _writer_under_subtitle(pieces: list[Piece], found: Found) -> None:
    """A post e-mailed by a blogging platform opens with its subtitle and its writer's name on
    a line of its own right above the text: the name is the byline, and the short lines above
    it that end in no full stop are the subtitle, a standfirst that is no part of the text."""
    if found.author is not None:
        return
    first = next(
        (i for i, p in enumerate(pieces) if p.kept and furniture.story_paragraph(p.text)), None
    )
    if first is None:
        return
    for i in range(first - 1, max(-1, first - 4), -1):
        name = pieces[i].text.strip()
        if not (2 <= len(name.split()) <= 4 and dates.is_person_name(name)):
            continue
        above = [
            p
            for p in pieces[:i]
            if p.kept and len(p.text.split()) <= 40 and not p.text.rstrip().endswith(".")
        ]
        if any(p.kept for p in pieces[i + 1 : first]):
            return
        found.set("author", name, "the writer's name under the post's subtitle")
        pieces[i].reason = furniture.BYLINE
        for p in above:
            p.reason = furniture.STANDFIRST
        return


def _heading_of_a_set_aside_section(pieces: list[Piece]) -> None:
    """A heading left last in the text, over a section every line of which was set aside
    (a write-up's "License" over its licence note, "Contacts" over the press office's), heads
    nothing the reader is given: it goes with its section, for the same reason."""
    last = next((i for i in range(len(pieces) - 1, -1, -1) if pieces[i].kept), None)
    if last is None or not pieces[last].kind.startswith("heading") or last + 1 >= len(pieces):
        return
    if not any(p.kept and not p.kind.startswith("heading") for p in pieces[:last]):
        return
    pieces[last].reason = pieces[last + 1].reason


_CONTENTS_HEADING = re.compile(
    r"^(?:(?:table\s+of\s+)?contents|in\s+this\s+(?:article|story|page|guide)|on\s+this\s+page)"
    r"\s*:?$",
    re.I,
)


def _contents_heading(pieces: list[Piece]) -> None:
    """A contents box's heading ("Contents", "On this page") kept over the box's links, all set
    aside (a toggle such as "[hide]" between them), goes with its box."""
    for i, piece in enumerate(pieces):
        if not piece.kept or not _CONTENTS_HEADING.match(piece.text.strip()):
            continue
        after = [p for p in pieces[i + 1 : i + 6] if p.reason != furniture.NAVIGATION]
        if len(after) >= 2 and not after[0].kept and not after[1].kept:
            piece.reason = after[0].reason or furniture.NAVIGATION


# A federated network's handle names the account's server too: "@floods@wend.social".
_HANDLE = r"@[A-Za-z0-9_.]{2,30}(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?"
_ACCOUNT_WITH_HANDLE = re.compile(rf"^(?P<name>[^@|·•]{{2,60}}?)\s+{_HANDLE}(?:\s*[·•|].*)?$")
_HANDLE_LINE = re.compile(rf"^{_HANDLE}$")
#: Words that make an account an organisation's (the police, a council, a channel), so the
#: name is the outlet and names no author.
_ORGANISATION_WORDS = frozenset(
    ["police", "council", "roads", "highways", "administration", "ministry", "department",
     "service", "services", "office", "agency", "authority", "government", "broadcasting",
     "news", "team", "club", "university", "hospital", "fire", "rescue", "army", "forces",
     "command", "embassy", "city", "county", "region", "regional", "municipality", "state",
     "official", "channel", "watch", "alerts", "tv", "radio", "media", "group", "company", "inc", "ltd", "party",
     "board", "commission", "trust"]
)  # fmt: skip
#: A post is short: this many pieces at most between the account and the post's time.
_POST_PIECES = 4
_POST_WORDS = 400


def _account(pieces: list[Piece], i: int) -> tuple[str, int] | None:
    """The display name of an account at piece ``i`` ("Name @handle", or "Name" above a line
    "@handle") and the index of the last piece it takes."""
    text = pieces[i].text.strip()
    m = _ACCOUNT_WITH_HANDLE.match(text)
    if m and len(m.group("name").split()) <= 6:
        return m.group("name").strip(), i
    nxt = pieces[i + 1].text.strip() if i + 1 < len(pieces) else ""
    if _HANDLE_LINE.match(nxt) and 1 <= len(text.split()) <= 6 and "@" not in text:
        return text, i + 1
    return None


def _post_time(text: str) -> list[date]:
    """The day of a post's timestamp line ("5:42 PM · Mar 9, 2024 · 48.2K Views")."""
    if len(text.split()) > 12 or not dates.has_clock(text):
        return []
    return dates.full_dates(text)[0][:1]


def _social_post(pieces: list[Piece], found: Found) -> None:
    """A social-media post saved or copied from its page: the account's name and handle
    above the post, its time below it. The post has no headline; the account that posted
    is the outlet (and the author when it is a person's, not an organisation's); what the
    platform shows around the post (menus above, counts, replies, suggestions below) is
    furniture."""
    if found.video:
        return  # a video's page: its channel is named, and its title stands
    if found.forwarded_by:
        key = furniture.text_key(found.forwarded_by)
        for piece in pieces:
            if piece.kept and furniture.text_key(piece.text) == key:
                piece.reason = furniture.BYLINE
    if _post_with_handle(pieces, found):
        return
    if _chat_copy(pieces, found):
        return
    if found.platform is not None:
        _platform_post(pieces, found)
    elif not _post_without_handle(pieces, found):
        _embedded_posts(pieces, 0)


#: What a post's platform prints under it and nothing else does: its counters ("12 boosts ·
#: 5 favourites", "3 reposts"), its action buttons, the app it was sent from, "Edited".
_POST_TRAIL = re.compile(
    r"\b(?:\d[\d.,]*[KkMm]?\s+(?:boosts?|favou?rites?|reblogs?|reposts?|replies|likes?|"
    r"quotes?|views?|shares?|reactions?)|boost|favou?rite|reblog|repost|edited|"
    r"(?:mastodon|ivory|tusky|elk|phanpy|ice\s*cubes|moshidon|tuba|fedilab)\s+for\s+\w+|"
    r"via\s+\w+(?:\s+for\s+\w+)?)\b",
    re.I,
)


def _account_name(text: str) -> bool:
    """A display name standing alone: one to six capitalised words, no digits, no sentence."""
    words = text.split()
    return (
        1 <= len(words) <= 6
        and not any(c.isdigit() for c in text)
        and not re.search(r"[.!?:;,\"“”]$", text)
        and all(w[:1].isupper() or w.lower() in {"of", "the", "and", "for", "on", "in"}
                for w in words)
    )  # fmt: skip


def _post_without_handle(pieces: list[Piece], found: Found) -> bool:
    """A post copied from a platform that shows its account's display name alone (a
    Mastodon server's web view, an app's share sheet): the name heads the copy, the post's
    few paragraphs follow, then its time with what only a post carries beside or under it
    (its counters, "Edited", the app it was sent from). A headline above a short story has
    no such trail, so a story is not taken for a post."""
    first = next((i for i, p in enumerate(pieces[:3]) if p.kept), None)
    if first is None or not _account_name(pieces[first].text.strip()):
        return False
    for j in range(first + 2, min(len(pieces), first + 2 + _POST_PIECES)):
        days = _post_time(pieces[j].text)
        if not days:
            continue
        post = pieces[first + 1 : j]
        if not all(_prose(p.text) for p in post if p.kept):
            return False
        if sum(len(p.text.split()) for p in post) > _POST_WORDS:
            return False
        trail = [p.text for p in pieces[j : j + 3]]
        if not any(_POST_TRAIL.search(t) for t in trail):
            return False
        for piece in post:
            piece.settled = piece.kept
        _mark_social_post(pieces, first, first, j, pieces[first].text.strip(), days[0], found)
        return True
    return False


def _post_with_handle(pieces: list[Piece], found: Found) -> bool:
    for i in range(min(len(pieces) - 2, 12)):
        account = _account(pieces, i)
        if account is None:
            continue
        if found.platform is None and _story_above(pieces, i):
            # A post set between a story's paragraphs is one the story quotes (an embed
            # copied with its lines): its account and its time are not the copy's, and the
            # copy is a story, whether or not the post's time was copied with it.
            _embedded_posts(pieces, i)
            return True
        name, last = account
        for j in range(last + 2, min(len(pieces), last + 2 + _POST_PIECES)):
            days = _post_time(pieces[j].text)
            if not days:
                continue
            post = pieces[last + 1 : j]
            if sum(len(p.text.split()) for p in post) > _POST_WORDS:
                return False
            if not any(p.kept for p in post):
                # On a platform's own page of one post, the post is the page's text whatever
                # it asks of its reader ("sign up for alerts on our website").
                told = [p for p in post if found.platform is not None and _prose(p.text)]
                if not told:
                    return False
                for piece in told:
                    piece.reason = None
            for piece in post:
                # The post's own sentences are its text, even one asking readers to sign up.
                piece.settled = piece.kept and _prose(piece.text)
            _mark_social_post(pieces, i, last, j, name, days[0], found)
            return True
        return False
    return False


def _story_above(pieces: list[Piece], i: int) -> bool:
    """Whether a paragraph of reporting stands above piece ``i``: a sentence of 15 words or
    more, not a post's own text."""
    return any(p.kept and _sentence_shaped(p.text, 15) for p in pieces[:i])


#: What a platform prints under an embedded post copied as text: its counters ("1.2K",
#: "Read 56 replies"), its buttons ("Reply", "Copy link", "Repost", "Follow") and dots.
_EMBED_TRAIL = re.compile(
    r"^(?:[\d.,]+[KkMm]?|[·•…]|\.\.\.|reply|repost|retweet|quote|like|share|follow|"
    r"copy\s+link(?:\s+to\s+(?:post|tweet))?|read\s+[\d.,]+[KkMm]?\s+repl(?:y|ies)|"
    r"read\s+more\s+on\s+\w+|view\s+on\s+\w+|explore\s+what'?s\s+happening)$",
    re.I,
)


def _date_alone(text: str) -> bool:
    """A line that is a date and nothing more ("Mar 4, 2027"): an embed's time copied
    without its clock."""
    words = len(text.split())
    return (
        2 <= words <= 5
        and any(c.isdigit() for c in text)
        and not _sentence_shaped(text, 1)
        and bool(dates.full_dates(text)[0])
    )


def _embedded_posts(pieces: list[Piece], start: int) -> bool:
    """Mark the posts a story embeds, copied as text between its paragraphs: each from its
    account's name and handle through its time and the platform's trail under it. The story
    keeps its own headline, byline and date. True when one was found."""
    marked = False
    # Where the story's first paragraph of reporting is: a post below it is an embed.
    story_at = next(
        (k for k, p in enumerate(pieces) if p.kept and _sentence_shaped(p.text, 15)), len(pieces)
    )
    i = max(start, story_at + 1)
    while i < len(pieces) - 2:
        # An account's line holds its handle, or stands over a line that is its handle.
        maybe = "@" in pieces[i].text or pieces[i + 1].text.lstrip().startswith("@")
        account = _account(pieces, i) if maybe else None
        if account is None:
            i += 1
            continue
        _, last = account
        stamp = next(
            (j for j in range(last + 2, min(len(pieces), last + 2 + _POST_PIECES))
             if _post_time(pieces[j].text) or _date_alone(pieces[j].text)),
            None,
        )  # fmt: skip
        if stamp is None or sum(len(p.text.split()) for p in pieces[last + 1 : stamp]) > 120:
            i += 1
            continue
        end = stamp + 1
        while end < len(pieces) and (
            _EMBED_TRAIL.match(pieces[end].text.strip())
            or (len(pieces[end].text.split()) <= 6 and _POST_TRAIL.search(pieces[end].text))
        ):
            end += 1
        for piece in pieces[i:end]:
            piece.reason = furniture.SOCIAL_POST
            piece.settled = False
        marked = True
        i = end
    return marked


#: A chat app's copy of a message: "Channel name, [11.03.2025 08:42]" above its text.
#: Other desktop clients print the sender, a dash and the time: "Channel name — 11/03/2025
#: 08:42".
_CHAT_COPY_HEAD = re.compile(
    r"^(?P<name>[^\[\]\n]{2,60}?)(?:,?\s*(?P<open>\[)|\s+[—–-]\s+)"
    r"(?P<stamp>[0-3]?\d[./][0-3]?\d[./](?:\d\d)?\d\d)"
    r"[ ,]+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?(?(open)\]|)$",
    re.I,
)


_DATE_LABEL_NAME = re.compile(
    r"^\W*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|date|sent)\b", re.I
)


def _chat_copy(pieces: list[Piece], found: Found) -> bool:
    """A message copied from a chat app's desktop client, which heads it with the sender and
    the time in brackets. The sender is the channel or person that posted it."""
    if not pieces:
        return False
    m = _CHAT_COPY_HEAD.match(pieces[0].text.strip())
    if m is None or not any(_sentence_shaped(p.text, 6) for p in pieces[1:4]):
        return False
    if _DATE_LABEL_NAME.match(m.group("name")):
        return False  # "Updated - 23/03/2025 17:42" is a copy's date line, not a sender
    first, second, year = re.split(r"[./]", m.group("stamp"))
    # Two-digit years ("11.03.25") are of this century: these apps are younger than it.
    year = year if len(year) == 4 else f"20{year}"
    separator = "." if "." in m.group("stamp") else "/"
    # Dotted numeric dates are day first wherever they are written.
    order: dates.NumericOrder = "dmy" if separator == "." else found.numeric_order
    days = dates.full_dates(separator.join((first, second, year)), order)[0]
    if not days:
        return False
    _claim_account(found, m.group("name").strip())
    found.add_date(
        PRIORITY_TEXT_PUBLISHED, days[0], "text", f'the message\'s time: "{pieces[0].text}"'
    )
    pieces[0].reason = furniture.BYLINE
    return True


def _claim_account(found: Found, name: str) -> None:
    """The account that posted is the outlet, and the author when it is a person's."""
    found.untitled = True
    found.title = None
    found.field_origins.pop("title", None)
    found.source = name
    found.field_origins["source"] = "the account that posted"
    if found.author is not None and furniture.text_key(found.author) == furniture.text_key(name):
        found.author = None
        found.field_origins.pop("author", None)
    words = {w.lower().strip(".,") for w in name.split()}
    if found.account_is_group:
        return
    if dates.is_person_name(name) and not words & _ORGANISATION_WORDS:
        found.set("author", name, "the account that posted")


def _prose(text: str) -> bool:
    # A numbered thread's post opens with its counter ("1/3 Statement on ..."): the sentence
    # is what follows it.
    text = _LEADING_COUNTER.sub("", text)
    return _sentence_shaped(text, 6) or len(text.split()) >= 15


_LEADING_COUNTER = re.compile(r"^\s*\(?\d{1,3}/\d{0,3}\)?\s+(?=\S)")


#: How far below the account the post may start (its time, audience and menus between).
_ACCOUNT_TO_POST = 6


def _platform_post(pieces: list[Piece], found: Found) -> None:
    """A post saved from a platform's page that shows no handle (a Facebook page, a Telegram
    channel's preview or export): the account is the name the platform's metadata gives, or
    the short name the page repeats at its top; the post is the run of prose below it."""
    head = pieces[:15]
    account = None
    if found.post_account:
        key = furniture.text_key(found.post_account)
        account = next((i for i, p in enumerate(head) if _names_account(p.text, key)), None)
    if account is None:
        keys = [furniture.text_key(p.text) for p in head]
        for i, p in enumerate(head):
            words = p.text.split()
            if (
                2 <= len(words) <= 6
                and not any(c.isdigit() for c in p.text)
                and keys[i] in keys[i + 1 : i + 1 + _ACCOUNT_TO_POST]
            ):
                account = i
                break
    if account is None:
        if found.post_account:
            # The platform's metadata names the account even where its page runs the name
            # into other lines.
            _claim_account(found, found.post_account)
        return
    after = range(account + 1, min(len(pieces), account + 2 + _ACCOUNT_TO_POST))
    start = next((j for j in after if pieces[j].kept and _prose(pieces[j].text)), None)
    if start is None:
        # The page's own order may put the post first (a main-text reader lifts it out).
        start = next((j for j, p in enumerate(head) if p.kept and _prose(p.text)), None)
    if start is None:
        return
    end = start
    while end + 1 < len(pieces) and pieces[end + 1].kept and _prose(pieces[end + 1].text):
        end += 1
    name = pieces[account].text.strip()
    key = furniture.text_key(found.post_account or name)
    if _profile_follows(pieces, end):
        # The account's description in its profile header ("Official channel of ..."),
        # above its counts of subscribers: the posts come below the header.
        start = next(
            (j for j in range(end + 1, min(len(pieces), end + 16)) if _prose(pieces[j].text)),
            None,
        )
        if start is None:
            return
        end = start
        while end + 1 < len(pieces) and _prose(pieces[end + 1].text):
            end += 1
    posts = [(start, end), *_more_posts(pieces, end, key)]
    if found.post_account and _names_account(name, key) and name != found.post_account:
        name = found.post_account  # the line ran the handle on: "Ines Darrow@inesdarrow"
    _claim_account(found, name)
    # The post's time is printed beside the account: between it and the post, or just below.
    near = range(min(account, start), max(account, start) + _POST_PIECES + 1)
    for j, piece in enumerate(pieces):
        if any(first <= j <= last for first, last in posts):
            piece.reason = None
            continue
        if j == account:
            piece.reason = furniture.BYLINE
            continue
        if j in near and len(piece.text.split()) <= 12:
            days = dates.full_dates(piece.text, found.numeric_order)[0]
            if days:
                found.add_date(
                    PRIORITY_TEXT_PUBLISHED, days[0], "text", f'the post\'s time: "{piece.text}"'
                )
                piece.reason = furniture.DATELINE
                continue
        if not piece.kept:
            continue
        if j < min(account, start):
            if len(piece.text.split()) <= 8:
                piece.reason = furniture.NAVIGATION
        else:
            piece.reason = furniture.SOCIAL_POST


def _video_description(pieces: list[Piece], found: Found) -> None:
    """A video page's description is its text from its first paragraph: the paragraphs a
    main-text reader left out just above the first one it kept (set beside the views and the
    upload day) are the description's opening, not a standfirst, which a video page has not."""
    if not found.video:
        return
    first = next((i for i, p in enumerate(pieces) if p.kept), None)
    while (
        first is not None
        and first > 0
        and pieces[first - 1].reason == furniture.OUTSIDE_MAIN_TEXT
        and _prose(pieces[first - 1].text)
    ):
        above, kept = pieces[first - 1], pieces[first].text.strip()
        at = above.text.find(kept) if kept else -1
        if at == 0:
            return
        if at > 0:
            # The left-out block is the whole description box: only its opening is missing.
            above.text = above.text[:at].strip()
            if not _prose(above.text):
                return
        above.reason = None
        first -= 1
        if at > 0:
            return


#: "Thread by @kovalmarta on Thread Reader App": an unrolled thread's heading.
_THREAD_BY = re.compile(r"^thread\s+by\s+@(?P<handle>[A-Za-z0-9_]{1,30})\b", re.I)
#: A community's name as a link aggregator prints it: "r/Brackwell".
_COMMUNITY_NAME = re.compile(r"(?:^|\s)(?P<name>r/[A-Za-z0-9_]{2,30})$")
#: A member's user name on its own line: "quiet_kettle", "u/quiet_kettle".
#: A copy may run the post's age onto it: "5 hr. ago quiet_kettle".
_USER_NAME = re.compile(
    r"^(?:\d+\s*[a-z]{0,7}\.?\s+ago\s+)?(?:u/)?"
    r"(?P<name>(?=[A-Za-z0-9_-]*[_\d-]|[a-z0-9]+$)[A-Za-z0-9_-]{3,30})$"
)


_SHORT_LINE = 120


def _copied_platform_page(pieces: list[Piece], found: Found) -> None:
    """A platform's page copied as text says what it is only by its shape: a channel's
    name over each of its posts and its subscriber count under its description, a video's
    channel over its subscriber count, a thread reader's "Thread by @handle", a community's
    "r/NAME" with the poster's user name over the post's title."""
    head = pieces[:20]
    # Names, handles and counts are short lines: a long paragraph is never one of them.
    keys = [furniture.text_key(p.text) if len(p.text) <= _SHORT_LINE else "" for p in pieces]
    for i, piece in enumerate(head):
        text = piece.text.strip()
        if len(text) > _SHORT_LINE:
            continue
        if m := _THREAD_BY.match(text):
            handle = next(
                (j for j in range(i + 1, min(len(pieces), i + 5))
                 if pieces[j].text.strip().lower() == "@" + m.group("handle").lower()),
                None,
            )  # fmt: skip
            if handle is not None and _account_name(pieces[handle - 1].text.strip()):
                piece.reason = furniture.NAVIGATION
                # The author's profile line between the handle and the thread's day.
                for line in pieces[handle + 1 : handle + 4]:
                    if dates.full_dates(line.text, found.numeric_order)[0]:
                        break
                    if line.kept:
                        line.reason = furniture.AUTHOR_BIO
                found.platform = "a thread reader"
                found.post_account = pieces[handle - 1].text.strip()
                return
        community = _COMMUNITY_NAME.search(text)
        if community and len(text.split()) <= 6 and _community_copy(pieces, i, found):
            return
        if not _account_name(text) or not any(
            furniture.PLATFORM_COUNTS.match(p.text.strip()) for p in pieces[i + 1 : i + 4]
        ):
            continue
        heading_posts = sum(
            1
            for j in range(i, len(pieces) - 1)
            if keys[j] == keys[i] and _prose(pieces[j + 1].text)
        )
        if heading_posts >= 2:
            # The name over every post: a channel's page of posts (its subscribers make it
            # a channel, not a person's account).
            found.platform = "a channel's page"
            found.post_account = text
            found.account_is_group = any(
                "subscriber" in p.text.lower() for p in pieces[i + 1 : i + 4]
            )
            return
        counts = pieces[i + 1 : i + 12]
        if i > 0 and any("subscriber" in p.text.lower() for p in counts[:2]):
            # A video's page: its channel's name over the channel's subscriber count, under
            # the video's title; the views line beside the description gives the upload day.
            piece.reason = furniture.BYLINE
            found.video = True
            found.set("source", text, "the channel over its subscriber count")
            for line in counts:
                if line.kept and len(line.text.split()) <= 2 and not _prose(line.text):
                    # The action bar between the channel and the description: "Clip", "Save".
                    line.reason = furniture.SHARE_BUTTONS
                if "view" in line.text.lower() and furniture.PLATFORM_COUNTS.match(line.text):
                    for day in dates.full_dates(line.text, found.numeric_order)[0][:1]:
                        found.add_date(PRIORITY_TEXT_PUBLISHED, day, "text",
                                       f'the upload day beside the views: "{line.text}"')  # fmt: skip
                    break
            return


def _community_copy(pieces: list[Piece], at: int, found: Found) -> bool:
    """A community post copied as text: "r/NAME", its age, the poster's user name, then the
    post's title, perhaps its flair, and its text; the votes and the comments follow."""
    window = range(at + 1, min(len(pieces), at + 8))
    poster = next((j for j in window if _USER_NAME.match(pieces[j].text.strip())), None)
    if poster is None or poster + 1 >= len(pieces):
        return False
    title = pieces[poster + 1]
    if len(title.text.split()) < 4 or not _title_like(title.text):
        return False
    start = poster + 2
    if (
        start < len(pieces)
        and len(pieces[start].text.split()) <= 3
        and not _prose(pieces[start].text)
    ):
        pieces[start].reason = furniture.SECTION_LABEL  # the post's flair: "Local news"
        start += 1
    if start >= len(pieces) or not _prose(pieces[start].text):
        return False
    end = start
    while end + 1 < len(pieces) and _prose(pieces[end + 1].text):
        end += 1
    community = _COMMUNITY_NAME.search(pieces[at].text.strip())
    user = _USER_NAME.match(pieces[poster].text.strip())
    if community is None or user is None:
        return False
    found.set("source", community.group("name"), "the community the post is in")
    found.set("author", user.group("name"), "the poster's user name")
    found.set("title", title.text.strip(), "the post's title")
    for j, piece in enumerate(pieces):
        if j == poster + 1:
            piece.reason = furniture.TITLE
        elif start <= j <= end:
            piece.reason = None
            piece.settled = True
        elif j < start:
            if piece.kept:
                piece.reason = furniture.NAVIGATION
        else:
            piece.reason = furniture.COMMENTS
    return True


def _names_account(text: str, key: str) -> bool:
    """The line names the account: its name alone, or with its handle run on ("Ines
    Darrow@inesdarrow", "Ines Darrow @inesdarrow")."""
    own = furniture.text_key(text)
    if own == key:
        return True
    if not own.startswith(key + " ") or "@" not in text:
        return False
    if furniture.text_key(text.split("@", 1)[0]) == key:
        return True  # the handle run on with no space, its server after it: "Ines Varga@iv@x.y"
    # The name, then the handle and perhaps the time: "Ada Brenner@adabrennerMar 12".
    name_words = len(key.split())
    rest = text.strip().split(None, name_words)[-1] if name_words else text
    return rest.lstrip().startswith("@") or len(own.split()) == name_words + 1


#: What a platform prints between one post of an account and the next: its counters ("9.8K
#: views", "12"), its time ("06:40", "Mar 4"), "edited", the account's handle.
#: Each piece is read one way only, so that a line such as ". . . . x" is not tried in every
#: way of splitting it (2 to the power of its length: 45 characters took 28 s): a time, else a
#: number (stopping before a time its last digits begin) with its "K" after any spaces (never
#: a time's); a handle gives back its last digits only to a "K" or a time after them.
_BETWEEN_POSTS = re.compile(
    r"^(?:(?>\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?|[\d.,]+?(?=\d{1,2}:\d\d)|[\d.,]++)"
    r"(?:(?<=[\d.,])(?<!:\d\d)\s*+[KkMm])?|views?|likes?|reposts?|retweets?|replies|comments?|"
    r"shares?|quotes?|bookmarks?|boosts?|favou?rites?|reactions?|edited|"
    r"@(?>[\w.]+?(?=[\d.,]+\s+[KkMm]|\d{1,2}:\d\d)|[\w.]++)|[\s·•|])+$",
    re.I,  # X labels its counters in capitals, one word a line: "12.4K", "Views"
)
#: A profile's counts, which follow its description, never a post: "24.1K subscribers".
_PROFILE_COUNTS = re.compile(
    r"^[\d.,]+\s*[KkMm]?\s+(?:subscribers?|followers?|members?|photos?|videos?|links?|files?|"
    r"posts?)\b",
    re.I,
)
#: A numbered thread's counter standing alone on its line: "2/", "3/7", "(4/7)".
_THREAD_COUNTER = re.compile(r"^\(?\d{1,3}/(?:\d{1,3})?\)?$")
_FORWARDED_LABEL = re.compile(r"^(?:forwarded\s+from|reposted\s+from|boosted\s+by)\b", re.I)


def _profile_follows(pieces: list[Piece], end: int) -> bool:
    return any(_PROFILE_COUNTS.match(p.text.strip()) for p in pieces[end + 1 : end + 4])


def _post_anchor(text: str, key: str) -> bool:
    text = text.strip()
    return (
        _names_account(text, key)
        or bool(re.search(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])", text))
        or bool(_MONTH_AND_DAY.match(text))
        or bool(dates.full_dates(text)[0])
    )


def _between_posts(text: str, key: str) -> bool:
    text = text.strip()
    if _names_account(text, key) or _BETWEEN_POSTS.match(text) or _FORWARDED_LABEL.match(text):
        return True
    if _THREAD_COUNTER.match(text):
        return True
    return len(text.split()) <= 6 and bool(dates.full_dates(text)[0] or _MONTH_AND_DAY.match(text))


#: A post's day without its year, as platforms print this year's: "Mar 4", "4 Mar".
_MONTH_AND_DAY = re.compile(
    rf"^(?:{dates.MONTH_NAME}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{dates.MONTH_NAME}\.?)$", re.I
)


def _more_posts(pieces: list[Piece], end: int, key: str) -> list[tuple[int, int]]:
    """The account's further posts below its first: a channel's page or a thread shows them
    one under another with only the platform's chrome between them (counters, the time, the
    account's name again, "Forwarded from ..."). A post headed by another account, or by
    anything else, is a reply or the page's own: the account's posts end there."""
    posts: list[tuple[int, int]] = []
    j = end + 1
    while j < len(pieces):
        gap = j
        while (
            j < len(pieces) and not _prose(pieces[j].text) and _between_posts(pieces[j].text, key)
        ):
            j += 1
        if j >= len(pieces) or j == gap or not _prose(pieces[j].text):
            break
        # Each post carries its time or its account's name: counters alone ("12 comments")
        # end one post and lead to its comments.
        if not any(_post_anchor(p.text, key) for p in pieces[gap:j]):
            break
        first = j
        if _THREAD_COUNTER.match(pieces[j - 1].text.strip()):
            # A thread reader may set a post's number on a line of its own ("2/", "3/7"):
            # the number is the post's, printed as the thread numbers it.
            first = j - 1
        last = j
        while last + 1 < len(pieces) and _prose(pieces[last + 1].text):
            last += 1
        posts.append((first, last))
        j = last + 1
    return posts


def _mark_social_post(
    pieces: list[Piece], first: int, last: int, stamp: int, name: str, day: date, found: Found
) -> None:
    found.untitled = True
    found.title = None
    found.field_origins.pop("title", None)
    found.source = name
    found.field_origins["source"] = "the account that posted"
    words = {w.lower().strip(".,") for w in name.split()}
    if found.account_is_group:
        return
    if dates.is_person_name(name) and not words & _ORGANISATION_WORDS:
        found.set("author", name, "the account that posted")
    found.add_date(
        PRIORITY_TEXT_PUBLISHED, day, "text", f'the post\'s time: "{pieces[stamp].text}"'
    )
    for piece in pieces[:first]:
        if piece.kept and len(piece.text.split()) <= 6:
            piece.reason = furniture.NAVIGATION
    for piece in pieces[first : last + 1]:
        piece.reason = furniture.BYLINE
    pieces[stamp].reason = furniture.DATELINE
    _join_counter(pieces, last + 1)
    # The account's own replies under its post, with only counters, its time or its name
    # between, continue it as a thread ("2/4 ..."); a reply from anyone else ends it.
    more = _more_posts(pieces, stamp - 1, furniture.text_key(name))
    for j, piece in enumerate(pieces[stamp + 1 :], start=stamp + 1):
        if any(a <= j <= b for a, b in more):
            piece.reason = None
            piece.settled = True
        elif piece.kept:
            piece.reason = furniture.SOCIAL_POST
    for a, _ in more:
        _join_counter(pieces, a)


def _join_counter(pieces: list[Piece], at: int) -> None:
    """A post's number set on a line of its own ("2/") is printed as the post's opening; as
    a block alone it would read as a stray count (or a repeat of one)."""
    if at + 1 >= len(pieces) or not _THREAD_COUNTER.match(pieces[at].text.strip()):
        return
    post = pieces[at + 1]
    post.text = f"{pieces[at].text.strip()} {post.text.lstrip()}"
    post.reason = None
    post.settled = True
    pieces[at].reason = furniture.SOCIAL_POST


#: What heads a page of search results: "Search results", "Results for ...", "37 results",
#: "Showing 1-10 of 37 results", "About 1,200 results".
_RESULTS_HEAD = re.compile(
    r"^(?:search\s+results?\b|results\s+(?:for|matching)\b|(?:showing\s+)?(?:results\s+)?"
    r"\d[\d,]*\s*(?:[-–]|to)\s*\d[\d,]*\s+of\s+(?:about\s+)?\d[\d,]*\b|"
    r"(?:about\s+)?\d[\d,]*\s+(?:search\s+)?results?\s+(?:for|found|match)\b|"
    r"your\s+search\s+(?:for\b|returned\b))",
    re.I,
)
#: A result's snippet is cut off mid-sentence: it ends in an ellipsis, perhaps before the
#: result's date.
_CUT_SNIPPET = re.compile(r"(?:\.\.\.|…)\s*(?:\S+(?:\s+\S+){0,3})?$")


def _list_of_results(pieces: list[Piece], found: Found) -> None:
    """A saved page of search results is no article: each result is another story's headline
    and cut-off snippet. The page is read with every block set aside, so the import refuses
    it with a reason ("this looks like a list of results, not an article") instead of storing
    the snippets as a story; the results' dates are other stories' and date nothing."""
    kept = [p for p in pieces if p.kept]
    if len(kept) < 2:
        return
    heads = [p for p in pieces[:40] if len(p.text) <= 120 and _RESULTS_HEAD.match(p.text)]
    if not heads and not (found.title and _RESULTS_HEAD.match(found.title)):
        return
    items = [p for p in kept if p not in heads]
    snippets = [p for p in items if _CUT_SNIPPET.search(p.text)]
    if len(snippets) < 2 or 2 * len(snippets) < len(items):
        return
    for piece in pieces:
        if piece.kept:
            piece.reason = furniture.SEARCH_RESULTS
    found.candidates.clear()
    found.warnings.append("this looks like a list of search results, not an article")


#: The most short headings a list of links may hold between its links ("Unread", "Archive").
_LINK_LIST_HEADINGS = 4
#: The fewest links that make a page of links.
_LINK_LIST_LINKS = 4


def _list_of_links(pieces: list[Piece], found: Found) -> None:
    """A page that is only links to other stories under a few short headings (a read-later
    app's export, "Unread" over its saved links, "Read Archive" over the rest) holds no story:
    the headings are set aside with the links, so the import refuses the page with a reason
    instead of storing "Unread Read Archive" as an article."""
    kept = [p for p in pieces if p.kept]
    if not kept or len(kept) > _LINK_LIST_HEADINGS:
        return
    if any(len(p.text.split()) > 4 or p.text.rstrip()[-1:] in ".!?:" for p in kept):
        return
    links = [p for p in pieces if p.reason == furniture.TEASER]
    if len(links) < max(_LINK_LIST_LINKS, 2 * len(kept)):
        return
    for piece in kept:
        piece.reason = furniture.LINK_LIST
    found.warnings.append("this looks like a list of links to other pages, not an article")


#: The court a judgment's heading names, in capitals: "IN THE HIGH COURT OF JUSTICE", "IN
#: THE COURT OF APPEAL (CIVIL DIVISION)", "IN THE SUPREME COURT OF THE UNITED KINGDOM".
_COURT_LINE = re.compile(
    r"^IN\s+THE\s+(?P<court>(?:[A-Z][A-Z'’.-]*\s+){0,4}?(?:COURT|TRIBUNAL)"
    r"(?:\s+OF\s+THE\s+[A-Z]+(?:\s+[A-Z]+)?(?=\s*$)|\s+OF\s+(?!THE\b)[A-Z][A-Z'’-]*"
    r"(?:\s+(?:COUNTY|PARISH|CITY|DISTRICT|CIRCUIT)(?=\s*$))?)?)\b"
)
#: The same heading in title case ("In the High Court of Justice", "In the County Court at
#: Leeds"). Written so, it could open a sentence of a report, so the line must hold nothing
#: but the court, its division in brackets or the place it sits.
_COURT_LINE_TITLED = re.compile(
    r"^In\s+the\s+(?P<court>(?:[A-Z][a-z'’.-]*\s+){0,4}?(?:Court|Tribunal)"
    r"(?:\s+of\s+the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\s+of\s+(?!the\b)[A-Z][\w'’-]*)?)"
    r"(?:\s*\([^()]{1,60}\)|,?\s+(?:at|in|sitting\s+at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"\s*$"
)


def _court_line(text: str) -> re.Match[str] | None:
    return _COURT_LINE.match(text) or _COURT_LINE_TITLED.match(text)


#: The other lines of a judgment's heading: its citation, case number, judge, hearing dates,
#: parties and counsel.
_COURT_FIELD = re.compile(
    r"^(?:neutral\s+citation|(?:case|claim|appeal|docket|application)\s+(?:no\b|number)|"
    r"before\s*:|hearing\s+dates?\b|between\s*:?$|judg(?:e)?ment\s+(?:approved|handed)|"
    r".{0,120}\b(?:for|on\s+behalf\s+of)\s+the\s+(?:claimant|defendant|appellant|respondent|"
    r"applicant|petitioner)s?\b)",
    re.I,
)
#: The judgment's first numbered paragraph: "1. The claimant ...", "[1] This appeal ...".
_FIRST_JUDGMENT_PARAGRAPH = re.compile(r"^(?:\[1\]|1\.|\(1\))\s+\S")
_COURT_MINOR_WORDS = frozenset(["of", "the", "and", "at", "for", "in"])


def _court_heading(pieces: list[Piece], found: Found) -> None:
    """A court's judgment: its heading (the court, neutral citation, case number, judge,
    parties, counsel, hearing dates) is the record's label, not the judgment, which opens
    with its first numbered paragraph. The court the heading names first published it, not
    the archive that hosts the copy; the judge is no byline."""
    head = pieces[:40]
    court_at = next(
        (i for i, p in enumerate(head) if len(p.text) <= 200 and _court_line(p.text)), None
    )
    if court_at is None:
        return
    fields = [i for i, p in enumerate(head) if len(p.text) <= 300 and _COURT_FIELD.match(p.text)]
    if not fields:
        return
    start = min(court_at, fields[0])
    body = next(
        (
            i
            for i in range(start + 1, len(pieces))
            if pieces[i].kept
            and _FIRST_JUDGMENT_PARAGRAPH.match(pieces[i].text)
            and len(pieces[i].text.split()) >= 8
        ),
        None,
    )
    if body is None:
        body = _order_below_caption(pieces, max(court_at, fields[-1]), found)
    if body is None or body - start > 40:
        return
    for piece in pieces[start:body]:
        if piece.kept and piece.reason != furniture.TITLE:
            piece.reason = furniture.COURT_HEADING
    author = found.author
    if author is not None and any(author in p.text for p in pieces[start:body]):
        # A heading's line read as a name (a division, a party, the judge) signs nothing.
        found.author = None
        found.field_origins.pop("author", None)
    m = _court_line(pieces[court_at].text)
    if m is None:
        return
    found.source = " ".join(
        w.lower() if n and w.lower() in _COURT_MINOR_WORDS else w.capitalize()
        for n, w in enumerate(m.group("court").split())
    )
    found.field_origins["source"] = "the court the judgment's heading names"


def _order_below_caption(pieces: list[Piece], caption_end: int, found: Found) -> int | None:
    """An order, a motion or a filing with unnumbered paragraphs: below the court's caption
    (court, parties, case number) its own heading ("ORDER GRANTING PRELIMINARY INJUNCTION")
    is its title, and its text starts with the first paragraph after that. Returns where the
    text starts, or None when the caption is not followed so."""
    body = next(
        (i for i in range(caption_end + 1, min(len(pieces), caption_end + 5))
         if pieces[i].kept and _story_sized(pieces[i].text)),
        None,
    )  # fmt: skip
    if body is None:
        return None
    heading = next(
        (i for i in range(body - 1, caption_end, -1)
         if pieces[i].kept and _title_like(pieces[i].text) and not pieces[i].text.endswith(".")),
        None,
    )  # fmt: skip
    if heading is None:
        return body
    from_text = found.field_origins.get("title") in (None, "first line", "first heading")
    if from_text:
        for piece in pieces[:heading]:
            if piece.reason == furniture.TITLE:
                piece.reason = furniture.COURT_HEADING
        pieces[heading].reason = furniture.TITLE
        found.title = pieces[heading].text.strip()
        found.field_origins["title"] = "the order's heading below the court's caption"
    _signature_block(pieces)
    return body


#: The judge's signature under an order: "Hon. Teresa Alvarado, District Judge", "/s/ ...".
_SIGNATURE = re.compile(
    r"^(?:/s/|hon\.?\s|the\s+honou?rable\b|judge\b|justice\b|magistrate\b|"
    r".{3,60},\s*(?:(?:chief|district|circuit|county|associate|presiding|magistrate|"
    r"deputy|high\s+court)\s+)*(?:judge|justice|magistrate|clerk)\b)",
    re.I,
)


def _signature_block(pieces: list[Piece]) -> None:
    """The lines after an order's last paragraph: its date and the judge's signature."""
    last = max((i for i, p in enumerate(pieces) if p.kept and _story_sized(p.text)), default=None)
    if last is None:
        return
    for piece in pieces[last + 1 : last + 6]:
        if piece.kept and len(piece.text) <= 120 and _SIGNATURE.match(piece.text.strip()):
            piece.reason = furniture.SIGN_OFF


#: A record's number printed alone under its signature: "(4812377)".
_RECORD_NUMBER = re.compile(r"^\(?[A-Z]{0,4}\d{3,}\)?$")


def _closing_signature(pieces: list[Piece]) -> None:
    """The signature under a statement, a report's foreword or a notice: the signer's name
    (perhaps with the office after a comma), the post held on the next line, the date. The
    signer is not a byline and the post is not an outlet; the date is left to date the text."""
    kept = [i for i, p in enumerate(pieces) if p.kept]
    last = next((i for i in reversed(kept) if _sentence_shaped(pieces[i].text, 6)), None)
    if last is None:
        return
    after = [i for i in kept if i > last][:4]
    if not after:
        return
    first = pieces[after[0]].text.strip()
    name, _, office = first.partition(",")
    if not dates.is_person_name(name.strip()) or len(first) > 90 or _BYLINE_WORD.match(first):
        return
    if furniture.is_teaser_heading(first):
        return  # "Related Articles" under the text heads a list of stories, not a signature
    if _LIFE_SPAN.search(first):
        return  # an obituary's closing line: "Margaret Ellery, engineer, born ...; died ..."
    lines = [after[0]]
    for i in after[1:]:
        text = pieces[i].text.strip()
        if dates.full_dates(text)[0] and len(text.split()) <= 5:
            continue  # the day it was signed: read as any date line is
        if _RECORD_NUMBER.match(text) or (
            len(text.split()) <= 8 and not _TERMINAL_PUNCTUATION.search(text) and text[:1].isupper()
        ):
            lines.append(i)
            continue
        break  # the page's own foot may follow: left to the furniture rules
    if len(lines) < 2 and not office.strip():
        return  # a name alone under the text may be a byline at the foot
    for i in lines:
        pieces[i].reason = furniture.SIGN_OFF


#: The line closing an obituary with the life it tells: "Margaret Ann Ellery, engineer, born 14
#: July 1940; died 21 March 2027". It is the obituary's record, no signature under it.
_LIFE_SPAN = re.compile(r"\bborn\b[^;]{4,80};\s*died\b", re.I)


#: A byline at the foot says who wrote it ("By", "Von", "Par"): a signature does not.
_BYLINE_WORD = re.compile(r"^(?:by|von|par|por|door|di|av|af|przez|автор|от)\b", re.I)
_TERMINAL_PUNCTUATION = re.compile(r"[.!?:;\"”]$")


def _sentence_shaped(text: str, words: int) -> bool:
    return len(text.split()) >= words and text.rstrip().endswith((".", "!", "?", '"', "”"))


def _captions_as_story(pieces: list[Piece]) -> None:
    """A photo gallery whose only text is its captions: the captions tell the story.

    Only when nothing kept reads as a paragraph of reporting and at least two captions are
    whole sentences; counters ("1 of 4") and photo credits stay furniture, and the scraps the
    page kept instead (a "Pin" button) go aside.
    """
    if any(p.kept and _sentence_shaped(p.text, 12) for p in pieces):
        return
    captions = [
        p
        for p in pieces
        if p.reason == furniture.CAPTION
        and _sentence_shaped(p.text, 8)
        and furniture.single_block_reason(p.text) is None
    ]
    if len(captions) < 2:
        return
    for piece in pieces:
        if piece.kept:
            piece.reason = furniture.OUTSIDE_MAIN_TEXT
    for piece in captions:
        piece.reason = None


#: "Harriet Lowe is a former chair of ...": the line that introduces a column's author.
_TAGLINE = re.compile(
    rf"^(?P<name>[{dates.UPPER}][\w'’-]+(?:\s+[{dates.UPPER}][\w'’.-]+){{1,3}})\s+(?:is|was)\s+"
    r"(?:a|an|the|our)\b[^.!?]*[.!]?$"
)


def _author_tagline(pieces: list[Piece], found: Found) -> None:
    """A story with no byline whose last paragraph introduces a person the story never
    mentions ("Harriet Lowe is a former chair of the traders' association."): an opinion
    column's tagline, naming its author. The tagline goes aside as the author's bio."""
    if found.author is not None:
        return
    kept = [p for p in pieces if p.kept]
    if len(kept) < 2:
        return
    last = kept[-1]
    tagline = [last]
    # A printed page sets the tagline in smaller or italic type, which sets it aside as
    # outside the main text; it is the first such line after the story, perhaps run onto
    # the next line.
    after = pieces[pieces.index(last) + 1 :][:2]
    if after and after[0].reason == furniture.OUTSIDE_MAIN_TEXT and _TAGLINE.match(after[0].text):
        tagline = [after[0]]
        if (
            len(after) > 1
            and after[1].reason == furniture.OUTSIDE_MAIN_TEXT
            and not _TERMINAL_STOP.search(after[0].text)
            and after[1].text[:1].islower()
        ):
            tagline.append(after[1])
    text = dates.strip_edges(" ".join(p.text for p in tagline)).strip()
    m = _TAGLINE.match(text)
    if m is None or len(text.split()) > 30:
        return
    if tagline[0] is not last and not (
        dates.is_person_name(m.group("name")) and not _names_a_body(m.group("name"))
    ):
        return  # small print about the publisher ("X Institute is a charity")
    surname = m.group("name").split()[-1]
    story = kept if tagline[0] is not last else kept[:-1]
    if any(re.search(rf"\b{re.escape(surname)}\b", p.text) for p in story):
        return
    for piece in tagline:
        piece.reason = furniture.AUTHOR_BIO
    found.set("author", m.group("name"), "tagline at the foot of the story")


#: How far above a story's first paragraph its writer's bio may stand (headline, date, photo).
_BIO_REACH = 4


def _bio_above_story(pieces: list[Piece], found: Found) -> None:
    """A column with no byline whose writer is introduced above its text ("Anna Kovacs is a
    community pharmacist in Knighton."), as opinion pages set the bio under the headline: the
    person it names, whom the column itself never names, is the author, and the bio goes
    aside as the tagline at the foot does."""
    if found.author is not None:
        return
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if len(kept) < 2:
        return
    # The bio may have been taken for the text's first paragraph when nothing marks it.
    for piece in pieces[max(0, kept[0] - _BIO_REACH) : kept[0] + 1]:
        if not piece.kept and piece.reason not in (
            furniture.AUTHOR_BIO,
            furniture.OUTSIDE_MAIN_TEXT,
        ):
            continue
        text = dates.strip_edges(piece.text).strip()
        m = _TAGLINE.match(text)
        if m is None or len(text.split()) > 30:
            continue
        name = m.group("name")
        if not dates.is_person_name(name) or _names_a_body(name):
            continue
        surname = re.escape(name.split()[-1])
        story = [pieces[i] for i in kept if pieces[i] is not piece]
        about = [found.title or "", *(p.text for p in story)]
        if len(story) < 2 or any(re.search(rf"\b{surname}\b", text) for text in about):
            continue  # the story is about what it names: a standfirst or a lead, not a bio
        piece.reason = furniture.AUTHOR_BIO
        found.set("author", name, "the writer's bio above the story")
        return


_TERMINAL_STOP = re.compile(r"[.!?][\"'”’)]?\s*$")


def _bio_of_known_author(pieces: list[Piece], found: Found) -> None:
    """The story's last paragraph introducing its own author in a sentence or two ("Tamsin
    Rowe runs Rowe's Hardware on Fore Street.", "Ana Vidal teaches law in Porto."): the
    column's tagline, whatever the verb. Nobody writes about themself by name in their own
    story, so a short closing paragraph that opens with the byline's full name and a word in
    lower case is about the writer, not part of what they wrote."""
    if found.author is None:
        return
    kept = [p for p in pieces if p.kept and not p.settled]
    if len(kept) < 3:
        return
    last = kept[-1]
    text = last.text.strip()
    if len(text) > 400 or len(text.split()) > 35 or not _TERMINAL_STOP.search(text):
        return
    names = [n.strip() for n in re.split(r"\s*(?:,|;|&|\band\b)\s*", found.author) if n.strip()]
    for name in names:
        if len(name.split()) < 2 or not text.startswith(name + " "):
            continue
        verb = text[len(name) + 1 :].split(" ", 1)[0]
        if not verb[:1].islower():
            continue
        # "About Ana Ruiz" over the bio: the box's heading, no line of the story.
        about = kept[-2] if _ABOUT_NAME.match(kept[-2].text.strip()) else None
        if about is not None and name.casefold() not in about.text.casefold():
            about = None
        if any(name in p.text for p in kept[:-1] if p is not about):
            return  # the story speaks of the person: a closing paragraph about them is news
        last.reason = furniture.AUTHOR_BIO
        if about is not None:
            about.reason = furniture.AUTHOR_BIO
        return


_ABOUT_NAME = re.compile(
    r"^[Aa]bout\s+(?:the\s+(?:author|writer)\s*:?\s*)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){1,3}\s*:?$"
)


def _only_paragraph_is_body(pieces: list[Piece], found: Found) -> None:
    """A document whose only text was taken for its title keeps that text as its body too.

    A one-paragraph page or note ("<p>Only one paragraph here.</p>") has no headline, only
    the story; taking that paragraph for the title alone would import an article with no text.
    A sentence read as the title, or the one block the document holds, is the body as well.
    A headline among set-aside chrome is not a story: such a page keeps its empty body.
    """
    if any(p.kept for p in pieces):
        return
    titles = [p for p in pieces if p.reason == furniture.TITLE]
    if len(titles) != 1:
        return
    title = titles[0]
    sentence = not title.kind.startswith("heading") and title.text.rstrip().endswith(
        (".", "!", "?", '"', "”", "'", "’")
    )
    if not sentence and len(pieces) > 1:
        return
    title.reason = None
    found.warnings.append("the only paragraph is both the title and the text")


#: A back-link from a note to its marker, at the end of the note: "↩", "↩︎", "^", "[back]".
_BACK_LINK = re.compile(r"(?:(?<!\s)\s+)?(?:[↩↑⤴]\ufe0e?\ufe0f?|\[(?:back|return)\]|\^)\s*$", re.I)
#: A note's number at its start: "[1]", "1.", "1)", "(1)", "^1".
_NOTE_NUMBER = re.compile(r"^\s*(?:\[(\d{1,3})\]|\((\d{1,3})\)|\^?(\d{1,3})[.)]?)\s+(?=\S)")
_NOTES_HEADING = re.compile(r"^(?:foot\s*notes?|end\s*notes?|notes?|sources?(?:\s+and\s+notes)?|"
                            r"references?)[\s:]*$", re.I)  # fmt: skip


def _notes_list(pieces: list[Piece]) -> None:
    """A copied story's notes at the foot: each note is part of the story without the
    number the list gave it and without its back-link ("↩"), which are page navigation.

    A line is a note when it ends with a back-link, or when it sits under a "Notes" heading
    and its number is a marker printed in the story above ("[2]").
    """
    markers: set[str] = set()
    under_heading = False
    for piece in pieces:
        text = piece.text
        if _NOTES_HEADING.match(text.strip()):
            under_heading = True
            continue
        number = _NOTE_NUMBER.match(text)
        back_link = (
            _BACK_LINK.search(text) if len(text) > 2 and text.rstrip()[-1:] in "↩︎↑⤴^]" else None
        )
        label = next((g for g in number.groups() if g), None) if number else None
        if back_link is None and not (under_heading and label is not None and label in markers):
            markers.update(re.findall(r"\[(\d{1,3})\]", text))
            continue
        if back_link is not None:
            text = text[: back_link.start()]
        if number is not None and (back_link is not None or label in markers):
            text = text[number.end() :]
        piece.text = text.strip()


_ADDRESS_DATE = re.compile(
    r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?:/|$)|"
    # ...or in one part of the path, alone or opening the slug: "/20240305/",
    # "/2024-03-05-slug".
    r"/((?:19|20)\d\d)(-?)([01]\d)\5([0-3]\d)(?:[/_-]|$)|"
    # ...or with the month's short name: "/2024/mar/05/slug".
    r"/((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/([0-3]\d)(?:/|$)",
    re.I,
)
_ADDRESS_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)


#: Formats whose text is all there is: no markup says where an address or a date came from.
_TEXT_FORMATS = frozenset({"txt", "md", "pasted"})


def _date_in_address(found: Found, *, printed: bool = False) -> None:
    """ "https://paper.example/news/2024/03/05/slug/" (".../20240305/slug/",
    ".../2024/mar/05/slug"): news sites file a story under the day it was first published,
    so the address dates it when nothing more trusted does.

    An address ``printed`` on a document (a browser's footer on a page saved as PDF) is read
    from the print, not from the page's markup: a date printed in the story comes first."""
    if not found.url:
        return
    m = _ADDRESS_DATE.search(found.url.split("?")[0])
    if m is None:
        return
    if m.group(1):
        year, month, mday = m.group(1, 2, 3)
    elif m.group(4):
        year, month, mday = m.group(4, 6, 7)
    else:
        year, mday = m.group(8, 10)
        month = str(_ADDRESS_MONTHS.index(m.group(9).lower()) + 1)
    try:
        day = date(int(year), int(month), int(mday))
    except ValueError:
        return
    priority = PRIORITY_PAGE_GUESS if printed else PRIORITY_URL
    found.add_date(priority, day, "metadata", "date in the web address")


def _consent_line(piece: Piece) -> bool:
    """A line of a cookie or consent banner, judged by its words alone."""
    return (
        not piece.settled
        and len(piece.text) <= 600
        and furniture.single_block_reason(piece.text, piece.kind) == furniture.COOKIE_BANNER
    )


#: An outlet's name with the edition a copy came from, set apart from it: "El Faro de Lucar
#: | English edition", "The Kyiv Ledger - International Edition" (without the mark, "Paper
#: launches US edition" could be a headline).
_EDITION_LINE = re.compile(
    r"^(?P<name>[A-Z][^|·•–—]{1,60}?)\s*[|·•–—-]\s*(?:the\s+)?(?:english|international|"
    r"global|online|web|digital|world|us|uk|european?|asia|africa|americas?)\s+edition$",
    re.I,
)
#: A site's host name alone on a line: "harrowfieldpost.example", "www.kelder-times.co.uk".
_HOST_LINE = re.compile(
    r"^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?$"
)


def _host_line_over_title(pieces: list[Piece], found: Found) -> None:
    """A copy that opens with the site's host name over the headline (a reader view's
    "harrowfieldpost.example" / "Harrowfield tram extension delayed ..." / the credits / "4-5
    minutes"), or with the outlet's name and its edition ("El Faro de Lucar | English
    edition"): neither is the headline; the edition line names the outlet."""
    kept = [p for p in pieces[:6] if p.kept]
    if len(kept) < 2 or not _title_like(kept[1].text):
        return
    line = kept[0].text.strip()
    edition = _EDITION_LINE.match(line) if len(line) <= 90 else None
    if _HOST_LINE.match(line):
        kept[0].reason = furniture.NAVIGATION
    elif edition is not None:
        kept[0].reason = furniture.NAVIGATION
        found.set("source", edition.group("name").strip(), "the outlet's line over the headline")


def _title_like(text: str) -> bool:
    words = len(text.split())
    if not 1 <= words <= 30 or len(text) > 220:
        return False
    # A first line that is a long sentence is the article's first paragraph, not a headline.
    return not (text.rstrip().endswith(".") and words > 14)


#: Labels saying what kind of piece a headline heads, in any case: "Explainer:", "Fact check:".
_KIND_OF_PIECE = re.compile(
    r"^(?:explainer|analysis|opinion|comment|exclusive|factbox|q\s?&\s?a|live|breaking|"
    r"update|fact[\s-]check|timeline|in\s+pictures|in\s+photos|watch|listen|video)\s*:\s*(?=\S)",
    re.I,
)


def _headline_reason(piece: Piece) -> str | None:
    """Why ``piece`` is furniture, judged as a headline: "Explainer: How the court could
    rule" reads as a link to another story when met in the text, but at the head of a copy
    its label is the headline's kicker, and only the words after it are judged (the title
    keeps a kicker in ordinary case, as printed; see _title_without_kicker)."""
    reason = furniture.single_block_reason(piece.text, piece.kind)
    if reason is None:
        return None
    m = _KIND_OF_PIECE.match(piece.text.strip())
    if m is None or len(piece.text.strip()[m.end() :].split()) < 3:
        return reason
    return furniture.single_block_reason(piece.text.strip()[m.end() :], piece.kind)


def _mark_title(pieces: list[Piece], found: Found, from_text: bool) -> None:
    # A copied menu can run to a dozen lines, and a saved page's mega-menu to hundreds of
    # links already set aside: the headline is counted from below either.
    # A web archive's toolbar above the page is counted out the same way.
    skipped = (furniture.NAVIGATION, furniture.ARCHIVE_TOOLBAR)
    # A consent banner copied above the page ("We use cookies", its pitch and its three
    # buttons) is counted out too: its lines would fill the head before the headline.
    pool = list(
        itertools.islice(
            (p for p in pieces if p.reason not in skipped and not _consent_line(p)), 12
        )
    )
    head = [p for p in pool if p.kept][:6]
    if found.title:
        _mark_known_title(head, found)
        if not any(p.reason == furniture.TITLE for p in head):
            # The headline itself may have been set aside already (outside the main text):
            # the labels printed above it are still labels.
            key = furniture.text_key(found.title)
            shown = next((p for p in pool if furniture.text_key(p.text) == key), None)
            if shown is not None and not shown.kept:
                above = pool[: pool.index(shown)]
                _labels_above([*above, shown], shown)
        return
    if not from_text:
        return
    for piece in head:
        if not piece.settled and _arrow_crumbs(piece):
            # "Home > India News": a breadcrumb trail is neither masthead nor headline.
            piece.reason = furniture.NAVIGATION
    headings = [p for p in head if p.kind == "heading1"]
    candidates = [
        p
        for p in (headings or head)
        # A piece already settled as the text (a post's own sentences) is no headline.
        if not p.settled
        and not _series_line(p.text)
        and not _arrow_crumbs(p)
        and _headline_reason(p) is None
        and dates.read_meta_line(p.text) is None
        and not _is_standalone_dateline(p.text)
    ]
    masthead_found = False
    if (
        len(candidates) >= 2
        and not _label_above_headline(candidates[0], pieces, found)
        and (
            _masthead(candidates[0].text)
            or _named_in_copyright(candidates[0].text, pieces)
            or _named_by_app_prompt(candidates[0].text, pieces)
        )
        and (
            any(len(c.text.split()) >= 4 and _title_like(c.text) for c in candidates[1:4])
            or _short_headline_over_byline(candidates, pool)
        )
    ):
        masthead_found = True
        # A copy of a whole page starts with the outlet's masthead, then its menu; the
        # headline comes after them. The masthead is the publishing outlet.
        masthead = candidates.pop(0)
        masthead.reason = furniture.NAVIGATION
        found.set(
            "source",
            masthead_case(_masthead_name(masthead.text)),
            "masthead above the headline",
        )
        while (
            len(candidates) > 1
            and candidates
            and (
                _is_menu_item(candidates[0].text)
                or _crumb_trail(candidates[0].text)
                or _tagline_under_masthead(candidates, pool)
            )
        ):
            candidates.pop(0).reason = furniture.NAVIGATION
    if not masthead_found and not headings and _blog_name_and_tagline(candidates, pool):
        # "The Wetland Diaries" / "Notes from the Saltmarsh End reserve" / the post's title:
        # a blog copied from its top keeps its name and tagline above the post.
        masthead_found = True
        name, tagline = candidates.pop(0), candidates.pop(0)
        name.reason = tagline.reason = furniture.NAVIGATION
        found.set(
            "source", dates.strip_edges(name.text).strip(), "the blog's name above its tagline"
        )
    if not masthead_found and headings and found.source is None and headings[0] in head:
        above = [p for p in head[: head.index(headings[0])] if not p.settled]
        if len(above) == 1 and above[0].kind != "heading1" and _masthead(above[0].text):
            # "Ridgeline Weekly" over a clipping's "# Retrial ordered ...": the outlet's name
            # above the line the copy marks as its headline.
            above[0].reason = furniture.NAVIGATION
            found.set(
                "source",
                masthead_case(_masthead_name(above[0].text)),
                "masthead above the headline",
            )
    if (
        candidates
        and _DOCUMENT_TYPE.match(candidates[0].text.strip())
        and len(candidates) >= 3
        and _names_a_body(candidates[1].text)
    ):
        # "Written Ministerial Statement" above the issuing body and the headline: a label.
        candidates.pop(0).reason = furniture.SECTION_LABEL
    if (
        len(candidates) >= 3
        and found.source is None
        and _names_a_body(candidates[0].text)
        and _ADDRESSED_TO.match(dates.strip_edges(candidates[1].text).strip())
    ):
        # "EASTHOLM COUNTY COUNCIL" / "Report to the Transport Committee" / the date / the
        # title: a paper for a meeting names whom it is for under the issuer's letterhead.
        candidates.pop(1).reason = furniture.SECTION_LABEL
    if (
        len(candidates) >= 2
        and found.source is None
        and _names_a_body(candidates[0].text)
        # "Tolvern Systems, Inc." ends with its legal form's stop, not a sentence's.
        and not _COMPANY_STOP.sub("", candidates[0].text.rstrip()).endswith((".", "!", "?", ":"))
    ):
        # Breadcrumbs between the issuer's name and the headline are the site's.
        while len(candidates) > 2 and _crumb_trail(candidates[1].text):
            candidates.pop(1).reason = furniture.NAVIGATION
        next_line = candidates[1].text
        if (
            (len(next_line.split()) >= 4 or _REPORT_TITLE.match(next_line.strip()))
            and _title_like(next_line)
            and not public_body_name(next_line)
            and not (len(next_line.split()) < 6 and _names_a_body(next_line))
            and not (_title_case_headline(candidates[0].text) and next_line.rstrip().endswith("."))
            and not _headline_over_summary(candidates[0].text, next_line)
        ):
            # A release or a report copied from its top: the issuing body's name, then
            # the headline. The body is the source.
            issuer = candidates.pop(0)
            issuer.reason = furniture.BYLINE
            # A letterhead in capitals ("EASTHOLM COUNTY COUNCIL") names the body it spells.
            issuer_name = masthead_case(dates.strip_edges(issuer.text).strip())
            found.set("source", issuer_name, "the body named above the title")
    typed = next(
        (k for k, c in enumerate(candidates[:4]) if _DOCUMENT_TYPE.match(c.text.strip())), None
    )
    if (
        typed is not None
        and typed + 1 < len(candidates)
        and _title_like(candidates[typed + 1].text)
    ):
        # "Press release", "News story" printed above a headline: it and the breadcrumbs
        # above it are labels; the headline is the line below the label.
        for label in candidates[: typed + 1]:
            label.reason = furniture.SECTION_LABEL
        candidates = candidates[typed + 1 :]
    if found.source is None and _issuer_under_release_mark(candidates, pool):
        # "FOR IMMEDIATE RELEASE" / "Brannor Appliances" / the headline: the issuer's line.
        issuer = candidates.pop(0)
        issuer.reason = furniture.BYLINE
        found.set(
            "source",
            masthead_case(dates.strip_edges(issuer.text).strip()),
            "the issuer named under the release mark",
        )
    for n, piece in enumerate(candidates):
        if not _title_like(piece.text):
            return
        following = candidates[n + 1] if n + 1 < len(candidates) else None
        if (
            n == 0
            and masthead_found
            and following is not None
            and len(following.text.split()) >= 4
            and _title_like(following.text)
            and _masthead(piece.text)
            and dates.has_outlet_word(piece.text)
        ):
            # A portal's or an app's copy: below its own masthead and menu, the outlet it
            # carries the story for is named above the headline. That outlet published it.
            piece.reason = furniture.BYLINE
            found.source = dates.strip_edges(piece.text).strip()
            found.field_origins["source"] = "the provider a portal names above the headline"
            continue
        # A section label copied above the headline ("Ukraine", "World News"): one or two
        # capitalised words, then a headline-sized line that, like headlines, has no full stop.
        words = piece.text.split()
        if (
            n == 0
            and len(words) <= 2
            and all(w[:1].isupper() for w in words)
            and not piece.text.rstrip().endswith(("?", "!", "."))
            and following is not None
            and 4 <= len(following.text.split()) <= 20
            and not following.text.rstrip().endswith(".")
            and _section_label_before(piece.text, following.text)
        ):
            piece.reason = furniture.SECTION_LABEL
            if (
                found.source is None
                and piece.kind == "heading1"
                and following.kind == "heading1"
                and dates.has_outlet_word(piece.text)
                and dates.is_outlet_name(piece.text)
            ):
                # A printed page's masthead ("Daily Meridian") set as large as its headline,
                # above it: the outlet's name, not a section's.
                found.set(
                    "source",
                    masthead_case(_masthead_name(piece.text)),
                    "masthead above the headline",
                )
            continue
        piece.reason = furniture.TITLE
        found.set("title", piece.text.strip(), "first heading" if headings else "first line")
        return


_DOCUMENT_TYPE = dates.DOCUMENT_TYPE

#: The mark a press release opens with: "PRESS RELEASE", "For immediate release", "Media
#: release", "Embargoed until 00:01 on 4 May".
_RELEASE_MARK = re.compile(
    r"^(?:(?:press|news|media)\s+release|media\s+statement|(?:for\s+)?immediate\s+release|"
    r"embargoed?\b.{0,60})\W*$",
    re.I,
)


def _issuer_under_release_mark(candidates: list[Piece], pool: list[Piece]) -> bool:
    """Whether the first of ``candidates`` is a release's issuer: a short name on a line of its
    own ("Brannor Appliances", "Osk Regional Government") between the release's mark and its
    headline. The mark is what says the name is no headline: without it two short lines at a
    note's top are a headline and a subtitle. A headline in Title Case under the mark
    ("Rendal Shipping Opens New Route To Kessa") has a verb or a small word after its subject
    and is left as the title; the headline below a name is in sentence case or repeats a
    word of the name, as a release's headline names its issuer."""
    if len(candidates) < 2:
        return False
    first, second = candidates[0], candidates[1]
    if first not in pool:
        return False
    above = pool[: pool.index(first)]
    if not any(_RELEASE_MARK.match(dates.strip_edges(p.text).strip()) for p in above):
        return False
    name = dates.strip_edges(first.text).strip()
    words = [w.strip(".,()") for w in name.split()]
    if not 1 <= len(words) <= 7 or name.endswith((".", "!", "?", ":")):
        return False
    if not _organisation_name(name) or _title_case_headline(name):
        return False
    if any(w.lower() in _HEADLINE_SMALL_WORDS or w.lower() in _HEADLINE_VERBS for w in words[1:]):
        return False
    headline = dates.strip_edges(second.text).strip()
    if not (
        len(headline.split()) >= 4
        and _title_like(headline)
        and not headline.endswith(".")
        and dates.read_meta_line(headline) is None
    ):
        return False
    shared = {w.lower() for w in words if len(w) > 3} & {
        w.strip(".,:;()").lower() for w in headline.split()
    }
    return _sentence_case(headline) or bool(shared) or _names_a_body(name)


#: Whom a paper for a meeting is addressed to: "Report to the Transport Committee", "Paper
#: for the Board", "Report to Cabinet – 12 November 2026".
_ADDRESSED_TO = re.compile(
    r"^(?i:(?:(?:joint|briefing|information|decision)\s+)?(?:report|paper|note|memorandum|briefing)"
    r"\s+(?:to|for)\s+(?:the\s+)?)(?:[A-Z][\w'’&-]*\s*){1,5}(?:\s*[-–—,|]\s*.{4,30})?$"
)
#: Who a paper is written by, on the line under its title: "Report of the Director of
#: Highways", "Report by the Chief Executive", "Joint report of the Directors of Finance and Law".
_REPORTED_BY = re.compile(
    r"^(?i:(?:joint\s+)?(?:report|paper|note)\s+(?:of|by|from)\s+(?:the\s+)?)"
    r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&)){0,9}$"
)


#: The words a blog's name ends with ("Harbour Notes", "The Wetland Diaries").
_BLOG_NAME_WORDS = frozenset(
    {"blog", "diaries", "diary", "notes", "letters", "dispatches", "musings", "log", "weblog",
     "files", "chronicles", "newsletter", "jottings", "ramblings"}
)  # fmt: skip
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "on", "in", "at", "for", "a", "&"})


def _tagline_under_masthead(candidates: list[Piece], pool: list[Piece]) -> bool:
    """ "The Corley Standard" / "Your town, your news" / "News | Environment" / the headline /
    "By ...": the outlet's motto under its masthead (a short phrase in sentence case, no full
    stop) when the site's menu or crumbs part it from a headline-like line further down that
    stands over the byline or date line (round 53). With nothing between them, the second of
    two such lines is a deck under the headline, not the headline under a motto, unless the
    first speaks of the paper itself ("Independent news for the valley since 1884", "Serving
    the Tamsin valley", "The voice of the valley") and the second stands right over the
    byline or date line (round 54)."""
    if len(candidates) < 2:
        return False
    menu_between = len(candidates) >= 3 and (
        _is_menu_item(candidates[1].text) or _crumb_trail(candidates[1].text)
    )
    if not menu_between and not _MOTTO_WORDS.search(candidates[0].text):
        return False
    words = candidates[0].text.split()
    if not 2 <= len(words) <= 8 or candidates[0].text.rstrip().endswith((".", "!", "?", ":")):
        return False
    if all(w[:1].isupper() for w in words if w.lower() not in _NAME_SMALL_WORDS):
        return False  # a second name or a headline in title case, not a motto

    def over_meta_line(piece: Piece) -> bool:
        at = pool.index(piece) if piece in pool else -1
        below = pool[at + 1] if 0 <= at < len(pool) - 1 else None
        return below is not None and dates.read_meta_line(below.text) is not None

    if over_meta_line(candidates[0]):
        return False
    return any(
        len(c.text.split()) >= 4 and _title_like(c.text) and over_meta_line(c)
        for c in (candidates[2:5] if menu_between else candidates[1:2])
    )


#: Words with which a paper's motto speaks of the paper: "Independent news for the valley since
#: 1884", "Your town, your news", "Serving the Fens since 1884", "The voice of the Fens".
#: A year alone is no motto's ("Inflation at its highest since 1992"), nor is "serving" as a
#: headline's adjective ("Serving soldier charged"); "Serving the valley since 1884" is.
_MOTTO_WORDS = re.compile(
    r"\b(?:news|newspaper|journalism)\b|\bthe\s+voice\s+of\b|^serving\s+the\b|"
    r"\b(?:serving|established|founded|est\.)\s.{0,50}\b(?:1[6-9]|20)\d\d\b",
    re.I,
)


def _blog_name_and_tagline(candidates: list[Piece], pool: list[Piece]) -> bool:
    """A copied blog's top: its name (a few capitalised words, "The ..." or ending with a
    blog's word), its tagline (a short phrase in sentence case, no full stop), then the post's
    title (a headline's length) over the post's first paragraph or its date line."""
    if len(candidates) < 3:
        return False
    name, tagline, title = (c.text.strip() for c in candidates[:3])
    words = dates.strip_edges(name).split()
    if not 2 <= len(words) <= 5 or re.search(r"[\d.!?:,]", name):
        return False
    if not all(w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words):
        return False
    if not (words[0] == "The" or words[-1].lower() in _BLOG_NAME_WORDS):
        return False
    tagline_words = tagline.split()
    if not 3 <= len(tagline_words) <= 10 or tagline.endswith((".", "!", "?", ":")):
        return False
    if all(w[:1].isupper() for w in tagline_words if w.lower() not in _NAME_SMALL_WORDS):
        return False  # a second name or a headline in title case, not a tagline
    if not 4 <= len(title.split()) <= 14 or title.endswith(".") or not _title_like(title):
        return False
    at = pool.index(candidates[2]) if candidates[2] in pool else -1
    below = pool[at + 1] if 0 <= at < len(pool) - 1 else None
    return below is not None and (
        _story_sized(below.text) or dates.read_meta_line(below.text) is not None
    )


def _short_headline_over_byline(candidates: list[Piece], pool: list[Piece]) -> bool:
    """ "Quayside Courier" / "Ferry cuts confirmed" / "By Ola Nwosu": a headline of two or
    three words under an outlet's name is known by the byline or date line right under it
    (the outlet's name has an outlet word; the headline's line has none)."""
    first, second = candidates[0].text.strip(), candidates[1].text.strip()
    if not dates.has_outlet_word(first) or dates.has_outlet_word(second):
        return False
    if not 2 <= len(second.split()) <= 3 or not _title_like(second):
        return False
    at = pool.index(candidates[1])
    below = pool[at + 1] if at + 1 < len(pool) else None
    return below is not None and dates.read_meta_line(below.text) is not None


_COPYRIGHT_NAME = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?\s*[,.]?\s*"
    r"(?P<name>[^.|,]{2,60}?)\s*\.?(?:\s*[,|]?\s*(?:all\s+rights\s+reserved|все\s+права\s+защищены|"
    r"alle\s+rechte\s+vorbehalten|(?:усі|всі)\s+права\s+захищені|tous\s+droits\s+r[ée]serv[ée]s|todos\s+los\s+derechos).*)?$",
    re.I,
)


def _named_in_copyright(text: str, pieces: list[Piece]) -> bool:
    """A first line that the copyright line at the foot names ("© 2025 Уральская неделя"):
    the outlet's masthead, in whatever language its name is."""
    key = furniture.text_key(dates.strip_edges(text))
    if not key or len(text.split()) > 6:
        return False
    for piece in pieces[-12:]:
        m = _COPYRIGHT_NAME.match(piece.text.strip())
        if m and furniture.text_key(m.group("name")) == key:
            return True
    return False


_APP_PROMPT_NAME = re.compile(
    r"^(?:continue|keep)\s+reading\s+(?:it\s+)?(?:in|on)\s+(?:the\s+)?(?P<app>.{2,40}?)(?:\s+app)?\W*$",
    re.I,
)


def _named_by_app_prompt(text: str, pieces: list[Piece]) -> bool:
    """A first line naming the reader app whose prompt ends the copy ("Continue reading on
    the NewsHub app"): the app's masthead, not the story's headline."""
    key = furniture.text_key(text)
    if not key or len(text.split()) > 4:
        return False
    return any(
        (m := _APP_PROMPT_NAME.match(p.text.strip())) is not None
        and furniture.text_key(m.group("app")) == key
        for p in pieces[-8:]
    )


def _arrow_crumbs(piece: Piece) -> bool:
    """A breadcrumb trail whose crumbs are joined by arrows ("Home > India News", "News ›
    Local"), which no headline is written with."""
    return _crumb_trail(piece.text) and re.search(r"\s[›»>]\s", piece.text) is not None


def _crumb_trail(text: str) -> bool:
    """ "Главная / Общество", "Home › News › Local": a breadcrumb trail of a copied page."""
    crumbs = _CRUMB_SEPARATOR.split(text.strip())
    return len(crumbs) >= 2 and all(1 <= len(c.split()) <= 3 for c in crumbs)


#: Headlines seldom run past this many words; a longer unpunctuated line is a standfirst.
_HEADLINE_MAX_WORDS = 12


def _section_label_before(label: str, following: str) -> bool:
    """Whether a one- or two-word line above ``following`` is a section label, not a headline.

    A single word is a label ("Ukraine"), as is a name of a site section ("World News"), or
    words the next line repeats (a label and its headline share the subject). Otherwise two
    capitalised words ("Bridge Collapse") are a short headline when what follows is longer
    than headlines run: then it is the standfirst below the headline.
    """
    words = label.split()
    if len(words) == 1:
        return True
    if any(w.lower() in dates.SECTION_WORDS for w in words):
        return True
    repeated = {w.lower() for w in words} & {w.lower().strip(".,:;'’") for w in following.split()}
    if repeated:
        return True
    return len(following.split()) <= _HEADLINE_MAX_WORDS


_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:\||-|–|—|·|::|»)\s+")


def _mark_known_title(head: list[Piece], found: Found) -> None:
    """Set aside the headline printed above the text when the metadata already names it.

    Page titles often carry the outlet ("Headline | Outlet", "Headline - Outlet"); when the
    headline in the text is the title without that part, the title becomes the headline and
    the outlet, if nothing better names it, is taken from the title.
    """
    assert found.title is not None
    full = furniture.text_key(found.title)
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(found.title) if p.strip()]
    for piece in head:
        key = furniture.text_key(piece.text)
        if not key:
            continue
        if key == full:
            piece.reason = furniture.TITLE
            _labels_above(head, piece)
            _masthead_over_known_title(head, piece, found)
            return
        if key.endswith(" " + full) and _kicker_words(key[: -len(full)]):
            # The headline printed with its kicker run in ("EXCLUSIVE Council paid ...").
            piece.reason = furniture.TITLE
            return
        if len(parts) > 1 and key in {furniture.text_key(p) for p in parts}:
            piece.reason = furniture.TITLE
            _labels_above(head, piece)
            origin = found.field_origins.get("title", "metadata")
            found.title = piece.text.strip()
            found.field_origins["title"] = f"{origin}, outlet name removed"
            outlet = outlet_in_title(parts, piece.text)
            if outlet is not None:
                found.fallbacks.insert(0, ("source", outlet, "page title"))
            return
    for piece in head[:2]:
        key = furniture.text_key(piece.text)
        shorter, longer = sorted((key, full), key=len)
        # The headline and the metadata title differ only by a few words at the end.
        if (
            shorter
            and longer.startswith(shorter)
            and len(shorter) >= 0.5 * len(longer)
            and _title_like(piece.text)
        ):
            piece.reason = furniture.TITLE
            return


def _masthead_over_known_title(head: list[Piece], title: Piece, found: Found) -> None:
    """The one line kept above a headline the metadata names, when it is the outlet's
    masthead ("THE KELLOWAY CLARION - ONLINE EDITION" over an old page's headline): not the
    story's opening; it names the outlet when nothing before did."""
    above = [p for p in head[: head.index(title)] if p.kept and not p.settled]
    if len(above) != 1 or len(above[0].text.split()) > 8 or not _masthead(above[0].text):
        return
    above[0].reason = furniture.NAVIGATION
    found.set("source", masthead_case(_masthead_name(above[0].text)), "masthead above the headline")


def outlet_in_title(parts: list[str], headline: str) -> str | None:
    """The outlet in a page title split into parts around the headline: "Headline | Outlet",
    or "Outlet | Section | Headline" (the outlet is the part at the far end from the
    headline; a section between them is not the outlet)."""
    keys = [furniture.text_key(p) for p in parts]
    key = furniture.text_key(headline)
    if key not in keys or len(parts) < 2:
        return None
    at = keys.index(key)
    if at == 0:
        outlet = parts[-1]
    elif at == len(parts) - 1:
        outlet = parts[0]
    else:
        return None
    return outlet if dates.is_outlet_name(outlet) else None


_CRUMB_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[|·•›»>/]|::)\s+")


def _labels_above(head: list[Piece], title: Piece) -> None:
    """Short lines printed above the headline (a section name, "Exclusive", a kicker) are
    labels: the story starts below its headline, never above it."""
    for piece in head[: head.index(title)]:
        text = piece.text.strip()
        crumbs = _CRUMB_SEPARATOR.split(text)
        if (
            piece.kept
            and (
                len(text.split()) <= 3
                # A breadcrumb trail: "Outlet · Health", "News > Local".
                or (len(crumbs) >= 2 and all(1 <= len(c.split()) <= 3 for c in crumbs))
            )
            and not text.endswith((".", "?", "!"))
            and dates.read_meta_line(text) is None
        ):
            piece.reason = furniture.SECTION_LABEL


#: Words of a masthead kept in small letters inside a name ("The Voice of the Dales").
_NAME_SMALL = frozenset({"of", "the", "and", "on", "in", "at", "for", "a", "an", "to"})
#: Short words of mastheads that are words, not initials ("THE SUN", "NEW DAY").
_SHORT_NAME_WORDS = _NAME_SMALL | frozenset(
    {"sun", "day", "new", "our", "big", "old", "top", "red", "bay", "way", "end", "hub", "web"}
)


def masthead_case(name: str) -> str:
    """An outlet's name as it is written when a masthead or running head printed it in
    capitals: "THE FENMOOR REVIEW" is "The Fenmoor Review". A name with small letters is left
    as it is ("ABC News"), and initials stay in capitals ("BBC", "NPR", "BBC NEWS" is "BBC
    News"): a word of three letters or fewer that is no common word, or one without a vowel
    ("KWXT")."""
    if not name.isupper():
        return name
    out = []
    for i, word in enumerate(name.split()):
        letters = "".join(c for c in word if c.isalpha()).lower()
        if letters and (
            (len(letters) <= 3 and letters not in _SHORT_NAME_WORDS)
            or not re.search(r"[aeiouy]", letters)
        ):
            out.append(word)
        elif i and letters in _NAME_SMALL:
            out.append(word.lower())
        else:
            parts = word.lower().split("-")
            out.append(
                "-".join(
                    p if n and p in _NAME_SMALL else p[:1].upper() + p[1:]
                    for n, p in enumerate(parts)
                )
            )
    return " ".join(out)


#: A web edition's label after the paper's name on its masthead: "THE KELLOWAY CLARION -
#: ONLINE EDITION", "Fife Coast Herald Online", "The Ledger on the Web".
_EDITION_LABEL = re.compile(
    r"(?<=\S)\s*+(?:[-–—|:]\s*+)?(?:(?:the\s+)?(?:online|on-?line|web|internet|electronic|digital)"
    r"(?:\s+edition)?|interactive|on\s+the\s+(?:web|internet|net))\s*$",
    re.I,
)


def _masthead_name(text: str) -> str:
    """The outlet's name a masthead line prints, without a web edition's label after it."""
    name = dates.strip_edges(text).strip()
    if len(name) > 120:
        return name  # no masthead: a paragraph
    bare = _EDITION_LABEL.sub("", name).strip(" -–—|:")
    return bare if len(bare.split()) >= 1 and bare != name and dates.is_outlet_name(bare) else name


def _masthead(text: str) -> bool:
    """A line that names the outlet the way a masthead does: "The Eastmoor Daily",
    "Kestrel Coast Times" (the outlet word ends the name, or it opens with "The")."""
    words = _masthead_name(text).split()
    if not 1 <= len(words) <= 5 or not dates.is_outlet_name(" ".join(words)):
        return False
    last = words[-1].lower().strip(".,")
    return (
        last in dates.OUTLET_WORDS
        or (words[0] == "The" and dates.has_outlet_word(" ".join(words)))
        # A broadcaster names itself with its kind first: "Radio Tamar", "TV Nordvik".
        or (len(words) >= 2 and words[0].lower() in _BROADCASTER_FIRST)
        # Papers in other languages set their kind first: "Diario Valdeluz", "Le Journal
        # de Valdeluz", "Corriere della Sera".
        or _foreign_kind_first(words)
    )


#: What a broadcaster's name opens with, before the place or the name it goes by.
_BROADCASTER_FIRST = frozenset(["radio", "tv", "television", "rádio", "télé"])
#: A paper's kind as other languages set it at the front of its name, and the articles
#: that may stand before it.
_FOREIGN_KIND_FIRST = frozenset(
    ["diario", "diário", "journal", "gazzetta", "gazeta", "corriere", "courrier", "jornal",
     "dagblad", "periódico", "periodico", "quotidiano", "giornale", "correo", "heraldo",
     "noticias", "notícias", "tageblatt", "nieuwsblad"]
)  # fmt: skip
_FOREIGN_ARTICLES = frozenset(["le", "la", "l'", "el", "il", "lo", "o", "a", "het", "de", "der",
                               "die", "das", "los", "les"])  # fmt: skip


def _foreign_kind_first(words: list[str]) -> bool:
    """ "Diario Valdeluz", "Le Journal de Valdeluz": a paper's kind first, after an article
    perhaps, then a capitalised name (joined by "de", "di", "della" ...)."""
    rest = words[1:] if words and words[0].lower() in _FOREIGN_ARTICLES else words
    if len(rest) < 2 or rest[0].lower() not in _FOREIGN_KIND_FIRST or not rest[0][:1].isupper():
        return False
    return rest[-1][:1].isupper()


#: Where a source came from when the writers' job names their agency.
_WRITERS_AGENCY = "the agency its writers' job names"


def _meta_lines(pieces: list[Piece], found: Found) -> None:
    # Blocks the page extractor left out without a firmer reason are looked at too: a byline
    # or a date line often sits just outside what it took for the article's main text.
    open_ = [i for i, p in enumerate(pieces) if p.kept or p.reason == furniture.OUTSIDE_MAIN_TEXT]
    story_from = next((i for i in open_ if _story_sized(pieces[i].text)), len(pieces))
    window = _head_window(pieces, open_) + open_[-3:]
    last_kept = max((i for i, p in enumerate(pieces) if p.kept), default=None)
    if last_kept is not None:
        # A blog's post footer right under the post, set aside by its class: "posted by NAME
        # @ 3:42 PM | 12 comments" names the writer.
        window += [
            i
            for i in range(last_kept + 1, min(len(pieces), last_kept + 4))
            if _POSTED_BY.match(pieces[i].text)
        ]
    bylines: list[int] = []
    title_at = _title_index(pieces, found)
    # Readers' comments under the story: their posting lines ("Posted by NAME on DATE") are
    # no byline or date of the story's.
    thread_at = next(
        (
            i
            for i in range(story_from, len(pieces))
            if pieces[i].kept and furniture.opens_comment_thread(pieces, i)
        ),
        len(pieces),
    )
    for i in dict.fromkeys(window):
        piece = pieces[i]
        if i > thread_at:
            continue
        if i > story_from and _in_list_of_stories(pieces, i):
            continue  # "Related Articles" / a headline / "12 November 2026": another story's
        if i > story_from and _heads_a_story_set_aside(pieces, i):
            continue  # the byline of the next story an endless page appends under this one
        if _is_standalone_dateline(piece.text):
            piece.reason = furniture.DATELINE
            _use_wire_dateline(piece.text, found)
            continue
        facts = dates.read_meta_line(piece.text, found.numeric_order)
        if facts is None:
            # A strip set with dashes only above the story: below it, "Consultation closes -
            # 14 April 2027" is a line of the story's list of dates to come.
            dashes = i < story_from and piece.kind != "list"
            facts = _field_strip(piece.text, found, dashes=dashes)
        if facts is None:
            continue
        if i > story_from and _item_of_dates_to_come(pieces, i, facts, found):
            continue
        # "Source: ..." at the foot credits a chart or a quote; only an export's header
        # names the outlet that way.
        if facts.labelled_outlet and i > story_from:
            continue
        if facts.url:
            found.set("url", facts.url, "labelled link line")
        piece.reason = furniture.BYLINE if facts.authors and not facts.dates else furniture.DATELINE
        line = piece.text.strip()
        quoted = line if len(line) <= 80 else line[:77] + "..."
        if facts.dates:
            strip = (
                title_at is not None
                and i < title_at
                and not any(facts.date_labels)
                and not facts.authors
                and _dated_under_title(pieces, title_at, found)
            )
            for day, label in zip(facts.dates, facts.date_labels, strict=True):
                priority = PRIORITY_TEXT_ABOVE_TITLE if strip else _text_priority(label)
                found.add_date(priority, day, "text", f'dateline: "{quoted}"')
            if facts.weekday_mismatch:
                found.warnings.append(f'the weekday in "{quoted}" does not match its date')
        for month, mday in facts.partial:
            _partial_date(found, month, mday, quoted)
        for written in facts.unordered:
            found.warnings.append(
                f'the date "{written}" could be read day first or month first and nothing on '
                "the page says which: it was not used"
            )
        if facts.authors:
            _prefer_printed_byline(found, facts.authors, piece.text)
            found.set("author", ", ".join(facts.authors), "byline")
            if (
                len(facts.authors) == 1
                and facts.dates
                and facts.outlet is None
                and not _BY_WORD.search(piece.text)
            ):
                found.unlabelled_byline = found.unlabelled_byline or facts.authors[0]
            if facts.outlet is None:
                bylines.append(i)
        if facts.credit and not facts.dates:
            piece.reason = furniture.BYLINE
        if facts.employer:
            # "By A, Associated Press Writer": the agency is the source only of a copy that
            # shows no paper's name (a masthead, a logo, a copyright line of its own).
            found.fallbacks.append(("source", facts.employer, _WRITERS_AGENCY))
        if i < story_from:
            _outlet_over_forwarder(found, facts)
        found.set("source", facts.outlet, "byline" if facts.authors else "dateline")
    for i in bylines:
        _outlet_beside_byline(pieces, i, found)
    _role_under_byline(pieces)


_POSTED_BY = re.compile(r"^\s*posted\s+by\s+\S", re.I)
#: A job title on the line under a byline: "Associated Press Writer", "Ledger Staff Writer",
#: "AP Farm Writer", "Herald Staff".
_ROLE_UNDER_BYLINE = re.compile(
    r"^(?:[A-Z][\w'’&.-]*\s+){0,4}(?:writer|reporter|correspondent|editor|columnist|staff|"
    r"contributor|photographer)s?$",
    re.I,
)


def _role_under_byline(pieces: list[Piece]) -> None:
    """The writer's job title printed on a line of its own under the byline ("By DAVID KRAMER"
    / "Associated Press Writer") belongs to the byline, not to the story's first paragraph."""
    for i, piece in enumerate(pieces[:-1]):
        if piece.reason != furniture.BYLINE:
            continue
        nxt = pieces[i + 1]
        text = dates.strip_edges(nxt.text).strip()
        if nxt.kept and len(text.split()) <= 5 and _ROLE_UNDER_BYLINE.match(text):
            nxt.reason = furniture.BYLINE


def _outlet_over_forwarder(found: Found, facts: dates.LineFacts) -> None:
    """A message from a person ("Tom Hale <tom@example.org>") whose text opens with an
    outlet's header line ("Harbour Weekly - Thursday 4 March 2027 - Ruth Ames") passes the
    outlet's story on: the outlet is the source, not the reader who sent it, and the day the
    line gives is the story's, not the day of the message's Date:. Only a line that names all
    three (outlet, day and writer) is clearly an outlet's."""
    if not found.is_email or found.field_origins.get("source") != "e-mail sender":
        return
    if facts.outlet is None or not facts.authors or not facts.dates:
        return
    sender = found.source or ""
    if not dates.is_person_name(sender) or dates.is_person_name(facts.outlet):
        return
    if not dates.has_outlet_word(facts.outlet) and not _POSSESSIVE.search(facts.outlet):
        return  # "Leeds - 4 March 2027 - Ruth Ames": a place, maybe, where she wrote it
    found.source = None
    found.candidates = [
        (PRIORITY_FORWARDED_HEADER, c)
        if priority == PRIORITY_META_PUBLISHED and c.evidence.startswith("e-mail ")
        else (priority, c)
        for priority, c in found.candidates
    ]


#: A name with a possessive, as outlets are named ("Baker's Week") and no person is.
_POSSESSIVE = re.compile(r"[^\W\d_]['’]s\b")


def _item_of_dates_to_come(
    pieces: list[Piece], i: int, facts: dates.LineFacts, found: Found
) -> bool:
    """Under the story, "Final Vote - 2 June 2027" or "Consultation Closes | 14 April 2027" read
    as a bare name beside a date, as a writer's unlabelled byline is: a list item, or one of
    two lines in a row so dated, is an item of the story's list of dates to come, which names
    no writer and dates nothing."""
    piece = pieces[i]
    if not facts.dates or _BY_WORD.search(piece.text):
        return False  # "By Ruth Ames - 4 March 2027" says whose it is
    if i > 0 and _DATES_TO_COME.match(dates.strip_edges(pieces[i - 1].text).strip()):
        # "Key dates" over it, though it is the list's only line, and whatever its words
        # look like ("Council Vote" as an outlet's name, "Final Vote" as a person's).
        return True
    if len(facts.authors) != 1 or facts.outlet is not None:
        return False
    if piece.kind == "list":
        return True
    return any(
        0 <= n < len(pieces) and pieces[n].kept and _dated_field_line(pieces[n].text, found)
        for n in (i - 1, i + 1)
    )


#: The heading of a story's list of dates to come: "Key dates", "What happens next:",
#: "Timetable".
_DATES_TO_COME = re.compile(
    r"^(?:(?:the\s+)?(?:key|important|main|upcoming|coming|future|next)\s+(?:dates|deadlines|"
    r"milestones|steps|stages|events)|timeline|timetable|dates\s+for\s+(?:your|the)\s+diary|"
    r"diary\s+dates|what\s+happens\s+next|what['’]s\s+next|what\s+comes\s+next)\s*:?$",
    re.I,
)


def _dated_field_line(text: str, found: Found) -> bool:
    """A short line of fields one of which is a date ("Public Meetings Begin - 3 May 2027")."""
    facts = dates.read_meta_line(text, found.numeric_order)
    if facts is None:
        facts = _field_strip(text, found, dashes=True)
    return facts is not None and bool(facts.dates)


_STRIP_SEPARATOR = re.compile(r"(?<!\s)\s+[·•|]\s+")
_STRIP_DASH = re.compile(r"(?<!\s)\s+(?:[-–—]|--|/)\s+")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)]?$")


def _field_strip(text: str, found: Found, *, dashes: bool = False) -> dates.LineFacts | None:
    """A strip of fields set apart with dots or bars, one of them a date ("Annual review ·
    Published 11 February 2025", "Community news · Issue 42 · Thursday 6 March 2025"), as
    reports and printed papers set them under a title or masthead: its dates, and nothing else
    of it (the other fields are labels, not names)."""
    parts = _STRIP_SEPARATOR.split(text.strip())
    if len(parts) == 1 and dashes:
        # "The grocer's weekly round-up - Friday 11 June 2027 - Alison Trent": the same strip
        # set with dashes. A dash also sets off a clause of the story's first sentence ("Friday
        # 11 June 2027 - The board raised the levy."), so every field here is a short label.
        parts = _STRIP_DASH.split(text.strip())
        if any(len(part.split()) > 6 or _SENTENCE_END.search(part) for part in parts):
            return None
    if not 2 <= len(parts) <= 5 or len(text) > 160:
        return None
    dated: dates.LineFacts | None = None
    for part in parts:
        if len(part.split()) > 8:
            return None
        facts = dates.read_meta_line(part, found.numeric_order)
        if facts is None or not facts.dates or facts.authors or facts.relative:
            continue
        if dated is not None:
            return None  # two dates in a strip: which one is the publication's is not said
        dated = facts
    if dated is None:
        return None
    return dates.LineFacts(dates=list(dated.dates), date_labels=list(dated.date_labels))


#: Where a page's machine fields name its author; the byline printed in its head outranks them.
_MACHINE_AUTHOR_FIELDS = ("meta author", "JSON-LD author", "microdata author")
#: The words of a name that can tell two names apart: initials and particles are left out.
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def _prefer_printed_byline(found: Found, authors: list[str], line: str = "") -> None:
    """The main-text detector's author guess gives way to the byline printed on the page when
    the guess merely runs the byline on ("Jane Doe; Environment Reporter Published"), or
    names only the first of the people the byline names ("Jane Doe" of "By Jane Doe, John
    Roe and Mary Poe": it took the first author link)."""
    if found.author is None:
        return
    if found.field_origins.get("author") in _MACHINE_AUTHOR_FIELDS:
        # A machine field that shares no name with the byline the reader sees ("Digital
        # Team", an editor who moved the page) is not the writer: the printed byline is.
        machine = set(_NAME_WORD.findall(found.author.casefold()))
        printed_words = set(_NAME_WORD.findall(" ".join(authors).casefold()))
        if printed_words and not machine & printed_words:
            found.warnings.append(
                f'the page\'s {found.field_origins["author"]} ("{found.author}") differs from '
                f'its printed byline ("{", ".join(authors)}"): the byline was used'
            )
            found.author = None
            found.field_origins.pop("author", None)
        return
    if found.field_origins.get("author") != "page markup (author)":
        return
    guess = furniture.text_key(found.author)
    printed = furniture.text_key(" ".join(authors))
    guessed = {furniture.text_key(n) for n in re.split(r"\s*[;,]\s*|\s+and\s+", found.author)}
    named = [furniture.text_key(n) for n in authors]
    # A live blog's credit ("Live coverage by A and B") names its team; an entry's author
    # is one of them, and stays.
    team = _LIVE_CREDIT.match(line) is not None
    fewer = not team and len(named) > len(guessed) and named[0] in guessed and guessed <= set(named)
    if (guess != printed and guess.startswith(printed)) or fewer:
        found.author = None
        found.field_origins.pop("author", None)


_ADDRESS_ALONE = re.compile(r"^<?(?P<url>https?://[^\s<>]+\.[^\s<>]+)>?$")


def _address_above_story(pieces: list[Piece], found: Found) -> None:
    """A web address on a line of its own above the story's first paragraph, as note apps'
    web clippers write the page they clipped under its title: the copy's ``url``, not a line
    of the story."""
    for piece in pieces[: _META_WINDOW * 3]:
        if not piece.kept or piece.settled:
            continue
        if _story_sized(piece.text):
            return
        m = _ADDRESS_ALONE.match(piece.text.strip())
        if m is not None:
            piece.reason = furniture.FIELD_LINES
            found.set("url", m.group("url"), "the address written above the copy")
            return


def _heads_a_story_set_aside(pieces: list[Piece], i: int) -> bool:
    """Whether the line at ``i``, below the story, heads paragraphs that are not the story's
    (another article appended under it, "Up next" or not): its byline and date are that
    article's."""
    for piece in pieces[i + 1 : i + 4]:
        if _story_sized(piece.text):
            return not piece.kept and piece.reason == furniture.OUTSIDE_MAIN_TEXT
    return False


def _in_list_of_stories(pieces: list[Piece], i: int) -> bool:
    """Whether the line at ``i``, at the foot, is in a list of other stories: a heading such
    as "Related Articles" or "Most read" stands between it and the story's last paragraph."""
    for j in range(i - 1, max(-1, i - 12), -1):
        text = pieces[j].text
        if furniture.is_teaser_heading(text):
            return True
        if _story_sized(text):
            return False
    return False


_LIVE_CREDIT = re.compile(r"^\W*live\b", re.I)


def _address_at_print_foot(pieces: list[Piece], found: Found) -> None:
    """A print view names the page it was printed from at its foot ("Printed from ADDRESS on
    DATE"), a search engine's cache the page it kept in its banner: the story's address when
    the markup names none. The day of printing or of the snapshot is no date of the story's."""
    for piece in reversed(pieces[-12:]):
        address = furniture.print_footer_address(piece.text)
        if address is not None:
            found.set("url", address, "the address a print view prints at its foot")
            return
    for piece in pieces[:6]:
        # "This is Google's cache of ADDRESS. It is a snapshot ...", "The Wayback Machine -
        # https://web.archive.org/web/STAMP/ADDRESS": the page the cache or archive kept.
        address = furniture.cached_page_address(piece.text)
        if address is not None:
            found.set("url", address, "the address a search engine's cache kept the page from")
            return


def _title_index(pieces: list[Piece], found: Found) -> int | None:
    """Where the headline is among the first blocks: the block marked as the title, else the
    one that reads as the headline found (set aside as outside the main text)."""
    title = next((i for i, p in enumerate(pieces[:20]) if p.reason == furniture.TITLE), None)
    if title is None and found.title:
        key = furniture.text_key(found.title)
        title = next(
            (i for i, p in enumerate(pieces[:20]) if furniture.text_key(p.text) == key), None
        )
    return title


def _dated_under_title(pieces: list[Piece], title_at: int, found: Found) -> bool:
    """Whether a line among the few under the headline prints a date of its own (the story's
    "Thursday, 19 November 2026" under its byline), so that an unlabelled date above the
    headline is the masthead's strip of the day the page was seen."""
    for piece in pieces[title_at + 1 : title_at + 6]:
        if not (piece.kept or piece.reason in (furniture.DATELINE, furniture.BYLINE)):
            continue
        if len(piece.text) > 160:
            break
        facts = dates.read_meta_line(piece.text, found.numeric_order)
        if facts is not None and facts.dates:
            return True
    return False


def _head_window(pieces: list[Piece], open_: list[int]) -> list[int]:
    """The open blocks near the top where date, byline and outlet lines are looked for.

    Up to ``_META_WINDOW`` blocks, not counting those that are furniture by their own text
    ("Follow", "·", "5 min read", "412"): blog platforms set a dozen such buttons and
    counters around the byline, and the date line comes after them.
    """
    head: list[int] = []
    counted = 0
    for i in open_[: _META_WINDOW * 5]:
        head.append(i)
        if furniture.single_block_reason(pieces[i].text, pieces[i].kind) is None:
            counted += 1
            if counted >= _META_WINDOW:
                break
    return head


def _outlet_beside_byline(pieces: list[Piece], i: int, found: Found) -> None:
    """The outlet's name printed on its own line just above or below a byline that names
    only the author ("*Westreach Times*" / "By Owen Pryor"), as clippings keep it."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(pieces) or not pieces[j].kept:
            continue
        text = dates.strip_edges(pieces[j].text).strip()
        if _masthead(text) and not dates.is_person_name(text):
            pieces[j].reason = furniture.BYLINE
            found.set("source", text, "line beside the byline")
            return


_PUBLISHED_IN = re.compile(
    r"^(?:published|posted|appeared|first\s+published)\s+in\s*:?\s*(?P<outlet>.*)$", re.I
)


#: What is left of "on 4 March 2027" or ", 4 March 2027" once the date is taken out.
_DATE_AFTER_OUTLET = re.compile(r"(?<!\s)(?:\s+on|\s*,)?\s*$", re.I)


def _published_in(pieces: list[Piece], found: Found) -> None:
    """ "Published in Kellerby Civic Review", or "Published in" with the name on the next
    line, near the headline: blog platforms name the publication that carried the post so."""
    head = [i for i, p in enumerate(pieces[:60]) if p.kept][: _META_WINDOW * 3]
    for n, i in enumerate(head):
        text = dates.strip_edges(pieces[i].text).strip()
        words = len(text.split())
        if words > 14 or (words > 9 and not dates.full_dates(text)[0]):
            continue
        m = _PUBLISHED_IN.match(text)
        if m is None:
            continue
        outlet = m.group("outlet").strip(" .·")
        target = i
        if not outlet:
            rest = [j for j in head[n + 1 :] if furniture.single_block_reason(pieces[j].text)
                    != furniture.SEPARATOR]  # fmt: skip
            if not rest:
                return
            target = rest[0]
            outlet = dates.strip_edges(pieces[target].text).strip()
        days, mismatch = dates.full_dates(outlet, found.numeric_order)
        if target == i and days:
            # "Published in Baker's Week on 4 March 2027": the outlet, and the day it
            # published the story.
            named = _DATE_AFTER_OUTLET.sub("", dates.without_dates(outlet)).strip()
            if len(days) > 1 or not dates.is_outlet_name(named) or dates.full_dates(named)[0]:
                continue
            pieces[i].reason = furniture.DATELINE
            found.set("source", named, "publication named above the story")
            label = re.sub(r"\s+in\s*:?\s*$", "", text[: m.start("outlet")]).lower()
            found.add_date(_text_priority(label), days[0], "text", f'dateline: "{text}"')
            if mismatch:
                found.warnings.append(f'the weekday in "{text}" does not match its date')
            return
        if not dates.is_outlet_name(outlet) or dates.full_dates(outlet)[0]:
            continue
        pieces[i].reason = furniture.BYLINE
        pieces[target].reason = furniture.BYLINE
        found.set("source", outlet, "publication named above the story")
        return


_FIELD_LABEL_ALONE = re.compile(
    r"^(?P<label>from|published|first\s+published|last\s+updated|updated|last\s+modified)\s*:?$",
    re.I,
)
_FROM_INLINE = re.compile(r"^from\s*:\s*(?P<value>\S.{1,150})$", re.I)
#: Letters after a politician's name ("Lena Marsh MP"): a person beside the issuing body.
_MEMBER_LETTERS = re.compile(r"\s(?:MP|MSP|MS|MLA|MEP|TD|AM|KC|QC)\.?$")
_ISSUERS = re.compile(r"((?:(?<!\s)\s+)?[,;]\s*|(?<!\s)\s+and\s+|(?<!\s)\s+&\s+)")


def _issuing_body(value: str) -> str | None:
    """The organisation a "From:" line names first ("Department for Transport and Lena Marsh
    MP": the department; the minister beside it is not a byline). An "and" inside a body's
    name ("Department of Health and Care") joins words, not bodies, unless a person follows."""
    if "@" in value or len(value.split()) > 24:
        return None
    parts = _ISSUERS.split(value.strip(" ."))
    name = ""
    for n in range(0, len(parts), 2):
        part = parts[n].strip()
        if not part:
            continue
        if _MEMBER_LETTERS.search(part) or (dates.is_person_name(part) and not _names_a_body(part)):
            if name:
                break
            continue
        if name and parts[n - 1].strip() in (",", ";"):
            break  # a list of bodies: the first one leads
        name = f"{name}{parts[n - 1]}{part}" if name else part
    if name[:1].isupper() and len(name.split()) <= 12:
        return name
    return None


#: A forum thread's line naming who opened it: "Thread starter Ann Lee · Start date 4 Mar".
_THREAD_STARTER = re.compile(
    r"^(?:thread\s+starter|topic\s+starter|started\s+by|original\s+poster|opening\s+post\s+by|"
    r"thread\s+(?:author|creator))\s*:?\s+(?P<name>[^·•|,;]{2,60}?)"
    r"(?:\s*(?:[·•|,;]|\s-\s|\bstart(?:ed)?\s+(?:date|on)\b|\bon\s+\d).*)?$",
    re.I,
)
#: Names a forum gives to no one in particular.
_NO_POSTER = frozenset(["admin", "administrator", "moderator", "guest", "anonymous", "staff"])


def _thread_starter(pieces: list[Piece], found: Found) -> None:
    """A forum thread is its opening post, and the person who started the thread wrote it.

    Forums print the starter in the thread's head; a member name with an underscore or a
    digit ("DJ_Harker") is that member's name on the forum, and stands for the person."""
    for piece in pieces[:40]:
        if not (piece.kept or piece.reason == furniture.OUTSIDE_MAIN_TEXT):
            continue
        if len(piece.text) > 160:
            continue
        m = _THREAD_STARTER.match(piece.text.strip())
        if m is None:
            continue
        name = m.group("name").strip()
        member = re.fullmatch(r"[A-Za-z][\w.-]{2,29}", name) is not None and bool(
            re.search(r"[_\d]", name)
        )
        if name.lower() in _NO_POSTER or not (dates.is_person_name(name) or member):
            return
        found.set("author", name, "the forum thread's starter")
        piece.reason = furniture.BYLINE
        return


#: A member's rank on a forum, printed under the member's name beside each post.
_MEMBER_RANK = (
    r"(?:(?:senior|junior|new|active|valued|well-known|established|registered|full|veteran|"
    r"elite|premium|regular|trusted|verified|supporting|platinum|gold|silver|bronze)\s+)?"
    r"(?:member|poster|contributor)|(?:super\s+|global\s+)?moderator|administrator|newbie|"
    r"lurker|banned"
)
#: "HarbourWatcherSenior member": name and rank glued when the panel's cells had no space.
#: The name is one handle ("seabird_22") or capitalised words ("Mira Kovac"): "She has been
#: a senior member" is a sentence about a member.
_RANK_LINE = re.compile(
    r"^(?P<name>|[^\s.!?:;]{1,30}?|[A-Z][\w'’-]*?(?:\s+[A-Z][\w'’.-]*?){1,3}?)\s*"
    rf"(?P<rank>(?i:{_MEMBER_RANK}))$"
)
_PANEL_LABEL = (
    r"(?:joined|join\s+date|member\s+since|registered|posts|messages|reaction\s+score|"
    r"reputation|likes(?:\s+received)?|points|trophy\s+points|karma|threads|solutions|location)"
)
#: "Joined: Mar 2019", "Posts: 1,204", or the two glued as one line.
_PANEL_STATS = re.compile(rf"^(?:(?i:{_PANEL_LABEL})\s*:?\s*[^:]{{1,30}}?\s*){{1,6}}$")


def _is_panel_stats(text: str) -> bool:
    return (
        len(text) <= 160 and _PANEL_STATS.match(text) is not None and bool(re.search(r"\d", text))
    )


_RANK_THEN_SPACE = re.compile(rf"(?i:{_MEMBER_RANK})\s+")
#: Every rank ends in one of these words; a line with none of them (almost every paragraph of a
#: story) is no panel, and saying so by substring is far cheaper than trying the rank's
#: alternatives at each character of a long document's every paragraph.
_RANK_WORDS = (
    "member",
    "poster",
    "contributor",
    "moderator",
    "administrator",
    "newbie",
    "lurker",
    "banned",
)


def _panel_name(text: str) -> str | None:
    """The member's name in a panel printed on one line ("Ann Lee Senior member Joined: Mar
    2019 Posts: 12"), or "" for a panel line with no name, or None for no panel line."""
    folded = text.lower()
    if not text.isascii():
        # the letters a case-blind pattern also takes for "i" and "s", which lower() keeps
        folded = text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()
    if not any(word in folded for word in _RANK_WORDS):
        return None
    for m in _RANK_THEN_SPACE.finditer(text):
        rank = _RANK_LINE.match(text[: m.end()].rstrip())
        if rank is not None and _is_panel_stats(text[m.end() :]):
            return rank.group("name").strip()
    return None


def _member_panels(pieces: list[Piece], found: Found) -> None:
    """The panel a forum prints beside each post: the member's name, rank ("Senior
    member"), join date and post count. It says who wrote the post, not what was written,
    however the page marks it up; the first post's member, who opened the thread, is its
    author when nothing else named one."""
    first_name: str | None = None
    for i, piece in enumerate(pieces):
        if not (piece.kept or piece.reason == furniture.OUTSIDE_MAIN_TEXT):
            continue
        panel: list[int] = []
        name: str | None = None
        one_line = _panel_name(piece.text) if len(piece.text) <= 200 else None
        if one_line is not None:
            panel, name = [i], one_line or None
        elif _is_panel_stats(piece.text) and not (i and _is_panel_stats(pieces[i - 1].text)):
            stats = [i]
            while stats[-1] + 1 < len(pieces) and _is_panel_stats(pieces[stats[-1] + 1].text):
                stats.append(stats[-1] + 1)
            above = i - 1
            rank = _RANK_LINE.match(pieces[above].text) if above >= 0 else None
            if rank is not None:
                stats.append(above)
                name = rank.group("name").strip() or None
                above -= 1
            elif len(stats) < 2:
                continue  # one stat alone ("Location: Leeds") is no panel
            if name is None and above >= 0:
                line = pieces[above].text.strip()
                if 1 <= len(line.split()) <= 4 and not re.search(r"[.!?:,;]$", line):
                    stats.append(above)
                    name = line
            panel = stats
        if not panel:
            continue
        for j in panel:
            if pieces[j].kept:
                pieces[j].reason = furniture.MEMBER_PANEL
        if first_name is None:
            first_name = name or ""
    if first_name:
        member = re.fullmatch(r"[A-Za-z][\w.-]{2,29}", first_name) is not None
        if first_name.lower() not in _NO_POSTER and (dates.is_person_name(first_name) or member):
            found.set("author", first_name, "the member's panel beside the thread's first post")


def _labelled_fields(pieces: list[Piece], found: Found) -> None:
    """Metadata printed as labels with their values, as government and agency pages print it:
    "From:" the issuing body, "Published" and "Last updated" with the date after the label, on
    its own line or beside it. The body it is "From:" is the source (the portal hosting the
    page is not); the lead paragraph between the headline and these fields is a standfirst.
    """
    if found.is_email:
        return  # an e-mail's From: header is read as a header
    open_ = [
        i for i, p in enumerate(pieces[:80]) if p.kept or p.reason == furniture.OUTSIDE_MAIN_TEXT
    ]
    first_field: int | None = None
    n = 0
    while n < len(open_):
        i = open_[n]
        if len(pieces[i].text) > 300:
            if first_field is not None:
                break
            n += 1
            continue
        text = dates.strip_edges(pieces[i].text).strip()
        if _story_sized(text) and first_field is not None:
            break
        alone = _FIELD_LABEL_ALONE.match(text)
        inline = None if alone else _FROM_INLINE.match(text)
        if alone and n + 1 < len(open_):
            label = alone.group("label").lower()
            targets = [i, open_[n + 1]]
            value = dates.strip_edges(pieces[open_[n + 1]].text).strip()
        elif inline:
            label, targets, value = "from", [i], inline.group("value")
        else:
            n += 1
            continue
        if label == "from":
            body = _issuing_body(value)
            if body is None:
                n += 1
                continue
            found.source = body
            found.field_origins["source"] = 'the body the page is "From:"'
            reason = furniture.BYLINE
        else:
            days, _ = dates.full_dates(value[:80], found.numeric_order)
            if not days or len(value.split()) > 10:
                n += 1
                continue
            updated = "updat" in label or "modif" in label
            priority = PRIORITY_TEXT_UPDATED if updated else PRIORITY_TEXT_FIRST_PUBLISHED
            found.add_date(priority, days[0], "text", f'dateline: "{label} {value[:60]}"')
            reason = furniture.DATELINE
        for t in targets:
            pieces[t].reason = reason
        if first_field is None:
            first_field = i
        n += len(targets)
    _foot_datelines(pieces, found)
    if first_field is None:
        return
    title = next(
        (i for i, p in enumerate(pieces[:first_field]) if p.reason == furniture.TITLE), None
    )
    if title is None:
        return
    for piece in pieces[title + 1 : first_field]:
        if piece.kept and len(piece.text.split()) >= 6:
            piece.reason = furniture.STANDFIRST


#: A document's series and number, printed under its title: "Briefing paper 7", "Report
#: No. 12", "Working Paper 2025/03", "Issue 41".
_DOCUMENT_NUMBER = re.compile(
    r"^(?:(?:briefing|research|policy|discussion|working|occasional|position|technical|white|"
    r"consultation|background|information)\s+)?(?:paper|note|brief(?:ing)?|report|bulletin|issue|"
    r"series|memo(?:randum)?|factsheet|fact\s+sheet)\s+(?:no\.?\s*|number\s+|#\s*)?"
    r"[\dIVXivx][\w./-]{0,12}$",
    re.I,
)
_MONTH_AND_YEAR = re.compile(rf"^{dates.MONTH_NAME}\.?\s+\d{{4}}$", re.I)


def _series_line(text: str) -> bool:
    """ "Policy Paper 7 | February 2025": the series, number and issue of a document, set
    above or below its title; never its headline."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", text.strip()) if p.strip()]
    if len(parts) < 2 or len(parts) > 4:
        return False
    series = [p for p in parts if _DOCUMENT_NUMBER.match(p) or dates.REPORT_KIND.match(p)]
    rest = [p for p in parts if p not in series]
    # A part giving the day ("Published 28 January 2025") makes it a date line, read as one.
    return bool(series) and all(_MONTH_AND_YEAR.match(p) for p in rest)


#: A field of an official record's head: "Notice ID: 4812377", "Publication date: 6 March 2025".
#: Written in sentence case ("Notice ID", "Date of publication"), where a heading with a
#: colon is in title case ("Highways Act 1980: Stopping Up ...").
_RECORD_FIELD = re.compile(
    r"^(?P<label>[A-Z][a-z'’]*(?:\s+(?:[a-z][a-z'’()/-]*|[A-Z]{2,3})){0,3})\s*:\s+"
    r"(?P<value>\S.{0,80})$"
)
_KNOWN_FIELD = re.compile(
    r"^(?:title|source|authors?|by|date|url|link|published|posted|updated|modified|from|to|cc|"
    r"subject|sent|tags?|category|before|between|site|outlet|publication|section|created|"
    r"filed|words|length|language|court|judges?|case|summary|status|"
    # a forum member's panel, read by its own rule
    r"joined|member\s+since|posts|messages|reputation|likes(?:\s+received)?|points|"
    r"trophy\s+points|karma|threads|solutions|location)$",
    re.I,
)
#: The fields that give the day a record was published.
_PUBLICATION_FIELD = re.compile(
    r"^(?:(?:date\s+of\s+)?(?:publication|issue|release)(?:\s+date)?|(?:publication|issue|release)"
    r"\s+date|published(?:\s+on)?|date\s+published|date\s+issued|issued(?:\s+on)?)$",
    re.I,
)


def _record_fields(pieces: list[Piece], found: Found) -> None:
    """A gazette's or a register's head: lines of "Label: value" stacked one under another
    ("Notice type", "Notice ID", "Publication date"). They describe the record, not its text;
    the publication field dates it as a printed "Published" line does. One such line alone
    may be the text's own ("Update: ..."), so two in a row at least."""
    head = list(itertools.islice((i for i, p in enumerate(pieces) if p.kept), 10))
    runs: list[list[tuple[int, re.Match[str]]]] = [[]]
    for i in head:
        text = pieces[i].text.strip()
        if len(text) > 600 or _story_sized(text):
            break
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        fields = [m for ln in lines if (m := _RECORD_FIELD.match(ln))]
        if lines and len(fields) == len(lines):
            runs[-1] += [(i, m) for m in fields]
        elif runs[-1]:
            runs.append([])
    for run in runs:
        # The fields other rules read (a copy's "Source:", "By:", a judgment's "Date:") are
        # left to them: a record's head has fields of its own kind.
        own = [(i, m) for i, m in run if not _KNOWN_FIELD.match(m.group("label"))]
        if len(own) < 2 or any(dates.read_meta_line(m.group(0)) for _, m in own):
            continue
        for i, m in own:
            pieces[i].reason = furniture.FIELD_LINES
            if not _PUBLICATION_FIELD.match(m.group("label")):
                continue
            days = dates.full_dates(m.group("value"), found.numeric_order)[0]
            if days:
                found.add_date(
                    PRIORITY_TEXT_PUBLISHED, days[0], "text", f'the record\'s field: "{m.group(0)}"'
                )
        _heading_under_fields(pieces, run[-1][0], found)


def _heading_under_fields(pieces: list[Piece], last_field: int, found: Found) -> None:
    """The record's heading comes under its fields, just above its text: a line taken for the
    headline above the fields is the publication's tagline ("Official public record")."""
    shown = [i for i, p in enumerate(pieces[:last_field]) if p.reason == furniture.TITLE]
    after = [i for i in range(last_field + 1, min(len(pieces), last_field + 4)) if pieces[i].kept]
    if not shown or len(after) < 2 or found.field_origins.get("title") != "first line":
        return
    heading, text = pieces[after[0]], pieces[after[1]].text
    words = len(heading.text.split())
    if not (3 <= words <= 25 and _title_like(heading.text) and _sentence_shaped(text, 12)):
        return
    for i in shown:
        pieces[i].reason = furniture.SECTION_LABEL
        if found.source is None and _masthead(pieces[i].text):
            pieces[i].reason = furniture.NAVIGATION
            found.set("source", pieces[i].text.strip(), "masthead above the record")
    for piece in pieces[shown[0] : last_field]:
        if piece.kept and len(piece.text.split()) <= 6:
            piece.reason = furniture.SECTION_LABEL  # the publication's tagline
    heading.reason = furniture.TITLE
    found.title = heading.text.strip()
    found.field_origins["title"] = "the record's heading under its fields"


#: A printed record's cover names the body it was printed for: "Printed for the use of the
#: Committee on Transportation and Infrastructure".
_PRINTED_FOR = re.compile(
    r"^printed\s+for\s+the\s+use\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.;]{3,100}?)\.?$", re.I
)
#: How far below its title a document's cover may run before the title is printed again.
_COVER_PIECES = 30


def _cover_page(pieces: list[Piece], found: Found) -> None:
    """A printed record (a hearing, a report) has a cover: the title, the bodies, the session,
    the date, a serial number; its text begins where the title is printed again. Everything
    between is the cover's, read for the date and the body it was printed for, not the text."""
    title = next((i for i, p in enumerate(pieces[:20]) if p.reason == furniture.TITLE), None)
    if title is None:
        return
    key = furniture.text_key(pieces[title].text)
    again = next(
        (
            j
            for j in range(title + 1, min(len(pieces), title + _COVER_PIECES))
            # the title printed again is a short line: a long paragraph is never read here
            if len(pieces[j].text) <= 300 and furniture.text_key(pieces[j].text) == key
        ),
        None,
    )
    if again is None or any(p.kept and _story_sized(p.text) for p in pieces[title + 1 : again]):
        return
    dated = False
    for piece in pieces[title + 1 : again + 1]:
        if not piece.kept:
            continue
        text = piece.text.strip()
        m = _PRINTED_FOR.match(text)
        if m and found.source is None:
            found.set("source", m.group("body").strip(), "the body the record was printed for")
        facts = dates.read_meta_line(text, found.numeric_order) if len(text) <= 80 else None
        if not dated and facts is not None and facts.dates and not facts.authors:
            # The day on the cover ("TUESDAY, FEBRUARY 25, 2025") is the record's own.
            found.add_date(PRIORITY_TEXT_PUBLISHED, facts.dates[0], "text", f'the cover: "{text}"')
            dated = True
        piece.reason = furniture.OUTSIDE_MAIN_TEXT
    _place_under_heading(pieces, title, again)


#: A heading dated where it is printed: "Department Press Briefing – March 11, 2025".
_DATED_HEADING = re.compile(r"^(?P<heading>.{6,120}?)\s+[–—-]\s+(?P<when>[^–—-]{6,40})$")
#: A speaker's label opening a transcript's turn: "MS OSEI:", "QUESTION:", "Mr. WHITFIELD.".
_SPEAKER_LABEL = re.compile(r"^(?:(?:MR|MRS|MS|DR)\.?\s+)?[A-Z][A-Z'’-]{2,}(?:\s[A-Z'’-]{2,})?:\s")


def _record_heading_over_name(pieces: list[Piece], found: Found) -> None:
    """A name taken for the title from a record's first line (the site's "Hansard", the
    organ's "Security Council", the issuer's "Department of State of X") when the record's
    own heading is printed just below it: under the volume and date line ("Volume 763:
    debated on ..."), under a meeting's number as a long heading, or as a heading dated where
    it is printed ("Department Press Briefing – March 11, 2025"). The heading is the title;
    the issuer's name, or the line naming the publisher under a site's name, is the source."""
    if found.field_origins.get("title") != "first line":
        return
    at = next((i for i, p in enumerate(pieces[:12]) if p.reason == furniture.TITLE), None)
    if at is None:
        return
    name = pieces[at].text.strip()
    near = [j for j in range(at + 1, min(len(pieces), at + 8)) if pieces[j].kept]
    heading: int | None = None
    issuer: str | None = None
    labels: list[int] = []
    for n, j in enumerate(near):
        if len(pieces[j].text) > 300:
            return  # the text has begun: a record's head is short lines
        text = pieces[j].text.strip()
        later = [pieces[k].text for k in near[n + 1 : n + 2]]
        facts = dates.read_meta_line(text, found.numeric_order) if len(text) <= 80 else None
        dated = m = _DATED_HEADING.match(text)
        if (
            m
            and not dates.full_dates(m.group("heading"))[0]
            and dates.full_dates(m.group("when"))[0]
        ):
            # The issuer above a heading that carries its own date.
            if _names_a_body(name) and _title_like(m.group("heading")):
                heading, issuer = j, name
                for day in dates.full_dates(m.group("when"))[0][:1]:
                    found.add_date(PRIORITY_TEXT_PUBLISHED, day, "text", f'the heading: "{text}"')
            break
        if (
            facts is not None
            and facts.dates
            and not facts.authors
            and len(name.split()) <= 2
            # the publisher and the chamber stand between the site's name and the date line
            and labels
            and all(len(pieces[k].text.split()) <= 4 for k in labels)
        ):
            # A site's name over its publisher, the chamber, then the record's date line.
            nxt = near[n + 1] if n + 1 < len(near) else None
            if (
                nxt is not None
                and _title_like(pieces[nxt].text)
                and len(pieces[nxt].text.split()) <= 12
            ):
                heading = nxt
                issuer = next((pieces[k].text.strip() for k in labels[:1]), None)
            break
        if (
            dated is None
            # an organ's name is short and names a body ("Security Council", "General Assembly")
            and (_names_a_body(name) or (len(name.split()) <= 3 and dates.is_outlet_name(name)))
            and 6 <= len(text.split()) <= 40
            and not text.endswith(".")
            and later
            and _story_sized(later[0])
            # the meeting's number or the document's symbol between the organ and the heading
            and any(re.search(r"\d", p.text) for p in pieces[at + 1 : j])
        ):
            # An organ's name, a meeting's number, then the summary's long headline; the
            # organisation the organ belongs to heads the page above it.
            heading = j
            issuer = next(
                (
                    p.text.strip()
                    for p in pieces[:at]
                    if p.reason != furniture.NAVIGATION
                    and len(p.text.split()) <= 4
                    and dates.is_outlet_name(p.text.strip())
                    and not re.search(r"\d", p.text)
                ),
                None,
            )
            break
        labels.append(j)
    if heading is None:
        return
    pieces[at].reason = furniture.SECTION_LABEL
    for j in labels:
        if j < heading:
            pieces[j].reason = furniture.SECTION_LABEL
    pieces[heading].reason = furniture.TITLE
    found.title = pieces[heading].text.strip()
    found.field_origins["title"] = "the record's heading under its name"
    if issuer:
        found.set("source", issuer, "the record's name over its heading")
    _speaker_line_under_heading(pieces, heading)


def _speaker_line_under_heading(pieces: list[Piece], heading: int) -> None:
    """A transcript's short lines between its heading and the first speaker's label (who
    speaks, the room, the time) are the heading's, not the text."""
    run: list[int] = []
    for j in range(heading + 1, min(len(pieces), heading + 8)):
        text = pieces[j].text.strip()
        if _SPEAKER_LABEL.match(text):
            for k in run:
                pieces[k].reason = furniture.OUTSIDE_MAIN_TEXT
            return
        if (
            pieces[j].kept
            and not dates.has_clock(text)
            and (len(text.split()) > 8 or text.endswith("."))
        ):
            return
        run.append(j)


#: The place a record was made, alone on a line ending in a full stop: "Washington, DC.",
#: "Edinburgh, Scotland.".
_PLACE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, [A-Z][\w.'’ -]{1,30}\.$")


def _place_under_heading(pieces: list[Piece], title: int, again: int) -> None:
    """Where the text begins, a record prints its heading again (the date, the house, the
    committee) and the place it sat in ("Washington, DC."): the place line is the heading's
    too, not the text's first paragraph."""
    cover = {furniture.text_key(p.text.rstrip(",")) for p in pieces[title : again + 1]}
    for j in range(again + 1, min(len(pieces) - 1, again + 10)):
        piece = pieces[j]
        if not piece.kept or furniture.text_key(piece.text.rstrip(",")) in cover:
            continue
        text = piece.text.strip()
        # the text under it may still be hard-wrapped lines: a line of words opens it
        opens_text = len(pieces[j + 1].text.split()) >= 8
        if len(text.split()) <= 6 and _PLACE_LINE.match(text) and opens_text:
            piece.reason = furniture.OUTSIDE_MAIN_TEXT
        return


def _series_labels(pieces: list[Piece]) -> None:
    """A series line in a document's head labels it, above or below the title."""
    for piece in itertools.islice((p for p in pieces if p.kept), 6):
        if len(piece.text) > 300 or _story_sized(piece.text):
            return
        if len(piece.text) <= 120 and _series_line(piece.text):
            piece.reason = furniture.SECTION_LABEL


_BODY_WORDS = frozenset(
    ["trust", "council", "institute", "department", "ministry", "agency", "foundation",
     "commission", "office", "authority", "service", "police", "association", "union",
     "centre", "center", "university", "society", "committee", "federation", "network",
     "observatory", "alliance", "coalition", "board", "inspectorate", "ombudsman", "charity",
     "fund", "bank", "organisation", "organization", "group", "unit", "partnership",
     "forum", "bureau", "directorate", "secretariat", "consortium", "league", "chamber",
     "institution", "council", "tribunal", "regulator", "lab", "labs", "laboratory",
     "collective", "initiative"]
)  # fmt: skip


#: Formats whose text is laid out by its author on pages (no site chrome around a story).
DOCUMENT_FORMATS = frozenset({"pdf", "docx", "odt"})


def no_author_for_release(article: RawArticle, properties: str) -> None:
    """A press release or a statement names no author (the person in the file's properties
    is the press officer who saved it): an author taken from ``properties`` is dropped when
    the document is marked as a release ("PRESS RELEASE" above it, "ENDS" below)."""
    if not article.field_origins.get("author", "").startswith(properties):
        return
    release = any(
        b.reason == furniture.PRESS_RELEASE_END
        or (not b.kept and dates.DOCUMENT_TYPE.match(b.text.strip().rstrip(":")))
        or (not b.kept and furniture.single_block_reason(b.text) == furniture.PRESS_RELEASE_END)
        for b in article.blocks
    )
    if release:
        article.warnings.append(
            f'the file names "{article.author}" as its author; a press release has no byline'
        )
        article.author = None
        article.field_origins.pop("author", None)


def _nothing_above_title(pieces: list[Piece]) -> None:
    """In a document the story starts below its headline: what is printed above it (a
    letterhead, "PRESS RELEASE", a reference) is a label. Not on web pages, where a missed
    headline would take the story's opening with it."""
    title = next((i for i, p in enumerate(pieces[:20]) if p.reason == furniture.TITLE), None)
    if title is None:
        return
    for piece in pieces[:title]:
        if piece.kept and not _story_sized(piece.text):
            # Still read for a date or a byline, as lines outside a page's main text are.
            piece.reason = furniture.OUTSIDE_MAIN_TEXT


def _body_above_title(pieces: list[Piece], found: Found, *, document: bool = False) -> None:
    """A report's or a release's top: the issuing body's name printed above the headline
    (a letterhead, a report's imprint) is the source, whatever else stands between them
    (an address, "PRESS RELEASE", a date). Lines above the headline are never the story.

    In a ``document`` (a Word, OpenDocument or PDF file, which has no site menu), the first
    line is its masthead when it names an outlet with a word of its own ("The Fenland
    Review"): a paper's page saved as a document prints its name first."""
    if found.source is not None:
        return
    title = next((i for i, p in enumerate(pieces[:20]) if p.reason == furniture.TITLE), None)
    if title is None:
        return
    for index, piece in enumerate(pieces[:title]):
        if not (
            piece.kept or piece.reason in (furniture.OUTSIDE_MAIN_TEXT, furniture.SECTION_LABEL)
        ):
            continue
        text = dates.strip_edges(piece.text).strip()
        masthead = (
            document
            and index == 0
            and 2 <= len(text.split()) <= 6
            and dates.has_outlet_word(text)
            and not text.isupper()
            and not dates.DOCUMENT_TYPE.match(text)
            and dates.read_meta_line(text) is None
        )
        cells = [c.strip() for c in text.split(" | ")] if document and " | " in text else []
        if (
            len(cells) >= 2
            and _letterhead_name(cells[0])
            and _ADDRESS_LINE.search(" ".join(cells[1:])) is not None
            and len(text.split()) <= 40
        ):
            # A letterhead set as a table's row: "Tarn Valley Hospice | Fellside Road, ...".
            piece.reason = furniture.BYLINE
            found.set("source", cells[0], "the body named above the title")
            return
        if masthead or (
            (_names_a_body(text) or (document and _name_over_address(pieces, index, title)))
            and len(text.split()) <= 8
            and not text.endswith((".", "!", "?", ":"))
            and dates.read_meta_line(text) is None
            and not _is_menu_item(text)
        ):
            piece.reason = furniture.BYLINE
            found.set("source", text, "the body named above the title")
            return


#: A letterhead's address or contact line: a postcode, a telephone number, a web or e-mail
#: address, a street number.
_ADDRESS_LINE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b|(?:tel|phone|fax)\b|"
    r"\+?\d[\d ()-]{7,}\d|www\.|@[\w-]+\.|\b\d{1,4}\s+[A-Z][a-z]+\s+(?:Street|Road|Lane|Avenue|Way)\b"
)


def _letterhead_name(text: str) -> bool:
    """A short name in capitals or title case with no figures: "Tarn Valley Hospice"."""
    words = text.split()
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in text):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_SMALL for w in words)


def _name_over_address(pieces: list[Piece], index: int, title: int) -> bool:
    """A document's letterhead: a short name in capitals or title case, no figures in it,
    right over its address or contact line, above the headline ("Tarn Valley Hospice" over
    "Fellside Road, Appleby CA16 6XX | 01768 555 100")."""
    text = dates.strip_edges(pieces[index].text).strip()
    if index + 1 >= title or not _letterhead_name(text):
        return False
    below = pieces[index + 1].text.strip()
    return len(below.split()) <= 25 and _ADDRESS_LINE.search(below) is not None


#: "Statement from the Ashcombe Flood Group": a headline that names who issued the text.
_ISSUED_BY_TITLE = re.compile(
    r"^(?:joint\s+)?(?:statement|press\s+release|news\s+release|message|open\s+letter|"
    r"update|notice|response)\s+(?:from|by)\s+(?:the\s+)?(?P<body>[^,:;.!?]{3,80})$",
    re.I,
)


def _issuer_in_title(found: Found) -> None:
    if found.source is not None or found.title is None:
        return
    m = _ISSUED_BY_TITLE.match(found.title.strip())
    if m is not None and _names_a_body(m.group("body")):
        found.set("source", m.group("body").strip(), "the body the headline names as issuing it")


def _names_a_body(text: str) -> bool:
    """ "Coastal Research Institute", "Northfield Housing Trust", "Tolvern Systems, Inc.": an
    organisation's name."""
    words = {w.lower().strip(".,()") for w in text.split()}
    if text[:1].isupper() and words & _COMPANY_FORMS and _organisation_name(text.strip()):
        return True
    # The body's word is part of its name, capitalised: "Harbour trust votes to dredge" is
    # a headline about a trust, not the trust's name.
    named = any(w.strip(".,()").lower() in _BODY_WORDS and w[:1].isupper() for w in text.split())
    return named and text[:1].isupper() and len(words) <= 8


#: Capitalised small words a Title Case headline carries after its subject ("Votes To
#: Dredge", "Backs Plan After Review") and an organisation's name does not.
_HEADLINE_SMALL_WORDS = frozenset(
    ["to", "as", "for", "after", "over", "with", "amid", "in", "on", "at", "from", "into",
     "against", "before", "despite", "by", "up", "out", "off"]
)  # fmt: skip


#: Verbs headlines put after a plural subject, in their base form ("City Police Launch
#: Knife Amnesty", "Teachers Reject Pay Offer"): no organisation's name goes on with them.
_HEADLINE_VERBS = frozenset(
    ["launch", "back", "reject", "approve", "agree", "vote", "call", "warn", "plan", "seek",
     "win", "lose", "face", "cut", "raise", "open", "close", "urge", "demand", "probe",
     "say", "scrap", "delay", "hike", "ban", "defend", "deny", "admit", "unveil", "announce"]
)  # fmt: skip


def _headline_over_summary(first: str, second: str) -> bool:
    """ "Regional Water Board Approves Emergency Drought Measures" over "Hosepipe ban to
    start on Friday": a Title Case headline whose subject is an organisation, over a summary
    in sentence case, is the headline, not an issuer's name above one. An issuer's name is
    a noun phrase ("Centre for Cities", "Department for Education"): when the word after its
    body word is a small one, only a longer line with no comma is taken for a headline."""
    words = first.split()
    if len(words) < 5 or not _title_case_headline(first) or not _sentence_case(second):
        return False
    body_at = max(i for i, w in enumerate(words) if w.strip(".,()\"'“”‘’").lower() in _BODY_WORDS)
    if words[body_at + 1].lower() in _HEADLINE_SMALL_WORDS:
        return len(words) >= 6 and "," not in first
    return True


def _sentence_case(text: str) -> bool:
    """Whether ``text`` is written in sentence case: after its first word, most words that
    are not names' are in lower case ("Hosepipe ban to start on Friday")."""
    words: list[str] = re.findall(r"[^\W\d_][\w'’-]*", text)[1:]
    if len(words) < 3:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 2 > len(words)


def _title_case_headline(text: str) -> bool:
    """ "Harbour Trust Votes To Dredge Eastern Channel": a headline in Title Case whose
    subject is an organisation, not the organisation's name. After the name's last body word
    comes a verb in the present ("Votes", "Backs") or a capitalised small word ("To")
    followed by more words."""
    words = [w.strip(".,()\"'“”‘’") for w in text.split()]
    last_body = max((i for i, w in enumerate(words) if w.lower() in _BODY_WORDS), default=None)
    if last_body is None or len(words) - last_body < 3:
        return False
    follower = words[last_body + 1]
    if not follower[:1].isupper() or follower.isupper():
        return False
    low = follower.lower()
    if low in _HEADLINE_SMALL_WORDS or low in _HEADLINE_VERBS:
        return True
    # "Votes", "Backs", "Approves": a verb of the present after the subject; not a plural
    # that can be part of a name ("Services", "Affairs", "Relations").
    return (
        low.endswith("s")
        and not low.endswith(("ss", "ies", "ions", "ics", "ers", "ices", "airs", "ents"))
        and low not in _BODY_WORDS
    )


_COMPANY_STOP = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Plc|plc|Pty|Bhd)\.$")
#: A company's legal form at the end of its name.
_COMPANY_FORMS = frozenset(
    ["inc", "ltd", "plc", "llc", "corp", "corporation", "limited", "ag", "gmbh", "sa", "nv", "se"]
)
#: A company's or a body's yearly report named by its kind and year: "Annual Report 2024",
#: "Annual Report and Accounts 2023/24".
_REPORT_TITLE = re.compile(
    r"^(?:annual|interim|half[-\s]year|sustainability|integrated)\s+(?:report|review)"
    r"(?:\s+and\s+accounts)?\s+(?:19|20)\d\d(?:[/-]\d{2,4})?$",
    re.I,
)


def _lines_under_title(pieces: list[Piece], found: Found) -> None:
    """The short lines between a document's title and its date line: the body that issued it
    ("Northfield Housing Trust", the source) and the series and number it bears ("Briefing
    paper 7", a label), as reports and briefings print them."""
    # A page's headline may be set aside as outside its main text before it is known as such.
    title = _title_index(pieces, found)
    if title is None:
        return
    under = pieces[title + 1] if title + 1 < len(pieces) else None
    if under is not None and under.kept and _DOCUMENT_NUMBER.match(under.text.strip()):
        # A series and number just under the title ("Briefing note 7") labels the document.
        under.reason = furniture.SECTION_LABEL
    between: list[Piece] = []
    for piece in pieces[title + 1 : title + 6]:
        if piece.reason in (furniture.DATELINE, furniture.BYLINE):
            break
        if len(piece.text) > 200:
            _outlet_over_wire_copy(between, piece, found, pieces)
            return
        text = dates.strip_edges(piece.text).strip()
        if piece.kept and _section_label(text):
            between.append(piece)  # "EXCLUSIVE:" / "BREAKING!": a label, whatever ends it
            continue
        if not piece.kept or len(text.split()) > 8 or text.endswith((".", "!", "?", ":")):
            _outlet_over_wire_copy(between, piece, found, pieces)
            return
        between.append(piece)
    else:
        return  # no date line below: these lines may be the story's own
    for piece in between:
        text = dates.strip_edges(piece.text).strip()
        if _DOCUMENT_NUMBER.match(text) or dates.REPORT_KIND.match(text):
            piece.reason = furniture.SECTION_LABEL
        elif _names_people(text):
            # "Hanna Ruud and Piotr Zawada" under a brief's title: its authors, as a byline.
            piece.reason = furniture.BYLINE
            found.set("author", text, "the people named under the title")
        elif _names_a_body(text):
            piece.reason = furniture.BYLINE
            found.set("source", text, "the body named under the title")
        elif _section_label(text) and _named_elsewhere(text, piece, pieces, found):
            # "Daily News" over the date line of a copy that says "told the Daily News" or
            # "© 2026 Daily News", or comes from dailynews.co.uk: a name of generic words, but
            # the page's own name for its outlet.
            piece.reason = furniture.BYLINE
            found.set("source", masthead_case(text), "the outlet named under the title")
        elif _section_label(text):
            # "BREAKING NEWS", "LIVE", "World News" over the date line: the story's label, set
            # aside, and no outlet (a section's words name none).
            piece.reason = furniture.SECTION_LABEL
        elif _outlet_under_title(masthead_case(text)):
            # "Meridian Wire" / "The Quayside Packet" on its own line over the date, as a
            # copied story keeps its outlet: the outlet, before any agency code in the dateline.
            # Printed in capitals ("THE QUAYSIDE PACKET"), it is read as the name it spells.
            piece.reason = furniture.BYLINE
            found.set("source", masthead_case(text), "the outlet named under the title")


def _subtitle_over_byline(pieces: list[Piece], found: Found) -> None:
    """ "The old structure holds back more than water, and the plan skips the hard questions"
    between a post's headline and its writer's name and date: a subtitle, which blog
    platforms set under the headline as a standfirst, no part of the text. Read only where
    the line can be nothing else: one line in sentence case, ending in no stop, with the
    byline or the date line right under it, in a copy of a platform's post (its pitch, or
    its like and comment counts by the share button under the date). A paper's standfirst
    copied as text stays with the story, as its copies print it."""
    title = _title_index(pieces, found)
    if title is None or title + 2 >= len(pieces) or not _copy_of_a_platform_post(pieces, title):
        return
    line, below = pieces[title + 1], pieces[title + 2]
    text = line.text.strip()
    if not line.kept or below.reason not in (furniture.BYLINE, furniture.DATELINE):
        return
    if not 6 <= len(text.split()) <= 40 or _ENDS_A_SENTENCE.search(text):
        return
    if not _sentence_case(text) or dates.wire_dateline(text) is not None:
        return
    line.reason = furniture.STANDFIRST


#: Saved web pages, whose markup sets the headline, the standfirst and the byline apart.
_PAGE_FORMATS = frozenset({"html", "mhtml"})
#: The longest standfirst read by its place alone: a line, not a lead paragraph.
_STANDFIRST_WORDS = 30


def _standfirst_over_byline(pieces: list[Piece], found: Found) -> None:
    """ "Islanders face weeks without a car ferry as the only vessel goes to dry dock." set
    between a page's headline and its byline or date line, in the same markup as the story:
    the page's standfirst, no part of the text (the story starts under the byline, as the
    reader sees it). Read on a saved page only (a text copy keeps the line, as its copies
    print it) and only where the line can be nothing else: the only text between the
    headline and the byline, a sentence or two of at most 30 words, no dateline or note's
    label opening it and no one said or told in it (a lead set above the byline), with longer
    paragraphs of the story under the byline (round 54)."""
    title = _title_index(pieces, found)
    if title is None:
        return
    kept = [i for i in range(title + 1, len(pieces)) if pieces[i].kept]
    if len(kept) < 3:
        return
    line, lead = kept[0], kept[1]
    between = pieces[line + 1 : lead]
    if not any(p.reason in (furniture.BYLINE, furniture.DATELINE) for p in between):
        return
    text = pieces[line].text.strip()
    words = len(text.split())
    if not 6 <= words <= _STANDFIRST_WORDS or len(_sentences_of(text)) > 2:
        return
    if dates.wire_dateline(text) is not None or _NOTE_OPENING.match(text):
        return
    if _REPORTED.search(text):
        return  # "..., the council said on Monday.": a lead set above the byline, not a deck
    opening = pieces[lead].text.strip()
    if len(opening.split()) <= words or not opening[:1].isupper():
        return
    pieces[line].reason = furniture.STANDFIRST


#: A news lead tells who said it, in the past tense; a standfirst sums up ("..., operator says").
_REPORTED = re.compile(r"\b(?:said|told|according\s+to|announced|confirmed)\b", re.I)
#: A note opening a story above its byline is the story's own record, not a standfirst.
_NOTE_OPENING = re.compile(
    r"^(?:editor'?s\s+note|note|update[ds]?|correction|clarification|this\s+(?:story|article)\s+"
    r"(?:has\s+been|was)\s+(?:updated|amended|corrected))\b",
    re.I,
)


def _sentences_of(text: str) -> list[str]:
    """The sentences of a short text, split where a stop is followed by a capital."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])", text) if s]


def _copy_of_a_platform_post(pieces: list[Piece], title: int) -> bool:
    """Whether a text copy is a blog platform's post: it closes with the platform's pitch
    ("Thanks for reading X! Subscribe ..."), or shows counts over a "Share" button under its
    writer and date, as such posts do."""
    if any(furniture.is_platform_pitch(p.text) for p in pieces[title:]):
        return True
    head = [p.text.strip() for p in pieces[title + 2 : title + 9]]
    return "Share" in head and any(re.fullmatch(r"\d[\d.,]*[KkMm]?", t) for t in head)


#: How a sentence, a quotation or a label ends.
_ENDS_A_SENTENCE = re.compile(r"[.!?:;\"”’)]\s*$")


def _report_writer_under_title(pieces: list[Piece], found: Found) -> None:
    """ "Report of the Director of Highways" under a council paper's title: the office that
    wrote it, as a byline names a writer; no person to name as its author."""
    title = _title_index(pieces, found)
    if title is None:
        return
    under = next((p for p in pieces[title + 1 : title + 4] if p.kept), None)
    if under is not None and _REPORTED_BY.match(dates.strip_edges(under.text).strip()):
        under.reason = furniture.BYLINE


def _outlet_over_wire_copy(
    between: list[Piece], opening: Piece, found: Found, pieces: list[Piece]
) -> None:
    """One line alone between the headline and the story's first paragraph, read as the source
    when it can be nothing else:

    - over a wire dateline whose agency code is that line's initials ("Morrow Wire" over
      "KELLBY, April 6 (MW) -"): the agency, spelled out;
    - over a wire dateline with another code, a paper's masthead ("Kellby Evening Star" over
      "PORT ALDER, March 3 (MW) -"): the paper that published the agency's copy;
    - over a story with no dateline, a masthead too ("Harrowgate Ledger" over the lead).

    A masthead here names a place or a title of its own, not only a section's words ("World
    News", "Latest News" stay in the body)."""
    if len(between) != 1 or not opening.kept:
        return
    text = dates.strip_edges(between[0].text).strip()
    wire = dates.wire_dateline(opening.text)
    if _section_label(text) and _named_elsewhere(text, between[0], pieces, found):
        # "Daily News" over the story of a copy that names its outlet so elsewhere.
        between[0].reason = furniture.BYLINE
        found.set("source", masthead_case(text), "the outlet named under the title")
        return
    if _section_label(text) and wire is not None:
        # "WORLD NEWS" / "EXCLUSIVE" over a wire dateline: a label, not the outlet. Over a lead
        # with no dateline it stays where it is ("Evening News" may be a paper's short name).
        between[0].reason = furniture.SECTION_LABEL
        return
    if dates.is_person_name(text) or not dates.is_outlet_name(text):
        return
    if wire is not None and wire.agency and _abbreviates(wire.agency, text):
        named = True
    elif wire is not None and not wire.agency:
        named = False
    else:
        named = _named_masthead(text) and (wire is not None or _story_sized(opening.text))
    if named:
        between[0].reason = furniture.BYLINE
        found.set("source", masthead_case(text), "the outlet named under the title")


#: An address written in a copy: its host is read for the outlet's name. A match starts only
#: where a run of the host's characters starts (not after a letter, digit, "_", "." or "-";
#: the dots and dashes that open a run are passed over), so a long run with no host in it
#: ("a-a-a-...") is tried once, not at each of its letters: the time grows with the text,
#: not with its square.
_ADDRESS_HOST = re.compile(
    r"(?<![\w.-])[.-]*+(?:https?://)?(?:www\.)?(?P<host>[a-z0-9][a-z0-9.-]*\.[a-z]{2,})(?:/|\b)",
    re.I,
)


def _named_elsewhere(text: str, line: Piece, pieces: list[Piece], found: Found) -> bool:
    """Whether a line of generic masthead words under the headline ("Daily News", "The
    Evening Post" without its "The") is the name the page itself gives its outlet: written as
    a name in its sentences ("told the Daily News", "Read more from the Daily News"), held
    in its copyright line ("© 2026 Daily News"), or spelled by its address's host
    ("dailynews-carrick.co.uk"). A story's label ("BREAKING NEWS", "LIVE", "World News") is
    not a name, however often the page repeats it."""
    name = masthead_case(text).strip(" .,:;|")
    words = [w.lower() for w in name.split()]
    if not 2 <= len(words) <= 4:
        return False
    if not all(w in _MASTHEAD_GENERIC or w in dates.OUTLET_WORDS for w in words):
        return False
    if not any(w in dates.OUTLET_WORDS for w in words) or words[0] in _NEVER_A_MASTHEAD:
        return False
    # The name as a name: after "the" or a copyright mark, in its own capitals.
    mention = re.compile(
        rf"(?i:\bthe\s+|©\s*|\bcopyright\s+(?:©\s*)?)(?:(?:19|20)\d\d\s+)?{re.escape(name)}\b"
    )
    compact = "".join(words)
    hosts = [found.url or ""] + [p.text for p in pieces if p is not line]
    for host_text in hosts:
        for m in _ADDRESS_HOST.finditer(host_text):
            if compact in re.sub(r"[^a-z]", "", m.group("host").lower()):
                return True
    return any(p is not line and mention.search(p.text) for p in pieces)


def _label_above_headline(piece: Piece, pieces: list[Piece], found: Found) -> bool:
    """A section's or a story's label above the headline ("LOCAL NEWS", "World News",
    "BREAKING NEWS"): words no masthead is made of alone, unless the page names its outlet so
    elsewhere. A paper's short name of generic words ("Daily News", "Evening News") is still
    read as a masthead there."""
    text = dates.strip_edges(piece.text).strip()
    if not _section_label(text):
        return False
    words = [w.strip(".,:;!'’|-–—").lower() for w in text.split()]
    words = [w for w in words if w]
    labelled = words[0] in _NEVER_A_MASTHEAD or all(
        w in _STORY_LABEL_WORDS or w in dates.SECTION_WORDS for w in words
    )
    return labelled and not _named_elsewhere(text, piece, pieces, found)


#: First words of a story's label that no masthead opens with ("Breaking News", "Latest
#: News", "Top News", "World News").
_NEVER_A_MASTHEAD = frozenset(["breaking", "latest", "top", "world", "local", "national",
                               "international", "global", "regional", "new"])  # fmt: skip


#: Words a section or a masthead shares, which name no outlet by themselves ("Evening News").
_MASTHEAD_GENERIC = frozenset(
    ["the", "breaking", "latest", "top", "daily", "evening", "morning", "weekly", "sunday",
     "national", "regional", "international", "global", "world", "local", "new"]
)  # fmt: skip


def _named_masthead(text: str) -> bool:
    """A masthead with a name of its own ("Kellby Evening Star", "Harrowgate Ledger"), not a
    section's words ("World News", "Latest News")."""
    if not _masthead(text):
        return False
    words = [w.strip(".,'’").lower() for w in text.split()]
    return any(
        w
        and w not in _MASTHEAD_GENERIC
        and w not in dates.SECTION_WORDS
        and w not in dates.OUTLET_WORDS
        for w in words
    )


#: Words of a label a story is printed under, beside a section's ("Exclusive", "Live").
_STORY_LABEL_WORDS = frozenset(
    ["exclusive", "breaking", "live", "updated", "update", "updates", "developing", "just",
     "in", "explainer", "special", "top", "stories", "story", "headlines", "latest", "news"]
)  # fmt: skip


def _section_label(text: str) -> bool:
    """A line of a section's or a story label's words only ("BREAKING NEWS", "LIVE",
    "EXCLUSIVE", "World News", "Latest News"), which names no outlet. A line opening with
    "The" is a name ("The Daily News"), and a word of its own makes one ("Harrowgate News")."""
    words = [w.strip(".,:;!'’|-–—").lower() for w in text.split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 4 or words[0] == "the":
        return False
    return all(
        w in _STORY_LABEL_WORDS or w in _MASTHEAD_GENERIC or w in dates.SECTION_WORDS for w in words
    )


def _outlet_under_title(text: str) -> bool:
    """An outlet's name as a copy prints it between the headline and the date line: a masthead
    ("Meridian Wire"), or a short capitalised name opening with "The" ("The Quayside
    Packet"); never a person's name."""
    if dates.is_person_name(text):
        return False
    if _masthead(text):
        return True
    return text.startswith("The ") and len(text.split()) <= 5 and dates.is_outlet_name(text)


def _names_people(text: str) -> bool:
    """A line of one to four people's names and nothing else ("A, B and C")."""
    names = [n for n in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text) if n.strip()]
    return 1 <= len(names) <= 4 and all(
        dates.is_person_name(n) and not _names_a_body(n) for n in names
    )


def _foot_datelines(pieces: list[Piece], found: Found) -> None:
    """ "Published 13 January 2025" printed below the story (government pages repeat their
    dates at the foot): a labelled date line there dates the page as one in its head would."""
    last_story = max((i for i, p in enumerate(pieces) if p.kept and _story_sized(p.text)),
                     default=None)  # fmt: skip
    if last_story is None:
        return
    for piece in pieces[last_story + 1 : last_story + 12]:
        text = piece.text.strip()
        if not piece.kept or len(text) > 120 or not _PUBLISHED_LABEL.match(text):
            continue
        facts = dates.read_meta_line(text, found.numeric_order)
        if facts is None or facts.authors or not facts.dates:
            continue
        piece.reason = furniture.DATELINE
        for day, label in zip(facts.dates, facts.date_labels, strict=True):
            found.add_date(_text_priority(label), day, "text", f'dateline at the foot: "{text}"')


def _story_sized(text: str) -> bool:
    """A paragraph of reporting: a full sentence of some length."""
    return len(text.split()) >= 15 and text.rstrip().endswith((".", '"', "”", "!", "?"))


def _known_author_lines(pieces: list[Piece], found: Found) -> None:
    """The author's name printed on its own near the headline ("Nikhil Rao", "Farid Osmani in
    Perth", "Duncan Achterberg, Industry Correspondent") when the page's metadata already
    named the author: it is the byline, not the story's first paragraph."""
    if not found.author:
        return
    names = [furniture.text_key(n) for n in re.split(r",\s*|\s+and\s+", found.author) if n]
    names = [n for n in names if len(n.split()) >= 2]
    if not names:
        return
    open_ = [p for p in pieces if p.kept][:_META_WINDOW]
    for piece in open_:
        text = dates.strip_edges(piece.text).strip()
        if len(text.split()) > 10 or text.endswith((".", "?", "!")):
            continue
        key = furniture.text_key(re.sub(r"^by\s+", "", text, flags=re.I))
        if any(key == n or key.startswith(n + " ") for n in names):
            piece.reason = furniture.BYLINE


_PUBLISHED_LABEL = re.compile(
    r"^(?:first\s+)?(?:published|posted|submitted)|^dated\b|^issued\b|^publi[ée]|^ver[öo]ffentlicht|^publicado|^pubblicato|"
    r"^gepubliceerd",
    re.I,
)


def _text_priority(label: str) -> int:
    """How much a date in the text is trusted as the publication date, by its label."""
    if "updated" in label or "modified" in label:
        return PRIORITY_TEXT_UPDATED
    if _PUBLISHED_LABEL.match(label.strip()):
        return PRIORITY_TEXT_FIRST_PUBLISHED
    return PRIORITY_TEXT_PUBLISHED if label else PRIORITY_TEXT_LINE


#: How much earlier a printed publication date may be than the machine's and still be the
#: same story's first publication (a page moved to a new system keeps its printed date).
_PRINTED_EARLIER_DAYS = 400


def _first_publication_printed(found: Found) -> None:
    """A printed "Published ..." date in the story's head that is earlier than the page's
    machine publication date wins over it: the publication is the first one, and a later
    machine date records a re-publication or the page's move to a new system. A printed date
    without that label (often the last update) never overrides the metadata."""
    machine = [c.value for p, c in found.candidates if p == PRIORITY_META_PUBLISHED]
    if not machine:
        return
    first_machine = min(machine)
    for n, (priority, candidate) in enumerate(found.candidates):
        if priority != PRIORITY_TEXT_FIRST_PUBLISHED:
            continue
        gap = (first_machine - candidate.value).days
        # A day apart is the time zone the two were written in, not a re-publication.
        if 1 < gap <= _PRINTED_EARLIER_DAYS:
            found.candidates[n] = (PRIORITY_META_PUBLISHED - 1, candidate)
            found.warnings.append(
                f"the page's metadata dates it {first_machine.isoformat()}, but it prints an "
                f"earlier publication date, {candidate.value.isoformat()}, which is used"
            )
            return


def _is_menu_item(text: str) -> bool:
    bare = text.strip().rstrip(":")
    words = bare.split()
    # Menu items are a few words; longer blocks are never asked (this runs on every import).
    if len(words) > 5:
        return False
    if furniture.single_block_reason(bare) == furniture.NAVIGATION:
        return True
    if bare.lower().replace("’", "'") in dates.MENU_PHRASES:
        return True
    # "Home News Sport Business": a copied menu bar, its items run together on one line.
    return 1 <= len(words) <= 5 and all(w.lower().strip("&") in dates.SECTION_WORDS or w == "&"
                                        for w in words)  # fmt: skip


_MENU_BUTTONS = frozenset({furniture.NAVIGATION, furniture.NEWSLETTER, furniture.SHARE_BUTTONS})


def _menu_word_between(pieces: list[Piece], i: int) -> bool:
    """A one- or two-word capitalised line inside a copied menu ("Walks" between "Food" and
    "Subscribe"): a section the menu names, though not one of the usual ones."""
    words = dates.strip_edges(pieces[i].text).split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if pieces[i].text.rstrip().endswith((".", "?", "!", ":")):
        return False
    following = next((p for p in pieces[i + 1 : i + 4] if p.kept), None)
    return following is not None and (
        _is_menu_item(following.text)
        or furniture.single_block_reason(following.text) in _MENU_BUTTONS
    )


def _head_navigation(pieces: list[Piece], found: Found) -> None:
    """The site menu a browser copy starts with: "Skip to content", "News", "Sport"...

    A run of at least three menu lines near the top is navigation. The masthead copied among
    them ("The Wrenfield Guardian") is kept aside too, and names the outlet if nothing better
    does. The run ends at the first line that is neither, which is where the article starts.
    """
    # A consent notice copied above everything is not where the page starts.
    lead = [
        i
        for i, p in enumerate(pieces[:16])
        if p.kept and furniture.single_block_reason(p.text) != furniture.COOKIE_BANNER
    ][:4]
    start = next((i for i in lead if _is_menu_item(pieces[i].text)), None)
    if start is None:
        return
    run: list[int] = []
    masthead: int | None = None
    before = [i for i in lead if i < start]
    if before and len(dates.strip_edges(pieces[before[-1]].text).split()) <= 5:
        # The line just above the menu bar is the masthead, whatever words the name uses.
        line = dates.strip_edges(pieces[before[-1]].text).strip()
        if dates.is_outlet_name(line) and furniture.single_block_reason(line) is None:
            masthead = before[-1]
    for i in range(start, min(len(pieces), start + 40)):
        piece = pieces[i]
        if not piece.kept:
            continue
        if _is_menu_item(piece.text):
            run.append(i)
        elif furniture.single_block_reason(piece.text) in _MENU_BUTTONS:
            continue  # "Subscribe", "Sign in" among the menu items: judged as themselves later
        elif _menu_word_between(pieces, i):
            run.append(i)
        elif (
            masthead is None
            and dates.has_outlet_word(piece.text)
            and dates.is_outlet_name(piece.text)
            and i + 1 < len(pieces)
            and _is_menu_item(pieces[i + 1].text)
        ):
            masthead = i
        else:
            break
    if len(run) < 3:
        return
    for i in run:
        pieces[i].reason = furniture.NAVIGATION
    if masthead is not None:
        pieces[masthead].reason = furniture.NAVIGATION
        # The masthead names the outlet that published this copy; a byline further down may
        # name the agency that wrote it ("By Jana Petrova, Reuters"), which is not the source.
        found.set(
            "source", dates.strip_edges(pieces[masthead].text).strip(), "masthead in the menu"
        )


_ROLE_LINE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:correspondent|reporter|editor|writer|columnist|"
    r"contributor|journalist|producer|analyst)(?:,\s*[A-Z][\w .'’-]{1,40})?$",
    re.I,
)
_OUTLET_WITH_PLACE = re.compile(r"^(?P<outlet>[^,]{2,60}),\s*(?P<place>[A-Z][\w .'’-]{1,40})$")


def _outlet_line(text: str) -> str | None:
    """The outlet named by a line below a byline: "Westland News", "Northfield News, Vessen"."""
    bare = dates.strip_edges(text).strip()
    m = _OUTLET_WITH_PLACE.match(bare)
    if m and dates.has_outlet_word(m.group("outlet")) and dates.is_outlet_name(m.group("outlet")):
        return m.group("outlet").strip()
    if dates.is_person_name(bare) or furniture.single_block_reason(bare) is not None:
        return None
    if dates.is_outlet_name(bare) and len(bare.split()) <= 5 and not _ROLE_LINE.match(bare):
        return bare
    return None


def _name_lines(pieces: list[Piece], found: Found) -> None:
    """A byline without "By": a name on its own line, then the outlet, a role or the date.

    Copies of pages that print the author above the outlet ("Imogen Tell" / "Northfield News")
    or above the date say who wrote the story only by that order. Blog platforms and photo-led
    pages print the name twice (under the avatar and beside it) or put a Follow or Share
    button after it, before the story begins. A name followed by anything else (a paragraph,
    a heading) is left alone.
    """
    if found.author is not None:
        return
    open_ = (
        i
        for i, p in enumerate(pieces)
        if (p.kept or p.reason in _HEAD_REASONS)
        and furniture.single_block_reason(p.text) != furniture.SEPARATOR
    )
    # Only the head of the page is searched: judging every line of a long text here would
    # cost as much as judging its furniture. A story that starts below the window starts
    # below every name line in it, as the length of the page does.
    window = list(itertools.islice(open_, _META_WINDOW + 4))
    story_from = next((i for i in window if _story_sized(pieces[i].text)), len(pieces))
    for n, i in enumerate(window):
        piece = pieces[i]
        name = _name_without_role(dates.strip_edges(piece.text).strip())
        if not piece.kept or name is None:
            continue
        if n + 1 >= len(window):
            return
        j = window[n + 1]
        nxt = pieces[j]
        outlet = _outlet_line(nxt.text) if nxt.kept else None
        role = nxt.kept and _ROLE_LINE.match(nxt.text.strip()) is not None
        dated = nxt.reason == furniture.DATELINE
        twice = nxt.kept and furniture.text_key(nxt.text) == furniture.text_key(piece.text)
        button = (
            nxt.kept
            and i < story_from
            and furniture.single_block_reason(nxt.text)
            in (furniture.SHARE_BUTTONS, furniture.PAGE_WIDGET)
        )
        if not (outlet or role or dated or twice or button):
            continue
        if twice:
            nxt.reason = furniture.BYLINE
            # The role or outlet line then follows the second copy of the name.
            after = pieces[window[n + 2]] if n + 2 < len(window) else None
            if after is not None and after.kept:
                outlet = _outlet_line(after.text)
                if outlet or _ROLE_LINE.match(after.text.strip()):
                    after.reason = furniture.BYLINE
        piece.reason = furniture.BYLINE
        if dated and not (outlet or role or twice or button) and _names_a_body(name):
            # The body that issued the document ("Morrow Civic Society") over its date is
            # shaped like a name, but its words make it a body's: no one's byline.
            return
        found.set("author", name, "name line above the outlet"
                  if outlet else "name line above the date" if dated else "name line")  # fmt: skip
        if outlet or role:
            nxt.reason = furniture.BYLINE
        if outlet:
            found.set("source", outlet, "line below the author's name")
        elif n > 0:
            # "Kestrel Coast Times" / "Rowan Abernethy" / "15 November 2024": the outlet
            # printed above the name instead of below it.
            prev = pieces[window[n - 1]]
            above = _outlet_line(prev.text) if prev.kept else None
            if above and _masthead(above):
                prev.reason = furniture.BYLINE
                found.set("source", above, "line above the author's name")
        return


def _name_without_role(text: str) -> str | None:
    """The person a name line names: "Aiko Morimoto", or "Aiko Morimoto, Staff Writer"."""
    if dates.is_person_name(text):
        return text
    name, comma, role = text.partition(",")
    if comma and _ROLE_LINE.match(role.strip()) and dates.is_person_name(name.strip()):
        return name.strip()
    return None


_HEAD_REASONS = frozenset({furniture.DATELINE, furniture.BYLINE, furniture.OUTSIDE_MAIN_TEXT})


def _title_without_outlet(found: Found) -> None:
    """ "Headline - Outlet" as a title loses the outlet's name once the outlet is known."""
    if not found.title or not found.source:
        return
    parts = _TITLE_SEPARATOR.split(found.title)
    if len(parts) < 2:
        return
    outlet = furniture.text_key(found.source)
    if furniture.text_key(parts[-1]) == outlet:
        rest = found.title[: found.title.rfind(parts[-1])]
        found.title = rest.rstrip(" |-–—·:»")
    elif furniture.text_key(parts[0]) == outlet:
        found.title = found.title[len(parts[0]) :].lstrip(" |-–—·:»")
    else:
        return
    found.field_origins["title"] = (
        found.field_origins.get("title", "metadata") + ", outlet name removed"
    )


#: A kicker: the label some outlets set before a headline to say what kind of item it is.
#: In capitals any of these; in ordinary case only the ones that are never a headline's own
#: first word before a colon ("Analysis: ..." and "Opinion: ..." can be a column's name).
#: "Live:" in ordinary case is the live page's own name for itself ("Live: Storm Edna -
#: latest", the headline as the page shows it, round 53), so only "LIVE:" is a label.
_KICKER = re.compile(
    r"^(?:(?:EXCLUSIVE|WATCH|LIVE|BREAKING(?:\s+NEWS)?|JUST\s+IN|DEVELOPING|UPDATED?|VIDEO|"
    r"LISTEN|PICTURES|PHOTOS|REVEALED|ANALYSIS|EXPLAINER|OPINION|EDITORIAL|PODCAST|"
    r"FACT[\s-]CHECK|IN\s+PICTURES|IN\s+PHOTOS|FACTBOX|TIMELINE|COMMENT|Q\s?&\s?A)|"
    r"(?:Exclusive|Watch|Breaking(?:\s+news)?|Just\s+in|Video|Listen|Revealed))\s*(?::|\|)\s*(?=\S)"
)


def _kicker_words(text: str) -> bool:
    """Whether ``text`` could be a kicker run into a headline: one to three short words."""
    return 1 <= len(text.split()) <= 3 and len(text) <= 30


#: An agency's tag run on to its headline with a hyphen: "UPDATE 1-", "RPT-", "WRAPUP 2-",
#: "EXCLUSIVE-", "FACTBOX-" say which version of the story this is, not what it says.
_WIRE_TAG = re.compile(
    r"^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|ANALYSIS|FACTBOX|"
    r"INSIGHT|PREVIEW|TIMELINE|SPECIAL\s+REPORT|BREAKINGVIEWS|FEATURE|INTERVIEW|"
    r"WRAPUP|URGENT)(?:\s+\d{1,2})?-)+(?=[A-Z0-9'\"‘“])"
)


def without_kicker(title: str) -> str:
    """A headline without the kicker before it ("EXCLUSIVE: ...", "LIVE: ...", "Watch: ...")."""
    m = _KICKER.match(title) or _WIRE_TAG.match(title)
    if m is None or len(title[m.end() :].split()) < 3:
        return title
    return title[m.end() :]


def _title_without_kicker(found: Found) -> None:
    if not found.title:
        return
    bare = without_kicker(found.title)
    if bare != found.title:
        found.title = bare
        found.field_origins["title"] = (
            found.field_origins.get("title", "metadata") + ", kicker removed"
        )


def _is_standalone_dateline(text: str) -> bool:
    wire = dates.wire_dateline(text)
    return wire is not None and wire.standalone


#: What a live blog's entry stamp holds beside its date: the time, a zone, a weekday, marks.
_STAMP_REST = re.compile(
    r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|"
    r"\b(?:at|GMT|BST|UTC|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|AEST|AEDT)\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|[\s,·|•–—-]+",
    re.I,
)
#: A live blog shows at least this many stamped entries.
_LIVE_ENTRIES = 3
#: A live entry's heading is a short line without a sentence's stop.
_ENTRY_HEADING_WORDS = 12


def entry_stamp_day(text: str, order: dates.NumericOrder) -> date | None:
    """The day of a live-blog entry's stamp: a line holding a date with its time of day and
    nothing else ("11 March 2026, 09:40", "Tue 10 Mar 2026 21.40 GMT")."""
    line = text.strip()
    if len(line) > 48 or not dates.has_clock(line):
        return None
    days, _ = dates.full_dates(line, order)
    if len(days) != 1:
        return None
    return days[0] if not _STAMP_REST.sub("", dates.without_dates(line)) else None


def _clock_lines_in_running_text(pieces: list[Piece]) -> None:
    """A clock alone in its paragraph is set aside as a page's time stamp, as a live entry's
    stamp over each entry is. Inside the story, a run of them one under another ("07:40",
    "09:30", "13:15"), or any under a line that ends in a colon ("The first sailing leaves
    at:"), even at the story's foot, is no stamp but a timetable in the story's words, and
    stays. A live entry's stamp stands alone, between the end of one entry and the start of
    the next."""
    i = 0
    while i < len(pieces):
        if not (
            pieces[i].reason == furniture.PAGE_WIDGET and furniture.is_clock_time(pieces[i].text)
        ):
            i += 1
            continue
        end = i
        while (
            end + 1 < len(pieces)
            and pieces[end + 1].reason == furniture.PAGE_WIDGET
            and furniture.is_clock_time(pieces[end + 1].text)
        ):
            end += 1
        before = pieces[i - 1] if i > 0 else None
        after = pieces[end + 1] if end + 1 < len(pieces) else None
        # Under a line that ends in a colon the clocks are its list, at the story's foot too.
        introduced = before is not None and before.kept and before.text.rstrip().endswith(":")
        inside = before is not None and before.kept and after is not None and after.kept
        if introduced or (inside and end > i):
            for piece in pieces[i : end + 1]:
                piece.reason = None
                piece.settled = True
        i = end + 1
    _live_entry_clock_lines(pieces)


def _live_entry_clock_lines(pieces: list[Piece]) -> None:
    """A live page's entries each under a clock alone in its paragraph ("16:30", "14:02 GMT",
    "11.40 GMT"): with three or more of them, each over kept text, the clocks are the
    entries' stamps and part of the body as printed (dev d07's convention, round 53), as the
    stamps a <time> marks are since round 49. One or two such clocks stay furniture: a time
    printed in the page's head, not a run of entries."""
    stamps = [
        i
        for i, piece in enumerate(pieces[:-1])
        if piece.reason == furniture.PAGE_WIDGET
        and furniture.is_clock_time(piece.text)
        and pieces[i + 1].kept
        and not furniture.is_clock_time(pieces[i + 1].text)
    ]
    if len(stamps) < _LIVE_ENTRIES:
        return
    for i in stamps:
        stamp, heading = pieces[i], pieces[i + 1]
        stamp.reason = None
        stamp.settled = True
        below = pieces[i + 2] if i + 2 < len(pieces) else None
        if (
            below is not None
            and below.kept
            and len(heading.text.split()) <= _ENTRY_HEADING_WORDS
            and not heading.text.rstrip().endswith((".", "!", "?", ":", '"', "”"))
            and len(below.text.split()) > len(heading.text.split())
        ):
            # "17.05 GMT" / "Talks resume at conciliation service" / the text: the stamp
            # stands under the entry's heading, as round 49 sets a <time>'s.
            stamp.text, heading.text = heading.text, stamp.text
            stamp.kind, heading.kind = heading.kind, stamp.kind


def _live_blog_opening(pieces: list[Piece], found: Found) -> None:
    """A live blog opens on the day of its first entry, in whichever order the page shows
    the entries (newest first, the first entry is at the foot): with three or more entries
    stamped over two days or more, the earliest stamp dates the blog, before the stamp that
    happens to stand under the headline. Only a stamp heading story text counts: a comment's
    or a teaser's heads none."""
    stamps: list[tuple[date, str]] = []
    for i, piece in enumerate(pieces):
        day = entry_stamp_day(piece.text, found.numeric_order)
        if day is not None and any(p.kept for p in pieces[i + 1 : i + 4]):
            stamps.append((day, piece.text.strip()))
    if len(stamps) < _LIVE_ENTRIES or len({day for day, _ in stamps}) < 2:
        return
    day, text = min(stamps)
    found.add_date(PRIORITY_TEXT_PUBLISHED, day, "text", f'the live blog\'s first entry: "{text}"')


def _wire_dateline(pieces: list[Piece], found: Found) -> None:
    for piece in [p for p in pieces if p.kept][:3]:
        if _use_wire_dateline(piece.text, found):
            return


def _masthead_named_by_address(pieces: list[Piece], found: Found) -> None:
    """A line above the headline that spells the page's web address ("The North Sea
    Register" over northsearegister.example) is its masthead: the outlet whose copy this is.
    Found before the wire dateline is read, so that an agency whose copy the paper ran
    ("OSLO (NWS) -") is not taken for the outlet."""
    if found.source is not None or not found.title or not found.url:
        return
    host = (split_address(found.url).hostname or "").removeprefix("www.")
    labels = {label for label in host.split(".")[:-1] if len(label) >= 4}
    title = furniture.text_key(found.title)
    for piece in pieces[:10]:
        if len(piece.text) > 400:
            return  # a paragraph of the story: the masthead is above it
        key = furniture.text_key(piece.text)
        if key == title or _story_sized(piece.text):
            return
        if not 1 <= len(key.split()) <= 6:
            continue
        letters = key.removeprefix("the ").replace(" ", "")
        if letters in labels or key.replace(" ", "") in labels:
            found.set(
                "source",
                masthead_case(dates.strip_edges(piece.text).strip()),
                "masthead above the headline",
            )
            if piece.kept:
                piece.reason = furniture.NAVIGATION
            return


def _use_wire_dateline(text: str, found: Found) -> bool:
    """Record what a wire dateline ("SEOUL, Jan. 13 (Reuters) —") says; False if none."""
    wire = dates.wire_dateline(text)
    if wire is None:
        return False
    quoted = re.split(r"\s(?:—|–|--|-|_)(?:\s|$)|\s*:\s", text[:120])[0].strip()
    if wire.when and wire.when not in quoted and wire.when in text[:120]:
        # "ASHBY — March 3, 2027 —": the date set off with dashes is quoted with its place.
        quoted = text[: text.index(wire.when) + len(wire.when)].strip()
    for day in wire.dates:
        found.add_date(PRIORITY_WIRE_DATELINE, day, "text", f'dateline: "{quoted}"')
    for month, mday in wire.partial:
        _partial_date(found, month, mday, quoted)
    if wire.agency and not any(
        name == "source" and origin in _MASTHEAD_ORIGINS for name, _, origin in found.fallbacks
    ):
        # A paper that shows its own masthead runs the agency's copy as its own: the agency
        # stays visible in the dateline, and the paper is the source.
        found.set("source", wire.agency, "dateline")
    return True


#: Where a page names its own outlet by its masthead (the logo, or the name linking home).
_MASTHEAD_ORIGINS = frozenset({"alt text of the site's logo", "link to the site's home page"})


def _partial_date(found: Found, month: int, day: int, quoted: str) -> None:
    """A month and day with no year: usable only next to a full date that fixes the year."""
    anchors = [c for _, c in found.candidates]
    for anchor in anchors:
        best: date | None = None
        for year in (anchor.value.year - 1, anchor.value.year, anchor.value.year + 1):
            try:
                guess = date(year, month, day)
            except ValueError:
                continue
            if abs(guess - anchor.value) <= timedelta(days=45) and (
                best is None or abs(guess - anchor.value) < abs(best - anchor.value)
            ):
                best = guess
        if best is not None:
            found.add_date(
                PRIORITY_WIRE_DATELINE,
                best,
                "text",
                f'dateline: "{quoted}" (year from {anchor.evidence})',
            )
            return
    found.warnings.append(
        f'"{quoted}" gives a month and day but no year, so it does not date the article'
    )


_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|\bcopyright(?:ed)?\b|\ball\s+rights\s+reserved\b|\b(?:19|20)\d\d\b|[-–]|\bltd\b|\binc\b|"
    r"^\s*(?:all\s+)?(?:site\s+|web\s*site\s+)?(?:content|contents|material|text)\s+(?:is\s+)?|"
    # A year in Roman numerals, as a broadcaster prints it: "© FCH MMIII".
    r"\b(?-i:M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\b|"
    r"\blimited\b|\bllc\b|\bplc\b|\bco\b\.?|\bcorp\b\.?|\bcompany\b",
    re.I,
)
#: Holders that are the state, not a publisher: "© Crown copyright" covers every office of a
#: government, so it names none of them (the page's crest or masthead does).
_STATE_COPYRIGHT = frozenset(
    ["crown", "the crown", "king s printer", "queen s printer", "state", "government"]
)
_SUBSCRIBE_TO = re.compile(
    r"^(?i:subscribe\s+to|sign\s*up\s+(?:for|to))\s+(?:the\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})"
    r"(?:['’]s?)?(?:\s|[.!:]|$)"
    # A blog platform's pitch under a post: "Thanks for reading Lantern Lines! Subscribe ...".
    r"|^(?i:thanks?\s+(?:you\s+)?for\s+reading)\s+(?:the\s+)?"
    r"(?P<read>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})[!.]\s",
)


def _outlet_tagline_at_foot(pieces: list[Piece], found: Found) -> None:
    """ "Central Europe Wire – independent news from the region" below the story: the outlet
    naming itself and its motto is the site's foot, not the story's last paragraph."""
    kept = [p for p in pieces if p.kept]
    if found.source is None or len(kept) < 2:
        return
    last = kept[-1]
    text = dates.strip_edges(last.text).strip()
    if not text.casefold().startswith(found.source.casefold()):
        return
    rest = text[len(found.source) :]
    if rest and rest[0] not in " -–—|:·•,":
        return  # "Central Europe Wireless ...": a longer name, not this one
    motto = rest.strip(" -–—|:·•,")
    if len(motto.split()) <= 12 and not motto.endswith((".", "!", "?", '"', "”")):
        last.reason = "page footer"


#: What an outlet asks of its readers or says of them in a note set apart at its foot.
_PROMOTION_WORD = re.compile(
    r"\b(?:readers?|readership|subscri(?:be|bers?|ptions?)|volunteers?|donat(?:e|ions?)|join|"
    r"members(?:hip)?|supporters?|support\s+(?:us|our|independent)|paying|sign\s+up|"
    r"circulation|free\s+trial)\b"
    # Who reads it and how long it has been at work: "is read by 1,500 water professionals",
    # "is read in 40 countries", "has covered the oil industry since 1974".
    r"|\bis\s+read\s+(?:by|in|across)\b"
    r"|\bhas\s+(?:covered|reported\s+on|served|chronicled|followed)\b[^.]{0,60}?\bsince\s+"
    r"(?:1[89]|20)\d\d\b",
    re.I,
)
#: A note about the story itself, which stays with it however it is set.
_NOTE_ON_THE_STORY = re.compile(
    r"\b(?:correct(?:ion|ed)|amended|clarif(?:ication|ied)|earlier\s+version|updated|"
    r"contributed\s+to|additional\s+reporting|this\s+(?:story|article|report)\s+(?:was|is|has))\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:[Oo]ur|us|[Ww]e)\b")


def _promotion_set_apart(pieces: list[Piece], found: Found) -> None:
    """ "*Valley Notes has 1,100 paying readers. Join them for 3 pounds a month.*", "---" then
    "*Our briefings are free: 2,400 subscribers get them every week.*": the story's last
    paragraph set apart from it (in italics whole, or under a rule) that names the outlet, or
    speaks for it as "our", and asks for or counts its readers, members or donors is the
    outlet's promotion of itself. A correction or a note on the story stays."""
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if len(kept) < 3:
        return
    at = kept[-1]
    last = pieces[at]
    under_rule = at > 0 and pieces[at - 1].kind == "separator"
    if not (last.kind == "emphasis" or under_rule) or len(last.text.split()) > 50:
        return
    text = dates.strip_edges(last.text)
    if not _PROMOTION_WORD.search(text) or _NOTE_ON_THE_STORY.search(text):
        return
    if re.search(r"[\"“”]", text):
        return  # '*"Our volunteers will keep going," she said.*': someone quoted in the story
    # "Lowfield Ledger", "Ledger" after "the", "Valley Notes" of "Lakeside Valley Notes".
    words = found.source.split() if found.source else []
    names = {" ".join(words[i:]) for i in range(len(words) - 1)} | {found.source or ""}
    if words and words[-1].lower() in dates.OUTLET_WORDS:
        names.add(f"the {words[-1]}")
    named = any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I) for n in names)
    if named or _FIRST_PERSON.search(text):
        last.reason = furniture.SELF_PROMOTION


#: The issuer a distribution wire names on a release: "SOURCE Halvard Foods Inc." at its foot
#: (in capitals, as the wires print it), "News provided by Halvard Foods Inc." in its head.
_WIRE_SOURCE_LINE = re.compile(r"^SOURCE\s+(?P<name>[A-Z][^\n]{1,100})$")
_PROVIDED_BY = re.compile(r"^(?:news\s+)?provided\s+by:?\s+(?P<name>\S[^\n]{0,100})$", re.I)
_SOURCE_FIELD = re.compile(r"^Source:\s*(?P<name>[A-Z][^\n]{1,100})$")
_TRAILING_DATE = re.compile(
    r"(?<!\s)(?:\s*+[|,·-])?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d\d-\d\d).*$"
)


def _organisation_name(name: str) -> bool:
    """ "Halvard Foods Inc.", "Tolvern Systems, Inc.": capitalised words, a name, no sentence."""
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 10 or not name[:1].isupper() or re.search(r"[!?:]|\.\s", name):
        return False
    minor = {"of", "and", "the", "for", "de", "du", "la", "&", "und", "y"}
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in minor for w in words)


def public_body_name(name: str) -> bool:
    """A public body's full name, longer than an outlet's: "Ministry of Foreign Affairs of the
    Ostrava Republic", "Department for Environment, Food and Rural Affairs"."""
    words = {w.lower().strip(".,") for w in name.split()}
    return _organisation_name(name) and bool(words & _ORGANISATION_WORDS)


def _issuer_of_release(pieces: list[Piece], found: Found) -> None:
    """A release carried by a distribution wire is the issuer's, not the wire's: the company
    the wire says provided it ("News provided by", "SOURCE" at the foot, "Source:" among the
    contacts after the text) is the source, over the wire's own site name."""
    for piece in pieces:
        if len(piece.text) > 1000:
            continue  # the line stands alone or among a few contact lines, never in a paragraph
        for line in piece.text.split("\n"):
            line = line.strip()
            m = _WIRE_SOURCE_LINE.match(line) or _PROVIDED_BY.match(line)
            if m is None and piece.reason == furniture.PRESS_RELEASE_END:
                m = _SOURCE_FIELD.match(line)
            if m is None:
                continue
            name = _TRAILING_DATE.sub("", m.group("name")).strip(" ,;:|")
            if not _organisation_name(name):
                continue
            found.source = name
            found.field_origins["source"] = "the issuer a distribution wire names"
            return


_ABOUT_ISSUER_NAME = re.compile(r"^(?:About|ABOUT)\s+(?P<name>[A-Z][^\n]{1,80}?)\s*:?$")
#: "About Tarnholm: Tarnholm Bakeries was founded in 1961 ...": the heading and the
#: paragraph on one line.
_ABOUT_ISSUER_INLINE = re.compile(r"^About\s+(?P<name>[A-Z][^\n:]{1,80}?):\s+(?P<rest>\S.*)$")
#: "Issued by the Harl Valley Port Authority, 2 March 2027": a release's issuer, said outright.
_ISSUED_BY = re.compile(
    r"^(?:issued|distributed|released)\s+(?:by|on\s+behalf\s+of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^\n]{1,100})$",
    re.I,
)


def _issued_by_line(pieces: list[Piece], found: Found) -> None:
    """A release that names no outlet says who issued it on a line of its own after its end
    mark: "Issued by the Harl Valley Port Authority, 2 March 2027"."""
    if found.source is not None:
        return
    for piece in pieces:
        if piece.reason != furniture.PRESS_RELEASE_END or len(piece.text) > 400:
            continue
        for line in piece.text.split("\n"):
            m = _ISSUED_BY.match(line.strip())
            if m is None:
                continue
            name = _TRAILING_DATE.sub("", m.group("name")).strip(" .,;:|")
            if _organisation_name(name):
                found.set("source", name, "the release's 'Issued by' line")
                return


#: A transcript's heading: "Transcript", "Full transcript", "Episode transcript:".
_TRANSCRIPT_HEADING = re.compile(r"^(?:(?:full|episode|read\s+the)\s+)?transcript\s*:?$", re.I)
#: Speakers' turns under the heading that make what follows it a transcript.
_TRANSCRIPT_TURNS = 3
#: The most an episode's notes over its transcript run to: a story above a transcript of its
#: own (a speech reported, then printed in full) is longer.
_EPISODE_NOTES_WORDS = 90


def _notes_above_transcript(pieces: list[Piece]) -> None:
    """A podcast or video page whose text is a transcript ("Transcript" over the speakers'
    turns, "Mara Ellis: Hello and welcome ..."): the short notes on the episode above the
    heading ("The cod quota has been cut by a fifth. Mara Ellis asks ... Produced by ...")
    are its standfirst, and the transcript is the body."""
    # The next kept piece from each place on, worked out once: looking for the turns under
    # each "Transcript" line by scanning what follows it was quadratic in a text of thousands
    # of such lines (20,000 of them: 23 s on f0bb6211).
    next_kept = [len(pieces)] * (len(pieces) + 1)
    for i in range(len(pieces) - 1, -1, -1):
        next_kept[i] = i if pieces[i].kept else next_kept[i + 1]
    for at, piece in enumerate(pieces):
        if not _TRANSCRIPT_HEADING.match(piece.text.strip()):
            continue
        turns: list[Piece] = []
        i = next_kept[at + 1]
        while i < len(pieces) and len(turns) < _TRANSCRIPT_TURNS:
            turns.append(pieces[i])
            i = next_kept[i + 1]
        if len(turns) < _TRANSCRIPT_TURNS or not all(
            furniture.SPEAKER_TURN.match(p.text) for p in turns
        ):
            continue
        above = [p for p in pieces[:at] if p.kept]
        if not above or any(furniture.SPEAKER_TURN.match(p.text) for p in above):
            return
        if len(above) > 2 or sum(len(p.text.split()) for p in above) > _EPISODE_NOTES_WORDS:
            return
        for p in above:
            p.reason = furniture.STANDFIRST
        return


#: A turn of a recording's transcript opening with its time code: "[00:09] SKIER: ...",
#: "0:15 Alasdair Grant: ...", "(01:02:15) ...".
_TIMED_TURN = re.compile(r"^[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s+\S")
#: Notes on a podcast's episode over its transcript: "In this episode, ...", "this week's
#: podcast", "Listen to the full episode".
_EPISODE_NOTES = re.compile(
    r"\b(?:in\s+(?:this|today['’]s)\s+episode|(?:this|today['’]s|this\s+week['’]s|the\s+full)\s+"
    r"(?:episode|podcast)|(?:on|of)\s+(?:the|our)\s+podcast)\b",
    re.I,
)
#: Untimed paragraphs a timed transcript may hold between two timed turns.
_UNTIMED_IN_TRANSCRIPT = 2
#: How far under its heading a transcript's first turn may stand.
_TRANSCRIPT_REACH = 12


def _timed_transcript_under_story(pieces: list[Piece]) -> None:
    """A story with its video or audio transcript under it ("Transcript" over turns timed
    "[00:09] SKIER: ..."): the time codes say the turns are a recording's, the player's
    transcript (furniture, as its labels are), not a speech the story prints in full. A page
    whose only text is the transcript (short notes above it) is _notes_above_transcript's."""
    kept_above = words_above = 0  # counted as the loop goes: one pass, however many headings
    episode = False
    for at, piece in enumerate(pieces):
        if not _TRANSCRIPT_HEADING.match(piece.text.strip()):
            if piece.kept and words_above <= _EPISODE_NOTES_WORDS:
                kept_above += 1
                words_above += len(piece.text.split())
            if piece.kept and not episode and _EPISODE_NOTES.search(piece.text[:2000]):
                episode = True
            continue
        if episode or (kept_above <= 2 and words_above <= _EPISODE_NOTES_WORDS):
            # A podcast's episode page: its transcript is the body (dev36 t05), however
            # long the notes over it.
            continue
        turns: list[int] = []
        untimed = 0
        for i in range(at + 1, len(pieces)):
            if not turns and i - at > _TRANSCRIPT_REACH:
                break  # no turn near the heading: a run of set-aside lines is no transcript
            if not pieces[i].kept:
                continue
            if _TIMED_TURN.match(pieces[i].text):
                turns.append(i)
                untimed = 0
            elif turns and untimed < _UNTIMED_IN_TRANSCRIPT:
                untimed += 1
            else:
                break
        if len(turns) < 2:
            continue
        if piece.kept:
            piece.reason = furniture.MEDIA_PLAYER
        for i in range(turns[0], turns[-1] + 1):
            if pieces[i].kept:
                pieces[i].reason = furniture.MEDIA_PLAYER


#: A box's label in a text copy: one to four words in capitals ("THE CHARGES", "KEY FACTS").
_CAPITAL_LABEL = re.compile(r"^[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,3}$")
#: An item of a box's list: "- False accounting, two counts", "• Opened: 1869".
_BOX_ITEM = re.compile(r"^[-•*–]\s+\S")
#: A box's field line under its list: "Maximum sentence: 10 years".
_BOX_FIELD = re.compile(r"^[A-Z][\w'’ -]{1,30}:\s+\S")
#: The most words an item or a field line of such a box runs to.
_BOX_LINE_WORDS = 14


def _capital_label_box(pieces: list[Piece]) -> None:
    """A fact box between a text copy's paragraphs, as a page sets one in its own box: a label
    in capitals over a list of short items and field lines that close no sentence ("THE
    CHARGES" / "- Fraud by abuse of position, between January 2019 and March 2025" / "- False
    accounting, two counts" / "Maximum sentence: 10 years"). A list whose items are sentences,
    or a label with no story on both sides of it, is left as printed."""
    kept = [i for i, p in enumerate(pieces) if p.kept]
    for n, at in enumerate(kept[1:-1], start=1):
        if not _CAPITAL_LABEL.match(pieces[at].text.strip()):
            continue
        items = 0
        after = n + 1  # the place in ``kept`` of the first line after the box
        while after < len(kept):
            text = pieces[kept[after]].text.strip()
            short = len(text.split()) <= _BOX_LINE_WORDS and "\n" not in text
            if not short or text.endswith((".", "!", "?")):
                break
            if _BOX_ITEM.match(text) and items == after - n - 1:
                items += 1
            elif not (items >= 2 and _BOX_FIELD.match(text)):
                break
            after += 1
        if items < 2 or after >= len(kept) or not _prose(pieces[kept[n - 1]].text):
            continue
        if not _prose(pieces[kept[after]].text):
            continue
        for i in kept[n:after]:
            pieces[i].reason = furniture.SUMMARY_BOX


#: A gallery's counter on a line of its own: "Photo 3 of 12", "Image 2/8", "4 of 12".
_GALLERY_COUNTER = re.compile(
    r"^(?:(?:photo|image|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$", re.I
)
#: The most words a gallery slide's caption runs to.
_SLIDE_CAPTION_WORDS = 40


def _captions_under_gallery_counters(pieces: list[Piece]) -> None:
    """A gallery slide set between a copy's paragraphs: its counter, its caption and the
    photo's credit ("Photo 1 of 12" / "Firefighters carry a resident along Mill Street." /
    "Photo: Ben Carver/Tarrow Valley Echo"). The counter and the credit were furniture by
    their own words; the caption between them is the slide's too. A line under a counter with
    no credit below it is left as printed (a slide may have no caption, and the story goes
    on under it)."""
    for at in range(len(pieces) - 2):
        if not _GALLERY_COUNTER.match(pieces[at].text.strip()) or pieces[at].kept:
            continue
        caption, credit = pieces[at + 1], pieces[at + 2]
        # The credit's name under it can make a caption read as a note on a writer.
        if (
            (caption.kept or caption.reason == furniture.AUTHOR_BIO)
            and not caption.settled
            and len(caption.text.split()) <= _SLIDE_CAPTION_WORDS
            and "\n" not in caption.text.strip()
            and credit.reason == furniture.IMAGE_CREDIT
        ):
            caption.reason = furniture.CAPTION


#: A video or audio player's label with the recording's length: "Watch: 2 minutes 14
#: seconds", "Video duration 02:14", "Play video, 1:45", "Listen: 3 min".
_PLAYER_LENGTH = re.compile(
    r"^(?:watch|play(?:\s+video)?|video(?:\s+duration)?|listen|audio)\b[\s:,.–—-]*"
    r"(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d+\s*(?:minutes?|mins?|m)\b(?:\s*\d+\s*(?:seconds?|secs?|s)\b)?"
    r"|\d+\s*(?:seconds?|secs?)\b)\s*$",
    re.I,
)
#: The most words a player's caption under its label runs to.
_PLAYER_CAPTION_WORDS = 16


def _caption_under_player_label(pieces: list[Piece]) -> None:
    """The line right under a player's label with the recording's length ("Watch: 2 minutes
    14 seconds" / "Skiers queued from dawn at Glenmora on Saturday") is the video's caption,
    set apart with its label: a short line that closes no sentence."""
    for at, piece in enumerate(pieces[:-1]):
        if not _PLAYER_LENGTH.match(piece.text.strip()):
            continue
        caption = pieces[at + 1]
        text = caption.text.strip()
        if (
            caption.kept
            and not caption.settled
            and len(text.split()) <= _PLAYER_CAPTION_WORDS
            and "\n" not in text
            and not text.endswith((".", "!", "?", ":", "”", '"'))
        ):
            caption.reason = furniture.MEDIA_PLAYER
            if piece.kept:
                piece.reason = furniture.MEDIA_PLAYER


#: Kept paragraphs at the end of a text looked through for its "Issued by X, date" line.
_ISSUED_BY_LAST = 3


def _issued_by_with_date(pieces: list[Piece], found: Found) -> None:
    """A notice or a release signed off at its foot "Issued by the Roads Directorate, Vellmark
    Ministry of Transport, 28 August 2027": the line is no part of the story, and its date is
    the day the text was issued, read as a printed date (``text``) behind any date the page
    states first. Among the last kept paragraphs, or in a release's part after its end mark."""
    kept = [i for i, p in enumerate(pieces) if p.kept][-_ISSUED_BY_LAST:]
    ends = [i for i, p in enumerate(pieces) if p.reason == furniture.PRESS_RELEASE_END]
    for i in sorted({*kept, *ends}):
        piece = pieces[i]
        if len(piece.text) > 400:
            continue
        for line in piece.text.split("\n"):
            m = _ISSUED_BY.match(line.strip())
            if m is None or len(line) > 200:
                continue
            # The issuer's name, then the date closing the line: not a sentence that opens
            # with the words ("Issued by the Met Office on Friday, the warning ...").
            name = _TRAILING_DATE.sub("", m.group("name")).strip(" .,;:|")
            when = m.group("name")[len(name) :]
            days, _ = dates.full_dates(when, found.numeric_order)
            if not days or len(name.split()) > 12:
                continue
            if piece.kept:
                piece.reason = furniture.SIGN_OFF
            found.add_date(PRIORITY_TEXT_LINE, days[-1], "text", "the 'Issued by' line")
            if found.source is None and _organisation_name(name):
                found.set("source", name, "the 'Issued by' line")
            return


def _issuer_about_itself(pieces: list[Piece], found: Found) -> None:
    """A release that names no outlet is its issuer's: the company its "About X" boilerplate
    describes, when the text itself names X ("X today announced ...")."""
    if found.source is not None:
        return
    text = " ".join(p.text for p in pieces if p.kept)
    for piece in pieces:
        if piece.reason != furniture.PRESS_RELEASE_END:
            continue
        first_line = piece.text.strip().split("\n", 1)[0]
        inline = _ABOUT_ISSUER_INLINE.match(first_line)
        m = None if inline is not None else _ABOUT_ISSUER_NAME.match(first_line)
        if m is None and inline is None:
            continue
        name = (m or inline).group("name").strip(" .")  # type: ignore[union-attr]
        if name.isupper():
            # "ABOUT KELDERWICK WATER": the name as the text spells it, when it does.
            spelt = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
            name = spelt.group(0) if spelt else name
        if inline is not None:
            # "About Brannor: Brannor Appliances employs ...": the paragraph's subject gives
            # the name in full when it starts with the heading's.
            subject = re.match(r"(?:[A-Z][\w&'’.-]*\s+)+", inline.group("rest") + " ")
            full = subject.group(0).strip() if subject else ""
            if full.startswith(name) and _organisation_name(full) and len(full.split()) <= 6:
                name = full
        if _organisation_name(name) and name in text:
            found.set("source", name, "the issuer's 'About' paragraph after the release")
        return


def _copyright_holder(line: str) -> str:
    name = _COPYRIGHT_NOISE.sub(" ", line)
    return re.sub(r"\s+", " ", name).strip(" .,;|")


#: Small words an outlet's initials skip: "Agency of the North" is "AN".
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "de", "la", "le", "du", "des", "&"})


def _initials(name: str) -> str:
    """The letters an agency's code takes from its full name: "Southland Press Service" ->
    "SPS", "Agence France-Presse" -> "AFP"."""
    words = re.findall(r"[^\W\d_][\w'’]*", name)
    return "".join(w[0] for w in words if w.lower() not in _INITIALS_SKIP).upper()


#: An agency's name word made of two ("Newswire" is "news" and "wire"): its code may take a
#: letter from each ("Atlas Newswire" is "ANW") or only the first ("BN").
_JOINED_OUTLET_WORD = re.compile(r"(?i)^(news)(wires?|service)$")


def _abbreviates(code: str, name: str) -> bool:
    """Whether an agency's code ("ANW", "SPS") is the initials of ``name``."""
    if _initials(name) == code:
        return True
    words = re.findall(r"[^\W\d_][\w'’]*", name)
    letters = ""
    for word in words:
        if word.lower() in _INITIALS_SKIP:
            continue
        joined = _JOINED_OUTLET_WORD.match(word)
        letters += joined.group(1)[0] + joined.group(2)[0] if joined else word[0]
    return letters.upper() == code


def _copyright_lines(pieces: list[Piece]) -> list[str]:
    lines = [p.text for p in pieces if p.reason == furniture.COPYRIGHT]
    # "... · Terms of Use · © 2025 Dakota Herald": the copyright in the site's foot strip.
    lines += [
        part
        for p in pieces
        if p.reason == furniture.PAGE_FOOTER
        for part in furniture.copyright_parts(p.text)
    ]
    return lines


def _code_spelled_out(pieces: list[Piece], found: Found) -> None:
    """A wire copy whose dateline gives only its agency's code ("(SPS)") and whose copyright
    line spells the agency out ("Copyright 2025 Sorrel Press Service"): the full name, whose
    initials are the code, is the source."""
    code = found.source or ""
    if found.field_origins.get("source") != "dateline" or not re.fullmatch(r"[A-Z]{2,6}", code):
        return
    for field_name, value, origin in found.fallbacks:
        # "By A and B, Associated Press Writers" over "(AP) —": spelled as its writers' job.
        if field_name == "source" and origin == _WRITERS_AGENCY and _abbreviates(code, value):
            found.source = value
            found.field_origins["source"] = f"{origin}, spelling out the dateline's code"
            return
    for line in _copyright_lines(pieces):
        name = _copyright_holder(line)
        if name and _abbreviates(code, name) and dates.is_outlet_name(name):
            found.source = name
            found.field_origins["source"] = "copyright line, spelling out the dateline's code"
            return
    # "Harwood Information Bureau" on its own line beside the byline, over "(HIB) -": the
    # agency's name as its copy prints it, though no word of it says it is an outlet.
    for piece in pieces[:12]:
        if dates.wire_dateline(piece.text) is not None or _story_sized(piece.text):
            return
        name = dates.strip_edges(piece.text).strip()
        if (
            (piece.kept or piece.reason == furniture.BYLINE)
            and 2 <= len(name.split()) <= 6
            and _abbreviates(code, name)
            and dates.is_outlet_name(name)
            and not _BY_WORD.search(name)
            # "Marta Wells" over "(MW) -" is the writer; "Harwood Information Bureau" a body.
            and (not dates.is_person_name(name) or _names_a_body(name))
        ):
            found.source = name
            found.field_origins["source"] = "line over the story, spelling out the dateline's code"
            piece.reason = furniture.BYLINE
            return


#: A copyright holder that is a company, not a title: "Highland Weekly Newspapers Ltd",
#: "Dales Media Group", "Northern Publishing plc".
_COMPANY_HOLDER = re.compile(
    r"\b(?:ltd|limited|plc|inc|llc|corp(?:oration)?|company|co)\b\.?"
    r"|\b(?:newspapers|media|group|publishing|publications|publishers|holdings)\s*"
    r"(?:\b(?:ltd|limited|plc|inc|llc)\b\.?)?\s*[.,;|]?\s*(?:all\s+rights\s+reserved\.?)?\s*$",
    re.I,
)
#: Where a page shows its own masthead: the logo's alt text, the name linking home, the
#: site's name in its markup.
_SHOWN_MASTHEAD_ORIGINS = (
    "alt text of the site's logo",
    "link to the site's home page",
    "page markup (site name)",
)


def _masthead_over_company(line: str, found: Found) -> tuple[str, str] | None:
    """The masthead the page shows, when its copyright line names the company that publishes
    it under another name ("© 2026 Highland Weekly Newspapers Ltd" under the logo of "The
    Glenmoriston Advertiser"): a company owns titles, and the title is the outlet."""
    if not _COMPANY_HOLDER.search(line):
        return None
    for field_name, value, origin in found.fallbacks:
        if (
            field_name == "source"
            and origin in _SHOWN_MASTHEAD_ORIGINS
            and dates.is_outlet_name(value)
        ):
            return value, origin
    return None


def _outlet_from_furniture(pieces: list[Piece], found: Found) -> None:
    """Pages that say nothing else about their outlet still name it in their furniture."""
    if found.source is not None:
        _code_spelled_out(pieces, found)
        return
    lines = _copyright_lines(pieces)
    # A wire agency's copyright under the story it sent ("Copyright 2025 Thomson Reuters")
    # is the agency's; the site's own copyright, if it prints one, names the outlet.
    lines.sort(key=lambda line: dates.is_agency(_copyright_holder(line)))
    for line in lines:
        name = _copyright_holder(line)
        if furniture.text_key(name) in _STATE_COPYRIGHT:
            continue
        if name and dates.is_outlet_name(name):
            # "© Carrow Telegraph Media Ltd" under a page whose masthead says "Carrow
            # Telegraph": the holder is the company that owns the outlet the page shows.
            key = furniture.text_key(name).removeprefix("the ")
            shown = [
                (value, origin)
                for field_name, value, origin in found.fallbacks
                if field_name == "source"
                and (
                    key == (masthead := furniture.text_key(value).removeprefix("the "))
                    or key.startswith(masthead + " ")
                    # "© FCH" under the logo "FCH News": the outlet by the name it shows
                    # (not by a web edition's label: "Fife Coast Herald Online").
                    or (
                        masthead.startswith(key + " ")
                        and furniture.text_key(_EDITION_LABEL.sub("", value)).removeprefix("the ")
                        != key
                    )
                )
            ]
            if shown:
                found.set("source", shown[0][0], shown[0][1])
                return
            title = _masthead_over_company(line, found)
            if title is not None:
                found.set("source", *title)
                return
            found.set("source", name, "copyright line")
            return
    for piece in pieces:
        if piece.reason == furniture.NEWSLETTER:
            m = _SUBSCRIBE_TO.match(piece.text.strip())
            if m:
                name = (m.group("name") or m.group("read")).strip()
                generic = re.search(
                    r"\b(?:newsletters?|emails?|updates|alerts|free|daily|weekly|now|today|"
                    r"briefings?|premium|access|digital|our)\b",
                    name,
                    re.I,
                )
                if not generic and dates.is_outlet_name(name):
                    found.set("source", name, "sign-up line")
                    return


def _language_of_the_text(blocks: list[Block], found: Found) -> None:
    """The language the story is written in, read from its own words: a page's ``lang``
    describes the site (an English story in a Spanish portal keeps ``lang="es"``) or is
    missing. A story in another language than English is reported to the analyst, because
    extraction reads English."""
    text = "\n".join(b.text for b in blocks if b.kept)
    if found.title:
        text = f"{found.title}\n{text}"
    detected = detect_language(text)
    if detected is not None:
        declared = found.field_origins.get("language")
        disagrees = declared is not None and found.language != detected
        found.language = detected
        found.field_origins["language"] = "the article's text" + (
            f", not {declared}" if disagrees else ""
        )
    if found.language != "en":
        name = LANGUAGE_NAMES.get(found.language, found.language)
        found.warnings.append(
            f"the article is in {name} ({found.language}, from "
            f"{found.field_origins.get('language', 'the document')}): dates are read for "
            "English text, so few may be found, and figures are not read (other languages "
            "write numbers differently)"
        )


#: A desk of the outlet named after it: "Marcher Post Opinion", "Valley Star Newsroom".
_OUTLET_DESK = re.compile(
    r"(?<!\s)\s+(?:opinion|comment|editorial(?:\s+board)?|news(?:room|\s+desk|\s+team)?|staff|desk|"
    r"team|editors?|digital|online|web\s+team|reporters?)$",
    re.I,
)


def _outlet_key(name: str) -> str:
    """An outlet's name as compared with an author field: without "The" and a desk's word."""
    key = furniture.text_key(_OUTLET_DESK.sub("", name.strip()))
    return key[4:] if key.startswith("the ") else key


#: A byline's own word: "By", "Von", "Par", "Por", "Di".
_BY_WORD = re.compile(r"(?<!\w)(?:by|von|par|por|di|door|av|af)(?!\w)", re.I)


def _outlet_is_no_author(found: Found) -> None:
    """The outlet's own name given as the author ("Valley Star" by "Valley Star", a
    newsletter's masthead read as its byline) names no person; a personal site named after
    its writer ("Helen Okafor") keeps her as the author when a byline or the page's markup
    names her so. A name set beside the date with no "By" ("Harbour Lookout, 19 September
    2026") that the page gives as its own name elsewhere (its site name, its copyright line)
    is the outlet's header, whatever its shape."""
    if (
        found.author is not None
        and found.source is not None
        and _outlet_key(found.author) == _outlet_key(found.source)
        and (
            not dates.is_person_name(found.author)
            or (
                found.author == found.unlabelled_byline
                and found.field_origins.get("author") == "byline"
                and found.field_origins.get("source") not in (None, "byline", "dateline")
            )
        )
    ):
        found.warnings.append(f'the author field names the outlet ("{found.author}"), no person')
        found.author = None
        found.field_origins.pop("author", None)
