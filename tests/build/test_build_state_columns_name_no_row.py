"""A column of states ("Status" over False / Unknown) never names a table's rows: when
the first column repeats ("Ready" twice), the row is named by it and the state together,
never asked backwards ("status False: type?" → "Ready")."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Node repair

## Kubelet Node Conditions

| Type | Status | Toleration Duration |
| ---- | ------ | ------------------- |
| Ready | False | 30 minutes |
| Ready | Unknown | 10 minutes |

## Plugins

| Category | Plugin | Purpose |
| -------- | ------ | ------- |
| Network | calico | Policy enforcement |
| Network | cilium | eBPF datapath |
"""


def test_a_repeated_first_column_is_keyed_with_the_state_beside_it() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "repair.md").notes)]
    assert pairs[:2] == [
        ("Kubelet Node Conditions, type Ready, status False: toleration duration?", "30 minutes"),
        ("Kubelet Node Conditions, type Ready, status Unknown: toleration duration?", "10 minutes"),
    ]


def test_a_name_column_after_a_repeated_group_still_names_the_rows() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "repair.md").notes)]
    assert pairs[2:] == [
        ("Plugins, plugin calico: category?", "Network"),
        ("Plugins, plugin calico: purpose?", "Policy enforcement"),
        ("Plugins, plugin cilium: category?", "Network"),
        ("Plugins, plugin cilium: purpose?", "eBPF datapath"),
    ]
