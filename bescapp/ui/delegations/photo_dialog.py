"""A person's photograph for the briefing book: choose a JPEG or PNG, see it, or remove it.

The file is read and checked by the core (``domain.photos``, Pillow): a huge, malformed or
decompression-bomb picture is refused with a message naming the file, and the photo kept
is the small JPEG the database stores, so the preview shows what the book will print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...domain.photos import MAX_FILE_BYTES, PhotoRefused, checked_photo
from ..retranslate import Retranslates

PREVIEW = 200  # pixels: the longest side of the preview


class PhotoDialog(Retranslates, QDialog):
    """``photo`` is the stored JPEG (None: no photo); ``chosen()`` what to keep on OK."""

    def __init__(self, parent=None, *, name: str = "", photo: bytes | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._photo = photo
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setFixedSize(PREVIEW + 20, PREVIEW + 20)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c8c8c8; background: #fafafa;")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.choose_button, self.remove_button = QPushButton(), QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        side = QVBoxLayout()
        side.addWidget(self.about)
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        side.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addLayout(side, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._show()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Photo of %1").replace("%1", self.name) if self.name
                            else self.tr("Photo"))
        self.about.setText(self.tr(
            "Printed beside the biography in the briefing book (internal), never in a "
            "shareable document. A JPEG or PNG file of up to %1 MB; it is kept small inside "
            "the database.").replace("%1", str(MAX_FILE_BYTES // (1024 * 1024))))
        self.choose_button.setText(self.tr("&Choose picture…"))
        self.remove_button.setText(self.tr("&Remove photo"))
        self._show()

    def _show(self) -> None:
        self.remove_button.setEnabled(self._photo is not None)
        if self._photo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
            return
        picture = QPixmap()
        picture.loadFromData(self._photo)
        self.preview.setPixmap(picture.scaled(PREVIEW, PREVIEW,
                                              Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if path:
            self.take(Path(path))

    def take(self, path: Path) -> bool:
        """Read, check and keep the picture at ``path``; a refusal says why, by its name."""
        try:
            with path.open("rb") as f:
                content = f.read(MAX_FILE_BYTES + 1)
            self._photo = checked_photo(content, path.name).content
        except PhotoRefused as e:
            QMessageBox.warning(self, self.tr("Photo not used"), e.text())
            return False
        except OSError as e:
            QMessageBox.warning(self, self.tr("Photo not used"),
                                self.tr("%1 cannot be read: %2").replace("%1", path.name)
                                .replace("%2", e.strerror or str(e)))
            return False
        self._show()
        return True

    def remove(self) -> None:
        self._photo = None
        self._show()

    def chosen(self) -> bytes | None:
        return self._photo
