"""The gazetteers behind the entity rulers and the rules: companies, institutions, media,
programmes, places (econews/data/entities_*), the stop list, and their lookups."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from econews.openings import guarded

# Single-word country names that are also first names or English words: left out of the
# ruler (so `Maurice Lévy` stays a person) and never allowed to override a person.
_AMBIGUOUS_COUNTRY_NAMES = {
    "Maurice", "Dominique", "Jordan", "Georgia", "Chad", "Jersey", "Guernsey", "Man",
    "Niger", "Turkey", "Guinea", "Israel", "Salomon", "Christmas", "Norfolk", "Cook",
}

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def straight_apostrophes(text: str) -> str:
    """`text.translate(_APOSTROPHES)`, faster: `translate` looks every character up in the
    table (a quarter of a millisecond a page), `replace` scans in C."""
    return text.replace("’", "'").replace("ʼ", "'").replace("‘", "'")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict, ...]:
    data = resources.files("econews").joinpath("data/entities_gazetteer.json").read_text("utf-8")
    return tuple(json.loads(data)["entries"])


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    data = resources.files("econews").joinpath("data/entities_places.json").read_text("utf-8")
    return tuple((c, code, tuple(aliases)) for c, code, aliases in json.loads(data)["places"])


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    data = resources.files("econews").joinpath("data/entities_stopwords.txt").read_text("utf-8")
    lines = (line.strip().lower().translate(_APOSTROPHES) for line in data.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _known() -> dict[str, tuple[str, str, str | None]]:
    """id -> (label, canonical, country) of every ruler entry."""
    known: dict[str, tuple[str, str, str | None]] = {}
    for i, entry in enumerate(_gazetteer()):
        known[f"g{i}"] = (entry["label"], entry["canonical"], entry.get("country"))
    for i, (canonical, code, _) in enumerate(_places()):
        known[f"p{i}"] = ("LOC", canonical, code)
    return known


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, tuple[str, str, str | None]]:
    """Lower-cased written form -> (label, canonical, country), to recognise a gazetteer
    name the model found with another case or boundary."""
    index: dict[str, tuple[str, str, str | None]] = {}
    for i, entry in enumerate(_gazetteer()):
        for alias in entry["aliases"] + [entry["canonical"]]:
            index.setdefault(alias.lower().translate(_APOSTROPHES), _known()[f"g{i}"])
    for i, (canonical, _, aliases) in enumerate(_places()):
        for alias in (canonical, *aliases):
            index.setdefault(alias.lower().translate(_APOSTROPHES), _known()[f"p{i}"])
    return index


@lru_cache(maxsize=1)
def _place_country() -> dict[str, str]:
    return {alias: code for _, code, aliases in _places() for alias in (_, *aliases)}


@lru_cache(maxsize=1)
def _place_re() -> re.Pattern:
    names = sorted(_place_country(), key=len, reverse=True)
    return guarded(re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])"))
