#pragma once

class Database;

// For a write whose every row is known to satisfy the foreign keys and CHECK constraints it touches (the importer's:
// each row refers to the batch it has just created, and its kind is one of the words the CHECK allows): for its
// lifetime, neither is checked again on each row, which spares about 3 % of a million-row import. Both come back on
// when it ends, whatever happened. Foreign keys can only be switched outside a transaction: create it before the
// Transaction it covers; inside one, they stay checked.
class UncheckedWrite final
{
public:
    explicit UncheckedWrite(Database& db);
    ~UncheckedWrite();
    UncheckedWrite(const UncheckedWrite&) = delete;
    UncheckedWrite& operator=(const UncheckedWrite&) = delete;

private:
    Database& m_db;
    bool m_foreignKeysOff = false;
};
