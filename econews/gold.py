"""The gold format: annotated pages that `econews eval` scores a lake against.

A gold folder holds `pages/` (raw documents, exactly as `econews run` reads them) and
`annotations/` (one YAML file per page, named after the page: `pages/x.txt` ->
`annotations/x.yaml`). docs/evaluation.md describes every field; this module reads them
into plain records and checks them against their page, so that a typo in an annotation
is reported instead of being scored as an extractor's miss.
"""

from __future__ import annotations

import datetime
import html
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

ENTITY_TYPES = frozenset({"PERSON", "ORG", "LOC", "COUNTRY"})
QUALIFIERS = frozenset({"approx", "min", "max", "target", "forecast"})
ISO2 = re.compile(r"^[A-Z]{2}$")
PAGE_SUFFIXES = (".txt", ".html", ".htm")


class GoldError(ValueError):
    """An annotation that cannot be read or does not fit its page."""


@dataclass(frozen=True)
class GoldEntity:
    text: str
    types: frozenset[str]  # the acceptable labels (`ORG/COUNTRY` for the EU)
    aliases: tuple[str, ...] = ()
    optional: bool = False  # neither required nor counted against the extractor

    @property
    def names(self) -> tuple[str, ...]:
        return (self.text, *self.aliases)


@dataclass(frozen=True)
class GoldFigure:
    text: str
    value: float
    unit: str
    periods: tuple[str | None, ...]  # acceptable periods (one, or several where the text is ambiguous)
    qualifiers: tuple[str | None, ...]
    countries: tuple[frozenset[str], ...]  # acceptable country sets
    optional: bool = False


@dataclass(frozen=True)
class GoldInvestment:
    company: str
    aliases: tuple[str, ...]
    company_countries: tuple[str | None, ...]
    amounts: tuple[float | None, ...]
    currency: str | None
    jobs: tuple[int | None, ...]
    optional: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.company, *self.aliases)


@dataclass(frozen=True)
class GoldPage:
    name: str  # the page's file name in pages/
    language: str
    published_at: datetime.date | None
    event_date: datetime.date | None
    boilerplate: tuple[str, ...]
    keep: tuple[str, ...]
    entities: tuple[GoldEntity, ...]
    figures: tuple[GoldFigure, ...]
    partners_required: frozenset[frozenset[str]]
    partners_acceptable: frozenset[frozenset[str]]
    investments: tuple[GoldInvestment, ...]


def _alternatives(raw, convert=lambda v: v) -> tuple:
    """A field given as one value or as a list of acceptable values."""
    values = raw if isinstance(raw, list) else [raw]
    return tuple(None if v is None else convert(v) for v in values)


def _date(raw) -> datetime.date | None:
    if raw is None or isinstance(raw, datetime.date):
        return raw
    return datetime.date.fromisoformat(str(raw))


def _entity(raw) -> GoldEntity:
    if isinstance(raw, str):  # "text | TYPE[/TYPE] [| optional]"
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2] != "optional"):
            raise GoldError(f"entity {raw!r}: expected 'text | TYPE' or 'text | TYPE | optional'")
        raw = {"text": parts[0], "type": parts[1], "optional": len(parts) == 3}
    types = frozenset(t.strip() for t in str(raw["type"]).split("/"))
    if not types <= ENTITY_TYPES:
        raise GoldError(f"entity {raw['text']!r}: unknown type {raw['type']!r}")
    return GoldEntity(str(raw["text"]), types, tuple(raw.get("aliases") or ()), bool(raw.get("optional", False)))


def _countries(raw) -> tuple[frozenset[str], ...]:
    """`[MA, CN]` (one set) or `[[MA], [MA, TR]]` (acceptable sets)."""
    if raw is None:
        raise GoldError("figure without `countries` (write [] where the article names no country)")
    sets = raw if raw and isinstance(raw[0], list) else [raw]
    result = tuple(frozenset(str(c) for c in s) for s in sets)
    for codes in result:
        if not all(ISO2.match(c) for c in codes):
            raise GoldError(f"countries {raw!r}: ISO 3166 alpha-2 codes expected")
    return result


def _figure(raw: dict) -> GoldFigure:
    qualifiers = _alternatives(raw.get("qualifier"), str)
    if not set(qualifiers) - {None} <= QUALIFIERS:
        raise GoldError(f"figure {raw['text']!r}: unknown qualifier {raw.get('qualifier')!r}")
    return GoldFigure(
        text=str(raw["text"]),
        value=float(raw["value"]),  # YAML 1.1 reads `39.5e9` as a string: float() takes both
        unit=str(raw["unit"]),
        periods=_alternatives(raw.get("period"), str),
        qualifiers=qualifiers,
        countries=_countries(raw.get("countries")),
        optional=bool(raw.get("optional", False)),
    )


def _investment(raw: dict) -> GoldInvestment:
    return GoldInvestment(
        company=str(raw["company"]),
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        company_countries=_alternatives(raw.get("company_country"), str),
        amounts=_alternatives(raw.get("amount"), float),
        currency=raw.get("currency"),
        jobs=_alternatives(raw.get("jobs"), int),
        optional=bool(raw.get("optional", False)),
    )


def _pairs(raw) -> frozenset[frozenset[str]]:
    pairs = frozenset(frozenset(str(c) for c in pair) for pair in raw or ())
    for pair in pairs:
        if len(pair) != 2 or not all(ISO2.match(c) for c in pair):
            raise GoldError(f"partner pair {sorted(pair)}: two different ISO alpha-2 codes expected")
    return pairs


def parse_annotation(name: str, raw: dict) -> GoldPage:
    """One page's annotation (the YAML mapping) as a GoldPage; GoldError when malformed."""
    try:
        partners = raw.get("partners") or {}
        return GoldPage(
            name=name,
            language=str(raw["language"]),
            published_at=_date(raw.get("published_at")),
            event_date=_date(raw.get("event_date")),
            boilerplate=tuple(str(b) for b in raw.get("boilerplate") or ()),
            keep=tuple(str(k) for k in raw.get("keep") or ()),
            entities=tuple(_entity(e) for e in raw.get("entities") or ()),
            figures=tuple(_figure(f) for f in raw.get("figures") or ()),
            partners_required=_pairs(partners.get("required")),
            partners_acceptable=_pairs(partners.get("acceptable")),
            investments=tuple(_investment(i) for i in raw.get("investments") or ()),
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, GoldError):
            raise GoldError(f"{name}: {exc}") from None
        raise GoldError(f"{name}: {type(exc).__name__}: {exc}") from None


def squash(text: str) -> str:
    """Text compared across raw page, annotation and cleaned text: NFKC, one kind of
    apostrophe, no HTML entities, whitespace runs as one space."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip()


def _page_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        raw = re.sub(r"<[^>]+>", " ", raw)  # good enough to find the annotated strings in it
    return squash(raw)


def check_against_page(page: GoldPage, path: Path) -> list[str]:
    """Annotated strings that do not occur in the page: typos that would read as misses."""
    text = _page_text(path)
    strings = [("boilerplate", b) for b in page.boilerplate] + [("keep", k) for k in page.keep]
    strings += [("entity", n) for e in page.entities for n in e.names]
    strings += [("figure", f.text) for f in page.figures]
    problems = [f"{page.name}: {kind} {s!r} is not in the page" for kind, s in strings if squash(s) not in text]
    for figure in page.figures:
        if not math.isfinite(figure.value):
            problems.append(f"{page.name}: figure {figure.text!r} has no finite value")
    return problems


def load_gold(folder: str | Path) -> list[GoldPage]:
    """Every annotated page of a gold folder, checked against its page; GoldError listing
    every problem when any annotation is malformed, missing or does not fit its page."""
    folder = Path(folder)
    pages = {p.stem: p for p in sorted((folder / "pages").iterdir()) if p.suffix in PAGE_SUFFIXES} \
        if (folder / "pages").is_dir() else {}
    if not pages:
        raise GoldError(f"{folder}/pages holds no .txt or .html page")
    gold, problems = [], []
    for stem, page_path in pages.items():
        annotation = folder / "annotations" / f"{stem}.yaml"
        if not annotation.exists():
            problems.append(f"{page_path.name}: no annotation ({annotation} is missing)")
            continue
        try:
            page = parse_annotation(page_path.name, yaml.safe_load(annotation.read_text(encoding="utf-8")) or {})
        except (GoldError, yaml.YAMLError) as exc:
            problems.append(str(exc))
            continue
        problems += check_against_page(page, page_path)
        gold.append(page)
    if problems:
        raise GoldError("the gold annotations have problems:\n  " + "\n  ".join(problems))
    return gold
