"""The admin: accounts with their department and manager (the reporting lines), departments."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Department, Profile

User = get_user_model()


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "people"]
    search_fields = ["name"]

    @admin.display(description=_("people"))
    def people(self, department: Department) -> int:
        return department.profiles.count()


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "department", "manager"]
    list_filter = ["department"]
    list_select_related = ["user", "department", "manager"]
    search_fields = ["user__username", "user__email", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user", "manager", "department"]
    fields = ["user", "department", "manager", "language"]


class ProfileInline(admin.StackedInline):
    model = Profile
    fk_name = "user"  # the profile also points at the manager
    fields = ["department", "manager"]
    autocomplete_fields = ["manager", "department"]
    can_delete = False


admin.site.unregister(User)


@admin.register(User)
class PersonAdmin(UserAdmin):
    inlines = [ProfileInline]
