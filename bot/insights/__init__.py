"""Insights: the onboarding funnel measured from what is stored, and nudges for what stalls."""
