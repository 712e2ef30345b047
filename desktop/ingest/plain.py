"""Plain-text and Markdown articles: lines to paragraphs, Markdown markup to plain words."""

from __future__ import annotations

import base64
import binascii
import functools
import html
import itertools
import quopri
import re
from datetime import date
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime

from desktop.domain import RawArticle
from desktop.ingest import assemble, clipping, dates, furniture
from desktop.ingest.assemble import Found
from desktop.ingest.furniture import Piece
from desktop.ingest.textclean import NotTextError, _codec_for, clean_text, collapse_spaces, decode

_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
# Possessive runs: the spaces before and after an optional bar are never split two ways, so a
# line of 8,000 spaces is no longer tried in every split (0.7 s, quadratic).
_TABLE_RULE = re.compile(r"^\s*+\|?+\s*+:?+-{3,}+:?+\s*+(?:\|\s*+:?+-{3,}+:?+\s*+)*+\|?+\s*+$")
_TERMINAL = re.compile(r"[.!?:;\"'”’)\]]$")
#: A web address alone on a line ("https://paper.example/news/2025/09/02/slug").
_ADDRESS_ON_ITS_OWN = re.compile(r"^<?(?:https?://|www\.)\S+>?$")

#: An image on a line of its own, or a row of them, each maybe a link (a README's badges:
#: "[![status: complete](https://img.shields.io/...)](#)").
_IMAGE_LINE = re.compile(r"^\s{0,3}(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$")
#: A paragraph in one pair of italic marks: "*Valley Notes has 900 readers. Join them.*"
_WHOLLY_EMPHASISED = re.compile(r"^(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_)$")
_EMPHASISED_LINE = re.compile(r"^\s{0,3}(?:\*(?!\*)[^*].*\*|_(?!_)[^_].*_)\s*$")
_IMAGE = re.compile(
    r"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]"
)
#: An item of a list that links to a part of the same page: a table of contents' entry.
_CONTENTS_ENTRY = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]+\]\(#[^)\s]*\)\s*$")
_CONTENTS_HEADING = re.compile(
    r"^\s{0,3}(?:#{1,6}\s*)?\**(?:(?:table\s+of\s+)?contents|on\s+this\s+page|in\s+this\s+"
    r"(?:article|post|document|report))\**\s*:?\s*#*\s*$",
    re.I,
)
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_FOOTNOTE = re.compile(r"\[\^([^\]]+)\]")
_FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*(?P<note>.*)$")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?/?>")
_EMPHASIS = [
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"),
    re.compile(r"`([^`]+)`"),
]
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# Escaped ASCII punctuation is parked in a private-use block while markup is removed.
_ESCAPED_BASE = 0xF0000
_ESCAPED = re.compile("[\U000f0000-\U000f007f]")


def read_text(
    text: str,
    fmt: str,
    encoding: str,
    *,
    known: Found | None = None,
    settled: frozenset[str] = frozenset(),
    emphasised: frozenset[str] = frozenset(),
) -> RawArticle:
    """A .txt/.md/pasted article: ``fmt`` is "txt", "md" or "pasted" (or "rtf": the text an
    RTF file shows, with what its reader ``known`` from the file's properties, the
    paragraphs its structure shows to be text, ``settled``: a table's rows, and those it sets
    in italics whole, ``emphasised``, as a Markdown paragraph in asterisks is)."""
    # The reasons of the lines asked while joining them are kept for judging the blocks.
    with furniture.judging():
        return _read_text(text, fmt, encoding, known, settled, emphasised)


def _read_text(
    text: str,
    fmt: str,
    encoding: str,
    known: Found | None,
    settled: frozenset[str],
    emphasised: frozenset[str],
) -> RawArticle:
    text = clean_text(text)
    found = known if known is not None else Found(encoding=encoding)
    # A message's header and MIME parts are read first: the page feet and running heads
    # below are looked for in the text the mail reader shows, not in encoded parts.
    header, lines = _message(text.split("\n"), found)
    if not header:
        # A forward whose forwarder's lines are not a whole message header ("From:" and
        # "To:" only, as copied from a mail program's window).
        forwarding, lines = _forwarding(lines)
        if forwarding:
            header, lines = _message(lines, found, forwarded=True)
            header = forwarding + header
    # Counted in what a mail reader shows: a newsletter's attached report, base64 in the
    # file, is not lines of the article.
    told = len(header) + len(lines) - (1 if lines and not lines[-1] else 0)
    assemble.refuse_too_many_blocks(told, "lines")
    record = clipping.Record()
    if not header:
        record, lines = clipping.read_record(lines, found)
        header += record.head
    lines, feet = _page_feet(_head_spread_to_margins(_without_line_numbers(lines)))
    _running_foot_fields(feet, found)
    feet = record.tail + feet
    lines = _columns_read_across(lines)
    lines = _without_running_heads(lines)
    if not header:
        replied, lines, after = _reply_quoting(lines)
        header += replied
        feet = feet + after
    lines = _unquoted(lines)
    if fmt != "md":
        contents, lines = _wiki_copy(lines, found)
        header += contents
    if not header:
        fields, lines = _field_lines(lines, found)
        header += fields
    if fmt == "md":
        lines = _front_matter(lines, found)
        pieces = _markdown_pieces(lines)
    else:
        pieces = _text_pieces(lines)
    if settled:
        for piece in pieces:
            if piece.text in settled:
                piece.settled = True
    if emphasised:
        for piece in pieces:
            if piece.kind == "para" and piece.text in emphasised:
                piece.kind = "emphasis"
    return assemble.finish(header + pieces + feet, fmt, found, title_from_text=True)


def strip_markdown(line: str) -> str:
    """Inline Markdown markup removed, the words kept (link text stays, its address goes)."""
    # Escaped characters are set aside first so that "\\*" is never read as emphasis.
    line = _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    # A footnote marker as the reader sees it printed: "recorded.[1]".
    line = _FOOTNOTE.sub(r"[\1]", line)
    line = _HTML_TAG.sub("", line)
    for pattern in _EMPHASIS:
        line = pattern.sub(r"\1", line)
    return _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - _ESCAPED_BASE), line)


def _front_matter(lines: list[str], found: Found) -> list[str]:
    """YAML front matter (``---`` ... ``---``) of static-site Markdown: simple key: value pairs."""
    if not lines or lines[0].strip() != "---":
        return lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in {"---", "..."}:
            break
    else:
        return lines
    for key, value in _front_matter_pairs(lines[1:end]):
        origin = f"front matter {key}"
        if key in {"title", "headline"}:
            found.set("title", value, origin)
        elif key in {"author", "authors", "byline", "published_by", "creator", "writer"}:
            # wallabag writes the byline as "published_by".
            found.set("author", value, origin)
        elif key in {"source", "publisher", "site", "site_name", "outlet", "publication", "feed",
                     "feed_title", "feedtitle", "feed_name", "blog", "blog_name"}:  # fmt: skip
            # Web clippers write the page's address under "source".
            if re.match(r"^https?://", value):
                found.set("url", value, origin)
            else:
                found.set("source", value, origin)
        elif key in {"url", "link", "canonical", "canonical_url"}:
            found.set("url", value, origin)
        elif key in {"lang", "language"}:
            found.language = value[:2].lower()
            found.field_origins["language"] = f'the line "{key}: {value}"'
            found.numeric_order = dates.numeric_order_of_language(value)
        # "created" is left out: clippers write the day of the clipping there.
        # Read-later apps name the article's own date apart from the day it was saved
        # ("date_saved", "time_added"), which says nothing about publication.
        elif key in {"date", "published", "pubdate", "publish_date", "published_at",
                     "date_published", "published_date", "publication_date", "datepublished",
                     "published_on"}:  # fmt: skip
            for day in dates.full_dates(value)[0][:1]:
                found.add_date(assemble.PRIORITY_META_PUBLISHED, day, "metadata", origin)
        elif key in {"updated", "modified", "lastmod", "last_modified"}:
            for day in dates.full_dates(value)[0][:1]:
                found.add_date(assemble.PRIORITY_META_MODIFIED, day, "metadata", origin)
    return lines[end + 1 :]


_HEADER_FIELD = re.compile(
    r"^(?P<name>from|to|cc|bcc|date|sent|subject|reply-to|sender|message-id|mime-version|"
    r"content-type|content-transfer-encoding|received|return-path|delivered-to|importance|"
    r"list-unsubscribe|list-id|references|organi[sz]ation|precedence|keywords|comments|"
    r"sensitivity|priority|newsgroups|autocrypt|"
    # Any other hyphenated name: mail programs and relays add their own by the dozen
    # ("DKIM-Signature", "ARC-Seal", "Thread-Topic", "In-Reply-To"). A block of them is only
    # read as a message's header when it also holds the fields a message has (see
    # _header_fields' caller), so a text opening with "Read-more:" is not taken for one.
    r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+)\s*:[ \t]*(?P<value>.*)$",
    re.I,
)
# The line an mbox file (and a mail program's "Save as") writes above a message's header:
# "From jane@example.org Tue Mar 11 16:40:02 2025", with no colon.
_MBOX_FROM = re.compile(r"^From \S+ +\S")
# What a mail program writes above the header of a message passed on: "---------- Forwarded
# message ---------", "Begin forwarded message:", "-----Original Message-----", or Outlook's
# rule of underscores.
# Every run in it is possessive ("*+"): the rule's own characters never take part in the
# words after them, so a line of 20,000 hyphens (a rule drawn with "-") fails at once, where
# a run the pattern could split two ways took time in the square of its length.
_FORWARDED = re.compile(
    r"^[\s>*_-]*+(?:forwarded\s+message|begin\s+forwarded\s+message|original\s+message)"
    r"\s*+:?+\s*+-*+\s*+$|^\s*+_{10,}+\s*+$",
    re.I,
)
#: Header fields that show the document is a message, not a page that mentions a date.
_MESSAGE_FIELDS = frozenset({"from", "subject", "to", "sent"})
#: A message's header ends at its first blank line; relays can stack a few hundred lines of
#: their own fields above it, but no more.
_HEADER_LINES = 600
#: How far into a message's text the "Forwarded message" line may come: below it only a
#: short note of the forwarder's.
_FORWARD_WITHIN = 40
# A newsletter's sender named with its publication: "Jane Doe from The Ledger", "The Ledger
# via Mailer".
# Each name ends on a character of its own, never inside the spaces before "from" or "via",
# so a name padded with thousands of spaces is not tried at every one of them.
_SENDER_WITH_OUTLET = re.compile(r"^(?P<person>.*?\S)\s+(?:from|at)\s+(?P<outlet>.+)$", re.I)
_SENDER_VIA = re.compile(r"^(?P<name>.*?\S)\s+via\s+.+$", re.I)


def _header_fields(lines: list[str], start: int) -> tuple[list[tuple[str, str]], int] | None:
    """The fields of a message header starting at ``start`` (folded lines joined) and the
    index of the line after it, or None when the lines there are not a message's header."""
    fields: list[tuple[str, str]] = []
    end = start
    limit = min(len(lines), start + _HEADER_LINES)
    while end < limit:
        line = lines[end]
        if not line.strip():
            break
        if line[:1] in " \t" and fields:
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {line.strip()}")
        else:
            m = _HEADER_FIELD.match(line)
            if m is None:
                return None
            fields.append((m.group("name").lower(), m.group("value").strip()))
        end += 1
    names = {name for name, _ in fields}
    if len(fields) < 2 or not names & _MESSAGE_FIELDS or not names & {"date", "sent", "subject"}:
        return None
    return fields, end


def _header_text(value: str) -> str:
    """A header value as a mail reader shows it: RFC 2047 encoded words ("=?UTF-8?B?...?=",
    "=?iso-8859-1?Q?...?=") decoded, the plain words around them kept."""
    if "=?" not in value:
        return value
    try:
        words = decode_header(value)
    except (HeaderParseError, UnicodeError, ValueError):
        return value
    try:
        return collapse_spaces(str(make_header(words)))
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        pass
    # A word in a charset Python does not know ("=?x-unknown?Q?Caf=C3=A9?=", "=?utf8mb4?B?
    # ...?="): its bytes are read as a part's are, by what they show.
    shown = [
        chunk if isinstance(chunk, str) else _text_of_part(chunk, charset or "")[0][0]
        for chunk, charset in words
    ]
    return collapse_spaces("".join(shown))


def _message(
    lines: list[str], found: Found, *, forwarded: bool = False, depth: int = 0
) -> tuple[list[Piece], list[str]]:
    """An e-mail saved or copied as text: its header set aside and read, and the text a mail
    reader shows (the plain part of a multipart message, decoded) as the lines to read.

    A message passed on by someone ("Forwarded message" below a short note, or the message
    attached whole) is the message it passes on: the forwarder's header, note and Date: say
    nothing of the story, so they are set aside and the forwarded header is read instead.
    A newsletter issue is known by its Subject, sent by the publication under its display
    name on the day of its Date: header, a machine field.
    """
    start = 0
    while start < len(lines) and start < 5 and not lines[start].strip():
        start += 1
    if start < len(lines) and _MBOX_FROM.match(lines[start]):
        start += 1
    if start < len(lines) and _FORWARDED.match(lines[start]):
        forwarded = True
        start += 1
        while start < len(lines) and start < 8 and not lines[start].strip():
            start += 1
        if start < len(lines) and _QUOTE_MARK.match(lines[start]):
            # Apple Mail quotes the message it passes on whole, its header too ("Begin
            # forwarded message:" over "> From: ...", "> Subject: ..."): one level of quote
            # marks off, it is read as any forwarded message is.
            lines = lines[:start] + _one_quote_level_off(lines[start:])
    if start >= len(lines) or _HEADER_FIELD.match(lines[start]) is None:
        return [], lines
    read = _header_fields(lines, start)
    if read is None:
        return [], lines
    fields, end = read
    header = [Piece(ln.strip(), "meta", furniture.EMAIL_HEADER) for ln in lines[:end] if ln.strip()]
    notes = found.warnings
    (body, body_fields), aside, attached = _chosen_part(lines[end:], dict(fields), notes=notes)
    header += [Piece(ln.strip(), "meta", furniture.EMAIL_HEADER) for ln in aside if ln.strip()]
    text = _decoded_body(body, body_fields, notes)
    if body_fields.get("content-type", "").lower().lstrip().startswith("text/html"):
        # A message sent as HTML alone (many newsletters): its text as a mail reader shows it.
        text = _html_as_lines("\n".join(text))
    if attached is not None and depth < _MIME_DEPTH:
        inner_found = Found(encoding=found.encoding)
        inner_header, inner_text = _message(attached, inner_found, forwarded=True, depth=depth + 1)
        if inner_header and _words(inner_text) > _words(text):
            _adopt(found, inner_found)
            note = [
                Piece(ln.strip(), "para", furniture.FORWARDING_NOTE) for ln in text if ln.strip()
            ]
            return header + note + inner_header, inner_text
    replied, quoted, after = _reply_quoting(text)
    if replied:
        # A reply quoting a copy of a story is the story, as a forward is: the replier's
        # header says nothing of it; the "On DATE, NAME wrote:" line names who sent the copy
        # and when, as a forwarded header would.
        _quoted_sender(replied, found)
        subject = next((_header_text(raw) for name, raw in fields if name == "subject"), "")
        subject = re.sub(r"^(?:(?:re|fwd?|aw|tr|wg|sv)\s*:\s*)+", "", subject, flags=re.I).strip()
        found.set("title", subject, "e-mail Subject")
        found.is_email = True
        note = [Piece(p.text, "para", furniture.FORWARDING_NOTE) for p in replied + after]
        return header + note, quoted
    marker = next((n for n, ln in enumerate(text[:_FORWARD_WITHIN]) if _FORWARDED.match(ln)), None)
    if marker is not None and depth < _MIME_DEPTH:
        inner_found = Found(encoding=found.encoding)
        inner_header, inner_text = _message(
            text[marker:], inner_found, forwarded=True, depth=depth + 1
        )
        if inner_header:
            _adopt(found, inner_found)
            note = [
                Piece(ln.strip(), "para", furniture.FORWARDING_NOTE)
                for ln in text[:marker]
                if ln.strip()
            ]
            return header + note + inner_header, inner_text
    for name, raw in fields:
        value = _header_text(raw)
        if name == "subject":
            subject = re.sub(r"^(?:(?:re|fwd?|aw|tr|wg)\s*:\s*)+", "", value, flags=re.I).strip()
            found.set("title", subject, "e-mail Subject")
        elif name == "from":
            _sender(value, found)
        elif name in {"date", "sent"}:
            day = _header_date(value)
            if day is not None:
                # A forwarded message's Date: is when its sender mailed it; the story it
                # carries says its own date, which comes first.
                found.add_date(
                    assemble.PRIORITY_FORWARDED_HEADER if forwarded else
                    assemble.PRIORITY_META_PUBLISHED,
                    day,
                    "metadata",
                    f"e-mail {name.title()} header" + (" of the forwarded message" if forwarded
                                                       else ""),
                )  # fmt: skip
    found.is_email = True
    if not forwarded:
        digest, text = _list_digest(text, found)
        header += digest
    return header, text


#: A mailing list's digest as Mailman sends it: "Valleywatch Digest, Vol 8, Issue 12" ...
_DIGEST_SUBJECT = re.compile(r"^(?P<list>.{2,60}?)\s+Digest,\s+Vol\s+\d+,\s+Issue\s+\d+\s*$", re.I)
#: ... opened by "Send Valleywatch mailing list submissions to" ...
_DIGEST_SEND = re.compile(r"^Send\s+(?P<list>.{2,60}?)\s+mailing\s+list\s+submissions\s+to\b", re.I)
#: ... each message numbered ("Message: 2") over its own header lines ...
_DIGEST_MESSAGE = re.compile(r"^Message:\s*\d{1,4}\s*$")
#: ... the messages parted by a rule ...
_DIGEST_RULE = re.compile(r"^(?:-{20,}|\*{20,})$")
#: ... and closed by its footer: "Subject: Digest Footer", the list's own lines under a rule of
#: underscores, "End of Valleywatch Digest, Vol 8, Issue 12".
_DIGEST_FOOTER = re.compile(r"^(?:subject:\s*digest\s+footer|end\s+of\s+.{2,60}?\s+digest\b)", re.I)
_LIST_FOOTER_RULE = re.compile(r"^_{20,}$")
_LIST_FOOTER_WORDS = re.compile(r"\bmailing\s+list\b|/listinfo/|\blist-?(?:info|serv)\b", re.I)


def _list_digest(text: list[str], found: Found) -> tuple[list[Piece], list[str]]:
    """A mailing list's digest is one document, as a newsletter issue is: every message's
    text in order. The list's preamble (how to post, subscribe and reach its owner, "Today's
    Topics"), each message's number and header lines, the rules between them and the
    digest's footer are set aside; the list's name is the ``source`` when the sender's
    address gives no display name."""
    name = None
    subject = _DIGEST_SUBJECT.match(found.title or "")
    if subject is not None:
        name = subject.group("list")
    for line in text[:30]:
        send = _DIGEST_SEND.match(line.strip())
        if send is not None:
            name = send.group("list")
            break
    first = next((n for n, ln in enumerate(text) if _DIGEST_MESSAGE.match(ln.strip())), None)
    if name is None or first is None:
        return [], text
    found.set("source", name.strip(), "the mailing list's name (its digest)")
    aside = [Piece(ln.strip(), "meta", furniture.NEWSLETTER) for ln in text[:first] if ln.strip()]
    out: list[str] = []
    n = first
    while n < len(text):
        line = text[n].strip()
        ahead = " ".join(text[n + 1 : n + 5])
        if _DIGEST_FOOTER.match(line) or (
            _LIST_FOOTER_RULE.match(line) and _LIST_FOOTER_WORDS.search(ahead)
        ):
            aside += [
                Piece(ln.strip(), "meta", furniture.NEWSLETTER) for ln in text[n:] if ln.strip()
            ]
            break
        if _DIGEST_MESSAGE.match(line):
            # The message's number and its header, down to the blank line under it.
            while n < len(text) and text[n].strip():
                aside.append(Piece(text[n].strip(), "meta", furniture.EMAIL_HEADER))
                n += 1
            continue
        if _DIGEST_RULE.match(line):
            aside.append(Piece(line, "meta", furniture.SEPARATOR))
        else:
            out.append(text[n])
        n += 1
    return aside, out


def _adopt(found: Found, inner: Found) -> None:
    """What the header of a forwarded message said, as the document's own metadata."""
    for name in ("title", "source", "author"):
        value = getattr(inner, name)
        if value is not None:
            found.set(name, value, inner.field_origins.get(name, "forwarded e-mail header"))
    found.candidates.extend(inner.candidates)
    found.warnings.extend(w for w in inner.warnings if w not in found.warnings)
    found.is_email = found.is_email or inner.is_email


def _words(lines: list[str]) -> int:
    return sum(len(ln.split()) for ln in lines)


def _forwarding(lines: list[str]) -> tuple[list[Piece], list[str]]:
    """A message passed on by someone else: the forwarder's header and note above the
    "Forwarded message" line are set aside, and the message below it is the document.

    The forwarder's Date: is the day it was passed on and their From: is a reader, so neither
    says anything of the article.
    """
    first = next((n for n, ln in enumerate(lines[:10]) if ln.strip()), None)
    if first is None or _HEADER_FIELD.match(lines[first]) is None:
        return [], lines
    marker = next((n for n, ln in enumerate(lines[first + 1 : 80], first + 1)
                   if _FORWARDED.match(ln)), None)  # fmt: skip
    if marker is None:
        return [], lines
    pieces = []
    in_header = True
    for line in lines[: marker + 1]:
        if not line.strip():
            in_header = False
            continue
        reason = furniture.EMAIL_HEADER if in_header or _FORWARDED.match(line) else None
        pieces.append(Piece(line.strip(), "meta", reason or furniture.FORWARDING_NOTE))
    return pieces, lines[marker + 1 :]


_QUOTE_MARK = re.compile(r"^\s{0,3}> ?")


def _one_quote_level_off(lines: list[str]) -> list[str]:
    """Quoted lines without their first quote mark ("> " or ">"), down to the first line that
    is not quoted (the forwarder's own words after the quote stay as they are)."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if not _QUOTE_MARK.match(line) and line.strip():
            return out + lines[n:]
        out.append(_QUOTE_MARK.sub("", line, count=1))
    return out


#: The line a mail program writes over the message a reply quotes: "On Wed, 7 Apr 2010 at
#: 11:46, Nadia Farouk <nadia@example.org> wrote:", "Am 7. April 2010 schrieb ...:", "Le ...
#: a écrit :"; a long one is wrapped before "wrote:".
_WROTE = re.compile(
    r"^\s*(?:on|am|le|el|il|op)\s.{4,200}?\s(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|"
    r"schreef)\s*:\s*$",
    re.I,
)
_WROTE_ALONE = re.compile(
    r"^\s*(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef)\s*:\s*$", re.I
)
#: How far down a reply the line over the quoted message may come, and how deep quotes go.
_WROTE_WITHIN = 60
_QUOTE_DEPTH = 6


def _reply_quoting(lines: list[str]) -> tuple[list[Piece], list[str], list[Piece]]:
    """A reply that quotes a copy of a story ("On DATE, NAME wrote:" over "> " lines, perhaps
    a note quoted around a story quoted one level deeper) is the story it quotes, as a forward
    is: the reply above, the "wrote:" line and every note and signature around the story at
    each level of quoting are set aside, and the story loses its quote marks.

    Returns the pieces set aside above the story, its lines, and those set aside after it."""
    at = None
    for n, line in enumerate(lines[:_WROTE_WITHIN]):
        if _WROTE.match(line) or (
            n and _WROTE_ALONE.match(line) and lines[n - 1].lstrip()[:3].lower() == "on "
        ):
            at = n
            break
    if at is None:
        return [], lines, []
    below = lines[at + 1 :]
    present = [ln for ln in below if ln.strip()]
    quoted = [ln for ln in present if _QUOTE_MARK.match(ln)]
    if len(quoted) < 3 or len(quoted) < 0.8 * len(present) or _words(quoted) <= _words(lines[:at]):
        return [], lines, []
    before = [
        Piece(ln.strip(), "meta", furniture.FORWARDING_NOTE) for ln in lines[: at + 1] if ln.strip()
    ]
    after: list[Piece] = []
    text = below
    for _ in range(_QUOTE_DEPTH):
        marks = [n for n, ln in enumerate(text) if ln.strip() and _QUOTE_MARK.match(ln)]
        if not marks:
            break
        first, last = marks[0], marks[-1]
        inside = text[first : last + 1]
        if len(marks) < 3 or _words(inside) < 0.6 * _words(text):
            break
        before += [Piece(ln.strip(), "meta", furniture.FORWARDING_NOTE) for ln in text[:first]
                   if ln.strip()]  # fmt: skip
        after = [Piece(ln.strip(), "meta", furniture.FORWARDING_NOTE) for ln in text[last + 1 :]
                 if ln.strip()] + after  # fmt: skip
        text = [_QUOTE_MARK.sub("", ln, count=1) for ln in inside]
    return before, text, after


#: A wiki page copied from a browser: its headings keep their edit links ("History[edit]"),
#: its notes their back-links ("^ Tarnside Advertiser, ...", "^ a b Coulson, p. 44"), and its
#: contents box lists the headings numbered ("1 History", "2.1 Rebuilding").
_EDIT_MARK = re.compile(r"^(?P<text>\S.{0,150}?)\s*\[\s*edit(?:\s+source)?\s*\]\s*$", re.I)
_BACK_LINK_MARK = re.compile(r"^\s*\^\s+(?:[a-z]\s+){0,12}(?=\S)")
_NUMBERED_ENTRY = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?P<title>\S.{0,100}?)\s*$")
_WIKI_SIGNS = re.compile(
    r"^\s*(?:from\s+(?P<site>[^,]{2,60}),\s+the\s+free\s+encyclopa?edia|"
    r"jump\s+to\s+navigation\b.*)\s*$",
    re.I,
)


def _wiki_copy(lines: list[str], found: Found) -> tuple[list[Piece], list[str]]:
    """A wiki page copied as text, known by two or more headings with edit links or by the
    wiki's own lines ("From Wikipedia, the free encyclopedia", "Jump to navigation"): the
    edit links and the notes' back-links are taken off their lines, and the contents box (a
    "Contents" line over numbered entries that name the page's headings) is set aside."""
    edits = sum(1 for ln in lines[:5000] if "[" in ln and _EDIT_MARK.match(ln))
    if edits < 2 and not any(_WIKI_SIGNS.match(ln) for ln in lines[:40]):
        return [], lines
    out: list[str] = []
    for line in lines:
        if "[" in line:
            edit = _EDIT_MARK.match(line)
            if edit is not None:
                line = edit.group("text")
        if line.lstrip()[:1] == "^":
            line = _BACK_LINK_MARK.sub("", line, count=1)
        out.append(line)
    aside: list[Piece] = []
    for n, line in enumerate(out[:40]):
        sign = _WIKI_SIGNS.match(line)
        if sign is None:
            continue
        # "From Oldpedia, the free encyclopedia" names the site; neither line is the text's.
        if sign.group("site"):
            found.set("source", sign.group("site").strip(), "the wiki's line under its heading")
        aside.append(Piece(line.strip(), "meta", furniture.NAVIGATION))
        out[n] = ""
    shown = {ln.strip().casefold() for ln in out if ln.strip()}
    for n, line in enumerate(out[:400]):
        if not _CONTENTS_HEADING.match(line):
            continue
        k = n + 1
        entries: list[int] = []
        while k < min(len(out), n + 200) and (not out[k].strip() or _NUMBERED_ENTRY.match(out[k])):
            if out[k].strip():
                entries.append(k)
            k += 1
        named = [
            k for k in entries
            if (m := _NUMBERED_ENTRY.match(out[k])) and m.group("title").casefold() in shown
        ]  # fmt: skip
        if len(entries) >= 2 and len(named) >= 0.5 * len(entries):
            for k in [n, *entries]:
                aside.append(Piece(out[k].strip(), "meta", furniture.NAVIGATION))
                out[k] = ""
            break
    return aside, out


#: Who wrote the quoted message, and when: "On Tue, Mar 6, 2012 at 7:02 AM, Halloran Herald
#: <news@herald.example> wrote:".
_ATTRIBUTION = re.compile(
    r"^\s*on\s+(?P<when>.{4,120}?),\s*(?P<who>[^,<>]{2,80}?)\s*(?:<(?P<address>[^<>\s]{3,200})>)?\s*"
    r"wrote\s*:\s*$",
    re.I,
)


def _quoted_sender(replied: list[Piece], found: Found) -> None:
    """The sender and the date the "wrote:" line over a quoted copy gives: the copy's source
    and, when its text prints none, its date (a machine field, as a forwarded Date: is)."""
    lines = [p.text for p in replied]
    for n in range(len(lines) - 1, -1, -1):
        line = lines[n]
        if _WROTE_ALONE.match(line) and n:
            line = f"{lines[n - 1]} {line}"
        m = _ATTRIBUTION.match(line)
        if m is None:
            continue
        who = m.group("who").strip().strip("\"'")
        if "@" not in who:
            _sender(f'"{who}" <{m.group("address") or "sender@invalid"}>', found)
        days, _ = dates.full_dates(m.group("when"))
        if days:
            found.add_date(
                assemble.PRIORITY_FORWARDED_HEADER, days[0], "metadata", "the quoted message's date"
            )
        return


def _unquoted(lines: list[str]) -> list[str]:
    """A text that is mostly quoted ("> " before most lines, as a reply or a forward quotes
    the message it passes on) loses one level of quote marks: the quoted text is the story."""
    present = [ln for ln in lines if ln.strip()]
    quoted = sum(1 for ln in present if ln.lstrip()[:1] == ">")
    if len(present) < 3 or quoted < 0.6 * len(present):
        return lines
    return [_QUOTE_MARK.sub("", ln, count=1) for ln in lines]


#: "Source: ...", "**Date:** ...", and a note app's inline fields written with two colons
#: ("source:: [Outlet](https://...)", as Obsidian's Dataview and Logseq write them).
_FIELD_LINE = re.compile(
    r"^\s{0,3}(?:[-*]\s+)?\**(?P<name>[A-Za-z][A-Za-z ]{1,24}?)\**\s*::?\s*(?P<value>\S.*)$"
)
_FIELD_NAMES = {
    **dict.fromkeys(("title", "headline", "full title"), "title"),
    **dict.fromkeys(
        ("source", "publication", "publisher", "outlet", "site", "newspaper"), "source"
    ),
    **dict.fromkeys(("author", "authors", "byline", "by", "writer"), "author"),
    **dict.fromkeys(
        ("date", "published", "publication date", "date published", "pub date"), "published"
    ),
    **dict.fromkeys(("url", "link", "address", "original url", "source url"), "url"),
    # A clipper's own fields: the day of the clipping is not the story's.
    **dict.fromkeys(
        (
            "created",
            "clipped",
            "saved",
            "date saved",
            "captured",
            "tags",
            "type",
            "status",
            "category",
            "document tags",
            "updated",
            "last edited time",
            "created time",
        ),
        "",
    ),
}
#: A field's value written as one Markdown link: "[Quayside Courier](https://...)".
_LINK_VALUE = re.compile(r"\[(?P<text>[^\]]{1,120})\]\((?P<url>https?://[^\s()]+)\)")
#: How far below a Markdown "# Title" a block of field lines may start.
_FIELDS_WITHIN = 4
#: A line of status badges only: "[![status: complete](https://img.shields.io/...)](#)".
_BADGE_LINE = re.compile(r"^\s*(?:\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)\s*|!\[[^\]]*\]\([^)]*\)\s*)+$")
#: What a read-later app's export sets between a note's "# Title" and its fields: the cover
#: image ("![rw-book-cover](https://...)") and a heading over the fields ("## Metadata").
_FIELDS_HEADING = re.compile(
    r"^\s{0,3}(?:!\[[^\]]*\]\([^)]*\)|#{1,6}\s+(?:metadata|properties|document\s+info"
    r"(?:rmation)?|details)\s*:?)\s*$",
    re.I,
)
#: A field whose label is set in bold: "**Date:** 2025-02-27", "**Authors**: A, B".
_BOLD_FIELD = re.compile(r"^\s{0,3}(?:[-*]\s+)?\*\*[A-Za-z][A-Za-z ]{1,24}?(?::\*\*|\*\*\s*:)\s*\S")


def _badges_between(lines: list[str], start: int, end: int) -> bool:
    """Whether only a badge row, or a cover image and a heading over the fields, stand
    between the note's heading and its fields."""
    between = [ln for ln in lines[start + 1 : end] if ln.strip()]
    return bool(between) and all(
        _BADGE_LINE.match(ln) or _FIELDS_HEADING.match(ln) for ln in between
    )


def _field_lines(lines: list[str], found: Found) -> tuple[list[Piece], list[str]]:
    """ "Title:", "Source:", "Author:", "Date:", "URL:" lines heading a text file, as a tool
    or an analyst writes them above a copied story (and a Notion clipping's "URL:",
    "Created:", "Tags:" under its heading). They give the metadata and are not the body;
    "Created" is the day of the clipping and dates nothing."""
    start = next((i for i, ln in enumerate(lines[:20]) if ln.strip()), None)
    if start is None or lines[start].strip() == "---":
        return [], lines  # YAML front matter is read as such
    # At the top of the file, or under a Markdown heading alone: never below a copied
    # headline, whose "By:" and "Published:" lines are the page's own, printed.
    tops = [start]
    if _MD_HEADING.match(lines[start]):
        # A repository's badge row may stand between the heading and the fields, and a
        # read-later app's export puts the cover image and a "Metadata" heading there.
        below = [
            i
            for i in range(start + 1, min(len(lines), start + _FIELDS_WITHIN + 4))
            if lines[i].strip()
            and not _BADGE_LINE.match(lines[i])
            and not _FIELDS_HEADING.match(lines[i])
        ]
        tops += [
            i for i in below[:1] if i - start <= _FIELDS_WITHIN or _badges_between(lines, start, i)
        ]
    for first in tops:
        run = []
        for line in lines[first : first + 12]:
            m = _FIELD_LINE.match(line)
            if m is None or m.group("name").strip().lower() not in _FIELD_NAMES:
                break
            # "**Date:** value": the bold's closing marks follow the colon.
            value = re.sub(r"^\*+\s*", "", m.group("value").strip())
            run.append((m.group("name").strip().lower(), value))
        if len(run) >= 2:
            break
    else:
        return [], lines
    # "Author:" and "Date:" alone may be a copied page's printed lines; set in bold under a
    # Markdown heading ("**Date:** 2025-02-27") they are fields its writer filled in.
    written = first != start and all(
        _BOLD_FIELD.match(ln) for ln in lines[first : first + len(run)]
    )
    if not written and not any(_FIELD_NAMES[name] in {"title", "source", "url"} for name, _ in run):
        return [], lines
    for name, value in run:
        field = _FIELD_NAMES[name]
        origin = f'"{name}:" line'
        link = _LINK_VALUE.fullmatch(value.strip())
        if link is not None and field in {"source", "url"}:
            # "source:: [Quayside Courier](https://...)": the outlet and its address.
            found.set("url", link.group("url"), origin)
            value = link.group("url") if field == "url" else link.group("text")
        value = _front_matter_value(value)
        if field == "published":
            for day in dates.full_dates(value)[0][:1]:
                found.add_date(assemble.PRIORITY_META_PUBLISHED, day, "metadata", origin)
        elif field == "source" and re.match(r"^https?://", value):
            found.set("url", value, origin)
        elif field:
            found.set(field, strip_markdown(value), origin)
    end = first + len(run)
    while first > start + 1 and (
        not lines[first - 1].strip() or _FIELDS_HEADING.match(lines[first - 1])
    ):
        first -= 1  # the "## Metadata" heading and the cover image over the fields go with them
    pieces = [
        Piece(ln.strip(), "meta", furniture.FIELD_LINES) for ln in lines[first:end] if ln.strip()
    ]
    return pieces, lines[:first] + lines[end:]


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_BOUNDARY = re.compile(r"boundary\s*=\s*(?:\"([^\"]+)\"|([^\s;]+))", re.I)
#: Parts nested deeper than this are not looked into (a mail reader shows no more).
_MIME_DEPTH = 4
# A line that may open a part: "--" and a token of the characters RFC 2046 allows.
_DELIMITER = re.compile(r"^--([0-9A-Za-z'()+_,./:=?-]{1,70})$")


_MAIL_HEAD = re.compile(rb"^(?:From \S+ +\S[^\n]*\n)?[A-Za-z][A-Za-z0-9-]*[ \t]*:")
# A Content-Type field with its folded lines: "Content-Type: text/plain;\n charset=koi8-r".
_TEXT_CONTENT_TYPE = re.compile(
    rb"^content-type[ \t]*:[ \t]*text/(plain|html)\b((?:[^\n]*)(?:\r?\n[ \t][^\n]*)*)",
    re.I | re.M,
)
_BYTES_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def mail_charset(data: bytes) -> str | None:
    """The charset a saved message declares for the text a mail reader shows: the plain-text
    part's, else the HTML part's; None when the bytes do not open with a message header.

    A body sent as unencoded 8-bit text is in that charset byte for byte, and a statistical
    guess cannot tell the Central European or Cyrillic code pages from Windows-1252 when most
    of the words are plain ASCII letters.
    """
    if _MAIL_HEAD.match(data[:2000]) is None:
        return None
    declared: dict[bytes, bytes] = {}
    for m in _TEXT_CONTENT_TYPE.finditer(data[:1_000_000]):
        charset = _BYTES_CHARSET.search(m.group(2))
        if charset is not None:
            declared.setdefault(m.group(1).lower(), charset.group(1))
    chosen = declared.get(b"plain") or declared.get(b"html")
    return chosen.decode("ascii") if chosen is not None else None


def _used_boundary(lines: list[str], declared: str | None) -> str | None:
    """The delimiter line the message's parts really use.

    Mail programs and hand-edited copies sometimes declare one boundary and use another (or
    declare none): read as declared, the preamble, the delimiter lines and every part's header
    would stay in the text. The first "--token" line whose next lines are a part header
    naming a Content-Type is then the delimiter.
    """
    if declared is not None:
        wanted = "--" + declared
        if any(ln.strip() == wanted for ln in lines):
            return wanted
    for n, line in enumerate(lines):
        m = _DELIMITER.match(line.strip())
        if m is None:
            continue
        for following in lines[n + 1 : n + 6]:
            if not following.strip():
                break
            if following.lower().startswith("content-type:"):
                return "--" + m.group(1)
    return None


def _chosen_part(
    lines: list[str], fields: dict[str, str], depth: int = 0, *, notes: list[str] | None = None
) -> tuple[tuple[list[str], dict[str, str]], list[str], list[str] | None]:
    """The part of a multipart message a mail reader shows (the plain text, else the HTML),
    with its own header fields; the lines set aside (the preamble, the other parts' headers);
    and a message attached whole (a forward "as attachment"), if there is one. The
    alternatives repeat the text shown and their encoded bodies are left out.
    """
    kind = fields.get("content-type", "").lower().lstrip()
    if depth > _MIME_DEPTH or (kind and not kind.startswith("multipart/")):
        return (lines, fields), [], None
    m = _BOUNDARY.search(fields.get("content-type", ""))
    boundary = _used_boundary(lines, (m.group(1) or m.group(2)) if m else None)
    if boundary is None:
        return (lines, fields), [], None
    parts: list[list[str]] = [[]]
    for line in lines:
        stripped = line.strip()
        if stripped == boundary or stripped == boundary + "--":
            parts.append([])
            if stripped != boundary:
                break
            continue
        parts[-1].append(line)
    preamble, parts = parts[0], [p for p in parts[1:] if any(ln.strip() for ln in p)]
    aside = list(preamble)
    read: list[tuple[dict[str, str], list[str], list[str]]] = []
    for part in parts:
        part_fields: dict[str, str] = {}
        i = 0
        while i < len(part) and part[i].strip():
            if part[i][:1] in " \t" and part_fields:
                last = next(reversed(part_fields))
                part_fields[last] += " " + part[i].strip()
            elif ":" in part[i]:
                name, _, value = part[i].partition(":")
                part_fields[name.strip().lower()] = value.strip()
            i += 1
        read.append((part_fields, part[:i], part[i + 1 :]))
    for _part, head, _body in read:
        aside.extend(head)
    if depth < _MIME_DEPTH and any(
        f.get("content-type", "").lower().startswith("multipart/digest") for f, _, _ in read
    ):
        # A list's digest sent as MIME: its messages are the document, in order.
        return (_digest_as_text(read, notes), {}), aside, None
    attached = next(
        (b for f, _h, b in read if f.get("content-type", "").lower().startswith("message/rfc822")),
        None,
    )
    chosen = None
    for wanted in ("text/plain", "multipart/", "text/html"):
        chosen = next(
            (r for r in read if r[0].get("content-type", "text/plain").lower().startswith(wanted)),
            None,
        )
        if chosen is not None:
            break
    if chosen is None:
        if attached is None:
            return (lines, fields), [], None
        return ([], {}), aside, attached
    part_fields, _, body = chosen
    (inner, inner_fields), inner_aside, inner_attached = _chosen_part(
        body, part_fields, depth + 1, notes=notes
    )
    if inner_fields.get("content-type", "").lower().startswith("text/html"):
        inner = _html_as_lines("\n".join(_decoded_body(inner, inner_fields, notes)))
        inner_fields = {}
    return (inner, inner_fields), aside + inner_aside, attached or inner_attached


def _part_head(lines: list[str]) -> tuple[dict[str, str], int]:
    """A part's or message's header fields (folded lines joined) and where its body starts."""
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].strip():
        if lines[i][:1] in " \t" and fields:
            last = next(reversed(fields))
            fields[last] += " " + lines[i].strip()
        elif ":" in lines[i]:
            name, _, value = lines[i].partition(":")
            fields[name.strip().lower()] = value.strip()
        i += 1
    return fields, min(i + 1, len(lines))


def _digest_as_text(
    read: list[tuple[dict[str, str], list[str], list[str]]], notes: list[str] | None = None
) -> list[str]:
    """A MIME digest written out as a plain digest is ("Message: N", the message's header, its
    text, a rule), its text parts (the list's preamble and footer) as they are, so that one
    reading (_list_digest) sets its furniture aside."""
    out: list[str] = []
    number = 0
    for fields, _head, body in read:
        kind = fields.get("content-type", "text/plain").lower()
        if kind.startswith("text/plain"):
            out += [*_decoded_body(body, fields, notes), ""]
            continue
        if not kind.startswith("multipart/digest"):
            continue
        m = _BOUNDARY.search(fields.get("content-type", ""))
        boundary = _used_boundary(body, (m.group(1) or m.group(2)) if m else None)
        if boundary is None:
            continue
        messages: list[list[str]] = [[]]
        for line in body:
            if line.strip() in (boundary, boundary + "--"):
                messages.append([])
                continue
            messages[-1].append(line)
        for message in messages[1:]:
            if not any(ln.strip() for ln in message):
                continue
            part, start = _part_head(message)
            # A digest's part is a message, under a part header of its own when it has one
            # ("Content-Type: message/rfc822"; left out, that is the default).
            if (
                part.get("content-type", "").lower().startswith("message/rfc822")
                and not {"from", "date", "subject"} & part.keys()
            ):
                message = message[start:]
            inner, text_at = _part_head(message)
            number += 1
            out += [f"Message: {number}", *message[: text_at - 1], ""]
            # A message sent as several parts is read as a mail reader shows it.
            (shown, shown_fields), _, _ = _chosen_part(
                message[text_at:], inner, _MIME_DEPTH, notes=notes
            )
            text = _decoded_body(shown, shown_fields, notes)
            if shown_fields.get("content-type", "").lower().lstrip().startswith("text/html"):
                text = _html_as_lines("\n".join(text))
            out += [*text, "", "-" * 30, ""]
    return out


_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li|/tr|/blockquote)\b[^>]*>", re.I)
_HTML_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


def _html_as_lines(markup: str) -> list[str]:
    """An HTML part's text, one block a paragraph, for a message with no plain-text part."""
    text = _HTML_BREAK.sub("\n\n", _HTML_DROP.sub(" ", markup))
    text = html.unescape(_HTML_TAG.sub(" ", text))
    lines = [collapse_spaces(ln) for ln in text.split("\n")]
    # A forwarded message's header fields, one to a <br> ("From: ...<br>Date: ...<br>"), are
    # one header, as the mail reader shows them: no blank line between its fields.
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i] and out and _FORWARD_FIELD.match(out[-1]):
            j = i
            while j < len(lines) and not lines[j]:
                j += 1
            if j < len(lines) and _FORWARD_FIELD.match(lines[j]):
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


#: The fields of a forwarded message's header as mail programs quote them.
_FORWARD_FIELD = re.compile(r"^(?:from|date|sent|subject|to|cc|reply-to)\s*:\s*\S", re.I)


def _decoded_body(
    lines: list[str], fields: dict[str, str], notes: list[str] | None = None
) -> list[str]:
    """The body of a message saved with its MIME header, as a mail reader shows it: a
    quoted-printable or base64 body decoded, always, then read in the charset the header
    names when that charset is known and the bytes are in it; else (no charset, one Python
    does not know, one that lies: "us-ascii" over UTF-8) in the encoding the bytes show, as
    a .txt file's are. A charset nobody knows is said in ``notes`` when the text needed it."""
    transfer = fields.get("content-transfer-encoding", "").strip().strip("\"'").lower()
    m = _CHARSET.search(fields.get("content-type", ""))
    charset = m.group(1).strip("\"'") if m else ""
    if transfer not in {"quoted-printable", "base64"}:
        # An 8-bit body was read with the whole file (textclean.decode, told the charset the
        # message declares); a charset it could not look up was read by detection.
        if charset and _codec_or_none(charset) is None and not all(ln.isascii() for ln in lines):
            _note(notes, _unknown_charset_note(charset, None))
        return lines
    raw = "\n".join(lines).encode("utf-8", errors="replace")
    data = quopri.decodestring(raw) if transfer == "quoted-printable" else _base64_bytes(raw)
    if data is None:
        return lines
    text, unknown = _text_of_part(data, charset)
    if unknown:
        _note(notes, _unknown_charset_note(charset, text[1]))
    return clean_text(text[0]).split("\n")


def _base64_bytes(raw: bytes) -> bytes | None:
    """A base64 body's bytes: the characters outside the alphabet (line breaks, a stray
    space) left out and missing padding put back; None when it is no base64 at all."""
    packed = re.sub(rb"[^A-Za-z0-9+/]", b"", raw)
    if len(packed) % 4 == 1:
        # One character over a whole group carries no byte: a cut-off copy.
        packed = packed[:-1]
    try:
        return base64.b64decode(packed + b"=" * (-len(packed) % 4))
    except (ValueError, binascii.Error):
        return None


def _codec_or_none(charset: str) -> str | None:
    """The codec of a charset as a file's declared one is read (Latin-1 and ASCII as
    Windows-1252, as browsers and mail readers do), or None when Python does not know it."""
    try:
        return _codec_for(charset)
    except ValueError:
        return None


def _text_of_part(data: bytes, charset: str) -> tuple[tuple[str, str], bool]:
    """A part's bytes as text and the encoding read, and whether its charset was unknown.

    A known charset is trusted when the bytes are in it, except a single-byte one over bytes
    that are valid UTF-8 with letters beyond ASCII (a mail program's default label over
    UTF-8 text: "CafÃ©" would be read). Otherwise the bytes are read as a text file's are."""
    codec = _codec_or_none(charset) if charset else None
    unknown = bool(charset) and codec is None
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if data.isascii() or codec.startswith("utf") or not _valid_utf8(data):
                return (text, codec), False
            return (data.decode("utf-8"), "utf-8"), False
    near = _known_prefix(charset) if unknown and not _valid_utf8(data) else None
    if near is not None:
        # A misspelt name ("windows-1252x", "iso-8859-15-i") begins with the charset meant:
        # a surer reading than a statistical guess over a short message.
        try:
            return (data.decode(near), near), True
        except UnicodeDecodeError:
            pass
    try:
        got = decode(data)
    except NotTextError:
        got = (data.decode("utf-8", errors="replace"), "utf-8")
    if _ascii_letters(got[0]) < 0.9 * _ascii_letters(data.decode("latin-1")):
        # A statistical guess on a few bytes can name a code page that does not keep ASCII
        # as it is (UTF-16 over "Caf\xe9"); mail text always does. Windows-1252 it is.
        got = (data.decode("cp1252", errors="replace"), "windows-1252")
    return got, unknown and not data.isascii()


def _known_prefix(charset: str) -> str | None:
    """The codec of the longest start of a charset's name that Python knows, of six
    characters or more (no "utf"/"iso" alone), or None."""
    name = charset.strip()
    for end in range(len(name) - 1, 5, -1):
        codec = _codec_or_none(name[:end])
        if codec is not None:
            return codec
    return None


def _ascii_letters(text: str) -> int:
    return sum(1 for ch in text if ch.isascii() and ch.isalpha())


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _unknown_charset_note(charset: str, encoding: str | None) -> str:
    read = f"read as {encoding}, the encoding its bytes show" if encoding else "read by detection"
    return (
        f'the e-mail declares a charset that is not known ("{charset[:40]}"); its text was {read}'
    )


def _note(notes: list[str] | None, note: str) -> None:
    if notes is not None and note not in notes:
        notes.append(note)


def _sender(value: str, found: Found) -> None:
    """The publication in a From: field: its display name, never the bare address."""
    # Outlook writes the address after the name in brackets: "Name [mailto:news@x.example]".
    value = _OUTLOOK_ADDRESS.sub(r" <\1>", value)
    addresses = getaddresses([value])
    name = addresses[0][0].strip().strip("\"'") if addresses else ""
    if not name:
        return
    via = _SENDER_VIA.match(name)
    if via:
        name = via.group("name").strip()
    named = _SENDER_WITH_OUTLET.match(name)
    if (
        named
        and dates.is_person_name(named.group("person"))
        and dates.is_outlet_name(named.group("outlet"))
    ):
        found.set("source", named.group("outlet").strip(), "e-mail sender")
        # As below: the body's byline, when it names a writer, comes first.
        found.fallbacks.append(("author", named.group("person").strip(), "e-mail sender"))
        return
    pair = _person_and_outlet(name)
    if pair is not None:
        person, outlet = pair
        found.set("source", outlet, "e-mail sender")
        # The writer the body's byline names comes first: the sender may be an editor
        # sending a colleague's story ("Hana Kovac, Rail Freight Letter" over "By Lewis
        # Andrade").
        found.fallbacks.append(("author", person, "e-mail sender"))
        return
    found.set("source", name, "e-mail sender")


_OUTLOOK_ADDRESS = re.compile(r"\s*\[mailto:([^\]\s]{1,200})\]", re.I)
#: Between a person's name and the newsletter's in one display name: "Emil Tannen, Nordic
#: Cyber Brief", "Grain Markets Daily | Tobias Renn", "Ana Ruiz - The Ledger".
_NAME_PAIR_SEPARATOR = re.compile(r"\s*[,|·•]\s*|\s+[-–—]\s+")
#: Words a newsletter's name ends with besides the outlet words of papers ("Nordic Cyber
#: Brief", "Rail Freight Letter", "Heat Health Briefing", "The Friday Memo").
_NEWSLETTER_NAME_WORDS = frozenset(
    ["brief", "briefing", "letter", "newsletter", "memo", "roundup", "round-up", "wrap",
     "insider", "update", "alert", "alerts", "notes", "dispatch", "edition"]
)  # fmt: skip


def _newsletter_name(text: str) -> bool:
    """ "Campus Safety Digest", "Rail Freight Letter" (not "Alert" alone)."""
    words = text.split()
    if not words or not dates.is_outlet_name(text):
        return False
    return dates.has_outlet_word(text) or (
        len(words) >= 2 and words[-1].lower() in _NEWSLETTER_NAME_WORDS
    )


def _person_and_outlet(name: str) -> tuple[str, str] | None:
    """A display name that joins a person's name and the newsletter's, in either order
    ("Emil Tannen, Nordic Cyber Brief", "Grain Markets Daily | Tobias Renn"): the person and
    the outlet, or None. Both parts must be plain: a name of two to four words with no
    outlet's word in it, and a name ending in an outlet's or a newsletter's word ("Smith,
    John" and "Sales, Marketing" are no such pair)."""
    if len(name) > 120:
        return None
    parts = [p.strip() for p in _NAME_PAIR_SEPARATOR.split(name, maxsplit=2)]
    if len(parts) != 2 or not all(parts):
        return None
    for person, outlet in (parts, parts[::-1]):
        if not dates.is_person_name(person) or _newsletter_name(person):
            continue
        # "Nordic Cyber Brief" is shaped as a person's name too: its last word says otherwise.
        if dates.is_agency(outlet) or (
            _newsletter_name(outlet)
            and (
                not dates.is_person_name(outlet)
                or outlet.split()[-1].lower() in _NEWSLETTER_NAME_WORDS
            )
        ):
            return person, outlet
    return None


def _header_date(value: str) -> date | None:
    """The day a message was sent, in the sender's own time zone (as the header writes it)."""
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    # Mail programs copying a message write the day out: "Thursday, April 10, 2025 6:00 AM".
    days = dates.full_dates(value)[0]
    return days[0] if days else None


def _front_matter_value(raw: str) -> str:
    """One YAML scalar as written: quotes and wiki-link brackets ("[[Jane Doe]]") removed."""
    value = raw.strip().strip("\"'").strip()
    value = re.sub(r"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]", r"\1", value)
    return value.strip("[]").replace('"', "").strip()


def _front_matter_pairs(lines: list[str]) -> list[tuple[str, str]]:
    """Key/value pairs of simple YAML: ``key: value`` or a key over a list of ``- item`` lines
    (joined with commas, as several authors are)."""
    pairs: list[tuple[str, str]] = []
    key: str | None = None
    items: list[str] = []

    def close() -> None:
        if key is not None and items:
            pairs.append((key, ", ".join(items)))

    for raw in lines:
        item = re.match(r"^\s+-\s+(.+?)\s*$", raw)
        if item and key is not None:
            value = _front_matter_value(item.group(1))
            if value:
                items.append(value)
            continue
        close()
        key, items = None, []
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", raw)
        if not m:
            continue
        if m.group(2):
            value = _front_matter_value(m.group(2))
            if value:
                pairs.append((m.group(1).lower(), value))
        else:
            key = m.group(1).lower()
    close()
    return pairs


#: A printed page's running head: the outlet or section, then the page number.
_RUNNING_HEAD = re.compile(
    r"^\s*(?P<head>\S.{1,60}?)(?:\s{2,}|\t+|\s+[|·•–—-]\s+)(?:page|p\.|pg\.?)\s*\d{1,4}"
    r"(?:\s+of\s+\d{1,4})?\s*$",
    re.I,
)


#: A word broken at a line's end by the typesetting: a letter and a hyphen, after a letter.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_]{2})-$")
#: "Page 3 of 7", "3 / 7", "- 3 -": a page number on a line of its own.
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|"
    r"\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])\s*$",
    re.I,
)
#: Lines at the top of a document: a running head there may be its masthead.
_TOP_LINES = 3
#: Short lines after a document's last page foot belong to that foot (an address, a number).
_FOOT_LINES = 2


def _page_feet(lines: list[str]) -> tuple[list[str], list[Piece]]:
    """Text pasted from a PDF repeats its running head or foot on every page ("Report name
    Page 2 of 7", "3 / 7"). Below the document's top those lines are set aside, and a
    paragraph the page break cut in two is joined again."""
    top, seen = len(lines), 0
    for n, line in enumerate(lines):
        seen += bool(line.strip())
        if seen > _TOP_LINES:
            top = n
            break
    feet = [
        n for n in range(top, len(lines))
        if len(lines[n]) <= 120 and lines[n].rstrip()[-1:].isdigit() and lines[n].strip()
        and (_PAGE_NUMBER.match(lines[n]) or _RUNNING_HEAD.match(lines[n]))
    ]  # fmt: skip
    marked = bool(feet)
    feet = sorted({*feet, *_numbered_heads(lines, top)})
    if len(feet) < 2:
        return lines, []
    out = list(lines)
    aside = []
    for n in feet:
        aside.append(Piece(collapse_spaces(out[n]), "para", furniture.PAGE_FOOTER))
        out[n] = ""
    if marked:
        _heads_under_feet(out, feet, top, aside)
    tail = [n for n in range(feet[-1] + 1, len(out)) if out[n].strip()]
    # A foot marked as one ("Page 2 of 2") may carry an address under it; a bare number may
    # be any page's, with the text going on below it.
    if marked and len(tail) <= _FOOT_LINES and all(len(out[n].split()) <= 20 for n in tail):
        for n in tail:
            aside.append(Piece(collapse_spaces(out[n]), "para", furniture.PAGE_FOOTER))
            out[n] = ""
    for n in feet:
        # Join across the break when the sentence carries on onto the next page.
        before = next((i for i in range(n - 1, -1, -1) if out[i].strip()), None)
        after = next((i for i in range(n + 1, len(out)) if out[i].strip()), None)
        if before is None or after is None:
            continue
        if not _TERMINAL.search(out[before].rstrip()) and out[after].lstrip()[:1].islower():
            del_range = range(before + 1, after)
            out[before + 1 : after] = ["\x00"] * len(del_range)
    return [ln for ln in out if ln != "\x00"], aside


#: A page's number closing a running head or foot: "Page 2 of 3", "2/3", a number alone.
_FOOT_NUMBER = re.compile(
    r"(?:\b(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|"
    r"\b\d{1,4}\s*(?:of|/)\s*\d{1,4}|\b\d{1,4})\s*$",
    re.I,
)
#: Between the parts of a running foot: "The Fenmoor Review · 13 March 2026".
_FOOT_PARTS = re.compile(r"\s*(?:[|·•–—]|\s{2,}|\s-\s)\s*")


def _running_foot_fields(feet: list[Piece], found: Found) -> None:
    """A newspaper page's running foot or head names the paper and the day of the issue
    ("The Fenmoor Review · 13 March 2026 · Page 1 of 2") on every page alike, as an
    e-edition's folio does: the paper is the ``source`` when nothing better names one, and
    the day dates the story (``text``) when nothing printed above it does. A browser's print
    stamp (a time of day beside the date) and a web address say nothing of the story."""
    seen: dict[str, list[str]] = {}
    for piece in feet:
        rest = _FOOT_NUMBER.sub("", piece.text).strip(" ·|•–—-")
        if rest:
            seen.setdefault(furniture.text_key(rest), []).append(rest)
    repeated = [texts[0] for texts in seen.values() if len(texts) >= 2]
    if len(repeated) != 1:
        return
    line = repeated[0]
    if "/" in line or "www." in line or "@" in line or dates.has_clock(line):
        return
    days = dates.full_dates(line, found.numeric_order)[0]
    if len(days) == 1:
        found.add_date(
            assemble.PRIORITY_TEXT_LINE, days[0], "text", f'the running foot "{line[:60]}"'
        )
    for part in _FOOT_PARTS.split(line):
        part = part.strip()
        if (
            part
            and not dates.full_dates(part)[0]
            and len(part.split()) <= 5
            and dates.is_outlet_name(part)
            and dates.has_outlet_word(part)
        ):
            found.fallbacks.append(("source", part, "the running foot of every page"))
            break


#: A running head is a label, never a sentence: this many words at most.
_HEAD_WORDS = 12


def _heads_under_feet(out: list[str], feet: list[int], top: int, aside: list[Piece]) -> None:
    """The running head a paged copy prints at the top of each page ("THE FENMOOR REVIEW
    <gap> NEWS") comes under the foot of the page before: where the line after a foot is the
    document's own first line again, short and no sentence, it is set aside with the foot.
    The first page's head stays where it is (it may be the masthead)."""
    first = [out[i] for i in range(top) if out[i].strip()]
    # A head spread to the margins may have been read as two lines already (its left part,
    # then its right): the two together are the head too.
    opening = {furniture.text_key(line) for line in first} | {
        furniture.text_key(f"{a} {b}") for a, b in itertools.pairwise(first)
    }
    for n in feet:
        after = next((i for i in range(n + 1, len(out)) if out[i].strip()), None)
        if after is None:
            continue
        line = out[after]
        if (
            furniture.text_key(line) in opening
            and len(line.split()) <= _HEAD_WORDS
            and not _TERMINAL.search(line.rstrip())
        ):
            aside.append(Piece(collapse_spaces(line), "para", furniture.PAGE_FOOTER))
            out[after] = ""


#: A running head or foot set apart from its page number by the layout's width: "Review of
#: the Floods      2", "4      Annual Report 2024".
_HEAD_AND_NUMBER = re.compile(
    r"^\s*(?:(?P<head>\S.{1,100}?)\s{3,}\(?\d{1,4}\)?|\(?\d{1,4}\)?\s{3,}(?P<lead>\S.{1,100}?))\s*$"
)
#: A page number centred on its own line: "      (1)", "        2".
_CENTRED_NUMBER = re.compile(r"^\s{8,}(?:\(\d{1,4}\)|\d{1,4})\s*$")
#: Two parts of a running head spread to the margins: "Flood Review Board      Interim report".
_SPREAD_HEAD = re.compile(r"^\s*(?P<left>\S.{1,80}?)\s{5,}(?P<right>\S.{1,80}?)\s*$")
#: How far down a document its title page runs, for the parts a running head repeats.
_HEAD_OF_DOCUMENT = 12


def _opening_lines(lines: list[str]) -> set[str]:
    """The title page's lines as compared with a running head's parts."""
    return {
        furniture.text_key(ln)
        for ln in itertools.islice((ln for ln in lines if ln.strip()), _HEAD_OF_DOCUMENT)
        if len(ln) <= 200
    }


def _printed_above(part: str, opening: set[str]) -> bool:
    """A running head's part printed on the title page, whole or as the start of a line
    ("Policy Brief No. 14" of "Policy Brief No. 14 | March 2025")."""
    return part in opening or any(line.startswith(part + " ") for line in opening)


#: A title page's head spread to the margins: the issuer at the left, the series at the right.
_TITLE_PAGE_HEAD = re.compile(r"^\s*(?P<left>\S.{1,80}?)\s{8,}(?P<right>\S.{1,80}?)\s*$")


def _head_spread_to_margins(lines: list[str]) -> list[str]:
    """The first line of a paged document spread to the margins ("Baltic Security Institute
    <gap> Policy Brief No. 14 | March 2025") is two lines of its head, read left then right:
    the issuer, then the series line, each judged as a line of its own."""
    first = next((n for n, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return lines
    m = _TITLE_PAGE_HEAD.match(lines[first])
    if m is None or any(len(m.group(side).split()) > 10 for side in ("left", "right")):
        return lines
    if _TERMINAL.search(m.group("left")) or not dates.is_outlet_name(m.group("left")):
        return lines
    return [*lines[:first], m.group("left"), m.group("right"), *lines[first + 1 :]]


def _numbered_heads(lines: list[str], top: int) -> list[int]:
    """Lines a paged copy repeats with each page's number: the same words beside a number
    that changes, a number centred alone, or a running head whose two parts (the issuer, the
    kind of paper) are lines of the title page. Only lines of a paged layout are counted: a
    number must move from page to page, or the head's parts be printed above."""
    numbered: dict[str, list[int]] = {}
    centred: list[int] = []
    spread: list[int] = []
    opening: set[str] | None = None
    for n in range(top, len(lines)):
        line = lines[n]
        if not line.strip() or len(line) > 160 or "   " not in line:
            continue
        if _CENTRED_NUMBER.match(line):
            centred.append(n)
            continue
        m = _HEAD_AND_NUMBER.match(line)
        if m is not None:
            words = (m.group("head") or m.group("lead")).strip()
            if not _TERMINAL.search(words):
                numbered.setdefault(furniture.text_key(words), []).append(n)
            continue
        s = _SPREAD_HEAD.match(line)
        parts = (
            {furniture.text_key(s.group("left")), furniture.text_key(s.group("right"))}
            if s
            else set()
        )
        if parts and opening is None:
            opening = _opening_lines(lines)
        if parts and opening is not None and all(_printed_above(p, opening) for p in parts):
            spread.append(n)
    heads = [n for ns in numbered.values() if len(ns) >= 2 for n in ns]
    if not heads and numbered:
        # A brief of two pages has one foot: the issuer of its title page beside a number.
        opening = opening if opening is not None else _opening_lines(lines)
        heads = [n for key, ns in numbered.items() if key in opening for n in ns]
    paged = bool(heads) or len(centred) >= 2
    return [*heads, *(centred if paged else []), *(spread if paged else [])]


#: A line of two columns copied straight across: the left column's words, a gutter of spaces,
#: the right column's words.
_ACROSS = re.compile(r"^(?P<left>\S.*?\S)(?P<gap>\s{4,})(?P<right>\S.*\S)\s*$")
#: How far the right column's lines may start from one another.
_GUTTER_SLACK = 4


def _columns_read_across(lines: list[str]) -> list[str]:
    """A two-column page copied as text runs each line of the left column into the line of
    the right column beside it, with the gutter's spaces between. Within a band of such
    paragraphs the left column is read first, then the right, as the page is read."""
    if not any("    " in ln.strip() for ln in lines):
        return lines
    blocks: list[list[int]] = [[]]
    for n, line in enumerate(lines):
        if line.strip():
            blocks[-1].append(n)
        elif blocks[-1]:
            blocks.append([])
    split: dict[int, tuple[str, str]] = {}
    across: list[list[int]] = []
    for block in blocks:
        parts = [(n, _ACROSS.match(lines[n])) for n in block]
        found = [(n, m) for n, m in parts if m]
        if len(block) < 2 or len(found) < len(block) - 1:
            continue
        starts = sorted(m.start("right") for _, m in found)
        middle = starts[len(starts) // 2]
        wordy = sum(
            len(m.group("left").split()) >= 4 and len(m.group("right").split()) >= 4
            for _, m in found
        )
        if middle < 30 or wordy < 2 or any(abs(s - middle) > _GUTTER_SLACK for s in starts):
            continue
        for n, m in parts:
            split[n] = (m.group("left"), m.group("right")) if m else (lines[n].strip(), "")
        across.append(block)
    if not across:
        return lines
    out: list[str] = []
    cursor = 0  # the first line not yet copied
    k = 0
    while k < len(across):
        band = [across[k]]
        # Blocks one after another, with only blank lines between, are one band of the page.
        while k + 1 < len(across) and not any(
            lines[n].strip() for n in range(band[-1][-1] + 1, across[k + 1][0])
        ):
            k += 1
            band.append(across[k])
        k += 1
        out.extend(lines[cursor : band[0][0]])
        for side in (0, 1):
            for block in band:
                out.extend(split[n][side] for n in block if split[n][side])
                out.append("")
        cursor = band[-1][-1] + 1
    out.extend(lines[cursor:])
    return out


def _without_running_heads(lines: list[str]) -> list[str]:
    """Text saved from a printed or paged document repeats a running head on every page ("The
    Corran Examiner    Page 2"). The page number goes; the head stays as printed the first
    time (it may be the masthead) and its repeats are judged as repeats, between paragraphs.
    A file is paged when two or more lines are such heads with the same words."""
    # Only short lines ending in a digit are asked: this runs over every line of every file.
    heads = [(n, m.group("head").strip()) for n, ln in enumerate(lines)
             if len(ln) <= 90 and ln.rstrip()[-1:].isdigit() and (m := _RUNNING_HEAD.match(ln))]  # fmt: skip
    if len(heads) < 2 or len({h for _, h in heads}) == len(heads):
        return lines
    out = list(lines)
    for n, head in heads:
        out[n] = head
    return out


_LINE_NUMBER = re.compile(r"^\s{0,6}(\d{1,5})(?:[:|.)\]]\s?|\s{1,8}|$)")


def _without_line_numbers(lines: list[str]) -> list[str]:
    """Lines copied from a viewer that numbers them ("  7  text", "007: text") lose the numbers.

    Left in, a number lands in the middle of every paragraph once wrapped lines are joined.
    A file is numbered when nearly every line opens with a number and the numbers count up
    one by one; a numbered list inside an article has far fewer lines than the article.
    """
    present = [ln for ln in lines if ln.strip()]
    if len(present) < 5:
        return lines
    numbers: list[int] = []
    for line in present:
        m = _LINE_NUMBER.match(line)
        if m is None:
            return lines
        numbers.append(int(m.group(1)))
    steps = sum(1 for a, b in itertools.pairwise(numbers) if b == a + 1)
    if steps < 0.9 * (len(numbers) - 1):
        return lines
    out = []
    for line in lines:
        m = _LINE_NUMBER.match(line)
        out.append(line[m.end() :] if m else line)
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped file was wrapped at, or None when lines are whole paragraphs.

    Wrapped text has most lines close to one width and almost none beyond it; a file whose
    paragraphs are single long lines, mixed with short headings, has neither.
    """
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if len(lengths) < 5:
        return None
    allowed_over = max(1, len(lengths) // 20)
    width = lengths[-1 - allowed_over] if len(lengths) > allowed_over else lengths[-1]
    if not 40 <= width <= 110:
        return None
    beyond = sum(1 for n in lengths if n > width + 2)
    if beyond > allowed_over:
        return None
    near = sum(1 for n in lengths if n >= 0.7 * width)
    if near >= 0.5 * len(lengths) and near >= 3:
        return width
    # Wrapped paragraphs among many short lines of their own (a byline, a caption's credit, a
    # comment thread's names and times): the lines that run on into a next line are the
    # wrapped ones, and they are near the width (round 54).
    inner = [len(a.rstrip()) for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    near_inner = sum(1 for n in inner if n >= 0.7 * width)
    if near_inner >= 3 and near_inner >= 0.5 * len(inner):
        return width
    return None


#: Lines that stand alone even inside hard-wrapped text: a wrapped paragraph never continues
#: with a line that is only a rule, an advert marker or a paywall prompt.
_NEVER_JOINED = frozenset({furniture.SEPARATOR, furniture.ADVERTISEMENT, furniture.PAYWALL})
#: Lines that neither continue nor are continued: an archive's toolbar is copied as a stack of
#: short lines ("Saved from <address>" / "search") that no sentence runs through.
_STANDS_ALONE = frozenset({furniture.ARCHIVE_TOOLBAR})
_TOOLBAR_LINE_CHARS = 120


@functools.lru_cache(maxsize=256)
def _line_reason(line: str) -> str | None:
    """The furniture reason of one line of a text file, by its own words.

    Joining lines into paragraphs asks this of each line two or three times in a row (does
    it break a sentence, does it join the paragraph, is the line after it an advert too), so
    the last few answers are kept.
    """
    return furniture.single_block_reason(line.strip())


#: Lines that open with a field's label start a block of their own, however wide the line
#: above them: "Published 9 January 2025" under a headline, "Notes to editors:" under a
#: contact line.
_LABEL_OPENS_LINE = re.compile(
    r"^\s*(?:(?:first\s+)?published|last\s+updated|updated|posted|media\s+(?:contact|enquiries)|"
    r"press\s+(?:contact|office)|notes?\s+to\s+editors?|contact)\b\s*:?\s*(?:\S+\s*){0,8}$",
    re.I,
)


def _joins(prev: str, line: str, width: int | None) -> bool:
    """Whether ``line`` continues the paragraph that ``prev`` ends."""
    if not prev.strip() or not line.strip():
        return False
    if _LIST_ITEM.match(line) or _LABEL_OPENS_LINE.match(line):
        return False
    # By its shape first: a line that would not run on is not asked its furniture reason
    # here (all ~70 own-text rules), which a long copy's plain story paragraph in the middle
    # is never asked again (see furniture._judge).
    runs_on = (
        width is not None and len(prev.rstrip()) >= 0.6 * width and len(line.strip()) <= width + 2
    ) or (
        # A line broken mid-sentence: no closing punctuation before, a lower-case word after.
        # A web address alone on its line is no word: under a headline it names the page.
        not _TERMINAL.search(prev.rstrip())
        and line.lstrip()[:1].islower()
        and not _ADDRESS_ON_ITS_OWN.match(line.strip())
    )
    if not runs_on:
        return False
    if _line_reason(line) in _NEVER_JOINED or _line_reason(line) in _STANDS_ALONE:
        return False
    # Toolbar lines are short; a long line before this one is never asked again.
    return not (len(prev) <= _TOOLBAR_LINE_CHARS and _line_reason(prev) in _STANDS_ALONE)


def _text_pieces(lines: list[str]) -> list[Piece]:
    width = _wrap_width(lines)
    pieces: list[Piece] = []
    current: list[str] = []
    kind = "para"

    def flush() -> None:
        if current:
            text = collapse_spaces(" ".join(current))
            if text:
                pieces.append(Piece(text, kind))
            current.clear()

    deferred: list[Piece] = []
    for n, line in enumerate(lines):
        if not line.strip():
            flush()
            pieces.extend(deferred)
            deferred.clear()
            continue
        if _menu_with_gaps(line):
            flush()
            pieces.extend(deferred)
            deferred.clear()
            pieces.append(Piece(collapse_spaces(line), "para", furniture.NAVIGATION))
            continue
        fields = _fields_with_gaps(line)
        if fields is not None:
            flush()
            pieces.extend(deferred)
            deferred.clear()
            pieces.append(Piece(fields, "para"))
            continue
        if current and _breaks_sentence(current[-1], line, lines[n + 1 : n + 4]):
            # "...after the county agreed to pay for" / "Advertisement" / "an ice-strengthened
            # boat.": the advert is set aside after the paragraph, which carries on.
            deferred.append(Piece(line.strip(), "para"))
            continue
        if current and _joins(current[-1], line, width):
            if _BROKEN_WORD.search(current[-1]) and line.lstrip()[:1].islower():
                # "with-" / "out internet": a word a PDF or a printout broke at the margin.
                current[-1] = current[-1].rstrip()[:-1] + line.strip()
            else:
                current.append(line.strip())
            continue
        flush()
        pieces.extend(deferred)
        deferred.clear()
        kind = "list" if _LIST_ITEM.match(line) else "para"
        current.append(line.strip())
    flush()
    pieces.extend(deferred)
    return pieces


_GAP = re.compile(r"\t+|\s{2,}")


def _menu_with_gaps(line: str) -> bool:
    """A site's menu copied from a browser: short capitalised items that tabs or runs of
    spaces keep apart ("Home<TAB>News<TAB>Sport"), as bars do on the page."""
    stripped = line.strip()
    # A menu is a short line; sentences with two spaces after their full stops are not asked.
    if len(stripped) > 150 or ("\t" not in stripped and "  " not in stripped):
        return False
    if furniture.is_menu_line(_GAP.sub(" | ", stripped)):
        return True
    # Two items are a menu too ("Top stories    For you", an app's tabs) when neither could
    # be anything else on such a line: a name, a byline, a date, a page number, a sentence.
    parts = [p for p in _GAP.split(stripped) if p.strip()]
    return len(parts) == 2 and all(_two_item_menu_word(p.strip()) for p in parts)


def _fields_with_gaps(line: str) -> str | None:
    """A byline or date line whose fields a copy keeps apart with tabs or runs of spaces
    ("By Jane Doe    Transport reporter"), written with bars as the page showed them apart;
    None for any other line. Collapsed to one space, the fields would run together."""
    stripped = line.strip()
    if len(stripped) > 160 or ("\t" not in stripped and "  " not in stripped):
        return None
    fields = _GAP.sub(" | ", stripped)
    if dates.read_meta_line(fields) is None or dates.read_meta_line(collapse_spaces(stripped)):
        return None
    return fields


def _two_item_menu_word(item: str) -> bool:
    return (
        1 <= len(item.split()) <= 3
        and item[:1].isupper()
        and not any(c.isdigit() for c in item)
        and item[-1:] not in '.!?:,;"”’)'
        and not item.lower().startswith("by ")
        and not dates.is_person_name(item)
        and not dates.has_outlet_word(item)
    )


def _breaks_sentence(prev: str, line: str, after: list[str]) -> bool:
    """Whether ``line`` is an advert marker dropped into the middle of a sentence."""
    if _TERMINAL.search(prev.rstrip()):
        return False
    if _line_reason(line) != furniture.ADVERTISEMENT:
        return False
    for nxt in after:
        if _line_reason(nxt) == furniture.ADVERTISEMENT:
            continue
        return nxt.strip()[:1].islower()
    return False


def _table_of_contents(lines: list[str]) -> set[int]:
    """The lines of a table of contents: two or more list items in a row that each link to a
    part of the same page ("- [Findings](#findings)"), and the "Contents" heading over them.
    The parts it lists follow as the text's own headings, which stay."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if not _CONTENTS_ENTRY.match(lines[i]):
            i += 1
            continue
        start = i
        while i < len(lines) and (_CONTENTS_ENTRY.match(lines[i]) or not lines[i].strip()):
            i += 1
        entries = [k for k in range(start, i) if lines[k].strip()]
        if len(entries) >= 2:
            found.update(entries)
            above = start - 1
            while above >= 0 and not lines[above].strip():
                above -= 1
            if above >= 0 and _CONTENTS_HEADING.match(lines[above]):
                found.add(above)
    return found


def _table_rule_in_markdown(line: str) -> bool:
    """A Markdown table's delimiter row ("|---|:---:|"), which has a bar; "---" alone is a
    thematic break (a rule setting apart what follows, kept as a separator) or a heading's
    underline."""
    return "|" in line and _TABLE_RULE.match(line) is not None


def _markdown_pieces(lines: list[str]) -> list[Piece]:
    width = _wrap_width(lines)
    pieces: list[Piece] = []
    current: list[str] = []
    kind = "para"
    in_fence = False

    def flush() -> None:
        if current:
            raw = " ".join(current)
            text = collapse_spaces(strip_markdown(raw))
            if text:
                # A paragraph set in italics whole: a note beside the story (the outlet's
                # word about itself, a writer's bio), which later rules may tell apart.
                emphasised = kind == "para" and _WHOLLY_EMPHASISED.match(raw.strip())
                pieces.append(Piece(text, "emphasis" if emphasised else kind))
            current.clear()

    contents = _table_of_contents(lines)
    after_image = False
    for i, line in enumerate(lines):
        if i in contents:
            flush()
            continue
        if _IMAGE_LINE.match(line):
            # An image on a line of its own; an emphasised line right under it is its caption.
            flush()
            after_image = True
            continue
        if after_image and line.strip():
            after_image = False
            if _EMPHASISED_LINE.match(line):
                flush()
                text = collapse_spaces(strip_markdown(line))
                if text:
                    pieces.append(Piece(text, "para", furniture.CAPTION))
                continue
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                pieces.append(Piece(collapse_spaces(line), "para"))
            continue
        note = _FOOTNOTE_DEF.match(line)
        if note:
            # A footnote's text is part of the story, without its label; indented lines
            # below it continue it.
            flush()
            kind = "note"
            if note.group("note").strip():
                current.append(note.group("note").strip())
            continue
        if current and kind == "note" and line.startswith(("    ", "\t")) and line.strip():
            current.append(line.strip())
            continue
        if not line.strip() or _REF_DEF.match(line) or _table_rule_in_markdown(line):
            flush()
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            level = len(heading.group(1))
            text = collapse_spaces(strip_markdown(heading.group(2)))
            if text:
                pieces.append(Piece(text, "heading1" if level == 1 else "heading"))
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            _SETEXT.match(nxt)
            and not current
            and line.strip()  # a blank line over "---": the rule stands alone, no heading
            and not _MD_RULE.match(line)
            and _line_reason(line) != furniture.SEPARATOR
        ):
            text = collapse_spaces(strip_markdown(line))
            pieces.append(Piece(text, "heading1" if nxt.strip().startswith("=") else "heading"))
            continue
        if _SETEXT.match(line) and pieces and pieces[-1].kind.startswith("heading") and not current:
            continue  # the underline of the setext heading just taken
        if _MD_RULE.match(line):
            flush()
            pieces.append(Piece(line.strip(), "separator"))
            continue
        quote = _QUOTE.match(line)
        if quote:
            body = line[quote.end() :]
            if kind != "quote" or not body.strip():
                flush()
            kind = "quote"
            if body.strip():
                current.append(body.strip())
            continue
        item = _LIST_ITEM.match(line)
        if item and _line_reason(line) != furniture.SEPARATOR:
            flush()
            kind = "list"
            current.append(line[item.end() :].strip())
            continue
        if current and (kind == "list" and line.startswith((" ", "\t"))):
            current.append(line.strip())
            continue
        if current and kind != "quote" and _joins(current[-1], line, width):
            current.append(line.strip())
            continue
        flush()
        kind = "para"
        current.append(line.strip())
    flush()
    return pieces
