"""What every page's header shows: the bell's count of unread notifications."""

from __future__ import annotations

from smarta.planner.inbox.selectors import unread_count


def inbox(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    # a callable: counted only by a page that shows the header, not by every fragment
    return {"unread_count": lambda: unread_count(user)}
