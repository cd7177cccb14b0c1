"""The command line: progress and summary, as a user sees them."""

from __future__ import annotations


def test_progress_lines_when_not_a_terminal():
    import io

    from econews.cli import progress_printer

    stream = io.StringIO()  # not a terminal: plain lines, no bar redrawn in place
    show = progress_printer(stream)
    show("batches", 100, 200, 12.5)
    show("batches", 200, 200, 13.0)
    show("commit", 200, 200, 0.0)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("progress: 100/200 files, 12.5 files/s")
    assert lines[-1] == "committing 200 files to the lake ..."
    assert "\r" not in stream.getvalue()
