"""Write resources/template.docx, the default Word template (styles, page set-up).

Run once after changing the house style: python tools/make_template.py
Users may point bescapp at their own template instead (letterhead, styles).
"""

from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt, RGBColor

from bescapp.export import house_style

NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # U.S. Letter, both sides use it
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin = section.bottom_margin = Cm(2.2)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        style = styles[f"Heading {level}"]
        style.font.name = "Cambria"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = NAVY
        style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    title = styles["Title"]
    title.font.name = "Cambria"
    title.font.size = Pt(24)
    title.font.color.rgb = NAVY
    # bescapp's own styles (table text, cover lines, the marking, list and TOC entries):
    # the same definitions a staff template that lacks them receives at export time.
    house_style.ensure(doc)
    out = Path(__file__).parents[1] / "resources" / "template.docx"
    doc.save(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
