"""The ``kg`` command line. Commands only parse arguments and call the library;
each module of this package holds one group of verbs and lists them in
``COMMANDS``."""
from __future__ import annotations

import importlib
import sys

import click

from kg.errors import KGError

__all__ = ["main", "cli"]

# modules of kg.cli, in the order their commands are listed in --help
_MODULES = ("build", "query", "explain", "viz", "serve")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: turn news articles into a knowledge graph of who did what to whom.

    \b
    Example:
      kg build examples/ -o /tmp/kg/graph.ttl --html /tmp/kg/graph.html
      kg query /tmp/kg/graph.ttl --name who-met-whom
    """


for _name in _MODULES:
    _module = importlib.import_module(f"kg.cli.{_name}")
    for _command in getattr(_module, "COMMANDS", ()):
        cli.add_command(_command)


def fail(message: str) -> None:
    """Print one clean error line to stderr (no traceback)."""
    click.echo(f"kg: error: {message}", err=True)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: runs the CLI, turning KGError into one line."""
    try:
        code = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except KGError as exc:
        fail(str(exc))
        return 1
    except click.exceptions.Abort:
        fail("aborted")
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        fail("interrupted")
        return 130
    # with standalone_mode=False click returns the code of ctx.exit(n) instead of raising
    return code if isinstance(code, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
