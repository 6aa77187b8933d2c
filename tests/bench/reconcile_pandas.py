#!/usr/bin/env python3
"""The reconciliation Obole performs, written with pandas as an analyst would: read_csv, merge on the reference,
merge_asof by channel and amount within a time tolerance for rows without reference. Prints the counts as one JSON
object with the keys of `obole-cli reconcile --json`.

Usage: reconcile_pandas.py DATA_DIR [WINDOW_SECONDS]
DATA_DIR holds sales.csv and statement-<provider>.csv as written by obole-reconcilegen.
"""
import glob
import json
import os
import sys

import numpy as np
import pandas as pd

data = sys.argv[1]
window = int(sys.argv[2]) if len(sys.argv) > 2 else 600

CHANNELS = {
    "Audiotel 0899": "audiotel", "SMS+ surtaxé": "sms", "Internet+": "internet_plus",
    "Facture mobile": "carrier_billing", "Carte prépayée": "prepaid_card", "Porte-monnaie": "wallet",
    "Bitcoin": "crypto",
}


def cents(values):
    return np.rint(values.astype("float64") * 100).astype("int64")


# The sales log: UTF-8, ISO 8601 UTC times, decimal point.
sales = pd.read_csv(os.path.join(data, "sales.csv"), dtype={"reference": str, "channel": str})
sales["t"] = pd.to_datetime(sales["time"], utc=True, format="%Y-%m-%dT%H:%M:%SZ").astype("int64") // 10**9
sales["cents"] = cents(sales["amount"])
sales["sid"] = np.arange(len(sales))

# Statements: Windows-1252, ';', decimal comma, a title block, local times with their offset, a total line.
frames = []
for path in sorted(glob.glob(os.path.join(data, "statement-*.csv"))):
    provider = os.path.basename(path)[len("statement-"):-len(".csv")]
    frame = pd.read_csv(path, sep=";", decimal=",", encoding="cp1252", skiprows=3,
                        dtype={"Référence": str, "Date": str})
    frame = frame[frame["Date"] != "Total"]
    frame["provider"] = provider
    frames.append(frame)
prov = pd.concat(frames, ignore_index=True)
prov["t"] = pd.to_datetime(prov["Date"], utc=True).astype("int64") // 10**9
prov["cents"] = cents(prov["Montant TTC"])
prov["channel"] = prov["Moyen de paiement"].map(CHANNELS)
prov["reference"] = prov["Référence"]
prov["pid"] = np.arange(len(prov))

# A provider row repeating a reference already seen in that provider's rows is a duplicate.
has_ref = prov["reference"].notna()
duplicate = has_ref & prov.duplicated(subset=["provider", "reference"], keep="first")
originals = prov[~duplicate]

# By reference: the first sale carrying it (sales references are unique in the sales log).
with_ref = sales[sales["reference"].notna()].drop_duplicates(subset=["reference"], keep="first")
pairs = originals[originals["reference"].notna()].merge(
    with_ref[["reference", "sid", "cents"]], on="reference", how="inner", suffixes=("_p", "_s"))
agree = pairs["cents_p"] == pairs["cents_s"]

left_prov = originals[~originals["pid"].isin(pairs["pid"])]
left_sales = sales[~sales["sid"].isin(pairs["sid"])]

# By channel, amount and nearest time within the window, where one side has no reference. Identical rows (two
# calls of the same length in the same second) are told apart by their occurrence, so that each finds its own.
left_prov = left_prov.assign(occ=left_prov.groupby(["channel", "cents", "t"]).cumcount())
left_sales = left_sales.assign(occ=left_sales.groupby(["channel", "cents", "t"]).cumcount())
fuzzy_sids = []
no_ref_prov = left_prov[left_prov["reference"].isna()].sort_values("t")
if len(no_ref_prov) and len(left_sales):
    right = left_sales[["t", "channel", "cents", "occ", "sid"]].sort_values("t")
    m = pd.merge_asof(no_ref_prov[["t", "channel", "cents", "occ", "pid"]], right, on="t",
                      by=["channel", "cents", "occ"], tolerance=window, direction="nearest")
    fuzzy_sids.extend(m["sid"].dropna().astype("int64").tolist())
ref_prov = left_prov[left_prov["reference"].notna()].sort_values("t")
no_ref_sales = left_sales[left_sales["reference"].isna() & ~left_sales["sid"].isin(fuzzy_sids)]
if len(ref_prov) and len(no_ref_sales):
    m = pd.merge_asof(ref_prov[["t", "channel", "cents", "occ", "pid"]],
                      no_ref_sales[["t", "channel", "cents", "occ", "sid"]].sort_values("t"),
                      on="t", by=["channel", "cents", "occ"], tolerance=window, direction="nearest")
    fuzzy_sids.extend(m["sid"].dropna().astype("int64").tolist())
fuzzy = len(fuzzy_sids)
if len(set(fuzzy_sids)) != fuzzy:
    sys.exit("pandas: merge_asof reused a sale: the data is ambiguous for this method")

by_reference = int(agree.sum())
result = {
    "provider_rows": int(len(prov)),
    "sales_rows": int(len(sales)),
    "matched": by_reference + fuzzy,
    "matched_by_reference": by_reference,
    "matched_fuzzy": fuzzy,
    "amount_mismatch": int((~agree).sum()),
    "missing_at_provider": int(len(left_sales) - fuzzy),
    "missing_in_sales_log": int(len(left_prov) - fuzzy),
    "duplicates_at_provider": int(duplicate.sum()),
    "provider_gross_cents": int(prov["cents"].sum()),
    "sales_gross_cents": int(sales["cents"].sum()),
}
print(json.dumps(result, sort_keys=True))
