"""Printed documents (PDF via reportlab). No Qt here, and no clock: dates come in as arguments.

fonts.py   the fonts and which one draws each character
layout.py  the drawing kit every document uses (Sheet, draw_text)
labels.py  document wording in en, ja, ru, zh
payoff_quote.py  the payoff quote
"""
