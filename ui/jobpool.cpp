#include "jobpool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace JobPool {

QThreadPool* pool()
{
    static QPointer<QThreadPool> s_pool;
    if (!s_pool) {
        // Owned by the application, which waits for the jobs still running as it ends. Enough threads that a quick
        // job (a filter of the reconciliation page) does not queue behind two long ones.
        s_pool = new QThreadPool(QCoreApplication::instance());
        s_pool->setObjectName(QStringLiteral("jobPool"));
        s_pool->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    }
    return s_pool;
}

} // namespace JobPool
