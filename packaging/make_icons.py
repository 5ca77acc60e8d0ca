"""Render the app icon (resources/icons/kohort.svg) in the sizes each OS needs.

Writes, beside the SVG: ``kohort-N.png`` for the Linux icon theme (hicolor sizes), and
``kohort.ico`` (Windows: 16–256 px in one file) and ``kohort.icns`` (macOS) for the
bundle. Qt draws the SVG (the same renderer the app uses), Pillow writes ICO and ICNS.
Run it after editing the SVG and commit what it writes:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "kohort.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = SVG.read_bytes()
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})
    pngs = {size: render_png(svg, size) for size in sizes}
    images = {size: Image.open(io.BytesIO(png)) for size, png in pngs.items()}
    for size in PNG_SIZES:
        (ICONS / f"kohort-{size}.png").write_bytes(pngs[size])
    # Pillow scales the largest image down unless it is given each size drawn at that size.
    images[256].save(
        ICONS / "kohort.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    images[1024].save(
        ICONS / "kohort.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024]
    )
    del app
    print(f"wrote {len(PNG_SIZES)} PNGs, kohort.ico and kohort.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
