"""Fast checks of the installer recipes: nothing here runs PyInstaller or an installer tool.

They catch the recipe drifting from the code: a data folder moved, a Qt module used but left
out of the bundle, the .factlane type declared differently on one system, a broken .desktop file.
"""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "factlane.spec"
APP_ID = "io.github.factlane.Factlane"
MIME_TYPE = "application/x-factlane-project"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _spec_constants() -> dict[str, object]:
    """The spec's top-level constants that are plain literals, read without running it."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return found


# --- PyInstaller spec ----------------------------------------------------------------------


def test_spec_is_python_and_names_the_data_folders_that_exist() -> None:
    constants = _spec_constants()
    for name in ("SEEDS", "MIGRATIONS", "RESOURCES"):
        source, dest = constants[name]  # type: ignore[misc]
        assert (REPO / source).is_dir(), f"{name}: {source}/ is not in the checkout"
        # The frozen layout keeps each folder where the code looks for it in a checkout.
        assert source == dest
    assert constants["APP_ID"] == APP_ID
    migrations = REPO / constants["MIGRATIONS"][0]  # type: ignore[index]
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0*.py")), "no migration scripts"
    assert any(p.suffix in {".txt", ".html", ".md"} for p in (REPO / "seeds").iterdir())


def test_spec_bundles_the_third_party_data_read_at_run_time() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for call in (
        'collect_data_files("dateparser")',
        'collect_submodules("dateparser.data")',
        'collect_data_files("trafilatura")',
        'collect_data_files("justext")',
    ):
        assert call in text, call
    assert "desktop" in text and '"__main__.py"' in text


def test_spec_keeps_every_qt_module_the_code_imports() -> None:
    constants = _spec_constants()
    used = set(constants["QT_MODULES_USED"])  # type: ignore[call-overload]
    unused = set(constants["QT_MODULES_UNUSED"])  # type: ignore[call-overload]
    assert not used & unused
    imported: set[str] = set()
    for path in (REPO / "desktop").rglob("*.py"):
        imported.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "no Qt import found: the scan is broken"
    assert not imported & unused, f"used but excluded from the bundle: {imported & unused}"
    assert imported <= used, f"imported but not listed as used: {imported - used}"


# --- Windows --------------------------------------------------------------------------------


def test_inno_setup_registers_the_project_type_and_a_start_menu_entry() -> None:
    iss = (PACKAGING / "windows" / "factlane.iss").read_text(encoding="utf-8")
    sections = set(re.findall(r"^\[(\w+)\]", iss, re.M))
    assert {"Setup", "Files", "Icons", "Registry", "Code"} <= sections
    assert re.search(r'Subkey: "Software\\Classes\\\.factlane"', iss)
    assert re.search(r'ValueData: """\{app\}\\\{#AppExe\}"" ""%1"""', iss)
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', iss, re.M)
    assert "ChangesAssociations=yes" in iss
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}", iss, re.M), "AppId must stay a fixed GUID"
    # The executable the shortcut and the association start is the windowed one the spec builds.
    assert '#define AppExe "factlane-app.exe"' in iss
    assert 'name="factlane-app"' in SPEC.read_text(encoding="utf-8")
    # Every function a Check: names is defined in the [Code] section.
    code = iss.split("[Code]", 1)[1]
    for name in set(re.findall(r"Check: .*?(\w+)\(", iss)):
        assert re.search(rf"^function {name}\(", code, re.M), name


# --- macOS ----------------------------------------------------------------------------------


def test_info_plist_declares_the_factlane_document_type() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        info = plistlib.load(fh)
    [document] = info["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["factlane"]
    [exported] = info["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["factlane"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    # The document icon is the one packaging/icons.py writes and the spec hands to BUNDLE.
    assert document["CFBundleTypeIconFile"] == "factlane.icns"


def test_dmg_script_is_valid_bash() -> None:
    script = PACKAGING / "macos" / "build_dmg.sh"
    bash = shutil.which("bash")
    assert bash is not None
    subprocess.run([bash, "-n", str(script)], check=True)


# --- Linux ----------------------------------------------------------------------------------

# Keys of the Desktop Entry Specification 1.5 for Type=Application.
DESKTOP_KEYS = {
    "Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden",
    "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal",
    "Actions", "MimeType", "Categories", "Implements", "Keywords", "StartupNotify",
    "StartupWMClass", "PrefersNonDefaultGPU", "SingleMainWindow",
}  # fmt: skip
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
    "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip
BOOLEAN_KEYS = {"NoDisplay", "Hidden", "DBusActivatable", "Terminal", "StartupNotify"}
LIST_KEYS = {"MimeType", "Categories", "Keywords", "OnlyShowIn", "NotShowIn", "Actions"}


def _desktop_files() -> list[Path]:
    files = [PACKAGING / "linux" / f"{APP_ID}.desktop"]
    if (REPO / "resources" / f"{APP_ID}.desktop").exists():
        files.append(REPO / "resources" / f"{APP_ID}.desktop")
    return files


def validate_desktop_entry(text: str) -> list[str]:
    """Problems desktop-file-validate would report for the keys we use (empty: valid)."""
    problems: list[str] = []
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines or lines[0] != "[Desktop Entry]":
        return ["the first group must be [Desktop Entry]"]
    entry: dict[str, str] = {}
    for line in lines[1:]:
        if line.startswith("["):
            break
        if "=" not in line:
            problems.append(f"not a key=value line: {line!r}")
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        base = key.split("[", 1)[0]
        if base not in DESKTOP_KEYS and not base.startswith("X-"):
            problems.append(f"unknown key {key}")
        if key in entry:
            problems.append(f"duplicate key {key}")
        entry[key] = value
    for key in ("Type", "Name", "Exec"):
        if key not in entry:
            problems.append(f"missing {key}")
    if entry.get("Type") != "Application":
        problems.append("Type must be Application")
    for key in BOOLEAN_KEYS & entry.keys():
        if entry[key] not in {"true", "false"}:
            problems.append(f"{key} must be true or false")
    for key in LIST_KEYS & entry.keys():
        if not entry[key].endswith(";"):
            problems.append(f"{key} must end with ';'")
    categories = [c for c in entry.get("Categories", "").split(";") if c]
    if not MAIN_CATEGORIES & set(categories):
        problems.append("Categories has no registered main category")
    for code in re.findall(r"%(.)", entry.get("Exec", "")):
        if code not in "fFuUick%":
            problems.append(f"Exec has an unknown field code %{code}")
    if len(re.findall(r"%[fFuU]", entry.get("Exec", ""))) > 1:
        problems.append("Exec may take files or URLs once")
    return problems


@pytest.mark.parametrize("path", _desktop_files(), ids=lambda p: p.parent.name)
def test_desktop_file_validates(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert validate_desktop_entry(text) == []
    assert re.search(rf"^Icon={re.escape(APP_ID)}$", text, re.M)
    assert re.search(r"^Exec=factlane( |$)", text, re.M), "Exec must start the installed command"
    mime = re.search(r"^MimeType=(.*)$", text, re.M)
    assert mime is not None and MIME_TYPE in mime.group(1).split(";")


def test_desktop_validator_finds_mistakes() -> None:
    good = "[Desktop Entry]\nType=Application\nName=F\nExec=f %F\nCategories=Office;\n"
    assert validate_desktop_entry(good) == []
    assert validate_desktop_entry(good.replace("Office;", "Office")) == [
        "Categories must end with ';'"
    ]
    assert "unknown key Colour" in validate_desktop_entry(good + "Colour=red\n")
    assert "Exec has an unknown field code %x" in validate_desktop_entry(good.replace("%F", "%x"))
    assert "missing Exec" in validate_desktop_entry(good.replace("Exec=f %F\n", ""))


def test_metainfo_names_the_app_its_desktop_file_and_command() -> None:
    for folder in (PACKAGING / "linux", REPO / "resources"):
        path = folder / f"{APP_ID}.metainfo.xml"
        if not path.exists():
            continue
        root = ET.parse(path).getroot()
        assert root.tag == "component" and root.get("type") == "desktop-application"
        assert root.findtext("id") == APP_ID
        assert root.findtext("launchable") == f"{APP_ID}.desktop"
        assert root.findtext("provides/binary") == "factlane"
        assert root.findtext("metadata_license")
        assert root.find("releases/release") is not None


def test_mime_type_matches_the_project_file_header() -> None:
    from desktop.storage.project import APPLICATION_ID

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == MIME_TYPE
    glob = mime.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.factlane"
    inner = mime.find("m:magic/m:match/m:match", ns)
    assert inner is not None and inner.get("type") == "big32" and inner.get("offset") == "68"
    assert int(inner.get("value", ""), 16) == APPLICATION_ID


def _fake_onedir(tmp_path: Path) -> Path:
    onedir = tmp_path / "factlane"
    (onedir / "_internal").mkdir(parents=True)
    exe = onedir / "factlane"
    exe.write_text('#!/bin/sh\necho "frozen factlane $*"\n', encoding="utf-8")
    exe.chmod(0o755)
    (onedir / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    return onedir


def _fake_icons(tmp_path: Path) -> Path:
    icons = tmp_path / "icons"
    icons.mkdir()
    for size in (16, 256):
        (icons / f"factlane-{size}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    return icons


def test_appdir_layout_and_launcher(tmp_path: Path) -> None:
    linux = _load(PACKAGING / "linux" / "build_linux.py")
    appdir = tmp_path / "Factlane.AppDir"
    linux.make_appdir(_fake_onedir(tmp_path), _fake_icons(tmp_path), appdir)
    usr = appdir / "usr"
    assert (usr / "bin" / "factlane").is_symlink()
    assert (usr / "bin" / "factlane").resolve() == (usr / "lib" / "factlane" / "factlane")
    for rel in (
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/mime/packages/{APP_ID}.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"share/icons/hicolor/256x256/apps/{APP_ID}.png",
        "lib/factlane/_internal/data.txt",
    ):
        assert (usr / rel).is_file(), rel
    assert (appdir / f"{APP_ID}.desktop").is_file() and (appdir / ".DirIcon").is_file()
    out = subprocess.run(
        [str(appdir / "AppRun"), "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "frozen factlane --version"


def test_deb_lists_sensible_paths(tmp_path: Path) -> None:
    linux = _load(PACKAGING / "linux" / "build_linux.py")
    appdir = tmp_path / "Factlane.AppDir"
    linux.make_appdir(_fake_onedir(tmp_path), _fake_icons(tmp_path), appdir)
    deb = linux.make_deb(appdir, "9.8.7", tmp_path)
    if shutil.which("dpkg-deb") is None:
        assert deb is None
        return
    assert deb is not None and deb.name.startswith("factlane_9.8.7_")
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[5] for line in listing.splitlines()}
    assert "./usr/lib/factlane/factlane" in paths
    assert f"./usr/share/applications/{APP_ID}.desktop" in paths
    assert all(p.startswith("./usr/") or p == "./" for p in paths), paths
    assert "root/root" in listing and "-rwxr-xr-x" in listing
    control = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: factlane" in control and "Version: 9.8.7" in control
    assert "libxcb-cursor0" in control  # Qt's X11 plugin loads it at run time


def test_optional_qt_parts_are_only_recommended() -> None:
    linux = _load(PACKAGING / "linux" / "build_linux.py")
    assert linux.OPTIONAL_PLUGIN.search("_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert linux.OPTIONAL_PLUGIN.search("_internal/PySide6/Qt/plugins/platforms/libqwayland.so")
    assert linux.OPTIONAL_PLUGIN.search("_internal/libQt6WaylandClient.so.6")
    assert not linux.OPTIONAL_PLUGIN.search("_internal/PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not linux.OPTIONAL_PLUGIN.search("_internal/libQt6Gui.so.6")


# --- icons and the release workflow ---------------------------------------------------------


def test_ico_and_icns_containers_hold_the_pngs(tmp_path: Path) -> None:
    icons = _load(PACKAGING / "icons.py")
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * size for size in icons.PNG_SIZES}
    icons.write_ico(pngs, tmp_path / "a.ico")
    data = (tmp_path / "a.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i, size in enumerate(icons.ICO_SIZES):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert width == (0 if size == 256 else size)
        assert data[offset : offset + length] == pngs[size]
    icons.write_icns(pngs, tmp_path / "a.icns")
    data = (tmp_path / "a.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, seen = 8, []
    while pos < len(data):
        code, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        seen.append(code)
        pos += length
    assert pos == len(data) and seen == [code for code, _ in icons.ICNS_ENTRIES]


def test_release_workflow_builds_on_three_systems_from_the_lock() -> None:
    text = (PACKAGING / "ci" / "release.yml").read_text(encoding="utf-8")
    matrix = re.search(r"os: \[(.*)\]", text)
    assert matrix is not None
    assert {s.strip() for s in matrix.group(1).split(",")} == {
        "ubuntu-latest",
        "windows-latest",
        "macos-latest",
    }
    assert "python packaging/build.py" in text and "requirements.lock" in text
    for artifact in ("*.deb", "*-setup.exe", "*.dmg"):
        assert f"dist/{artifact}" in text
    assert "\t" not in text, "YAML must be indented with spaces"
