"""`econews.openings`: the look-ahead at a pattern's opening characters changes no match."""

import re

import pytest

from econews.openings import guarded, opening_class, regex_structure

TEXT = (
    "Le port de Tanger Med, basé à Tanger, l'Hexagone et Outre-Manche; PORT of Rotterdam, 12:30, "
    "le 3 mars 2025, CO2 et G20. The Wichita-based plant in Kansas; ſite, Kelvin-K, ÉTAT, état, 42%."
)


@pytest.mark.parametrize(
    ("pattern", "opening"),
    [
        (r"(?<![\w])(?:Tanger|Rabat|Agadir)(?![\w])", "[TRA]"),
        (r"(?:le\s+)?port", "[lp]"),
        (r"\b\d+%", r"[\d]"),
        (r"(?i:port|site)s?", "(?i:[ps])"),
        (r"[a-c]x|y", "[a-cy]"),
        (r"(?P<a>(?!))|b", "[b]"),
    ],
)
def test_opening_class(pattern, opening):
    assert opening_class(re.compile(pattern)) == opening


@pytest.mark.parametrize(
    "pattern",
    [r"x?", r"[^a]b", r".b", r"(a)?\1", r"(?:a|)"],  # empty matches, negated classes, any, back-references
)
def test_no_class_where_unknown(pattern):
    compiled = re.compile(pattern)
    assert opening_class(compiled) is None
    assert guarded(compiled) is compiled


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<![\w])(?:Tanger(?:\s+Med)?|Rabat|Rotterdam|Kansas)(?![\w])", 0),
        (r"(?<![\w-])(?:[Ll]['’]\s*Hexagone|[Oo]utre-Manche)(?![\w-])", 0),
        (r"(?i:\b(?:sites?|plants?|(?=p)(?<!of\s)ports?))\s+\w+", 0),
        (r"(?i:sites?|k\w+|état)", 0),  # `ſ`, the Kelvin sign, `É`: matched as re.I matches them
        (r"port|état", re.IGNORECASE),
        (r"""
            (?<!\d)\d{1,2}\s?[:h]\s?\d{2}   # a time
          | (?<![\w])[A-Z]+\d+              # a code
        """, re.VERBOSE),
        (r"(?P<city>(?!))|(?P<seat>(?!))|(?i:b)ased\s+in\s+(?P<site>[A-Z]\w+)", 0),
    ],
)
def test_guarded_finds_the_same(pattern, flags):
    compiled = re.compile(pattern, flags)
    fast = guarded(compiled)
    assert fast is not compiled
    assert fast.groupindex == compiled.groupindex
    spans = [(m.span(), m.groups()) for m in compiled.finditer(TEXT)]
    assert [(m.span(), m.groups()) for m in fast.finditer(TEXT)] == spans
    for start in range(len(TEXT)):
        assert bool(fast.match(TEXT, start)) == bool(compiled.match(TEXT, start))
        found, again = compiled.search(TEXT, start, start + 30), fast.search(TEXT, start, start + 30)
        assert (found and found.span()) == (again and again.span())


def _production_patterns():
    """The project's guarded patterns, by where they live."""
    from econews import countries
    from econews.tasks import clean
    from econews.tasks.entities import cues, gazetteer, mentions, names
    from econews.tasks.metrics import article, context, countries as metric_countries, country_masks, \
        country_rivals, country_subjects, numbers
    from econews.tasks.metrics import _FLOW_CLAUSE_RE
    from econews.tasks.relations import companies, document

    return [
        *countries._places_abroad_patterns(), countries._epithet_patterns()[0], countries._patterns()[4],
        metric_countries._places_re(), metric_countries._home_places_re(), metric_countries._home_organisations_re(),
        metric_countries._multinationals()[0], metric_countries._CLAUSE_CUT_RE, metric_countries._TRADE_RE,
        metric_countries._SOURCE_CUE_RE, clean._boilerplate_lines()[1], clean._GLUE_SPLIT_RE, clean._MENU_SPLIT_RE,
        gazetteer._place_re(), cues._EN_INSTITUTION_RE, cues._NAME_START_RE, cues._SITE_RE, cues._COMPANY_RE,
        cues._NAMED_INSTITUTION_RE, mentions._MENU_SEP_RE, mentions._EN_PORTFOLIO_RE, mentions._REGION_RE,
        names._HONORIFIC_NAME_RE, names._TRAILING_JUNK_RE, names._MINISTRY_RE, context._FUTURE_RE,
        context._COMPLETION_RE, context._JOBS_CREATED_RE, country_masks._RANKED_AGAINST_RE,
        country_rivals._RIVAL_MARKER_RE, country_subjects._FIRST_PERSON_RE, country_subjects.THERE_RE,
        country_subjects._HOME_RANKED_AGAINST_RE, numbers._CORE_FR, numbers._CORE_EN, article._NO_TIME_RE,
        article._FLOW_RE, _FLOW_CLAUSE_RE, companies._COMPANY_HINT_BEFORE_RE, document.INVEST_RE,
    ]


def test_production_patterns_find_what_they_found_unguarded():
    """Each guarded pattern of the project, on real pages, against the pattern it guards."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    pages = [p.read_text("utf-8") for p in sorted((root / "benchmarks" / "pages").glob("*.txt"))]
    pages += [p.read_text("utf-8") for p in sorted((root / "data" / "gold" / "pages").glob("*.txt"))[:12]]
    assert pages
    for fast in _production_patterns():
        assert fast.pattern.startswith("(?="), fast.pattern[:60]
        inner = fast.pattern[fast.pattern.index(")(?:") + len(")(?:"):-len("\n)" if fast.flags & re.VERBOSE else ")")]
        plain = re.compile(inner, fast.flags)
        for page in pages:
            assert [(m.span(), m.groups()) for m in fast.finditer(page)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(page)], plain.pattern[:60]


def test_regex_structure_skips_escapes_and_classes():
    source = r"(?:a|b)|c[|)(]\|(d)"
    assert [(i, ch, depth) for i, ch, depth in regex_structure(source)] == [
        (0, "(", 0), (4, "|", 1), (6, ")", 0), (7, "|", 0), (16, "(", 0), (18, ")", 0)]
