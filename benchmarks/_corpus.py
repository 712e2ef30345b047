"""Reading the TempEval-3 corpus from ../shared (never copied into the repository)."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTLANE_SHARED", REPO.parent / "shared"))
TBAQ = SHARED / "corpora" / "tbaq"


@dataclass(frozen=True)
class CorpusDoc:
    name: str
    part: str  # "TimeBank" | "AQUAINT"
    text: str
    dct: date


def load_documents(parts: tuple[str, ...] = ("TimeBank", "AQUAINT")) -> list[CorpusDoc]:
    docs = []
    for part in parts:
        folder = TBAQ / part
        if not folder.is_dir():
            raise SystemExit(f"corpus not found at {folder} (set FACTLANE_SHARED)")
        for path in sorted(folder.glob("*.tml")):
            root = ET.parse(path).getroot()
            dct_el = root.find(".//DCT/TIMEX3")
            text_el = root.find(".//TEXT")
            assert dct_el is not None and text_el is not None, path
            value = re.match(r"\d{4}-\d{2}-\d{2}", dct_el.get("value", ""))
            assert value is not None, path
            docs.append(
                CorpusDoc(
                    path.stem, part, "".join(text_el.itertext()), date.fromisoformat(value[0])
                )
            )
    return docs
