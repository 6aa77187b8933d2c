#pragma once

class QThreadPool;

// The threads long work runs on (imports, undoing and compacting, reconciliation, revenue totals, reports, the demo).
// Not Qt's global pool: Qt's own painting hands pieces of work to that pool and waits for them, so a twenty-second
// job there froze the window until it ended.
namespace JobPool {

QThreadPool* pool();

} // namespace JobPool
