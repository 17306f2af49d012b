"""Editors work in the admin; what they save is theirs."""

import datetime

import pytest
from django.urls import reverse

from statements.ingest import load_text
from statements.models import Person, Quote

pytestmark = pytest.mark.django_db

ARTICLE = """Envoys meet in Vienna
Ruritania's foreign minister Anna Kovac said on Monday that "the door stays open."
"""


def change_form_data(admin_client, obj):
    """The admin's own change form for obj, as a browser would submit it unchanged."""
    url = reverse(f"admin:statements_{obj._meta.model_name}_change", args=[obj.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(getattr(v, "pk", v)) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = str(getattr(value, "pk", value))
    for prefix_data in admin_client.get(url).context["inline_admin_formsets"]:
        management = prefix_data.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management.initial.get(name, 0)
    return url, data


@pytest.fixture
def quote():
    load_text(ARTICLE, "vienna.txt")
    return Quote.objects.get()


def test_every_admin_list_answers(admin_client, quote):
    for model in ("article", "person", "quote", "proposedmeeting", "mention"):
        response = admin_client.get(reverse(f"admin:statements_{model}_changelist"), {"q": "Kovac"})
        assert response.status_code == 200, model


def test_saving_a_changed_quote_makes_it_the_editors(admin_client, quote):
    url, data = change_form_data(admin_client, quote)
    data["text"] = "the door stays open"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    quote.refresh_from_db()
    assert quote.edited
    assert quote.text == "the door stays open"


def test_relinking_a_quotes_speaker_keeps_the_name_on_the_row(admin_client, quote):
    other = Person.objects.create(name="Boris Lind", slug="boris-lind")
    url, data = change_form_data(admin_client, quote)
    data["speaker"] = str(other.pk)
    assert admin_client.post(url, data).status_code == 302
    quote.refresh_from_db()
    assert (quote.speaker_name, quote.method, quote.edited) == ("Boris Lind", Quote.Method.EDITOR, True)


def test_saving_a_changed_person_makes_them_the_editors(admin_client):
    person = Person.objects.create(name="Anna Kovac", slug="anna-kovac", role="minister")
    url, data = change_form_data(admin_client, person)
    data["role"] = "Foreign Minister of Ruritania"
    assert admin_client.post(url, data).status_code == 302
    person.refresh_from_db()
    assert person.edited and person.role == "Foreign Minister of Ruritania"


def test_saving_an_unchanged_record_does_not_claim_it(admin_client):
    person = Person.objects.create(name="Anna Kovac", slug="anna-kovac", role="minister")
    url, data = change_form_data(admin_client, person)
    assert admin_client.post(url, data).status_code == 302
    person.refresh_from_db()
    assert not person.edited


def test_a_person_an_editor_adds_survives_the_reload_of_a_changed_article(admin_client):
    response = admin_client.post(
        reverse("admin:statements_person_add"),
        {"name": "Mia Berg", "slug": "mia-berg", "kind": "person", "role": "envoy", "aliases": "", "country": ""},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    load_text(ARTICLE, "vienna.txt")
    load_text(ARTICLE + "\nA line added later.\n", "vienna.txt")
    assert Person.objects.get(slug="mia-berg").edited


def test_renaming_a_person_renames_their_quotes_for_search_and_lists(admin_client, quote):
    person = quote.speaker
    url, data = change_form_data(admin_client, person)
    data["name"] = "Ana Kovač"
    assert admin_client.post(url, data).status_code == 302
    quote.refresh_from_db()
    assert quote.speaker_name == "Ana Kovač"
    assert Quote.objects.search("Kovac").get() == quote


def test_retitling_redating_or_moving_an_article_reaches_its_quotes(admin_client, quote):
    article = quote.article
    url, data = change_form_data(admin_client, article)
    data["title"] = "Ruritania keeps its door open"
    data["published"] = "2024-03-05"
    data["published_precision"] = "day"
    data["outlet"] = "Ruritania Today"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    quote.refresh_from_db()
    assert (quote.article_title, quote.outlet) == ("Ruritania keeps its door open", "Ruritania Today")
    assert quote.said_on is None and quote.dated == datetime.date(2024, 3, 5)
    assert Quote.objects.search("Ruritania door").get() == quote


def test_a_quote_an_editor_adds_takes_its_articles_title_outlet_and_date(admin_client, quote):
    article = quote.article
    article.title, article.outlet, article.published = "Vienna talks", "Ruritania Today", datetime.date(2024, 3, 5)
    article.save()
    body_words = "the door stays open"
    response = admin_client.post(
        reverse("admin:statements_quote_add"),
        {"article": article.pk, "text": body_words, "start": article.body.find(body_words),
         "end": article.body.find(body_words) + len(body_words), "position": 5, "speaker_name": "",
         "speaker_as_printed": "", "speaker_role": "", "cue": "said", "method": "editor", "confidence": "1",
         "said_on_precision": "unknown"},
    )  # fmt: skip
    assert response.status_code == 302, response.context["adminform"].form.errors
    added = Quote.objects.exclude(pk=quote.pk).get()
    assert (added.article_title, added.outlet, added.dated) == ("Vienna talks", "Ruritania Today", article.published)
    assert added.edited
    assert [q.pk for q in Quote.objects.filter(outlet="Ruritania Today")] == [added.pk]
