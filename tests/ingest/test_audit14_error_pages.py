"""Audit round 14: a site's error page sent with status 200 (a "soft" 404, a fault or
refusal page, a paywall's stop) was imported as an article: 'factlane import https://...'
stored 'Sorry, we could not find that page' as a story. A short page (under 80 words) whose
title or first words are an error page's is refused in words; a short story whose headline
only holds such words ('Missing climber not found after search', 'Flight 404 lands safely',
'Access denied: court rules ...') is read as before."""

from __future__ import annotations

import pytest

from desktop.ingest import IngestError
from desktop.ingest.fetch import Fetched, read_fetched


def _page(title: str, heading: str, body: str) -> Fetched:
    html = (
        f"<html><head><title>{title}</title></head><body><nav><a href=/>Home</a> "
        f"<a href=/news>News</a></nav><h1>{heading}</h1><p>{body}</p></body></html>"
    )
    address = "https://brannockpost.example/2031/05/09/story"
    return Fetched(address, address, html.encode("utf-8"), "text/html", "utf-8")


@pytest.mark.parametrize(
    ("title", "heading", "body", "said"),
    [
        (
            "Page not found | Brannock Post",
            "Sorry, we could not find that page",
            "The page you were looking for may have been moved or deleted. Try our search.",
            "Sorry, we could not find that page",
        ),
        ("404 - Brannock Post", "Error 404", "Oops! This page does not exist.", "Error 404"),
        ("Not Found", "Not Found", "The requested URL was not found on this server.", "Not Found"),
        (
            "Brannock Post",
            "Subscribe to keep reading",
            "You have reached your limit of free articles this month.",
            "Subscribe to keep reading",
        ),
        ("503 Service Unavailable", "Service Unavailable", "Try again later.", "Service"),
    ],
)
def test_an_error_page_sent_as_a_page_is_refused(
    title: str, heading: str, body: str, said: str
) -> None:
    with pytest.raises(IngestError) as refused:
        read_fetched(_page(title, heading, body))
    message = str(refused.value)
    assert "the site sent an error page, not an article" in message
    assert said in message and "nothing was imported" in message


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Missing climber not found after search",
            "KESTON - Rescuers said on Sunday that a climber missing since Friday had not been "
            "found.",
        ),
        (
            "Flight 404 lands safely in Keston",
            "Flight 404 landed safely on Monday, the airline said.",
        ),
        (
            "Access denied: court rules against Kell Stores",
            "A court ruled on Monday that Kell Stores broke the law on access for disabled shoppers.",
        ),
    ],
)
def test_a_short_story_with_such_words_is_read(heading: str, body: str) -> None:
    [article] = read_fetched(_page(f"{heading} | Brannock Post", heading, body))
    assert article.title == heading


def test_a_long_page_is_never_taken_for_an_error_page() -> None:
    body = "The council said the page of its report on flooding was not found in the archive. " * 8
    [article] = read_fetched(_page("Page not found in council archive", "Page not found", body))
    assert "council" in article.text
