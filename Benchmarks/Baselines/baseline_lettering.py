#!/usr/bin/env python3
"""Rule-based lettering anchor: match CFONB bank movements to open items.

    baseline_lettering.py DIR_OR_FILES... -o predicted.json

Inputs: a scenario directory (statement.cfonb, invoices.json, pain001*.xml), or
the files themselves (any order; recognised by extension / name).

Rules, first that fires wins (items are never consumed; ledger is static):
 1. reference: a token of the 04 label or the 05 texts (or two adjacent tokens,
    e.g. "FA2025 00172") ends with an open item's number, case and separators
    ignored (a supplier RF ends with the number, so it is found too). Every such
    item on the movement's side (customer items for credits, supplier items for
    debits) is matched; when one number hits several items, those of a partner
    named in the texts are preferred. One item: allocated = min(residual,
    amount) (residual when the gap is a small write-off). Several: allocated =
    residual (credit notes negative), completed by the one other item of the same
    partner worth the remainder, accepted only when the sum equals the amount
    (small write-off tolerated).
 2. payment run: a debit whose text contains the id of a batch-booked payment
    run of pain001 is matched to that run's items, found through the invoice
    numbers of each transfer's remittance information.
 3. name + amount: names come from NPY/NBE, LIB/DE, LIB/POUR and the label
    after its fixed prefix; a name designates the partners whose normalised name
    starts with it (whole words, at least two). If exactly one of their open
    items has residual == |amount|, match it; if none has, match the unique
    group of 2..6 of their items (24 newest) summing to the amount.
Output: {"matches": [{"movement", "invoice", "amount"}]}. Standard library only.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = "{urn:iso:std:iso:20022:tech:xsd:pain.001.001.03}"
OVERPUNCH = {c: (i, 1) for i, c in enumerate("{ABCDEFGHI")}
OVERPUNCH.update({c: (i, -1) for i, c in enumerate("}JKLMNOPQR")})
MIN_REF = 4
MAX_GROUP = 6
SUBSET_POOL = 24
LABEL_PREFIXES = ("VIR SEPA RECU /DE ", "VIR INTERNATIONAL RECU ", "VIR SEPA EMIS /A ", "PRLV SEPA ")


def unique_subset(pool, target):
    """The one subset (2..MAX_GROUP items) of pool summing to target, or None (none or several)."""
    pool = sorted(pool, key=lambda it: it["id"])[-SUBSET_POOL:]
    half = len(pool) // 2
    left, right = pool[:half], pool[half:]

    def sums(part):
        acc = {}
        def rec(i, n, s, chosen):
            if s > target:
                return
            key = s
            lst = acc.setdefault(key, [])
            if len(lst) < 2:
                lst.append((n, chosen))
            for j in range(i, len(part)):
                if n < MAX_GROUP:
                    rec(j + 1, n + 1, s + part[j]["res"], chosen + (j,))
        rec(0, 0, 0, ())
        return acc
    ls, rs = sums(left), sums(right)
    found = []
    for s, lst in ls.items():
        other = rs.get(target - s)
        if not other:
            continue
        for n1, c1 in lst:
            for n2, c2 in other:
                if 2 <= n1 + n2 <= MAX_GROUP:
                    found.append([left[j] for j in c1] + [right[j] for j in c2])
                    if len(found) > 1:
                        return None
    return found[0] if found else None


def norm_text(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.upper().replace("&", " ET ")
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", s).split())


def norm_ref(s):
    return re.sub(r"[^A-Z0-9]", "", s.upper())


def parse_amount(field):
    digits, last = field[:-1], field[-1]
    d, sign = OVERPUNCH.get(last, (int(last) if last.isdigit() else 0, 1))
    return sign * int(digits + str(d))


def parse_cfonb(path):
    moves = []
    with open(path, encoding="latin-1") as f:
        data = f.read()
    lines = data.split("\n") if "\n" in data else [data[i:i + 120] for i in range(0, len(data), 120)]
    for line in lines:
        line = line.rstrip("\r")
        if line.startswith("04"):
            moves.append({"amount": parse_amount(line[90:104]), "label": line[48:79].rstrip(), "details": []})
        elif line.startswith("05") and moves:
            moves[-1]["details"].append((line[45:48], line[48:118].rstrip()))
    return moves


def movement_texts(mv):
    """Label plus 05 texts; continuation records (LC2 / wrapped LIB) are glued to the previous text."""
    texts = [mv["label"]]
    prev_q, cur = None, None
    for q, t in mv["details"]:
        cont = (q == "LC2" and prev_q in ("LCC", "LC2")) or (q == "LIB" and prev_q == "LIB" and not t.startswith("/"))
        if cont and cur is not None:
            cur += t
        else:
            if cur is not None:
                texts.append(cur)
            cur = t if q == "LIB" else q + " " + t
        prev_q = q
    if cur is not None:
        texts.append(cur)
    return texts


def load_inputs(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += [os.path.join(p, f) for f in sorted(os.listdir(p))]
        else:
            files.append(p)
    cfonb = inv = None
    pains = []
    for f in files:
        b = os.path.basename(f)
        if b.endswith(".cfonb") or b.endswith(".cfo"):
            cfonb = f
        elif b == "invoices.json":
            inv = f
        elif b.startswith("pain001") and b.endswith(".xml") and "09" not in b:
            pains.append(f)
    if not cfonb or not inv:
        sys.exit("need statement.cfonb and invoices.json")
    return cfonb, inv, pains


def load_runs(pains):
    runs = {}
    for f in pains:
        root = ET.parse(f).getroot()
        for pi in root.iter(NS + "PmtInf"):
            rid = pi.findtext(NS + "PmtInfId")
            batch = (pi.findtext(NS + "BtchBookg") or "").strip() == "true"
            txs = []
            for tx in pi.iter(NS + "CdtTrfTxInf"):
                rmt = tx.find(NS + "RmtInf")
                txs.append({"ustrd": " ".join(t.strip() for t in rmt.itertext()) if rmt is not None else "",
                            "name": tx.findtext(NS + "Cdtr/" + NS + "Nm") or ""})
            runs[rid] = {"batch": batch, "tx": txs}
    return runs


def cents(s):
    neg = s.startswith("-")
    a, _, b = s.lstrip("-").partition(".")
    v = int(a) * 100 + int((b + "00")[:2])
    return -v if neg else v


def money(c):
    return "%s%d.%02d" % ("-" if c < 0 else "", abs(c) // 100, abs(c) % 100)


def small_gap(res, amt):
    gap = res - amt
    return 0 < gap <= max(300, res * 3 // 100) and gap <= 3000


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args(argv)
    cfonb, invf, pains = load_inputs(a.inputs)
    moves = parse_cfonb(cfonb)
    data = json.load(open(invf, encoding="utf-8"))
    runs = load_runs(pains)

    items = {}
    by_num = {"customer": {}, "supplier": {}}
    by_partner = {}
    for i in data["invoices"]:
        it = {"id": i["id"], "kind": i["kind"], "partner": i["partner"], "res": cents(i["amount_residual"]),
              "cn": i.get("type") == "credit_note"}
        items[i["id"]] = it
        by_num[i["kind"]].setdefault(norm_ref(i["number"]), []).append(it)
        by_partner.setdefault(i["partner"], []).append(it)
    by_name = {"customer": {}, "supplier": {}}
    for p in data["partners"]:
        by_name[p["kind"]].setdefault(norm_text(p["name"]), []).append(p["id"])

    prefix_index = {"customer": {}, "supplier": {}}
    for p in data["partners"]:
        w = norm_text(p["name"]).split()
        for j in range(2, len(w) + 1):
            prefix_index[p["kind"]].setdefault(" ".join(w[:j]), set()).add(p["id"])

    def partners_named(side, texts, details):
        """Names from NPY/NBE, LIB/DE, LIB/POUR and the label (after its fixed prefix); a name matches the
        partners whose normalised name starts with it (whole words, at least two)."""
        cands = []
        lab = texts[0]
        for pre in LABEL_PREFIXES:
            if lab.startswith(pre):
                cands.append(lab[len(pre):])
                break
        for q, t in details:
            if q in ("NPY", "NBE"):
                cands.append(t)
            elif q == "LIB" and (t.startswith("/DE ") or t.startswith("/POUR ")):
                cands.append(t.split(" ", 1)[1] if " " in t else "")
        pids = set()
        for c in cands:
            n = norm_text(c)
            if n.endswith(" ET ASS"):
                n += "OCIES"
            pids |= prefix_index[side].get(n, set())
        return pids

    out = []
    for k, mv in enumerate(moves, 1):
        amt = mv["amount"]
        side = "customer" if amt > 0 else "supplier"
        amt = abs(amt)
        texts = movement_texts(mv)
        named = partners_named(side, texts, mv["details"])
        # rule 1: references (a token, or two adjacent tokens, ends with an item number)
        found = {}
        for t in texts:
            toks = [norm_ref(x) for x in t.split()]
            toks = [x for x in toks if x]
            cands = toks + [toks[j] + toks[j + 1] for j in range(len(toks) - 1)]
            for c in cands:
                for s0 in range(0, max(1, len(c) - MIN_REF + 1)):
                    hits = by_num[side].get(c[s0:])
                    if hits:
                        if len(hits) > 1 and named:
                            hits = [it for it in hits if it["partner"] in named] or hits
                        for it in hits:
                            found[it["id"]] = it
        res = []
        if len(found) == 1:
            it = next(iter(found.values()))
            alloc = it["res"] if (it["res"] <= amt or small_gap(it["res"], amt)) else amt
            res = [(it["id"], -alloc if it["cn"] else alloc)]
        elif found:
            alloc = [(it["id"], -it["res"] if it["cn"] else it["res"]) for it in found.values()]
            tot = sum(x for _, x in alloc)
            if tot < amt and not small_gap(amt, tot):
                # complete with the one other open item of the same partner(s) worth the remainder
                ps = {it["partner"] for it in found.values()}
                extra = [it for pid in ps for it in by_partner.get(pid, ()) if it["id"] not in found
                         and it["res"] == amt - tot and not it["cn"]]
                if len(extra) == 1:
                    alloc.append((extra[0]["id"], extra[0]["res"]))
                    tot = amt
            if tot == amt or small_gap(tot, amt):
                res = alloc
        # rule 2: batch payment run
        if not res and side == "supplier":
            blob = " ".join(texts)
            for rid in re.findall(r"PMT\d{8}-\d{4}", blob):
                run = runs.get(rid)
                if run and run["batch"]:
                    seen = {}
                    for tx in run["tx"]:
                        for tok in tx["ustrd"].split():
                            c = norm_ref(tok)
                            for s0 in range(0, max(1, len(c) - MIN_REF + 1)):
                                for it in by_num["supplier"].get(c[s0:], ()):
                                    seen[it["id"]] = it
                    res = [(it["id"], it["res"]) for it in seen.values()]
                    break
        # rule 3: named partner + exact residual, else a unique group of its items summing to the amount
        if not res and named:
            pool = [it for pid in named for it in by_partner.get(pid, ()) if it["kind"] == side and not it["cn"]]
            hits = [it for it in pool if it["res"] == amt]
            if len(hits) == 1:
                res = [(hits[0]["id"], hits[0]["res"])]
            elif not hits:
                grp = unique_subset([it for it in pool if it["res"] < amt], amt)
                if grp:
                    res = [(it["id"], it["res"]) for it in grp]
        for iid, x in res:
            out.append({"movement": k, "invoice": iid, "amount": money(x)})
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump({"matches": out}, f, indent=0)
        f.write("\n")
    sys.stderr.write("%d movements, %d matches\n" % (len(moves), len(out)))


if __name__ == "__main__":
    main()
