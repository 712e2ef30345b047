"""Reading the parts of an office document's zip package (.docx, .odt) without trusting it.

Word and OpenDocument files are both zip packages of XML parts, and both come from anywhere,
so they are read the same careful way: each part is limited in size however small the zip is
(a zip bomb), a part whose real size exceeds what its header claims is stopped at the limit,
the parts read together are limited too, an encrypted part is refused, and XML with a
document type declaration is refused before it is parsed (entities declared there can expand
without bound or name local files).

What differs between the formats is only how the refusal is worded for the analyst ("the
Word package", "the document") and which error the reader raises: a :class:`Wording` says so.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass

#: No single part of the package is unpacked beyond this, whatever its header says.
MAX_PART_BYTES = 40 * 1024 * 1024
#: The parts read together (document, notes, headers, styles) may not unpack beyond this.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024

#: What zipfile and zlib raise on a damaged package or member.
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)
_NO_OPEN = (
    zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError,
)  # fmt: skip


@dataclass(frozen=True)
class Wording:
    """How one format's reader names its package and parts when it refuses them."""

    error: type[ValueError]
    #: the package as a whole: "the Word package" (it "unpacks to more than ...")
    package: str
    #: one of its parts: "a part of the Word package"
    part: str
    #: the file cut short: "the Word file" (it "is damaged: it is incomplete ...")
    file: str
    #: "the Word package is damaged" (then the reason in brackets)
    damaged: str
    #: "the Word package is encrypted"
    locked: str
    #: a part that is not text; may name it with ``{name}``
    not_text: str
    #: a part that is damaged XML; may name it with ``{name}``
    bad_xml: str
    #: who never writes a document type: "Word"
    writer: str
    #: the package the reader wants: "a Word (.docx) package"
    kind: str
    #: the file name's ending the reader serves: ".docx"
    suffix: str
    #: what to say of an older Word (.doc) file, an OLE compound file
    older: str
    #: Word may save a part in UTF-16 with a byte-order mark
    reads_utf16: bool = False


def open_zip(data: bytes, wording: Wording) -> zipfile.ZipFile:
    """The bytes as a zip package; other files, cut-short and damaged ones are refused plainly."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise wording.error(wording.older)
    if data.lstrip()[:5] == b"%PDF-":
        raise wording.error(f"this is a PDF file named {wording.suffix}; rename it to .pdf")
    if data[:2] != b"PK":
        what = "HTML or XML text" if data.lstrip()[:1] == b"<" else "something else"
        raise wording.error(f"this is not {wording.kind}: it holds {what}")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _NO_OPEN as exc:
        if b"PK\x05\x06" not in data[-(65536 + 22) :]:
            # A zip package ends with its directory; without it the file was cut short.
            raise wording.error(
                f"{wording.file} is damaged: it is incomplete, stopping before its end as an "
                "interrupted download or copy does; save or download it again"
            ) from exc
        raise wording.error(f"{wording.damaged} ({_reason(exc)})") from exc


def _reason(exc: Exception) -> str:
    """zipfile's or expat's words for the damage, fit to show the analyst: zipfile quotes the
    damaged bytes themselves (a name "and header b'content.xml\\x8dS...' differ"), which can
    run to hundreds of characters of noise."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    text = re.sub(r"""\bb(['"]).*?(?:\1|$)""", "(unreadable bytes)", text)
    return text if len(text) <= 120 else text[:117] + "..."


class Parts:
    """The parts of one open package, read within the size limits given."""

    def __init__(
        self,
        package: zipfile.ZipFile,
        wording: Wording,
        max_part: int = MAX_PART_BYTES,
        max_total: int = MAX_UNPACKED_BYTES,
    ) -> None:
        self.package = package
        self.names = set(package.namelist())
        self.wording = wording
        self.max_part = max_part
        self.max_total = max_total
        #: bytes unpacked so far, against ``max_total``
        self.used = 0

    def raw(self, name: str) -> bytes:
        wording, limit = self.wording, self.max_part
        info = self.package.getinfo(name)
        if info.flag_bits & 0x1:
            raise wording.error(f"{wording.locked}; it cannot be read")
        if info.file_size > limit:
            raise wording.error(
                f"{wording.part} unpacks to {info.file_size / 2**20:.0f} MB, over the "
                f"{limit // 2**20} MB limit (a zip bomb?); it was not read"
            )
        try:
            with self.package.open(info) as handle:
                # The header's size may lie: never read more than the limit allows.
                raw = handle.read(limit + 1)
        except _DAMAGE as exc:
            raise wording.error(f"{wording.damaged} ({_reason(exc)})") from exc
        except RuntimeError as exc:  # zipfile's word for a password-protected member
            raise wording.error(f"{wording.locked}; it cannot be read") from exc
        if len(raw) > limit:
            raise wording.error(
                f"{wording.part} unpacks to more than {limit // 2**20} MB "
                "(a zip bomb?); it was not read"
            )
        self.used += len(raw)
        if self.used > self.max_total:
            raise wording.error(
                f"{wording.package} unpacks to more than {self.max_total // 2**20} MB "
                "(a zip bomb?); it was not read"
            )
        return raw

    def xml(self, name: str) -> ET.Element | None:
        """The part parsed, or None when the package has no part of that name."""
        if name not in self.names:
            return None
        return self._parse(name, self.raw(name))

    def _parse(self, name: str, raw: bytes) -> ET.Element:
        wording = self.wording
        try:
            if wording.reads_utf16 and raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                text = raw.decode("utf-16")
            else:
                text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise wording.error(wording.not_text.format(name=name)) from exc
        # A literal "<!DOCTYPE" or "<!ENTITY" can only be markup (text spells "<" as "&lt;").
        if re.search(r"<!(?:DOCTYPE|ENTITY)", text, re.I):
            raise wording.error(
                f"{wording.part} declares a document type; {wording.writer} never writes one, "
                "and entity declarations in it can expand without bound, so it is not read"
            )
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
        try:
            return ET.fromstring(text)
        except ET.ParseError as exc:
            raise wording.error(f"{wording.bad_xml.format(name=name)} ({_reason(exc)})") from exc
