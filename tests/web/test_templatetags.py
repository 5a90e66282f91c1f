"""The goal page's fast template helpers render what the Django tags they replace render."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.template import Context, Template
from django.template.defaultfilters import date as date_filter
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from smarta.planner.templatetags.smarta import cached_url, long_date


def render(source: str, **context) -> str:
    return Template("{% load smarta %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("name", "pk"),
    [("goal-detail", 7), ("checkin-delete", 123456), ("checkin-list", 1), ("dashboard", None)],
)
def test_cached_url_is_the_reversed_url(name, pk):
    expected = reverse(name) if pk is None else reverse(name, args=[pk])
    assert cached_url(name, pk) == expected
    assert cached_url(name, pk) == expected  # and again, from the cache
    assert render("{% cached_url name pk %}", name=name, pk=pk) == expected


def test_cached_url_refuses_a_route_without_a_pk():
    with pytest.raises(NoReverseMatch):
        cached_url("dashboard", 1)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_long_date_is_the_date_filter_in_each_language(lang):
    day = date(2026, 2, 3)
    moment = datetime(2026, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC"))  # 1 January in Stockholm
    with translation.override(lang):
        assert long_date(day) == date_filter(day, "j F Y")
        expected = Template('{{ moment|date:"j F Y" }}').render(Context({"moment": moment}))
        assert render("{{ moment|long_date }}", moment=moment) == expected
    assert long_date(None) == "" and long_date("") == ""


class Form(forms.Form):
    amount = forms.FloatField(label="Amount")
    note = forms.CharField(required=False, widget=forms.Textarea)


def test_field_input_shows_the_value_or_what_was_typed_with_its_errors():
    html = render(
        '{% field_input field=form.amount name="amount" id="id_amount" label=label '
        'value=value type="number" step="any" required=True help="In kilos" %}',
        form=None, value=2.5, label="Amount <kg>",
    )  # fmt: skip
    assert html == (
        '<div class="field">\n  <label for="id_amount">Amount &lt;kg&gt;</label>\n'
        '  <small class="muted help" id="id_amount_helptext">In kilos</small>\n'
        '  <input type="number" name="amount" id="id_amount" value="2.5" step="any" required'
        ' aria-describedby="id_amount_helptext">\n</div>'
    )
    with translation.override("en"):
        bound = Form({"amount": "many <b>", "note": "x"})
        assert not bound.is_valid()
        html = render(
            '{% field_input field=form.amount name="amount" id="id_amount" label="Amount" '
            "value=1 %}",
            form=bound,
        )
    assert 'value="many &lt;b&gt;"' in html and 'class="field has-error"' in html
    assert 'aria-invalid="true" aria-describedby="id_amount_error"' in html
    error = '<p class="error" role="alert">Enter a number.</p>'
    assert f'<div id="id_amount_error">{error}</div>' in html


def test_field_input_draws_a_textarea_and_takes_the_focus_it_is_given():
    source = (
        '{% field_input name="note" id="id_note" label="Note" type="textarea" value=text '
        'maxlength=20 focus_key="note" %}'
    )
    html = render(source, text="<hi>", focus="note")
    assert '<textarea name="note" id="id_note" rows="2" maxlength="20" autofocus>' in html
    assert "&lt;hi&gt;</textarea>" in html
    assert "autofocus" not in render(source, text="", focus="other")
