# Interpreter start-up and shutdown: an almost empty script (the time is all start-up).
print("hello")
