"""The development talk: booking it, preparing both agendas, recording it, and its PDF.

Only the talk's manager and report reach a talk; anyone else gets a 404. Writes are POSTs
that redirect back to the talk page.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from smarta import limits
from smarta.planner.goals.forms import with_version
from smarta.planner.goals.services import StaleVersion
from smarta.planner.models import Talk
from smarta.planner.pdf import render_pdf
from smarta.planner.talks import selectors as selectors_talks
from smarta.planner.talks import services as services_talks
from smarta.planner.talks.forms import AgendaForm, NotesForm, TalkBookForm


def _ids(values: list[str]) -> list[int]:
    """The ids among ``values``. Anything else, junk or a number past any id, is ignored, as
    the service ignores the id of a goal that is not the report's."""
    digits = len(str(limits.MAX_ID))  # checked first: int() refuses more than 4300 digits
    numbers = [int(v) for v in values if v.isascii() and v.isdigit() and len(v) <= digits]
    return [number for number in numbers if number <= limits.MAX_ID]


@login_required
@require_http_methods(["GET", "POST"])
def talk_list(request):
    """A manager's reports and their talks (and booking one); the user's own talks."""
    form = TalkBookForm(request.POST or None, manager=request.user)
    if request.method == "POST" and form.is_valid():
        talk = services_talks.talk_book(
            manager=request.user,
            report=form.cleaned_data["report"],
            scheduled_for=form.cleaned_data["scheduled_for"],
        )
        messages.success(request, _("The talk is booked."))
        return redirect("talk", pk=talk.pk)
    return render(
        request,
        "planner/talks/list.html",
        {"overview": selectors_talks.talks_overview(request.user), "form": form},
        status=400 if form.is_bound else 200,
    )


@login_required
@require_GET
def talk_detail(request, pk: int):
    talk = selectors_talks.talk_for_participant(request.user, pk)
    return _detail_page(request, talk, NotesForm(instance=talk))


def _detail_page(
    request, talk: Talk, notes_form: NotesForm, *, stale: bool = False, status: int = 200
) -> HttpResponse:
    """The talk page; ``stale``: the notes form holds a refused save, shown beside ``talk``'s
    saved notes."""
    agenda = selectors_talks.talk_agenda(request.user, talk)
    own = talk.manager_agenda if agenda.is_manager else talk.report_agenda
    return render(
        request,
        "planner/talks/detail.html",
        {
            "talk": talk,
            "agenda": agenda,
            "agenda_form": AgendaForm(initial={"text": own}),
            "notes_form": notes_form,
            "notes_stale": stale,
            "languages": settings.LANGUAGES,
        },
        status=status,
    )


@login_required
@require_POST
def talk_agenda(request, pk: int):
    talk = selectors_talks.talk_for_participant(request.user, pk)
    form = AgendaForm(request.POST)
    if form.is_valid():
        services_talks.talk_set_agenda(talk=talk, user=request.user, text=form.cleaned_data["text"])
        messages.success(request, _("Your agenda is saved."))
    else:
        messages.error(request, form.errors["text"][0])
    return redirect("talk", pk=talk.pk)


@login_required
@require_POST
def talk_notes(request, pk: int):
    talk = selectors_talks.talk_for_participant(request.user, pk)
    form = NotesForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, talk, form, status=400)
    try:
        services_talks.talk_set_notes(
            talk=talk,
            user=request.user,
            notes=form.cleaned_data["notes"],
            proposals=form.cleaned_data["proposals"],
            version=form.cleaned_data["version"],
        )
    except StaleVersion as stale:
        form = NotesForm(with_version(request.POST, stale.current))
        saved = selectors_talks.talk_for_participant(request.user, pk)  # as it is now
        return _detail_page(request, saved, form, stale=True, status=409)
    messages.success(request, _("The notes are saved."))
    return redirect("talk", pk=talk.pk)


@login_required
@require_POST
def talk_agree(request, pk: int):
    talk = selectors_talks.talk_for_participant(request.user, pk)
    ids = _ids(request.POST.getlist("goals"))
    services_talks.talk_agree_goals(talk=talk, manager=request.user, goal_ids=ids)
    messages.success(request, _("The agreed goals are saved."))
    return redirect("talk", pk=talk.pk)


@login_required
@require_POST
def talk_cancel(request, pk: int):
    talk = selectors_talks.talk_for_participant(request.user, pk)
    services_talks.talk_cancel(talk=talk, manager=request.user)
    messages.success(request, _("The talk is cancelled."))
    return redirect("talks")


@login_required
@require_POST
def talk_held(request, pk: int):
    talk = selectors_talks.talk_for_participant(request.user, pk)
    services_talks.talk_set_held(
        talk=talk, manager=request.user, held=request.POST.get("held") != "no"
    )
    return redirect("talk", pk=talk.pk)


@login_required
@require_GET
def talk_pdf(request, pk: int):
    """The record of the talk as a PDF, in ``?lang=`` (sv or en) or the current language."""
    talk = selectors_talks.talk_for_participant(request.user, pk)
    lang = request.GET.get("lang") or translation.get_language()
    if lang not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest("unknown language")
    agenda = selectors_talks.talk_agenda(request.user, talk)
    with translation.override(lang):
        pdf = _record_pdf(agenda)
    response = HttpResponse(pdf, content_type="application/pdf")
    day = timezone.localtime(talk.scheduled_for).date().isoformat()
    response["Content-Disposition"] = content_disposition_header(
        True, f"smarta-talk-{day}-{lang}.pdf"
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def _record_pdf(agenda: selectors_talks.TalkAgenda) -> bytes:
    context = {"talk": agenda.talk, "agenda": agenda, "today": timezone.localdate()}
    return render_pdf("planner/talks/record.html", context)
