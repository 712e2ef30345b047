"""RSS and Atom feeds saved as ``.xml``: an item saved on its own, or a whole feed.

An item is an article: ``title`` the item's title, ``source`` the feed's title without the
section after a separator ("Harrowgate Post - Local news" is the Harrowgate Post), ``author``
its ``dc:creator``/``author``, ``published`` its ``pubDate``/``published``/``dc:date``
(``metadata``; Atom's ``updated`` only when nothing else dates it, as a last modification),
the body its full content (``content:encoded`` or Atom ``content``, else the description or
summary), read by the HTML reader so that the same furniture rules apply to it.

A feed holding several items is read as one document, the way a newsletter issue is: the feed's
title is its ``title``, the body every item in feed order, each under its own headline, and
``published`` the newest item's date. ``feed_items`` gives one article per item instead, for a
caller that imports them separately.

Feeds come from anywhere, so the parser is kept from the XML features that can hurt: a
document type declaration (where entities that expand to gigabytes or read local files are
declared) is refused before anything is parsed.
"""

from __future__ import annotations

import html as _html_text
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html.entities import name2codepoint

from desktop.domain import RawArticle
from desktop.ingest import assemble, dates
from desktop.ingest import html as _html
from desktop.ingest.assemble import Found
from desktop.ingest.textclean import collapse_spaces, decode, split_address


class NotAFeed(ValueError):
    """An XML document that is neither an RSS nor an Atom feed, nor one item of either."""


@dataclass(slots=True)
class FeedItem:
    title: str | None = None
    link: str | None = None
    authors: list[str] = field(default_factory=list)
    #: (date, evidence, is the first publication): Atom's ``updated`` is a last modification
    dates: list[tuple[date, str, bool]] = field(default_factory=list)
    content: str = ""  # HTML


@dataclass(slots=True)
class Feed:
    title: str | None = None
    link: str | None = None
    language: str | None = None
    items: list[FeedItem] = field(default_factory=list)
    #: the channel's own date (its pubDate or lastBuildDate), used when no item is dated
    dated: date | None = None


def read_feed_bytes(data: bytes) -> RawArticle:
    """The article an ``.xml`` file holds: its only item, or the whole feed as one issue."""
    root = _parse(data)
    if _local(root.tag) == "html":
        # An XHTML page saved as .xml is a page.
        return _html.read_html_bytes(data)
    feed = _feed(root)
    if len(feed.items) == 1:
        return _item_article(feed, feed.items[0])
    return _issue_article(feed)


def feed_items(data: bytes) -> list[RawArticle]:
    """One article per item of a feed (an item saved alone gives a list of one)."""
    feed = _feed(_parse(data))
    return [_item_article(feed, item) for item in feed.items]


# --- parsing ---------------------------------------------------------------------------------

_PROLOG_PART = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.S)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _refuse_document_type(text: str) -> None:
    pos = 0
    while m := _PROLOG_PART.match(text, pos):
        if m.end() == pos:
            break
        pos = m.end()
    if text[pos : pos + 20].lstrip().upper().startswith("<!DOCTYPE"):
        raise NotAFeed(
            "the XML declares a document type; feeds do not need one, and entity declarations "
            "in it can expand without bound, so it is not read"
        )


def _html_entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name in _XML_ENTITIES or name not in name2codepoint:
        return m.group(0)
    return f"&#{name2codepoint[name]};"


def _parse(data: bytes) -> ET.Element:
    text, _ = decode(data)
    _refuse_document_type(text)
    # The text is decoded already: a declaration naming another encoding would mislead expat.
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        return ET.fromstring(text)
    except ET.ParseError:
        pass
    # Feeds written by hand or by careless tools use HTML's named entities ("&nbsp;", "&eacute;"),
    # which XML does not know: they are spelt as numbers and the feed read again.
    try:
        return ET.fromstring(_NAMED_ENTITY.sub(_html_entity, text))
    except ET.ParseError as exc:
        raise NotAFeed(f"the XML is not well formed ({exc})") from exc


def _local(tag: object) -> str:
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1].lower()


def _children(element: ET.Element, *names: str) -> Iterator[ET.Element]:
    for child in element:
        if _local(child.tag) in names:
            yield child


def _first(element: ET.Element, *names: str) -> ET.Element | None:
    """The first child of the first name in ``names`` that the element has (names in order of
    preference, not of the document)."""
    for name in names:
        for child in _children(element, name):
            return child
    return None


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return collapse_spaces("".join(element.itertext()))


def _plain(value: str) -> str:
    """A title or a name as the reader sees it: markup removed, entities decoded."""
    if "<" in value:
        value = re.sub(r"<[^>]{0,300}>", " ", value)
    if "&" in value:
        value = _html_text.unescape(value)
    return collapse_spaces(value)


def _feed(root: ET.Element) -> Feed:
    kind = _local(root.tag)
    feed = Feed(language=root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    if kind == "rss":
        channel = _first(root, "channel")
        if channel is None:
            raise NotAFeed("the RSS document has no channel")
        _channel(feed, channel)
        feed.items = [_item(i) for i in _children(channel, "item")]
    elif kind == "rdf":
        # RSS 1.0: the items are siblings of the channel.
        channel = _first(root, "channel")
        if channel is not None:
            _channel(feed, channel)
        feed.items = [_item(i) for i in _children(root, "item")]
    elif kind == "feed":
        _channel(feed, root)
        feed.items = [_item(e) for e in _children(root, "entry")]
    elif kind in ("item", "entry"):
        # One item copied out of its feed: nothing names the feed, unless the item's own
        # source element does.
        source = _first(root, "source")
        if source is not None:
            feed.title = _plain(_text(_first(source, "title")) or _text(source)) or None
            feed.link = source.get("url") or _link(source)
        feed.items = [_item(root)]
    else:
        raise NotAFeed(f"the XML document is a <{kind}>, not an RSS or Atom feed")
    if not feed.items:
        raise NotAFeed("the feed holds no items")
    return feed


def _channel(feed: Feed, channel: ET.Element) -> None:
    feed.title = _plain(_text(_first(channel, "title"))) or None
    feed.link = _link(channel)
    language = _text(_first(channel, "language"))
    feed.language = language or feed.language
    for name in ("pubdate", "lastbuilddate", "updated", "date"):
        days, _ = dates.full_dates(_text(_first(channel, name))[:80])
        if days:
            feed.dated = days[0]
            break


def _link(element: ET.Element) -> str | None:
    for link in _children(element, "link"):
        href = link.get("href")
        if href is not None:
            # Atom: the page itself is the "alternate" link (the default relation).
            if (link.get("rel") or "alternate") == "alternate":
                return href.strip() or None
            continue
        if link.text and link.text.strip():
            return link.text.strip()
    return None


_ADDRESS_WITH_NAME = re.compile(r"^\S+@\S+\s+\((?P<name>[^)]+)\)$")


def _item(element: ET.Element) -> FeedItem:
    item = FeedItem(title=_plain(_text(_first(element, "title"))) or None, link=_link(element))
    if item.link is None:
        guid = _first(element, "guid")
        if guid is not None and guid.get("isPermaLink", "true") == "true":
            item.link = _text(guid) or None
    for creator in _children(element, "creator", "author"):
        name = _text(_first(creator, "name")) if len(creator) else _text(creator)
        m = _ADDRESS_WITH_NAME.match(name)
        if m:
            name = m.group("name")
        name = _plain(name)
        if name and "@" not in name and name not in item.authors:
            item.authors.append(name)
    for name, first in (
        ("pubdate", True),
        ("published", True),
        ("issued", True),
        ("date", True),
        ("updated", False),
        ("modified", False),
    ):
        child = _first(element, name)
        days, _ = dates.full_dates(_text(child)[:80])
        if days:
            item.dates.append((days[0], f"feed item <{name}>", first))
    item.content = _content(element)
    return item


def _content(element: ET.Element) -> str:
    """The item's fullest text as HTML: the full content, else the description or summary."""
    for name in ("encoded", "content", "description", "summary"):
        child = _first(element, name)
        if child is None:
            continue
        if len(child) and child.get("type") == "xhtml":
            # Inline XHTML: the markup is the child elements themselves.
            inner = "".join(ET.tostring(c, encoding="unicode") for c in child)
            markup = re.sub(
                r"<(/?)html:", r"<\1", re.sub(r"\sxmlns(?::\w+)?=\"[^\"]*\"", "", inner)
            )
        else:
            markup = "".join(child.itertext())
        if not markup.strip():
            continue
        if child.get("type") == "text" or not re.search(r"<[A-Za-z!/]", markup):
            # Plain text: its blank lines are its paragraphs.
            return "".join(
                f"<p>{_html_text.escape(p.strip())}</p>"
                for p in re.split(r"\n\s*\n", markup)
                if p.strip()
            )
        return markup
    return ""


# --- articles -------------------------------------------------------------------------------

_TITLE_PARTS = re.compile(r"\s+(?:[-–—|·:»]|::)\s+")


def feed_outlet(title: str | None, link: str | None) -> str | None:
    """The outlet a feed's title names: "Outlet - Section" or "Section | Outlet".

    The part whose letters the feed's web address spells is the outlet; when the address names
    none, the one part with an outlet's word in it ("Times", "Post"), else the first part
    (feeds usually lead with their outlet).
    """
    if not title:
        return None
    parts = [p for p in _TITLE_PARTS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    host = split_address(link or "").hostname or ""
    labels = [
        re.sub(r"[^a-z0-9]", "", label)
        for label in host.lower().split(".")
        if label not in ("www", "rss", "feeds", "feed", "news")
    ]
    for part in parts:
        letters = re.sub(r"[^a-z0-9]", "", part.lower().removeprefix("the "))
        if letters and any(len(label) >= 3 and (letters in label or label in letters)
                           for label in labels):  # fmt: skip
            return part
    named = [p for p in parts if dates.has_outlet_word(p)]
    return named[0] if len(named) == 1 else parts[0]


def _known(feed: Feed, item: FeedItem | None) -> Found:
    found = Found()
    if feed.language:
        found.language = feed.language[:2].lower()
        found.field_origins["language"] = f"the feed's language ({feed.language})"
        found.numeric_order = dates.numeric_order_of_language(feed.language)
    found.set("source", feed_outlet(feed.title, feed.link or (item.link if item else None)),
              "the feed's title")  # fmt: skip
    return found


def _page(headline_and_content: list[tuple[str | None, str]], language: str | None) -> str:
    lang = f' lang="{_html_text.escape(language)}"' if language else ""
    parts = [f"<!doctype html><html{lang}><head><meta charset=utf-8></head><body><article>"]
    for headline, content in headline_and_content:
        if headline:
            parts.append(f"<h3>{_html_text.escape(headline)}</h3>")
        parts.append(content)
    parts.append("</article></body></html>")
    return "".join(parts)


def _item_article(feed: Feed, item: FeedItem) -> RawArticle:
    found = _known(feed, item)
    found.set("title", item.title, "the feed item's title")
    found.set("author", ", ".join(item.authors) or None, "the feed item's author")
    found.set("url", item.link, "the feed item's link")
    for day, evidence, first in item.dates:
        priority = assemble.PRIORITY_META_PUBLISHED if first else assemble.PRIORITY_META_MODIFIED
        found.add_date(priority, day, "metadata", evidence)
    article = _html.read_html(_page([(None, item.content)], feed.language), fmt="feed", known=found)
    if not article.text.strip() and item.title:
        article.warnings.append("the feed item carries only its title, no text")
    return article


def _issue_article(feed: Feed) -> RawArticle:
    found = _known(feed, None)
    found.set("title", feed.title, "the feed's title")
    found.set("url", feed.link, "the feed's link")
    authors = {tuple(i.authors) for i in feed.items}
    if len(authors) == 1:
        found.set("author", ", ".join(next(iter(authors))) or None, "the feed items' author")
    published = [day for i in feed.items for day, _, first in i.dates if first]
    if published:
        found.add_date(assemble.PRIORITY_META_PUBLISHED, max(published), "metadata",
                       "the newest item of the feed")  # fmt: skip
    elif feed.dated is not None:
        found.add_date(assemble.PRIORITY_META_OTHER, feed.dated, "metadata", "the feed's date")
    found.warnings.append(
        f"the feed holds {len(feed.items)} items; they were read as one document, in feed order"
    )
    page = _page([(i.title, i.content) for i in feed.items], feed.language)
    article = _html.read_html(page, fmt="feed", known=found)
    # The issue is known by the feed's whole title: "Outlet | Section" names which feed it is.
    article.title = feed.title
    return article
