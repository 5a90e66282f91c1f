"""The calendar: the settings page for the feed, the feed itself and single-item downloads.

The feed is opened by calendar apps, which cannot log in: its URL carries a secret token
instead (Profile.calendar_token), which the person can renew or turn off.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from smarta.planner.calendar import feed as calendar_feed
from smarta.planner.calendar import services as services_calendar
from smarta.planner.profile.forms import ReminderSettingsForm
from smarta.planner.profile.services import profile_for

ICS = "text/calendar; charset=utf-8"


def _ics(request: HttpRequest, items, filename: str | None = None) -> HttpResponse:
    body = calendar_feed.to_ical(items, request.build_absolute_uri, "Smarta")
    response = HttpResponse(body, content_type=ICS)
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def calendar_settings(request: HttpRequest) -> HttpResponse:
    """The feed's URL (when on) and how to subscribe.

    POST makes a new URL (``action=create`` or ``renew``; the old one stops working) or
    turns the feed off (``action=off``).
    """
    profile = profile_for(request.user)
    reminders = ReminderSettingsForm(instance=profile)
    if request.method == "POST" and request.POST.get("action") == "reminders":
        reminders = ReminderSettingsForm(request.POST, instance=profile)
        if reminders.is_valid():
            reminders.save()
            messages.success(request, gettext("Your reminder days are saved."))
            return redirect("calendar")
    elif request.method == "POST":
        _change_token(request)
        return redirect("calendar")
    token = profile.calendar_token
    feed_url = request.build_absolute_uri(reverse("calendar-feed", args=[token])) if token else None
    return render(
        request, "planner/calendar/settings.html",
        {"feed_url": feed_url, "reminders": reminders},
        status=400 if reminders.errors else 200,
    )  # fmt: skip


def _change_token(request: HttpRequest) -> None:
    if request.POST.get("action") == "off":
        services_calendar.calendar_token_revoke(user=request.user)
        messages.success(
            request, gettext("The calendar feed is off. Its old link no longer works.")
        )
    else:
        services_calendar.calendar_token_renew(user=request.user)
        messages.success(
            request, gettext("Your calendar feed has a new link. Any old link no longer works.")
        )


@never_cache
@require_safe
def calendar_feed_view(request: HttpRequest, token: str) -> HttpResponse:
    """The person's whole calendar, for a calendar app to subscribe to (no login)."""
    profile = calendar_feed.profile_for_token(token)
    today = timezone.localdate()
    with translation.override(profile.language or settings.LANGUAGE_CODE):
        return _ics(request, calendar_feed.calendar_items(profile.user, today))


@login_required
@require_safe
def item_ics(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """One of the person's own items as a .ics file to add to any calendar."""
    item = calendar_feed.item_for_owner(request.user, kind, pk, timezone.localdate())
    return _ics(request, [item], filename=f"smarta-{item.key}.ics")
