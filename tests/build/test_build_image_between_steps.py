"""An image alone on its line between a step's lead-in and its commands ("Create a
policy:", "![](diagram.png)", the code) never parts the step: it is asked as if the
picture were not there."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Rate limiting

## Enforce rate limiting

Create a `RateLimitPolicy` to configure rate limiting:

![](../../images/ratelimitpolicy-diagram.png)

```sh
kubectl apply -f - <<EOF
apiVersion: kuadrant.io/v1
kind: RateLimitPolicy
metadata:
  name: toystore
spec:
  limits:
    alice-limit:
      rates:
      - limit: 5
        window: 10s
EOF
```
"""


def test_an_image_between_a_lead_in_and_its_commands_keeps_the_step() -> None:
    pairs = [(n.front, n.back) for n in facts(build_deck(DOC, "ratelimit.md").notes)]
    assert pairs == [
        (
            "How do you create a `RateLimitPolicy` to configure rate limiting?",
            "kubectl apply -f - <<EOF\napiVersion: kuadrant.io/v1\nkind: RateLimitPolicy\n"
            "metadata:\n  name: toystore\nspec:\n  limits:\n    alice-limit:\n      rates:\n"
            "      - limit: 5\n        window: 10s\nEOF",
        )
    ]
