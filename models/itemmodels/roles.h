#pragma once

#include <Qt>

// Roles shared by Obole's item models: DisplayRole is formatted for people, RawValueRole carries the number
// (minor units, epoch seconds) for sorting and charts.
namespace ModelRoles {
enum : int {
    RawValueRole = Qt::UserRole + 1,
    IdRole,
};
} // namespace ModelRoles
