"""econews: raw economic news pages -> validated documents, entities and metrics tables."""

__version__ = "0.1.0"
# Bumped whenever extraction output can change for the same input; recorded in `runs`
# and on every row so `econews run --full` can bring old rows up to date.
CODE_VERSION = "2026.12.08-122"
