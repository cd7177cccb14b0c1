"""Lists and tables in an article's body: a list's items (`- Spain: 81.2 million visitors`,
a table's rows `| Egypte | 7,4 GW | 13% |`), the line that introduces them, and whether the list
compares countries, so that each item's figures are its own country's and of the period the
introduction states."""

from __future__ import annotations

import re
from bisect import bisect_left

from econews.countries import find_countries


def items_of_a_comparison_list(text: str, rows: list[dict], home: str | None) -> None:
    """The figures of an item of a list comparing countries, one item a country (`- Turkey:
    47.3 million visitors, $50.8 billion, up 4 percent`, `- Lomé, Togo: 2 million TEUs`), are
    the item's country's alone. A list compares where the home country is one of its items or
    where the line before it says so (`Here's how the main ports compare`, `Morocco's
    competitors`); a list of the home country's partners (`Principaux clients :`) does not."""
    lists: dict[int, bool] = {}  # a list's first line -> whether it compares
    for row in rows:
        line_start = text.rfind("\n", 0, row["start"]) + 1
        item = _LIST_ITEM_RE.match(text, line_start)
        if item is None or item.end() > row["start"]:
            continue
        label = _item_countries(item.group(1) or item.group(2))
        if not label:
            continue
        first = _first_line_of_the_list(text, line_start)
        if first not in lists:
            lists[first] = _list_compares(text, first, home)
        if lists[first]:
            row["countries"] = sorted(label)


def _item_countries(label: str) -> set[str]:
    """The countries of an item's label made of a country and a place at most (`Abidjan, Ivory Coast`)."""
    mentions = find_countries(label)
    rest = label
    for mention in reversed(mentions):
        rest = rest[:mention.start] + rest[mention.end:]
    if not mentions or len(_WORD_RE.findall(rest)) > 3:
        return set()
    return {code for mention in mentions for code in mention.codes}


def _first_line_of_the_list(text: str, line_start: int) -> int:
    """The start of the first item of the list whose item starts at `line_start` (blank lines between items)."""
    while line_start > 0:
        before = _line_before(text, line_start)
        if not _LIST_ITEM_RE.match(text, before):
            break
        line_start = before
    return line_start


def _line_before(text: str, line_start: int) -> int:
    """The start of the last non-blank line before the line at `line_start`."""
    end = line_start - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1


def _list_compares(text: str, first: int, home: str | None) -> bool:
    items = []
    for item in _CONSECUTIVE_ITEMS_RE.match(text, first).group(0).split("\n"):
        matched = _LIST_ITEM_RE.match(item)
        if matched:
            items.append(_item_countries(matched.group(1) or matched.group(2)))
    if len(items) < 2:
        return False
    if any(home in codes for codes in items):
        return True
    intro = _line_before(text, first)
    return intro < first and _COMPARES_RE.search(text, intro, first) is not None


# `- Spain: 81.2 million visitors`, `• Dakar, Senegal : 720.000 EVP`: a short label, a colon.
# A table's row as the cleaner writes it: `| Egypte | 7,4 GW | 13% |`, its first cell the label.
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-•*–][ \t]*([^:\n]{2,50}?)[ \t]*:|\|[ \t]*([^|\n]{2,50}?)[ \t]*\|)[ \t]")


_WORD_RE = re.compile(r"\w+")


_CONSECUTIVE_ITEMS_RE = re.compile(r"(?:[ \t]*[-•*–|][^\n]*(?:\n\s*|\Z))+")


_COMPARES_RE = re.compile(
    r"(?i:\bcompar|\bcompetitors?\b|\brivals?\b|\bconcurrents?\b|\bconcurrence\b|\bcompetition\b|\bversus\b|\bface\s+à\b)"
)


def list_intro(text: str, sentences: list[tuple[int, int]], sentence_start: int) -> list[tuple[int, int]]:
    """For an item of a list (`- Lomé, Togo: 2 million TEUs, down 3%`), the sentences of the
    line that introduces the list and of the items before it (`Here's how the main ports
    compare, based on 2025 volumes:`): the period the list is of."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    if not _LIST_ITEM_RE.match(text, line_start):
        return []
    first = _first_line_of_the_list(text, line_start)
    intro = _line_before(text, first)
    if intro >= first:
        return []
    return sentences[bisect_left(sentences, (intro, -1)):bisect_left(sentences, (line_start, -1))]
