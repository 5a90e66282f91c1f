"""A new password revokes the person's API tokens, however it was set.

A password changes through code Smarta does not own: the reset link's form, the admin's
password form, ``manage changepassword``; all of them call ``set_password()`` and then
``save()``. Hooking that save is the one place that sees every path, hence a signal here
rather than a call in each view. Django marks a real change the same way it decides to call
the password validators' ``password_changed()``: ``set_password()`` keeps the raw password on
the instance until the save. The re-hash at login (``check_password()`` upgrading an old
hash) clears it before saving, so it does not count: the password is the same.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .tokens import tokens_revoke_all


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="api-tokens-on-password")
def revoke_tokens_on_new_password(sender, instance, created: bool, **kwargs) -> None:
    if not created and getattr(instance, "_password", None) is not None:
        tokens_revoke_all(user=instance)
