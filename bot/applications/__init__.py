"""Applications: filing, the status lifecycle's changes, updates in the thread, subscribers."""
