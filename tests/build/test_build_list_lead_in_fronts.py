"""A list's card asks what the list's own lead-in says it is, never the section title it
happens to sit under: a key explaining the fields of the code block right above it, a
statement closed by a full stop ("X has following fields.", "X have some shortcomings."),
and a lead-in that only points ("Following are …:") asked as a question."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

FIELDS_UNDER_CODE = """# Batch runner

## Features

A sample job file looks like below:

```yaml
kind: BatchJob
spec:
  queueRef: #(1)
    name: nightly
  maxRetries: 3 #(2)
  deadline: 1h #(3)
```

1. QueueRef is the queue the job is taken from.
2. MaxRetries is how often a failed job is tried again.
3. Deadline is how long a job may run before it is stopped.

### Limits

Quotas are counted per queue.

```yaml
spec:
  maxRetries: 3
```

- Retries are counted per job.
- Deadlines are counted from the first try.
"""


def test_a_list_explaining_the_code_above_asks_each_field() -> None:
    deck = build_deck(FIELDS_UNDER_CODE, "runner.md")
    cards = [(n.front, n.back) for n in facts(deck.notes)]
    assert cards == [
        (
            "What is the `queueRef` field of BatchJob?",
            "QueueRef is the queue the job is taken from.",
        ),
        (
            "What is the `maxRetries` field of BatchJob?",
            "MaxRetries is how often a failed job is tried again.",
        ),
        (
            "What is the `deadline` field of BatchJob?",
            "Deadline is how long a job may run before it is stopped.",
        ),
        # Near miss: items under a code block that do not open on its keys are no key
        # to it; the list stays one card.
        (
            "Features: limits?",
            "• Retries are counted per job.\n• Deadlines are counted from the first try.",
        ),
    ]


STATED_LEAD_INS = """# Batch runner

## Scheduling

The runner starts jobs on a timetable.

Following are the main timetable fields in the job spec:

- Every: how often the job runs
- Window: the hours in which it may start

Hosted schedulers from other vendors have some shortcomings.

1. They run outside the cluster and cannot see its load.
2. They retry a failed job at once, whatever the cause.

### Entries

You write one entry per timetable.

TimetableEntry has following fields.

* **every** defines how often the entry fires
* **window** defines the hours it may fire in
* **skip** defines dates on which it never fires
"""


def test_stated_lead_ins_are_asked_as_questions() -> None:
    deck = build_deck(STATED_LEAD_INS, "runner.md")
    fronts = [n.front for n in facts(deck.notes)]
    assert fronts == [
        "Scheduling: What are the main timetable fields in the job spec?",
        "Scheduling: Hosted schedulers from other vendors have which shortcomings?",
        "Entries: TimetableEntry has which fields?",
    ]


POINTING_LEAD_IN = """# Batch runner

## Scheduling

The runner starts jobs on a timetable.

It has some limits.

- No more than ten entries per job
- No entry shorter than a minute
"""


def test_a_statement_about_it_is_not_asked_of_it() -> None:
    # "It has some limits." names nothing: the list keeps the section's card.
    deck = build_deck(POINTING_LEAD_IN, "runner.md")
    assert [n.front for n in facts(deck.notes)] == ["Batch runner: scheduling?"]
