"""Ends of a relation: from a token of the parse to the canonical entity it names.

The resolve stage maps name, demonym and coreference mentions to entities
(:class:`kg.resolve.Mentions`). On top of that this module adds the few
reference mechanisms that only make sense inside one relation:

- proxy nouns: "Armenia's Defence Ministry", "Indian troops", "the report by the
  Pentagon" stand for the actor that modifies them (``proxy_nouns`` cue list);
- appositions: "Egypt's foreign minister, Ahmed Hassan";
- plural references: "they", "their forces", "the two countries" inside a sentence
  (or the next one) whose subject is a coordination of actors;
- relative pronouns: "Belarus, which retaliated" -> Belarus;
- first person inside reported speech: "we" -> the speaker's country or organisation
  (from leaderOf/memberOf facts of the resolve stage), "I" -> the speaker; outside
  quotes, "we" in an official statement -> the publishing government;
- descriptions: "a Chilean foreign minister" -> the one person the article titles so;
  "rejected the ruling", "denounces this assault" -> the agent of the last event of
  that kind in an earlier sentence;
- possessive "its" with no antecedent from the resolve stage -> the nearest singular
  actor subject up the clause chain;
- government bodies named with their country -> the country (:mod:`kg.extract.bodies`);
- counted descriptions: "the three Baltic states" -> the last acting coordination of three
  actors of that region, "both neighbours" -> failing that, the article's two principal
  actors (:mod:`kg.extract.discourse`);
- crowds and blocs: "hundreds of Kurds" -> Kurds; "European cheese" -> the European
  Union when the article names it;
- "the government", "the authorities", "police" with no owner outside a quote -> the
  country the article is about; "the Kingdom" in a ministry's statement -> its country;
- reporters: "Malian officials said they ..." -> the reporters, "Diplomats in Vienna said
  they ..." -> nobody (not an earlier sentence's actors);
- addressees: "Norway urged both parties", "Xi called on the two sides" -> never the agent
  or the country a person agent serves;
- relational nouns and units: "its neighbour", "Russia's ally" are not their owners; "the
  ELN's eastern war front" is a group of its own.

Every lookup is a dict or set probe on tokens the rules already hold; nothing here
parses or matches text again.

The package: :mod:`._base` (the :class:`End` tuple and helpers), :mod:`.finder` (the
:class:`EndFinder`: sentence state, mentions, government bodies, owners),
:mod:`.nouns` (common nouns: proxies, roles, counted and plural descriptions) and
:mod:`.references` (pronouns and relative pronouns).
"""
from kg.extract.ends._base import ACTOR_OR_PLACE, End
from kg.extract.ends.finder import EndFinder

__all__ = ["End", "EndFinder", "ACTOR_OR_PLACE"]
