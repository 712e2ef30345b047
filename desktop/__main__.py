"""`python -m desktop` / `factlane`: the command line when given a sub-command, the app otherwise."""

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

    from desktop.app import run_app

    return run_app(Path(args[0]) if args else None)


if __name__ == "__main__":
    sys.exit(main())
