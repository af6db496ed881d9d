"""One vocabulary of exercise kind words (``markdown.EXERCISE_WORDS``): the word before an
exercise's number ("Problem 3:") and after its title ("… Claim Size Problem") is no part
of what the task is about, for every kind the parser knows, in the rules too (they knew
only question, exercise, task and lab). Synthetic document."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from tests.helpers import facts


def _drills(kind: str) -> str:
    return f"""# Storage drills

## Volumes

### 01-02. Claim Size {kind}
* List every claim with its requested size.

<details class="faq box"><summary>Solution</summary>
<p>

```bash
kubectl get pvc -A
```

</p>
</details>

### {kind} 3: Volume Mode {kind}
* Show the volume mode of every claim.

<details class="faq box"><summary>Solution</summary>
<p>

```bash
kubectl get pvc -o wide
```

</p>
</details>
"""


@pytest.mark.parametrize("kind", ["Task", "Lab", "Problem", "Drill", "Challenge"])
def test_an_exercise_heading_asks_without_its_number_and_kind_word(kind: str) -> None:
    cards = {n.front: n.back for n in facts(build_deck(_drills(kind), "drills.md").notes)}
    assert cards == {
        "Claim Size: List every claim with its requested size.": "kubectl get pvc -A",
        "Volume Mode: Show the volume mode of every claim.": "kubectl get pvc -o wide",
    }
