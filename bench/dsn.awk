# Prints a synthetic monthly DSN (norme NEODeS, September 2024) of n contracts (-v n=...), one individual each,
# in two establishments, cycling through five profiles: private aide-soignant full time, private secretary part
# time (75.84 h), public EHPAD nurse with a CTI line, public aide-soignant on half pay (type 021, 50 %),
# public part-time (80 %) agent. No real data: every personal rubrique holds a placeholder.
function r(code, value) { printf "%s,'%s'\r\n", code, value }
BEGIN {
  r("S10.G00.00.001", "BENCH"); r("S10.G00.00.002", "SEGUR"); r("S10.G00.00.003", "1"); r("S10.G00.00.005", "01")
  r("S10.G00.00.006", "P24V01"); r("S10.G00.00.008", "01")
  r("S20.G00.05.001", "01"); r("S20.G00.05.002", "01"); r("S20.G00.05.005", "01092024")
  for (i = 0; i < n; i++) {
    p = i % 5
    if (i == 0) { r("S21.G00.06.001", "111111111"); r("S21.G00.11.001", "00011") }
    if (i == int(n / 2)) { r("S21.G00.06.001", "222222222"); r("S21.G00.11.001", "00022") }
    r("S21.G00.30.001", "NIR-PLACEHOLDER"); r("S21.G00.30.002", "NOM"); r("S21.G00.30.004", "PRENOM")
    r("S21.G00.30.006", "01011980")
    r("S21.G00.40.001", "01012019"); r("S21.G00.40.004", p == 1 ? "542a" : (p == 2 ? "431f" : "526a"))
    r("S21.G00.40.007", "01"); r("S21.G00.40.009", "C" i); r("S21.G00.40.011", "10"); r("S21.G00.40.012", "151.67")
    r("S21.G00.40.013", p == 1 ? "75.84" : "151.67"); r("S21.G00.40.014", p == 1 || p == 4 ? "20" : "10")
    r("S21.G00.40.017", i < int(n / 2) ? "0413" : "9999")
    if (p == 4) { r("S21.G00.40.053", "01"); r("S21.G00.40.055", "80.00") }
    if (p == 2 || p == 3) {
      r("S21.G00.50.001", "30092024"); r("S21.G00.50.002", "1500.00")
      r("S21.G00.51.001", "01092024"); r("S21.G00.51.002", "30092024"); r("S21.G00.51.010", "C" i)
      if (p == 2) { r("S21.G00.51.011", "022"); r("S21.G00.51.013", "241.22") }
      else { r("S21.G00.51.011", "021"); r("S21.G00.51.014", "50.00") }
    }
  }
  r("S90.G00.90.001", "1")
}
