"""Dates the analyst types, for the app (the parsing itself lives in extract/user_dates)."""

from __future__ import annotations

from desktop.extract.user_dates import DateInputError, parse_user_date

__all__ = ["DateInputError", "parse_user_date"]
