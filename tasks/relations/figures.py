"""Which of the figures of the sentences about an investment are its amount, jobs and capacity.

The sentences about a company give several figures: the total and its tranches, a price in
two currencies, the plant's headcount and the group's, jobs during construction and
permanent ones, and flows that are no investment (a turnover, purchases a year, trade).
Each money and jobs figure gets a score from the words around it; the best one is taken.

- amount: the total investment over partial ones (a tranche, a phase: taken only when the
  article gives no total); never a conversion (`2 billion dirhams ($201 million)`, `, soit
  180 M€`), a flow (turnover, exports, purchases, `a year`) nor financing (a loan, a grant,
  money raised from investors); ties go to the first (the headline figure).
- jobs: the direct jobs of the investment over indirect ones, jobs during construction and
  the company's whole workforce (`les effectifs du groupe`, `The group employs`, `X, which
  already employs`); headcounts joined by `et`/`and` (`900 opérateurs et 90 ingénieurs`)
  are added up, kinds of jobs (`direct` and `indirect`) never; ties go to the first (the
  current headcount before the target).
- capacity: the first physical quantity that is not a surface or a length.
"""

from __future__ import annotations

import re

from econews.tasks.metrics.units import AREA_UNITS
from econews.tasks.relations.document import Doc, is_money

# Units of `metrics` that are not a capacity (surfaces and lengths describe the site).
_NOT_CAPACITY = AREA_UNITS | {"percent", "percentage_point", "jobs", "count", "ratio", "km", "m", "ft"}

_INVESTED_BEFORE_RE = re.compile(
    r"investi\w*|invest\w*|montant|amount|co[ûu]t\w*|cost\w*|budget|enveloppe|worth|estim\w*|nécessit\w*|"
    r"requir\w*|représent\w*|programme|plan\b|pour\s*$|for\s*$",
    re.IGNORECASE,
)
# An English amount before what it pays for (`a $13 billion green investment programme`,
# `a $150 million blending and storage plant`).
_INVESTED_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:investment|programme|program|plan|project|plant|factory|facility)s?\b", re.IGNORECASE)
_PARTIAL_BEFORE_RE = re.compile(r"tranche|phase|premi[eè]re?|first|second|dont\b|including|part\b", re.IGNORECASE)
# The amount of several companies' projects together (`Les deux projets, d'un montant global de
# 1,2 milliard`, `X et Y investissent 1,2 milliard`, `the two plants, worth a combined`): one
# company's own amount, where its sentences give it, comes first.
_JOINT_BEFORE_RE = re.compile(
    r"\b(?:les|ces|leurs|deux|trois|quatre|the|these|two|three|four)\s+(?:\w+\s+)?(?:projets|investissements|usines"
    r"|projects|investments|plants)\b|\bcombined\b|\bà\s+eux\s+deux\b|\binvestissent\b", re.IGNORECASE)
# All of a zone's or a sector's companies together (`pour un investissement cumulé de 16 milliards`):
# no one company's amount.
_CUMULATIVE_BEFORE_RE = re.compile(r"\bcumul\w*|\bcumulative\b", re.IGNORECASE)
_FLOW_BEFORE_RE = re.compile(
    r"chiffre\s+d['’]affaires|export\w*|import\w*|échanges|trade|achats?|purchases?|buys?|ventes?|sales|revenue|"
    r"stock\b|flux|\bIDE\b|\bFDI\b|turnover|bénéfices?|profits?|capitalisation|valoris\w*|"
    # a bank's or a company's results (`a généré un PNB de 4,3 milliards de DH`)
    r"\bPNB\b|produit\s+net\s+bancaire|net\s+banking\s+income|résultat\s+net|net\s+income|earnings|"
    # what the company owns or manages is no investment (`reported total assets of €19.4 billion`)
    r"assets|actifs|sous\s+gestion|under\s+management",
    re.IGNORECASE,
)
_FLOW_AFTER_RE = re.compile(
    r"\s*(?:par\s+an|a\s+year|per\s+year|annuel\w*|/\s*an|d['’]actifs|of\s+assets|in\s+assets|sous\s+gestion|under\s+management"
    # (`2,3 milliards de dirhams en flux nets d'IDE`, `$1.2 billion in FDI`)
    r"|en\s+(?:flux|IDE)|in\s+(?:FDI|foreign\s+direct))\b",
    re.IGNORECASE,
)
_FINANCING_BEFORE_RE = re.compile(
    # (`lève` as a word: `s'élève à 420 millions` is a total, no money raised)
    r"prêt|loan|\bdon\b|grant|subvention|financ\w*|raised|rais(?:e|ing)|\blev[ée]\w*|\blève|emprunt|crédit|credit",
    re.IGNORECASE,
)
# Subjects the metrics stage reads that are never an investment (it reads `coût` as a price:
# that one is kept).
_FLOW_SUBJECTS = {"exports", "imports", "trade volume", "sales", "revenue", "export revenue", "FDI inflow",
                  "grant", "loan", "turnover", "purchases"}
_CONVERSION_GAP_RE = re.compile(r"^\s*\(\s*(?:soit|environ|about|or|some|~)?\s*$", re.IGNORECASE)
_SAID_AGAIN_GAP_RE = re.compile(
    r"^\s*,?\s*(?:soit|or|i\.e\.)\s+(?:près\s+de\s+|environ\s+|quelque\s+|about\s+|some\s+|around\s+)?$", re.IGNORECASE
)

_DIRECT_AFTER_RE = re.compile(r"^\S*\s*(?:\w+\s+)?(?:directs?|permanent\w*|pérennes?|full[- ]time)\b", re.IGNORECASE)
_INDIRECT_AFTER_RE = re.compile(r"^\S*\s*(?:\w+\s+)?indirect\w*", re.IGNORECASE)
_CONSTRUCTION_AFTER_RE = re.compile(r"^[^.;]{0,30}(?:during\s+construction|pendant\s+(?:la\s+phase\s+de\s+)?(?:construction|chantier|les\s+travaux))", re.IGNORECASE)
_TOTAL_WORKFORCE_BEFORE_RE = re.compile(
    r"\beffectifs?\s+(?:du|de\s+la|total)\b|\b(?:the|le|la)\s+(?:group|groupe|company|société)\s+(?:employs|emploie|compte)\b|"
    r"\bau\s+total\b|\bin\s+total\b|\b(?:secteur|sector)\b|"
    r",\s*(?:which|who|qui)\s+(?:already\s+|déjà\s+)?(?:employs|emploie|emploient|compte)\b",
    re.IGNORECASE,
)
_CREATES_RE = re.compile(r"cré\w+|génér\w+|creat\w+|emploiera|recrutera|will\s+employ|hire\w*|embauch\w*", re.IGNORECASE)
_HEADCOUNT_JOIN_RE = re.compile(r"^\s*(?:,|et|and|&)\s*$", re.IGNORECASE)


def _before(doc: Doc, metric: dict, width: int = 60) -> str:
    s, _ = doc.spans[doc.sentence_of(metric["start"])]
    return doc.text[max(s, metric["start"] - width) : metric["start"]]


def _clause_before(doc: Doc, metric: dict) -> str:
    """The words before a figure back to the last comma or semicolon of its sentence (`KfW
    lends 300 M€, while X will invest 1.2 bn`: the loan is not X's clause)."""
    before = _before(doc, metric, 80)
    return re.split(r"[,;]", before)[-1]


def _amount_score(doc: Doc, metric: dict) -> int | None:
    """How surely a money figure is the investment's amount; None when it is none."""
    before, clause = _before(doc, metric), _clause_before(doc, metric)
    if _FINANCING_BEFORE_RE.search(clause):
        return None
    invested_after = _INVESTED_AFTER_RE.match(doc.text, metric["end"])
    # The metrics stage's subject reads the whole sentence: the clause's own words come first.
    if metric.get("subject") in _FLOW_SUBJECTS and not (_INVESTED_BEFORE_RE.search(clause) or invested_after):
        return None
    if _FLOW_BEFORE_RE.search(clause) or _FLOW_AFTER_RE.match(doc.text, metric["end"]) \
            or _CUMULATIVE_BEFORE_RE.search(_before(doc, metric, 40)):
        return None
    invested = _INVESTED_BEFORE_RE.search(before) or invested_after or metric.get("subject") in ("investment", "budget")
    score = 2 if invested else 0
    if _PARTIAL_BEFORE_RE.search(_before(doc, metric, 40)):
        score -= 2
    if _JOINT_BEFORE_RE.search(_before(doc, metric, 80)):
        score -= 1
    return score


def _conversions(doc: Doc, money: list[dict]) -> set[int]:
    """Indexes of the amounts that convert the one right before them: in brackets (`2
    milliards DH (200 M€)`), or after `soit`/`or` in another currency (`, soit 180 M€`)."""
    out = set()
    for i, m in enumerate(money):
        for p in money[:i]:
            gap = doc.text[p["end"] : m["start"]]
            if 0 <= len(gap) <= 25 and (_CONVERSION_GAP_RE.match(gap)
                                        or (m["unit"] != p["unit"] and _SAID_AGAIN_GAP_RE.match(gap))):
                out.add(i)
    return out


def choose_amount(doc: Doc, metrics: list[dict]) -> dict | None:
    money = sorted((m for m in metrics if is_money(m["unit"])), key=lambda m: m["start"])
    skip = _conversions(doc, money)
    scored = [(s, m) for i, m in enumerate(money) if i not in skip and (s := _amount_score(doc, m)) is not None]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [m for s, m in scored if s == best]
    return top[0]


def _jobs_score(doc: Doc, metric: dict) -> int:
    after = doc.text[metric["start"] : metric["end"] + 40]
    after = after[len(metric["text"] or ""):]
    score = 0
    if _INDIRECT_AFTER_RE.match(after):
        score -= 4
    elif _DIRECT_AFTER_RE.match(after) or re.search(r"\b(?:direct|permanent|full[- ]time)", metric["text"] or "", re.I):
        score += 3
    if _CONSTRUCTION_AFTER_RE.match(after):
        score -= 1
    if _TOTAL_WORKFORCE_BEFORE_RE.search(_before(doc, metric, 50)):
        score -= 3
    s, e = doc.spans[doc.sentence_of(metric["start"])]
    if _CREATES_RE.search(doc.text[s:e]):
        score += 1
    return score


def choose_jobs(doc: Doc, metrics: list[dict]) -> tuple[int, dict] | None:
    """(jobs, the metrics row they come from)."""
    jobs = sorted((m for m in metrics if m["unit"] == "jobs" or _bare_headcount(doc, m)), key=lambda m: m["start"])
    if not jobs:
        return None
    best = max(jobs, key=lambda m: (_jobs_score(doc, m), -m["start"]))
    return int(best["value"] + _joined_headcounts(doc, best, metrics)), best


# A bare number is a headcount where its clause speaks of staff (`L'effectif passera à 900`,
# `a workforce of 400, rising to 600`).
_WORKFORCE_BEFORE_RE = re.compile(
    r"\b(?:effectifs?|emplois?|employés?|salariés?|postes|personnes|recrut\w*|embauch\w*|"
    r"workforce|headcount|staff|jobs?|workers|employees|employ\w*|hir\w*)\b[^.;:()]*$",
    re.IGNORECASE,
)


def _bare_headcount(doc: Doc, metric: dict) -> bool:
    if metric["unit"] != "count" or not re.fullmatch(r"[\d\s.,\u00a0\u202f]+", metric["text"] or ""):
        return False
    s, _ = doc.spans[doc.sentence_of(metric["start"])]
    return bool(_WORKFORCE_BEFORE_RE.search(doc.text[max(s, metric["start"] - 120) : metric["start"]]))


def _joined_headcounts(doc: Doc, chosen: dict, metrics: list[dict]) -> float:
    """Headcounts written right beside the chosen one and joined to it (`900 opérateurs et
    90 ingénieurs`): one recruitment, added up. A counted noun there is people too."""
    extra = 0.0
    if _is_kind_of_job(doc, chosen):
        return extra
    for m in metrics:
        if m is chosen or m["unit"] not in ("jobs", "count") or not any(ch.isdigit() for ch in m["text"] or ""):
            continue
        gap = doc.text[m["end"] : chosen["start"]] if m["end"] <= chosen["start"] else doc.text[chosen["end"] : m["start"]]
        if _HEADCOUNT_JOIN_RE.match(gap) and not _is_kind_of_job(doc, m):
            extra += m["value"]
    return extra


def _is_kind_of_job(doc: Doc, metric: dict) -> bool:
    """`1,200 direct jobs`, `3.000 emplois indirects`: kinds of jobs, never added together."""
    around = (metric["text"] or "") + doc.text[metric["end"] : metric["end"] + 25]
    return bool(re.search(r"\b(?:in)?direct|permanent|pérenne|temporaires?|temporary|saisonni|full[- ]time", around, re.I))


def choose_capacity(metrics: list[dict]) -> dict | None:
    return next((m for m in metrics if not is_money(m["unit"]) and m["unit"] not in _NOT_CAPACITY), None)


def figure_columns(doc: Doc, metrics: list[dict]) -> dict:
    """The investment's amount, capacity and jobs columns, each with its metrics row id."""
    money = choose_amount(doc, metrics)
    capacity = choose_capacity(metrics)
    jobs = choose_jobs(doc, metrics)
    return {
        "amount": money["value"] if money else None,
        "currency": money["unit"] if money else None,
        "amount_metric_id": money["metric_id"] if money else None,
        "capacity": capacity["value"] if capacity else None,
        "capacity_unit": capacity["unit"] if capacity else None,
        "capacity_metric_id": capacity["metric_id"] if capacity else None,
        "jobs": jobs[0] if jobs else None,
        "jobs_metric_id": jobs[1]["metric_id"] if jobs else None,
    }
