"""The story a page's scripts carry when its markup does not show it.

A page built by a JavaScript framework and saved before (or without) its scripts running shows
an empty shell: a spinner, "Loading article…", the site's header. The story is still in the
page, as data for the scripts: Next.js's ``__NEXT_DATA__`` or its App Router's flight data
(``self.__next_f.push([1, "..."])`` chunks), a Nuxt payload, Gatsby's page
data, a state assigned in a script (``window.__INITIAL_STATE__ = {...}``), an Apollo cache, or
JSON-LD's ``articleBody`` (a live blog's entries as ``liveBlogUpdate`` objects). This module
finds that story: its paragraphs, and the headline, authors and first publication written
beside them. It is only asked when the markup gave no story, so pages that show theirs are
never read twice.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

from desktop.ingest import dates

#: A data script's opening tag: JSON by its type, or a script that assigns a state object.
_SCRIPT_OPEN = re.compile(r"<script\b([^>]{0,2000})>", re.I)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.I)
_JSON_TYPE = re.compile(r"""type\s*=\s*["']?application/(?:ld\+)?json""", re.I)
_ASSIGNED_STATE = re.compile(
    r"^\s*(?:window|self|globalThis)\s*(?:\.\s*|\[\s*[\"'])([A-Za-z_$][\w$]*)[\"'\]\s]*=\s*", re.S
)
#: The budget: a data script larger than this is not parsed, nor more than this many scripts.
_MAX_SCRIPT_CHARS = 3_000_000
_MAX_SCRIPTS = 40
_MAX_DEPTH = 40
#: The App Router's flight data: at most this many characters over all its chunks, this many rows.
_MAX_FLIGHT_CHARS = 6_000_000
_MAX_FLIGHT_ROWS = 5_000
_MAX_FLIGHT_PUSHES = 5_000
_FLIGHT_PUSH = re.compile(r"^\s*\(?\s*self\.__next_f\s*=?[^;]*?\.push\(\[\s*1\s*,\s*", re.S)
#: A flight row's id ("2:", "1a:") and a text row's header ("T1f4,": its length in bytes, hex).
_FLIGHT_NAME = "Next.js flight data"
_FLIGHT_ROW = re.compile(r"([0-9a-fA-F]{1,8}):")
_FLIGHT_TEXT = re.compile(r"T([0-9a-fA-F]{1,8}),")
_FLIGHT_REF = re.compile(r"\$([0-9a-fA-F]{1,8})")
#: Devalue (Nuxt 3) wraps values it revives in a one-word tag: ["Reactive", 5].
_DEVALUE_TAGS = frozenset(
    {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef"}
)

_TITLE_KEYS = ("headline", "title", "name")
#: A headline given as an object of several (a CMS's ``headlines: {basic, web, print}``):
#: the one the page shows first, an SEO or social one last.
_HEADLINE_GROUPS = ("headlines", "headline", "title", "titles")
_SHOWN_HEADLINE_KEYS = (
    "basic", "main", "default", "display", "rendered", "text", "print", "web", "seo",
)  # fmt: skip
#: "by" as a key of its own: the people a ``credits`` object lists (``credits: {by: [...]}``).
_AUTHOR_KEYS = (
    "byline", "author", "authors", "contributors", "writers", "creator", "creators", "by",
)  # fmt: skip
#: First publication, never the last update (updatedAt, dateModified are left out on purpose).
_PUBLISHED_KEYS = (
    "datePublished", "publishedAt", "published_at", "firstPublished", "firstPublishedAt",
    "publishedDate", "publishDate", "publicationDate", "first_published_at", "first_publish_date",
    "firstPublishDate", "publishedOn",
    "publishTime", "publishedTime", "published_time", "publish_date", "pubDate", "published",
    "date",
)  # fmt: skip
#: Keys whose text is the story itself, as HTML or as plain paragraphs.
_BODY_KEYS = frozenset(
    {
        "articlebody", "body", "bodytext", "bodyhtml", "html", "content", "contenthtml",
        "text", "story", "storybody", "fulltext", "blocks", "contentblocks", "paragraphs",
        "elements", "components", "contentelements",
    }
)  # fmt: skip
#: Blocks of a typed content list that are not the story's text, by a word of their type's
#: name ("imageBlock", "relatedLink", "interstitial_link", "raw_html", "adSlot"): a word that
#: opens with one of these ("images", "advertisement"), or "ad"/"ads" alone, whose letters
#: inside another word ("header", "upload") say nothing.
_NOT_TEXT_WORD = re.compile(
    r"(?:image|photo|picture|video|audio|embed|advert|promo|related|newsletter|gallery|"
    r"caption|social|tweet|iframe|widget|teaser|interstitial|raw|oembed|cta|subscribe|signup)"
    r"\w*|ads?",
    re.I,
)
_TYPE_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_PERSON_ROLE = re.compile(r"author|writer|byline|reporter|contributor", re.I)
#: A prose paragraph: long enough and ending as a sentence does.
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*$")


@dataclass
class ScriptedStory:
    """A story found in a page's data: paragraphs (entry headings are kept as their own
    paragraphs), and the fields written beside them."""

    paragraphs: list[str]
    where: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    headings: frozenset[str] = frozenset()

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def data_scripts(markup: str) -> list[tuple[str, Any]]:
    """The page's data scripts, parsed: (what the script is, its value). The App Router's
    flight chunks are joined and read as one value, a list of its rows."""
    found: list[tuple[str, Any]] = []
    flight: list[str] = []
    flight_chars = 0
    for n, (attrs, inner) in enumerate(_scripts(markup)):
        if n > 400 + _MAX_FLIGHT_PUSHES or len(found) >= _MAX_SCRIPTS:
            break
        if not inner.strip() or len(inner) > _MAX_SCRIPT_CHARS:
            continue
        push = _FLIGHT_PUSH.match(inner) if "__next_f" in inner[:80] else None
        if push is not None:
            chunk = _string_at(inner, push.end())
            if chunk is not None and flight_chars + len(chunk) <= _MAX_FLIGHT_CHARS:
                flight.append(chunk)
                flight_chars += len(chunk)
            continue
        if n > 400:
            continue
        name = _script_name(attrs)
        if _JSON_TYPE.search(attrs):
            value = _loads(inner.strip().rstrip(";"))
            if value is None and "&q;" in inner:
                # Angular's transfer state escapes its quotes and brackets as "&q;", "&l;" ...
                value = _loads(_angular_unescaped(inner.strip()))
        else:
            assigned = _ASSIGNED_STATE.match(inner)
            if assigned is None:
                found.extend(_assigned_objects(inner))
                continue
            name = assigned.group(1)
            value = _loads_prefix(inner[assigned.end() :])
            if value is None:
                found.extend(_assigned_objects(inner))
                continue
        if value is not None:
            found.append((name, value))
    if flight:
        rows = flight_rows("".join(flight))
        if rows:
            found.append((_FLIGHT_NAME, rows))
    found.extend(_island_props(markup))
    return found


_ANGULAR_ESCAPES = {"&q;": '"', "&s;": "'", "&l;": "<", "&g;": ">", "&a;": "&"}


def _angular_unescaped(text: str) -> str:
    return re.sub(r"&[qslga];", lambda m: _ANGULAR_ESCAPES[m.group(0)], text)


#: An Astro island's component props: JSON in an attribute, each value as [type, value].
_ISLAND_PROPS = re.compile(r"<astro-island\b[^>]{0,3000}?\sprops=\"([^\"]{2,3000000})\"", re.I)
_MAX_ISLANDS = 20


def _island_props(markup: str) -> list[tuple[str, Any]]:
    """The props of a page's Astro islands, decoded: Astro writes each value as a pair of its
    kind and itself ([0, "text"], [1, [...]] for an array), which is undone here."""
    found: list[tuple[str, Any]] = []
    if "<astro-island" not in markup:
        return found
    for m in itertools.islice(_ISLAND_PROPS.finditer(markup), _MAX_ISLANDS):
        value = _loads(html.unescape(m.group(1)))
        if value is not None:
            found.append(("Astro island props", _astro_value(value, 0)))
    return found


def _astro_value(value: Any, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {k: _astro_value(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list) and len(value) == 2 and value[0] in (0, 1):
        kind, inner = value
        if kind == 1 and isinstance(inner, list):
            return [_astro_value(v, depth + 1) for v in inner]
        return _astro_value(inner, depth + 1)
    return value


#: A statement that gives an object or array to a property of a global or a namespace, after
#: others in the same script: ``window.Fusion=window.Fusion||{};Fusion.globalContent={...};``,
#: ``var __PRELOADED__ = [...]``. The name is the last word before the "=".
_LATER_ASSIGNMENT = re.compile(
    r"(?:^|[;\n}])\s*(?:(?:var|let|const)\s+)?"
    r"(?:[A-Za-z_$][\w$]*\s*\.\s*){0,3}([A-Za-z_$][\w$]*)\s*=\s*(?=[\[{])"
)
#: At most this many such statements are parsed in one script.
_MAX_ASSIGNMENTS = 12


def _assigned_objects(script: str) -> list[tuple[str, Any]]:
    """The objects and arrays a script assigns in statements anywhere in it (a namespace's
    state set after its set-up), each parsed as JSON; what is not JSON is passed over."""
    found: list[tuple[str, Any]] = []
    for tried, match in enumerate(_LATER_ASSIGNMENT.finditer(script)):
        if tried >= _MAX_ASSIGNMENTS:
            break
        value = _loads_prefix(script[match.end() :])
        if isinstance(value, (dict, list)) and value:
            found.append((match.group(1), value))
    return found


def _scripts(markup: str) -> Iterator[tuple[str, str]]:
    """Each script's attributes and text, in one forward pass: a script left open (no
    "</script>" after it) ends the search instead of being looked for again from each later
    "<script", which on a hostile page would cost a scan to the end per tag."""
    pos = 0
    while True:
        opening = _SCRIPT_OPEN.search(markup, pos)
        if opening is None:
            return
        closing = _SCRIPT_CLOSE.search(markup, opening.end())
        if closing is None:
            return
        yield opening.group(1), markup[opening.end() : closing.start()]
        pos = closing.end()


def _string_at(text: str, pos: int) -> str | None:
    """The JSON string literal that starts at ``pos`` (a flight chunk as Next.js writes it)."""
    if not text.startswith('"', pos):
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text, pos)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def flight_rows(data: str) -> list[Any]:
    """The rows of React Server Components flight data, the chunks already joined (a row may
    have been split between two chunks): each ``ID:JSON`` row parsed, and each text row
    (``ID:T<hex length>,<text>``, a long string the JSON rows refer to as ``"$ID"``) put in
    place of its references."""
    rows: list[Any] = []
    texts: dict[str, str] = {}
    pos = 0
    while pos < len(data) and len(rows) + len(texts) < _MAX_FLIGHT_ROWS:
        row = _FLIGHT_ROW.match(data, pos)
        if row is None:
            newline = data.find("\n", pos)
            if newline < 0:
                break
            pos = newline + 1
            continue
        start = row.end()
        text = _FLIGHT_TEXT.match(data, start)
        if text is not None:
            size = int(text.group(1), 16)
            begin = text.end()
            # The length counts UTF-8 bytes; a character is at least one byte.
            raw = data[begin : begin + size].encode("utf-8")[:size]
            value = raw.decode("utf-8", errors="ignore")
            texts[row.group(1).lower()] = value
            pos = begin + len(value)
            continue
        newline = data.find("\n", start)
        end = newline if newline >= 0 else len(data)
        if data[start : start + 1] in ("[", "{"):
            value = _loads(data[start:end])
            if value is not None:
                rows.append(value)
        pos = end + 1
    if texts:
        rows = [_with_texts(r, texts, 0) for r in rows]
    return rows


def _with_texts(value: Any, texts: dict[str, str], depth: int) -> Any:
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, str):
        ref = _FLIGHT_REF.fullmatch(value)
        return texts.get(ref.group(1).lower(), value) if ref else value
    if isinstance(value, list):
        return [_with_texts(v, texts, depth + 1) for v in value]
    if isinstance(value, dict):
        return {k: _with_texts(v, texts, depth + 1) for k, v in value.items()}
    return value


def _script_name(attrs: str) -> str:
    ident = re.search(r"""\bid\s*=\s*["']?([\w-]+)""", attrs)
    if ident:
        return ident.group(1)
    return "JSON-LD" if "ld+json" in attrs.lower() else "a JSON script"


def _loads(text: str) -> Any:
    """A script's JSON value; None when it is not JSON, or nested deeper than the parser
    goes (a hostile or broken script is passed over, not the page refused)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _loads_prefix(text: str) -> Any:
    """The JSON value an assignment starts with (``{...};`` and whatever follows it)."""
    try:
        value, _ = json.JSONDecoder().raw_decode(text.lstrip())
    except (ValueError, RecursionError):
        return None
    return value


def story_in_scripts(markup: str) -> ScriptedStory | None:
    """The longest story the page's data scripts hold, if any holds one of at least two
    paragraphs of prose (or one long one)."""
    best: ScriptedStory | None = None
    for name, value in data_scripts(markup):
        root = _revived(value)
        refs = root if isinstance(root, dict) else {}
        for node in _dicts(root):
            story = _story_of(node, refs, name)
            if story is not None and (best is None or story.chars > best.chars):
                best = story
        if name == _FLIGHT_NAME:
            story = _rendered_story(value)
            if story is not None and (best is None or story.chars > best.chars):
                best = story
    return best


#: The elements of a story's text in a flight row's rendered tree, and its headline's.
_RENDERED_TEXT = frozenset({"p", "h2", "h3", "h4", "li", "blockquote"})


def _rendered_story(rows: list[Any]) -> ScriptedStory | None:
    """The story a flight payload carries as rendered elements (``["$", "p", null,
    {"children": ...}]``) rather than as data: its paragraphs in order, under its <h1>."""
    paragraphs: list[str] = []
    headings: set[str] = set()
    title: str | None = None
    budget = [200_000]

    def walk(value: Any, depth: int) -> None:
        if depth > _MAX_DEPTH or budget[0] <= 0:
            return
        budget[0] -= 1
        if isinstance(value, list):
            if len(value) == 4 and value[0] == "$" and isinstance(value[1], str):
                tag, props = value[1], value[3]
                children = props.get("children") if isinstance(props, dict) else None
                if tag in _RENDERED_TEXT or tag == "h1":
                    nonlocal title
                    text = _collapse(_element_text(children, 0))
                    if tag == "h1":
                        title = title or text or None
                    elif text:
                        paragraphs.append(text)
                        if tag.startswith("h"):
                            headings.add(text)
                    return
                walk(children, depth + 1)
                return
            for item in value[:5000]:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            for item in list(value.values())[:5000]:
                walk(item, depth + 1)

    walk(rows, 0)
    if not paragraphs or not _is_prose(paragraphs):
        return None
    return ScriptedStory(
        paragraphs,
        f"{_FLIGHT_NAME} (rendered elements)",
        title=title,
        headings=frozenset(headings),
    )


def _element_text(value: Any, depth: int) -> str:
    """The text of a rendered element's children: strings, and the children of the inline
    elements among them (links, emphasis)."""
    if depth > 12:
        return ""
    if isinstance(value, str):
        # A string opening with "$" refers to another row; a "$" of the text is written "$$".
        if value.startswith("$$"):
            return value[1:]
        return "" if value.startswith("$") else value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        if len(value) == 4 and value[0] == "$" and isinstance(value[3], dict):
            return _element_text(value[3].get("children"), depth + 1)
        return "".join(_element_text(v, depth + 1) for v in value[:500])
    return ""


def _revived(value: Any) -> Any:
    """A Nuxt 3 payload is a flat array whose containers refer to other entries by index;
    anything else is returned as it is."""
    if not (isinstance(value, list) and value and isinstance(value[0], (dict, list))):
        return value
    first = value[0]
    refs = first.values() if isinstance(first, dict) else first
    if not refs or not all(isinstance(r, int) and 0 <= r < len(value) for r in refs):
        return value
    memo: dict[int, Any] = {}

    def revive(index: int, depth: int) -> Any:
        if index in memo:
            return memo[index]
        if depth > _MAX_DEPTH or not 0 <= index < len(value):
            return None
        item = value[index]
        out: Any
        if isinstance(item, dict):
            out = {k: revive(v, depth + 1) if isinstance(v, int) else v for k, v in item.items()}
        elif isinstance(item, list):
            if len(item) == 2 and item[0] in _DEVALUE_TAGS and isinstance(item[1], int):
                out = revive(item[1], depth + 1)
            else:
                out = [revive(v, depth + 1) if isinstance(v, int) else v for v in item]
        else:
            out = item
        memo[index] = out
        return out

    return revive(0, 0)


def _dicts(value: Any) -> list[dict[str, Any]]:
    """Every object in a JSON value, breadth first, within a budget."""
    out: list[dict[str, Any]] = []
    queue: deque[tuple[Any, int]] = deque([(value, 0)])
    seen: set[int] = set()
    parsed = [0]

    def inner(v: Any) -> Any:
        # Data written as a JSON string inside the data (SvelteKit's fetched responses, a
        # CMS's serialised field): parsed and walked as the rest is, within a budget.
        if (
            isinstance(v, str)
            and parsed[0] < _MAX_NESTED_JSON
            and 40 <= len(v) <= _MAX_SCRIPT_CHARS
            and v.lstrip()[:1] in ("{", "[")
        ):
            parsed[0] += 1
            return _loads(v)
        return v

    while queue and len(out) < 20_000:
        item, depth = queue.popleft()
        if id(item) in seen or depth > _MAX_DEPTH:
            continue
        seen.add(id(item))
        if isinstance(item, dict):
            out.append(item)
            values = (inner(v) for v in item.values())
        elif isinstance(item, list):
            values = (inner(v) for v in item)
        else:
            continue
        queue.extend((v, depth + 1) for v in values if isinstance(v, (dict, list)))
    return out


#: At most this many JSON strings inside a script's data are parsed.
_MAX_NESTED_JSON = 50


def _story_of(node: dict[str, Any], refs: dict[str, Any], where: str) -> ScriptedStory | None:
    if "liveBlogUpdate" in node:
        story = _live_blog(node, where)
        if story is not None:
            return story
    for key, value in node.items():
        if key.lower().replace("_", "") not in _BODY_KEYS:
            continue
        paragraphs = _paragraphs(value)
        if paragraphs and _is_prose(paragraphs):
            return ScriptedStory(
                paragraphs=paragraphs,
                where=f"{where} ({key})",
                title=_title(node),
                authors=_authors(node, refs),
                published=_published(node),
            )
    return None


def _live_blog(node: dict[str, Any], where: str) -> ScriptedStory | None:
    """A live blog's entries, each an object with its own heading and text, in the order the
    page gives them (newest first when it shows them so)."""
    entries = node.get("liveBlogUpdate")
    if isinstance(entries, dict):
        entries = [entries]
    if not isinstance(entries, list):
        return None
    paragraphs: list[str] = []
    headings: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        heading = entry.get("headline")
        text = _paragraphs(entry.get("articleBody") or entry.get("text"))
        if isinstance(heading, str) and heading.strip() and text:
            paragraphs.append(_collapse(heading))
            headings.add(_collapse(heading))
        paragraphs.extend(text)
    if not paragraphs:
        return None
    return ScriptedStory(paragraphs, f"{where} (liveBlogUpdate)", headings=frozenset(headings))


def _paragraphs(value: Any) -> list[str]:
    """The paragraphs of a story value: HTML, plain text with blank lines between paragraphs,
    or a list of typed blocks (``{"type": "paragraph", "text": ...}``)."""
    if isinstance(value, str):
        if value.lstrip()[:1] in ("{", "[") and _loads(value) is not None:
            return []  # data written as a JSON string: walked as data, not read as text
        if re.search(r"<(?:p|h[2-6]|li|blockquote)\b", value, re.I):
            return _html_paragraphs(value)
        parts = re.split(r"\n\s*\n|\r\n\s*\r\n", value)
        if len(parts) == 1:
            parts = value.split("\n")
        return [c for c in (_collapse(_inline_markup_text(p)) for p in parts) if c]
    if isinstance(value, dict):
        # A field given as an object around its text: WordPress's ``{"rendered": "<p>..."}``,
        # a CMS's ``{"html": ...}`` or ``{"value": ...}``.
        for key in _WRAPPED_TEXT_KEYS:
            inner = value.get(key)
            if isinstance(inner, str):
                return _paragraphs(inner)
        return []
    if isinstance(value, list):
        out: list[str] = []
        for block in value[:2000]:
            if isinstance(block, str):
                out.extend(_paragraphs(block))
            elif isinstance(block, dict):
                kind = str(
                    block.get("type")
                    or block.get("_type")
                    or block.get("__typename")
                    or block.get("kind")
                    or block.get("nodeType")
                    or ""
                )
                if _not_text(kind):
                    continue
                spans = _inline_text(block)
                if spans is not None:
                    out.extend([spans] if spans else [])
                    continue
                for key in ("html", "text", "content", "value", "body"):
                    if isinstance(block.get(key), (str, list)):
                        out.extend(_paragraphs(block[key]))
                        break
        return out
    return []


#: The keys an object wrapping a text gives it under.
_WRAPPED_TEXT_KEYS = ("rendered", "html", "value", "markup")


def _not_text(kind: str) -> bool:
    """A block whose type names something other than the story's text (an image, a related
    link, an advert), unless it also names a paragraph, text or heading."""
    if not kind or re.search(r"paragraph|text|heading", kind, re.I):
        return False
    return any(_NOT_TEXT_WORD.fullmatch(w) for w in _TYPE_WORD.findall(kind.replace("_", " ")))


#: Keys a rich-text editor gives a block's inline pieces under (Sanity's Portable Text
#: ``children`` of spans, Contentful's ``content`` of text nodes) and each piece's text.
_INLINE_LISTS = ("children", "content")
_INLINE_TEXT = ("text", "value")
#: A piece that is a block of its own (a section's paragraphs), not an inline span.
_BLOCK_KIND = re.compile(r"paragraph|heading|block|list|section|quote", re.I)


def _inline_text(block: dict[str, Any]) -> str | None:
    """The one paragraph a rich-text block writes as a list of inline pieces (spans with
    marks, links holding spans), joined as printed; None when the block is not so written."""
    kind = str(block.get("_type") or block.get("nodeType") or block.get("type") or "")
    if any(isinstance(block.get(k), str) for k in ("html", "text")):
        return None
    for key in _INLINE_LISTS:
        pieces = block.get(key)
        if not isinstance(pieces, list) or not pieces:
            continue
        if not all(isinstance(p, dict) for p in pieces[:200]) or any(
            _BLOCK_KIND.search(str(p.get("_type") or p.get("nodeType") or p.get("type") or ""))
            for p in pieces[:200]
        ):
            return None
        joined = "".join(_inline_piece(p, 0) for p in pieces[:200])
        if joined or kind:
            return _collapse(joined)
    return None


def _inline_piece(piece: dict[str, Any], depth: int) -> str:
    if depth > 6:
        return ""
    for key in _INLINE_TEXT:
        text = piece.get(key)
        if isinstance(text, str):
            return text
    for key in _INLINE_LISTS:
        inner = piece.get(key)
        if isinstance(inner, list):
            return "".join(_inline_piece(p, depth + 1) for p in inner[:200] if isinstance(p, dict))
    return ""


#: Inline markup a CMS leaves in a paragraph's text ("put <b>tables</b> in", "<a href=...>").
_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|em|strong|span|u|s|sup|sub|small|mark|br|abbr|cite)\b[^<>]{0,500}>", re.I
)


def _inline_markup_text(text: str) -> str:
    """A paragraph's text without the inline tags written into it (a line break a space)."""
    if "<" not in text:
        return text
    return _INLINE_TAG.sub(lambda m: " " if m.group(0)[1:3].lower() == "br" else "", text)


def _html_paragraphs(markup: str) -> list[str]:
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    out: list[str] = []
    for el in root.iter("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"):
        if any(a.tag in {"p", "li", "blockquote"} for a in el.iterancestors()):
            continue
        text = _collapse(el.text_content())
        if text:
            out.append(text)
    return out


#: Sentences running on in one string: a full stop, then a capital or a quote opening the next.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")


def _is_prose(paragraphs: list[str]) -> bool:
    """Paragraphs of a story: two sentence-sized ones, one long one, or one that runs three
    sentences or more on (an ``articleBody`` whose paragraphs were joined with spaces)."""
    sentences = [p for p in paragraphs if len(p) >= 60 and _SENTENCE_END.search(p)]
    return (
        len(sentences) >= 2
        or any(len(p) >= 400 for p in sentences)
        or any(len(p) >= 200 and len(_SENTENCE_BREAK.findall(p)) >= 2 for p in sentences)
    )


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _near(node: dict[str, Any]) -> list[dict[str, Any]]:
    """The object holding the story and the objects directly under it (Gatsby's
    ``frontmatter``, a CMS's ``meta``), where its fields are written."""
    return [node, *(v for v in node.values() if isinstance(v, dict))]


def _title(node: dict[str, Any]) -> str | None:
    for place in _near(node):
        for key in _TITLE_KEYS:
            value = place.get(key)
            if isinstance(value, str) and 8 <= len(value.strip()) <= 300:
                return _collapse(value)
    for key in _HEADLINE_GROUPS:
        group = node.get(key)
        if not isinstance(group, dict):
            continue
        for shown in _SHOWN_HEADLINE_KEYS:
            value = group.get(shown)
            if isinstance(value, str) and 8 <= len(value.strip()) <= 300:
                return _collapse(value)
    return None


def _published(node: dict[str, Any]) -> str | None:
    for place in _near(node):
        for key in _PUBLISHED_KEYS:
            value = place.get(key)
            if isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d", value.strip()):
                return value.strip()
            stamp = dates.epoch_timestamp(value)
            if stamp is not None:
                return stamp
    return None


#: Fields an object describing the page's story carries beside its date.
_STORY_FIELDS = ("headline", "title", "slug", "url", "id", "uuid")


@dataclass
class DataFields:
    """What a page's data writes beside the headline the page shows."""

    where: str
    published: str | None
    authors: list[str]


def fields_beside_headline(markup: str, headline: str) -> DataFields | None:
    """The first publication and the authors a page's data scripts write in the object whose
    headline (or title) is the one the page shows: a page that prints its story but not its
    date or byline still carries them in its framework's data. JSON-LD is read with the
    page's metadata and is not asked again."""
    key = _headline_key(headline)
    if len(key.split()) < 3:
        return None
    for name, value in data_scripts(markup):
        if name == "JSON-LD":
            continue
        root = _revived(value)
        refs = root if isinstance(root, dict) else {}
        for node in _dicts(root):
            titles = [t for t in (node.get(k) for k in _TITLE_KEYS) if isinstance(t, str)]
            if not any(_headline_key(t) == key for t in titles):
                continue
            published, authors = _published(node), _authors(node, refs)
            if published or authors:
                return DataFields(name, published, authors)
    return None


def _headline_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", _collapse(text).casefold()).strip()


def published_in_scripts(markup: str) -> tuple[str, str] | None:
    """The first publication a page's data scripts write for its story (an ISO date or an
    epoch timestamp under a publication key), and where: asked when the page gives no date of
    its own elsewhere. JSON-LD is read with the page's metadata and is not asked again; the
    object must describe a story (a headline, title, slug, address or id beside the date)."""
    for name, value in data_scripts(markup):
        if name == "JSON-LD":
            continue
        for node in _dicts(_revived(value)):
            if not any(key in node for key in _STORY_FIELDS):
                continue
            for key in _PUBLISHED_KEYS:
                if key in ("date", "published"):
                    continue  # too common a word for other things' dates in a state object
                found = node.get(key)
                if isinstance(found, str) and re.match(r"\d{4}-\d\d-\d\d", found.strip()):
                    return found.strip(), f"{name} ({key})"
                stamp = dates.epoch_timestamp(found)
                if stamp is not None:
                    return stamp, f"{name} ({key}, a timestamp)"
    return None


def _authors(node: dict[str, Any], refs: dict[str, Any]) -> list[str]:
    for place in _near(node):
        for key in _AUTHOR_KEYS:
            if key in place:
                names = _names(place[key], refs)
                if names:
                    return names
    return []


def _names(value: Any, refs: dict[str, Any], depth: int = 0) -> list[str]:
    if depth > 4:
        return []
    if isinstance(value, str):
        name = _collapse(value)
        name = re.sub(r"^by\s+", "", name, flags=re.I)
        return [name] if 2 <= len(name) <= 80 else []
    if isinstance(value, list):
        return [n for item in value[:10] for n in _names(item, refs, depth + 1)]
    if isinstance(value, dict):
        ref = value.get("__ref")
        if isinstance(ref, str) and isinstance(refs.get(ref), dict):
            return _names(refs[ref], refs, depth + 1)
        role = value.get("type") or value.get("role")
        kind = value.get("@type")
        if kind == "Organization" or (
            isinstance(role, str) and role.islower() and not _PERSON_ROLE.search(role)
        ):
            return []
        for key in ("name", "displayName", "fullName", "title"):
            if isinstance(value.get(key), str):
                return _names(value[key], refs, depth + 1)
    return []


def names_in_prose(names: list[str]) -> str | None:
    """Authors as a byline writes them: "A", "A and B", "A, B and C"."""
    if not names:
        return None
    unique = list(dict.fromkeys(names))
    if len(unique) == 1:
        return unique[0]
    return f"{', '.join(unique[:-1])} and {unique[-1]}"
