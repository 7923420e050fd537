#!/usr/bin/env python3
"""Writes Benchmarks/detection/prompts.jsonl: a labelled set of prompts, as clinicians, analysts and
developers paste them into an AI assistant, for measuring what a prompt guard blocks.

Deterministic: one fixed seed drives Python's `random.Random` and a seeded Faker (en_US) instance, no
set is iterated and nothing reads the clock, so every run writes the same bytes. Faker's name and
street lists change between Faker releases, so the output is pinned to the Faker version below
(run.sh installs exactly that one); with another version the script still runs but says so.

    python3 make_prompts.py                # writes prompts.jsonl beside this file
    python3 make_prompts.py --out FILE     # elsewhere
    python3 make_prompts.py --check        # regenerate in memory, exit 1 if prompts.jsonl differs

Each line: {"id", "label" (phi|clean), "group", "kinds", "plants": [{"kind", "value"}], "text"}.
Every planted value is a substring of `text`; clean prompts have no plants. All values are
synthetic: random digits with the real check digits (Luhn for cards, the NPI's Luhn with the 80840
prefix, the VIN's position-9 check, CMS's MBI alphabet), issuable SSNs (area 001-899 except 666,
group and serial not zero), NANP phones whose exchange is not 555, secrets with real prefixes and
lengths but random bodies. Any match with a real person or account is a coincidence.

Templates use <<slot>> markers: <<name>>, <<first2>>, <<dob:iso>>, ... A slot's digit picks the
person or value (same digit, same value), the part after ':' picks a spelling. Slots listed in
PLANT_KIND become plants; the others (<<dr>>, <<med>>, <<age>>, pronouns, ...) are filler.
"""
import argparse
import base64
import hashlib
import json
import random
import re
import string
import sys
import uuid
import zlib
from datetime import date, timedelta
from pathlib import Path

try:
    from faker import Faker
    import faker as _faker_module
except ImportError:  # pragma: no cover
    sys.exit("make_prompts.py needs Faker: pip install faker==" + "40.63.0")

SEED = 20250601
FAKER_VERSION = "40.63.0"
REFERENCE_DAY = date(2025, 6, 1)  # "today" for ages; never the clock

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------------------------------------
# Vocabulary (filler, never planted)
# ------------------------------------------------------------------------------------------------
CONDITIONS = [
    "a CHF exacerbation", "an NSTEMI", "DKA", "a COPD exacerbation", "sepsis 2/2 UTI",
    "community-acquired pneumonia", "afib with RVR", "a small bowel obstruction",
    "cellulitis of the L lower leg", "new-onset seizure", "a submassive PE",
    "a hip fracture after a mechanical fall", "AKI on CKD stage 3", "acute pancreatitis",
    "an upper GI bleed", "symptomatic hyponatremia (Na 119)", "a hypertensive emergency",
]
HISTORY = [
    "HFrEF (EF 30%)", "T2DM on insulin", "COPD on 2L home O2", "CKD 3b", "paroxysmal afib on apixaban",
    "HTN and HLD", "cirrhosis (MELD 18)", "RA on methotrexate", "bipolar I disorder", "OSA on CPAP",
    "prior CVA with residual L-sided weakness", "breast cancer s/p lumpectomy", "alcohol use disorder",
]
COMPLAINTS = [
    "chest pain", "SOB", "n/v", "RLQ abdominal pain", "dizziness", "a headache", "cough x2 wks",
    "fever and chills", "dysuria", "palpitations", "low back pain", "leg swelling", "confusion",
    "blurry vision", "a rash on the trunk", "fatigue",
]
MEDS = [
    "metformin 1000 mg BID", "lisinopril 20 mg daily", "apixaban 5 mg BID", "atorvastatin 40 mg",
    "insulin glargine 22 units qhs", "furosemide 40 mg IV BID", "levothyroxine 75 mcg",
    "sertraline 50 mg", "amiodarone", "prednisone 40 mg", "gabapentin 300 mg TID",
    "empagliflozin 10 mg", "tramadol", "hydrochlorothiazide 25 mg", "quetiapine 25 mg qhs",
]
HOSPITALS = [
    "St. Vincent's", "Mercy General", "Lakeview Regional", "Northside Medical Center",
    "Riverbend Health", "Good Samaritan", "Providence St. Mary", "Baptist Memorial",
]
HOSP_DOMAINS = [
    "stvincentmed.org", "mercygeneral.org", "lakeviewregional.org", "northsidemed.org",
    "riverbendhealth.org", "goodsamhealth.org", "psmhealth.org", "baptistmemorial.org",
]
MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                "icloud.com", "aol.com", "comcast.net", "att.net"]
PAYERS = ["Aetna", "BCBS", "UnitedHealthcare", "Cigna", "Humana", "Anthem", "Molina", "Kaiser"]
REAL_PLACES = [  # (city, state, ZIP) that belong together
    ("Columbus", "OH", "43215"), ("Dayton", "OH", "45409"), ("Tampa", "FL", "33612"),
    ("Orlando", "FL", "32806"), ("Austin", "TX", "78704"), ("San Antonio", "TX", "78229"),
    ("Phoenix", "AZ", "85016"), ("Mesa", "AZ", "85203"), ("Denver", "CO", "80218"),
    ("Aurora", "IL", "60506"), ("Springfield", "MO", "65804"), ("Raleigh", "NC", "27609"),
    ("Charlotte", "NC", "28205"), ("Atlanta", "GA", "30318"), ("Nashville", "TN", "37206"),
    ("Louisville", "KY", "40204"), ("Pittsburgh", "PA", "15213"), ("Allentown", "PA", "18104"),
    ("Worcester", "MA", "01604"), ("Providence", "RI", "02906"), ("Sacramento", "CA", "95818"),
    ("Fresno", "CA", "93726"), ("Portland", "OR", "97217"), ("Spokane", "WA", "99205"),
    ("Madison", "WI", "53704"), ("Omaha", "NE", "68104"), ("Tulsa", "OK", "74105"),
    ("Albuquerque", "NM", "87106"), ("Richmond", "VA", "23220"), ("Baltimore", "MD", "21218"),
    ("Grand Rapids", "MI", "49503"), ("Lansing", "MI", "48912"), ("Toledo", "OH", "43609"),
    ("Des Moines", "IA", "50315"), ("Wichita", "KS", "67211"), ("Little Rock", "AR", "72204"),
    ("Birmingham", "AL", "35205"), ("Jackson", "MS", "39206"), ("Baton Rouge", "LA", "70806"),
    ("Savannah", "GA", "31405"), ("Knoxville", "TN", "37917"), ("Lexington", "KY", "40502"),
    ("Syracuse", "NY", "13208"), ("Rochester", "NY", "14609"), ("Hartford", "CT", "06106"),
    ("Manchester", "NH", "03103"), ("Boise", "ID", "83705"), ("Reno", "NV", "89502"),
    ("Salt Lake City", "UT", "84106"), ("Tucson", "AZ", "85716"), ("El Paso", "TX", "79924"),
    ("Lubbock", "TX", "79412"), ("Fort Wayne", "IN", "46805"), ("Evansville", "IN", "47714"),
    ("Duluth", "MN", "55806"), ("St. Paul", "MN", "55106"), ("Sioux Falls", "SD", "57103"),
    ("Billings", "MT", "59101"), ("Anchorage", "AK", "99504"), ("Honolulu", "HI", "96817"),
]
STREET_NAMES = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Park", "Lake",
                "Hill", "Sunset", "Highland", "Ridge", "Church", "Mill", "Spring", "Forest", "Meadow", "River",
                "Walnut", "Cherry", "Chestnut", "Willow", "Franklin", "Madison", "Jackson", "Center", "Union",
                "Prospect", "Grove", "Hickory", "Magnolia", "Dogwood", "Sycamore", "Birch", "Poplar", "Laurel",
                "Old Mill", "Country Club", "Martin Luther King Jr", "Fairview", "Glenwood", "Riverside"]
AREA_CODES = ["617", "312", "415", "713", "404", "206", "303", "614", "813", "704", "215", "412",
              "216", "502", "615", "919", "504", "602", "480", "916", "503", "509", "608", "402",
              "918", "505", "804", "410", "773", "832", "210", "407", "678", "980", "267"]
# Names that are not typical US Census names, written in Latin letters (a few with diacritics).
INTL_NAMES = [  # (first, last, sex)
    ("Chukwuemeka", "Okonkwo", "M"), ("Ngozi", "Adeyemi", "F"), ("Oluwaseun", "Adebayo", "M"),
    ("Nguyen Thi", "Lan", "F"), ("Tran Van", "Minh", "M"), ("Bich Ngoc", "Pham", "F"),
    ("Agnieszka", "Wojciechowska", "F"), ("Krzysztof", "Zieliński", "M"), ("Łukasz", "Wiśniewski", "M"),
    ("Priya", "Raghunathan", "F"), ("Venkatesh", "Subramaniam", "M"), ("Anjali", "Deshpande", "F"),
    ("Mohammed", "Al-Rashidi", "M"), ("Fatima", "Haddad", "F"), ("Youssef", "El-Amrani", "M"),
    ("Seo-yeon", "Choi", "F"), ("Hyun-woo", "Baek", "M"), ("Ji-hoon", "Hwang", "M"),
    ("Thandiwe", "Nkosi", "F"), ("Ama", "Owusu-Ansah", "F"), ("Siosaia", "Tupou", "M"),
    ("Ekaterina", "Volkova", "F"), ("Tenzin", "Dorje", "M"), ("Gulnara", "Sadykova", "F"),
    ("Oyelaran", "Babatunde", "M"), ("Thi Huong", "Vo", "F"),
]

# ------------------------------------------------------------------------------------------------
# Check digits and value generators
# ------------------------------------------------------------------------------------------------
def luhn_check_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin: str) -> str:
    s = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS)) % 11
    return "X" if s == 10 else str(s)


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # CMS: no S, L, O, I, B, Z
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


class Values:
    """Random but realistic identifiers, all from one seeded Random."""

    def __init__(self, rng: random.Random, fake: Faker):
        self.r = rng
        self.fake = fake
        self.used = set()

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def unique(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    # --- PHI ---
    def ssn(self):
        def make():
            while True:
                area = self.r.randint(1, 899)
                if area == 666:
                    continue
                group = self.r.randint(1, 99)
                serial = self.r.randint(1, 9999)
                v = f"{area:03d}{group:02d}{serial:04d}"
                if v in ("123456789", "078051120", "219099999"):
                    continue
                return v
        return self.unique(make)

    def phone(self):
        def make():
            area = self.r.choice(AREA_CODES)
            while True:
                exch = f"{self.r.randint(200, 999)}"
                if exch != "555" and exch[1:] != "11":
                    break
            return area + exch + self.digits(4)
        return self.unique(make)

    def mrn(self):
        style = self.r.choice(["d8", "d8", "d7", "zero8", "E7", "d10", "M6"])
        def make():
            if style == "d8":
                return self.digits(8, True)
            if style == "d7":
                return self.digits(7, True)
            if style == "zero8":
                return "00" + self.digits(6, True)
            if style == "E7":
                return "E" + self.digits(7)
            if style == "M6":
                return "M" + self.digits(6)
            return self.digits(10, True)
        return self.unique(make)

    def npi(self):
        def make():
            body = self.r.choice("12") + self.digits(8)
            return body + luhn_check_digit("80840" + body)
        return self.unique(make)

    def mbi(self):
        def make():
            an = MBI_LETTERS + string.digits
            return (self.r.choice("123456789") + self.r.choice(MBI_LETTERS) + self.r.choice(an)
                    + self.r.choice(string.digits) + self.r.choice(MBI_LETTERS) + self.r.choice(an)
                    + self.r.choice(string.digits) + self.r.choice(MBI_LETTERS)
                    + self.r.choice(MBI_LETTERS) + self.digits(2))
        return self.unique(make)

    def card(self, brand=None):
        brand = brand or self.r.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
        def make():
            if brand == "visa":
                body = "4" + self.digits(14)
            elif brand == "mc":
                body = "5" + self.r.choice("12345") + self.digits(13)
            elif brand == "mc2":
                body = str(self.r.randint(2221, 2720)) + self.digits(11)
            elif brand == "amex":
                body = "3" + self.r.choice("47") + self.digits(12)
            else:
                body = "6011" + self.digits(11)
            return body + luhn_check_digit(body)
        return self.unique(make)

    def vin(self):
        def make():
            wmi = self.r.choice(["1HG", "1FT", "1G1", "2T1", "3VW", "4T1", "5YJ", "JTD", "KMH", "WBA",
                                 "1C4", "5NP", "JN1", "1N4", "2HG", "1FA"])
            vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            vds = self.chars(vin_chars, 5)
            year = self.r.choice("DEFGHJKLMNPRS")  # 2013-2025
            plant = self.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 1)
            serial = self.digits(6)
            partial = wmi + vds + "0" + year + plant + serial
            return partial[:8] + vin_check(partial) + partial[9:]
        return self.unique(make)

    def ip(self):
        def make():
            first = self.r.choice([73, 98, 24, 71, 76, 108, 174, 67, 99, 47, 68, 69, 50, 75, 97])
            return f"{first}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"
        return self.unique(make)

    def patient_id(self, style=None):
        style = style or self.r.choice(["d5", "d6", "d6", "d8", "uuid"])
        def make():
            if style == "d5":
                return self.digits(5, True)
            if style == "d6":
                return self.digits(6, True)
            if style == "uuid":
                return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
            return self.digits(8, True)
        return self.unique(make)

    def encounter(self):
        style = self.r.choice(["d8", "d9", "d10", "V9"])
        def make():
            if style == "V9":
                return "V" + self.digits(9)
            return self.digits(int(style[1:]), True)
        return self.unique(make)

    def member_id(self):
        style = self.r.choice(["aetna", "bcbs", "uhc", "cigna", "medicaid", "humana", "plain"])
        def make():
            if style == "aetna":
                return "W" + self.digits(9)
            if style == "bcbs":
                return self.chars("ABCDEFGHJKMNPRTUVWXYZ", 3) + self.digits(9)
            if style == "uhc":
                return self.digits(9, True) + "01"
            if style == "cigna":
                return "U" + self.digits(8) + "01"
            if style == "medicaid":
                return self.chars("ABCDEFGHJKLMNPRTUVWXYZ", 2) + self.digits(5) + self.chars("ABCDEFGHJKLMNPRTUVWXYZ", 1)
            if style == "humana":
                return "H" + self.digits(8)
            return self.digits(11, True)
        return self.unique(make)

    def group_no(self):
        style = self.r.choice(["d6", "d7", "alnum", "dash"])
        def make():
            if style == "d6":
                return "0" + self.digits(5)
            if style == "d7":
                return self.digits(7, True)
            if style == "alnum":
                return self.r.choice("0123456789") + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + self.digits(4)
            return self.digits(5, True) + "-" + self.digits(3)
        return self.unique(make)

    def policy(self):
        style = self.r.choice(["pa", "h", "d10", "alnum"])
        def make():
            if style == "pa":
                return "PA-" + self.digits(4) + "-" + self.digits(4)
            if style == "h":
                return self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + self.digits(1) + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + "-" + self.digits(8)
            if style == "d10":
                return self.digits(10, True)
            return self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.digits(7)
        return self.unique(make)

    def claim(self):
        style = self.r.choice(["icn", "d12", "alpha", "dash", "d15"])
        def make():
            if style == "icn":
                return self.r.choice("12") + "2" + self.digits(11)
            if style == "d12":
                return self.digits(12, True)
            if style == "alpha":
                return self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.digits(8)
            if style == "dash":
                return "C" + self.digits(4) + "-" + self.digits(6)
            return self.digits(15, True)
        return self.unique(make)

    def account(self):
        style = self.r.choice(["d9", "d10", "d7", "har"])
        def make():
            if style == "har":
                return "4" + self.digits(8)
            return self.digits(int(style[1:]), True)
        return self.unique(make)

    def driver_license(self, state=None):
        state = state or self.r.choice(["CA", "NY", "TX", "FL", "IL", "PA", "OH", "WA"])
        def make():
            if state == "CA":
                return self.chars(string.ascii_uppercase, 1) + self.digits(7)
            if state == "NY":
                d = self.digits(9, True)
                return f"{d[:3]} {d[3:6]} {d[6:]}"
            if state == "TX":
                return self.digits(8, True)
            if state == "FL":
                d = self.digits(12)
                return f"{self.r.choice(string.ascii_uppercase)}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
            if state == "IL":
                d = self.digits(11)
                return f"{self.r.choice(string.ascii_uppercase)}{d[:3]}-{d[3:7]}-{d[7:]}"
            if state == "PA":
                d = self.digits(8)
                return f"{d[:2]} {d[2:5]} {d[5:]}"
            if state == "OH":
                return self.chars(string.ascii_uppercase, 2) + self.digits(6)
            return "WDL" + self.chars(string.ascii_uppercase + string.digits, 9)
        return state, self.unique(make)

    def prof_license(self):
        style = self.r.choice(["ca_md", "rn", "year", "md"])
        def make():
            if style == "ca_md":
                return self.r.choice("ACG") + self.digits(6)
            if style == "rn":
                return "RN" + self.digits(7)
            if style == "year":
                return f"{self.r.randint(2005, 2024)}-{self.digits(7)}"
            return "MD." + self.digits(6)
        return self.unique(make)

    def serial(self, style=None):
        style = style or self.r.choice(["pacer", "cgm", "pump", "cpap", "hearing", "lvad", "generic"])
        def make():
            if style == "pacer":
                return self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.digits(6) + self.r.choice("SGHR")
            if style == "cgm":
                return self.chars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 6)
            if style == "pump":
                return "NG" + self.digits(7) + self.r.choice("HKM")
            if style == "cpap":
                return "2" + self.digits(10)
            if style == "hearing":
                return self.digits(4) + self.r.choice("ABCDEFGH") + self.digits(4)
            if style == "lvad":
                return "HM3-" + self.digits(7)
            return "SN" + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 10)
        return self.unique(make)

    # --- secrets ---
    def aws_key(self):
        return self.unique(lambda: self.r.choice(["AKIA", "AKIA", "ASIA"]) + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))

    def aws_secret(self):
        return self.unique(lambda: self.chars(ALNUM + "/+", 40))

    def github_token(self, kind="ghp"):
        def make():
            if kind == "pat":
                return "github_pat_11" + self.chars(string.ascii_uppercase + string.digits, 20) + "_" + self.chars(ALNUM, 59)
            body = self.chars(ALNUM, 30)
            crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
            enc = ""
            while crc:
                crc, rem = divmod(crc, 62)
                enc = BASE62[rem] + enc
            return kind + "_" + body + enc.rjust(6, "0")
        return self.unique(make)

    def openai_key(self):
        def make():
            if self.r.random() < 0.5:
                return "sk-" + self.chars(ALNUM, 20) + "T3BlbkFJ" + self.chars(ALNUM, 20)
            return "sk-proj-" + self.chars(ALNUM + "-_", 74) + "T3BlbkFJ" + self.chars(ALNUM + "-_", 74)
        return self.unique(make)

    def anthropic_key(self):
        return self.unique(lambda: "sk-ant-api03-" + self.chars(ALNUM + "-_", 93) + "AA")

    def slack_token(self):
        def make():
            if self.r.random() < 0.6:
                return f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{self.chars(ALNUM, 24)}"
            return f"xoxp-{self.digits(12, True)}-{self.digits(12, True)}-{self.digits(13, True)}-{self.chars('0123456789abcdef', 32)}"
        return self.unique(make)

    def stripe_key(self):
        def make():
            prefix = self.r.choice(["sk_live_", "sk_live_", "rk_live_"])
            if self.r.random() < 0.5:
                return prefix + self.chars(ALNUM, 24)
            return prefix + "51" + self.chars(ALNUM, 97)
        return self.unique(make)

    def google_key(self):
        return self.unique(lambda: "AIzaSy" + self.chars(ALNUM + "-_", 33))

    def generic_secret(self):
        style = self.r.choice(["hex", "b64", "django"])
        def make():
            if style == "hex":
                return self.chars("0123456789abcdef", self.r.choice([32, 40, 64]))
            if style == "b64":
                return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(33))).decode()
            return self.chars(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50)
        return self.unique(make)

    def password(self):
        return self.chars(ALNUM, self.r.randint(4, 8)) + self.r.choice("!#%*") + self.chars(ALNUM, self.r.randint(6, 12))

    def db_url(self, style=None):
        style = style or self.r.choice(["pg", "mysql", "mongo", "redis", "amqp"])
        pw = self.password().replace("#", "Q").replace("%", "x")
        if style == "pg":
            return f"postgresql://ehr_app:{pw}@db-prod-0{self.r.randint(1, 4)}.internal:5432/clinical"
        if style == "mysql":
            return f"mysql://billing_svc:{pw}@10.20.{self.r.randint(1, 30)}.{self.r.randint(2, 250)}:3306/billing"
        if style == "mongo":
            return f"mongodb+srv://etl_user:{pw}@cluster0.{self.chars(string.ascii_lowercase + string.digits, 5)}.mongodb.net/claims?retryWrites=true"
        if style == "redis":
            return f"redis://default:{pw}@cache-prod.internal:6379/0"
        return f"amqp://hl7feed:{pw}@mq.internal:5672/%2F"

    def jwt(self):
        def b64u(raw):
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
        header = b64u(json.dumps({"alg": self.r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        iat = 1717000000 + self.r.randint(0, 20000000)
        payload = {"sub": str(self.r.randint(10000, 999999)), "scope": self.r.choice(["patient/*.read", "user/*.*", "openid profile"]),
                   "iat": iat, "exp": iat + 3600, "iss": "https://auth." + self.r.choice(HOSP_DOMAINS)}
        body = b64u(json.dumps(payload, separators=(",", ":")).encode())
        alg = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))["alg"]
        sig = b64u(bytes(self.r.getrandbits(8) for _ in range(32 if alg == "HS256" else 256)))
        return f"{header}.{body}.{sig}"

    def private_key(self):
        style = self.r.choice(["rsa", "openssh", "ec"])
        if style == "rsa":
            raw = bytes.fromhex("308204a40201000282010100") + bytes(self.r.getrandbits(8) for _ in range(1180))
            label = "RSA PRIVATE KEY"
        elif style == "openssh":
            raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + bytes(self.r.getrandbits(8) for _ in range(360))
            label = "OPENSSH PRIVATE KEY"
        else:
            raw = bytes.fromhex("30770201010420") + bytes(self.r.getrandbits(8) for _ in range(112))
            label = "EC PRIVATE KEY"
        b = base64.b64encode(raw).decode()
        lines = [b[i:i + (70 if style == "openssh" else 64)] for i in range(0, len(b), 70 if style == "openssh" else 64)]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"

    # --- filler that only looks sensitive ---
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n=40):
        return self.chars("0123456789abcdef", n)


# ------------------------------------------------------------------------------------------------
# People, addresses and dates of one prompt
# ------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, first, last, sex, dob):
        self.first, self.last, self.sex, self.dob = first, last, sex, dob

    @property
    def age(self):
        d = self.dob
        return REFERENCE_DAY.year - d.year - ((REFERENCE_DAY.month, REFERENCE_DAY.day) < (d.month, d.day))


class Address:
    def __init__(self, number, street, unit, city, state, zipcode):
        self.number, self.street, self.unit = number, street, unit
        self.city, self.state, self.zip = city, state, zipcode

    def line1(self, with_unit=True):
        s = f"{self.number} {self.street}"
        if with_unit and self.unit:
            s += " " + self.unit
        return s


STREET_SUFFIXES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
                   ("Court", "Ct"), ("Boulevard", "Blvd"), ("Place", "Pl"), ("Way", "Way"), ("Terrace", "Ter")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d: date, style: str) -> str:
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "usnz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mon":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "dots":
        return f"{d.month:02d}.{d.day:02d}.{d.year}"
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(style)


def fmt_ssn(v: str, style: str) -> str:
    if style == "dash":
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if style == "space":
        return f"{v[:3]} {v[3:5]} {v[5:]}"
    if style == "plain":
        return v
    raise ValueError(style)


def fmt_phone(v: str, style: str) -> str:
    a, e, n = v[:3], v[3:6], v[6:]
    return {"dash": f"{a}-{e}-{n}", "paren": f"({a}) {e}-{n}", "dot": f"{a}.{e}.{n}",
            "plain": v, "e164": f"+1{v}", "intl": f"+1 {a} {e} {n}", "one": f"1-{a}-{e}-{n}",
            "hl7": f"({a}){e}-{n}"}[style]


def fmt_card(v: str, style: str) -> str:
    if style == "plain":
        return v
    sep = " " if style == "space" else "-"
    if len(v) == 15:
        return sep.join([v[:4], v[4:10], v[10:]])
    return sep.join(v[i:i + 4] for i in range(0, 16, 4))


# slot base -> kind of plant (slots not listed are filler)
PLANT_KIND = {
    "name": "name", "first": "name", "last": "name", "NAME": "name", "FIRST": "name", "LAST": "name",
    "lastfirst": "name", "initlast": "name",
    "ssn": "ssn", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email", "npi": "npi", "mbi": "mbi",
    "addr": "address", "street": "address", "city": "address", "zip": "address", "citystzip": "address",
    "card": "credit-card", "pid": "patient-id", "enc": "patient-id",
    "member": "health-plan-id", "groupno": "health-plan-id", "policy": "health-plan-id",
    "claim": "claim-number", "acct": "account-number", "dl": "license-number", "lic": "license-number",
    "serial": "device-id", "vin": "vin", "ip": "ip-address", "url": "url", "social": "url", "date": "date",
    "aws": "aws-access-key", "ghp": "github-token", "openai": "openai-key", "anthropic": "anthropic-key",
    "dburl": "password-in-url", "secret": "generic-secret", "awssecret": "generic-secret", "jwt": "jwt",
    "pem": "private-key", "slack": "slack-token", "stripe": "stripe-key", "gkey": "google-api-key",
}
KINDS = [
    "ssn", "mrn", "dob", "phone", "email", "npi", "mbi", "name", "address", "credit-card", "patient-id",
    "health-plan-id", "claim-number", "account-number", "license-number", "device-id", "vin", "ip-address",
    "url", "date", "aws-access-key", "github-token", "openai-key", "anthropic-key", "password-in-url",
    "generic-secret", "jwt", "private-key", "slack-token", "stripe-key", "google-api-key",
]
SLOT = re.compile(r"<<([A-Za-z_]+?)(\d?)(?::([a-z0-9]+))?>>")


class Prompt:
    """Renders one template: people, addresses and values drawn lazily, the same digit giving the
    same person or value everywhere in the template."""

    def __init__(self, gen, intl=False):
        self.g = gen
        self.r = gen.rng
        self.v = gen.values
        self.intl = intl
        self.people = {}
        self.addresses = {}
        self.cache = {}
        self.plants = []
        self.forced_sex = {}
        self.cur_style = None
        self.anchor = REFERENCE_DAY - timedelta(days=self.r.randint(20, 5 * 365))

    def person(self, idx):
        if idx not in self.people:
            if self.intl and idx == 1:
                first, last, sex = self.g.next_intl(self.forced_sex.get(idx))
            else:
                sex = self.forced_sex.get(idx) or self.r.choice("FM")
                first = self.g.fake.first_name_female() if sex == "F" else self.g.fake.first_name_male()
                last = self.g.fake.last_name()
            dob = date(1937, 1, 1) + timedelta(days=self.r.randint(0, (date(2004, 12, 31) - date(1937, 1, 1)).days))
            self.people[idx] = Person(first, last, sex, dob)
        return self.people[idx]

    def address(self, idx):
        if idx not in self.addresses:
            number = str(self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 9999),
                                        self.r.randint(1000, 9999), self.r.randint(10000, 28999)]))
            name = self.r.choice(STREET_NAMES) if self.r.random() < 0.6 else self.g.fake.street_name().split(" ")[0]
            full, abbr = self.r.choice(STREET_SUFFIXES)
            street = f"{name} {self.r.choice([full, abbr, abbr])}"
            if self.r.random() < 0.2:
                street = self.r.choice(["N", "S", "E", "W"]) + " " + street
            unit = ""
            if self.r.random() < 0.45:
                unit = self.r.choice([f"Apt {self.r.randint(1, 40)}{self.r.choice('ABCD')}", f"Apt. {self.r.randint(101, 1520)}",
                                      f"Unit {self.r.randint(1, 60)}", f"#{self.r.randint(2, 30)}"])
            city, state, zipcode = self.r.choice(REAL_PLACES)
            self.addresses[idx] = Address(number, street, unit, city, state, zipcode)
        return self.addresses[idx]

    def raw(self, base, idx):
        """The underlying value of a non-person slot, drawn once per (base, idx)."""
        key = (base, idx)
        if key in self.cache:
            return self.cache[key]
        v, r = self.v, self.r
        makers = {
            "ssn": v.ssn, "phone": v.phone, "mrn": v.mrn, "npi": v.npi, "mbi": v.mbi,
            "vin": v.vin, "ip": v.ip, "enc": v.encounter, "member": v.member_id,
            "groupno": v.group_no, "policy": v.policy, "claim": v.claim, "acct": v.account,
            "lic": v.prof_license, "aws": v.aws_key, "awssecret": v.aws_secret, "ghp": v.github_token,
            "openai": v.openai_key, "anthropic": v.anthropic_key, "slack": v.slack_token,
            "stripe": v.stripe_key, "gkey": v.google_key, "secret": v.generic_secret, "jwt": v.jwt,
            "pem": v.private_key, "dburl": v.db_url,
            "dr": lambda: self.g.fake.last_name(), "med": lambda: r.choice(MEDS),
            "cond": lambda: r.choice(CONDITIONS), "hx": lambda: r.choice(HISTORY),
            "complaint": lambda: r.choice(COMPLAINTS), "hosp": lambda: r.choice(HOSPITALS),
            "payer": lambda: r.choice(PAYERS), "room": lambda: str(r.randint(201, 940)),
        }
        if base == "dob":
            val = self.person(idx).dob
        elif base == "pid":
            # <<pid:d>> digits only, <<pid:uuid>> a UUID, <<pid>> either
            val = self.v.patient_id({"d": self.r.choice(["d5", "d6", "d8"]), "uuid": "uuid"}.get(self.cur_style))
        elif base == "date":
            # ascending dates per prompt: date1 < date2 < date3, from the prompt's anchor
            val = self.anchor if idx == 1 else self.raw("date", idx - 1) + timedelta(days=r.randint(1, 12))
        elif base == "card":
            # <<card:amex>> etc. picks the issuer; <<card:space>> etc. the spelling
            val = v.card({"visa": "visa", "mc": "mc", "amex": "amex", "discover": "discover"}.get(self.cur_style))
        elif base == "dl":
            val = v.driver_license()
        else:
            val = makers[base]()
        self.cache[key] = val
        return val

    def render_slot(self, base, idx_s, style):
        idx = int(idx_s) if idx_s else 1
        r = self.r
        if base in ("name", "first", "last", "NAME", "FIRST", "LAST", "lastfirst", "initlast",
                    "he", "He", "his", "His", "him", "mr", "Mr", "man", "sex", "age", "woman", "son", "MF"):
            p = self.person(idx)
            f = p.sex == "F"
            out = {
                "name": f"{p.first} {p.last}", "first": p.first, "last": p.last,
                "NAME": f"{p.last.upper()}, {p.first.upper()}", "FIRST": p.first.upper(), "LAST": p.last.upper(),
                "lastfirst": f"{p.last}, {p.first}", "initlast": f"{p.first[0]}. {p.last}",
                "he": "she" if f else "he", "He": "She" if f else "He", "his": "her" if f else "his",
                "His": "Her" if f else "His", "him": "her" if f else "him",
                "mr": ("Mrs." if r.random() < 0.5 else "Ms.") if f else "Mr.",
                "Mr": "Mrs" if f else "Mr", "man": "woman" if f else "man", "woman": "female" if f else "male",
                "son": "daughter" if f else "son", "sex": "F" if f else "M", "MF": "F" if f else "M",
                "age": str(p.age),
            }[base]
            if base == "mr":  # one title per person
                out = self.cache.setdefault(("mr", idx), out)
            return out
        if base in ("addr", "street", "city", "zip", "state", "citystzip"):
            a = self.address(idx)
            if base == "street":
                return a.line1(style != "nounit").lower() if style == "lower" else a.line1(style != "nounit")
            if base == "city":
                return a.city
            if base == "zip":
                return a.zip
            if base == "state":
                return a.state
            if base == "citystzip":
                return f"{a.city}, {a.state} {a.zip}"
            if style == "ml":
                return f"{a.line1()}\n{a.city}, {a.state} {a.zip}"
            if style == "nozip":
                return f"{a.line1()}, {a.city}, {a.state}"
            if style == "nocomma":
                return f"{a.line1()} {a.city} {a.state} {a.zip}"
            return f"{a.line1()}, {a.city}, {a.state} {a.zip}"
        if base == "email":
            key = ("email", idx)
            if key not in self.cache:
                p = self.person(idx)
                fl = re.sub(r"[^a-z]", "", p.first.lower().split(" ")[0]
                            .translate(str.maketrans("łńśćźżóąę", "lnsczzoae")))
                ll = re.sub(r"[^a-z]", "", p.last.lower().translate(str.maketrans("łńśćźżóąę", "lnsczzoae")))
                local = r.choice([f"{fl}.{ll}", f"{fl}{ll}{p.dob.year % 100:02d}", f"{fl[0]}{ll}{r.randint(1, 99)}",
                                  f"{fl}_{ll}", f"{ll}.{fl}", f"{fl}{r.randint(70, 2010)}"])
                dom = r.choice(MAIL_DOMAINS) if r.random() < 0.85 else r.choice(HOSP_DOMAINS)
                self.cache[key] = f"{local}@{dom}"
            return self.cache[key]
        if base == "url":
            key = ("url", idx, style)
            if key not in self.cache:
                dom = r.choice(HOSP_DOMAINS)
                pid = self.v.patient_id(r.choice(["d6", "d8"]))
                self.cache[key] = r.choice([
                    f"https://portal.{dom}/patients/{pid}/chart",
                    f"https://mychart.{dom}/MyChart/app/patient/{pid}/results",
                    f"https://ehr.{dom}/chart?mrn={self.v.mrn()}",
                    f"https://emr.{dom}/clinical/patient/{pid}/summary#labs",
                    f"https://{dom.split('.')[0]}.followmyhealth.com/records/{pid}",
                ])
            return self.cache[key]
        if base == "social":
            key = ("social", idx)
            if key not in self.cache:
                p = self.person(idx)
                fl = re.sub(r"[^a-z]", "", p.first.lower().translate(str.maketrans("łńśćźżóąę", "lnsczzoae")))
                ll = re.sub(r"[^a-z]", "", p.last.lower().translate(str.maketrans("łńśćźżóąę", "lnsczzoae")))
                site = style or r.choice(["facebook", "linkedin", "instagram", "tiktok", "gofundme"])
                self.cache[key] = {
                    "facebook": f"https://www.facebook.com/{fl}.{ll}.{r.randint(1, 99)}",
                    "linkedin": f"https://www.linkedin.com/in/{fl}-{ll}-{self.v.sha(8)}/",
                    "instagram": f"https://www.instagram.com/{fl}_{ll}{r.randint(1, 99)}/",
                    "tiktok": f"https://www.tiktok.com/@{fl}{ll}{r.randint(80, 2009)}",
                    "gofundme": f"https://www.gofundme.com/f/help-{fl}-{ll}-fight-cancer",
                }[site]
            return self.cache[key]
        if base == "serial":
            key = ("serial", idx)
            if key not in self.cache:
                self.cache[key] = self.v.serial(style or None)
            return self.cache[key]
        if base == "dl":
            state, num = self.raw("dl", idx)
            return state if style == "state" else num
        if base == "ghp":
            key = ("ghp", idx)
            if key not in self.cache:
                self.cache[key] = self.v.github_token(style or "ghp")
            return self.cache[key]
        if base == "dburl":
            key = ("dburl", idx)
            if key not in self.cache:
                self.cache[key] = self.v.db_url(style or None)
            return self.cache[key]
        self.cur_style = style
        val = self.raw(base, idx)
        if base == "ssn":
            return fmt_ssn(val, style or r.choice(["dash", "dash", "dash", "space", "plain"]))
        if base == "dob" or base == "date":
            # one spelling for all the dates (and one for all the birth dates) of a prompt
            return fmt_date(val, style or self.cache.setdefault((base + "fmt",), r.choice(["us", "us", "us", "short", "usnz", "iso", "long", "mon"])))
        if base == "phone":
            return fmt_phone(val, style or self.cache.setdefault(("phonefmt", idx), r.choice(["dash", "dash", "paren", "paren", "dot", "plain", "one", "intl"])))
        if base == "card":
            spelling = style if style in ("plain", "space", "dash") else None
            return fmt_card(val, spelling or self.cache.setdefault(("cardfmt", idx), r.choice(["plain", "space", "space", "dash"])))
        if base == "mbi" and style == "dash":
            return f"{val[:4]}-{val[4:7]}-{val[7:]}"
        return val

    def render(self, template):
        # <<sexF>> / <<sexM2>>: zero-width markers that fix a person's sex (pregnancy, "his wife")
        for m in re.finditer(r"<<sex([FM])(\d?)>>", template):
            self.forced_sex[int(m.group(2) or 1)] = m.group(1)
        template = re.sub(r"<<sex[FM]\d?>>", "", template)
        # "<<first>> <<last>>" is one full name, planted once
        template = re.sub(r"<<first(\d?)>> <<last\1>>", r"<<name\1>>", template)

        def sub(m):
            base, idx_s, style = m.group(1), m.group(2), m.group(3)
            text = self.render_slot(base, idx_s, style)
            kind = PLANT_KIND.get(base)
            if kind and not (base == "dl" and style == "state"):
                entry = {"kind": kind, "value": text}
                if entry not in self.plants:
                    self.plants.append(entry)
            return text
        return SLOT.sub(sub, template)


# ------------------------------------------------------------------------------------------------
# Templates
# ------------------------------------------------------------------------------------------------
def T(s):
    """A multi-line template: drop the first newline so the text starts where the paste does."""
    return s[1:] if s.startswith("\n") else s


NAME_CLINICAL = [
    "<<name>> was admitted last night with <<cond>>. Can you help me write the H&P assessment and plan? Vitals: BP 148/92, HR 104, SpO2 91% on RA.",
    "<<name>>, <<age>><<sex>>, presented with <<complaint>> x3 days. PMH HTN, HLD, T2DM. What's on the ddx?",
    "<<mr>> <<last>> reports worsening <<complaint>> since starting <<med>>. Could this be a side effect? what should i check",
    "pt <<name>> c/o <<complaint>>, hx of <<hx>>. trop neg x2. ok to dc home or obs?",
    "Summarize this for handoff: <<name>> (<<age>> y/o <<sex>>) s/p lap chole POD1, tolerating clears, pain controlled on oxy 5 q6 prn.",
    "can you rewrite this more professionally - '<<first>> <<last>> came in again for the same thing, knee pain, wants more norco, I said no'",
    "My patient <<name>> has an eGFR of 38 and is on <<med>>. Do I need to renally dose anything else on <<his>> list?",
    "<<name>> is a <<age>> yo <<man>> with poorly controlled diabetes (A1c 10.2). Suggest a basal-bolus regimen, wt 92 kg.",
    "Write a progress note: <<mr>> <<last>> seen today for f/u of <<hx>>. Stable. Continue current meds. RTC 3 mo.",
    "Is it safe to start <<med>> in <<name>>? <<He>> is <<age>>, on warfarin, INR 2.8.",
    "Help me explain to <<first>>'s <<son2>> why <<he>> needs hospice. <<name>>, metastatic pancreatic ca, declining PO intake, sleeping 20h/day.",
    "ED course for <<name>>: arrived via EMS after a syncopal episode at church, EKG showed 2nd degree AV block type II. Pls draft the MDM section.",
    T("""
<<NAME>>
<<age>><<sex>> | Bed 14 | Attending: Dr. <<dr>>
A/P: #Sepsis 2/2 UTI - cont ceftriaxone, f/u cx
     #AKI - holding lisinopril, IVF

turn this into a 3 sentence summary for the family meeting"""),
    "I'm the charge nurse. <<name>> in room <<room>> keeps pulling at <<his>> IV and is confused overnight. delirium precautions checklist?",
    "Quick q, <<mr>> <<last>>'s potassium came back 6.1 (hemolyzed?). Repeat or treat?",
    "Translate into Spanish for the patient: '<<first>>, your biopsy results were benign. No further treatment is needed.'",
    "pt is <<name>>, <<age>>yo, BMI 41, wants to start Wegovy. insurance requires PA. write the justification",
    "Can u help me chart this: <<name>> fell at home, hit head, on eliquis, CT head neg. Neuro checks q2h overnight.",
    "Psych consult for <<name>>: <<age>> <<sex>>, SI with plan, admitted to 5 West. Write a safety plan tailored to <<him>>.",
    "<<name>> - pre-op clearance for TKA. Echo EF 35%, walks 2 blocks before stopping. RCRI score and recs?",
    "<<sexF>>OB: <<first>> <<last>> G2P1 at 34w3d with BP 152/98 and 2+ proteinuria. next steps? mag?",
    "<<sexM>>We need to tell <<name>>'s wife about the new cancer dx. <<He>> gave verbal consent. How do I document that?",
    "dictation cleanup pls: 'patient <<name>> is a pleasent <<age>> year old <<man>> here for followup of <<his>> COPD, doing well on trelegy'",
    "<<name>> has had 3 ED visits this month for <<complaint>>. Should we refer to case mgmt? draft the referral reason",
    "Does <<name>> qualify for home O2? Sat 87% on RA at rest, ABG pO2 54. <<He>> has <<hx>>.",
    "Write an incident report: <<name>> recieved a double dose of <<med>> on nights, no harm, vitals stable, MD notified.",
    "what labs should i order for <<mr>> <<last>> before starting amiodarone",
    "<<lastfirst>> - 2nd opinion requested re: MRI showing L4-L5 herniation. summarize the options in plain language for <<him>>",
    "Hospital course for <<name>>: admitted for <<cond>>, treated with IV abx, improved, transitioned to PO. need 1 paragraph.",
    "I'm a PT. <<name>> (s/p R hip ORIF) is refusing therapy again today. motivational interviewing phrases?",
    "<<initlast>>, <<age>><<MF>>, ICU day 4, still on levo 0.08. Should we add vaso or stress-dose steroids?",
    "Is it normal for <<first>> to still be this sleepy 2 days after the ECT? <<He>>'s <<age>>. Family is worried. -- nurse on 7N",
]

NAME_MESSAGES = [
    "draft a text to <<first>> reminding <<him>> of <<his>> A1c recheck next week",
    "<<sexF>>Write a voicemail script for calling <<name>> back about abnormal pap results (don't give results on VM)",
    "Can you write a friendly portal message to <<name>> saying <<his>> colonoscopy prep instructions are attached?",
    "Compose an SMS: 'Hi <<first>>, this is Lakeview Family Medicine. Your flu shot is due...' keep it under 160 chars",
    "I need to call <<mr>> <<last>> to tell <<him>> the MRI is clear. give me talking points, <<he>> is very anxious",
    "email to <<name>>'s <<son2>> <<name2>> about the care conference on Thursday at 2, conf room B",
    "Wrtie a no-show letter for <<name>>, missed 3 appts for diabetic eye exam",
    "text <<first>> that <<his>> prescription for <<med>> is ready for pickup",
    "Help me word a message to <<name>> declining an early refill of oxycodone. empathetic but firm.",
    "remind <<first>> <<last>> about <<his>> INR check tomorrow at 9:15, and to hold <<his>> warfarin tonight",
    "Draft a letter to <<name>> explaining <<his>> lab results: ferritin 8, Hgb 9.9. Recommend oral iron and recheck in 8 wks.",
    "Please write a follow-up call note: spoke with <<name>> re: post-discharge meds, confirmed taking <<med>>, no questions.",
    "reply to this patient message: 'hi its <<first>> <<last>>, my sugar was 320 this morning and I feel dizzy what do I do'",
    "<<sexF>>Write a reminder postcard for <<name>>: annual mammogram overdue",
    "Can you make this sound warmer: 'Dear <<first>>, you are overdue for your AAA screening. Call us.'",
    "Script for the MA to call <<name>> and reschedule <<his>> echo, the machine is down Tues",
    "Write a sympathy card from the clinic to <<name2>>; <<his2>> partner <<name>> passed away last week in our ICU.",
]

NAME_LETTERS = [
    T("""
Dear Dr. <<dr>>,

I am referring <<name>>, a <<age>>-year-old <<man>> with <<hx>>, for evaluation of worsening exertional dyspnea. Recent echo showed moderate AS (AVA 1.1 cm2).

Sincerely,
Dr. <<dr2>>

^ polish this referral letter and make it shorter"""),
    T("""
DISCHARGE SUMMARY
Patient: <<name>>
Admit: <<date>>    Discharge: <<date2>>
Attending: Dr. <<dr>>
Principal dx: <<cond>>
Hospital course: ...

fill in the hospital course from these bullets: IV lasix, diuresed 4L, started entresto, ambulating"""),
    "Write a referral to GI for <<name>>: iron deficiency anemia, +FIT, never had a scope.",
    "Dear Dr. <<dr>>, thank you for seeing <<mr>> <<last>> in consultation for <<his>> chronic cough. <<He>> is a former smoker... <- finish this letter",
    "Can you write a letter of medical necessity for <<name>>'s power wheelchair? Dx ALS, progressive weakness, can't self-propel.",
    "Work note: 'Please excuse <<name>> from work <<date:usnz>> through <<date2:usnz>> due to illness.' make it sound official",
    "Draft the discharge instructions for <<name>> going home on <<med>> after NSTEMI. 6th grade reading level.",
    "To whom it may concern: <<name>> has been under my care since 2019 for major depressive disorder... need an ESA letter, keep it short",
    T("""
TRANSFER SUMMARY
<<name>>, <<age>><<sex>>, transferred from <<hosp>> ICU for ECMO evaluation.
Intubated <<date>>, P/F 68 on FiO2 100%, PEEP 16.

rewrite as an SBAR for the accepting fellow"""),
    "Referral letter to cardiology: I am referring <<name>> for evaluation of a new 3/6 systolic murmur and syncope. pls expand",
    "write a school note for <<first>> <<last>> (age 9) who has asthma and needs to carry an albuterol inhaler",
    "Death summary: <<name>> expired on <<date>> at 0342. Cause: cardiopulmonary arrest 2/2 septic shock. make it formal",
    "Consult letter back to the PCP: Saw <<name>> today for gross hematuria, CT urogram ordered, cysto scheduled. 4-5 sentences",
    "FMLA paperwork: <<name>> needs intermittent leave for migraines, 2-3 episodes/mo lasting 1-2 days. Fill in section III wording",
    "Prior auth appeal for <<name>>: denied Humira for moderate-severe Crohn's despite failing azathioprine. Write the appeal letter.",
    T("""
Hospice referral
Pt: <<lastfirst>>
Dx: end-stage COPD, FEV1 22%, 3 admissions in 6 mo
PCP: Dr. <<dr>>

turn into a narrative for the hospice intake nurse"""),
    "Dear Dr. <<dr>>: Re: <<name>>. Thank you for referring this pleasant <<age>>-year-old for evaluation of thyroid nodules... — can you finish with FNA recs?",
]

NAME_INTL = [
    "<<name>> was admitted with <<cond>>, needs an interpreter. Which phrases should we have ready for the admission?",
    "Pt <<name>>, <<age>><<sex>>, c/o <<complaint>>, recently arrived from abroad. TB screening?",
    "<<mr>> <<last>> reports <<complaint>> and wants to keep fasting for Ramadan while on <<med>>. counsel?",
    "draft a text to <<first>> reminding <<him>> of the follow-up for <<his>> hepatitis B viral load",
    "Write the discharge instructions for <<name>> in simpler English; <<he>> reads English as a second language.",
    "Dear Dr. <<dr>>, I am referring <<name>>, <<age>> y/o, with <<hx>>, for further management. -- improve",
    "How do I pronounce <<name>>? I'm calling <<him>> back about <<his>> biopsy today.",
    "<<NAME>> -- bed 22 -- s/p CABG x3 POD2. family asking about diet. short answer pls",
    "can you check my note: '<<first>> <<last>> is a <<age>> year old with <<hx>> admitted for <<cond>>'",
    "Summarize for handoff: <<name>>, <<age>> <<sex>>, <<cond>>, on <<med>>, daughter at bedside translating.",
    "Write a portal message to <<name>> that <<his>> thyroid ultrasound was normal",
    "Patient <<name>> missed dialysis twice. How do I approach the conversation respectfully?",
    "<<name>> (<<age>><<MF>>) presented with <<complaint>>; lives with family, works night shifts. ddx?",
    "<<mr>> <<last>>'s family wants to bring traditional remedies to the ICU. How should I talk with them?",
    "Referral: <<name>> to endocrine for uncontrolled T2DM, A1c 11.4, on metformin only.",
    "pt <<first>> <<last>> c/o <<complaint>> x1wk, hx <<hx>>. what workup?",
    "Our interpreter service needs the name spelled out: <<name>>, appointment Tue 10am. Can you write the request?",
    "Please correct this letter to <<name>>: 'Your results of the scan was normal and no need of followup.'",
    "ED note for <<name>>: <<age>> y/o <<man>> with back pain after a fall from scaffolding at work. help w/ MDM",
    "Write a voicemail for <<first>> <<last>>, reminding <<him>> to bring all <<his>> medication bottles to the visit",
    "I need a patient-friendly explanation of <<his>> new dx of <<hx>> for <<name>>.",
    "<<sexF>><<lastfirst>> - 2nd trimester, GDM on insulin. can you draft the plan for her OB visit?",
]

ADDRESS = [
    "Home visit tomorrow for <<name>> at <<addr>>. What should I bring for a wound vac change?",
    "her address is <<street>>, <<citystzip>> - can you format it for the envelope?",
    "update the patient's address to <<addr>> in Epic. whats the workflow for a verified address change?",
    T("""
Geocode these for a map of our home-health patients:
<<addr>>
<<addr2>>
<<addr3>>"""),
    "<<name>> moved; new address <<street>>. Does <<he>> need a new PCP assignment?",
    T("""
why does this return None?
```python
from geopy.geocoders import Nominatim
loc = Nominatim(user_agent="hh").geocode("<<addr>>")
print(loc)
```"""),
    "pt lives alone at <<street>>, 3rd floor walk-up, no elevator. SNF vs home w/ services?",
    "Delivery instrucitons for DME: oxygen concentrator to <<addr>>, use the side door.",
    "Is <<addr:nozip>> inside the county's service area for the mobile crisis team?",
    "EMS run sheet: pickup at <<street>>, found pt on floor ~12h, CK 8000. what to document?",
    T("""
this payload fails validation, what's wrong?
{
  "patient": {"mrn": "<<mrn>>"},
  "address": {"line1": "<<street>>", "city": "<<city>>", "state": "<<state>>", "postalCode": "<<zip>>"}
}"""),
    "Write directions for the home health aide from the clinic to <<addr>>, she doesn't drive on highways",
    "Why does USPS address validation reject '<<street:lower>>'?",
    T("""
Mailing the records to
<<name>>
<<addr:ml>>
what cover letter should go with them?"""),
    "address on file: <<addr>>; address on the insurance card: <<addr2>>. which one do we bill to?",
    "Fill out the APS report narrative: vulnerable adult at <<addr>>, suspected neglect by son.",
    "the wheelchair van needs pickup at <<street>> (buzzer broken, call on arrival) for dialysis MWF",
    "Visiting nurse route for today: 1) <<street>> 2) <<street2>> 3) <<street3>>. best order?",
    "Our patient <<name>> says <<his>> address is <<addr>> but Google Maps can't find it",
    "pharmacy is shipping insulin to <<addr>>. ok to leave it on the porch in this heat?",
    "CHW note: visited home at <<street>>; mold in bathroom, no heat since Nov. what resources?",
    "send the lab kit to <<addr:nocomma>> pls, and write the cover note",
    "Mom says to send the bill to <<street>>, <<city>>, not the old apartment. update?",
]

KEYWORD_IDS = [
    "Aetna denied it. Member ID <<member>>, group <<groupno>>. Write an appeal for the MRI.",
    "claim # <<claim>> keeps bouncing with CO-16. what's missing?",
    "Subscriber ID: <<member>> / Policy #: <<policy>> -- is this primary or secondary if she also has Medicare?",
    T("""
can you read this 835 for me?
CLP*<<claim>>*4*1250*0**12*<<claim2>>*11*1~
CAS*CO*50*1250~
what does CO-50 mean here"""),
    "acct# <<acct>> has a $3,412 balance after insurance. Draft a payment plan letter to <<name>>.",
    "The patient's Medicaid ID is <<member>>; the 271 comes back AAA*N**72. what does 72 mean?",
    "Policy number <<policy>>, auto claim for the MVC, PIP coverage. how do we bill the ED visit?",
    "billing q: account number <<acct>>, guarantor is <<name>>. Do we offer a self-pay discount after 90 days?",
    "Write a letter to BCBS re: claim <<claim>>, underpaid per our contract (paid $412, contract $890).",
    "Member #<<member>> Group #<<groupno>> RxBIN 610014 PCN CTRXMEDD - why is the pharmacy claim rejecting 70?",
    "Workers comp claim number <<claim>> for <<name>>; the adjuster wants the last 3 progress notes. what can we send?",
    "Insurance card says ID <<member>>, GRP <<groupno>>, PCP copay $25. Is it a PPO or HMO?",
    "Hospital account <<acct>> was split billed; explain UB-04 bill type 0111 vs 0112 for it",
    "ref claim no. <<claim>>: timely filing denial, but we submitted within 90 days. what proof do they accept?",
    "Medicare Advantage member id <<member>> - where do I find the plan's PA fax number?",
    T("""
eligibility response from the clearinghouse, is the coverage active?
{"memberId": "<<member>>", "groupNumber": "<<groupno>>", "planBegin": "2024-01-01", "status": "1", "coverageLevel": "FAM"}"""),
    "Our collections vendor wants the acct numbers: <<acct>>, <<acct2>>, <<acct3>>. Is sending these over email ok?",
    "the subscriber number on the EOB is <<member>> but our system has <<member2>> - typo or a different plan?",
    "life insurance policy <<policy>> for <<name>>: APS request came in, what records do we send?",
    "dispute: EOB for claim ID <<claim>> says 'not medically necessary' for a CT abd/pelvis w contrast. appeal points?",
    "Rx claim <<claim>> rejected 75 (PA required) for Ozempic. what to put in the PA?",
    "Dental: subscriber id <<member>>, need to know frequency limits for D1110 before scheduling",
    "Pls write a hardship letter for account <<acct>>; the patient lost her job in March",
    "policy # <<policy>> group # <<groupno>>: does the plan cover CGMs under pharmacy or DME?",
    "Why was claim <<claim>> paid at out-of-netwrok rates? the provider is in network as of Jan.",
    "Patient acct <<acct>> - refund of $88.40 overpayment, draft the refund letter",
]

LOG_IDS = [
    T("""
GET /api/patients/<<pid>>/labs 500 in prod, started after the deploy. stack:
  File "app/views/labs.py", line 41, in get_labs
    results = svc.fetch(patient_id)
  File "app/services/lab_service.py", line 112, in fetch
    raise UpstreamTimeout("LIS did not answer in 30s")
any idea?"""),
    T("""
Traceback (most recent call last):
  File "/srv/etl/merge.py", line 210, in <module>
    rows[key]
KeyError: 'patient <<enc>>'
how do I make this skip missing keys"""),
    "this query takes 40s, why? SELECT * FROM lab_results WHERE mrn = '<<mrn>>' ORDER BY collected_at DESC",
    T("""
the FHIR server rejects this with 422:
{"resourceType": "Patient", "id": "<<pid>>", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.1234", "value": "<<mrn>>"}], "active": true}"""),
    "ERROR 2025-03-05T14:22:01Z [hl7-listener] encounter_id=<<enc>> ACK AE: PID-3 missing. why would PID-3 be missing?",
    "Sentry: TypeError: Cannot read properties of undefined (reading 'allergies') at /encounters/<<enc>>/summary. what's the likely cause in react?",
    T("""
 patient_id |   mrn    | admit_dt
------------+----------+------------
      <<pid:d>> | <<mrn>> | <<date:iso>>
(1 row)
why does the join give me 1 row instead of 3"""),
    "django.http.Http404: No Patient matches the given query. (patient_id=<<pid>>) - but it's in the db??",
    "UPDATE patients SET status='deceased' WHERE patient_id = <<pid>>; -- ran this on prod by accident, how do I roll back in postgres?",
    T("""
com.acme.mpi.PatientNotFoundException: MRN <<mrn>> not found in MPI
    at com.acme.mpi.Lookup.byMrn(Lookup.java:88)
    at com.acme.adt.A08Handler.handle(A08Handler.java:143)
how should the A08 handler deal with this"""),
    "kafka consumer log: Failed to deserialize message key=MRN:<<mrn>> partition=3 offset=882211. schema registry issue?",
    "Why does this return 2 rows? SELECT * FROM encounters WHERE visit_id = <<enc>>",
    T("""
>>> df.loc[<<pid:d>>]
KeyError: <<pid:d>>
the id is definitely in the csv, is it a dtype thing?"""),
    "airflow task log: [2025-04-02 03:11:45] INFO Processing batch for patient_id=<<pid>> ... ERROR lab feed returned 0 rows. retry logic?",
    "ValueError: invalid literal for int() with base 10: 'MRN<<mrn>>' - how do I strip the prefix safely?",
    "redis: key patient:<<pid>>:meds has TTL -1, should it expire? we cache med lists there",
    T("""
graphql error:
query { patient(id: "<<pid>>") { name dob encounters { id } } }
-> "Cannot return null for non-nullable field Patient.dob"
"""),
    "Epic Interconnect error: Could not find patient with ID <<mrn>> (type MRN). is the ID type wrong?",
    "GET /fhir/Patient?identifier=<<mrn>> returns an empty bundle but GET /fhir/Encounter/<<enc>> works. why?",
    "mirth: PV1|1|I|4W^412^A||||1234^SMITH^JOHN|||MED||||1|||1234^SMITH^JOHN|IN|<<enc>>|||||||||||||||||||||||||20250301 - which field is the visit number?",
    "Audit log: user jsmith accessed chart MRN <<mrn>> at 02:14 without a treatment relationship. how do I write this up for privacy?",
    "s3://ehr-exports/patients/<<pid>>/ccda.xml -> AccessDenied from the lambda role. policy looks right?",
    'ES query not matching: {"query": {"term": {"mrn": "<<mrn>>"}}} - the field is text not keyword?',
    T("""
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "patients_mrn_key"
DETAIL:  Key (mrn)=(<<mrn>>) already exists.
upsert pattern for this?"""),
    "react-router: navigating to /patients/<<pid>>/edit renders blank, no console errors",
    "nginx: 10.1.4.22 - - [12/Mar/2025:08:14:55 +0000] \"GET /chart/<<pid:uuid>>/notes HTTP/1.1\" 502 - why 502 only on this route",
    "Log: WARN MedRecService - reconciliation skipped for encounter <<enc>> (pt MRN <<mrn>>): pharmacy feed stale",
]

DOB_SSN = [
    "Verify the SSN format: <<ssn:dash>> for <<name>>, DOB <<dob>>. is the format right for the 837?",
    "patient gave SSN as <<ssn:plain>> but the payer has <<ssn2:dash>>. which do I trust",
    "DOB: <<dob:us>> - how old is she now in years and months?",
    "Can you calculate the chronological age for a patient born <<dob:long>>?",
    "ss# <<ssn:space>> keeps failing on the Medicaid app, is it even valid?",
    "born <<dob:iso>>, is he due for the shingles vaccine yet",
    T("""
Name: <<name>>
DOB: <<dob>>
SSN: <<ssn>>
turn this into a FHIR Patient resource"""),
    "Her date of birth is <<dob:long>>; do we bill the Welcome to Medicare visit or an AWV?",
    "d.o.b <<dob:dots>> | sex <<sex>> | can you compute CKD-EPI 2021 with Cr 1.4",
    "the last four aren't enough for SSA, they want the full one: <<ssn>>. ok to fax it?",
    "DOB <<dob:us>> on registration doesn't match the lab requisition; patient says it's <<dob2:us>>. which do we correct?",
    "Social Security # <<ssn:dash>> for the disability application for <<name>>, what else does the form need?",
    "b. <<dob:short>>, F. Eligible for Medicare when?",
    T("""
>>> df[df.ssn == '<<ssn:dash>>'][['dob']]
          dob
412  <<dob:iso>>
why is dob an object dtype here"""),
    "I need to file the SS-5 correction: <<ssn:dash>>, DOB <<dob:us>>, name change after marriage",
    "Employee health: <<name>> SSN <<ssn:dash>>, TB test due, can you draft the reminder?",
    "pt dob <<dob:us>>, turning 65. when exactly does Medicare eligibility start?",
    "SSN <<ssn:plain>> came back as deceased in the DMF match, but the patient is standing in front of me. what now?",
    "<<sexF>>My mom's SSN is <<ssn:dash>> and her birthday is <<dob:long>>. help me fill this hospice enrollment form",
    "patient identifiers: ssn=<<ssn:plain>> dob=<<dob:iso>> -> which fields does the PDMP query need?",
    "DOB: <<dob:mon>>. wristband shows a different year. how do we fix the wrong-patient risk?",
    "date of birth <<dob:usnz>>, age on the label says 58. which is wrong?",
    "SSN: <<ssn:space>>   DOB: <<dob:dmy>>   (from the intake form) -> normalize these for the import",
]

CONTACT = [
    "Call <<name>> back at <<phone>> abt the biopsy reslts",
    "pt's cell is <<phone:paren>>, daughter's is <<phone2>>. which one do I list as primary?",
    "can we email <<email>> the after-visit summary? is that HIPAA ok",
    "<<sexF>>Her email is <<email>> and it bounces. how do I ask her to re-register for MyChart",
    "contact: <<phone:dot>> (home) <<phone2:plain>> (work). format these for the face sheet",
    "write a text to <<phone>>: 'Your appointment is confirmed for Tuesday.' is a text ok for this?",
    "the patient's wife called from <<phone>> asking for results. can I share them?",
    "Fwd from <<email>>: 'I need my records sent to my new doctor' - draft a reply",
    "Twilio failing to send to <<phone:e164>> with error 21610, what does that mean?",
    "Mobile: <<phone:paren>>  Email: <<email>>  Preferred: text. Patient <<name>> wants reminders by text only. how to set that?",
    T("""
clean up this contact list please:
<<name>> <<email>> <<phone>>
<<name2>> <<email2>> <<phone2>>"""),
    "reach <<first>> at <<phone>> after 5pm only - put that in the sticky note wording",
    "Caller ID showed <<phone>>; pt said he wants to end it. what's our protocol?",
    "<<sexF2>>Add <<email2>> as the proxy for <<name>>'s portal, she's <<his>> healthcare POA",
    "SendGrid bounced for <<email>> with 550 5.1.1. mailbox doesn't exist?",
    "<<sexM2>>emergency contact: <<name2>> (son) <<phone>>. how to enter this in the ADT form",
    "Can you regex out the phone from: 'pls call me back at <<phone>> thx - <<first>>'",
    "pharmacy called from <<phone>> about a DUR alert for <<name>> (<<med>> + clarithromycin)",
    "<<sexF>>patient email <<email>>: she wants labs emailed unencrypted. allowed if she consents?",
    "sms log: 10:42 to <<phone:plain>> 'Reminder: colonoscopy tomorrow 7:30am' - no delivery receipt, why?",
    "Update contact info: phone <<phone>>, email <<email>>, preferred name Sam",
    "Teams msg from a nurse: 'can you call pt at <<phone>> re INR 4.2'. what do I say?",
    "<<sexF>>Write a follow-up email to <<email>> for the patient who asked about her thyroid results",
    "<<sexF>>voicemail from <<name>>, callback <<phone:one>>, asking if she can take ibuprofen with <<med>>",
]

GOV_IDS = [
    "Lookup: is NPI <<npi>> an individual or an organizaton?",
    "Medicare MBI <<mbi>> - eligibility says not found. what am I doing wrong?",
    "MBI: <<mbi:dash>> for <<name>>, need to bill G0438. Is the dash format ok on the claim?",
    "card on file <<card:visa>> exp 09/27. patient wants to pay her copay, can you draft the authorization",
    "The referring provider NPI is <<npi>>, rendering is <<npi2>>. which loop does each go in, 2310A or 2310B?",
    "Charge the copay to <<card:space>>. payment portal declines, why?",
    "HICN replaced by MBI <<mbi>>, how do I update it in our system for this patient?",
    "Amex <<card:amex>> was charged twice for patient account <<acct>>. refund steps?",
    "npi <<npi>> keeps failing validation in our EDI - is the check digit wrong?",
    "Pt's new medicare # is <<mbi>>, the old one was a HICN. which goes on the claim?",
    "full card number <<card:dash>>, the patient wants a refund to it. process?",
    "Ordering provider: Dr. <<dr>>, NPI <<npi>>. the lab says the NPI doesn't match the name",
    "patient asked us to keep her card <<card>> on file for monthly payments. PCI concerns?",
    "270 for MBI <<mbi>> DOB <<dob:hl7>> is rejecting with AAA 75. help",
    "NPPES shows <<npi>> deactivated, claims are denying. what happened?",
    "Please verify these NPIs: <<npi>>, <<npi2>>, <<npi3>>",
    "MBI <<mbi>>, Part A effective 2019. how can I tell if the patient is in an MA plan?",
    "the pharmacy wants prescriber NPI <<npi>> on the fax for the prior auth",
    "Discover <<card:discover>> expired; update autopay for account <<acct>>",
    "MC <<card:mc>> was used for the deposit. how do I document this in the receipt?",
    "Visa <<card:visa>> exp 11/26 - patient read it over the phone for the lab bill. where do I store it?",
    "refund to mastercard <<card:mc>> was rejected, the patient closed that account. options?",
    "she paid the deductible with Amex <<card:amex>>, now disputes it. what documentation do we send?",
    "MBI <<mbi:dash>> with DOB <<dob:us>>: the MAC portal says 'beneficiary not found'. common causes?",
    "new MBI for <<name>> is <<mbi>>, can you update the face sheet text for me",
]

DEVICES = [
    "Driver's license: <<dl>> (<<dl:state>>). Is that enough ID for the controlled substance pickup?",
    "Pacemaker SN <<serial:pacer>>: Medtronic remote monitoring alert says ERI. what does that mean?",
    "is teh insulin pump with serial <<serial:pump>> under the recall? how do I check",
    "VIN <<vin>>: pt was in an MVC, the auto insurer wants records. what do we send?",
    "Nursing license #<<lic>> expired last month. can she still work while renewal is pending?",
    "CGM transmitter ID <<serial:cgm>> not pairing with the patient's phone. troubleshooting?",
    "DL# <<dl>> scanned at registration but the PDF417 parse fails",
    "Need the serial for the explanted ICD for the registry form: <<serial:pacer>>",
    "CPAP serial <<serial:cpap>> compliance report shows 2.1 h/night. how to write this for the DME renewal?",
    "Hearing aid serials L:<<serial:hearing>> R:<<serial2:hearing>> - warranty claim letter",
    "driver license <<dl>>, exp 2027. the pharmacy is asking for it for pseudoephedrine - do we store it?",
    "is <<vin>> a valid VIN? it's from the accident report for our patient's PIP claim",
    "Oxygen concentrator S/N <<serial>> keeps alarming. what do I tell the DME vendor?",
    "LVAD controller serial <<serial:lvad>> alarm log attached, low flow x3 overnight. what should the coordinator check?",
    "Medical license number <<lic>> shows 'probation' on the board site - do we need to report it to credentialing?",
    "State ID number <<dl>> - patient has no DL, is a state ID ok for the identity check?",
    "Baclofen pump SN <<serial>> refill due Friday, draft the reminder for the patient",
    "truck VIN <<vin>> for the disability parking placard form, which box does it go in?",
    "DEA form wants the practitioner license no. <<lic>> - is that the state license or the DEA number?",
    "ICD serial <<serial:pacer>> shocked twice overnight. pt is in the ED now. next steps?",
    "pt's car (VIN <<vin>>) was towed from the ED lot overnight; the tow company wants us to confirm ownership. can we?",
    "Accident report lists vehicle <<vin>> driven by our patient <<name>>. Does that go in the trauma registry?",
    "need to fill the DMV medical report for <<name>>: it asks for DL number <<dl>> and whether <<his>> seizures are controlled",
    "Verify license <<lic>> for the travel nurse starting Monday. how do we do primary source verification?",
    "the dealership says VIN <<vin>> can be fitted with hand controls; what should the OT letter for our amputee patient say?",
]

IP_URL = [
    "The patient portal login from IP <<ip>> looks suspicious; the account belongs to <<name>>. what should security check?",
    "Can you check this link to the pt's chart <<url>>? it gives 403 since the upgrade",
    "<<sexF>><<name>>'s Facebook <<social:facebook>> has posts about her diagnosis and tags our nurse. can we respond?",
    "Audit shows MyChart access for this patient from <<ip>> at 3am, the patient says it wasn't her.",
    "Fix this: window.location = '<<url>>' opens the wrong chart after login",
    "LinkedIn <<social:linkedin>>: the patient posted a photo of our staff from the ED. HIPAA issue?",
    "fail2ban banned <<ip>>, that's actually our patient <<first>> trying to log in from home. how to whitelist?",
    "Telehealth vendor logs show <<ip>> joined the visit for <<name>>. was that the patient?",
    "Bookmark to <<url>> broke after the Epic upgrade. how to rebuild the deep link?",
    "Share <<url>> with the consulting physician? It needs SSO, will it work for external users?",
    "Instagram <<social:instagram>>: patient live-streamed from the ED waiting room. what do we do?",
    "X-Forwarded-For: <<ip>> - patient says someone else accessed her portal. how to trace this?",
    "<<url>> shows someone else's labs! what's the incident procedure?",
    "TikTok <<social:tiktok>>: former patient harassing one of our nurses. what can we do?",
    "geoip for <<ip>>? patient claims she was traveling when the account was accessed",
    "the email with link <<url>> went to the wrong patient. is that a reportable breach?",
    "two logins to the same patient account from <<ip>> and <<ip2>> within 5 minutes. VPN or compromise?",
    "<<sexF>>Her GoFundMe <<social:gofundme>> lists her diagnosis and our hospital. can staff share it?",
    "the pt portal link <<url>> is in a screenshot on reddit. next steps?",
]

DATES = [
    "Admitted <<date>>, discharged <<date2>>. How many midnights for the 2-midnight rule?",
    "pt died on <<date>>; the family is requesting records. who can sign?",
    "DOS <<date>>: billing for the ED visit was denied as duplicate. why?",
    "LOS calc: admit <<date:iso>> 22:40, d/c <<date2:iso>> 11:00 - what's the LOS in days?",
    "Date of death <<date:long>>. how do we report to the state cancer registry?",
    "She was seen in clinic on <<date>> and again on <<date2>>. is a 99214 supportable for both?",
    "surgery date <<date>> for <<name>>; when does the 90-day global period end?",
    "Does the readmision on <<date2>> count against us if the index d/c was <<date>>?",
    "Dx of breast ca <<date:mon>>; when is her 5-year survivorship visit?",
    "LMP <<date>>, what's the EDD and current GA?",
    "first dose administered <<date:us>>, when is the second dose of Shingrix due?",
    "ED arrival <<date:iso>>T03:12, abx given 04:40. did we meet the sepsis bundle timing?",
    "Date of injury: <<date:long>>. work comp wants the first report of injury - which form?",
    "Hospice election <<date>>. when does the second 90-day benefit period end?",
    "Transfusion on <<date>>, reaction reported <<date2>>. is this a delayed hemolytic reaction?",
    "Expired <<date:us>> @ 0415. Autopsy requested by family. what's the consent process?",
    "discharge date <<date>>: when does the 30-day TCM window close?",
    "Biopsy collected <<date>>, results still pending. how long is too long?",
    "pt last seen <<date>> - is she still an established patient for billing?",
    "Patient's last dialysis was <<date:dmy>>, K now 6.8. how urgent?",
]

NOTES_SQL = [
    T("""
parse this HL7 for me, which field is the SSN?
MSH|^~\\&|ADT1|HOSP|LAB|HOSP|20250301120000||ADT^A04|MSG00001|P|2.5.1
PID|1||<<mrn>>^^^HOSP^MR||<<LAST>>^<<FIRST>>^||<<dob:hl7>>|<<sex>>|||<<street:nounit>>^^<<city>>^<<state>>^<<zip>>||<<phone:hl7>>|||||||<<ssn:plain>>"""),
    T("""
mrn,first_name,last_name,dob,phone
<<mrn>>,<<first>>,<<last>>,<<dob:iso>>,<<phone:dash>>
<<mrn2>>,<<first2>>,<<last2>>,<<dob2:iso>>,<<phone2:dash>>
<<mrn3>>,<<first3>>,<<last3>>,<<dob3:iso>>,<<phone3:dash>>
pandas read_csv drops the leading zeros on mrn, how do I keep them"""),
    T("""
 last_name | first_name |    dob     |     ssn
-----------+------------+------------+-------------
 <<last>> | <<first>> | <<dob:iso>> | <<ssn:dash>>
 <<last2>> | <<first2>> | <<dob2:iso>> | <<ssn2:dash>>
why does my dedupe query think these are different people?"""),
    T("""
Patient: <<name>>   MRN: <<mrn>>   DOB: <<dob>>
CC: <<complaint>>
HPI: <<age>> y/o <<sex>> w/ <<hx>> presents with 2 days of <<complaint>>.
Insurance: <<payer>> Member ID <<member>>
Phone: <<phone>>

summarize this note in 3 bullets"""),
    "INSERT INTO patients (mrn, first_name, last_name, dob, ssn) VALUES ('<<mrn>>', '<<first>>', '<<last>>', '<<dob:iso>>', '<<ssn:dash>>'); -- fails with 'value too long for type character(9)', why?",
    T("""
is this FHIR Patient valid R4?
{
  "resourceType": "Patient",
  "name": [{"family": "<<last>>", "given": ["<<first>>"]}],
  "birthDate": "<<dob:iso>>",
  "telecom": [{"system": "phone", "value": "<<phone>>"}, {"system": "email", "value": "<<email>>"}],
  "address": [{"line": ["<<street>>"], "city": "<<city>>", "state": "<<state>>", "postalCode": "<<zip>>"}]
}"""),
    T("""
pasted from excel, why does vlookup fail?
MRN	Name	DOB	Admit
<<mrn>>	<<lastfirst>>	<<dob:us>>	<<date:us>>
<<mrn2>>	<<lastfirst2>>	<<dob2:us>>	<<date2:us>>"""),
    T("""
NURSING NOTE 0300: <<name>>, Rm <<room>>, MRN <<mrn>>, DOB <<dob:us>>. Allergy: PCN (hives).
Pt restless, SBP 88, HR 118, MAP 60. MD paged.
can you make this into SBAR"""),
    T("""
FACE SHEET
Name: <<NAME>>
DOB: <<dob>>   Sex: <<sex>>
Address: <<addr>>
Phone: <<phone>>
Insurance: <<payer>>  ID <<member>>  Grp <<groupno>>
Emergency contact: <<name2>> <<phone2>>

which of these fields are required for the transfer packet?"""),
    T("""
print(df.head(3)) gives
   first   last        dob    zip
0  <<first>>  <<last>>  <<dob:iso>>  <<zip>>
1  <<first2>>  <<last2>>  <<dob2:iso>>  <<zip2>>
2  <<first3>>  <<last3>>  <<dob3:iso>>  <<zip3>>
how do I compute age in years as a new column"""),
    T("""
LAB REQ
Patient: <<lastfirst>>   DOB: <<dob:us>>   MRN: <<mrn>>
Ordering: Dr. <<dr>>  NPI <<npi>>
Tests: CMP, lipid, A1c, TSH
Dx: E11.65, E78.5
is the dx coding ok for these tests?"""),
    "Fix my SQL: SELECT * FROM visits v JOIN patients p ON p.id = v.patient_id WHERE p.last_name = '<<last>>' AND p.dob = '<<dob:iso>>' AND v.visit_date > now() - interval 30 -- syntax error near 30",
    T("""
claim_id,member_id,dos,rendering_npi,billed
<<claim>>,<<member>>,<<date:iso>>,<<npi>>,412.00
<<claim2>>,<<member2>>,<<date2:iso>>,<<npi2>>,96.50
write a pandas groupby that sums billed by rendering npi"""),
    T("""
FAX COVER - REFERRAL
Patient: <<name>>  DOB: <<dob:us>>  MRN: <<mrn>>
Pt phone: <<phone>>
Reason: ortho eval R knee, MRI shows complex medial meniscus tear
make this fax cover more complete"""),
    T("""
Discharge: <<name>> (MRN <<mrn>>)
Admitted <<date:us>>, discharged <<date2:us>>. PCP Dr. <<dr>>. F/u 7 days.
Meds: <<med>>; <<med2>>
write the patient-friendly version"""),
    T("""
ADT row that broke the pipeline:
{"mrn": "<<mrn>>", "visit_number": "<<enc>>", "admit_ts": "<<date:iso>>T14:05:00", "patient_name": "<<NAME>>", "dob": "<<dob:iso>>"}
the parser says 'unexpected token' - is the json fine?"""),
    T("""
Death certificate worksheet
Decedent: <<name>>   DOB: <<dob:us>>   DOD: <<date:us>>
SSN: <<ssn:dash>>
Residence: <<addr>>
Immediate cause: ?
what should the cause-of-death chain be for septic shock from a UTI with ESRD"""),
    T("""
ED TRIAGE 14:32
<<name>>, <<age>><<sex>>, DOB <<dob:us>>
ph <<phone>>  ins <<payer>> <<member>>
CC: <<complaint>> x 2 days, pain 7/10
ESI level?"""),
    T("""
why does this raise TypeError?
```python
patient = {"name": "<<name>>", "mrn": "<<mrn>>", "dob": "<<dob:iso>>", "ssn": "<<ssn:dash>>"}
print(f"{patient['name']} born {patient['dob'] + 1}")
```"""),
    T("""
mongo doc from the claims collection:
{ _id: ObjectId("65f1c0a2e4b0a1b2c3d4e5f6"), memberId: "<<member>>", patient: { name: "<<name>>", dob: ISODate("<<dob:iso>>T00:00:00Z") }, claimNo: "<<claim>>" }
how do I query all claims for this member in the last year?"""),
    T("""
Rx label scan:
Rx# 6204418  <<NAME>>
<<addr>>
DOB <<dob:us>>  <<med>>  qty 60  refills 2
is this label compliant with the state board rules?"""),
    T("""
wristband print is cut off:
<<LAST>>, <<FIRST>>
MRN <<mrn>>  DOB <<dob:us>>  <<age>>Y <<sex>>
can you suggest a zpl layout for 1x11 in bands"""),
]

SECRETS = [
    T("""
why does boto3 say InvalidClientTokenId?
```
[default]
aws_access_key_id = <<aws>>
aws_secret_access_key = <<awssecret>>
region = us-east-1
```"""),
    "git push rejected with GH013 'push contains secrets'. I had the token <<ghp>> in the remote url, how do I purge it?",
    "openai.AuthenticationError: Incorrect API key provided. I'm using <<openai>>, is it revoked?",
    "anthropic client gives 401. export ANTHROPIC_API_KEY=<<anthropic>> - is the format right?",
    "SQLAlchemy can't connect: engine = create_engine('<<dburl:pg>>') -> password authentication failed. why?",
    T("""
docker compose keeps restarting the api container:
  environment:
    - DATABASE_URL=<<dburl:mysql>>
    - LOG_LEVEL=debug
what's wrong?"""),
    "decode this JWT and tell me why it's expired: <<jwt>>",
    T("""
ssh says "invalid format" for my deploy key:
<<pem>>
what's wrong with it?"""),
    "slack bot token <<slack>> gets not_authed when posting to #oncall. scopes?",
    "Stripe webhook failing signature verification; our secret key is <<stripe>>. what am I missing?",
    "Maps JS API error RefererNotAllowedMapError with key <<gkey>>. which restriction do I set?",
    T("""
Django settings.py:
SECRET_KEY = '<<secret>>'
DEBUG = False
is this ok for prod?"""),
    T("""
curl -H 'Authorization: Bearer <<jwt>>' https://fhir.internal/Patient?_count=10
returns 401 invalid_token, why?"""),
    "GitHub Actions: GH_TOKEN: <<ghp:pat>> is hard-coded in the workflow. how do I move it to secrets?",
    "mongo connection fails with bad auth: <<dburl:mongo>>. the password has special chars, need encoding?",
    T("""
terraform plan fails:
provider "aws" {
  region     = "us-east-2"
  access_key = "<<aws>>"
  secret_key = "<<awssecret>>"
}"""),
    T("""
config.yaml:
fhir:
  base_url: https://fhir.internal/r4
  client_secret: "<<secret>>"
why does the oauth token call return invalid_client?"""),
    T("""
my deploy fails with 'Load key: invalid format':
<<pem>>"""),
    "celery can't connect to the broker: <<dburl:amqp>>. ACCESS_REFUSED. vhost issue?",
    T("""
.env
OPENAI_API_KEY=<<openai>>
OPENAI_ORG=org-internal
the python client ignores it, what's going on?"""),
    "stripe.error.AuthenticationError with <<stripe>> in test mode - I thought live keys worked everywhere?",
    "redis-py ConnectionError with REDIS_URL=<<dburl:redis>>. is the 'default' username needed?",
    "slack: xoxp token <<slack>> works in curl but not in the python sdk. why?",
]

# Clean prompts: hand-written, no plants. Non-plant filler slots (<<uuid>>, <<sha>>, <<ts>>,
# <<privip>>) only make logs look real.
CLEAN_TECHNICAL = [
    "How do I model a FHIR R4 Patient with multiple identifiers (MRN and a payer member id) and which identifier.type codes should I use?",
    "What's the difference between HL7 v2 ADT A04 and A08 messages, and when does a registration system send each?",
    "Under HIPAA, is a limited data set allowed to include dates of service and five-digit ZIP codes? What agreement is needed?",
    "Write a SQL query that counts patients by age band (0-17, 18-64, 65+) from a patients table with columns id, dob, sex.",
    T("""
I have a Django model:
```python
class Patient(models.Model):
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    mrn = models.CharField(max_length=20, unique=True)
    dob = models.DateField()
    ssn = EncryptedCharField(max_length=11, blank=True)
```
How should I index mrn and is EncryptedCharField still maintained?"""),
    "In pandas, how do I compute 30-day readmission flags from an encounters dataframe with patient_id, admit_date, discharge_date?",
    "What is the minimum necessary standard in HIPAA and how does it apply to analytics extracts?",
    "Explain FHIR Bulk Data $export: how does the client poll, and what's in the manifest?",
    "Is a BAA required when we use a cloud AI model on de-identified data only?",
    "How do I write a SMART on FHIR launch flow for an EHR-embedded app? Which scopes for reading Observations?",
    "SQLAlchemy: what's the best way to store an SSN column encrypted at rest and still search by last four?",
    "Compare expert determination vs safe harbor de-identification for a research dataset of 50k patients.",
    "How should I partition an encounters table in Postgres by admit month, and what about the FK from diagnoses?",
    "What does HL7 v2 PID-3 usually contain, and how is it different from PID-2 and PID-4?",
    "In dbt, how do I build a slowly changing dimension for patient demographics (address, PCP) with snapshots?",
    "Which LOINC code should I use for hemoglobin A1c, and what's the difference between 4548-4 and 17856-6?",
    "Can you explain how the CMS Medicare Beneficiary Identifier format differs from the old HICN?",
    "What's the right way to map ICD-10-CM codes to CCSR categories in a Spark job?",
    "Design a database schema for a small clinic: patients, appointments, providers, insurance coverages. Just the tables and keys.",
    "How do I validate an NPI check digit in Python? I know it's Luhn with a prefix.",
    "What are the tradeoffs between storing dates of birth as DATE vs separate year/month/day columns for de-identification?",
    "Explain the X12 837P loop structure, especially 2000B subscriber and 2010BA.",
    "In a FHIR Encounter, what's the difference between period, length and hospitalization.dischargeDisposition?",
    "How can I tokenize patient identifiers consistently across two data sources without sharing the raw values?",
    "Write a pytest fixture that builds a fake patients table in SQLite with the columns id, first_name, last_name, dob, mrn.",
    "What's the HIPAA rule for emailing PHI to patients who request unencrypted email?",
    "How do I join the Synthea patients.csv to encounters.csv and count encounters per patient in DuckDB?",
    "What are the 2021 CKD-EPI equation's coefficients and why was race removed?",
    "Our Epic Clarity query for PAT_ENC is slow. Which indexes usually exist on PAT_ID and CONTACT_DATE?",
    "Is it OK to log request bodies in a FHIR proxy if we redact Patient.name and Patient.birthDate? What else should be redacted?",
    "How does k-anonymity differ from l-diversity, with a healthcare example using ZIP3 and age band?",
    "In TypeScript, how do I type a FHIR Bundle whose entries are either Patient or Observation?",
    "What's the 2-midnight rule for inpatient admissions in plain terms?",
    "How do I set up row-level security in Postgres so clinicians only see patients in their department?",
    "Explain the difference between MRN, enterprise MPI id and a payer member id in one paragraph each.",
    "Write a regex that matches ICD-10-CM codes like E11.65 or I10 but not random words.",
]

CLEAN_FAMOUS = [
    "How did Guido van Rossum design Python's indentation rules, and why did he reject braces?",
    "What was Linus Torvalds' view on C++ for kernel development?",
    "Explain Florence Nightingale's polar area diagrams and how she used statistics to change army hospitals.",
    "What did Alan Turing's 1950 paper actually propose about machine intelligence?",
    "Grace Hopper and the first compiler: what did A-0 do?",
    "Why does Donald Knuth say premature optimization is the root of all evil, and what's the full quote?",
    "What's the pathophysiology of Parkinson's disease, and why does levodopa wear off?",
    "Summarize the current amyloid hypothesis of Alzheimer's disease and the controversy around lecanemab.",
    "Crohn's disease vs ulcerative colitis: how do the biopsy findings differ?",
    "What distinguishes Hodgkin lymphoma from non-Hodgkin lymphoma on pathology (Reed-Sternberg cells)?",
    "How did John Snow use the Broad Street pump map to argue that cholera was waterborne?",
    "What did Ignaz Semmelweis discover about handwashing, and why was he ignored?",
    "Explain Edsger Dijkstra's shortest path algorithm with a small example.",
    "What is Hashimoto's thyroiditis and how is it different from Graves' disease?",
    "Who was Henrietta Lacks and why are HeLa cells important to research ethics?",
    "How did Ada Lovelace's notes on the Analytical Engine describe an algorithm for Bernoulli numbers?",
    "What did Atul Gawande argue in The Checklist Manifesto about surgical safety checklists?",
    "Explain Bayes' theorem the way Thomas Bayes originally framed it, then with a diagnostic test example.",
    "What's Cushing's syndrome vs Cushing's disease?",
    "How did Tim Berners-Lee's original proposal for the web describe hypertext at CERN?",
    "What was Virginia Apgar's reason for creating the Apgar score, and what are its five parts?",
    "How did Jonas Salk test the polio vaccine in 1954?",
    "Explain Barbara Liskov's substitution principle with a Python example.",
    "What's the story behind Kawasaki disease's name and how is it treated?",
    "What did Paul Farmer argue about global health equity in Pathologies of Power?",
    "Why did Margaret Hamilton's team add priority scheduling to the Apollo guidance computer?",
]

CLEAN_PLACEHOLDERS = [
    "In our docs we use John Doe, DOB 1970-01-01, MRN SYN0012345 as the sample patient. Is that a good convention?",
    "Write a unit test that uses Jane Doe with phone 555-0100 and email jane.doe@example.com as fixture data.",
    "The form's placeholder text says 'SSN: XXX-XX-XXXX'. How do I mask input so users see that format?",
    "Why does our validator accept 000-00-0000? It should reject SSNs with area 000.",
    "The SSA says 123-45-6789 was never issued and is used in ads. Should our test suite use it as an invalid SSN?",
    "Our API docs show GET /patients/{patient_id}/encounters. How do I document the path parameter in OpenAPI 3.1?",
    "Express route: app.get('/patients/:id/labs', ...) - how do I validate :id is numeric?",
    "Replace <MRN> and <DOB> in this template string with values from a dict: 'Patient <MRN> born <DOB>'",
    "Use 123 Main St, Anytown, USA as the example address in the README, or is there a better reserved one?",
    "What's a good fake phone number for a demo video? I heard 555-1234 is fine but 555-0100 through 555-0199 are the reserved ones.",
    "Generate placeholder data: name 'Test Patient', MRN 'SYN0000001', DOB '1900-01-01'. Is 1900-01-01 a bad sentinel?",
    "The mock server returns user@example.com for every email. Is example.com guaranteed never to be a real domain?",
    "AWS docs use AKIAIOSFODNN7EXAMPLE as an access key. Can I put that in our README safely?",
    "Our HL7 test message has PID|1||SYN0042^^^TEST^MR||DOE^JOHN||19700101|M. Is that enough for the interface test?",
    "What does {{patient.first_name}} render to in Jinja if patient is None?",
    "Card number 4111 1111 1111 1111 works in the Stripe test mode docs? Or is 4242 4242 4242 4242 the one?",
    "Write a Faker-based factory that generates SSNs only in the 900-999 range so they're never valid.",
    "Should the example JSON in our spec use \"ssn\": \"***-**-****\" or omit the field entirely?",
    "In the training slides, we show 'Patient: Jane Doe, MRN: 00000000'. Any better way to make it obviously fake?",
    "Convert this placeholder URL template: https://portal.example.org/patients/{id}/chart to a Flask route.",
    "For the demo, the phone field shows (555) 010-0199. Is that a reserved fictional number?",
    "What's the NPI-style test value people use? I've seen 1234567893 in docs because it passes Luhn.",
    "Is 'John Q. Public, 1 Infinite Loop' too cute for placeholder data in a healthcare app?",
    "Our Postman collection uses {{mrn}} and {{dob}} variables. How do I set them per environment?",
    "The lorem ipsum patient in our Figma mockups is 'Jane Sample, 01/01/2000'. Should designers use a generator instead?",
]

CLEAN_LOGS = [
    T("""
Getting this in our Go service:
<<ts>> level=error msg="upstream timeout" request_id=<<uuid>> route=/api/v2/encounters duration_ms=30004
How do I add retries with backoff?"""),
    T("""
kubectl logs says:
<<ts>> INFO  Started FhirGatewayApplication in 12.431 seconds (process running for 13.2)
<<ts>> WARN  HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).
is the warning serious?"""),
    "Our CI failed at commit <<sha>>; the flaky test is test_discharge_summary_render. How do I quarantine flaky tests in pytest?",
    T("""
nginx error log:
<<ts>> [error] 31#31: *4812 connect() failed (111: Connection refused) while connecting to upstream, client: <<privip>>, server: _, request: "GET /healthz HTTP/1.1", upstream: "http://127.0.0.1:8080/healthz"
what does this mean?"""),
    T("""
Traceback (most recent call last):
  File "/app/etl/load_encounters.py", line 77, in <module>
    main()
  File "/app/etl/load_encounters.py", line 71, in main
    df = pd.read_parquet(path)
  File "/usr/lib/python3.11/site-packages/pandas/io/parquet.py", line 509, in read_parquet
    return impl.read(path, columns=columns, **kwargs)
OSError: Could not open Parquet input source '<Buffer>': Parquet magic bytes not found in footer.
any ideas?"""),
    "docker pull fails: manifest for hapiproject/hapi:v7.0.0 not found. digest sha256:<<hexlong>> exists in our mirror though. why?",
    "The deploy log shows release <<hexshort>> rolled back at <<ts>> due to 5xx > 2%. How do I set up canary analysis instead?",
    T("""
java.lang.NullPointerException: Cannot invoke "String.trim()" because "value" is null
    at org.acme.hl7.SegmentParser.field(SegmentParser.java:54)
    at org.acme.hl7.PidParser.parse(PidParser.java:31)
    at org.acme.hl7.MessageRouter.route(MessageRouter.java:120)
how do I make the PID parser tolerate empty fields?"""),
    "Postgres log: 'duration: 8312.442 ms  statement: SELECT count(*) FROM encounters WHERE admit_date >= $1'. How do I find which index it used?",
    "Prometheus alert fired: fhir_request_latency_seconds{quantile=\"0.99\"} > 2 for 10m on pod fhir-api-7d9c6b5f4-x2k8q. Where do I start?",
    "Redis at <<privip>>:6379 refuses connections from the worker pods but works from my laptop via 127.0.0.1 port-forward. NetworkPolicy?",
    T("""
terraform apply:
Error: creating RDS DB Instance (clinical-replica): DBInstanceAlreadyExists
  with aws_db_instance.replica, on rds.tf line 42
request id: <<uuid>>
how do I import it instead?"""),
    "Our Celery worker logs 'Received task: etl.tasks.rebuild_marts[<<uuid>>]' but never 'succeeded'. How do I debug a hung task?",
    "The load balancer health check from 192.168.10.4 gets 503 every 30s during deploys. Do I need a preStop hook?",
    T("""
GitHub Actions run #4821 failed:
Error: Process completed with exit code 137.
  at step 'Run integration tests (synthetic patients)'
is 137 OOM?"""),
    "Sentry event <<hexmid>> shows ValueError: time data '' does not match format '%Y-%m-%d' in parse_admit_date. How do I handle blank dates?",
    "What does 'SSL: CERTIFICATE_VERIFY_FAILED' mean when our ETL calls https://fhir.internal:8443/metadata from 10.4.0.12?",
    "CloudWatch shows Lambda 'hl7-ingest' Duration 2999.87 ms and 'Task timed out after 3.00 seconds', RequestId: <<uuid>>. bump timeout or fix code?",
    T("""
mvn test output:
Tests run: 412, Failures: 3, Errors: 0, Skipped: 7, Time elapsed: 84.221 s <<< FAILURE! - in org.acme.claims.ClaimEditsTest
how do I rerun only the failures?"""),
    "Our app at 127.0.0.1:8000 returns CSRF verification failed on the patient search form after upgrading to Django 5.0.3. What changed?",
    "Jaeger trace <<hexmid>> shows 1.8s in the 'mpi-lookup' span. How do I add span attributes without logging identifiers?",
]

CLEAN_NUMBERS = [
    "The sprint ends 2024-03-14 and the release is 2024-03-21. Can you draft a release checklist for the FHIR gateway?",
    "Upgrade path from Python 3.8.18 to 3.11.7 for our ETL - what breaks in pandas 2.1.4?",
    "The CMS final rule comment deadline is January 8, 2025. Summarize the key points of the interoperability rule.",
    "Build 2024.11.3.1187 of our app crashes on iOS 17.4.1. How do I symbolicate the crash log?",
    "What's the NDC format difference between 5-4-2 and 4-4-2, e.g. 0002-8215-01 vs 00002-8215-01?",
    "Our label printer is 4 x 6 in at 203 dpi, so 812 x 1218 dots. What ZPL ^PW value do I use?",
    "HbA1c dropped from 9.4 to 7.1 over 6 months in our cohort average. How do I test if that's significant with n=212?",
    "Medicare's 1-800-633-4227 line is what we print on our notices. Is there a TTY number we should add too?",
    "The monitor is 2560x1440; the EHR renders at 1366x768. How do I set scaling on Citrix?",
    "Is ISBN 978-0-13-468599-1 the right edition of Clean Architecture?",
    "Our SLA is 99.95% which is about 21.9 minutes of downtime a month. How do we measure it for the patient portal?",
    "The ICD-10-CM FY2025 code set took effect October 1, 2024. Which new codes affect diabetes coding?",
    "Estimate storage: 3.2 million encounters/year x 14 KB each x 7 years retention. how many TB?",
    "Our part number for the barcode scanner is DS2208-SR7U2100AZW. Does it read 2D DataMatrix on wristbands?",
    "The kubectl version is v1.29.2 and the cluster is 1.27.11 - is that skew supported?",
    "Q3 FY2024 revenue cycle report: denials fell from 11.2% to 8.7%. Write the executive summary paragraph.",
    "The WHO growth chart z-score for weight-for-age: how do I compute it from LMS parameters (L=0.1738, M=9.4789, S=0.11148)?",
]

CLEAN_CODE = [
    T("""
Code review please:
```python
def get_patient(patient_id: int) -> Patient:
    return db.session.query(Patient).filter_by(id=patient_id).one_or_none()
```
should I raise 404 here or in the view?"""),
    r"Is this SSN regex right? ^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$",
    T("""
```ts
interface PatientRow { mrn: string; dob: string; ssn?: string; firstName: string; lastName: string }
function mask(row: PatientRow): PatientRow { /* ? */ }
```
implement mask so ssn shows only the last 4"""),
    "How do I write a pydantic validator that rejects ssn values not matching NNN-NN-NNNN?",
    T("""
This Java method leaks PHI into logs, how do I fix it?
```java
log.info("Loaded patient {} with dob {}", patient.getMrn(), patient.getDob());
```"""),
    "In SQL, what's the difference between WHERE dob = :dob and WHERE dob = ? for the sqlite3 module, and which is safer?",
    T("""
```go
type Patient struct {
    ID        int64     `json:"patient_id"`
    MRN       string    `json:"mrn"`
    BirthDate time.Time `json:"dob"`
}
```
how do I make json omit dob when it's the zero time?"""),
    "Write a Python function luhn_ok(number: str) -> bool and tests for a credit card field (use the standard test numbers).",
    "My regex for US phones is \\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}. How do I also exclude 555-01xx fictional numbers?",
    T("""
Refactor this please:
for patient in patients:
    if patient.ssn and len(patient.ssn) == 9:
        patient.ssn_last4 = patient.ssn[-4:]
        patient.ssn = None
"""),
    "What does the ssn_hash column need to be resistant to brute force? Is HMAC-SHA256 with a pepper enough given only 1e9 SSNs?",
    "Write a Rust function that parses an MBI and validates each position against the CMS character rules.",
    T("""
CREATE TABLE patients (
  patient_id BIGSERIAL PRIMARY KEY,
  mrn VARCHAR(20) NOT NULL UNIQUE,
  first_name TEXT, last_name TEXT,
  dob DATE, ssn CHAR(9),
  address_line1 TEXT, zip CHAR(5)
);
which of these columns should be encrypted per our policy?"""),
    "How do I mock the EHR client in unit tests so no real patient_id ever hits the network?",
    "Write a Swift function that redacts anything matching an email regex in a String and returns the redacted count.",
]

CLEAN_SAFE_HARBOR = [
    "List the 18 HIPAA Safe Harbor identifiers and give a one-line example of each category (no real data).",
    "Under Safe Harbor, can we keep the year of birth? What about ages over 89?",
    "Does Safe Harbor allow the first three digits of a ZIP code? Which ZIP3s must be set to 000?",
    "Are device identifiers and serial numbers part of the Safe Harbor list? How about IP addresses and URLs?",
    "If we remove all 18 identifiers but a clinician could still recognize a rare disease case, is the data de-identified?",
    "Is a hashed MRN still an identifier under Safe Harbor, or does it count as a re-identification code under 164.514(c)?",
    "What's the difference between a HIPAA limited data set and Safe Harbor de-identified data?",
    "Do dates of admission and discharge have to be removed under Safe Harbor, or only the full date of birth?",
    "Are vehicle identifiers like VINs and license plates really on the Safe Harbor list? Why?",
    "Which Safe Harbor category does a patient portal URL fall under, and what about a biometric like a voiceprint?",
    "Write a checklist for reviewing an analytics extract against the Safe Harbor method.",
]

PHI_GROUPS = [
    ("name-clinical", NAME_CLINICAL),
    ("name-messages", NAME_MESSAGES),
    ("name-letters", NAME_LETTERS),
    ("name-intl", NAME_INTL),
    ("address", ADDRESS),
    ("keyword-ids", KEYWORD_IDS),
    ("log-ids", LOG_IDS),
    ("dob-ssn", DOB_SSN),
    ("contact", CONTACT),
    ("gov-ids", GOV_IDS),
    ("devices", DEVICES),
    ("ip-url", IP_URL),
    ("dates", DATES),
    ("notes-sql", NOTES_SQL),
    ("secrets", SECRETS),
]
CLEAN_GROUPS = [
    ("clean-technical", CLEAN_TECHNICAL),
    ("clean-famous", CLEAN_FAMOUS),
    ("clean-placeholders", CLEAN_PLACEHOLDERS),
    ("clean-logs", CLEAN_LOGS),
    ("clean-numbers", CLEAN_NUMBERS),
    ("clean-code", CLEAN_CODE),
    ("clean-safe-harbor", CLEAN_SAFE_HARBOR),
]


# ------------------------------------------------------------------------------------------------
# Generation
# ------------------------------------------------------------------------------------------------
class Generator:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.fake = Faker("en_US")
        self.fake.seed_instance(SEED)
        self.values = Values(self.rng, self.fake)
        self.intl_order = list(INTL_NAMES)
        self.rng.shuffle(self.intl_order)
        self.intl_used = []

    def next_intl(self, sex=None):
        """The next unused international name (of the given sex), each used once while any is left."""
        for name in self.intl_order:
            if name not in self.intl_used and (sex is None or name[2] == sex):
                self.intl_used.append(name)
                return name
        return self.rng.choice([n for n in self.intl_order if sex is None or n[2] == sex])


def build():
    gen = Generator()
    rows = []
    for group, templates in PHI_GROUPS:
        for n, tpl in enumerate(templates, 1):
            p = Prompt(gen, intl=(group == "name-intl"))
            text = p.render(tpl)
            rows.append(make_row(group, n, "phi", text, p.plants))
    for group, templates in CLEAN_GROUPS:
        for n, tpl in enumerate(templates, 1):
            p = Prompt(gen)
            text = render_clean(p, tpl)
            rows.append(make_row(group, n, "clean", text, []))
    validate(rows)
    return rows


def render_clean(p, tpl):
    """Clean templates may only use filler that looks like log noise; each use draws afresh."""
    r = p.r
    fill = {
        "uuid": p.v.uuid, "sha": lambda: p.v.sha(40), "hexlong": lambda: p.v.sha(64),
        "hexshort": lambda: p.v.sha(7), "hexmid": lambda: p.v.sha(32),
        "ts": lambda: f"2025-0{r.randint(1, 5)}-{r.randint(10, 28)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z",
        "privip": lambda: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                    f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"]),
    }

    def sub(m):
        if m.group(1) not in fill:
            raise ValueError(f"clean template uses a slot that is not filler: {m.group(0)}")
        return fill[m.group(1)]()
    return re.sub(r"<<([a-z]+)>>", sub, tpl)


def make_row(group, n, label, text, plants):
    kinds = []
    for pl in plants:
        if pl["kind"] not in kinds:
            kinds.append(pl["kind"])
    return {"id": f"{group}-{n:03d}", "label": label, "group": group, "kinds": kinds,
            "plants": plants, "text": text}


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        assert not SLOT.search(r["text"]), (r["id"], "unexpanded slot")
        if r["label"] == "clean":
            assert not r["plants"], r["id"]
            continue
        assert r["plants"], (r["id"], "phi prompt without plants")
        for pl in r["plants"]:
            assert pl["kind"] in KINDS, pl
            assert pl["value"] and pl["value"] in r["text"], (r["id"], pl["kind"])
            check_value(r["id"], pl)


def check_value(rid, pl):
    k, v = pl["kind"], pl["value"]
    if k == "ssn":
        d = re.sub(r"\D", "", v)
        assert len(d) == 9 and d[:3] not in ("000", "666") and int(d[:3]) < 900, (rid, k)
        assert d[3:5] != "00" and d[5:] != "0000" and d not in ("123456789", "078051120"), (rid, k)
    elif k == "npi":
        assert v[0] in "12" and luhn_check_digit("80840" + v[:9]) == v[9], (rid, k)
    elif k == "credit-card":
        assert luhn_valid(re.sub(r"\D", "", v)), (rid, k)
    elif k == "vin":
        assert len(v) == 17 and vin_check(v) == v[8], (rid, k)
    elif k == "mbi":
        m = v.replace("-", "")
        assert len(m) == 11 and m[1] != "S" and m[1] in MBI_LETTERS, (rid, k)
    elif k == "mrn":
        assert not v.upper().startswith("SYN"), (rid, k)
    elif k == "phone":
        d = re.sub(r"\D", "", v)[-10:]
        assert d[3:6] != "555" and d[0] in "23456789", (rid, k)
    elif k == "email":
        assert not re.search(r"example\.(com|org|net)$", v), (rid, k)


def stats(rows):
    """Markdown tables: prompts and plants per group, plants and prompts per kind."""
    out = ["| group | label | prompts | plants |", "|---|---|---|---|"]
    groups = {}
    for r in rows:
        g = groups.setdefault(r["group"], [r["label"], 0, 0])
        g[1] += 1
        g[2] += len(r["plants"])
    for name, (label, n, p) in groups.items():
        out.append(f"| {name} | {label} | {n} | {p} |")
    phi = sum(r["label"] == "phi" for r in rows)
    out.append(f"| **total** | | {len(rows)} ({phi} phi, {len(rows) - phi} clean) | {sum(len(r['plants']) for r in rows)} |")
    out += ["", "| kind | plants | prompts carrying it |", "|---|---|---|"]
    kinds = {k: [0, 0] for k in KINDS}
    for r in rows:
        for pl in r["plants"]:
            kinds[pl["kind"]][0] += 1
        for k in r["kinds"]:
            kinds[k][1] += 1
    for k in sorted(KINDS, key=lambda k: (-kinds[k][0], k)):
        out.append(f"| {k} | {kinds[k][0]} | {kinds[k][1]} |")
    templates = sum(len(t) for _, t in PHI_GROUPS + CLEAN_GROUPS)
    intl = sum(1 for r in rows if r["group"] == "name-intl")
    out += ["", f"{templates} distinct templates; {intl} prompts name a person with a name from outside the "
            f"US Census lists ({len(INTL_NAMES)} such names)."]
    return "\n".join(out)


def serialize(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(HERE / "prompts.jsonl"))
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs")
    ap.add_argument("--stats", action="store_true", help="print counts per group and per kind (Markdown)")
    args = ap.parse_args()
    if _faker_module.VERSION != FAKER_VERSION:
        print(f"make_prompts.py: Faker {_faker_module.VERSION} is not the pinned {FAKER_VERSION}; "
              "names and streets will differ from the committed prompts.jsonl", file=sys.stderr)
    rows = build()
    data = serialize(rows)
    if args.stats:
        print(stats(rows))
        return
    out = Path(args.out)
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == data
        print("prompts.jsonl is up to date" if same else "prompts.jsonl differs from the generator", file=sys.stderr)
        sys.exit(0 if same else 1)
    out.write_text(data, encoding="utf-8")
    phi = sum(r["label"] == "phi" for r in rows)
    print(f"make_prompts.py: wrote {len(rows)} prompts ({phi} phi, {len(rows) - phi} clean) to {out} "
          f"[sha256 {hashlib.sha256(data.encode()).hexdigest()[:16]}]", file=sys.stderr)


if __name__ == "__main__":
    main()
