"""Ids in URLs: every route with one takes 1 to limits.MAX_ID; any other number is a 404."""

from __future__ import annotations

import re

import pytest
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve

from smarta import limits

BEYOND_64_BITS = "9" * 30
# Values for a route's other parameters (the calendar item's kind).
OTHER_PARAMETER = "milestone"
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def _routes(patterns, prefix: str = "", converters: dict | None = None):
    """(route, its converters by parameter name) for every view in the URLconf."""
    for pattern in patterns:
        found = {**(converters or {}), **pattern.pattern.converters}
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern), found)
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), found


def _takes_an_id(converter) -> bool:
    return isinstance(converter.to_python("1"), int)


def routes_with_an_id() -> list[tuple[str, dict]]:
    return [
        (route, converters)
        for route, converters in _routes(get_resolver().url_patterns)
        if any(_takes_an_id(c) for c in converters.values())
    ]


def _path(route: str, converters: dict, value: str) -> str:
    def fill(match: re.Match) -> str:
        return value if _takes_an_id(converters[match["name"]]) else OTHER_PARAMETER

    return "/" + PARAMETER.sub(fill, route)


def test_the_urlconf_has_the_routes_with_an_id_this_test_checks():
    routes = {route for route, _converters in routes_with_an_id()}
    assert len(routes) >= 35
    assert any(route.startswith("talks/") and route.endswith("/agree/") for route in routes)
    assert any(route.startswith("calendar/items/") for route in routes)


@pytest.mark.parametrize("method", ["get", "post"])
def test_every_route_with_an_id_answers_404_to_a_number_beyond_64_bits(owner_client, method):
    owner_client.raise_request_exception = False
    answers = {}
    for route, converters in routes_with_an_id():
        path = _path(route, converters, BEYOND_64_BITS)
        answers[path] = getattr(owner_client, method)(path).status_code
    assert answers and {path: s for path, s in answers.items() if s != 404} == {}


@pytest.mark.parametrize("value", ["0", str(limits.MAX_ID + 1), BEYOND_64_BITS])
def test_an_id_outside_1_to_max_id_matches_no_route(value):
    with pytest.raises(Resolver404):
        resolve(f"/talks/{value}/agree/")


def test_the_largest_id_still_matches_its_route():
    match = resolve(f"/talks/{limits.MAX_ID}/agree/")
    assert (match.url_name, match.kwargs) == ("talk-agree", {"pk": limits.MAX_ID})
