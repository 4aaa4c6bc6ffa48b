"""Values with units, parsed for comparison: 256 KB = 256KB, 15 minutes = 900 seconds.

A value becomes a set of ``(dimension, amount)`` pairs in base units (seconds, years,
bits (a byte is 8), percent, grams, litres, hertz, ohms, amperes, volts, watts, farads;
a dose per kg or per litre is a dimension of its own; any other unit word counts as a
plain number).
Decimal (KB) and binary (KiB) units stay apart; ``11 nines`` is 99.999999999 %.
Numbers written in words count ("eleven nines", "one hundred eighteen", a year "nineteen
ninety-three", "two thousand and five"), and so do
powers of ten ("6.022e23", "6.022 × 10^23", "10⁻⁹"). Amounts are exact fractions. Two
values that agree to the precision of the coarser one ("6.022e23" and "6.02214076e23")
are ``rounded_alike``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from .normalize import (
    ASCII_LOOKALIKES,
    HEX_COLOUR,
    STOPWORDS,
    fold,
    sign_first,
    slash_unspaced,
    stem,
    unmark,
)

Quantity = tuple[str, Fraction]
#: A quantity as read: dimension, amount, the step of its last written digit (None for
#: a whole number) and the size of its written unit, all in the dimension's base unit.
Reading = tuple[str, Fraction, Fraction | None, Fraction]
_ONE = Fraction(1)

_TIME = {
    **dict.fromkeys(("ns", "nanosecond", "nanoseconds"), Fraction(1, 10**9)),
    **dict.fromkeys(("µs", "μs", "us", "microsecond", "microseconds"), Fraction(1, 10**6)),
    **dict.fromkeys(("ms", "msec", "msecs", "millisecond", "milliseconds"), Fraction(1, 1000)),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), Fraction(1)),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), Fraction(60)),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), Fraction(3600)),
    **dict.fromkeys(("d", "day", "days"), Fraction(86400)),
    **dict.fromkeys(("wk", "wks", "week", "weeks"), Fraction(604800)),
    **dict.fromkeys(("fortnight", "fortnights"), Fraction(1209600)),
}
_PREFIX = {"k": 1, "m": 2, "g": 3, "t": 4, "p": 5, "e": 6}
_PREFIX_NAME = {"kilo": "k", "mega": "m", "giga": "g", "tera": "t", "peta": "p", "exa": "e"}


def _data_units() -> dict[str, tuple[str, Fraction]]:
    """Data sizes in bits: a byte is 8 bits ("128 bits" = "16 bytes"); KB and KiB apart."""
    units: dict[str, tuple[str, Fraction]] = {}
    for word in ("b", "byte", "bytes"):
        units[word] = ("bit", Fraction(8))
    for word in ("bit", "bits"):
        units[word] = ("bit", Fraction(1))
    units["bps"] = ("bit/s", Fraction(1))
    for letter, power in _PREFIX.items():
        decimal, binary = Fraction(1000**power), Fraction(1024**power)
        units[letter + "b"] = ("bit", 8 * decimal)
        units[letter + "ib"] = ("bit", 8 * binary)
        units[letter + "bit"] = ("bit", decimal)
        units[letter + "bits"] = ("bit", decimal)
        units[letter + "bps"] = ("bit/s", decimal)
        units[letter + "ibps"] = ("bit/s", binary)
    for name, letter in _PREFIX_NAME.items():
        units[name + "byte"] = units[name + "bytes"] = ("bit", 8 * 1000 ** _PREFIX[letter])
        binary = name[:2] + "bi"
        units[binary + "byte"] = units[binary + "bytes"] = ("bit", 8 * 1024 ** _PREFIX[letter])
    return units


#: Mass, volume and frequency, for doses, concentrations and pitches ("0.5 mg" = "500 µg").
#: Words are casefolded first: "µ" (micro sign) and "μ" (mu) are both "μ" here.
_MEASURES = {
    "gram": {
        **dict.fromkeys(("kg", "kilogram", "kilograms", "kilo", "kilos"), Fraction(1000)),
        **dict.fromkeys(("g", "gram", "grams", "gramme", "grammes"), Fraction(1)),
        **dict.fromkeys(("mg", "milligram", "milligrams", "milligramme"), Fraction(1, 1000)),
        **dict.fromkeys(
            ("μg", "mcg", "ug", "microgram", "micrograms", "microgramme"), Fraction(1, 10**6)
        ),
        **dict.fromkeys(("ng", "nanogram", "nanograms"), Fraction(1, 10**9)),
        **dict.fromkeys(("lb", "lbs", "pound", "pounds"), Fraction("453.59237")),
        **dict.fromkeys(("oz", "ounce", "ounces"), Fraction("28.349523125")),
        **dict.fromkeys(("tonne", "tonnes"), Fraction(10**6)),  # not "ton": short or long
        **dict.fromkeys(("stone", "stones"), Fraction("6350.29318")),  # not "st": "21st"
    },
    "litre": {
        **dict.fromkeys(("l", "litre", "litres", "liter", "liters"), Fraction(1)),
        **dict.fromkeys(("dl", "decilitre", "decilitres", "deciliter"), Fraction(1, 10)),
        **dict.fromkeys(("cl", "centilitre", "centilitres", "centiliter"), Fraction(1, 100)),
        **dict.fromkeys(
            ("ml", "millilitre", "millilitres", "milliliter", "milliliters"), Fraction(1, 1000)
        ),
        **dict.fromkeys(
            ("μl", "ul", "microlitre", "microlitres", "microliter"), Fraction(1, 10**6)
        ),
        # a kitchen's US measures ("½ cup" is "8 tbsp"); a whole one in another unit is
        # a rounding (``_whole_step``), so a metric cup of 250 mL is no conflict
        **dict.fromkeys(("tsp", "tsps", "teaspoon", "teaspoons"), Fraction("0.00492892159375")),
        **dict.fromkeys(
            ("tbsp", "tbsps", "tablespoon", "tablespoons"), Fraction("0.01478676478125")
        ),
        **dict.fromkeys(("cup", "cups"), Fraction("0.2365882365")),
        # a tank's or a tub's gallons: US ones unless written "imperial" or "UK"
        **dict.fromkeys(("gal", "gallon", "gallons"), Fraction("3.785411784")),
        **dict.fromkeys(("impgal",), Fraction("4.54609")),
        **dict.fromkeys(("floz",), Fraction("0.0295735295625")),  # "fl oz": a US fluid ounce
        # cubic lengths ("m³", "m^3", "cubic metres" are read as "m3": ``_POWERED``)
        **dict.fromkeys(("m3",), Fraction(1000)),
        **dict.fromkeys(("dm3",), Fraction(1)),
        **dict.fromkeys(("cm3", "cc"), Fraction(1, 1000)),
        **dict.fromkeys(("mm3",), Fraction(1, 10**6)),
        **dict.fromkeys(("ft3",), Fraction("28.316846592")),
        **dict.fromkeys(("in3",), Fraction("0.016387064")),
    },
    # amounts of substance, as a lab writes a level ("60 µmol/L" = "60 umol/L" =
    # "0.06 mmol/L"); never against a mass: that needs the molar mass
    "mole": {
        **dict.fromkeys(("mol", "mole", "moles"), Fraction(1)),
        **dict.fromkeys(("mmol", "millimole", "millimoles", "millimol"), Fraction(1, 1000)),
        **dict.fromkeys(
            ("μmol", "umol", "micromole", "micromoles", "micromol"), Fraction(1, 10**6)
        ),
        **dict.fromkeys(("nmol", "nanomole", "nanomoles", "nanomol"), Fraction(1, 10**9)),
        **dict.fromkeys(("pmol", "picomole", "picomoles", "picomol"), Fraction(1, 10**12)),
    },
    # areas, in square metres: "5 m²" is no length, "1 km²" is "100 ha"
    "square metre": {
        **dict.fromkeys(("mm2",), Fraction(1, 10**6)),
        **dict.fromkeys(("cm2",), Fraction(1, 10**4)),
        **dict.fromkeys(("m2",), Fraction(1)),
        **dict.fromkeys(("km2",), Fraction(10**6)),
        **dict.fromkeys(("in2",), Fraction("0.00064516")),
        **dict.fromkeys(("ft2",), Fraction("0.09290304")),
        **dict.fromkeys(("yd2",), Fraction("0.83612736")),
        **dict.fromkeys(("mi2",), Fraction("2589988.110336")),
        **dict.fromkeys(("ha", "hectare", "hectares"), Fraction(10**4)),
        **dict.fromkeys(("acre", "acres"), Fraction("4046.8564224")),
    },
    # distances, from a kitchen's centimetres to a galaxy's megaparsecs ("1.30 pc" is
    # "4.24 ly", "8,849 m" is "29,032 ft")
    "metre": {
        **dict.fromkeys(
            ("mm", "millimetre", "millimetres", "millimeter", "millimeters"), Fraction(1, 1000)
        ),
        **dict.fromkeys(
            ("cm", "centimetre", "centimetres", "centimeter", "centimeters"), Fraction(1, 100)
        ),
        **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), Fraction(1)),
        **dict.fromkeys(("ft", "foot", "feet"), Fraction("0.3048")),
        **dict.fromkeys(("yd", "yds", "yard", "yards"), Fraction("0.9144")),
        **dict.fromkeys(
            ("km", "kilometre", "kilometres", "kilometer", "kilometers"), Fraction(1000)
        ),
        # "statute" as "nautical" below: the word before "miles" is the unit read
        **dict.fromkeys(("mi", "mile", "miles", "statute"), Fraction("1609.344")),
        **dict.fromkeys(("nmi", "nautical"), Fraction(1852)),
        **dict.fromkeys(("inch", "inches"), Fraction("0.0254")),  # not "in": "5 in a row"
        **dict.fromkeys(
            ("μm", "micrometre", "micrometres", "micrometer", "micron", "microns"),
            Fraction(1, 10**6),
        ),
        **dict.fromkeys(("nanometre", "nanometres", "nanometer"), Fraction(1, 10**9)),
        # the ångström of crystals and DNA ("3.4 Å" is "0.34 nanometres"); the sign
        # U+212B casefolds to the letter
        **dict.fromkeys(
            ("å", "ångström", "ångströms", "angstrom", "angstroms"), Fraction(1, 10**10)
        ),
        **dict.fromkeys(("au",), Fraction(149_597_870_700)),  # exact, by definition
        **dict.fromkeys(("ly", "lightyear", "lightyears"), Fraction(9_460_730_472_580_800)),
        # 648000/π AU, to the metre
        **dict.fromkeys(("pc", "parsec", "parsecs"), Fraction(30_856_775_814_913_673)),
        **dict.fromkeys(("kpc", "kiloparsec", "kiloparsecs"), Fraction(30_856_775_814_913_673_000)),
        **dict.fromkeys(
            ("mpc", "megaparsec", "megaparsecs"), Fraction(30_856_775_814_913_673 * 10**6)
        ),
    },
    # energy: food labels in kcal and kJ ("9 kcal" is "37.7 kJ"); "cal" and "calorie"
    # stay plain numbers (a small calorie or a food one), "Calorie" with its capital is
    # the food one (``_FOOD_CALORIES``)
    "joule": {
        **dict.fromkeys(("j", "joule", "joules"), Fraction(1)),
        **dict.fromkeys(("kj", "kilojoule", "kilojoules"), Fraction(1000)),
        **dict.fromkeys(("mj", "megajoule", "megajoules"), Fraction(10**6)),
        **dict.fromkeys(("kcal", "kilocalorie", "kilocalories"), Fraction(4184)),
        **dict.fromkeys(("wh",), Fraction(3600)),
        **dict.fromkeys(("kwh",), Fraction(3_600_000)),
    },
    # pressure: blood pressure in mmHg or kPa, tyres in psi or bar, weather in hPa
    "pascal": {
        **dict.fromkeys(("pa", "pascal", "pascals"), Fraction(1)),
        **dict.fromkeys(("hpa", "mbar", "millibar", "millibars"), Fraction(100)),
        **dict.fromkeys(("kpa", "kilopascal", "kilopascals"), Fraction(1000)),
        # material strengths and soil water potentials: "-1.5 MPa" is "-1500 kPa" (not
        # "GPa": "3.5 GPA" is more often a grade point average)
        **dict.fromkeys(("mpa", "megapascal", "megapascals"), Fraction(10**6)),
        **dict.fromkeys(("mmhg", "torr"), Fraction("133.322387415")),
        # altimeter settings in the US: "29.92 inHg" is "1013.2 hPa"
        **dict.fromkeys(("inhg",), Fraction("3386.388640341")),
        # airway and spinal fluid pressures: "10–20 cmH2O" (a centimetre of water)
        **dict.fromkeys(("cmh2o",), Fraction("98.0665")),
        **dict.fromkeys(("mmh2o",), Fraction("9.80665")),
        **dict.fromkeys(("psi",), Fraction("6894.757293168")),
        # material strengths in thousands of psi: "60 ksi" is "60,000 psi"
        **dict.fromkeys(("ksi",), Fraction("6894757.293168")),
        **dict.fromkeys(("bar", "bars"), Fraction(100_000)),
        **dict.fromkeys(("atm", "atmosphere", "atmospheres"), Fraction(101_325)),
    },
    # speeds, in metres per second: road signs in mph or km/h, winds in knots ("70 mph"
    # is "112 km/h", "64 knots" is "119 km/h"); "km/h" and "m/s" are read as a distance
    # per time (``_PER``)
    "metre/s": {
        **dict.fromkeys(("mph",), Fraction("0.44704")),
        **dict.fromkeys(("kph", "kmh", "kmph"), Fraction(5, 18)),
        # "kt" as a POH, a METAR and ATC write it ("68 kt" is "68 knots")
        **dict.fromkeys(("kn", "kt", "kts", "knot", "knots"), Fraction(1852, 3600)),
        # an aircraft's speeds in knots, indicated, calibrated or true ("40 KIAS")
        **dict.fromkeys(("kias", "kcas", "ktas"), Fraction(1852, 3600)),
    },
    # torque, in newton metres: wheel nuts in "Nm" or "lb-ft" ("80 lb-ft" is "108 Nm"),
    # as ``_TORQUE`` writes them
    "newton metre": {
        **dict.fromkeys(("newtonmetres",), Fraction(1)),
        **dict.fromkeys(("lbfft",), Fraction("0.3048") * Fraction("4.4482216152605")),
        **dict.fromkeys(("lbfin",), Fraction("0.0254") * Fraction("4.4482216152605")),
    },
    "hertz": {
        **dict.fromkeys(("hz", "hertz"), Fraction(1)),
        **dict.fromkeys(("khz", "kilohertz"), Fraction(1000)),
        **dict.fromkeys(("mhz", "megahertz"), Fraction(10**6)),
        **dict.fromkeys(("ghz", "gigahertz"), Fraction(10**9)),
    },
}

#: Currencies, by their ISO codes: each a dimension of its own.
CURRENCIES = frozenset("usd eur gbp jpy chf cad aud".split())

#: The unit words a numbered century is read in (``_numbered_centuries``).
_CENTURY_NUMBER, _CENTURY_NUMBER_BC = "centurynumber", "centurynumberbc"
#: The unit word a decade named by its years is read in ("the 1960s": ``_decades``).
_DECADE_NUMBER = "decadenumber"
#: The unit word a temperature per something is read in: a change, with no offset.
_TEMPERATURE_CHANGE = "kelvinchange"
#: The unit word a full date is read in: its day's number (``_calendar_days``).
_CALENDAR_DAY = "calendarday"

UNITS: dict[str, tuple[str, Fraction]] = {
    **{word: ("second", factor) for word, factor in _TIME.items()},
    **{
        word: (dimension, factor)
        for dimension, words in _MEASURES.items()
        for word, factor in words.items()
    },
    # a month is a twelfth of a year ("12 months" = "1 year"); neither is a number of
    # days, so "1 year" and "365 days" are not compared (``comparable``)
    **dict.fromkeys(("month", "months", "mo"), ("year", Fraction(1, 12))),
    **dict.fromkeys(("year", "years", "yr", "yrs"), ("year", Fraction(1))),
    **dict.fromkeys(("decade", "decades"), ("year", Fraction(10))),
    **dict.fromkeys(("century", "centuries"), ("year", Fraction(100))),
    **dict.fromkeys(("millennium", "millennia", "millenniums"), ("year", Fraction(1000))),
    **_data_units(),
    # a hexadecimal digit holds four bits: a hash of "40 hex characters" is "160 bits"
    # (as ``_HEX_DIGITS`` writes them), a nibble too
    **dict.fromkeys(("hexdigits", "nibble", "nibbles"), ("bit", Fraction(4))),
    **dict.fromkeys(("%", "percent", "pct", "percentage"), ("%", Fraction(1))),
    # a basis point is a hundredth of a percentage point ("25 bp" = "0.25 %"); "bps" is
    # read so too, beside bits per second (_BASIS_POINTS)
    **dict.fromkeys(("bp", "basis"), ("%", Fraction(1, 100))),
    # per mille, a tenth of a percent: a blood alcohol level of "0.5 ‰" is "0.05 %"
    **dict.fromkeys(("‰", "permille", "promille"), ("%", Fraction(1, 10))),
    # geological time, years before now: "66 Ma" is "66 million years ago"
    **dict.fromkeys(("ka", "kya"), ("year", Fraction(1000))),
    **dict.fromkeys(("ma", "mya", "myr"), ("year", Fraction(10**6))),
    **dict.fromkeys(("ga", "gya", "gyr"), ("year", Fraction(10**9))),
    "kelvin": ("kelvin", Fraction(1)),  # what "°C" and "°F" become (_kelvin)
    # what they become per a length or a time (``_degrees``): "2 °C per 1000 ft"
    _TEMPERATURE_CHANGE: ("temperature change", Fraction(1)),
    **{code: (code, Fraction(1)) for code in CURRENCIES},
    **dict.fromkeys(("dollar", "dollars"), ("usd", Fraction(1))),
    **dict.fromkeys(("euro", "euros"), ("eur", Fraction(1))),
    # a year before the common era: "44 BC" is not "AD 44"; a year in it is the year
    # written bare ("AD 1215" = "1215 CE" = "1215")
    **dict.fromkeys(("bc", "bce"), ("year bc", Fraction(1))),
    **dict.fromkeys(("ad", "ce"), ("n", Fraction(1))),
    # a day of the calendar, as ``_calendar_days`` writes a full date: "1789-07-14" and
    # "14 July 1789" are one day, "20 July 1969" and "21 July 1969" two
    _CALENDAR_DAY: ("date", Fraction(1)),
    # a century by its number, as ``_numbered_centuries`` writes it: "the 15th century"
    # is the "1400s", not "15 centuries" (1500 years); one before the common era is
    # another century ("5th century BC" is not "5th century")
    _CENTURY_NUMBER: ("century", Fraction(1)),
    _CENTURY_NUMBER_BC: ("century bc", Fraction(1)),
    # a decade by its years, as ``_decades`` writes it: "the 1960s" is one decade, not
    # 1960 seconds; "the 1960s" and "the 1970s" are two
    _DECADE_NUMBER: ("decade", Fraction(1)),
}

#: Electrical units and force, read as written: an SI prefix's case is its meaning ("mA"
#: a thousandth, "MΩ" a million; "20 kN" is 20 kilonewtons, "20 kn" 20 knots) and a bare
#: "A", "V" or "W" after a number is a unit, not a word. "F" alone is left out: "98.6 F"
#: is more often Fahrenheit than farads; so is "N": "51° N" is a latitude.
_SI_PREFIXES = {
    **{"p": Fraction(1, 10**12), "n": Fraction(1, 10**9), "μ": Fraction(1, 10**6)},
    **{"u": Fraction(1, 10**6), "m": Fraction(1, 1000), "": Fraction(1)},
    **{"k": Fraction(1000), "K": Fraction(1000), "M": Fraction(10**6), "G": Fraction(10**9)},
}
_ELECTRICAL_SYMBOLS = {
    "Ω": "ohm",
    "A": "ampere",
    "V": "volt",
    "W": "watt",
    "F": "farad",
    "N": "newton",
}
_ELECTRICAL_WORDS = {
    "ohm": ("ohm", "ohms", "kilohm", "kilohms", "kiloohm", "kiloohms", "megohm", "megohms"),
    "ampere": ("amp", "amps", "ampere", "amperes", "milliamp", "milliamps", "milliampere"),
    "volt": ("volt", "volts", "millivolt", "millivolts", "kilovolt", "kilovolts"),
    "watt": ("watt", "watts", "milliwatt", "milliwatts", "kilowatt", "kilowatts", "megawatt"),
    "farad": ("farad", "farads", "microfarad", "microfarads", "nanofarad", "nanofarads"),
    "newton": ("newton", "newtons", "kilonewton", "kilonewtons", "meganewton", "meganewtons"),
}
_WORD_PREFIXES = {
    "milli": Fraction(1, 1000),
    "micro": Fraction(1, 10**6),
    "nano": Fraction(1, 10**9),
}
_WORD_PREFIXES |= {"kilo": Fraction(1000), "meg": Fraction(10**6)}


def _electrical_units() -> tuple[dict, dict]:
    """(units as written, unit words casefolded) of current, voltage, resistance, power
    and capacitance: "4.7 kΩ" = "4700 ohms", "500 mA" = "0.5 A", "100 nF" = "0.1 µF"."""
    written = {
        prefix + symbol: (dimension, factor)
        for symbol, dimension in _ELECTRICAL_SYMBOLS.items()
        for prefix, factor in _SI_PREFIXES.items()
        if prefix + symbol not in ("F", "N")
    }
    written |= {"Ω": ("ohm", Fraction(1)), "kohm": ("ohm", Fraction(1000))}
    # a statute mile in capitals, as a METAR ("10SM") and the FARs ("3 SM") write it
    written["SM"] = ("metre", Fraction("1609.344"))
    # "Gb" and "Mb" (a capital prefix, a small b) are bits; "GB", "gb" bytes
    written |= {
        f"{letter}b": ("bit", Fraction(1000**power))
        for letter, power in (("M", 2), ("G", 3), ("T", 4))
    }
    words = {}
    for dimension, spelled in _ELECTRICAL_WORDS.items():
        for word in spelled:
            prefix = next((p for p in _WORD_PREFIXES if word.startswith(p)), "")
            words[word] = (dimension, _WORD_PREFIXES.get(prefix, Fraction(1)))
    return written, words


_WRITTEN_UNITS, _ELECTRICAL = _electrical_units()
#: A molar concentration by its prefixed symbol, as a lab writes it: "100 mM" is
#: "0.1 mol/L" (not 100 millimetres), "5 µM", "2 nM" (a capital M after the prefix).
_MOLAR = {"mM": Fraction(1, 1000), "nM": Fraction(1, 10**9), "pM": Fraction(1, 10**12)}
_MOLAR |= dict.fromkeys(("µM", "μM", "uM"), Fraction(1, 10**6))
_WRITTEN_UNITS |= {symbol: ("mole/litre", factor) for symbol, factor in _MOLAR.items()}
#: A millihertz by its prefixed symbol, as a grid's frequency band is written: "±50 mHz"
#: is "±0.05 Hz" ("mhz" in small letters stays a megahertz, as people write "2400 mhz").
_WRITTEN_UNITS["mHz"] = ("hertz", Fraction(1, 1000))
#: A millipascal and a micropascal by their prefixed symbols, as viscosities and sound
#: pressures are written: "1.0 mPa·s" is "0.001 Pa·s", "20 µPa" "0.00002 Pa" ("mpa" and
#: "MPa" stay megapascals, as material strengths are written).
_WRITTEN_UNITS["mPa"] = ("pascal", Fraction(1, 1000))
_WRITTEN_UNITS |= dict.fromkeys(("µPa", "μPa"), ("pascal", Fraction(1, 10**6)))
#: A radiation dose by its prefixed symbol: "0.02 mSv" is "20 µSv", "2 Gy" "200 cGy".
_DOSE_PREFIXES = {"": Fraction(1), "m": Fraction(1, 1000), "c": Fraction(1, 100)}
_DOSE_PREFIXES |= dict.fromkeys(("µ", "μ", "u"), Fraction(1, 10**6))
_WRITTEN_UNITS |= {
    prefix + symbol: (dimension, factor)
    for symbol, dimension in (("Sv", "sievert"), ("Gy", "gray"))
    for prefix, factor in _DOSE_PREFIXES.items()
}
#: ... and in words ("20 millisieverts"); not a bare "gray", a colour as often.
_DOSE_WORDS = {
    "sievert": Fraction(1),
    "millisievert": Fraction(1, 1000),
    "microsievert": Fraction(1, 10**6),
    "centigray": Fraction(1, 100),
    "milligray": Fraction(1, 1000),
}
UNITS |= {
    word + plural: ("gray" if word.endswith("gray") else "sievert", factor)
    for word, factor in _DOSE_WORDS.items()
    for plural in ("", "s")
}
UNITS |= _ELECTRICAL

_MULTIPLIERS = {
    "k": 1000,
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
#: A density's volume: "1000 kg/m³" is "1 g/mL" (a cubic metre is 1000 L).
_PER_VOLUME = {
    "m^3": ("litre", Fraction(1000)),
    "cm^3": ("litre", Fraction(1, 1000)),
    "mm^3": ("litre", Fraction(1, 10**6)),
}
_PER = {"s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "h": 3600, "hr": 3600, "hour": 3600}

#: A count's time after "per", named alike however written ("per sec", "/s").
_PER_NAME = {1: "/second", 60: "/minute", 3600: "/hour"}
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")
_UNITS_SPELLED = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS_SPELLED = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORD = {
    **{word: n for n, word in enumerate(_UNITS_SPELLED)},
    **{word: 20 + 10 * n for n, word in enumerate(_TENS_SPELLED)},
}
_TENS, _DIGITS, _UNITS = (
    "|".join(_TENS_SPELLED),
    "|".join(_UNITS_SPELLED[1:10]),
    "|".join(_UNITS_SPELLED),
)
_BELOW_HUNDRED = rf"(?:({_TENS})(?:[- ]({_DIGITS}))?|({_UNITS}))"
_ANY_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:[- ](?:{_DIGITS}))?|(?:{_UNITS}))"
_SPELLED = re.compile(
    rf"\b{_ANY_BELOW_HUNDRED}(?:\s+hundred(?:\s+(?:and\s+)?{_ANY_BELOW_HUNDRED})?)?\b", re.I
)
_BELOW_HUNDRED_RE = re.compile(rf"\b{_BELOW_HUNDRED}\b", re.I)
#: A date or a time of day; not the start of a ratio with thousands ("1:15,000").
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b(?!,\d{3})")
#: Eras of years: "B.C." is "BC", "AD 44" is "44 AD" (the era read as the year's unit).
_ERA_DOTTED = re.compile(r"(?<![\w.])(?:B\.\s?C\.(?:\s?E\.)?|A\.\s?D\.|C\.\s?E\.)", re.I)
_ERA_BEFORE = re.compile(r"\b(AD|CE)\s+(\d{1,4})\b(?![.,]\d)")
#: An IPv6 or MAC address, with its prefix length: hex groups joined by two colons or
#: more ("2001:db8::/32", "fe80::1", "00:1a:2b:3c:4d:5e"). It names, it counts nothing:
#: its first group is no amount ("2001:db8::/32" is not "2001:db8::/48").
_COLON_ADDRESS = re.compile(
    r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,}(?:/\d+)?(?![\w:])"
)
#: Two ports joined by a colon, written unspaced, one of three digits or more: "8080:80",
#: "3000:3000" (``docker run -p``, ``ssh -L``). No ratio ("3000:3000" is not "1:1"), nor
#: a time ("12:30"); a prompt that says "ratio" spaces its "1000:100" as one.
_PORT_PAIR = re.compile(r"(?<![\w.:])(?:\d{3,}:\d{2,}|\d{2}:\d{3,})(?![\w:]|\.\d)")
#: A ratio "1:2", "1.5 : 1", a map's scale "1:15,000" (a time such as "12:30" is set
#: aside before: ``_DATE``).
_RATIO_PART = r"(\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)"
_RATIO = re.compile(rf"(?<![\w.:]){_RATIO_PART}\s?:\s?{_RATIO_PART}(?![\w:]|\.\d|\s?:\s?\d)")
#: What may join the parts of one duration: "1 h 30 min", "1 hour and 30 minutes".
_JOINED = re.compile(r"\s*(?:and\s+)?")
#: A section or a sub-paragraph: "§ 242", "5(1)(b)".
_CITATION = re.compile(r"[§¶]\s*\d|\d\(\w{1,4}\)")
#: A numbered provision with a letter ("Art. 17a", "Section 230a"): another provision than
#: "Art. 17", not 17 of a unit "a".
_LETTERED_PROVISION = re.compile(r"\b(?:art|article|sec|section)\.?\s*\d+[a-z]\b", re.I)
#: Currencies written before the amount ("$7,000", "USD 7000", "£20k"), and as codes.
_CURRENCY_CODES = {
    **{"$": "usd", "US$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"},
    **{"C$": "cad", "CA$": "cad", "A$": "aud", "AU$": "aud"},
}
#: A currency sign, a dollar's with its country's letters ("C$", "AU$"): never the "$"
#: of another country's dollar ("NZ$" is no US dollar).
_CURRENCY_SIGN = r"(?<![^\W\d_])(?:(?:US|CA?|AU?)\$|[$€£¥])"
#: A currency sign after letters that name no currency the checks know ("NZ$100",
#: "R$50"): glued to the digits, the value states no amount they could compare.
_OTHER_DOLLAR = re.compile(r"([^\W\d_])[$€£¥]\s?(?=\d)")
#: A currency sign after the amount, as most of Europe writes it: "20 €", "50 Mio. €"
#: ("Mio." already read as "million"), "3,50 £".
_SIGN_AFTER = re.compile(
    r"(\d(?:\s?(?:k|thousand|million|billion|trillion|bn|mn)\b)?)\s?([€£¥])(?![\w€£¥$]|\s?\d)"
)
_CURRENCY_MARKS = ("$", "€", "£", "¥", "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD")
_CURRENCY_BEFORE = re.compile(
    rf"({_CURRENCY_SIGN}|\b(?:USD|EUR|GBP|JPY|CHF|CAD|AUD)\b)\s?"
    r"(\d[\d,]*(?:\.\d+)?)(?:\s?(k|K|m|M|B|bn|mn|million|billion|thousand|trillion)\b)?"
)
#: A currency written before a range, once or at both ends: "$10 to 20k", "$10 to $20k"
#: (``_RANGE`` wrote the dash as "to"), "USD 5 to 10 million".
_CURRENCY_RANGE = re.compile(
    rf"({_CURRENCY_SIGN}|\b(?:USD|EUR|GBP|JPY|CHF|CAD|AUD)\b)\s?"
    r"(\d[\d,]*(?:\.\d+)?)(?:\s?(k|K|m|M|B|bn|mn|million|billion|thousand|trillion)\b)?"
    r" to (?:\1\s?)?"
    r"(\d[\d,]*(?:\.\d+)?)(?:\s?(k|K|m|M|B|bn|mn|million|billion|thousand|trillion)\b)?"
)
#: "per cent": one unit word, "percent".
_PER_CENT = re.compile(r"\bper\s+cent\b", re.I)
#: "light-years", "light years": one unit word.
_LIGHT_YEAR = re.compile(r"\blight[- ]?years?\b", re.I)
#: A unit's denominator the units above do not read, a product of units in brackets or
#: with a dot between them: "4.184 J/(g·K)" is per gram and per kelvin, "J/g·K" too;
#: not joules alone, so "4184 J/(kg·K)" is no certain conflict.
_COMPOUND_DENOMINATOR = re.compile(r"\s*/\s*(\([^()]+\)|[^\W\d_]+[·⋅*][^\W\d_]+)")
#: Cycles per second, the older name of the hertz: "60 cycles per second" is "60 Hz".
_CYCLES_PER_SECOND = re.compile(r"(?<=\d)\s*(?:cycles?\s+(?:per|a)\s+second|cycles?/s)\b", re.I)
_RANGE = re.compile(r"(?<=\d)\s*[-–—]\s*(?=(?:US\$|[$€£¥])?\d)")  # "$10-$20k" too
#: A hyphen or dash after a unit glued to a number, before the next number: a range's
#: ("3%-5%", "2°C-8°C", "$10k–20k"), no minus; not a power of ten ("6.626e-34").
_GLUED_RANGE = re.compile(
    r"(?<=\d)(?![eE]-)([^\W\d_]{1,3}|[%‰]|°\s?[CF]?)\s*[-–—]\s*(?=(?:US\$|[$€£¥])?\d)"
)
#: "max" beside a "min": the "min" is a minimum, not minutes.
_MIN_MAX = re.compile(r"\bmax(?:imum)?\b", re.I)
#: Thousands set apart by spaces ("1 000", "2 400 000"; NFKC makes thin spaces plain).
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w.,]?\d)")
_NINES = re.compile(r"(?<![\w.])(\d{1,2})\s+nines\b", re.I)
_QUANTITY = re.compile(
    r"""
    (?<![\w.:/\\^-])(?P<neg>[-−])?  # not a unit's power: "m/s^2", "mol⁻¹"
    (?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)
    (?:/(?P<den>(?:[1-9]\d*|0(?=\.\d*[1-9]))(?:\.\d+)?)(?![/:\d]|[.,]\d))?  # 1/250 s, 3/4
    (?:[eE](?P<exp>[-+−]?\d+)(?![^\W_])|\s*[×x*·]\s*10\s*(?:\^|\*\*)\s*(?P<exp10>[-+−]?\d+)
       |\^(?P<power>[-+−]?\d+))?  # "10^−23": a typographic minus is a minus
    (?!\d|[.,]\d)
    (?:\s*(?P<mult>k|hundred|thousand|million|mn|billion|bn|trillion)\b)?
    (?:\s*(?!per\s)(?P<unit>%|‰|°\s?[CF]\b|[^\W\d_][^\W_]*))?  # "per µL" is no unit
    (?:\s*(?:/|\bper\s+)(?:(?P<per>s|sec|second|min|minute|h|hr|hour)
       |(?P<denom>kg|l|dl|ml|[μµu]l|[cm]?m\^3|[cdm]?m3|cc|km|mi|mile
          |(?:micro|milli|deci)?lit(?:re|er)|kilo(?:gram)?))\b)?  # "per litre": the L of "g/L"
    """,
    re.I | re.X,
)
# Words around numbers that do not change what is stated.
_QUALIFIERS = frozenset(
    """up to at least most about approximately approx around roughly nearly almost max min
    maximum minimum between and or each per default by nines over under less more than
    configurable adjustable capped circa"""
    # and as German, French, Spanish and Italian write them ("über 50 Mio. €", "au moins 5")
    """über uber mehr als bis zu mindestens höchstens hochstens maximal minimal etwa ca
    ungefähr ungefahr rund knapp weniger unter zwischen und oder plus moins jusqu jusqu'à
    environ entre más mas menos hasta aproximadamente unos unas più piu meno fino
    almeno oltre""".split()
)
#: A unit word is any word after a number, except these.
_NOT_UNITS = STOPWORDS | _QUALIFIERS | {"x"}


def a_qualifier(word: str) -> bool:
    """``word`` (folded) qualifies a number rather than naming its unit: "min", "max",
    "about", "up" (a "Min" column of durations is a minimum, not minutes)."""
    return word in _QUALIFIERS


#: ASCII letters lower-cased, every other byte a space: an ASCII text's words.
_ASCII_WORDS = bytes(
    ord(chr(byte).lower()) if chr(byte).isascii() and chr(byte).isalpha() else 32
    for byte in range(256)
)
_NUMBER_WORDS = frozenset(word.encode() for word in _NUMBER_WORD)


#: A whole value that is one span of time said with "a" or "an": "a decade", "an hour".
_ONE_SPAN = re.compile(
    r"an? +(?:second|minute|hour|day|week|fortnight|month|year|decade|century|millennium)$",
    re.I,
)
#: A value that opens with one span of time said with "a" or "an" and then the event it
#: counts from, as deadlines are written: "a fortnight from delivery" is "1 fortnight
#: from delivery", "a year after the breach" "1 year after the breach". Not "a second"
#: nor "a minute" (an ordinal, an adjective: "a second opinion", "a minute amount").
_ONE_SPAN_FROM_EVENT = re.compile(
    r"an? +(?=(?:hour|day|week|fortnight|month|year|decade)\b +"
    r"(?:from|after|before|since|following)\b)",
    re.I,
)
#: One span of time said with "a" or "an" after a range's "to" or a bound's word:
#: "30 minutes to an hour" is "30 minutes to 1 hour", "up to a week" "up to 1 week",
#: "longer than an hour" "longer than 1 hour", "over a year" "over 1 year".
_TO_ONE_SPAN = re.compile(
    r"(?:(?<=\bto )|(?<=\bthan )|(?<=\bover )|(?<=\bunder )|(?<=\bwithin )|(?<=\bleast ))"
    r"an? +(?=(?:second|minute|hour|day|week|fortnight|month|year|decade|century"
    r"|millennium)\b(?![-‐]))",
    re.I,
)
#: The words before "a" or "an" that ``_TO_ONE_SPAN`` reads.
_BOUND_BEFORE_ONE_SPAN = ("to a", "than a", "over a", "under a", "within a", "least a")
#: A whole value that is a count of times said in one word: "Twice" is "2 times".
_TIMES_IN_ONE_WORD = re.compile(r"(once|twice|thrice)\.?", re.I)
_TIMES_OF_WORD = {"once": "1 time", "twice": "2 times", "thrice": "3 times"}
#: A value that is ordinals in words alone ("the third", "Fifth", "second, third and
#: ninth", "The first") reads them as the ordinals in digits ("3rd" is the number 3).
#: Not "a third" (a fraction); "first" and "second" only after "the" or beside another
#: ordinal: alone, "second" may be the unit of time and "first" a word's translation.
_ORDINAL_ALONE = r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_ORDINAL_ANY = rf"first|second|{_ORDINAL_ALONE}"
_ORDINALS_ONLY = re.compile(
    rf"(?:the\s+)?(?:(?:{_ORDINAL_ANY})(?:\s*,\s*|,?\s+(?:and|or)\s+))+(?:{_ORDINAL_ANY})\.?"
    rf"|(?:the\s+)?(?:{_ORDINAL_ALONE})\.?|the\s+(?:first|second)\.?",
    re.I,
)
_ORDINAL_WORD = re.compile(rf"\b(?:first|second|{_ORDINAL_ALONE})\b", re.I)
#: Words that say in one word how often, as a period between times: "biennially" is
#: every 2 years, "quarterly" every 3 months. The adjective only as the whole value
#: ("biennial"; "a biennial" is a plant). Not "biannual" nor "biweekly": by whom you ask,
#: twice a year or every two years, twice a week or every two weeks.
_EVERY_PERIOD = {
    "biennial": "2 years",
    "triennial": "3 years",
    "semiannual": "6 months",
    "semi-annual": "6 months",
    "quarterly": "3 months",
    "fortnightly": "2 weeks",
}
_PERIOD_ADVERB = re.compile(
    r"\b(biennial|triennial|semi-?annual)ly\b|\b(quarterly|fortnightly)\b", re.I
)
_PERIOD_ALONE = re.compile(r"\s*(biennial|triennial|semi-?annual)\.?\s*", re.I)


def _every_period(match: re.Match) -> str:
    word = (match.group(1) or match.group(2)).casefold()
    return f"every {_EVERY_PERIOD[word]}"


def _may_state_number(text: str) -> bool:
    """False when ``text`` surely states no number: no digit, and (ASCII text) no word
    that ``_SPELLED`` could read as one. Most texts: it spares the regexes below."""
    return _DIGIT.search(text) is not None or _may_spell_number(text)


def _may_spell_number(text: str) -> bool:
    """False when ``text`` surely writes no number in words: an ASCII text none of whose
    words (runs of letters) is a number word, where ``_SPELLED`` and ``_YEAR_SPELLED``
    start. (Other texts may: IGNORECASE reads some letters beyond ASCII as ASCII ones.)"""
    if not text.isascii():
        return True
    return not _NUMBER_WORDS.isdisjoint(text.encode().translate(_ASCII_WORDS).split())


#: A year said in words: its century (ten to twenty), then its last two digits (ten to
#: ninety-nine, or "oh" and a digit): "nineteen ninety-three", "twenty twenty-one",
#: "eighteen oh five" ("nineteen hundred and five" is read as a hundreds number).
_YEAR_SPELLED = re.compile(
    rf"\b({_UNITS}|twenty)\s+(?:({_TENS})(?:[- ]({_DIGITS}))?|({_UNITS})|oh[- ]({_DIGITS}))\b"
    r"(?![-‐][^\W\d_])",  # "ten twenty-minute rounds" are no year
    re.I,
)
#: Thousands and what follows them, once written in digits: "2 thousand and 5" is 2005.
_THOUSANDS_AND = re.compile(
    r"\b([1-9]\d{0,2}) thousand,?(?: and)? (\d{1,3})\b(?! ?(?:thousand|million|billion)\b)",
    re.I,
)


def _in_digits(text: str) -> str:
    """Numbers written in words as digits: "eleven nines" -> "11 nines", "twenty-four"
    -> "24" (as far as ninety-nine; "hundred", "thousand", ... follow as multipliers),
    a year "nineteen ninety-three" -> "1993", "two thousand and five" -> "2005"."""
    if _may_spell_number(text):  # most texts write none: the two searches are spared
        text = _YEAR_SPELLED.sub(_spelled_year, text)
        text = _SPELLED.sub(_spelled_number, text)
    if "thousand" in text.lower():
        text = _THOUSANDS_AND.sub(lambda m: str(int(m[1]) * 1000 + int(m[2])), text)
    return text


#: "About" as a year's or a date's short forms write it: "c. 2560 BC", "ca. 1760" (not
#: "Ca 2.5", calcium's symbol).
_CIRCA = re.compile(r"(?<![\w.])(?:c|ca|cca)\.\s?(?=\d)|(?<![\w.])[Cc]irca\s+(?=\d)")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
#: Months named in the other languages a corpus is often written in (German, French,
#: Spanish, Italian, Portuguese, Dutch), with and without accents, by their number:
#: read only inside a full date, a day and a year around them ("25. Mai 2018").
_OTHER_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner janvier enero gennaio janeiro januari janv",
            "februar février fevrier febrero febbraio fevereiro februari févr fevr",
            "märz maerz marz mars marzo março marco maart",
            "avril abril aprile",
            "mai mayo maggio maio mei",
            "juni juin junio giugno junho",
            "juli juillet julio luglio julho juil",
            "août aout agosto augustus",
            "septembre septiembre setiembre settembre setembro",
            "oktober octobre octubre ottobre outubro okt",
            "novembre noviembre novembro",
            "dezember décembre decembre diciembre dicembre dezembro déc dez",
        ),
        1,
    )
    for name in names.split()
}
#: A month by its name or its first three letters ("Sept" too), a dot after them or not.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    rf"|{'|'.join(sorted(_OTHER_MONTHS, key=len, reverse=True))})\.?"
)
_MONTH_NAME = re.compile(rf"\b{_MONTH}(?!\w)", re.I)
#: A full date, the day in any of the ways people write one: "1789-07-14", "14 July
#: 1789", "14th of July, 1789", "July 14, 1789", "14/07/1789", "14.07.1789"; not a
#: day before the common era ("15 March 44 BC": left as written).
_FULL_DATE = re.compile(
    rf"""(?<![\w.:/-])(?:
      (?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})(?![\w-])
    | (?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?P<dmy_m>{_MONTH})
      \s*,?\s+(?:de\s+)?(?P<dmy_y>\d{{3,4}})
    | (?P<mdy_m>{_MONTH})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<mdy_y>\d{{3,4}})
    | (?P<num_a>\d{{1,2}})(?P<sep>[/.])(?P<num_b>\d{{1,2}})(?P=sep)(?P<num_y>\d{{4}})
    )(?![\w-]|[.,/]\d|\s*(?:B\.?\s?C|AD\b|A\.\s?D))""",
    re.I | re.X,
)


def _calendar_days(text: str) -> str:
    """Each full date of ``text`` as its day's number in ``_CALENDAR_DAY``, then its
    year: written in any of the ways ``_FULL_DATE`` reads, one day is one value, and it
    states its year ("14 July 1789" is in "1789", not in "1790"). A numeric date whose
    day and month may be read either way (``06/07/1789``) is left as written."""
    return _FULL_DATE.sub(_calendar_day, text)


#: What may stand around a full date given alone as an answer: "On 1 July 1916.".
_AROUND_A_DATE = re.compile(r"^\W*(?:on\s+)?(?:the\s+)?|[\s.;!]*$", re.I)


def date_alone(text: str) -> int | None:
    """The day (its ordinal) of a text that is one full date and nothing else, in any of
    the ways ``_FULL_DATE`` reads ("1 July 1916", "July 1, 1916", "1916-07-01", "on the
    1st of July 1916"); None for any other text, a date told with more words ("1 July
    1916, at 7:30"), or a numeric date read either way ("06/07/1916")."""
    core = _AROUND_A_DATE.sub("", text)
    found = _FULL_DATE.fullmatch(core)
    if found is None:
        return None
    day = _calendar_day(found).split()
    return int(day[0]) if len(day) == 3 and day[1] == _CALENDAR_DAY else None


def _calendar_day(match: re.Match) -> str:
    groups = match.groupdict()
    if groups["iso_y"]:
        year, month, day = groups["iso_y"], groups["iso_m"], groups["iso_d"]
    elif groups["dmy_y"]:
        year, month, day = groups["dmy_y"], _month_number(groups["dmy_m"]), groups["dmy_d"]
    elif groups["mdy_y"]:
        year, month, day = groups["mdy_y"], _month_number(groups["mdy_m"]), groups["mdy_d"]
    else:
        first, second = int(groups["num_a"]), int(groups["num_b"])
        if first <= 12 and second <= 12 and first != second:
            return match.group()  # "06/07/1789": June 7 in the US, 6 July elsewhere
        year, month, day = groups["num_y"], min(first, second), max(first, second)
    try:
        day_number = date(int(year), int(month), int(day)).toordinal()
    except ValueError:
        return match.group()  # "31 June 1789", "0000-00-00": no day
    return f" {day_number} {_CALENDAR_DAY} {int(year)} "


#: A range of years whose second year keeps only its last two digits, as historians
#: write one ("1914-18", "1618–48"): a year of four digits, a dash, two digits. With a
#: hyphen, two digits up to 12 may be a month ("2001-05", May 2001) and are left alone.
_SHORTENED_YEAR_RANGE = re.compile(
    r"(?<![\w.,/:–-])(?P<first>1\d{3}|20\d{2})(?P<dash>\s?[-–]\s?)(?P<last>\d{2})(?![\w.,/:–-]?\d)"
)


#: The longest span a shortened range of years crosses into the next century with
#: ("1999–01", "1995–2005" as "1995–05"; not "1914–12").
_SHORTENED_INTO_NEXT_CENTURY = 20  # years


def _shortened_year_ranges(text: str) -> str:
    """Each range of years whose second year is shortened to two digits with both years
    written in full ("1914-18" is "1914-1918", "1999–01" "1999–2001"); one whose
    shortened year would come long after the first, in the next century, is left as
    written ("1914–12")."""
    return _SHORTENED_YEAR_RANGE.sub(_whole_year_range, text)


def _whole_year_range(match: re.Match) -> str:
    first, last = int(match["first"]), int(match["last"])
    if "-" in match["dash"] and last <= 12:
        return match.group()  # "2001-05": May 2001, maybe
    year = first - first % 100 + last
    if year <= first:
        year += 100  # "1999–01": into the next century
        if year - first > _SHORTENED_INTO_NEXT_CENTURY:
            return match.group()
    return f"{match['first']}{match['dash']}{year}"


def _month_number(name: str) -> int:
    name = name.rstrip(".").casefold()
    if name in _OTHER_MONTHS:
        return _OTHER_MONTHS[name]
    return next(n for n, month in enumerate(_MONTHS, 1) if month.startswith(name[:3]))


_ORDINAL_WORDS = {
    word: n
    for n, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),
        1,
    )
}
_ORDINAL_WORDS["twenty-first"] = 21
#: A century by its number ("15th century", "fifteenth century", "15th c.", "the 5th
#: century BCE") or its hundreds ("the 1400s", "the 1400's": not "1400s" alone, which
#: may be seconds).
_NUMBERED_CENTURY = re.compile(
    rf"""(?<![\w.])(?:
      (?:(?P<digits>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{"|".join(_ORDINAL_WORDS)}))
      [\s-]+(?:century|centuries|cent\.|c\.(?!\s?\d))
    | (?<=the\s)(?P<hundreds>\d{{1,2}})00[’']?s\b
    )(?P<bc>\s*(?:BCE?\b|B\.\s?C\.(?:\s?E\.)?))?(?:\s*(?:AD|CE)\b|\s*(?:A\.\s?D|C\.\s?E)\.)?""",
    re.I | re.X,
)


#: A decade by its years after "the" ("the 1960s", "the 1960's"; not "1960s" alone,
#: which may be seconds, nor "the 1900s", a century).
_DECADE = re.compile(r"(?<=\bthe\s)(?P<decade>\d{2}[1-9]|\d[1-9]\d)0[’']?s\b", re.I)


def _decades(text: str) -> str:
    """Each decade named by its years (``_DECADE``) as its number in ``_DECADE_NUMBER``."""
    return _DECADE.sub(lambda match: f" {match['decade']} {_DECADE_NUMBER} ", text)


def _numbered_centuries(text: str) -> str:
    """Each century named by its number (``_NUMBERED_CENTURY``) as that number in
    ``_CENTURY_NUMBER`` (before the common era ``_CENTURY_NUMBER_BC``): "the fifteenth
    century", "15th c." and "the 1400s" are one century."""
    return _NUMBERED_CENTURY.sub(_numbered_century, text)


def _numbered_century(match: re.Match) -> str:
    if match["digits"]:
        number = int(match["digits"])
    elif match["word"]:
        number = _ORDINAL_WORDS[match["word"].translate(ASCII_LOOKALIKES).lower()]
    else:
        number = int(match["hundreds"]) + 1  # "the 400s BC" (499-400 BC): the 5th BC
    unit = _CENTURY_NUMBER_BC if match["bc"] else _CENTURY_NUMBER
    return f" {number} {unit} "


def _ordinal_digits(word: str) -> str:
    """An ordinal word in digits with its suffix: "third" is "3rd", "Ninth" "9th"."""
    number = _ORDINAL_WORDS[_as_ascii(word)]
    return f"{number}{({1: 'st', 2: 'nd', 3: 'rd'}).get(number, 'th')}"


def _as_ascii(word: str) -> str:
    """A word an IGNORECASE pattern matched, as its table writes it: in small letters,
    and "ı", "İ", "ſ" and the Kelvin sign, which such a pattern reads as ASCII letters,
    as those letters ("bıllıon" is "billion", never a KeyError)."""
    return word.translate(ASCII_LOOKALIKES).casefold()


def _number_word(word: str) -> int:
    """The number of a number word ``_SPELLED`` matched, in any case ("Six", "ſix")."""
    return _NUMBER_WORD[word.translate(ASCII_LOOKALIKES).lower()]


def _spelled_year(match: re.Match) -> str:
    century, tens, unit, teen, after_oh = match.groups()
    first = _number_word(century)
    if first < 10 or first > 20:
        return match.group()  # "two fifty" is no year
    if after_oh:
        last = _number_word(after_oh)
    elif teen:
        last = _number_word(teen)
        if last < 10:
            return match.group()  # "nineteen five": no year said so
    else:
        last = _number_word(tens) + (_number_word(unit) if unit else 0)
    return str(first * 100 + last)


#: What stands before a "one" that is a pronoun, not a number: "the right one", "a
#: bigger one", "which one", "each one", "no one".
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|this|that)\s+[a-z]+(?:-[a-z]+)?|the|which|each|every|any|no|another)\s+$",
    re.I,
)


def _spelled_number(match: re.Match) -> str:
    if match.group().lower() == "one" and _PRONOUN_ONE_BEFORE.search(
        match.string, 0, match.start()
    ):
        return match.group()  # "the left one" / "the right one": two answers, not 1 and 1
    numbers = [_below_hundred(found) for found in _BELOW_HUNDRED_RE.finditer(match.group())]
    if "hundred" in match.group().lower():
        return str(numbers[0] * 100 + sum(numbers[1:]))
    return str(numbers[0])


def _below_hundred(match: re.Match) -> int:
    tens, unit, alone = match.groups()
    if alone:
        return _number_word(alone)
    return _number_word(tens) + (_number_word(unit) if unit else 0)


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPERSCRIPT_POWER = re.compile(r"([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def _powers_written_out(text: str) -> str:
    """ "10²³" as "10^23", "10⁻⁹" as "10^-9"."""
    if text.isascii():
        return text
    return _SUPERSCRIPT_POWER.sub(lambda m: "^" + m.group().translate(_SUPERSCRIPTS), text)


#: Python's power operator between two numbers ("2**31", "10 ** 9").
_PYTHON_POWER = re.compile(r"(?<=\d)\s*\*\*\s*(?=[-−+]?\d)")
#: A whole power and a whole number added or taken away: "2^63 − 1", "2^31 - 1" (and so
#: "2**63 − 1" and "2¹⁶ − 1", written so before). Not a unit's power ("m^2 - 1"), a
#: range between two powers ("2^8-2^16"), nor a power of ten after a "×" (``_amount``).
_POWER_AND_TERM = re.compile(
    r"(?<![\w.^])(?P<base>\d{1,4})\s*\^\s*(?P<exp>\d{1,2})"
    r"\s*(?P<op>[-−+])\s*(?P<term>\d{1,6})(?![\w.,^])"
)


def _power_evaluated(match: re.Match) -> str:
    """The number a ``_POWER_AND_TERM`` match makes, in digits; as written after a
    multiplication sign ("6 × 10^3 + 5") or when its power is over 64."""
    exponent = int(match.group("exp"))
    if exponent > 64 or match.string[: match.start()].rstrip()[-1:] in ("×", "x", "X", "*", "·"):
        return match.group(0)
    number = int(match.group("base")) ** exponent
    term = int(match.group("term"))
    return str(number + term if match.group("op") == "+" else number - term)


def _signed(exponent: str) -> int:
    """An exponent as written, its sign a hyphen or a typographic minus ("−23")."""
    return int(exponent.replace("−", "-"))


def _amount(match: re.Match) -> tuple[Fraction, Fraction | None]:
    """The number a ``_QUANTITY`` match states, and the step of its last written digit
    when it is written with decimals or a power of ten (None for a whole number)."""
    written = match.group("num").replace(",", "")
    amount = Fraction(int(written) if written.isdigit() else written)  # int(): faster
    decimals = len(written.partition(".")[2])
    denominator = match.group("den")
    if denominator is not None:  # "1/250 s" is a 250th of a second
        return amount / Fraction(denominator), None
    exp = match.group("exp") or match.group("exp10")
    if exp is not None:
        scale = Fraction(10) ** _signed(exp)
        return amount * scale, scale / 10**decimals
    power = match.group("power")
    if power is not None and abs(_signed(power)) <= 64:
        return amount ** _signed(power), None
    return amount, (Fraction(1, 10**decimals) if decimals else None)


#: Languages that write a decimal comma and group thousands with a dot or a space
#: ("1.000,5"): their primary subtags, and the regions of theirs that write a point.
_DECIMAL_COMMA_LANGUAGES = frozenset(
    """de fr es it pt nl ru pl cs sk sl hr sr bs bg uk be ro hu sv da nb nn no fi et lv lt
    tr el id vi ca gl eu is az kk uz mn ka hy""".split()
)
_DECIMAL_POINT_REGIONS = frozenset({"de-ch", "de-li", "it-ch", "es-mx", "es-us", "es-pr"})
#: A dot that groups thousands ("1.000", "12.500.000"), in a decimal-comma language.
_GROUPING_DOT = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_DECIMAL_COMMA_SIGN = re.compile(r"(?<=\d),(?=\d)")


def writes_decimal_comma(language: str) -> bool:
    """The corpus's language (``language: de``, ``pt-BR``) writes "1.000,5" for 1000.5."""
    tag = language.strip().casefold().replace("_", "-")
    if any(tag.startswith(region) for region in _DECIMAL_POINT_REGIONS):
        return False
    return tag.split("-", 1)[0] in _DECIMAL_COMMA_LANGUAGES


#: A long-scale billion, 10¹², as the languages that write a decimal comma name it
#: ("1 Billion" in German is a million millions): read as the English "trillion".
_LONG_SCALE_BILLION = re.compile(
    r"(?<=\d)\s*(?:billion(?:en|s)?|billón|billones|billon|biljoen|bilião|biliões)(?!\w)", re.I
)


def with_decimal_point(text: str) -> str:
    """A value written with a decimal comma as the checks read numbers: "1.000 m" is
    "1000 m", "1,5 kg" is "1.5 kg", "1.000,5" is "1000.5"; and a billion said in those
    languages is 10¹² ("2 Billionen" is "2 trillion")."""
    if not any(ch.isdigit() for ch in text):
        return text
    text = _DECIMAL_COMMA_SIGN.sub(".", _GROUPING_DOT.sub("", text))
    if "bil" in text or "Bil" in text:
        text = _LONG_SCALE_BILLION.sub(" trillion", text)
    return text


#: A whole value in parentheses, an accountant's negative: "(500)", "($300)", "$(300)",
#: "(1,250) USD".
_ACCOUNTANTS_NEGATIVE = re.compile(
    r"\s*(?P<before>US\$|[$€£¥])?\s*\(\s*(?P<inside>(?:US\$|[$€£¥])?\s*\d[\d.,]*)\s*\)"
    r"(?P<after>\s*(?:USD|EUR|GBP|JPY|CHF|CAD|AUD))?\s*"
)
_YEAR = re.compile(r"[12]\d{3}")


def accountants_sign(text: str) -> str:
    """``text`` with an accountant's negative written with a minus: "(1,250) USD" is
    "-1,250 USD", "($300)" and "$(300)" are "-$300"; not a year ("(1999)")."""
    if "(" not in text:
        return text
    found = _ACCOUNTANTS_NEGATIVE.fullmatch(text)
    if found is None:
        return text
    before, inside, after = found.group("before", "inside", "after")
    if not before and not after and _YEAR.fullmatch(inside):
        return text
    return f"-{before or ''}{inside}{after or ''}"


#: Words that say a value is rounded: its whole numbers are not exact ("about 2,000 °F"),
#: before its number or anywhere for an estimate ("83 million (2023 est.)").
_APPROXIMATE = re.compile(
    r"\b(?:about|approximately|approx|around|roughly|nearly|circa|ca\.)\s*\d|[~≈]\s*\d"
    r"|\b(?:est\.|estimated?\b)",
    re.I,
)


def _approximate_step(written: str, scaled: bool = False) -> Fraction | None:
    """The rounding a whole number said to be approximate may hide: its trailing zeros,
    down to its second digit ("about 2,000" hides up to 100, "about 1,100" 100, "about
    8,849" nothing: 8,848 is another value). Before a word of scale (``scaled``) its last
    digit is rounded too: "about 83 million" or "about 83M" may be 83,200,000."""
    digits = written.replace(",", "")
    if scaled and digits.isdigit():
        return _approximate_step(written) or _ONE
    if not digits.isdigit() or len(digits) < 2:
        return None
    zeros = len(digits) - len(digits.rstrip("0"))
    return Fraction(10) ** min(zeros, len(digits) - 2) if zeros else None


#: Arabic's decimal separator and its thousands separator, as the digits they join mean.
_ARABIC_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ""})


#: A pace in minutes and seconds per kilometre or mile: "5:00/km", "8:03 min per mile".
_PACE = re.compile(
    r"(?<![\d:])(\d{1,2}):([0-5]\d)\s*(?:min(?:utes?)?\s*)?(?:/|per\s+)"
    r"(km|kilomet(?:re|er)s?|mi|miles?)\b",
    re.I,
)


def _pace_in_seconds(match: re.Match) -> str:
    """ "5:00/km" as "300 s/km", "8:03 per mile" as "483 s/mile"."""
    seconds = int(match.group(1)) * 60 + int(match.group(2))
    per = "km" if match.group(3).casefold().startswith("k") else "mile"
    return f"{seconds} s/{per}"


#: A million and a billion (10⁹) as German, French, Spanish, Italian, Portuguese and
#: Dutch write them after a number ("€20 Millionen", "20 Mio. €", "3 Mrd.", "2 milliards"),
#: read as the English words. A long-scale "Billion" (10¹²) is not among them: see
#: ``with_decimal_point``.
_OTHER_MULTIPLIERS = re.compile(
    r"(?<=\d)\s*(?:(?P<million>millionen|mio\.|mio\b|millions|millones|millón|millon"
    r"|milioni|milione|milhões|milhoes|milhão|milhao|miljoen)"
    r"|(?P<billion>milliarden|milliarde|mrd\.|mrd\b|milliards|milliard|mil millones"
    r"|miliardi|miliardo|miljard(?:en)?|millardos?))(?!\w)",
    re.I,
)


def _english_multiplier(match: re.Match) -> str:
    return " million" if match.group("million") else " billion"


#: A number and a part of one, in words: "12 and a half", "6 and a quarter", "2 and three
#: quarters" (numbers already in digits: ``_in_digits``).
_AND_A_PART = re.compile(r"(?<![\d.])(\d+) and (a|1|3) (half|quarter|quarters)\b")
_PARTS = {("a", "half"): "5", ("1", "half"): "5", ("a", "quarter"): "25"}
_PARTS |= {("1", "quarter"): "25", ("3", "quarters"): "75"}


def _and_a_part(match: re.Match) -> str:
    """ "12 and a half" as "12.5"; a part that is no fraction of one as written."""
    part = _PARTS.get((match.group(2), match.group(3)))
    return f"{match.group(1)}.{part}" if part else match.group()


#: A value that is only hours, minutes and seconds ("2:00:35", "0:03:26.0"), or minutes
#: and seconds with a decimal fraction ("3:59.4": no time of day has one). A time with a
#: date or other words is set aside (``_DATE``), and so is a bare "3:59".
_HOURS_MINUTES_SECONDS = re.compile(
    r"(\d{1,3}):([0-5]\d):([0-5]\d(?:\.\d+)?)|()(\d{1,3}):([0-5]\d\.\d+)"
)


def _in_seconds(clock: re.Match) -> str:
    """Hours, minutes and seconds as one number of seconds: "2:00:35" is "7235 s",
    "3:59.4" "239.4 s"."""
    hours, minutes, seconds = clock.groups()[:3] if clock.group(1) else clock.groups()[3:]
    whole, _, decimals = seconds.partition(".")
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(whole)
    return f"{total}.{decimals} s" if decimals else f"{total} s"


#: A mark of feet or inches, and one right after a number: "6'", "8′", "80\"", "96″".
_LENGTH_MARK = re.compile("['\"′″]")
_FOOT_MARK = re.compile("(?<=\\d)['′](?![^\\W\\d])")
_INCH_MARK = re.compile('(?<=\\d)["″](?![^\\W\\d])')


def _feet_and_inches(text: str) -> str:
    """ "6' 8\"" and "6'8\"" as "6 ft 8 in", "96″" as "96 in": when every such mark
    follows a digit (not a quotation, "it's", "the \"Top 40\"") and none comes before a
    pace's "/" ("4'30\"/km"). ``_value_text`` leaves a value with "°" alone: its marks
    are minutes and seconds of arc."""
    for found in _LENGTH_MARK.finditer(text):
        at = found.start()
        if not text[at - 1 : at].isdigit() or text[at + 1 : at + 2] == "/":
            return text
    return _INCH_MARK.sub(" in ", _FOOT_MARK.sub(" ft ", text)).strip()


@lru_cache(maxsize=65536)
def _value_text(text: str) -> str | None:
    """``text`` as the quantity regexes read it (``parse`` and ``is_mostly_quantity``
    share it): numbers written in words in digits, powers of ten written out, markup,
    dates and range dashes set aside; None when it surely states no number."""
    text = sign_first(text)  # the charge "2−" is −2
    if "/" in text and " " in text:
        text = slash_unspaced(text)  # "3 / 4" is "3/4", one value
    if ("'" in text or '"' in text or "′" in text or "″" in text) and "°" not in text:
        text = _feet_and_inches(text)  # "6' 8\"" is "6 ft 8 in"
    if "#" in text:
        text = HEX_COLOUR.sub(" ", text)  # "#333", a colour: no amount
    if text[:1] in "aA" and _ONE_SPAN.match(text) is not None:
        text = "1" + text[text.index(" ") :]  # "a decade" is "1 decade"
    elif text[:1] in "aA" and _ONE_SPAN_FROM_EVENT.match(text) is not None:
        text = _ONE_SPAN_FROM_EVENT.sub("1 ", text, count=1)  # "a week after" "1 week after"
    if any(bound in text.lower() for bound in _BOUND_BEFORE_ONE_SPAN):
        text = _TO_ONE_SPAN.sub("1 ", text)  # "30 minutes to an hour" ends at "1 hour"
    if text[:1] in "oOtT" and (times := _TIMES_IN_ONE_WORD.fullmatch(text.strip())):
        text = _TIMES_OF_WORD[_as_ascii(times.group(1))]  # "Twice" is "2 times"
    if "th" in text.lower() or "ir" in text.lower() or "ec" in text.lower():
        if _ORDINALS_ONLY.fullmatch(text.strip()) is not None:  # "the third" is "3rd"
            text = _ORDINAL_WORD.sub(lambda m: _ordinal_digits(m.group()), text)
    if "ly" in text or "ennial" in text or "annual" in text:  # "biennial(ly)": every 2 years
        alone = _PERIOD_ALONE.fullmatch(text)
        text = _every_period(alone) if alone else _PERIOD_ADVERB.sub(_every_period, text)
    if "entur" in text or "c." in text or "00s" in text or "00's" in text:
        text = _numbered_centuries(text)  # "the fifth century BC", "15th c.", "the 1400s"
    if "0s" in text or "0's" in text or "0’s" in text:
        text = _decades(text)  # "the 1960s": a decade
    if not _may_state_number(text):
        return None
    if ":" in text and (clock := _HOURS_MINUTES_SECONDS.fullmatch(text.strip())) is not None:
        return _in_seconds(clock)  # "2:00:35", a race time: 7235 s
    if "::" in text or text.count(":") > 1:
        text = _COLON_ADDRESS.sub(" ", text)  # "2001:db8::/32", a MAC: no amount
    if ":" in text:
        text = _PORT_PAIR.sub(" ", text)  # "-p 8080:80": two ports, no ratio
    if ":" in text and _PACE.search(text) is not None:
        text = _PACE.sub(_pace_in_seconds, text)  # "5:00/km" is "300 s/km"
    if "-" in text or "/" in text or "." in text or _MONTH_NAME.search(text) is not None:
        text = _calendar_days(text)  # "1789-07-14", "14 July 1789": one day
    if "-" in text or "–" in text:
        text = _shortened_year_ranges(text)  # "1914-18" is "1914-1918"
    if "c" in text:
        text = _CIRCA.sub("circa ", text)  # "c. 1450", "ca. 1450": "circa 1450"
    if "\u066b" in text or "\u066c" in text:
        text = text.translate(_ARABIC_SEPARATORS)  # "٣٫١٤" is 3.14, "١٬٠٠٠" 1000
    if "/" in text:
        text = _SLASHED.sub(_pair_or_fraction, text)
    if not text.isascii():
        text = _VULGAR.sub(_as_fraction, text)  # after: "2¾" is 11/4, one number
    if "/" in text:
        text = _MIXED_NUMBER.sub(_mixed_as_fraction, text)  # after: "1 1/2 in" is 3/2 in
    text = _powers_written_out(_in_digits(text))
    if "^" in text or "-1" in text or "−1" in text:
        text = _POWERED_UNIT.sub(_unit_of_powers, text)  # "1700 cm⁻¹" is no length
    if " in " in text:
        text = _ONE_IN.sub(_one_in, text)  # "1 in 20" is the proportion 1/20
    if "**" in text:
        text = _PYTHON_POWER.sub("^", text)  # "2**31" is "2^31"
    if "^" in text:
        text = _POWER_AND_TERM.sub(_power_evaluated, text)  # "2^63 − 1": one number
    if " and " in text:
        text = _AND_A_PART.sub(_and_a_part, text)  # "12 and a half" is 12.5
    if "mi" in text or "M" in text or "mr" in text:
        text = _OTHER_MULTIPLIERS.sub(_english_multiplier, text)  # "20 Mio." is 20 million
    if _DIGIT.search(text) is None:
        return None
    if "," in text:
        text = _DECIMAL_COMMA.sub(_decimal_point, text)
    text = _DATE.sub(" ", unmark(text))
    if "-" in text or "–" in text or "—" in text:
        text = _GLUED_RANGE.sub(r"\1 to ", text)
    text = _RANGE.sub(" to ", text)
    if "±" in text or "+/-" in text or "+-" in text:
        text = _UNIT_TOLERANCE.sub(_unit_tolerance_range, text)  # "230 V ± 10 %"
        text = _PLUS_MINUS.sub(_tolerance_range, text)  # "7.4 ± 0.05" is 7.35 to 7.45
    if "ive " in text or "us " in text:  # "negative 500" is -500, "positive 500" 500
        text = _SIGN_WORD.sub(_sign, text)
    if ("§" in text or "(" in text or "¶" in text) and _CITATION.search(text):
        return None  # "§ 242 StGB", "Art. 5(1)(b)": a place in a text, not an amount
    if _LETTERED_PROVISION.search(text) is not None:
        return None  # "Art. 17a", "Section 230a": a place in a text too
    if any(mark in text for mark in _CURRENCY_MARKS):
        if " to " in text:
            text = _CURRENCY_RANGE.sub(_currency_range_after, text)
        text = _CURRENCY_BEFORE.sub(_currency_after, text)
        if "€" in text or "£" in text or "¥" in text:
            text = _SIGN_AFTER.sub(lambda m: f"{m.group(1)} {_CURRENCY_CODES[m.group(2)]}", text)
        text = _OTHER_DOLLAR.sub(r"\1", text)  # "NZ$100": a currency the checks do not know
    if "x" in text or "×" in text:
        text = _GLUED_TIMES.sub(r"\1 × \2", text)  # "36x24mm" is "36 × 24mm"
    if "v" in text or "V" in text:
        text = _VERSION_PREFIX.sub("", text)  # "v1.24" is the version 1.24
    if "ight" in text:
        text = _LIGHT_YEAR.sub("lightyears", text)
    if "ycle" in text:
        text = _CYCLES_PER_SECOND.sub(" Hz", text)  # "60 cycles per second" is "60 Hz"
    if "cent" in text:
        text = _PER_CENT.sub("percent", text)  # "4 per cent", British for "4 percent"
    if "^" in text or "sq" in text or "square" in text or "cubic" in text:
        text = _POWERED.sub(_powered, text)  # "5 m²", "5 sq m", "5 square metres": "5 m2"
    if "hex" in text or "Hex" in text:
        text = _HEX_DIGITS.sub(" hexdigits", text)  # "32 hex digits" is 128 bits
    if _TORQUE_HINT.search(text) is not None:
        text = _TORQUE.sub(_torque, text)  # "108 N·m", "80 lb-ft", "80 foot-pounds"
    if "gal" in text:  # "5 US gallons" (no microseconds), "4 imperial gallons"
        text = _GALLONS.sub(_gallons, text)
    if "fl" in text or "luid" in text:  # "2 fl oz" is a volume; "2 oz" stays a weight
        text = _FLUID_OUNCES.sub("floz", text)
    if _GLUED_PARTS.search(text) is not None:
        text = _GLUED_DURATION.sub(_duration_spaced, text)  # "1m30s" is "1 min 30 s"
    if "FL" in text:
        text = _FLIGHT_LEVEL.sub(_flight_level_feet, text)  # "FL180" is 18,000 ft
    if "NM" in text:
        text = _NAUTICAL_MILES.sub(" nmi", text)  # "5 NM" is 5 nautical miles
    if "Hg" in text or "mercury" in text:
        text = _MM_HG.sub("mmHg", text)  # "120 mm Hg", "... millimetres of mercury": no length
        text = _IN_HG.sub("inHg", text)  # "30.12 in Hg", "30.12 inches of mercury"
    if "H2O" in text or "H₂O" in text:
        text = _OF_WATER.sub(_of_water, text)  # "20 cm H₂O": a pressure, no length
    if "eg" in text or "elsius" in text or "ahrenheit" in text or "entigrade" in text:
        text = _DEGREES.sub(_degree_sign, text)  # "95 degrees Celsius" is "95 °C"
    if "." in text or "AD" in text or "CE" in text:
        text = _ERA_BEFORE.sub(r"\2 \1", _ERA_DOTTED.sub(_undotted, text))
    return text


#: Hexadecimal digits after a number: "32 hex digits", "40 hex characters", "64
#: hexadecimal chars".
_HEX_DIGITS = re.compile(r"(?<=\d)\s*(?i:hex(?:adecimal)?[\s-]+(?:digit|character|char)s?)\b")


#: A torque after a number: newton metres with a capital "N" ("108 Nm", "108 N·m", "108
#: newton-metres"; "nm" is a nanometre, "NM" a nautical mile), pound-feet ("80 lb-ft",
#: "80 lbf·ft", "80 ft-lbs", "80 foot-pounds") and pound-inches ("90 in-lb"): without it
#: "80 lb-ft" was 80 pounds of mass and "80 ft-lb" 80 feet.
_TORQUE_HINT = re.compile(r"\d\s?(?:N|[Nn]ewton|lb|LB|ft|FT|[Ff]oot|[Pp]ound|in|[Ii]nch)")
_TORQUE = re.compile(
    r"(?<=\d)\s?(?:(?P<nm>N\s?[·⋅.*-]?\s?m|(?i:newton[\s-]?met(?:re|er)s?))"
    r"|(?P<lbft>(?i:lbf?\s?[·⋅.*-]?\s?ft|ft\s?[·⋅.*-]?\s?lbf?s?|pound[\s-]?f(?:ee|oo)t"
    r"|foot[\s-]?pounds?))"
    r"|(?P<lbin>(?i:lbf?[·⋅.*-]in|in[·⋅.*-]lbf?s?|inch[\s-]?pounds?)))"
    r"(?![\w/²³^·⋅.*-])"
)


def _torque(match: re.Match) -> str:
    unit = "newtonmetres" if match.group("nm") else "lbfft" if match.group("lbft") else "lbfin"
    return " " + unit


#: A flight level, hundreds of feet of pressure altitude: "FL180", "FL 350", "FL050".
_FLIGHT_LEVEL = re.compile(r"\bFL ?(\d{2,3})\b")


def _flight_level_feet(match: re.Match) -> str:
    return f"{int(match.group(1)) * 100} ft"


#: Nautical miles as pilots, controllers and sailors write them, in capitals after a
#: number ("5 NM", "3NM"): "nm" in small letters is a nanometre, "nM" nanomolar.
_NAUTICAL_MILES = re.compile(r"(?<=\d)\s?NM\b")


#: Two sizes joined by an "x" with no space: "36x24mm", "1920x1080" (not hexadecimal
#: "0x1F", whose "0" stands alone).
_GLUED_TIMES = re.compile(r"(?<![\w.])((?:[1-9]\d*|0)\.\d+|[1-9]\d*)[x×](\d+(?:\.\d+)?)(?![\d.])")


#: A length squared or cubed: "m^2" (``_powers_written_out`` wrote "m²" so), "sq ft",
#: "square metres", "cubic centimetres"; not after "/" ("m/s^2", "kg/m^3").
_LENGTHS = {
    "mm": "mm", "millimetre": "mm", "millimeter": "mm",
    "cm": "cm", "centimetre": "cm", "centimeter": "cm",
    "m": "m", "metre": "m", "meter": "m",
    "km": "km", "kilometre": "km", "kilometer": "km",
    "in": "in", "inch": "in", "inche": "in",
    "ft": "ft", "foot": "ft", "feet": "ft",
    "yd": "yd", "yard": "yd",
    "mi": "mi", "mile": "mi",
}  # fmt: skip
_LENGTH = "(" + "|".join(sorted(_LENGTHS, key=len, reverse=True)) + ")"
_POWERED = re.compile(
    rf"(?<![/\w])(?:(?P<sq>sq\.?|square)\s+{_LENGTH}s?\b|(?P<cu>cubic)\s+{_LENGTH}s?\b"
    r"|(?P<unit>mm|cm|km|m|in|ft|yd|mi)\^(?P<power>[23])(?![\d.]))",
    re.I,
)


def _powered(match: re.Match) -> str:
    if match.group("unit"):
        return match.group("unit").lower() + match.group("power")
    length = _LENGTHS[(match.group(2) or match.group(4)).lower()]
    return length + ("2" if match.group("sq") else "3")


#: A duration of two parts or more glued as Go, Kubernetes and Prometheus write one:
#: "1m30s", "5m0s", "1h0m0s", "2h45m", "1s500ms" (one part alone, "90m", may be metres).
_GLUED_DURATION = re.compile(
    r"(?<![\w.])(?=\d)(?:\d+(?:\.\d+)?h)?(?:\d+(?:\.\d+)?m(?!s))?(?:\d+(?:\.\d+)?s)?"
    r"(?:\d+(?:\.\d+)?ms)?(?![\w.])"
)
#: What every glued duration of two parts holds: a unit between two digits ("1m30s").
_GLUED_PARTS = re.compile(r"\d(?:h|m|s|ms)\d")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(h|ms|m|s)")
_DURATION_UNIT = {"h": "h", "m": "min", "s": "s", "ms": "ms"}


def _duration_spaced(match: re.Match) -> str:
    """A glued duration of two parts or more, spaced as one the checks read as a sum
    ("1m30s" is "1 min 30 s", 90 s); a single part is left as written."""
    parts = _DURATION_PART.findall(match.group())
    if len(parts) < 2:
        return match.group()
    return " ".join(f"{amount} {_DURATION_UNIT[unit]}" for amount, unit in parts)


#: A temperature's scale written out after its number: "95 degrees Celsius", "212
#: Fahrenheit", "30 deg C", "-40 degrees F" (not "90 degrees", an angle).
_DEGREES = re.compile(
    r"(?<=\d)\s*(?:(?:degrees?|deg\.?)\s*|°\s*)?(celsius|centigrade|fahrenheit)\b"
    r"|(?<=\d)\s*(?:degrees?|deg\.?)\s*([CF])\b",
    re.I,
)


def _degree_sign(match: re.Match) -> str:
    scale = (match.group(1) or match.group(2))[:1].upper()
    return " °F" if scale == "F" else " °C"


#: A value and its tolerance: "7.4 ± 0.05", "5,730 +/- 40 years".
_PLUS_MINUS = re.compile(
    r"(?<![\w.,])([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:±|\+/-|\+-)\s*"
    r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d.,]?\d)"
)


def _tolerance_range(match: re.Match) -> str:
    """A value and its tolerance as the range they state, written to the finer one's
    decimals: "7.4 ± 0.05" is "7.35 to 7.45", the range "7.35–7.45" is."""
    centre, tolerance = (group.replace(",", "").replace("−", "-") for group in match.groups())
    middle, spread = Decimal(centre), Decimal(tolerance)  # exact, to the written digits
    return f"{middle - spread} to {middle + spread}"


#: A value, its unit and a tolerance after the unit: in the same unit ("5 V ± 0.25 V",
#: "20 °C ± 2 °C") or in percent of the value ("230 V ± 10 %", "4.7 kΩ ±5%").
_UNIT_TOLERANCE = re.compile(
    r"(?<![\w.,])([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([^\s\d±+,;()]+)\s*"
    r"(?:±|\+/-|\+-)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([^\s\d±+,;()]+)(?!\w)"
)


def _unit_tolerance_range(match: re.Match) -> str:
    """A value with its unit and a tolerance as the range they state: "5 V ± 0.25 V" is
    "4.75 to 5.25 V", "230 V ± 10 %" is "207 to 253 V" (not 230 V and 10 %, nor a range
    from 0.25 V to 5 V). A tolerance in another unit is left as written."""
    centre, unit, tolerance, tolerance_unit = match.groups()
    middle = Decimal(centre.replace(",", "").replace("−", "-"))
    spread = Decimal(tolerance.replace(",", ""))
    if tolerance_unit == unit:
        pass  # "5 V ± 0.25 V", "50 % ± 5 %": points of the value's own unit
    elif tolerance_unit in _SHARES:
        spread = abs(middle) * spread / _SHARES[tolerance_unit]  # "16 MHz ± 50 ppm"
    elif (ratio := _unit_ratio(tolerance_unit, unit)) is not None:
        spread *= ratio  # "5 V ± 2 mV": 0.002 V
    else:
        return match.group(0)
    if 2 * spread <= abs(middle) * Decimal(str(_CONVERSION_SHARE)):
        return f"{middle} {unit}"  # "16 MHz ± 50 ppm": closer than a conversion, one value
    return f"{middle - spread} to {middle + spread} {unit}"


#: A tolerance written as a share of its value.
_SHARES = {"%": 100, "‰": 1000, "ppm": 10**6}


def _unit_ratio(unit: str, other: str) -> Decimal | None:
    """How many ``other`` one ``unit`` is ("mV" in "V": 0.001), when both are units of
    one dimension with no offset (not "°C" and "K"); else None."""
    one, zero = parse(f"1 {unit}"), parse(f"0 {unit}")
    base, base_zero = parse(f"1 {other}"), parse(f"0 {other}")
    if not (one and base and len(one) == len(base) == 1):
        return None
    ((dimension, amount),), ((base_dimension, base_amount),) = one, base
    if dimension != base_dimension or dimension == "n" or not base_amount:
        return None
    if {a for _, a in zero or {("", 1)}} != {0} or {a for _, a in base_zero or {("", 1)}} != {0}:
        return None  # a scale with an offset: "20 °C ± 2 K"
    ratio = amount / base_amount
    return Decimal(ratio.numerator) / Decimal(ratio.denominator)


#: A sign written as a word before a number ("minus 40 °C"); not an operation between
#: two numbers ("10 minus 5").
_SIGN_WORD = re.compile(r"(?<![\d%] )\b(negative|minus|positive|plus) (?=\d)", re.I)


def _sign(match: re.Match) -> str:
    return "-" if match.group(1).casefold() in ("negative", "minus") else ""


#: A decimal comma: "3,5 t", "0,5 ‰", "3,14159", "1.234,5 km" (dots there group
#: thousands). Not three digits after it ("1,000" groups thousands), nor a list ("1,5,10").
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+|\d{1,3}(?:\.\d{3})+),(\d{1,2}|\d{4,})(?![\d,])")


def _decimal_point(match: re.Match) -> str:
    return f"{match.group(1).replace('.', '')}.{match.group(2)}"


_GALLONS = re.compile(r"\b(US|U\.S\.|imperial|imp\.?|UK|U\.K\.) (gal|gallons?)\b", re.I)


_FLUID_OUNCES = re.compile(r"\bfl\.? ?oz\b|\bfluid ounces?\b", re.I)


def _gallons(match: re.Match) -> str:
    """US gallons are the gallons read by default; imperial (UK) ones are "impgal"."""
    country = match.group(1).upper().replace(".", "")
    return "impgal" if country in ("IMPERIAL", "IMP", "UK") else match.group(2)


_MM_HG = re.compile(r"\b(?:mm\s+Hg|(?:mm|millimet(?:re|er)s?) of mercury)\b", re.I)
#: A pressure in centimetres or millimetres of water: "cm H2O", "cmH₂O" (not "5 cm of
#: water", a depth of it).
_OF_WATER = re.compile(r"\b(cm|mm)\s*H[2₂]O\b", re.I)


def _of_water(match: re.Match) -> str:
    return f"{match.group(1).lower()}h2o"  # a unit with a digit is read in small letters


_IN_HG = re.compile(r"\b(?:in\.?\s+Hg|(?i:inch(?:es)? of mercury))\b")
#: Two whole numbers joined by a slash: a fraction ("1/250 s", "3/4 cup") or a pair.
_SLASHED = re.compile(r"(?<![\w.,/])(\d+)/(\d+)(?![\d/]|[.,]\d)")


#: A proportion as "N in M": "1 in 20", "1 in 2,500 births", "3 in 4 adults".
_ONE_IN = re.compile(r"(?<![\w.,/])(\d+) in (\d{1,3}(?:,\d{3})+|\d+)(?![\w.,/]|\s*%)")


def _one_in(match: re.Match) -> str:
    """The fraction N/M of "N in M" ("1 in 20" is "1/20") when N is 1, or M at most 100 ("3 in 4
    adults"), and N the smaller: not "3 in 2012", a count in a year, nor "1 in 10
    minutes", a unit's amount."""
    top, bottom = int(match.group(1)), int(match.group(2).replace(",", ""))
    after = match.string[match.end() :].split(maxsplit=1)
    if after and after[0].casefold().rstrip(".,;") in UNITS:
        return match.group()
    if top < bottom and (top == 1 or bottom <= 100):
        return f"{top}/{bottom}"
    return match.group()


def _pair_or_fraction(match: re.Match) -> str:
    """A proper fraction stays one ("1/250"); any other is two numbers: "120/80 mmHg"
    (a blood pressure) is 120 and 80, never 1.5 like "150/100"."""
    top, bottom = match.groups()
    return match.group() if int(top) < int(bottom) else f"{top} {bottom}"


#: A whole number, then a blank or a hyphen and a fraction ("1 1/2 in", "5-1/2 in",
#: "2 3/4 cups"): one mixed number, when the fraction is a proper one.
_MIXED_NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3})[ -](\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")


#: A unit symbol after a number, as a factor of a compound unit: "cm", "mol".
_UNIT_FACTOR = r"[^\W\d_]{1,4}"
#: A unit after a number with a negative power or a power in its denominator, as
#: spectroscopy and kinetics write one: "1700 cm^-1" ("cm⁻¹", "cm-1"), "5 s^-1", "25 L
#: mol^-1 cm^-1", "9.81 m s^-2", "9.81 m/s^2" (the superscripts already written out;
#: a density's "g/cm^3" the regexes read).
_POWERED_UNIT = re.compile(
    rf"(?<=\d)(?P<space>\s?)(?P<unit>(?:{_UNIT_FACTOR}(?:\^[-−]?[1-4])?[ ·⋅])*?"
    rf"{_UNIT_FACTOR}(?:\^[-−][1-4]|[-−]1|/(?:s|min|h)\^2)"
    rf"(?:[ ·⋅]{_UNIT_FACTOR}(?:\^[-−]?[1-4]|[-−]1))*)(?![\w^.,])"
)
_FACTOR_POWER = re.compile(rf"(/)?({_UNIT_FACTOR})(?:\^([-−]?[1-4])|[-−](1))?")


def _unit_of_powers(match: re.Match) -> str:
    """A ``_POWERED_UNIT`` as the quantity regexes read it: one unit over another
    ("mol L^-1", "m s^-1") as "mol/L" and "m/s"; any other (a reciprocal length, a
    rate per second, an acceleration) as one word the checks do not know, so that
    "1700 cm^-1" is never 1700 centimetres and "9.81 m/s²" never 9.81 m/s. Written
    alike, two such units are one word: "m s^-2" is "m/s^2"."""
    factors = []
    for over, symbol, power, glued in _FACTOR_POWER.findall(match.group("unit")):
        exponent = int((power or glued or "1").replace("−", "-"))
        if glued:
            exponent = -1  # "cm-1": the hyphen is the power's minus
        factors.append((symbol, -exponent if over else exponent))
    ups = [symbol for symbol, exponent in factors if exponent == 1]
    downs = [(symbol, exponent) for symbol, exponent in factors if exponent != 1]
    if ups and len(downs) == 1 and factors[-1] == downs[0]:
        symbol, exponent = downs[0]
        if exponent == -1:
            return f"{match.group('space')}{' '.join(ups)}/{symbol}"
        if exponent in (-2, -3) and symbol not in _PER:  # "kg m^-3" is "kg/m^3"
            return f"{match.group('space')}{' '.join(ups)}/{symbol}^{-exponent}"
    word = "".join(
        ("per" if exponent < 0 else "") + _POWER_WORD[abs(exponent)] + symbol
        for symbol, exponent in factors
    )
    return f"{match.group('space')}{word}"  # letters only: a unit word, as "1700 percm"


def powered_units_as_words(text: str) -> str:
    """``text`` with each ``_POWERED_UNIT`` written as the one word the quantity regexes
    read: "1000 cm⁻¹" as "1000 percm", a number of a word the checks do not know."""
    return _POWERED_UNIT.sub(_unit_of_powers, _powers_written_out(text))


#: A power as a word of letters (a unit word holds no digit): ``_unit_of_powers``.
_POWER_WORD = {1: "", 2: "square", 3: "cubic", 4: "quartic"}


def _mixed_as_fraction(match: re.Match) -> str:
    """ "1 1/2" as "3/2", read then as one number; left as written when the fraction is
    no proper one."""
    whole, top, bottom = (int(part) for part in match.groups())
    if not 0 < top < bottom:
        return match.group()
    amount = whole + Fraction(top, bottom)
    return f"{amount.numerator}/{amount.denominator}"


#: "½", "1½", "1 ¾", and "1⁄2" with the fraction slash: read as "1/2", "3/2", "7/4".
_VULGAR = re.compile(r"(?:(?<![\d.,])(\d+) ?)?([\u00bc-\u00be\u2150-\u215e])|(?<=\d)\u2044(?=\d)")


def _as_fraction(match: re.Match) -> str:
    whole, vulgar = match.groups()
    if vulgar is None:
        return "/"  # the fraction slash
    part = Fraction(unicodedata.numeric(vulgar)).limit_denominator(16)
    amount = int(whole or 0) + part
    return f" {amount.numerator}/{amount.denominator}"


def _currency_range_after(match: re.Match) -> str:
    """ "$10 to 20k" -> "10 to 20 k usd": the currency after the range's upper end,
    whose unit its lower end takes."""
    code = _CURRENCY_CODES.get(match.group(1), match.group(1).lower())
    low, high = (_with_multiplier(match.group(n), match.group(n + 1)) for n in (2, 4))
    return f"{low} to {high} {code}"


def _with_multiplier(number: str, written: str | None) -> str:
    """ "1.5", "M" -> "1.5 million"; a number with no multiplier as it is."""
    if not written:
        return number
    return f"{number} {_WRITTEN_MULTIPLIERS.get(written, written)}"


#: A multiplier written after a currency amount, as the quantity regex reads it.
_WRITTEN_MULTIPLIERS = {"m": "million", "M": "million", "B": "billion"}


def _currency_after(match: re.Match) -> str:
    """ "$7,000" -> "7,000 usd", "$1.5m" and "$1.5M" -> "1.5 million usd", "$2B" -> "2
    billion usd": the currency read as the amount's unit."""
    code = _CURRENCY_CODES.get(match.group(1), match.group(1).lower())
    return f"{_with_multiplier(match.group(2), match.group(3))} {code}"


def _undotted(match: re.Match) -> str:
    return match.group().replace(".", "").upper()


@lru_cache(maxsize=65536)
def parse(text: str) -> frozenset[Quantity]:
    """The quantities stated in ``text`` (empty when it states none)."""
    return frozenset((dimension, amount) for dimension, amount, _step, _unit in _parse(text))


@lru_cache(maxsize=4096)
def _parse(text: str) -> frozenset[Reading]:
    """The quantities stated in ``text``, each with the step of its last written digit;
    a fraction written in words is read both ways (``_fractions_in_digits``)."""
    found = _readings(text)
    in_digits = _fractions_in_digits(text)
    if in_digits != text:
        found |= _readings(in_digits)
    of_one = _PART_OF_ONE.sub(_part_of_one, text) if _PART_OF_ONE.search(text) else text
    if of_one != text:  # "a quarter inch", "half an hour": read only with their unit
        found |= {reading for reading in _readings(of_one) if reading[0] != "n"}
    return found


#: One part of a unit in words: "a quarter inch", "a half mile", "half an hour" (a part
#: alone, "a quarter", may be a coin or a game's period: ``_parse`` keeps only readings
#: with a unit).
_PART_OF_ONE = re.compile(
    r"(?<![-\w])(?:an? (half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"|(half) an?)[- ](?=[^\W\d_])",
    re.I,
)


def _part_of_one(match: re.Match) -> str:
    word = (match.group(1) or match.group(2)).lower()
    return f"1/{_DENOMINATOR[word]} "


#: A proper fraction written in words: "three quarters", "two-thirds", "one tenth" (a
#: number word below its denominator, singular after "one" only). "two halves" and "four
#: quarters" count halves and quarters, as a game's periods are counted.
_DENOMINATOR = {
    **{"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6},
    **{"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100},
}
_SPELT_FRACTION = re.compile(
    r"(?<![-\w])(one|two|three|four|five|six|seven|eight|nine)[- ]"
    r"(half|halves|(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)s?)\b",
    re.I,
)


def _fractions_in_digits(text: str) -> str:
    """``text`` with each proper fraction written in words in digits ("three quarters"
    is "3/4"), or ``text`` itself. ``_parse`` reads both: "two quarters" may be 2/4 or
    two quarters of a year, and so equals "2 quarters" as well as "0.5"; "three
    quarters" equals "3/4" and never conflicts with it."""
    lowered = text.lower()
    if "th" not in lowered and "quarter" not in lowered and "hal" not in lowered:
        return text
    return _SPELT_FRACTION.sub(_fraction_in_digits, text)


def _fraction_in_digits(match: re.Match) -> str:
    numerator = _number_word(match.group(1))
    word = _as_ascii(match.group(2))
    singular = "half" if word == "halves" else word.removesuffix("s")
    denominator = _DENOMINATOR.get(singular)
    if denominator is None or numerator >= denominator or (word != singular) != (numerator > 1):
        return match.group()  # "two halves", "one thirds": no fraction said so
    return f"{numerator}/{denominator}"


def _readings(text: str) -> frozenset[Reading]:
    """The quantities ``text`` states as written (``_parse``'s one reading)."""
    text = _value_text(text)
    if text is None:
        return frozenset()
    found = _read(text) | _products(text)
    if " " in text and _SPACED_THOUSANDS.search(text):
        # "2 400 mg" is 2400 mg, or 2 and 400 ("ports 80 443"): both readings count, so
        # it equals "2,400 mg" and "80, 443" alike and differs from neither.
        found |= _read(_SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", ""), text))
    if len(found) == 1:
        found |= _as_percentage(next(iter(found)))
    return found


#: A count times an amount after it: "4 × 15 minutes", "2 halves of 30 minutes" (numbers
#: written in words are digits by now).
_COUNT_TIMES = re.compile(r"(?<![\w.,])([1-9]\d?)\s*(?:[×x*]|[^\W\d_]+ of)\s*(?=\d)")


def _products(text: str) -> frozenset[Reading]:
    """The total of a count times one amount with a unit ("4 × 15 minutes": 60 minutes),
    which a value may also state ("four quarters of 15 minutes (60 minutes)"): read so,
    the total is no end of a range of 15 to 60 minutes."""
    times = _COUNT_TIMES.search(text)
    if times is None:
        return frozenset()
    count = Fraction(times.group(1))
    amounts = _read(text[times.end() :].split("(")[0])
    if len(amounts) != 1:
        return frozenset()
    ((dimension, amount, step, unit),) = amounts
    if dimension == "n":
        return frozenset()  # "19×19", a 2x4: no amount of a unit
    return frozenset({(dimension, amount * count, step and step * count, unit)})


def _as_percentage(reading: Reading) -> frozenset[Reading]:
    """A value that is one bare number between 0 and 1 written with decimals ("0.68",
    "1e-3") is a proportion too, read also as its percentage: "0.68" = "68 %"."""
    dimension, amount, step, _unit = reading
    if dimension != "n" or step is None or not 0 < amount < 1:
        return frozenset()
    return frozenset({("%", amount * 100, step * 100, Fraction(100))})


#: Denominators that are no volume: a dose per kg, a pace per km or mile.
_PER_MASS_OR_DISTANCE = frozenset({"kg", "kilo", "kilogram", "km", "mi", "mile"})


def _per_volume(match: re.Match) -> bool:
    """A number with no unit of its own per a volume: "×10⁹/L", "/µL", "/mL"."""
    denominator = (match.group("denom") or "").casefold()
    return bool(denominator) and denominator not in _PER_MASS_OR_DISTANCE


def _count_per_volume(
    match: re.Match, amount: Fraction, step: Fraction | None, pending: list
) -> list[Reading]:
    """The readings of a count per volume, in things per litre; the bare numbers before
    it (``pending``: "150" of "150 to 400 ×10^9/L") take its power of ten."""
    denominator = match.group("denom")
    per_factor = (_PER_VOLUME.get(denominator) or UNITS[_as_ascii(denominator)])[1]
    power = match.group("exp10")
    scale = Fraction(10) ** int(power.replace("−", "-")) if power else _ONE
    if match.group("mult"):  # "1–2 million/µL"
        scale *= _MULTIPLIERS[_as_ascii(match.group("mult"))]
    one = scale / per_factor
    found = [
        ("n/litre", bare * one, bare_step and bare_step * one, one) for bare, bare_step in pending
    ]
    found.append(("n/litre", amount / per_factor, step and step / per_factor, one))
    return found


#: A unit's negative power: "mol⁻¹" (written out "mol^-1") is per mole.
_PER_UNIT = re.compile(r"\^[-−]")


def _read(text: str) -> frozenset[Reading]:
    """The quantities of a value text (``_value_text``), each with its step."""
    found: list[Reading] = []
    for match in _NINES.finditer(text):
        found.append(("%", 100 - Fraction(100, 10 ** int(match.group(1))), None, _ONE))
    text = _NINES.sub(" ", text)
    if ":" in text:
        for match in _RATIO.finditer(text):
            first, second = (Fraction(part.replace(",", "")) for part in match.groups())
            if second:
                found.append(("ratio", first / second, None, _ONE))
        text = _RATIO.sub(" ", text)
    # bare numbers waiting for the unit of "1 to 12 hours"
    pending: list[tuple[Fraction, Fraction | None]] = []
    # the last duration, length or weight and where it ended: "24 h 37 min", "6 ft 2 in"
    last_time: tuple[int, Fraction, int, str] | None = None
    approximate = _APPROXIMATE.search(text) is not None
    previous_end = -1  # where the last number read ended
    number_end = -1  # where the digits of the last number read ended ("2" of "2 x 45")
    heights: set[int] = set()  # where a number a temperature is per starts ("per 1000 ft")
    for match in _QUANTITY.finditer(text):
        if match.start() in heights:
            continue  # "1000 ft" of "2 °C per 1000 ft": part of the rate read already
        amount, step = _amount(match)
        ranged = previous_end >= 0 and _RANGE_TO.fullmatch(text, previous_end, match.start())
        times = number_end >= 0 and _TIMES.fullmatch(text, number_end, match.start())
        number_end = match.end("num")
        # a bare number takes the "to" after it for its unit word: the range goes on there
        to = (match.group("unit") or "").casefold() == "to"
        previous_end = match.start("unit") if to else match.end()
        if step is None and approximate:
            scaled = bool(match.group("mult")) or match.group("unit") in _COUNT_SUFFIXES
            step = _approximate_step(match.group("num"), scaled)
        if match.group("neg"):
            amount = -amount
        mult = match.group("mult")
        if mult == "K" and not match.group("unit"):  # "5500 K": kelvin, or 5,500,000
            found.extend(
                ("kelvin", bare, _whole_degree_step(bare, bare_step), _ONE)
                for bare, bare_step in pending
            )
            found.append(("kelvin", amount, _whole_degree_step(amount, step), _ONE))
        if mult:
            if ranged and pending:  # "5 to 10 million", "$10 to 20k": said once
                pending = _multiplied(pending, amount, _MULTIPLIERS[_as_ascii(mult)])
            amount *= _MULTIPLIERS[_as_ascii(mult)]
            step = step and step * _MULTIPLIERS[_as_ascii(mult)]
        written = _WRITTEN_UNITS.get(match.group("unit") or "")
        unit = "" if written else _as_ascii(match.group("unit") or "")
        if unit in _MEASURES["mole"] and _PER_UNIT.match(text, match.end("unit")):
            unit = ""  # "6.022 × 10²³ mol⁻¹": per mole, no amount of substance
        if (
            not written
            and _ASCII_DIGIT.search(unit) is not None
            and (unit not in UNITS or not match.group("unit").islower())
        ):
            pending.clear()
            continue  # "1h30", "1m75", "2x4": a number written on; "M3": a screw's size
        if match.group("unit") in _COUNT_SUFFIXES and not mult and _a_count(match, amount):
            # "110M", "175B": a million, a billion ("512B" may be bytes: both readings)
            scale = _COUNT_SUFFIXES[match.group("unit")]
            counted = ("n", amount * scale, step and step * scale, _ONE)
            if unit == "m":
                pending.append(counted[1:3])
                continue
            found.append(counted)
        if match.group("unit") in _FOOD_CALORIES:
            unit = "kcal"  # "105 Calories": the food Calorie, capitalised, is a kilocalorie
        elif unit == "m" and match.group("unit") == "M":
            if _molar(match):  # "0.1 M": molar too, one reading of "0.1 mol/L"
                found.append(("mole/litre", amount, step, _ONE))
            unit = "mega"  # "1.4 M☉", "5 M": no metres
        elif unit == "us" and match.group("unit") == "US":
            unit = ""  # "50 US states": the country, no microseconds
        elif unit == "g" and _glued_giga(match):
            unit = "gb"  # "4G" (SystemMaxUse=4G, -Xmx4G): a data size, no grams
        elif _glued_binary(match):
            unit += "b"  # "256Mi", "2Gi" (Kubernetes quantities): MiB, GiB, no miles
        if unit == "in" and (
            _inches_after_feet(text, match, last_time) or _inches_ending(text, match)
        ):
            unit = "inch"  # "5 ft 10 in", "4.25 in", "8.5 in × 11 in"
        if unit in _NOT_UNITS and (unit not in UNITS or _MIN_MAX.search(text)):
            unit = ""  # "10 min" is minutes, "3 min, 10 max" a minimum
        if not unit and not written and _per_volume(match):
            # "150–400 ×10⁹/L", "150,000–400,000 /µL": a count per litre, the power of
            # ten said once for the range's two ends
            found.extend(_count_per_volume(match, amount, step, pending))
            pending.clear()
            last_time = None
            continue
        if not unit and not written:
            pending.append((amount, step))
            continue
        height = None
        if unit[:1] == "°" and _a_rate(match):  # "2 °C per 1000 ft": a change, no offset
            pending = [_degrees(bare, bare_step, unit[-1]) for bare, bare_step in pending]
            amount, step = _degrees(amount, step, unit[-1])
            unit = _TEMPERATURE_CHANGE
            height = _per_height(match)
        elif unit[:1] == "°":  # a temperature: on the Kelvin scale, the range's too
            pending = [_kelvin(bare, bare_step, unit[-1]) for bare, bare_step in pending]
            amount, step = _kelvin(amount, step, unit[-1])
            unit = "kelvin"
        if unit == "m" and amount < 60 and _minutes_of_a_duration(text, match, last_time):
            unit = "min"  # "1h 30m", "3m 26s": minutes, no metres
        dimension, factor = written or UNITS.get(unit, ("n", Fraction(1)))
        if unit == "bps":  # "25 bps": basis points, or bits per second
            basis = UNITS["bp"][1]
            found.extend(("%", bare * basis, None, basis) for bare, _step in pending)
            found.append(("%", amount * basis, step and step * basis, basis))
        if match.group("unit") == "mb":  # "1013 mb": millibars, as weather reports write them
            millibar = UNITS["mbar"][1]  # (or megabytes: both readings)
            found.extend(
                ("pascal", bare * millibar, bare_step and bare_step * millibar, millibar)
                for bare, bare_step in pending
            )
            found.append(("pascal", amount * millibar, step and step * millibar, millibar))
        per, denominator = match.group("per"), match.group("denom")
        if height is not None:  # "per 1000 ft": per metre, as "°C/km" is
            dimension += "/metre"
            factor /= height[0]
            heights.add(height[1])
        elif per and dimension != "n":
            dimension += "/s"
            factor /= _PER[_as_ascii(per)]
        elif denominator:  # a dose per kg, a concentration per litre ("mmol/L" too)
            per_dimension, per_factor = (
                _PER_VOLUME.get(denominator) or UNITS[_as_ascii(denominator)]
            )
            dimension = f"{dimension if dimension != 'n' else unit}/{per_dimension}"
            factor /= per_factor
        elif dimension != "n" and (compound := _COMPOUND_DENOMINATOR.match(text, match.end())):
            dimension += "/" + compound[1].casefold()  # "J/(g·K)": no joules alone
        if (
            last_time is not None
            and dimension == last_time[3]
            and not pending
            and last_time[1] > factor
            and _one_amount(text, last_time[2], match.start(), dimension)
        ):  # "8 minutes 20 seconds", "1 h and 30 min", "26 miles 385 yards": one amount
            place = last_time[0]
            before = found[place][1]
            found[place] = (dimension, before + amount * factor, step and step * factor, factor)
            last_time = (place, factor, match.end(), dimension)
            continue
        if times and pending and dimension not in _SIZES:
            # "2 × 45 min", "2 × 4 GB": a count of parts, not 2 min ("28 × 15 m" is a size)
            found.extend(("n", bare, bare_step, _ONE) for bare, bare_step in pending)
            pending.clear()
        for bare, bare_step in pending:  # "1 to 12 hours": the unit of the range
            found.append((dimension, bare * factor, bare_step and bare_step * factor, factor))
        pending.clear()
        found.append((dimension, amount * factor, step and step * factor, factor))
        last_time = None
        if dimension in _AMOUNTS_IN_PARTS:
            last_time = (len(found) - 1, factor, match.end(), dimension)
    found.extend(("n", bare, step, _ONE) for bare, step in pending)
    return frozenset(found)


#: The food Calorie as nutrition labels write it, capitalised: a kilocalorie.
_FOOD_CALORIES = frozenset({"Cal", "Calorie", "Calories"})
#: What joins a range's two ends, as ``_value_text`` writes it.
_RANGE_TO = re.compile(r"\s*to\s+")
#: A times sign between two numbers: "2 × 45 min", "28 x 15 m".
_TIMES = re.compile(r"\s*[×xX*·]\s*")
#: The dimensions whose "a × b" is a size, each number of the unit after the last (a
#: length and width, "28 × 15 m"); in any other, "2 × 45 min" counts parts of 45 min.
_SIZES = frozenset({"metre"})


def _multiplied(
    pending: list[tuple[Fraction, Fraction | None]], upper: Fraction, scale: Fraction | int
) -> list[tuple[Fraction, Fraction | None]]:
    """The bare lower end of a range whose upper end ``upper`` has a multiplier
    (``scale``): multiplied when it is the smaller number ("5 to 10 million"), not when
    it is not ("500 to 20k")."""
    return [
        (bare * scale, step and step * scale) if bare <= upper else (bare, step)
        for bare, step in pending
    ]


#: Seconds right after a number: "26s" of "3m 26s", "and 10 seconds".
_SECONDS_NEXT = re.compile(r"\s*(?:and\s+)?\d+(?:\.\d+)?\s?(?:s|secs?|seconds?)\b")


#: Dimensions whose amounts are written in parts, a larger unit then a smaller: "1 h 30
#: min", "26 miles 385 yards", "7 lb 8 oz".
_AMOUNTS_IN_PARTS = frozenset({"second", "metre", "gram"})


def _one_amount(text: str, end: int, start: int, dimension: str) -> bool:
    """What lies between two parts of one amount joins them: blanks, or "and" for a
    duration ("1 hour and 30 minutes"; "1 kg and 500 g" may be two amounts)."""
    if dimension == "second":
        return _JOINED.fullmatch(text, end, start) is not None
    return text[end:start].isspace()


def _minutes_of_a_duration(
    text: str, match: re.Match, last_time: tuple[int, Fraction, int, str] | None
) -> bool:
    """The "m" of ``match`` is minutes: it follows hours of one duration ("1h 30m") or
    comes before its seconds ("3m 26s"); alone ("50m") it is metres."""
    if last_time is not None and last_time[3] == "second" and last_time[1] == UNITS["h"][1]:
        if _JOINED.fullmatch(text, last_time[2], match.start()):
            return True
    return _SECONDS_NEXT.match(text, match.end()) is not None


def _inches_after_feet(
    text: str, match: re.Match, last_time: tuple[int, Fraction, int, str] | None
) -> bool:
    """The "in" of ``match`` (a stop word) is inches: it follows feet ("5 ft 10 in")."""
    return (
        last_time is not None
        and last_time[3] == "metre"
        and last_time[1] == UNITS["ft"][1]
        and text[last_time[2] : match.start()].isspace()
    )


#: What may follow the "in" of inches ("4.25 in", "8.5 in × 11 in", "2 in.)"): the
#: value's end or a size's sign, or the value in another unit in brackets ("3 in (76.2
#: mm)"), never a word or a number ("5 in a row", "1 in 10").
_AFTER_INCHES = re.compile(r"\.?\s*(?:$|[×x;)/]|by\s|\(\s*(?:about\s+|approx\w*\.?\s+|[~≈]\s*)?\d)")


def _inches_ending(text: str, match: re.Match) -> bool:
    """The "in" of ``match`` (a stop word) is inches: nothing but the value's end or a
    size's sign follows it."""
    return _AFTER_INCHES.match(text, match.end("unit")) is not None


#: Counts written with a capital letter after the digits: "110M", "175B".
_COUNT_SUFFIXES = {"M": Fraction(10**6), "B": Fraction(10**9)}


def _glued_giga(match: re.Match) -> bool:
    """A capital G glued to the digits ("4G", not "4 G" nor "4g") is a data size, as
    configuration files write one; grams are written "g"."""
    start = match.start("unit")
    return match.group("unit") == "G" and match.string[start - 1].isdigit()


def _glued_binary(match: re.Match) -> bool:
    """A binary prefix glued to the digits, as Kubernetes writes a quantity ("256Mi",
    "2Gi", "512Ki"; not "5 mi" nor "3 Mi"), is a data size in bytes: 256 MiB."""
    unit, start = match.group("unit"), match.start("unit")
    return unit in _BINARY_SUFFIXES and match.string[start - 1].isdigit()


def _molar(match: re.Match) -> bool:
    """A capital M after a number is a molar concentration, as a lab writes it ("0.1 M",
    "2M HCl"), unless it starts a symbol ("1.4 M☉", a mass in suns)."""
    end = match.end("unit")
    return not match.string[end : end + 1].strip(" ,.;)")


#: Kubernetes' binary quantity suffixes: "Ki" to "Ei", each a power of 1024 bytes.
_BINARY_SUFFIXES = frozenset(letter + "i" for letter in "KMGTPE")


def _a_count(match: re.Match, amount: Fraction) -> bool:
    """A capital M or B glued to the digits ("175B", not "175 B") is a count; an M only
    from 1 and not before a formula: "0.1M" and "2M HCl" are molar."""
    text, start, end = match.string, match.start("unit"), match.end("unit")
    if not text[start - 1].isdigit():
        return False
    if match.group("unit") == "M":
        return amount >= 1 and not text[end:].lstrip()[:1].isupper()
    return True


#: What follows a quantity that makes it a rate: "/1000 ft", "per km", "per hour", also
#: past the other scale in brackets ("2 °C (3.5 °F) per 1,000 ft"); not another
#: temperature ("37 °C / 98.6 °F": one, in two scales), nor a slash set apart by
#: spaces ("20 °C / 50 %": two values).
_RATE_AFTER = re.compile(r"(?:\s*\)|\s*\([^()]*\))?(?:/|\s+per\b)(?!\s*[-−+]?[\d.,]*\s*°)", re.I)


#: The height a temperature is per, past the other scale in brackets: "per 1000 ft",
#: "per 100 m", "/1,000 ft" ("2 °C (3.6 °F) per 1,000 ft"). "/km" is the quantity's own.
_PER_HEIGHT = re.compile(
    r"(?:\s*\)|\s*\([^()]*\))?(?:/|\s+per\b)\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)?\s*(?P<unit>[^\W\d_]+)\b",
    re.I,
)


def _per_height(match: re.Match) -> tuple[Fraction, int] | None:
    """The height in metres a temperature ``match`` is per ("2 °C per 1000 ft" is 2 °C
    per 304.8 m), and where its number starts (-1 with none: "per m"); None when it is
    per no length."""
    found = _PER_HEIGHT.match(match.string, match.end())
    if found is None or match.group("per") or match.group("denom"):
        return None
    dimension, factor = UNITS.get(found.group("unit").casefold(), ("", _ONE))
    if dimension != "metre":
        return None
    number = found.group("num")
    if number is None:
        return factor, -1
    return Fraction(number.replace(",", "")) * factor, found.start("num")


def _a_rate(match: re.Match) -> bool:
    """The quantity ``match`` is per something ("2 °C per 1000 ft", "5 °C/min")."""
    return bool(match.group("per") or match.group("denom")) or (
        _RATE_AFTER.match(match.string, match.end()) is not None
    )


def _degrees(amount: Fraction, step: Fraction | None, scale: str) -> tuple[Fraction, Fraction]:
    """A change of temperature in °C or °F (``scale``), and its step, in kelvin: a degree
    Fahrenheit is 5/9 of one Celsius, with no offset ("3.5 °F per 1000 ft" is 1.94 °C
    per 1000 ft, not −15.8 °C). A whole degree is a rounding, as in ``_kelvin``."""
    if step is None:
        step = Fraction(10) if amount and amount % 10 == 0 else Fraction(1)
    if scale == "c":
        return amount, step
    return amount * Fraction(5, 9), step * Fraction(5, 9)


def _whole_degree_step(amount: Fraction, step: Fraction | None) -> Fraction:
    """The step of a temperature: a whole degree is a rounding to the degree, a whole
    ten to the ten, in kelvin too (``_kelvin``): "273 K" is 0 °C, 273.15 K, rounded."""
    if step is not None:
        return step
    return Fraction(10) if amount and amount % 10 == 0 else Fraction(1)


def _kelvin(
    amount: Fraction, step: Fraction | None, scale: str
) -> tuple[Fraction, Fraction | None]:
    """A temperature in °C or °F (``scale``), and its step, in kelvin: 100 °C = 212 °F.
    A whole degree is a rounding to the degree, a whole ten to the ten: one scale's is
    rarely the other's whole ("2–8 °C" is "35.6–46.4 °F", written "36–46 °F"; an oven at
    250 °C is one at "480 °F")."""
    step = _whole_degree_step(amount, step)
    if scale == "c":
        return amount + Fraction("273.15"), step
    return (amount + Fraction("459.67")) * Fraction(5, 9), step * Fraction(5, 9)


@lru_cache(maxsize=65536)
def is_mostly_quantity(text: str) -> bool:
    """True when ``text`` is a value: its quantities plus at most two other words. A
    chemical equation is none ("4Fe + 3O2 → 2Fe2O3" is not the number 4)."""
    if _EQUATION.search(text) is not None:
        return False
    value_text = _value_text(text)
    if value_text is None or not parse(text):
        return False
    value_text = _DOTTED_CODES.sub(_undotted_code, value_text)  # "t.i.d.": one word, "tid"
    value_text = doses_a_day(value_text)[1]  # "125 mcg PO once daily": a dose, how often
    words = [w for w in _words_besides_values(value_text) if w not in _NOT_UNITS]
    return len(words) <= 2


def _undotted_code(match: re.Match) -> str:
    return f"{match.group(1)}id"


#: A reaction's arrow between two formulas: "O2 → 2Fe2O3", "3H2 ⇌ 2NH3", "H2 -> 2H".
_EQUATION = re.compile(r"[A-Z][a-z]?[\d₀-₉]*\s*(?:→|⟶|⇌|⇄|->|<=>)\s*\d*[A-Z]")


def _words_besides_values(value_text: str) -> list[str]:
    """The folded words of a value text (``_value_text``) that no quantity reads, numbers
    left out."""
    rest = _QUANTITY.sub(" ", _NINES.sub(" ", value_text))
    return [word for word in fold(rest).split() if not word.isdigit()]


def rounded_alike(a: str, b: str) -> bool:
    """The values of ``a`` and ``b`` differ, but each of one is a rounding of one of the
    other to the coarser one's written decimals ("6.022e23" and "6.02214076e23", "3.14"
    and "3.14159"): both may be right. A whole number counts as exact ("5" is not a
    rounding of "5.4"), unless the other is written in another unit."""
    first, second = _one_reading_each(_parse(a), _parse(b))
    if not first or not second:
        return False
    renamed = unit_words(a) != unit_words(b)  # "1013 mbar" / "1013.25 hPa": one size
    if len(first) != len(second):  # "961.8 °C" / "962 °C (1763 °F)": one value, and in
        # another unit too; each reading of either rounds to one of the other
        longer, shorter = (a, b) if len(first) > len(second) else (b, a)
        return (
            _more_units_written(longer, shorter)  # not "960–962 °C" / "961 °C"
            and _one_value_converted(max(first, second, key=len))
            and all(any(_rounds_to(x, y, renamed) for y in second) for x in first)
            and all(any(_rounds_to(y, x, renamed) for x in first) for y in second)
        )
    return all(any(_rounds_to(x, y, renamed) for y in second) for x in first)


def _more_units_written(longer: str, shorter: str) -> bool:
    """``longer`` writes its value in more units than ``shorter``: the units of
    ``shorter`` and one more ("962 °C (1763 °F)" / "961.8 °C"), or two units that
    ``shorter`` does not write ("1013.25 hPa (1013 mb)" / "29.92 inHg"); not a range in
    the other's unit ("960–962 °C" / "961 °C")."""
    long_units, short_units = unit_words(longer), unit_words(shorter)
    if long_units > short_units:
        return True
    return len(long_units) > 1 and long_units.isdisjoint(short_units)


def values_told_among(a: str, b: str) -> bool:
    """Each value of one answer is among the values of the other (or a rounding of one),
    which also states a measure of another kind: one answer tells more ("1013.25 hPa
    (1013 mb)" / "15 °C and 29.92 inHg (1013.25 hPa); lapse rate 2 °C per 1,000 ft"),
    not another value."""
    first, second = _one_reading_each(_parse(a), _parse(b))
    for told, among in ((first, second), (second, first)):
        dimensions = {reading[0] for reading in told}
        if (
            told
            and not {reading[0] for reading in among} <= dimensions
            and all(any(_one_reading(x, y) for y in among) for x in told)
        ):
            return True
    return False


def _one_reading(x: Reading, y: Reading) -> bool:
    """Two readings of one amount, or one a rounding of the other in its own unit."""
    return (x[0], x[1]) == (y[0], y[1]) or _rounds_to(x, y, renamed=x[3] != y[3])


def _one_value_converted(readings: frozenset[Reading]) -> bool:
    """Readings of one dimension that are one value written in two units, each rounded
    ("962 °C (1763 °F)", "3 ft (0.914 m)"), not two values apart."""
    amounts = [reading[1] for reading in readings]
    low, high = min(amounts), max(amounts)
    one_dimension = len({reading[0] for reading in readings}) == 1
    return one_dimension and high - low <= abs(high) * Fraction(_CONVERSION_SHARE)


def _one_reading_each(
    first: frozenset[Reading], second: frozenset[Reading]
) -> tuple[frozenset[Reading], frozenset[Reading]]:
    """Each side without the other readings of a number read two ways when one of them
    is in a dimension the other side has ("1013 mb" beside "29.92 inHg": millibars, not
    megabytes; "25 bps" beside "0.25 %": basis points)."""
    return _alternatives_dropped(first, second), _alternatives_dropped(second, first)


def _alternatives_dropped(
    readings: frozenset[Reading], other: frozenset[Reading]
) -> frozenset[Reading]:
    """``readings`` less those of a number also read in a dimension ``other`` has, and
    less the count a "K" may also be ("351.5 K": 351,500) when ``other`` states no
    count but shares another of its dimensions ("78.37 °C")."""
    dimensions = {reading[0] for reading in other}
    if "kelvin" in dimensions:  # "273 K" / "273.15 K": kelvin both, no thousands
        readings = _kelvin_not_thousands(readings)
    kept = {reading for reading in readings if reading[0] in dimensions}
    written = {reading[1] / reading[3] for reading in kept}
    return frozenset(
        reading
        for reading in readings
        if reading in kept
        or (reading[1] / reading[3] not in written and not (kept and reading[0] == "n"))
    )


def _kelvin_not_thousands(readings: frozenset[Reading]) -> frozenset[Reading]:
    """``readings`` less the count a "K" may also be ("273 K": 273,000) when they read
    the number in kelvin too."""
    kelvins = {reading[1] for reading in readings if reading[0] == "kelvin"}
    return frozenset(
        reading for reading in readings if not (reading[0] == "n" and reading[1] / 1000 in kelvins)
    )


def units_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` state values only in units that do not convert into each other
    ("70–100 mg/dL" / "3.9–5.6 mmol/L": that takes a molar mass; "1 year" / "365 days");
    a bare number converts to nothing and is left to the other messages."""
    first = {dimension for dimension, _amount in parse(a)}
    second = {dimension for dimension, _amount in parse(b)}
    return bool(first and second) and "n" not in first | second and first.isdisjoint(second)


def converted_alike(a: str, b: str) -> bool:
    """``a`` and ``b`` are one value written in two units, each the other converted and
    rounded to its written digits ("0 to 5 °F" and "−17.8 to −15 °C", "6 ft" and
    "1.8 m"; not "6 ft" and "2 m": 2 m is 6.6 ft, nor "1 h" and "59 min"). Data sizes
    stay apart: "5 GB" is not "5 GiB"."""
    if unit_words(a) == unit_words(b):
        return False
    first, second = _one_reading_each(_parse(a), _parse(b))
    if not first or len(first) != len(second):
        return False
    return all(any(_converted(x, y) for y in second) for x in first) and all(
        any(_converted(x, y) for x in first) for y in second
    )


def _converted(x: Reading, y: Reading) -> bool:
    """Each of two readings is the other rounded to its own last written digit; not the
    same number in two units ("1 nautical mile" / "1 statute mile": a whole 1 may hide
    half a unit, yet whoever names two units with one number means them apart)."""
    if x[0] != y[0] or x[0].startswith("bit"):
        return False
    if x[3] != y[3] and x[1] / x[3] == y[1] / y[3]:
        return False
    step_x, step_y = x[2] or x[3], y[2] or y[3]
    return abs(x[1] - y[1]) * 2 <= min(step_x, step_y)


#: A prompt that asks for a difference of temperatures: "Temperature-dew point spread",
#: "ISA deviation", "Global warming since 1850".
_TEMPERATURE_DIFFERENCE = re.compile(
    r"\b(?:spread|difference|deviation|change|rise|drop|increase|decrease|warming|cooling)s?\b",
    re.I,
)
#: A temperature's scale, which ``temperature_changes_alike`` makes a rate of.
_DEGREE_SCALE = re.compile(r"°\s?([CF])\b")


def temperature_changes_alike(prompt: str, a: str, b: str) -> bool:
    """Under a ``prompt`` that asks for a difference of temperatures, ``a`` and ``b`` are
    degrees of change, with no offset between the scales: a dew-point spread of "2 °C"
    is one of "4 °F" rounded (read as temperatures, they are 17.6 degrees apart)."""
    if "°" not in a or "°" not in b or _TEMPERATURE_DIFFERENCE.search(prompt) is None:
        return False
    per_hour = r"°\1/h"  # a rate, so ``_read`` takes it as a change (``_degrees``)
    return converted_alike(_DEGREE_SCALE.sub(per_hour, a), _DEGREE_SCALE.sub(per_hour, b))


_UNIT_WORD = re.compile(r"[^\W\d_]+|[°%‰]")


def unit_words(text: str) -> frozenset[str]:
    """The words and signs a value is written with besides its digits and fractions ("½"
    is a number, not a unit); a micro- unit typed with "u" or "mc" as with "µ" ("umol"
    is "µmol": one unit, not two names)."""
    words = _UNIT_WORD.findall(text.casefold())
    return frozenset(
        _micro_spelt(word) for word in words if not any(ch.isnumeric() for ch in word)
    )  # "10⁹", "1¼"


def _micro_spelt(word: str) -> str:
    """``word`` with "µ" for the "u" or "mc" a keyboard types: "umol", "mcg" -> "μmol", "μg"."""
    for prefix in ("u", "mc"):
        if word.startswith(prefix) and word in UNITS:
            micro = "μ" + word[len(prefix) :]
            if UNITS.get(micro) == UNITS[word]:
                return micro
    return word


def _rounds_to(x: Reading, y: Reading, renamed: bool = False) -> bool:
    (dimension_x, amount_x, step_x, unit_x), (dimension_y, amount_y, step_y, unit_y) = x, y
    if dimension_x != dimension_y:
        return False
    if unit_x != unit_y and amount_x / unit_x == amount_y / unit_y:
        return False  # "1 nautical mile" / "1 statute mile": two units meant apart
    renamed = renamed and dimension_x != "n"  # "100" / "96 senators": counts, not units
    if unit_x != unit_y or renamed:  # in two units, a whole number is rounded to one of its unit
        step_x = step_x or _whole_step(amount_x, unit_x)  # "8,849 m" / "29,032 ft"
        step_y = step_y or _whole_step(amount_y, unit_y)
    if step_x is None and step_y is None:
        return False
    if step_x is None or step_y is None:  # an exact number and a rounding of it to coarser
        # digits: "2,147,483,647" / "2.1 billion" (not "5" / "5.4": 5 is no rounding of it)
        step = step_x or step_y
        if step > 1:
            return abs(amount_x - amount_y) * 2 < step
        whole, unit = (amount_x, unit_x) if step_x is None else (amount_y, unit_y)
        return _long_whole_rounded(whole, unit, abs(amount_x - amount_y))
    return abs(amount_x - amount_y) * 2 < max(step or 0 for step in (step_x, step_y))


def _long_whole_rounded(whole: Fraction, unit: Fraction, apart: Fraction) -> bool:
    """A whole number of three digits or more, ``apart`` from a number with decimals by
    half its unit at most, may be that number rounded to the unit: "8,849 m" is
    "8,848.86 m", "100 °C" is "99.97 °C" (not "5" / "5.4": a short whole number is
    exact)."""
    return abs(whole / unit) >= 100 and apart * 2 <= unit


def _whole_step(amount: Fraction, unit: Fraction) -> Fraction:
    """The rounding a whole number of ``unit`` may hide: one unit, ten when it ends in 0
    ("about 4,130 miles" for 6,650 km), a hundred when in 00 ("2,000 kcal" for
    8,400 kJ), never more than a tenth of the number: "20 feet" is no rounding of
    "5.18 m" (6.1 m), nor "100 km/h" of 70 mph."""
    written, step = amount / unit, unit
    while written and written.denominator == 1 and written % 10 == 0 and step * 100 <= amount:
        written, step = written / 10, step * 10
    return step


#: A value stated as an upper bound ("< 120 mmHg", "up to 5 mg", "at most 3") or a lower
#: one ("≥ 38 °C", "over 65", "at least 5 cm"). Not "max" and "min": "min" is minutes.
_UPPER = re.compile(
    r"(?:<|≤|⩽)\s*[-−]?\d|\b(?:below|under|up to|at most|(?:less|fewer) than"
    r"|no (?:more|greater) than|not (?:more|over|above)|(?:or|and) (?:less|fewer|lower)"
    r"|unter|bis zu|höchstens|weniger als|moins de|jusqu'à|au plus|menos de|hasta"
    r"|como máximo|meno di|fino a)\b",
    re.I,
)
_LOWER = re.compile(
    r"(?:>|≥|⩾)\s*[-−]?\d|\b(?:above|over|at least|(?<!no )(?<!not )(?:more|greater) than"
    r"|no (?:less|fewer) than|(?:or|and) (?:more|greater|higher)"
    r"|über|mehr als|mindestens|plus de|au moins|más de|al menos|como mínimo|più di"
    r"|almeno|oltre)\b",
    re.I,
)


@lru_cache(maxsize=65536)
def _bound(text: str) -> int:
    """-1 when ``text`` states an upper bound, 1 a lower one, 0 neither (or both)."""
    upper = _UPPER.search(text) is not None
    lower = _LOWER.search(text) is not None
    return (upper < lower) - (lower < upper)


def opposite_bounds(a: str, b: str) -> bool:
    """One value a bound from above, the other from below: "< 120 mmHg" and "> 120 mmHg"
    (or "up to 5 mg" and "over 5 mg") share their number but state two facts."""
    return _bound(a) * _bound(b) < 0


def _code_words(text: str) -> frozenset[str]:
    """The words of ``text`` besides its quantities (units such as "g/cm³" are read
    with their numbers) that start with a letter and hold a digit: codes and names such
    as the chess moves "c5" and "Nf3", "gp3", "x86"."""
    value_text = _value_text(text)
    if value_text is None:
        return frozenset()
    return frozenset(
        word
        for word in _words_besides_values(value_text)
        if word[:1].isalpha() and any(char.isdigit() for char in word)
    )


#: How often a dose is taken, as doses a day: "every 8 hours", "q8h", "three times a
#: day", "twice daily", "BD", "TDS".
_EVERY_HOURS = re.compile(r"\bevery (\d+(?:\.\d+)?) ?(?:hours?|hrs?|h)\b|\bq(\d+)h\b", re.I)
_TIMES_A_DAY = re.compile(
    rf"\b(once|twice|thrice|(?:\d+|{_UNITS}) times?) (?:a|per|each|every) day\b"
    r"|\b(once|twice|thrice) daily\b",
    re.I,
)
_TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3, **_NUMBER_WORD}
_DOSING_CODES = re.compile(r"\b(OD|QD|BD|BID|TDS|TID|QDS|QID)\b")
_CODE_TIMES = {"OD": 1, "QD": 1, "BD": 2, "BID": 2, "TDS": 3, "TID": 3, "QDS": 4, "QID": 4}
#: The Latin codes as a prescription also writes them, in small letters or with dots:
#: "t.i.d.", "b.i.d.", "q.i.d.", "tid" (not "od": the right eye).
_DOTTED_CODES = re.compile(r"(?<![\w.])([btq])\.?i\.?d\b\.?", re.I)
_DOTTED_TIMES = {"b": 2, "t": 3, "q": 4}


def doses_a_day(text: str) -> tuple[Fraction | None, str]:
    """How many times a day ``text`` says to take something ("every 8 hours" and "three
    times a day" are 3, "BD" is 2), and ``text`` without those words; None when it says
    none, or two."""
    found: list[Fraction] = []
    for pattern, read in (
        (_EVERY_HOURS, lambda m: Fraction(24) / Fraction(m.group(1) or m.group(2))),
        (_TIMES_A_DAY, _times_a_day),
        (_DOSING_CODES, lambda m: Fraction(_CODE_TIMES[m.group(1)])),
        (_DOTTED_CODES, lambda m: Fraction(_DOTTED_TIMES[m.group(1).lower()])),
    ):
        found += [read(match) for match in pattern.finditer(text) if read(match)]
        text = pattern.sub(" ", text)
    return (found[0] if len(found) == 1 else None), text


def schedules_apart(a: str, b: str) -> bool:
    """Two values that give a dose as often a day, one at a fixed interval ("every 8
    hours", "q8h": round the clock) and the other as times a day ("TID", "three times a
    day": while awake, at meals): the same doses a day on another schedule, which a
    nurse gives at other hours. Once a day ("once daily" / "every 24 hours") is one
    schedule."""
    per_day_a, per_day_b = doses_a_day(a)[0], doses_a_day(b)[0]
    if per_day_a is None or per_day_b is None or per_day_a == per_day_b == 1:
        return False
    return bool(_EVERY_HOURS.search(a)) != bool(_EVERY_HOURS.search(b))


def _times_a_day(match: re.Match) -> Fraction:
    word = (match.group(1) or match.group(2)).lower().split()[0]
    return Fraction(int(word) if word.isdigit() else _TIMES_WORDS[word])


_PART_NUMBER = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?![\w.,]?\d)")


def parts_make(whole: frozenset[Quantity], text: str) -> bool:
    """``text`` states ``whole``, one amount, in parts: counts that add up to it ("2 atria
    and 2 ventricles" for 4) or a count times a measure ("two halves of 45 minutes" for
    90 minutes)."""
    if len(whole) != 1 or (value := _value_text(text)) is None:
        return False
    ((dimension, amount),) = whole
    numbers = [Fraction(number) for number in _PART_NUMBER.findall(value)]
    if len(numbers) < 2:
        return False
    if dimension == "n":
        return sum(numbers) == amount
    found = parse(text)
    counts = [count for unit, count in found if unit == "n"]
    return any(
        count * measure == amount
        for count in counts
        for unit, measure in found
        if unit == dimension
    )


#: A whole value that is a count of things per a time: "180 steps per minute", "3
#: steps/s", "100 requests per sec".
_COUNT_PER_TIME = re.compile(
    r"(\d+(?:\.\d+)?)\s*([^\W\d_]+)\s*(?:/\s*|per\s+)(s|secs?|seconds?|min|mins|minutes?"
    r"|h|hrs?|hours?)",
    re.I,
)
_SECONDS_OF = {"s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "h": 3600, "hr": 3600}
_SECONDS_OF |= {"hour": 3600}


def counts_per_time_alike(a: str, b: str) -> bool:
    """Two values that count one thing per two times at one rate: "180 steps per minute"
    and "3 steps/s". (A count per another time at the same number, "100 requests per
    second" / "... per minute", is ``words_apart``.)"""
    first, second = _COUNT_PER_TIME.fullmatch(a.strip()), _COUNT_PER_TIME.fullmatch(b.strip())
    if first is None or second is None or first.group(3) == second.group(3):
        return False
    word, other = sorted((first.group(2).casefold(), second.group(2).casefold()), key=len)
    if other not in (word, word + "s"):  # "breath" / "breaths": one thing counted
        return False
    return _rate(first) == _rate(second)


def _rate(match: re.Match) -> Fraction:
    """A ``_COUNT_PER_TIME`` value as a count per second."""
    time = match.group(3).casefold()
    seconds = _SECONDS_OF.get(time) or _SECONDS_OF[time.rstrip("s")]
    return Fraction(match.group(1)) / seconds


def words_apart(a: str, b: str) -> bool:
    """Two values told apart by their words: each has one the other lacks ("5 mg once
    daily" / "5 mg twice daily", "10 mg once weekly" / "... once daily", "500 mg BD" /
    "500 mg TDS", "3 pods" / "3 nodes", "6443/TCP" / "6443/UDP"), or one goes on after
    its unit with a slash ("15 mg/kg/dose" / "15 mg/kg/day", "1.5 mL/kg/h" / "1.5
    mL/kg"). Their numbers agree; the values may not. Words only one value adds ("10 s
    (default)", "Alexander Fleming, in 1928" / "Fleming, 1928") and qualifiers ("capped
    at 4 GB" / "max 4G") are set aside."""
    if paired_otherwise(a, b):
        return True  # "75% argon, 25% CO2" / "75% CO2, 25% argon": two mixtures
    if counts_paired_otherwise(a, b):
        return True  # "one σ and two π bonds" / "two σ and one π bonds"
    first, second = _value_marks(a), _value_marks(b)
    if first <= second or second <= first:
        return any(word[:1] == "/" for word in first ^ second)
    own_first = {w for w in first - second if not _abbreviates(w, b)}
    own_second = {w for w in second - first if not _abbreviates(w, a)}
    return bool(own_first) and bool(own_second)


#: A number (not one of a name: "CO2") and what follows it up to the next number, comma
#: or semicolon: "75" and "% argon" of "75% argon, 25% CO2".
_NUMBER_WITH_WORDS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)((?:[^\d,;]|(?<=[^\W\d_])\d)*)")


def paired_otherwise(a: str, b: str) -> bool:
    """Two values of the same numbers and the same words, each number with another word
    ("75% argon, 25% CO2" / "75% CO2, 25% argon", "9 am to 5 pm" / "5 am to 9 pm"): the
    same parts in other shares. The same pairs in another order are one value. Numbers in
    words count, a plural's "s" and a joining word at the end ("to", "and") set aside:
    "two cups flour to one cup water" / "one cup flour to two cups water"."""
    return _traded(_traded_pairs(a), _traded_pairs(b))


#: Words that join one number's part to the next: "2 cups flour *to* 1 cup water".
_JOINING_WORDS = frozenset("to and & vs versus plus with or".split())


def _traded_pairs(text: str) -> list[tuple[str, str]]:
    """``_number_pairs`` of ``text`` with its numbers in words as digits, each plural's
    "s" and the joining words at the end of each part set aside."""
    if not _DIGIT.search(text) and _SPELLED.search(text) is None:
        return []
    pairs = []
    for number, words in _number_pairs(_in_digits(text)):
        kept = [_singular(word) for word in words.split()]
        while kept and kept[-1] in _JOINING_WORDS:
            kept.pop()
        pairs.append((number, " ".join(kept)))
    return pairs


#: A number and the word it counts: "2 π", "two hydrogens" (numbers in words as digits).
_NUMBER_AND_ITS_WORD = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*([^\W\d_]+)")


def counts_paired_otherwise(a: str, b: str) -> bool:
    """Two texts that count the same things with the same numbers, each number with the
    other's thing: "one σ and two π bonds" / "two σ and one π bonds", "one oxygen and
    two hydrogens" / "two oxygens and one hydrogen" (numbers in words read, a plural's
    "s" set aside). The same counts in another order are one text."""
    return _traded(_counts_of_words(a), _counts_of_words(b))


def _traded(pairs_a: list[tuple[str, str]], pairs_b: list[tuple[str, str]]) -> bool:
    """Two lists of (number, word) with the same numbers and the same words, paired
    otherwise; the same pairs in another order are no trade."""
    if len(pairs_a) < 2 or len(pairs_a) != len(pairs_b) or sorted(pairs_a) == sorted(pairs_b):
        return False
    numbers_a, words_a = zip(*pairs_a, strict=True)
    numbers_b, words_b = zip(*pairs_b, strict=True)
    return sorted(numbers_a) == sorted(numbers_b) and sorted(words_a) == sorted(words_b)


def _counts_of_words(text: str) -> list[tuple[str, str]]:
    """Each number of ``text`` (in digits or words) with the word after it, folded."""
    if not _DIGIT.search(text) and _SPELLED.search(text) is None:
        return []
    found = _NUMBER_AND_ITS_WORD.findall(_in_digits(text))
    return [(number, _singular(word.casefold())) for number, word in found]


def _singular(word: str) -> str:
    """A plural's "s" set aside: "hydrogens" is "hydrogen" (not "gas" or "bus")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


#: A value of bare numbers only, set apart by commas or semicolons, in brackets or not:
#: "1,0,0", "(1, 0, 0)", "255; 0; 0" (a selector's specificity, a colour, a vector).
_NUMBER_TUPLE = re.compile(r"[(\[]?\s*\d+(?:\s*[,;]\s*\d+)+\s*[)\]]?")


def same_tuple(a: str, b: str) -> bool | None:
    """Two values that write bare numbers only ("1,0,0" / "(1, 0, 0)"), None for others:
    the same numbers in the same places, when either writes a number twice (a tuple, whose
    places count: "0,1,0" is not "1,0,0"), else the same numbers ("80, 443" / "443, 80").
    The quantity readings hold each number once and read "1,0,0" as its last 0 alone."""
    first, second = _NUMBER_TUPLE.fullmatch(a.strip()), _NUMBER_TUPLE.fullmatch(b.strip())
    if first is None or second is None:
        return None
    numbers_a = [int(number) for number in re.findall(r"\d+", a)]
    numbers_b = [int(number) for number in re.findall(r"\d+", b)]
    if len(set(numbers_a)) < len(numbers_a) or len(set(numbers_b)) < len(numbers_b):
        return numbers_a == numbers_b
    return sorted(numbers_a) == sorted(numbers_b)


def numbers_apart(a: str, b: str) -> bool:
    """Two values that write as many numbers, not the same ones: "4-2" and "2-2" (a
    score each; read as sets of numbers, 2-2's is among 4-2's). Numbers in words count
    ("twelve of the 13 tricks" writes two)."""
    numbers_a = [_decimals_trimmed(n) for n, _words in _number_pairs(_value_text(a) or a)]
    numbers_b = [_decimals_trimmed(n) for n, _words in _number_pairs(_value_text(b) or b)]
    return len(numbers_a) == len(numbers_b) and sorted(numbers_a) != sorted(numbers_b)


def _decimals_trimmed(number: str) -> str:
    """A number in digits without the zeros that end its decimals: "121.500" is "121.5"
    and "5.0" is "5", one amount (a version, "3.80" against "3.8", is told apart before:
    ``versions_apart``)."""
    if "." not in number:
        return number
    return number.rstrip("0").removesuffix(".")


def _number_pairs(text: str) -> list[tuple[str, str]]:
    """Each number of ``text`` with the words after it, folded (``_NUMBER_WITH_WORDS``)."""
    return [
        (number, " ".join(words.casefold().split()))
        for number, words in _NUMBER_WITH_WORDS.findall(text)
    ]


def _abbreviates(word: str, other: str) -> bool:
    """``word`` (a stem) is a short form of words of ``other``: the start of one ("tab"
    of "tablets") or the initials of a run of them ("bpm" of "beats per minute")."""
    if len(word) < 2 or not word.isalpha():
        return False
    words = [w.casefold() for w in _VALUE_WORD.findall(other) if w.isalpha()]
    if _route_spelt_out(word, words):
        return True  # "PO" / "by mouth", "subcutaneously" / "SC"
    if any(w.startswith(word) or (len(w) >= 3 and word.startswith(w)) for w in words):
        return True
    return word in "".join(w[0] for w in words)


#: A route of administration's letters and the words that spell it out.
_ROUTES = {
    **{"po": "mouth oral orally", "iv": "intravenous intravenously"},
    **{"im": "intramuscular intramuscularly", "sl": "sublingual sublingually"},
    **{"sc": "sq subcutaneous subcutaneously subcut", "pr": "rectal rectally rectum"},
}
_ROUTE_OF_WORD = {
    stem(spelt): letters for letters, words in _ROUTES.items() for spelt in words.split()
}


def _route_spelt_out(word: str, words: list[str]) -> bool:
    """``word`` names a route of administration that one of ``words`` names too, one in
    letters and the other spelt out: "po" / "mouth", "subcutaneously" / "sc"."""
    letters = _route_letters(word)
    return letters is not None and any(
        _route_letters(other) == letters for other in words if other != word
    )


def _route_letters(word: str) -> str | None:
    """The letters of the route ``word`` (a word or its stem) names: "po" for "orally"."""
    return word if word in _ROUTES else _ROUTE_OF_WORD.get(stem(word))


#: Words in brackets: an aside that adds to a value ("10 s (default)", "two (Phobos and
#: Deimos)"), never what tells two values apart.
_ASIDE = re.compile(r"\([^()]*\)")
#: A word after a value's number, or one a slash joins to it ("15 mg/kg*/day*",
#: "6443*/TCP*"; not "6.022e23 /mol", a unit of its own).
_VALUE_WORD = re.compile(r"\x00/[^\W\d_]+|[^\W\d_]+")


def _value_marks(text: str) -> frozenset[str]:
    """The words of a value besides its quantities and the units the checks read, as
    stems ("pods" is "pod"), qualifiers and stop words left out; a word a slash joins to
    a quantity keeps its slash ("/day")."""
    value_text = _value_text(text)
    if value_text is None:
        return frozenset()
    marks = set()
    value_text = _ASIDE.sub(" ", value_text)  # "two (Phobos and Deimos)": an aside
    for match in _QUANTITY.finditer(value_text):  # "3 *pods*": a count's noun
        unit = match.group("unit") or ""
        if unit.isalpha() and unit not in _WRITTEN_UNITS and unit.casefold() not in UNITS:
            marks.add(unit.casefold())
            if match.group("per"):  # "100 requests *per second*": a count per time
                marks.add(_PER_NAME[_PER[_as_ascii(match.group("per"))]])
    rest = _QUANTITY.sub("\x00", _NINES.sub(" ", _ASIDE.sub(" ", value_text)))
    marks.update(word.lstrip("\x00").casefold() for word in _VALUE_WORD.findall(rest))
    return frozenset(
        word if word[:1] == "/" else stem(word)
        for word in marks
        if word.lstrip("/").isalpha() and word.lstrip("/") not in _NOT_UNITS
    )


#: The "v" of a version number: "v1.24", "V2.0.1" (not "apps/v1", "v2" alone, "5V").
_VERSION_PREFIX = re.compile(r"(?<![\w/.])[vV](?=\d+\.\d)")
#: A number with a decimal point as written: "1.30", "3.1".
_DECIMAL_NUMBER = re.compile(r"\d+(?:\.\d+)+")
#: A prompt that asks for a version, where "1.30" is not "1.3".
_VERSION_WORD = re.compile(r"\b(?:versions?|releases?)\b", re.I)


def versions_apart(prompt: str, a: str, b: str) -> bool:
    """Two versions written with other digits under a prompt that asks for a version:
    "Kubernetes version" 1.30 / 1.3, "Python version required" ">= 3.10" / ">= 3.1"
    (as amounts they are one number)."""
    if _VERSION_WORD.search(prompt) is None:
        return False
    return _DECIMAL_NUMBER.findall(a) != _DECIMAL_NUMBER.findall(b)


#: An answer that is a version number alone, with a name or "version" before it: "4.1.0",
#: "R 4.1.0", "v3.5.0", "version 2.7".
_VERSION_ANSWER = re.compile(r"(?:(?:[A-Za-z][\w+#-]*|version) )?v?(\d+(?:\.\d+)*)", re.I)


def versions_answered_apart(prompts: str, a: str, b: str) -> bool | None:
    """Two answers that are each a version number, one at least with a point: whether
    they name other versions ("4.1.0" / "3.5.0", not "16" / "16.0.0"), when the prompts
    ask for a version or the numbers have two points (a "1.5" alone may be an amount);
    None when they are no such pair."""
    first, second = _VERSION_ANSWER.fullmatch(a.strip()), _VERSION_ANSWER.fullmatch(b.strip())
    if first is None or second is None:
        return None
    numbers = first[1], second[1]
    if "." not in numbers[0] + numbers[1]:
        return None  # "16" / "17": counts as well as versions
    if _VERSION_WORD.search(prompts) is None and min(n.count(".") for n in numbers) < 2:
        return None
    return _ZERO_PARTS.sub("", numbers[0]) != _ZERO_PARTS.sub("", numbers[1])  # 4.1 = 4.1.0


#: A version's trailing zero parts: "4.1.0" is release "4.1".
_ZERO_PARTS = re.compile(r"(?:\.0+)+$")


def codes_apart(a: str, b: str) -> bool:
    """Two values that each name a code, not the same one: "1...c5" and "1...c6" (the
    move numbered 1 is no value they share), "gp2, 3000 IOPS" and "gp3, 3000 IOPS"."""
    first, second = _code_words(a), _code_words(b)
    return bool(first) and bool(second) and first != second


#: A fraction written with a slash between whole numbers: "3/4", "6/8", "1 / 2".
_SLASH_FRACTION = re.compile(r"(?<![\w./])(\d+)\s*/\s*(\d+)(?![\w./])")


def fractions_written_apart(a: str, b: str) -> bool:
    """Two values with the same fractions by value, written with other numbers ("3/4" /
    "6/8", "2/4" / "1/2"): a writer who keeps a fraction unreduced means those numbers
    (a time signature, a ratio of teeth), so the two are two values, not one."""
    first, second = _SLASH_FRACTION.findall(a), _SLASH_FRACTION.findall(b)
    if not first or len(first) != len(second):
        return False
    written = [(int(n), int(d)) for n, d in first], [(int(n), int(d)) for n, d in second]
    return written[0] != written[1] and all(
        d and e and Fraction(n, d) == Fraction(m, e)
        for (n, d), (m, e) in zip(*written, strict=True)
    )


def same_value(a: frozenset[Quantity], b: frozenset[Quantity]) -> bool:
    """Two parsed values state the same thing: equal, or one a part of the other
    (``0 bytes to 5 TB`` and ``5 TB``); ``128 to 3008 MB`` and ``128 to 10240 MB`` differ."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def equal_values(first: frozenset[Quantity], second: frozenset[Quantity]) -> bool:
    """Two parsed values state the same values: equal sets, or one a part of the other
    (``same_value``) when the part is no single end of a range of its dimension ("2 h" is
    not "2–3 h", "400 mg every 6 h" not "200–400 mg every 4–6 h",
    "at least 5 cm" is not "5–6 cm"; "5,500 kelvin" is one reading of "5500 K")."""
    if first == second:
        return bool(first)
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    if not same_value(small, large):
        return False
    return not any(  # per dimension: "400 mg every 6 hours" is not "200–400 mg every 4–6 hours"
        len(_of_dimension(small, dimension)) == 1 and is_range(_of_dimension(large, dimension))
        for dimension in {dimension for dimension, _ in small}
    )


def _of_dimension(amounts: frozenset[Quantity], dimension: str) -> frozenset[Quantity]:
    return frozenset(amount for amount in amounts if amount[0] == dimension)


#: Two amounts closer than this share of the larger are one value written twice.
_CONVERSION_SHARE = 0.01


def is_range(amounts: frozenset[Quantity]) -> bool:
    """Two amounts of one dimension that are two ends, not one value and its conversion
    ("5–6 cm", but not "3 ft (0.914 m)": 0.9144 m and 0.914 m)."""
    if len(amounts) != 2 or len({dimension for dimension, _ in amounts}) != 1:
        return False
    low, high = sorted(abs(amount) for _, amount in amounts)
    return high - low > high * _CONVERSION_SHARE


def inside_range(first: frozenset[Quantity], second: frozenset[Quantity]) -> bool:
    """One value is a single amount within the other's range of two amounts of its
    dimension, ends included: "2.0 V" and "1.8–2.2 V", "5 cm" and "5–6 cm"."""
    for one, two in ((first, second), (second, first)):
        if len(one) == 1 and is_range(two):
            ((dimension, amount),) = one
            if {found for found, _ in two} == {dimension}:
                low, high = sorted(found for _, found in two)
                if low <= amount <= high:
                    return True
    return False


#: Numbers joined into one ordered thing: a score, a count or a ratio ("3-1", "2–1",
#: "2:1"), a formation ("4-3-3"), a date ("03/04"), a version ("3.1"), two numbers with
#: "to", "vs" or "x" between them ("5 to 3"), or a tuple in brackets ("(3, 5)"); not a
#: bare list ("80, 443" is "443, 80").
_JOINED_NUMBERS = re.compile(
    r"(?<![\w.])\d+(?:(?:\s*[-–—:/.]\s*|\s+(?:to|vs\.?|versus|x|by)\s+)\d+)+(?![\w])"
    r"|[(\[]\s*\d+(?:\s*,\s*\d+)+\s*[)\]]",
    re.I,
)
_A_NUMBER = re.compile(r"\d+")


def numbers_reordered(a: str, b: str) -> bool:
    """Two texts whose numbers joined into one thing come in another order in one of
    them ("a 3-1 count" / "a 1-3 count", "2:1" / "1:2", "4-3-3" / "3-4-3", "5 to 3" / "3
    to 5", "03/04" / "04/03", numbers in words read as digits): the same numbers, each in
    another place, ask another thing, whatever words the texts share. The same runs in
    another order are one."""
    if not (_has_number(a) and _has_number(b)):
        return False
    runs_a, runs_b = _number_runs(_in_digits(a)), _number_runs(_in_digits(b))
    if not runs_a or sorted(runs_a) == sorted(runs_b):
        return False
    return sorted(tuple(sorted(run)) for run in runs_a) == sorted(
        tuple(sorted(run)) for run in runs_b
    )


def _has_number(text: str) -> bool:
    """``text`` writes a number, in digits or in words."""
    return _DIGIT.search(text) is not None or _SPELLED.search(text) is not None


def _number_runs(text: str) -> list[tuple[int, ...]]:
    """Each run of numbers ``_JOINED_NUMBERS`` finds in ``text``, as its numbers in order."""
    return [
        tuple(int(n) for n in _A_NUMBER.findall(found.group()))
        for found in _JOINED_NUMBERS.finditer(text)
    ]


_ASCII_DIGITS = frozenset("0123456789")
#: The words and marks that join the parts of a list, whatever their order.
_LIST_WORDS = frozenset("and or nor plus , ;".split())
#: A number, a word or a comma of a text, for ``numbers_traded``: "3.5", "pin", ","; "="
#: is no token.
_NUMBER_OR_WORD = re.compile(r"(?<![\w.])[0-9]+(?:\.[0-9]+)?(?![\w.]*[^\W\d_])|[^\W\d_]+|[,;]")


def numbers_traded(a: str, b: str) -> bool:
    """Two texts with the same numbers and the same words beside them, each number beside
    another's word: "pin 3 on the 5-pin connector" / "pin 5 on the 3-pin connector",
    "best of 7 in round 2" / "best of 2 in round 7", "x = 3, y = 5" / "x = 5, y = 3". The
    same numbers beside the same words in another order are one text ("3 balls and 2
    strikes" / "2 strikes and 3 balls"), and so is a list ("100 and 200" / "200 and
    100"): the words beside the numbers count only when none is a word that joins the
    parts of a list ("and", "or"), which any number of a list may stand beside."""
    if not (_has_number(a) and _has_number(b)):
        return False
    after_a, before_a = _beside_numbers(a)
    after_b, before_b = _beside_numbers(b)
    if len(after_a) < 2 or sorted(n for n, _ in after_a) != sorted(n for n, _ in after_b):
        return False
    return _traded_beside(after_a, after_b) or _traded_beside(before_a, before_b)


def _traded_beside(pairs_a: list[tuple[str, str]], pairs_b: list[tuple[str, str]]) -> bool:
    """The same words, each beside another number; none of them a small word, and one of
    them a word, not a number or an end ("100 and 200" / "200 and 100", "1 2 3" / "3 2
    1": a list in another order)."""
    words = [w for _, w in (*pairs_a, *pairs_b)]
    if any(w in _LIST_WORDS for w in words) or all(w in ("#", "") for w in words):
        return False
    return sorted(w for _, w in pairs_a) == sorted(w for _, w in pairs_b) and sorted(
        pairs_a
    ) != sorted(pairs_b)


@lru_cache(maxsize=65536)
def _beside_numbers(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Each number of ``text`` with the token after it and with the token before it
    (folded, a plural's "s" set aside, a number as "#", "" at either end); numbers in
    words read as digits ("pin three of the five-pin connector")."""
    found = _NUMBER_OR_WORD.findall(_in_digits(text))
    tokens = ["#" if token[0] in _ASCII_DIGITS else _singular(token.casefold()) for token in found]
    numbers = [token for token in found if token[0] in _ASCII_DIGITS]
    after, before = [], []
    at = 0
    for n, token in enumerate(tokens):
        if token == "#":
            number = str(Decimal(numbers[at]).normalize())
            at += 1
            after.append((number, tokens[n + 1] if n + 1 < len(tokens) else ""))
            before.append((number, tokens[n - 1] if n else ""))
    return after, before


#: A word that starts with a letter and holds a digit: a chess move ("Nf3"), a code.
_CODE_WORD = re.compile(r"(?<![\w.])[^\W\d_][^\W_]*\d[^\W_]*(?![\w])")
#: What joins the parts of a list, whose order says nothing: "CYP2D6 and CYP3A4".
_LIST_JOINED = re.compile(r"[,;&]|\b(?:and|or|nor|plus)\b", re.I)


def codes_reordered(a: str, b: str) -> bool:
    """Two texts that write the same codes in another order, none of them joined as a
    list: the moves "1. e4 e5" / "1. e5 e4", "2. Nf3 Nc6" / "2. Nc6 Nf3" are two lines of
    play. "CYP2D6 and CYP3A4" / "CYP3A4 and CYP2D6", a list, are one answer."""
    codes_a, codes_b = _CODE_WORD.findall(a), _CODE_WORD.findall(b)
    if len(codes_a) < 2 or codes_a == codes_b or sorted(codes_a) != sorted(codes_b):
        return False
    return _LIST_JOINED.search(a) is None and _LIST_JOINED.search(b) is None


#: A Roman numeral of one case with what a chord symbol writes around it: an accidental
#: before it ("♭VII", "bVII"), a quality and figures after it ("vii°", "viiø7", "V7", "I6").
_NUMERAL = r"[♭♯b#]?(?:[IVX]+|[ivx]+)(?:[°ø+]|maj|\d)*"
#: Two Roman numerals or more joined by dashes: a chord progression ("I–IV–V", "ii-V-I").
_NUMERAL_RUN = re.compile(rf"(?<![\w#♭♯]){_NUMERAL}(?:\s*[-–—‑]\s*{_NUMERAL})+(?![\w#♭♯])")
_RUN_PART = re.compile(r"\s*[-–—‑]\s*")


def numerals_apart(a: str, b: str) -> bool:
    """Two texts whose runs of Roman numerals joined by dashes differ in order or in
    letter case: "I–IV–V" / "I–V–IV" are two progressions, "ii–V–I" / "II–V–I" two
    chord qualities (small letters a minor chord, capitals a major one). Each text has a
    run; runs that differ only by their dashes ("I-IV-V" / "I–IV–V") are one."""
    runs_a, runs_b = numeral_runs(a), numeral_runs(b)
    return bool(runs_a) and bool(runs_b) and runs_a != runs_b


def numeral_runs(text: str) -> list[tuple[str, ...]]:
    """Each run ``_NUMERAL_RUN`` finds in ``text``, as its numerals as written (a flat and
    a sharp in either spelling)."""
    return [
        tuple(_RUN_PART.split(found.group().strip()))
        for found in _NUMERAL_RUN.finditer(_spelt(text))
    ]


def progressions_apart(a: str, b: str) -> bool:
    """Two answers, each nothing but one run of Roman numerals joined by dashes, that
    ``numerals_apart`` tells apart: "I–IV–V" / "I–V–IV" to one question cannot both be
    right."""
    return all(_NUMERAL_RUN.fullmatch(_spelt(text.strip())) for text in (a, b)) and (
        numerals_apart(a, b)
    )


def _spelt(text: str) -> str:
    """``text`` with a flat and a sharp written as "b" and "#"."""
    return text.replace("♭", "b").replace("♯", "#")
