"""Linux installers from the PyInstaller onedir: an AppDir (and an AppImage when appimagetool is
on PATH or named by $APPIMAGETOOL), a .deb and a .tar.gz.

    python packaging/linux/build_linux.py --onedir dist/factlane --icons build/icons --out dist

Layout, shared by the AppDir and the .deb (the .deb is the AppDir's usr/ tree):
    usr/lib/factlane/            the onedir: factlane + _internal/
    usr/bin/factlane             -> ../lib/factlane/factlane
    usr/share/applications/      APP_ID.desktop
    usr/share/metainfo/          APP_ID.metainfo.xml
    usr/share/mime/packages/     APP_ID.xml (the .factlane file type)
    usr/share/icons/hicolor/     scalable SVG and PNG sizes, as the app's and the project's icon

Standard library only; uses dpkg-deb, readelf and dpkg -S when present.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_ID = "io.github.factlane.Factlane"
PACKAGE = "factlane"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The project type's icon name: its MIME type with '/' as '-', the shared-mime-info default.
PROJECT_ICON = "application-x-factlane-project"
MAINTAINER = "Factlane developers <factlane@users.noreply.github.com>"

# Libraries the bundle needs from the system that are not on a build machine, so their package
# cannot be asked of dpkg: Qt's xcb platform plugin loads libxcb-cursor at run time (Qt >= 6.5).
KNOWN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb.so.1": "libxcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
}
ALWAYS_DEPENDS = ("libxcb-cursor.so.0",)
# The C library comes as one package, whatever its soname says.
LIBC_SONAMES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libresolv.so.2",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}
# Parts of Qt it can do without: the GTK theme, Wayland (Qt falls back to X11 through
# XWayland), each with the Qt libraries only they load.
OPTIONAL_PLUGIN = re.compile(
    r"plugins/(platformthemes|wayland-[^/]+)/|plugins/platforms/libqwayland"
    r"|libQt6(WaylandClient|WlShellIntegration|WaylandEglClientHwIntegration)"
)


def find_app_file(kind: str) -> Path:
    """resources/ is the UI's; packaging/linux keeps its own copy for when it has none."""
    names = {
        "desktop": [f"{APP_ID}.desktop"],
        "metainfo": [f"{APP_ID}.metainfo.xml", f"{APP_ID}.appdata.xml"],
        "svg": ["factlane.svg", f"{APP_ID}.svg"],
    }[kind]
    for folder in (ROOT / "resources", HERE):
        for name in names:
            if (folder / name).is_file():
                return folder / name
    raise SystemExit(f"build_linux: no {kind} file in resources/ or packaging/linux/")


def _elf_files(top: Path) -> list[Path]:
    found = []
    for path in top.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(onedir: Path) -> dict[str, list[str]]:
    """Sonames the bundle's binaries need that it does not carry, with who needs each."""
    if not shutil.which("readelf"):
        return {}
    carried = {p.name for p in onedir.rglob("*.so*")}
    needs: dict[str, list[str]] = {}
    for elf in _elf_files(onedir):
        out = subprocess.run(
            ["readelf", "-d", str(elf)], capture_output=True, text=True, check=False
        ).stdout
        for soname in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out):
            if soname not in carried:
                needs.setdefault(soname, []).append(str(elf.relative_to(onedir)))
    return needs


def glibc_floor(onedir: Path) -> str | None:
    """The newest GLIBC symbol version any binary asks for: the oldest libc6 it runs on."""
    if not shutil.which("objdump"):
        return None
    newest: tuple[int, ...] = ()
    for elf in _elf_files(onedir):
        out = subprocess.run(
            ["objdump", "-T", str(elf)], capture_output=True, text=True, check=False
        ).stdout
        for version in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out):
            newest = max(newest, tuple(int(v) for v in version.split(".")))
    return ".".join(map(str, newest)) if newest else None


def _package_of(soname: str) -> str | None:
    if soname in KNOWN_PACKAGES:
        return KNOWN_PACKAGES[soname]
    if not shutil.which("dpkg") or not shutil.which("ldconfig"):
        return None
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    match = re.search(rf"^\s*{re.escape(soname)} \([^)]*x86-64[^)]*\) => (\S+)", listing, re.M)
    match = match or re.search(rf"^\s*{re.escape(soname)} .*=> (\S+)", listing, re.M)
    if not match:
        return None
    owner = subprocess.run(
        ["dpkg", "-S", os.path.realpath(match.group(1))], capture_output=True, text=True
    )
    if owner.returncode != 0:
        return None
    return owner.stdout.split(":", 1)[0].strip()


def deb_relations(onedir: Path) -> tuple[list[str], list[str]]:
    needs = system_libraries(onedir)
    for soname in ALWAYS_DEPENDS:
        needs.setdefault(soname, ["plugins/platforms/libqxcb.so"])
    depends: set[str] = set()
    recommends: set[str] = set()
    floor = glibc_floor(onedir)
    depends.add(f"libc6 (>= {floor})" if floor else "libc6")
    for soname, users in sorted(needs.items()):
        if soname in LIBC_SONAMES:
            continue
        package = _package_of(soname)
        if package is None:
            print(f"build_linux: no package known for {soname} (needed by {users[0]})")
            continue
        optional = all(OPTIONAL_PLUGIN.search(u.replace(os.sep, "/")) for u in users)
        (recommends if optional else depends).add(package)
    recommends -= {d.split(" ")[0] for d in depends}
    return sorted(depends), sorted(recommends)


def _copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


def _file_types() -> ModuleType:
    """packaging/file_types.py, by path (``packaging`` is a PyPI package's name too)."""
    spec = importlib.util.spec_from_file_location(
        "factlane_file_types", HERE.parent / "file_types.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_desktop_entry(source: Path, dest: Path) -> None:
    """The .desktop file with its MimeType list made from the import's suffixes as they are
    now, so that every article type it reads is offered in "Open With"."""
    text = _file_types().desktop_entry_with_mime_types(source.read_text(encoding="utf-8"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")


def make_appdir(onedir: Path, icons: Path, appdir: Path) -> None:
    if appdir.exists():
        shutil.rmtree(appdir)
    usr = appdir / "usr"
    shutil.copytree(onedir, usr / "lib" / PACKAGE, symlinks=True)
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / PACKAGE).symlink_to(f"../lib/{PACKAGE}/{PACKAGE}")
    share = usr / "share"
    desktop, metainfo, svg = (
        find_app_file("desktop"),
        find_app_file("metainfo"),
        find_app_file("svg"),
    )
    write_desktop_entry(desktop, share / "applications" / f"{APP_ID}.desktop")
    _copy(metainfo, share / "metainfo" / f"{APP_ID}.metainfo.xml")
    _copy(HERE / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    hicolor = share / "icons" / "hicolor"
    _copy(svg, hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    # A project file's icon, under the name file managers look up for its MIME type.
    _copy(svg, hicolor / "scalable" / "mimetypes" / f"{PROJECT_ICON}.svg")
    for size in PNG_SIZES:
        png = icons / f"factlane-{size}.png"
        if png.exists():
            _copy(png, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
            _copy(png, hicolor / f"{size}x{size}" / "mimetypes" / f"{PROJECT_ICON}.png")
    # What the AppImage runtime and appimagetool look for at the top of the AppDir.
    write_desktop_entry(desktop, appdir / f"{APP_ID}.desktop")
    _copy(svg, appdir / f"{APP_ID}.svg")
    if (icons / "factlane-256.png").exists():
        _copy(icons / "factlane-256.png", appdir / ".DirIcon")
    apprun = appdir / "AppRun"
    apprun.write_text(
        "#!/bin/sh\n"
        "# The AppImage runtime sets APPDIR; run from an unpacked AppDir, find it from here.\n"
        'HERE="${APPDIR:-$(dirname "$(readlink -f "$0")")}"\n'
        f'exec "$HERE/usr/lib/{PACKAGE}/{PACKAGE}" "$@"\n',
        encoding="utf-8",
    )
    apprun.chmod(0o755)


def make_deb(appdir: Path, version: str, out: Path) -> Path | None:
    if not shutil.which("dpkg-deb"):
        print("build_linux: dpkg-deb not found; no .deb")
        return None
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    staging = out / f"deb-{PACKAGE}"
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(appdir / "usr", staging / "usr", symlinks=True)
    depends, recommends = deb_relations(staging / "usr" / "lib" / PACKAGE)
    size_kib = (
        sum(p.stat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink())
        // 1024
    )
    control = [
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {arch}",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {size_kib}",
        f"Depends: {', '.join(depends)}",
    ]
    if recommends:
        control.append(f"Recommends: {', '.join(recommends)}")
    control += [
        "Section: utils",
        "Priority: optional",
        "Description: follow a news story across sources",
        " Factlane dates the facts each article reports, shows them on a timeline with one",
        " lane per source, and flags figures on which sources contradict or update each",
        " other. The command line (factlane --help) does the same work in batch.",
        "",
    ]
    (staging / "DEBIAN").mkdir()
    (staging / "DEBIAN" / "control").write_text("\n".join(control), encoding="utf-8")
    # Directories 755 and files 644 (755 for executables), whatever the build's umask was.
    for path in staging.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    deb = out / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(deb)],
        check=True,
    )
    shutil.rmtree(staging)
    return deb


def make_tarball(appdir: Path, version: str, out: Path) -> Path:
    machine = os.uname().machine
    name = f"{PACKAGE}-{version}-linux-{machine}"
    tar_path = out / f"{name}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tar_path, "w:gz") as tar:
        # The same tree as the AppDir, so unpacking it under ~/.local or /opt and linking
        # usr/bin/factlane into PATH gives a working install with its menu entry files.
        tar.add(appdir, arcname=name, filter=owned_by_root)
    return tar_path


def make_appimage(appdir: Path, version: str, out: Path) -> Path | None:
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if not tool:
        print(
            "build_linux: appimagetool not found (set APPIMAGETOOL or put it on PATH); no AppImage"
        )
        return None
    image = out / f"Factlane-{version}-{os.uname().machine}.AppImage"
    env = dict(os.environ, ARCH=os.uname().machine, VERSION=version)
    subprocess.run([tool, "--no-appstream", str(appdir), str(image)], check=True, env=env)
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--onedir", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=None)
    args = parser.parse_args(argv)
    if not (args.onedir / PACKAGE).is_file():
        print(f"build_linux: {args.onedir}/{PACKAGE} not found; run PyInstaller first")
        return 2
    version = args.version
    if version is None:
        sys.path.insert(0, str(ROOT))
        from desktop import __version__ as version
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    appdir = args.out / "Factlane.AppDir"
    make_appdir(args.onedir, args.icons, appdir)
    made = [appdir]
    for step in (make_tarball, make_deb, make_appimage):
        step_started = time.perf_counter()
        made.append(step(appdir, version, args.out))
        print(f"build_linux: {step.__name__} took {time.perf_counter() - step_started:.1f}s")
    for item in made:
        if item is None:
            continue
        size = (
            sum(p.stat().st_size for p in item.rglob("*") if p.is_file() and not p.is_symlink())
            if item.is_dir()
            else item.stat().st_size
        )
        print(f"build_linux: {item}  {size / 1e6:.1f} MB")
    print(f"build_linux: done in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
