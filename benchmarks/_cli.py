"""What every benchmark script does with ``-h``/``--help``: print its docstring and stop.

Most scripts here take a few plain words or flags of their own and no argparse; without this
a ``--help`` ran the whole benchmark (minutes) or failed on a word it took for a number.
"""

from __future__ import annotations

import contextlib
import sys


def help_requested(doc: str | None, argv: list[str] | None = None) -> bool:
    """Print ``doc`` and answer True when the command line asks for help."""
    words = sys.argv[1:] if argv is None else argv
    if not any(word in ("-h", "--help") for word in words):
        return False
    # read through `head`, the reader has what it wanted when the pipe closes
    with contextlib.suppress(BrokenPipeError):
        print((doc or "No description.").strip(), flush=True)
    return True
