"""Build Factlane's installer for the system this runs on, from requirements.lock.

    python3 packaging/build.py            # venv, icons, PyInstaller, smoke test, installer
    python3 packaging/build.py --help

1. a build venv (default build/pkgvenv) with requirements.lock + packaging/requirements-build.txt,
   reinstalled only when those files change;
2. the app icon rendered to PNG sizes, .ico and .icns (packaging/icons.py);
3. PyInstaller over packaging/factlane.spec -> dist/factlane/ (and dist/Factlane.app on macOS);
4. packaging/smoke_test.py on the frozen executable;
5. the installer: Linux AppDir + .deb + .tar.gz (+ AppImage with appimagetool), Windows
   Inno Setup (ISCC.exe), macOS .dmg (hdiutil).

Standard library only: any Python 3.11+ runs it, on any of the three systems.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
IS_WINDOWS = sys.platform == "win32"
IS_MACOS = sys.platform == "darwin"


def _say(message: str) -> None:
    print(f"build: {message}", flush=True)


def _run(cmd: list[str], **kwargs: object) -> None:
    _say(" ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")


def ensure_venv(venv: Path, base_python: str) -> Path:
    locks = [ROOT / "requirements.lock", PACKAGING / "requirements-build.txt"]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in locks)).hexdigest()
    stamp = venv / ".factlane-build-stamp"
    python = _venv_python(venv)
    if python.exists() and stamp.exists() and stamp.read_text().strip() == digest:
        return python
    if not python.exists():
        _run([base_python, "-m", "venv", venv])
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    _run([*pip, "-r", locks[0], "-r", locks[1]])
    stamp.write_text(digest)
    return python


def app_icon_svg() -> Path:
    for candidate in (
        ROOT / "resources" / "factlane.svg",
        PACKAGING / "linux" / "io.github.factlane.Factlane.svg",
    ):
        if candidate.is_file():
            return candidate
    raise SystemExit("build: no app icon SVG in resources/ or packaging/linux/")


def app_version() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def write_windows_version_file(version: str, path: Path) -> None:
    """The version resource that Explorer's Properties and the installer's checks read."""
    parts = [int(p) for p in version.split(".")[:4] if p.isdigit()]
    numbers = tuple([*parts, 0, 0, 0, 0][:4])
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Factlane'),
      StringStruct('FileDescription', 'Factlane'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'factlane'),
      StringStruct('OriginalFilename', 'factlane.exe'),
      StringStruct('ProductName', 'Factlane'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def write_article_types_include(path: Path) -> Path:
    """The Inno Setup [Registry] lines that offer Factlane for each article type."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "factlane_file_types", PACKAGING / "file_types.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    written: Path = module.write_inno_setup_include(path)
    return written


def frozen_executable(dist: Path) -> Path:
    if IS_MACOS:
        return dist / "Factlane.app" / "Contents" / "MacOS" / "factlane"
    return dist / "factlane" / ("factlane.exe" if IS_WINDOWS else "factlane")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_installer(dist: Path, icons: Path, version: str) -> None:
    if IS_WINDOWS:
        iscc = os.environ.get("ISCC") or shutil.which("iscc")
        for guess in (
            Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")) / "Inno Setup 6",
            Path(os.environ.get("PROGRAMFILES", "C:/Program Files")) / "Inno Setup 6",
        ):
            if not iscc and (guess / "ISCC.exe").exists():
                iscc = str(guess / "ISCC.exe")
        if not iscc:
            raise SystemExit("build: Inno Setup's ISCC.exe not found (set ISCC or install it)")
        # The article types, from the import's list of suffixes as it is now.
        article_types = write_article_types_include(
            ROOT / "build" / "windows" / "article_types.iss"
        )
        _run(
            [
                iscc,
                f"/DAppVersion={version}",
                f"/DArticleTypes={article_types}",
                f"/DSourceDir={dist / 'factlane'}",
                f"/DIconFile={icons / 'factlane.ico'}",
                f"/O{dist}",
                PACKAGING / "windows" / "factlane.iss",
            ]
        )
    elif IS_MACOS:
        _run(["bash", PACKAGING / "macos" / "build_dmg.sh", dist / "Factlane.app", dist, version])
    else:
        _run(
            [
                sys.executable,
                PACKAGING / "linux" / "build_linux.py",
                "--onedir",
                dist / "factlane",
                "--icons",
                icons,
                "--out",
                dist,
                "--version",
                version,
            ]
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--venv", type=Path, default=Path(os.environ.get("PKG_VENV", ROOT / "build" / "pkgvenv"))
    )
    parser.add_argument("--python", default=sys.executable, help="Python that makes the venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-smoke", action="store_true", help="skip the frozen smoke test")
    parser.add_argument("--no-installer", action="store_true", help="stop after PyInstaller")
    args = parser.parse_args(argv)

    timings: dict[str, float] = {}
    started = time.perf_counter()
    python = ensure_venv(args.venv.resolve(), args.python)
    timings["venv"] = time.perf_counter() - started

    build = ROOT / "build"
    icons = build / "icons"
    step = time.perf_counter()
    _run([python, PACKAGING / "icons.py", "--svg", app_icon_svg(), "--out", icons])
    version = app_version()
    if IS_WINDOWS:
        write_windows_version_file(version, build / "windows_version.txt")
    timings["icons"] = time.perf_counter() - step

    step = time.perf_counter()
    _run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            args.dist,
            "--workpath",
            build / "pyinstaller",
            PACKAGING / "factlane.spec",
        ],
        cwd=ROOT,
    )
    timings["pyinstaller"] = time.perf_counter() - step
    onedir = args.dist / ("Factlane.app" if IS_MACOS else "factlane")
    _say(f"bundle {onedir}: {folder_size(onedir) / 1e6:.1f} MB")

    if not args.no_smoke:
        step = time.perf_counter()
        _run(
            [
                python,
                PACKAGING / "smoke_test.py",
                frozen_executable(args.dist),
                "--source-python",
                python,
            ]
        )
        timings["smoke test"] = time.perf_counter() - step

    if not args.no_installer:
        step = time.perf_counter()
        build_installer(args.dist, icons, version)
        timings["installer"] = time.perf_counter() - step

    timings["total"] = time.perf_counter() - started
    _say("times: " + ", ".join(f"{k} {v:.0f}s" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
