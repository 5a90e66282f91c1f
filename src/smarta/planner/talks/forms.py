"""The development talk's forms: booking it, an agenda, the record of what was said."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from smarta import limits
from smarta.planner.bounded_fields import BoundedMeta, MomentField, TextField
from smarta.planner.goals.forms import ReadVersionField
from smarta.planner.models import Talk
from smarta.planner.profile.selectors import display_name
from smarta.planner.team import access


class TalkBookForm(forms.Form):
    report = forms.ModelChoiceField(queryset=None, label=gettext_lazy("With"))
    scheduled_for = MomentField(label=gettext_lazy("When"))

    def __init__(self, *args, manager, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the manager's own reports can be chosen; anyone else is an invalid choice.
        self.fields["report"].queryset = access.reports_of(manager)
        self.fields["report"].label_from_instance = display_name


class AgendaForm(forms.Form):
    text = TextField(
        limits.LONG_TEXT,
        label=gettext_lazy("My points for the talk"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NotesForm(forms.ModelForm):
    version = ReadVersionField()

    class Meta(BoundedMeta):
        model = Talk
        fields = ["notes", "proposals"]
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 6}),
            "proposals": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("version", self.instance.notes_version)
