"""The transition payment estimate (art. 7:673 BW since 2020): published worked examples reproduced to the cent, the
caps as sourced data, the errors that refuse to guess, and the salary found in a dossier text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from importlib import resources

import pytest

from analyzer.score.parameters import load_yaml
from analyzer.severance import (
    ParameterFileError,
    SalaryInput,
    SeveranceError,
    default_severance_parameters,
    estimate_lines,
    format_eur,
    i_ground_extra_max,
    parse_severance,
    salary_from_text,
    service_period,
    transition_payment,
)

D = dt.date.fromisoformat


# --- Published worked examples -------------------------------------------------------------------------------------


def test_nvlf_short_contract_with_the_pay_over_the_period():
    """NVLF (https://www.nvlf.nl/nieuws/berekening-hoogte-transitievergoeding-rectificatie/): a six-month maternity
    replacement, hourly wage € 15, part-time monthly salary € 1.684,80, gross pay over the contract € 9.366,00:
    (€ 9.366,00 / € 1.684,80) × ((1/3 × € 1.684,80) / 12) = € 260,17. Service shorter than a year, part-time salary
    given as such, the Rijksoverheid formula with the actual pay over the remaining period."""
    salary = SalaryInput(monthly_salary="1684.80", holiday_allowance_pct=0)
    estimate = transition_payment(D("2023-01-02"), D("2023-06-30"), salary, remaining_period_pay="9366.00")
    assert estimate.amount == Decimal("260.17")
    assert estimate.years == 0
    assert estimate.monthly_basis == Decimal("1684.80")
    assert any(
        line.startswith("Werkelijk bruto loon over de resterende periode") and "€ 9.366,00" in line
        for line in estimate.inputs
    )


def test_one_years_salary_above_the_statutory_maximum():
    """omnyacc.nl (https://omnyacc.nl/nieuws/maximale-transitievergoeding-stijgt-naar-98-000-in-2025): 'Bij een
    brutojaarloon in 2025 van € 100.000, bedraagt de maximale transitievergoeding daarom geen € 98.000, maar
    € 100.000.' Here € 7.500 × 12 × 1,08 + € 2.800 fixed year-end payment = € 100.000 a year, forty years of service."""
    salary = SalaryInput(monthly_salary=7500, holiday_allowance_pct=8, fixed_annual_extras=2800)
    estimate = transition_payment(D("1985-01-01"), D("2025-03-31"), salary)
    assert estimate.annual_salary == Decimal("100000.00")
    assert estimate.uncapped == Decimal("111805.56")
    assert estimate.cap == Decimal("100000.00")
    assert estimate.amount == Decimal("100000.00")
    assert estimate.capped
    assert estimate.cap_source.startswith(
        "één jaarsalaris (€ 100.000,00), hoger dan het wettelijk maximum van € 98.000,00"
    )


def test_statutory_maximum_for_high_salary_and_long_service():
    """UWV (https://www.uwv.nl/particulieren/ontslag/belangrijke-rechten-bij-ontslag/detail/transitievergoeding/
    hoe-hoog-is-de-transitievergoeding): 'De vergoeding is vanaf 1 januari 2024 maximaal € 94.000. Verdient u meer
    dan € 94.000 per jaar, dan is de vergoeding maximaal gelijk aan 1 jaarsalaris.' € 7.000 + 8% = € 7.560 a month,
    € 90.720 a year (below € 94.000), 41 years: 41 × € 2.520 = € 103.320, capped at € 94.000."""
    estimate = transition_payment(D("1984-01-01"), D("2024-12-31"), SalaryInput(monthly_salary=7000))
    assert (estimate.years, estimate.months, estimate.days) == (41, 0, 0)
    assert estimate.uncapped == Decimal("103320.00")
    assert estimate.amount == Decimal("94000.00")
    assert estimate.i_ground_extra_max == Decimal("47000.00")
    assert "wettelijk maximum voor 2024" in estimate.cap_source


def test_i_ground_extra_is_half_the_transition_payment_as_a_court_awarded_it():
    """ECLI:NL:RBMNE:2024:1282 (caselaw table part_c; lexboost summary): dissolved on the i-ground per 1 May 2024 with
    transitievergoeding € 79.889,95 and an extra compensation (i-grond) of € 39.944,98, exactly half, half a cent up."""
    assert i_ground_extra_max(Decimal("79889.95")) == Decimal("39944.98")


def test_years_and_months_part_time_factor_or_part_time_salary():
    """care4careers.nl (https://care4careers.nl/en/kenniscentrum/outplacement/transitievergoeding): 'An employee with a
    gross monthly salary of €3,200 and an employment contract of 3 years and 6 months receives 3 years × (1/3 × 3,200)
    = €3,200 [and] €533 [for the six months]. Total indication: €3,733 gross (depending on rounding)'. Their € 3.200
    is the all-in monthly wage, so no holiday allowance is added; to the cent it is € 3.733,33. The same part-time
    salary given directly or as 80% of a full-time € 4.000 gives the same amount, and the inputs say which was used."""
    direct = transition_payment(D("2021-01-01"), D("2024-06-30"), SalaryInput(3200, holiday_allowance_pct=0))
    scaled = transition_payment(
        D("2021-01-01"), D("2024-06-30"), SalaryInput(4000, holiday_allowance_pct=0, part_time_factor="0.8")
    )
    assert (direct.years, direct.months, direct.days) == (3, 6, 0)
    assert direct.amount == scaled.amount == Decimal("3733.33")
    assert round(direct.amount) == 3733
    assert any("zoals opgegeven" in line for line in direct.inputs)
    assert any("voltijdsalaris € 4.000,00 × deeltijdfactor 0,8 = € 3.200,00" in line for line in scaled.inputs)


# --- The formula for remaining months and days (severance.yaml `formula`) ------------------------------------------


def test_remaining_months_and_days():
    """1/3 per year, 1/36 per remaining month, 1/1095 per remaining day (performa-hr.nl, nieuwsbriefmedezeggenschap.nl;
    Van Bladel: 'Maanden :12 x 1/3, Dagen :365 x 1/3'). 15-03-2019 to 30-06-2024 is 5 years, 3 months and 16 days;
    € 3.000 + 8% = € 3.240: € 5.400 + € 270 + € 47,34 = € 5.717,34 (our own example of the published formula)."""
    estimate = transition_payment(D("2019-03-15"), D("2024-06-30"), SalaryInput(3000))
    assert (estimate.years, estimate.months, estimate.days) == (5, 3, 16)
    assert estimate.monthly_basis == Decimal("3240.00")
    assert estimate.amount == Decimal("5717.34")
    assert any("1/1095" in note for note in estimate.notes)


def test_service_shorter_than_a_year_without_the_actual_pay():
    estimate = transition_payment(D("2024-02-01"), D("2024-07-15"), SalaryInput(3000))
    assert (estimate.years, estimate.months, estimate.days) == (0, 5, 15)
    assert estimate.amount == Decimal("494.38")  # € 3.240 × (5/36 + 15/1095)


@pytest.mark.parametrize(
    "start, end, period",
    [
        ("2020-01-01", "2023-12-31", (4, 0, 0)),
        ("2024-05-10", "2024-05-10", (0, 0, 1)),
        ("2018-01-10", "2021-12-07", (3, 10, 28)),
        ("2023-01-31", "2023-02-27", (0, 1, 0)),
        ("2020-02-29", "2021-02-27", (1, 0, 0)),
    ],
)
def test_service_period_counts_the_last_day(start, end, period):
    assert service_period(D(start), D(end)) == period


def test_variable_and_fixed_components_enter_the_monthly_wage():
    """Besluit loonbegrip art. 3: holiday allowance, fixed year-end payment and fixed components /12, variable pay
    over three calendar years /36 (here given as its yearly average /12)."""
    salary = SalaryInput(
        4000,
        holiday_allowance_pct=8,
        fixed_annual_extras=3600,
        fixed_components_per_year=1200,
        variable_pay_per_year=2400,
    )
    estimate = transition_payment(D("2014-01-01"), D("2023-12-31"), salary)
    assert estimate.monthly_basis == Decimal("4920.00")  # 4.000 + 320 + 300 + 100 + 200
    assert estimate.amount == Decimal("16400.00")  # 10 × 4.920 / 3


# --- Errors that refuse to guess ----------------------------------------------------------------------------------


def test_end_before_start_is_refused():
    with pytest.raises(SeveranceError, match="ligt vóór de begindatum"):
        transition_payment(D("2024-05-01"), D("2024-04-30"), SalaryInput(3000))


def test_year_without_a_known_cap_is_refused():
    with pytest.raises(SeveranceError, match="Voor 2027 is geen wettelijk maximum"):
        transition_payment(D("2024-01-01"), D("2027-01-15"), SalaryInput(3000))


def test_end_before_2020_uses_another_law_and_is_refused():
    with pytest.raises(SeveranceError, match="Wwz"):
        transition_payment(D("2010-01-01"), D("2019-12-31"), SalaryInput(3000))


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"monthly_salary": 0}, "groter zijn dan nul"),
        ({"monthly_salary": "drieduizend"}, "geen bedrag"),
        ({"monthly_salary": 3000, "part_time_factor": "1.5"}, "Deeltijdfactor"),
        ({"monthly_salary": 3000, "fixed_annual_extras": -10}, "negatief"),
    ],
)
def test_bad_salary_input_is_refused_in_dutch(kwargs, message):
    with pytest.raises(SeveranceError, match=message):
        SalaryInput(**kwargs)


# --- The caps as data ---------------------------------------------------------------------------------------------


def test_caps_per_year_each_with_a_source():
    caps = default_severance_parameters().caps
    assert {year: int(cap.amount) for year, cap in caps.items()} == {
        2020: 83000, 2021: 84000, 2022: 86000, 2023: 89000, 2024: 94000, 2025: 98000, 2026: 102000
    }  # fmt: skip
    assert all(cap.source for cap in caps.values())
    assert "niet geverifieerd" in caps[2026].source.lower()


def test_a_cap_without_a_source_is_refused():
    data = load_yaml(resources.files("analyzer").joinpath("severance.yaml").read_text(encoding="utf-8"))
    data["statutory_maximum"]["value"].append({"year": 2027, "amount": 106000})
    with pytest.raises(ParameterFileError, match="2027"):
        parse_severance(data)
    del data["formula"]["source"]
    with pytest.raises(ParameterFileError, match="formula"):
        parse_severance(data)


# --- Dutch lines for the dashboard and report ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount, text",
    [("12345.67", "€ 12.345,67"), ("0.5", "€ 0,50"), ("1000000", "€ 1.000.000,00"), ("39944.975", "€ 39.944,98")],
)
def test_format_eur(amount, text):
    assert format_eur(Decimal(amount)) == text


def test_estimate_lines_mark_the_estimate_and_list_inputs_and_notes():
    lines = estimate_lines(transition_payment(D("2019-03-15"), D("2024-06-30"), SalaryInput(3000)))
    assert lines[0] == "Schatting transitievergoeding (art. 7:673 BW): € 5.717,34 bruto."
    assert "Berekening: 5 × 1/3 × € 3.240,00 = € 5.400,00 (volledige dienstjaren)." in lines
    assert any(line.startswith("Het maximum is € 94.000,00: wettelijk maximum voor 2024") for line in lines)
    assert "Uitgangspunt: Duur: 5 jaar, 3 maanden en 16 dagen." in lines
    assert any("Vakantiebijslag: 8% (niet opgegeven" in line for line in lines)
    assert any("cumulatiegrond" in line and "maximaal € 2.858,67" in line for line in lines)
    assert any(line.startswith("Een billijke vergoeding") and "niet vooraf te schatten" in line for line in lines)
    assert any("schatting" in line.lower() for line in lines)
    assert not any(".." in line for line in lines)


def test_capped_estimate_says_what_it_would_have_been():
    lines = estimate_lines(transition_payment(D("1984-01-01"), D("2024-12-31"), SalaryInput(7000)))
    assert any(line.startswith("Zonder maximum zou het € 103.320,00 zijn; begrensd tot € 94.000,00") for line in lines)


# --- The salary stated in a dossier text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Werknemer ontvangt een bruto maandsalaris van € 3.450,00 bij een fulltime dienstverband.", "3450.00"),
        ("Salaris: € 3.450 bruto per maand", "3450.00"),
        ("€ 3.450,- bruto per maand exclusief 8% vakantietoeslag", "3450.00"),
        ("Het salaris bedraagt EUR 3450,50 bruto per maand.", "3450.50"),
        ("U verdient €3450 per maand bruto.", "3450.00"),
        ("Het jaarsalaris is € 54.000, dat is € 4.500 bruto per maand.", "4500.00"),
        ("In dienst als adviseur.\n\nHet brutomaandloon bedraagt 3.200 euro.", "3200.00"),
    ],
)
def test_salary_from_text(text, amount):
    found = salary_from_text(text)
    assert found is not None
    assert found[0] == Decimal(amount)
    assert found[1] in " ".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "Het uurloon bedraagt € 18,50 bruto.",
        "Zij verdient € 21,35 bruto per uur.",
        "Inschaling in salarisschaal 8, trede 5, conform de cao.",
        "Schaal 8 loopt van € 2.800 tot € 4.100 bruto per maand.",
        "Het bruto jaarsalaris bedraagt € 54.000.",
        "Een reiskostenvergoeding van € 120 bruto per maand.",
        "Het salaris wordt per 1 juli verhoogd met € 100 per maand.",
        "De vakantietoeslag van € 276 bruto per maand wordt in mei betaald.",
    ],
)
def test_salary_from_text_passes_over_what_is_not_a_monthly_salary(text):
    assert salary_from_text(text) is None


def test_salary_from_text_quotes_the_sentence():
    text = "Datum: 3 maart 2024. Uw bruto maandsalaris is € 3.875,00. Met vriendelijke groet, HR."
    assert salary_from_text(text) == (Decimal("3875.00"), "Uw bruto maandsalaris is € 3.875,00.")


def test_contract_shorter_than_a_month_points_to_the_pay_over_the_whole_contract():
    """Besluit loonbegrip art. 4 (Stb. 2019, 298): under a month the wage is the gross pay over the whole duration;
    with it given, the payment is that pay / 36 (the Rijksoverheid formula with loon per maand = that pay)."""
    estimate = transition_payment(D("2024-03-04"), D("2024-03-22"), SalaryInput(3000), remaining_period_pay="1800")
    assert (estimate.years, estimate.months, estimate.days) == (0, 0, 19)
    assert estimate.amount == Decimal("50.00")
    assert any("korter dan een maand" in note for note in estimate.notes)
