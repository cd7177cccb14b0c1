"""Scores a lake against gold annotations (econews/gold.py): plain functions over plain
records, no Prefect. `econews eval` (econews/cli.py) calls `evaluate_lake`; the matching
rules are documented in docs/evaluation.md and restated where they are applied.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import polars as pl

from econews.gold import GoldEntity, GoldFigure, GoldInvestment, GoldPage, squash

# Leading words that are not part of a name: titles, honorifics, articles. A mention
# `M. Ryad Mezzour` or `le groupe OCP` is scored as `Ryad Mezzour`, `OCP` would be wrong:
# only titles and articles go, so `groupe OCP` stays a boundary error.
_LEADING_WORDS = re.compile(
    r"^(?:(?:m|mme|mlle|mr|mrs|ms|dr|pr|sm|s\.m|h\.m)\.?\s+|(?:le|la|les|the)\s+|l'\s*)+",
    re.IGNORECASE,
)
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?»«\"“”()'-]+$")
# Demonyms and adjectives of countries (`Chinese`, `les Japonais`, `chinois`,
# `maroco-chinoise`): a COUNTRY mention of one is allowed by the contract (the `country`
# of an implied country) and never required by the gold, so it is neither a hit nor a
# false positive. French forms are stems that take -e, -s, -es, -ne, -nes.
DEMONYMS = frozenset(
    "american belgian brazilian british chinese danish dutch emirati european french german indian "
    "italian japanese korean moroccan polish portuguese qatari russian saudi spanish swedish turkish".split()
) | {"south african"}
_FRENCH_DEMONYM = re.compile(
    r"(?:américain|allemand|belge|brésilien|britannique|chinois|coréen|danois|émirati|espagnol|européen|"
    r"français|indien|italien|japonais|marocain|néerlandais|polonais|portugais|qatari|russe|saoudien|"
    r"suédois|turc|turque)(?:e|s|es|ne|nes)?"
)


def name_key(text: str) -> str:
    """A name as compared: squashed, without leading titles/articles or trailing punctuation, casefolded."""
    text = squash(text)
    text = _LEADING_WORDS.sub("", text)
    return _TRAILING_PUNCT.sub("", text).casefold()


def figure_key(text: str) -> str:
    """A figure's text as compared: no spaces at all (`3,4 %` == `3,4%`), no leading +, casefolded."""
    return re.sub(r"\s+", "", squash(text)).lstrip("+").casefold()


@dataclass
class Score:
    """Precision, recall and F1 from counts: `hits_predicted` predictions right out of
    `predicted` scored, `hits_gold` gold items found out of `gold` required. The two hit
    counts differ only where one gold item has several acceptable forms."""

    predicted: int = 0
    hits_predicted: int = 0
    gold: int = 0
    hits_gold: int = 0
    misses: list = field(default_factory=list)  # gold items not found
    false: list = field(default_factory=list)  # predictions that match nothing

    def add(self, other: "Score") -> None:
        self.predicted += other.predicted
        self.hits_predicted += other.hits_predicted
        self.gold += other.gold
        self.hits_gold += other.hits_gold
        self.misses += other.misses
        self.false += other.false

    @property
    def precision(self) -> float | None:
        return self.hits_predicted / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.hits_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0  # nothing predicted for some gold, or predictions where the gold has none: 0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "predicted": self.predicted, "hits_predicted": self.hits_predicted,
            "gold": self.gold, "hits_gold": self.hits_gold,
        }


@dataclass
class Rate:
    """A share of checks that came out right (`right` of `total`), with the wrong ones."""

    right: int = 0
    total: int = 0
    wrong: list = field(default_factory=list)

    def check(self, ok: bool, detail) -> None:
        self.total += 1
        self.right += bool(ok)
        if not ok:
            self.wrong.append(detail)

    def add(self, other: "Rate") -> None:
        self.right += other.right
        self.total += other.total
        self.wrong += other.wrong

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"share": self.share, "right": self.right, "total": self.total}


# -- entities -------------------------------------------------------------------------

def _ignored_prediction(text: str, label: str) -> bool:
    """A COUNTRY mention of an adjective or demonym: allowed, never required (see DEMONYMS)."""
    word = squash(text)
    folded = word.casefold()
    # English compounds join demonyms with a hyphen (`Dutch-Moroccan`), as French ones do.
    demonym = folded in DEMONYMS or ("-" in folded and all(part in DEMONYMS for part in folded.split("-")))
    return label == "COUNTRY" and (
        word[:1].islower() or demonym or bool(_FRENCH_DEMONYM.fullmatch(folded)) or _demonym_of_the_lexicon(word)
    )


def _demonym_of_the_lexicon(word: str) -> bool:
    """Whether the whole word is a demonym of the countries lexicon (`Egyptian`, `Serbian`,
    `Israéliens`): the fixed lists above name only the first corpora's countries, and the
    rule (docs/evaluation.md, Matching rules) is for every country's."""
    from econews.countries import find_countries

    mentions = find_countries(word)
    return len(mentions) == 1 and mentions[0].kind in ("demonym", "compound") and mentions[0].end - mentions[0].start == len(word)


def score_entities(gold: Iterable[GoldEntity], predicted: Iterable[tuple[str, str]]) -> tuple[Score, Rate]:
    """Entities of one page, compared as sets of distinct names: a gold entity is found when
    some mention has the same name key (its text or an alias) and one of its types; a distinct
    predicted (name, label) is right when some gold entity accepts it. Mentions of optional
    entities, and COUNTRY adjectives, are not scored. Also returns the type confusions:
    predictions whose name is a gold name but whose label is not one of its types."""
    gold = list(gold)
    accepted: dict[str, set[str]] = {}
    optional: set[str] = set()
    for entity in gold:
        for name in entity.names:
            (optional.add(name_key(name)) if entity.optional else accepted.setdefault(name_key(name), set()).update(entity.types))
    distinct = {(name_key(text), label, squash(text)) for text, label in predicted if not _ignored_prediction(text, label)}
    found = {(key, label) for key, label, _ in distinct}
    score, confusions = Score(), Rate()
    for key, label, text in sorted(distinct):
        if key in optional and key not in accepted:
            continue
        score.predicted += 1
        right = label in accepted.get(key, ())
        score.hits_predicted += right
        if not right:
            score.false.append(f"{text} ({label})")
        if key in accepted:
            confusions.check(right, f"{text}: {label}, gold {'/'.join(sorted(accepted[key]))}")
    for entity in gold:
        if entity.optional:
            continue
        score.gold += 1
        hit = any((name_key(n), t) in found for n in entity.names for t in entity.types)
        score.hits_gold += hit
        if not hit:
            score.misses.append(f"{entity.text} ({'/'.join(sorted(entity.types))})")
    return score, confusions


# -- figures --------------------------------------------------------------------------

@dataclass(frozen=True)
class PredictedFigure:
    text: str
    start: int
    value: float
    unit: str
    period: str | None
    qualifier: str | None
    countries: frozenset[str]


def close(a: float | None, b: float | None) -> bool:
    """Same value up to rounding (0.5 %), None only equal to None."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=5e-3, abs_tol=1e-9)


def figures_match(gold: GoldFigure, predicted: PredictedFigure) -> bool:
    """The same figure: the same text as written, or one text inside the other with the
    gold value (`39,5 milliards` for `39,5 milliards DH`, `1.350` for `1.350 personnes`)."""
    g, p = figure_key(gold.text), figure_key(predicted.text)
    if g == p:
        return True
    return len(min(g, p, key=len)) >= 2 and (g in p or p in g) and close(gold.value, predicted.value)


@dataclass
class FigureAttributes:
    value: Rate = field(default_factory=Rate)
    unit: Rate = field(default_factory=Rate)
    period: Rate = field(default_factory=Rate)
    qualifier: Rate = field(default_factory=Rate)
    countries: Rate = field(default_factory=Rate)

    def add(self, other: "FigureAttributes") -> None:
        for name in ("value", "unit", "period", "qualifier", "countries"):
            getattr(self, name).add(getattr(other, name))

    def check(self, gold: GoldFigure, got: PredictedFigure) -> None:
        where = gold.text
        self.value.check(close(gold.value, got.value), f"{where}: {got.value:g}, gold {gold.value:g}")
        self.unit.check(got.unit == gold.unit, f"{where}: {got.unit}, gold {gold.unit}")
        self.period.check(got.period in gold.periods, f"{where}: {got.period}, gold {'|'.join(map(str, gold.periods))}")
        self.qualifier.check(got.qualifier in gold.qualifiers, f"{where}: {got.qualifier}, gold {'|'.join(map(str, gold.qualifiers))}")
        self.countries.check(
            got.countries in gold.countries,
            f"{where}: {sorted(got.countries)}, gold {' | '.join(str(sorted(c)) for c in gold.countries)}",
        )


def score_figures(gold: Iterable[GoldFigure], predicted: Iterable[PredictedFigure]) -> tuple[Score, FigureAttributes]:
    """Figures of one page, one to one: each gold figure, in the order listed (the order
    of the page), takes the first unmatched prediction (by offset) that matches it. Only
    matched figures of required gold are checked for value, unit, period, qualifier and
    countries; a prediction matched to an optional gold figure is not scored."""
    return _one_to_one(
        gold, sorted(predicted, key=lambda f: f.start), figures_match, FigureAttributes(),
        missed=lambda g: g.text, false=lambda p: f"{p.text} ({p.value:g} {p.unit})",
    )


def _one_to_one(gold, predicted: list, matches, attributes, missed, false):
    """Each gold item, in order, takes the first unmatched prediction that `matches` it;
    matched required items have their `attributes` checked; what is left over is false."""
    remaining = list(predicted)
    score = Score()
    for item in gold:
        found = next((p for p in remaining if matches(item, p)), None)
        if found is not None:
            remaining.remove(found)
        if item.optional:
            continue
        score.gold += 1
        if found is None:
            score.misses.append(missed(item))
            continue
        score.hits_gold += 1
        score.predicted += 1
        score.hits_predicted += 1
        attributes.check(item, found)
    score.predicted += len(remaining)
    score.false += [false(p) for p in remaining]
    return score, attributes


# -- partnerships and investments -----------------------------------------------------

def score_partnerships(
    required: frozenset[frozenset[str]], acceptable: frozenset[frozenset[str]], predicted: Iterable[frozenset[str]]
) -> Score:
    """Country pairs of one page, unordered: a predicted pair is right when required, not
    scored when only acceptable (the article allows it but does not need it), false otherwise."""
    predicted = set(predicted)
    score = Score(gold=len(required), hits_gold=len(required & predicted))
    scored = predicted - (acceptable - required)
    score.predicted, score.hits_predicted = len(scored), len(scored & required)
    score.misses = ["-".join(sorted(p)) for p in sorted(required - predicted, key=sorted)]
    score.false = ["-".join(sorted(p)) for p in sorted(scored - required, key=sorted)]
    return score


@dataclass(frozen=True)
class PredictedInvestment:
    name: str  # the company, else the project
    company_country: str | None
    amount: float | None
    currency: str | None
    jobs: int | None


@dataclass
class InvestmentAttributes:
    amount: Rate = field(default_factory=Rate)
    jobs: Rate = field(default_factory=Rate)
    company_country: Rate = field(default_factory=Rate)

    def add(self, other: "InvestmentAttributes") -> None:
        for name in ("amount", "jobs", "company_country"):
            getattr(self, name).add(getattr(other, name))

    def check(self, gold: GoldInvestment, got: PredictedInvestment) -> None:
        """Amount (with its currency; a gold without amount wants none) on every matched
        investment; jobs only where the article gives jobs."""
        amount_ok = any(close(a, got.amount) for a in gold.amounts) and (gold.amounts == (None,) or got.currency == gold.currency)
        self.amount.check(amount_ok, f"{gold.company}: {got.amount} {got.currency}, gold {gold.amounts} {gold.currency}")
        if gold.jobs != (None,):
            self.jobs.check(got.jobs in gold.jobs, f"{gold.company}: {got.jobs}, gold {gold.jobs}")
        self.company_country.check(
            got.company_country in gold.company_countries, f"{gold.company}: {got.company_country}, gold {gold.company_countries}"
        )


def score_investments(gold: Iterable[GoldInvestment], predicted: Iterable[PredictedInvestment]) -> tuple[Score, InvestmentAttributes]:
    """Investments of one page, one to one, matched on the company's name key (name or
    alias): a name with trailing words (`X to build`) does not match. A prediction matched
    to an optional gold investment is not scored."""
    return _one_to_one(
        gold, list(predicted), lambda g, p: name_key(p.name) in {name_key(n) for n in g.names},
        InvestmentAttributes(), missed=lambda g: g.company, false=lambda p: p.name,
    )


# -- documents ------------------------------------------------------------------------

def removed_and_kept(page: GoldPage, text: str | None) -> tuple[Rate, Rate]:
    """Boilerplate lines that are gone from the cleaned text, key sentences still in it
    (both compared squashed; a page with no document row has kept nothing and removed nothing)."""
    body = squash(text) if text is not None else None
    removed, kept = Rate(), Rate()
    for line in page.boilerplate:
        removed.check(body is not None and squash(line) not in body, f"{page.name}: {line!r} left in")
    for sentence in page.keep:
        kept.check(body is not None and squash(sentence) in body, f"{page.name}: {sentence!r} lost")
    return removed, kept


# -- a whole corpus -------------------------------------------------------------------

TABLE_COLUMNS = {
    "documents": ["doc_id", "source_path", "language", "published_at", "event_date", "text"],
    "entities": ["doc_id", "text", "label"],
    "metrics": ["doc_id", "start", "text", "value", "unit", "period", "qualifier", "countries"],
    "partnerships": ["doc_id", "country_a", "country_b"],
    "investments": ["doc_id", "company", "project", "company_country", "amount", "currency", "jobs"],
}


@dataclass
class Evaluation:
    pages: int = 0
    pages_found: int = 0  # pages with a documents row
    language: Rate = field(default_factory=Rate)
    published_at: Rate = field(default_factory=Rate)
    event_date: Rate = field(default_factory=Rate)
    boilerplate_removed: Rate = field(default_factory=Rate)
    article_kept: Rate = field(default_factory=Rate)
    entities: Score = field(default_factory=Score)
    entity_labels: Rate = field(default_factory=Rate)
    figures: Score = field(default_factory=Score)
    figure_attributes: FigureAttributes = field(default_factory=FigureAttributes)
    partnerships: Score = field(default_factory=Score)
    investments: Score = field(default_factory=Score)
    investment_attributes: InvestmentAttributes = field(default_factory=InvestmentAttributes)
    per_page: list = field(default_factory=list)


def _rows(frame: pl.DataFrame | None, doc_id: str | None) -> list[dict]:
    if frame is None or doc_id is None or frame.is_empty():
        return []
    return frame.filter(pl.col("doc_id") == doc_id).to_dicts()


def _documents_by_page(documents: pl.DataFrame | None) -> dict[str, dict]:
    """The documents row of each page, by the page's file name (source_path's last part)."""
    if documents is None:
        return {}
    return {PurePosixPath(str(row["source_path"]).replace("\\", "/")).name: row for row in documents.to_dicts()}


def _predicted_figures(rows: list[dict]) -> list[PredictedFigure]:
    return [
        PredictedFigure(r["text"], r["start"], r["value"], r["unit"], r["period"], r["qualifier"], frozenset(r["countries"] or ()))
        for r in rows
    ]


def _predicted_investments(rows: list[dict]) -> list[PredictedInvestment]:
    return [
        PredictedInvestment(r["company"] or r["project"], r["company_country"], r["amount"], r["currency"], r["jobs"])
        for r in rows
    ]


def _score_page(page: GoldPage, doc: dict | None, tables: dict[str, pl.DataFrame | None], total: Evaluation) -> dict:
    """Scores one page into `total`; returns the page's own errors for the detailed report."""
    doc_id = doc["doc_id"] if doc else None
    total.pages += 1
    total.pages_found += doc is not None
    got = doc or {}
    for rate, column in ((total.language, "language"), (total.published_at, "published_at"), (total.event_date, "event_date")):
        # A page missing from the lake has every date wrong, a null one included.
        rate.check(doc is not None and got[column] == getattr(page, column), f"{page.name}: {got.get(column)}, gold {getattr(page, column)}")
    removed, kept = removed_and_kept(page, got.get("text"))
    entities, labels = score_entities(page.entities, [(r["text"], r["label"]) for r in _rows(tables.get("entities"), doc_id)])
    figures, attributes = score_figures(page.figures, _predicted_figures(_rows(tables.get("metrics"), doc_id)))
    pairs = [frozenset((r["country_a"], r["country_b"])) for r in _rows(tables.get("partnerships"), doc_id)]
    partnerships = score_partnerships(page.partners_required, page.partners_acceptable, pairs)
    investments, money = score_investments(page.investments, _predicted_investments(_rows(tables.get("investments"), doc_id)))
    for mine, part in [(total.boilerplate_removed, removed), (total.article_kept, kept), (total.entities, entities),
                       (total.entity_labels, labels), (total.figures, figures), (total.figure_attributes, attributes),
                       (total.partnerships, partnerships), (total.investments, investments),
                       (total.investment_attributes, money)]:
        mine.add(part)
    return {
        "page": page.name, "doc_id": doc_id,
        "entities_missed": entities.misses, "entities_false": entities.false,
        "figures_missed": figures.misses, "figures_false": figures.false,
        "figure_attributes_wrong": {name: getattr(attributes, name).wrong for name in ("value", "unit", "period", "qualifier", "countries")},
        "boilerplate_left": removed.wrong, "article_lost": kept.wrong,
        "partnerships_missed": partnerships.misses, "partnerships_false": partnerships.false,
        "investments_missed": investments.misses, "investments_false": investments.false,
        "investment_attributes_wrong": {name: getattr(money, name).wrong for name in ("amount", "jobs", "company_country")},
    }


def evaluate(gold: Iterable[GoldPage], tables: dict[str, pl.DataFrame | None]) -> Evaluation:
    """Scores the lake's tables (as read, one frame per table; None when absent) against the gold pages."""
    result = Evaluation()
    documents = _documents_by_page(tables.get("documents"))
    for page in gold:
        result.per_page.append(_score_page(page, documents.get(page.name), tables, result))
    return result


def read_tables(lake: str) -> dict[str, pl.DataFrame | None]:
    from econews.lake import Lake

    store = Lake(lake)
    return {table: store.read(table, columns) for table, columns in TABLE_COLUMNS.items()}


def evaluate_lake(gold: Iterable[GoldPage], lake: str) -> Evaluation:
    return evaluate(gold, read_tables(lake))


# -- output ---------------------------------------------------------------------------

def summary(result: Evaluation) -> dict:
    """The figures of an evaluation as plain data (the JSON of `econews eval --json`, without per_page)."""
    rates = lambda owner, names: {n: getattr(owner, n).as_dict() for n in names}  # noqa: E731
    return {
        "pages": result.pages,
        "pages_found": result.pages_found,
        "documents": rates(result, ["language", "published_at", "event_date", "boilerplate_removed", "article_kept"]),
        "entities": {**result.entities.as_dict(), "labels_right": result.entity_labels.as_dict()},
        "figures": {**result.figures.as_dict(), "matched_right": rates(result.figure_attributes, ["value", "unit", "period", "qualifier", "countries"])},
        "partnerships": result.partnerships.as_dict(),
        "investments": {**result.investments.as_dict(), "matched_right": rates(result.investment_attributes, ["amount", "jobs", "company_country"])},
    }


def _num(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def _rate(rate: dict) -> str:
    return f"{_num(rate['share'])} ({rate['right']}/{rate['total']})"


def format_table(result: Evaluation) -> str:
    """The evaluation on one screen."""
    s = summary(result)
    lines = [f"econews eval: {s['pages']} gold pages, {s['pages_found']} found in the lake", "",
             f"{'':<14}{'precision':>10}{'recall':>9}{'F1':>8}   right/predicted  found/gold"]
    for name in ("entities", "figures", "partnerships", "investments"):
        t = s[name]
        lines.append(f"{name:<14}{_num(t['precision']):>10}{_num(t['recall']):>9}{_num(t['f1']):>8}"
                     f"   {t['hits_predicted']:>5}/{t['predicted']:<9} {t['hits_gold']:>4}/{t['gold']}")
    lines += ["", "matched figures right:"]
    lines += [f"  {k:<20}{_rate(v)}" for k, v in s["figures"]["matched_right"].items()]
    lines += ["entity names found with a gold name:", f"  {'label right':<20}{_rate(s['entities']['labels_right'])}"]
    lines += ["matched investments right:"]
    lines += [f"  {k:<20}{_rate(v)}" for k, v in s["investments"]["matched_right"].items()]
    lines += ["documents:"]
    lines += [f"  {k:<20}{_rate(v)}" for k, v in s["documents"].items()]
    return "\n".join(lines)


def as_json(result: Evaluation) -> dict:
    return {**summary(result), "per_page": result.per_page}
