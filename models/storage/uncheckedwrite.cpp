#include "uncheckedwrite.h"

#include "database.h"

UncheckedWrite::UncheckedWrite(Database& db) : m_db(db)
{
    m_foreignKeysOff = db.exec("PRAGMA foreign_keys=OFF").ok();
    (void)db.exec("PRAGMA ignore_check_constraints=ON");
}

UncheckedWrite::~UncheckedWrite()
{
    (void)m_db.exec("PRAGMA ignore_check_constraints=OFF");
    if (m_foreignKeysOff)
        (void)m_db.exec("PRAGMA foreign_keys=ON");
}
