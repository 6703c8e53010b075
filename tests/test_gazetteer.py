"""Tests of the actor gazetteer: shipped data and the loader (kg/gazetteer.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import GazetteerError
from kg.extract.gazetteer import KINDS, Gazetteer, GazetteerEntry, case_sensitive, slugify
from kg.vocab import NODE_TYPES

DATA = Path(__file__).parent / "data" / "gazetteer"

#: ISO 3166-1 alpha-3 codes of the 193 UN member states.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split()

#: Surfaces that deliberately name more than one entry.
DELIBERATELY_AMBIGUOUS = {
    "Congo": ("democratic_republic_of_the_congo", "republic_of_the_congo"),
    "Congolese": ("democratic_republic_of_the_congo", "republic_of_the_congo"),
    "Dominican": ("dominica", "dominican_republic"),
    "Dominicans": ("dominica", "dominican_republic"),
    "Korea": ("north_korea", "south_korea"),
    "Korean": ("north_korea", "south_korea"),
    "Koreans": ("north_korea", "south_korea"),
    "SNA": ("somali_national_army", "syrian_national_army"),
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load_default()


# -- shipped data --------------------------------------------------------------------------------


def test_un_member_list_is_complete() -> None:
    assert len(set(UN_MEMBERS)) == 193


def test_all_un_members_present(gaz: Gazetteer) -> None:
    by_iso = {e.iso3: e for e in gaz if e.type == "State" and e.iso3}
    missing = sorted(set(UN_MEMBERS) - set(by_iso))
    assert not missing


@pytest.mark.parametrize("iso3", UN_MEMBERS)
def test_un_member_has_demonym_and_capital(gaz: Gazetteer, iso3: str) -> None:
    (state,) = [e for e in gaz if e.iso3 == iso3]
    assert state.type == "State"
    assert state.demonyms, f"{state.id} has no demonym"
    assert state.capital, f"{state.id} has no capital"
    assert state.wikidata


def test_every_state_has_capital(gaz: Gazetteer) -> None:
    assert [e.id for e in gaz if e.type == "State" and not e.capital] == []


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Russian", "russia"), ("Russians", "russia"), ("Azerbaijani", "azerbaijan"),
        ("Azerbaijanis", "azerbaijan"), ("Azeri", "azerbaijan"), ("U.S.", "united_states"),
        ("US", "united_states"), ("Syrian Arab Republic", "syria"), ("Türkiye", "turkey"),
        ("Hifter", "khalifa_haftar"), ("Serraj", "fayez_al_sarraj"), ("Faiez Serraj", "fayez_al_sarraj"),
        ("GNA", "government_of_national_accord"), ("5+5 JMC", "5_5_joint_military_commission"),
        ("Erdogan", "recep_tayyip_erdogan"), ("Houthis", "ansar_allah"), ("Hemedti", "mohamed_hamdan_dagalo"),
        ("Artsakh", "republic_of_artsakh"), ("Karabakh", "nagorno_karabakh"), ("OSCE SMM", "osce_special_monitoring_mission_to_ukraine"),
    ],
)
def test_known_surfaces(gaz: Gazetteer, surface: str, expected: str) -> None:
    assert gaz.ids_for(surface) == (expected,)


def test_libya_governments_are_distinct(gaz: Gazetteer) -> None:
    assert gaz.ids_for("GNA") != gaz.ids_for("GNU")
    assert gaz.get("government_of_national_unity").type == "Government"


def test_ids_unique_across_files() -> None:
    from importlib import resources

    from kg.extract.gazetteer import read_json

    folder = resources.files("kg").joinpath("data", "gazetteer")
    ids: list[str] = []
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".json")):
        ids += [e.id for e in read_json(folder.joinpath(name).read_text(encoding="utf-8"), name)]
    assert len(ids) == len(set(ids))


def test_ids_are_slugs_of_names(gaz: Gazetteer) -> None:
    assert [e.id for e in gaz if e.id != slugify(e.name)] == []


def test_types_valid(gaz: Gazetteer) -> None:
    assert {e.type for e in gaz} <= set(NODE_TYPES)


def test_wikidata_ids_well_formed(gaz: Gazetteer) -> None:
    qid = re.compile(r"^Q[0-9]+$")
    for e in gaz:
        for value in (e.wikidata, e.capital_wikidata):
            assert value is None or qid.match(value), (e.id, value)


def test_only_deliberate_ambiguity(gaz: Gazetteer) -> None:
    assert gaz.ambiguous() == DELIBERATELY_AMBIGUOUS


@pytest.mark.parametrize(("surface", "ids"), sorted(DELIBERATELY_AMBIGUOUS.items()))
def test_ids_for_returns_every_reading(gaz: Gazetteer, surface: str, ids: tuple[str, ...]) -> None:
    assert gaz.ids_for(surface) == ids


def test_no_case_insensitive_collisions(gaz: Gazetteer) -> None:
    folded: dict[str, set[str]] = {}
    for surface, eid, kind in gaz.surface_forms():
        if kind != "capital" and not case_sensitive(surface):
            folded.setdefault(surface.casefold(), set()).add(eid)
    assert {k: v for k, v in folded.items() if len(v) > 1} == {}


@pytest.mark.parametrize(
    ("capital", "state", "wikidata"),
    [("ankara", "turkey", "Q3640"), ("moscow", "russia", "Q649"), ("tripoli", "libya", "Q3579")],
)
def test_capitals_become_locations(gaz: Gazetteer, capital: str, state: str, wikidata: str) -> None:
    place = gaz.get(capital)
    assert place is not None and place.type == "Location" and place.wikidata == wikidata
    assert gaz.ids_for(place.name) == tuple(sorted((capital, state)))


def test_every_capital_is_a_location(gaz: Gazetteer) -> None:
    for e in gaz:
        if e.type == "State" and e.capital:
            place = gaz.get(slugify(e.capital))
            assert place is not None and (place.type == "Location" or place.id == e.id), e.id


def test_capital_aliases_stand_for_state(gaz: Gazetteer) -> None:
    assert ("Kiev", "ukraine", "capital") in gaz.surface_forms()
    assert ("Kiev", "kyiv", "alias") in gaz.surface_forms()


def test_pycountry_names_added(gaz: Gazetteer) -> None:
    aliases = gaz.get("south_korea").aliases
    assert "Republic of Korea" in aliases
    assert not any("," in a for e in gaz for a in e.aliases)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("US", True), ("Chad", True), ("Niger", True), ("Turkey", True), ("Jordan", True),
     ("Georgia", True), ("U.S.", True), ("al-Shabaab", True), ("UN OCHA", True),
     ("Government of National Accord", False), ("Trilateral Contact Group", False)],
)
def test_case_sensitivity(gaz: Gazetteer, surface: str, expected: bool) -> None:
    assert gaz.case_sensitive(surface) is expected


def test_case_sensitive_lookup(gaz: Gazetteer) -> None:
    assert gaz.ids_for("chad") == ()
    assert gaz.ids_for("us") == ()
    assert gaz.ids_for("government of national accord") == ("government_of_national_accord",)


def test_surface_forms_deterministic_and_sorted(gaz: Gazetteer) -> None:
    forms = gaz.surface_forms()
    assert forms == sorted(forms)
    assert forms == Gazetteer.from_entries(
        list(reversed(list(Gazetteer.load_default()._base.values())))).surface_forms()
    assert {k for _, _, k in forms} == set(KINDS)
    assert len(forms) == len({(s, e) for s, e, _ in forms})


def test_entries_sorted(gaz: Gazetteer) -> None:
    ids = list(gaz.entries)
    assert ids == sorted(ids)
    assert [e.id for e in gaz] == ids


def test_load_default_cached() -> None:
    assert Gazetteer.load_default() is Gazetteer.load_default()


# -- user files ----------------------------------------------------------------------------------


def test_csv_loads_and_overrides(gaz: Gazetteer) -> None:
    user = Gazetteer.load_file(DATA / "user.csv")
    assert user.get("lyon_group").type == "NegotiationFormat"
    merged = gaz.merge(user)
    gna = merged.get("government_of_national_accord")
    assert "GNA" in gna.aliases and "Serraj government" in gna.aliases
    assert merged.ids_for("Lyon format") == ("lyon_group",)
    assert merged.get("russia").capital == "Moscow"  # fields not given are kept
    assert "Rossiya" in merged.get("russia").aliases
    assert len(merged) == len(gaz) + 1


def test_turtle_loads_and_overrides(gaz: Gazetteer) -> None:
    user = Gazetteer.load_file(DATA / "user.ttl")
    freedonia = user.get("freedonia")
    assert freedonia == GazetteerEntry(
        "freedonia", "Freedonia", "State", aliases=("Republic of Freedonia",),
        demonyms=("Freedonian", "Freedonians"), capital="Fredville", wikidata="Q1062467")
    assert user.get("fredville").type == "Location"
    merged = gaz.merge(user)
    assert merged.ids_for("Marshal Haftar") == ("khalifa_haftar",)
    assert "Hifter" in merged.get("khalifa_haftar").aliases
    assert merged.ids_for("Freedonians") == ("freedonia",)


def test_json_user_file_overrides_fields(gaz: Gazetteer) -> None:
    merged = gaz.merge(Gazetteer.load_file(DATA / "user.json"))
    assert merged.ids_for("Faiez Mustafa Serraj") == ("fayez_al_sarraj",)
    assert merged.get("sylvania").capital == "Sylvan City"
    assert merged.get("sylvan_city").type == "Location"


def test_merge_overrides_given_fields() -> None:
    base = Gazetteer.from_entries([GazetteerEntry("x", "X", "Organization", aliases=("Ex",))])
    user = Gazetteer.from_entries([GazetteerEntry("x", "X Group", "ArmedGroup", wikidata="Q42")])
    x = base.merge(user).get("x")
    assert (x.name, x.type, x.wikidata, x.aliases) == ("X Group", "ArmedGroup", "Q42", ("X", "Ex"))


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("bad_type.csv", "unknown type 'Country' (allowed: State, Person"),
        ("missing_column.csv", "missing required column 'name'"),
        ("malformed_row.csv", "row 3"),
        ("bad_type.ttl", "unknown type 'Country' (allowed: State"),
        ("broken.ttl", "not valid Turtle"),
        ("bad_qid.json", "is not a Wikidata id"),
        ("wrong_format.json", "'format' must be"),
        ("missing.csv", "no such file"),
        ("actors.xlsx", "unknown gazetteer format '.xlsx' (allowed: .csv, .json, .ttl)"),
    ],
)
def test_bad_input_names_file(name: str, fragment: str) -> None:
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load_file(DATA / name)
    message = str(info.value)
    assert name in message and fragment in message
    assert "\n" not in message


def test_duplicate_id_rejected() -> None:
    e = GazetteerEntry("x", "X", "State")
    with pytest.raises(GazetteerError, match="u.json: duplicate id 'x'"):
        Gazetteer.from_entries([e, e], source="u.json")


@pytest.mark.parametrize("bad_id", ["Russia", "russia-federation", "", "_x"])
def test_bad_ids_rejected(bad_id: str) -> None:
    with pytest.raises(GazetteerError, match="snake_case"):
        Gazetteer.from_entries([GazetteerEntry(bad_id, "Russia", "State")])


# --------------------------------------------------------------------------- hostile actor files

@pytest.mark.parametrize("name,text,message", [
    ("deep.json", '{"format": "conflict-kg gazetteer v1", "actors": [' + "[" * 100_000 + "]" * 100_000 + "]}",
     "nested too deeply"),
    ("deep.ttl", "<urn:a> <urn:b> " + "[ <urn:p> " * 5000 + "]" * 5000 + " .\n", "nested too deeply"),
    ("lists.ttl", "<urn:a> <urn:b> " + "(" * 5000 + ")" * 5000 + " .\n", "nested too deeply"),
    ("big.csv", "id,name,type\nx," + "a" * 200_000 + ",State\n", "not a CSV file kg can read"),
])
def test_deep_or_huge_actor_files_are_one_line_errors(tmp_path: Path, name: str, text: str, message: str) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.load_file(f)
    docs = tmp_path / "d.txt"
    docs.write_text("Russia mediated talks.", encoding="utf-8")
    r = CliRunner().invoke(app, ["build", str(docs), "-o", str(tmp_path / "out"), "--actors", str(f), "-f", "turtle"])
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and message in r.stderr and "internal" not in r.stderr


def test_control_characters_and_lone_surrogates_in_names_are_cleaned(tmp_path: Path) -> None:
    import json

    f = tmp_path / "a.json"
    f.write_text(json.dumps({"format": "conflict-kg gazetteer v1", "actors": [
        {"id": "x_y", "name": "X\u0001Y\ud800", "type": "State", "aliases": ["A\u000bB", "C\u2028D"]}]}),
        encoding="utf-8")
    e = Gazetteer.load_file(f).get("x_y")
    assert e.name == "X Y\ufffd" and e.aliases == ("A B", "C\u2028D")
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("id,name,type\nn_x,N\x00X,State\n", encoding="utf-8")
    assert Gazetteer.load_file(csv_file).get("n_x").name == "N X"
