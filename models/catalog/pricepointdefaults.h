#pragma once

#include "catalogtypes.h"

#include <QDate>

// What a new price point starts from, so the dialog opens on a point that needs only what Obole cannot guess (the
// number or short code the operator assigned, the keyword): the first provider serving the channel, a usual price
// for the channel that the rules in force allow (a line of that provider's tier table first), the payout that table
// gives at that price, and the channel's usual settings.
namespace PricePointDefaults {

PricePoint make(const Catalog& catalog, qint64 productId, Channel channel, QDate date);

// The price a channel usually sells at in France, before the provider's table and the rules are looked at.
qint64 usualPriceMinor(Channel channel);

} // namespace PricePointDefaults
