"""Bytes to clean text: encoding detection, binary refusal, Unicode clean-up.

Order of trust: a byte-order mark, then strict UTF-8 (valid UTF-8 that is not plain ASCII is
almost never anything else), then a charset the document declares (HTML only), then
Windows-1252, which is what "Latin-1" files and Word's smart quotes really are in practice.
charset-normalizer is asked only when the non-ASCII bytes are so dense that the text cannot be
a Western European language (Cyrillic, Greek... in a legacy code page): on short Western text it
guesses cp1250 or worse, so it is not asked first.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from urllib.parse import SplitResult, urlsplit

import charset_normalizer


class NotTextError(ValueError):
    """The bytes are not a text document; the message says what they look like."""


# Magic numbers of formats people are likely to drop by mistake, so the message can say what
# the file is rather than just "binary".
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Characters that never belong in stored text: NUL and other C0/C1 controls (tab and newline
#: excepted), bidirectional embedding/override/isolate controls and marks (they can reorder
#: what the analyst sees, the "Trojan Source" trick), zero-width spaces, BOMs in mid-text,
#: soft hyphens (they split words that search should find), lone surrogates (not encodable).
_DROP = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f"
    "\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad"
    "\ud800-\udfff]"
)
_LINE_BREAKS = re.compile("\r\n|[\r\x0c\x0b\x85\u2028\u2029]")
# Every kind of space inside a line becomes one plain space (NBSP, thin space, ideographic...).
_SPACES = re.compile("[^\\S\n]+")

_PRINTABLE_C0 = frozenset(b"\t\n\r\x0c")


#: Each byte 0x80-0xFF as Windows-1252 shows it; the five bytes it leaves unassigned show as
#: the C1 control of the same number, as browsers show them.
_CP1252_BYTE = {
    (bytes([b]).decode("cp1252", errors="ignore") or chr(b)): b for b in range(0x80, 0x100)
}
_CONTINUATION = "".join(re.escape(c) for c, b in _CP1252_BYTE.items() if 0x80 <= b <= 0xBF)


def _chars(*codes: int) -> str:
    return "".join(re.escape(c) for c, b in _CP1252_BYTE.items() if b in codes)


# UTF-8 read as Windows-1252 and saved again ("donâ€™t", "cafÃ©", "Ð¿Ñ€"). Only the lead
# bytes that such text is made of: Latin-1 and Latin Extended-A letters (C2-C5), Cyrillic
# (D0-D1), punctuation and symbols (E2), a stray BOM (EF). Other accented capitals followed by a
# quote or a dash ("«CAFÉ»") are real text far more often than mojibake.
_MOJIBAKE = re.compile(
    f"[{_chars(0xC2, 0xC3, 0xC4, 0xC5, 0xD0, 0xD1)}][{_CONTINUATION}]"
    f"|[{_chars(0xE2, 0xEF)}][{_CONTINUATION}]{{2}}"
)
_MOJIBAKE_LEAD = re.compile(f"[{_chars(0xC2, 0xC3, 0xC4, 0xC5, 0xD0, 0xD1, 0xE2, 0xEF)}]")
#: One such pair may be real text; two or more in one document are the garbling.
_MOJIBAKE_MIN = 2


def _unmangled(m: re.Match[str]) -> str:
    raw = bytes(_CP1252_BYTE[c] for c in m.group(0))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return m.group(0)


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was read as Windows-1252 put back: "donâ€™t" is "don’t".

    Each run is repaired only where its characters, as bytes, are valid UTF-8; a document
    with a single such run is left alone, as it may be a real pair of characters.
    """
    # Most text has none of the lead characters: one scan of a plain character set says so.
    if _MOJIBAKE_LEAD.search(text) is None:
        return text
    first = _MOJIBAKE.search(text)
    if first is None or _MOJIBAKE.search(text, first.end()) is None:
        return text
    # A right double quote whose last byte (0x9D, unassigned in Windows-1252) a program
    # replaced: "â€" and the replacement character.
    return _MOJIBAKE.sub(_unmangled, text).replace("â€\ufffd", "”")


def clean_text(text: str, *, repair: bool = True) -> str:
    """NFC-normalised text with unsafe controls removed and line breaks made ``\\n``;
    mojibake is repaired first, while the controls it is partly made of are still there
    (``repair`` False for pieces of a document that was repaired whole)."""
    if repair:
        text = repair_mojibake(text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _DROP.sub("", text)
    return unicodedata.normalize("NFC", text)


def collapse_spaces(line: str) -> str:
    """One line with every run of spaces turned into one space, ends trimmed."""
    if "\n" not in line:
        # str.split() breaks at the same characters \s matches, and is far cheaper than a
        # substitution on every paragraph of a long document
        return " ".join(line.split())
    return _SPACES.sub(" ", line).strip()


def collapse_whitespace(text: str) -> str:
    """Markup's text as a browser lays it out: a line break in the source is a space too."""
    return " ".join(text.split())


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read with.

    ``declared`` is a charset the document itself names (an HTML meta charset); it is trusted
    after a BOM and strict UTF-8, before the Windows-1252 fallback.
    Raises NotTextError for binary data.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), _label(codec)
            except UnicodeDecodeError as exc:
                raise NotTextError(
                    f"starts with a {_label(codec)} byte-order mark but is not valid {_label(codec)}"
                ) from exc
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise NotTextError(f"is {what}, not a text document")
    if b"\x00" in data:
        guessed = _bomless_utf16(data)
        if guessed is None:
            raise NotTextError("contains NUL bytes: it looks like a binary file, not text")
        return guessed
    _refuse_control_heavy(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared_codec = _codec_for(declared or "")
    damaged = _damaged_utf8(
        data,
        declared_utf8=declared_codec == "utf-8",
        declared_other=declared_codec not in {None, "utf-8"},
    )
    if damaged is not None:
        return damaged, "utf-8"
    if declared:
        name = _codec_for(declared)
        if name is not None and name != "utf-8":
            try:
                return data.decode(name), _label(name)
            except UnicodeDecodeError:
                pass
    return _legacy_single_byte(data)


def _damaged_utf8(data: bytes, *, declared_utf8: bool, declared_other: bool = False) -> str | None:
    """UTF-8 with a few broken bytes (a cut-off download, one pasted Latin-1 character).

    Read as Windows-1252, every accent and curly quote of such a file turns into mojibake; read
    as UTF-8 only the broken bytes are odd. A lone byte that is no UTF-8 is a character pasted
    in from a Windows-1252 or Latin-1 text ("naïve" saved into a UTF-8 file) and is read as
    that; a cut-off sequence or a byte no such text has shows as U+FFFD where it was. It
    counts as UTF-8 when its valid multi-byte characters outnumber the pasted bytes and clearly
    outnumber the broken ones, or when the page says it is UTF-8 and only a sliver is broken.
    A page that names another charset needs its UTF-8 to outnumber every odd byte fourfold.
    """
    replaced = data.decode("utf-8", errors="replace")
    runs = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in replaced if ch > "\x7f" and ch != "\ufffd")
    text = data.decode("utf-8", errors=_PASTED_HANDLER)
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    pasted = runs - broken
    if declared_other:
        return text if multibyte >= max(3, 4 * runs) else None
    if multibyte >= max(1, pasted + 4 * broken) and (broken == 0 or multibyte >= 3):
        return text
    if declared_utf8 and runs * 200 <= len(data):
        return text
    return None


#: A lone byte in a UTF-8 file read as the Windows-1252 character it is: letters, the
#: punctuation Windows keyboards type (dashes, curly quotes, ellipsis) and common symbols.
#: 0xFE/0xFF, controls and unassigned bytes are no pasted character.
_PASTED_BYTE = {
    b: ch
    for ch, b in _CP1252_BYTE.items()
    if b < 0xFE and (ch.isalpha() or ch in "–—‘’‚“”„…•«»°£€§©®±·¼½¾×÷¿¡")
}


def _read_pasted(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: a lone undecodable byte as its pasted character, anything
    else (a cut-off or malformed sequence) as U+FFFD."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    raw = exc.object[exc.start : exc.end]
    char = _PASTED_BYTE.get(raw[0]) if len(raw) == 1 else None
    return (char or "\ufffd"), exc.end


_PASTED_HANDLER = "factlane-pasted-byte"
codecs.register_error(_PASTED_HANDLER, _read_pasted)


def _label(codec: str) -> str:
    return {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-32": "utf-32"}.get(codec, codec)


def _codec_for(charset: str) -> str | None:
    try:
        name = codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding standard);
    # doing the same turns the smart quotes of such mislabelled pages into quotes, not controls.
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: its NULs fall almost all on one side of each pair of bytes.

    Every character below U+0100 (markup, spaces, digits, Latin letters) puts a NUL in the high
    byte of its pair, so even a page in Cyrillic or Chinese has many NULs, nearly all at odd
    offsets (little-endian) or at even ones (big-endian); binary data scatters them over both.
    A file cut off after half a character loses that last byte, not the whole file.
    """
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : 2 * pairs : 2].count(0)
    odd_nuls = sample[1 : 2 * pairs : 2].count(0)
    body = data[: len(data) - len(data) % 2]
    for codec, mine, other in (
        ("utf-16-le", odd_nuls, even_nuls),
        ("utf-16-be", even_nuls, odd_nuls),
    ):
        # A tenth of the characters below U+0100 is enough (a CJK text's spaces and digits);
        # the other side may hold a few NULs (U+4E00 and kin end in one) but far fewer.
        if mine < max(2, pairs // 10) or other * 4 > mine:
            continue
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, codec
    return None


def _looks_like_text(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in {"Cc", "Co", "Cn", "Cs"} and ch not in "\t\n\r\x0c"
    )
    return bad / len(sample) < 0.02


def _refuse_control_heavy(data: bytes) -> None:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 0x20 and b not in _PRINTABLE_C0)
    if sample and controls / len(sample) > 0.05:
        raise NotTextError("is mostly control bytes: it looks like a binary file, not text")


def _legacy_single_byte(data: bytes) -> tuple[str, str]:
    high = sum(1 for b in data[:65536] if b >= 0x80)
    letters = sum(1 for b in data[:65536] if (0x41 <= b <= 0x5A) or (0x61 <= b <= 0x7A))
    # In Western European text most words are plain ASCII; when the high bytes rival the ASCII
    # letters the text is in another script's code page, which only a statistical guess can name.
    if high > 0.3 * max(1, letters):
        best = charset_normalizer.from_bytes(data[:262144]).best()
        if best is not None and best.encoding not in {"cp1252", "latin_1", "iso8859_15"}:
            try:
                return data.decode(best.encoding), best.encoding.replace("_", "-")
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # Five byte values are undefined in Windows-1252; Latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"
    if any(0x80 <= b <= 0x9F for b in data):
        return text, "windows-1252"
    return text, "latin-1"


def split_address(address: str) -> SplitResult:
    """The parts of a web address, or none when it cannot be split.

    Addresses come from the document's own fields, typed by anyone or damaged in transfer, and
    ``urlsplit`` raises on some ("[" with no "]" is an unfinished IPv6 host, a look-alike
    letter can turn into "/" or "@" under normalisation): such an address has no parts.
    """
    try:
        return urlsplit(address)
    except ValueError:
        return SplitResult("", "", "", "", "")
