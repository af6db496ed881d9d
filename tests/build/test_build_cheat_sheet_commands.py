"""A cheat sheet's block of commented commands (three or more steps, all run by one
program) asks each step with its program, and of what its section lists the commands of
("Buckets Quick Commands" → "Buckets: how do you list buckets with skyctl?"): "How do you
list buckets?" alone names no tool. A tutorial's block mixing programs, or a question
naming its program, is kept as written."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_SHEET = """# Skycloud reference

## Setup

```bash
# Set the default project
skyctl config set project PROJECT_ID

# Set the default zone
skyctl config set zone ZONE

# Log in with a key file
skyctl auth login --key-file KEY.json
```

## Object Store Quick Commands

```bash
# Create bucket
skyctl store buckets create NAME

# List buckets
skyctl store buckets list

# Delete bucket
skyctl store buckets delete NAME
```

## Deploying

```bash
# Build the image
docker build -t app .

# Push the image with skyctl
skyctl images push app

# Start the service
skyctl run deploy app
```
"""


def _fronts(text: str) -> list[str]:
    return [n.front for n in build_deck(text, "sheet.md").notes if isinstance(n, FactNote)]


def test_a_cheat_sheets_steps_are_asked_of_the_section_tool_or_program() -> None:
    assert _fronts(_SHEET) == [
        "How do you set the default project with skyctl?",
        "How do you set the default zone with skyctl?",
        "How do you log in with a key file using skyctl?",
        "Object Store: how do you create bucket with skyctl?",
        "Object Store: how do you list buckets with skyctl?",
        "Object Store: how do you delete bucket with skyctl?",
        # Mixed programs: no cheat sheet; "the image" is asked of its section as before.
        "Deploying: how do you build the image?",
        "How do you push the image with skyctl?",
        "Deploying: how do you start the service with skyctl?",
    ]
