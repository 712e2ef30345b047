"""Rich Text Format (.rtf): what news databases export and Word or WordPad save.

LexisNexis, Factiva and Westlaw hand analysts their articles as "Download as RTF"; Word and
WordPad write it on "Save as". The reader is our own, over the format's few rules:

- The file is groups (``{...}``) of control words (``\\par``, ``\\f2``, ``\\u1040``) and text.
  A group keeps the character state it started with (font, hidden text, ``\\uc``), so the state
  is pushed at ``{`` and restored at ``}``.
- Text bytes and ``\\'hh`` escapes are in the code page of the current font (its
  ``\\fcharset``/``\\cpg`` in the font table), else the document's ``\\ansicpg``: a Cyrillic
  story from WordPad is often ``\\ansicpg1252`` with its fonts marked ``\\fcharset204``.
  ``\\uN`` is a character by number, followed by ``\\ucN`` fallback characters for readers
  that do not know it, which are dropped.
- ``\\par``, ``\\page`` and ``\\sect`` end a paragraph, ``\\line`` a line; a table is read as
  lines, one per row, its cells joined with " | " so that a figure keeps its row's label.
- Destinations a reader never sees are skipped whole (font, colour and style tables, pictures,
  embedded objects, field instructions, headers and footers, comments, and every
  ``{\\*\\...}`` group): picture data is jumped over by searching for the next brace, so a
  50 MB file of photographs is read in about as long as its text takes. Hidden (``\\v``) and
  deleted text is left out. Footnotes are kept at the end, as the Word reader keeps them.
- A text box is a drawing shape (``{\\*\\shpinst ...}``): its properties are skipped, the text
  it shows (``\\shptxt``) is read after the paragraph it is anchored in, and the copy in
  ``\\shprslt`` for readers that do not know shapes is skipped.
- The ``\\info`` group's ``\\title``, ``\\author`` and ``\\creatim`` are the file's properties:
  trusted as little as a Word file's (see ingest.docx), each named as where it came from.

A database export of several articles ("Document 1 of 12", "End of Document", Factiva's
"Document XXXX000020250113...") is read as one document, the way a feed of several items is,
with a warning; ``rtf_items`` gives one article per document instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import Block, RawArticle
from desktop.ingest import dates, furniture
from desktop.ingest import docx as _docx
from desktop.ingest import plain as _plain
from desktop.ingest.assemble import Found
from desktop.ingest.textclean import collapse_spaces

_PROPERTIES = "RTF document properties"


class NotAnRtfDocument(ValueError):
    """The bytes are not an RTF document that can be read whole; the message says why."""


#: \fcharset -> code page (the charsets Word and the databases write).
_CHARSET_CODEPAGE = {
    2: 1252,  # Symbol: its letters are read as the Latin ones it was typed as
    77: 10000,
    128: 932,
    129: 949,
    130: 1361,
    134: 936,
    136: 950,
    161: 1253,
    162: 1254,
    163: 1258,
    177: 1255,
    178: 1256,
    186: 1257,
    204: 1251,
    222: 874,
    238: 1250,
    255: 437,
}
_CODEPAGE_NAMES = {10000: "mac_roman", 1361: "johab", 874: "cp874"}

#: Destinations whose text no reader sees: skipped with everything nested in them.
_SKIPPED = frozenset(
    {
        "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl", "rsidtbl",
        "generator", "pict", "object", "objdata", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "fldinst", "xe", "tc", "txe", "bkmkstart",
        "bkmkend", "datafield", "themedata", "colorschememapping", "latentstyles", "datastore",
        "xmlnstbl", "mmathPr", "pgdsctbl", "filetbl", "annotation", "atnid", "atnauthor",
        "atndate", "atnref", "nonshppict", "pn", "sp", "sn", "sv", "do", "template",
        "userprops", "docvar", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "ftncn", "aftncn",
        "shprslt", "protusertbl", "defchp", "defpap", "wgrffmtfilter", "mhtmltag", "htmltag",
        "pgptbl", "passwordhash", "fchars", "lchars", "oldcprops", "oldpprops", "oldsprops",
        "oldtprops", "hlinkbase", "keywords", "doccomm", "subject", "operator", "company",
        "manager", "category", "comment", "ud", "upr",
    }
)  # fmt: skip
#: \info's members read as the file's properties.
_INFO_TEXT = frozenset({"title", "author"})
_INFO_TIMES = frozenset({"creatim", "revtim", "printim", "buptim"})

_SYMBOLS = {
    "emdash": "\u2014",
    "endash": "\u2013",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "tab": " ",
    "zwj": "",
    "zwnj": "",
    "zwbo": "",
    "zwnbo": "",
}
_PARAGRAPH_ENDS = frozenset({"par", "sect", "page", "column"})
#: Where the text of the file is kept, rather than read for settings or left out.
_TEXT_SINKS = frozenset({"body", "shape text", "note", "title", "author"})
#: Where text is read for settings, or not read: a shape's properties, the font table, \info.
_NO_TEXT_SINKS = frozenset({"ignore", "info", "fonttbl", "shape"})
#: Where a paragraph of the story is being written: the body, or a text box in it.
_STORY_SINKS = frozenset({"body", "shape text"})

_TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?"
    r"|\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z'])"
    r"|(?P<brace>[{}])"
    r"|(?P<text>[^\\{}\r\n]+)"
    r"|[\r\n]+"
    r"|\\'|\\$"
)
_BRACE_OR_ESCAPE = re.compile(r"[{}\\]")
_BIN = re.compile(r"bin(-?\d{1,10}) ?")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class _State:
    uc: int = 1
    font: int = -1
    hidden: bool = False
    in_table: bool = False
    #: set in italics (``\\i``), as a publication sets its closing note about itself
    italic: bool = False
    #: where text goes: "body", "note", "fonttbl", "info", "title", "author", a time, "ignore"
    sink: str = "body"


@dataclass(slots=True)
class RtfText:
    """What an RTF file shows a reader: paragraphs, footnotes, and its \\info properties."""

    paragraphs: list[str] = field(default_factory=list)
    #: which paragraphs are a table's rows
    rows: set[int] = field(default_factory=set)
    #: which paragraphs are set in italics whole
    italic: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    created: date | None = None
    revised: date | None = None
    codepage: str = "cp1252"


def _codepage_name(number: int) -> str:
    return _CODEPAGE_NAMES.get(number, f"cp{number}")


def _known_codepage(name: str) -> str:
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


def _what_it_is(head: bytes) -> str:
    if head.startswith(b"PK"):
        return "this is a zip package (a .docx or .odt document?) named .rtf, not an RTF file"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "this is an older Word (.doc) file named .rtf; open it in Word and save it as RTF"
    if head.startswith(b"%PDF"):
        return "this is a PDF named .rtf, not an RTF file"
    if re.match(rb"\s*<", head):
        return "this is an HTML or XML file named .rtf, not an RTF file"
    return "this is not an RTF document: it does not begin with {\\rtf"


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out = RtfText()
        self.doc_codepage = "cp1252"
        self.default_font = -1
        self.font_codepages: dict[int, str] = {}
        self.font_being_defined = -1
        self.state = _State()
        self.stack: list[_State] = []
        # Bytes waiting to be decoded in the code page they were written in (latin-1 chars).
        self.pending: list[str] = []
        self.pending_codepage = "cp1252"
        # A text box's paragraphs wait for the paragraph it is anchored in to end, and that
        # paragraph's text so far waits while the box is read.
        self.shape_paragraphs: list[str] = []
        self.anchors: list[list[str]] = []
        self.paragraph: list[str] = []
        self.note: list[str] = []
        self.info: dict[str, list[str]] = {}
        self.times: dict[str, dict[str, int]] = {}
        self.fallback_left = 0
        # Only a \\uN can put half of a surrogate pair in the text: paragraphs are searched
        # for one only after it has.
        self.surrogates = False
        # Whether the paragraph being read has shown letters in italics, and in upright type.
        self.italic_seen = False
        self.upright_seen = False

    # --- text -------------------------------------------------------------------------------

    def _codepage(self) -> str:
        if self.state.font in self.font_codepages:
            return self.font_codepages[self.state.font]
        return self.doc_codepage

    def _flush(self) -> None:
        if not self.pending:
            return
        raw = "".join(self.pending).encode("latin-1")
        self.pending.clear()
        self._emit(raw.decode(self.pending_codepage, "replace"), decoded=True)

    def _emit(self, chars: str, *, decoded: bool = False) -> None:
        sink = self.state.sink
        if self.state.hidden or sink in _NO_TEXT_SINKS or sink in _INFO_TIMES:
            return
        if sink in _STORY_SINKS:
            self.paragraph.append(chars)
            if not chars.isspace():
                if self.state.italic:
                    self.italic_seen = True
                else:
                    self.upright_seen = True
        elif sink == "note":
            self.note.append(chars)
        else:
            self.info.setdefault(sink, []).append(chars)

    def _bytes(self, chars: str) -> None:
        if self.state.hidden or self.state.sink not in _TEXT_SINKS:
            return
        codepage = self._codepage()
        if self.pending and codepage != self.pending_codepage:
            self._flush()
        self.pending_codepage = codepage
        self.pending.append(chars)

    def _end_paragraph(self, *, line: bool = False) -> None:
        self._flush()
        if self.state.sink == "note":
            self.note.append("\n")
            return
        if self.state.sink not in _STORY_SINKS:
            return
        if line:
            self.paragraph.append("\n")
            return
        if self.state.in_table:
            self.paragraph.append(" ")
            return
        self._close_paragraph()

    def _close_paragraph(self) -> None:
        text = "".join(self.paragraph)
        self.paragraph.clear()
        italic = self.italic_seen and not self.upright_seen
        self.italic_seen = self.upright_seen = False
        if self.surrogates and _SURROGATE.search(text):
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        if "\n" not in text:
            joined = collapse_spaces(text)
        else:
            lines = [collapse_spaces(line) for line in text.split("\n")]
            joined = "\n".join(line for line in lines if line)
        if self.state.sink == "shape text":
            if joined:
                self.shape_paragraphs.append(joined)
            return
        if joined:
            if italic:
                self.out.italic.add(len(self.out.paragraphs))
            self.out.paragraphs.append(joined)
        if self.shape_paragraphs:
            self.out.paragraphs.extend(self.shape_paragraphs)
            self.shape_paragraphs.clear()

    # --- groups -----------------------------------------------------------------------------

    def _skip_group(self, pos: int) -> int:
        """The position just past the ``}`` closing the group whose inside starts at ``pos``."""
        text = self.text
        depth = 1
        while True:
            m = _BRACE_OR_ESCAPE.search(text, pos)
            if m is None:
                raise NotAnRtfDocument(
                    "the RTF document is cut short (a group is not closed); it was not saved "
                    "completely or was cut in transfer"
                )
            char = m.group()
            pos = m.end()
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return pos
            else:
                b = _BIN.match(text, pos)
                if b is not None:
                    pos = b.end() + max(0, int(b.group(1)))
                else:
                    pos += 1

    def read(self) -> RtfText:
        text = self.text
        pos = text.index("{")
        end = len(text)
        match = _TOKEN.match
        pending = self.pending
        group_start = False
        closed = False
        while pos < end:
            m = match(text, pos)
            if m is None:  # pragma: no cover - every character starts some token
                pos += 1
                continue
            pos = m.end()
            # "arg" follows "word" in the pattern, so lastgroup is "arg" for "\f2".
            kind = m.lastgroup
            if kind == "text":
                # A run of plain text, the bulk of a text-heavy file: straight to the bytes
                # waiting to be decoded when nothing else needs to be looked at.
                group_start = False
                chunk = m.group("text")
                state = self.state
                if self.fallback_left:
                    dropped = min(self.fallback_left, len(chunk))
                    self.fallback_left -= dropped
                    chunk = chunk[dropped:]
                    if not chunk:
                        continue
                if state.sink == "fonttbl":
                    continue
                if not state.hidden and state.sink in _TEXT_SINKS:
                    codepage = self.font_codepages.get(state.font, self.doc_codepage)
                    if pending and codepage != self.pending_codepage:
                        self._flush()
                    self.pending_codepage = codepage
                    pending.append(chunk)
                continue
            if kind == "brace":
                self.fallback_left = 0
                if m.group("brace") == "{":
                    self._flush()
                    st = self.state
                    self.stack.append(st)
                    self.state = _State(st.uc, st.font, st.hidden, st.in_table, st.italic, st.sink)
                    group_start = True
                    continue
                self._flush()
                self._close_group()
                if not self.stack:
                    closed = True
                    break
                continue
            at_start, group_start = group_start, False
            if kind == "word" or kind == "arg":
                word = m.group("word")
                arg = m.group("arg")
                if at_start and word in _SKIPPED:
                    pos = self._skip_group(pos)
                    self._close_group()
                    continue
                if self.fallback_left:
                    self.fallback_left -= 1
                    continue
                pos = self._word(word, int(arg) if arg is not None else None, at_start, pos)
            elif kind == "hex":
                if self.fallback_left:
                    self.fallback_left -= 1
                    continue
                self._bytes(chr(int(m.group("hex"), 16)))
            elif kind == "symbol":
                symbol = m.group("symbol")
                if symbol == "*" and at_start and self._shape_starts(pos):
                    # A drawing shape (a text box): its properties are not text, but its
                    # \shptxt is what the box shows.
                    self.state.sink = "shape" if self.state.sink == "body" else "ignore"
                    continue
                if symbol == "*" and at_start:
                    pos = self._skip_group(pos)
                    self._close_group()
                    continue
                if self.fallback_left:
                    self.fallback_left -= 1
                    continue
                self._symbol(symbol)
        if not closed:
            raise NotAnRtfDocument(
                f"the RTF document is cut short ({len(self.stack)} groups are not closed); it "
                "was not saved completely or was cut in transfer"
            )
        self._flush()
        self._close_paragraph()
        self._close_note()
        self._properties()
        self.out.codepage = self.doc_codepage
        return self.out

    def _shape_starts(self, pos: int) -> bool:
        m = _TOKEN.match(self.text, pos)
        while m is not None and m.group() in ("\r", "\n", "\r\n"):
            m = _TOKEN.match(self.text, m.end())
        return m is not None and m.group("word") == "shpinst"

    def _close_group(self) -> None:
        if not self.stack:
            return
        leaving = self.state.sink
        if leaving == "shape text" and self.stack[-1].sink != "shape text":
            self._close_paragraph()
            self.paragraph = self.anchors.pop() if self.anchors else []
        self.state = self.stack.pop()
        if leaving == "note" and self.state.sink != "note":
            self._close_note()

    def _close_note(self) -> None:
        note = collapse_spaces(" ".join("".join(self.note).split("\n")))
        self.note.clear()
        if note:
            self.out.notes.append(note)

    def _symbol(self, symbol: str) -> None:
        if symbol in "\\{}":
            self._bytes(symbol)
        elif symbol == "~":
            self._flush()
            self._emit(" ")
        elif symbol == "_":
            self._flush()
            self._emit("-")
        elif symbol in "\r\n":
            self._end_paragraph()
        # "\-" (an optional hyphen), "\:" and "\|" print nothing.

    def _word(self, word: str, arg: int | None, at_start: bool, pos: int) -> int:
        state = self.state
        if at_start:
            if word == "fonttbl":
                state.sink = "fonttbl"
                return pos
            if word == "info":
                state.sink = "info"
                return pos
            if state.sink == "info" and word in _INFO_TEXT:
                state.sink = word
                return pos
            if state.sink == "info" and word in _INFO_TIMES:
                state.sink = word
                self.times[word] = {}
                return pos
            if state.sink == "info":
                state.sink = "ignore"
                return pos
            if word == "shptxt" and state.sink == "shape":
                self._flush()
                self.anchors.append(self.paragraph)
                self.paragraph = []
                state.sink = "shape text"
                return pos
            if word == "footnote":
                self._flush()
                state.sink = "note"
                return pos
        if state.sink in _INFO_TIMES:
            if arg is not None:
                self.times[state.sink][word] = arg
            return pos
        if state.sink == "fonttbl":
            if word == "f" and arg is not None:
                self.font_being_defined = arg
            elif word == "fcharset" and arg is not None and arg in _CHARSET_CODEPAGE:
                self.font_codepages.setdefault(
                    self.font_being_defined, _known_codepage(_codepage_name(_CHARSET_CODEPAGE[arg]))
                )
            elif word == "cpg" and arg is not None and arg > 0:
                self.font_codepages[self.font_being_defined] = _known_codepage(_codepage_name(arg))
            return pos
        if word in _SYMBOLS:
            self._flush()
            self._emit(_SYMBOLS[word])
        elif word in _PARAGRAPH_ENDS:
            self._end_paragraph()
        elif word == "line":
            self._end_paragraph(line=True)
        elif word in ("cell", "nestcell"):
            self._flush()
            self._emit(" | ")
        elif word in ("row", "nestrow"):
            self._flush()
            if state.sink == "body":
                row = "".join(self.paragraph).rstrip()
                self.paragraph[:] = [row.removesuffix("|").rstrip()]
                before = len(self.out.paragraphs)
                self._close_paragraph()
                if len(self.out.paragraphs) > before:
                    self.out.rows.add(before)
        elif word == "u" and arg is not None:
            self._flush()
            code = arg + 65536 if arg < 0 else arg
            self.surrogates = self.surrogates or 0xD800 <= code <= 0xDFFF
            # past the last character Unicode has: a damaged file's number, not a character
            self._emit("" if arg == 0 else chr(code) if code <= 0x10FFFF else "\ufffd")
            self.fallback_left = state.uc
        elif word == "uc" and arg is not None:
            state.uc = max(0, arg)
        elif word == "f" and arg is not None:
            self._flush()
            state.font = arg
        elif word == "plain":
            self._flush()
            state.font = self.default_font
            state.hidden = False
            state.italic = False
        elif word == "i":
            self._flush()
            state.italic = arg != 0
        elif word in ("v", "deleted"):
            self._flush()
            state.hidden = arg != 0
        elif word == "intbl":
            state.in_table = True
        elif word == "pard":
            state.in_table = False
        elif word == "ansicpg" and arg is not None and arg > 0:
            self.doc_codepage = _known_codepage(_codepage_name(arg))
        elif word == "mac":
            self.doc_codepage = "mac_roman"
        elif word == "pc":
            self.doc_codepage = "cp437"
        elif word == "pca":
            self.doc_codepage = "cp850"
        elif word == "deff" and arg is not None:
            self.default_font = arg
            state.font = arg
        elif word == "bin" and arg is not None:
            # Raw bytes in the body (a picture written without hex): not text.
            pos += max(0, arg)
        return pos

    def _properties(self) -> None:
        for key in _INFO_TEXT:
            value = collapse_spaces("".join(self.info.get(key, [])))
            if _SURROGATE.search(value):
                value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            setattr(self.out, key, value or None)
        self.out.created = _info_date(self.times.get("creatim"))
        self.out.revised = _info_date(self.times.get("revtim"))


def _info_date(parts: dict[str, int] | None) -> date | None:
    if not parts:
        return None
    try:
        return date(parts["yr"], parts.get("mo", 1), parts.get("dy", 1))
    except (KeyError, ValueError):
        return None


def read_rtf_text(data: bytes) -> RtfText:
    """The paragraphs and properties of an RTF file; ``NotAnRtfDocument`` if it is none."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    head = data[start : start + 64].lstrip()
    if not head.startswith(b"{\\rtf"):
        raise NotAnRtfDocument(_what_it_is(head))
    return _Reader(data[start:].decode("latin-1")).read()


# --- articles -------------------------------------------------------------------------------

#: Where a database export starts a document: "Document 1 of 12", "3 of 12 DOCUMENTS".
_DOCUMENT_START = re.compile(
    r"^\s*(?:Document\s+\d{1,5}\s+of\s+\d{1,5}|\d{1,5}\s+of\s+\d{1,5}\s+DOCUMENTS?)\s*$", re.I
)
_DOCUMENT_NUMBER = re.compile(r"^\s*Document\s+\d{1,5}\s+of\s+\d{1,5}\s*$", re.I)
#: Where one ends: LexisNexis' "End of Document", Factiva's accession number.
_DOCUMENT_END = re.compile(r"^\s*(?:End of Document|Document\s+[A-Za-z0-9]{16,})\s*$", re.I)


def _documents(paragraphs: list[str]) -> list[list[str]]:
    """The documents of a database export, each its paragraphs with its own markers; one
    document when the export holds one (or is no export)."""
    parts: list[list[str]] = [[]]
    for paragraph in paragraphs:
        first_line = paragraph.split("\n", 1)[0]
        if _DOCUMENT_START.match(first_line) and _has_text(parts[-1]):
            parts.append([])
        parts[-1].append(paragraph)
        if _DOCUMENT_END.match(paragraph.rsplit("\n", 1)[-1]):
            parts.append([])
    documents = [p for p in parts if _has_text(p)]
    if len(documents) < 2:
        return [paragraphs]
    # Lines before the first document (the service's cover) go with it.
    return documents


#: A delivery's cover page: who asked, the search, the job, the list of documents.
_COVER_LABEL = re.compile(
    r"^\s*(?:User\s+Name|Date\s+and\s+Time|Job\s+Number|Client/Matter|Search\s+Terms|"
    r"Search\s+Type|Narrowed\s+by|Content\s+Type|Download\s+Request|Delivered\s+by|"
    r"Documents\s*\(\d+\))\b",
    re.I,
)
_COVER = "the export's cover page"


def _cover_length(paragraphs: list[str]) -> int:
    """How many paragraphs at the head of a database delivery are its cover page (the search
    that found the documents and their list), not a document."""
    labels = [i for i, p in enumerate(paragraphs[:80]) if _COVER_LABEL.match(p)]
    if len(labels) < 2:
        return 0
    end = labels[-1] + 1
    while end < len(paragraphs) and re.match(r"^\s*\d{1,4}\.\s+\S", paragraphs[end]):
        end += 1
    return end


def _italic_paragraphs(rtf: RtfText) -> frozenset[str]:
    """The paragraphs set in italics whole: a note set apart from the story (the publication's
    word about itself), which the rules on such notes may tell apart."""
    return frozenset(rtf.paragraphs[i] for i in rtf.italic)


def _settled_rows(rtf: RtfText) -> frozenset[str]:
    """The rows of tables of two rows or more: a table's lines are text, never a menu."""
    return frozenset(rtf.paragraphs[i] for i in rtf.rows if i - 1 in rtf.rows or i + 1 in rtf.rows)


def _has_text(paragraphs: list[str]) -> bool:
    return any(
        not _DOCUMENT_START.match(p) and not _DOCUMENT_END.match(p) and len(p.split()) >= 8
        for p in paragraphs
    )


def _found(rtf: RtfText, *, whole_file: bool) -> Found:
    found = Found(encoding=rtf.codepage)
    if not whole_file:
        # The properties are the export's, not one of its articles'.
        return found
    if rtf.title and not _docx._PLACEHOLDER_TITLE.match(rtf.title):
        found.fallbacks.append(("title", rtf.title, f"{_PROPERTIES}: \\title"))
    if rtf.author and dates.is_person_name(rtf.author):
        found.fallbacks.append(("author", rtf.author, f"{_PROPERTIES}: \\author"))
    elif rtf.author:
        found.warnings.append(
            f"the file's author \"{rtf.author}\" is not a person's name; it is not the author"
        )
    created, revised = rtf.created, rtf.revised
    if created is None:
        return found
    if revised is not None and (revised - created).days > _docx.CREATED_TRUSTED_DAYS:
        found.warnings.append(
            f"the file says it was created on {created.isoformat()} but last saved on "
            f"{revised.isoformat()}: the created date is likely its template's and dates nothing"
        )
        return found
    found.add_date(
        _docx.PRIORITY_PROPERTIES,
        created,
        "metadata",
        f"{_PROPERTIES}: \\creatim" + (f" (last saved {revised.isoformat()})" if revised else ""),
    )
    return found


def _article(
    paragraphs: list[str],
    notes: list[str],
    found: Found,
    settled: frozenset[str],
    cover: list[str],
    emphasised: frozenset[str] = frozenset(),
) -> RawArticle:
    # "Document 2 of 12" over a document is the export's count, which the record of a pasted
    # copy does not carry: it is set aside here, before the record is read.
    counts: list[str] = []
    while paragraphs and _DOCUMENT_NUMBER.match(paragraphs[0]):
        counts.append(paragraphs[0])
        paragraphs = paragraphs[1:]
    text = "\n\n".join(paragraphs + notes)
    article = _plain.read_text(
        text, "rtf", found.encoding, known=found, settled=settled, emphasised=emphasised
    )
    article.blocks[:0] = [Block(p, False, _COVER) for p in cover] + [
        Block(p, False, furniture.SERVICE_RECORD) for p in counts
    ]
    if article.date_candidates and article.date_candidates[0].evidence.startswith(_PROPERTIES):
        article.warnings.append(
            "the publication date is the day the RTF file was created; no date is printed in it"
        )
    return article


def read_rtf_bytes(data: bytes) -> RawArticle:
    """The article an .rtf file holds; an export of several articles is read as one document."""
    rtf = read_rtf_text(data)
    start = _cover_length(rtf.paragraphs)
    documents = _documents(rtf.paragraphs[start:])
    found = _found(rtf, whole_file=len(documents) == 1)
    if len(documents) > 1:
        found.warnings.append(
            f"the file is an export of {len(documents)} articles; they were read as one "
            "document, in the export's order"
        )
    return _article(
        rtf.paragraphs[start:],
        rtf.notes,
        found,
        _settled_rows(rtf),
        rtf.paragraphs[:start],
        _italic_paragraphs(rtf),
    )


def rtf_items(data: bytes) -> list[RawArticle]:
    """One article per document of a database export (a file of one article gives a list of
    one)."""
    rtf = read_rtf_text(data)
    start = _cover_length(rtf.paragraphs)
    cover = rtf.paragraphs[:start]
    documents = _documents(rtf.paragraphs[start:])
    settled = _settled_rows(rtf)
    if len(documents) == 1:
        found = _found(rtf, whole_file=True)
        return [_article(documents[0], rtf.notes, found, settled, cover, _italic_paragraphs(rtf))]
    emphasised = _italic_paragraphs(rtf)
    return [
        _article(d, [], _found(rtf, whole_file=False), settled, cover if n == 0 else [], emphasised)
        for n, d in enumerate(documents)
    ]
