"""A page of solved tasks, each a paragraph opening on a bold number ("**2.1** Do
X"), the code solving it right under it and perhaps a quote explaining the code: each
task is an exercise card, its code (and a short explanation) the back. The explanation
makes no card cut from its task. Synthetic documents in that shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import all_facts, clozes

SOLVED = """# Archive Drills — Answers

## Part 1: Packing Files

**1.1** Pack the folder `logs/` into `logs.tar.gz`, compressed with gzip.
```bash
tar -czf logs.tar.gz logs/
```
> `-z` runs the archive through gzip. `-f` names the archive file.

**1.2** List what `logs.tar.gz` holds without unpacking it.
```bash
tar -tzf logs.tar.gz
```

**1.3** Unpack only the newest entries, keeping any file already on disk.
```bash
tar -xzf logs.tar.gz --keep-newer-files
```

## Part 2: Checking Archives

**2.1** Which flag makes the archiver print each file as it works?
> **The verbose flag** `-v`, on any of the modes above.

**2.2** Compare `logs.tar.gz` with the files on disk.
```bash
tar -dzf logs.tar.gz
```

**2.3** Script `pack.sh`:
```bash
tar -czf "$1.tar.gz" "$1"
```
"""


def test_each_numbered_task_is_an_exercise_card() -> None:
    deck = build_deck(SOLVED, "drills.md")
    cards = {n.front: n.back for n in all_facts(deck.notes)}
    assert cards == {
        "Pack the folder `logs/` into `logs.tar.gz`, compressed with gzip.": (
            "tar -czf logs.tar.gz logs/\n"
            "`-z` runs the archive through gzip. `-f` names the archive file."
        ),
        "List what `logs.tar.gz` holds without unpacking it.": "tar -tzf logs.tar.gz",
        # No code span: the task names nothing alone, its section's subject does.
        "Packing Files: Unpack only the newest entries, keeping any file already on disk.": (
            "tar -xzf logs.tar.gz --keep-newer-files"
        ),
        "Checking Archives: Which flag makes the archiver print each file as it works?": (
            "The verbose flag `-v`, on any of the modes above."
        ),
        "Compare `logs.tar.gz` with the files on disk.": "tar -dzf logs.tar.gz",
        # "Script `pack.sh`:" only labels its code: no task, no exercise card.
    }


def test_an_explanation_under_a_task_makes_no_cloze_of_its_own() -> None:
    deck = build_deck(SOLVED, "drills.md")
    assert clozes(deck.notes) == []


WALKTHROUGH = """# Setting up the archiver

## Getting started

**1.** Install the archiver from your package manager.
```bash
apt-get install tar
```

Then check the version it reports; releases before 1.30 lack the newer flags.

**2.** Pack a first folder `logs/` to see it work.
```bash
tar -czf logs.tar.gz logs/
```
"""


def test_two_numbered_steps_are_no_page_of_tasks() -> None:
    # Near miss: two numbered steps of a walkthrough, no set of solved tasks.
    deck = build_deck(WALKTHROUGH, "setup.md")
    fronts = [n.front for n in all_facts(deck.notes)]
    assert "Pack a first folder `logs/` to see it work." not in fronts
    assert "Install the archiver from your package manager." not in fronts
