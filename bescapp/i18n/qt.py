"""Qt side of languages: loading bescapp's and Qt's own translators, switching at run time.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
each widget answers by calling its ``retranslate_ui()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from .. import package_files
from . import catalogue

TRANSLATIONS_DIR = package_files.translations()
QT_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
              "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)}


# The translators are the application's, not a switcher's: one set per process.
_installed: list[QTranslator] = []


class LanguageSwitcher:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.language = "en"

    def apply(self, language: str) -> None:
        for translator in _installed:
            self._app.removeTranslator(translator)
        _installed.clear()
        QLocale.setDefault(QT_LOCALES[language])
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in ((f"qtbase_{language}", qt_dir),
                                 (f"bescapp_{language}", str(TRANSLATIONS_DIR))):
                translator = QTranslator(self._app)  # parented: lives as long as the app
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    _installed.append(translator)
        self.language = language
        catalogue.use(language)  # the core's refusals speak the window's language too
        # Qt posts LanguageChange; deliver it now so the switch is complete on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
