"""File ▸ Send package… and File ▸ Open package…: the steps between the file dialogs, the
fingerprint confirmation, the review and the one undo step.

The window builds this with its menus, before any database is open, so the exchange (and
with it SQLAlchemy, PyNaCl, jsonschema) is imported only when an action runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import safe_write
from ...store.changes import Changes
from ..context import AppContext
from ..labels import label


class PackageActions(QObject):
    """The two actions of the File menu and what they do; the window only places them."""

    def __init__(self, window: QWidget, context: AppContext, language: str = "en") -> None:
        super().__init__(window)
        self.window, self.context, self.language = window, context, language
        self.send_action = QAction(window)
        self.send_action.triggered.connect(lambda _checked=False: self.send())
        self.open_action = QAction(window)
        self.open_action.triggered.connect(lambda _checked=False: self.open())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.send_action.setText(self.tr("Sen&d package…"))
        self.send_action.setStatusTip(self.tr("Write a signed package of this meeting's joint "
                                              "parts for the other delegation"))
        self.open_action.setText(self.tr("Open pac&kage…"))
        self.open_action.setStatusTip(self.tr("Review and take in a package from the other "
                                              "delegation"))

    def _filter(self) -> str:
        return self.tr("Meeting packages (*.bescpkg);;All files (*)")

    def _status(self, text: str) -> None:
        status = getattr(self.window, "status", None)
        if status is not None:
            status(text)

    # sending -------------------------------------------------------------------------

    def send(self) -> None:
        if self.context.db is None:
            return
        meeting_id = self.context.meeting_id
        if meeting_id is None:
            QMessageBox.information(self.window, self.tr("Send package"),
                                    self.tr("Choose a meeting first (Meetings)."))
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Send package"), "",
                                              self._filter())
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".bescpkg")
        answer = QMessageBox.question(
            self.window, self.tr("Send package"),
            self.tr("Include our members' e-mail addresses and phone numbers?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        contacts = answer == QMessageBox.StandardButton.Yes
        from ...exchange import packages
        from ...exchange.package_file import PackageRefused

        made: list[packages.Made] = []

        def write(session) -> Changes:
            made.append(packages.make(session, meeting_id, contacts=contacts))
            with safe_write.replacing(target) as temporary:
                temporary.write_bytes(made[0].content)
            return Changes()

        try:
            self.context.run(write)
        except PackageRefused as e:
            QMessageBox.warning(self.window, self.tr("Package not written"), e.text())
            return
        except OSError as e:
            QMessageBox.warning(self.window, self.tr("Package not written"),
                                self.tr("Could not write %1: %2").replace("%1", str(target))
                                .replace("%2", e.strerror or str(e)))
            return
        QMessageBox.information(
            self.window, self.tr("Package written"),
            self.tr("The package is in %1.\n\nOur key's fingerprint, for the other delegation "
                    "to check when they open their first package from us:\n%2")
            .replace("%1", str(target)).replace("%2", made[0].fingerprint))
        self._status(self.tr("Package written to %1.").replace("%1", str(target)))

    # receiving -----------------------------------------------------------------------

    def open(self) -> None:
        if self.context.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open package"), "",
                                              self._filter())
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        from ...exchange import packages
        from ...exchange.package_file import PackageRefused
        from ...i18n.formatting import meeting_name
        from .commands import TakeInPackage
        from .review_dialog import PackageReviewDialog

        try:
            content = path.read_bytes()
        except OSError as e:
            QMessageBox.warning(self.window, self.tr("Package not opened"),
                                self.tr("Could not read %1: %2").replace("%1", str(path))
                                .replace("%2", e.strerror or str(e)))
            return
        trust = retrust = None
        while True:
            try:
                with self.context.db.session() as session:  # reading only: nothing changes
                    incoming = packages.prepare(session, content, trust=trust, retrust=retrust)
                break
            except PackageRefused as e:
                fingerprint = e.values.get("fingerprint")
                if e.code == "unknown_key" and trust is None and self._confirm_key(fingerprint):
                    trust = fingerprint
                elif e.code == "other_key" and retrust is None and self._confirm_new_key(
                        fingerprint, e.values["trusted"]):
                    retrust = fingerprint
                else:
                    if e.code not in ("unknown_key", "other_key"):
                        QMessageBox.warning(self.window, self.tr("Package not opened"), e.text())
                    return
        theirs = incoming.package.data["meeting"]
        meeting = meeting_name(theirs["kind"], theirs["number"], self.language)
        dialog = PackageReviewDialog(incoming.review, incoming.side, meeting,
                                     incoming.package.fingerprint, self.language, self.window)
        accepted, prefer = dialog.choose()  # a decision per conflict
        dialog.deleteLater()
        if not accepted:
            return
        command = TakeInPackage(self.context, content,
                                self.tr("Take in package from %1").replace("%1",
                                                                            label(incoming.side)),
                                trust=trust, retrust=retrust, prefer=prefer)
        command.previous_meeting_id = self.context.meeting_id
        try:
            self.context.execute(command)
        except PackageRefused as e:
            QMessageBox.warning(self.window, self.tr("Package not opened"), e.text())
            return
        if command.meeting_id is not None:
            self.context.set_meeting(command.meeting_id)
        text = self.tr("Taken in from %1 for the %2: %3 changes.").replace(
            "%1", label(incoming.side)).replace("%2", meeting).replace("%3", str(command.taken))
        QMessageBox.information(self.window, self.tr("Package taken in"), text + "\n\n" + self.tr(
            "Their communiqué text, if they sent one, is a version of its own (Communiqué ▸ "
            "versions). Edit ▸ Undo takes the whole package back out."))
        self._status(text)

    def _confirm_key(self, fingerprint: str) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("A key we do not know yet"),
            self.tr("This package is signed by a key this database has never seen:\n\n%1\n\n"
                    "Read it out with the other delegation over the phone. Trust it only if it "
                    "is exactly the fingerprint they read to you. Trust this key?")
            .replace("%1", fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_new_key(self, fingerprint: str, trusted: str) -> bool:
        answer = QMessageBox.warning(
            self.window, self.tr("Another key"),
            self.tr("This package is signed by another key than the one we trust for the "
                    "other delegation.\n\nTrusted: %1\nThis package: %2\n\nIf they really "
                    "changed keys, confirm the new fingerprint with them by phone. Trust the "
                    "new key in place of the old one?").replace("%1", trusted)
            .replace("%2", fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
