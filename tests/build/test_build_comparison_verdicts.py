"""A comparison page's verdict lines ("**Winner: Alpha** - reason") are asked as which of
the pair is better at the aspect their section compares, never as a term of the list
above them; a list ticking every item with one mark ("✅ You want a UI") is a checklist,
never the legend of that mark in the page's tables."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Alpha vs Beta: Detailed Comparison

## Quick Comparison

| Feature | Alpha | Beta |
|---------|-------|------|
| **Web UI** | ✅ Built-in dashboard | ❌ Command-line only |
| **Snapshots** | ✅ Point-in-time copies | ❌ Not available |

## Detailed Feature Comparison

### 1. User Interface

#### Alpha
- **Built-in Web UI**: A dashboard ships with every cluster
- **Cluster Overview**: One page lists every cluster

#### Beta
- **Command-line Only**: No dashboard is shipped
- **External Tools**: A separate viewer must be installed

**Winner: Alpha** - Built-in UI makes management much easier

## Use Case Recommendations

### Choose Beta If:
- ✅ You need a simple, lightweight solution
- ✅ You don't need advanced features
"""


def test_a_verdict_line_asks_which_of_the_pair_wins_the_aspect() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "compare.md").notes)]
    assert (
        "User Interface: which is better, Alpha or Beta?",
        "Alpha: Built-in UI makes management much easier",
    ) in pairs
    assert not [front for front, _ in pairs if "Winner" in front]


def test_a_checklist_of_one_mark_is_no_legend_of_the_tables() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "compare.md").notes)]
    assert ("Alpha: web UI?", "Yes, Built-in dashboard") in pairs, pairs
    assert not [back for _, back in pairs if back.startswith("You don't need")]


def test_each_side_of_a_compared_aspect_is_one_list_card() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "compare.md").notes)]
    assert (
        "Alpha: user interface?",
        "• Built-in Web UI: A dashboard ships with every cluster\n"
        "• Cluster Overview: One page lists every cluster",
    ) in pairs
    assert (
        "Beta: user interface?",
        "• Command-line Only: No dashboard is shipped\n"
        "• External Tools: A separate viewer must be installed",
    ) in pairs
    assert not [front for front, _ in pairs if "(User Interface)" in front]
