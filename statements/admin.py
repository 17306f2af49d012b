from django.contrib import admin
from django.db import models

from .models import Article, MeetingEvent, Mention, Person, ProposedMeeting, Quote


class EditorsAdmin(admin.ModelAdmin):
    """A record an editor adds, or saves with changes, is the editor's: reloads never touch it again."""

    def save_model(self, request, obj, form, change):
        if not change or set(form.changed_data) - {"edited", "verified", "rejected"}:
            obj.edited = True
        super().save_model(request, obj, form, change)


@admin.register(Article)
class ArticleAdmin(EditorsAdmin):
    list_display = ["title", "outlet", "published", "published_precision", "source_name", "edited", "verified"]
    list_filter = ["outlet", "published_precision", "published_source", "edited", "verified", "language"]
    search_fields = ["title", "outlet", "source_name", "byline"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "original", "body", "extraction_version", "loaded_at"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # a URL typed without one

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if {"title", "outlet", "published"} & set(form.changed_data):
            obj.refresh_quote_copies()


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["text", "speaker", "cue", "rejected"]
    raw_id_fields = ["speaker"]
    extra = 0
    show_change_link = True


@admin.register(Person)
class PersonAdmin(EditorsAdmin):
    list_display = ["name", "kind", "role", "country", "is_leader", "edited", "verified"]
    list_filter = ["kind", "is_leader", "edited", "verified", "country"]
    search_fields = ["name", "aliases", "role"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "name" in form.changed_data:
            obj.refresh_quote_copies()


@admin.register(Quote)
class QuoteAdmin(EditorsAdmin):
    list_display = ["__str__", "speaker", "cue", "method", "confidence", "dated", "edited", "verified", "rejected"]
    list_filter = ["method", "rejected", "edited", "verified", "said_on_precision", "article__outlet"]
    search_fields = ["text", "speaker_name", "speaker_as_printed", "article__title"]
    raw_id_fields = ["article", "speaker", "meeting"]
    filter_horizontal = ["mentioned"]
    date_hierarchy = "dated"
    list_select_related = ["speaker", "article"]
    readonly_fields = ["article_title", "outlet"]

    def save_model(self, request, obj, form, change):
        if "speaker" in form.changed_data:
            obj.speaker_name = obj.speaker.name if obj.speaker else ""
            obj.method = Quote.Method.EDITOR
            obj.confidence = 1.0
        if not change or {"article", "said_on"} & set(form.changed_data):
            obj.take_article_copies()
        super().save_model(request, obj, form, change)


class MeetingEventInline(admin.TabularInline):
    model = MeetingEvent
    raw_id_fields = ["article", "quote"]
    extra = 0


@admin.register(ProposedMeeting)
class ProposedMeetingAdmin(EditorsAdmin):
    list_display = ["__str__", "kind", "status", "status_on", "venue", "proposed_by", "edited", "verified"]
    list_filter = ["kind", "status", "edited", "verified"]
    search_fields = ["venue", "participants__name", "proposed_by__name"]
    filter_horizontal = ["participants"]
    raw_id_fields = ["proposed_by"]
    inlines = [MeetingEventInline]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["person", "article", "role"]
    search_fields = ["person__name", "article__title", "role"]
    raw_id_fields = ["person", "article"]
