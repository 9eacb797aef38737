"""Sample corpus, part 1: the first reports and the first denials (12-25 September 2024).

Each article is marked up as described in ``markup.py``; ``build.py`` computes the offsets.
"""

from markup import Article, Q, S

ARTICLES: list[Article] = []

# ---------------------------------------------------------------- A01 The Lantern, founding story
ARTICLES.append(
    Article(
        id="lantern-2024-09-12-tarvel-depot",
        outlet="The Lantern",
        url="https://thelantern.example.org/investigations/2024/09/12/tarvel-depot-morvesh-detentions",
        title="Men held in a tractor depot: how Morvesh police are hunting gay men",
        published="2024-09-12",
        author="Nadia Korvel",
        language="en",
        text="""
Investigations
Men held in a tractor depot: how Morvesh police are hunting gay men
By Nadia Korvel
12 September 2024, 07:30

The gates of the former tractor depot outside Tarvel. ⟦@15|Survivors⟧ say ⟦15|detainees were held in its workshop building⟧. (Photo: The Lantern)

Police in the Morvesh Autonomous Region have detained at least 40 men suspected of being gay since late July, holding them without charge in a disused tractor depot on the outskirts of Tarvel, where many were beaten and given electric shocks. At least two of them have died.

The Lantern spoke to six former detainees, two relatives of missing men and a serving police officer over the past five weeks. Their accounts match in detail: the unmarked minibuses, the questioning about “⟦!scare|contacts⟧” on the detainees’ phones, the cold workshop floor where men slept in rows.

“⟦1|They took my phone and went through every name. For every man in it they asked: is he one of you?⟧” ⟦@1|one survivor⟧, who asked not to be named, told The Lantern. ⟦@2|He⟧ said ⟦2|he was held for eleven days and released only after his uncle paid a bribe⟧.

Another former detainee, a 24-year-old student we are calling ⟦@3|Emil⟧, said ⟦3|guards at the depot had forced him to name other men⟧. “⟦4|They said that if I gave them ten names, I could go home. I gave them none, and they used the electric wire on me,⟧” ⟦@4|he⟧ said.

⟦@5|A serving officer of the Morvesh interior ministry⟧, who spoke on condition of anonymity because he was not authorised to talk to the press, confirmed that ⟦5|lists of “⟦!scare|suspects⟧” had been drawn up on the orders of the regional leadership⟧. According to ⟦@6|the officer⟧, ⟦6|at least two men died after beatings in August⟧.

The Lantern has seen the names of both men. Their families, who still live in Tarvel, declined to speak on the record. ⟦@7,8|One relative⟧ said only that ⟦7|the body was returned “⟦8|in a closed coffin, with an order to bury him the same day.⟧⟧”

According to ⟦@9|the survivors⟧, ⟦9|the detentions began after police seized the phone of a man arrested in Tarvel in July on an unrelated drugs charge⟧.

⟦@10|The Harbour Network⟧, a Kardovian LGBT rights group, says ⟦10|it has received 63 calls to its hotline from Morvesh since August⟧. “⟦11|We have never seen anything on this scale. People are not calling to ask for advice; they are calling to say goodbye,⟧” said ⟦@11|Milena Vortis⟧, a spokeswoman for the network.

Kamil Rezvanov, the spokesman for Governor Ilyas Tamrov, did not answer written questions sent on Monday. On Tuesday ⟦@12,13|he⟧ told the state broadcaster that “⟦12|no such depot exists⟧” and that “⟦13|people who write this are not journalists.⟧”

Governor Tamrov has ruled Morvesh since 2016 and answers to Velmora only in name. In a televised speech in August ⟦@14|he⟧ promised to “⟦14|clean the region of everything that is foreign to our traditions⟧”.

The regional interior ministry and the office of the national human rights commissioner, Vera Dobrenko, did not respond to requests for comment by the time of publication.

If you have information about detentions in Morvesh, contact The Lantern securely via our tip line.

Support independent journalism in Kardovia. Donate to The Lantern
""",
        quotes={
            1: Q(
                "direct",
                "one survivor",
                "told",
                note="anonymous survivor ('who asked not to be named')",
            ),
            2: Q("indirect", "one survivor", "said", note="pronoun speaker; no 'that'"),
            3: Q("indirect", "Emil", "said", note="pseudonym ('we are calling Emil')"),
            4: Q(
                "direct",
                "Emil",
                "said",
                note="pronoun speaker; reported speech inside the quote is not annotated",
            ),
            5: Q(
                "indirect",
                "serving officer of the Morvesh interior ministry",
                "confirmed",
                note="anonymous police source; contains scare quotes",
            ),
            6: Q("indirect", "serving officer of the Morvesh interior ministry", "according to"),
            7: Q(
                "indirect", "one relative", "said", note="contains a partial quote: annotated twice"
            ),
            8: Q("partial", "one relative", "said"),
            9: Q("indirect", "the survivors", "according to"),
            10: Q("indirect", "Harbour Network", "says", note="organisation as speaker"),
            11: Q("direct", "Milena Vortis", "said", note="inversion with apposition"),
            12: Q(
                "partial",
                "Kamil Rezvanov",
                "told",
                note="the whole complement is quoted, so only the partial quote is annotated",
            ),
            13: Q("partial", "Kamil Rezvanov", "told", note="closing mark after the period"),
            14: Q("partial", "Ilyas Tamrov", "promised"),
            15: Q("indirect", "the survivors", "say", note="in a photo caption"),
        },
        sources=[
            S("one survivor", "anonymous", role="former detainee", note="asked not to be named"),
            S("Emil", "victim_witness", role="former detainee, student", note="pseudonym"),
            S(
                "serving officer of the Morvesh interior ministry",
                "anonymous",
                role="police officer",
                affiliation="Morvesh interior ministry",
                note="spoke on condition of anonymity",
            ),
            S("one relative", "anonymous", role="relative of a man who died"),
            S("the survivors", "victim_witness", note="unnamed group of former detainees"),
            S("Harbour Network", "ngo_activist"),
            S("Milena Vortis", "ngo_activist", role="spokeswoman", affiliation="Harbour Network"),
            S("Kamil Rezvanov", "government", role="spokesman", affiliation="Governor of Morvesh"),
            S(
                "Ilyas Tamrov",
                "government",
                role="Governor",
                affiliation="Morvesh Autonomous Region",
            ),
        ],
        not_sources=[
            "Nadia Korvel (byline)",
            "The Lantern (photo credit; the outlet itself)",
            "Vera Dobrenko (did not respond)",
            "regional interior ministry (did not respond)",
        ],
        citations=[("Kardovia Today", "told the state broadcaster")],
        frames=[
            "human_rights_abuse",
            "victims_testimony",
            "denial_fabrication",
            "lgbt_rights",
            "religion_tradition",
        ],
        dominant="human_rights_abuse",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A02 Kardovia Today, denial
ARTICLES.append(
    Article(
        id="kardoviatoday-2024-09-13-depot-provocation",
        outlet="Kardovia Today",
        url="https://kardoviatoday.example.com/en/regions/20240913/morvesh-governor-provocation.html",
        title='Morvesh governor\'s office dismisses "depot" story as provocation',
        published="2024-09-13",
        author=None,
        language="en",
        text="""
Home | Kardovia | Regions | World | Video | En | Ru
Morvesh governor's office dismisses "⟦!headline|depot⟧" story as provocation
13.09.2024 | 18:42
DUNMARSK, September 13. /Kardovia Today/. The office of Morvesh Governor Ilyas Tamrov has dismissed as a provocation a publication by ⟦@1|the opposition website The Lantern⟧, which claimed that ⟦1|men were being held in a so-called "⟦!scare|secret depot⟧" near the town of Tarvel⟧.

"⟦2|This is a provocation prepared outside our country. There is no depot, there are no detainees, there are no victims. Not a single name has been given,⟧" ⟦@2|Kamil Rezvanov⟧, spokesman for the governor, said on Friday.

According to ⟦@3,4|Rezvanov⟧, ⟦3|the publication appeared on the eve of a session of the Inter-State Rights Commission and was intended to "⟦4|put pressure on Kardovia.⟧⟧"

⟦@5|He⟧ said ⟦5|the authors of the article had not contacted the regional administration⟧. ⟦6|The region's law enforcement agencies have received no complaints⟧, ⟦@6|he⟧ added.

"⟦7|If anyone has information about crimes, let them come to the police. But they will not come, because there is nothing to bring,⟧" ⟦@7|a spokesman for the Morvesh interior ministry⟧ told Kardovia Today.

Political analyst ⟦@8,9|Boris Kalmin⟧, head of the Centre for Regional Studies in Velmora, said ⟦8|the story fitted "⟦9|a familiar pattern of information attacks⟧" on Kardovia⟧. "⟦10|Every time our country strengthens its position, such stories appear. They are written for a foreign audience and paid for by foreign funds,⟧" ⟦@10|Kalmin⟧ said.

The Lantern, registered as a foreign agent in 2022, has repeatedly published unverified reports about the region. Its editor-in-chief, Oskar Feldt, lives abroad.

Earlier, ⟦@11,12,13|Governor Ilyas Tamrov⟧ stressed that ⟦11|the people of Morvesh "⟦12|live according to the traditions of their ancestors⟧"⟧ and that "⟦13|there is no place for such provocations here.⟧"

Read also:
Kardovia's human rights commissioner to review complaints from Morvesh
Morvesh harvest festival draws record crowds
""",
        quotes={
            1: Q(
                "indirect",
                "The Lantern",
                "claimed",
                note="another outlet as speaker, framed with 'claimed'; contains scare quotes",
            ),
            2: Q(
                "direct", "Kamil Rezvanov", "said", note="inversion with apposition after the name"
            ),
            3: Q("indirect", "Kamil Rezvanov", "according to", note="contains a partial quote"),
            4: Q("partial", "Kamil Rezvanov", "according to"),
            5: Q("indirect", "Kamil Rezvanov", "said", note="pronoun speaker; no 'that'"),
            6: Q("indirect", "Kamil Rezvanov", "added", note="statement before 'he added'"),
            7: Q(
                "direct",
                "spokesman for the Morvesh interior ministry",
                "told",
                note="speaker known only by title",
            ),
            8: Q("indirect", "Boris Kalmin", "said", note="contains a partial quote"),
            9: Q("partial", "Boris Kalmin", "said"),
            10: Q("direct", "Boris Kalmin", "said", note="surname only"),
            11: Q("indirect", "Ilyas Tamrov", "stressed", note="contains a partial quote"),
            12: Q("partial", "Ilyas Tamrov", "stressed"),
            13: Q(
                "partial",
                "Ilyas Tamrov",
                "stressed",
                note="the whole second complement is quoted: annotated once",
            ),
        },
        sources=[
            S("The Lantern", "media", role="opposition website (as described)"),
            S("Kamil Rezvanov", "government", role="spokesman", affiliation="Governor of Morvesh"),
            S(
                "spokesman for the Morvesh interior ministry",
                "security",
                affiliation="Morvesh interior ministry",
                note="unnamed",
            ),
            S(
                "Boris Kalmin",
                "expert",
                role="political analyst; head",
                affiliation="Centre for Regional Studies, Velmora",
            ),
            S(
                "Ilyas Tamrov",
                "government",
                role="Governor",
                affiliation="Morvesh Autonomous Region",
            ),
        ],
        not_sources=[
            "Oskar Feldt (mentioned)",
            "Inter-State Rights Commission (mentioned)",
            "Kardovia Today (the outlet itself, 'told Kardovia Today')",
        ],
        citations=[("The Lantern", "a publication by the opposition website The Lantern")],
        frames=["denial_fabrication", "political", "security_defence", "religion_tradition"],
        dominant="denial_fabrication",
        stance="false",
    )
)

# ---------------------------------------------------------------- A03 Northwire, the wire story
WIRE_0914 = """
DUNMARSK, Kardovia, Sept 14 (Northwire) - ⟦@1|Authorities in Kardovia's Morvesh Autonomous Region⟧ on Saturday denied reports that police had detained and tortured dozens of men suspected of being gay, calling the allegations a "⟦1|provocation⟧".

⟦@2|The independent news site The Lantern⟧, which first reported the detentions on Thursday, said ⟦2|at least 40 men had been held since late July in a disused tractor depot near the town of Tarvel, and that at least two had died after beatings⟧.

Northwire could not independently verify the reports.

"⟦3|This is a provocation prepared outside our country. There is no depot, there are no detainees, there are no victims,⟧" ⟦@3|Kamil Rezvanov⟧, a spokesman for Morvesh Governor Ilyas Tamrov, told reporters in Dunmarsk.

⟦@4|Rezvanov⟧ said ⟦4|no complaints had been filed with the regional police⟧. He did not respond to a question about the two men The Lantern said had died.

⟦@5|The Harbour Network⟧, a Velmora-based LGBT rights group, said ⟦5|it had helped 14 people leave Morvesh in the past three weeks and had received dozens of calls from the region to its emergency hotline⟧.

"⟦6|People are calling us from the toilets of their workplaces, whispering. They are afraid of their own relatives as much as of the police,⟧" the group's director, ⟦@6|Sasha Ordynets⟧, told Northwire by telephone.

⟦@7|Ordynets⟧ said ⟦7|some of those who had fled were now in the capital, Velmora, but did not feel safe there either, because Morvesh police had in the past tracked people down in other parts of Kardovia⟧.

The national government in Velmora has not commented. ⟦@8,9|A spokesman for the office of Kardovia's human rights commissioner⟧, Vera Dobrenko, said ⟦8|it had "⟦9|not received any official complaints⟧" but would study the publication⟧.

BACKGROUND
Morvesh, a mountainous region of about 1.2 million people in Kardovia's south, has been governed since 2016 by Tamrov, whom rights groups have accused of overseeing abductions and torture of critics. He denies the accusations.
"""

WIRE_QUOTES = {
    1: Q(
        "partial",
        "authorities in Kardovia's Morvesh Autonomous Region",
        "calling",
        note="one-word partial quote attributed to the authorities, not a scare quote",
    ),
    2: Q(
        "indirect",
        "The Lantern",
        "said",
        note="two coordinated clauses ('and that') in one span; the outlet is 'first reported'",
    ),
    3: Q("direct", "Kamil Rezvanov", "told"),
    4: Q("indirect", "Kamil Rezvanov", "said", note="surname only"),
    5: Q("indirect", "Harbour Network", "said", note="organisation as speaker"),
    6: Q("direct", "Sasha Ordynets", "told", note="'the group's director, Sasha Ordynets'"),
    7: Q("indirect", "Sasha Ordynets", "said"),
    8: Q(
        "indirect",
        "spokesman for the office of Kardovia's human rights commissioner",
        "said",
        note="the apposition 'Vera Dobrenko' names the commissioner, not the (unnamed) spokesman",
    ),
    9: Q("partial", "spokesman for the office of Kardovia's human rights commissioner", "said"),
}

WIRE_SOURCES = [
    S("authorities in Kardovia's Morvesh Autonomous Region", "government", cues=["denied"]),
    S("The Lantern", "media", cues=["first reported"]),
    S("Kamil Rezvanov", "government", role="spokesman", affiliation="Governor of Morvesh"),
    S("Harbour Network", "ngo_activist"),
    S("Sasha Ordynets", "ngo_activist", role="director", affiliation="Harbour Network"),
    S(
        "spokesman for the office of Kardovia's human rights commissioner",
        "government",
        affiliation="office of the human rights commissioner",
        note="unnamed",
    ),
]

WIRE_NOT_SOURCES = [
    "Vera Dobrenko (named in apposition to the office; the spokesman speaks)",
    "Ilyas Tamrov (mentioned; his denial is summarised, not reported)",
    "Northwire (the wire itself: 'told Northwire', 'could not independently verify')",
]

ARTICLES.append(
    Article(
        id="northwire-2024-09-14-morvesh-denies-detentions",
        outlet="Northwire",
        url="https://northwire.example.com/world/kardovia-morvesh-denies-gay-detentions-2024-09-14/",
        title="Kardovian region denies holding gay men in secret detention",
        published="2024-09-14",
        author="Jonas Reiter",
        language="en",
        text=WIRE_0914 + "\n(Reporting by Jonas Reiter; Editing by Clare Whitby)\n",
        quotes=WIRE_QUOTES,
        sources=WIRE_SOURCES,
        not_sources=[*WIRE_NOT_SOURCES, "Jonas Reiter (byline)", "Clare Whitby (editor)"],
        citations=[("The Lantern", "first reported")],
        frames=["denial_fabrication", "human_rights_abuse", "lgbt_rights"],
        dominant="denial_fabrication",
        stance="claims",
    )
)

# ---------------------------------------------------------------- A04 The Greywater Standard runs the wire story
ARTICLES.append(
    Article(
        id="greywater-2024-09-14-kardovia-gay-men-depot",
        outlet="The Greywater Standard (Northwire)",
        url="https://greywaterstandard.example.com/world/2024/sep/14/kardovia-morvesh-gay-men-detained-depot",
        title="Gay men held and tortured in Kardovian depot, say rights groups; region denies",
        published="2024-09-14",
        author="Northwire",
        language="en",
        text="""
A road leading into Tarvel, in Kardovia's Morvesh Autonomous Region. (Photo: Jonas Reiter / Northwire)
"""
        + WIRE_0914
        + """
Share this article
Topics: Kardovia | LGBT rights | Human rights
""",
        quotes=WIRE_QUOTES,
        sources=WIRE_SOURCES,
        not_sources=[*WIRE_NOT_SOURCES, "Jonas Reiter (photo credit)"],
        citations=[("The Lantern", "first reported"), ("Northwire", "(Northwire)")],
        frames=["denial_fabrication", "human_rights_abuse", "lgbt_rights"],
        dominant="denial_fabrication",
        stance="claims",
        derived_from={
            "id": "northwire-2024-09-14-morvesh-denies-detentions",
            "relation": "syndication",
            "note": "wire copy with a new headline, a photo caption and page furniture",
        },
    )
)

# ---------------------------------------------------------------- A05 Eastbridge Daily runs the wire story, trimmed
_trimmed = WIRE_0914.split("BACKGROUND")[0].replace(
    "DUNMARSK, Kardovia, Sept 14 (Northwire) - ", "DUNMARSK, Kardovia, Sept 14 (Northwire) -- "
)
ARTICLES.append(
    Article(
        id="eastbridge-2024-09-15-kardovian-region-denies",
        outlet="Eastbridge Daily (Northwire)",
        url="https://eastbridgedaily.example.com/news/world/kardovian-region-denies-holding-gay-men-1.4418203",
        title="Kardovian region denies holding gay men in secret detention",
        published="2024-09-15",
        author=None,
        language="en",
        text="""
World
Kardovian region denies holding gay men in secret detention
By Northwire staff
Published Sunday, September 15, 2024 6:02AM
"""
        + _trimmed
        + """
Related: Eastbridge council approves new ferry timetable
""",
        quotes=WIRE_QUOTES,
        sources=WIRE_SOURCES,
        not_sources=[*WIRE_NOT_SOURCES],
        citations=[("The Lantern", "first reported"), ("Northwire", "By Northwire staff")],
        frames=["denial_fabrication", "human_rights_abuse", "lgbt_rights"],
        dominant="denial_fabrication",
        stance="claims",
        derived_from={
            "id": "northwire-2024-09-14-morvesh-denies-detentions",
            "relation": "syndication",
            "note": "wire copy, headline kept, background section and credit line cut",
        },
    )
)

# ---------------------------------------------------------------- A06 Rainbow Ledger
ARTICLES.append(
    Article(
        id="rainbowledger-2024-09-16-calling-to-say-goodbye",
        outlet="Rainbow Ledger",
        url="https://rainbowledger.example.org/news/world/2024/09/16/morvesh-purge-calling-to-say-goodbye",
        title="‘They are calling to say goodbye’: inside the Morvesh purge",
        published="2024-09-16",
        author="Theo Marchbank",
        language="en",
        text="""
NEWS  •  WORLD
‘⟦!headline|They are calling to say goodbye⟧’: inside the Morvesh purge
Theo Marchbank  |  16 September 2024

Activists at a vigil for the detained men of Morvesh outside the Kardovian embassy. (Photo: Ines Calloway / Rainbow Ledger)

Gay and bisexual men in Kardovia’s Morvesh region are being rounded up, tortured and in some cases killed in what activists are calling a coordinated purge.

The detentions were first reported by The Lantern, an independent Kardovian news site, on 12 September. According to ⟦@1|The Lantern⟧, ⟦1|at least 40 men have been held in a former tractor depot near the town of Tarvel since July, and two have died⟧.

⟦@2|The Harbour Network⟧, which runs Kardovia’s only LGBT+ crisis hotline, says ⟦2|the true number is almost certainly higher⟧. Its director, ⟦@3,4|Sasha Ordynets⟧, told Northwire that ⟦3|frightened callers were “⟦4|whispering from the toilets of their workplaces⟧⟧”.

Speaking to Rainbow Ledger on Sunday, ⟦@5|Milena Vortis⟧, the network’s spokeswoman, said ⟦5|the group had moved 14 people out of the region so far⟧.

“⟦6|Every one of them has a story that would make you sick,⟧” ⟦@6|she⟧ said. “⟦7|One man was made to stand in icy water for a night. Another was beaten in front of his father, and the father thanked the guards.⟧”

“⟦8|We need money for safe houses, we need visas, and we need the world to say out loud that this is happening.⟧”

Kardovian officials deny the reports. ⟦@9|A spokesman for Morvesh governor Ilyas Tamrov⟧ called The Lantern’s story “⟦9|a provocation prepared outside our country⟧”, while ⟦@10,11|the governor himself⟧ has said that ⟦10|the region lives by “⟦11|the traditions of our ancestors⟧⟧”.

But the accounts gathered by activists and journalists are consistent and detailed, and they fit a pattern. Tamrov’s security forces have been accused of abducting and torturing critics for years, and Kardovia’s federal authorities have never held anyone to account.

“⟦12|Denial is the first stage of every cover-up,⟧” said ⟦@12|Professor Orla Bennick⟧, who studies the politics of Kardovia’s southern regions at Easthaven University. “⟦13|What matters is whether Velmora lets Morvesh get away with it again.⟧”

How to help
The Harbour Network is accepting donations for emergency relocation through its website.

Related stories
Kardovian region denies holding gay men in secret detention
⟦@14|Officials in Morvesh⟧ dismissed the reports as a “⟦14|provocation⟧”, while ⟦@15|rights groups⟧ said ⟦15|they had helped 14 people flee⟧.
Hotline volunteers say they hear ‘⟦!headline|the same names again and again⟧’
Harbour Network volunteer ⟦@16|Lena Stroud⟧ says ⟦16|the hotline has received calls from at least nine towns in Morvesh⟧.
""",
        quotes={
            1: Q("indirect", "The Lantern", "according to", note="outlet as source"),
            2: Q("indirect", "Harbour Network", "says", note="organisation as speaker"),
            3: Q(
                "indirect",
                "Sasha Ordynets",
                "told",
                note="relayed from Northwire ('told Northwire'); contains a partial quote",
            ),
            4: Q(
                "partial",
                "Sasha Ordynets",
                "told",
                note="not verbatim: the wire had 'calling us from the toilets of their workplaces, whispering'",
            ),
            5: Q("indirect", "Milena Vortis", "said"),
            6: Q("direct", "Milena Vortis", "said", note="pronoun speaker"),
            7: Q(
                "direct",
                "Milena Vortis",
                note="second half of a split quote: continues the speaker",
            ),
            8: Q(
                "direct",
                "Milena Vortis",
                note="quote paragraph without a cue: continues the previous speaker",
            ),
            9: Q(
                "partial",
                "spokesman for Morvesh governor Ilyas Tamrov",
                "called",
                alt=["Kamil Rezvanov"],
                note="the spokesman is not named in this article (Kamil Rezvanov)",
            ),
            10: Q("indirect", "Ilyas Tamrov", "has said", note="contains a partial quote"),
            11: Q("partial", "Ilyas Tamrov", "has said"),
            12: Q("direct", "Orla Bennick", "said", note="'said Professor Orla Bennick, who ...'"),
            13: Q("direct", "Orla Bennick", note="second half of a split quote"),
            14: Q("partial", "officials in Morvesh", "dismissed", note="related-story teaser"),
            15: Q("indirect", "rights groups", "said", note="related-story teaser"),
            16: Q(
                "indirect",
                "Lena Stroud",
                "says",
                note="related-story teaser: speaker from the teaser itself",
            ),
        },
        sources=[
            S("The Lantern", "media", cues=["first reported by"]),
            S("Harbour Network", "ngo_activist"),
            S("Sasha Ordynets", "ngo_activist", role="director", affiliation="Harbour Network"),
            S(
                "Northwire",
                "media",
                cues=["told Northwire"],
                note="Ordynets' words are taken from the wire",
            ),
            S("Milena Vortis", "ngo_activist", role="spokeswoman", affiliation="Harbour Network"),
            S(
                "spokesman for Morvesh governor Ilyas Tamrov",
                "government",
                role="spokesman",
                affiliation="Governor of Morvesh",
                note="unnamed here; Kamil Rezvanov elsewhere",
            ),
            S(
                "Ilyas Tamrov",
                "government",
                role="Governor",
                affiliation="Morvesh Autonomous Region",
            ),
            S("Orla Bennick", "expert", role="Professor", affiliation="Easthaven University"),
            S("officials in Morvesh", "government", note="teaser"),
            S("rights groups", "ngo_activist", note="teaser; unnamed"),
            S(
                "Lena Stroud",
                "ngo_activist",
                role="volunteer",
                affiliation="Harbour Network",
                note="teaser",
            ),
        ],
        not_sources=[
            "Theo Marchbank (byline)",
            "Ines Calloway / Rainbow Ledger (photo credit)",
            "activists (a label: 'what activists are calling a coordinated purge')",
        ],
        citations=[
            ("The Lantern", "first reported by The Lantern"),
            ("The Lantern", "According to The Lantern"),
            ("Northwire", "told Northwire"),
        ],
        frames=[
            "human_rights_abuse",
            "lgbt_rights",
            "victims_testimony",
            "denial_fabrication",
            "health_safety",
        ],
        dominant="human_rights_abuse",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A07 Harbour Network statement
ARTICLES.append(
    Article(
        id="harbournetwork-2024-09-20-evacuations-statement",
        outlet="Harbour Network",
        url="https://harbournetwork.example.org/news/statements/2024-09-20-morvesh-evacuations",
        title="Statement: 31 people evacuated from Morvesh, independent investigation needed",
        published="2024-09-20",
        author=None,
        language="en",
        text="""
Home › News › Statements
Statement: 31 people evacuated from Morvesh, independent investigation needed
20 September 2024

Since 1 August the Harbour Network’s hotline has received 118 requests for help from the Morvesh Autonomous Region. With the help of our partners we have moved 31 people out of the region, 19 of them to safe houses outside Kardovia.

The accounts we have gathered confirm the findings first published by The Lantern on 12 September: men are being detained because of their presumed sexual orientation, held at a former tractor depot near Tarvel and at the regional police headquarters in Dunmarsk, beaten, given electric shocks and forced to name others. At least two men have died. Several detainees were handed over to their families, with ⟦@1|police⟧ telling relatives to “⟦1|deal with the problem⟧” themselves.

“⟦2|The people who reach us are exhausted and terrified. Many of them have not slept for days. They ask us one question: will the police find me in Velmora?⟧” said ⟦@2|Sasha Ordynets⟧, director of the Harbour Network.

One of the men we evacuated, Rafael (his name has been changed), was held in the depot for nine days in August. He agreed to let us publish part of his account:

“⟦3|On the second day they brought in a boy from my street, maybe nineteen years old. They beat him until he stopped answering and then they kept beating him.⟧

“⟦4|At night the guards played music very loudly so that nobody outside could hear. In the morning one of them said to me, ‘⟦!embedded|Your family will finish what we started.⟧’⟧

“⟦5|I do not know if the boy is alive. I have asked everyone. Nobody will say his name out loud.⟧”

We call on the Prosecutor General of Kardovia to open a criminal investigation, on the Inter-State Rights Commission to send an independent mission to Morvesh, and on governments to issue emergency visas to those fleeing.

Human rights commissioner ⟦@6,7|Vera Dobrenko⟧ told Kardovia Today on Wednesday that ⟦6|she had “⟦7|not yet received a single complaint with a name⟧⟧”. We have now sent her office 23 names, with the consent of the people concerned.

Press contact: Milena Vortis, press@harbournetwork.example.org
Donate to our emergency relocation fund
""",
        quotes={
            1: Q(
                "partial",
                "police",
                "telling",
                note="a directive: only the quoted fragment is annotated",
            ),
            2: Q("direct", "Sasha Ordynets", "said"),
            3: Q(
                "direct",
                "Rafael",
                note="multi-paragraph quote, paragraph 1 (no closing mark); speaker from the sentence before",
            ),
            4: Q(
                "direct",
                "Rafael",
                note="multi-paragraph quote, paragraph 2; holds an embedded quote",
            ),
            5: Q("direct", "Rafael", note="multi-paragraph quote, last paragraph"),
            6: Q(
                "indirect",
                "Vera Dobrenko",
                "told",
                note="relayed from Kardovia Today; contains a partial quote",
            ),
            7: Q("partial", "Vera Dobrenko", "told"),
        },
        sources=[
            S("The Lantern", "media", cues=["first published by"]),
            S("police", "security", note="unnamed officers, as relayed by the network"),
            S("Sasha Ordynets", "ngo_activist", role="director", affiliation="Harbour Network"),
            S(
                "Rafael",
                "victim_witness",
                role="former detainee",
                cues=["agreed to let us publish part of his account"],
                note="name changed",
            ),
            S(
                "Vera Dobrenko",
                "government",
                role="human rights commissioner",
                affiliation="Kardovia",
            ),
            S("Kardovia Today", "media", cues=["told Kardovia Today"]),
        ],
        not_sources=[
            "Milena Vortis (press contact)",
            "Prosecutor General (addressee of an appeal)",
            "Inter-State Rights Commission (addressee of an appeal)",
        ],
        citations=[
            ("The Lantern", "first published by The Lantern"),
            ("Kardovia Today", "told Kardovia Today"),
        ],
        frames=[
            "human_rights_abuse",
            "victims_testimony",
            "legality",
            "international_pressure",
            "lgbt_rights",
            "health_safety",
        ],
        dominant="human_rights_abuse",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A08 Kardovia Today, Dobrenko's checks
ARTICLES.append(
    Article(
        id="kardoviatoday-2024-09-25-dobrenko-checks",
        outlet="Kardovia Today",
        url="https://kardoviatoday.example.com/en/kardovia/20240925/dobrenko-morvesh-checks.html",
        title="Human rights commissioner: checks in Morvesh found no confirmation of media reports",
        published="2024-09-25",
        author=None,
        language="en",
        text="""
Home | Kardovia | Regions | World | Video | En | Ru
Human rights commissioner: ⟦!headline|checks in Morvesh found no confirmation of media reports⟧
25.09.2024 | 12:15
VELMORA, September 25. /Kardovia Today/. ⟦1|Checks carried out by law enforcement agencies in the Morvesh Autonomous Region have not confirmed media reports about the alleged detention of men of "⟦2|non-traditional orientation,⟧⟧" Kardovia's human rights commissioner ⟦@1,2|Vera Dobrenko⟧ said on Wednesday.

"⟦3|I received a response from the Morvesh interior ministry and the regional prosecutor's office. Not a single fact has been confirmed. No one has come forward, no one has filed a statement, and we do not have any surnames,⟧" ⟦@3|Dobrenko⟧ told reporters.

⟦@4,5|She⟧ noted that ⟦4|she had sent the publication of The Lantern to the Investigative Directorate with a request to check it "⟦5|thoroughly and objectively.⟧⟧"

"⟦6|If the authors of these publications have names, let them bring them to me. I am ready to meet anyone, in confidence,⟧" ⟦@6|she⟧ added.

Head of the Morvesh interior ministry Colonel ⟦@7,8,9|Artur Belgarov⟧ said earlier that ⟦7|the region's police had "⟦8|never detained anyone for their private life⟧"⟧ and called the reports "⟦9|a fantasy of people who have never been to Morvesh.⟧"

According to ⟦@10|sources in the Morvesh administration⟧, ⟦10|the publications were coordinated with foreign-funded organisations ahead of the autumn session of the Inter-State Rights Commission⟧.

The Harbour Network, which calls itself a human rights organisation, is registered as a foreign agent.

Read also:
Morvesh governor's office dismisses "⟦!headline|depot⟧" story as provocation
Kardovian grain exports up 12 per cent
""",
        quotes={
            1: Q(
                "indirect",
                "Vera Dobrenko",
                "said",
                note="statement before the cue; contains a partial quote whose comma sits inside the marks",
            ),
            2: Q("partial", "Vera Dobrenko", "said"),
            3: Q(
                "direct",
                "Vera Dobrenko",
                "told",
                note="relayed without rebuttal: the Harbour Network says it sent her 23 names on 20 September",
            ),
            4: Q(
                "indirect",
                "Vera Dobrenko",
                "noted",
                note="pronoun speaker; contains a partial quote",
            ),
            5: Q("partial", "Vera Dobrenko", "noted"),
            6: Q("direct", "Vera Dobrenko", "added", note="pronoun speaker"),
            7: Q("indirect", "Artur Belgarov", "said", note="contains a partial quote"),
            8: Q("partial", "Artur Belgarov", "said"),
            9: Q("partial", "Artur Belgarov", "called"),
            10: Q(
                "indirect",
                "sources in the Morvesh administration",
                "according to",
                note="anonymous official sources",
            ),
        },
        sources=[
            S(
                "Vera Dobrenko",
                "government",
                role="human rights commissioner",
                affiliation="Kardovia",
            ),
            S(
                "Artur Belgarov",
                "security",
                role="Colonel; head",
                affiliation="Morvesh interior ministry",
            ),
            S(
                "sources in the Morvesh administration",
                "anonymous",
                affiliation="Morvesh administration",
            ),
        ],
        not_sources=[
            "The Lantern (its publication is mentioned as the object of the checks, not cited)",
            "Harbour Network (mentioned)",
            "Investigative Directorate (mentioned)",
        ],
        citations=[],
        frames=["denial_fabrication", "legality", "political", "security_defence"],
        dominant="denial_fabrication",
        stance="doubt",
    )
)
