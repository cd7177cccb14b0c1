"""Pieces shared by the grammar’s regular expressions: spaces, apostrophes, months, years."""

from __future__ import annotations


_SP = r"[ \u00a0\u202f]"  # space, no-break space, narrow no-break space
_APOS = r"['’]"
_MONTHS_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_MONTHS_EN = r"january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_NUMBER = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
    "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
}
_YEAR = r"(?:1[89]|20)\d{2}"
