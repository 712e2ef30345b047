"""The command line writes UTF-8 whatever the locale: news text is full of dashes, quotes and
accents that an ASCII or code-page terminal cannot hold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import _json_text
from tests.conftest import SEEDS

#: A POSIX shell with no locale configured (a bare container, a cron job): ASCII everywhere.
C_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


def run_in_c_locale(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO"))}
    env.update(C_LOCALE)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=180,
    )


def test_extract_json_is_utf8_in_the_c_locale() -> None:
    pages = [p for p in sorted(SEEDS.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    proc = run_in_c_locale("extract", *map(str, pages), "--json")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    # Byte for byte what a UTF-8 locale writes.
    utf8 = subprocess.run(
        [sys.executable, "-X", "utf8", "-m", "desktop", "extract", *map(str, pages), "--json"],
        capture_output=True,
        timeout=180,
    )
    assert proc.stdout == utf8.stdout
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(pages)
    assert any(ord(c) > 127 for c in proc.stdout.decode("utf-8"))

    plain = run_in_c_locale("extract", *map(str, pages), "--plain", "--json")
    assert plain.returncode == 0, plain.stderr.decode("utf-8", "replace")
    written = "".join(
        json.loads(line)["text"] for line in plain.stdout.decode("utf-8").splitlines()
    )
    # The seeds' em dashes and copyright signs are what broke the ASCII writer.
    assert "—" in written and "©" in written


def test_listings_and_messages_are_utf8_in_the_c_locale(tmp_path: Path) -> None:
    project = tmp_path / "P.factlane"
    pages = [str(p) for p in sorted(SEEDS.glob("*.html"))]
    proc = run_in_c_locale("import", *pages, "--project", str(project))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    proc.stdout.decode("utf-8")

    listed = run_in_c_locale("articles", "--project", str(project), "--json")
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    articles = json.loads(listed.stdout.decode("utf-8"))["articles"]
    assert len(articles) == len(pages)

    proc = run_in_c_locale("facts", "--project", str(project))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    facts_text = proc.stdout.decode("utf-8")
    facts = json.loads(
        run_in_c_locale("facts", "--project", str(project), "--json").stdout.decode("utf-8")
    )["facts"]
    # The text listing carries the same sentences, curly quotes and all.
    assert all(f["text"] in facts_text for f in facts if "\n" not in f["text"])


def test_help_is_utf8_in_the_c_locale() -> None:
    proc = run_in_c_locale("--help")
    assert proc.returncode == 0
    assert "extract" in proc.stdout.decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="file names are Unicode on Windows")
def test_a_file_name_the_locale_cannot_spell_is_still_valid_json(tmp_path: Path) -> None:
    utf8_name = tmp_path / "Zürich — notes.png"
    utf8_name.write_bytes(b"\x89PNG\r\n\x1a\n")
    latin1_name = os.fsencode(tmp_path) + b"/caf\xe9.png"
    with open(latin1_name, "wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n")
    proc = run_in_c_locale("extract", str(utf8_name), os.fsdecode(latin1_name), "--json")
    assert proc.returncode == 1
    first, second = (json.loads(line) for line in proc.stdout.decode("utf-8").splitlines())
    # A UTF-8 name comes back as the analyst wrote it ...
    assert first["error"].startswith("Zürich — notes.png")
    # ... and bytes that are no UTF-8 at all stay visible as escapes, not a crash.
    assert second["error"].startswith("caf\udce9.png")


def test_json_text_recovers_utf8_names_and_escapes_the_rest() -> None:
    assert _json_text({"path": "Z\udcc3\udcbcrich.txt"}) == '{"path": "Zürich.txt"}'
    escaped = _json_text({"path": "caf\udce9.txt"})
    assert escaped == '{"path": "caf\\udce9.txt"}'
    assert json.loads(escaped) == {"path": "caf\udce9.txt"}
    assert _json_text({"t": "— ©"}) == '{"t": "— ©"}'
