"""Schemathesis hooks for tests/fuzz (loaded through SCHEMATHESIS_HOOKS by target.py).

Gunicorn answers a request line longer than its ``limit_request_line`` with its own HTML 414
page, before Django and the API see the request, as a proxy in front would; so generated
requests stay within that line, and the run tests the API rather than gunicorn's parser.
"""

from __future__ import annotations

import requests
import schemathesis

GUNICORN_LIMIT_REQUEST_LINE = 4094  # gunicorn's default
# "PATCH " and " HTTP/1.1" around the path and query, rounded up.
REQUEST_LINE_OVERHEAD = 20


@schemathesis.hook
def filter_case(context, case) -> bool:
    kwargs = case.as_transport_kwargs(base_url="http://127.0.0.1")
    url = requests.Request("GET", kwargs["url"], params=kwargs.get("params")).prepare().path_url
    return len(url) + REQUEST_LINE_OVERHEAD <= GUNICORN_LIMIT_REQUEST_LINE
