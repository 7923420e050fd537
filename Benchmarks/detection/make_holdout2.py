#!/usr/bin/env python3
"""make_holdout2.py -- second, independently written holdout set for a PHI detector.

Written blind: no knowledge of the detector's rules, tests or earlier prompt sets.
Python 3 stdlib only, deterministic (fixed seed).

Writes prompts-holdout2.jsonl next to this script, one JSON object per line:
  {"id", "label": "phi"|"clean", "group", "kinds", "plants": [{"kind","value"}], "text"}
then validates the output and prints counts per label / group / kind.

All people, numbers and addresses below are synthetic (randomly generated);
city/state/ZIP combinations are real so that addresses look real.
"""
import collections
import datetime
import json
import os
import random
import string
import sys

SEED = 4417_2025
REF = datetime.date(2025, 3, 1)          # "today" for ages
N_PHI = 222
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "prompts-holdout2.jsonl")

KINDS = ["name", "address", "dob", "ssn", "mrn", "patient-id", "phone", "email",
         "health-plan-id", "claim-number", "account-number", "license-number",
         "device-id", "vin", "ip-address", "url", "date", "npi", "mbi", "credit-card"]
MINIMA = {"name": 15, "address": 15, "dob": 15, "ssn": 15, "mrn": 15, "phone": 15,
          "email": 15, "patient-id": 10, "health-plan-id": 10, "claim-number": 10,
          "account-number": 10, "date": 10}
for _k in KINDS:
    MINIMA.setdefault(_k, 5)

# --------------------------------------------------------------------------
# vocabularies
# --------------------------------------------------------------------------
# name pools by broad origin: (female first names, male first names, surnames, weight)
NAME_POOLS = {
    "anglo": ("""Jennifer Patricia Linda Barbara Susan Dorothy Brittany Ashley Megan Emily Hannah Abigail Chloe
Madison Kayla Taylor Deborah Margaret Helen Ruth Connie Tiffany Crystal Teresa Pauline Heather Amber""",
              """James Robert Michael David William Gary Larry Dennis Walter Harold Eugene Earl Cody Dustin Travis
Tyler Austin Ethan Noah Liam Frank Stanley Raymond Gerald Kyle Jordan Kevin Brian""",
              """Anderson Peterson Olson Larson Hansen Thompson Moore Williams Johnson Brown Davis Harris Greene
Simmons Bryant Whitfield Fitzgerald Hall-Bennett Carter-Wright Baker Collins Stewart Price Hughes Foster""", 22),
    "black": ("""Aaliyah Keisha Shanice Latoya Ebony Tamika Imani Destiny Monique Renee Kiara Jasmine Brianna
Wanda Gloria Yolanda""",
              """DeShawn Tyrone Jamal Darnell Marcus Terrell Andre Malik Rashad Reginald Cornelius Lamar Demetrius
Willie Leroy Isaiah Elijah""",
              """Washington Jefferson Jackson Robinson Coleman Banks Booker Freeman Gaines Dubose Williams-Bey
Harris Bryant Simmons Lewis-Ogunleye Toussaint Baptiste Pierre Jean-Louis""", 14),
    "hispanic": ("""Maria Guadalupe Yesenia Sofia Isabella Ximena Rosa Carmen Ana Esperanza Leticia Marisol Beatriz
Dolores Graciela Luz Norma Francesca Teresa""",
                 """Jose Luis Carlos Juan Miguel Jesus Alejandro Mateo Santiago Diego Rafael Ernesto Ramon Hector
Francisco Joaquin""",
                 """Garcia Rodriguez Hernandez Martinez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera
Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Delgado Villanueva Castillo Ochoa Zamora Espinoza
Salazar Mejia Aguilar Pacheco Vasquez Alvarado Reyes-Ortiz Garcia-Lopez Fernandez-Gallo Martinez-Ruiz""", 22),
    "vietnamese": ("Linh Anh Thuy Mai Nguyet Hoa Trang", "Minh Tuan Hung Thanh Quang Duc Khoa",
                   "Nguyen Tran Le Pham Hoang Huynh Vu Bui Dang Truong Nguyen-Tran", 5),
    "chinese": ("Mei Xiu Lian Yan Jing Hui", "Wei Jian Hao Jun Ming Lei",
                "Chen Wang Zhang Liu Huang Wu Lin Zhou Xu", 5),
    "korean": ("Hyun-joo Soo-ah Eun-ji Ji-young Min-seo", "Jae-hyun Sung-min Dong-hyun Joon-ho",
               "Kim Park Lee Choi Jung Kang Kim-Sorensen", 3),
    "japanese": ("Haruka Yuki Aiko Emiko", "Hiroshi Kenji Takeshi Daisuke", "Yamamoto Tanaka Nakamura Sato Watanabe", 2),
    "south_asian": ("Priya Lakshmi Anjali Deepa Rukhsana Nadia", "Raj Arjun Vikram Ravi Nikhil Bilal Hamid",
                    "Patel Shah Singh Kumar Reddy Iyer Chowdhury Rahman Hussain Desai", 6),
    "arab": ("Fatima Layla Amina Zainab Aisha", "Mohammed Ahmed Omar Tariq Yusuf Khalid",
             "Haddad Khoury Nasser Abdullah Mahmoud Yilmaz", 3),
    "west_african": ("Ngozi Chiamaka Ifeoma Adaeze Abena", "Emeka Kwame Kofi Oluwaseun Chinedu Obinna",
                     "Okafor Adeyemi Mensah Nwosu Oyelaran Dlamini Asante", 3),
    "east_european": ("Olga Svetlana Katarzyna Irina Natalia Agnieszka Kateryna Oksana",
                      "Dmitri Sergei Vladimir Tomasz Piotr Bogdan Ivan Andrzej Mykola Aleksandr",
                      """Kowalski Nowak Wisniewski Kaminski Zielinski Petrov Popescu Horvath Novak Kovacs Shevchenko
Kuznetsov Bondarenko Melnyk Grabowski Wojcik Szabo""", 6),
    "irish": ("Bridget Siobhan Colleen Noreen Bernadette Margaret Kathleen", "Patrick Sean Connor Brendan Kevin Declan",
              "O'Brien O'Connor O'Neill McCarthy MacDonald Murphy Sullivan Fitzgerald Kennedy Brennan", 6),
    "italian_jewish": ("Rachel Miriam Esther Francesca Gina Angela", "Anthony Vincent Joseph Daniel Benjamin Aaron",
                       "D'Angelo DeLuca Marchetti Rossi Russo Esposito Romano Cohen Levy Friedman Goldberg", 5),
    "german_nordic": ("Heidi Ingrid Karen Gretchen", "Hans Erik Carl Dieter",
                      "Schmidt Mueller Becker Hoffman Weber Lindqvist St. Clair", 3),
    "native_pacific": ("Leilani Marlene Darlene Nizhoni", "Kawika Delbert Leonard Keoni",
                       "Begay Yazzie Tsosie Kealoha Benally Kahananui", 2),
}
NAME_POOLS = {k: (v[0].split(), v[1].split(), v[2].replace("St. Clair", "St.Clair").split(), v[3])
              for k, v in NAME_POOLS.items()}
NAME_POOLS = {k: (f, m, [x.replace("St.Clair", "St. Clair") for x in s], w) for k, (f, m, s, w) in NAME_POOLS.items()}
POOL_KEYS = sorted(NAME_POOLS)
SURNAMES = sorted({s for v in NAME_POOLS.values() for s in v[2]})

# real city / state / ZIP combinations with local area codes
CITIES = [
    ("Boston", "MA", "02118", ["617", "857"]), ("Dorchester", "MA", "02124", ["617"]),
    ("Worcester", "MA", "01604", ["508", "774"]), ("Springfield", "MA", "01109", ["413"]),
    ("Chicago", "IL", "60623", ["773", "872"]), ("Chicago", "IL", "60614", ["312", "773"]),
    ("Chicago", "IL", "60619", ["773"]), ("Houston", "TX", "77036", ["713", "281", "832"]),
    ("Houston", "TX", "77004", ["713", "832"]), ("San Antonio", "TX", "78207", ["210"]),
    ("Dallas", "TX", "75216", ["214", "469", "972"]), ("El Paso", "TX", "79903", ["915"]),
    ("Los Angeles", "CA", "90011", ["323", "213"]), ("Los Angeles", "CA", "90033", ["323"]),
    ("San Jose", "CA", "95122", ["408", "669"]), ("Fresno", "CA", "93706", ["559"]),
    ("Oakland", "CA", "94601", ["510", "341"]), ("Sacramento", "CA", "95823", ["916", "279"]),
    ("Phoenix", "AZ", "85008", ["602", "480"]), ("Tucson", "AZ", "85705", ["520"]),
    ("Miami", "FL", "33125", ["305", "786"]), ("Orlando", "FL", "32807", ["407", "321"]),
    ("Tampa", "FL", "33604", ["813"]), ("Jacksonville", "FL", "32210", ["904"]),
    ("Atlanta", "GA", "30310", ["404", "470", "678"]), ("Savannah", "GA", "31404", ["912"]),
    ("New York", "NY", "10027", ["212", "646", "917"]), ("Bronx", "NY", "10453", ["718", "347"]),
    ("Brooklyn", "NY", "11226", ["718", "347", "929"]), ("Flushing", "NY", "11355", ["718", "917"]),
    ("Jackson Heights", "NY", "11372", ["718", "929"]), ("Buffalo", "NY", "14215", ["716"]),
    ("Rochester", "NY", "14621", ["585"]), ("Philadelphia", "PA", "19134", ["215", "267"]),
    ("Pittsburgh", "PA", "15212", ["412"]), ("Cleveland", "OH", "44105", ["216"]),
    ("Columbus", "OH", "43207", ["614", "380"]), ("Cincinnati", "OH", "45205", ["513"]),
    ("Detroit", "MI", "48205", ["313"]), ("Grand Rapids", "MI", "49507", ["616"]),
    ("Seattle", "WA", "98118", ["206"]), ("Spokane", "WA", "99207", ["509"]),
    ("Portland", "OR", "97206", ["503", "971"]), ("Denver", "CO", "80219", ["303", "720"]),
    ("Aurora", "CO", "80010", ["303", "720"]), ("Minneapolis", "MN", "55407", ["612"]),
    ("Saint Paul", "MN", "55106", ["651"]), ("Milwaukee", "WI", "53215", ["414"]),
    ("Baltimore", "MD", "21215", ["410", "443"]), ("Silver Spring", "MD", "20906", ["301", "240"]),
    ("Richmond", "VA", "23223", ["804"]), ("Norfolk", "VA", "23504", ["757"]),
    ("Charlotte", "NC", "28205", ["704", "980"]), ("Raleigh", "NC", "27610", ["919", "984"]),
    ("Durham", "NC", "27707", ["919"]), ("Memphis", "TN", "38109", ["901"]),
    ("Nashville", "TN", "37207", ["615", "629"]), ("Birmingham", "AL", "35211", ["205"]),
    ("Jackson", "MS", "39209", ["601", "769"]), ("New Orleans", "LA", "70117", ["504"]),
    ("Baton Rouge", "LA", "70805", ["225"]), ("Little Rock", "AR", "72204", ["501"]),
    ("Albuquerque", "NM", "87105", ["505"]), ("Gallup", "NM", "87301", ["505"]),
    ("Las Vegas", "NV", "89101", ["702", "725"]), ("Salt Lake City", "UT", "84104", ["801", "385"]),
    ("Boise", "ID", "83704", ["208"]), ("Omaha", "NE", "68107", ["402"]),
    ("Kansas City", "MO", "64130", ["816"]), ("St. Louis", "MO", "63116", ["314"]),
    ("Louisville", "KY", "40211", ["502"]), ("Indianapolis", "IN", "46218", ["317"]),
    ("Des Moines", "IA", "50315", ["515"]), ("Oklahoma City", "OK", "73109", ["405"]),
    ("Wichita", "KS", "67211", ["316"]), ("Honolulu", "HI", "96817", ["808"]),
    ("Anchorage", "AK", "99508", ["907"]), ("Providence", "RI", "02907", ["401"]),
    ("Hartford", "CT", "06106", ["860", "959"]), ("Newark", "NJ", "07106", ["973", "862"]),
    ("Paterson", "NJ", "07501", ["973"]), ("Manchester", "NH", "03102", ["603"]),
    ("Burlington", "VT", "05401", ["802"]), ("Portland", "ME", "04101", ["207"]),
]
STREETS = """Maple Ave|Elm St|Cedar Ln|Pine St|Washington Ave|Lincoln Ave|Martin Luther King Jr Blvd
|Park Ave|Highland Ave|Jefferson St|Franklin St|Walnut St|Chestnut St|Hillcrest Dr|Sunset Dr
|Lakeview Dr|Ridge Rd|Church St|Mill Rd|Main St|2nd St|3rd Ave|E 14th St|Sycamore Ct|Magnolia Dr
|Willow Way|Dogwood Ln|Cherry St|Spring St|Prospect Ave|Grand Ave|Garfield Ave|Columbia Rd
|Bayview Ave|Rosewood Ct|Kensington Pl|Birch Rd|Harrison St|Cypress Ave|Pleasant St|W 26th St
|N Kedzie Ave|S Central Ave|Orchard St|Meadowbrook Dr|Summit Ave|Union St|Beacon St|Clinton Ave
|Monroe St|Adams St|Old Post Rd|Fairview Ave|Poplar St|Crestwood Dr|Oak Hollow Ln|Vine St""".replace("\n", "").split("|")

# first/last combinations that would collide with well-known people
FAMOUS = {("Michael", "Jackson"), ("James", "Brown"), ("Jennifer", "Lopez"), ("Michael", "Moore"),
          ("Robert", "Johnson"), ("Lamar", "Jackson"), ("Sanjay", "Gupta"), ("Sean", "Murphy"),
          ("Tyler", "Perry"), ("Juan", "Gonzalez"), ("Malik", "Jackson"), ("David", "Lee"),
          ("Carlos", "Rivera"), ("Patrick", "Sullivan"), ("Michael", "Davis"), ("Kevin", "Johnson")}
EMAIL_DOMAINS = ["gmail.com"] * 6 + ["yahoo.com"] * 3 + ["outlook.com", "hotmail.com", "icloud.com",
                 "comcast.net", "aol.com", "att.net", "sbcglobal.net", "verizon.net", "me.com", "live.com"]
CLINICIANS = ["Dr. Okonkwo", "Dr. Feldman", "Dr. Ramaswamy", "Dr. Lindgren", "Dr. Abernathy",
              "Dr. Castellanos", "Dr. Whitaker", "Dr. Yoon", "Dr. Bhattacharya", "Dr. Moreau",
              "Dr. Halvorsen", "Dr. Oduya", "Dr. Srinivasan", "Dr. Kessler", "Dr. Trujillo"]
FACILITIES = ["Mercy General", "St. Vincent's", "Riverside Regional", "Lakeshore Medical Center",
              "Good Samaritan", "University Hospital", "Providence Memorial", "Baptist Health East",
              "Valley Children's", "Northside Community Hospital"]
PAYERS = ["Aetna", "UnitedHealthcare", "Cigna", "Humana", "BCBS", "Anthem", "Medicaid",
          "Medi-Cal", "Molina", "Kaiser", "Ambetter", "Oscar"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [c for c in num if c.isdigit()]
    return luhn_digit("".join(digits[:-1])) == digits[-1]


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


# --------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------
def fmt_date(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    if style == "mon":
        return f"{MON3[d.month - 1]} {d.day} {d.year}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    if style == "spoken":
        day = d.day
        suf = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{MONTHS[d.month - 1]} {day}{suf} {d.year}"
    raise ValueError(style)


def age_on(dob, ref=REF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def mail_local(s):
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in "-")


class Person:
    def __init__(self, rng, sex=None, ages=(24, 88), no_apos=False):
        self.sex = sex or rng.choice("FM")
        while True:
            origin = rng.choices(POOL_KEYS, weights=[NAME_POOLS[k][3] for k in POOL_KEYS])[0]
            fem, mal, sur, _ = NAME_POOLS[origin]
            self.first = rng.choice(fem if self.sex == "F" else mal)
            # ~15% mixed-heritage / married names: surname from another pool
            if rng.random() < 0.15:
                sur = NAME_POOLS[rng.choice(POOL_KEYS)][2]
            self.last = rng.choice(sur)
            if not (no_apos and ("'" in self.last or " " in self.last)):
                break
        if (self.first, self.last) in FAMOUS:
            self.last = "Villanueva" if self.last != "Villanueva" else "Okafor"
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
        age = rng.randint(*ages)
        self.dob = REF - datetime.timedelta(days=int(age * 365.25) + rng.randint(1, 360))
        self.age = age_on(self.dob)
        self.city, self.st, self.zip, self.areas = rng.choice(CITIES)

    @property
    def sx(self):
        return self.sex

    def title(self, rng):
        return rng.choice(["Mrs.", "Ms."]) if self.sex == "F" else "Mr."

    @property
    def pron(self):
        return "she" if self.sex == "F" else "he"

    @property
    def poss(self):
        return "her" if self.sex == "F" else "his"


# --------------------------------------------------------------------------
# context: generates values and records plants
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.plants = []

    def add(self, kind, value):
        assert kind in KINDS, kind
        self.plants.append({"kind": kind, "value": value})
        return value

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, lead_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if lead_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def person(self, **kw):
        return Person(self.r, **kw)

    # --- names -----------------------------------------------------------
    def nm(self, p, style="fl"):
        f, l, m = p.first, p.last, p.mi
        v = {
            "fl": f"{f} {l}", "flm": f"{f} {m}. {l}", "lf": f"{l}, {f}", "LF": f"{l}, {f}".upper(),
            "LFM": f"{l.upper()}, {f.upper()} {m}", "lower": f"{f} {l}".lower(), "upper": f"{f} {l}".upper(),
            "title": f"{p.title(self.r)} {l}", "hl7": f"{l.upper()}^{f.upper()}^{m}", "last": l,
            "lfm": f"{l}, {f} {m}.", "first": f,
        }[style]
        return self.add("name", v)

    def nm_any(self, p):
        return self.nm(p, self.pick(["fl", "fl", "fl", "flm", "lf", "LF", "lower"]))

    # --- demographics ----------------------------------------------------
    def dob(self, p, style=None):
        style = style or self.pick(["us", "us", "us_short", "us2", "iso", "long", "abbr", "mon", "dash"])
        return self.add("dob", fmt_date(p.dob, style))

    def street(self, p=None):
        num = str(self.r.choice([self.r.randint(12, 999), self.r.randint(1000, 9899), self.r.randint(10, 99)]))
        s = f"{num} {self.pick(STREETS)}"
        roll = self.r.random()
        if roll < 0.18:
            s += f" Apt {self.r.randint(1, 24)}{self.pick('ABCDEF')}"
        elif roll < 0.28:
            s += f" #{self.r.randint(101, 912)}"
        elif roll < 0.33:
            s += f" Unit {self.r.randint(2, 40)}"
        return s

    def addr(self, p, style=None):
        st = self.street(p)
        style = style or self.pick(["comma", "comma", "comma", "nocomma", "lower", "upper"])
        if style == "comma":
            v = f"{st}, {p.city}, {p.st} {p.zip}"
        elif style == "nocomma":
            v = f"{st} {p.city} {p.st} {p.zip}"
        elif style == "lower":
            v = f"{st}, {p.city}, {p.st} {p.zip}".lower()
        elif style == "upper":
            v = f"{st}, {p.city}, {p.st} {p.zip}".upper()
        elif style == "street":
            v = st
        else:
            raise ValueError(style)
        return self.add("address", v)

    def phone_raw(self, p=None, style=None):
        area = self.pick(p.areas) if p is not None and self.r.random() < 0.8 else self.pick(
            [a for c in CITIES for a in c[3]])
        while True:
            ex = self.r.choice("23456789") + self.digits(2)
            if ex[1:] != "11" and ex != "555" and ex not in ("950", "958", "959", "976"):
                break
        line = self.digits(4)
        style = style or self.pick(["paren", "paren", "dash", "dash", "dot", "plus", "plain", "one"])
        return {"paren": f"({area}) {ex}-{line}", "dash": f"{area}-{ex}-{line}", "dot": f"{area}.{ex}.{line}",
                "plus": f"+1 {area} {ex} {line}", "plain": f"{area}{ex}{line}", "one": f"1-{area}-{ex}-{line}",
                "hl7": f"({area}){ex}-{line}", "e164": f"+1{area}{ex}{line}"}[style]

    def phone(self, p=None, style=None):
        return self.add("phone", self.phone_raw(p, style))

    def email(self, p):
        f, l = mail_local(p.first), mail_local(p.last.replace(" ", ""))
        yy = f"{p.dob.year % 100:02d}"
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}{yy}", f"{f}{l}{self.r.randint(1, 99)}", f"{l}.{f}{yy}",
                           f"{f}_{l}", f"{f}.{l}{p.dob.year}", f"{f}{l[0]}{self.r.randint(100, 999)}",
                           f"{f[0]}.{l}", f"{l}{f[0]}{self.r.randint(1, 9)}"])
        return self.add("email", f"{local}@{self.pick(EMAIL_DOMAINS)}")

    def ssn_raw(self, style=None):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        style = style or self.pick(["dash"] * 5 + ["plain", "space"])
        return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}",
                "space": f"{a:03d} {g:02d} {s:04d}"}[style]

    def ssn(self, style=None):
        return self.add("ssn", self.ssn_raw(style))

    # --- record numbers --------------------------------------------------
    def mrn(self, style=None):
        style = style or self.pick(["d7", "d8", "d8z", "e7", "mr6", "d10", "d9", "dash"])
        v = {"d7": self.digits(7, True), "d8": self.digits(8, True), "d8z": "00" + self.digits(6, True),
             "e7": "E" + self.digits(7, True), "mr6": "MR" + self.digits(6, True), "d10": self.digits(10, True),
             "d9": self.digits(9, True), "dash": f"{self.digits(3, True)}-{self.digits(2)}-{self.digits(2)}"}[style]
        return self.add("mrn", v)

    def pid(self, style=None):
        style = style or self.pick(["pt", "p", "pid", "fac", "hex", "num"])
        v = {"pt": "PT-" + self.digits(6, True), "p": "P" + self.digits(7, True), "pid": "PID" + self.digits(6, True),
             "fac": self.pick(["UCH", "MGH", "RRMC", "LMC", "BHE", "NCH"]) + "-" + self.digits(7, True),
             "hex": "pat_" + "".join(self.r.choice("0123456789abcdef") for _ in range(12)),
             "num": self.digits(6, True), "subj": f"{self.pick(['SUBJ', 'PRT', 'ENR'])}-{self.digits(4, True)}",
             }[style]
        return self.add("patient-id", v)

    def hpid(self, payer=None):
        payer = payer or self.pick(PAYERS)
        L = string.ascii_uppercase
        if payer in ("BCBS", "Anthem"):
            v = "".join(self.r.choice(L) for _ in range(3)) + self.digits(9, True)
        elif payer == "Aetna":
            v = "W" + self.digits(9, True)
        elif payer == "UnitedHealthcare":
            v = self.pick(["9", "8"]) + self.digits(8)
        elif payer == "Cigna":
            v = "U" + self.digits(8, True) + self.pick(["", " 01", "01"])
        elif payer == "Humana":
            v = "H" + self.digits(8, True)
        elif payer == "Medicaid":
            v = self.r.choice(L) + self.r.choice(L) + self.digits(5) + self.r.choice(L)
        elif payer == "Medi-Cal":
            v = "9" + self.digits(7) + self.r.choice("ABCDEFGHJK")
        elif payer == "Molina":
            v = self.digits(11, True)
        elif payer == "Kaiser":
            v = self.digits(8, True)
        elif payer == "Ambetter":
            v = "U7" + self.digits(9)
        else:  # Oscar
            v = "OSC" + self.digits(8)
        return payer, self.add("health-plan-id", v)

    def claim(self, style=None):
        style = style or self.pick(["clm", "d13", "yr", "alpha", "icn", "dash"])
        v = {"clm": "CLM" + self.digits(10, True), "d13": self.digits(13, True),
             "yr": f"{self.pick(['2023', '2024', '2025'])}{self.digits(9)}",
             "alpha": self.pick(["EA", "EB", "KC", "RX", "TZ"]) + self.digits(9, True),
             "icn": self.pick(["1", "2", "4"]) + self.pick(["2024", "2025"])[2:] + self.digits(11),
             "dash": f"{self.digits(2, True)}-{self.digits(4)}-{self.digits(5)}"}[style]
        return self.add("claim-number", v)

    def acct(self, style=None):
        style = style or self.pick(["d10", "d8", "a8", "g7", "dash", "har"])
        v = {"d10": self.pick("47") + self.digits(9), "d8": self.digits(8, True), "a8": "A" + self.digits(8, True),
             "g7": "G" + self.digits(7, True), "dash": f"{self.digits(6, True)}-{self.digits(2)}",
             "har": self.digits(11, True), "bank": self.digits(self.r.randint(9, 12), True)}[style]
        return self.add("account-number", v)

    def dl(self, state=None):
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        state = state or self.pick(["CA", "TX", "NY", "FL", "IL", "PA", "MA", "WA", "OH", "GA", "AZ", "MI"])
        v = {"CA": lambda: self.r.choice(L) + self.digits(7),
             "TX": lambda: self.digits(8, True),
             "NY": lambda: f"{self.digits(3, True)} {self.digits(3)} {self.digits(3)}",
             "FL": lambda: f"{self.r.choice(L)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",
             "IL": lambda: f"{self.r.choice(L)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
             "PA": lambda: f"{self.digits(2, True)} {self.digits(3)} {self.digits(3)}",
             "MA": lambda: "S" + self.digits(8),
             "WA": lambda: "WDL" + "".join(self.r.choice(L + "0123456789") for _ in range(9)),
             "OH": lambda: self.r.choice(L) + self.r.choice(L) + self.digits(6),
             "GA": lambda: self.digits(9, True),
             "AZ": lambda: self.r.choice("ABD") + self.digits(8),
             "MI": lambda: f"{self.r.choice(L)} {self.digits(3)} {self.digits(3)} {self.digits(3)} {self.digits(3)}",
             }.get(state, lambda: self.r.choice(L) + self.digits(8))()
        return state, self.add("license-number", v)

    def dev(self, kinds=range(9)):
        U = "ABCDEFGHJKLMNPRSTUVWXYZ"
        kind = self.pick(list(kinds))
        if kind == 0:
            d, v = "Medtronic Azure XT DR MRI pacemaker", "".join(self.r.choice(U) for _ in range(3)) + self.digits(6, True) + self.r.choice("SGH")
        elif kind == 1:
            d, v = "Boston Scientific Resonate ICD", self.digits(6, True)
        elif kind == 2:
            d, v = "Tandem t:slim X2 insulin pump", self.digits(8, True)
        elif kind == 3:
            d, v = "ResMed AirSense 11 CPAP", "2" + self.pick(["3", "4"]) + self.digits(9)
        elif kind == 4:
            d, v = "Dexcom G6 transmitter", self.r.choice("789") + "".join(self.r.choice(U + "0123456789") for _ in range(5))
        elif kind == 5:
            d, v = "Abbott Assert-IQ insertable cardiac monitor", "ICM" + self.digits(7, True)
        elif kind == 6:
            d, v = "Medtronic MiniMed 780G pump", "NG" + self.digits(7, True) + "H"
        elif kind == 7:
            d, v = "Inspire IV neurostimulator", "IPG" + self.digits(6, True)
        else:
            d, v = "Omron BP7900 connected blood pressure monitor", self.digits(4, True) + "".join(self.r.choice(U) for _ in range(2)) + self.digits(5)
        return d, self.add("device-id", v)

    def vin(self):
        wmi = self.pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "1G1", "KMH", "4T1", "1C4", "5NP", "19X"])
        vds = "".join(self.r.choice(VIN_CHARS) for _ in range(5))
        year = self.pick("HJKLMNPR")
        plant = self.r.choice(VIN_CHARS)
        serial = self.digits(6)
        v = wmi + vds + "0" + year + plant + serial
        v = v[:8] + vin_check(v) + v[9:]
        return self.add("vin", v)

    def ip(self):
        a = self.pick([24, 50, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 174, 184])
        return self.add("ip-address", f"{a}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(2, 253)}")

    def event_date(self, lo=datetime.date(2022, 1, 3), hi=datetime.date(2025, 2, 20)):
        return lo + datetime.timedelta(days=self.r.randint(0, (hi - lo).days))

    def date(self, d=None, style=None):
        d = d or self.event_date()
        style = style or self.pick(["us", "us", "us_short", "iso", "long", "mon", "us2"])
        return self.add("date", fmt_date(d, style))

    def npi(self):
        base = "1" + self.digits(8)
        return self.add("npi", base + luhn_digit("80840" + base))

    def mbi(self, dashed=None):
        r = self.r
        an = MBI_LET + "0123456789"
        s = (r.choice("123456789") + r.choice(MBI_LET) + r.choice(an) + r.choice(string.digits) +
             r.choice(MBI_LET) + r.choice(an) + r.choice(string.digits) + r.choice(MBI_LET) +
             r.choice(MBI_LET) + r.choice(string.digits) + r.choice(string.digits))
        if dashed is None:
            dashed = r.random() < 0.5
        return self.add("mbi", f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s)

    def cc(self, style=None):
        brand = self.pick(["visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = self.pick(["51", "52", "53", "54", "55"]) + self.digits(13)
        elif brand == "amex":
            body = self.pick(["34", "37"]) + self.digits(12)
        else:
            body = "6011" + self.digits(11)
        num = body + luhn_digit(body)
        style = style or self.pick(["space", "space", "dash", "plain"])
        if len(num) == 15:
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i:i + 4] for i in range(0, 16, 4)]
        v = {"space": " ".join(parts), "dash": "-".join(parts), "plain": num}[style]
        return brand, self.add("credit-card", v)

    def url(self, p, kind=None):
        f, l = mail_local(p.first), mail_local(p.last.replace(" ", ""))
        kind = kind if kind is not None else self.pick(range(6))
        if kind == 0:
            v = f"https://www.caringbridge.org/site/{f}{l}"
        elif kind == 1:
            v = f"https://www.gofundme.com/f/help-{f}-{l}-fight-{self.pick(['leukemia', 'breast-cancer', 'als', 'kidney-failure', 'lymphoma'])}"
        elif kind == 2:
            v = f"https://mychart.{self.pick(['lakeshoremed', 'riversideregional', 'mercygeneral', 'uhealthsys'])}.org/MyChart/app/patient/{self.digits(7, True)}/test-results"
        elif kind == 3:
            v = f"https://portal.{self.pick(['northsidepeds', 'brightsmiledental', 'coastalortho', 'summitderm'])}.com/patients/{self.digits(6, True)}/records?view=full"
        elif kind == 4:
            v = f"https://www.facebook.com/{f}.{l}.{self.r.randint(10, 999)}"
        else:
            v = f"https://telehealth.{self.pick(['mercygeneral', 'valleyhealth', 'stvincents'])}.org/visit/{f}-{l}-{self.digits(5, True)}"
        return self.add("url", v)

    def clin(self):
        return self.pick(CLINICIANS)

    def fac(self):
        return self.pick(FACILITIES)


# --------------------------------------------------------------------------
# PHI templates.  Each takes a Ctx and returns (group, text).
# --------------------------------------------------------------------------
T = []


def tpl(fn):
    T.append(fn)
    return fn


@tpl
def t_note_cleanup(c):
    p = c.person(ages=(45, 88))
    name = c.nm(p, c.pick(["lf", "LF", "fl"]))
    dob = c.dob(p)
    mrn = c.mrn()
    s = "M" if p.sex == "M" else "F"
    return "clinical-note", (
        f"Can you clean this up into a proper H&P paragraph? keep the abbreviations a physician would expect\n\n"
        f"Pt: {name}   DOB {dob}   MRN {mrn}\n"
        f"{p.age}{s} w/ hx HTN, T2DM (A1c 8.9), CKD3a, s/p CABG x3 2019 p/w c/o SOB x3d, 2 pillow orthopnea, "
        f"+3 LE edema. denies CP. meds: lisinopril 20, metformin 1000 BID, ASA 81, atorva 40. "
        f"BNP 1,480. CXR w/ b/l effusions. plan: IV lasix 40 BID, strict I/Os, daily wts, echo, cards c/s.")


@tpl
def t_soap_patient_friendly(c):
    p = c.person(sex="F", ages=(55, 85))
    t = c.nm(p, "title")
    dob = c.dob(p, "us")
    return "clinical-note", (
        f"Rewrite this in plain language I can hand to the patient (6th grade reading level):\n\n"
        f"S: {t} (DOB {dob}) is a {p.age} y/o F here for f/u of AFib. Reports intermittent palpitations, "
        f"no syncope. Missed apixaban doses ~2x/wk.\nO: HR 88 irreg irreg, BP 142/86. ECG AF w/ RVR resolved.\n"
        f"A: Paroxysmal AF, CHA2DS2-VASc 4. Nonadherence.\nP: Continue apixaban 5 mg BID, pillbox + phone alarm, "
        f"metoprolol succinate 50 -> 100. RTC 6 wks.")


@tpl
def t_ed_triage(c):
    p = c.person(sex="M", ages=(60, 89))
    name = c.nm(p, "upper")
    a = c.addr(p)
    return "clinical-note", (
        f"ED TRIAGE 0214: {name}, {p.age}M BIBA from home ({a}) after unwitnessed fall, +head strike, on warfarin. "
        f"GCS 14, lac to L occiput. INR pending. Family not yet notified.\n\n"
        f"what's the recommended head CT decision rule for anticoagulated elderly pts? does canadian ct head apply here")


@tpl
def t_handoff_bed(c):
    p = c.person(ages=(70, 89))
    d = c.person(sex="F", ages=(35, 60))
    d.last = p.last
    name = c.nm(p, c.pick(["fl", "lf"]))
    mrn = c.mrn()
    dn = c.nm(d, "first")
    ph = c.phone(d)
    return "handoff", (
        f"handoff for bed 12 — {name} (MRN {mrn}), {p.age}yo, POD2 s/p ORIF R hip. delirium overnight, got "
        f"haldol 0.5 x1 at 0300. foley out at 0600, needs to void by 1400 or bladder scan. PT to see today. "
        f"daughter {dn} at {ph} is the contact and wants a call if anything changes.\n"
        f"can you turn this into SBAR format for the day nurse")


@tpl
def t_sbar(c):
    p = c.person(ages=(30, 75))
    name = c.nm(p, "fl")
    mrn = c.mrn()
    adm = c.date(style=c.pick(["us", "us_short"]))
    return "handoff", (
        f"Please tighten this SBAR before I page the hospitalist:\n"
        f"S - {name}, rm 4417, MRN {mrn}, admitted {adm} for cellulitis L leg, now temp 39.1, HR 124, BP 92/54.\n"
        f"B - on IV cefazolin day 3, hx IVDU, MRSA nares positive.\n"
        f"A - concern for sepsis / abscess, lactate 3.2.\n"
        f"R - request bedside eval, blood cx x2, consider vanc, 30 mL/kg bolus?")


@tpl
def t_billing_denial(c):
    p = c.person()
    name = c.nm(p, "lf")
    payer, hp = c.hpid()
    clm = c.claim()
    dos = c.date(style="us")
    return "billing", (
        f"Got a CO-197 denial (precert/authorization absent) on claim {clm} for {name}, {payer} member ID {hp}, "
        f"DOS {dos}, CPT 72148 MRI lumbar w/o contrast. The auth was actually approved by phone the day before. "
        f"What's the fastest way to get this reprocessed — corrected claim or reconsideration?")


@tpl
def t_billing_double(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    acct = c.acct()
    _, card = c.cc()
    return "billing", (
        f"{name} called saying she was charged twice for the same visit. Patient account {acct}. "
        f"She read me the card she used: {card}, exp 09/27. I see two payments of $145.00 posted on the same day. "
        f"How do I word the refund note, and should I be keeping the card number in the account notes?")


@tpl
def t_appeal_letter(c):
    p = c.person()
    name = c.nm(p, "fl")
    dob = c.dob(p, "us")
    payer, hp = c.hpid()
    clm = c.claim()
    return "billing", (
        f"Draft a level 1 appeal letter to {payer}.\nMember: {name}\nDOB: {dob}\nMember ID: {hp}\nClaim #: {clm}\n"
        f"Denied as not medically necessary: continuous glucose monitor (E2103 + A4239). Patient is on basal-bolus "
        f"insulin, 4+ fingersticks/day, documented nocturnal hypoglycemia to 48 mg/dL. Cite the LCD criteria.")


@tpl
def t_log_line(c):
    p = c.person(no_apos=True)
    mrn = c.mrn()
    name = c.nm(p, "lf")
    dob = c.dob(p, "iso")
    return "log-line", (
        f"why does this keep happening on our ADT listener?\n\n"
        f"2024-06-11T14:22:07.118Z ERROR [adt-listener-3] c.h.i.PatientUpsert - upsert failed mrn={mrn} "
        f"name=\"{name}\" dob={dob} : ERROR: duplicate key value violates unique constraint \"patients_mrn_key\"\n\n"
        f"we're doing INSERT ... ON CONFLICT (mrn, facility_id) DO UPDATE")


@tpl
def t_stack_trace(c):
    p = c.person(no_apos=True)
    pid = c.pid()
    name = c.nm(p, "fl")
    ssn = c.ssn("dash")
    return "stack-trace", (
        f"Getting this in prod, any idea?\n\n```\njava.lang.IllegalStateException: SSN format invalid for Patient"
        f"{{id={pid}, name='{name}', ssn='{ssn}', status=ACTIVE}}\n"
        f"\tat com.acme.registration.SsnValidator.validate(SsnValidator.java:48)\n"
        f"\tat com.acme.registration.PatientService.register(PatientService.java:212)\n"
        f"\tat com.acme.registration.api.PatientController.create(PatientController.java:77)\n```\n"
        f"The SSN looks fine to me, the regex is ^\\d{{3}}-\\d{{2}}-\\d{{4}}$")


@tpl
def t_sql_zero_rows(c):
    p = c.person(no_apos=True)
    last = c.nm(p, "last")
    first = c.add("name", p.first)
    dob = c.dob(p, "iso")
    ssn = c.ssn("plain")
    return "sql", (
        f"This returns 0 rows but I know the patient is there, what am I doing wrong?\n\n"
        f"SELECT p.patient_id, e.encounter_id, e.admit_ts\nFROM patients p\nJOIN encounters e ON e.patient_id = p.patient_id\n"
        f"WHERE p.last_name = '{last}'\n  AND p.first_name = '{first}'\n  AND p.dob = '{dob}'\n  AND p.ssn = '{ssn}';\n\n"
        f"ssn is stored as CHAR(11), dob is a DATE column. Postgres 15.")


@tpl
def t_sql_update(c):
    p = c.person(no_apos=True)
    mrn = c.mrn("d8")
    ph = c.phone(p, "dash")
    em = c.email(p)
    return "sql", (
        f"Is this safe to run in prod or will it lock the table?\n\n"
        f"UPDATE patient_contact\n   SET phone_home = '{ph}',\n       email = '{em}',\n       updated_at = now()\n"
        f" WHERE mrn = '{mrn}';\n\n"
        f"patient_contact has ~14M rows, index on mrn. MySQL 8.0 InnoDB.")


@tpl
def t_fhir_json(c):
    p = c.person()
    mrn = c.mrn()
    fam = c.add("name", p.last)
    giv = c.add("name", p.first)
    dob = c.dob(p, "iso")
    ph = c.phone(p, "paren")
    st = c.addr(p, "street")
    res = {"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4417", "value": mrn}],
           "name": [{"family": fam, "given": [giv]}], "gender": "female" if p.sex == "F" else "male",
           "birthDate": dob, "telecom": [{"system": "phone", "value": ph, "use": "home"}],
           "address": [{"line": [st], "city": p.city, "state": p.st, "postalCode": p.zip}]}
    return "json", (
        "The HAPI validator rejects this Patient with 'Profile US Core Patient, Element Patient.identifier.system: "
        "minimum required = 1' — but I have a system. What's wrong?\n\n" + json.dumps(res, indent=2, ensure_ascii=False))


@tpl
def t_hl7_pid(c):
    p = c.person(no_apos=True)
    mrn = c.mrn()
    nm = c.nm(p, "hl7")
    dob = c.dob(p, "hl7")
    st = c.addr(p, "street")
    ph = c.phone(p, "hl7")
    acct = c.acct("d10")
    ssn = c.ssn("plain")
    seg = (f"MSH|^~\\&|EPIC|RRMC|MIRTH|LAB|20240611142207||ADT^A08|MSG00441|P|2.5.1\r"
           f"PID|1||{mrn}^^^RRMC^MR||{nm}||{dob}|{p.sex}|||{st}^^{p.city}^{p.st}^{p.zip}^USA||{ph}|||||{acct}|{ssn}")
    return "hl7", (
        "Mirth is throwing 'Index 18 out of bounds' when I parse PID-19. Here's the raw message, what field am I "
        "miscounting?\n\n" + seg.replace("\r", "\n"))


@tpl
def t_csv_dates(c):
    rows = []
    for _ in range(3):
        p = c.person(no_apos=True)
        rows.append(f"{c.mrn('d7')},{c.nm(p, 'last')},{c.add('name', p.first)},{c.dob(p, 'us_short')},{p.zip}")
    return "csv", (
        "pandas read_csv is turning my dob column into weird objects and some rows come out as NaT. Sample:\n\n"
        "mrn,last,first,dob,zip\n" + "\n".join(rows) + "\n\nI'm using parse_dates=['dob']. How do I force the format?")


@tpl
def t_curl(c):
    p = c.person(no_apos=True)
    f = c.add("name", p.first)
    l = c.add("name", p.last)
    dob = c.dob(p, "iso")
    ssn = c.ssn("dash")
    em = c.email(p)
    return "curl", (
        f"Why does this return 422 Unprocessable Entity?\n\n"
        f"curl -X POST https://api.intake-staging.carepoint.io/v2/patients \\\n  -H 'Authorization: Bearer $TOKEN' \\\n"
        f"  -H 'Content-Type: application/json' \\\n"
        f"  -d '{{\"firstName\":\"{f}\",\"lastName\":\"{l}\",\"dateOfBirth\":\"{dob}\",\"ssn\":\"{ssn}\",\"email\":\"{em}\"}}'\n\n"
        f"response: {{\"error\":\"validation_failed\",\"field\":\"dateOfBirth\"}}")


@tpl
def t_python_dict(c):
    p = c.person()
    name = c.nm(p, "fl")
    dob = c.dob(p, "us")
    mrn = c.mrn()
    ph = c.phone(p, "dot")
    payer, hp = c.hpid()
    return "python", (
        f"How would I validate this with pydantic v2 so the phone gets normalized to E.164?\n\n"
        f"patient = {{\n    \"name\": \"{name}\",\n    \"dob\": \"{dob}\",\n    \"mrn\": \"{mrn}\",\n"
        f"    \"phone\": \"{ph}\",\n    \"insurance\": {{\"payer\": \"{payer}\", \"member_id\": \"{hp}\"}},\n}}")


@tpl
def t_ehr_error(c):
    p = c.person()
    ssn = c.ssn()
    dob = c.dob(p, "us")
    name = c.nm(p, "LF")
    return "ehr-error", (
        f"Our Cerner -> HIE feed bounced this back overnight, what does it mean and who fixes it, us or the HIE?\n\n"
        f"ERR 4093 PATIENT MATCH AMBIGUOUS: demographics {name} / {dob} / SSN {ssn} matched 2 MPI records "
        f"(score 0.91, 0.88). Message held for manual reconciliation.")


@tpl
def t_support_ticket(c):
    p = c.person()
    name = c.nm(p, "fl")
    em = c.email(p)
    ip = c.ip()
    return "support-ticket", (
        f"Ticket #48213 — Priority: High\nReporter: front desk\n\nPatient {name} ({em}) can't log into the portal; "
        f"says the MFA code never arrives. Our audit log shows 6 failed attempts from {ip} in the last hour and then "
        f"the account locked. Should I unlock it or is this an attack? Write me a reply to the patient too.")


@tpl
def t_email_colonoscopy(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    em = c.email(p)
    d = c.date(c.event_date(datetime.date(2025, 3, 3), datetime.date(2025, 6, 30)), "long")
    return "email-to-patient", (
        f"Help me write a friendly email to {name} ({em}) reminding her about her colonoscopy on {d}. "
        f"She needs to start clear liquids the day before and the split-dose prep at 6 pm. Keep it warm, not scary, "
        f"and mention she needs a driver.")


@tpl
def t_email_hi_first(c):
    p = c.person()
    em = c.email(p)
    first = c.nm(p, "first")
    last = c.add("name", p.last)
    return "email-to-patient", (
        f"Can you polish this before I send it?\n\nTo: {em}\nSubject: Your lab results\n\n"
        f"Hi {first}, your A1c came back at 7.1 which is a nice improvement from last time. Dr. Yoon wants to keep the "
        f"metformin the same. Let us know if you have questions. - Nurse Kim\n\n"
        f"(patient last name is {last}, in case the greeting should be more formal)")


@tpl
def t_referral(c):
    p = c.person(ages=(40, 80))
    name = c.nm(p, "fl")
    dob = c.dob(p, "long")
    a = c.addr(p, "comma")
    ph = c.phone(p)
    payer, hp = c.hpid()
    npi = c.npi()
    return "referral-letter", (
        f"Please make this referral letter sound more professional:\n\n"
        f"Dear {c.clin()},\n\nI am referring {name}, DOB {dob}, of {a}, phone {ph}, for evaluation of a 2.1 cm "
        f"left thyroid nodule, TI-RADS 4, FNA Bethesda III. Insurance: {payer}, ID {hp}.\n\n"
        f"Thanks,\n{c.clin()} (NPI {npi})")


@tpl
def t_discharge_summary(c):
    p = c.person(ages=(50, 88))
    name = c.nm(p, "LF")
    mrn = c.mrn()
    adm_d = c.event_date()
    adm = c.date(adm_d, "us")
    dis = c.date(adm_d + datetime.timedelta(days=c.r.randint(2, 9)), "us")
    return "discharge-summary", (
        f"Summarize this for the PCP in 5 bullet points:\n\nDISCHARGE SUMMARY\nPatient: {name}\nMRN: {mrn}\n"
        f"Admit date: {adm}   Discharge date: {dis}\nAttending: {c.clin()}\n"
        f"Dx: NSTEMI, s/p PCI w/ DES to LAD. Course c/b AKI (Cr peak 2.3, baseline 1.1), resolved with IVF.\n"
        f"Dispo: home w/ HH. Meds: ticagrelor 90 BID, ASA 81, atorva 80, metoprolol 25 BID. Cardiac rehab referral placed.")


@tpl
def t_research_email(c):
    p = c.person(sex="F")
    sid = c.pid("subj")
    name = c.nm(p, "fl")
    dob = c.dob(p)
    em = c.email(p)
    return "research", (
        f"I'm a research coordinator. Participant {sid} in our lipid study is actually {name} (DOB {dob}). "
        f"She asked for her individual LDL results. Can I just email them to {em}, or does the consent form "
        f"need to cover that? The IRB protocol says results are not returned to participants.")


@tpl
def t_research_linkage(c):
    p1, p2 = c.person(), c.person()
    s1, s2 = c.pid("subj"), c.pid("subj")
    m1, m2 = c.mrn(), c.mrn()
    n1, n2 = c.nm(p1, "lf"), c.nm(p2, "lf")
    return "research", (
        f"For the data safety report I need to reconcile these two SAEs. Which columns should go in the de-identified "
        f"version sent to the DSMB?\n\n| subject | MRN | name | event |\n|---|---|---|---|\n"
        f"| {s1} | {m1} | {n1} | grade 3 neutropenia |\n| {s2} | {m2} | {n2} | hospitalization, pneumonia |")


@tpl
def t_sloppy_refill(c):
    p = c.person(sex="F")
    name = c.nm(p, "lower")
    dob = c.dob(p, "us2")
    mrn = c.mrn("d7")
    return "sloppy", (
        f"pt {name} dob {dob} mrn {mrn} keeps calling abt her refill of gabapentin, says pharmacy never got it. "
        f"i see it was e-prescribed tues. whats the best way to document this so it doesnt look like we ignored her lol")


@tpl
def t_caps_block(c):
    p = c.person()
    name = c.nm(p, "LF")
    dob = c.dob(p, "us")
    ssn = c.ssn("dash")
    a = c.addr(p, "upper")
    return "caps", (
        f"can you reformat this old mainframe printout into a normal table?\n\n"
        f"PATIENT: {name}    DOB: {dob}    SEX: {p.sex}\nSSN: {ssn}\nADDR: {a}\n"
        f"ADM DX: 486 PNEUMONIA ORGANISM NOS    ATTN: {c.clin().upper()}")


@tpl
def t_family_bill(c):
    p = c.person(sex="M", ages=(70, 89))
    name = c.nm(p, "fl")
    dob = c.dob(p, c.pick(["us", "long"]))
    acct = c.acct()
    return "family", (
        f"my dad {name} (born {dob}) got a bill from the hospital for $3,812 for an ER visit that Medicare should "
        f"have covered. The account # on the bill is {acct}. Can you help me write a dispute letter? he's not "
        f"great with phones so I'm handling it")


@tpl
def t_personal_mbi(c):
    p = c.person(ages=(66, 89))
    m = c.mbi()
    dob = c.dob(p, "us_short")
    return "family", (
        f"ok so the pharmacy keeps saying my part D isn't active. here's what's on my red white and blue card: {m}. "
        f"I was born {dob}. I enrolled in october during open enrollment. what should I say when I call them tomorrow?")


@tpl
def t_pharmacy_npi(c):
    p = c.person()
    name = c.nm(p, "fl")
    dob = c.dob(p)
    npi = c.npi()
    return "pharmacy", (
        f"Claim rejecting with NCPDP reject 56 'Non-matched prescriber ID'. Rx for {name}, DOB {dob}, "
        f"Eliquis 5 mg #60, prescriber NPI {npi}. The NPI looks right on the script. What else could cause a 56?")


@tpl
def t_prior_auth(c):
    p = c.person()
    name = c.nm(p, "fl")
    payer, hp = c.hpid()
    npi = c.npi()
    dob = c.dob(p, "iso")
    return "prior-auth", (
        f"Fill in the clinical rationale section of this PA for Humira (adalimumab) 40 mg q2wk:\n"
        f"Patient: {name} | DOB: {dob} | {payer} member {hp}\nPrescriber NPI: {npi}\n"
        f"Dx: L40.50 psoriatic arthritis. Failed methotrexate 20 mg weekly x 4 mo (transaminitis) and sulfasalazine.")


@tpl
def t_scheduling(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    ph = c.phone(p)
    d = c.date(c.event_date(datetime.date(2025, 3, 3), datetime.date(2025, 5, 30)), c.pick(["us", "long"]))
    return "scheduling", (
        f"{name} called from {ph}, wants to move her breast MRI from {d} to any afternoon the week after. "
        f"She's claustrophobic and asked about oral lorazepam — write me a short callback script.")


@tpl
def t_device_alert(c):
    p = c.person(ages=(60, 89))
    desc, ser = c.dev((0, 1, 5))
    name = c.nm(p, "lf")
    mrn = c.mrn()
    return "device", (
        f"Remote monitoring alert came in overnight:\n\nDevice: {desc}  SN {ser}\nPatient: {name}  MRN {mrn}\n"
        f"Event: AT/AF burden 18.2% (prev 0.4%), longest episode 14h 32m, V-rate controlled.\n\n"
        f"Does this need same-day action if the patient isn't anticoagulated? Write the message to the EP on call.")


@tpl
def t_cpap(c):
    p = c.person(sex="M", ages=(40, 75))
    name = c.nm(p, c.pick(["fl", "title"]))
    desc, ser = c.dev((3,))
    return "device", (
        f"Insurance needs 90-day compliance for {name}. His machine ({desc}, serial {ser}) shows usage >=4h on 58% of "
        f"nights, AHI 3.1, large leak 11%. He's under the 70% rule — what can we try in the next 30 days?")


@tpl
def t_vin_auto(c):
    p = c.person()
    name = c.nm(p, "fl")
    vin = c.vin()
    clm = c.claim()
    dob = c.dob(p)
    return "billing", (
        f"MVA case for PIP billing: patient {name}, DOB {dob}, was the driver. Auto carrier claim {clm}, "
        f"vehicle VIN {vin}. Our system wants the VIN in loop 2300 — which segment of the 837P does that go in, "
        f"or does it go on the paper CMS-1500 box 10b only?")


@tpl
def t_vin_lot(c):
    p = c.person()
    vin = c.vin()
    name = c.nm(p, "lf")
    return "security", (
        f"Security asked me to write up an incident: a car was left in the ED ambulance bay for 3 days. VIN {vin} "
        f"traced back to {name}, who was admitted to 6 West the night it showed up. Draft a polite letter to the "
        f"patient's family about moving it, without mentioning anything clinical.")


@tpl
def t_license_checkin(c):
    p = c.person(sex="F")
    st, dl = c.dl(p.st)
    name = c.nm(p, "fl")
    dob = c.dob(p, "us")
    return "registration", (
        f"At check-in the name on the ID doesn't match the insurance card. ID: {st} driver license {dl}, "
        f"{name}, DOB {dob}. Insurance card has her maiden name. What's the right registration workflow?")


@tpl
def t_license_dmv(c):
    p = c.person(ages=(18, 70))
    name = c.nm(p, "fl")
    st, dl = c.dl()
    return "forms", (
        f"I'm filling out the DMV medical review form for {name} after a first seizure last month. "
        f"Their license number is {dl} ({st}). Which state rule applies for the seizure-free interval, and what do I "
        f"put in the 'physician recommendation' section?")


@tpl
def t_ip_mychart(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    ip1 = c.ip()
    ip2 = c.ip()
    return "security", (
        f"Privacy office question: {name}'s MyChart shows logins from {ip1} (her home, per her) and {ip2}, "
        f"which she says isn't her. Her ex-husband may know her password. What should we do right now and what "
        f"do we document?")


@tpl
def t_url_caringbridge(c):
    p = c.person(sex="F", ages=(45, 80))
    u = c.url(p, 0)
    return "family", (
        f"can you read my aunt's update on {u} and help me write a short encouraging reply? she just finished round 4 "
        f"of chemo and the post says her counts are low")


@tpl
def t_url_portal(c):
    p = c.person()
    u = c.url(p, c.pick([2, 3]))
    name = c.nm(p, "fl")
    return "support-ticket", (
        f"This deep link we send in the visit summary email 404s after login: {u}\n"
        f"Reported by {name}. Is it because the session redirect drops the query string?")


@tpl
def t_cc_phone(c):
    p = c.person(sex="F")
    name = c.nm(p, "lf")
    brand, cc = c.cc()
    return "billing", (
        f"Patient paid her copay over the phone. I wrote down: {name} — {brand.upper()} {cc} exp 11/26 cvv on sticky. "
        f"What's the PCI-compliant way to store this in our spreadsheet so we can charge the rest next month?")


@tpl
def t_cc_stripe(c):
    p = c.person(no_apos=True)
    _, cc = c.cc("plain")
    acct = c.acct()
    em = c.email(p)
    return "log-line", (
        f"Stripe webhook logged this — why is the charge declined when the card is valid?\n\n"
        f"[payments] 2025-01-14 09:12:44 WARN charge.failed acct={acct} customer_email={em} "
        f"card_number={cc} decline_code=do_not_honor amount=28500\n\n"
        f"(yes I know we shouldn't be logging full PANs, that's the next ticket)")


@tpl
def t_mbi_270(c):
    p = c.person(ages=(66, 89), no_apos=True)
    m = c.mbi(dashed=False)
    l = c.add("name", p.last.upper())
    f = c.add("name", p.first.upper())
    dob = c.dob(p, "hl7")
    name = c.nm(p, "fl")
    return "edi", (
        f"Our 270 eligibility inquiry comes back AAA*Y**75*C (subscriber not found). Here is what we sent:\n\n"
        f"NM1*IL*1*{l}*{f}****MI*{m}~\nDMG*D8*{dob}~\n\n"
        f"Registration has the patient as {name}. Is the name format wrong or is it the MBI?")


@tpl
def t_x12_837(c):
    p = c.person(no_apos=True)
    l = c.add("name", p.last.upper())
    f = c.add("name", p.first.upper())
    payer, hp = c.hpid()
    dob = c.dob(p, "hl7")
    clm = c.claim("clm")
    st = c.addr(p, "street").upper()
    c.plants[-1]["value"] = st
    npi = c.npi()
    return "edi", (
        f"Clearinghouse rejects with 'Subscriber address incomplete'. Relevant 837P loops:\n\n"
        f"NM1*IL*1*{l}*{f}****MI*{hp}~\nN3*{st}~\nN4*{p.city.upper()}*{p.st}*{p.zip}~\nDMG*D8*{dob}*{p.sex}~\n"
        f"CLM*{clm}*385***11:B:1*Y*A*Y*Y~\nNM1*82*1*{c.pick(['OKONKWO', 'FELDMAN', 'YOON'])}*ADAEZE****XX*{npi}~\n\n"
        f"N4 looks complete to me?")


@tpl
def t_835_era(c):
    p = c.person(no_apos=True)
    clm = c.claim()
    nm = c.add("name", p.last.upper())
    fn = c.add("name", p.first.upper())
    payer, hp = c.hpid()
    return "edi", (
        f"How do I read this ERA remittance? Why is the patient responsibility 0 when there's a CO-45?\n\n"
        f"CLP*{clm}*1*420*188.62**12*{c.claim('d13')}*11*1~\nNM1*QC*1*{nm}*{fn}****MI*{hp}~\n"
        f"CAS*CO*45*231.38~\nSVC*HC:99214*420*188.62**1~")


@tpl
def t_voicemail(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    dob = c.dob(p, "spoken")
    ph = c.phone(p, c.pick(["dash", "plain"]))
    return "transcript", (
        f"Clean up this voicemail transcription into a phone message note:\n\n\"hi um this is {name}, "
        f"date of birth {dob}, I'm calling about my, um, the blood thinner, the coumadin, I think I took two "
        f"last night by accident and my gums are bleeding a little, can someone call me back at {ph}, thanks\"\n\n"
        f"also should this be triaged urgent?")


@tpl
def t_case_mgmt(c):
    p = c.person(ages=(65, 89))
    name = c.nm(p, c.pick(["title", "fl"]))
    a = c.addr(p)
    ph = c.phone(p)
    return "case-management", (
        f"SW note draft: {name} lives alone at {a}, 3rd floor walk-up, no elevator. Home phone {ph} frequently "
        f"disconnected. Declines SNF. Has HHA 4h/day through Medicaid waiver. Please rewrite as a discharge-barriers "
        f"assessment and list services we should try to set up.")


@tpl
def t_records_request(c):
    p = c.person()
    name = c.nm(p, "fl")
    dob = c.dob(p, "us")
    ssn = c.ssn()
    return "legal", (
        f"HIM question: we got a subpoena (not a court order) from an attorney for all records on {name}, "
        f"DOB {dob}, SSN {ssn}, including behavioral health notes. There's no patient authorization attached. "
        f"What can we release under HIPAA and what about the 42 CFR Part 2 SUD notes?")


@tpl
def t_death_cert(c):
    p = c.person(ages=(55, 89))
    name = c.nm(p, "flm")
    dob = c.dob(p, "long")
    dod = c.date(style="long")
    ssn = c.ssn()
    return "forms", (
        f"Help me phrase the cause of death chain for the certificate:\nDecedent: {name}\nDOB: {dob}\n"
        f"Date of death: {dod}\nSSN: {ssn}\nHx: metastatic pancreatic adenocarcinoma, developed bilateral PE, "
        f"then cardiac arrest. Should PE be Part I or Part II?")


@tpl
def t_critical_lab(c):
    p = c.person()
    name = c.nm(p, c.pick(["LF", "lf"]))
    mrn = c.mrn()
    d = c.event_date()
    col = c.date(d, "us")
    return "lab-result", (
        f"CRITICAL VALUE called 04:12: K+ 6.8 mmol/L (hemolyzed? lab says no) on {name}, MRN {mrn}, collected {col} "
        f"03:40. Pt on lisinopril + spironolactone, Cr 2.4. What are the immediate orders, in order?")


@tpl
def t_radiology(c):
    p = c.person()
    name = c.nm(p, "LF")
    mrn = c.mrn()
    exam = c.date(style="us")
    acc = c.acct("d8")
    return "radiology", (
        f"Explain this report to me like I'm a patient (it's mine):\n\nPATIENT: {name}  MRN: {mrn}  ACCT: {acc}\n"
        f"EXAM: CT CHEST W/O CONTRAST  DATE: {exam}\nIMPRESSION: 7 mm solid nodule RLL. Fleischner: low-risk pt, "
        f"optional CT at 12 months; high-risk, CT at 6-12 months then 18-24 months.")


@tpl
def t_dental(c):
    p = c.person(ages=(8, 17))
    g = c.person(sex="F", ages=(32, 50))
    g.last = p.last
    child = c.nm(p, "fl")
    gname = c.nm(g, "fl")
    payer, hp = c.hpid(c.pick(["Cigna", "Aetna", "UnitedHealthcare"]))
    dob = c.dob(p, "us")
    return "billing", (
        f"Dental claim for {child} (DOB {dob}) denied for frequency on D1206 fluoride varnish. Subscriber is mom, "
        f"{gname}, ID {hp}. They had one at the school program in the fall. Can we bill the parent?")


@tpl
def t_workers_comp(c):
    p = c.person(sex="M", ages=(22, 60))
    name = c.nm(p, "fl")
    clm = c.claim()
    inj = c.date(style="us")
    ssn = c.ssn()
    return "billing", (
        f"Workers' comp adjuster says they need the SSN and claim # on every bill page. Claimant {name}, "
        f"date of injury {inj}, WC claim {clm}, SSN {ssn}. Is it OK to fax these to the adjuster without a signed "
        f"authorization? I thought WC was an exception.")


@tpl
def t_insurance_call(c):
    p = c.person()
    payer, hp = c.hpid()
    clm = c.claim()
    name = c.nm(p, "lf")
    ref = c.digits(9, True)
    return "billing", (
        f"call notes, please turn into a clean account note:\ncalled {payer.lower()} re {name} mbr {hp} clm {clm} "
        f"- rep said pended for itemized bill, ref# {ref}, fax to the number on the denial letter w/ cover, 30 day turnaround. "
        f"rep name Tasha.")


@tpl
def t_jira_dupes(c):
    p = c.person(no_apos=True)
    n1 = c.nm(p, "lf")
    n2 = c.add("name", f"{p.last}, {p.first} {p.mi}")
    m1, m2 = c.mrn("d8"), c.mrn("d8")
    dob = c.dob(p, "iso")
    return "support-ticket", (
        f"BUG-4412: EMPI creating duplicate patients when middle initial present\n\nRepro: '{n1}' MRN {m1} and "
        f"'{n2}' MRN {m2}, same DOB {dob}, same address. Matching weight on middle name is too high?\n\n"
        f"How should I tune a Fellegi-Sunter matcher so middle initials don't split records?")


@tpl
def t_regex(c):
    p = c.person()
    pid = c.pid("pt")
    name = c.nm(p, "lf")
    dob = c.dob(p, "iso")
    return "regex", (
        f"my regex doesn't capture the name when there's a hyphen or apostrophe:\n\n"
        f"line = \"PT ID: {pid} | {name} | {dob}\"\npattern = r\"PT ID: (\\S+) \\| (\\w+), (\\w+) \\| (\\d{{4}}-\\d{{2}}-\\d{{2}})\"\n\n"
        f"what's a better pattern?")


@tpl
def t_excel(c):
    rows = []
    for _ in range(2):
        p = c.person()
        rows.append(f"{c.nm(p, 'lf')} {c.dob(p, 'us')}")
    return "spreadsheet", (
        f"In Excel column A has stuff like \"{rows[0]}\" and \"{rows[1]}\". How do I split into last name, "
        f"first name and DOB columns with a formula (no VBA)?")


@tpl
def t_fixture(c):
    p = c.person(no_apos=True)
    name = c.nm(p, "fl")
    mrn = c.mrn()
    dob = c.dob(p, "iso")
    ph = c.phone(p, "e164")
    a = c.addr(p, "comma")
    return "python", (
        f"I'm writing pytest fixtures. I pulled one real record from prod so the test is realistic — is this "
        f"factory_boy setup right?\n\n"
        f"class PatientFactory(factory.Factory):\n    class Meta:\n        model = Patient\n"
        f"    name = \"{name}\"\n    mrn = \"{mrn}\"\n    dob = date.fromisoformat(\"{dob}\")\n"
        f"    phone = \"{ph}\"\n    address = \"{a}\"")


@tpl
def t_translate(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    d = c.date(c.event_date(datetime.date(2025, 3, 3), datetime.date(2025, 6, 30)), "long")
    ph = c.phone(p)
    return "translation", (
        f"Translate to Spanish for the patient, keep it simple: \"{name}, your ultrasound is scheduled for {d} at "
        f"9:30 am. Please drink 32 oz of water an hour before. We will call you at {ph} the day before to confirm.\"")


@tpl
def t_peds(c):
    p = c.person(ages=(2, 6))
    m = c.person(sex="F", ages=(24, 40))
    m.last = p.last
    child = c.nm(p, "fl")
    dob = c.dob(p, "us")
    mom = c.nm(m, "first")
    ph = c.phone(m)
    return "clinical-note", (
        f"{p.age} y/o {child} (DOB {dob}) seen for 3rd AOM in 6 months. Mom {mom} ({ph}) asking about tubes. "
        f"Is 3 in 6 months the threshold for ENT referral per AAP, or is it 4 in 12? Draft a reply to mom.")


@tpl
def t_ob(c):
    p = c.person(sex="F", ages=(19, 40))
    name = c.nm(p, "fl")
    mrn = c.mrn()
    edd = c.date(c.event_date(datetime.date(2025, 4, 1), datetime.date(2025, 9, 30)), "us")
    return "clinical-note", (
        f"{name}, MRN {mrn}, G2P1001 at 32w1d by 8wk US, EDD {edd}. 1h GTT 168, 3h GTT 2/4 abnormal. "
        f"Starting diet + QID fingersticks. When do you start insulin vs metformin per ACOG, and when should growth "
        f"scans start?")


@tpl
def t_psych(c):
    p = c.person(ages=(18, 40))
    name = c.nm(p, "fl")
    dob = c.dob(p, "us_short")
    ph = c.phone(p)
    return "clinical-note", (
        f"Crisis line follow-up: {name}, DOB {dob}, C-SSRS positive for ideation without plan on yesterday's call. "
        f"Cell {ph}. Safety plan done. What's the standard for follow-up contact timing after an ED discharge "
        f"for SI, and can I text them?")


@tpl
def t_home_health(c):
    p = c.person(ages=(70, 89))
    name = c.nm(p, c.pick(["title", "fl"]))
    a = c.addr(p, c.pick(["comma", "lower"]))
    return "home-health", (
        f"home visit tmrw 10am for {name} at {a} — gate code 4471#, dog in yard. wound vac change, stage 3 sacral. "
        f"what supplies do I bring for a 125 mmHg continuous setting, medium foam?")


@tpl
def t_ambulance(c):
    p = c.person(sex="M", ages=(40, 80))
    name = c.nm(p, "LF")
    a = c.addr(p, "upper")
    dob = c.dob(p, "us")
    return "ems", (
        f"Check my run report narrative for QA:\n\nDispatched to {a} for male c/o chest pain. Pt identified as {name}, "
        f"DOB {dob}. 12-lead shows STE II, III, aVF. ASA 324 chewed, NTG held for SBP 96. STEMI alert to {c.fac()}. "
        f"Is withholding nitro correct with inferior STEMI?")


@tpl
def t_vxu(c):
    p = c.person(ages=(1, 12))
    nm = c.nm(p, "hl7")
    dob = c.dob(p, "hl7")
    mrn = c.mrn()
    return "hl7", (
        f"State IIS rejected our VXU with 'PID-7 birth date after vaccination date'. Message:\n\n"
        f"PID|1||{mrn}^^^NCH^MR||{nm}||{dob}|{p.sex}\nORC|RE||197023^DCS\n"
        f"RXA|0|1|20240112||08^HepB ped^CVX|0.5|mL||00^new immunization record^NIP001\n\n"
        f"The RXA-3 looks right. What am I missing?")


@tpl
def t_hie_query(c):
    p = c.person(no_apos=True)
    f = c.add("name", p.first)
    l = c.add("name", p.last)
    dob = c.dob(p, "iso")
    ph = c.phone(p, "dash")
    return "json", (
        f"Carequality patient discovery keeps returning 'no match' for this query, too strict?\n\n"
        f"{{\"given\": \"{f}\", \"family\": \"{l}\", \"birthdate\": \"{dob}\", \"gender\": \"{p.sex}\", "
        f"\"postalCode\": \"{p.zip}\", \"telecom\": \"{ph}\"}}\n\nWhich of these fields are required by the XCPD spec?")


@tpl
def t_collections(c):
    p = c.person()
    name = c.nm(p, "fl")
    acct = c.acct()
    a = c.addr(p)
    return "billing", (
        f"Before we send {name} (acct {acct}, balance $2,431.18) to collections — mail came back from {a} marked "
        f"'no longer at this address'. Does the No Surprises Act or our charity care policy require another attempt?")


@tpl
def t_fax_cover(c):
    p = c.person()
    name = c.nm(p, "fl")
    dob = c.dob(p)
    ph = c.phone(p)
    return "fax", (
        f"Write a fax cover sheet with a HIPAA confidentiality notice. RE: {name}, DOB {dob}. Contents: last 2 "
        f"office notes, med list, echo. Patient callback {ph}. Sending to the cardiology office, 6 pages.")


@tpl
def t_chatbot(c):
    p = c.person()
    em = c.email(p)
    ph = c.phone(p)
    pid = c.pid()
    return "transcript", (
        f"Our symptom-checker bot transcript got flagged — is the escalation logic right?\n\n"
        f"[user]: my chest hurts when I walk up stairs and my left arm feels heavy\n"
        f"[bot]: I'm sorry to hear that. Can you confirm your email and phone so a nurse can reach you?\n"
        f"[user]: {em} {ph}\n[bot]: Thanks! Your patient ID {pid} has been added to the callback queue (est. 4 hrs).\n\n"
        f"Shouldn't that have told them to call 911?")


@tpl
def t_slack(c):
    p = c.person()
    name = c.nm(p, c.pick(["fl", "lf"]))
    mrn = c.mrn()
    d = c.date(style="us_short")
    return "chat", (
        f"@channel anyone know why {name}'s ({mrn}) labs from the {d} outside draw never crossed into Epic? "
        f"Quest says they sent the ORU. is there a way to search the interface error queue by MRN?")


@tpl
def t_adt_a03(c):
    p = c.person(no_apos=True)
    nm = c.nm(p, "hl7")
    mrn = c.mrn()
    acct = c.acct("d10")
    adm_d = c.event_date()
    adm = c.add("date", adm_d.strftime("%Y%m%d") + "0915")
    dis = c.add("date", (adm_d + datetime.timedelta(days=4)).strftime("%Y%m%d") + "1340")
    return "hl7", (
        f"Downstream system shows the patient still admitted after this A03. Is PV1-45 in the wrong place?\n\n"
        f"MSH|^~\\&|ADT|LMC|BEDBOARD|LMC|202406111200||ADT^A03|88213|P|2.3\nEVN|A03|202406111200\n"
        f"PID|1||{mrn}^^^LMC^MR||{nm}||{c.dob(p, 'hl7')}|{p.sex}\n"
        f"PV1|1|I|6W^612^A||||||||||||||||{acct}|||||||||||||||||||||||||{adm}|{dis}")


@tpl
def t_eob_personal(c):
    p = c.person()
    payer, hp = c.hpid()
    clm = c.claim()
    d = c.date(style="us")
    return "family", (
        f"my EOB from {payer} says claim {clm} for my {d} urgent care visit was 'processed as out of network' but "
        f"the clinic is literally on their website as in network. member id {hp}. what do I say on the appeal form?")


@tpl
def t_rounding_list(c):
    lines = []
    for i in range(4):
        p = c.person()
        lines.append(f"{610 + i} {c.nm(p, 'lf')} {p.age}{p.sex} - {c.pick(['CHF exac', 'PNA', 'DKA resolving', 'GI bleed', 'cellulitis', 'COPD exac'])}")
    return "handoff", (
        "sort my rounding list by acuity and suggest who could be discharged today:\n\n" + "\n".join(lines) +
        "\n\n(612 still on BiPAP at night, 613 hgb stable x2)")


@tpl
def t_insulin_pump(c):
    p = c.person(sex="F", ages=(25, 70))
    name = c.nm(p, "first")
    desc, ser = c.dev((2, 6))
    return "family", (
        f"My wife {name}'s pump ({desc}) keeps giving an occlusion alarm at night. serial on the back is {ser} if that "
        f"matters for the recall lookup. Is this the cannula or the reservoir, and is it safe to keep using until "
        f"the replacement ships?")


@tpl
def t_telehealth(c):
    p = c.person()
    name = c.nm(p, "fl")
    u = c.url(p, 5)
    ph = c.phone(p)
    return "email-to-patient", (
        f"Write a text message to {name} at {ph} with their video visit link {u} — tell them to join 10 min early "
        f"and to have their med bottles ready.")


@tpl
def t_gofundme(c):
    p = c.person(sex="M", ages=(20, 60))
    u = c.url(p, 1)
    return "family", (
        f"I'm making a fundraiser for my brother's treatment: {u}. Can you rewrite the story section so it's "
        f"moving but doesn't oversell? He was diagnosed in March, stage III, starting CAR-T next month.")


@tpl
def t_facebook_url(c):
    p = c.person(sex="F")
    u = c.url(p, 4)
    name = c.nm(p, "fl")
    return "social-media", (
        f"A patient posted about us on Facebook complaining about her wait time ({u} — {name}). Our marketing "
        f"person wants to reply mentioning her visit. Is confirming she was a patient a HIPAA violation?")


@tpl
def t_fmla(c):
    p = c.person(ages=(25, 60))
    name = c.nm(p, "fl")
    dob = c.dob(p, "us")
    d1 = c.event_date()
    s = c.date(d1, "us")
    e = c.date(d1 + datetime.timedelta(days=c.r.randint(14, 60)), "us")
    return "forms", (
        f"FMLA certification (WH-380-E) for {name}, DOB {dob}. Incapacity from {s} through {e} after lumbar "
        f"microdiscectomy. Intermittent PT 2x/wk after that for 8 weeks. How should I phrase Part III so HR doesn't "
        f"bounce it back?")


@tpl
def t_school_nurse(c):
    p = c.person(ages=(6, 14))
    name = c.nm(p, "fl")
    dob = c.dob(p, "us")
    par = c.person(ages=(30, 50))
    par.last = p.last
    pph = c.phone(par)
    pem = c.email(par)
    return "school", (
        f"School nurse here. {name} ({dob}) had a reaction at lunch, hives + lip swelling, gave EpiPen Jr at 12:10. "
        f"Parent reachable at {pph} / {pem}. Help me write the incident report and the note to parents.")


@tpl
def t_graphql(c):
    p = c.person(no_apos=True)
    pid = c.pid("hex")
    em = c.email(p)
    return "graphql", (
        f"Apollo keeps returning null for `patient` here:\n\n"
        f"query GetPatient($id: ID!) {{ patient(id: $id) {{ name birthDate contact {{ email }} }} }}\n\n"
        f"variables: {{\"id\": \"{pid}\"}}\n\nthe resolver log says `lookup ok for {em}` so the record exists. "
        f"Is it an auth directive issue?")


@tpl
def t_mongo(c):
    p = c.person(no_apos=True)
    ssn = c.ssn("dash")
    name = c.nm(p, "fl")
    return "nosql", (
        f"db.patients.find({{ \"demographics.ssn\": \"{ssn}\" }}) is slow (COLLSCAN, 9M docs). Should I index the "
        f"ssn field or hash it first? The doc for {name} took 4.2 s to come back.")


@tpl
def t_http_response(c):
    p = c.person(no_apos=True)
    pid = c.pid()
    name = c.nm(p, "fl")
    em = c.email(p)
    ph = c.phone(p, "e164")
    body = json.dumps({"id": pid, "displayName": name, "email": em, "mobile": ph, "consentSms": False}, indent=2)
    return "json", (
        f"Our Twilio reminder job skips some patients. GET /api/patients/{pid} returns:\n\n{body}\n\n"
        f"is consentSms=false the reason or is the phone format the issue?")


@tpl
def t_salesforce(c):
    p = c.person()
    name = c.nm(p, "fl")
    em = c.email(p)
    ph = c.phone(p)
    a = c.addr(p)
    return "crm", (
        f"In Salesforce Health Cloud, the Person Account for {name} (email {em}, mobile {ph}, mailing address {a}) "
        f"got merged with a different patient. How do I unmerge and which related records (care plans, episodes) "
        f"will I lose?")


@tpl
def t_lastfirst_only(c):
    p = c.person(sex="M", ages=(50, 89))
    name = c.nm(p, "LFM")
    return "clinical-note", (
        f"{name} — 3 days of melena, Hgb 6.9 from 11.2, on apixaban + naproxen. Glasgow-Blatchford score? "
        f"And how soon should scope happen if he's hemodynamically stable after 2 units?")


@tpl
def t_no_keyword_phone(c):
    p = c.person(sex="F", ages=(65, 89))
    ph = c.phone(p, c.pick(["dash", "paren"]))
    first = c.nm(p, "first")
    return "family", (
        f"can you write a short text I can send my mom reminding her about her chemo tomorrow at 8? her number is "
        f"{ph}, and she likes when I call her {first}-bear lol. she gets anxious so keep it upbeat")


@tpl
def t_no_keyword_ssn(c):
    p = c.person(sex="M", ages=(62, 89))
    ssn = c.ssn()
    name = c.nm(p, "fl")
    return "family", (
        f"Filling out my father's SSDI appeal online. The form rejects {ssn} in the first field — it's the number on his "
        f"card, I double checked. His name is {name}. Does the form need no dashes?")


@tpl
def t_no_keyword_dob_addr(c):
    p = c.person(ages=(25, 45))
    a = c.addr(p, c.pick(["comma", "nocomma"]))
    dob = c.dob(p, "us")
    return "family", (
        f"I'm filling out the new-patient packet for my first appointment and I'm not sure what goes where: "
        f"I put {dob} and {a} on page 1 but the portal says 'invalid'. Also what is 'preferred pharmacy' asking for?")


@tpl
def t_no_keyword_email(c):
    p = c.person()
    em = c.email(p)
    return "family", (
        f"I need to send my hospital records to my new cardiologist. The records office says they'll email them to "
        f"{em} — is that secure enough or should I ask for the portal? I have a pacemaker and they need the "
        f"interrogation reports.")


@tpl
def t_lowercase_multi(c):
    p = c.person()
    name = c.nm(p, "lower")
    ph = c.phone(p, "plain")
    em = c.email(p)
    mrn = c.mrn()
    return "sloppy", (
        f"ugh epic wont let me update contact info for {name} mrn {mrn}, new cell {ph} email {em}, says 'demographic "
        f"change requires registration role'. who do i even ask for that")


@tpl
def t_cms1500(c):
    p = c.person()
    name = c.nm(p, "LF")
    payer, hp = c.hpid()
    a = c.addr(p, "upper")
    dob = c.dob(p, "us")
    return "billing", (
        f"Paper claim got returned. Box 1a: {hp}  Box 2: {name}  Box 3: {dob} {p.sex}  Box 5: {a}. "
        f"Payer is {payer}. Return reason 'Insured ID invalid' — should box 1a include the prefix?")


@tpl
def t_bank_plan(c):
    p = c.person()
    name = c.nm(p, "fl")
    acct = c.acct()
    bank = c.acct("bank")
    return "billing", (
        f"Setting up a payment plan for {name}: hospital account {acct}, $150/mo autopay from checking, "
        f"routing 021000021, account {bank}. Which fields do I need on the ACH authorization form?")


@tpl
def t_npi_lookup(c):
    npi1 = c.npi()
    npi2 = c.npi()
    p = c.person()
    name = c.nm(p, "fl")
    clm = c.claim()
    return "billing", (
        f"Claim {clm} for patient {name} denied N290 'missing/invalid rendering provider'. We billed rendering NPI "
        f"{npi1} but the doctor says her NPI is {npi2}. How can both pass the check digit? How do I confirm which "
        f"is hers in NPPES?")


@tpl
def t_mbi_welcome(c):
    p = c.person(ages=(65, 80))
    name = c.nm(p, "fl")
    m = c.mbi()
    d = c.date(style="us")
    return "billing", (
        f"Welcome to Medicare visit (G0402) for {name}, MBI {m}, on {d}. Part B effective date is the first of that "
        f"month. Can we also bill 99397 the same day or does it have to be 99214 with modifier 25?")


@tpl
def t_kafka(c):
    p = c.person(no_apos=True)
    mrn = c.mrn()
    pid = c.pid("hex")
    name = c.nm(p, "fl")
    ip = c.ip()
    msg = json.dumps({"event": "portal.login", "patientId": pid, "mrn": mrn, "name": name, "src_ip": ip,
                      "ts": "2025-01-09T22:41:07Z"})
    return "log-line", (
        f"Consumer lag on topic portal-audit is growing. This message makes the deserializer throw "
        f"'Unrecognized field name':\n\n{msg}\n\nAvro schema is v3 which doesn't have `name`. Best way to evolve?")


@tpl
def t_traceback_py(c):
    p = c.person(no_apos=True)
    pid = c.pid("num")
    em = c.email(p)
    dob = c.dob(p, "iso")
    return "stack-trace", (
        f"Traceback (most recent call last):\n  File \"/app/reminders/send.py\", line 88, in run\n"
        f"    send_sms(rec[\"mobile\"], body)\nKeyError: 'mobile'\n\n"
        f"rec was {{'patient_id': {pid}, 'email': '{em}', 'dob': '{dob}', 'preferred': 'email'}}\n\n"
        f"should I use rec.get or check preferred channel first?")


@tpl
def t_oncology(c):
    p = c.person(ages=(45, 80))
    name = c.nm(p, "flm")
    mrn = c.mrn()
    dx = c.date(style="long")
    return "clinical-note", (
        f"Tumor board prep: {name}, MRN {mrn}, dx {dx} with cT3N1M0 rectal adenocarcinoma, MMR proficient. "
        f"TNT with FOLFOX then short-course RT vs long-course chemoRT — summarize RAPIDO vs PRODIGE-23 for me.")


@tpl
def t_hospice(c):
    p = c.person(sex="M", ages=(70, 89))
    name = c.nm(p, "title")
    a = c.addr(p)
    ph = c.phone(p)
    return "home-health", (
        f"Hospice on-call: {name}'s wife called from {ph} — he's at home ({a}), breathing pattern changed, "
        f"mottling of knees, not responsive. Write a calm script for what to tell her and when the nurse will arrive.")


@tpl
def t_interpreter(c):
    p = c.person()
    name = c.nm(p, "fl")
    mrn = c.mrn()
    return "scheduling", (
        f"Need a Vietnamese interpreter for {name} (MRN {mrn}) consent for thyroidectomy Thursday. Their son "
        f"usually interprets — is that allowed for informed consent or does it have to be a certified interpreter?")


@tpl
def t_transplant(c):
    p = c.person(ages=(30, 70))
    name = c.nm(p, "lf")
    dob = c.dob(p)
    unos = c.pid(c.pick(["p", "pid"]))
    payer, hp = c.hpid()
    return "clinical-note", (
        f"Kidney transplant eval packet: {name}, DOB {dob}, registry ID {unos}, {payer} {hp}. On HD since 2021, "
        f"cPRA 82%. What additional workup is standard for highly sensitized candidates before listing?")


@tpl
def t_patient_id_only(c):
    pid = c.pid()
    p = c.person()
    name = c.nm(p, "fl")
    return "support-ticket", (
        f"Kiosk check-in fails for {name}: it scans their wristband barcode as {pid} but the scheduling system has them "
        f"under a different ID after the merge last week. How do I re-link the wristband?")


@tpl
def t_pharmacy_sms(c):
    p = c.person()
    ph = c.phone(p, "plain")
    name = c.nm(p, "lower")
    dob = c.dob(p, "us2")
    return "pharmacy", (
        f"text from a patient to our pharmacy line: \"hi its {name} dob {dob}, can u refill my lisinopril, same as "
        f"always, text me at {ph} when ready\". what do we need to verify before filling from a text?")


@tpl
def t_ivf(c):
    p = c.person(sex="F", ages=(28, 42))
    name = c.nm(p, "fl")
    d = c.date(style="us")
    acct = c.acct()
    return "billing", (
        f"{name} had egg retrieval on {d}; her plan covers diagnostics but not IVF. Account {acct} shows the "
        f"anesthesia charge denied too. Is anesthesia for retrieval bundled with the excluded service?")


@tpl
def t_genetic(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    dob = c.dob(p)
    mrn = c.mrn()
    return "research", (
        f"Biobank question: {name} (DOB {dob}, MRN {mrn}) withdrew consent last week. Her samples already went to "
        f"the sequencing core. What's the standard for destroying samples vs just stopping future use under the "
        f"Common Rule?")


@tpl
def t_address_change(c):
    p = c.person()
    name = c.nm(p, "fl")
    old = c.addr(p)
    new = c.addr(p)
    return "registration", (
        f"{name} moved from {old} to {new}. Registration updated the address but statements still go to the old one. "
        f"Is there a separate guarantor address in Epic that also needs changing?")


@tpl
def t_ssn_in_csv(c):
    lines = []
    for _ in range(2):
        p = c.person(no_apos=True)
        lines.append(f"\"{c.nm(p, 'lf')}\",{c.ssn('dash')},{c.dob(p, 'us')}")
    return "csv", (
        "Import into our billing system fails on row 2 with 'unterminated quoted field':\n\n"
        "name,ssn,dob\n" + "\n".join(lines) + "\n\nWhat's wrong with the quoting?")


@tpl
def t_dialysis(c):
    p = c.person(ages=(45, 85))
    name = c.nm(p, c.pick(["fl", "lf"]))
    ph = c.phone(p)
    a = c.addr(p)
    return "scheduling", (
        f"Transport keeps missing {name}'s dialysis pickup (MWF 5:45 am) at {a}. Their cell is {ph}. Write a complaint "
        f"to the Medicaid NEMT broker that documents 3 missed treatments this month.")


@tpl
def t_immigration(c):
    p = c.person()
    name = c.nm(p, "fl")
    dob = c.dob(p)
    a = c.addr(p)
    return "forms", (
        f"Civil surgeon: I-693 for {name}, DOB {dob}, living at {a}. IGRA positive, CXR clear. Do they need "
        f"treatment for LTBI completed before I sign, or just started?")


@tpl
def t_vaccine_card(c):
    p = c.person()
    name = c.nm(p, "fl")
    dob = c.dob(p, "us")
    d = c.date(style="us")
    return "family", (
        f"lost my vaccine card. it said {name}, {dob}, moderna booster on {d} at a CVS. how do I get an official "
        f"record from the state registry?")


@tpl
def t_pt_icloud(c):
    p = c.person(sex="F")
    name = c.nm(p, "fl")
    em = c.email(p)
    return "email-to-patient", (
        f"{name} asked us to send the visit summary to {em} instead of the portal. What do I have to tell her "
        f"about unencrypted email risk, and do I need her to sign anything?")


@tpl
def t_audit_ip(c):
    p = c.person(no_apos=True)
    mrn = c.mrn()
    ip = c.ip()
    name = c.nm(p, "LF")
    return "log-line", (
        f"Break-the-glass audit review. Is this access pattern suspicious?\n\n"
        f"2025-02-03 23:48:12 BTG user=ntech04 patient=\"{name}\" mrn={mrn} reason=\"continuity of care\" src={ip}\n\n"
        f"The user is a night tech in radiology, patient was never in radiology. Source IP is the patient's own "
        f"home IP according to portal logs, weirdly.")


@tpl
def t_remote_bp(c):
    p = c.person(sex="F")
    ip = c.ip()
    desc, ser = c.dev((4, 8))
    name = c.nm(p, "fl")
    return "support-ticket", (
        f"RPM vendor ticket: {name}'s device ({desc}, serial {ser}) stopped syncing on Jan 12. Last successful upload "
        f"came from her home router at {ip}. Vendor wants us to confirm the patient consented to data sharing first.")


@tpl
def t_apos_name(c):
    p = c.person()
    p.last = c.pick(["O'Brien", "O'Connor", "O'Neill", "D'Angelo"])
    name = c.nm(p, c.pick(["fl", "lf", "title"]))
    dob = c.dob(p)
    mrn = c.mrn()
    return "clinical-note", (
        f"pre-op: {name}, DOB {dob}, MRN {mrn}. lap chole tomorrow. on clopidogrel for a 2022 DES. "
        f"hold or continue? cardiology hasn't answered")


@tpl
def t_hyphen_name(c):
    p = c.person(sex="F")
    p.last = c.pick(["Reyes-Ortiz", "Hall-Bennett", "Carter-Wright", "Garcia-Lopez", "Lewis-Ogunleye", "Martinez-Ruiz"])
    name = c.nm(p, c.pick(["fl", "LF"]))
    payer, hp = c.hpid()
    return "billing", (
        f"Claims for {name} keep rejecting 'subscriber name mismatch' — {payer} has her as one word, no hyphen. "
        f"Member ID {hp}. Do we bill with the hyphen or match the card?")


@tpl
def t_single_ssn(c):
    ssn = c.ssn(c.pick(["dash", "plain"]))
    return "family", (
        f"healthcare.gov keeps saying my identity can't be verified. I typed {ssn} exactly like on my card. "
        f"Do I upload documents or call? My premium tax credit depends on this and my insulin runs out in 2 weeks")


@tpl
def t_single_phone(c):
    p = c.person()
    ph = c.phone(p, c.pick(["paren", "dash", "dot"]))
    return "handoff", (
        f"room 7's husband left {ph} and asked for a call when she's out of surgery. I'm off at 7 — write a sticky-note "
        f"style handoff line for the night nurse")


@tpl
def t_single_mrn(c):
    mrn = c.mrn()
    return "sloppy", (
        f"can u make a trend table of these A1cs for {mrn}: 9.8, 9.1, 8.4, 7.9, 7.2 (q3mo since last jan). "
        f"want to show the patient at the visit that the ozempic is working")


@tpl
def t_single_email(c):
    p = c.person()
    em = c.email(p)
    return "email-to-patient", (
        f"Patient at the front desk wants her colposcopy results sent to {em} today. Results are CIN 2. "
        f"Should that go by email at all, or do we need a call first? Draft what I'd say if a call is needed.")


@tpl
def t_single_addr(c):
    p = c.person(ages=(70, 89))
    a = c.addr(p, c.pick(["comma", "nocomma", "lower"]))
    return "family", (
        f"my grandmother lives at {a} and just had a mild stroke. which nearby hospital is a comprehensive stroke "
        f"center and how far is it? she's discharging to home with PT next week")


@tpl
def t_single_license(c):
    st, dl = c.dl()
    return "pharmacy", (
        f"Pseudoephedrine logbook entry for today — customer showed {st} license {dl}, bought 2 boxes of 120 mg. "
        f"Does the 3.6 g/day limit get checked against NPLEx automatically, or do we enter it by hand?")


@tpl
def t_license_pickup(c):
    p = c.person(sex="M", ages=(20, 45))
    name = c.nm(p, "fl")
    st, dl = c.dl(p.st)
    return "pharmacy", (
        f"Controlled pickup log: oxycodone 5 mg #20 picked up by {name}, {st} DL {dl}, on behalf of his mother. "
        f"Our state PMP wants the ID of the person picking up — do I enter his or hers?")


@tpl
def t_single_vin(c):
    vin = c.vin()
    return "family", (
        f"After my husband's stroke he can't drive, so I'm applying for a disability placard for the car we use to "
        f"take him to rehab. The DMV form asks for VIN — ours is {vin}. Does his doctor sign the form or do I?")


@tpl
def t_vin_impound(c):
    p = c.person(sex="M", ages=(25, 65))
    name = c.nm(p, "fl")
    vin = c.vin()
    mrn = c.mrn()
    return "case-management", (
        f"SW: {name} (MRN {mrn}) is worried his car was towed while he's been admitted for osteomyelitis. "
        f"VIN {vin}. He has no one to call. Can the hospital contact the tow yard on his behalf or does he need to "
        f"sign something?")


@tpl
def t_single_claim(c):
    clm = c.claim()
    return "family", (
        f"what does it mean when my claim {clm} says 'pended — awaiting information from member'? I already sent "
        f"the accident questionnaire after my ER visit in december")


@tpl
def t_single_hpid(c):
    payer, hp = c.hpid()
    return "family", (
        f"{payer} app says 'member not found' when I type {hp} from my card. My son has his MRI Monday and "
        f"the imaging center can't verify coverage. who should I call first")


@tpl
def t_single_device(c):
    desc, ser = c.dev()
    return "family", (
        f"I got a letter about a recall on my {desc}. Serial number on my ID card is {ser}. "
        f"How do I check whether mine is affected, and should I stop using it?")


@tpl
def t_single_card(c):
    _, cc = c.cc()
    return "billing", (
        f"I'm trying to pay my hospital bill online and it keeps failing with 'card not accepted': {cc}, "
        f"exp 04/28. is it because it's an HSA card?")


@tpl
def t_single_ip(c):
    ip = c.ip()
    return "family", (
        f"got an email saying someone logged into my patient portal from {ip} and that's literally my home internet "
        f"so it was me, but why would they flag it? is this a phishing email?")


@tpl
def t_single_acct(c):
    acct = c.acct()
    return "family", (
        f"hospital says my account {acct} went to collections but I set up a payment plan in october and have "
        f"paid every month. what do I send them, and can this hurt my credit under the new medical debt rules?")


@tpl
def t_single_url(c):
    p = c.person()
    u = c.url(p, c.pick([2, 3]))
    return "support-ticket", (
        f"The link in my appointment email ({u}) shows somebody else's test results, not mine. Who do I report that "
        f"to? I haven't forwarded it.")


@tpl
def t_single_date(c):
    d = c.date(c.event_date(datetime.date(2025, 2, 10), datetime.date(2025, 2, 26)), style=c.pick(["long", "us"]))
    p = c.person(sex="F")
    name = c.nm(p, "title")
    return "clinical-note", (
        f"{name} in 14B had her TAVR on {d}. Is she still inside the window where we'd expect new LBBB, or should "
        f"I get EP involved today?")


def pick_templates(rng, n):
    order = []
    while len(order) < n:
        batch = T[:]
        rng.shuffle(batch)
        order.extend(batch)
    return order[:n]


# --------------------------------------------------------------------------
# clean prompts (no PHI, but deliberately "PHI-shaped")
# --------------------------------------------------------------------------
CLEAN = [
    # technical healthcare software
    ("clean-technical", "What's the difference between ICD-10-CM E11.9 and E11.65? Our coders keep using E11.9 when the A1c is above 9."),
    ("clean-technical", "How do I convert a 10-digit NDC like 0002-8215-01 into the 11-digit 5-4-2 format for billing? Which segment gets the leading zero?"),
    ("clean-technical", "LOINC 4548-4 vs 17856-6 for hemoglobin A1c — which one should our lab interface map to, and why are there two?"),
    ("clean-technical", "SNOMED CT 44054006 is type 2 diabetes. Is there an official map to ICD-10-CM, and how do I handle one-to-many maps?"),
    ("clean-technical", "Our Mirth Connect 4.4.2 channel listening on 10.20.4.17:6661 stops sending ACKs after ~2,000 messages. Heap is 2 GB. Where do I start?"),
    ("clean-technical", "In FHIR R4, should Observation.subject reference Patient/123 or use a logical identifier? Which do most EHR APIs return?"),
    ("clean-technical", "How do I parse HL7 v2 repetition separators (~) in PID-3 with python-hl7? I need all identifiers, not just the first."),
    ("clean-technical", "Explain the difference between CPT 99213 and 99214 under the 2021 E/M guidelines (time vs MDM)."),
    ("clean-technical", "What is a good Postgres schema for encounters and diagnoses so that a patient can have many encounters and each encounter many ICD-10 codes? Just table definitions, no data."),
    ("clean-technical", "Our FHIR server returns 400 on GET /Patient?birthdate=ge1950-01-01&_count=500. Is _count capped by the spec or by HAPI?"),
    ("clean-technical", "Build 6f1c2a9e-4b7d-4c1a-9f3e-2d8b5a7c1e04 of our claims engine is 30% slower than the previous one. How do I profile a Java service with async-profiler in a container?"),
    ("clean-technical", "git bisect says commit 3f9a2c7e1b04d5e8a6f7c2b9d1e0a4f3c8b7d6e5 introduced the regression in our HL7 parser. How do I view just the diff of that commit for one file?"),
    ("clean-technical", "At 2024-03-11 02:14:55 UTC the nightly 837 batch job failed with 'connection reset by peer' on sftp.clearinghouse port 22. Retries at 02:20 and 02:35 worked. What should alerting look like?"),
    ("clean-technical", "We released version 3.2.0 of the scheduling app on 2024-09-17 and the hotfix 3.2.1 on 2024-09-19. How should the changelog reference Jira tickets?"),
    ("clean-technical", "Redis at 192.168.10.42:6379 is the session store for our portal; memory is at 93%. Is maxmemory-policy allkeys-lru safe for sessions?"),
    ("clean-technical", "What X12 version do Medicare Administrative Contractors require for 837I today, 005010X223A2? And when is the next version expected?"),
    ("clean-technical", "How do I set up SMART on FHIR launch with scopes patient/*.read and launch/patient in a React app?"),
    ("clean-technical", "Which HL7 v2 message type carries lab results — ORU^R01 — and what's the difference between OBR-7 and OBX-14 timestamps?"),
    ("clean-technical", "What does the 271 eligibility response EB*1 vs EB*6 mean? Writing a parser and need the code list."),
    ("clean-technical", "What's the CARC/RARC combination usually returned for timely filing, and what are typical timely filing limits for commercial payers vs Medicare (12 months)?"),
    ("clean-technical", "Kubernetes pod for our DICOM router keeps OOMKilled at 512Mi limit. Orthanc 1.12.1. What memory should I give it for ~40 studies/hour?"),
    ("clean-technical", "Our nginx in front of the FHIR API at 172.16.8.4 returns 413 for Bundle uploads over 1 MB. Which directive fixes it?"),
    ("clean-technical", "In C-CDA, what is the templateId root for the Problem Section (entries required), and is the extension date mandatory?"),
    ("clean-technical", "Is it better to store SSNs encrypted with a column key or as a keyed HMAC for matching? Design question, we haven't stored any yet."),
    ("clean-technical", "Design a de-identification pipeline for free-text notes: which steps (NER, regex, surrogate generation) and how do I measure recall?"),
    ("clean-technical", "Is a 5-digit ZIP code allowed in a HIPAA Safe Harbor data set, or only the first 3 digits? And what's the 20,000 population rule?"),
    ("clean-technical", "Under HIPAA, what's the difference between a limited data set and a de-identified data set? Can a LDS include dates of service?"),
    ("clean-technical", "What's the minimum necessary standard, and does it apply to disclosures for treatment?"),
    ("clean-technical", "How does the 21st Century Cures Act information blocking rule affect releasing lab results to the portal immediately?"),
    ("clean-technical", "NPI check digit: how does the Luhn algorithm with the 80840 prefix work? Please show the steps on the example from the CMS spec, 1234567893."),
    ("clean-technical", "CMS publishes 1EG4-TE5-MK73 as the sample MBI. Write me a regex that validates MBI format (excluding S, L, O, I, B, Z)."),
    ("clean-technical", "Explain how the VIN check digit works using the textbook example 1M8GDM9AXKP042788."),
    ("clean-technical", "What's the best way to generate realistic but fake patient data for load testing? Synthea vs Faker?"),
    ("clean-technical", "pgbouncer in transaction mode breaks our prepared statements on the claims DB (PG 14.9). Options?"),
    ("clean-technical", "Which port does DICOM use by default, 104 or 11112, and should our PACS gateway listen on both?"),
    ("clean-technical", "Write a SQL query that counts encounters per month per department for 2024, given tables encounters(encounter_id, department_id, admit_ts)."),
    ("clean-technical", "How should I model patient_id as a foreign key in Django so deleting a patient doesn't cascade-delete billing records?"),
    ("clean-technical", "Code review please:\n\ndef mask_ssn(ssn: str) -> str:\n    return '***-**-' + ssn[-4:]\n\ndef load_patient(patient_id: int, db) -> dict:\n    return db.fetch_one('SELECT * FROM patients WHERE patient_id = %s', (patient_id,))"),
    ("clean-technical", "In an HL7 ADT feed, what's the difference between A04 register and A01 admit, and when would an ED visit send A04 then A06?"),
    ("clean-technical", "Our ERA posting job processed 18,442 CLP segments in 41 minutes. Is that slow? We're on a 4 vCPU VM."),
    ("clean-technical", "What is the UDI format for GS1 device identifiers — (01) GTIN, (17) expiration, (10) lot, (21) serial — and how do I parse it from a barcode scan?"),
    ("clean-technical", "Is FHIR Bulk Data export ($export) with _since parameter incremental? How do I schedule it nightly?"),
    # non-health programming
    ("clean-programming", "How do I reverse a singly linked list in Rust without cloning nodes?"),
    ("clean-programming", "Explain the difference between a mutex and a semaphore with a small Go example."),
    ("clean-programming", "My React useEffect runs twice in development. Is that StrictMode? Should I care?"),
    ("clean-programming", "Write a bash one-liner that finds the 10 largest files under /var/log."),
    ("clean-programming", "How do I format a phone number string like 2125550143 into (212) 555-0143 in JavaScript?"),
    ("clean-programming", "What's the time complexity of Python's list.sort() and why is Timsort stable?"),
    ("clean-programming", "Docker build is slow because pip reinstalls every time. How do I cache the layer?"),
    ("clean-programming", "Terraform plan wants to recreate my RDS instance because of engine_version 15.4 -> 15.5. How do I upgrade in place?"),
    ("clean-programming", "Write a regex for US ZIP codes, allowing ZIP+4. No sample data needed."),
    ("clean-programming", "Our API gateway at 10.0.3.12 logs 'upstream timed out (110)' every day at 03:00. Cron job on the upstream?"),
    ("clean-programming", "How do I convert a UTC timestamp like 2025-01-09T22:41:07Z to America/Chicago in Python with zoneinfo?"),
    ("clean-programming", "What's the difference between UUIDv4 and UUIDv7, and should primary keys use v7?"),
    ("clean-programming", "Explain CAP theorem with an example of a system that chooses AP."),
    # famous / historical / public figures
    ("clean-famous-person", "How did Florence Nightingale's coxcomb (polar area) diagram show that most soldier deaths in the Crimean War came from disease? Can I recreate it in matplotlib?"),
    ("clean-famous-person", "Find me the exact Atul Gawande quote from The Checklist Manifesto about 'the volume and complexity of what we know'."),
    ("clean-famous-person", "What did Ignaz Semmelweis actually measure in the Vienna maternity clinics, and why was he ignored?"),
    ("clean-famous-person", "Summarize John Snow's 1854 Broad Street cholera investigation for an intro epidemiology lecture."),
    ("clean-famous-person", "What are the main ethical lessons from the Henrietta Lacks case, as described in Rebecca Skloot's book?"),
    ("clean-famous-person", "Why is Phineas Gage's 1848 injury considered important in neuroscience, and what myths about him are wrong?"),
    ("clean-famous-person", "Recommend 3 Oliver Sacks books for someone new to neurology, and say why."),
    ("clean-famous-person", "What was Dr. Charles Drew's contribution to blood banking during World War II?"),
    ("clean-famous-person", "Virginia Apgar introduced her score in 1952. What are the five components and how are they scored?"),
    ("clean-famous-person", "Harry Truman received the first Medicare card in 1965 when Lyndon B. Johnson signed the law. What were Parts A and B originally?"),
    ("clean-famous-person", "What were the key provisions of the Affordable Care Act that Barack Obama signed in March 2010?"),
    ("clean-famous-person", "Jonas Salk famously said 'Could you patent the sun?' — what's the context of that interview?"),
    ("clean-famous-person", "Who was Elizabeth Blackwell and which medical school admitted her?"),
    ("clean-famous-person", "Grace Hopper's nanosecond wire demonstration — what was the point she was making?"),
    ("clean-famous-person", "Summarize Linus Torvalds' 1991 Usenet announcement of Linux."),
    ("clean-famous-person", "Dr. Sarah Chen gave our grand rounds on sepsis bundles yesterday. Can you outline the current Surviving Sepsis Campaign hour-1 bundle so I can compare with her slides?"),
    ("clean-famous-person", "What did C. Everett Koop's 1988 mailing on AIDS say, and how many households received it?"),
    ("clean-famous-person", "Siddhartha Mukherjee's The Emperor of All Maladies — give me a chapter-by-chapter summary of the Sidney Farber part."),
    ("clean-famous-person", "What is Paul Farmer's 'preferential option for the poor' idea in global health?"),
    ("clean-famous-person", "Write a short bio of Dr. Anthony Fauci's role at NIAID from 1984 to 2022."),
    # clearly marked placeholder / test data
    ("clean-placeholder", "Our test fixtures use 'John Doe', DOB 01/01/1970, MRN TEST0001. QA says that's unrealistic — what's a better convention for obviously-fake test patients?"),
    ("clean-placeholder", "The SSA says 123-45-6789 is never issued and is used in advertising examples. Should our validator reject it, and what other ranges are invalid (000, 666, 900-999)?"),
    ("clean-placeholder", "For UI mockups I use Jane Doe, jane.doe@example.com, (202) 555-0147. Is 555-0100 through 555-0199 really reserved as fictional in every area code, or only some?"),
    ("clean-placeholder", "Stripe test card 4242 4242 4242 4242 works in test mode, but 4000 0000 0000 0002 always declines. Where's the list of test cards for specific decline codes?"),
    ("clean-placeholder", "In the HL7 v2 spec examples, the patient is 'EVERYWOMAN^EVE^E'. Is there a similar standard test name in FHIR examples?"),
    ("clean-placeholder", "Generate 5 synthetic patient records for a demo, clearly fake: use names like 'Test Patient One', example.com emails, and 555-01xx phone numbers."),
    ("clean-placeholder", "Our placeholder in templates is {{patient.first_name}} {{patient.last_name}}, DOB {{patient.dob}}. Jinja escapes the braces weirdly — how do I render literal braces?"),
    ("clean-placeholder", "Is it OK to use 'Mickey Mouse' as the test patient in the production training environment, or do auditors flag that?"),
    ("clean-placeholder", "The UPS example tracking number 1Z999AA10123456784 shows up in our supply-order tests. Is that a valid checksum?"),
    ("clean-placeholder", "Epic's training environment uses patients like 'Zztest, Adult' — how do I exclude names starting with ZZ from our analytics extract?"),
    ("clean-placeholder", "Placeholder values in our OpenAPI spec: ssn: 'XXX-XX-XXXX', mrn: '00000000', email: 'user@example.org'. Should examples be realistic-looking instead?"),
    # aggregate statistics / dosage math / ranges / guidelines
    ("clean-stats", "Our cohort has 2,341 patients over 65; 18.4% were readmitted within 30 days. What's the 95% confidence interval for that proportion?"),
    ("clean-stats", "Out of 14,902 ED visits in 2024, 3,118 were left-without-being-seen. How does that LWBS rate compare to national benchmarks?"),
    ("clean-stats", "Median length of stay went from 4.6 to 3.9 days after our discharge-before-noon initiative (n=8,240 admissions). Which test is appropriate, Mann-Whitney?"),
    ("clean-stats", "A screening test has sensitivity 92% and specificity 88% with prevalence 3%. What's the PPV?"),
    ("clean-stats", "Our clinic sees ~120 patients a day with 14 exam rooms. How do I model the queue to estimate average wait time?"),
    ("clean-dosage", "Metformin 500 mg twice daily, increase by 500 mg weekly to 2,000 mg/day — write a titration table."),
    ("clean-dosage", "Vancomycin 15 mg/kg for an 80 kg adult: what's the dose, rounded to the nearest 250 mg, and when do I draw a trough vs use AUC dosing?"),
    ("clean-dosage", "Amoxicillin 90 mg/kg/day divided BID for a 14 kg child — how many mL of 400 mg/5 mL suspension per dose?"),
    ("clean-dosage", "Convert morphine 30 mg PO q4h to a fentanyl patch. Show the MME math."),
    ("clean-dosage", "Heparin drip: 80 units/kg bolus then 18 units/kg/h. For 25,000 units in 250 mL, what's the rate in mL/h for a 70 kg patient?"),
    ("clean-ranges", "What's the normal reference range for TSH, and why does it differ between labs (0.4-4.0 vs 0.45-4.5 mIU/L)?"),
    ("clean-ranges", "Normal potassium is 3.5-5.0 mmol/L. At what level do ECG changes usually appear and what are they?"),
    ("clean-ranges", "Is an A1c of 5.7-6.4% prediabetes by ADA criteria, and does it need confirming with a second test?"),
    ("clean-ranges", "Reference ranges for adult CBC: hemoglobin, WBC, platelets. Please give male/female differences."),
    ("clean-guideline", "What is the CHA2DS2-VASc score for a 72-year-old woman with hypertension and diabetes, and does it warrant anticoagulation?"),
    ("clean-guideline", "Current USPSTF recommendation for colorectal cancer screening start age, and which tests are acceptable?"),
    ("clean-guideline", "A 67-year-old with CKD stage 3b and eGFR 38 — can they take an SGLT2 inhibitor per KDIGO 2022?"),
    ("clean-guideline", "What are the Ottawa ankle rules? Make a one-page poster for our urgent care."),
    ("clean-guideline", "GOLD 2024 initial COPD therapy for group E — is LABA+LAMA preferred over ICS?"),
    ("clean-guideline", "Which vaccines are recommended for adults 65+ per ACIP 2024 (RSV, pneumococcal, shingles)?"),
    # public contact info / business addresses / dates not tied to patients
    ("clean-public-info", "Is 1-800-633-4227 (1-800-MEDICARE) the right number for beneficiaries to report a lost card, or should they go to SSA?"),
    ("clean-public-info", "What's the mailing address for Mayo Clinic in Rochester, MN (200 First St SW, 55905) — is that right for sending a physician-to-physician letter?"),
    ("clean-public-info", "Our compliance committee meets on the second Tuesday of each month; next one is March 11, 2025 at 2 pm. Draft an agenda covering the annual HIPAA risk assessment."),
    ("clean-public-info", "The OCR breach portal lists breaches affecting 500+ individuals. How many were reported in 2023 and what was the largest cause?"),
    ("clean-public-info", "When does the 2025 Medicare Part D out-of-pocket cap of $2,000 take effect, and how does the Prescription Payment Plan work?"),
    ("clean-deidentified", "Case for teaching: Patient A, a 54-year-old man, presents with crushing chest pain and ST elevation in V1-V4. Walk me through the management."),
    ("clean-deidentified", "Hypothetical: a 30-year-old pregnant woman at 28 weeks with BP 150/100 and proteinuria. What's the workup?"),
    ("clean-deidentified", "Write 5 USMLE-style questions about DKA management, with explanations. Use generic patients only."),
]


def build():
    rng = random.Random(SEED)
    records = []
    for fn in pick_templates(rng, N_PHI):
        c = Ctx(rng)
        group, text = fn(c)
        plants = c.plants
        kinds = sorted({p["kind"] for p in plants}, key=KINDS.index)
        records.append({"label": "phi", "group": group, "kinds": kinds, "plants": plants, "text": text})
    for group, text in CLEAN:
        records.append({"label": "clean", "group": group, "kinds": [], "plants": [], "text": text})
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"h2-{i:03d}", "label": r["label"], "group": r["group"], "kinds": r["kinds"],
                    "plants": r["plants"], "text": r["text"]})
    return out


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
BAD_SURNAMES_AS_PATIENT = {"Doe"}


def validate(recs):
    errs = []
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    texts = [r["text"] for r in recs]
    if len(texts) != len(set(texts)):
        errs.append("duplicate texts")
    for r in recs:
        if set(r) != {"id", "label", "group", "kinds", "plants", "text"}:
            errs.append(f"{r['id']}: bad keys")
        if r["label"] == "clean":
            if r["kinds"] or r["plants"]:
                errs.append(f"{r['id']}: clean with plants")
            continue
        if not r["plants"]:
            errs.append(f"{r['id']}: phi without plants")
        if sorted(set(p["kind"] for p in r["plants"])) != sorted(r["kinds"]):
            errs.append(f"{r['id']}: kinds mismatch")
        for p in r["plants"]:
            k, v = p["kind"], p["value"]
            if k not in KINDS:
                errs.append(f"{r['id']}: unknown kind {k}")
            if v not in r["text"]:
                errs.append(f"{r['id']}: plant {k}={v!r} not in text")
            d = "".join(ch for ch in v if ch.isdigit())
            if k == "ssn":
                a, g, s = d[:3], d[3:5], d[5:]
                if len(d) != 9 or a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
                    errs.append(f"{r['id']}: bad ssn {v}")
            if k == "phone":
                core = d[-10:]
                if core[3:6] == "555" or core[4:6] == "11" or core[0] in "01" or core[3] in "01":
                    errs.append(f"{r['id']}: bad phone {v}")
            if k == "npi" and not (len(d) == 10 and luhn_digit("80840" + d[:9]) == d[9]):
                errs.append(f"{r['id']}: bad npi {v}")
            if k == "credit-card" and not luhn_ok(v):
                errs.append(f"{r['id']}: bad card {v}")
            if k == "vin" and not (len(v) == 17 and vin_check(v) == v[8]):
                errs.append(f"{r['id']}: bad vin {v}")
            if k == "mbi":
                m = v.replace("-", "")
                ok = (len(m) == 11 and m[0] in "123456789" and m[1] in MBI_LET and m[2] in MBI_LET + string.digits
                      and m[3].isdigit() and m[4] in MBI_LET and m[5] in MBI_LET + string.digits and m[6].isdigit()
                      and m[7] in MBI_LET and m[8] in MBI_LET and m[9:].isdigit())
                if not ok:
                    errs.append(f"{r['id']}: bad mbi {v}")
            if k == "email" and any(x in v for x in ("example.", "test")):
                errs.append(f"{r['id']}: placeholder email {v}")
            if k == "name" and any(x in v for x in BAD_SURNAMES_AS_PATIENT):
                errs.append(f"{r['id']}: placeholder name {v}")
    return errs


def report(recs):
    lab = collections.Counter(r["label"] for r in recs)
    grp = collections.Counter((r["label"], r["group"]) for r in recs)
    kp = collections.Counter(k for r in recs for k in r["kinds"])          # prompts per kind
    kv = collections.Counter(p["kind"] for r in recs for p in r["plants"])  # plant values per kind
    print(f"total {len(recs)}  " + "  ".join(f"{k}={v}" for k, v in sorted(lab.items())))
    print("\ngroups:")
    for (l, g), n in sorted(grp.items()):
        print(f"  {l:5s} {g:22s} {n}")
    print("\nkinds (prompts / plant values):")
    short = []
    for k in KINDS:
        flag = "" if kp[k] >= MINIMA[k] else f"   BELOW MIN {MINIMA[k]}"
        if flag:
            short.append(k)
        print(f"  {k:16s} {kp[k]:4d} / {kv[k]:4d}{flag}")
    multi = sum(1 for r in recs if len(r["kinds"]) > 1)
    single = sum(1 for r in recs if len(r["kinds"]) == 1)
    print(f"\nphi prompts with 1 kind: {single}, with >1 kinds: {multi}")
    return short


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read from disk and validate what was actually written
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    errs = validate(back)
    short = report(back)
    print(f"\nwrote {OUT}")
    if errs or short:
        for e in errs:
            print("ERROR:", e)
        for k in short:
            print("ERROR: kind below minimum:", k)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
