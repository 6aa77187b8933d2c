#include "storage/transactionblock.h"

#include <QTest>

#include <limits>

namespace {

struct Owned
{
    std::string provider, channel, currency, product, reference;
    qint64 t = 0, gross = 0;
    std::optional<qint64> net;
};

TransactionBlockEncoder::Row view(const Owned& o)
{
    return {o.provider, o.channel, o.currency, o.product, o.reference, o.t, o.gross, o.net};
}

} // namespace

class TestTransactionBlock final : public QObject
{
    Q_OBJECT
private slots:
    void rowsComeBackAsWritten()
    {
        std::vector<Owned> rows = {
            {"agg", "sms", "EUR", "Pass VIP 24 h", "AGG-00000001", 1735689600, 150, 90},
            {"agg", "sms", "EUR", "Pass VIP 24 h", "AGG-00000002", 1735689631, 150, 90},
            {"agg", "audiotel", "EUR", "Appel", "", 1735689000, 299, std::nullopt}, // earlier, no reference
            {"", "wallet", "USD", "", "Z", -86400, -500, -300},                     // a refund before 1970
            {"agg", "sms", "EUR", "Tirage de tarot \xc3\xa9", "AGG-00000002-bis", 1735689700, 0, 0},
            {"other", "sms", "XBT", "Pass", "AGG", std::numeric_limits<qint64>::max(),
             std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()},
            {"agg", "sms", "EUR", "Pass VIP 24 h", "AGG-00000001", std::numeric_limits<qint64>::min(), 1, 1},
        };
        TransactionBlockEncoder encoder;
        for (const Owned& o : rows)
            encoder.add(view(o));
        QCOMPARE(encoder.count(), quint32(rows.size()));
        const std::string block = encoder.finish();
        QCOMPARE(encoder.count(), quint32(0));

        TransactionBlockDecoder decoder;
        QVERIFY(decoder.open(block));
        QCOMPARE(decoder.count(), quint32(rows.size()));
        quint64 referenceBytes = 0;
        for (const Owned& o : rows)
            referenceBytes += o.reference.size();
        QCOMPARE(decoder.referenceBytes(), referenceBytes);
        TransactionBlockDecoder::Row row;
        for (const Owned& o : rows) {
            QVERIFY(decoder.next(row));
            using E = TransactionBlockEncoder;
            QCOMPARE(decoder.dictionary(E::Provider)[row.provider], std::string_view(o.provider));
            QCOMPARE(decoder.dictionary(E::Channel)[row.channel], std::string_view(o.channel));
            QCOMPARE(decoder.dictionary(E::Currency)[row.currency], std::string_view(o.currency));
            QCOMPARE(decoder.dictionary(E::Product)[row.product], std::string_view(o.product));
            QCOMPARE(row.reference, std::string_view(o.reference));
            QCOMPARE(row.occurredUtc, o.t);
            QCOMPARE(row.grossMinor, o.gross);
            QCOMPARE(row.netMinor, o.net);
        }
        QVERIFY(!decoder.next(row));
        QVERIFY(!decoder.damaged());
    }

    void repeatedValuesCostLittle()
    {
        // A day of a statement: the same provider, channel, currency and a few products, references that share
        // their start. A row must take far less than the 90-odd bytes it takes in the table.
        TransactionBlockEncoder encoder;
        const char* products[] = {"Pass VIP 24 h", "Horoscope d\xc3\xa9taill\xc3\xa9", "500 gemmes"};
        for (int i = 0; i < 8192; ++i) {
            const std::string ref = "AGG-" + std::to_string(10000000 + i);
            encoder.add({"example-agg", "sms", "EUR", products[i % 3], ref, 1735689600 + i * 31, 150 + i % 7 * 100,
                         90 + i % 7 * 60});
        }
        const std::string block = encoder.finish();
        QVERIFY2(block.size() < 8192 * 16, qPrintable(QString::number(block.size())));
    }

    void damagedBlocksAreRefusedNotTrusted()
    {
        TransactionBlockEncoder encoder;
        for (int i = 0; i < 100; ++i)
            encoder.add({"agg", "sms", "EUR", "Pass", "REF-" + std::to_string(i), 1000 + i, 150, 90});
        const std::string block = encoder.finish();
        TransactionBlockDecoder decoder;
        QVERIFY(!decoder.open(std::string_view()));
        QVERIFY(!decoder.open(std::string_view("OTB2", 4)));
        QVERIFY(!decoder.open(std::string_view(block).substr(0, 6)));
        // Cut short at every length: the decoder stops and says so, never reading past the end.
        for (size_t cut = 8; cut < block.size(); cut += 7) {
            const std::string shorter = block.substr(0, cut);
            if (!decoder.open(shorter))
                continue;
            TransactionBlockDecoder::Row row;
            quint32 n = 0;
            while (decoder.next(row))
                ++n;
            QVERIFY(n < 100);
            QVERIFY(decoder.damaged());
        }
        // Garbage after the header: the same.
        std::string garbage = block.substr(0, 40);
        garbage.append(200, '\xff');
        if (decoder.open(garbage)) {
            TransactionBlockDecoder::Row row;
            while (decoder.next(row)) {
            }
            QVERIFY(decoder.damaged());
        }
    }
};

QTEST_GUILESS_MAIN(TestTransactionBlock)
#include "tst_transactionblock.moc"
