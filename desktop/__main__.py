"""`python -m desktop` / `factlane`: the command line when given a sub-command, the app otherwise
(on the project or articles named, as the desktop passes them)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop.cli import EXIT_USAGE, SUBCOMMANDS, write_utf8

    write_utf8()

    if args and (args[0] in SUBCOMMANDS or args[0].startswith("-")):
        from desktop.cli import main as cli_main

        return cli_main(args)
    problem = stray_argument(args)
    if problem is not None:
        print(f"factlane: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from desktop.app import open_files

    # What the desktop hands over on a double-click or "Open With": projects and articles.
    return open_files([Path(a) for a in args])


def stray_argument(args: Sequence[str]) -> str | None:
    """What is wrong with the first of ``args``, the files `factlane` was started with, that
    is neither a file nor a name a project or an article goes by: a mistyped command, an
    option given with no command before it, a missing file of no kind Factlane reads. None
    when every one may be opened. Asked before any window, so a slip is one line on stderr
    rather than an app started on a project of that name."""
    from desktop.app import PROJECT_SUFFIX, is_article_file
    from desktop.cli import SUBCOMMANDS, name_too_long

    for n, arg in enumerate(args):
        path = Path(arg)
        if (too_long := name_too_long(path)) is not None:
            return too_long
        if path.exists() or path.suffix.lower() == PROJECT_SUFFIX or is_article_file(path):
            continue  # a missing project or article is the app's to report, in its words
        if arg.startswith("-"):
            return (
                f"{arg} is an option of a command and goes after it "
                "(factlane gui FILE... --screenshot PATH; see factlane --help)"
            )
        if n == 0 and not path.suffix and len(path.parts) == 1:
            return (
                f"'{arg}' is not a command or a file; the commands are "
                f"{', '.join(SUBCOMMANDS)} (see factlane --help)"
            )
        return f"{arg}: no such file"
    return None


if __name__ == "__main__":
    sys.exit(main())
