"""A reference table's mark cells ("Required | *") say that the column holds: the front
reads "required", never "required *"; a first header repeating its section's name
("virtual_center Options" under "virtual_center") names it once ("virtual_center, option
user")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# vSphere cloud provider

## virtual_center

| virtual_center Options | Type | Required | Description |
|:----------------------:|:----:|:--------:|:------------|
| user | string | * | vCenter user used to authenticate with this server. |
| port | string | | Port to use to connect to this server. Defaults to 443. |
"""


def test_a_required_mark_reads_as_the_word_and_the_section_is_named_once() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "vsphere.md").notes)]
    assert pairs == [
        (
            "virtual_center, option user (type string, required): what is it?",
            "vCenter user used to authenticate with this server.",
        ),
        (
            "virtual_center, option port (type string): what is it?",
            "Port to use to connect to this server. Defaults to 443.",
        ),
    ]
