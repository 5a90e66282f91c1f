from django.urls import path

from smarta.planner.talks import views as talks

urlpatterns = [
    path("talks/", talks.talk_list, name="talks"),
    path("talks/<id:pk>/", talks.talk_detail, name="talk"),
    path("talks/<id:pk>/agenda/", talks.talk_agenda, name="talk-agenda"),
    path("talks/<id:pk>/notes/", talks.talk_notes, name="talk-notes"),
    path("talks/<id:pk>/agree/", talks.talk_agree, name="talk-agree"),
    path("talks/<id:pk>/held/", talks.talk_held, name="talk-held"),
    path("talks/<id:pk>/cancel/", talks.talk_cancel, name="talk-cancel"),
    path("talks/<id:pk>/record.pdf", talks.talk_pdf, name="talk-pdf"),
]
