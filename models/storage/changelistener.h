#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class Database;

// Other desks' changes to a server database, as they are committed: every writing transaction notifies the channel
// obole_changes with its program's token (Transaction::commit), and a listener holds a connection of its own that
// listens to it. The window watches socket() and asks othersChanged() when it is readable; its own program's
// notifications are not news.
class ChangeListener final
{
public:
    static Result<std::unique_ptr<ChangeListener>> listen(const QString& serverPath);
    ~ChangeListener();
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    // The connection's socket, to watch for reading.
    int socket() const;
    // Reads what has arrived: true when another program committed a change since the last call.
    bool othersChanged();
    // Whether the connection is gone (the server restarted, the network cut): nothing more will arrive on it.
    bool isLost() const;

    // The token this program's commits carry.
    static const QByteArray& processToken();

private:
    explicit ChangeListener(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};
