// What a screen-reader, keyboard or low-vision user relies on: from each main screen, Tab reaches
// the controls one by one, and every control that takes focus has a name a screen reader can
// say; every text shown stands out from what is behind it (WCAG 2.1 AA: 4.5:1, 3:1 for large
// text), the focus ring and the chart's marks from their backgrounds (3:1); and on a phone every
// control is at least 44×44 px to touch. Real Main.qml on a demo store.
#include "displaysettings.h"
#include "membercontext.h"
#include "permissions.h"
#include "projectrepository.h"
#include "testsession.h"

#include <QAccessible>
#include <QColor>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QtTest>
#include <cmath>
#include <functional>

#include "qmlplugins.h"

// Follows a number property of @p object and keeps the smallest value it takes.
class SmallestSeen : public QObject
{
    Q_OBJECT
public:
    SmallestSeen(QObject *object, const char *name) : m_property(object, QString::fromLatin1(name))
    {
        smallest = m_property.read().toReal();
        m_property.connectNotifySignal(this, SLOT(changed()));
    }
    qreal smallest = 0;
    int changes = 0;

private slots:
    void changed()
    {
        ++changes;
        smallest = std::min(smallest, m_property.read().toReal());
    }

private:
    QQmlProperty m_property;
};

class AccessibilityTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        m_session =
            std::make_unique<gw::test::TestSession>(gw::test::TestSession::pinnedNow(), true);
        QVERIFY(m_session->ok());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        gw::prepareQmlEngine(*m_engine);
        m_session->session().attachEngine(m_engine.get());
        m_engine->load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void tabReachesNamedControls_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")})
            for (const QSize size : {QSize(390, 844), QSize(1280, 800)})
                for (const QString &page : {QStringLiteral("home"), QStringLiteral("log"),
                                            QStringLiteral("history"), QStringLiteral("settings")})
                    QTest::addRow("%s-%dx%d-%s", qPrintable(language), size.width(), size.height(),
                                  qPrintable(page))
                        << language << size << page;
    }

    void tabReachesNamedControls()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, page);
        m_session->session().applyLanguage(language, false);
        m_window->resize(size);
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, page));
        QTest::qWait(200);

        QSet<QQuickItem *> reached;
        QStringList unnamed;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(m_window, Qt::Key_Tab);
            QQuickItem *item = m_window->activeFocusItem();
            if (!item || item == m_window->contentItem())
                continue;
            if (reached.contains(item))
                break; // round the whole chain once
            reached.insert(item);
            if (nameOf(item).trimmed().isEmpty())
                unnamed << describe(item);
        }
        QVERIFY2(reached.size() >= 3,
                 qPrintable(QStringLiteral("Tab reached only %1 controls").arg(reached.size())));
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible "
                                                              "name: ") +
                                               unnamed.join(QStringLiteral(", "))));
    }

    // Every page a resident of the demo can reach from the navigation, at phone size in Dutch
    // (the beheerder's own screens: beheerderScreensStandOut).
    void textStandsOut_data() { pages(); }

    void textStandsOut()
    {
        QFETCH(QString, page);
        QVERIFY(show(page, QSize(390, 844)));
        verifyTextStandsOut(page);
    }

    // Marks that are not text: the focus ring (drawn on the page and on cards) and the chart's
    // bars and progress ring (on cards) need 3:1 against what they are drawn on (WCAG 1.4.11).
    void marksStandOut()
    {
        QObject *theme = themeObject();
        QVERIFY(theme);
        const auto c = [&](const char *name) { return theme->property(name).value<QColor>(); };
        const struct
        {
            const char *mark, *on;
        } pairs[] = {{"focus", "background"},  {"focus", "surface"},   {"focus", "surfaceMuted"},
                     {"focus", "primarySoft"}, {"primary", "surface"}, {"primary", "background"},
                     {"warm", "surface"},      {"error", "surface"},   {"error", "background"}};
        QStringList faint;
        for (const auto &p : pairs)
            if (const double r = contrast(c(p.mark), c(p.on)); r < 3.0)
                faint << QStringLiteral("%1 %2 on %3 %4: %5:1")
                             .arg(QLatin1String(p.mark), c(p.mark).name(), QLatin1String(p.on),
                                  c(p.on).name())
                             .arg(r, 0, 'f', 2);
        QVERIFY2(faint.isEmpty(), qPrintable(QStringLiteral("marks below 3:1: ") +
                                             faint.join(QStringLiteral("; "))));
    }

    void targetsAreBigEnough_data() { pages(); }

    // On a phone, every control one can tap is at least 44×44 px (WCAG 2.5.5; Apple and
    // Android ask the same).
    void targetsAreBigEnough()
    {
        QFETCH(QString, page);
        QVERIFY(show(page, QSize(390, 844)));
        verifyTargetsAreBigEnough(page);
    }

    // Less movement (Settings, or the desktop's "reduce animation"): a dialog is there at once,
    // at its full size, instead of growing in from 90% and fading; the toast appears without a
    // fade. With movement, the same dialog does grow in (Material's 220 ms).
    void lessMovementShowsThingsAtOnce()
    {
        gw::DisplaySettings *display = m_session->session().display();
        const auto restore = qScopeGuard([&] { display->setLessMotion(false); });
        QVERIFY(show(QStringLiteral("log"), QSize(390, 844)));
        QObject *picker = m_window->findChild<QObject *>(QStringLiteral("dayPicker"));
        QVERIFY(picker);
        // The smallest size the dialog is drawn at while it opens.
        const auto smallestWhileOpening = [&] {
            SmallestSeen seen(picker, "scale");
            QMetaObject::invokeMethod(m_window, "showPage",
                                      Q_ARG(QString, QStringLiteral("calendar")));
            [&] { QTRY_VERIFY_WITH_TIMEOUT(picker->property("opened").toBool(), 5000); }();
            const qreal smallest = seen.smallest;
            QMetaObject::invokeMethod(picker, "close");
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!picker->property("visible").toBool(), 5000); }();
            return smallest;
        };
        QVERIFY2(smallestWhileOpening() < 0.95, "with movement the dialog grows in");
        display->setLessMotion(true);
        QVERIFY(display->reduceMotion());
        QCOMPARE(smallestWhileOpening(), 1.0);
        QCOMPARE(picker->property("opacity").toReal(), 1.0);
        // The toast: there at once, not fading in.
        auto *toast = m_window->findChild<QQuickItem *>(QStringLiteral("toast"));
        QVERIFY(toast && toast->parentItem()); // in the app's shell, which shows it
        SmallestSeen fade(toast, "opacity");
        QVERIFY(QMetaObject::invokeMethod(toast->parentItem(), "showToast",
                                          Q_ARG(QString, QStringLiteral("Opgeslagen"))));
        QTRY_COMPARE(toast->opacity(), 1.0);
        QCOMPARE(fade.changes, 1); // from hidden straight to shown
    }

    // Less movement also stills Material's press ripple (the wave that spreads from the finger):
    // pressed as a user presses, no ripple of the control is drawn; with movement it is.
    void lessMovementDrawsNoPressRipple()
    {
        gw::DisplaySettings *display = m_session->session().display();
        const auto restore = qScopeGuard([&] { display->setLessMotion(false); });
        QVERIFY(show(QStringLiteral("log"), QSize(390, 844)));
        const auto ripplesOf = [](QQuickItem *item) {
            QList<QQuickItem *> out;
            std::function<void(QQuickItem *)> walk = [&](QQuickItem *i) {
                if (i->inherits("QQuickMaterialRipple"))
                    out.append(i);
                for (QQuickItem *c : i->childItems())
                    walk(c);
            };
            walk(item);
            return out;
        };
        // A control with a ripple, on screen (the log screen's buttons: pressing one and letting
        // go elsewhere does nothing).
        QQuickItem *control = nullptr;
        forEachVisible(m_window->contentItem(), [&](QQuickItem *item) {
            if (!control && item->inherits("QQuickAbstractButton") && item->isEnabled() &&
                onScreen(item) && !ripplesOf(item).isEmpty())
                control = item;
        });
        QVERIFY2(control, "a control with Material's ripple on the log screen");
        QQuickItem *const onLog = control;
        // Drawn while pressed: the ripple itself and every item around it visible.
        const auto rippleDrawnWhilePressed = [&] {
            const QPoint at = control->mapToScene(control->boundingRect().center()).toPoint();
            QTest::mousePress(m_window, Qt::LeftButton, {}, at);
            QTest::qWait(100);
            bool drawn = false;
            for (QQuickItem *r : ripplesOf(control))
                drawn = drawn || r->isVisible();
            QTest::mouseMove(m_window, QPoint(2, 2));
            QTest::mouseRelease(m_window, Qt::LeftButton, {}, QPoint(2, 2));
            return drawn;
        };
        QVERIFY2(rippleDrawnWhilePressed(), "with movement, the press shows its ripple");
        display->setLessMotion(true);
        QVERIFY(!rippleDrawnWhilePressed());
        // Also in a control made after less movement was asked (a list's new delegate, a
        // dialog's buttons): still at its first press.
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, QStringLiteral("calendar")));
        QObject *picker = m_window->findChild<QObject *>(QStringLiteral("dayPicker"));
        QVERIFY(picker);
        QTRY_VERIFY_WITH_TIMEOUT(picker->property("opened").toBool(), 5000);
        control = nullptr;
        forEachVisible(
            qobject_cast<QQuickItem *>(picker->property("contentItem").value<QObject *>()),
            [&](QQuickItem *item) {
                if (!control && item->inherits("QQuickAbstractButton") && item->isEnabled() &&
                    !ripplesOf(item).isEmpty())
                    control = item;
            });
        QVERIFY2(control, "a control with Material's ripple in the day picker");
        QVERIFY(!rippleDrawnWhilePressed());
        QMetaObject::invokeMethod(picker, "close");
        QTRY_VERIFY_WITH_TIMEOUT(!picker->property("visible").toBool(), 5000);
        // Movement allowed again: the ripples are back.
        display->setLessMotion(false);
        control = onLog;
        QVERIFY(rippleDrawnWhilePressed());
    }

    // The beheerder's own screens (the demo's Inge on this device): the Residents overview, a
    // resident's page and the pause dialog over it, with the same contrast and targets.
    void beheerderScreensStandOut_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *p : {"residents", "resident", "pause"}) // the dialog last: it stays
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void beheerderScreensStandOut()
    {
        gw::Session &session = m_session->session();
        if (!session.context()->may(gw::Action::ReadAllHours)) {
            gw::ProjectRepository(session.store())
                .setSelfMemberId(QStringLiteral("00000000-0000-4000-8000-0000000000b1"));
            session.seedDemo(); // re-reads who this device is
            QVERIFY(session.context()->may(gw::Action::ReadAllHours));
        }
        QFETCH(QString, page);
        show(page, QSize(390, 844));
        QString current;
        QMetaObject::invokeMethod(m_window, "currentPage", Q_RETURN_ARG(QString, current));
        QCOMPARE(current, QStringLiteral("residents")); // a resident and a pause live there
        if (page == QLatin1String("pause")) {
            QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("pauseDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 5000);
        } else if (page == QLatin1String("resident")) {
            QTRY_VERIFY(
                m_window->findChild<QQuickItem *>(QStringLiteral("residentPage"))->isVisible());
        }
        verifyTextStandsOut(page);
        verifyTargetsAreBigEnough(page);
    }

private:
    static void pages()
    {
        QTest::addColumn<QString>("page");
        for (const char *p :
             {"home", "log", "history", "activities", "help", "signals", "settings"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    // Every text shown, measured against the colour painted behind it (WCAG 2.1 AA).
    void verifyTextStandsOut(const QString &page)
    {
        QStringList faint;
        int texts = 0;
        forEachVisible(m_window->contentItem(), [&](QQuickItem *item) {
            if (!item->inherits("QQuickText") || !item->isEnabled())
                return; // disabled controls are exempt (WCAG 1.4.3)
            const QString text = item->property("text").toString().trimmed();
            if (text.isEmpty() || !onScreen(item))
                return;
            ++texts;
            const QColor bg = backgroundBehind(item);
            const QColor fg =
                over(item->property("color").value<QColor>(), effectiveOpacity(item), bg);
            const QFont font = item->property("font").value<QFont>();
            const bool large = font.pixelSize() >= 24 || (font.bold() && font.pixelSize() >= 19);
            // A symbol hidden from screen readers beside its word is a graphic: 3:1 (1.4.11).
            const bool decoration =
                QQmlProperty(item, QStringLiteral("Accessible.ignored"), qmlContext(item))
                    .read()
                    .toBool();
            const double needed = large || decoration ? 3.0 : 4.5;
            const double ratio = contrast(fg, bg);
            if (ratio < needed)
                faint << QStringLiteral("'%1' %2 on %3: %4:1 (needs %5:1)")
                             .arg(text.left(40), fg.name(), bg.name())
                             .arg(ratio, 0, 'f', 2)
                             .arg(needed);
        });
        QVERIFY2(texts >= 3,
                 qPrintable(QStringLiteral("only %1 texts on %2").arg(texts).arg(page)));
        QVERIFY2(faint.isEmpty(), qPrintable(QStringLiteral("text too faint on %1:\n  ").arg(page) +
                                             faint.join(QStringLiteral("\n  "))));
    }

    // Every control one can tap on a phone: at least 44×44 px.
    void verifyTargetsAreBigEnough(const QString &page)
    {
        QStringList small;
        int controls = 0;
        forEachVisible(m_window->contentItem(), [&](QQuickItem *item) {
            const bool tappable =
                item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField") ||
                item->inherits("QQuickTextArea") || item->inherits("QQuickComboBox") ||
                item->inherits("QQuickSpinBox") || item->inherits("QQuickSlider");
            if (!tappable || !item->isEnabled() || !onScreen(item) || effectiveOpacity(item) == 0)
                return;
            ++controls;
            if (item->width() < 44 - 0.5 || item->height() < 44 - 0.5)
                small << QStringLiteral("%1 (%2×%3)")
                             .arg(describe(item))
                             .arg(item->width())
                             .arg(item->height());
        });
        QVERIFY2(controls >= 2, qPrintable(QStringLiteral("only %1 controls").arg(controls)));
        QVERIFY2(small.isEmpty(),
                 qPrintable(QStringLiteral("smaller than 44×44 on %1:\n  ").arg(page) +
                            small.join(QStringLiteral("\n  "))));
    }

    bool show(const QString &page, QSize size)
    {
        m_session->session().applyLanguage(QStringLiteral("nl"), false);
        m_window->resize(size);
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, page));
        QTest::qWait(200);
        QString current;
        QMetaObject::invokeMethod(m_window, "currentPage", Q_RETURN_ARG(QString, current));
        return current == page;
    }

    QObject *themeObject()
    {
        // The Theme singleton, as QML sees it.
        if (!m_theme) {
            QQmlComponent c(m_engine.get());
            c.setData(
                "import QtQml\nimport Gangwerk.Ui\nQtObject { property QtObject theme: Theme }",
                QUrl());
            m_themeHolder.reset(c.create());
            if (m_themeHolder)
                m_theme = m_themeHolder->property("theme").value<QObject *>();
        }
        return m_theme;
    }

    template <typename F> static void forEachVisible(QQuickItem *item, F &&f)
    {
        if (!item->isVisible() || item->opacity() == 0)
            return;
        f(item);
        for (QQuickItem *child : item->childItems())
            forEachVisible(child, f);
    }

    bool onScreen(QQuickItem *item) const
    {
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (r.width() < 1 || r.height() < 1)
            return false;
        // Inside the window and not clipped away by a scrolling view.
        if (!r.intersects(QRectF(QPointF(0, 0), m_window->size())))
            return false;
        for (QQuickItem *a = item->parentItem(); a; a = a->parentItem())
            if (a->clip() &&
                !r.intersects(a->mapRectToScene(QRectF(0, 0, a->width(), a->height()))))
                return false;
        return true;
    }

    static double effectiveOpacity(QQuickItem *item)
    {
        double o = 1;
        for (QQuickItem *a = item; a; a = a->parentItem())
            o *= a->opacity();
        return o;
    }

    static QColor over(QColor fg, double opacity, QColor bg)
    {
        const double a = fg.alphaF() * opacity;
        return QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                                float(fg.greenF() * a + bg.greenF() * (1 - a)),
                                float(fg.blueF() * a + bg.blueF() * (1 - a)));
    }

    static double luminance(QColor c)
    {
        const auto lin = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    }

    static double contrast(QColor a, QColor b)
    {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // The colour painted behind @p text's middle: the rectangles drawn before it (its
    // ancestors, the siblings below it on the way up, and what those hold), front to back until
    // an opaque one, blended; the window's colour below everything.
    QColor backgroundBehind(QQuickItem *text) const
    {
        const QPointF at =
            text->mapToScene(QPointF(text->width() / 2, std::min(text->height() / 2, 10.0)));
        QList<QQuickItem *> layers; // front to back
        QQuickItem *child = text;
        for (QQuickItem *a = text->parentItem(); a; child = a, a = a->parentItem()) {
            const QList<QQuickItem *> kids = paintOrder(a);
            const qsizetype mine = kids.indexOf(child);
            for (qsizetype i = mine - 1; i >= 0; --i)
                collect(kids.at(i), at, layers);
            if (isFilledRect(a, at))
                layers << a;
            if (!layers.isEmpty() &&
                layers.last()->property("color").value<QColor>().alpha() == 255)
                break;
        }
        QColor bg = m_window->color();
        for (qsizetype i = layers.size() - 1; i >= 0; --i)
            bg = over(layers.at(i)->property("color").value<QColor>(),
                      effectiveOpacity(layers.at(i)), bg);
        return bg;
    }

    static QList<QQuickItem *> paintOrder(QQuickItem *parent)
    {
        QList<QQuickItem *> kids = parent->childItems();
        std::stable_sort(kids.begin(), kids.end(),
                         [](QQuickItem *x, QQuickItem *y) { return x->z() < y->z(); });
        return kids;
    }

    static bool isFilledRect(QQuickItem *item, QPointF at)
    {
        if (!item->inherits("QQuickRectangle") || !item->isVisible() || item->opacity() == 0)
            return false;
        if (item->property("color").value<QColor>().alpha() == 0)
            return false;
        return item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).contains(at);
    }

    // The filled rectangles in @p item's subtree under @p at, front to back, onto @p layers
    // (stopping at an opaque one).
    static bool collect(QQuickItem *item, QPointF at, QList<QQuickItem *> &layers)
    {
        if (!item->isVisible() || item->opacity() == 0)
            return false;
        const QList<QQuickItem *> kids = paintOrder(item);
        for (qsizetype i = kids.size() - 1; i >= 0; --i)
            if (collect(kids.at(i), at, layers))
                return true;
        if (isFilledRect(item, at)) {
            layers << item;
            return item->property("color").value<QColor>().alpha() == 255;
        }
        return false;
    }

    // The name a screen reader announces: the item's own, or that of the nearest ancestor
    // that gives one (a delegate names the row a button sits in).
    static QString nameOf(QQuickItem *item)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->text(QAccessible::Name) : QString();
    }
    static QString describe(QQuickItem *item)
    {
        return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(item->metaObject()->className()),
                                             item->objectName());
    }

    std::unique_ptr<gw::test::TestSession> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<QObject> m_themeHolder;
    QObject *m_theme = nullptr;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
