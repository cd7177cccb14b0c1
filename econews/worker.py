"""Start of a worker process of the `processes` runner (its pool's initializer).

A light module on purpose: a spawned worker imports it to find the initializer, and
what it imports runs before `collect_rarely` can take effect.
"""

from __future__ import annotations


def prepare_worker(model_name: str) -> None:
    """Load the model once, give back what loading it freed (~40 MiB of the model's JSON
    and tables; not after each batch: the next batch would fault the same pages back in,
    NER ~10% slower, measured), and keep the collector off what start-up built."""
    from econews.memory import collect_rarely, keep_what_is_built, release_free_memory

    collect_rarely()
    # What every batch runs, imported here so that it is built before the freeze.
    import econews.flows.pipeline  # noqa: F401
    from econews.tasks.entities import load_pipeline

    load_pipeline(model_name)
    release_free_memory()
    keep_what_is_built()
