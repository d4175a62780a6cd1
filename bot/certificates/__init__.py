"""Certificates in the conversation: the OCR job, and the effects of the business journey."""
