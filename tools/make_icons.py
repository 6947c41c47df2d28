"""Render resources/bescapp.svg into the icon files the window, the bundle and the desktop use.

Run after changing the SVG: python tools/make_icons.py
Writes resources/icons/bescapp-{16..512}.png, bescapp.ico (Windows, PNG entries of
16 to 256 pixels) and bescapp.icns (macOS). Needs Qt's SVG module, which only this
tool uses (the program and the bundle read the PNGs).
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bescapp.package_files import ICON_SIZES  # noqa: E402


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
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
    return bytes(data)


def write_ico(path: Path, images: dict[int, QImage]) -> None:
    """An .ico whose entries are PNGs (Windows Vista and later read them)."""
    blobs = [(size, png_bytes(images[size])) for size in sorted(images)]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries, data = b"", b""
    for size, blob in blobs:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    path.write_bytes(header + entries + data)


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage painting wants one)
    renderer = QSvgRenderer(str(ROOT / "resources" / "bescapp.svg"))
    folder = ROOT / "resources" / "icons"
    folder.mkdir(exist_ok=True)
    images = {size: render(renderer, size) for size in ICON_SIZES}
    for size, image in images.items():
        image.save(str(folder / f"bescapp-{size}.png"), "PNG")
    write_ico(folder / "bescapp.ico", {s: images[s] for s in ICON_SIZES if s <= 256})
    images[512].save(str(folder / "bescapp.icns"), "ICNS")
    print(f"icons written to {folder}")


if __name__ == "__main__":
    main()
