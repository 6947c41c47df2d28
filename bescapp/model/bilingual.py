"""One value for text that exists in English and Spanish.

Stored as two columns (``title_en``, ``title_es``) through SQLAlchemy's
``composite()``; code asks ``item.title.get(lang)`` and never names a column
by language.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Bilingual:
    en: str = ""
    es: str = ""

    def get(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        return getattr(self, lang)

    def either(self, lang: str) -> str:
        """The text in ``lang``, or in the other language when that one is empty."""
        return self.get(lang) or self.get(other_language(lang))

    def replace(self, lang: str, text: str) -> Bilingual:
        return Bilingual(**{**self.as_dict(), lang: text})

    def as_dict(self) -> dict[str, str]:
        return {"en": self.en, "es": self.es}

    def is_empty(self) -> bool:
        return not (self.en.strip() or self.es.strip())

    def missing_languages(self) -> list[str]:
        """Languages whose text is empty while the other's is not."""
        if self.is_empty():
            return []
        return [lang for lang in LANGUAGES if not self.get(lang).strip()]

    def __composite_values__(self) -> tuple[str, str]:
        return self.en, self.es

    @classmethod
    def from_columns(cls, en: str | None, es: str | None) -> Bilingual:
        return cls(en or "", es or "")


def other_language(lang: str) -> str:
    return "es" if lang == "en" else "en"
