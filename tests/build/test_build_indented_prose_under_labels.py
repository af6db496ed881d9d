"""Sentences indented four spaces under a label line ("Details:") are the label's text
written with a code margin, one point a line; real code indented under a label ("Syntax:",
or a label over shell lines) stays code. Synthetic documents in the shape of notes that
indent their prose."""

from __future__ import annotations

from quizkit.build.markdown import Code, ListBlock, Paragraph, parse_document

NOTES = """# Gadget notes

### Spindle

Syntax:

    SPINDLE <speed> [<axis> ...]

Details:

    The spindle setting fixes how fast the main axis turns during a cut.
    A second setting later in the file replaces the first one entirely.
    For example, SPINDLE 1200 "$AXIS" keeps the axis named in the variable.

Checks:

    $ gadget check --spindle 1200
    gadget status --all

To move it to another machine you would need to:

    Copy the calibration table from the old controller.
    Reset the axis offsets before the first cut.
"""


def _blocks(text: str) -> list[object]:
    return [item.block for item in parse_document(text).items]


def test_prose_indented_under_a_label_is_the_labels_points() -> None:
    blocks = _blocks(NOTES)
    details = blocks.index(Paragraph(text="Details:", line=9))
    assert blocks[details + 1] == ListBlock(
        ordered=False,
        items=(
            "The spindle setting fixes how fast the main axis turns during a cut.",
            "A second setting later in the file replaces the first one entirely.",
            'For example, SPINDLE 1200 "$AXIS" keeps the axis named in the variable.',
        ),
        line=11,
    )


def test_prose_indented_under_a_lead_in_sentence_is_its_list() -> None:
    lists = [b for b in _blocks(NOTES) if isinstance(b, ListBlock)]
    assert lists[-1].items == (
        "Copy the calibration table from the old controller.",
        "Reset the axis offsets before the first cut.",
    )


def test_code_indented_under_a_label_stays_code() -> None:
    codes = [b.text for b in _blocks(NOTES) if isinstance(b, Code)]
    assert codes == [
        "SPINDLE <speed> [<axis> ...]\n",
        "$ gadget check --spindle 1200\ngadget status --all\n",
    ]


def test_wordy_output_under_an_output_label_stays_code() -> None:
    text = """# Gadget

Output:

    The spindle is ready and the axis is calibrated for the next cut.
    All three sensors report normal readings after the warm-up run.
"""
    blocks = _blocks(text)
    assert isinstance(blocks[-1], Code)


def test_wrapped_prose_under_a_label_is_one_paragraph() -> None:
    text = """# Gadget

How it works:

    The controller reads the table once at start-up and keeps it in memory
    until the machine is switched off, so an edit takes effect on the next boot.
"""
    assert _blocks(text)[-1] == Paragraph(
        text="The controller reads the table once at start-up and keeps it in memory "
        "until the machine is switched off, so an edit takes effect on the next boot.",
        line=5,
    )
