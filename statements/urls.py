from django.urls import path

from . import feeds, views

app_name = "statements"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("quotes/", views.QuoteListView.as_view(), name="quote-list"),
    path("quotes/feed/", feeds.QuoteFeed(), name="quote-feed"),
    path("quotes/<int:pk>/", views.QuoteDetailView.as_view(), name="quote-detail"),
    path("people/", views.PersonListView.as_view(), name="person-list"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("people/<slug:slug>/feed/", feeds.PersonQuoteFeed(), name="person-feed"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("meetings/", views.MeetingListView.as_view(), name="meeting-list"),
    path("meetings/<int:pk>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
]
