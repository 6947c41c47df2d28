"""Fill untranslated messages of a gettext .po file from a JSON object {msgid: msgstr}.

The .po counterpart of ts_fill.py, for translators who prefer a text editor to Poedit:
    python tools/po_fill.py translations/es/LC_MESSAGES/bescapp.po new_words.json
A key may be "context|msgid" to translate one context (``pgettext``) differently; a
plural message takes a list [singular, plural]. Messages already translated are left
alone unless --force is given. Compile afterwards (docs/translations.md).
"""

from __future__ import annotations

import argparse
import json
import sys

from babel.messages.pofile import read_po, write_po


def fill(po_path: str, table: dict, force: bool = False) -> list[str]:
    with open(po_path, "rb") as f:
        catalog = read_po(f)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id[0] if message.pluralizable else message.id
        done = all(message.string) if message.pluralizable else bool(message.string)
        if done and not message.fuzzy and not force:
            continue
        text = table.get(f"{message.context}|{msgid}") if message.context else table.get(msgid)
        if text is None:
            missing.append(msgid)
            continue
        if message.pluralizable:  # as many forms as the language has; the last repeats
            forms = list(text) + [text[-1]] * (catalog.num_plurals - len(text))
            message.string = tuple(forms[:catalog.num_plurals])
        else:
            message.string = text
        message.flags.discard("fuzzy")
    with open(po_path, "wb") as f:
        write_po(f, catalog, width=100)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("po")
    parser.add_argument("table", help="JSON file {msgid: msgstr}")
    parser.add_argument("--force", action="store_true", help="replace existing translations")
    args = parser.parse_args(argv)
    with open(args.table, encoding="utf-8") as f:
        table = json.load(f)
    missing = fill(args.po, table, args.force)
    for msgid in missing:
        print(f"untranslated: {msgid}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
