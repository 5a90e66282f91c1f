from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_POST

from smarta.analysis import analyze
from smarta.planner.feedback import selectors as selectors_feedback
from smarta.planner.feedback.views import FeedbackInviteForm
from smarta.planner.followup import charts
from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.followup.charts import chart_for_goal
from smarta.planner.goals import examples as goal_examples
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import services as services_goals
from smarta.planner.goals import status
from smarta.planner.goals.forms import GoalEditForm, GoalForm, goal_page_forms, with_version
from smarta.planner.models import Goal
from smarta.planner.team import selectors as selectors_team
from smarta.planner.teamgoals import selectors as selectors_teamgoals
from smarta.planner.teamgoals import services as services_teamgoals


@login_required
def goal_list(request):
    goals = status.attach_standing(
        selectors_goals.goals_for_owner(request.user), timezone.localdate()
    )
    return render(
        request, "planner/goal_list.html",
        {"goals": [(g, selectors_followup.progress(g)) for g in goals]},
    )  # fmt: skip


def _form_fields(form: GoalForm) -> dict:
    data = dict(form.cleaned_data)
    data.pop("text")
    data.pop("version", None)
    return data


@login_required
@require_http_methods(["GET", "POST"])
def goal_create(request):
    form = GoalForm(request.POST or None, owner=request.user, initial=_initial(request))
    if request.method == "POST" and form.is_valid():
        fields = _form_fields(form)
        # a goal for the team is told to the team
        create = services_teamgoals.team_goal_create if fields.get("for_team") else None
        goal = (create or services_goals.goal_create)(
            owner=request.user, text=form.cleaned_data["text"], **fields
        )
        return redirect("goal-detail", pk=goal.pk)
    context = {"form": form, **_check(form), **_examples(request)}
    return render(request, "planner/goal_form.html", context)


def _examples(request) -> dict:
    """The example goals offered on the new-goal page, in the page's language, for the field
    the person chose (``?field=``), or all of them."""
    field = request.GET.get("field")
    lang = translation.get_language()
    return {
        "examples": goal_examples.examples_in(lang, field),
        "example_fields": goal_examples.FIELDS,
        "example_field": field if field in goal_examples.FIELDS else "",
    }


def _initial(request) -> dict:
    parent = request.GET.get("parent")
    horizon = request.GET.get("horizon")
    initial = {}
    if parent and parent.isdigit():
        initial["parent"] = parent
    if horizon in Goal.Horizon.values:
        initial["horizon"] = horizon
    team_goal = request.GET.get("contributes_to")
    if team_goal and team_goal.isdigit():
        initial["contributes_to"] = team_goal
    if request.GET.get("for_team") == "1":
        initial["for_team"] = True
    chosen = goal_examples.example(request.GET.get("example", ""))
    if chosen is not None:  # "start from an example": the person edits it into their own
        initial.update(text=chosen.text, kind=chosen.kind, sphere=chosen.sphere)
    return initial


@login_required
@require_http_methods(["GET", "POST"])
def goal_edit(request, pk: int):
    goal = selectors_goals.goal_for_owner(request.user, pk)
    was_for_team = goal.for_team  # before the bound form changes it in memory
    form = GoalEditForm(request.POST or None, instance=goal, owner=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services_goals.goal_update(
                goal=goal,
                text=form.cleaned_data["text"],
                version=form.cleaned_data["version"],
                **_form_fields(form),
            )
        except services_goals.StaleVersion as stale:
            return _stale_edit(request, goal, stale.current)
        if goal.for_team and not was_for_team:
            services_teamgoals.tell_team(goal)
        return redirect("goal-detail", pk=goal.pk)
    return render(request, "planner/goal_form.html", {"form": form, "goal": goal, **_check(form)})


def _stale_edit(request, goal: Goal, current: int):
    """The form again with what the person typed, beside what is saved now (409)."""
    form = GoalEditForm(with_version(request.POST, current), instance=goal, owner=request.user)
    # Read afresh: the form above has already put the typed values on ``goal``.
    saved = selectors_goals.goal_for_owner(request.user, goal.pk)
    context = {"form": form, "goal": goal, "saved": saved, **_check(form)}
    return render(request, "planner/goal_form.html", context, status=409)


def _check(form: GoalForm) -> dict:
    text = (form.data.get("text") if form.is_bound else form.initial.get("text")) or ""
    if not text and form.instance.pk:
        text = form.instance.text
    return {"analysis": selectors_goals.typed_check(text)}


@login_required
@require_POST
def goal_check(request):
    """The live SMART check: a fragment the goal form swaps in as the person types."""
    analysis = selectors_goals.typed_check(request.POST.get("text", ""))
    return render(request, "planner/_smart_check.html", {"analysis": analysis, "in_form": True})


@login_required
def goal_detail(request, pk: int):
    goal = selectors_goals.goal_detail(request.user, pk)
    today = timezone.localdate()
    # its check-ins are read with it: no query of their own, as attach_standing would make
    goal.standing = status.standing(goal, today, charts.measured_points(goal))
    return render(
        request,
        "planner/goal_detail.html",
        {
            "goal": goal,
            "progress": selectors_followup.progress(goal),
            "summary": selectors_goals.goal_summary(goal, today),
            "analysis": analyze(goal.text, today=goal.created_at.date()),
            "followup": selectors_followup.followup_for_goal(goal, today),
            "chart": chart_for_goal(goal),
            "sharing": selectors_team.sharing_for_goal(goal),
            "team_goal": selectors_teamgoals.visible_team_goal(
                request.user, goal.contributes_to_id
            ),
            "contributions": selectors_teamgoals.shared_contributions(goal, today)
            if goal.for_team
            else None,
            "feedback": selectors_feedback.feedback_for_goal(request.user, goal, timezone.now()),
            "feedback_form": FeedbackInviteForm(owner=request.user),
            "today": today,
            **goal_page_forms(goal),
        },
    )


@login_required
@require_POST
def goal_move(request, pk: int):
    goal = selectors_goals.goal_for_owner(request.user, pk)
    services_goals.goal_move(goal=goal, up=request.POST.get("direction") == "up")
    return HttpResponseRedirect(_next_or(request, reverse("goal-list")))


def _next_or(request: HttpRequest, fallback: str) -> str:
    """The form's ``next`` when it is a path on this site; anything else (another site,
    ``//host``, a relative ``foo``) is ``fallback``, so the form cannot send people away."""
    target = request.POST.get("next", "")
    on_this_site = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if on_this_site and target.startswith("/") else fallback


@login_required
@require_POST
def goal_status(request, pk: int):
    goal = selectors_goals.goal_for_owner(request.user, pk)
    status = request.POST.get("status")
    if status not in Goal.Status.values:
        return HttpResponseBadRequest("unknown status")
    was = goal.status
    services_goals.goal_set_status(goal=goal, status=status)
    if status == Goal.Status.COMPLETED and was != status:
        text = gettext("🎉 Goal reached: %(title)s. Well done: it is in My record now.")
        messages.success(request, text % {"title": goal.heading}, extra_tags="celebrate")
    return redirect("goal-detail", pk=goal.pk)


@login_required
@require_POST
def goal_delete(request, pk: int):
    goal = selectors_goals.goal_for_owner(request.user, pk)
    services_goals.goal_delete(goal=goal)
    return redirect("goal-list")
