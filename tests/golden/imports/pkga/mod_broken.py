print("pkga.mod_broken runs")
PARTIAL = 1
raise ValueError("mod_broken on purpose")
