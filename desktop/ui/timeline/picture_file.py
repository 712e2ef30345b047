"""Writing a timeline picture to its file whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage


def encode_png(image: QImage) -> bytes:
    """``image`` as PNG bytes. Encoded in memory, where a write cannot fail: encoded into a
    file on a full disk, libpng printed its own "libpng error: Write Error" on the terminal
    as well as our message, and left a torn picture behind."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # (PySide6 takes the format as str here, whatever its stubs say)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("the picture could not be encoded as PNG")
    buffer.close()
    return bytes(buffer.data().data())


def write_picture(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: to a hidden file beside it first, moved into place once
    whole. A disk that fills (or any write that fails) raises OSError with the system's
    reason and leaves no part of a picture behind, nor loses a picture already there."""
    part = path.with_name(f".{path.name}.part")
    try:
        with open(part, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        # named by the picture the analyst chose, not the hidden file it was written to
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
