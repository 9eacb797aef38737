"""Build ``chechnya_dev_quotes.jsonl``: offset-only quote gold for real Chechnya coverage.

The annotations below name each span by two short anchors (the first and the last words of
the span, each well under 32 characters), never by the span's text; the offsets are computed
against ``SHARED_DIR/corpus/chechnya_dev.jsonl`` at run time and every span is checked (its
anchors occur once, it starts and ends where the anchors say, and it holds no quotation mark
at either end). Run ``python data/gold/build_chechnya_gold.py`` to rewrite the gold file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from analysis.config import SHARED_DIR

CORPUS = Path(SHARED_DIR) / "corpus" / "chechnya_dev.jsonl"
OUT = HERE / "chechnya_dev_quotes.jsonl"
MARKS = "\"'“”‘’«»"


class Q(NamedTuple):
    """One gold quote: kind, first and last words of the span, speaker and attribution."""

    kind: str
    first: str
    last: str
    speaker: str
    mention: str | tuple[str, str] | None = None  # (first, last) when long
    cue: str | None = None
    alt: tuple[str, ...] = ()
    after: str | None = None  # search the span after this anchor (when `first` repeats)
    side: str | None = None  # "before" or "after": the mention's side of the quote, if not nearest


def S(source: str, type_: str, role: str | None = None, affiliation: str | None = None) -> dict:
    """One cited source."""
    out: dict[str, Any] = {"source": source, "type": type_}
    if role:
        out["role"] = role
    if affiliation:
        out["affiliation"] = affiliation
    return out


KADYROV = "Ramzan Kadyrov"
MOSKALKOVA = "Tatyana Moskalkova"
KOCHETKOV = "Igor Kochetkov"

GOLD: dict[str, dict[str, Any]] = {
    "ctvnews-2017-07-15-we-dont-have-gays": {
        "quotes": [
            Q(
                "indirect",
                "there are even any",
                "in his region",
                KADYROV,
                "Chechnya's strongman leader",
                "denying",
            ),
            Q(
                "indirect",
                "his security forces had",
                "sometimes killed gay men",
                "Russian newspaper",
                "a Russian newspaper",
                "reported",
                ("Novaya Gazeta",),
            ),
            Q("direct", "This is nonsense.", "take them to Canada,", KADYROV, "Kadyrov", "says"),
            Q("indirect", "those making the allegations", "devils.", KADYROV, "He", "says"),
            Q("partial", "devils.", "devils.", KADYROV, "He", "says"),
            Q("direct", "God damn them", "accusing us of,", KADYROV, "he", "says"),
        ],
        "sources": [
            S(KADYROV, "government", "President", "Chechnya"),
            S("Russian newspaper", "media"),
            S("HBO Real Sports", "media"),
        ],
        "ignore": [],
    },
    "tass-2017-07-06-moskalkova-double-check": {
        "quotes": [
            Q(
                "indirect",
                "gay men have been subjected",
                "persecution in Chechnya",
                "media reports",
                "Media reports",
                "claimed",
                after="Diplomacy",
            ),
            Q(
                "indirect",
                "she has already received",
                "data on these persons",
                MOSKALKOVA,
                "Moskalkova",
                "told",
            ),
            Q(
                "direct",
                "As my request and the letter",
                "mentioned in the letter,",
                MOSKALKOVA,
                "Moskalkova",
                "said",
            ),
            Q(
                "indirect",
                "The list contains 24",
                "these persons’ fate",
                MOSKALKOVA,
                "Moskalkova",
                "said",
            ),
            Q("direct", "Only their last names", "no more other data,", MOSKALKOVA, "she", "said"),
            Q(
                "indirect",
                "the investigators can talk",
                "former place of residence",
                MOSKALKOVA,
                "she",
                "voicing hope",
            ),
            Q(
                "indirect",
                "gay men have been subjected",
                "persecution in Chechnya",
                "media reports",
                "Media reports",
                "claimed",
                after="former place of residence",
            ),
        ],
        "sources": [
            S(MOSKALKOVA, "government", "human rights commissioner", "Russia"),
            S("Investigative Committee", "government"),
            S("media reports", "media"),
        ],
        # requests ('calls to double check', 'asked ... to check') are not statements (as in
        # the seed gold, whose 'calling on ... to raise the issue' is not a quote)
        "ignore": [],
    },
    "tass-2017-05-13-alikhanov-probe-no-confirmation": {
        "quotes": [
            Q(
                "indirect",
                "A probe launched by",
                "killed cannot be confirmed",
                "Ruslan Alikhanov",
                ("Chechnya’s Interior", "Ruslan Alikhanov"),
                "said",
            ),
            Q(
                "direct",
                "It found out that",
                "Russian Criminal Code,",
                "Ruslan Alikhanov",
                "Alikhanov",
                "was quoted as saying",
            ),
        ],
        "sources": [
            S("Ruslan Alikhanov", "government", "Interior Minister", "Chechnya"),
            S("Chechen police press service", "government"),
        ],
        # an article title in quotation marks
        "ignore": [("Murder of Honor", "Murder of Honor")],
    },
    "interfax-2017-07-06-moskalkova-not-registered": {
        "quotes": [
            Q(
                "indirect",
                "Investigative Committee has",
                "in Chechnya yet",
                MOSKALKOVA,
                "Moskalkova",
            ),
            Q(
                "direct",
                "I have received such",
                "on these citizens,",
                MOSKALKOVA,
                "Moskalkova",
                "told",
            ),
            Q("indirect", "This response is an interim", "presumed dead", MOSKALKOVA),
            Q("indirect", "The probe conducted by", "completed, either", MOSKALKOVA, "she", "said"),
        ],
        "sources": [
            S(MOSKALKOVA, "government", "Human Rights Commissioner", "Russia"),
            S("Investigative Committee", "government"),
        ],
        # the lead reports her interim response without a speech cue
        "ignore": [("Russian Human Rights Commiss", "not been confirmed yet")],
    },
    "sofrep-2017-04-chechen-authorities-deny": {
        "quotes": [
            Q(
                "indirect",
                "Over 100 gay men have been",
                "part of the sweep",
                "Russian newspaper",
                "a Russian newspaper",
                "has reported",
                ("Novaya Gazeta",),
            ),
            Q(
                "indirect",
                "gay people simply do not",
                "exist in Chechnya",
                KADYROV,
                ("Chechnya’s president", "Ramzan Kadyrov"),
                "denies",
                ("Alvi Karimov",),
            ),
            Q(
                "indirect",
                "if they did, their families",
                "disown them anyway",
                KADYROV,
                alt=("Alvi Karimov",),
            ),
            Q(
                "direct",
                "You cannot detain",
                "exist in the republic,",
                "Alvi Karimov",
                "Alvi Karimov",
                "said",
            ),
            Q("direct", "If there were such people", "there is no returning.", "Alvi Karimov"),
        ],
        "sources": [
            S("Russian newspaper", "media"),
            S(KADYROV, "government", "president", "Chechnya"),
            S("Alvi Karimov", "government", "spokesperson for the president", "Chechnya"),
        ],
        "ignore": [],
    },
    "pinknews-2019-01-11-chechnya-detains-renewing-fears": {
        "quotes": [
            Q(
                "indirect",
                "the number of men and women",
                "since late December",
                KOCHETKOV,
                "He",
                "said",
            ),
            Q(
                "indirect",
                "a short report on the",
                "Monday (January 14)",
                KOCHETKOV,
                "Kochetkov",
                "added",
            ),
            Q(
                "direct",
                "Run away from the republic",
                "as soon as possible",
                "LGBT+ activist on VKontakte",
                "an LGBT+ activist on VKontakte",
            ),
            Q(
                "indirect",
                "LGBT+ groups in Chechnya are",
                "to leave the region",
                "Novaya Gazeta",
                "Novaya Gazeta",
                "reported",
            ),
            Q(
                "partial",
                "run away from the republic",
                "friends who can help you.",
                "LGBT+ activist on VKontakte",
                "One of the messages",
                "urged",
                ("one of the messages", "LGBT+ groups in Chechnya"),
            ),
            Q(
                "indirect",
                "authorities in Chechnya were",
                "out a homophobic purge",
                "Novaya Gazeta",
                ("Human rights monitors", "Novaya Gazeta"),
                "reported",
                ("human rights monitors",),
            ),
            Q(
                "indirect",
                "there was no evidence of a",
                "evidence of a purge",
                "Russian government",
                "The Russian government",
                "said",
            ),
            Q(
                "indirect",
                "there were no gay people in",
                "no gay people in the region",
                KADYROV,
                "Chechnya leader Ramzan Kadyrov",
                "insisting",
                ("his administration",),
            ),
            Q("indirect", "he and Chechnya", "have any gays,", KADYROV, "Kadyrov", "said"),
            Q("partial", "don’t have any gays,", "have any gays,", KADYROV, "Kadyrov", "said"),
            Q(
                "partial",
                "if there are any, take them",
                "them to Canada.",
                KADYROV,
                "Kadyrov",
                "adding",
            ),
            Q("direct", "Take them far from us", "so we don’t have", KADYROV, "He", "continued"),
        ],
        "sources": [
            S(KOCHETKOV, "ngo_activist", "board member", "Russian LGBT Network"),
            S("Associated Press", "media"),
            S("LGBT+ activist on VKontakte", "anonymous"),
            S("Novaya Gazeta", "media"),
            S("human rights monitors", "ngo_activist"),
            S("Russian government", "government"),
            S(KADYROV, "government", "leader", "Chechnya"),
            S("HBO", "media"),
        ],
        # 'denied reports of ...' names no content
        "ignore": [
            ("denied reports of anti-gay", "of anti-gay detentions"),
        ],
    },
    "fourtwonine-2017-05-11-activists-save-42": {
        "quotes": [
            Q(
                "direct",
                "Up until now, we rescued",
                "rescued 42 people,",
                "spokesperson for Russian LGBT Network",
                ("a spokesperson for", "LGBT Network"),
                "told",
                ("Russian LGBT Network",),
            ),
            Q(
                "indirect",
                "it’s trying to figure out",
                "queer refugees.",
                "Russian LGBT Network",
                "the organization",
                "says",
            ),
            Q(
                "partial",
                "willing to accept Chechen",
                "queer refugees.",
                "Russian LGBT Network",
                "the organization",
                "says",
            ),
            Q(
                "indirect",
                "The Russian LGBT Network’s",
                "to be kept secret",
                "Russian LGBT Network",
                "they",
                "say",
            ),
            Q(
                "direct",
                "We negotiate these",
                "started looking for them.",
                "Russian LGBT Network",
                "they",
                "say",
            ),
            Q(
                "indirect",
                "they’ve received a total of",
                "began early this year",
                "Russian LGBT Network",
                "They",
                "say",
            ),
            Q(
                "indirect",
                "she wasn’t even sure Trump",
                "of the anti-gay purge",
                "Sarah Huckabee Sanders",
                "Sarah Huckabee Sanders",
                "confessed",
            ),
            Q(
                "direct",
                "Is the reason why it wasn’t",
                "violence in Chechnya?",
                "Chris Johnson",
                "Chris Johnson",
                "asked",
            ),
            Q(
                "direct",
                "Ah, look, I mean a lot of",
                "parts of the convers",
                "Sarah Huckabee Sanders",
            ),
        ],
        "sources": [
            S(
                "spokesperson for Russian LGBT Network",
                "ngo_activist",
                "spokesperson",
                "Russian LGBT Network",
            ),
            S("Russian LGBT Network", "ngo_activist"),
            S("Huffington Post", "media"),
            S("Sarah Huckabee Sanders", "government", "spokesperson", "White House"),
            S("Chris Johnson", "media", "reporter", "Washington Blade"),
        ],
        "ignore": [],
    },
    "hrw-2017-05-26-they-have-long-arms": {
        "quotes": [
            Q(
                "direct",
                "My life is ruined.",
                "just give them time…",
                "Magomed",
                "Magomed",
                alt=("victim of the anti-gay purge",),
            ),
        ],
        "sources": [
            S("Magomed", "victim", "victim of the anti-gay purge (pseudonym)"),
            S(KADYROV, "government", "leader", "Chechnya"),
        ],
        # the report's title (a quote of the epigraph), the pseudonym in quotation marks, a
        # denial with no content, the report's own finding
        "ignore": [
            ("They Have Long Arms", "They Can Find Me"),
            ("Magomed,", "Magomed,"),
            ("has denied the round-ups", "has denied the round-ups"),
            ("the information presented in", "sanctioned them"),
        ],
    },
    "moscowtimes-2019-01-two-tortured-to-death": {
        "quotes": [
            Q(
                "indirect",
                "2 Tortured to Death in New",
                "Purge in Chechnya",
                KOCHETKOV,
                "Activist",
                "Says",
                ("activist",),
            ),
            Q(
                "indirect",
                "At least two members of the",
                "republic of Chechnya",
                KOCHETKOV,
                "an activist",
                "has told",
                ("activist",),
            ),
            Q(
                "indirect",
                "Chechnya has seen a spike",
                "suspected of being gay",
                "reports",
                "Reports",
                "surfaced",
            ),
            Q(
                "indirect",
                "there are no gay people in",
                "people in his region",
                KADYROV,
                "Ramzan Kadyrov",
                "had maintained",
                ("spokesman for Ramzan Kadyrov",),
            ),
            Q(
                "partial",
                "disinformation.",
                "disinformation.",
                "spokesman for Ramzan Kadyrov",
                "A spokesman",
                "dismissed",
            ),
            Q(
                "direct",
                "I can confirm that two gay",
                "while being tortured,",
                KOCHETKOV,
                "Igor Kochetkov",
                "told",
            ),
            Q(
                "indirect",
                "around 40 people have been",
                "travel documents",
                KOCHETKOV,
                "He",
                "said",
            ),
            Q("direct", "This wasn’t happening in", "happening in 2017,", KOCHETKOV, "he", "said"),
            Q("direct", "Everything is being done so", "flee the country.", KOCHETKOV),
            Q(
                "direct",
                "And this is very bad for us",
                "terms of evacuation,",
                KOCHETKOV,
                "Kochetkov",
                "told",
            ),
            Q(
                "indirect",
                "between 10 and 20 gay men",
                "in the past month",
                "Meduza",
                "Meduza news website",
                "reported",
            ),
            Q(
                "indirect",
                "he maintains contacts with",
                "latest alleged purge",
                "exiled member of the LGBT community",
                ("an exiled member", "LGBT community"),
                "said",
            ),
        ],
        "sources": [
            S(KOCHETKOV, "ngo_activist", "head", "LGBT Network"),
            S("reports", "media"),
            S("spokesman for Ramzan Kadyrov", "government", "spokesman", "Chechnya"),
            S(KADYROV, "government", "leader", "Chechnya"),
            S("Meduza", "media"),
            S("exiled member of the LGBT community", "citizen"),
            S("Novaya Gazeta", "media"),
        ],
        "ignore": [],
    },
    "ocmedia-2017-08-16-chechen-singer-disappears": {
        "quotes": [
            Q(
                "direct",
                "We are collecting information",
                "went on without him",
                "Alisa",
                "Alisa",
                "told",
            ),
            Q(
                "indirect",
                "he moved from Chechnya to",
                "career as a singer",
                "Bakayev’s friends",
                "Bakayev’s friends",
                "According to",
            ),
            Q(
                "direct",
                "We know for sure that he was",
                "It was his dream",
                "Diana",
                "Diana",
                "told",
            ),
            Q(
                "direct",
                "I am in Moscow.",
                "I am going abroad",
                "Zelimkhan Bakayev",
                "a message",
                "saying",
                ("WhatsApp message",),
            ),
            Q(
                "indirect",
                "the message came shortly",
                "questions to find him",
                "Bakayev’s friends",
                "His friends",
                "say",
            ),
            Q(
                "direct",
                "It’s also interesting that",
                "We would know about it",
                "Diana",
                "Diana",
                "says",
            ),
        ],
        "sources": [
            S("Alisa", "citizen", "close friend of Zelimkhan Bakayev"),
            S("Diana", "citizen", "friend of Zelimkhan Bakayev"),
            S("Bakayev’s friends", "citizen"),
            S("Zelimkhan Bakayev", "citizen", "singer"),
        ],
        # the outlet's own finding; a sentence after an attribution that may be the writer's
        "ignore": [
            ("OC Media learnt that", "wedding of his sister"),
            ("He was planning to go back", "after the wedding"),
        ],
    },
    "adamfoxie-2019-01-arrests-and-deaths-again": {
        "quotes": [
            Q(
                "indirect",
                "Forty men and women have been",
                "than a 2017 crackdown",
                "activists",
                "activists",
                "according to",
            ),
            Q(
                "indirect",
                "After the administrator of an",
                "suspected homosexuals",
                "LGBT Network",
                "LGBT Network",
                "said",
            ),
            Q(
                "indirect",
                "It is holding people without",
                "said they were tortured",
                "local residents",
                "local residents",
                "told",
            ),
            Q("indirect", "they were tortured", "they were tortured", "gay men", "gay men", "said"),
            Q(
                "indirect",
                "One of the captives died after",
                "during an interrogation",
                KOCHETKOV,
                "Igor Kochetkov",
                "told",
            ),
            Q(
                "direct",
                "We can already say that the",
                "detained in 2017,",
                KOCHETKOV,
                "he",
                "said",
            ),
            Q("direct", "We know of two dead, but", "have been killed.", KOCHETKOV),
            Q(
                "indirect",
                "For the first time, women are",
                "presumed homosexuality",
                KOCHETKOV,
                "he",
                "added",
            ),
            Q(
                "indirect",
                "10 people had actually been",
                "bodies being carried away",
                "Alexander",
                "Alexander",
                "told",
            ),
            Q(
                "partial",
                "run from the republic as soon",
                "as soon as possible",
                "LGBT social media group post",
                ("A post in", "media group"),
                "told",
                ("local LGBT social media group",),
            ),
        ],
        "sources": [
            S("activists", "ngo_activist"),
            S("LGBT Network", "ngo_activist"),
            S("local residents", "citizen"),
            S("gay men", "citizen"),
            S(KOCHETKOV, "ngo_activist", affiliation="LGBT Network"),
            S("The Telegraph", "media"),
            S("Alexander", "citizen"),
            S("Meduza", "media"),
            S("LGBT social media group post", "anonymous"),
        ],
        # scare quotes
        "ignore": [("genocide,", "genocide,"), ("honor killing,", "honor killing,")],
    },
    "nydailynews-2017-07-kadyrov-hbo-real-sports": {
        "quotes": [
            Q("partial", "nonsense,", "nonsense,", KADYROV, "Kadyrov", "dismisses"),
            Q(
                "indirect",
                "homosexuals do not exist in",
                "exist in Chechnya",
                KADYROV,
                "Kadyrov",
                "stating",
            ),
            Q(
                "direct",
                "We don't have such people",
                "such people here,",
                KADYROV,
                "Kadyrov",
                "says",
            ),
            Q("direct", "We don't have any gays. If", "here, take them.", KADYROV),
            Q(
                "direct",
                "If we have (gay) people here",
                "still condone it,",
                KADYROV,
                "Kadyrov",
                "says",
            ),
            Q(
                "direct",
                "I've been fighting since I was",
                "since I was 15,",
                KADYROV,
                "Kadyrov",
                "says",
            ),
            Q("direct", "I love to fight.", "my greatest joy.", KADYROV),
            Q("indirect", "his MMA fighters are", "the best", KADYROV, "Kadyrov", "gushes"),
            Q(
                "partial",
                "the best",
                "the best",
                KADYROV,
                "Kadyrov",
                "gushes",
                after="his MMA fighters are",
            ),
            Q(
                "direct",
                "I want to show the world that",
                "the best fighters,",
                KADYROV,
                "Kady",
                "says",
            ),
        ],
        "sources": [
            S(KADYROV, "government", "leader", "Chechnya"),
            S("HBO Real Sports", "media"),
        ],
        # programme and film titles, scare quotes
        "ignore": [
            ("Real Sports", "Real Sports", "The moment HBO"),
            ("gay purge", "gay purge"),
            ("Real Sports", "Real Sports", "Kadyrov says, according"),
            ("honor killings", "honor killings", "known as"),
            ("honor killings", "honor killings", "referring to the"),
            ("Rocky IV", "Rocky IV"),
        ],
    },
    "jezebel-2017-04-kremlin-refutes": {
        "quotes": [
            Q(
                "indirect",
                "investigators have found no",
                "republic of Chechnya",
                "Dmitry Peskov",
                ("Russian President", "Dmitry Peskov"),
                "says",
            ),
            Q(
                "indirect",
                "this situation has affected",
                "left three dead)",
                "reports",
                "reports",
                "suggesting",
                ("Novaya Gazeta",),
            ),
            Q(
                "partial",
                "massive information attack",
                "traditions and customs.",
                KADYROV,
                "Kadyrov",
                "called",
                side="before",
            ),
            Q(
                "indirect",
                "she’s fleeing Russia",
                "she’s fleeing Russia",
                "Elena Milashina",
                "Elena Milashina",
                "told",
            ),
            Q(
                "indirect",
                "journalists have nothing to",
                "nothing to fear",
                "Dmitry Peskov",
                "Peskov",
                "told",
            ),
            Q(
                "indirect",
                "doesn’t exist",
                "doesn’t exist",
                KADYROV,
                "its president",
                "says",
            ),
        ],
        "sources": [
            S("Dmitry Peskov", "government", "spokesman", "Kremlin"),
            S("NBC News", "media"),
            S("reports", "media"),
            S(KADYROV, "government", "President", "Chechnya"),
            S("Elena Milashina", "media", "reporter", "Novaya Gazeta"),
            S("Washington Post", "media"),
        ],
        # a scare-quoted word inside a request (telling someone not to believe is no statement)
        "ignore": [("provocative", "provocative")],
    },
    "sgn-2017-05-12-chechnya-purge": {
        "quotes": [
            Q(
                "indirect",
                "more than 100 gay men had been",
                "as part of a purge",
                "Novaya Gazeta",
                ("Russian newspaper", "Novaya Gazeta"),
                "reported",
            ),
            Q(
                "partial",
                "in connection with their",
                "or suspicion of such",
                "Novaya Gazeta",
                ("Russian newspaper", "Novaya Gazeta"),
                "reported",
            ),
            Q(
                "indirect",
                "authorities in Chechnya have",
                "rounding up Gay men",
                "human rights groups",
                "human rights groups",
                "verified",
                ("Human Rights Watch", "International Crisis Group"),
            ),
            Q(
                "indirect",
                "something horrendous was",
                "indeed taking place",
                "Human Rights Watch",
                ("Human Rights Watch and", "Crisis Group"),
                "confirmed",
                ("International Crisis Group",),
                side="before",
            ),
            Q(
                "direct",
                "The number of sources and",
                "have indeed occurred.",
                "Human Rights Watch",
                "Human Rights Watch",
                "stated",
                side="before",
            ),
            Q(
                "indirect",
                "over 100 men have been",
                "beaten and tortured",
                "Human Rights Watch",
                "Human Rights Watch",
                "According to",
            ),
            Q(
                "indirect",
                "that number to be much",
                "much, much higher",
                "Russian LGBT activists",
                "Russian LGBT activists",
                "believe",
            ),
            Q(
                "indirect",
                "authorities have been arresting",
                "believed to be Gay",
                "human rights activists",
                ("Human rights activists", "in the area"),
                "believe",
            ),
            Q(
                "partial",
                "absolute lies and",
                "lies and disinformation.",
                "spokesman for Ramzan Kadyrov",
                ("A spokesman", "for Kadyrov"),
                "calling",
                (KADYROV,),
            ),
        ],
        "sources": [
            S("Novaya Gazeta", "media"),
            S("human rights groups", "ngo_activist"),
            S("Human Rights Watch", "ngo_activist"),
            S("International Crisis Group", "ngo_activist"),
            S("Russian LGBT activists", "ngo_activist"),
            S("human rights activists", "ngo_activist"),
            S("spokesman for Ramzan Kadyrov", "government", "spokesman", "Chechnya"),
        ],
        # free indirect speech that may be the writer's; a passive report with no agent; a
        # denial with no content
        "ignore": [
            ("At least three detainees", "reportedly dead"),
            ("Two television reporters", "reported missing"),
            ("denied the Novaya Gazeta", "Gazeta report"),
        ],
    },
    "newyorker-repost-2017-06-gay-men-who-escaped": {
        "quotes": [
            Q(
                "direct",
                "Get dressed, we have",
                "take you in,",
                "local police officer",
                "the man",
                "said",
                side="after",
            ),
            Q(
                "direct",
                "They pushed my head down",
                "where we were going,",
                "Ali",
                "Ali",
                "told",
                side="after",
            ),
            Q("direct", "Their faces were all", "told them everything.", "Ali"),
            Q(
                "direct",
                "I told them everything.",
                "told them everything.",
                "one of two men Ali knew",
                "One of them",
                "said",
                ("two men he knew",),
            ),
            Q(
                "direct",
                "Their boss is sitting",
                "sprawled out,",
                "Ali",
                "he",
                "continued",
                side="after",
            ),
            Q("direct", "He says, ‘You take it", "denying everything.", "Ali"),
            Q(
                "direct",
                "You take it up the ass.",
                "up the ass.",
                "boss",
                "He",
                "says",
                ("Their boss",),
                side="before",
            ),
            Q(
                "direct",
                "I knew that if they tortured",
                "give everyone up,",
                "Ali",
                "Ali",
                "told",
                side="after",
            ),
            Q(
                "indirect",
                "he knew the man only as",
                "as a business client",
                "Ali",
                "He",
                "said",
                side="before",
            ),
            Q("direct", "They started beating me.", "gays here in Chechnya.", "Ali"),
        ],
        "sources": [
            S("Ali", "victim", "gay man detained in Grozny (first name only)"),
            S("local police officer", "government", "police officer", "Chechnya"),
            S("one of two men Ali knew", "victim"),
            S("boss", "government", "head of the jailers"),
        ],
        # a suggestion to meet (no statement); a reported statement nested inside Ali's quote
        "ignore": [
            ("suggested that they meet", "that they meet"),
            ("I kept saying that", "gays here in Chechnya."),
        ],
    },
    "equaleyes-2018-11-02-osce-coalition-probe": {
        "quotes": [
            Q(
                "indirect",
                "The “Moscow Mechanism,” adopted",
                "problem on human rights",
                "organization’s website",
                "the organization’s website",
                "according to",
                ("OSCE", "Organization for Security"),
            ),
            Q(
                "indirect",
                "people no longer question",
                "investigation on the matter",
                KOCHETKOV,
                KOCHETKOV,
                "states",
                ("Russian LGBT Network",),
            ),
            Q(
                "direct",
                "People often ask us, whether",
                "since the Rus",
                KOCHETKOV,
                "He",
                "comments",
                ("Russian LGBT Network",),
                side="before",
            ),
        ],
        "sources": [
            S("Washington Blade", "media"),
            S("organization’s website", "government", affiliation="OSCE"),
            S("Russian LGBT Network", "ngo_activist"),
            S(KOCHETKOV, "ngo_activist", "representative", "Russian LGBT Network"),
        ],
        # the mechanism's name in quotation marks; announcing plans to investigate is a pledge,
        # not a statement (a prediction there is a false positive)
        "ignore": [("Moscow Mechanism", "Moscow Mechanism", "invoked the organization")],
    },
    "kavkazuzel-2017-09-08-bakaev-law-enforcers": {
        "quotes": [
            Q(
                "indirect",
                "Chechen singer Zelimkhan",
                "involves law enforcers",
                "Zelimkhan Bakaev’s close relatives",
                "his close relatives",
                "believe",
                ("relatives",),
            ),
            Q(
                "indirect",
                "law enforcers may be involved",
                "Bakaev's disappearance",
                "Zelimkhan Bakaev’s relatives and friends",
                "His relatives and friends",
                "believe",
                ("relatives", "friends"),
            ),
            Q(
                "indirect",
                "he could be kidnapped",
                "could be kidnapped",
                "singer’s friends",
                "the singer's friends",
                "suggested",
                ("friends",),
            ),
            Q(
                "direct",
                "The complaints about his",
                "intelligible about the case,",
                "one of the singer’s relatives",
                "one of the singer's relatives",
                "said",
                ("relative",),
            ),
            Q(
                "direct",
                "the most believable version",
                "by local law enforcers.",
                "one of the singer’s relatives",
                "him",
                "According to",
                ("relative",),
                side="before",
            ),
            Q(
                "direct",
                "There are people who saw",
                "looking for him,",
                "female friend of Bakaev",
                ("a female friend", "Zelimkhan Bakaev"),
                "believes",
                ("friend",),
                side="after",
            ),
            Q(
                "indirect",
                "Zelimkhan Bakaev was not a",
                "do not need him.",
                "Djambulat Umarov",
                "Djambulat Umarov",
                "has stated",
            ),
            Q(
                "partial",
                "law enforcers absolutely",
                "do not need him.",
                "Djambulat Umarov",
                "Djambulat Umarov",
                "has stated",
            ),
        ],
        "sources": [
            S("Zelimkhan Bakaev’s relatives and friends", "citizen"),
            S("singer’s friends", "citizen"),
            S("one of the singer’s relatives", "citizen"),
            S("female friend of Bakaev", "citizen"),
            S(
                "Djambulat Umarov",
                "government",
                "Minister for National Policy",
                "Chechnya",
            ),
        ],
        # the outlet's own earlier report (its own finding); the outlet's name and a song
        # title in quotation marks
        "ignore": [
            ("Caucasian Knot", "Caucasian Knot", "has not yet revealed"),
            ("the singer's friends suggested", "conflict in his family"),
            ("Michakh hyo lela besam", "Michakh hyo lela besam"),
        ],
    },
    "aravot-2017-05-27-hrw-confirms-purge": {
        "quotes": [
            Q(
                "indirect",
                "it has confirmed that police",
                "from Chechen society.",
                "Human Rights Watch",
                "Human Rights Watch",
                "says",
                side="before",
            ),
            Q(
                "partial",
                "an apparent effort to purge",
                "from Chechen society.",
                "Human Rights Watch",
                "Human Rights Watch",
                "says",
                side="before",
            ),
            Q(
                "indirect",
                "the “antigay purge” lasted",
                "by officials in Chechnya.",
                "Human Rights Watch",
                ("U.S.-based", "rights group"),
                "said",
                ("rights group",),
            ),
            Q(
                "partial",
                "antigay purge",
                "antigay purge",
                "Human Rights Watch",
                ("U.S.-based", "rights group"),
                "said",
                ("rights group",),
            ),
            Q(
                "partial",
                "it was ordered and conducted",
                "by officials in Chechnya.",
                "Human Rights Watch",
                ("U.S.-based", "rights group"),
                "said",
                ("rights group",),
            ),
            Q(
                "indirect",
                "the speaker of Chechnya’s",
                "set in motion the purge.",
                "Human Rights Watch",
                "The report",
                "says",
                ("report",),
            ),
            Q(
                "partial",
                "seems to have played a key",
                "set in motion the purge.",
                "Human Rights Watch",
                "The report",
                "says",
                ("report",),
            ),
            Q(
                "indirect",
                "most of the purge victims",
                "violence against gay men.",
                "Human Rights Watch",
                "It",
                "says",
                ("report",),
                side="before",
            ),
            Q(
                "partial",
                "reported hearing the police",
                "violence against gay men.",
                "Human Rights Watch",
                "It",
                "says",
                ("report",),
                side="before",
            ),
            Q(
                "indirect",
                "three of the interviewed",
                "abuses were carried out",
                "Human Rights Watch",
                "It",
                "said",
                ("report",),
                side="before",
            ),
            Q(
                "indirect",
                "the purge began in Argun",
                "last week of February",
                "Human Rights Watch",
                "Human Rights Watch",
                "said",
                side="before",
            ),
            Q(
                "indirect",
                "police who detained a young",
                "he was homosexual",
                "Human Rights Watch",
                "It",
                "says",
                ("report",),
                side="before",
            ),
            Q(
                "partial",
                "intimate photographs and",
                "photographs and messages",
                "Human Rights Watch",
                "It",
                "says",
                ("report",),
                side="before",
            ),
            Q(
                "direct",
                "Using the information from",
                "of his gay contacts,",
                "Human Rights Watch",
                "Human Rights Watch",
                "reported",
                side="after",
            ),
            Q(
                "direct",
                "The police officials reported",
                "with Magomed Daudov,",
                "Human Rights Watch",
                "it",
                "said",
                ("report",),
                side="after",
            ),
        ],
        "sources": [
            S("Human Rights Watch", "ngo_activist"),
            S("Radio Free Europe/Radio Liberty", "media"),
        ],
        "ignore": [],
    },
    "sott-2017-04-no-gay-gulags": {
        "quotes": [
            Q(
                "direct",
                "I'm sure your office",
                "them with due care,",
                "Thorbjorn Jagland",
                "it",
                "said",
                ("Council of Europe",),
                side="after",
            ),
            Q(
                "indirect",
                "law enforcement agencies are",
                "of any such claims",
                "Dmitriy Peskov",
                "Dmitriy Peskov",
                "has confirmed",
            ),
            Q(
                "indirect",
                "not to have made",
                "not to have made",
                "activists",
                "activists",
                "claim",
                side="before",
            ),
            Q(
                "direct",
                "We [organisation] never gave",
                "of gays in Chechnya.",
                "activists",
                "activists",
                "stating",
                side="before",
            ),
            Q(
                "indirect",
                "the Kremlin is facing a number",
                "resonance of these articles",
                "Konstantin Listratov",
                "Konstantin Listratov",
                "According to",
            ),
            Q(
                "direct",
                "The Russian authorities risk",
                "and public figures.",
                "Konstantin Listratov",
            ),
        ],
        "sources": [
            S("Thorbjorn Jagland", "government", "Secretary General", "Council of Europe"),
            S("Dmitriy Peskov", "government", "Press Secretary", "Kremlin"),
            S("activists", "ngo_activist"),
            S(
                "Konstantin Listratov",
                "expert",
                "political consultant",
            ),
        ],
        # a request with a quoted fragment; a dismissal with no content; outlet names and
        # headlines in quotation marks
        "ignore": [
            ("torture and abductions", "torture and abductions"),
            ("has called accusations", "simple slander"),
            ("Toronto Sun", "Toronto Sun"),
            ("Novaya Gazeta", "Novaya Gazeta", "propagated by journalists"),
            ("Chechnya opened the first", "Washington Post"),
        ],
    },
    "moscowtimes-2020-05-21-hbo-trailer-chechnya-doc": {
        "quotes": [
            Q(
                "indirect",
                "no homosexuals live in",
                "live in Chechnya",
                "local leaders",
                "local leaders",
                "claiming",
            ),
            Q(
                "indirect",
                "The Russian region tightly",
                "community since 2017",
                "David France",
                "France",
                "has said",
                side="after",
            ),
            Q(
                "partial",
                "a government-led, brutal",
                "brutal campaign",
                "David France",
                "France",
                "has said",
                side="after",
            ),
            Q(
                "direct",
                "It is the first time since",
                "rounded up for extermination,",
                "David France",
                "he",
                "told",
                side="after",
            ),
            Q(
                "direct",
                "They knew it was not enough",
                "of the Chechen people,",
                "David France",
                "France",
                "told",
                side="after",
            ),
            Q(
                "direct",
                "Even should they arrive",
                "would be pursued,",
                "David France",
                "he",
                "had said",
                side="after",
            ),
            Q("direct", "I promised them I would", "disguise them.", "David France"),
        ],
        "sources": [
            S("local leaders", "government", affiliation="Chechnya"),
            S("David France", "other", "film director"),
            S("AFP", "media"),
            S("Indiewire", "media"),
        ],
        # the film's title; reports on a topic and a denial, with no content clause
        "ignore": [
            ("Welcome to Chechnya", "Welcome to Chechnya"),
            ("reported on the torture", "local leaders deny"),
        ],
    },
    "sbs-2017-04-19-crimes-against-humanity-feared": {
        "quotes": [
            Q(
                "indirect",
                "they consider the reports",
                "crime against humanity",
                "Russian LGBT Network",
                "The Russia LGBT Network",
                "says",
                ("Russia LGBT Network",),
                side="before",
            ),
            Q(
                "indirect",
                "it considers the alleged",
                "crime against humanity",
                "Russian LGBT Network",
                "The Russia LGBT Network",
                "says",
                ("Russia LGBT Network",),
                side="before",
            ),
            Q(
                "indirect",
                "the alleged program is being",
                "services in the region",
                "testimonials of the network",
                "testimonials",
                "indicate",
                ("Russian LGBT Network", "Russia LGBT Network"),
            ),
            Q(
                "indirect",
                "the systematic organisation",
                "unprecedented in the region",
                "Ekaterina Sokirianskaia",
                "Ekaterina Sokirianskaia",
                "tells",
            ),
            Q(
                "direct",
                "It is a real disaster",
                "getting out of control,",
                "Ekaterina Sokirianskaia",
                "she",
                "says",
                side="after",
            ),
            Q(
                "indirect",
                "there’s hope among activists",
                "the Islamic territory",
                "Ekaterina Sokirianskaia",
                "She",
                "says",
                side="before",
            ),
            Q(
                "direct",
                "All it would take is a phone",
                "phone call from Putin,",
                "Ekaterina Sokirianskaia",
                "Ms Sokirianskaia",
                "says",
                side="after",
            ),
            Q(
                "direct",
                "Putin is the only one who",
                "regime in Grozny.",
                "Ekaterina Sokirianskaia",
            ),
            Q(
                "direct",
                "I'm sure if the Kremlin gives",
                "it would stop,",
                "Ekaterina Sokirianskaia",
                "Ms Sokirianskaia",
                "says",
                side="after",
            ),
            Q(
                "indirect",
                "they wil",
                "they wil",
                "Russian prosecutors",
                "Russian prosecutors",
                "have said",
            ),
        ],
        "sources": [
            S("Russian LGBT Network", "ngo_activist"),
            S("testimonials of the network", "victim", affiliation="Russian LGBT Network"),
            S(
                "Ekaterina Sokirianskaia",
                "ngo_activist",
                "Russia Project Director",
                "International Crisis Group",
            ),
            S("Russian prosecutors", "government"),
        ],
        "ignore": [],
    },
    "infosurhoy-2020-07-bbc-doc-gay-purge": {
        "quotes": [
            Q(
                "direct",
                "TURN his f*****g face",
                "towards the camera,",
                "one of the torturers",
                "one of the torturers",
                "says",
                ("torturers",),
            ),
            Q(
                "indirect",
                "76 per cent of Russians",
                "needs to be treated",
                "2015 poll",
                "a 2015 poll",
                "according to",
            ),
            Q(
                "direct",
                "It is a disgrace to be gay",
                "gay in Chechnya,",
                "David Isteev",
                "David Isteev",
                "says",
                ("Russian LGBT Network",),
            ),
            Q("direct", "And for a family to find out", "away with blood.", "David Isteev"),
        ],
        "sources": [
            S("one of the torturers", "other"),
            S("2015 poll", "other"),
            S(
                "David Isteev",
                "ngo_activist",
                "Crisis Response Coordinator",
                "Russian LGBT Network",
            ),
            S("BBC", "media"),
        ],
        # scare quotes and a pseudonym in quotation marks; a film that shows (no speech)
        "ignore": [
            ("gay purge", "gay purge", "gut-wrenching"),
            ("BBC doc reveals how", "to death by rats"),
            ("Anya", "Anya", "referred to as"),
        ],
    },
    "rawstory-2017-04-25-six-prisons": {
        "quotes": [
            Q(
                "indirect",
                "Chechnya runs prisons",
                "prisons for gay men",
                "Novaya Gazeta",
                "Russian paper",
                "claims",
                ("Russian paper", "investigative newspaper"),
            ),
            Q(
                "indirect",
                "it has located six",
                "gay men in Chechnya",
                "Novaya Gazeta",
                ("Russia’s foremost", "newspaper"),
                "claims",
                ("Russian paper", "investigative newspaper"),
            ),
        ],
        "sources": [
            S("Novaya Gazeta", "media"),
            S("LGBT activists", "ngo_activist"),
            S("members of law enforcement", "anonymous"),
        ],
        # a denial of reports (no content of its own); reports 'detailing' a noun, cut off
        "ignore": [
            ("recent denials of reports", "have been disappearing"),
            ("detailing the detention", "detention of"),
        ],
    },
    "trendolizer-2017-07-kadyrov-canada": {
        "quotes": [
            Q(
                "direct",
                "if there are any, take",
                "them to Canada",
                "Ramazan Kadyrov",
                "Ramazan Kadyrov",
                "says",
                (KADYROV,),
            ),
            Q(
                "indirect",
                "there even are any",
                "in his region",
                "Ramazan Kadyrov",
                "Chechnya's strongman leader",
                "denying",
                (KADYROV,),
            ),
        ],
        "sources": [S("Ramazan Kadyrov", "government", "leader", "Chechnya")],
        # a denial with a noun for its object
        "ignore": [("existence of gay men", "men in Chechnya")],
    },
    "ibtimes-2017-04-11-how-gay-people-persecuted": {
        "quotes": [
            Q(
                "indirect",
                "More than 100 gay men",
                "region of Chechnya",
                "Novaya Gazeta",
                "Novaya Gazeta",
                "according to",
                ("reports", "human rights organisations"),
            ),
        ],
        "sources": [
            S("Novaya Gazeta", "media"),
            S("human rights organisations", "ngo_activist"),
        ],
        "ignore": [],
    },
    "vodzilla-2020-06-26-welcome-to-chechnya-review": {
        "quotes": [
            Q(
                "direct",
                "Could anything have prepared",
                "afterward? No.",
                "David Isteev",
                "David Isteev",
                "That’s",
                side="after",
            ),
        ],
        "sources": [
            S("David Isteev", "ngo_activist", "activist"),
        ],
        "ignore": [],
    },
    "moscowtimes-2017-05-24-panic-mode-moscow-probe": {
        "quotes": [
            Q(
                "indirect",
                "Russia’s Investigative",
                "already panicking",
                "Novaya Gazeta",
                "Novaya Gazeta",
                "reported",
                side="after",
            ),
        ],
        "sources": [
            S("Novaya Gazeta", "media"),
            S("Russian Federal Agents", "government"),
            S("Russian Intelligence Chief", "government"),
        ],
        # the site's ticker of other stories, three times: headlines, which the seed leaves
        # unannotated (its related-story headline "… says there is no proof …" is no quote),
        # so their "X Say(s) Y" are ignored like the denial of a plan (a noun, no content)
        # and a feature's name in quotation marks
        "ignore": [
            ("They Have a New Jihadist", "Under Arrest", "City Listings & Guide"),
            ("Terrorists Use Telegram", "Secret Chats", "City Listings & Guide"),
            ("They Have a New Jihadist", "Under Arrest", "Chats’\nRussia\nRussian"),
            ("Terrorists Use Telegram", "Secret Chats", "Chats’\nRussia\nRussian"),
            ("They Have a New Jihadist", "Under Arrest", "Lifehack\nListings"),
            ("Terrorists Use Telegram", "Secret Chats", "Lifehack\nListings"),
            ("Plan to Ban Foreign", "Russian Football", "City Listings & Guide"),
            ("Plan to Ban Foreign", "Russian Football", "Chats’\nRussia\nRussian"),
            ("Plan to Ban Foreign", "Russian Football", "Lifehack\nListings"),
            ("Secret Chats", "Secret Chats", "City Listings & Guide"),
            ("Secret Chats", "Secret Chats", "Chats’\nRussia\nRussian"),
            ("Secret Chats", "Secret Chats", "Lifehack\nListings"),
        ],
    },
    "caucasianknot-2018-01-19-hrw-world-report-chechnya": {
        "quotes": [
            Q(
                "direct",
                "In Chechnya, authorities held",
                "unlawful detention,",
                "Human Rights Watch",
                "introduction",
                "states",
                ("HRW", "World Report", "introduction"),
            ),
            Q(
                "indirect",
                "dozens of men fell victim",
                "in the republic",
                "Human Rights Watch",
                "rights defenders",
                "note",
                ("HRW", "rights defenders"),
                side="before",
            ),
            Q(
                "direct",
                "Some of those who refused",
                "pressure from co",
                "Human Rights Watch",
                alt=("HRW", "World Report"),
            ),
        ],
        "sources": [
            S("Human Rights Watch", "ngo_activist"),
            S("Russian LGBT Network", "ngo_activist"),
            S("Elena Milashina", "media", "special correspondent", "Novaya Gazeta"),
        ],
        # names and scare quotes in quotation marks (the agency quotes every name); the
        # agency's own earlier report; topics 'mentioned', 'pointed to' and 'noted' (nouns,
        # no content clause); a sentence after the rights defenders' note, with no cue
        "ignore": [
            ("Human Rights Watch", "Human Rights Watch"),
            ("Caucasian Knot", "Caucasian Knot"),
            ("Russian LGBT Network", "Russian LGBT Network"),
            ("Novaya Gazeta", "Novaya Gazeta"),
            ("cleansing", "cleansing"),
            ("women's morality", "morality,"),
            ("family reunification", "family reunification"),
            ("the first wave of", "ended in June"),
            ("persecution of gays and mass", "militants in Chechnya"),
            ("Their mobile phones", "their familiar gays"),
            ("the intensification of", "roles in a family"),
            ("a programme of", "launched in Chechnya"),
        ],
    },
    "rferl-2019-04-01-amnesty-calls-for-justice": {
        "quotes": [
            Q(
                "indirect",
                "Two years after a",
                "justice for the victims",
                "Amnesty International",
                "Amnesty International",
                "according to",
                side="after",
            ),
            Q(
                "partial",
                "horrifying",
                "horrifying",
                "Amnesty International",
                "Amnesty International",
                "according to",
                side="after",
            ),
            Q(
                "indirect",
                "The authorities have",
                "gay or lesbian,",
                "Marie Struthers",
                "Marie Struthers",
                "said",
            ),
            Q(
                "partial",
                "shown themselves to be",
                "gay or lesbian,",
                "Marie Struthers",
                "Marie Struthers",
                "said",
            ),
            Q(
                "indirect",
                "it had confirmed that",
                "from Chechen society.",
                "Human Rights Watch",
                "Human Rights Watch",
                "said",
            ),
            Q(
                "partial",
                "an apparent effort",
                "from Chechen society.",
                "Human Rights Watch",
                "Human Rights Watch",
                "said",
            ),
            Q(
                "indirect",
                "no one has yet been held",
                "North Caucasus region",
                "Marie Struthers",
                "Struthers",
                "said",
                side="after",
            ),
            Q(
                "partial",
                "state-sponsored homophobia",
                "human rights violations",
                "Marie Struthers",
                "Struthers",
                "said",
                side="after",
            ),
            Q(
                "indirect",
                "The failure of the Russian",
                "in Chechnya last year",
                "Amnesty International",
                "Amnesty International",
                "said",
                side="after",
            ),
            Q(
                "partial",
                "homophobic crimes",
                "homophobic crimes",
                "Amnesty International",
                "Amnesty International",
                "said",
                side="after",
            ),
            Q(
                "indirect",
                "at least two people were",
                "by January 2019",
                "Amnesty International",
                "Amnesty International",
                "noting",
                side="before",
            ),
            Q(
                "indirect",
                "Russian authorities had also",
                "crackdown in Chechnya",
                "Amnesty International",
                "Amnesty International",
                "said",
                side="before",
            ),
            Q(
                "indirect",
                "Kochetkov presented",
                "the police to date",
                "Amnesty International",
                ("Amnesty", "Internationa"),
                "according to",
                side="after",
            ),
        ],
        "sources": [
            S("Amnesty International", "ngo_activist"),
            S(
                "Marie Struthers",
                "ngo_activist",
                "director for Eastern Europe, Central Asia",
                "Amnesty International",
            ),
            S("Human Rights Watch", "ngo_activist"),
            S("Novaya Gazeta", "media"),
        ],
        # a campaign 'first reported' by a newspaper: a noun, no content clause
        "ignore": [("A campaign of abuses", "gay men in Chechnya was")],
    },
    "intomore-2018-12-osce-report-confirms": {
        "quotes": [
            Q(
                "indirect",
                "Chechen law enforcement",
                "months at a time",
                "OSCE",
                "report",
                "finds",
                ("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
                side="before",
            ),
            Q(
                "partial",
                "purges",
                "purges",
                "OSCE",
                "report",
                "finds",
                ("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
                after="murdered LGBTQ people in",
                side="before",
            ),
            Q(
                "indirect",
                "the attacks have not ceased",
                "September and October 2018",
                "OSCE",
                "report",
                "According to",
                ("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
                side="before",
            ),
            Q(
                "direct",
                "They were taken to",
                "and bruises,",
                "OSCE",
                ("OSCE", "report"),
                "reads",
                ("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
                side="after",
            ),
            Q(
                "direct",
                "Some were also treated",
                "names of other gays.",
                "OSCE",
                alt=("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
            ),
            Q(
                "indirect",
                "were often released to",
                "kill them instead",
                "OSCE",
                "report",
                "says",
                ("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
                side="before",
            ),
            Q(
                "indirect",
                "several had been",
                "raped and killed.",
                "OSCE",
                "report",
                "saying",
                ("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
                side="before",
            ),
            Q(
                "partial",
                "unlawfully detained",
                "raped and killed.",
                "OSCE",
                "report",
                "saying",
                ("OSCE report", "report", "OSCE Rapporteur", "Organization for Security"),
                side="before",
            ),
            Q(
                "indirect",
                "the evidence of barbaric",
                "deny the existence.",
                "Ty Cobb",
                "Ty Cobb",
                "said",
                ("Human Rights Campaign",),
            ),
            Q(
                "partial",
                "the Russian government can",
                "deny the existence.",
                "Ty Cobb",
                "Ty Cobb",
                "said",
                ("Human Rights Campaign",),
            ),
            Q("direct", "World leaders, including", "World leaders, including", "Ty Cobb"),
        ],
        "sources": [
            S("OSCE", "government", "Rapporteur"),
            S("Ty Cobb", "ngo_activist", "global director", "Human Rights Campaign"),
            S("human rights groups", "ngo_activist"),
        ],
        # what a report 'confirms', 'documents' and 'cites' (nouns, no content clause); a
        # denial with a noun for its object, holding a scare quote
        "ignore": [
            ("Anti-LGBTQ Crusade", "Crusade in Chechnya"),
            ("a horrifying, ongoing", "LGBTQ people in Chechnya."),
            ("the anti-LGBTQ", "spring of 2017"),
            ("Chechen authorities’ attacks", "bisexual women"),
        ],
    },
    "economist-2020-07-09-welcome-to-chechnya-deepfake": {
        "quotes": [
            Q(
                "direct",
                "NARRATIVES CAN make us",
                "they haunt us,",
                "Susan Sontag",
                "Susan Sontag",
                "wrote",
            ),
            Q(
                "indirect",
                "Stories and images play",
                "experiences of others",
                "Susan Sontag",
                "Sontag",
                "reckoned",
                side="after",
            ),
        ],
        "sources": [S("Susan Sontag", "other", "writer"), S("David France", "other", "director")],
        # the film's and the book's titles; what follows 'Sontag reckoned:' may be the
        # writer's gloss
        "ignore": [
            ("Welcome to Chechnya", "Welcome to Chechnya", "Prospero"),
            ("Welcome to Chechnya", "Welcome to Chechnya", "feeling."),
            ("Welcome to Chechnya", "Welcome to Chechnya", "early 2019, "),
            ("Regarding the Pain", "Pain of Others"),
            ("stories explain a situation", "in the memory"),
        ],
    },
}


def _find_once(text: str, anchor: str, start: int, aid: str) -> int:
    at = text.find(anchor, start)
    if at < 0:
        raise ValueError(f"{aid}: anchor {anchor!r} not found after {start}")
    if text.find(anchor, at + 1) >= 0 and start == 0:
        raise ValueError(f"{aid}: anchor {anchor!r} occurs more than once; give `after`")
    return at


def _span(text: str, first: str, last: str, aid: str, after: str | None = None) -> tuple[int, int]:
    origin = 0 if after is None else _find_once(text, after, 0, aid) + len(after)
    a = text.find(first, origin) if after else _find_once(text, first, 0, aid)
    if a < 0:
        raise ValueError(f"{aid}: anchor {first!r} not found")
    b = text.find(last, a) + len(last)
    if b < a + len(last) or b - a > 1500:
        raise ValueError(f"{aid}: end anchor {last!r} not found after {first!r}")
    return a, b


def _mention(
    text: str, mention: str | tuple[str, str], span: tuple[int, int], aid: str, side: str | None
) -> tuple[int, int]:
    """Find the mention nearest the quote, outside it (on ``side`` of it when given)."""
    first, last = (mention, mention) if isinstance(mention, str) else mention
    a, b = span
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", text)]
    hits = [h for h in hits if not a <= h < b]
    if side == "before":
        hits = [h for h in hits if h < a]
    elif side == "after":
        hits = [h for h in hits if h >= b]
    if not hits:
        raise ValueError(f"{aid}: speaker mention {first!r} not found")
    best = min(hits, key=lambda h: abs(h - a))
    end = text.find(last, best) + len(last)
    if end < best + len(last) or end - best > 80:
        raise ValueError(f"{aid}: speaker mention end {last!r} not found")
    return best, end


def _check_anchors() -> None:
    """No anchor may reach 32 characters: the repository holds no run of article text."""
    for aid, spec in GOLD.items():
        for q in spec["quotes"]:
            strings = [q.first, q.last, q.after or ""]
            strings += [q.mention] if isinstance(q.mention, str) else list(q.mention or ())
            for s in strings:
                if len(s) >= 32:
                    raise ValueError(f"{aid}: anchor {s!r} is 32 characters or more")


def build(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Resolve every anchor against the corpus text and return one record per article."""
    _check_anchors()
    texts = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            texts[article["id"]] = article["text"]
    out = []
    for aid, spec in GOLD.items():
        text = texts[aid]
        quotes = []
        for q in spec["quotes"]:
            a, b = _span(text, q.first, q.last, aid, q.after)
            span = text[a:b]
            if span[0] in MARKS or span[-1] in MARKS or span != span.strip():
                raise ValueError(f"{aid}: span {a}-{b} starts or ends with a mark or space")
            rec: dict[str, Any] = {"start": a, "end": b, "kind": q.kind, "speaker": q.speaker}
            if q.alt:
                rec["speaker_alt"] = list(q.alt)
            if q.mention:
                ms, me = _mention(text, q.mention, (a, b), aid, q.side)
                rec["speaker_start"], rec["speaker_end"] = ms, me
            if q.cue:
                rec["cue"] = q.cue
            quotes.append(rec)
        ignore = [
            dict(zip(("start", "end"), _span(text, f, la, aid, *rest), strict=True))
            for f, la, *rest in spec.get("ignore", [])
        ]
        record: dict[str, Any] = {"id": aid, "quotes": quotes, "sources": spec["sources"]}
        if ignore:
            record["ignore"] = ignore
        out.append(record)
    return out


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def check_no_text(files: list[Path], corpus: Path = CORPUS, *, width: int = 32) -> list[str]:
    """Return every run of ``width`` characters of corpus text found in ``files``."""
    runs: set[str] = set()
    for path in files:
        content = path.read_text(encoding="utf-8")
        runs.update(content[i : i + width] for i in range(len(content) - width + 1))
    found = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            found += [text[i : i + width] for i in range(len(text) - width + 1)
                      if text[i : i + width] in runs]  # fmt: skip
    return found


def main() -> int:
    """Write the gold file and print each span for a visual check."""
    records = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "--show" in sys.argv:
        texts = {
            json.loads(line)["id"]: json.loads(line)["text"]
            for line in CORPUS.open(encoding="utf-8")
        }
        for rec in records:
            text = texts[rec["id"]]
            _say(f"===== {rec['id']}")
            for q in rec["quotes"]:
                m = text[q["speaker_start"] : q["speaker_end"]] if "speaker_start" in q else "-"
                _say(f"  {q['kind']:8} {q['speaker']!r:30} [{m}] {q.get('cue')}: "
                      f"{text[q['start'] : q['end']]!r}")  # fmt: skip
            for s in rec.get("ignore", []):
                _say(f"  IGNORE {text[s['start'] : s['end']]!r}")
    leaks = check_no_text([OUT, Path(__file__), HERE / "README.md"])
    if leaks:
        raise ValueError(f"article text in data/gold: {leaks[:3]}")
    _say(f"{OUT}: {len(records)} articles, {sum(len(r['quotes']) for r in records)} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
