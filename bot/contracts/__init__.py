"""The contracts registry: import/export, lookups, masking, rate limit and verification."""
