// obole-cli snippet: writes the code a webmaster puts on their site for one product on one channel.
#include "clicommands.h"

#include "catalog/channel.h"
#include "snippets/secretbox.h"
#include "snippets/snippetgenerator.h"
#include "snippets/snippetinput.h"
#include "snippets/snippetwriter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

int commandSnippet(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return CliContext::fail(CliCommands::tr("snippet takes no argument, got \"%1\".").arg(ctx.args.first()));
    const QString usage = CliCommands::tr(
        "usage: obole-cli snippet --product ID --channel ID --target php|js|html|node --output DIR [--provider ID]");
    for (const char* required : {"product", "channel", "target", "output"}) {
        if (!ctx.parser.isSet(QLatin1StringView(required)))
            return CliContext::fail(CliCommands::tr("snippet needs --%1; %2").arg(QLatin1StringView(required), usage));
    }
    bool isNumber = false;
    const qint64 productId = ctx.parser.value(QStringLiteral("product")).toLongLong(&isNumber);
    if (!isNumber || productId <= 0)
        return CliContext::fail(CliCommands::tr("--product takes a product id (a whole number), not \"%1\".")
                                    .arg(ctx.parser.value(QStringLiteral("product"))));
    const QString channelId = ctx.parser.value(QStringLiteral("channel"));
    const auto channel = Channels::fromId(channelId);
    if (!channel) {
        QStringList ids;
        for (Channel c : Channels::all())
            ids.append(Channels::id(c));
        return CliContext::fail(
            CliCommands::tr("unknown channel \"%1\"; one of: %2.").arg(channelId, ids.join(QStringLiteral(", "))));
    }
    const QString targetId = ctx.parser.value(QStringLiteral("target"));
    const auto target = SnippetTargets::fromId(targetId);
    if (!target)
        return CliContext::fail(CliCommands::tr("unknown target \"%1\"; one of: php, js, html, node.").arg(targetId));
    const QString output = ctx.parser.value(QStringLiteral("output"));

    auto db = Database::open(ctx.dbPath);
    if (!db)
        return CliContext::fail(db.error());
    auto box = SecretBox::openOrCreate();
    if (!box)
        return CliContext::fail(box.error());
    auto input = SnippetInput::load(*db.value(), &box.value(), productId, *channel,
                                    ctx.parser.value(QStringLiteral("provider")));
    if (!input)
        return CliContext::fail(input.error());
    if (!input->secretsProblem.isEmpty())
        return CliContext::fail(input->secretsProblem);
    auto files = SnippetGenerator::generate(input.value(), *target);
    if (!files) // one line on stderr, as every obole-cli error
        return CliContext::fail(QString(files.error()).replace(u'\n', QStringLiteral("; ")));

    // Every file is generated before the first is written, and the set is written all or nothing (SnippetWriter).
    if (auto st = SnippetWriter::write(output, files.value(), input->site.id); !st)
        return CliContext::fail(QString(st.error()).replace(u'\n', QStringLiteral("; ")));
    QStringList written;
    for (const GeneratedFile& file : files.value())
        written.append(file.path);
    CliContext::out() << CliCommands::tr("Snippet for product %1 on %2 (%3) written to %4: %5.")
                             .arg(productId)
                             .arg(channelId, targetId, QDir::toNativeSeparators(output),
                                  written.join(QStringLiteral(", ")))
                      << Qt::endl;
    if (input->providerSecret.isEmpty())
        CliContext::out() << CliCommands::tr("Note: no secret is stored for the provider %1; its check will be "
                                             "refused until you set it in the Snippets page and generate again.")
                                 .arg(input->provider.code)
                          << Qt::endl;
    return 0;
}
