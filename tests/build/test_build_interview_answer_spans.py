"""Interview collections: bold questions grouped under one
product's section heading ("## Section: <Product>"), each answered after an answer
label with an "Example:" line. Read from synthetic documents that have the shapes and
none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.rules import ANSWER_CHARS
from quizkit.notes import FactNote

_BY_PRODUCT = (
    """# Cloud handbook

## Section: Zephyr Q7

**Q1. Retention window by default?**

**Answer:**
Objects stay for thirty days unless a retention rule of the Zephyr bucket says otherwise.

👉 **Example:** A bucket for audit logs keeps them for a year.

---

**Q2. Zephyr Q7 quotas?**

**Answer:**
Each project may hold ten buckets; raising the quota takes a ticket to the operators.

**Example:**

```bash
zephyr quota raise --buckets 20
```

---

**Q21. Snapshots & RPWT?**

**Answer:**
Nightly snapshots keep a week; restoring to any second of that week replays the log.

---

**Q22. Tiering over SLNK?**

**Answer:**
Cold objects move to the archive tier over the storage link, SLNK, every night.

---

**Q3. Sharding with Kestrel?**

**Answer:**
Buckets shard by key prefix; Kestrel moves the shards between the storage nodes.

---

## Section: Networking, Firewalls and Cost

**Q4. Egress pricing rule of thumb?**

**Answer:**
Traffic leaving the region is billed per gigabyte, traffic inside it is free.

👉 **Example:** A nightly export of 50 GB to another region costs the export price once.

---

**Q5. Private links vs public endpoints?**

**Answer:**
A private link keeps the traffic on the provider's network.

👉 **Example:** """
    + "A long example that goes on. " * 30
    + """
"""
)


def _facts() -> dict[str, str]:
    deck = build_deck(_BY_PRODUCT, "cloud-handbook.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_question_naming_nothing_is_asked_of_its_sections_product() -> None:
    facts = _facts()
    assert "Zephyr Q7: retention window by default?" in facts
    # A question naming the product, or naming something of its own, stays as written.
    assert "Zephyr Q7 quotas?" in facts
    assert "Sharding with Kestrel?" in facts
    # An acronym the page writes only in its question is a feature's shorthand, not a
    # product: the question still names nothing. One the page writes again is a name.
    assert "Zephyr Q7: snapshots & RPWT?" in facts
    assert "Tiering over SLNK?" in facts
    # A section naming several things names no one product: its questions stay.
    assert "Egress pricing rule of thumb?" in facts


def test_an_example_line_is_on_every_back_it_fits_without_its_emoji() -> None:
    facts = _facts()
    retention = facts["Zephyr Q7: retention window by default?"]
    assert retention.endswith("\nExample: A bucket for audit logs keeps them for a year.")
    egress = facts["Egress pricing rule of thumb?"]
    assert egress.endswith(
        "\nExample: A nightly export of 50 GB to another region costs the export price once."
    )
    # "**Example:**" over its code: the label and the code go on together.
    assert facts["Zephyr Q7 quotas?"].endswith("Example:\nzephyr quota raise --buckets 20")
    backs = "\n".join(facts.values())
    assert "👉" not in backs
    # An example longer than the card's room is left out; the answer stays.
    assert facts["Private links vs public endpoints?"] == (
        "A private link keeps the traffic on the provider's network."
    )
    assert all(len(b) <= ANSWER_CHARS for b in facts.values())


_HEDGED_FAQ = """# Lantern FAQ

### Should every setting live in the lantern's config file?

There is no “right” answer for this. Some teams keep every setting in the file, others
keep the rarely changed ones in environment variables.

**Keeping secrets out of the file is always wise**. The file is often committed to a
repository, where anyone with read access sees it.

### Should I tune the wick timer?

The same advice about settings applies for this question as well.

**Based on that advice, most wick timers need no tuning**, since the default follows
the fuel level. Tune it only when the flame flickers.

### Can the lantern run on solar power?

It depends on the model.

**Note:** the solar kit is sold separately.
"""


def test_a_bold_verdict_after_a_hedge_is_on_the_back() -> None:
    deck = build_deck(_HEDGED_FAQ, "lantern-faq.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts["Should every setting live in the lantern's config file?"] == (
        "There is no “right” answer for this. Some teams keep every setting in the file,"
        " others keep the rarely changed ones in environment variables.\n"
        "Keeping secrets out of the file is always wise."
    )
    assert facts["Should I tune the wick timer?"] == (
        "The same advice about settings applies for this question as well.\n"
        "Based on that advice, most wick timers need no tuning, since the default follows"
        " the fuel level."
    )
    # A bold label ("**Note:**") is no verdict: the hedge's card is left as it was.
    solar = facts.get("Can the lantern run on solar power?", "")
    assert "solar kit" not in solar


_DESIGN = (
    """# Mobile design questions

<details>
<summary><b>Design a photo backup service</b></summary>

### Goals
- Upload photos in the background
- Resume after a lost connection

### Storage
Originals go to object storage; thumbnails to a CDN.

More detail about the storage tiers that a card does not need.

### Trade-offs
- Chunked uploads over whole-file uploads
- Server-side deduplication by hash
</details>

<details>
<summary><b>Design a chat client</b></summary>

### Goals
"""
    + "- A goal that takes a long line of words to say what it is\n" * 14
    + """
### Sync
Messages sync over a socket.
</details>
"""
)


def test_a_hidden_answer_of_sub_sections_keeps_each_heading_and_first_block() -> None:
    deck = build_deck(_DESIGN, "mobile-design.md")
    facts = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert facts["Design a photo backup service"] == (
        "Goals\n• Upload photos in the background\n• Resume after a lost connection\n"
        "Storage\nOriginals go to object storage; thumbnails to a CDN.\n"
        "Trade-offs\n• Chunked uploads over whole-file uploads\n"
        "• Server-side deduplication by hash"
    )
    # Sub-sections too long to share a card: the answer is read as before (never the
    # later sub-sections on their own).
    chat = facts.get("Design a chat client", "")
    assert "Messages sync over a socket." not in chat
