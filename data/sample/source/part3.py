"""Sample corpus, part 3: the NGO report, Timur Osokin, the inquiry and the refused case (November-December 2024).

Each article is marked up as described in ``markup.py``; ``build.py`` computes the offsets.
"""

from markup import Article, Q, S

ARTICLES: list[Article] = []

# ---------------------------------------------------------------- A15 Veritas Rights Monitor report release
ARTICLES.append(
    Article(
        id="veritas-2024-11-05-nowhere-to-hide",
        outlet="Veritas Rights Monitor",
        url="https://veritasrights.example.org/news/2024/11/05/kardovia-morvesh-police-detained-tortured-gay-men",
        title="Kardovia: Morvesh Police Detained and Tortured Gay Men",
        published="2024-11-05",
        author=None,
        language="en",
        text="""
Veritas Rights Monitor
News release
Kardovia: Morvesh Police Detained and Tortured Gay Men
New Report Documents 38 Cases, Calls for Independent Inquiry
November 5, 2024

(Velmora) – ⟦1|Police and security forces in Kardovia’s Morvesh Autonomous Region detained, tortured and humiliated dozens of men they suspected of being gay between July and October 2024⟧, ⟦@1|Veritas Rights Monitor⟧ said in a report released today. The national authorities should open an effective criminal investigation and allow independent monitors into the region.

The 64-page report, “⟦!title|Nowhere to Hide: Anti-Gay Detentions and Torture in Kardovia’s Morvesh Region,⟧” is based on interviews with 38 former detainees, eleven relatives and four lawyers, as well as medical records and photographs. ⟦@2|Veritas Rights Monitor⟧ found that ⟦2|detainees were held in at least two places: a disused tractor depot near the town of Tarvel and the basement of the regional police headquarters in Dunmarsk⟧.

“⟦3|The men we interviewed described the same things again and again: the electric wire, the beatings, the demand for names,⟧” said ⟦@3|Hanna Ellery⟧, senior researcher at Veritas Rights Monitor and the report’s author. “⟦4|This was not the work of a few rogue officers. It was organised, and it was organised from the top of the regional government.⟧”

⟦@5|Former detainees⟧ told Veritas Rights Monitor that ⟦5|guards repeatedly threatened to reveal their sexual orientation to relatives and, in at least six cases, handed men over to relatives with explicit encouragement to kill them⟧. One man, ⟦@6|Marat⟧, 26, said ⟦6|⟦@7,8|a police officer⟧ told his father to “⟦7|wash the shame off the family⟧” and “⟦8|not to bother us with the paperwork afterwards.⟧⟧”

⟦9|At least three men died in custody or shortly after release⟧, ⟦@9|the report⟧ found. Veritas Rights Monitor was able to confirm the deaths of two of them through relatives and a medical source.

The detentions were first reported by the independent Kardovian outlet The Lantern on September 12. Kardovian officials have repeatedly denied the reports. Foreign Minister ⟦@10,11|Gennady Morosh⟧ said in October that ⟦10|there was “⟦11|not a single name, not a single body, not a single complaint.⟧⟧” Veritas Rights Monitor wrote to the ministry on October 21 with a summary of its findings and a list of questions. It had not received a reply by the time of publication.

The national human rights commissioner, ⟦@12,13|Vera Dobrenko⟧, told Veritas Rights Monitor in a meeting on October 30 that ⟦12|she had forwarded the cases submitted to her to the Investigative Directorate, but that she had “⟦13|no authority to investigate the security services.⟧⟧”

“⟦14|Denial is not an investigation,⟧” ⟦@14|Ellery⟧ said. “⟦15|Kardovia’s partners in the Inter-State Rights Commission should insist on access for its special rapporteur and make clear that there will be consequences if the abuses continue.⟧”

Veritas Rights Monitor is an independent international organisation. It accepts no government funding.

For more Veritas Rights Monitor reporting on Kardovia, please visit our country page.
Media contact: press@veritasrights.example.org
""",
        quotes={
            1: Q(
                "indirect",
                "Veritas Rights Monitor",
                "said",
                note="the publishing organisation as speaker, in the third person; statement before the cue",
            ),
            2: Q("indirect", "Veritas Rights Monitor", "found"),
            3: Q("direct", "Hanna Ellery", "said", note="inversion with apposition"),
            4: Q("direct", "Hanna Ellery", note="second half of a split quote"),
            5: Q("indirect", "former detainees", "told"),
            6: Q(
                "indirect",
                "Marat",
                "said",
                note="holds the officer's words (two partial quotes, annotated with the officer as speaker)",
            ),
            7: Q(
                "partial",
                "a police officer",
                "told",
                note="the officer's words inside Marat's account; a directive",
            ),
            8: Q("partial", "a police officer", "told"),
            9: Q("indirect", "Veritas Rights Monitor", "found", note="'the report' as speaker"),
            10: Q("indirect", "Gennady Morosh", "said", note="contains a partial quote"),
            11: Q("partial", "Gennady Morosh", "said"),
            12: Q(
                "indirect",
                "Vera Dobrenko",
                "told",
                note="two clauses ('but that'); contains a partial quote",
            ),
            13: Q("partial", "Vera Dobrenko", "told"),
            14: Q("direct", "Hanna Ellery", "said", note="surname only"),
            15: Q("direct", "Hanna Ellery", note="second half of a split quote"),
        },
        sources=[
            S("Veritas Rights Monitor", "ngo_activist", note="the publishing organisation itself"),
            S(
                "Hanna Ellery",
                "ngo_activist",
                role="senior researcher; report author",
                affiliation="Veritas Rights Monitor",
            ),
            S("former detainees", "victim_witness", note="unnamed group"),
            S("Marat", "victim_witness", role="former detainee"),
            S("a police officer", "security", note="his words are relayed by Marat"),
            S("The Lantern", "media", cues=["first reported by"]),
            S("Gennady Morosh", "government", role="Foreign Minister", affiliation="Kardovia"),
            S(
                "Vera Dobrenko",
                "government",
                role="human rights commissioner",
                affiliation="Kardovia",
            ),
        ],
        not_sources=[
            "a medical source (mentioned as corroboration, no statement)",
            "Inter-State Rights Commission (mentioned)",
        ],
        citations=[
            ("The Lantern", "first reported by the independent Kardovian outlet The Lantern")
        ],
        frames=[
            "human_rights_abuse",
            "victims_testimony",
            "legality",
            "international_pressure",
            "lgbt_rights",
            "denial_fabrication",
        ],
        dominant="human_rights_abuse",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A16 The Greywater Standard on the report
ARTICLES.append(
    Article(
        id="greywater-2024-11-06-report-organised-campaign",
        outlet="The Greywater Standard",
        url="https://greywaterstandard.example.com/world/2024/nov/06/kardovia-report-police-tortured-gay-men-morvesh",
        title="Report finds Kardovian police tortured gay men in ‘organised’ campaign",
        published="2024-11-06",
        author="Harriet Combe",
        language="en",
        text="""
World › Kardovia
Report finds Kardovian police tortured gay men in ‘⟦!headline|organised⟧’ campaign
Veritas Rights Monitor documents 38 cases in Morvesh region; ⟦@15|government⟧ calls report ‘⟦15|commissioned⟧’
Harriet Combe
Wed 6 Nov 2024 07.15

Protesters outside the Kardovian embassy hold photographs of men missing in Morvesh. (Photo: Alan Pryor / Northwire)

⟦1|Police in Kardovia’s Morvesh region carried out an organised campaign of detention and torture against men suspected of being gay⟧, ⟦@1|a leading human rights group⟧ has concluded, after interviewing 38 former detainees.

⟦@2|The report by Veritas Rights Monitor⟧, published on Tuesday, found that ⟦2|detainees were held at a disused tractor depot near the town of Tarvel and in the basement of the regional police headquarters in Dunmarsk, where they were beaten, given electric shocks and pressed to name other gay men⟧. ⟦3|At least three died⟧, according to ⟦@3|the report⟧.

The findings confirm what survivors, relatives and journalists have described since the detentions were first reported by the independent Kardovian news site The Lantern in September.

“⟦4|What we found is a system,⟧” ⟦@4|Hanna Ellery⟧, the report’s author, told The Greywater Standard. “⟦5|There were lists, there were quotas, there was a place to hold people and there were people whose job it was to make them talk.⟧”

⟦@6|She⟧ said ⟦6|some of the men she interviewed had been detained twice, the second time after returning to Morvesh in the belief that the crackdown was over⟧.

Kardovia’s foreign ministry rejected the report. “⟦7|This so-called report was commissioned and paid for by the same circles that have been attacking Kardovia for years. It contains no verifiable names and no verifiable facts,⟧” ⟦@7|Alina Petrash⟧, a ministry spokeswoman, said in a statement.

Petrash did not say which circles she meant. ⟦@8|Veritas Rights Monitor⟧ says ⟦8|it accepts no government funding⟧.

In Morvesh, ⟦@9,10,11,12|the regional interior ministry⟧ said in a post on its channel that ⟦9|the report was “⟦10|the latest chapter in an information war⟧⟧” and that ⟦11|its authors had “⟦12|never set foot in our region.⟧⟧”

⟦@13|Orla Bennick⟧, a professor at Easthaven University who studies Kardovia’s southern regions, said ⟦13|the government in Velmora now faced a choice⟧. “⟦14|For two months they have said there are no names. Now there are 38 testimonies, with dates and places. Either Velmora investigates, or it owns this,⟧” ⟦@14|she⟧ said.

The Inter-State Rights Commission is due to discuss Kardovia at its December session.

Related: ‘⟦!headline|They wanted names⟧’: survivors describe life inside Morvesh’s detention depot
""",
        quotes={
            1: Q(
                "indirect",
                "Veritas Rights Monitor",
                "has concluded",
                note="statement before the cue; the organisation is named only in the next paragraph",
            ),
            2: Q(
                "indirect",
                "Veritas Rights Monitor",
                "found",
                note="'The report by Veritas Rights Monitor' as speaker",
            ),
            3: Q("indirect", "Veritas Rights Monitor", "according to", note="'the report'"),
            4: Q("direct", "Hanna Ellery", "told"),
            5: Q("direct", "Hanna Ellery", note="second half of a split quote"),
            6: Q("indirect", "Hanna Ellery", "said", note="pronoun speaker"),
            7: Q("direct", "Alina Petrash", "said"),
            8: Q("indirect", "Veritas Rights Monitor", "says", note="rebuts the ministry"),
            9: Q("indirect", "Morvesh interior ministry", "said", note="contains a partial quote"),
            10: Q("partial", "Morvesh interior ministry", "said"),
            11: Q("indirect", "Morvesh interior ministry", "said", note="contains a partial quote"),
            12: Q("partial", "Morvesh interior ministry", "said"),
            13: Q("indirect", "Orla Bennick", "said"),
            14: Q("direct", "Orla Bennick", "said", note="pronoun speaker"),
            15: Q(
                "partial",
                "government",
                "calls",
                alt=["Kardovia's foreign ministry", "Alina Petrash"],
                note="standfirst (annotated, as in the seed); one-word partial quote",
            ),
        },
        sources=[
            S("Veritas Rights Monitor", "ngo_activist"),
            S("The Lantern", "media", cues=["first reported by"]),
            S(
                "Hanna Ellery",
                "ngo_activist",
                role="report author",
                affiliation="Veritas Rights Monitor",
            ),
            S(
                "Alina Petrash",
                "government",
                role="spokeswoman",
                affiliation="Kardovian foreign ministry",
            ),
            S("Morvesh interior ministry", "security"),
            S("Orla Bennick", "expert", role="professor", affiliation="Easthaven University"),
            S("government", "government", affiliation="Kardovia", note="standfirst"),
        ],
        not_sources=[
            "Harriet Combe (byline)",
            "Alan Pryor / Northwire (photo credit: not a citation of Northwire)",
            "foreign ministry (rejected the report; its words come from Petrash)",
            "Inter-State Rights Commission (mentioned)",
        ],
        citations=[
            ("The Lantern", "first reported by the independent Kardovian news site The Lantern")
        ],
        frames=["human_rights_abuse", "denial_fabrication", "legality", "international_pressure"],
        dominant="human_rights_abuse",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A17 Kardovia Today, "commissioned fake"
ARTICLES.append(
    Article(
        id="kardoviatoday-2024-11-06-report-commissioned-fake",
        outlet="Kardovia Today",
        url="https://kardoviatoday.example.com/en/world/20241106/foreign-ministry-ngo-report-fake.html",
        title='Foreign ministry calls Western NGO "report" on Morvesh a commissioned fake',
        published="2024-11-06",
        author=None,
        language="en",
        text="""
Home | Kardovia | Regions | World | Video | En | Ru
Foreign ministry calls Western NGO "⟦!headline|report⟧" on Morvesh a commissioned fake
06.11.2024 | 16:20
VELMORA, November 6. /Kardovia Today/. ⟦@1|The Kardovian Foreign Ministry⟧ has described as a "⟦1|commissioned fake⟧" a "⟦!scare|report⟧" by ⟦@2|the Western organisation Veritas Rights Monitor⟧, which claims that ⟦2|men were detained in the Morvesh Autonomous Region because of their orientation⟧.

"⟦3|This so-called report was commissioned and paid for by the same circles that have been attacking Kardovia for years. It contains no verifiable names and no verifiable facts,⟧" the ministry's spokeswoman ⟦@3|Alina Petrash⟧ said.

⟦@4,5|She⟧ noted that ⟦4|the authors of the document had not visited Morvesh and relied on "⟦5|anonymous testimonies collected via the internet.⟧⟧"

"⟦6|Anonymous people, anonymous places, anonymous dates. This is not human rights work; it is political technology,⟧" ⟦@6|Petrash⟧ said.

Head of the Morvesh interior ministry Colonel ⟦@7,8|Artur Belgarov⟧ said ⟦7|the republic's police were ready to check "⟦8|any concrete information⟧" but had received none⟧. "⟦9|Not one of these so-called victims has come to us. Where are they? Let them come,⟧" ⟦@9|Belgarov⟧ said.

According to ⟦@10,11|Kardovia Today's sources in the Foreign Ministry⟧, ⟦10|Velmora will raise the "⟦11|biased activity⟧" of Veritas Rights Monitor at the December session of the Inter-State Rights Commission⟧.

Lawyer ⟦@12|Denis Orlik⟧, a member of the Public Chamber, said that ⟦12|under Kardovian law a publication by a foreign organisation could not be grounds for a criminal case⟧. "⟦13|Give me a statement from a victim, a medical document, a witness. Then we can talk,⟧" ⟦@13|Orlik⟧ said.

Earlier, Western media, including the newspaper The Greywater Standard, published interviews with anonymous "⟦!scare|survivors⟧" who refused to give their surnames.

Read also:
Morvesh elders appeal to Inter-State Rights Commission
Kardovia and partners sign new energy agreement
""",
        quotes={
            1: Q(
                "partial",
                "Kardovian Foreign Ministry",
                "has described",
                note="institution as speaker",
            ),
            2: Q(
                "indirect",
                "Veritas Rights Monitor",
                "claims",
                note="state outlet frames the NGO's finding with 'claims'",
            ),
            3: Q("direct", "Alina Petrash", "said"),
            4: Q(
                "indirect",
                "Alina Petrash",
                "noted",
                note="pronoun speaker; contains a partial quote",
            ),
            5: Q("partial", "Alina Petrash", "noted"),
            6: Q("direct", "Alina Petrash", "said", note="surname only"),
            7: Q("indirect", "Artur Belgarov", "said", note="contains a partial quote"),
            8: Q("partial", "Artur Belgarov", "said"),
            9: Q(
                "direct",
                "Artur Belgarov",
                "said",
                note="relayed without rebuttal (compare The Lantern, 27 September)",
            ),
            10: Q(
                "indirect",
                "Kardovia Today's sources in the Foreign Ministry",
                "according to",
                note="anonymous official sources; contains a partial quote",
            ),
            11: Q("partial", "Kardovia Today's sources in the Foreign Ministry", "according to"),
            12: Q("indirect", "Denis Orlik", "said"),
            13: Q("direct", "Denis Orlik", "said", note="surname only"),
        },
        sources=[
            S("Kardovian Foreign Ministry", "government"),
            S("Veritas Rights Monitor", "ngo_activist"),
            S(
                "Alina Petrash",
                "government",
                role="spokeswoman",
                affiliation="Kardovian Foreign Ministry",
            ),
            S(
                "Artur Belgarov",
                "security",
                role="Colonel; head",
                affiliation="Morvesh interior ministry",
            ),
            S(
                "Kardovia Today's sources in the Foreign Ministry",
                "anonymous",
                affiliation="Kardovian Foreign Ministry",
            ),
            S("Denis Orlik", "expert", role="lawyer; member", affiliation="Public Chamber"),
            S(
                "The Greywater Standard",
                "media",
                cues=["published interviews"],
                note="disparaged, no content relayed",
            ),
        ],
        not_sources=[
            "Inter-State Rights Commission (mentioned)",
            "Western media (mentioned)",
        ],
        citations=[
            (
                "The Greywater Standard",
                "including the newspaper The Greywater Standard, published interviews",
            )
        ],
        frames=[
            "denial_fabrication",
            "political",
            "legality",
            "international_pressure",
            "security_defence",
        ],
        dominant="denial_fabrication",
        stance="false",
    )
)

# ---------------------------------------------------------------- A18 The Lantern, Osokin goes public
ARTICLES.append(
    Article(
        id="lantern-2024-11-19-osokin-goes-public",
        outlet="The Lantern",
        url="https://thelantern.example.org/news/2024/11/19/timur-osokin-morvesh-survivor-goes-public",
        title="‘I am one of the names they say do not exist’: Morvesh survivor goes public",
        published="2024-11-19",
        author="Nadia Korvel",
        language="en",
        text="""
News
‘⟦!headline|I am one of the names they say do not exist⟧’: Morvesh survivor goes public
By Nadia Korvel
19 November 2024, 14:10

Timur Osokin at the press conference in Velmora on Tuesday. (Photo: Arseny Pohl / The Lantern)

⟦@1|A man⟧ who says ⟦1|he was held and tortured for 12 days by police in the Morvesh Autonomous Region⟧ has become the first survivor of the region’s anti-gay detentions to speak publicly under his own name, and has filed a formal complaint with Kardovia’s Investigative Directorate.

⟦@2|Timur Osokin⟧, 31, a former shop assistant from Tarvel, told a press conference in Velmora on Tuesday that ⟦2|he was detained on 9 August outside his home, taken to the tractor depot outside the town and beaten with plastic pipes and given electric shocks while officers demanded the names of other gay men⟧.

“⟦3|For months the government has been saying that there is not a single name. I am a name. My name is Timur Osokin, I was born in Tarvel, and I was tortured in Tarvel,⟧” ⟦@3|he⟧ said.

“⟦4|I know what I am risking. My family have already said that I am no longer their son. But if I stay silent, they will do it again, and next time there will be nobody left to speak.⟧”

⟦@5,6|Osokin⟧ said ⟦5|he was released on 21 August after signing a statement that he had “⟦6|no complaints against the police,⟧⟧” and left Morvesh a week later with the help of the Harbour Network. He has lived in a safe house since then.

His lawyer, ⟦@7|Pavel Drozd⟧ of the Velmora Legal Defence Centre, said ⟦7|the complaint named four officers of the Morvesh interior ministry and was supported by a medical examination carried out in Velmora in September, which recorded scars consistent with electric burns⟧.

“⟦8|The authorities asked for a name, a face and a medical document. Now they have all three,⟧” ⟦@8|Drozd⟧ said. “⟦9|If the Investigative Directorate refuses to open a case now, it will be a decision, not a mistake.⟧”

⟦@10,11|A spokesman for the Investigative Directorate⟧ told The Lantern that ⟦10|the complaint had been received and “⟦11|will be considered in accordance with the law.⟧⟧” He declined to say when a decision would be made.

In Dunmarsk, ⟦@12,13,14|Kamil Rezvanov⟧, the spokesman for Governor Ilyas Tamrov, told Morvesh 24 on Tuesday evening that ⟦12|Osokin was “⟦13|a person with a criminal past⟧” who had been “⟦14|bought⟧” by foreign organisations⟧. He did not say what crime Osokin was supposed to have committed. ⟦15|Osokin has no criminal record⟧, according to ⟦@15|his lawyer⟧.

⟦@16|Milena Vortis⟧ of the Harbour Network, which organised the press conference, said ⟦16|the group had received threats against Osokin within hours of the announcement⟧. The network has asked the police in Velmora to provide protection.

⟦@17|Osokin⟧ says ⟦17|he hopes others will follow⟧. “⟦18|There are dozens of us. Most are still too afraid, and I understand them,⟧” ⟦@18|he⟧ said. “⟦19|But the lie only works as long as we are silent.⟧”

Read more: ‘⟦!headline|Bring him back alive⟧’: the mothers of Morvesh
""",
        quotes={
            1: Q(
                "indirect",
                "Timur Osokin",
                "says",
                note="speaker referred to as 'A man' in the lead and named only in the next paragraph",
            ),
            2: Q("indirect", "Timur Osokin", "told"),
            3: Q("direct", "Timur Osokin", "said", note="pronoun speaker"),
            4: Q(
                "direct",
                "Timur Osokin",
                note="quote paragraph without a cue: continues the previous speaker",
            ),
            5: Q(
                "indirect",
                "Timur Osokin",
                "said",
                note="contains a partial quote (the text of the statement he signed)",
            ),
            6: Q("partial", "Timur Osokin", "said"),
            7: Q("indirect", "Pavel Drozd", "said", note="'Name of Org' affiliation"),
            8: Q("direct", "Pavel Drozd", "said", note="surname only"),
            9: Q("direct", "Pavel Drozd", note="second half of a split quote"),
            10: Q(
                "indirect",
                "spokesman for the Investigative Directorate",
                "told",
                note="speaker known only by title; contains a partial quote",
            ),
            11: Q("partial", "spokesman for the Investigative Directorate", "told"),
            12: Q("indirect", "Kamil Rezvanov", "told", note="contains two partial quotes"),
            13: Q("partial", "Kamil Rezvanov", "told"),
            14: Q("partial", "Kamil Rezvanov", "told", note="one-word partial quote"),
            15: Q(
                "indirect",
                "Pavel Drozd",
                "according to",
                note="'his lawyer' refers back to Pavel Drozd; rebuttal",
            ),
            16: Q("indirect", "Milena Vortis", "said", note="'Name of Org'"),
            17: Q("indirect", "Timur Osokin", "says"),
            18: Q("direct", "Timur Osokin", "said", note="pronoun speaker"),
            19: Q("direct", "Timur Osokin", note="second half of a split quote"),
        },
        sources=[
            S("Timur Osokin", "victim_witness", role="former detainee, former shop assistant"),
            S(
                "Pavel Drozd",
                "ngo_activist",
                role="lawyer",
                affiliation="Velmora Legal Defence Centre",
            ),
            S(
                "spokesman for the Investigative Directorate",
                "government",
                affiliation="Investigative Directorate",
            ),
            S("Kamil Rezvanov", "government", role="spokesman", affiliation="Governor of Morvesh"),
            S("Morvesh 24", "media", cues=["told Morvesh 24"]),
            S("Milena Vortis", "ngo_activist", affiliation="Harbour Network"),
        ],
        not_sources=[
            "Nadia Korvel (byline)",
            "Arseny Pohl / The Lantern (photo credit)",
            "Ilyas Tamrov (mentioned)",
            "Harbour Network (mentioned; its words come from Vortis)",
        ],
        citations=[("Morvesh 24", "told Morvesh 24")],
        frames=[
            "victims_testimony",
            "legality",
            "human_rights_abuse",
            "denial_fabrication",
            "lgbt_rights",
            "health_safety",
        ],
        dominant="victims_testimony",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A19 Rainbow Ledger on Osokin
ARTICLES.append(
    Article(
        id="rainbowledger-2024-11-20-i-am-a-name",
        outlet="Rainbow Ledger",
        url="https://rainbowledger.example.org/news/world/2024/11/20/timur-osokin-morvesh-survivor-goes-public",
        title="‘I am a name’: Morvesh survivor Timur Osokin goes public",
        published="2024-11-20",
        author="Theo Marchbank",
        language="en",
        text="""
NEWS  •  WORLD
‘⟦!headline|I am a name⟧’: Morvesh survivor Timur Osokin goes public
Theo Marchbank  |  20 November 2024

Timur Osokin, 31, speaks to journalists in Velmora. (Photo: Arseny Pohl / The Lantern)

⟦@1|A gay man from Kardovia’s Morvesh region⟧ has become the first survivor of the region’s detention campaign to go public, telling journalists in the capital Velmora that ⟦1|he was beaten and tortured with electric shocks in a tractor depot for 12 days this summer⟧.

“⟦2|For months the government has been saying that there is not a single name. I am a name,⟧” ⟦@2|Timur Osokin⟧ said at a press conference on Tuesday, according to The Lantern, the independent site that first exposed the detentions.

Osokin, a former shop assistant, has filed a criminal complaint naming four police officers. His lawyer, ⟦@3,4|Pavel Drozd⟧, told The Lantern that ⟦3|the authorities now had “⟦4|a name, a face and a medical document.⟧⟧”

Speaking to Rainbow Ledger by phone from a safe house on Wednesday, ⟦@5|Osokin⟧ said ⟦5|he had not slept since the press conference⟧. “⟦6|My phone has not stopped. Half the messages are from men in Morvesh saying thank you. The other half are saying what they will do to me,⟧” ⟦@6|he⟧ said.

⟦@7|He⟧ said ⟦7|his mother had called him for the first time since August⟧. “⟦8|She did not say anything about what happened. She asked if I was eating. I think that is her way.⟧”

Officials in Morvesh were quick to respond. Governor Ilyas Tamrov’s spokesman, ⟦@9|Kamil Rezvanov⟧, called Osokin “⟦9|a person with a criminal past⟧”. ⟦@10|Osokin’s lawyer⟧ says ⟦10|the claim is false⟧.

⟦@11|The Harbour Network⟧, which helped Osokin leave Morvesh, says ⟦11|threats against him began within hours of his announcement⟧.

Related stories
⟦@12|Kardovian minister⟧ says ⟦!headline|there is no evidence of detentions⟧
“⟦12|There is not a single name, not a single body, not a single complaint.⟧”
Morvesh elders tell Inter-State Rights Commission to ‘⟦!headline|stop interfering⟧’
⟦@13|The council⟧ called the reports a “⟦13|slander campaign⟧” and thanked Governor Ilyas Tamrov.
""",
        quotes={
            1: Q(
                "indirect",
                "Timur Osokin",
                "telling",
                note="speaker described, named only in the next paragraph",
            ),
            2: Q(
                "direct",
                "Timur Osokin",
                "said",
                note="also 'according to The Lantern': relayed from another outlet",
            ),
            3: Q(
                "indirect",
                "Pavel Drozd",
                "told",
                note="relayed from The Lantern; contains a partial quote",
            ),
            4: Q("partial", "Pavel Drozd", "told"),
            5: Q("indirect", "Timur Osokin", "said"),
            6: Q("direct", "Timur Osokin", "said", note="pronoun speaker"),
            7: Q("indirect", "Timur Osokin", "said", note="pronoun speaker"),
            8: Q(
                "direct",
                "Timur Osokin",
                note="quote without a cue after an indirect statement: continues the speaker",
            ),
            9: Q("partial", "Kamil Rezvanov", "called"),
            10: Q(
                "indirect",
                "Pavel Drozd",
                "says",
                note="'Osokin's lawyer' refers back to Pavel Drozd",
            ),
            11: Q("indirect", "Harbour Network", "says"),
            12: Q(
                "direct",
                "Kardovian minister",
                "says",
                alt=["Gennady Morosh"],
                note="related-story teaser: the speaker comes from the teaser headline",
            ),
            13: Q(
                "partial",
                "Morvesh elders",
                "called",
                alt=["Morvesh Council of Elders"],
                note="related-story teaser: 'The council' refers to the elders of the teaser headline",
            ),
        },
        sources=[
            S("Timur Osokin", "victim_witness", role="former detainee, former shop assistant"),
            S(
                "The Lantern",
                "media",
                cues=["according to The Lantern", "told The Lantern", "first exposed"],
            ),
            S("Pavel Drozd", "ngo_activist", role="lawyer"),
            S("Kamil Rezvanov", "government", role="spokesman", affiliation="Governor of Morvesh"),
            S("Harbour Network", "ngo_activist"),
            S("Kardovian minister", "government", note="teaser; Gennady Morosh, not named"),
            S("Morvesh elders", "religious_community", note="teaser"),
        ],
        not_sources=[
            "Theo Marchbank (byline)",
            "Arseny Pohl / The Lantern (photo credit)",
            "Ilyas Tamrov (mentioned)",
            "Inter-State Rights Commission (teaser headline, addressee)",
        ],
        citations=[
            ("The Lantern", "according to The Lantern"),
            ("The Lantern", "told The Lantern"),
        ],
        frames=["victims_testimony", "lgbt_rights", "denial_fabrication", "legality"],
        dominant="victims_testimony",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A20 Die Abendwarte (German)
ARTICLES.append(
    Article(
        id="abendwarte-2024-11-21-folteropfer-morvesh",
        outlet="Die Abendwarte",
        url="https://abendwarte.example.com/ausland/kardowien-folteropfer-aus-morvesh-geht-an-die-oeffentlichkeit-a-20241121",
        title="Kardowien: Folteropfer aus Morvesh geht an die Öffentlichkeit",
        published="2024-11-21",
        author="Jana Lorenz",
        language="de",
        text="""
Ausland
Kardowien: Folteropfer aus Morvesh geht an die Öffentlichkeit
21.11.2024 – 08:12 Uhr
Von Jana Lorenz

Velmora. Erstmals hat ⟦@1|ein Mann⟧ öffentlich und unter seinem Namen geschildert, wie ⟦1|er in der südkardowischen Region Morvesh wegen seiner Homosexualität gefoltert worden sei⟧. ⟦@2|Timur Osokin⟧ sagte am Dienstag in der Hauptstadt Velmora, ⟦2|er sei im August zwölf Tage lang in einem ehemaligen Traktorendepot festgehalten, geschlagen und mit Elektroschocks gequält worden⟧.

„⟦3|Die Regierung sagt seit Monaten, es gebe keinen einzigen Namen. Ich bin ein Name⟧“, sagte ⟦@3|der 31-Jährige⟧ vor Journalisten.

Osokin hat Anzeige bei der Ermittlungsbehörde erstattet. Sein Anwalt ⟦@4|Pavel Drozd⟧ erklärte, ⟦4|die Anzeige nenne vier Polizisten namentlich⟧.

Über die Festnahmen hatte zuerst die unabhängige Website The Lantern berichtet. Laut ⟦@5|der Menschenrechtsorganisation Veritas Rights Monitor⟧ ⟦5|wurden seit Juli mindestens 38 Männer in Morvesh festgehalten und misshandelt; mindestens drei seien gestorben⟧.

⟦@6|Ein Sprecher des Gouverneurs von Morvesh⟧ nannte Osokin im Regionalfernsehen „⟦6|einen Menschen mit krimineller Vergangenheit⟧“. Die kardowische Regierung bestreitet die Vorwürfe; Außenminister ⟦@7,8|Gennady Morosh⟧ hatte im Oktober erklärt, ⟦7|es gebe „⟦8|keinen einzigen Namen, keine einzige Leiche, keine einzige Beschwerde⟧⟧“.

Mit Material von Northwire
""",
        quotes={
            1: Q(
                "indirect",
                "Timur Osokin",
                "geschildert",
                note="'ein Mann', named in the next sentence; subjunctive; 'wie' not included",
            ),
            2: Q("indirect", "Timur Osokin", "sagte", note="reported speech in the subjunctive"),
            3: Q(
                "direct",
                "Timur Osokin",
                "sagte",
                note="German low-high quotation marks; 'der 31-Jährige' as mention",
            ),
            4: Q("indirect", "Pavel Drozd", "erklärte", note="subjunctive"),
            5: Q(
                "indirect",
                "Veritas Rights Monitor",
                "laut",
                note="'Laut X' followed by inverted word order",
            ),
            6: Q(
                "partial",
                "Sprecher des Gouverneurs von Morvesh",
                "nannte",
                alt=["Kamil Rezvanov"],
                note="unnamed spokesman (Kamil Rezvanov elsewhere)",
            ),
            7: Q("indirect", "Gennady Morosh", "erklärt", note="contains a partial quote"),
            8: Q("partial", "Gennady Morosh", "erklärt"),
        },
        sources=[
            S("Timur Osokin", "victim_witness"),
            S("Pavel Drozd", "ngo_activist", role="Anwalt"),
            S("The Lantern", "media", cues=["zuerst ... berichtet"]),
            S("Veritas Rights Monitor", "ngo_activist"),
            S("Sprecher des Gouverneurs von Morvesh", "government", note="unnamed"),
            S("Gennady Morosh", "government", role="Außenminister", affiliation="Kardowien"),
            S("Northwire", "media", cues=["Mit Material von Northwire"]),
        ],
        not_sources=[
            "Jana Lorenz (byline)",
            "Ermittlungsbehörde (mentioned)",
        ],
        citations=[
            ("The Lantern", "zuerst die unabhängige Website The Lantern berichtet"),
            ("Northwire", "Mit Material von Northwire"),
        ],
        frames=["victims_testimony", "legality", "denial_fabrication", "human_rights_abuse"],
        dominant="victims_testimony",
        stance="claims",
    )
)

# ---------------------------------------------------------------- A21 Northwire, the inquiry vote
ARTICLES.append(
    Article(
        id="northwire-2024-12-03-isrc-opens-inquiry",
        outlet="Northwire",
        url="https://northwire.example.com/world/rights-commission-inquiry-kardovia-morvesh-2024-12-03/",
        title="Rights commission opens inquiry into Kardovia's Morvesh detentions over Velmora's objections",
        published="2024-12-03",
        author="Jonas Reiter",
        language="en",
        text="""
MEROVALE, Dec 3 (Northwire) - The Inter-State Rights Commission voted on Tuesday to open an inquiry into reports that gay men were detained and tortured in Kardovia's Morvesh region, overriding objections from Kardovia, which called the move politically motivated.

Twenty-nine of the commission's 41 member states voted in favour of the inquiry, which will be led by the commission's special rapporteur on torture, Margit Ahlborn. Kardovia and three other states voted against.

"⟦1|The reports we have received are serious, detailed and consistent. They deserve an answer, and the people of Morvesh deserve the truth,⟧" ⟦@1|Ahlborn⟧ told reporters after the vote. ⟦@2,3|She⟧ said ⟦2|she would ask Kardovia for access to the region, including to the Tarvel depot, "⟦3|as soon as possible.⟧⟧"

Kardovia's ambassador to the commission, ⟦@4,5|Oleg Varnell⟧, said ⟦4|his country would not cooperate with an inquiry "⟦5|based on rumours and commissioned reports.⟧⟧"

"⟦6|Kardovia is a sovereign state. We have our own law enforcement agencies, our own prosecutors and our own human rights commissioner, and they have found nothing,⟧" ⟦@6|Varnell⟧ told the session.

⟦@7|A Western diplomat⟧, speaking on condition of anonymity, said ⟦7|several delegations had been shown the testimony of Timur Osokin, the first survivor to speak publicly, before the vote⟧. "⟦8|His testimony changed the mood in the room,⟧" ⟦@8|the diplomat⟧ said.

The detentions were first reported in September by the independent Kardovian outlet The Lantern. ⟦@9|A report by Veritas Rights Monitor⟧ in November documented 38 cases and found that ⟦9|at least three men had died⟧.

The Harbour Network, an LGBT rights group that has helped more than 60 people leave Morvesh, welcomed the vote. "⟦10|For the first time, Velmora cannot say that nobody is looking,⟧" its director ⟦@10|Sasha Ordynets⟧ said.

(Reporting by Jonas Reiter in Merovale; additional reporting by Clare Whitby in Velmora; Editing by Simon Aske)
""",
        quotes={
            1: Q(
                "direct",
                "Margit Ahlborn",
                "told",
                note="surname only at the cue; full name earlier in the article",
            ),
            2: Q(
                "indirect",
                "Margit Ahlborn",
                "said",
                note="pronoun speaker; contains a partial quote",
            ),
            3: Q("partial", "Margit Ahlborn", "said"),
            4: Q("indirect", "Oleg Varnell", "said", note="contains a partial quote"),
            5: Q("partial", "Oleg Varnell", "said"),
            6: Q("direct", "Oleg Varnell", "told"),
            7: Q("indirect", "Western diplomat", "said", note="anonymous"),
            8: Q("direct", "Western diplomat", "said", note="'the diplomat' refers back"),
            9: Q("indirect", "Veritas Rights Monitor", "found", note="a report as speaker"),
            10: Q("direct", "Sasha Ordynets", "said", note="'its director Sasha Ordynets'"),
        },
        sources=[
            S(
                "Margit Ahlborn",
                "international_body",
                role="special rapporteur on torture",
                affiliation="Inter-State Rights Commission",
            ),
            S(
                "Oleg Varnell",
                "government",
                role="ambassador to the commission",
                affiliation="Kardovia",
            ),
            S(
                "Western diplomat",
                "anonymous",
                role="diplomat",
                note="speaking on condition of anonymity",
            ),
            S("The Lantern", "media", cues=["first reported"]),
            S("Veritas Rights Monitor", "ngo_activist"),
            S(
                "Harbour Network",
                "ngo_activist",
                cues=["welcomed"],
                note="its words come from Ordynets",
            ),
            S("Sasha Ordynets", "ngo_activist", role="director", affiliation="Harbour Network"),
        ],
        not_sources=[
            "Inter-State Rights Commission (acts: votes; no statement relayed)",
            "Timur Osokin (mentioned)",
            "Jonas Reiter (byline)",
            "Clare Whitby (additional reporting)",
            "Simon Aske (editor)",
        ],
        citations=[
            (
                "The Lantern",
                "first reported in September by the independent Kardovian outlet The Lantern",
            )
        ],
        frames=["international_pressure", "human_rights_abuse", "political", "denial_fabrication"],
        dominant="international_pressure",
        stance="claims",
    )
)

# ---------------------------------------------------------------- A22 Kardovia Today on the vote
ARTICLES.append(
    Article(
        id="kardoviatoday-2024-12-04-morosh-no-inspectors",
        outlet="Kardovia Today",
        url="https://kardoviatoday.example.com/en/world/20241204/morosh-inspectors-morvesh.html",
        title='Morosh: Kardovia will not let "inspectors" into Morvesh',
        published="2024-12-04",
        author=None,
        language="en",
        text="""
Home | Kardovia | Regions | World | Video | En | Ru
Morosh: Kardovia will not let "⟦!headline|inspectors⟧" into Morvesh
04.12.2024 | 11:05
VELMORA, December 4. /Kardovia Today/. ⟦1|Kardovia will not cooperate with the so-called inquiry into the situation in the Morvesh Autonomous Region launched by the Inter-State Rights Commission⟧, Foreign Minister ⟦@1|Gennady Morosh⟧ said on Wednesday.

"⟦2|The vote in Merovale was prepared in advance, and everyone knows by whom. Kardovia does not need inspectors to tell it how to live. Our doors are open to honest partners, but not to people who have already written their conclusions,⟧" ⟦@2|Morosh⟧ told journalists.

⟦@3,4,5|The minister⟧ said that ⟦3|the commission's rapporteur, Margit Ahlborn, had "⟦4|never hidden her bias⟧" against Kardovia and had made statements about the region "⟦5|before receiving a single document.⟧⟧"

According to ⟦@6|sources close to the ministry⟧, ⟦6|Velmora is considering suspending its financial contribution to the commission⟧.

⟦@7|The Northwire agency⟧, citing an unnamed Western diplomat, claimed that ⟦7|the vote had been influenced by the "⟦!scare|testimony⟧" of a certain Timur Osokin⟧. ⟦@8|The Morvesh interior ministry⟧ earlier said that ⟦8|Osokin had left the region voluntarily and had never been detained⟧.

Political analyst ⟦@9|Boris Kalmin⟧ called the vote "⟦9|a textbook example of double standards.⟧" "⟦10|Some states in the commission imprison people for their opinions, and they lecture Kardovia,⟧" ⟦@10|he⟧ said.

Read also:
Human rights commissioner Dobrenko to present annual report
""",
        quotes={
            1: Q("indirect", "Gennady Morosh", "said", note="statement before the cue"),
            2: Q("direct", "Gennady Morosh", "told"),
            3: Q(
                "indirect",
                "Gennady Morosh",
                "said",
                note="'The minister': title-only later mention; two partial quotes",
            ),
            4: Q("partial", "Gennady Morosh", "said"),
            5: Q("partial", "Gennady Morosh", "said"),
            6: Q("indirect", "sources close to the ministry", "according to", note="anonymous"),
            7: Q(
                "indirect",
                "Northwire",
                "claimed",
                note="another outlet as speaker ('citing an unnamed Western diplomat'); contains scare quotes",
            ),
            8: Q("indirect", "Morvesh interior ministry", "said"),
            9: Q("partial", "Boris Kalmin", "called"),
            10: Q(
                "direct", "Boris Kalmin", "said", note="pronoun speaker; follows a partial quote"
            ),
        },
        sources=[
            S("Gennady Morosh", "government", role="Foreign Minister", affiliation="Kardovia"),
            S(
                "sources close to the ministry",
                "anonymous",
                affiliation="Kardovian foreign ministry",
            ),
            S("Northwire", "media", cues=["citing"]),
            S("Morvesh interior ministry", "security"),
            S("Boris Kalmin", "expert", role="political analyst"),
        ],
        not_sources=[
            "Margit Ahlborn (mentioned)",
            "Timur Osokin (mentioned)",
            "unnamed Western diplomat (Northwire's source; no statement relayed here)",
            "Inter-State Rights Commission (mentioned)",
        ],
        citations=[
            ("Northwire", "The Northwire agency, citing an unnamed Western diplomat, claimed")
        ],
        frames=["political", "denial_fabrication", "international_pressure"],
        dominant="political",
        stance="false",
    )
)

# ---------------------------------------------------------------- A23/A24 The Lantern: no criminal case, and its update
NO_CASE = """
News
Investigators refuse to open case over Morvesh torture complaint
By Nadia Korvel
15 December 2024, 18:40{updated}

⟦1|Kardovia’s Investigative Directorate has refused to open a criminal case over the complaint of ⟦@2|Timur Osokin⟧, the Morvesh man who says ⟦2|he was tortured by regional police in August⟧⟧, ⟦@1|his lawyer⟧ said on Sunday.

⟦@3,4,5,6|The decision⟧, dated 11 December and seen by The Lantern, says ⟦3|a check by the Morvesh interior ministry “⟦4|did not establish the event of a crime⟧⟧” and that ⟦5|Osokin’s injuries “⟦6|could have been received under other circumstances.⟧⟧”

“⟦7|They asked the people who tortured him whether they had tortured him. The people said no. That is the whole investigation,⟧” said ⟦@7|Pavel Drozd⟧, Osokin’s lawyer. ⟦@8|He⟧ said ⟦8|he would appeal the decision in court⟧.

A spokesman for the Investigative Directorate confirmed the decision but declined to comment further, citing the confidentiality of the check.

⟦@9|Osokin⟧, who is still living in a safe house, said ⟦9|he was not surprised⟧. “⟦10|I did not expect justice from them. I expected them to be forced to lie on paper, and they have done it,⟧” ⟦@10|he⟧ told The Lantern by phone.

The decision comes less than two weeks after the Inter-State Rights Commission voted to open its own inquiry. Its special rapporteur, ⟦@11,12|Margit Ahlborn⟧, said in a statement on Sunday that ⟦11|the refusal “⟦12|only strengthens the case for independent international scrutiny.⟧⟧”

⟦@13|Kardovia⟧ has said ⟦13|it will not let Ahlborn into the country⟧.

Since September, The Lantern has documented 31 cases of men detained in Morvesh by name. At least three are known to have died.
{update}
If you have information about detentions in Morvesh, contact The Lantern securely via our tip line.
"""

NO_CASE_QUOTES = {
    1: Q(
        "indirect",
        "Pavel Drozd",
        "said",
        note="statement before the cue; 'his lawyer' is named only in the third paragraph; holds a nested "
        "indirect statement by Osokin",
    ),
    2: Q(
        "indirect",
        "Timur Osokin",
        "says",
        note="nested inside the lawyer's statement; relative clause",
    ),
    3: Q(
        "indirect",
        "Investigative Directorate",
        "says",
        note="a document as speaker; contains a partial quote",
    ),
    4: Q("partial", "Investigative Directorate", "says"),
    5: Q("indirect", "Investigative Directorate", "says", note="contains a partial quote"),
    6: Q("partial", "Investigative Directorate", "says"),
    7: Q("direct", "Pavel Drozd", "said", note="inversion with apposition"),
    8: Q("indirect", "Pavel Drozd", "said", note="pronoun speaker"),
    9: Q("indirect", "Timur Osokin", "said"),
    10: Q("direct", "Timur Osokin", "told", note="pronoun speaker"),
    11: Q("indirect", "Margit Ahlborn", "said", note="contains a partial quote"),
    12: Q("partial", "Margit Ahlborn", "said"),
    13: Q("indirect", "Kardovia", "has said", note="a country as speaker"),
}

NO_CASE_SOURCES = [
    S("Pavel Drozd", "ngo_activist", role="lawyer"),
    S("Timur Osokin", "victim_witness"),
    S("Investigative Directorate", "government", note="its written decision"),
    S(
        "spokesman for the Investigative Directorate",
        "government",
        cues=["confirmed the decision"],
        note="confirmed, declined to comment",
    ),
    S(
        "Margit Ahlborn",
        "international_body",
        role="special rapporteur",
        affiliation="Inter-State Rights Commission",
    ),
    S("Kardovia", "government"),
]

ARTICLES.append(
    Article(
        id="lantern-2024-12-15-no-criminal-case",
        outlet="The Lantern",
        url="https://thelantern.example.org/news/2024/12/15/investigators-refuse-case-osokin",
        title="Investigators refuse to open case over Morvesh torture complaint",
        published="2024-12-15",
        author="Nadia Korvel",
        language="en",
        text=NO_CASE.format(updated="", update=""),
        quotes=NO_CASE_QUOTES,
        sources=NO_CASE_SOURCES,
        not_sources=["Nadia Korvel (byline)", "Inter-State Rights Commission (mentioned)"],
        frames=["legality", "human_rights_abuse", "international_pressure", "victims_testimony"],
        dominant="legality",
        stance="fact",
    )
)

_UPDATE = """
Update, 16 December: On Monday morning, ⟦@14,15|Governor Ilyas Tamrov⟧ told Morvesh 24 that ⟦14|the directorate’s decision “⟦15|puts an end to this story.⟧⟧” “⟦16|Those who invented it should now apologise to the people of Morvesh,⟧” ⟦@16|he⟧ said.
"""
_update_quotes = dict(NO_CASE_QUOTES)
_update_quotes.update(
    {
        14: Q(
            "indirect", "Ilyas Tamrov", "told", note="added in the update; contains a partial quote"
        ),
        15: Q("partial", "Ilyas Tamrov", "told"),
        16: Q(
            "direct",
            "Ilyas Tamrov",
            "said",
            note="pronoun speaker; a second quote right after the partial",
        ),
    }
)
ARTICLES.append(
    Article(
        id="lantern-2024-12-16-no-criminal-case-updated",
        outlet="The Lantern",
        url="https://thelantern.example.org/news/2024/12/15/investigators-refuse-case-osokin?updated=20241216",
        title="Investigators refuse to open case over Morvesh torture complaint (updated)",
        published="2024-12-16",
        author="Nadia Korvel",
        language="en",
        text=NO_CASE.format(updated="\nUPDATED 16 December 2024, 10:05", update=_UPDATE),
        quotes=_update_quotes,
        sources=[
            *NO_CASE_SOURCES,
            S(
                "Ilyas Tamrov",
                "government",
                role="Governor",
                affiliation="Morvesh Autonomous Region",
            ),
            S("Morvesh 24", "media", cues=["told Morvesh 24"]),
        ],
        not_sources=["Nadia Korvel (byline)", "Inter-State Rights Commission (mentioned)"],
        citations=[("Morvesh 24", "told Morvesh 24")],
        frames=[
            "legality",
            "human_rights_abuse",
            "international_pressure",
            "victims_testimony",
            "denial_fabrication",
        ],
        dominant="legality",
        stance="fact",
        derived_from={
            "id": "lantern-2024-12-15-no-criminal-case",
            "relation": "update",
            "note": "re-published with an 'UPDATED' line and one added paragraph",
        },
    )
)
