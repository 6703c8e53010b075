#!/usr/bin/env python3
"""Source of gold.json for heldout9. Run: python3 build_gold.py && python3 validate.py

Relations are written as (subject, predicate, object-or-list, evidence-key). The evidence key is a
verbatim substring of the document; it is expanded to the whole sentence (or infobox/list line)
that contains it, so that every evidence string in gold.json is a complete, verbatim sentence.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = {}

def A(id, name, type, *aliases):
    assert id not in CAT, id
    al = [name] + [a for a in aliases if a != name]
    CAT[id] = {"id": id, "name": name, "type": type, "aliases": al}

S, P, G, AG, PO, IO, NF, AGR, M, L, O = ("State", "Person", "Government", "ArmedGroup",
    "PoliticalOrganization", "InternationalOrganization", "NegotiationFormat", "Agreement",
    "Meeting", "Location", "Organization")

# ---------------------------------------------------------------- shared actors
A("un", "United Nations", IO, "UN", "U.N.", "United Nations Organization")
A("unsc", "UN Security Council", IO, "Security Council", "United Nations Security Council", "Council", "15-member Council")
A("un_sg", "UN Secretary-General", P, "Secretary-General", "United Nations Secretary-General", "UN Secretary-General")
A("au", "African Union", IO, "AU")
A("au_commission", "African Union Commission", IO, "AU Commission")
A("ecowas", "Economic Community of West African States", IO, "ECOWAS", "ECOWAS Authority", "regional bloc")
A("sadc", "Southern African Development Community", IO, "SADC")
A("eu", "European Union", IO, "EU")
A("oas", "Organization of American States", IO, "OAS")
A("nato", "NATO", IO, "North Atlantic Treaty Organization")
A("osce", "Organization for Security and Co-operation in Europe", IO, "OSCE")
A("icj", "International Court of Justice", IO, "ICJ", "Court")
A("us", "United States", S, "United States of America", "US", "U.S.", "USA", "Washington", "American",
  "Government of the United States of America", "Reagan administration")
A("us_state_dept", "US State Department", G, "State Department", "US Department of State")
A("uk", "United Kingdom", S, "UK", "Britain", "Great Britain", "British")
A("france", "France", S, "French")
A("germany", "Germany", S, "German")
A("russia", "Russia", S, "Russian Federation", "Russian")
A("turkey", "Turkey", S, "Turkish", "Türkiye", "Ankara")
A("senegal", "Senegal", S, "Senegalese", "Senegalese government", "Dakar", "Senegalese army", "Senegalese troops")
A("gambia", "Gambia", S, "The Gambia", "Gambian", "Republic of the Gambia")
A("nigeria", "Nigeria", S, "Federal Republic of Nigeria", "Nigerian")
A("south_africa", "South Africa", S, "South African", "Republic of South Africa", "Pretoria")
A("tanzania", "Tanzania", S, "Tanzanian", "United Republic of Tanzania")
A("mozambique", "Mozambique", S, "Mozambican")
A("switzerland", "Switzerland", S, "Swiss")
A("venezuela", "Venezuela", S, "Venezuelan", "Caracas", "Bolivarian Republic of Venezuela")
A("honduras", "Honduras", S, "Honduran")
A("costa_rica", "Costa Rica", S, "Costa Rican")
A("brazil", "Brazil", S, "Brazilian", "Brasília", "Brasilia")
A("argentina", "Argentina", S, "Argentine")
A("cameroon", "Cameroon", S, "Republic of Cameroon", "Cameroonian", "Government of Cameroon", "Yaoundé",
  "Yaounde", "Cameroonian armed forces")
A("qatar", "Qatar", S, "State of Qatar", "Qatari")
A("annan", "Kofi Annan", P, "Annan", "former U.N. Secretary-General Kofi Annan", "Secretary-General Kofi Annan", "Mr. Annan")
A("arias", "Óscar Arias", P, "Oscar Arias", "Arias")
A("clinton", "Hillary Clinton", P, "Clinton", "US Secretary of State Hillary Clinton", "Hillary Rodham Clinton")
A("solana", "Javier Solana", P, "Solana", "EU High Representative Javier Solana")
A("jammeh", "Yahya Jammeh", P, "Jammeh", "Mr. Jammeh")
A("ecomig", "ECOWAS Mission in the Gambia", AG, "ECOMIG", "ECOWAS mission in the Gambia", "ECOWAS standby force", "standby force")
A("doha", "Doha", L)

DOCS = []
def D(file, actors, optional, rel, acc, forb):
    DOCS.append(dict(file=file, actors=actors, optional_actors=optional, relations=rel, acceptable=acc, forbidden=forb))

# ---------------------------------------------------------------- 001 Gambia
A("res_2337", "UN Security Council resolution 2337 (2017)", AGR, "resolution 2337 (2017)", "S/RES/2337 (2017)",
  "resolution 2337", "Resolution 2337", "S/RES/2337")
A("barrow", "Adama Barrow", P, "Barrow", "President Barrow", "Mr. Barrow", "President Adama Barrow")
A("au_psc", "African Union Peace and Security Council", IO, "Peace and Security Council", "AU Peace and Security Council")
A("sirleaf", "Ellen Johnson Sirleaf", P, "Sirleaf", "Liberian President Ellen Johnson Sirleaf", "President Sirleaf")
A("liberia", "Liberia", S, "Liberian")
A("buhari", "Muhammadu Buhari", P, "Buhari", "President Muhammadu Buhari", "President Buhari")
A("mahama", "John Dramani Mahama", P, "Mahama", "John Mahama")
A("ghana", "Ghana", S, "Ghanaian")
A("chambas", "Mohamed Ibn Chambas", P, "Chambas", "Ibn Chambas")
A("unowas", "United Nations Office for West Africa and the Sahel", IO, "UNOWAS", "UN Office for West Africa and the Sahel")
A("seck", "Fodé Seck", P, "Fode Seck", "Seck")
A("iliichev", "Petr Iliichev", P, "Iliichev")
A("llorentty", "Sacha Sergio Llorentty Solíz", P, "Sacha Sergio Llorentty Soliz", "Llorentty Solíz", "Llorentty Soliz", "Llorentty")
A("bolivia", "Bolivia", S, "Bolivian")
A("wilson", "Peter Wilson", P, "Wilson")
A("skoog", "Olof Skoog", P, "Skoog")
A("sweden", "Sweden", S, "Swedish")
A("gambia_forces", "Gambian defence and security forces", AG, "Gambian defence and security forces", "army command in Banjul", "Gambian army")
A("banjul", "Banjul", L)
D("001_gambia_unsc_pressrelease.txt",
  ["unsc", "res_2337", "barrow", "jammeh", "gambia", "senegal", "ecowas", "au", "au_psc", "sirleaf", "liberia",
   "buhari", "nigeria", "mahama", "chambas", "unowas", "seck", "iliichev", "russia", "llorentty", "bolivia",
   "wilson", "uk", "us", "skoog", "sweden", "ecomig"],
  ["un_sg", "un", "ghana", "gambia_forces", "banjul"],
  [("unsc", "supports", "barrow", "the Security Council this afternoon endorsed the decisions"),
   ("unsc", "supports", "ecowas", "Expressing its full support to ECOWAS"),
   ("unsc", "supports", "au", "the Security Council this afternoon endorsed the decisions"),
   ("ecowas", "supports", "barrow", "the Security Council this afternoon endorsed the decisions"),
   ("au", "supports", "barrow", "the Security Council this afternoon endorsed the decisions"),
   ("senegal", "supports", "res_2337", "The text was tabled by Senegal"),
   ("au_psc", "opposes", "jammeh", "would cease to be recognized as the legitimate President"),
   ("ecowas", "mediates", ["gambia", "jammeh", "barrow"], "It commended the mediation led by the ECOWAS Authority"),
   ("sirleaf", "leads", "ecowas", "whose Chair, Liberian President Ellen Johnson Sirleaf"),
   ("sirleaf", "leads", "liberia", "whose Chair, Liberian President Ellen Johnson Sirleaf"),
   ("buhari", "mediates", ["gambia", "jammeh", "barrow"], "the chief mediator, President Muhammadu Buhari of Nigeria"),
   ("buhari", "leads", "nigeria", "the chief mediator, President Muhammadu Buhari of Nigeria"),
   ("mahama", "mediates", ["gambia", "jammeh", "barrow"], "the co-mediator, former Ghanaian President"),
   ("chambas", "mediates", ["gambia", "jammeh", "barrow"], "a task entrusted to his Special Representative"),
   ("chambas", "leads", "unowas", "who heads the United Nations Office for West Africa"),
   ("seck", "memberOf", "senegal", "FODE SECK (Senegal)"),
   ("iliichev", "memberOf", "russia", "PETR ILIICHEV (Russian Federation)"),
   ("llorentty", "memberOf", "bolivia", "SACHA SERGIO LLORENTTY SOLIZ (Bolivia)"),
   ("wilson", "memberOf", "uk", "PETER WILSON (United Kingdom)"),
   ("skoog", "memberOf", "sweden", "OLOF SKOOG (Sweden)"),
   ("senegal", "supports", "barrow", "would continue to stand with President Barrow"),
   ("russia", "supports", "ecowas", "backed the efforts of ECOWAS"),
   ("russia", "supports", "res_2337", "his delegation had voted in favour"),
   ("uk", "supports", "ecowas", "The United Kingdom strongly supported the regional bloc's diplomacy."),
   ("barrow", "leads", "gambia", "as the legitimate head of State"),
   ("us", "criticizes", "jammeh", "condemned Mr. Jammeh's attempt to cling to office"),
  ],
  [("unsc", "opposes", "jammeh", "in which it called on Yahya Jammeh"),
   ("unsc", "supports", "au_psc", "the Council welcomed the communiqué of the African Union Peace and Security Council"),
   ("au_psc", "memberOf", "au", "the Council welcomed the communiqué of the African Union Peace and Security Council"),
   ("au_psc", "supports", "barrow", "would cease to be recognized as the legitimate President"),
   ("un_sg", "mediates", ["gambia", "jammeh", "barrow"], "The Council also requested the Secretary-General to facilitate dialogue"),
   ("chambas", "memberOf", ["un", "un_sg"], "a task entrusted to his Special Representative"),
   ("unowas", "memberOf", "un", "who heads the United Nations Office for West Africa"),
   ("mahama", "memberOf", "ghana", "the co-mediator, former Ghanaian President"),
   ("buhari", "memberOf", "ecowas", "the chief mediator, President Muhammadu Buhari of Nigeria"),
   ("unsc", "supports", "res_2337", "the 15-member Council adopted resolution 2337 (2017)"),
   ("seck", "supports", "barrow", "would continue to stand with President Barrow"),
   ("senegal", "supports", "ecowas", "would continue to stand with President Barrow"),
   ("iliichev", "supports", ["ecowas", "res_2337"], "backed the efforts of ECOWAS"),
   ("bolivia", "opposes", "ecomig", "Bolivia would not support any military intervention"),
   ("llorentty", "opposes", "ecomig", "Bolivia would not support any military intervention"),
   ("bolivia", "supports", "res_2337", "said the resolution could not be read as endorsing"),
   ("ecomig", "deploysTo", "senegal", "the ECOWAS standby force assembled in Senegal"),
   ("ecomig", "memberOf", "ecowas", "the ECOWAS standby force assembled in Senegal"),
   ("ecowas", "leads", "ecomig", "the ECOWAS standby force assembled in Senegal"),
   ("uk", "supports", "barrow", "was entitled to seek assistance from his neighbours"),
   ("wilson", "supports", ["barrow", "ecowas"], "was entitled to seek assistance from his neighbours"),
   ("jammeh", "leads", "gambia", "Text Calls on Outgoing Leader to Transfer Power"),
   ("jammeh", "opposes", "barrow", "then rejected its result on 9 December"),
   ("skoog", "leads", "unsc", "speaking in his capacity as Council President"),
   ("us", "supports", "barrow", "place itself under the authority of the new President"),
   ("gambia_forces", "memberOf", "gambia", "including the Gambian defence and security forces"),
  ],
  [("unsc", "supports", "ecomig", "said the resolution could not be read as endorsing"),
   ("bolivia", "supports", "ecomig", "Bolivia would not support any military intervention"),
  ])

# ---------------------------------------------------------------- 002 Ohrid
A("ohrid_agreement", "Ohrid Framework Agreement", AGR, "Ohrid Agreement", "Framework Agreement")
A("macedonia", "Republic of Macedonia", S, "Macedonia", "Macedonian", "Macedonian security forces", "North Macedonia")
A("macedonia_gov", "Government of the Republic of Macedonia", G, "government of national unity", "unity government",
  "Macedonian government")
A("nla", "National Liberation Army", AG, "NLA", "ethnic Albanian National Liberation Army", "UÇK")
A("ahmeti", "Ali Ahmeti", P, "Ahmeti")
A("trajkovski", "Boris Trajkovski", P, "Trajkovski", "President Boris Trajkovski", "President Trajkovski")
A("georgievski", "Ljubčo Georgievski", P, "Ljubco Georgievski", "Georgievski", "Prime Minister Ljubčo Georgievski")
A("crvenkovski", "Branko Crvenkovski", P, "Crvenkovski")
A("xhaferi", "Arben Xhaferi", P, "Xhaferi")
A("imeri", "Imer Imeri", P, "Imeri")
A("vmro", "VMRO-DPMNE", PO, "VMRO DPMNE")
A("sdsm", "Social Democratic Union of Macedonia", PO, "Social Democratic Union", "SDSM")
A("dpa", "Democratic Party of Albanians", PO, "DPA")
A("pdp", "Party for Democratic Prosperity", PO, "PDP")
A("leotard", "François Léotard", P, "Francois Leotard", "Léotard", "Leotard")
A("pardew", "James Pardew", P, "Pardew")
A("robertson", "George Robertson", P, "Robertson", "Lord Robertson")
A("essential_harvest", "Operation Essential Harvest", AG, "Essential Harvest", "Task Force Harvest")
A("dui", "Democratic Union for Integration", PO, "DUI")
A("mk_assembly", "Assembly of the Republic of Macedonia", PO, "Assembly", "Macedonian Assembly")
A("nato_ceasefire_2001", "NATO-brokered ceasefire of July 2001", AGR, "NATO-brokered ceasefire", "ceasefire brokered by NATO")
A("ohrid_talks", "Ohrid talks (July-August 2001)", M, "Ohrid talks", "talks at Ohrid", "Talks between the four party leaders")
A("prizren_declaration", "Prizren Declaration", AGR)
A("amber_fox", "Operation Amber Fox", AG, "Amber Fox")
A("ohrid", "Ohrid", L)
A("skopje", "Skopje", L)
A("tetovo", "Tetovo", L)
A("kumanovo", "Kumanovo", L)
A("karpalak", "Karpalak", L)
D("002_ohrid_encyclopedia.txt",
  ["ohrid_agreement", "macedonia", "macedonia_gov", "nla", "ahmeti", "trajkovski", "georgievski", "crvenkovski",
   "xhaferi", "imeri", "vmro", "sdsm", "dpa", "pdp", "leotard", "pardew", "eu", "us", "nato", "robertson", "solana",
   "essential_harvest", "dui"],
  ["mk_assembly", "nato_ceasefire_2001", "ohrid_talks", "prizren_declaration", "amber_fox", "ohrid", "skopje",
   "tetovo", "kumanovo", "karpalak", "france"],
  [("trajkovski", "signs", "ohrid_agreement", "signed in Skopje on 13 August 2001 by President Boris Trajkovski"),
   ("georgievski", "signs", "ohrid_agreement", "Signatories: Boris Trajkovski"),
   ("crvenkovski", "signs", "ohrid_agreement", "Signatories: Boris Trajkovski"),
   ("xhaferi", "signs", "ohrid_agreement", "Signatories: Boris Trajkovski"),
   ("imeri", "signs", "ohrid_agreement", "Signatories: Boris Trajkovski"),
   ("leotard", "mediates", ["ohrid_agreement", "ohrid_talks"], "Mediators: François Léotard"),
   ("pardew", "mediates", ["ohrid_agreement", "ohrid_talks"], "Mediators: François Léotard"),
   ("leotard", "memberOf", "eu", "The EU special envoy, the former French defence minister"),
   ("pardew", "memberOf", "us", "the US envoy James Pardew"),
   ("trajkovski", "leads", "macedonia", "signed in Skopje on 13 August 2001 by President Boris Trajkovski"),
   ("ahmeti", "leads", "nla", "an insurgent group led by Ali Ahmeti"),
   ("nla", "attacks", "macedonia", "began attacking police posts in the north-west"),
   ("georgievski", "leads", "vmro", "VMRO-DPMNE of Prime Minister Ljubčo Georgievski"),
   ("georgievski", "leads", ["macedonia_gov", "macedonia"], "VMRO-DPMNE of Prime Minister Ljubčo Georgievski"),
   ("crvenkovski", "leads", "sdsm", "the Social Democratic Union (SDSM) of Branko Crvenkovski"),
   ("xhaferi", "leads", "dpa", "the Democratic Party of Albanians (DPA) led by Arben Xhaferi"),
   ("imeri", "leads", "pdp", "the Party for Democratic Prosperity (PDP) led by Imer Imeri"),
   ("vmro", "memberOf", "macedonia_gov", "formed a government of national unity"),
   ("sdsm", "memberOf", "macedonia_gov", "formed a government of national unity"),
   ("dpa", "memberOf", "macedonia_gov", "formed a government of national unity"),
   ("pdp", "memberOf", "macedonia_gov", "formed a government of national unity"),
   ("eu", "supports", "macedonia_gov", "The unity government was backed by the European Union and NATO"),
   ("nato", "supports", "macedonia_gov", "The unity government was backed by the European Union and NATO"),
   ("robertson", "leads", "nato", "whose Secretary General, George Robertson"),
   ("solana", "memberOf", "eu", "the EU High Representative, Javier Solana"),
   ("nato", "mediates", ["nato_ceasefire_2001", "macedonia", "nla"], "A ceasefire brokered by NATO in early July"),
   ("nato", "deploysTo", "macedonia", "NATO deployed a force of about 3,500 troops to Macedonia"),
   ("macedonia_gov", "partyTo", "ohrid_agreement", "Parties: Government of the Republic of Macedonia"),
  ],
  [("vmro", "partyTo", "ohrid_agreement", "Parties: Government of the Republic of Macedonia"),
   ("sdsm", "partyTo", "ohrid_agreement", "Parties: Government of the Republic of Macedonia"),
   ("dpa", "partyTo", "ohrid_agreement", "Parties: Government of the Republic of Macedonia"),
   ("pdp", "partyTo", "ohrid_agreement", "Parties: Government of the Republic of Macedonia"),
   ("macedonia_gov", "signs", "ohrid_agreement", "Parties: Government of the Republic of Macedonia"),
   ("macedonia", "signs", "ohrid_agreement", "signed in Skopje on 13 August 2001 by President Boris Trajkovski"),
   ("macedonia", "partyTo", "ohrid_agreement", "ended the armed conflict between the Macedonian security forces"),
   ("nla", "partyTo", "ohrid_agreement", "In return the NLA would disarm."),
   ("eu", "mediates", ["ohrid_agreement", "ohrid_talks"], "Mediators: François Léotard"),
   ("us", "mediates", ["ohrid_agreement", "ohrid_talks"], "Mediators: François Léotard"),
   ("trajkovski", "leads", "ohrid_talks", "under the chairmanship of President Trajkovski"),
   ("trajkovski", "participatesIn", "ohrid_talks", "under the chairmanship of President Trajkovski"),
   ("georgievski", "participatesIn", "ohrid_talks", "Talks between the four party leaders"),
   ("crvenkovski", "participatesIn", "ohrid_talks", "Talks between the four party leaders"),
   ("xhaferi", "participatesIn", "ohrid_talks", "Talks between the four party leaders"),
   ("imeri", "participatesIn", "ohrid_talks", "Talks between the four party leaders"),
   ("nla", "attacks", ["tetovo", "kumanovo", "karpalak"], "took control of villages around Tetovo and Kumanovo"),
   ("macedonia", "attacks", "nla", "ended the armed conflict between the Macedonian security forces"),
   ("essential_harvest", "deploysTo", "macedonia", "NATO deployed a force of about 3,500 troops to Macedonia"),
   ("nato", "leads", "essential_harvest", "Implementation: Operation Essential Harvest (NATO)"),
   ("essential_harvest", "memberOf", "nato", "Implementation: Operation Essential Harvest (NATO)"),
   ("essential_harvest", "monitors", ["ohrid_agreement", "nla"], "collected some 3,875 weapons"),
   ("ahmeti", "leads", "dui", "Ahmeti went on to found the Democratic Union for Integration"),
   ("dui", "memberOf", "macedonia_gov", "which joined the government after the 2002 elections"),
   ("vmro", "opposes", "ohrid_agreement", "VMRO-DPMNE deputies had long resisted parts of the package"),
   ("mk_assembly", "supports", "ohrid_agreement", "The Assembly adopted the constitutional amendments"),
   ("robertson", "memberOf", "nato", "whose Secretary General, George Robertson"),
   ("nato", "monitors", "nato_ceasefire_2001", "A ceasefire brokered by NATO in early July"),
   ("ohrid", "hosts", ["ohrid_talks", "ohrid_agreement"], "It was negotiated at the lakeside town of Ohrid"),
   ("skopje", "hosts", "ohrid_agreement", "Location: Skopje"),
   ("xhaferi", "negotiatesWith", "nla", "Ahmeti's views were relayed through the Albanian party leaders"),
   ("imeri", "negotiatesWith", "nla", "Ahmeti's views were relayed through the Albanian party leaders"),
  ],
  [("nla", "signs", "ohrid_agreement", "Non-signatory: National Liberation Army"),
   ("nla", "participatesIn", "ohrid_talks", "The NLA was not present at the table"),
   ("vmro", "negotiatesWith", "nla", "the Macedonian parties refused to negotiate"),
   ("sdsm", "negotiatesWith", "nla", "the Macedonian parties refused to negotiate"),
   ("macedonia_gov", "negotiatesWith", "nla", "the Macedonian parties refused to negotiate"),
  ])

# ---------------------------------------------------------------- 003 Casamance
A("mfdc", "Movement of Democratic Forces of Casamance", AG, "MFDC", "Mouvement des forces démocratiques de Casamance")
A("atika", "Atika", AG, "armed wing, Atika")
A("guinea_bissau", "Guinea-Bissau", S, "Bissau-Guinean", "Bissau", "Guinea Bissau", "Bissau-Guinean government")
A("vieira", "João Bernardo Vieira", P, "João Bernardo \"Nino\" Vieira", "Nino Vieira", "Vieira", "Joao Bernardo Vieira")
A("cacheu_ceasefire", "Cacheu ceasefire of 31 May 1991", AGR, "Cacheu ceasefire", "Cacheu accord", "Cacheu agreement")
A("southern_front", "MFDC southern front", AG, "southern front", "movement's southern front", "Front Sud")
A("sadio", "Salif Sadio", P, "Sadio")
A("sadio_faction", "Salif Sadio's MFDC faction", AG, "Sadio's faction", "Sadio wing", "Sadio's fighters", "Sadio faction")
A("ngom", "Ousmane Ngom", P, "Ngom", "Interior Minister Ousmane Ngom")
A("diamacoune", "Augustin Diamacoune Senghor", P, "Abbé Augustin Diamacoune Senghor", "Diamacoune", "Diamacoune Senghor",
  "Abbe Augustin Diamacoune Senghor")
A("ziguinchor_agreement", "Ziguinchor peace agreement of 30 December 2004", AGR, "Ziguinchor deal", "Ziguinchor agreement",
  "Ziguinchor accord", "general peace agreement")
A("wade", "Abdoulaye Wade", P, "President Abdoulaye Wade", "Wade")
A("santegidio", "Community of Sant'Egidio", O, "Sant'Egidio", "Rome-based Community of Sant'Egidio", "Sant Egidio")
A("santegidio_talks", "Sant'Egidio talks with Salif Sadio (from 2012)", M, "Sant'Egidio channel", "Rome talks")
A("macky_sall", "Macky Sall", P, "President Macky Sall", "Sall")
A("embalo", "Umaro Sissoco Embaló", P, "Umaro Sissoco Embalo", "Embaló", "Embalo")
A("badiate", "César Atoute Badiate", P, "Cesar Atoute Badiate", "Badiate")
A("badiate_faction", "César Atoute Badiate's MFDC faction", AG, "Badiate faction", "Badiate wing", "rival wing led by César Atoute Badiate")
A("bissau_agreement", "Bissau peace agreement of 4 August 2022", AGR, "Bissau agreement", "Bissau accord")
A("casamance", "Casamance", L)
A("cacheu", "Cacheu", L)
A("ziguinchor", "Ziguinchor", L)
A("rome", "Rome", L)
A("mongone", "Mongone", L)
D("003_casamance_pdf_extract.txt",
  ["senegal", "mfdc", "atika", "guinea_bissau", "vieira", "cacheu_ceasefire", "southern_front", "sadio",
   "sadio_faction", "ngom", "diamacoune", "ziguinchor_agreement", "wade", "santegidio", "santegidio_talks",
   "macky_sall", "jammeh", "gambia", "ecomig", "embalo", "badiate", "bissau_agreement"],
  ["casamance", "cacheu", "ziguinchor", "rome", "mongone", "mozambique", "ecowas", "badiate_faction"],
  [("senegal", "signs", "cacheu_ceasefire", "The first ceasefire between the Senegalese government and the"),
   ("mfdc", "signs", "cacheu_ceasefire", "The first ceasefire between the Senegalese government and the"),
   ("guinea_bissau", "hosts", "cacheu_ceasefire", "hosted the talks\nand acted as guarantor of the truce"),
   ("guinea_bissau", "guarantees", "cacheu_ceasefire", "hosted the talks\nand acted as guarantor of the truce"),
   ("vieira", "leads", "guinea_bissau", "ean government of João Bernardo \"Nino\" Vieira"),
   ("southern_front", "opposes", "cacheu_ceasefire", "the movement's southern front rejected the ceasefire"),
   ("southern_front", "attacks", "senegal", "and went on attacking army posts"),
   ("atika", "memberOf", "mfdc", "the armed wing, Atika"),
   ("senegal", "negotiatesWith", ["atika", "mfdc"], "the armed wing, Atika"),
   ("ngom", "signs", "ziguinchor_agreement", "signed a general peace agreement in\nZiguinchor"),
   ("diamacoune", "signs", "ziguinchor_agreement", "signed a general peace agreement in\nZiguinchor"),
   ("ngom", "memberOf", "senegal", "the Interior Minister,\nOusmane Ngom"),
   ("diamacoune", "leads", "mfdc", "the MFDC's secretary-general, Abbé Augus-"),
   ("wade", "supports", "ziguinchor_agreement", "hailed the accord as the end of Africa's oldest rebellion"),
   ("wade", "leads", "senegal", "President Abdoulaye Wade\nhailed"),
   ("sadio", "opposes", "diamacoune", "and broke openly with Diamacoune."),
   ("santegidio", "mediates", ["santegidio_talks", "sadio", "sadio_faction", "macky_sall", "senegal"],
    "the Rome-based Community of Sant'Egidio facilitated"),
   ("macky_sall", "negotiatesWith", ["sadio", "sadio_faction"], "confidential talks between envoys of President Macky Sall"),
   ("macky_sall", "leads", "senegal", "confidential talks between envoys of President Macky Sall"),
   ("santegidio", "hosts", "santegidio_talks", "hosted several rounds in\nRome"),
   ("senegal", "supports", ["santegidio", "santegidio_talks"], "with the backing of the Senegalese presidency"),
   ("senegal", "memberOf", "ecomig", "Senegalese troops already formed the bulk of"),
   ("mfdc", "attacks", ["ecomig", "senegal"], "MFDC fighters killed four Senegalese soldiers serving with"),
   ("senegal", "attacks", ["sadio", "sadio_faction"], "launched an offensive against Sadio's bases"),
   ("embalo", "leads", "guinea_bissau", "Meanwhile Guinea-Bissau's President, Umaro Sissoco Embaló"),
   ("embalo", "mediates", ["bissau_agreement", "badiate", "badiate_faction", "senegal"], "facilitated separate talks with a rival wing"),
   ("badiate", "signs", "bissau_agreement", "On 4 August 2022 Badiate and representatives"),
   ("senegal", "signs", "bissau_agreement", "On 4 August 2022 Badiate and representatives"),
  ],
  [("senegal", "partyTo", "cacheu_ceasefire", "The first ceasefire between the Senegalese government and the"),
   ("mfdc", "partyTo", "cacheu_ceasefire", "The first ceasefire between the Senegalese government and the"),
   ("vieira", "hosts", "cacheu_ceasefire", "hosted the talks\nand acted as guarantor of the truce"),
   ("vieira", "guarantees", "cacheu_ceasefire", "hosted the talks\nand acted as guarantor of the truce"),
   ("guinea_bissau", "mediates", ["cacheu_ceasefire", "senegal", "mfdc"], "hosted the talks\nand acted as guarantor of the truce"),
   ("cacheu", "hosts", "cacheu_ceasefire", "at Cacheu, in Guinea-Bissau, on 31 May 1991"),
   ("southern_front", "memberOf", "mfdc", "the movement's southern front rejected the ceasefire"),
   ("sadio", "memberOf", "mfdc", "line commander, Salif Sadio, had emerged"),
   ("diamacoune", "memberOf", "mfdc", "the MFDC's secretary-general, Abbé Augus-"),
   ("senegal", "signs", "ziguinchor_agreement", "signed a general peace agreement in\nZiguinchor"),
   ("mfdc", "signs", "ziguinchor_agreement", "signed a general peace agreement in\nZiguinchor"),
   ("senegal", "partyTo", "ziguinchor_agreement", "signed a general peace agreement in\nZiguinchor"),
   ("mfdc", "partyTo", "ziguinchor_agreement", "signed a general peace agreement in\nZiguinchor"),
   ("ziguinchor", "hosts", "ziguinchor_agreement", "signed a general peace agreement in\nZiguinchor"),
   ("sadio", "opposes", "ziguinchor_agreement", "Sadio's faction, however, refused to sign the Ziguinchor deal"),
   ("sadio_faction", "opposes", "ziguinchor_agreement", "Sadio's faction, however, refused to sign the Ziguinchor deal"),
   ("sadio_faction", "opposes", "diamacoune", "and broke openly with Diamacoune."),
   ("sadio", "leads", "sadio_faction", "Sadio's faction, however, refused to sign the Ziguinchor deal"),
   ("sadio_faction", "memberOf", "mfdc", "Sadio's faction, however, refused to sign the Ziguinchor deal"),
   ("senegal", "negotiatesWith", ["sadio", "sadio_faction"], "confidential talks between envoys of President Macky Sall"),
   ("sadio", "participatesIn", "santegidio_talks", "representatives of Salif Sadio"),
   ("macky_sall", "participatesIn", "santegidio_talks", "confidential talks between envoys of President Macky Sall"),
   ("santegidio", "mediates", "mozambique", "had earlier mediated in Mozambique"),
   ("rome", "hosts", "santegidio_talks", "hosted several rounds in\nRome"),
   ("macky_sall", "supports", ["santegidio", "santegidio_talks"], "with the backing of the Senegalese presidency"),
   ("senegal", "opposes", "sadio", "Dakar declined to discuss the ques-"),
   ("jammeh", "supports", ["sadio", "sadio_faction"], "long accused\nof sheltering Sadio's fighters"),
   ("senegal", "criticizes", "jammeh", "long accused\nof sheltering Sadio's fighters"),
   ("jammeh", "leads", "gambia", "lost power in the Gambia"),
   ("senegal", "deploysTo", "gambia", "Senegalese troops already formed the bulk of"),
   ("ecomig", "deploysTo", "gambia", "Senegalese troops already formed the bulk of"),
   ("ecomig", "memberOf", "ecowas", "Senegalese troops already formed the bulk of"),
   ("sadio_faction", "attacks", ["ecomig", "senegal"], "MFDC fighters killed four Senegalese soldiers serving with"),
   ("senegal", "attacks", "mfdc", "launched an offensive against Sadio's bases"),
   ("embalo", "hosts", "bissau_agreement", "facilitated separate talks with a rival wing"),
   ("guinea_bissau", "mediates", ["bissau_agreement", "badiate", "badiate_faction"], "facilitated separate talks with a rival wing"),
   ("guinea_bissau", "hosts", "bissau_agreement", "signed a peace agreement in\nBissau"),
   ("badiate", "leads", "badiate_faction", "a rival wing led by César"),
   ("badiate", "memberOf", "mfdc", "a rival wing led by César"),
   ("badiate_faction", "memberOf", "mfdc", "a rival wing led by César"),
   ("badiate_faction", "signs", "bissau_agreement", "On 4 August 2022 Badiate and representatives"),
   ("badiate", "partyTo", "bissau_agreement", "On 4 August 2022 Badiate and representatives"),
   ("badiate_faction", "partyTo", "bissau_agreement", "On 4 August 2022 Badiate and representatives"),
   ("senegal", "partyTo", "bissau_agreement", "On 4 August 2022 Badiate and representatives"),
   ("mongone", "hosts", "bissau_agreement", "at a ceremony in Mongone"),
  ],
  [("sadio", "signs", "ziguinchor_agreement", "Sadio's faction, however, refused to sign the Ziguinchor deal"),
   ("sadio_faction", "signs", "ziguinchor_agreement", "Sadio's faction, however, refused to sign the Ziguinchor deal"),
   ("sadio_faction", "partyTo", "bissau_agreement", "The Sadio wing was not party"),
   ("sadio", "partyTo", "bissau_agreement", "The Sadio wing was not party"),
   ("sadio", "signs", "bissau_agreement", "The Sadio wing was not party"),
  ])

# ---------------------------------------------------------------- 004 Iraqi Kurdistan
A("kdp", "Kurdistan Democratic Party", PO, "KDP", "KDP forces")
A("puk", "Patriotic Union of Kurdistan", PO, "PUK", "Talabani's fighters")
A("barzani", "Masoud Barzani", P, "Barzani", "Massoud Barzani")
A("talabani", "Jalal Talabani", P, "Talabani")
A("iraq", "Iraq", S, "Iraqi", "Iraqi government", "Iraqi army", "Baghdad")
A("saddam", "Saddam Hussein", P, "Saddam")
A("iran", "Iran", S, "Iranian")
A("pkk", "Kurdistan Workers' Party", AG, "PKK")
A("paris_talks_1994", "Paris talks of July 1994", M, "Paris talks", "Paris declaration")
A("drogheda_talks", "Drogheda talks (1995)", M, "Drogheda talks", "Drogheda process", "talks at Drogheda")
A("ankara_process", "Ankara process", NF, "Ankara meetings", "Ankara talks")
A("pmf", "Peace Monitoring Force", AG, "PMF")
A("welch", "David Welch", P, "Welch", "US Deputy Assistant Secretary of State David Welch")
A("albright", "Madeleine Albright", P, "Albright", "Secretary of State Madeleine Albright")
A("washington_agreement", "Washington Agreement (17 September 1998)", AGR, "Washington Agreement", "Washington accord")
A("hcc", "Higher Coordination Committee", NF)
A("kurdistan_parliament", "Kurdistan regional parliament", PO, "regional parliament", "regional assembly", "Kurdistan National Assembly")
A("krg_joint_admin", "KDP-PUK joint administration", G, "joint administration")
A("iraqi_kurdistan", "Iraqi Kurdistan", L, "Kurdish-controlled north", "northern Iraq", "Kurdistan Region")
A("erbil", "Erbil", L, "Arbil")
A("sulaymaniyah", "Sulaymaniyah", L, "Sulaimaniya")
A("qaladiza", "Qaladiza", L)
A("drogheda", "Drogheda", L)
A("ireland", "Ireland", S, "Irish")
A("contested_districts", "contested districts", L)
D("004_iraqi_kurdistan_chronology.txt",
  ["kdp", "puk", "barzani", "talabani", "iraq", "saddam", "us", "us_state_dept", "uk", "turkey", "iran", "pkk",
   "france", "drogheda_talks", "erbil", "sulaymaniyah", "ankara_process", "pmf", "welch", "albright",
   "washington_agreement", "hcc"],
  ["paris_talks_1994", "kurdistan_parliament", "krg_joint_admin", "iraqi_kurdistan", "qaladiza", "drogheda",
   "ireland", "contested_districts"],
  [("barzani", "leads", "kdp", "the Kurdistan Democratic Party (KDP) of Masoud Barzani"),
   ("talabani", "leads", "puk", "the Patriotic Union of Kurdistan (PUK) of Jalal Talabani"),
   ("kdp", "attacks", "puk", "escalates into open fighting between KDP and PUK peshmerga"),
   ("france", "hosts", ["paris_talks_1994", "kdp", "puk"], "France hosts the two leaders' representatives in Paris"),
   ("us", "mediates", ["drogheda_talks", "kdp", "puk"], "in talks sponsored by the United States"),
   ("us_state_dept", "mediates", ["drogheda_talks", "kdp", "puk"], "The US State Department acts as mediator."),
   ("kdp", "participatesIn", "drogheda_talks", "Delegations of the two parties meet at Drogheda"),
   ("puk", "participatesIn", "drogheda_talks", "Delegations of the two parties meet at Drogheda"),
   ("kdp", "negotiatesWith", "puk", "Delegations of the two parties meet at Drogheda"),
   ("kdp", "attacks", "erbil", "attack Erbil and drive the PUK out of the city"),
   ("iraq", "supports", "kdp", "supported by tanks and troops of the Iraqi army"),
   ("us", "attacks", "iraq", "The United States fires cruise missiles at air-defence targets in southern Iraq"),
   ("kdp", "attacks", "sulaymaniyah", "The KDP takes Sulaymaniyah"),
   ("puk", "withdrawsFrom", "sulaymaniyah", "Talabani's fighters withdraw towards the Iranian border"),
   ("puk", "attacks", ["sulaymaniyah", "kdp"], "retakes Sulaymaniyah"),
   ("us", "mediates", "ankara_process", "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("uk", "mediates", ["ankara_process", "kdp", "puk"], "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("turkey", "mediates", ["ankara_process", "kdp", "puk"], "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("pmf", "monitors", ["kdp", "puk", "ankara_process"], "sets up a Peace Monitoring Force"),
   ("turkey", "supports", "kdp", "support the KDP in pushing the PUK back"),
   ("turkey", "attacks", "pkk", "already fighting the PKK across the border"),
   ("welch", "mediates", ["washington_agreement", "kdp", "puk", "barzani", "talabani"], "After weeks of shuttle diplomacy by the US Deputy Assistant Secretary"),
   ("welch", "memberOf", ["us", "us_state_dept"], "After weeks of shuttle diplomacy by the US Deputy Assistant Secretary"),
   ("barzani", "signs", "washington_agreement", "Barzani and Talabani sign the Washington Agreement"),
   ("talabani", "signs", "washington_agreement", "Barzani and Talabani sign the Washington Agreement"),
   ("albright", "hosts", ["washington_agreement", "barzani", "talabani"], "who hosts both leaders"),
   ("albright", "memberOf", ["us", "us_state_dept"], "in the presence of Secretary of State Madeleine Albright"),
   ("iraq", "criticizes", "washington_agreement", "The Iraqi government denounces the accord as foreign interference"),
   ("turkey", "criticizes", "washington_agreement", "Ankara voices concern about a reference to a future federal Iraq"),
  ],
  [("kdp", "memberOf", "krg_joint_admin", "The two parties form a joint administration in Erbil"),
   ("puk", "memberOf", "krg_joint_admin", "The two parties form a joint administration in Erbil"),
   ("kdp", "memberOf", "kurdistan_parliament", "Elections to a regional assembly"),
   ("puk", "memberOf", "kurdistan_parliament", "Elections to a regional assembly"),
   ("us", "hosts", "washington_agreement", "who hosts both leaders"),
   ("us", "supports", "iraqi_kurdistan", "protected since 1991 by the allied no-fly zone"),
   ("uk", "supports", "iraqi_kurdistan", "protected since 1991 by the allied no-fly zone"),
   ("france", "mediates", ["paris_talks_1994", "kdp", "puk"], "France hosts the two leaders' representatives in Paris"),
   ("barzani", "participatesIn", "paris_talks_1994", "France hosts the two leaders' representatives in Paris"),
   ("talabani", "participatesIn", "paris_talks_1994", "France hosts the two leaders' representatives in Paris"),
   ("kdp", "participatesIn", "paris_talks_1994", "France hosts the two leaders' representatives in Paris"),
   ("puk", "participatesIn", "paris_talks_1994", "France hosts the two leaders' representatives in Paris"),
   ("us", "supports", "drogheda_talks", "in talks sponsored by the United States"),
   ("ireland", "hosts", "drogheda_talks", "Delegations of the two parties meet at Drogheda"),
   ("drogheda", "hosts", "drogheda_talks", "Delegations of the two parties meet at Drogheda"),
   ("saddam", "supports", ["kdp", "barzani"], "sent by Saddam Hussein at Barzani's request"),
   ("saddam", "leads", "iraq", "sent by Saddam Hussein at Barzani's request"),
   ("iraq", "deploysTo", "erbil", "supported by tanks and troops of the Iraqi army"),
   ("iraq", "attacks", ["erbil", "puk"], "supported by tanks and troops of the Iraqi army"),
   ("barzani", "allyOf", ["saddam", "iraq"], "sent by Saddam Hussein at Barzani's request"),
   ("kdp", "allyOf", "iraq", "sent by Saddam Hussein at Barzani's request"),
   ("puk", "withdrawsFrom", "erbil", "attack Erbil and drive the PUK out of the city"),
   ("us", "opposes", ["iraq", "saddam"], "The United States fires cruise missiles at air-defence targets in southern Iraq"),
   ("iran", "supports", "puk", "reportedly with Iranian backing"),
   ("us", "memberOf", "ankara_process", "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("uk", "memberOf", "ankara_process", "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("turkey", "memberOf", "ankara_process", "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("kdp", "participatesIn", "ankara_process", "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("puk", "participatesIn", "ankara_process", "the United States, the United Kingdom and Turkey bring the two parties together"),
   ("turkey", "hosts", "ankara_process", "In the first of the Ankara meetings"),
   ("ankara_process", "leads", "pmf", "sets up a Peace Monitoring Force"),
   ("pmf", "memberOf", "ankara_process", "sets up a Peace Monitoring Force"),
   ("turkey", "attacks", "puk", "support the KDP in pushing the PUK back"),
   ("turkey", "allyOf", "kdp", "support the KDP in pushing the PUK back"),
   ("turkey", "deploysTo", "iraqi_kurdistan", "already fighting the PKK across the border"),
   ("kdp", "partyTo", "washington_agreement", "The two parties commit to sharing revenues"),
   ("puk", "partyTo", "washington_agreement", "The two parties commit to sharing revenues"),
   ("kdp", "signs", "washington_agreement", "Barzani and Talabani sign the Washington Agreement"),
   ("puk", "signs", "washington_agreement", "Barzani and Talabani sign the Washington Agreement"),
   ("us", "mediates", "washington_agreement", "After weeks of shuttle diplomacy by the US Deputy Assistant Secretary"),
   ("us_state_dept", "mediates", "washington_agreement", "After weeks of shuttle diplomacy by the US Deputy Assistant Secretary"),
   ("kdp", "opposes", "pkk", "to denying bases to the PKK"),
   ("puk", "opposes", "pkk", "to denying bases to the PKK"),
   ("barzani", "negotiatesWith", "talabani", "Barzani and Talabani sign the Washington Agreement"),
   ("kdp", "memberOf", "hcc", "A Higher Coordination Committee of the two parties begins to meet"),
   ("puk", "memberOf", "hcc", "A Higher Coordination Committee of the two parties begins to meet"),
   ("hcc", "monitors", "washington_agreement", "A Higher Coordination Committee of the two parties begins to meet"),
   ("kdp", "participatesIn", "kurdistan_parliament", "with deputies from both parties attending"),
   ("puk", "participatesIn", "kurdistan_parliament", "with deputies from both parties attending"),
  ],
  [("us", "deploysTo", "iraqi_kurdistan", "Washington does not, however, deploy ground forces to the north."),
   ("kdp", "withdrawsFrom", "contested_districts", "the parties do not withdraw their forces from the contested districts"),
   ("puk", "withdrawsFrom", "contested_districts", "the parties do not withdraw their forces from the contested districts"),
  ])

# ---------------------------------------------------------------- 005 Kenya
A("kibaki", "Mwai Kibaki", P, "Kibaki", "President Mwai Kibaki", "President Kibaki")
A("odinga", "Raila Odinga", P, "Odinga")
A("kenya", "Kenya", S, "Kenyan", "Republic of Kenya", "Kenyan government")
A("odm", "Orange Democratic Movement", PO, "ODM")
A("pnu", "Party of National Unity", PO, "PNU", "PNU delegation", "government team")
A("kenya_accord", "National Accord and Reconciliation (28 February 2008 power-sharing agreement)", AGR,
  "power-sharing agreement", "power-sharing deal", "National Accord", "National Accord and Reconciliation Act",
  "Agreement on the Principles of Partnership of the Coalition Government")
A("kikwete", "Jakaya Kikwete", P, "Kikwete", "Tanzanian President Jakaya Kikwete", "President Kikwete")
A("panel_eminent", "Panel of Eminent African Personalities", NF, "Annan's Panel of Eminent African Personalities")
A("machel", "Graça Machel", P, "Graca Machel", "Machel")
A("mkapa", "Benjamin Mkapa", P, "Mkapa")
A("kenya_talks", "Kenya National Dialogue and Reconciliation talks", M, "formal negotiations at the Serena Hotel",
  "Serena Hotel talks", "Kenya National Dialogue and Reconciliation")
A("karua", "Martha Karua", P, "Karua", "Justice Minister Martha Karua")
A("ruto", "William Ruto", P, "Ruto")
A("rice", "Condoleezza Rice", P, "Rice", "Secretary of State Condoleezza Rice")
A("kenya_parliament", "Parliament of Kenya", PO, "Parliament", "Kenyan parliament")
A("nairobi", "Nairobi", L)
A("kisumu", "Kisumu", L)
A("harambee_house", "Harambee House", L)
D("005_kenya_wire_quotes.txt",
  ["kibaki", "odinga", "kenya", "odm", "pnu", "kenya_accord", "annan", "kikwete", "tanzania", "au", "panel_eminent",
   "machel", "mkapa", "karua", "ruto", "us", "rice"],
  ["kenya_talks", "us_state_dept", "kenya_parliament", "nairobi", "kisumu", "harambee_house", "un"],
  [("kibaki", "signs", "kenya_accord", "President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement"),
   ("odinga", "signs", "kenya_accord", "President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement"),
   ("annan", "mediates", ["kenya_accord", "kenya_talks", "kibaki", "odinga", "pnu", "odm", "kenya"], "who has led mediation since January"),
   ("kikwete", "leads", "au", "the current chairman of the African Union"),
   ("kikwete", "leads", "tanzania", "Tanzanian President Jakaya Kikwete"),
   ("odinga", "leads", "odm", "Odinga, leader of the Orange Democratic Movement (ODM)"),
   ("kibaki", "leads", "kenya", "President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement"),
   ("pnu", "negotiatesWith", "odm", "the two negotiating teams had reached a dead end"),
   ("annan", "leads", "panel_eminent", "which appointed Annan's Panel of Eminent African Personalities"),
   ("machel", "memberOf", "panel_eminent", "a member of the panel alongside former Tanzanian President Benjamin Mkapa"),
   ("mkapa", "memberOf", "panel_eminent", "a member of the panel alongside former Tanzanian President Benjamin Mkapa"),
   ("karua", "memberOf", "pnu", "who led the PNU delegation"),
   ("karua", "memberOf", "kenya", "said Justice Minister Martha Karua"),
   ("ruto", "memberOf", "odm", "one of the opposition's four negotiators"),
   ("us", "supports", "kenya_accord", "Washington, which had pressed both men to compromise, welcomed the agreement."),
   ("rice", "memberOf", "us", "Secretary of State Condoleezza Rice visited Nairobi"),
   ("odinga", "criticizes", "kibaki", "who accuses Kibaki of stealing the Dec. 27 vote"),
  ],
  [("kibaki", "leads", "pnu", "Kibaki's Party of National Unity (PNU)"),
   ("kibaki", "supports", "kenya_accord", "It is a victory for the people of Kenya"),
   ("odinga", "supports", "kenya_accord", "We have opened a new chapter"),
   ("pnu", "partyTo", "kenya_accord", "his party will share cabinet posts equally"),
   ("odm", "partyTo", "kenya_accord", "his party will share cabinet posts equally"),
   ("pnu", "signs", "kenya_accord", "President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement"),
   ("odm", "signs", "kenya_accord", "President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement"),
   ("odm", "allyOf", "pnu", "his party will share cabinet posts equally"),
   ("annan", "leads", "kenya_talks", "Annan suspended the formal negotiations at the Serena Hotel"),
   ("annan", "negotiatesWith", ["kibaki", "odinga"], "took the talks directly to the two principals"),
   ("pnu", "participatesIn", "kenya_talks", "the two negotiating teams had reached a dead end"),
   ("odm", "participatesIn", "kenya_talks", "the two negotiating teams had reached a dead end"),
   ("kikwete", "mediates", ["kenya_accord", "kenya_talks", "kibaki", "odinga", "kenya"], "Kikwete flew in on Wednesday to add the weight of the African Union"),
   ("au", "mediates", ["kenya_accord", "kenya_talks", "kibaki", "odinga", "kenya"], "Kikwete flew in on Wednesday to add the weight of the African Union"),
   ("au", "supports", "panel_eminent", "which appointed Annan's Panel of Eminent African Personalities"),
   ("au", "leads", "panel_eminent", "which appointed Annan's Panel of Eminent African Personalities"),
   ("panel_eminent", "mediates", ["kenya_accord", "kenya_talks", "kenya"], "which appointed Annan's Panel of Eminent African Personalities"),
   ("panel_eminent", "memberOf", "au", "which appointed Annan's Panel of Eminent African Personalities"),
   ("machel", "mediates", ["kenya_accord", "kenya_talks", "kenya"], "a member of the panel alongside former Tanzanian President Benjamin Mkapa"),
   ("mkapa", "mediates", ["kenya_accord", "kenya_talks", "kenya"], "a member of the panel alongside former Tanzanian President Benjamin Mkapa"),
   ("karua", "leads", "pnu", "who led the PNU delegation"),
   ("karua", "negotiatesWith", ["odm", "ruto"], "who led the PNU delegation"),
   ("ruto", "negotiatesWith", ["pnu"], "one of the opposition's four negotiators"),
   ("ruto", "criticizes", "karua", "ODM's William Ruto, one of the opposition's four negotiators, disagreed."),
   ("us_state_dept", "supports", "kenya_accord", "said a State Department spokesman"),
   ("us_state_dept", "memberOf", "us", "said a State Department spokesman"),
   ("us", "supports", "kenya", "The United States stands ready to help Kenyans implement what their leaders have signed"),
   ("rice", "criticizes", ["kenya", "kibaki", "odinga"], "warned that the relationship with Kenya would suffer"),
   ("kikwete", "supports", "kenya_accord", "Africa has solved an African problem"),
   ("au", "supports", "kenya_accord", "Kikwete said the AU would stay engaged."),
   ("kenya_parliament", "supports", "kenya_accord", "Parliament is expected to entrench the arrangement"),
   ("annan", "participatesIn", "kenya_talks", "Annan suspended the formal negotiations at the Serena Hotel"),
   ("annan", "memberOf", "un", "former U.N. Secretary-General Kofi Annan"),
   ("annan", "supports", "kenya_accord", "We have a deal"),
   ("nairobi", "hosts", ["kenya_talks", "kenya_accord"], "the president's office in central Nairobi"),
   ("harambee_house", "hosts", "kenya_accord", "on the steps of Harambee House"),
  ],
  [("annan", "signs", "kenya_accord", "neither of whom signed the document"),
   ("kikwete", "signs", "kenya_accord", "neither of whom signed the document"),
  ])

# ---------------------------------------------------------------- 006 Comoros
A("comoros", "Union of the Comoros", S, "Comoros", "Comorian", "the Union", "Union government", "federal government",
  "Moroni", "Comorian army", "Union of Comoros")
A("anjouan", "Anjouan", L, "island of Anjouan", "Ndzuwani")
A("bacar", "Mohamed Bacar", P, "Bacar", "colonel Mohamed Bacar", "colonel Bacar", "Colonel Mohamed Bacar")
A("bacar_forces", "forces loyal to Mohamed Bacar", AG, "forces loyal to the colonel", "his gendarmes", "Anjouan gendarmerie")
A("sambi", "Ahmed Abdallah Sambi", P, "Sambi", "Ahmed Abdallah Mohamed Sambi")
A("maes", "AU Electoral and Security Assistance Mission to the Comoros", IO, "MAES", "mission MAES")
A("sudan", "Sudan", S, "Sudanese")
A("libya", "Libya", S, "Libyan")
A("operation_democracy", "Operation Democracy in the Comoros", AG, "Democracy in the Comoros", "Operation Democracy")
A("ping", "Jean Ping", P, "Ping")
A("toybou", "Moussa Toybou", P, "Toybou")
A("mayotte", "Mayotte", L)
A("mutsamudu", "Mutsamudu", L)
A("reunion", "La Réunion", L, "Réunion", "Reunion")
A("benin", "Benin", S)
D("006_comoros_nonnative.txt",
  ["comoros", "anjouan", "bacar", "bacar_forces", "sambi", "au", "maes", "south_africa", "tanzania", "sudan",
   "senegal", "libya", "france", "operation_democracy", "ping", "au_commission", "toybou"],
  ["mayotte", "mutsamudu", "reunion", "benin"],
  [("bacar", "leads", ["anjouan", "bacar_forces"], "who is the chief of the island since 2001"),
   ("comoros", "opposes", "bacar", "an election that the federal government and the African Union have both declared not valid"),
   ("au", "opposes", "bacar", "the AU has decided sanctions against him and his ministers"),
   ("bacar", "opposes", "comoros", "he refused to obey to Moroni"),
   ("sambi", "leads", "comoros", "The President of the Union, Ahmed Abdallah Sambi"),
   ("sambi", "negotiatesWith", "bacar", "has tried first the negotiation"),
   ("au", "mediates", ["comoros", "bacar", "anjouan"], "some of them with the facilitation of the African Union"),
   ("au", "deploysTo", "comoros", "which it has sent in the Comoros in 2007"),
   ("south_africa", "mediates", ["comoros", "anjouan", "bacar"], "which has been many times the mediator in the Comorian crises"),
   ("tanzania", "deploysTo", ["anjouan", "comoros"], "In the end Tanzania and Sudan accepted to send troops"),
   ("sudan", "deploysTo", ["anjouan", "comoros"], "In the end Tanzania and Sudan accepted to send troops"),
   ("senegal", "deploysTo", ["anjouan", "comoros"], "Senegal also has contributed a contingent"),
   ("libya", "supports", ["operation_democracy", "au", "comoros"], "Libya has given some logistic help"),
   ("france", "supports", ["operation_democracy", "au", "comoros"], "has helped with the transport of the African troops"),
   ("comoros", "deploysTo", "anjouan", "Around 1,500 soldiers of the Comorian army and of the African Union landed"),
   ("au", "deploysTo", "anjouan", "Around 1,500 soldiers of the Comorian army and of the African Union landed"),
   ("comoros", "criticizes", "france", "it is not acceptable that France is protecting the man"),
   ("ping", "leads", "au_commission", "The chairperson of the AU Commission, Jean Ping"),
   ("ping", "supports", "comoros", "has congratulated the Union for the re-establishment of its authority"),
   ("toybou", "leads", "anjouan", "Moussa Toybou was elected as president of Anjouan"),
  ],
  [("comoros", "negotiatesWith", "bacar", "Many rounds of discussions have taken place"),
   ("bacar", "opposes", "au", "an election that the federal government and the African Union have both declared not valid"),
   ("bacar_forces", "memberOf", "anjouan", "his gendarmes were controlling all the island"),
   ("au", "leads", "maes", "the AU has prolonged the mission MAES"),
   ("maes", "memberOf", "au", "the AU has prolonged the mission MAES"),
   ("maes", "deploysTo", "comoros", "which it has sent in the Comoros in 2007"),
   ("maes", "monitors", "comoros", "for to assist the elections and the security"),
   ("au", "supports", "comoros", "has asked to the African Union a military support"),
   ("south_africa", "opposes", "operation_democracy", "preferred still the dialogue"),
   ("tanzania", "participatesIn", "operation_democracy", "In the end Tanzania and Sudan accepted to send troops"),
   ("sudan", "participatesIn", "operation_democracy", "In the end Tanzania and Sudan accepted to send troops"),
   ("senegal", "participatesIn", "operation_democracy", "Senegal also has contributed a contingent"),
   ("tanzania", "supports", "comoros", "In the end Tanzania and Sudan accepted to send troops"),
   ("sudan", "supports", "comoros", "In the end Tanzania and Sudan accepted to send troops"),
   ("senegal", "supports", "comoros", "Senegal also has contributed a contingent"),
   ("comoros", "participatesIn", "operation_democracy", "the operation which was called \"Democracy in the Comoros\" has started"),
   ("au", "participatesIn", "operation_democracy", "the operation which was called \"Democracy in the Comoros\" has started"),
   ("comoros", "leads", "operation_democracy", "the operation which was called \"Democracy in the Comoros\" has started"),
   ("operation_democracy", "deploysTo", "anjouan", "Around 1,500 soldiers of the Comorian army and of the African Union landed"),
   ("operation_democracy", "attacks", ["bacar_forces", "anjouan", "bacar"], "Around 1,500 soldiers of the Comorian army and of the African Union landed"),
   ("comoros", "attacks", ["bacar_forces", "bacar", "anjouan"], "Around 1,500 soldiers of the Comorian army and of the African Union landed"),
   ("au", "attacks", ["bacar_forces", "bacar"], "Around 1,500 soldiers of the Comorian army and of the African Union landed"),
   ("comoros", "deploysTo", "mutsamudu", "landed on the beaches of Anjouan, near Mutsamudu"),
   ("bacar", "withdrawsFrom", "anjouan", "He crossed with a small speedboat to Mayotte"),
   ("bacar_forces", "attacks", "operation_democracy", "The resistance of the forces loyal to the colonel was weak"),
   ("france", "supports", "bacar", "it is not acceptable that France is protecting the man"),
   ("france", "hosts", "bacar", "The French authorities moved him to La Réunion"),
   ("benin", "hosts", "bacar", "in July he was sent to Benin"),
   ("ping", "leads", "au", "The chairperson of the AU Commission, Jean Ping"),
   ("au_commission", "supports", "comoros", "has congratulated the Union for the re-establishment of its authority"),
   ("au_commission", "memberOf", "au", "The chairperson of the AU Commission, Jean Ping"),
   ("toybou", "memberOf", "comoros", "Moussa Toybou was elected as president of Anjouan"),
  ],
  [("south_africa", "deploysTo", ["anjouan", "comoros"], "it did not send soldiers"),
   ("france", "deploysTo", "anjouan", "but French soldiers did not participate to the landing"),
   ("france", "participatesIn", "operation_democracy", "but French soldiers did not participate to the landing"),
  ])

# ---------------------------------------------------------------- 007 Chad
A("chad", "Chad", S, "Republic of Chad", "Chadian")
A("chad_tg", "Transitional Government of the Republic of Chad", G, "Transitional Government", "transitional authorities",
  "Chadian transitional government", "Transitional Government of Chad")
A("tmc", "Transitional Military Council", G, "TMC", "Conseil militaire de transition", "CMT")
A("deby", "Mahamat Idriss Déby Itno", P, "General Mahamat Idriss Déby Itno", "Mahamat Idriss Déby", "Mahamat Idriss Deby",
  "Mahamat Deby", "Déby", "Deby")
A("mohammed_al_thani", "Mohammed bin Abdulrahman Al Thani", P, "Sheikh Mohammed bin Abdulrahman Al Thani",
  "Deputy Prime Minister and Minister of Foreign Affairs", "Sheikh Mohammed bin Abdulrahman Al-Thani")
A("zene", "Chérif Mahamat Zene", P, "Cherif Mahamat Zene", "Mahamat Zene Cherif", "Chérif Mahamat Zène")
A("faki", "Moussa Faki Mahamat", P, "Faki", "Chairperson of the African Union Commission", "Moussa Faki")
A("chad_movements", "Chadian politico-military movements", AG, "politico-military movements", "signatory movements",
  "Chadian politico-military groups", "Chadian rebel groups")
A("fact", "Front for Change and Concord in Chad", AG, "FACT", "Front pour l'alternance et la concorde au Tchad")
A("doha_agreement_chad", "Doha Peace Agreement (8 August 2022)", AGR, "Doha Peace Agreement", "Doha agreement")
A("doha_process_chad", "Doha talks on Chad (March-August 2022)", M, "Doha process", "Doha talks")
A("chad_dialogue", "National Inclusive and Sovereign Dialogue", M, "Dialogue", "national dialogue", "National Inclusive Dialogue")
A("chad_followup", "Doha Agreement follow-up committee", NF, "follow-up committee")
A("ndjamena", "N'Djamena", L, "Ndjamena")
D("007_chad_doha_communique.txt",
  ["qatar", "chad", "chad_tg", "tmc", "deby", "mohammed_al_thani", "zene", "faki", "au_commission", "au",
   "chad_movements", "fact", "doha_agreement_chad", "chad_dialogue", "chad_followup"],
  ["doha_process_chad", "un", "doha", "ndjamena"],
  [("qatar", "mediates", ["doha_agreement_chad", "doha_process_chad", "chad_tg", "chad_movements", "tmc"],
    "which facilitated the talks at the request of the Transitional Military Council"),
   ("chad_tg", "signs", "doha_agreement_chad", "the Chadian parties today signed the Doha Peace Agreement"),
   ("chad_movements", "signs", "doha_agreement_chad", "the Chadian parties today signed the Doha Peace Agreement"),
   ("mohammed_al_thani", "memberOf", "qatar", "Sheikh Mohammed bin Abdulrahman Al Thani, Deputy Prime Minister and Minister of Foreign Affairs"),
   ("zene", "memberOf", ["chad_tg", "chad"], "headed by His Excellency Chérif Mahamat Zene, Minister of Foreign Affairs"),
   ("faki", "leads", "au_commission", "Moussa Faki Mahamat, Chairperson of the African Union Commission"),
   ("deby", "leads", "tmc", "the Transitional Military Council chaired by His Excellency General Mahamat Idriss Déby Itno"),
   ("chad_tg", "guarantees", "chad_movements", "to guarantee the security of their leaders returning to Chad"),
   ("chad_movements", "participatesIn", "chad_dialogue", "The signatories agree to take part in the National Inclusive and Sovereign Dialogue"),
   ("chad_tg", "participatesIn", "chad_dialogue", "The signatories agree to take part in the National Inclusive and Sovereign Dialogue"),
   ("chad_followup", "monitors", "doha_agreement_chad", "will monitor the implementation of the Agreement"),
   ("qatar", "memberOf", "chad_followup", "on which the State of Qatar and the African Union will sit alongside the parties"),
   ("au", "memberOf", "chad_followup", "on which the State of Qatar and the African Union will sit alongside the parties"),
   ("fact", "opposes", "doha_agreement_chad", "rejected the text on the grounds that its demands"),
   ("faki", "supports", "doha_agreement_chad", "The Chairperson of the African Union Commission welcomed the Agreement"),
   ("qatar", "supports", "chad", "reaffirms its firm commitment to support the Republic of Chad"),
  ],
  [("qatar", "hosts", ["doha_process_chad", "doha_agreement_chad"], "negotiations that opened in Doha on 13 March 2022"),
   ("doha", "hosts", ["doha_process_chad", "doha_agreement_chad"], "negotiations that opened in Doha on 13 March 2022"),
   ("mohammed_al_thani", "hosts", ["doha_process_chad", "doha_agreement_chad"], "who opened the ceremony with an address"),
   ("mohammed_al_thani", "mediates", ["doha_agreement_chad", "doha_process_chad"], "who opened the ceremony with an address"),
   ("zene", "leads", "chad_tg", "headed by His Excellency Chérif Mahamat Zene"),
   ("zene", "signs", "doha_agreement_chad", "headed by His Excellency Chérif Mahamat Zene"),
   ("zene", "participatesIn", "doha_process_chad", "headed by His Excellency Chérif Mahamat Zene"),
   ("chad_movements", "participatesIn", "doha_process_chad", "by the representatives of more than forty Chadian politico-military movements"),
   ("chad_tg", "participatesIn", "doha_process_chad", "It was attended by the delegation of the Transitional Government"),
   ("faki", "participatesIn", "doha_process_chad", "and by His Excellency Moussa Faki Mahamat"),
   ("au", "participatesIn", "doha_process_chad", "and by His Excellency Moussa Faki Mahamat"),
   ("un", "participatesIn", "doha_process_chad", "Representatives of the United Nations and of other international organisations also attended."),
   ("faki", "leads", "au", "Moussa Faki Mahamat, Chairperson of the African Union Commission"),
   ("au_commission", "memberOf", "au", "Moussa Faki Mahamat, Chairperson of the African Union Commission"),
   ("tmc", "supports", "qatar", "which facilitated the talks at the request of the Transitional Military Council"),
   ("deby", "leads", "chad", "the Transitional Military Council chaired by His Excellency General Mahamat Idriss Déby Itno"),
   ("tmc", "leads", "chad", "the Transitional Military Council chaired by His Excellency General Mahamat Idriss Déby Itno"),
   ("chad_tg", "partyTo", "doha_agreement_chad", "Under the Agreement, the signatory movements and the Transitional Government commit themselves"),
   ("chad_movements", "partyTo", "doha_agreement_chad", "Under the Agreement, the signatory movements and the Transitional Government commit themselves"),
   ("chad_tg", "negotiatesWith", "chad_movements", "the Chadian parties today signed the Doha Peace Agreement"),
   ("chad_tg", "supports", "chad_dialogue", "The Transitional Government undertakes to implement its recommendations."),
   ("ndjamena", "hosts", "chad_dialogue", "which will open in N'Djamena on 20 August 2022"),
   ("chad", "hosts", "chad_dialogue", "which will open in N'Djamena on 20 August 2022"),
   ("chad_tg", "memberOf", "chad_followup", "on which the State of Qatar and the African Union will sit alongside the parties"),
   ("chad_movements", "memberOf", "chad_followup", "on which the State of Qatar and the African Union will sit alongside the parties"),
   ("qatar", "monitors", "doha_agreement_chad", "on which the State of Qatar and the African Union will sit alongside the parties"),
   ("au", "monitors", "doha_agreement_chad", "on which the State of Qatar and the African Union will sit alongside the parties"),
   ("mohammed_al_thani", "supports", "doha_agreement_chad", "called on the movements that have not signed the Agreement to join"),
   ("qatar", "criticizes", "fact", "The State of Qatar regrets that the Front for Change and Concord in Chad (FACT)"),
   ("faki", "supports", "qatar", "commended the mediation of the State of Qatar"),
   ("au", "supports", ["chad_dialogue", "chad_movements", "chad_tg"], "He reaffirmed the readiness of the African Union to accompany the Chadian parties"),
   ("fact", "opposes", "chad_tg", "rejected the text on the grounds that its demands"),
   ("qatar", "supports", "doha_agreement_chad", "Under the auspices of the State of Qatar"),
  ],
  [("fact", "signs", "doha_agreement_chad", "did not sign the Agreement"),
   ("fact", "partyTo", "doha_agreement_chad", "did not sign the Agreement"),
  ])

# ---------------------------------------------------------------- 008 Madagascar
A("madagascar", "Madagascar", S, "Malagasy", "Republic of Madagascar")
A("hat", "High Transitional Authority", G, "HAT", "Haute Autorité de la Transition")
A("rajoelina", "Andry Rajoelina", P, "Rajoelina")
A("ravalomanana", "Marc Ravalomanana", P, "Ravalomanana")
A("ratsiraka", "Didier Ratsiraka", P, "Ratsiraka")
A("zafy", "Albert Zafy", P, "Zafy")
A("ravalomanana_mvt", "Ravalomanana movement", PO, "mouvance Ravalomanana")
A("zafy_mvt", "Zafy movement", PO, "mouvance Zafy")
A("ratsiraka_mvt", "Ratsiraka movement", PO, "mouvance Ratsiraka")
A("chissano", "Joaquim Chissano", P, "Chissano")
A("simao", "Leonardo Simão", P, "Leonardo Simao", "Simão", "Simao")
A("maputo_accords", "Maputo Accords (August 2009)", AGR, "Maputo Accords", "Maputo agreements")
A("addis_act", "Addis Ababa Additional Act (November 2009)", AGR, "Additional Act", "Addis Ababa Additional Act")
A("sadc_roadmap", "SADC Roadmap for Madagascar (September 2011)", AGR, "Roadmap", "SADC-brokered Roadmap", "SADC Roadmap",
  "roadmap for ending the crisis")
A("sandton_summit", "SADC summit in Sandton (June 2011)", M, "SADC summit in Sandton", "Sandton summit")
A("icg_madagascar", "International Contact Group on Madagascar", NF, "International Contact Group", "ICG-M")
A("sadc_troika", "SADC Organ Troika", IO, "SADC Troika", "Organ Troika", "SADC Organ Troika")
A("seychelles", "Seychelles", S, "the Seychelles")
A("michel", "James Michel", P, "President James Michel")
A("seychelles_talks", "Seychelles meetings (July-August 2012)", M, "Seychelles meetings", "face-to-face meetings in the Seychelles")
A("beriziky", "Omer Beriziky", P, "Beriziky")
A("ceni_t", "Independent National Electoral Commission for the Transition", O, "CENI-T", "electoral commission")
A("antananarivo", "Antananarivo", L)
D("008_madagascar_thinktank_brief.txt",
  ["madagascar", "hat", "rajoelina", "ravalomanana", "ratsiraka", "zafy", "au", "sadc", "chissano", "maputo_accords",
   "addis_act", "sadc_roadmap", "simao", "ravalomanana_mvt", "zafy_mvt", "ratsiraka_mvt", "sadc_troika",
   "icg_madagascar", "south_africa", "michel", "seychelles_talks", "beriziky"],
  ["seychelles", "sandton_summit", "ceni_t", "antananarivo", "mozambique"],
  [("rajoelina", "leads", "hat", "the High Transitional Authority (HAT) of Andry Rajoelina"),
   ("sadc", "mediates", ["sadc_roadmap", "madagascar"], "The SADC-brokered Roadmap of September 2011"),
   ("chissano", "mediates", ["madagascar", "maputo_accords", "addis_act", "sadc_roadmap"], "appointed the former Mozambican president Joaquim Chissano as its mediator"),
   ("rajoelina", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("ravalomanana", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("ratsiraka", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("zafy", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("rajoelina", "opposes", ["addis_act", "maputo_accords"], "never applied the power-sharing arrangements"),
   ("simao", "mediates", "sadc_roadmap", "Drafted by Chissano's deputy"),
   ("ravalomanana_mvt", "signs", "sadc_roadmap", "including the Ravalomanana and Zafy movements"),
   ("zafy_mvt", "signs", "sadc_roadmap", "including the Ravalomanana and Zafy movements"),
   ("beriziky", "memberOf", "hat", "It appointed a consensus prime minister, Omer Beriziky"),
   ("hat", "opposes", "ravalomanana", "it has blocked Ravalomanana's return"),
   ("south_africa", "leads", "sadc_troika", "At the request of the SADC Organ Troika, chaired by South Africa"),
   ("michel", "hosts", ["seychelles_talks", "rajoelina", "ravalomanana"], "President James Michel hosted Rajoelina and Ravalomanana"),
   ("rajoelina", "negotiatesWith", "ravalomanana", "The two men met without intermediaries"),
  ],
  [("au", "opposes", ["madagascar", "hat"], "has lifted its suspension of the country"),
   ("sadc", "opposes", ["madagascar", "hat", "rajoelina"], "suspended the country and appointed"),
   ("madagascar", "memberOf", "sadc", "which Madagascar was due to chair that year"),
   ("madagascar", "memberOf", "au", "has lifted its suspension of the country"),
   ("chissano", "memberOf", "sadc", "appointed the former Mozambican president Joaquim Chissano as its mediator"),
   ("rajoelina", "attacks", "ravalomanana", "took power on 17 March 2009 with the backing of a mutinous army unit"),
   ("rajoelina", "leads", "madagascar", "took power on 17 March 2009"),
   ("ravalomanana", "withdrawsFrom", "madagascar", "left for South Africa"),
   ("south_africa", "hosts", "ravalomanana", "left for South Africa"),
   ("ravalomanana", "leads", "ravalomanana_mvt", "signed by the four \"movements\" of Rajoelina"),
   ("ratsiraka", "leads", "ratsiraka_mvt", "signed by the four \"movements\" of Rajoelina"),
   ("zafy", "leads", "zafy_mvt", "signed by the four \"movements\" of Rajoelina"),
   ("ravalomanana_mvt", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("zafy_mvt", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("ratsiraka_mvt", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("hat", "signs", "maputo_accords", "signed by the four \"movements\" of Rajoelina"),
   ("rajoelina", "signs", "addis_act", "A further Additional Act agreed in Addis Ababa"),
   ("ravalomanana", "signs", "addis_act", "A further Additional Act agreed in Addis Ababa"),
   ("ratsiraka", "signs", "addis_act", "A further Additional Act agreed in Addis Ababa"),
   ("zafy", "signs", "addis_act", "A further Additional Act agreed in Addis Ababa"),
   ("simao", "memberOf", "sadc", "Drafted by Chissano's deputy"),
   ("sadc", "leads", "sandton_summit", "Amended at the SADC summit in Sandton"),
   ("south_africa", "hosts", "sandton_summit", "Amended at the SADC summit in Sandton"),
   ("ravalomanana", "signs", "sadc_roadmap", "including the Ravalomanana and Zafy movements"),
   ("zafy", "signs", "sadc_roadmap", "including the Ravalomanana and Zafy movements"),
   ("hat", "signs", "sadc_roadmap", "by ten of the eleven political entities"),
   ("rajoelina", "signs", "sadc_roadmap", "by ten of the eleven political entities"),
   ("ratsiraka_mvt", "opposes", "sadc_roadmap", "The Ratsiraka movement refused to sign"),
   ("sadc_troika", "signs", "sadc_roadmap", "Signed in the presence of a SADC Troika team"),
   ("icg_madagascar", "signs", "sadc_roadmap", "Signed in the presence of a SADC Troika team"),
   ("sadc_troika", "participatesIn", "sadc_roadmap", "Signed in the presence of a SADC Troika team"),
   ("icg_madagascar", "participatesIn", "sadc_roadmap", "Signed in the presence of a SADC Troika team"),
   ("hat", "supports", "sadc_roadmap", "The HAT has since used the Roadmap selectively."),
   ("beriziky", "leads", ["madagascar", "hat"], "It appointed a consensus prime minister, Omer Beriziky"),
   ("rajoelina", "opposes", "ravalomanana", "it has blocked Ravalomanana's return"),
   ("sadc_troika", "memberOf", "sadc", "At the request of the SADC Organ Troika"),
   ("sadc_troika", "mediates", ["seychelles_talks", "rajoelina", "ravalomanana"], "At the request of the SADC Organ Troika"),
   ("sadc_troika", "supports", "seychelles_talks", "At the request of the SADC Organ Troika"),
   ("south_africa", "mediates", ["seychelles_talks", "rajoelina", "ravalomanana"], "At the request of the SADC Organ Troika, chaired by South Africa"),
   ("seychelles", "hosts", "seychelles_talks", "Two face-to-face meetings in the Seychelles"),
   ("michel", "leads", "seychelles", "President James Michel hosted"),
   ("michel", "mediates", ["seychelles_talks", "rajoelina", "ravalomanana"], "President James Michel hosted Rajoelina and Ravalomanana"),
   ("rajoelina", "participatesIn", "seychelles_talks", "Two face-to-face meetings in the Seychelles"),
   ("ravalomanana", "participatesIn", "seychelles_talks", "Two face-to-face meetings in the Seychelles"),
   ("ravalomanana", "opposes", "rajoelina", "Ravalomanana did not accept any arrangement that kept him in exile"),
  ],
  [("ratsiraka_mvt", "signs", "sadc_roadmap", "The Ratsiraka movement refused to sign"),
   ("ratsiraka", "signs", "sadc_roadmap", "The Ratsiraka movement refused to sign"),
  ])

# ---------------------------------------------------------------- 009 Lesotho
A("sandf", "South African National Defence Force", AG, "SANDF")
A("lesotho", "Lesotho", S, "Kingdom of Lesotho", "Government of Lesotho", "lawful Government of Lesotho")
A("boleas", "Operation Boleas", AG, "SADC force", "SADC intervention force", "Boleas")
A("modise", "Joe Modise", P, "J. Modise", "Mr J. Modise", "Modise", "Minister of Defence")
A("buthelezi", "Mangosuthu Buthelezi", P, "M. G. Buthelezi", "Dr M. G. Buthelezi", "Buthelezi", "Acting President")
A("mosisili", "Pakalitha Mosisili", P, "Mr Pakalitha Mosisili", "Mosisili", "Prime Minister of Lesotho")
A("botswana", "Botswana", S, "Republic of Botswana")
A("bdf", "Botswana Defence Force", AG, "BDF")
A("zimbabwe", "Zimbabwe", S)
A("ldf", "Lesotho Defence Force", AG, "LDF", "mutinous elements of the Lesotho Defence Force")
A("bnp", "Basotho National Party", PO, "BNP")
A("bcp", "Basotho Congress Party", PO, "BCP")
A("mfp", "Marematlou Freedom Party", PO, "MFP")
A("lesotho_opposition", "Lesotho opposition alliance", PO, "opposition alliance", "opposition parties")
A("langa_commission", "Langa Commission", O)
A("pahad", "Aziz Pahad", P, "A. Pahad", "Mr A. Pahad", "Pahad", "Deputy Minister of Foreign Affairs")
A("mufamadi", "Sydney Mufamadi", P, "S. Mufamadi", "Mr S. Mufamadi", "Mufamadi", "Minister for Safety and Security")
A("ipa", "Interim Political Authority", PO, "IPA")
A("letsie", "King Letsie III", P, "Letsie III", "His Majesty King Letsie III")
A("sa_parliament", "Parliament of South Africa", PO, "this Parliament", "South African Parliament")
A("sa_dp", "Democratic Party (South Africa)", PO, "Democratic Party", "DP")
A("sa_ff", "Freedom Front", PO, "FF")
A("maseru", "Maseru", L)
A("katse_dam", "Katse Dam", L)
A("makoanyane", "Makoanyane barracks", L)
D("009_lesotho_parliamentary_qa.txt",
  ["south_africa", "sandf", "lesotho", "sadc", "boleas", "modise", "buthelezi", "mosisili", "botswana", "bdf",
   "mozambique", "zimbabwe", "ldf", "bnp", "bcp", "mfp", "lesotho_opposition", "langa_commission", "pahad",
   "mufamadi", "ipa", "letsie"],
  ["sa_parliament", "sa_dp", "sa_ff", "maseru", "katse_dam", "makoanyane"],
  [("sandf", "deploysTo", "lesotho", "units of the South African National Defence Force (SANDF) entered the Kingdom of Lesotho"),
   ("buthelezi", "leads", "south_africa", "authorised by the Acting President, Dr M. G. Buthelezi"),
   ("mosisili", "leads", "lesotho", "the Prime Minister of Lesotho, Mr Pakalitha Mosisili"),
   ("sadc", "deploysTo", "lesotho", "The force acted on behalf of SADC."),
   ("bdf", "deploysTo", ["lesotho", "maseru"], "The Botswana Defence Force sent a contingent"),
   ("mozambique", "supports", ["lesotho", "boleas"], "Mozambique and Zimbabwe supported the request politically"),
   ("zimbabwe", "supports", ["lesotho", "boleas"], "Mozambique and Zimbabwe supported the request politically"),
   ("ldf", "attacks", ["sandf", "boleas"], "where mutinous elements of the Lesotho Defence Force resisted"),
   ("lesotho_opposition", "opposes", "boleas", "has indeed opposed the deployment"),
   ("bnp", "memberOf", "lesotho_opposition", "The opposition alliance of the Basotho National Party"),
   ("bcp", "memberOf", "lesotho_opposition", "The opposition alliance of the Basotho National Party"),
   ("mfp", "memberOf", "lesotho_opposition", "The opposition alliance of the Basotho National Party"),
   ("lesotho", "supports", "boleas", "The SADC force was invited by the lawful Government of Lesotho."),
   ("lesotho_opposition", "opposes", "langa_commission", "refused to accept the findings of the Langa Commission"),
   ("pahad", "memberOf", "south_africa", "The DEPUTY MINISTER OF FOREIGN AFFAIRS (Mr A. Pahad)"),
   ("modise", "memberOf", "south_africa", "The MINISTER OF DEFENCE (Mr J. Modise)"),
   ("mufamadi", "memberOf", "south_africa", "the Minister for Safety and Security, Mr S. Mufamadi"),
   ("mufamadi", "mediates", ["lesotho", "lesotho_opposition", "ipa"], "has facilitated talks between the Government of Lesotho and the opposition parties"),
   ("lesotho", "negotiatesWith", "lesotho_opposition", "has facilitated talks between the Government of Lesotho and the opposition parties"),
   ("letsie", "supports", "ipa", "His Majesty King Letsie III has welcomed the agreement."),
  ],
  [("south_africa", "deploysTo", "lesotho", "units of the South African National Defence Force (SANDF) entered the Kingdom of Lesotho"),
   ("sandf", "memberOf", ["boleas", "south_africa"], "the deployment, known as Operation Boleas"),
   ("south_africa", "leads", "boleas", "the deployment, known as Operation Boleas"),
   ("buthelezi", "supports", "boleas", "authorised by the Acting President, Dr M. G. Buthelezi"),
   ("lesotho", "supports", ["south_africa", "botswana", "sadc"], "It followed a written request for assistance"),
   ("mosisili", "supports", "boleas", "It followed a written request for assistance"),
   ("south_africa", "memberOf", "sadc", "as the states entrusted by SADC with the Lesotho question"),
   ("botswana", "memberOf", "sadc", "as the states entrusted by SADC with the Lesotho question"),
   ("mozambique", "memberOf", "sadc", "as the states entrusted by SADC with the Lesotho question"),
   ("zimbabwe", "memberOf", "sadc", "as the states entrusted by SADC with the Lesotho question"),
   ("boleas", "memberOf", "sadc", "The force acted on behalf of SADC."),
   ("sadc", "leads", "boleas", "The force acted on behalf of SADC."),
   ("boleas", "deploysTo", "lesotho", "the deployment, known as Operation Boleas"),
   ("botswana", "deploysTo", ["lesotho", "maseru"], "The Botswana Defence Force sent a contingent"),
   ("bdf", "memberOf", ["boleas", "botswana"], "The Botswana Defence Force sent a contingent"),
   ("botswana", "participatesIn", "boleas", "Yes. The Botswana Defence Force sent a contingent"),
   ("sandf", "attacks", "ldf", "most of them in the fighting at the Katse Dam and at the Makoanyane barracks"),
   ("sandf", "deploysTo", ["katse_dam", "makoanyane"], "most of them in the fighting at the Katse Dam and at the Makoanyane barracks"),
   ("ldf", "memberOf", "lesotho", "where mutinous elements of the Lesotho Defence Force resisted"),
   ("sa_dp", "criticizes", "boleas", "the operation has been seen in Maseru as an invasion"),
   ("lesotho_opposition", "criticizes", "lesotho", "when it rejected the election results of May 1998"),
   ("modise", "criticizes", "lesotho_opposition", "I do not accept that."),
   ("sadc", "mediates", ["lesotho", "lesotho_opposition"], "and the opposition parties on behalf of SADC"),
   ("mufamadi", "memberOf", "sadc", "and the opposition parties on behalf of SADC"),
   ("south_africa", "mediates", ["lesotho", "lesotho_opposition"], "has facilitated talks between the Government of Lesotho and the opposition parties"),
   ("lesotho", "supports", "ipa", "The parties have agreed to establish an Interim Political Authority"),
   ("lesotho_opposition", "supports", "ipa", "The parties have agreed to establish an Interim Political Authority"),
   ("lesotho_opposition", "memberOf", "ipa", "in which all parties will be represented"),
   ("bnp", "memberOf", "ipa", "in which all parties will be represented"),
   ("bcp", "memberOf", "ipa", "in which all parties will be represented"),
   ("mfp", "memberOf", "ipa", "in which all parties will be represented"),
   ("letsie", "leads", "lesotho", "His Majesty King Letsie III has welcomed the agreement."),
   ("sa_ff", "criticizes", "boleas", "will the Deputy Minister concede that this Parliament was never asked to approve the deployment?"),
  ],
  [("mozambique", "deploysTo", "lesotho", "but did not deploy troops"),
   ("zimbabwe", "deploysTo", "lesotho", "but did not deploy troops"),
   ("sandf", "withdrawsFrom", "lesotho", "the SANDF will not be withdrawn before stability has been restored"),
   ("south_africa", "withdrawsFrom", "lesotho", "the SANDF will not be withdrawn before stability has been restored"),
  ])

# ---------------------------------------------------------------- 010 Honduras
A("zelaya", "Manuel Zelaya", P, "Zelaya", "President Manuel Zelaya", "Mel Zelaya")
A("honduran_congress", "National Congress of Honduras", PO, "Congress", "National Congress", "Honduran Congress")
A("micheletti", "Roberto Micheletti", P, "Micheletti")
A("micheletti_gov", "Micheletti de facto government", G, "Micheletti's side", "Micheletti government",
  "so-called unity government", "de facto government")
A("insulza", "José Miguel Insulza", P, "Jose Miguel Insulza", "Insulza")
A("san_jose_accord", "San José Accord (July 2009 proposal)", AGR, "San José Accord", "San Jose Accord", "twelve-point proposal")
A("san_jose_talks", "San José talks (July 2009)", M, "San José talks", "San Jose talks")
A("lula", "Luiz Inácio Lula da Silva", P, "Lula", "Lula da Silva")
A("chavez", "Hugo Chávez", P, "Hugo Chavez", "Chávez", "Chavez")
A("shannon", "Thomas Shannon", P, "Shannon", "Thomas A. Shannon")
A("tsj_accord", "Tegucigalpa-San José Accord (30 October 2009)", AGR, "Tegucigalpa-San José Accord",
  "Tegucigalpa-San Jose Accord", "Tegucigalpa–San José Accord")
A("verification_commission", "Verification Commission of the Tegucigalpa-San José Accord", NF, "verification commission")
A("lagos", "Ricardo Lagos", P, "Lagos")
A("solis", "Hilda Solis", P, "Solis")
A("lobo", "Porfirio Lobo", P, "Lobo", "Porfirio Lobo Sosa")
A("honduras_national_party", "National Party of Honduras", PO, "National Party")
A("fernandez", "Leonel Fernández", P, "Leonel Fernandez", "Fernández", "Fernandez")
A("dominican_republic", "Dominican Republic", S, "Dominican")
A("nicaragua", "Nicaragua", S, "Nicaraguan")
A("chile", "Chile", S, "Chilean")
A("tegucigalpa", "Tegucigalpa", L)
A("santo_domingo", "Santo Domingo", L)
A("brazilian_embassy", "Brazilian embassy in Tegucigalpa", L)
D("010_honduras_podcast_transcript.txt",
  ["zelaya", "honduras", "honduran_congress", "micheletti", "micheletti_gov", "oas", "insulza", "arias", "costa_rica",
   "clinton", "san_jose_accord", "san_jose_talks", "brazil", "venezuela", "chavez", "us", "shannon", "tsj_accord",
   "verification_commission", "lagos", "solis", "lobo", "honduras_national_party", "argentina", "fernandez",
   "dominican_republic"],
  ["lula", "nicaragua", "chile", "tegucigalpa", "santo_domingo", "brazilian_embassy"],
  [("zelaya", "leads", "honduras", "soldiers take President Manuel Zelaya from his house"),
   ("micheletti", "leads", "honduran_congress", "Congress swears in its own president, Roberto Micheletti"),
   ("micheletti", "leads", ["micheletti_gov", "honduras"], "as head of what it calls a constitutional succession"),
   ("oas", "opposes", ["honduras", "micheletti_gov", "micheletti"], "The Organization of American States suspends Honduras a week later"),
   ("insulza", "leads", "oas", "the Secretary General, José Miguel Insulza"),
   ("arias", "mediates", ["san_jose_accord", "san_jose_talks", "zelaya", "micheletti", "micheletti_gov", "honduras"], "agrees to mediate"),
   ("arias", "leads", "costa_rica", "Arias, the Costa Rican president"),
   ("arias", "hosts", "san_jose_talks", "The two delegations come to his house in San José"),
   ("micheletti_gov", "opposes", ["san_jose_accord", "zelaya"], "His delegation rejects the return of Zelaya"),
   ("brazil", "supports", "zelaya", "it gave him shelter and refused to hand him over"),
   ("chavez", "allyOf", "zelaya", "Zelaya's closest ally"),
   ("shannon", "memberOf", "us", "Washington sends Thomas Shannon, the assistant secretary for the hemisphere"),
   ("zelaya", "signs", "tsj_accord", "Zelaya and Micheletti each sign through their representatives."),
   ("micheletti", "signs", "tsj_accord", "Zelaya and Micheletti each sign through their representatives."),
   ("verification_commission", "monitors", "tsj_accord", "is meant to monitor compliance"),
   ("lagos", "leads", "verification_commission", "led by the former Chilean president Ricardo Lagos"),
   ("solis", "leads", "verification_commission", "led by the former Chilean president Ricardo Lagos"),
   ("solis", "memberOf", "us", "the US labor secretary Hilda Solis"),
   ("zelaya", "opposes", "tsj_accord", "Zelaya declares the accord dead"),
   ("honduran_congress", "opposes", "zelaya", "it votes overwhelmingly not to restore him"),
   ("lobo", "memberOf", "honduras_national_party", "Porfirio Lobo of the National Party wins."),
   ("lobo", "leads", "honduras", "Lobo takes office in January"),
   ("us", "supports", "lobo", "The United States recognises the result"),
   ("fernandez", "leads", "dominican_republic", "the Dominican president, Leonel Fernández"),
  ],
  [("honduran_congress", "supports", "micheletti", "Congress swears in its own president, Roberto Micheletti"),
   ("oas", "supports", "zelaya", "there is nothing to negotiate until Zelaya is back"),
   ("insulza", "supports", "zelaya", "there is nothing to negotiate until Zelaya is back"),
   ("insulza", "opposes", ["micheletti", "micheletti_gov"], "there is nothing to negotiate until Zelaya is back"),
   ("costa_rica", "mediates", ["san_jose_accord", "san_jose_talks", "honduras"], "agrees to mediate"),
   ("costa_rica", "hosts", "san_jose_talks", "The two delegations come to his house in San José"),
   ("clinton", "supports", ["arias", "san_jose_talks"], "with Hillary Clinton's encouragement"),
   ("us", "supports", ["arias", "san_jose_talks"], "with Hillary Clinton's encouragement"),
   ("clinton", "memberOf", "us", "with Hillary Clinton's encouragement"),
   ("zelaya", "participatesIn", "san_jose_talks", "The two delegations come to his house in San José"),
   ("micheletti_gov", "participatesIn", "san_jose_talks", "The two delegations come to his house in San José"),
   ("micheletti", "participatesIn", "san_jose_talks", "The two delegations come to his house in San José"),
   ("zelaya", "negotiatesWith", ["micheletti", "micheletti_gov"], "The two delegations come to his house in San José"),
   ("arias", "supports", "san_jose_accord", "Arias puts a twelve-point proposal on the table"),
   ("zelaya", "supports", "san_jose_accord", "Zelaya returns to finish his term"),
   ("micheletti", "opposes", ["san_jose_accord", "zelaya"], "His delegation rejects the return of Zelaya"),
   ("brazil", "hosts", "zelaya", "he turns up inside the Brazilian embassy in Tegucigalpa"),
   ("lula", "leads", "brazil", "Lula's government said it hadn't planned it"),
   ("lula", "supports", "zelaya", "it gave him shelter and refused to hand him over"),
   ("chavez", "supports", "zelaya", "Zelaya's closest ally, was cheering from Caracas"),
   ("venezuela", "supports", "zelaya", "Zelaya's closest ally, was cheering from Caracas"),
   ("chavez", "leads", "venezuela", "Venezuela's Hugo Chávez"),
   ("us", "mediates", ["tsj_accord", "zelaya", "micheletti", "micheletti_gov"], "Washington sends Thomas Shannon"),
   ("shannon", "mediates", ["tsj_accord", "zelaya", "micheletti", "micheletti_gov"], "Washington sends Thomas Shannon"),
   ("micheletti_gov", "signs", "tsj_accord", "the two sides sign the Tegucigalpa-San José Accord"),
   ("micheletti_gov", "partyTo", "tsj_accord", "the two sides sign the Tegucigalpa-San José Accord"),
   ("zelaya", "partyTo", "tsj_accord", "the two sides sign the Tegucigalpa-San José Accord"),
   ("micheletti", "partyTo", "tsj_accord", "the two sides sign the Tegucigalpa-San José Accord"),
   ("lagos", "memberOf", "verification_commission", "led by the former Chilean president Ricardo Lagos"),
   ("solis", "memberOf", "verification_commission", "led by the former Chilean president Ricardo Lagos"),
   ("lagos", "monitors", "tsj_accord", "is meant to monitor compliance"),
   ("solis", "monitors", "tsj_accord", "is meant to monitor compliance"),
   ("us", "memberOf", "verification_commission", "the US labor secretary Hilda Solis"),
   ("zelaya", "criticizes", ["micheletti", "micheletti_gov"], "Zelaya declares the accord dead"),
   ("honduran_congress", "opposes", "tsj_accord", "it votes overwhelmingly not to restore him"),
   ("brazil", "opposes", "lobo", "refuses to"),
   ("argentina", "opposes", "lobo", "refuses to"),
   ("fernandez", "supports", "zelaya", "arranges safe passage for Zelaya to Santo Domingo"),
   ("dominican_republic", "hosts", "zelaya", "arranges safe passage for Zelaya to Santo Domingo"),
   ("zelaya", "withdrawsFrom", "honduras", "arranges safe passage for Zelaya to Santo Domingo"),
   ("lobo", "leads", "honduras_national_party", "Porfirio Lobo of the National Party wins."),
  ],
  [("zelaya", "participatesIn", "micheletti_gov", "Micheletti forms a so-called unity government without Zelaya's people"),
   ("zelaya", "memberOf", "micheletti_gov", "Micheletti forms a so-called unity government without Zelaya's people"),
   ("brazil", "supports", "lobo", "refuses to"),
   ("argentina", "supports", "lobo", "refuses to"),
   ("honduran_congress", "supports", "zelaya", "it votes overwhelmingly not to restore him"),
  ])

# ---------------------------------------------------------------- 011 Cameroon
A("canada", "Canada", S, "Canadian", "Government of Canada", "Ottawa")
A("joly", "Mélanie Joly", P, "Melanie Joly", "Joly", "Canadian Minister of Foreign Affairs, Mélanie Joly")
A("canada_process", "Canadian-facilitated peace process for Cameroon (2023)", NF, "peace process facilitated by Canada",
  "formal process to reach a peaceful settlement", "Canada-facilitated process")
A("amba_separatists", "Ambazonian separatist groups", AG, "Non-state armed groups", "NSAGs", "separatist groups",
  "Separatist groups", "Ambazonian separatists")
A("agovc", "Ambazonia Governing Council", PO, "AGovC")
A("adf_amba", "Ambazonia Defence Forces", AG, "ADF")
A("ig_ambazonia", "Interim Government of Ambazonia", G, "Ambazonia Interim Government")
A("bir", "Rapid Intervention Battalion", AG, "BIR", "Bataillon d'intervention rapide")
A("sadi", "René Emmanuel Sadi", P, "Rene Emmanuel Sadi", "Sadi")
A("ayaba", "Cho Ayaba", P, "Ayaba Cho Lucas", "Lucas Cho Ayaba", "Ayaba")
A("hd_centre", "Centre for Humanitarian Dialogue", O, "HD Centre", "Geneva-based Centre for Humanitarian Dialogue", "HD")
A("swiss_process", "Swiss-facilitated process for Cameroon (2019)", NF, "Swiss-facilitated initiative", "Swiss-led process")
A("major_national_dialogue", "Major National Dialogue", M, "Grand National Dialogue")
A("dion_ngute", "Joseph Dion Ngute", P, "Prime Minister Joseph Dion Ngute", "Dion Ngute")
A("msf", "Médecins Sans Frontières", O, "Medecins Sans Frontieres", "MSF", "Doctors Without Borders")
A("icrc", "International Committee of the Red Cross", O, "ICRC", "Red Cross")
A("ocha", "UN Office for the Coordination of Humanitarian Affairs", IO, "OCHA",
  "United Nations Office for the Coordination of Humanitarian Affairs")
A("cm_northwest", "North-West Region (Cameroon)", L, "North-West")
A("cm_southwest", "South-West Region (Cameroon)", L, "South-West")
A("bamenda", "Bamenda", L)
A("buea", "Buea", L)
A("ngo_consortium", "NGO Consortium (Cameroon)", O, "NGO Consortium")
D("011_cameroon_ngo_sitrep.txt",
  ["cameroon", "canada", "joly", "canada_process", "amba_separatists", "agovc", "adf_amba", "ig_ambazonia", "bir",
   "sadi", "ayaba", "switzerland", "hd_centre", "major_national_dialogue", "dion_ngute", "msf", "icrc", "ocha"],
  ["swiss_process", "nigeria", "cm_northwest", "cm_southwest", "bamenda", "buea", "un", "ngo_consortium"],
  [("joly", "memberOf", "canada", "the Canadian Minister of Foreign Affairs, Mélanie Joly"),
   ("cameroon", "opposes", ["canada_process", "canada"], "said that the Government had not entrusted any foreign country"),
   ("sadi", "memberOf", "cameroon", "the Minister of Communication and government spokesperson, René Emmanuel Sadi"),
   ("adf_amba", "memberOf", "agovc", "whose armed wing is the Ambazonia Defence Forces (ADF)"),
   ("bir", "memberOf", "cameroon", "Security operations by the Cameroonian armed forces, including the Rapid Intervention Battalion (BIR)"),
   ("cameroon", "attacks", "amba_separatists", "Security operations by the Cameroonian armed forces"),
   ("adf_amba", "attacks", "cameroon", "Separatist groups, including the ADF, also attacked army and gendarmerie positions."),
   ("switzerland", "mediates", ["swiss_process", "cameroon", "amba_separatists"], "an earlier Swiss-facilitated initiative"),
   ("hd_centre", "mediates", ["swiss_process", "cameroon", "amba_separatists"], "an earlier Swiss-facilitated initiative"),
   ("dion_ngute", "leads", "major_national_dialogue", "the Major National Dialogue chaired by Prime Minister Joseph Dion Ngute"),
   ("dion_ngute", "leads", "cameroon", "the Major National Dialogue chaired by Prime Minister Joseph Dion Ngute"),
   ("cameroon", "opposes", "msf", "since the authorities suspended its operations there"),
   ("ayaba", "leads", "agovc", "The AGovC's leader in the diaspora, Cho Ayaba"),
   ("ayaba", "supports", ["canada_process", "canada"], "Cho Ayaba, welcomed Ottawa's announcement"),
  ],
  [("canada", "mediates", ["canada_process", "cameroon", "amba_separatists", "agovc", "ig_ambazonia"], "and that Canada had accepted the role of facilitator"),
   ("joly", "mediates", ["canada_process", "cameroon", "amba_separatists"], "and that Canada had accepted the role of facilitator"),
   ("canada", "supports", "canada_process", "the Government of Canada announced a peace process facilitated by Canada"),
   ("joly", "supports", "canada_process", "and that Canada had accepted the role of facilitator"),
   ("agovc", "supports", "canada_process", "The groups named included the Ambazonia Governing Council"),
   ("ig_ambazonia", "supports", "canada_process", "The groups named included the Ambazonia Governing Council"),
   ("agovc", "memberOf", "amba_separatists", "The groups named included the Ambazonia Governing Council"),
   ("ig_ambazonia", "memberOf", "amba_separatists", "The groups named included the Ambazonia Governing Council"),
   ("adf_amba", "memberOf", "amba_separatists", "Separatist groups, including the ADF"),
   ("sadi", "opposes", ["canada_process", "canada"], "said that the Government had not entrusted any foreign country"),
   ("amba_separatists", "attacks", "cameroon", "Separatist groups, including the ADF, also attacked army and gendarmerie positions."),
   ("amba_separatists", "opposes", "cameroon", "fighting for the independence of \"Ambazonia\""),
   ("bir", "attacks", "amba_separatists", "Security operations by the Cameroonian armed forces"),
   ("bir", "deploysTo", "cm_northwest", "were reported in several divisions"),
   ("cameroon", "deploysTo", ["cm_northwest", "cm_southwest"], "were reported in several divisions"),
   ("agovc", "leads", "adf_amba", "whose armed wing is the Ambazonia Defence Forces (ADF)"),
   ("ayaba", "memberOf", "agovc", "The AGovC's leader in the diaspora, Cho Ayaba"),
   ("agovc", "supports", "canada", "Cho Ayaba, welcomed Ottawa's announcement"),
   ("switzerland", "supports", "swiss_process", "an earlier Swiss-facilitated initiative"),
   ("hd_centre", "supports", "swiss_process", "an earlier Swiss-facilitated initiative"),
   ("cameroon", "supports", "major_national_dialogue", "The government has instead pointed to the Major National Dialogue"),
   ("cameroon", "hosts", "major_national_dialogue", "The government has instead pointed to the Major National Dialogue"),
   ("dion_ngute", "memberOf", "cameroon", "the Major National Dialogue chaired by Prime Minister Joseph Dion Ngute"),
   ("msf", "deploysTo", "cm_northwest", "since the authorities suspended its operations there"),
   ("icrc", "deploysTo", ["bamenda", "buea"], "continued to support health facilities in Bamenda and Buea"),
   ("ocha", "memberOf", "un", "The UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
  ],
  [("cameroon", "negotiatesWith", ["amba_separatists", "agovc", "ig_ambazonia", "adf_amba"], "no meeting between government and separatist representatives had taken place"),
   ("cameroon", "participatesIn", "canada_process", "said that the Government had not entrusted any foreign country"),
  ])

# ---------------------------------------------------------------- 012 Bakassi
A("equatorial_guinea", "Equatorial Guinea", S)
A("icj_bakassi_case", "Land and Maritime Boundary between Cameroon and Nigeria (ICJ case)", M,
  "Land and Maritime Boundary between Cameroon and Nigeria", "Cameroon v. Nigeria")
A("bakassi", "Bakassi Peninsula", L, "Bakassi", "peninsula")
A("lake_chad", "Lake Chad area", L, "Lake Chad")
A("guillaume", "Gilbert Guillaume", P, "Judge Gilbert Guillaume", "Guillaume", "President Guillaume")
A("mbaye", "Kéba Mbaye", P, "Keba Mbaye", "Mbaye")
A("ajibola", "Bola Ajibola", P, "Ajibola")
A("anglo_german_1913", "Anglo-German Agreement of 11 March 1913", AGR, "Anglo-German Agreement", "1913 Agreement")
A("old_calabar", "Kings and Chiefs of Old Calabar", PO, "Old Calabar")
A("treaty_1884", "1884 treaty of protection (Old Calabar)", AGR, "1884 treaty of protection")
A("icj_judgment_2002", "ICJ Judgment of 10 October 2002 (Cameroon v. Nigeria)", AGR, "Judgment of 10 October 2002", "Judgment")
A("mixed_commission", "Cameroon-Nigeria Mixed Commission", NF, "Mixed Commission", "CNMC")
A("ould_abdallah", "Ahmedou Ould-Abdallah", P, "Ould-Abdallah", "Ahmedou Ould Abdallah")
A("obasanjo", "Olusegun Obasanjo", P, "President Olusegun Obasanjo", "Obasanjo")
A("biya", "Paul Biya", P, "President Paul Biya", "Biya")
A("greentree_agreement", "Greentree Agreement (12 June 2006)", AGR, "Greentree Agreement")
A("nigerian_senate", "Nigerian Senate", PO, "Senate of Nigeria")
A("greentree", "Greentree", L, "Greentree estate")
A("new_york", "New York", L)
D("012_bakassi_icj_summary.txt",
  ["icj", "cameroon", "nigeria", "equatorial_guinea", "icj_bakassi_case", "bakassi", "lake_chad", "guillaume", "mbaye",
   "ajibola", "uk", "germany", "france", "us", "anglo_german_1913", "icj_judgment_2002", "annan", "mixed_commission",
   "ould_abdallah", "obasanjo", "biya", "greentree_agreement", "nigerian_senate"],
  ["old_calabar", "treaty_1884", "greentree", "new_york", "un", "un_sg"],
  [("cameroon", "opposes", "nigeria", "the Republic of Cameroon instituted proceedings against the Federal Republic of Nigeria"),
   ("equatorial_guinea", "participatesIn", "icj_bakassi_case", "it authorised Equatorial Guinea to intervene"),
   ("guillaume", "leads", "icj", "presided over by Judge Gilbert Guillaume"),
   ("mbaye", "memberOf", "icj", "sat with two judges ad hoc"),
   ("ajibola", "memberOf", "icj", "sat with two judges ad hoc"),
   ("nigeria", "withdrawsFrom", "bakassi", "Nigeria withdrew its troops from the peninsula in stages"),
   ("ould_abdallah", "leads", "mixed_commission", "chaired by his Special Representative, Ahmedou Ould-Abdallah"),
   ("mixed_commission", "monitors", "icj_judgment_2002", "to implement the Judgment"),
   ("obasanjo", "signs", "greentree_agreement", "President Olusegun Obasanjo of Nigeria and President Paul Biya of Cameroon signed the Greentree Agreement"),
   ("biya", "signs", "greentree_agreement", "President Olusegun Obasanjo of Nigeria and President Paul Biya of Cameroon signed the Greentree Agreement"),
   ("obasanjo", "leads", "nigeria", "President Olusegun Obasanjo of Nigeria"),
   ("biya", "leads", "cameroon", "President Paul Biya of Cameroon"),
   ("annan", "mediates", ["greentree_agreement", "cameroon", "nigeria"], "with Mr. Annan as mediator"),
   ("nigerian_senate", "opposes", "greentree_agreement", "which in 2007 condemned the Greentree Agreement as unconstitutional"),
  ],
  [("cameroon", "partyTo", "icj_bakassi_case", "On 29 March 1994 the Republic of Cameroon instituted proceedings"),
   ("nigeria", "partyTo", "icj_bakassi_case", "On 29 March 1994 the Republic of Cameroon instituted proceedings"),
   ("cameroon", "participatesIn", "icj_bakassi_case", "On 29 March 1994 the Republic of Cameroon instituted proceedings"),
   ("nigeria", "participatesIn", "icj_bakassi_case", "On 29 March 1994 the Republic of Cameroon instituted proceedings"),
   ("icj", "hosts", "icj_bakassi_case", "By a Judgment of 11 June 1998 the Court rejected most of Nigeria's preliminary objections."),
   ("icj", "leads", "icj_bakassi_case", "By a Judgment of 11 June 1998 the Court rejected most of Nigeria's preliminary objections."),
   ("cameroon", "supports", "mbaye", "Kéba Mbaye, chosen by Cameroon"),
   ("nigeria", "supports", "ajibola", "Bola Ajibola, chosen by Nigeria"),
   ("mbaye", "participatesIn", "icj_bakassi_case", "sat with two judges ad hoc"),
   ("ajibola", "participatesIn", "icj_bakassi_case", "sat with two judges ad hoc"),
   ("guillaume", "memberOf", "icj", "presided over by Judge Gilbert Guillaume"),
   ("nigeria", "deploysTo", ["lake_chad", "bakassi"], "Nigeria's presence in villages on the Cameroonian side did not create title"),
   ("uk", "signs", "anglo_german_1913", "by the Anglo-German Agreement of 11 March 1913"),
   ("germany", "signs", "anglo_german_1913", "by the Anglo-German Agreement of 11 March 1913"),
   ("nigeria", "opposes", "anglo_german_1913", "Nigeria argued that Great Britain could not"),
   ("old_calabar", "partyTo", "treaty_1884", "under an 1884 treaty of protection"),
   ("uk", "partyTo", "treaty_1884", "under an 1884 treaty of protection"),
   ("icj", "supports", "anglo_german_1913", "holding that the 1913 Agreement was valid and applicable"),
   ("icj", "opposes", "nigeria", "it rejected Nigeria's claim based on historical consolidation"),
   ("nigeria", "withdrawsFrom", "lake_chad", "to withdraw its administration and its military and police forces"),
   ("cameroon", "guarantees", "bakassi", "Cameroon's undertaking to continue to afford protection"),
   ("nigeria", "criticizes", "cameroon", "it rejected Nigeria's counter-claims"),
   ("annan", "leads", "mixed_commission", "Secretary-General Kofi Annan established the Cameroon-Nigeria Mixed Commission"),
   ("annan", "supports", "mixed_commission", "Secretary-General Kofi Annan established the Cameroon-Nigeria Mixed Commission"),
   ("annan", "mediates", "mixed_commission", "Secretary-General Kofi Annan established the Cameroon-Nigeria Mixed Commission"),
   ("annan", "memberOf", "un", "Secretary-General Kofi Annan"),
   ("ould_abdallah", "memberOf", ["un", "un_sg"], "chaired by his Special Representative, Ahmedou Ould-Abdallah"),
   ("cameroon", "memberOf", "mixed_commission", "At the request of the two Presidents"),
   ("nigeria", "memberOf", "mixed_commission", "At the request of the two Presidents"),
   ("obasanjo", "supports", "mixed_commission", "At the request of the two Presidents"),
   ("biya", "supports", "mixed_commission", "At the request of the two Presidents"),
   ("cameroon", "negotiatesWith", "nigeria", "After several summits"),
   ("obasanjo", "negotiatesWith", "biya", "After several summits"),
   ("nigeria", "signs", "greentree_agreement", "President Olusegun Obasanjo of Nigeria and President Paul Biya of Cameroon signed the Greentree Agreement"),
   ("cameroon", "signs", "greentree_agreement", "President Olusegun Obasanjo of Nigeria and President Paul Biya of Cameroon signed the Greentree Agreement"),
   ("nigeria", "partyTo", "greentree_agreement", "President Olusegun Obasanjo of Nigeria and President Paul Biya of Cameroon signed the Greentree Agreement"),
   ("cameroon", "partyTo", "greentree_agreement", "President Olusegun Obasanjo of Nigeria and President Paul Biya of Cameroon signed the Greentree Agreement"),
   ("greentree", "hosts", "greentree_agreement", "signed the Greentree Agreement at Greentree, near New York"),
   ("un", "mediates", "greentree_agreement", "with Mr. Annan as mediator"),
   ("germany", "signs", "greentree_agreement", "as witness States"),
   ("france", "signs", "greentree_agreement", "as witness States"),
   ("uk", "signs", "greentree_agreement", "as witness States"),
   ("us", "signs", "greentree_agreement", "as witness States"),
   ("germany", "guarantees", "greentree_agreement", "as witness States"),
   ("france", "guarantees", "greentree_agreement", "as witness States"),
   ("uk", "guarantees", "greentree_agreement", "as witness States"),
   ("us", "guarantees", "greentree_agreement", "as witness States"),
   ("germany", "participatesIn", "greentree_agreement", "as witness States"),
   ("france", "participatesIn", "greentree_agreement", "as witness States"),
   ("uk", "participatesIn", "greentree_agreement", "as witness States"),
   ("us", "participatesIn", "greentree_agreement", "as witness States"),
   ("nigerian_senate", "memberOf", "nigeria", "The Nigerian Senate"),
  ],
  [("equatorial_guinea", "partyTo", "icj_bakassi_case", "Equatorial Guinea did not, however, become a party to the case."),
   ("nigerian_senate", "supports", "greentree_agreement", "never ratified it"),
   ("nigerian_senate", "signs", "greentree_agreement", "never ratified it"),
  ])

# ---------------------------------------------------------------- 013 Erdut
A("erdut_agreement", "Erdut Agreement", AGR, "Basic Agreement on the Region of Eastern Slavonia, Baranja and Western Sirmium",
  "Basic Agreement", "Erdut Basic Agreement")
A("croatia", "Croatia", S, "Republic of Croatia", "Croatian")
A("croatia_gov", "Government of the Republic of Croatia", G, "Croatian government", "Government of Croatia")
A("serb_community", "local Serb community", PO, "local Serb leadership", "local Serbs", "Serb community")
A("eastern_slavonia", "Eastern Slavonia, Baranja and Western Sirmium", L, "Region", "Eastern Slavonia")
A("icfy", "International Conference on the Former Yugoslavia", NF, "ICFY",
  "Steering Committee of the International Conference on the Former Yugoslavia")
A("untaes", "United Nations Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium", IO, "UNTAES",
  "Transitional Administration")
A("intl_force_erdut", "international force (Eastern Slavonia)", AG, "international force")
A("sarinic", "Hrvoje Šarinić", P, "Hrvoje Sarinic", "Šarinić", "Sarinic")
A("milanovic", "Milan Milanović", P, "Milan Milanovic", "Milanović", "Milanovic")
A("galbraith", "Peter W. Galbraith", P, "Peter Galbraith", "Galbraith")
A("stoltenberg", "Thorvald Stoltenberg", P, "Stoltenberg")
A("tudjman", "Franjo Tudjman", P, "Franjo Tuđman", "Tudjman", "Tuđman")
A("fry", "Federal Republic of Yugoslavia", S, "FRY", "Yugoslavia")
A("dayton_talks", "Dayton talks (1995)", M, "Dayton talks", "Dayton peace talks")
A("res_1037", "UN Security Council resolution 1037 (1996)", AGR, "resolution 1037 (1996)", "resolution 1037")
A("klein", "Jacques Paul Klein", P, "Klein", "Transitional Administrator Jacques Paul Klein")
A("erdut", "Erdut", L)
A("zagreb", "Zagreb", L)
D("013_erdut_treaty.txt",
  ["erdut_agreement", "croatia", "croatia_gov", "serb_community", "eastern_slavonia", "icfy", "us", "unsc", "untaes",
   "osce", "sarinic", "milanovic", "galbraith", "stoltenberg", "tudjman", "fry", "klein"],
  ["intl_force_erdut", "dayton_talks", "res_1037", "erdut", "zagreb", "un"],
  [("sarinic", "signs", "erdut_agreement", "For the Government of the Republic of Croatia:\n(signed) Hrvoje Šarinić"),
   ("milanovic", "signs", "erdut_agreement", "For the local Serb community:\n(signed) Milan Milanović"),
   ("sarinic", "memberOf", "croatia_gov", "For the Government of the Republic of Croatia:\n(signed) Hrvoje Šarinić"),
   ("milanovic", "memberOf", "serb_community", "For the local Serb community:\n(signed) Milan Milanović"),
   ("croatia_gov", "partyTo", "erdut_agreement", "For the Government of the Republic of Croatia:\n(signed) Hrvoje Šarinić"),
   ("serb_community", "partyTo", "erdut_agreement", "For the local Serb community:\n(signed) Milan Milanović"),
   ("icfy", "mediates", ["erdut_agreement", "croatia_gov", "serb_community"], "whose representatives facilitated these negotiations"),
   ("us", "mediates", ["erdut_agreement", "croatia_gov", "serb_community"], "whose representatives facilitated these negotiations"),
   ("galbraith", "memberOf", "us", "Peter W. Galbraith, Ambassador of the United States of America to the Republic of Croatia"),
   ("stoltenberg", "leads", "icfy", "Thorvald Stoltenberg, Co-Chairman of the Steering Committee"),
   ("klein", "leads", "untaes", "headed by the Transitional Administrator Jacques Paul Klein"),
   ("untaes", "deploysTo", "eastern_slavonia", "with a military component that deployed to the Region"),
   ("tudjman", "leads", ["croatia", "croatia_gov"], "the Croatian President, Franjo Tudjman"),
   ("fry", "supports", ["erdut_agreement", "serb_community"], "though it had encouraged the local Serb leadership to accept the text"),
  ],
  [("croatia_gov", "signs", "erdut_agreement", "For the Government of the Republic of Croatia:\n(signed) Hrvoje Šarinić"),
   ("serb_community", "signs", "erdut_agreement", "For the local Serb community:\n(signed) Milan Milanović"),
   ("croatia", "signs", "erdut_agreement", "For the Government of the Republic of Croatia:\n(signed) Hrvoje Šarinić"),
   ("croatia", "partyTo", "erdut_agreement", "For the Government of the Republic of Croatia:\n(signed) Hrvoje Šarinić"),
   ("sarinic", "memberOf", "croatia", "For the Government of the Republic of Croatia:\n(signed) Hrvoje Šarinić"),
   ("croatia_gov", "negotiatesWith", "serb_community", "whose representatives facilitated these negotiations"),
   ("icfy", "supports", "erdut_agreement", "Welcoming the efforts of the International Conference on the Former Yugoslavia"),
   ("us", "supports", "erdut_agreement", "Welcoming the efforts of the International Conference on the Former Yugoslavia"),
   ("galbraith", "signs", "erdut_agreement", "(signed) Peter W. Galbraith"),
   ("stoltenberg", "signs", "erdut_agreement", "(signed) Thorvald Stoltenberg"),
   ("galbraith", "mediates", ["erdut_agreement", "croatia_gov", "serb_community"], "(signed) Peter W. Galbraith"),
   ("stoltenberg", "mediates", ["erdut_agreement", "croatia_gov", "serb_community"], "(signed) Thorvald Stoltenberg"),
   ("galbraith", "participatesIn", "erdut_agreement", "(signed) Peter W. Galbraith"),
   ("stoltenberg", "participatesIn", "erdut_agreement", "(signed) Thorvald Stoltenberg"),
   ("stoltenberg", "memberOf", "icfy", "Thorvald Stoltenberg, Co-Chairman of the Steering Committee"),
   ("croatia_gov", "supports", "untaes", "The United Nations Security Council is requested to establish a Transitional Administration"),
   ("serb_community", "supports", "untaes", "The United Nations Security Council is requested to establish a Transitional Administration"),
   ("untaes", "leads", "eastern_slavonia", "which shall govern the Region during the transitional period"),
   ("intl_force_erdut", "deploysTo", "eastern_slavonia", "The Security Council is requested to authorize an international force to be deployed to the Region"),
   ("intl_force_erdut", "monitors", "erdut_agreement", "otherwise to assist in the implementation of this Agreement"),
   ("serb_community", "withdrawsFrom", "eastern_slavonia", "shall be withdrawn from the Region"),
   ("osce", "monitors", ["erdut_agreement", "eastern_slavonia"], "The Organization for Security and Co-operation in Europe is invited to observe them."),
   ("untaes", "monitors", "erdut_agreement", "Elections for all local government bodies shall be organized by the Transitional Administration"),
   ("croatia_gov", "participatesIn", "dayton_talks", "The Agreement was negotiated in parallel with the Dayton talks"),
   ("tudjman", "supports", "erdut_agreement", "authorised Šarinić to sign"),
   ("unsc", "leads", "untaes", "the Security Council established the United Nations Transitional Administration"),
   ("unsc", "supports", "untaes", "the Security Council established the United Nations Transitional Administration"),
   ("unsc", "supports", "res_1037", "By resolution 1037 (1996) of 15 January 1996"),
   ("untaes", "memberOf", "un", "the Security Council established the United Nations Transitional Administration"),
   ("klein", "memberOf", "untaes", "headed by the Transitional Administrator Jacques Paul Klein"),
   ("untaes", "withdrawsFrom", "eastern_slavonia", "The Region was returned to full Croatian authority on 15 January 1998."),
   ("erdut", "hosts", "erdut_agreement", "Done at Erdut and at Zagreb on 12 November 1995."),
   ("zagreb", "hosts", "erdut_agreement", "Done at Erdut and at Zagreb on 12 November 1995."),
  ],
  [("fry", "signs", "erdut_agreement", "did not sign it"),
   ("fry", "partyTo", "erdut_agreement", "did not sign it"),
  ])

# ---------------------------------------------------------------- 014 Venezuela
A("venezuela_gov", "Government of Venezuela (Maduro)", G, "Venezuelan government", "President Nicolás Maduro's government",
  "Maduro's government", "Maduro government")
A("unitary_platform", "Unitary Platform", PO, "opposition Unitary Platform", "Plataforma Unitaria", "opposition",
  "Unitary Platform of Venezuela")
A("barbados_agreement", "Barbados Agreement (17 October 2023)", AGR, "Barbados agreement", "Barbados agreements",
  "Barbados deal", "Barbados text", "partial agreements", "Partial Agreement on the Promotion of Political Rights and Electoral Guarantees for All")
A("bridgetown_meeting", "Bridgetown meeting (17 October 2023)", M, "Bridgetown meeting", "Barbados negotiations", "Barbados talks")
A("rodriguez", "Jorge Rodríguez", P, "Jorge Rodriguez", "Rodríguez", "Rodriguez")
A("maduro", "Nicolás Maduro", P, "Nicolas Maduro", "President Nicolás Maduro", "Maduro")
A("blyde", "Gerardo Blyde", P, "Blyde")
A("norway", "Norway", S, "Norwegian")
A("nylander", "Dag Nylander", P, "Nylander")
A("oslo_talks", "Oslo contacts of 2019", M, "Oslo contacts", "Oslo talks")
A("barbados", "Barbados", S)
A("mottley", "Mia Mottley", P, "Mottley")
A("netherlands", "Netherlands", S, "the Netherlands", "Dutch")
A("mexico_round", "Mexico City round of talks (2021-2022)", M, "Mexico City round", "Mexico City talks")
A("mou_2021", "Memorandum of understanding of August 2021 (Mexico City)", AGR, "memorandum of understanding")
A("social_agreement_2022", "Social agreement of November 2022 (Mexico City)", AGR, "social agreement", "limited social agreement")
A("saab", "Alex Saab", P, "Saab")
A("cape_verde", "Cape Verde", S, "Cabo Verde")
A("us_treasury", "US Treasury", G, "US Department of the Treasury", "Treasury")
A("blinken", "Antony Blinken", P, "Secretary of State Antony Blinken", "Blinken")
A("machado", "María Corina Machado", P, "Maria Corina Machado", "Machado")
A("cne_venezuela", "National Electoral Council (Venezuela)", O, "National Electoral Council", "CNE")
A("comptroller_venezuela", "Comptroller General of Venezuela", O, "Comptroller General")
A("tsj_venezuela", "Supreme Court of Venezuela", O, "Supreme Court", "Supreme Tribunal of Justice", "TSJ")
A("guyana", "Guyana", S, "Guyanese")
A("venezuela_na", "National Assembly of Venezuela", PO, "National Assembly")
A("essequibo", "Essequibo", L, "Essequibo region")
A("bridgetown", "Bridgetown", L)
D("014_venezuela_newsletter.txt",
  ["venezuela", "venezuela_gov", "unitary_platform", "barbados_agreement", "bridgetown_meeting", "rodriguez", "maduro",
   "blyde", "norway", "nylander", "barbados", "mottley", "russia", "netherlands", "mexico_round", "saab", "us",
   "us_treasury", "blinken", "machado", "tsj_venezuela", "guyana", "eu", "un", "venezuela_na"],
  ["essequibo", "oslo_talks", "mou_2021", "social_agreement_2022", "cape_verde", "cne_venezuela",
   "comptroller_venezuela", "icj", "doha", "bridgetown"],
  [("venezuela_gov", "negotiatesWith", "unitary_platform", "the Venezuelan government and the opposition Unitary Platform met in Bridgetown"),
   ("venezuela_gov", "signs", "barbados_agreement", "the Venezuelan government and the opposition Unitary Platform met in Bridgetown"),
   ("unitary_platform", "signs", "barbados_agreement", "the Venezuelan government and the opposition Unitary Platform met in Bridgetown"),
   ("rodriguez", "signs", "barbados_agreement", "Jorge Rodríguez, president of the National Assembly, signed for"),
   ("blyde", "signs", "barbados_agreement", "Gerardo Blyde signed for the Unitary Platform"),
   ("rodriguez", "memberOf", "venezuela_gov", "signed for President Nicolás Maduro's government"),
   ("blyde", "memberOf", "unitary_platform", "Gerardo Blyde signed for the Unitary Platform"),
   ("rodriguez", "leads", "venezuela_na", "Jorge Rodríguez, president of the National Assembly"),
   ("maduro", "leads", ["venezuela_gov", "venezuela"], "signed for President Nicolás Maduro's government"),
   ("norway", "mediates", ["barbados_agreement", "bridgetown_meeting", "venezuela_gov", "unitary_platform"], "The talks were again facilitated by Norway"),
   ("nylander", "memberOf", "norway", "whose envoy Dag Nylander"),
   ("barbados", "hosts", "bridgetown_meeting", "and were hosted by Barbados"),
   ("mottley", "leads", "barbados", "whose Prime Minister, Mia Mottley"),
   ("russia", "supports", "venezuela_gov", "which accompany the government and the opposition respectively"),
   ("netherlands", "supports", "unitary_platform", "which accompany the government and the opposition respectively"),
   ("venezuela_gov", "withdrawsFrom", "mexico_round", "was suspended by the government two months later"),
   ("blinken", "memberOf", "us", "Secretary of State Antony Blinken said the relief would be reversed"),
   ("us", "negotiatesWith", ["rodriguez", "venezuela_gov"], "US officials had met Rodríguez in Doha"),
   ("unitary_platform", "criticizes", "tsj_venezuela", "a move the Unitary Platform denounced as a breach of the Barbados text"),
   ("rodriguez", "criticizes", "unitary_platform", "Rodríguez, for his part, accused the opposition of fraud."),
   ("guyana", "criticizes", "venezuela", "Guyana has protested against Venezuela's plan to hold a referendum"),
   ("eu", "supports", "barbados_agreement", "The European Union welcomed the Barbados agreements"),
  ],
  [("venezuela_gov", "participatesIn", "bridgetown_meeting", "the Venezuelan government and the opposition Unitary Platform met in Bridgetown"),
   ("unitary_platform", "participatesIn", "bridgetown_meeting", "the Venezuelan government and the opposition Unitary Platform met in Bridgetown"),
   ("venezuela_gov", "partyTo", "barbados_agreement", "the Venezuelan government and the opposition Unitary Platform met in Bridgetown"),
   ("unitary_platform", "partyTo", "barbados_agreement", "the Venezuelan government and the opposition Unitary Platform met in Bridgetown"),
   ("eu", "monitors", "barbados_agreement", "invites electoral observation missions from the European Union and the United Nations"),
   ("un", "monitors", "barbados_agreement", "invites electoral observation missions from the European Union and the United Nations"),
   ("venezuela", "opposes", "guyana", "Venezuela's claim to the Essequibo region"),
   ("bridgetown", "hosts", ["bridgetown_meeting", "barbados_agreement"], "met in Bridgetown on 17 October"),
   ("rodriguez", "participatesIn", "bridgetown_meeting", "Jorge Rodríguez, president of the National Assembly, signed for"),
   ("blyde", "participatesIn", "bridgetown_meeting", "Gerardo Blyde signed for the Unitary Platform"),
   ("rodriguez", "leads", "venezuela_gov", "signed for President Nicolás Maduro's government"),
   ("blyde", "leads", "unitary_platform", "Gerardo Blyde signed for the Unitary Platform"),
   ("rodriguez", "negotiatesWith", "blyde", "Gerardo Blyde signed for the Unitary Platform"),
   ("nylander", "mediates", ["barbados_agreement", "bridgetown_meeting", "oslo_talks"], "whose envoy Dag Nylander has followed the process"),
   ("norway", "mediates", "oslo_talks", "since the Oslo contacts of 2019"),
   ("barbados", "hosts", "barbados_agreement", "and were hosted by Barbados"),
   ("mottley", "hosts", "bridgetown_meeting", "opened the ceremony"),
   ("russia", "participatesIn", "bridgetown_meeting", "sent representatives"),
   ("netherlands", "participatesIn", "bridgetown_meeting", "sent representatives"),
   ("russia", "allyOf", "venezuela_gov", "which accompany the government and the opposition respectively"),
   ("venezuela_gov", "participatesIn", "mexico_round", "the Mexico City round, launched with a memorandum of understanding in August 2021"),
   ("unitary_platform", "participatesIn", "mexico_round", "the Mexico City round, launched with a memorandum of understanding in August 2021"),
   ("venezuela_gov", "signs", ["mou_2021", "social_agreement_2022"], "the negotiators signed a limited social agreement"),
   ("unitary_platform", "signs", ["mou_2021", "social_agreement_2022"], "the negotiators signed a limited social agreement"),
   ("us_treasury", "supports", ["venezuela", "barbados_agreement"], "issued a six-month licence"),
   ("us", "supports", "barbados_agreement", "Washington responded within a day."),
   ("us_treasury", "memberOf", "us", "the US Treasury issued a six-month licence"),
   ("blinken", "criticizes", "venezuela_gov", "said the relief would be reversed if Caracas failed"),
   ("us", "opposes", "venezuela_gov", "said the relief would be reversed if Caracas failed"),
   ("machado", "memberOf", "unitary_platform", "María Corina Machado won more than 90 per cent of the vote."),
   ("comptroller_venezuela", "opposes", "machado", "remains barred from holding office by a ruling of the Comptroller General"),
   ("tsj_venezuela", "opposes", ["unitary_platform", "machado"], "the Supreme Court suspended the effects of the primary"),
   ("tsj_venezuela", "memberOf", ["venezuela", "venezuela_gov"], "the Supreme Court suspended the effects of the primary"),
   ("rodriguez", "criticizes", "machado", "accused the opposition of fraud"),
   ("guyana", "opposes", "venezuela_gov", "Guyana has protested against Venezuela's plan"),
  ],
  [("us", "partyTo", "barbados_agreement", "The United States is not a party to the Barbados agreement"),
   ("us", "signs", "barbados_agreement", "The United States is not a party to the Barbados agreement"),
   ("machado", "participatesIn", "bridgetown_meeting", "who did not take part in the Barbados negotiations"),
  ])

# ---------------------------------------------------------------- 015 Armenia-Turkey
A("armenia", "Armenia", S, "Armenian", "Republic of Armenia", "Yerevan")
A("nalbandian", "Edward Nalbandian", P, "Nalbandian")
A("davutoglu", "Ahmet Davutoğlu", P, "Ahmet Davutoglu", "Davutoglu", "Davutoğlu")
A("zurich_protocols", "Zurich Protocols (10 October 2009)", AGR, "Zurich Protocols", "protocols", "Swiss-mediated protocols",
  "Protocol on the Establishment of Diplomatic Relations", "Protocol on the Development of Relations",
  "protocols on normalisation")
A("zurich_ceremony", "Zurich signing ceremony (10 October 2009)", M, "ceremony at the University of Zurich",
  "Zurich signing ceremony", "signing ceremony in Zurich")
A("calmy_rey", "Micheline Calmy-Rey", P, "Calmy-Rey", "Swiss Foreign Minister Micheline Calmy-Rey")
A("lavrov", "Sergei Lavrov", P, "Lavrov", "Russian Foreign Minister Sergei Lavrov")
A("kouchner", "Bernard Kouchner", P, "Kouchner", "French Foreign Minister Bernard Kouchner")
A("minsk_group", "OSCE Minsk Group", NF, "Minsk Group", "co-chairs")
A("azerbaijan", "Azerbaijan", S, "Azerbaijani")
A("az_mfa", "Azerbaijani Foreign Ministry", G, "Azerbaijani Ministry of Foreign Affairs", "Foreign Ministry of Azerbaijan")
A("nagorno_karabakh", "Nagorno-Karabakh", L, "Karabakh")
A("occupied_az_territory", "occupied Azerbaijani territory", L, "occupied territories")
A("sargsyan", "Serzh Sargsyan", P, "President Serzh Sargsyan", "Sargsyan")
A("arf", "Armenian Revolutionary Federation", PO, "ARF", "Dashnaktsutyun", "Armenian Revolutionary Federation (Dashnaktsutyun)")
A("armenian_coalition", "Armenian governing coalition", G, "governing coalition")
A("diaspora_orgs", "Armenian diaspora organisations", O, "Diaspora organisations")
A("erdogan", "Recep Tayyip Erdoğan", P, "Recep Tayyip Erdogan", "Prime Minister Recep Tayyip Erdogan", "Erdogan", "Erdoğan")
A("turkish_parliament", "Grand National Assembly of Turkey", PO, "Turkey's parliament", "Turkish parliament")
A("armenian_cc", "Constitutional Court of Armenia", O, "Armenian Constitutional Court")
A("zurich", "Zurich", L, "University of Zurich")
D("015_armenia_turkey_cable.txt",
  ["armenia", "turkey", "nalbandian", "davutoglu", "zurich_protocols", "switzerland", "calmy_rey", "zurich_ceremony",
   "clinton", "us", "lavrov", "russia", "kouchner", "france", "solana", "eu", "minsk_group", "azerbaijan", "az_mfa",
   "nagorno_karabakh", "sargsyan", "arf", "erdogan", "turkish_parliament", "armenian_cc"],
  ["osce", "armenian_coalition", "diaspora_orgs", "occupied_az_territory", "zurich"],
  [("nalbandian", "signs", "zurich_protocols", "Foreign Ministers Edward Nalbandian of Armenia and Ahmet Davutoglu of Turkey signed"),
   ("davutoglu", "signs", "zurich_protocols", "Foreign Ministers Edward Nalbandian of Armenia and Ahmet Davutoglu of Turkey signed"),
   ("nalbandian", "memberOf", "armenia", "Foreign Ministers Edward Nalbandian of Armenia"),
   ("davutoglu", "memberOf", "turkey", "Ahmet Davutoglu of Turkey"),
   ("switzerland", "mediates", ["zurich_protocols", "armenia", "turkey"], "were negotiated over two years with Switzerland as mediator"),
   ("calmy_rey", "hosts", "zurich_ceremony", "Swiss Foreign Minister Micheline Calmy-Rey hosted the ceremony."),
   ("calmy_rey", "memberOf", "switzerland", "Swiss Foreign Minister Micheline Calmy-Rey hosted the ceremony."),
   ("clinton", "memberOf", "us", "US Secretary of State Hillary Clinton intervened with the Armenian delegation"),
   ("clinton", "mediates", ["zurich_protocols", "zurich_ceremony", "armenia", "turkey", "nalbandian", "davutoglu"],
    "resolved only after US Secretary of State Hillary Clinton intervened"),
   ("clinton", "participatesIn", "zurich_ceremony", "attended as witnesses"),
   ("lavrov", "participatesIn", "zurich_ceremony", "attended as witnesses"),
   ("kouchner", "participatesIn", "zurich_ceremony", "attended as witnesses"),
   ("solana", "participatesIn", "zurich_ceremony", "attended as witnesses"),
   ("lavrov", "memberOf", "russia", "Russian Foreign Minister Sergei Lavrov"),
   ("kouchner", "memberOf", "france", "French Foreign Minister Bernard Kouchner"),
   ("solana", "memberOf", "eu", "EU High Representative Javier Solana"),
   ("russia", "memberOf", "minsk_group", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("france", "memberOf", "minsk_group", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("us", "memberOf", "minsk_group", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("turkey", "supports", "azerbaijan", "closed by Ankara in 1993 in solidarity with Azerbaijan"),
   ("sargsyan", "leads", "armenia", "President Serzh Sargsyan defended the protocols"),
   ("sargsyan", "supports", "zurich_protocols", "President Serzh Sargsyan defended the protocols"),
   ("arf", "opposes", "zurich_protocols", "condemned the signing as a betrayal"),
   ("erdogan", "leads", "turkey", "Prime Minister Recep Tayyip Erdogan said on 11 October"),
   ("az_mfa", "criticizes", "turkey", "The Azerbaijani Foreign Ministry criticised Turkey for signing"),
   ("armenia", "signs", "zurich_protocols", "Both governments have signed but neither has ratified."),
   ("turkey", "signs", "zurich_protocols", "Both governments have signed but neither has ratified."),
  ],
  [("armenia", "partyTo", "zurich_protocols", "Both governments have signed but neither has ratified."),
   ("turkey", "partyTo", "zurich_protocols", "Both governments have signed but neither has ratified."),
   ("armenia", "negotiatesWith", "turkey", "were negotiated over two years with Switzerland as mediator"),
   ("nalbandian", "negotiatesWith", "davutoglu", "Clinton spent much of the afternoon in her car and on the telephone with both ministers."),
   ("nalbandian", "participatesIn", "zurich_ceremony", "signed the two Swiss-mediated protocols on normalisation at a ceremony"),
   ("davutoglu", "participatesIn", "zurich_ceremony", "signed the two Swiss-mediated protocols on normalisation at a ceremony"),
   ("switzerland", "hosts", "zurich_ceremony", "Swiss Foreign Minister Micheline Calmy-Rey hosted the ceremony."),
   ("zurich", "hosts", "zurich_ceremony", "at a ceremony at the University of Zurich"),
   ("calmy_rey", "mediates", ["zurich_protocols", "armenia", "turkey"], "Swiss Foreign Minister Micheline Calmy-Rey hosted the ceremony."),
   ("us", "mediates", ["zurich_protocols", "armenia", "turkey"], "resolved only after US Secretary of State Hillary Clinton intervened"),
   ("turkey", "allyOf", "azerbaijan", "closed by Ankara in 1993 in solidarity with Azerbaijan"),
   ("turkey", "opposes", "armenia", "closed by Ankara in 1993 in solidarity with Azerbaijan"),
   ("russia", "leads", "minsk_group", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("france", "leads", "minsk_group", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("us", "leads", "minsk_group", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("minsk_group", "memberOf", "osce", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("minsk_group", "supports", "zurich_protocols", "was read here as a signal of support from the co-chairs"),
   ("russia", "supports", "zurich_protocols", "was read here as a signal of support from the co-chairs"),
   ("france", "supports", "zurich_protocols", "was read here as a signal of support from the co-chairs"),
   ("minsk_group", "mediates", "nagorno_karabakh", "whose countries co-chair the OSCE Minsk Group with the United States"),
   ("nalbandian", "opposes", "davutoglu", "He refused to leave his hotel."),
   ("arf", "withdrawsFrom", "armenian_coalition", "which left the governing coalition in April over the process"),
   ("arf", "criticizes", "sargsyan", "condemned the signing as a betrayal"),
   ("diaspora_orgs", "opposes", "zurich_protocols", "Diaspora organisations in France and the United States also opposed the texts"),
   ("diaspora_orgs", "criticizes", "sargsyan", "demonstrators heckled Sargsyan"),
   ("erdogan", "opposes", "zurich_protocols", "that Turkey's parliament would not approve the protocols unless Armenia withdrew"),
   ("turkish_parliament", "opposes", "zurich_protocols", "that Turkey's parliament would not approve the protocols unless Armenia withdrew"),
   ("erdogan", "criticizes", "armenia", "that Turkey's parliament would not approve the protocols unless Armenia withdrew"),
   ("az_mfa", "memberOf", "azerbaijan", "The Azerbaijani Foreign Ministry criticised Turkey for signing"),
   ("azerbaijan", "criticizes", "turkey", "The Azerbaijani Foreign Ministry criticised Turkey for signing"),
   ("az_mfa", "opposes", "zurich_protocols", "warned that opening the border before a settlement would harm the peace process"),
   ("armenian_cc", "monitors", "zurich_protocols", "the Armenian Constitutional Court must still review the texts"),
   ("armenia", "opposes", "erdogan", "Erdogan's linkage to Karabakh is precisely what Yerevan says it never agreed to"),
  ],
  [("clinton", "signs", "zurich_protocols", "they did not sign"),
   ("lavrov", "signs", "zurich_protocols", "they did not sign"),
   ("kouchner", "signs", "zurich_protocols", "they did not sign"),
   ("solana", "signs", "zurich_protocols", "they did not sign"),
   ("arf", "memberOf", "armenian_coalition", "which left the governing coalition in April over the process"),
  ])

# ---------------------------------------------------------------- 016 Nicaragua
A("sandinista_gov", "Sandinista government of Nicaragua", G, "Sandinista government", "Sandinistas", "FSLN government")
A("daniel_ortega", "Daniel Ortega", P, "Ortega", "President Daniel Ortega")
A("humberto_ortega", "Humberto Ortega", P, "Defence Minister Humberto Ortega")
A("contras", "Contras", AG, "Contra", "Nicaraguan Resistance", "Resistencia Nicaragüense")
A("us_congress", "United States Congress", PO, "US Congress", "U.S. Congress")
A("contadora", "Contadora Group", NF, "Contadora")
A("mexico", "Mexico", S, "Mexican")
A("colombia", "Colombia", S, "Colombian")
A("panama", "Panama", S, "Panamanian")
A("esquipulas", "Esquipulas II Agreement (7 August 1987)", AGR, "Esquipulas II",
  "Procedure for the Establishment of a Firm and Lasting Peace in Central America", "Arias plan", "Esquipulas II accord")
A("duarte", "José Napoleón Duarte", P, "Jose Napoleon Duarte", "Duarte")
A("el_salvador", "El Salvador", S, "Salvadoran")
A("cerezo", "Vinicio Cerezo", P, "Cerezo", "President Cerezo")
A("guatemala", "Guatemala", S, "Guatemalan")
A("azcona", "José Azcona", P, "Jose Azcona", "Azcona", "José Azcona Hoyo")
A("nrc_nicaragua", "National Reconciliation Commission (Nicaragua)", NF, "National Reconciliation Commission")
A("obando", "Miguel Obando y Bravo", P, "Cardinal Miguel Obando y Bravo", "Obando y Bravo", "Obando")
A("sapoa", "Sapoá Agreement (23 March 1988)", AGR, "Sapoá Agreement", "Sapoa Agreement", "ceasefire at Sapoá", "Sapoá accord")
A("calero", "Adolfo Calero", P, "Calero")
A("baena_soares", "João Baena Soares", P, "Joao Baena Soares", "Baena Soares")
A("costa_del_sol", "Costa del Sol summit (February 1989)", M, "Costa del Sol summit", "Costa del Sol")
A("tela_declaration", "Tela Declaration (7 August 1989)", AGR, "Tela Declaration", "Tela accord",
  "Joint Declaration of the Central American Presidents")
A("ciav", "International Support and Verification Commission", IO, "CIAV", "CIAV-OAS")
A("onuca", "UN Observer Group in Central America", IO, "ONUCA", "United Nations Observer Group in Central America")
A("chamorro", "Violeta Chamorro", P, "Chamorro", "Violeta Barrios de Chamorro")
A("uno", "National Opposition Union", PO, "UNO", "opposition coalition UNO")
A("contadora_support_group", "Contadora Support Group", NF, "Support Group", "Lima Group")
A("peru", "Peru", S, "Peruvian")
A("uruguay", "Uruguay", S, "Uruguayan")
A("res_644", "UN Security Council resolution 644 (1989)", AGR, "resolution 644 (1989)", "resolution 644")
A("res_650", "UN Security Council resolution 650 (1990)", AGR, "resolution 650 (1990)", "resolution 650")
A("nobel_committee", "Norwegian Nobel Committee", O, "Nobel Committee")
A("guatemala_city", "Guatemala City", L)
A("tela", "Tela", L)
D("016_nicaragua_student_essay.txt",
  ["nicaragua", "sandinista_gov", "daniel_ortega", "contras", "us", "honduras", "contadora", "mexico", "venezuela",
   "colombia", "panama", "arias", "costa_rica", "duarte", "el_salvador", "cerezo", "guatemala", "azcona", "esquipulas",
   "nrc_nicaragua", "obando", "humberto_ortega", "sapoa", "calero", "oas", "baena_soares", "tela_declaration", "ciav",
   "un", "unsc", "onuca", "chamorro", "uno"],
  ["us_congress", "costa_del_sol", "contadora_support_group", "argentina", "brazil", "peru", "uruguay", "res_644",
   "res_650", "nobel_committee", "guatemala_city", "tela"],
  [("daniel_ortega", "leads", ["sandinista_gov", "nicaragua"], "The Sandinista government of Daniel Ortega faced the Contras"),
   ("contras", "attacks", ["sandinista_gov", "nicaragua"], "The Sandinista government of Daniel Ortega faced the Contras"),
   ("us", "supports", "contras", "an insurgency armed and funded by the Reagan administration"),
   ("mexico", "memberOf", "contadora", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("venezuela", "memberOf", "contadora", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("colombia", "memberOf", "contadora", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("panama", "memberOf", "contadora", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("arias", "signs", "esquipulas", "at a summit in Guatemala City, Arias, Ortega"),
   ("daniel_ortega", "signs", "esquipulas", "at a summit in Guatemala City, Arias, Ortega"),
   ("duarte", "signs", "esquipulas", "at a summit in Guatemala City, Arias, Ortega"),
   ("cerezo", "signs", "esquipulas", "at a summit in Guatemala City, Arias, Ortega"),
   ("azcona", "signs", "esquipulas", "at a summit in Guatemala City, Arias, Ortega"),
   ("arias", "leads", "costa_rica", "The turning point was the plan of the Costa Rican president, Óscar Arias."),
   ("cerezo", "hosts", "esquipulas", "The summit was hosted by President Cerezo."),
   ("us", "opposes", "esquipulas", "greeted the plan coolly"),
   ("sandinista_gov", "negotiatesWith", "contras", "Esquipulas II forced the Sandinistas into talks with the rebels."),
   ("obando", "leads", "nrc_nicaragua", "a National Reconciliation Commission chaired by Cardinal Miguel Obando y Bravo"),
   ("obando", "criticizes", "sandinista_gov", "a critic of the government"),
   ("humberto_ortega", "signs", "sapoa", "Defence Minister Humberto Ortega and the Contra leaders, including Adolfo Calero, signed a ceasefire at Sapoá"),
   ("calero", "signs", "sapoa", "Defence Minister Humberto Ortega and the Contra leaders, including Adolfo Calero, signed a ceasefire at Sapoá"),
   ("humberto_ortega", "memberOf", ["sandinista_gov", "nicaragua"], "Defence Minister Humberto Ortega"),
   ("calero", "leads", "contras", "the Contra leaders, including Adolfo Calero"),
   ("baena_soares", "leads", "oas", "the Secretary-General of the Organization of American States, João Baena Soares"),
   ("ciav", "monitors", ["tela_declaration", "contras"], "to be verified by an International Support and Verification Commission (CIAV)"),
   ("onuca", "deploysTo", ["nicaragua", "honduras", "costa_rica", "el_salvador", "guatemala"], "which deployed military observers to the five countries"),
   ("onuca", "monitors", ["esquipulas", "contras"], "to verify the security commitments"),
   ("chamorro", "memberOf", "uno", "Violeta Chamorro of the opposition coalition UNO"),
  ],
  [("contras", "deploysTo", "honduras", "operating largely from camps in Honduras"),
   ("honduras", "hosts", "contras", "operating largely from camps in Honduras"),
   ("honduras", "supports", "contras", "operating largely from camps in Honduras"),
   ("us", "opposes", ["nicaragua", "sandinista_gov"], "indirectly, with the United States"),
   ("contadora", "mediates", "nicaragua", "Earlier attempts at a regional settlement, above all the initiative of the Contadora Group"),
   ("mexico", "mediates", "nicaragua", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("venezuela", "mediates", "nicaragua", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("colombia", "mediates", "nicaragua", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("panama", "mediates", "nicaragua", "the Contadora Group formed by Mexico, Venezuela, Colombia and Panama"),
   ("arias", "supports", "esquipulas", "The turning point was the plan of the Costa Rican president, Óscar Arias."),
   ("arias", "mediates", ["esquipulas", "nicaragua"], "The turning point was the plan of the Costa Rican president, Óscar Arias."),
   ("duarte", "leads", "el_salvador", "José Napoleón Duarte of El Salvador"),
   ("cerezo", "leads", "guatemala", "Vinicio Cerezo of Guatemala"),
   ("azcona", "leads", "honduras", "José Azcona of Honduras"),
   ("daniel_ortega", "participatesIn", "costa_del_sol", "At Costa del Sol in February 1989 Ortega promised early elections"),
   ("costa_rica", "signs", "esquipulas", "The five governments committed themselves"),
   ("nicaragua", "signs", "esquipulas", "The five governments committed themselves"),
   ("el_salvador", "signs", "esquipulas", "The five governments committed themselves"),
   ("guatemala", "signs", "esquipulas", "The five governments committed themselves"),
   ("honduras", "signs", "esquipulas", "The five governments committed themselves"),
   ("costa_rica", "partyTo", "esquipulas", "The five governments committed themselves"),
   ("nicaragua", "partyTo", "esquipulas", "The five governments committed themselves"),
   ("el_salvador", "partyTo", "esquipulas", "The five governments committed themselves"),
   ("guatemala", "partyTo", "esquipulas", "The five governments committed themselves"),
   ("honduras", "partyTo", "esquipulas", "The five governments committed themselves"),
   ("sandinista_gov", "signs", "esquipulas", "The five governments committed themselves"),
   ("guatemala", "hosts", "esquipulas", "at a summit in Guatemala City"),
   ("guatemala_city", "hosts", "esquipulas", "at a summit in Guatemala City"),
   ("us_congress", "supports", "contras", "kept asking the US Congress for Contra aid"),
   ("nobel_committee", "supports", "arias", "Arias received the Nobel Peace Prize that October."),
   ("contras", "participatesIn", "nrc_nicaragua", "Esquipulas II forced the Sandinistas into talks with the rebels."),
   ("sandinista_gov", "leads", "nrc_nicaragua", "Nicaragua set up a National Reconciliation Commission"),
   ("nicaragua", "supports", "nrc_nicaragua", "Nicaragua set up a National Reconciliation Commission"),
   ("obando", "mediates", ["sapoa", "sandinista_gov", "contras"], "After indirect contacts"),
   ("obando", "signs", "sapoa", "with the cardinal and the Secretary-General of the Organization of American States"),
   ("baena_soares", "signs", "sapoa", "with the cardinal and the Secretary-General of the Organization of American States"),
   ("obando", "participatesIn", "sapoa", "with the cardinal and the Secretary-General of the Organization of American States"),
   ("baena_soares", "participatesIn", "sapoa", "with the cardinal and the Secretary-General of the Organization of American States"),
   ("oas", "mediates", "sapoa", "with the cardinal and the Secretary-General of the Organization of American States"),
   ("sandinista_gov", "signs", "sapoa", "signed a ceasefire at Sapoá"),
   ("contras", "signs", "sapoa", "signed a ceasefire at Sapoá"),
   ("sandinista_gov", "partyTo", "sapoa", "signed a ceasefire at Sapoá"),
   ("contras", "partyTo", "sapoa", "signed a ceasefire at Sapoá"),
   ("calero", "memberOf", "contras", "the Contra leaders, including Adolfo Calero"),
   ("baena_soares", "memberOf", "oas", "the Secretary-General of the Organization of American States, João Baena Soares"),
   ("humberto_ortega", "negotiatesWith", ["contras", "calero"], "After indirect contacts"),
   ("daniel_ortega", "signs", "tela_declaration", "the five presidents approved a plan"),
   ("arias", "signs", "tela_declaration", "the five presidents approved a plan"),
   ("honduras", "hosts", "tela_declaration", "at Tela, Honduras, in August 1989"),
   ("tela", "hosts", "tela_declaration", "at Tela, Honduras, in August 1989"),
   ("un", "leads", "ciav", "created by the UN and OAS Secretaries-General"),
   ("oas", "leads", "ciav", "created by the UN and OAS Secretaries-General"),
   ("ciav", "memberOf", ["un", "oas"], "created by the UN and OAS Secretaries-General"),
   ("us", "supports", "tela_declaration", "encouraged by Washington"),
   ("unsc", "leads", "onuca", "the Security Council created the UN Observer Group in Central America"),
   ("unsc", "supports", ["onuca", "res_644", "res_650"], "the Security Council created the UN Observer Group in Central America"),
   ("onuca", "memberOf", "un", "the UN Observer Group in Central America (ONUCA)"),
   ("un", "monitors", "nicaragua", "observed by the United Nations"),
   ("chamorro", "leads", ["uno", "nicaragua"], "were won by Violeta Chamorro"),
   ("venezuela", "memberOf", "onuca", "ONUCA, with a Venezuelan battalion"),
   ("venezuela", "deploysTo", "nicaragua", "ONUCA, with a Venezuelan battalion"),
   ("contadora_support_group", "supports", "contadora", "Contadora was backed by a Support Group of Argentina, Brazil, Peru and Uruguay."),
   ("argentina", "memberOf", "contadora_support_group", "Contadora was backed by a Support Group of Argentina, Brazil, Peru and Uruguay."),
   ("brazil", "memberOf", "contadora_support_group", "Contadora was backed by a Support Group of Argentina, Brazil, Peru and Uruguay."),
   ("peru", "memberOf", "contadora_support_group", "Contadora was backed by a Support Group of Argentina, Brazil, Peru and Uruguay."),
   ("uruguay", "memberOf", "contadora_support_group", "Contadora was backed by a Support Group of Argentina, Brazil, Peru and Uruguay."),
  ],
  [("contras", "partyTo", "esquipulas", "The Contras themselves were not party to the accord"),
   ("contras", "signs", "esquipulas", "The Contras themselves were not party to the accord"),
   ("us", "signs", "esquipulas", "which had not been consulted"),
  ])

# ---------------------------------------------------------------- build
ABBR = {"Mr", "Mrs", "Dr", "Ms", "St", "No", "Dec", "Feb", "Jan", "hon", "v", "Gen", "Lt", "Col", "vs", "U.N", "U.S", "p.m", "a.m"}

def sentence_starts(text, single_nl):
    starts = {0}
    for m in re.finditer(r"\n\n+", text):
        starts.add(m.end())
    if single_nl:
        for m in re.finditer(r"\n", text):
            starts.add(m.end())
    for m in re.finditer(r"(\S*?)([.?!])([\"')]*)(\[\d+\])?[ \n]+", text):
        tok = m.group(1)
        if m.group(2) == "." and (tok in ABBR or re.fullmatch(r"[A-Z]", tok) or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", tok)):
            continue
        # a lower-case continuation is not a new sentence ("4:05 p.m." is handled above)
        nxt = text[m.end():m.end()+1]
        if nxt and nxt.islower():
            continue
        starts.add(m.end())
    return sorted(starts)

def expand(text, key, single_nl, where):
    n = text.count(key)
    if n != 1:
        raise SystemExit(f"{where}: evidence key occurs {n} times: {key!r}")
    s = text.index(key); e = s + len(key)
    st = sentence_starts(text, single_nl)
    a = max(x for x in st if x <= s)
    later = [x for x in st if x >= e]
    b = min(later) if later else len(text)
    ev = text[a:b].strip()
    assert key in ev and ev in text
    return ev

def main():
    out = {"format": "conflict-kg gold v1", "actors": [], "documents": []}
    used = set()
    for d in DOCS:
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        single_nl = not d["file"].startswith("003_")
        doc = {"file": d["file"], "actors": d["actors"], "optional_actors": d["optional_actors"]}
        for kind in ("relations", "acceptable", "forbidden"):
            doc[kind] = []
            for (s, p, o, key) in d[kind]:
                ev = expand(text, key, single_nl, f"{d['file']} {kind} {s} {p} {o}")
                doc[kind].append({"subject": s, "predicate": p, "object": o, "evidence": ev})
        used |= set(d["actors"]) | set(d["optional_actors"])
        out["documents"].append(doc)
    unused = sorted(set(CAT) - used)
    if unused:
        print("catalogue actors used by no document:", unused)
    out["actors"] = [CAT[i] for i in sorted(CAT) if i in used]
    json.dump(out, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"wrote gold.json: {len(out['actors'])} actors, {len(out['documents'])} documents")

if __name__ == "__main__":
    main()
