from django.urls import path

from smarta.planner.data import views as data

urlpatterns = [
    path("my-data/", data.my_data, name="my-data"),
    path("my-data/smarta-plan.json", data.export_json, name="export-json"),
    path("my-data/smarta-plan.md", data.export_markdown, name="export-markdown"),
    path("my-data/smarta-plan.pdf", data.export_pdf, name="export-pdf"),
    path("my-data/import/", data.import_plan, name="import-plan"),
    path("my-data/delete-account/", data.account_delete, name="account-delete"),
    # a person marked as left: the link they were mailed, no sign-in
    path("leaving/<str:token>/", data.leaver_export, name="leaver-export"),
    path(
        "leaving/<str:token>/smarta-plan.<slug:extension>",
        data.leaver_export,
        name="leaver-export-file",
    ),
]
