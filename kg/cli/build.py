"""kg build commands (being written)."""
COMMANDS: list = []
