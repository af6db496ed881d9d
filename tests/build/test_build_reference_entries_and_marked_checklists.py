"""Reference pages with one section per named entry (a heading that is an identifier,
its description, a checklist of where it applies, labelled fields), checklists whose
marks are the answer, and boxes or labels holding nothing but links. Each read from a
synthetic document in that shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Callout, parse_document
from quizkit.notes import FactNote
from tests.helpers import all_facts, facts

REFERENCE = """# Kettle Daemon Settings

## `KETTLE_PORT`

**Available On**
* ✅ Server
* ✅ Desktop

Sets the port on which the kettle daemon listens for brew requests.

**Default Value**
```bash
KETTLE_PORT=7070
```

## `KETTLE_SPOUT_URL`

**Available On**
* 🚫 Server
* ✅ Desktop

Base URL where the spout images are served from.

**Example**
```bash
KETTLE_SPOUT_URL=https://spout.example/images/
```

## `KETTLE_BOIL_LIMIT`

**Available On**
* ✅ Server
* ✅ Desktop

```bash
KETTLE_BOIL_LIMIT=3
```

If you need a higher limit, ask the maintainers in the chat.

## `KETTLE_LID_TOKEN`

The `KETTLE_LID_TOKEN` is required when the lid lock is set to `strict`.

**📘 More Information**
* Boiling guide: [Boiling](./boiling.md)
* [Spout reference](./spout.md)
"""


def _deck(text: str) -> list[FactNote]:
    return facts(build_deck(text, "reference.md").notes)


def _by_front(text: str) -> dict[str, str]:
    return {note.front: note.back for note in _deck(text)}


def test_a_mixed_checklist_says_yes_or_no_per_item() -> None:
    cards = _by_front(REFERENCE)
    assert cards["`KETTLE_SPOUT_URL`: available on — Server or Desktop?"] == (
        "• Server: no\n• Desktop: yes"
    )


def test_a_ticked_sibling_checklist_is_read_the_same_way() -> None:
    cards = _by_front(REFERENCE)
    assert cards["`KETTLE_PORT`: available on — Server or Desktop?"] == (
        "• Server: yes\n• Desktop: yes"
    )


def test_an_entry_description_is_asked_by_the_entry_name() -> None:
    cards = _by_front(REFERENCE)
    assert cards["What does `KETTLE_PORT` do?"] == (
        "Sets the port on which the kettle daemon listens for brew requests."
    )
    assert cards["What is `KETTLE_SPOUT_URL`?"] == (
        "Base URL where the spout images are served from."
    )


def test_prose_after_an_example_or_to_the_reader_is_no_description() -> None:
    fronts = set(_by_front(REFERENCE))
    assert not any("KETTLE_BOIL_LIMIT" in front and "What" in front for front in fronts)
    # Saying only when the entry is needed is no answer to "What is it?".
    assert "What is `KETTLE_LID_TOKEN`?" not in fronts


def test_a_labelled_field_is_asked_and_an_example_is_not() -> None:
    cards = _by_front(REFERENCE)
    assert cards["`KETTLE_PORT`: default value?"] == "KETTLE_PORT=7070"
    assert not any("example" in front.lower() for front in cards)


def test_a_label_over_links_only_makes_no_card() -> None:
    backs = [note.back for note in _deck(REFERENCE)]
    assert not any("Spout reference" in back or "Boiling" in back for back in backs)


TWO_ENTRIES = """# Kettle Daemon Settings

## `KETTLE_PORT`

Sets the port on which the kettle daemon listens for brew requests.

## `KETTLE_SPOUT_URL`

Base URL where the spout images are served from.
"""


def test_two_identifier_sections_are_no_reference_page() -> None:
    fronts = set(_by_front(TWO_ENTRIES))
    assert "What is `KETTLE_SPOUT_URL`?" not in fronts
    assert "What does `KETTLE_PORT` do?" not in fronts


NEAR_MISSES = """# Glazing Kit

## Choosing a kit

**Benefits**
- ✅ Cheap
- ✅ Portable

**Avoid for**
- ❌ Food bowls
- ❌ Outdoor planters

**Legend**
- ✅ Supported
- ❌ Not supported

Which of these glazes are food safe?

- ☐ Lead glaze
- ✅ Liner glaze
"""


def test_marks_alike_on_every_item_only_echo_the_label() -> None:
    cards = _by_front(NEAR_MISSES)
    assert cards["Choosing a kit: benefits?"] == "• Cheap\n• Portable"
    assert not any(": no" in back or ": yes" in back for back in cards.values())


PLATFORMS = """# Brewer

## Requirements

### Supported platforms
- ✅ Linux (x86 and ARM)
- ❌ Windows (planned)
- ✅ macOS
"""


def test_a_checklist_under_its_heading_keeps_remarks_on_the_back_only() -> None:
    cards = _by_front(PLATFORMS)
    assert cards["Brewer › Requirements: supported platforms — Linux, Windows or macOS?"] == (
        "• Linux (x86 and ARM): yes\n• Windows (planned): no\n• macOS: yes"
    )


SEE_ALSO = """# Autoscaling

## Pod Scaler

:::info See also

[_Pod Scaler_ reference](/reference/spec.md#pod-scaler)

:::

_Pod Scaler_ is a basic building block of an autoscaling policy.

## Node Scaler

:::info

If a node runs a pinned pod, the node scaler never removes it.

:::
"""


def test_a_callout_of_links_only_is_navigation_and_one_with_text_is_a_tip() -> None:
    callouts = [
        item.block for item in parse_document(SEE_ALSO).items if isinstance(item.block, Callout)
    ]
    assert [c.pointer for c in callouts] == [True, False]
    cards = {n.front: n.back for n in all_facts(build_deck(SEE_ALSO, "autoscaling.md").notes)}
    assert cards == {
        "Node Scaler: if a node runs a pinned pod, what happens?": (
            "If a node runs a pinned pod, the node scaler never removes it."
        )
    }


FIELD_PAGE = """---
title: "Loom Batch"
---

## Key Fields

### weaverName
`weaverName` indicates the weaver that will run the batch.

### minThreads
`minThreads` represents the minimum number of threads required to start the batch.

### spools.count
`spools.count` indicates the number of spools in a batch.

## Status

### waiting
`waiting` indicates that the batch is waiting for a free loom.

### woven
`woven` indicates that every spool of the batch has been woven.

### cancelled
`cancelled` indicates that the batch was stopped before it finished.
"""


def test_a_plain_heading_the_page_writes_as_code_is_an_entry_of_the_page() -> None:
    cards = _by_front(FIELD_PAGE)
    # Asked alone, `minThreads` could be any program's: the page's subject owns it.
    assert cards["What is `minThreads` in Loom Batch?"] == (
        "`minThreads` represents the minimum number of threads required to start the batch."
    )
    assert cards["What is `spools.count` in Loom Batch?"] == (
        "`spools.count` indicates the number of spools in a batch."
    )
    # A short parent label sorting the entries says what kind they are.
    assert cards["What is `waiting` in Loom Batch status?"] == (
        "`waiting` indicates that the batch is waiting for a free loom."
    )
    assert len(cards) == 6


def test_a_plain_heading_over_prose_is_no_entry() -> None:
    text = FIELD_PAGE.replace("`waiting` indicates", "Waiting indicates").replace(
        "`woven` indicates", "Woven indicates"
    )
    fronts = set(_by_front(text))
    assert not any("`waiting`" in front or "`woven`" in front for front in fronts)


def test_a_title_naming_only_the_kind_of_reference_owns_nothing() -> None:
    cards = _by_front(FIELD_PAGE.replace('title: "Loom Batch"', 'title: "CLI Reference"'))
    assert "What is `minThreads`?" in cards
