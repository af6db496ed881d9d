"""Interview pages: a question heading whose answer opens on a teaser part ("**Your
Experience:** "I moved my app …"") before the part labelled as the answer ("**Technical
Answer:**") is answered by that part; bare labels over lists are the parts it announces.
Parts in the author's own voice ("**My Setup:**", a first-person quote) make no card.
Bold questions numbered "15a." lose their number, and an answer indented four spaces
under a bold question that is Markdown (bulleted "**X:** …" items) is read as Markdown."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

INTERVIEW = """# Queue Interview Prep

## Fundamentals

### Q1: Explain how a message broker differs from a database

**Your Experience:** "Having moved my shop from a cron job to a broker..."

**Technical Answer:**
A broker moves messages between services, unlike a database that keeps them:

**Broker Parts:**
- **Exchange:** Routes each message to queues
- **Queue:** Holds messages until a consumer takes them

**Consumer Parts:**
- **Ack:** Confirms a message was handled
- **Prefetch:** Caps unacknowledged messages per consumer

**My Real Setup:**
"In my shop I run one broker with two queues and three consumers."

**My Implementation:**
- **Orders queue:** Carries every checkout event
- **Mail queue:** Carries the receipts to send
"""


def _cards(text: str) -> dict[str, str]:
    deck = build_deck(text, "prep.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_the_question_is_answered_by_the_part_labelled_as_the_answer() -> None:
    cards = _cards(INTERVIEW)
    assert cards["Explain how a message broker differs from a database"] == (
        "A broker moves messages between services, unlike a database that keeps them:\n"
        "Broker Parts:\n"
        "• Exchange: Routes each message to queues\n"
        "• Queue: Holds messages until a consumer takes them\n"
        "Consumer Parts:\n"
        "• Ack: Confirms a message was handled\n"
        "• Prefetch: Caps unacknowledged messages per consumer"
    )


def test_parts_too_long_for_a_card_answer_by_their_labels_and_items() -> None:
    long = INTERVIEW.replace(
        "Routes each message to queues",
        "Routes each message to queues " + "by matching its routing key against bindings " * 12,
    )
    cards = _cards(long)
    assert cards["Explain how a message broker differs from a database"] == (
        "A broker moves messages between services, unlike a database that keeps them:\n"
        "• Broker Parts: Exchange, Queue\n"
        "• Consumer Parts: Ack, Prefetch"
    )


def test_the_authors_own_parts_make_no_card() -> None:
    cards = _cards(INTERVIEW)
    assert not any("My Real Setup" in f or "My Implementation" in f for f in cards)
    assert not any("Your Experience" in f for f in cards)
    assert not any(b.startswith('"') for b in cards.values()), cards
    # Knowledge parts still make their cards.
    assert cards["Broker Parts: Exchange?"] == "Routes each message to queues"


def test_a_quote_without_the_first_person_stays() -> None:
    # Near miss: a quoted rule of thumb says nothing of the author.
    text = INTERVIEW.replace(
        '"In my shop I run one broker with two queues and three consumers."',
        '"Brokers decouple producers from consumers."',
    ).replace("**My Real Setup:**", "**Rule of Thumb:**")
    cards = _cards(text)
    assert '"Brokers decouple producers from consumers."' in cards.values()


def test_a_lettered_question_number_goes_and_indented_markdown_is_read() -> None:
    text = """# Ops Interview

**15. How do you list open ports?**

Use `ss -tulpn`.

**15a. How do you schedule a task in Linux?**

Use `cron`: edit the table with `crontab -e`.

**30. What's the difference between IPv4 and IPv6?**

    *   **IPv4:** Older version with 32-bit addresses.
    *   **IPv6:** Newer version with 128-bit addresses.
"""
    cards = _cards(text)
    assert cards["How do you schedule a task in Linux?"] == (
        "Use `cron`: edit the table with `crontab -e`."
    )
    assert cards["What's the difference between IPv4 and IPv6?"] == (
        "• IPv4: Older version with 32-bit addresses.\n"
        "• IPv6: Newer version with 128-bit addresses."
    )


def test_indented_code_under_a_bold_question_stays_code() -> None:
    # Near miss: an indented command block is code, not Markdown.
    text = """# Ops Interview

**31. How do you follow a log file?**

    tail -f /var/log/syslog
"""
    cards = _cards(text)
    assert cards["How do you follow a log file?"] == "tail -f /var/log/syslog"


def test_a_quoted_answer_to_the_authors_own_question_stays() -> None:
    # Near miss: a first-person quotation answering the author's question is the answer.
    text = """# Typing Notes

### What is "Duck Typing"?

"When I see a bird that walks like a duck and quacks like a duck, I call that bird a duck."
"""
    cards = _cards(text)
    assert cards['What is "Duck Typing"?'] == (
        '"When I see a bird that walks like a duck and quacks like a duck, I call that bird'
        ' a duck."'
    )


def test_a_label_speaking_for_a_project_is_no_personal_story() -> None:
    # Near miss: "Our Standards" is the project's voice, not the author's anecdote.
    text = """# Code of Conduct

## Our Standards

**Our Standards:**
- **Respect:** Be respectful of differing viewpoints
- **Welcome:** Use welcoming and inclusive language
"""
    fronts = list(_cards(text))
    assert any(f.startswith("Our Standards") for f in fronts), fronts


def test_sides_under_bare_labels_over_paragraphs_still_join_a_difference() -> None:
    # Near miss: "**Push Queues:**" alone over its paragraph is a side a paragraph says.
    text = """# Queue Questions

## Q. What is the difference between a push queue and a pull queue?

Both deliver tasks to workers, but they differ in who starts the delivery.

**Push Queues:**

The queue sends each task to a worker address as soon as it arrives.

## Q. What is a dead letter queue?

A queue holding the messages no consumer could handle.
"""
    cards = _cards(text)
    assert cards["What is the difference between a push queue and a pull queue?"] == (
        "Both deliver tasks to workers, but they differ in who starts the delivery.\n"
        "Push Queues:\n"
        "The queue sends each task to a worker address as soon as it arrives."
    )
