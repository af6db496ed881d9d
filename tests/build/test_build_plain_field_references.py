"""A reference table of fields whose keys are identifiers written plain (`MaxAge`, not in
code) under a first column naming fields ("Field", "Name") is read like one keyed by
code: each field is named with the page's component ("Streams field MaxAge: editable?",
"Configa appName: default value?"), never asked bare ("MaxAge: editable?")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

STREAMS = """\
# Streams

## Configuration

| Field | Description | Version | Editable |
|:------|:------------|:--------|:---------|
| MaxAge | Maximum age of any message in the stream. | 2.2.0 | Yes |
| Storage | The storage type for stream data. | 2.2.0 | No |
| Replicas | How many replicas to keep for each message. | 2.2.0 | Yes |
"""

TOOL = """\
# Configa

## Usage

| Name | Description | Type | Default |
| ---- | ----------- | ---- | ------- |
| appName | The name of the application. | `string` | `undefined` |
| readmePath | Path to the README file to be updated. | `string` | `"README.md"` |

## Services

| Service | Description | Default |
| ------- | ----------- | ------- |
| Scheduler | Places pods on nodes. | on |
| Proxy | Routes traffic to pods. | off |
"""


def test_plain_field_keys_are_named_with_their_component() -> None:
    fronts = [n.front for n in facts(build_deck(STREAMS, "streams.md").notes)]
    assert "Streams field MaxAge: description?" in fronts
    assert "Streams field Storage: editable?" in fronts
    assert not [front for front in fronts if front.startswith("MaxAge")]


def test_a_name_column_of_identifiers_names_the_tool_and_other_tables_stay() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(TOOL, "configa.md").notes)]
    assert ("Configa readmePath: default value?", '`"README.md"`') in pairs
    assert ("Services, Scheduler: default value?", "on") in pairs, pairs
