"""The metrics stage cuts sentences with the project's one splitter (econews.tasks.sentences)."""

from econews.tasks.sentences import sentence_spans as _sentences

__all__ = ["_sentences"]
