from django.urls import path

from smarta.planner.people import views as people

urlpatterns = [
    path("hr/people/", people.people, name="people"),
    path("hr/people.csv", people.people_export, name="people-export"),
    path("hr/people/import/", people.people_import_file, name="people-import"),
    path("hr/people/new/", people.person_add, name="person-add"),
    path("hr/people/<id:pk>/", people.person, name="person"),
    path("hr/people/<id:pk>/invite/", people.person_invite, name="person-invite"),
    path("hr/people/<id:pk>/leaver-link/", people.person_leaver_link, name="person-leaver-link"),
]
