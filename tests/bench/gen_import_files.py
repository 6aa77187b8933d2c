#!/usr/bin/env python3
"""Writes a provider statement and a sales log of N rows each, plus the two profiles that read them.

The statement is shaped like a French aggregator's: Windows-1252, ';', decimal comma, local Paris times.
The sales log is UTF-8, ',', ISO 8601 UTC times. Usage: gen_import_files.py OUT_DIR [ROWS]
"""
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
os.makedirs(out, exist_ok=True)
rng = random.Random(42)
channels = [("sms", "SMS+ surtaxé"), ("audiotel", "Audiotel 0899"), ("internet_plus", "Internet+"),
            ("carrier_billing", "Facture mobile"), ("prepaid_card", "Carte prépayée"), ("wallet", "Porte-monnaie")]
prices = [100, 150, 200, 299, 450, 499, 999]
products = ["Pass VIP 24 h", "Horoscope détaillé", "100 gemmes", "500 gemmes", "Tirage de tarot"]
start = datetime(2025, 1, 1, tzinfo=timezone.utc)
step = 365 * 86400 / rows

sales = open(os.path.join(out, "sales.csv"), "w", encoding="utf-8", newline="")
stmt = open(os.path.join(out, "statement.csv"), "w", encoding="windows-1252", newline="")
sales.write("timestamp,reference,provider,channel,product,amount,currency\n")
stmt.write("Relevé des transactions\r\nÉditeur : Exemple SARL\r\n\r\n")
stmt.write("Date;Référence;Moyen de paiement;Libellé;Montant TTC;Reversement;Devise\r\n")
paris = ZoneInfo("Europe/Paris")
for i in range(rows):
    t = start + timedelta(seconds=int(i * step))
    ch, ch_label = channels[rng.randrange(len(channels))]
    price = prices[rng.randrange(len(prices))]
    ref = "AGG-%08d" % i
    product = products[rng.randrange(len(products))]
    sales.write("%s,%s,example-agg,%s,%s,%d.%02d,EUR\n" % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), ref, ch, product,
                                                         price // 100, price % 100))
    local = t.astimezone(paris)
    net = price * 6 // 10
    stmt.write("%s;%s;%s;%s;%d,%02d;%d,%02d;EUR\r\n" % (local.strftime("%d/%m/%Y %H:%M:%S"), ref, ch_label, product,
                                                        price // 100, price % 100, net // 100, net % 100))
stmt.write("Total;;;;;;\r\n")
sales.close()
stmt.close()

with open(os.path.join(out, "statement-profile.json"), "w", encoding="utf-8") as f:
    f.write('''{
  "name": "Example aggregator (FR)", "kind": "provider", "provider": "example-agg",
  "encoding": "windows-1252", "delimiter": ";", "decimal_mark": ",", "skip_lines": 3, "header": true,
  "skip_rows": [{"column": "timestamp", "matches": "^Total"}],
  "date_format": "dd/MM/yyyy HH:mm:ss", "timezone": "Europe/Paris",
  "columns": {"timestamp": "Date", "reference": "Référence", "channel": "Moyen de paiement",
              "product": "Libellé", "gross": "Montant TTC", "net": "Reversement", "currency": "Devise"},
  "channel_values": {"SMS+ surtaxé": "sms", "Audiotel 0899": "audiotel", "Internet+": "internet_plus",
                     "Facture mobile": "carrier_billing", "Carte prépayée": "prepaid_card",
                     "Porte-monnaie": "wallet"},
  "default_currency": "EUR"
}
''')
with open(os.path.join(out, "sales-profile.json"), "w", encoding="utf-8") as f:
    f.write('''{
  "name": "Bench sales log", "kind": "sales", "encoding": "utf-8", "delimiter": ",", "decimal_mark": ".",
  "header": true, "date_format": "iso8601", "timezone": "UTC",
  "columns": {"timestamp": "timestamp", "reference": "reference", "channel": "channel", "product": "product",
              "gross": "amount", "currency": "currency", "provider": "provider"},
  "default_currency": "EUR"
}
''')
