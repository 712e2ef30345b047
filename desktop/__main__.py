"""`python -m desktop` / `factlane`: the command line when given a sub-command, the app otherwise
(on the project or articles named, as the desktop passes them)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop.cli import SUBCOMMANDS, write_utf8

    write_utf8()

    if args and (args[0] in SUBCOMMANDS or args[0].startswith("-")):
        from desktop.cli import main as cli_main

        return cli_main(args)
    from pathlib import Path

    from desktop.app import open_files

    # What the desktop hands over on a double-click or "Open With": projects and articles.
    return open_files([Path(a) for a in args])


if __name__ == "__main__":
    sys.exit(main())
