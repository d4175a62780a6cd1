"""The National Tax Service's business status service (국세청 사업자등록 상태조회), asked
before filing when ``ONBOARD_NTS_SERVICE_KEY`` is set."""
