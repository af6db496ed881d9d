"""Shapes of held-out documents (admonitions, alerts with a title, feature
matrices, computed tables, hidden solutions in list items, option lists, bare URLs), each
read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Callout, Code, Paragraph, parse_document
from tests.helpers import card_texts, facts, scenarios

ADMONITIONS = """# Widget Router

## Installing the router

The router runs as a DaemonSet on every node.

!!! note
    The `hostPort` mode binds port 80 on each node directly.

!!! example
    A minimal Service for the router:

    ```yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: widget-router
      namespace: edge
    spec:
      type: NodePort
      selector:
        app: widget-router
      ports:
        - port: 80
          targetPort: 8080
          nodePort: 30100
    ```

??? tip "Pinning the router to edge nodes"
    Label the edge nodes and set a `nodeSelector` so that only they run the router.

    Unlabelled nodes then run no router pod.

!!! danger "Exposing host ports"
    Every daemon listening on the node becomes reachable.

??? question "Why does the router need host networking?"
    Without host networking, the router cannot see client source addresses.

Text after the admonitions stays in its section.
"""


def test_an_admonition_body_is_read_as_markdown_with_its_title_as_label() -> None:
    items = parse_document(ADMONITIONS).items
    blocks = [i.block for i in items]
    callouts = [b for b in blocks if isinstance(b, Callout)]
    assert [(c.kind, c.title) for c in callouts] == [
        ("note", ""),
        ("tip", "Pinning the router to edge nodes"),
        ("danger", "Exposing host ports"),
    ]
    # A body of several paragraphs is one callout; its lines keep their file numbers.
    assert callouts[1].text.endswith("Unlabelled nodes then run no router pod.")
    assert callouts[1].line == 29
    # The example's code is an ordinary block, de-indented, at its own line.
    code = next(b for b in blocks if isinstance(b, Code))
    assert code.text.startswith("apiVersion: v1\nkind: Service\n")
    assert code.line == 13
    last = blocks[-1]
    assert isinstance(last, Paragraph)
    assert last.text.startswith("Text after")
    assert not any("!!!" in str(b) or "???" in str(b) for b in blocks)


def test_admonitions_make_tips_questions_and_scenarios_without_residue() -> None:
    deck = build_deck(ADMONITIONS, "router.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards["Installing the router: pinning the router to edge nodes?"] == (
        "Label the edge nodes and set a `nodeSelector` so that only they run the router. "
        "Unlabelled nodes then run no router pod."
    )
    assert cards["Installing the router: exposing host ports?"] == (
        "Every daemon listening on the node becomes reachable."
    )
    assert cards["Why does the router need host networking?"] == (
        "Without host networking, the router cannot see client source addresses."
    )
    # The manifest inside the example is scenario material like a top-level one.
    assert {s.service for s in scenarios(deck.notes)} == {"edge/widget-router"}
    for note in deck.notes:
        assert not any(m in t for t in card_texts(note) for m in ("!!!", "???", ":::")), note


ALERTS = """# Queue Service FAQ

## How do I rotate the queue credentials?

Credentials live in the `queue-auth` secret.

> [!WARNING]
> **Restarting the consumers**
>
> Consumers read the secret only at start, so restart them:
>
> ```shell
> kubectl -n queue rollout restart deployment/consumer
> ```

> [!NOTE]
> Rotation never drops messages already queued.

## What if a consumer hangs?

>[!TIP]
> **The broker keeps unacknowledged messages!**
>
> They are delivered again once the consumer is restarted.
"""


def test_an_alert_opening_on_a_bold_title_asks_by_the_title_and_answers_with_its_code() -> None:
    deck = build_deck(ALERTS, "queue.md")
    tip = next(n for n in facts(deck.notes) if "restarting the consumers" in n.front)
    assert tip.front == "How do I rotate the queue credentials: restarting the consumers?"
    assert tip.back == (
        "Consumers read the secret only at start, so restart them:\n"
        "kubectl -n queue rollout restart deployment/consumer"
    )
    hung = next(n for n in facts(deck.notes) if "unacknowledged" in n.front)
    assert hung.front == "What if a consumer hangs: the broker keeps unacknowledged messages?"
    assert hung.back == "They are delivered again once the consumer is restarted."
    for note in deck.notes:
        assert not any("[!" in t or "**" in t for t in card_texts(note)), note


COMPUTED = """# Object storage

## Addressing objects

Examples of how the region, bucket and key make an object's address:

| Region | Bucket | Object key | Virtual-host URL |
|---|---|---|---|
| eu-west-1 | photos | 2024/cat.png | https://photos.s3.eu-west-1.example.com/2024/cat.png |
| us-east-2 | photos | logs/app.txt | https://photos.s3.us-east-2.example.com/logs/app.txt |
| eu-west-1 | backups | db.tar | https://backups.s3.eu-west-1.example.com/db.tar |
"""


def test_a_table_whose_last_column_is_built_from_the_others_asks_for_it_given_them() -> None:
    deck = build_deck(COMPUTED, "storage.md")
    cards = [(n.front, n.back) for n in facts(deck.notes)]
    assert cards == [
        (
            "Addressing objects, region eu-west-1, bucket photos, object key 2024/cat.png: "
            "virtual-host URL?",
            "https://photos.s3.eu-west-1.example.com/2024/cat.png",
        ),
        (
            "Addressing objects, region us-east-2, bucket photos, object key logs/app.txt: "
            "virtual-host URL?",
            "https://photos.s3.us-east-2.example.com/logs/app.txt",
        ),
        (
            "Addressing objects, region eu-west-1, bucket backups, object key db.tar: "
            "virtual-host URL?",
            "https://backups.s3.eu-west-1.example.com/db.tar",
        ),
    ]


def test_a_table_of_distinct_keys_and_prose_is_no_computed_table() -> None:
    table = """# Tools

| Tool | Language | Notes on use |
|---|---|---|
| alpha | Go | alpha is written in Go and ships one binary |
| beta | Rust | beta is written in Rust for speed |
"""
    fronts = [n.front for n in facts(build_deck(table, "tools.md").notes)]
    assert "Tools, alpha: language?" in fronts


MATRIX = """# Storage engines

Three engines are available.

| Feature           | `alpha` | `beta` | `gamma`   |
|:------------------|:-------:|:------:|:---------:|
| **Snapshots**     | ✅      |        | ✅\\*      |
| **Compression**   |         | ✅     | Per table |

\\* _The `gamma` engine snapshots only closed segments.
See [the snapshot guide](https://example.org/snapshots) for details._
"""


def test_a_matrix_of_marks_reads_empty_cells_as_no_and_keeps_footnotes_with_the_answer() -> None:
    deck = build_deck(MATRIX, "engines.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards == {
        "Storage engines, `alpha`: snapshots?": "Yes",
        "Storage engines, `beta`: snapshots?": "No",
        "Storage engines, `gamma`: snapshots?": (
            "Yes (the `gamma` engine snapshots only closed segments)"
        ),
        "Storage engines, `alpha`: compression?": "No",
        "Storage engines, `beta`: compression?": "Yes",
        "Storage engines, `gamma`: compression?": "Per table",
    }


def test_a_matrix_that_writes_no_as_a_cross_leaves_its_empty_cells_unasked() -> None:
    table = """# Engines

| Feature | Alpha | Beta |
|---|---|---|
| Snapshots | ✅ | ❌ |
| Compression | | ✅ |
"""
    cards = {n.front: n.back for n in facts(build_deck(table, "engines.md").notes)}
    assert cards == {
        "Alpha: snapshots?": "Yes",
        "Beta: snapshots?": "No",
        "Beta: compression?": "Yes",
    }


URLS = """# Cache Layer

## Eviction

**Why does the cache evict entries early?**

Entries expire after their TTL even when memory is free. https://example.org/docs/ttl

**Where is the TTL documented?**

https://example.org/docs/ttl

## Settings

| Setting | Value |
|---|---|
| Docs | https://example.org/docs |
| Max entries | 10000 |

## Fetching

**Setup steps:**

- Point `CACHE_URL` at the primary, as in `curl https://cache.example.org/health`
- https://example.org/setup
- [Setup guide](https://example.org/setup)
"""


def test_an_address_alone_is_no_answer_and_one_closing_prose_is_dropped() -> None:
    deck = build_deck(URLS, "cache.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards["Why does the cache evict entries early?"] == (
        "Entries expire after their TTL even when memory is free."
    )
    assert "Where is the TTL documented?" not in cards
    # "## Settings" only gathers the "Setting" rows: they are the page's settings.
    assert cards["Cache Layer setting: max entries?"] == "10000"
    assert not any(f.startswith(("Settings: docs", "Cache Layer setting: docs")) for f in cards)
    # A command's address is part of the command; a list item that is only one goes.
    listed = next(b for f, b in cards.items() if "setup steps" in f.lower())
    assert "curl https://cache.example.org/health" in listed
    assert "example.org/setup" not in listed


LISTED_SOLUTIONS = """# Workload drills

## Services

1. Create a deployment `web` with image `nginx:1.27` and 3 replicas.

    <details><summary>show</summary>
    <p>

    ```bash
    kubectl create deployment web --image=nginx:1.27 --replicas=3
    ```

    </p>
    </details>

2. Expose the deployment `web` on port 80.
   <details><summary>Solution</summary>

   ```bash
   kubectl expose deployment web --port=80
   ```
   </details>
"""


def test_a_hidden_solution_inside_a_numbered_item_answers_that_item() -> None:
    deck = build_deck(LISTED_SOLUTIONS, "drills.md")
    cards = [(n.front, n.back, n.origin.line if n.origin else 0) for n in facts(deck.notes)]
    assert cards == [
        (
            "Services: Create a deployment `web` with image `nginx:1.27` and 3 replicas.",
            "kubectl create deployment web --image=nginx:1.27 --replicas=3",
            7,
        ),
        (
            "Services: Expose the deployment `web` on port 80.",
            "kubectl expose deployment web --port=80",
            18,
        ),
    ]


CHOICES = """# Cluster quiz

## Commands

### 3. Which command lists pods in every namespace?

<ul>
<li>A: <code>kubectl get pods</code></li>
<li>B: <code>kubectl get pods -A</code></li>
<li>C: <code>kubectl pods --all</code></li>
</ul>

<details><summary>Answer</summary>

B

</details>

**5. Which Service type has no cluster IP of its own?**

- A) ClusterIP
- B) ExternalName
- C) NodePort

Correct answer: B
"""


def test_options_as_an_html_list_or_before_a_visible_answer_make_a_multiple_choice() -> None:
    deck = build_deck(CHOICES, "quiz.md")
    cards = [(n.front, n.back) for n in facts(deck.notes)]
    assert cards == [
        (
            "Which command lists pods in every namespace?\n"
            "• A: `kubectl get pods`\n• B: `kubectl get pods -A`\n• C: `kubectl pods --all`",
            "B: `kubectl get pods -A`",
        ),
        (
            "Which Service type has no cluster IP of its own?\n"
            "• A) ClusterIP\n• B) ExternalName\n• C) NodePort",
            "B: ExternalName",
        ),
    ]


def test_a_note_that_only_points_elsewhere_makes_no_card() -> None:
    text = """# Rewrites

## Path rules

!!! note
    Please see the [FAQ](faq.md#paths) for the validation of `path`.
"""
    assert build_deck(text, "rewrites.md").notes == ()


def test_a_content_tab_body_is_read_as_markdown_under_its_title() -> None:
    text = """# Installing the agent

## Install

=== "Helm"

    ```bash
    helm install agent example/agent --namespace monitoring
    ```

=== "Manifest"

    ```bash
    kubectl apply -f https://example.org/agent.yaml
    ```
"""
    blocks = [i.block for i in parse_document(text).items]
    assert blocks == [
        Paragraph(text="Helm", line=5, label="Helm", tab=True),
        Code(info="bash", text="helm install agent example/agent --namespace monitoring\n", line=7),
        Paragraph(text="Manifest", line=11, label="Manifest", tab=True),
        Code(info="bash", text="kubectl apply -f https://example.org/agent.yaml\n", line=13),
    ]


def test_an_alert_title_keeps_its_code_and_the_text_after_it_loses_link_markup() -> None:
    text = """# Cache

## Secrets

> [!IMPORTANT]
> **Set `REDIS_PASSWORD` before start**
> The [server](https://example.org) refuses clients otherwise.
>
> ```bash
> export REDIS_PASSWORD=s3cret
> ```
"""
    cards = [(n.front, n.back) for n in facts(build_deck(text, "cache.md").notes)]
    assert cards == [
        (
            "Secrets: set `REDIS_PASSWORD` before start?",
            "The server refuses clients otherwise.\nexport REDIS_PASSWORD=s3cret",
        )
    ]


def test_a_note_opening_on_its_purpose_is_asked_by_it() -> None:
    text = """# Proxies

## Source addresses

!!! tip
    In order to keep the client address in requests sent to the proxy, it is necessary
    to use the `Local` traffic policy.
"""
    cards = [(n.front, n.back) for n in facts(build_deck(text, "proxies.md").notes)]
    assert cards == [
        (
            "Source addresses: in order to keep the client address in requests sent to the proxy,"
            " what must you do?",
            "In order to keep the client address in requests sent to the proxy, it is "
            "necessary\nto use the `Local` traffic policy.",
        )
    ]


def test_a_placeholder_or_a_pointer_to_another_answer_answers_nothing() -> None:
    text = """# Model questions

**How do you pick a learning rate?**

Answer here

**What is early stopping?**

For specifics, refer to the above answer.

**What is dropout?**

Dropout zeroes a random share of activations during training.
"""
    cards = [(n.front, n.back) for n in facts(build_deck(text, "models.md").notes)]
    assert cards == [
        ("What is dropout?", "Dropout zeroes a random share of activations during training.")
    ]


def test_a_stray_mark_after_the_question_mark_never_reaches_the_front() -> None:
    text = """# List questions

## Question 4. How do you copy a list ?.

<details><summary><b>Answer</b></summary>

Slice it whole: `items[:]` returns a shallow copy.

</details>
"""
    fronts = [n.front for n in facts(build_deck(text, "lists.md").notes)]
    assert fronts == ["How do you copy a list?"]
