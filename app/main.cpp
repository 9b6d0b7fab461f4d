// Gangwerk's composition root: reads the command line, builds the session (store, clock,
// services) and the keystore, and hands them to QML through the App singleton.
#include "accessiblestates.h"
#include "clock.h"
#include "displayhints.h"
#include "displaysettings.h"
#include "invitelink.h"
#include "keychainkeyprovider.h"
#include "languages.h"
#include "paths.h"
#include "session.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#include <memory>

#include "qmlplugins.h"

// When the window first shows (for bench/: cold start, off by default).
Q_LOGGING_CATEGORY(lcAppTiming, "gangwerk.app.timing", QtWarningMsg)

namespace {

struct Options
{
    QString dataDir;
    QString language;
    QString server;
    QString invite;
    QString inviteLink;
    bool demo = false;
    bool rtl = false;
    int textSize = 0; // percent; 0: as chosen in the app
    QSize windowSize; // empty: the app's own
};

void printErr(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// Where the store lives by default, as the help says it: the home folder as "~" (also in the
// man page made from the help on a build machine).
QString shownDataDir()
{
    const QString dir = gw::Paths::defaultDataDir();
    const QString home = QDir::homePath();
    if (home.size() > 1 && dir.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + dir.mid(home.size());
    return dir;
}

// Parsed before QGuiApplication exists, so --help and a bad option work without a display.
// Returns an exit code when the program should stop here, -1 to go on.
int parseOptions(const QStringList &args, Options &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Gangwerk: log the hours you give to your neighbours."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the encrypted store in DIR instead of %1 (the demo keeps "
                       "its own folder beside it).")
            .arg(shownDataDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Start on the demo project \"De Gang\", in a separate demo store."));
    QStringList codes;
    for (const gw::Language &l : gw::languages())
        codes << QString::fromLatin1(l.code);
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Use this language: %1.").arg(codes.join(QStringLiteral(", "))),
        codes.join(QLatin1Char('|')));
    const QCommandLineOption rtl(QStringLiteral("rtl"),
                                 QStringLiteral("Lay the screens out right-to-left (testing)."));
    const QCommandLineOption textSize(
        QStringLiteral("text-size"),
        QStringLiteral("Show text at this size for this run: 100, 150 or 200 (percent)."),
        QStringLiteral("PERCENT"));
    const QCommandLineOption windowSize(
        QStringLiteral("window-size"),
        QStringLiteral("Open the window at this size, for example 390x844 (a phone)."),
        QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Enrol with this server when this device is not enrolled yet (with "
                       "--invite). http:// only for a server on this computer."),
        QStringLiteral("URL"));
    const QCommandLineOption invite(
        QStringLiteral("invite"), QStringLiteral("The invite code to enrol with (with --server)."),
        QStringLiteral("CODE"));
    parser.addOptions(
        {help, version, dataDir, demo, language, rtl, textSize, windowSize, server, invite});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QStringLiteral("An invite link (gangwerk://enrol?...): the connect screen opens with the "
                       "address and the code filled in."),
        QStringLiteral("[link]"));

    if (!parser.parse(args)) {
        printErr(QStringLiteral("gangwerk: %1").arg(parser.errorText()));
        printErr(QStringLiteral("Run 'gangwerk --help' to see the options."));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s",
                     qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                          QStringLiteral("gangwerk"))));
        return 0;
    }
    if (parser.isSet(version)) {
        std::fprintf(stdout, "gangwerk %s\n", GANGWERK_VERSION);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && !gw::looksLikeInviteLink(positional[0]))) {
        printErr(QStringLiteral("gangwerk: unexpected argument '%1'.").arg(positional.constLast()));
        printErr(QStringLiteral("Run 'gangwerk --help' to see the options."));
        return 2;
    }
    if (positional.size() == 1) {
        const gw::InviteLink link = gw::parseInviteLink(positional[0]);
        if (!link.ok()) {
            printErr(QStringLiteral("gangwerk: %1").arg(link.error));
            return 2;
        }
        out.inviteLink = positional[0];
    }
    out.language = parser.value(language);
    if (parser.isSet(language) && !gw::Session::isSupportedLanguage(out.language)) {
        printErr(QStringLiteral("gangwerk: unknown language '%1'. Use --language with one "
                                "of: %2.")
                     .arg(out.language, codes.join(QStringLiteral(", "))));
        return 2;
    }
    out.dataDir = parser.value(dataDir);
    if (parser.isSet(dataDir) && out.dataDir.trimmed().isEmpty()) {
        printErr(QStringLiteral("gangwerk: --data-dir needs a folder, for example "
                                "--data-dir ~/gangwerk-test."));
        return 2;
    }
    out.demo = parser.isSet(demo);
    out.rtl = parser.isSet(rtl);
    if (parser.isSet(textSize)) {
        bool ok = false;
        out.textSize = parser.value(textSize).trimmed().remove(QLatin1Char('%')).toInt(&ok);
        if (!ok || !gw::DisplaySettings::isTextSize(out.textSize)) {
            printErr(QStringLiteral("gangwerk: --text-size '%1' is not offered; use 100, 150 "
                                    "or 200.")
                         .arg(parser.value(textSize)));
            return 2;
        }
    }
    if (parser.isSet(windowSize)) {
        static const QRegularExpression size(
            QStringLiteral("^\\s*(\\d{3,4})\\s*[xX×]\\s*(\\d{3,4})\\s*$"));
        const QRegularExpressionMatch m = size.match(parser.value(windowSize));
        out.windowSize =
            m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (!m.hasMatch() || out.windowSize.width() < 340 || out.windowSize.height() < 520) {
            printErr(QStringLiteral("gangwerk: --window-size '%1' is not a window size; write "
                                    "it like 390x844 (at least 340x520).")
                         .arg(parser.value(windowSize)));
            return 2;
        }
    }
    if (parser.isSet(server) != parser.isSet(invite)) {
        printErr(
            QStringLiteral("gangwerk: --server and --invite go together, for example "
                           "--server https://gangwerk.example.nl --invite ABCD-EFGH-JKLM-NPQR."));
        return 2;
    }
    if (parser.isSet(server)) {
        out.server = parser.value(server).trimmed();
        if (!gw::sync::Enrolment::addressProblem(out.server).isEmpty()) {
            printErr(QStringLiteral("gangwerk: --server '%1' uses http:// on another computer; "
                                    "http:// (no encryption) is only allowed for 127.0.0.1 or "
                                    "localhost. Use https://.")
                         .arg(out.server));
            return 2;
        }
        if (!gw::sync::SyncEngine::normalizeServerUrl(out.server).isValid()) {
            printErr(QStringLiteral("gangwerk: --server '%1' is not a server address; write it "
                                    "like https://gangwerk.example.nl or http://127.0.0.1:50443.")
                         .arg(out.server));
            return 2;
        }
        out.invite = parser.value(invite);
        static const QRegularExpression codeChars(QStringLiteral("^[A-Za-z0-9\\s-]+$"));
        if (!codeChars.match(out.invite).hasMatch() ||
            out.invite.count(QRegularExpression(QStringLiteral("[A-Za-z0-9]"))) < 8) {
            printErr(QStringLiteral("gangwerk: --invite '%1' is not an invite code; it looks "
                                    "like ABCD-EFGH-JKLM-NPQR.")
                         .arg(out.invite));
            return 2;
        }
    }
    return -1;
}

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Gangwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("Gangwerk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GANGWERK_VERSION));
    // The desktop entry the desktop matches the window to (its icon and name in the task bar).
    QGuiApplication::setDesktopFileName(QString::fromLatin1(gw::Paths::kAppId));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    Options options;
    if (const int code = parseOptions(args, options); code >= 0)
        return code;
    if (!haveDisplay()) {
        printErr(QStringLiteral("No display found. Run: xvfb-run -a ./dev run"));
        return 1;
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Gangwerk"));
    gw::installAccessibleStates();

    // The demo never shares a folder (or a keystore entry) with a real user's store.
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty()) {
        dataDir = gw::Paths::defaultDataDir();
        // The offline demo and the demo synced with a server never share a store: the seeded
        // offline data must not be mixed into an enrolment.
        if (options.demo)
            dataDir +=
                options.server.isEmpty() ? QStringLiteral("-demo") : QStringLiteral("-demo-synced");
    }
    const QString storePath = gw::Paths::storeFile(QDir(dataDir).absolutePath());

    gw::KeychainKeyProvider keys;
    gw::Session session(std::make_unique<gw::SystemClock>());
    gw::Session::setInstance(&session);
    session.setForceRightToLeft(options.rtl);
    session.display()->setHints(gw::DisplayHints::createForPlatform(&app));
    if (options.textSize)
        session.display()->applyTextSize(options.textSize, false);
    session.applyLanguage(
        options.language.isEmpty() ? gw::Session::savedLanguage() : options.language, false);
    // The very first start asks for the language, then tells what counts, in that language.
    session.setAskLanguage(options.language.isEmpty() && !gw::Session::hasSavedLanguage());
    session.setIntroPending(!gw::Session::introSeen());
    if (!options.inviteLink.isEmpty())
        session.enrolment()->useLink(options.inviteLink);

    QQmlApplicationEngine engine;
    gw::prepareQmlEngine(engine);
    session.attachEngine(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        if (options.windowSize.isValid())
            window->resize(options.windowSize);
        auto first = std::make_shared<QMetaObject::Connection>();
        *first = QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [sinceStart, first] {
                qCDebug(lcAppTiming) << "first frame after" << sinceStart.elapsed() << "ms";
                QObject::disconnect(*first);
            },
            Qt::DirectConnection);
    }

    if (!options.server.isEmpty())
        session.setAutoEnroll(options.server, options.invite);
    session.start(&keys, storePath, options.demo);
    return QGuiApplication::exec();
}
