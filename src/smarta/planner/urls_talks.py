from django.urls import path

from .views import talks

urlpatterns = [
    path("talks/", talks.talk_list, name="talks"),
    path("talks/<int:pk>/", talks.talk_detail, name="talk"),
    path("talks/<int:pk>/agenda/", talks.talk_agenda, name="talk-agenda"),
    path("talks/<int:pk>/notes/", talks.talk_notes, name="talk-notes"),
    path("talks/<int:pk>/agree/", talks.talk_agree, name="talk-agree"),
    path("talks/<int:pk>/held/", talks.talk_held, name="talk-held"),
    path("talks/<int:pk>/cancel/", talks.talk_cancel, name="talk-cancel"),
    path("talks/<int:pk>/record.pdf", talks.talk_pdf, name="talk-pdf"),
]
