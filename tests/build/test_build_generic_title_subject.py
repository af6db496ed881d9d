"""A page titled only "FAQs" or "Troubleshooting" asks of a product its fronts never
name: the subject is read from the page's shape and leads each front lacking it."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.subject import document_subject, generic_title, with_subject
from quizkit.notes import FactNote

# The product is named in prose across sections and is the command its code runs.
TOOL_FAQ = """# FAQs

## How does Quarry compare to Gravel?

Quarry wraps Gravel and adds a profile manager on top of it.

## Are arm64 hosts supported?

Yes. Quarry runs on arm64 and amd64 hosts alike.

```sh
quarry start --arch arm64
```

## How to change the disk size?

Stop the Quarry machine first, then start it with a bigger disk.

```sh
quarry stop
quarry start --disk 100
```

## Shared folders are not visible from the host

<small>**Requires v2.1.0**</small>

Shared folders are not visible from the host by default. This is because Quarry does
not mount them.

To fix this, stop the machine and start it with shared folders mounted:

```sh
quarry stop
quarry start --mount-writable
```

## How can old images be removed?

Run the prune command; Quarry then frees the space on the host too.

```sh
quarry prune
```
"""


def _fronts(text: str, name: str = "faq.md") -> dict[str, FactNote]:
    return {n.id: n for n in build_deck(text, name).notes if isinstance(n, FactNote)}


def test_a_generic_title_takes_the_product_the_page_names_and_runs() -> None:
    assert document_subject("FAQs", TOOL_FAQ) == "Quarry"
    notes = _fronts(TOOL_FAQ)
    assert notes["are-arm64-hosts-supported"].front == "Quarry: Are arm64 hosts supported?"
    assert notes["how-to-change-the-disk-size"].front == "Quarry: How to change the disk size?"
    # A front that names the product already stays as it was: no doubling.
    assert notes["how-does-quarry-compare-to-gravel"].front == "How does Quarry compare to Gravel?"


def test_a_front_with_a_colon_of_its_own_reads_in_the_subject() -> None:
    # No second colon: "… are not visible from the host: why?" is asked "In Quarry, …".
    fronts = [n.front for n in _fronts(TOOL_FAQ).values()]
    assert "In Quarry, shared folders are not visible from the host: why?" in fronts


def test_a_version_badge_closes_the_answer_instead_of_opening_it() -> None:
    backs = [n.back for n in _fronts(TOOL_FAQ).values() if "Shared folders" in n.back]
    # The fix after the cause is the answer too; the badge closes it on a
    # line of its own, never glued to the last command.
    assert backs == [
        "Shared folders are not visible from the host by default. This is because Quarry "
        "does not mount them.\n"
        "To fix this, stop the machine and start it with shared folders mounted:\n"
        "quarry stop\n"
        "quarry start --mount-writable\n"
        "(requires v2.1.0)"
    ]


def test_note_ids_stay_what_the_headings_make_them() -> None:
    specific = TOOL_FAQ.replace("# FAQs", "# Quarry questions answered", 1)
    assert document_subject("Quarry questions answered", specific) == ""
    assert set(_fronts(TOOL_FAQ)) == set(_fronts(specific))


def test_a_title_naming_the_product_past_its_generic_words_is_the_subject() -> None:
    page = TOOL_FAQ.replace("# FAQs", "# Troubleshooting Quarry Relay", 1).replace(
        "Quarry", "Quarry Relay"
    )
    assert generic_title("Troubleshooting Quarry Relay") == (True, "Quarry Relay")
    assert document_subject("Troubleshooting Quarry Relay Relay", page) == ""
    assert document_subject("Troubleshooting Quarry Relay", page) == "Quarry Relay"


def test_a_quiz_collection_title_is_not_a_generic_product_page() -> None:
    # "SQL Questions", "Concurrency Questions": questions written to stand alone.
    assert generic_title("Concurrency Questions") == (False, "")
    assert document_subject("Concurrency Questions", TOOL_FAQ) == ""


def test_no_sure_subject_changes_nothing() -> None:
    # Two products named as often as each other, no command run: no subject.
    page = """# Frequently asked questions

## Can Alder read Birch files?

Alder reads them, and Birch reads Alder files in return.

## Which one is faster?

It depends: Alder is quicker on small files, Birch on large ones.

## Do they share settings?

No. Alder keeps its own, and Birch keeps its own too.
"""
    assert document_subject("Frequently asked questions", page) == ""
    fronts = sorted(n.front for n in _fronts(page).values())
    assert fronts == sorted(
        n.front for n in _fronts(page.replace("# Frequently asked questions", "# Woods")).values()
    )


def test_a_front_matter_product_field_names_the_subject() -> None:
    page = "---\ntitle: Known issues\nproduct: Tern\n---\n" + (
        "\n## Why is the first sync slow?\n\nTern indexes every file once.\n"
        "\n## Does it work offline?\n\nYes, Tern keeps a local copy.\n"
        "\n## Where are logs kept?\n\nTern writes them under the state folder.\n"
    )
    assert document_subject("Known issues", page) == "Tern"
    fronts = {n.front for n in _fronts(page).values()}
    assert "Tern: Why is the first sync slow?" in fronts


def test_a_generic_label_opening_a_front_gives_way_to_the_subject() -> None:
    assert with_subject("FAQ: how to rotate the secret?", "Quarry") == (
        "Quarry: how to rotate the secret?"
    )
    # A name written without its space names the subject already.
    assert with_subject("Why is my QuarryRelay app stale?", "Quarry Relay") == (
        "Why is my QuarryRelay app stale?"
    )
    # A name opening a colon front keeps its case; a question word or a word the page
    # writes in lower case does not.
    lowered = frozenset({"disks", "hosts"})
    assert with_subject("Gravel hosts are not reachable: why?", "Quarry", lowered) == (
        "In Quarry, Gravel hosts are not reachable: why?"
    )
    assert with_subject("The disk is full: why?", "Quarry", lowered) == (
        "In Quarry, the disk is full: why?"
    )
    assert with_subject("Disks fill up: why?", "Quarry", lowered) == (
        "In Quarry, disks fill up: why?"
    )


def test_a_control_command_named_after_the_product_names_it() -> None:
    # The code runs "ferryctl", the prose says "Ferry": the name the command begins with.
    page = """# FAQ

## How do I list machines?

Ferry keeps one record per machine.

```sh
ferryctl list
```

## How do I stop one?

Ferry stops it gracefully, then Ferry frees its disk.

```sh
ferryctl stop default
```

## Where is the state kept?

Ferry writes it under the home folder; Ferry never writes elsewhere.

```sh
ferryctl info
```
"""
    assert document_subject("FAQ", page) == "Ferry"
    fronts = {n.front for n in _fronts(page).values()}
    assert "Ferry: How do I list machines?" in fronts


def test_a_generic_section_label_gives_way_to_the_subject_too() -> None:
    assert with_subject("Generic: which templates exist?", "Ferry") == (
        "Ferry: which templates exist?"
    )
    # A label naming something keeps its place after the subject.
    assert with_subject("Networking: which ports are used?", "Ferry") == (
        "In Ferry, networking: which ports are used?"
    )


def test_a_label_telling_namesakes_apart_stays_when_the_subject_would_merge_them() -> None:
    page = (
        TOOL_FAQ
        + """
## How to rotate the key?

1. Delete the old key file.

```sh
quarry key delete
```

1. Restart every Quarry machine.
"""
    )
    # (Numbers starting again after the code: two lists, not one broken by its code.)
    # Two notes of one question told apart by the page's label: the label stays.
    fronts = [n.front for n in _fronts(page).values() if "rotate the key" in n.front]
    assert fronts == ["Quarry: How to rotate the key?", "FAQs: how to rotate the key?"]
