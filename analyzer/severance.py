"""What a dismissal will cost: the transition payment (transitievergoeding, art. 7:673 BW) as the law stands since
1 January 2020, the possible extra compensation on the cumulation ground and a word on the billijke vergoeding.

One third of the monthly wage for every year of service from the first day, a pro rata part for the rest, capped at
the statutory maximum of the year in which the employment ends or one year's wage if that is higher. The monthly wage
is the one the Besluit loonbegrip vergoeding aanzegtermijn en transitievergoeding defines (salary plus holiday
allowance, fixed year-end payment, fixed and variable wage components). Every number (the divisors, the caps per year,
the default holiday allowance, the i-ground share) lives in `severance.yaml` beside its source; a year without a
known cap is refused, never guessed.

The result is an estimate ("schatting"): the real amount follows from the payslips, earlier contracts that count
(art. 7:673 lid 4 BW) and costs that may be deducted (art. 7:673 lid 6 BW). Amounts are Decimal, rounded to the
cent only at the end. `salary_from_text` finds a gross monthly salary stated in a dossier document, with its quote.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

from analyzer.dossier import Document
from analyzer.score.parameters import load_yaml

CENT = Decimal("0.01")
Number = Decimal | int | float | str


class SeveranceError(ValueError):
    """An estimate that cannot be made (impossible dates, a year without a known cap, a bad input). The message is
    Dutch and goes to the user as it is."""


@dataclass(frozen=True)
class Cap:
    """The statutory maximum for employments ending in `year`, with where it was checked."""

    year: int
    amount: Decimal
    source: str


@dataclass(frozen=True)
class SeveranceParameters:
    """The shipped `severance.yaml`, read once; see that file for every source."""

    law_since: dt.date
    per_year: int
    per_month: int
    per_day: int
    holiday_allowance_pct: Decimal
    i_ground_share: Decimal
    caps: dict[int, Cap]
    cites: dict[str, str]


class ParameterFileError(ValueError):
    """`severance.yaml` lacks a value or a source."""


SECTIONS = ("law_since", "formula", "salary_basis", "holiday_allowance_pct", "statutory_maximum", "i_ground_extra", "billijke_vergoeding")  # fmt: skip


def parse_severance(data: dict[str, Any]) -> SeveranceParameters:
    """Refuse a section or a cap without its source, so no number enters the estimate unexplained."""
    for name in SECTIONS:
        entry = (data or {}).get(name)
        if not isinstance(entry, dict) or "value" not in entry:
            raise ParameterFileError(f"{name}: geen waarde")
        if not str(entry.get("source") or "").strip() or not str(entry.get("cite") or "").strip():
            raise ParameterFileError(f"{name}: geen bron of verwijzing")
    caps = {}
    for item in data["statutory_maximum"]["value"]:
        if not str(item.get("source") or "").strip():
            raise ParameterFileError(f"maximum {item.get('year')}: geen bron")
        caps[int(item["year"])] = Cap(int(item["year"]), Decimal(str(item["amount"])), " ".join(item["source"].split()))
    formula = data["formula"]["value"]
    return SeveranceParameters(
        law_since=data["law_since"]["value"],
        per_year=int(formula["per_year"]),
        per_month=int(formula["per_month"]),
        per_day=int(formula["per_day"]),
        holiday_allowance_pct=Decimal(str(data["holiday_allowance_pct"]["value"])),
        i_ground_share=Decimal(str(data["i_ground_extra"]["value"])),
        caps=caps,
        cites={name: data[name]["cite"] for name in SECTIONS},
    )


@cache
def default_severance_parameters() -> SeveranceParameters:
    """The shipped parameters (`analyzer/severance.yaml`)."""
    text = resources.files("analyzer").joinpath("severance.yaml").read_text(encoding="utf-8")
    return parse_severance(load_yaml(text))


def _dec(value: Number | None, label: str) -> Decimal | None:
    if value is None:
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation as err:
        raise SeveranceError(f"{label}: '{value}' is geen bedrag of getal.") from err
    if not number.is_finite():
        raise SeveranceError(f"{label}: '{value}' is geen bedrag of getal.")
    return number


@dataclass(frozen=True)
class SalaryInput:
    """The wage components the Besluit loonbegrip counts. `monthly_salary` is the actual (part-time) gross monthly
    salary, or, with `part_time_factor`, the full-time salary that the factor scales. The extras are what this
    employee actually receives per year. `holiday_allowance_pct` None means: not stated, the statutory 8% is used."""

    monthly_salary: Number
    holiday_allowance_pct: Number | None = None
    fixed_annual_extras: Number = 0  # fixed year-end payment / 13th month, per year (Besluit art. 3 lid 1 a)
    fixed_components_per_year: Number = 0  # overtime, shift allowances due in the last 12 months (art. 3 lid 1 b)
    variable_pay_per_year: Number = 0  # bonus, profit share: yearly average over three calendar years (art. 3 lid 1 c)
    part_time_factor: Number | None = None

    def __post_init__(self):
        labels = {
            "monthly_salary": "Bruto maandsalaris",
            "holiday_allowance_pct": "Vakantiebijslag",
            "fixed_annual_extras": "Vaste eindejaarsuitkering",
            "fixed_components_per_year": "Vaste looncomponenten",
            "variable_pay_per_year": "Variabele looncomponenten",
            "part_time_factor": "Deeltijdfactor",
        }
        for name, label in labels.items():
            object.__setattr__(self, name, _dec(getattr(self, name), label))
        if self.monthly_salary <= 0:
            raise SeveranceError("Bruto maandsalaris: het bedrag moet groter zijn dan nul.")
        for name in ("holiday_allowance_pct", "fixed_annual_extras", "fixed_components_per_year", "variable_pay_per_year"):  # fmt: skip
            if getattr(self, name) is not None and getattr(self, name) < 0:
                raise SeveranceError(f"{labels[name]}: een negatief bedrag of percentage kan niet.")
        if self.part_time_factor is not None and not 0 < self.part_time_factor <= 1:
            raise SeveranceError("Deeltijdfactor: geef een getal groter dan 0 en ten hoogste 1 (bijvoorbeeld 0,8).")


@dataclass(frozen=True)
class TransitionEstimate:
    """The estimate and everything a lawyer needs to check it: the service period, the monthly wage and the annual
    wage it used, the cap and where it comes from, the inputs and notes (Dutch lines)."""

    amount: Decimal
    uncapped: Decimal
    cap: Decimal
    cap_source: str
    years: int
    months: int
    days: int
    monthly_basis: Decimal
    annual_salary: Decimal
    i_ground_extra_max: Decimal
    breakdown: tuple[str, ...] = ()
    inputs: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def capped(self) -> bool:
        return self.uncapped > self.cap


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_eur(value: Number) -> str:
    """'€ 12.345,67': Dutch thousands dot and decimal comma."""
    text = f"{cents(_dec(value, 'bedrag')):,.2f}"
    return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")


def _nl_number(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def service_period(start: dt.date, end: dt.date) -> tuple[int, int, int]:
    """Full years, then full months, then days, from the first day of employment up to and including `end`, the last
    day in service (a contract from 1 January 2020 to 31 December 2023 lasted exactly four years)."""
    if end < start:
        raise SeveranceError(f"De einddatum ({end:%d-%m-%Y}) ligt vóór de begindatum ({start:%d-%m-%Y}).")
    stop = end + dt.timedelta(days=1)
    months = (stop.year - start.year) * 12 + stop.month - start.month
    if _add_months(start, months) > stop:
        months -= 1
    return months // 12, months % 12, (stop - _add_months(start, months)).days


def annual_salary(salary: SalaryInput, params: SeveranceParameters) -> Decimal:
    """'Het loon over twaalf maanden' (art. 7:673 lid 2 BW) with the Besluit's components; the monthly wage is a
    twelfth of it. Kept unrounded: rounding happens once, on the amounts shown."""
    monthly = salary.monthly_salary * (salary.part_time_factor or 1)
    pct = params.holiday_allowance_pct if salary.holiday_allowance_pct is None else salary.holiday_allowance_pct
    extras = salary.fixed_annual_extras + salary.fixed_components_per_year + salary.variable_pay_per_year
    return monthly * 12 * (1 + pct / 100) + extras


def applied_cap(end: dt.date, annual: Decimal, params: SeveranceParameters) -> tuple[Decimal, str]:
    """The statutory maximum of the year the employment ends, or one year's wage if that is higher."""
    cap = params.caps.get(end.year)
    if cap is None:
        known = ", ".join(str(y) for y in sorted(params.caps))
        raise SeveranceError(
            f"Voor {end.year} is geen wettelijk maximum van de transitievergoeding bekend (bekend: {known}); "
            "de schatting wordt niet gemaakt. Vul het maximum met bron aan in severance.yaml."
        )
    cite = params.cites["statutory_maximum"]
    if annual > cap.amount:
        return annual, (
            f"één jaarsalaris ({format_eur(annual)}), hoger dan het wettelijk maximum van {format_eur(cap.amount)} "
            f"voor {cap.year} ({cite})"
        )
    return cap.amount, f"wettelijk maximum voor {cap.year} ({cite}); bron: {cap.source}"


def transition_payment(
    start: dt.date,
    end: dt.date,
    salary: SalaryInput,
    params: SeveranceParameters | None = None,
    remaining_period_pay: Number | None = None,
) -> TransitionEstimate:
    """Estimate the statutory transition payment for an employment from `start` to `end` (the last day in service).

    Full years count one third of the monthly wage each. For the remaining months and days the Rijksoverheid formula
    applies: (pay over the remaining period / monthly wage) × (one third of the monthly wage / 12). When the actual
    gross pay over that remaining period is known, pass it as `remaining_period_pay`; otherwise full months count
    1/36 of the monthly wage and loose days 1/1095 (the day's pay estimated as a 365th of the annual wage).
    """
    params = params or default_severance_parameters()
    years, months, days = service_period(start, end)
    if end < params.law_since:
        raise SeveranceError(
            f"De einddatum ({end:%d-%m-%Y}) ligt vóór {params.law_since:%d-%m-%Y}; daarvoor gold een andere berekening "
            f"(Wwz). Deze schatting rekent alleen met het recht sinds 2020 ({params.cites['law_since']})."
        )
    remaining_pay = _dec(remaining_period_pay, "Loon over de resterende periode")
    if remaining_pay is not None and remaining_pay < 0:
        raise SeveranceError("Loon over de resterende periode: een negatief bedrag kan niet.")
    annual = annual_salary(salary, params)
    basis = annual / 12
    cap, cap_source = applied_cap(end, annual, params)

    per_year = basis / params.per_year
    full_years = per_year * years
    breakdown = [
        f"{years} × 1/{params.per_year} × {format_eur(basis)} = {format_eur(full_years)} (volledige dienstjaren)"
    ]
    if remaining_pay is not None:
        rest = remaining_pay / basis * per_year / 12
        breakdown.append(
            f"({format_eur(remaining_pay)} / {format_eur(basis)}) × ({format_eur(per_year)} / 12) = {format_eur(rest)} "
            f"(resterende periode van {months} maanden en {days} dagen, met het werkelijke loon)"
        )
    else:
        by_month, by_day = basis / params.per_month * months, basis / params.per_day * days
        rest = by_month + by_day
        breakdown.append(f"{months} × 1/{params.per_month} × {format_eur(basis)} = {format_eur(by_month)} (resterende maanden)")  # fmt: skip
        breakdown.append(f"{days} × 1/{params.per_day} × {format_eur(basis)} = {format_eur(by_day)} (resterende dagen)")
    uncapped = full_years + rest
    amount = min(uncapped, cap)
    i_ground = i_ground_extra_max(cents(amount), params)
    return TransitionEstimate(
        amount=cents(amount),
        uncapped=cents(uncapped),
        cap=cents(cap),
        cap_source=cap_source,
        years=years,
        months=months,
        days=days,
        monthly_basis=cents(basis),
        annual_salary=cents(annual),
        i_ground_extra_max=i_ground,
        breakdown=tuple(breakdown),
        inputs=tuple(_input_lines(start, end, (years, months, days), salary, params, remaining_pay, basis, annual)),
        notes=tuple(_notes((years, months, days), remaining_pay, i_ground, params)),
    )


def i_ground_extra_max(transition: Decimal, params: SeveranceParameters | None = None) -> Decimal:
    """The most a court may add on the cumulation ground: half the transition payment, to the cent (half a cent up)."""
    params = params or default_severance_parameters()
    return cents(transition * params.i_ground_share)


def _input_lines(start, end, period, salary: SalaryInput, params, remaining_pay, basis, annual) -> list[str]:
    years, months, days = period
    lines = [
        f"Begindatum dienstverband: {start:%d-%m-%Y}.",
        f"Einddatum (laatste dag in dienst): {end:%d-%m-%Y}.",
        f"Duur: {years} jaar, {months} maanden en {days} dagen.",
    ]
    if salary.part_time_factor is not None:
        actual = salary.monthly_salary * salary.part_time_factor
        lines.append(
            f"Bruto maandsalaris: voltijdsalaris {format_eur(salary.monthly_salary)} × deeltijdfactor "
            f"{_nl_number(salary.part_time_factor)} = {format_eur(actual)} (deeltijdsalaris berekend uit voltijdsalaris)."
        )
    else:
        lines.append(f"Bruto maandsalaris zoals opgegeven (het werkelijke salaris, bij deeltijd het deeltijdsalaris): {format_eur(salary.monthly_salary)}.")  # fmt: skip
    if salary.holiday_allowance_pct is None:
        lines.append(f"Vakantiebijslag: {_nl_number(params.holiday_allowance_pct)}% (niet opgegeven; het wettelijk minimum, {params.cites['holiday_allowance_pct']}).")  # fmt: skip
    else:
        lines.append(f"Vakantiebijslag: {_nl_number(salary.holiday_allowance_pct)}% (opgegeven).")
    extras = (
        (salary.fixed_annual_extras, "Vaste eindejaarsuitkering of dertiende maand per jaar"),
        (salary.fixed_components_per_year, "Vaste looncomponenten (overwerk, ploegentoeslag) in de laatste twaalf maanden"),
        (salary.variable_pay_per_year, "Variabele looncomponenten (bonus, winstuitkering), gemiddeld per jaar over de drie kalenderjaren vóór het jaar van het einde"),
    )  # fmt: skip
    lines += [f"{label}: {format_eur(amount)}." for amount, label in extras if amount]
    lines.append(
        f"Maandloon voor de transitievergoeding: {format_eur(basis)}; jaarsalaris: {format_eur(annual)} "
        f"({params.cites['salary_basis']})."
    )
    if remaining_pay is not None:
        lines.append(f"Werkelijk bruto loon over de resterende periode (na de volle dienstjaren): {format_eur(remaining_pay)}.")  # fmt: skip
    return lines


def _notes(period, remaining_pay, i_ground: Decimal, params: SeveranceParameters) -> list[str]:
    years, months, days = period
    notes = [
        "Dit is een schatting. Het werkelijke bedrag volgt uit de loonstroken, uit eerdere arbeidsovereenkomsten die "
        "meetellen (art. 7:673 lid 4 BW) en uit kosten die met instemming van de werknemer in mindering mogen komen "
        "(art. 7:673 lid 6 BW)."
    ]
    if not years and not months:
        notes.append(
            "De arbeidsovereenkomst duurde korter dan een maand: dan geldt als loon het bruto loon over de hele duur "
            "(art. 4 Besluit loonbegrip vergoeding aanzegtermijn en transitievergoeding, Stb. 2019, 298); geef dat "
            "bedrag op als loon over de resterende periode."
        )
    if days and remaining_pay is None:
        notes.append(
            f"De losse dagen zijn geschat op 1/{params.per_day} maandloon per dag (het jaarloon gedeeld door 365); met "
            f"het werkelijke loon over die dagen wordt de uitkomst exact ({params.cites['formula']})."
        )
    notes.append(
        "Ontbindt de kantonrechter op de cumulatiegrond (i-grond, art. 7:669 lid 3 sub i BW), dan kan hij een extra "
        f"vergoeding toekennen van ten hoogste de helft van de transitievergoeding ({params.cites['i_ground_extra']}): "
        f"maximaal {format_eur(i_ground)}."
    )
    notes.append(
        "Een billijke vergoeding kent de rechter alleen toe bij ernstig verwijtbaar handelen of nalaten van de "
        f"werkgever ({params.cites['billijke_vergoeding']}); de hoogte daarvan is niet vooraf te schatten."
    )
    return notes


def estimate_lines(estimate: TransitionEstimate) -> list[str]:
    """Dutch sentences for the dashboard and the report: the amount, how it was reached, the cap, inputs and notes."""
    lines = [f"Schatting transitievergoeding (art. 7:673 BW): {format_eur(estimate.amount)} bruto."]
    lines += [f"Berekening: {part}." for part in estimate.breakdown]
    if estimate.capped:
        lines.append(
            f"Zonder maximum zou het {format_eur(estimate.uncapped)} zijn; begrensd tot {format_eur(estimate.cap)}: "
            f"{estimate.cap_source.rstrip('.')}."
        )
    else:
        lines.append(f"Het maximum is {format_eur(estimate.cap)}: {estimate.cap_source.rstrip('.')}.")
    lines += [f"Uitgangspunt: {line}" for line in estimate.inputs]
    return lines + list(estimate.notes)


# A money amount in Dutch notation: € 3.450,00 / € 3.450,- / € 3450 / 3.450 euro / EUR 3.450,--.
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-{1,2}))?|\d+\.\d{2}(?!\d)|\d+(?:,(?:\d{1,2}|-{1,2}))?"
AMOUNT = re.compile(rf"(?:€|\beur\b\.?|\beuro\b)\s*(?P<a>{_NUMBER})|(?P<b>{_NUMBER})\s*(?:€|\beuro\b|\beur\b)", re.I)
RANGE_AFTER = re.compile(r"^\s*(?:-|–|tot(?:\s+en\s+met)?)\s*(?:€|eur\b|euro\b)?\s*\d", re.I)
PERIOD_CUES = {
    "month": re.compile(
        r"per\s+(?:kalender)?maand|p/m\b|p\.\s?m\.|/\s*maand|maandelijks|maand(?:salaris|loon|inkomen)|bruto\s+maand",
        re.I,
    ),  # fmt: skip
    "hour": re.compile(r"per\s+uur|uurloon|/\s*uur|p/u\b|uurtarief", re.I),
    "year": re.compile(r"per\s+jaar|jaar(?:salaris|loon|inkomen)|op\s+jaarbasis|/\s*jaar|per\s+annum", re.I),
    "week": re.compile(r"per\s+(?:vier\s+|4\s+)?week|week(?:loon|salaris)|/\s*week", re.I),
}
SALARY_NOUN = re.compile(r"\w*(?:salaris|loon|inkomen)\b|\bverdien\w*", re.I)
OTHER_NOUN = re.compile(
    r"vakantie(?:geld|toeslag|bijslag)|toeslag|vergoeding|onkosten|reiskosten|bonus|premie|eindejaars\w*|boete|kosten",
    re.I,
)
GROSS = re.compile(r"\bbruto\b", re.I)
# A change of salary ("verhoogd met € 100 per maand") is not the salary.
CHANGE_BEFORE = re.compile(r"(?:verho\w*|verla\w*|stijg\w*|daal\w*|erbij|extra)\s+(?:met|van)?\s*$", re.I)
WINDOW = 70


def _parse_amount(text: str) -> Decimal:
    text = re.sub(r",-+$", "", text)
    if re.fullmatch(r"\d+\.\d{2}", text):
        return Decimal(text)
    return Decimal(text.replace(".", "").replace(",", "."))


def _nearest(pattern: re.Pattern, before: str, after: str) -> int | None:
    """Distance in characters from the amount to the closest match of `pattern` on either side."""
    distances = [len(before) - m.end() for m in pattern.finditer(before)] + [m.start() for m in pattern.finditer(after)]
    return min(distances) if distances else None


def _is_monthly_salary(before: str, after: str) -> bool:
    """The closest period cue says per month, and a salary noun (or 'bruto' with no other kind of payment named
    before it) stands closer than any allowance, bonus or cost."""
    periods = {k: d for k, p in PERIOD_CUES.items() if (d := _nearest(p, before, after)) is not None}
    if not periods or min(periods, key=periods.get) != "month":
        return False
    salary, other = _nearest(SALARY_NOUN, before, after), _nearest(OTHER_NOUN, before, after)
    if salary is not None:
        return other is None or salary < other
    return bool(GROSS.search(before + after)) and not OTHER_NOUN.search(before)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"\n\s*\n|(?<=[.!?;])\s+(?=[A-Z(])|\n(?=\s*[-•*]|\s*\w+\s*:)", text) if s.strip()]


def salary_from_text(text: str) -> tuple[Decimal, str] | None:
    """The first gross monthly salary stated in `text`, with the sentence that states it as the quote. Hourly, weekly
    and annual amounts, ranges (a salary scale) and allowances are passed over; None when nothing monthly is stated."""
    for sentence in _sentences(text):
        for match in AMOUNT.finditer(sentence):
            if RANGE_AFTER.match(sentence[match.end() :]) or re.search(r"(?:-|–|tot)\s*$", sentence[: match.start()]):
                continue
            before = sentence[max(0, match.start() - WINDOW) : match.start()]
            after = sentence[match.end() : match.end() + WINDOW]
            if re.match(r"\s*%", after) or CHANGE_BEFORE.search(before) or not _is_monthly_salary(before, after):
                continue
            amount = _parse_amount(match.group("a") or match.group("b"))
            if amount > 0:
                return cents(amount), " ".join(sentence.split())
    return None


def stated_salary(documents: Sequence[Document]) -> dict[str, Any] | None:
    """The gross monthly salary the dossier states, from its latest document that states one (a raise replaces the
    old salary): amount, quote and document id, for the report and as the estimate's default."""
    found = None
    for doc in sorted((d for d in documents if not d.error), key=lambda d: d.date or dt.date.min):
        if hit := salary_from_text(doc.text):
            found = {"amount": float(hit[0]), "quote": hit[1], "document": doc.id}
    return found
