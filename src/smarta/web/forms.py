"""The project's form renderer: every field of a Django form is drawn by one template.

``{{ form.field.as_field_group }}`` renders ``planner/_field.html``: its label, its help text
(which Django ties to the input with aria-describedby), the input, and its errors. The goal
page's hand-built inputs use the ``field_input`` tag, which writes the same markup.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates


class FormRenderer(DjangoTemplates):
    field_template_name = "planner/_field.html"
