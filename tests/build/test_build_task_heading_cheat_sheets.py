"""A cheat sheet of task headings, each right over the command doing it, asks every task
whatever its verb ("Sign …", "Read …", a gerund "Encrypting …") with the program the
commands run, named by a heading above the tasks or, with none, by the commands alone;
a title-cased heading's capitals go ("Generate a New Key" → "generate a new key"). A name
("Client-side setup", "Keyring Export Bundle": no verb the rules know, then capitalised
words) is no task. A page
whose headings are not such tasks (a tutorial's sections) is read as before."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_TASKS = """### Generate a New Key

```bash
sealer genkey -out server.key 2048
```

### Sign a Manifest with the Root Key

```bash
sealer sign -key root.key -in app.manifest -out app.sig
```

### Read a Signature

```bash
sealer show -in app.sig
```

### Encrypting files

```bash
sealer seal -key server.key -in notes.txt -out notes.enc
```

### Verify a Signature

```bash
sealer verify -key root.pub -in app.sig
```

### Keyring Export Bundle

```bash
sealer bundle -in keys/ -out keys.tar
```

### Client-side setup

```bash
sealer genkey -out client.key 2048
```
"""


def _fronts(text: str) -> list[str]:
    return [n.front for n in build_deck(text, "sheet.md").notes if isinstance(n, FactNote)]


_ASKED = [
    "How do you generate a new key with `sealer`?",
    "How do you sign a manifest with the root key using `sealer`?",
    "How do you read a signature with `sealer`?",
    "How do you encrypt files with `sealer`?",
    "How do you verify a signature with `sealer`?",
]


def test_every_task_heading_is_asked_with_the_program_its_h2_names() -> None:
    assert _fronts(f"## Sealer Common Commands\n\n{_TASKS}") == _ASKED


def test_the_program_is_named_by_the_commands_when_no_heading_names_it() -> None:
    assert _fronts(f"## Everyday Commands\n\n{_TASKS}") == _ASKED


def test_a_tutorials_sections_are_not_read_as_a_cheat_sheet() -> None:
    # Headings over prose and code, most opening on no action verb: no page of tasks.
    page = """# Sealer tour

## Keys

Sealer keeps keys in files.

```bash
sealer genkey -out server.key 2048
```

## Signatures

```bash
sealer sign -key root.key -in app.manifest -out app.sig
```

## Reading

```bash
sealer show -in app.sig
```
"""
    assert _fronts(page) == []
