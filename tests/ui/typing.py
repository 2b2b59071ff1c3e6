"""Typing as a clerk does: keys for ASCII, an input method's commit for the rest.

QTest can only press keys that exist on an ASCII keyboard; Japanese, Chinese
and (on most keyboards) Russian text reaches a widget from the input method,
as a committed string. This sends exactly that event.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    run = ""
    for ch in text:
        if ch.isascii():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)
