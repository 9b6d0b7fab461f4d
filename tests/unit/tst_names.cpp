// Core's one rule for names people give (core/names): what a device, member, gang or room may
// be called, what a device sends for a name it did not choose, and how a table shows a name
// stored before the rule, so that one name always stays one cell.
#include "names.h"

#include <QtTest>

using namespace gw;

class NamesTest : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("problem");
        const int ok = int(names::Problem::None), layout = int(names::Problem::LayoutCharacters);
        QTest::newRow("plain") << "Anna's phone" << ok;
        QTest::newRow("accents") << u"Zoë’s laptop"_qs << ok;
        QTest::newRow("arabic with ZWNJ") << u"هاتف\u200cسارة"_qs << ok;
        QTest::newRow("newline") << "Anna\nInge" << layout;
        QTest::newRow("tab") << "a\tb" << layout;
        QTest::newRow("carriage return") << "a\rb" << layout;
        QTest::newRow("escape") << "x\x1b[2J" << layout;
        QTest::newRow("DEL") << "x\x7f" << layout;
        QTest::newRow("C1 next line") << u"x\u0085y"_qs << layout;
        QTest::newRow("line separator") << u"x\u2028y"_qs << layout;
        QTest::newRow("RTL override") << u"Anna\u202Eenohp"_qs << layout;
        QTest::newRow("isolate") << u"x\u2067y"_qs << layout;
        QTest::newRow("100 characters") << QString(100, QLatin1Char('a')) << ok;
        QTest::newRow("101 characters")
            << QString(101, QLatin1Char('a')) << int(names::Problem::TooLong);
    }
    void check()
    {
        QFETCH(QString, name);
        QFETCH(int, problem);
        QCOMPARE(int(names::check(name)), problem);
    }

    void cleanedIsAcceptedByCheck()
    {
        QCOMPARE(names::cleaned(QStringLiteral("  Anna\n\tphone\r\n")),
                 QStringLiteral("Anna phone"));
        QCOMPARE(names::cleaned(u"a\u202Eb"_qs), QStringLiteral("a b"));
        QCOMPARE(names::cleaned(u"هاتف\u200cسارة"_qs), u"هاتف\u200cسارة"_qs);
        for (const QString &hostile : {QStringLiteral("x\ny\tz"), u"\u2066\u2069"_qs})
            QCOMPARE(names::check(names::cleaned(hostile)), names::Problem::None);
    }

    void escapedStaysOneCell()
    {
        const QString forged = QStringLiteral("Anna\nbeef\tx\\n");
        const QString shown = names::escaped(forged);
        QCOMPARE(shown, QStringLiteral("Anna\\nbeef\\tx\\\\n"));
        QVERIFY(!shown.contains(QLatin1Char('\n')) && !shown.contains(QLatin1Char('\t')));
        QCOMPARE(names::escaped(u"a\u202Eb\x1b"_qs), QStringLiteral("a\\u202Eb\\u001B"));
        QCOMPARE(names::escaped(u"هاتف\u200cسارة"_qs), u"هاتف\u200cسارة"_qs);
    }
};

QTEST_APPLESS_MAIN(NamesTest)
#include "tst_names.moc"
