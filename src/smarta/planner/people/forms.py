from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.bounded_fields import BoundedFileField
from smarta.planner.models import Department
from smarta.planner.team.selectors import reports_to

User = get_user_model()


def department_field() -> forms.CharField:
    return forms.CharField(
        label=_("Department"),
        required=False,
        max_length=Department._meta.get_field("name").max_length,
    )


class PersonForm(forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        required=False,
        max_length=User._meta.get_field("first_name").max_length,
    )
    last_name = forms.CharField(
        label=_("Last name"),
        required=False,
        max_length=User._meta.get_field("last_name").max_length,
    )
    department = department_field()
    manager = forms.ModelChoiceField(
        label=_("Manager"), queryset=User.objects.none(), required=False
    )
    active = forms.BooleanField(
        label=_("Works here (untick when the person has left: they can no longer sign in)"),
        required=False,
    )

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        _manager_choices(self.fields["manager"], exclude=person)

    def clean_manager(self):
        """Not someone who reports, directly or further down, to this person."""
        manager = self.cleaned_data["manager"]
        if manager is not None and reports_to(manager, self.person):
            raise forms.ValidationError(
                _(
                    "%(name)s reports to this person: the reporting lines would go round in "
                    "a circle."
                )
                % {"name": manager.get_full_name() or manager.username}
            )
        return manager


def _manager_choices(field: forms.ModelChoiceField, exclude=None) -> None:
    """Anyone who works here, named with their address, as a manager."""
    people = User.objects.filter(is_active=True)
    field.queryset = people.exclude(pk=exclude.pk) if exclude is not None else people
    field.label_from_instance = lambda u: f"{u.get_full_name() or u.username} <{u.email}>"


class PersonAddForm(forms.Form):
    """One person, added as a line of a people file would add them (see people_import)."""

    email = forms.EmailField(label=_("E-mail"), max_length=limits.EMAIL)
    name = forms.CharField(
        label=_("Name"), required=False, max_length=User._meta.get_field("first_name").max_length
    )
    department = department_field()
    manager = forms.ModelChoiceField(
        label=_("Manager"), queryset=User.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _manager_choices(self.fields["manager"])

    def as_row(self) -> dict[str, str]:
        """The person as a row of a people file."""
        data = self.cleaned_data
        manager = data["manager"]
        return {
            "email": data["email"], "name": data["name"], "department": data["department"],
            "manager_email": manager.email if manager else "",
        }  # fmt: skip


class PeopleFileForm(forms.Form):
    file = BoundedFileField(label=_("People file (CSV)"), max_bytes=limits.IMPORT_BYTES)
