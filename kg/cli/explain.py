"""kg explain commands (being written)."""
COMMANDS: list = []
