"""Fill unfinished messages of a Qt .ts file from a JSON object {source: translation}.

For translators who prefer a text editor to Qt Linguist:
    python tools/ts_fill.py translations/bescapp_es.ts new_strings.json
A key may be "Context|source" to translate one context differently. Messages already
translated are left alone unless --force is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, table: dict[str, str], force: bool = False) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") == "vanished" or translation.get("type") == "obsolete":
                continue
            done = translation.get("type") != "unfinished" and translation.text
            if done and not force:
                continue
            text = table.get(f"{name}|{source}", table.get(source))
            if text is None:
                missing.append(f"{name}|{source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts")
    parser.add_argument("json")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    with open(args.json, encoding="utf-8") as f:
        table = json.load(f)
    missing = fill(args.ts, table, args.force)
    for key in missing:
        print(f"untranslated: {key}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
