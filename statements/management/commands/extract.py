import json

from django.core.management.base import BaseCommand, CommandError

from statements.extraction import extract_article
from statements.sources import BadArticle, expand_paths, read_article


class Command(BaseCommand):
    help = "Print what the extraction finds in article files, touching no database."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, folders or glob patterns")
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")

    def handle(self, *args, paths, **options):
        files, unmatched = expand_paths(paths)
        failed = [f"{pattern}: no such file" for pattern in unmatched]
        for source in files:
            try:
                text = read_article(source)
            except BadArticle as error:
                failed.append(f"{source.path}: {error}")
                continue
            article = extract_article(text, source.name)
            self.stdout.write(json.dumps(article.as_json(), ensure_ascii=False))
        for line in failed:
            self.stderr.write(line)
        if failed:
            raise CommandError(f"{len(failed)} file(s) could not be read")
