"""The rule table itself, and the text helpers the rules word their cards with."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.markdown import question_text
from quizkit.build.rules import RULES, parse_legend, parse_legend_line
from quizkit.build.text import (
    attribute_phrase,
    clean,
    clean_heading,
    replace_shortcodes,
    slugify,
    subject_of,
    symbol_value,
)
from quizkit.notes import ClozeNote
from tests.helpers import all_facts, card_texts, fact, facts


def test_rules_are_named_documented_and_unique() -> None:
    names = [rule.__name__ for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.__doc__, rule.__name__
        assert len(rule.__doc__.split()) >= 8, rule.__name__


def test_specific_rules_come_before_general_ones() -> None:
    names = [rule.__name__ for rule in RULES]
    assert names.index("comparison_table") < names.index("entity_table")
    for specific in ("legend_list", "golden_rules", "arrow_pairs_list", "term_list"):
        assert names.index(specific) < names.index("labelled_list")
    assert names.index("curl_scenario") < names.index("diagram_fact")
    assert names.index("access_pattern") < names.index("diagram_fact")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("✅ Yes", "Yes"),
        ("❌ No", "No"),
        ("✅", "Yes"),
        ("❌", "No"),
        ("✅️", "Yes"),
        ("✔ only on Linux", "Yes, only on Linux"),
        ("**30000–32767**", "**30000–32767**"),  # markup is the renderer's job
        ("Any", "Any"),
        ("🌐 Public", "Public"),
        ("", ""),
    ],
)
def test_symbol_value(cell: str, expected: str) -> None:
    assert symbol_value(cell, {}) == expected


def test_symbol_value_uses_the_legend_first() -> None:
    legend = {"✓": "Supported", "✘": "Unsupported", "⁄": "Supported with limited functionality"}
    assert symbol_value("✓", legend) == "Supported"
    assert symbol_value("✘", legend) == "Unsupported"
    assert symbol_value("⁄ (web only)", legend) == "Supported with limited functionality (web only)"


def test_parse_legend() -> None:
    assert parse_legend(("✓ - supported", "✘ - unsupported")) == {
        "✓": "Supported",
        "✘": "Unsupported",
    }
    assert parse_legend(("ClusterIP - internal", "✘ - unsupported")) is None
    assert parse_legend(("just a sentence",)) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Port range", "port range"),
        ("Accessible From", "accessible from"),
        ("Real-World Usage Pattern", "real-world usage pattern"),
        ("DNS name", "DNS name"),
        ("K8s Type", "K8s type"),
        ("NodePort", "NodePort"),
        ("Light and Dark Theme", "light and dark theme"),
        ("`nameservers`", "`nameservers`"),
    ],
)
def test_attribute_phrase(label: str, expected: str) -> None:
    assert attribute_phrase(label) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("⚙️ 1️⃣ The Big Picture — Why We Need These", "The Big Picture — Why We Need These"),
        ("🧩 2️⃣ ClusterIP — Internal-only communication", "ClusterIP — Internal-only communication"),
        ("1. ClusterIP", "ClusterIP"),
        ("3.2 Details", "Details"),
        ("2) Setup", "Setup"),
        ("2024 roadmap", "2024 roadmap"),
        ("Port definitions {#field-spec-ports}", "Port definitions"),
        ("✅ TL;DR — Golden Rules", "TL;DR — Golden Rules"),
    ],
)
def test_clean_heading(heading: str, expected: str) -> None:
    assert clean_heading(heading) == expected


def test_subject_of_and_slugify() -> None:
    assert subject_of("ClusterIP — Internal-only communication") == "ClusterIP"
    assert subject_of("Side-by-Side Comparison") == "Side-by-Side Comparison"
    # A kind of thing, then the one it names in code: both are the subject.
    assert subject_of("Status Field: `records` (v1beta1 only)") == "Status Field `records`"
    assert subject_of("Objects: the ones a controller owns") == "Objects"
    assert slugify("Side-by-Side Comparison") == "side-by-side-comparison"
    assert slugify("Pod's DNS Policy") == "pod-s-dns-policy"
    assert slugify("🌐", "x") == "x"
    assert len(slugify("word " * 40)) <= 60


def test_clean_drops_decoration_and_controls_but_keeps_arrows() -> None:
    assert clean("🔹 payment → order\x07  ") == "payment → order"
    assert clean("a\n\n  b ") == "a\nb"


@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("3. What is a Pod?", "What is a Pod?"),
        ("Q1: Explain how kube-proxy routes traffic", "Explain how kube-proxy routes traffic"),
        (
            "Difference between a Deployment and a StatefulSet",
            "Difference between a Deployment and a StatefulSet",
        ),
        ("**Can I send alerts?**", "Can I send alerts?"),
        ("I was told Prometheus doesn't scale.", ""),
        ("Key points", ""),
    ],
)
def test_question_text_reads_the_shapes_authors_ask_in(heading: str, question: str) -> None:
    assert question_text(heading) == question


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        (":white_check_mark: done", "✅ done"),
        ("see note[^1]", "see note"),
        (":star: Fast", "Fast"),
        ("host:port:path", "host:port:path"),
        ("`:x:` stays code", "`:x:` stays code"),
    ],
)
def test_emoji_short_codes_and_footnote_references(text: str, cleaned: str) -> None:
    assert replace_shortcodes(text).strip() == cleaned


def test_commented_shell_block_asks_how_and_leaves_output_out() -> None:
    text = (
        "# Guide\n\n## Pods\n\n```bash\n# List the pods\n$ kubectl get pods\n"
        "NAME  READY\nweb   1/1\n# output\n```\n"
    )
    deck = build_deck(text, "guide.md")
    assert [(n.front, n.back) for n in all_facts(deck.notes)] == [
        ("How do you list the pods?", "kubectl get pods")
    ]


def test_a_number_column_is_data_unless_it_counts_the_rows() -> None:
    ports = build_deck("# T\n\n| Type | Port |\n|---|---|\n| NodePort | 30080 |\n", "t.md")
    assert [(n.front, n.back) for n in all_facts(ports.notes)] == [("NodePort: port?", "30080")]
    steps = "# T\n\n| # | Step | Command |\n|---|---|---|\n| 1 | Pause | `p` |\n| 2 | Go | `g` |\n"
    fronts = [n.front for n in all_facts(build_deck(steps, "s.md").notes)]
    assert fronts == ["T, step Pause: command?", "T, step Go: command?"]


def test_notes_sharing_a_front_are_told_apart_by_section_else_merged() -> None:
    doc = (
        "# Guide\n\n## Blue-green\n\n### FAQ\n\n#### Can I roll back?\n\n"
        "Yes, switch the selector.\n\n"
        "## Canary\n\n### FAQ\n\n#### Can I roll back?\n\nYes, set the weight to 0.\n\n"
        "## Limits\n\n> [!NOTE]\n> If the cache is cold, reads are slow.\n\n"
        "> [!NOTE]\n> If the cache is cold, writes wait.\n"
    )
    notes = [(n.front, n.back) for n in all_facts(build_deck(doc, "g.md").notes)]
    assert notes == [
        ("Can I roll back (Blue-green)?", "Yes, switch the selector."),
        ("Can I roll back (Canary)?", "Yes, set the weight to 0."),
        (
            "Limits: if the cache is cold, what happens?",
            "• If the cache is cold, reads are slow.\n• If the cache is cold, writes wait.",
        ),
    ]


_LEGEND_LINE_TABLE = """# Tools

| Feature | alpha | beta | gamma |
|---|---|---|---|
| Templates | ✅ | ⁉️ | ❌ |
| Encryption | ✅ | ❌ | ✅ |

✅ Supported, ⁉️ Possible with significant manual effort, ❌ Not supported
"""


def test_a_legend_line_under_a_table_gives_its_other_symbols_their_meaning() -> None:
    backs = {n.front: n.back for n in all_facts(build_deck(_LEGEND_LINE_TABLE, "t.md").notes)}
    assert backs["beta: templates?"] == "Possible with significant manual effort"
    # ✅/❌ keep their Yes/No reading; the line explains only what they cannot.
    assert backs["alpha: templates?"] == "Yes"
    assert backs["gamma: templates?"] == "No"


def test_a_symbol_no_legend_explains_makes_no_card() -> None:
    text = _LEGEND_LINE_TABLE.replace("⁉️ Possible with significant manual effort, ", "")
    notes = build_deck(text, "t.md").notes
    assert "beta: templates?" not in {n.front for n in all_facts(notes)}
    assert all(any(c.isalnum() for c in n.back) for n in all_facts(notes))


def test_an_ordinary_sentence_with_commas_is_no_legend_line() -> None:
    assert parse_legend_line("✅ Supported, ❌ Not supported") == {
        "✅": "Supported",
        "❌": "Not supported",
    }
    assert parse_legend_line("See the docs, then the FAQ, then ask.") is None
    assert parse_legend_line("✅ Supported") is None


def test_an_author_question_whose_answer_only_points_elsewhere_makes_no_card() -> None:
    text = """# FAQ

### How does it compare to Graphite?

See the comparison page.

### How do I write a driver?

For more information on how to write a driver, see https://example.org/developing.html

### Where is the code?

<https://example.org/code>

### What is it?

A monitoring system. See the overview.
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "faq.md").notes)}
    # An answer that says something keeps it; its closing pointer, whose link is gone,
    # does not reach the card.
    assert notes == {"What is it?": "A monitoring system."}


def test_a_question_in_several_parts_keeps_the_blocks_that_answer_each_part() -> None:
    text = """# Mail

<details>
<summary><b>What POP and IMAP are, and how to choose between them?</b></summary><br>

POP and IMAP are both protocols for retrieving mail.

Choose IMAP to read mail on several devices, POP to keep it on one.

</details>

<details>
<summary><b>What is SMTP?</b></summary><br>

SMTP is the protocol that mail servers use to send messages to one another, on port 25.

It was defined in 1982.

</details>

<details>
<summary><b>How to change the permissions of directories and of files?</b></summary><br>

To change the directories:

```bash
find /opt -type d -exec chmod 755 {} \\;
```

To change the files:

```bash
find /opt -type f -exec chmod 644 {} \\;
```

Useful resources:

- [Permissions](https://example.org/chmod)

</details>
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "mail.md").notes)}
    assert notes["What POP and IMAP are, and how to choose between them?"] == (
        "POP and IMAP are both protocols for retrieving mail.\n"
        "Choose IMAP to read mail on several devices, POP to keep it on one."
    )
    # One question, one part: its first paragraph is the card.
    assert notes["What is SMTP?"] == (
        "SMTP is the protocol that mail servers use to send messages to one another, on port 25."
    )
    # A series of short "To do X:" steps is kept whole, without its reading list.
    assert notes["How to change the permissions of directories and of files?"] == (
        "To change the directories:\nfind /opt -type d -exec chmod 755 {} \\;\n"
        "To change the files:\nfind /opt -type f -exec chmod 644 {} \\;"
    )


def test_a_kept_answer_never_ends_with_the_title_of_a_block_that_did_not_fit() -> None:
    long_code = "\n".join(f"du -sh /var/log/part{n:02}" for n in range(40))
    text = f"""# Disks

<details>
<summary><b>When can df and du disagree, and how do you solve it?</b></summary><br>

A deleted file that a process still holds open is counted by df but not by du.

**Solution 1**

Restart the process that holds the file.

**Solution 2**

```bash
{long_code}
```

</details>

<details>
<summary><b>How are cookies passed in HTTP?</b></summary><br>

The server sends the following in its response header to set a cookie field:

`Set-Cookie:name=value`

</details>
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "disks.md").notes)}
    # A paragraph of code is an answer, not a title.
    assert notes["How are cookies passed in HTTP?"] == (
        "The server sends the following in its response header to set a cookie field:\n"
        "`Set-Cookie:name=value`"
    )
    assert notes["When can df and du disagree, and how do you solve it?"] == (
        "A deleted file that a process still holds open is counted by df but not by du.\n"
        "Solution 1\nRestart the process that holds the file.\n…"
    )  # "Solution 2" and its code did not fit: the cut is marked


def test_a_generic_section_label_is_qualified_by_its_parent_or_the_topic() -> None:
    text = """# Publishing a workflow

## Prerequisites

- **License**: an open-source license file.
- **Tests**: the workflow runs on a clean machine.

## Cross-namespace access

### Considerations & Restrictions

- **NetworkPolicies**: may block traffic between namespaces.
- **RBAC**: does not control DNS reachability.

## Selectors

- **Labels**: key/value pairs the Service matches.
- **Equality**: the only operator a Service selector supports.
"""
    deck = build_deck(text, "publishing.md")
    fronts = {n.id: n.front for n in all_facts(deck.notes)}
    assert fronts == {
        "prerequisites/license": "Publishing a workflow › Prerequisites: License?",
        "prerequisites/tests": "Publishing a workflow › Prerequisites: Tests?",
        "cross-namespace-access/considerations-restrictions/networkpolicies": (
            "Cross-namespace access › Considerations & Restrictions: NetworkPolicies?"
        ),
        "cross-namespace-access/considerations-restrictions/rbac": (
            "Cross-namespace access › Considerations & Restrictions: RBAC?"
        ),
        # A heading that names something stays as it is.
        "selectors/labels": "Selectors: Labels?",
        "selectors/equality": "Selectors: Equality?",
    }


def test_a_question_without_a_subject_of_its_own_is_asked_of_the_documents_subject() -> None:
    text = """# FAQ

## General

### What is Widget?

Widget is a monitoring tool.

### What dependencies does Widget have?

None.

#### Is this cloud native?

Yes, it runs anywhere.

### Who maintains Widget?

A community.

## Usage

### Can I send alerts?

Yes, with the alert manager.

### Can I monitor JVM applications via JMX?

Yes, with the JMX exporter.
"""
    fronts = [n.front for n in all_facts(build_deck(text, "faq.md").notes)]
    assert "Widget: Is this cloud native?" in fronts
    assert "Widget: Can I send alerts?" in fronts
    # A question that names its own subject stays as the author wrote it.
    assert "Can I monitor JVM applications via JMX?" in fronts
    assert "What is Widget?" in fronts


def test_a_list_whose_last_item_introduces_a_table_keeps_the_table() -> None:
    text = """# Services

## Application protocol

This field follows label syntax. Valid values are one of:

* IANA standard service names.
* Kubernetes-defined prefixed names:

| Protocol | Description |
|----------|-------------|
| `kubernetes.io/h2c` | HTTP/2 over cleartext |
"""
    notes = [n for n in all_facts(build_deck(text, "s.md").notes) if n.type.value == "list"]
    assert notes[0].back == (
        "• IANA standard service names.\n"
        "• Kubernetes-defined prefixed names: `kubernetes.io/h2c` (HTTP/2 over cleartext)"
    )


def test_a_list_whose_last_item_introduces_a_large_table_drops_the_dangling_colon() -> None:
    rows = "".join(f"| `proto-{n}` | {'a long description of it ' * 3} |\n" for n in range(8))
    text = f"""# Services

## Application protocol

Valid values are one of:

* IANA standard service names.
* Kubernetes-defined prefixed names:

| Protocol | Description |
|----------|-------------|
{rows}"""
    notes = [n for n in all_facts(build_deck(text, "s.md").notes) if n.type.value == "list"]
    assert notes[0].back.endswith("• Kubernetes-defined prefixed names")


def test_a_walkthrough_step_opening_with_narrative_makes_no_question_card() -> None:
    text = """# Debug Services

## Is the proxy working?

If you get here, your Service is running. Let's confirm it, piece by piece.

## Does the Service have a selector?

A Service without a selector gets no EndpointSlices.
"""
    fronts = [n.front for n in all_facts(build_deck(text, "d.md").notes)]
    assert "Is the proxy working?" not in fronts
    assert "Does the Service have a selector?" in fronts


def test_a_document_without_a_title_never_takes_its_topic_from_the_file_name() -> None:
    # One top heading over the whole document: its first question is the topic.
    one_section = """## Can a Pod reach another namespace? If yes, how?

### Considerations & Restrictions

- **NetworkPolicies**: may block traffic between namespaces.
- **RBAC**: does not control DNS reachability.
"""
    deck = build_deck(one_section, "devops-guide-cross-namespace.md")
    assert deck.title == "Devops guide cross namespace"  # the deck still needs a title
    assert [n.front for n in all_facts(deck.notes)] == [
        "Can a Pod reach another namespace? › Considerations & Restrictions: NetworkPolicies?",
        "Can a Pod reach another namespace? › Considerations & Restrictions: RBAC?",
    ]
    # Several top sections: no heading names the whole document, so there is no topic.
    several = """## Install

Text.

## Best practices

1. Pin versions → avoids surprises
2. Review updates → catches breaking changes
"""
    fronts = [n.front for n in all_facts(build_deck(several, "got-readme-install-notes.md").notes)]
    assert fronts == ["Best practice: pin versions?", "Best practice: review updates?"]


def test_a_note_or_tip_asks_what_it_says_never_only_its_kind() -> None:
    text = """# Guide

## Ports

> [!NOTE]
> Port names must only contain lowercase letters, digits and `-`.

> [!NOTE]
> These commands use the Pod port, not the Service port.

> [!TIP]
> Our team pinned every port in a ConfigMap.

## Running a shell

> [!NOTE]
> If you don't see a command prompt, try pressing enter.

## Images

> [!NOTE]
> Images are pulled again on every restart.

### Key takeaway

> "Every manifest pins `imagePullPolicy`."
"""
    notes = build_deck(text, "guide.md").notes
    shown = [
        (n.type.value, n.text, "")
        if isinstance(n, ClozeNote)
        else (n.type.value, fact(n).front, fact(n).back)
        for n in notes
    ]
    assert shown == [
        # The key sentence, with the code term it names hidden.
        (
            "cloze",
            "Port names must only contain lowercase letters, digits and {{c1::`-`}}.",
            "",
        ),
        # Its condition is what it answers.
        (
            "tip",
            "Running a shell: if you don't see a command prompt, what should you do?",
            "If you don't see a command prompt, try pressing enter.",
        ),
    ]
    # The note leaning on the block above ("These commands"), the author's anecdote
    # ("Our team …"), the note that names nothing to ask by and the takeaway naming
    # only a code term ("Images: `imagePullPolicy`?" asks nothing) make no card.


def test_a_walkthrough_step_makes_no_card_and_a_task_leaning_on_another_names_it() -> None:
    text = """# Debugging a cache

## Is the cache running?

If the lookup above still fails, confirm that the cache runs on your nodes:

```shell
ps auxw | grep cache
```

## Is the cache a single process?

Yes, one process per node serves every client.

## Tasks

### Create a pod named cache with image redis

<details><summary>show</summary>

```bash
kubectl run cache --image=redis
```

</details>

### Delete it and check that it is gone

<details><summary>show</summary>

```bash
kubectl delete po cache
```

</details>
"""
    fronts = [n.front for n in all_facts(build_deck(text, "debug.md").notes)]
    assert fronts == [
        # "Is the cache running?" is a step of a longer walkthrough ("If the lookup
        # above still fails, …"): its section answers it with commands to run after
        # the earlier step, not with a yes or a no (a check that stands alone asks how
        # to check: test_build_check_headings.py).
        "Is the cache a single process?",
        "Tasks: Create a pod named cache with image redis",
        "Tasks: Delete it and check that it is gone"
        " (after: Create a pod named cache with image redis)",
    ]


def test_a_table_under_a_kind_of_table_heading_is_about_the_sentence_introducing_it() -> None:
    text = """# Widgets

## Feature availability

The availability of widget caching is shown as below.

| Version | Support |
| --- | --- |
| 2.0 | Stable |
| 1.5 | Beta |

## Sizes

The sizes of widget caches are listed below.

| Version | Limit |
| --- | --- |
| 2.0 | 10 GB |
"""
    fronts = [n.front for n in all_facts(build_deck(text, "widgets.md").notes)]
    assert fronts == [
        "Availability of widget caching, version 2.0: support?",
        "Availability of widget caching, version 1.5: support?",
        # "Sizes" names what its table is about: the heading stays the subject.
        "Sizes, version 2.0: limit?",
    ]


def test_a_question_asking_for_differences_keeps_the_paragraphs_of_each_part() -> None:
    text = """# Accounts

<details>
<summary>When is <code>nobody</code> used? Tell me the differences with www-data.</summary>

`nobody` owns no files, belongs to no privileged group and has no abilities beyond every user's.

Daemons run as `www-data` may write the files of the web site, `nobody` may not.

</details>
"""
    (note,) = all_facts(build_deck(text, "accounts.md").notes)
    assert note.back == (
        "`nobody` owns no files, belongs to no privileged group and has no abilities beyond"
        " every user's.\n"
        "Daemons run as `www-data` may write the files of the web site, `nobody` may not."
    )


def test_a_long_answer_in_titled_parts_keeps_the_first_block_under_each_part() -> None:
    filler = "It is a long paragraph about accounts that goes on and on. " * 6
    text = f"""# Accounts

<details>
<summary>When is the nobody account used? Tell me the differences of nobody and www-data.</summary>

`nobody` owns no files and has no privileges.

{filler}

**When should I use the nobody account?**

When a program needs no permissions at all.

{filler}

**nobody or www-data for httpd**

Apache drops root and runs as `www-data`, which may own the site's files.

{filler}

**Further reading on shells**

Shells are another story.

</details>
"""
    (note,) = all_facts(build_deck(text, "accounts.md").notes)
    assert note.back == (
        "`nobody` owns no files and has no privileges.\n"
        "When should I use the nobody account?\n"
        "When a program needs no permissions at all.\n"
        "nobody or www-data for httpd\n"
        "Apache drops root and runs as `www-data`, which may own the site's files."
    )


def test_rows_told_apart_only_by_all_their_case_columns_ask_each_row() -> None:
    # Every column but the verdict repeats somewhere: only the three together tell the
    # rows apart, so each row is its own case.
    text = """# Routing

## Rule checks

| Mode | Rule(s) | Sent route(s) | Accepted? |
| --- | --- | --- | --- |
| Loose | `/shop` | `/shop/cart` | Yes |
| Loose | `/shop` | `/shopping` | No, whole segments only |
| Strict | `/shop` | `/shop/cart` | No |
| Strict | `/shop` | `/shop` | Yes |
| Loose | `/`, `/shop` | `/shop` | Yes, longest rule wins |
"""
    notes = build_deck(text, "routing.md").notes
    assert [(n.front, n.back) for n in all_facts(notes)] == [
        ("Rule checks, mode Loose, rule `/shop`, sent route `/shop/cart`: accepted?", "Yes"),
        (
            "Rule checks, mode Loose, rule `/shop`, sent route `/shopping`: accepted?",
            "No, whole segments only",
        ),
        ("Rule checks, mode Strict, rule `/shop`, sent route `/shop/cart`: accepted?", "No"),
        ("Rule checks, mode Strict, rule `/shop`, sent route `/shop`: accepted?", "Yes"),
        (
            "Rule checks, mode Loose, rule `/`, `/shop`, sent route `/shop`: accepted?",
            "Yes, longest rule wins",
        ),
    ]


def test_a_column_with_one_value_is_a_condition_when_the_question_depends_on_it() -> None:
    text = """# Names

## Suffix patterns

| Pattern | Name tried | Result? |
| --- | --- | --- |
| `*.corp.example` | `mail.corp.example` | Accepted |
| `*.corp.example` | `a.b.corp.example` | Refused, one label only |
| `*.corp.example` | `corp.example` | Refused |

## Open ports

| Protocol | Port | Purpose |
| --- | --- | --- |
| UDP | 53 | Name lookups |
| UDP | 123 | Clock sync |
| UDP | 514 | Log shipping |
"""
    fronts = [n.front for n in all_facts(build_deck(text, "names.md").notes)]
    assert fronts == [
        # The pattern every row is checked against belongs to the question ...
        "Suffix patterns, pattern `*.corp.example`, name tried `mail.corp.example`: result?",
        "Suffix patterns, pattern `*.corp.example`, name tried `a.b.corp.example`: result?",
        "Suffix patterns, pattern `*.corp.example`, name tried `corp.example`: result?",
        # ... a protocol shared by every port is no condition of what the port is for.
        "Open ports, port 53: purpose?",
        "Open ports, port 123: purpose?",
        "Open ports, port 514: purpose?",
    ]


def test_a_lead_in_naming_what_follows_asks_which() -> None:
    text = """# Caches

## Frozen entries

Marking an entry frozen in a busy cache has the following benefits:

- no writer can change it by mistake
- readers skip the version check

## Eviction

Writes to the following cache regions are never evicted, so that a restart finds them:

- the session region
- the lock region

## Health checks

To check a cache, use the following checklist:

- hit rate above half
- no evictions during the last hour
"""
    notes = build_deck(text, "caches.md").notes
    assert [(n.front, n.back) for n in all_facts(notes)] == [
        (
            "Frozen entries: Marking an entry frozen in a busy cache has which benefits?",
            "• no writer can change it by mistake\n• readers skip the version check",
        ),
        (
            "Eviction: Writes to which cache regions are never evicted?",
            "• the session region\n• the lock region",
        ),
        # An instruction states nothing: the heading asks.
        (
            "Caches: health checks?",
            "• hit rate above half\n• no evictions during the last hour",
        ),
    ]


def test_a_list_saying_what_the_code_beside_it_does_shows_the_code() -> None:
    text = """# Mirror setup

## Start the mirror

Start a mirror with this command. This command:

- creates a mirror named "docs"
- listens on port 9000

```bash
mirrorctl start docs \\
  --port 9000
```

## Settings

Write a settings file. This configuration:

- turns compression on

```yaml
compression:
  enabled: true
```

## Running it directly

Or run it without the service manager. This command:

- reads the settings file

Write the settings file first:

```yaml
compression: {enabled: false}
```

Then start it:

```bash
mirrorctl run --settings mirror.yml
```

## Stopping

This command:

- stops every mirror
"""
    notes = [n for n in facts(build_deck(text, "mirror.md").notes) if n.type.value == "list"]
    assert [(n.front, n.back) for n in notes] == [
        (
            "Start the mirror: what does this command do?\nmirrorctl start docs \\\n  --port 9000",
            '• creates a mirror named "docs"\n• listens on port 9000',
        ),
        (
            "Settings: what does this configuration do?\ncompression:\n  enabled: true",
            "• turns compression on",
        ),
        # The command, not the file written on the way to it.
        (
            "Running it directly: what does this command do?\nmirrorctl run --settings mirror.yml",
            "• reads the settings file",
        ),
        # "Stopping": no command to show, so nothing to ask.
    ]


def test_a_list_outlining_the_page_makes_no_card() -> None:
    text = """# Mirror tutorial

In this tutorial you will learn how to:

- start a mirror
- point clients at it
"""
    assert build_deck(text, "tutorial.md").notes == ()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("[Widgets](/docs/api/v2/#widget) hold parts", "Widgets hold parts"),
        ("see [the guide](https://example.org/a_(b)) first", "see the guide first"),
        ("[faq](faq.md#top) and [up](../index)", "faq and up"),
        ("![badge](https://img.example/b.svg) Ready", "Ready"),
        # Code is never a link, in backticks or not.
        ("`[a](/b)` stays", "`[a](/b)` stays"),
        ("handlers[0](event)", "handlers[0](event)"),
    ],
)
def test_card_text_never_keeps_link_syntax(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_a_link_broken_by_a_shortcode_in_its_address_keeps_only_its_text() -> None:
    text = """# Widgets

## What is a widget?

[Widget](/docs/api/{{< param "version" >}}/#widget-v1) objects hold the parts of a
[panel](/docs/panels/) together.

## Limits

- A [widget](/docs/api/{{< param "version" >}}/#widget-v1) holds at most 40 parts.
- A [panel](/docs/panels/) holds at most 12 widgets.
"""
    notes = build_deck(text, "widgets.md").notes
    sides = [side for n in notes for side in card_texts(n)]
    assert notes
    assert not [s for s in sides if "](" in s]
    assert fact(notes[0]).back == "Widget objects hold the parts of a panel together."


def test_a_comparison_remark_goes_with_the_entity_it_names() -> None:
    text = """# Editors

| Feature | Vim | Emacs | Nano | Notes |
| --- | --- | --- | --- | --- |
| Macros | ✅ | ✅ | ❌ | Recorded with `q` in Vim. |
| Config file | ✅ | ✅ | ✅ | `.vimrc`, `init.el`, `.nanorc`. |
| Spell check | ✅ | ✅ | ✅ | Emacs calls it flyspell. Nano needs a `speller` set. |
"""
    notes = build_deck(text, "editors.md").notes
    assert [(n.front, n.back) for n in all_facts(notes)] == [
        ("Vim: macros?", "Yes (Recorded with `q` in Vim.)"),
        ("Emacs: macros?", "Yes"),
        ("Nano: macros?", "No"),
        ("Vim: config file?", "Yes"),
        ("Emacs: config file?", "Yes"),
        ("Nano: config file?", "Yes"),
        # Naming none of them outside code, the remark is about the row: its own card.
        ("Config file (Vim, Emacs, Nano): notes?", "`.vimrc`, `init.el`, `.nanorc`."),
        ("Vim: spell check?", "Yes"),
        ("Emacs: spell check?", "Yes (Emacs calls it flyspell.)"),
        ("Nano: spell check?", "Yes (Nano needs a `speller` set.)"),
    ]


def test_columns_after_the_question_explain_its_answer() -> None:
    text = """# Orders

## Transitions

| From | To | Allowed? | Why |
| --- | --- | --- | --- |
| new | paid | Yes | The card was charged |
| new | shipped | No | Nothing ships unpaid |
| paid | shipped | Yes | |
| paid | new | No | Payments are final |
"""
    fronts = [(n.front, n.back) for n in all_facts(build_deck(text, "orders.md").notes)]
    assert fronts == [
        ("Transitions, from new, to paid: allowed?", "Yes (The card was charged)"),
        ("Transitions, from new, to shipped: allowed?", "No (Nothing ships unpaid)"),
        ("Transitions, from paid, to shipped: allowed?", "Yes"),
        ("Transitions, from paid, to new: allowed?", "No (Payments are final)"),
    ]
