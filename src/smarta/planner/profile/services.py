"""Writes to a person's profile: settings, where I stand, vision."""

from __future__ import annotations

from smarta.planner.models import (
    Area,
    Assessment,
    Profile,
    Vision,
)


def profile_for(user) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


def assessment_update(*, owner, **fields) -> Assessment:
    assessment, _ = Assessment.objects.update_or_create(owner=owner, defaults=fields)
    return assessment


def area_create(*, owner, name: str, kind: str, confidence: int, note: str = "") -> Area:
    return Area.objects.create(owner=owner, name=name, kind=kind, confidence=confidence, note=note)


def area_delete(*, area: Area) -> None:
    area.delete()


def vision_update(*, owner, **fields) -> Vision:
    vision, _ = Vision.objects.update_or_create(owner=owner, defaults=fields)
    return vision


def profile_update(*, user, **fields) -> Profile:
    profile = profile_for(user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save()
    return profile
