#include "core/result.h"

#include <QTest>

class TestResult final : public QObject
{
    Q_OBJECT
private slots:
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
