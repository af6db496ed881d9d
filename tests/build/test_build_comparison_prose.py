"""Comparison prose: a page or section comparing its subject
with other things ("State Model (vs Redux)", "Brook vs Quay", "Comparison with Quay")
states the one-line differences in prose, often hard-wrapped, between bold labels over
code ("**Brook**" / "**Quay**"). Such a paragraph naming both things with a word of
difference or likeness ("however", "while", "unlike", "both", "does not") becomes
"<topic>: <X> vs <Y>?" answered by those sentences; the labels and code make no card.
Read from synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_PAGE = """---
title: How it compares
---

Brook is one of several message queues for small services.
This page sets Brook beside Quay and Tern.

## Quay

### Delivery (vs Quay)

At heart, Brook and Quay are much alike,
both deliver each message at least once.
However, Quay needs a broker process on every host;
Brook does not.

**Brook**

```python
from brook import Queue

queue = Queue("jobs")
queue.put({"id": 1})
```

**Quay**

```python
import quay

broker = quay.connect("localhost")
broker.publish("jobs", {"id": 1})
```

### Ordering (vs Quay)

Quay keeps messages in the order they were sent.
Whereas with Brook, the order is kept per partition only.

## Tern

### Storage (vs Tern)

Brook writes every message to disk,
while Tern holds messages in memory until they are read.

The next release will add a few more backends:

```python
queue = Queue("jobs", backend="sqlite")
```

Tern also ships a dashboard. Brook has none, unlike Tern.
"""


def _cards(text: str, name: str = "compare.md") -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in build_deck(text, name).notes if isinstance(n, FactNote)]


def test_wrapped_comparison_prose_asks_the_pair_under_the_heading_topic() -> None:
    # The page's own subject (Brook) is never in a heading: it is the name the
    # comparison prose shares; the bold labels over code make no card, and a later
    # paragraph of the same section (Tern's dashboard) would ask the pair again.
    assert _cards(_PAGE) == [
        (
            "Delivery: Brook vs Quay?",
            "At heart, Brook and Quay are much alike, both deliver each message at least "
            "once. However, Quay needs a broker process on every host; Brook does not.",
        ),
        (
            "Ordering: Brook vs Quay?",
            "Quay keeps messages in the order they were sent. Whereas with Brook, the "
            "order is kept per partition only.",
        ),
        (
            "Storage: Brook vs Tern?",
            "Brook writes every message to disk, while Tern holds messages in memory "
            "until they are read.",
        ),
    ]


_PAIR_HEADINGS = """# Brook beside other queues

## Brook vs Quay

### Retries

Brook retries a failed message three times by default. The retry count can be changed
per queue, and a message that fails every retry moves to a dead-letter queue that an
operator reads by hand. Unlike Brook, Quay never retries on its own: the consumer must
publish the message again. Both log every failed delivery.

## Comparison with Tern

Brook and Tern are configured differently. Brook reads one YAML file at start-up. Tern
takes every setting from environment variables, which suits containers better than a
mounted file does. It was written for a cloud platform first.
"""


def test_a_long_paragraph_gives_the_sentences_that_contrast_the_pair() -> None:
    # "Brook vs Quay" names both things, its sub-heading the topic; "Comparison with
    # Tern" names the other one, the title the page's own subject. A long paragraph
    # gives only the first sentence naming both with a word of contrast (and the one
    # after it when that one contrasts); one that only announces a difference ("…
    # are configured differently.") with the sentences that say it.
    assert _cards(_PAIR_HEADINGS) == [
        (
            "Retries: Brook vs Quay?",
            "Unlike Brook, Quay never retries on its own: the consumer must publish the "
            "message again.",
        ),
        (
            "How do Brook and Tern compare?",
            "Brook and Tern are configured differently. Brook reads one YAML file at "
            "start-up. Tern takes every setting from environment variables, which suits "
            "containers better than a mounted file does.",
        ),
    ]


_NO_PAIR = """# Message queues

Brook is a message queue; it is often set beside Quay and Tern.

## Comparison with other queues

Brook and Quay differ in how they deliver: Quay needs a broker, Brook does not.

## Brook vs Quay vs Tern

Brook and Quay differ in how they deliver: Quay needs a broker, Brook does not.

## Delivery (vs Quay)

For how Brook differs from Quay, check out the benchmark page.

Quay needs a broker process on every host.

It differs from Brook, which needs none.

Brook and Quay compare as follows:

```python
print("broker" if quay else "none")
```

## Delivery

Brook and Quay differ in how they deliver: Quay needs a broker, Brook does not.
"""


def test_prose_that_compares_no_named_pair_makes_no_card() -> None:
    # "other queues" names nothing, three names are no pair, a pointer to another
    # page, a sentence naming only
    # one of the two, one opening on the sentence before ("It differs …"), a lead-in
    # to code, and a contrast under a heading comparing nothing are no card.
    assert _cards(_NO_PAIR) == []


_NO_OWN_SUBJECT = """# Shard lists

## Comparison with Feeds

The first Feeds API gave a plain way to track readers in Orbit. Unlike the newer
lists, a Feeds object held every reader of a channel, so it grew large in busy Orbit
clusters.

## Templates vs Macros

Some say templates are harder to learn, while macros need no new syntax.
"""


def test_a_pair_the_page_does_not_name_makes_no_card() -> None:
    # "Orbit" is written in one comparison block and not in the title: where the
    # compared thing lives, not the page's subject. "Templates" and "Macros" are
    # headings' words the prose writes in lower case: common nouns, no names.
    assert _cards(_NO_OWN_SUBJECT) == []


_COMPARISON_PAGE = """---
title: Comparison with Other Queues
---

Brook is a small message queue. We tried hard to be fair to every queue below.

## Quay (Quay 2)

Brook and Quay are both written in Go. We think Brook is easier to run than Quay.

### Ordering

Quay keeps messages in the order they were sent, while Brook keeps the order per
partition only.

### Retries

However, Brook retries three times by default, unlike Quay.

## Tern

Tern is older than Brook, and it stores messages in memory while Brook writes them to
disk. For the numbers, check out the benchmark page.

## How to choose

Pick Brook rather than Tern when disk is cheaper than memory.
"""


def test_a_name_heading_on_a_comparison_page_is_the_other_thing() -> None:
    # On a page titled as a comparison, an outermost heading that is only a name
    # ("Quay (Quay 2)", its aside dropped) is what the page's subject is compared
    # with; its sub-heading the topic. The authors' own voice ("We think …"), a
    # paragraph opening on the one before ("However, …"), a pointer sentence and prose
    # under a heading that is no name ("How to choose") make no card.
    assert _cards(_COMPARISON_PAGE) == [
        (
            "Ordering: Brook vs Quay?",
            "Quay keeps messages in the order they were sent, while Brook keeps the order "
            "per partition only.",
        ),
        (
            "How do Brook and Tern compare?",
            "Tern is older than Brook, and it stores messages in memory while Brook writes "
            "them to disk.",
        ),
    ]
