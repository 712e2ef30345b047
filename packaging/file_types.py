"""The kinds of file each installer tells the system Factlane opens, from the import's own list.

Two kinds, registered differently:

* the project (``.factlane``): Factlane's own type, opened by Factlane by default, with an icon;
* articles: every suffix in ``desktop.ingest.SUPPORTED_SUFFIXES``, offered as "Open with
  Factlane" and never made the default (a double-clicked web page still opens in the browser).

The installers are built from this at build time (packaging/factlane.spec for macOS,
packaging/build.py for the Inno Setup include, packaging/linux/build_linux.py for the .desktop
file), so the list cannot drift from what the import reads. A suffix the import learns that this
table does not know stops the build with a message saying what to add.

Standard library only, and the import's list is read from its source rather than imported: the
Linux step runs under whichever Python started the build, which need not have the app's
dependencies.

    python packaging/file_types.py                  # the table, per system
    python packaging/file_types.py --iss OUT.iss    # the Inno Setup include for the installer
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INGEST = ROOT / "desktop" / "ingest" / "__init__.py"

PROJECT_SUFFIX = ".factlane"
PROJECT_MIME = "application/x-factlane-project"
PROJECT_UTI = "io.github.factlane.project"
#: Windows: the class an article's "Open with" entry points to (never the suffix's default).
ARTICLE_PROG_ID = "Factlane.Article"


@dataclass(frozen=True)
class ArticleType:
    """How the systems name one kind of article file."""

    kind: str  # what the analyst calls it, in Finder's "Kind" and the Open With lists
    mime: str  # shared-mime-info name (Linux .desktop MimeType)
    uti: str | None  # macOS Uniform Type Identifier; None when no system declares one
    #: The .desktop file's names for it when there is more than ``mime`` (a feed saved as
    #: .xml is RSS or Atom).
    more_mimes: tuple[str, ...] = ()

    @property
    def linux_mimes(self) -> tuple[str, ...]:
        return (self.mime, *self.more_mimes)


#: Every article suffix an installer may have to register. Extend this when the import learns a
#: format; the build refuses a suffix missing here rather than leaving it out silently.
KNOWN_ARTICLE_TYPES: dict[str, ArticleType] = {
    ".txt": ArticleType("Plain text article", "text/plain", "public.plain-text"),
    ".text": ArticleType("Plain text article", "text/plain", "public.plain-text"),
    ".md": ArticleType("Markdown article", "text/markdown", "net.daringfireball.markdown"),
    ".markdown": ArticleType("Markdown article", "text/markdown", "net.daringfireball.markdown"),
    ".html": ArticleType("Saved web page", "text/html", "public.html"),
    ".htm": ArticleType("Saved web page", "text/html", "public.html"),
    ".xhtml": ArticleType("Saved web page", "application/xhtml+xml", "public.xhtml"),
    # shared-mime-info names these application/x-mimearchive (a kind of multipart/related):
    # the type a file manager gives them, so the one to claim
    ".mht": ArticleType("Web archive", "application/x-mimearchive", None),
    ".mhtml": ArticleType("Web archive", "application/x-mimearchive", None),
    ".eml": ArticleType("Email message", "message/rfc822", "com.apple.mail.email"),
    # A feed saved as .xml: shared-mime-info knows RSS and Atom by their content whatever the
    # name, so these two are what the desktop sees. Not application/xml: that would put
    # Factlane in "Open With" for every XML file on the machine (settings, SVG's siblings,
    # build files), which the import cannot read.
    ".xml": ArticleType(
        "News feed", "application/rss+xml", "public.xml", more_mimes=("application/atom+xml",)
    ),
    ".rss": ArticleType("News feed", "application/rss+xml", None),
    ".atom": ArticleType("News feed", "application/atom+xml", None),
    ".pdf": ArticleType("PDF document", "application/pdf", "com.adobe.pdf"),
    ".docx": ArticleType(
        "Word document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "org.openxmlformats.wordprocessingml.document",
    ),
    ".doc": ArticleType("Word document", "application/msword", "com.microsoft.word.doc"),
    ".odt": ArticleType(
        "OpenDocument text",
        "application/vnd.oasis.opendocument.text",
        "org.oasis-open.opendocument.text",
    ),
    ".rtf": ArticleType("Rich text document", "application/rtf", "public.rtf"),
    ".epub": ArticleType("EPUB book", "application/epub+zip", "org.idpf.epub-container"),
}

#: UTIs that not every macOS version declares itself: declared as imported so Finder knows them.
IMPORTED_UTIS: dict[str, tuple[str, list[str]]] = {
    "net.daringfireball.markdown": ("Markdown text", ["public.plain-text"]),
}


class UnknownArticleType(Exception):
    """The import reads a suffix the installers do not know how to register."""


def importable_suffixes(ingest_source: Path = INGEST) -> list[str]:
    """The keys of ``SUPPORTED_SUFFIXES``, read from the import's source without running it."""
    tree = ast.parse(ingest_source.read_text(encoding="utf-8"), filename=str(ingest_source))
    for node in tree.body:
        target = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and target.id == "SUPPORTED_SUFFIXES":
            try:
                table = ast.literal_eval(value)
            except ValueError as exc:
                raise UnknownArticleType(
                    f"{ingest_source}: SUPPORTED_SUFFIXES is no longer a literal dict; "
                    "packaging/file_types.py reads it from the source and needs one"
                ) from exc
            return sorted(str(s).lower() for s in table)
    raise UnknownArticleType(f"{ingest_source}: no SUPPORTED_SUFFIXES found")


def article_types(suffixes: list[str] | None = None) -> dict[str, ArticleType]:
    """suffix -> ArticleType for every importable suffix, in suffix order."""
    wanted = importable_suffixes() if suffixes is None else sorted(suffixes)
    missing = [s for s in wanted if s not in KNOWN_ARTICLE_TYPES]
    if missing:
        raise UnknownArticleType(
            f"the import reads {', '.join(missing)} but packaging/file_types.py does not know "
            "its MIME type and macOS type: add it to KNOWN_ARTICLE_TYPES"
        )
    return {s: KNOWN_ARTICLE_TYPES[s] for s in wanted}


def linux_mime_types(suffixes: list[str] | None = None) -> list[str]:
    """The .desktop file's MimeType list: the project first, then the article types."""
    found = [PROJECT_MIME]
    for kind in article_types(suffixes).values():
        for mime in kind.linux_mimes:
            if mime not in found:
                found.append(mime)
    return found


def desktop_entry_with_mime_types(text: str, suffixes: list[str] | None = None) -> str:
    """``text`` (a .desktop file) with its MimeType line replaced by :func:`linux_mime_types`.
    The line only says Factlane can open these; which app is the default stays the desktop's
    choice (mimeapps.list), which Factlane never writes."""
    line = "MimeType=" + ";".join(linux_mime_types(suffixes)) + ";"
    lines = text.splitlines()
    out: list[str] = []
    in_entry = placed = False
    for current in lines:
        stripped = current.strip()
        if stripped.startswith("["):
            if in_entry and not placed:
                out.append(line)
                placed = True
            in_entry = stripped == "[Desktop Entry]"
        if in_entry and stripped.startswith("MimeType="):
            if not placed:
                out.append(line)
                placed = True
            continue
        out.append(current)
    if in_entry and not placed:
        out.append(line)
    return "\n".join(out) + "\n"


def macos_article_document_types(suffixes: list[str] | None = None) -> list[dict[str, object]]:
    """CFBundleDocumentTypes entries for the articles: Viewer role, rank Alternate, so Factlane
    is listed under Open With but Finder keeps each file's own app as the default. Types with
    a system identifier are named by it; the rest by their extensions, in an entry of their
    own (Finder ignores the extensions of an entry that names types)."""
    entries: dict[tuple[str, bool], dict[str, object]] = {}
    for suffix, kind in article_types(suffixes).items():
        by_type = kind.uti is not None
        entry = entries.setdefault(
            (kind.kind, by_type),
            {
                "CFBundleTypeName": kind.kind,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes" if by_type else "CFBundleTypeExtensions": [],
            },
        )
        names = entry["LSItemContentTypes" if by_type else "CFBundleTypeExtensions"]
        name = kind.uti if kind.uti is not None else suffix.lstrip(".")
        assert isinstance(names, list)
        if name not in names:
            names.append(name)
    return list(entries.values())


def macos_imported_types(suffixes: list[str] | None = None) -> list[dict[str, object]]:
    """UTImportedTypeDeclarations for the article types some macOS versions do not declare."""
    declared: list[dict[str, object]] = []
    kinds = article_types(suffixes)
    for uti, (description, conforms) in IMPORTED_UTIS.items():
        extensions = [s.lstrip(".") for s, k in kinds.items() if k.uti == uti]
        if not extensions:
            continue
        mimes = sorted({k.mime for k in kinds.values() if k.uti == uti})
        declared.append(
            {
                "UTTypeIdentifier": uti,
                "UTTypeDescription": description,
                "UTTypeConformsTo": conforms,
                "UTTypeTagSpecification": {
                    "public.filename-extension": extensions,
                    "public.mime-type": mimes,
                },
            }
        )
    return declared


def add_article_types_to_info_plist(
    info_plist: dict[str, object], suffixes: list[str] | None = None
) -> dict[str, object]:
    """``info_plist`` (the static keys of packaging/macos/Info.plist) with the article types
    added after the project type it declares."""
    merged = dict(info_plist)
    documents = list(merged.get("CFBundleDocumentTypes", []))  # type: ignore[call-overload]
    documents += macos_article_document_types(suffixes)
    merged["CFBundleDocumentTypes"] = documents
    imported = macos_imported_types(suffixes)
    if imported:
        merged["UTImportedTypeDeclarations"] = imported
    return merged


def inno_setup_registry(suffixes: list[str] | None = None) -> str:
    """The [Registry] lines for packaging/windows/factlane.iss: each article suffix lists the
    Factlane.Article class under OpenWithProgids and the app's SupportedTypes, and its own
    default (the suffix key's unnamed value) is never written."""
    lines = [
        "; Written by packaging/file_types.py from desktop.ingest.SUPPORTED_SUFFIXES at build",
        "; time: do not edit. Each article type gets an 'Open with Factlane' entry only.",
        "[Registry]",
    ]
    for suffix in article_types(suffixes):
        lines.append(
            f'Root: HKA; Subkey: "Software\\Classes\\{suffix}\\OpenWithProgids"; '
            f'ValueType: string; ValueName: "{{#ArticleProgId}}"; ValueData: ""; '
            "Flags: uninsdeletevalue"
        )
        lines.append(
            'Root: HKA; Subkey: "Software\\Classes\\Applications\\{#AppExe}\\SupportedTypes"; '
            f'ValueType: string; ValueName: "{suffix}"; ValueData: ""'
        )
    return "\n".join(lines) + "\n"


def write_inno_setup_include(path: Path, suffixes: list[str] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # ISPP reads an include as UTF-8 with a byte-order mark, or as the ANSI code page.
    path.write_text(inno_setup_registry(suffixes), encoding="utf-8-sig")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--iss", type=Path, help="write the Inno Setup include here")
    args = parser.parse_args(argv)
    try:
        kinds = article_types()
    except UnknownArticleType as exc:
        print(f"file_types: {exc}", file=sys.stderr)
        return 1
    if args.iss:
        print(f"file_types: wrote {write_inno_setup_include(args.iss)}")
        return 0
    print(f"{'suffix':<10} {'kind':<20} {'MIME type (Linux)':<28} macOS type")
    print(f"{PROJECT_SUFFIX:<10} {'Factlane project':<20} {PROJECT_MIME:<28} {PROJECT_UTI}")
    for suffix, kind in kinds.items():
        print(f"{suffix:<10} {kind.kind:<20} {kind.mime:<28} {kind.uti or '(extension)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
