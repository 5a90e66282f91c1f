"""One account per e-mail address, in any case: a unique index on the lower-cased address.

Existing duplicates are not merged silently: the migration names them and stops, so that an
admin decides which account stays (give the others another address, or delete them) and then
runs it again."""

from django.db import migrations
from django.db.models import Count
from django.db.models.functions import Lower

INDEX = "smarta_user_email_ci"


def refuse_duplicates(apps, schema_editor):
    User = apps.get_model("auth", "User")
    twice = (
        User.objects.exclude(email="")
        .annotate(low=Lower("email"))
        .values("low")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
    )
    lines = []
    for row in twice:
        names = User.objects.filter(email__iexact=row["low"]).values_list("username", flat=True)
        lines.append(f"  {row['low']}: {', '.join(sorted(names))}")
    if lines:
        raise RuntimeError(
            "Some e-mail addresses belong to more than one account. Smarta keeps one account "
            "per address and will not merge them for you: give the others another address, or "
            "delete them, in the admin, then migrate again.\n" + "\n".join(lines)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("planner", "0006_inbox"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(refuse_duplicates, migrations.RunPython.noop),
        # SQLite and PostgreSQL both take an index on an expression with a condition
        migrations.RunSQL(
            f"CREATE UNIQUE INDEX {INDEX} ON auth_user (lower(email)) WHERE email <> ''",
            f"DROP INDEX {INDEX}",
        ),
    ]
