"""The legal forms of companies (`Co., Ltd`, `S.A.`, `S.p.A.`, `GmbH & Co. KG`, `A.Ş.`), shared
by the entities stage (a name's legal form belongs to the name) and the relations stage (a
legal form says a name is a company's; a legal form alone is no company)."""

from __future__ import annotations

import re

# The legal forms of companies, as the press writes them: a name's legal form belongs to the
# name (`Qingdao Harbour Logistics Co., Ltd`, `Andes Berry Farms S.A.C.`, `Kessler Automotive
# GmbH & Co. KG`), and a legal form alone (`Ltd`, `KG`) is never a name. Dotted forms keep
# their dots; the longest alternatives come first.
LEGAL_FORM = (
    r"(?:GmbH(?:[ ]*&[ ]*Co\.?[ ]*KG(?:aA)?)?|&[ ]*Co\.(?:[ ]*KG)?|Co\.?,?[ ]*Ltd\.?|Co\.?,?[ ]*Limited|Co\.|Ltd\.?|Limited|"
    r"Inc\.?|Corp\.?|L\.?L\.?C\.?|P\.?L\.?C\.?|plc|Pvt\.?[ ]+Ltd\.?|Pty\.?[ ]+Ltd\.?|Sdn\.?[ ]+Bhd\.?|"
    r"S\.A\.R\.L\.?|S\.A\.R\.L|SARLAU|SARL|S\.A\.S\.?|SAS|S\.A\.C\.?|S\.A\.U\.?|S\.A\.B\.?|S\.A\.?|SA|"
    r"S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|S\.L\.U?\.?|S\.L|B\.V\.?|BV|N\.V\.?|NV|A\.[ŞS]\.?|AŞ|A/S|ASA|AB|Oy|AG|KG|SE|"
    r"K\.K\.|JSC|PJSC|Ltda\.?)"
)
# Forms the press also sets after a comma (`Acme, Inc.`, `X Co., Ltd.`); two capitals
# (`SA`, `AG`) after a comma are more often something else.
_COMMA_LEGAL_FORM = (
    r"(?:Co\.?,?[ ]*Ltd\.?|Co\.?,?[ ]*Limited|Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|L\.L\.C\.?|LLC|P\.L\.C\.?|PLC|plc|"
    r"S\.A\.R\.L\.?|S\.A\.S\.?|S\.A\.C\.?|S\.A\.U\.?|S\.A\.?|S\.p\.A\.?|S\.r\.l\.?|S\.L\.U?\.?|B\.V\.?|N\.V\.?|"
    r"A\.[ŞS]\.?|GmbH(?:[ ]*&[ ]*Co\.?[ ]*KG)?)"
)
# One or more legal forms after a name: ` Co., Ltd`, `, Inc.`, ` S.p.A.`, ` GmbH & Co. KG`.
LEGAL_TAIL_RE = re.compile(
    rf"(?:(?:[ ]*,[ ]*(?:{_COMMA_LEGAL_FORM})|[ ]+(?:{LEGAL_FORM})|[ ]*(?:&[ ]*Co\.(?:[ ]*KG)?))(?![\w&-]|\.\w))+"
)
# A span that is nothing but legal forms (`Ltd`, `Co., Ltd`, `KG`): no name.
BARE_LEGAL_FORM_RE = re.compile(rf"^[\s,&]*(?:(?:{LEGAL_FORM})[\s,.]*)+$")


def legal_form_end(text: str, start: int, end: int) -> int:
    """Where a company's name ends with its legal form: `Qingdao Harbour Logistics Co` +
    `., Ltd`, `Farmalabor S.p` + `.A.`, `Kessler Automotive GmbH & Co` + `. KG`; `end` when
    no legal form follows. A form the span found cut is read again from its last words."""
    best = end
    span = text[start:end]
    # where a cut legal form may start: the span's end, and the spaces before its last two words
    spots = [end] + [start + m.start() for m in re.finditer(r"(?:[ ]*,)?[ ]+(?=\S+(?:[ ]+\S+)?$)", span)]
    for p in sorted(set(spots)):
        if p <= start:
            continue
        m = LEGAL_TAIL_RE.match(text, p)
        if m and m.end() > best and "\n" not in m.group(0):
            best = m.end()
    return best


def is_bare_legal_form(span: str) -> bool:
    return bool(BARE_LEGAL_FORM_RE.match(span))


def has_legal_form(span: str) -> bool:
    """The name ends with a legal form (`Nador West Med S.A.`, `Ertan Tekstil A.Ş`)."""
    m = re.search(r"[ ,]", span)
    return bool(m) and any(LEGAL_TAIL_RE.fullmatch(span, i) for i in range(m.start(), len(span)) if span[i] in " ,")
