"""`econews.openings`: the look-ahead at a pattern's opening characters changes no match."""

import re

import pytest

from econews.openings import guarded, opening_class

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
