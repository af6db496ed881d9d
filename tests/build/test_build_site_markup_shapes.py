"""Site markup read as what it renders as, each from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Code, ListBlock, Paragraph, parse_document
from quizkit.notes import FactNote


def _fronts(page: str, name: str) -> dict[str, str]:
    deck = build_deck(page, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


GATEWAY = """# Routing guide

## Configure the gateway

1.  Create a gateway for port 80:

    {{< text bash >}}
    $ kubectl apply -f - <<EOF
    apiVersion: networking.example.io/v1
    kind: Gateway
    metadata:
      name: web-gateway
    spec:
      servers:
      - port:
          number: 80
        hosts:
        - "shop.example.org"
    EOF
    {{< /text >}}

1.  Check the gateway:

    {{< text syntax=bash snip_id=none >}}
    $ kubectl get gateway web-gateway
    {{< /text >}}
"""


def test_a_text_shortcode_is_a_fenced_block_of_its_language() -> None:
    # Read as Markdown, the manifest's "- port:" lines were list items and its
    # command a paragraph; the site renders the pair as a block of code.
    blocks = [item.block for item in parse_document(GATEWAY).items]
    codes = [b for b in blocks if isinstance(b, Code)]
    assert [(c.info, c.line) for c in codes] == [("bash", 7), ("bash", 24)]
    assert codes[0].text.splitlines()[7:10] == ["  - port:", "      number: 80", "    hosts:"]
    assert not any(isinstance(b, Paragraph) and "port:" in b.text for b in blocks)


def test_a_step_with_a_text_shortcode_heredoc_carries_the_whole_manifest() -> None:
    back = _fronts(GATEWAY, "routes.md")["How do you create a gateway for port 80?"]
    assert back.splitlines()[0] == "kubectl apply -f - <<EOF"
    assert back.splitlines()[-3:] == ["    hosts:", '    - "shop.example.org"', "EOF"]


def test_hugo_and_jekyll_highlight_pairs_are_code_and_a_lone_code_shortcode_is_not() -> None:
    page = (
        "# Kiln notes\n\n"
        '{{< highlight yaml "linenos=table" >}}\n- heat: 1200\n- vent: open\n'
        "{{< /highlight >}}\n\n"
        "{% highlight ruby %}\nkiln.fire!\n{% endhighlight %}\n\n"
        '{{< code file="kiln.yaml" >}}\n\nThe kiln cools overnight.\n'
    )
    blocks = [item.block for item in parse_document(page).items]
    codes = [(b.info, b.text) for b in blocks if isinstance(b, Code)]
    assert codes == [("yaml", "- heat: 1200\n- vent: open\n"), ("ruby", "kiln.fire!\n")]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["The kiln cools overnight."]


def test_a_glossary_tooltip_alone_on_a_continuation_line_keeps_its_words() -> None:
    page = (
        "# Retries\n\n"
        "* Requests are retried on failures (such as"
        ' {{< glossary_tooltip text="timeouts" term_id="timeout" >}},\n'
        '  {{< glossary_tooltip text="connection resets" term_id="reset" >}}\n'
        '  or {{< glossary_tooltip text="overload" term_id="overload" >}}-based'
        " rejection) so that\n  clients never see them.\n"
        "* Failed requests are logged.\n"
    )
    blocks = [item.block for item in parse_document(page).items]
    assert [
        " ".join(item.split()) for b in blocks if isinstance(b, ListBlock) for item in b.items
    ] == [
        "Requests are retried on failures (such as timeouts, connection resets or"
        " overload-based rejection) so that clients never see them.",
        "Failed requests are logged.",
    ]


KILN_SETUP = """# Kiln service

## Create a schedule from a file

```shell
# Download the sample schedules into `schedules/`
wget https://example.org/samples/night.conf -O schedules/night.conf
curl -LO https://example.org/samples/day.conf

# Create the schedule
kilnctl create schedule night --from-file=schedules/

# Create a kiln.yaml file with a firing generator
cat <<'END' >./kiln.yaml
firingGenerator:
# one firing a night
- name: night-firing
  files:
  - schedules/night.conf
END
```
"""


def test_a_commented_heredoc_takes_its_lines_up_to_the_terminator() -> None:
    cards = _fronts(KILN_SETUP, "kiln.md")
    assert cards["How do you create a kiln.yaml file with a firing generator?"] == (
        "cat <<'END' >./kiln.yaml\nfiringGenerator:\n# one firing a night\n"
        "- name: night-firing\n  files:\n  - schedules/night.conf\nEND"
    )


def test_a_generic_commented_step_names_its_section_and_downloads_make_no_card() -> None:
    cards = _fronts(KILN_SETUP, "kiln.md")
    assert cards["Create a schedule from a file: how do you create the schedule with kilnctl?"] == (
        "kilnctl create schedule night --from-file=schedules/"
    )
    assert not any("download" in front.lower() for front in cards)
    assert not any("wget" in back or "curl" in back for back in cards.values())


def test_a_back_opening_on_a_program_the_document_runs_keeps_its_case() -> None:
    page = (
        "# Glaze CLI\n\n"
        "Start the preview server:\n\n```shell\nglz serve --port 4200\n```\n\n"
        "## Everyday commands\n\n"
        "- **Previewing the pots:** glz serve\n"
        "- **Checking a pot:** glaze the pot and wait\n"
    )
    cards = _fronts(page, "glaze.md")
    assert cards["Glaze CLI everyday commands: Previewing the pots?"] == "glz serve"
    assert cards["Glaze CLI everyday commands: Checking a pot?"] == "Glaze the pot and wait"


def test_a_paragraph_after_an_items_sub_list_follows_it() -> None:
    page = (
        "# Kiln fields\n\n"
        "- **mode** says how the kiln heats. Options are:\n"
        "  - Fast: heats in an hour.\n"
        "  - Slow: heats overnight.\n\n"
        "  If this value is empty, the kiln uses Slow.\n\n"
        "- **vent** says whether the vent opens.\n"
    )
    blocks = [item.block for item in parse_document(page).items]
    assert [b.items for b in blocks if isinstance(b, ListBlock)] == [
        (
            "mode says how the kiln heats. Options are: Fast: heats in an hour; Slow: heats"
            " overnight. If this value is empty, the kiln uses Slow.",
            "vent says whether the vent opens.",
        )
    ]


def test_a_text_shortcode_types_a_marked_sample_path_as_the_path() -> None:
    page = (
        "# Kiln service\n\n## Cleanup\n\n"
        "Remove the kiln's schedule and its sample app:\n\n"
        "{{< text bash >}}\n$ kubectl delete -f @samples/kiln/schedule.yaml@\n"
        "$ mail ops@example.org\n{{< /text >}}\n"
    )
    codes = [b.text for b in (i.block for i in parse_document(page).items) if isinstance(b, Code)]
    assert codes == ["$ kubectl delete -f samples/kiln/schedule.yaml\n$ mail ops@example.org\n"]
