"""HR's page for people (staff only: everyone else gets a 404, as for the HR figures)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from smarta import limits
from smarta.planner import mail
from smarta.planner.data import leaving
from smarta.planner.people import csvfile, services
from smarta.planner.people.forms import PeopleFileForm, PersonAddForm, PersonForm
from smarta.planner.profile.accounts import send_password_link, user_by_email
from smarta.planner.team.access import hr_only
from smarta.planner.team.services import people_import

User = get_user_model()
PAGE = 200  # people listed at once; the search narrows it


def _people(query: str):
    people = User.objects.select_related("profile__manager", "profile__department").order_by(
        "-is_active", "last_name", "first_name", "username"
    )
    if query:
        people = people.filter(
            Q(first_name__icontains=query) | Q(last_name__icontains=query)
            | Q(email__icontains=query) | Q(profile__department__name__icontains=query)
        )  # fmt: skip
    return people


def _people_page(request, *, add_form=None, status: int = 200):
    query = request.GET.get("q", "").strip()[:100]
    found = _people(query)
    return render(request, "planner/people/list.html", {
        "people": found[:PAGE], "count": found.count(), "query": query,
        "file_form": PeopleFileForm(), "add_form": add_form or PersonAddForm(),
    }, status=status)  # fmt: skip


@hr_only
def people(request):
    return _people_page(request)


@hr_only
def people_export(request):
    response = HttpResponse(csvfile.write_people(_people("")), content_type="text/csv")
    response["Content-Disposition"] = content_disposition_header(True, "people.csv")
    return response


@hr_only
@require_POST
def people_import_file(request):
    """A file's preview (what would change, line by line), or with ``content`` sent back from
    the preview, the import itself."""
    content = request.POST.get("content")
    if content is None:
        form = PeopleFileForm(request.POST, request.FILES)
        if not form.is_valid():
            return render(request, "planner/people/import.html", {"form": form}, status=400)
        raw = form.cleaned_data["file"].read()
        name = form.cleaned_data["file"].name
    else:
        raw, name = content.encode(), request.POST.get("name", "")
    try:
        rows = csvfile.read_rows(raw)
    except csvfile.PeopleFileError as error:
        form = PeopleFileForm()
        return render(request, "planner/people/import.html", {"form": form, "error": error}, 400)
    result = people_import(rows=rows, dry_run=content is None, actor=request.user, source=name)
    if content is None:
        context = {"result": result, "content": raw.decode("utf-8-sig"), "name": name}
        return render(request, "planner/people/import.html", context)
    messages.success(request, _("Imported: %(c)s created, %(u)s updated, %(r)s refused.") % {
        "c": result.created, "u": result.updated, "r": len(result.errors)
    })  # fmt: skip
    return redirect("people")


@hr_only
@require_POST
def person_add(request):
    """One person added (or, with the address of someone who has an account, updated) as a
    line of a people file would be: matched by e-mail, sent a welcome mail, in the trail."""
    form = PersonAddForm(request.POST)
    if form.is_valid():
        result = people_import(rows=[(1, form.as_row())], actor=request.user, source="")
        if not result.errors:
            person = user_by_email(form.cleaned_data["email"])
            done = _("Added; a welcome mail is on its way.") if result.created else _("Updated.")
            messages.success(request, done)
            return redirect("person", pk=person.pk)
        for _line, reason in result.errors:
            form.add_error(None, reason)
    return _people_page(request, add_form=form, status=400)


@hr_only
@require_http_methods(["GET", "POST"])
def person(request, pk: int):
    person = get_object_or_404(User.objects.select_related("profile"), pk=pk)
    profile = getattr(person, "profile", None)
    initial = {
        "first_name": person.first_name, "last_name": person.last_name,
        "department": profile.department.name if profile and profile.department else "",
        "manager": profile.manager if profile else None, "active": person.is_active,
    }  # fmt: skip
    form = PersonForm(request.POST or None, person=person, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.person_update(actor=request.user, person=person, **form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("people")
    return render(request, "planner/people/person.html", {"person": person, "form": form})


@hr_only
@require_POST
def person_invite(request, pk: int):
    person = get_object_or_404(User, pk=pk, is_active=True)
    try:
        send_password_link(person, purpose="welcome")
    except mail.MailNotSent:
        messages.error(request, mail.SERVER_DOWN)
    else:
        messages.success(request, _("The invitation is on its way to %(email)s.") % {
            "email": person.email
        })  # fmt: skip
    return redirect("person", pk=person.pk)


@hr_only
@require_POST
def person_leaver_link(request, pk: int):
    """Mail someone marked as left a new link to their plan (the first may have expired)."""
    person = get_object_or_404(User, pk=pk, is_active=False)
    to = request.POST.get("email", "").strip()[: limits.EMAIL] or person.email
    try:
        validate_email(to)
    except ValidationError:
        messages.error(request, _("Give an e-mail address to send the link to."))
        return redirect("person", pk=person.pk)
    leaving.send_leaver_mail(person, to=to)
    messages.success(request, _("The link to their plan is on its way to %(email)s.") % {
        "email": to
    })  # fmt: skip
    return redirect("person", pk=person.pk)
