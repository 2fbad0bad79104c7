#!/usr/bin/env python3
"""Generate a lettering (bank reconciliation) scenario at any scale.

Writes, in DIR:
  statement.cfonb  CFONB 120 statement (01/04/05/07 records, one statement per day)
  invoices.json    company, partners (with IBAN) and open items (customer + supplier)
  pain001.xml      our supplier payment runs (pain.001.001.03, one PmtInf per run)
  truth.json       ground truth (format lettering-truth/1): matches + per-movement scenario

The layout and the behaviour mimic shared/banking/sample (made by an unpublished
generator): same JSON keys, same CFONB field positions, same scenario mix, the
same label and detail styles, and the scale effects that make lettering harder
as the number of movements grows: partners appear with new_partner_prob per
movement and are re-used by preferential attachment (a few very large partners),
names come from small vocabularies (homonyms, shared truncated label prefixes),
supplier numbering styles collide across suppliers, many amounts are round.

Usage:
  gen_lettering_scenario.py --movements N --seed S --out DIR [--days D]

Standard library only; O(N) time and memory.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import unicodedata
from xml.sax.saxutils import escape

GENERATOR = "gen_lettering_scenario.py 1.0"

# Scenario mix: counts of the 300-movement reference sample (used as weights).
SCENARIO_WEIGHTS = {
    "c_exact_noref": 17, "c_exact_ref": 46, "c_exact_rf": 8, "c_fee_deducted": 10,
    "c_grouped_noref": 9, "c_grouped_ref": 14, "c_mangled_ref": 11, "c_partial": 18,
    "c_short_pay": 9, "c_split": 2, "c_third_party": 3, "c_with_credit_note": 3,
    "s_batch_booked": 8, "s_card": 9, "s_partial": 7, "s_sdd": 14,
    "s_transfer_grouped": 15, "s_transfer_single": 42,
    "u_agios": 3, "u_bank_fee": 13, "u_card_expense": 10, "u_salary": 11, "u_tax": 10,
    "u_treasury": 2, "u_unknown_credit": 3,
}

TRADES = ["Atelier", "Garage", "Pharmacie", "Imprimerie", "Hôtel", "Expertise Comptable",
          "Études", "Conseil", "Boucherie", "Transports", "Électricité Générale", "Menuiserie",
          "Sécurité", "Architecture", "Restaurant", "Informatique", "Carrosserie", "Logistique",
          "Fromagerie", "Plomberie", "Agence", "Maçonnerie", "Cabinet", "Nettoyage", "Jardins",
          "Traiteur", "Couverture", "Librairie", "Charcuterie", "Boulangerie", "Peinture",
          "Optique", "Chauffage", "Ambulances", "Pressing", "Fleurs"]
SURNAMES = ["Bonnet", "Gaillard", "Renard", "Lambert", "Hénault", "Deschamps", "Robin", "Menard",
            "Guérin", "Noël", "Poirier", "Lopez", "Dumas", "Michel", "Maillard", "Dubois", "Dupuy",
            "Faure", "Olivier", "Marchand", "Benoît", "Perrot", "Fleury", "Leclercq", "Mathieu",
            "Thomas", "Schmitt", "Da Silva", "Fernandez", "Le Roux", "Marty", "Rolland", "Pons",
            "Adam", "Paris", "Moulin", "Guillaume", "Garcia", "Boyer", "Simon", "Roy", "Berger",
            "Gonzalez", "Colin", "Durand", "Renault", "Lecomte", "Charles", "Bourgeois", "Dupuis",
            "Louis", "Guillot", "Muller", "Rodriguez", "Martin", "Bernard", "Petit", "Moreau",
            "Laurent", "Girard", "Roux", "Fournier", "Mercier", "Blanc", "Chevalier", "Lefebvre"]
CITIES = ["Grenoble", "Caen", "Orléans", "Normandie", "Nancy", "Rouen", "Lyon", "Provence", "Dijon",
          "Lille", "Nantes", "Rennes", "Savoie", "Bretagne", "Limoges", "Besançon", "l'Ouest",
          "la Loire", "Toulouse", "Bordeaux", "Metz", "Reims"]
LEGAL_SUFFIX = ["SAS", "SA", "EURL", "SASU", "SARL"]
FIRST_NAMES = ["Pierre", "Marie", "Chloé", "Léa", "Hugo", "Emma", "Camille", "Nicolas", "Lucas",
               "Julie", "Thomas", "Sarah", "Louis", "Manon", "Paul", "Inès", "Jules", "Alice"]
CARD_BRANDS = ["LEROY MERLIN", "AMAZON PAYMENTS", "ADOBE SYSTEMS", "CASTORAMA", "MANUTAN",
               "RAJA", "BRICO DEPOT", "OVH SAS", "FNAC PRO", "LYRECO", "METRO"]
CARD_EXPENSES = ["STATION ESSO", "TAXI G7", "BOULANGERIE", "HOTEL IBIS", "PARKING INDIGO",
                 "BRASSERIE DU", "RESTAURANT LE", "SNCF INTERNET", "TOTAL ACCESS", "MONOPRIX"]
BANKS = [("CMCIFRPP", "30066"), ("SOGEFRPP", "30003"), ("CRLYFRPP", "30002"), ("BNPAFRPP", "30004"),
         ("BREDFRPP", "10107"), ("CEPAFRPP751", "17515"), ("AGRIFRPP882", "18206"),
         ("QNTOFRP1", "16958"), ("CMCIFR2A", "10278"), ("NORDFRPP", "30076"), ("PSSTFRPP", "20041"),
         ("AXABFRPP", "12548")]
FOREIGN = [("BE", "BBRUBEBB", "310"), ("BE", "GKCCBEBB", "068"), ("BE", "GEBABEBB", "001"),
           ("ES", "BSCHESMMXXX", "0049"), ("NL", "ABNANL2A", "ABNA"), ("DE", "COBADEFFXXX", "37040044")]
SUPPLIER_STYLES = ["F4", "F5", "INV", "YSLASH", "00", "FC00", "N", "FACY", "FY"]
ROUND_HT = [100] * 10 + [1000] * 12 + [250, 300, 350, 440, 500, 600, 700, 800, 820, 1250, 1400,
                                        1600, 1800, 2000, 2200, 2800, 5300, 6300, 5500, 3000, 280,
                                        530, 180, 860, 15500]
ROUND_TTC = [300, 150, 220, 1000, 2000, 500, 120, 60]
DETAIL_STYLE_C = (0.60, 0.29)  # qualifier, LIB/...; rest: label only
DETAIL_STYLE_S = (0.55, 0.40)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def bank_text(text):
    t = strip_accents(text).upper().replace("&", "ET").replace("'", " ")
    return " ".join(t.split())


def mod97(digits):
    r = 0
    for i in range(0, len(digits), 9):
        r = int(str(r) + digits[i:i + 9]) % 97
    return r


def alnum_to_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    chk = 98 - mod97(alnum_to_digits(bban + country + "00"))
    return "%s%02d%s" % (country, chk, bban)


def rf_ref(body):
    chk = 98 - mod97(alnum_to_digits(body + "RF00"))
    return "RF%02d%s" % (chk, body)


def rib_key(bank, desk, account):
    acc = "".join(str(int(c, 36) % 10) if c.isalpha() else c for c in account)
    return 97 - (89 * int(bank) + 15 * int(desk) + 3 * int(acc)) % 97


def fr_iban(rng, bank):
    desk = "%05d" % rng.randrange(100000)
    acc = "%011d" % rng.randrange(10 ** 11)
    return iban("FR", "%s%s%s%02d" % (bank, desk, acc, rib_key(bank, desk, acc))), desk, acc


def cents(x):
    return int(round(x * 100))


def money(c):
    return "%s%d.%02d" % ("-" if c < 0 else "", abs(c) // 100, abs(c) % 100)


POS = "{ABCDEFGHI"
NEG = "}JKLMNOPQR"


def cfonb_amount(c):
    s = "%014d" % abs(c)
    return s[:-1] + (NEG if c < 0 else POS)[int(s[-1])]


class Gen:
    def __init__(self, args):
        self.a = args
        self.rng = random.Random(args.seed)
        self.start = dt.date.fromisoformat(args.start)
        self.partners = []          # dicts
        self.hist = {"customer": [], "supplier": []}  # preferential attachment lists
        self.invoices = []          # dicts (ids assigned at creation)
        self.cseq = 0
        self.sseq = 0
        self.movements = []         # dicts: day, code, icode, label, details, amount, scenario, matches...
        self.runs = []              # pain runs
        self.e2e = 0
        self.sal = 0
        self.names_seen = {}
        rng = self.rng
        bic, bank = "QNTOFRP1", "16958"
        ib, desk, acc = fr_iban(rng, bank)
        self.company = {"accounts": [{"account_number": acc, "bank_code": bank, "bic": bic,
                                      "desk_code": desk, "iban": ib}],
                        "name": "Jefacture Démo SAS", "sepa_creditor_id": "FR12ZZZ912345",
                        "siren": "912345674"}

    # ---------------- partners -----------------
    def make_name(self, kind):
        r = self.rng
        trade = r.choice(TRADES)
        u = r.random()
        if u < 0.30:
            return "%s %s" % (trade, r.choice(SURNAMES))
        if u < 0.45:
            return "%s %s %s" % (trade, r.choice(SURNAMES), r.choice(["et Associés", "& Fils"]))
        if u < 0.60:
            return "%s de %s" % (trade, r.choice(CITIES))
        if u < 0.75:
            return "Ets %s" % r.choice(SURNAMES)
        if u < 0.88:
            return "%s %s-%s" % (r.choice(["SARL", "SAS", "SA", "EURL"]), r.choice(SURNAMES), r.choice(SURNAMES))
        return "%s %s %s" % (trade, r.choice(SURNAMES), r.choice(LEGAL_SUFFIX))

    def new_partner(self, kind):
        r = self.rng
        pid = len(self.partners) + 1
        u = r.random()
        if u < 0.9:
            bic, bank = r.choice(BANKS)
            ib = fr_iban(r, bank)[0]
            country = "FR"
        else:
            country, bic, bank = r.choice(FOREIGN)
            n = {"BE": 12, "ES": 20, "NL": 14, "DE": 18}[country]
            body = bank + "".join(str(r.randrange(10)) for _ in range(n - len(bank)))
            if country == "NL":
                body = bank + "".join(str(r.randrange(10)) for _ in range(10))
            ib = iban(country, body)
        p = {"bic": bic, "country": country, "iban": ib,
             "id": ("CU%05d" if kind == "customer" else "SU%05d") % pid,
             "kind": kind, "name": self.make_name(kind), "siren": "%09d" % r.randrange(10 ** 8, 10 ** 9)}
        if kind == "supplier":
            p["_style"] = r.choice(SUPPLIER_STYLES)
            p["_ctr"] = r.randrange(100, 9000) if p["_style"] in ("F4", "YSLASH", "FACY", "00") else r.randrange(1000, 90000)
            p["_rfcode"] = "%05d" % r.randrange(10000, 100000)
            p["_rf"] = r.random() < 0.15
            p["_sdd"] = r.random() < 0.25
            p["_rum"] = "RUM%08d" % r.randrange(10 ** 7 if r.random() < 0.5 else 10 ** 5, 10 ** 8)
            p["_sub"] = cents(r.choice([49.90, 29.90, 99.00, 19.99, 300.00])) if r.random() < 0.08 else 0
        self.partners.append(p)
        return p

    def pick_partner(self, kind, p_new=None):
        r = self.rng
        h = self.hist[kind]
        if p_new is None:
            p_new = self.a.new_partner_prob
        if not h or r.random() < p_new:
            p = self.new_partner(kind)
        else:
            p = self.partners[r.choice(h)]
        h.append(int(p["id"][2:]) - 1)
        return p

    # ---------------- invoices -----------------
    def amount(self, p=None):
        r = self.rng
        if p is not None and p.get("_sub") and r.random() < 0.7:
            return p["_sub"]
        u = r.random()
        if u < 0.22:
            return r.choice(ROUND_HT) * 120
        if u < 0.30:
            return r.choice(ROUND_TTC) * 100
        x = r.lognormvariate(6.6, 1.0)
        return max(1500, min(cents(x), 2500000))

    def supplier_number(self, p, year):
        r = self.rng
        p["_ctr"] += r.randrange(1, 40)
        n = p["_ctr"]
        s = p["_style"]
        if s == "F4":
            return "F%04d" % n
        if s == "F5":
            return "F%05d" % n
        if s == "INV":
            return "INV%05d" % n
        if s == "YSLASH":
            return "%d/%04d" % (year, n)
        if s == "00":
            return "00%04d" % n
        if s == "FC00":
            return "FC00%05d" % n
        if s == "N":
            return "N%05d" % n
        if s == "FACY":
            return "FAC-%d-%04d" % (year, n)
        return "F%d%05d" % (year, n)

    def new_invoice(self, p, move_day, amount=None, credit_note=False, rf=False, part_paid=None):
        r = self.rng
        kind = p["kind"]
        mday = self.start + dt.timedelta(days=move_day)
        issue = mday - dt.timedelta(days=r.choice([0, 5, 12, 20, 28, 35, 45, 60, 75]) + r.randrange(5))
        due = issue + dt.timedelta(days=r.choice([30, 30, 30, 60, 45, 0]))
        total = amount if amount is not None else self.amount(p)
        if kind == "customer":
            self.cseq += 1
            iid = "C%07d" % self.cseq
            number = "%s%d-%05d" % ("AV" if credit_note else "FA", issue.year, self.cseq)
            rfbody = number.replace("FA", "").replace("-", "")
        else:
            self.sseq += 1
            iid = "S%07d" % self.sseq
            number = self.supplier_number(p, issue.year)
            rfbody = p["_rfcode"] + "".join(c for c in number if c.isalnum())
        inv = {"amount_residual": total, "amount_total": total, "currency": "EUR",
               "due_date": due.isoformat(), "id": iid, "issue_date": issue.isoformat(),
               "kind": kind, "number": number, "partner": p["id"],
               "type": "credit_note" if credit_note else "invoice"}
        if part_paid is None:
            part_paid = r.random() < 0.03
        if part_paid and not credit_note:
            inv["amount_residual"] = max(1, cents(total / 100.0 * r.uniform(0.35, 0.75)))
        if rf or (kind == "customer" and r.random() < 0.06) or (kind == "supplier" and p["_rf"]):
            inv["creditor_reference"] = rf_ref(rfbody)
        self.invoices.append(inv)
        return inv

    # ---------------- text helpers -----------------
    def name_variant(self, name):
        r = self.rng
        t = bank_text(name)
        u = r.random()
        words = t.split()
        legal = {"SARL", "SAS", "SA", "EURL", "SASU"}
        if u < 0.62:
            return t
        if u < 0.74 and (words[0] in legal or words[-1] in legal):
            if words[0] in legal:
                return " ".join(words[1:])
            return " ".join(words[:-1])
        if u < 0.80 and words[-1] in legal:
            return " ".join([words[-1]] + words[:-1])
        if "ET ASSOCIES" in t and u < 0.92:
            return t.replace("ET ASSOCIES", "ET ASS")
        if len(t) > 16:
            return t[:r.randrange(14, len(t))].rstrip()
        return t

    def motif_lines(self, style, qual_key, text):
        """Return 05 detail records (qualifier, text) for a long free text, split every 70 chars."""
        out = []
        if style == "Q":
            first, cont = qual_key, "LC2"
            chunks = [text[i:i + 70] for i in range(0, len(text), 70)] or [""]
            out.append((first, chunks[0]))
            for c in chunks[1:]:
                out.append((cont, c))
        else:
            full = qual_key + " " + text if text else qual_key
            full = "/" + full
            chunks = [full[i:i + 70] for i in range(0, len(full), 70)]
            for c in chunks:
                out.append(("LIB", c))
        return out

    def rcn_customer(self):
        r = self.rng
        u = r.random()
        if u < 0.5:
            return "NOTPROVIDED"
        if u < 0.75:
            return "%011d" % r.randrange(10 ** 10, 10 ** 11)
        return "E2E" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([16, 14])))

    def style(self, side):
        u = self.rng.random()
        q, l = DETAIL_STYLE_C if side == "c" else DETAIL_STYLE_S
        return "Q" if u < q else ("LIB" if u < q + l else "none")

    # ---------------- movements -----------------
    def add_move(self, day, code, icode, label, details, amount, scenario, matches, writeoff=0, category=None):
        self.movements.append({"day": day, "code": code, "icode": icode, "label": label[:31],
                               "details": details, "amount": amount, "scenario": scenario,
                               "matches": matches, "writeoff": writeoff, "category": category})

    def credit_move(self, day, scen, payer_text, invs_alloc, motif, style=None, intl=False,
                    original=None, writeoff=0, category=None, npo=None, rcn=None, lcs=None):
        r = self.rng
        amount = sum(a for _, a in invs_alloc) - writeoff
        if style is None:
            style = self.style("c")
        prefix = "VIR INTERNATIONAL RECU " if intl else "VIR SEPA RECU /DE "
        icode, code = ("0162", "C2") if (not intl and r.random() < 0.03) else ("0158", "05")
        det = []
        if style == "Q":
            det.append(("NPY", payer_text))
            if npo:
                det.append(("NPO", npo))
            if motif:
                det += self.motif_lines("Q", "LCC", motif)
            if lcs:
                det.append(("LCS", lcs))
            det.append(("RCN", rcn or self.rcn_customer()))
            if intl:
                det.append(("MMO", "EUR2" + "%016d" % (original or amount)))
        elif style == "LIB":
            det.append(("LIB", "/DE " + payer_text))
            if motif:
                det += self.motif_lines("LIB", "MOTIF", motif)
            u = r.random()
            if lcs:
                det.append(("LIB", "/REF " + lcs))
            elif u < 0.55:
                det.append(("LIB", "/REF " + (rcn if rcn and rcn != "NOTPROVIDED" else self.rcn_customer().replace("NOTPROVIDED", "%011d" % r.randrange(10 ** 10, 10 ** 11)))))
        self.add_move(day, code, icode, prefix + payer_text, det, amount, scen,
                      [(i["id"], a) for i, a in invs_alloc], writeoff, category)

    def gen_customer(self, scen, day):
        r = self.rng
        p = self.pick_partner("customer")
        name = self.name_variant(p["name"])
        pref = r.choice(["", "REGLEMENT ", "FACTURE N ", "FAC ", "FACT ", "FACTURE "])
        if scen == "c_exact_ref":
            inv = self.new_invoice(p, day)
            self.credit_move(day, scen, name, [(inv, inv["amount_residual"])], pref + inv["number"])
        elif scen == "c_exact_noref":
            inv = self.new_invoice(p, day)
            motif = r.choice(["VIREMENT", "ACOMPTE", "PAIEMENT", "REGLEMENT", "REGLT " + name, "", ""])
            self.credit_move(day, scen, name, [(inv, inv["amount_residual"])], motif)
        elif scen == "c_exact_rf":
            inv = self.new_invoice(p, day, rf=True)
            rfv = inv["creditor_reference"]
            st = "Q" if r.random() < 0.75 else "LIB"
            if st == "Q":
                self.credit_move(day, scen, name, [(inv, inv["amount_residual"])],
                                 "REGLEMENT" if r.random() < 0.3 else "", style="Q", lcs=rfv,
                                 rcn=rfv if r.random() < 0.35 else None)
            else:
                self.credit_move(day, scen, name, [(inv, inv["amount_residual"])], "REGLEMENT", style="LIB", lcs=rfv)
        elif scen == "c_mangled_ref":
            inv = self.new_invoice(p, day)
            num = inv["number"]
            head, seq = num.split("-")
            u = r.random()
            if u < 0.2:
                d = list(seq)
                nz = [k for k in range(len(d) - 1) if d[k] != d[k + 1]]
                if nz:
                    k = r.choice(nz)
                    d[k], d[k + 1] = d[k + 1], d[k]
                m = head + "-" + "".join(d)
            elif u < 0.4:
                m = str(int(seq))
            elif u < 0.6:
                m = head + seq
            elif u < 0.75:
                m = head + " " + seq
            elif u < 0.9:
                m = "FACTURE NO " + num
            else:
                m = ""
            self.credit_move(day, scen, name, [(inv, inv["amount_residual"])], m,
                             style="none" if not m else None)
        elif scen in ("c_grouped_ref", "c_grouped_noref", "c_with_credit_note"):
            n = r.choice([2, 2, 3, 3, 4, 5, 5, 6])
            invs = [self.new_invoice(p, day) for _ in range(n)]
            alloc = [(i, i["amount_residual"]) for i in invs]
            if scen == "c_with_credit_note":
                tot = sum(a for _, a in alloc)
                cn = self.new_invoice(p, day, amount=max(100, cents(tot / 100.0 * r.uniform(0.03, 0.15))), credit_note=True)
                alloc.append((cn, -cn["amount_residual"]))
                listed = invs + ([cn] if r.random() < 0.67 else [])
                motif = r.choice(["REGLT ", "FACT ", ""]) + " ".join(i["number"] for i in listed)
            elif scen == "c_grouped_ref":
                motif = r.choice(["REGLT ", "FACT ", "FACTURES ", ""]) + " ".join(i["number"] for i in invs)
            else:
                motif = r.choice(["REGLEMENT RELEVE", "VIREMENT GROUPE", "PAIEMENT FACTURES", "RELEVE FIN DE MOIS", ""])
            self.credit_move(day, scen, name, alloc, motif)
        elif scen == "c_partial":
            inv = self.new_invoice(p, day)
            amt = max(1, cents(inv["amount_residual"] / 100.0 * r.choice([0.3, 0.4, 0.5, 0.6, 0.7])))
            motif = r.choice(["ACOMPTE ", "PAIEMENT PARTIEL ", "PAIEMENT PARTIEL ", "1ER VERSEMENT "]) + inv["number"]
            self.credit_move(day, scen, name, [(inv, amt)], motif)
        elif scen == "c_split":
            inv = self.new_invoice(p, day, part_paid=False)
            k = r.choice([2, 3])
            res = inv["amount_residual"]
            parts = []
            for j in range(k - 1):
                x = cents(res / 100.0 * r.uniform(0.25, 0.45))
                parts.append(x)
            parts.append(res - sum(parts))
            for j, x in enumerate(parts):
                d = min(self.a.days - 1, day + j * r.randrange(2, 6))
                motif = r.choice(["ECHEANCE %d/%d FACTURE %s" % (j + 1, k, inv["number"]),
                                  "ECHEANCE %d/%d %s" % (j + 1, k, inv["number"]),
                                  "REGLEMENT " + inv["number"], inv["number"]])
                self.credit_move(d, scen, name, [(inv, x)], motif)
        elif scen == "c_fee_deducted":
            inv = self.new_invoice(p, day)
            tot = inv["amount_residual"]
            fee = r.choice([750, 1500, 2500, cents(tot / 100.0 * r.uniform(0.008, 0.017)), r.randrange(150, 300)])
            fee = min(fee, tot // 4)
            self.credit_move(day, scen, name, [(inv, tot)], r.choice(["", "FACTURE ", "REGLEMENT ", "FACT "]) + inv["number"],
                             intl=r.random() < 0.8, original=tot, writeoff=fee, category="bank_fee_deducted")
        elif scen == "c_short_pay":
            inv = self.new_invoice(p, day)
            tot = inv["amount_residual"]
            if r.random() < 0.33:
                wo = cents(tot / 100.0 * 0.02)
                cat, motif = "early_payment_discount", r.choice(["REGLEMENT ", "FACTURE "]) + inv["number"] + " ESCOMPTE 2"
            else:
                wo = r.randrange(30, 260)
                cat, motif = "payment_difference", r.choice(["REGLEMENT ", "FACTURE ", ""]) + inv["number"]
            self.credit_move(day, scen, name, [(inv, tot)], motif, writeoff=wo, category=cat)
        elif scen == "c_third_party":
            inv = self.new_invoice(p, day)
            payer = r.choice(["MUTUELLE " + bank_text(r.choice(CITIES)), "HOLDING " + bank_text(r.choice(SURNAMES)),
                              "GROUPE " + bank_text(r.choice(SURNAMES)) + " " + bank_text(r.choice(TRADES)),
                              bank_text(r.choice(FIRST_NAMES) + " " + r.choice(SURNAMES))])
            st = self.style("c")
            if st == "Q" and r.random() < 0.6:
                self.credit_move(day, scen, payer, [(inv, inv["amount_residual"])], "POUR COMPTE DE " + name,
                                 style="Q", npo=name)
            else:
                self.credit_move(day, scen, payer, [(inv, inv["amount_residual"])], inv["number"], style=st)

    # ---- supplier side ----
    def run_for(self, day, batch):
        """Payment runs: one non-batch run per execution day, batch runs created on demand."""
        r = self.rng
        exe = max(0, day - r.choice([0, 0, 1, 1, 2]))
        if batch:
            run = {"id": None, "batch": True, "day": exe, "tx": []}
            self.runs.append(run)
            return run
        key = ("nb", exe)
        run = self.names_seen.get(key)
        if run is None:
            run = {"id": None, "batch": False, "day": exe, "tx": []}
            self.names_seen[key] = run
            self.runs.append(run)
        return run

    def add_tx(self, run, p, invs, amount, ustrd):
        self.e2e += 1
        tx = {"n": self.e2e, "p": p, "amount": amount, "ustrd": ustrd}
        run["tx"].append(tx)
        return tx

    def debit_transfer(self, day, scen, p, alloc, motif, run, tx, lcs=None):
        r = self.rng
        name = self.name_variant(p["name"])
        st = self.style("s")
        det = []
        if st == "Q":
            det.append(("NBE", name))
            if lcs:
                det.append(("LCS", lcs))
            else:
                det += self.motif_lines("Q", "LCC", motif)
            det.append(("RCN", "JFD-E2E-%08d" % tx["n"]))
            det.append(("REF", ("%-35s" % ("@RUN" + str(id(run)))) + "INS%08d" % tx["n"]))
        elif st == "LIB":
            det.append(("LIB", "/POUR " + name))
            if not lcs:
                det += self.motif_lines("LIB", "MOTIF", motif)
            det.append(("LIB", "/REF " + (lcs or "JFD-E2E-%08d" % tx["n"])))
            det.append(("LIB", "/REMISE @RUN" + str(id(run))))
        amount = -sum(a for _, a in alloc)
        self.add_move(day, "06", "0159", "VIR SEPA EMIS /A " + name, det, amount, scen,
                      [(i["id"], a) for i, a in alloc])
        self.movements[-1]["run"] = run

    def gen_supplier(self, scen, day):
        r = self.rng
        if scen == "s_batch_booked":
            run = self.run_for(day, True)
            k = r.choice([5, 6, 8, 9, 9, 10, 12, 16])
            alloc = []
            while len(alloc) < k:
                p = self.pick_partner("supplier")
                m = 1 if r.random() < 0.75 else r.choice([2, 3])
                invs = [self.new_invoice(p, day) for _ in range(m)]
                alloc += [(i, i["amount_residual"]) for i in invs]
                self.add_tx(run, p, invs, sum(i["amount_residual"] for i in invs),
                            " ".join(i.get("creditor_reference", i["number"]) if r.random() < 0.5 else i["number"] for i in invs))
            ops = len(run["tx"])
            st = "LIB" if r.random() < 0.6 else "Q"
            det = [("LIB", "/REMISE @RUN" + str(id(run)))] if st == "LIB" else [("REF", "@RUN" + str(id(run)))]
            self.add_move(day, "06", "0159", "REMISE VIREMENTS %d OPERATIONS" % ops, det,
                          -sum(a for _, a in alloc), scen, [(i["id"], a) for i, a in alloc])
            self.movements[-1]["run"] = run
            return
        p = self.pick_partner("supplier")
        if scen in ("s_transfer_single", "s_transfer_grouped", "s_partial"):
            run = self.run_for(day, False)
            if scen == "s_transfer_grouped":
                invs = [self.new_invoice(p, day) for _ in range(r.choice([2, 2, 3, 4, 4]))]
                alloc = [(i, i["amount_residual"]) for i in invs]
                motif = " ".join(i["number"] for i in invs)
                lcs = None
            elif scen == "s_partial":
                inv = self.new_invoice(p, day, part_paid=False)
                k = r.choice([2, 3])
                alloc = [(inv, inv["amount_residual"] // k)]
                motif = "%s ECHEANCE 1/%d" % (inv["number"], k)
                invs = [inv]
                lcs = None
            else:
                inv = self.new_invoice(p, day)
                alloc = [(inv, inv["amount_residual"])]
                motif = inv["number"]
                invs = [inv]
                lcs = inv.get("creditor_reference") if r.random() < 0.7 else None
            tx = self.add_tx(run, p, invs, sum(a for _, a in alloc), motif)
            self.debit_transfer(day, scen, p, alloc, motif, run, tx, lcs)
        elif scen == "s_sdd":
            inv = self.new_invoice(p, day)
            name = self.name_variant(p["name"])
            num = inv["number"]
            rcn = p["_rum"][-6:] + "".join(c for c in num if c.isalnum())
            motif = r.choice(["ECHEANCE " + num, "FACTURE " + num, num,
                              "ECHEANCE %02d/%d CONTRAT %06d" % (self.start.month, self.start.year, r.randrange(10 ** 6))])
            st = self.style("s") if r.random() < 0.9 else "none"
            det = []
            if st == "Q":
                det = [("NBE", name), ("IBE", "%-35sSEPA" % ("FR%02dZZZ%06d" % (r.randrange(10, 99), r.randrange(10 ** 6))))]
                det += self.motif_lines("Q", "LCC", motif)
                det += [("RCN", rcn), ("RUM", "%-35sRCUR" % p["_rum"])]
            elif st == "LIB":
                det = [("LIB", "/POUR " + name)] + self.motif_lines("LIB", "MOTIF", motif)
                det += [("LIB", "/REF " + rcn), ("LIB", "/MANDAT " + p["_rum"])]
            self.add_move(day, "B1", "0180", "PRLV SEPA " + bank_text(p["name"]), det,
                          -inv["amount_residual"], scen, [(inv["id"], inv["amount_residual"])])
        elif scen == "s_card":
            inv = self.new_invoice(p, day)
            d = self.start + dt.timedelta(days=day)
            shop = r.choice(CARD_BRANDS) if r.random() < 0.45 else bank_text(p["name"])[:18].rstrip()
            self.add_move(day, "11", "0233", "CB %s %02d%02d" % (shop, d.day, d.month), [],
                          -inv["amount_residual"], scen, [(inv["id"], inv["amount_residual"])])

    def gen_unrelated(self, scen, day):
        r = self.rng
        d = self.start + dt.timedelta(days=day)
        if scen == "u_bank_fee":
            lab, amt = r.choice([("COTISATION CARTE BUSINESS", r.choice([350, 2400, 4500])),
                                 ("COMMISSION INTERVENTION", 500), ("FRAIS TENUE DE COMPTE", r.choice([1200, 1850, 2900])),
                                 ("FRAIS VIREMENT INTERNATIONAL", r.choice([1500, 2000, 2500]))])
            self.add_move(day, "62", "0117", lab, [], -amt, scen, [], category="bank_fee")
        elif scen == "u_agios":
            self.add_move(day, "61", "0201", "INTERETS DEBITEURS ARRETE", [], -r.randrange(1000, 25000), scen, [], category="interest")
        elif scen == "u_card_expense":
            lab = "CB %s %s %02d%02d" % (r.choice(CARD_EXPENSES), bank_text(r.choice(CITIES)), d.day, d.month)
            if len(lab) > 31:
                lab = lab[:26].rstrip() + " %02d%02d" % (d.day, d.month)
            self.add_move(day, "11", "0233", lab, [], -r.randrange(300, 25000), scen, [], category="expense")
        elif scen == "u_salary":
            self.sal += 1
            who = bank_text(r.choice(FIRST_NAMES) + " " + r.choice(SURNAMES))
            m = "SALAIRE %02d/%d" % (d.month, d.year)
            st = self.style("s")
            if st == "Q":
                det = [("NBE", who), ("LCC", m), ("RCN", "SAL-%08d" % self.sal)]
            elif st == "LIB":
                det = [("LIB", "/POUR " + who), ("LIB", "/MOTIF " + m), ("LIB", "/REF SAL-%08d" % self.sal)]
            else:
                det = []
            self.add_move(day, "06", "0159", "VIR SEPA EMIS /A " + who, det, -r.randrange(180000, 520000), scen, [], category="salary")
        elif scen == "u_tax":
            org = r.choice(["URSSAF ILE DE FRANCE", "DGFIP TVA", "DGFIP", "AG2R LA MONDIALE"])
            m = "%s %s ECHEANCE %02d%d" % (org.split()[0], r.choice(["TVA", "IMPOT", "COTISATIONS"]), d.month, d.year)
            mdt = "MDT%010d" % r.randrange(10 ** 10)
            if r.random() < 0.7:
                det = [("NBE", org), ("IBE", "%-35sSEPA" % ("FR%02dZZZ%06d" % (r.randrange(10, 99), r.randrange(10 ** 6)))),
                       ("LCC", m), ("RCN", "NOTPROVIDED"), ("RUM", "%-35sRCUR" % mdt)]
            else:
                det = [("LIB", "/POUR " + org), ("LIB", "/MOTIF " + m), ("LIB", "/MANDAT " + mdt)]
            self.add_move(day, "B1", "0180", "PRLV SEPA " + org, det, -r.randrange(100000, 3000000), scen, [], category="tax_social")
        elif scen == "u_treasury":
            code, ic = r.choice([("14", "0171"), ("13", "0170")])
            amt = r.randrange(500000, 3000000) * (1 if code == "13" and r.random() < 0.5 else -1)
            self.add_move(day, code, ic, "VIR TRESORERIE INTERNE", [], amt, scen, [], category="internal_transfer")
        elif scen == "u_unknown_credit":
            who = bank_text(r.choice(FIRST_NAMES) + " " + r.choice(SURNAMES))
            st = self.style("c")
            m = r.choice(["DON", "CAUTION", "REMBOURSEMENT", ""])
            if st == "Q":
                det = [("NPY", who)] + ([("LCC", m)] if m else []) + [("RCN", "NOTPROVIDED")]
            elif st == "LIB":
                det = [("LIB", "/DE " + who)] + ([("LIB", "/MOTIF " + m)] if m else [])
            else:
                det = []
            self.add_move(day, "05", "0158", "VIR SEPA RECU /DE " + who, det, r.choice([60000, 100000, cents(r.uniform(50, 5000))]),
                          scen, [], category="unknown")

    # ---------------- main -----------------
    def generate(self):
        r = self.rng
        names = list(SCENARIO_WEIGHTS)
        weights = [SCENARIO_WEIGHTS[k] for k in names]
        target = self.a.movements
        # seed partners so the first movements already see a small ledger
        for _ in range(2):
            self.pick_partner("customer", 1.0)
            self.pick_partner("supplier", 1.0)
        while len(self.movements) < target:
            scen = r.choices(names, weights)[0]
            day = r.randrange(self.a.days)
            if scen.startswith("c_"):
                self.gen_customer(scen, day)
            elif scen.startswith("s_"):
                self.gen_supplier(scen, day)
            else:
                self.gen_unrelated(scen, day)
        del self.movements[target:]
        # unpaid distractors
        matched = {m[0] for mv in self.movements for m in mv["matches"]}
        live = [i for i in self.invoices if i["id"] in matched]
        ncust = sum(1 for i in live if i["kind"] == "customer")
        n_unpaid = int(round(self.a.unpaid_ratio * len(live)))
        for _ in range(n_unpaid):
            kind = "customer" if r.random() < ncust / max(1, len(live)) else "supplier"
            p = self.pick_partner(kind, self.a.new_partner_prob * 0.5)
            if kind == "customer" and r.random() < 0.01:
                self.new_invoice(p, r.randrange(self.a.days), credit_note=True)
            else:
                self.new_invoice(p, r.randrange(self.a.days))
        # drop invoices of truncated scenarios (cut by del above)
        keep = matched | {i["id"] for i in self.invoices[len(self.invoices) - n_unpaid:]}
        self.invoices = [i for i in self.invoices if i["id"] in keep]
        # order movements: by day, shuffled within the day
        for mv in self.movements:
            mv["k"] = r.random()
        self.movements.sort(key=lambda m: (m["day"], m["k"]))
        # payment run ids (only runs still used)
        used = []
        seen = set()
        for mv in self.movements:
            run = mv.get("run")
            if run is not None and id(run) not in seen:
                seen.add(id(run))
                used.append(run)
        order = list(range(1, len(used) + 1))
        r.shuffle(order)
        rid = {}
        for run, n in zip(used, order):
            d = self.start + dt.timedelta(days=run["day"])
            run["id"] = "PMT%s-%04d" % (d.strftime("%Y%m%d"), n)
            rid["@RUN" + str(id(run))] = run["id"]
        for mv in self.movements:
            run = mv.get("run")
            if run is not None:
                tag = "@RUN" + str(id(run))
                mv["details"] = [(q, t.replace(tag, run["id"])) for q, t in mv["details"]]
        self.used_runs = used

    # ---------------- writers -----------------
    def write(self, out):
        os.makedirs(out, exist_ok=True)
        acc = self.company["accounts"][0]
        bank, desk, accno = acc["bank_code"], acc["desk_code"], acc["account_number"]
        lines = []
        bal = cents(self.rng.uniform(5000, 20000))
        by_day = {}
        for i, mv in enumerate(self.movements):
            by_day.setdefault(mv["day"], []).append((i + 1, mv))
        hdr = "%s    %sEUR2 %s  " % (bank, desk, accno)
        for day in range(self.a.days):
            d = self.start + dt.timedelta(days=day)
            prev = d - dt.timedelta(days=1)
            lines.append(("01" + hdr + prev.strftime("%d%m%y")).ljust(90) + cfonb_amount(bal) + " " * 16)
            for k, mv in by_day.get(day, []):
                ic, code = mv["icode"], mv["code"]
                head = "%s%s%sEUR2 %s%s%s" % (bank, ic, desk, accno, code, d.strftime("%d%m%y"))
                vd = d + dt.timedelta(days=self.rng.choice([0, 0, -1, 1, -2]) if code in ("05", "C2", "06") else 0)
                lines.append("04" + head + "  " + vd.strftime("%d%m%y") + mv["label"].ljust(31)[:31] + "  "
                             + "%07d" % (k % 10 ** 7) + "0 " + cfonb_amount(mv["amount"])
                             + (d.strftime("%y%m%d") + "%08d" % k).ljust(16))
                for q, t in mv["details"]:
                    lines.append(("05" + head + "     " + q + t).ljust(120)[:120])
                bal += mv["amount"]
            lines.append(("07" + hdr + d.strftime("%d%m%y")).ljust(90) + cfonb_amount(bal) + " " * 16)
        with open(os.path.join(out, "statement.cfonb"), "w", encoding="latin-1", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

        def pub(p):
            return {k: v for k, v in sorted(p.items()) if not k.startswith("_")}
        with open(os.path.join(out, "invoices.json"), "w", encoding="utf-8") as f:
            f.write('{\n"company": %s,\n"as_of": "%s",\n"partners": [\n' % (
                json.dumps(self.company, ensure_ascii=False, sort_keys=True), self.start.isoformat()))
            used_p = {i["partner"] for i in self.invoices}
            ps = [p for p in self.partners if p["id"] in used_p]
            ps.sort(key=lambda p: (p["kind"] != "customer", p["id"]))
            f.write(",\n".join(json.dumps(pub(p), ensure_ascii=False) for p in ps))
            f.write('\n],\n"invoices": [\n')
            invs = sorted(self.invoices, key=lambda i: i["id"])
            rows = []
            for i in invs:
                j = dict(i)
                j["amount_residual"] = money(i["amount_residual"])
                j["amount_total"] = money(i["amount_total"])
                rows.append(json.dumps(j, ensure_ascii=False, sort_keys=True))
            f.write(",\n".join(rows) + "\n]\n}\n")

        # pain.001.001.03
        runs = sorted(self.used_runs, key=lambda r: r["id"])
        ntx = sum(len(r["tx"]) for r in runs)
        tot = sum(tx["amount"] for r in runs for tx in r["tx"])
        x = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
             '<CstmrCdtTrfInitn><GrpHdr><MsgId>JFD-PAIN-%d</MsgId><CreDtTm>%sT09:00:00</CreDtTm><NbOfTxs>%d</NbOfTxs><CtrlSum>%s</CtrlSum><InitgPty><Nm>%s</Nm></InitgPty></GrpHdr>'
             % (self.a.seed, self.start.isoformat(), ntx, money(tot), escape(self.company["name"]))]
        for run in runs:
            d = self.start + dt.timedelta(days=run["day"])
            parts = ['<PmtInf><PmtInfId>%s</PmtInfId><PmtMtd>TRF</PmtMtd><BtchBookg>%s</BtchBookg><NbOfTxs>%d</NbOfTxs><CtrlSum>%s</CtrlSum>'
                     '<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf><ReqdExctnDt>%s</ReqdExctnDt><Dbtr><Nm>%s</Nm></Dbtr>'
                     '<DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BIC>%s</BIC></FinInstnId></DbtrAgt><ChrgBr>SLEV</ChrgBr>'
                     % (run["id"], "true" if run["batch"] else "false", len(run["tx"]), money(sum(t["amount"] for t in run["tx"])),
                        d.isoformat(), escape(self.company["name"]), acc["iban"], acc["bic"])]
            for tx in run["tx"]:
                p = tx["p"]
                parts.append('<CdtTrfTxInf><PmtId><InstrId>INS%08d</InstrId><EndToEndId>JFD-E2E-%08d</EndToEndId></PmtId>'
                             '<Amt><InstdAmt Ccy="EUR">%s</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>%s</BIC></FinInstnId></CdtrAgt>'
                             '<Cdtr><Nm>%s</Nm></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct><RmtInf><Ustrd>%s</Ustrd></RmtInf></CdtTrfTxInf>'
                             % (tx["n"], tx["n"], money(tx["amount"]), p["bic"], escape(p["name"]), p["iban"], escape(tx["ustrd"][:140])))
            parts.append("</PmtInf>")
            x.append("".join(parts))
        x.append("</CstmrCdtTrfInitn>\n</Document>\n")
        with open(os.path.join(out, "pain001.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(x))

        counts = {}
        for mv in self.movements:
            counts[mv["scenario"]] = counts.get(mv["scenario"], 0) + 1
        files = {"cfonb": "statement.cfonb", "invoices": "invoices.json", "pain001_03": "pain001.xml", "truth": "truth.json"}
        with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
            f.write('{\n"format": "lettering-truth/1",\n"generator": "%s",\n"seed": %d,\n"files": %s,\n' % (
                GENERATOR, self.a.seed, json.dumps(files, sort_keys=True)))
            f.write('"movement_key": "1-based ordinal of the 04 record in the CFONB file",\n')
            f.write('"amount_convention": "match.amount = amount allocated to the invoice (negative for a credit note); '
                    'movement |amount| = sum(match.amount) - writeoff for credits, = sum(match.amount) for debits",\n')
            f.write('"scenario_counts": %s,\n"matches": [\n' % json.dumps(dict(sorted(counts.items()))))
            rows = []
            for k, mv in enumerate(self.movements, 1):
                for iid, a in mv["matches"]:
                    rows.append(json.dumps({"amount": money(a), "invoice": iid, "movement": k}, sort_keys=True))
            f.write(",\n".join(rows) + '\n],\n"movements": [\n')
            rows = []
            for k, mv in enumerate(self.movements, 1):
                d = self.start + dt.timedelta(days=mv["day"])
                j = {"amount": money(mv["amount"]), "code": mv["code"], "date": d.isoformat(), "movement": k,
                     "scenario": mv["scenario"]}
                if mv["category"]:
                    j["category"] = mv["category"]
                if mv["writeoff"]:
                    j["writeoff"] = money(mv["writeoff"])
                rows.append(json.dumps(j, sort_keys=True))
            f.write(",\n".join(rows) + "\n]\n}\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--movements", type=int, default=300)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    ap.add_argument("--days", type=int, default=20)
    ap.add_argument("--start", default="2025-03-03")
    ap.add_argument("--new-partner-prob", type=float, default=0.18)
    ap.add_argument("--unpaid-ratio", type=float, default=0.25)
    args = ap.parse_args(argv)
    if args.movements < 1 or args.days < 1:
        ap.error("--movements and --days must be positive")
    t0 = time.time()
    g = Gen(args)
    g.generate()
    g.write(args.out)
    sys.stderr.write("%d movements, %d invoices, %d partners, %d runs in %.1fs\n" % (
        len(g.movements), len(g.invoices), len({i["partner"] for i in g.invoices}), len(g.used_runs), time.time() - t0))


if __name__ == "__main__":
    main()
