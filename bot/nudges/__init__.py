"""Nudges for what stalls: a merchant who stopped mid-application, a PG that has not moved,
a PG that asked for documents. Each goes out once, during office hours, through the outbox."""
