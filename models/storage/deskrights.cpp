#include "deskrights.h"

#include "database.h"

DeskRights DeskRights::of(Database& db)
{
    DeskRights r;
    if (db.engine() != Database::Engine::Server) {
        const bool write = db.mayWrite("products");
        r.importRows = r.review = r.books = r.catalog = write;
        return r;
    }
    // One statement for all: a round trip each would be felt on a distant server. Should it fail, nothing is allowed.
    r = DeskRights{false, false, false, false, false};
    auto s = db.prepare("SELECT has_table_privilege('import_batches', 'INSERT'), "
                        "has_table_privilege('reconcile_decisions', 'INSERT'), "
                        "has_table_privilege('books_closings', 'INSERT'), has_table_privilege('products', 'INSERT'), "
                        "has_table_privilege('snippet_secrets', 'SELECT')");
    if (!s || !s->step())
        return r;
    r.importRows = s->int64(0) != 0;
    r.review = s->int64(1) != 0;
    r.books = s->int64(2) != 0;
    r.catalog = s->int64(3) != 0;
    r.snippets = s->int64(4) != 0;
    return r;
}
