<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Obole</source>
        <translation>À propos d&apos;Obole</translation>
    </message>
    <message>
        <source>A console for webmasters who sell low-value content through micropayments, and for the accountants who keep their books: price points per payment channel, integration snippets, revenue per channel, reconciliation of provider statements, exports for the books.</source>
        <translation>Une console pour les webmasters qui vendent des contenus de faible montant par micropaiement, et pour les comptables qui tiennent leurs livres : tarifs par moyen de paiement, extraits de code d&apos;intégration, chiffre d&apos;affaires par canal, rapprochement des relevés des prestataires, exports pour la comptabilité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Obole&lt;/b&gt; %1&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;Obole&lt;/b&gt; %1&lt;br&gt;Qt %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
</context>
<context>
    <name>AccountingSettingsDialog</name>
    <message>
        <source>Accounting Settings</source>
        <translation>Paramètres comptables</translation>
    </message>
    <message>
        <source>nine digits</source>
        <translation>neuf chiffres</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN :</translation>
    </message>
    <message>
        <source>&amp;Currency of the books:</source>
        <translation>&amp;Devise de tenue des comptes :</translation>
    </message>
    <message>
        <source>Default &amp;VAT rate:</source>
        <translation>Taux de &amp;TVA par défaut :</translation>
    </message>
    <message>
        <source>Applies to products the catalog does not know; a product&apos;s own rate is set in the catalog.</source>
        <translation>S&apos;applique aux produits que le catalogue ne connaît pas ; le taux propre à un produit se définit dans le catalogue.</translation>
    </message>
    <message>
        <source>Accounts (FEC)</source>
        <translation>Comptes (FEC)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Providers&apos; receivable:</source>
        <translation>Créances sur les prestataires :</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Ventes :</translation>
    </message>
    <message>
        <source>Output VAT:</source>
        <translation>TVA collectée :</translation>
    </message>
    <message>
        <source>Provider fees:</source>
        <translation>Commissions des prestataires :</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Banque :</translation>
    </message>
    <message>
        <source>Auxiliary account &amp;prefix:</source>
        <translation>&amp;Préfixe des comptes auxiliaires :</translation>
    </message>
    <message>
        <source>followed by the provider&apos;s code: 411MICROPAIE</source>
        <translation>suivi du code du prestataire : 411MICROPAIE</translation>
    </message>
    <message>
        <source>Journals (FEC)</source>
        <translation>Journaux (FEC)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Payouts received:</source>
        <translation>Reversements reçus :</translation>
    </message>
    <message>
        <source>Field &amp;separator:</source>
        <translation>Séparateur de c&amp;hamps :</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be saved:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enregistrement impossible :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When the payout is received</source>
        <translation>À l&apos;encaissement du reversement</translation>
    </message>
    <message>
        <source>On the invoice (débits option)</source>
        <translation>Sur les débits (option)</translation>
    </message>
    <message>
        <source>&lt;p&gt;VAT on services is due when they are paid (art. 269-2-c CGI): it waits in the pending VAT account until the provider&apos;s payout, then moves to output VAT.&lt;/p&gt;&lt;p&gt;A company that opted to pay VAT on its invoices (débits) owes it at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La TVA sur les prestations de services est exigible à l&apos;encaissement (art. 269-2-c du CGI) : elle attend dans le compte de TVA en attente jusqu&apos;au reversement de l&apos;opérateur, puis passe en TVA collectée.&lt;/p&gt;&lt;p&gt;Une entreprise qui a opté pour les débits la doit aussitôt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>VAT &amp;due:</source>
        <translation>&amp;Exigibilité de la TVA :</translation>
    </message>
    <message>
        <source>Output VAT pending:</source>
        <translation>TVA collectée en attente :</translation>
    </message>
    <message>
        <source>Intermediaries&apos; fees:</source>
        <translation>Commissions d&apos;intermédiaires :</translation>
    </message>
    <message>
        <source>Banking services:</source>
        <translation>Services bancaires :</translation>
    </message>
    <message>
        <source>Deductible VAT:</source>
        <translation>TVA déductible :</translation>
    </message>
    <message>
        <source>Owed back to providers:</source>
        <translation>À rembourser aux prestataires :</translation>
    </message>
    <message>
        <source>Correcting entries:</source>
        <translation>Écritures de régularisation :</translation>
    </message>
    <message>
        <source>The last day of the fiscal year: it names the FEC file and bounds the closings</source>
        <translation>Le dernier jour de l&apos;exercice : il nomme le fichier FEC et borne les clôtures</translation>
    </message>
    <message>
        <source>Fiscal &amp;year ends on:</source>
        <translation>Fin de l&apos;e&amp;xercice :</translation>
    </message>
    <message>
        <source>Exchange losses:</source>
        <translation>Pertes de change :</translation>
    </message>
    <message>
        <source>Exchange gains:</source>
        <translation>Gains de change :</translation>
    </message>
</context>
<context>
    <name>AccountingSettingsStore</name>
    <message>
        <source>The SIREN &quot;%1&quot; is not valid: it has nine digits, the last one a check digit.</source>
        <translation>Le SIREN &quot;%1&quot; n&apos;est pas valide : il compte neuf chiffres, dont le dernier est une clé de contrôle.</translation>
    </message>
    <message>
        <source>The currency of the books &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>La devise de tenue des comptes &quot;%1&quot; n&apos;est pas un code ISO 4217 à trois lettres.</translation>
    </message>
    <message>
        <source>The default VAT rate must lie between 0 and 100 %.</source>
        <translation>Le taux de TVA par défaut doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>receivable</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>ventes</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>commissions</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>banque</translation>
    </message>
    <message>
        <source>The %1 account number &quot;%2&quot; must be letters and digits only.</source>
        <translation>Le numéro du compte %1 &quot;%2&quot; ne doit contenir que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>The %1 account needs a label without &apos;|&apos;, tab or line break.</source>
        <translation>Le compte %1 doit avoir un libellé sans &apos;|&apos;, tabulation ni saut de ligne.</translation>
    </message>
    <message>
        <source>The auxiliary account prefix &quot;%1&quot; must be letters and digits only.</source>
        <translation>Le préfixe des comptes auxiliaires &quot;%1&quot; ne doit contenir que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>The %1 journal code &quot;%2&quot; must be letters and digits only.</source>
        <translation>Le code du journal %1 &quot;%2&quot; ne doit contenir que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>The %1 journal needs a label without &apos;|&apos;, tab or line break.</source>
        <translation>Le journal %1 doit avoir un libellé sans &apos;|&apos;, tabulation ni saut de ligne.</translation>
    </message>
    <message>
        <source>The company name must fit on one line.</source>
        <translation>La raison sociale doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Unknown accounting setting &quot;%1&quot;; the settings are: %2.</source>
        <translation>Paramètre comptable inconnu &quot;%1&quot; ; les paramètres sont : %2.</translation>
    </message>
    <message>
        <source>vat_default_bp is in basis points, between 0 and 10000 (2000 for 20 %), not &quot;%1&quot;.</source>
        <translation>vat_default_bp s&apos;exprime en points de base, entre 0 et 10000 (2000 pour 20 %), pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>fec_separator is &quot;pipe&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>fec_separator vaut &quot;pipe&quot; ou &quot;tab&quot;, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The end of the fiscal year &quot;%1&quot; is not a day written MM-DD, such as 12-31.</source>
        <translation>La fin de l&apos;exercice &quot;%1&quot; n&apos;est pas un jour écrit MM-JJ, comme 12-31.</translation>
    </message>
    <message>
        <source>The time zone of the books &quot;%1&quot; is not a known zone: use an IANA id such as Europe/Paris.</source>
        <translation>Le fuseau horaire des livres &quot;%1&quot; n&apos;est pas un fuseau connu : utilisez un identifiant IANA comme Europe/Paris.</translation>
    </message>
    <message>
        <source>pending VAT</source>
        <translation>de TVA en attente</translation>
    </message>
    <message>
        <source>banking services</source>
        <translation>des services bancaires</translation>
    </message>
    <message>
        <source>deductible VAT</source>
        <translation>de TVA déductible</translation>
    </message>
    <message>
        <source>vat_due is &quot;payment&quot; (VAT due when the payout is received) or &quot;invoice&quot; (the débits option), not &quot;%1&quot;.</source>
        <translation>vat_due vaut « payment » (TVA exigible à l&apos;encaissement du reversement) ou « invoice » (option sur les débits), pas « %1 ».</translation>
    </message>
    <message>
        <source>other debtors and creditors</source>
        <translation>des autres débiteurs et créditeurs</translation>
    </message>
    <message>
        <source>correcting entries</source>
        <translation>des écritures de régularisation</translation>
    </message>
    <message>
        <source>exchange losses</source>
        <translation>des pertes de change</translation>
    </message>
    <message>
        <source>exchange gains</source>
        <translation>des gains de change</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Book a Correcting Entry</source>
        <translation>Comptabiliser une écriture de régularisation</translation>
    </message>
    <message>
        <source>The books will hold this entry, dated %1, for the %2 of reference %3. It is booked only if you accept it, and can be taken back while its day is open.</source>
        <translation>Les comptes recevront cette écriture, datée du %1, pour l&apos;écart « %2 » de référence %3. Elle n&apos;est comptabilisée que si vous l&apos;acceptez, et peut être retirée tant que son jour est ouvert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Why this entry is booked (needed)</source>
        <translation>Pourquoi cette écriture est passée (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Book Entry</source>
        <translation>&amp;Comptabiliser</translation>
    </message>
</context>
<context>
    <name>Adjustments</name>
    <message>
        <source>Only a discrepancy (an amount mismatch, a line missing on one side, a duplicate) gets a correcting entry.</source>
        <translation>Seul un écart (un écart de montant, une ligne absente d&apos;un côté, un doublon) reçoit une écriture de régularisation.</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 is known for %3: import it first.</source>
        <translation>Aucun taux de change de %1 vers %2 n&apos;est connu pour le %3 : importez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing to correct: the books hold the same amounts either way (the sale&apos;s payout, or its reversement, is not known).</source>
        <translation>Rien à régulariser : les comptes portent les mêmes montants dans les deux cas (le reversement de la vente n&apos;est pas connu).</translation>
    </message>
    <message>
        <source>A correcting entry needs a note saying why it is booked.</source>
        <translation>Une écriture de régularisation demande une note qui dit pourquoi elle est passée.</translation>
    </message>
    <message>
        <source>The correcting entry has no lines.</source>
        <translation>L&apos;écriture de régularisation n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>The correcting entry does not balance; nothing was booked.</source>
        <translation>L&apos;écriture de régularisation n&apos;est pas équilibrée ; rien n&apos;a été comptabilisé.</translation>
    </message>
    <message>
        <source>This discrepancy has a correcting entry already.</source>
        <translation>Cet écart a déjà une écriture de régularisation.</translation>
    </message>
    <message>
        <source>Correcting entry booked: %1</source>
        <translation>Écriture de régularisation passée : %1</translation>
    </message>
    <message>
        <source>No correcting entry has the number %1.</source>
        <translation>Aucune écriture de régularisation ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The correcting entry of %1 is in a closed period: reopen it first.</source>
        <translation>L&apos;écriture de régularisation du %1 est dans une période clôturée : rouvrez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>AmountParser</name>
    <message>
        <source>a currency cannot have %1 decimals</source>
        <translation>une devise ne peut pas avoir %1 décimales</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>more than one sign in the amount &quot;%1&quot;</source>
        <translation>plus d&apos;un signe dans le montant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has more than one decimal mark &apos;%2&apos;</source>
        <translation>le montant &quot;%1&quot; a plus d&apos;un séparateur décimal &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; has a thousands separator not followed by three digits (is the decimal mark &apos;%2&apos; right?)</source>
        <translation>le montant &quot;%1&quot; a un séparateur de milliers qui n&apos;est pas suivi de trois chiffres (le séparateur décimal &apos;%2&apos; est-il le bon ?)</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number with the decimal mark &apos;%2&apos; (misplaced &apos;%3&apos;)</source>
        <translation>le montant &quot;%1&quot; n&apos;est pas un nombre avec le séparateur décimal &apos;%2&apos; (&apos;%3&apos; mal placé)</translation>
    </message>
    <message>
        <source>amount with letters: &quot;%1&quot;</source>
        <translation>montant contenant des lettres : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in the amount &quot;%2&quot;</source>
        <translation>caractère inattendu &apos;%1&apos; dans le montant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no digits in the amount &quot;%1&quot;</source>
        <translation>aucun chiffre dans le montant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>too many decimals in the amount &quot;%1&quot;: %2 given, the currency has %3</source>
        <translation>trop de décimales dans le montant &quot;%1&quot; : %2 indiquées, la devise en a %3</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is beyond the largest amount Obole accepts (%2 either way)</source>
        <translation>le montant &quot;%1&quot; dépasse le plus grand montant qu&apos;Obole accepte (%2 dans un sens ou dans l&apos;autre)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>No catalog edit recorded yet.</source>
        <translation>Aucune modification du catalogue enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>%1 modification(s) écrite(s) dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n modification enregistrée, de la plus récente à la plus ancienne.</numerusform>
            <numerusform>%n modifications enregistrées, de la plus récente à la plus ancienne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(création)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(suppression)</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(enregistrement entier)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Réouverture</translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>No day given to close the books up to.</source>
        <translation>Aucun jour indiqué jusqu&apos;auquel clôturer les livres.</translation>
    </message>
    <message>
        <source>%1 has not ended yet in the books&apos; time zone: a day can be closed from the next day on.</source>
        <translation>Le %1 n&apos;est pas encore terminé dans le fuseau horaire des livres : un jour peut être clôturé à partir du lendemain.</translation>
    </message>
    <message>
        <source>The books are closed up to %1 already: close a later day, or reopen the last period first.</source>
        <translation>Les livres sont déjà clôturés jusqu&apos;au %1 : clôturez un jour plus tardif, ou rouvrez d&apos;abord la dernière période.</translation>
    </message>
    <message>
        <source>Rows were imported while the books were being closed; nothing was closed. Close again.</source>
        <translation>Des lignes ont été importées pendant la clôture ; rien n&apos;a été clôturé. Relancez la clôture.</translation>
    </message>
    <message>
        <source>No period of the books is closed.</source>
        <translation>Aucune période comptable n&apos;est clôturée.</translation>
    </message>
    <message>
        <source>Entries from %1 on are not closed: their numbers and validation date are provisional until the period is closed (Reports page, or obole-cli books close --to DATE).</source>
        <translation>Les écritures à partir du %1 ne sont pas clôturées : leurs numéros et leur date de validation sont provisoires jusqu&apos;à la clôture de la période (page Rapports, ou obole-cli books close --to DATE).</translation>
    </message>
    <message numerus="yes">
        <source>%n correcting entry(s) on %1 for data imported after its period was closed.</source>
        <translation>
            <numerusform>%n écriture de correction au %1 pour des données importées après la clôture de leur période.</numerusform>
            <numerusform>%n écritures de correction au %1 pour des données importées après la clôture de leur période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) hold sales or payouts in another currency without an exchange rate (%1): import the rates of those days, then close again. Nothing was closed.</source>
        <translation>
            <numerusform>%n jour contient des ventes ou des reversements dans une autre devise sans taux de change (%1) : importez les taux de ce jour, puis clôturez à nouveau. Rien n&apos;a été clôturé.</numerusform>
            <numerusform>%n jours contiennent des ventes ou des reversements dans une autre devise sans taux de change (%1) : importez les taux de ces jours, puis clôturez à nouveau. Rien n&apos;a été clôturé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerInstructions</name>
    <message>
        <source>The payment page of %1 is not a usable address: %2</source>
        <translation>La page de paiement de %1 n&apos;est pas une adresse utilisable : %2</translation>
    </message>
    <message>
        <source>it must start with https://.</source>
        <translation>elle doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Sites, Products and Providers</source>
        <translation>Sites, produits et prestataires</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>S&amp;ites</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produits</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>Pres&amp;tataires</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nouveau site…</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>&amp;Nouveau produit…</translation>
    </message>
    <message>
        <source>&amp;New Provider…</source>
        <translation>&amp;Nouveau prestataire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the site &quot;%1&quot; with its %2 product(s) and %3 price point(s)? Edit → Undo brings them back.</source>
        <translation>Supprimer le site &quot;%1&quot; avec ses %2 produit(s) et %3 tarif(s) ? Édition → Annuler les restaure.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the product &quot;%1&quot; with its %n price point(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer le produit &quot;%1&quot; et %n tarif associé ? Édition → Annuler les restaure.</numerusform>
            <numerusform>Supprimer le produit &quot;%1&quot; et ses %n tarifs associés ? Édition → Annuler les restaure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the provider &quot;%1&quot;? Edit → Undo brings it back.</source>
        <translation>Supprimer le prestataire &quot;%1&quot; ? Édition → Annuler le restaure.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Add price point %1</source>
        <translation>Ajouter le tarif %1</translation>
    </message>
    <message>
        <source>Edit price point %1</source>
        <translation>Modifier le tarif %1</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>Ajouter le site %1</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Modifier le site %1</translation>
    </message>
    <message>
        <source>Add product %1</source>
        <translation>Ajouter le produit %1</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Modifier le produit %1</translation>
    </message>
    <message>
        <source>Add provider %1</source>
        <translation>Ajouter le prestataire %1</translation>
    </message>
    <message>
        <source>Edit provider %1</source>
        <translation>Modifier le prestataire %1</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>Ajouter la règle %1</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>Modifier la règle %1</translation>
    </message>
    <message>
        <source>The price point %1 no longer exists.</source>
        <translation>Le tarif %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Delete price point %1</source>
        <translation>Supprimer le tarif %1</translation>
    </message>
    <message>
        <source>The product %1 no longer exists.</source>
        <translation>Le produit %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Delete product %1</source>
        <translation>Supprimer le produit %1</translation>
    </message>
    <message>
        <source>The site %1 no longer exists.</source>
        <translation>Le site %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Delete site %1</source>
        <translation>Supprimer le site %1</translation>
    </message>
    <message>
        <source>The provider %1 no longer exists.</source>
        <translation>Le prestataire %1 n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n price point(s) use %1: give them another provider or delete them first.</source>
        <translation>
            <numerusform>%n tarif utilise %1 : attribuez-lui un autre prestataire ou supprimez-le d&apos;abord.</numerusform>
            <numerusform>%n tarifs utilisent %1 : attribuez-leur un autre prestataire ou supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete provider %1</source>
        <translation>Supprimer le prestataire %1</translation>
    </message>
    <message>
        <source>The rule %1 no longer exists.</source>
        <translation>La règle %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>Importer le catalogue</translation>
    </message>
    <message>
        <source>A new version starts after the previous one.</source>
        <translation>Une nouvelle version commence après la précédente.</translation>
    </message>
    <message>
        <source>New version of rule %1</source>
        <translation>Nouvelle version de la règle %1</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>missing (required)</source>
        <translation>manquant (obligatoire)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be an amount written as text, such as &quot;1.50&quot;</source>
        <translation>doit être un montant écrit sous forme de texte, comme &quot;1.50&quot;</translation>
    </message>
    <message>
        <source>must be a list of amounts</source>
        <translation>doit être une liste de montants</translation>
    </message>
    <message>
        <source>must be an amount written as text</source>
        <translation>doit être un montant écrit sous forme de texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (expected one of audiotel, sms, internet_plus, carrier_billing, prepaid_card, crypto, wallet)</source>
        <translation>&quot;%1&quot; n&apos;est pas un canal (valeurs attendues : audiotel, sms, internet_plus, carrier_billing, prepaid_card, crypto, wallet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (format attendu : YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>doit être un nombre positif</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>ligne %1 : JSON non valide (%2)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>must be &quot;obole-catalog&quot;</source>
        <translation>doit valoir &quot;obole-catalog&quot;</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Obole reads version %2)</source>
        <translation>la version %1 n&apos;est pas prise en charge (cette version d&apos;Obole lit la version %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; n&apos;est pas une date avec heure</translation>
    </message>
    <message>
        <source>no site has the id %1</source>
        <translation>aucun site n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0 and 100</source>
        <translation>&quot;%1&quot; n&apos;est pas un pourcentage compris entre 0 et 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; est utilisé deux fois</translation>
    </message>
    <message>
        <source>must be a day of the month, 1 to 31</source>
        <translation>doit être un jour du mois, de 1 à 31</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be amount or share</source>
        <translation>&quot;%1&quot; doit valoir amount ou share</translation>
    </message>
    <message>
        <source>a line for this channel and price is already in the table</source>
        <translation>une ligne pour ce canal et ce prix figure déjà dans le barème</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing (one_off, per_call or per_minute)</source>
        <translation>&quot;%1&quot; n&apos;est pas un mode de facturation (one_off, per_call ou per_minute)</translation>
    </message>
    <message>
        <source>no product has the id %1</source>
        <translation>aucun produit n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no provider has the id %1</source>
        <translation>aucun prestataire n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the provider %1 does not serve %2 (see its &quot;channels&quot;)</source>
        <translation>le prestataire %1 ne prend pas en charge %2 (voir ses &quot;channels&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be single or duration</source>
        <translation>&quot;%1&quot; doit valoir single ou duration</translation>
    </message>
    <message>
        <source>active but breaks a rule: %1</source>
        <translation>actif mais enfreint une règle : %1</translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount Obole accepts (%2 either way)</source>
        <translation>%1 dépasse le plus grand montant qu&apos;Obole accepte (%2 dans un sens ou dans l&apos;autre)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT model: by_channel, operator or merchant</source>
        <translation>« %1 » n&apos;est pas un régime de TVA : by_channel, operator ou merchant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fee account: banking or intermediary</source>
        <translation>« %1 » n&apos;est pas un compte de commissions : banking ou intermediary</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>CatalogRecords</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Price point</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Channel rule</source>
        <translation>Règle de canal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>produit %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A price point&apos;s name: the product, then the payment channel.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Period of the books</source>
        <translation>Période comptable</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Access duration (seconds)</source>
        <translation>Durée d&apos;accès (secondes)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Auxiliary account</source>
        <translation>Compte auxiliaire</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur du</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>En vigueur jusqu&apos;au</translation>
    </message>
    <message>
        <source>Expected call length (seconds)</source>
        <translation>Durée d&apos;appel attendue (secondes)</translation>
    </message>
    <message>
        <source>Fee account</source>
        <translation>Compte des frais</translation>
    </message>
    <message>
        <source>VAT rate on fees</source>
        <translation>Taux de TVA des frais</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Devise de la facture</translation>
    </message>
    <message>
        <source>Invoice expiry (minutes)</source>
        <translation>Expiration de la facture (minutes)</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Reversement minimum</translation>
    </message>
    <message>
        <source>Monthly maximum</source>
        <translation>Maximum mensuel</translation>
    </message>
    <message>
        <source>Messages sent back</source>
        <translation>Messages envoyés en retour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <source>Payout currency</source>
        <translation>Devise du reversement</translation>
    </message>
    <message>
        <source>Payout delay (days)</source>
        <translation>Délai de reversement (jours)</translation>
    </message>
    <message>
        <source>Payout kind</source>
        <translation>Type de reversement</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Reversement excludes VAT</source>
        <translation>Reversement hors TVA</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Numéro de service</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation>Jour du relevé</translation>
    </message>
    <message>
        <source>Stored maximum</source>
        <translation>Solde maximum</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Recharges</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <source>VAT model</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>fixed amount</source>
        <translation>montant fixe</translation>
    </message>
    <message>
        <source>share of the buyer price</source>
        <translation>part du prix acheteur</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>ponctuel</translation>
    </message>
    <message>
        <source>per call</source>
        <translation>par appel</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>à la minute</translation>
    </message>
    <message>
        <source>single access</source>
        <translation>accès unique</translation>
    </message>
    <message>
        <source>access for a duration</source>
        <translation>accès pour une durée</translation>
    </message>
    <message>
        <source>by channel</source>
        <translation>selon le canal</translation>
    </message>
    <message>
        <source>the operator sells</source>
        <translation>l&apos;opérateur vend</translation>
    </message>
    <message>
        <source>the merchant sells</source>
        <translation>le marchand vend</translation>
    </message>
    <message>
        <source>banking services (627)</source>
        <translation>services bancaires (627)</translation>
    </message>
    <message>
        <source>intermediaries&apos; fees (622)</source>
        <translation>honoraires d&apos;intermédiaires (622)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>The site needs a name.</source>
        <translation>Le site doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another site is already called &quot;%1&quot;.</source>
        <translation>Un autre site s&apos;appelle déjà &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>L&apos;adresse doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Le produit doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose the site the product is sold on.</source>
        <translation>Choisissez le site sur lequel le produit est vendu.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>Le taux de TVA doit être compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>The product needs a VAT category.</source>
        <translation>Le produit doit avoir une catégorie de TVA.</translation>
    </message>
    <message>
        <source>The provider needs a name.</source>
        <translation>Le prestataire doit avoir un nom.</translation>
    </message>
    <message>
        <source>The provider needs a code (used in statements and imports).</source>
        <translation>Le prestataire doit avoir un code (utilisé dans les relevés et les imports).</translation>
    </message>
    <message>
        <source>Another provider already has the code &quot;%1&quot;.</source>
        <translation>Un autre prestataire a déjà le code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR.</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de devise comme EUR.</translation>
    </message>
    <message>
        <source>The minimum payout cannot be negative.</source>
        <translation>Le reversement minimum ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The payout delay cannot be negative.</source>
        <translation>Le délai de reversement ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The statement day is a day of the month, 1 to 31.</source>
        <translation>Le jour du relevé est un jour du mois, de 1 à 31.</translation>
    </message>
    <message>
        <source>The tier table has a line for %1, a channel the provider does not serve.</source>
        <translation>Le barème a une ligne pour %1, un canal que le prestataire ne prend pas en charge.</translation>
    </message>
    <message>
        <source>A line of the tier table needs a buyer price above zero.</source>
        <translation>Chaque ligne du barème doit avoir un prix acheteur supérieur à zéro.</translation>
    </message>
    <message>
        <source>A share in the tier table must be between 0 % and 100 %.</source>
        <translation>Une part du barème doit être comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>A payout in the tier table must be between zero and the buyer price.</source>
        <translation>Un reversement du barème doit être compris entre zéro et le prix acheteur.</translation>
    </message>
    <message>
        <source>The tier table has two lines for %1 at %2.</source>
        <translation>Le barème a deux lignes pour %1 à %2.</translation>
    </message>
    <message>
        <source>Price points on %1 use this provider: it must keep serving that channel.</source>
        <translation>Des tarifs sur %1 utilisent ce prestataire : il doit continuer à prendre en charge ce canal.</translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation>La règle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The rule needs a source (the text or terms it comes from).</source>
        <translation>La règle doit avoir une source (le texte ou les conditions dont elle est issue).</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as FR.</source>
        <translation>Le pays est un code à deux lettres, comme FR.</translation>
    </message>
    <message>
        <source>The rule needs the date it applies from.</source>
        <translation>La règle doit avoir une date d&apos;entrée en vigueur.</translation>
    </message>
    <message>
        <source>The rule cannot end before it starts.</source>
        <translation>La règle ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation>Le minimum est supérieur au maximum.</translation>
    </message>
    <message>
        <source>Unknown billing &quot;%1&quot;.</source>
        <translation>Mode de facturation inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The number prefix holds digits only, such as 089 or 8.</source>
        <translation>Le préfixe de numéro ne contient que des chiffres, comme 089 ou 8.</translation>
    </message>
    <message>
        <source>The rule sets no limit: give a maximum, a minimum, allowed prices or a monthly cap.</source>
        <translation>La règle ne fixe aucune limite : indiquez un maximum, un minimum, des prix autorisés ou un plafond mensuel.</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>Choisissez le produit.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Choisissez le prestataire.</translation>
    </message>
    <message>
        <source>%1 does not serve %2.</source>
        <translation>%1 ne prend pas en charge %2.</translation>
    </message>
    <message>
        <source>An SMS+ purchase sends at least one message back.</source>
        <translation>Un achat SMS+ renvoie au moins un message.</translation>
    </message>
    <message>
        <source>Give the expected call length of a per-minute number.</source>
        <translation>Indiquez la durée d&apos;appel prévue d&apos;un numéro facturé à la minute.</translation>
    </message>
    <message>
        <source>A crypto invoice needs an expiry in minutes.</source>
        <translation>Une facture crypto doit avoir un délai d&apos;expiration en minutes.</translation>
    </message>
    <message>
        <source>The card&apos;s minimum is above its maximum.</source>
        <translation>Le minimum de la carte est supérieur à son maximum.</translation>
    </message>
    <message>
        <source>Top-up amounts must be above zero.</source>
        <translation>Les montants de recharge doivent être supérieurs à zéro.</translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount Obole accepts (%2 either way).</source>
        <translation>%1 dépasse le plus grand montant qu&apos;Obole accepte (%2 dans un sens ou dans l&apos;autre).</translation>
    </message>
    <message>
        <source>The VAT rate on the provider&apos;s fees must be between 0 % and 100 %.</source>
        <translation>Le taux de TVA sur les commissions de l&apos;opérateur doit être compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>The auxiliary account &quot;%1&quot; must be letters and digits only, 20 at most.</source>
        <translation>Le compte auxiliaire « %1 » ne doit contenir que des lettres et des chiffres, 20 au plus.</translation>
    </message>
    <message>
        <source>The provider %1 has the auxiliary account %2 already.</source>
        <translation>Le prestataire %1 a déjà le compte auxiliaire %2.</translation>
    </message>
</context>
<context>
    <name>ChannelRevenueModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>amount of change (percent change)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Période précédente : %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>the previous period</comment>
        <translation>Précédente</translation>
    </message>
</context>
<context>
    <name>ChannelRuleModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>allowed prices %1</source>
        <translation>prix autorisés %1</translation>
    </message>
    <message>
        <source>at most %1 a month per buyer</source>
        <translation>au plus %1 par mois et par acheteur</translation>
    </message>
    <message>
        <source>at most %1 stored</source>
        <translation>au plus %1 en solde</translation>
    </message>
    <message>
        <source>per call</source>
        <translation>par appel</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>one-off purchase</source>
        <translation>achat à l&apos;unité</translation>
    </message>
    <message>
        <source>every price point</source>
        <translation>tous les tarifs</translation>
    </message>
    <message>
        <source>short codes %1xxxx</source>
        <translation>codes courts %1xxxx</translation>
    </message>
    <message>
        <source>numbers %1…</source>
        <translation>numéros %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Pas encore en vigueur</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ChannelRuleText</name>
    <message>
        <source>081x numbers, per call</source>
        <translation>Numéros 081x, à l&apos;appel</translation>
    </message>
    <message>
        <source>081x numbers, per minute</source>
        <translation>Numéros 081x, à la minute</translation>
    </message>
    <message>
        <source>082x numbers, per call</source>
        <translation>Numéros 082x, à l&apos;appel</translation>
    </message>
    <message>
        <source>082x numbers, per minute</source>
        <translation>Numéros 082x, à la minute</translation>
    </message>
    <message>
        <source>089x numbers, per call</source>
        <translation>Numéros 089x, à l&apos;appel</translation>
    </message>
    <message>
        <source>089x numbers, per minute</source>
        <translation>Numéros 089x, à la minute</translation>
    </message>
    <message>
        <source>ARCEP numbering plan, value-added service numbers 081x</source>
        <translation>Plan de numérotation de l&apos;ARCEP, numéros à valeur ajoutée 081x</translation>
    </message>
    <message>
        <source>ARCEP numbering plan, value-added service numbers 082x</source>
        <translation>Plan de numérotation de l&apos;ARCEP, numéros à valeur ajoutée 082x</translation>
    </message>
    <message>
        <source>ARCEP numbering plan, value-added service numbers 089x</source>
        <translation>Plan de numérotation de l&apos;ARCEP, numéros à valeur ajoutée 089x</translation>
    </message>
    <message>
        <source>SMS+ one-off purchase</source>
        <translation>SMS+ achat à l&apos;acte</translation>
    </message>
    <message>
        <source>SMS+ code of practice: one-off purchase cap</source>
        <translation>Recommandations déontologiques SMS+ : plafond de l&apos;achat à l&apos;acte</translation>
    </message>
    <message>
        <source>SMS+ short code 3xxxx</source>
        <translation>SMS+ numéro court 3xxxx</translation>
    </message>
    <message>
        <source>SMS+ short code 4xxxx</source>
        <translation>SMS+ numéro court 4xxxx</translation>
    </message>
    <message>
        <source>SMS+ short code 5xxxx</source>
        <translation>SMS+ numéro court 5xxxx</translation>
    </message>
    <message>
        <source>SMS+ short code 6xxxx</source>
        <translation>SMS+ numéro court 6xxxx</translation>
    </message>
    <message>
        <source>SMS+ short code 7xxxx</source>
        <translation>SMS+ numéro court 7xxxx</translation>
    </message>
    <message>
        <source>SMS+ short code 8xxxx</source>
        <translation>SMS+ numéro court 8xxxx</translation>
    </message>
    <message>
        <source>SMS+ tariff tiers by short code</source>
        <translation>Paliers tarifaires SMS+ selon le numéro court</translation>
    </message>
    <message>
        <source>PSD2 art. 3(l) electronic communications exclusion</source>
        <translation>DSP2 art. 3(l), exclusion des communications électroniques</translation>
    </message>
    <message>
        <source>Directive (EU) 2015/2366 (PSD2), art. 3(l)</source>
        <translation>Directive (UE) 2015/2366 (DSP2), art. 3(l)</translation>
    </message>
    <message>
        <source>Prepaid card without a buyer account</source>
        <translation>Carte prépayée sans compte acheteur</translation>
    </message>
    <message>
        <source>Provider terms: payment without a buyer account</source>
        <translation>Conditions du prestataire : paiement sans compte acheteur</translation>
    </message>
    <message>
        <source>Low-value payment instrument</source>
        <translation>Instrument de paiement de faible valeur</translation>
    </message>
    <message>
        <source>Directive (EU) 2015/2366 (PSD2), art. 42</source>
        <translation>Directive (UE) 2015/2366 (DSP2), art. 42</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Premium-rate number (Audiotel)</source>
        <translation>Numéro surtaxé (Audiotel)</translation>
    </message>
    <message>
        <source>Premium SMS (SMS+)</source>
        <translation>SMS surtaxé (SMS+)</translation>
    </message>
    <message>
        <source>Internet+ (ISP billing)</source>
        <translation>Internet+ (facturation FAI)</translation>
    </message>
    <message>
        <source>Mobile carrier billing</source>
        <translation>Facturation opérateur mobile</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation>Carte prépayée</translation>
    </message>
    <message>
        <source>Bitcoin / Lightning</source>
        <translation>Bitcoin / Lightning</translation>
    </message>
    <message>
        <source>Pre-funded wallet</source>
        <translation>Portefeuille prépayé</translation>
    </message>
    <message>
        <source>Audiotel</source>
        <extracomment>Short name of premium-rate phone numbers, for column titles.</extracomment>
        <translation>Audiotel</translation>
    </message>
    <message>
        <source>SMS+</source>
        <translation>SMS+</translation>
    </message>
    <message>
        <source>Internet+</source>
        <translation>Internet+</translation>
    </message>
    <message>
        <source>Carrier</source>
        <extracomment>Short name of mobile carrier billing, for column titles.</extracomment>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Crypto</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>CheckTemplate</name>
    <message>
        <source>%1: {%2} may only be a parameter&apos;s value.</source>
        <translation>%1 : {%2} ne peut être que la valeur d&apos;un paramètre.</translation>
    </message>
    <message>
        <source>%1: {%2} must be the whole value, alone.</source>
        <translation>%1 : {%2} doit constituer toute la valeur, seul.</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}.</source>
        <translation>%1 : variable {%2} inconnue.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not of the form name%3value.</source>
        <translation>Ligne %1 : &quot;%2&quot; n&apos;est pas de la forme nom%3valeur.</translation>
    </message>
    <message>
        <source>code: use 1 to 40 lower-case letters, digits or underscores.</source>
        <translation>code : utilisez de 1 à 40 lettres minuscules, chiffres ou tirets bas.</translation>
    </message>
    <message>
        <source>name: missing.</source>
        <translation>nom : manquant.</translation>
    </message>
    <message>
        <source>method: GET or POST, not &quot;%1&quot;.</source>
        <translation>méthode : GET ou POST, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>url: must start with https:// (or http:// for a test server).</source>
        <translation>URL : doit commencer par https:// (ou http:// pour un serveur de test).</translation>
    </message>
    <message>
        <source>url: holds a space or a control character.</source>
        <translation>URL : contient un espace ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>url: a fragment (#…) is never sent to the server.</source>
        <translation>URL : un fragment (#…) n&apos;est jamais envoyé au serveur.</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
    <message>
        <source>parameters: &quot;%1&quot; is not a usable parameter name.</source>
        <translation>paramètres : &quot;%1&quot; n&apos;est pas un nom de paramètre utilisable.</translation>
    </message>
    <message>
        <source>parameters: one parameter must be exactly {code}, or the provider never sees the code.</source>
        <translation>paramètres : un paramètre doit valoir exactement {code}, sinon le prestataire ne reçoit jamais le code.</translation>
    </message>
    <message>
        <source>headers: &quot;%1&quot; is not a header name.</source>
        <translation>en-têtes : &quot;%1&quot; n&apos;est pas un nom d&apos;en-tête.</translation>
    </message>
    <message>
        <source>headers: %1 holds a line break.</source>
        <translation>en-têtes : %1 contient un saut de ligne.</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <source>success value: missing.</source>
        <translation>valeur de succès : manquante.</translation>
    </message>
    <message>
        <source>success field: a field name, or a dotted path such as data.status.</source>
        <translation>champ de succès : un nom de champ, ou un chemin à points comme data.status.</translation>
    </message>
    <message>
        <source>reference field: a field name, or a dotted path, or empty.</source>
        <translation>champ de référence : un nom de champ, un chemin à points, ou vide.</translation>
    </message>
    <message>
        <source>success field: the 0-based position of the field in the reply, such as 0.</source>
        <translation>champ de succès : la position du champ dans la réponse, comptée à partir de 0, comme 0.</translation>
    </message>
    <message>
        <source>reference field: a 0-based position, or empty.</source>
        <translation>champ de référence : une position comptée à partir de 0, ou vide.</translation>
    </message>
    <message>
        <source>reference field: a plain-text reply has no reference; leave it empty.</source>
        <translation>champ de référence : une réponse en texte brut n&apos;a pas de référence ; laissez-le vide.</translation>
    </message>
</context>
<context>
    <name>CheckTemplatesDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Provider Check Templates</source>
        <translation>Modèles de vérification des prestataires</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>JSON: a field says yes</source>
        <translation>JSON : un champ signale le succès</translation>
    </message>
    <message>
        <source>Pipe-separated: a field says yes (OUI|…)</source>
        <translation>Séparé par des barres verticales : un champ signale le succès (OUI|…)</translation>
    </message>
    <message>
        <source>Plain text: the whole reply says yes (OK)</source>
        <translation>Texte brut : toute la réponse signale le succès (OK)</translation>
    </message>
    <message>
        <source>One name=value a line. Values may use {account} {secret} {price} {currency} {product_id} {offer}; {code} and {ip} are filled in for each buyer and must be a whole value.</source>
        <translation>Une paire nom=valeur par ligne. Les valeurs peuvent utiliser {account} {secret} {price} {currency} {product_id} {offer} ; {code} et {ip} sont renseignés pour chaque acheteur et doivent constituer toute la valeur.</translation>
    </message>
    <message>
        <source>JSON: the field, or a dotted path (data.status). Pipe: the field&apos;s 0-based position. Plain text: unused.</source>
        <translation>JSON : le champ, ou un chemin à points (data.status). Barres verticales : la position du champ, comptée à partir de 0. Texte brut : inutilisé.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Paramètres :</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes :</translation>
    </message>
    <message>
        <source>Reply &amp;format:</source>
        <translation>Format de la &amp;réponse :</translation>
    </message>
    <message>
        <source>Success &amp;field:</source>
        <translation>C&amp;hamp de succès :</translation>
    </message>
    <message>
        <source>Success &amp;value:</source>
        <translation>&amp;Valeur de succès :</translation>
    </message>
    <message>
        <source>Reference fi&amp;eld:</source>
        <translation>Champ de ré&amp;férence :</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>Enre&amp;gistrer le modèle</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>paramètres : %1</translation>
    </message>
    <message>
        <source>headers: %1</source>
        <translation>en-têtes : %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Remove Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;?</source>
        <translation>Supprimer le modèle &quot;%1&quot; ?</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>import needs at least one file to read.</source>
        <translation>import attend au moins un fichier à lire.</translation>
    </message>
    <message>
        <source>obole-cli: the profile %1 cannot be used:</source>
        <translation>obole-cli : le profil %1 est inutilisable :</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>ligne rejetée : %1</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation> (intégré)</translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation> (enregistré)</translation>
    </message>
    <message>
        <source>obole-cli: skipped a profile: %1</source>
        <translation>obole-cli : profil ignoré : %1</translation>
    </message>
    <message>
        <source>usage: obole-cli profiles list | show NAME</source>
        <translation>usage : obole-cli profiles list | show NOM</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5	%6	read %7, added %8, present %9, skipped %10, rejected %11</source>
        <translation>%1	%2	%3	%4	%5	%6	lues %7, ajoutées %8, déjà présentes %9, ignorées %10, rejetées %11</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a batch id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de lot.</translation>
    </message>
    <message>
        <source>Batch %1 undone: it and its rows were removed.</source>
        <translation>Lot %1 annulé : le lot et ses lignes ont été supprimés.</translation>
    </message>
    <message>
        <source>usage: obole-cli batches list | undo ID</source>
        <translation>usage : obole-cli batches list | undo ID</translation>
    </message>
    <message>
        <source>demo takes no argument, got &quot;%1&quot;.</source>
        <translation>demo ne prend aucun argument, reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>usage: obole-cli catalog export FILE.json | import FILE.json</source>
        <translation>usage : obole-cli catalog export FICHIER.json | import FICHIER.json</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Catalog written to %1: %2 products, %3 price points.</source>
        <translation>Catalogue écrit dans %1 : %2 produits, %3 tarifs.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>obole-cli: %1 was not imported, nothing was changed:</source>
        <translation>obole-cli : %1 n&apos;a pas été importé, rien n&apos;a été modifié :</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 n&apos;a pas été importé, rien n&apos;a été modifié : %2</translation>
    </message>
    <message>
        <source>Catalog imported from %1: %2 products, %3 price points.</source>
        <translation>Catalogue importé depuis %1 : %2 produits, %3 tarifs.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Langue des messages : fr ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Import profile, by id or name (see: profiles list).</source>
        <translation>Profil d&apos;import, par identifiant ou par nom (voir : profiles list).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Import profile read from a JSON file.</source>
        <translation>Profil d&apos;import lu dans un fichier JSON.</translation>
    </message>
    <message>
        <source>Import: skip malformed rows and list them instead of rejecting the file.</source>
        <translation>Import : ignorer les lignes mal formées et les lister au lieu de rejeter le fichier.</translation>
    </message>
    <message>
        <source>Provider id (code).</source>
        <translation>Identifiant (code) du prestataire.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Premier jour de la période (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Dernier jour de la période (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Reconciliation: time window for rows without reference, in seconds.</source>
        <translation>Rapprochement : fenêtre de temps pour les lignes sans référence, en secondes.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>Export format: csv, xlsx, pdf or fec.</source>
        <translation>Format d&apos;export : csv, xlsx, pdf ou fec.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Output file or folder.</source>
        <translation>Fichier ou dossier de sortie.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Product id.</source>
        <translation>Identifiant du produit.</translation>
    </message>
    <message>
        <source>Channel id.</source>
        <translation>Identifiant du canal.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>no command given; run obole-cli --help for the list.</source>
        <translation>aucune commande indiquée ; lancez obole-cli --help pour en avoir la liste.</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 command.</source>
        <translation>--%1 ne s&apos;applique pas à la commande %2.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run obole-cli --help for the list.</source>
        <translation>commande inconnue &quot;%1&quot; ; lancez obole-cli --help pour en avoir la liste.</translation>
    </message>
    <message>
        <source>snippet takes no argument, got &quot;%1&quot;.</source>
        <translation>snippet ne prend aucun argument, reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>usage: obole-cli snippet --product ID --channel ID --target php|js|html|node --output DIR [--provider ID]</source>
        <translation>usage : obole-cli snippet --product ID --channel ID --target php|js|html|node --output DOSSIER [--provider ID]</translation>
    </message>
    <message>
        <source>snippet needs --%1; %2</source>
        <translation>snippet a besoin de --%1 ; %2</translation>
    </message>
    <message>
        <source>--product takes a product id (a whole number), not &quot;%1&quot;.</source>
        <translation>--product attend un identifiant de produit (un nombre entier), pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; one of: %2.</source>
        <translation>canal inconnu &quot;%1&quot; ; valeurs possibles : %2.</translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot;; one of: php, js, html, node.</source>
        <translation>cible inconnue &quot;%1&quot; ; valeurs possibles : php, js, html, node.</translation>
    </message>
    <message>
        <source>Snippet for product %1 on %2 (%3) written to %4: %5.</source>
        <translation>Extrait de code pour le produit %1 sur %2 (%3) écrit dans %4 : %5.</translation>
    </message>
    <message>
        <source>Note: no secret is stored for the provider %1; its check will be refused until you set it in the Snippets page and generate again.</source>
        <translation>Remarque : aucun secret n&apos;est enregistré pour le prestataire %1 ; sa vérification sera refusée tant que vous ne l&apos;aurez pas saisi dans la page Extraits de code puis relancé la génération.</translation>
    </message>
    <message>
        <source>Snippet target: php, js, html or node.</source>
        <translation>Cible de l&apos;extrait de code : php, js, html ou node.</translation>
    </message>
    <message>
        <source>reconcile takes no argument, got &quot;%1&quot;.</source>
        <translation>reconcile ne prend aucun argument, reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--window needs a number of seconds between 0 and 31622400, got &quot;%1&quot;.</source>
        <translation>--window attend un nombre de secondes compris entre 0 et 31622400, reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the period is empty: --from comes after --to.</source>
        <translation>la période est vide : --from est postérieur à --to.</translation>
    </message>
    <message>
        <source>no provider &quot;%1&quot; in this database (known: %2).</source>
        <translation>aucun prestataire &quot;%1&quot; dans cette base de données (connus : %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>%1 new rows, %2 rows looked at in %3 ms</source>
        <translation>%1 nouvelles lignes, %2 lignes examinées en %3 ms</translation>
    </message>
    <message>
        <source>Reconciliation of %1: %2.</source>
        <translation>Rapprochement de %1 : %2.</translation>
    </message>
    <message>
        <source>every provider</source>
        <translation>tous les prestataires</translation>
    </message>
    <message>
        <source>  Provider rows        %1  (%2)</source>
        <translation>  Lignes prestataire            %1  (%2)</translation>
    </message>
    <message>
        <source>  Sales log rows       %1  (%2)</source>
        <translation>  Lignes du journal des ventes  %1  (%2)</translation>
    </message>
    <message>
        <source>  Matched              %1  (%2 by reference, %3 by amount and time, %4 by hand)</source>
        <translation>  Rapprochées                   %1  (%2 par référence, %3 par montant et heure, %4 manuellement)</translation>
    </message>
    <message>
        <source>  Amount mismatch      %1  (provider %2, sales log %3)</source>
        <translation>  Écart de montant              %1  (prestataire %2, journal des ventes %3)</translation>
    </message>
    <message>
        <source>  Missing at provider  %1  (%2)</source>
        <translation>  Absentes chez le prestataire  %1  (%2)</translation>
    </message>
    <message>
        <source>  Missing in sales log %1  (%2)</source>
        <translation>  Absentes du journal des ventes%1  (%2)</translation>
    </message>
    <message>
        <source>  Duplicate at provider%1  (%2)</source>
        <translation>  En double chez le prestataire %1  (%2)</translation>
    </message>
    <message>
        <source>  Payout differences   %1</source>
        <translation>  Écarts de reversement         %1</translation>
    </message>
    <message>
        <source>  Explained by hand    %1</source>
        <translation>  Expliquées manuellement       %1</translation>
    </message>
    <message>
        <source>full run (%1), %2 rows in %3 ms (reading %4, matching %5, writing %6)</source>
        <translation>exécution complète (%1), %2 lignes en %3 ms (lecture %4, mise en correspondance %5, écriture %6)</translation>
    </message>
    <message>
        <source>export takes no argument, got &quot;%1&quot;.</source>
        <translation>export ne prend aucun argument, reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export needs --format csv, xlsx, pdf or fec.</source>
        <translation>export attend --format csv, xlsx, pdf ou fec.</translation>
    </message>
    <message>
        <source>--format is csv, xlsx, pdf or fec, not &quot;%1&quot;.</source>
        <translation>--format vaut csv, xlsx, pdf ou fec, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export needs --output: a file (for csv, a folder or a name ending in .csv; for fec, a file or a folder).</source>
        <translation>export attend --output : un fichier (pour csv, un dossier ou un nom se terminant par .csv ; pour fec, un fichier ou un dossier).</translation>
    </message>
    <message>
        <source>--from is a day written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from est un jour au format YYYY-MM-DD, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to is a day written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to est un jour au format YYYY-MM-DD, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the period starts on %1, after its last day %2.</source>
        <translation>la période commence le %1, après son dernier jour, le %2.</translation>
    </message>
    <message>
        <source>--csv-style is fr or en, not &quot;%1&quot;.</source>
        <translation>--csv-style vaut fr ou en, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--csv-style applies to --format csv only.</source>
        <translation>--csv-style ne s&apos;applique qu&apos;à --format csv.</translation>
    </message>
    <message>
        <source>the PDF cannot be drawn: no fonts are available to this program.</source>
        <translation>le PDF ne peut pas être produit : aucune police n&apos;est disponible pour ce programme.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) written:</source>
        <translation>%1 (du %2 au %3) écrit :</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n sale(s), gross %2, VAT %3, net of VAT %4, fees %5, payout %6, received %7, receivable %8</source>
        <translation>
            <numerusform>  %1 : %n vente, brut %2, TVA %3, HT %4, commissions %5, reversement %6, reçu %7, à recevoir %8</numerusform>
            <numerusform>  %1 : %n ventes, brut %2, TVA %3, HT %4, commissions %5, reversement %6, reçu %7, à recevoir %8</numerusform>
        </translation>
    </message>
    <message>
        <source>obole-cli: note: %1</source>
        <translation>obole-cli : remarque : %1</translation>
    </message>
    <message>
        <source>usage: obole-cli accounting show | set KEY VALUE [KEY VALUE]...</source>
        <translation>usage : obole-cli accounting show | set CLÉ VALEUR [CLÉ VALEUR]...</translation>
    </message>
    <message>
        <source>Payout follow-up:</source>
        <translation>Suivi des reversements :</translation>
    </message>
    <message>
        <source>  %1: earned %2, paid %3, owed %4, due now %5 %6 - %7</source>
        <translation>  %1 : acquis %2, versé %3, dû %4, exigible %5 %6 - %7</translation>
    </message>
    <message>
        <source>Export: CSV conventions, fr (&apos;;&apos;, decimal comma, BOM) or en (&apos;,&apos;, point); default: the locale&apos;s.</source>
        <translation>Export : conventions CSV, fr (&apos;;&apos;, virgule décimale, BOM) ou en (&apos;,&apos;, point) ; par défaut : celles de la langue du système.</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>import takes one of --profile NAME or --profile-file FILE.json, not both.</source>
        <translation>import prend --profile NOM ou --profile-file FICHIER.json, pas les deux.</translation>
    </message>
    <message>
        <source>obole-cli: nothing was imported.</source>
        <translation>obole-cli : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention : %1</translation>
    </message>
    <message>
        <source>%1: ok, every page of every table and index checked.</source>
        <translation>%1 : ok, chaque page de chaque table et de chaque index a été vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>obole-cli: %1 is damaged; %n problem(s) found (the first 100 are listed):</source>
        <translation>
            <numerusform>obole-cli : %1 est endommagé ; %n problème trouvé (les 100 premiers sont listés) :</numerusform>
            <numerusform>obole-cli : %1 est endommagé ; %n problèmes trouvés (les 100 premiers sont listés) :</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD (a day of the books&apos; time zone, %2), got &quot;%3&quot;.</source>
        <translation>--%1 attend une date au format YYYY-MM-DD (un jour du fuseau horaire des livres, %2), reçu &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Export: replace a FEC file of the same name.</source>
        <translation>Export : remplacer un fichier FEC du même nom.</translation>
    </message>
    <message>
        <source>usage: obole-cli books close --to DATE | status | reopen</source>
        <translation>usage : obole-cli books close --to DATE | status | reopen</translation>
    </message>
    <message>
        <source>books close needs --to DATE: the last day to close (YYYY-MM-DD).</source>
        <translation>books close attend --to DATE : le dernier jour à clôturer (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--to applies to books close only.</source>
        <translation>--to ne s&apos;applique qu&apos;à books close.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD (a day of the books&apos; time zone), got &quot;%1&quot;.</source>
        <translation>--to attend une date au format YYYY-MM-DD (un jour du fuseau horaire des livres), reçu &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Books closed from %1 to %2: %n entry(s) numbered and validated on %3.</source>
        <translation>
            <numerusform>Livres clôturés du %1 au %2 : %n écriture numérotée et validée le %3.</numerusform>
            <numerusform>Livres clôturés du %1 au %2 : %n écritures numérotées et validées le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correcting entry(s) for data imported after an earlier closing.</source>
        <translation>
            <numerusform>%n écriture de correction pour des données importées après une clôture antérieure.</numerusform>
            <numerusform>%n écritures de correction pour des données importées après une clôture antérieure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) unchanged since the period was reopened kept their number.</source>
        <translation>
            <numerusform>%n écriture inchangée depuis la réouverture de la période a gardé son numéro.</numerusform>
            <numerusform>%n écritures inchangées depuis la réouverture de la période ont gardé leur numéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened the period from %1 to %2; its entry numbers stay reserved.</source>
        <translation>Période du %1 au %2 rouverte ; les numéros de ses écritures restent réservés.</translation>
    </message>
    <message>
        <source>The books were never closed: every day is open.</source>
        <translation>Les livres n&apos;ont jamais été clôturés : tous les jours sont ouverts.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>rouverte le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3, %n entry(s), validated on %4</source>
        <translation>
            <numerusform>du %1 au %2 : %3, %n écriture, validée le %4</numerusform>
            <numerusform>du %1 au %2 : %3, %n écritures, validées le %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed up to %1; open from %2.</source>
        <translation>Clôturés jusqu&apos;au %1 ; ouverts à partir du %2.</translation>
    </message>
    <message>
        <source>usage: obole-cli rates import FILE.csv | status</source>
        <translation>usage : obole-cli rates import FICHIER.csv | status</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) against %1 stored for %2, from %3 to %4.</source>
        <translation>
            <numerusform>%n taux par rapport à %1 enregistré pour %2, du %3 au %4.</numerusform>
            <numerusform>%n taux par rapport à %1 enregistrés pour %2, du %3 au %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange rate against %1 is stored.</source>
        <translation>Aucun taux de change par rapport à %1 n&apos;est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) from %2 to %3</source>
        <translation>
            <numerusform>%1 : %n jour du %2 au %3</numerusform>
            <numerusform>%1 : %n jours du %2 au %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 sites, %3 products, %4 price points, %5 sales log lines, %6 provider statement lines, %7 payouts.</source>
        <translation>Données de démonstration écrites dans %1 : %2 sites, %3 produits, %4 tarifs, %5 lignes de journal des ventes, %6 lignes de relevés de prestataires, %7 reversements.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %n row(s) in %3 tables.</source>
        <translation>
            <numerusform>%1 copiée dans %2 : %n ligne dans %3 tables.</numerusform>
            <numerusform>%1 copiée dans %2 : %n lignes dans %3 tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: obole-cli db check | copy FROM TO | roles</source>
        <translation>usage : obole-cli db check | copy SOURCE CIBLE | roles</translation>
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
        <translation>Ligne de commande d&apos;Obole : importer des relevés, rapprocher, exporter, générer des extraits de code, gérer le catalogue.

Commandes :
  demo                          remplit une nouvelle base de données avec un marchand de démonstration
  catalog export FICHIER.json   écrit tout le catalogue dans un fichier
  catalog import FICHIER.json   remplace le catalogue par celui d&apos;un fichier (tout ou rien)
  import [--profile NOM | --profile-file FICHIER.json] [--skip-bad-rows] FICHIER...
                                importe des relevés ou des journaux des ventes, un lot par fichier ;
                                sans profil, celui de chaque fichier est reconnu d&apos;après son en-tête
  profiles list | show NOM      les profils d&apos;import, intégrés et enregistrés
  batches list | undo ID        les lots d&apos;import ; undo en supprime un avec toutes ses lignes
  reconcile [--provider ID] [--from DATE] [--to DATE] [--window SECONDES] [--json]
                                rapproche le journal des ventes des relevés des prestataires et affiche le bilan
  snippet --product ID --channel ID --target php|js|html|node --output DOSSIER [--provider ID]
                                écrit le code pour un site : widget acheteur, vérification PHP ou Node.js
  export --format csv|xlsx|pdf|fec [--from DATE] [--to DATE] --output FICHIER [--csv-style fr|en] [--force]
                                le rapport comptable d&apos;une période (par défaut : le dernier mois complet)
  accounting show | set CLÉ VALEUR...  les réglages des livres : SIREN, time_zone, fiscal_year_end,
                                les comptes et les journaux utilisés par le FEC
  books close --to DATE | status | reopen
                                clôture les livres jusqu&apos;à un jour (ses écritures FEC gardent leurs numéros),
                                liste les périodes clôturées, rouvre la dernière
  rates import FICHIER.csv | status
                                les taux de change quotidiens qui comptabilisent les autres devises dans le FEC
  db check                      vérifie chaque page du fichier de base de données, sans rien modifier
  db copy SOURCE CIBLE          copie toute une base dans une base vide, d&apos;un moteur à l&apos;autre (un fichier,
                                ou une URI postgresql://UTILISATEUR@HÔTE:PORT/BASE)
  db roles                      affiche le SQL qui crée les rôles comptable et lecteur d&apos;un serveur
                                PostgreSQL</translation>
    </message>
    <message>
        <source>Database file, or postgresql://USER@HOST:PORT/DBNAME?sslmode=... for a shared server (default: %1).</source>
        <translation>Fichier de base de données, ou postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=... pour un serveur partagé (par défaut : %1).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>FICHIER|URI</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (NUL byte at offset %1, line %2)</source>
        <translation>c&apos;est un fichier binaire, pas du texte CSV (octet NUL à la position %1, ligne %2)</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text (NUL character on line %1)</source>
        <translation>c&apos;est un fichier binaire, pas du texte CSV (caractère NUL à la ligne %1)</translation>
    </message>
    <message>
        <source>the file is empty: it holds only blank lines</source>
        <translation>le fichier est vide : il ne contient que des lignes blanches</translation>
    </message>
    <message numerus="yes">
        <source>the file has only %n line(s), but the profile skips %1 line(s) before the header</source>
        <translation>
            <numerusform>le fichier n&apos;a que %n ligne, mais le profil ignore %1 ligne(s) avant l&apos;en-tête</numerusform>
            <numerusform>le fichier n&apos;a que %n lignes, mais le profil ignore %1 ligne(s) avant l&apos;en-tête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no header row after the %n skipped line(s)</source>
        <translation>
            <numerusform>aucune ligne d&apos;en-tête après %n ligne ignorée</numerusform>
            <numerusform>aucune ligne d&apos;en-tête après les %n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>aucune ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and is never closed (missing closing quote)</source>
        <translation>ligne %1 : un champ entre guillemets s&apos;ouvre ici et n&apos;est jamais fermé (guillemet fermant manquant)</translation>
    </message>
    <message>
        <source>line %1: unexpected text after the closing quote of field %2 (a quote inside a quoted field must be doubled)</source>
        <translation>ligne %1 : texte inattendu après le guillemet fermant du champ %2 (un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an Obole database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données Obole (ce n&apos;est pas un fichier SQLite) ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2); it was left untouched.</source>
        <translation>%1 est endommagé ou n&apos;est pas une base de données (%2) ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Obole (schema %2; this version knows up to %3). It was left untouched: update Obole to open it.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Obole (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Le fichier n&apos;a pas été modifié : mettez Obole à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Obole database; it was left untouched.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Obole ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date; it was left as it was. %2</source>
        <translation>Impossible de mettre %1 à jour ; le fichier a été laissé tel quel. %2</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>L&apos;étape %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is not an Obole database (it is not an SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données Obole (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Restore a backup, or run obole-cli db check for the whole report.</source>
        <translation>%1 est endommagé (%2) ; il n&apos;a pas été modifié. Restaurez une sauvegarde, ou lancez obole-cli db check pour le rapport complet.</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Obole: opening it needs an upgrade, which writes to it. Make it writable (or copy it) first; it was left untouched.</source>
        <translation>%1 est en lecture seule et a été écrit par une version plus ancienne d&apos;Obole : l&apos;ouvrir demande une mise à niveau, qui écrit dans le fichier. Rendez-le modifiable (ou copiez-le) d&apos;abord ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Compaction cancelled; the file is as it was.</source>
        <translation>Compactage annulé ; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>Cannot compact %1: %2</source>
        <translation>Impossible de compacter %1 : %2</translation>
    </message>
    <message>
        <source>Another desk has been writing to the database for over %1 seconds (an import or a reconciliation, most likely); nothing was changed. Try again in a moment.</source>
        <translation>Un autre poste écrit dans la base depuis plus de %1 secondes (un import ou un rapprochement, sans doute) ; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: check the host, the port and that the server runs and accepts connections from this computer (%2).</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1 : vérifiez l&apos;hôte, le port, et que le serveur tourne et accepte les connexions de cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>The secure connection to the PostgreSQL server at %1 failed (%2). With sslmode=verify-full, the server&apos;s certificate must be signed by the authority in ~/.postgresql/root.crt (or sslrootcert) and name the host.</source>
        <translation>La connexion sécurisée au serveur PostgreSQL %1 a échoué (%2). Avec sslmode=verify-full, le certificat du serveur doit être signé par l&apos;autorité de ~/.postgresql/root.crt (ou sslrootcert) et nommer l&apos;hôte.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 asks for the password of %2, and none was found: add a line for it to ~/.pgpass (host:port:database:user:password, a file only you can read).</source>
        <translation>Le serveur PostgreSQL %1 demande le mot de passe de %2, et aucun n&apos;a été trouvé : ajoutez-lui une ligne dans ~/.pgpass (hôte:port:base:utilisateur:mot de passe, un fichier que vous seul pouvez lire).</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2: create it (see the team setup guide) or check its name in %3.</source>
        <translation>Il n&apos;y a pas de base « %1 » sur le serveur PostgreSQL %2 : créez-la (voir le guide d&apos;installation en équipe) ou vérifiez son nom dans %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of %2 (%3).</source>
        <translation>Le serveur PostgreSQL %1 a refusé la connexion de %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot open %1: out of memory.</source>
        <translation>Impossible d&apos;ouvrir %1 : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>%1 logs in as %2, a superuser: Obole works as an ordinary role (see obole-cli db roles and the team setup guide), so that the server&apos;s own grants keep each desk to its part.</source>
        <translation>%1 se connecte en tant que %2, un superutilisateur : Obole travaille avec un rôle ordinaire (voir obole-cli db roles et le guide d&apos;installation en équipe), pour que les droits du serveur cantonnent chaque poste à sa part.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not an Obole database; it was left untouched.</source>
        <translation>La base %1 contient les tables d&apos;un autre programme, ce n&apos;est pas une base Obole ; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date: %2</source>
        <translation>Impossible de mettre %1 à jour : %2</translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date; it was left as it was. Step %2 failed: %3</source>
        <translation>Impossible de mettre %1 à jour ; elle est restée telle quelle. L&apos;étape %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost (%1); what was being written was not kept.</source>
        <translation>La connexion au serveur PostgreSQL a été perdue (%1) ; ce qui était en cours d&apos;écriture n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused this to %1, whose role may not do it (%2). Imports, reviews and closings need the obole_accountant role; the catalog and snippet settings, the database&apos;s owner.</source>
        <translation>Le serveur PostgreSQL a refusé cette opération à %1, dont le rôle ne la permet pas (%2). Les imports, les revues et les clôtures demandent le rôle obole_accountant ; le catalogue et les réglages des extraits, le propriétaire de la base.</translation>
    </message>
    <message>
        <source>%1 is empty, and %2 may not create its tables: open it first as the database&apos;s owner, %3 (then give the team its roles: obole-cli db roles). Nothing was changed.</source>
        <translation>%1 est vide, et %2 n&apos;a pas le droit d&apos;en créer les tables : ouvrez-la d&apos;abord en tant que propriétaire de la base, %3 (puis donnez ses rôles à l&apos;équipe : obole-cli db roles). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by an older Obole (schema %2) and must be brought up to date (schema %3) by its owner, %4, before other roles open it: open it once as %4. It was left as it was.</source>
        <translation>%1 a été écrite par une version plus ancienne d&apos;Obole (schéma %2) et doit être mise à jour (schéma %3) par son propriétaire, %4, avant que d&apos;autres rôles ne l&apos;ouvrent : ouvrez-la une fois en tant que %4. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost, and connecting again failed (%1); nothing was changed.</source>
        <translation>La connexion au serveur PostgreSQL a été perdue, et la reconnexion a échoué (%1) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not take encrypted connections, and this connection asks for one (%2): turn ssl on in the server&apos;s postgresql.conf (see the team setup guide), or choose a security that allows an unencrypted connection.</source>
        <translation>Le serveur PostgreSQL %1 n&apos;accepte pas les connexions chiffrées, et cette connexion en demande une (%2) : activez ssl dans le postgresql.conf du serveur (voir le guide d&apos;installation pour une équipe), ou choisissez une sécurité qui permet une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date; it was left as it was. Granting the team&apos;s roles what they may do on the new tables failed: %2</source>
        <translation>Impossible de mettre %1 à jour ; elle est restée telle quelle. Les droits des rôles de l&apos;équipe sur les nouvelles tables n&apos;ont pas pu être accordés : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The two databases are at different schema steps (%1 and %2).</source>
        <translation>Les deux bases ne sont pas à la même étape de schéma (%1 et %2).</translation>
    </message>
    <message>
        <source>%1 is not empty (its table %2 holds rows); nothing was copied. Copy into a new file, or into a database just created on the server.</source>
        <translation>%1 n&apos;est pas vide (sa table %2 contient des lignes) ; rien n&apos;a été copié. Copiez dans un nouveau fichier, ou dans une base tout juste créée sur le serveur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has no table %2.</source>
        <translation>%1 n&apos;a pas de table %2.</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Copy cancelled; the target was left as it was.</source>
        <translation>Copie annulée ; la cible est restée telle quelle.</translation>
    </message>
    <message>
        <source>%1 may not read the table %2 of %3: a whole copy is made as the database&apos;s owner. Nothing was copied.</source>
        <translation>%1 n&apos;a pas le droit de lire la table %2 de %3 : une copie complète se fait en tant que propriétaire de la base. Rien n&apos;a été copié.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database already holds a catalog; demo data goes into a new database only.</source>
        <translation>La base de données contient déjà un catalogue ; les données de démonstration ne peuvent aller que dans une nouvelle base de données.</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>%1, line %2: the first column holds the day and is named &quot;Date&quot;, not &quot;%3&quot;.</source>
        <translation>%1, ligne %2 : la première colonne contient le jour et s&apos;appelle « Date », pas « %3 ».</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: a pair of currencies names the currency of the books (%4) on one side, such as BTC/%4.</source>
        <translation>%1, ligne %2, colonne « %3 » : une paire de devises nomme la devise de tenue des comptes (%4) d&apos;un côté, comme BTC/%4.</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a currency code other than the books&apos; (%5).</source>
        <translation>%1, ligne %2, colonne « %3 » : « %4 » n&apos;est pas un code de devise autre que celui des comptes (%5).</translation>
    </message>
    <message>
        <source>%1, line %2: two columns give rates for %3.</source>
        <translation>%1, ligne %2 : deux colonnes donnent des taux pour %3.</translation>
    </message>
    <message>
        <source>%1: no column of rates after the day (such as USD, or BTC/%2).</source>
        <translation>%1 : aucune colonne de taux après le jour (comme USD, ou BTC/%2).</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a day such as 2025-03-14.</source>
        <translation>%1, ligne %2, colonne « %3 » : « %4 » n&apos;est pas un jour comme 2025-03-14.</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a rate: a positive number, &apos;.&apos; as its decimal mark, at most 12 significant digits and 10 decimals.</source>
        <translation>%1, ligne %2, colonne « %3 » : « %4 » n&apos;est pas un taux : un nombre positif, « . » comme séparateur décimal, au plus 12 chiffres significatifs et 10 décimales.</translation>
    </message>
    <message>
        <source>%1, line %2: a second rate for %3 on %4.</source>
        <translation>%1, ligne %2 : un second taux pour %3 le %4.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no rate.</source>
        <translation>%1 ne contient aucun taux.</translation>
    </message>
</context>
<context>
    <name>FecExport</name>
    <message>
        <source>No SIREN is set: the FEC&apos;s file name lacks it. Set it in the accounting settings (Reports page, or obole-cli accounting set siren NUMBER) before filing.</source>
        <translation>Aucun SIREN n&apos;est renseigné : il manque dans le nom du fichier FEC. Renseignez-le dans les paramètres comptables (page Rapports, ou obole-cli accounting set siren NUMÉRO) avant le dépôt.</translation>
    </message>
    <message>
        <source>No output given for the FEC.</source>
        <translation>Aucune sortie indiquée pour le FEC.</translation>
    </message>
    <message>
        <source>The accounting settings cannot be used: %1</source>
        <translation>Les paramètres comptables sont inutilisables : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The entries do not balance (debit %1, credit %2); nothing was written.</source>
        <translation>Les écritures ne sont pas équilibrées (débit %1, crédit %2) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>ISO-8859-15 lacks these characters, replaced by their closest equivalent: %1</source>
        <translation>L&apos;ISO-8859-15 ne comporte pas ces caractères, remplacés par leur équivalent le plus proche : %1</translation>
    </message>
    <message>
        <source>A FEC names the company by its SIREN, which is not set: set it in Reports → Accounting Settings, or with obole-cli accounting set siren NNNNNNNNN; nothing was written.</source>
        <translation>Un FEC désigne l&apos;entreprise par son SIREN, qui n&apos;est pas renseigné : indiquez-le dans Rapports → Paramètres comptables, ou avec obole-cli accounting set siren NNNNNNNNN ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it is: export with --force, or confirm in the dialog, to replace it.</source>
        <translation>%1 existe déjà et n&apos;a pas été modifié : exportez avec --force, ou confirmez dans la boîte de dialogue, pour le remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) through %1 are not in the FEC: the operator sells to the buyer, so the turnover is the reversement, and neither the sales log nor a price point tells it for them.</source>
        <translation>
            <numerusform>%n vente via %1 n&apos;est pas dans le FEC : l&apos;opérateur vend à l&apos;acheteur, le chiffre d&apos;affaires est donc le reversement, que ni le journal des ventes ni un point de prix n&apos;indique pour elle.</numerusform>
            <numerusform>%n ventes via %1 ne sont pas dans le FEC : l&apos;opérateur vend à l&apos;acheteur, le chiffre d&apos;affaires est donc le reversement, que ni le journal des ventes ni un point de prix n&apos;indique pour elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) or payout(s) in %1 are not in the FEC: no exchange rate to %2 is known for %3. Import the day&apos;s rates (Reports page, Exchange Rates…, or obole-cli rates import FILE.csv); the books cannot be closed over these days until then.</source>
        <translation>
            <numerusform>%n vente ou reversement en %1 n&apos;est pas dans le FEC : aucun taux de change vers %2 n&apos;est connu pour %3. Importez les taux du jour (page Rapports, Taux de change…, ou obole-cli rates import FICHIER.csv) ; d&apos;ici là, les comptes ne peuvent pas être clôturés sur ces jours.</numerusform>
            <numerusform>%n ventes ou reversements en %1 ne sont pas dans le FEC : aucun taux de change vers %2 n&apos;est connu pour %3. Importez les taux du jour (page Rapports, Taux de change…, ou obole-cli rates import FICHIER.csv) ; d&apos;ici là, les comptes ne peuvent pas être clôturés sur ces jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Obole Help</source>
        <translation>Aide d&apos;Obole</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>ImportBatchModel</name>
    <message>
        <source>Sales log</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <source>Payout statement</source>
        <translation>Relevé de reversement</translation>
    </message>
    <message>
        <source>Provider statement</source>
        <translation>Relevé de prestataire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>sales log</source>
        <translation>journal des ventes</translation>
    </message>
    <message>
        <source>payout statement, %1</source>
        <translation>relevé de reversement, %1</translation>
    </message>
    <message>
        <source>provider statement, %1</source>
        <translation>relevé de prestataire, %1</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Co&amp;py Summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import Statements</source>
        <translation>Importer des relevés</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Map the columns of a file no profile reads yet, and save the mapping as a profile</source>
        <translation>Associer les colonnes d&apos;un fichier qu&apos;aucun profil ne lit encore, et enregistrer cette correspondance comme profil</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and list them (otherwise one malformed row rejects the whole file)</source>
        <translation>Ignorer les lignes &amp;mal formées et les lister (sinon une seule ligne mal formée fait rejeter tout le fichier)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message>
        <source>The summary of each file appears here when the import ends.</source>
        <translation>Le résumé de chaque fichier s&apos;affiche ici à la fin de l&apos;import.</translation>
    </message>
    <message>
        <source>Drop files here, or add them; they are imported one after another.</source>
        <translation>Déposez les fichiers ici, ou ajoutez-les ; ils sont importés l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Fichiers :</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
    <message>
        <source>Statements and sales logs (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Relevés et journaux des ventes (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a profile in the list: its name, then what it reads (&quot;provider statement, stripe&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No profile: create one with New Profile…</source>
        <translation>Aucun profil : créez-en un avec Nouveau profil…</translation>
    </message>
    <message>
        <source>Built into Obole.</source>
        <translation>Intégré à Obole.</translation>
    </message>
    <message>
        <source>Saved profile.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>Reads a %1: encoding %2, delimiter %3, decimal mark “%4”, dates as %5 in %6.</source>
        <extracomment>how a profile reads a file: encoding, delimiter, decimal mark, date format and time zone</extracomment>
        <translation>Lit un %1 : encodage %2, séparateur %3, séparateur décimal “%4”, dates au format %5 dans le fuseau %6.</translation>
    </message>
    <message>
        <source>Some saved profiles cannot be read and are not listed: %1</source>
        <translation>Certains profils enregistrés sont illisibles et ne figurent pas dans la liste : %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ This profile reads the first rows of %n file(s).</source>
        <translation>
            <numerusform>✓ Ce profil lit les premières lignes de %n fichier.</numerusform>
            <numerusform>✓ Ce profil lit les premières lignes des %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1
Choose another profile, or map the file with New Profile…</source>
        <translation>⚠ %1
Choisissez un autre profil, ou associez les colonnes du fichier avec Nouveau profil…</translation>
    </message>
    <message>
        <source>Profile “%1”; bad rows are skipped and listed.</source>
        <translation>Profil “%1” ; les lignes mal formées sont ignorées et listées.</translation>
    </message>
    <message>
        <source>Profile “%1”; a malformed row rejects its file.</source>
        <translation>Profil “%1” ; une ligne mal formée fait rejeter son fichier.</translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation>Annulation : les lignes du fichier en cours de lecture sont retirées…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3…</source>
        <translation>Import du fichier %1 sur %2 : %3…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import terminé.</translation>
    </message>
    <message>
        <source>decided by the file</source>
        <translation>décidée par le fichier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Recognised from the file: %1.</source>
        <translation>Reconnu d&apos;après le fichier : %1.</translation>
    </message>
    <message>
        <source>⚠ Several profiles read this file equally well (%1): choose the right one in the list.</source>
        <translation>⚠ Plusieurs profils lisent ce fichier aussi bien l&apos;un que l&apos;autre (%1) : choisissez le bon dans la liste.</translation>
    </message>
    <message>
        <source>No profile reads this file yet: map its columns with New Profile….</source>
        <translation>Aucun profil ne lit encore ce fichier : associez ses colonnes avec Nouveau profil….</translation>
    </message>
    <message>
        <source>⚠ The provider “%1” could not be added to the catalog: %2</source>
        <translation>⚠ Le prestataire « %1 » n&apos;a pas pu être ajouté au catalogue : %2</translation>
    </message>
    <message>
        <source>⚠ Import failed: nothing was imported (see the summary).</source>
        <translation>⚠ Échec de l&apos;import : rien n&apos;a été importé (voir le résumé).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Import finished with errors: %1 of %n file(s) not imported (see the summary).</source>
        <translation>
            <numerusform>⚠ Import terminé avec des erreurs : %1 fichier sur %n non importé (voir le résumé).</numerusform>
            <numerusform>⚠ Import terminé avec des erreurs : %1 fichiers sur %n non importés (voir le résumé).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Rows added</source>
        <translation>Lignes ajoutées</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Lots d&apos;import</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>&amp;Undo Batch…</source>
        <translation>A&amp;nnuler le lot…</translation>
    </message>
    <message>
        <source>Remove the selected batch and every row it added (Delete)</source>
        <translation>Supprimer le lot sélectionné et toutes les lignes qu&apos;il a ajoutées (Suppr)</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progression de l&apos;annulation</translation>
    </message>
    <message>
        <source>Rejected rows of the selected batch</source>
        <translation>Lignes rejetées du lot sélectionné</translation>
    </message>
    <message>
        <source>No row of this batch was rejected.</source>
        <translation>Aucune ligne de ce lot n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>No statement imported yet.

Drag a provider&apos;s statement or the site&apos;s sales log onto this window, or choose File → Import… (Ctrl+I).</source>
        <translation>Aucun relevé importé pour l&apos;instant.

Faites glisser un relevé de prestataire ou le journal des ventes du site sur cette fenêtre, ou choisissez Fichier → Importer… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Re&amp;jected rows of the selected batch:</source>
        <translation>Lignes re&amp;jetées du lot sélectionné :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Batch %1, read with the profile “%2” as %3: %4 skipped, %5 rejected. SHA-256 %6.</source>
        <extracomment>details of an import batch; %4 and %5 are numbers of rows, %6 the file&apos;s SHA-256</extracomment>
        <translation>Lot %1, lu avec le profil “%2” en %3 : %4 lignes ignorées, %5 rejetées. SHA-256 %6.</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1 (batch %2, imported %3)?

The %n row(s) it added will be removed. The file can be imported again afterwards.</source>
        <translation>
            <numerusform>Annuler l&apos;import de %1 (lot %2, importé le %3) ?

%n ligne ajoutée par cet import sera supprimée. Le fichier pourra ensuite être importé à nouveau.</numerusform>
            <numerusform>Annuler l&apos;import de %1 (lot %2, importé le %3) ?

Les %n lignes ajoutées par cet import seront supprimées. Le fichier pourra ensuite être importé à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Removing batch %1 (%2)…</source>
        <translation>Suppression du lot %1 (%2)…</translation>
    </message>
    <message>
        <source>The batch could not be removed: %1</source>
        <translation>Le lot n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 undone: batch %2 and its %n row(s) removed.</source>
        <translation>
            <numerusform>Import de %1 annulé : lot %2 supprimé avec %n ligne.</numerusform>
            <numerusform>Import de %1 annulé : lot %2 supprimé avec ses %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop compacting: the file stays as it was</source>
        <translation>Arrêter le compactage : le fichier reste tel quel</translation>
    </message>
    <message>
        <source>Undoing this import left %1 of free space in the database file (%2 in all). Compacting the file gives it back to the disk; it takes a while on a large file, and can be cancelled.

Compact the file now?</source>
        <translation>L&apos;annulation de cet import laisse %1 d&apos;espace libre dans le fichier de la base (%2 au total). Compacter le fichier rend cet espace au disque ; c&apos;est un peu long sur un gros fichier, et cela peut être annulé.

Compacter le fichier maintenant ?</translation>
    </message>
    <message>
        <source>Compact the Database</source>
        <translation>Compacter la base</translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation>Compactage de la base…</translation>
    </message>
    <message>
        <source>Compaction cancelled: the database file is as it was.</source>
        <translation>Compactage annulé : le fichier de la base est resté tel quel.</translation>
    </message>
    <message>
        <source>Database compacted: %1 before, %2 now.</source>
        <translation>Base compactée : %1 avant, %2 maintenant.</translation>
    </message>
    <message>
        <source>Database compacted.</source>
        <translation>Base compactée.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1 : non importé : %2</translation>
    </message>
    <message>
        <source>%1: not imported: the import was cancelled before this file.</source>
        <translation>%1 : non importé : l&apos;import a été annulé avant ce fichier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not imported; nothing was changed.</source>
        <translation>%1 : non importé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>  Rejected rows (skipped, not imported):</source>
        <translation>  Lignes rejetées (ignorées, non importées) :</translation>
    </message>
    <message>
        <source>Files imported: %1</source>
        <translation>Fichiers importés : %1</translation>
    </message>
    <message>
        <source>%1, already imported before: %2</source>
        <translation>%1, déjà importés auparavant : %2</translation>
    </message>
    <message>
        <source>%1, not imported: %2</source>
        <translation>%1, non importés : %2</translation>
    </message>
    <message>
        <source>%1, cancelled: %2</source>
        <translation>%1, annulés : %2</translation>
    </message>
    <message>
        <source>%1. Rows added: %2.</source>
        <translation>%1. Lignes ajoutées : %2.</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Remarque : %1</translation>
    </message>
    <message>
        <source>  ⚠ Warning: %1</source>
        <translation>  ⚠ Attention : %1</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>%1: cannot open the profile: %2</source>
        <translation>%1 : impossible d&apos;ouvrir le profil : %2</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1 :
%2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2)</source>
        <translation>JSON non valide : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>an import profile must be a JSON object ({…})</source>
        <translation>un profil d&apos;import doit être un objet JSON ({…})</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1 : doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: %2 is not one of provider, sales, payout</source>
        <translation>%1 : %2 ne fait pas partie de provider, sales, payout</translation>
    </message>
    <message>
        <source>%1: %2 is not a supported encoding (auto, utf-8, windows-1252, iso-8859-15, iso-8859-1)</source>
        <translation>%1 : %2 n&apos;est pas un encodage pris en charge (auto, utf-8, windows-1252, iso-8859-15, iso-8859-1)</translation>
    </message>
    <message>
        <source>%1: %2 is not a delimiter: use one character such as ; , |, or &quot;tab&quot; or &quot;auto&quot;</source>
        <translation>%1 : %2 n&apos;est pas un séparateur : utilisez un caractère comme ; , |, ou &quot;tab&quot; ou &quot;auto&quot;</translation>
    </message>
    <message>
        <source>%1: must be a whole number from 0 to %2</source>
        <translation>%1 : doit être un nombre entier de 0 à %2</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1 : doit être true ou false</translation>
    </message>
    <message>
        <source>%1: must be a list of {&quot;column&quot;: …, &quot;matches&quot;: …}</source>
        <translation>%1 : doit être une liste de {&quot;column&quot;: …, &quot;matches&quot;: …}</translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;column&quot;: …, &quot;matches&quot;: …}</source>
        <translation>%1 : doit être un objet {&quot;column&quot;: …, &quot;matches&quot;: …}</translation>
    </message>
    <message>
        <source>%1.column: missing (required)</source>
        <translation>%1.column : manquant (obligatoire)</translation>
    </message>
    <message>
        <source>%1.column: must be a column name or a 1-based column number</source>
        <translation>%1.column : doit être un nom de colonne ou un numéro de colonne à partir de 1</translation>
    </message>
    <message>
        <source>%1.matches: missing (required)</source>
        <translation>%1.matches : manquant (obligatoire)</translation>
    </message>
    <message>
        <source>%1.matches: must be a regular expression, as a string</source>
        <translation>%1.matches : doit être une expression régulière, sous forme de chaîne</translation>
    </message>
    <message>
        <source>%1.%2: unknown key (a rule has &quot;column&quot; and &quot;matches&quot;)</source>
        <translation>%1.%2 : clé inconnue (une règle a &quot;column&quot; et &quot;matches&quot;)</translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;timestamp&quot;: &quot;Date&quot;, &quot;gross&quot;: &quot;Amount&quot;, …}</source>
        <translation>%1 : doit être un objet {&quot;timestamp&quot;: &quot;Date&quot;, &quot;gross&quot;: &quot;Amount&quot;, …}</translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;value in the file&quot;: &quot;channel id&quot;, …}</source>
        <translation>%1 : doit être un objet {&quot;valeur dans le fichier&quot;: &quot;id de canal&quot;, …}</translation>
    </message>
    <message>
        <source>%1: must be a channel id, as a string</source>
        <translation>%1 : doit être un identifiant de canal, sous forme de chaîne</translation>
    </message>
    <message>
        <source>%1: missing (required: provider, sales or payout)</source>
        <translation>%1 : manquant (obligatoire : provider, sales ou payout)</translation>
    </message>
    <message>
        <source>%1: missing (required)</source>
        <translation>%1 : manquant (obligatoire)</translation>
    </message>
    <message>
        <source>skip_rows[%1]: the regular expression was changed without recompiling it</source>
        <translation>skip_rows[%1] : l&apos;expression régulière a été modifiée sans être recompilée</translation>
    </message>
    <message>
        <source>%1: missing (required for kind &quot;%2&quot;)</source>
        <translation>%1 : manquant (obligatoire pour le type &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a known time zone (use an IANA id such as &quot;Europe/Paris&quot; or &quot;UTC&quot;)</source>
        <translation>%1 : %2 n&apos;est pas un fuseau horaire connu (utilisez un identifiant IANA comme &quot;Europe/Paris&quot; ou &quot;UTC&quot;)</translation>
    </message>
    <message>
        <source>%1: %2 names a header, but &quot;header&quot; is false: give the column&apos;s number (1 for the first)</source>
        <translation>%1 : %2 désigne un en-tête, mais &quot;header&quot; vaut false : indiquez le numéro de la colonne (1 pour la première)</translation>
    </message>
    <message>
        <source>%1.matches: %2 is not a valid regular expression: %3 (at character %4)</source>
        <translation>%1.matches : %2 n&apos;est pas une expression régulière valide : %3 (au caractère %4)</translation>
    </message>
    <message>
        <source>%1.column: %2 names a header, but &quot;header&quot; is false: give a field name or the column&apos;s number</source>
        <translation>%1.column : %2 désigne un en-tête, mais &quot;header&quot; vaut false : indiquez un nom de champ ou le numéro de la colonne</translation>
    </message>
    <message>
        <source>%1.column: the field %2 is not in &quot;columns&quot;</source>
        <translation>%1.column : le champ %2 n&apos;est pas dans &quot;columns&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is not a channel id (%3)</source>
        <translation>%1 : %2 n&apos;est pas un identifiant de canal (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not an ISO 4217 currency code (three letters, such as EUR)</source>
        <translation>%1 : %2 n&apos;est pas un code de devise ISO 4217 (trois lettres, comme EUR)</translation>
    </message>
    <message>
        <source>%1: missing (required when columns.currency is not set)</source>
        <translation>%1 : manquant (obligatoire quand columns.currency n&apos;est pas défini)</translation>
    </message>
    <message numerus="yes">
        <source>%1: column %2 does not exist: the header has %n column(s)</source>
        <translation>
            <numerusform>%1 : la colonne %2 n&apos;existe pas : l&apos;en-tête a %n colonne</numerusform>
            <numerusform>%1 : la colonne %2 n&apos;existe pas : l&apos;en-tête a %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no column %2 in the file&apos;s header</source>
        <translation>%1 : pas de colonne %2 dans l&apos;en-tête du fichier</translation>
    </message>
    <message>
        <source>The header has: %1</source>
        <translation>L&apos;en-tête contient : %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a decimal mark: use &quot;.&quot;, &quot;,&quot; or &quot;auto&quot;</source>
        <translation>%1 : %2 n&apos;est pas un séparateur décimal : utilisez &quot;.&quot;, &quot;,&quot; ou &quot;auto&quot;</translation>
    </message>
    <message>
        <source>%1[%2]: must be a date format, as a string</source>
        <translation>%1[%2] : doit être un format de date, sous forme de chaîne</translation>
    </message>
    <message>
        <source>%1: the list is empty: give at least one date format</source>
        <translation>%1 : la liste est vide : indiquez au moins un format de date</translation>
    </message>
    <message>
        <source>%1: must be a list of field names, such as [&quot;product&quot;]</source>
        <translation>%1 : doit être une liste de noms de champs, comme [&quot;product&quot;]</translation>
    </message>
    <message>
        <source>%1[%2]: %3 is not a field that may be missing (timestamp and gross never are)</source>
        <translation>%1[%2] : %3 n&apos;est pas un champ qui peut manquer (timestamp et gross ne le sont jamais)</translation>
    </message>
    <message>
        <source>%1: unknown field (the fields are timestamp, reference, channel, product, gross, net, fee, currency, status, provider, time, zone)</source>
        <translation>%1 : champ inconnu (les champs sont timestamp, reference, channel, product, gross, net, fee, currency, status, provider, time, zone)</translation>
    </message>
    <message>
        <source>%1: every name of the list must be a header (a non-empty string)</source>
        <translation>%1 : chaque nom de la liste doit être un en-tête (une chaîne non vide)</translation>
    </message>
    <message>
        <source>%1: must be a header (a non-empty string), a list of headers, or a 1-based column number</source>
        <translation>%1 : doit être un en-tête (une chaîne non vide), une liste d&apos;en-têtes, ou un numéro de colonne à partir de 1</translation>
    </message>
    <message>
        <source>%1: must be &quot;.&quot;, &quot;,&quot; or &quot;auto&quot;</source>
        <translation>%1 : doit valoir &quot;.&quot;, &quot;,&quot; ou &quot;auto&quot;</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 column</source>
        <extracomment>An import profile&apos;s column in an error: &quot;Date and time column (columns.timestamp): …&quot;.</extracomment>
        <translation>Colonne « %1 »</translation>
    </message>
    <message>
        <source>Channel of the value %1</source>
        <translation>Canal de la valeur %1</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Lines before the header</source>
        <translation>Lignes avant l&apos;en-tête</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Rows to skip</source>
        <translation>Lignes à ignorer</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Channels of the file&apos;s values</source>
        <translation>Canaux des valeurs du fichier</translation>
    </message>
    <message>
        <source>Channel when the file names none</source>
        <translation>Canal quand le fichier n&apos;en donne pas</translation>
    </message>
    <message>
        <source>Currency when the file names none</source>
        <translation>Devise quand le fichier n&apos;en donne pas</translation>
    </message>
    <message>
        <source>Optional columns</source>
        <translation>Colonnes facultatives</translation>
    </message>
    <message>
        <source>Apostrophes before formulas</source>
        <translation>Apostrophes devant les formules</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation>Canal de paiement</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>Montant brut</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Montant net</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Statut du paiement</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Currency the rate prices</source>
        <translation>Devise cotée par le taux</translation>
    </message>
    <message>
        <source>Currency the rate is in</source>
        <translation>Devise du taux</translation>
    </message>
    <message>
        <source>%1: give %2 or %3, not both</source>
        <translation>%1 : donnez %2 ou %3, pas les deux</translation>
    </message>
    <message>
        <source>%1: needs %2 (the column of the currency the rate prices, when the amounts are in the currency of the price) or %3 (the column of the currency of the price, when the amounts are in the currency priced)</source>
        <translation>%1 : il faut %2 (la colonne de la devise cotée, quand les montants sont dans la devise du taux) ou %3 (la colonne de la devise du taux, quand les montants sont dans la devise cotée)</translation>
    </message>
    <message>
        <source>%1: used only together with %2</source>
        <translation>%1 : ne sert qu&apos;avec %2</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Il n&apos;y a pas de lot d&apos;import %1.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: already imported on %2 (batch %3); nothing added.</source>
        <translation>%1 : déjà importé le %2 (lot %3) ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>%1: cannot start the import: %2</source>
        <translation>%1 : impossible de démarrer l&apos;import : %2</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed.</source>
        <translation>%1 : import annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 (the file was not imported; nothing was changed)</source>
        <translation>%1 (le fichier n&apos;a pas été importé ; rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>%1, line %2: cannot store the row: %3</source>
        <translation>%1, ligne %2 : impossible d&apos;enregistrer la ligne : %3</translation>
    </message>
    <message>
        <source>%1: cannot save the import: %2</source>
        <translation>%1 : impossible d&apos;enregistrer l&apos;import : %2</translation>
    </message>
    <message>
        <source>the catalog has no provider %1: add it in Price points → Providers (or pick the catalog&apos;s in the profile), or its rows stay apart from its price points and payouts</source>
        <translation>le catalogue n&apos;a pas de prestataire %1 : ajoutez-le dans Tarifs → Prestataires (ou choisissez celui du catalogue dans le profil), sans quoi ses lignes restent à l&apos;écart de ses tarifs et reversements</translation>
    </message>
    <message>
        <source>its dates (%1 to %2) lie more than %3 days outside the sales log&apos;s (%4 to %5): is it the right file?</source>
        <translation>ses dates (du %1 au %2) sont à plus de %3 jours de celles du journal des ventes (du %4 au %5) : est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 added, %4 already present, %5 skipped, %6 rejected (batch %7)</source>
        <translation>%1 : %2 lignes lues, %3 ajoutées, %4 déjà présentes, %5 ignorées, %6 rejetées (lot %7)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, read as &quot;%2&quot; (recognised from the file).</source>
        <translation>%1, lu avec « %2 » (reconnu d&apos;après le fichier).</translation>
    </message>
    <message>
        <source>%1, read as &quot;%2&quot;.</source>
        <translation>%1, lu avec « %2 ».</translation>
    </message>
    <message>
        <source>%1: cannot compute the file&apos;s SHA-256</source>
        <translation>%1 : impossible de calculer l&apos;empreinte SHA-256 du fichier</translation>
    </message>
    <message>
        <source>%1: cannot store the rows: %2</source>
        <translation>%1 : impossible d&apos;enregistrer les lignes : %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Obole</source>
        <translation>Obole</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Obole</source>
        <translation>À &amp;propos d&apos;Obole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>%1 — Obole</source>
        <translation>%1 — Obole</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>No import yet</source>
        <translation>Aucun import pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last import: %1, %2</source>
        <translation>Dernier import : %1, %2</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Obole databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Obole (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose File → Open Database to open it, or another name.</source>
        <translation>%1 existe déjà. Choisissez Fichier → Ouvrir une base de données pour l&apos;ouvrir, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Import providers&apos; statements and the site&apos;s sales log (Ctrl+I, or drop the files on the window)</source>
        <translation>Importer les relevés des prestataires et le journal des ventes du site (Ctrl+I, ou déposez les fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a database first (File → Open Database).</source>
        <translation>Ouvrez ou créez d&apos;abord une base de données (Fichier → Ouvrir une base de données).</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Impossible de créer la base de démonstration</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>Pre&amp;miers pas</translation>
    </message>
    <message>
        <source>Writing the demo merchant…</source>
        <translation>Écriture du marchand de démonstration…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>Obole &amp;Help</source>
        <translation>&amp;Aide d&apos;Obole</translation>
    </message>
    <message>
        <source>The guide of the page on show (F1)</source>
        <translation>Le guide de la page affichée (F1)</translation>
    </message>
    <message>
        <source>%1

The file is left as it is. Open another database, create a new one, or quit.</source>
        <translation>%1

Le fichier est laissé tel quel. Ouvrez une autre base, créez-en une nouvelle, ou quittez.</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;Ouvrir une autre base…</translation>
    </message>
    <message>
        <source>Open S&amp;hared Database…</source>
        <translation>Ouvrir une base pa&amp;rtagée…</translation>
    </message>
    <message>
        <source>Open a database on a PostgreSQL server, shared by a team</source>
        <translation>Ouvrir une base sur un serveur PostgreSQL, partagée par une équipe</translation>
    </message>
    <message>
        <source>Changes made at other desks will show when a page is opened again: %1</source>
        <translation>Les modifications faites sur d&apos;autres postes apparaîtront à la prochaine ouverture d&apos;une page : %1</translation>
    </message>
    <message>
        <source>Another desk changed the data: the pages show it now.</source>
        <translation>Un autre poste a modifié les données : les pages les montrent désormais.</translation>
    </message>
    <message>
        <source>Database: %1 (read only)</source>
        <translation>Base de données : %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Your role on this server reads the data but may not import: an accountant&apos;s desk imports statements.</source>
        <translation>Votre rôle sur ce serveur lit les données mais ne peut pas importer : c&apos;est le poste d&apos;un comptable qui importe les relevés.</translation>
    </message>
    <message>
        <source>The password was not kept in the system keyring (%1): it is used until Obole closes.</source>
        <translation>Le mot de passe n&apos;a pas été conservé dans le trousseau du système (%1) : il sert jusqu&apos;à la fermeture d&apos;Obole.</translation>
    </message>
    <message>
        <source>The server answers again: the pages show the data as it is now.</source>
        <translation>Le serveur répond de nouveau : les pages montrent les données telles qu&apos;elles sont maintenant.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed on the server. Try again, open another database, create a new one, or quit.</source>
        <translation>%1

Rien n&apos;a été modifié sur le serveur. Réessayez, ouvrez une autre base, créez-en une nouvelle, ou quittez.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>MappingColumnsPage</name>
    <message>
        <source>What the columns mean</source>
        <translation>Signification des colonnes</translation>
    </message>
    <message>
        <source>The columns are proposed from the file&apos;s headers: check them. Only the date and the gross amount are required.</source>
        <translation>Les colonnes sont proposées d&apos;après les en-têtes du fichier : vérifiez-les. Seuls la date et le montant brut sont obligatoires.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>When the time of day is in a column of its own, next to the date: the date format then describes both, separated by a space</source>
        <translation>Lorsque l&apos;heure figure dans une colonne à part, à côté de la date : le format de date décrit alors les deux, séparés par une espace</translation>
    </message>
    <message>
        <source>iso8601, unix (seconds), unix_ms, or a Qt format such as dd/MM/yyyy HH:mm:ss (dd day, MM month, yyyy year, HH hour, mm minutes, ss seconds)</source>
        <translation>iso8601, unix (secondes), unix_ms, ou un format Qt comme dd/MM/yyyy HH:mm:ss (dd jour, MM mois, yyyy année, HH heure, mm minutes, ss secondes)</translation>
    </message>
    <message>
        <source>The zone of the local times in the file (daylight saving time included); an offset written in a value wins</source>
        <translation>Le fuseau des heures locales du fichier (heure d&apos;été comprise) ; un décalage écrit dans une valeur l&apos;emporte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>For a file without a channel column, or a row whose channel cell is empty</source>
        <translation>Pour un fichier sans colonne de canal, ou une ligne dont la cellule de canal est vide</translation>
    </message>
    <message>
        <source>ISO 4217 code, for a file without a currency column or an empty cell</source>
        <translation>Code ISO 4217, pour un fichier sans colonne de devise ou une cellule vide</translation>
    </message>
    <message>
        <source>Provider statement</source>
        <translation>Relevé de prestataire</translation>
    </message>
    <message>
        <source>Sales log (the site&apos;s own)</source>
        <translation>Journal des ventes (celui du site)</translation>
    </message>
    <message>
        <source>Payout statement</source>
        <translation>Relevé de reversement</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>D&amp;ate format:</source>
        <translation>Format de dat&amp;e :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Defau&amp;lt channel:</source>
        <translation>Cana&amp;l par défaut :</translation>
    </message>
    <message>
        <source>Default curren&amp;cy:</source>
        <translation>Devise par défa&amp;ut :</translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>T&amp;ype de fichier :</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pres&amp;tataire :</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (ex. : %2)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ “%1” is not a known time zone: choose one in the list.</source>
        <translation>⚠ “%1” n&apos;est pas un fuseau horaire connu : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>✓ “%1” reads as %2 UTC.</source>
        <translation>✓ “%1” se lit %2 UTC.</translation>
    </message>
    <message>
        <source>⚠ “%1”: %2</source>
        <translation>⚠ “%1” : %2</translation>
    </message>
    <message>
        <source>choose the column of the date</source>
        <translation>choisir la colonne de la date</translation>
    </message>
    <message>
        <source>choose the column of the gross amount</source>
        <translation>choisir la colonne du montant brut</translation>
    </message>
    <message>
        <source>give a valid date format</source>
        <translation>indiquer un format de date valide</translation>
    </message>
    <message>
        <source>choose a time zone</source>
        <translation>choisir un fuseau horaire</translation>
    </message>
    <message>
        <source>name the provider</source>
        <translation>indiquer le prestataire</translation>
    </message>
    <message>
        <source>give a default currency (three letters, such as EUR)</source>
        <translation>indiquer une devise par défaut (trois lettres, comme EUR)</translation>
    </message>
    <message>
        <source>To go on: %1.</source>
        <extracomment>%1 lists what is missing, e.g. &quot;choose the column of the date, name the provider&quot;</extracomment>
        <translation>Pour continuer : %1.</translation>
    </message>
    <message>
        <source>a provider of the catalog, or a new short id such as example-agg</source>
        <translation>un prestataire du catalogue, ou un nouvel identifiant court comme example-agg</translation>
    </message>
    <message>
        <source>The provider who sent the statement, from the catalog; a new id adds the provider to the catalog. Re-imports are recognised per provider</source>
        <translation>Le prestataire qui a envoyé le relevé, choisi dans le catalogue ; un nouvel identifiant ajoute le prestataire au catalogue. Les réimports sont reconnus par prestataire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The catalog has no provider “%1”: it will be added when the profile is saved.</source>
        <translation>Le catalogue n&apos;a pas de prestataire « %1 » : il sera ajouté à l&apos;enregistrement du profil.</translation>
    </message>
    <message>
        <source>A rate given with each row (a Bitcoin invoice&apos;s): the row is booked at it. It needs the column of the currency it prices, the amounts being in the currency of the price, or the column of the currency it is in, the amounts being in the currency priced</source>
        <translation>Un taux donné avec chaque ligne (celui d&apos;une facture Bitcoin) : la ligne est comptabilisée à ce taux. Il faut aussi la colonne de la devise qu&apos;il cote, les montants étant dans la devise du prix, ou la colonne de la devise dans laquelle il est exprimé, les montants étant dans la devise cotée</translation>
    </message>
    <message>
        <source>choose either the currency the rate prices or the one it is in</source>
        <translation>choisir soit la devise cotée par le taux, soit celle dans laquelle il est exprimé</translation>
    </message>
    <message>
        <source>choose the column of the exchange rate</source>
        <translation>choisir la colonne du taux de change</translation>
    </message>
</context>
<context>
    <name>MappingPreviewPage</name>
    <message>
        <source>How each row will be read</source>
        <translation>Lecture de chaque ligne</translation>
    </message>
    <message>
        <source>The first rows of the file as the profile reads them. A rejected row says why; fix the mapping (Back) or the rules below, then name the profile and finish to save it.</source>
        <translation>Les premières lignes du fichier telles que le profil les lit. Une ligne rejetée en indique la raison ; corrigez la correspondance des colonnes (Précédent) ou les règles ci-dessous, puis nommez le profil et terminez pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Rows as they will be imported</source>
        <translation>Lignes telles qu&apos;elles seront importées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Column tested by the skip rule</source>
        <translation>Colonne testée par la règle d&apos;exclusion</translation>
    </message>
    <message>
        <source>Skip rule pattern</source>
        <translation>Motif de la règle d&apos;exclusion</translation>
    </message>
    <message>
        <source>e.g. ^Total</source>
        <translation>ex. : ^Total</translation>
    </message>
    <message>
        <source>A regular expression; ^ anchors it at the start of the cell. Rows it matches are counted as skipped, never imported.</source>
        <translation>Une expression régulière ; ^ l&apos;ancre au début de la cellule. Les lignes qui y correspondent sont comptées comme ignorées, jamais importées.</translation>
    </message>
    <message>
        <source>Channel values in the file:</source>
        <translation>Valeurs de canal dans le fichier :</translation>
    </message>
    <message>
        <source>Channel values</source>
        <translation>Valeurs de canal</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>S&amp;kip rows whose</source>
        <translation>&amp;Ignorer les lignes dont la colonne</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond à</translation>
    </message>
    <message>
        <source>Save the profile &amp;as:</source>
        <translation>Enregistrer le profil &amp;sous :</translation>
    </message>
    <message>
        <source>Sales log (%1)</source>
        <translation>Journal des ventes (%1)</translation>
    </message>
    <message>
        <source>%1 statement</source>
        <translation>Relevé %1</translation>
    </message>
    <message>
        <source>Channel for “%1”</source>
        <translation>Canal pour “%1”</translation>
    </message>
    <message>
        <source>(unknown: reject the row)</source>
        <translation>(inconnu : rejeter la ligne)</translation>
    </message>
    <message>
        <source>⚠ The skip rule is not a valid regular expression: %1</source>
        <translation>⚠ La règle d&apos;exclusion n&apos;est pas une expression régulière valide : %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>matches the skip rule “%1”</source>
        <translation>correspond à la règle d&apos;exclusion “%1”</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>First rows of the file: %1 read, %2 skipped, %3 rejected.</source>
        <translation>Premières lignes du fichier : %1 lues, %2 ignorées, %3 rejetées.</translation>
    </message>
    <message>
        <source>⚠ Reading stopped: %1</source>
        <translation>⚠ Lecture interrompue : %1</translation>
    </message>
    <message>
        <source>As it stands, importing this file would reject it, unless bad rows are skipped.</source>
        <translation>En l&apos;état, l&apos;import de ce fichier le rejetterait, à moins d&apos;ignorer les lignes mal formées.</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Impossible d&apos;enregistrer le profil</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows would be rejected. Save the profile anyway?</source>
        <translation>
            <numerusform>%n des premières lignes serait rejetée. Enregistrer quand même le profil ?</numerusform>
            <numerusform>%n des premières lignes seraient rejetées. Enregistrer quand même le profil ?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in profile: choose another name.</source>
        <translation>“%1” est le nom d&apos;un profil intégré : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Replace the profile</source>
        <translation>Remplacer le profil</translation>
    </message>
    <message>
        <source>A saved profile is already named “%1”. Replace it?</source>
        <translation>Un profil enregistré porte déjà le nom “%1”. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>MappingReadingPage</name>
    <message>
        <source>Automatic (UTF-8, else Windows-1252)</source>
        <translation>Automatique (UTF-8, sinon Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, Excel)</source>
        <translation>Windows-1252 (Europe occidentale, Excel)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, avec €)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (petit-boutiste)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (gros-boutiste)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>How to read the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Check that the rows below look like a table: one value per cell, accents right, the header on top. Every change reads the file again.</source>
        <translation>Vérifiez que les lignes ci-dessous forment un tableau : une valeur par cellule, des accents corrects, l&apos;en-tête en haut. Chaque modification relit le fichier.</translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation>Point (1234.56)</translation>
    </message>
    <message>
        <source>Comma (1234,56)</source>
        <translation>Virgule (1234,56)</translation>
    </message>
    <message>
        <source>How amounts are written; thousands separators and currency signs are accepted either way</source>
        <translation>Manière dont les montants sont écrits ; les séparateurs de milliers et les symboles monétaires sont acceptés dans les deux cas</translation>
    </message>
    <message>
        <source>Lines above the table (a title, a period) to leave out</source>
        <translation>Lignes au-dessus du tableau (un titre, une période) à ignorer</translation>
    </message>
    <message>
        <source>The first row is a &amp;header (column names)</source>
        <translation>La première ligne est un &amp;en-tête (noms des colonnes)</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>Les premières lignes telles que lues</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Ligne dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>En&amp;codage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur :</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <source>&amp;Lines to skip before the table:</source>
        <translation>&amp;Lignes à ignorer avant le tableau :</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, no header: %n column(s).</source>
        <translation>
            <numerusform>Lu en %1, séparateur %2, sans en-tête : %n colonne.</numerusform>
            <numerusform>Lu en %1, séparateur %2, sans en-tête : %n colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, header on line %3: %n column(s).</source>
        <translation>
            <numerusform>Lu en %1, séparateur %2, en-tête à la ligne %3 : %n colonne.</numerusform>
            <numerusform>Lu en %1, séparateur %2, en-tête à la ligne %3 : %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one column: try another delimiter, or more lines to skip.</source>
        <translation>Une seule colonne : essayez un autre séparateur, ou davantage de lignes à ignorer.</translation>
    </message>
</context>
<context>
    <name>MappingWizard</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>New Import Profile</source>
        <translation>Nouveau profil d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>T&amp;ime (own column):</source>
        <translation>&amp;Heure (colonne à part) :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation>Pr&amp;oduit :</translation>
    </message>
    <message>
        <source>&amp;Gross amount:</source>
        <translation>Montant &amp;brut :</translation>
    </message>
    <message>
        <source>Ne&amp;t (paid to you):</source>
        <translation>&amp;Net (qui vous est versé) :</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>Co&amp;mmission :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>Provider (per ro&amp;w):</source>
        <translation>Prestataire (par l&amp;igne) :</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>Tau&amp;x de change :</translation>
    </message>
    <message>
        <source>Currency the rate &amp;prices:</source>
        <translation>Devise &amp;cotée par le taux :</translation>
    </message>
    <message>
        <source>Currency the rate is i&amp;n:</source>
        <translation>Devi&amp;se du taux :</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount: exponents are not accepted</source>
        <extracomment>%1 is the text as typed or read from a file</extracomment>
        <translation>&quot;%1&quot; n&apos;est pas un montant : les exposants ne sont pas acceptés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it names more than one currency</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : il indique plus d&apos;une devise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: more than one sign</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : plus d&apos;un signe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: the sign must come before the number</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : le signe doit précéder le nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: unbalanced parentheses</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : parenthèses non équilibrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: more than one decimal mark</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : plus d&apos;un séparateur décimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: no digits after the decimal mark</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : aucun chiffre après le séparateur décimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: digits must be grouped by three</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : les chiffres doivent être groupés par trois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <extracomment>%2 is a currency code such as EUR, %3 the number of decimals it has</extracomment>
        <translation>&quot;%1&quot; a plus de décimales que %2 n&apos;en autorise (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; est trop grand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a decimal mark</source>
        <translation>&quot;%1&quot; ne peut pas être un séparateur décimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, an amount was expected</source>
        <translation>&quot;%1&quot; est vide, un montant était attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in %2, but %3 was expected</source>
        <extracomment>%2 and %3 are currency codes such as EUR</extracomment>
        <translation>&quot;%1&quot; est en %2, mais %3 était attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say which currency it is in</source>
        <translation>&quot;%1&quot; n&apos;indique pas sa devise</translation>
    </message>
    <message>
        <source>cannot add %1 to %2</source>
        <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
        <translation>impossible d&apos;ajouter un montant en %1 à un montant en %2</translation>
    </message>
    <message>
        <source>%1 + %2 %3 is too large</source>
        <extracomment>%1 and %2 are amounts such as 12.50 and %3 a currency code such as EUR</extracomment>
        <translation>%1 + %2 %3 est trop grand</translation>
    </message>
    <message>
        <source>cannot subtract %1 from %2</source>
        <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
        <translation>impossible de soustraire un montant en %1 d&apos;un montant en %2</translation>
    </message>
    <message>
        <source>%1 - %2 %3 is too large</source>
        <extracomment>%1 and %2 are amounts such as 12.50 and %3 a currency code such as EUR</extracomment>
        <translation>%1 - %2 %3 est trop grand</translation>
    </message>
    <message>
        <source>%1 %2 × %3 is too large</source>
        <extracomment>%1 is an amount such as 12.50, %2 a currency code such as EUR, %3 a whole number</extracomment>
        <translation>%1 %2 × %3 est trop grand</translation>
    </message>
    <message>
        <source>cannot express %1 as a share of %2</source>
        <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
        <translation>impossible d&apos;exprimer un montant en %1 comme une part d&apos;un montant en %2</translation>
    </message>
    <message>
        <source>cannot express %1 %2 as a share of zero</source>
        <extracomment>%1 is an amount such as 12.50, %2 a currency code such as EUR</extracomment>
        <translation>impossible d&apos;exprimer %1 %2 comme une part de zéro</translation>
    </message>
    <message>
        <source>%1 %2 is too large a share of %3 %4</source>
        <extracomment>%1 and %3 are amounts such as 12.50, %2 and %4 currency codes such as EUR</extracomment>
        <translation>%1 %2 est une part trop grande de %3 %4</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>an amount is needed</source>
        <translation>un montant est requis</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>a percentage is between 0 and 100</source>
        <translation>un pourcentage est compris entre 0 et 100</translation>
    </message>
    <message>
        <source>%1 is beyond the largest amount Obole accepts (%2 either way)</source>
        <translation>%1 dépasse le plus grand montant qu&apos;Obole accepte (%2 dans un sens ou dans l&apos;autre)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Import providers&apos; statements and the site&apos;s sales log (Ctrl+I)</source>
        <translation>Importer les relevés des prestataires et le journal des ventes du site (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>PasswordKeyring</name>
    <message>
        <source>the system keyring did not answer</source>
        <translation>le trousseau du système n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>no system keyring is available (%1)</source>
        <translation>aucun trousseau système n&apos;est disponible (%1)</translation>
    </message>
    <message>
        <source>the system keyring refused it (%1)</source>
        <translation>le trousseau du système l’a refusé (%1)</translation>
    </message>
</context>
<context>
    <name>PayoutFollowUp</name>
    <message>
        <source>Nothing on its statements yet</source>
        <translation>Rien sur ses relevés pour l&apos;instant</translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <source>Paid %1 more than the statements show</source>
        <translation>A versé %1 de plus que ne l&apos;indiquent les relevés</translation>
    </message>
    <message numerus="yes">
        <source>Not due yet (payout %n day(s) after the sale)</source>
        <translation>
            <numerusform>Pas encore exigible (reversement %n jour après la vente)</numerusform>
            <numerusform>Pas encore exigible (reversement %n jours après la vente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum payout of %1: carried over</source>
        <translation>Sous le reversement minimum de %1 : reporté</translation>
    </message>
    <message>
        <source>Due: a payment is expected</source>
        <translation>Exigible : un paiement est attendu</translation>
    </message>
</context>
<context>
    <name>PayoutFollowUpModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n jour)</numerusform>
            <numerusform>%1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Exigible</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Reversement minimum</translation>
    </message>
    <message>
        <source>Payout delay</source>
        <translation>Délai de reversement</translation>
    </message>
    <message>
        <source>Oldest unpaid</source>
        <translation>Plus ancien impayé</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Dernier paiement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>PayoutSchedule</name>
    <message>
        <source>%1 % of the price (price point %2)</source>
        <translation>%1 % du prix (tarif %2)</translation>
    </message>
    <message>
        <source>%1 %2 a sale (price point %3)</source>
        <translation>%1 %2 par vente (tarif %3)</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Gross (buyer price)</source>
        <translation>Brut (prix acheteur)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Net of VAT</source>
        <translation>Hors taxes</translation>
    </message>
    <message>
        <source>Provider fees</source>
        <translation>Commissions des prestataires</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <source>Provider not named</source>
        <translation>Prestataire non indiqué</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Absent du catalogue</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <source>Report from %1 to %2</source>
        <translation>Rapport du %1 au %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Sales without a known payout</source>
        <translation>Ventes sans reversement connu</translation>
    </message>
    <message>
        <source>Provider statements: lines</source>
        <translation>Relevés des prestataires : lignes</translation>
    </message>
    <message>
        <source>Provider statements: gross</source>
        <translation>Relevés des prestataires : brut</translation>
    </message>
    <message>
        <source>Provider statements: fees</source>
        <translation>Relevés des prestataires : commissions</translation>
    </message>
    <message>
        <source>Provider statements: net</source>
        <translation>Relevés des prestataires : net</translation>
    </message>
    <message>
        <source>Payouts received</source>
        <translation>Reversements reçus</translation>
    </message>
    <message>
        <source>Revenue per channel</source>
        <translation>Chiffre d&apos;affaires par canal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Revenue per provider</source>
        <translation>Chiffre d&apos;affaires par prestataire</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Revenue per product</source>
        <translation>Chiffre d&apos;affaires par produit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Provider statements</source>
        <translation>Relevés des prestataires</translation>
    </message>
    <message>
        <source>The lines providers reported for the period, as imported.</source>
        <translation>Les lignes déclarées par les prestataires pour la période, telles qu&apos;importées.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Lines without net</source>
        <translation>Lignes sans montant net</translation>
    </message>
    <message>
        <source>What each provider still owes</source>
        <translation>Ce que chaque prestataire doit encore</translation>
    </message>
    <message>
        <source>Owed at the start</source>
        <translation>Dû en début de période</translation>
    </message>
    <message>
        <source>Payout earned</source>
        <translation>Reversement acquis</translation>
    </message>
    <message>
        <source>Owed at the end</source>
        <translation>Dû en fin de période</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Gross per day and channel</source>
        <translation>Brut par jour et par canal</translation>
    </message>
    <message>
        <source>What buyers paid each day, channel by channel: the figures of the revenue chart.</source>
        <translation>Ce que les acheteurs ont payé chaque jour, canal par canal : les chiffres du graphique de chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Amount (minor units, all currencies)</source>
        <translation>Montant (en unités mineures, toutes devises confondues)</translation>
    </message>
    <message>
        <source>No reconciliation figures: %1</source>
        <translation>Aucun chiffre de rapprochement : %1</translation>
    </message>
    <message>
        <source>Rows were imported since reconciliation last ran; run it again for current figures.</source>
        <translation>Des lignes ont été importées depuis le dernier rapprochement ; relancez-le pour obtenir des chiffres à jour.</translation>
    </message>
    <message>
        <source>Sales and provider lines of the period, as reconciliation matched them.</source>
        <translation>Ventes et lignes des prestataires de la période, telles que le rapprochement les a appariées.</translation>
    </message>
    <message>
        <source>Sales log lines</source>
        <translation>Lignes du journal des ventes</translation>
    </message>
    <message>
        <source>Provider statement lines</source>
        <translation>Lignes des relevés des prestataires</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Rapprochées</translation>
    </message>
    <message>
        <source>Matched by reference</source>
        <translation>Rapprochées par référence</translation>
    </message>
    <message>
        <source>Matched by channel, amount and time</source>
        <translation>Rapprochées par canal, montant et heure</translation>
    </message>
    <message>
        <source>Matched by hand</source>
        <translation>Rapprochées manuellement</translation>
    </message>
    <message>
        <source>Payouts off the promised amount</source>
        <translation>Reversements différents du montant promis</translation>
    </message>
    <message>
        <source>Discrepancies explained by hand</source>
        <translation>Écarts expliqués manuellement</translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation>Écarts en suspens</translation>
    </message>
    <message>
        <source>The list of discrepancies is not available in this version.</source>
        <translation>La liste des écarts n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Discrepancies of the period nobody has marked as explained.</source>
        <translation>Écarts de la période que personne n&apos;a marqués comme expliqués.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Provider amount</source>
        <translation>Montant prestataire</translation>
    </message>
    <message>
        <source>Sales log amount</source>
        <translation>Montant journal des ventes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation>Devise de tenue des comptes</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Sales are those of the site&apos;s sales log in the period; provider statements are the lines the providers reported for it. The receivable is the payout earned on every sale up to the end of the period less every payout received, as the FEC&apos;s receivable account shows it.</source>
        <translation>Les ventes sont celles du journal des ventes du site sur la période ; les relevés des prestataires sont les lignes que les prestataires ont déclarées pour cette période. La créance correspond aux reversements acquis sur toutes les ventes jusqu&apos;à la fin de la période, moins tous les reversements reçus, comme l&apos;indique le compte clients du FEC.</translation>
    </message>
    <message>
        <source>Receivable from providers at the end of the period</source>
        <translation>Créances sur les prestataires en fin de période</translation>
    </message>
    <message>
        <source>Still owed by the providers&apos; statements, today</source>
        <translation>Restant dû d&apos;après les relevés des prestataires, à ce jour</translation>
    </message>
    <message>
        <source>Receivable per provider</source>
        <translation>Créance par prestataire</translation>
    </message>
    <message>
        <source>Payouts earned on the sales log (stated, or promised by the price point) less payouts received, from the first sale on record: the balance of each provider&apos;s account in the FEC.</source>
        <translation>Reversements acquis d&apos;après le journal des ventes (déclarés, ou promis par le tarif) moins les reversements reçus, depuis la première vente enregistrée : le solde du compte de chaque prestataire dans le FEC.</translation>
    </message>
    <message>
        <source>By the providers&apos; own statements (duplicates left out) less what they paid, on %1, from every statement imported. Due: owed for sales older than the provider&apos;s payout delay.</source>
        <translation>D&apos;après les relevés des prestataires eux-mêmes (doublons exclus), moins ce qu&apos;ils ont versé, au %1, sur l&apos;ensemble des relevés importés. Exigible : dû pour les ventes plus anciennes que le délai de reversement du prestataire.</translation>
    </message>
    <message>
        <source>Not available: reconciliation&apos;s payout follow-up could not be read.</source>
        <translation>Indisponible : le suivi des reversements du rapprochement n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Exigible</translation>
    </message>
    <message>
        <source>Oldest unpaid</source>
        <translation>Plus ancien impayé</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Ancienneté (jours)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>Discrepancies of the period nobody has marked as explained; %n more are left out of this report, see the Reconciliation page.</source>
        <translation>
            <numerusform>Écarts de la période que personne n&apos;a marqués comme expliqués ; %n autre est omis de ce rapport, voir la page Rapprochement.</numerusform>
            <numerusform>Écarts de la période que personne n&apos;a marqués comme expliqués ; %n autres sont omis de ce rapport, voir la page Rapprochement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s (French on a French system, else English)</source>
        <translation>Celle du système (le français sur un système français, sinon l&apos;anglais)</translation>
    </message>
    <message>
        <source>(no database open)</source>
        <translation>(aucune base de données ouverte)</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The database&apos;s folder</source>
        <translation>Le dossier de la base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time Obole starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;Obole.</translation>
    </message>
    <message>
        <source>Books&apos; &amp;time zone:</source>
        <translation>&amp;Fuseau horaire des livres :</translation>
    </message>
    <message>
        <source>The days every total, report and FEC of this database follows, on any computer that opens it. Changing it recomputes the revenue totals.</source>
        <translation>Les jours que suivent chaque total, rapport et FEC de cette base, sur tout ordinateur qui l&apos;ouvre. Le changer recalcule les totaux du chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>Reconciliation &amp;window:</source>
        <translation>Fenêtre de &amp;rapprochement :</translation>
    </message>
    <message>
        <source>How far apart a sale and a provider line without a shared reference may be and still be matched by amount and time.</source>
        <translation>L&apos;écart de temps maximal entre une vente et une ligne de prestataire sans référence commune pour qu&apos;elles soient rapprochées par montant et heure.</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Dossier d&apos;&amp;export :</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: choose one from the list, such as Europe/Paris.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire : choisissez-en un dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist.</source>
        <translation>Le dossier d&apos;export %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The time zone was not saved: %1</source>
        <translation>Le fuseau horaire n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>PriceMatrixDelegate</name>
    <message>
        <source>Breaks a rule</source>
        <translation>Enfreint une règle</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <source>Not offered</source>
        <translation>Non proposé</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>receives %1</source>
        <extracomment>In a price matrix cell: what the merchant receives for one purchase.</extracomment>
        <translation>reçoit %1</translation>
    </message>
    <message>
        <source>net %1</source>
        <extracomment>In a price matrix cell: the payout less the VAT set apart.</extracomment>
        <translation>%1 HT</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not offered on %2. Press Enter or double-click to add a price point.</source>
        <translation>%1 n&apos;est pas proposé sur %2. Appuyez sur Entrée ou double-cliquez pour ajouter un tarif.</translation>
    </message>
    <message>
        <source>%1 on %2: the buyer pays %3; the merchant receives %4, of which %5 of VAT (%6 %) is set apart: net revenue %7.</source>
        <translation>%1 sur %2 : l&apos;acheteur paie %3 ; le marchand reçoit %4, dont %5 de TVA collectée (%6 %) : revenu net %7.</translation>
    </message>
    <message>
        <source>Inactive.</source>
        <translation>Inactif.</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (source : %2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>respects the rules</source>
        <translation>respecte les règles</translation>
    </message>
    <message>
        <source>breaks a rule</source>
        <translation>enfreint une règle</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PricePointDialog</name>
    <message>
        <source>Price point</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Product and channel</source>
        <translation>Produit et canal</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pres&amp;tataire :</translation>
    </message>
    <message>
        <source>Co&amp;untry and currency:</source>
        <translation>Pa&amp;ys et devise :</translation>
    </message>
    <message>
        <source>Two-letter country code: the rules of this country apply.</source>
        <translation>Code pays à deux lettres : les règles de ce pays s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency of the price (ISO 4217 code).</source>
        <translation>Devise du prix (code ISO 4217).</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>Fact&amp;uration :</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;rix :</translation>
    </message>
    <message>
        <source>Channel details</source>
        <translation>Détails du canal</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>0899 12 34 56</source>
        <translation>0899 12 34 56</translation>
    </message>
    <message>
        <source>A 10-digit premium-rate number: 081x, 082x or 089x. Its range caps the price.</source>
        <translation>Un numéro surtaxé à 10 chiffres : 081x, 082x ou 089x. Sa tranche plafonne le prix.</translation>
    </message>
    <message>
        <source>E&amp;xpected call length:</source>
        <translation>&amp;Durée d&apos;appel prévue :</translation>
    </message>
    <message>
        <source>How long a buyer stays on the line to get the code; the buyer pays the per-minute price for this long.</source>
        <translation>Durée pendant laquelle l&apos;acheteur reste en ligne pour obtenir le code ; il paie le prix à la minute pendant toute cette durée.</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>&amp;Mot-clé :</translation>
    </message>
    <message>
        <source>STAR</source>
        <translation>STAR</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>Code c&amp;ourt :</translation>
    </message>
    <message>
        <source>81234</source>
        <translation>81234</translation>
    </message>
    <message>
        <source>Five digits; the first one sets the tier, which restricts the allowed prices.</source>
        <translation>Cinq chiffres ; le premier fixe le palier, qui restreint les prix autorisés.</translation>
    </message>
    <message>
        <source>&amp;Messages sent back:</source>
        <translation>Messages &amp;envoyés en retour :</translation>
    </message>
    <message>
        <source>&amp;Operators:</source>
        <translation>&amp;Opérateurs :</translation>
    </message>
    <message>
        <source>Orange, SFR, Bouygues Telecom, Free</source>
        <translation>Orange, SFR, Bouygues Telecom, Free</translation>
    </message>
    <message>
        <source>The internet service providers or mobile operators that bill this price, separated by commas.</source>
        <translation>Les fournisseurs d&apos;accès à Internet ou opérateurs mobiles qui facturent ce prix, séparés par des virgules.</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>Mar&amp;que :</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum :</translation>
    </message>
    <message>
        <source>&amp;Invoice currency:</source>
        <translation>Devise de &amp;la facture :</translation>
    </message>
    <message>
        <source>Invoice e&amp;xpiry:</source>
        <translation>&amp;Expiration de la facture :</translation>
    </message>
    <message>
        <source>&amp;Top-up amounts:</source>
        <translation>&amp;Montants de recharge :</translation>
    </message>
    <message>
        <source>The amounts a buyer can load into the wallet, separated by semicolons.</source>
        <translation>Les montants que l&apos;acheteur peut charger dans le portefeuille, séparés par des points-virgules.</translation>
    </message>
    <message>
        <source>What the merchant receives</source>
        <translation>Ce que reçoit le marchand</translation>
    </message>
    <message>
        <source>Pa&amp;yout:</source>
        <translation>Re&amp;versement :</translation>
    </message>
    <message>
        <source>Payout kind</source>
        <translation>Type de reversement</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <source>Use the &amp;table</source>
        <translation>Appliquer le &amp;barème</translation>
    </message>
    <message>
        <source>What a paid code grants</source>
        <translation>Ce que donne un code payé</translation>
    </message>
    <message>
        <source>&amp;Single use</source>
        <translation>U&amp;sage unique</translation>
    </message>
    <message>
        <source>&amp;Access for</source>
        <translation>&amp;Accès pendant</translation>
    </message>
    <message>
        <source>Access duration</source>
        <translation>Durée d&apos;accès</translation>
    </message>
    <message>
        <source>Access duration unit</source>
        <translation>Unité de durée d&apos;accès</translation>
    </message>
    <message>
        <source>Acti&amp;ve: offered to buyers</source>
        <translation>Acti&amp;f : proposé aux acheteurs</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Per purchase</source>
        <translation>Par achat</translation>
    </message>
    <message>
        <source>Buyer pays:</source>
        <translation>L&apos;acheteur paie :</translation>
    </message>
    <message>
        <source>Merchant receives:</source>
        <translation>Le marchand reçoit :</translation>
    </message>
    <message>
        <source>VAT set apart:</source>
        <translation>TVA collectée :</translation>
    </message>
    <message>
        <source>Net revenue:</source>
        <translation>Revenu net :</translation>
    </message>
    <message>
        <source>Edit Price Point</source>
        <translation>Modifier le tarif</translation>
    </message>
    <message>
        <source>New Price Point</source>
        <translation>Nouveau tarif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Per call</source>
        <translation>Par appel</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Par minute</translation>
    </message>
    <message>
        <source>Share of the buyer price</source>
        <translation>Part du prix acheteur</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Rule verdict</source>
        <translation>Conformité aux règles</translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation>Règles applicables</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prix : %1</translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation>Minimum : %1</translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation>Maximum : %1</translation>
    </message>
    <message>
        <source>Top-up amounts: %1</source>
        <translation>Montants de recharge : %1</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>Reversement : %1</translation>
    </message>
    <message>
        <source>&amp;Debit amount:</source>
        <translation>Montant &amp;débité :</translation>
    </message>
    <message>
        <source>P&amp;rice a minute:</source>
        <translation>P&amp;rix par minute :</translation>
    </message>
    <message>
        <source>P&amp;rice a call:</source>
        <translation>P&amp;rix par appel :</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>% of the buyer price</source>
        <translation>% du prix acheteur</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;✖ %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>No rule limits the price on this channel in %1.</source>
        <translation>Aucune règle ne limite le prix sur ce canal pour le pays %1.</translation>
    </message>
    <message>
        <source>Respects the rules in force on %1.</source>
        <translation>Respecte les règles en vigueur le %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks a rule in force on %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enfreint une règle en vigueur le %1.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>At this price a buyer can make at most %n purchase(s) a month on this channel (monthly cap of %1 per subscriber).</source>
        <translation>
            <numerusform>À ce prix, un acheteur peut effectuer au plus %n achat par mois sur ce canal (plafond mensuel de %1 par abonné).</numerusform>
            <numerusform>À ce prix, un acheteur peut effectuer au plus %n achats par mois sur ce canal (plafond mensuel de %1 par abonné).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for a %2 s call</source>
        <translation>%1 pour un appel de %2 s</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1&apos;s table pays %2 at this price.</source>
        <translation>Le barème de %1 verse %2 à ce prix.</translation>
    </message>
    <message>
        <source>%1&apos;s table has no line at this price (lines at %2).</source>
        <translation>Le barème de %1 n&apos;a pas de ligne à ce prix (lignes à %2).</translation>
    </message>
    <message>
        <source>A price point that breaks a rule cannot be active: correct it, or untick Active to keep it as an inactive draft.</source>
        <translation>Un tarif qui enfreint une règle ne peut pas être actif : corrigez-le, ou décochez Actif pour le conserver comme brouillon inactif.</translation>
    </message>
    <message>
        <source>&amp;New Provider…</source>
        <translation>Nouveau prestataire…</translation>
    </message>
    <message>
        <source>Add a payment provider to the catalog, serving this channel</source>
        <translation>Ajouter au catalogue un prestataire de paiement qui sert ce canal</translation>
    </message>
</context>
<context>
    <name>PricePointModel</name>
    <message>
        <source>Single use</source>
        <translation>Usage unique</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
        <translation>%1/min</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Buyer price</source>
        <translation>Prix acheteur</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>PricePointsPage</name>
    <message>
        <source>Price points</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Channels covered</source>
        <translation>Canaux couverts</translation>
    </message>
    <message>
        <source>Breaking a rule</source>
        <translation>Enfreignant une règle</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>with an active price point</source>
        <translation>avec un tarif actif</translation>
    </message>
    <message>
        <source>all within the rules</source>
        <translation>tous conformes aux règles</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>usage unique</translation>
    </message>
    <message numerus="yes">
        <source>access for %n day(s)</source>
        <translation>
            <numerusform>accès pendant %n jour</numerusform>
            <numerusform>accès pendant %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>access for %n hour(s)</source>
        <translation>
            <numerusform>accès pendant %n heure</numerusform>
            <numerusform>accès pendant %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>access for %n minute(s)</source>
        <translation>
            <numerusform>accès pendant %n minute</numerusform>
            <numerusform>accès pendant %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Needing &amp;attention</source>
        <translation>Nécessitant une &amp;attention</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non proposé</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected price point (Enter, double-click or Ctrl+E)</source>
        <translation>Modifier le tarif sélectionné (Entrée, double-clic ou Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;New Price Point…</source>
        <translation>&amp;Nouveau tarif…</translation>
    </message>
    <message>
        <source>Add a price point for the selected product and channel (Insert)</source>
        <translation>Ajouter un tarif pour le produit et le canal sélectionnés (Inser)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected price point (Delete)</source>
        <translation>Supprimer le tarif sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Sites, Products and Providers…</source>
        <translation>&amp;Sites, produits et prestataires…</translation>
    </message>
    <message>
        <source>Channel &amp;Rules…</source>
        <translation>&amp;Règles de canal…</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Piste d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>&amp;Importer le catalogue…</translation>
    </message>
    <message>
        <source>&amp;Export Catalog…</source>
        <translation>&amp;Exporter le catalogue…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>Filtrer les produits</translation>
    </message>
    <message>
        <source>Only the products with a price point breaking a rule or a channel not offered</source>
        <translation>Uniquement les produits ayant un tarif qui enfreint une règle ou un canal non proposé</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>Catalog…</source>
        <translation>Catalogue…</translation>
    </message>
    <message>
        <source>Sites, products and providers (Ctrl+Shift+P)</source>
        <translation>Sites, produits et prestataires (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <source>Price matrix</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>Products down, payment channels across. Enter edits the selected cell.</source>
        <translation>Produits en lignes, canaux de paiement en colonnes. Entrée modifie la cellule sélectionnée.</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Cellule sélectionnée</translation>
    </message>
    <message>
        <source>The catalog could not be changed</source>
        <translation>Le catalogue n&apos;a pas pu être modifié</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>cells to correct</source>
        <translation>cellules à corriger</translation>
    </message>
    <message numerus="yes">
        <source>of %n product-channel pair(s)</source>
        <translation>
            <numerusform>sur %n couple produit-canal</numerusform>
            <numerusform>sur %n couples produit-canal</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell to see its price points and the rules they meet.</source>
        <translation>Sélectionnez une cellule pour voir ses tarifs et les règles qui s&apos;y appliquent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3. VAT: %4, %5 %. Press Enter to edit the product.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) : %3. TVA : %4, %5 %. Appuyez sur Entrée pour modifier le produit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;: not offered. Press Enter or Insert to add a price point.</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; : non proposé. Appuyez sur Entrée ou Inser pour ajouter un tarif.</translation>
    </message>
    <message>
        <source>short code %1</source>
        <translation>code court %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>keyword %1</source>
        <translation>mot-clé %1</translation>
    </message>
    <message numerus="yes">
        <source>invoiced in %1, expires after %n minute(s)</source>
        <translation>
            <numerusform>facturé en %1, expire au bout de %n minute</numerusform>
            <numerusform>facturé en %1, expire au bout de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;: %3.&lt;br/&gt;The buyer pays %4; the merchant receives %5, of which %6 of VAT is set apart: &lt;b&gt;net %7&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; : %3.&lt;br/&gt;L&apos;acheteur paie %4 ; le marchand reçoit %5, dont %6 de TVA collectée : &lt;b&gt;net %7&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;✖ %1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>A buyer can make at most %n purchase(s) a month at this price.</source>
        <translation>
            <numerusform>Un acheteur peut effectuer au plus %n achat par mois à ce prix.</numerusform>
            <numerusform>Un acheteur peut effectuer au plus %n achats par mois à ce prix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Price point saved. Edit → Undo (Ctrl+Z) takes it back.</source>
        <translation>Tarif enregistré. Édition → Annuler (Ctrl+Z) annule l&apos;opération.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete Price Point</source>
        <translation>Supprimer le tarif</translation>
    </message>
    <message>
        <source>Delete the price point %1 at %2? Edit → Undo brings it back.</source>
        <translation>Supprimer le tarif %1 à %2 ? Édition → Annuler le restaure.</translation>
    </message>
    <message>
        <source>Price point %1 deleted.</source>
        <translation>Tarif %1 supprimé.</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Importer le catalogue</translation>
    </message>
    <message>
        <source>Obole catalogs (*.json);;All files (*)</source>
        <translation>Catalogues Obole (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <source>Catalog Not Imported</source>
        <translation>Catalogue non importé</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported and nothing was changed. Correct these %n problem(s) and import it again:</source>
        <translation>
            <numerusform>%1 n&apos;a pas été importé et rien n&apos;a été modifié. %n problème à corriger avant de l&apos;importer à nouveau :</numerusform>
            <numerusform>%1 n&apos;a pas été importé et rien n&apos;a été modifié. %n problèmes à corriger avant de l&apos;importer à nouveau :</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Replace the catalog with the one in %1: %2 site(s), %3 product(s), %4 provider(s), %5 price point(s) and %6 rule(s)? Edit → Undo brings the current catalog back.</source>
        <translation>Remplacer le catalogue par celui de %1 : %2 site(s), %3 produit(s), %4 prestataire(s), %5 tarif(s) et %6 règle(s) ? Édition → Annuler restaure le catalogue actuel.</translation>
    </message>
    <message>
        <source>%1 was not imported and nothing was changed: %2</source>
        <translation>%1 n&apos;a pas été importé et rien n&apos;a été modifié : %2</translation>
    </message>
    <message>
        <source>Catalog imported from %1.</source>
        <translation>Catalogue importé depuis %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Catalog written to %1: %n price point(s).</source>
        <translation>
            <numerusform>Catalogue écrit dans %1 : %n tarif.</numerusform>
            <numerusform>Catalogue écrit dans %1 : %n tarifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel rules per country, with their dates and sources (Ctrl+Shift+R)</source>
        <translation>Règles de canal par pays, avec leurs dates et leurs sources (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Every catalog edit, with its old and new values (Ctrl+Shift+L)</source>
        <translation>Chaque modification du catalogue, avec ses anciennes et nouvelles valeurs (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Audit Trail…</source>
        <translation>Piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Price point of the cell</source>
        <translation>Tarif de la cellule</translation>
    </message>
    <message>
        <source>The cell holds several price points: Edit and Delete act on this one</source>
        <translation>La cellule contient plusieurs tarifs : Modifier et Supprimer agissent sur celui-ci</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>New Price Point…</source>
        <translation>Nouveau tarif…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No product yet. Add your sites, products and providers, or import a catalog file. Help → Getting Started opens the demo merchant, to look around first.</source>
        <translation>Aucun produit pour l&apos;instant. Ajoutez vos sites, produits et prestataires, ou importez un fichier de catalogue. Aide → Premiers pas ouvre le marchand de démonstration, pour faire d&apos;abord le tour.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Acti&amp;ve: on sale</source>
        <translation>Acti&amp;f : en vente</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>digital: 20 %, press: 2.1 %, ebook: 5.5 % in France. Choosing one sets the rate.</source>
        <translation>digital : 20 %, press : 2,1 %, ebook : 5,5 % en France. Choisir une catégorie fixe le taux.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>VAT &amp;category:</source>
        <translation>&amp;Catégorie de TVA :</translation>
    </message>
    <message>
        <source>VAT &amp;rate (%):</source>
        <translation>&amp;Taux de TVA (%) :</translation>
    </message>
    <message>
        <source>VAT rate: %1</source>
        <translation>Taux de TVA : %1</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ProductRevenueModel</name>
    <message>
        <source>No product given</source>
        <translation>Aucun produit indiqué</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Absent du catalogue</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>ProfileRecognizer</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;, %3)</source>
        <translation>%1 (« %2 », %3)</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>%1: no import profile fits this file; name one with --profile or --profile-file, or make one with the mapping wizard (File → Import)</source>
        <translation>%1 : aucun profil d&apos;import ne correspond à ce fichier ; indiquez-en un avec --profile ou --profile-file, ou créez-en un avec l&apos;assistant d&apos;association (Fichier → Importer)</translation>
    </message>
    <message>
        <source>%1: several import profiles fit this file equally well: %2; name one with --profile</source>
        <translation>%1 : plusieurs profils d&apos;import correspondent aussi bien à ce fichier : %2 ; indiquez-en un avec --profile</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>no profile is named &quot;%1&quot;; known profiles: %2</source>
        <translation>aucun profil ne s&apos;appelle &quot;%1&quot; ; profils connus : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProfileSurvey</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot tell the decimal mark: the column %1 has %2 on line %3 (decimal comma) and %4 on line %5 (decimal point); set &quot;decimal_mark&quot; in the profile</source>
        <translation>impossible de déterminer le séparateur décimal : la colonne %1 contient %2 à la ligne %3 (virgule décimale) et %4 à la ligne %5 (point décimal) ; indiquez &quot;decimal_mark&quot; dans le profil</translation>
    </message>
    <message>
        <source>cannot tell the decimal mark: the columns disagree, %1 has %2 on line %3 (decimal comma) and %4 has %5 on line %6 (decimal point); set &quot;decimal_mark&quot; in the profile</source>
        <translation>impossible de déterminer le séparateur décimal : les colonnes ne concordent pas, %1 contient %2 à la ligne %3 (virgule décimale) et %4 contient %5 à la ligne %6 (point décimal) ; indiquez &quot;decimal_mark&quot; dans le profil</translation>
    </message>
    <message>
        <source>amounts read with a decimal comma (as on line %1: %2)</source>
        <translation>montants lus avec une virgule décimale (comme à la ligne %1 : %2)</translation>
    </message>
    <message>
        <source>amounts read with a decimal point (as on line %1: %2)</source>
        <translation>montants lus avec un point décimal (comme à la ligne %1 : %2)</translation>
    </message>
    <message>
        <source>cannot tell the decimal mark: amounts such as %1 (line %2, column %3) read either as a decimal or as a thousand, and no amount of the file settles it; set &quot;decimal_mark&quot; in the profile</source>
        <translation>impossible de déterminer le séparateur décimal : des montants comme %1 (ligne %2, colonne %3) se lisent soit comme des décimales soit comme des milliers, et aucun montant du fichier ne tranche ; indiquez &quot;decimal_mark&quot; dans le profil</translation>
    </message>
    <message>
        <source>%1 (line %2: %3)</source>
        <translation>%1 (ligne %2 : %3)</translation>
    </message>
    <message>
        <source>no date format of the profile reads every date of the file: %1</source>
        <translation>aucun format de date du profil ne lit toutes les dates du fichier : %1</translation>
    </message>
    <message>
        <source>dates read as %1; they would also read as %2, which gives other dates (line %3): set &quot;date_format&quot; if %1 is wrong</source>
        <translation>dates lues au format %1 ; elles se liraient aussi au format %2, qui donne d&apos;autres dates (ligne %3) : indiquez &quot;date_format&quot; si %1 est faux</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>dates read as %1</source>
        <translation>dates lues au format %1</translation>
    </message>
</context>
<context>
    <name>ProviderCheckDialog</name>
    <message>
        <source>Forget the stored secret</source>
        <translation>Oublier le secret enregistré</translation>
    </message>
    <message>
        <source>Provider check: %1</source>
        <translation>Vérification du prestataire : %1</translation>
    </message>
    <message>
        <source>Provider secret</source>
        <translation>Secret du prestataire</translation>
    </message>
    <message>
        <source>Placeholders, filled in and encoded for each offer: {price} {currency} {product} {product_id} {offer} {account}</source>
        <translation>Variables, renseignées et encodées pour chaque offre : {price} {currency} {product} {product_id} {offer} {account}</translation>
    </message>
    <message>
        <source>Stored, encrypted. Type a new one to replace it.</source>
        <translation>Enregistré, chiffré. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>Not set. The provider refuses checks without it.</source>
        <translation>Non renseigné. Le prestataire refuse les vérifications sans lui.</translation>
    </message>
    <message>
        <source>Edit Templates…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <source>Check &amp;template:</source>
        <translation>&amp;Modèle de vérification :</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>Identifiant de &amp;compte :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>&amp;Payment page:</source>
        <translation>&amp;Page de paiement :</translation>
    </message>
    <message>
        <source>The secret is stored encrypted (AES-256-GCM) with the key in %1, which never goes into the database: a copy of the database reveals no secret. Keep a backup of that key file.</source>
        <translation>Le secret est enregistré chiffré (AES-256-GCM) avec la clé contenue dans %1, qui n&apos;entre jamais dans la base de données : une copie de la base ne révèle aucun secret. Conservez une sauvegarde de ce fichier de clé.</translation>
    </message>
    <message>
        <source>The secret key is not available, so the secret cannot be stored.</source>
        <translation>La clé secrète n&apos;est pas disponible : le secret ne peut donc pas être enregistré.</translation>
    </message>
    <message>
        <source>Codes &amp;ignore case (&quot;ab12&quot; and &quot;AB12&quot; are one code)</source>
        <translation>Les codes &amp;ignorent la casse (« ab12 » et « AB12 » sont un même code)</translation>
    </message>
    <message>
        <source>Tick it when the provider accepts a code in any case: the site then compares codes in upper case, so a used code typed in another case is still refused.</source>
        <translation>Cochez-la quand le prestataire accepte un code dans n&apos;importe quelle casse : le site compare alors les codes en majuscules, et un code déjà utilisé, tapé dans une autre casse, reste refusé.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit Provider</source>
        <translation>Modifier le prestataire</translation>
    </message>
    <message>
        <source>New Provider</source>
        <translation>Nouveau prestataire</translation>
    </message>
    <message>
        <source>A short identifier used in statements, import profiles and files.</source>
        <translation>Un identifiant court utilisé dans les relevés, les profils d&apos;import et les fichiers.</translation>
    </message>
    <message>
        <source>The provider pays once the amount due reaches this minimum.</source>
        <translation>Le prestataire paie dès que le montant dû atteint ce minimum.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Channels served:</source>
        <translation>Canaux pris en charge :</translation>
    </message>
    <message>
        <source>Payout c&amp;urrency:</source>
        <translation>De&amp;vise de reversement :</translation>
    </message>
    <message>
        <source>&amp;Minimum payout:</source>
        <translation>Reversement &amp;minimum :</translation>
    </message>
    <message>
        <source>Payout &amp;delay:</source>
        <translation>&amp;Délai de reversement :</translation>
    </message>
    <message>
        <source>&amp;Statement day:</source>
        <translation>&amp;Jour du relevé :</translation>
    </message>
    <message>
        <source>Tier table</source>
        <translation>Barème</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Buyer price</source>
        <translation>Prix acheteur</translation>
    </message>
    <message>
        <source>Payout kind</source>
        <translation>Type de reversement</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <source>&amp;Tier table: what the provider pays for each buyer price</source>
        <translation>&amp;Barème : ce que le prestataire verse pour chaque prix acheteur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Minimum payout: %1</source>
        <translation>Reversement minimum : %1</translation>
    </message>
    <message>
        <source>Tier line %1, buyer price: %2</source>
        <translation>Ligne %1 du barème, prix acheteur : %2</translation>
    </message>
    <message>
        <source>Tier line %1, payout: %2</source>
        <translation>Ligne %1 du barème, reversement : %2</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Selon le canal</translation>
    </message>
    <message>
        <source>The operator sells to the buyer</source>
        <translation>L&apos;opérateur vend à l&apos;acheteur</translation>
    </message>
    <message>
        <source>The merchant sells to the buyer</source>
        <translation>Le marchand vend à l&apos;acheteur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Whom VAT law treats as the seller, which decides the turnover the books record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The operator sells&lt;/b&gt; (the rule for Audiotel, SMS+, Internet+ and carrier billing, art. 256 V CGI): the turnover is the reversement the provider owes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The merchant sells&lt;/b&gt; (cards, wallets, crypto): the turnover is the buyer price and the provider&apos;s fee an expense.&lt;/p&gt;&lt;p&gt;&lt;b&gt;By channel&lt;/b&gt; applies each rule to its channels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qui la loi de TVA tient pour le vendeur, ce qui décide du chiffre d&apos;affaires comptabilisé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;L&apos;opérateur vend&lt;/b&gt; (la règle pour l&apos;Audiotel, le SMS+, Internet+ et le paiement sur facture opérateur, art. 256 V du CGI) : le chiffre d&apos;affaires est le reversement que doit l&apos;opérateur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Le marchand vend&lt;/b&gt; (cartes, portefeuilles, crypto) : le chiffre d&apos;affaires est le prix payé par l&apos;acheteur et la commission de l&apos;opérateur une charge.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Selon le canal&lt;/b&gt; applique à chaque canal sa règle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Includes VAT</source>
        <translation>TVA comprise (TTC)</translation>
    </message>
    <message>
        <source>Excludes VAT, invoiced on top</source>
        <translation>Hors TVA, TVA facturée en sus (HT)</translation>
    </message>
    <message>
        <source>Some aggregators state the reversement net of VAT and pay the VAT the merchant invoices on top of it.</source>
        <translation>Certains agrégateurs indiquent le reversement hors taxes et paient en plus la TVA que le marchand leur facture.</translation>
    </message>
    <message>
        <source>Banking services (627)</source>
        <translation>Services bancaires (627)</translation>
    </message>
    <message>
        <source>Intermediaries&apos; fees (622)</source>
        <translation>Commissions d&apos;intermédiaires (622)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The VAT the provider invoices on its fees, recovered as deductible VAT; 0 when it invoices none, as for banking services.</source>
        <translation>La TVA que l&apos;opérateur facture sur ses commissions, récupérée en TVA déductible ; 0 s&apos;il n&apos;en facture pas, comme pour les services bancaires.</translation>
    </message>
    <message>
        <source>&amp;VAT model:</source>
        <translation>Régime de &amp;TVA :</translation>
    </message>
    <message>
        <source>Reversem&amp;ent:</source>
        <translation>Rever&amp;sement :</translation>
    </message>
    <message>
        <source>VAT on &amp;fees:</source>
        <translation>TVA sur les commiss&amp;ions :</translation>
    </message>
    <message>
        <source>Fees &amp;booked in:</source>
        <translation>Commissions im&amp;putées en :</translation>
    </message>
    <message>
        <source>derived from the code</source>
        <translation>déduit du code</translation>
    </message>
    <message>
        <source>The provider&apos;s account in the books (CompAuxNum of the FEC). Empty: the prefix of the accounting settings followed by its code, with a number when two codes read the same.</source>
        <translation>Le compte du prestataire dans les livres (CompAuxNum du FEC). Vide : le préfixe des réglages comptables suivi de son code, avec un numéro quand deux codes se lisent de même.</translation>
    </message>
    <message>
        <source>Au&amp;xiliary account:</source>
        <translation>Compte au&amp;xiliaire :</translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Minimum payout</source>
        <translation>Reversement minimum</translation>
    </message>
    <message>
        <source>Payout delay</source>
        <translation>Délai de reversement</translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation>Jour du relevé</translation>
    </message>
    <message>
        <source>Tier lines</source>
        <translation>Lignes du barème</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (explained)</source>
        <translation>%1 (expliqué)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>reported %1 later</source>
        <translation>déclaré %1 plus tard</translation>
    </message>
    <message>
        <source>reported %1 earlier</source>
        <translation>déclaré %1 plus tôt</translation>
    </message>
    <message>
        <source>net %1, expected %2</source>
        <translation>net %1, attendu %2</translation>
    </message>
    <message>
        <source>provider by channel</source>
        <translation>prestataire déduit du canal</translation>
    </message>
    <message>
        <source>repeats row %1</source>
        <translation>répète la ligne %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Sales log amount</source>
        <translation>Montant journal des ventes</translation>
    </message>
    <message>
        <source>Provider amount</source>
        <translation>Montant prestataire</translation>
    </message>
</context>
<context>
    <name>ReconcileLoader</name>
    <message>
        <source>Cannot read the database for reconciliation: %1</source>
        <translation>Impossible de lire la base de données pour le rapprochement : %1</translation>
    </message>
    <message>
        <source>Cannot read the rows to reconcile: %1</source>
        <translation>Impossible de lire les lignes à rapprocher : %1</translation>
    </message>
    <message>
        <source>Reconciliation cancelled; nothing was changed.</source>
        <translation>Rapprochement annulé ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ReconcileReview</name>
    <message>
        <source>Matched by hand</source>
        <translation>Rapproché manuellement</translation>
    </message>
    <message>
        <source>Separated by hand</source>
        <translation>Dissocié manuellement</translation>
    </message>
    <message>
        <source>Marked explained</source>
        <translation>Marqué comme expliqué</translation>
    </message>
    <message>
        <source>There is no row %1 (was its import undone?).</source>
        <translation>Il n&apos;y a pas de ligne %1 (son import a-t-il été annulé ?).</translation>
    </message>
    <message>
        <source>Row %1 is not a provider statement row.</source>
        <translation>La ligne %1 n&apos;est pas une ligne de relevé de prestataire.</translation>
    </message>
    <message>
        <source>Row %1 is not a sales log row.</source>
        <translation>La ligne %1 n&apos;est pas une ligne du journal des ventes.</translation>
    </message>
    <message>
        <source>provider row %1</source>
        <translation>ligne prestataire %1</translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation>vente %1</translation>
    </message>
    <message>
        <source>%1: not reconciled</source>
        <translation>%1 : non rapprochée</translation>
    </message>
    <message>
        <source>%1: %2 with %3</source>
        <translation>%1 : %2 avec %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>These two rows are already matched.</source>
        <translation>Ces deux lignes sont déjà rapprochées.</translation>
    </message>
    <message>
        <source>These two rows are not matched with each other.</source>
        <translation>Ces deux lignes ne sont pas rapprochées l&apos;une de l&apos;autre.</translation>
    </message>
    <message>
        <source>An explanation needs a note saying why.</source>
        <translation>Une explication nécessite une remarque indiquant pourquoi.</translation>
    </message>
    <message>
        <source>Only a discrepancy (an amount mismatch, a missing row, a duplicate) can be marked explained.</source>
        <translation>Seul un écart (écart de montant, ligne manquante, doublon) peut être marqué comme expliqué.</translation>
    </message>
    <message>
        <source>This discrepancy is already marked explained.</source>
        <translation>Cet écart est déjà marqué comme expliqué.</translation>
    </message>
    <message>
        <source>This line is not marked explained.</source>
        <translation>Cette ligne n&apos;est pas marquée comme expliquée.</translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation>Il n&apos;y a pas de décision %1.</translation>
    </message>
    <message>
        <source>the channels differ: %1 at the provider, %2 in the sales log</source>
        <translation>les canaux diffèrent : %1 chez le prestataire, %2 dans le journal des ventes</translation>
    </message>
    <message>
        <source>the currencies differ: %1 at the provider, %2 in the sales log</source>
        <translation>les devises diffèrent : %1 chez le prestataire, %2 dans le journal des ventes</translation>
    </message>
    <message>
        <source>the amounts differ: %1 at the provider, %2 in the sales log</source>
        <translation>les montants diffèrent : %1 chez le prestataire, %2 dans le journal des ventes</translation>
    </message>
    <message>
        <source>the products differ: “%1” at the provider, “%2” in the sales log</source>
        <translation>les produits diffèrent : « %1 » chez le prestataire, « %2 » dans le journal des ventes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>elles sont à %1 d&apos;écart, plus que la fenêtre de rapprochement de %n minute</numerusform>
            <numerusform>elles sont à %1 d&apos;écart, plus que la fenêtre de rapprochement de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>These rows were changed after you read them: %1 by %2 on %3. Nothing was changed; look at them again before deciding.</source>
        <translation>Ces lignes ont été modifiées après votre lecture : %1 par %2 le %3. Rien n&apos;a été modifié ; relisez-les avant de décider.</translation>
    </message>
    <message>
        <source>This decision was already taken back, on %1.</source>
        <translation>Cette décision a déjà été annulée, le %1.</translation>
    </message>
    <message>
        <source>This decision was already taken back by %1 on %2.</source>
        <translation>Cette décision a déjà été annulée par %1 le %2.</translation>
    </message>
    <message>
        <source>These rows were changed after you read them: the decision &quot;%1&quot; was taken back by %2 on %3. Nothing was changed; look at them again before deciding.</source>
        <translation>Ces lignes ont été modifiées après votre lecture : la décision « %1 » a été annulée par %2 le %3. Rien n&apos;a été modifié ; relisez-les avant de décider.</translation>
    </message>
</context>
<context>
    <name>ReconcileStore</name>
    <message>
        <source>The stored reconciliation results are damaged; run the reconciliation again.</source>
        <translation>Les résultats de rapprochement enregistrés sont endommagés ; relancez le rapprochement.</translation>
    </message>
    <message>
        <source>The reconciliation totals are too large to add up (beyond 64 bits of minor units): check the imported amounts.</source>
        <translation>Les totaux du rapprochement sont trop grands pour être additionnés (au-delà de 64 bits d&apos;unités mineures) : vérifiez les montants importés.</translation>
    </message>
</context>
<context>
    <name>ReconcileText</name>
    <message>
        <source>Matched by reference</source>
        <translation>Rapproché par référence</translation>
    </message>
    <message>
        <source>Matched by amount and time</source>
        <translation>Rapproché par montant et heure</translation>
    </message>
    <message>
        <source>Matched by hand</source>
        <translation>Rapproché manuellement</translation>
    </message>
    <message>
        <source>Amount mismatch</source>
        <translation>Écart de montant</translation>
    </message>
    <message>
        <source>Missing at provider</source>
        <translation>Absent chez le prestataire</translation>
    </message>
    <message>
        <source>Missing in sales log</source>
        <translation>Absent du journal des ventes</translation>
    </message>
    <message>
        <source>Duplicate at provider</source>
        <translation>En double chez le prestataire</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>Checking what changed</source>
        <translation>Recherche des changements</translation>
    </message>
    <message>
        <source>a full run was asked for</source>
        <translation>une exécution complète a été demandée</translation>
    </message>
    <message>
        <source>first reconciliation of this database</source>
        <translation>premier rapprochement de cette base de données</translation>
    </message>
    <message>
        <source>an import was undone since the last run</source>
        <translation>un import a été annulé depuis la dernière exécution</translation>
    </message>
    <message>
        <source>the results were made by another version of Obole</source>
        <translation>les résultats ont été produits par une autre version d&apos;Obole</translation>
    </message>
    <message>
        <source>the time window changed</source>
        <translation>la fenêtre de temps a changé</translation>
    </message>
    <message>
        <source>the payout tolerance changed</source>
        <translation>la tolérance de reversement a changé</translation>
    </message>
    <message>
        <source>the catalog changed</source>
        <translation>le catalogue a changé</translation>
    </message>
    <message>
        <source>rows were removed since the last run</source>
        <translation>des lignes ont été supprimées depuis la dernière exécution</translation>
    </message>
    <message>
        <source>Reconciliation cancelled; the results are as they were.</source>
        <translation>Rapprochement annulé ; les résultats sont inchangés.</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Lecture des lignes</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Mise en correspondance</translation>
    </message>
    <message>
        <source>Writing results</source>
        <translation>Écriture des résultats</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Reading new rows</source>
        <translation>Lecture des nouvelles lignes</translation>
    </message>
    <message>
        <source>many new rows compared with those already reconciled</source>
        <translation>beaucoup de nouvelles lignes par rapport à celles déjà rapprochées</translation>
    </message>
    <message>
        <source>a provider&apos;s statements now cover another channel</source>
        <translation>les relevés d&apos;un prestataire couvrent désormais un autre canal</translation>
    </message>
    <message>
        <source>Finding related rows</source>
        <translation>Recherche des lignes liées</translation>
    </message>
    <message>
        <source>Matching by reference</source>
        <translation>Mise en correspondance par référence</translation>
    </message>
    <message>
        <source>Matching by amount and time</source>
        <translation>Mise en correspondance par montant et heure</translation>
    </message>
    <message>
        <source>Cannot set rows aside in a temporary file (is the disk full?); the results are as they were.</source>
        <translation>Impossible de mettre des lignes de côté dans un fichier temporaire (le disque est-il plein ?) ; les résultats sont restés tels quels.</translation>
    </message>
    <message>
        <source>more new rows than fit in memory at once</source>
        <translation>trop de nouvelles lignes pour les garder toutes en mémoire à la fois</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Rapprochées</translation>
    </message>
    <message>
        <source>Amount mismatch</source>
        <translation>Écart de montant</translation>
    </message>
    <message>
        <source>Missing at provider</source>
        <translation>Absent chez le prestataire</translation>
    </message>
    <message>
        <source>Missing in sales log</source>
        <translation>Absent du journal des ventes</translation>
    </message>
    <message>
        <source>Duplicate at provider</source>
        <translation>En double chez le prestataire</translation>
    </message>
    <message>
        <source>Payout differences</source>
        <translation>Écarts de reversement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Reconcile Now</source>
        <translation>Lancer le &amp;rapprochement</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>Rappr&amp;ocher</translation>
    </message>
    <message>
        <source>&amp;Unmatch</source>
        <translation>D&amp;issocier</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <source>Reconcile the rows imported since the last run (F5)</source>
        <translation>Rapprocher les lignes importées depuis la dernière exécution (F5)</translation>
    </message>
    <message>
        <source>Match the selected provider row and sale by hand (Ctrl+M)</source>
        <translation>Rapprocher manuellement la ligne prestataire et la vente sélectionnées (Ctrl+M)</translation>
    </message>
    <message>
        <source>Separate the selected pair; they will not be matched again (Ctrl+U)</source>
        <translation>Dissocier la paire sélectionnée ; ses deux lignes ne seront plus rapprochées (Ctrl+U)</translation>
    </message>
    <message>
        <source>Mark the selected discrepancy as explained, with the note (Ctrl+E)</source>
        <translation>Marquer l&apos;écart sélectionné comme expliqué, avec la remarque (Ctrl+E)</translation>
    </message>
    <message>
        <source>Take back the explanation of the selected discrepancy (Ctrl+R)</source>
        <translation>Retirer l&apos;explication de l&apos;écart sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reconcile Now</source>
        <translation>Lancer le rapprochement</translation>
    </message>
    <message>
        <source>Reconciliation progress</source>
        <translation>Progression du rapprochement</translation>
    </message>
    <message>
        <source>Reconciliation lines</source>
        <translation>Lignes du rapprochement</translation>
    </message>
    <message>
        <source>Why this line matched or not</source>
        <translation>Pourquoi cette ligne a été rapprochée ou non</translation>
    </message>
    <message>
        <source>Note for a decision (needed to explain)</source>
        <translation>Remarque accompagnant une décision (obligatoire pour expliquer)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque :</translation>
    </message>
    <message>
        <source>Payout follow-up</source>
        <translation>Suivi des reversements</translation>
    </message>
    <message>
        <source>Earned: the net of each provider&apos;s statement lines (duplicates left out). Paid: its payout statements. Payments settle the oldest earnings first. A provider pays what is older than its payout delay, and only once that reaches its minimum payout: smaller sums are carried over.</source>
        <translation>Acquis : le net des lignes des relevés de chaque prestataire (doublons exclus). Versé : ses relevés de reversement. Les paiements soldent d&apos;abord les montants acquis les plus anciens. Un prestataire verse ce qui est plus ancien que son délai de reversement, et seulement lorsque ce montant atteint son reversement minimum : les sommes inférieures sont reportées.</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>Li&amp;gnes</translation>
    </message>
    <message>
        <source>&amp;Payout Follow-up</source>
        <translation>&amp;Suivi des reversements</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Du … au …</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation>Écarts en suspens</translation>
    </message>
    <message>
        <source>All discrepancies</source>
        <translation>Tous les écarts</translation>
    </message>
    <message>
        <source>Reference or product</source>
        <translation>Référence ou produit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pres&amp;tataire :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>R&amp;echercher :</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les prestataires</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>%1 · %2 by reference, %3 by amount and time, %4 by hand</source>
        <translation>%1 · %2 par référence, %3 par montant et heure, %4 manuellement</translation>
    </message>
    <message>
        <source>provider %1, sales log %2</source>
        <translation>prestataire %1, journal des ventes %2</translation>
    </message>
    <message>
        <source>discrepancies explained by hand: %1</source>
        <translation>écarts expliqués manuellement : %1</translation>
    </message>
    <message>
        <source>Last run %1 · window %2 · %3 provider rows, %4 sales</source>
        <translation>Dernière exécution %1 · fenêtre %2 · %3 lignes prestataire, %4 ventes</translation>
    </message>
    <message>
        <source>Not reconciled yet</source>
        <translation>Pas encore rapproché</translation>
    </message>
    <message>
        <source>No database is open. Choose File → Open Database…</source>
        <translation>Aucune base de données n&apos;est ouverte. Choisissez Fichier → Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>No statement imported yet.

Drag a provider&apos;s statement and the site&apos;s sales log onto this window, or choose File → Import… (Ctrl+I); they are reconciled as soon as they are in.</source>
        <translation>Aucun relevé importé pour l&apos;instant.

Faites glisser un relevé de prestataire et le journal des ventes du site sur cette fenêtre, ou choisissez Fichier → Importer… (Ctrl+I) ; ils sont rapprochés dès leur import.</translation>
    </message>
    <message>
        <source>No line matches these filters.</source>
        <translation>Aucune ligne ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Recherche de “%1”…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reconciliation is up to date.</source>
        <translation>Le rapprochement est à jour.</translation>
    </message>
    <message>
        <source>Reconciled %1 rows in %2 s (%3).</source>
        <translation>%1 lignes rapprochées en %2 s (%3).</translation>
    </message>
    <message>
        <source>Reconciled %1 new rows in %2 s.</source>
        <translation>%1 nouvelles lignes rapprochées en %2 s.</translation>
    </message>
    <message>
        <source>Match provider row %1 with sale %2</source>
        <translation>Rapprocher la ligne prestataire %1 de la vente %2</translation>
    </message>
    <message>
        <source>Matched by hand. Edit → Undo takes it back.</source>
        <translation>Rapprochement manuel effectué. Édition → Annuler le défait.</translation>
    </message>
    <message>
        <source>Unmatch provider row %1 and sale %2</source>
        <translation>Dissocier la ligne prestataire %1 et la vente %2</translation>
    </message>
    <message>
        <source>The pair is separated. Edit → Undo puts it back.</source>
        <translation>La paire est dissociée. Édition → Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Write in the note why this discrepancy is explained, then explain it again.</source>
        <translation>Indiquez dans la remarque pourquoi cet écart est expliqué, puis cliquez à nouveau sur Expliquer.</translation>
    </message>
    <message>
        <source>Explain: %1</source>
        <translation>Expliquer : %1</translation>
    </message>
    <message>
        <source>Reopen a discrepancy</source>
        <translation>Rouvrir un écart</translation>
    </message>
    <message>
        <source>Unmatched %1 of the same channel and amount nearby: row %2, %3 %4. If it is the same sale, select both lines and match them (Ctrl+M).</source>
        <translation>Une %1 non rapprochée, de même canal et de même montant, se trouve à proximité : ligne %2, %3 %4. S&apos;il s&apos;agit de la même vente, sélectionnez les deux lignes et rapprochez-les (Ctrl+M).</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>provider row</source>
        <translation>ligne prestataire</translation>
    </message>
    <message>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>plus tôt</translation>
    </message>
    <message>
        <source>No unmatched %1 of the same channel and amount within three days.</source>
        <translation>Aucune %1 non rapprochée de même canal et de même montant à moins de trois jours.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a line to see both sides and why they matched or not.&lt;/p&gt;&lt;p&gt;To match a provider row with a sale by hand, select both lines (Ctrl+click) and press Ctrl+M.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une ligne pour voir les deux côtés et pourquoi ils ont été rapprochés ou non.&lt;/p&gt;&lt;p&gt;Pour rapprocher manuellement une ligne prestataire et une vente, sélectionnez les deux lignes (Ctrl+clic) et appuyez sur Ctrl+M.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n lines selected. Matching by hand takes one line with only a provider row and one with only a sale.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n ligne sélectionnée. Un rapprochement manuel porte sur une ligne ne comportant qu&apos;une ligne prestataire et une autre ne comportant qu&apos;une vente.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n lignes sélectionnées. Un rapprochement manuel porte sur une ligne ne comportant qu&apos;une ligne prestataire et une autre ne comportant qu&apos;une vente.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Both rows carry the reference &lt;b&gt;%1&lt;/b&gt; and the amounts agree.</source>
        <translation>Les deux lignes portent la référence &lt;b&gt;%1&lt;/b&gt; et les montants concordent.</translation>
    </message>
    <message>
        <source>One side has no reference: they match by channel, currency and amount, their times %1 apart (the window is %2), and no nearer row was free.</source>
        <translation>Un côté n&apos;a pas de référence : les lignes concordent par canal, devise et montant, à %1 d&apos;intervalle (la fenêtre est de %2), et aucune ligne plus proche n&apos;était libre.</translation>
    </message>
    <message>
        <source>Matched by hand; the amounts agree.</source>
        <translation>Rapprochées manuellement ; les montants concordent.</translation>
    </message>
    <message>
        <source>Paired (by the reference &lt;b&gt;%1&lt;/b&gt;, or by hand), but the provider reports %2 and the sales log %3: a difference of %4.</source>
        <translation>Appariées (par la référence &lt;b&gt;%1&lt;/b&gt;, ou manuellement), mais le prestataire déclare %2 et le journal des ventes %3 : un écart de %4.</translation>
    </message>
    <message>
        <source>The provider reports no row of this channel and amount within %1 of this sale.</source>
        <translation>Le prestataire ne déclare aucune ligne de ce canal et de ce montant à moins de %1 de cette vente.</translation>
    </message>
    <message>
        <source>No provider row carries the reference &lt;b&gt;%1&lt;/b&gt;, and none without a reference has this channel and amount within %2.</source>
        <translation>Aucune ligne prestataire ne porte la référence &lt;b&gt;%1&lt;/b&gt;, et aucune ligne sans référence n&apos;a ce canal et ce montant à moins de %2.</translation>
    </message>
    <message>
        <source>The sales log names no provider: the sale counts under %1, which serves this channel.</source>
        <translation>Le journal des ventes n&apos;indique aucun prestataire : la vente est comptée pour %1, qui prend en charge ce canal.</translation>
    </message>
    <message>
        <source>The sales log names no provider and none serves this channel.</source>
        <translation>Le journal des ventes n&apos;indique aucun prestataire et aucun ne prend en charge ce canal.</translation>
    </message>
    <message>
        <source>The sales log has no sale of this channel and amount within %1 of this row.</source>
        <translation>Le journal des ventes ne contient aucune vente de ce canal et de ce montant à moins de %1 de cette ligne.</translation>
    </message>
    <message>
        <source>The sales log has no sale with the reference &lt;b&gt;%1&lt;/b&gt;, and none without a reference of this channel and amount within %2.</source>
        <translation>Le journal des ventes ne contient aucune vente portant la référence &lt;b&gt;%1&lt;/b&gt;, ni aucune vente sans référence de ce canal et de ce montant à moins de %2.</translation>
    </message>
    <message>
        <source>The provider reports the reference &lt;b&gt;%1&lt;/b&gt; a second time: it is already on row %2.</source>
        <translation>Le prestataire déclare la référence &lt;b&gt;%1&lt;/b&gt; une seconde fois : elle figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>sans référence</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>net %1</translation>
    </message>
    <message>
        <source>%1, line %2 (row %3)</source>
        <translation>%1, ligne %2 (n° %3)</translation>
    </message>
    <message>
        <source> — explained</source>
        <translation> — expliqué</translation>
    </message>
    <message>
        <source>Sales log</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <source>Provider statement (%1)</source>
        <translation>Relevé de prestataire (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>aucune vente</translation>
    </message>
    <message>
        <source>no provider row</source>
        <translation>aucune ligne prestataire</translation>
    </message>
    <message>
        <source>Payout check: the price point promised %1 for this sale, the provider reports a net of %2 (difference %3).</source>
        <translation>Contrôle du reversement : le tarif promettait %1 pour cette vente, le prestataire déclare un net de %2 (écart %3).</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: “%1”</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(avant : %1)</translation>
    </message>
    <message>
        <source>— taken back %1</source>
        <translation>— annulée le %1</translation>
    </message>
    <message>
        <source>Match by Hand</source>
        <translation>Rapprocher manuellement</translation>
    </message>
    <message>
        <source>These two rows do not agree:
• %1

Write in the note why they belong together, then match them again.</source>
        <translation>Ces deux lignes ne concordent pas :
• %1

Écrivez dans la remarque pourquoi elles vont ensemble, puis rapprochez-les de nouveau.</translation>
    </message>
    <message>
        <source>These two rows do not agree:
• %1

Match them all the same, with the note “%2”?</source>
        <translation>Ces deux lignes ne concordent pas :
• %1

Les rapprocher quand même, avec la remarque « %2 » ?</translation>
    </message>
    <message>
        <source>%1 (matched despite: %2)</source>
        <translation>%1 (rapprochées malgré : %2)</translation>
    </message>
    <message>
        <source>Show every line</source>
        <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
        <source>Show these lines</source>
        <translation>Afficher ces lignes</translation>
    </message>
    <message>
        <source>&amp;Book Entry…</source>
        <translation>Co&amp;mptabiliser…</translation>
    </message>
    <message>
        <source>Propose the correcting entry of the selected discrepancy for the books, to accept with a note (Ctrl+B)</source>
        <translation>Proposer l&apos;écriture de régularisation de l&apos;écart choisi, à accepter avec une note (Ctrl+B)</translation>
    </message>
    <message>
        <source>A correcting entry was booked for this discrepancy. Reopening it takes the entry back from the books. Reopen?</source>
        <translation>Une écriture de régularisation a été passée pour cet écart. Le rouvrir retire l&apos;écriture des comptes. Rouvrir ?</translation>
    </message>
    <message>
        <source>Book a Correcting Entry</source>
        <translation>Comptabiliser une écriture de régularisation</translation>
    </message>
    <message>
        <source>Book a correcting entry: %1</source>
        <translation>Passer une écriture de régularisation : %1</translation>
    </message>
    <message>
        <source>Correcting entry booked for %1.</source>
        <translation>Écriture de régularisation passée pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n explained</source>
        <translation>
            <numerusform>%1 · %n expliqué</numerusform>
            <numerusform>%1 · %n expliqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Lecture des résultats…</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <source>— taken back by %1 on %2</source>
        <translation>— annulée par %1 le %2</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>La période doit avoir un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>La période commence le %1, après son dernier jour, le %2.</translation>
    </message>
    <message>
        <source>Reconciliation has not been run on this database yet.</source>
        <translation>Le rapprochement n&apos;a pas encore été exécuté sur cette base de données.</translation>
    </message>
    <message>
        <source>The revenue charts could not be drawn: %1</source>
        <translation>Les graphiques de chiffre d&apos;affaires n&apos;ont pas pu être tracés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) name a product the catalog does not know; they are taxed at the default VAT rate of the accounting settings (%1).</source>
        <translation>
            <numerusform>%n vente désigne un produit inconnu du catalogue ; elle est soumise au taux de TVA par défaut des paramètres comptables (%1).</numerusform>
            <numerusform>%n ventes désignent un produit inconnu du catalogue ; elles sont soumises au taux de TVA par défaut des paramètres comptables (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) neither state a payout nor match a price point: their fees and payout are left out, their gross and VAT are counted.</source>
        <translation>
            <numerusform>%n vente n&apos;indique pas de reversement et ne correspond à aucun tarif : ses commissions et son reversement sont omis, son montant brut et sa TVA sont comptés.</numerusform>
            <numerusform>%n ventes n&apos;indiquent pas de reversement et ne correspondent à aucun tarif : leurs commissions et leur reversement sont omis, leur montant brut et leur TVA sont comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) of the sales log name no provider; they are given to the provider of their price point or channel where the catalog tells it.</source>
        <translation>
            <numerusform>%n vente du journal des ventes n&apos;indique aucun prestataire ; elle est attribuée au prestataire de son tarif ou de son canal lorsque le catalogue permet de le déterminer.</numerusform>
            <numerusform>%n ventes du journal des ventes n&apos;indiquent aucun prestataire ; elles sont attribuées au prestataire de leur tarif ou de leur canal lorsque le catalogue permet de le déterminer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The open discrepancies could not be listed: %1</source>
        <translation>Les écarts en suspens n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>What providers still owe by their statements could not be read: %1</source>
        <translation>Ce que les prestataires doivent encore d&apos;après leurs relevés n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Transaction %1 holds an amount beyond the largest Obole accepts (%2 either way): the report would add it up wrong, so none was written.</source>
        <translation>La transaction %1 contient un montant qui dépasse le plus grand qu&apos;Obole accepte (%2 dans un sens ou dans l&apos;autre) : le rapport l&apos;additionnerait mal, il n&apos;a donc pas été écrit.</translation>
    </message>
    <message>
        <source>Amounts in %1 are reported apart from those in %2; the FEC books them in %2 at each day&apos;s exchange rate (Reports page, Exchange Rates…).</source>
        <translation>Les montants en %1 sont présentés à part de ceux en %2 ; le FEC les comptabilise en %2 au taux de change de chaque jour (page Rapports, Taux de change…).</translation>
    </message>
</context>
<context>
    <name>ReportChartWidget</name>
    <message>
        <source>Revenue charts</source>
        <translation>Graphiques de chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Gross per day and channel, and the share of each channel, in %1</source>
        <translation>Brut par jour et par canal, et part de chaque canal, en %1</translation>
    </message>
    <message>
        <source>No chart</source>
        <translation>Aucun graphique</translation>
    </message>
    <message>
        <source>No chart for this period.</source>
        <translation>Aucun graphique pour cette période.</translation>
    </message>
    <message>
        <source>Gross per day and channel</source>
        <translation>Brut par jour et par canal</translation>
    </message>
    <message>
        <source>Share of each channel</source>
        <translation>Part de chaque canal</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>%1 (%)</source>
        <comment>a column header for a percentage</comment>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>No output given for the CSV files.</source>
        <translation>Aucune sortie indiquée pour les fichiers CSV.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage in a report table</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s), listed in the CSV and XLSX exports.</source>
        <translation>
            <numerusform>… et %n autre ligne, listée dans les exports CSV et XLSX.</numerusform>
            <numerusform>… et %n autres lignes, listées dans les exports CSV et XLSX.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue per day and channel (%1, gross)</source>
        <translation>Chiffre d&apos;affaires par jour et par canal (%1, brut)</translation>
    </message>
    <message>
        <source>Share of each channel (%1, gross)</source>
        <translation>Part de chaque canal (%1, brut)</translation>
    </message>
    <message>
        <source>No output file given for the PDF.</source>
        <translation>Aucun fichier de sortie indiqué pour le PDF.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message>
        <source>Period: %1 (local days in %2)</source>
        <translation>Période : %1 (jours en heure locale, fuseau %2)</translation>
    </message>
    <message>
        <source>Generated on %1 from %2. Amounts are in their own currency; currencies are never added together.</source>
        <translation>Généré le %1 à partir de %2. Les montants sont exprimés dans leur propre devise ; des devises différentes ne sont jamais additionnées.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>Impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être terminé.</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished file could not replace it.</source>
        <translation>Impossible d&apos;écrire %1 : le fichier terminé n&apos;a pas pu le remplacer.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>Gross per day and channel (%1)</source>
        <translation>Brut par jour et par canal (%1)</translation>
    </message>
    <message>
        <source>No output file given for the XLSX workbook.</source>
        <translation>Aucun fichier de sortie indiqué pour le classeur XLSX.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>Impossible d&apos;écrire %1 : le classeur n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Written by Obole</source>
        <translation>Généré par Obole</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished file could not replace it.</source>
        <translation>Impossible d&apos;écrire %1 : le fichier terminé n&apos;a pas pu le remplacer.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Accounting &amp;Settings…</source>
        <translation>Para&amp;mètres comptables…</translation>
    </message>
    <message>
        <source>Gross (buyer price)</source>
        <translation>Brut (prix acheteur)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <source>Receivable from providers</source>
        <translation>Créances sur les prestataires</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année dernière</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>SIREN, chart of accounts and journals used by the FEC</source>
        <translation>SIREN, plan de comptes et journaux utilisés par le FEC</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and the last day of a period</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>CSV conventions</source>
        <translation>Conventions CSV</translation>
    </message>
    <message>
        <source>CSV: French (; and decimal comma)</source>
        <translation>CSV : français (; et virgule décimale)</translation>
    </message>
    <message>
        <source>CSV: English (, and decimal point)</source>
        <translation>CSV : anglais (, et point décimal)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>The report to read and file: A4, with charts</source>
        <translation>Le rapport à lire et à archiver : A4, avec graphiques</translation>
    </message>
    <message>
        <source>&amp;XLSX…</source>
        <translation>&amp;XLSX…</translation>
    </message>
    <message>
        <source>A workbook, a sheet per table</source>
        <translation>Un classeur, une feuille par tableau</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>A file per table, in a folder</source>
        <translation>Un fichier par tableau, dans un dossier</translation>
    </message>
    <message>
        <source>&amp;FEC…</source>
        <translation>&amp;FEC…</translation>
    </message>
    <message>
        <source>The Fichier des Écritures Comptables for the French tax administration</source>
        <translation>Le fichier des écritures comptables (FEC) destiné à l&apos;administration fiscale</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The period starts after its last day: choose a first day on or before %1.</source>
        <translation>La période commence après son dernier jour : choisissez un premier jour antérieur ou égal au %1.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export en %1…</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message>
        <source>%1 written:</source>
        <translation>%1 écrit :</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>%1 written: %2</source>
        <translation>%1 écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n file(s).</source>
        <translation>
            <numerusform>%1 écrit : %n fichier.</numerusform>
            <numerusform>%1 écrit : %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>sales: %1</source>
        <translation>ventes : %1</translation>
    </message>
    <message>
        <source>%1; also in %2</source>
        <translation>%1 ; aussi en %2</translation>
    </message>
    <message>
        <source>net: %1</source>
        <translation>HT : %1</translation>
    </message>
    <message>
        <source>fees: %1</source>
        <translation>commissions : %1</translation>
    </message>
    <message>
        <source>received: %1</source>
        <translation>reçu : %1</translation>
    </message>
    <message>
        <source>Export CSV Files to a Folder</source>
        <translation>Exporter les fichiers CSV dans un dossier</translation>
    </message>
    <message>
        <source>Export the FEC to a Folder</source>
        <translation>Exporter le FEC dans un dossier</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Exporter en XLSX</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Accounting Settings</source>
        <translation>Paramètres comptables</translation>
    </message>
    <message>
        <source>Accounting settings saved in %1.</source>
        <translation>Paramètres comptables enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Export the FEC</source>
        <translation>Exporter le FEC</translation>
    </message>
    <message>
        <source>%1 exists already in this folder. Replace it?</source>
        <translation>%1 existe déjà dans ce dossier. Le remplacer ?</translation>
    </message>
    <message>
        <source>C&amp;lose the Books…</source>
        <translation>C&amp;lôturer les livres…</translation>
    </message>
    <message>
        <source>Re&amp;open Last Period…</source>
        <translation>Rou&amp;vrir la dernière période…</translation>
    </message>
    <message>
        <source>Close the books up to the period&apos;s last day: the FEC entries of those days get permanent numbers and a validation date</source>
        <translation>Clôturer les livres jusqu&apos;au dernier jour de la période : les écritures FEC de ces jours reçoivent des numéros définitifs et une date de validation</translation>
    </message>
    <message>
        <source>Reopen the last closed period: its entries keep their numbers if nothing changed</source>
        <translation>Rouvrir la dernière période clôturée : ses écritures gardent leurs numéros si rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Closing the books up to %1…</source>
        <translation>Clôture des livres jusqu&apos;au %1…</translation>
    </message>
    <message>
        <source>Reopening the last closed period…</source>
        <translation>Réouverture de la dernière période clôturée…</translation>
    </message>
    <message numerus="yes">
        <source>Books closed from %1 to %2: %n entry(s) numbered, validated on %3.</source>
        <translation>
            <numerusform>Livres clôturés du %1 au %2 : %n écriture numérotée, validée le %3.</numerusform>
            <numerusform>Livres clôturés du %1 au %2 : %n écritures numérotées, validées le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correcting entry(s) for data imported after an earlier closing.</source>
        <translation>
            <numerusform>%n écriture de correction pour des données importées après une clôture antérieure.</numerusform>
            <numerusform>%n écritures de correction pour des données importées après une clôture antérieure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) unchanged since the period was reopened kept their number.</source>
        <translation>
            <numerusform>%n écriture inchangée depuis la réouverture de la période a gardé son numéro.</numerusform>
            <numerusform>%n écritures inchangées depuis la réouverture de la période ont gardé leur numéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened the period from %1 to %2; its entry numbers stay reserved.</source>
        <translation>Période du %1 au %2 rouverte ; les numéros de ses écritures restent réservés.</translation>
    </message>
    <message>
        <source>Closing cancelled: nothing was closed.</source>
        <translation>Clôture annulée : rien n&apos;a été clôturé.</translation>
    </message>
    <message>
        <source>The books were not closed: %1</source>
        <translation>Les livres n&apos;ont pas été clôturés : %1</translation>
    </message>
    <message>
        <source>The period was not reopened: %1</source>
        <translation>La période n&apos;a pas été rouverte : %1</translation>
    </message>
    <message>
        <source>The state of the books cannot be read: %1</source>
        <translation>L&apos;état des livres ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Books closed up to %1: the FEC entries of those days keep their numbers.</source>
        <translation>Livres clôturés jusqu&apos;au %1 : les écritures FEC de ces jours gardent leurs numéros.</translation>
    </message>
    <message>
        <source>Books not closed yet: FEC entry numbers are provisional until a period is closed.</source>
        <translation>Livres pas encore clôturés : les numéros des écritures FEC sont provisoires jusqu&apos;à la clôture d&apos;une période.</translation>
    </message>
    <message>
        <source>Close the books up to %1?

The FEC entries of every day not closed yet, up to %1, get permanent numbers and today as their validation date; every export will then give them as they are. Data imported later for these days goes into correcting entries in the next open period. Only the last closed period can be reopened.</source>
        <translation>Clôturer les livres jusqu&apos;au %1 ?

Les écritures FEC de chaque jour non encore clôturé, jusqu&apos;au %1, reçoivent des numéros définitifs et la date du jour comme date de validation ; chaque export les reprendra ensuite telles quelles. Les données importées plus tard pour ces jours iront dans des écritures de correction de la période ouverte suivante. Seule la dernière période clôturée peut être rouverte.</translation>
    </message>
    <message>
        <source>Close the Books</source>
        <translation>Clôturer les livres</translation>
    </message>
    <message>
        <source>Reopen the last closed period?

Its entries are no longer frozen until it is closed again; entries that did not change then get their numbers back. The reopening is written in the audit trail.</source>
        <translation>Rouvrir la dernière période clôturée ?

Ses écritures ne sont plus figées jusqu&apos;à sa prochaine clôture ; celles qui n&apos;auront pas changé retrouveront alors leurs numéros. La réouverture est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reopen Last Period</source>
        <translation>Rouvrir la dernière période</translation>
    </message>
    <message>
        <source>Exchange &amp;Rates…</source>
        <translation>&amp;Taux de change…</translation>
    </message>
    <message>
        <source>Import daily exchange rates from a CSV file (the ECB&apos;s reference rates, or a column such as BTC/EUR): sales in other currencies are booked at their day&apos;s rate</source>
        <translation>Importer des taux de change quotidiens depuis un fichier CSV (les taux de référence de la BCE, ou une colonne comme BTC/EUR) : les ventes dans d&apos;autres devises sont comptabilisées au taux de leur jour</translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation>Importer des taux de change</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange rate(s) against %1 stored for %2, from %3 to %4.</source>
        <translation>
            <numerusform>%n taux de change par rapport à %1 enregistré pour %2, du %3 au %4.</numerusform>
            <numerusform>%n taux de change par rapport à %1 enregistrés pour %2, du %3 au %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>No database is open. Choose File → Open Database.</source>
        <translation>Aucune base de données n&apos;est ouverte. Choisissez Fichier → Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>No sales, provider statements or payouts from %1 to %2. Import the sales log and the providers&apos; statements, or choose another period.</source>
        <translation>Aucune vente, aucun relevé de prestataire ni aucun reversement du %1 au %2. Importez le journal des ventes et les relevés des prestataires, ou choisissez une autre période.</translation>
    </message>
</context>
<context>
    <name>RevenueAggregates</name>
    <message>
        <source>Not a valid time zone.</source>
        <translation>Fuseau horaire non valide.</translation>
    </message>
    <message>
        <source>Cannot update the revenue totals: %1</source>
        <translation>Impossible de mettre à jour les totaux de chiffre d&apos;affaires : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>an import was undone meanwhile</source>
        <translation>un import a été annulé entre-temps</translation>
    </message>
    <message>
        <source>transaction %1 holds an amount beyond the largest Obole accepts (%2 either way); totals built on it would be wrong, so none were written</source>
        <translation>la transaction %1 contient un montant qui dépasse le plus grand qu&apos;Obole accepte (%2 dans un sens ou dans l&apos;autre) ; des totaux calculés avec seraient faux, aucun n&apos;a donc été écrit</translation>
    </message>
</context>
<context>
    <name>RevenueChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Revenue chart exported by Obole</source>
        <translation>Graphique de chiffre d&apos;affaires exporté par Obole</translation>
    </message>
</context>
<context>
    <name>RevenueChartPainter</name>
    <message>
        <source>No sales in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>channel name, its share</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>RevenueChartStyle</name>
    <message>
        <source>%1, %2–%3 %4</source>
        <comment>day, start hour, end hour, time zone abbreviation</comment>
        <translation>%1, %2–%3 %4</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days</comment>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>RevenueChartView</name>
    <message>
        <source>Revenue per channel over time</source>
        <translation>Chiffre d&apos;affaires par canal au fil du temps</translation>
    </message>
    <message numerus="yes">
        <source>%n bars, %1</source>
        <translation>
            <numerusform>%n barre, %1</numerusform>
            <numerusform>%n barres, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>Aucune vente sur cette période</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: &lt;b&gt;%3&lt;/b&gt; (%4 of the bar)&lt;br&gt;%n sale(s); all channels: %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 : &lt;b&gt;%3&lt;/b&gt; (%4 de la barre)&lt;br&gt;%n vente ; tous canaux : %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 : &lt;b&gt;%3&lt;/b&gt; (%4 de la barre)&lt;br&gt;%n ventes ; tous canaux : %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevenueDonutView</name>
    <message>
        <source>Share of each channel</source>
        <translation>Part de chaque canal</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>channel, share</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 of the period</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 de la période</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>au total</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Aucune vente</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s), %1 in all</source>
        <translation>
            <numerusform>%n canal, %1 au total</numerusform>
            <numerusform>%n canaux, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>Aucune vente sur cette période</translation>
    </message>
</context>
<context>
    <name>RevenueLegend</name>
    <message>
        <source>Channels shown</source>
        <translation>Canaux affichés</translation>
    </message>
    <message>
        <source>%1: click to hide it from the charts or show it again</source>
        <translation>%1 : cliquez pour le masquer des graphiques ou l&apos;afficher à nouveau</translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <source>Total for the period</source>
        <translation>Total de la période</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Not yet confirmed by a provider</source>
        <translation>Pas encore confirmées par un prestataire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Revenue per channel</source>
        <translation>Chiffre d&apos;affaires par canal</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Meilleurs produits</translation>
    </message>
    <message>
        <source>Updating the revenue totals after the last changes…</source>
        <translation>Mise à jour des totaux de chiffre d&apos;affaires après les dernières modifications…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>What buyers paid, VAT included</source>
        <translation>Ce que les acheteurs ont payé, TVA comprise</translation>
    </message>
    <message>
        <source>What providers pay you: the net on the statement row when there is one, else what the price point promises</source>
        <translation>Ce que les prestataires vous versent : le net de la ligne du relevé lorsqu&apos;elle existe, sinon ce que promet le tarif</translation>
    </message>
    <message>
        <source>What buyers paid, less the VAT at each product&apos;s rate</source>
        <translation>Ce que les acheteurs ont payé, moins la TVA au taux de chaque produit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Only sales confirmed by a provider</source>
        <translation>Uniquement les ventes confirmées par un prestataire</translation>
    </message>
    <message>
        <source>Leave out sales that no provider statement lists yet</source>
        <translation>Exclure les ventes qu&apos;aucun relevé de prestataire ne mentionne encore</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Revenue over time as PNG…</source>
        <translation>Chiffre d&apos;affaires dans le temps en PNG…</translation>
    </message>
    <message>
        <source>Revenue over time as SVG…</source>
        <translation>Chiffre d&apos;affaires dans le temps en SVG…</translation>
    </message>
    <message>
        <source>Channel shares as PNG…</source>
        <translation>Parts des canaux en PNG…</translation>
    </message>
    <message>
        <source>Channel shares as SVG…</source>
        <translation>Parts des canaux en SVG…</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one day to another</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Bars:</source>
        <translation>&amp;Barres :</translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation>&amp;Montants :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>Too many bars for this period</source>
        <translation>Trop de barres pour cette période</translation>
    </message>
    <message>
        <source>Update cancelled: the figures below may not include the last changes.</source>
        <translation>Mise à jour annulée : les chiffres ci-dessous peuvent ne pas inclure les dernières modifications.</translation>
    </message>
    <message>
        <source>Revenue update cancelled.</source>
        <translation>Mise à jour du chiffre d&apos;affaires annulée.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, compared with the period of the same length just before it: %2. Days run from midnight to midnight, %3 time.</source>
        <translation>%1, comparé à la période de même durée qui le précède : %2. Les journées vont de minuit à minuit, fuseau %3.</translation>
    </message>
    <message>
        <source>%1 vs previous period (%2)</source>
        <translation>%1 par rapport à la période précédente (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), left out of these figures</source>
        <translation>
            <numerusform>%n vente, exclue de ces chiffres</numerusform>
            <numerusform>%n ventes, exclues de ces chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the period, %n sale(s)</source>
        <translation>
            <numerusform>%1 de la période, %n vente</numerusform>
            <numerusform>%1 de la période, %n ventes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The payout of %n sale(s) is not known (no net on the row and no matching price point); they count as zero.</source>
        <translation>
            <numerusform>Le reversement de %n vente est inconnu (aucun net sur la ligne et aucun tarif correspondant) ; il est compté pour zéro.</numerusform>
            <numerusform>Le reversement de %n ventes est inconnu (aucun net sur la ligne et aucun tarif correspondant) ; il est compté pour zéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <source>Share of each channel, %1, %2 (%3)</source>
        <translation>Part de chaque canal, %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Revenue per channel, %1, %2 (%3)</source>
        <translation>Chiffre d&apos;affaires par canal, %1, %2 (%3)</translation>
    </message>
    <message>
        <source>confirmed sales only</source>
        <translation>ventes confirmées uniquement</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>channel-shares</source>
        <translation>parts-des-canaux</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>chiffre-d-affaires</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1, compared with the same days a year before: %2. Days run from midnight to midnight, %3 time.</source>
        <translation>%1, comparé aux mêmes jours un an plus tôt : %2. Les journées vont de minuit à minuit, fuseau %3.</translation>
    </message>
    <message>
        <source>%1 vs a year before (%2)</source>
        <translation>%1 par rapport à un an plus tôt (%2)</translation>
    </message>
    <message>
        <source>No sales yet. Import the site&apos;s sales log (File → Import…) and the revenue of each channel appears here; the providers&apos; statements then tell which sales they confirmed.</source>
        <translation>Aucune vente pour l&apos;instant. Importez le journal des ventes du site (Fichier → Importer…) et le chiffre d&apos;affaires de chaque canal s&apos;affichera ici ; les relevés des prestataires indiqueront ensuite quelles ventes ils ont confirmées.</translation>
    </message>
</context>
<context>
    <name>RevenuePeriods</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre dernier</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année dernière</translation>
    </message>
</context>
<context>
    <name>RevenueQuery</name>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>La période doit se terminer le jour où elle commence ou après.</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n days would draw too many bars; choose a wider bucket.</source>
        <translation>
            <numerusform>%1 sur %n jour produirait trop de barres ; choisissez un regroupement plus large.</numerusform>
            <numerusform>%1 sur %n jours produirait trop de barres ; choisissez un regroupement plus large.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the revenue totals: %1</source>
        <translation>Impossible de lire les totaux de chiffre d&apos;affaires : %1</translation>
    </message>
</context>
<context>
    <name>RevenueText</name>
    <message>
        <source>Payout</source>
        <translation>Reversement</translation>
    </message>
    <message>
        <source>Net of VAT</source>
        <translation>Hors taxes</translation>
    </message>
    <message>
        <source>Gross (buyer price)</source>
        <translation>Brut (prix acheteur)</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>No channel given</source>
        <translation>Aucun canal indiqué</translation>
    </message>
    <message>
        <source>new</source>
        <comment>no sales in the previous period to compare with</comment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage; %1 is the number</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Audiotel</source>
        <comment>short channel name</comment>
        <translation>Audiotel</translation>
    </message>
    <message>
        <source>SMS+</source>
        <comment>short channel name</comment>
        <translation>SMS+</translation>
    </message>
    <message>
        <source>Internet+</source>
        <comment>short channel name</comment>
        <translation>Internet+</translation>
    </message>
    <message>
        <source>Carrier billing</source>
        <comment>short channel name</comment>
        <translation>Facturation opérateur</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <comment>short channel name</comment>
        <translation>Carte prépayée</translation>
    </message>
    <message>
        <source>Crypto</source>
        <comment>short channel name</comment>
        <translation>Crypto</translation>
    </message>
    <message>
        <source>Wallet</source>
        <comment>short channel name</comment>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>RowError</name>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>line %1, %2 (%3): %4</source>
        <translation>ligne %1, %2 (%3) : %4</translation>
    </message>
    <message>
        <source>%1, line %2, %3 (%4): %5</source>
        <translation>%1, ligne %2, %3 (%4) : %5</translation>
    </message>
</context>
<context>
    <name>RowParser</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>skip_rows[%1].matches: not a valid regular expression: %2</source>
        <translation>skip_rows[%1].matches : expression régulière non valide : %2</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s), so this column is missing</source>
        <translation>
            <numerusform>la ligne a %n champ, cette colonne est donc absente</numerusform>
            <numerusform>la ligne a %n champs, cette colonne est donc absente</numerusform>
        </translation>
    </message>
    <message>
        <source>the currency is empty and the profile has no default</source>
        <translation>la devise est vide et le profil n&apos;a pas de devise par défaut</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (three letters, such as EUR)</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de devise ISO 4217 (trois lettres, comme EUR)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known channel: add it to channel_values (channels: %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un canal connu : ajoutez-le à channel_values (canaux : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (an abbreviation such as CET or PDT, an offset such as +01:00, or an IANA id such as Europe/Paris)</source>
        <translation>&quot;%1&quot; n&apos;est pas un fuseau horaire (une abréviation comme CET ou PDT, un décalage comme +01:00, ou un identifiant IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <source>the line holds bytes that are not UTF-8 text</source>
        <translation>la ligne contient des octets qui ne sont pas du texte UTF-8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive number such as 59856.34, at most 12 significant digits and 10 decimals)</source>
        <translation>« %1 » n&apos;est pas un taux (un nombre positif comme 59856.34, au plus 12 chiffres significatifs et 10 décimales)</translation>
    </message>
    <message>
        <source>the row gives a rate but not its currency</source>
        <translation>la ligne donne un taux mais pas sa devise</translation>
    </message>
</context>
<context>
    <name>RuleChecker</name>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Le prix doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A payout share must be between 0 % and 100 %.</source>
        <translation>Une part de reversement doit être comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>The payout cannot be more than what the buyer pays.</source>
        <translation>Le reversement ne peut pas dépasser ce que paie l&apos;acheteur.</translation>
    </message>
    <message>
        <source>Timed access needs a duration.</source>
        <translation>Un accès limité dans le temps doit avoir une durée.</translation>
    </message>
    <message>
        <source>A premium-rate number has 10 digits, for example 0899 12 34 56.</source>
        <translation>Un numéro surtaxé a 10 chiffres, par exemple 0899 12 34 56.</translation>
    </message>
    <message>
        <source>A premium-rate number is charged per call or per minute.</source>
        <translation>Un numéro surtaxé est facturé à l&apos;appel ou à la minute.</translation>
    </message>
    <message>
        <source>An SMS+ short code has 5 digits, for example 81234.</source>
        <translation>Un code court SMS+ a 5 chiffres, par exemple 81234.</translation>
    </message>
    <message>
        <source>An SMS+ price point needs a keyword.</source>
        <translation>Un tarif SMS+ doit avoir un mot-clé.</translation>
    </message>
    <message>
        <source>The price is below the card&apos;s minimum of %1.</source>
        <translation>Le prix est inférieur au minimum de la carte, %1.</translation>
    </message>
    <message>
        <source>The price is above the card&apos;s maximum of %1.</source>
        <translation>Le prix est supérieur au maximum de la carte, %1.</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed prices</source>
        <translation>%1 ne fait pas partie des prix autorisés</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>the rule is in %1, the price in %2</source>
        <translation>la règle est en %1, le prix en %2</translation>
    </message>
    <message>
        <source>%1 is above the cap</source>
        <translation>%1 dépasse le plafond</translation>
    </message>
    <message>
        <source>%1 is below the minimum</source>
        <translation>%1 est inférieur au minimum</translation>
    </message>
    <message>
        <source>the top-up of %1 exceeds the %2 that may be stored</source>
        <translation>la recharge de %1 dépasse le solde autorisé de %2</translation>
    </message>
    <message>
        <source>at most %1 stored</source>
        <translation>au plus %1 en solde</translation>
    </message>
    <message>
        <source>at most %1 a month per buyer</source>
        <translation>au plus %1 par mois et par acheteur</translation>
    </message>
    <message>
        <source>%1: %2. Respected.</source>
        <translation>%1 : %2. Respectée.</translation>
    </message>
    <message>
        <source>%1: %2. Broken: %3.</source>
        <translation>%1 : %2. Enfreinte : %3.</translation>
    </message>
    <message>
        <source>No rule covers the number %1 with this billing; premium-rate numbers start with 081, 082 or 089.</source>
        <translation>Aucune règle ne couvre le numéro %1 avec ce mode de facturation ; les numéros surtaxés commencent par 081, 082 ou 089.</translation>
    </message>
    <message>
        <source>No SMS+ tier covers the short code %1.</source>
        <translation>Aucun palier SMS+ ne couvre le code court %1.</translation>
    </message>
    <message>
        <source>allowed prices %1</source>
        <translation>prix autorisés %1</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>&amp;Ends on</source>
        <translation>Se &amp;termine le</translation>
    </message>
    <message>
        <source>Edit Channel Rule</source>
        <translation>Modifier la règle de canal</translation>
    </message>
    <message>
        <source>New Channel Rule</source>
        <translation>Nouvelle règle de canal</translation>
    </message>
    <message>
        <source>Any billing</source>
        <translation>Toute facturation</translation>
    </message>
    <message>
        <source>One-off purchase</source>
        <translation>Achat à l&apos;unité</translation>
    </message>
    <message>
        <source>Per call</source>
        <translation>Par appel</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Par minute</translation>
    </message>
    <message>
        <source>The start of the number (audiotel, e.g. 089) or the first digit of the short code (SMS+) the rule covers; empty for every number.</source>
        <translation>Le début du numéro (audiotel, par ex. 089) ou le premier chiffre du code court (SMS+) couvert par la règle ; vide pour tous les numéros.</translation>
    </message>
    <message>
        <source>Fixed price tiers, separated by semicolons; empty for any price within the limits.</source>
        <translation>Paliers de prix fixes, séparés par des points-virgules ; vide pour accepter tout prix compris dans les limites.</translation>
    </message>
    <message>
        <source>The most a buyer may spend on the channel in a month (PSD2 art. 3(l)).</source>
        <translation>Le montant maximal qu&apos;un acheteur peut dépenser sur le canal en un mois (DSP2, art. 3, point l).</translation>
    </message>
    <message>
        <source>The most a wallet may hold.</source>
        <translation>Le solde maximal d&apos;un portefeuille.</translation>
    </message>
    <message>
        <source>The text, decision or terms the rule comes from.</source>
        <translation>Le texte, la décision ou les conditions dont la règle est issue.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Co&amp;untry and currency:</source>
        <translation>Pa&amp;ys et devise :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>&amp;Préfixe de numéro :</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>&amp;Facturation :</translation>
    </message>
    <message>
        <source>M&amp;inimum price:</source>
        <translation>Prix m&amp;inimum :</translation>
    </message>
    <message>
        <source>Ma&amp;ximum price:</source>
        <translation>Prix ma&amp;ximum :</translation>
    </message>
    <message>
        <source>&amp;Allowed prices:</source>
        <translation>Prix &amp;autorisés :</translation>
    </message>
    <message>
        <source>&amp;Monthly cap per buyer:</source>
        <translation>Plafond &amp;mensuel par acheteur :</translation>
    </message>
    <message>
        <source>&amp;Stored at most:</source>
        <translation>&amp;Solde maximal :</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;En vigueur à partir du :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Nouvelle version de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Prix minimum</translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation>Prix maximum</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>Plafond mensuel</translation>
    </message>
    <message>
        <source>Stored at most</source>
        <translation>Solde maximal</translation>
    </message>
    <message>
        <source>Allowed prices: %1</source>
        <translation>Prix autorisés : %1</translation>
    </message>
    <message>
        <source>A new version starts after the previous one (%1).</source>
        <translation>Une nouvelle version commence après la précédente (%1).</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>&amp;Only rules in force</source>
        <translation>Uniquement les règles en &amp;vigueur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>Nouvelle v&amp;ersion…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Channel Rules</source>
        <translation>Règles de canal</translation>
    </message>
    <message>
        <source>A new version of the selected rule, from the reference date; the current version ends the day before.</source>
        <translation>Une nouvelle version de la règle sélectionnée, à partir de la date de référence ; la version en cours se termine la veille.</translation>
    </message>
    <message>
        <source>Price points breaking a rule on the reference date</source>
        <translation>Tarifs enfreignant une règle à la date de référence</translation>
    </message>
    <message>
        <source>Channel rules</source>
        <translation>Règles de canal</translation>
    </message>
    <message>
        <source>&amp;Reference date:</source>
        <translation>Date de &amp;référence :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation>&amp;Nouvelle règle…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <source>On %1, every active price point respects the rules in force.</source>
        <translation>Le %1, tous les tarifs actifs respectent les règles en vigueur.</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n active price point(s) would break a rule in force:</source>
        <translation>
            <numerusform>Le %1, %n tarif actif enfreindrait une règle en vigueur :</numerusform>
            <numerusform>Le %1, %n tarifs actifs enfreindraient une règle en vigueur :</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;? Price points are no longer checked against it. Edit → Undo brings it back.</source>
        <translation>Supprimer la règle &quot;%1&quot; ? Les tarifs ne seront plus contrôlés par rapport à elle. Édition → Annuler la restaure.</translation>
    </message>
</context>
<context>
    <name>SalesConfirmation</name>
    <message>
        <source>Cannot read the provider statements: %1</source>
        <translation>Impossible de lire les relevés des prestataires : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>The system&apos;s random number generator failed; no secret was made.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué ; aucun secret n&apos;a été créé.</translation>
    </message>
    <message>
        <source>A secret key is %1 bytes long, not %2.</source>
        <translation>Une clé secrète fait %1 octets, pas %2.</translation>
    </message>
    <message>
        <source>Cannot read the secret key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé secrète %1 : %2</translation>
    </message>
    <message>
        <source>The secret key file %1 is damaged: it does not hold an Obole key. Restore it from a backup; without it the secrets stored in your databases cannot be read.</source>
        <translation>Le fichier de clé secrète %1 est endommagé : il ne contient pas de clé Obole. Restaurez-le depuis une sauvegarde ; sans lui, les secrets enregistrés dans vos bases de données ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>There is no secret key file at %1, so the secrets stored in the database cannot be read on this computer.</source>
        <translation>Il n&apos;y a pas de fichier de clé secrète à l&apos;emplacement %1 ; les secrets enregistrés dans la base de données ne peuvent donc pas être lus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the secret key.</source>
        <translation>Impossible de créer le dossier %1 pour la clé secrète.</translation>
    </message>
    <message>
        <source>Cannot create the secret key file %1: %2</source>
        <translation>Impossible de créer le fichier de clé secrète %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the secret key file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de clé secrète %1.</translation>
    </message>
    <message>
        <source>No secret key is loaded.</source>
        <translation>Aucune clé secrète n&apos;est chargée.</translation>
    </message>
    <message>
        <source>Encryption failed (OpenSSL); the secret was not stored.</source>
        <translation>Le chiffrement a échoué (OpenSSL) ; le secret n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>This secret was sealed with another key (%1) than this computer&apos;s (%2, in %3). Restore that key file, or enter the secret again.</source>
        <translation>Ce secret a été scellé avec une autre clé (%1) que celle de cet ordinateur (%2, dans %3). Restaurez ce fichier de clé, ou saisissez à nouveau le secret.</translation>
    </message>
    <message>
        <source>A stored secret is damaged (wrong length); enter it again.</source>
        <translation>Un secret enregistré est endommagé (longueur incorrecte) ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>A stored secret failed its integrity check: it was altered or belongs to another record. Enter it again.</source>
        <translation>Un secret enregistré n&apos;a pas passé le contrôle d&apos;intégrité : il a été modifié ou appartient à un autre enregistrement. Saisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open Shared Database</source>
        <translation>Ouvrir une base partagée</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, shared by a team. See the team setup guide for creating one.</source>
        <translation>Une base sur un serveur PostgreSQL, partagée par une équipe. Le guide d&apos;installation en équipe explique comment la créer.</translation>
    </message>
    <message>
        <source>(a new server)</source>
        <translation>(un nouveau serveur)</translation>
    </message>
    <message>
        <source>Servers opened lately</source>
        <translation>Serveurs ouverts récemment</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>lu dans ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Chiffrée si le serveur le propose</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffrée</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffrée, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>A password typed here is used until Obole closes; it is never written to the settings, and is kept only in the system keyring when asked.</source>
        <translation>Un mot de passe saisi ici sert jusqu&apos;à la fermeture d&apos;Obole ; il n&apos;est jamais écrit dans les réglages, et n&apos;est gardé dans le trousseau du système que sur demande.</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when empty</source>
        <translation>lu dans ~/.postgresql/root.crt si vide</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM).</source>
        <translation>Le certificat de l&apos;autorité qui a signé le certificat du serveur (PEM).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>Autorité de &amp;certification :</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Cho&amp;isir…</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit Site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <source>New Site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>SnippetEscape</name>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; holds a space, a quote or a character that must be percent-encoded.</source>
        <translation>L&apos;adresse &quot;%1&quot; contient un espace, un guillemet ou un caractère qui doit être encodé en pourcentage.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; must start with http:// or https:// and name a host, or be a path on the site.</source>
        <translation>L&apos;adresse &quot;%1&quot; doit commencer par http:// ou https:// et indiquer un hôte, ou être un chemin sur le site.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; must start with http:// or https://, or be a path on the site.</source>
        <translation>L&apos;adresse &quot;%1&quot; doit commencer par http:// ou https://, ou être un chemin sur le site.</translation>
    </message>
</context>
<context>
    <name>SnippetGenerator</name>
    <message>
        <source>The snippet template %1 is missing from this build.</source>
        <translation>Le modèle d&apos;extrait de code %1 est absent de cette version d&apos;Obole.</translation>
    </message>
    <message>
        <source>The check template &quot;%1&quot; cannot be used: %2</source>
        <translation>Le modèle de vérification &quot;%1&quot; est inutilisable : %2</translation>
    </message>
    <message>
        <source>The provider check address &quot;%1&quot; is not usable.</source>
        <translation>L&apos;adresse de vérification du prestataire &quot;%1&quot; est inutilisable.</translation>
    </message>
    <message>
        <source>The header %1 of the provider check would hold a line break or a non-ASCII character (check the account and the secret).</source>
        <translation>L&apos;en-tête %1 de la vérification auprès du prestataire contiendrait un saut de ligne ou un caractère non ASCII (vérifiez le compte et le secret).</translation>
    </message>
    <message>
        <source>Template %1: unknown fragment %2.</source>
        <translation>Modèle %1 : fragment %2 inconnu.</translation>
    </message>
    <message>
        <source>Template %1: unknown value %2.</source>
        <translation>Modèle %1 : valeur %2 inconnue.</translation>
    </message>
    <message>
        <source>Template %1: %2 is not a plain %3: &quot;%4&quot;.</source>
        <translation>Modèle %1 : %2 n&apos;est pas un %3 simple : &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Template %1: unknown context in %2.</source>
        <translation>Modèle %1 : contexte inconnu dans %2.</translation>
    </message>
    <message>
        <source>Template %1: malformed marker near &quot;%2&quot;.</source>
        <translation>Modèle %1 : marqueur mal formé près de &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>SnippetInput</name>
    <message>
        <source>There is no product %1 in the catalog.</source>
        <translation>Le catalogue ne contient pas de produit %1.</translation>
    </message>
    <message>
        <source>The product %1 belongs to no site.</source>
        <translation>Le produit %1 n&apos;appartient à aucun site.</translation>
    </message>
    <message>
        <source>The product %1 is not sold on %2 through %3 (providers: %4).</source>
        <translation>Le produit %1 n&apos;est pas vendu sur %2 via %3 (prestataires : %4).</translation>
    </message>
    <message>
        <source>The product %1 has no price on the channel %2.</source>
        <translation>Le produit %1 n&apos;a pas de prix sur le canal %2.</translation>
    </message>
    <message>
        <source>The secret key is not available, so the secrets are left out.</source>
        <translation>La clé secrète n&apos;est pas disponible : les secrets sont donc omis.</translation>
    </message>
    <message>
        <source>The signing secret of the site %1 cannot be read. %2 (A new site secret, from the Snippets page, also works; buyers holding an access then lose it.)</source>
        <translation>Le secret de signature du site %1 est illisible. %2 (Un nouveau secret de site, créé depuis la page Extraits de code, convient aussi ; les acheteurs qui disposent d&apos;un accès le perdent alors.)</translation>
    </message>
</context>
<context>
    <name>SnippetStore</name>
    <message>
        <source>There is no check template %1.</source>
        <translation>Il n&apos;y a pas de modèle de vérification %1.</translation>
    </message>
    <message>
        <source>code: another template already uses &quot;%1&quot;.</source>
        <translation>code : un autre modèle utilise déjà &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in; it can be edited but not removed.</source>
        <translation>&quot;%1&quot; est intégré : il peut être modifié mais pas supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n provider(s); choose another template for them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; est utilisé par %n prestataire ; choisissez-lui d&apos;abord un autre modèle.</numerusform>
            <numerusform>&quot;%1&quot; est utilisé par %n prestataires ; choisissez-leur d&apos;abord un autre modèle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret key is not available, so stored secrets cannot be read or written.</source>
        <translation>La clé secrète n&apos;est pas disponible : les secrets enregistrés ne peuvent être ni lus ni écrits.</translation>
    </message>
    <message>
        <source>The check template &quot;%1&quot; stored in the database is damaged; edit it again.</source>
        <translation>Le modèle de vérification &quot;%1&quot; enregistré dans la base de données est endommagé ; modifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The provider has no code, so its check settings cannot be saved.</source>
        <translation>Le prestataire n&apos;a pas de code : ses réglages de vérification ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The provider has no code, so its secret cannot be saved.</source>
        <translation>Le prestataire n&apos;a pas de code : son secret ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The former signing secrets of site %1 stored in the database are damaged.</source>
        <translation>Les anciens secrets de signature du site %1 enregistrés dans la base de données sont endommagés.</translation>
    </message>
</context>
<context>
    <name>SnippetWriter</name>
    <message>
        <source>There is nothing to write.</source>
        <translation>Il n&apos;y a rien à écrire.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 holds the snippet of another site (site %2). Write the snippet of site %3 into a folder of its own: two sites in one folder would share their used codes and their sales log.</source>
        <translation>%1 contient l&apos;extrait de code d&apos;un autre site (site %2). Écrivez l&apos;extrait de code du site %3 dans un dossier à lui : deux sites dans un même dossier partageraient leurs codes utilisés et leur journal des ventes.</translation>
    </message>
    <message>
        <source>The snippet file name &quot;%1&quot; is not usable.</source>
        <translation>Le nom de fichier « %1 » de l&apos;extrait de code n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the output folder: Obole does not write through it. Remove the link, or write the snippet elsewhere.</source>
        <translation>%1 est un lien symbolique vers %2, hors du dossier de destination : Obole n&apos;écrit pas à travers. Supprimez le lien, ou écrivez l&apos;extrait de code ailleurs.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was written.</source>
        <translation>Impossible d&apos;écrire %1 : %2 ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>SnippetsPage</name>
    <message>
        <source>Buyer pays</source>
        <translation>L&apos;acheteur paie</translation>
    </message>
    <message>
        <source>A code gives</source>
        <translation>Un code donne</translation>
    </message>
    <message>
        <source>Provider check</source>
        <translation>Vérification du prestataire</translation>
    </message>
    <message>
        <source>Provider &amp;Check…</source>
        <translation>&amp;Vérification du prestataire…</translation>
    </message>
    <message>
        <source>&amp;New Site Secret…</source>
        <translation>Nouveau &amp;secret du site…</translation>
    </message>
    <message>
        <source>&amp;Copy File</source>
        <translation>Co&amp;pier le fichier</translation>
    </message>
    <message>
        <source>&amp;Save All Files…</source>
        <translation>&amp;Enregistrer tous les fichiers…</translation>
    </message>
    <message>
        <source>Makes a new secret for signing this site&apos;s access tokens. Every access already given stops working, and the files must be uploaded again.</source>
        <translation>Crée un nouveau secret pour signer les jetons d&apos;accès de ce site. Tous les accès déjà accordés cessent de fonctionner, et les fichiers doivent être remis en ligne.</translation>
    </message>
    <message>
        <source>Widget: HTML and its script</source>
        <translation>Widget : HTML et son script</translation>
    </message>
    <message>
        <source>Widget: built by JavaScript</source>
        <translation>Widget : construit en JavaScript</translation>
    </message>
    <message>
        <source>Server check: PHP</source>
        <translation>Vérification serveur : PHP</translation>
    </message>
    <message>
        <source>Server check: Node.js</source>
        <translation>Vérification serveur : Node.js</translation>
    </message>
    <message>
        <source>The page the buyer opens once the code is accepted: a path on the site or an https:// address. Empty: the example page that comes with the files.</source>
        <translation>La page qu&apos;ouvre l&apos;acheteur une fois le code accepté : un chemin sur le site ou une adresse https://. Vide : la page d&apos;exemple fournie avec les fichiers.</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Fichiers générés</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>P&amp;roduit :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pres&amp;tataire :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>After payment, &amp;open:</source>
        <translation>Après paiement, &amp;ouvrir :</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Extraits de code</translation>
    </message>
    <message>
        <source>No database is open. Choose File → Open Database.</source>
        <translation>Aucune base de données n&apos;est ouverte. Choisissez Fichier → Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>No price point yet. Set a price for a product on a channel in Price points, then come back here to generate the code for your site.</source>
        <translation>Aucun tarif pour l&apos;instant. Fixez le prix d&apos;un produit sur un canal dans Tarifs, puis revenez ici pour générer le code de votre site.</translation>
    </message>
    <message>
        <source>%1 a minute, expected call</source>
        <translation>%1 la minute, pour la durée d&apos;appel prévue</translation>
    </message>
    <message>
        <source>One visit</source>
        <translation>Une visite</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>usage unique</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>of access</source>
        <translation>d&apos;accès</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>aucun secret enregistré</translation>
    </message>
    <message>
        <source>secret stored, encrypted</source>
        <translation>secret enregistré, chiffré</translation>
    </message>
    <message>
        <source>%1&apos;s check is not set up yet: the generic template is used. Choose Provider Check to pick the template and enter the account and secret the provider gave you.</source>
        <translation>La vérification de %1 n&apos;est pas encore configurée : le modèle générique est utilisé. Choisissez Vérification du prestataire pour sélectionner le modèle et saisir le compte et le secret que le prestataire vous a fournis.</translation>
    </message>
    <message>
        <source>No secret is stored for %1: the provider will refuse the checks. Choose Provider Check to enter it.</source>
        <translation>Aucun secret n&apos;est enregistré pour %1 : le prestataire refusera les vérifications. Choisissez Vérification du prestataire pour le saisir.</translation>
    </message>
    <message>
        <source>No payment page is set for %1: the widget tells the buyer what to pay but gives no link to pay.</source>
        <translation>Aucune page de paiement n&apos;est définie pour %1 : le widget indique à l&apos;acheteur ce qu&apos;il doit payer mais ne donne aucun lien pour payer.</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (secret)</translation>
    </message>
    <message>
        <source>New Site Secret</source>
        <translation>Nouveau secret du site</translation>
    </message>
    <message>
        <source>Make a new signing secret for %1? Every access already given to a buyer stops working, and the generated files must be uploaded to the site again.</source>
        <translation>Créer un nouveau secret de signature pour %1 ? Tous les accès déjà accordés aux acheteurs cessent de fonctionner, et les fichiers générés doivent être remis en ligne sur le site.</translation>
    </message>
    <message>
        <source>New signing secret for %1: generate the files and upload them again.</source>
        <translation>Nouveau secret de signature pour %1 : générez les fichiers et remettez-les en ligne.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard. It holds a secret: never publish it.</source>
        <translation>%1 copié dans le presse-papiers. Il contient un secret : ne le publiez jamais.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save Snippet Files</source>
        <translation>Enregistrer les fichiers des extraits de code</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation>%1 contient déjà %2. Les remplacer ?</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>Il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved to %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved to %1; %2 hold secrets: never publish them.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1 ; %2 contient un secret : ne le publiez jamais.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1 ; %2 contiennent des secrets : ne les publiez jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider check of %1 saved.</source>
        <translation>Vérification du prestataire %1 enregistrée.</translation>
    </message>
    <message>
        <source>Go to &amp;Price Points</source>
        <translation>Aller aux &amp;tarifs</translation>
    </message>
    <message>
        <source>The code for a site carries the site&apos;s signing secret, which only the database&apos;s owner may read: generate the snippets on the owner&apos;s desk. Price points and the catalog stay open to read.</source>
        <translation>Le code d&apos;un site porte le secret de signature du site, que seul le propriétaire de la base peut lire : générez les extraits de code sur le poste du propriétaire. Les tarifs et le catalogue restent consultables.</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>the file starts with a UTF-16 byte-order mark but is not valid UTF-16</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 is not valid UTF-8, but the profile declares UTF-8 (the file may be windows-1252 or iso-8859-15; try &quot;auto&quot;)</source>
        <translation>ligne %1 : l&apos;octet 0x%2 n&apos;est pas de l&apos;UTF-8 valide, mais le profil déclare UTF-8 (le fichier est peut-être en windows-1252 ou iso-8859-15 ; essayez &quot;auto&quot;)</translation>
    </message>
    <message>
        <source>the file is UTF-8 text, but the profile declares %1 (set the encoding to &quot;utf-8&quot; or &quot;auto&quot;)</source>
        <translation>le fichier est du texte UTF-8, mais le profil déclare %1 (réglez l&apos;encodage sur &quot;utf-8&quot; ou &quot;auto&quot;)</translation>
    </message>
</context>
<context>
    <name>TimestampParser</name>
    <message>
        <source>the quote at position %1 is never closed</source>
        <translation>le guillemet à la position %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Qt date format field</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ de format de date Qt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year field: use yyyy (or yy)</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ d&apos;année : utilisez yyyy (ou yy)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Qt date format letter (the year is yyyy, the day dd; put literal text between single quotes)</source>
        <translation>&apos;%1&apos; n&apos;est pas une lettre de format de date Qt (l&apos;année s&apos;écrit yyyy, le jour dd ; mettez le texte littéral entre apostrophes)</translation>
    </message>
    <message>
        <source>the format must have a year (yyyy), a month (MM) and a day (dd)</source>
        <translation>le format doit contenir une année (yyyy), un mois (MM) et un jour (dd)</translation>
    </message>
    <message>
        <source>the date format is empty</source>
        <translation>le format de date est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation>&quot;%1&quot; n&apos;est pas un fuseau horaire connu</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>the timestamp &quot;%1&quot; is out of range</source>
        <translation>l&apos;horodatage &quot;%1&quot; est hors limites</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Unix timestamp (%2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un horodatage Unix (%2)</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>secondes depuis 1970</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>millisecondes depuis 1970</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ne correspond pas au format de date &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time (such as 2025-03-30T14:05:00+02:00)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure ISO 8601 (comme 2025-03-30T14:05:00+02:00)</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2: the clocks skip that time when daylight saving time starts</source>
        <translation>%1 n&apos;existe pas dans le fuseau horaire %2 : les horloges sautent cette heure lors du passage à l&apos;heure d&apos;été</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Obole</source>
        <translation>Bienvenue dans Obole</translation>
    </message>
    <message>
        <source>This database is empty. Start in one of these ways; you can come back here with Help → Getting Started.</source>
        <translation>Cette base de données est vide. Commencez de l&apos;une de ces façons ; vous pourrez revenir ici par Aide → Premiers pas.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Merchant</source>
        <translation>Ouvrir le marchand de &amp;démonstration</translation>
    </message>
    <message>
        <source>A merchant with two sites, products on every channel and 90 days of sales and statements: every page filled in, to look around. Your own database stays as it is.</source>
        <translation>Un marchand avec deux sites, des produits sur chaque canal et 90 jours de ventes et de relevés : toutes les pages remplies, pour faire le tour. Votre propre base de données reste telle qu&apos;elle est.</translation>
    </message>
    <message>
        <source>Add Your First &amp;Site and Product…</source>
        <translation>Ajouter votre premier &amp;site et produit…</translation>
    </message>
    <message>
        <source>Name your site, the products you sell on it and the payment providers you work with; then set a price per channel on the Price points page.</source>
        <translation>Nommez votre site, les produits que vous y vendez et les prestataires de paiement avec qui vous travaillez ; fixez ensuite un prix par canal dans la page Tarifs.</translation>
    </message>
    <message>
        <source>Import a &amp;Catalog…</source>
        <translation>Importer un &amp;catalogue…</translation>
    </message>
    <message>
        <source>A catalog file (JSON) with your sites, products, providers and price points, exported from another Obole database or written by hand.</source>
        <translation>Un fichier de catalogue (JSON) avec vos sites, produits, prestataires et tarifs, exporté d&apos;une autre base Obole ou écrit à la main.</translation>
    </message>
    <message>
        <source>&amp;Import a Statement or Sales Log…</source>
        <translation>&amp;Importer un relevé ou un journal des ventes…</translation>
    </message>
    <message>
        <source>A provider&apos;s statement or your site&apos;s sales log (CSV): Obole recognises the usual formats and asks about the others. Files can also be dropped on the window.</source>
        <translation>Le relevé d&apos;un prestataire ou le journal des ventes de votre site (CSV) : Obole reconnaît les formats courants et vous interroge sur les autres. Vous pouvez aussi déposer les fichiers sur la fenêtre.</translation>
    </message>
    <message>
        <source>Ways to start: the demo merchant to look around, your own sites and products, a catalog file, or a statement to import.</source>
        <translation>Pour commencer : le marchand de démonstration pour faire le tour, vos propres sites et produits, un fichier de catalogue, ou un relevé à importer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--lang accepts fr or en, not &quot;%1&quot;.</source>
        <translation>--lang accepte fr ou en, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Obole, the micropayment console.</source>
        <translation>Obole, la console de micropaiement.</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l&apos;interface : fr ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Open a demo merchant (created on first use) instead of your data.</source>
        <translation>Ouvrir un marchand de démonstration (créé à la première utilisation) au lieu de vos données.</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Impossible de créer la base de données de démonstration</translation>
    </message>
    <message>
        <source>Database file to open, or postgresql://USER@HOST:PORT/DBNAME?sslmode=... for a shared server.</source>
        <translation>Fichier de base de données à ouvrir, ou postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=... pour un serveur partagé.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>FICHIER|URI</translation>
    </message>
</context>
</TS>
