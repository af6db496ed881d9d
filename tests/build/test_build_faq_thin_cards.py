"""Thin cards of FAQ and troubleshooting pages: an answer that
only points elsewhere, a symptom's labelled checks, two steps asking the same; read from
synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.subject import with_subject
from quizkit.notes import FactNote, NoteType


def _facts(text: str, name: str = "shapes.md") -> dict[str, FactNote]:
    deck = build_deck(text, name)
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


_POINTING_FAQ = (
    "# Questions and answers\n"
    "\n"
    "Quillstore Relay keeps a copy of hot blobs near your readers.\n"
    "\n"
    "## Where does Quillstore Relay run?\n"
    "\n"
    "Quillstore Relay runs in several cloud zones. See the [zone table](./zones.md).\n"
    "\n"
    "## Can I write a storage plugin?\n"
    "\n"
    "Yes! Start by reading the [plugin guide](./plugins.md). We also have a\n"
    "[walkthrough for a first plugin](./walkthrough.md) to help you begin.\n"
    "\n"
    "If you want a plugin idea, take a look at the [open requests](./requests.md).\n"
    "\n"
    "## How large can a blob be?\n"
    "\n"
    "A blob is at most 64 MiB. See the [limits page](./limits.md) for more.\n"
    "\n"
    "## Can Quillstore Relay encrypt blobs?\n"
    "\n"
    "No. Refer to the [security notes](./security.md) for details.\n"
    "\n"
    "## Is the client thread-safe?\n"
    "\n"
    "Yes. There may be some exceptions depending on the build. Please review the\n"
    "[threading notes](./threads.md) to learn more.\n"
)


def test_an_answer_that_only_points_elsewhere_keeps_only_what_it_says() -> None:
    fronts = {f.split(": ", 1)[-1]: n.back for f, n in _facts(_POINTING_FAQ).items()}
    # "runs in several cloud zones" is the detail withheld. A question asked yes or no
    # keeps its bare "Yes!" (the reading offers after it go): the reply answers it.
    assert "Where does Quillstore Relay run?" not in fronts
    assert fronts["Can I write a storage plugin?"] == "Yes!"
    # A real fact keeps its sentence and drops the pointer; a bare "No." answers.
    assert fronts["How large can a blob be?"] == "A blob is at most 64 MiB."
    assert fronts["Can Quillstore Relay encrypt blobs?"] == "No."
    # "some exceptions … depending on the build" is a caveat, not a vague amount.
    assert fronts["Is the client thread-safe?"] == (
        "Yes. There may be some exceptions depending on the build."
    )


_SYMPTOMS = (
    "# Frequently asked questions\n"
    "\n"
    "Tessel Queue is a managed message queue. Tessel Queue keeps messages for a week.\n"
    "\n"
    "## Troubleshooting\n"
    "\n"
    "### My consumer never receives messages\n"
    "\n"
    "Tessel Queue only delivers to a live subscription. Check these common issues:\n"
    "1. **Subscription name**: Confirm the consumer reads the subscription you created.\n"
    "2. **Filters**: Remove message filters that match nothing.\n"
    "3. **Firewall**: Open outbound port 5671 to the queue.\n"
    "\n"
    "### Publishing is slower than expected\n"
    "\n"
    "Tessel Queue accepts 1,000 messages a second per client. Common causes and solutions:\n"
    "1. **Batching**: Send messages in batches of up to 100.\n"
    "2. **Compression**: Turn on payload compression for large bodies.\n"
)


def test_a_symptoms_labelled_checks_are_one_list_card() -> None:
    facts = _facts(_SYMPTOMS)
    receive = facts["My consumer never receives messages — what to check?"]
    assert receive.type is NoteType.LIST
    assert receive.back == (
        "• Subscription name: Confirm the consumer reads the subscription you created.\n"
        "• Filters: Remove message filters that match nothing.\n"
        "• Firewall: Open outbound port 5671 to the queue."
    )
    slow = facts["Publishing is slower than expected — what to check?"]
    assert slow.back == (
        "• Batching: Send messages in batches of up to 100.\n"
        "• Compression: Turn on payload compression for large bodies."
    )
    # No thin card per label ("…: Filters?" -> "Remove message filters …").
    assert not [f for f in facts if f.endswith(("Filters?", "Batching?", "Firewall?"))]


def test_arrow_checks_under_a_symptom_are_one_list_card() -> None:
    text = (
        "# Kiln notes\n"
        "\n"
        "## The kiln controller won't heat\n"
        "\n"
        "Common causes:\n"
        "1. **Relay worn out** → swap the relay on the control board\n"
        "2. **Thermocouple loose** → tighten the thermocouple screw\n"
    )
    facts = _facts(text)
    checks = facts["The kiln controller won't heat — what to check?"]
    assert checks.back == (
        "• Relay worn out → swap the relay on the control board\n"
        "• Thermocouple loose → tighten the thermocouple screw"
    )
    assert len(facts) == 1


def test_labelled_items_under_a_heading_that_states_no_symptom_stay_facts() -> None:
    text = _SYMPTOMS.replace("### My consumer never receives messages", "### Consumer set-up")
    facts = _facts(text)
    assert not [f for f in facts if "Consumer set-up" in f and "what to check" in f]
    assert any(f.endswith("Filters?") for f in facts)


def test_a_clause_after_the_subject_opens_in_lower_case_unless_a_name() -> None:
    assert with_subject("Verify these settings (Slow start): Batching?", "Tessel Queue") == (
        "In Tessel Queue, verify these settings (Slow start): Batching?"
    )
    # Any other capitalised word may name something ("Incus"): it keeps its case.
    assert with_subject("Incus hosts are down: why?", "Tessel Queue") == (
        "In Tessel Queue, Incus hosts are down: why?"
    )


_STEPS = (
    "# Roll out the queue worker\n"
    "\n"
    "## Deploy\n"
    "\n"
    "1. Create the jobs namespace.\n"
    "   ```shell\n"
    "   kubectl create namespace jobs\n"
    "   ```\n"
    "\n"
    "2. Restart the worker.\n"
    "   ```shell\n"
    "   kubectl rollout restart deploy/worker -n jobs\n"
    "   ```\n"
    "\n"
    "3. Scale the worker to three replicas.\n"
    "   ```shell\n"
    "   kubectl scale deploy worker --replicas=3 -n jobs\n"
    "   ```\n"
    "\n"
    "4. Restart the worker.\n"
    "   ```shell\n"
    "   kubectl delete pods -l app=worker -n jobs\n"
    "   ```\n"
)


def test_two_steps_asking_the_same_are_never_merged_into_one_list() -> None:
    facts = _facts(_STEPS)
    restart = facts["How do you restart the worker?"]
    # Steps 2 and 4 are different steps, not alternatives: the first stands alone.
    assert restart.type is NoteType.FACT
    assert restart.back == "kubectl rollout restart deploy/worker -n jobs"
    assert facts["How do you create the jobs namespace?"].back == "kubectl create namespace jobs"
