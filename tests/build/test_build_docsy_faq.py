"""Hugo/Docsy tool FAQs: file catalogues under a question
("`./presets/gas.toml`: Gas kiln" bullets), lead-ins that go on from the list before
them ("Or …"), problem titles answered by a fix, and Hugo shortcodes wrapping an
answer. Read from synthetic documents that have the shapes and none of the reviewed
wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_CATALOGUE = """# FAQs

### Generic
#### "Can I drive other kilns such as gas and wood kilns? What about raku?"
{{% fixlinks %}}
Yes, any kiln with a thermocouple should work with Kilnwork.

Fuel presets:
- [`./presets/gas.toml`](./presets/gas.toml): Gas
- [`./presets/wood.toml`](./presets/wood.toml): Wood firing

Firing style presets:
- [`./presets/raku.toml`](./presets/raku.toml): Raku (fast)
- [`./presets/pit.toml`](./presets/pit.toml): Pit firing

See also third party controllers based on Kilnwork:
- [Emberbox](https://example.org/emberbox): a touch screen for hobby kilns
- [Glazey](https://example.org/glazey): glaze recipes synced to firing schedules

Or third party "[makers](https://example.org/makers)" tools compatible with Kilnwork:
- [Potlog](https://example.org/potlog): a journal for every firing

{{% /fixlinks %}}

#### "Does Kilnwork run on battery power?"
Yes
"""


def _notes(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_file_catalogue_is_asked_as_a_list_never_file_by_file() -> None:
    notes = _notes(_CATALOGUE, "kilnwork-faq.md")
    fronts = "\n".join(notes)
    # No card asks what "`./presets/gas.toml`" is for: its back is read off its name.
    assert "toml`?" not in fronts
    assert "Gas" not in notes.values()
    assert "Raku (fast)" not in notes.values()
    # The files are read together under their lead-in: here on the question's own back,
    # which answers its follow-up ("What about raku?") with the list naming raku.
    asked = "Can I drive other kilns such as gas and wood kilns? What about raku?"
    assert notes[asked].endswith(
        "Firing style presets:\n"
        "• `./presets/raku.toml`: Raku (fast)\n"
        "• `./presets/pit.toml`: Pit firing"
    )
    assert not [f for f in notes if f.endswith("firing style presets?")]


def test_a_lead_in_going_on_from_the_list_before_it_makes_no_card() -> None:
    notes = _notes(_CATALOGUE, "kilnwork-faq.md")
    assert not any("Or third party" in f for f in notes)
    assert not any("Potlog" in b for b in notes.values())
    # The list it goes on from keeps its card.
    assert any(b.startswith("• Emberbox: a touch screen") for b in notes.values())


_PROBLEMS = """# FAQs

### Generic
#### "Does Kilnwork run on battery power?"
Yes

#### "What is the default admin PIN?"
The admin PIN is disabled by default.

#### "Can Kilnwork drive a gas kiln?"
No, Kilnwork only drives electric kilns.

### Firing
#### "Firing is slow"
- Make sure that the relay board is enabled with the `fast-switch` jumper.
- Firing a glaze load is slow by design. See the schedule guide for a workaround.

#### error "thermocouple open"
- make sure the thermocouple wires are screwed in.
- if you use a type S sensor, make sure the `sensor: S` setting is added.

#### "Kilnwork gets stuck at `Calibrating...`"
Try `kilnctl calibrate --reset` from a terminal.

#### "Can't pair"
Set the pairing value `pair.window=120` before pressing the button.

#### "Display is blank"
The display sleeps after ten minutes; any button wakes it.
"""


def test_a_problem_title_answered_by_fixes_asks_what_to_do() -> None:
    notes = _notes(_PROBLEMS, "kilnwork-faq.md")
    by_front = {
        f.split(": ", 1)[-1] if f.startswith("Kilnwork: ") else f: b for f, b in notes.items()
    }
    assert by_front["What to do when firing is slow?"].startswith(
        "• Make sure that the relay board is enabled"
    )
    assert by_front['What to do about error "thermocouple open"?'].startswith(
        "• make sure the thermocouple wires are screwed in."
    )
    # A name keeps its case; a problem said without its subject is the reader's.
    assert by_front["What to do when Kilnwork gets stuck at `Calibrating...`?"] == (
        "Try `kilnctl calibrate --reset` from a terminal."
    )
    assert by_front["What to do when you can't pair?"].startswith("Set the pairing value")


def test_a_problem_title_answered_by_no_fix_is_not_asked() -> None:
    fronts = "\n".join(_notes(_PROBLEMS, "kilnwork-faq.md"))
    # "The display sleeps …" explains; no fix, so no "What to do when …" card.
    assert "blank" not in fronts.lower()


_TABS = """# FAQs

### Generic
#### "Does Kilnwork run on battery power?"
Yes

#### "What is the default admin PIN?"
The admin PIN is disabled by default.

### Configuration
#### "Is it possible to turn off the buzzer, the fan, the lights, etc. ?"

Yes, since Kilnwork v2.3:

{{< tabpane text=true >}}
{{% tab header="Shell" %}}
```bash
kilnctl start --quiet
```
{{% /tab %}}
{{% tab header="TOML" %}}
```toml
quiet = true
```
{{% /tab %}}
{{< /tabpane >}}

When the "quiet" mode is enabled:
- the buzzer never sounds
- the fan runs at its lowest speed
"""


def test_every_content_tab_of_an_answer_is_on_its_back_labelled_by_its_header() -> None:
    notes = _notes(_TABS, "kilnwork-faq.md")
    quiet = next(b for f, b in notes.items() if "turn off the buzzer" in f and "quiet" in b)
    assert quiet == (
        "Yes, since Kilnwork v2.3:\nShell: `kilnctl start --quiet`\nTOML: `quiet = true`"
    )
    assert not any("{{" in f or "{{" in b for f, b in notes.items())


def test_a_list_under_a_question_ending_on_etc_is_asked_without_a_full_stop() -> None:
    notes = _notes(_TABS, "kilnwork-faq.md")
    listed = [f for f, b in notes.items() if b.startswith("• the buzzer never sounds")]
    assert listed == [
        'Is it possible to turn off the buzzer, the fan, the lights: When the "quiet" mode'
        " is enabled …?"
    ]


_CASES = """# FAQs

### Generic
#### "Does Kilnwork run on battery power?"
Yes

#### "What's my admin PIN?"
For electric and induction kilns, the PIN is disabled by default.
You have to use `kilnctl pair` instead of the front panel.

{{% fixlinks %}}
See also [`Usage » Pairing`]({{< ref "/docs/usage/pairing" >}}) for pairing with a phone.
{{% /fixlinks %}}

For gas kilns, the PIN is printed on a label inside the door.

#### "Can Kilnwork drive a gas kiln?"
No, Kilnwork only drives electric kilns.
"""


def test_the_other_case_of_an_answer_past_a_wrapped_pointer_joins_it() -> None:
    notes = _notes(_CASES, "kilnwork-faq.md")
    pin = next(b for f, b in notes.items() if f.endswith("What's my admin PIN?"))
    assert pin == (
        "For electric and induction kilns, the PIN is disabled by default. You have to use"
        " `kilnctl pair` instead of the front panel.\n"
        "For gas kilns, the PIN is printed on a label inside the door."
    )
