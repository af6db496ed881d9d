"""A table column whose every cell is made of labelled parts (a values schema's "More
Details": "**Type:** `object`<br/>", "**Type:** `boolean`<br/>**Default:** `false`")
is split into a column per label: a row is asked its default value, never "more
details?" answered by a fragment."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Kettle values schema

| **Property** | **Description** | **More Details** |
| :----------- | :-------------- | :--------------- |
| `kettle.boil` | **Boil** - Configuration of boiling.|**Type:** `object`<br/>|
| `k.b.on` | **On** - Turns it on.|**Type:** `boolean`<br/>**Default:** `false`|
| `k.b.max` | **Max** - Top degrees.|**Type:** `integer`<br/>**Default:** `90`|
"""


def test_labelled_parts_are_columns_of_their_own() -> None:
    fronts = {n.front: n.back for n in facts(build_deck(DOC, "values.md").notes)}
    assert not any("more details" in front for front in fronts)
    defaults = {f: b for f, b in fronts.items() if f.endswith("default value?")}
    assert sorted(defaults.values()) == ["`90`", "`false`"]
