"""Relation patterns: who does what to whom, sentence by sentence, with negation and modality.

Each sentence is turned into a *skeleton*: every actor mention becomes a placeholder ``⟨i⟩`` and
the rest is lower-cased; noun phrases that stand for an actor ("Russian peacekeepers",
"Haftar's troops", "members of the Muslim Brotherhood") collapse into the actor's placeholder.
Patterns are regular expressions over the skeleton, one table per predicate, with the arguments
in named groups: ``S``/``O`` match a coordinated list ("A, B and C") and distribute over it.

A claim found inside a negation, refusal or failure ("would not go to", "did not sign",
"declined to discuss any withdrawal") gets modality ``negated``; an unrealised plan or a condition
gets ``hypothetical``; neither makes a direct triple. See :func:`modality`.

Confidence: the pattern's prior (how often that pattern is right, set per rule family below) less
0.1 for each argument reached through an anaphor ("the agreement", "he") or a metonym (a capital
for its state), less 0.05 for a reported or planned claim; clipped to [0.05, 0.99].
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kg.extract.lexicon import FORCE_MODIFIERS, FORCE_NOUNS, IRREALIS, NEGATORS, PLANNED, REPORTED
from kg.models import Claim, Mention, Sentence
from kg.text import fold
from kg.vocab import ACTOR_TYPES

ACTOR = frozenset(ACTOR_TYPES)
ANY = frozenset(ACTOR_TYPES) | {"Agreement", "Meeting", "Location"}
EVENTS = frozenset({"Agreement", "Meeting", "NegotiationFormat"})
PLACES = frozenset({"Location", "State"})
GROUPS = frozenset({"NegotiationFormat", "InternationalOrganization", "PoliticalOrganization", "Government",
                    "ArmedGroup", "State", "Organization"})

#: (subject types, object types) allowed for each predicate.
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "signs": (ACTOR, frozenset({"Agreement"})),
    "partyTo": (ACTOR, frozenset({"Agreement", "NegotiationFormat"})),
    "mediates": (ACTOR - {"Location"}, ANY - {"Person"}),
    "guarantees": (ACTOR, ANY),
    "withdrawsFrom": (ACTOR, PLACES | {"Agreement", "NegotiationFormat"}),
    "deploysTo": (ACTOR, PLACES),
    "monitors": (ACTOR, ANY),
    "supports": (ACTOR, ANY),
    "opposes": (ACTOR, ANY),
    "criticizes": (ACTOR, ACTOR | {"Agreement"}),
    "negotiatesWith": (ACTOR, ACTOR),
    "memberOf": (ACTOR, GROUPS),
    "leads": (ACTOR - {"State"} | {"State"}, ACTOR | {"Meeting"}),
    "hosts": (ACTOR | {"Location"}, EVENTS),
    "participatesIn": (ACTOR, EVENTS),
    "attacks": (ACTOR, ACTOR | {"Location"}),
    "allyOf": (ACTOR, ACTOR),
}

DET = r"(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:(?:north|south|east|west|central)(?:ern)?(?:-(?:east|west)(?:ern)?)?\s+)?"
M = DET + r"⟨\d+⟩(?:\s*\(⟨\d+⟩\))?(?:\s+(?:delegation|negotiators|negotiating\s+team|panel))?"
D = DET + r"[⟨⟪]\d+[⟩⟫]"  # a mention, or a demonym used as an adjective ("Turkish military support")
#: Nouns for the people who speak for a side: "the Ukrainian delegation", "the M23 negotiating team".
SIDE_NOUNS = r"(?:delegations?|negotiators|negotiating\s+team|team|panel)"
ITEM = DET + rf"(?:⟨\d+⟩-[a-z]+\s+)?(?:(?:[a-z]+ly\s+)?[a-z]+ed\s+)?⟨\d+⟩(?:\s*\(⟨\d+⟩\))?(?:\s+{SIDE_NOUNS})?"
LIST = rf"{ITEM}(?:(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s*,?\s+(?:and|or|&|as\s+well\s+as)\s+){ITEM})*"
NUMWORDS = r"(?:(?!(?:delegations?|envoys?|representatives|letters?|messages?|negotiators|officials|teams?|invitations?|notes?|signals?|word)\b)[\w,.'-]+\s+){0,4}?"
V_AUX = r"(?:(?:has|have|had|was|were|is|are|be|been|being|would|will|shall|did|do|does|also|then|later|eventually|jointly|subsequently|finally|reportedly|officially|formally|not|never|to|already|could|may|might|must|should|only|both|all|each|which|who|that|and|negotiated|agreed\s+to|helped|helps|help|began|begins|started|starts|continued|continues|(?:goes|go|went)\s+on)\s+)*"


@dataclass(frozen=True)
class Pattern:
    """One relation pattern over a sentence skeleton."""

    rule: str
    predicate: str
    regex: re.Pattern[str]
    confidence: float
    check_negation: bool = True
    implicit_object: bool = False
    object_types: frozenset[str] | None = None  # narrower than the predicate's signature
    subject_types: frozenset[str] | None = None  # no object in the text: the process or meeting being discussed
    np_scope: bool = False  # the trigger sits inside a noun phrase: negation is looked for only in the match


_TABLE: list[Pattern] = []

#: A plan the rest of the sentence says did not happen ("but the deployment never materialised").
LATER_FAILURE = re.compile(
    r"\b(?:never\s+(?:materiali[sz]ed|happened|took\s+place|came\s+about)|(?:was|were)\s+(?:later\s+)?(?:shelved|cancell?ed|abandoned|called\s+off|scrapped|blocked|vetoed)|fell\s+through|did\s+not\s+(?:happen|materiali[sz]e|take\s+place))\b")


def P(rule: str, predicate: str, regex: str, confidence: float, **kw: Any) -> None:
    """Add a pattern (``{S}``/``{O}`` lists, ``{s}``/``{o}`` single mentions, ``{AG}`` passive agents,
    ``{d}`` a subject that may be a demonym adjective, ``{n}`` a few words or numbers)."""
    regex = regex.replace("{ITEM}", ITEM).replace("{o}\\s+{aux}", "{o},?\\s+{aux}")
    appos = (r"(?:,\s+(?:[a-z]+ed|a|an|the|which|who)\s[^;,⟨]{0,60}?(?:⟨\d+⟩[^;,⟨]{0,40}?){0,2},"
             r"|\s+-\s+[^;]{0,160}?\s+-|,(?=\s+(?:which|who)\b))?")
    regex = regex.replace("{S}\\s+{aux}", "{S}" + appos + "\\s+{aux}").replace("{s}\\s+{aux}", "{s}" + appos + "\\s+{aux}")
    rx = (regex.replace("{S}", f"(?P<S>{LIST})").replace("{O}", f"(?P<O>{LIST})")
          .replace("{s}", f"(?P<S>{M})").replace("{o}", f"(?P<O>{M})")
          .replace("{d}", f"(?P<S>{D})").replace("{AG}", r"(?P<AG>[^;]*)")
          .replace("{aux}", V_AUX))
    rx = rx.replace("{n}", NUMWORDS)
    _TABLE.append(Pattern(rule, predicate, re.compile(rx), confidence, **kw))


# -- signs
P("signs.active", "signs", r"{S},?\s+{aux}(?P<T>signed|signs|sign|co-signed|initialled|initialed|ratified|inked)\s+(?:on\s+[^⟨,]{1,25}\s+)?{o}", 0.85)
P("signs.passive", "signs", r"{o}(?:\s+(?:between|in|on|of|with|for)\s+[^⟨;,]{0,40}?)?(?:,\s+(?:which|that)\s[^;,⟨]{0,60}?,)?,?\s+{aux}(?P<T>signed|co-signed|ratified|initialled|initialed)(?:,?\s+(?:in|at)\s+(?:the\s+)?⟨\d+⟩)?\s+(?:[^⟨]{0,50}?\s+)?by\s+{AG}", 0.85)
P("signs.co-signatory", "signs", r"{s},\s+(?:the\s+|a\s+)?(?P<T>co-signatory|signatory|co-signer|signatories)\s+(?:of|to)\s+{o}", 0.8, np_scope=True)
P("signs.nominal", "signs", r"(?P<T>signing)\s+of\s+{o}\s+by\s+{S}", 0.8)
P("signs.reach", "signs", r"{S}\s+{aux}(?P<T>concluded|reached|struck)\s+{o}", 0.6)
# -- partyTo
P("partyTo.copula", "partyTo", r"{S},?\s+(?:which|who)?\s*(?:is|are|was|were|became|becomes|remains?)\s+(?:not\s+|no\s+longer\s+)?(?:a\s+|the\s+)?(?P<T>party|parties|signatory|signatories)\s+to\s+{o}", 0.8)
P("partyTo.between", "partyTo", r"{o}\s+(?:[a-z]+\s+)?(?P<T>between)\s+{S}", 0.7, np_scope=True)
# -- mediates
P("mediates.active", "mediates", r"{S}\s+{aux}(?P<T>mediated|mediates|mediate|mediating|brokered|brokers|broker|brokering|facilitated|facilitates|facilitating)\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?{O}", 0.85)
P("mediates.led-mediation", "mediates", r"{s}\s+{aux}(?:led|leads|conducted|conducts|ran|runs|headed|heads)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?P<T>mediation|facilitation)(?!\s+(?:of|between|in|on|for)\b)", 0.7,
  implicit_object=True)
P("mediates.passive", "mediates", r"{o}(?:\s+(?:between|in|on|of|with|for)\s+[^⟨;,]{0,40}?)?(?:,\s+(?:which|that)\s[^;,⟨]{0,60}?,)?,?\s+{aux}(?P<T>mediated|brokered|facilitated|convened)(?:,?\s+(?:in|at)\s+(?:the\s+)?⟨\d+⟩)?\s+(?:[^⟨]{0,30}?\s+)?by\s+{AG}", 0.8)
P("mediates.possessive", "mediates", r"{s}'s\s+(?:[a-z]+\s+)?(?P<T>mediation|brokering|facilitation)\s+(?:of|in|on|between)\s+{O}", 0.85, np_scope=True)
P("mediates.compound", "mediates", r"{s}-(?P<T>brokered|mediated|facilitated)\s+{O}", 0.85, np_scope=True)
P("mediates.mediator", "mediates", r"{S},?\s+(?:\w+\s+){0,2}?(?:as|is|are|was|were|became)\s+(?:a\s+|the\s+)?(?:main\s+|key\s+|chief\s+|lead\s+)?(?P<T>mediators?|brokers?|facilitators?)\s+(?:in|of|for|between|on)\s+{O}", 0.75)
# "under UN mediation": handled by a function below (object = the nearest event in the sentence)
# -- guarantees
P("guarantees.role", "guarantees", r"{s}(?:'s)?\s+(?:[^⟨,;]{0,40}?\s+)?(?:role\s+)?as\s+(?:a\s+|the\s+)?(?:co-)?(?P<T>guarantors?)\s+(?:of|for|to)\s+{O}", 0.8, np_scope=True)
P("guarantees.copula", "guarantees", r"{S},?\s+(?:\w+\s+){0,2}?(?:is|are|was|were|became|become|act\s+as|acts\s+as|acted\s+as|serve\s+as|serves\s+as|served\s+as)\s+(?:a\s+|the\s+)?(?:co-)?(?P<T>guarantors?)\s+(?:of|for|to)\s+(?:the\s+)?(?:(?:peace\s+)?(?:process|talks|negotiations|dialogue)\s+(?:with|between)\s+)?{O}", 0.85)
P("guarantees.inverted", "guarantees", r"(?:^|\s)(?:the\s+)?(?:[a-z]+\s+)?(?P<T>guarantors|guarantor\s+(?:states|countries|powers|nations))\s+(?:of|for|to)\s+{o},?\s+(?:are|were|include|included)\s+{S}", 0.8)
P("guarantees.verb", "guarantees", r"{S}\s+{aux}(?P<T>guarantee|guarantees|guaranteed|will\s+guarantee)\s+(?:the\s+)?(?:security|safety|implementation|integrity)?\s*(?:of\s+)?{O}", 0.75)
P("guarantees.ensure", "guarantees", r"{S}\s+{aux}(?:pledged|undertook|promised|committed|agreed)\s+to\s+(?P<T>ensure|guarantee|protect)\s+(?:the\s+)?\W?(?:security|safety)\W?\s+of\s+[^⟨;]{0,80}?{o}", 0.65)
# -- withdrawsFrom
P("withdrawsFrom.verb", "withdrawsFrom", r"{S}\s+{aux}(?P<T>withdrew|withdraw|withdraws|withdrawn|withdrawing|pulled\s+out|pull\s+out|pulls\s+out|retreated|retreat|retreats)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:outskirts\s+of\s+|rest\s+of\s+)?{o}", 0.85)
P("withdrawsFrom.nominal", "withdrawsFrom", r"(?P<T>withdrawal|pull-?out|retreat)\s+of\s+{S}(?:'s)?\s+(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?(?:outskirts\s+of\s+)?{o}", 0.75)
P("withdrawsFrom.possessive", "withdrawsFrom", r"{s}'s\s+(?P<T>withdrawal|pull-?out|retreat)\s+from\s+(?:the\s+)?{o}", 0.8, np_scope=True)
# -- deploysTo
P("deploysTo.verb", "deploysTo", r"{S},?\s+(?:[^⟨;]{0,40}?\s+)?{aux}(?P<T>deployed|deploys|deploy|sent|sends|send|dispatched|dispatch|stationed|go|goes|went|entered|enter|enters|moved|operating|operated|operates|operate)\s+{n}(?:to|in|into|at|inside|within)\s+(?:the\s+)?{o}", 0.8)
P("deploysTo.passive", "deploysTo", r"(?P<T>deployed|sent|dispatched|stationed)\s+(?:to|in|into)\s+(?:the\s+)?{o}\s+by\s+{S}", 0.8)
P("deploysTo.nominal", "deploysTo", r"{d}\s+(?:military\s+|armed\s+)?(?P<T>intervention|deployment|presence|peacekeepers|peacekeeping\s+mission|troops|forces|bases?)\s+in\s+(?:the\s+)?{o}", 0.65)
# -- monitors
P("monitors.verb", "monitors", r"{S}\s+{aux}(?P<T>monitors|monitored|monitor|observes|observed|oversees|oversaw|oversee|supervises|supervised|verifies|verified|patrols|patrolled)\s+(?:the\s+)?(?:implementation\s+of\s+|compliance\s+with\s+)?(?:the\s+)?{o}", 0.75)
# -- supports
P("supports.verb", "supports", r"{S}\s+{aux}(?P<T>supports|supported|support|backs|backed|back|endorses|endorsed|endorse|welcomed|welcomes|welcome|arms|armed|funds|funded|finances|financed|assists|assisted|sided\s+with|recognized|recognised|recognizes|recognises|approved|approves)\s+(?:the\s+)?{O}", 0.75)
P("supports.passive", "supports", r"{o}(?:\s+(?:between|in|on|of|with|for)\s+[^⟨;,]{0,40}?)?(?:,\s+(?:which|that)\s[^;,⟨]{0,60}?,)?,?\s+{aux}(?:\w+\s+)?(?P<T>supported|backed|armed|funded|financed|endorsed|sponsored|assisted)\s+by\s+{AG}", 0.8)
P("supports.compound", "supports", r"{s}-(?P<T>backed|supported|sponsored|funded|armed|aligned|allied)\s+(?:[a-z]+\s+){0,2}?{O}", 0.85, np_scope=True)
P("supports.nominal", "supports", r"{d}(?:'s)?\s+(?:[a-z]+\s+){0,2}?(?P<T>support|backing|assistance|aid|funding|sponsorship)\s+(?:for|to)\s+(?:the\s+)?{O}", 0.8)
P("supports.reinforced", "supports", r"(?:reinforced|backed|supported|aided|helped|assisted|armed)\s+by\s+(?:[a-z]+\s+){0,2}?{d}\s+(?:[a-z]+\s+){0,2}?(?P<T>support|backing|assistance|aid|help|weapons|arms),\s+{O}", 0.75)
P("supports.survive", "supports", r"{o}\s+[^⟨;]{0,80}?\bnot\s+have\s+survived\s+[^⟨;]{0,60}?without\s+{s}\s+(?:[a-z]+\s+)?(?P<T>assistance|support|help|backing|aid)", 0.75, check_negation=False)
P("supports.defend-deploy", "supports", r"(?:deploy\w*|sen[dt]\w*|dispatch\w*)\s+(?:of\s+)?{d}[^⟨;]{0,50}?to\s+(?P<T>defend|protect|shore\s+up|prop\s+up)\s+(?:the\s+)?(?:positions\s+of\s+)?{o}(?!\s+[a-z]+\s+sites)", 0.65)
P("supports.defend", "supports", r"{d}\s+(?:[^⟨;]{0,30}?)(?:deploy\w*|sen[dt]s?|equipment|troops|forces|jets|weapons|fighters|aircraft)[^⟨;]{0,40}?to\s+(?P<T>defend|protect|shore\s+up|prop\s+up)\s+(?:the\s+)?(?:positions\s+of\s+)?{o}(?!\s+[a-z]+\s+sites)", 0.65)
# -- opposes / criticizes
P("criticizes.verb", "criticizes", r"{S}\s+{aux}(?:even\s+)?(?P<T>criticized|criticised|criticizes|criticises|criticize|criticise|condemned|condemns|condemn|denounced|denounces|slammed|slams|accused|accuses|blamed|blames|rebuked|rebukes)\s+(?:the\s+)?{O}", 0.85)
P("criticizes.insults", "criticizes", r"{S}\s+{aux}(?:directed|launched|made|hurled|levelled|leveled)\s+(?:[a-z]+\s+){0,2}?(?P<T>insults|attacks|accusations|criticism|threats)\s+(?:against|at|on|towards|toward)\s+{O}", 0.8)
P("criticizes.nominal", "criticizes", r"(?P<T>criticism)\s+of\s+{o}\s+(?:is\s+|was\s+)?(?:growing\s+|grew\s+|mounting\s+)?(?:in|from|by)\s+{S}", 0.7)
P("opposes.verb", "opposes", r"{S}\s+{aux}(?P<T>opposes|opposed|oppose|rejected|rejects|reject|objected\s+to|objects\s+to|object\s+to|resisted|resists|resist|fought\s+against|fights\s+against|is\s+opposed\s+to|are\s+opposed\s+to|boycotted|boycotts)\s+(?:the\s+)?{O}", 0.8)
P("opposes.passive", "opposes", r"{o}\s+{aux}(?:\w+\s+)?(?P<T>rejected|opposed|boycotted)\s+by\s+{S}", 0.8)
P("opposes.expressed", "opposes", r"{S}(?:\s+and\s+other\s+\w+)?\s+{aux}(?:expressed|voiced|raised)\s+(?:their\s+|its\s+|his\s+|her\s+|strong\s+|serious\s+)*(?P<T>displeasure|opposition|discontent|dissatisfaction|doubts|reservations|anger|outrage|objections)\s+(?:with|about|over|at|regarding|on|against|to)\s+(?:[a-z]+\s+){0,2}?{o}", 0.75)
# -- negotiatesWith
P("negotiatesWith.between", "negotiatesWith", r"(?P<T>negotiations|talks|dialogue|consultations|negotiation|⟨\d+⟩)\s+(?:[a-z]+\s+){0,2}?between\s+{s}\s+and\s+{o}", 0.8)
P("negotiatesWith.with", "negotiatesWith", r"{S}\s+{aux}(?P<T>negotiated|negotiates|negotiate|held\s+talks|hold\s+talks|holds\s+talks|met|meets|meet|talked|talks)\s+with\s+{O}", 0.7)
P("negotiatesWith.met", "negotiatesWith", r"{S}\s+{aux}(?P<T>met|meets)\s+{O}", 0.65)
P("negotiatesWith.travelled", "negotiatesWith", r"{S}\s+{aux}(?:travelled|traveled|flew|went|came)\s+to\s+⟨\d+⟩\s+(?:[a-z]+\s+){0,3}?for\s+(?P<T>talks|negotiations|consultations|meetings?|⟨\d+⟩)\s+with\s+{O}", 0.7)
P("participatesIn.represented", "participatesIn", r"{S}\s+{aux}(?P<T>represented)\s+(?:at\s+[^⟨;]{0,30}?\s+)?by\b", 0.6, implicit_object=True, object_types=frozenset({"Meeting", "NegotiationFormat"}))
# -- memberOf
P("memberOf.body-of", "memberOf", r"{o},?\s+(?:is|was|are|were)?\s*(?:a|an)?\s*(?:group|body|commission|committee|mechanism|coalition|alliance|format|team|bloc|forum|platform)\s+(?:of|made\s+up\s+of|composed\s+of|comprising|consisting\s+of|including|bringing\s+together)\s+(?:[a-z]+\s+){0,2}?(?:(?P<T>representatives|members|delegates|officials|diplomats|delegations)\s+)?(?:from\s+|of\s+)?(?P<REST>.*)", 0.8)
P("memberOf.led-by", "memberOf", r"{o},?\s+(?:which\s+is\s+|which\s+was\s+)?(?P<T>led|chaired|co-chaired|headed|composed|made\s+up|comprised)\s+(?:by|of)\s+(?:[a-z]+\s+){0,2}?(?:diplomats|representatives|envoys|officials|delegates|members|troops|contingents|ministers|negotiators)\s+(?:from|of)\s+{S}", 0.8)
P("memberOf.copula", "memberOf", r"{S},?\s+{aux}(?:a\s+|an\s+|the\s+)?(?:founding\s+)?(?P<T>members?|part)\s+of\s+(?:the\s+)?{o}", 0.85)
P("memberOf.joined", "memberOf", r"{S}\s+{aux}(?P<T>joined|joins|join)\s+(?:the\s+)?{o}(?!\s+as\s+(?:an?\s+)?(?:observers?|guests?|guarantors?|mediators?))", 0.7)
P("participatesIn.observer", "participatesIn", r"{S}\s+{aux}(?:joined|attended|attend|attends|joins|join)\s+(?:the\s+)?{o}\s+as\s+(?:an?\s+)?(?P<T>observers?|guests?)", 0.7)
# -- leads
P("leads.appositive", "leads", r"{s},\s+(?:the\s+|an?\s+)?(?:[\w⟨⟩⟪⟫-]+\s+){0,3}?(?<!deputy )(?<!vice )(?<!former )(?<!then )(?P<T>leader|head|chief|president|chairman|chair|commander|founder|prime\s+minister|premier)\s+of\s+(?:the\s+)?{O}", 0.85, np_scope=True)
P("memberOf.deputy", "memberOf", r"{s},\s+(?:the\s+|an?\s+)?(?:then\s+|former\s+)?(?:deputy|vice|assistant)[ -](?P<T>leader|head|chief|president|chairman|chair|commander|prime\s+minister|minister)\s+of\s+(?:the\s+)?{O}", 0.75, np_scope=True)
P("leads.title-of", "leads", r"(?:^|\s)(?:the\s+)?(?P<T>president|leader|head|chairman|commander|prime\s+minister|premier|chief)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?{o},\s+{s}", 0.85, np_scope=True)
P("leads.led", "leads", r"{s}-(?P<T>led|headed|commanded)\s+(?:(?:[a-z-]+\s+){0,2}?(?:forces|formations|coalition|alliance|mission|government|administration|troops|militias|groups|units|rebels|fighters|operation|force|delegation)\s+(?:of\s+(?:the\s+)?)?)?{O}", 0.75, np_scope=True)
P("leads.passive", "leads", r"{o}(?:\s*\(⟨\d+⟩\))?(?:,\s+(?:(?:a|an|the)\s+[^⟨,;]{0,60}?\s+)?(?:which\s+|who\s+)?|\s+(?:which|that|who)\s+|\s+(?=(?:is|was|are|were|has\s+been)\b))(?:is|was|are|were|has\s+been)?\s*(?:initially\s+|currently\s+|now\s+|jointly\s+|then\s+|still\s+|formerly\s+)?(?P<T>led|headed|commanded|chaired|co-chaired)\s+by\s+{AG}", 0.75)
P("leads.government-of", "leads", r"{o}\s+of\s+(?P<T>president|prime\s+minister|premier|king|emir)\s+{s}", 0.75, np_scope=True,
  object_types=frozenset({"State", "Government"}))
P("leads.verb", "leads", r"{s}\s+{aux}(?P<T>leads|led|lead|heads|headed|head|commands|commanded)\s+(?:the\s+)?{o}", 0.7)
# -- hosts
P("hosts.verb", "hosts", r"{S}\s+{aux}(?P<T>hosted|hosts|host|convened|convenes|convene|organized|organised|organizes|organises)\s+(?:the\s+|a\s+)?{o}", 0.85)
P("hosts.for-hosting", "hosts", r"{s}\s+for\s+(?P<T>hosting|convening|organi[sz]ing)\s+(?:the\s+)?{o}", 0.75, np_scope=True)
P("hosts.passive", "hosts", r"{o}(?:\s+(?:between|in|on|of|with|for)\s+[^⟨;,]{0,40}?)?(?:,\s+(?:which|that)\s[^;,⟨]{0,60}?,)?,?\s+{aux}(?:(?:convened|organized|organised)\s+by\s+[^;]{0,60}?\s+and\s+)?(?P<T>hosted|co-hosted)\s+by\s+{AG}", 0.85)
P("hosts.held-in", "hosts", r"{o}\s+{aux}(?P<T>held)\s+in\s+{s}", 0.7)
# -- participatesIn
P("participatesIn.verb", "participatesIn", r"{S}\s+{aux}(?P<T>participated\s+in|participates\s+in|participate\s+in|took\s+part\s+in|take\s+part\s+in|takes\s+part\s+in|attended|attends|attend)\s+(?:the\s+)?{o}", 0.8)
P("participatesIn.passive", "participatesIn", r"{o}\s+{aux}(?P<T>attended)\s+by\s+{AG}", 0.8)
# -- attacks
P("attacks.verb", "attacks", r"{S}\s+{aux}(?P<T>attacked|attacks|attack|shelled|shells|shell|bombed|bombs|bomb|struck|strikes|invaded|invades|invade|assaulted|raided|raids|targeted|targets)\s+(?:the\s+)?(?:positions\s+of\s+|forces\s+of\s+)?{O}", 0.75)
P("attacks.launched", "attacks", r"{S}\s+{aux}(?:launched|launch|launches|mounted|began|started|carried\s+out)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?P<T>attack|attacks|offensive|assault|strikes|strike|raid|raids|incursion)\s+(?:on|against|into)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?{O}", 0.75)
P("attacks.campaign", "attacks", r"{s}'s\s+(?:[a-z]+\s+)?(?P<T>campaign|offensive|assault|attack|operation)\s+(?:to\s+(?:take|capture|seize|retake)|on|against)\s+{o}", 0.75, np_scope=True)
# -- allyOf
P("allyOf.copula", "allyOf", r"{s}\s+and\s+{o}\s+{aux}(?:close\s+|key\s+)?(?P<T>allies)", 0.8)
P("allyOf.ally-of", "allyOf", r"{s},?\s+(?:an?\s+|the\s+)?(?:close\s+|key\s+|main\s+|only\s+)?(?P<T>ally|allies)\s+of\s+{o}", 0.75, np_scope=True)
P("allyOf.possessive", "allyOf", r"{s}\s+{aux}(?:became|become|becomes|remains?|is|was)\s+{o}'s\s+(?:[a-z]+\s+){0,4}?(?P<T>ally|allies)", 0.75)

P("criticizes.participle", "criticizes", r"{S}\s+[^;]{0,80}?,\s+(?P<T>accusing|criticizing|criticising|condemning|blaming|denouncing)\s+(?:the\s+)?{O}", 0.7)
P("allyOf.alongside", "allyOf", r"{S}\s+{aux}(?P<T>fought|fight|fights|fighting|battled|operated|operating)\s+alongside\s+(?:the\s+)?{O}", 0.7)
P("memberOf.represented", "memberOf", r"{o}\s+{aux}(?P<T>represented)\s+by\s+{AG}", 0.7)
P("mediates.designated", "mediates", r"{s},\s+(?:designated|appointed|named|chosen|selected|mandated)\s+(?:by\s+[^,;]{0,40}?\s+)?as\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?(?P<T>mediator|facilitator|co-mediator)\s+(?:between|for|in|of)\s+(?:the\s+)?{O}", 0.75)
P("attacks.nominal", "attacks", r"{d}(?:'s)?\s+(?:air\s+|missile\s+|drone\s+|rocket\s+|artillery\s+)?(?P<T>strikes|airstrikes|air\s+strikes|attacks|shelling|bombardment|bombing|raids|incursions?|offensive)\s+(?:on|against|in|into)\s+{O}", 0.7, np_scope=True)
P("attacks.fired", "attacks", r"{S}\s+{aux}(?P<T>fired|fires|fire|launched|launches)\s+(?:[a-z-]+\s+){1,5}?(?:at|on|into|toward|towards)\s+{O}", 0.7)
# -- patterns added for generality (delegations, contingents, capture, backers, roles with no object)
P("memberOf.delegation", "memberOf", r"{o}'s\s+(?:[a-z]+\s+){0,2}?(?:delegation|team|panel|negotiators)\s+{aux}(?:initially\s+|currently\s+)?(?P<T>led|headed|chaired)\s+by\s+{AG}", 0.75)
P("memberOf.contingents", "memberOf", r"{o}(?:\s*\(⟨\d+⟩\))?,?\s+(?:[^;]{0,80}?\s+)?(?:included|includes|including|with|comprising|comprises)\s+(?P<T>contingents|troops|forces|soldiers|personnel|representatives|delegates|members|units|police)\s+from\s+{S}", 0.75)
P("attacks.capture", "attacks", r"{S}\s+{aux}(?P<T>captured|captures|capture|retook|retaken|retake|seized|seizes|seize|stormed|storms|storm|overran|overrun|besieged|besieges|took\s+control\s+of|taken\s+control\s+of|shelled|bombarded)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}?(?:(?:town|city|village|port|base|capital|camp|airport|region|district|province|positions?)\s+(?:of|in|near)\s+(?:the\s+)?)?{O}", 0.75)
P("attacks.object-place", "attacks", r"{S}\s+{aux}(?P<T>attacked|attacks|attack|struck|raided|raids|targeted)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:bases?|camps?|posts?|outposts?|positions?|convoys?|town|village|headquarters)\s+(?:in|of|near|at)\s+(?:the\s+)?{O}", 0.7)
P("attacks.operation", "attacks", r"{S}\s+{aux}(?:launched|launch|launches|mounted|began|started|opened)\s+[^⟨;]{0,40}?\s+(?P<T>against|on)\s+(?:the\s+)?{O}", 0.65)
P("supports.backer", "supports", r"{S}\s+{aux}(?:remains?|remained|is|was|are|were|became|has\s+been|have\s+been)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,3}?(?P<T>backer|backers|supporter|supporters|sponsor|sponsors|patron|patrons)\s+of\s+{O}", 0.75)
P("guarantees.implicit-inverted", "guarantees", r"(?:^|\s)the\s+(?:[a-z]+\s+)?(?P<T>guarantors|guarantor\s+(?:states|countries|powers|nations))\s+(?:are|were|include|included)\s+{S}", 0.6, implicit_object=True)
P("guarantees.implicit", "guarantees", r"{S}(?:,[^;]{0,80}?,)?\s+{aux}(?:[a-z]+\s+){0,2}?(?:as|added\s+as|joined\s+(?:[a-z]+\s+)?as)\s+(?:a\s+|the\s+)?(?:[a-z]+\s+)?(?P<T>guarantors?|guarantor\s+countries|guarantor\s+states)(?!\s+(?:of|for|to)\b)", 0.6, implicit_object=True)
P("mediates.implicit", "mediates", r"{S}(?:,[^;]{0,80}?,)?\s+{aux}(?:[a-z]+\s+){0,2}?(?:as|added\s+as|joined\s+(?:[a-z]+\s+)?as)\s+(?:a\s+|the\s+)?(?:[a-z]+\s+)?(?P<T>mediators?|facilitators?|co-mediators?)(?!\s+(?:of|for|to|in|on|between)\b)", 0.6, implicit_object=True)
P("mediates.possessive-implicit", "mediates", r"{s}'s\s+(?P<T>mediation|facilitation)(?!\s+(?:of|in|on|between)\b)", 0.6, implicit_object=True, np_scope=True)
P("participatesIn.implicit", "participatesIn", r"{S}\s+{aux}(?P<T>attended|participated|took\s+part)(?!\s+(?:in\s+)?(?:the\s+|a\s+)?⟨)", 0.6, implicit_object=True, object_types=frozenset({"Meeting", "NegotiationFormat"}))
P("leads.possessive-role", "leads", r"{o}'s\s+(?:(?:top|supreme|overall|new|current|founding|long-time|longtime)\s+)?(?P<T>commander|leader|chief|head|president|founder|chairman|chair|commander-in-chief)\s*,?\s+{s}", 0.75, np_scope=True)
P("leads.of-person", "leads", r"{o}\s+(?:\(⟨\d+⟩\)\s+)?(?P<T>of)\s+{s}(?=\s*,\s+(?:widely\s+|also\s+|better\s+)?known\s+as|\s*,\s+(?:its|their)\s+(?:leader|commander|founder))", 0.65, np_scope=True,
  object_types=frozenset({"ArmedGroup", "PoliticalOrganization"}))
P("opposes.fighting", "opposes", r"{S}\s+{aux}(?P<T>fighting|fought|fights|fight|battling|battled|battles|clashed\s+with|clashing\s+with|clashes\s+with|at\s+war\s+with)\s+(?:against\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?<!alongside )(?<!with )(?<!beside )(?<!for )(?<!among )(?<!over )(?<!in )(?<!on )(?<!to )(?<!from ){O}", 0.7)
P("leads.faction-of", "leads", r"{o}\s+(?P<T>faction|wing|branch|splinter\s+group)\s+(?:led\s+by|of)\s+{s}", 0.7, np_scope=True,
  subject_types=frozenset({"Person"}))
P("monitors.passive", "monitors", r"{o}(?:\s+(?:between|in|on|of|with|for)\s+[^⟨;,]{0,40}?)?(?:,\s+(?:which|that)\s[^;,⟨]{0,60}?,)?,?\s+{aux}(?:[a-z]+\s+)?(?P<T>monitored|overseen|supervised|verified|observed)\s+(?:[^⟨;]{0,30}?\s+)?by\s+{AG}", 0.75)
P("memberOf.pledged", "memberOf", r"(?:troops|forces|contingents|personnel|soldiers|police|units)\s+{aux}(?P<T>pledged|contributed|provided|offered|committed)\s+by\s+{AG}", 0.6, implicit_object=True)
P("memberOf.drew-from", "memberOf", r"{o}\s+{aux}(?P<T>drew|draws|drawn|recruited|recruits)\s+(?:its\s+|their\s+)?(?:troops|forces|soldiers|contingents|personnel|police|units)\s+from\s+{S}", 0.7)
P("memberOf.affiliate", "memberOf", r"{s},\s+(?:an?|the|its)\s+(?:[a-z-]+\s+)?(?P<T>affiliate|offshoot|branch|franchise|wing)\s+of\s+(?:the\s+)?{o}", 0.75, np_scope=True)
P("memberOf.contributors", "memberOf", r"(?:troop-contributing|contributing)\s+(?:countries|states|nations)\s+(?:are|were|include|included)\s+{S}", 0.6, implicit_object=True)
P("monitors.established", "monitors", r"{s}\s+{aux}(?:established|set\s+up|created|deployed|formed|mandated|tasked)\s+(?:[^⟨;]{0,40}?\s+)?(?:(?:in|at)\s+⟨\d+⟩\s+)?(?:with\s+[^⟨;]{0,30}?\s+)?to\s+(?P<T>monitor|oversee|verify|supervise|observe|review)\s+(?:the\s+)?(?:implementation\s+of\s+|compliance\s+with\s+)?(?:the\s+)?{o}", 0.7)
P("mediates.role-appositive", "mediates", r"(?:^|[^⟨⟩\w]\s*)(?:the\s+)?(?:[⟨⟪]\d+[⟩⟫]\s+)?(?:(?:first|new|chief|lead|main|joint|special|personal)\s+)*(?P<T>facilitator|mediator|co-mediator|envoy|special\s+envoy)\s*,\s+{S}(?=\s*,|\s+(?:also|has|had|was|is|who|said))", 0.6,
  implicit_object=True, subject_types=frozenset({"Person"}))
P("leads.became", "leads", r"{s}\s+{aux}(?:became|becomes|was\s+named|was\s+appointed|was\s+elected|serves\s+as|served\s+as|was\s+sworn\s+in\s+as)\s+(?:the\s+)?(?:new\s+|interim\s+|acting\s+|first\s+)?(?P<T>president|head|leader|chairman|chair|commander|chief\s+minister|prime\s+minister|chief|secretary-general|director)\s+of\s+(?:the\s+)?{o}", 0.75)
P("memberOf.dash-list", "memberOf", r"{o}\s+(?P<T>[-:])\s+(?P<S>{ITEM}(?:\s*,\s*{ITEM})*\s*,?\s+and\s+{ITEM})", 0.7,
  object_types=frozenset({"ArmedGroup", "PoliticalOrganization", "NegotiationFormat", "InternationalOrganization"}))
P("leads.appointed", "leads", r"(?:appointed|named|installed|elected)\s+(?P<S>⟨\d+⟩)\s+as\s+(?:the\s+)?(?:new\s+|interim\s+|acting\s+)?(?P<T>president|head|leader|chairman|chair|commander|prime\s+minister|chief)\s+of\s+(?:the\s+)?{o}", 0.75)
P("partyTo.copula-between", "partyTo", r"{o}(?:,[^;]{0,120}?,)?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?P<T>agreement|accord|deal|treaty|ceasefire|truce|pact)\s+between\s+{S}", 0.75)


# --------------------------------------------------------------------------- skeletons

@dataclass
class Skeleton:
    """A sentence with its mentions replaced by ``⟨i⟩`` placeholders."""

    text: str
    args: list[Mention]
    context_event: Mention | None = None  # the process or meeting under discussion, for roles with no object
    context_mission: Mention | None = None  # the mission or force under discussion


_COLLAPSE: list[tuple[re.Pattern[str], str]] = [
    # "Russian President Vladimir Putin" -> the person (title relations are made at discovery)
    (re.compile(r"[⟨⟪](\d+)[⟩⟫](?:'s)?\s+(?:(?:former|acting|interim|deputy|then|prime|foreign|defen[cs]e|interior|vice|supreme|special|second|first|senior|chief|high|intelligence|army|top)\s+)*(?:president|minister|prime\s+minister|leader|general|envoy|chancellor|king|emir|representative|ambassador|commander|speaker|premier|secretary-general|secretary|director|chief|spokesman|spokesperson|negotiator|adviser|advisor)\s+⟨(\d+)⟩"), r"⟨\2⟩"),
    # "his Kosovo counterpart Hashim Thaci" -> the person
    (re.compile(r"⟨\d+⟩\s+(?:counterpart|colleague|opposite\s+number)\s+⟨(\d+)⟩"), r"⟨\1⟩"),
    # "Hamas-led gunmen", "Russian-led forces" -> the leader's side
    (re.compile(r"⟨(\d+)⟩-led\s+(?:[a-z]+\s+)?(?:forces|fighters|militants|gunmen|troops|militias|rebels|coalition)\b"), r"⟨\1⟩"),
    # "pro-GNA forces" -> the GNA's side
    (re.compile(r"\bpro-⟨(\d+)⟩\s+(?:forces|fighters|militias|troops|groups|factions)"), r"⟨\1⟩"),
    # "members of the Muslim Brotherhood", "representatives of X", "the forces of X"
    (re.compile(r"\b(?:members|representatives|leaders|officials|forces|troops|army|envoys?)\s+of\s+(?:the\s+)?⟨(\d+)⟩"), r"⟨\1⟩"),
    # "the delegation of X" is X's delegation: who leads it is a member of X (see match_sentence)
    (re.compile(r"\b(?:delegation|delegations|negotiating\s+team)\s+of\s+(?:the\s+)?⟨(\d+)⟩"), r"⟨\1⟩ delegation"),
    # "his troops" (the pronoun placeholder already stands for the person)
]


def build_skeleton(sentence: Sentence, mentions: Sequence[Mention], demonym_like: Callable[[Mention], bool]) -> Skeleton:
    """Skeleton of a sentence (see the module docstring)."""
    parts: list[str] = []
    args: list[Mention] = []
    pos = sentence.start
    text = sentence.text
    for m in mentions:
        if m.start < pos:
            continue
        parts.append(fold(text[pos - sentence.start:m.start - sentence.start]).lower())
        parts.append(f"⟨{len(args)}⟩")
        args.append(m)
        pos = m.end
    parts.append(fold(text[pos - sentence.start:]).lower())
    sk = "".join(parts)
    sk = re.sub(r"\s+", " ", sk)
    sk = re.sub(r'"([a-z][a-z-]*)"', r"\1", sk)  # a word in quotes is the word: the three "guarantor" states
    # demonyms and possessives + force nouns stand for the actor: "Russian peacekeepers" -> ⟨i⟩
    forces = "|".join(sorted(FORCE_NOUNS, key=len, reverse=True))
    mods = "|".join(sorted(FORCE_MODIFIERS, key=len, reverse=True))
    force_np = rf"(?:\s+(?:{mods})){{0,3}}(?:\s+(?:{forces}))+\b"
    collapsed: set[int] = set()

    def _dem(mt: re.Match[str]) -> str:
        i = int(mt.group(1))
        if demonym_like(args[i]):
            collapsed.add(i)
            return f"⟨{i}⟩"
        return mt.group(0)

    for rx, rep in _COLLAPSE:
        sk = rx.sub(rep, sk)
    # "the Russian and Turkish defence ministers" -> both states
    def _pair(mt: re.Match[str]) -> str:
        a, b = int(mt.group(1)), int(mt.group(2))
        if demonym_like(args[a]) and demonym_like(args[b]):
            collapsed.update({a, b})
            return f"⟨{a}⟩ and ⟨{b}⟩"
        return mt.group(0)

    sk = re.sub(rf"⟨(\d+)⟩ and ⟨(\d+)⟩{force_np}", _pair, sk)
    sk = re.sub(rf"⟨(\d+)⟩(?:'s)?{force_np}", _dem, sk)
    # a demonym still followed by a word is an adjective ("the Azerbaijani mainland"): not an argument
    # of ordinary patterns, only of those that ask for it ({d})
    def _adj(mt: re.Match[str]) -> str:
        i = int(mt.group(1))
        a = args[i]
        if a.kind == "demonym" and i not in collapsed and not a.surface.endswith("s"):
            return f"⟪{i}⟫"
        return mt.group(0)

    sk = re.sub(r"⟨(\d+)⟩(?= (?!(?:and|or|to|in|on|at|of|for|with|by|from|is|are|was|were|has|have|had|will|would|said|says)\b)[a-z])", _adj, sk)
    # "about 30 Serbs" are people, not the state; "the Gaza truce", "the Tigray war" name an event
    sk = re.sub(r"(?<=\d )⟨(\d+)⟩", lambda mt: f"⟪{mt.group(1)}⟫" if args[int(mt.group(1))].kind == "demonym" else mt.group(0), sk)
    sk = re.sub(r"⟨(\d+)⟩(?= (?:truce|ceasefire|cease-fire|deal|agreement|accord|talks|process|war|conflict|crisis|offensive|front)\b)",
                lambda mt: f"⟪{mt.group(1)}⟫" if args[int(mt.group(1))].type in {"Location", "State"} and args[int(mt.group(1))].kind != "demonym" else mt.group(0), sk)
    return Skeleton(sk, args)


# --------------------------------------------------------------------------- modality

def _has(words: Sequence[str], window: str) -> str | None:
    for w in words:
        if re.search(rf"(?<![\w']){re.escape(w)}(?![\w])", window):
            return w
    return None


def modality(window: str, sentence_sk: str, trigger_start: int) -> str:
    """Modality of a claim from the words of its clause before the trigger.

    >>> modality("turkish peacekeeping forces would not go to", "", 0)
    'negated'
    >>> modality("armenian troops were to withdraw", "", 0)
    'planned'
    """
    # the month is not the modal verb: "in may 2019", "on 4 may", "may 12"
    window = re.sub(r"\b(?:in|on|since|until|by|of|early|late|mid-?)\s+may\b|\b\d{1,2}\s+may\b|\bmay\s+\d", " ", window)
    if _has(NEGATORS, window):
        return "negated"
    if _has(IRREALIS, window):
        return "hypothetical"
    purpose = re.search(r"\b(?:established|set\s+up|created|deployed|formed|mandated|tasked|sent|dispatched)\b", window)
    if re.search(r"\bto\s+(?:\w+\s+)?$", window) and not _has(PLANNED, window) and not purpose:
        return "hypothetical"
    if _has(PLANNED, window):
        return "planned"
    if _has(REPORTED, sentence_sk):
        return "reported"
    return "asserted"


def clause_window(sk: str, start: int, end: int) -> str:
    """The clause around [start, end): from the last clause boundary before ``start``."""
    cut = max(sk.rfind(c, 0, start) for c in (",", ";", ":", " - ", "(", '"'))
    if cut < 0 or start - cut > 200:
        cut = max(0, start - 200)
    window = re.sub(r",\s+(?:which|who|whose)\b[^,]*,", ",", sk[cut:end])
    # "which is not a party to ..." before a new main clause does not negate what follows "forcing"
    return re.sub(r"⟨\d+⟩", " X ", window)


# --------------------------------------------------------------------------- matching

@dataclass(frozen=True)
class RawClaim:
    """A claim before resolution of its arguments to document keys."""

    subject: Mention
    predicate: str
    object: Mention
    rule: str
    confidence: float
    modality: str
    trigger: str
    trigger_pos: int




def _args(group: str | None, sk: Skeleton, hyphen_ok: bool = False) -> list[Mention]:
    if not group:
        return []
    return [sk.args[int(m.group(1))] for m in re.finditer(r"[⟨⟪](\d+)[⟩⟫](?!-[a-z])", group)]


#: The full stop that ends a sentence, not one of an abbreviation ("U.S. envoy", "Mr. Medvedev").
FULL_STOP = (r"(?<!\b[a-z])(?<!\b(?:mr|ms|dr|st|lt|jr|sr|no|vs))(?<!\b(?:mrs|gen|col|sgt|maj|rev))"
             r"(?<!\b(?:capt|prof))\.\s")


def _agents(rest: str, sk: Skeleton) -> list[Mention]:
    """The agents after a passive "by": "by A, B and C", "by X, the envoy, and by Y", "by the chairs
    of the panels, P for the government and Q for the rebels" (named persons win over bodies)."""
    rest = re.split(r";|" + FULL_STOP + r"|\s(?:which|who|whose|while|although|but|after|before|when|since|killing|ending)\s", rest)[0]
    rest = re.split(r"\s+and\s+(?:[a-z]+\s+)?[a-z]+ed\s+by\s+", rest)[0]
    rest = re.sub(r",?\s+(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+", " and ", rest)
    rest = re.sub(r"\s+in\s+the\s+presence\s+of\s+.*$", "", rest)
    # an appositive between two agents: "by A, a former Finnish president, and the CMI"
    rest = re.sub(r",\s+(?:a|an|the|his|her|its|their)\s+(?:[^,;⟨]|⟪\d+⟫)*?,(?=\s+and\s)", "", rest)
    rest = re.sub(r",?\s+(?:for|on\s+behalf\s+of|representing)\s+(?:the\s+)?(?:[⟨⟪]\d+[⟩⟫]|[a-z]+)(?:\s+(?!(?:and|or)\b)[a-z]+)?", "", rest)
    out: list[Mention] = []
    for seg in re.split(r"\s*,?\s+and\s+(?:by|from)\s+", rest):
        seg = re.split(r",\s+(?:and\s+)?(?!(?:by|the|a|an|his|her|its|their)\s+⟨|⟨)(?=[a-z])", seg.strip())[0]
        idx = [int(m.group(1)) for m in re.finditer(r"⟨(\d+)⟩(?!-[a-z])", seg)]
        if not idx:
            continue
        persons = [sk.args[i] for i in idx if sk.args[i].type == "Person"]
        lead = re.match(LIST, seg)
        listed = _args(lead.group(0), sk) if lead else []
        if len(listed) > 1:
            out += listed  # "by A and the B (C)": the list itself
        elif persons:
            out += persons
        elif lead:
            out += listed
        elif seg.find("⟨") <= 40:
            out.append(sk.args[idx[0]])
    return out


def _rest_args(rest: str, sk: Skeleton) -> list[Mention]:
    """Mentions listed in the rest of a clause, minus modifiers such as "Russian-led"."""
    rest = re.split(r",\s+(?:charged|which|who|whose|tasked|based|while|although|but)\b|;|" + FULL_STOP, rest)[0]
    return [sk.args[int(m.group(1))] for m in re.finditer(r"⟨(\d+)⟩(?!-[a-z])", rest)]


PREPOSITIONS = frozenset({"in", "on", "at", "from", "of", "to", "with", "by", "for", "into", "over", "near", "around",
                          "against", "than", "between", "under", "via"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _word_before(text: str, pos: int) -> str:
    prior = [w for w in text[:pos].split() if w not in DETERMINERS]
    return prior[-1] if prior else ""


DELEGATION = re.compile(rf"\s{SIDE_NOUNS}$")


def match_sentence(sk: Skeleton, patterns: Sequence[Pattern] = _TABLE) -> list[RawClaim]:
    """All claims the patterns find in one skeleton.

    Matches may overlap (every start position is tried). A subject right after a preposition is not
    a subject; an active pattern whose trigger is followed by "by" is a passive in disguise; when a
    pattern names its object before its subject, the nearest object not behind a preposition wins.
    """
    out: list[RawClaim] = []
    text = sk.text
    for p in patterns:
        groups = p.regex.groupindex
        subj_group = "S" if "S" in groups else "AG" if "AG" in groups else "REST"
        object_first: dict[int, tuple[tuple[bool, int], list[RawClaim]]] = {}
        seen: set[tuple[int, int]] = set()
        pos = 0
        while (m := p.regex.search(text, pos)) is not None:
            pos = m.start() + 1
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            subj_span = m.span(subj_group)
            if subj_group == "S" and not p.np_scope and subj_span[0] == m.start() \
                    and _word_before(text, subj_span[0]) in PREPOSITIONS:
                continue
            if subj_group == "S":
                subjects = _args(m.group("S"), sk)
            elif subj_group == "AG":
                subjects = _agents(m.group("AG"), sk)
            else:
                subjects = _rest_args(m.group("REST"), sk)
            if p.implicit_object:
                ctx = sk.context_mission if p.rule.startswith("memberOf.") else sk.context_event
                objects = [ctx] if ctx is not None else []
            else:
                objects = _args(m.group("O"), sk)
            allowed = p.object_types if p.object_types is not None else SIGNATURES[p.predicate][1]
            objects = [o for o in objects if o.type in allowed or (o.type == "Location" and "State" in allowed)]
            if p.subject_types is not None:
                subjects = [x for x in subjects if x.type in p.subject_types]
            if not subjects or not objects:
                continue
            t_start = m.start("T") if m.group("T") else m.start()
            t_end = m.end("T") if m.group("T") else m.end()
            trigger = (m.group("T") or "").strip()
            tph = re.fullmatch(r"⟨(\d+)⟩", trigger)
            if tph:  # "talks between A and B": the trigger may be a meeting, never an agreement
                if sk.args[int(tph.group(1))].type not in {"Meeting", "NegotiationFormat"}:
                    continue
                trigger = sk.args[int(tph.group(1))].surface
            obj_first = "O" in groups and m.start("O") < subj_span[0]
            if subj_group == "S" and subj_span[0] < t_start and "O" in groups and m.start("O") > t_start \
                    and re.match(r"\s+(?:[a-z]+ly\s+)?by\b", text[t_end:]):
                continue  # "X were facilitated by Y": a passive, not "X facilitated Y"
            first = min(subj_span[0], t_start)
            window = re.sub(r"⟨\d+⟩", " X ", text[m.start():t_end]) if p.np_scope else clause_window(text, first, t_end)
            mod = modality(window, text, t_start) if p.check_negation else "asserted"
            if p.check_negation and mod != "negated" and LATER_FAILURE.search(text, t_end):
                mod = "negated"
            predicate, rule = p.predicate, p.rule
            if predicate == "leads" and "O" in groups and DELEGATION.search(m.group("O")):
                # the head of X's delegation is one of X's people, not X's leader
                predicate, rule = "memberOf", "memberOf.delegation-head"
            found = [RawClaim(s, predicate, o, rule, p.confidence, mod, trigger, t_start)
                     for s in subjects for o in objects if s is not o]
            if obj_first:
                # the nearest object wins, but one that heads a relative clause ("the IMT, which is led
                # by Malaysia and has included contingents from ...") wins over those inside the clause
                heads_clause = bool(re.match(r"(?:\s*\(⟨\d+⟩\))?,\s+(?:which|who)\b", text[m.end("O"):]))
                score = (heads_clause, m.start("O"))
                best = object_first.get(subj_span[0])
                if best is None or score > best[0]:
                    object_first[subj_span[0]] = (score, found)
            else:
                out.extend(found)
        for _, found in object_first.values():
            out.extend(found)
    return out


#: "under UN mediation", "under the auspices of X", "through the mediation of the President of the
#: French Republic Mr. Y", "under the co-chairmanship of A, B and C".
UNDER_MEDIATION = re.compile(
    r"(?:under|through|with)\s+(?:the\s+)?(?:(?P<a>[⟨⟪]\d+[⟩⟫])(?:'s)?\s+(?:[a-z]+\s+)?(?P<T>mediation|auspices|facilitation)"
    r"|(?P<T2>auspices|mediation|co-chairmanship|chairmanship|facilitation|good\s+offices)\s+of\s+(?:the\s+)?"
    r"(?:[a-z-]+(?:\s+minister)?\s+of\s+(?:the\s+)?⟨\d+⟩,?\s+(?:(?:mr|mrs|ms|dr)\.\s+)?)?"
    rf"(?P<b>{LIST}))")


def under_mediation(sk: Skeleton) -> list[RawClaim]:
    """"under UN mediation", "under the auspices of X": X mediates the nearest event of the sentence."""
    out = []
    for m in UNDER_MEDIATION.finditer(sk.text):
        meds = _args(m.group("a") or m.group("b"), sk)
        events = [(abs(sk.text.find(f"⟨{i}⟩") - m.start()), a) for i, a in enumerate(sk.args)
                  if a.type in EVENTS and all(a is not x for x in meds) and sk.text.find(f"⟨{i}⟩") >= 0]
        if not events:
            continue
        target = sorted(events, key=lambda e: e[0])[0][1]
        window = clause_window(sk.text, m.start(), m.end())
        mod = modality(window, sk.text, m.start())
        out += [RawClaim(med, "mediates", target, "mediates.under", 0.75, mod, m.group("T") or m.group("T2"), m.start())
                for med in meds]
    return out


def type_ok(predicate: str, subject_type: str, object_type: str) -> bool:
    """Whether the argument types fit the predicate's signature."""
    s_ok, o_ok = SIGNATURES[predicate]
    return subject_type in s_ok and object_type in o_ok


def confidence_of(base: float, subject: Mention, obj: Mention, mod: str) -> float:
    """The documented confidence formula (see the module docstring)."""
    c = base
    for a in (subject, obj):
        if a.kind in {"anaphor", "capital", "pronoun", "role"}:
            c -= 0.1
    if mod in {"reported", "planned"}:
        c -= 0.05
    return round(min(0.99, max(0.05, c)), 2)


def to_claims(raw: Sequence[RawClaim], doc_id: str, sentence: Sentence, date: str | None,
              coerce: Callable[[Mention, frozenset[str]], Mention | None]) -> list[Claim]:
    """Type-check raw claims (a capital may stand for its state) and turn them into Claims."""
    out: list[Claim] = []
    for r in raw:
        s_ok, o_ok = SIGNATURES[r.predicate]
        s = coerce(r.subject, s_ok)
        o = coerce(r.object, o_ok)
        if s is None or o is None or s.key == o.key:
            continue
        out.append(Claim(s.key, r.predicate, o.key, doc_id, sentence.text, sentence.start, sentence.end,
                         confidence_of(r.confidence, s, o, r.modality), r.rule, r.modality, date, r.trigger))
    return out
