"""kg query commands (being written)."""
COMMANDS: list = []
