"""My data: take the whole plan away (JSON, Markdown, PDF), bring it back, or delete it all."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from smarta import limits
from smarta.planner.data import exports, imports, leaving
from smarta.planner.data import services as services_data
from smarta.planner.profile import selectors as selectors_profile


def _page(request, *, import_errors=(), delete_error: str = "", status: int = 200):
    return render(
        request,
        "planner/my_data.html",
        {
            "holdings": selectors_profile.plan_holdings(request.user),
            "import_errors": import_errors,
            "delete_error": delete_error,
            "format_name": exports.FORMAT,
            "format_version": exports.VERSION,
            "max_mb": imports.MAX_FILE_MB,
        },
        status=status,
    )


@login_required
@require_GET
def my_data(request):
    return _page(request)


def _download(user, content: str | bytes, content_type: str, extension: str) -> HttpResponse:
    name = slugify(user.get_username()) or "plan"
    response = HttpResponse(content, content_type=content_type)
    filename = f"smarta-{name}-{timezone.localdate().isoformat()}.{extension}"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    patch_cache_control(response, private=True, no_store=True)
    return response


# Each export: what writes it and what it is sent as.
_FORMATS = {
    "json": (exports.plan_to_json, "application/json"),
    "md": (exports.plan_to_markdown, "text/markdown; charset=utf-8"),
    "pdf": (exports.plan_to_pdf, "application/pdf"),
}


def _export(user, extension: str) -> HttpResponse:
    write, content_type = _FORMATS[extension]
    plan = selectors_profile.plan_for_export(user)
    return _download(user, write(plan), content_type, extension)


@require_GET
def leaver_export(request, token: str, extension: str = ""):
    """The page (and downloads) of a person marked as left, from the link they were mailed."""
    person = leaving.leaver_for_token(token)
    if person is None:
        context = {"person": None, "days": limits.LEAVER_EXPORT_DAYS}
        return render(request, "planner/leaver_export.html", context, status=404)
    if extension:
        if extension not in _FORMATS:
            raise Http404
        return _export(person, extension)
    context = {
        "person": person,
        "token": token,
        "holdings": selectors_profile.plan_holdings(person),
    }
    return render(request, "planner/leaver_export.html", context)


@login_required
@require_GET
def export_json(request):
    return _export(request.user, "json")


@login_required
@require_GET
def export_markdown(request):
    return _export(request.user, "md")


@login_required
@require_GET
def export_pdf(request):
    return _export(request.user, "pdf")


@login_required
@require_POST
def import_plan(request):
    upload = request.FILES.get("file")
    if upload is None:
        return _page(request, import_errors=[_("Choose a file to import.")], status=400)
    try:
        plan = imports.plan_from_json(upload.read(limits.IMPORT_BYTES + 1))
        count = services_data.plan_import(owner=request.user, plan=plan)
    except imports.PlanFileError as error:
        return _page(request, import_errors=error.messages, status=400)
    except services_data.PlanImportRefused:
        refused = _(
            "Your account already holds a plan, so nothing was imported. An import restores a "
            "plan only into an empty account: create a new account and import the file there."
        )
        return _page(request, import_errors=[refused], status=409)
    restored = ngettext(
        "Your plan is restored, with %(n)s goal.",
        "Your plan is restored, with %(n)s goals.",
        count,
    ) % {"n": count}
    if count:
        restored += " " + _(
            "Imported goals are private and not approved; share them again to have them approved."
        )
    messages.success(request, restored)
    return redirect("my-data")


@login_required
@require_POST
def account_delete(request):
    try:
        services_data.account_delete_confirmed(
            user=request.user, password=request.POST.get("password", "")
        )
    except services_data.WrongPassword:
        return _page(request, delete_error=_("That is not your password. Nothing was deleted."))
    logout(request)
    messages.success(request, _("Your account and everything in it have been deleted."))
    return redirect("login")
