from datetime import datetime
for s in ["2024-01-05 10:00", "2024-01-06 11:30", "05/01/2024"]:
    print(datetime.strptime(s, "%Y-%m-%d %H:%M"))
