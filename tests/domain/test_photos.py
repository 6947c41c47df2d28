"""A person's photo: what is kept (a small JPEG), and every file refused with its name."""

import io

import pytest
from PIL import Image

from bescapp.domain import photos
from bescapp.domain.photos import PhotoProblem, PhotoRefused, checked_photo
from bescapp.i18n import catalogue


def picture(fmt: str, size=(1200, 1500), mode="RGB", colour=(40, 90, 140)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, fmt)
    return out.getvalue()


def test_a_large_jpeg_is_kept_as_a_small_jpeg_in_proportion():
    kept = checked_photo(picture("JPEG"), "seade.jpg")
    assert (kept.width, kept.height) == (384, 480)  # the longest side at LONGEST_SIDE
    with Image.open(io.BytesIO(kept.content)) as again:
        assert again.format == "JPEG"
        assert again.size == (384, 480)


def test_a_transparent_png_is_flattened_on_white_not_black():
    kept = checked_photo(picture("PNG", (100, 100), "RGBA", (0, 0, 0, 0)), "logo.png")
    with Image.open(io.BytesIO(kept.content)) as again:
        assert again.size == (100, 100)  # small pictures are not enlarged
        assert again.getpixel((50, 50)) >= (250, 250, 250)


def refusal(content: bytes, name: str) -> PhotoRefused:
    with pytest.raises(PhotoRefused) as refused:
        checked_photo(content, name)
    return refused.value


def test_an_empty_file_is_refused():
    assert refusal(b"", "empty.jpg").problem is PhotoProblem.EMPTY


def test_a_text_file_is_not_a_picture():
    e = refusal(b"Dear colleagues, please find attached", "letter.jpg")
    assert e.problem is PhotoProblem.NOT_A_PICTURE
    assert e.text("en") == "letter.jpg is not a picture bescapp can read (use a JPEG or PNG file)"
    assert e.text("es") == ("letter.jpg no es una imagen que bescapp pueda leer (use un archivo "
                            "JPEG o PNG)")


def test_another_format_is_refused_by_name():
    e = refusal(picture("GIF", (50, 50), "P", 3), "animated.gif")
    assert e.problem is PhotoProblem.WRONG_FORMAT
    assert e.text("en") == "animated.gif is a GIF picture; use a JPEG or PNG file"


def test_a_truncated_picture_is_damaged():
    noisy = io.BytesIO()
    Image.effect_noise((400, 400), 60).save(noisy, "PNG")  # noise does not compress away
    content = noisy.getvalue()
    assert len(content) > 2000
    e = refusal(content[: len(content) // 2], "half.png")
    assert e.problem is PhotoProblem.DAMAGED
    assert "half.png" in e.text("en")


def test_a_decompression_bomb_is_refused_before_it_is_decoded():
    bomb = picture("PNG", (10_000, 10_000), "1", 0)  # 100 million pixels in a few kilobytes
    assert len(bomb) < 100_000
    e = refusal(bomb, "bomb.png")
    assert e.problem is PhotoProblem.TOO_MANY_PIXELS
    assert e.text("en") == "bomb.png is a picture of more than 40 million pixels; it was not opened"
    assert e.text("es") == ("bomb.png es una imagen de más de 40 millones de píxeles; no se abrió")


def test_a_huge_file_is_refused_without_reading_it_as_a_picture(monkeypatch):
    monkeypatch.setattr(photos, "MAX_FILE_BYTES", 1000)
    e = refusal(picture("JPEG", (300, 300)) + b"\0" * 1000, "poster.jpg")
    assert e.problem is PhotoProblem.TOO_LARGE
    assert "poster.jpg" in e.text("en")


def test_the_message_follows_the_messages_language():
    catalogue.use("es")
    try:
        assert str(refusal(b"", "vacía.png").text()) == "vacía.png está vacío (cero bytes)"
    finally:
        catalogue.use("en")
