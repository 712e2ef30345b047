"""Render the app icon SVG to the PNG sizes, the Windows .ico and the macOS .icns.

Run with the packaging venv's Python (it has PySide6):
    python packaging/icons.py --svg resources/.../factlane.svg --out build/icons

.ico and .icns both accept PNG images inside, so no image library beyond Qt is needed.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType codes of the PNG-carrying icns entries, with the pixel size each one holds.
ICNS_ENTRIES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_pngs(svg: Path, out: Path) -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not an SVG that Qt can draw")
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
        (out / f"factlane-{size}.png").write_bytes(pngs[size])
    del app
    return pngs


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, images = [], []
    for size in ICO_SIZES:
        data = pngs[size]
        # A width or height byte of 0 means 256 in the ICO directory.
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    path.write_bytes(header + b"".join(entries) + b"".join(images))


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_ENTRIES
    )
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--svg", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(args.svg, args.out)
    (args.out / "factlane.svg").write_bytes(args.svg.read_bytes())
    write_ico(pngs, args.out / "factlane.ico")
    write_icns(pngs, args.out / "factlane.icns")
    print(f"icons: {len(pngs)} PNG sizes, factlane.ico and factlane.icns in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
