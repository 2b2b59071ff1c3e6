"""Translated text with named placeholders: tr("{amount} a day") then fill().

Named placeholders survive word order changes in translation; a test checks
every translation keeps the same names as its source.
"""

from __future__ import annotations


def fill(template: str, **values: object) -> str:
    text = template
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text
