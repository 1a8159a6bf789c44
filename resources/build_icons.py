"""Render the application icon from its SVG master into the package's icon files.

    python3 resources/build_icons.py

Writes src/proposaleditor/resources/icons/: proposaleditor.svg (copy of the master, for Linux
scalable icons and the window icon), proposaleditor-<N>.png for each size, proposaleditor.ico
(Windows, every size up to 256 in one file) and proposaleditor.icns (macOS). Qt renders the SVG
(a build tool, so it may use Qt outside gui/); Pillow packs the multi-size .ico and .icns, which
Qt's image writers can only do one size at a time. The outputs are committed: run this after
editing the master.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MASTER = ROOT / "resources" / "icons" / "proposaleditor.svg"
OUT = ROOT / "src" / "proposaleditor" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # the .ico format stops at 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        print(f"build_icons: cannot read {MASTER}", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, OUT / "proposaleditor.svg")

    images: dict[int, Image.Image] = {}
    for size in SIZES:
        path = OUT / f"proposaleditor-{size}.png"
        path.write_bytes(png_bytes(render(renderer, size)))
        with Image.open(path) as opened:
            images[size] = opened.convert("RGBA")
        print(f"wrote {path.relative_to(ROOT)}")

    # Each size is drawn from the master, not scaled down from the largest: small sizes stay crisp.
    largest_ico = images[ICO_SIZES[-1]]
    largest_ico.save(OUT / "proposaleditor.ico", format="ICO",
                     sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES[:-1]])
    images[512].save(OUT / "proposaleditor.icns", format="ICNS",
                     append_images=[images[s] for s in SIZES if s != 512])
    print(f"wrote {(OUT / 'proposaleditor.ico').relative_to(ROOT)}, proposaleditor.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
