"""The characters a regular expression's matches can open with, as a look-ahead put before it.

Python's `re` tries a pattern at every position of a text. When the pattern opens with a look
behind (`(?<![\\w])`), a group of alternatives or an optional prefix, it does the whole entry
work at each position, even where no match can start: a page's window searched for a few
hundred place names costs several times what a test of its first character would
(`(?=[A-Z...])(?<![\\w])(?:Agadir|...)`). `guarded` puts that test in front of a compiled
pattern; the test only ever rejects positions where no match can start, so every search,
match and finditer finds what it found before.

The class is read from the pattern's parse (`re._parser`, the standard library's own): a
literal, a class, a category (`\\d`), each alternative's first, what follows an optional part
or a zero-width assertion (an anchor, a look-around: skipped, which only widens the class;
`(?!)`, which never holds, closes its alternative).
Where the class cannot be known (a negated class, `.`, a back-reference, a pattern that can
match the empty string) no test is added.
"""

from __future__ import annotations

import re

try:  # the parser of `re` (private; renamed from `sre_parse` in Python 3.11)
    from re import _constants as _sre, _parser as _sre_parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
# (pattern flags that leave the class as it is; any other, such as re.I, widens it to any case)
_CASE_FLAGS = re.IGNORECASE


class _Unknown(Exception):
    """The pattern may open with a character no class written here describes."""


def _first_of_sequence(items) -> tuple[list[str], bool]:
    """(class items, whether the whole sequence can match the empty string)."""
    found: list[str] = []
    for op, av in items:
        opening, empty = _first_of_item(op, av)
        found += opening
        if not empty:
            return found, False
    return found, True


def _first_of_item(op, av) -> tuple[list[str], bool]:
    if op is _sre.LITERAL:
        return [re.escape(chr(av))], False
    if op is _sre.IN:
        return _class_items(av), False
    if op is _sre.BRANCH:
        found, empty = [], False
        for branch in av[1]:
            opening, branch_empty = _first_of_sequence(branch)
            found += opening
            empty = empty or branch_empty
        return found, empty
    if op is _sre.SUBPATTERN:
        return _first_of_sequence(av[-1])
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _first_of_sequence(av)
    if op in _REPEATS:
        low, _, body = av
        opening, empty = _first_of_sequence(body)
        return opening, empty or low == 0
    if op is _sre.ASSERT_NOT and not av[1].data:
        return [], False  # `(?!)` never holds: what it stands in opens no match
    if op in _ZERO_WIDTH:
        return [], True
    raise _Unknown(op)


def _class_items(items) -> list[str]:
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated class, or what a class written here could not say
            raise _Unknown(op)
    return out


def _any_case(items) -> bool:
    """Whether a group of the parsed pattern sets re.I for itself (`(?i:...)`)."""
    for op, av in items:
        if op is _sre.SUBPATTERN and (av[1] & _CASE_FLAGS or _any_case(av[-1])):
            return True
        if op is _sre.BRANCH and any(_any_case(branch) for branch in av[1]):
            return True
        if op in _REPEATS and _any_case(av[2]):
            return True
        if op in (_sre.ASSERT, _sre.ASSERT_NOT) and _any_case(av[1]):
            return True
        if op is getattr(_sre, "ATOMIC_GROUP", None) and _any_case(av):
            return True
    return False


def opening_class(pattern: re.Pattern) -> str | None:
    """A class every match of `pattern` opens with (`[A-Z]`, `(?i:[ps])`), None if unknown."""
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
        items, empty = _first_of_sequence(parsed)
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    if empty or not items:
        return None
    opening = "[" + "".join(dict.fromkeys(items)) + "]"
    if pattern.flags & _CASE_FLAGS or _any_case(parsed):
        opening = f"(?i:{opening})"
    return opening


def regex_structure(source: str):
    """(index, character, depth) of each `(`, `)` and `|` of a regular expression's source
    that is syntax: escaped characters and the insides of classes (`[(|]`) are skipped;
    `depth` is the nesting before a `(`, after a `)`."""
    depth, i = 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: its brackets, parentheses and bars are characters
            i += 1
            i += source[i:i + 1] == "^"
            i += source[i:i + 1] == "]"
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            yield i, ch, depth
            depth += 1
        elif ch == ")":
            depth -= 1
            yield i, ch, depth
        elif ch == "|":
            yield i, ch, depth
        i += 1


# Inline flags for the whole pattern must open it: a test cannot go before them.
_GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")


def guarded(pattern: re.Pattern) -> re.Pattern:
    """`pattern` behind a look-ahead at the characters its matches open with: the same
    matches, found faster where most positions cannot open one. Unchanged where the class is
    unknown, or the pattern is bytes or opens with its inline flags."""
    if not isinstance(pattern.pattern, str) or _GLOBAL_FLAGS_RE.match(pattern.pattern):
        return pattern
    opening = opening_class(pattern)
    if opening is None:
        return pattern
    # (in verbose mode the pattern may end on a comment, which the newline closes)
    end = "\n)" if pattern.flags & re.VERBOSE else ")"
    return re.compile(f"(?={opening})(?:{pattern.pattern}{end}", pattern.flags)
