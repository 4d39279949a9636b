# A small template engine: parse {{ expressions }} and {% for/if %} blocks, render HTML with escaping.
import re

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)


def escape(value):
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, context, out):
        out.append(self.text)


class Expr:
    def __init__(self, source):
        parts = source.split("|")
        self.path = parts[0].strip().split(".")
        self.filters = [f.strip() for f in parts[1:]]

    def lookup(self, context):
        value = context[self.path[0]]
        for name in self.path[1:]:
            value = value[name] if isinstance(value, dict) else getattr(value, name)
        return value

    def render(self, context, out):
        value = self.lookup(context)
        for f in self.filters:
            value = FILTERS[f](value)
        out.append(value if "safe" in self.filters else escape(value))


class For:
    def __init__(self, var, iterable, body):
        self.var = var
        self.iterable = Expr(iterable)
        self.body = body

    def render(self, context, out):
        inner = dict(context)
        for i, item in enumerate(self.iterable.lookup(context)):
            inner[self.var] = item
            inner["loop"] = {"index": i + 1, "odd": i % 2 == 0}
            for node in self.body:
                node.render(inner, out)


class If:
    def __init__(self, condition, body, orelse):
        self.condition = Expr(condition)
        self.body = body
        self.orelse = orelse

    def render(self, context, out):
        for node in self.body if self.condition.lookup(context) else self.orelse:
            node.render(context, out)


FILTERS = {"upper": str.upper, "title": str.title, "safe": lambda v: v,
           "money": lambda v: "%.2f" % v, "len": len}


def parse(tokens, pos=0, stop=()):
    """Nodes from tokens[pos:] up to a block tag in stop; returns (nodes, pos, tag)."""
    nodes = []
    while pos < len(tokens):
        token = tokens[pos]
        pos += 1
        if token.startswith("{{"):
            nodes.append(Expr(token[2:-2]))
        elif token.startswith("{%"):
            words = token[2:-2].split()
            if words[0] in stop:
                return nodes, pos, words[0]
            if words[0] == "for":
                body, pos, _ = parse(tokens, pos, ("endfor",))
                nodes.append(For(words[1], words[3], body))
            elif words[0] == "if":
                body, pos, tag = parse(tokens, pos, ("else", "endif"))
                orelse = []
                if tag == "else":
                    orelse, pos, _ = parse(tokens, pos, ("endif",))
                nodes.append(If(words[1], body, orelse))
            else:
                raise SyntaxError("unknown tag " + words[0])
        elif token:
            nodes.append(Text(token))
    return nodes, pos, None


def compile_template(source):
    return parse(TOKEN.split(source))[0]


def render(nodes, context):
    out = []
    for node in nodes:
        node.render(context, out)
    return "".join(out)


PAGE = """<html><head><title>{{ title | title }}</title></head><body>
<h1>{{ title | upper }}</h1><p>{{ people | len }} people, note: {{ note }}</p>
<table>{% for person in people %}
<tr class="{% if loop.odd %}odd{% else %}even{% endif %}"><td>{{ loop.index }}</td>
<td>{{ person.name }}</td><td>{{ person.email }}</td><td>{{ person.balance | money }}</td>
<td>{% for tag in person.tags %}<span>{{ tag }}</span>{% endfor %}</td>
<td>{% if person.admin %}<b>admin</b>{% else %}user{% endif %}</td></tr>{% endfor %}
</table></body></html>"""


class Person:
    def __init__(self, i):
        self.name = "Person <%d>" % i
        self.email = "p%d@example.com" % i
        self.balance = i * 12.5
        self.tags = ["t%d" % (i % 5), "a&b" if i % 3 else "plain"]
        self.admin = i % 7 == 0


def main():
    people = [Person(i) for i in range(150)]
    context = {"title": "team overview", "people": people, "note": 'x < y & "z"'}
    checksum = 0
    for rep in range(500):
        nodes = compile_template(PAGE)
        html = render(nodes, context)
        checksum += len(html) + html.count("odd")
    print(checksum, html[:90].replace("\n", " "))


main()
