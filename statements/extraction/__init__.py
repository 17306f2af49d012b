"""Article text in, ExtractedArticle out. Pure Python: no Django, no database."""

from .pipeline import extract_article
from .records import EXTRACTION_VERSION, ExtractedArticle, Meeting, PartialDate, Person, Quote

__all__ = ["EXTRACTION_VERSION", "ExtractedArticle", "Meeting", "PartialDate", "Person", "Quote", "extract_article"]
