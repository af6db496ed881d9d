"""Reference tables and field lists name what their rows are fields of and ask each
column as the question it stands for: the lead-in's "stream configuration options"
names the owner ("Stream configuration option MaxAge"), ``Default`` asks "default
value?", ``Version``/``Editable`` ask "introduced in which version?" / "editable after
creation?" only when the page says so; a sub-parameter row (a blank first cell, or one
indented with ``&nbsp;``) is asked with its parent (```http` `port```), a column of
"None" makes no card; a lead-in naming what a list's terms are fields of ("All request
logs contain the following fields:") asks them as such; a last column describing the
rows of a verdict matrix ("Implementation") and a roadmap's "Status | Target" are no
entities compared."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

EXPLAINED = """\
# Streams

## Configuration

Below are the stream configuration options that can be set. The `Version` column gives \
the release the option was introduced in. The `Editable` column says whether the option \
can be changed after the stream is created.

| Field | Description | Version | Editable |
|:------|:------------|:--------|:---------|
| MaxAge | Maximum age of any message in the stream. | 2.2 (beta) | Yes |
| Storage | The storage type for stream data. | 2.2 | No |
| Replicas | How many replicas to keep for each message. | 2.3 | Yes (since 2.4) |
"""

UNEXPLAINED = """\
# Streams

## Configuration

| Field | Description | Version | Editable |
|:------|:------------|:--------|:---------|
| MaxAge | Maximum age of any message in the stream. | 2.2 (beta) | Yes |
| Storage | The storage type for stream data. | 2.2 | No |
| Replicas | How many replicas to keep for each message. | 2.3 | Yes (since 2.4) |
"""

SUB_PARAMETERS = """\
# Registry

## Required parameters

| Parameter | Sub-parameters | Description and Additional Parameters |
|-----------|----------------|---------------------------------------|
| `hostname` | None | The address at which clients reach the registry. |
| `http` | | Serve the registry over plain HTTP. |
| | `port` | Port number for HTTP. The default is 80. |
| `https` | | Serve the registry over HTTPS. |
| | `port` | Port number for HTTPS. The default is 443. |
| | `certificate` | Path to the TLS certificate. |
| `jobservice` | `max_job_workers` | Maximum number of replication workers. |

## Lock files

| Language | Lock file | Notes |
|----------|-----------|-------|
| Python | Pipfile.lock | Written by pipenv on install. |
| | poetry.lock | Written by poetry on install. |
| Ruby | Gemfile.lock | Written by bundler on install. |
"""

INDENTED = """\
# Registry

## Server options

| Option | Description | Default |
|--------|-------------|---------|
| `listen` | Serve requests on a socket. | on |
| &nbsp;&nbsp;`address` | The address to bind. | `0.0.0.0` |
| &nbsp;&nbsp;`backlog` | Pending connections kept. | 511 |
| `workers` | Worker processes to start. | 4 |
"""

PLAIN_SUB_PARAMETERS = """\
# Tasks

## Response parameters

| Parameter | Sub-Parameter | Description | Type |
| --- | --- | --- | --- |
| id |  | The unique task identifier. | String |
| assignment |  | The object holding who works on the task. |  |
|  | assigneeId | The user the task is assigned to. | String |
|  | assignmentTime | When the task was assigned. | Epoch |
| dueDate |  | The day the task must be finished. | Epoch |
"""

NESTED = """\
# Orders

## Response

| Field | Type | Description |
|---|---|---|
| `orders` | object | All orders. |
| &nbsp;&nbsp;`order` | object | One order. |
| &nbsp;&nbsp;&nbsp;&nbsp;`number` | string | The order number printed on the invoice. |
| &nbsp;&nbsp;`count` | integer | How many orders came back. |
| `status` | string | Whether the request succeeded. |
"""

FIELD_LISTS = """\
# Gateway

## Logging

The gateway writes structured logs. All request logs contain the following fields:

- `status`: The HTTP status code returned to the client.
- `latency`: Time spent serving the request, in milliseconds.

## Metrics

The exporter is optional. It has the following fields:

- `name`: Metric name as exported to Prometheus.
- `help`: Help text shown beside the metric.
"""

MATRICES = """\
# Backups

## Restore features

| Feature | PostgreSQL | MySQL | Implementation |
|---------|------------|-------|----------------|
| Parallel restore | Yes | No | Connection pool of workers |
| Tiered restore | Yes | Yes | Pattern matching on table names |
| Auto-detect mode | Yes | No | Queries the recovery state |

## Roadmap

| Feature | Status | Target |
|---------|--------|--------|
| Parallel MySQL restore | Planned | - |
| Dedup backups | Done | v6.25.0 |
| Config auto-loading | Done | v6.30.0 |
"""


def _pairs(text: str, name: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in facts(build_deck(text, name).notes)]


def test_a_lead_in_names_the_owner_and_explains_the_columns() -> None:
    pairs = _pairs(EXPLAINED, "streams.md")
    assert ("Stream configuration option MaxAge: editable after creation?", "Yes") in pairs
    assert (
        "Stream configuration option Replicas: editable after creation?",
        "Yes (since 2.4)",
    ) in pairs
    assert ("Stream configuration option MaxAge: introduced in which version?", "2.2 (beta)") in (
        pairs
    )
    assert (
        "Stream configuration option Storage: description?",
        "The storage type for stream data.",
    ) in pairs
    assert not [front for front, _ in pairs if front.endswith((": editable?", ": version?"))]


def test_columns_the_page_does_not_explain_keep_their_header() -> None:
    fronts = [front for front, _ in _pairs(UNEXPLAINED, "streams.md")]
    assert "Streams field MaxAge: editable?" in fronts
    assert "Streams field MaxAge: version?" in fronts
    assert not [front for front in fronts if "after creation" in front or "which version" in front]


def test_sub_parameter_rows_are_asked_with_their_parent() -> None:
    pairs = _pairs(SUB_PARAMETERS, "registry.md")
    assert ("`http` `port`: description?", "Port number for HTTP. The default is 80.") in pairs
    assert ("`https` `port`: description?", "Port number for HTTPS. The default is 443.") in pairs
    assert ("`https` `certificate`: description?", "Path to the TLS certificate.") in pairs
    assert (
        "`jobservice` `max_job_workers`: description?",
        "Maximum number of replication workers.",
    ) in pairs
    # The Sub-parameters column is no question: "None" or the sub-key named in the front.
    assert not [front for front, _ in pairs if "sub-parameters" in front.lower()]
    assert not [front for front, _ in pairs if "additional parameters" in front.lower()]


def test_a_blank_first_cell_elsewhere_still_continues_the_row_above() -> None:
    pairs = _pairs(SUB_PARAMETERS, "registry.md")
    assert (
        "Lock files, lock file poetry.lock: language?",
        "Python (Written by poetry on install.)",
    ) in pairs
    assert not [front for front, _ in pairs if "Python poetry.lock" in front]


def test_an_indented_row_is_a_nested_option() -> None:
    pairs = _pairs(INDENTED, "registry.md")
    assert ("Registry `listen` `address`: default value?", "`0.0.0.0`") in pairs
    assert ("Registry `listen` `backlog`: description?", "Pending connections kept.") in pairs
    assert ("Registry `workers`: default value?", "4") in pairs
    assert not [front for front, _ in pairs if front.startswith("Registry `address`")]


def test_a_lead_in_names_what_a_term_list_is_fields_of() -> None:
    pairs = _pairs(FIELD_LISTS, "gateway.md")
    assert (
        "Field of request logs: `status`?",
        "The HTTP status code returned to the client.",
    ) in pairs
    # "It has the following fields": a pronoun names no owner; the section does.
    assert ("Gateway metrics: `name`?", "Metric name as exported to Prometheus.") in pairs


def test_describing_and_roadmap_columns_are_no_entities() -> None:
    pairs = _pairs(MATRICES, "backups.md")
    assert (
        "Parallel restore (PostgreSQL, MySQL): implementation?",
        "Connection pool of workers",
    ) in pairs
    assert ("MySQL: parallel restore?", "No") in pairs
    assert ("Config auto-loading: target?", "v6.30.0") in pairs
    assert not [front for front, _ in pairs if front.startswith(("Implementation:", "Target:"))]


def test_each_indent_nests_under_the_row_indented_less() -> None:
    pairs = _pairs(NESTED, "orders.md")
    assert (
        "Response, field `orders` `order` `number` (type string): what is it?",
        "The order number printed on the invoice.",
    ) in pairs
    assert (
        "Response, field `orders` `count` (type integer): what is it?",
        "How many orders came back.",
    ) in pairs
    assert (
        "Response, field `status` (type string): what is it?",
        "Whether the request succeeded.",
    ) in pairs


def test_plain_sub_parameters_are_fields_of_the_page_as_their_parents_are() -> None:
    pairs = _pairs(PLAIN_SUB_PARAMETERS, "tasks.md")
    assert (
        "Tasks parameter assignment assigneeId: description?",
        "The user the task is assigned to.",
    ) in pairs
    assert ("Tasks parameter assignment assignmentTime: type?", "Epoch") in pairs
    assert ("Tasks parameter dueDate: type?", "Epoch") in pairs
    assert not [front for front, _ in pairs if "sub-parameter" in front.lower()]
