"""Backs the held-out reviews judged incomplete or asking nothing, read from synthetic
documents with each shape and none of the reviewed documents' wording: a list of labels
the document defines is never answered by its labels alone."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

_FILLER = " ".join(["It also keeps a record of every change made to the shelf over time."] * 6)

MODES = f"""# Shelf FAQ

## What are shelf mode and crate mode?

There are two ways to store your parts with the shelf tool:

1. **Shelf mode** keeps every part in a file called `shelf.toml` next to your project.
   {_FILLER}
2. **Crate mode**, which keeps the parts in one folder shared by all of your projects.
   {_FILLER}

## Why not the old bin tool?

The old bin tool is a part store written in shell. Our main differences are:

- **Single copy vs many copies**. The bin tool lets anyone publish a copy of a part, so
  that dozens of copies of the same part exist and most of them are broken in their own
  different ways, which wastes the time of anyone looking for the one copy that works.
- **Whole set vs each part**. When each part is versioned on its own, every project ends up
  with a mix of versions that nobody else tested, and the shared testing that a common set
  of versions would get is lost for everyone who depends on the store.
- **Shell vs compiled code**. Because the bin tool is written in shell, every platform it
  runs on needs a shell with the same quirks, and the scripts break whenever one of them
  changes the way it quotes arguments or expands the names of files.
"""


def test_defined_labels_keep_the_first_sentence_of_each_definition() -> None:
    notes = {n.front: n.back for n in facts(build_deck(MODES, "shelf.md").notes)}
    assert notes["What are shelf mode and crate mode?"] == (
        "There are two ways to store your parts with the shelf tool:\n"
        "1. Shelf mode keeps every part in a file called `shelf.toml` next to your project\n"
        "2. Crate mode, which keeps the parts in one folder shared by all of your projects"
    )


def test_defined_labels_whose_first_sentences_do_not_fit_answer_by_label() -> None:
    notes = {n.front: n.back for n in facts(build_deck(MODES, "shelf.md").notes)}
    # The author's question still makes a card: the differences by their labels.
    assert notes["Shelf: Why not the old bin tool?"] == (
        "The old bin tool is a part store written in shell. Our main differences are:\n"
        "• Single copy vs many copies\n"
        "• Whole set vs each part\n"
        "• Shell vs compiled code"
    )


SETUP = """# Running the parcel relay on a laptop

This guide runs the parcel relay on a laptop cluster and sends a test parcel through it.

Versions used in this guide:
- Parcel relay: v3.1.0
- Relay dashboard: v0.9.2
- Laptop cluster: 1.30.4

## Tested with

- Kettle OS 14.2
- Relay CLI 2.0.1

## Relay features

The relay has these features:
- Retries a parcel that a hop refuses
- Signs every parcel it forwards
"""


def test_the_versions_a_guide_was_tested_with_make_no_card() -> None:
    deck = build_deck(SETUP, "relay.md")
    backs = "\n".join(n.back for n in facts(deck.notes))
    assert "v3.1.0" not in backs
    assert "14.2" not in backs
    # A list under another lead-in in the same guide is still carded.
    assert "Signs every parcel it forwards" in backs


SHEET = """# Crate tool cheat sheet

## Getting started

```bash
crate setup                       # first command in any new or cloned project
crate setup --refresh             # refresh the cached plugins
crate pack                        # build the archive
crate ship crate.out              # apply the saved bundle
```

## Daily commands

```bash
crate check                       # verify the manifest
crate deploy                      # run before every release
```

## More commands

```bash
crate setup                       # prepare the folder and fetch plugins
crate pack                        # compress the sources into one file
crate ship bundle.out             # apply saved bundle
crate clean                       # remove build leftovers
```
"""


def _sheet() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(SHEET, "crate.md").notes)}


def test_a_comment_saying_when_to_run_a_command_asks_when() -> None:
    notes = _sheet()
    assert notes["When do you run `crate deploy`?"] == "Run before every release"
    assert not [f for f in notes if "`crate deploy`" in f and f.startswith("What")]


def test_a_command_is_asked_once_per_page() -> None:
    notes = _sheet()
    # What `crate setup` does is said further down; "when" gives way to it.
    assert [f for f in notes if "`crate setup`" in f] == ["What does `crate setup` do?"]
    assert notes["What does `crate setup` do?"] == "Prepare the folder and fetch plugins"
    # `crate pack` is asked once, by the first block explaining it.
    assert [f for f, b in notes.items() if "crate pack" in f + b] == [
        "How do you build the archive (`crate`)?"
    ]
    # "apply the saved bundle" / "apply saved bundle": one question, the first answer.
    shipped = [f for f in notes if "saved bundle" in f]
    assert shipped == ["How do you apply the saved bundle (`crate`)?"]
    assert notes[shipped[0]] == "crate ship crate.out"


COLLECTION = """# Kettlebase Questions

## Basics

### What is Kettlebase?
Kettlebase is an open source store for time series that keeps every series in columns.

### What are the storage engines?
Kettlebase offers a row engine and a column engine; the column engine is the default.

### How does Kettlebase compress data?
Kettlebase compresses each column on its own with a codec chosen for its type.

### What is a retention policy?
A retention policy tells Kettlebase how long to keep the points of a series.

## Cluster Growth
- Shard placement
- Node discovery
- Rebalancing

## Maintenance Tools
- kb-vacuum
- kb-check
"""


def test_a_topic_heading_over_a_list_in_a_question_collection_makes_no_card() -> None:
    fronts = [n.front for n in facts(build_deck(COLLECTION, "kb.md").notes)]
    assert not [f for f in fronts if "cluster growth" in f.lower()]


def test_a_list_card_of_a_collection_is_asked_of_its_subject_not_its_title() -> None:
    notes = {n.front: n.back for n in facts(build_deck(COLLECTION, "kb.md").notes)}
    assert notes["Kettlebase: maintenance tools?"] == "• kb-vacuum\n• kb-check"
