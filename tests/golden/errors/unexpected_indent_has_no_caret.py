# print_error_text draws no caret that would point into the indentation.
x = 1
    y = 2
