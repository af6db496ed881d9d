"""An option table's program is found in the page's commands whatever prompt they are
typed after: ``❯ docgen --api openai`` (a fancy shell prompt) runs ``docgen`` as
surely as ``$ docgen --api openai`` does, so its options are asked of it."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_README = """# Docgen

## Usage

```sh
❯ docgen --api openai -o out.md -r https://example.com/repo
```

## Configuration

| Option    | Description                       | Default   |
|-----------|-----------------------------------|-----------|
| `--align` | Text alignment in the header      | `center`  |
| `--api`   | Language model service to call    | `offline` |
| `--model` | Model name sent to the service    | `small`   |
"""


def test_an_option_table_is_asked_of_the_program_run_after_a_fancy_prompt() -> None:
    fronts = [n.front for n in build_deck(_README, "readme.md").notes if isinstance(n, FactNote)]
    assert fronts == [
        "`docgen`: what does `--align` do?",
        "`docgen`: what does `--api` do?",
        "`docgen`: what does `--model` do?",
    ]
