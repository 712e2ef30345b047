"""Run a frozen Factlane the way a user would and check what it prints.

    python packaging/smoke_test.py dist/factlane/factlane [--source-python .venv/bin/python]

Each check exercises something the bundle must carry: `extract` on a text file needs the
extraction engines; `import` of the sample articles needs the Alembic migrations (the project
file is created through them), trafilatura's settings and data and dateparser's language data
(HTML pages go through trafilatura, which dates pages with htmldate and dateparser); an RSS
feed saved as .xml needs the feed reader and the XML parser; `gui --screenshot` needs the Qt
platform, image and SVG plugins, and an SVG export QtSvg. With --source-python, the frozen
output of `extract` is compared with the same code run from source: a bundle that silently lost
data would give different answers.

Last come the start-up times: `--help` and opening the project into the window, each first
with the bundle's files dropped from the page cache (a cold start, as after a reboot) and
then warm.

Standard library only, so any Python runs it on any of the three systems.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
WARM_RUNS = 3

# One item of a news site's RSS feed as a reader saves it: the body in content:encoded, the
# outlet in the channel title (with a section after the dash), the date in pubDate. Written
# here so the smoke test needs no file that the sample folder may not have. Each paragraph is
# one line: this checks the bundle, and wrapped paragraphs in a feed are the reader's concern.
RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Valley Courier - Regional news</title>
    <link>https://valley-courier.example/</link>
    <language>en</language>
    <item>
      <title>Flood waters recede after the river peaks at a record level</title>
      <link>https://valley-courier.example/news/flood-recedes</link>
      <dc:creator>Maria Lopez</dc:creator>
      <pubDate>Tue, 14 Jan 2025 09:30:00 +0000</pubDate>
      <content:encoded><![CDATA[<p>The river peaked on Sunday at 7.2 metres, the highest level since records began in 1911, officials said.</p>
<p>More than 1,200 homes were evacuated last week, according to the county emergency office, and about 300 people remain in shelters.</p>
<p>Repairs to the levee are expected to take three months.</p>]]></content:encoded>
    </item>
  </channel>
</rss>
"""
RSS_EXPECTED = {
    "source": "Valley Courier",
    "author": "Maria Lopez",
    "published": "2025-01-14",
    "published_origin": "metadata",
}


class SmokeFailure(Exception):
    pass


def _run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 180) -> str:
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout)
    took = time.perf_counter() - started
    shown = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))
    print(f"  {took:6.2f}s  {shown}")
    stderr = done.stderr.decode("utf-8", errors="replace")
    if done.returncode != 0:
        stdout = done.stdout.decode("utf-8", errors="replace")
        raise SmokeFailure(
            f"{shown} exited {done.returncode}\n--- stdout\n{stdout[-3000:]}\n"
            f"--- stderr\n{stderr[-3000:]}"
        )
    try:
        return done.stdout.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SmokeFailure(f"{shown} printed something that is not UTF-8: {exc}") from exc


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def check(binary: Path, seeds: Path, work: Path, source_python: str | None) -> list[str]:
    facts_seen: list[str] = []
    exe = [str(binary)]
    pages = sorted(p for p in seeds.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES)
    kinds = {p.suffix.lower() for p in pages}
    if not kinds & {".html", ".htm"} or ".txt" not in kinds:
        raise SmokeFailure(f"{seeds} needs at least one .html and one .txt sample")
    feed = work / "valley_courier_feed.xml"
    feed.write_text(RSS_FEED, encoding="utf-8")
    samples = [*pages, feed]

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
        # The bundle runs in UTF-8 mode (factlane.spec); the source run is put in it too, so a
        # Windows code page does not make the two differ.
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1")
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

    rss = json.loads(_run([*exe, "extract", str(feed), "--json"]))
    wrong = {
        k: rss["article"].get(k) for k, v in RSS_EXPECTED.items() if rss["article"].get(k) != v
    }
    if wrong:
        raise SmokeFailure(f"the RSS item was read wrongly: {wrong}")
    if len(rss["figures"]) < 2 or not rss["facts"]:
        raise SmokeFailure("extract found too few figures or no facts in the RSS item")
    facts_seen.append(
        f"extract {feed.name}: {rss['article']['source']}, {rss['article']['published']}, "
        f"{len(rss['facts'])} facts, {len(rss['figures'])} figures"
    )

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
    from_feed = [a for a in articles["articles"] if str(a.get("path", "")).endswith(feed.name)]
    if len(from_feed) != 1 or from_feed[0].get("published") != RSS_EXPECTED["published"]:
        raise SmokeFailure(f"the RSS item was not imported with its date: {from_feed}")
    facts = json.loads(_run([*exe, "facts", "--project", str(project), "--json"]))["facts"]
    figures = json.loads(_run([*exe, "figures", "--project", str(project), "--json"]))["figures"]
    conflicts = json.loads(_run([*exe, "conflicts", "--project", str(project), "--json"]))
    if not facts or not figures:
        raise SmokeFailure("the imported project has no facts or no figures")
    facts_seen.append(
        f"import: {len(samples)} articles ({len(html_dated)} HTML pages dated, 1 RSS item), "
        f"{len(facts)} facts, {len(figures)} figures, {len(conflicts['pairs'])} figure pairs"
    )

    report = work / "report.html"
    _run([*exe, "export", "--project", str(project), "--format", "html", "--output", str(report)])
    if report.stat().st_size < 1000:
        raise SmokeFailure("the HTML report is nearly empty")
    # The SVG export draws through QtSvg's generator, which nothing else in the app loads.
    svg = work / "timeline.svg"
    _run(
        [*exe, "export", "--project", str(project), "--format", "svg", "--output", str(svg)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if b"<svg" not in svg.read_bytes()[:2000]:
        raise SmokeFailure("the timeline SVG export is not an SVG document")

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
    facts_seen.append(_x11_window(exe, project, work))
    return facts_seen


def _x11_window(exe: list[str], project: Path, work: Path) -> str:
    """The window on X11 through the bundled xcb plugin, the one a Linux desktop uses.

    The offscreen platform above needs none of the X libraries that the xcb plugin loads (nor
    the checks the app makes for them), so a bundle missing one would pass there and not start
    on a desktop. Xvfb stands in for the desktop where it is installed.
    """
    xvfb = shutil.which("Xvfb")
    if not sys.platform.startswith("linux"):
        return "X11 window: not a Linux system"
    if xvfb is None:
        return "X11 window: NOT TRIED (no Xvfb here; install xvfb to check the xcb plugin)"
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise SmokeFailure("Xvfb did not start")
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        shot = work / "frozen-x11.png"
        _run([*exe, "gui", str(project), "--screenshot", str(shot), "--size", "1200x800"], env=env)
        width, height = _png_size(shot)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return f"X11 window (xcb plugin on Xvfb :{display}): {width}x{height} screenshot"


def _drop_from_page_cache(bundle: Path) -> bool:
    """Make the next start read the bundle from disk, as the first start after a reboot does.

    Only the bundle's own files are dropped (the rest of the machine keeps its cache). Where
    the system has no posix_fadvise (Windows, macOS) nothing is dropped and False is returned:
    the first start there is only "first", not cold.
    """
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            # Dirty pages are not dropped: a bundle just built may not be on disk yet.
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return True


def _time_help(exe: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*exe, "--help"], capture_output=True, check=True, timeout=120)
    return time.perf_counter() - started


def _time_open(exe: list[str], project: Path) -> tuple[float, float]:
    """Seconds from launch to the first painted window, and to the project drawn in it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACTLANE_STARTUP_TIMING="1")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*exe, "gui", str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=env,
    )
    watchdog = threading.Timer(120, proc.kill)
    watchdog.start()
    seen: dict[str, float] = {}
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            mark = line.split(" ", 1)[0]
            if mark in ("FIRST_WINDOW_SHOWN", "PROJECT_DRAWN"):
                seen[mark] = time.perf_counter() - started
        proc.wait()
    finally:
        watchdog.cancel()
    if proc.returncode != 0 or "PROJECT_DRAWN" not in seen:
        raise SmokeFailure(f"opening {project.name} with start-up timing exited {proc.returncode}")
    return seen.get("FIRST_WINDOW_SHOWN", seen["PROJECT_DRAWN"]), seen["PROJECT_DRAWN"]


def startup_times(binary: Path, project: Path) -> list[str]:
    exe = [str(binary)]
    bundle = next((p for p in binary.parents if p.suffix == ".app"), binary.parent)
    cold = _drop_from_page_cache(bundle)
    first = "cold" if cold else "first"
    help_first = _time_help(exe)
    help_warm = statistics.median(_time_help(exe) for _ in range(WARM_RUNS))
    _drop_from_page_cache(bundle)
    window_first, drawn_first = _time_open(exe, project)
    warm = [_time_open(exe, project) for _ in range(WARM_RUNS)]
    window_warm = statistics.median(w for w, _ in warm)
    drawn_warm = statistics.median(d for _, d in warm)
    return [
        f"start-up --help: {first} {help_first:.2f}s, warm {help_warm:.2f}s "
        f"(median of {WARM_RUNS})",
        f"start-up opening {project.name}: {first} window {window_first:.2f}s, project drawn "
        f"{drawn_first:.2f}s; warm window {window_warm:.2f}s, project drawn {drawn_warm:.2f}s",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("binary", type=Path, help="the frozen factlane executable")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--source-python", help="a Python with the dependencies, to compare")
    parser.add_argument("--keep", type=Path, help="keep the project and screenshot here")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-up times")
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
            if not args.no_timing:
                lines += startup_times(args.binary, work / "smoke.factlane")
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    for line in lines:
        print(f"ok  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
