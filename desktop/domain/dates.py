"""Reading dates as clerks type them."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.domain.errors import ValidationError


def parse_date(text: str) -> date:
    """ISO 2026-04-12, Japanese 2026/4/12 or 2026年4月12日, Russian 12.04.2026.

    Full-width digits from a Japanese keyboard are accepted.
    """
    t = unicodedata.normalize("NFKC", text).strip()
    t = re.sub(r"[年月]", "-", t).replace("日", "")
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", t)
        if not m:
            m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
            if not m:
                raise ValidationError.single("date", "“{text}” is not a date (use YYYY-MM-DD).",
                                             text=text)
            y, mo, d = (int(g) for g in m.groups())
        else:
            d, mo, y = (int(g) for g in m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValidationError.single("date", "“{text}” is not a date on the calendar.",
                                     text=text) from None
