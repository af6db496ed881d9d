"""Content tabs in every site's syntax (synthetic documents, no real wording): a tab
group is the alternatives of one answer, each tab's name a condition ("On Debian"),
never a term or a callout title. A question answered by tabs keeps every tab, its name
and its steps or commands; tabs too long for one card make one card per tab asking the
question for its case. Bullet items naming a case, each over its own unindented code
fence, are read the same way (the code belongs to the item)."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

VUEPRESS = """# Kettle FAQ

## How do I fix the "heater not found" error when starting Kettle?

Kettle needs the heater driver 3. The fix depends on your system:

:::: tabs

::: tab Debian

1. Enable the extra archive with `apt-get install extra-archive`.
1. If that fails, add the archive by hand and try step 1 again.
1. Run `apt-get install heater3` to install the driver.

:::

::: tab macOS

Install the driver with Homebrew:

```bash
brew install heater@3
```

:::

::::

## Which kettles does the driver support?

Every kettle built after 2019 works with the driver.

::: tip Newer models
Models from 2023 on need no driver at all.
:::
"""

LONG_STEP = "\n".join(
    f"$ build-step-{n} --with-a-rather-long-option=value-{n} /opt/heater/src/{n}" for n in range(12)
)

# The last tab is never closed before the next heading: the next section is no tab.
UNCLOSED = f"""# Kettle FAQ

## How do I install the heater driver?

The driver ships for each system:

:::: tabs

::: tab Debian

Run `apt-get install heater3` as root.

:::

::: tab Source

Build the driver from source:

```bash
{LONG_STEP}
```

:::

::: tab macOS

Install the driver with Homebrew:

```bash
brew install heater@3
```

## Why does Kettle need the heater driver?

The driver is what lets Kettle switch the element on and off.

:::

::::
"""

VITEPRESS = """# Kettle guide

## How do I start the kettle service?

Run its start script:

::: code-group

```sh [npm]
npm run kettle
```

```sh [pnpm]
pnpm kettle
```

:::
"""

VUEPRESS_CODE_GROUP = """# Kettle guide

## How do I add the kettle client?

Add the package to your project:

:::: code-group
::: code-group-item yarn

```sh
yarn add kettle-client
```

:::
::: code-group-item npm

```sh
npm install kettle-client
```

:::
::::
"""

MKDOCS = """# Kettle guide

## How do I descale the kettle?

Descaling takes a few minutes.

=== "Vinegar"

    Fill the kettle with one part vinegar to two parts water and boil it.

=== "Citric acid"

    Dissolve two spoons of citric acid in water and boil it.
"""

DOCUSAURUS = """# Kettle guide

## How do I install the kettle CLI?

The CLI ships for every platform.

<Tabs>
<TabItem value="deb" label="Debian">

```bash
sudo apt-get install kettle-cli
```

</TabItem>
<TabItem value="mac" label="macOS">

```bash
brew install kettle-cli
```

</TabItem>
</Tabs>
"""

HUGO = """# Kettle guide

## How do I install the kettle CLI?

The CLI ships for every platform.

{{< tabs >}}
{{< tab "Debian" >}}

1. Download the package.
2. Install it with `dpkg -i kettle-cli.deb`.

{{< /tab >}}
{{< tab "macOS" >}}

```bash
brew install kettle-cli
```

{{< /tab >}}
{{< /tabs >}}
"""

CASE_ITEMS = """# Kettle FAQ

## Kettle fails with "beeper: command not found"

Just install the following package:

- `Debian/Ubuntu`

```
$ apt-get install beeper
```

- `Fedora/RHEL`

```
$ dnf install beeper
```

## Cleaning the filter

The filter comes out with a pull:

- Lift the lid
- Pull the filter up
- Rinse it under the tap

```
$ kettle filter --reset
```
"""


def _cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, "kettle.md").notes)}


def test_a_question_answered_by_tabs_keeps_every_tab_with_its_steps() -> None:
    cards = _cards(VUEPRESS)
    assert cards['How do I fix the "heater not found" error when starting Kettle?'] == (
        "Kettle needs the heater driver 3. The fix depends on your system:\n"
        "Debian:\n"
        "1. Enable the extra archive with `apt-get install extra-archive`.\n"
        "2. If that fails, add the archive by hand and try step 1 again.\n"
        "3. Run `apt-get install heater3` to install the driver.\n"
        "macOS:\n"
        "Install the driver with Homebrew:\n"
        "brew install heater@3"
    )
    # A tab's name asks nothing: no "…: Debian?" card, no tab read as a callout.
    assert not [f for f in cards if f.endswith((": Debian?", ": macOS?"))]


def test_a_callout_next_to_tabs_stays_a_callout() -> None:
    cards = _cards(VUEPRESS)
    assert cards["Which kettles does the driver support?"] == (
        "Every kettle built after 2019 works with the driver."
    )
    assert cards["Which kettles does the driver support: newer models?"] == (
        "Models from 2023 on need no driver at all."
    )


def test_tabs_too_long_for_one_card_ask_the_question_per_tab() -> None:
    cards = _cards(UNCLOSED)
    assert cards["How do I install the heater driver (Debian)?"] == (
        "Run `apt-get install heater3` as root."
    )
    assert cards["How do I install the heater driver (Source)?"] == (
        f"Build the driver from source:\n{LONG_STEP}"
    )
    assert cards["How do I install the heater driver (macOS)?"] == (
        "Install the driver with Homebrew:\nbrew install heater@3"
    )
    assert "How do I install the heater driver?" not in cards


def test_a_heading_closes_a_tab_group_left_open() -> None:
    cards = _cards(UNCLOSED)
    assert cards["Why does Kettle need the heater driver?"] == (
        "The driver is what lets Kettle switch the element on and off."
    )
    assert not [b for b in cards.values() if "switch the element" in b and "brew" in b]


def test_a_code_group_names_each_command_by_its_tab() -> None:
    assert _cards(VITEPRESS)["How do I start the kettle service?"] == (
        "Run its start script:\nnpm: `npm run kettle`\npnpm: `pnpm kettle`"
    )
    assert _cards(VUEPRESS_CODE_GROUP)["How do I add the kettle client?"] == (
        "Add the package to your project:\n"
        "yarn: `yarn add kettle-client`\n"
        "npm: `npm install kettle-client`"
    )


def test_mkdocs_tabs_are_each_one_way_of_the_answer() -> None:
    assert _cards(MKDOCS)["How do I descale the kettle?"] == (
        "Descaling takes a few minutes.\n"
        "Vinegar:\n"
        "Fill the kettle with one part vinegar to two parts water and boil it.\n"
        "Citric acid:\n"
        "Dissolve two spoons of citric acid in water and boil it."
    )


def test_mdx_and_hugo_tabs_are_each_one_way_of_the_answer() -> None:
    assert _cards(DOCUSAURUS)["How do I install the kettle CLI?"] == (
        "The CLI ships for every platform.\n"
        "Debian: `sudo apt-get install kettle-cli`\n"
        "macOS: `brew install kettle-cli`"
    )
    assert _cards(HUGO)["How do I install the kettle CLI?"] == (
        "The CLI ships for every platform.\n"
        "Debian:\n"
        "1. Download the package.\n"
        "2. Install it with `dpkg -i kettle-cli.deb`.\n"
        "macOS: `brew install kettle-cli`"
    )


def test_case_items_keep_the_code_fenced_below_each() -> None:
    cards = _cards(CASE_ITEMS)
    asked = 'Kettle fails with "beeper: command not found"'
    assert cards[f"{asked}, Debian/Ubuntu: which package?"] == "$ apt-get install beeper"
    assert cards[f"{asked}, Fedora/RHEL: which package?"] == "$ dnf install beeper"
    assert not [b for b in cards.values() if b.startswith("• `")]


def test_a_list_followed_by_one_code_block_stays_a_list() -> None:
    cards = _cards(CASE_ITEMS)
    lists = [b for b in cards.values() if "Lift the lid" in b]
    assert lists == ["• Lift the lid\n• Pull the filter up\n• Rinse it under the tap"]


WHOLE_FILES = "\n".join(
    f'setting_{n} = "a value long enough to fill the line {n}"' for n in range(40)
)

TABS_OF_WHOLE_FILES = f"""# Kettle FAQ

## How do I move my kettle settings to the new format?

Some manual changes to `kettle.toml` are unavoidable. The tabs show an example.

=== "Before"

    ```toml
    {WHOLE_FILES.replace(chr(10), chr(10) + "    ")}
    ```

=== "After"

    ```toml
    [kettle]
    {WHOLE_FILES.replace(chr(10), chr(10) + "    ")}
    ```
"""


def test_tabs_too_long_to_keep_whole_make_no_card_of_their_own() -> None:
    cards = _cards(TABS_OF_WHOLE_FILES)
    assert cards["How do I move my kettle settings to the new format?"] == (
        "Some manual changes to `kettle.toml` are unavoidable. The tabs show an example."
    )
    assert not [f for f in cards if f.endswith(("(Before)?", "(After)?"))]


STEP_TABS = """# Kettle guide

## Install the `kettle-client` package

::: code-group

```sh [npm]
npm install kettle-client
```

```sh [yarn]
yarn add kettle-client
```

:::
"""


def test_a_step_heading_over_tabs_asks_the_step_for_each_tab() -> None:
    cards = _cards(STEP_TABS)
    assert cards["How do you install the `kettle-client` package with `npm`?"] == (
        "npm install kettle-client"
    )
    assert cards["How do you install the `kettle-client` package with `yarn`?"] == (
        "yarn add kettle-client"
    )
