#!/usr/bin/env python3
"""Reads an Obole report back with tools other than Obole and prints its totals as JSON (minor units).

    check_export.py csv DIR --style en|fr
    check_export.py xlsx FILE
    check_export.py pdf FILE --decimal-mark . | ,
    check_export.py fec FILE [--siren NNNNNNNNN]

Every check that fails is printed on stderr and the exit code is 1. The totals printed are those each format allows
one to read: sales, gross, vat, net_of_vat, fees, payout, received, owed (amounts in cents of the book currency).
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def cents(value):
    """A decimal amount (text with '.' or a number) as whole cents, refusing anything finer."""
    d = Decimal(str(value))
    c = d * 100
    check(c == c.to_integral_value(), "amount %s has more than two decimals" % value)
    return int(c)


def finish(totals):
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        sys.exit(1)
    print(json.dumps(totals, sort_keys=True))
    sys.exit(0)


SUMMARY_ROWS = {
    "Sales": "sales",
    "Gross (buyer price)": "gross",
    "VAT": "vat",
    "Net of VAT": "net_of_vat",
    "Provider fees": "fees",
    "Payout": "payout",
    "Payouts received": "received",
    "Receivable from providers at the end of the period": "owed",
    "Still owed by the providers' statements, today": "owed_statements",
}


# --- CSV ---------------------------------------------------------------------------------------------------------

def read_csv(path, style):
    raw = open(path, "rb").read()
    if style == "fr":
        check(raw.startswith(b"\xef\xbb\xbf"), "%s: a French CSV starts with a UTF-8 byte-order mark" % path)
        text = raw.decode("utf-8-sig")
        delimiter = ";"
    else:
        check(not raw.startswith(b"\xef\xbb\xbf"), "%s: an English CSV has no byte-order mark" % path)
        text = raw.decode("utf-8")
        delimiter = ","
    check("\r\n" in text or text.count("\n") <= 1, "%s: lines end with CRLF" % path)
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    check(len(rows) >= 1, "%s: a header line" % path)
    width = len(rows[0])
    for i, row in enumerate(rows):
        check(len(row) == width, "%s line %d: %d fields, the header has %d" % (path, i + 1, len(row), width))
    return rows


def csv_amount(text, style):
    if style == "fr":
        check(re.fullmatch(r"-?\d+,\d{2}", text) is not None, "French CSV amount %r: decimal comma, no grouping" % text)
        return cents(text.replace(",", "."))
    check(re.fullmatch(r"-?\d+\.\d{2}", text) is not None, "English CSV amount %r: decimal point, no grouping" % text)
    return cents(text)


def column_sum(rows, header, style):
    index = rows[0].index(header)
    return sum(csv_amount(r[index], style) for r in rows[1:])


def check_csv(folder, style):
    expected = ["report", "summary", "channels", "providers", "products", "statements", "balances", "owed",
                "payouts", "daily", "reconciliation", "discrepancies"]
    for name in expected:
        check(os.path.exists(os.path.join(folder, name + ".csv")), "%s.csv is missing" % name)
    summary = read_csv(os.path.join(folder, "summary.csv"), style)
    check(summary[0][0] == "Figure", "summary.csv: first header is Figure")
    totals = {}
    for row in summary[1:]:
        key = SUMMARY_ROWS.get(row[0])
        if key == "sales":
            totals[key] = int(row[1])
        elif key:
            totals[key] = csv_amount(row[1], style)
    channels = read_csv(os.path.join(folder, "channels.csv"), style)
    for header, key in (("Gross (buyer price)", "gross"), ("VAT", "vat"), ("Net of VAT", "net_of_vat"),
                        ("Provider fees", "fees"), ("Payout", "payout")):
        check(column_sum(channels, header, style) == totals[key], "channels.csv: %s adds up to the summary" % header)
        for table in ("providers", "products"):
            rows = read_csv(os.path.join(folder, table + ".csv"), style)
            check(column_sum(rows, header, style) == totals[key], "%s.csv: %s adds up to the summary" % (table, header))
    sales_index = channels[0].index("Sales")
    check(sum(int(r[sales_index]) for r in channels[1:]) == totals["sales"], "channels.csv: sales add up")
    daily = read_csv(os.path.join(folder, "daily.csv"), style)
    check(column_sum(daily, "Total", style) == totals["gross"], "daily.csv: the days add up to the gross")
    date_pattern = r"\d{2}/\d{2}/\d{4}" if style == "fr" else r"\d{4}-\d{2}-\d{2}"
    for r in daily[1:]:
        check(re.fullmatch(date_pattern, r[1]) is not None, "daily.csv: date %r in the %s format" % (r[1], style))
    balances = read_csv(os.path.join(folder, "balances.csv"), style)
    check(column_sum(balances, "Owed at the end", style) == totals["owed"], "balances.csv: owed adds up")
    check(column_sum(balances, "Payouts received", style) == totals["received"], "balances.csv: received adds up")
    owed = read_csv(os.path.join(folder, "owed.csv"), style)
    if "owed_statements" in totals:
        check(column_sum(owed, "Owed", style) == totals["owed_statements"], "owed.csv: adds up to the summary")
    for row in balances[1:]:
        opening, earned, received, closing = (csv_amount(x, style) for x in row[2:6])
        check(opening + earned - received == closing, "balances.csv: %s: start + earned - received = end" % row[1])
    return totals


# --- XLSX --------------------------------------------------------------------------------------------------------

def check_xlsx(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    for expected in ("Report", "Summary", "Revenue per channel", "Revenue per provider", "Revenue per product",
                     "Provider statements", "Receivable per provider", "What each provider still owes",
                     "Payouts received", "Gross per day and channel", "Reconciliation", "Open discrepancies"):
        check(expected in names, "XLSX: sheet %r is missing (sheets: %s)" % (expected, names))
    for ws in book.worksheets:
        check(ws.freeze_panes == "A2", "XLSX %s: the header row is frozen (got %r)" % (ws.title, ws.freeze_panes))
        check(bool(ws.auto_filter.ref), "XLSX %s: the header row has an autofilter" % ws.title)
        for cell in ws[1]:
            check(isinstance(cell.value, str) and cell.value, "XLSX %s: header %s is text" % (ws.title, cell.coordinate))
        for col in range(1, ws.max_column + 1):
            letter = openpyxl.utils.get_column_letter(col)
            width = ws.column_dimensions[letter].width
            check(width is not None and width >= 8, "XLSX %s: column %s has a width set" % (ws.title, letter))

    def header_index(ws, header):
        for cell in ws[1]:
            if cell.value == header:
                return cell.column
        check(False, "XLSX %s: no column %r" % (ws.title, header))
        return None

    def money_sum(ws, header):
        col = header_index(ws, header)
        total = 0
        for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell = row[0]
            check(isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool),
                  "XLSX %s %s: an amount stored as a number, got %r" % (ws.title, cell.coordinate, cell.value))
            check("0.00" in cell.number_format, "XLSX %s %s: an amount has a number format with two decimals (%r)"
                  % (ws.title, cell.coordinate, cell.number_format))
            total += round(cell.value * 100)
        return total

    summary = book["Summary"]
    totals = {}
    for row in summary.iter_rows(min_row=2):
        key = SUMMARY_ROWS.get(row[0].value)
        if key == "sales":
            check(isinstance(row[1].value, int), "XLSX Summary: the count of sales is a whole number")
            totals[key] = int(row[1].value)
        elif key:
            check(isinstance(row[1].value, (int, float)), "XLSX Summary: %s is a number" % row[0].value)
            totals[key] = round(row[1].value * 100)
    for sheet in ("Revenue per channel", "Revenue per provider", "Revenue per product"):
        ws = book[sheet]
        for header, key in (("Gross (buyer price)", "gross"), ("VAT", "vat"), ("Net of VAT", "net_of_vat"),
                            ("Provider fees", "fees"), ("Payout", "payout")):
            check(money_sum(ws, header) == totals[key], "XLSX %s: %s adds up to the summary" % (sheet, header))
    daily = book["Gross per day and channel"]
    check(money_sum(daily, "Total") == totals["gross"], "XLSX daily: the days add up to the gross")
    date_col = header_index(daily, "Date")
    for row in daily.iter_rows(min_row=2, min_col=date_col, max_col=date_col):
        check(isinstance(row[0].value, datetime.datetime), "XLSX daily %s: a date stored as a date" % row[0].coordinate)
    check(len(daily._charts) >= 1, "XLSX daily: carries a chart")
    products = book["Revenue per product"]
    rate_col = header_index(products, "VAT rate")
    for row in products.iter_rows(min_row=2, min_col=rate_col, max_col=rate_col):
        check(isinstance(row[0].value, float) and row[0].number_format.endswith("%"),
              "XLSX products %s: a VAT rate stored as a percentage" % row[0].coordinate)
    return totals


# --- PDF ---------------------------------------------------------------------------------------------------------

def pdf_amount(text, mark):
    t = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "").replace("EUR", "")
    if mark == ",":
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    if t.startswith("(") and t.endswith(")"):
        t = "-" + t[1:-1]
    return cents(t)


def check_pdf(path, mark):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    check(re.search(r"^Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info, re.M) is not None,
          "PDF: A4 pages (%s)" % info)
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    per_page = text.split("\f")
    for n in range(1, pages + 1):
        check(("Page %d of %d" % (n, pages)) in per_page[n - 1], "PDF page %d: says 'Page %d of %d'" % (n, n, pages))
    totals = {}
    summary = text[text.index("Summary"):]
    for label, key in SUMMARY_ROWS.items():
        m = re.search(r"^\s*" + re.escape(label) + r"\s{2,}(\S.*?)\s*$", summary, re.M)
        if not check(m is not None, "PDF: the summary has a %r line" % label):
            continue
        value = m.group(1)
        if key == "sales":
            totals[key] = int(re.sub(r"[^\d]", "", value))
        else:
            totals[key] = pdf_amount(value, mark)
    for heading in ("Revenue per channel", "Revenue per provider", "Revenue per product", "Reconciliation",
                    "Receivable per provider", "What each provider still owes", "Open discrepancies"):
        check(heading in text, "PDF: a %r section" % heading)
    check(("Revenue per day and channel" in text), "PDF: the revenue chart")
    return dict(totals, pages=pages)


# --- FEC ---------------------------------------------------------------------------------------------------------

FEC_COLUMNS = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
               "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
               "ValidDate", "Montantdevise", "Idevise"]


def fec_date(text, where):
    ok = re.fullmatch(r"\d{8}", text) is not None
    if ok:
        try:
            datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            ok = False
    check(ok, "FEC %s: %r is a date AAAAMMJJ" % (where, text))
    return text


def fec_amount(text, where):
    check(re.fullmatch(r"\d+,\d{2}", text) is not None, "FEC %s: %r has a decimal comma, no grouping" % (where, text))
    return cents(text.replace(",", "."))


def check_fec(path, siren, complete=False):
    name = os.path.basename(path)
    if siren:
        check(re.fullmatch(re.escape(siren) + r"FEC\d{8}\.txt", name) is not None,
              "FEC file name %r is <SIREN>FEC<AAAAMMJJ>.txt" % name)
    raw = open(path, "rb").read()
    check(not any(0x80 <= b <= 0x9F for b in raw), "FEC: no C1 control bytes: ISO-8859-15, not Windows-1252")
    check(b"\xc3\xa9" not in raw, "FEC: no UTF-8 sequence for 'é': the file is ISO-8859-15")
    text = raw.decode("iso8859_15")
    lines = [l for l in re.split(r"\r?\n", text) if l != ""]
    sep = "|" if "|" in lines[0] else "\t"
    header = lines[0].split(sep)
    check(header == FEC_COLUMNS, "FEC: the header names the 18 columns in order (got %s)" % lines[0][:300])
    entries = {}
    journals = {}
    debit_total = credit_total = 0
    by_account = {}
    for n, line in enumerate(lines[1:], start=2):
        f = line.split(sep)
        if not check(len(f) == 18, "FEC line %d: 18 fields, got %d" % (n, len(f))):
            continue
        row = dict(zip(FEC_COLUMNS, f))
        where = "line %d" % n
        fec_date(row["EcritureDate"], where + " EcritureDate")
        fec_date(row["PieceDate"], where + " PieceDate")
        fec_date(row["ValidDate"], where + " ValidDate")
        check(row["ValidDate"] >= row["EcritureDate"], "FEC %s: validated on or after its date" % where)
        if row["DateLet"]:
            fec_date(row["DateLet"], where + " DateLet")
        for key in ("JournalCode", "JournalLib", "EcritureNum", "CompteNum", "CompteLib", "PieceRef", "EcritureLib"):
            check(row[key] != "", "FEC %s: %s is filled" % (where, key))
        debit = fec_amount(row["Debit"], where + " Debit")
        credit = fec_amount(row["Credit"], where + " Credit")
        check((debit == 0) != (credit == 0), "FEC %s: one of debit and credit, not both" % where)
        if row["CompAuxNum"]:
            check(row["CompteNum"].startswith("411"), "FEC %s: auxiliary accounts only on the receivable" % where)
            check(row["CompAuxLib"] != "", "FEC %s: an auxiliary account has a label" % where)
        elif row["CompteNum"].startswith("411"):
            check(False, "FEC %s: the receivable names the provider's auxiliary account" % where)
        key = (row["JournalCode"], row["EcritureNum"])
        e = entries.setdefault(key, {"debit": 0, "credit": 0, "date": row["EcritureDate"]})
        check(e["date"] == row["EcritureDate"], "FEC %s: one date per entry" % where)
        e["debit"] += debit
        e["credit"] += credit
        journals.setdefault(row["JournalCode"], []).append((row["EcritureNum"], row["EcritureDate"]))
        debit_total += debit
        credit_total += credit
        acc = by_account.setdefault((row["JournalCode"], row["CompteNum"]), [0, 0])
        acc[0] += debit
        acc[1] += credit
    for key, e in entries.items():
        check(e["debit"] == e["credit"], "FEC entry %s %s: debit %d = credit %d" % (key[0], key[1], e["debit"], e["credit"]))
    check(debit_total == credit_total, "FEC: debits %d = credits %d overall" % (debit_total, credit_total))
    for journal, numbers in journals.items():
        seen = []
        for number, date in numbers:
            if not seen or seen[-1][0] != number:
                seen.append((number, date))
        sequence = [int(re.sub(r"^\D+", "", number)) for number, _ in seen]
        check(sequence == list(range(1, len(sequence) + 1)), "FEC journal %s: entries numbered 1..n without gap" % journal)
        check([d for _, d in seen] == sorted(d for _, d in seen), "FEC journal %s: entries in date order" % journal)

    # Lettering: letters only on the receivable, each with its date. When the file holds the whole history
    # (--complete yes), the lines lettered together sum to zero: that is what lettering means.
    groups = {}
    for n, line in enumerate(lines[1:], start=2):
        row = dict(zip(FEC_COLUMNS, line.split(sep)))
        if len(row) != 18:
            continue
        where = "line %d" % n
        check((row["EcritureLet"] == "") == (row["DateLet"] == ""), "FEC %s: a letter goes with its date" % where)
        if row["EcritureLet"]:
            check(row["CompteNum"].startswith("411"), "FEC %s: letters only on the receivable" % where)
            check(row["DateLet"] >= row["EcritureDate"], "FEC %s: lettered on or after its date" % where)
            g = groups.setdefault((row["CompAuxNum"], row["EcritureLet"]), {"sum": 0, "dates": [], "on": row["DateLet"]})
            g["sum"] += fec_amount(row["Debit"], where) - fec_amount(row["Credit"], where)
            g["dates"].append(row["EcritureDate"])
            check(g["on"] == row["DateLet"], "FEC %s: one date per letter" % where)
    for key, g in groups.items():
        if complete:
            check(g["sum"] == 0, "FEC letter %s %s: the lines lettered together sum to zero (%d)" % (key[0], key[1], g["sum"]))

    def account(journal, number, side):
        return by_account.get((journal, number), [0, 0])[side]

    def net(journal, numbers, side):
        return sum(account(journal, n, side) - account(journal, n, 1 - side) for n in numbers)

    totals = {
        # The turnover with its VAT (the receivable the sales entries debit), net of VAT, and the output VAT, due
        # (44571) or waiting for the payout (44574).
        "gross": net("VT", ["411"], 0),
        "net_of_vat": net("VT", ["706"], 1),
        "vat": net("VT", ["44571", "44574"], 1),
        # What providers kept as fees: the receivable the fee entries credit.
        "fees": net("AC", ["411"], 1),
        "received": net("BQ", ["512"], 0),
        "vat_due_on_payouts": net("BQ", ["44571"], 1),
        "lettered": len(groups),
        "entries": len(entries),
        "debit": debit_total,
    }
    return totals


def main():
    args = sys.argv[1:]
    kind, path = args[0], args[1]
    options = dict(zip(args[2::2], args[3::2]))
    if kind == "csv":
        finish(check_csv(path, options.get("--style", "en")))
    elif kind == "xlsx":
        finish(check_xlsx(path))
    elif kind == "pdf":
        finish(check_pdf(path, options.get("--decimal-mark", ".")))
    elif kind == "fec":
        finish(check_fec(path, options.get("--siren", ""), options.get("--complete", "no") == "yes"))
    print("unknown kind %s" % kind, file=sys.stderr)
    sys.exit(2)


if __name__ == "__main__":
    main()
