"""Factlane: dated facts and conflicting figures across news sources."""

__version__ = "0.1.0"
APP_NAME = "Factlane"
