"""Saved web pages: main text through trafilatura, metadata from the page's own markup.

Safety first. The page is a string we already hold, so nothing here may touch the network:
trafilatura is given a parsed tree (never a URL, never bytes it might decompress), its date
search (htmldate) is given the same tree, and the settings that govern downloads are switched
off anyway in case a future version consults them. Scripts, styles and inline images are cut
out by a linear scan before parsing; what is left must fit a size and element budget; and the
extraction runs in a worker thread that the caller stops waiting for after a time limit.
"""

from __future__ import annotations

import bisect
import html as _html_text
import itertools
import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import lxml.html
from lxml import etree

from desktop.domain import Block, DateCandidate, RawArticle, body_from_blocks
from desktop.ingest import assemble, dates, furniture, scripted
from desktop.ingest.assemble import Found
from desktop.ingest.furniture import Piece
from desktop.ingest.textclean import (
    clean_text,
    collapse_spaces,
    collapse_whitespace,
    decode,
    split_address,
)

#: Seconds an HTML extraction may take before the import gives up on the page.
TIME_LIMIT_S = 20.0
#: Markup left after scripts, styles and inline images are cut out.
MAX_MARKUP_CHARS = 12_000_000
#: Tags in that markup: a bound on the parsed tree's size (and so on memory).
MAX_TAGS = 400_000
#: Above this many tags main-text detection is skipped: trafilatura's time grows faster than
#: the page (about 13 s for 66,000 tags on a shared two-core machine), so such pages are read
#: block by block with the furniture rules alone.
MAX_TAGS_FOR_MAIN_TEXT = 30_000
#: Removed page blocks recorded one by one; past this they are summarised in one block.
MAX_REMOVED_BLOCKS = 400
_MAX_JSON_LD_CHARS = 300_000

T = TypeVar("T")


class PageTooLarge(ValueError):
    """The page is bigger or more complex than extraction is allowed to take on."""


class TimeLimitExceeded(TimeoutError):
    """Extraction did not finish within the time limit."""


class FramesetPage(ValueError):
    """The page is a frameset: a browser shows the pages of its frames, not its own text."""


_FRAMESET = re.compile(r"<frameset\b", re.I)
_FRAME_SOURCE = re.compile(r"<frame\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]{1,200})", re.I)


def _refuse_frameset(slim: str) -> None:
    """A frameset's own page holds no story: its frames' pages do (a menu in one, the story
    in another), and what it carries besides is the note for browsers without frames. It is
    refused with the names of the pages to import instead."""
    if _FRAMESET.search(slim) is None:
        return
    frames = list(dict.fromkeys(m.group(1) for m in _FRAME_SOURCE.finditer(slim)))[:6]
    named = f" ({', '.join(frames)})" if frames else ""
    raise FramesetPage(
        f"the page is a frameset: its text is in the pages of its frames{named}; open the "
        "frame that shows the story on its own and import that page"
    )


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset> or http-equiv)."""
    head = data[:4096].decode("ascii", errors="replace")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", head, re.I)
    return m.group(1) if m else None


def read_html_bytes(data: bytes, fmt: str = "html") -> RawArticle:
    text, encoding = decode(data, declared=sniff_charset(data))
    return read_html(text, fmt=fmt, encoding=encoding)


def read_html(
    markup: str,
    *,
    fmt: str = "html",
    encoding: str = "utf-8",
    known: Found | None = None,
    address: str | None = None,
) -> RawArticle:
    """An article from HTML markup, within the size budget and the time limit.

    ``known`` holds metadata a container already gave (a feed item's title, author and date):
    it outranks whatever the markup says. ``address`` is where a container says the page was
    saved from (an MHTML archive's snapshot address): the page's address when its markup
    names none.
    """
    markup = clean_text(markup)
    slim, json_ld = slim_markup(markup)
    if fmt != "feed":  # a feed item's content is the item's text, never a browser's page
        _refuse_frameset(slim)
    if len(slim) > MAX_MARKUP_CHARS:
        raise PageTooLarge(
            f"the page has {len(slim) / 1e6:.0f} million characters of markup besides scripts "
            f"and styles; the limit is {MAX_MARKUP_CHARS / 1e6:.0f} million"
        )
    tags = slim.count("<")
    if tags > MAX_TAGS:
        raise PageTooLarge(f"the page has about {tags:,} tags; the limit is {MAX_TAGS:,}")
    main_text = tags <= MAX_TAGS_FOR_MAIN_TEXT

    def extract() -> RawArticle:
        # The blocks' own-text reasons, asked by several passes, are kept while the page is read.
        with furniture.judging():
            return _extract(
                slim, json_ld, fmt, encoding, main_text=main_text, known=known, address=address
            )

    article = run_with_time_limit(extract, TIME_LIMIT_S)
    if known is None and not _prose_lines(article.text) and not _locked(json_ld):
        story = scripted.story_in_scripts(markup)
        if story is not None and story.chars > 2 * len(article.text):
            found = Found(encoding=encoding)
            found.set("author", scripted.names_in_prose(story.authors), story.where)
            _meta_date(found, story.published, f"{story.where}: first publication",
                       assemble.PRIORITY_META_PUBLISHED)  # fmt: skip
            page = _with_story(slim, story)
            article = run_with_time_limit(
                lambda: _extract(
                    page, json_ld, fmt, encoding, main_text=main_text, known=found, address=address
                ),
                TIME_LIMIT_S,
            )
            article.field_origins["text"] = story.where
    if (
        known is None
        and article.text
        and _locked(json_ld)
        and not any(w in article.warnings for w in assemble.PARTIAL_WARNINGS)
        and _locked_body_goes_on(json_ld, article.text)
    ):
        # The page says its story is for subscribers, and the locked text it carries goes on
        # past what it shows: what was imported is the free part, whatever the wall's markup.
        article.warnings.append(assemble.PARTIAL_TEXT_WARNING)
    if known is None and article.title and (article.published is None or not article.author):
        _fields_in_scripts(article, markup, article.title)
    if known is None and article.published is None:
        _date_in_scripts(article, markup)
    return article


def _fields_in_scripts(article: RawArticle, markup: str, headline: str) -> None:
    """A page that prints its story but not its date or byline (a framework's page, whose
    scripts draw them) still writes them in its data, beside the headline it shows."""
    fields = scripted.fields_beside_headline(markup, headline)
    if fields is None:
        return
    # "PTI", "Staff reporter": an agency or a newsroom credit in the data names no person.
    people = [
        n for n in fields.authors if not dates.is_agency(n) and not dates.is_no_person_credit(n)
    ]
    if not article.author and people:
        article.author = scripted.names_in_prose(people)
        article.field_origins["author"] = f"{fields.where}: beside the headline"
    if article.published is None and fields.published:
        days, _ = dates.full_dates(fields.published[:80])
        if days:
            evidence = f"{fields.where}: first publication, beside the headline"
            article.published = days[0]
            article.published_origin = "metadata"
            article.date_candidates.insert(0, DateCandidate(days[0], "metadata", evidence))
            article.field_origins["published"] = evidence


def _date_in_scripts(article: RawArticle, markup: str) -> None:
    """A page that prints no date and names none in its markup may still write its story's
    first publication in its scripts' data (a state object, a framework's page data): that
    machine field dates it."""
    found = scripted.published_in_scripts(markup)
    if found is None:
        return
    value, where = found
    days, _ = dates.full_dates(value[:80])
    if not days:
        return
    evidence = f"{where}: first publication"
    article.published = days[0]
    article.published_origin = "metadata"
    article.date_candidates.insert(0, DateCandidate(days[0], "metadata", evidence))
    article.field_origins["published"] = evidence


#: A paragraph of prose: long enough, and ending as a sentence does.
_PROSE_LINE = re.compile(r"^.{60,}[.!?…][\"”’)]*$", re.M)


def _prose_lines(text: str) -> bool:
    return _PROSE_LINE.search(text) is not None


def _locked(json_ld: list[str]) -> bool:
    """The page says its story is for subscribers: a full text in its data is the locked part,
    which the reader without a subscription does not see."""
    return any(re.search(r'"isAccessibleForFree"\s*:\s*"?false', t, re.I) for t in json_ld)


def _locked_body_goes_on(json_ld: list[str], text: str) -> bool:
    """Whether a JSON-LD ``articleBody`` opens with the imported text's first paragraph and
    runs on to half as long again or more."""
    first = collapse_whitespace(text.split("\n", 1)[0])[:200]
    if len(first) < 40:
        return False
    for block in json_ld:
        if "articleBody" not in block:
            continue
        for m in re.finditer(r'"articleBody"\s*:\s*"((?:[^"\\]|\\.){0,2000000})"', block):
            try:
                body = collapse_whitespace(json.loads(f'"{m.group(1)}"'))
            except ValueError:
                continue
            if body.startswith(first) and len(body) >= 1.5 * len(collapse_whitespace(text)):
                return True
    return False


def _with_story(slim: str, story: scripted.ScriptedStory) -> str:
    """The page with the story its scripts would have drawn: under the headline when the page
    prints one, else (with the data's headline over it) where the page's content ends."""
    parts = []
    has_headline = re.search(r"</h1\s*>", slim, re.I)
    if not has_headline and story.title:
        parts.append(f"<h1>{_html_text.escape(story.title)}</h1>")
    for paragraph in story.paragraphs:
        tag = "h2" if paragraph in story.headings else "p"
        parts.append(f"<{tag}>{_html_text.escape(paragraph)}</{tag}>")
    block = "<article>" + "".join(parts) + "</article>"
    if has_headline:
        return slim[: has_headline.end()] + block + slim[has_headline.end() :]
    end = re.search(r"</body\s*>", slim, re.I)
    cut = end.start() if end else len(slim)
    return slim[:cut] + block + slim[cut:]


def run_with_time_limit(work: Callable[[], T], seconds: float) -> T:
    """Run ``work`` in a daemon thread and wait at most ``seconds`` for its result.

    A thread cannot be killed; the budget checks before this call bound how long a runaway
    extraction can keep a core busy, and a daemon thread never keeps the app from quitting.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:  # handed to the waiting thread, re-raised there
            box["error"] = exc

    worker = threading.Thread(target=target, name="factlane-html-extract", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeLimitExceeded(f"extracting the page took longer than {seconds:g} s")
    if "error" in box:
        raise box["error"]
    result: T = box["result"]
    return result


_CUT_TAGS = re.compile(r"<(/?)(script|style|svg|template|iframe|object|canvas)\b[^>]*>?", re.I)
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]{64,}")
#: ``<template shadowrootmode="open">`` (and Chrome's older ``shadowroot``): content a browser
#: renders, unlike an inert template's
_SHADOW_ROOT = re.compile(r"\sshadowroot(?:mode)?\s*=", re.I)


def slim_markup(markup: str) -> tuple[str, list[str]]:
    """Markup without comments, scripts, styles, SVG and inline images; plus JSON-LD texts.

    One forward pass with ``find``/``finditer``, so an unclosed tag or comment costs one scan
    to the end, never a scan per occurrence (which would be quadratic on hostile input).
    """
    markup = _without_comments(markup)
    markup = _DATA_URI.sub("data:,", markup)
    out: list[str] = []
    json_ld: list[str] = []
    pos = 0
    open_tag: re.Match[str] | None = None
    for m in _CUT_TAGS.finditer(markup):
        name = m.group(2).lower()
        if open_tag is None:
            if m.group(1):
                continue  # a stray closing tag
            out.append(markup[pos : m.start()])
            if name == "template" and _SHADOW_ROOT.search(m.group(0)):
                # A declarative shadow root (SingleFile writes a web component's content so)
                # is shown where it stands: its tags go, its content is the page's.
                pos = m.end()
                continue
            open_tag = m
        elif m.group(1) and name == open_tag.group(2).lower():
            inner = markup[open_tag.end() : m.start()]
            if (
                name == "script"
                and "ld+json" in open_tag.group(0).lower()
                and len(inner) <= _MAX_JSON_LD_CHARS
            ):
                json_ld.append(inner)
            open_tag = None
            pos = m.end()
    if open_tag is None:
        out.append(markup[pos:])
    return "".join(out), json_ld


def _without_comments(markup: str) -> str:
    parts: list[str] = []
    pos = 0
    while True:
        start = markup.find("<!--", pos)
        if start < 0:
            parts.append(markup[pos:])
            break
        parts.append(markup[pos:start])
        end = markup.find("-->", start + 4)
        if end < 0:
            break
        pos = end + 3
    return "".join(parts)


# --- extraction ---------------------------------------------------------------------------


def _extract(
    slim: str,
    json_ld: list[str],
    fmt: str,
    encoding: str,
    *,
    main_text: bool = True,
    known: Found | None = None,
    address: str | None = None,
) -> RawArticle:
    import trafilatura  # imported here: it is slow to import and only pages need it

    tree = _parse(slim)
    _mark_floated_boxes(tree)  # before the layout tables lose their alignment
    _unwrap_layout_tables(tree)
    _paragraphs_between_line_breaks(tree)
    _headline_set_in_large_type(tree)
    _exported_document(tree, commented="#cmnt" in slim or "#_mso" in slim)
    _mark_unseen_and_sign_up(tree)
    _mark_locked_part(tree, json_ld)
    _mark_folded_transcripts(tree)
    _mark_folded_summaries(tree)
    _mark_appended_articles(tree)
    _name_web_components(tree)
    _mark_notes_lists(tree)
    _without_edit_links(tree)
    entry_stamps = _live_blog_stamps(tree)
    emphasised = _emphasised_paragraphs(tree)
    box_rows = _mark_infoboxes(tree)
    found = known if known is not None else Found(encoding=encoding)
    found.encoding = encoding
    _archive_replay(tree, found)
    _story_kept_by_a_reading_app(tree, found)
    _browser_reader_view(tree, found)
    _properties_table(tree, found)
    _page_metadata(tree, json_ld, found)
    if found.platform is not None:
        _join_thread_posts(tree, found)
    _times_into_text(tree)
    doc = None
    if main_text:
        doc = trafilatura.bare_extraction(
            tree,
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            favor_precision=False,
            # Markup only: htmldate's "extensive" search guesses from any date in the text,
            # and datelines in the text are judged by our own rules with their evidence.
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_offline_config(),
        )
    main_lines: list[str] = []
    if doc is not None:
        _trafilatura_metadata(doc, found)
        _author_cards(tree, found)
        raw = getattr(doc, "text", None) or ""
        main_lines = [collapse_spaces(ln) for ln in raw.split("\n")]
        main_lines = [ln for ln in main_lines if ln]
    elif main_text:
        found.warnings.append("no main text recognised on the page; every block was judged")
    else:
        found.warnings.append(
            "the page is too large for main-text detection; every block was judged by the "
            "furniture rules alone"
        )
    if found.author is None and found.platform is None:
        _names_in_byline_block(tree, found)
    _address_kept_by_wayback(tree, found)
    if address:
        _saved_from_address(address, found)
    # A line break inside a block separates words; trafilatura has its own copy of the tree.
    for br in tree.iter("br"):
        br.tail = " " + (br.tail or "")
    page_blocks, link_lists = _link_lists(list(_page_blocks(tree)))
    _outlet_from_home_link(tree, found)
    _outlet_from_logo(tree, found)
    _story_shown_by_an_app(tree, page_blocks, found)
    _outlet_from_page_title(tree, found)
    _headline_on_page(tree, found)
    _headline_among_title_parts(tree, page_blocks, found)
    _drop_edit_stamp_guess(page_blocks, found)
    _drop_update_echo_guess(found)
    _guess_read_from_text(tree, page_blocks, found)
    if main_lines:
        pieces = _merge(main_lines, page_blocks, link_lists, box_rows)
        _restore_dropped_paragraphs(pieces, found.title)
        _restore_notes(pieces)
    else:
        pieces = _all_blocks(page_blocks)
    _keep_entry_stamps(pieces, entry_stamps)
    for piece in pieces:
        # A paragraph set in italics whole, as an RTF's or a Markdown note's: a closing note
        # about the publication is told by it (assemble._promotion_set_apart).
        if piece.kind == "para" and piece.text in emphasised:
            piece.kind = "emphasis"
    article = assemble.finish(pieces, fmt, found, title_from_text=found.title is None)
    return _with_entry_stamps(article, entry_stamps)


#: Elements the parsed tree may nest: libxml2 stops reading a page at 256 levels (and drops the
#: rest of it) unless its "huge" mode lifts every other safety limit too.
MAX_NESTING = 200
#: Past the nesting limit, the elements that shape the text (headings, paragraphs, lists, tables)
#: may still nest this much deeper, so a story under 200 unclosed wrappers keeps its paragraphs.
MAX_NESTING_FOR_TEXT_BLOCKS = 40
_TEXT_BLOCK_TAGS = frozenset(
    [
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "article",
        "section",
        "header",
        "footer",
        "main",
    ]
)
#: Elements that hold nothing, so never deepen the tree.
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
#: Elements an opening of the same name closes (an unclosed <p> is ended by the next <p>).
_SELF_ENDING_TAGS = frozenset(["p", "li", "option", "dt", "dd", "tr", "td", "th"])
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)\b[^<>]*?(/?)>")


def _parse(slim: str) -> Any:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        tree = lxml.html.document_fromstring(slim or "<html></html>", parser=parser)
        # The parser keeps only what came before its depth limit: read the page again with the
        # elements past ours left out (their text stays, in the element around them). Elements
        # the parser adds itself (a table's <tbody>) can still take it deeper: then again, with
        # half the depth.
        for limit in (MAX_NESTING, MAX_NESTING // 2):
            if not any("Excessive depth" in e.message for e in parser.error_log):
                return tree
            tree = lxml.html.document_fromstring(_within_nesting(slim, limit), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise PageTooLarge(f"the page could not be parsed as HTML ({exc})") from exc
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise PageTooLarge(
            f"the page nests its text deeper than {MAX_NESTING // 2} elements, even with the "
            "empty elements around it left out"
        )
    return tree


def _within_nesting(markup: str, limit: int) -> str:
    """The markup with every opening tag that would nest deeper than ``limit`` left out, with
    the closing tag that ends it. Pages built of unclosed <div>s and <font>s nest thousands of
    levels deep; the text is kept, only the empty structure around it goes.

    One pass: the open elements are a stack, each name with the stack positions it holds, so a
    closing tag finds its element at once, never by a scan down the stack.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (name, kept)
    where: dict[str, list[int]] = {}
    kept = 0
    pos = 0

    def pop_to(depth: int) -> None:
        nonlocal kept
        while len(stack) > depth:
            name, was_kept = stack.pop()
            where[name].pop()
            kept -= was_kept

    for m in _ANY_TAG.finditer(markup):
        name = m.group(2).lower()
        if m.group(1):  # a closing tag
            held = where.get(name)
            if not held:
                continue  # a stray one: the parser ignores it too
            depth = held[-1]
            was_kept = stack[depth][1]
            pop_to(depth)
            if not was_kept:
                out.append(markup[pos : m.start()])
                pos = m.end()
            continue
        if name in _VOID_TAGS or m.group(3):
            continue
        if name in _SELF_ENDING_TAGS and stack and stack[-1][0] == name:
            pop_to(len(stack) - 1)
        keep = kept < limit or (
            name in _TEXT_BLOCK_TAGS and kept < limit + MAX_NESTING_FOR_TEXT_BLOCKS
        )
        where.setdefault(name, []).append(len(stack))
        stack.append((name, keep))
        kept += keep
        if not keep:
            out.append(markup[pos : m.start()])
            pos = m.end()
    out.append(markup[pos:])
    return "".join(out)


#: An archive.today host: the service answers under several names.
_ARCHIVE_TODAY_HOST = re.compile(r"^(?:www\.)?archive\.(?:ph|today|is|li|vn|md|fo)$", re.I)
#: archive.today's permanent address of a capture: "https://archive.ph/2025.03.10-091422/URL".
_ARCHIVE_TODAY_CAPTURE = re.compile(
    r"^https?://(?:www\.)?archive\.(?:ph|today|is|li|vn|md|fo)/\d{4}\.\d\d\.\d\d-\d{6}/"
    r"(https?://\S+)$",
    re.I,
)
#: The fields an archive.today replay fills about itself: its name, its short address, and the
#: time of the capture written as if it were the article's publication and modification.
_ARCHIVE_OWN_META = frozenset(
    {
        "og:site_name",
        "og:url",
        "url",
        "article:published_time",
        "article:modified_time",
        "datepublished",
        "datemodified",
    }
)


def _archive_today_host(address: str) -> bool:
    host = split_address(address if "//" in address else "//" + address).hostname or ""
    return _ARCHIVE_TODAY_HOST.match(host) is not None


def _archive_replay(tree: Any, found: Found) -> None:
    """A web archive's replay of a page describes the capture in the page's own fields.

    archive.today names itself as the site, its short link as the canonical address and the
    capture's time as the article's published and modified time, and draws a header ("Saved
    from", the capture's stamp, "All snapshots from host") above the page. None of that is
    the story's: the fields are dropped before anything reads them, the header is set aside,
    and the address it saved from is the page's url. The Wayback Machine writes its prefix
    into the page's own canonical link and og:url; read through the prefix, they are the
    page's address again (and no longer carry the capture's stamp for a date reader).
    """
    original: str | None = None
    is_archive_today = False
    # The fields are in the page's head: the body, which may be megabytes, is not walked.
    head = tree.find("head")
    if head is None:
        return
    for link in itertools.islice(head.iter("link"), 60):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if not href or not {"canonical", "bookmark"} & set(rel):
            continue
        capture = _ARCHIVE_TODAY_CAPTURE.match(href)
        if capture:
            original = original or capture.group(1)
        if capture or _archive_today_host(href):
            is_archive_today = True
            link.drop_tree()
        elif _ARCHIVED_ADDRESS.match(href):
            link.set("href", _ARCHIVED_ADDRESS.sub("", href))
    metas = list(itertools.islice(head.iter("meta"), 200))
    for meta in metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key in ("og:site_name", "og:url", "url") and (
            _archive_today_host(content) or content.lower() in ("archive.today", "archive.is")
        ):
            is_archive_today = True
        elif key in ("og:url", "url") and _ARCHIVED_ADDRESS.match(content):
            meta.set("content", _ARCHIVED_ADDRESS.sub("", content))
    if not is_archive_today:
        return
    for meta in metas:
        keys = {(meta.get(attr) or "").strip().lower() for attr in ("property", "name", "itemprop")}
        if keys & _ARCHIVE_OWN_META and meta.getparent() is not None:
            meta.drop_tree()
    header = _archive_today_header(tree)
    if header is not None:
        if original is None:
            for box in header.iter("input"):
                value = (box.get("value") or "").strip()
                if re.match(r"^https?://[^\s/]+\.[^\s/]+", value):
                    original = value
                    break
        header.drop_tree()
    found.set("url", original, "the address archive.today saved the page from")


def _archive_today_header(tree: Any) -> Any | None:
    """The header archive.today draws above a capture: the largest block round its own name
    (a link to its home page) that holds no headline of the page it kept."""
    for link in itertools.islice(tree.iter("a"), 30):
        href = (link.get("href") or "").strip()
        if not _archive_today_host(href) or split_address(href).path not in ("", "/"):
            continue
        block = link
        parent = block.getparent()
        while (
            parent is not None
            and parent.tag != "body"
            and next(parent.iter("h1", "h2", "article", "p"), None) is None
        ):
            block, parent = parent, parent.getparent()
        return block if block is not link else None
    return None


#: Read-later apps by the name they give themselves in a page's meta fields, and their hosts.
_READING_APPS = {
    "pocket": "getpocket.com",
    "instapaper": "instapaper.com",
    "omnivore": "omnivore.app",
    "readwise": "readwise.io",
    "readwise reader": "readwise.io",
    "wallabag": "wallabag",
    "matter": "getmatter.com",
}
_READING_APP_META = ("og:site_name", "application-name", "generator")
#: A link that takes the reader to the original rather than naming it.
_LINK_VERB = re.compile(r"^(?:view|read|open|go|visit|see|back|share|save)\b", re.I)


def _story_kept_by_a_reading_app(tree: Any, found: Found) -> None:
    """A read-later app's copy of an article (Pocket, Instapaper): the app names itself in the
    page's meta fields but published nothing; the outlet is the one its origin line names, a
    link to the article's own address, which is the page's url (and may date it, "/2025/01/30/")."""
    app_hosts: list[str] = []
    head = tree.find("head")
    for meta in itertools.islice(head.iter("meta") if head is not None else (), 100):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        name = collapse_whitespace(meta.get("content") or "").lower()
        name = re.sub(r"\s+\d[\w.]*$", "", name)  # "Wallabag 2.6"
        if key in _READING_APP_META and name in _READING_APPS:
            app_hosts.append(_READING_APPS[name])
            if key == "og:site_name" and meta.getparent() is not None:
                meta.drop_tree()
    if not app_hosts:
        return
    for link in itertools.islice(tree.iter("a"), 80):
        href = (link.get("href") or "").strip()
        parts = split_address(href)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host or _home_path(parts.path):
            continue
        if any(app in host for app in _READING_APPS.values()):
            continue  # the app's own pages (an app may link to another's, "Saves" in Pocket)
        found.set("url", href, "the article's address in the reading app's origin line")
        name = collapse_whitespace(link.text_content())
        if (
            name
            and len(name.split()) <= 6
            and not _LINK_VERB.match(name)
            and dates.is_outlet_name(name)
            and "." not in name
        ):
            found.set("source", name, "the outlet named in the reading app's origin line")
        return


#: The class of the element that holds one author's name in a byline block of cards ("<a
#: class=author-name>", "byline__name", "c-author__name").
_AUTHOR_NAME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author|byline|contributor)[_-]{1,2}name(?:$|\s)", re.I
)
_AUTHOR_CARDS = 6


def _author_cards(tree: Any, found: Found) -> None:
    """A byline block of several author cards, each a name with its job or place under it
    ("Sanjay Iyer / Energy correspondent", "Hannah Weiss / Data reporter"): the page's
    extractor names the first card's person only; the block names them all, in order. The
    cards are the name elements of one block (the same parent two levels up) whose first
    name is the author already found."""
    if found.author is None or found.field_origins.get("author") != "page markup (author)":
        return
    holders = [
        node
        for node in itertools.islice(tree.iter("a", "span", "div", "p", "strong"), 3000)
        if _AUTHOR_NAME_CLASS.search(node.get("class") or "")
    ][:20]
    if len(holders) < 2:
        return
    first = holders[0]
    block = first.getparent().getparent() if first.getparent() is not None else None
    if block is None:
        return
    names: list[str] = []
    for node in holders:
        parent = node.getparent()
        if parent is None or parent.getparent() is not block:
            break
        name = collapse_whitespace(node.text_content())
        if not dates.is_person_name(name):
            return
        if name not in names:
            names.append(name)
    if not 2 <= len(names) <= _AUTHOR_CARDS:
        return
    if furniture.text_key(names[0]) != furniture.text_key(found.author):
        return
    found.author = ", ".join(names)
    found.field_origins["author"] = "the byline block's author cards"


#: An element holding the story's byline, by its class or by the name its page's framework
#: gives the component ("byline-block", "article-byline").
_BYLINE_BLOCK = re.compile(r"byline", re.I)


def _names_in_byline_block(tree: Any, found: Found) -> None:
    """A byline block that sets the writer's name in an element of its own beside her job or
    place ("Ruth Ames" / "Harbour News, Kelso Bay"), with no "By", on a page whose data names
    only the outlet as author: the names are the elements of the block that open a card of
    their own and are a person's name and nothing else. The page's text runs the two together
    ("Ruth AmesHarbour News")."""
    blocks = [
        node
        for node in itertools.islice(tree.iter("div", "p", "section", "span", "address"), 3000)
        if _BYLINE_BLOCK.search(
            f"{node.get('class') or ''} {node.get('data-component') or ''} "
            f"{node.get('data-testid') or ''}"[:300]
        )
    ][:3]
    if len(blocks) != 1 or len(collapse_whitespace(blocks[0].text_content())) > 200:
        return  # several bylines (a list of stories, each with its own) name no one writer
    names: list[str] = []
    for node in blocks[0].iter():
        if not isinstance(node.tag, str) or node.tag == "time" or len(node):
            continue
        text = collapse_whitespace(node.text_content())
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            continue
        # A writer's card opens with the name, her job or place under it ("Kelso Bay" after
        # "Harbour Radio" is a place, however like a name it looks).
        opening = next(
            (c for c in parent if isinstance(c.tag, str) and c.text_content().strip()), None
        )
        if opening is not node:
            continue
        if text and dates.is_person_name(text) and not dates.is_agency(text) and text not in names:
            names.append(text)
    if 1 <= len(names) <= 4:
        found.set("author", ", ".join(names), "the names in the byline block")


def _class_xpath(name: str) -> str:
    return f"//body//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"


def _browser_reader_view(tree: Any, found: Found) -> None:
    """A page saved from a browser's reader view (Firefox's "about:reader"): the view keeps
    the article's headline, a link to its address under the site's name, the byline as its
    "credits" and its own estimate of the reading time. Like a read-later app, the view is no
    outlet: the site named in its link is, the link's address is the page's url (and may date
    it), and the credits name the author."""
    domains = tree.xpath(_class_xpath("reader-domain"))[:1]
    if not domains or not tree.xpath(_class_xpath("reader-title"))[:1]:
        return
    link = domains[0]
    href = (link.get("href") or "").strip()
    parts = split_address(href)
    if parts.scheme in ("http", "https") and parts.hostname and not _home_path(parts.path):
        found.set("url", href, "the article's address in the reader view's header")
    name = collapse_whitespace(link.text_content())
    if name and "." not in name and dates.is_outlet_name(name):
        found.set("source", name, "the site named in the reader view's header")
    for credits in tree.xpath(_class_xpath("reader-credits"))[:1]:
        byline = collapse_whitespace(credits.text_content())
        if byline and len(byline) <= 120 and not dates.is_no_person_credit(byline):
            found.set("author", byline, "the reader view's credits line")


#: The labels of a note's properties table (Notion, a wiki page's "page properties", a
#: clipper's record) and the field each fills; the other labels name the note, not the story.
_PROPERTY_FIELDS = {
    "url": "url",
    "link": "url",
    "source url": "url",
    "original url": "url",
    "address": "url",
    "outlet": "source",
    "publication": "source",
    "publisher": "source",
    "source": "source",
    "site": "source",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "published": "published",
    "date published": "published",
    "publication date": "published",
    "published on": "published",
}
_NOTE_PROPERTIES = frozenset(
    {
        "created",
        "created time",
        "created by",
        "last edited",
        "last edited time",
        "last edited by",
        "tags",
        "status",
        "type",
        "owner",
        "clipped",
        "date clipped",
        "saved",
    }
)


def _properties_table(tree: Any, found: Found) -> None:
    """A note's properties table above its text (a Notion page exported as HTML): each row a
    label and a value. The labels that describe the story (URL, Outlet, Author, Published) are
    fields a tool wrote, so they fill the metadata; the ones that describe the note (Created,
    Tags, Status) are the note's. The table is no part of the story either way."""
    for n, table in enumerate(tree.iter("table")):
        if n >= 5:
            return
        rows: list[tuple[str, Any]] = []
        for row in table.iter("tr"):
            cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
            if len(cells) != 2:
                break
            label = collapse_whitespace(cells[0].text_content()).rstrip(":").strip().lower()
            rows.append((label, cells[1]))
        else:
            labels = [label for label, _ in rows]
            story = [label for label in labels if label in _PROPERTY_FIELDS]
            if (
                len(rows) < 2
                or len(story) < 2
                or any(
                    label not in _PROPERTY_FIELDS and label not in _NOTE_PROPERTIES
                    for label in labels
                )
            ):
                continue
            for label, cell in rows:
                field = _PROPERTY_FIELDS.get(label)
                value = collapse_whitespace(cell.text_content()).lstrip("@").strip()
                origin = f"the note's '{label}' property"
                if field == "url":
                    link = next(cell.iter("a"), None)
                    address = (link.get("href") if link is not None else None) or value
                    if re.match(r"^https?://\S+$", address.strip()):
                        found.set("url", address.strip(), origin)
                elif field == "published":
                    _meta_date(found, value, origin, assemble.PRIORITY_META_PUBLISHED)
                elif field in ("source", "author") and value and len(value) <= 120:
                    found.set(field, value, origin)
            if table.getparent() is not None:
                table.drop_tree()
            return


def _address_kept_by_wayback(tree: Any, found: Found) -> None:
    """The Wayback Machine's toolbar holds the address it captured in its search box: the
    page's own address, which old pages name nowhere else (and which may date the story,
    "/1999/12/14/"). The capture's stamp in the archive's prefix is not part of it."""
    if found.url is not None:
        return
    for box in itertools.islice(tree.iter("input"), 20):
        if (box.get("name") or "").lower() != "url":
            continue
        if not any((a.get("id") or "").startswith("wm-") for a in box.iterancestors()):
            continue
        value = (box.get("value") or "").strip()
        if re.match(r"^https?://[^\s/]+\.[^\s/]+", value):
            found.set("url", value, "the address the Wayback Machine captured")
        return


def _saved_from_address(address: str, found: Found) -> None:
    """The address a page was saved from ranks below every address its markup gives (a
    canonical link drops the tracking query a reader's address carries); its host names the
    outlet only when nothing better does."""
    had_url = found.url is not None
    found.set("url", address, "the address the page was saved from")
    host = split_address(address).hostname
    if host and not had_url:
        found.fallbacks.append(("source", host.removeprefix("www."), "web address"))


_CONFIG_LOCK = threading.Lock()
_CONFIG: Any = None


def _offline_config() -> Any:
    global _CONFIG
    with _CONFIG_LOCK:
        if _CONFIG is None:
            from trafilatura.settings import use_config

            config = use_config()
            # Extraction never downloads, but should any code path consult these, they say no.
            config.set("DEFAULT", "INSECURE_SSL_FALLBACK", "off")
            config.set("DEFAULT", "MAX_REDIRECTS", "0")
            config.set("DEFAULT", "DOWNLOAD_TIMEOUT", "1")
            config.set("DEFAULT", "EXTERNAL_URLS", "off")
            config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
            config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
            config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
            _CONFIG = config
        return _CONFIG


# --- metadata -----------------------------------------------------------------------------

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    # Highwire tags, which reports, papers and NGO publications carry for scholarly indexes.
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "published_time",
    "published-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "date",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")


def _meta_values(tree: Any) -> dict[str, str]:
    """First value of each <meta> by its lower-cased name/property/itemprop."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip().lower(), collapse_whitespace(content))
    return values


def _name_key(name: str) -> str:
    return re.sub(r"\W+", " ", name).strip().casefold()


def _page_metadata(tree: Any, json_ld: list[str], found: Found) -> None:
    meta = _meta_values(tree)
    lang = tree.get("lang") or meta.get("og:locale") or meta.get("language")
    if lang:
        found.language = lang.strip()[:2].lower()
        found.field_origins["language"] = f"the page's language tag ({lang.strip()})"
        found.numeric_order = dates.numeric_order_of_language(lang)
    canonical = next(
        (
            str(link.get("href")).strip()
            for link in tree.iter("link")
            if (link.get("rel") or "").lower() == "canonical" and link.get("href")
        ),
        None,
    )
    ld = _json_ld_articles(
        json_ld, address=canonical or meta.get("og:url"), headline=_first_heading(tree, "h1")
    )

    _platform(tree, meta, found)
    for key in ("og:title", "twitter:title", "dc.title"):
        found.set("title", meta.get(key), f"meta {key}")
    found.set("title", _first_str(ld, "headline", "name"), "JSON-LD headline")

    if ld and _posted_by_account(ld[0]):
        # The platform hosts the video or the post; the channel or account published it.
        account = _nested_name(ld[:1], "author") or _nested_name(ld[:1], "creator")
        found.set("source", account, "JSON-LD author of the post (the account)")
        found.set("author", _nested_name(ld[:1], "author", people=True), "JSON-LD author")
    # A post on a social platform may carry a video too; it is still a post.
    found.video = found.platform is None and (
        (meta.get("og:type") or "").startswith("video")
        or any("VideoObject" in _types(node) for node in ld[:1])
    )
    account = None if ld and _posted_by_account(ld[0]) else _microdata_account(tree)
    if account is not None:
        # The platform hosts the video; the channel published it, and is its author only
        # when it is a person's.
        found.set("source", account, "microdata author of the video or post (the account)")
        if dates.is_person_name(account):
            found.set("author", account, "microdata author")
    community = _community(canonical or meta.get("og:url"))
    if community is not None:
        found.set("source", community, "the community the post is in (its address)")
        found.set("author", _poster(tree), "the poster's user name")
    else:
        community = _post_thing(tree, found)
    if community is not None and found.title:
        # A sharing title led by the community ("r/NAME - Title") is the post's title.
        found.title = (
            re.sub(rf"^{re.escape(community)}\s*[-–—:|]\s*", "", found.title, flags=re.I)
            or found.title
        )
    found.set("source", _content_provider(tree), "the provider a portal credits")
    if (meta.get("og:site_name") or "").strip().lower() in _HOSTING_PLATFORMS:
        # A blogging platform names itself as the site of every post it hosts; a post in one
        # of its publications ("Published in Upland Notes") names that publication as its
        # publisher.
        found.set("source", _nested_name(ld, "publisher"), "JSON-LD publisher (not the platform)")
    found.set("source", meta.get("og:site_name"), "meta og:site_name")
    found.set("source", _nested_name(ld, "publisher"), "JSON-LD publisher")
    if found.source is None:
        found.set("source", _microdata_name(tree, "publisher"), "microdata publisher")
    found.set("source", meta.get("application-name"), "meta application-name")

    author = meta.get("author") or meta.get("article:author") or meta.get("dc.creator")
    # A CMS login ("webadmin", "asmith", "comms.office") in the author field names nobody.
    login = author is not None and re.fullmatch(r"[a-z0-9._-]+", author.strip()) is not None
    # Nor does the site's own name there ("Valley Star" as the author of every story).
    site = {_name_key(n) for n in (meta.get("og:site_name"), _nested_name(ld, "publisher")) if n}
    if author and _name_key(author) in site and not dates.is_person_name(author):
        author = None
    if author and not author.startswith("http") and not login:
        found.set("author", author, "meta author")
    found.set("author", _nested_name(ld, "author", people=True), "JSON-LD author")
    if found.author is None and account is None:
        found.set("author", _microdata_name(tree, "author", people=True), "microdata author")

    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            found.set("url", link.get("href").strip(), "link rel=canonical")
            break
    found.set("url", meta.get("og:url"), "meta og:url")
    found.set("url", _first_str(ld, "url"), "JSON-LD url")
    page = _first_str(ld, "mainEntityOfPage")
    if page and re.match(r"https?://[^/\s]+\.", page):
        # The page the article is the main thing of, named only by its "@id": the article's
        # address ("https://.../news/selby-sands-cable/#webpage" without its fragment), when
        # nothing firmer names one.
        found.fallbacks.append(("url", page.split("#")[0], "JSON-LD mainEntityOfPage"))

    for key in _PUBLISHED_META:
        _meta_date(found, meta.get(key), f"meta {key}", assemble.PRIORITY_META_PUBLISHED)
    # A live blog opens when its coverage starts; its datePublished may be the last entry's.
    _meta_date(found, _first_str(ld, "coverageStartTime"), "JSON-LD coverageStartTime",
               assemble.PRIORITY_META_PUBLISHED)  # fmt: skip
    _meta_date(found, _first_str(ld, "datePublished"), "JSON-LD datePublished",
               assemble.PRIORITY_META_PUBLISHED)  # fmt: skip
    _meta_date(found, _first_str(ld, "uploadDate"), "JSON-LD uploadDate",
               assemble.PRIORITY_META_PUBLISHED)  # fmt: skip
    _meta_date(found, _first_str(ld, "dateCreated"), "JSON-LD dateCreated",
               assemble.PRIORITY_META_OTHER)  # fmt: skip
    for node in tree.xpath("//*[@itemprop='datePublished']|//time[@pubdate]")[:3]:
        value = node.get("datetime") or node.get("content") or node.text_content()
        _meta_date(found, value, f"<{node.tag} itemprop=datePublished>",
                   assemble.PRIORITY_META_PUBLISHED)  # fmt: skip
    published, where = _published_attribute(tree)
    _meta_date(found, published, where, assemble.PRIORITY_META_OTHER)
    shown_at, where = _timestamp_element(tree)
    _meta_date(found, shown_at, where, assemble.PRIORITY_META_OTHER)
    stamp, updated, where = _article_times(tree)
    if stamp is not None:
        _meta_date(found, stamp, f"{where} above the article", assemble.PRIORITY_META_OTHER)
    if updated is not None:
        _meta_date(found, updated, "<time datetime> of the last update",
                   assemble.PRIORITY_META_MODIFIED)  # fmt: skip
    for key in _MODIFIED_META:
        _meta_date(found, meta.get(key), f"meta {key} (last modified)",
                   assemble.PRIORITY_META_MODIFIED)  # fmt: skip
    _meta_date(found, _first_str(ld, "dateModified"), "JSON-LD dateModified (last modified)",
               assemble.PRIORITY_META_MODIFIED)  # fmt: skip


#: Blogging platforms whose publications and writers are the outlets of the posts they host.
_HOSTING_PLATFORMS = frozenset(
    {"medium", "blogger", "tumblr", "wordpress.com", "hashnode", "livejournal"}
)

#: Platforms whose pages hold one account's post: the platform hosts it, the account posted it.
_PLATFORMS = frozenset(
    ["facebook", "telegram", "x", "twitter", "instagram", "threads", "bluesky", "vk",
     "vkontakte", "linkedin", "tiktok", "mastodon", "truth social", "weibo"]
)  # fmt: skip
#: The <title> a chat app gives the pages of a channel it exports ("Exported Data").
_CHAT_EXPORT_TITLES = frozenset(["exported data"])
#: "Display Name (@user@server.example)": an account on a federated network's server.
_FEDERATED_ACCOUNT = re.compile(
    r"^(?P<name>[^()@]{2,60}?)\s*\(@[A-Za-z0-9_.]{1,30}@(?P<server>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\)$"
)
#: "Display Name (@handle)", perhaps with " on Site" after it: an account by its handle.
_HANDLED_ACCOUNT = re.compile(
    r"^(?P<name>[^()@:\"“”]{2,60}?)\s*\(@[A-Za-z0-9_.]{1,30}\)(?:\s+on\s+[\w .-]{2,30})?$"
)
_ACCOUNT_WORDS = 8
_FORMERLY = re.compile(r"\s*\(formerly\s+[^()]{1,30}\)$", re.I)
_ON_PLATFORM = re.compile(
    r"\s+on\s+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok|Mastodon)$"
)


def _platform(tree: Any, meta: dict[str, str], found: Found) -> None:
    """Whether the page is a social platform's page of a post, and which account it names."""
    # "X (formerly Twitter)": the platform's name without the note of its old one.
    site = _FORMERLY.sub("", (meta.get("og:site_name") or "").strip())
    page_title = collapse_whitespace(tree.findtext(".//title") or "")
    parts = [p for p in _PAGE_TITLE_SEPARATOR.split(page_title) if p]
    federated = _FEDERATED_ACCOUNT.match(meta.get("og:title") or "")
    handled = _HANDLED_ACCOUNT.match(meta.get("og:title") or "")
    if site.lower() in _PLATFORMS:
        found.platform = site
        _group_account(tree, site.lower(), found)
        named = federated or handled
        if named is not None:
            # The platform's own sharing title, "Name (@handle@server)": the name alone is
            # the account, as on any other server's page.
            found.post_account = named.group("name").strip()
            _post_tooltip_dates(tree, found)
            _forwarded_post(tree, found)
            return
    elif federated is not None:
        # A post on a server of a federated network (Mastodon and the like): the site is the
        # server, and the sharing title names the account with its handle on that server.
        found.platform = site or federated.group("server")
        found.post_account = federated.group("name").strip()
        return
    elif handled is not None and (site or len(parts) >= 2):
        # "Ines Darrow (@inesdarrow)", "Ada Brenner (@adabrenner) on Substack": a sharing
        # title that names an account by its handle is a post's page on the site that hosts
        # it (a mirror of X, a notes feed), whatever the site is called.
        found.platform = site or parts[-1]
        found.post_account = handled.group("name").strip()
        _post_tooltip_dates(tree, found)
        return
    elif len(parts) >= 2 and parts[-1].lower() in _PLATFORMS:
        found.platform = parts[-1]
    elif page_title.lower() in _CHAT_EXPORT_TITLES:
        found.platform = page_title
    else:
        return
    title = meta.get("og:title") or (parts[0] if len(parts) >= 2 else "")
    # "Marta Kowal on X": the platform's sharing title names the account on it.
    title = _ON_PLATFORM.sub("", title)
    # 'Name on X: "..."' quotes the post; only a bare name is the account.
    if title and len(title.split()) <= _ACCOUNT_WORDS and not re.search(r"[:\"“”]", title):
        found.post_account = title
    else:
        # An export with no metadata names the account in the header above the messages.
        for node in tree.xpath("//header|//*[contains(@class, 'header')]")[:3]:
            name = collapse_whitespace(node.text_content())
            if 1 <= len(name.split()) <= _ACCOUNT_WORDS and not re.search(r"\d", name):
                found.post_account = name
                break
    _post_tooltip_dates(tree, found)
    _forwarded_post(tree, found)


#: A link to an account's profile on its platform: "/martakowal", "https://x.com/martakowal",
#: "/@ines" (one segment of the address, no further path).
_ACCOUNT_LINK = re.compile(r"^(?:https?://[^/\s]+)?/@?(?P<account>[A-Za-z0-9_.]{1,40})/?$")


def _post_account(post: Any) -> tuple[str, str] | None:
    """The account a post element is by: the profile its first profile link points to, and
    that link's text (the account's display name, when the link shows it)."""
    for link in itertools.islice(post.iter("a"), 6):
        m = _ACCOUNT_LINK.match((link.get("href") or "").strip())
        if m is not None:
            return m.group("account").lower(), collapse_whitespace(link.text_content())
    return None


def _join_thread_posts(tree: Any, found: Found) -> None:
    """A thread saved from a platform's own page sets each of its posts in an ``<article>``
    of its own, the replies of other accounts in more of them under it: the posts of the
    account that opened the thread, one after the other from its first, are its text, so
    they are gathered into the first post's element, where the main-text reader looks (it
    would keep the first post alone). The replies stay where they are. A post of another
    account shown above the thread (the post it answers) is not its text, and the thread is
    dated by its own first post."""
    posts = [
        a
        for a in itertools.islice(tree.iter("article"), 200)
        if not any(anc.tag == "article" for anc in a.iterancestors())
    ]
    if len(posts) < 2:
        return
    accounts = [_post_account(post) for post in posts]
    named = (found.post_account or "").casefold()
    start = next(
        (n for n, a in enumerate(accounts) if a is not None and named and a[1].casefold() == named),
        0,
    )
    opener = accounts[start]
    if opener is None:
        return
    run = [posts[start]]
    for post, account in zip(posts[start + 1 :], accounts[start + 1 :], strict=True):
        if account is None or account[0] != opener[0]:
            break
        run.append(post)
    for post in posts[:start]:
        post.set(_MARK, furniture.SOCIAL_POST)
    first = run[0]
    stamp = next((t.get("datetime") for t in first.iter("time") if t.get("datetime")), None)
    _meta_date(found, stamp, "the time of the thread's first post",
               assemble.PRIORITY_META_PUBLISHED)  # fmt: skip
    for post in run[1:]:
        parent = post.getparent()
        if parent is None:
            continue
        for child in list(post):
            first.append(child)
        parent.remove(post)


def _forwarded_post(tree: Any, found: Found) -> None:
    """A page of one post that another channel forwarded: the post is the forwarded
    channel's, as a portal's copy is its provider's, so that channel is the account and the
    forwarded post's own time (its tooltip, in a chat export) dates it."""
    blocks = tree.xpath("//body//*[contains(concat(' ', normalize-space(@class), ' '), ' forwarded ')"
                        " or contains(@class, 'forwarded_from')]")[:3]  # fmt: skip
    if len(blocks) != 1:
        # Several forwarded posts on one page are a channel's run of posts: it stays the account.
        return
    block = blocks[0]
    for ancestor in block.iterancestors():
        kind = ancestor.get("class")
        parent = ancestor.getparent()
        if kind and parent is not None and sum(c.get("class") == kind for c in parent) > 1:
            # The post is one of a channel's run of posts, which stays the channel's.
            return
    names = block.xpath(".//*[contains(@class, 'from_name')]") or [block]
    holder = names[0]
    # The name is the holder's own text: the time printed beside it is a child element.
    name = collapse_whitespace(
        (holder.text or "")
        if len(holder) and not holder.xpath(".//*[contains(@class, 'forwarded_from_name')]")
        else holder.text_content()
    )
    name = re.sub(r"^(?:forwarded\s+from)\s*:?\s*", "", name, flags=re.I).strip()
    if not name or len(name.split()) > _ACCOUNT_WORDS or re.search(r"\d", name):
        return
    found.post_account = name
    parent = block.getparent()
    forwarder = parent.xpath("./*[contains(@class, 'from_name')]") if parent is not None else []
    if forwarder:
        found.forwarded_by = collapse_whitespace(forwarder[0].text_content()) or None
    for tip in block.xpath(".//*[contains(@class, 'date')][@title]")[:1]:
        _meta_date(found, tip.get("title"), "the forwarded post's time (its tooltip)",
                   assemble.PRIORITY_META_PUBLISHED)  # fmt: skip


#: A post on a VK community's wall: its owner's id is negative ("wall-20418877_4123");
#: a person's wall has a positive one.
_COMMUNITY_WALL = re.compile(r"/wall-\d+_\d+")


def _group_account(tree: Any, platform: str, found: Found) -> None:
    """Whether the account is a channel or a community (no author), and, for a channel's
    preview of several posts, the newest post's time: the page is read as one document of
    all of them, as a feed saved whole is, dated by its newest item."""
    addresses = " ".join(
        str(node.get("href") or node.get("content") or "")
        for node in tree.xpath("//link[@rel='canonical']|//meta[@property='og:url']")
    )
    if platform == "vk" and _COMMUNITY_WALL.search(addresses):
        found.account_is_group = True
    if platform != "telegram":
        return
    # Telegram's web previews are of public channels only; a person's chat has none.
    found.account_is_group = True
    stamps = tree.xpath("//*[contains(@class, 'message_date')]//time/@datetime")
    days = sorted(d for s in stamps[:500] for d in dates.full_dates(str(s)[:40])[0][:1])
    if len(days) >= 2:
        found.add_date(assemble.PRIORITY_META_PUBLISHED, days[-1], "metadata",
                       "the newest post's time on the channel's page")  # fmt: skip


def _post_tooltip_dates(tree: Any, found: Found) -> None:
    """A chat export, and a mirror that prints a post's day without its year ("Mar 4"), keep
    the full time in the tooltip of the post's date or of the link inside it."""
    tips = "//*[contains(@class, 'date')][@title]|//*[contains(@class, 'date')]/a[@title]"
    # A chat export of a channel's run of posts (each a "message"), like the channel's
    # preview page, is dated by its newest post; a forwarded post's own time (inside the post)
    # is not one of the run's. (A thread of posts on a mirror opens on its first post's day.)
    in_messages = (
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' message ')]"
        "//*[contains(@class, 'date')][@title]"
    )
    own = [
        node.get("title")
        for node in tree.xpath(in_messages)[:500]
        if not any("forwarded" in (a.get("class") or "") for a in node.iterancestors())
    ]
    days = sorted(d for tip in own for d in dates.full_dates(str(tip)[:40])[0][:1])
    if len(days) >= 2 and days[0] != days[-1]:
        found.add_date(assemble.PRIORITY_META_OTHER, days[-1], "metadata",
                       "the newest message's time (its tooltip)")  # fmt: skip
    for node in tree.xpath(tips)[:3]:
        _meta_date(found, node.get("title"), "the message's time (its tooltip)",
                   assemble.PRIORITY_META_OTHER)  # fmt: skip


def _content_provider(tree: Any) -> str | None:
    """The outlet a news portal carries the story for: portals set the provider's logo or
    name apart as the story's "provider" above or beside the byline. The portal only hosts
    the copy; the provider published it."""
    # libxml2 finds the marked elements itself: a long page has a hundred thousand others.
    marked = "//body//*[contains(@class, 'provider') or contains(@id, 'provider')]"
    for n, node in enumerate(tree.xpath(marked)):
        if n >= 20:
            return None
        if any(a.tag in _FURNITURE_TAGS or _own_reason(a) in _FIRM_CONTEXT_REASONS
               for a in node.iterancestors()):  # fmt: skip
            continue
        name = collapse_whitespace(node.text_content())
        if not name:
            name = next((collapse_whitespace(i.get("alt") or "") for i in node.iter("img")), "")
        if name and len(name.split()) <= 6 and dates.is_outlet_name(name):
            return name
    return None


def _microdata_name(tree: Any, prop: str, *, people: bool = False) -> str | None:
    """The names under a schema.org microdata property (``itemprop="publisher"``) of the
    page's article: the ``name`` inside an item, or the element's own text. With ``people``,
    an organisation credited as the author names no person."""
    names: list[str] = []
    for node in tree.xpath(f"//*[@itemprop='{prop}']")[:10]:
        if people and "organization" in (node.get("itemtype") or "").lower():
            continue
        named = node.xpath(".//*[@itemprop='name']")
        if named:
            value = named[0].get("content") or named[0].text_content()
        elif node.get("itemscope") is None:
            value = node.get("content") or node.text_content()
        else:
            continue
        value = collapse_whitespace(value or "")
        if value and len(value) <= 120 and not value.startswith("http") and value not in names:
            names.append(value)
    return ", ".join(names) or None


def _article_times(tree: Any) -> tuple[str | None, str | None, str]:
    """The machine-readable dates of the first <time datetime> that is not in page furniture,
    and of the first one before it that stamps an update, and which field held the first
    (its ``datetime``, else the tooltip behind a relative stamp).

    Pages with no date in their head still stamp the story's header with a <time>; later
    ones belong to comments, teaser rails or (in live blogs) single posts, and the ancestors'
    class names say so. A header may print "Updated ..." above "Published ...".
    """
    updates: list[str] = []
    # AMP pages print the story's time with <amp-timeago datetime>, a <time> by another name,
    # and so do the web components that print a time relative ("<relative-time datetime>").
    for node in tree.iter(*_TIME_TAGS):
        value = node.get("datetime") or _tooltip_date(node)
        where = f"<{node.tag} datetime>" if node.get("datetime") else "<time> tooltip"
        if not value:
            value, attribute = _timestamp_attribute(node)
            where = f"<time {attribute}> (a timestamp)"
        if not value or not re.match(r"\s*(?:19|20)\d\d-[01]\d-[0-3]\d", value):
            continue
        if _in_furniture(node):
            continue
        if _update_stamp(node):
            updates.append(str(value))
            continue
        return str(value), (updates[0] if updates else None), where
    return None, (updates[0] if updates else None), "<time datetime>"


def _in_furniture(node: Any) -> bool:
    """Whether a node sits in the page's furniture: an aside, a footer, or a block whose own
    class names a rail, a teaser list or comments."""
    return any(
        ancestor.tag in {"aside", "footer"} or _own_reason(ancestor) in _FIRM_CONTEXT_REASONS
        for ancestor in node.iterancestors()
    )


#: Elements that print a time: <time>, AMP's and web components' own.
_TIME_TAGS = ("time", "amp-timeago", "relative-time", "time-ago", "local-time")
#: Attributes a script reads a <time>'s moment from, when it prints it relative ("3 hours ago").
_TIMESTAMP_ATTRIBUTE = re.compile(
    r"^data-(?:timestamp|time|epoch|unix|u?time|ts|date|datetime|published)(?:-ms)?$"
)
#: A machine date written in an attribute: an ISO day, perhaps with its time.
_ISO_ATTRIBUTE = re.compile(
    r"^\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$"
)


def _timestamp_attribute(node: Any) -> tuple[str | None, str]:
    """A <time>'s moment in a data attribute: an epoch timestamp
    (``data-timestamp="1794468600"``, as an ISO time) or an ISO date (``data-date=
    "2027-03-05T10:20:00Z"``), and the attribute's name."""
    for name, value in node.attrib.items():
        if _TIMESTAMP_ATTRIBUTE.match(name.lower()):
            stamp = dates.epoch_timestamp(value)
            if stamp is not None:
                return stamp, name
            if _ISO_ATTRIBUTE.match(value):
                return value.strip(), name
    return None, ""


#: A class or id that says an element prints the story's time ("article-date", "timestamp").
_DATED_MARK = re.compile(r"date|time|stamp|publish|posted", re.I)


def _timestamp_element(tree: Any) -> tuple[str | None, str]:
    """An epoch timestamp in a data attribute of an element that, by its class, prints the
    story's time ("<span class=article-date data-timestamp=...>2 hours ago</span>"); an
    update's, or one in the page's furniture, is not it."""
    nodes = tree.xpath("//body//*[not(self::time)][@*[starts-with(name(), 'data-')] or @title]")
    for node in nodes[:3000]:
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if not _DATED_MARK.search(marks) or _UPDATE_MARK.search(marks):
            continue
        stamp, attribute = _timestamp_attribute(node)
        where = f"<{node.tag} {attribute}> (a timestamp)"
        if stamp is None:
            # hAtom's <abbr class="published" title="2027-03-05T10:20:00+01:00">, or a
            # relative stamp with the absolute time in its tooltip.
            stamp = _stamp_tooltip(node)
            where = f"<{node.tag} title> of a time stamp"
        if stamp is not None and not _in_furniture(node):
            return stamp, where
    return None, ""


def _stamp_tooltip(node: Any) -> str | None:
    """The machine date in a time stamp's ``title``: an ISO date, or a day when the stamp
    shows only a relative time ("2 hours ago", title="March 5, 2027 10:20 AM")."""
    title = node.get("title")
    if not title or len(title) > 80:
        return None
    if _ISO_ATTRIBUTE.match(title):
        return str(title).strip()
    return _tooltip_date(node)


#: Attributes about the publisher or an id, whose ten digits are no moment.
_NOT_A_MOMENT = re.compile(r"publisher|(?:^|[-_])id(?:$|[-_])|ids?$", re.I)


def _published_attribute(tree: Any) -> tuple[str | None, str]:
    """An epoch timestamp in an attribute named for the publication (``data-published-ms``,
    ``data-publish-time``) on an element of the story, not of its furniture; a modified or
    updated one is not it."""
    attributes = tree.xpath(
        "//@*[contains(translate(name(), 'PUBLISH', 'publish'), 'publish')][position() < 40]"
    )
    for value in attributes[:40]:
        name = str(getattr(value, "attrname", ""))
        if _UPDATE_MARK.search(name) or _NOT_A_MOMENT.search(name):
            continue
        stamp = dates.epoch_timestamp(str(value))
        element = value.getparent() if hasattr(value, "getparent") else None
        if stamp is not None and element is not None and not _in_furniture(element):
            return stamp, f"the {name} attribute of <{element.tag}> (a timestamp)"
    return None, ""


def _tooltip_date(node: Any) -> str | None:
    """The day a <time> without ``datetime`` holds in its tooltip, when the page prints only
    a relative stamp ("2 hours ago", title="14 October 2026 09:00"): the page's own field for
    the absolute time, as a post's tooltip is."""
    title = node.get("title")
    shown = collapse_whitespace(node.text_content() or "")
    if not title or len(title) > 80 or not dates.RELATIVE_STAMP.search(shown):
        return None
    days, _ = dates.full_dates(title)
    return days[0].isoformat() if len(days) == 1 else None


_UPDATE_MARK = re.compile(r"updat|modif", re.I)
_UPDATE_LABEL = re.compile(
    r"(?:updated|last\s+updated|modified|edited|mis\s+[àa]\s+jour|aktualisiert|actualizado|"
    r"atualizado|aggiornato|bijgewerkt)(?:\s+(?:on|at|le|am|el|em|il|op))?\s*:?\s*$",
    re.I,
)


def _update_stamp(node: Any) -> bool:
    """Whether a <time> is the story's last update rather than its first publication: its own
    or its parent's class says so ("updated", "date-modified"), or an "Updated" label stands
    right before it. WordPress themes mark a never-edited post's one stamp "published
    updated", which is the publication."""
    parent = node.getparent()
    marks = " ".join(
        f"{e.get('class') or ''} {e.get('itemprop') or ''}" for e in (node, parent) if e is not None
    )
    if "publish" in marks.lower():
        return False
    if _UPDATE_MARK.search(marks):
        return True
    if parent is None:
        return False
    before = [parent.text or ""]
    for sibling in parent:
        if sibling is node:
            break
        before.append(sibling.text_content() + (sibling.tail or ""))
    said = collapse_whitespace(" ".join(before))
    if not said.strip():
        # The stamp opens its element and its label stands in the element before it: a
        # definition list's <dt>Updated</dt><dd><time ...></dd>, a label's own <span>.
        label = parent.getprevious()
        if label is not None and len((label.text_content() or "").split()) <= 4:
            said = collapse_whitespace(label.text_content() or "")
    return _UPDATE_LABEL.search(said[-40:]) is not None


def _meta_date(found: Found, value: str | None, evidence: str, priority: int) -> None:
    if not value:
        return
    # "1794468600" in article:published_time: a CMS that writes the moment as a timestamp.
    value = dates.epoch_timestamp(value) or value
    compact = re.fullmatch(r"((?:19|20)\d\d)([01]\d)([0-3]\d)(?:T.*)?", value.strip())
    if compact:
        value = "-".join(compact.groups())
    days, _ = dates.full_dates(value[:80])
    if days:
        # The first date as written: an ISO timestamp's date is the publisher's local day.
        found.add_date(priority, days[0], "metadata", evidence)


def _json_ld_articles(
    texts: list[str], *, address: str | None = None, headline: str | None = None
) -> list[dict[str, Any]]:
    """JSON-LD objects describing the article (NewsArticle, Article, BlogPosting, ...), the
    page's own first.

    A page may also describe a related story it links to; the page's own article is the one
    whose address is the page's canonical address, or else whose headline is the one printed
    on the page. Authors and publishers given by reference (``{"@id": ...}``, as @graph
    markup does) are replaced by the objects the graph holds under that id.
    """
    nodes: list[dict[str, Any]] = []
    for text in texts:
        try:
            data = json.loads(text.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        nodes.extend(_ld_nodes(data, depth=0))
    # A photo gallery's page describes itself as an ImageGallery (or MediaGallery), a fact
    # check's page as a ClaimReview (the Claim it reviews has its own date and author).
    articles = [n for n in nodes if any("Article" in t or t.endswith(("Posting", "Gallery"))
                                        or t in ("Report", "ClaimReview")
                                        for t in _types(n))]  # fmt: skip
    # A video's own page describes the video; a story with a video in it describes both,
    # and the story is the page's.
    videos = [n for n in nodes if "VideoObject" in _types(n)]
    chosen = articles or videos or [n for n in nodes if "WebPage" in " ".join(_types(n))]
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    chosen = [_with_references_resolved(n, by_id) for n in chosen]
    if len(chosen) > 1:
        page = _address_key(address)
        shown = furniture.text_key(headline or "")

        def rank(node: dict[str, Any]) -> tuple[bool, bool]:
            own = bool(page) and page in {_address_key(a) for a in _ld_addresses(node)}
            printed = bool(shown) and any(
                isinstance(node.get(k), str) and furniture.text_key(node[k]) == shown
                for k in ("headline", "name")
            )
            return (not own, not printed)

        chosen.sort(key=rank)
    return chosen


def _with_references_resolved(node: dict[str, Any], by_id: dict[str, Any]) -> dict[str, Any]:
    def resolve(item: Any) -> Any:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            return by_id.get(item["@id"], item)
        return item

    resolved = dict(node)
    for key in ("author", "publisher", "creator"):
        value = node.get(key)
        if isinstance(value, list):
            resolved[key] = [resolve(v) for v in value[:10]]
        elif value is not None:
            resolved[key] = resolve(value)
    return resolved


def _ld_addresses(node: dict[str, Any]) -> Iterator[str]:
    for key in ("url", "mainEntityOfPage", "@id"):
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str):
            yield value


def _address_key(address: str | None) -> str:
    """An address as compared: no scheme, fragment, query or trailing slash; case folded."""
    if not address:
        return ""
    bare = re.sub(r"^\w+://", "", address.strip()).split("#")[0].split("?")[0]
    return bare.rstrip("/").casefold()


def _ld_nodes(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _ld_nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_nodes(data["@graph"], depth + 1)


def _types(node: dict[str, Any]) -> list[str]:
    t = node.get("@type", [])
    return [str(x) for x in t] if isinstance(t, list) else [str(t)]


def _first_str(nodes: list[dict[str, Any]], *keys: str) -> str | None:
    for node in nodes:
        for key in keys:
            value = node.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and value.strip():
                return collapse_whitespace(value)
    return None


def _nested_name(nodes: list[dict[str, Any]], key: str, *, people: bool = False) -> str | None:
    """The names under ``key``; with ``people``, an organisation given as the author (a wire
    agency credited by a paper that ran its story) is left for the byline to name the writer."""
    for node in nodes:
        value = node.get(key)
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items[:10]:
            if people and isinstance(item, dict) and _is_organisation(item):
                continue
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(collapse_whitespace(item["name"]))
            elif isinstance(item, str) and item.strip() and not item.startswith("http"):
                names.append(collapse_whitespace(item))
        if names:
            return ", ".join(names)
    return None


_POSTS = frozenset({"VideoObject", "SocialMediaPosting", "DiscussionForumPosting"})


def _microdata_account(tree: Any) -> str | None:
    """The account a video's or a post's microdata names as its author when the item names
    no publisher (a video platform's watch page): the channel that posted it."""
    for item in tree.xpath("//*[@itemscope][@itemtype]")[:20]:
        if (item.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1] not in _POSTS:
            continue
        if item.xpath(".//*[@itemprop='publisher']"):
            return None
        for node in item.xpath(".//*[@itemprop='author']")[:1]:
            named = node.xpath(".//*[@itemprop='name']")
            holder = named[0] if named else node
            value = collapse_whitespace(holder.get("content") or holder.text_content() or "")
            if value and len(value) <= 80 and not value.startswith("http"):
                return value
    return None


#: A post's address in a link aggregator's community, as Reddit and the mirrors that keep
#: its addresses write it: "/r/NAME/comments/ID/...".
_COMMUNITY_PATH = re.compile(r"^/r/(?P<name>[A-Za-z0-9_]{2,30})/comments/")
#: A link to a member's profile: "/user/NAME/", "/u/NAME".
_PROFILE_LINK = re.compile(r"^(?:https?://[^/]+)?/(?:user|u)/(?P<name>[\w-]{3,30})/?$")


def _community(address: str | None) -> str | None:
    """The community a post was published in ("r/Tolvern"), read from its address: like a
    forum thread's forum, it is the post's outlet; the aggregator only hosts it."""
    if not address:
        return None
    m = _COMMUNITY_PATH.match(split_address(address).path)
    return f"r/{m.group('name')}" if m else None


def _post_thing(tree: Any, found: Found) -> str | None:
    """A community post's element that names its community and its poster in its own data
    attributes (a link aggregator's older markup): the first such element is the post, the
    later ones its comments."""
    for node in tree.xpath("//body//*[@data-subreddit-prefixed][@data-author]")[:1]:
        community = collapse_whitespace(node.get("data-subreddit-prefixed") or "")
        if not re.fullmatch(r"r/[A-Za-z0-9_]{2,30}", community):
            return None
        found.set("source", community, "the community the post is in (its markup)")
        found.set("author", node.get("data-author"), "the poster's user name (its markup)")
        return community
    return None


def _poster(tree: Any) -> str | None:
    """The user name of a community post's poster: the first profile link whose text is the
    name it links to (the post's credit line comes before its comments)."""
    for link in tree.xpath("//body//a[@href]")[:200]:
        m = _PROFILE_LINK.match(link.get("href") or "")
        if m and collapse_whitespace(link.text_content() or "").lstrip("u/") == m.group("name"):
            return m.group("name")
    return None


def _posted_by_account(node: dict[str, Any]) -> bool:
    """A video or a social post that names who posted it and no publisher: its page is the
    platform's, and the account is the outlet."""
    return (
        bool(_POSTS & set(_types(node)))
        and not node.get("publisher")
        and bool(node.get("author") or node.get("creator"))
    )


def _is_organisation(node: dict[str, Any]) -> bool:
    return any("Organization" in t or t in {"Corporation", "NGO"} for t in _types(node))


#: A sentence introducing a person, read as an author field from the writer's bio box.
_BIO_SENTENCE = re.compile(r"^(?P<name>.{3,60}?)\s+(?:is|was)\s+(?:a|an|the|our)\s", re.I)


def _trafilatura_metadata(doc: Any, found: Found) -> None:
    """trafilatura's own findings fill what the page's explicit metadata did not say."""
    found.set("title", getattr(doc, "title", None), "page title")
    author = getattr(doc, "author", None)
    if isinstance(author, str):
        # trafilatura reads "By TOMAS REYES United Wire Press" as one name; the agency goes.
        split = dates.split_capitals_byline(author)
        author = split[0] if split else dates.without_trailing_agency(author)
        # "IANS Published: 05 Nov 2026": the date's label read on with the credit, perhaps
        # after a separator ("Jonas Ekberg · Published 8 June 2027").
        author = re.sub(
            r"\s*[·•|]?\s+(?:published|updated|posted)\b.*$", "", author, flags=re.I
        ).rstrip(" ·•|")
        # "AFP; Reuters", "Ana Ruiz; AFP": the agencies credited beside or instead of a
        # writer are no authors.
        people = [n for n in re.split(r"\s*;\s*", author) if n and not dates.is_agency_named(n)]
        author = "; ".join(people) or None
        # A writer's bio in the author box ("Nadia Rahman is a transport researcher ..."):
        # the name it opens with, no more.
        bio = _BIO_SENTENCE.match(author or "")
        if bio is not None:
            author = bio.group("name") if dates.is_person_name(bio.group("name")) else None
    found.set("author", author, "page markup (author)")
    found.set("url", getattr(doc, "url", None), "page markup (url)")
    sitename = getattr(doc, "sitename", None)
    hostname = getattr(doc, "hostname", None)
    if sitename and sitename != hostname:
        found.fallbacks.append(("source", sitename, "page markup (site name)"))
    if hostname:
        found.fallbacks.append(("source", hostname, "web address"))
    value = getattr(doc, "date", None)
    if isinstance(value, str):
        _meta_date(found, value, "page markup (htmldate)", assemble.PRIORITY_PAGE_GUESS)


_PAGE_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|::|»)\s+")


def _outlet_from_page_title(tree: Any, found: Found) -> None:
    """ "Headline | Outlet" in <title>, beside a headline of its own: the other part is the
    outlet, a better guess than trafilatura's or the web address."""
    raw = tree.findtext(".//title")
    if not raw:
        return
    parts = [p.strip() for p in _PAGE_TITLE_SEPARATOR.split(collapse_whitespace(raw)) if p.strip()]
    if len(parts) < 2:
        return
    headlines = {furniture.text_key(found.title or "")}
    for h1 in tree.iter("h1"):
        headlines.add(furniture.text_key(h1.text_content()))
        break
    for outlet, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        if furniture.text_key(" ".join(rest)) in headlines and dates.is_outlet_name(outlet):
            if not outlet.lower().startswith("by "):
                found.fallbacks.insert(0, ("source", outlet, "page title"))
            return
    # An SEO title worded apart from the headline ("Sheriff adds K-9 unit | Pine Hollow
    # Gazette" over "Sheriff's office adds second K-9 unit"): its last part still names the
    # outlet when it is a paper's name.
    outlet, worded = parts[-1], " ".join(parts[:-1])
    if (
        len(worded.split()) >= 3
        and dates.has_outlet_word(outlet)
        and dates.is_outlet_name(outlet)
        and not outlet.lower().startswith("by ")
        # "Local News", "World News": a section's name, every word of it a section's word.
        and not all(w.lower() in dates.SECTION_WORDS for w in outlet.split())
    ):
        found.fallbacks.append(("source", outlet, "page title (its last part)"))


#: The prefix a web archive puts before every address of the page it kept: the Wayback
#: Machine's "/web/20250115083112/" (with "im_" and the like after the stamp) and
#: archive.today's "https://archive.ph/o/Qm7tZ/".
_ARCHIVED_ADDRESS = re.compile(
    r"^(?:https?://web\.archive\.org)?/web/\d{4,14}[a-z_]*/|"
    r"^https?://archive\.(?:ph|today|is|li|vn|md|fo)/o/\w+/",
    re.I,
)
_HOME_PATHS = frozenset(
    {"", "/", "/index.html", "/index.htm", "/index.php", "/index.shtml", "/index.asp",
     "/index.aspx", "/index.cfm", "/default.asp", "/default.aspx", "/default.htm",
     "/default.html", "/home.html", "/home.htm", "/home.php", "/home.asp", "/home.aspx"}
)  # fmt: skip
#: A site in several languages has a home page per language: "/en/", "/fr-ca/index.html".
_LANGUAGE_HOME = re.compile(r"^/[a-z]{2}(?:[-_][a-z]{2})?/?(?:index\.(?:html?|php))?$", re.I)


def _address_parts(href: str) -> Any:
    """The parts of a link's address; a relative one ("news.htm", "/news/") is read on a host
    of its own, its path from the root ("news.htm" was read as a host name, path "", and so
    as the home page)."""
    if "//" in href:
        return split_address(href)
    href = _PARENT_STEPS.sub("", href)  # "../index.html", "./": the site's own pages
    return split_address("//x" + (href if href.startswith("/") else "/" + href))


_PARENT_STEPS = re.compile(r"^(?:\.\.?/)+")


def _home_path(path: str) -> bool:
    return path in _HOME_PATHS or _LANGUAGE_HOME.match(path) is not None


def _outlet_from_home_link(tree: Any, found: Found) -> None:
    """The outlet named by a text link to the site's home page (a WordPress "site-title", a
    masthead written as text), once a web archive's prefix is taken off the address: a better
    guess than the web address, which for a snapshot is the archive's."""
    for n, link in enumerate(tree.iter("a")):
        if n >= 40:
            return
        href = _ARCHIVED_ADDRESS.sub("", (link.get("href") or "").strip())
        rel = (link.get("rel") or "").lower().split()
        if "home" not in rel:
            if not href or href.startswith("#"):
                continue
            parts = _address_parts(href)
            if (
                not _home_path(parts.path)
                or parts.query
                or re.search(
                    r"(?:^|\.)archive\.(?:org|ph|today|is|li|vn|md|fo)$", parts.hostname or ""
                )
            ):
                continue
        if next(link.iter("img"), None) is not None:
            continue  # a logo: its alt text is read by _outlet_from_logo
        name = collapse_whitespace(link.text_content())
        if len(name) <= 3 and _LANGUAGE_HOME.match(split_address(href).path or ""):
            continue  # the language switcher: "EN", "CZ"
        if _HOME_LABEL.match(name):
            continue  # "Front Page", "Home": a menu's link home names no outlet
        if name and (
            (len(name.split()) <= 6 and dates.is_outlet_name(name))
            or assemble.public_body_name(name)
        ):
            found.fallbacks.insert(0, ("source", name, "link to the site's home page"))
            return


_HOME_LABEL = re.compile(
    r"^\W*(?:(?:back\s+to\s+|return\s+to\s+)?(?:the\s+)?(?:home(?:\s*page)?|front\s*page|main\s+page|"
    r"start\s+page|index|top)|home)\W*$",
    re.I,
)


def _links_home(href: str) -> bool:
    """An address of the site's home page ("/", "http://www.paper.example/index.html"), read
    through a web archive's prefix; the archive's own home is not the site's."""
    href = _ARCHIVED_ADDRESS.sub("", href.strip())
    if href in {"/", "./"}:
        return True
    if not href or href.startswith("#"):
        return False
    parts = _address_parts(href)
    return (
        _home_path(parts.path)
        and not parts.query
        and re.search(r"(?:^|\.)archive\.(?:org|ph|today|is|li|vn|md|fo)$", parts.hostname or "")
        is None
    )


_LOGO_MARK = re.compile(r"logo|brand|masthead|site-?name", re.I)
_LOGO_WORDS = re.compile(r"\s*(?:[-–—|:]\s*)?(?:logo|home(?:\s*page)?|masthead)\s*$", re.I)


def _outlet_from_logo(tree: Any, found: Found) -> None:
    """The outlet named by the alt text of the site's logo, the image that links home or that
    its own or its parents' class calls a logo: a better guess than the web address when the
    page names its outlet nowhere else."""
    for n, img in enumerate(tree.iter("img")):
        if n >= 30:
            return
        alt = collapse_whitespace(img.get("alt") or "")
        if not alt:
            continue
        chain = [img, *list(img.iterancestors())[:3]]
        marked = any(
            _LOGO_MARK.search(f"{e.get('class') or ''} {e.get('id') or ''}") for e in chain
        )
        marked = marked or _LOGO_MARK.search(img.get("src") or "") is not None
        home = any(e.tag == "a" and _links_home(e.get("href") or "") for e in chain)
        if not (marked or home):
            continue
        name = _LOGO_WORDS.sub("", alt).strip()
        if name and dates.is_outlet_name(name) and not _LOGO_WORDS.fullmatch(alt):
            found.fallbacks.insert(0, ("source", name, "alt text of the site's logo"))
        return


#: A reader app's prompt to go on reading in it: "Continue reading in Apple News", "Open in
#: the News app". The app it names is the site the page comes from, not the story's outlet.
_APP_PROMPT = re.compile(
    r"^(?:(?:continue|keep)\s+reading|read\s+(?:the\s+)?(?:full|whole)\s+story|open)\s+"
    r"(?:it\s+)?(?:in|on)\s+(?:the\s+)?(?P<app>[\w .&'’-]{2,40}?)(?:\s+app)?\W*$",
    re.I,
)
_MORE_FROM = re.compile(r"\bmore\s+(?:stories\s+)?from\s+(?P<outlet>[A-Z][\w .&'’-]{1,60}?)[.!]?$")
_PUBLISHER_MARK = re.compile(r"publisher|provider|source|partner|logo|brand", re.I)


def _story_shown_by_an_app(tree: Any, page_blocks: list[PageBlock], found: Found) -> None:
    """A news app's preview of another outlet's story: the page's site name is the app's, and
    the app asks the reader to go on in it. The outlet is the one the preview names, in its
    "more from ..." line or the logo it shows above the story."""
    if found.source is None:
        return
    site = furniture.text_key(found.source)
    prompts = [
        b.text for b in page_blocks if len(b.text.split()) <= 24 and _APP_PROMPT.match(b.text)
    ]
    if not any(
        (app := furniture.text_key(_APP_PROMPT.match(t).group("app"))) == site  # type: ignore[union-attr]
        or (len(app) >= 4 and (app in site or site in app))
        for t in prompts
    ):
        return
    outlets = [m.group("outlet").strip() for b in page_blocks if (m := _MORE_FROM.search(b.text))]
    for img in itertools.islice(tree.iter("img"), 40):
        alt = collapse_whitespace(img.get("alt") or "")
        chain = [img, *list(img.iterancestors())[:2]]
        if alt and any(_PUBLISHER_MARK.search(e.get("class") or "") for e in chain):
            outlets.append(_LOGO_WORDS.sub("", alt).strip())
    for outlet in outlets:
        key = furniture.text_key(outlet)
        if key and key != site and site not in key and dates.is_outlet_name(outlet):
            found.source = outlet
            found.field_origins["source"] = "the outlet whose story the app's preview shows"
            return


_PRINT_WORDS = re.compile(
    r"^(?:printer[\s-]*friendly(?:\s+(?:version|page|format))?|print(?:able)?(?:\s+(?:version|view|"
    r"edition|page|preview))?)$",
    re.I,
)
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})


def _headline_on_page(tree: Any, found: Found) -> None:
    """The headline the page shows its reader, when the metadata's title is another one.

    ``og:title``, ``twitter:title`` and JSON-LD headlines are often written for sharing or
    search ("'Like a volcano': huge fire..."), and a printer-friendly page's <title> may name
    only the outlet. The analyst knows the story by the headline printed above it: the first
    <h1> outside the page's furniture (or, with no <h1> and a title that is not a headline, the
    first <h2>).
    """
    if found.title is not None:
        parts = [p.strip() for p in _PAGE_TITLE_SEPARATOR.split(found.title) if p.strip()]
        kept = [p for p in parts if not _PRINT_WORDS.match(p)]
        if len(kept) != len(parts):
            found.title = " - ".join(kept) or None
            found.field_origins["title"] += ", print-version words removed"
    headline = _first_heading(tree, "h1")
    title_is_outlet = found.title is None or (
        dates.has_outlet_word(found.title)
        and dates.is_outlet_name(found.title)
        and len(found.title.split()) <= 4
    )
    if headline is None and title_is_outlet:
        headline = _first_heading(tree, "h2")
    if headline is None and found.title is not None:
        # The <title> as written: a reader of it may have kept only its first part.
        raw = collapse_whitespace(tree.findtext(".//title") or "")
        headline = _heading_ending_title(tree, raw or found.title)
    if headline is None or found.title is None:
        return
    key = furniture.text_key(headline)
    title_parts = {furniture.text_key(p) for p in _PAGE_TITLE_SEPARATOR.split(found.title)}
    if key == furniture.text_key(found.title) or key in title_parts:
        return  # the same headline, or "Headline | Outlet" (assemble takes the outlet off)
    if found.source and key == furniture.text_key(found.source):
        return
    shorter, longer = sorted((key, furniture.text_key(found.title)), key=len)
    cut_short = longer == key and len(longer) > len(shorter) and longer[len(shorter)] == " "
    if longer.startswith(shorter) and len(shorter) >= 0.5 * len(longer) and not cut_short:
        # The page's title runs on past the printed headline (a sharing title's tail): it
        # stands. A title that stops at a word of the printed headline is the headline cut
        # short for sharing, and the reader knows the story by the whole printed one.
        return
    if title_is_outlet and found.title:
        found.fallbacks.append(("source", found.title, "page title naming only the outlet"))
    origin = found.field_origins.get("title", "metadata")
    found.title = headline
    found.field_origins["title"] = f"headline on the page (<h1>/<h2>; {origin} differs)"


def _headline_among_title_parts(tree: Any, page_blocks: list[PageBlock], found: Found) -> None:
    """ "Outlet | Section | Headline" in <title>, on a page that prints its headline in no
    heading tag: the part the page prints as a block of its own is the headline, and the
    part at the far end from it the outlet. (Readers of the title cut only the last part
    off, which leaves "Outlet | Section" as if it were the headline.)"""
    if found.field_origins.get("title") not in {"page title", None}:
        return
    raw = collapse_whitespace(tree.findtext(".//title") or "")
    parts = [p.strip() for p in _PAGE_TITLE_SEPARATOR.split(raw) if p.strip()]
    if len(parts) < 3:
        return
    printed = {furniture.text_key(b.text) for b in page_blocks}
    site = furniture.text_key(found.source or "")
    # The site's own name, printed as its masthead, is never the headline.
    shown = [
        p
        for p in parts
        if len(p.split()) >= 3
        and furniture.text_key(p) in printed
        and furniture.text_key(p) != site
    ]
    if len(shown) > 1:
        # The outlet's name is printed too, as the masthead.
        shown = [p for p in shown if not (dates.has_outlet_word(p) and dates.is_outlet_name(p))]
    if len(shown) != 1:
        return
    found.title = shown[0]
    found.field_origins["title"] = "page title, the part printed as the headline"
    outlet = assemble.outlet_in_title(parts, shown[0])
    if outlet is not None:
        found.fallbacks.insert(0, ("source", outlet, "page title"))


#: An element inside a headline that holds its kicker ("<span class=kicker>EXCLUSIVE</span>")
_KICKER_CLASS = re.compile(r"kicker|eyebrow|overline|flag|label|badge|tag", re.I)


def _heading_text(node: Any) -> str:
    """A heading's text without a kicker set in an element of its own inside it."""
    text = collapse_whitespace(node.text_content())
    for child in node:
        if not isinstance(child.tag, str) or not _KICKER_CLASS.search(child.get("class") or ""):
            continue
        kicker = collapse_whitespace(child.text_content())
        if kicker and len(kicker.split()) <= 3 and text.startswith(kicker):
            rest = text[len(kicker) :].lstrip(" :|-–—")
            if len(rest.split()) >= 3:
                return rest
    return text


def _first_heading(tree: Any, tag: str) -> str | None:
    for n, node in enumerate(tree.iter(tag)):
        if n >= 20:
            return None  # a page with this many headings of one level shows no single headline
        text = _heading_text(node)
        words = text.split()
        if not 3 <= len(words) <= 30 or len(text) > 250:
            continue
        if _date_alone(text):
            continue  # a blog's date header over its posts ("Tuesday, March 15, 2005")
        if any(
            a.tag in _FURNITURE_TAGS or _own_reason(a) in _FIRM_CONTEXT_REASONS
            for a in node.iterancestors()
        ):
            continue
        return text
    return None


def _date_alone(text: str) -> bool:
    """Whether ``text`` is a date and nothing else ("Tuesday, March 15, 2005")."""
    if not any(c.isdigit() for c in text):
        return False
    days, _ = dates.full_dates(text)
    return bool(days) and not dates.without_dates(text).strip(" ,.-|")


def _heading_ending_title(tree: Any, title: str) -> str | None:
    """A heading (<h2>, <h3>) whose text the page's <title> ends with, after a name and a
    separator ("Westbury Watch: Council quietly shelves ..."): a page that sets its headline in
    no <h1>, as a blog's post title under its date header."""
    key = furniture.text_key(title)
    # ... or one part of it: "Post title | Blog" ("Blog: Post title" has no spaced separator).
    parts = {furniture.text_key(p) for p in _PAGE_TITLE_SEPARATOR.split(title) if p.strip()}
    for node in itertools.islice(tree.iter("h2", "h3"), 40):
        text = _heading_text(node)
        if not 3 <= len(text.split()) <= 30 or len(text) > 250:
            continue
        own = furniture.text_key(text)
        if own and key != own and (key.endswith(" " + own) or (len(parts) > 1 and own in parts)):
            if any(
                a.tag in _FURNITURE_TAGS or _own_reason(a) in _FIRM_CONTEXT_REASONS
                for a in node.iterancestors()
            ):
                continue
            return text
    return None


_TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})


def _unwrap_layout_tables(tree: Any) -> None:
    """Tables used to lay out a page (e-mails, old printer-friendly pages) become plain blocks.

    Read as tables they come out as rows of "| cell |" and the story's paragraphs lose their
    order; a table is a layout table when it says so (role=presentation) or when no row of it
    has two cells side by side. One pass over the tree finds each part's own table, so deeply
    nested tables cost no more than flat ones.
    """
    nearest: dict[Any, Any] = {}  # element -> the closest table around it, or None
    parts: dict[Any, list[Any]] = {}
    wide: set[Any] = set()
    for element in tree.iter():
        parent = element.getparent()
        table = None if parent is None else parent if parent.tag == "table" else nearest[parent]
        nearest[element] = table
        if table is None or element.tag not in _TABLE_PARTS or element.tag == "table":
            continue
        parts.setdefault(table, []).append(element)
        if element.tag == "tr" and sum(1 for c in element if c.tag in {"td", "th"}) > 1:
            wide.add(table)
    for table in list(tree.iter("table")):
        layout = (table.get("role") or "").lower() in {"presentation", "none"}
        layout = layout or (table in wide and _lays_out_a_page(parts.get(table, [])))
        if not layout and (table in wide or not any(e.tag == "tr" for e in parts.get(table, []))):
            continue
        for element in [table, *parts.get(table, [])]:
            element.tag = "div"
            for attr in ("width", "align", "cellpadding", "cellspacing", "role"):
                element.attrib.pop(attr, None)


#: A cell holding this many words is running text, not a value in a table of figures.
_LAYOUT_CELL_WORDS = 60
#: 1x1 "spacer" images held cells of a layout table open before CSS (spacer.gif, dot_clear.gif).
_SPACER_SIZE = frozenset({"0", "1", "2", "3"})


def _lays_out_a_page(parts: list[Any]) -> bool:
    """A table of several columns that lays out a page of 1996-2005: the story in one cell,
    the sections' links in another. Its cells hold other tables, spacer images or running
    text, which a table of figures never does."""
    for cell in parts:
        if cell.tag not in {"td", "th"}:
            continue
        if any(
            (img.get("width") in _SPACER_SIZE or img.get("height") in _SPACER_SIZE)
            for img in cell.iter("img")
        ):
            return True
        if next(cell.iter("table"), None) is not None:
            return True  # a table laid inside a cell: the page's columns, not figures
        if len(cell.text_content().split()) >= _LAYOUT_CELL_WORDS:
            return True
        if any(
            link.get("href")
            and _links_home(link.get("href") or "")
            and next(link.iter("img"), None) is not None
            for link in cell.iter("a")
        ):
            return True  # the masthead's strip: the logo beside the date or an advert
    return False


_COPYRIGHT_OPENING = re.compile(r"\s*(?:copyright\b|©|\(c\)\s|all\s+contents?\b)", re.I)
_PRESENTATION_TAGS = frozenset({"font", "center"})
_PRESENTATION_BODY = ("bgcolor", "text", "link", "vlink", "topmargin", "leftmargin")


def _written_before_css(tree: Any) -> bool:
    """Markup of the years before style sheets: <font> and <center>, colours on <body>."""
    body = tree.find("body")
    if body is None:
        return False
    if any(body.get(attr) is not None for attr in _PRESENTATION_BODY):
        return True
    return next(body.iter(*_PRESENTATION_TAGS), None) is not None


def _paragraphs_between_line_breaks(tree: Any) -> None:
    """Two line breaks in a row were the paragraph break of pages before CSS ("text<br><br>
    text"): each run between them becomes a paragraph of its own, so the story is read as
    paragraphs and the byline or the rights line after it is a block apart from its text."""
    # A modern page's "<br><br>" sits inside a paragraph element it already has (a post's
    # text box, a chat export's message), and its short lines are not paragraphs of a story
    # of their own; but the blog engines of the 2000s (Blogger, Movable Type, TypePad,
    # LiveJournal, as their generator tag says) wrote a post's text loose in a <div>, its
    # paragraphs parted by "<br><br>" alone: there a run of prose is a paragraph.
    old = _written_before_css(tree)
    blog_engine = any(
        _BLOG_ENGINE.search(m.get("content") or "")
        for m in tree.iter("meta")
        if (m.get("name") or "").lower() == "generator"
    )
    if not old and not blog_engine:
        return
    asked = 0
    # innermost first, so a run whose element was split already is known to hold paragraphs
    for parent in reversed(list(tree.iter())):
        if not isinstance(parent.tag, str) or parent.tag in {"p", "li", "h1", "h2", "h3"}:
            continue
        children = list(parent)
        if not any(
            (a.tag == "br" and b.tag == "br" and not (a.tail or "").strip())
            or (a.tag == "br" and _COPYRIGHT_OPENING.match(a.tail or ""))
            for a, b in itertools.pairwise([*children, parent])
        ):
            continue
        if not old:
            # Each container asked is read whole: a page nesting many is asked of a few.
            asked += 1
            if asked > _BREAK_CONTAINERS or not _prose_between_breaks(parent):
                continue
        runs: list[tuple[str, list[Any]]] = []
        text: str = parent.text or ""
        run: list[Any] = []
        i = 0
        while i < len(children):
            child = children[i]
            if child.tag == "br" and _COPYRIGHT_OPENING.match(child.tail or ""):
                # "Home | Contact Us<br>Copyright 1999 ...": the notice is a line of its own
                runs.append((text, run))
                text, run = child.tail or "", []
                child.tail = None
                i += 1
                continue
            pair = (
                child.tag == "br"
                and i + 1 < len(children)
                and children[i + 1].tag == "br"
                and not (child.tail or "").strip()
            )
            if not pair:
                run.append(child)
                i += 1
                continue
            runs.append((text, run))
            i += 1  # on the second break; a third or fourth in a row is the same break
            while (
                i + 1 < len(children)
                and children[i + 1].tag == "br"
                and not (children[i].tail or "").strip()
            ):
                i += 1
            text, run = children[i].tail or "", []
            children[i].tail = None
            i += 1
        runs.append((text, run))
        for child in children:
            parent.remove(child)
        parent.text = None
        for text, run in runs:
            if not text.strip() and not any(isinstance(c.tag, str) and c.tag != "br" for c in run):
                continue
            holds_blocks = any(
                isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for c in run for d in c.iter()
            )
            block = etree.SubElement(parent, "div" if holds_blocks else "p")
            block.text = text
            for child in run:
                block.append(child)


def _prose_between_breaks(parent: Any) -> bool:
    """Whether ``parent``, holding no paragraph element, parts two or more runs of prose (12
    words or more, ending a sentence) with "<br><br>"."""
    if next(parent.iter("p"), None) is not None:
        return False
    runs = _DOUBLE_BREAK.split(etree.tostring(parent, encoding="unicode", with_tail=False))
    prose = 0
    for run in runs:
        text = collapse_whitespace(_TAG.sub(" ", run))
        if len(text.split()) >= 12 and text.rstrip('"”’)').endswith((".", "!", "?")):
            prose += 1
            if prose >= 2:
                return True
    return False


_BREAK_CONTAINERS = 50
_BLOG_ENGINE = re.compile(r"\b(?:blogger|movable\s*type|typepad|livejournal)\b", re.I)
_DOUBLE_BREAK = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]*>")


#: <font size="5">, "+2": sizes a page of the 1990s set its headline in when it had no <h1>.
_LARGE_FONT = re.compile(r"^\s*(?:\+[1-6]|[4-7])\s*$")
_FONT_HEADLINE_WORDS = (3, 25)


#: A review comment's marker in the text and the comment at the foot, as word processors
#: export them: Google Docs ("#cmnt1" / "cmnt_ref1"), Word ("#_msocom_1" / "_com_1").
_COMMENT_MARKER = re.compile(r"^#(?:cmnt\d+|_msocom_\d+)$")
_COMMENT_BACKLINK = re.compile(r"^#(?:cmnt_ref\d+|_msoanchor_\d+)$")


def _exported_document(tree: Any, *, commented: bool = True) -> None:
    """A document exported as HTML by a word processor (Google Docs' "Download as HTML")
    marks its headings with paragraph styles, not tags: the paragraph styled "title" is the
    title, as an <h1> would be. Its reviewers' comments come along: a marker in the text
    ("[a]") and the comment at the foot, neither of which the author published.
    ``commented`` says whether the markup holds a comment's address at all."""
    body = tree.find("body")
    if body is None:
        return
    # Only a page whose markup holds such an address has its links walked: most have none,
    # and a long page has thousands.
    marked = (
        body.xpath('.//a[starts-with(@href, "#cmnt") or starts-with(@href, "#_mso")]')
        if commented
        else []
    )
    for link in marked:
        href = (link.get("href") or "").strip()
        if _COMMENT_MARKER.match(href):
            holder = link.getparent()
            if holder is not None and holder.tag == "sup" and len(holder) == 1:
                holder.drop_tree()
            else:
                link.drop_tree()
        elif _COMMENT_BACKLINK.match(href):
            # The comment is the block that holds its back-link, and the replies under it.
            comment = link.getparent()
            while comment is not None and comment.tag not in ("div", "body"):
                comment = comment.getparent()
            if comment is not None and comment.tag == "div" and comment.getparent() is not None:
                comment.drop_tree()
    for n, para in enumerate(body.iter("p")):
        if n >= 10:
            return
        styles = (para.get("class") or "").split()
        if "title" in styles and collapse_whitespace(para.text_content()):
            if next(body.iter("h1"), None) is None:
                para.tag = "h1"
            return


def _headline_set_in_large_type(tree: Any) -> None:
    """A page with no <h1> that prints its headline in large bold <font> (the table layouts of
    1996-2005) has that line as its heading: the largest such line, the first if several,
    outside links (a masthead set as text links home)."""
    body = tree.find("body")
    if body is None or next(body.iter("h1"), None) is not None:
        return
    best: tuple[int, Any] | None = None
    for font in body.iter("font"):
        size = font.get("size") or ""
        if not _LARGE_FONT.match(size):
            continue
        bold = (
            font.find(".//b") is not None
            or font.find(".//strong") is not None
            or any(a.tag in {"b", "strong"} for a in font.iterancestors())
        )
        if not bold or any(a.tag == "a" for a in font.iterancestors()):
            continue
        if font.find(".//a") is not None:
            continue
        text = collapse_whitespace(font.text_content())
        if not _FONT_HEADLINE_WORDS[0] <= len(text.split()) <= _FONT_HEADLINE_WORDS[1]:
            continue
        rank = 3 + int(size.strip()[1:]) if size.strip().startswith("+") else int(size.strip())
        if best is None or rank > best[0]:
            best = (rank, font)
    if best is not None:
        font = best[1]
        # the bold around it is the heading's own type, not a block of its own
        outer = font
        for ancestor in font.iterancestors():
            if ancestor.tag not in {"b", "strong", "span"} or len(ancestor) != 1:
                break
            if (ancestor.text or "").strip():
                break
            outer = ancestor
        outer.tag = "h1"
        for attr in list(outer.attrib):
            del outer.attrib[attr]


#: Set on elements whose role the page's structure shows (not its class names).
_MARK = "data-factlane-furniture"
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: The address of an outlet's newsletter page, and the call on a link to it.
_SIGN_UP_ADDRESS = re.compile(
    r"(?:^|/)(?:newsletters?|subscribe|subscription|sign-?up|e-?mail-?alerts?|alerts|"
    r"briefings?)(?:[/?#.]|$)"
)
_SIGN_UP_CALL = re.compile(
    r"^(?:sign\s*-?up|subscribe|join|register|get\s+(?:it|the\s+[\w'’-]+(?:\s+[\w'’-]+)?))"
    r"(?:\s+(?:now|today|here|for\s+free|free))?\W*$",
    re.I,
)
#: A sign-up box is small; climbing past this many words from its form reaches the story.
_SIGN_UP_BOX_WORDS = 70


#: The label of a transcript folded under a player: "Show transcript", "Read the full
#: transcript", "Video transcript".
_TRANSCRIPT_LABEL = re.compile(
    r"^\W*(?:(?:show|hide|view|read|open|see|expand|toggle)\s+)?(?:the\s+)?(?:full\s+)?"
    r"(?:video\s+|audio\s+|podcast\s+)?transcript\W*$",
    re.I,
)


def _mark_folded_transcripts(tree: Any) -> None:
    """A transcript folded under a player (``<details>`` opened by "Show transcript") repeats
    what the video or the audio says; it is the player's, not the story's text."""
    for details in itertools.islice(tree.iter("details"), 200):
        summary = details.find("summary")
        if summary is None or details.get(_MARK) is not None:
            continue
        if _TRANSCRIPT_LABEL.match(collapse_whitespace(summary.text_content() or "")):
            details.set(_MARK, furniture.MEDIA_PLAYER)


def _mark_folded_summaries(tree: Any) -> None:
    """A key-points box folded away (an AMP page's ``<amp-accordion>`` section, a
    ``<details>`` opened by "Key facts") tells the story again in brief, as a key-points box
    does in the open: its heading and its lines are set aside together, whatever their
    length or punctuation."""
    folds = [
        *(s for a in itertools.islice(tree.iter("amp-accordion"), 50) for s in a.iterchildren()),
        *itertools.islice(tree.iter("details"), 200),
    ]
    for fold in folds:
        if not isinstance(fold.tag, str) or fold.get(_MARK) is not None:
            continue
        label = next(
            (c for c in fold.iterchildren() if c.tag in {"summary", "header", *_HEADING_TAGS}),
            None,
        )
        if label is not None and furniture.is_summary_heading(
            collapse_whitespace(label.text_content() or "")
        ):
            fold.set(_MARK, furniture.SUMMARY_BOX)


_BYLINE_OPENING = re.compile(r"^\s*by\s+[A-Z]", re.I)


def _mark_appended_articles(tree: Any) -> None:
    """An endless page appends the next story under the one it opened on, each in an
    ``<article>`` of its own: the one holding the page's ``<h1>`` is the story, and an article
    after it with a heading, a byline or a time of its own and paragraphs of prose is another
    story, whatever label ("Up next") stands between them, or none."""
    articles = [
        a
        for a in itertools.islice(tree.iter("article"), 100)
        if not any(anc.tag == "article" for anc in a.iterancestors())
    ]
    holders = [a for a in articles if next(a.iter("h1"), None) is not None]
    if len(articles) < 2 or len(holders) != 1:
        return
    for later in articles[articles.index(holders[0]) + 1 :]:
        if later.get(_MARK) is not None or next(later.iter("h2", "h3"), None) is None:
            continue
        signed = next(later.iter("time"), None) is not None or any(
            _BYLINE_OPENING.match(e.text_content() or "")
            for e in itertools.islice(later.iter("p", "div", "span"), 12)
        )
        prose = [p for p in later.iter("p") if len((p.text_content() or "").split()) >= 12]
        if signed and len(prose) >= 2:
            later.set(_MARK, furniture.APPENDED_STORY)


def _mark_unseen_and_sign_up(tree: Any) -> None:
    """Mark what the reader never sees and the sign-up boxes set inside a story.

    A paywalled page may carry the locked paragraphs hidden (``hidden``, ``display:none``):
    the reader without a subscription does not see them, so they are not the story. Unless
    nearly everything is hidden: a page saved before its scripts revealed it still holds its
    story. A form asking for an e-mail address is a sign-up box whatever its class names, and
    so is the small block around it (its heading, pitch and small print).
    """
    body = tree.find("body")
    if body is None:
        return
    total = len(body.text_content().split())
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        hidden = element.get("hidden") is not None or _HIDING_STYLE.search(
            element.get("style") or ""
        )
        if hidden and len(element.text_content().split()) <= 0.5 * total:
            element.set(_MARK, furniture.HIDDEN)
    for field in body.iter("input"):
        kind = (field.get("type") or "").lower()
        name = f"{field.get('name') or ''} {field.get('placeholder') or ''}".lower()
        if kind != "email" and "email" not in name and "e-mail" not in name:
            continue
        box = None
        for ancestor in field.iterancestors():
            if ancestor.tag in {"body", "html", "article", "main"}:
                break
            if len(ancestor.text_content().split()) > _SIGN_UP_BOX_WORDS:
                break
            if box is not None and _holds_story_beside(ancestor, box):
                break  # a short story's container: the box is one of its children
            box = ancestor
        if box is not None and box.get(_MARK) is None:
            box.set(_MARK, furniture.SIGN_UP_FORM)
    # A sign-up box without a form: its call is a link to the outlet's newsletter page
    # ("Sign up now" to /newsletters), and its heading and pitch stand round it.
    for link in itertools.islice(body.iter("a"), 2000):
        href = (link.get("href") or "").lower()
        if not _SIGN_UP_ADDRESS.search(href):
            continue
        label = collapse_whitespace(link.text_content())
        if not label or len(label.split()) > 6 or not _SIGN_UP_CALL.match(label):
            continue
        box = None
        for ancestor in itertools.islice(link.iterancestors(), 8):
            if ancestor.tag in {"body", "html", "article", "main"}:
                break
            if len(ancestor.text_content().split()) > _SIGN_UP_BOX_WORDS:
                break
            if box is not None and _news_beside(ancestor, box):
                break  # a brief's own paragraph: the link is the story's foot, not a box's
            box = ancestor
        if box is not None and box.get(_MARK) is None and not _paywall_prompt(box):
            box.set(_MARK, furniture.SIGN_UP_FORM)
    # A reader poll: a form of choices (radio buttons) and its question and results round it
    # ("Should lorries be banned?", "Yes 78% (412 votes)"), whose figures are no story's.
    for form in itertools.islice(body.iter("form"), 100):
        if next(form.iter("input"), None) is None or not any(
            (i.get("type") or "").lower() in {"radio", "checkbox"} for i in form.iter("input")
        ):
            continue
        box = form
        for ancestor in itertools.islice(form.iterancestors(), 8):
            if ancestor.tag in {"body", "html", "article", "main"}:
                break
            if len(ancestor.text_content().split()) > _SIGN_UP_BOX_WORDS:
                break
            if _holds_story_beside(ancestor, box):
                break
            box = ancestor
        if box.get(_MARK) is None:
            box.set(_MARK, furniture.POLL)


_PITCH_WORDS = re.compile(
    r"\b(?:inbox|newsletters?|briefing|bulletin|subscri\w*|sign(?:ing)?\s*-?up|e-?mail|free|"
    r"every\s+(?:morning|evening|day|week|weekday))\b",
    re.I,
)


def _news_beside(element: Any, box: Any) -> bool:
    """Whether ``element`` holds, outside ``box``, a paragraph of running text that is no
    pitch for the newsletter (none of its words: inbox, briefing, free, every morning ...)."""
    for child in element:
        if child is box or not isinstance(child.tag, str):
            continue
        for p in child.iter("p", "div", "span"):
            text = collapse_whitespace(p.text_content())
            if furniture.story_paragraph(text) and not _PITCH_WORDS.search(text):
                return True
    return False


def _paywall_prompt(box: Any) -> bool:
    """Whether a small box is a paywall's prompt ("Subscribe to continue reading"): its own
    reason, which says the text is partial, is no sign-up box's."""
    texts = [collapse_whitespace(box.text_content())]
    texts += [collapse_whitespace(e.text_content()) for e in itertools.islice(box.iter(), 40)]
    return any(t and furniture.single_block_reason(t) == furniture.PAYWALL for t in texts)


def _locked_selectors(json_ld: list[str]) -> list[str]:
    """The CSS selectors a page's JSON-LD gives for the parts of its story that are not free
    (``"hasPart": {"isAccessibleForFree": false, "cssSelector": ".paywall"}``, the markup
    search engines are asked to use for a paywall)."""
    found: list[str] = []
    for text in json_ld:
        if "hasPart" not in text or "cssSelector" not in text:
            continue
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            continue
        stack: list[tuple[Any, int]] = [(value, 0)]
        while stack and len(found) < _MAX_LOCKED_SELECTORS:
            item, depth = stack.pop()
            if depth > 12:
                continue
            if isinstance(item, list):
                stack.extend((v, depth + 1) for v in item[:200])
            elif isinstance(item, dict):
                free = item.get("isAccessibleForFree")
                selector = item.get("cssSelector")
                if isinstance(selector, str) and str(free).strip().lower() == "false":
                    found.extend(s.strip() for s in selector[:2000].split(",") if s.strip())
                stack.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
    return found[:_MAX_LOCKED_SELECTORS]


#: At most this many selectors of locked parts are matched against a page's elements.
_MAX_LOCKED_SELECTORS = 20


#: One compound selector (the last of a chain): a tag, ids, classes, attributes.
_SIMPLE_SELECTOR = re.compile(r"^([A-Za-z][\w-]*|\*)?((?:[.#][\w-]+|\[[^\]]{1,80}\])*)$")
_SELECTOR_PART = re.compile(r"([.#])([\w-]+)|\[\s*([\w-]+)\s*(?:=\s*[\"']?([^\"'\]]*)[\"']?\s*)?\]")


@dataclass(frozen=True)
class _Selector:
    """A compound CSS selector, parsed: its tag (or None), ids, classes and attributes."""

    tag: str | None
    parts: tuple[tuple[str, str, str, str], ...]


def _parsed_selector(selector: str) -> _Selector | None:
    """The last compound of a selector chain (".story .paywall" is ".paywall"), or None when
    it is not of the simple kinds read here or names no tag, id, class or attribute."""
    last = re.split(r"\s*[\s>+~]\s*", selector.strip())[-1]
    shape = _SIMPLE_SELECTOR.match(last)
    if shape is None or not last:
        return None
    tag = shape.group(1) if shape.group(1) and shape.group(1) != "*" else None
    parts = tuple(_SELECTOR_PART.findall(shape.group(2)))
    if tag is None and not parts:
        return None
    return _Selector(tag.lower() if tag else None, parts)


def _matches(element: Any, selector: _Selector) -> bool:
    """Whether an element answers a parsed compound selector."""
    if selector.tag is not None and element.tag != selector.tag:
        return False
    classes = set((element.get("class") or "").split()) if selector.parts else set()
    for kind, name, attr, wanted in selector.parts:
        if kind == "." and name not in classes:
            return False
        if kind == "#" and element.get("id") != name:
            return False
        if attr and (element.get(attr) is None or (wanted and element.get(attr) != wanted)):
            return False
    return True


def _mark_locked_part(tree: Any, json_ld: list[str]) -> None:
    """Set aside the parts of the story the page's JSON-LD names as not free. A page whose
    named part holds all of its story (a site that names the whole article body, free lead
    and all) shows its reader no other text, so nothing is set aside there."""
    selectors = [p for p in map(_parsed_selector, _locked_selectors(json_ld)) if p is not None]
    body = tree.find("body")
    if not selectors or body is None:
        return
    locked = [
        el
        for el in body.iter()
        if isinstance(el.tag, str) and any(_matches(el, s) for s in selectors)
    ]
    if not locked:
        return
    # The free lead: prose before the first locked part, in a container the two share within
    # three levels (a consent dialog's or a footer's paragraphs elsewhere are no lead).
    first = locked[0]
    container = first.getparent()
    for _ in range(3):
        if container is None:
            return
        if _prose_before(container, first, locked):
            break
        if container is body:
            return
        container = container.getparent()
    else:
        return
    for el in locked:
        el.set(_MARK, furniture.LOCKED_PART)


def _prose_before(container: Any, first: Any, locked: list[Any]) -> bool:
    """Whether ``container`` holds a paragraph of prose before ``first``, outside the locked
    parts. (The locked elements are held in ``locked``, so lxml gives the same objects for
    them while walking: they can be looked up in a set.)"""
    parts = set(locked)
    for el in container.iter():
        if el is first:
            return False
        if el.tag != "p" or len((el.text_content() or "").split()) < 12:
            continue
        if el not in parts and not any(a in parts for a in el.iterancestors()):
            return True
    return False


def _holds_story_beside(element: Any, box: Any) -> bool:
    """Whether ``element`` holds two paragraphs of running text outside ``box`` (a sign-up
    box's own small print, "By signing up you agree ...", is not running text)."""
    found = 0
    for child in element:
        if child is box or not isinstance(child.tag, str):
            continue
        for p in child.iter("p"):  # the child itself first, when it is a <p>
            text = collapse_whitespace(p.text_content())
            if furniture.story_paragraph(text) and furniture.single_block_reason(text) is None:
                found += 1
                if found >= 2:
                    return True
    return False


#: What a back-link from a note to its marker shows: an arrow, a caret, "back".
_BACK_LINK_TEXT = re.compile(
    r"^\s*(?:[↩↑⤴⬆^]\ufe0e?\ufe0f?|\[?(?:back|return(?:\s+to\s+text)?)\]?)\s*$", re.I
)
_NOTES_MARKS = re.compile(
    r"foot-?notes?|end-?notes?|doc-endnotes|(?:^|[\s_-])notes(?:$|[\s_-])", re.I
)
#: A note's number written into its text ("1.", "[1]", "(1)") rather than by the list.
_NOTE_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s*")
NOTES = "notes list"
_NOTES_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})


def _mark_notes_lists(tree: Any) -> None:
    """The notes at the foot of a story with footnotes: part of the story, as printed.

    A list is a notes list when the page says so (class "footnotes", role doc-endnotes) or
    when its items link back to their markers in the text ("↩", "^", "back"). The back-links
    are the page's navigation and leave the text; so does a note number written into it (the
    list numbers the notes). The markers in the story ("recorded.[1]") stay as printed.
    """
    body = tree.find("body")
    if body is None:
        return
    for listing in list(body.iter("ol", "ul")):
        items = [li for li in listing if li.tag == "li"]
        if not items:
            continue
        marks = " ".join(
            f"{e.get('class') or ''} {e.get('id') or ''} {e.get('role') or ''}"
            for e in [listing, *listing.iterancestors()][:3]
        )
        back_links = [_back_links(li) for li in items]
        named = _NOTES_MARKS.search(marks) is not None
        if not named and sum(1 for links in back_links if links) < max(1, len(items) // 2 + 1):
            continue
        for li, links in zip(items, back_links, strict=True):
            for link in links:
                _drop_keeping_tail(link)
            if li.text and _NOTE_NUMBER.match(li.text):
                li.text = _NOTE_NUMBER.sub("", li.text, count=1)
            li.set(_MARK, NOTES)
        # The heading of the notes ("Notes", "Sources") goes with them.
        container = listing.getparent()
        if (
            container is not None
            and len(container.text_content().split()) <= len(listing.text_content().split()) + 6
        ):
            for heading in container:
                if (
                    isinstance(heading.tag, str)
                    and heading.tag in _NOTES_HEADING_TAGS
                    and heading is not listing
                    and len(heading.text_content().split()) <= 4
                ):
                    heading.set(_MARK, NOTES)


#: A fact box beside an encyclopedia article or a profile ("infobox", "fact box", "fact
#: file"): its rows of labels and values repeat or summarise the article, and are no part of it.
_INFOBOX_MARK = re.compile(r"infobox|fact-?(?:box|file|sheet)|key-?facts", re.I)


def _mark_infoboxes(tree: Any) -> frozenset[str]:
    """Mark the page's fact boxes as summary boxes; return their rows' texts (as
    ``furniture.text_key``) so the rows the main-text reader kept can be set aside too."""
    rows: set[str] = set()
    for n, table in enumerate(tree.iter("table")):
        if n >= 200:
            break
        marks = f"{table.get('class') or ''} {table.get('id') or ''}"
        if not _INFOBOX_MARK.search(marks):
            continue
        table.set(_MARK, furniture.SUMMARY_BOX)
        for row in table.iter("tr"):
            cells = [collapse_whitespace(c.text_content()) for c in row if c.tag in {"td", "th"}]
            key = furniture.text_key(" ".join(c for c in cells if c))
            if key:
                rows.add(key)
    return frozenset(rows)


#: The "[edit]" link a wiki sets beside each section heading.
#: A box floated beside the story's text: the related links, fact file or photo a page of the
#: early web set in a small table aligned to one side, in the middle of the story.
FLOATED_BOX = "box set beside the story"
_FLOAT_STYLE = re.compile(r"float\s*:\s*(?:left|right)", re.I)
_FLOATED_BOX_WORDS = 80


def _mark_floated_boxes(tree: Any) -> None:
    """A small table aligned to one side (``align="right"``, ``float:right``) with the story's
    paragraphs around it is a box beside the story, not its text: its links and lines are
    set aside wherever the main-text reader puts them."""
    for table in itertools.islice(tree.iter("table"), 200):
        if table.get(_MARK) is not None:
            continue
        aligned = (table.get("align") or "").lower() in {"left", "right"} or _FLOAT_STYLE.search(
            table.get("style") or ""
        )
        if not aligned or len(table.text_content()[:2000].split()) > _FLOATED_BOX_WORDS:
            continue
        if not _prose_around(table):
            continue
        table.set(_MARK, FLOATED_BOX)


def _prose_around(box: Any) -> bool:
    """Whether a paragraph of prose stands near ``box`` among its siblings, before and after
    it (a few on each side: a long page's other blocks are not read for every box)."""
    return any(
        _prose_element(e) for e in itertools.islice(box.itersiblings(preceding=True), 4)
    ) and any(_prose_element(e) for e in itertools.islice(box.itersiblings(), 4))


def _prose_element(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return False
    text = collapse_whitespace(element.text_content()[:5000])
    return len(text.split()) >= 12 and text.rstrip('"”’)').endswith((".", "!", "?"))


_EDIT_LINK_MARK = re.compile(r"editsection|edit-?section|section-?edit|edit-?link", re.I)
_EMPTY_BRACKETS = re.compile(r"\s*\[\s*\]")
_EDIT_LINK_TEXT = re.compile(r"^\s*\[?\s*edit(?:\s*\|\s*edit\s+source)?\s*\]?\s*$", re.I)


def _without_edit_links(tree: Any) -> None:
    """A wiki's "[edit]" links are the site's tools, not the heading's words."""
    for heading in list(tree.iter("h2", "h3", "h4", "h5", "h6")):
        dropped = False
        for element in list(heading.iter()):
            if element is heading or not isinstance(element.tag, str):
                continue
            marked = _EDIT_LINK_MARK.search(element.get("class") or "")
            link = element.tag == "a" and _EDIT_LINK_TEXT.match(element.text_content())
            if (marked or link) and element.getparent() is not None:
                _drop_keeping_tail(element)
                dropped = True
        if dropped:
            # The brackets the page printed around a removed link: "History [ ]".
            for element in heading.iter():
                if element.text and "[" in element.text:
                    element.text = _EMPTY_BRACKETS.sub("", element.text)
                if element is not heading and element.tail and "[" in element.tail:
                    element.tail = _EMPTY_BRACKETS.sub("", element.tail)


#: A page's note of its own last edit: "This page was last edited on 12 March 2025".
_EDIT_STAMP = re.compile(
    r"\b(?:last\s+(?:edited|modified|updated|revised|changed)|(?:page|article)\s+was\s+"
    r"(?:last\s+)?(?:edited|modified|updated|revised))\b",
    re.I,
)


def _drop_edit_stamp_guess(page_blocks: list[PageBlock], found: Found) -> None:
    """htmldate's guess read from the page's note of its last edit dates an update, not the
    publication: a wiki page printing only that has no publication date."""
    guessed = [c for c in found.candidates if c[1].evidence == "page markup (htmldate)"]
    if not guessed:
        return
    edited: set[Any] = set()
    for block in page_blocks:
        if len(block.text) <= 200 and _EDIT_STAMP.search(block.text):
            edited.update(dates.full_dates(block.text, found.numeric_order)[0])
    if edited:
        found.candidates[:] = [
            c for c in found.candidates if c not in guessed or c[1].value not in edited
        ]


def _drop_update_echo_guess(found: Found) -> None:
    """htmldate's guess that only repeats the page's last-modified field (its day, with no
    first publication in the markup) dates an update too: it stays with the update's rank,
    below a dateline's "ASHBY, March 3, 2027 -" (round 53)."""
    updated = {c.value for p, c in found.candidates if p == assemble.PRIORITY_META_MODIFIED}
    if not updated or any(p == assemble.PRIORITY_META_PUBLISHED for p, _ in found.candidates):
        return
    found.candidates[:] = [
        (assemble.PRIORITY_META_MODIFIED, c)
        if c.evidence == "page markup (htmldate)" and c.value in updated
        else (p, c)
        for p, c in found.candidates
    ]


def _machine_forms(day: Any) -> tuple[str, ...]:
    return (day.isoformat(), day.strftime("%Y/%m/%d"), day.strftime("%Y%m%d"))


def _guess_read_from_text(tree: Any, page_blocks: list[PageBlock], found: Found) -> None:
    """htmldate also reads the text of elements its rules take for date fields ("<span
    class=date>Jan 13, 2025</span>", "Published: 07.03.2025"): a guess no machine field holds
    (no attribute, meta tag or script names the day) but a line of the page prints was read
    from visible text, and says so (``text``)."""
    guessed = [
        (n, c)
        for n, (_, c) in enumerate(found.candidates)
        if c.evidence == "page markup (htmldate)" and c.origin == "metadata"
    ]
    if not guessed:
        return
    printed: set[Any] = set()
    for block in page_blocks:
        if len(block.text) <= 200:
            printed.update(dates.full_dates(block.text, found.numeric_order)[0])
    for n, candidate in guessed:
        if candidate.value not in printed:
            continue
        forms = _machine_forms(candidate.value)
        in_markup = any(
            any(form in str(value) for form in forms)
            for element in tree.iter()
            if isinstance(element.tag, str)
            for value in element.attrib.values()
        ) or any(
            any(form in (script.text or "") for form in forms) for script in tree.iter("script")
        )
        if in_markup:
            continue
        priority = found.candidates[n][0]
        found.candidates[n] = (
            priority,
            DateCandidate(candidate.value, "text", "a date line of the page (htmldate)"),
        )


def _back_links(item: Any) -> list[Any]:
    links = []
    for link in item.iter("a"):
        href = link.get("href") or ""
        role = (link.get("role") or "") + " " + (link.get("class") or "")
        if ("backlink" in role.lower() or "backref" in role.lower() or href.startswith("#")) and (
            _BACK_LINK_TEXT.match(link.text_content() or "") or "back" in role.lower()
        ):
            links.append(link)
    return links


def _drop_keeping_tail(element: Any) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


# --- Paragraphs in italics whole --------------------------------------------------------

#: Paragraphs looked at for italics: a closing note is one of the story's last few.
_EMPHASIS_SCAN = 5000


def _emphasised_paragraphs(tree: Any) -> frozenset[str]:
    """The texts of the paragraphs set in italics whole ("<p><em>The Moorland Echo is
    delivered free to 9,000 homes ...</em></p>"): no words of the paragraph stand outside
    its <em> or <i>."""
    body = tree.find("body")
    if body is None:
        return frozenset()
    texts: set[str] = set()
    for para in itertools.islice(body.iter("p"), _EMPHASIS_SCAN):
        children = [c for c in para if isinstance(c.tag, str) and c.tag != "br"]
        if not children or (para.text or "").strip():
            continue
        if any(c.tag not in ("em", "i") or (c.tail or "").strip() for c in children):
            continue
        text = collapse_whitespace(para.text_content())
        if len(text.split()) >= 4:
            texts.add(text)
    return frozenset(texts)


# --- A live blog's entry stamps -------------------------------------------------------------

#: The class a live blog gives each entry: "entry", "post", "update", "block" on their own or as
#: a part of a longer name ("live-entry", "lb-post", "liveblog__update", "block-item").
_ENTRY_CLASS = re.compile(r"(?:^|[\s_-])(?:entry|post|update|block)(?:$|[\s_-])", re.I)
#: An element that prints a stamp by its class: "timestamp", "time", "entry-time", "post__date".
_STAMP_CLASS = re.compile(r"(?:^|[\s_-])(?:timestamp|time|date(?:time)?)(?:$|[\s_-])", re.I)
#: A time of day, as an entry's stamp prints it ("08:40", "8.40am", "10:05 a.m. ET").
_STAMP_CLOCK = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,5}\b)?"
#: A stamp line: a clock alone, or led by its label ("Updated", "Posted at 10:05 BST").
_STAMP_LINE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|posted|published)(?:\s+(?:at|on))?\s*[,:]?\s*)?"
    + _STAMP_CLOCK
    + r"\s*[,:.]?$",
    re.I,
)
_STAMP_LABEL = re.compile(
    r"^(?:(?:last\s+)?(?:updated|posted|published)(?:\s+(?:at|on))?\s*[,:]?\s*)", re.I
)
#: The clock in a <time>'s machine-readable value ("2026-10-15T08:40", "...T07:40:00Z").
_DATETIME_CLOCK = re.compile(
    r"^\d{4}-\d\d-\d\dT(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]00:?00)?", re.I
)
#: Words of text that make an element an entry's own paragraph (not a key-events link).
_ENTRY_TEXT_WORDS = 6
#: Live blogs have several entries; one stamped block is an article's own time line.
_MIN_STAMPED_ENTRIES = 2
_STAMP_MARK = "data-factlane-entry-stamp"


def _stamp_line(text: str) -> bool:
    """Whether ``text`` is a live-blog entry's stamp and nothing else: a time of day, perhaps
    with its day ("15 October 2026, 08:40") and a label before it ("Posted at 10:05 BST")."""
    line = text.strip()
    if not line or len(line) > 60:
        return False
    if _STAMP_LINE.match(line):
        return True
    return assemble.entry_stamp_day(_STAMP_LABEL.sub("", line), None) is not None


#: Elements a stamp holds at most, itself included ("<span>Posted at <time>10:05</time></span>").
_STAMP_ELEMENTS = 6


def _small(node: Any) -> bool:
    """Whether ``node`` holds few elements and little text, as a stamp does: its text is read
    only then, so that a long block around many stamps is not read once for each of them."""
    if sum(1 for _ in itertools.islice(node.iter(), _STAMP_ELEMENTS + 1)) > _STAMP_ELEMENTS:
        return False
    return sum(len(t) for t in itertools.islice(node.itertext(), _STAMP_ELEMENTS * 2)) <= 200


def _stamp_text(node: Any) -> str | None:
    """The stamp a <time> or stamp-classed element prints, or, when it prints none or only a
    relative time ("2 hours ago"), its ``datetime``'s day and clock."""
    if not _small(node):
        return None  # a block of the page classed by its times, not a stamp
    text = collapse_whitespace(node.text_content())
    if _stamp_line(text):
        return text
    if node.tag != "time" or (text and not _RELATIVE_STAMP.match(text)):
        return None
    day, clock = _datetime_parts(node.get("datetime"))
    if day is None or clock is None:
        return None
    return f"{_day_words(day)}, {clock}"


def _datetime_parts(value: str | None) -> tuple[date | None, str | None]:
    """The day and the clock as written ("08:40") of a machine-readable time, else Nones. The
    clock is the one written, in the page's own zone, as its stamps print it."""
    found = _DATETIME.match((value or "").strip())
    if found is None:
        return None, None
    year, month, day, hour, minute = (int(g) if g else None for g in found.groups())
    try:
        when = date(year or 0, month or 0, day or 0)
    except ValueError:
        return None, None
    clock = f"{hour:02d}:{minute:02d}" if hour is not None and minute is not None else None
    return when, clock


def _day_words(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
_DATETIME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?")
#: A stamp printed relative to the reader's moment: "2 hours ago", "3h ago", "Just now".
_RELATIVE_STAMP = re.compile(
    r"^(?:(?:updated|posted|published)\s*:?\s*)?(?:(?:\d+|an?|one)\s*"
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\s+ago|just\s+now)$",
    re.I,
)
#: Comments and replies carry a stamp each, under the story: they head no entry of it.
_COMMENT_CLASS = re.compile(r"comment|repl(?:y|ies)|discussion|forum|thread", re.I)
_BYLINE_CLASS = re.compile(r"byline|author", re.I)
_BARE_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")


#: What a stamp's label leaves before its clock ("Posted at", "Updated:").
_LABEL_ONLY = re.compile(r"(?:last\s+)?(?:updated|posted|published)(?:\s+(?:at|on))?\s*[,:]?", re.I)
#: Words a sentence has before a time it holds: fewer are a post's meta line ("18.4K views
#: 13:05", "submitted 1 year ago by ...") or a label.
_SENTENCE_WORDS_BEFORE = 3
#: The last word before a point of the text, and what may stand between it and that point.
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,]*$")


def _inline_text_before(node: Any) -> str:
    """The text printed before ``node`` in its own line of text: back to the start of the
    block (paragraph, list item, heading, division) that holds it, or to the nearest block
    before it inside that block (a heading over a stamp is a line of its own). Only its last
    words are wanted, so the walk back stops after a few elements: a page of thousands of
    stamps side by side is read in one pass, not once for each stamp."""
    parts: list[str] = []
    current = node
    steps = 0
    while current is not None and steps < _WALK_BACK:
        previous = current.getprevious()
        while previous is not None and steps < _WALK_BACK:
            steps += 1
            parts.append(previous.tail or "")
            if isinstance(previous.tag, str):
                if previous.tag in _BLOCK_TAGS or previous.tag == "br":
                    return "".join(reversed(parts))
                parts.append(previous.text_content()[-200:])
            previous = previous.getprevious()
        parent = current.getparent()
        if parent is None:
            break
        steps += 1
        parts.append(parent.text or "")
        if isinstance(parent.tag, str) and parent.tag in _BLOCK_TAGS:
            break
        current = parent
    return "".join(reversed(parts))


#: Elements looked at on the walk back from a time to the start of its line.
_WALK_BACK = 12


def _run_into_sentence(stamp: Any) -> bool:
    """Whether ``stamp`` stands inside a sentence of the text: three words or more are
    printed before it on its line, the last of them in lower case ("the first call came at
    14:05", "was closed until 18:30"), and they are not a stamp's label alone ("Posted at").
    A stamp that opens its line, or follows a name or a headline, heads an entry."""
    before = collapse_whitespace(_inline_text_before(stamp))
    if len(before.split()) < _SENTENCE_WORDS_BEFORE or _LABEL_ONLY.fullmatch(before):
        return False
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1).islower()


def _times_into_text(tree: Any) -> None:
    """Each <time> run into a sentence ("the first call came at <time>14:05</time> from a
    driver", "the vote is set for <time>2 June</time>") as plain text of its sentence. The
    main-text reader drops every <time> with what it prints, which cut the clock or the day
    out of the story's words; the page's own date has been read from them before this."""
    body = tree.find("body")
    if body is None:
        return
    for node in list(itertools.islice(body.iter("time"), 2000)):
        if _small(node) and (_run_into_sentence(node) or _opens_a_sentence(node)):
            node.drop_tag()


def _inline_text_after(node: Any) -> str:
    """The text printed after ``node`` on its own line of text (see _inline_text_before)."""
    parts: list[str] = [node.tail or ""]
    current = node
    steps = 0
    while current is not None and steps < _WALK_BACK:
        following = current.getnext()
        while following is not None and steps < _WALK_BACK:
            steps += 1
            if isinstance(following.tag, str):
                if following.tag in _BLOCK_TAGS or following.tag == "br":
                    return "".join(parts)
                parts.append(following.text_content()[:200])
            parts.append(following.tail or "")
            following = following.getnext()
        parent = current.getparent()
        if parent is None or (isinstance(parent.tag, str) and parent.tag in _BLOCK_TAGS):
            break
        steps += 1
        parts.append(parent.tail or "")
        current = parent
    return "".join(parts)


def _opens_a_sentence(node: Any) -> bool:
    """Whether ``node`` opens a line whose sentence runs on after it ("<li><time>14:05</time>
    Three crews arrive at the depot.</li>" in a story's time line): nothing before it on its
    line, and after it a sentence of six words or more."""
    if collapse_whitespace(_inline_text_before(node)):
        return False
    after = collapse_whitespace(_inline_text_after(node)).lstrip(" -–—:|·")
    return (
        len(after.split()) >= _ENTRY_TEXT_WORDS
        and after[:1].isupper()
        and _SENTENCE_END.search(after) is not None
    )


def _clock_minutes(clock: str) -> int:
    hour, minute = re.split(r"[:.]", clock)
    return int(hour) * 60 + int(minute)


def _blog_day(tree: Any, stamps: list[str]) -> date | None:
    """The one day every bare stamp ("15:55") of a live blog falls on, when the page says it:
    its first publication and its last update are of one day, and every stamp's clock lies
    between theirs. A blog that ran past midnight, or says nothing, gives no day."""
    meta = _meta_values(tree)
    published = meta.get("article:published_time") or meta.get("datepublished")
    modified = meta.get("article:modified_time") or meta.get("datemodified")
    if not published or not modified:
        return None
    first_day, first_clock = _datetime_parts(published)
    last_day, last_clock = _datetime_parts(modified)
    if first_day is None or first_day != last_day or first_clock is None or last_clock is None:
        return None
    low, high = _clock_minutes(first_clock), _clock_minutes(last_clock)
    if all(low <= _clock_minutes(s) <= high for s in stamps):
        return first_day
    return None


def _time_in_a_titled_link(stamp: Any) -> bool:
    """Whether ``stamp`` stands in a link that also holds words of its own (an entry's
    headline in a "Key events" list), as against a permalink printing the stamp alone."""
    link = next((a for a in itertools.islice(stamp.iterancestors(), 4) if a.tag == "a"), None)
    if link is None:
        return False
    # The link's words read only as far as a stamp's length: a link round a whole page of
    # stamps is not read once per stamp.
    words: list[str] = []
    size = 0
    for chunk in link.itertext():
        words.append(chunk)
        size += len(chunk)
        if size > _STAMP_LINK_CHARS:
            return True
    return collapse_whitespace("".join(words)) != collapse_whitespace(stamp.text_content())


#: More characters than any stamp prints ("Tuesday 12 March 2026, 14:05 GMT, updated ...").
_STAMP_LINK_CHARS = 120


def _entry_of(stamp: Any, seen: set[Any]) -> tuple[Any, Any] | None:
    """The live-blog entry a stamp heads and the entry's first paragraph: the nearest element
    around the stamp shaped as an entry (an <article> or <li>, or a block whose class names
    an entry) that holds a paragraph of its own words. ``seen`` holds the elements already
    looked through for another stamp (an entry taken, or one with no such paragraph): each is
    looked through once, so a page of many stamps in one long block is read in one pass."""
    for ancestor in itertools.islice(stamp.iterancestors(), 8):
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in ("body", "main", "html"):
            return None
        if tag in ("article", "li") or (
            tag in ("div", "section") and _ENTRY_CLASS.search(ancestor.get("class") or "")
        ):
            if ancestor in seen:
                return None
            seen.add(ancestor)
            para = _entry_text(ancestor, stamp)
            if para is not None:
                return ancestor, para
    return None


def _entry_text(entry: Any, stamp: Any) -> Any | None:
    """The entry's first paragraph of its own words (not a link, not the stamp's header)."""
    for node in entry.iter("p", "blockquote"):
        if node is stamp or any(a is stamp for a in node.iterancestors()):
            continue
        if any(a.tag == "a" for a in node.iterancestors()) or stamp in node.iterdescendants():
            continue
        text = collapse_whitespace(node.text_content())
        links = sum(len(collapse_whitespace(a.text_content())) for a in node.iter("a"))
        if len(text.split()) >= _ENTRY_TEXT_WORDS and links < len(text) / 2:
            return node
    return None


def _live_blog_stamps(tree: Any) -> dict[str, frozenset[str]]:
    """Each live-blog entry's stamp as a paragraph of its own right above the entry's text.

    A saved live blog prints each entry's time in a <time> or a stamp-classed <span>, often in
    the entry's header beside its headline or run into the block with no paragraph of its
    own; the main-text reader leaves such stamps out, and the facts engine dates an entry by a
    stamp on the line above it. Only where two entries or more are stamped so: a news story's
    own time line heads no entry. A "Key events" list of links to the entries holds no text
    of its own and is left as it stands (its furniture rule sets it aside)."""
    body = tree.find("body")
    if body is None:
        return {}
    candidates = [
        node
        for node in body.iter()
        if isinstance(node.tag, str)
        and (node.tag == "time" or _STAMP_CLASS.search(node.get("class") or ""))
    ]
    moves: list[tuple[Any, Any, str, Any]] = []
    seen: set[Any] = set()
    entries: set[Any] = set()
    for node in candidates[:2000]:
        text = _stamp_text(node)
        if text is None:
            continue
        # The stamp is the widest element that prints it and nothing more ("Posted at" and
        # its <time> in one <span>).
        stamp = node
        parent = stamp.getparent()
        while (
            parent is not None
            and parent.tag in ("span", "p", "div", "small", "strong", "em", "b", "a")
            and _small(parent)
            and _stamp_line(collapse_whitespace(parent.text_content()))
        ):
            stamp, parent = parent, parent.getparent()
        if any(
            _COMMENT_CLASS.search((a.get("class") or "") + " " + (a.get("id") or ""))
            for a in itertools.islice(stamp.iterancestors(), 12)
            if isinstance(a.tag, str)
        ):
            continue
        # A time run into a sentence ("the first call came at <time>14:05</time> from a
        # driver") is the story's words, not an entry's stamp: it stays where it is printed.
        if _run_into_sentence(stamp):
            continue
        # A time inside a link beside other words is a link to an entry ("Key events": "<a
        # href=#p3><time>2h ago</time> Ferries cancelled</a>"), not the entry's own stamp; a
        # permalink holding the stamp alone still is one.
        if _time_in_a_titled_link(stamp):
            continue
        # A time beside the writer's name dates a story, not an entry ("By Ann Lee 21
        # November 2026, 7.52pm" over each story of an endless page).
        if any(
            _BYLINE_CLASS.search(a.get("class") or "")
            for a in itertools.islice(stamp.iterancestors(), 3)
            if isinstance(a.tag, str)
        ):
            continue
        found = _entry_of(stamp, seen)
        if found is None or found[0] in entries:
            continue
        entry, para = found
        entries.add(entry)
        line = collapse_whitespace(stamp.text_content())
        if not _stamp_line(line):
            line = text
        elif _BARE_CLOCK.match(line):
            # A bare clock names no day and no zone, so nothing reads it as a time on its
            # own: the entry's own datetime gives it its day (the <time> the stamp is, or
            # the one it holds: "<p class=time><time datetime=...>23.40</time></p>").
            timed = next(stamp.iter("time"), None)
            day, _ = _datetime_parts(timed.get("datetime") if timed is not None else None)
            if day is not None:
                line = f"{_day_words(day)}, {line}"
        moves.append((stamp, para, line, entry))
    if len(moves) < _MIN_STAMPED_ENTRIES:
        return {}
    bare = [text for _, _, text, _ in moves if _BARE_CLOCK.match(text)]
    day = _blog_day(tree, bare) if bare else None
    stamps: dict[str, frozenset[str]] = {}
    for entry in entries:
        # An entry set as a list item (<ol class="updates"><li>...) holds paragraphs: read
        # as a list, its headline, stamp and text would run into one item's line.
        if entry.tag == "li":
            entry.tag = "div"
            parent = entry.getparent()
            if parent is not None and parent.tag in ("ol", "ul"):
                parent.tag = "div"
    for stamp, para, text, entry in moves:
        if day is not None and _BARE_CLOCK.match(text):
            text = f"{_day_words(day)}, {text}"
        marked = lxml.html.Element("p")
        marked.text = text
        marked.set(_STAMP_MARK, "")
        _drop_keeping_tail(stamp)
        para.addprevious(marked)
        # The entry's own paragraphs, by which a stamp is put back with its entry when the
        # main-text reader left the entry out (see _keep_entry_stamps).
        own = frozenset(
            collapse_whitespace(n.text_content())
            for n in entry.iter("p", "blockquote", "h2", "h3", "h4")
            if n.get(_STAMP_MARK) is None
        )
        stamps[text] = stamps.get(text, frozenset()) | own
    return stamps


def _keep_entry_stamps(pieces: list[Piece], stamps: dict[str, frozenset[str]]) -> None:
    """Keep the stamps ``_live_blog_stamps`` set over the entries: each right above a kept
    paragraph stays in the story, settled so that no rule takes it for a page's clock. When
    the main text holds the blog's entries, an entry it left out (a stamp written with its
    day reads to it as a new story's date line) is put back with its stamp: the entry's own
    paragraphs right under its stamp, each set aside only as outside the main text."""
    if not stamps:
        return
    left_out: list[int] = []
    for i, piece in enumerate(pieces[:-1]):
        if piece.text in stamps and piece.reason in (
            None,
            furniture.PAGE_WIDGET,
            furniture.OUTSIDE_MAIN_TEXT,
        ):
            following = next((p for p in pieces[i + 1 : i + 3] if p.kept), None)
            if following is None or len(following.text.split()) < _ENTRY_TEXT_WORDS:
                left_out.append(i)
                continue
            piece.reason = None
            piece.settled = True
            _keep_entry_heading(pieces, i)
    if len(left_out) == len([p for p in pieces if p.text in stamps]):
        return  # no entry is in the main text: the blog is not the page's story
    for i in left_out:
        own = stamps[pieces[i].text]
        run = []
        for piece in pieces[i + 1 :]:
            if piece.text not in own or piece.reason != furniture.OUTSIDE_MAIN_TEXT:
                break
            run.append(piece)
        if not any(len(p.text.split()) >= _ENTRY_TEXT_WORDS for p in run):
            continue
        for piece in [pieces[i], *run]:
            piece.reason = None
        pieces[i].settled = True
        _keep_entry_heading(pieces, i)


def _keep_entry_heading(pieces: list[Piece], i: int) -> None:
    """The entry's headline over its stamp heads it too, as one right above a kept paragraph
    does (``_restore_dropped_paragraphs``)."""
    heading = pieces[i - 1] if i else None
    if (
        heading is not None
        and heading.kind == "heading"
        and heading.reason == furniture.OUTSIDE_MAIN_TEXT
        and len(heading.text.split()) <= 16
        and furniture.single_block_reason(heading.text) is None
    ):
        heading.reason = None


def _with_entry_stamps(article: RawArticle, stamps: dict[str, frozenset[str]]) -> RawArticle:
    """``article`` with each entry stamp over a kept entry in its body: a stamp that carries
    its day ("11 November 2027, 15:55") reads as a dateline to the rules that find the
    article's own date line, but over an entry it is that entry's time."""
    if not stamps:
        return article
    blocks = list(article.blocks)
    changed = False
    for i, block in enumerate(blocks[:-1]):
        if block.kept or block.text not in stamps:
            continue
        if block.reason not in (furniture.DATELINE, furniture.PAGE_WIDGET):
            continue
        following = next((b for b in blocks[i + 1 : i + 3] if b.kept), None)
        if following is not None and len(following.text.split()) >= _ENTRY_TEXT_WORDS:
            blocks[i] = Block(block.text, True, None)
            changed = True
    if not changed:
        return article
    article.blocks = blocks
    article.text = body_from_blocks(blocks)
    return article


# --- blocks -------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {
        *("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd"),
        *("figcaption", "caption", "td", "th", "div", "section", "article", "aside", "nav"),
        *("header", "footer", "main", "form", "ul", "ol", "dl", "table", "tr", "address"),
        # <center> is a block of old pages, as a <div align="center"> is.
        *("details", "summary", "label", "button", "center"),
    }
)
_SKIP_TAGS = frozenset({"head", "script", "style", "noscript", "template", "svg", "select"})


@dataclass(slots=True)
class PageBlock:
    text: str
    reason: str
    heading: bool = False
    #: an <h2>..<h6>: a heading inside the story, never its headline
    subheading: bool = False
    #: how many links the block is made of when all of its words are link text, else 0
    link_count: int = 0


def _page_blocks(tree: Any) -> Iterator[PageBlock]:
    """The page's text blocks in document order, each with a guess at what it is.

    A block is an element of a block tag with no blocks inside it, or a run of loose text and
    inline elements between the blocks of a container ("By Ola Berg | 2 March" in a <span>
    beside the <p>s of an article <div>). Finding containers is one bottom-up pass; the walk
    recurses over containers only, and libxml2 already caps the tree at 256 levels.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    holds_blocks: set[Any] = set()
    for element in reversed([e for e in root.iter() if isinstance(e.tag, str)]):
        parent = element.getparent()
        if parent is not None and (element.tag in _BLOCK_TAGS or element in holds_blocks):
            holds_blocks.add(parent)
    reason = _own_reason(root)
    if root in holds_blocks:
        yield from _container_blocks(root, reason, holds_blocks, 0)
    else:
        text = collapse_whitespace(root.text_content())
        if text:
            yield PageBlock(text, reason or furniture.OUTSIDE_MAIN_TEXT)


def _container_blocks(
    container: Any, reason: str | None, holds_blocks: set[Any], depth: int
) -> Iterator[PageBlock]:
    run: list[str] = [container.text or ""]
    run_links = [0, 0]  # links in the run, and the word characters of their text

    def flush() -> Iterator[PageBlock]:
        text = collapse_whitespace(" ".join(run))
        run.clear()
        links, link_chars = run_links
        run_links[:] = [0, 0]
        if text:
            only = links if links and _word_chars(text) <= link_chars else 0
            yield PageBlock(text, reason or furniture.OUTSIDE_MAIN_TEXT, link_count=only)

    for child in container:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is not None and tag not in _SKIP_TAGS:
            child_reason = _own_reason(child) or reason
            if reason in _FOUND_BOXES and child_reason not in _IN_MAIN_TEXT_REASONS:
                # A sign-up box found by its e-mail field, or a hidden block, is furniture
                # whole: a subheading's class inside it ("kg-signup-card-subheading") names
                # no weaker reason that the main-text reader could overrule.
                child_reason = reason
            if child in holds_blocks:
                yield from flush()
                if depth < 300:
                    yield from _container_blocks(child, child_reason, holds_blocks, depth + 1)
            elif tag in _BLOCK_TAGS:
                yield from flush()
                text = collapse_whitespace(child.text_content())
                if text:
                    heading = tag[:1] == "h" and tag[1:].isdigit()
                    links, link_chars = _links_in(child)
                    yield PageBlock(
                        text,
                        child_reason or furniture.OUTSIDE_MAIN_TEXT,
                        heading,
                        heading and tag != "h1",
                        links if links and _word_chars(text) <= link_chars else 0,
                    )
            else:
                content = child.text_content()
                run.append(content)
                links, link_chars = _links_in(child)
                run_links[0] += links
                run_links[1] += link_chars
        run.append(child.tail or "")
    yield from flush()


_NOT_WORD = re.compile(r"[\W_]+")


def _word_chars(text: str) -> int:
    """Letters and digits in ``text``: what a link list's separators ("|", "·") lack."""
    return len(_NOT_WORD.sub("", text))


def _links_in(element: Any) -> tuple[int, int]:
    """The links inside ``element`` (itself included) and the word characters of their text."""
    links = chars = 0
    for anchor in element.iter("a"):
        links += 1
        chars += _word_chars(anchor.text_content())
    return links, chars


#: Consecutive blocks made only of links, this many links in all, are a link list: a menu,
#: a tag cloud, an index of other stories. The story's own paragraphs always carry words of
#: their own, and a short "Read more" list is left to the other rules.
LINK_RUN_LINKS = 10
#: A link list's blocks recorded one by one; past this they are summarised in one block, so
#: a page of 100,000 links costs no more to judge than a page of 60.
LINK_RUN_BLOCKS = 60


def _link_lists(page_blocks: list[PageBlock]) -> tuple[list[PageBlock], set[str]]:
    """Runs of link-only blocks set aside as navigation, long runs summarised, and the texts
    of every block in them (the main-text detector may have kept some of those lines).

    A heading breaks a run: a headline written as a link is still the headline.
    """
    out: list[PageBlock] = []
    texts: set[str] = set()
    i = 0
    while i < len(page_blocks):
        block = page_blocks[i]
        if not block.link_count or block.heading:
            out.append(block)
            i += 1
            continue
        j = i
        links = 0
        while j < len(page_blocks) and page_blocks[j].link_count and not page_blocks[j].heading:
            links += page_blocks[j].link_count
            j += 1
        run = page_blocks[i:j]
        if links < LINK_RUN_LINKS:
            out.extend(run)
        else:
            for item in run:
                item.reason = furniture.NAVIGATION
                texts.add(item.text)
            out.extend(run[:LINK_RUN_BLOCKS])
            if len(run) > LINK_RUN_BLOCKS:
                more = sum(b.link_count for b in run[LINK_RUN_BLOCKS:])
                summary = f"({more:,} more links in a list of {links:,})"
                out.append(PageBlock(summary, furniture.NAVIGATION, link_count=more))
        i = j
    return out, texts


#: What the page's markup says of a block even when the main-text detector kept it: a pull
#: quote, a key-points box, a paywall's cut-off paragraph or an embedded post sits inside the
#: story's container, so trafilatura keeps it, but it is not the story.
_IN_MAIN_TEXT_REASONS = frozenset(
    {
        furniture.PAYWALL,
        furniture.PULL_QUOTE,
        furniture.SUMMARY_BOX,
        furniture.SOCIAL_POST,
        furniture.MEDIA_PLAYER,
        furniture.CAPTION,
        furniture.STANDFIRST,
        furniture.DONATION,
        furniture.HIDDEN,
        furniture.LOCKED_PART,
        furniture.SIGN_UP_FORM,
        furniture.POLL,
        # A consent dialog left in a saved page can sit inside the story's container, and its
        # paragraphs read like prose ("We and our 847 partners store ...").
        furniture.COOKIE_BANNER,
        # A comment thread named by its element's own tag, not by a class that may be loose.
        furniture.COMMENT_THREAD,
        # The next story an endless page appends in an <article> of its own.
        furniture.APPENDED_STORY,
        # A web story's closing page that leads out to the full story (_own_reason).
        furniture.STORY_LINK,
        FLOATED_BOX,
    }
)
_CONTEXT_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Consent platforms number their markup ("qc-cmp2-container", "cmp-container").
    # Consent platforms' own containers name the platform rather than the cookies.
    (re.compile(r"cookie|consent|gdpr|cmp\d*[-_]|sp_message|didomi|usercentrics|onetrust|"
                r"trustarc|truste[-_]|osano|iubenda", re.I), furniture.COOKIE_BANNER),
    (re.compile(r"paywall|regwall|truncat|piano-|premium-?(?:offer|prompt|wall)|"
                r"subscri(?:ber|ption)-?(?:only|wall|prompt|offer)", re.I), furniture.PAYWALL),
    (re.compile(r"pull-?quote", re.I), furniture.PULL_QUOTE),
    # A fact box set between paragraphs ("factbox", "fact-file", "key-facts": a court report's
    # charges, a profile's dates) summarises the story as a key-point box does.
    (re.compile(r"key-?points|at-a-glance|summary-?box|story-?highlights|takeaways|tl-?dr|"
                r"fact-?(?:box|file|sheet)|key-?facts", re.I), furniture.SUMMARY_BOX),
    (re.compile(r"twitter-(?:tweet|timeline)|instagram-media|tiktok-embed|bluesky-embed|"
                r"mastodon-embed|fb-post|social-?(?:embed|post)|embed-?(?:twitter|instagram|"
                r"social|facebook|tiktok)", re.I), furniture.SOCIAL_POST),
    # A player set between paragraphs ("video-embed", "audio-player", "media-transcript"): its
    # title, its labels and the transcript it shows or folds away are not the story's text.
    (re.compile(r"(?:video|audio|media|podcast)-?(?:player|embed|transcript)", re.I),
     furniture.MEDIA_PLAYER),
    (re.compile(r"caption|gallery|slide-?show|photo-?credit|image-?credit|carousel", re.I),
     furniture.CAPTION),
    # Blog themes call the standfirst under the headline its excerpt ("article-excerpt"),
    # government pages their lead paragraph, and pages in other languages chapô, entradilla,
    # linha fina, sottotitolo, bajada.
    (re.compile(r"standfirst|(?:^|[\s_-])dek(?:$|[\s_-])|sub-?title|sub-?headline|excerpt|"
                r"lead-?paragraph|chap[oô]|chapeau|entradilla|linha-?fina|sottotitolo|bajada",
                re.I),
     furniture.STANDFIRST),
    (re.compile(r"donat", re.I), furniture.DONATION),
    (re.compile(r"newsletter|subscri|sign-?up|signup|optin|paywall|regwall", re.I),
     furniture.NEWSLETTER),
    (re.compile(r"related|recommend|most-?read|most-?popular|trending|teaser|more-?from|"
                r"read-?more|read-?next|outbrain|taboola|popular|headlines", re.I),
     furniture.TEASER),
    (re.compile(r"share|social", re.I), furniture.SHARE_BUTTONS),
    (re.compile(r"breadcrumb|(?:^|[\s_-])nav|menu|masthead|skip-?link", re.I),
     furniture.NAVIGATION),
    (re.compile(r"author-?bio|bio-?box|about-?(?:the-)?author|contributor", re.I),
     furniture.AUTHOR_BIO),
    (re.compile(r"(?:^|[\s_-])ad(?:$|[\s_-])|advert|sponsor|promo|dfp", re.I),
     furniture.ADVERTISEMENT),
    (re.compile(r"comment", re.I), "comments"),
    (re.compile(r"footer|copyright|legal", re.I), "page footer"),
)  # fmt: skip
_FIRM_CONTEXT_REASONS = frozenset(
    {
        furniture.COOKIE_BANNER,
        furniture.NEWSLETTER,
        furniture.TEASER,
        furniture.SHARE_BUTTONS,
        furniture.NAVIGATION,
        furniture.ADVERTISEMENT,
        furniture.AUTHOR_BIO,
        "comments",
        "page footer",
        *_IN_MAIN_TEXT_REASONS,
    }
)
#: Marks set by reading the page (an e-mail field, a hiding style), firmer than a class name.
_FOUND_BOXES = frozenset(
    {furniture.SIGN_UP_FORM, furniture.POLL, furniture.HIDDEN, furniture.LOCKED_PART}
)
_TAG_REASONS = {
    "nav": furniture.NAVIGATION,
    "figcaption": furniture.CAPTION,
    "footer": "page footer",
    "header": "page header",
    "aside": "sidebar",
    "form": "form",
    "button": furniture.NAVIGATION,
    # A player's element: what it holds is the text an old browser shows in its place ("Your
    # browser doesn't support HTML5 audio"), or its tracks' labels, never the story.
    "audio": furniture.MEDIA_PLAYER,
    "video": furniture.MEDIA_PLAYER,
    "amp-audio": furniture.MEDIA_PLAYER,
    "amp-video": furniture.MEDIA_PLAYER,
    # AMP's embeds of posts: the post's text, account and date it shows while loading.
    "amp-twitter": furniture.SOCIAL_POST,
    "amp-instagram": furniture.SOCIAL_POST,
    "amp-facebook": furniture.SOCIAL_POST,
    "amp-tiktok": furniture.SOCIAL_POST,
    "amp-reddit": furniture.SOCIAL_POST,
    "amp-bluesky": furniture.SOCIAL_POST,
}


_COMMENT_TAG = re.compile(r"comment", re.I)
#: An AMP web story's page that leads out of the story: its outlink or call-to-action layer.
_AMP_STORY_CALL = etree.XPath("boolean(.//amp-story-page-outlink | .//amp-story-cta-layer)")


def _name_web_components(tree: Any) -> None:
    """A web component's own name says what it is as a class would ("shreddit-comment-tree",
    "share-menu"): it becomes a <div> of that class, so the main-text reader and the
    furniture rules read it like any other."""
    for node in tree.xpath("//body//*[contains(local-name(), '-')]")[:2000]:
        tag = str(node.tag)
        if any(pattern.search(tag) for pattern, _ in _CONTEXT_REASONS):
            node.set("class", f"{node.get('class') or ''} {tag}".strip())
            # The main-text reader judges only the elements it knows by their classes.
            node.tag = "div"
            if _COMMENT_TAG.search(tag) and node.get(_MARK) is None:
                node.set(_MARK, furniture.COMMENT_THREAD)


def _own_reason(element: Any) -> str | None:
    """What an element's own class, id, role or tag says it is, if anything."""
    marked = element.get(_MARK)
    if marked is not None:
        return str(marked)
    marks = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    if marks.strip():
        for pattern, reason in _CONTEXT_REASONS:
            if pattern.search(marks[:300]):
                if reason == furniture.TEASER and _story_own_preview(element, marks):
                    return None
                return reason
    if element.tag == "header" and any(a.tag == "article" for a in element.iterancestors()):
        # An article's own <header> holds its headline and byline, not the site's chrome.
        return None
    if element.tag == "footer" and _post_footer_line(element):
        # A post's own <footer> ("Posted in Politics on DATE by NAME") is its date line.
        return None
    if element.tag == "aside" and _correction_box(element, marks):
        # A corrections box set beside the story is part of its record, not a sidebar.
        return None
    if element.tag == "amp-story-page" and _AMP_STORY_CALL(element):
        # A web story's closing page whose swipe-up link leads to the full story ("Read the
        # full story"): its line ("Want more from the coast?") is the call, not the story.
        return furniture.STORY_LINK
    if element.get("fallback") is not None or (
        element.get("placeholder") is not None
        and str(element.getparent().tag if element.getparent() is not None else "").startswith(
            "amp-"
        )
    ):
        # An AMP element's fallback (what shows when the player or frame cannot load) or
        # placeholder (what shows until it has).
        return furniture.MEDIA_PLAYER
    return _TAG_REASONS.get(element.tag)


#: A box's class or id naming a correction: "correction", "clarification", "editors-note".
_CORRECTION_CLASS = re.compile(r"correction|clarification|amendment|editor'?s?[-_ ]?note", re.I)
#: The opening of a note correcting the story it stands with.
_CORRECTION_TEXT = re.compile(
    r"^(?:correction|clarification|editor['’]?s\s+note)\s*[,:(–—-]"
    r"|\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece)\b"
    r"|\bthis\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+(?:amended|corrected)\b",
    re.I,
)
#: A corrections box's label on a line of its own.
_CORRECTION_LABEL = re.compile(
    r"^\s*(?:corrections?|clarifications?|editor['’]?s\s+note|correction\s+appended)\s*:?\s*$",
    re.I,
)
#: A corrections box is a note or two: a longer <aside> is a sidebar of its own.
_CORRECTION_BOX_CHARS = 800


def _correction_box(element: Any, marks: str) -> bool:
    """Whether an <aside> is the story's corrections box: a short note, not a list of links,
    that its class names a correction or that opens as one ("Correction, 25 February:", "An
    earlier version of this article said ...")."""
    text = collapse_whitespace(" ".join(itertools.islice(element.itertext(), 40)))
    if not text or len(text) > _CORRECTION_BOX_CHARS:
        return False
    if len(list(itertools.islice(element.iter("a"), 2))) > 1:
        return False  # a site's list of its latest corrections, links to other stories
    return bool(_CORRECTION_CLASS.search(marks[:300]) or _CORRECTION_TEXT.search(text[:300]))


def _post_footer_line(element: Any) -> bool:
    """Whether a <footer> inside an <article> is one short line of the post's date or byline,
    which blog themes print under the post rather than over it."""
    if not any(a.tag == "article" for a in element.iterancestors()):
        return False
    text = collapse_whitespace(element.text_content() or "")
    if not text or len(text) > 160:
        return False
    facts = dates.read_meta_line(text)
    return facts is not None and bool(facts.dates)


#: A class naming the story's own opening that a paywall leaves free ("article-teaser",
#: "story-preview", "free-preview"), not a card of another story.
_OWN_PREVIEW = re.compile(
    r"(?:article|story|post)-?(?:teaser|preview)(?:$|[\s_])|free-?(?:preview|content|part)", re.I
)


def _story_own_preview(element: Any, marks: str) -> bool:
    """The free part of a paywalled story is often classed as its teaser. A card leading to
    another story links to it; the story's own opening is paragraphs of prose and no link."""
    if not _OWN_PREVIEW.search(marks[:300]):
        return False
    if any(a.get("href") for a in element.iter("a")):
        return False
    return any(len(p.text_content().strip()) >= 80 for p in element.iter("p"))


def _merge(
    main_lines: list[str],
    page_blocks: list[PageBlock],
    link_lists: set[str],
    box_rows: frozenset[str] = frozenset(),
) -> list[Piece]:
    """trafilatura's lines as kept pieces, with the page blocks it left out put back in place.

    A page block whose text trafilatura kept (as a line, or inside one) is already there;
    the others are recorded, in document order, as removed with the reason their markup
    suggests, so that restoring one puts it back where it stood on the page.
    """
    block_texts = {b.text for b in page_blocks}
    marked = {b.text: b.reason for b in page_blocks if b.reason in _IN_MAIN_TEXT_REASONS}
    marked.update(dict.fromkeys(link_lists, furniture.NAVIGATION))
    # trafilatura writes list items as "- item"; the page's own text for them has no dash.
    items = {ln[2:] for ln in main_lines if ln.startswith("- ") and ln[2:] in block_texts}
    main_lines = [
        ln[2:] if ln.startswith("- ") and ln[2:] in block_texts else ln for ln in main_lines
    ]
    headings = {b.text for b in page_blocks if b.heading}
    for block in page_blocks:
        if (
            block.link_count == 1
            and not block.heading
            # a "Key events" link repeats the heading of its entry, which is the story's
            and block.text not in headings
            and block.text not in marked
            and block.text not in items
            and _linked_headline(block.text)
        ):
            # "<p><a href=...>Harlow car park prices to rise by a third</a></p>" between the
            # story's paragraphs: a link to another story set in the text, as "Read more:"
            # lines are, with no label (round 54).
            marked[block.text] = furniture.TEASER

    main_lines, table_rows = _table_rows(main_lines, box_rows)
    cut = _cut_copies(main_lines, page_blocks, block_texts)

    # Boxes set inside the story whose lines the main-text reader split apart ("RELATED
    # LINKS" and the links under it, one block on the page, one line each in its text).
    boxes = [(t, r) for t, r in marked.items() if r == FLOATED_BOX and 40 < len(t) <= 1000]
    boxes = boxes[:50]

    def kept_line(line: str) -> Piece:
        reason = marked.get(line) or cut.get(line)
        if reason is None and boxes and line not in block_texts and len(line) >= 8:
            reason = next((r for t, r in boxes if line in t), None)
        # A row of a fact box, written by the main-text reader as "| label | value |".
        if reason is None and line.startswith("|") and furniture.text_key(line) in box_rows:
            reason = furniture.SUMMARY_BOX
        # A row of a table of figures is the story's, whatever its words look like alone (a
        # header row "District | Average price | Change" reads like a menu).
        settled = reason is None and line in table_rows
        return Piece(line, "list" if line in items else "para", reason, settled=settled)

    positions: dict[str, list[int]] = {}
    for n, line in enumerate(main_lines):
        positions.setdefault(line, []).append(n)
    joined = " ".join(main_lines)
    # How many page blocks of each text are still to come: a block whose line in the main
    # text lies past lines that are blocks of their own further down repeats a line of the
    # story out of place (a "Key events" list of the entries' headings, a pull quote).
    to_come = Counter(b.text for b in page_blocks)
    pieces: list[Piece] = []
    emitted = 0
    removed = 0
    left_out = 0
    for block in page_blocks:
        to_come[block.text] -= 1
        # The block's first line at or after the last one emitted (positions are in order: a
        # text the page repeats thousands of times is looked up, not scanned, each time).
        at = positions.get(block.text, [])
        k = bisect.bisect_left(at, emitted)
        spot = at[k] if k < len(at) else None
        if spot is not None and any(
            to_come[line] > 0 for line in main_lines[emitted : min(spot, emitted + 50)]
        ):
            spot = None
        if spot is not None:
            for line in main_lines[emitted : spot + 1]:
                pieces.append(kept_line(line))
            emitted = spot + 1
            continue
        if block.text in joined:
            continue
        if removed >= MAX_REMOVED_BLOCKS:
            left_out += 1
            continue
        reason = block.reason
        if block.text not in link_lists:
            reason = furniture.single_block_reason(block.text) or reason
        pieces.append(Piece(block.text, "heading" if block.subheading else "para", reason))
        removed += 1
    pieces.extend(kept_line(line) for line in main_lines[emitted:])
    if left_out:
        pieces.append(
            Piece(
                f"({left_out} more blocks outside the main text)",
                "para",
                furniture.OUTSIDE_MAIN_TEXT,
            )
        )
    return pieces


#: A headline's shape: four to sixteen words, a capital first, no stop or colon at its end, not
#: a numbered subhead ("1. Canal towpath") and not a shout in capitals.
_HEADLINE_WORDS = (4, 16)


def _linked_headline(text: str) -> bool:
    """Whether a paragraph made of one link reads as another story's headline."""
    words = text.split()
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1]:
        return False
    if not text[:1].isupper() or text.isupper() or re.match(r"^\d+[.)]\s", text):
        return False
    return not re.search(r"[.!?:;,\"”’)\]]\s*$", text) and "|" not in text and "@" not in text


#: Words at most of a line that is a page block with an element cut out of it.
_CUT_COPY_WORDS = 12


def _cut_copies(
    main_lines: list[str], page_blocks: list[PageBlock], block_texts: set[str]
) -> dict[str, str]:
    """Short lines of the main text that are a page block with one run of its words cut out,
    each with the reason that block is set aside for.

    The main-text reader drops some elements with their text (a <time>, an element classed
    as the author), so a meta line comes back cut: "Published" from "Published <time>19.4.2027
    8:15</time>", "Words by | Photographs by Ines Marr" from a credit line whose writer's name
    stood in a span of its own. The page block itself, whole, is not in the main text and is
    set aside as what it is; its cut copy goes with it. A block the reader split into lines
    (the words cut from one line stand on another) has no cut copy."""
    held = set(main_lines)
    joined = " ".join(main_lines)
    whole = [
        b for b in page_blocks if b.text not in held and len(b.text.split()) <= 3 * _CUT_COPY_WORDS
    ]
    found: dict[str, str] = {}
    for line in main_lines:
        words = line.split()
        if line in block_texts or line in found or not 0 < len(words) <= _CUT_COPY_WORDS:
            continue
        for block in whole:
            full = block.text.split()
            if len(full) <= len(words):
                continue
            # The run must be gone from the main text: a block it split into lines (its
            # label on one, its date on the next) is not a cut copy.
            run = _cut_run(full, words)
            if run is None or run in joined:
                continue
            reason = furniture.single_block_reason(block.text) or block.reason
            found[line] = reason or furniture.OUTSIDE_MAIN_TEXT
            break
    return found


def _cut_run(full: list[str], cut: list[str]) -> str | None:
    """The run of words taken out of ``full`` to leave ``cut`` (at its start, inside or at
    its end), or None when ``cut`` is not ``full`` with one run taken out."""
    head = 0
    while head < len(cut) and cut[head] == full[head]:
        head += 1
    tail = 0
    while tail < len(cut) - head and cut[-1 - tail] == full[-1 - tail]:
        tail += 1
    if head + tail != len(cut):
        return None
    return " ".join(full[head : len(full) - tail])


#: The rule a main-text reader draws under a table's first row: "|---|---|---|".
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|){2,}$")
#: A row of a table as the main-text reader writes it: "| Eastfield | £212,400 | -4.1% |".
_TABLE_ROW = re.compile(r"^\|(?:[^|]*\|){2,}$")


def _table_rows(main_lines: list[str], box_rows: frozenset[str]) -> tuple[list[str], set[str]]:
    """A table of figures in the story as a Word file's or a PDF's is read: one line per row,
    its cells joined with " | ", header row included, and no drawn rule under the header.
    Only a table the reader drew a rule in is rewritten (a fact box's rows are left as they
    are, to be set aside). Returns the lines and the rewritten rows."""
    rows: set[str] = set()
    out: list[str] = []
    for n, line in enumerate(main_lines):
        if _TABLE_RULE.match(line) and out and out[-1] in rows:
            continue
        ruled = n + 1 < len(main_lines) and _TABLE_RULE.match(main_lines[n + 1])
        in_table = ruled or (out and out[-1] in rows)
        if in_table and _TABLE_ROW.match(line) and furniture.text_key(line) not in box_rows:
            row = " | ".join(cell.strip() for cell in line[1:-1].split("|"))
            rows.add(row)
            out.append(row)
            continue
        out.append(line)
    return out, rows


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def _story_paragraph(piece: Piece) -> bool:
    """A block the main-text detector left out for no stated reason, shaped like a paragraph
    of reporting: a dozen words or more ending as a sentence ends."""
    return (
        piece.reason == furniture.OUTSIDE_MAIN_TEXT
        and len(piece.text.split()) >= 12
        and _SENTENCE_END.search(piece.text) is not None
        and furniture.single_block_reason(piece.text) is None
    )


def _restore_dropped_paragraphs(pieces: list[Piece], title: str | None = None) -> None:
    """Put back paragraphs trafilatura dropped between or just after the lines it kept.

    It judges short blocks in isolation, so a live blog's one-paragraph posts or a closing
    paragraph in its own <div> can fall out of the story. A dropped paragraph is put back when
    it sits inside the story (kept lines on both sides) or runs on from its end before any
    block the page marks as furniture (comments, a teaser rail, a sign-up box).
    """
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if not kept:
        return
    first, last = kept[0], kept[-1]
    for i in range(first + 1, last):
        if _story_paragraph(pieces[i]):
            pieces[i].reason = None
    for at, piece in enumerate(pieces[last + 1 :], start=last + 1):
        if _story_paragraph(piece) or _dropped_note(piece):
            # A correction under the story is part of its record, however short.
            piece.reason = None
        elif piece.reason in (furniture.PAGE_WIDGET, furniture.IMAGE_CREDIT):
            continue
        elif (
            piece.reason == furniture.OUTSIDE_MAIN_TEXT
            and _CORRECTION_LABEL.match(piece.text)
            and at + 1 < len(pieces)
            and (
                pieces[at + 1].kept
                or _story_paragraph(pieces[at + 1])
                or _dropped_note(pieces[at + 1])
            )
        ):
            # "Correction" over the note under the story: the note's label, kept with it.
            piece.reason = None
        else:
            break
    if first >= 1 and _dropped_note(pieces[first - 1], opening=True):
        # "Updated at 3.40pm with comment from the council.", "Editor's note: ...": the note
        # heading the story is part of its record, whatever box the page set it in.
        pieces[first - 1].reason = None
        first -= 1
    # A subheading left out right above a kept paragraph heads it (a live-blog entry's
    # heading, shown alone on the entry's own page). Above the first kept paragraph, only an
    # entry's heading under the entry's time is one ("07:02" / "Good morning"): another
    # heading there may be the page's headline.
    title_key = furniture.text_key(title or "")
    if (
        first >= 2
        and pieces[first - 1].text.strip()
        and furniture.text_key(pieces[first - 1].text) != title_key
        and (
            (
                pieces[first - 2].reason == furniture.PAGE_WIDGET
                and furniture.is_clock_time(pieces[first - 2].text)
            )
            or _first_entry_heading(pieces, first)
        )
    ):
        first -= 2
    for i in range(first + 1, len(pieces) - 1):
        piece = pieces[i]
        if (
            piece.kind == "heading"
            and piece.reason == furniture.OUTSIDE_MAIN_TEXT
            and len(piece.text.split()) <= 16
            and pieces[i + 1].kept
            and len(pieces[i + 1].text.split()) >= 12
            and furniture.single_block_reason(piece.text) is None
        ):
            piece.reason = None


#: A note on the story's own changes heading it: "Updated at 3.40pm with comment from ...",
#: "Update: ...", "UPDATE (4 March): ...", "This story has been updated to include ...".
_UPDATE_NOTE = re.compile(
    r"^(?:updated?\b(?:[^.:]|[.:](?=\d)){0,40}?\b(?:with|to\s+(?:include|add|reflect|correct|clarify))\b"
    r"|update\s*[,:(–—-]"
    r"|this\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+updated\b)",
    re.I,
)


def _dropped_note(piece: Piece, *, opening: bool = False) -> bool:
    """A block the main-text detector left out that is a note on the story itself: a
    correction (below the story or heading it) or, heading it, an update note. A stamp alone
    ("Update: 4 March 2027 10:42") says nothing of the story and is no note."""
    if piece.reason != furniture.OUTSIDE_MAIN_TEXT or len(piece.text.split()) > 80:
        return False
    text = piece.text.strip()
    if not (_CORRECTION_TEXT.search(text) or (opening and _UPDATE_NOTE.match(text))):
        return False
    rest = re.sub(r"[\d:.,()–—-]+", " ", text)
    words = [w for w in rest.split() if w.lower() not in _STAMP_WORDS]
    return len(words) >= 4


#: Words a stamp is made of besides its numbers.
_STAMP_WORDS = frozenset(
    ["update", "updated", "correction", "at", "on", "am", "pm", "a.m", "p.m", "gmt", "bst",
     "utc", "et", "est", "edt", "pt", "january", "february", "march", "april", "may", "june",
     "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
     "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)  # fmt: skip


def _first_entry_heading(pieces: list[Piece], first: int) -> bool:
    """Whether the heading above the first kept paragraph heads a live blog's first entry:
    it stands under a stamp of a day and a time ("11 March 2026, 09:40") and later entries
    are stamped so too."""
    heading, stamp = pieces[first - 1], pieces[first - 2]
    if heading.kind != "heading" or len(heading.text.split()) > 16:
        return False
    if assemble.entry_stamp_day(stamp.text, None) is None:
        return False
    later = (p for p in pieces[first + 1 :] if len(p.text) <= 48)
    return sum(assemble.entry_stamp_day(p.text, None) is not None for p in later) >= 2


def _restore_notes(pieces: list[Piece]) -> None:
    """Notes the main-text detector left out below the story go back into it: they are
    part of the story as printed, in their place after its last paragraph."""
    kept = [i for i, p in enumerate(pieces) if p.kept]
    if not kept:
        return
    for piece in pieces[kept[0] :]:
        if piece.reason == NOTES:
            piece.reason = None


def _all_blocks(page_blocks: list[PageBlock]) -> list[Piece]:
    """Every block, set aside only where the page's own markup says it is furniture."""
    pieces = []
    for block in page_blocks:
        reason = None
        if block.link_count and block.reason == furniture.NAVIGATION:
            reason = block.reason  # a link list (see _link_lists), judged as a whole
        elif block.reason in _FIRM_CONTEXT_REASONS:
            reason = furniture.single_block_reason(block.text) or block.reason
        pieces.append(Piece(block.text, "heading" if block.heading else "para", reason))
    return pieces
