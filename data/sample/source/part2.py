"""Sample corpus, part 2: relatives, survivors, the minister and the elders (27 September - October 2024).

Each article is marked up as described in ``markup.py``; ``build.py`` computes the offsets.
"""

from markup import Article, Q, S

ARTICLES: list[Article] = []

# ---------------------------------------------------------------- A09 The Lantern, the mothers
ARTICLES.append(
    Article(
        id="lantern-2024-09-27-mothers-of-morvesh",
        outlet="The Lantern",
        url="https://thelantern.example.org/investigations/2024/09/27/bring-him-back-alive-mothers-of-morvesh",
        title="‘Bring him back alive’: the mothers of Morvesh",
        published="2024-09-27",
        author="Nadia Korvel, Arseny Pohl",
        language="en",
        text="""
Investigations
‘⟦!headline|Bring him back alive⟧’: the mothers of Morvesh
By Nadia Korvel and Arseny Pohl
27 September 2024, 09:00

Rosa Kemalova holds a photograph of her son Aslan in her kitchen in Tarvel. (Photo: Arseny Pohl / The Lantern)

Rosa Kemalova has not seen her son since 3 August, when two men in civilian clothes took him from the bakery where he worked in Tarvel.

“⟦1|They said it was a routine check and he would be back by evening. That was fifty-four days ago,⟧” says ⟦@1|Kemalova⟧, 52, sitting in the kitchen of her flat with his photograph on the table.

She has been to the police station in Tarvel eleven times. Each time, she says, ⟦@2,3|officers⟧ told her that ⟦2|her son, Aslan, was “⟦3|not in the system.⟧⟧” At the regional police headquarters in Dunmarsk ⟦@4|an officer⟧ told her to stop asking questions “⟦4|if you want to keep your other son.⟧”

The Lantern has confirmed the identities of three more men detained in August, bringing the number of cases we have documented by name to 27. ⟦5|Two of the newly identified men were held not at the Tarvel depot but in the basement of the regional police headquarters in Dunmarsk⟧, according to ⟦@5|a former detainee⟧ who shared a cell with one of them.

⟦@6|Sources close to the Morvesh interior ministry⟧ told The Lantern that ⟦6|the detentions were ordered after a meeting at the governor’s residence in late July⟧. “⟦7|The instruction was verbal. Nobody will ever find a piece of paper,⟧” ⟦@7|one of them⟧ said.

On Wednesday, Kardovia’s human rights commissioner ⟦@8,9,10,11|Vera Dobrenko⟧ told the state broadcaster Kardovia Today that ⟦8|checks in Morvesh had found “⟦9|not a single fact⟧⟧” and that ⟦10|she did not have “⟦11|any surnames.⟧⟧” ⟦@12|The Harbour Network⟧ says ⟦12|it sent her office 23 names five days earlier, with the consent of the men’s families⟧. Dobrenko’s office did not respond to a question about the list.

Governor Ilyas Tamrov has not commented on the detentions directly. But in a speech to local officials on Monday, broadcast by Morvesh 24, ⟦@13,14,15|he⟧ said that “⟦13|the family is the first wall of our defence⟧” and that ⟦14|parents “⟦15|must know what their sons are doing.⟧⟧”

For Kemalova, the words sounded like a threat. “⟦16|He is telling the families to do the work for them,⟧” ⟦@16|she⟧ said.

Her younger son has since left for Velmora. ⟦@17|She⟧ says ⟦17|she stays in Tarvel because Aslan might come home⟧.

“⟦18|If they killed him, let them tell me where he is. I want to bury my son. I am not asking for anything else.⟧”

Arseny Pohl contributed reporting from Tarvel.
""",
        quotes={
            1: Q(
                "direct", "Rosa Kemalova", "says", note="'says Kemalova': inversion, surname only"
            ),
            2: Q(
                "indirect",
                "officers",
                "told",
                note="the officers' statement, relayed by Kemalova ('she says'); contains a partial quote",
            ),
            3: Q("partial", "officers", "told", note="the officers' words, relayed by Kemalova"),
            4: Q(
                "partial",
                "an officer",
                "told",
                note="a directive ('told her to stop asking questions'): only the quoted fragment is annotated",
            ),
            5: Q(
                "indirect",
                "a former detainee",
                "according to",
                note="statement before 'according to'",
            ),
            6: Q(
                "indirect",
                "sources close to the Morvesh interior ministry",
                "told",
                note="anonymous sources",
            ),
            7: Q(
                "direct",
                "sources close to the Morvesh interior ministry",
                "said",
                note="'one of them': one of the anonymous sources",
            ),
            8: Q("indirect", "Vera Dobrenko", "told", note="contains a partial quote"),
            9: Q("partial", "Vera Dobrenko", "told"),
            10: Q("indirect", "Vera Dobrenko", "told", note="contains a partial quote"),
            11: Q("partial", "Vera Dobrenko", "told"),
            12: Q("indirect", "Harbour Network", "says", note="rebuts the commissioner"),
            13: Q(
                "partial",
                "Ilyas Tamrov",
                "said",
                note="the whole complement is quoted: annotated once",
            ),
            14: Q("indirect", "Ilyas Tamrov", "said", note="contains a partial quote"),
            15: Q("partial", "Ilyas Tamrov", "said"),
            16: Q("direct", "Rosa Kemalova", "said", note="pronoun speaker"),
            17: Q("indirect", "Rosa Kemalova", "says"),
            18: Q(
                "direct",
                "Rosa Kemalova",
                note="quote paragraph without a cue: continues the previous speaker",
            ),
        },
        sources=[
            S(
                "Rosa Kemalova",
                "victim_witness",
                role="mother of a detained man",
                cues=["she says"],
            ),
            S(
                "officers",
                "security",
                affiliation="Tarvel police station",
                note="relayed by Kemalova",
            ),
            S(
                "an officer",
                "security",
                affiliation="regional police headquarters, Dunmarsk",
                note="relayed by Kemalova",
            ),
            S("a former detainee", "anonymous", role="former detainee", note="unnamed cellmate"),
            S("sources close to the Morvesh interior ministry", "anonymous"),
            S(
                "Vera Dobrenko",
                "government",
                role="human rights commissioner",
                affiliation="Kardovia",
            ),
            S("Kardovia Today", "media", cues=["told the state broadcaster Kardovia Today"]),
            S("Harbour Network", "ngo_activist"),
            S(
                "Ilyas Tamrov",
                "government",
                role="Governor",
                affiliation="Morvesh Autonomous Region",
            ),
            S("Morvesh 24", "media", cues=["broadcast by Morvesh 24"]),
        ],
        not_sources=[
            "Nadia Korvel (byline)",
            "Arseny Pohl (byline, photo credit)",
            "Aslan (detained man, mentioned)",
            "Dobrenko’s office (did not respond)",
        ],
        citations=[
            ("Kardovia Today", "told the state broadcaster Kardovia Today"),
            ("Morvesh 24", "broadcast by Morvesh 24"),
        ],
        frames=[
            "victims_testimony",
            "human_rights_abuse",
            "denial_fabrication",
            "religion_tradition",
        ],
        dominant="victims_testimony",
        stance="fact",
    )
)

# ---------------------------------------------------------------- A10 The Greywater Standard feature
ARTICLES.append(
    Article(
        id="greywater-2024-10-02-they-wanted-names",
        outlet="The Greywater Standard",
        url="https://greywaterstandard.example.com/world/2024/oct/02/kardovia-morvesh-survivors-detention-depot",
        title="‘They wanted names’: survivors describe life inside Morvesh’s detention depot",
        published="2024-10-02",
        author="Harriet Combe",
        language="en",
        text="""
World › Kardovia
‘⟦!headline|They wanted names⟧’: survivors describe life inside Morvesh’s detention depot
⟦@24|Men who escaped a crackdown in Kardovia’s southern region⟧ say ⟦24|they were tortured for the identities of others⟧. ⟦@25|Kardovia⟧ says ⟦25|the reports are invented⟧
Harriet Combe in Velmora
Wed 2 Oct 2024 06.00

A former detainee, who asked to be identified only as Daniyar, in a rented flat in Velmora. (Photo: Harriet Combe / The Greywater Standard)

The first thing Daniyar noticed when he was pushed into the workshop was the smell: diesel, damp concrete and something he did not want to name. ⟦@1|He⟧ says ⟦1|there were about 30 men lying on the floor, some of them barely moving⟧.

“⟦2|Nobody told us why we were there. Nobody needed to,⟧” ⟦@2|he⟧ says. Daniyar, who is 29 and worked as a sound engineer for weddings, was held for 16 days in August in a disused tractor depot outside Tarvel, a town in the Morvesh Autonomous Region. He spoke to The Greywater Standard on condition that his surname and photograph not be published.

His account, and those of four other men interviewed for this article in Velmora and by video link from abroad, match what was first reported by The Lantern, an independent Kardovian news site, last month: systematic detentions of men suspected of being gay, beatings and electric shocks, and interrogations aimed at one thing above all.

“⟦3|They wanted names,⟧” ⟦@3|Daniyar⟧ says. “⟦4|Every day the same question. Who else? Who do you meet? Who is on your phone? When I said I did not know anyone, a man in a black tracksuit said, ‘⟦!embedded|Then we will help you remember,⟧’ and they took me to the room with the wire.⟧”

Another man, ⟦@5|Ilya⟧, 34, described ⟦5|being made to stand facing a wall for a whole night while guards beat anyone who fell asleep⟧. ⟦@6|A third⟧ said ⟦6|guards filmed detainees and threatened to send the videos to their relatives⟧.

“⟦7|The threat of the video was worse than the wire,⟧” ⟦@7|Ilya⟧ said. “⟦8|If my father sees it, I am dead anyway. Not from them. From him.⟧”

The men’s accounts cannot be independently verified in full. But they are consistent in detail with each other and with testimony gathered by ⟦@9|the Harbour Network⟧, a Kardovian LGBT rights group, which says ⟦9|it has now helped 46 people leave the region⟧. ⟦@10|Officials from two foreign embassies in Velmora⟧ told The Greywater Standard that ⟦10|their governments had begun issuing emergency visas to men from Morvesh⟧, but asked not to be named because the programme had not been made public. ⟦@11|They⟧ said ⟦11|the number of applications had tripled since September⟧.

Kardovia’s government denies that any such detentions have taken place. Asked about the reports at a press conference in Velmora last week, ⟦@12,13,14|the foreign minister⟧ said ⟦12|there was “⟦13|not a single name, not a single body, not a single complaint⟧⟧” and accused foreign media of “⟦14|manufacturing a scandal.⟧” The foreign ministry did not respond to a request for comment on the cases described in this article.

In Morvesh itself, officials have gone further. Colonel ⟦@15|Artur Belgarov⟧, who heads the region’s interior ministry, has called the reports “⟦15|a fantasy⟧”. In a video posted on the ministry’s channel, ⟦@16,17,18|he⟧ said that ⟦16|Morvesh had “⟦17|no such people⟧⟧” and that “⟦18|if there were, their relatives would have sent them somewhere we would never find them.⟧”

⟦@19|Rights groups⟧ say ⟦19|the remark is itself evidence of the danger⟧. “⟦20|When the head of the police says that families will make people disappear, that is not a denial. That is an instruction,⟧” said ⟦@20|Hanna Ellery⟧, a senior researcher at Veritas Rights Monitor, which is preparing a report on the detentions.

Daniyar was released after his employer, a wedding-hall owner with a cousin in the police, paid what ⟦@21|he⟧ described as “⟦21|a fee for the paperwork⟧”. He left Morvesh the same week and has not spoken to his family since.

“⟦22|My mother called me once. She said, ‘⟦!embedded|Don’t come back. Not for my funeral, not for anything.⟧’⟧

“⟦23|I think she was trying to save my life. I hope so.⟧”

This article was amended on 3 October 2024 to correct the age of one of the interviewees.
""",
        quotes={
            1: Q("indirect", "Daniyar", "says", note="pronoun speaker; pseudonym"),
            2: Q("direct", "Daniyar", "says", note="pronoun speaker"),
            3: Q("direct", "Daniyar", "says"),
            4: Q(
                "direct",
                "Daniyar",
                note="second half of a split quote; holds an embedded single-quoted quote",
            ),
            5: Q("indirect", "Ilya", "described", note="gerund complement of 'described'"),
            6: Q(
                "indirect",
                "a third man",
                "said",
                alt=["a third"],
                note="'A third' (former detainee), unnamed",
            ),
            7: Q("direct", "Ilya", "said"),
            8: Q("direct", "Ilya", note="second half of a split quote"),
            9: Q(
                "indirect",
                "Harbour Network",
                "says",
                note="cue after a relative pronoun ('which says')",
            ),
            10: Q(
                "indirect",
                "officials from two foreign embassies in Velmora",
                "told",
                note="anonymous diplomats",
            ),
            11: Q(
                "indirect",
                "officials from two foreign embassies in Velmora",
                "said",
                note="'They': plural pronoun",
            ),
            12: Q(
                "indirect",
                "foreign minister",
                "said",
                alt=["Gennady Morosh"],
                note="speaker known only by title (Gennady Morosh); contains a partial quote",
            ),
            13: Q("partial", "foreign minister", "said", alt=["Gennady Morosh"]),
            14: Q("partial", "foreign minister", "accused", alt=["Gennady Morosh"]),
            15: Q("partial", "Artur Belgarov", "has called"),
            16: Q("indirect", "Artur Belgarov", "said", note="contains a partial quote"),
            17: Q("partial", "Artur Belgarov", "said"),
            18: Q(
                "partial", "Artur Belgarov", "said", note="the whole second complement is quoted"
            ),
            19: Q("indirect", "rights groups", "say", note="unnamed group"),
            20: Q("direct", "Hanna Ellery", "said", note="inversion with apposition"),
            21: Q("partial", "Daniyar", "described"),
            22: Q(
                "direct",
                "Daniyar",
                note="multi-paragraph quote without a cue, paragraph 1 (no closing mark); "
                "holds an embedded quote",
            ),
            23: Q("direct", "Daniyar", note="multi-paragraph quote, last paragraph"),
            24: Q(
                "indirect",
                "men who escaped a crackdown in Kardovia’s southern region",
                "say",
                note="standfirst (annotated, as in the seed)",
            ),
            25: Q("indirect", "Kardovia", "says", note="standfirst; a country as speaker"),
        },
        sources=[
            S(
                "Daniyar",
                "victim_witness",
                role="former detainee, sound engineer",
                note="asked to be identified only by first name",
            ),
            S("The Lantern", "media", cues=["first reported by"]),
            S(
                "men who escaped a crackdown in Kardovia’s southern region",
                "victim_witness",
                note="standfirst",
            ),
            S("Kardovia", "government", note="standfirst"),
            S("Ilya", "victim_witness", role="former detainee"),
            S("a third man", "anonymous", role="former detainee"),
            S("Harbour Network", "ngo_activist"),
            S(
                "officials from two foreign embassies in Velmora",
                "anonymous",
                role="diplomats",
                note="asked not to be named",
            ),
            S(
                "foreign minister",
                "government",
                affiliation="Kardovia",
                note="Gennady Morosh, not named here",
            ),
            S(
                "Artur Belgarov",
                "security",
                role="Colonel; head",
                affiliation="Morvesh interior ministry",
            ),
            S("rights groups", "ngo_activist", note="unnamed"),
            S(
                "Hanna Ellery",
                "ngo_activist",
                role="senior researcher",
                affiliation="Veritas Rights Monitor",
            ),
        ],
        not_sources=[
            "Harriet Combe (byline, photo credit)",
            "The Greywater Standard (the outlet itself)",
            "foreign ministry (did not respond)",
            "Veritas Rights Monitor (Ellery's organisation, not cited itself)",
        ],
        citations=[("The Lantern", "first reported by The Lantern")],
        frames=[
            "victims_testimony",
            "human_rights_abuse",
            "denial_fabrication",
            "international_pressure",
            "lgbt_rights",
        ],
        dominant="victims_testimony",
        stance="claims",
    )
)

# ---------------------------------------------------------------- A11 Northwire, the foreign minister
ARTICLES.append(
    Article(
        id="northwire-2024-10-08-morosh-no-evidence",
        outlet="Northwire",
        url="https://northwire.example.com/world/kardovia-minister-no-evidence-morvesh-2024-10-08/",
        title="Kardovian minister says no evidence of Morvesh detentions, rejects inquiry",
        published="2024-10-08",
        author="Clare Whitby",
        language="en",
        text="""
VELMORA, Oct 8 (Northwire) - Kardovia's Foreign Minister ⟦@1|Gennady Morosh⟧ said on Tuesday ⟦1|there was no evidence that gay men had been detained or mistreated in the southern Morvesh region⟧, and rejected calls for an international inquiry as interference in the country's internal affairs.

"⟦2|We have checked. The human rights commissioner has checked. The prosecutors have checked. There is not a single name, not a single body, not a single complaint,⟧" ⟦@2|Morosh⟧ told a news conference in Velmora. "⟦3|Some of our foreign partners would like this story to be true. It is not true.⟧"

⟦@4,5|The Inter-State Rights Commission⟧, of which Kardovia is a member, said last week ⟦4|it was "⟦5|deeply concerned⟧" by the reports⟧ and asked Velmora to allow a visit by its special rapporteur, Margit Ahlborn.

Asked whether Kardovia would agree to the visit, ⟦@6|Morosh⟧ said: "⟦6|Kardovia does not need inspectors to tell it how to live.⟧"

⟦@7|The Lantern⟧, an independent news site that first reported the detentions last month, says ⟦7|it has documented 27 cases by name, including two men who died⟧. ⟦@8|The Harbour Network⟧, an LGBT rights group, says ⟦8|it has evacuated 46 people from the region⟧.

⟦@9,10|Hanna Ellery⟧, a researcher at Veritas Rights Monitor, said ⟦9|the minister's claim that no one had complained was "⟦10|simply false⟧"⟧.

"⟦11|We know of at least 23 names that were sent to the human rights commissioner in September. If the minister has not seen them, he should ask her,⟧" ⟦@11|she⟧ said in a statement.

Morvesh's governor, Ilyas Tamrov, has ruled the mountainous region since 2016. His spokesman, ⟦@12,13|Kamil Rezvanov⟧, said last month ⟦12|the reports were a "⟦13|provocation prepared outside our country⟧"⟧.

(Reporting by Clare Whitby; Editing by Simon Aske)
""",
        quotes={
            1: Q(
                "indirect",
                "Gennady Morosh",
                "said",
                note="no 'that'; the time adverbial sits between cue and clause",
            ),
            2: Q("direct", "Gennady Morosh", "told"),
            3: Q("direct", "Gennady Morosh", note="second half of a split quote"),
            4: Q(
                "indirect",
                "Inter-State Rights Commission",
                "said",
                note="international body; contains a partial quote",
            ),
            5: Q("partial", "Inter-State Rights Commission", "said"),
            6: Q("direct", "Gennady Morosh", "said", note="'said:' before the quote"),
            7: Q("indirect", "The Lantern", "says", note="outlet as source"),
            8: Q("indirect", "Harbour Network", "says"),
            9: Q("indirect", "Hanna Ellery", "said", note="contains a partial quote"),
            10: Q("partial", "Hanna Ellery", "said"),
            11: Q("direct", "Hanna Ellery", "said", note="pronoun speaker"),
            12: Q("indirect", "Kamil Rezvanov", "said", note="contains a partial quote"),
            13: Q("partial", "Kamil Rezvanov", "said"),
        },
        sources=[
            S("Gennady Morosh", "government", role="Foreign Minister", affiliation="Kardovia"),
            S("Inter-State Rights Commission", "international_body"),
            S("The Lantern", "media", cues=["first reported"]),
            S("Harbour Network", "ngo_activist"),
            S(
                "Hanna Ellery",
                "ngo_activist",
                role="researcher",
                affiliation="Veritas Rights Monitor",
            ),
            S("Kamil Rezvanov", "government", role="spokesman", affiliation="Governor of Morvesh"),
        ],
        not_sources=[
            "Margit Ahlborn (mentioned)",
            "Ilyas Tamrov (mentioned)",
            "Clare Whitby (byline)",
            "Simon Aske (editor)",
        ],
        citations=[("The Lantern", "first reported the detentions")],
        frames=["denial_fabrication", "international_pressure", "political", "human_rights_abuse"],
        dominant="denial_fabrication",
        stance="claims",
    )
)

# ---------------------------------------------------------------- A12 El Vigía Austral (Spanish)
ARTICLES.append(
    Article(
        id="elvigia-2024-10-10-kardovia-niega-detenciones",
        outlet="El Vigía Austral",
        url="https://elvigiaaustral.example.com/internacional/2024/10/10/kardovia-niega-detenciones-morvesh",
        title="Kardovia niega las detenciones de hombres homosexuales en Morvesh",
        published="2024-10-10",
        author=None,
        language="es",
        text="""
Internacional
Kardovia niega las detenciones de hombres homosexuales en Morvesh
Redacción | 10/10/2024

El ministro de Asuntos Exteriores de Kardovia, ⟦@1|Gennady Morosh⟧, negó este martes que ⟦1|en la región de Morvesh se haya detenido o maltratado a hombres homosexuales⟧, según informó la agencia Northwire.

«⟦2|Hemos comprobado. No hay ni un solo nombre, ni un solo cuerpo, ni una sola denuncia⟧», declaró ⟦@2|Morosh⟧ en una rueda de prensa en Velmora.

Según ⟦@3|el diario independiente The Lantern⟧, que reveló el caso en septiembre, ⟦3|al menos 27 hombres fueron detenidos en un antiguo depósito de tractores cerca de la ciudad de Tarvel, y dos de ellos murieron tras recibir golpes⟧.

⟦@4|La organización Harbour Network⟧, que defiende los derechos de las personas LGBT en Kardovia, asegura ⟦4|haber sacado de la región a 46 personas⟧. Su directora, ⟦@5|Sasha Ordynets⟧, dijo que ⟦5|muchos de ellos temen a sus propias familias tanto como a la policía⟧.

La Comisión Interestatal de Derechos, de la que Kardovia es miembro, pidió permiso para enviar a la región a su relatora especial. ⟦@6,7|Morosh⟧ respondió que ⟦6|Kardovia «⟦7|no necesita inspectores que le digan cómo vivir⟧⟧».

Los activistas hablan de una “⟦!scare|purga⟧”. Morvesh, una región montañosa del sur del país, está gobernada desde 2016 por Ilyas Tamrov, acusado por organizaciones de derechos humanos de secuestros y torturas de opositores.
""",
        quotes={
            1: Q(
                "indirect",
                "Gennady Morosh",
                "negó",
                note="a denial: the clause is what he denied; relayed from Northwire ('según informó la agencia Northwire')",
            ),
            2: Q(
                "direct", "Gennady Morosh", "declaró", note="guillemets; period outside the marks"
            ),
            3: Q("indirect", "The Lantern", "según"),
            4: Q("indirect", "Harbour Network", "asegura", note="infinitive complement"),
            5: Q("indirect", "Sasha Ordynets", "dijo"),
            6: Q("indirect", "Gennady Morosh", "respondió", note="contains a partial quote"),
            7: Q("partial", "Gennady Morosh", "respondió"),
        },
        sources=[
            S(
                "Gennady Morosh",
                "government",
                role="ministro de Asuntos Exteriores",
                affiliation="Kardovia",
            ),
            S("Northwire", "media", cues=["según informó la agencia Northwire"]),
            S("The Lantern", "media", cues=["reveló el caso"]),
            S("Harbour Network", "ngo_activist"),
            S("Sasha Ordynets", "ngo_activist", role="directora", affiliation="Harbour Network"),
        ],
        not_sources=[
            "Comisión Interestatal de Derechos (mentioned)",
            "Ilyas Tamrov (mentioned)",
            "activistas (a label)",
        ],
        citations=[
            ("Northwire", "según informó la agencia Northwire"),
            ("The Lantern", "Según el diario independiente The Lantern"),
        ],
        frames=["denial_fabrication", "international_pressure", "human_rights_abuse"],
        dominant="denial_fabrication",
        stance="claims",
    )
)

# ---------------------------------------------------------------- A13 Morvesh 24, the elders
ARTICLES.append(
    Article(
        id="morvesh24-2024-10-14-elders-slander-campaign",
        outlet="Morvesh 24",
        url="https://morvesh24.example.com/news/2024/10/14/council-of-elders-slander",
        title='Council of Elders: "Morvesh will not let foreigners lecture it about the family"',
        published="2024-10-14",
        author=None,
        language="en",
        text="""
MORVESH 24 | NEWS | 14 October 2024, 20:05
Council of Elders: "⟦!headline|Morvesh will not let foreigners lecture it about the family⟧"

⟦@1,2|The Morvesh Council of Elders⟧ on Monday condemned what it called a "⟦1|slander campaign⟧" against the region in foreign and opposition media and thanked Governor Ilyas Tamrov for "⟦2|protecting the honour of Morvesh families.⟧"

"⟦3|Our people have lived in these mountains for a thousand years according to the laws of our fathers and of God. We do not need anyone to explain to us what a family is,⟧" the chairman of the council, ⟦@3|Gavril Tesmer⟧, said at a meeting in Dunmarsk attended by more than 300 elders and clergy.

⟦@4,5,6,7|Tesmer⟧ said that ⟦4|the reports about detentions were "⟦5|an insult to every mother in Morvesh⟧"⟧ and that ⟦6|no family in the region would tolerate "⟦7|such a thing⟧" among its members⟧.

In an appeal adopted at the meeting, ⟦@8|the council⟧ called on the Inter-State Rights Commission to "⟦8|stop interfering in the spiritual life of a sovereign people.⟧"

Governor Tamrov's press secretary ⟦@9,10|Kamil Rezvanov⟧, who attended the meeting, said ⟦9|the governor "⟦10|highly appreciates the position of the elders.⟧⟧"

"⟦11|The elders have said what every resident of Morvesh thinks,⟧" ⟦@11|Rezvanov⟧ told Morvesh 24.

Earlier, the opposition website The Lantern, which is funded from abroad, published claims about "⟦!scare|secret prisons⟧" in the region, which were repeated by Western media without verification. ⟦@12|The Morvesh interior ministry⟧ said ⟦12|the claims had been checked and found to be false⟧.

Related:
Harvest festival in Tarvel: 40,000 visitors
Governor opens new school in Dunmarsk
""",
        quotes={
            1: Q(
                "partial",
                "Morvesh Council of Elders",
                "called",
                note="organisation as speaker; 'what it called'",
            ),
            2: Q("partial", "Morvesh Council of Elders", "thanked"),
            3: Q(
                "direct",
                "Gavril Tesmer",
                "said",
                note="'the chairman of the council, Gavril Tesmer, said'",
            ),
            4: Q("indirect", "Gavril Tesmer", "said", note="contains a partial quote"),
            5: Q("partial", "Gavril Tesmer", "said"),
            6: Q("indirect", "Gavril Tesmer", "said", note="contains a partial (euphemism) quote"),
            7: Q("partial", "Gavril Tesmer", "said"),
            8: Q(
                "partial",
                "Morvesh Council of Elders",
                "called on",
                note="a directive: only the quoted fragment",
            ),
            9: Q("indirect", "Kamil Rezvanov", "said", note="contains a partial quote"),
            10: Q("partial", "Kamil Rezvanov", "said"),
            11: Q("direct", "Kamil Rezvanov", "told"),
            12: Q("indirect", "Morvesh interior ministry", "said"),
        },
        sources=[
            S("Morvesh Council of Elders", "religious_community"),
            S(
                "Gavril Tesmer",
                "religious_community",
                role="chairman",
                affiliation="Morvesh Council of Elders",
            ),
            S(
                "Kamil Rezvanov",
                "government",
                role="press secretary",
                affiliation="Governor of Morvesh",
            ),
            S("Morvesh interior ministry", "security"),
            S(
                "The Lantern",
                "media",
                cues=["published claims"],
                note="disparaged, no content relayed",
            ),
        ],
        not_sources=[
            "Ilyas Tamrov (mentioned)",
            "Inter-State Rights Commission (addressee of the appeal)",
            "Western media (mentioned)",
        ],
        citations=[("The Lantern", "published claims")],
        frames=["religion_tradition", "denial_fabrication", "political"],
        dominant="religion_tradition",
        stance="false",
    )
)

# ---------------------------------------------------------------- A14 The Dunmarsk Diarist (blog)
ARTICLES.append(
    Article(
        id="dunmarskdiarist-2024-10-uncle-at-dinner",
        outlet="The Dunmarsk Diarist",
        url="https://dunmarskdiarist.example.net/2024/10/what-my-uncle-said-at-dinner/",
        title="What my uncle said at dinner",
        published=None,
        author="Elin Marsh",
        language="en",
        text="""
The Dunmarsk Diarist
notes from a Morvesh childhood, written elsewhere
Posted by Elin Marsh | Filed under: Home, Politics | 14 comments
What my uncle said at dinner
I was not going to write about the depot. Everyone else is writing about it, and they do it better: The Lantern, who broke the story and keep adding names, the Greywater Standard's long piece with Daniyar and Ilya, Rainbow Ledger's fundraising. Read them, not me.
But on Sunday my uncle called from Dunmarsk, and I cannot stop thinking about what he said.
“⟦1|You people abroad make everything sound terrible. Those men were just taken for a talk. If a family has a problem, the police help. That is all,⟧” ⟦@1|he⟧ told me. He is not a bad man. He taught me to swim.
I asked him about Aslan Kemalov, the baker's boy from Tarvel whose mother has been on the front page of The Lantern. ⟦@2,3|He⟧ said ⟦2|he had heard the boy "⟦3|went to work in the north.⟧⟧" Then he changed the subject to the harvest.
On Morvesh 24 the next evening, the elders were on for twenty minutes. ⟦@4,5|Gavril Tesmer⟧ said ⟦4|no family would tolerate "⟦5|such a thing⟧"⟧. Everyone in Morvesh knows exactly what that means, and so does he.
The official line, if you read Kardovia Today, is that there is nothing to see. Dobrenko "⟦!scare|has checked⟧". The foreign minister "⟦!scare|has checked⟧". The prosecutors "⟦!scare|have checked⟧". What none of them has done is go to Tarvel and knock on Rosa Kemalova's door.
According to ⟦@6|Rainbow Ledger⟧, ⟦6|the Harbour Network has now moved more than 40 people out⟧. I sent them what I could. If you are reading this from Morvesh and need help, their hotline number is on their website. Do not call from your own phone.
Share this: Facebook | Email | Print
Like this: Loading...
14 thoughts on “⟦!title|What my uncle said at dinner⟧”
""",
        quotes={
            1: Q("direct", "my uncle", "told", note="pronoun speaker; a private person"),
            2: Q(
                "indirect",
                "my uncle",
                "said",
                note="hearsay relayed by the uncle; contains a partial quote",
            ),
            3: Q("partial", "my uncle", "said"),
            4: Q(
                "indirect",
                "Gavril Tesmer",
                "said",
                note="contains a partial quote (straight marks)",
            ),
            5: Q("partial", "Gavril Tesmer", "said"),
            6: Q("indirect", "Rainbow Ledger", "according to", note="outlet as source"),
        },
        sources=[
            S("my uncle", "unknown", role="the blogger's uncle, resident of Dunmarsk"),
            S(
                "Gavril Tesmer",
                "religious_community",
                role="chairman",
                affiliation="Morvesh Council of Elders",
            ),
            S("Morvesh 24", "media", cues=["On Morvesh 24"]),
            S("Rainbow Ledger", "media"),
        ],
        not_sources=[
            "Elin Marsh (byline)",
            "The Lantern (recommended reading, no statement relayed)",
            "Greywater Standard (recommended reading)",
            "Daniyar (mentioned)",
            "Ilya (mentioned)",
            "Aslan Kemalov (mentioned)",
            "Rosa Kemalova (mentioned)",
            "Dobrenko (ironic echo in scare quotes)",
            "foreign minister (ironic echo in scare quotes)",
            "Kardovia Today (the official line, not a cited statement)",
        ],
        citations=[
            ("The Lantern", "who broke the story"),
            ("The Greywater Standard", "the Greywater Standard's long piece"),
            ("Rainbow Ledger", "Rainbow Ledger's fundraising"),
            ("Morvesh 24", "On Morvesh 24"),
            ("Kardovia Today", "if you read Kardovia Today"),
            ("Rainbow Ledger", "According to Rainbow Ledger"),
        ],
        frames=["denial_fabrication", "religion_tradition", "human_rights_abuse", "lgbt_rights"],
        dominant="denial_fabrication",
        stance="fact",
    )
)
