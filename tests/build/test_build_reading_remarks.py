"""A note that only speaks of reading (where more is written, what to have read first,
what the page assumes the reader knows, how to get listed on the page) makes no card;
a note that says a fact beside such a remark is still asked."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import card_texts

DOC = """\
# Scheduling

## Tolerations

:::note[Taints and Tolerations]
    More information on taints and tolerations can be found in the
    [Kubernetes documentation](https://kubernetes.io/docs/concepts/).
:::

:::note[Kubernetes documentation]
    On this page we assume you are familiar with concepts like affinity and node selectors.
:::

## Isolating workloads

:::info[Important]
    Before proceeding, please ensure you have read the ["Architecture"](architecture.md) section.
:::

:::note[Dedicated nodes]
    Dedicated nodes keep noisy neighbours off the database. More details can be found in the
    [operator guide](guide.md).
:::
"""


def test_notes_about_reading_make_no_card_and_a_note_with_a_fact_does() -> None:
    texts = [t for note in build_deck(DOC, "scheduling.md").notes for t in card_texts(note)]
    assert not [t for t in texts if "assume" in t or "Before proceeding" in t or "taints" in t]
    assert any(
        t.startswith("Dedicated nodes keep noisy neighbours off the database.") for t in texts
    )
