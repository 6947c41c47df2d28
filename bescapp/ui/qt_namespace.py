"""PySide6's ``Qt`` namespace, fetched when first needed.

The first use of ``Qt`` (importing it, or a call that returns one of its enums) makes
PySide6 build every enum of the namespace, some 20 ms here: time the window's frame need
not wait for. The modules the frame is built with (read_only, colours) fetch it here, in
what runs after the first paint.
"""

from __future__ import annotations

from functools import cache


@cache
def qt():
    from PySide6.QtCore import Qt

    return Qt
