"""The Qt bindings keep Python's reference counts: a long session must not wear out None.

PySide6 6.12.0 returned None and bools from Qt calls without taking a reference; on
Python 3.11 (where None is not yet immortal) the interpreter aborted after some
300,000 such calls ("none_dealloc"). pyproject.toml caps PySide6 below it; this test
tells whether a release is safe to allow.
"""

import sys

from PySide6.QtWidgets import QLabel, QWidget

CALLS = 20_000


def test_void_and_bool_qt_calls_keep_the_references_of_none_and_the_bools(qapp):
    label, widget = QLabel(), QWidget()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        label.setText("x")  # returns None
        widget.setEnabled(True)  # returns None, takes a bool
        widget.isEnabled()  # returns a bool
    # A leak of one reference a call would show as a drop of 20,000 or more.
    assert sys.getrefcount(None) > none_before - CALLS // 10
    assert sys.getrefcount(True) > true_before - CALLS // 10
