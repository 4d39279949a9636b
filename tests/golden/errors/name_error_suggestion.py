counter = 10
print("before")
print(countr + 1)
