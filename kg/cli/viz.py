"""kg viz commands (being written)."""
COMMANDS: list = []
