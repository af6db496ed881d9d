"""A collection of questions or notes about one subject ("Valkey Questions", "Helmfile
Cheatsheet"): its questions asking with a generic noun and naming nothing ("What are
the eviction policies?") are asked of the title's subject; a question that names
anything, and a section about another product, stay exactly as written."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.subject import collection_subject, named_words, names_nothing
from quizkit.notes import FactNote

QUESTIONS = """# Valkey Questions

## Basics

### What is Valkey?
Valkey is an in-memory key-value store forked from an older open-source project.

### What is a keyspace?
A keyspace is the set of keys one logical database holds.

### What are the eviction policies?
- noeviction
- allkeys-lru
- volatile-ttl

### How do you persist data?
- Snapshots
- Append-only file

## Operations

### What are the HA options?
- Replicas
- Sentinel

### How do you tune `maxmemory`?
Set it below the machine's memory and pick an eviction policy.

### How does Valkey replicate writes?
Valkey streams every write to its replicas asynchronously.

### What are the limits of Valkey clusters?
Valkey clusters use 16384 hash slots.

### How do you run it on Windows?
Use a container or the Linux subsystem.
"""


def _fronts(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.id.rsplit("/", 1)[-1]: n.front for n in deck.notes if isinstance(n, FactNote)}


def test_the_title_names_the_subject_before_its_collection_words() -> None:
    assert collection_subject("Valkey Questions", QUESTIONS) == "Valkey"
    assert collection_subject("Valkey Cheatsheet (Commands & Steps)", QUESTIONS) == "Valkey"
    # A title of no collection, or a subject the text never repeats, is no subject.
    assert collection_subject("Valkey", QUESTIONS) == ""
    assert collection_subject("Garnet Questions", QUESTIONS) == ""
    # A phrase is no name ("Caching in practice questions").
    assert collection_subject("Caching in practice questions", QUESTIONS) == ""


def test_what_names_nothing() -> None:
    assert names_nothing("What are the eviction policies?")
    assert names_nothing("How do you get / update plugins?")
    # A two-letter acronym abbreviates a common noun ("high availability").
    assert names_nothing("What are the HA options?")
    # A definition asks of the term it names; names, code, quotes and inner capitals name.
    assert not names_nothing("What is a keyspace?")
    assert not names_nothing("How do you tune `maxmemory`?")
    assert not names_nothing("How do you run it on Windows?")
    assert not names_nothing("What are the limits of NUMA nodes?")
    assert not names_nothing('What are the "hot" keys?')
    assert not names_nothing("How do you size an S3 bucket?")
    assert not names_nothing("How do you use GitOps?")


def test_generic_questions_are_asked_of_the_title_subject() -> None:
    fronts = _fronts(QUESTIONS, "valkey-questions.md")
    assert fronts["what-are-the-eviction-policies"] == "Valkey: what are the eviction policies?"
    assert fronts["how-do-you-persist-data"] == "Valkey: how do you persist data?"
    assert fronts["what-are-the-ha-options"] == "Valkey: what are the HA options?"


def test_questions_naming_anything_stay_exactly_as_written() -> None:
    fronts = _fronts(QUESTIONS, "valkey-questions.md")
    assert fronts["what-is-valkey"] == "What is Valkey?"
    assert fronts["what-is-a-keyspace"] == "What is a keyspace?"
    assert fronts["how-do-you-tune-maxmemory"] == "How do you tune `maxmemory`?"
    assert fronts["how-does-valkey-replicate-writes"] == "How does Valkey replicate writes?"
    assert fronts["what-are-the-limits-of-valkey-clusters"] == (
        "What are the limits of Valkey clusters?"
    )
    assert fronts["how-do-you-run-it-on-windows"] == "How do you run it on Windows?"


def test_a_page_of_another_title_keeps_its_questions() -> None:
    fronts = _fronts(QUESTIONS.replace("# Valkey Questions", "# Study log"), "log.md")
    assert fronts["what-are-the-eviction-policies"] == "What are the eviction policies?"


MULTI = """# DevOps Interview Questions

DevOps joins development and operations. DevOps teams ship often. DevOps needs tooling.

## General

### What are the key practices?
- Continuous integration
- Infrastructure as code

## Docker

Images run as containers under Docker.

### What are the storage drivers?
- overlay2
- btrfs

## Monitoring with Prometheus

Metrics are scraped over HTTP by Prometheus.

### How do you reduce cardinality?
- Drop unused labels
- Aggregate with recording rules
"""


def test_a_section_naming_another_product_keeps_its_questions() -> None:
    fronts = _fronts(MULTI, "devops.md")
    assert fronts["what-are-the-key-practices"] == "DevOps: what are the key practices?"
    # The section names the product its questions ask of: no "DevOps:" over them.
    assert fronts["what-are-the-storage-drivers"] == "What are the storage drivers?"
    assert fronts["how-do-you-reduce-cardinality"] == "How do you reduce cardinality?"


CHEATSHEET = """# Helmfile Cheatsheet (Commands, Codes & Steps)

Helmfile deploys many Helm charts at once. Helmfile reads a `helmfile.yaml`.
Run Helmfile from the directory of that file; Helmfile then syncs every release.

## Releases

**Sync every release**

```bash
helmfile sync
```

**Get / update repositories**

```bash
helmfile repos
```
"""


def test_a_cheatsheet_step_naming_nothing_is_asked_of_its_tool() -> None:
    fronts = set(_fronts(CHEATSHEET, "helmfile-cheatsheet.md").values())
    assert "How do you get / update repositories with `helmfile`?" in fronts


def test_a_topic_the_prose_writes_in_lower_case_is_no_subject() -> None:
    topic = """# Caching Questions

## Basics

### What are the eviction policies?
Caching keeps hot data near. Good caching needs a policy, and caching layers evict by age.

### How do you warm the cache?
Load the hot keys before traffic arrives; caching then starts full.
"""
    assert collection_subject("Caching Questions", topic) == ""
    fronts = _fronts(topic, "caching.md")
    assert fronts["what-are-the-eviction-policies"] == "What are the eviction policies?"


def test_a_name_written_in_lower_case_still_names() -> None:
    text = QUESTIONS + (
        "\n### How do you use the lettuce client?\nThe Lettuce client pools connections"
        " and Lettuce reconnects on its own.\n"
        "\n### What are the limits of the keydbjs driver?\nIt has no cluster support.\n"
        "\n### How do you run valkey-cli?\nInstall it with the server.\n"
        "\nUse `valkey-cli` to connect.\n"
    )
    names = named_words(text)
    assert {"lettuce", "valkey-cli"} <= names
    assert not names_nothing("How do you use the lettuce client?", names)
    assert not names_nothing("What are the limits of the keydbjs driver?", names)
    fronts = _fronts(text, "valkey-questions.md")
    assert fronts["how-do-you-use-the-lettuce-client"] == "How do you use the lettuce client?"
    assert fronts["how-do-you-run-valkey-cli"] == "How do you run valkey-cli?"
