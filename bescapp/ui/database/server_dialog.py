"""File ▸ Connect to server… (and Copy this database to a server…): where the office's
PostgreSQL database is. Returns an address with the password typed, never stores it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...store.address import ServerAddress
from ..retranslate import Retranslates

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerChoice:
    address: ServerAddress  # with the password typed, if any
    keep_password: bool  # in the system's keyring


class ServerDialog(Retranslates, QDialog):
    """Server (a host name, or the folder of a Unix socket), port, database, user and
    password; the password goes to the keyring only when asked and a keyring exists."""

    CONNECT, COPY = "connect", "copy"

    def __init__(self, remembered: ServerAddress | None = None, *, purpose: str = CONNECT,
                 keyring_available: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox()
        self.keep.setEnabled(keyring_available)
        self.keyring_available = keyring_available
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.host, self.port, self.database, self.user,
                                              self.password), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.keep)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.host, self.database):
            field.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if remembered is not None:
            self.host.setText(remembered.host)
            self.port.setValue(remembered.port or DEFAULT_PORT)
            self.database.setText(remembered.database)
            self.user.setText(remembered.user)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        if self.purpose == self.COPY:
            self.setWindowTitle(self.tr("Copy this database to a server"))
            self.explanation.setText(self.tr(
                "Every meeting, list, plan and communiqué of this database is copied into an "
                "empty database on your office's PostgreSQL server, in one step. A server "
                "database that already holds anything is left as it is."))
        else:
            self.setWindowTitle(self.tr("Connect to server"))
            self.explanation.setText(self.tr(
                "Open the database your office keeps on its PostgreSQL server. An empty "
                "database is set up on first use. bescapp remembers the server, never the "
                "password."))
        for label, text in zip(self.labels, (
                self.tr("&Server:"), self.tr("&Port:"), self.tr("&Database:"),
                self.tr("&User:"), self.tr("Pass&word:")), strict=True):
            label.setText(text)
        self.host.setPlaceholderText(self.tr("host name, or the folder of a local socket"))
        self.password.setPlaceholderText(self.tr("asked by the server if left empty"))
        self.keep.setText(self.tr("Remember the password in the system's keyring")
                          if self.keyring_available else
                          self.tr("Remember the password (no system keyring on this computer)"))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.host.text().strip() and self.database.text().strip()))

    def value(self) -> ServerChoice:
        host = self.host.text().strip()
        port = self.port.value()
        address = ServerAddress(self.database.text().strip(), self.user.text().strip(), host,
                                None if host.startswith("/") or port == DEFAULT_PORT else port,
                                self.password.text() or None)
        return ServerChoice(address, self.keep.isChecked() and self.keyring_available)

    def choose(self) -> ServerChoice | None:
        """Show the dialog; the server chosen, or None when cancelled."""
        return self.value() if self.exec() == QDialog.DialogCode.Accepted else None
