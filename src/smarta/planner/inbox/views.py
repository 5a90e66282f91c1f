from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from smarta.planner.inbox import selectors, services
from smarta.planner.inbox.kinds import Channel, Kind, channel_for
from smarta.planner.inbox.waiting import waiting_for
from smarta.planner.models import Profile
from smarta.planner.profile.forms import NameForm
from smarta.planner.profile.selectors import display_name


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    entries = selectors.inbox_for(request.user)
    return render(request, "planner/inbox/inbox.html", {"entries": entries})


@login_required
def inbox_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one notification read and go to what it is about (or back to the inbox)."""
    notification = services.mark_read(user=request.user, pk=pk)
    if notification is None:
        raise Http404
    return redirect(selectors.entry_for(request.user, notification).url or "inbox")


@login_required
@require_POST
def inbox_read_all(request: HttpRequest) -> HttpResponse:
    services.mark_all_read(user=request.user)
    return redirect("inbox")


class ChannelsForm(forms.Form):
    """How the person is told of each kind: one choice per kind."""

    def __init__(self, *args, current: dict, **kwargs):
        super().__init__(*args, **kwargs)
        for kind in Kind:
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label, choices=Channel.choices, initial=channel_for(current, kind)
            )


@login_required
@require_http_methods(["GET", "POST"])
def inbox_settings(request: HttpRequest) -> HttpResponse:
    profile = Profile.objects.filter(user=request.user).first()
    form = ChannelsForm(request.POST or None, current=profile.notify if profile else {})
    if request.method == "POST" and form.is_valid():
        services.set_channels(user=request.user, choices=form.cleaned_data)
        messages.success(request, _("Saved: you are told as you chose."))
        return redirect("inbox-settings")
    context = {"form": form, "name_form": NameForm(instance=request.user)}
    return render(request, "planner/inbox/settings.html", context)


@login_required
@require_POST
def account_name(request: HttpRequest) -> HttpResponse:
    """The person's first and last name, shown wherever others see them."""
    form = NameForm(request.POST, instance=request.user)
    if form.is_valid():
        form.save()
        messages.success(
            request, _("Saved: others see you as %(name)s.") % {"name": display_name(request.user)}
        )
        return redirect("inbox-settings")
    profile = Profile.objects.filter(user=request.user).first()
    channels = ChannelsForm(current=profile.notify if profile else {})
    return render(request, "planner/inbox/settings.html", {"form": channels, "name_form": form})


@login_required
def waiting(request: HttpRequest) -> HttpResponse:
    return render(request, "planner/inbox/waiting.html", {"waiting": waiting_for(request.user)})
