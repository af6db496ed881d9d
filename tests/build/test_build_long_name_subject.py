"""A generically titled FAQ whose product has a name of several words ("Contoso Tide
Stream Broker"): its author questions say "it", "the Preview", "my broker", and the
subject is the whole name the intro and the answers keep naming, never one word of it
("Contoso" also names the vendor's other products on the page)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.subject import document_subject
from quizkit.notes import FactNote

LONG_NAME_FAQ = """---
id: faq
sidebar_label: FAQ
title: Frequently Asked Questions
---

# Frequently Asked Questions

## Basics

### What is Contoso Tide Stream Broker?
Contoso Tide Stream Broker is a hosted message broker built on the open Tide engine.
It speaks the MQTT protocol and keeps messages for seven days.

### How do I join the Preview?
Contoso Tide Stream Broker is in a limited Preview. Ask your account team to enable it.

### How is it different from running Tide yourself?
With Contoso Tide Stream Broker the vendor patches, scales and monitors the brokers.
Running Tide yourself means you operate the machines and the upgrades.

### Is it compatible with MQTT clients?
Yes, Contoso Tide Stream Broker accepts every MQTT 3.1.1 and 5.0 client without changes.

### How does it work with Contoso Ledger?
Contoso Tide Stream Broker forwards retained messages to Contoso Ledger tables every minute.

### How is Contoso Tide Stream Broker billed?
Contoso Tide Stream Broker is billed per broker hour, with storage billed apart.

## Scaling

### Can I resize my broker?
Yes. Contoso Tide Stream Broker adds partitions to a running broker without downtime.

### Which regions is it offered in?
Contoso Tide Stream Broker runs in the north and west regions of Contoso Cloud.
"""


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "contoso-faq.md")
    return {n.id.rsplit("/", 1)[-1]: n.front for n in deck.notes if isinstance(n, FactNote)}


def test_the_whole_long_name_the_answers_keep_naming_is_the_subject() -> None:
    assert document_subject("Frequently Asked Questions", LONG_NAME_FAQ) == (
        "Contoso Tide Stream Broker"
    )


def test_questions_saying_it_or_the_preview_are_asked_of_the_whole_name() -> None:
    fronts = _fronts(LONG_NAME_FAQ)
    subject = "Contoso Tide Stream Broker"
    assert fronts["how-is-it-different-from-running-tide-yourself"] == (
        f"{subject}: How is it different from running Tide yourself?"
    )
    assert fronts["how-do-i-join-the-preview"] == f"{subject}: How do I join the Preview?"
    assert fronts["which-regions-is-it-offered-in"] == f"{subject}: Which regions is it offered in?"
    # "Is it …?" / "Can I …?" questions lean on the name the questions ask about: the
    # whole name, not its first word ("Contoso: Is it compatible …?").
    assert fronts["is-it-compatible-with-mqtt-clients"] == (
        f"{subject}: Is it compatible with MQTT clients?"
    )
    assert fronts["can-i-resize-my-broker"] == f"{subject}: Can I resize my broker?"
    # "it" is the broker even when another product of the vendor is named.
    assert fronts["how-does-it-work-with-contoso-ledger"] == (
        f"{subject}: How does it work with Contoso Ledger?"
    )


def test_questions_naming_the_subject_stay_exactly_as_written() -> None:
    fronts = _fronts(LONG_NAME_FAQ)
    assert fronts["what-is-contoso-tide-stream-broker"] == "What is Contoso Tide Stream Broker?"
    assert fronts["how-is-contoso-tide-stream-broker-billed"] == (
        "How is Contoso Tide Stream Broker billed?"
    )


def test_a_long_name_the_opening_never_names_is_no_subject() -> None:
    # The same answers after an intro about something else: the name is repeated, but
    # the page does not open by saying it is about it.
    opened_elsewhere = LONG_NAME_FAQ.replace(
        "### What is Contoso Tide Stream Broker?\nContoso Tide Stream Broker is",
        "Read the release notes first.\n\n### What is the Tide engine?\nThe Tide engine is",
    ).replace("Contoso Tide Stream Broker is in a limited Preview", "The Preview is limited")
    assert document_subject("Frequently Asked Questions", opened_elsewhere) == ""


def test_a_long_name_needs_to_lead_other_long_names() -> None:
    # Two long names written as often: neither is what the page is about.
    rivalled = LONG_NAME_FAQ + "".join(
        f"\n### Question {i}?\nContoso Ripple Queue Service runs job {i}.\n" for i in range(8)
    )
    assert document_subject("Frequently Asked Questions", rivalled) == ""


# A page of bold questions under few headings: the answers, paragraph by paragraph,
# keep naming the long name.
BOLD_FAQ = """# Frequently Asked Questions

**What is Northwind Form Studio?**

Northwind Form Studio is a hosted designer for paper and web forms.

**How do I get started with the preview?**

Sign up for Northwind Form Studio in the Northwind portal; the first two seats are free.

**In which regions will it be available?**

Northwind Form Studio runs in two regions during the preview.

**What will my bill look like?**

Northwind Form Studio bills each seat monthly; storage is billed apart.

**Do you support offline editing?**

Yes, Northwind Form Studio keeps a local copy and syncs it later.
"""


def test_a_bold_question_page_counts_its_answers_paragraph_by_paragraph() -> None:
    assert document_subject("Frequently Asked Questions", BOLD_FAQ) == "Northwind Form Studio"
    fronts = {n.front for n in build_deck(BOLD_FAQ, "faq.md").notes if isinstance(n, FactNote)}
    assert "Northwind Form Studio: How do I get started with the preview?" in fronts
    assert "Northwind Form Studio: In which regions will it be available?" in fronts
    assert "What is Northwind Form Studio?" in fronts


# The questions name the word with different names after it: the word alone leads.
SPLIT_NAMES = """# Pebble notes

## Does Pebble Shelf keep old versions?

Pebble Shelf keeps ten versions of each file.

## Does Pebble Relay retry failed sends?

Pebble Relay retries three times.

## How does Pebble store secrets?

Pebble stores secrets encrypted at rest.

## Is it safe to restart?

Yes, every service drains its queue first.
"""


def test_a_leaning_question_takes_the_word_when_its_longer_names_differ() -> None:
    fronts = {n.front for n in build_deck(SPLIT_NAMES, "notes.md").notes if isinstance(n, FactNote)}
    assert "Pebble: Is it safe to restart?" in fronts
