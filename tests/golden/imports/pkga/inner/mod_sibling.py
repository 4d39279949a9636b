NAME = "mod_sibling"
