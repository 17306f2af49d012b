"""Quotes keep a copy of their article's outlet, so that the outlet filter reads one index."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0002_search"),
    ]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="outlet",
            field=models.CharField(
                blank=True, help_text="The article's outlet, kept here for filters.", max_length=200
            ),
        ),
        migrations.RunSQL(
            "UPDATE statements_quote q SET outlet = a.outlet FROM statements_article a "
            "WHERE a.id = q.article_id AND a.outlet <> ''",
            reverse_sql=migrations.RunSQL.noop,
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                models.F("outlet"),
                models.OrderBy(models.F("dated"), descending=True, nulls_last=True),
                models.OrderBy(models.F("id"), descending=True),
                name="quote_outlet_newest_idx",
            ),
        ),
    ]
