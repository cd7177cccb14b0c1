"""Near-duplicate stories with MinHash/LSH (datasketch).

A document's fingerprint is the MinHash of the set of its content words (lower-cased,
accents stripped, stop words removed, numbers kept as written): a copy scores ~1, a story
reworded by another outlet, which keeps its names, figures and key words, scores 0.6-0.8,
and two different stories on the same topic score 0.05-0.2 on this corpus.  Candidates from
LSH are confirmed with the estimated Jaccard similarity >= threshold.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import polars as pl

NUM_PERM = 128
# datasketch's permutation scheme (its default since 2.0), fixed so that stored signatures stay
# comparable with the ones computed now whatever a later datasketch takes by default.
SCHEME = "affine32"
_WORD_RE = re.compile(r"\w+(?:[.,]\d+)*", re.U)
_STOP = frozenset(
    """
    a au aux avec ce ces cet cette comme dans de des du elle en et eux il ils je la le les leur leurs lui ma mais
    me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
    vos votre vous c d j l m n s t y ete etre est sont a ont avait avaient fait faire plus tres aussi ainsi entre
    dont ou lors apres avant selon sous sans tout tous toute toutes cela ceci celui celle ceux celles deux
    the of and to in for on at by with from as is are was were be been has have had this that these those it its
    an or not but which who will would can could also than more
    el los las del y en por para con una uno es son que se al lo su sus como mas
    """.split()
)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _stem(word: str) -> str:
    if len(word) > 4 and word[-1] in "sx" and not word[-2].isdigit():
        return word[:-1]
    return word


def shingles(text: str) -> set[str]:
    """Content words (stop words removed, accents and plural s/x stripped, numbers kept as
    written): rewording keeps them, so the Jaccard of two versions of a story stays high
    (0.6-0.8) while two different stories on the same topic stay low (0.05-0.2)."""
    words = _WORD_RE.findall(_normalize(text))
    out = {_stem(w) for w in words if w not in _STOP and (len(w) > 1 or w.isdigit())}
    if not out and words:
        out = set(words)
    return out


def _minhash(tokens: set[str]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch([t.encode("utf-8") for t in tokens])  # the same hash values as update() per token
    return m


def _from_hashvalues(values):
    """The MinHash of stored hash values (a `minhash` column cell)."""
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.asarray(values, dtype=np.uint32))


SIGNATURE_SCHEMA: dict[str, pl.DataType] = {"doc_id": pl.Utf8, "minhash": pl.List(pl.UInt64)}


def signatures(frame: pl.DataFrame | None) -> pl.DataFrame:
    """doc_id, minhash (NUM_PERM hash values of SCHEME, List(UInt64)) of every row of `frame` (columns
    doc_id, text): what `find_near_duplicates` computes for a document, to be stored with it
    and passed back as the `minhash` column of `existing` instead of the text."""
    if frame is None or frame.height == 0:
        return pl.DataFrame(schema=SIGNATURE_SCHEMA)
    ids, values = [], []
    for row in frame.select("doc_id", "text").iter_rows(named=True):
        ids.append(row["doc_id"])
        values.append(_minhash(shingles(row["text"] or "")).hashvalues.tolist())
    return pl.DataFrame({"doc_id": ids, "minhash": values}, schema=SIGNATURE_SCHEMA)


def find_near_duplicates(new: pl.DataFrame, existing: pl.DataFrame | None = None,
                         threshold: float = 0.5) -> pl.DataFrame:
    """doc_id, duplicate_of (null when none) for every row of `new`.

    `new` and `existing` have columns doc_id, text, published_at, source_path. A frame may
    carry a `minhash` column (from `signatures`): where it is set, it is used and the text is
    not read (`existing` rows then need no text); where it is absent or null, it is computed.
    duplicate_of is the earliest document (by published_at, nulls last, then source_path;
    an existing document counts as earlier than a new one on a tie) among those telling the
    same story, followed to its own original when that one is itself a duplicate (an
    `existing` frame may carry a duplicate_of column for this).
    """
    from datasketch import MinHashLSH

    schema = {"doc_id": pl.Utf8, "duplicate_of": pl.Utf8}
    if new is None or new.height == 0:
        return pl.DataFrame(schema=schema)

    records: list[dict] = []
    for is_new, frame in ((False, existing), (True, new)):
        if frame is None or frame.height == 0:
            continue
        has_dup = "duplicate_of" in frame.columns
        for row in frame.iter_rows(named=True):
            records.append({
                "doc_id": row["doc_id"],
                "text": row.get("text") or "",
                "minhash": row.get("minhash"),
                "published_at": row.get("published_at"),
                "source_path": row.get("source_path") or "",
                "is_new": is_new,
                "known_dup": row.get("duplicate_of") if has_dup and not is_new else None,
            })

    def order(r: dict):
        d = r["published_at"]
        if isinstance(d, dt.datetime):
            d = d.date()
        return (d is None, d or dt.date.min, r["is_new"], r["source_path"], r["doc_id"])

    records.sort(key=order)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    rank: dict[str, int] = {}
    for i, r in enumerate(records):
        key = r["doc_id"]
        if key in hashes:  # the same doc_id twice (existing and new): keep the first
            continue
        stored = r["minhash"]
        if stored is not None and len(stored) == NUM_PERM:
            mh = _from_hashvalues(stored)
        else:  # none stored (or of another NUM_PERM): from the text
            mh = _minhash(shingles(r["text"]))
        hashes[key] = mh
        rank[key] = i
        lsh.insert(key, mh)

    root: dict[str, str | None] = {}
    for r in records:
        if r["known_dup"]:
            root[r["doc_id"]] = r["known_dup"]

    result: dict[str, str | None] = {}
    for r in records:
        key = r["doc_id"]
        if key in result or key not in hashes:
            continue
        mh = hashes[key]
        earlier = [c for c in lsh.query(mh) if c != key and rank[c] < rank[key]
                   and hashes[c].jaccard(mh) >= threshold]
        if r["known_dup"]:
            result[key] = r["known_dup"]
            continue
        if not earlier:
            result[key] = None
            continue
        first = min(earlier, key=rank.__getitem__)
        seen = {key}
        while result.get(first) or root.get(first):  # follow to the original
            nxt = result.get(first) or root.get(first)
            if nxt in seen:
                break
            seen.add(first)
            first = nxt
        result[key] = first

    ids = new["doc_id"].to_list()
    return pl.DataFrame({"doc_id": ids, "duplicate_of": [result.get(i) for i in ids]}, schema=schema)
