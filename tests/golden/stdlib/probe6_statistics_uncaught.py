import statistics
readings = {"mon": [3, 4, 5], "tue": [], "wed": [1]}
for day, vals in readings.items():
    print(day, statistics.mean(vals))
