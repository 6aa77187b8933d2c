#include "uncheckedwrite.h"

#include "database.h"

UncheckedWrite::UncheckedWrite(Database& db) : m_db(db)
{
    if (db.engine() == Database::Engine::Server)
        return; // the server checks every row, as it must with other desks writing
    m_foreignKeysOff = db.exec("PRAGMA foreign_keys=OFF").ok();
    (void)db.exec("PRAGMA ignore_check_constraints=ON");
}

UncheckedWrite::~UncheckedWrite()
{
    if (m_db.engine() == Database::Engine::Server)
        return;
    (void)m_db.exec("PRAGMA ignore_check_constraints=OFF");
    if (m_foreignKeysOff)
        (void)m_db.exec("PRAGMA foreign_keys=ON");
}
