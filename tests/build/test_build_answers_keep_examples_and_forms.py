"""An author's answer keeps what the question needs past its first paragraph: the code
under an "Example:" label (and the values it works out), the code showing the form a
"syntax"/"format" question asks for; keycap-numbered question headings ("3️⃣ Explain …")
are asked like "3. Explain …". Synthetic documents in the shape of interview
collections."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

COLLECTION = """# Shell interview questions

## Files

### 1. What does the file mask do?

The file mask removes permission bits from the defaults of every new file.

Example:

```
mask 027
```

666 - 027 = 640
777 - 027 = 750

### 2. What is the format of a schedule entry?

Each schedule entry is one job. It starts with five time fields and ends with the program to run.

```
# min hour day month weekday program
15 4 * * 0 /opt/tools/rotate.sh
```

Entries that start with `#` are ignored.

### 3. What is a unit template?

A unit template is a unit file whose name holds an `@` and which starts many instances.

Example:

```
apiVersion: v9
kind: Template
metadata:
  name: worker
spec:
  one: 1
  two: 2
  three: 3
  four: 4
  five: 5
  six: 6
  seven: 7
  eight: 8
  nine: 9
  ten: 10
```

### 4. What is the job table?

The job table lists every job a user scheduled.

For example:

```
$ jobs-list
id  program
1   rotate.sh
```
"""


def _backs() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(COLLECTION, "shell.md").notes)}


def test_example_label_keeps_its_code_and_worked_values() -> None:
    assert _backs()["What does the file mask do?"] == (
        "The file mask removes permission bits from the defaults of every new file.\n"
        "Example:\n"
        "mask 027\n"
        "\n"
        "666 - 027 = 640\n"
        "777 - 027 = 750"
    )


def test_format_question_keeps_the_code_showing_the_form() -> None:
    assert _backs()["What is the format of a schedule entry?"] == (
        "Each schedule entry is one job. It starts with five time fields and ends with "
        "the program to run.\n"
        "# min hour day month weekday program\n"
        "15 4 * * 0 /opt/tools/rotate.sh"
    )


def test_long_manifest_or_printed_session_example_stays_off_a_what_is_card() -> None:
    backs = _backs()
    # Near-misses: a whole manifest, and a prompted session with its output, under an
    # "Example:" label illustrate the thing; the definition alone answers.
    assert backs["What is a unit template?"] == (
        "A unit template is a unit file whose name holds an `@` and which starts many instances."
    )
    assert backs["What is the job table?"] == "The job table lists every job a user scheduled."


KEYCAPS = """# Scheduler interview questions

---

## 2️⃣ What is a schedule entry?

A line of the schedule table that runs one program at set times.

---

## 3️⃣ Explain the schedule time format.

The time format is:

```
* * * * * program
| | | | +-- weekday (0-7)
| | | +---- month (1-12)
| | +------ day (1-31)
| +-------- hour (0-23)
+---------- minute (0-59)
```

---

## 1️⃣1️⃣ What does an asterisk mean in a field?

Every value of that field.
"""


def test_keycap_numbered_imperative_question_is_asked() -> None:
    backs = {n.front: n.back for n in facts(build_deck(KEYCAPS, "sched.md").notes)}
    assert list(backs) == [
        "What is a schedule entry?",
        "Explain the schedule time format.",
        "What does an asterisk mean in a field?",
    ]
    assert backs["Explain the schedule time format."] == (
        "The time format is:\n"
        "* * * * * program\n"
        "| | | | +-- weekday (0-7)\n"
        "| | | +---- month (1-12)\n"
        "| | +------ day (1-31)\n"
        "| +-------- hour (0-23)\n"
        "+---------- minute (0-59)"
    )
