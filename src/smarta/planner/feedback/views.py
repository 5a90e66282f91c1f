"""Feedback on one goal: the owner invites and revokes; the giver answers through a link.

The owner's part is a section of the goal page (swapped by htmx, or a page of its own). The
giver's page shows the one goal the request is about and nothing else of the owner's; it
needs no session when opened from the e-mailed link.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from smarta.planner import mail
from smarta.planner.feedback import selectors as selectors_feedback
from smarta.planner.feedback import services as services_feedback
from smarta.planner.feedback.forms import FeedbackAnswerForm, FeedbackInviteForm
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals.sections import render_section, section_changed
from smarta.planner.models import FeedbackRequest

SECTION = "planner/goal/_feedback.html"
ANSWER = "planner/feedback/answer.html"


# --- the owner ---------------------------------------------------------------------------


def _section(request: HttpRequest, goal_pk: int, **context) -> HttpResponse:
    goal = selectors_goals.goal_for_owner(request.user, goal_pk)
    overview = selectors_feedback.feedback_for_goal(request.user, goal, timezone.now())
    context.setdefault("feedback_form", FeedbackInviteForm(owner=request.user))
    return render_section(request, goal, SECTION, feedback=overview, **context)


def _changed(request: HttpRequest, goal_pk: int, **context) -> HttpResponse:
    return section_changed(request, goal_pk, "feedback", _section, **context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def feedback_invite(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the goal's feedback section. POST: invite someone and e-mail them the link."""
    goal = selectors_goals.goal_for_owner(request.user, pk)
    if request.method != "POST":
        return _section(request, goal.pk)
    form = FeedbackInviteForm(request.POST, owner=request.user)
    if not form.is_valid():
        return _section(request, goal.pk, feedback_form=form)
    try:
        services_feedback.feedback_request_create(
            goal=goal,
            role=form.cleaned_data["role"],
            message=form.cleaned_data["message"],
            giver=form.giver,
            email=form.email,
            link_for=lambda secret: request.build_absolute_uri(
                reverse("feedback-answer", args=[secret])
            ),
            language=translation.get_language(),
        )
    except services_feedback.InvitationLimitReached as reached:
        form.add_error(None, _limit_reached(reached.limit))
        return _section(request, goal.pk, feedback_form=form)
    except mail.MailNotSent as not_sent:
        if not_sent.refused:
            form.add_error("who", _("An invitation cannot be sent to that address."))
        else:
            form.add_error(None, mail.SERVER_DOWN)
        return _section(request, goal.pk, feedback_form=form)
    # Also when the name was no one's: the same answer whether or not it is someone's.
    return _changed(request, goal.pk, invited=True)


def _limit_reached(limit: int) -> str:
    return ngettext(
        "You can send at most %(limit)s invitation a day, and you have reached that limit. "
        "Nothing was sent; try again later.",
        "You can send at most %(limit)s invitations a day, and you have reached that limit. "
        "Nothing was sent; try again later.",
        limit,
    ) % {"limit": limit}


@login_required
@require_POST
def feedback_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    feedback_request = selectors_feedback.feedback_request_for_owner(request.user, pk)
    services_feedback.feedback_revoke(feedback_request=feedback_request)
    return _changed(request, feedback_request.goal_id)


# --- the giver ---------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def feedback_answer(request: HttpRequest, secret: str) -> HttpResponse:
    """The page an e-mailed link opens: no login, one goal, one answer."""
    now = timezone.now()
    feedback_request = selectors_feedback.feedback_request_by_secret(secret, now)
    return _answer(request, feedback_request, request.path)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def feedback_give(request: HttpRequest, pk: int) -> HttpResponse:
    """The same page for a logged-in user the request is addressed to (from the inbox)."""
    feedback_request = selectors_feedback.feedback_request_for_giver(
        request.user, pk, timezone.now()
    )
    return _answer(request, feedback_request, request.path)


def _answer(request: HttpRequest, feedback_request: FeedbackRequest, here: str) -> HttpResponse:
    context = {"feedback_request": feedback_request}
    if feedback_request.used_at is not None:
        status = 409 if request.method == "POST" else 200
        return render(request, ANSWER, {**context, "answered": True}, status=status)
    form = FeedbackAnswerForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            services_feedback.feedback_answer(
                feedback_request=feedback_request, **form.cleaned_data
            )
        except services_feedback.FeedbackClosed:
            return render(request, ANSWER, {**context, "answered": True}, status=409)
        return redirect(here)
    goal = selectors_feedback.goal_for_feedback(feedback_request)
    return render(
        request,
        ANSWER,
        {
            **context,
            "goal": goal,
            "form": form,
        },
    )


@login_required
@require_safe
def feedback_inbox(request: HttpRequest) -> HttpResponse:
    """Feedback others have asked the user for, and what they have already given."""
    return render(
        request,
        "planner/feedback/inbox.html",
        {
            "to_give": selectors_feedback.feedback_to_give(request.user, timezone.now()),
            "given": selectors_feedback.feedback_given(request.user),
        },
    )
