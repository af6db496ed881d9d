"""One code-fence reader (``text.code_fence``) for every line scanner that rewrites raw
Markdown before parsing: a fence closes only on its own character, at least as long,
with nothing else on the line (CommonMark). Each document below shows, inside a code
block, a line that a toggle-on-any-fence scanner took for the block's end, and then
a construct that scanner rewrites; the code must come out as written."""

from __future__ import annotations

import pytest

from quizkit.build.markdown import Code, parse_document
from quizkit.build.text import code_fence, proper_names


def _fences(lines: list[str], *, indent: int = 3) -> list[str]:
    fence = ""
    out = []
    for line in lines:
        fence = code_fence(fence, line, indent=indent)
        out.append(fence)
    return out


def test_a_fence_closes_only_on_its_own_character_at_least_as_long() -> None:
    lines = ["```sh", "~~~", "```python", "``", "```  #", "````", "x"]
    assert _fences(lines) == ["```", "```", "```", "```", "```", "", ""]
    assert _fences(["~~~~", "~~~", "```", "~~~~~", "x"]) == ["~~~~", "~~~~", "~~~~", "", ""]


def test_a_fence_line_is_indented_three_spaces_at_most_unless_the_reader_says() -> None:
    assert _fences(["   ```", "   ```"]) == ["```", ""]
    assert _fences(["    ```", "x"]) == ["", ""]
    assert _fences(["    ```", "    ```"], indent=8) == ["```", ""]


def test_triple_backticks_around_text_on_one_line_open_no_fence() -> None:
    assert code_fence("", "```text```") == ""
    assert code_fence("", "~~~ info with ` backtick") == "~~~"


TILDE = "~~~"
SHOWN_IN_CODE = {
    "an admonition after a tilde line": ["```text", TILDE, '!!! note "Hi"', "    Body.", "```"],
    "a pipe table after a shorter fence": [
        "````markdown",
        "```",
        "| a | b |",
        "|---|---|",
        "| x | y | z |",
        "```",
        "````",
    ],
    "an html table after a tilde line": [
        "```html",
        TILDE,
        "<table>",
        "",
        "<tr><td>x</td></tr>",
        "",
        "</table>",
        "```",
    ],
    "a details line after a fence with info": [
        "```markdown",
        "```python",
        "<details><summary>Why?</summary>Because.</details>",
        "```",
    ],
    "a multi-line summary after a tilde line": [
        "````html",
        TILDE,
        "<details>",
        "<summary>",
        "<h3>What is it?</h3>",
        "```sh",
        "ls",
        "```",
        "</summary>",
        "It is a list.",
        "</details>",
        "````",
    ],
}


@pytest.mark.parametrize("lines", SHOWN_IN_CODE.values(), ids=SHOWN_IN_CODE.keys())
def test_markdown_shown_inside_a_code_block_stays_code_as_written(lines: list[str]) -> None:
    document = parse_document("# Doc\n\n## Part\n\n" + "\n".join(lines) + "\n\nAfter.\n")
    codes = [item.block for item in document.items if isinstance(item.block, Code)]
    assert [code.text for code in codes] == ["\n".join(lines[1:-1]) + "\n"]


def test_a_one_line_triple_backtick_span_hides_no_prose_from_proper_names() -> None:
    text = "# Doc\n\n```run it now```\n\nThe tool runs on Windows daily, the tool is small.\n"
    assert proper_names(text) == frozenset({"Windows"})


def test_proper_names_reads_no_code_fenced_inside_a_list_item() -> None:
    text = "# Doc\n\n1. Run:\n\n    ```sh\n    echo it runs on Linux\n    ```\n"
    assert proper_names(text) == frozenset()
