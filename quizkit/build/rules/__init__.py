"""The card rules: an ordered table of small named functions, block in, notes out.

Each rule looks at one located block of a parsed document (and, through the
:class:`Context`, at its neighbours) and returns the notes it makes, an empty
tuple when it claims the block without making a card, or ``None`` when the block
is not its pattern. The first rule that claims a block wins, as in
markdown-it's own rule chains, so a more specific pattern comes first.

Ids come from structure only (section, table, row key, column, list label or
item number), never from the text a learner reads, so rewording a cell keeps
every learner's progress. The builder makes them unique afterwards.

Questions follow fixed templates (``<entity>: <attribute>?``) so that two
documents stating the same fact produce the same front and back, which is how
the store recognises a fact already studied that day.

The package: this module holds :data:`RULES` (its order is the contract) and re-exports
what the builder uses; each rule lives in the module of the blocks it reads:

- ``common``: the Context, the Made/Rule/Skip types, the fact and question templates,
  and the helpers two modules share
- ``tables``: question, list, titled-row, field-value, comparison and entity tables,
  their footnotes
- ``tips``: callout and quote tips, definition-list entries, ❌ one-liners
- ``lists``: legends, link and question lists, golden rules, term and labelled lists
- ``questions``: the author's own questions and exercises
- ``knowledge``: navigation, printed output, example and layout tables: no card
- ``definitions``: bold-term glossary lists and paragraphs
- ``shell``: commented and annotated shell commands
- ``glossary``: sibling term headings each over a short definition, glossary pages,
  glossaries by their shape
- ``options``: a program's option list as its ``--help`` prints it, option tables
- ``extension_points``: sibling sections each defining a plugin type or extension point
- ``scenarios``: curl requests, request paths, diagrams, labelled code, manifests, kind
  facts
- ``comparison``: prose comparing two things under a comparison heading
- ``steps``: a tutorial's instructed commands and the responses it expects

Import order (a module imports only from the modules before it; a helper two modules
need lives in ``common``): common, comparison, glossary, options, scenarios, shell, questions,
extension_points, knowledge, lists, steps, tips, definitions, tables.
"""

from __future__ import annotations

from quizkit.build.cloze import key_sentences
from quizkit.build.markdown import (
    Callout,
    Code,
    Definition,
    ListBlock,
    Paragraph,
    Question,
    Quote,
    Table,
)

from .common import (
    Context,
    Made,
    Rule,
    Skip,
    Skipped,
    is_generic_label,
    label_under_question,
    table_ordinals,
)
from .comparison import compared_side_list, comparison_prose, verdict_line
from .definitions import defined_list, definition_paragraph, glossary_list
from .extension_points import entry_description, entry_field, extension_point
from .glossary import glossary_headings, glossary_shaped, page_definition
from .knowledge import (
    code_output_table,
    example_table,
    gallery_table,
    goal_table,
    layout_table,
    navigation_block,
    pitch_list,
)
from .lists import (
    arrow_pairs_list,
    catalogue_list,
    chat_offer_list,
    checklist_items,
    further_reading_list,
    golden_rules,
    labelled_list,
    legend_list,
    marked_checklist,
    nested_terms,
    outline_notes,
    parse_legend,
    parse_legend_line,
    parse_legend_prose,
    parse_legend_sentences,
    term_list,
    unanswered_questions_list,
)
from .options import (
    environment_table,
    option_entry,
    option_list,
    option_prose,
    option_reference,
    option_table,
)
from .questions import ANSWER_CHARS, author_question
from .scenarios import (
    access_pattern,
    curl_scenario,
    diagram_fact,
    kind_does,
    labelled_code,
    manifest_block,
)
from .shell import STEP_FRONT, annotated_commands, commented_commands
from .steps import expected_response, file_step, instructed_commands, purpose_instruction
from .tables import (
    blurb_table,
    comparison_table,
    contrast_table,
    entity_table,
    field_value_table,
    is_comparison,
    list_table,
    question_table,
    sequence_table,
    table_entities,
    titled_row_table,
)
from .tips import (
    callout_tip,
    definition_entry,
    negative_one_liner,
    notice_list_tip,
    quote_tip,
)

# ---------------------------- helpers of common.py that other modules use

__all__ = [
    "ANSWER_CHARS",
    "RULES",
    "STEP_FRONT",
    "Context",
    "Made",
    "Rule",
    "Skip",
    "Skipped",
    "checklist_items",
    "is_comparison",
    "is_generic_label",
    "label_under_question",
    "parse_legend",
    "parse_legend_line",
    "parse_legend_prose",
    "parse_legend_sentences",
    "rules_for",
    "table_entities",
    "table_ordinals",
]


# ------------------------ helpers of comparison.py that other modules use

RULES: tuple[Rule, ...] = (
    author_question,
    navigation_block,
    option_entry,
    entry_description,
    entry_field,
    pitch_list,
    code_output_table,
    example_table,
    goal_table,
    gallery_table,
    layout_table,
    option_table,
    environment_table,
    option_list,
    defined_list,
    marked_checklist,
    legend_list,
    unanswered_questions_list,
    chat_offer_list,
    further_reading_list,
    catalogue_list,
    sequence_table,
    blurb_table,
    question_table,
    list_table,
    titled_row_table,
    field_value_table,
    comparison_table,
    contrast_table,
    entity_table,
    verdict_line,
    compared_side_list,
    callout_tip,
    quote_tip,
    definition_entry,
    golden_rules,
    arrow_pairs_list,
    outline_notes,
    nested_terms,
    term_list,
    glossary_list,
    notice_list_tip,
    labelled_list,
    option_reference,
    curl_scenario,
    access_pattern,
    diagram_fact,
    labelled_code,
    file_step,
    manifest_block,
    negative_one_liner,
    glossary_shaped,
    definition_paragraph,
    key_sentences,
    purpose_instruction,
    page_definition,
    expected_response,
    commented_commands,
    instructed_commands,
    kind_does,
    annotated_commands,
    glossary_headings,
    extension_point,
    comparison_prose,
    option_prose,
)

# The blocks each rule looks at: a rule returns None for a block of any other type
# (first thing it checks), so a block is offered only to the rules that may claim
# it, still in table order. A rule missing here is offered every block.
_RULE_BLOCKS: dict[Rule, tuple[type[object], ...]] = {
    author_question: (Question,),
    verdict_line: (Paragraph,),
    compared_side_list: (ListBlock,),
    code_output_table: (Table,),
    example_table: (Table,),
    gallery_table: (Table,),
    goal_table: (Table,),
    pitch_list: (ListBlock,),
    layout_table: (Table,),
    option_table: (Table,),
    environment_table: (Table,),
    option_list: (ListBlock,),
    defined_list: (ListBlock,),
    marked_checklist: (ListBlock,),
    legend_list: (ListBlock,),
    unanswered_questions_list: (ListBlock,),
    chat_offer_list: (ListBlock,),
    further_reading_list: (ListBlock,),
    catalogue_list: (ListBlock,),
    sequence_table: (Table,),
    blurb_table: (Table,),
    question_table: (Table,),
    list_table: (Table,),
    titled_row_table: (Table,),
    field_value_table: (Table,),
    comparison_table: (Table,),
    contrast_table: (Table,),
    entity_table: (Table,),
    callout_tip: (Callout,),
    quote_tip: (Quote,),
    definition_entry: (Definition,),
    golden_rules: (ListBlock,),
    arrow_pairs_list: (ListBlock,),
    outline_notes: (ListBlock,),
    nested_terms: (ListBlock,),
    term_list: (ListBlock,),
    glossary_list: (ListBlock,),
    notice_list_tip: (ListBlock,),
    labelled_list: (ListBlock,),
    option_reference: (Code,),
    curl_scenario: (Code,),
    access_pattern: (Code,),
    diagram_fact: (Code,),
    labelled_code: (Code,),
    manifest_block: (Code,),
    option_entry: (Paragraph, ListBlock),
    entry_description: (Paragraph,),
    entry_field: (Code,),
    negative_one_liner: (Paragraph,),
    glossary_shaped: (Paragraph,),
    definition_paragraph: (Paragraph,),
    key_sentences: (Paragraph,),
    purpose_instruction: (Paragraph,),
    page_definition: (Paragraph,),
    expected_response: (Code,),
    commented_commands: (Code,),
    instructed_commands: (Code,),
    file_step: (Code,),
    kind_does: (Paragraph,),
    extension_point: (Paragraph,),
    comparison_prose: (Paragraph,),
    option_prose: (Paragraph,),
}


_RULES_FOR: dict[type[object], tuple[Rule, ...]] = {}


def rules_for(kind: type[object]) -> tuple[Rule, ...]:
    """The rules of :data:`RULES` that may claim a block of type ``kind``, in order."""
    rules = _RULES_FOR.get(kind)
    if rules is None:
        rules = tuple(r for r in RULES if issubclass(kind, _RULE_BLOCKS.get(r, (object,))))
        _RULES_FOR[kind] = rules
    return rules
