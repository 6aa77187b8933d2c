<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Obole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console for webmasters who sell low-value content through micropayments, and for the accountants who keep their books: price points per payment channel, integration snippets, revenue per channel, reconciliation of provider statements, exports for the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Obole&lt;/b&gt; %1&lt;br&gt;Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountingSettingsDialog</name>
    <message>
        <source>Accounting Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency of the books:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;VAT rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to products the catalog does not know; a product&apos;s own rate is set in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (FEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers&apos; receivable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary account &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed by the provider&apos;s code: 411MICROPAIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals (FEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be saved:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the payout is received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the invoice (débits option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;VAT on services is due when they are paid (art. 269-2-c CGI): it waits in the pending VAT account until the provider&apos;s payout, then moves to output VAT.&lt;/p&gt;&lt;p&gt;A company that opted to pay VAT on its invoices (débits) owes it at once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT &amp;due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output VAT pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediaries&apos; fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banking services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed back to providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the fiscal year: it names the FEC file and bounds the closings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal &amp;year ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange losses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange gains:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountingSettingsStore</name>
    <message>
        <source>The SIREN &quot;%1&quot; is not valid: it has nine digits, the last one a check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of the books &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default VAT rate must lie between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account number &quot;%2&quot; must be letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account needs a label without &apos;|&apos;, tab or line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auxiliary account prefix &quot;%1&quot; must be letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 journal code &quot;%2&quot; must be letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 journal needs a label without &apos;|&apos;, tab or line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown accounting setting &quot;%1&quot;; the settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_default_bp is in basis points, between 0 and 10000 (2000 for 20 %), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fec_separator is &quot;pipe&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the fiscal year &quot;%1&quot; is not a day written MM-DD, such as 12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the books &quot;%1&quot; is not a known zone: use an IANA id such as Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banking services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deductible VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_due is &quot;payment&quot; (VAT due when the payout is received) or &quot;invoice&quot; (the débits option), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other debtors and creditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correcting entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange gains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Book a Correcting Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books will hold this entry, dated %1, for the %2 of reference %3. It is booked only if you accept it, and can be taken back while its day is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this entry is booked (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Adjustments</name>
    <message>
        <source>Only a discrepancy (an amount mismatch, a line missing on one side, a duplicate) gets a correcting entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 is known for %3: import it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to correct: the books hold the same amounts either way (the sale&apos;s payout, or its reversement, is not known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correcting entry needs a note saying why it is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correcting entry has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correcting entry does not balance; nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This discrepancy has a correcting entry already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting entry booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correcting entry has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correcting entry of %1 is in a closed period: reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountParser</name>
    <message>
        <source>a currency cannot have %1 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one sign in the amount &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has more than one decimal mark &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has a thousands separator not followed by three digits (is the decimal mark &apos;%2&apos; right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number with the decimal mark &apos;%2&apos; (misplaced &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount with letters: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in the amount &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits in the amount &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many decimals in the amount &quot;%1&quot;: %2 given, the currency has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is beyond the largest amount Obole accepts (%2 either way)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog edit recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n recorded change, newest first.</numerusform>
            <numerusform>%n recorded changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day given to close the books up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not ended yet in the books&apos; time zone: a day can be closed from the next day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are closed up to %1 already: close a later day, or reopen the last period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows were imported while the books were being closed; nothing was closed. Close again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period of the books is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from %1 on are not closed: their numbers and validation date are provisional until the period is closed (Reports page, or obole-cli books close --to DATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n correcting entry(s) on %1 for data imported after its period was closed.</source>
        <translation>
            <numerusform>%n correcting entry on %1 for data imported after its period was closed.</numerusform>
            <numerusform>%n correcting entries on %1 for data imported after its period was closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) hold sales or payouts in another currency without an exchange rate (%1): import the rates of those days, then close again. Nothing was closed.</source>
        <translation>
            <numerusform>%n day holds sales or payouts in another currency without an exchange rate (%1): import the rates of that day, then close again. Nothing was closed.</numerusform>
            <numerusform>%n days hold sales or payouts in another currency without an exchange rate (%1): import the rates of those days, then close again. Nothing was closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerInstructions</name>
    <message>
        <source>The payment page of %1 is not a usable address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Sites, Products and Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the site &quot;%1&quot; with its %2 product(s) and %3 price point(s)? Edit → Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the product &quot;%1&quot; with its %n price point(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Delete the product &quot;%1&quot; with its %n price point? Edit → Undo brings them back.</numerusform>
            <numerusform>Delete the product &quot;%1&quot; with its %n price points? Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the provider &quot;%1&quot;? Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Add price point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit price point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price point %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete price point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n price point(s) use %1: give them another provider or delete them first.</source>
        <translation>
            <numerusform>%n price point uses %1: give it another provider or delete it first.</numerusform>
            <numerusform>%n price points use %1: give them another provider or delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version starts after the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount written as text, such as &quot;1.50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount written as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (expected one of audiotel, sms, internet_plus, carrier_billing, prepaid_card, crypto, wallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;obole-catalog&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this Obole reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a day of the month, 1 to 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be amount or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line for this channel and price is already in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing (one_off, per_call or per_minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider %1 does not serve %2 (see its &quot;channels&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be single or duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active but breaks a rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount Obole accepts (%2 either way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT model: by_channel, operator or merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fee account: banking or intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRecords</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A price point&apos;s name: the product, then the payment channel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access duration (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auxiliary account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected call length (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate on fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice expiry (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout delay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversement excludes VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the buyer price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access for a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merchant sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banking services (627)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediaries&apos; fees (622)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another site is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site the product is sold on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product needs a VAT category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider needs a code (used in statements and imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider already has the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum payout cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout delay cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement day is a day of the month, 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier table has a line for %1, a channel the provider does not serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of the tier table needs a buyer price above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share in the tier table must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payout in the tier table must be between zero and the buyer price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier table has two lines for %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price points on %1 use this provider: it must keep serving that channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs a source (the text or terms it comes from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is a two-letter code such as FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs the date it applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown billing &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number prefix holds digits only, such as 089 or 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule sets no limit: give a maximum, a minimum, allowed prices or a monthly cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS+ purchase sends at least one message back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the expected call length of a per-minute number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crypto invoice needs an expiry in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s minimum is above its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up amounts must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount Obole accepts (%2 either way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate on the provider&apos;s fees must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auxiliary account &quot;%1&quot; must be letters and digits only, 20 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider %1 has the auxiliary account %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelRevenueModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>amount of change (percent change)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>the previous period</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelRuleModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed prices %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 a month per buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-off purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every price point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short codes %1xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelRuleText</name>
    <message>
        <source>081x numbers, per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>081x numbers, per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>082x numbers, per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>082x numbers, per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>089x numbers, per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>089x numbers, per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCEP numbering plan, value-added service numbers 081x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCEP numbering plan, value-added service numbers 082x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCEP numbering plan, value-added service numbers 089x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ one-off purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ code of practice: one-off purchase cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ short code 3xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ short code 4xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ short code 5xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ short code 6xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ short code 7xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ short code 8xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+ tariff tiers by short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSD2 art. 3(l) electronic communications exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive (EU) 2015/2366 (PSD2), art. 3(l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid card without a buyer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider terms: payment without a buyer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value payment instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive (EU) 2015/2366 (PSD2), art. 42</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Premium-rate number (Audiotel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium SMS (SMS+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet+ (ISP billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile carrier billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin / Lightning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-funded wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiotel</source>
        <extracomment>Short name of premium-rate phone numbers, for column titles.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <extracomment>Short name of mobile carrier billing, for column titles.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTemplate</name>
    <message>
        <source>%1: {%2} may only be a parameter&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {%2} must be the whole value, alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not of the form name%3value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: use 1 to 40 lower-case letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: GET or POST, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: must start with https:// (or http:// for a test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: holds a space or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: a fragment (#…) is never sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters: &quot;%1&quot; is not a usable parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters: one parameter must be exactly {code}, or the provider never sees the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers: &quot;%1&quot; is not a header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers: %1 holds a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success value: missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success field: a field name, or a dotted path such as data.status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference field: a field name, or a dotted path, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success field: the 0-based position of the field in the reply, such as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference field: a 0-based position, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference field: a plain-text reply has no reference; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTemplatesDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider Check Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: a field says yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe-separated: a field says yes (OUI|…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: the whole reply says yes (OK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name=value a line. Values may use {account} {secret} {price} {currency} {product_id} {offer}; {code} and {ip} are filled in for each buyer and must be a whole value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: the field, or a dotted path (data.status). Pipe: the field&apos;s 0-based position. Plain text: unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp;field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference fi&amp;eld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>import needs at least one file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obole-cli: the profile %1 cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obole-cli: skipped a profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: obole-cli profiles list | show NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5	%6	read %7, added %8, present %9, skipped %10, rejected %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 undone: it and its rows were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: obole-cli batches list | undo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no argument, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: obole-cli catalog export FILE.json | import FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog written to %1: %2 products, %3 price points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obole-cli: %1 was not imported, nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog imported from %1: %2 products, %3 price points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile, by id or name (see: profiles list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile read from a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: skip malformed rows and list them instead of rejecting the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider id (code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation: time window for rows without reference, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv, xlsx, pdf or fec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; run obole-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run obole-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snippet takes no argument, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: obole-cli snippet --product ID --channel ID --target php|js|html|node --output DIR [--provider ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snippet needs --%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product takes a product id (a whole number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot;; one of: php, js, html, node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet for product %1 on %2 (%3) written to %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: no secret is stored for the provider %1; its check will be refused until you set it in the Snippets page and generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet target: php, js, html or node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile takes no argument, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window needs a number of seconds between 0 and 31622400, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is empty: --from comes after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider &quot;%1&quot; in this database (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new rows, %2 rows looked at in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Provider rows        %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Sales log rows       %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Matched              %1  (%2 by reference, %3 by amount and time, %4 by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Amount mismatch      %1  (provider %2, sales log %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Missing at provider  %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Missing in sales log %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Duplicate at provider%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Payout differences   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Explained by hand    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full run (%1), %2 rows in %3 ms (reading %4, matching %5, writing %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no argument, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format csv, xlsx, pdf or fec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv, xlsx, pdf or fec, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --output: a file (for csv, a folder or a name ending in .csv; for fec, a file or a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is a day written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is a day written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period starts on %1, after its last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv-style is fr or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv-style applies to --format csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be drawn: no fonts are available to this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3) written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n sale(s), gross %2, VAT %3, net of VAT %4, fees %5, payout %6, received %7, receivable %8</source>
        <translation>
            <numerusform>  %1: %n sale, gross %2, VAT %3, net of VAT %4, fees %5, payout %6, received %7, receivable %8</numerusform>
            <numerusform>  %1: %n sales, gross %2, VAT %3, net of VAT %4, fees %5, payout %6, received %7, receivable %8</numerusform>
        </translation>
    </message>
    <message>
        <source>obole-cli: note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: obole-cli accounting show | set KEY VALUE [KEY VALUE]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: earned %2, paid %3, owed %4, due now %5 %6 - %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: CSV conventions, fr (&apos;;&apos;, decimal comma, BOM) or en (&apos;,&apos;, point); default: the locale&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one of --profile NAME or --profile-file FILE.json, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obole-cli: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok, every page of every table and index checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>obole-cli: %1 is damaged; %n problem(s) found (the first 100 are listed):</source>
        <translation>
            <numerusform>obole-cli: %1 is damaged; %n problem found (the first 100 are listed):</numerusform>
            <numerusform>obole-cli: %1 is damaged; %n problems found (the first 100 are listed):</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD (a day of the books&apos; time zone, %2), got &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: replace a FEC file of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: obole-cli books close --to DATE | status | reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>books close needs --to DATE: the last day to close (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to applies to books close only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD (a day of the books&apos; time zone), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Books closed from %1 to %2: %n entry(s) numbered and validated on %3.</source>
        <translation>
            <numerusform>Books closed from %1 to %2: %n entry numbered and validated on %3.</numerusform>
            <numerusform>Books closed from %1 to %2: %n entries numbered and validated on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correcting entry(s) for data imported after an earlier closing.</source>
        <translation>
            <numerusform>%n correcting entry for data imported after an earlier closing.</numerusform>
            <numerusform>%n correcting entries for data imported after an earlier closing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) unchanged since the period was reopened kept their number.</source>
        <translation>
            <numerusform>%n entry unchanged since the period was reopened kept its number.</numerusform>
            <numerusform>%n entries unchanged since the period was reopened kept their number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened the period from %1 to %2; its entry numbers stay reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books were never closed: every day is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3, %n entry(s), validated on %4</source>
        <translation>
            <numerusform>%1 to %2: %3, %n entry, validated on %4</numerusform>
            <numerusform>%1 to %2: %3, %n entries, validated on %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed up to %1; open from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: obole-cli rates import FILE.csv | status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) against %1 stored for %2, from %3 to %4.</source>
        <translation>
            <numerusform>%n rate against %1 stored for %2, from %3 to %4.</numerusform>
            <numerusform>%n rates against %1 stored for %2, from %3 to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange rate against %1 is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) from %2 to %3</source>
        <translation>
            <numerusform>%1: %n day from %2 to %3</numerusform>
            <numerusform>%1: %n days from %2 to %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 sites, %3 products, %4 price points, %5 sales log lines, %6 provider statement lines, %7 payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %n row(s) in %3 tables.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>usage: obole-cli db check | copy FROM TO | roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obole command line: import statements, reconcile, export, generate snippets, manage the catalog.

Commands:
  demo                          fill a new database with a demo merchant
  catalog export FILE.json      write the whole catalog to a file
  catalog import FILE.json      replace the catalog with a file&apos;s (all or nothing)
  import [--profile NAME | --profile-file FILE.json] [--skip-bad-rows] FILE...
                                import statements or sales logs, one batch per file; without a
                                profile, each file&apos;s is recognised from its header
  profiles list | show NAME     the import profiles, built-in and saved
  batches list | undo ID        the import batches; undo removes one with all its rows
  reconcile [--provider ID] [--from DATE] [--to DATE] [--window SECONDS] [--json]
                                match the sales log against provider statements and report
  snippet --product ID --channel ID --target php|js|html|node --output DIR [--provider ID]
                                write the code for a site: buyer widget, PHP or Node.js check
  export --format csv|xlsx|pdf|fec [--from DATE] [--to DATE] --output FILE [--csv-style fr|en] [--force]
                                the accountant&apos;s report of a period (default: the last full month)
  accounting show | set KEY VALUE...  the books&apos; settings: SIREN, time_zone, fiscal_year_end, the
                                accounts and journals the FEC uses
  books close --to DATE | status | reopen
                                close the books up to a day (its FEC entries keep their numbers),
                                list the closed periods, reopen the last one
  rates import FILE.csv | status
                                the daily exchange rates that book other currencies in the FEC
  db check                      check every page of the database file, changing nothing
  db copy FROM TO               copy a whole database into an empty one, on either engine (a file,
                                or a postgresql://USER@HOST:PORT/DBNAME URI)
  db roles                      print the SQL that creates a PostgreSQL server&apos;s accountant and
                                viewer roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file, or postgresql://USER@HOST:PORT/DBNAME?sslmode=... for a shared server (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (NUL byte at offset %1, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (NUL character on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: it holds only blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file has only %n line(s), but the profile skips %1 line(s) before the header</source>
        <translation>
            <numerusform>the file has only %n line, but the profile skips %1 line(s) before the header</numerusform>
            <numerusform>the file has only %n lines, but the profile skips %1 line(s) before the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no header row after the %n skipped line(s)</source>
        <translation>
            <numerusform>no header row after the %n skipped line</numerusform>
            <numerusform>no header row after the %n skipped lines</numerusform>
        </translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and is never closed (missing closing quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unexpected text after the closing quote of field %2 (a quote inside a quoted field must be doubled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Obole database (it is not an SQLite file); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Obole (schema %2; this version knows up to %3). It was left untouched: update Obole to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Obole database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date; it was left as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Obole database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Restore a backup, or run obole-cli db check for the whole report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Obole: opening it needs an upgrade, which writes to it. Make it writable (or copy it) first; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compaction cancelled; the file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk has been writing to the database for over %1 seconds (an import or a reconciliation, most likely); nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: check the host, the port and that the server runs and accepts connections from this computer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the PostgreSQL server at %1 failed (%2). With sslmode=verify-full, the server&apos;s certificate must be signed by the authority in ~/.postgresql/root.crt (or sslrootcert) and name the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 asks for the password of %2, and none was found: add a line for it to ~/.pgpass (host:port:database:user:password, a file only you can read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2: create it (see the team setup guide) or check its name in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logs in as %2, a superuser: Obole works as an ordinary role (see obole-cli db roles and the team setup guide), so that the server&apos;s own grants keep each desk to its part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not an Obole database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date; it was left as it was. Step %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost (%1); what was being written was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused this to %1, whose role may not do it (%2). Imports, reviews and closings need the obole_accountant role; the catalog and snippet settings, the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, and %2 may not create its tables: open it first as the database&apos;s owner, %3 (then give the team its roles: obole-cli db roles). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older Obole (schema %2) and must be brought up to date (schema %3) by its owner, %4, before other roles open it: open it once as %4. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost, and connecting again failed (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not take encrypted connections, and this connection asks for one (%2): turn ssl on in the server&apos;s postgresql.conf (see the team setup guide), or choose a security that allows an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date; it was left as it was. Granting the team&apos;s roles what they may do on the new tables failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The two databases are at different schema steps (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty (its table %2 holds rows); nothing was copied. Copy into a new file, or into a database just created on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cancelled; the target was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not read the table %2 of %3: a whole copy is made as the database&apos;s owner. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database already holds a catalog; demo data goes into a new database only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>%1, line %2: the first column holds the day and is named &quot;Date&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: a pair of currencies names the currency of the books (%4) on one side, such as BTC/%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a currency code other than the books&apos; (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: two columns give rates for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column of rates after the day (such as USD, or BTC/%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a day such as 2025-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a rate: a positive number, &apos;.&apos; as its decimal mark, at most 12 significant digits and 10 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a second rate for %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FecExport</name>
    <message>
        <source>No SIREN is set: the FEC&apos;s file name lacks it. Set it in the accounting settings (Reports page, or obole-cli accounting set siren NUMBER) before filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output given for the FEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounting settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries do not balance (debit %1, credit %2); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-15 lacks these characters, replaced by their closest equivalent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FEC names the company by its SIREN, which is not set: set it in Reports → Accounting Settings, or with obole-cli accounting set siren NNNNNNNNN; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already and was left as it is: export with --force, or confirm in the dialog, to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) through %1 are not in the FEC: the operator sells to the buyer, so the turnover is the reversement, and neither the sales log nor a price point tells it for them.</source>
        <translation>
            <numerusform>%n sale through %1 is not in the FEC: the operator sells to the buyer, so the turnover is the reversement, and neither the sales log nor a price point tells it for it.</numerusform>
            <numerusform>%n sales through %1 are not in the FEC: the operator sells to the buyer, so the turnover is the reversement, and neither the sales log nor a price point tells it for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) or payout(s) in %1 are not in the FEC: no exchange rate to %2 is known for %3. Import the day&apos;s rates (Reports page, Exchange Rates…, or obole-cli rates import FILE.csv); the books cannot be closed over these days until then.</source>
        <translation>
            <numerusform>%n sale or payout in %1 is not in the FEC: no exchange rate to %2 is known for %3. Import the day&apos;s rates (Reports page, Exchange Rates…, or obole-cli rates import FILE.csv); the books cannot be closed over these days until then.</numerusform>
            <numerusform>%n sales or payouts in %1 are not in the FEC: no exchange rate to %2 is known for %3. Import the day&apos;s rates (Reports page, Exchange Rates…, or obole-cli rates import FILE.csv); the books cannot be closed over these days until then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Obole Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatchModel</name>
    <message>
        <source>Sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout statement, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider statement, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns of a file no profile reads yet, and save the mapping as a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and list them (otherwise one malformed row rejects the whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of each file appears here when the import ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or add them; they are imported one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements and sales logs (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a profile in the list: its name, then what it reads (&quot;provider statement, stripe&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile: create one with New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into Obole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a %1: encoding %2, delimiter %3, decimal mark “%4”, dates as %5 in %6.</source>
        <extracomment>how a profile reads a file: encoding, delimiter, decimal mark, date format and time zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some saved profiles cannot be read and are not listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ This profile reads the first rows of %n file(s).</source>
        <translation>
            <numerusform>✓ This profile reads the first rows of %n file.</numerusform>
            <numerusform>✓ This profile reads the first rows of %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1
Choose another profile, or map the file with New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”; bad rows are skipped and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”; a malformed row rejects its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Several profiles read this file equally well (%1): choose the right one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile reads this file yet: map its columns with New Profile….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The provider “%1” could not be added to the catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Import failed: nothing was imported (see the summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Import finished with errors: %1 of %n file(s) not imported (see the summary).</source>
        <translation>
            <numerusform>⚠ Import finished with errors: %1 of %n file not imported (see the summary).</numerusform>
            <numerusform>⚠ Import finished with errors: %1 of %n files not imported (see the summary).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected batch and every row it added (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows of the selected batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of this batch was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement imported yet.

Drag a provider&apos;s statement or the site&apos;s sales log onto this window, or choose File → Import… (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected rows of the selected batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, read with the profile “%2” as %3: %4 skipped, %5 rejected. SHA-256 %6.</source>
        <extracomment>details of an import batch; %4 and %5 are numbers of rows, %6 the file&apos;s SHA-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1 (batch %2, imported %3)?

The %n row(s) it added will be removed. The file can be imported again afterwards.</source>
        <translation>
            <numerusform>Undo the import of %1 (batch %2, imported %3)?

The %n row it added will be removed. The file can be imported again afterwards.</numerusform>
            <numerusform>Undo the import of %1 (batch %2, imported %3)?

The %n rows it added will be removed. The file can be imported again afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing batch %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 undone: batch %2 and its %n row(s) removed.</source>
        <translation>
            <numerusform>Import of %1 undone: batch %2 and its %n row removed.</numerusform>
            <numerusform>Import of %1 undone: batch %2 and its %n rows removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop compacting: the file stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing this import left %1 of free space in the database file (%2 in all). Compacting the file gives it back to the disk; it takes a while on a large file, and can be cancelled.

Compact the file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compaction cancelled: the database file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database compacted: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database compacted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: the import was cancelled before this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Rejected rows (skipped, not imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, already imported before: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Rows added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⚠ Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>%1: cannot open the profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import profile must be a JSON object ({…})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not one of provider, sales, payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a supported encoding (auto, utf-8, windows-1252, iso-8859-15, iso-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a delimiter: use one character such as ; , |, or &quot;tab&quot; or &quot;auto&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a list of {&quot;column&quot;: …, &quot;matches&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;column&quot;: …, &quot;matches&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.column: missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.column: must be a column name or a 1-based column number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.matches: missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.matches: must be a regular expression, as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: unknown key (a rule has &quot;column&quot; and &quot;matches&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;timestamp&quot;: &quot;Date&quot;, &quot;gross&quot;: &quot;Amount&quot;, …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;value in the file&quot;: &quot;channel id&quot;, …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a channel id, as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (required: provider, sales or payout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip_rows[%1]: the regular expression was changed without recompiling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (required for kind &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a known time zone (use an IANA id such as &quot;Europe/Paris&quot; or &quot;UTC&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 names a header, but &quot;header&quot; is false: give the column&apos;s number (1 for the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.matches: %2 is not a valid regular expression: %3 (at character %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.column: %2 names a header, but &quot;header&quot; is false: give a field name or the column&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.column: the field %2 is not in &quot;columns&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a channel id (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an ISO 4217 currency code (three letters, such as EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (required when columns.currency is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: column %2 does not exist: the header has %n column(s)</source>
        <translation>
            <numerusform>%1: column %2 does not exist: the header has %n column</numerusform>
            <numerusform>%1: column %2 does not exist: the header has %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no column %2 in the file&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a decimal mark: use &quot;.&quot;, &quot;,&quot; or &quot;auto&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: must be a date format, as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list is empty: give at least one date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a list of field names, such as [&quot;product&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: %3 is not a field that may be missing (timestamp and gross never are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field (the fields are timestamp, reference, channel, product, gross, net, fee, currency, status, provider, time, zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every name of the list must be a header (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a header (a non-empty string), a list of headers, or a 1-based column number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be &quot;.&quot;, &quot;,&quot; or &quot;auto&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 column</source>
        <extracomment>An import profile&apos;s column in an error: &quot;Date and time column (columns.timestamp): …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel of the value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines before the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels of the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel when the file names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency when the file names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apostrophes before formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the rate prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the rate is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give %2 or %3, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs %2 (the column of the currency the rate prices, when the amounts are in the currency of the price) or %3 (the column of the currency of the price, when the amounts are in the currency priced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: used only together with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: already imported on %2 (batch %3); nothing added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the file was not imported; nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: cannot store the row: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no provider %1: add it in Price points → Providers (or pick the catalog&apos;s in the profile), or its rows stay apart from its price points and payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dates (%1 to %2) lie more than %3 days outside the sales log&apos;s (%4 to %5): is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 added, %4 already present, %5 skipped, %6 rejected (batch %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read as &quot;%2&quot; (recognised from the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot compute the file&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot store the rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Obole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Obole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Obole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obole databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose File → Open Database to open it, or another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import providers&apos; statements and the site&apos;s sales log (Ctrl+I, or drop the files on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first (File → Open Database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo merchant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obole &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide of the page on show (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file is left as it is. Open another database, create a new one, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;hared Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database on a PostgreSQL server, shared by a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other desks will show when a page is opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk changed the data: the pages show it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this server reads the data but may not import: an accountant&apos;s desk imports statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not kept in the system keyring (%1): it is used until Obole closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers again: the pages show the data as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed on the server. Try again, open another database, create a new one, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingColumnsPage</name>
    <message>
        <source>What the columns mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are proposed from the file&apos;s headers: check them. Only the date and the gross amount are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the time of day is in a column of its own, next to the date: the date format then describes both, separated by a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso8601, unix (seconds), unix_ms, or a Qt format such as dd/MM/yyyy HH:mm:ss (dd day, MM month, yyyy year, HH hour, mm minutes, ss seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of the local times in the file (daylight saving time included); an offset written in a value wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a file without a channel column, or a row whose channel cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, for a file without a currency column or an empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales log (the site&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defau&amp;lt channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default curren&amp;cy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ “%1” is not a known time zone: choose one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ “%1” reads as %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the column of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the column of the gross amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a valid date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a default currency (three letters, such as EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on: %1.</source>
        <extracomment>%1 lists what is missing, e.g. &quot;choose the column of the date, name the provider&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider of the catalog, or a new short id such as example-agg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider who sent the statement, from the catalog; a new id adds the provider to the catalog. Re-imports are recognised per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no provider “%1”: it will be added when the profile is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate given with each row (a Bitcoin invoice&apos;s): the row is booked at it. It needs the column of the currency it prices, the amounts being in the currency of the price, or the column of the currency it is in, the amounts being in the currency priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose either the currency the rate prices or the one it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the column of the exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPreviewPage</name>
    <message>
        <source>How each row will be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file as the profile reads them. A rejected row says why; fix the mapping (Back) or the rules below, then name the profile and finish to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column tested by the skip rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rule pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ^Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression; ^ anchors it at the start of the cell. Rows it matches are counted as skipped, never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel values in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip rows whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown: reject the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The skip rule is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the skip rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file: %1 read, %2 skipped, %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Reading stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it stands, importing this file would reject it, unless bad rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows would be rejected. Save the profile anyway?</source>
        <translation>
            <numerusform>%n of the first rows would be rejected. Save the profile anyway?</numerusform>
            <numerusform>%n of the first rows would be rejected. Save the profile anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in profile: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved profile is already named “%1”. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingReadingPage</name>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the rows below look like a table: one value per cell, accents right, the header on top. Every change reads the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (1234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How amounts are written; thousands separators and currency signs are accepted either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines above the table (a title, a period) to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is a &amp;header (column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines to skip before the table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, no header: %n column(s).</source>
        <translation>
            <numerusform>Read as %1, delimiter %2, no header: %n column.</numerusform>
            <numerusform>Read as %1, delimiter %2, no header: %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, header on line %3: %n column(s).</source>
        <translation>
            <numerusform>Read as %1, delimiter %2, header on line %3: %n column.</numerusform>
            <numerusform>Read as %1, delimiter %2, header on line %3: %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one column: try another delimiter, or more lines to skip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingWizard</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Import Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime (own column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gross amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;t (paid to you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider (per ro&amp;w):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the rate &amp;prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the rate is i&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount: exponents are not accepted</source>
        <extracomment>%1 is the text as typed or read from a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it names more than one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: more than one sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: the sign must come before the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: unbalanced parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: more than one decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: no digits after the decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: digits must be grouped by three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <extracomment>%2 is a currency code such as EUR, %3 the number of decimals it has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, an amount was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2, but %3 was expected</source>
        <extracomment>%2 and %3 are currency codes such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which currency it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to %2</source>
        <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 %3 is too large</source>
        <extracomment>%1 and %2 are amounts such as 12.50 and %3 a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot subtract %1 from %2</source>
        <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2 %3 is too large</source>
        <extracomment>%1 and %2 are amounts such as 12.50 and %3 a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3 is too large</source>
        <extracomment>%1 is an amount such as 12.50, %2 a currency code such as EUR, %3 a whole number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot express %1 as a share of %2</source>
        <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot express %1 %2 as a share of zero</source>
        <extracomment>%1 is an amount such as 12.50, %2 a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too large a share of %3 %4</source>
        <extracomment>%1 and %3 are amounts such as 12.50, %2 and %4 currency codes such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>an amount is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage is between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount Obole accepts (%2 either way)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import providers&apos; statements and the site&apos;s sales log (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordKeyring</name>
    <message>
        <source>the system keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring refused it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutFollowUp</name>
    <message>
        <source>Nothing on its statements yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 more than the statements show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not due yet (payout %n day(s) after the sale)</source>
        <translation>
            <numerusform>Not due yet (payout %n day after the sale)</numerusform>
            <numerusform>Not due yet (payout %n days after the sale)</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum payout of %1: carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: a payment is expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutFollowUpModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutSchedule</name>
    <message>
        <source>%1 % of the price (price point %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 a sale (price point %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross (buyer price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net of VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales without a known payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statements: lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statements: gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statements: fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statements: net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines providers reported for the period, as imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines without net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each provider still owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross per day and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What buyers paid each day, channel by channel: the figures of the revenue chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (minor units, all currencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reconciliation figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows were imported since reconciliation last ran; run it again for current figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and provider lines of the period, as reconciliation matched them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statement lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by channel, amount and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts off the promised amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies explained by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of discrepancies is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies of the period nobody has marked as explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales log amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales are those of the site&apos;s sales log in the period; provider statements are the lines the providers reported for it. The receivable is the payout earned on every sale up to the end of the period less every payout received, as the FEC&apos;s receivable account shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivable from providers at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still owed by the providers&apos; statements, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivable per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts earned on the sales log (stated, or promised by the price point) less payouts received, from the first sale on record: the balance of each provider&apos;s account in the FEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the providers&apos; own statements (duplicates left out) less what they paid, on %1, from every statement imported. Due: owed for sales older than the provider&apos;s payout delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: reconciliation&apos;s payout follow-up could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discrepancies of the period nobody has marked as explained; %n more are left out of this report, see the Reconciliation page.</source>
        <translation>
            <numerusform>Discrepancies of the period nobody has marked as explained; %n more is left out of this report, see the Reconciliation page.</numerusform>
            <numerusform>Discrepancies of the period nobody has marked as explained; %n more are left out of this report, see the Reconciliation page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s (French on a French system, else English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no database open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Obole starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books&apos; &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days every total, report and FEC of this database follows, on any computer that opens it. Changing it recomputes the revenue totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far apart a sale and a provider line without a shared reference may be and still be matched by amount and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: choose one from the list, such as Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceMatrixDelegate</name>
    <message>
        <source>Breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receives %1</source>
        <extracomment>In a price matrix cell: what the merchant receives for one purchase.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1</source>
        <extracomment>In a price matrix cell: the payout less the VAT set apart.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not offered on %2. Press Enter or double-click to add a price point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: the buyer pays %3; the merchant receives %4, of which %5 of VAT (%6 %) is set apart: net revenue %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respects the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricePointDialog</name>
    <message>
        <source>Price point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry and currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code: the rules of this country apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the price (ISO 4217 code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0899 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 10-digit premium-rate number: 081x, 082x or 089x. Its range caps the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected call length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a buyer stays on the line to get the code; the buyer pays the per-minute price for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>81234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five digits; the first one sets the tier, which restricts the allowed prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages sent back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange, SFR, Bouygues Telecom, Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internet service providers or mobile operators that bill this price, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice e&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top-up amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts a buyer can load into the wallet, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the merchant receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a paid code grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access duration unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve: offered to buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer pays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant receives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT set apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Price Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Price Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the buyer price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up amounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debit amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice a minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice a call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the buyer price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule limits the price on this channel in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respects the rules in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks a rule in force on %1.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At this price a buyer can make at most %n purchase(s) a month on this channel (monthly cap of %1 per subscriber).</source>
        <translation>
            <numerusform>At this price a buyer can make at most %n purchase a month on this channel (monthly cap of %1 per subscriber).</numerusform>
            <numerusform>At this price a buyer can make at most %n purchases a month on this channel (monthly cap of %1 per subscriber).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for a %2 s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s table pays %2 at this price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s table has no line at this price (lines at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price point that breaks a rule cannot be active: correct it, or untick Active to keep it as an inactive draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a payment provider to the catalog, serving this channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricePointModel</name>
    <message>
        <source>Single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricePointsPage</name>
    <message>
        <source>Price points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an active price point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all within the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>access for %n day(s)</source>
        <translation>
            <numerusform>access for %n day</numerusform>
            <numerusform>access for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>access for %n hour(s)</source>
        <translation>
            <numerusform>access for %n hour</numerusform>
            <numerusform>access for %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>access for %n minute(s)</source>
        <translation>
            <numerusform>access for %n minute</numerusform>
            <numerusform>access for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Needing &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected price point (Enter, double-click or Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Price Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price point for the selected product and channel (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected price point (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites, Products and Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the products with a price point breaking a rule or a channel not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites, products and providers (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products down, payment channels across. Enter edits the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n product-channel pair(s)</source>
        <translation>
            <numerusform>of %n product-channel pair</numerusform>
            <numerusform>of %n product-channel pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell to see its price points and the rules they meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3. VAT: %4, %5 %. Press Enter to edit the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;: not offered. Press Enter or Insert to add a price point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>invoiced in %1, expires after %n minute(s)</source>
        <translation>
            <numerusform>invoiced in %1, expires after %n minute</numerusform>
            <numerusform>invoiced in %1, expires after %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;: %3.&lt;br/&gt;The buyer pays %4; the merchant receives %5, of which %6 of VAT is set apart: &lt;b&gt;net %7&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A buyer can make at most %n purchase(s) a month at this price.</source>
        <translation>
            <numerusform>A buyer can make at most %n purchase a month at this price.</numerusform>
            <numerusform>A buyer can make at most %n purchases a month at this price.</numerusform>
        </translation>
    </message>
    <message>
        <source>Price point saved. Edit → Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Price Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the price point %1 at %2? Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price point %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obole catalogs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported and nothing was changed. Correct these %n problem(s) and import it again:</source>
        <translation>
            <numerusform>%1 was not imported and nothing was changed. Correct this %n problem and import it again:</numerusform>
            <numerusform>%1 was not imported and nothing was changed. Correct these %n problems and import it again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the catalog with the one in %1: %2 site(s), %3 product(s), %4 provider(s), %5 price point(s) and %6 rule(s)? Edit → Undo brings the current catalog back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog written to %1: %n price point(s).</source>
        <translation>
            <numerusform>Catalog written to %1: %n price point.</numerusform>
            <numerusform>Catalog written to %1: %n price points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel rules per country, with their dates and sources (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every catalog edit, with its old and new values (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price point of the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds several price points: Edit and Delete act on this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Price Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product yet. Add your sites, products and providers, or import a catalog file. Help → Getting Started opens the demo merchant, to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Acti&amp;ve: on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digital: 20 %, press: 2.1 %, ebook: 5.5 % in France. Choosing one sets the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT &amp;rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRevenueModel</name>
    <message>
        <source>No product given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRecognizer</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no import profile fits this file; name one with --profile or --profile-file, or make one with the mapping wizard (File → Import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: several import profiles fit this file equally well: %2; name one with --profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>no profile is named &quot;%1&quot;; known profiles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSurvey</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the decimal mark: the column %1 has %2 on line %3 (decimal comma) and %4 on line %5 (decimal point); set &quot;decimal_mark&quot; in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the decimal mark: the columns disagree, %1 has %2 on line %3 (decimal comma) and %4 has %5 on line %6 (decimal point); set &quot;decimal_mark&quot; in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts read with a decimal comma (as on line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts read with a decimal point (as on line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the decimal mark: amounts such as %1 (line %2, column %3) read either as a decimal or as a thousand, and no amount of the file settles it; set &quot;decimal_mark&quot; in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date format of the profile reads every date of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1; they would also read as %2, which gives other dates (line %3): set &quot;date_format&quot; if %1 is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCheckDialog</name>
    <message>
        <source>Forget the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders, filled in and encoded for each offer: {price} {currency} {product} {product_id} {offer} {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, encrypted. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set. The provider refuses checks without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is stored encrypted (AES-256-GCM) with the key in %1, which never goes into the database: a copy of the database reveals no secret. Keep a backup of that key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is not available, so the secret cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes &amp;ignore case (&quot;ab12&quot; and &quot;AB12&quot; are one code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it when the provider accepts a code in any case: the site then compares codes in upper case, so a used code typed in another case is still refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short identifier used in statements, import profiles and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider pays once the amount due reaches this minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum payout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout &amp;delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier table: what the provider pays for each buyer price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum payout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier line %1, buyer price: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier line %1, payout: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator sells to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant sells to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Whom VAT law treats as the seller, which decides the turnover the books record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The operator sells&lt;/b&gt; (the rule for Audiotel, SMS+, Internet+ and carrier billing, art. 256 V CGI): the turnover is the reversement the provider owes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The merchant sells&lt;/b&gt; (cards, wallets, crypto): the turnover is the buyer price and the provider&apos;s fee an expense.&lt;/p&gt;&lt;p&gt;&lt;b&gt;By channel&lt;/b&gt; applies each rule to its channels.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excludes VAT, invoiced on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some aggregators state the reversement net of VAT and pay the VAT the merchant invoices on top of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banking services (627)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediaries&apos; fees (622)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT the provider invoices on its fees, recovered as deductible VAT; 0 when it invoices none, as for banking services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT on &amp;fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees &amp;booked in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversem&amp;ent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s account in the books (CompAuxNum of the FEC). Empty: the prefix of the accounting settings followed by its code, with a number when two codes read the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;xiliary account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileItemModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (explained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported %1 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported %1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales log amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileLoader</name>
    <message>
        <source>Cannot read the database for reconciliation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rows to reconcile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileReview</name>
    <message>
        <source>Matched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row %1 (was its import undone?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not a provider statement row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not a sales log row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two rows are already matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two rows are not matched with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An explanation needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a discrepancy (an amount mismatch, a missing row, a duplicate) can be marked explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This discrepancy is already marked explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not marked explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channels differ: %1 at the provider, %2 in the sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currencies differ: %1 at the provider, %2 in the sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amounts differ: %1 at the provider, %2 in the sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the products differ: “%1” at the provider, “%2” in the sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they are %1 apart, more than the reconciliation window of %n minute(s)</source>
        <translation>
            <numerusform>they are %1 apart, more than the reconciliation window of %n minute</numerusform>
            <numerusform>they are %1 apart, more than the reconciliation window of %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were changed after you read them: %1 by %2 on %3. Nothing was changed; look at them again before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision was already taken back, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision was already taken back by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were changed after you read them: the decision &quot;%1&quot; was taken back by %2 on %3. Nothing was changed; look at them again before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileStore</name>
    <message>
        <source>The stored reconciliation results are damaged; run the reconciliation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation totals are too large to add up (beyond 64 bits of minor units): check the imported amounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileText</name>
    <message>
        <source>Matched by reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by amount and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing at provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate at provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>Checking what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full run was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first reconciliation of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import was undone since the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results were made by another version of Obole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time window changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payout tolerance changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows were removed since the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation cancelled; the results are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many new rows compared with those already reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider&apos;s statements now cover another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding related rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching by reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching by amount and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set rows aside in a temporary file (is the disk full?); the results are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more new rows than fit in memory at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing at provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate at provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile the rows imported since the last run (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the selected provider row and sale by hand (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the selected pair; they will not be matched again (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected discrepancy as explained, with the note (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the explanation of the selected discrepancy (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this line matched or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for a decision (needed to explain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned: the net of each provider&apos;s statement lines (duplicates left out). Paid: its payout statements. Payments settle the oldest earnings first. A provider pays what is older than its payout delay, and only once that reaches its minimum payout: smaller sums are carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payout Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 by reference, %3 by amount and time, %4 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1, sales log %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discrepancies explained by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run %1 · window %2 · %3 provider rows, %4 sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reconciled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Choose File → Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement imported yet.

Drag a provider&apos;s statement and the site&apos;s sales log onto this window, or choose File → Import… (Ctrl+I); they are reconciled as soon as they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled %1 rows in %2 s (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled %1 new rows in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match provider row %1 with sale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by hand. Edit → Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatch provider row %1 and sale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is separated. Edit → Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the note why this discrepancy is explained, then explain it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched %1 of the same channel and amount nearby: row %2, %3 %4. If it is the same sale, select both lines and match them (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unmatched %1 of the same channel and amount within three days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a line to see both sides and why they matched or not.&lt;/p&gt;&lt;p&gt;To match a provider row with a sale by hand, select both lines (Ctrl+click) and press Ctrl+M.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n lines selected. Matching by hand takes one line with only a provider row and one with only a sale.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n line selected. Matching by hand takes one line with only a provider row and one with only a sale.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n lines selected. Matching by hand takes one line with only a provider row and one with only a sale.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Both rows carry the reference &lt;b&gt;%1&lt;/b&gt; and the amounts agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side has no reference: they match by channel, currency and amount, their times %1 apart (the window is %2), and no nearer row was free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by hand; the amounts agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired (by the reference &lt;b&gt;%1&lt;/b&gt;, or by hand), but the provider reports %2 and the sales log %3: a difference of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reports no row of this channel and amount within %1 of this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider row carries the reference &lt;b&gt;%1&lt;/b&gt;, and none without a reference has this channel and amount within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales log names no provider: the sale counts under %1, which serves this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales log names no provider and none serves this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales log has no sale of this channel and amount within %1 of this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales log has no sale with the reference &lt;b&gt;%1&lt;/b&gt;, and none without a reference of this channel and amount within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reports the reference &lt;b&gt;%1&lt;/b&gt; a second time: it is already on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 (row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider statement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout check: the price point promised %1 for this sale, the provider reports a net of %2 (difference %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— taken back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two rows do not agree:
• %1

Write in the note why they belong together, then match them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two rows do not agree:
• %1

Match them all the same, with the note “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (matched despite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the correcting entry of the selected discrepancy for the books, to accept with a note (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correcting entry was booked for this discrepancy. Reopening it takes the entry back from the books. Reopen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a Correcting Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a correcting entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting entry booked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n explained</source>
        <translation>
            <numerusform>%1 · %n explained</numerusform>
            <numerusform>%1 · %n explained</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— taken back by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation has not been run on this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue charts could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) name a product the catalog does not know; they are taxed at the default VAT rate of the accounting settings (%1).</source>
        <translation>
            <numerusform>%n sale names a product the catalog does not know; it is taxed at the default VAT rate of the accounting settings (%1).</numerusform>
            <numerusform>%n sales name a product the catalog does not know; they are taxed at the default VAT rate of the accounting settings (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) neither state a payout nor match a price point: their fees and payout are left out, their gross and VAT are counted.</source>
        <translation>
            <numerusform>%n sale neither states a payout nor matches a price point: its fees and payout are left out, its gross and VAT are counted.</numerusform>
            <numerusform>%n sales neither state a payout nor match a price point: their fees and payout are left out, their gross and VAT are counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of the sales log name no provider; they are given to the provider of their price point or channel where the catalog tells it.</source>
        <translation>
            <numerusform>%n sale of the sales log names no provider; it is given to the provider of its price point or channel where the catalog tells it.</numerusform>
            <numerusform>%n sales of the sales log name no provider; they are given to the provider of their price point or channel where the catalog tells it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The open discrepancies could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What providers still owe by their statements could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 holds an amount beyond the largest Obole accepts (%2 either way): the report would add it up wrong, so none was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 are reported apart from those in %2; the FEC books them in %2 at each day&apos;s exchange rate (Reports page, Exchange Rates…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChartWidget</name>
    <message>
        <source>Revenue charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross per day and channel, and the share of each channel, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross per day and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>%1 (%)</source>
        <comment>a column header for a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output given for the CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage in a report table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s), listed in the CSV and XLSX exports.</source>
        <translation>
            <numerusform>… and %n more line, listed in the CSV and XLSX exports.</numerusform>
            <numerusform>… and %n more lines, listed in the CSV and XLSX exports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue per day and channel (%1, gross)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each channel (%1, gross)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file given for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 (local days in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1 from %2. Amounts are in their own currency; currencies are never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the finished file could not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>Gross per day and channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file given for the XLSX workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by Obole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the finished file could not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Accounting &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross (buyer price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivable from providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN, chart of accounts and journals used by the FEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and the last day of a period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: French (; and decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: English (, and decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to read and file: A4, with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook, a sheet per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file per table, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FEC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Fichier des Écritures Comptables for the French tax administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after its last day: choose a first day on or before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n file(s).</source>
        <translation>
            <numerusform>%1 written: %n file.</numerusform>
            <numerusform>%1 written: %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>sales: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; also in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV Files to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the FEC to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting settings saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the FEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already in this folder. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the Books…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open Last Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the books up to the period&apos;s last day: the FEC entries of those days get permanent numbers and a validation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the last closed period: its entries keep their numbers if nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the books up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening the last closed period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Books closed from %1 to %2: %n entry(s) numbered, validated on %3.</source>
        <translation>
            <numerusform>Books closed from %1 to %2: %n entry numbered, validated on %3.</numerusform>
            <numerusform>Books closed from %1 to %2: %n entries numbered, validated on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correcting entry(s) for data imported after an earlier closing.</source>
        <translation>
            <numerusform>%n correcting entry for data imported after an earlier closing.</numerusform>
            <numerusform>%n correcting entries for data imported after an earlier closing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) unchanged since the period was reopened kept their number.</source>
        <translation>
            <numerusform>%n entry unchanged since the period was reopened kept its number.</numerusform>
            <numerusform>%n entries unchanged since the period was reopened kept their number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened the period from %1 to %2; its entry numbers stay reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing cancelled: nothing was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books were not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period was not reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the books cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books closed up to %1: the FEC entries of those days keep their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books not closed yet: FEC entry numbers are provisional until a period is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the books up to %1?

The FEC entries of every day not closed yet, up to %1, get permanent numbers and today as their validation date; every export will then give them as they are. Data imported later for these days goes into correcting entries in the next open period. Only the last closed period can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the last closed period?

Its entries are no longer frozen until it is closed again; entries that did not change then get their numbers back. The reopening is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Last Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import daily exchange rates from a CSV file (the ECB&apos;s reference rates, or a column such as BTC/EUR): sales in other currencies are booked at their day&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange rate(s) against %1 stored for %2, from %3 to %4.</source>
        <translation>
            <numerusform>%n exchange rate against %1 stored for %2, from %3 to %4.</numerusform>
            <numerusform>%n exchange rates against %1 stored for %2, from %3 to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Choose File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales, provider statements or payouts from %1 to %2. Import the sales log and the providers&apos; statements, or choose another period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueAggregates</name>
    <message>
        <source>Not a valid time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the revenue totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import was undone meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 holds an amount beyond the largest Obole accepts (%2 either way); totals built on it would be wrong, so none were written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue chart exported by Obole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueChartPainter</name>
    <message>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>channel name, its share</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueChartStyle</name>
    <message>
        <source>%1, %2–%3 %4</source>
        <comment>day, start hour, end hour, time zone abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueChartView</name>
    <message>
        <source>Revenue per channel over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bars, %1</source>
        <translation>
            <numerusform>%n bar, %1</numerusform>
            <numerusform>%n bars, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: &lt;b&gt;%3&lt;/b&gt; (%4 of the bar)&lt;br&gt;%n sale(s); all channels: %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: &lt;b&gt;%3&lt;/b&gt; (%4 of the bar)&lt;br&gt;%n sale; all channels: %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: &lt;b&gt;%3&lt;/b&gt; (%4 of the bar)&lt;br&gt;%n sales; all channels: %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevenueDonutView</name>
    <message>
        <source>Share of each channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>channel, share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s), %1 in all</source>
        <translation>
            <numerusform>%n channel, %1 in all</numerusform>
            <numerusform>%n channels, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueLegend</name>
    <message>
        <source>Channels shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click to hide it from the charts or show it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <source>Total for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed by a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the revenue totals after the last changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What buyers paid, VAT included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What providers pay you: the net on the statement row when there is one, else what the price point promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What buyers paid, less the VAT at each product&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sales confirmed by a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out sales that no provider statement lists yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue over time as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue over time as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel shares as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel shares as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one day to another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many bars for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update cancelled: the figures below may not include the last changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue update cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compared with the period of the same length just before it: %2. Days run from midnight to midnight, %3 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs previous period (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), left out of these figures</source>
        <translation>
            <numerusform>%n sale, left out of these figures</numerusform>
            <numerusform>%n sales, left out of these figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the period, %n sale(s)</source>
        <translation>
            <numerusform>%1 of the period, %n sale</numerusform>
            <numerusform>%1 of the period, %n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The payout of %n sale(s) is not known (no net on the row and no matching price point); they count as zero.</source>
        <translation>
            <numerusform>The payout of %n sale is not known (no net on the row and no matching price point); it counts as zero.</numerusform>
            <numerusform>The payout of %n sales is not known (no net on the row and no matching price point); they count as zero.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each channel, %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per channel, %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed sales only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel-shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compared with the same days a year before: %2. Days run from midnight to midnight, %3 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs a year before (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales yet. Import the site&apos;s sales log (File → Import…) and the revenue of each channel appears here; the providers&apos; statements then tell which sales they confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenuePeriods</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueQuery</name>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n days would draw too many bars; choose a wider bucket.</source>
        <translation>
            <numerusform>%1 over %n day would draw too many bars; choose a wider bucket.</numerusform>
            <numerusform>%1 over %n days would draw too many bars; choose a wider bucket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the revenue totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenueText</name>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net of VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross (buyer price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <comment>no sales in the previous period to compare with</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage; %1 is the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiotel</source>
        <comment>short channel name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS+</source>
        <comment>short channel name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet+</source>
        <comment>short channel name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier billing</source>
        <comment>short channel name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <comment>short channel name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto</source>
        <comment>short channel name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <comment>short channel name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowError</name>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowParser</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip_rows[%1].matches: not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s), so this column is missing</source>
        <translation>
            <numerusform>the row has %n field, so this column is missing</numerusform>
            <numerusform>the row has %n fields, so this column is missing</numerusform>
        </translation>
    </message>
    <message>
        <source>the currency is empty and the profile has no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (three letters, such as EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known channel: add it to channel_values (channels: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (an abbreviation such as CET or PDT, an offset such as +01:00, or an IANA id such as Europe/Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line holds bytes that are not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive number such as 59856.34, at most 12 significant digits and 10 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row gives a rate but not its currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleChecker</name>
    <message>
        <source>The price must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payout share must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout cannot be more than what the buyer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed access needs a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A premium-rate number has 10 digits, for example 0899 12 34 56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A premium-rate number is charged per call or per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS+ short code has 5 digits, for example 81234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS+ price point needs a keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is below the card&apos;s minimum of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is above the card&apos;s maximum of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the allowed prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is in %1, the price in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top-up of %1 exceeds the %2 that may be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 a month per buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Respected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Broken: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule covers the number %1 with this billing; premium-rate numbers start with 081, 082 or 089.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS+ tier covers the short code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed prices %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Channel Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Channel Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the number (audiotel, e.g. 089) or the first digit of the short code (SMS+) the rule covers; empty for every number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed price tiers, separated by semicolons; empty for any price within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most a buyer may spend on the channel in a month (PSD2 art. 3(l)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most a wallet may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text, decision or terms the rule comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry and currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowed prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly cap per buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stored at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version starts after the previous one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>&amp;Only rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of the selected rule, from the reference date; the current version ends the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price points breaking a rule on the reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, every active price point respects the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n active price point(s) would break a rule in force:</source>
        <translation>
            <numerusform>On %1, %n active price point would break a rule in force:</numerusform>
            <numerusform>On %1, %n active price points would break a rule in force:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;? Price points are no longer checked against it. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesConfirmation</name>
    <message>
        <source>Cannot read the provider statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>The system&apos;s random number generator failed; no secret was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret key is %1 bytes long, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file %1 is damaged: it does not hold an Obole key. Restore it from a backup; without it the secrets stored in your databases cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no secret key file at %1, so the secrets stored in the database cannot be read on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the secret key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secret key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret key is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed (OpenSSL); the secret was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret was sealed with another key (%1) than this computer&apos;s (%2, in %3). Restore that key file, or enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored secret is damaged (wrong length); enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored secret failed its integrity check: it was altered or belongs to another record. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open Shared Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, shared by a team. See the team setup guide for creating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers opened lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password typed here is used until Obole closes; it is never written to the settings, and is kept only in the system keyring when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetEscape</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; holds a space, a quote or a character that must be percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; must start with http:// or https:// and name a host, or be a path on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; must start with http:// or https://, or be a path on the site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetGenerator</name>
    <message>
        <source>The snippet template %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check template &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider check address &quot;%1&quot; is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 of the provider check would hold a line break or a non-ASCII character (check the account and the secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: unknown fragment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: unknown value %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: %2 is not a plain %3: &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: unknown context in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: malformed marker near &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetInput</name>
    <message>
        <source>There is no product %1 in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 belongs to no site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 is not sold on %2 through %3 (providers: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 has no price on the channel %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is not available, so the secrets are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret of the site %1 cannot be read. %2 (A new site secret, from the Snippets page, also works; buyers holding an access then lose it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetStore</name>
    <message>
        <source>There is no check template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: another template already uses &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in; it can be edited but not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n provider(s); choose another template for them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n provider; choose another template for it first.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n providers; choose another template for them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret key is not available, so stored secrets cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check template &quot;%1&quot; stored in the database is damaged; edit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no code, so its check settings cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no code, so its secret cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The former signing secrets of site %1 stored in the database are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetWriter</name>
    <message>
        <source>There is nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the snippet of another site (site %2). Write the snippet of site %3 into a folder of its own: two sites in one folder would share their used codes and their sales log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet file name &quot;%1&quot; is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the output folder: Obole does not write through it. Remove the link, or write the snippet elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetsPage</name>
    <message>
        <source>Buyer pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Site Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save All Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new secret for signing this site&apos;s access tokens. Every access already given stops working, and the files must be uploaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widget: HTML and its script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widget: built by JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server check: PHP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server check: Node.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page the buyer opens once the code is accepted: a path on the site or an https:// address. Empty: the example page that comes with the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After payment, &amp;open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Choose File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price point yet. Set a price for a product on a channel in Price points, then come back here to generate the code for your site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a minute, expected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret stored, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s check is not set up yet: the generic template is used. Choose Provider Check to pick the template and enter the account and secret the provider gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1: the provider will refuse the checks. Choose Provider Check to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment page is set for %1: the widget tells the buyer what to pay but gives no link to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Site Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new signing secret for %1? Every access already given to a buyer stops working, and the generated files must be uploaded to the site again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signing secret for %1: generate the files and upload them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard. It holds a secret: never publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Snippet Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved to %1.</source>
        <translation>
            <numerusform>%n file saved to %1.</numerusform>
            <numerusform>%n files saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved to %1; %2 hold secrets: never publish them.</source>
        <translation>
            <numerusform>%n file saved to %1; %2 holds a secret: never publish it.</numerusform>
            <numerusform>%n files saved to %1; %2 hold secrets: never publish them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider check of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Price Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code for a site carries the site&apos;s signing secret, which only the database&apos;s owner may read: generate the snippets on the owner&apos;s desk. Price points and the catalog stay open to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>the file starts with a UTF-16 byte-order mark but is not valid UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 is not valid UTF-8, but the profile declares UTF-8 (the file may be windows-1252 or iso-8859-15; try &quot;auto&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-8 text, but the profile declares %1 (set the encoding to &quot;utf-8&quot; or &quot;auto&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimestampParser</name>
    <message>
        <source>the quote at position %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Qt date format field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year field: use yyyy (or yy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Qt date format letter (the year is yyyy, the day dd; put literal text between single quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format must have a year (yyyy), a month (MM) and a day (dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date format is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp &quot;%1&quot; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Unix timestamp (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time (such as 2025-03-30T14:05:00+02:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2: the clocks skip that time when daylight saving time starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Obole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Start in one of these ways; you can come back here with Help → Getting Started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merchant with two sites, products on every channel and 90 days of sales and statements: every page filled in, to look around. Your own database stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Your First &amp;Site and Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your site, the products you sell on it and the payment providers you work with; then set a price per channel on the Price points page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog file (JSON) with your sites, products, providers and price points, exported from another Obole database or written by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a Statement or Sales Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider&apos;s statement or your site&apos;s sales log (CSV): Obole recognises the usual formats and asks about the others. Files can also be dropped on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to start: the demo merchant to look around, your own sites and products, a catalog file, or a statement to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--lang accepts fr or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obole, the micropayment console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo merchant (created on first use) instead of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open, or postgresql://USER@HOST:PORT/DBNAME?sslmode=... for a shared server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
