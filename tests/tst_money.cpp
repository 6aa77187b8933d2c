#include "money/money.h"

#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 s_max = std::numeric_limits<qint64>::max();
constexpr qint64 s_min = std::numeric_limits<qint64>::min();

// Locales group and separate with U+00A0 or U+202F; the tables below are easier to read with plain spaces.
QString withPlainSpaces(QString text)
{
    text.replace(QChar(QChar::Nbsp), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

QChar markFrom(const QString& column)
{
    return column.isEmpty() ? QChar() : column.front();
}

Money eur(qint64 cents)
{
    return Money(cents, u"EUR"_s);
}

} // namespace

class TestMoney final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void construction()
    {
        const Money none;
        QVERIFY(none.isZero());
        QVERIFY(!none.isNegative());
        QCOMPARE(none.minorUnits(), qint64(0));
        QVERIFY(none.currency().isEmpty());

        const Money debt(-150, u"EUR"_s);
        QVERIFY(debt.isNegative());
        QVERIFY(!debt.isZero());
        QCOMPARE(debt.minorUnits(), qint64(-150));
        QCOMPARE(debt.currency(), u"EUR"_s);

        QCOMPARE(Money(5, u"EUR"_s), eur(5));
        QVERIFY(Money(5, u"EUR"_s) != Money(5, u"USD"_s));
        QVERIFY(Money(0, u"EUR"_s) != Money());
    }

    void currencies_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("known");

        QTest::newRow("EUR") << u"EUR"_s << 2 << true;
        QTest::newRow("USD") << u"USD"_s << 2 << true;
        QTest::newRow("GBP") << u"GBP"_s << 2 << true;
        QTest::newRow("CHF") << u"CHF"_s << 2 << true;
        QTest::newRow("JPY") << u"JPY"_s << 0 << true;
        QTest::newRow("BTC") << u"BTC"_s << 8 << true;
        QTest::newRow("XPF, no decimals") << u"XPF"_s << 0 << true;
        QTest::newRow("unknown code") << u"XYZ"_s << 2 << false;
        QTest::newRow("empty") << QString() << 2 << false;
        QTest::newRow("lower case") << u"eur"_s << 2 << false;
    }

    void currencies()
    {
        QFETCH(QString, code);
        QFETCH(int, decimals);
        QFETCH(bool, known);
        QCOMPARE(Money::decimals(code), decimals);
        QCOMPARE(Money::isKnownCurrency(code), known);
    }

    void parseGood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultCurrency");
        QTest::addColumn<QString>("mark"); // empty: guess
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");

        const QString e = u"EUR"_s;
        const QString none;
        QTest::newRow("French comma") << u"1,50"_s << e << none << qint64(150) << e;
        QTest::newRow("English point") << u"1.50"_s << e << none << qint64(150) << e;
        QTest::newRow("one decimal") << u"4,5"_s << e << none << qint64(450) << e;
        QTest::newRow("whole") << u"12"_s << e << none << qint64(1200) << e;
        QTest::newRow("zero") << u"0"_s << e << none << qint64(0) << e;
        QTest::newRow("leading zeros") << u"007,10"_s << e << none << qint64(710) << e;
        QTest::newRow("no integer part") << u",5"_s << e << none << qint64(50) << e;
        QTest::newRow("surrounding spaces") << u"  7,00  "_s << e << none << qint64(700) << e;
        QTest::newRow("French, space, euro after") << u"1 234,56 \u20AC"_s << e << none << qint64(123456) << e;
        QTest::newRow("French, U+00A0") << u"1\u00A0234,56\u00A0\u20AC"_s << e << none << qint64(123456) << e;
        QTest::newRow("French, U+202F (QLocale fr_FR)")
            << u"1\u202F234,56\u00A0\u20AC"_s << e << none << qint64(123456) << e;
        QTest::newRow("English, euro before") << u"\u20AC1,234.56"_s << e << none << qint64(123456) << e;
        QTest::newRow("German grouping") << u"1.234,56"_s << e << none << qint64(123456) << e;
        QTest::newRow("repeated point groups") << u"1.234.567"_s << e << none << qint64(123456700) << e;
        QTest::newRow("repeated comma groups") << u"1,234,567.89"_s << e << none << qint64(123456789) << e;
        QTest::newRow("negative French") << u"-0,05"_s << e << none << qint64(-5) << e;
        QTest::newRow("negative with grouping") << u"-1 234,56 \u20AC"_s << e << none << qint64(-123456) << e;
        QTest::newRow("minus before sign") << u"-\u20AC5"_s << e << none << qint64(-500) << e;
        QTest::newRow("minus after sign") << u"\u20AC-5"_s << e << none << qint64(-500) << e;
        QTest::newRow("U+2212 minus") << u"\u22123,00"_s << e << none << qint64(-300) << e;
        QTest::newRow("parentheses") << u"(1,50)"_s << e << none << qint64(-150) << e;
        QTest::newRow("parentheses, QLocale en_US") << u"(\u20AC1,234.56)"_s << e << none << qint64(-123456) << e;
        QTest::newRow("plus") << u"+2"_s << e << none << qint64(200) << e;
        QTest::newRow("code before sets currency") << u"EUR 3"_s << none << none << qint64(300) << e;
        QTest::newRow("code after") << u"3 EUR"_s << e << none << qint64(300) << e;
        QTest::newRow("code glued") << u"3EUR"_s << e << none << qint64(300) << e;
        QTest::newRow("dollar sets USD") << u"$2.00"_s << none << none << qint64(200) << u"USD"_s;
        QTest::newRow("pound") << u"\u00A30.99"_s << u"GBP"_s << none << qint64(99) << u"GBP"_s;
        QTest::newRow("Swiss apostrophe") << u"1\u2019234.56 CHF"_s << none << none << qint64(123456) << u"CHF"_s;
        QTest::newRow("ASCII apostrophe") << u"1'234.56"_s << u"CHF"_s << none << qint64(123456) << u"CHF"_s;
        QTest::newRow("any code") << u"3 XYZ"_s << none << none << qint64(300) << u"XYZ"_s;
        QTest::newRow("BTC, 8 decimals") << u"0,00000001 \u20BF"_s << none << none << qint64(1) << u"BTC"_s;
        QTest::newRow("BTC, fewer decimals") << u"1,5 BTC"_s << none << none << qint64(150000000) << u"BTC"_s;
        QTest::newRow("BTC, single comma is decimal") << u"0,001"_s << u"BTC"_s << none << qint64(100000) << u"BTC"_s;
        QTest::newRow("JPY, no decimals") << u"1234 JPY"_s << none << none << qint64(1234) << u"JPY"_s;
        QTest::newRow("JPY, comma groups") << u"\u00A51,234"_s << none << none << qint64(1234) << u"JPY"_s;
        QTest::newRow("JPY, full-width yen") << u"\uFFE51,234"_s << none << none << qint64(1234) << u"JPY"_s;
        QTest::newRow("JPY, French") << u"1 234 \u00A5"_s << none << none << qint64(1234) << u"JPY"_s;
        QTest::newRow("forced point, comma groups") << u"1,234"_s << e << u"."_s << qint64(123400) << e;
        QTest::newRow("forced comma, point groups") << u"1.234"_s << e << u","_s << qint64(123400) << e;
        QTest::newRow("forced comma") << u"1,5"_s << e << u","_s << qint64(150) << e;
        QTest::newRow("forced point, trailing zeros") << u"12.5000"_s << e << u"."_s << qint64(1250) << e;
        QTest::newRow("largest") << u"92233720368547758,07"_s << e << none << s_max << e;
        QTest::newRow("smallest") << u"-92233720368547758,08"_s << e << none << s_min << e;
    }

    void parseGood()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultCurrency);
        QFETCH(QString, mark);
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);

        const Result<Money> parsed = Money::parse(text, defaultCurrency, markFrom(mark));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value(), Money(minorUnits, currency));
    }

    void parseBad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultCurrency");
        QTest::addColumn<QString>("mark");

        const QString e = u"EUR"_s;
        const QString none;
        QTest::newRow("empty") << QString() << e << none;
        QTest::newRow("blank") << u" \u00A0 "_s << e << none;
        QTest::newRow("1,2,3") << u"1,2,3"_s << e << none;
        QTest::newRow("1.2.3") << u"1.2.3"_s << e << none;
        QTest::newRow("a date") << u"1.5.2024"_s << e << none;
        QTest::newRow("two decimal marks after grouping") << u"1.234,56,7"_s << e << none;
        QTest::newRow("letters") << u"abc"_s << e << none;
        QTest::newRow("lower-case code") << u"eur 5"_s << e << none;
        QTest::newRow("exponent") << u"1e5"_s << e << none;
        QTest::newRow("upper-case exponent") << u"1.5E3"_s << e << none;
        QTest::newRow("hexadecimal") << u"0x10"_s << e << none;
        QTest::newRow("20 digits") << u"12345678901234567890"_s << e << none;
        QTest::newRow("one cent too many") << u"92233720368547758,08"_s << e << none;
        QTest::newRow("two signs") << u"--1"_s << e << none;
        QTest::newRow("sign and parentheses") << u"-(5)"_s << e << none;
        QTest::newRow("sign after") << u"5-"_s << e << none;
        QTest::newRow("unclosed parenthesis") << u"(5"_s << e << none;
        QTest::newRow("parentheses backwards") << u")5("_s << e << none;
        QTest::newRow("three decimals in EUR") << u"1,505"_s << e << none;
        QTest::newRow("single comma is never grouping in EUR") << u"1,234"_s << e << none;
        QTest::newRow("trailing zeros when guessing") << u"1,500"_s << e << none;
        QTest::newRow("decimals in JPY") << u"1,5"_s << u"JPY"_s << none;
        QTest::newRow("nine decimals in BTC") << u"0,000000001"_s << u"BTC"_s << none;
        QTest::newRow("two currencies") << u"12 \u20AC  $"_s << e << none;
        QTest::newRow("two codes") << u"EUR 12 USD"_s << none << none;
        QTest::newRow("other currency than expected") << u"12 $"_s << e << none;
        QTest::newRow("no currency at all") << u"5"_s << none << none;
        QTest::newRow("sign only") << u"\u20AC"_s << e << none;
        QTest::newRow("minus only") << u"-"_s << e << none;
        QTest::newRow("two numbers") << u"1 \u20AC 2"_s << e << none;
        QTest::newRow("unknown currency sign") << u"12 \u20B9"_s << e << none;
        QTest::newRow("nothing after mark") << u"1,"_s << e << none;
        QTest::newRow("group of four") << u"1 2345"_s << e << none;
        QTest::newRow("group of two") << u"1.23.456"_s << e << none;
        QTest::newRow("space in fraction") << u"1,23 4"_s << e << none;
        QTest::newRow("forced comma, point is not a mark") << u"1.50"_s << e << u","_s;
        QTest::newRow("forced point twice") << u"1.2.3"_s << e << u"."_s;
        QTest::newRow("forced mark, non-zero extra digit") << u"12.5001"_s << e << u"."_s;
        QTest::newRow("not a currency code") << u"5"_s << u"eur"_s << none;
        QTest::newRow("not a decimal mark") << u"5"_s << e << u"x"_s;
    }

    void parseBad()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultCurrency);
        QFETCH(QString, mark);

        const Result<Money> parsed = Money::parse(text, defaultCurrency, markFrom(mark));
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().isEmpty());
        // A person must see what was wrong: the message quotes the offending input.
        const QString offending = defaultCurrency == u"eur"_s ? defaultCurrency : mark == u"x"_s ? mark : text;
        QVERIFY2(parsed.error().contains(u'"' + offending + u'"'), qPrintable(parsed.error()));
    }

    void errorMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultCurrency");
        QTest::addColumn<QString>("message");

        const QString e = u"EUR"_s;
        QTest::newRow("empty") << QString() << e << u"\"\" is empty, an amount was expected"_s;
        QTest::newRow("1,2,3") << u"1,2,3"_s << e << u"\"1,2,3\" is not an amount: more than one decimal mark"_s;
        QTest::newRow("1e5") << u"1e5"_s << e << u"\"1e5\" is not an amount: exponents are not accepted"_s;
        QTest::newRow("too large") << u"12345678901234567890"_s << e << u"\"12345678901234567890\" is too large"_s;
        QTest::newRow("abc") << u"abc"_s << e << u"\"abc\" is not an amount"_s;
        QTest::newRow("1,505") << u"1,505"_s << e << u"\"1,505\" has more decimals than EUR allows (2)"_s;
        QTest::newRow("--1") << u"--1"_s << e << u"\"--1\" is not an amount: more than one sign"_s;
        QTest::newRow("two currencies") << u"12 \u20AC  $"_s << e
                                        << u"\"12 \u20AC  $\" is not an amount: it names more than one currency"_s;
        QTest::newRow("wrong currency") << u"12 $"_s << e << u"\"12 $\" is in USD, but EUR was expected"_s;
        QTest::newRow("no currency") << u"5"_s << QString() << u"\"5\" does not say which currency it is in"_s;
        QTest::newRow("long input is shortened")
            << u"This is a whole line pasted by mistake, far longer than any amount"_s << e
            << u"\"This is a whole line pasted by mistake, \u2026\" is not an amount"_s;
    }

    void errorMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultCurrency);
        QFETCH(QString, message);
        const Result<Money> parsed = Money::parse(text, defaultCurrency);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), message);
    }

    void formatLocale_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected"); // with plain spaces

        // Negative amounts: Qt 6.4 uses CLDR's accounting pattern for these locales.
        QTest::newRow("fr_FR EUR") << u"fr_FR"_s << qint64(123456) << u"EUR"_s << u"1 234,56 \u20AC"_s;
        QTest::newRow("fr_FR EUR negative") << u"fr_FR"_s << qint64(-123456) << u"EUR"_s << u"(1 234,56 \u20AC)"_s;
        QTest::newRow("fr_FR cents") << u"fr_FR"_s << qint64(5) << u"EUR"_s << u"0,05 \u20AC"_s;
        QTest::newRow("fr_FR zero") << u"fr_FR"_s << qint64(0) << u"EUR"_s << u"0,00 \u20AC"_s;
        QTest::newRow("fr_FR millions") << u"fr_FR"_s << qint64(123456789012) << u"EUR"_s
                                        << u"1 234 567 890,12 \u20AC"_s;
        QTest::newRow("fr_FR largest") << u"fr_FR"_s << s_max << u"EUR"_s << u"92 233 720 368 547 758,07 \u20AC"_s;
        QTest::newRow("fr_FR smallest") << u"fr_FR"_s << s_min << u"EUR"_s << u"(92 233 720 368 547 758,08 \u20AC)"_s;
        QTest::newRow("fr_FR USD") << u"fr_FR"_s << qint64(123456) << u"USD"_s << u"1 234,56 $"_s;
        QTest::newRow("fr_FR JPY") << u"fr_FR"_s << qint64(1234) << u"JPY"_s << u"1 234 \u00A5"_s;
        QTest::newRow("fr_FR BTC") << u"fr_FR"_s << qint64(1) << u"BTC"_s << u"0,00000001 \u20BF"_s;
        QTest::newRow("fr_FR BTC grouped integer only")
            << u"fr_FR"_s << qint64(123456789012) << u"BTC"_s << u"1 234,56789012 \u20BF"_s;
        QTest::newRow("fr_FR CHF") << u"fr_FR"_s << qint64(100) << u"CHF"_s << u"1,00 CHF"_s;
        QTest::newRow("en_US EUR") << u"en_US"_s << qint64(123456) << u"EUR"_s << u"\u20AC1,234.56"_s;
        QTest::newRow("en_US EUR negative") << u"en_US"_s << qint64(-123456) << u"EUR"_s << u"(\u20AC1,234.56)"_s;
        QTest::newRow("en_US USD") << u"en_US"_s << qint64(199) << u"USD"_s << u"$1.99"_s;
        QTest::newRow("en_US GBP cents") << u"en_US"_s << qint64(5) << u"GBP"_s << u"\u00A30.05"_s;
        QTest::newRow("en_US JPY") << u"en_US"_s << qint64(1234) << u"JPY"_s << u"\u00A51,234"_s;
        QTest::newRow("en_US BTC") << u"en_US"_s << qint64(150000000) << u"BTC"_s << u"\u20BF1.50000000"_s;
        QTest::newRow("en_US CHF, letters kept off the digits")
            << u"en_US"_s << qint64(123456) << u"CHF"_s << u"CHF 1,234.56"_s;
        QTest::newRow("en_US unknown code") << u"en_US"_s << qint64(250) << u"XYZ"_s << u"XYZ 2.50"_s;
        QTest::newRow("en_US no currency") << u"en_US"_s << qint64(-150) << QString() << u"-1.50"_s;
        QTest::newRow("de_CH CHF negative, minus sign")
            << u"de_CH"_s << qint64(-123456) << u"CHF"_s << u"-1\u2019234.56 CHF"_s;
        QTest::newRow("ja_JP own yen sign") << u"ja_JP"_s << qint64(1234) << u"JPY"_s << u"\uFFE51,234"_s;
    }

    void formatLocale()
    {
        QFETCH(QString, localeName);
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);
        QFETCH(QString, expected);

        const QString text = Money(minorUnits, currency).toString(QLocale(localeName));
        QCOMPARE(withPlainSpaces(text), expected);
        // fr_FR spaces are non-breaking: an amount never wraps over two lines of a table.
        if (localeName == u"fr_FR"_s)
            QVERIFY2(!text.contains(u' '), qPrintable(text));
    }

    // With no decimals to add, Money must print exactly what QLocale prints for a whole number, whatever the locale's
    // digits, grouping, sign and symbol placement.
    void formatAgreesWithQLocaleForWholeAmounts()
    {
        const QStringList localeNames{u"fr_FR"_s, u"en_US"_s, u"de_CH"_s, u"ja_JP"_s,
                                      u"ar_EG"_s, u"nl_NL"_s, u"hi_IN"_s, u"fa_IR"_s};
        for (const QString& name : localeNames) {
            const QLocale locale(name);
            const QString yen =
                locale.currencySymbol(QLocale::CurrencyIsoCode) == u"JPY"_s ? locale.currencySymbol() : u"\u00A5"_s;
            for (const qint64 units : {qint64(0), qint64(7), qint64(1234), qint64(-1234), qint64(123456789)}) {
                QCOMPARE(Money(units, u"JPY"_s).toString(locale), locale.toCurrencyString(units, yen));
            }
        }
    }

    void roundTripThroughLocale_data()
    {
        QTest::addColumn<QString>("localeName");
        for (const char* name : {"fr_FR", "en_US", "de_DE", "de_CH", "nl_NL", "ja_JP", "en_GB", "fr_CH"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void roundTripThroughLocale()
    {
        QFETCH(QString, localeName);
        const QLocale locale(localeName);
        const QList<Money> amounts{eur(0),
                                   eur(5),
                                   eur(-5),
                                   eur(123456),
                                   eur(-123456),
                                   eur(100000000),
                                   eur(s_max),
                                   eur(s_min),
                                   Money(1234, u"JPY"_s),
                                   Money(-1234567, u"JPY"_s),
                                   Money(1, u"BTC"_s),
                                   Money(123456789012, u"BTC"_s),
                                   Money(-123456, u"CHF"_s),
                                   Money(99, u"GBP"_s)};
        for (const Money& money : amounts) {
            const QString text = money.toString(locale);
            const Result<Money> parsed = Money::parse(text, money.currency());
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QCOMPARE(parsed.value(), money);
        }
    }

    void plainAndFec_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("fec");

        QTest::newRow("negative, no grouping") << qint64(-123456) << u"EUR"_s << u"-1234.56"_s << u"-1234,56"_s;
        QTest::newRow("millions") << qint64(123456789) << u"EUR"_s << u"1234567.89"_s << u"1234567,89"_s;
        QTest::newRow("cents") << qint64(5) << u"EUR"_s << u"0.05"_s << u"0,05"_s;
        QTest::newRow("negative cents") << qint64(-5) << u"EUR"_s << u"-0.05"_s << u"-0,05"_s;
        QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"0.00"_s << u"0,00"_s;
        QTest::newRow("JPY") << qint64(-1234) << u"JPY"_s << u"-1234"_s << u"-1234"_s;
        QTest::newRow("BTC") << qint64(1) << u"BTC"_s << u"0.00000001"_s << u"0,00000001"_s;
        QTest::newRow("largest") << s_max << u"EUR"_s << u"92233720368547758.07"_s << u"92233720368547758,07"_s;
        QTest::newRow("smallest") << s_min << u"EUR"_s << u"-92233720368547758.08"_s << u"-92233720368547758,08"_s;
    }

    void plainAndFec()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);
        QFETCH(QString, plain);
        QFETCH(QString, fec);

        const Money money(minorUnits, currency);
        QCOMPARE(money.toPlainString(), plain);
        QCOMPARE(money.toFecString(), fec);

        const Result<Money> fromPlain = Money::parse(plain, currency, u'.');
        QVERIFY2(fromPlain.ok(), qPrintable(fromPlain.error()));
        QCOMPARE(fromPlain.value(), money);
        const Result<Money> fromFec = Money::parse(fec, currency, u',');
        QVERIFY2(fromFec.ok(), qPrintable(fromFec.error()));
        QCOMPARE(fromFec.value(), money);
    }

    void arithmetic()
    {
        QCOMPARE(eur(150).plus(eur(275)).value(), eur(425));
        QCOMPARE(eur(150).minus(eur(275)).value(), eur(-125));
        QCOMPARE(eur(150).times(3).value(), eur(450));
        QCOMPARE(eur(150).times(-2).value(), eur(-300));
        QCOMPARE(eur(s_max - 1).plus(eur(1)).value(), eur(s_max));
        QCOMPARE(eur(s_min + 1).minus(eur(1)).value(), eur(s_min));
        QCOMPARE(eur(s_max).times(-1).value(), eur(-s_max));
    }

    // Money() starts a sum: it takes the currency of what is added to it.
    void neutralStart()
    {
        QCOMPARE(Money().plus(eur(5)).value(), eur(5));
        QCOMPARE(eur(5).plus(Money()).value(), eur(5));
        QCOMPARE(Money().minus(eur(5)).value(), eur(-5));
        QCOMPARE(eur(5).minus(Money()).value(), eur(5));
        QVERIFY(!Money(0, u"USD"_s).plus(eur(5)).ok());
    }

    void overflow_data()
    {
        QTest::addColumn<QString>("error"); // empty if the operation succeeded

        QTest::newRow("max + 1") << eur(s_max).plus(eur(1)).error();
        QTest::newRow("min + -1") << eur(s_min).plus(eur(-1)).error();
        QTest::newRow("min - 1") << eur(s_min).minus(eur(1)).error();
        QTest::newRow("max - -1") << eur(s_max).minus(eur(-1)).error();
        QTest::newRow("0 - min") << eur(0).minus(eur(s_min)).error();
        QTest::newRow("neutral - min") << Money().minus(eur(s_min)).error();
        QTest::newRow("(max/2 + 1) x 2") << eur(s_max / 2 + 1).times(2).error();
        QTest::newRow("min x -1") << eur(s_min).times(-1).error();
        QTest::newRow("max x max") << eur(s_max).times(s_max).error();
    }

    void overflow()
    {
        QFETCH(QString, error);
        QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
    }

    void differentCurrenciesRefused()
    {
        const Money dollars(100, u"USD"_s);
        const Result<Money> sum = eur(100).plus(dollars);
        QVERIFY(!sum.ok());
        QCOMPARE(sum.error(), u"cannot add USD to EUR"_s);
        const Result<Money> difference = eur(100).minus(dollars);
        QVERIFY(!difference.ok());
        QCOMPARE(difference.error(), u"cannot subtract USD from EUR"_s);
        const Result<qint64> share = Money::percentBasisPoints(dollars, eur(100));
        QVERIFY(!share.ok());
        QCOMPARE(share.error(), u"cannot express USD as a share of EUR"_s);
    }

    void shareBasisPoints_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<qint64>("basisPoints");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("0.05 x 50 % = 0.025, up") << qint64(5) << qint64(5000) << qint64(3);
        QTest::newRow("-0.05 x 50 % = -0.025, away from zero") << qint64(-5) << qint64(5000) << qint64(-3);
        QTest::newRow("0.01 x 50 %, half up") << qint64(1) << qint64(5000) << qint64(1);
        QTest::newRow("-0.01 x 50 %, half down") << qint64(-1) << qint64(5000) << qint64(-1);
        QTest::newRow("0.01 x 49.99 %, down") << qint64(1) << qint64(4999) << qint64(0);
        QTest::newRow("1.00 x 33.33 %") << qint64(100) << qint64(3333) << qint64(33);
        QTest::newRow("0.03 x 33.33 % = 0.009999") << qint64(3) << qint64(3333) << qint64(1);
        QTest::newRow("1.50 x 70 %") << qint64(150) << qint64(7000) << qint64(105);
        QTest::newRow("0.99 x 100 %") << qint64(99) << qint64(10000) << qint64(99);
        QTest::newRow("1.00 x -25 %") << qint64(100) << qint64(-2500) << qint64(-25);
        QTest::newRow("zero") << qint64(0) << qint64(7000) << qint64(0);
        QTest::newRow("max x 100 %, no overflow inside") << s_max << qint64(10000) << s_max;
        QTest::newRow("max x 50 %") << s_max << qint64(5000) << qint64(4611686018427387904);
        QTest::newRow("min x 50 %") << s_min << qint64(5000) << qint64(-4611686018427387904);
    }

    void shareBasisPoints()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(qint64, basisPoints);
        QFETCH(qint64, expected);
        QCOMPARE(eur(minorUnits).shareBasisPoints(basisPoints), eur(expected));
    }

    void scaled_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("1.00 / 3") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
        QTest::newRow("2.00 / 3") << qint64(200) << qint64(1) << qint64(3) << qint64(67);
        QTest::newRow("1.00 x 2/3") << qint64(100) << qint64(2) << qint64(3) << qint64(67);
        QTest::newRow("-1.00 x 2/3") << qint64(-100) << qint64(2) << qint64(3) << qint64(-67);
        QTest::newRow("negative denominator") << qint64(100) << qint64(1) << qint64(-3) << qint64(-33);
        QTest::newRow("both negative, half") << qint64(5) << qint64(-1) << qint64(-2) << qint64(3);
        QTest::newRow("0.05 / 2") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
        QTest::newRow("-0.05 / 2") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
        QTest::newRow("max x max / max, 128-bit product") << s_max << s_max << s_max << s_max;
        QTest::newRow("1.00 x 7/7") << qint64(100) << qint64(7) << qint64(7) << qint64(100);
    }

    void scaled()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, expected);
        QCOMPARE(eur(minorUnits).scaled(numerator, denominator), eur(expected));
    }

    void divideRoundHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("5/2") << qint64(5) << qint64(2) << qint64(3);
        QTest::newRow("-5/2") << qint64(-5) << qint64(2) << qint64(-3);
        QTest::newRow("5/-2") << qint64(5) << qint64(-2) << qint64(-3);
        QTest::newRow("-5/-2") << qint64(-5) << qint64(-2) << qint64(3);
        QTest::newRow("7/2") << qint64(7) << qint64(2) << qint64(4);
        QTest::newRow("4/3") << qint64(4) << qint64(3) << qint64(1);
        QTest::newRow("1/3") << qint64(1) << qint64(3) << qint64(0);
        QTest::newRow("2/3") << qint64(2) << qint64(3) << qint64(1);
        QTest::newRow("-2/3") << qint64(-2) << qint64(3) << qint64(-1);
        QTest::newRow("0/7") << qint64(0) << qint64(7) << qint64(0);
        QTest::newRow("min / min") << s_min << s_min << qint64(1);
        QTest::newRow("min / -2") << s_min << qint64(-2) << qint64(4611686018427387904);
    }

    void divideRoundHalfAwayFromZero()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, expected);
        QCOMPARE(::divideRoundHalfAwayFromZero(numerator, denominator), expected);
    }

    void percentBasisPoints_data()
    {
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("whole");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("1/3") << qint64(1) << qint64(3) << qint64(3333);
        QTest::newRow("2/3") << qint64(2) << qint64(3) << qint64(6667);
        QTest::newRow("-2/3") << qint64(-2) << qint64(3) << qint64(-6667);
        QTest::newRow("all") << qint64(150) << qint64(150) << qint64(10000);
        QTest::newRow("none") << qint64(0) << qint64(150) << qint64(0);
        QTest::newRow("half a basis point, up") << qint64(1) << qint64(20000) << qint64(1);
        QTest::newRow("more than the whole") << qint64(300) << qint64(100) << qint64(30000);
        QTest::newRow("1.05 of 1.50") << qint64(105) << qint64(150) << qint64(7000);
        QTest::newRow("huge amounts") << s_max << s_max << qint64(10000);
    }

    void percentBasisPoints()
    {
        QFETCH(qint64, part);
        QFETCH(qint64, whole);
        QFETCH(qint64, expected);
        const Result<qint64> share = Money::percentBasisPoints(eur(part), eur(whole));
        QVERIFY2(share.ok(), qPrintable(share.error()));
        QCOMPARE(share.value(), expected);
    }

    void percentBasisPointsRefused()
    {
        const Result<qint64> ofZero = Money::percentBasisPoints(eur(5), eur(0));
        QVERIFY(!ofZero.ok());
        QVERIFY(!ofZero.error().isEmpty());

        const Result<qint64> tooLarge = Money::percentBasisPoints(eur(s_max), eur(1));
        QVERIFY(!tooLarge.ok());
        QVERIFY(tooLarge.error().contains(u"too large"_s));
    }

    void debugOutput()
    {
        // What a failed QCOMPARE prints.
        QCOMPARE(QDebug::toString(Money(-123456, u"EUR"_s)), u"Money(-1234.56 EUR)"_s);
        QCOMPARE(QDebug::toString(Money()), u"Money(0.00)"_s);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
