-- wrk script: POST one single-evaluation request (a public EHPAD nurse, all rule sets) to /api/v1/evaluations.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"month":"2024-09","employee":{"id":"W-1","sector":"PUBLIC_FPH","jobCode":"INFIRMIER","establishmentType":"EHPAD","employmentStart":"2015-01-01"}}'
