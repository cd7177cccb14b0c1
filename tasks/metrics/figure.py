"""The record every phase of the metrics stage fills in: one figure as it is read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class _Figure:
    start: int
    end: int
    value: float
    unit: str | None = None  # None until resolved; bare numbers become `count`
    scale: float = 1.0
    has_scale: bool = False
    qualifier: str | None = None
    period: str | None = None
    subject: str | None = None
    noun_label: str | None = None
    explicit_sign: bool = False
    is_words: bool = False
    is_year_like: bool = False
    change: bool = False  # first end of `passant de X à Y`: a level, not a range bound
    range_role: str | None = None
    extra: dict = field(default_factory=dict)
