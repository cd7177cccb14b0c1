"""Sentence spans of a clean body: the one splitter of the project (metrics and relations).

A line break always ends a sentence (headings, datelines and list items are lines of their
own). `.`, `!`, `?` and `…` (with the closing quotes or brackets after them) end one when
blank space follows and the next word does not start in lower case, unless the word before
the stop is an abbreviation (`M.`, `MM.`, `Mme`, `Dr`, `Co.`, `Inc.`, `n°`) or an initial
(`J. Smith`): `M. Elalamy` and `Sunwell Energy Co. la construction` stay whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Compared in lower case, without the stop. `etc.` is no abbreviation here: before a capital
# it nearly always ends the sentence.
_ABBREVIATIONS = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "co", "cie", "inc", "ltd", "corp",
    "av", "n°", "no", "vol", "p", "art", "sa", "s.a", "cf", "env", "mr", "mrs", "ms", "vs",
})
# An abbreviated month before its year (`14 oct. 2025`, `Oct. 2025`).
_MONTH_ABBREVIATIONS = frozenset({
    "janv", "fév", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
})
# A name of dotted initials (`U.K`, `U.S`, `U.A.E`, the last stop taken off): before a figure
# it is no sentence's end.
_INITIALISM_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
# (the characters a boundary opens with, looked at first: half the time of a page's search)
_BOUNDARY_RE = re.compile(r"(?=[.!?…\n])(?:[.!?…]+[»”\"'’)\]]*\s+|\n+)")
# What may open a sentence before its first word: quotes, brackets, dashes.
_OPENING_RE = re.compile(r"[«“\"'‘(\[–—-]*\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order, stripped of surrounding blanks;
    `text[start:end]` is the sentence. Spans are disjoint and sorted."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if "\n" not in m.group(0) and not _ends_sentence(text, start, m):
            continue
        _add_span(text, start, m.end(), spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def sentence_of(spans: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence holding `pos`; between two sentences (blank), the next one;
    after the last, the last; -1 when there is no sentence."""
    i = bisect_right(spans, pos, key=lambda span: span[0]) - 1  # last span starting at or before pos
    if i >= 0 and pos < spans[i][1]:
        return i
    return i + 1 if i + 1 < len(spans) else len(spans) - 1


def _ends_sentence(text: str, start: int, stop: re.Match) -> bool:
    """A stop ends its sentence unless the word before is an abbreviation or an initial, or
    the next word starts in lower case (`Co. la construction`)."""
    word = _word_before(text, start, stop.start()).lower().rstrip(".")
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    opening = _OPENING_RE.match(text, stop.end())
    nxt = text[opening.end() : opening.end() + 1]
    if word in _MONTH_ABBREVIATIONS and nxt.isdigit():
        return False  # `Kénitra, 14 oct. 2025 (MAP) -`
    if _INITIALISM_RE.fullmatch(word) and nxt and (nxt.isdigit() or nxt in "$€£"):
        return False  # `the European Union 68% and the U.K. 21%`
    return not (nxt and nxt.islower())


def _word_before(text: str, start: int, end: int) -> str:
    """The word (letters, digits, `_`, `.`, `°`) that `text[start:end]` ends with, blanks
    after it allowed; "" when there is none: what a search of `([\\w.°]+)\\s*$` finds, read
    backwards from `end` rather than tried at every position before it (`str.isspace` and
    `str.isalnum` or `_` are the regex's `\\s` and `\\w`)."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    i = j
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "_.°"):
        i -= 1
    return text[i:j]


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
