"""Time the PDFs: the payoff quote (first after start, and warm) and the
settlement statement (warm), with the sample data the document tests use.

    python bench/documents.py

Run by hand; the figures go in the README. The first quote pays for loading
reportlab and the fonts, once per run of the app.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def median_ms(fn, runs: int = 30) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    start = time.perf_counter()
    from desktop.documents.payoff_quote import render_payoff_quote
    from tests.documents import samples

    quote = samples.japanese()
    render_payoff_quote(quote)
    first = (time.perf_counter() - start) * 1000
    print(f"payoff quote, first after start (imports and fonts included): {first:.0f} ms")
    for name, make in (("ja", samples.japanese), ("ru", samples.russian), ("zh", samples.chinese),
                       ("en", samples.english)):
        document = make()
        med, worst = median_ms(lambda: render_payoff_quote(document))
        print(f"payoff quote {name}, warm: median {med:.1f} ms, slowest {worst:.1f} ms")

    from desktop.documents.settlement_statement import render_settlement_statement
    from tests.documents.test_settlement_documents import car_trade_in, home_sale

    for name, make in (("car trade-in ja", lambda: car_trade_in("ja")),
                       ("home sale ja (3 pages)", lambda: home_sale("ja")),
                       ("home sale en", lambda: home_sale("en"))):
        document = make()
        render_settlement_statement(document)
        med, worst = median_ms(lambda: render_settlement_statement(document), runs=15)
        print(f"settlement statement {name}, warm: median {med:.1f} ms, slowest {worst:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
