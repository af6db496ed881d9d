"""A question heading answered by a template of numbered sub-headed parts repeated under
every question ("#### 1. Definition", "#### 2. Why it matters", …, "#### 5. Interview
answer", "#### 6. Comparison table") is asked as the author wrote it, answered by the
part whose label says it answers whole (a short, summary or interview answer, else a
definition), else, in a repeated template, by the first part opening on prose. The parts
keep their own cards, and a comparison table names the subject of its own part only.
A question written in two languages ("What is X? / Что такое X?") is asked in the first.
A section whose sub-headings are topics under a heading that asks nothing is unchanged."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import question_text
from quizkit.notes import FactNote

TEMPLATE = """# Queue Service Questions

## PART 1: MESSAGING

### 1. Explain the delivery modes of the Relay queue

#### 1. Definition (Plain words)
Delivery modes decide how often the Relay queue hands a message to a consumer.

#### 2. Why it matters
Picking the wrong mode loses messages or handles them twice.

#### 3. Flow drawing
```text
Producer
   ↓
[Relay queue]
   ├── At most once  → Fire and forget
   └── At least once → Retried until acked
```

#### 4. Common mistakes
*   **No idempotency:** Assuming at-least-once never repeats a message.
*   **No dead letters:** Dropping messages that fail every retry.

#### 5. Interview answer
"The Relay queue offers at-most-once delivery, which never retries, and at-least-once
delivery, which retries until the consumer acknowledges."

#### 6. Comparison table

| Feature | At most once | At least once |
| :--- | :--- | :--- |
| **Retries** | None | Until acked |
| **Duplicates** | Never | Possible |
| **Loss** | Possible | Never |

---

### 2. Explain how the Relay queue orders messages

#### 1. Definition (Plain words)
The Relay queue keeps messages in the order they were sent within one partition.

#### 2. Why it matters
Consumers of one account must see its events in order.

#### 3. Flow drawing
```text
Producer
   ↓
[Partition 1] → At most once consumer
[Partition 2] → At least once consumer
```

#### 4. Common mistakes
*   **One partition:** Putting every account in one partition and losing parallelism.
*   **Random keys:** Keying messages randomly and losing their order.
"""

# The same parts under headings that name topics, asking nothing.
TOPICS = TEMPLATE.replace(
    "### 1. Explain the delivery modes of the Relay queue", "### 1. Delivery modes"
).replace("### 2. Explain how the Relay queue orders messages", "### 2. Message order")

# What the topic sections make, as before: their parts' cards, never a question of the
# heading; the page's comparison names the drawings (no question bounds its part).
TOPIC_FRONTS = [
    "At least once: duplicates?",
    "At least once: loss?",
    "At least once: retries?",
    "At most once: duplicates?",
    "At most once: loss?",
    "At most once: retries?",
    "Common mistakes (Delivery modes): No dead letters?",
    "Common mistakes (Delivery modes): No idempotency?",
    "Common mistakes (Message order): One partition?",
    "Common mistakes (Message order): Random keys?",
    "At most once vs At least once: flow drawing (Delivery modes)?",
    "At most once vs At least once: flow drawing (Message order)?",
]


def _cards(text: str) -> dict[str, str]:
    deck = build_deck(text, "questions.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_the_question_is_answered_by_the_part_labelled_as_the_interview_answer() -> None:
    cards = _cards(TEMPLATE)
    # The quotes around the answer only say "say this".
    assert cards["Explain the delivery modes of the Relay queue"] == (
        "The Relay queue offers at-most-once delivery, which never retries, and "
        "at-least-once delivery, which retries until the consumer acknowledges."
    )


def test_without_an_answer_part_the_definition_answers() -> None:
    cards = _cards(TEMPLATE.replace("#### 5. Interview answer", "#### 5. What to say"))
    assert cards["Explain the delivery modes of the Relay queue"] == (
        "Delivery modes decide how often the Relay queue hands a message to a consumer."
    )


def test_a_repeated_template_without_labels_is_answered_by_its_first_prose_part() -> None:
    unlabelled = TEMPLATE.replace("Definition (Plain words)", "In plain words").replace(
        "#### 5. Interview answer", "#### 5. What to say"
    )
    cards = _cards(unlabelled)
    assert cards["Explain how the Relay queue orders messages"] == (
        "The Relay queue keeps messages in the order they were sent within one partition."
    )


def test_the_parts_keep_their_cards_under_the_question() -> None:
    cards = _cards(TEMPLATE)
    assert cards[
        "Common mistakes (Explain the delivery modes of the Relay queue): No idempotency?"
    ] == ("Assuming at-least-once never repeats a message.")


def test_a_comparison_table_names_no_subject_outside_its_own_part() -> None:
    cards = _cards(TEMPLATE)
    # The drawing names both compared modes, but the table is another part's.
    drawing = "Queue Service Questions: flow drawing ({})?"
    assert drawing.format("Explain the delivery modes of the Relay queue") in cards
    assert drawing.format("Explain how the Relay queue orders messages") in cards
    assert not any(front.startswith("At most once vs At least once") for front in cards)


def test_a_question_in_two_languages_is_asked_in_the_first() -> None:
    bilingual = """# Relay Interview Notes

## 1. What is a dead letter queue? / Что такое dead letter queue?

### English

#### Quick recall

A dead letter queue holds the messages no consumer could handle.

#### Interview answer

> A dead letter queue is where the broker moves a message that failed every retry,
> so that it can be inspected instead of blocking the queue.

### Русский

#### Быстро вспомнить

Очередь недоставленных сообщений хранит сообщения, которые не удалось обработать.
"""
    cards = _cards(bilingual)
    assert cards["What is a dead letter queue?"] == (
        "A dead letter queue is where the broker moves a message that failed every retry, "
        "so that it can be inspected instead of blocking the queue."
    )


def test_the_same_parts_under_topic_headings_make_no_question() -> None:
    cards = _cards(TOPICS)
    assert not any(front.rstrip("?") in ("Delivery modes", "Message order") for front in cards)
    assert sorted(cards) == sorted(TOPIC_FRONTS)


def test_topics_under_a_question_heading_are_no_template_without_a_label() -> None:
    # One question over parts of its own (no label saying which answers, no other
    # question repeating them): its first part is a topic, not the answer.
    asked = """# Relay Guide

## How is a partition stored?

### Segments
Each partition is stored as a run of segment files on disk.

### Indexes
Every segment has an index of offsets to file positions.
"""
    assert "How is a partition stored?" not in _cards(asked)


def test_two_questions_in_one_language_keep_both() -> None:
    assert question_text("What is a queue? / What is a topic?") == (
        "What is a queue? / What is a topic?"
    )
    assert question_text("2. Что такое очередь? / What is a queue?") == "Что такое очередь?"


def test_an_answer_labelled_part_keeps_its_code() -> None:
    labelled = """# Relay Interview Notes

## How does a consumer reach a queue in another tenant?

### Question
Can a consumer read a queue owned by another tenant?

### Answer
Yes. Address the queue by its full name:
```
<queue>.<tenant>.relay.local
```
Nothing else is needed when no policy blocks it.

### Detailed explanation
Every tenant's queues share one address space.
"""
    assert _cards(labelled)["How does a consumer reach a queue in another tenant?"] == (
        "Yes. Address the queue by its full name:\n<queue>.<tenant>.relay.local"
    )
