print("start")
total = 1 + "a"
