#pragma once

class Database;

// What the desk that opened a database may change. A file may change everything unless it is read-only; on a server
// the role's grants decide (obole-cli db roles): an accountant imports, reviews and keeps the books, a viewer only
// reads, the owner also edits the catalog. The window greys out what a desk may not do; the server refuses it anyway.
struct DeskRights
{
    bool importRows = true; // import statements and sales logs, undo an import
    bool review = true;     // run reconciliation, decide on its lines
    bool books = true;      // close and reopen periods, accept correcting entries, the books' settings and rates
    bool catalog = true;    // sites, products, providers, price points and the snippet settings
    bool snippets = true;   // read the sites' signing secrets that the generated code carries (on a server: the owner)

    bool readOnly() const { return !importRows && !review && !books && !catalog; }
    static DeskRights of(Database& db);
};
