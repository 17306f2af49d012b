"""Reads: the queries pages, exports, feeds and the admin share (attached to the models as managers)."""

from __future__ import annotations

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connections, models
from django.db.models import Case, Count, F, FloatField, Func, OuterRef, Prefetch, Q, Value, When
from django.db.models.functions import ExtractYear, TruncMonth

#: The text search configuration made in migration 0002: `english` with accents folded by `unaccent`.
SEARCH_CONFIG = "statements_english"
#: Marker characters asked of ts_headline around matches; they are swapped for <mark> after escaping.
MARK_START, MARK_STOP = "\ue000", "\ue001"
#: Lists count their rows up to this many; a count of COUNT_CAP + 1 means "more than COUNT_CAP".
COUNT_CAP = 10_000
#: Facets count the newest this many matches (all of them when there are no more).
FACET_SAMPLE = 1_000
#: Sorting by relevance ranks the newest this many matches; the other matches follow them, newest first.
RANKED = 1_000
#: Rows shown per facet (years: the newest YEAR_ROWS years).
FACET_ROWS, YEAR_ROWS = 10, 15


def clean_query(text: str) -> str:
    """Query text safe to hand to PostgreSQL: NUL bytes raise there, so they go."""
    return " ".join(text.replace("\x00", " ").split())


def web_search_query(text: str) -> SearchQuery:
    return SearchQuery(clean_query(text), search_type="websearch", config=SEARCH_CONFIG)


class Fold(Func):
    """Lower case and accents folded, as the people's `search_name` column holds names."""

    function = "statements_fold"
    output_field = models.TextField()


class QuoteQuerySet(models.QuerySet):
    def public(self):
        """What readers may see: never a rejected quote."""
        return self.filter(rejected=False)

    def for_listing(self):
        """Rows with what a quote card shows, in one query (no article body, no search vector)."""
        return self.select_related("speaker", "article", "meeting").defer(
            "search", "article__body", "article__original"
        )

    def newest_first(self):
        """Newest first, undated last: the order of the `quote_newest_idx` index, exactly."""
        return self.order_by(F("dated").desc(nulls_last=True), "-id")

    def oldest_first(self):
        return self.order_by(F("dated").asc(nulls_last=True), "id")

    def said_by(self, person):
        return self.filter(speaker=person)

    def for_leader(self, person):
        """Quotes that concern a person: said by them, naming them, or about a meeting they take part in.

        One set of ids made by a UNION of three indexed lookups: an OR of the three would keep
        PostgreSQL from using any index and scan every quote.
        """
        model = self.model
        said = model.objects.filter(speaker=person).order_by().values("pk")
        mentioned = model.mentioned.through.objects.filter(person=person).order_by().values("quote_id")
        meetings = model.meeting.field.related_model.participants.through.objects.filter(person=person)
        about = model.objects.filter(meeting_id__in=meetings.values("proposedmeeting_id")).order_by().values("pk")
        return self.filter(pk__in=said.union(mentioned, about))

    def search(self, text: str):
        """Full-text match over the quote's words, its speaker's name and its article's title."""
        return self.filter(search=web_search_query(text))

    def with_rank(self, text: str):
        return self.annotate(rank=SearchRank(F("search"), web_search_query(text)))

    def ranked_ids(self):
        """The ids of the newest RANKED rows: the ones a sort by relevance ranks."""
        return self.newest_first().values("pk")[:RANKED]

    def by_relevance(self, text: str):
        """The newest RANKED matches by rank (best first), then the other matches newest first.

        Ranking every match of a common word costs a sort of all of them (a quarter of a
        second at a million quotes); ranking the newest RANKED costs a few milliseconds.
        `page_ids` reads the same order in pieces that use the indexes.
        """
        rank = Case(
            When(pk__in=self.ranked_ids(), then=SearchRank(F("search"), web_search_query(text))),
            default=None,
            output_field=FloatField(),
        )
        return self.annotate(rank=rank).order_by(
            F("rank").desc(nulls_last=True), F("dated").desc(nulls_last=True), "-id"
        )

    def page_ids(self, sort: str, text: str, offset: int, limit: int):
        """(id, rank or None) of rows offset … offset + limit of this (filtered) queryset, as one query.

        `sort` is "relevance", "-date" or "date", as `QuoteFilter.results` orders them. For
        relevance, rows before RANKED come from the ranked newest RANKED matches and rows from
        RANKED on are the newest-first list's own rows (the two orders agree there).
        """
        base = self.order_by()
        no_rank = Value(None, output_field=FloatField())
        if sort == "date":
            return base.oldest_first().values_list("pk", no_rank)[offset : offset + limit]
        newest = base.newest_first().values_list("pk", no_rank)
        if sort != "relevance":
            return newest[offset : offset + limit]
        parts = []
        if offset < RANKED:
            ranked = (
                self.model.objects.filter(pk__in=base.ranked_ids())
                .with_rank(text)
                .order_by(F("rank").desc(), F("dated").desc(nulls_last=True), "-id")
                .values_list("pk", "rank")
            )
            parts.append(ranked[offset : min(offset + limit, RANKED)])
        if offset + limit > RANKED:
            parts.append(newest[max(offset, RANKED) : offset + limit])
        return parts[0].union(parts[1], all=True) if len(parts) == 2 else parts[0]

    def in_order(self, ids_and_ranks: list[tuple[int, float | None]], ranked: bool = False) -> list:
        """These rows (one query), in the order of `ids_and_ranks`, with `rank` set when `ranked`."""
        if not ids_and_ranks:
            return []
        rows = {row.pk: row for row in self.filter(pk__in=[pk for pk, _ in ids_and_ranks]).order_by()}
        ordered = []
        for pk, rank in ids_and_ranks:
            row = rows.get(pk)
            if row is not None:
                if ranked:
                    row.rank = rank
                ordered.append(row)
        return ordered

    def with_headline(self, text: str):
        """`headline`: the whole quote with matching words between MARK_START and MARK_STOP (not escaped).

        HighlightAll keeps every character of the quote: in fragment mode ts_headline drops
        anything that looks like an HTML tag, and a quote must be shown word for word.
        """
        return self.annotate(
            headline=SearchHeadline(
                "text",
                web_search_query(text),
                config=SEARCH_CONFIG,
                start_sel=MARK_START,
                stop_sel=MARK_STOP,
                highlight_all=True,
            )
        )

    # Facets: counts over (a bounded sample of) the current result set ---------------------

    def overview(self, sort: str, text: str, offset: int, limit: int, facets: bool = True, speakers: bool = True):
        """(count, facets, [(id, rank or None)] of the page) in one SQL statement.

        - count: exact up to COUNT_CAP; COUNT_CAP + 1 means "more". Read from up to COUNT_CAP + 1
          matches in whatever order is cheapest (no sort): `m` below.
        - facets (when `facets`): over the newest FACET_SAMPLE matches (all of them when there are
          no more): sorted in memory from `m` when the matches are at most COUNT_CAP, else read by
          the date index (`w`). Each facet is a list of rows shaped as `top_speakers` … `top_cues` make them;
          speakers are left out unless `speakers`. One pass, with GROUPING SETS.
        - the page's ids in the order `page_ids` gives: sorted in memory from `m` when the
          matches are few; from `w` (ranked) or by `page_ids`' own indexed query when they are many.

        Whichever of the two ways does not apply is cut off by a one-time filter on the count, so
        PostgreSQL never runs it; a search reads its matches once.
        """
        connection = connections[self.db]

        def compiled(queryset):
            return queryset.query.get_compiler(connection=connection).as_sql()

        base = self.order_by()
        ranking = sort == "relevance"
        columns = {
            "qid": F("pk"), "qdated": F("dated"), "qspeaker": F("speaker_id"), "qarticle": F("article_id"),
            "qmeeting": F("meeting_id"), "qcue": F("cue"), "qoutlet": F("outlet"),
        }  # fmt: skip
        m_sql, m_params = compiled(base.values(**columns)[: COUNT_CAP + 1])
        walked = dict(columns)
        if ranking:
            walked["qrank"] = SearchRank(F("search"), web_search_query(text))
        walk = max(FACET_SAMPLE, RANKED) if ranking else FACET_SAMPLE
        w_sql, w_params = compiled(base.newest_first().values(**walked)[:walk])
        big = "(SELECT total FROM t) > %s"
        small = "(SELECT total FROM t) <= %s"
        sql = [
            f"""
            WITH m AS MATERIALIZED ({m_sql}),
            t AS MATERIALIZED (SELECT count(*) AS total FROM m),
            w AS MATERIALIZED (SELECT row_number() OVER () AS pos, x.* FROM ({w_sql}) x WHERE {big})"""
        ]
        params = [*m_params, *w_params, COUNT_CAP]

        # The page's ids.
        newest, oldest = "qdated DESC NULLS LAST, qid DESC", "qdated ASC NULLS LAST, qid ASC"
        sql.append(f", sm AS (SELECT m.*, row_number() OVER (ORDER BY {newest}) AS pos FROM m WHERE {small})")
        params.append(COUNT_CAP)
        if ranking:
            tsquery = "websearch_to_tsquery(%s::regconfig, %s)"
            sql.append(f"""
            , few AS (
                SELECT qid, qdated, CASE WHEN pos <= %s THEN (
                    SELECT ts_rank(search, {tsquery}) FROM statements_quote WHERE id = qid
                ) END AS qrank FROM sm
            )""")
            params += [RANKED, SEARCH_CONFIG, clean_query(text)]
            order = f"qrank DESC NULLS LAST, {newest}"
        else:
            sql.append(", few AS (SELECT qid, qdated, NULL::float8 AS qrank FROM sm)")
            order = oldest if sort == "date" else newest
        sql.append(f"""
            , ids AS (
                SELECT row_number() OVER () AS ord, y.* FROM (
                    SELECT qid, qrank FROM few ORDER BY {order} OFFSET %s LIMIT %s) y""")
        params += [offset, limit]
        if ranking and offset + limit <= RANKED:
            sql.append(f"""
                UNION ALL
                SELECT row_number() OVER () AS ord, y.* FROM (
                    SELECT qid, qrank FROM w WHERE pos <= %s ORDER BY qrank DESC, {newest} OFFSET %s LIMIT %s) y""")
            params += [RANKED, offset, limit]
        else:
            ids_sql, ids_params = compiled(self.page_ids(sort, text, offset, limit))
            sql.append(f"""
                UNION ALL
                SELECT row_number() OVER () AS ord, y.qid, y.qrank::float8 FROM ({ids_sql}) y (qid, qrank)
                WHERE {big}""")
            params += [*ids_params, COUNT_CAP]
        sql.append(")")

        # The facets.
        keys = {  # facet: the expression it groups by
            "speakers": "s.qspeaker",
            "outlets": "s.qoutlet",
            "years": "EXTRACT(YEAR FROM s.qdated)::int",
            "meetings": "s.qmeeting",
            "cues": "s.qcue",
        }
        if not speakers:
            del keys["speakers"]
        if facets:
            facet = " ".join(f"WHEN GROUPING({key}) = 0 THEN '{name}'" for name, key in keys.items())
            sql.append(f"""
            , s AS (
                SELECT qspeaker, qoutlet, qdated, qmeeting, qcue FROM sm WHERE pos <= %s
                UNION ALL
                SELECT qspeaker, qoutlet, qdated, qmeeting, qcue FROM w WHERE pos <= %s
            ),
            f AS (
                SELECT CASE {facet} END AS facet,
                       {keys.get("speakers", "NULL::bigint")} AS speaker_id, s.qoutlet AS outlet,
                       {keys["years"]} AS year, s.qmeeting AS meeting_id, s.qcue AS cue, count(*) AS count
                FROM s
                GROUP BY GROUPING SETS ({", ".join(f"({key})" for key in keys.values())})
            ),
            r AS (
                SELECT f.*, rank() OVER (PARTITION BY facet ORDER BY CASE WHEN facet = 'years' THEN -year
                                                                           ELSE -count END) AS place
                FROM f
                WHERE CASE facet WHEN 'speakers' THEN speaker_id IS NOT NULL WHEN 'outlets' THEN outlet <> ''
                                 WHEN 'years' THEN year IS NOT NULL WHEN 'meetings' THEN meeting_id IS NOT NULL
                                 ELSE cue <> '' END
            )""")
            params += [FACET_SAMPLE, FACET_SAMPLE]
            rows_sql = """
            SELECT t.total, r.facet, r.count, r.year, r.outlet, r.cue, p.slug, p.name,
                   r.meeting_id, mt.kind, mt.venue, mt.status, NULL::bigint, NULL::float8, NULL::bigint
            FROM t
            LEFT JOIN r ON r.place <= %s
            LEFT JOIN statements_person p ON p.id = r.speaker_id
            LEFT JOIN statements_proposedmeeting mt ON mt.id = r.meeting_id"""
            params.append(max(FACET_ROWS, YEAR_ROWS))
        else:
            rows_sql = """
            SELECT t.total, NULL, NULL::bigint, NULL::int, NULL, NULL, NULL, NULL, NULL::bigint, NULL, NULL, NULL,
                   NULL::bigint, NULL::float8, NULL::bigint
            FROM t"""
        sql.append(rows_sql)
        sql.append("""
            UNION ALL
            SELECT NULL, 'id', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, qid, qrank, ord FROM ids""")
        with connection.cursor() as cursor:
            cursor.execute("".join(sql), params)
            rows = cursor.fetchall()

        total, ids = 0, []
        found: dict[str, list] = {"speakers": [], "outlets": [], "years": [], "meetings": [], "cues": []}
        for row in rows:
            total_, facet, count, year, outlet, cue, slug, name, meeting_id, kind, venue, status, pk, rank, ord_ = row
            if facet == "id":
                ids.append((ord_, pk, rank))
                continue
            total = total_
            if facet == "speakers":
                found[facet].append({"speaker__slug": slug, "speaker__name": name, "count": count})
            elif facet == "outlets":
                found[facet].append({"outlet": outlet, "count": count})
            elif facet == "years":
                first, last = f"{year:04d}-01-01", f"{year:04d}-12-31"
                found[facet].append({"year": year, "count": count, "first": first, "last": last})
            elif facet == "meetings":
                found[facet].append(
                    {"meeting_id": meeting_id, "meeting__kind": kind, "meeting__venue": venue,
                     "meeting__status": status, "count": count}
                )  # fmt: skip
            elif facet == "cues":
                found[facet].append({"cue": cue, "count": count})
        orders = {
            "speakers": lambda row: (-row["count"], row["speaker__name"]),
            "outlets": lambda row: (-row["count"], row["outlet"]),
            "years": lambda row: -row["year"],
            "meetings": lambda row: (-row["count"], -row["meeting_id"]),
            "cues": lambda row: (-row["count"], row["cue"]),
        }
        counted = {
            name: sorted(rows, key=orders[name])[: YEAR_ROWS if name == "years" else FACET_ROWS]
            for name, rows in found.items()
            if rows
        }
        return total, counted, [(pk, rank) for _, pk, rank in sorted(ids)]

    def top_speakers(self, n: int = 10):
        return list(
            self.exclude(speaker=None)
            .values("speaker__slug", "speaker__name")
            .annotate(count=Count("pk"))
            .order_by("-count", "speaker__name")[:n]
        )

    def top_outlets(self, n: int = 10):
        return list(
            self.exclude(outlet="").values("outlet").annotate(count=Count("pk")).order_by("-count", "outlet")[:n]
        )

    def top_years(self, n: int = 15):
        """[{year, count, first, last}] newest year first; first/last are the year's bounds as ISO dates."""
        rows = list(
            self.exclude(dated=None)
            .annotate(year=ExtractYear("dated"))
            .values("year")
            .annotate(count=Count("pk"))
            .order_by("-year")[:n]
        )
        for row in rows:
            row["first"], row["last"] = f"{row['year']:04d}-01-01", f"{row['year']:04d}-12-31"
        return rows

    def top_meetings(self, n: int = 10):
        return list(
            self.exclude(meeting=None)
            .values("meeting_id", "meeting__kind", "meeting__venue", "meeting__status")
            .annotate(count=Count("pk"))
            .order_by("-count", "-meeting_id")[:n]
        )

    def top_cues(self, n: int = 10):
        return list(self.exclude(cue="").values("cue").annotate(count=Count("pk")).order_by("-count", "cue")[:n])

    def per_month(self):
        """[(first day of month, count)] in date order, undated quotes left out."""
        rows = (
            self.exclude(dated=None)
            .annotate(month=TruncMonth("dated"))
            .values("month")
            .annotate(count=Count("pk"))
            .order_by("month")
        )
        return [(row["month"], row["count"]) for row in rows]


class PersonQuerySet(models.QuerySet):
    def with_quote_counts(self):
        quotes = self.model.quotes.field.model.objects.filter(rejected=False, speaker=OuterRef("pk"))
        counts = quotes.order_by().values("speaker").annotate(n=Count("pk")).values("n")
        return self.annotate(quote_count=models.functions.Coalesce(models.Subquery(counts), 0))

    def most_quoted(self, n: int = 10, among: int = COUNT_CAP):
        """The people with the most quotes among the newest `among` (public) quotes, most first
        (as a list, each with `quote_count`).

        Counting every quote of every person reads the whole quote table (half a second at a
        million quotes); the newest `among` come from the date index and are counted by speaker
        before any person is joined.
        """
        quote = self.model.quotes.field.model
        newest = quote.objects.public().newest_first().values("speaker_id")[:among]
        newest_sql, params = newest.query.get_compiler(using=self.db).as_sql()
        table = self.model._meta.db_table
        return list(
            self.raw(
                f"""SELECT p.*, c.quote_count
                    FROM (SELECT s.speaker_id, count(*) AS quote_count FROM ({newest_sql}) s
                          WHERE s.speaker_id IS NOT NULL GROUP BY s.speaker_id) c
                    JOIN {table} p ON p.id = c.speaker_id
                    ORDER BY c.quote_count DESC, p.name LIMIT %s""",
                (*params, n),
            )
        )

    def matching(self, text: str):
        """People whose name or an alias contains the text or resembles it (typos, accents folded)."""
        text = clean_query(text)
        if not text:
            return self
        folded = Fold(Value(text))
        return (
            self.filter(Q(search_name__contains=folded) | Q(search_name__trigram_word_similar=folded))
            .annotate(similarity=TrigramWordSimilarity(folded, "search_name"))
            .order_by("-similarity", "name")
        )

    def resembling(self, text: str, threshold: float = 0.5):
        """People whose name looks like a misspelling of the text (for "did you mean")."""
        text = clean_query(text)
        if len(text) < 3:
            return self.none()
        folded = Fold(Value(text))
        return (
            self.annotate(similarity=TrigramWordSimilarity(folded, "search_name"))
            .filter(search_name__trigram_word_similar=folded, similarity__gte=threshold)
            .order_by("-similarity", "name")
        )


class ArticleQuerySet(models.QuerySet):
    def for_listing(self):
        quotes = models.Count("quotes", filter=Q(quotes__rejected=False))
        return self.defer("body", "original").annotate(quote_count=quotes)

    def newest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-id")


class MeetingQuerySet(models.QuerySet):
    def for_listing(self):
        person = self.model.participants.field.related_model
        return self.select_related("proposed_by").prefetch_related(
            Prefetch("participants", queryset=person.objects.order_by("name"))
        )

    def in_the_news(self):
        return self.order_by(F("status_on").desc(nulls_last=True), "-id")

    def with_participant(self, person):
        return self.filter(participants=person)
