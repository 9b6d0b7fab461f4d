// The invite link the server prints and the app reads (core/invitelink): what a beheerder's
// address and code become, that the app reads back exactly that, and that a damaged, foreign or
// hostile link is refused with words instead of half filling the form.
#include "invitelink.h"

#include <QtTest>

class InviteLinkTest : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("code");
        QTest::newRow("https") << "https://gangwerk.example.nl"
                               << "ABCD-EFGH-JKMN-PQRS";
        QTest::newRow("port and path") << "https://example.nl:8443/gangwerk"
                                       << "ABCD-EFGH-JKMN-PQRS";
        QTest::newRow("loopback http") << "http://127.0.0.1:50443"
                                       << "2345-6789-ABCD-EFGH";
        QTest::newRow("query in address") << "https://x.nl/?a=1&code=EVIL"
                                          << "ABCD-EFGH-JKMN-PQRS";
    }
    void roundTrip()
    {
        QFETCH(QString, server);
        QFETCH(QString, code);
        const QString link = gw::makeInviteLink(server, code);
        QVERIFY(link.startsWith(QStringLiteral("gangwerk://enrol?server=")));
        // Nothing in it a QR reader or a chat app would cut at.
        QVERIFY2(!link.contains(QLatin1Char(' ')), qPrintable(link));
        QVERIFY(gw::looksLikeInviteLink(link));
        const gw::InviteLink read =
            gw::parseInviteLink(QStringLiteral("  ") + link + QStringLiteral("\n"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.server, server);
        QCOMPARE(read.code, code);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("says");
        QTest::newRow("web link") << "https://gangwerk.example.nl"
                                  << "not a Gangwerk invite link";
        QTest::newRow("other host") << "gangwerk://pay?server=https%3A%2F%2Fx.nl&code=ABCDEFGH"
                                    << "not a Gangwerk invite link";
        QTest::newRow("no server") << "gangwerk://enrol?code=ABCD-EFGH-JKMN-PQRS"
                                   << "no usable address";
        QTest::newRow("file server")
            << "gangwerk://enrol?server=file%3A%2F%2F%2Fetc&code=ABCD-EFGH-JKMN-PQRS"
            << "no usable address";
        QTest::newRow("no code") << "gangwerk://enrol?server=https%3A%2F%2Fx.nl"
                                 << "no usable code";
        QTest::newRow("short code") << "gangwerk://enrol?server=https%3A%2F%2Fx.nl&code=AB"
                                    << "no usable code";
        QTest::newRow("script in code")
            << "gangwerk://enrol?server=https%3A%2F%2Fx.nl&code=%3Cscript%3E"
            << "no usable code";
        QTest::newRow("empty") << ""
                               << "not a Gangwerk invite link";
        QTest::newRow("garbage") << "gangwerk:%%%"
                                 << "not a Gangwerk invite link";
    }
    void refused()
    {
        QFETCH(QString, link);
        QFETCH(QString, says);
        const gw::InviteLink read = gw::parseInviteLink(link);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(says), qPrintable(read.error));
        // Nothing half read: the form stays as it was.
        QVERIFY(read.server.isEmpty());
        QVERIFY(read.code.isEmpty());
    }

    void onlyLinksLookLikeLinks()
    {
        QVERIFY(!gw::looksLikeInviteLink(QStringLiteral("ABCD-EFGH-JKMN-PQRS")));
        QVERIFY(!gw::looksLikeInviteLink(QStringLiteral("abcd efgh jkmn pqrs")));
        QVERIFY(gw::looksLikeInviteLink(QStringLiteral(" Gangwerk://enrol?x")));
    }
};

QTEST_APPLESS_MAIN(InviteLinkTest)

#include "tst_invitelink.moc"
