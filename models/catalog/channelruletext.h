#pragma once

#include <QCoreApplication>
#include <QString>

// The channel rules seeded for France are data, kept in the database in English as their sources write them; people
// read their labels and sources in the interface's language. A rule a person wrote reads as written.
class ChannelRuleText final
{
    Q_DECLARE_TR_FUNCTIONS(ChannelRuleText)
public:
    static QString label(const QString& stored);
    static QString source(const QString& stored);
};
