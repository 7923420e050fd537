#!/usr/bin/env python3
"""Writes prompts-holdout.jsonl: a held-out detection set for phiguard, written apart from prompts.jsonl.

    Benchmarks/work/detection-venv/bin/python Benchmarks/detection/make_holdout.py            # write the file
    Benchmarks/work/detection-venv/bin/python Benchmarks/detection/make_holdout.py --check    # file == generator?
    Benchmarks/work/detection-venv/bin/python Benchmarks/detection/make_holdout.py --stats    # counts per group/kind

Same schema as prompts.jsonl: {"id", "label", "group", "kinds", "plants": [{"kind", "value"}], "text"}.
Every template below is used for exactly one prompt. Values come from one fixed seed (stdlib random
and Faker 40.63.0 en_US, both seeded with 20261202) and are valid where a real check exists: SSN
areas 001-899 except 666, NANP exchanges other than 555, NPI and card Luhn digits, CMS MBI
alphabet, VIN check digit, GitHub token CRC32, public IPv4 ranges only.
"""
import argparse
import base64
import json
import random
import string
import struct
import sys
import zlib
from collections import OrderedDict
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

SEED = 20261202
HERE = Path(__file__).resolve().parent
OUT = HERE / "prompts-holdout.jsonl"

fake = Faker("en_US")
fake.seed_instance(SEED)
R = random.Random(SEED)

KINDS = {
    "ssn", "mrn", "dob", "phone", "email", "npi", "mbi", "name", "address", "credit-card", "patient-id",
    "health-plan-id", "claim-number", "account-number", "license-number", "device-id", "vin", "ip-address",
    "url", "date", "aws-access-key", "github-token", "openai-key", "anthropic-key", "password-in-url",
    "generic-secret", "jwt", "private-key", "slack-token", "stripe-key", "google-api-key",
}

# ------------------------------------------------------------------------------------------------
# Value generators
# ------------------------------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
B64URL = string.ascii_letters + string.digits + "-_"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def nz_digits(n):
    return R.choice("123456789") + rs(DIG, n - 1)


FAMOUS_SSNS = {"078051120", "123456789", "219099999", "457555462", "987654320"}


def ssn_digits():
    while True:
        area = R.randint(1, 899)
        if area == 666:
            continue
        v = f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
        if v not in FAMOUS_SSNS:
            return v


def ssn(style="dash"):
    d = ssn_digits()
    if style == "dash":
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if style == "space":
        return f"{d[:3]} {d[3:5]} {d[5:]}"
    return d


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spelled(digits, groups):
    out, i = [], 0
    for g in groups:
        out.append(" ".join(WORDS[int(c)] for c in digits[i:i + g]))
        i += g
    return ", ".join(out)


AREA_CODES = ["206", "216", "253", "303", "312", "313", "347", "402", "405", "412", "414", "415", "469",
              "479", "501", "502", "505", "513", "515", "520", "559", "571", "601", "602", "608", "612",
              "614", "615", "617", "651", "702", "713", "714", "717", "734", "757", "775", "786", "801",
              "802", "808", "813", "816", "828", "832", "843", "859", "904", "907", "918", "919", "928",
              "937", "952", "971", "973", "978"]


def phone_parts(area=None):
    area = area or R.choice(AREA_CODES)
    while True:
        exch = R.randint(201, 989)
        if exch != 555 and exch % 100 != 11:
            break
    return area, f"{exch:03d}", f"{R.randint(0, 9999):04d}"


def phone(style="paren", area=None):
    a, e, l = phone_parts(area)
    return {
        "paren": f"({a}) {e}-{l}",
        "dash": f"{a}-{e}-{l}",
        "dot": f"{a}.{e}.{l}",
        "plus": f"+1 {a} {e} {l}",
        "plusdash": f"+1-{a}-{e}-{l}",
        "e164": f"+1{a}{e}{l}",
        "bare": f"{a}{e}{l}",
        "one": f"1-{a}-{e}-{l}",
        "space": f"{a} {e} {l}",
        "parennospace": f"({a}){e}-{l}",
    }[style]


MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
                "att.net", "protonmail.com", "sbcglobal.net", "verizon.net", "me.com", "live.com", "cox.net",
                "bellsouth.net", "charter.net", "ymail.com", "msn.com"]


def email_for(first, last, domain=None):
    f = first.lower().replace(" ", "").replace("-", "").replace("'", "")
    l = last.lower().replace(" ", "").replace("-", "").replace("'", "")
    f = f.translate(str.maketrans("áéíóúñłśćźżąęńöü", "aeiounlsczzaenou"))
    l = l.translate(str.maketrans("áéíóúñłśćźżąęńöü", "aeiounlsczzaenou"))
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{R.randint(60, 99)}",
                      f"{f}{R.randint(1950, 2004)}"])
    return f"{local}@{domain or R.choice(MAIL_DOMAINS)}"


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


def luhn_ok(number):
    return luhn_digit(number[:-1]) == number[-1]


def npi():
    base = R.choice("12") + rs(DIG, 8)
    return base + luhn_digit("80840" + base)


CARD_TEST = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117"}


def card(brand="visa", style="space"):
    while True:
        if brand == "visa":
            body = "4" + rs(DIG, 14)
        elif brand == "mc":
            body = R.choice(["51", "52", "53", "54", "55"]) + rs(DIG, 13)
        elif brand == "amex":
            body = R.choice(["34", "37"]) + rs(DIG, 12)
        else:
            body = "6011" + rs(DIG, 11)
        num = body + luhn_digit(body)
        if num not in CARD_TEST:
            break
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]
MBI_AN = MBI_ALPHA + list(DIG)


def mbi(dashed=False):
    c = [R.choice("123456789"), R.choice(MBI_ALPHA), R.choice(MBI_AN), R.choice(DIG), R.choice(MBI_ALPHA),
         R.choice(MBI_AN), R.choice(DIG), R.choice(MBI_ALPHA), R.choice(MBI_ALPHA), R.choice(DIG), R.choice(DIG)]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    total = sum((int(ch) if ch.isdigit() else VIN_TRANS[ch]) * w for ch, w in zip(v, VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin(wmi, year_code):
    vds = rs(VIN_CHARS, 5)
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = rs(DIG, 6)
    v = wmi + vds + "0" + year_code + plant + serial
    return v[:8] + vin_check(v) + v[9:]


PUBLIC_FIRST_OCTETS = [24, 47, 50, 63, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108,
                       136, 162, 173, 174, 184, 208, 209]


def public_ip():
    return f"{R.choice(PUBLIC_FIRST_OCTETS)}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def private_ip():
    k = R.choice(["10", "172", "192"])
    if k == "10":
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if k == "172":
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"


def mrn(style=None):
    style = style or R.choice(["d7", "d8", "d9", "pad", "e"])
    if style == "d7":
        return nz_digits(7)
    if style == "d8":
        return nz_digits(8)
    if style == "d9":
        return nz_digits(9)
    if style == "pad":
        return "00" + nz_digits(6)
    if style == "e":
        return "E" + nz_digits(7)
    if style == "m":
        return "M" + nz_digits(8)
    raise ValueError(style)


def plan_id(style=None):
    style = style or R.choice(["bcbs", "aetna", "uhc", "cigna", "medicaid", "humana"])
    if style == "bcbs":
        return rs("ABCDEFGHJKLMNPRTUVWXYZ", 3) + nz_digits(9)
    if style == "aetna":
        return "W" + nz_digits(9)
    if style == "uhc":
        return nz_digits(9)
    if style == "cigna":
        return "U" + nz_digits(8)
    if style == "medicaid":
        return nz_digits(8) + R.choice("ABCDEFGH")
    if style == "humana":
        return "H" + nz_digits(8)
    raise ValueError(style)


def icn():
    # Medicare-style internal control number: 13 digits
    return R.choice("12") + rs(DIG, 12)


def rdate(y0, y1, m0=1, m1=12):
    start, end = date(y0, m0, 1), date(y1, m1, 28)
    return start + timedelta(days=R.randint(0, (end - start).days))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fd(d, style="us"):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usnp":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "usshort":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "abbr":
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    if style == "dots":
        return d.strftime("%m.%d.%Y")
    raise ValueError(style)


def dob(style="us", y0=1931, y1=1999):
    return fd(rdate(y0, y1), style)


def event(style="us"):
    return fd(rdate(2025, 2026, 1, 11), style)


# Real city / state / ZIP pairs
PLACES = [
    ("Dayton", "OH", "45405"), ("Toledo", "OH", "43609"), ("Columbus", "OH", "43229"), ("Tacoma", "WA", "98405"),
    ("Spokane", "WA", "99205"), ("Fresno", "CA", "93702"), ("Albuquerque", "NM", "87108"),
    ("Chattanooga", "TN", "37411"), ("Des Moines", "IA", "50315"), ("Savannah", "GA", "31405"),
    ("Boise", "ID", "83705"), ("Tulsa", "OK", "74112"), ("Omaha", "NE", "68105"), ("Worcester", "MA", "01604"),
    ("Providence", "RI", "02908"), ("Burlington", "VT", "05401"), ("Bangor", "ME", "04401"),
    ("Missoula", "MT", "59801"), ("Asheville", "NC", "28806"), ("Lexington", "KY", "40508"),
    ("Little Rock", "AR", "72205"), ("Jackson", "MS", "39206"), ("Baton Rouge", "LA", "70806"),
    ("Rapid City", "SD", "57701"), ("Fargo", "ND", "58103"), ("Cheyenne", "WY", "82001"),
    ("Anchorage", "AK", "99508"), ("Eugene", "OR", "97402"), ("Reno", "NV", "89502"), ("Tucson", "AZ", "85705"),
    ("Lubbock", "TX", "79410"), ("Salt Lake City", "UT", "84104"), ("Silver Spring", "MD", "20910"),
]
STREETS = ["Pinecrest Dr", "W Mulberry St", "Old Farm Rd", "N 27th Ave", "Linden Ave", "Rosewood Ln", "E Colfax Ave",
           "Maple Grove Ct", "S Kingsley Dr", "Harmon Rd", "Bluebonnet Trl", "Cedar Hollow Rd", "W 14th St",
           "Sycamore St", "Fairview Ave", "Quail Run Dr", "NE Alberta St", "Hickory Ridge Rd", "Elm Terrace",
           "Oakmont Blvd", "Dogwood Ln", "S Ridgeview Rd", "Willow Bend Dr", "Carrington Pl", "E Pershing Rd",
           "Birchwood Cir", "Prairie View Rd", "N Jefferson St", "Chestnut Hill Ave", "Lakeshore Dr"]


def street():
    s = f"{R.randint(102, 9870)} {R.choice(STREETS)}"
    if R.random() < 0.3:
        s += R.choice([f" Apt {R.randint(1, 40)}{R.choice('ABCD')}", f" Unit {R.randint(100, 420)}", f" #{R.randint(2, 30)}"])
    return s


def place(city=None):
    if city:
        return next(p for p in PLACES if p[0] == city)
    return R.choice(PLACES)


def address_line(city=None):
    c, st, z = place(city)
    return f"{street()}, {c}, {st} {z}"


# Names -----------------------------------------------------------------------------------------
def fem():
    return fake.first_name_female()


def mal():
    return fake.first_name_male()


def sur():
    return fake.last_name()


INTL = OrderedDict((k, v) for k, v in [
    ("ogunleye", ("Adebayo", "Ogunleye")), ("adeyemi", ("Folasade", "Adeyemi")),
    ("akinwande", ("Oluwaseun", "Akinwande")), ("okafor", ("Chinonso", "Okafor")),
    ("nwachukwu", ("Ngozi", "Nwachukwu")), ("eze", ("Ikechukwu", "Eze")),
    ("nguyen", ("Thi Lan", "Nguyen")), ("tran", ("Van Duc", "Tran")), ("pham", ("Minh Chau", "Pham")),
    ("park", ("Ji-hoon", "Park")), ("kim", ("Seo-yeon", "Kim")), ("choi", ("Min-jun", "Choi")),
    ("dizon", ("Maria Lourdes", "Dizon")), ("bautista", ("Rogelio", "Bautista")),
    ("macaraeg", ("Josefina", "Macaraeg")), ("wisniewski", ("Grzegorz", "Wiśniewski")),
    ("kowalczyk", ("Agnieszka", "Kowalczyk")), ("zajac", ("Bartłomiej", "Zając")),
    ("haddad", ("Youssef", "Haddad")), ("benali", ("Fatima Zahra", "Benali")),
    ("abdelrahman", ("Layla", "Abdel-Rahman")), ("srivastava", ("Rajesh", "Srivastava")),
    ("deshpande", ("Anjali", "Deshpande")), ("gill", ("Harpreet", "Kaur Gill")),
    ("martinez", ("José Luis", "Martínez Ocampo")), ("hernandez", ("María Guadalupe", "Hernández Ríos")),
    ("quintero", ("Ana Sofía", "Quintero Beltrán")), ("taufa", ("Sione", "Taufa")),
    ("faleolo", ("Malia", "Faleolo")), ("kahananui", ("Keoni", "Kahananui")), ("begay", ("Darlene", "Begay")),
    ("yazzie", ("Marcus", "Yazzie")), ("tsosie", ("Loretta", "Tsosie")), ("alemayehu", ("Tigist", "Alemayehu")),
    ("vang", ("Pa Houa", "Vang")), ("warsame", ("Hodan", "Warsame")),
])
INTL_USED = []


def intl(key):
    assert key not in INTL_USED, key
    INTL_USED.append(key)
    return INTL[key]


# Secrets ---------------------------------------------------------------------------------------
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def ghp():
    body = rs(ALNUM, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_pat():
    return "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)


def aws_access_key(prefix="AKIA"):
    return prefix + rs(UP + "234567", 16)


def aws_secret():
    return rs(string.ascii_letters + string.digits + "/+", 40)


def openai_legacy():
    return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)


def openai_proj():
    return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)


def anthropic_key():
    return "sk-ant-api03-" + rs(B64URL, 93) + "AA"


def slack_bot():
    return f"xoxb-{nz_digits(11)}-{nz_digits(13)}-{rs(ALNUM, 24)}"


def slack_user():
    return f"xoxp-{nz_digits(11)}-{nz_digits(11)}-{nz_digits(13)}-{rs('0123456789abcdef', 32)}"


def slack_webhook():
    return f"https://hooks.slack.com/services/T0{rs(UP + DIG, 8)}/B0{rs(UP + DIG, 9)}/{rs(ALNUM, 24)}"


def stripe_live(prefix="sk_live_"):
    return prefix + "51" + rs(ALNUM, 97)


def google_key():
    return "AIzaSy" + rs(B64URL, 33)


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload, alg="HS256"):
    header = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(R.randbytes(32 if alg == "HS256" else 256))
    return f"{header}.{body}.{sig}"


def wrap64(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def rsa_private_key():
    # DER-shaped: SEQUENCE, version 0, 2048-bit modulus, then random bytes for the rest
    der = bytes.fromhex("308204a40201000282010100") + R.randbytes(1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap64(der) + "\n-----END RSA PRIVATE KEY-----"


def openssh_private_key(comment):
    def sstr(b):
        return struct.pack(">I", len(b)) + b
    pub = R.randbytes(32)
    pubblob = sstr(b"ssh-ed25519") + sstr(pub)
    check = R.randbytes(4)
    priv = check + check + sstr(b"ssh-ed25519") + sstr(pub) + sstr(R.randbytes(32) + pub) + sstr(comment.encode())
    priv += bytes(range(1, 1 + (8 - len(priv) % 8) % 8))
    blob = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + sstr(pubblob) + sstr(priv)
    s = base64.b64encode(blob).decode()
    body = "\n".join(s[i:i + 70] for i in range(0, len(s), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def uuid4():
    h = rs("0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(n=40):
    return rs("0123456789abcdef", n)


# ------------------------------------------------------------------------------------------------
# Registry
# ------------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self):
        self.plants = []

    def p(self, kind, value):
        assert kind in KINDS, kind
        if {"kind": kind, "value": value} not in self.plants:
            self.plants.append({"kind": kind, "value": value})
        return value


TEMPLATES = []  # (label, group, fn)


def phi(group):
    def deco(fn):
        TEMPLATES.append(("phi", group, fn))
        return fn
    return deco


def clean(group):
    def deco(fn):
        TEMPLATES.append(("clean", group, fn))
        return fn
    return deco


def J(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)

# ================================================================================================
# PHI templates
# ================================================================================================

# --- care coordination ----------------------------------------------------------------------------
@phi("care-coordination")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    a = c.p("address", address_line())
    ph = c.p("phone", phone("paren"))
    mid = c.p("health-plan-id", plan_id("medicaid"))
    return (f"Can you help me write a transport request to our NEMT broker? Patient is {n}, lives at {a}. "
            f"She needs a wheelchair van to dialysis Mon/Wed/Fri, chair time 6:15am at the Fresenius unit on "
            f"Linden. Her cell is {ph} and her Medicaid ID is {mid}. Mention that she's on the 2nd floor and the "
            f"building elevator is out a lot, so the driver may need to bring a stair chair.")


@phi("care-coordination")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first.lower()} {last.lower()}")
    d = c.p("dob", dob("usnp", 1938, 1956))
    dau = c.p("name", fem())
    ph = c.p("phone", phone("dash"))
    return (f"- pt: {n}\n- dob {d}\n- lives w/ daughter {dau}, her cell {ph}\n- needs: bedside commode, "
            f"tub transfer bench, raised toilet seat\n- dx: L hip ORIF, WBAT\n\nturn this into a short DME referral "
            f"to the supply company, professional tone pls")


@phi("care-coordination")
def _(c):
    last = sur()
    mr = c.p("name", last)
    called = rdate(2025, 2026, 1, 11)
    d1 = c.p("date", fd(called, "usshort"))
    d2 = c.p("date", fd(called - timedelta(days=R.randint(6, 11)), "usshort"))
    wife = c.p("name", fem())
    return (f"Rewrite my TOC call note so it reads cleanly for the chart:\n\ncalled Mr. {mr} {d1} for 48h post-dc "
            f"f/u (admit {d2} CHF exac). spoke w/ wife {wife}, he is weighing daily, up 2 lb since dc, no "
            f"SOB at rest, swelling same. has all meds incl new torsemide. cardiology appt not scheduled yet — "
            f"I sent msg to their scheduler. will call again Fri.")


@phi("care-coordination")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    a = c.p("address", address_line())
    d = c.p("date", event("long"))
    ph = c.p("phone", phone("plus"))
    return (f"Draft a message to our rideshare vendor's concierge desk. Book a ride for {n}, pickup at {a} at "
            f"8:40 AM on {d}, drop-off at the Eastside Cancer Center main entrance. Passenger's mobile for the "
            f"driver: {ph}. She uses a rollator, so please request a car with trunk space. Return trip will be "
            f"called in when her infusion finishes.")


@phi("care-coordination")
def _(c):
    given, family = intl("begay")
    n = c.p("name", f"{given} {family}")
    a = c.p("address", "HC 61 Box 2170, Chinle, AZ 86503")
    ph = c.p("phone", phone("dash", "928"))
    return (f"I need a letter to the IHS purchased/referred care office asking them to cover travel for "
            f"{n} to her cardiology visit in Flagstaff. Her mailing address is {a}. She doesn't have a phone, "
            f"the best contact is her nephew at {ph}. It's a 3.5 hour drive each way and she's 78. Keep it to "
            f"one page.")


@phi("care-coordination")
def _(c):
    rows = []
    for _ in range(3):
        n = c.p("name", f"{sur()}, {R.choice([fem, mal])()}")
        ph = c.p("phone", phone("dash"))
        d = c.p("date", event("iso"))
        rows.append(f'"{n}",{ph},{d},{R.choice(["Medicaid", "MA-PD", "Commercial"])},{R.choice(["7.9", "8.4", "9.2", "6.8"])}')
    return ("Outreach list for diabetes gaps in care, pasted from the registry export. Which of these are "
            "overdue for an A1c (>6 months) and who should I call first?\n\npatient,phone,last_a1c_date,payer,last_a1c\n"
            + "\n".join(rows))


@phi("care-coordination")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("us", 1931, 1946))
    son = c.p("name", f"{mal()} {last}")
    sph = c.p("phone", phone("dot"))
    return (f"Hospice referral summary — please tighten into 5 bullets:\n{n} (DOB {d}) is at Maple Ridge SNF, "
            f"declining intake, PPS 40%, wants to go home. Son {son} is POA and will be primary caregiver; reach "
            f"him at {sph}. Needs hospital bed and O2 2L. Code status DNR/DNI, POLST on file.")


@phi("care-coordination")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    m = c.p("mrn", mrn("d8"))
    return (f"SDOH screen came back positive for food insecurity and utilities for {n} (MRN {m}). Write a "
            f"warm handoff message to the community health worker team explaining what he told me: he's "
            f"skipping his insulin to stretch it, his power was shut off last week, and he has two kids at home.")


# --- billing --------------------------------------------------------------------------------------
@phi("billing")
def _(c):
    lines = ["claim_no       | patient              | dos        | billed  | paid   | carc",
             "---------------+----------------------+------------+---------+--------+------"]
    for carc, paid in (("CO-97", "0.00"), ("CO-45", "88.12"), ("CO-97", "0.00")):
        cl = c.p("claim-number", icn())
        n = c.p("name", f"{sur().upper()}, {R.choice([fem, mal])().upper()}")
        d = c.p("date", event("iso"))
        lines.append(f"{cl:<14} | {n:<20} | {d} | {R.choice(['245.00', '180.00', '412.50']):>7} | {paid:>6} | {carc}")
    return ("Remittance rows from this morning's 835 posting. Why would two of these deny CO-97 when the "
            "E/M and the procedure were on the same day? Mod 25 was on the claim I think.\n\n" + "\n".join(lines))


@phi("billing")
def _(c):
    given, family = intl("tsosie")
    nm = c.p("name", f"{family.upper()}*{given.upper()}")
    mid = c.p("health-plan-id", plan_id("bcbs"))
    pcn = c.p("account-number", "PCN" + nz_digits(7))
    cl = c.p("claim-number", icn())
    d = c.p("date", event("hl7"))
    return (f"Help me read this 835 segment — what does the adjustment mean in plain English?\n\n"
            f"CLP*{pcn}*4*650*0**MC*{cl}*11~\nNM1*QC*1*{nm}****MI*{mid}~\n"
            f"DTM*232*{d}~\nCAS*CO*16*650~\nMOA***MA130~")


@phi("billing")
def _(c):
    first, last = mal(), sur()
    nm = c.p("name", f"{last.upper()}*{first.upper()}")
    mid = c.p("health-plan-id", plan_id("uhc"))
    cty, st, z = place()
    st_line = street()
    a1 = c.p("address", st_line.upper())
    a2 = c.p("address", f"{cty.upper()}*{st}*{z}")
    d = c.p("dob", dob("hl7", 1950, 1990))
    pcn = c.p("account-number", nz_digits(10))
    return (f"Our clearinghouse rejects this 837P loop with 'subscriber address invalid'. What's wrong with it?\n\n"
            f"NM1*IL*1*{nm}****MI*{mid}~\nN3*{a1}~\nN4*{a2}~\nDMG*D8*{d}*M~\n"
            f"NM1*PR*2*UNITEDHEALTHCARE*****PI*87726~\nCLM*{pcn}*325***11:B:1*Y*A*Y*Y~")


@phi("billing")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    acct = c.p("account-number", "HAR " + nz_digits(10))
    d = c.p("date", event("usnp"))
    mid = c.p("health-plan-id", plan_id("humana"))
    return (f"Patient {n}, account {acct}, is disputing a $1,240 balance for DOS {d}. She says her Humana "
            f"member ID {mid} was active that day and the claim should have gone to them first. Write a "
            f"reply that's empathetic, explains we're resubmitting, and that her statement is on hold 60 days.")


@phi("billing")
def _(c):
    first, last = mal(), sur()
    cc = c.p("credit-card", card("visa", "space"))
    n = c.p("name", f"{first.upper()} {last.upper()}")
    return (f"pt paid over the phone, card {cc} exp 09/28, name on card {n}. it declined twice with 'invalid "
            f"card number'. can you tell if I typed it wrong? also what's the script for asking for a different card")


@phi("billing")
def _(c):
    given, family = intl("hernandez")
    n = c.p("name", f"{given} {family}")
    d = c.p("dob", dob("long", 1944, 1957))
    m = c.p("mbi", mbi(dashed=True))
    cl = c.p("claim-number", icn())
    dos = c.p("date", event("long"))
    return (f"Write a redetermination request to the Medicare Administrative Contractor for claim {cl}. "
            f"Beneficiary: {n}, born {d}, MBI {m}. Date of service {dos}, CPT 97110 x4 units, denied as not "
            f"medically necessary. Her PT plan of care was signed; argue the functional gains (TUG 19s to 12s).")


@phi("billing")
def _(c):
    first, last = fem(), sur()
    acct = c.p("account-number", nz_digits(9))
    n = c.p("name", f"{first} {last}")
    a = c.p("address", address_line())
    s = c.p("ssn", ssn("dash"))
    return (f"Before I send this account to the collections agency I need a summary row. Account {acct} — "
            f"guarantor {n}, {a}, SSN on file {s}, balance $3,877.40, last payment 14 months ago, two returned "
            f"statements. Does this meet our policy for placement? Policy says 3 statements + 1 final notice.")


@phi("billing")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{last}, {first}")
    a = c.p("address", address_line())
    bank = c.p("account-number", nz_digits(10))
    return (f"Credit balance refund: {n}, overpaid $212.00 after the secondary paid. He wants it by direct "
            f"deposit instead of a check, gave routing 021000021 and account {bank}. New mailing address for "
            f"the 1099 file: {a}. Write the note for the refund approver.")


# --- data engineering ----------------------------------------------------------------------------
@phi("data-engineering")
def _(c):
    rows = []
    for _ in range(3):
        pid = c.p("patient-id", nz_digits(7))
        m = c.p("mrn", mrn("e"))
        fn, ln = R.choice([fem, mal])(), sur()
        c.p("name", fn)
        c.p("name", ln)
        rows.append(f"| {pid} | {m} | {fn:<10} | {ln:<10} | null |")
    return ("dbt test is failing, how do I make it warn instead of error for this model only?\n\n"
            "Failure in test not_null_stg_epic__patients_birth_date (models/staging/epic/_epic__models.yml)\n"
            "  Got 3 results, configured to fail if != 0\n\n  compiled code at target/compiled/clinic_dw/models/"
            "staging/epic/_epic__models.yml/not_null_stg_epic__patients_birth_date.sql\n\n"
            "| patient_id | mrn | first_name | last_name | birth_date |\n|---|---|---|---|---|\n" + "\n".join(rows))


@phi("data-engineering")
def _(c):
    given, family = intl("kowalczyk")
    out = [" id   |   mrn    | last_name  | first_name |    dob     |    phone",
           "------+----------+------------+------------+------------+--------------"]
    recs = [(given, family)] + [(R.choice([fem, mal])(), sur()) for _ in range(2)]
    for g, f in recs:
        m = c.p("mrn", mrn("pad"))
        c.p("name", f)
        c.p("name", g)
        d = c.p("dob", dob("iso"))
        ph = c.p("phone", phone("dash"))
        out.append(f" {R.randint(1000, 9999)} | {m} | {f:<10} | {g:<10} | {d} | {ph}")
    out.append("(3 rows)")
    return ("why does my dedupe query return these as three different people when two share a phone? query is "
            "GROUP BY mrn, dob. output:\n\n" + "\n".join(out))


@phi("data-engineering")
def _(c):
    lines = ["      member_id      first        last   gender  age  zip5   risk_score"]
    for i in range(4):
        mid = c.p("health-plan-id", plan_id("bcbs"))
        f = c.p("name", R.choice([fem, mal])())
        l = c.p("name", sur())
        z = place()[2]
        lines.append(f"{i}  {mid}  {f:>9}  {l:>10}      {R.choice('MF')}   {R.randint(24, 79)}  {z}  {R.uniform(0.4, 3.9):.3f}")
    return ("pandas question: df.head() below. I want risk_score bucketed into quintiles per zip5 but qcut throws "
            "'Bin edges must be unique'. how do I handle ties?\n\n" + "\n".join(lines))


@phi("data-engineering")
def _(c):
    first, last = fem(), sur()
    s = c.p("ssn", ssn("plain"))
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("iso"))
    rec = json.dumps({"ssn": s, "name": n, "dob": d, "plan": "PPO-3"})
    return ("Spark job dies on the eligibility feed, what's the right badRecordsPath setup?\n\n"
            "26/11/30 03:12:44 ERROR Executor: Exception in task 7.0 in stage 12.0 (TID 388)\n"
            "org.apache.spark.SparkException: Malformed records are detected in record parsing. Parse Mode: FAILFAST.\n"
            f"  Caused by: BadRecordException: java.lang.RuntimeException: Malformed line in FAILFAST mode: {rec[:-1]},\"effective\":\"2026-13-01\"}}\n"
            "    at org.apache.spark.sql.catalyst.json.JacksonParser.parse(JacksonParser.scala:512)")


@phi("data-engineering")
def _(c):
    given, family = intl("ogunleye")
    fam = c.p("name", family.lower())
    giv = c.p("name", given.lower())
    d = c.p("dob", dob("hl7", 1960, 1985))
    key = f"s3://intake-faxes-prod/referrals/2026/11/{fam}_{giv}_{d}.pdf"
    return ("Airflow task failed on a single file. Is it the underscore in the key? Log:\n\n"
            "[2026-11-29, 04:10:02 UTC] {taskinstance.py:1937} ERROR - Task failed with exception\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/airflow/dags/fax_ocr.py\", line 88, in ocr_one\n"
            "    doc = textract.analyze_document(Document={'S3Object': parse_s3(key)})\n"
            f"botocore.errorfactory.InvalidS3ObjectException: Unable to get object metadata from S3 for {key}")


@phi("data-engineering")
def _(c):
    rows = ["MEMBER_NBR   LAST_NM        FIRST_NM    DOB       SSN       PLAN"]
    for _ in range(3):
        mid = c.p("health-plan-id", plan_id("aetna"))
        l = c.p("name", sur().upper())
        f = c.p("name", R.choice([fem, mal])().upper())
        d = c.p("dob", dob("hl7"))
        s = c.p("ssn", ssn("plain"))
        rows.append(f"{mid:<12} {l:<14} {f:<11} {d}  {s} {R.choice(['PPO3', 'HMO1', 'HDHP'])}")
    return ("Fixed-width eligibility file from the mainframe. Give me a Python struct/colspecs definition that "
            "parses it with pandas.read_fwf, first lines here:\n\n" + "\n".join(rows))


@phi("data-engineering")
def _(c):
    first, last = mal(), sur()
    em = c.p("email", email_for(first, last))
    n = c.p("name", f"{first} {last}")
    pid = c.p("patient-id", nz_digits(8))
    slot = c.p("date", "2026-12-09T15:30:00-05:00")
    payload = json.dumps({"event": "appointment.booked", "patient_id": pid, "patient_name": n, "email": em,
                          "slot": slot})
    return ("Kafka consumer is stuck on one message and keeps retrying. Offset 1182734 on partition 3. Value:\n"
            f"{payload}\nDeserializer error: Unknown field 'slot' for schema version 7. How do I skip it safely "
            "without losing the booking?")


@phi("data-engineering")
def _(c):
    first, last = fem(), sur()
    em = c.p("email", email_for(first, last))
    m = c.p("mrn", mrn("d9"))
    return ("great_expectations checkpoint failed — expect_column_values_to_match_regex on `email`.\n\n"
            "unexpected_count: 1\npartial_unexpected_list:\n"
            f"  - {{'mrn': '{m}', 'email': '{em} '}}\n\n"
            "The regex is ^[^@\\s]+@[^@\\s]+\\.[a-z]+$. It looks valid to me?")


# --- clinical handoff ----------------------------------------------------------------------------
@phi("handoff")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("date", event("usshort"))
    return (f"Rewrite as I-PASS please, short:\n\nbed 14 {n} 67M CHF exac adm {d}, diuresing on lasix gtt 10/hr, "
            f"net -2.1L, Cr bumped 1.3->1.6, K 3.4 repleted. if UOP <30/hr x2 call me. daughter updated. "
            f"full code. AM BMP + Mg ordered.")


@phi("handoff")
def _(c):
    a, b, cc = sur(), sur(), sur()
    c.p("name", a)
    c.p("name", b)
    c.p("name", cc)
    return (f"ICU signout, convert to a table (room | issue | to-do):\n"
            f"Rm 3 Mr. {a}: septic shock from UTI, on norepi 0.08, lactate trending down, f/u cultures\n"
            f"Rm 5 Mrs. {b}: DKA, insulin gtt, gap closed at 2200, transition to SQ in AM\n"
            f"Rm 8 Ms. {cc}: post-arrest, TTM day 2, neuro checks q1h, EEG in AM")


@phi("handoff")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{last.upper()}, {first.upper()}")
    m = c.p("mrn", mrn("d7"))
    return (f"Make this SBAR more concise for a page to surgery:\n\nS: {n} MRN {m} POD1 lap chole, HR 124, "
            f"T 38.6\nB: 54F, DM2, uneventful case per op note\nA: ?bile leak vs atelectasis, abd more tender RUQ, "
            f"LFTs pending\nR: please evaluate at bedside within 30 min")


@phi("handoff")
def _(c):
    given, family = intl("park")
    n = c.p("name", f"{family} {given}")
    d = c.p("dob", dob("us", 1947, 1962))
    return (f"night float text to the day team, make it professional:\n\nhey so {n} ({d}) in 612 spiked to 39.1 "
            f"at 0300, got cultures x2 + UA, started cefepime, CXR looks the same. wife wants a call from the "
            f"attending this morning, she speaks mostly Korean so need interpreter line")


@phi("handoff")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("iso", 1940, 1960))
    m = c.p("mrn", mrn("d8"))
    return (f"ED to floor handoff — turn into a structured note:\n{n}, DOB {d}, MRN {m}. Syncope at church, "
            f"HS troponin 14->15, EKG NSR with 1st deg AVB, orthostatic positive. Got 1L LR. Admit tele for "
            f"monitoring, echo ordered, hold amlodipine.")


@phi("handoff")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("date", event("long"))
    m = c.p("mrn", mrn("m"))
    return (f"Summarize for the surgery clinic follow-up letter: {n} (MRN {m}) underwent robotic "
            f"right hemicolectomy on {d} for a cecal adenocarcinoma, pT3N0, 0/24 nodes. Discharged POD3. "
            f"Oncology referral placed; CEA at follow-up.")

# --- pharmacy ------------------------------------------------------------------------------------
@phi("pharmacy")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("us", 1950, 1975))
    lf = c.p("date", event("us"))
    return (f"Refill request came in for {n}, DOB {d}: lisinopril 20 mg daily, last filled {lf} for a 90-day "
            f"supply, so she's early by about 3 weeks. Insurance will reject as refill-too-soon. What are "
            f"legitimate override reasons (vacation supply, lost meds) and what should I document?")


@phi("pharmacy")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    dl = c.p("license-number", R.choice("ABDFGKMNRSW") + nz_digits(7))
    return (f"Customer {n} presented a paper script for oxycodone 10 mg #90 from a prescriber 200 miles away. "
            f"PDMP shows 3 prescribers in 60 days. Her CA driver license is {dl}. Walk me through how to "
            f"handle this professionally — I don't want to accuse her, but I have corresponding responsibility.")


@phi("pharmacy")
def _(c):
    given, family = intl("srivastava")
    n = c.p("name", f"{given} {family}")
    mid = c.p("health-plan-id", plan_id("cigna"))
    return (f"Write the prior auth letter for semaglutide 1 mg weekly. Member {n}, Cigna ID {mid}. BMI 37.8, "
            f"A1c 8.9 on metformin 1000 BID + empagliflozin 25 for 7 months. History of pancreatitis: none. "
            f"Plan requires trial of two oral agents — he has that.")


@phi("pharmacy")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first.lower()} {last.lower()}")
    tx = c.p("device-id", rs("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 6))
    ph = c.p("phone", phone("bare"))
    return (f"pt {n} says his cgm sensor keeps failing on day 6. transmitter id {tx}. he wants a replacement "
            f"shipped, callback {ph}. what info does the manufacturer's support line need from the pharmacy vs "
            f"from him?")


@phi("pharmacy")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"Mrs. {last}")
    d = c.p("dob", dob("usnp", 1936, 1948))
    ph = c.p("phone", phone("paren"))
    return (f"{n} ({d}) called asking if she can take her new clarithromycin with simvastatin 40. Her daughter "
            f"picks up for her and wants a call back at {ph}. What do I tell them, and what should I "
            f"recommend to the prescriber?")


@phi("pharmacy")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{last}, {first}")
    np_ = c.p("npi", npi())
    m = c.p("mbi", mbi())
    return (f"Part D plan rejected code 569 for {n}, MBI {m}, on Eliquis 5 mg. Prescriber NPI {np_} "
            f"is enrolled I think. What does 569 mean and what do I hand the patient?")


# --- school nurse --------------------------------------------------------------------------------
@phi("school-nurse")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("us", 2014, 2017))
    ev = c.p("date", event("long"))
    mom = c.p("name", f"{fem()} {last}")
    ph = c.p("phone", phone("dash"))
    return (f"I'm the nurse at an elementary school. Help me write an incident note: student {n} (grade 4, DOB "
            f"{d}) had a generalized seizure at recess on {ev}, about 2 minutes, rescue med not given since it "
            f"stopped on its own. EMS called. Mom {mom} reached at {ph} at 12:42, met EMS here.")


@phi("school-nurse")
def _(c):
    given, family = intl("faleolo")
    n = c.p("name", f"{given} {family}")
    a = c.p("address", address_line("Salt Lake City"))
    return (f"Parents of {n} are requesting a medical exemption form for the 7th grade Tdap. Address on the "
            f"form: {a}. Her pediatrician wrote a letter citing an anaphylaxis history. Which Utah form is it, "
            f"and does the letter need specific wording?")


@phi("school-nurse")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", first)
    full = c.p("name", f"{first} {last}")
    em = c.p("email", email_for(fem(), last))
    return (f"Draft an email to the parent of {full} about updating his peanut allergy action plan. "
            f"{n}'s EpiPen at school expires next month. Parent email: {em}. Keep it friendly, mention the "
            f"form must be signed by both the parent and the prescriber.")


@phi("school-nurse")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    sn = c.p("device-id", R.choice(["NG", "OA"]) + nz_digits(7) + R.choice("HKM"))
    return (f"Type 1 diabetes care plan for {n}, 3rd grade. She uses an insulin pump (serial {sn}) with a "
            f"CGM. Write the section for the classroom teacher: what the alarms mean, when to send her to the "
            f"nurse, and what to do on field trips.")


@phi("school-nurse")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("date", event("usshort"))
    return (f"Concussion return-to-learn note, please make it parent-friendly: {n}, 10th grade, hit his head "
            f"during JV football on {d}. Symptom checklist today: headache 3/6, light sensitivity 2/6. Plan: "
            f"half days this week, no tests, no screens over 20 min.")


# --- home health ----------------------------------------------------------------------------------
@phi("home-health")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first.lower()} {last.lower()}")
    a = c.p("address", address_line().lower())
    return (f"can u fix my visit note grammar, i have to submit it tonight\n\nvisited {n} at {a} at 9am. she "
            f"was in bed, said she didnt sleep good. helped her shower and dress, made breakfast oatmeal she ate "
            f"half. her legs more swole than last week, I told the nurse. house was cold heater not working "
            f"good. left at 11.")


@phi("home-health")
def _(c):
    given, family = intl("warsame")
    n = c.p("name", f"{given} {family}")
    m = c.p("mbi", mbi())
    d = c.p("date", event("iso"))
    return (f"Home health SOC visit for {n}, MBI {m}, start of care {d}. Dx: CHF, DM2 with neuropathy. She "
            f"lives with her son who interprets (Somali). Help me write the homebound status justification "
            f"for the OASIS: she needs a walker and one-person assist for stairs, leaving home is a taxing effort.")


@phi("home-health")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    sn = c.p("device-id", "KCI" + nz_digits(8))
    ph = c.p("phone", phone("dot"))
    return (f"Wound vac alarm keeps going off at {n}'s house — 'blockage' alarm. Unit serial {sn}. Patient "
            f"callback {ph}. Walk me through troubleshooting before I call the rental company's 24h line.")


@phi("home-health")
def _(c):
    lines = ["| time | client | address | task |", "|---|---|---|---|"]
    for t, task in (("08:00", "bath + meds reminder"), ("10:30", "wound check"), ("13:15", "meal prep"),
                    ("15:00", "INR draw")):
        n = c.p("name", f"{R.choice([fem, mal])()} {sur()}")
        a = c.p("address", address_line("Tucson"))
        lines.append(f"| {t} | {n} | {a} | {task} |")
    return ("Optimize my route for tomorrow, I start and end at the office on N Oracle Rd:\n\n" + "\n".join(lines))


@phi("home-health")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{last.upper()}, {first.upper()}")
    d = c.p("date", event("us"))
    return (f"Incident report draft for the agency — fall with no injury. Client {n}. On {d} at approx 14:20 "
            f"client slid from wheelchair to floor during transfer; aide lowered her, no head strike. Vitals "
            f"stable. Family and RN supervisor notified. Rewrite in objective language.")


# --- genetics --------------------------------------------------------------------------------------
@phi("genetics")
def _(c):
    given, family = intl("adeyemi")
    n = c.p("name", f"{given} {family}")
    d = c.p("dob", dob("us", 1978, 1990))
    mom = c.p("name", f"{R.choice(['Bolanle', 'Yetunde', 'Funmilayo'])} {family}")
    return (f"Help me write the pedigree narrative for the counseling letter. Proband: {n}, DOB {d}, breast "
            f"cancer at 38 (triple negative). Mother {mom} had ovarian cancer at 51, deceased. Maternal aunt "
            f"breast ca at 45. Two brothers unaffected. Father's side unknown. Testing: multigene panel.")


@phi("genetics")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("iso", 1975, 1995))
    mid = c.p("health-plan-id", plan_id("bcbs"))
    return (f"Fill in the medical necessity section of the BRCA1/2 + Lynch panel requisition: patient {n}, DOB "
            f"{d}, BCBS member {mid}. Indication: first-degree relative with MSH6 variant, colon cancer in two "
            f"relatives <50. She meets NCCN criteria, right?")


@phi("genetics")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"Mr. {last}")
    full = c.p("name", f"{first} {last}")
    a = c.p("address", address_line())
    return (f"Results letter, patient-friendly, 8th-grade reading level:\n\n{full}\n{a}\n\nDear {n}, your "
            f"genetic test found a variant of uncertain significance (VUS) in the APC gene... — please finish "
            f"it, explain VUS and that it doesn't change his colonoscopy schedule.")


@phi("genetics")
def _(c):
    last = sur()
    rel = []
    for who in ("sister", "brother", "cousin"):
        f = R.choice([fem, mal])()
        n = c.p("name", f"{f} {last}")
        e = c.p("email", email_for(f, last))
        rel.append(f"{who} {n} <{e}>")
    return ("Family letter for cascade testing — the proband asked us to email relatives directly. Draft one "
            "email I can send to each, explaining the familial hypercholesterolemia variant (LDLR) and how to get "
            "tested. Recipients: " + "; ".join(rel) + ".")


# --- dental --------------------------------------------------------------------------------------
@phi("dental")
def _(c):
    first, last = fem(), sur()
    sub = c.p("name", f"{mal()} {last}")
    n = c.p("name", f"{first} {last}")
    mid = c.p("health-plan-id", nz_digits(11))
    d = c.p("dob", dob("us", 2015, 2016))
    return (f"Insurance verification for tomorrow's new patient: {n}, DOB {d}. Subscriber is her father {sub}, "
            f"Delta Dental member ID {mid}. What questions should I ask the payer about sealants and the "
            f"frequency limit on fluoride varnish for a 10 year old?")


@phi("dental")
def _(c):
    given, family = intl("pham")
    n = c.p("name", f"{family} {given}")
    ph = c.p("phone", phone("paren", "714"))
    d = c.p("date", event("usnp"))
    return (f"Write a recall text in Vietnamese and English for {n} — overdue for cleaning since {d}. "
            f"Send to {ph}. Our office is in Garden Grove, keep it under 300 characters each.")


@phi("dental")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("date", event("iso"))
    mid = c.p("health-plan-id", plan_id("aetna"))
    return (f"Narrative for a crown claim (D2740, tooth #19) that got denied for 'insufficient documentation'. "
            f"Patient {n}, Aetna {mid}, DOS {d}. Fractured MB cusp, existing MOD amalgam >50% of tooth "
            f"structure, fracture line visible on intraoral photo. Make it concise and clinical.")


@phi("dental")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    cc = c.p("credit-card", card("mc", "dash"))
    return (f"Ortho financing: {n} wants to put the $1,500 down payment on card {cc} and the rest on a "
            f"24-month plan. Write the payment agreement paragraph, and remind me whether we can store the card "
            f"for autopay under PCI rules.")


# --- veterinary (owner identity) ---------------------------------------------------------------------
@phi("veterinary")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    a = c.p("address", address_line())
    ph = c.p("phone", phone("dash"))
    return (f"Vet clinic question. Owner: {n}, {a}, {ph}. Patient: 'Biscuit', 7y FS Labrador, 34 kg. Owner "
            f"wants to switch carprofen to grapiprant because of vomiting. Write the discharge instructions for "
            f"the switch including the washout.")


@phi("veterinary")
def _(c):
    given, family = intl("zajac")
    n = c.p("name", f"{given} {family}")
    a = c.p("address", address_line("Worcester"))
    chip = c.p("device-id", "985" + rs(DIG, 12))
    return (f"Fill out the rabies certificate text: owner {n}, {a}. Dog 'Kora', female spayed, mixed breed, "
            f"microchip {chip}. Vaccine: 3-year, lot and expiration from the vial. Which fields are required in "
            f"Massachusetts?")


@phi("veterinary")
def _(c):
    first, last = mal(), sur()
    em = c.p("email", email_for(first, last))
    n = c.p("name", f"{first} {last}")
    return (f"Can you write a gentle follow-up after euthanasia to {n} ({em})? Their cat Milo was 16. We want to "
            f"mention the paw print keepsake is ready for pickup and that our grief support group meets monthly.")


@phi("veterinary")
def _(c):
    rows = ["owner_name,owner_phone,pet,species,due"]
    for vac in ("DHPP", "FVRCP", "Rabies"):
        n = c.p("name", f"{R.choice([fem, mal])()} {sur()}")
        ph = c.p("phone", phone("e164"))
        rows.append(f"{n},{ph},{R.choice(['Pepper', 'Luna', 'Tank', 'Mochi'])},{'canine' if vac != 'FVRCP' else 'feline'},{vac}")
    return ("Turn these reminder rows into SMS messages, one per owner, under 160 chars:\n\n" + "\n".join(rows))


@phi("veterinary")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{last}, {first}")
    dl = c.p("license-number", nz_digits(8))
    a = c.p("address", address_line("Lubbock"))
    return (f"Our controlled-substance dispensing log needs the client's ID for phenobarbital. Entry: {n}, "
            f"TX DL {dl}, {a}, 60 tabs 16.2 mg for 'Duke'. Is a driver license required under Texas rules for "
            f"veterinary dispensing, or just the owner name and address?")


# --- insurance call center ------------------------------------------------------------------------
@phi("call-center")
def _(c):
    first, last = fem(), sur()
    mid = c.p("health-plan-id", plan_id("bcbs"))
    d = c.p("dob", fd(rdate(1958, 1972), "long").replace(",", "").lower())
    n = c.p("name", f"{first} {last}")
    return ("Summarize this call for the CRM note, 3 lines max:\n\n"
            "Agent: Thank you for calling member services, this is Dana. Can I have the member ID on the card?\n"
            f"Caller: Sure, it's {mid}.\nAgent: And the member's name and date of birth?\n"
            f"Caller: {n}, {d}.\nAgent: Thank you. How can I help?\n"
            "Caller: I got a bill for my MRI, it says out of network but the imaging center told me they take my plan.\n"
            "Agent: I see the claim. It processed under the facility's old tax ID, I'll send it for reprocessing.")


@phi("call-center")
def _(c):
    digits = ssn_digits()
    s = c.p("ssn", spelled(digits, (3, 2, 4)))
    ph_a, ph_e, ph_l = phone_parts()
    p = c.p("phone", spelled(ph_a + ph_e + ph_l, (3, 3, 4)))
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    return ("Speech-to-text transcript from the IVR escalation, clean it up into a ticket:\n\n"
            f"caller: yeah hi my name is {n} I'm trying to get my explanation of benefits\n"
            "agent: okay I can help, I'll need to verify, what's your social\n"
            f"caller: {s}\n"
            "agent: thank you and the best callback number\n"
            f"caller: {p}\n"
            "agent: okay I'll mail the EOB to the address on file")


@phi("call-center")
def _(c):
    np_ = c.p("npi", npi())
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    mid = c.p("health-plan-id", plan_id("uhc"))
    d = c.p("dob", dob("usnp"))
    return ("Provider services call log — what should the rep have asked that they didn't?\n\n"
            f"[10:02] Caller from Lakeview Ortho, NPI {np_}, requesting auth status\n"
            f"[10:03] Member {n}, ID {mid}, DOB {d}\n"
            "[10:05] Auth for 29881 pending clinical review, submitted 11/19\n"
            "[10:06] Caller asked for peer-to-peer; rep said not available until determination")


@phi("call-center")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    v = c.p("vin", vin("1FT", "N"))
    cl = c.p("claim-number", f"{R.randint(10, 99)}-{nz_digits(5)}-{R.randint(100, 999)}")
    d = c.p("date", event("long"))
    return (f"Auto-injury claim call, draft the adjuster's summary. Claimant {n}, claim {cl}. Vehicle VIN {v}, "
            f"rear-ended at a light on {d}. Went to urgent care same day for neck pain, now in PT twice a week. "
            f"Med-pay limit $5,000; asks whether PT bills go to us or his health plan first.")


@phi("call-center")
def _(c):
    given, family = intl("macaraeg")
    n = c.p("name", f"{given} {family}")
    em = c.p("email", email_for(given, family))
    mid = c.p("health-plan-id", plan_id("medicaid"))
    return ("Chat transcript from the member portal. Categorize the complaint and suggest a response:\n\n"
            f"[member] Hi I'm {n}, my medicaid number is {mid}\n"
            "[member] my mom's home aide hours got cut from 20 to 12 and nobody called us\n"
            f"[member] please email me at {em} I work nights and can't answer calls\n"
            "[bot] A representative will be with you shortly.")


@phi("call-center")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    s = c.p("ssn", ssn("space"))
    a = c.p("address", address_line())
    return ("QA scoring: did the agent follow the verification script? Rate 1-5.\n\n"
            "Agent: I'll need the subscriber's full name.\n"
            f"Caller: {n}.\nAgent: Social security number?\nCaller: {s}.\n"
            f"Agent: And the address we have on file?\nCaller: {a}.\n"
            "Agent: Great, you're verified. The claim for the ER visit was paid at 80% after deductible.")

# --- patients writing about themselves ----------------------------------------------------------------
@phi("self-disclosure")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("us", 1970, 1990))
    mid = c.p("health-plan-id", plan_id("aetna"))
    return (f"Hi, my name is {n} and my DOB is {d}. I was diagnosed with endometriosis last year and my "
            f"insurance denied the surgery. Can you help me write an appeal? My member ID is {mid}. My doctor "
            f"said the denial reason was 'not medically necessary' even though I've tried birth control for 2 years.")


@phi("self-disclosure")
def _(c):
    first = mal()
    last = sur()
    n = c.p("name", first)
    wife = c.p("name", fem())
    ph = c.p("phone", phone("dot"))
    return (f"i'm {n}, 58, and my wife {wife} keeps telling me my snoring is scary, like I stop breathing. "
            f"the sleep clinic wants a referral. what do I say to my doctor so they take it seriously? also if "
            f"they need to reach me it's {ph}, should I put that on the questionnaire?")


@phi("self-disclosure")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    m = c.p("mbi", mbi())
    a = c.p("address", address_line())
    return (f"I'm a Medicare beneficiary and I want to write my own appeal letter. Please format it:\n\n{n}\n{a}\n"
            f"Medicare number {m}\n\nI'm appealing the denial of my power wheelchair. I can't walk more than "
            f"20 feet and my arms are too weak for a manual chair after my stroke.")


@phi("self-disclosure")
def _(c):
    given, family = intl("gill")
    n = c.p("name", f"{given} {family}")
    m = c.p("mrn", mrn("d8"))
    d = c.p("dob", dob("us", 1965, 1985))
    cd = c.p("date", event("us"))
    return (f"Can you explain my lab results in plain language? Here's the top of the report:\n\n"
            f"Patient: {n}    MRN: {m}    DOB: {d}\nCollected: {cd} 07:45    Fasting: Y\n\n"
            f"TSH 6.8 uIU/mL (0.45-4.50) H\nFree T4 0.9 ng/dL (0.8-1.8)\nTPO Ab 212 IU/mL (<9) H\n\n"
            f"Should I be worried? I'm trying to get pregnant.")


@phi("self-disclosure")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    s = c.p("ssn", ssn("dash"))
    d = c.p("dob", dob("long", 1964, 1980))
    return (f"I'm filling out my SSDI application online and it asks to describe how my condition limits "
            f"me. I'm {n}, SSN {s}, born {d}. I have lupus with kidney involvement and chronic fatigue, I miss "
            f"3-4 days of work a month. Can you help me write the function report answers?")


@phi("self-disclosure")
def _(c):
    given, family = intl("quintero")
    n = c.p("name", f"{given} {family}")
    d = c.p("dob", fd(rdate(1975, 1992), "dots").replace(".", "/"))
    ph = c.p("phone", phone("dash"))
    return (f"Hola, me llamo {n}, mi fecha de nacimiento es {d}. Necesito una carta para mi trabajo "
            f"explicando que tengo diabetes gestacional y necesito descansos para checar mi azúcar. Mi teléfono "
            f"es {ph}. ¿Me la puedes escribir en inglés y en español?")


@phi("self-disclosure")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    em = c.p("email", email_for(first, last))
    ph = c.p("phone", phone("paren"))
    return (f"My employer's leave vendor wants me to submit FMLA paperwork for my mom's chemo appointments. I'm "
            f"{n}, contact {em} / {ph}. Can you write a cover note to HR explaining I need intermittent leave "
            f"about 2 days every 3 weeks through March?")


@phi("self-disclosure")
def _(c):
    given, family = intl("kim")
    n = c.p("name", f"{family} {given}")
    a = c.p("address", "1520 Lemoine Ave Apt 4B, Fort Lee, NJ 07024")
    d = c.p("dob", dob("iso", 1988, 1996))
    return (f"안녕하세요 — sorry, English is fine. I'm {n} ({d}), I just moved to {a} and need a new "
            f"psychiatrist to keep my sertraline prescription going. Write me a short message I can send to "
            f"practices asking if they take new patients and my insurance (Horizon).")


# --- pasted email threads --------------------------------------------------------------------------
@phi("email-thread")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    em = c.p("email", email_for(first, last))
    a = c.p("address", address_line())
    ph = c.p("phone", phone("dot"))
    return (f"Can you draft a reply to this patient email? Keep it HIPAA-appropriate.\n\n"
            f"From: {n} <{em}>\nSent: Monday 9:14 PM\nTo: frontdesk\nSubject: billing + meds\n\n"
            f"Hi, I was charged twice for my copay on the 12th and also I'm almost out of my Zoloft. Can Dr. "
            f"Whitfield send a refill? Thanks.\n\n{n}\n{a}\n{ph}")


@phi("email-thread")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    m = c.p("mrn", mrn("d7"))
    d = c.p("date", event("usnp"))
    return (f"Summarize this thread into action items:\n\n---------- Forwarded message ---------\n"
            f"From: Kara Lindqvist, RN <klindqvist@northvalleyhealth.org>\nTo: Case Management\n\n"
            f"FYI — {n} (MRN {m}) is being discharged tomorrow and still has no ride and no SNF bed. Insurance "
            f"auth for SNF was submitted {d}.\n\n> From: Case Management\n> We're waiting on the peer-to-peer. "
            f"Family prefers Cedar Glen. Will update by noon.\n\nKara Lindqvist, BSN, RN | 5 North | ext 4471")


@phi("email-thread")
def _(c):
    given, family = intl("haddad")
    n = c.p("name", f"{given} {family}")
    em = c.p("email", email_for(given, family, "outlook.com"))
    return (f"I'm in HR. Help me answer this without asking for more medical info than allowed:\n\n"
            f"From: {n} <{em}>\nSubject: leave\n\nHi Jordan, my cardiologist says I need an ablation for AFib "
            f"and 2 weeks off after. Do I need to tell my manager the reason? I'd rather not.\n\nThanks,\n{given}")


@phi("email-thread")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("us"))
    s = c.p("ssn", ssn("dash"))
    return (f"Law firm sent this — is it a valid HIPAA authorization or do we need more? Draft our response.\n\n"
            f"Re: Records request — our client {n}, DOB {d}, SSN {s}\n\nPlease produce all medical and billing "
            f"records from 1/1/2023 to present. Enclosed is a signed authorization.\n\nRegards,\nParalegal, "
            f"Hartwell & Boone LLP")


@phi("email-thread")
def _(c):
    first, last = mal(), sur()
    pt = c.p("name", f"{first} {last}")
    dau_first = fem()
    dau = c.p("name", f"{dau_first} {last}")
    em = c.p("email", email_for(dau_first, last, "comcast.net"))
    ph = c.p("phone", phone("one"))
    return (f"Family member email, how should we respond without violating privacy? We don't have a release "
            f"on file for her.\n\nFrom: {dau} <{em}>\n\nMy father {pt} was admitted last night and nobody will "
            f"tell me anything. I'm his only daughter and I live out of state. Please call me at {ph}.")


# --- JSON / API responses -------------------------------------------------------------------------------
@phi("api-json")
def _(c):
    first, last = fem(), sur()
    pid = c.p("patient-id", nz_digits(8))
    m = c.p("mrn", mrn("d9"))
    c.p("name", last)
    c.p("name", first)
    d = c.p("dob", dob("iso"))
    ph = c.p("phone", phone("dash"))
    cty, st, z = place()
    sl = c.p("address", street())
    c.p("address", cty)
    c.p("address", z)
    res = {"resourceType": "Patient", "id": pid,
           "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "type": {"text": "MRN"}, "value": m}],
           "name": [{"use": "official", "family": last, "given": [first]}], "gender": "female", "birthDate": d,
           "telecom": [{"system": "phone", "value": ph, "use": "mobile"}],
           "address": [{"line": [sl], "city": cty, "state": st, "postalCode": z}]}
    return ("Our FHIR client fails to deserialize this Patient with 'unknown property identifier.type.text'. Which "
            "library setting relaxes that?\n\n" + J(res))


@phi("api-json")
def _(c):
    appts = []
    for _ in range(2):
        f, l = R.choice([fem, mal])(), sur()
        n = c.p("name", f"{f} {l}")
        ph = c.p("phone", phone("e164"))
        pid = c.p("patient-id", "pt_" + rs(string.ascii_lowercase + DIG, 12))
        st = c.p("date", f"2026-12-0{R.randint(3, 9)}T{R.randint(10, 16)}:00:00Z")
        appts.append({"id": "apt_" + rs(string.ascii_lowercase + DIG, 10), "patient": {"id": pid, "display_name": n,
                      "mobile": ph}, "start": st, "status": "booked"})
    return ("Why is `start` off by 5 hours in our UI? API response:\n\n" + J({"data": appts, "next_cursor": None}))


@phi("api-json")
def _(c):
    first, last = mal(), sur()
    ip = c.p("ip-address", public_ip())
    em = c.p("email", email_for(first, last))
    n = c.p("name", f"{first} {last}")
    body = {"type": "visit.ended", "visit": {"id": uuid4(), "duration_sec": 1122}, "participant": {"role": "patient",
            "name": n, "email": em, "client_ip": ip, "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"}}
    return ("Telehealth vendor webhook — do we need to store client_ip for the audit trail or can we drop it?\n\n" + J(body))


@phi("api-json")
def _(c):
    given, family = intl("nwachukwu")
    mid = c.p("health-plan-id", plan_id("bcbs"))
    c.p("name", family)
    c.p("name", given)
    d = c.p("dob", dob("iso"))
    cov = {"resourceType": "Coverage", "status": "active", "subscriberId": mid,
           "beneficiary": {"display": f"{given} {family}"}, "relationship": {"coding": [{"code": "self"}]},
           "period": {"start": "2026-01-01"}, "payor": [{"display": "Anthem Blue Cross"}],
           "extension": [{"url": "http://example.org/fhir/StructureDefinition/subscriber-birthdate", "valueDate": d}]}
    c.p("name", f"{given} {family}")
    return ("Is `subscriberId` the right place for the member ID in FHIR Coverage, or should it be an identifier "
            "with type MB? Here's what our payer sends:\n\n" + J(cov))


@phi("api-json")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    s = c.p("ssn", ssn("plain"))
    d = c.p("dob", dob("us"))
    err = {"error": {"code": "VALIDATION_FAILED", "message": "dateOfBirth must be ISO-8601",
                     "request": {"firstName": first, "lastName": last, "ssn": s, "dateOfBirth": d}}}
    c.p("name", first)
    c.p("name", last)
    return ("The eligibility API echoes the request back in errors. Is that a problem? Example:\n\n" + J(err, None)
            + f"\n\n(this was for {n}, she called about it)")


@phi("api-json")
def _(c):
    res = []
    for _ in range(2):
        f, l = R.choice([fem, mal])(), sur()
        n = c.p("name", f"{l}, {f}")
        m = c.p("mrn", mrn("d7"))
        a = c.p("date", event("iso"))
        res.append({"node": {"mrn": m, "name": n, "admittedAt": a + "T03:14:00Z", "unit": R.choice(["4W", "5N", "MICU"])}})
    return ("GraphQL pagination — why do I get the same two edges on every page? Response:\n\n"
            + J({"data": {"census": {"edges": res, "pageInfo": {"hasNextPage": True, "endCursor": None}}}}))


# --- HL7 v2 and X12 -------------------------------------------------------------------------------------
@phi("hl7-x12")
def _(c):
    given, family = intl("okafor")
    m = c.p("mrn", mrn("d7"))
    nm = c.p("name", f"{family.upper()}^{given.upper()}")
    d = c.p("dob", dob("hl7", 1970, 1990))
    cty, st, z = place("Dayton")
    a = c.p("address", f"{street()}^^{cty}^{st}^{z}")
    ph = c.p("phone", phone("parennospace", "937"))
    acct = c.p("account-number", nz_digits(10))
    s = c.p("ssn", ssn("dash"))
    return ("Mirth channel rejects this A04 with 'PID-18 exceeds length'. What's the max length in 2.5.1?\n\n"
            "MSH|^~\\&|REG|MVH|ADT|MVH|202611301422||ADT^A04|MSG00481|P|2.5.1\n"
            "EVN|A04|202611301422\n"
            f"PID|1||{m}^^^MVH^MR||{nm}^A||{d}|M|||{a}||{ph}|||||{acct}_ENCOUNTER_2026|{s}\n"
            "PV1|1|O|FM^^^MVH||||1234567893^Reyes^Paula")


@phi("hl7-x12")
def _(c):
    first, last = fem(), sur()
    m = c.p("mrn", mrn("pad"))
    nm = c.p("name", f"{last.upper()}^{first.upper()}")
    d = c.p("dob", dob("hl7"))
    cd = c.p("date", event("hl7"))
    return ("Parse this ORU and tell me which OBX is abnormal:\n\n"
            "MSH|^~\\&|LAB|RMC|EHR|RMC|202611281015||ORU^R01|88213|P|2.3\n"
            f"PID|||{m}||{nm}||{d}|F\n"
            f"OBR|1|||80053^CMP|||{cd}0640\n"
            "OBX|1|NM|2951-2^Sodium||131|mmol/L|136-145|L\n"
            "OBX|2|NM|2823-3^Potassium||4.1|mmol/L|3.5-5.1|N\n"
            "OBX|3|NM|2160-0^Creatinine||1.9|mg/dL|0.6-1.1|H")


@phi("hl7-x12")
def _(c):
    first, last = mal(), sur()
    nm = c.p("name", f"{last.upper()}*{first.upper()}")
    mid = c.p("health-plan-id", plan_id("humana"))
    d = c.p("dob", dob("hl7", 1945, 1960))
    return ("This 271 says active coverage but the copay segment looks weird. Explain EB*B and the MSG:\n\n"
            f"NM1*IL*1*{nm}****MI*{mid}~\nDMG*D8*{d}*M~\nDTP*346*D8*20260101~\n"
            "EB*1*IND*30**HN~\nEB*B*IND*98***27*45~\nMSG*SPECIALIST REQUIRES REFERRAL~")


@phi("hl7-x12")
def _(c):
    given, family = intl("bautista")
    nm = c.p("name", f"{family.upper()}*{given.upper()}")
    s = c.p("ssn", ssn("plain"))
    d = c.p("dob", dob("hl7", 1966, 1985))
    cty, st, z = "DALY CITY", "CA", "94014"
    a1 = c.p("address", street().upper())
    a2 = c.p("address", f"{cty}*{st}*{z}")
    return ("834 enrollment: which loop carries the member's SSN and is it REF*0F or NM109? Sample member:\n\n"
            f"INS*Y*18*021*28*A***FT~\nREF*0F*{s}~\nNM1*IL*1*{nm}****34*{s}~\nN3*{a1}~\n"
            f"N4*{a2}~\nDMG*D8*{d}*M~\nHD*021**HLT*PPO500*EMP~")


@phi("hl7-x12")
def _(c):
    first, last = fem(), sur()
    m = c.p("mrn", mrn("d8"))
    nm = c.p("name", f"{last}^{first}")
    ad = c.p("date", event("hl7"))
    return ("SIU^S12 from the scheduling system puts the appointment in the wrong slot. Is AIS-4 the start time?\n\n"
            "MSH|^~\\&|SCHED|CLINIC|EHR|CLINIC|202611301000||SIU^S12|A7781|P|2.4\n"
            "SCH|8812|8812|||||ROUTINE|||30|MIN\n"
            f"PID|1||{m}||{nm}\n"
            f"AIS|1||99214^Office visit|{ad}0930|0|MIN|30|MIN")


# --- C-CDA / XML -----------------------------------------------------------------------------------------
@phi("ccda")
def _(c):
    given, family = intl("kahananui")
    pid = c.p("patient-id", nz_digits(8))
    sl = c.p("address", "4410 Kalanianaole Hwy")
    c.p("address", "Honolulu")
    z = c.p("address", "96821")
    ph = c.p("phone", "+1-" + phone("dash", "808"))
    g = c.p("name", given)
    f = c.p("name", family)
    d = c.p("dob", dob("hl7", 1955, 1970))
    return ("The ONC validator says recordTarget is invalid. What's missing?\n\n<recordTarget>\n  <patientRole>\n"
            f"    <id extension=\"{pid}\" root=\"2.16.840.1.113883.3.4421.1\"/>\n    <addr use=\"HP\">\n"
            f"      <streetAddressLine>{sl}</streetAddressLine>\n      <city>Honolulu</city>\n"
            f"      <state>HI</state>\n      <postalCode>{z}</postalCode>\n    </addr>\n"
            f"    <telecom value=\"tel:{ph}\" use=\"HP\"/>\n    <patient>\n      <name use=\"L\">\n"
            f"        <given>{g}</given>\n        <family>{f}</family>\n      </name>\n"
            f"      <administrativeGenderCode code=\"M\" codeSystem=\"2.16.840.1.113883.5.1\"/>\n"
            f"      <birthTime value=\"{d}\"/>\n    </patient>\n  </patientRole>\n</recordTarget>")


@phi("ccda")
def _(c):
    first, last = fem(), sur()
    g = c.p("name", first)
    f = c.p("name", last)
    m = c.p("mrn", mrn("d9"))
    d = c.p("date", event("hl7"))
    return ("XPath to pull every medication name and start date from this section? Header for context:\n\n"
            f"<ClinicalDocument>\n  <recordTarget><patientRole><id root=\"1.3.6.1.4.1.22812.3.99930.3\" extension=\"{m}\"/>\n"
            f"  <patient><name><given>{g}</given><family>{f}</family></name></patient></patientRole></recordTarget>\n"
            f"  <componentOf><encompassingEncounter><effectiveTime><low value=\"{d}\"/></effectiveTime>"
            f"</encompassingEncounter></componentOf>\n  ...\n  <section><templateId root=\"2.16.840.1.113883.10.20.22.2.1.1\"/>"
            f"<title>Medications</title>...</section>\n</ClinicalDocument>")


@phi("ccda")
def _(c):
    first, last = mal(), sur()
    f = c.p("name", first.upper())
    l = c.p("name", last.upper())
    d = c.p("dob", dob("hl7", 2019, 2023))
    mom = c.p("name", fem().upper())
    return ("State immunization registry returns this query response. Why is the MMR dose flagged invalid?\n\n"
            f"<patient>\n  <firstName>{f}</firstName>\n  <lastName>{l}</lastName>\n  <dob>{d}</dob>\n"
            f"  <motherFirstName>{mom}</motherFirstName>\n</patient>\n<vaccination cvx=\"03\" dose=\"1\" "
            f"valid=\"N\" reason=\"MIN_AGE\"/>")


# --- Slack / Teams ---------------------------------------------------------------------------------------
@phi("slack")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    ph = c.p("phone", phone("dash"))
    return (f"rewrite this so it's less panicky before I post it in #front-desk:\n\n@here can SOMEONE please call "
            f"back {n} at {ph}?? she's called 4 times about her biopsy results and nobody has gotten back "
            f"to her!!! Dr. Amsel is out till Monday")


@phi("slack")
def _(c):
    a = c.p("name", f"{sur()} {R.choice([fem, mal])()[0]}.")
    b_first, b_last = R.choice([fem, mal])(), sur()
    b = c.p("name", f"{b_first} {b_last}")
    return ("Slack thread from the charge nurses channel, summarize for the staffing report:\n\n"
            "Jess [7:02 AM] 4W census 28/30, 2 pending admits from ED\n"
            f"Tom [7:05 AM] one of those is {b}, needs tele, can we float a tele bed?\n"
            f"Jess [7:06 AM] maybe if {a} goes to rehab today, PT cleared her\n"
            "Tom [7:10 AM] ok I'll ask bed board")


@phi("slack")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    u = c.p("url", f"https://ehr.mercyvalley.org/chart/patient/{nz_digits(8)}/encounters/{nz_digits(9)}")
    return (f"Teams message I'm about to send the CMO, is the tone ok?\n\n\"Heads up: {n} (the former board "
            f"member) is in our ED with chest pain. Chart: {u} — please don't share the link further, VIP protocol "
            f"is on.\"")


@phi("slack")
def _(c):
    given, family = intl("deshpande")
    n = c.p("name", f"{given.lower()} {family.lower()}")
    d = c.p("dob", dob("usshort", 1980, 1995))
    return (f"quick q from our clinic slack: \"does anyone know if {n} ({d}) got her rhogam at 28 wks? "
            f"can't find it in the MAR\" — how do I search the MAR for a historical administration in Epic?")


@phi("slack")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    em = c.p("email", email_for(first, last))
    return (f"Turn this Slack message into a Jira ticket:\n\nhey team, patient {n} ({em}) says she can't log "
            f"into the portal since the password reset email went to spam and now the link expired. she's tried "
            f"3 times. can we force a reset?")


# --- discharge instructions ---------------------------------------------------------------------------
@phi("discharge")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("date", event("long"))
    ph = c.p("phone", phone("paren"))
    return (f"Translate into Spanish at a 6th-grade level:\n\nDischarge instructions for {n}\nYou were treated for "
            f"pneumonia. Take amoxicillin-clavulanate 875 mg twice a day until {d}. Return to the ER if you have "
            f"trouble breathing. A nurse will call you at {ph} within 2 days to check on you.")


@phi("discharge")
def _(c):
    given, family = intl("taufa")
    n = c.p("name", f"{given} {family}")
    adm = rdate(2025, 2026, 1, 11)
    d1 = c.p("date", fd(adm, "abbr"))
    d2 = c.p("date", fd(adm + timedelta(days=R.randint(3, 6)), "abbr"))
    return (f"Clean up this after-visit summary:\n\nPATIENT: {n}\nADMITTED: {d1}  DISCHARGED: {d2}\nDIAGNOSIS: "
            f"cellulitis R lower leg\nFOLLOW UP: wound clinic in 1 week, PCP in 2 weeks\nMEDS: cephalexin "
            f"500 mg QID x 7 more days\nDIET: carb-controlled")


@phi("discharge")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    m = c.p("mrn", mrn("e"))
    return (f"Make this post-partum discharge checklist printable as a table:\n{n}, MRN {m}\n- BP check at 72h "
            f"(preeclampsia w/o severe features)\n- nifedipine ER 30 daily\n- lactation visit\n- contraception "
            f"plan: IUD at 6 wk visit\n- warning signs: headache, vision changes, RUQ pain")


@phi("discharge")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    a = c.p("address", address_line())
    return (f"Home oxygen order for discharge — fill in the DME form text. Patient {n}, delivery address {a}. "
            f"2 L/min NC continuous, portable concentrator for ambulation, SpO2 86% RA at rest on 11/29. "
            f"Certificate of medical necessity needed.")


# --- lab report headers --------------------------------------------------------------------------------
@phi("lab-report")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{last.upper()}, {first.upper()}")
    d = c.p("dob", dob("us"))
    m = c.p("mrn", mrn("d8"))
    col = c.p("date", event("us"))
    return (f"Convert this lab report into a table for my notes:\n\nRIVERBEND REGIONAL LABORATORY\nPatient: {n}    "
            f"DOB: {d}    Sex: F\nMRN: {m}    Collected: {col} 06:55    Ordering: HALVERSON, E MD\n\n"
            f"HGB 9.8 L g/dL (12.0-15.5)\nMCV 74 L fL (80-100)\nFERRITIN 6 L ng/mL (15-150)\nRETIC 0.6 %")


@phi("lab-report")
def _(c):
    given, family = intl("eze")
    n = c.p("name", f"{given} {family}")
    d = c.p("dob", dob("iso", 1950, 1970))
    ph = c.p("phone", phone("space"))
    return (f"Pathology report header from the outside lab, I need just the diagnosis line reworded for the "
            f"patient:\n\nName: {n}  DOB: {d}  Phone: {ph}\nSpecimen: prostate needle biopsy, 12 cores\n"
            f"Diagnosis: Adenocarcinoma, Gleason 3+4=7 (Grade Group 2), 4/12 cores, max 40% of core")


@phi("lab-report")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("abbr", 1985, 2000))
    np_ = c.p("npi", npi())
    return (f"Tox screen result — can I share this with his employer? Donor: {n}, DOB {d}. MRO NPI {np_}. "
            f"Result: positive THC-COOH 62 ng/mL, negative others. He has a state medical cannabis card.")


@phi("lab-report")
def _(c):
    first, last = fem(), sur()
    pid = c.p("patient-id", nz_digits(9))
    n = c.p("name", f"{first[0]}. {last}")
    return ("Rewrite this critical value call log into proper documentation:\n\n"
            f"11/30 02:14 crit K 6.7 pt id {pid} ({n}) called to RN Ortega read back OK, dr notified 02:20, "
            f"repeat ordered, EKG peaked T")


# --- legal / records requests -------------------------------------------------------------------------
@phi("legal")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first.upper()} {last.upper()}")
    d = c.p("dob", dob("us"))
    s = c.p("ssn", ssn("dash"))
    a = c.p("address", address_line())
    return (f"We received this subpoena duces tecum. Does it need a court order for the psychotherapy notes?\n\n"
            f"RE: {n}\nDate of Birth: {d}\nSSN: {s}\nLast known address: {a}\n\nYou are commanded to produce "
            f"any and all records, including mental health treatment records, from January 1, 2022 to the present.")


@phi("legal")
def _(c):
    given, family = intl("martinez")
    n = c.p("name", f"{given} {family}")
    d = c.p("dob", dob("long"))
    em = c.p("email", email_for(given, family, "gmail.com"))
    return (f"A patient wants his records sent to his personal email. Write the request-form language for him "
            f"to sign: I, {n}, born {d}, request electronic copies of my records be sent unencrypted to "
            f"{em}, and I understand the risks.")


@phi("legal")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    dl = c.p("license-number", f"{last[0].upper()}{nz_digits(3)}-{nz_digits(3)}-{R.randint(50, 99)}-{nz_digits(3)}-{R.randint(0, 9)}")
    v = c.p("vin", vin("JTD", "P"))
    return (f"Police records request for our ED: officer wants blood alcohol results for {n}, FL DL {dl}, "
            f"driver of vehicle VIN {v}. No warrant, she's not in custody. What can we release under HIPAA "
            f"164.512(f)?")


@phi("legal")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{last}, {first}")
    d = c.p("date", event("us"))
    cl = c.p("claim-number", "WC-" + nz_digits(9))
    return (f"Workers' comp attorney asks for an IME summary. Claimant {n}, claim {cl}, date of injury {d} "
            f"(lifting injury, L4-5 herniation). Draft a neutral cover letter listing what we enclose.")


# --- incident reports ------------------------------------------------------------------------------------
@phi("incident")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    m = c.p("mrn", mrn("d7"))
    d = c.p("date", event("usnp"))
    return (f"Make this safety event report objective:\n\nOn {d} at ~0310 pt {n} (MRN {m}) in 5N-22 got OOB "
            f"without calling despite bed alarm on, found on floor by CNA. pt says she 'just needed the "
            f"bathroom'. skin tear L forearm. MD notified, CT head neg.")


@phi("incident")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    d = c.p("dob", dob("us", 1940, 1960))
    return (f"Medication error report draft: {n}, DOB {d}, received metoprolol tartrate 50 mg instead of "
            f"25 mg at 0900 due to a look-alike bin. HR 54, BP 102/60, no intervention needed. Root cause section "
            f"please, using the 5 whys.")


@phi("incident")
def _(c):
    first, last = mal(), sur()
    vis = c.p("name", f"{first} {last}")
    pt = c.p("name", f"{fem()} {last}")
    return (f"Workplace violence report: visitor {vis} became verbally aggressive at the 3W nurses' station "
            f"demanding to see his mother {pt}'s records, threw a clipboard, security responded, he was escorted "
            f"out. Write it up for the WPV committee.")


@phi("incident")
def _(c):
    rows = []
    for _ in range(3):
        f, l = R.choice([fem, mal])(), sur()
        e = c.p("email", email_for(f, l))
        ip = c.p("ip-address", public_ip())
        rows.append(f"{e},{ip},2026-11-2{R.randint(1, 8)}T{R.randint(10, 23)}:{R.randint(10, 59)}:00Z,password_reset")
    return ("Privacy incident: the portal sent password-reset links to the wrong inbox for a few hours. Draft the "
            "breach-risk assessment. Affected accounts from the log export:\n\nemail,ip,timestamp,event\n" + "\n".join(rows))


# --- medical devices / vehicles -------------------------------------------------------------------------
@phi("devices-vehicles")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    sn = c.p("device-id", R.choice(["RNH", "PJN", "BLZ"]) + nz_digits(6) + "S")
    d = c.p("date", event("us"))
    return (f"Device clinic note — summarize: {n}, dual-chamber PPM (SN {sn}) implanted {d}. Remote "
            f"interrogation: battery 9.5 yr, RA pacing 42%, RV 3%, 2 AHREs longest 4 min. Lead impedances "
            f"stable. No therapy changes.")


@phi("devices-vehicles")
def _(c):
    given, family = intl("vang")
    n = c.p("name", f"{given} {family}")
    sn = c.p("device-id", "23" + nz_digits(9))
    a = c.p("address", "1082 Arcade St, St. Paul, MN 55106")
    return (f"CPAP replacement: {n}'s machine (serial {sn}) is out of warranty and the motor fails. DME needs "
            f"a new order + compliance data. Ship to {a}. Write the order note; she needs a Hmong interpreter "
            f"for the mask fitting.")


@phi("devices-vehicles")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    v = c.p("vin", vin("5YJ", "R"))
    d = c.p("date", event("long"))
    return (f"Trauma registry abstraction question: {n}, restrained driver, vehicle VIN {v}, airbag deployed, "
            f"crash on {d}. Does the registry want the VIN or just make/model for the NTDB vehicle fields?")


@phi("devices-vehicles")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{last}, {first}")
    l_sn = c.p("device-id", nz_digits(10))
    r_sn = c.p("device-id", nz_digits(10))
    return (f"Hearing aid repair form: patient {n}, left aid SN {l_sn}, right aid SN {r_sn}, left one has "
            f"intermittent dead output after getting wet. Warranty through next August. Write the repair note "
            f"for the manufacturer.")


@phi("devices-vehicles")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    sn = c.p("device-id", "NG" + nz_digits(7) + "H")
    ev = c.p("date", event("iso"))
    return (f"Insulin pump event log for {n} (pump SN {sn}):\n\n{ev} 02:41 ALERT Occlusion detected\n"
            f"{ev} 02:44 Bolus cancelled 2.35U delivered of 4.0U\n{ev} 03:10 BG 312 mg/dL\n\n"
            f"What should she do at 2am when she gets an occlusion alarm? Write a short family handout.")


# --- log lines, URLs, stack traces ----------------------------------------------------------------------
@phi("logs-urls")
def _(c):
    lines = []
    for _ in range(3):
        ip = c.p("ip-address", public_ip())
        pid = c.p("patient-id", nz_digits(7))
        lines.append(f"{ip} - - [30/Nov/2026:09:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] \"GET /api/v2/patients/{pid}/documents HTTP/1.1\" "
                     f"{R.choice(['200', '403', '200'])} {R.randint(400, 98000)} \"-\" \"okhttp/4.12.0\"")
    return ("Is this someone scraping us? Same UA, different IPs:\n\n" + "\n".join(lines))


@phi("logs-urls")
def _(c):
    first, last = fem(), sur()
    em = c.p("email", email_for(first, last))
    pid = c.p("patient-id", str(uuid4()))
    return ("Sentry error in the patient portal, what's the likely cause?\n\n"
            "TypeError: Cannot read properties of undefined (reading 'insurance')\n"
            "  at renderCoverageCard (CoverageCard.tsx:41:22)\n  at ProfilePage (ProfilePage.tsx:118:9)\n\n"
            f"user: {{ id: \"{pid}\", email: \"{em}\" }}\nrelease: portal@3.18.2\n"
            "breadcrumbs: navigation /profile -> /profile/insurance")


@phi("logs-urls")
def _(c):
    u = c.p("url", f"https://mychart.lakeshorehealth.org/MyChart/app/test-results/details?eorderid=WP-24{rs(ALNUM, 20)}&patientid={nz_digits(8)}")
    return (f"Patient forwarded me this link and says it shows someone else's results when she opens it: {u} — "
            f"could this be a caching issue on our proxy? What would you check first?")


@phi("logs-urls")
def _(c):
    first, last = mal(), sur()
    u = c.p("url", f"https://www.facebook.com/{first.lower()}.{last.lower()}.{R.randint(10, 99)}")
    n = c.p("name", f"{first} {last}")
    return (f"Our security team found a patient, {n}, posting screenshots of his chart with other patients' "
            f"names visible in the sidebar: {u}. What's the right process — ask him to take it down, report "
            f"as an incident, or both?")


@phi("logs-urls")
def _(c):
    pid = c.p("patient-id", nz_digits(8))
    m = c.p("mrn", mrn("d7"))
    return ("Python stack trace from our HL7 listener, why KeyError?\n\nTraceback (most recent call last):\n"
            "  File \"/srv/listener/handlers.py\", line 212, in on_adt\n"
            f"    enc = self.encounters[(msg.pid_id, msg.visit)]\nKeyError: ('{pid}', 'V2')\n\n"
            f"During handling, logger wrote: WARN unmatched ADT^A08 for patient_id={pid} mrn={m} visit=V2")


@phi("logs-urls")
def _(c):
    first, last = fem(), sur()
    ip = c.p("ip-address", public_ip())
    n = c.p("name", f"{first} {last}")
    return (f"Fraud check: a refill request for {n} came from {ip} at 3am, but her usual logins are from "
            f"our city. Is a VPN or mobile carrier IP likely, and should pharmacy hold the controlled refill?")


@phi("logs-urls")
def _(c):
    ip6 = c.p("ip-address", f"2601:{rs('0123456789abcdef', 3)}:{rs('0123456789abcdef', 4)}:{rs('0123456789abcdef', 4)}::{rs('0123456789abcdef', 3)}")
    pid = c.p("patient-id", nz_digits(7))
    return ("CloudWatch insight: the consent form endpoint is slow only for some clients. Sample:\n\n"
            f"2026-11-30T16:22:09.114Z INFO POST /consent/{pid}/sign 200 8421ms client={ip6} ua=Safari/18.1\n"
            "2026-11-30T16:22:11.902Z INFO POST /consent/.../sign 200 211ms client=10.4.2.77 ua=Chrome/131\n\n"
            "Could IPv6 happy-eyeballs fallback explain it?")

# --- secrets ------------------------------------------------------------------------------------------
@phi("secrets")
def _(c):
    ak = c.p("aws-access-key", aws_access_key())
    sk = c.p("generic-secret", aws_secret())
    return ("boto3 says InvalidClientTokenId even though I just created this key. Here's ~/.aws/credentials:\n\n"
            f"[default]\nregion = us-east-2\n\n[hie-export]\naws_access_key_id = {ak}\naws_secret_access_key = {sk}\n\n"
            "and I'm running `AWS_PROFILE=hie-export aws sts get-caller-identity`. Is it the region?")


@phi("secrets")
def _(c):
    t = c.p("github-token", ghp())
    return (f"git push keeps asking for a password even though the remote has my token in it:\n\n"
            f"$ git remote -v\norigin  https://{t}@github.com/northvalley-health/claims-etl.git (fetch)\n"
            f"origin  https://{t}@github.com/northvalley-health/claims-etl.git (push)\n\n"
            "Is the credential helper overriding it?")


@phi("secrets")
def _(c):
    t = c.p("github-token", github_pat())
    return ("Our GitHub Actions workflow can't check out the private submodule. Relevant bit:\n\n"
            "```yaml\n- uses: actions/checkout@v4\n  with:\n    submodules: recursive\n"
            f"    token: {t}\n```\nI know I should move it to secrets, I'll do that after — why does it 403?")


@phi("secrets")
def _(c):
    k = c.p("openai-key", openai_proj())
    return ("This summarizer script works locally but the container gets 401. Code:\n\n```python\nfrom openai import OpenAI\n"
            f"client = OpenAI(api_key=\"{k}\")\n\ndef summarize(note: str) -> str:\n"
            "    r = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": note}])\n"
            "    return r.choices[0].message.content\n```")


@phi("secrets")
def _(c):
    k = c.p("openai-key", openai_legacy())
    db = c.p("password-in-url", f"postgres://scheduler:{rs(ALNUM, 16)}@10.20.1.14:5432/appointments")
    return (f"My .env for the scheduling bot, does python-dotenv need quotes around these?\n\nOPENAI_API_KEY={k}\n"
            f"DATABASE_URL={db}\nLOG_LEVEL=info\nTZ=America/Chicago")


@phi("secrets")
def _(c):
    k = c.p("anthropic-key", anthropic_key())
    return ("curl returns 400 'messages: field required' — what's wrong with my request?\n\n"
            "curl https://api.anthropic.com/v1/messages \\\n"
            f"  -H \"x-api-key: {k}\" \\\n  -H \"anthropic-version: 2023-06-01\" \\\n"
            "  -H \"content-type: application/json\" \\\n"
            "  -d '{\"model\": \"claude-sonnet-4-5\", \"max_tokens\": 512, \"prompt\": \"Summarize the discharge note\"}'")


@phi("secrets")
def _(c):
    u = c.p("password-in-url", f"postgresql://etl_svc:{rs(ALNUM, 14)}@claims-db.cluster-c8x2kqv1.us-east-1.rds.amazonaws.com:5432/claims")
    return ("SQLAlchemy raises this at startup, what does it mean?\n\n"
            "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "
            "\"claims-db.cluster-c8x2kqv1.us-east-1.rds.amazonaws.com\" (10.31.4.22), port 5432 failed: FATAL:  "
            "no pg_hba.conf entry for host \"10.31.9.118\", user \"etl_svc\", database \"claims\", no encryption\n"
            f"(Background on this error at: https://sqlalche.me/e/20/e3q8)\nengine url was {u}")


@phi("secrets")
def _(c):
    u = c.p("password-in-url", f"mongodb+srv://intake_rw:{rs(ALNUM, 18)}@cluster0.q7mzt.mongodb.net/intake?retryWrites=true&w=majority")
    return ("Mongoose connection string — is `w=majority` why writes are slow from our Lambda?\n\n"
            f"mongoose.connect(\"{u}\", {{ maxPoolSize: 5 }})")


@phi("secrets")
def _(c):
    tok = c.p("generic-secret", rs("0123456789abcdef", 32))
    return ("Twilio SMS reminders stopped sending last night. Config:\n\n"
            f"TWILIO_ACCOUNT_SID=AC{rs('0123456789abcdef', 32)}\nTWILIO_AUTH_TOKEN={tok}\nTWILIO_FROM=+18335550142\n\n"
            "Error 20003 Authenticate. Did someone rotate the token?")


@phi("secrets")
def _(c):
    first, last = fem(), sur()
    em = c.p("email", email_for(first, last))
    t = c.p("jwt", jwt({"sub": em, "role": "patient", "pid": nz_digits(8), "iat": 1764504000, "exp": 1764507600}))
    return ("Why does this token get 401 from /api/v1/me? It hasn't expired I think.\n\n"
            f"curl -H \"Authorization: Bearer {t}\" https://api.carebridge-portal.com/api/v1/me\n\n"
            f"(the user is {em})")


@phi("secrets")
def _(c):
    k = c.p("private-key", rsa_private_key())
    return ("Mirth SFTP connector to the lab vendor fails with 'invalid privatekey'. This is the key file I "
            f"pasted into the connector:\n\n{k}\n\nDoes Mirth need it in PKCS8 instead?")


@phi("secrets")
def _(c):
    k = c.p("private-key", openssh_private_key("deploy@ehr-bastion"))
    return ("ssh -i deploy_key gives 'Load key: invalid format'. Here's the file, does it look truncated?\n\n" + k)


@phi("secrets")
def _(c):
    t = c.p("slack-token", slack_bot())
    return ("Slack bot that posts bed-board updates returns `not_in_channel`. Code:\n\n```js\n"
            "const { WebClient } = require('@slack/web-api');\n"
            f"const web = new WebClient('{t}');\n"
            "await web.chat.postMessage({ channel: '#bed-board', text: summary });\n```")


@phi("secrets")
def _(c):
    u = c.p("slack-token", slack_webhook())
    t = c.p("slack-token", slack_user())
    return (f"Two Slack things in our on-call script, which one should I keep?\n\nALERT_WEBHOOK={u}\n"
            f"SLACK_USER_TOKEN={t}\n\nThe webhook posts fine; the user token is for reading channel history.")


@phi("secrets")
def _(c):
    k = c.p("stripe-key", stripe_live())
    return ("Patient payments page: stripe.paymentIntents.create fails only in prod with 'No such customer'. Prod "
            f"server config:\n\nSTRIPE_SECRET_KEY={k}\nSTRIPE_PUBLISHABLE_KEY=pk_live_51{rs(ALNUM, 97)}\n\n"
            "Customers were created in test mode — is that it?")


@phi("secrets")
def _(c):
    k = c.p("stripe-key", stripe_live("rk_live_"))
    return (f"Is a restricted key like {k} safe to put in our Retool app for refunds only? What permissions "
            "should it have at minimum?")


@phi("secrets")
def _(c):
    k = c.p("google-api-key", google_key())
    return ("Clinic locator map shows 'This page can't load Google Maps correctly'. Script tag:\n\n"
            f"<script async src=\"https://maps.googleapis.com/maps/api/js?key={k}&callback=initMap\"></script>\n\n"
            "Is it a billing issue or a referrer restriction?")


@phi("secrets")
def _(c):
    k = c.p("generic-secret", "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43))
    first, last = mal(), sur()
    em = c.p("email", email_for(first, last))
    return ("SendGrid returns 403 when sending the lab-ready notification:\n\n"
            f"sg = SendGridAPIClient('{k}')\nmsg = Mail(from_email='noreply@riverbendlab.com', to_emails='{em}',\n"
            "           subject='Your results are ready', html_content=tmpl)\n\nIs the sender not verified?")


@phi("secrets")
def _(c):
    sec = c.p("generic-secret", rs(ALNUM + "~._-", 3) + "8Q~" + rs(ALNUM + "~._-", 34))
    return ("MSAL confidential client to read the Teams channel for our nursing huddle bot fails with AADSTS7000215 "
            f"'Invalid client secret provided'.\n\napp = msal.ConfidentialClientApplication(\n    client_id=\"{uuid4()}\",\n"
            f"    client_credential=\"{sec}\",\n    authority=\"https://login.microsoftonline.com/{uuid4()}\")\n\n"
            "I copied the secret ID instead of the value maybe?")


@phi("secrets")
def _(c):
    ak = c.p("aws-access-key", aws_access_key("ASIA"))
    sk = c.p("generic-secret", aws_secret())
    st = c.p("generic-secret", "IQoJb3JpZ2luX2VjE" + rs(string.ascii_letters + DIG + "/+", 300))
    return ("Temporary creds from our SSO expire too fast for the nightly backfill. These are what `aws configure "
            f"export-credentials` printed:\n\nexport AWS_ACCESS_KEY_ID={ak}\nexport AWS_SECRET_ACCESS_KEY={sk}\n"
            f"export AWS_SESSION_TOKEN={st}\n\nCan I extend the session duration on the permission set?")

# --- more names from outside the Census lists, in assorted settings ------------------------------
@phi("pharmacy")
def _(c):
    given, family = intl("nguyen")
    n = c.p("name", "Nguyễn Thị Lan")
    ph = c.p("phone", phone("paren", "832"))
    return (f"Counseling points in Vietnamese for {n}, new start on warfarin 5 mg. She eats a lot of rau muống "
            f"and other leafy greens. Her son translates; his number is {ph}. Keep it simple and add the INR "
            f"schedule: twice weekly for two weeks.")


@phi("hl7-x12")
def _(c):
    given, family = intl("tran")
    nm = c.p("name", "TRAN*VAN DUC")
    mid = c.p("health-plan-id", plan_id("uhc"))
    cl = c.p("claim-number", "2026" + nz_digits(9))
    return ("277CA came back with A7:21 on one claim. Which field do they want fixed?\n\n"
            f"NM1*QC*1*{nm}****MI*{mid}~\nTRN*2*{cl}~\nSTC*A7:21:IL*20261128*U*185~\nREF*1K*{cl}~")


@phi("legal")
def _(c):
    given, family = intl("wisniewski")
    n = c.p("name", "WIŚNIEWSKI, GRZEGORZ")
    d = c.p("dob", dob("us", 1941, 1955))
    fax = c.p("phone", phone("dash", "312"))
    return (f"Fax cover sheet for outgoing records, fix the wording:\n\nCONFIDENTIAL\nTO: Resurrection Medical "
            f"Records\nRE: {n}  DOB {d}\nPages: 14 incl. cover\nPatient requests return call at {fax} when "
            f"received.\nIf you received this in error destroy it.")


@phi("genetics")
def _(c):
    given, family = intl("benali")
    n = c.p("name", f"{given} {family}")
    lmp = c.p("date", event("usnp"))
    m = c.p("mrn", mrn("d8"))
    return (f"Prenatal genetic counseling summary: {n} (MRN {m}), G2P1, LMP {lmp}. NIPT: high risk for "
            f"trisomy 21 (PPV in her age group ~50%). Consanguinity: first cousins. Write the summary for the "
            f"referring OB and offer CVS vs amniocentesis.")


@phi("care-coordination")
def _(c):
    given, family = intl("yazzie")
    n = c.p("name", f"{given.lower()} {family.lower()}")
    a = c.p("address", "PO Box 1872, Tuba City, AZ 86045")
    return (f"diabetes educator note, pls make it a proper referral to the podiatry van: pt {n}, mailing {a}, "
            f"no home address, lives ~20 mi west of town off a dirt road. foot exam: monofilament absent both "
            f"feet, callus L 1st met head. he drives, prefers Tuesdays.")


@phi("call-center")
def _(c):
    given, family = intl("alemayehu")
    n = c.p("name", f"{given} {family}")
    ph = c.p("phone", phone("dash", "206"))
    return (f"Interpreter request form: {n} needs an Amharic interpreter for her endocrinology appointment "
            f"next week (in person, 45 min). Best contact {ph} after 5pm. Write the request in the vendor's "
            f"format: language, modality, duration, patient contact.")


@phi("school-nurse")
def _(c):
    given, family = intl("choi")
    n = c.p("name", f"{given} {family}")
    d = c.p("dob", dob("us", 2009, 2011))
    return (f"Sports pre-participation form: {n}, DOB {d}, 10th grade, cross country. History: exertional "
            f"syncope once last spring, cardiology cleared with a normal echo. Does he need an EKG before "
            f"clearance per AHA/ACC or is the cardiology note enough?")


@phi("email-thread")
def _(c):
    given, family = intl("akinwande")
    n = c.p("name", f"{given} {family}")
    em = c.p("email", email_for(given, family, "yahoo.com"))
    a = c.p("address", address_line())
    return (f"Reply to this patient's question about her sleep study results; she's asking whether she can still "
            f"drive for work.\n\n> Hello, I did the home sleep test last week and the app says AHI 34. Is that "
            f"bad? I drive a delivery route.\n>\n> {n}\n> {a}\n> {em}")


@phi("devices-vehicles")
def _(c):
    given, family = intl("dizon")
    n = c.p("name", f"{family}, {given}")
    v = c.p("vin", vin("1GN", "L"))
    d = c.p("date", event("us"))
    return (f"Patient {n} is asking for a disability parking placard form and a letter that her wheelchair "
            f"van (VIN {v}) needs the ramp-side space. She had a below-knee amputation on {d}. Draft the "
            f"physician letter.")


@phi("incident")
def _(c):
    given, family = intl("abdelrahman")
    n = c.p("name", f"{given} {family}")
    d = c.p("dob", dob("iso", 2016, 2020))
    return (f"Child protective services report narrative, help me keep it factual: {n} (DOB {d}) seen in "
            f"peds ED with a spiral fracture of the R humerus; caregiver states fall from couch. Skeletal survey "
            f"ordered. Social work consulted; CPS hotline called at 16:40.")

# --- more of the thinner kinds (cards, NPI, MBI, licences, URLs, tokens) ----------------------------
@phi("care-coordination")
def _(c):
    first, last = fem(), sur()
    mom = c.p("name", f"{first} {last}")
    kid = c.p("name", f"{mal()} {last}")
    cc = c.p("credit-card", card("amex", "space"))
    return (f"Booking the family lodging house for {mom} while her son {kid} is in the NICU step-down. She "
            f"wants the $25/night fee on her Amex {cc}, exp 04/29. Write the booking confirmation email and "
            f"the reminder that the house needs a social work referral on file.")


@phi("pharmacy")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    cc = c.p("credit-card", card("discover", "plain"))
    a = c.p("address", address_line())
    return (f"Mail-order pharmacy phone order, write it up for the fulfillment queue: {n}, pay with "
            f"{cc} exp 11/27, ship 90-day atorvastatin and levothyroxine to {a}, signature not required.")


@phi("billing")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{last.upper()}, {first.upper()}")
    d = c.p("dob", dob("us"))
    ref = c.p("npi", npi())
    rend = c.p("npi", npi())
    return (f"CMS-1500 keeps bouncing with 'referring provider invalid'. Box 2: {n}. Box 3: {d}. Box 17b "
            f"(referring NPI): {ref}. Box 24J (rendering NPI): {rend}. Is it a qualifier problem in 17?")


@phi("billing")
def _(c):
    rows = ["mbi,last_name,first_name,attributed_tin,hcc_count"]
    for _ in range(3):
        m = c.p("mbi", mbi())
        l = c.p("name", sur())
        f = c.p("name", R.choice([fem, mal])())
        rows.append(f"{m},{l},{f},84-1234567,{R.randint(0, 7)}")
    return ("ACO attribution file — the TIN column is the same for everyone which seems wrong. What's the "
            "usual layout of the CCLF beneficiary file vs this?\n\n" + "\n".join(rows))


@phi("self-disclosure")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    wife_first = fem()
    wife = c.p("name", f"{wife_first} {last}")
    m1 = c.p("mbi", mbi(dashed=True))
    m2 = c.p("mbi", mbi(dashed=True))
    return (f"My wife and I are switching Medicare Advantage plans during open enrollment. I'm {n}, Medicare "
            f"number {m1}; she's {wife}, {m2}. Can you make a checklist of what to compare (drug formularies, "
            f"her endocrinologist in network)?")


@phi("legal")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first.upper()} {last.upper()}")
    dl = c.p("license-number", f"{nz_digits(3)} {rs(DIG, 3)} {rs(DIG, 3)}")
    d = c.p("dob", dob("us"))
    a = c.p("address", f"{R.randint(11, 299)} {R.choice(['Bay Ridge Pkwy', 'Ovington Ave', 'Senator St'])}, Brooklyn, NY 11220")
    return (f"OCR of the photo ID scanned at registration came out messy. Clean it into fields:\n\nNEW YORK STATE "
            f"DRIVER LICENSE\nID {dl}\n{n}\n{a}\nDOB {d}  CLASS D  SEX F  EYES BRN")


@phi("school-nurse")
def _(c):
    first, last = mal(), sur()
    dad = c.p("name", f"{first} {last}")
    kid = c.p("name", f"{mal()} {last}")
    dl = c.p("license-number", f"{last[0].upper()}{nz_digits(3)}-{nz_digits(4)}-{nz_digits(4)}")
    return (f"Early pickup log for the nurse's office: {kid} (fever 101.2) released to father {dad}, Illinois DL "
            f"{dl} checked against the emergency card. Rewrite as a proper log entry with time and temp.")


@phi("logs-urls")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    u = c.p("url", f"https://www.caringbridge.org/site/{first.lower()}{last.lower()}")
    return (f"One of our oncology patients, {n}, shares updates on {u} and asked if her nurse can post there "
            f"too. What does our social media policy need to say about staff posting on a patient's page?")


@phi("email-thread")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    u = c.p("url", f"https://drive.google.com/file/d/1{rs(B64URL, 32)}/view?usp=sharing")
    return (f"A referring office emailed us a Google Drive link with {n}'s MRI report and images: {u}. Our "
            f"policy says no external file shares. Write a polite reply asking them to send it via Direct or fax.")


@phi("secrets")
def _(c):
    first, last = fem(), sur()
    fhir_id = c.p("patient-id", "e" + rs(B64URL, 24) + "3")
    tok = c.p("jwt", jwt({"iss": "https://fhir.stlukesregional.org/oauth2", "sub": uuid4(), "aud": "smart-app-prod",
                         "patient": fhir_id, "fhirUser": f"Patient/{fhir_id}", "given_name": first,
                         "family_name": last, "exp": 1764510000}, alg="RS256"))
    return ("SMART launch works but our app can't read the patient from the id_token. What claim should we use?\n\n"
            f"id_token: {tok}\n\ndecoded `patient` claim: {fhir_id}")


@phi("secrets")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    k = c.p("anthropic-key", anthropic_key())
    return ("Our note-summarizer settings file, why does it ignore `max_tokens`?\n\n```toml\n[llm]\nprovider = \"anthropic\"\n"
            f"api_key = \"{k}\"\nmodel = \"claude-3-5-haiku-latest\"\nmax_tokens = \"800\"\n\n[test]\n"
            f"sample_patient = \"{n}\"\n```")


@phi("secrets")
def _(c):
    k = c.p("google-api-key", google_key())
    return ("Firebase init in the patient app crashes with 'API key not valid' on Android only:\n\n"
            f"```json\n{{\n  \"project_info\": {{ \"project_id\": \"carebridge-prod\" }},\n  \"client\": [{{\n"
            f"    \"api_key\": [{{ \"current_key\": \"{k}\" }}],\n    \"client_info\": {{ \"android_client_info\": "
            f"{{ \"package_name\": \"org.carebridge.patient\" }} }}\n  }}]\n}}\n```")


@phi("billing")
def _(c):
    first, last = fem(), sur()
    n = c.p("name", f"{first} {last}")
    acct = c.p("account-number", nz_digits(12))
    pacct = c.p("account-number", "G" + nz_digits(8))
    return (f"Payment plan ACH form — check that it's complete before I upload it: guarantor {n}, guarantor "
            f"account {pacct}, bank account {acct} (checking), routing 071000013, $85/month on the 15th, 18 months.")


@phi("call-center")
def _(c):
    first, last = mal(), sur()
    n = c.p("name", f"{first} {last}")
    cl = c.p("claim-number", "E" + nz_digits(11))
    mid = c.p("health-plan-id", plan_id("cigna"))
    dos = c.p("date", event("usnp"))
    return (f"Member {n} (Cigna {mid}) says the EOB for claim {cl}, DOS {dos}, shows 'patient responsibility "
            f"$0' but the hospital billed him $640. Write the talking points for the callback.")

# ================================================================================================
# CLEAN templates: a careful reviewer would not want any of these blocked
# ================================================================================================
def fixed(group, text):
    TEMPLATES.append(("clean", group, lambda c, t=text: t))


# --- healthcare software questions that name fields but carry no values --------------------------------
fixed("clean-health-dev", "In a FHIR R4 Patient resource, should `birthDate` be a date or dateTime, and how do "
      "we represent a birth date where only the year is known? Some of our refugee intake records only have a year.")
fixed("clean-health-dev", "HL7 v2.5.1 question: PID-3 vs PID-2 vs PID-4 — which one should carry the MRN when we "
      "get ADT^A08 feeds from two facilities that each assign their own identifiers? How do assigning authorities fit in?")
fixed("clean-health-dev", "In an 837P, when the patient is a dependent, does the patient's name go in loop 2010CA "
      "or do we repeat the subscriber in 2010BA? Just explain the loop logic, I don't need sample data.")
fixed("clean-health-dev", "Design a Postgres table for appointment reminders with patient_id (FK), phone_e164, "
      "preferred_language, sms_consent, and last_sent_at. Which indexes make sense, and should phone_e164 be "
      "encrypted with pgcrypto or at the application layer?")
fixed("clean-health-dev", "Under the HIPAA Safe Harbor method, when can we keep the first three digits of a ZIP "
      "code? I remember something about populations of 20,000 and a list of restricted ZIP3s.")
fixed("clean-health-dev", "Conceptually, how would an interface engine map the guarantor account number into FT1 "
      "instead of PID-18? I haven't been given access to the build environment yet and want to understand the "
      "options first.")
fixed("clean-health-dev", "We tokenize social security numbers with FF3-1 format-preserving encryption before they "
      "reach the warehouse. If a different business associate holds the key, does the warehouse copy count as "
      "de-identified, limited data set, or still PHI?")
fixed("clean-health-dev", "Write a pydantic v2 model for a lab result with accession_number, specimen_collected_at, "
      "loinc_code, value_quantity, unit, reference_low, reference_high and abnormal_flag. Validate that unit is a "
      "UCUM code and that abnormal_flag is one of H, L, HH, LL, A, N.")
fixed("clean-health-dev", "The ONC C-CDA validator keeps failing our Problems section "
      "(2.16.840.1.113883.10.20.22.2.5.1). What's the difference between the Problem Concern Act and the Problem "
      "Observation templates, and which one carries the status?")
fixed("clean-health-dev", "Explain the X12 835 CAS group codes CO, PR, OA and PI, and how you'd map CARC 45, 97 "
      "and 16 into a denial dashboard that separates contractual adjustments from fixable denials.")
fixed("clean-health-dev", "Our React intake form asks for mother's maiden name, emergency contact, preferred "
      "pharmacy and reason for visit. Which of those become PHI once stored with the appointment, and is it ever "
      "OK to send any of them to an analytics tool?")
fixed("clean-health-dev", "For a SMART on FHIR EHR launch, what's the practical difference between requesting "
      "`launch/patient` with `patient/*.rs` versus `user/*.rs`, and where does the `patient` context show up in the "
      "token response?")
fixed("clean-health-dev", "How long should we retain audit logs that record which user viewed which patient "
      "chart? I've seen six years quoted for HIPAA documentation but our state may require longer for minors.")
fixed("clean-health-dev", "What does the MBI format look like structurally (which positions are letters, which "
      "are numbers, which letters are excluded)? I'm writing a validator and don't want to hardcode examples.")


# --- well-known people, some in clinical-sounding sentences -------------------------------------------------
fixed("clean-famous", "Why did Lou Gehrig's diagnosis in 1939 make ALS so widely known in the US, and how has "
      "median survival changed since then?")
fixed("clean-famous", "Oliver Sacks described a patient who mistook his wife for a hat. What's the underlying "
      "condition, and is visual agnosia the correct term or is it more specific than that?")
fixed("clean-famous", "Summarize how Ignaz Semmelweis's handwashing findings at the Vienna General Hospital were "
      "received by his colleagues in the 1840s, and why it took so long for them to be accepted.")
fixed("clean-famous", "Did James Garfield die from Charles Guiteau's bullet or from his doctors' infections? A short, "
      "neutral summary of what historians think, please.")
fixed("clean-famous", "Was Franklin D. Roosevelt's paralysis polio or Guillain-Barré syndrome? Summarize the "
      "argument made in the 2003 Goldman paper and the main counterarguments.")
fixed("clean-famous", "What did Henrietta Lacks's HeLa cells contribute to Jonas Salk's polio vaccine testing, "
      "and how did the 2013 NIH agreement with her family change access to the genome data?")
fixed("clean-famous", "In Middlemarch, Tertius Lydgate wants to reform provincial medicine. Which real 1830s "
      "medical debates (fever hospitals, the stethoscope, dispensing) does George Eliot draw on?")
fixed("clean-famous", "How did Grace Hopper's work on COBOL end up underpinning so many hospital billing and "
      "claims systems that are still running today?")
fixed("clean-famous", "Serena Williams wrote publicly about her pulmonary embolism after giving birth. What are "
      "the general risk factors for postpartum PE, and why is it often missed?")
fixed("clean-famous", "Magic Johnson announced he was HIV-positive in November 1991. How did treatment change "
      "between then and the arrival of combination antiretroviral therapy in 1996?")
fixed("clean-famous", "Arthur Conan Doyle said Sherlock Holmes was modeled on Dr. Joseph Bell. What diagnostic "
      "habits did Bell teach his Edinburgh students?")
fixed("clean-famous", "Did Abraham Lincoln have Marfan syndrome? Summarize the arguments, including the newer "
      "MEN2B hypothesis.")
fixed("clean-famous", "Alan Turing was sentenced to hormone treatment in 1952. What drug was used and what were "
      "its known effects at that dose?")
fixed("clean-famous", "Who was Virginia Apgar and how is the Apgar score calculated at 1 and 5 minutes?")
fixed("clean-famous", "Christopher Reeve's 1995 injury was at C1–C2. What does an injury at that level usually "
      "mean for ventilator dependence and phrenic nerve pacing?")
fixed("clean-famous", "Céline Dion announced in 2022 that she has stiff-person syndrome. How rare is it and which "
      "antibodies are usually involved?")
fixed("clean-famous", "Bruce Willis's family first announced aphasia and later frontotemporal dementia. What's the "
      "relationship between primary progressive aphasia and FTD?")
fixed("clean-famous", "In The Death of Ivan Ilyich, what do you think Ivan's illness was, medically? Tolstoy "
      "describes a fall, a pain in his side, and a long decline.")


# --- placeholders and documented example values -----------------------------------------------------
fixed("clean-placeholders", "Our intake demo shows 'John Doe, DOB 01/01/1900, MRN SYN-000123'. Should the demo "
      "use even more obviously fake values so screenshots in the user guide don't worry auditors?")
fixed("clean-placeholders", "Make this SMS template friendlier and under 160 characters: \"Dear {{patient_name}}, "
      "your appointment with {{provider_name}} is on {{appt_date}} at {{location}}. Reply C to confirm or STOP to "
      "opt out.\"")
fixed("clean-placeholders", "Mock record for the validator tests: name Jane Roe, phone 555-0123, email "
      "jane.roe@example.com, SSN 000-00-0000. Our validator accepts the SSN — which rule should reject a 000 area?")
fixed("clean-placeholders", "For the API docs, is 'Anytown, USA' with 123 Main St and ZIP 12345 fine as the "
      "sample address, or do reviewers prefer something that can't be mistaken for real?")
fixed("clean-placeholders", "Write a Python regex that finds the tokens <DOB>, <MRN> and <PATIENT_NAME> in our "
      "de-identified notes and replaces them with [REDACTED] while leaving other angle-bracket text alone.")
fixed("clean-placeholders", "HL7's examples use EVERYMAN^ADAM^A^III for PID-5. Is Adam Everyman the canonical test "
      "patient, and are there official companions for other genders?")
fixed("clean-placeholders", "Test patients in our TST environment are all named like 'ZZTEST, ALPHA' and "
      "'ZZTEST, BRAVO'. Could that convention confuse the enterprise patient-matching algorithm?")
fixed("clean-placeholders", "The Handlebars ID-card preview renders {{member_id}} as 'XXXXXXXXX' when it's empty. "
      "Should the empty state say 'Not available' instead? What do payers usually do?")
fixed("clean-placeholders", "In OpenAPI 3.1, how do I document `GET /patients/{patientId}/encounters?since={isoDate}` "
      "so that patientId is described as an opaque string rather than an integer?")
fixed("clean-placeholders", "For a compliance training slide I used 'Patient: Mickey Mouse, DOB 11/18/1928' as "
      "the obviously fictional example. Any reason not to use a cartoon character?")
fixed("clean-placeholders", "Stripe's test card 4000 0025 0000 3155 keeps triggering 3-D Secure in our payment "
      "portal sandbox. Is that the expected behavior for that test number?")
fixed("clean-placeholders", "The AWS docs use wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as the example secret key. "
      "Our secret scanner flags it in a README — how do I allowlist documented example keys?")
fixed("clean-placeholders", "For the demo video script, the clinic's number should be a fictional one. Is "
      "(212) 555-0147 in the reserved range, or only 555-0100 through 555-0199?")


# --- synthetic data explicitly described as fake --------------------------------------------------------
fixed("clean-synthetic", "I generated 1,000 patients with Synthea — all synthetic. Its SSN column is always like "
      "999-xx-xxxx, e.g. 999-62-4817. Why does Synthea use 999, and will our validator reject those?")
fixed("clean-synthetic", "Fake rows for a unit test (made up, not real people):\n\n| mrn | name | dob |\n|---|---|---|\n"
      "| SYN-0001 | Testy McTestface | 1900-01-01 |\n| SYN-0002 | Sample Patient | 1900-01-02 |\n\n"
      "How do I parametrize a pytest test over these rows?")
fixed("clean-synthetic", "Our QA fixtures use MRNs with the SYN prefix, DOB 01/01/1901 for everyone and phone "
      "numbers from 555-0100 to 555-0199. Is there any risk these collide with production identifiers?")
fixed("clean-synthetic", "JSON fixture (synthetic, for Storybook):\n{\"name\": \"Alex Example\", \"phone\": "
      "\"+1-202-555-0181\", \"email\": \"alex@example.org\", \"mrn\": \"SYN0048812\"}\nHow do I load it in a story "
      "with MSW so the component thinks it came from the API?")
fixed("clean-synthetic", "Write a Faker provider that always returns obviously fake values: names from a fixed "
      "list like 'Test Patient One', ZIP codes 00000, and SSNs starting with 9 so they're never issuable.")


# --- logs, request ids, UUIDs, SHAs, private IPs ------------------------------------------------------------
@clean("clean-logs")
def _(c):
    return ("Why does this keep timing out?\n\n"
            f"2026-11-30T14:02:11.482Z ERROR [req={uuid4()}] upstream timeout {private_ip()}:8443 after 30000ms\n"
            f"2026-11-30T14:02:11.490Z WARN  [req={uuid4()}] circuit breaker OPEN for service=eligibility\n"
            f"2026-11-30T14:02:41.501Z INFO  [req={uuid4()}] circuit breaker HALF_OPEN\n")


@clean("clean-logs")
def _(c):
    pods = "\n".join(f"fhir-gateway-7d9c{rs('bcdfghjklmnpqrstvwxz2456789', 6)}-{rs('bcdfghjklmnpqrstvwxz2456789', 5)}   "
                     f"0/1     CrashLoopBackOff   {R.randint(5, 40)}   {R.randint(10, 90)}m   {private_ip()}   "
                     f"ip-10-0-{R.randint(1, 9)}-{R.randint(10, 250)}.ec2.internal" for _ in range(3))
    return ("kubectl get pods -o wide shows this, where do I start?\n\nNAME   READY   STATUS   RESTARTS   AGE   IP   NODE\n" + pods)


@clean("clean-logs")
def _(c):
    msgs = ["fix(mrn): allow leading zeros in validator", "chore: bump hapi-fhir to 7.4.2",
            "feat(835): parse CAS adjustments into claim_adjustments", "test: add fixtures for ADT^A08 merge",
            "revert \"feat: cache eligibility responses\""]
    log = "\n".join(f"{sha(7)} {m}" for m in msgs)
    return f"Write release notes from this git log --oneline:\n\n{log}"


@clean("clean-logs")
def _(c):
    ip = f"192.168.{R.randint(1, 40)}.{R.randint(2, 250)}"
    return ("nginx error log on the internal wiki box, what does this mean?\n\n"
            f"2026/11/29 22:14:03 [error] 1187#1187: *4412 connect() failed (111: Connection refused) while "
            f"connecting to upstream, client: {ip}, server: wiki.internal, request: \"GET /pages/oncall HTTP/1.1\", "
            f"upstream: \"http://127.0.0.1:3000/pages/oncall\", host: \"wiki.internal\"")


fixed("clean-logs", "HAPI throws this on our ADT feed; which field is it complaining about?\n\n"
      "ca.uhn.hl7v2.model.DataTypeException: Failed validation rule for value \"19XX0101\": Invalid date/time: "
      "the value does not conform to the DTM format\n    at ca.uhn.hl7v2.model.primitive.CommonTS.setValue(CommonTS.java:262)\n"
      "    at ca.uhn.hl7v2.parser.PipeParser.parse(PipeParser.java:1041)\n  (segment PID, field 7, repetition 0)")


@clean("clean-logs")
def _(c):
    return (f"CI run #{R.randint(4000, 9000)} got slower, any obvious culprit?\n\n"
            f"build   3m12s  ✓\nunit    6m48s  ✓ (2,114 tests)\nintegration  21m03s  ✓ (runner {private_ip()})\n"
            f"e2e     14m27s  ✗ flaky: appointments.spec.ts › reschedule across DST\ncommit {sha()}")


@clean("clean-logs")
def _(c):
    return ("terraform plan output, is the replacement expected?\n\n"
            f"  # aws_db_instance.claims must be replaced\n-/+ resource \"aws_db_instance\" \"claims\" {{\n"
            f"      ~ id = \"db-{rs(UP + DIG, 26)}\" -> (known after apply)\n"
            f"      ~ engine_version = \"15.7\" -> \"16.4\" # forces replacement\n"
            f"        vpc_security_group_ids = [\"sg-0{rs('0123456789abcdef', 16)}\"]\n    }}")


@clean("clean-logs")
def _(c):
    return ("docker compose logs, why does the worker exit?\n\n"
            f"worker-1  | 2026-11-30 08:00:01,223 INFO celery@{sha(12)} ready.\n"
            f"worker-1  | 2026-11-30 08:00:05,870 ERROR Task reports.nightly_census[{uuid4()}] raised "
            f"OperationalError: could not connect to server at \"db\" ({private_ip()}), port 5432\n"
            f"worker-1 exited with code 1")


fixed("clean-logs", "Postgres log, how do I find which import row caused it?\n\nERROR:  duplicate key value "
      "violates unique constraint \"patients_mrn_key\"\nDETAIL:  Key (mrn)=(SYN-0042117) already exists.\n"
      "CONTEXT:  COPY patients, line 3822")


@clean("clean-logs")
def _(c):
    return ("Datadog monitor fired overnight; draft the incident summary:\n\n[P2] p95 latency > 2s on "
            f"service:scheduling-api env:prod\nhost: ip-10-0-3-{R.randint(10, 99)}.ec2.internal\n"
            "p95: 2.84s (threshold 2.0s) from 02:10 to 02:55 UTC\nerror rate: 0.4%\ntrigger: nightly reindex job")


# --- dates of releases, meetings, deadlines; version numbers -------------------------------------------------
fixed("clean-dates", "We're upgrading Mirth Connect from 3.12.0 to 4.5.2 on January 15, 2026. What are the "
      "breaking changes we should test for, especially around the JavaScript transformer?")
fixed("clean-dates", "Our HITRUST r2 validated assessment is due March 31, 2027. Draft a project timeline working "
      "backward from that date with quarterly milestones.")
fixed("clean-dates", "The interoperability steering committee meets every other Thursday starting January 8, "
      "2026 at 2:00 PM Central. Write a standing agenda template.")
fixed("clean-dates", "Node 18 reached end of life on April 30, 2025 and our patient portal still runs it. Write a "
      "risk statement for the security committee.")
fixed("clean-dates", "Summarize the CMS Interoperability and Prior Authorization final rule (CMS-0057-F) "
      "compliance dates — what's due in 2026 versus January 1, 2027?")
fixed("clean-dates", "Epic's February 2026 release moved some SmartText functionality. What's the usual lead "
      "time for testing an upgrade like that, and who should sign off?")


# --- staff names in non-clinical contexts ------------------------------------------------------------------
fixed("clean-staff", "Draft a short Slack message asking Priya in IT to reset the VPN tokens for the three new "
      "night-shift unit clerks, and cc Marcus from facilities about the broken badge reader on the 2nd floor.")
fixed("clean-staff", "Write a thank-you note to Dr. Hoang and the 4 West nursing team for covering the holiday "
      "schedule on short notice.")
fixed("clean-staff", "Kevin Oduya is leaving our revenue cycle team on Friday after nine years. Write a warm "
      "farewell message from the director.")
fixed("clean-staff", "Turn this into a weekly staffing table: Maria (RN) days Mon–Wed, Tom (CNA) nights Thu–Sat, "
      "Lena (RN) days Thu–Sun, Dev (unit clerk) weekdays 7–3.")
fixed("clean-staff", "Reword my email to Ms. Delgado in procurement asking for the updated quote on the infusion "
      "pumps; keep it polite but firm about the end-of-quarter deadline.")
fixed("clean-staff", "Our CMIO, Dr. Rebecca Stanfield, asked for a one-pager comparing ambient AI scribe tools. "
      "Outline it with sections for accuracy, EHR integration, cost and privacy.")


# --- business addresses in procurement contexts -------------------------------------------------------------
fixed("clean-procurement", "Compare sharps-container pricing from Medline (Three Lakes Drive, Northfield, IL 60093) "
      "and Cardinal Health (7000 Cardinal Place, Dublin, OH 43017) for a 12-clinic network.")
fixed("clean-procurement", "Draft a PO email to our supply vendor: ship-to is Riverside Family Medicine, 2200 "
      "Commerce Pkwy Suite 140, Spokane, WA 99202, receiving hours 8–4, loading dock on the north side.")
fixed("clean-procurement", "We need an RFP for a specimen courier running between our three clinics: 410 W "
      "Main St (downtown), 9800 Parkway Blvd (north campus) and the lab at 77 Industrial Rd. Outline the scope.")
fixed("clean-procurement", "The vendor's W-9 lists EIN 84-2213907. Our AP system wants it without the dash — "
      "does it matter for 1099-NEC reporting?")
fixed("clean-procurement", "Request a quote from the bed manufacturer for 12 med-surg beds delivered to 455 "
      "Hospital Drive, Building C, with old-bed haul-away.")


# --- drug dosing without any person -----------------------------------------------------------------------
fixed("clean-dosing", "What's the maximum daily acetaminophen dose for adults with chronic liver disease who "
      "don't drink alcohol?")
fixed("clean-dosing", "Vancomycin AUC-guided dosing targets 400–600 mg·h/L. Explain Bayesian dosing versus the "
      "two-level equation approach.")
fixed("clean-dosing", "High-dose amoxicillin for acute otitis media is 80–90 mg/kg/day divided BID. For a 14 kg "
      "child, what's each dose in mL of the 400 mg/5 mL suspension?")
fixed("clean-dosing", "Convert 30 mg oral morphine per day to oral hydromorphone, and how much should I reduce "
      "for incomplete cross-tolerance?")
fixed("clean-dosing", "How is enoxaparin dosed for VTE treatment when creatinine clearance is below 30 mL/min?")
fixed("clean-dosing", "How long should metformin be held after iodinated contrast when eGFR is between 30 and 44?")


# --- statistics and numbers ---------------------------------------------------------------------------------
fixed("clean-stats", "Our 30-day readmission rate went from 14.2% to 11.8% over four quarters (3,412 discharges "
      "total). Is that statistically significant, and which test should I use?")
fixed("clean-stats", "Clinic A: 1,204 visits, no-show 9.1%. Clinic B: 987 visits, no-show 13.4%. Clinic C: 2,310 "
      "visits, no-show 7.7%. Make a chart spec and a one-paragraph interpretation.")
fixed("clean-stats", "CDC estimates about 38.4 million Americans have diabetes (11.6% of the population) and "
      "8.7 million are undiagnosed. Turn that into a slide with three takeaways.")
fixed("clean-stats", "Power calculation: 80% power, alpha 0.05, detect a 5-point difference in PHQ-9 with SD 6. "
      "How many per arm, and what if attrition is 15%?")
fixed("clean-stats", "ED median door-to-provider by hour: 07:00 42 min, 11:00 58 min, 15:00 71 min, 19:00 64 "
      "min, 23:00 35 min. What staffing change does this suggest?")


# --- code with regexes and schemas --------------------------------------------------------------------------
fixed("clean-code", "Add unit tests for this SSN validator:\n\n```python\nimport re\nSSN = re.compile(r\"^(?!000|666|9\\d\\d)"
      "\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$\")\n\ndef is_valid(s: str) -> bool:\n    return bool(SSN.match(s))\n```")
fixed("clean-code", "Review this schema:\n\n```sql\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  mrn TEXT "
      "UNIQUE NOT NULL,\n  first_name TEXT,\n  last_name TEXT,\n  dob DATE,\n  ssn_encrypted BYTEA,\n  phone TEXT,\n"
      "  address_line1 TEXT,\n  zip CHAR(5),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n```\nShould zip be CHAR(5) "
      "or TEXT given ZIP+4?")
fixed("clean-code", "Swift: how do I make this Codable struct decode `dob` from a yyyy-MM-dd string?\n\n```swift\n"
      "struct Patient: Codable {\n    let mrn: String\n    let givenName: String\n    let familyName: String\n"
      "    let dob: Date\n}\n```")
fixed("clean-code", "Write a JavaScript function that masks a phone number for display, so '+1 (xxx) xxx-1234' "
      "style output keeps only the last four digits, and handles extensions.")
fixed("clean-code", "Go implementation of a Luhn check for NPI numbers — remember the 80840 prefix. Include table "
      "tests with clearly invalid inputs only.")
fixed("clean-code", "dbt model: hash the MRN with a salted SHA-256 before it leaves staging.\n\n```sql\nselect\n  "
      "{{ dbt_utils.generate_surrogate_key(['mrn', \"'{{ var('mrn_salt') }}'\"]) }} as patient_key,\n  encounter_date,\n"
      "  department\nfrom {{ ref('stg_encounters') }}\n```\nIs generate_surrogate_key appropriate for this, or is it MD5?")


# --- job postings ----------------------------------------------------------------------------------------
fixed("clean-jobs", "Polish this job posting: Medical Records Specialist, full time, Lakeshore Health, 1 year of "
      "release-of-information experience preferred, Epic ROI a plus. Apply at careers.lakeshorehealth.org.")
fixed("clean-jobs", "Write a job posting for an HL7/FHIR integration engineer, remote within the US, salary "
      "$135,000–$160,000, on-call one week in six.")
fixed("clean-jobs", "Draft a recruiting ad for dialysis RNs at our new outpatient center, three 12-hour shifts, "
      "$8,000 sign-on bonus, CNN certification reimbursed.")


# --- everyday clinical content without a person ------------------------------------------------------------
fixed("clean-misc", "Write a one-page low-sodium diet handout for heart failure patients at a 6th-grade reading "
      "level, with a sample day of meals.")
fixed("clean-misc", "Translate 'Take one tablet by mouth twice daily with food' into Spanish, Vietnamese and "
      "Tagalog for our pharmacy labels.")
fixed("clean-misc", "What are the 18 HIPAA Safe Harbor identifiers? Put them in a table with an example of how "
      "each might appear in a free-text note (describe it, don't invent values).")
fixed("clean-misc", "Give me a checklist for a new medical assistant's first week: EHR login, badge, HIPAA "
      "training, vaccine records, shadowing schedule.")


# ================================================================================================
# Build, validate, write
# ================================================================================================
def check_value(kind, v):
    """Asserts that a planted value is valid where a real check exists."""
    digits = "".join(ch for ch in v if ch.isdigit())
    if kind == "ssn" and digits:
        assert len(digits) == 9 and 1 <= int(digits[:3]) <= 899 and digits[:3] != "666", v
        assert digits[3:5] != "00" and digits[5:] != "0000" and digits not in FAMOUS_SSNS, v
    elif kind == "npi":
        assert len(digits) == 10 and digits[0] in "12" and luhn_digit("80840" + digits[:9]) == digits[9], v
    elif kind == "credit-card":
        assert len(digits) in (15, 16) and luhn_ok(digits), v
    elif kind == "vin":
        assert len(v) == 17 and not set(v) & set("IOQ") and vin_check(v) == v[8], v
    elif kind == "mbi":
        s = v.replace("-", "")
        assert len(s) == 11 and s[0] in "123456789" and s[1] in MBI_ALPHA and s[4] in MBI_ALPHA, v
        assert s[7] in MBI_ALPHA and s[8] in MBI_ALPHA and s[3].isdigit() and s[6].isdigit() and s[9:].isdigit(), v
    elif kind == "phone" and digits:
        d = digits[-10:]
        assert len(d) == 10 and d[0] in "23456789" and d[3:6] != "555" and d[3] in "23456789", v
    elif kind == "ip-address" and "." in v:
        a, b = (int(x) for x in v.split(".")[:2])
        assert a not in (0, 10, 100, 127, 169, 172, 192, 198, 203) and a < 224, v
    elif kind == "mrn":
        assert not v.upper().startswith("SYN"), v
    elif kind == "email":
        assert "example." not in v and "@" in v, v
    elif kind == "github-token" and v.startswith("ghp_"):
        body, chk = v[4:34], v[34:]
        assert base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk, v


def build():
    prompts = []
    for n, (label, group, fn) in enumerate(TEMPLATES, 1):
        c = Ctx()
        text = fn(c)
        assert isinstance(text, str) and text.strip(), (n, group)
        if label == "clean":
            assert not c.plants, (n, group)
        else:
            assert c.plants, (n, group)
        for pl in c.plants:
            assert pl["value"] in text, (n, group, pl)
            check_value(pl["kind"], pl["value"])
        kinds = list(OrderedDict.fromkeys(pl["kind"] for pl in c.plants))
        prompts.append(OrderedDict([("id", f"ho-{n:03d}"), ("label", label), ("group", group), ("kinds", kinds),
                                    ("plants", c.plants), ("text", text)]))
    nphi = sum(p["label"] == "phi" for p in prompts)
    nclean = sum(p["label"] == "clean" for p in prompts)
    assert nphi >= 130 and nclean >= 70 and len(prompts) >= 200, (nphi, nclean)
    assert len(INTL_USED) >= 25, len(INTL_USED)
    assert len({p["text"] for p in prompts}) == len(prompts), "duplicate text"
    return prompts


def render(prompts):
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in prompts)


def stats(prompts):
    groups = OrderedDict()
    kinds = {}
    for p in prompts:
        g = groups.setdefault(p["group"], [p["label"], 0, 0])
        g[1] += 1
        g[2] += len(p["plants"])
        for k in p["kinds"]:
            kinds.setdefault(k, [0, 0])[1] += 1
        for pl in p["plants"]:
            kinds[pl["kind"]][0] += 1
    out = ["| group | label | prompts | plants |", "|---|---|---|---|"]
    out += [f"| {g} | {lab} | {n} | {pl} |" for g, (lab, n, pl) in groups.items()]
    nphi = sum(p["label"] == "phi" for p in prompts)
    out.append(f"| **total** | | {len(prompts)} ({nphi} phi, {len(prompts) - nphi} clean) | "
               f"{sum(len(p['plants']) for p in prompts)} |")
    out += ["", "| kind | plants | prompts |", "|---|---|---|"]
    out += [f"| {k} | {v[0]} | {v[1]} |" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1][0], kv[0]))]
    out += ["", f"names from outside the Census lists: {len(INTL_USED)}"]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 unless the file equals the generator's output")
    ap.add_argument("--stats", action="store_true", help="print counts per group and kind")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    prompts = build()
    data = render(prompts)
    if args.stats:
        print(stats(prompts))
        return
    if args.check:
        same = Path(args.out).exists() and Path(args.out).read_text(encoding="utf-8") == data
        print("up to date" if same else "differs", file=sys.stderr)
        sys.exit(0 if same else 1)
    Path(args.out).write_text(data, encoding="utf-8")
    print(f"wrote {len(prompts)} prompts to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
