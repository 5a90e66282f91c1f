from django.contrib.auth import views as auth_views
from django.urls import path

from smarta.planner.profile import signup
from smarta.planner.profile import views as profile
from smarta.planner.profile.accounts import EveryAccountResetForm

urlpatterns = [
    path("signup/", signup.signup, name="signup"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(form_class=EveryAccountResetForm),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("tree/", profile.goal_tree, name="goal-tree"),
    path("stand/", profile.stand, name="stand"),
    path("stand/areas/", profile.area_create, name="area-create"),
    path("stand/areas/<id:pk>/delete/", profile.area_delete, name="area-delete"),
    path("vision/", profile.vision, name="vision"),
]
