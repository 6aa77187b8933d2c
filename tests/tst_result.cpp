#include "core/result.h"

#include <QTest>

class TestResult final : public QObject
{
    Q_OBJECT
private slots:
    // The test builds keep their assertions: the optimised one too (OBOLE_ASSERTS, the "ci" preset).
    void assertionsAreOn()
    {
#if defined(NDEBUG) || (defined(QT_NO_DEBUG) && !defined(QT_FORCE_ASSERTS))
        QFAIL("this build removes assertions: configure it with OBOLE_ASSERTS=ON (the ci preset does)");
#endif
    }

    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        auto bad = Result<int>::failure(QStringLiteral("broken"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), QStringLiteral("broken"));
        Status st = Status::from(bad);
        QVERIFY(!st.ok());
        QCOMPARE(st.error(), QStringLiteral("broken"));
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
