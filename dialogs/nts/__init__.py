"""The National Tax Service's word on a business before filing: a suspended or closed
business is told why a PG would refuse it, and offered a person."""
