"""Loading articles: idempotent, editors' work kept, bad files reported."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.extraction import EXTRACTION_VERSION, ExtractedArticle, PartialDate
from statements.extraction import Meeting as ExtractedMeeting
from statements.extraction import Person as ExtractedPerson
from statements.ingest import LOADED, UNCHANGED, UPDATED, ingest, load_text
from statements.models import Article, Person, ProposedMeeting, Quote

pytestmark = pytest.mark.django_db

ARTICLE = """Ministers weigh a summit
The foreign minister of Ruritania, Anna Kovac, said on Monday that talks were "possible in the spring."
"We are ready to listen," Kovac told reporters. "Nothing is excluded."
"""

CHANGED = ARTICLE + 'Later, Kovac added: "We will not wait forever."\n'


def counts():
    return Article.objects.count(), Quote.objects.count(), Person.objects.count()


def load_command(*paths):
    out, err = StringIO(), StringIO()
    try:
        call_command("load_articles", *map(str, paths), stdout=out, stderr=err)
    except CommandError as error:
        return 1, out.getvalue(), err.getvalue() + str(error)
    return 0, out.getvalue(), err.getvalue()


def test_loading_the_same_text_twice_changes_nothing():
    first = load_text(ARTICLE, "kovac.txt")
    before = counts()
    quote_ids = set(Quote.objects.values_list("id", flat=True))
    second = load_text(ARTICLE, "kovac.txt")
    assert (first.outcome, second.outcome) == (LOADED, UNCHANGED)
    assert counts() == before
    assert set(Quote.objects.values_list("id", flat=True)) == quote_ids


def test_reloading_the_seed_folder_is_idempotent(seeded, tmp_path):
    before = counts()
    code, out, _ = load_command("fixtures/seeds")
    assert code == 0
    assert "0 loaded, 0 updated, 5 unchanged, 0 failed" in out
    assert counts() == before


def test_a_changed_file_replaces_machine_quotes():
    load_text(ARTICLE, "kovac.txt")
    result = load_text(CHANGED, "kovac.txt")
    assert result.outcome == UPDATED
    assert Article.objects.count() == 1
    texts = list(Quote.objects.values_list("text", flat=True))
    assert "We will not wait forever." in texts
    assert len(texts) == len(set(texts))


def test_reload_keeps_editor_changes():
    load_text(ARTICLE, "kovac.txt")
    quote = Quote.objects.get(text__startswith="We are ready")
    quote.text = "We are ready to listen, [said] Kovac."
    quote.edited = True
    quote.save()
    person = Person.objects.get(name__contains="Kovac")
    person.role = "Foreign Minister of Ruritania"
    person.edited = True
    person.save()

    load_text(CHANGED, "kovac.txt")

    quote.refresh_from_db()
    person.refresh_from_db()
    assert quote.text == "We are ready to listen, [said] Kovac."
    assert person.role == "Foreign Minister of Ruritania"
    assert Quote.objects.filter(article__source_name="kovac.txt", text="We will not wait forever.").exists()


def test_an_editors_quote_takes_the_new_title_and_date_of_a_changed_article():
    load_text(ARTICLE, "kovac.txt")
    Quote.objects.filter(text="Nothing is excluded.").update(verified=True)
    load_text("Ministers weigh a spring summit\nMay 4, 2023\n" + CHANGED.split("\n", 1)[1], "kovac.txt")
    kept = Quote.objects.get(text="Nothing is excluded.")
    assert kept.verified
    assert kept.article_title == "Ministers weigh a spring summit"
    assert kept.article.published == date(2023, 5, 4)
    assert kept.dated == (kept.said_on or date(2023, 5, 4))
    assert set(Quote.objects.values_list("article_title", flat=True)) == {"Ministers weigh a spring summit"}


def test_reload_never_brings_back_a_rejected_quote():
    load_text(ARTICLE, "kovac.txt")
    Quote.objects.filter(text="Nothing is excluded.").update(rejected=True)
    load_text(CHANGED, "kovac.txt")
    matching = Quote.objects.filter(text="Nothing is excluded.")
    assert matching.count() == 1
    assert matching.get().rejected


def test_an_editors_quote_is_reanchored_in_a_changed_body():
    load_text(ARTICLE, "kovac.txt")
    Quote.objects.filter(text="Nothing is excluded.").update(verified=True)
    load_text("Breaking: a correction was appended above.\n" + CHANGED, "kovac.txt")
    quote = Quote.objects.get(text="Nothing is excluded.")
    assert quote.article.body[quote.start : quote.end] == quote.text


def test_a_bad_file_among_good_ones_is_reported_and_the_others_load(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 20)
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 summit\nThe minister said \u201cyes.\u201d\n".encode("cp1252"))
    code, out, err = load_command(tmp_path)
    assert code == 1
    assert "empty.txt: empty file" in err
    assert "binary.txt: binary file" in err
    assert "2 loaded, 0 updated, 0 unchanged, 2 failed" in out
    assert set(Article.objects.values_list("source_name", flat=True)) == {"good.txt", "latin.txt"}


def test_a_missing_path_is_reported(tmp_path):
    code, _, err = load_command(tmp_path / "nowhere.txt")
    assert code == 1
    assert "nowhere.txt: no such file or folder" in err


def test_dry_run_writes_nothing(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = StringIO()
    call_command("load_articles", str(tmp_path), "--dry-run", stdout=out)
    assert "rolled back" in out.getvalue()
    assert counts() == (0, 0, 0)


def test_extract_prints_one_json_object_per_article_and_touches_no_database():
    out = StringIO()
    call_command("extract", "fixtures/seeds", "--format", "jsonl", stdout=out)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 5
    assert {"file", "title", "outlet", "published", "quotes", "persons", "meetings"} <= set(lines[0])
    assert Article.objects.count() == 0


def extracted(name, text, people, meetings=(), published=None):
    body = text
    return ExtractedArticle(
        source_name=name,
        original=text,
        title=name,
        body=body,
        published=PartialDate(published, "day") if published else PartialDate(),
        people=list(people),
        meetings=list(meetings),
    )


LEADERS = [
    ExtractedPerson(name="Anna Kovac", role="President of Ruritania", is_leader=True),
    ExtractedPerson(name="Boris Lind", role="Prime Minister of Freedonia", is_leader=True),
]


def summit(status):
    return ExtractedMeeting(kind="summit", participants=["Boris Lind", "Anna Kovac"], status=status)


def test_the_same_meeting_in_two_articles_is_one_meeting_with_a_dated_trail():
    ingest(extracted("a.txt", "A summit was proposed.", LEADERS, [summit("proposed")], date(2024, 3, 1)))
    ingest(extracted("b.txt", "The summit was held.", LEADERS, [summit("held")], date(2024, 5, 2)))
    meeting = ProposedMeeting.objects.get()
    assert meeting.status == "held"
    assert meeting.status_on == date(2024, 5, 2)
    assert list(meeting.events.values_list("status", "article__source_name")) == [
        ("proposed", "a.txt"),
        ("held", "b.txt"),
    ]
    assert {p.name for p in meeting.participants.all()} == {"Anna Kovac", "Boris Lind"}


def test_meetings_years_apart_stay_apart():
    ingest(extracted("a.txt", "A summit was held.", LEADERS, [summit("held")], date(2015, 3, 1)))
    ingest(extracted("b.txt", "Another summit was held.", LEADERS, [summit("held")], date(2024, 3, 1)))
    assert ProposedMeeting.objects.count() == 2


def test_an_editors_meeting_keeps_its_status_but_gains_the_trail():
    ingest(extracted("a.txt", "A summit was proposed.", LEADERS, [summit("proposed")], date(2024, 3, 1)))
    ProposedMeeting.objects.update(status="rejected", edited=True)
    ingest(extracted("b.txt", "The summit was held.", LEADERS, [summit("held")], date(2024, 5, 2)))
    meeting = ProposedMeeting.objects.get()
    assert meeting.status == "rejected"
    assert meeting.events.count() == 2


def test_a_person_is_one_record_across_articles_and_spellings():
    ingest(extracted("a.txt", "x", [ExtractedPerson(name="Volodymyr Zelenskyy", aliases=["Zelensky"])]))
    ingest(extracted("b.txt", "y", [ExtractedPerson(name="Zelensky", role="Ukrainian President")]))
    person = Person.objects.get()
    assert person.slug == "volodymyr-zelenskyy"
    assert person.mentions.count() == 2


def test_an_editors_person_is_not_overwritten():
    ingest(extracted("a.txt", "x", [ExtractedPerson(name="Anna Kovac", role="minister")]))
    Person.objects.update(role="Foreign Minister of Ruritania", edited=True)
    ingest(extracted("b.txt", "y", [ExtractedPerson(name="Anna Kovac", role="ex-minister", is_leader=True)]))
    person = Person.objects.get()
    assert (person.role, person.is_leader) == ("Foreign Minister of Ruritania", False)


def test_a_surname_alone_joins_the_one_person_known_by_it():
    ingest(extracted("a.txt", "x", [ExtractedPerson(name="Anna Kovac", role="minister")]))
    ingest(extracted("b.txt", "y", [ExtractedPerson(name="Kovac")]))
    assert list(Person.objects.values_list("name", flat=True)) == ["Anna Kovac"]


def test_a_role_phrase_alias_never_merges_two_people():
    ingest(extracted("a.txt", "x", [ExtractedPerson(name="Anna Kovac", aliases=["the spokeswoman"])]))
    ingest(extracted("b.txt", "y", [ExtractedPerson(name="Mia Berg", aliases=["the spokeswoman"])]))
    assert Person.objects.count() == 2


def test_an_undated_report_does_not_override_a_dated_status():
    ingest(extracted("a.txt", "The summit was held.", LEADERS, [summit("held")], date(2024, 5, 2)))
    ingest(extracted("b.txt", "A summit was proposed.", LEADERS, [summit("proposed")]))
    assert ProposedMeeting.objects.get().status == "held"


def test_reloading_a_changed_article_recomputes_the_meetings_status():
    ingest(extracted("a.txt", "A summit was proposed.", LEADERS, [summit("proposed")], date(2024, 3, 1)))
    ingest(extracted("b.txt", "The summit was postponed.", LEADERS, [summit("postponed")], date(2024, 5, 2)))
    ingest(extracted("b.txt", "The summit is still on.", LEADERS, [summit("")], date(2024, 5, 2)))
    meeting = ProposedMeeting.objects.get()
    assert (meeting.status, meeting.status_on) == ("proposed", date(2024, 3, 1))


def test_a_persons_role_is_the_first_an_article_gave_whatever_the_loading_order():
    ingest(extracted("a.txt", "x", [ExtractedPerson(name="Anna Kovac", role="Foreign Minister")]))
    ingest(extracted("b.txt", "y", [ExtractedPerson(name="Anna Kovac", role="Prime Minister")]))
    person = Person.objects.get()
    assert person.role == "Foreign Minister"
    assert set(person.mentions.values_list("role", flat=True)) == {"Foreign Minister", "Prime Minister"}


def test_a_new_extraction_version_extracts_the_same_text_anew_and_keeps_editors_work():
    load_text(ARTICLE, "kovac.txt")
    Quote.objects.filter(text="Nothing is excluded.").update(verified=True)
    Article.objects.update(extraction_version="older")
    result = load_text(ARTICLE, "kovac.txt")
    assert result.outcome == UPDATED
    assert Article.objects.get().extraction_version == EXTRACTION_VERSION
    assert Quote.objects.filter(text="Nothing is excluded.", verified=True).count() == 1
    assert Quote.objects.filter(text="Nothing is excluded.").count() == 1
    assert load_text(ARTICLE, "kovac.txt").outcome == UNCHANGED


def test_a_reload_drops_the_people_and_meetings_only_its_previous_text_named():
    ingest(extracted("a.txt", "A summit was proposed.", LEADERS, [summit("proposed")], date(2024, 3, 1)))
    ingest(extracted("a.txt", "Nothing about a summit.", LEADERS[:1], [], date(2024, 3, 1)))
    assert list(Person.objects.values_list("name", flat=True)) == ["Anna Kovac"]
    assert not ProposedMeeting.objects.exists()
