"""POST /analyze: the SMART analysis of one goal sentence, as ``smarta analyze --jsonl``."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from smarta.analysis import analyze

from ..schemas import AUTHENTICATED, WITH_BODY, AnalyzeIn, responses

router = Router(tags=["analysis"])


@router.post("/analyze", response=responses({200: dict[str, Any]}, *AUTHENTICATED, *WITH_BODY))
def analyze_goal(request: HttpRequest, payload: AnalyzeIn):
    """lang, specific, measurable, time_bound, deadline, then the details
    (``Analysis.to_dict``). The language is detected when left out; ``today`` defaults to
    the server's date."""
    return analyze(payload.text, lang=payload.lang, today=payload.today).to_dict()
