from django.views.generic import DetailView, ListView, TemplateView

from .models import Article, Person, ProposedMeeting, Quote


class HomeView(TemplateView):
    template_name = "statements/home.html"


class QuoteListView(ListView):
    model = Quote


class QuoteDetailView(DetailView):
    model = Quote


class PersonListView(ListView):
    model = Person


class PersonDetailView(DetailView):
    model = Person


class ArticleListView(ListView):
    model = Article


class ArticleDetailView(DetailView):
    model = Article


class MeetingListView(ListView):
    model = ProposedMeeting


class MeetingDetailView(DetailView):
    model = ProposedMeeting
