"""The note types quizkit exports: fixed ids, field and template names, templates and CSS.

Field and template *names* are part of Anki's identity of a note type: Anki
compares them, and a note type whose names changed is imported as a new one whose
notes then conflict with the old ones and are skipped. Never rename them.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CLOZE_MODEL_ID", "FACT_MODEL_ID", "SCENARIO_MODEL_ID", "genanki_models"]

# switched on by its "Add Reverse" field (like Anki's "Basic (optional reversed
# card)"): a note that gains or loses its reverse card keeps its note type, which
# Anki requires to update it.
FACT_MODEL_ID = 1_716_301_001
SCENARIO_MODEL_ID = 1_716_301_003
# Cloze notes use a note type of Anki's own Cloze kind (one card per cloze number,
# the text in Anki's syntax, which is quizkit's too).
CLOZE_MODEL_ID = 1_716_301_004


_CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.45;
  text-align: left;
  color: #1d1d1f;
  background-color: #fff;
  max-width: 44em;
  margin: 0 auto;
  padding: 0 0.6em;
}
.nightMode.card, .night_mode .card { color: #e8e8ea; background-color: #1e1e20; }
.kind {
  font-size: 0.65em;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: #6e6e73;
  margin-bottom: 0.4em;
}
.front, .question { font-weight: 600; }
.back, .answer { margin-top: 0.3em; }
.request { margin-top: 0.6em; font-size: 0.85em; }
.path { margin-top: 0.6em; font-size: 0.8em; color: #4a4a4f; }
.nightMode .path, .night_mode .path { color: #b8b8bd; }
.path ol { margin: 0.2em 0; padding-left: 1.4em; }
.source { margin-top: 1.2em; font-size: 0.7em; color: #8e8e93; }
code, pre {
  font-family: "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.85em;
  background-color: rgba(127, 127, 127, 0.14);
  border-radius: 4px;
}
code { padding: 0.05em 0.3em; }
pre { padding: 0.6em 0.8em; overflow-x: auto; white-space: pre; line-height: 1.3; }
"""

_SOURCE_BLOCK = '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'

# Field and template names are part of Anki's identity of a note type: never rename.
_FACT_FIELDS = ["Front", "Back", "Add Reverse", "Kind", "Source", "Quizkit ID"]
_FACT_TEMPLATES = [
    {
        "name": "Forward",
        "qfmt": '<div class="kind">{{Kind}}</div><div class="front">{{Front}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="back">{{Back}}</div>' + _SOURCE_BLOCK,
    },
    {
        "name": "Reverse",
        "qfmt": "{{#Add Reverse}}"
        '<div class="kind">{{Kind}} · reverse</div><div class="front">{{Back}}</div>'
        "{{/Add Reverse}}",
        "afmt": '{{FrontSide}}<hr id="answer"><div class="back">{{Front}}</div>' + _SOURCE_BLOCK,
    },
]
_SCENARIO_FIELDS = ["Question", "Request", "Manifest", "Answer", "Path", "Source", "Quizkit ID"]
_SCENARIO_TEMPLATES = [
    {
        "name": "Scenario",
        "qfmt": '<div class="kind">Scenario</div><div class="question">{{Question}}</div>'
        '<div class="request">{{Request}}</div><pre class="manifest">{{Manifest}}</pre>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>'
        '{{#Path}}<div class="path">{{Path}}</div>{{/Path}}' + _SOURCE_BLOCK,
    },
]
# Anki's stock Cloze type names its fields "Text" and "Back Extra"; these keep them.
_CLOZE_FIELDS = ["Text", "Back Extra", "Source", "Quizkit ID"]
_CLOZE_TEMPLATES = [
    {
        "name": "Cloze",
        "qfmt": '<div class="kind">Cloze</div><div class="front">{{cloze:Text}}</div>',
        "afmt": '<div class="kind">Cloze</div><div class="front">{{cloze:Text}}</div>'
        '{{#Back Extra}}<div class="back">{{Back Extra}}</div>{{/Back Extra}}' + _SOURCE_BLOCK,
    },
]


# Each note type by name: its id, Anki name, field names, templates, and whether it is
# of Anki's Cloze kind.
_NOTE_TYPES: dict[str, tuple[int, str, list[str], list[dict[str, str]], bool]] = {
    "fact": (FACT_MODEL_ID, "quizkit fact", _FACT_FIELDS, _FACT_TEMPLATES, False),
    "scenario": (
        SCENARIO_MODEL_ID,
        "quizkit scenario",
        _SCENARIO_FIELDS,
        _SCENARIO_TEMPLATES,
        False,
    ),
    "cloze": (CLOZE_MODEL_ID, "quizkit cloze", _CLOZE_FIELDS, _CLOZE_TEMPLATES, True),
}


def genanki_models() -> dict[str, Any]:
    """The genanki note types by name: "fact", "scenario" and "cloze"."""
    import genanki

    return {
        name: genanki.Model(
            model_id,
            title,
            fields=[{"name": n} for n in fields],
            templates=[dict(t) for t in templates],
            css=_CSS,
            model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
            sort_field_index=0,
        )
        for name, (model_id, title, fields, templates, cloze) in _NOTE_TYPES.items()
    }
