"""Write bescapp/export/font_widths.py: the advance widths of the body font, per character.

Column widths are sized from the text they hold (``bescapp.export.measure``). Calibri,
the template's body font, is not free; Carlito is its metric-compatible twin (the same
advance widths, which is what LibreOffice substitutes), so its widths are read here from
the TrueType tables (cmap format 4, hmtx) once and kept as data.

    python tools/make_font_widths.py [/usr/share/fonts/truetype/crosextra]
"""

import struct
import sys
from pathlib import Path

FOLDER = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/crosextra")
CHARACTERS = [*range(0x20, 0x7F), *range(0xA0, 0x100),
              0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x202F]


def _tables(data: bytes) -> dict[str, bytes]:
    count = struct.unpack(">H", data[4:6])[0]
    out = {}
    for k in range(count):
        tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * k:28 + 16 * k])
        out[tag.decode()] = data[offset:offset + length]
    return out


def _cmap(table: bytes) -> dict[int, int]:
    count = struct.unpack(">H", table[2:4])[0]
    for k in range(count):
        platform, encoding, offset = struct.unpack(">HHI", table[4 + 8 * k:12 + 8 * k])
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", table[offset:offset + 2])[0] == 4:
            sub = table[offset:]
            segments = struct.unpack(">H", sub[6:8])[0] // 2
            ends = struct.unpack(f">{segments}H", sub[14:14 + 2 * segments])
            base = 16 + 2 * segments
            starts = struct.unpack(f">{segments}H", sub[base:base + 2 * segments])
            deltas = struct.unpack(f">{segments}h", sub[base + 2 * segments:base + 4 * segments])
            range_at = base + 4 * segments
            ranges = struct.unpack(f">{segments}H", sub[range_at:range_at + 2 * segments])
            glyphs = {}
            for s in range(segments):
                for code in range(starts[s], ends[s] + 1):
                    if code == 0xFFFF:
                        continue
                    if ranges[s] == 0:
                        glyph = (code + deltas[s]) & 0xFFFF
                    else:
                        at = range_at + 2 * s + ranges[s] + 2 * (code - starts[s])
                        glyph = struct.unpack(">H", sub[at:at + 2])[0]
                        glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
                    glyphs[code] = glyph
            return glyphs
    raise SystemExit("no Unicode BMP cmap")


def widths(path: Path) -> dict[str, int]:
    tables = _tables(path.read_bytes())
    units = struct.unpack(">H", tables["head"][18:20])[0]
    metrics = struct.unpack(">H", tables["hhea"][34:36])[0]
    advances = [struct.unpack(">H", tables["hmtx"][4 * k:4 * k + 2])[0] for k in range(metrics)]
    glyphs = _cmap(tables["cmap"])
    out = {}
    for code in CHARACTERS:
        glyph = glyphs.get(code)
        if glyph is not None:
            advance = advances[min(glyph, metrics - 1)]
            out[chr(code)] = round(advance * 1000 / units)  # per 1000 units of the size
    return out


def main() -> None:
    lines = ['"""Advance widths of Calibri (read from its metric twin Carlito by',
             'tools/make_font_widths.py), in thousandths of the font size. Generated: do not edit."""',
             "", "# ruff: noqa: E501", ""]
    for name, file in (("REGULAR", "Carlito-Regular.ttf"), ("BOLD", "Carlito-Bold.ttf")):
        table = widths(FOLDER / file)
        lines.append(f"{name}: dict[str, int] = {{")
        items = [f"{ch!r}: {w}" for ch, w in table.items()]
        for k in range(0, len(items), 8):
            lines.append("    " + ", ".join(items[k:k + 8]) + ",")
        lines.append("}")
        lines.append("")
    out = Path(__file__).parents[1] / "bescapp" / "export" / "font_widths.py"
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
