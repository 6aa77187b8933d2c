#include "changelistener.h"

#include "database.h"

#include <QUuid>

#include <libpq-fe.h>

const QByteArray& ChangeListener::processToken()
{
    static const QByteArray token = QUuid::createUuid().toRfc4122().toHex();
    return token;
}

ChangeListener::ChangeListener(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

ChangeListener::~ChangeListener() = default;

Result<std::unique_ptr<ChangeListener>> ChangeListener::listen(const QString& serverPath)
{
    using R = Result<std::unique_ptr<ChangeListener>>;
    if (!Database::isServerLocation(serverPath))
        return R::failure(QStringLiteral("only a server database has other desks"));
    auto db = Database::openReadOnly(serverPath);
    if (!db)
        return R::failure(db.error());
    const QByteArray listen = QByteArray("LISTEN ") + Database::kChangesChannel;
    if (auto st = db.value()->exec(listen.constData()); !st)
        return R::failure(st.error());
    return R(std::unique_ptr<ChangeListener>(new ChangeListener(std::move(db.value()))));
}

int ChangeListener::socket() const
{
    return PQsocket(m_db->m_pg);
}

bool ChangeListener::othersChanged()
{
    bool others = false;
    PQconsumeInput(m_db->m_pg);
    while (PGnotify* n = PQnotifies(m_db->m_pg)) {
        if (processToken() != n->extra)
            others = true;
        PQfreemem(n);
    }
    return others;
}

bool ChangeListener::isLost() const
{
    return m_db->connectionLost();
}
