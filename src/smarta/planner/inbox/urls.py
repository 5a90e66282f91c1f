from django.urls import path

from smarta.planner.inbox import views as inbox

urlpatterns = [
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/<id:pk>/", inbox.inbox_open, name="inbox-open"),
    path("inbox/read/", inbox.inbox_read_all, name="inbox-read-all"),
    path("inbox/settings/", inbox.inbox_settings, name="inbox-settings"),
    path("waiting/", inbox.waiting, name="waiting"),
    path("account/name/", inbox.account_name, name="account-name"),
]
