"""Sorting and searching: sort, argsort, unique, nonzero, count_nonzero; cumulative and comparison helpers."""

FUNCTIONS = []
