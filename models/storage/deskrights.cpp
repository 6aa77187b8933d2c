#include "deskrights.h"

#include "database.h"

DeskRights DeskRights::of(Database& db)
{
    DeskRights r;
    r.importRows = db.mayWrite("import_batches");
    r.review = db.mayWrite("reconcile_decisions");
    r.books = db.mayWrite("books_closings");
    r.catalog = db.mayWrite("products");
    return r;
}
