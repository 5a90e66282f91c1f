"""The one way a page becomes a PDF (the plan export, the talk's record).

The HTML is rendered by WeasyPrint, which may fetch nothing but ``data:`` URLs: a goal's text
that held an <img src="http://…"> would otherwise make the server fetch it.
"""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string


def render_pdf(template: str, context: dict[str, Any]) -> bytes:
    """``template`` rendered with ``context``, in the active language, as PDF bytes."""
    from weasyprint import HTML  # loads Pango: only when a PDF is asked for
    from weasyprint.urls import URLFetcher

    html = render_to_string(template, context)
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()
