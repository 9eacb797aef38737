"""Sample corpus, part 4: the film, the rapporteur's report and after (February-April 2025).

Each article is marked up as described in ``markup.py``; ``build.py`` computes the offsets.
"""

from markup import Article, Q, S

ARTICLES: list[Article] = []

# ---------------------------------------------------------------- A25 The Greywater Standard, film review
ARTICLES.append(
    Article(
        id="greywater-2025-02-08-quiet-rooms-review",
        outlet="The Greywater Standard",
        url="https://greywaterstandard.example.com/film/2025/feb/08/the-quiet-rooms-review-morvesh-documentary",
        title="The Quiet Rooms review – a devastating record of Morvesh’s hidden purge",
        published="2025-02-08",
        author="Owen Pell",
        language="en",
        text="""
Culture › Film
The Quiet Rooms review – a devastating record of Morvesh’s hidden purge
★★★★☆
Owen Pell
Sat 8 Feb 2025 09.00

A still from The Quiet Rooms, Lise Marrow’s documentary about the anti-gay detentions in Kardovia. (Photo: Saltmarsh Documentary Festival)

Early in “⟦!title|The Quiet Rooms⟧”, a man in a rented kitchen in Velmora pours tea for a visitor and then, quite suddenly, cannot stop shaking. The camera stays on his hands. We never see his face; like most of the men in Lise Marrow’s documentary, which premiered at the Saltmarsh Documentary Festival this week, he appears only as a blurred outline and an altered voice.

Marrow spent five months filming with the Harbour Network, the Kardovian LGBT rights group that has spent the past year moving men out of the Morvesh Autonomous Region, where, according to ⟦@1|rights groups and Kardovia’s own independent press⟧, ⟦1|police have detained and tortured dozens of men suspected of being gay⟧. Kardovia denies it. The film makes that denial very hard to sustain.

Its most remarkable sequences follow Timur Osokin, the former shop assistant from Tarvel who in November became the first survivor to speak out under his own name. In one scene he rehearses his statement for the press conference in front of a bathroom mirror, stopping each time he reaches the word “⟦!word|electric⟧”. In another, he takes a call from his mother and says almost nothing for eleven minutes.

“⟦2|I am a name,⟧” ⟦@2|Osokin⟧ says at the end of the film, to a room full of cameras. It is the line that made headlines around the world, but heard here, after everything that comes before it, it lands differently.

The film is not without its flaws. A section on the region’s governor, Ilyas Tamrov, relies heavily on archive footage of speeches about “⟦!slogan|traditional values⟧” that will be familiar to anyone who has followed the story, and a subplot about a volunteer’s burnout feels underdeveloped.

⟦@3|Marrow⟧, who spoke to The Greywater Standard after the premiere, said ⟦3|she had been careful not to turn her subjects into symbols⟧. “⟦4|These men are not a cause. They are accountants and hairdressers and students who happened to be born in the wrong place,⟧” ⟦@4|she⟧ said. “⟦5|The least I could do was let them be ordinary on screen.⟧”

⟦@6|She⟧ said ⟦6|⟦@7|the Kardovian embassy⟧ had written to the festival asking it to withdraw the film as “⟦7|a piece of political propaganda⟧”⟧. The festival declined.

The Quiet Rooms screens again at the festival on Tuesday and will be released in cinemas in the spring.

More reviews
Daughters of the Salt review – a quiet family epic
""",
        quotes={
            1: Q(
                "indirect",
                "rights groups and Kardovia’s own independent press",
                "according to",
                src=["rights groups", "Kardovia’s own independent press"],
                note="two conjoined sources",
            ),
            2: Q("direct", "Timur Osokin", "says", note="a line spoken in the film"),
            3: Q("indirect", "Lise Marrow", "said"),
            4: Q("direct", "Lise Marrow", "said", note="pronoun speaker"),
            5: Q("direct", "Lise Marrow", note="second half of a split quote"),
            6: Q(
                "indirect", "Lise Marrow", "said", note="pronoun speaker; holds the embassy's words"
            ),
            7: Q("partial", "Kardovian embassy", "had written", note="nested: relayed by Marrow"),
        },
        sources=[
            S("rights groups", "ngo_activist", note="unnamed"),
            S("Kardovia’s own independent press", "media", note="unnamed outlets"),
            S("Timur Osokin", "victim_witness", role="former detainee, film subject"),
            S("Lise Marrow", "media", role="documentary director"),
            S("Kardovian embassy", "government"),
        ],
        not_sources=[
            "Owen Pell (byline)",
            "Saltmarsh Documentary Festival (photo credit)",
            "Harbour Network (mentioned)",
            "Ilyas Tamrov (archive footage mentioned)",
            "Kardovia (denial mentioned: 'Kardovia denies it')",
        ],
        frames=["victims_testimony", "human_rights_abuse", "lgbt_rights", "denial_fabrication"],
        dominant="victims_testimony",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A26 Kardovia Today on the film
ARTICLES.append(
    Article(
        id="kardoviatoday-2025-02-10-film-propaganda",
        outlet="Kardovia Today",
        url="https://kardoviatoday.example.com/en/world/20250210/embassy-documentary-propaganda.html",
        title='Embassy: Western "documentary" about Morvesh is political propaganda',
        published="2025-02-10",
        author=None,
        language="en",
        text="""
Home | Kardovia | Regions | World | Video | En | Ru
Embassy: Western "⟦!headline|documentary⟧" about Morvesh is political propaganda
10.02.2025 | 13:30
VELMORA, February 10. /Kardovia Today/. ⟦@1|The Kardovian embassy⟧ has protested against the screening of a so-called documentary about the Morvesh Autonomous Region at a Western film festival, calling the film "⟦1|a piece of political propaganda.⟧"

"⟦2|The film uses anonymous people with hidden faces and altered voices. Nobody can check who they are or whether anything they say is true. This is not cinema, this is an information operation,⟧" ⟦@2|a spokesman for the embassy⟧ told Kardovia Today.

According to ⟦@3|the diplomat⟧, ⟦3|the festival refused to hold a discussion with representatives of Kardovia⟧.

The film's main "⟦!scare|hero⟧" is ⟦@4|Timur Osokin⟧, who claims ⟦4|to have been detained in Morvesh in 2024⟧. ⟦@5|The Investigative Directorate⟧ refused to open a criminal case on his complaint in December, finding that ⟦5|no crime had been committed⟧.

⟦@6|The Western newspaper The Greywater Standard⟧, which has repeatedly published unverified material about Morvesh, called the film "⟦6|devastating.⟧"

Foreign ministry spokeswoman ⟦@7,8,9|Alina Petrash⟧ said on Monday that "⟦7|such films are made to order⟧" and that ⟦8|Kardovia "⟦9|will not be blackmailed by festivals.⟧⟧"

Read also:
Kardovian film week opens in Merovale
""",
        quotes={
            1: Q("partial", "Kardovian embassy", "calling", note="institution as speaker"),
            2: Q(
                "direct",
                "spokesman for the Kardovian embassy",
                "told",
                note="speaker known only by title",
            ),
            3: Q(
                "indirect",
                "spokesman for the Kardovian embassy",
                "according to",
                note="'the diplomat' refers back",
            ),
            4: Q(
                "indirect",
                "Timur Osokin",
                "claims",
                note="infinitive complement; 'claims' signals doubt",
            ),
            5: Q("indirect", "Investigative Directorate", "finding"),
            6: Q(
                "partial",
                "The Greywater Standard",
                "called",
                note="another outlet as speaker (its review)",
            ),
            7: Q(
                "partial",
                "Alina Petrash",
                "said",
                note="the whole complement is quoted: annotated once",
            ),
            8: Q("indirect", "Alina Petrash", "said", note="contains a partial quote"),
            9: Q("partial", "Alina Petrash", "said"),
        },
        sources=[
            S("Kardovian embassy", "government"),
            S(
                "spokesman for the Kardovian embassy",
                "government",
                role="spokesman",
                affiliation="Kardovian embassy",
                note="unnamed",
            ),
            S("Timur Osokin", "victim_witness"),
            S("Investigative Directorate", "government"),
            S("The Greywater Standard", "media", note="disparaged"),
            S(
                "Alina Petrash",
                "government",
                role="spokeswoman",
                affiliation="Kardovian foreign ministry",
            ),
        ],
        not_sources=["Kardovia Today (the outlet itself)"],
        citations=[("The Greywater Standard", "called the film")],
        frames=["denial_fabrication", "political"],
        dominant="denial_fabrication",
        stance="false",
    )
)

# ---------------------------------------------------------------- A27 Northwire, the rapporteur's report
ARTICLES.append(
    Article(
        id="northwire-2025-03-11-ahlborn-report",
        outlet="Northwire",
        url="https://northwire.example.com/world/rapporteur-credible-evidence-torture-kardovia-morvesh-2025-03-11/",
        title="Rights rapporteur finds 'credible evidence' of anti-gay torture in Kardovia's Morvesh",
        published="2025-03-11",
        author="Jonas Reiter",
        language="en",
        text="""
MEROVALE, March 11 (Northwire) - ⟦@1,2|A special rapporteur of the Inter-State Rights Commission⟧ said on Tuesday ⟦1|she had found "⟦2|credible and consistent evidence⟧" that police in Kardovia's Morvesh region detained and tortured men suspected of being gay in 2024, and that at least three of them died as a result⟧.

The report by Margit Ahlborn, who was refused entry to Kardovia, is based on interviews with 52 former detainees, relatives and witnesses conducted outside the country, as well as medical records and satellite images of the former tractor depot near the town of Tarvel where many of the men were held.

"⟦3|The pattern is unmistakable: arbitrary detention, torture to extract names, and the handing over of victims to relatives who were openly encouraged to harm them,⟧" ⟦@3|Ahlborn⟧ told a news conference. "⟦4|These are not isolated excesses. They are the result of instructions.⟧"

The report, which was published on the commission's website, urges Kardovia to open criminal investigations, suspend the officers named by victims and allow the commission access to the region. ⟦@5,6|It⟧ says ⟦5|the Investigative Directorate's refusal to open a case over the complaint of Timur Osokin, the only survivor to testify publicly, "⟦6|did not meet the minimum requirements of an effective investigation.⟧⟧"

Kardovia's foreign ministry rejected the findings. "⟦7|A report written without a single day in Morvesh, based on the words of people paid to say them, is worth nothing,⟧" Foreign Minister ⟦@7|Gennady Morosh⟧ said in a statement.

In Dunmarsk, Morvesh Governor ⟦@8,9,10,11|Ilyas Tamrov⟧ said in a video posted on his channel that ⟦8|the rapporteur was "⟦9|welcome to come and see how we live, as a tourist,⟧⟧" but that ⟦10|the region would never accept "⟦11|lessons in morality from people who have no morals.⟧⟧"

⟦@12,13|The Harbour Network⟧, which says ⟦12|it has helped 74 people leave Morvesh since August 2024⟧, said ⟦13|the report should end any debate about whether the detentions took place⟧. "⟦14|Now it is written down by the commission itself. The question is no longer whether this happened but who will answer for it,⟧" said the group's spokeswoman, ⟦@14|Milena Vortis⟧.

The detentions were first reported by the independent Kardovian news site The Lantern in September 2024. Kardovia's government has consistently denied them.

(Reporting by Jonas Reiter; Editing by Simon Aske)
""",
        quotes={
            1: Q(
                "indirect",
                "Margit Ahlborn",
                "said",
                note="speaker introduced by title, named in the next paragraph; two clauses; contains a partial quote",
            ),
            2: Q("partial", "Margit Ahlborn", "said"),
            3: Q("direct", "Margit Ahlborn", "told"),
            4: Q("direct", "Margit Ahlborn", note="second half of a split quote"),
            5: Q(
                "indirect",
                "Margit Ahlborn",
                "says",
                note="'It' = the report by Margit Ahlborn; contains a partial quote",
            ),
            6: Q("partial", "Margit Ahlborn", "says"),
            7: Q("direct", "Gennady Morosh", "said", note="inversion with a title before the name"),
            8: Q("indirect", "Ilyas Tamrov", "said", note="contains a partial quote"),
            9: Q("partial", "Ilyas Tamrov", "said"),
            10: Q(
                "indirect",
                "Ilyas Tamrov",
                "said",
                note="'but that': second clause; contains a partial quote",
            ),
            11: Q("partial", "Ilyas Tamrov", "said"),
            12: Q("indirect", "Harbour Network", "says", note="relative clause"),
            13: Q("indirect", "Harbour Network", "said"),
            14: Q(
                "direct", "Milena Vortis", "said", note="inversion with apposition before the name"
            ),
        },
        sources=[
            S(
                "Margit Ahlborn",
                "international_body",
                role="special rapporteur",
                affiliation="Inter-State Rights Commission",
            ),
            S("Gennady Morosh", "government", role="Foreign Minister", affiliation="Kardovia"),
            S(
                "Ilyas Tamrov",
                "government",
                role="Governor",
                affiliation="Morvesh Autonomous Region",
            ),
            S("Harbour Network", "ngo_activist"),
            S("Milena Vortis", "ngo_activist", role="spokeswoman", affiliation="Harbour Network"),
            S("The Lantern", "media", cues=["first reported by"]),
        ],
        not_sources=[
            "Timur Osokin (mentioned)",
            "Investigative Directorate (mentioned)",
            "Kardovia's foreign ministry (rejected the findings; its words come from Morosh)",
            "Jonas Reiter (byline)",
            "Simon Aske (editor)",
        ],
        citations=[
            ("The Lantern", "first reported by the independent Kardovian news site The Lantern")
        ],
        frames=["international_pressure", "human_rights_abuse", "legality", "denial_fabrication"],
        dominant="international_pressure",
        stance="claims",
    )
)

# ---------------------------------------------------------------- A28 Rainbow Ledger on the report
ARTICLES.append(
    Article(
        id="rainbowledger-2025-03-12-rapporteur-confirms",
        outlet="Rainbow Ledger",
        url="https://rainbowledger.example.org/news/world/2025/03/12/rapporteur-confirms-morvesh-torture",
        title="It’s official: commission rapporteur confirms torture of gay men in Morvesh",
        published="2025-03-12",
        author="Theo Marchbank",
        language="en",
        text="""
NEWS  •  WORLD
It’s official: commission rapporteur confirms torture of gay men in Morvesh
Theo Marchbank  |  12 March 2025

⟦@1|The Inter-State Rights Commission’s special rapporteur⟧ has confirmed what survivors of Kardovia’s Morvesh purge have been saying since last summer: that ⟦1|police rounded up men they believed to be gay, tortured them for names and, in at least three cases, left them dead⟧.

In a report published on Tuesday, special rapporteur ⟦@2,3,4|Margit Ahlborn⟧ said ⟦2|the evidence of “⟦3|arbitrary detention, torture to extract names, and the handing over of victims to relatives⟧” was “⟦4|unmistakable⟧⟧”, Northwire reported.

Kardovia was quick to dismiss the report. Foreign Minister ⟦@5,6|Gennady Morosh⟧ claimed ⟦5|it was “⟦6|based on the words of people paid to say them⟧⟧” — the same line Kardovian officials have used since the first reports. Not one of them has produced any evidence that a single witness was paid.

⟦@7,8|Timur Osokin⟧, whose testimony is cited in the report, told Rainbow Ledger ⟦7|he felt “⟦8|something like relief, and something like anger.⟧⟧”

“⟦9|Relief because nobody can say now that we invented it. Anger because it took a commission to make people believe us, when we were saying it all along,⟧” ⟦@9|he⟧ said.

“⟦10|I want to see the men who did it in a courtroom. Not in a report. In a courtroom.⟧”

⟦@11|Sasha Ordynets⟧, the director of the Harbour Network, said ⟦11|the network had now helped 74 people leave Morvesh, and that requests for help had not stopped⟧. “⟦12|People are still being taken. Quieter than before, fewer at a time, but it has not ended,⟧” ⟦@12|she⟧ said.

Related stories
‘⟦!headline|I am a name⟧’: Morvesh survivor Timur Osokin goes public
⟦@13|Osokin⟧ told journalists in Velmora ⟦13|he was tortured with electric shocks for 12 days⟧.
Harbour Network: ‘⟦!headline|We are running out of safe houses⟧’
⟦@14|The group⟧ says ⟦14|donations have fallen since the winter, while requests for help keep rising⟧.
""",
        quotes={
            1: Q(
                "indirect",
                "Margit Ahlborn",
                "has confirmed",
                alt=["survivors of Kardovia’s Morvesh purge"],
                note="what survivors 'have been saying', confirmed by the rapporteur: credited to the rapporteur",
            ),
            2: Q(
                "indirect",
                "Margit Ahlborn",
                "said",
                note="relayed from Northwire ('Northwire reported'); contains two partial quotes",
            ),
            3: Q("partial", "Margit Ahlborn", "said"),
            4: Q("partial", "Margit Ahlborn", "said"),
            5: Q(
                "indirect",
                "Gennady Morosh",
                "claimed",
                note="'claimed' marks the outlet's doubt; contains a partial quote",
            ),
            6: Q("partial", "Gennady Morosh", "claimed"),
            7: Q("indirect", "Timur Osokin", "told", note="contains a partial quote"),
            8: Q("partial", "Timur Osokin", "told"),
            9: Q("direct", "Timur Osokin", "said", note="pronoun speaker"),
            10: Q(
                "direct",
                "Timur Osokin",
                note="quote paragraph without a cue: continues the previous speaker",
            ),
            11: Q("indirect", "Sasha Ordynets", "said", note="two clauses ('and that')"),
            12: Q("direct", "Sasha Ordynets", "said", note="pronoun speaker"),
            13: Q("indirect", "Timur Osokin", "told", note="related-story teaser"),
            14: Q(
                "indirect",
                "Harbour Network",
                "says",
                note="related-story teaser: 'The group' = the Harbour Network of the teaser headline",
            ),
        },
        sources=[
            S(
                "Margit Ahlborn",
                "international_body",
                role="special rapporteur",
                affiliation="Inter-State Rights Commission",
            ),
            S("Northwire", "media", cues=["Northwire reported"]),
            S("Gennady Morosh", "government", role="Foreign Minister", affiliation="Kardovia"),
            S("Timur Osokin", "victim_witness"),
            S("Sasha Ordynets", "ngo_activist", role="director", affiliation="Harbour Network"),
            S("Harbour Network", "ngo_activist", note="teaser"),
        ],
        not_sources=[
            "Theo Marchbank (byline)",
            "Kardovian officials (their 'line' is characterised, not cited)",
        ],
        citations=[("Northwire", "Northwire reported")],
        frames=[
            "international_pressure",
            "human_rights_abuse",
            "victims_testimony",
            "denial_fabrication",
            "lgbt_rights",
        ],
        dominant="international_pressure",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A29 Morvesh 24, the governor's answer
ARTICLES.append(
    Article(
        id="morvesh24-2025-03-12-tamrov-come-as-tourist",
        outlet="Morvesh 24",
        url="https://morvesh24.example.com/news/2025/03/12/tamrov-rapporteur-come-and-see",
        title='Governor Tamrov to the "rapporteur": Come and see how we live',
        published="2025-03-12",
        author=None,
        language="en",
        text="""
MORVESH 24 | NEWS | 12 March 2025, 19:40
Governor Tamrov to the "⟦!headline|rapporteur⟧": ⟦!headline|Come and see how we live⟧

Governor of the Morvesh Autonomous Region Ilyas Tamrov has responded to the so-called report of the Inter-State Rights Commission, which accuses the region's police of "⟦!scare|torture⟧" of persons of non-traditional orientation.

Speaking to residents in Tarvel on Wednesday, ⟦@1|the head of the region⟧ said:

"⟦1|I have read what they write about us. A woman who has never been to Morvesh, who does not know our language or our customs, writes that our police torture people. I say to her: come. Come as a tourist. Walk on our streets, talk to our people, eat at our tables.⟧

"⟦2|You will see that Morvesh is a region of strong families and strong faith. We do not hide anything. We have nothing to hide.⟧

"⟦3|But we will never accept lessons in morality from people who have no morals. Never.⟧"

⟦@4,5|Tamrov⟧ recalled that ⟦4|the republic's law enforcement agencies and the Investigative Directorate had checked all the claims and had not found "⟦5|a single confirmed fact.⟧⟧"

The chairman of the Council of Elders, ⟦@6,7|Gavril Tesmer⟧, said ⟦6|the elders supported the governor's position "⟦7|completely and without conditions.⟧⟧"

"⟦8|Morvesh has answered. We do not need to answer again,⟧" ⟦@8|Tesmer⟧ told Morvesh 24.

Earlier, ⟦@9|the foreign ministry of Kardovia⟧ called the document "⟦9|worthless.⟧"

Related:
Spring sowing begins ahead of schedule in Morvesh
""",
        quotes={
            1: Q(
                "direct",
                "Ilyas Tamrov",
                "said",
                note="multi-paragraph quote after 'said:', paragraph 1 (no closing mark); 'the head of the region' "
                "as mention; the reported speech inside is not annotated",
            ),
            2: Q("direct", "Ilyas Tamrov", note="multi-paragraph quote, paragraph 2"),
            3: Q("direct", "Ilyas Tamrov", note="multi-paragraph quote, last paragraph"),
            4: Q("indirect", "Ilyas Tamrov", "recalled", note="contains a partial quote"),
            5: Q("partial", "Ilyas Tamrov", "recalled"),
            6: Q("indirect", "Gavril Tesmer", "said", note="contains a partial quote"),
            7: Q("partial", "Gavril Tesmer", "said"),
            8: Q("direct", "Gavril Tesmer", "told"),
            9: Q("partial", "foreign ministry of Kardovia", "called"),
        },
        sources=[
            S(
                "Ilyas Tamrov",
                "government",
                role="Governor",
                affiliation="Morvesh Autonomous Region",
            ),
            S(
                "Gavril Tesmer",
                "religious_community",
                role="chairman",
                affiliation="Council of Elders",
            ),
            S("foreign ministry of Kardovia", "government"),
        ],
        not_sources=[
            "Inter-State Rights Commission (its report is disparaged, not cited)",
            "Investigative Directorate (mentioned)",
        ],
        frames=["denial_fabrication", "religion_tradition", "political"],
        dominant="denial_fabrication",
        stance="false",
    )
)

# ---------------------------------------------------------------- A30 Harbour Network, new detentions
ARTICLES.append(
    Article(
        id="harbournetwork-2025-03-28-new-detentions",
        outlet="Harbour Network",
        url="https://harbournetwork.example.org/news/statements/2025-03-28-new-detentions-morvesh",
        title="New detentions in Morvesh: at least five men taken since the commission’s report",
        published="2025-03-28",
        author=None,
        language="en",
        text="""
Home › News › Statements
New detentions in Morvesh: at least five men taken since the commission’s report
28 March 2025

The Harbour Network has received reports of at least five new detentions of gay and bisexual men in the Morvesh Autonomous Region since 11 March, when the Inter-State Rights Commission published its report confirming the torture of detainees in 2024.

Two of the men were detained in Tarvel, two in Dunmarsk and one in the mountain village of Ashtel. ⟦@1|The family of one of them⟧ has told us that ⟦1|he was taken from his workplace by ⟦@2,3|men in police uniform⟧ who said ⟦2|he was needed “⟦3|for a conversation.⟧⟧⟧”

⟦@4,5|A source in the Tarvel police⟧, who has provided reliable information to the Harbour Network before, said that ⟦4|officers had been told to “⟦5|work quietly⟧” after the publication of the report and not to hold detainees in the depot, which was photographed by satellite for the commission⟧.

“⟦6|We warned that the report would not be the end of it,⟧” said ⟦@6|Sasha Ordynets⟧, director of the Harbour Network. “⟦7|After every wave of attention, there is a pause, and then they start again, more carefully. The people in Morvesh need protection now, not another statement of concern.⟧”

⟦@8|The Lantern⟧ reported on Wednesday that ⟦8|one of the detained men, a 22-year-old student, had been released after his family paid 300,000 kardos⟧. We have not been able to confirm this independently.

We call on the Inter-State Rights Commission to send a follow-up mission and on the Kardovian authorities to release all those held and to stop the persecution immediately.

If you are in danger in Morvesh, call our hotline from a phone that is not registered in your name.
Donate | Volunteer | Contact
""",
        quotes={
            1: Q(
                "indirect",
                "family of one of them",
                "has told",
                note="holds a nested indirect statement by the police (three-level nesting)",
            ),
            2: Q(
                "indirect",
                "men in police uniform",
                "said",
                note="nested; relative clause ('who said')",
            ),
            3: Q(
                "partial",
                "men in police uniform",
                "said",
                note="closing mark after all three spans end",
            ),
            4: Q(
                "indirect",
                "source in the Tarvel police",
                "said",
                note="anonymous; contains a partial quote",
            ),
            5: Q(
                "partial",
                "source in the Tarvel police",
                "said",
                note="the words of an instruction, relayed by the source (passive: 'had been told')",
            ),
            6: Q("direct", "Sasha Ordynets", "said", note="inversion with apposition"),
            7: Q("direct", "Sasha Ordynets", note="second half of a split quote"),
            8: Q(
                "indirect",
                "The Lantern",
                "reported",
                note="outlet as source; the NGO says it cannot confirm",
            ),
        },
        sources=[
            S("family of one of them", "victim_witness", role="relatives of a detained man"),
            S("men in police uniform", "security", note="relayed by the family"),
            S("source in the Tarvel police", "anonymous", affiliation="Tarvel police"),
            S("Sasha Ordynets", "ngo_activist", role="director", affiliation="Harbour Network"),
            S("The Lantern", "media"),
        ],
        not_sources=[
            "Inter-State Rights Commission (mentioned; addressee of an appeal)",
            "Kardovian authorities (addressee of an appeal)",
        ],
        citations=[("The Lantern", "The Lantern reported")],
        frames=["human_rights_abuse", "health_safety", "international_pressure", "lgbt_rights"],
        dominant="human_rights_abuse",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A31 Eastbridge Daily, Q&A with an expert
ARTICLES.append(
    Article(
        id="eastbridge-2025-04-bennick-interview",
        outlet="Eastbridge Daily",
        url="https://eastbridgedaily.example.com/world/interviews/orla-bennick-morvesh-kardovia-1.4502117",
        title="“Velmora is betting that the world gets bored”",
        published=None,
        author="Marta Kell",
        language="en",
        text="""
Eastbridge Daily › World › Interviews
“⟦!headline|Velmora is betting that the world gets bored⟧”
Six months after the first reports from Morvesh, we asked a specialist on Kardovia’s southern regions what comes next.
Interview by Marta Kell

Orla Bennick is a professor of politics at Easthaven University and the author of two books on Kardovia’s southern regions. She has followed the Morvesh detentions since the first reports by The Lantern in September.

Eastbridge Daily: The commission’s report came out a month ago. Has anything changed?

⟦@1|Bennick⟧: ⟦1|On paper, a great deal. There is now an official international document that says these men were tortured, with dates and places. In Morvesh, almost nothing. Arrests are still happening, just more quietly.⟧

Eastbridge Daily: Why does Velmora protect Tamrov?

⟦@2|Bennick⟧: ⟦2|Because he delivers. He delivers votes, he delivers quiet, and he delivers it without asking Velmora for much except to be left alone. Giving up Tamrov over a report would look like weakness, and the government in Velmora cannot afford to look weak right now.⟧

Eastbridge Daily: What would make a difference?

⟦@3|Bennick⟧: ⟦3|Money and visas. Governments that say they care should fund safe houses and make it easy for these men to leave. Statements are cheap. I would also watch the courts: Timur Osokin’s lawyer has taken the case further, and that is where the official version is most vulnerable.⟧

Eastbridge Daily: Is the story over?

⟦@4|Bennick⟧: ⟦4|The story is over for the newspapers, maybe. Velmora is betting that the world gets bored. For the men in Morvesh it is not over at all.⟧

This interview has been edited for length and clarity.
""",
        quotes={
            1: Q(
                "direct",
                "Orla Bennick",
                "Q&A label",
                nomarks=True,
                note="Q&A answer: verbatim speech without quotation marks; the speaker label is the cue",
            ),
            2: Q("direct", "Orla Bennick", "Q&A label", nomarks=True, note="Q&A answer"),
            3: Q("direct", "Orla Bennick", "Q&A label", nomarks=True, note="Q&A answer"),
            4: Q("direct", "Orla Bennick", "Q&A label", nomarks=True, note="Q&A answer"),
        },
        sources=[
            S(
                "Orla Bennick",
                "expert",
                role="professor of politics",
                affiliation="Easthaven University",
            ),
            S("The Lantern", "media", cues=["the first reports by"]),
        ],
        citations=[("The Lantern", "the first reports by The Lantern")],
        not_sources=[
            "Marta Kell (byline)",
            "Eastbridge Daily (the interviewer's questions are not quotes)",
            "Tamrov (mentioned)",
            "Timur Osokin (mentioned)",
        ],
        frames=[
            "political",
            "international_pressure",
            "human_rights_abuse",
            "legality",
            "health_safety",
        ],
        dominant="political",
        stance="fact",
    )
)
