"""A question heading answered in one sentence and then its labelled parts ("Commands:"
over a fenced block of several commands, "Check:" over a list) keeps those parts on its
back while they fit: the one-line answer names the command, the code shows the case the
question asks ("all" containers: ``docker ps -a``). An answer that is itself a labelled
part ("Steps:" and its command) goes on with the next one. Code under the next question
never joins, and a "What is …?" keeps only short snippets (its manifest under "Usage:" stays off).
"""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Container runtime questions

### Question 4: How do you list all boxes?

**Answer:**
Use the `boxctl ls` command.

**Commands:**
```bash
# List running boxes
boxctl ls

# List every box, stopped ones too
boxctl ls --all

# Print only the box IDs
boxctl ls --quiet
```

---

### Question 5: How do you remove a box?

**Answer:**
Use `boxctl rm`.

---

### Question 6: How do you restore a box?

Use `boxctl restore` with the name of the snapshot.

```bash
boxctl restore --from nightly web-1
```

### Question 8: What is a box group?

A box group is a set of boxes that share one network, one lifetime and one set of mounted volumes.

**Usage:**
```yaml
kind: BoxGroup
name: web
boxes:
  - web-1
  - web-2
```

## 7. A box is stuck in Waiting. How do you debug?

**Steps:**
```bash
boxctl inspect <box-name>
```
Check:
- Free memory on the host
- Volume mounts
- Image pull errors
"""


def _pairs() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(DOC, "boxes.md").notes)}


def test_the_commands_part_goes_on_the_back() -> None:
    assert _pairs()["How do you list all boxes?"] == (
        "Use the `boxctl ls` command.\n"
        "Commands:\n"
        "# List running boxes\n"
        "boxctl ls\n"
        "\n"
        "# List every box, stopped ones too\n"
        "boxctl ls --all\n"
        "\n"
        "# Print only the box IDs\n"
        "boxctl ls --quiet"
    )


def test_an_answer_opening_on_a_labelled_part_takes_the_next_one() -> None:
    assert _pairs()["A box is stuck in Waiting. How do you debug?"] == (
        "Steps:\nboxctl inspect <box-name>\nCheck:\n"
        "• Free memory on the host\n• Volume mounts\n• Image pull errors"
    )


def test_long_code_stays_off_a_definition() -> None:
    assert _pairs()["What is a box group?"] == (
        "A box group is a set of boxes that share one network, one lifetime and one set of "
        "mounted volumes."
    )


def test_code_of_the_next_question_stays_off() -> None:
    assert _pairs()["How do you remove a box?"] == "Use `boxctl rm`."
