"""Where I stand, my vision and the goal tree: the ground a person's goals grow from."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from smarta.planner.models import Area
from smarta.planner.profile import selectors as selectors_profile
from smarta.planner.profile import services as services_profile
from smarta.planner.profile.forms import AreaForm, AssessmentForm, VisionForm
from smarta.planner.teamgoals import selectors as selectors_teamgoals

# What each field asks for, in the product's words; shown under its label.
HELP = {
    "tasks": gettext_lazy(
        "What fills your working week today and what you answer for. Goals start from here."
    ),
    "values": gettext_lazy(
        "What matters most to you right now, at work and beside it: learning, security, "
        "time with family, influence…"
    ),
    "hard_values": gettext_lazy(
        "The concrete terms of a job: the salary you aim for, specialist or generalist, "
        "products or services, the kind of employer."
    ),
    "soft_values": gettext_lazy(
        "What you are good at, when you enjoy your work and when you do your best work."
    ),
    "name": gettext_lazy("A skill or a part of your work: presenting, budgeting, Python…"),
    "confidence": gettext_lazy(
        "How sure you are of this judgement: 1 is a guess, 5 is something others have confirmed."
    ),
    "note": gettext_lazy("Optional: an example, or what you base it on."),
    "one_year": gettext_lazy(
        "Close enough to picture: the role, the skill or the result you want a year from now."
    ),
    "three_years": gettext_lazy(
        "Where you want to have arrived in three years. Your long-term goals lead here."
    ),
    "five_years": gettext_lazy(
        "The direction of your career: what you want to be doing in five years."
    ),
    "broad_goals": gettext_lazy(
        "Directions rather than targets, such as becoming an expert, changing industry or "
        "leading others. You make them SMART in the goal tree."
    ),
}


def _with_help(form: Form) -> Form:
    """The form with the help texts; call before validating (bound fields copy them)."""
    for name, field in form.fields.items():
        if name in HELP:
            field.help_text = HELP[name]
    return form


def _stand(request, *, assessment_form=None, area_form=None):
    user = request.user
    areas = list(selectors_profile.areas_for(user))
    if assessment_form is None:
        assessment_form = _with_help(
            AssessmentForm(instance=selectors_profile.assessment_for(user))
        )
    context = {
        "assessment_form": assessment_form,
        "area_form": area_form if area_form is not None else _with_help(AreaForm()),
        "area_groups": [(kind, [a for a in areas if a.kind == kind]) for kind in Area.Kind.values],
    }
    return render(request, "planner/stand.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def stand(request):
    """The self-assessment; a POST saves the texts, the areas have their own actions."""
    if request.method == "GET":
        return _stand(request)
    form = _with_help(AssessmentForm(request.POST))
    if not form.is_valid():
        return _stand(request, assessment_form=form)
    services_profile.assessment_update(owner=request.user, **form.cleaned_data)
    messages.success(request, _("Saved."))
    return redirect("stand")


@login_required
@require_POST
def area_create(request):
    form = _with_help(AreaForm(request.POST))
    if not form.is_valid():
        return _stand(request, area_form=form)
    services_profile.area_create(owner=request.user, **form.cleaned_data)
    messages.success(request, _("Area added."))
    return redirect("stand")


@login_required
@require_POST
def area_delete(request, pk: int):
    area = selectors_profile.area_for_owner(request.user, pk)
    services_profile.area_delete(area=area)
    messages.success(request, _("Area removed."))
    return redirect("stand")


@login_required
@require_http_methods(["GET", "POST"])
def vision(request):
    current = selectors_profile.vision_for(request.user)
    form = _with_help(VisionForm(request.POST or None, instance=current))
    if request.method == "POST" and form.is_valid():
        services_profile.vision_update(owner=request.user, **form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("vision")
    return render(request, "planner/vision.html", {"form": form})


@login_required
@require_GET
def goal_tree(request):
    team_goals = selectors_teamgoals.team_goals_for_tree(request.user)
    context = {
        "tree": selectors_profile.goal_tree(request.user),
        "team_goals": team_goals,
        # a goal names the team goal it serves only while the person may see that goal
        "team_goals_by_id": {g.pk: g for g in team_goals},
    }
    return render(request, "planner/tree.html", context)
