"""Show a ValidationError next to the fields it names."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from desktop.domain.errors import ValidationError
from desktop.ui.errors import problem_text

_INVALID = "border: 1px solid #c62828; background: #fff5f5;"


class FieldErrors:
    """Marks the widgets of the fields a ValidationError names, lists the
    problems in a banner, and puts the cursor in the first one."""

    def __init__(self, banner: QLabel, fields: dict[str, QWidget], tabs: QTabWidget | None = None):
        self._banner = banner
        self._fields = fields
        self._tabs = tabs
        self._marked: list[QWidget] = []

    def clear(self) -> None:
        for w in self._marked:
            w.setStyleSheet("")
            w.setToolTip("")
        self._marked.clear()
        self._banner.hide()

    def show(self, error: ValidationError) -> None:
        self.clear()
        lines = []
        first: QWidget | None = None
        locale = self._banner.locale().name()
        for problem in error.problems:
            message = problem_text(problem, locale)
            lines.append("• " + message)
            widget = self._fields.get(problem.field.split("[")[0])
            if widget is None:
                continue
            widget.setStyleSheet(_INVALID)
            widget.setToolTip(message)
            self._marked.append(widget)
            first = first or widget
        self._banner.setText("\n".join(lines))
        self._banner.show()
        if first is not None:
            if self._tabs is not None:
                for i in range(self._tabs.count()):
                    if self._tabs.widget(i).isAncestorOf(first):
                        self._tabs.setCurrentIndex(i)
                        break
            first.setFocus()
