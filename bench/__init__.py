"""Benchmarks and evaluation for mapper (not part of the installed package)."""
