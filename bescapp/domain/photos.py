"""A person's photograph for the briefing book: read, checked and scaled with Pillow.

A photo arrives as a file staff pick (a JPEG or PNG from an agency's website, a
scan, a phone); the database keeps one small JPEG of it, so the file stays one
portable file and the book stays small. What is refused, with the file's name:

- anything but JPEG or PNG, or a file Pillow cannot decode to the end (truncated,
  malformed, a renamed .docx);
- a file over ``MAX_FILE_BYTES``, or a picture over ``MAX_PIXELS`` pixels: a
  "decompression bomb" is a few kilobytes that would unpack into gigabytes, so its
  size is read from the header and refused before a pixel is decoded.

Pillow, not Qt: the core never imports Qt, and the command line and the demo use this too.
"""

from __future__ import annotations

import enum
import io
import warnings
from dataclasses import dataclass

from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_number

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 50-megapixel camera is 8,000 x 6,000; nothing real is bigger here
LONGEST_SIDE = 480  # pixels kept: 4 cm at 300 dpi, sharp in print beside a biography
QUALITY = 85
FORMATS = ("JPEG", "PNG")


class PhotoProblem(enum.StrEnum):
    EMPTY = "empty"
    TOO_LARGE = "too_large"  # the file
    TOO_MANY_PIXELS = "too_many_pixels"  # a decompression bomb, or a poster
    NOT_A_PICTURE = "not_a_picture"
    WRONG_FORMAT = "wrong_format"
    DAMAGED = "damaged"


_TEXT = {
    PhotoProblem.EMPTY: N_("{file} is empty (zero bytes)"),
    PhotoProblem.TOO_LARGE: N_("{file} is larger than {limit} MB; a portrait needs far less"),
    PhotoProblem.TOO_MANY_PIXELS: N_("{file} is a picture of more than {limit} million pixels; "
                                     "it was not opened"),
    PhotoProblem.NOT_A_PICTURE: N_("{file} is not a picture bescapp can read (use a JPEG or "
                                   "PNG file)"),
    PhotoProblem.WRONG_FORMAT: N_("{file} is a {format} picture; use a JPEG or PNG file"),
    PhotoProblem.DAMAGED: N_("{file} is damaged (the picture cannot be read to the end)"),
}


class PhotoRefused(ValueError):
    """A photo not kept; the person's photo has not changed."""

    def __init__(self, problem: PhotoProblem, filename: str, detail: str = "") -> None:
        self.problem = problem
        self.filename = filename
        self.detail = detail  # the format Pillow found, for WRONG_FORMAT
        super().__init__(self.text("en"))

    def text(self, language: str | None = None) -> str:
        limit = {PhotoProblem.TOO_LARGE: MAX_FILE_BYTES // (1024 * 1024),
                 PhotoProblem.TOO_MANY_PIXELS: MAX_PIXELS // 1_000_000}.get(self.problem, 0)
        return say(_TEXT[self.problem], language, file=self.filename, format=self.detail,
                   limit=format_number(limit, language or "en"))


@dataclass(frozen=True)
class Photo:
    """What the database keeps: a JPEG, and its size in pixels."""

    content: bytes
    width: int
    height: int


def checked_photo(content: bytes, filename: str) -> Photo:
    """The picture in ``content`` as the JPEG the database keeps (at most ``LONGEST_SIDE``
    pixels on its longest side, turned as the camera said); PhotoRefused otherwise."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # only photo work pays for Pillow

    if not content:
        raise PhotoRefused(PhotoProblem.EMPTY, filename)
    if len(content) > MAX_FILE_BYTES:
        raise PhotoRefused(PhotoProblem.TOO_LARGE, filename)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content), formats=None) as picture:
                if picture.format not in FORMATS:
                    raise PhotoRefused(PhotoProblem.WRONG_FORMAT, filename, picture.format or "")
                width, height = picture.size
                if width * height > MAX_PIXELS or width <= 0 or height <= 0:
                    raise PhotoRefused(PhotoProblem.TOO_MANY_PIXELS, filename)
                picture.load()
                image = ImageOps.exif_transpose(picture) or picture
                image = _flattened(image)
    except PhotoRefused:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as e:
        raise PhotoRefused(PhotoProblem.TOO_MANY_PIXELS, filename) from e
    except UnidentifiedImageError as e:
        raise PhotoRefused(PhotoProblem.NOT_A_PICTURE, filename) from e
    except (OSError, ValueError, SyntaxError, EOFError) as e:  # what Pillow raises for a bad file
        raise PhotoRefused(PhotoProblem.DAMAGED, filename) from e
    image.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY, optimize=True)
    return Photo(out.getvalue(), image.width, image.height)


def _flattened(image):
    """RGB on white: JPEG holds no transparency, and a PNG logo's would turn black."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def photo_size(content: bytes) -> tuple[int, int]:
    """Width and height of a stored photo (already checked), for laying it out."""
    from PIL import Image

    with Image.open(io.BytesIO(content)) as picture:
        return picture.size
