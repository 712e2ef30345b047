"""The installers offer Factlane for every article type the import reads, as an alternative
that never takes over a file's default, and own the .factlane project type.

The lists are made at build time from desktop.ingest.SUPPORTED_SUFFIXES; these tests check that
what each system receives agrees with that list, and that a suffix the installers cannot name
stops the build instead of going missing."""

from __future__ import annotations

import importlib.util
import plistlib
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.test_packaging import (
    _fake_icons,
    _fake_onedir,
    _load,
    validate_desktop_entry,
)

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = "io.github.factlane.Factlane"


@pytest.fixture(scope="module")
def file_types() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "factlane_file_types", PACKAGING / "file_types.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def importable() -> list[str]:
    from desktop.ingest import SUPPORTED_SUFFIXES

    return sorted(SUPPORTED_SUFFIXES)


def test_the_list_read_from_the_source_is_the_one_the_import_uses(file_types: ModuleType) -> None:
    assert file_types.importable_suffixes() == importable()


def test_every_importable_suffix_has_a_name_on_every_system(file_types: ModuleType) -> None:
    kinds = file_types.article_types()
    assert sorted(kinds) == importable()
    for suffix, kind in kinds.items():
        assert re.fullmatch(r"[a-z]+/[-+.\w]+", kind.mime), suffix
        assert kind.kind, suffix


def test_a_suffix_the_installers_cannot_name_stops_the_build(file_types: ModuleType) -> None:
    with pytest.raises(file_types.UnknownArticleType, match=r"\.weird.*KNOWN_ARTICLE_TYPES"):
        file_types.article_types([".txt", ".weird"])


def test_a_list_that_is_no_longer_a_literal_is_refused_clearly(
    file_types: ModuleType, tmp_path: Path
) -> None:
    source = tmp_path / "ingest.py"
    source.write_text("SUPPORTED_SUFFIXES = dict(_readers())\n", encoding="utf-8")
    with pytest.raises(file_types.UnknownArticleType, match="literal dict"):
        file_types.importable_suffixes(source)


# -- macOS -------------------------------------------------------------------------------------


def _info_plist(file_types: ModuleType, suffixes: list[str] | None = None) -> dict[str, object]:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        static = plistlib.load(fh)
    merged: dict[str, object] = file_types.add_article_types_to_info_plist(static, suffixes)
    # What BUNDLE writes must be a valid property list.
    plistlib.loads(plistlib.dumps(merged))
    return merged


def _covered_on_macos(
    file_types: ModuleType, documents: list[dict[str, object]], suffix: str
) -> dict[str, object]:
    kind = file_types.KNOWN_ARTICLE_TYPES[suffix]
    for entry in documents:
        if kind.uti is not None and kind.uti in entry.get("LSItemContentTypes", []):  # type: ignore[operator]
            return entry
        if suffix.lstrip(".") in entry.get("CFBundleTypeExtensions", []):  # type: ignore[operator]
            return entry
    raise AssertionError(f"{suffix} is not offered on macOS")


@pytest.mark.parametrize("extra", [[], [".pdf", ".docx"]], ids=["today", "with pdf and docx"])
def test_macos_offers_every_article_type_as_an_alternate_and_owns_projects(
    file_types: ModuleType, extra: list[str]
) -> None:
    suffixes = importable() + extra
    info = _info_plist(file_types, suffixes)
    documents = info["CFBundleDocumentTypes"]
    assert isinstance(documents, list)
    project, *articles = documents
    assert project["LSHandlerRank"] == "Owner" and project["CFBundleTypeRole"] == "Editor"
    assert project["CFBundleTypeIconFile"] == "factlane.icns"
    assert project["LSItemContentTypes"] == ["io.github.factlane.project"]
    for suffix in suffixes:
        entry = _covered_on_macos(file_types, articles, suffix)
        assert entry["LSHandlerRank"] == "Alternate", suffix
        assert entry["CFBundleTypeRole"] == "Viewer", suffix
    for entry in articles:
        # Finder ignores the extensions of an entry that names types.
        assert not ("LSItemContentTypes" in entry and "CFBundleTypeExtensions" in entry)
        assert "factlane" not in entry.get("CFBundleTypeExtensions", [])


def test_markdown_is_declared_for_macos_versions_that_do_not_know_it(
    file_types: ModuleType,
) -> None:
    info = _info_plist(file_types)
    [markdown] = info["UTImportedTypeDeclarations"]  # type: ignore[misc]
    assert markdown["UTTypeIdentifier"] == "net.daringfireball.markdown"
    assert sorted(markdown["UTTypeTagSpecification"]["public.filename-extension"]) == [
        "markdown",
        "md",
    ]


def test_the_spec_adds_the_article_types_to_the_bundle() -> None:
    spec = (PACKAGING / "factlane.spec").read_text(encoding="utf-8")
    assert "add_article_types_to_info_plist(info_plist)" in spec
    assert re.search(r"info_plist=info_plist", spec)


# -- Windows -----------------------------------------------------------------------------------


@pytest.mark.parametrize("extra", [[], [".pdf", ".docx"]], ids=["today", "with pdf and docx"])
def test_windows_offers_open_with_for_every_article_type_and_sets_no_default(
    file_types: ModuleType, extra: list[str]
) -> None:
    suffixes = importable() + extra
    include = file_types.inno_setup_registry(suffixes)
    assert include.splitlines()[2] == "[Registry]"
    for suffix in suffixes:
        key = re.escape(f"Software\\Classes\\{suffix}\\OpenWithProgids")
        assert re.search(rf'Subkey: "{key}";.*ValueName: "\{{#ArticleProgId\}}"', include), suffix
        assert re.search(rf'SupportedTypes";.*ValueName: "{re.escape(suffix)}"', include), suffix
    # The suffix key itself (whose unnamed value is the default program) is never written.
    for line in include.splitlines():
        subkey = re.search(r'Subkey: "([^"]+)"', line)
        if subkey is not None:
            assert not re.fullmatch(r"Software\\Classes\\\.\w+", subkey.group(1)), line


def test_the_installer_script_includes_the_article_types_and_defines_what_they_use(
    file_types: ModuleType,
) -> None:
    iss = (PACKAGING / "windows" / "factlane.iss").read_text(encoding="utf-8")
    assert re.search(r"^#include ArticleTypes$", iss, re.M)
    defined = set(re.findall(r"^\s*#define (\w+)", iss, re.M))
    used = set(re.findall(r"\{#(\w+)\}", file_types.inno_setup_registry()))
    assert used and used <= defined, used - defined
    # The class the entries point to opens the file with the windowed app.
    assert re.search(
        r'Subkey: "Software\\Classes\\\{#ArticleProgId\}\\shell\\open\\command";'
        r'.*ValueData: """\{app\}\\\{#AppExe\}"" ""%1"""',
        iss,
    )
    # The project stays Factlane's own type, with the app's icon.
    assert re.search(r'Subkey: "Software\\Classes\\\.factlane"; .*ValueData: "\{#ProgId\}"', iss)
    assert re.search(r'Subkey: "Software\\Classes\\\{#ProgId\}\\DefaultIcon"', iss)
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert 'f"/DArticleTypes={article_types}"' in build


def test_the_build_writes_the_include_as_utf8(file_types: ModuleType, tmp_path: Path) -> None:
    build = _load(PACKAGING / "build.py")
    written = build.write_article_types_include(tmp_path / "windows" / "article_types.iss")
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == file_types.inno_setup_registry()


# -- Linux -------------------------------------------------------------------------------------


def test_the_installed_desktop_file_offers_every_article_type(tmp_path: Path) -> None:
    from desktop.ingest import SUPPORTED_SUFFIXES

    linux = _load(PACKAGING / "linux" / "build_linux.py")
    kinds = linux._file_types().KNOWN_ARTICLE_TYPES
    appdir = tmp_path / "Factlane.AppDir"
    linux.make_appdir(_fake_onedir(tmp_path), _fake_icons(tmp_path), appdir)
    for desktop in (
        appdir / "usr" / "share" / "applications" / f"{APP_ID}.desktop",
        appdir / f"{APP_ID}.desktop",
    ):
        text = desktop.read_text(encoding="utf-8")
        assert validate_desktop_entry(text) == []
        [line] = re.findall(r"^MimeType=(.*)$", text, re.M)
        offered = line.rstrip(";").split(";")
        assert offered[0] == "application/x-factlane-project"
        assert {kinds[s].mime for s in SUPPORTED_SUFFIXES} <= set(offered)
    # Offering is not claiming: no mimeapps.list makes Factlane any type's default.
    assert not list(appdir.rglob("mimeapps.list")) and not list(appdir.rglob("defaults.list"))
    hicolor = appdir / "usr" / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "mimetypes" / "application-x-factlane-project.svg").is_file()
    assert (hicolor / "256x256" / "mimetypes" / "application-x-factlane-project.png").is_file()


def test_the_mime_type_line_is_replaced_or_added_in_the_entry_group_only(
    file_types: ModuleType,
) -> None:
    entry = "[Desktop Entry]\nType=Application\nName=F\nExec=f %F\nCategories=Office;\n"
    action = "[Desktop Action New]\nName=New\nExec=f --new\n"
    suffixes = [".txt", ".html"]
    expected = "MimeType=application/x-factlane-project;text/html;text/plain;"
    added = file_types.desktop_entry_with_mime_types(entry + action, suffixes)
    assert added.count("MimeType=") == 1
    assert added.index(expected) < added.index("[Desktop Action New]")
    replaced = file_types.desktop_entry_with_mime_types(
        entry + "MimeType=text/plain;\n" + action, suffixes
    )
    assert replaced == added


@pytest.mark.parametrize("folder", ["resources", "packaging/linux"])
def test_the_generated_desktop_file_is_the_one_in_the_source_tree(
    file_types: ModuleType, folder: str
) -> None:
    # What the build installs (resources/'s entry with its MimeType line made from the
    # import's suffixes) is the very file in the tree: the two cannot drift apart again.
    source = Path(__file__).resolve().parents[2] / folder / f"{APP_ID}.desktop"
    text = source.read_text(encoding="utf-8")
    assert file_types.desktop_entry_with_mime_types(text) == text


def test_feeds_are_offered_by_their_own_types_never_as_any_xml(file_types: ModuleType) -> None:
    offered = file_types.linux_mime_types()
    assert "application/rss+xml" in offered and "application/atom+xml" in offered
    # application/xml would put Factlane in "Open With" for every XML file on the machine.
    assert "application/xml" not in offered and "text/xml" not in offered
    assert "application/xml" not in file_types.linux_mime_types([".xml"])
