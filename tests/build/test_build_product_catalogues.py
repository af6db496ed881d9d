"""Catalogues of other people's products: a list offered as
examples, implementations, integrations, tools, projects, users or alternatives (by its
heading or the sentence leading into it) whose every item opens on a link to another
site naming a product ("The [Foo sensor driver](https://…)") is a see-also list in
disguise: the names are to be followed, not learnt, so it makes no card. When every item
also says in a clause of its own what its product does ("[Foo](…), which lets you …",
"[Bar](…) – a proxy that …") the list carries knowledge and the other rules read it.
Read from synthetic documents that have the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import ListBlock, parse_document
from quizkit.notes import FactNote, NoteType

_DRIVERS = """# Sensor drivers

## Registering a driver

A driver registers itself with the agent by sending:

* The path of its control socket.
* The protocol version it speaks.

## Sensor driver examples

Here are some examples of sensor driver implementations:

* [Ventra](https://example.org/ventra), which lets you read leaf sensors over a serial bus.
* The [Halden thermal driver](https://example.org/halden)
* The [open bus driver](https://example.com/openbus) for generic bus sensors
* The [Korvo driver](https://example.net/korvo) for Korvo probes
"""


def _list_fronts(text: str, name: str) -> list[str]:
    notes = build_deck(text, name).notes
    return [n.front for n in notes if isinstance(n, FactNote) and n.type == NoteType.LIST]


def test_a_list_of_linked_product_examples_makes_no_card() -> None:
    # The registration list stays; the catalogue of drivers (one item with a clause, the
    # others names with a scope) makes none.
    assert _list_fronts(_DRIVERS, "drivers.md") == [
        "Registering a driver: A driver registers itself with the agent by sending …?"
    ]


def test_the_parser_keeps_the_name_an_outside_link_opens_an_item_with() -> None:
    lists = [i.block for i in parse_document(_DRIVERS).items if isinstance(i.block, ListBlock)]
    assert lists[0].named == ()
    assert lists[1].named == ("Ventra", "Halden thermal driver", "open bus driver", "Korvo driver")


_DESCRIBED = """# Mesh toolkit

## Integrations

* [Quillon](https://example.org/quillon), which exports mesh traces to a span store.
* [Brisa](https://example.org/brisa) - a dashboard that draws the mesh's request graph.
* [Corvid](https://example.org/corvid) stores mesh logs in a label-based format.
"""


def test_a_catalogue_whose_every_item_says_what_it_does_is_left_to_the_other_rules() -> None:
    # Every item carries knowledge past its name: the catalogue rule stays out of it, and
    # the integrations keep the card they made before the rule.
    assert _list_fronts(_DESCRIBED, "mesh.md") == ["Mesh toolkit: integrations?"]


_OWN_PAGES = """# Workloads

## Examples of workload resources

Here are some examples of workload resources:

* The [Deployment](/docs/deployment/) for stateless applications
* The [StatefulSet](/docs/statefulset/) for applications that keep state
* The [DaemonSet](/docs/daemonset/) for one Pod per node
"""


def test_a_list_linking_the_sites_own_pages_is_no_catalogue() -> None:
    # Links to the page's own site name its own matter (the workload kinds): knowledge,
    # not someone else's product.
    assert _list_fronts(_OWN_PAGES, "workloads.md") == [
        "Workloads: examples of workload resources?"
    ]


_NOT_OFFERED = """# Sensor drivers

## Supported buses

* The [serial bus](https://example.org/serial) for slow probes
* The [field bus](https://example.org/field) for plant sensors
"""


def test_linked_items_under_a_heading_that_offers_no_catalogue_keep_their_card() -> None:
    assert _list_fronts(_NOT_OFFERED, "buses.md") == ["Sensor drivers: supported buses?"]


_VERSIONS = """# Group control

## Implementations

The following runtimes are known to support it:

- [boxd](https://example.org/boxd), since v2.0
- [pod-run](https://example.org/podrun), since v1.31
"""


def test_a_version_after_each_name_is_still_the_name_alone() -> None:
    # "since v2.0" is no clause saying what the product does: the catalogue makes none.
    assert _list_fronts(_VERSIONS, "groups.md") == []


_LEAD_SENTENCE = """# Writing a collector

## Your own collector

You can write a collector in any language that can talk to the agent's API.

Following are a few libraries you can use to write your own collector.

* [Sift Toolkit](https://sift.example.org/)
* [colt](https://example.org/colt) (Rust)
* [PyGather](https://example.net/pygather) (Python)
"""


def test_a_catalogue_offered_by_a_full_sentence_before_it_makes_no_card() -> None:
    # "Following are a few libraries …." ends in a full stop, not a colon: the sentence
    # still offers the list as a catalogue of other people's libraries.
    assert _list_fronts(_LEAD_SENTENCE, "collector.md") == []
