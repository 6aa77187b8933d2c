#include "core/flathash.h"

#include <QTest>

#include <unordered_map>

class TestFlatHash final : public QObject
{
    Q_OBJECT
private slots:
    void setKeepsEachKeyOnce()
    {
        FlatHashSet64 set;
        QVERIFY(set.insert(42));
        QVERIFY(!set.insert(42));
        QVERIFY(set.contains(42));
        QVERIFY(!set.contains(43));
        // 0 marks an empty slot inside the table, yet is a key like any other.
        QVERIFY(!set.contains(0));
        QVERIFY(set.insert(0));
        QVERIFY(!set.insert(0));
        QVERIFY(set.contains(0));
        QCOMPARE(set.size(), size_t(2));
    }

    void mapCountsLikeAStandardMapWhileGrowing()
    {
        // Keys that collide on their low bits, and far more of them than the initial capacity: every count must
        // survive the rehashes and agree with std::unordered_map.
        FlatHash64<quint32> counts;
        std::unordered_map<quint64, quint32> reference;
        for (quint64 i = 0; i < 200000; ++i) {
            const quint64 key = (i % 50000) << 20;
            ++*counts.tryEmplace(key).first;
            ++reference[key];
        }
        QCOMPARE(counts.size(), reference.size());
        for (const auto& [key, count] : reference) {
            const auto [value, added] = counts.tryEmplace(key);
            QVERIFY(!added);
            QCOMPARE(*value, count);
        }
        QVERIFY(counts.tryEmplace(1).second);
    }

    void reserveKeepsWhatIsThere()
    {
        FlatHashSet64 set;
        for (quint64 k = 1; k <= 100; ++k)
            set.insert(k * 7919);
        set.reserve(1000000);
        for (quint64 k = 1; k <= 100; ++k)
            QVERIFY(set.contains(k * 7919));
        QVERIFY(!set.contains(7918));
        QCOMPARE(set.size(), size_t(100));
    }
};

QTEST_GUILESS_MAIN(TestFlatHash)
#include "tst_flathash.moc"
