"""kg serve commands (being written)."""
COMMANDS: list = []
