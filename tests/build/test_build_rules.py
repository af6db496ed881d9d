"""The rule table itself, and the text helpers the rules word their cards with."""

from __future__ import annotations

import pytest

from quizkit.build.rules import RULES, parse_legend
from quizkit.build.text import (
    attribute_phrase,
    clean,
    clean_heading,
    slugify,
    subject_of,
    symbol_value,
)


def test_rules_are_named_documented_and_unique() -> None:
    names = [rule.__name__ for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.__doc__, rule.__name__
        assert len(rule.__doc__.split()) >= 8, rule.__name__


def test_specific_rules_come_before_general_ones() -> None:
    names = [rule.__name__ for rule in RULES]
    assert names.index("comparison_table") < names.index("entity_table")
    for specific in ("legend_list", "golden_rules", "arrow_pairs_list", "term_list"):
        assert names.index(specific) < names.index("labelled_list")
    assert names.index("curl_scenario") < names.index("diagram_fact")
    assert names.index("access_pattern") < names.index("diagram_fact")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("✅ Yes", "Yes"),
        ("❌ No", "No"),
        ("✅", "Yes"),
        ("❌", "No"),
        ("✅️", "Yes"),
        ("✔ only on Linux", "Yes, only on Linux"),
        ("**30000–32767**", "**30000–32767**"),  # markup is the renderer's job
        ("Any", "Any"),
        ("🌐 Public", "Public"),
        ("", ""),
    ],
)
def test_symbol_value(cell: str, expected: str) -> None:
    assert symbol_value(cell, {}) == expected


def test_symbol_value_uses_the_legend_first() -> None:
    legend = {"✓": "Supported", "✘": "Unsupported", "⁄": "Supported with limited functionality"}
    assert symbol_value("✓", legend) == "Supported"
    assert symbol_value("✘", legend) == "Unsupported"
    assert symbol_value("⁄ (web only)", legend) == "Supported with limited functionality (web only)"


def test_parse_legend() -> None:
    assert parse_legend(("✓ - supported", "✘ - unsupported")) == {
        "✓": "Supported",
        "✘": "Unsupported",
    }
    assert parse_legend(("ClusterIP - internal", "✘ - unsupported")) is None
    assert parse_legend(("just a sentence",)) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Port range", "port range"),
        ("Accessible From", "accessible from"),
        ("Real-World Usage Pattern", "real-world usage pattern"),
        ("DNS name", "DNS name"),
        ("K8s Type", "K8s type"),
        ("NodePort", "NodePort"),
        ("Light and Dark Theme", "light and dark theme"),
        ("`nameservers`", "`nameservers`"),
    ],
)
def test_attribute_phrase(label: str, expected: str) -> None:
    assert attribute_phrase(label) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("⚙️ 1️⃣ The Big Picture — Why We Need These", "The Big Picture — Why We Need These"),
        ("🧩 2️⃣ ClusterIP — Internal-only communication", "ClusterIP — Internal-only communication"),
        ("1. ClusterIP", "ClusterIP"),
        ("3.2 Details", "Details"),
        ("2) Setup", "Setup"),
        ("2024 roadmap", "2024 roadmap"),
        ("Port definitions {#field-spec-ports}", "Port definitions"),
        ("✅ TL;DR — Golden Rules", "TL;DR — Golden Rules"),
    ],
)
def test_clean_heading(heading: str, expected: str) -> None:
    assert clean_heading(heading) == expected


def test_subject_of_and_slugify() -> None:
    assert subject_of("ClusterIP — Internal-only communication") == "ClusterIP"
    assert subject_of("Side-by-Side Comparison") == "Side-by-Side Comparison"
    assert slugify("Side-by-Side Comparison") == "side-by-side-comparison"
    assert slugify("Pod's DNS Policy") == "pod-s-dns-policy"
    assert slugify("🌐", "x") == "x"
    assert len(slugify("word " * 40)) <= 60


def test_clean_drops_decoration_and_controls_but_keeps_arrows() -> None:
    assert clean("🔹 payment → order\x07  ") == "payment → order"
    assert clean("a\n\n  b ") == "a\nb"
