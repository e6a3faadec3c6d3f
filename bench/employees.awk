# Prints n employees (-v n=...) as JSON objects, one a line, cycling through six profiles of the legal cases:
# public EHPAD nurse, CCN 66 secretary, socio-educational agent, Laforcade AES, not eligible, indeterminate.
BEGIN {
  p[0] = "\"sector\":\"PUBLIC_FPH\",\"jobCode\":\"INFIRMIER\",\"establishmentType\":\"EHPAD\",\"employmentStart\":\"2015-01-01\""
  p[1] = "\"sector\":\"PRIVATE_NON_PROFIT\",\"jobCode\":\"SECRETAIRE\",\"establishmentType\":\"ESSMS_HANDICAP\",\"fundedBy\":[\"ASSURANCE_MALADIE\"],\"employer\":{\"idcc\":413},\"workingTime\":{\"ratio\":\"0.8\"},\"employmentStart\":\"2019-03-01\""
  p[2] = "\"sector\":\"PUBLIC_FPT\",\"jobCode\":\"AGENT_SOCIAL\",\"establishmentType\":\"PROTECTION_ENFANCE\",\"employmentStart\":\"2018-09-01\""
  p[3] = "\"sector\":\"PRIVATE_NON_PROFIT\",\"jobCode\":\"AES\",\"establishmentType\":\"ESSMS_HANDICAP\",\"fundedBy\":[\"ASSURANCE_MALADIE\"],\"employer\":{\"idcc\":413},\"employmentStart\":\"2017-09-01\""
  p[4] = "\"sector\":\"PRIVATE_FOR_PROFIT\",\"jobCode\":\"CUISINIER\",\"establishmentType\":\"EHPAD\",\"employmentStart\":\"2012-05-01\""
  p[5] = "\"sector\":\"PRIVATE_NON_PROFIT\",\"jobCode\":\"CUISINIER\",\"establishmentType\":\"EHPAD\""
  for (i = 0; i < n; i++) {
    e = "{\"id\":\"L-" i "\"," p[i % 6] "}"
    if (format == "ndjson") { print "{\"employee\":" e "}" }
    else { printf "%s%s", (i == 0 ? "" : ",\n"), e }
  }
}
