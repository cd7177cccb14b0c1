"""Near-duplicate stories (MinHash/LSH)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from econews.tasks.deduplication import find_near_duplicates

A = ("Le Maroc et la Chine ont signé jeudi à Rabat un accord de coopération industrielle portant sur "
     "la construction d'une usine de batteries de 100 GWh par le groupe CATL, pour un investissement "
     "de 1,3 milliard de dollars, a annoncé le ministère de l'Industrie et du Commerce.")
A_REWORDED = ("Le groupe chinois CATL va construire au Maroc une usine de batteries de 100 GWh : un accord de "
              "coopération industrielle a été signé jeudi à Rabat entre le Maroc et la Chine pour un "
              "investissement de 1,3 milliard de dollars, selon le ministère de l'Industrie et du Commerce.")
B = ("Les exportations marocaines vers le Japon ont reculé de 3,4 % en 2023, selon l'Office des changes, "
     "en raison de la baisse des ventes de produits de la mer et de composants automobiles.")


def frame(rows):
    return pl.DataFrame(rows, schema={"doc_id": pl.Utf8, "text": pl.Utf8, "published_at": pl.Date, "source_path": pl.Utf8})


def test_reworded_story_points_to_the_earlier_one():
    new = frame([
        {"doc_id": "b", "text": A_REWORDED, "published_at": dt.date(2024, 1, 5), "source_path": "s2/x.txt"},
        {"doc_id": "a", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "s1/x.txt"},
        {"doc_id": "c", "text": B, "published_at": dt.date(2024, 1, 4), "source_path": "s1/y.txt"},
    ])
    out = find_near_duplicates(new)
    assert out.columns == ["doc_id", "duplicate_of"]
    assert dict(zip(out["doc_id"], out["duplicate_of"])) == {"b": "a", "a": None, "c": None}


def test_same_headline_twice_and_ties_by_source_path():
    title = "Maroc-Chine : CATL va construire une usine de batteries de 100 GWh à Kénitra"
    new = frame([
        {"doc_id": "y", "text": title, "published_at": None, "source_path": "s/b.txt"},
        {"doc_id": "x", "text": title, "published_at": None, "source_path": "s/a.txt"},
    ])
    out = find_near_duplicates(new)
    assert dict(zip(out["doc_id"], out["duplicate_of"])) == {"y": "x", "x": None}


def test_existing_documents_count_as_earlier_on_ties():
    existing = frame([{"doc_id": "old", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "z/x.txt"}])
    new = frame([{"doc_id": "new", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "a/x.txt"}])
    out = find_near_duplicates(new, existing)
    assert out.to_dicts() == [{"doc_id": "new", "duplicate_of": "old"}]


def test_empty_new_frame():
    out = find_near_duplicates(frame([]))
    assert out.height == 0 and out.columns == ["doc_id", "duplicate_of"]


def test_minhash_update_batch_gives_the_per_token_hashes():
    from datasketch import MinHash

    from econews.tasks.deduplication import NUM_PERM, _minhash, shingles

    tokens = shingles(A + " " + B)
    one_by_one = MinHash(num_perm=NUM_PERM, seed=1)
    for t in tokens:
        one_by_one.update(t.encode("utf-8"))
    assert (_minhash(tokens).hashvalues == one_by_one.hashvalues).all()


def test_signatures_frame():
    from econews.tasks.deduplication import NUM_PERM, signatures

    docs = frame([
        {"doc_id": "a", "text": A, "published_at": None, "source_path": "s/a.txt"},
        {"doc_id": "e", "text": None, "published_at": None, "source_path": "s/e.txt"},
    ])
    sig = signatures(docs)
    assert sig.schema == {"doc_id": pl.Utf8, "minhash": pl.List(pl.UInt64)}
    assert sig["doc_id"].to_list() == ["a", "e"]
    assert all(len(v) == NUM_PERM for v in sig["minhash"].to_list())
    assert signatures(frame([])).height == 0 and signatures(None).columns == ["doc_id", "minhash"]


def test_existing_with_stored_signatures_needs_no_text():
    from econews.tasks.deduplication import signatures

    existing = frame([
        {"doc_id": "old", "text": A, "published_at": dt.date(2024, 1, 4), "source_path": "z/x.txt"},
        {"doc_id": "other", "text": B, "published_at": dt.date(2024, 1, 3), "source_path": "z/y.txt"},
    ])
    new = frame([
        {"doc_id": "new", "text": A_REWORDED, "published_at": dt.date(2024, 1, 5), "source_path": "a/x.txt"},
        {"doc_id": "fresh", "text": "Un tout autre sujet : la pluie à Fès et la récolte des olives cette année.",
         "published_at": dt.date(2024, 1, 5), "source_path": "a/y.txt"},
    ])
    expected = find_near_duplicates(new, existing).to_dicts()
    assert expected == [{"doc_id": "new", "duplicate_of": "old"}, {"doc_id": "fresh", "duplicate_of": None}]
    stored = existing.drop("text").join(signatures(existing), on="doc_id")
    assert "text" not in stored.columns
    assert find_near_duplicates(new, stored).to_dicts() == expected
    # a null signature (a row stored before signatures were) is computed from its text
    mixed = existing.join(signatures(existing), on="doc_id").with_columns(
        minhash=pl.when(pl.col("doc_id") == "old").then(None).otherwise(pl.col("minhash"))
    )
    assert find_near_duplicates(new, mixed).to_dicts() == expected


def test_a_staged_batch_is_signed_once(tmp_path):
    """The run signs each batch its workers staged (the workers do not hash): the
    signatures of its documents are staged beside them, and a batch already signed (by
    an earlier run that failed later) is left as it is."""
    from econews.lake import Lake
    from econews.tasks.deduplication import SIGNATURE_SCHEMA, signatures
    from econews.tasks.store import stage_signatures

    lake = Lake(str(tmp_path))
    docs = frame([
        {"doc_id": "a", "text": A, "published_at": None, "source_path": "s/a.txt"},
        {"doc_id": "c", "text": B, "published_at": None, "source_path": "s/c.txt"},
    ])
    lake.stage("b1", "documents", docs)
    stage_signatures(lake, "b1")
    staged = lake.staged(["b1"], "_signatures", SIGNATURE_SCHEMA)
    assert staged.equals(signatures(docs))
    lake.stage("b1", "_signatures", staged.head(1))  # as an earlier run left it
    stage_signatures(lake, "b1")
    assert lake.staged(["b1"], "_signatures", SIGNATURE_SCHEMA)["doc_id"].to_list() == ["a"]
    stage_signatures(lake, "empty")  # nothing staged: nothing to sign
    assert not lake.is_staged("empty", "_signatures")
