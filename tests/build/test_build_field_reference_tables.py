"""A reference table of fields (`Name | Type | Description | Default | Required`) keyed
by code names its fields with what they belong to: the page's component and the kind a
generic heading names ("loki.source.kafka argument `brokers`"), or the block a code
heading names ("loki.source.kafka `authentication` `type`"). Asked of the bare key, the
description card named no component and was left out, and two blocks' `type` fields
shared a front."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_REFERENCE = """# queue.source.kiln

## Arguments

| Name      | Type           | Description                          | Default   | Required |
|-----------|----------------|--------------------------------------|-----------|----------|
| `brokers` | `list(string)` | The list of brokers to connect to.   |           | yes      |
| `group`   | `string`       | The consumer group to join.          | `"kiln"`  | no       |

### `authentication`

| Name   | Type     | Description                      | Default  | Required |
|--------|----------|----------------------------------|----------|----------|
| `type` | `string` | Type of authentication to use.   | `"none"` | no       |
"""


def test_fields_are_asked_of_their_component_and_block() -> None:
    fronts = [n.front for n in build_deck(_REFERENCE, "ref.md").notes if isinstance(n, FactNote)]
    assert "queue.source.kiln argument `brokers`: description?" in fronts
    assert "queue.source.kiln argument `group`: default value?" in fronts
    assert "queue.source.kiln `authentication` `type`: default value?" in fronts
    # A bare data type is no card of its own (the last check).
    assert "queue.source.kiln `authentication` `type`: type?" not in fronts
    assert not any(front.startswith("`") for front in fronts)
