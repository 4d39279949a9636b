print("pkga.mod_late init")
WHO = "mod_late"
