rooms = {
    "hall": {"desc": "A long hall.", "exits": {"north": "kitchen", "east": "study"}, "items": ["key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"south": "hall"}, "items": ["bread", "knife"]},
    "study": {"desc": "Books everywhere.", "exits": {"west": "hall"}, "items": []},
}
state = {"room": "hall", "inventory": []}

def do(cmd):
    verb, _, noun = cmd.partition(" ")
    room = rooms[state["room"]]
    if verb == "look":
        items = ", ".join(room["items"]) or "nothing"
        return f"{room['desc']} You see: {items}. Exits: {', '.join(sorted(room['exits']))}"
    if verb == "go":
        if noun in room["exits"]:
            state["room"] = room["exits"][noun]
            return f"You go {noun} to the {state['room']}."
        return "You can't go that way."
    if verb == "take":
        if noun in room["items"]:
            room["items"].remove(noun)
            state["inventory"].append(noun)
            return f"Taken: {noun}"
        return f"No {noun} here."
    if verb == "inv":
        return "Carrying: " + (", ".join(state["inventory"]) or "nothing")
    return f"Unknown command {verb!r}"

for c in ["look", "take key", "take sword", "go north", "look", "take bread", "go up", "go south", "go east", "look", "inv", "dance"]:
    print(f"> {c}")
    print(do(c))
