"""News as analysts paste it from news databases, clipping services and the wire.

Each of these copies carries a record the service wrote round the story: a LexisNexis-like
export's header ("1 of 1 DOCUMENT", the copyright and publication lines, the date line,
"SECTION:", "LENGTH: 612 words", "HEADLINE:", "BYLINE:", "BODY:") and tail ("LOAD-DATE:",
"LANGUAGE:"); a Factiva-like copy's head (headline, byline, "534 words", date, time,
publication, its code, language, copyright line) and "Document ..." footer; a newsroom
system's slug line, "Eds:" note, "(END)" and transmission trailer; an e-edition's folios and
jump lines ("Continued on Page A6"). The record names the story's metadata as fields a tool
wrote (``metadata``) and is not the story; the folio's and the trailer's dates are printed
(``text``).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date

from desktop.ingest import assemble, dates, furniture
from desktop.ingest.assemble import Found
from desktop.ingest.furniture import Piece

#: How many lines of a file's head the record may take.
_HEAD_LINES = 40

_WORD_COUNT = re.compile(r"^\s*(?:LENGTH:\s*)?[\d,]+\s+words\s*$", re.I)
_DOCUMENT_COUNT = re.compile(r"^\s*\d+\s+of\s+\d+\s+DOCUMENTS?\s*$", re.I)
_COPYRIGHT = re.compile(r"^\s*(?:Copyright\b|\(c\)|©)", re.I)
#: A database export's labels ("SECTION:", "Load-Date:"); "BODY:" or "Body" opens the story.
_EXPORT_LABEL = re.compile(
    r"^\s*(?P<label>SECTION|LENGTH|HEADLINE|BYLINE|DATELINE|HIGHLIGHT|BODY|LOAD-DATE|LANGUAGE|"
    r"PUBLICATION-TYPE|DOCUMENT-TYPE|JOURNAL-CODE|GRAPHIC|TYPE|ACC-NO|CORRECTION-DATE|"
    r"DISTRIBUTION|SERIES|SUBJECT|GEOGRAPHIC|ORGANIZATION|PERSON|CITY|STATE|COUNTRY|"
    r"INDUSTRY|URL|NOTES|EDITION|CLASSIFICATION)\s*:\s*(?P<value>.*?)\s*$",
    re.I,
)
_BODY_ALONE = re.compile(r"^\s*Body\s*$")
_LOAD_DATE_LINE = re.compile(r"\s*LOAD-DATE\s*:", re.I)
#: Labels after the story: the database's own record of the copy.
_EXPORT_TAIL = frozenset(
    {
        "load-date", "language", "publication-type", "document-type", "journal-code",
        "graphic", "type", "acc-no", "correction-date", "distribution", "subject",
        "geographic", "organization", "person", "city", "state", "country", "industry", "url",
        "notes", "classification",
    }
)  # fmt: skip
_END_OF_DOCUMENT = re.compile(r"^\s*End of Document\s*$", re.I)
#: A place in brackets after a paper's name ("The Carrow Telegraph (Ohio)") is the
#: database's note of where it is printed, not part of the name.
_PLACE_NOTE = re.compile(r"\s*\((?:[A-Z][A-Za-z.]*\.?\s*){1,3}\)\s*$")
_EDITION = re.compile(
    r"^\s*(?:(?:Final|Late|Early|Home|Metro|City|State|National|First|Second|Third|Sunday|"
    r"Saturday|Weekend|All|Main|Morning|Evening|Northern|Southern|\w+)\s+)?Editions?\s*$",
    re.I,
)

#: Factiva's footer: "Document " and the service's accession number.
_FACTIVA_DOCUMENT = re.compile(r"^\s*Document\s+[A-Za-z0-9]{16,}\s*$")
_CLOCK_LINE = re.compile(r"^\s*\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[AP]M))?\s*$", re.I)
#: A service's code for a publication ("APRS", "CARTEL"): capitals and digits, no spaces.
_SERVICE_CODE = re.compile(r"^\s*[A-Z][A-Z0-9]{1,9}\s*$")
_LANGUAGE_LINE = re.compile(
    r"^\s*(?:English|French|German|Spanish|Italian|Portuguese|Russian|Ukrainian|Dutch|"
    r"Arabic|Chinese|Japanese|Korean|Polish|Swedish|Norwegian|Danish|Finnish|Turkish)\s*$"
)
#: A page reference in a paper's record ("Main; A; Pg. 3", "NEWS; Pg. A1").
_PAGE_REFERENCE = re.compile(r"\bPg\.\s*[A-Z]?\d+\b|^\s*Page\s+[A-Z]?\d+\s*$")
_REPRINT = re.compile(r"^\s*License this article from\b", re.I)

#: A newsroom system's slug line: "BC-Kosovo-Schools,0398", "BC-BRITAIN-FLOODS/".
_SLUG = re.compile(r"^\s*(?:BC|AM|PM|a\d{4}|BUSINESS)-[A-Za-z0-9][\w/.,' -]*$")
_EDITORS_NOTE = re.compile(r"^\s*(?:Eds|EDS|Editors|EDITORS)\s*:\s*\S")
_END_MARK = re.compile(r"^\s*(?:\(END\)|\(MORE\)|-0-|ENDIT|\(ENDS?\))\s*$")
#: AP's transmission trailer: desk, month, day, two-digit year, time and zone.
_AP_TRAILER = re.compile(r"^\s*AP-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})\s+\d{4}[A-Z]{3}\s*$")
#: A wire's credits and contacts after the text: "(Reporting by X; Editing by Y)",
#: "((x@agency.com; +44 20 ...))".
_WIRE_CREDITS = re.compile(
    r"^\s*\((?:(?:Additional\s+)?Reporting|Writing|Editing|Compiled|Edited)\s+by\b.*\)\s*$"
    r"|^\s*\(\(.*\)\)\s*$",
    re.I,
)
#: The line under a wire byline naming the agency's writers: "Associated Press Writer".
_AGENCY_WRITER = re.compile(r"^\s*(?P<agency>(?:[A-Z][a-z]+\s+){1,4}?)(?:Staff\s+)?Writers?\s*$")

#: An e-edition's folio: the paper, the day and the page number between bars.
_FOLIO_PAGE = re.compile(r"^(?:[A-Z]{1,2}\d{1,3}|\d{1,3}|Page\s+[A-Z]?\d{1,3})$", re.I)
_JUMP = re.compile(
    r"^\s*(?:(?:Continued|Cont(?:inued)?\.?)\s+(?:on|from)\s+(?:Page|P\.|Pg\.)\s*[A-Z]?\d{1,3}"
    r"|(?:Please\s+)?see\s+[A-Z][A-Z' -]*,\s*(?:Page|P\.|Pg\.)\s*[A-Z]?\d{1,3}"
    r"|(?:[A-Z][A-Z' -]*\s+)?(?:from|continued from)\s+(?:Page|P\.|Pg\.)\s*[A-Z]?\d{1,3})"
    r"\s*[.:]?\s*$",
    re.I,
)
_JUMP_HEAD = re.compile(r"^\s*[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]+){0,2}\s*$")
_LONE_PAGE_NUMBER = re.compile(r"^\s*[A-Z]?\d{1,3}\s*$")


@dataclass
class Record:
    """What a service's record round the story set aside."""

    head: list[Piece] = field(default_factory=list)
    tail: list[Piece] = field(default_factory=list)


def read_record(lines: list[str], found: Found) -> tuple[Record, list[str]]:
    """The service's record round a pasted story, and the lines left for the story."""
    record = Record()
    for reader in (_database_export, _factiva_copy):
        got = reader(lines, found)
        if got is not None:
            record, lines = got
            break
    lines = _wire_copy(lines, found, record)
    lines = _end_stamp(lines, found, record)
    _agency_writer_line(lines, found)
    lines = _e_edition(lines, found, record)
    return record, lines


def _meta(text: str) -> Piece:
    return Piece(text.strip(), "meta", furniture.SERVICE_RECORD)


def _set_byline(value: str, found: Found, origin: str) -> None:
    text = value.strip()
    if not re.match(r"(?i)by\s", text):
        text = "By " + text
    read = dates.byline(text)
    if read is not None:
        found.set("author", ", ".join(read[0]), origin)


def _date_line(text: str) -> date | None:
    """The day of a date line that says nothing else: "December 14, 1999, Tuesday, AM cycle"."""
    if len(text) > 60:
        return None
    days = dates.full_dates(text)[0]
    return days[0] if days else None


def _database_export(lines: list[str], found: Found) -> tuple[Record, list[str]] | None:
    """A LexisNexis-like export: the header's labelled fields name the story, "BODY:" opens it
    and the labels after it ("LOAD-DATE:", "LANGUAGE:") close it."""
    head = lines[:_HEAD_LINES]
    counted = any(_WORD_COUNT.match(ln) and ":" in ln for ln in head)
    # without its "Length: 612 words" line, an export still shows itself by a "Body" line
    # that a "Load-Date:" label closes
    # (one document's: several exports read as one keep all their stories)
    closed = not counted and sum(1 for ln in lines if _LOAD_DATE_LINE.match(ln)) == 1
    if not counted and not closed:
        return None
    body_at = next(
        (
            i
            for i, ln in enumerate(lines[: _HEAD_LINES * 2])
            if _BODY_ALONE.match(ln)
            or ((m := _EXPORT_LABEL.match(ln)) and m.group("label").lower() == "body")
        ),
        None,
    )
    if body_at is None:
        return None
    record = Record()
    labelled: dict[str, str] = {}
    loose: list[str] = []
    i = 0
    while i < body_at:
        line = lines[i]
        m = _EXPORT_LABEL.match(line)
        if m is None:
            if line.strip():
                loose.append(line.strip())
                record.head.append(_meta(line))
            i += 1
            continue
        # A field's value runs on to the next blank line or label ("HEADLINE:" wraps).
        value = [m.group("value")]
        record.head.append(_meta(line))
        i += 1
        while i < body_at and lines[i].strip() and _EXPORT_LABEL.match(lines[i]) is None:
            value.append(lines[i].strip())
            record.head.append(_meta(lines[i]))
            i += 1
        labelled.setdefault(m.group("label").lower(), " ".join(v for v in value if v))
    record.head.append(_meta(lines[body_at]))
    origin = "the news database's record"
    if labelled.get("headline"):
        found.set("title", labelled["headline"], f'"HEADLINE:" in {origin}')
    if labelled.get("byline"):
        _set_byline(labelled["byline"], found, f'"BYLINE:" in {origin}')
    day_seen = False
    named: list[str] = []
    for text in loose:
        if _DOCUMENT_COUNT.match(text) or _COPYRIGHT.match(text) or _EDITION.match(text):
            continue
        day = _date_line(text)
        if day is not None and not day_seen:
            day_seen = True
            found.add_date(assemble.PRIORITY_META_PUBLISHED, day, "metadata", origin)
            continue
        if not day_seen:
            named.append(text)
    # The newer export puts the headline first and the publication under it; the older one
    # labels the headline and prints the publication alone under the copyright line.
    if "headline" not in labelled and named:
        found.set("title", named.pop(0), f"the first line of {origin}")
    if named:
        found.set("source", _PLACE_NOTE.sub("", named[0]), origin)
    body_end = len(lines)
    for j in range(body_at + 1, len(lines)):
        m = _EXPORT_LABEL.match(lines[j])
        if _END_OF_DOCUMENT.match(lines[j]) or (m and m.group("label").lower() in _EXPORT_TAIL):
            body_end = j
            break
    record.tail = [_meta(ln) for ln in lines[body_end:] if ln.strip()]
    return record, lines[body_at + 1 : body_end]


def _factiva_copy(lines: list[str], found: Found) -> tuple[Record, list[str]] | None:
    """A Factiva-like copy: headline, byline, "N words", date, time, publication, its code,
    language and copyright over the text, and "Document <accession number>" under it."""
    filled = [i for i, ln in enumerate(lines[:_HEAD_LINES]) if ln.strip()]
    count_at = next((i for i in filled[:8] if _WORD_COUNT.match(lines[i])), None)
    if count_at is None or count_at == filled[0]:
        return None
    after = [i for i in filled if i > count_at][:8]
    language_at = next((i for i in after if _LANGUAGE_LINE.match(lines[i])), None)
    footer = next(
        (i for i in range(len(lines) - 1, -1, -1) if _FACTIVA_DOCUMENT.match(lines[i])), None
    )
    # The language line under the publication's code is what marks the service's head.
    if language_at is None:
        return None
    head_end = language_at
    nxt = next((i for i in filled if i > language_at), None)
    if nxt is not None and _COPYRIGHT.match(lines[nxt]):
        head_end = nxt
    origin = "the news service's record"
    record = Record(head=[_meta(lines[i]) for i in filled if i <= head_end])
    above = [lines[i].strip() for i in filled if i < count_at]
    found.set("title", above[0], f"the first line of {origin}")
    for text in above[1:]:
        named_person = "," in text and dates.is_person_name(text.split(",")[0].strip())
        if re.match(r"(?i)by\s", text) or named_person:
            _set_byline(text, found, origin)
    day_at = next((i for i in after if i < language_at and _date_line(lines[i])), None)
    if day_at is not None:
        day = _date_line(lines[day_at])
        assert day is not None
        found.add_date(assemble.PRIORITY_META_PUBLISHED, day, "metadata", origin)
        rest = [i for i in after if day_at < i < language_at and not _CLOCK_LINE.match(lines[i])]
        if rest and not _SERVICE_CODE.match(lines[rest[0]]):
            found.set("source", _PLACE_NOTE.sub("", lines[rest[0]].strip()), origin)
    body = lines[head_end + 1 : footer if footer is not None else len(lines)]
    tail_from = len(body)
    while tail_from and (not body[tail_from - 1].strip() or _REPRINT.match(body[tail_from - 1])):
        tail_from -= 1
    record.tail = [_meta(ln) for ln in body[tail_from:] if ln.strip()]
    if footer is not None:
        record.tail += [_meta(ln) for ln in lines[footer:] if ln.strip()]
    return record, body[:tail_from]


def _wire_copy(lines: list[str], found: Found, record: Record) -> list[str]:
    """Wire copy as a newsroom system shows it: the slug line and editors' note over the
    headline, "(END)" and the transmission trailer under the text."""
    filled = [i for i, ln in enumerate(lines[:_HEAD_LINES]) if ln.strip()]
    if not filled or not _SLUG.match(lines[filled[0]]):
        return lines
    top = filled[0]
    record.head.append(_meta(lines[top]))
    out = lines[:top]
    i = top + 1
    # The lines of the head block (headline, date, byline) are each a line of their own.
    while i < len(lines) and lines[i].strip():
        if _EDITORS_NOTE.match(lines[i]):
            record.head.append(_meta(lines[i]))
        else:
            out += [lines[i], ""]
        i += 1
    rest = lines[i:]
    end = next((j for j, ln in enumerate(rest) if _END_MARK.match(ln)), None)
    if end is not None:
        for ln in rest[end:]:
            m = _AP_TRAILER.match(ln)
            if m is not None:
                month, day, year = (int(g) for g in m.groups())
                year += 1900 if year >= 70 else 2000
                # A trailer whose digits name no day (a damaged copy) dates nothing.
                with contextlib.suppress(ValueError):
                    found.add_date(
                        assemble.PRIORITY_TEXT_LINE,
                        date(year, month, day),
                        "text",
                        "the wire's transmission trailer",
                    )
        record.tail += [_meta(ln) for ln in rest[end:] if ln.strip()]
        rest = rest[:end]
    while rest and (not rest[-1].strip() or _WIRE_CREDITS.match(rest[-1])):
        if rest[-1].strip():
            record.tail.insert(0, _meta(rest[-1]))
        rest = rest[:-1]
    _agency_of_writer(out, next((t for t in rest if t.strip()), ""), found)
    return out + rest


def _agency_of_writer(head: list[str], first: str, found: Found) -> None:
    """ "Associated Press Writer" under the byline over "TOKYO (AP) --": the agency the
    dateline names by its initials, spelled out as its own writer's line spells it."""
    wire = dates.wire_dateline(first.strip())
    if wire is None or wire.agency is None:
        return
    for ln in head:
        m = _AGENCY_WRITER.match(ln)
        if m is None:
            continue
        agency = m.group("agency").strip()
        if wire.agency == "".join(w[0] for w in agency.split()):
            found.set("source", agency, "the agency its writer's line names")
            return


def _agency_writer_line(lines: list[str], found: Found) -> None:
    """Copy with no slug: the writer's line is among the lines above the first paragraph
    that opens with a dateline."""
    head: list[str] = []
    for ln in lines[:_HEAD_LINES]:
        if dates.wire_dateline(ln.strip()) is not None:
            _agency_of_writer(head, ln, found)
            return
        head.append(ln)


#: The time stamp an American wire prints on the last line of its copy: "11/24/99 06:12 EST".
#: An American time zone says the date is written month first.
_END_STAMP = re.compile(
    r"^\s*(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d\d|(?:19|20)\d\d)\s+"
    r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?:E|C|M|P|AK|HS?)[SD]?T\s*$"
)


def _end_stamp(lines: list[str], found: Found, record: Record) -> list[str]:
    """Wire copy closed by its time stamp on a line of its own: the stamp dates the copy (it
    was sent that day) and is no part of the story."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None or last == 0:
        return lines
    m = _END_STAMP.match(lines[last])
    if m is None or lines[last - 1].strip():
        return lines  # a stamp stands apart from the text above it
    year = int(m.group("year"))
    if year < 100:
        year += 1900 if year >= 70 else 2000
    with contextlib.suppress(ValueError):
        found.add_date(
            assemble.PRIORITY_TEXT_LINE,
            date(year, int(m.group("month")), int(m.group("day"))),
            "text",
            f'the wire\'s time stamp at the foot: "{lines[last].strip()}"',
        )
    record.tail.append(_meta(lines[last]))
    return lines[:last]


def _jump(line: str) -> bool:
    """Whether ``line`` is a jump line; one is short and ends in the page's number, so other
    lines are never given to the pattern."""
    tail = line.rstrip(" \t.:")
    return len(line) <= 80 and tail[-1:].isdigit() and _JUMP.match(line) is not None


def _folio(line: str) -> tuple[str | None, date | None] | None:
    """An e-edition's folio ("THE CARROW TELEGRAPH | SATURDAY, MARCH 8, 2025 | A1"): the
    paper's name and the day, or None when the line is no folio."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) < 2 or not any(_FOLIO_PAGE.match(p) for p in parts):
        return None
    day = next((d for p in parts if (d := _date_line(p)) is not None), None)
    if day is None:
        return None
    names = [p for p in parts if not _FOLIO_PAGE.match(p) and _date_line(p) is None and p]
    return (names[0] if names else None), day


def _e_edition(lines: list[str], found: Found, record: Record) -> list[str]:
    """A paper's e-edition copied as text: folios, jump lines ("Continued on Page A6",
    "Please see HARBOUR, Page 4", "From Page 1"), the jump page's head and page numbers
    alone are the page's, and a sentence the jump cut is one again."""
    if not any(_jump(ln) for ln in lines) and not any(
        _folio(ln) for ln in lines[:_HEAD_LINES] if "|" in ln
    ):
        return lines
    out: list[str] = []
    dropped = False
    for i, line in enumerate(lines):
        folio = _folio(line) if "|" in line else None
        after = next((t for t in lines[i + 1 :] if t.strip()), "")
        jump_head = _JUMP_HEAD.match(line) and _jump(after)
        if folio is not None:
            name, day = folio
            if name:
                found.set("source", assemble.masthead_case(name), "the e-edition's folio")
            if day is not None:
                found.add_date(
                    assemble.PRIORITY_TEXT_PUBLISHED, day, "text", "the e-edition's folio"
                )
        elif not (_jump(line) or jump_head or (dropped and _LONE_PAGE_NUMBER.match(line))):
            if line.strip():
                dropped = False
            out.append(line)
            continue
        record.head.append(_meta(line))
        dropped = True
        # A sentence cut by the jump goes on after it: the blank lines between are the page's.
        while out and not out[-1].strip():
            out.pop()
        if out and not re.search(r"[.!?:\"”’)]\s*$", out[-1]):
            continue
        out.append("")
    return _rejoined(out)


def _rejoined(lines: list[str]) -> list[str]:
    """Blank lines left between a cut sentence and its lowercase rest are dropped."""
    out: list[str] = []
    for line in lines:
        if line.strip() and line.lstrip()[:1].islower():
            k = len(out)
            while k and not out[k - 1].strip():
                k -= 1
            if k and not re.search(r"[.!?:\"”’)]\s*$", out[k - 1]):
                del out[k:]
        out.append(line)
    return out
