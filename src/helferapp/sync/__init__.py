"""Keeping several laptops' records in step: the hybrid logical clock and, built on it,
the exchange files and their merge (see docs/FORMAT.md)."""
