"""Pages for goals that go down from the manager: a team goal as a report sees it, a proposal
as the manager writes it and as the report answers it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import status
from smarta.planner.goals.selectors import typed_check
from smarta.planner.models import Goal
from smarta.planner.team import access
from smarta.planner.teamgoals import selectors, services
from smarta.planner.teamgoals.forms import ProposalAcceptForm, ProposalDeclineForm, ProposalForm


@login_required
def team_goal_page(request, pk: int):
    """A team goal as one of the manager's reports sees it, with their own goals that serve
    it; the manager who wrote it has it among their goals."""
    own = Goal.objects.filter(pk=pk, owner=request.user, for_team=True).first()
    if own is not None:
        return redirect("goal-detail", pk=own.pk)
    if access.shared_goals_for_manager(request.user).filter(pk=pk).exists():
        return redirect("team-goal", pk=pk)  # a report's team goal, shared with their manager
    today = timezone.localdate()
    (goal,) = status.attach_standing([selectors.team_goal_for_report(request.user, pk)], today)
    context = {
        "goal": goal,
        "progress": selectors_followup.progress(goal),
        "mine": status.attach_standing(selectors.own_contributions(request.user, goal), today),
    }
    return render(request, "planner/teamgoals/team_goal.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def propose(request, person_pk: int):
    """The manager proposes a goal to one of their reports."""
    person = selectors.report_of(request.user, person_pk)
    form = ProposalForm(request.POST or None, manager=request.user)
    if request.method == "POST" and form.is_valid():
        services.proposal_create(
            manager=request.user, person=person, text=form.cleaned_data["text"],
            team_goal=form.cleaned_data.get("team_goal"),
        )  # fmt: skip
        messages.success(request, _("Goal proposed. It becomes theirs when they accept it."))
        return redirect("team")
    text = form.data.get("text", "") if form.is_bound else ""
    context = {"form": form, "person": person, "analysis": typed_check(text)}
    return render(
        request, "planner/teamgoals/propose.html", context, status=400 if form.errors else 200
    )


def _proposal_page(request, proposal, accept_form=None, decline_form=None, status_code=200):
    accept_form = accept_form or ProposalAcceptForm(initial={"text": proposal.text})
    text = accept_form.data.get("text", "") if accept_form.is_bound else proposal.text
    context = {
        "proposal": proposal,
        "team_goal": selectors.visible_team_goal(proposal.person, proposal.team_goal_id),
        "accept_form": accept_form,
        "decline_form": decline_form or ProposalDeclineForm(),
        "analysis": typed_check(text),
    }
    return render(request, "planner/teamgoals/proposal.html", context, status=status_code)


@login_required
def proposal(request, pk: int):
    return _proposal_page(request, selectors.proposal_for_person(request.user, pk))


def _answer(request, pk: int, form_class, form_name: str, act):
    """The person's answer to a proposal through ``form_class``; ``act(proposal, data)``
    saves it and says where to go. The page again (400) with what was typed, when invalid."""
    proposal = selectors.proposal_for_person(request.user, pk)
    form = form_class(request.POST)
    if not form.is_valid():
        return _proposal_page(request, proposal, status_code=400, **{form_name: form})
    try:
        return act(proposal, form.cleaned_data)
    except services.ProposalAnswered:
        messages.info(request, _("This proposal has been answered or withdrawn already."))
        return redirect("proposal", pk=proposal.pk)


@login_required
@require_POST
def proposal_accept(request, pk: int):
    def accept(proposal, data):
        goal = services.proposal_accept(proposal=proposal, **data)
        messages.success(request, _("The goal is yours now. Make a plan for it."))
        return redirect("goal-detail", pk=goal.pk)

    return _answer(request, pk, ProposalAcceptForm, "accept_form", accept)


@login_required
@require_POST
def proposal_decline(request, pk: int):
    def decline(proposal, data):
        services.proposal_decline(proposal=proposal, answer=data["answer"])
        messages.success(request, _("Proposal declined. Your manager has been told."))
        return redirect("waiting")

    return _answer(request, pk, ProposalDeclineForm, "decline_form", decline)


@login_required
@require_POST
def proposal_withdraw(request, pk: int):
    proposal = selectors.proposal_for_manager(request.user, pk)
    try:
        services.proposal_withdraw(proposal=proposal)
    except services.ProposalAnswered:
        messages.info(request, _("They have answered this proposal already."))
    else:
        messages.success(request, _("Proposal withdrawn."))
    return redirect("team")
