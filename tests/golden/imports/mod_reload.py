try:
    counter += 1
except NameError:
    counter = 1
