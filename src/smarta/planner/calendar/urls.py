from django.urls import path

from smarta.planner.calendar import views as calendar

urlpatterns = [
    path("calendar/", calendar.calendar_settings, name="calendar"),
    path("calendar/items/<slug:kind>/<id:pk>.ics", calendar.item_ics, name="item-ics"),
    path("calendar/<str:token>.ics", calendar.calendar_feed_view, name="calendar-feed"),
]
