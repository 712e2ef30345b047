"""Run a frozen Factlane the way a user would and check what it prints.

    python packaging/smoke_test.py dist/factlane/factlane [--source-python .venv/bin/python]

Each check exercises something the bundle must carry: `extract` on a text file needs the
extraction engines; `import` of the sample articles needs the Alembic migrations (the project
file is created through them), trafilatura's settings and data and dateparser's language data
(HTML pages go through trafilatura, which dates pages with htmldate and dateparser); `gui
--screenshot` needs the Qt platform, image and SVG plugins. With --source-python, the frozen
output of `extract` is compared with the same code run from source: a bundle that silently lost
data would give different answers.

Standard library only, so any Python runs it on any of the three systems.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


class SmokeFailure(Exception):
    pass


def _run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 180) -> str:
    started = time.perf_counter()
    done = subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout
    )
    took = time.perf_counter() - started
    shown = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))
    print(f"  {took:6.2f}s  {shown}")
    if done.returncode != 0:
        raise SmokeFailure(
            f"{shown} exited {done.returncode}\n--- stdout\n{done.stdout[-3000:]}\n"
            f"--- stderr\n{done.stderr[-3000:]}"
        )
    return done.stdout


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def check(binary: Path, seeds: Path, work: Path, source_python: str | None) -> list[str]:
    facts_seen: list[str] = []
    exe = [str(binary)]
    samples = sorted(p for p in seeds.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES)
    if not samples:
        raise SmokeFailure(f"no sample articles in {seeds}")

    out = _run([*exe, "--help"])
    if "extract" not in out or "import" not in out:
        raise SmokeFailure("--help does not list the sub-commands")
    out = _run([*exe, "--version"])
    facts_seen.append(f"version: {out.strip()}")

    first_text = next(p for p in samples if p.suffix == ".txt")
    doc = json.loads(_run([*exe, "extract", str(first_text), "--json"]))
    for key in ("article", "text", "timexes", "facts", "figures"):
        if key not in doc:
            raise SmokeFailure(f"extract --json has no {key!r}")
    if not doc["timexes"] or not doc["figures"]:
        raise SmokeFailure(f"extract found no time expressions or no figures in {first_text.name}")
    facts_seen.append(
        f"extract {first_text.name}: {len(doc['timexes'])} time expressions, "
        f"{len(doc['facts'])} facts, {len(doc['figures'])} figures"
    )

    if source_python:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        same = 0
        for sample in samples:
            frozen = json.loads(_run([*exe, "extract", str(sample), "--json"]))
            source = json.loads(
                _run([source_python, "-m", "desktop", "extract", str(sample), "--json"], env=env)
            )
            if frozen != source:
                differing = [k for k in frozen if frozen.get(k) != source.get(k)]
                raise SmokeFailure(
                    f"frozen and source extract differ on {sample.name}: {differing}"
                )
            same += 1
        facts_seen.append(f"extract: frozen output equals source output on {same} samples")

    project = work / "smoke.factlane"
    _run([*exe, "import", *map(str, samples), "--project", str(project)])
    articles = json.loads(_run([*exe, "articles", "--project", str(project), "--json"]))
    if len(articles["articles"]) != len(samples):
        raise SmokeFailure(f"imported {len(articles['articles'])} of {len(samples)} samples")
    html_dated = [
        a
        for a in articles["articles"]
        if str(a.get("path", "")).lower().endswith((".html", ".htm")) and a.get("published")
    ]
    facts = json.loads(_run([*exe, "facts", "--project", str(project), "--json"]))["facts"]
    figures = json.loads(_run([*exe, "figures", "--project", str(project), "--json"]))["figures"]
    conflicts = json.loads(_run([*exe, "conflicts", "--project", str(project), "--json"]))
    if not facts or not figures:
        raise SmokeFailure("the imported project has no facts or no figures")
    facts_seen.append(
        f"import: {len(samples)} articles ({len(html_dated)} HTML pages dated), {len(facts)} facts, "
        f"{len(figures)} figures, {len(conflicts['pairs'])} figure pairs"
    )

    report = work / "report.html"
    _run([*exe, "export", "--project", str(project), "--format", "html", "--output", str(report)])
    if report.stat().st_size < 1000:
        raise SmokeFailure("the HTML report is nearly empty")

    shot = work / "frozen.png"
    gui_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    _run(
        [*exe, "gui", str(project), "--screenshot", str(shot), "--size", "1400x900"],
        env=gui_env,
    )
    width, height = _png_size(shot)
    if (width, height) < (400, 300):
        raise SmokeFailure(f"the screenshot is only {width}x{height}")
    facts_seen.append(f"gui screenshot: {width}x{height}, {shot.stat().st_size} bytes at {shot}")
    return facts_seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("binary", type=Path, help="the frozen factlane executable")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--source-python", help="a Python with the dependencies, to compare")
    parser.add_argument("--keep", type=Path, help="keep the project and screenshot here")
    args = parser.parse_args(argv)
    if not args.binary.is_file():
        print(f"smoke test: {args.binary} does not exist", file=sys.stderr)
        return 2
    print(f"smoke test of {args.binary}")
    with tempfile.TemporaryDirectory(prefix="factlane-smoke-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        # A fresh home so the frozen app neither reads nor writes the user's settings.
        os.environ["HOME"] = str(work / "home")
        os.environ["XDG_CONFIG_HOME"] = str(work / "home" / ".config")
        os.environ["APPDATA"] = str(work / "home" / "AppData")
        try:
            lines = check(args.binary, args.seeds, work, args.source_python)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    for line in lines:
        print(f"ok  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
