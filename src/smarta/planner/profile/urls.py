from django.contrib.auth import views as auth_views
from django.urls import path

from smarta.planner.profile import signup
from smarta.planner.profile import views as profile
from smarta.planner.profile.accounts import EveryAccountResetForm
from smarta.planner.profile.signin import (
    LoginView,
    OrganisationCallback,
    OrganisationSignIn,
    only_if,
    password_login,
    signup_page_open,
)

# The password pages are not there while SMARTA_PASSWORD_LOGIN is off.
passwords = only_if(password_login)

urlpatterns = [
    path("signup/", only_if(signup_page_open)(signup.signup), name="signup"),
    path("login/", LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # The names are the library's: its views reverse the callback's.
    path("oidc/authenticate/", OrganisationSignIn.as_view(), name="oidc_authentication_init"),
    path("oidc/callback/", OrganisationCallback.as_view(), name="oidc_authentication_callback"),
    path(
        "password/reset/",
        passwords(auth_views.PasswordResetView.as_view(form_class=EveryAccountResetForm)),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        passwords(auth_views.PasswordResetDoneView.as_view()),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        passwords(auth_views.PasswordResetConfirmView.as_view()),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        passwords(auth_views.PasswordResetCompleteView.as_view()),
        name="password_reset_complete",
    ),
    path("tree/", profile.goal_tree, name="goal-tree"),
    path("stand/", profile.stand, name="stand"),
    path("stand/areas/", profile.area_create, name="area-create"),
    path("stand/areas/<id:pk>/delete/", profile.area_delete, name="area-delete"),
    path("vision/", profile.vision, name="vision"),
]
