"""Word lists the extractor uses: head nouns of organisation names, titles, group nouns, stop words.

They are data about English and about how reports name actors, not about particular documents.
"""

from __future__ import annotations

#: Head noun of an organisation-shaped name -> actor type.
ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(["commission", "committee", "group", "format", "process", "mechanism", "centre", "center",
                     "initiative", "forum", "quartet", "troika", "platform", "observatory", "taskforce", "team"],
                    "NegotiationFormat"),
    **dict.fromkeys(["mission", "union", "league", "organization", "organisation", "bank", "fund", "agency",
                     "court", "tribunal"], "InternationalOrganization"),
    **dict.fromkeys(["army", "forces", "front", "brigade", "brigades", "militia", "militias", "battalion",
                     "battalions", "corps", "guard", "guards", "regiment", "division", "legion", "rebels",
                     "fighters", "mujahideen", "wing"], "ArmedGroup"),
    **dict.fromkeys(["party", "council", "parliament", "senate", "assembly", "congress", "house", "brotherhood",
                     "movement", "alliance", "coalition", "opposition", "bloc", "caucus", "duma", "knesset",
                     "majlis", "legislature"], "PoliticalOrganization"),
    **dict.fromkeys(["government", "administration", "ministry", "cabinet", "authority", "authorities",
                     "republic", "junta", "presidency", "police", "office", "department", "directorate", "emirate"],
                    "Government"),
    **dict.fromkeys(["agreement", "agreements", "accord", "accords", "treaty", "memorandum", "protocol",
                     "declaration", "resolution", "ceasefire", "cease-fire", "truce", "deal", "roadmap",
                     "road map", "charter", "pact", "act", "covenant", "compact", "arrangement", "plan", "communique", "communiqué", "consensus", "document"],
                    "Agreement"),
    **dict.fromkeys(["conference", "summit", "talks", "meeting", "negotiations", "consultations", "dialogue",
                     "round"], "Meeting"),
    **dict.fromkeys(["church", "institute", "university", "foundation", "studies", "research", "media", "news", "tv",
                     "radio", "times", "post", "press", "agency", "journal", "network",
                     "channel", "gazette", "herald", "tribune", "daily"], "Organization"),
}

#: Last words of the names of buildings, grounds and landforms ("Chapultepec Castle",
#: "Lancaster House", "Weather Coast"): such a name is a place, never a person.
FACILITY_HEADS = frozenset(
    "castle palace hotel hall centre center house building stadium airport airbase base camp square fort lodge "
    "resort villa manor residence gardens park barracks compound embassy mansion chateau château abbey "
    "coast valley island islands mountains hills river lake strip corridor plateau peninsula desert".split()
)

#: Heads that make an Organization (a source, a think tank, an outlet), kept as the source of a
#: document rather than as a conflict actor.
SOURCE_HEADS = frozenset(["institute", "university", "foundation", "studies", "research", "media", "news", "tv",
                          "radio", "times", "post", "press", "journal", "network", "channel",
                          "gazette", "herald", "tribune", "daily"])

#: Modifiers that leave an agreement or meeting generic ("the new ceasefire agreement").
GENERIC_MODIFIERS = frozenset(
    "the a an this that these those new final comprehensive lasting permanent initial interim joint peace "
    "ceasefire cease-fire truce security military political economic humanitarian recent latest previous "
    "same current proposed draft formal historic eventual unconditional open sustainable broader first second "
    "third last trilateral bilateral tripartite multilateral its their our his her overall general original "
    "nationwide full partial temporary landmark power-sharing framework opening closing direct indirect proximity "
    "fresh renewed plenary ten two three four five six seven eight nine several".split()
)

MONTHS: dict[str, int] = {
    m: i + 1 for i, ms in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
        ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
        ("november", "nov"), ("december", "dec")]) for m in ms
}
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

#: Titles before a person's name. Value: the relation the title implies towards the state or
#: organisation named before it ("Russian President Vladimir Putin" -> leads Russia).
TITLES: dict[str, str] = {
    **dict.fromkeys(["president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
                     "supreme leader", "leader", "chairman", "chairperson", "chairwoman", "chair", "co-chair", "co-chairman", "secretary-general",
                     "secretary general", "head of state", "commander-in-chief", "commander in chief",
                     "head", "chief", "director", "director-general", "executive secretary", "monarch", "crown prince", "grand ayatollah", "taoiseach"], "leads"),
    **dict.fromkeys(["foreign minister", "defence minister", "defense minister", "interior minister",
                     "finance minister", "justice minister", "minister", "deputy prime minister", "vice president",
                     "vice-president", "secretary of state", "secretary", "envoy", "special envoy",
                     "special representative", "representative", "ambassador", "spokesman", "spokesperson",
                     "spokeswoman", "speaker", "general", "gen.", "field marshal", "marshal", "lieutenant general",
                     "lt. gen.", "major general", "maj. gen.", "brigadier general", "brigadier", "colonel", "col.",
                     "commander", "admiral", "senator", "governor", "mayor", "deputy", "negotiator",
                     "chief negotiator", "foreign secretary", "defence secretary", "defense secretary",
                     "national security adviser", "national security advisor", "adviser", "advisor", "counterpart",
                     "minister of foreign affairs", "minister of defence", "minister of defense",
                     "minister of interior", "commissioner", "high representative", "mediator", "ayatollah",
                     "imam", "sheikh", "prince", "princess", "pope", "patriarch", "archbishop", "bishop", "cardinal", "dr.", "mr.", "mrs.", "ms.", "dr", "mr", "mrs", "ms"],
                    "memberOf"),
}

#: Nouns after a demonym or a possessive that make the phrase stand for the actor itself
#: ("Russian peacekeepers" -> Russia, "Haftar's troops" -> Haftar).
FORCE_NOUNS = frozenset(
    "forces force troops troop peacekeepers peacekeeping army military soldiers units unit gunmen militants insurgents "
    "government authorities officials diplomats negotiators side leadership militaries navy contingent "
    "contingents battalions brigades fighters militias personnel mercenaries police servicemen jets aircraft "
    "drones warplanes ships warships equipment administration regime envoy envoys representatives "
    "ministry state ministers minister presidents leaders defence defense".split()
)

#: Nouns after a demonym that name a group distinct from the state ("Chadian opposition").
GROUP_NOUNS: dict[str, str] = {
    **dict.fromkeys(["opposition", "rebels", "rebel", "insurgents", "insurgency", "separatists", "militants",
                     "jihadists", "islamists", "mercenaries", "militias", "militia", "guerrillas",
                     "paramilitaries"], "ArmedGroup"),
}

#: Words that start a sentence with a capital but never start a name.
STOP_CAPS = frozenset(
    """a an the this that these those there their they them then than thus however but and or nor so yet
    for in on at by to from of with without within into onto upon over under after before during since until
    while when where whereas whether which who whom whose what why how if although though because despite
    according following regarding including among between against about above below across along around
    it its he she his her we our you your i my me us also even still only just both either neither each
    every all any some many most more much several few other another such same no not yet once now today
    here as is are was were be been being has have had do does did will would shall should can could may
    might must let statement statements telephone interview interviews hide footnote footnotes source
    sources submitted authored read view see note notes photo image video click share print email subscribe
    related advertisement update updated editor editors yesterday tomorrow last next first second third
    meanwhile moreover furthermore therefore indeed instead otherwise overall nevertheless rather part point
    members member rival divisions meetings reinforced averting putting what's new rival almost since
    fellow senior junior analyst analysts researcher correspondent editor professor reporter staff writer
    contributor spokesperson director signatories signatory parties mediators mediator guarantors guarantor
    observers participants belligerents commanders location date signed drafted context type result
    effective condition conditions expiry languages""".split()
)
