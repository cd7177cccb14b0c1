"""Sentence spans of a clean body, as the metrics stage cuts it."""

from __future__ import annotations

import re


_SENTENCE_CANDIDATE_RE = re.compile(r"[.!?…]+[\"»”’)]*(?=\s+[\"«“(]?[A-ZÀ-ÝÉ0-9])|\n")
_ABBREVIATION_RE = re.compile(r"(?:\b[A-Z]|\bMM?|\bMme|\bDr|\bSt|\bav|\bcf|\bp|\bn°|\bart|\bvol|\bno)$")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a full stop before a capital, or a line break (`M. Elalamy` is no end)."""
    spans = []
    start = 0
    for m in _SENTENCE_CANDIDATE_RE.finditer(text):
        if m.group(0) != "\n" and m.group(0)[0] == "." and _ABBREVIATION_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
