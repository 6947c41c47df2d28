"""Qt side of languages: loading bescapp's and Qt's own translators, switching at run time.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
each widget answers by calling its ``retranslate_ui()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"
QT_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
              "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)}


class LanguageSwitcher:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QT_LOCALES[language])
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in ((f"qtbase_{language}", qt_dir),
                                 (f"bescapp_{language}", str(TRANSLATIONS_DIR))):
                translator = QTranslator(self._app)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
        self.language = language
