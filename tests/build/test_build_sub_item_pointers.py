"""A sub-item that only points at its link ("More details can be found [here](…)",
"Learn more about how [the autoscaler computes `x`](…) …") says nothing once the link
is gone: the item it hangs under keeps its own words, and a lone "(Optional)" left
after it reads as the aside it is. A sub-item that states something stays."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

SPEC = """# Widget spec

## Triggers

Trigger fields:
- **type**: The kind of trigger to use. (Mandatory)
- **authRef**: A reference to the `WidgetAuth` object that authenticates the scaler.
  - More details can be found [here](../concepts/auth). (Optional)
- **metricKind**: The kind of metric that should be used. (Default: `Average`, Optional)
  - Learn more about how the [autoscaler computes `replicaCount`](https://e.x/w) based on it.
- **pollEvery**: How often the scaler is polled.
  - Values below `5s` are raised to `5s`, see [limits](../limits) for more details.
"""


def test_pointer_sub_items_leave_the_back() -> None:
    backs = {n.front: n.back for n in facts(build_deck(SPEC, "spec.md").notes)}
    assert backs["Trigger fields: authRef?"] == (
        "A reference to the `WidgetAuth` object that authenticates the scaler. (Optional)"
    )
    assert backs["Trigger fields: metricKind?"] == (
        "The kind of metric that should be used. (Default: `Average`, Optional)"
    )
    assert backs["Trigger fields: pollEvery?"] == (
        "How often the scaler is polled: Values below `5s` are raised to `5s`, see limits"
        " for more details."
    )
