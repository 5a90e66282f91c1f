from django.urls import path

from smarta.planner.feedback import views as feedback

urlpatterns = [
    path("goals/<id:pk>/feedback/", feedback.feedback_invite, name="feedback-invite"),
    path("feedback/<id:pk>/revoke/", feedback.feedback_revoke, name="feedback-revoke"),
    path("feedback/", feedback.feedback_inbox, name="feedback-inbox"),
    path("feedback/requests/<id:pk>/", feedback.feedback_give, name="feedback-give"),
    path("feedback/<str:secret>/", feedback.feedback_answer, name="feedback-answer"),
]
