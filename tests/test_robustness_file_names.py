"""A file name the locale cannot decode is imported under its real name, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_a_non_ascii_file_name_imports_under_the_c_locale(tmp_path: Path) -> None:
    article = tmp_path / "Zürich talks.md"
    article.write_text("# Talks resume\n\nThe talks resumed on Monday in Geneva.\n", "utf-8")
    project = tmp_path / "p.factlane"
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "import", "--project", str(project), str(article)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "desktop", "articles", "--project", str(project), "--json"],
        capture_output=True,
        timeout=120,
    )
    (only,) = json.loads(listed.stdout)["articles"]
    assert only["path"].endswith("Zürich talks.md")
