#!/usr/bin/env python3
"""Generate prompts-holdout3.jsonl: an independent, blind-written evaluation set
for a PHI detector.  Python 3 stdlib only, deterministic (fixed seed).

Every PHI prompt is rendered from a hand-written template in which
[[field]] (or [[field@2]] for a second person) placeholders are filled from a
synthetic person.  Each placeholder field maps to a plant kind (or to None for
non-identifying filler such as age, pronouns, clinician names), so the plant
list is derived from exactly the values that were inserted into the text.
Each template is used at most twice.
"""
import collections
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

SEED = 3_2025_0602
R = random.Random(SEED)
TODAY = dt.date(2025, 6, 2)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prompts-holdout3.jsonl")
TARGET_PHI = 212
TARGET_CLEAN = 117

# ----------------------------------------------------------------------------
# Reference data
# ----------------------------------------------------------------------------
CITIES = [  # city, state, ZIP, area codes (all real combos)
    ("Chicago", "IL", "60657", ["773", "312"]), ("Chicago", "IL", "60629", ["773"]),
    ("Houston", "TX", "77036", ["713", "832"]), ("Phoenix", "AZ", "85015", ["602"]),
    ("Jackson Heights", "NY", "11372", ["718", "347"]), ("Brooklyn", "NY", "11220", ["718", "929"]),
    ("Bronx", "NY", "10467", ["718", "347"]), ("Los Angeles", "CA", "90011", ["323", "213"]),
    ("San Jose", "CA", "95122", ["408", "669"]), ("Oakland", "CA", "94601", ["510"]),
    ("Miami", "FL", "33135", ["305", "786"]), ("Atlanta", "GA", "30310", ["404", "678"]),
    ("Detroit", "MI", "48209", ["313"]), ("Dearborn", "MI", "48126", ["313"]),
    ("Minneapolis", "MN", "55407", ["612"]), ("Seattle", "WA", "98118", ["206"]),
    ("Portland", "OR", "97206", ["503", "971"]), ("Denver", "CO", "80219", ["303", "720"]),
    ("Albuquerque", "NM", "87108", ["505"]), ("El Paso", "TX", "79912", ["915"]),
    ("San Antonio", "TX", "78207", ["210"]), ("Boston", "MA", "02124", ["617", "857"]),
    ("Worcester", "MA", "01604", ["508"]), ("Lowell", "MA", "01852", ["978"]),
    ("Providence", "RI", "02908", ["401"]), ("Philadelphia", "PA", "19143", ["215", "267"]),
    ("Pittsburgh", "PA", "15210", ["412"]), ("Baltimore", "MD", "21218", ["410", "443"]),
    ("Richmond", "VA", "23224", ["804"]), ("Charlotte", "NC", "28205", ["704", "980"]),
    ("Raleigh", "NC", "27610", ["919"]), ("Nashville", "TN", "37211", ["615"]),
    ("Memphis", "TN", "38118", ["901"]), ("Louisville", "KY", "40214", ["502"]),
    ("Columbus", "OH", "43207", ["614"]), ("Cleveland", "OH", "44109", ["216"]),
    ("Milwaukee", "WI", "53215", ["414"]), ("St. Louis", "MO", "63116", ["314"]),
    ("Kansas City", "MO", "64111", ["816"]), ("Omaha", "NE", "68107", ["402"]),
    ("Tulsa", "OK", "74112", ["918"]), ("New Orleans", "LA", "70119", ["504"]),
    ("Jackson", "MS", "39206", ["601"]), ("Birmingham", "AL", "35211", ["205"]),
    ("Tampa", "FL", "33604", ["813"]), ("Orlando", "FL", "32822", ["407"]),
    ("Salt Lake City", "UT", "84104", ["801"]), ("Boise", "ID", "83705", ["208"]),
    ("Las Vegas", "NV", "89121", ["702"]), ("Sacramento", "CA", "95823", ["916"]),
    ("Fresno", "CA", "93702", ["559"]), ("Honolulu", "HI", "96817", ["808"]),
    ("Anchorage", "AK", "99508", ["907"]), ("Newark", "NJ", "07105", ["973"]),
    ("Paterson", "NJ", "07501", ["973", "862"]), ("Hartford", "CT", "06106", ["860"]),
    ("Burlington", "VT", "05401", ["802"]), ("Des Moines", "IA", "50315", ["515"]),
]
STATE_NAMES = {
    "IL": "Illinois", "TX": "Texas", "AZ": "Arizona", "NY": "New York", "CA": "California",
    "FL": "Florida", "GA": "Georgia", "MI": "Michigan", "MN": "Minnesota", "WA": "Washington",
    "OR": "Oregon", "CO": "Colorado", "NM": "New Mexico", "MA": "Massachusetts",
    "RI": "Rhode Island", "PA": "Pennsylvania", "MD": "Maryland", "VA": "Virginia",
    "NC": "North Carolina", "TN": "Tennessee", "KY": "Kentucky", "OH": "Ohio",
    "WI": "Wisconsin", "MO": "Missouri", "NE": "Nebraska", "OK": "Oklahoma",
    "LA": "Louisiana", "MS": "Mississippi", "AL": "Alabama", "UT": "Utah", "ID": "Idaho",
    "NV": "Nevada", "HI": "Hawaii", "AK": "Alaska", "NJ": "New Jersey", "CT": "Connecticut",
    "VT": "Vermont", "IA": "Iowa",
}
STREETS = [
    "Maple St", "Oak Ridge Dr", "Cedar Ln", "W 3rd St", "Lincoln Ave", "Park Pl",
    "Pinewood Ct", "Sycamore Rd", "Elmhurst Ave", "Magnolia Blvd", "Jefferson St",
    "Willow Bend Dr", "Hillcrest Rd", "Chestnut St", "Riverside Dr", "E 14th St",
    "Orchard Way", "Dogwood Trl", "Franklin Ave", "S Main St", "Bayview Ave",
    "Valley View Dr", "Prospect Ave", "Kingsley Ave", "Ridgewood Rd", "N Central Ave",
    "Grand Ave", "Beechwood Ter", "Clover Hill Rd", "Harrison St", "Mulberry Ln",
    "Sunset Blvd", "Linden Ave", "Brookside Dr", "Woodlawn Ave", "Poplar St",
]
UNITS = ["Apt 3B", "Apt 12", "Unit 4", "#204", "Apt 2F", "Unit 17C", "Apt 1R", "#9"]

NAMES = {  # culture: (female firsts, male firsts, surnames)
    "hisp": (["María", "Guadalupe", "Ximena", "Yesenia", "Rosa", "Leticia", "Daniela",
              "Marisol", "Araceli", "Beatriz", "Itzel", "Maricela"],
             ["José", "Alejandro", "Jesús", "Luis", "Héctor", "Raúl", "Joaquín", "Mateo",
              "Rigoberto", "Efraín", "Ramón", "Ulises"],
             ["Hernández", "de la Cruz", "Villanueva", "Ortiz-Ramos", "Gutiérrez",
              "Castañeda", "Delgado", "Montoya", "Zúñiga", "Ibarra", "Santiago", "Peña",
              "Quintero", "Saldaña", "Arreola"]),
    "asian": (["Mei-Ling", "Huong", "Yuki", "Ji-woo", "Linh", "Xiaoyan", "Hyejin", "Thao",
               "Naoko"],
              ["Wei", "Hiroshi", "Minh", "Jae-hyun", "Tuan", "Kenji", "Jian", "Duc", "Sung-min"],
              ["Nguyen", "Tran", "Zhang", "Yamamoto", "Park", "Chen", "Lê", "Pham",
               "Takahashi", "Huang", "Vo", "Watanabe", "Liu", "Cho"]),
    "sasian": (["Priya", "Ananya", "Lakshmi", "Farzana", "Sunita", "Harpreet", "Kavya",
                "Nandini"],
               ["Rajesh", "Sanjay", "Arjun", "Venkatesh", "Imran", "Gurpreet", "Nikhil",
                "Sandeep"],
               ["Ramaswamy", "Chaudhary", "Iyer", "Venkataraman", "Bhattacharya",
                "Siddiqui", "Gill", "Reddy", "Desai", "Subramanian", "Patel"]),
    "wafr": (["Adaeze", "Abena", "Ngozi", "Folasade", "Chiamaka", "Efua", "Yetunde"],
             ["Chukwuemeka", "Kwame", "Oluwaseun", "Kofi", "Babajide", "Emeka", "Yaw"],
             ["Okafor", "Mensah", "Adeyemi", "Osei", "Nwosu", "Boateng", "Okonkwo",
              "Adebayo", "Eze", "Asante"]),
    "eafr": (["Tigist", "Hodan", "Meseret", "Ayaan", "Selamawit"],
             ["Abdirahman", "Mulugeta", "Dawit", "Abdullahi", "Tewodros"],
             ["Tesfaye", "Mohamud", "Gebremedhin", "Haile", "Warsame", "Abdi", "Bekele"]),
    "aa": (["Latoya", "Keisha", "Shanice", "Tamika", "Imani", "Ebony", "Jasmine",
            "Aaliyah", "Ernestine"],
           ["DeShawn", "Tyrone", "Marcus", "Darnell", "Jamal", "Terrence", "Andre",
            "Malik", "Cedric"],
           ["Robinson", "Battle", "Gaines", "Whitfield", "Coleman", "Mosley", "Bynum",
            "Pettaway", "Hairston", "Dorsey", "Merriweather"]),
    "arab": (["Fatima", "Layla", "Noor", "Rania", "Huda", "Amal", "Samira"],
             ["Mohammed", "Yousef", "Khalid", "Omar", "Tariq", "Samir", "Bilal"],
             ["Haddad", "Al-Sayed", "Khoury", "Nasser", "Abboud", "Saleh", "Al-Amin",
              "Mansour", "Hamdan", "Darwish"]),
    "ee": (["Oksana", "Katarzyna", "Svetlana", "Milena", "Agnieszka", "Irina", "Zofia"],
           ["Dmitri", "Piotr", "Bogdan", "Tomasz", "Vasyl", "Andrei", "Miroslav"],
           ["Kowalczyk", "Petrov", "Novák", "Horváth", "Shevchenko", "Popescu",
            "Jankowski", "Dvořák", "Wiśniewski", "Kovalenko"]),
    "irish": (["Siobhán", "Aoife", "Niamh", "Bridget", "Maeve", "Róisín"],
              ["Declan", "Padraig", "Cormac", "Seamus", "Ciarán", "Eoin"],
              ["O'Neil", "McCarthy", "Fitzgerald", "O'Sullivan", "Kavanagh", "Gallagher",
               "O'Connell", "Brennan", "Mac Giolla"]),
    "euro": (["Zoë", "Chloé", "Ingrid", "Anneliese", "Marguerite", "Giulia", "Renée"],
             ["Pieter", "Luca", "Rolf", "Étienne", "Henrik", "Matthias", "Stefano"],
             ["Van Dyke", "van der Berg", "DeLuca", "St. John", "Lindqvist", "Moreau",
              "Bergström", "Van Houten", "Esposito", "LaFleur", "D'Amico"]),
    "anglo": (["Brenda", "Heather", "Tammy", "Kristen", "Darlene", "Courtney", "Marjorie"],
              ["Gary", "Dale", "Kyle", "Wendell", "Clifford", "Travis", "Harold"],
              ["Whitaker", "Hollis", "Pruitt", "Stroud", "Kimbrough", "Pendergast", "Yoder",
               "Hargrove", "Ashby", "Lindsey"]),
}
CULT_W = [("hisp", 18), ("aa", 12), ("asian", 12), ("sasian", 10), ("wafr", 5), ("eafr", 4),
          ("arab", 8), ("ee", 8), ("irish", 7), ("euro", 7), ("anglo", 10)]

DOCS = [("Anjali", "Mehta"), ("Robert", "Kessler"), ("Lina", "Farouk"),
        ("Samuel", "Adeyemi-Cole"), ("Hannah", "Schultz"), ("Carlos", "Ybarra"),
        ("Eun-ji", "Seo"), ("Matthew", "Corrigan"), ("Rachel", "Feldstein"),
        ("Teresa", "Villalobos"), ("Grant", "Holloway"), ("Meera", "Krishnan"),
        ("Paul", "Nakagawa"), ("Oluwadamilare", "Bankole")]
FACS = [("Lakeshore Regional Medical Center", "lakeshoreregional.org"),
        ("St. Bridget's Hospital", "stbridgets-health.org"),
        ("Mercy Valley Health", "mercyvalleyhealth.org"),
        ("Riverside Community Hospital", "riversidechc.org"),
        ("Northgate Medical Group", "northgatemedgroup.com"),
        ("Sunridge Health", "sunridgehealth.org")]
EMAIL_DOMAINS = [("gmail.com", 40), ("yahoo.com", 14), ("hotmail.com", 8), ("aol.com", 5),
                 ("icloud.com", 8), ("proton.me", 3), ("comcast.net", 4), ("att.net", 3),
                 ("outlook.com", 7), ("sbcglobal.net", 2), ("verizon.net", 2), ("msn.com", 2),
                 ("ymail.com", 1), ("bellsouth.net", 1)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
IP_FIRST = [73, 98, 24, 71, 108, 174, 67, 76, 99, 47, 68, 69, 75, 96, 107, 162, 166]
VIN_MODELS = [("Honda Civic", "2HGFC2F5"), ("Toyota Camry", "4T1B11HK"),
              ("Ford F-150", "1FTEW1EP"), ("Chevrolet Malibu", "1G1ZD5ST"),
              ("Nissan Altima", "1N4BL4BV"), ("Toyota RAV4", "2T3P1RFV"),
              ("Honda CR-V", "5J6RW2H5"), ("Hyundai Elantra", "5NPD84LF"),
              ("Jeep Grand Cherokee", "1C4RJFAG"), ("Tesla Model 3", "5YJ3E1EA")]
VIN_YEARS = {2014: "E", 2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K",
             2020: "L", 2021: "M", 2022: "N", 2023: "P"}

# ----------------------------------------------------------------------------
# Generators for realistic identifiers
# ----------------------------------------------------------------------------
def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(s):
    for d in "0123456789":
        if luhn_ok(s + d):
            return d
    raise AssertionError


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v in ("123-45-6789", "078-05-1120", "219-09-9999"):
            continue
        return v


def gen_phone(areas):
    area = R.choice(areas)
    while True:
        ex = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        if ex[1:] == "11" or ex == "555":
            continue
        break
    return area, ex, digits(4)


def gen_npi():
    base = "1" + digits(8)
    return base + luhn_digit("80840" + base)


def gen_cc():
    brand = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + R.choice(["147", "266", "532", "716", "859", "003", "430"]) + digits(11)
    elif brand == "mc":
        body = "5" + R.choice("12345") + digits(13)
    elif brand == "amex":
        body = "3" + R.choice("47") + digits(12)
    else:
        body = "6011" + digits(11)
    num = body + luhn_digit(body)
    if num.startswith(("4111111", "4242424", "5555555", "3782822")):
        return gen_cc()
    style = R.choice(["space", "space", "dash", "raw"])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    return num


VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                     [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    tot = sum((int(c) if c.isdigit() else VIN_TRANS[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    return "X" if r == 10 else str(r)


def gen_vin():
    model, pre = R.choice(VIN_MODELS)
    year = R.randint(2014, 2023)
    v = pre + "0" + VIN_YEARS[year] + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    v = v[:8] + vin_check(v) + v[9:]
    return f"{year} {model}", v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def gen_mbi():
    D = "0123456789"
    while True:
        s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(D)
             + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(D) + R.choice(MBI_A)
             + R.choice(MBI_A) + R.choice(D) + R.choice(D))
        if s != "1EG4TE5MK73":
            return s


def gen_plan(state):
    opts = [
        ("UnitedHealthcare", lambda: R.choice("89") + digits(8)),
        ("Aetna", lambda: "W" + digits(9)),
        ("Cigna", lambda: "U" + digits(8) + " 01"),
        ("Humana", lambda: "H" + digits(8)),
        ("Anthem Blue Cross", lambda: R.choice(["JQH", "YRK", "XGP", "ZWB"]) + "W" + digits(8)),
        ("Blue Cross Blue Shield", lambda: R.choice(["XOF", "YUB", "ZGD", "XEH", "R4K"]) + digits(9)),
        ("Molina Healthcare", lambda: "1" + digits(10)),
        ("Ambetter", lambda: "U7" + digits(9)),
        ("Oscar Health", lambda: "OSC" + digits(8) + "01"),
    ]
    if state == "CA":
        opts.append(("Medi-Cal", lambda: R.choice("9") + digits(7) + R.choice("ABCDEFGHJ")))
    if state == "NY":
        opts.append(("NY Medicaid", lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(5) + R.choice("ABCDEFGHJKLMN")))
    if state == "TX":
        opts.append(("Texas Medicaid (Superior)", lambda: "5" + digits(8)))
    payer, fn = R.choice(opts)
    return payer, fn()


def gen_claim():
    k = R.randint(0, 3)
    if k == 0:
        return "2" + f"{R.randint(23, 25)}" + f"{R.randint(1, 365):03d}" + digits(7)
    if k == 1:
        return "E" + digits(10)
    if k == 2:
        return R.choice(["24", "25"]) + R.choice(["EA", "FQ", "KM", "TR"]) + digits(9)
    return digits(3) + "-" + digits(7) + "-" + digits(2)


def gen_acct():
    k = R.randint(0, 3)
    if k == 0:
        return R.choice("56") + digits(9)
    if k == 1:
        return "G" + digits(8)
    if k == 2:
        return "V00" + digits(8)
    return digits(4) + "-" + digits(6)


def gen_lic(state, last):
    L = fold(last)[0].upper()
    if state == "IL":
        d = digits(11)
        return f"{L}{d[:3]}-{d[3:7]}-{d[7:]}"
    if state == "CA":
        return R.choice("ABDEFGNY") + digits(7)
    if state == "NY":
        d = digits(9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if state == "TX":
        return R.choice("0123") + digits(7)
    if state == "FL":
        d = digits(12)
        return f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if state == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if state == "MI":
        d = digits(12)
        return f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    return R.choice("ABCDEFGHKLMNPRSTW") + digits(8)


def gen_device(kind):
    if kind is None:
        kind = R.choice(["pump", "cardiac", "cpap", "cgm"])
    if kind == "pump":
        return R.choice([("Medtronic MiniMed 780G pump", lambda: "NG" + digits(7) + "H"),
                         ("Tandem t:slim X2 pump", lambda: R.choice(["90", "11"]) + digits(6)),
                         ("Omnipod 5 controller", lambda: "PDM" + digits(9))]) 
    if kind == "cardiac":
        return R.choice([("Medtronic Azure XT DR MRI pacemaker", lambda: "RNB" + digits(6) + "S"),
                         ("Boston Scientific Accolade MRI pacemaker", lambda: digits(6)),
                         ("Abbott Assurity MRI pacemaker", lambda: "8" + digits(6)),
                         ("Medtronic Cobalt XT ICD", lambda: "BXU" + digits(6) + "H")])
    if kind == "cpap":
        return R.choice([("ResMed AirSense 10 AutoSet", lambda: "2" + R.choice("23") + digits(9)),
                         ("ResMed AirSense 11", lambda: "232" + digits(8)),
                         ("Philips DreamStation 2", lambda: "J" + digits(11))])
    return R.choice([("Dexcom G6 transmitter", lambda: "8" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))),
                     ("FreeStyle Libre 3 sensor", lambda: "0M" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))),
                     ("Dexcom G7 sensor", lambda: digits(12))])


def gen_ip():
    return f"{R.choice(IP_FIRST)}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(2, 254)}"


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


# ----------------------------------------------------------------------------
# Synthetic person
# ----------------------------------------------------------------------------
class Person:
    def __init__(self, sex=None, age=(25, 85), cult=None, dev=None, rel=None):
        self.cult = cult or wchoice(CULT_W)
        self.sex = sex or R.choice("FM")
        fem, mal, sur = NAMES[self.cult]
        self.first = R.choice(fem if self.sex == "F" else mal)
        self.last = R.choice(sur)
        if R.random() < 0.07 and self.cult != "asian" and "-" not in self.last and " " not in self.last and "'" not in self.last:
            other = R.choice([s for s in sur if s != self.last and "-" not in s and " " not in s and "'" not in s])
            self.last = f"{self.last}-{other}"
        self.mi = R.choice("ABCDEFGHJKLMNPRSTVW")
        # date of birth consistent with age range
        lo, hi = age
        latest = dt.date(TODAY.year - lo, TODAY.month, TODAY.day) - dt.timedelta(days=1)
        earliest = dt.date(TODAY.year - hi - 1, TODAY.month, TODAY.day) + dt.timedelta(days=1)
        self.dob = rand_date(earliest, latest)
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        c = R.choice(CITIES)
        self.city, self.st, self.zip, areas = c
        self.city2 = R.choice([x[0] for x in CITIES if x[0] != self.city])
        self.street = f"{R.randint(100, 9899)} {R.choice(STREETS)}"
        if R.random() < 0.3:
            self.street += " " + R.choice(UNITS)
        self.phone = gen_phone(areas)
        self.ssn = gen_ssn()
        self.mrn_e = "E" + R.choice(["00", "01", "00"]) + digits(6)
        self.mrn_n = R.choice("123456789") + digits(R.choice([6, 7]))
        self.mrn_z = "00" + R.choice("123456789") + digits(5)
        self.mrn = R.choice([self.mrn_e, self.mrn_n, "M" + digits(7), "10" + digits(7)])
        self.pid = R.choice("123456789") + digits(7)
        self.pid_s = R.choice(["PT-", "PID-", "P"]) + digits(7)
        self.payer, self.hp = gen_plan(self.st)
        self.claim = gen_claim()
        self.icn = "2" + f"{R.randint(24, 25)}" + f"{R.randint(1, 365):03d}" + digits(7)
        self.acct = gen_acct()
        self.lic = gen_lic(self.st, self.last)
        self.devname, devfn = gen_device(dev)
        self.dev = devfn()
        self.vdesc, self.vin = gen_vin()
        self.ip = gen_ip()
        self.npi = gen_npi()
        self.mbi = gen_mbi()
        self.cc = gen_cc()
        self.cc_exp = f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"
        self.doc = R.choice(DOCS)
        self.fac, self.facdom = R.choice(FACS)
        self.uuid = "%08x-%04x-4%03x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), 0x8000 | R.getrandbits(14), R.getrandbits(48))
        # encounter dates
        self.adm = rand_date(dt.date(2024, 1, 3), dt.date(2025, 5, 20))
        stay = R.randint(1, 9)
        self.dis = self.adm + dt.timedelta(days=stay)
        self.proc = self.adm + dt.timedelta(days=R.randint(0, stay - 1))
        self.death = rand_date(dt.date(2024, 2, 1), dt.date(2025, 5, 25))
        self.adm_time = (R.randint(0, 23), R.randint(0, 59))
        # email
        by = self.dob.year
        f, l = slug(self.first), slug(self.last)
        pat = R.choice([f"{f}.{l}", f"{f}{l}{by % 100:02d}", f"{f[0]}{l}{R.randint(1, 99)}",
                        f"{f}_{l}", f"{l}.{f}{R.randint(1, 999)}", f"{f}{l[0]}{by}",
                        f"{f}.{l}{R.randint(10, 99)}", f"{f}{l}"])
        self.email = f"{pat}@{wchoice(EMAIL_DOMAINS)}"
        # urls
        self.url_portal = R.choice([
            f"https://mychart.{self.facdom}/MyChart/app/patient/{self.pid}/test-results",
            f"https://portal.{self.facdom}/patients/{self.pid}/messages",
            f"https://{self.facdom.split('.')[0]}.followmyhealth.com/patient/{self.pid}/allergies",
        ])
        cause = R.choice(["beat-leukemia", "recover-after-the-crash", "fight-als",
                          "with-transplant-costs", "come-home-from-icu"])
        self.url_fund = f"https://www.gofundme.com/f/help-{f}-{l}-{cause}"
        self.url_social = R.choice([f"https://www.facebook.com/{f}.{l}.{R.randint(1, 9999)}",
                                    f"https://www.instagram.com/{f}_{l}{by % 100:02d}/",
                                    f"https://www.caringbridge.org/site/{f}{l}"])
        # relative
        rs = rel or R.choice("FM")
        rf, rm, rsur = NAMES[self.cult]
        self.rfirst = R.choice(rf if rs == "F" else rm)
        while self.rfirst == self.first:
            self.rfirst = R.choice(rf if rs == "F" else rm)
        self.rlast = self.last if R.random() < 0.7 else R.choice(rsur)
        self.rname = f"{self.rfirst} {self.rlast}"
        rp = R.choice([f"{slug(self.rfirst)}.{slug(self.rlast)}", f"{slug(self.rfirst)}{slug(self.rlast)}{R.randint(1, 99)}",
                       f"{slug(self.rfirst)[0]}{slug(self.rlast)}{R.randint(70, 99)}"])
        self.remail = f"{rp}@{wchoice(EMAIL_DOMAINS)}"


def d_us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_long(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def addr_line(p):
    return f"{p.street}, {p.city}, {p.st} {p.zip}"


def hl7_street(p):
    s = fold(p.street).upper()
    for u in UNITS:
        if s.endswith(" " + u.upper()):
            return s[: -len(u) - 1] + "^" + u.upper()
    return s + "^"


F = {  # field -> (kind or None, function(person))
    # names
    "name": ("name", lambda p: f"{p.first} {p.last}"),
    "name_full": ("name", lambda p: f"{p.first} {p.mi}. {p.last}"),
    "name_lf": ("name", lambda p: f"{fold(p.last).upper()}, {fold(p.first).upper()} {p.mi}"),
    "name_lfm": ("name", lambda p: f"{p.last}, {p.first} {p.mi}."),
    "name_up": ("name", lambda p: fold(f"{p.first} {p.last}").upper()),
    "name_lower": ("name", lambda p: f"{p.first} {p.last}".lower()),
    "name_mrs": ("name", lambda p: ("Mrs. " if p.age >= 35 else "Ms. ") + p.last if p.sex == "F" else "Mr. " + p.last),
    "name_hl7": ("name", lambda p: f"{fold(p.last).upper()}^{fold(p.first).upper()}^{p.mi}"),
    "name_x12": ("name", lambda p: f"{fold(p.last).upper()}*{fold(p.first).upper()}*{p.mi}"),
    "first": ("name", lambda p: p.first),
    "last": ("name", lambda p: p.last),
    "last_sql": ("name", lambda p: p.last.replace("'", "''")),
    "rname": ("name", lambda p: p.rname),
    "fn": (None, lambda p: p.first),
    "remail": ("email", lambda p: p.remail),
    # dob
    "dob_us": ("dob", lambda p: d_us(p.dob)),
    "dob_short": ("dob", lambda p: f"{p.dob.month}/{p.dob.day}/{p.dob.year % 100:02d}"),
    "dob_ord": ("dob", lambda p: f"{ordinal(p.dob.day)} of {MONTHS[p.dob.month - 1]} {p.dob.year}"),
    "dob_long": ("dob", lambda p: d_long(p.dob)),
    "dob_iso": ("dob", lambda p: p.dob.isoformat()),
    "dob_hl7": ("dob", lambda p: p.dob.strftime("%Y%m%d")),
    "dob_dash": ("dob", lambda p: p.dob.strftime("%m-%d-%Y")),
    "dob_eu": ("dob", lambda p: f"{p.dob.day:02d} {MONTHS[p.dob.month - 1][:3]} {p.dob.year}"),
    "dob_voice": ("dob", lambda p: f"{MONTHS[p.dob.month - 1].lower()} {ordinal(p.dob.day)} {p.dob.year}"),
    "dob_es": ("dob", lambda p: f"{p.dob.day} de {MESES[p.dob.month - 1]} de {p.dob.year}"),
    # demographics filler (not identifiers)
    "age": (None, lambda p: str(p.age)),
    "sx": (None, lambda p: p.sex),
    "sexw": (None, lambda p: "female" if p.sex == "F" else "male"),
    "gender": (None, lambda p: "female" if p.sex == "F" else "male"),
    "pr": (None, lambda p: "she" if p.sex == "F" else "he"),
    "Pr": (None, lambda p: "She" if p.sex == "F" else "He"),
    "pos": (None, lambda p: "her" if p.sex == "F" else "his"),
    "obj": (None, lambda p: "her" if p.sex == "F" else "him"),
    # ssn
    "ssn": ("ssn", lambda p: p.ssn),
    "ssn_sp": ("ssn", lambda p: p.ssn.replace("-", " ")),
    "ssn_raw": ("ssn", lambda p: p.ssn.replace("-", "")),
    # mrn / patient id
    "mrn": ("mrn", lambda p: p.mrn),
    "mrn_e": ("mrn", lambda p: p.mrn_e),
    "mrn_n": ("mrn", lambda p: p.mrn_n),
    "mrn_z": ("mrn", lambda p: p.mrn_z),
    "pid": ("patient-id", lambda p: p.pid),
    "pid_s": ("patient-id", lambda p: p.pid_s),
    # phone
    "ph": ("phone", lambda p: "%s-%s-%s" % p.phone),
    "ph_paren": ("phone", lambda p: "(%s) %s-%s" % p.phone),
    "ph_plus": ("phone", lambda p: "+1 (%s) %s-%s" % p.phone),
    "ph_dot": ("phone", lambda p: "%s.%s.%s" % p.phone),
    "ph_raw": ("phone", lambda p: "%s%s%s" % p.phone),
    "ph_e164": ("phone", lambda p: "+1%s%s%s" % p.phone),
    "ph_hl7": ("phone", lambda p: "(%s)%s-%s" % p.phone),
    "ph_voice": ("phone", lambda p: "%s %s %s" % p.phone),
    # email
    "email": ("email", lambda p: p.email),
    # address
    "addr": ("address", addr_line),
    "addr_ml": ("address", lambda p: f"{p.street}\n{p.city}, {p.st} {p.zip}"),
    "addr_up": ("address", lambda p: fold(addr_line(p)).upper()),
    "addr_hl7": ("address", lambda p: f"{hl7_street(p)}^{fold(p.city).upper()}^{p.st}^{p.zip}^USA^H"),
    "street": ("address", lambda p: p.street),
    "street_up": ("address", lambda p: fold(p.street).upper()),
    "city": (None, lambda p: p.city),
    "city_up": (None, lambda p: p.city.upper()),
    "st": (None, lambda p: p.st),
    "st_name": (None, lambda p: STATE_NAMES[p.st]),
    "zip": (None, lambda p: p.zip),
    "city2": (None, lambda p: p.city2),
    # insurance / billing
    "hp": ("health-plan-id", lambda p: p.hp),
    "payer": (None, lambda p: p.payer),
    "payer_up": (None, lambda p: p.payer.upper()),
    "claim": ("claim-number", lambda p: p.claim),
    "icn": ("claim-number", lambda p: p.icn),
    "acct": ("account-number", lambda p: p.acct),
    "cc": ("credit-card", lambda p: p.cc),
    "cc_exp": (None, lambda p: p.cc_exp),
    # other identifiers
    "lic": ("license-number", lambda p: p.lic),
    "lic_state": (None, lambda p: p.st),
    "lic_state_name": (None, lambda p: STATE_NAMES[p.st]),
    "dev": ("device-id", lambda p: p.dev),
    "devname": (None, lambda p: p.devname),
    "vin": ("vin", lambda p: p.vin),
    "vdesc": (None, lambda p: p.vdesc),
    "ip": ("ip-address", lambda p: p.ip),
    "url_portal": ("url", lambda p: p.url_portal),
    "url_fund": ("url", lambda p: p.url_fund),
    "url_social": ("url", lambda p: p.url_social),
    "mbi": ("mbi", lambda p: f"{p.mbi[:4]}-{p.mbi[4:7]}-{p.mbi[7:]}"),
    "mbi_raw": ("mbi", lambda p: p.mbi),
    "npi": ("npi", lambda p: p.npi),
    # encounter dates
    "d_adm_us": ("date", lambda p: d_us(p.adm)),
    "d_adm_long": ("date", lambda p: d_long(p.adm)),
    "d_adm_md": ("date", lambda p: f"{MONTHS[p.adm.month - 1]} {ordinal(p.adm.day)}"),
    "d_adm_iso": ("date", lambda p: p.adm.isoformat()),
    "d_adm_hl7": ("date", lambda p: p.adm.strftime("%Y%m%d") + "%02d%02d" % p.adm_time),
    "msh_ts": (None, lambda p: p.adm.strftime("%Y%m%d") + "%02d%02d%02d" % (p.adm_time[0], min(59, p.adm_time[1] + 3), 17)),
    "d_dis_us": ("date", lambda p: d_us(p.dis)),
    "d_dis_long": ("date", lambda p: d_long(p.dis)),
    "d_proc_us": ("date", lambda p: d_us(p.proc)),
    "d_proc_long": ("date", lambda p: d_long(p.proc)),
    "d_proc_iso": ("date", lambda p: p.proc.isoformat()),
    "d_proc_hl7d": ("date", lambda p: p.proc.strftime("%Y%m%d")),
    "d_proc_voice": ("date", lambda p: f"{MONTHS[p.proc.month - 1].lower()} {ordinal(p.proc.day)}"),
    "d_death_long": ("date", lambda p: d_long(p.death)),
    # staff / facility filler (not patient identifiers)
    "doc": (None, lambda p: f"Dr. {p.doc[1]}"),
    "doc_full": (None, lambda p: f"{p.doc[0]} {p.doc[1]}"),
    "doc_last": (None, lambda p: p.doc[1]),
    "doc_up": (None, lambda p: f"{p.doc[0]} {p.doc[1]}".upper()),
    "doc_last_up": (None, lambda p: p.doc[1].upper()),
    "doc_first_up": (None, lambda p: p.doc[0].upper()),
    "fac": (None, lambda p: p.fac),
    "uuid": (None, lambda p: p.uuid),
}

PAT = re.compile(r"\[\[(\w+?)(?:@(\d))?\]\]")

# ----------------------------------------------------------------------------
# PHI templates (hand-written; each used at most twice)
# ----------------------------------------------------------------------------
PHI_T = []


def T(group, text, sex=None, age=(25, 85), cult=None, dev=None, rel=None):
    PHI_T.append(dict(group=group, text=text, sex=sex, age=age, cult=cult, dev=dev, rel=rel))


# --- ED triage ---------------------------------------------------------------
T("ed-triage", """triage note, pls clean up for the chart:
[[age]][[sx]] [[name]] DOB [[dob_us]] BIBA from home ([[addr]]) c/o CP x2h radiating to L arm, diaphoretic. PMH HTN, DM2, former smoker. VS BP 168/94 HR 104 RR 22 SpO2 93% RA. ESI 2. EKG at 14:12 read by attending. Daughter [[rname]] at [[ph_paren]].""", age=(50, 80), rel="F")
T("ed-triage", """Can you turn this into a proper triage narrative? pt [[name_lf]] MRN: [[mrn_e]] arrived POV 0340 after falling off a ladder ~8 ft, +LOC per spouse, GCS 14 (E4V4M6), 4cm lac R parietal scalp, on apixaban for afib. Pain 7/10. Spouse [[rname]] cell [[ph_dot]].""", age=(45, 80))
T("ed-triage", """is this ESI 2 or 3?? [[age]]yo [[sx]], [[name]], chart # [[mrn_n]], walked in 22:50 on [[d_adm_long]] w/ SOB + wheeze, speaking 3-4 word sentences, PEF 180, sat 91% RA. hx asthma, intubated twice before (last 2019). got duoneb x1 in the waiting room already""", age=(18, 45))
T("ed-triage", """Peds triage — [[name]], DOB [[dob_dash]], brought in by mom ([[rname]], [[ph]]) for fever 103.8 x3 days, decreased PO, 2 wet diapers today. Cap refill 3 sec, tacky MM. Wt 14.2 kg. No PMH, vaccines UTD per mom. Need help calculating ondansetron + NS bolus doses.""", age=(2, 3), rel="F")
T("ed-triage", """Quick sanity check on my triage note before I sign: "[[name_up]] / [[dob_short]] / arrived 0215 via EMS from [[addr]] - found down by neighbor, LKW approx 2300, R facial droop, L arm drift, NIHSS 9 per EMS. Glucose 132. Stroke alert called 0218." Anything missing for the stroke registry abstractor?""", age=(60, 90))

# --- SOAP --------------------------------------------------------------------
T("soap", """S: [[age]]yo [[sx]] f/u DM2. Reports fasting BG 180-220, denies polyuria/polydipsia, occasional tingling feet.
O: BP 142/88, BMI 33.1, A1c 9.2 (prev 8.4), monofilament ↓ bilat.
A/P: DM2 uncontrolled w/ neuropathy → ↑ metformin 1000 BID, add empagliflozin 10 mg qd, podiatry ref. RTC 3 mo.

Pt: [[name_full]], DOB [[dob_us]], MRN [[mrn]]

rewrite this as a short letter to the pt's PCP please""", age=(40, 75))
T("mrs-surname", """[[name_mrs]] back today for her 2-wk post-op check s/p lap chole on [[d_proc_long]]. S: mild RUQ soreness, tolerating PO, BMs nl. O: afebrile, port sites c/d/i, no erythema. A: uneventful recovery. P: no lifting >10 lb x2 more wks, RTC prn. Can you make this sound less terse for the after-visit summary?""", sex="F", age=(36, 80))
T("soap", """SOAP from this AM, need ICD-10s:
S - [[name]] ([[dob_iso]]) c/o 5d productive cough, subj fevers, mild DOE. No sick contacts. Smoker 1 ppd.
O - T 38.4 HR 98 RR 20 SpO2 94%. Crackles RLL. CXR: RLL infiltrate.
A - CAP, CURB-65 = 1
P - amox-clav + azithro, f/u 48h by phone at [[ph_raw]]""", age=(30, 64))
T("soap", """telehealth note — can u fix grammar only, don't change the clinical content
Pt [[name_lfm]] seen via video from home ([[addr]]); identity verified w/ DOB [[dob_long]].
S: anxiety worse since job loss, sleeping 4h/night, no SI/HI.
O: well groomed, speech nl rate, affect anxious, PHQ-9 14, GAD-7 16.
A: GAD, MDD moderate.
P: start sertraline 25mg x1wk then 50, therapy referral, safety plan reviewed, f/u 4 wks""", age=(20, 60))

# --- Medication reconciliation -------------------------------------------------
T("med-rec", """med rec for [[name]] ([[dob_iso]]) before admission tomorrow. home meds per pt: lisinopril 20 qd, metoprolol succinate 50 qd, atorvastatin 40 qhs, ASA 81, gabapentin 300 TID, omeprazole 20 qd. fill hx shows [[pr]] hasn't picked up atorvastatin since January. anything that interacts with the planned heparin drip?""", age=(55, 85))
T("med-rec", """Reconciling discharge vs home list for [[name_lf]], MRN [[mrn_n]]:
HOME: warfarin 5 mg M/W/F 2.5 other days, furosemide 40 BID, KCl 20 mEq qd, digoxin 0.125
DISCHARGE: apixaban 5 BID, furosemide 40 qd, digoxin 0.125, amiodarone 200 qd
Which discrepancies need a call to the hospitalist? Pt's home number is [[ph_paren]] if I need to ask [[obj]] anything.""", age=(60, 90))
T("med-rec", """Pharmacy tech here. Doing a med history on [[name]], born [[dob_long]], who says [[pr]] takes "the little white water pill and the blood thinner that starts with an X". Fill data from [[payer]] (member [[hp]]) shows Xarelto 20 mg and HCTZ 25 mg. How should I document the uncertainty?""", age=(50, 85))

# --- Prior authorization ---------------------------------------------------------
T("prior-auth", """Please draft a prior authorization letter to [[payer]] for Dupixent (dupilumab) 300 mg q2wk.
Patient: [[name_full]]
DOB: [[dob_long]]
Member ID: [[hp]]
Dx: L20.9 atopic dermatitis, moderate-severe, BSA ~35%
Failed: triamcinolone 0.1% x8 wks, tacrolimus 0.1% x12 wks, NB-UVB x3 mo
Prescriber: [[doc_full]], MD — NPI [[npi]]""", age=(18, 60))
T("prior-auth", """PA for lumbar MRI w/o contrast (CPT 72148) got denied for [[name]] — [[payer]] member [[hp]], the denied claim is [[claim]]. Pt has 8 wks radicular pain L5 distribution, +SLR, failed PT x6 wks and NSAIDs, new foot drop last week. Help me with peer-to-peer talking points?""")
T("prior-auth", """need a letter of medical necessity for a CGM. pt [[name]] DOB [[dob_us]] T1DM since age 9, on MDI 4x/day, 3 episodes of severe hypoglycemia in last 6 mo incl one EMS call. insurance [[payer]] ID [[hp]]. ordering provider [[doc_full]] NPI [[npi]]. keep it under one page""", age=(12, 50))
T("prior-auth", """Hi, I work at a specialty pharmacy and I'm trying to get Ozempic approved for [[name_lfm]] ([[dob_iso]]). The plan rejected with "PA required - step therapy metformin". Pt has been on metformin since 2019 and A1c is still 8.7. Member ID [[hp]], Rx BIN 610014. What should go in the clinical rationale box?""")

# --- Appeals --------------------------------------------------------------------
T("appeal", """Write a level 1 appeal.
Patient: [[name_full]] / Member ID: [[hp]] / Claim #: [[claim]] / DOS: [[d_proc_us]]
Denial: CO-50 not medically necessary — inpatient admission for DKA downgraded to observation.
Facts: pH 7.08, bicarb 6, AG 28, insulin drip 31 hrs, ICU level of care.""", age=(18, 70))
T("appeal", """my mom [[name]] had her knee replaced on [[d_proc_long]] and [[payer]] denied the inpatient stay. her member id is [[hp]] and the claim number on the letter is [[claim]]. can you help me write an appeal that sounds professional? I'm [[rname]], her daughter, email [[remail]]""", sex="F", age=(60, 85), rel="F")
T("appeal", """Second-level appeal draft needed for a denied genetic test (BRCA1/2, CPT 81162). Patient [[name]] DOB [[dob_us]], [[payer]] ID [[hp]], claim [[claim]] denied as "experimental/investigational". Family hx: mother breast ca at 41, maternal aunt ovarian ca at 52. Ordering physician NPI [[npi]].""", sex="F", age=(25, 60))
T("appeal", """I need to appeal a bill. ER visit for my son [[name]] on [[d_adm_long]] got processed out-of-network even though the hospital is in network. Account number at the hospital: [[acct]]. Claim: [[claim]]. What No Surprises Act language should I cite?""", sex="M", age=(5, 17))

# --- EOB --------------------------------------------------------------------
T("eob", """I got an EOB I don't understand. it says claim [[claim]], patient [[name]], member [[hp]], billed $4,812.00, allowed $1,203.55, plan paid $962.84, you may owe $240.71. then the hospital mailed a bill for account [[acct]] for $3,609. which one is right??""")
T("eob", """What does remark code N130 mean on this EOB line? 'Pt: [[name_up]]  ID: [[hp]]  Claim [[claim]]  DOS [[d_proc_us]]  97110 x4 units  Billed 380.00  Allowed 0.00  N130'. I'm the patient's husband trying to figure out if we owe this.""", sex="F")
T("eob", """eob says "deductible applied $1,850" for my colonoscopy on [[d_proc_long]] but it was a screening!! member id [[hp]], name on the policy [[name]]. isn't screening supposed to be covered 100% under the ACA?""", age=(45, 64))

# --- CSV / Excel ------------------------------------------------------------
T("csv", """This row fails our import with "invalid date", why?

patient_id,last_name,first_name,dob,sex,ssn,phone,address_line1,city,state,zip
[[pid]],[[last]],[[first]],[[dob_us]],[[sx]],[[ssn]],[[ph]],[[street]],[[city]],[[st]],[[zip]]

our parser expects ISO dates""")
T("csv", """pandas read_csv gives me the wrong dtypes on this file — mrn loses its leading zeros. first 3 lines:

mrn,name,dob,email,member_id
[[mrn_z]],"[[name_lfm]]",[[dob_iso]],[[email]],[[hp]]
[[mrn_z@2]],"[[name_lfm@2]]",[[dob_iso@2]],[[email@2]],[[hp@2]]

how do I force string for mrn and member_id?""")
T("excel", """pasted from excel - which of these are overdue for colonoscopy (q10y)?

MRN\tName\tDOB\tLast colonoscopy\tPhone
[[mrn_n]]\t[[name_lfm]]\t[[dob_us]]\t03/2013\t[[ph]]
[[mrn_n@2]]\t[[name_lfm@2]]\t[[dob_us@2]]\t11/2016\t[[ph@2]]
[[mrn_n@3]]\t[[name_lfm@3]]\t[[dob_us@3]]\tnever\t[[ph@3]]""", age=(50, 75))
T("excel", """Can you write a formula that flags rows where the balance is > 90 days old? sample from the AR sheet:

Account\tGuarantor\tPatient DOB\tLast Pmt\tBalance\tCard on file
[[acct]]\t[[name]]\t[[dob_us]]\t01/14/2025\t$1,240.18\t[[cc]]
[[acct@2]]\t[[name@2]]\t[[dob_us@2]]\t11/02/2024\t$388.00\t[[cc@2]]""")
T("report", """Epic report output (pipe delimited) — help me find the dupes, I think one pt got registered twice:
[[mrn_n]]|[[name_lf]]|[[dob_us]]|[[ph]]
[[mrn_n@2]]|[[name_lf@2]]|[[dob_us@2]]|[[ph@2]]
[[mrn_n@3]]|[[name_lf]]|[[dob_us]]|[[ph@3]]""")

# --- FHIR ------------------------------------------------------------------
T("fhir", """Why does the validator say "Patient.identifier[1].system: unknown"? Resource:

{
  "resourceType": "Patient",
  "id": "[[pid]]",
  "identifier": [
    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "system": "urn:oid:1.2.840.114350.1.13.412.2.7.5.737384.14", "value": "[[mrn_n]]"},
    {"system": "http://hl7.org/fhir/sid/us-ssn/", "value": "[[ssn]]"}
  ],
  "name": [{"use": "official", "family": "[[last]]", "given": ["[[first]]"]}],
  "telecom": [{"system": "phone", "value": "[[ph]]", "use": "mobile"}, {"system": "email", "value": "[[email]]"}],
  "gender": "[[gender]]",
  "birthDate": "[[dob_iso]]",
  "address": [{"line": ["[[street]]"], "city": "[[city]]", "state": "[[st]]", "postalCode": "[[zip]]"}]
}""")
T("fhir", """Building a Coverage resource from our eligibility response, does this look right? esp. subscriberId vs identifier

{"resourceType":"Coverage","status":"active","subscriberId":"[[hp]]","beneficiary":{"reference":"Patient/[[pid]]","display":"[[name]]"},"relationship":{"coding":[{"code":"self"}]},"period":{"start":"2025-01-01"},"payor":[{"display":"[[payer]]"}]}""")
T("fhir", """bundle POST returns 422, OperationOutcome says "birthDate: invalid format". The entry:
  "resource": {
    "resourceType": "Patient",
    "name": [{"text": "[[name]]"}],
    "birthDate": "[[dob_us]]",
    "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi", "value": "[[mbi_raw]]"}]
  }
is FHIR really that strict about YYYY-MM-DD?""", age=(66, 90))

# --- HL7 v2 ----------------------------------------------------------------
T("hl7", """Our interface engine chokes on this A01, says PID-11 component count. What's wrong?

MSH|^~\\&|EPIC|LKSHR|RHAPSODY|LAB|[[msh_ts]]||ADT^A01|MSG00481223|P|2.5.1
EVN|A01|[[msh_ts]]
PID|1||[[mrn_n]]^^^LKSHR^MR||[[name_hl7]]||[[dob_hl7]]|[[sx]]|||[[addr_hl7]]||[[ph_hl7]]|||||[[acct]]|[[ssn_raw]]
PV1|1|I|4W^412^B|E|||[[npi]]^[[doc_last_up]]^[[doc_first_up]]|||MED||||7|||||||||||||||||||||||||[[d_adm_hl7]]""")
T("hl7", """Can someone explain why the A08 below blanked the patient's address downstream?

MSH|^~\\&|CERNER|STMARY|CLOVERLEAF|REG|[[msh_ts]]||ADT^A08|88213091|P|2.3
PID|1|[[pid]]|[[mrn_n]]^^^STM^MRN||[[name_hl7]]^^^^L||[[dob_hl7]]|[[sx]]||2106-3|""|||||||[[acct]]
PD1|||ST MARY FAMILY MED
IN1|1|BCBS01|00621|[[payer_up]]|||||||||||[[name_hl7]]|01|[[dob_hl7]]|||||||||||||||||||[[hp]]""")
T("hl7", """state IIS rejected this VXU with 'invalid county code'. PID segment:
PID|1||[[mrn_n]]^^^CHLD^MR||[[name_hl7]]^^^^L|[[rname]]|[[dob_hl7]]|[[sx]]|||[[addr_hl7]]||[[ph_hl7]]
what's PID-11.9 supposed to be?""", age=(0, 6), rel="F")

# --- X12 -------------------------------------------------------------------
T("x12", """Clearinghouse rejected this 837P with "2010BA NM109 invalid". Snippet:

NM1*IL*1*[[name_x12]]***MI*[[hp]]~
N3*[[street_up]]~
N4*[[city_up]]*[[st]]*[[zip]]~
DMG*D8*[[dob_hl7]]*[[sx]]~
CLM*[[claim]]*185***11:B:1*Y*A*Y*Y~
HI*ABK:J069~
NM1*82*1*[[doc_last_up]]*[[doc_first_up]]****XX*[[npi]]~

is it the member id format?""")
T("x12", """Parsing an 835 and patient responsibility isn't adding up. Segment dump:

CLP*[[claim]]*1*1250*812.4*240*12*[[icn]]*11*1~
NM1*QC*1*[[name_x12]]***MI*[[hp]]~
DTM*232*[[d_proc_hl7d]]~
SVC*HC:99214*250*172.4**1~
CAS*PR*1*40~

Is CAS*PR*1 deductible or coinsurance?""")

# --- Postgres errors -----------------------------------------------------------
T("sql-error", """Getting this on insert, but there's no existing row when I SELECT by ssn — what gives?

ERROR:  duplicate key value violates unique constraint "patients_ssn_key"
DETAIL:  Key (ssn)=([[ssn]]) already exists.
CONTEXT:  SQL statement "INSERT INTO patients (mrn, last_name, first_name, dob, ssn) VALUES ('[[mrn_n]]', '[[last_sql]]', '[[first]]', '[[dob_iso]]', '[[ssn]]')"
""")
T("sql-error", """psql output, why is dob null here when the app definitely sends it?

ERROR:  null value in column "date_of_birth" of relation "patient" violates not-null constraint
DETAIL:  Failing row contains (55123, [[mrn_e]], [[first]], [[last]], null, [[email]], [[ph_e164]], [[street]], [[city]], [[st]], [[zip]], 2025-03-04 17:22:10.331+00).""")
T("sql-error", """postgres 15, migration failed halfway:
ERROR:  value too long for type character varying(10)
DETAIL:  Failing row contains (9913, [[name]], [[ph_plus]], [[hp]], t).
which column is the problem? schema is (id int, full_name text, phone varchar(10), member_id varchar(20), active bool)""")

# --- Stack traces --------------------------------------------------------------
T("stacktrace", """Django 4.2 500 on the intake form, here's the debug page text:

ValidationError at /intake/submit/
['Enter a valid date.']
Request Method: POST
Local vars:
  form           <PatientIntakeForm bound=True, valid=False, fields=(first_name;last_name;dob;ssn;phone)>
  request.POST   <QueryDict: {'first_name': ['[[first]]'], 'last_name': ['[[last]]'], 'dob': ['[[dob_ord]]'], 'ssn': ['[[ssn_sp]]'], 'phone': ['[[ph_paren]]']}>
  self           <intake.views.SubmitView object at 0x7f3a2c1d8e50>

why doesn't DateField accept that?""")
T("stacktrace", """Rails log, can't figure out why validation fails:

Started POST "/patients" for [[ip]] at 2025-04-18 09:14:55 -0500
Processing by PatientsController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "patient"=>{"first_name"=>"[[first]]", "last_name"=>"[[last]]", "email"=>"[[email]]", "date_of_birth"=>"[[dob_iso]]", "phone"=>"[[ph_raw]]"}}
Completed 422 Unprocessable Entity in 38ms (ActiveRecord: 4.1ms)

ActiveRecord::RecordInvalid (Validation failed: Email has already been taken)""")
T("stacktrace", """node crashed in prod:

TypeError: Cannot read properties of undefined (reading 'zip')
    at normalizeAddress (/srv/app/src/lib/address.js:41:28)
    at buildClaim (/srv/app/src/claims/build.js:112:19)
    at async submitClaim (/srv/app/src/claims/submit.js:58:5)
payload = {
  claimId: '[[claim]]',
  patient: { name: "[[name]]", dob: '[[dob_iso]]', memberId: '[[hp]]', addr: '[[addr]]' },
  provider: { npi: '[[npi]]' }
}

the address is a string not an object in this one record, how should I guard?""")
T("stacktrace", """Python traceback from our fax-ingest worker:

Traceback (most recent call last):
  File "/opt/ingest/worker.py", line 211, in handle
    rec = parse_demographics(page_text)
  File "/opt/ingest/parse.py", line 87, in parse_demographics
    dob = datetime.strptime(m.group('dob'), '%m/%d/%Y')
ValueError: time data '[[dob_short]]' does not match format '%m/%d/%Y'

locals in frame 2: page_text="PATIENT: [[name_lf]]  DOB: [[dob_short]]  MRN [[mrn_n]]  PH [[ph_dot]]"

how do I accept 2-digit years safely?""", age=(30, 90))

# --- Logs ----------------------------------------------------------------
T("logs", """why is latency spiking on eligibility calls? splunk export:

2025-05-11T14:22:03.118Z INFO elig-svc patient_id=[[pid]] name="[[name]]" dob=[[dob_iso]] member_id=[[hp]] payer="[[payer]]" status=200 latency_ms=412
2025-05-11T14:22:05.902Z INFO elig-svc patient_id=[[pid@2]] name="[[name@2]]" dob=[[dob_iso@2]] member_id=[[hp@2]] payer="[[payer@2]]" status=200 latency_ms=3871
2025-05-11T14:22:06.004Z WARN elig-svc upstream=availity retry=1 latency_ms=5002""")
T("logs", """Datadog log — the portal keeps logging this user out, any idea?

{"service":"patient-portal","status":"warn","msg":"session invalidated","usr":{"email":"[[email]]","patient_id":"[[pid]]"},"network":{"client":{"ip":"[[ip]]"}},"http":{"url":"[[url_portal]]","status_code":401},"timestamp":"2025-05-02T03:11:48Z"}""")
T("logs", """CloudWatch lines from the SMS reminder lambda, messages aren't being delivered:

START RequestId: [[uuid]] Version: $LATEST
[INFO] sending reminder to=[[ph_e164]] patient="[[name]]" appt=2025-06-03T09:30 provider="[[doc]]"
[ERROR] Twilio 21614: 'To' number is not a valid mobile number
END RequestId: [[uuid]]""")

# --- Jira / Slack -----------------------------------------------------------
T("jira", """PORTAL-4821: Allergies tab shows another patient's list
Reporter: Nicole T. (Patient Access)   Priority: Highest
Description: Patient [[name]] (MRN [[mrn]]) called 5/19 — when [[pr]] opens [[url_portal]] the allergy list shows penicillin and latex, which are not [[pos]]. Pt verified with DOB [[dob_us]].
Steps: log in as pt -> Health -> Allergies
Expected: NKDA

Can you help me write acceptance criteria for the fix?""")
T("jira", """Help me rewrite this ticket so it's clearer for the offshore team:

BILL-2290 "Statement sent to wrong address"
guarantor [[name]] acct [[acct]] got statement at old addr. new addr per pt phone call: [[addr]]. pt says [[pr]] updated it in the portal in Feb. also pt's cell [[ph]] isn't saving, field truncates""")
T("slack", """summarize this thread for the huddle:

[9:14 AM] kelsey.r: anyone know why [[name]]'s refill keeps bouncing?
[9:15 AM] tom.b: which one lol
[9:15 AM] kelsey.r: DOB [[dob_short]], the one on eliquis
[9:17 AM] tom.b: insurance changed Jan 1, new member id is [[hp]]
[9:18 AM] kelsey.r: ahh ok. I'll rerun the claim
[9:31 AM] kelsey.r: went through 👍 pt wants a callback at [[ph_dot]] tho""", age=(60, 90))
T("slack", """can you turn this slack convo into a handoff note?

Marisol Q  2:02 PM
bed 14 ([[name_mrs]]) still NPO? surgery got pushed
Dev P  2:04 PM
yes NPO since midnight, anesthesia wants K rechecked, last was 3.1
Marisol Q  2:05 PM
husband called again, [[rname]], [[ph_paren]], wants an update
Dev P  2:07 PM
tell him OR around 5. also her MRN is [[mrn_n]] if you're putting in the lab""", sex="F", age=(40, 80), rel="M")
T("slack", """Is this a PCI problem? someone posted this in our billing channel:

[3:41 PM] ryan.k: pt [[name]] paid the copay twice, can someone refund one? card was [[cc]] exp [[cc_exp]]
[3:43 PM] amy.l: ryan pls don't post full card #s here 😬
[3:44 PM] ryan.k: oops. acct is [[acct]]

what should we do now - delete the message? report it?""")

# --- Family / patient messages ----------------------------------------------
T("family-email", """Help me reply kindly to this email we got at the front desk:

"Subject: my father's records
Hello, my name is [[rname]] and I'm writing about my father, [[name_full]] (born [[dob_long]]). He was admitted on [[d_adm_long]] and discharged [[d_dis_long]] and we still haven't gotten the discharge papers. His address on file is the old one, it should be:
[[addr_ml]]
You can reach me at [[remail]] or [[ph_plus]]. Thank you."
""", sex="M", age=(65, 92))
T("family-email", """My sister wrote this to our grandmother's doctor, can you make it more concise?

Dear Dr. [[doc_last]],
We are writing about our grandmother [[name_mrs]] (DOB [[dob_ord]]). Since [[d_adm_md]] she has been confused in the evenings and called us twice at 3am. She lives alone at [[addr]] and we are worried about her driving. Her Medicare number is [[mbi]] in case you need it for a home health referral.
Thank you,
[[rname]]""", sex="F", age=(78, 95))
T("portal-msg", """Help me answer this portal message:
"hi its [[name]] again, the walgreens on 5th still doesn't have my refill of levothyroxine 88. my dob is [[dob_short]] if you need it. also please update my email to [[email]], the old one got hacked" """)
T("self", """I'm [[name]], [[age]], and my lab results from [[d_proc_long]] say TSH 7.8, free T4 0.9. my doctor hasn't called back. should I be worried? my patient portal ID is [[pid]] if that helps you look it up""", age=(25, 70))
T("self", """Can you help me fill out this FMLA form? Employee: [[name_full]]. SSN: [[ssn_raw]]. Address: [[addr]]. I had surgery [[d_proc_long]] (gallbladder) and need 4 weeks off. What do I put for "expected duration of incapacity"?""", age=(25, 62))
T("self", """why does the hospital need my social security number for financial assistance?? they want it on the form. it's [[ssn_sp]] - should I give it or not? i'm [[name]] and the account is [[acct]]""")
T("complaint", """Can you help me write a grievance letter? I'm [[name_full]], [[addr]]. On [[d_adm_long]] I waited 9 hours in your ED with a broken ankle and the triage nurse was dismissive. My MRN from the wristband is [[mrn]]. I want an apology and my copay refunded.""")

# --- Spanish-English mix ------------------------------------------------------
T("spanglish", """Hola, necesito ayuda con una carta para el seguro. Mi mamá, [[name]], nació el [[dob_es]] y la operaron el [[d_proc_long]]. Her member ID es [[hp]] y el número de reclamo es [[claim]]. Vivimos en [[addr]]. Can you write it in English please? Queremos apelar la negación.""", sex="F", age=(50, 80), cult="hisp")
T("spanglish", """pt [[name]] no habla inglés, la hija tradujo. Dice que tiene dolor de pecho desde ayer, worse con esfuerzo. DOB [[dob_us]], tel [[ph]]. can you write discharge instructions en español for chest pain, troponins negativas x2, f/u con cardiología?""", cult="hisp", age=(40, 80))
T("spanglish", """oye necesito llamar a la clínica de cardiología, mi papá [[name]] tiene cita el jueves y no tengo su número de expediente... creo que es [[mrn_n]]? his SSN is [[ssn]] if they ask. cómo le pregunto en inglés por teléfono?""", sex="M", cult="hisp", age=(55, 85))

# --- Voice to text ----------------------------------------------------------
T("voice", """okay so this is for patient [[name_lower]] date of birth [[dob_voice]] she came in today complaining of left knee pain for about three weeks no trauma she says it's worse going down stairs exam shows mild effusion no laxity plan is x-ray and start naproxen five hundred twice a day follow up two weeks end of note can you format this""", sex="F")
T("voice", """dictation transcript please add punctuation and headers patient is a [[age]] year old male [[name_lower]] social security number [[ssn_sp]] here for workers comp evaluation injured at work on [[d_proc_voice]] lifting boxes at the warehouse lower back pain radiating to right leg numbness in the foot""", sex="M", age=(22, 60))
T("voice", """transcribed voicemail from the after hours line can you summarize hi this is [[name_lower]] calling about my prescription my number is [[ph_voice]] i think i'm out of my blood pressure pills the amlodipine and the pharmacy said they need a new script my date of birth is [[dob_voice]] thank you bye""")

# --- Fax OCR -------------------------------------------------------------
T("fax-ocr", """CAN YOU EXTRACT THE FIELDS FROM THIS OCR'D FAX INTO JSON:

REFERRAL F0RM    PG 1/3
PATIENT NAME: [[name_lf]]      D0B: [[dob_us]]
ADDRES5: [[addr_up]]
PH0NE: [[ph_paren]]    SSN: [[ssn]]
INSURANCE: [[payer_up]]   ID#: [[hp]]
REAS0N F0R REFERRAL: CKD STAGE 4, EGFR 22, RISING CREAT
REFERRING MD: [[doc_up]]  NPl: [[npi]]""")
T("fax-ocr", """this came through the fax server garbled, what labs is it asking for?

ST. L UKE'S LAB 0RDER   **URGENT**
PT: [[name_lf]]   MRN# [[mrn_n]]
D.O.B [[dob_short]]   SEX: [[sx]]
0RDER: CBC W/ DIFF, CMP, PT/lNR, TYPE & SCRN
DX: D62 ACUTE P0STHEM0RRHAGIC ANEMIA
DATE 0F SVC: [[d_proc_us]]
C0PY T0 PCP""")
T("card-ocr", """OCR from a scanned insurance card, which line is member id vs group?
[[payer_up]]
MEMBER [[name_up]]
ID [[hp]]
GROUP 0071192
RxBIN 004336  RxPCN ADV  RxGRP RX8826
PCP COPAY $25  ER $250""")

# --- Identifiers without keywords ------------------------------------------------
T("no-keyword", """[[name]] [[ph]] — pls call back re: biopsy results, very anxious, prefers afternoons. can you draft what I should say if it's benign vs if it's not?""")
T("no-keyword", """left voicemail for [[name]] at [[ph_raw]] and also emailed [[email]], no response in 2 weeks about her overdue mammogram. draft a friendly third-attempt text?""", sex="F", age=(45, 74))
T("no-keyword", """[[name]]
[[addr_ml]]

Dear [[name_mrs]],
Our records show you missed your appointment on [[d_proc_long]] and

^ can you finish this letter? keep it warm, mention they can reschedule online""")
T("no-keyword", """quick one — [[name]], [[dob_us]], [[ssn]]. is this enough to run an eligibility check or do I need the member id too?""")
T("no-keyword", """Summarize for handoff: [[name_lfm]] [[mrn_n]] 4W-12, POD2 s/p R hemicolectomy, ambulating, +flatus, advance to clears. wife at bedside.""", sex="M", age=(45, 85))
T("mrs-surname", """[[name_mrs]] in room 7 is asking again about her potassium — she's on the 20 mEq replacement protocol, K was 3.2 this AM and 3.4 at noon. Can she go home today or does the protocol say recheck first? She's very anxious about it.""", sex="F", age=(60, 95))

# --- Devices -------------------------------------------------------------
T("device", """pacemaker remote transmission for [[name]] ([[dob_us]]) flagged AT/AF burden 18%. Device: [[devname]], serial [[dev]]. How should I word the note to the EP clinic?""", age=(60, 90), dev="cardiac")
T("device", """recall question: our pt [[name]] has a [[devname]], serial [[dev]]. is [[pos]] unit in the affected range? [[Pr]] can be reached at [[email]] if we need to ship a replacement""", dev="pump", age=(15, 60))
T("device", """DME company needs CPAP compliance data for [[name_lf]] — [[devname]], SN [[dev]], DOB [[dob_iso]]. Usage 4.6 h/night avg, AHI 3.2. Does that meet Medicare's 4h/70% rule? MBI [[mbi]]""", dev="cpap", age=(66, 85))
T("device", """CGM data for [[name]] isn't syncing to the clinic portal. [[devname]] ID [[dev]], pt's phone [[ph]] is an older Android. Troubleshooting steps?""", dev="cgm", age=(10, 70))

# --- Vehicles / IPs / URLs -----------------------------------------------------
T("vin", """MVC patient, PIP form needs vehicle info. [[name]], DOB [[dob_us]], driver of [[vdesc]] VIN [[vin]], auto insurer claim [[claim]]. What goes in box 12 "vehicle identification"?""", age=(18, 75))
T("vin", """Security towed a car from the ED ambulance bay — it belongs to a pt who's currently admitted ([[name]], rm 6112). Plate unknown but VIN is [[vin]] ([[vdesc]]). How do we notify the family without violating HIPAA? Son's number is [[ph]]""", sex="F", age=(55, 85))
T("vin", """no-fault claim letter draft please. Claimant [[name_full]], [[addr]], vehicle [[vdesc]] VIN [[vin]], date of accident [[d_proc_long]], ED visit same day. make it formal""")
T("ip", """security review: portal account for [[name]] (patient id [[pid]]) had 14 failed logins from [[ip]] then a success from the same address. pt says [[pr]] was home all night. is that plausibly [[pos]] home IP? what else should we check?""")
T("ip", """telehealth visit dropped 3x for [[name_lf]]. home connection shows public IP [[ip]] behind a Comcast router, WebRTC TURN fallback failing. MRN [[mrn_n]]. what ports should the pt open, or is that the wrong question?""")
T("url", """A patient's family shared [[url_fund]] on our hospital's FB page with photos taken in the ICU. Can we ask them to take the ICU photos down? The patient ([[name]]) is still admitted.""")
T("url", """Our marketing intern wants to repost [[url_social]] — it's a public post by a former patient, [[name]], thanking the NICU team. do we still need a HIPAA authorization?""")

# --- Medicare / MBI ---------------------------------------------------------
T("medicare", """My dad just got his new Medicare card, number [[mbi]]. He's [[name_full]], DOB [[dob_long]]. The pharmacy still has his old number on file. What's the fastest way to get Part D updated?""", sex="M", age=(66, 90))
T("medicare", """ABN question: pt [[name_lf]] MBI [[mbi_raw]] wants a screening PSA more than once a year. Do I need an ABN and which option box should he check?""", sex="M", age=(66, 85))
T("hospice", """hospice election statement for [[name_lfm]], MBI [[mbi]], election date [[d_proc_us]], attending [[doc_full]] NPI [[npi]]. which fields are required per 42 CFR 418.24?""", age=(66, 95))
T("home-health", """OASIS start of care for [[name]], MBI [[mbi]], SOC date [[d_proc_us]]. lives alone at [[addr]], uses a walker, 2 falls last month. which M-items drive the PDGM functional score?""", age=(66, 95))

# --- Payments ----------------------------------------------------------------
T("cc", """pt called to pay balance on acct [[acct]] — gave card [[cc]] exp [[cc_exp]]. The payment portal rejects it as 'invalid card number'. Is it because of how I typed it?""")
T("cc", """Hi, I'm [[name]] and I want to set up a payment plan for my hospital bill, account [[acct]]. Please use my card [[cc]] for $75/month. My phone is [[ph]]. Can you write this as a formal request letter?""")
T("collections", """Patient disputes a collections notice. [[name]], acct [[acct]], says the balance was paid by [[payer]] under claim [[claim]]. [[Pr]] mailed a letter from [[addr]]. How do we respond within the FDCPA timeline?""")

# --- License numbers ----------------------------------------------------------
T("license", """registration verified ID for new pt [[name]]: [[lic_state_name]] driver's license [[lic]], DOB [[dob_us]], address on license [[addr]]. is a DL enough or do we need a second ID for portal proofing?""", age=(18, 80))
T("license", """front desk scanned a driver's license into the wrong chart. Correct pt: [[name_lf]], MRN [[mrn_n]], DL# [[lic]]. How do we document the correction for the privacy office?""", age=(18, 80))
T("license", """controlled-substance pickup log: oxycodone 5mg #20 picked up by [[rname]] for patient [[name]]; pickup ID [[lic_state]] DL [[lic]]. do we also need to record the pt's DOB ([[dob_us]])?""")

# --- Misc clinical -------------------------------------------------------------
T("patient-id", """Our Athena export has patientid [[pid]] for [[name]], but the lab interface filed the results under [[pid@2]] ([[name@2]]). how do I move the results without breaking the audit trail?""")
T("discharge", """Summarize for the PCP: [[name_full]] ([[mrn]]) admitted [[d_adm_us]] for NSTEMI, cath [[d_proc_us]] w/ DES to LAD, discharged [[d_dis_us]] on DAPT, atorvastatin 80, metoprolol. EF 45%. Cardiac rehab referral placed.""", age=(45, 85))
T("death", """Need help with the cause-of-death sequence for a death certificate. Decedent [[name_full]], DOB [[dob_us]], SSN [[ssn]], died [[d_death_long]] at home in [[city]], [[st]]. Hx metastatic pancreatic ca dx 2023, cachexia, last 48h aspiration pneumonia.""", age=(50, 90))
T("lab", """Interpret: [[name]] [[dob_eu]] - Na 128, K 5.9, Cr 2.4 (baseline 1.1), BUN 58, HCO3 16, glucose 412. on lisinopril + spironolactone. what's most urgent?""")
T("referral", """write a referral to GI: [[name]], [[age]]F, DOB [[dob_long]], IDA Hgb 8.9 ferritin 4, no overt bleeding, FIT+. insurance [[payer]] [[hp]]. best contact [[ph_plus]]""", sex="F", age=(45, 75))
T("pharmacy", """Rx rejected 'M/I Cardholder ID' for [[name_lfm]], DOB [[dob_us]]. Card shows ID [[hp]] group 0X9921 — do I include the suffix or not?""")
T("school-note", """write a school note excusing [[name]] (DOB [[dob_us]]) from PE for 6 weeks after [[pos]] wrist fracture on [[d_proc_long]]. parent is [[rname]], [[ph]]""", age=(8, 16))
T("bh", """I'm a therapist. Client [[name]] left a voicemail saying [[pr]] "won't be around much longer". I have [[pos]] address ([[addr]]) and cell ([[ph]]). Walk me through the duty-to-warn / welfare check steps in [[st_name]].""", age=(18, 60))
T("eligibility", """on hold with [[payer]] for 40 min... when they pick up I need to verify coverage for [[name_lf]], subscriber DOB [[dob_us]], ID [[hp]]. last time they also asked for full SSN ([[ssn]]). what should I ask about OON benefits for PT?""")
T("trial", """screening log check: subject [[name_lf]] ([[dob_iso]]) — is [[pr]] eligible if eGFR is 38? exclusion is <30. also we accidentally wrote [[pos]] MRN [[mrn_e]] on the CRF instead of the subject number, how do I correct that per GCP?""", age=(30, 75))
T("ems", """PCR narrative cleanup: Dispatched 0412 to [[addr]] for [[age]] y/o [[sexw]] unresponsive. Pt [[name]] found supine, agonal resp, pinpoint pupils. Narcan 4mg IN x1 -> GCS 14. Pt refused transport, signed AMA. Pt phone [[ph]]""", age=(18, 50))
T("dental", """dental claim for [[name]] got denied D4341 for frequency. Member [[hp]], DOB [[dob_us]], prior SRP on [[d_proc_us]]. is there an exception path for perio patients?""")
T("hr", """HR question — employee [[name]] submitted a doctor's note with diagnosis F32.1 and asked us to keep it private. can HR store it in the personnel file? [[Pr]]'s reachable at [[email]] if we need to follow up""")
T("radiology", """Dictation fix: "[[name_lf]] MRN [[mrn_n]] CT A/P w contrast [[d_proc_us]]. Findings: 2.3 cm arterially enhancing lesion seg VII, washout on delayed. Impression: LR-5." - is the LI-RADS wording right?""", age=(40, 80))
T("social-work", """SW note draft: [[name]] ([[dob_us]]) being discharged [[d_dis_us]] to home at [[addr]], lives with grandson [[rname]] who works nights. needs HH PT/OT + Meals on Wheels. make it sound professional""", age=(70, 95), rel="M")
T("sbar", """SBAR for the rapid response I just called:
S - [[name_mrs]], rm 512, MRN [[mrn_e]], sudden desat to 84% on 2L
B - POD1 R TKA, hx OSA (no CPAP here), got hydromorphone 1mg IV x2 past 3h
A - RR 8, pinpoint pupils, sedated
R - ?
fill in the R for me""", age=(55, 85))
T("onc", """BSA dosing check for [[name]] DOB [[dob_us]] - ht 162 cm wt 58 kg, FOLFOX cycle 3 starts [[d_proc_us]]. oxaliplatin 85 mg/m2, is 134 mg right?""", age=(35, 80))
T("ob", """L&D triage: [[name]] G2P1 at 36+2, DOB [[dob_us]], MRN [[mrn_n]], BP 162/104 x2, HA, +protein. Partner [[rname]] [[ph]]. mag loading dose?""", sex="F", age=(18, 42), rel="M")
T("transfer", """transfer center log, make it a clean note: 0112 call from OSH re [[name_up]] [[dob_short]] STEMI s/p lytics, accepting Dr [[doc_last]], ETA 0230. OSH acct [[acct]], ins [[payer]] [[hp]]""", age=(40, 85))
T("roi", """ROI request came in by mail — is it complete? Requester: [[rname]] (spouse). Patient: [[name_full]], DOB [[dob_ord]], SSN [[ssn_sp]]. Records: ED visit [[d_adm_us]]. Send to:
[[addr_ml]]""")
T("legal", """Law firm subpoena for records of [[name]] ([[dob_us]]) — dates of service [[d_adm_us]] to [[d_dis_us]], claim [[claim]]. Is a subpoena alone enough under 164.512(e) or do we need the pt's authorization?""")
T("sms", """Is this reminder text OK to send? "Hi [[fn]], this is [[fac]] reminding you of your appt 6/4 at 10:15 with [[doc]]. Reply C to confirm." The test send to [[ph_e164]] ([[name]]) failed, why would twilio reject it?""")
T("api", """curl returns 400 from our scheduling API, body:
{"patient":{"firstName":"[[first]]","lastName":"[[last]]","birthDate":"[[dob_iso]]","ssn":"[[ssn_raw]]","mobile":"[[ph_e164]]","email":"[[email]]"},"slot":"2025-06-12T15:00:00-05:00"}
error: "ssn must match ^\\d{3}-\\d{2}-\\d{4}$". is it fine to just reformat client side?""")
T("code-fixture", """code review: is it a problem that this test fixture is in the repo?

# copied from prod to reproduce the flaky test
PATIENT_FIXTURE = {
    "mrn": "[[mrn_e]]",
    "name": "[[name]]",
    "dob": "[[dob_iso]]",
    "phone": "[[ph]]",
    "address": "[[addr]]",
}""")
T("regex", """my regex for phone numbers misses some formats. samples from our intake notes:
- "call pt at [[ph_plus]]"
- "[[name]] cb [[ph_dot]]"
- "[[ph_raw]] (cell)"
what pattern catches all 3?""")
T("identity", """Possible medical identity theft: someone used [[name]]'s insurance ([[hp]]) for an ER visit in [[city2]] on [[d_adm_long]]. [[Pr]] has never been there. Real pt DOB [[dob_us]]. What are the steps to flag and segregate the record?""")
T("translate", """translate to Vietnamese for the family: "[[name]] (DOB [[dob_us]]) had surgery today ([[d_proc_long]]) and is recovering in room 4410. Visiting hours are 8am-8pm." family contact [[ph]]""", cult="asian")
T("outreach", """draft a mail merge for flu shot outreach. test rows:
[[name]], [[addr]], [[email]]
[[name@2]], [[addr@2]], [[email@2]]""")
T("interpreter", """need an Arabic interpreter for [[name]] tomorrow 9am, MRN [[mrn_n]]. [[Pr]] lives at [[addr]] and prefers a female interpreter for the home visit. how do I word the request to the language services vendor?""", cult="arab")
T("ed-triage", """Triage for walk-in: [[name_lf]] ([[dob_eu]]), MRN [[mrn]], c/o severe HA 'worst of life' onset during exercise 1h ago, vomited x2, neck stiffness. BP 188/102. Husband [[rname]] reachable at [[ph_plus]]. CT head ordered. What ESI and what else should triage order?""", sex="F", age=(30, 65), rel="M")
T("soap", """pls convert to bullet SOAP:
pt [[name]] dob [[dob_short]] here for HTN f/u home BPs 150s/90s adherent to amlodipine 5 no side effects exam BP 154/92 HR 76 lungs clear no edema plan incr amlodipine to 10 recheck 4 wk labs BMP. pt prefers text to [[ph_raw]]""", age=(40, 80))
T("med-rec", """Transition of care call: [[name_mrs]], discharged [[d_dis_long]]. She's confused about which pills to stop. Old list had metoprolol tartrate 25 BID, new list says metoprolol succinate 50 daily. Her address for the pill-pack delivery is [[addr]]. How do I explain tartrate vs succinate simply?""", sex="F", age=(60, 90))
T("appeal", """Need to appeal an ambulance claim denial for [[name]], Medicare [[mbi]], transport on [[d_adm_us]] from home ([[addr]]) to ED. Denied as not medically necessary; pt was hypotensive 78/40 and couldn't sit upright. claim [[claim]]""", age=(66, 95))
T("eob", """Dear billing, I'm confused. The EOB for my wife [[name]] (DOB [[dob_long]], member [[hp]]) says the anesthesia for her C-section was out of network, but the hospital was in network. Claim [[claim]]. Is this a surprise bill?""", sex="F", age=(22, 42))
T("fhir", """GET /Patient?identifier=[[mrn_e]] returns 2 entries, one is "[[name]]" born [[dob_iso]] and the other has the same MRN but a different name ([[name@2]]). How does FHIR matching ($match) handle that?""")
T("logs", """grep'd this from nginx access log, someone hammered the portal:
[[ip]] - - [12/May/2025:02:14:07 -0500] "GET /api/patients/[[pid]]/documents HTTP/1.1" 200 18234 "-" "python-requests/2.31"
the pid belongs to [[name]]. was this the patient's own script or a scraper? how do I tell?""")
T("jira", """Ticket EHR-7713 is stuck. Summary: "Duplicate MRNs after merge". Description pasted from the help desk: merged [[mrn_n]] into [[mrn_n@2]] for pt [[name]] DOB [[dob_us]], but old MRN still shows on the wristband printer. What info should I add so the interface team can reproduce?""")
T("spanglish", """buenas, I'm the receptionist y la señora [[name]] me dio su dirección nueva: [[addr_ml]]
y su teléfono [[ph]]. How do I say in Spanish "please bring your insurance card and photo ID to your next visit"?""", sex="F", cult="hisp")
T("voice", """speech to text from my phone sorry for the mess patient [[name_lower]] medical record number [[mrn_n]] came back from the OR at 3 pm doing well pain controlled with oral meds wife [[rname]] is the contact at [[ph_voice]] please write a family update""", sex="M", age=(35, 80), rel="F")
T("fax-ocr", """PRI0R AUTH REQUEST - PLEASE REVlEW
MEMBER: [[name_lf]]   MEMBER ID: [[hp]]
DOB: [[dob_short]]   PHONE: [[ph]]
RX: HUMIRA PEN 40MG/0.4ML Q2WK
DX: K50.90 CR0HN'S DlSEASE
PRESCRIBER NPI [[npi]]
^ we got this from a clinic, what's missing for a complete PA?""")
T("stacktrace", """Spring Boot error in the claims service, what's the root cause?

org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_member_claim]
  ...
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_member_claim"
  Detail: Key (member_id, claim_number)=([[hp]], [[claim]]) already exists.
request body: {"memberName":"[[name]]","memberDob":"[[dob_iso]]","memberId":"[[hp]]","claimNumber":"[[claim]]"}""")
T("x12", """270 eligibility inquiry keeps coming back AAA*Y**72 (invalid member ID). what am I doing wrong?

NM1*IL*1*[[name_x12]]***MI*[[hp]]~
DMG*D8*[[dob_hl7]]~
DTP*291*D8*20250601~
EQ*30~""")
T("csv", """Which column in this export should be the join key to our billing table?

"Account Number","Patient Name","Admit Date","Discharge Date","Payer"
"[[acct]]","[[name_lfm]]","[[d_adm_us]]","[[d_dis_us]]","[[payer]]"
"[[acct@2]]","[[name_lfm@2]]","[[d_adm_us@2]]","[[d_dis_us@2]]","[[payer@2]]\"""")
T("excel", """Copied from our tracker (tabs), can you sort by discharge date and tell me who needs a 7-day f/u call?

Patient\tMRN\tDischarged\tPhone\tEmail
[[name]]\t[[mrn_n]]\t[[d_dis_us]]\t[[ph_dot]]\t[[email]]
[[name@2]]\t[[mrn_n@2]]\t[[d_dis_us@2]]\t[[ph_dot@2]]\t[[email@2]]""")
T("slack", """thread from #nursing-float, can you pull out the action items?

[06:48] priya.n: heads up, [[name_lf]] in 3N-22 pulled her IV again
[06:49] josh.w: the one w/ MRN [[mrn_e]]? sitter approved?
[06:52] priya.n: yep that one. daughter [[rname]] says she can come in at 9, her cell is [[ph]]
[06:55] josh.w: ok paging hospitalist for restraint order eval""", sex="F", age=(70, 95), rel="F")
T("prior-auth", """PA form for Botox for chronic migraine. Pt [[name]], DOB [[dob_us]], MRN [[mrn]], [[payer]] member [[hp]]. 18 headache days/mo, failed topiramate, propranolol, amitriptyline. Headache diary attached. Rendering NPI [[npi]]. draft the clinical summary section""", age=(20, 60))
T("sql-error", """MySQL this time:
ERROR 1062 (23000): Duplicate entry '[[email]]' for key 'users.email_unique'
the user is [[name]], [[pr]] says [[pr]] never had an account. could a patient-portal proxy account have taken [[pos]] email?""")
T("death", """bereavement letter please. Family of [[name_full]], who passed on [[d_death_long]] on our hospice unit. Send to [[rname]] at [[addr_ml]]
keep it short and warm""", age=(55, 98))
T("no-keyword", """[[name]] [[dob_us]] [[mrn_n]] [[hp]] - ins termed? pt says still working at same job""")
T("license", """Is it OK for the pharmacy to write the DL number on the prescription? Ours wrote "[[lic]]" on [[name]]'s Adderall script. [[lic_state_name]] license.""", age=(18, 60))
T("device", """ICD shock report — [[name]] got 2 shocks last night. [[devname]] S/N [[dev]]. Pt called from home [[ph_paren]]. Should [[pr]] come to the ED or is a remote interrogation enough?""", dev="cardiac", age=(45, 85))
T("ip", """compliance asked me to explain this audit log entry: user "[[email]]" (proxy for patient [[name]], MRN [[mrn_n]]) downloaded the full chart from [[ip]] at 02:14. Is that the family's home IP or should we worry?""")
T("url", """patient emailed us a link to their shared health record: [[url_portal]] — is it safe to click? [[name]] says the link contains [[pos]] id""")
T("vin", """workers comp / auto overlap: [[name]] (claim [[claim]]) was driving a company vehicle, VIN [[vin]], when the crash happened. Who's primary payer for the ED visit on [[d_adm_us]]?""", age=(22, 64))
T("cc", """Patient overpaid and wants a refund to the original card. [[name]], acct [[acct]], card used [[cc]]. The processor says the card is closed. What are our options?""")
T("medicare", """Medicare Advantage vs traditional question for my mom [[name]] ([[dob_long]]), her MBI is [[mbi]], she lives in [[city]] [[st]]. she takes Eliquis and Jardiance — which Part D plans cover both with low copay?""", sex="F", age=(66, 90))
T("family-email", """Email from a patient's son, help me reply:
"Hi Dr. [[doc_last]], my mother [[name]] ([[dob_us]]) had a fall at home yesterday. She refuses to go to the ER. Can you call me at [[ph_plus]]? my email is [[remail]]. -[[rname]]" """, sex="F", age=(70, 95), rel="M")


# ----------------------------------------------------------------------------
# Clean prompts (no PHI; deliberately hard negatives)
# ----------------------------------------------------------------------------
CLEAN_FIXED = [
    ("codes", "What's the difference between ICD-10-CM E11.65 and E11.9 for billing, and when is E11.65 appropriate?"),
    ("codes", "Under the 2021 E/M rules, is 99214 or 99215 right when MDM is moderate but total time on the date of the encounter is 42 minutes?"),
    ("codes", "HCPCS J1885 vs J1100 — which one is ketorolac, and how are units counted per 15 mg?"),
    ("codes", "Convert NDC 0002-8215-01 from 4-4-2 to the 11-digit 5-4-2 format and explain where the zero gets padded."),
    ("codes", "Which LOINC should we map hemoglobin A1c to — 4548-4 or 17856-6 — and what's the actual difference?"),
    ("codes", "SNOMED CT 44054006 is type 2 diabetes mellitus. How do I map it to ICD-10-CM with the NLM map, and why do some rows have map rules?"),
    ("codes", "RxNorm: what's the difference between an SCD and an SBD? Example RxCUI 860975 (metformin ER 500 mg tablet)."),
    ("codes", "Billing modifier 25 on 99213 with a knee injection 20610 the same day — what documentation supports it?"),
    ("codes", "Our claim scrubber flags Z79.4 with E10.9. Is the long-term insulin use code required for type 1 diabetes?"),
    ("codes", "What CARC/RARC combinations typically come with CO-97 denials, and how do we fix them upstream?"),
    ("codes", "Is G0439 billable with 99397 on the same day for a Medicare patient, or does it need modifier 25?"),
    ("spec", "The FHIR R4 Patient example resource ('example', Peter James Chalmers, MRN 12345 in the spec) omits some identifier.type codings — is identifier.type actually required?"),
    ("spec", "HL7 v2.5.1 PID-3 is a repeating CX field. How do I send both an MRN and an enterprise ID? The spec example shows 12345^^^MR."),
    ("spec", "X12 5010 837P: what's the difference between loop 2010BA and 2010CA, and when is the patient loop required?"),
    ("spec", "In an 835, what does CLP02 status code 22 mean versus 4?"),
    ("spec", "US Core 6.1 Patient profile: which elements are Must Support, and is the race extension required?"),
    ("spec", "How do SMART on FHIR launch contexts work — what does the launch/patient scope give the app at token time?"),
    ("spec", "FHIR Bulk Data $export: how should a client poll the Content-Location URL, and what does a 202 with X-Progress mean?"),
    ("spec", "The X12 270 implementation guide example uses subscriber SMITH*JOHN with member ID 123456789. In practice, do payers require DMG (DOB) for a 270 search?"),
    ("spec", "HL7 ADT A08 vs A31 — when should an interface send each one?"),
    ("spec", "What is MSH-10 (message control ID) for, and why does our engine require it to be unique?"),
    ("spec", "In CDA C-CDA 2.1, what's the templateId for the Problem Section (entries required)?"),
    ("sql", "Schema: patients(id, mrn, first_name, last_name, dob, ssn_encrypted) and encounters(id, patient_id, admit_ts, discharge_ts). How do I compute 30-day readmissions per month in Postgres?"),
    ("sql", "Should I use pgcrypto or application-level encryption for an ssn column? How would I still support exact-match lookups?"),
    ("sql", "Why does CREATE INDEX CONCURRENTLY ON claims (member_id, service_date) take hours on a 400M-row table, and how do I monitor progress?"),
    ("sql", "Window function to get each patient's most recent A1c from lab_results(patient_id, loinc_code, value_num, result_ts)?"),
    ("sql", "SQL Server Dynamic Data Masking: how do I mask dob and phone columns for an analyst role but not for the app role?"),
    ("sql", "Postgres: ERROR: deadlock detected. DETAIL: Process 18842 waits for ShareLock on transaction 99172311; blocked by process 18901. How do I find which statements deadlocked?"),
    ("sql", "Here's our CSV header: patient_id,last_name,first_name,dob,sex,ssn,phone,address_line1,city,state,zip — what BigQuery column types and policy tags would you use?"),
    ("infra", "Our FHIR server p99 went from 180 ms to 1.4 s after upgrading HAPI 6.8 to 7.2. JVM heap 8 GB, GC pauses ~400 ms. Where would you start?"),
    ("infra", "The interface engine runs on 10.20.4.15 and the DB on 10.20.4.22; failover to 10.20.5.15 takes 90 seconds. How can keepalived get that under 10s?"),
    ("infra", "Kafka consumer lag on topic adt-events is 2.3M messages with 12 partitions and 4 consumers. How many consumers should I add, and does ordering per patient key still hold?"),
    ("infra", "Django: 'OperationalError: too many connections for role app_user' on our intake app at ~120 rps. What pgbouncer pool settings make sense?"),
    ("infra", "Log line: 2025-05-11T14:22:03Z INFO elig-svc request_id=8c1e7f02 status=200 latency_ms=412 payer=AETNA upstream=availity. How should I build a Datadog monitor on latency per payer?"),
    ("infra", "Release v3.14.2 (build 20250521.3) broke our CCD export — <effectiveTime> is missing the timezone offset. How do I fix it in the XSLT?"),
    ("infra", "UUIDv4 vs UUIDv7 for primary keys on an encounters table with 2 billion rows in Postgres — index bloat implications?"),
    ("famous", "What did Ignaz Semmelweis discover about handwashing in Vienna, and why did his colleagues reject it?"),
    ("famous", "Summarize the Henrietta Lacks story and the consent questions raised by HeLa cells."),
    ("famous", "How did Jonas Salk design the 1954 field trial of the polio vaccine?"),
    ("famous", "Write a short bio of Dr. Charles R. Drew and his blood banking work during WWII."),
    ("famous", "When did Lou Gehrig retire, and how did ALS come to be called Lou Gehrig's disease?"),
    ("famous", "Explain Florence Nightingale's polar area ('coxcomb') diagram and what it showed about Crimean War deaths."),
    ("famous", "In House M.D., what caused Gregory House's leg pain and why did he use Vicodin?"),
    ("famous", "How did Elizabeth Blackwell become the first woman to earn an MD in the United States?"),
    ("famous", "What did the physicians attending Abraham Lincoln do after he was shot at Ford's Theatre?"),
    ("famous", "Compare Rosalind Franklin's and Marie Curie's scientific contributions for a high school presentation."),
    ("famous", "What's the main argument of Atul Gawande's The Checklist Manifesto?"),
    ("famous", "In the Sherlock Holmes stories, where was Dr. Watson wounded in Afghanistan — shoulder or leg?"),
    ("famous", "How did Serena Williams speaking publicly about her postpartum pulmonary embolism affect maternal health advocacy?"),
    ("famous", "What was Dr. Anthony Fauci's role in the early HIV/AIDS response in the 1980s?"),
    ("famous", "In Grey's Anatomy, what illness did Meredith Grey's mother Ellis have?"),
    ("staff", "Help me build a scheduling template: Dr. Priya Raman does clinic Mon/Wed 8-4 at Westside and Thu 12-6 Downtown; Dr. Leon Whitcomb covers Fridays. New patient slots are 40 min, follow-ups 20."),
    ("staff", "Draft an announcement that Dr. Samuel Okoro joins our cardiology group on July 1 and will see patients at the Elm Street office."),
    ("staff", "On-call: Dr. Chen, Dr. Alvarez and Dr. Brooks split weekends in June. Make a fair rotation table with no one doing back-to-back weekends."),
    ("staff", "Write a thank-you note to our nurse manager Tanya Greer for covering night shifts during the flu surge."),
    ("staff", "What should the out-of-office message say when Dr. Nakamura is at a conference May 12-16 and Dr. Ellis is covering her inbox?"),
    ("stats", "Our ED had 4,812 visits in Q1, median door-to-provider 22 min, LWBS 3.1%. How does that compare with national benchmarks?"),
    ("stats", "HF readmissions dropped from 22.4% to 18.9% after our transitions program (n=612 each period). Is that significant? Show the chi-square."),
    ("stats", "We have 1,204 diabetic patients; 38% have A1c > 9. What's a realistic improvement target for next year's HEDIS measure?"),
    ("stats", "Compute sensitivity, specificity, PPV and NPV from TP 84, FP 16, FN 9, TN 391."),
    ("stats", "Payer mix is 42% commercial, 31% Medicare, 19% Medicaid, 8% self-pay. How do I estimate expected net collection rate?"),
    ("stats", "National average LOS for DRG 871 (sepsis w MCC) is about 6.9 days and ours is 7.8. What are the usual drivers?"),
    ("dosage", "Vancomycin 25 mg/kg loading dose for an 82 kg adult, max 3 g — what's the dose and how long should the infusion run?"),
    ("dosage", "Heparin drip at 18 units/kg/h for 95 kg, bag is 25,000 units/250 mL — what's the rate in mL/h?"),
    ("dosage", "Amoxicillin 90 mg/kg/day divided BID for a 17 kg child, suspension 400 mg/5 mL — how many mL per dose?"),
    ("dosage", "Convert 40 mg/day oral morphine to an oxycodone equivalent using standard MME conversion factors."),
    ("guideline", "A 65-year-old man, LDL 162, no diabetes, BP 138/86, nonsmoker — what does the pooled cohort equation suggest about statin therapy?"),
    ("guideline", "For a 45-year-old woman at average risk, what colorectal cancer screening options does USPSTF currently list?"),
    ("guideline", "Hypothetical: 72-year-old woman with new atrial fibrillation, hypertension, CrCl 40 mL/min. CHA2DS2-VASc score and DOAC dosing?"),
    ("guideline", "What are the Ottawa ankle rules, and do they apply to children?"),
    ("guideline", "How long should anticoagulation continue after a first unprovoked DVT in a 30-year-old without bleeding risk?"),
    ("guideline", "What's the maximum daily acetaminophen dose for adults, and is it lower for people who drink alcohol regularly?"),
    ("placeholder", "Our test data uses John Doe, DOB 01/01/1970, SSN 123-45-6789, phone 555-0100 and john.doe@example.com. Is that safe to keep in the public README?"),
    ("placeholder", "Write pytest cases for a phone formatter using 555-0123 and (202) 555-0199 as inputs — fictional numbers only."),
    ("placeholder", "Generate a FHIR Patient example using only placeholder values: Jane Doe, example.org identifiers, 555-01xx phone range."),
    ("placeholder", "The SSA says 123-45-6789 was never issued and appeared in ads. Should our SSN validator reject it explicitly?"),
    ("placeholder", "Draft a prior authorization letter template with bracketed fields only: [PATIENT NAME], [DOB], [MEMBER ID], [DIAGNOSIS], [PRESCRIBER NPI]."),
    ("placeholder", "Write a CO-50 appeal letter template with placeholders like <<Claim Number>> and <<Date of Service>> — no real data."),
    ("placeholder", "Is this valid FHIR? {\"resourceType\":\"Patient\",\"id\":\"example\",\"name\":[{\"family\":\"Example\",\"given\":[\"Test\"]}],\"birthDate\":\"1900-01-01\"}"),
    ("programming", "How do I debounce a search input in React using hooks without stale closures?"),
    ("programming", "Explain Python's GIL and whether asyncio helps for CPU-bound work like parsing large HL7 batches."),
    ("programming", "Rust: why does the borrow checker complain when I push to a Vec while iterating over it?"),
    ("programming", "Bash one-liner to find files larger than 500 MB modified in the last 7 days under /var/log."),
    ("programming", "git rebase vs git merge for a long-running feature branch — pros and cons?"),
    ("programming", "Kubernetes: how should I set requests/limits for a Java pod so it stops getting OOMKilled?"),
    ("programming", "Show the Luhn-based NPI check digit algorithm (with the 80840 prefix) in Python — algorithm only, no real NPIs."),
    ("programming", "Design a HIPAA audit log table: which columns (actor, action, resource type, resource id hash, timestamp, source) are typical?"),
    ("programming", "Terraform: how do I rotate an RDS master password without downtime?"),
    ("programming", "Explain OAuth2 PKCE for a mobile patient-portal app in plain terms."),
    ("programming", "What are the character-position rules of a Medicare Beneficiary Identifier? I only need the format, not an example."),
    ("programming", "How is the VIN check digit (position 9) computed? Pseudocode is fine."),
    ("dates", "Our Epic upgrade go-live is November 9, 2025, with cutover starting Nov 8 at 10 PM. Build a countdown checklist."),
    ("dates", "CMS-0057-F prior authorization API requirements — which parts are effective January 1, 2026 vs January 1, 2027?"),
    ("dates", "Team retro is on 6/12 at 3pm. Write an agenda for the claims-engine sprint."),
    ("dates", "The FY2026 ICD-10-CM code set takes effect October 1, 2025. How should we regression-test our code tables?"),
    ("misc", "What are the 18 HIPAA Safe Harbor identifiers? A short list is fine."),
    ("misc", "Conceptually, how do a claim number, an ICN and a DCN differ in Medicare processing?"),
    ("misc", "What's a normal ferritin range for adult women, and why do labs differ?"),
    ("misc", "okay so i need a summary of the new sepsis bundle requirements for our nursing staff meeting on tuesday make it bullet points and keep it short"),
    ("misc", "PLEASE SUMMARIZE THE JOINT COMMISSION NPSG ON PATIENT IDENTIFICATION - THE TWO IDENTIFIER RULE - FOR NEW HIRES."),
    ("misc", "¿Cómo explico a los pacientes la diferencia entre copago y coaseguro? Need it in simple Spanish for a flyer."),
    ("misc", "Summarize this thread:\n[10:02] dana: does the 835 parser handle PLB adjustments?\n[10:05] raj: only FB and WO I think\n[10:06] dana: ok filing a ticket\n[10:09] raj: tag it claims-platform pls"),
    ("misc", "CLAIMS-1182: 837I export drops value code 80 when there are more than 9 occurrence spans. Help me write repro steps and acceptance criteria."),
    ("misc", "What's the Medicare customer service number — is 1-800-633-4227 (1-800-MEDICARE) still the right one to put on our flyer?"),
    ("misc", "Explain ESI triage levels 1 through 5 with an example chief complaint for each."),
    ("misc", "Give me a SOAP note template for a diabetes follow-up with the common abbreviations explained."),
    ("misc", "How do I read an EOB — what's the difference between billed, allowed and patient responsibility?"),
    ("misc", "What are best practices for medication reconciliation at transitions of care? Any validated tools?"),
    ("misc", "Please email helpdesk@ our IT team to request VPN access — draft the message for me, our service desk address is servicedesk@lakeshoreregional.org."),
    ("misc", "MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20250101120000||ADT^A04|MSGID0001|P|2.5.1 — in this sample header, which field is the message type and which is the version?"),
    ("misc", "ISA16 is ':' in our trading partner's files but '>' in another's. Why does our X12 parser break on the second one?"),
]

CLEAN_PARAM = [
    ("infra", "Build [[build]] on commit [[sha]] failed with exit code 137 on runner [[privip]]. Job id [[uuid]]. Is that the OOM killer?"),
    ("infra", "Deploy [[relver]] went out at [[ts]] and the 5xx rate rose from [[pct]]% to [[pct2]]%. How do I annotate and correlate the release in Grafana?"),
    ("dates", "We have a vendor meeting on [[mdate]] at [[mtime]] about the HL7 interface SLA. Draft an agenda and three pointed questions."),
    ("dosage", "Cockcroft-Gault creatinine clearance for a hypothetical [[hage]]-year-old [[hsex]], [[wt]] kg, SCr [[scr]] mg/dL — show the math."),
    ("stats", "Our lab processed [[n1]] specimens last month and [[n2]] were hemolyzed. What's the hemolysis rate and how does it compare to a 2% benchmark?"),
    ("sql", "The staging DB at [[privip]]:5432 is slow; pg_stat_statements shows [[n3]] calls of the eligibility lookup with mean [[ms]] ms. What index would you try first?"),
]


def clean_fields():
    sha = "%040x" % R.getrandbits(160)
    return {
        "build": f"#{R.randint(1200, 9800)}",
        "sha": sha[:R.choice([7, 12, 40])],
        "uuid": "%08x-%04x-4%03x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), 0x8000 | R.getrandbits(14), R.getrandbits(48)),
        "privip": R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                            f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                            f"192.168.{R.randint(0, 255)}.{R.randint(2, 254)}"]),
        "relver": f"v{R.randint(2, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
        "ts": f"2025-0{R.randint(3, 5)}-{R.randint(10, 28)}T{R.randint(0, 23):02d}:{R.choice(['00', '15', '30', '45'])}:00Z",
        "pct": f"{R.uniform(0.1, 0.6):.2f}", "pct2": f"{R.uniform(2, 9):.1f}",
        "mdate": R.choice(["June 18", "July 9, 2025", "7/22", "Thursday the 26th"]),
        "mtime": R.choice(["10:30 AM CT", "2pm ET", "9:00 PT"]),
        "hage": str(R.choice([58, 67, 72, 81])), "hsex": R.choice(["woman", "man"]),
        "wt": str(R.randint(52, 110)), "scr": f"{R.uniform(0.8, 2.6):.1f}",
        "n1": f"{R.randint(18, 60)},{R.randint(100, 999)}", "n2": str(R.randint(300, 1500)),
        "n3": f"{R.randint(1, 9)},{R.randint(100, 999)},{R.randint(100, 999)}", "ms": f"{R.uniform(40, 900):.1f}",
    }


# ----------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------
def render_phi(t):
    n_people = max([int(m.group(2) or 1) for m in PAT.finditer(t["text"])] + [1])
    people = [Person(sex=t["sex"], age=t["age"], cult=t["cult"], dev=t["dev"], rel=t["rel"])]
    for _ in range(n_people - 1):
        people.append(Person(age=t["age"]))
    plants = []

    def sub(m):
        fname, idx = m.group(1), int(m.group(2) or 1)
        kind, fn = F[fname]
        val = fn(people[idx - 1])
        if kind and {"kind": kind, "value": val} not in plants:
            plants.append({"kind": kind, "value": val})
        return val

    text = PAT.sub(sub, t["text"]).strip()
    kinds = []
    for p in plants:
        if p["kind"] not in kinds:
            kinds.append(p["kind"])
    return text, kinds, plants


def render_clean(text):
    vals = clean_fields()
    return PAT.sub(lambda m: vals[m.group(1)], text).strip()


RARE = {"vin", "ip-address", "url", "npi", "mbi", "credit-card", "license-number",
        "device-id", "patient-id", "health-plan-id", "claim-number", "account-number",
        "date", "ssn"}


def template_kinds(t):
    return {F[m.group(1)][0] for m in PAT.finditer(t["text"])} - {None}


def build():
    # choose which PHI templates get a second use (at most two per template)
    uses = {i: 1 for i in range(len(PHI_T))}
    extra = TARGET_PHI - len(PHI_T)
    if extra < 0:
        raise SystemExit("more templates than target")
    order = list(range(len(PHI_T)))
    R.shuffle(order)
    scarce = {"license-number", "device-id", "vin", "ip-address", "url", "mbi", "credit-card"}
    order.sort(key=lambda i: -(10 * len(template_kinds(PHI_T[i]) & scarce)
                               + len(template_kinds(PHI_T[i]) & RARE)))
    for i in order[:extra]:
        uses[i] = 2
    records = []
    for i, t in enumerate(PHI_T):
        for _ in range(uses[i]):
            text, kinds, plants = render_phi(t)
            records.append({"label": "phi", "group": t["group"], "kinds": kinds,
                            "plants": plants, "text": text, "_tpl": f"p{i}"})
    clean = [(g, s, f"cf{i}") for i, (g, s) in enumerate(CLEAN_FIXED)]
    need = TARGET_CLEAN - len(clean)
    pi = 0
    while need > 0:
        g, s = CLEAN_PARAM[pi % len(CLEAN_PARAM)]
        clean.append((g, s, f"cp{pi % len(CLEAN_PARAM)}"))
        pi += 1
        need -= 1
    for g, s, tid in clean:
        records.append({"label": "clean", "group": g, "kinds": [], "plants": [],
                        "text": render_clean(s), "_tpl": tid})
    R.shuffle(records)
    for n, r in enumerate(records, 1):
        r["id"] = f"h3-{n:03d}"
    return records


# ----------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------
MIN3 = {"name": 15, "address": 15, "dob": 15, "ssn": 15, "mrn": 15, "phone": 15, "email": 15,
        "patient-id": 10, "health-plan-id": 10, "claim-number": 10, "account-number": 10,
        "date": 10, "license-number": 5, "device-id": 5, "vin": 5, "ip-address": 5, "url": 5,
        "npi": 5, "mbi": 5, "credit-card": 5}
CONSUMER = {d for d, _ in EMAIL_DOMAINS}


def check_value(kind, v):
    errs = []
    if kind == "ssn":
        d = re.sub(r"\D", "", v)
        if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
            errs.append("bad ssn")
    elif kind == "phone":
        d = re.sub(r"\D", "", v)
        d = d[1:] if len(d) == 11 and d[0] == "1" else d
        if len(d) != 10 or d[0] in "01" or d[3] in "01" or d[4:6] == "11" or d[3:6] == "555" or d[1:3] == "11":
            errs.append("bad phone")
    elif kind == "npi":
        if not (len(v) == 10 and luhn_ok("80840" + v)):
            errs.append("bad npi")
    elif kind == "credit-card":
        if not luhn_ok(re.sub(r"\D", "", v)):
            errs.append("bad cc")
    elif kind == "vin":
        if len(v) != 17 or vin_check(v) != v[8] or re.search("[IOQ]", v):
            errs.append("bad vin")
    elif kind == "mbi":
        s = v.replace("-", "")
        if not re.fullmatch(r"[1-9][%s][%s]\d[%s][%s]\d[%s]{2}\d\d" % (MBI_A, MBI_AN, MBI_A, MBI_AN, MBI_A), s):
            errs.append("bad mbi")
    elif kind == "email":
        if v.split("@")[1] not in CONSUMER:
            errs.append("non-consumer email")
    elif kind == "ip-address":
        o = [int(x) for x in v.split(".")]
        if o[0] in (10, 127) or (o[0] == 172 and 16 <= o[1] <= 31) or (o[0] == 192 and o[1] == 168):
            errs.append("private ip")
    return errs


def validate(records):
    errors = []
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    tpl_uses = collections.Counter(r["_tpl"] for r in records)
    if max(tpl_uses.values()) > 2:
        errors.append("template used >2 times")
    kind_prompts = collections.Counter()
    for r in records:
        if set(r) != {"id", "label", "group", "kinds", "plants", "text", "_tpl"}:
            errors.append(f"{r['id']}: keys")
        if "[[" in r["text"]:
            errors.append(f"{r['id']}: unrendered placeholder")
        if r["label"] == "clean" and (r["kinds"] or r["plants"]):
            errors.append(f"{r['id']}: clean with plants")
        if r["label"] == "phi" and not r["plants"]:
            errors.append(f"{r['id']}: phi without plants")
        for p in r["plants"]:
            if p["value"] not in r["text"]:
                errors.append(f"{r['id']}: plant not verbatim {p['kind']}")
            for e in check_value(p["kind"], p["value"]):
                errors.append(f"{r['id']}: {e} {p['value']}")
        if sorted(set(p["kind"] for p in r["plants"])) != sorted(r["kinds"]):
            errors.append(f"{r['id']}: kinds mismatch")
        for k in r["kinds"]:
            kind_prompts[k] += 1
    for k, m in MIN3.items():
        if kind_prompts[k] < m:
            errors.append(f"kind {k}: {kind_prompts[k]} < {m}")
    return errors, kind_prompts


def main():
    records = build()
    errors, kind_prompts = validate(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            out = {k: r[k] for k in ("id", "label", "group", "kinds", "plants", "text")}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    labels = collections.Counter(r["label"] for r in records)
    print(f"wrote {OUT}: {len(records)} prompts {dict(labels)}")
    print(f"PHI templates: {len(PHI_T)}, clean fixed: {len(CLEAN_FIXED)}, clean param: {len(CLEAN_PARAM)}")
    print("prompts per kind:")
    for k in MIN3:
        print(f"  {k:16s} {kind_prompts[k]:4d}  (min {MIN3[k]})")
    groups = collections.Counter((r["label"], r["group"]) for r in records)
    print("groups:", ", ".join(f"{l}/{g}={n}" for (l, g), n in sorted(groups.items())))
    if errors:
        print("VALIDATION ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
