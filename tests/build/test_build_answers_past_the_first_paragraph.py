"""An author's question whose answer is more than (or less than) its first paragraph:
a bare "Yes." before a pointer, a symptom heading answered in one sentence, the step
after a command, a first paragraph that only restates the question, requirements
added paragraph by paragraph, "the feature" named by the page's title, and empty
anchor brackets; read from synthetic documents in those shapes."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _backs(text: str, name: str = "shapes.md") -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


_FAQ = (
    "# Questions\n"
    "\n"
    "### Can I run Larkspur on ARM boards?\n"
    "\n"
    "Yes. Please see the [board guide][boards].\n"
    "\n"
    "### Where does Larkspur keep its cache?\n"
    "\n"
    "Yes! See the [storage notes](./storage.md).\n"
    "\n"
    "### Does Larkspur need a GPU?\n"
    "\n"
    "No. See the [requirements](./requirements.md).\n"
    "\n"
    "[boards]: ./boards.md\n"
)


def test_a_yes_no_question_keeps_its_bare_reply_before_a_pointer() -> None:
    backs = _backs(_FAQ)
    assert backs["Can I run Larkspur on ARM boards?"] == "Yes."
    assert backs["Does Larkspur need a GPU?"] == "No."
    # "Where …?" is no yes/no question: "Yes!" answers nothing it asks.
    assert not [f for f in backs if "cache" in f]


_TROUBLE = (
    "# Larkspur FAQ\n"
    "\n"
    "### Why is the first sync slow?\n"
    "\n"
    "The first sync copies every file once.\n"
    "\n"
    "### Can I pause a sync?\n"
    "\n"
    "Yes, with `lark pause`.\n"
    "\n"
    "### When I start the agent, the daemon fails with: `bind: address already in use`\n"
    "\n"
    "Another agent is already listening on the port. See [Ports](./ports.md).\n"
    "\n"
    "### When the agent starts\n"
    "\n"
    "The agent reads its settings from `lark.toml` first.\n"
)


def test_a_first_person_symptom_heading_is_asked_why() -> None:
    backs = _backs(_TROUBLE)
    front = "When I start the agent, the daemon fails with: `bind: address already in use`: why?"
    assert backs[front] == "Another agent is already listening on the port."
    # A heading saying when, nothing going wrong, asks nothing.
    assert not [f for f in backs if f.startswith("When the agent starts")]


_STEP_AFTER_CODE = (
    "# Larkspur FAQ\n"
    "\n"
    "### Why is the first sync slow?\n"
    "\n"
    "The first sync copies every file once.\n"
    "\n"
    "### How do I raise the open file limit for the agent service?\n"
    "\n"
    "The agent opens one file per watched folder, which can exceed the default limit of\n"
    "the service manager. Add the following line to `/etc/larkspur/agent.service`:\n"
    "\n"
    "```\n"
    "LimitNOFILE=65536\n"
    "```\n"
    "\n"
    "And run `systemctl daemon-reload && systemctl restart larkspur` to apply it.\n"
    "\n"
    "### How do I rotate the agent's log?\n"
    "\n"
    "The agent writes one log per day under `/var/log/larkspur`, named by its date, and\n"
    "keeps every file until you remove it. Add a rule to your rotation settings:\n"
    "\n"
    "```\n"
    "/var/log/larkspur/*.log { daily rotate 7 }\n"
    "```\n"
    "\n"
    "The agent reopens its log on its own at midnight.\n"
)


def test_the_step_after_a_command_goes_on_the_back() -> None:
    backs = _backs(_STEP_AFTER_CODE)
    assert backs["How do I raise the open file limit for the agent service?"] == (
        "The agent opens one file per watched folder, which can exceed the default limit"
        " of the service manager. Add the following line to"
        " `/etc/larkspur/agent.service`:\n"
        "LimitNOFILE=65536\n"
        "And run `systemctl daemon-reload && systemctl restart larkspur` to apply it."
    )
    # A paragraph that does not go on from the command ("The agent reopens …") is
    # detail, not the answer's next step.
    assert backs["How do I rotate the agent's log?"] == (
        "The agent writes one log per day under `/var/log/larkspur`, named by its date,"
        " and keeps every file until you remove it. Add a rule to your rotation settings:\n"
        "/var/log/larkspur/*.log { daily rotate 7 }"
    )


def test_the_step_after_a_command_stays_in_a_folded_answer() -> None:
    text = (
        "# Agent questions\n"
        "\n"
        "<details>\n"
        "<summary>How do I raise the open file limit for the agent service?</summary>\n"
        "\n"
        "The agent opens one file per watched folder, which can exceed the default limit\n"
        "of the service manager. Add the following line to `/etc/larkspur/agent.service`:\n"
        "\n"
        "```\n"
        "LimitNOFILE=65536\n"
        "```\n"
        "\n"
        "Then run `systemctl daemon-reload` to apply it.\n"
        "\n"
        "</details>\n"
    )
    back = _backs(text)["How do I raise the open file limit for the agent service?"]
    assert back.endswith("LimitNOFILE=65536\nThen run `systemctl daemon-reload` to apply it.")


_SETUP = (
    "# Sizing Larkspur workers\n"
    "\n"
    "## Should I give every worker its own queue?\n"
    "\n"
    "Separate queues keep a slow worker from holding back the others, and a shared\n"
    "queue balances load on its own, so a team soon starts to wonder whether every\n"
    "worker should get its own queue.\n"
    "\n"
    "Only when the workers run jobs of very different lengths: a long job then no longer\n"
    "blocks the short ones behind it.\n"
    "\n"
    "For workers running similar jobs, one shared queue keeps every worker busy and is\n"
    "simpler to watch.\n"
    "\n"
    "## Should I pin workers to cores?\n"
    "\n"
    "Pinning workers to cores helps cache locality for jobs that keep large tables in\n"
    "memory.\n"
    "\n"
    "It costs flexibility when the machine runs other services.\n"
)


def test_a_first_paragraph_restating_the_question_is_set_up() -> None:
    backs = _backs(_SETUP)
    assert backs["Should I give every worker its own queue?"] == (
        "Separate queues keep a slow worker from holding back the others, and a shared"
        " queue balances load on its own, so a team soon starts to wonder whether every"
        " worker should get its own queue.\n"
        "Only when the workers run jobs of very different lengths: a long job then no"
        " longer blocks the short ones behind it.\n"
        "For workers running similar jobs, one shared queue keeps every worker busy and"
        " is simpler to watch."
    )
    # A first paragraph that answers stays the answer.
    assert backs["Should I pin workers to cores?"] == (
        "Pinning workers to cores helps cache locality for jobs that keep large tables in memory."
    )


def test_a_set_up_too_long_to_share_the_card_gives_way_to_the_answer() -> None:
    long_setup = _SETUP.replace(
        "queue balances load on its own,",
        "queue balances load on its own, " + "which matters when the load changes, " * 14,
    )
    back = _backs(long_setup)["Should I give every worker its own queue?"]
    assert back.startswith("Only when the workers run jobs of very different lengths")
    assert back.endswith("is simpler to watch.")


_FEATURE = (
    "---\n"
    "title: Queue mirroring\n"
    "---\n"
    "\n"
    "Queue mirroring keeps a copy of each queue on a second broker.\n"
    "\n"
    "## How Do I Enable the Feature?\n"
    "\n"
    "Mirroring copies every message to the second broker before it is acknowledged.\n"
    "Therefore, you need to ensure that the `Mirroring` feature gate is enabled and\n"
    "`mirror: true` is set in the queue policy. The gate is on by default since v2.1,\n"
    "after a long beta in which many clusters ran it with the default settings and\n"
    "reported no message loss across their upgrades and broker restarts.\n"
    "\n"
    "Also, whether a message is copied depends on the queue's health. The broker\n"
    "reads the health from the probe each queue declares, and it retries a failed\n"
    "probe three times before it marks the queue unhealthy and stops copying to it.\n"
    "Before you use the feature, you need to ensure that a health probe is declared for\n"
    "the queue.\n"
    "\n"
    "If you use the lazy mode, the `LazyMirror` feature gate should be enabled. It has\n"
    "been in beta since v2.3 and is on by default.\n"
    "\n"
    "Also, you may like the [mirroring talk](./talk.md) from last year's meetup.\n"
)


def test_the_feature_is_named_by_the_title_and_each_added_requirement_kept() -> None:
    backs = _backs(_FEATURE)
    assert backs["Queue mirroring: how do I enable the feature?"] == (
        "Mirroring copies every message to the second broker before it is acknowledged."
        " Therefore, you need to ensure that the `Mirroring` feature gate is enabled and"
        " `mirror: true` is set in the queue policy. The gate is on by default since v2.1,"
        " after a long beta in which many clusters ran it with the default settings and"
        " reported no message loss across their upgrades and broker restarts.\n"
        "Before you use the feature, you need to ensure that a health probe is declared"
        " for the queue.\n"
        "If you use the lazy mode, the `LazyMirror` feature gate should be enabled."
    )


def test_a_question_naming_what_it_enables_keeps_its_words() -> None:
    text = _FEATURE.replace("How Do I Enable the Feature?", "How do I enable mirroring?")
    assert "How do I enable mirroring?" in _backs(text)


def test_paragraphs_of_empty_anchor_brackets_are_no_answer() -> None:
    text = (
        "# Larkspur FAQ\n"
        "\n"
        "[]\n"
        "\n"
        "### Is Windows supported?\n"
        "\n"
        "Yes. Please see the [Windows notes](./windows.md) section.\n"
        "\n"
        "[]\n"
        "\n"
        "### Why is the first sync slow?\n"
        "\n"
        "The first sync copies every file once.\n"
        "\n"
        "[] []\n"
    )
    backs = _backs(text)
    assert backs["Is Windows supported?"] == "Yes."
    assert backs["Why is the first sync slow?"] == "The first sync copies every file once."
