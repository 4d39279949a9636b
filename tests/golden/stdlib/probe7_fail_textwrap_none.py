# textwrap calls the text's own methods: a None text fails as in CPython.
import textwrap
descriptions = {"apple": "A round fruit\tthat grows on trees.", "kiwi": None}
for name, text in descriptions.items():
    print(name.upper())
    print(textwrap.fill(text, width=20, initial_indent="  ", subsequent_indent="  "))
