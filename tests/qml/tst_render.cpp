// Renders the real Main.qml on a demo store with a pinned clock and writes PNG screenshots of
// the main screens, at phone (390×844) and desktop (1280×800) size, in Dutch and English, plus
// right-to-left shots. Run under Xvfb (Material draws fully there): `./dev screenshot`.
// The images go to $GANGWERK_SCREENSHOT_DIR (default: <build>/screenshots).
#include "activityattendancemodel.h"
#include "activityform.h"
#include "activityrepository.h"
#include "activityweekmodel.h"
#include "calendarexport.h"
#include "clock.h"
#include "devicesservice.h"
#include "displaysettings.h"
#include "hourentryform.h"
#include "hourhistorymodel.h"
#include "hoursrepository.h"
#include "hoursservice.h"
#include "languages.h"
#include "membercontext.h"
#include "memberprogressmodel.h"
#include "paths.h"
#include "permissions.h"
#include "projectrepository.h"
#include "residentsfilter.h"
#include "serverfixture.h"
#include "servicerepository.h"
#include "servicesrules.h"
#include "servicesservice.h"
#include "signalsservice.h"
#include "store.h"
#include "testkeyprovider.h"
#include "testsession.h"

#include <QAccessible>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QImage>
#include <QJSValue>
#include <QPointer>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QtTest>
#include <functional>

#include "projectrepository.h"
#include "qmlplugins.h"

class RenderTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void screens_data();
    void screens();
    void rightToLeft();
    void pausedHome();
    void planningAndWeek();
    void unlockAndWelcome();
    void firstStart();
    void residentsAtScale();
    void largeText_data();
    void largeText();
    void enrolSyncAndResidents();
    void cleanupTestCase();

private:
    void shoot(const QString &page, QSize size, const QString &name);
    /// Shoots what is on screen now, without going to a page (a form after a save).
    void shootAsIs(const QString &name);
    /// What every shot is checked for (with @p allGlyphs, also no letter drawn as a box),
    /// then written as a PNG.
    void verifyAndSave(const QImage &image, const QString &name, bool allGlyphs);
    QQuickItem *seenItem(const QString &objectName) const
    {
        for (const Seen &s : seenItems())
            if (s.item->objectName() == objectName)
                return s.item;
        return nullptr;
    }
    static QRectF sceneRect(const QQuickItem *item)
    {
        return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    }
    /// The phone's bar as a resident sees it: at most five places, each word whole (not cut
    /// with "…"), in reading order (Home first: at the right in a right-to-left language), and
    /// "More" with the other places, which opens where one reads last and leads to them.
    void verifyBottomBar(bool rightToLeft, const QString &prefix)
    {
        QList<QQuickItem *> places;
        for (const Seen &s : seenItems())
            if (s.item->objectName().startsWith(QLatin1String("bottomNav_")))
                places << s.item;
        QVERIFY2(places.size() <= 5 && places.size() >= 3,
                 qPrintable(prefix + QStringLiteral(": %1 places in the bar").arg(places.size())));
        verifyControlsInside(QStringLiteral("bottomNavStrip"), prefix + QStringLiteral("bar"));
        if (QTest::currentTestFailed())
            return;
        // Each word at the bar's size: only one long word may shrink, by a pixel (the chosen
        // place's is bold). Two words take two lines at full size.
        for (QQuickItem *place : places) {
            const QString word = place->property("text").toString();
            for (auto *text : place->findChildren<QQuickItem *>()) {
                if (!text->inherits("QQuickText") || text->property("text").toString() != word)
                    continue;
                const int size = text->property("font").value<QFont>().pixelSize();
                const int shown =
                    text->property("fontInfo").value<QJSValue>().property("pixelSize").toInt();
                QVERIFY2(
                    shown >= size - (word.contains(QLatin1Char(' ')) ? 0 : 1),
                    qPrintable(
                        prefix +
                        QStringLiteral(": '%1' at %2 px, not %3").arg(word).arg(shown).arg(size)));
            }
        }
        QQuickItem *home = seenItem(QStringLiteral("bottomNav_home"));
        QQuickItem *more = seenItem(QStringLiteral("bottomNav_more"));
        QVERIFY2(home && more, qPrintable(prefix + QStringLiteral(": no Home or More")));
        QCOMPARE(sceneRect(home).center().x() > sceneRect(more).center().x(), rightToLeft);
        // The resident's own places that have no room: her history, signals and settings.
        QVERIFY(!visibleItem(QStringLiteral("bottomNav_settings")));
        QVERIFY(!visibleItem(QStringLiteral("moreNav_settings")));
        QVERIFY(pressLikeAUser(QStringLiteral("bottomNav_more")));
        QTRY_VERIFY(visibleItem(QStringLiteral("moreNav_settings")));
        QVERIFY(visibleItem(QStringLiteral("moreNav_history")));
        QVERIFY(visibleItem(QStringLiteral("moreNav_signals")));
        QVERIFY(!visibleItem(QStringLiteral("moreNav_home"))); // in the bar, not twice
        auto *menu = m_window->findChild<QObject *>(QStringLiteral("moreMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        const QRectF entry = sceneRect(seenItem(QStringLiteral("moreNav_settings")));
        QVERIFY2(entry.left() >= 0 && entry.right() <= m_window->width() &&
                     entry.bottom() <= sceneRect(more).top(),
                 qPrintable(prefix + QStringLiteral(": the menu is not above the bar")));
        QCOMPARE(entry.center().x() < m_window->width() / 2.0, rightToLeft);
        {
            // Its entries read in the language's direction: symbol first, then the word.
            QQuickItem *settings = seenItem(QStringLiteral("moreNav_settings"));
            QQuickItem *glyph = nullptr, *word = nullptr;
            for (auto *text : settings->findChildren<QQuickItem *>()) {
                if (!text->inherits("QQuickText"))
                    continue;
                (text->property("text").toString() == settings->property("glyph").toString()
                     ? glyph
                     : word) = text;
            }
            QVERIFY(glyph && word);
            QCOMPARE(sceneRect(glyph).center().x() > sceneRect(word).center().x(), rightToLeft);
        }
        shootAsIs(prefix + QStringLiteral("more"));
        QVERIFY(pressLikeAUser(QStringLiteral("moreNav_settings")));
        QTRY_VERIFY(!menu->property("visible").toBool());
        QString current;
        QVERIFY(QMetaObject::invokeMethod(m_window, "currentPage", Q_RETURN_ARG(QString, current)));
        QCOMPARE(current, QStringLiteral("settings"));
        QVERIFY(more->property("selected").toBool()); // where she is: under "More"
    }
    /// Every control of the form inside its card, side to side: nothing runs out of it (and
    /// out of sight) on a narrow phone; and no words in it cut off with "…".
    void verifyControlsInside(const QString &cardName, const QString &shot) const
    {
        QQuickItem *card = seenItem(cardName);
        QVERIFY2(card, qPrintable(shot + QStringLiteral(": no ") + cardName));
        const QRectF inside = sceneRect(card);
        QStringList out;
        for (const Seen &s : seenItems()) {
            bool under = false;
            for (QQuickItem *p = s.item->parentItem(); p && !under; p = p->parentItem())
                under = p == card;
            if (!under)
                continue;
            // Words cut off with "…" (a field's own placeholder may be).
            QQuickItem *parent = s.item->parentItem();
            if (s.item->inherits("QQuickText") && s.item->property("truncated").toBool() &&
                !(parent &&
                  (parent->inherits("QQuickTextEdit") || parent->inherits("QQuickTextInput"))))
                out << QStringLiteral("'%1' cut off").arg(s.item->property("text").toString());
            if (!s.item->inherits("QQuickControl"))
                continue;
            const QRectF r = sceneRect(s.item);
            if (r.left() < inside.left() - 0.5 || r.right() > inside.right() + 0.5)
                out << QStringLiteral("%1 (%2–%3)")
                           .arg(s.item->objectName().isEmpty()
                                    ? QString::fromLatin1(s.item->metaObject()->className())
                                    : s.item->objectName())
                           .arg(r.left())
                           .arg(r.right());
        }
        QVERIFY2(out.isEmpty(), qPrintable(shot +
                                           QStringLiteral(": cut off or out of the card (%1–%2): ")
                                               .arg(inside.left())
                                               .arg(inside.right()) +
                                           out.mid(0, 6).join(QStringLiteral("; "))));
    }

    /// A field's message is seen under its field (not beside or over it), within the form's
    /// width, and says @p words.
    void verifyMessageUnder(const QString &message, const QString &field, const QString &words,
                            const QString &shot) const
    {
        QQuickItem *m = seenItem(message);
        QQuickItem *f = seenItem(field);
        QVERIFY2(m && f,
                 qPrintable(shot + QStringLiteral(": %1 or %2 not seen").arg(message, field)));
        const QString said = m->property("text").toString();
        QVERIFY2(said == words,
                 qPrintable(shot + QStringLiteral(": %1 says '%2'").arg(message, said)));
        const QRectF mr = sceneRect(m), fr = sceneRect(f);
        QVERIFY2(mr.top() >= fr.bottom() - 0.5,
                 qPrintable(shot + QStringLiteral(": %1 (top %2) is not under %3 (bottom %4)")
                                       .arg(message)
                                       .arg(mr.top())
                                       .arg(field)
                                       .arg(fr.bottom())));
        QVERIFY2(mr.left() >= 0 && mr.right() <= m_window->width(),
                 qPrintable(shot + QStringLiteral(": %1 runs out of the window").arg(message)));
    }
    /// @p item starts on the reading side where @p field does (its right edge right to left).
    void verifyReadingSide(const QString &item, const QString &field, bool rightToLeft,
                           const QString &shot) const
    {
        QQuickItem *i = seenItem(item);
        QQuickItem *f = seenItem(field);
        QVERIFY2(i && f, qPrintable(shot + QStringLiteral(": %1 or %2 not seen").arg(item, field)));
        const QRectF ir = sceneRect(i), fr = sceneRect(f);
        QVERIFY2(rightToLeft ? std::abs(ir.right() - fr.right()) < 2
                             : std::abs(ir.left() - fr.left()) < 2,
                 qPrintable(shot + QStringLiteral(": %1 (%2–%3) does not start where %4 does "
                                                  "(%5–%6)")
                                       .arg(item)
                                       .arg(ir.left())
                                       .arg(ir.right())
                                       .arg(field)
                                       .arg(fr.left())
                                       .arg(fr.right())));
    }

    /// Scrolls the form (a ScrollView) so that its item @p name is near the top, as a reader
    /// scrolls down to it.
    void scrollFormTo(QQuickItem *page, const QString &name) const
    {
        auto *flick = page->property("contentItem").value<QQuickItem *>();
        auto *item = page->findChild<QQuickItem *>(name);
        QVERIFY2(flick && item, qPrintable(name));
        auto *content = flick->property("contentItem").value<QQuickItem *>();
        QVERIFY(content);
        const qreal y = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal most = flick->property("contentHeight").toReal() - flick->height();
        flick->setProperty("contentY", std::max<qreal>(0, std::min(most, y - 120)));
    }
    static void verifyNotBlank(const QImage &image, const QString &name);
    /// What a reader of the pause dialog notices: each choice's circle beside its words, never
    /// over them, on the reading side (the right in right-to-left), and the title aligned the
    /// same way as the text.
    void verifyPauseDialogReads(bool rightToLeft, const QString &shot)
    {
        QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("pauseDialog"));
        QVERIFY2(dialog && dialog->property("opened").toBool(), qPrintable(shot));
        int checked = 0;
        for (const char *name : {"pauseKeep", "pauseMonth", "pauseNextMonth", "pauseWeeks"}) {
            auto *choice = m_window->findChild<QQuickItem *>(QLatin1String(name));
            QVERIFY2(choice, name);
            if (!choice->isVisible())
                continue;
            ++checked;
            auto *indicator = choice->property("indicator").value<QQuickItem *>();
            auto *label = choice->property("contentItem").value<QQuickItem *>();
            QVERIFY2(indicator && label, name);
            const qreal left = label->property("leftPadding").toReal();
            const qreal right = label->property("rightPadding").toReal();
            const QRectF text = label->mapRectToScene(
                QRectF(left, 0, label->width() - left - right, label->height()));
            const QRectF circle =
                indicator->mapRectToScene(QRectF(0, 0, indicator->width(), indicator->height()));
            QVERIFY2(!text.intersects(circle),
                     qPrintable(shot + QLatin1Char(' ') + QLatin1String(name) +
                                QStringLiteral(": the circle covers the words")));
            QVERIFY2(rightToLeft ? circle.left() >= text.right() : circle.right() <= text.left(),
                     qPrintable(shot + QLatin1Char(' ') + QLatin1String(name) +
                                QStringLiteral(": the circle is on the wrong side")));
        }
        QVERIFY2(checked >= 3, qPrintable(shot));
        auto *title = dialog->property("header").value<QQuickItem *>();
        QVERIFY2(title, qPrintable(shot));
        QCOMPARE(title->property("effectiveHorizontalAlignment").toInt(),
                 int(rightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    }

    /// What a reader of the calendar notices: the month in their language, the week starting
    /// on their language's first day at the reading side, the days in reading order (right to
    /// left in Arabic), each written as dates are elsewhere, and the chosen day marked.
    void verifyCalendarReads(const QString &shot)
    {
        QObject *picker = m_window->findChild<QObject *>(QStringLiteral("dayPicker"));
        QVERIFY2(picker && picker->property("opened").toBool(), qPrintable(shot));
        const QLocale locale;
        const bool rtl = m_session->session().isRightToLeft();
        const QDate cursor = QDate::fromString(picker->property("cursor").toString(), Qt::ISODate);
        QVERIFY2(cursor.isValid(), qPrintable(shot));
        auto *month = m_window->findChild<QQuickItem *>(QStringLiteral("dayPickerMonth"));
        QVERIFY2(month, qPrintable(shot));
        QVERIFY2(month->property("text").toString().contains(
                     locale.standaloneMonthName(cursor.month()), Qt::CaseInsensitive),
                 qPrintable(shot + QStringLiteral(": month reads '") +
                            month->property("text").toString() + QLatin1Char('\'')));

        const auto byX = [](QList<QQuickItem *> items) {
            std::sort(items.begin(), items.end(), [](QQuickItem *a, QQuickItem *b) {
                return a->mapToScene({0, 0}).x() < b->mapToScene({0, 0}).x();
            });
            return items;
        };
        auto *weekdays = m_window->findChild<QQuickItem *>(QStringLiteral("dayPickerWeekdays"));
        QVERIFY2(weekdays, qPrintable(shot));
        QList<QQuickItem *> names;
        for (QQuickItem *child : weekdays->childItems())
            if (child->inherits("QQuickText"))
                names << child;
        QCOMPARE(names.size(), 7);
        names = byX(names);
        // Its short name, or its narrow one where the short one does not fit (the overlap
        // check sees that it fits).
        const QString firstName =
            (rtl ? names.constLast() : names.constFirst())->property("text").toString();
        QVERIFY2(firstName == locale.dayName(locale.firstDayOfWeek(), QLocale::ShortFormat) ||
                     firstName == locale.dayName(locale.firstDayOfWeek(), QLocale::NarrowFormat),
                 qPrintable(shot + QStringLiteral(": the week starts with ") + firstName));

        auto *grid = m_window->findChild<QQuickItem *>(QStringLiteral("dayPickerGrid"));
        QVERIFY2(grid, qPrintable(shot));
        QHash<QDate, QQuickItem *> days;
        for (QQuickItem *child : grid->childItems()) {
            const QString name = child->objectName();
            if (child->property("inMonth").toBool() && name.startsWith(QLatin1String("day-")))
                days.insert(QDate::fromString(name.mid(4), Qt::ISODate), child);
        }
        QCOMPARE(days.size(), cursor.daysInMonth());
        int pairs = 0;
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            QQuickItem *day = it.value();
            QCOMPARE(day->property("text").toString(), locale.toString(it.key(), u"d"));
            QQuickItem *next = days.value(it.key().addDays(1));
            if (!next || it.key().dayOfWeek() == (locale.firstDayOfWeek() + 5) % 7 + 1)
                continue; // the last day of a week: the next one starts a new row
            const QRectF a = day->mapRectToScene({0, 0, day->width(), day->height()});
            const QRectF b = next->mapRectToScene({0, 0, next->width(), next->height()});
            QVERIFY2(a.top() == b.top(),
                     qPrintable(shot + QStringLiteral(": %1 and the day after on different rows")
                                           .arg(it.key().toString(Qt::ISODate))));
            QVERIFY2(rtl ? b.right() <= a.left() + 0.5 : b.left() >= a.right() - 0.5,
                     qPrintable(shot + QStringLiteral(": %1 is not after %2 in reading order")
                                           .arg(it.key().addDays(1).toString(Qt::ISODate),
                                                it.key().toString(Qt::ISODate))));
            ++pairs;
        }
        QVERIFY2(pairs >= 20, qPrintable(shot));
        QQuickItem *chosen = days.value(cursor);
        QVERIFY2(chosen && chosen->property("isChosen").toBool(), qPrintable(shot));
        // The focus moves there once the dialog has opened.
        QTRY_VERIFY2(chosen->hasActiveFocus(),
                     qPrintable(shot + QStringLiteral(": the chosen day has no focus")));
    }

    /// The items a user sees on the screen now: visible, not transparent, inside the window and
    /// inside every clipping parent (a list's rows scrolled away do not count), in scene
    /// coordinates, cut to what the clipping parents show.
    struct Seen
    {
        QQuickItem *item;
        QRectF rect; // the part of the item on screen
        QRectF clip; // what its clipping parents let through
    };
    QList<Seen> seenItems() const
    {
        QList<Seen> out;
        const QRectF window(QPointF(0, 0), QSizeF(m_window->size()));
        std::function<void(QQuickItem *, QRectF)> walk = [&](QQuickItem *item, QRectF clip) {
            if (!item->isVisible() || item->opacity() <= 0.01)
                return;
            QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (item->clip())
                clip = clip.intersected(rect);
            if (clip.isEmpty())
                return;
            if (rect.width() > 0.5 && rect.height() > 0.5 && rect.intersects(clip))
                out.append({item, rect.intersected(clip), clip});
            for (QQuickItem *child : item->childItems())
                walk(child, clip);
        };
        walk(m_window->contentItem(), window);
        return out;
    }

    /// Where the words of a text item are painted (a wide label with short text is mostly
    /// empty space), or an empty rect for an item that is no text or shows none.
    static QRectF paintedText(const Seen &seen)
    {
        QQuickItem *item = seen.item;
        if (!item->inherits("QQuickText") || item->property("text").toString().trimmed().isEmpty())
            return {};
        const qreal left = item->property("leftPadding").toReal();
        const qreal right = item->property("rightPadding").toReal();
        const qreal available = item->width() - left - right;
        // A line that neither wraps nor elides is painted in full, also past its box.
        const bool runsOver = item->property("wrapMode").toInt() == 0 &&
                              item->property("elide").toInt() == Qt::ElideNone;
        const qreal content = item->property("contentWidth").toReal();
        const qreal painted = runsOver ? content : std::min(content, available);
        const int align = item->property("effectiveHorizontalAlignment").toInt();
        const qreal x = left + (align == Qt::AlignRight     ? available - painted
                                : align == Qt::AlignHCenter ? (available - painted) / 2
                                                            : 0);
        // As tall as the lines really are: words that run out of their box (a wrapped line
        // the layout gave no room) are drawn over whatever is below.
        const QRectF local(x, item->property("topPadding").toReal(), painted,
                           item->property("contentHeight").toReal());
        return item->mapRectToScene(local).intersected(seen.clip);
    }

    /// What a user notices first on a broken layout: words drawn over other words or over a
    /// control they do not belong to (the chart card over the history rows, a row painted
    /// over the heading). Compares every painted text with every other text and every control
    /// (buttons, fields, cards) that is not its own parent or child.
    void verifyNothingOverlaps(const QString &shot) const
    {
        const QStringList problems = overlapProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(shot + QStringLiteral(": ") +
                                                problems.mid(0, 6).join(QStringLiteral("; "))));
    }
    QStringList overlapProblems() const
    {
        const auto under = [](QQuickItem *item, QQuickItem *ancestor) {
            for (QQuickItem *p = item; p; p = p->parentItem())
                if (p == ancestor)
                    return true;
            return false;
        };
        QList<Seen> seen = seenItems();
        // An open dialog covers the screen on purpose: then only its own content counts. The
        // toast floats over the screen on purpose too.
        QQuickItem *popup = nullptr;
        for (const Seen &s : seen)
            if (s.item->inherits("QQuickPopupItem"))
                popup = s.item;
        seen.removeIf([&](const Seen &s) {
            for (QQuickItem *p = s.item; p; p = p->parentItem())
                if (p->objectName() == QLatin1String("toast"))
                    return true;
            return popup && !under(s.item, popup);
        });
        const auto isControl = [](QQuickItem *item) {
            return item->inherits("QQuickControl") && !item->inherits("QQuickScrollBar") &&
                   !item->inherits("QQuickScrollIndicator") && !item->inherits("QQuickPopupItem");
        };
        const auto describe = [](QQuickItem *item) {
            const QString text = item->property("text").toString().left(40);
            return QStringLiteral("%1 '%2'").arg(
                QString::fromLatin1(item->metaObject()->className()),
                item->objectName().isEmpty() ? text : item->objectName() + QLatin1Char(' ') + text);
        };
        QStringList problems;
        // Controls over controls: a card drawn over a row's button.
        for (qsizetype i = 0; i < seen.size(); ++i) {
            for (qsizetype j = i + 1; j < seen.size(); ++j) {
                QQuickItem *a = seen[i].item;
                QQuickItem *b = seen[j].item;
                if (!isControl(a) || !isControl(b) || under(a, b) || under(b, a))
                    continue;
                const QRectF both = seen[i].rect.intersected(seen[j].rect);
                if (both.width() > 2 && both.height() > 2)
                    problems << describe(a) + QStringLiteral(" overlaps ") + describe(b);
            }
        }
        for (qsizetype i = 0; i < seen.size(); ++i) {
            const QRectF words = paintedText(seen[i]);
            if (words.isEmpty())
                continue;
            QQuickItem *text = seen[i].item;
            const qreal room = text->height() - text->property("topPadding").toReal() -
                               text->property("bottomPadding").toReal();
            if (text->property("wrapMode").toInt() != 0 &&
                text->property("contentHeight").toReal() > room + 2)
                problems << describe(text) + QStringLiteral(" does not fit its place");
            for (qsizetype j = 0; j < seen.size(); ++j) {
                QQuickItem *a = seen[i].item;
                QQuickItem *b = seen[j].item;
                if (i == j || under(a, b) || under(b, a))
                    continue;
                const bool bIsText = b->inherits("QQuickText");
                if (bIsText && j < i)
                    continue; // each pair of texts once
                const QRectF other = bIsText        ? paintedText(seen[j])
                                     : isControl(b) ? seen[j].rect
                                                    : QRectF();
                const QRectF both = words.intersected(other);
                // A pixel of anti-aliasing or a shared border is no overlap.
                if (both.width() > 2 && both.height() > 2)
                    problems << describe(a) + QStringLiteral(" overlaps ") + describe(b);
            }
        }
        return problems;
    }

    /// What a reader of large text notices besides overlap: words cut off with "…" (a field's
    /// hint too), words or controls running out at the side of what shows them
    /// (a phone only scrolls up and down: WCAG 1.4.10).
    QStringList cutOffProblems() const
    {
        QStringList problems;
        const qreal width = m_window->width();
        // A strip that scrolls sideways on purpose (the phone's navigation) shows part of its
        // content at a time.
        const auto inSidewaysStrip = [](QQuickItem *item) {
            for (QQuickItem *p = item->parentItem(); p; p = p->parentItem())
                if (p->inherits("QQuickFlickable") &&
                    p->property("contentWidth").toReal() > p->width() + 1)
                    return true;
            return false;
        };
        for (const Seen &s : seenItems()) {
            QQuickItem *item = s.item;
            if (inSidewaysStrip(item))
                continue;
            // For whoever fixes a layout (GANGWERK_LAYOUT_CULPRITS=1): each item wider than
            // the layout it is in. A layout takes the minimum width of its widest child, and an
            // item without Layout.fillWidth keeps its own width: such an item pulls every
            // sibling out of the screen with it.
            if (qEnvironmentVariableIsSet("GANGWERK_LAYOUT_CULPRITS") && item->parentItem() &&
                item->parentItem()->inherits("QQuickLayout") &&
                item->width() > item->parentItem()->width() + 1) {
                const auto attached = [item](const char *name) {
                    return QQmlProperty(item, QString::fromLatin1(name), qmlContext(item)).read();
                };
                qInfo().noquote() << "wider than its layout:" << item->metaObject()->className()
                                  << item->objectName()
                                  << item->property("text").toString().left(40) << item->width()
                                  << "in" << item->parentItem()->width() << "fillWidth"
                                  << attached("Layout.fillWidth").toBool() << "minimumWidth"
                                  << attached("Layout.minimumWidth").toReal();
            }
            if (item->inherits("QQuickText")) {
                const QString text = item->property("text").toString().left(40);
                if (item->property("truncated").toBool())
                    problems << QStringLiteral("'%1' cut off").arg(text);
                if (drawsEmptyBoxes(item))
                    problems << QStringLiteral("'%1' has letters drawn as empty boxes").arg(text);
                // A word longer than its line, painted past the side of its box.
                const qreal room = item->width() - item->property("leftPadding").toReal() -
                                   item->property("rightPadding").toReal();
                if (item->property("wrapMode").toInt() != 0 &&
                    item->property("elide").toInt() == 0 &&
                    item->property("contentWidth").toReal() > room + 1.5)
                    problems << QStringLiteral("'%1': a word is wider than its line").arg(text);
                // A word broken in two (Text.Wrap breaks where it must: "Spelletjesa/vond")
                // though it would fit on a line of a card on this screen (16 px margins, 14 px
                // padding): a word longer than that may break, nothing else can be done with it.
                if (item->property("wrapMode").toInt() == 4 /* Text.Wrap */ &&
                    item->property("textFormat").toInt() != 1 /* RichText */) {
                    const QFontMetricsF metrics(item->property("font").value<QFont>());
                    const QString all = item->property("text").toString();
                    const qreal line = m_window->width() - 2 * (16 + 14);
                    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, all);
                    for (qsizetype from = 0, to; (to = lines.toNextBoundary()) > 0; from = to) {
                        const QString word = all.mid(from, to - from).trimmed();
                        const qreal wide = metrics.horizontalAdvance(word);
                        if (wide > room + 1.5 && wide <= line) {
                            problems << QStringLiteral("'%1': '%2' (%3 px) is broken over two "
                                                       "lines of %4 px")
                                            .arg(text, word)
                                            .arg(qRound(wide))
                                            .arg(qRound(room));
                            break;
                        }
                    }
                }
                // Shrunk to fit its box (fontSizeMode): smaller than the reader asked for.
                const int asked = item->property("font").value<QFont>().pixelSize();
                const int drawn = item->property("fontInfo")
                                      .value<QJSValue>()
                                      .property(QStringLiteral("pixelSize"))
                                      .toInt();
                if (item->property("fontSizeMode").toInt() != 0 && drawn > 0 && drawn < asked * 0.9)
                    problems << QStringLiteral("'%1' shrunk to %2 px of %3")
                                    .arg(text)
                                    .arg(drawn)
                                    .arg(asked);
                // Where the words would be painted, without the clipping parents.
                const QRectF words =
                    paintedText({item, sceneRect(item), QRectF(-1e6, -1e6, 2e6, 2e6)});
                if (!words.isEmpty() &&
                    (words.left() < s.clip.left() - 1.5 || words.right() > s.clip.right() + 1.5))
                    problems << QStringLiteral("'%1' runs out at the side (%2–%3 of %4–%5)")
                                    .arg(text)
                                    .arg(words.left())
                                    .arg(words.right())
                                    .arg(s.clip.left())
                                    .arg(s.clip.right());
            }
            // A dialog taller than the window: its top or its buttons cannot be reached (what
            // does not fit must scroll inside it).
            if (item->inherits("QQuickPopupItem")) {
                const QRectF r = sceneRect(item);
                if (r.top() < -1.5 || r.bottom() > m_window->height() + 1.5)
                    problems << QStringLiteral("%1 is taller than the window (%2–%3 of 0–%4)")
                                    .arg(item->parent() && !item->parent()->objectName().isEmpty()
                                             ? item->parent()->objectName() // the Dialog's
                                             : QStringLiteral("a dialog"))
                                    .arg(r.top())
                                    .arg(r.bottom())
                                    .arg(m_window->height());
            }
            if (item->inherits("QQuickControl") && !item->inherits("QQuickPopupItem")) {
                const QRectF r = sceneRect(item);
                if (r.left() < -1.5 || r.right() > width + 1.5)
                    problems << QStringLiteral("%1 runs out of the window (%2–%3)")
                                    .arg(item->objectName().isEmpty()
                                             ? QString::fromLatin1(item->metaObject()->className())
                                             : item->objectName())
                                    .arg(r.left())
                                    .arg(r.right());
            }
        }
        return problems;
    }

    /// The whole screen, not only its top: every list or page that scrolls is scrolled from its
    /// top to its end in steps, and each step is checked for overlap and cut-off words.
    QStringList wholeScreenProblems()
    {
        QList<QQuickItem *> scrolling;
        for (const Seen &s : seenItems()) {
            QQuickItem *f = s.item;
            if (f->inherits("QQuickFlickable") && f->height() > 100 &&
                f->property("contentHeight").toReal() > f->height() + 1)
                scrolling << f;
        }
        QStringList problems;
        QSet<QString> said;
        const auto check = [&](const QString &where) {
            waitForStillLayout();
            for (const QString &p : overlapProblems() + cutOffProblems())
                if (!said.contains(p)) {
                    said.insert(p);
                    problems << where + p;
                }
        };
        check(QString());
        for (QQuickItem *f : scrolling) {
            const qreal start = f->property("contentY").toReal();
            const qreal top = f->property("originY").toReal();
            for (qreal y = top + f->height() * 0.7;; y += f->height() * 0.7) {
                const qreal end = top + f->property("contentHeight").toReal() - f->height();
                f->setProperty("contentY", std::min(y, end));
                check(QStringLiteral("%1 at %2: ")
                          .arg(f->objectName())
                          .arg(int(std::min(y, end) - top)));
                if (y >= end)
                    break;
            }
            f->setProperty("contentY", start);
        }
        return problems;
    }

    /// The named items' places, to compare a screen left to right with the same screen right
    /// to left.
    QHash<QString, QRectF> namedGeometry() const
    {
        QHash<QString, QRectF> out;
        QSet<QString> twice;
        for (const Seen &s : seenItems()) {
            const QString name = s.item->objectName();
            if (name.isEmpty())
                continue;
            if (out.contains(name))
                twice.insert(name);
            out.insert(name,
                       s.item->mapRectToScene(QRectF(0, 0, s.item->width(), s.item->height())));
        }
        for (const QString &name : twice)
            out.remove(name);
        return out;
    }

    /// Right to left is the left-to-right screen in a mirror: every named item has the same
    /// size and height, with its left edge where the other's right edge was.
    void verifyMirrored(const QHash<QString, QRectF> &ltr, const QString &shot) const
    {
        const QHash<QString, QRectF> rtl = namedGeometry();
        const qreal width = m_window->width();
        QStringList problems;
        int compared = 0;
        for (auto it = ltr.cbegin(); it != ltr.cend(); ++it) {
            const auto mirrored = rtl.constFind(it.key());
            if (mirrored == rtl.cend())
                continue;
            ++compared;
            const QRectF l = it.value();
            const QRectF r = mirrored.value();
            if (std::abs(r.left() - (width - l.right())) > 1.5 ||
                std::abs(r.width() - l.width()) > 1.5 || std::abs(r.top() - l.top()) > 1.5 ||
                std::abs(r.height() - l.height()) > 1.5) {
                problems << QStringLiteral(
                                "%1 at (%2, %3) %4×%5, mirrored should be (%6, %7) %8×%9")
                                .arg(it.key())
                                .arg(r.left())
                                .arg(r.top())
                                .arg(r.width())
                                .arg(r.height())
                                .arg(width - l.right())
                                .arg(l.top())
                                .arg(l.width())
                                .arg(l.height());
            }
        }
        QVERIFY2(compared >= 3, qPrintable(shot + QStringLiteral(": too few named items")));
        QVERIFY2(problems.isEmpty(), qPrintable(shot + QStringLiteral(": not mirrored: ") +
                                                problems.mid(0, 6).join(QStringLiteral("; "))));
    }

    /// The real Main.qml on @p session in a window of its own (a second device, a first start).
    static QQuickWindow *showSession(QQmlApplicationEngine &engine, gw::Session &session)
    {
        gw::prepareQmlEngine(engine);
        session.attachEngine(&engine);
        engine.load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
    }

    /// Waits until what is on screen stops moving (a list placing 300 rows, a slow sanitizer
    /// build): the items seen and their places are the same twice in a row.
    void waitForStillLayout() const
    {
        const auto snapshot = [this] {
            QList<QPair<const QQuickItem *, QRectF>> out;
            for (const Seen &s : seenItems())
                out.append({s.item, s.rect});
            return out;
        };
        auto before = snapshot();
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(50);
            auto now = snapshot();
            if (now == before)
                return;
            before = std::move(now);
        }
    }

    /// Words a script left unformatted ("[object Object]", "undefined", "NaN") on any text
    /// shown: a number or date that did not become words.
    void verifyNoScriptLeftovers(const QString &shot) const
    {
        static const QRegularExpression leftover(
            QStringLiteral("\\[object |\\bundefined\\b|\\bNaN\\b"));
        for (const Seen &seen : seenItems()) {
            const QVariant text = seen.item->property("text");
            if (text.typeId() == QMetaType::QString)
                QVERIFY2(!leftover.match(text.toString()).hasMatch(),
                         qPrintable(shot + QStringLiteral(": shows '%1'").arg(text.toString())));
        }
    }

    /// Every word drawn as it is written: none set in capitals by the style (as Material does
    /// on a flat button).
    void verifyWordsAsWritten(const QString &shot) const
    {
        for (const Seen &seen : seenItems()) {
            if (!seen.item->inherits("QQuickText"))
                continue;
            const QString text = seen.item->property("text").toString();
            if (text.isEmpty() || text.toUpper() == text)
                continue;
            QVERIFY2(seen.item->property("font").value<QFont>().capitalization() ==
                         QFont::MixedCase,
                     qPrintable(shot + QStringLiteral(": '%1' in capitals").arg(text)));
        }
    }

    /// One set of digits on a screen: the app writes amounts, counts, times and phone numbers
    /// with the digits 0–9, so a date must not bring Arabic-Indic ones (٢٠٢٦) beside them.
    void verifyOneSetOfDigits(const QString &shot) const
    {
        QString western, eastern;
        for (const Seen &seen : seenItems()) {
            const QVariant value = seen.item->property("text");
            if (value.typeId() != QMetaType::QString)
                continue;
            const QString text = value.toString();
            for (const QChar c : text) {
                if (c >= QLatin1Char('0') && c <= QLatin1Char('9') && western.isEmpty())
                    western = text;
                if (((c.unicode() >= 0x0660 && c.unicode() <= 0x0669) ||
                     (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)) &&
                    eastern.isEmpty())
                    eastern = text;
            }
        }
        QVERIFY2(western.isEmpty() || eastern.isEmpty(),
                 qPrintable(
                     shot +
                     QStringLiteral(": '%1' and '%2' use different digits").arg(western, eastern)));
    }

    /// Breaks @p layout into lines of @p width, as a text item does.
    static void layOut(QTextLayout &layout, qreal width)
    {
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(width);
        layout.endLayout();
    }

    /// Whether a text item draws some of its letters as empty boxes: no installed font has them
    /// in its style (Arabic in italic, say). Laid out as the item does, with its font and Qt's
    /// font fallback; rich text (its tags are no letters) is not checked.
    static bool drawsEmptyBoxes(QQuickItem *item)
    {
        const QString text = item->property("text").toString();
        if (text.trimmed().isEmpty() || text.contains(QLatin1Char('<')))
            return false;
        QTextLayout layout(text, item->property("font").value<QFont>());
        layOut(layout, 1e6);
        for (const QGlyphRun &run : layout.glyphRuns())
            for (const quint32 glyph : run.glyphIndexes())
                if (glyph == 0)
                    return true;
        return false;
    }
    void verifyAllGlyphsDrawn(const QString &shot) const
    {
        for (const Seen &seen : seenItems())
            if (seen.item->inherits("QQuickText"))
                QVERIFY2(!drawsEmptyBoxes(seen.item),
                         qPrintable(shot + QStringLiteral(": '%1' has letters drawn as empty boxes")
                                               .arg(seen.item->property("text").toString())));
    }

    /// Whether text item @p item, laid out at its width as it wraps, shows @p number (its
    /// groups apart by a space of any kind) on one line, not broken between its groups.
    /// "" when @p number (groups of digits, "088 123 45 67") reads as one in @p item's text
    /// as the item lays it out (its font, width, wrapping and reading direction): on one line
    /// and its groups from left to right also in a right-to-left sentence. Else what is wrong.
    static QString numberReadsAsOne(QQuickItem *item, const QString &number, bool rightToLeft)
    {
        const QString text = item->property("text").toString();
        QString pattern = QRegularExpression::escape(number);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("[ \u00a0]"));
        const QRegularExpressionMatch found = QRegularExpression(pattern).match(text);
        if (!found.hasMatch())
            return QStringLiteral("not in '%1'").arg(text);
        QTextLayout layout(text, item->property("font").value<QFont>());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // Text.Wrap
        option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(option);
        const qreal width = item->width() - item->property("leftPadding").toReal() -
                            item->property("rightPadding").toReal();
        layOut(layout, width);
        const QTextLine line = layout.lineForTextPosition(int(found.capturedStart()));
        if (line.lineNumber() !=
            layout.lineForTextPosition(int(found.capturedEnd()) - 1).lineNumber())
            return QStringLiteral("on two lines");
        // Where each group is on the line, in the order it is written: the place between its
        // first two digits (a group's very start, next to a change of direction, is as much at
        // the end of the run before it).
        QList<qreal> starts;
        int at = int(found.capturedStart());
        for (const QString &group : number.split(QLatin1Char(' '))) {
            starts << line.cursorToX(group.size() > 1 ? at + 1 : at);
            at += int(group.size()) + 1;
        }
        if (std::adjacent_find(starts.cbegin(), starts.cend(), std::greater_equal<>()) !=
            starts.cend()) {
            QStringList xs;
            for (const qreal x : starts)
                xs << QString::number(x);
            return QStringLiteral("its groups out of order (x: %1)")
                .arg(xs.join(QStringLiteral(", ")));
        }
        return {};
    }

    /// Every ColumnLayout, RowLayout and GridLayout on the screen (shown or not) is Gangwerk.Ui's
    /// (qml/ui/layouts.h): Qt 6.4's own crash when resized right after a child went. A screen
    /// that imports QtQuick.Layouts after Gangwerk.Ui, or not Gangwerk.Ui at all, gets Qt's.
    void verifyOwnLayouts(const QString &shot) const
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 1)
        // Every item the window owns, also those not shown: a closed dialog's, a hidden page's.
        const auto items = m_window->findChildren<QQuickItem *>();
        for (QQuickItem *item : items) {
            if (item->inherits("QQuickGridLayoutBase") && !item->inherits("gw::ColumnLayout") &&
                !item->inherits("gw::RowLayout") && !item->inherits("gw::GridLayout")) {
                const QQmlContext *context = qmlContext(item);
                QFAIL(
                    qPrintable(shot + QStringLiteral(": Qt's own %1 in %2")
                                          .arg(QString::fromLatin1(item->metaObject()->className()),
                                               context ? context->baseUrl().toString()
                                                       : QStringLiteral("?"))));
            }
        }
#else
        Q_UNUSED(shot)
#endif
    }

    /// The first shown item that `target` names (largeTextDialogClicks): an objectName, a
    /// name ending in *, or Type[property=words]. Shown means
    /// visible, also when scrolled out of the window; a popup's items count.
    QQuickItem *findToPress(const QString &target) const
    {
        static const QRegularExpression typed(QStringLiteral("^(\\w+)\\[(\\w+)=([^\\]]+)\\]$"));
        const QRegularExpressionMatch match = typed.match(target);
        const auto matches = [&](QQuickItem *item) {
            if (match.hasMatch())
                return QString::fromLatin1(item->metaObject()->className())
                           .startsWith(match.captured(1) + QLatin1Char('_')) &&
                       item->property(qPrintable(match.captured(2)))
                           .toString()
                           .startsWith(match.captured(3));
            if (target.endsWith(QLatin1Char('*')))
                return item->objectName().startsWith(target.chopped(1));
            return item->objectName() == target;
        };
        std::function<QQuickItem *(QQuickItem *)> walk = [&](QQuickItem *item) -> QQuickItem * {
            if (!item->isVisible())
                return nullptr;
            if (matches(item))
                return item;
            for (QQuickItem *child : item->childItems())
                if (QQuickItem *found = walk(child))
                    return found;
            return nullptr;
        };
        if (QQuickItem *found = walk(m_window->contentItem()))
            return found;
        // Not made yet: a list makes its rows as they scroll into view. Scroll as a user does.
        for (const Seen &seen : seenItems()) {
            QQuickItem *list = seen.item;
            if (!list->inherits("QQuickListView"))
                continue;
            const qreal top = list->property("originY").toReal();
            const qreal end = top + list->property("contentHeight").toReal() - list->height();
            for (qreal y = top; y <= end + list->height(); y += list->height() * 0.7) {
                list->setProperty("contentY", std::min(y, std::max(top, end)));
                QTest::qWait(50);
                if (QQuickItem *found = walk(list))
                    return found;
            }
        }
        return nullptr;
    }

    /// Presses `item` with the mouse as a user would: scrolled into view first.
    /// Presses what @p target names (findToPress) as a user does: scrolled into view first,
    /// then a click in its middle. Found again once the layout is still: a list may make its
    /// rows again meanwhile (after a sync), and the row found first is then gone (AddressSanitizer
    /// caught the click reading it). False when there is nothing to press.
    bool pressLikeAUser(const QString &target) const
    {
        QPointer<QQuickItem> item = findToPress(target);
        if (!item)
            return false;
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto *content = p->property("contentItem").value<QQuickItem *>();
            const QRectF place = item->mapRectToItem(content, item->boundingRect());
            const qreal y = p->property("contentY").toReal();
            if (place.top() < y || place.bottom() > y + p->height())
                p->setProperty("contentY", place.top() - 8);
            // A strip that scrolls sideways (a phone's tabs; right to left, it starts at a
            // negative originX).
            const qreal x = p->property("contentX").toReal();
            const qreal originX = p->property("originX").toReal();
            const qreal widest = p->property("contentWidth").toReal();
            if (widest > p->width() + 1 && (place.left() < x || place.right() > x + p->width())) {
                const qreal to =
                    place.left() < x ? place.left() - 8 : place.right() + 8 - p->width();
                p->setProperty("contentX", std::clamp(to, originX, originX + widest - p->width()));
            }
        }
        waitForStillLayout();
        if (!item)
            item = findToPress(target);
        if (!item)
            return false;
        const QPointF middle = item->mapToScene(item->boundingRect().center());
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, middle.toPoint());
        return true;
    }

    bool visibleItem(const QString &objectName) const
    {
        // Walks the items as drawn: a Repeater's items are not QObject children of the window,
        // so findChild would not see them at all.
        const QList<Seen> seen = seenItems();
        return std::any_of(seen.cbegin(), seen.cend(),
                           [&](const Seen &s) { return s.item->objectName() == objectName; });
    }

    std::unique_ptr<gw::test::TestSession> m_session;
    // The large-text run's own demo device and window (largeText).
    struct LargeText
    {
        QString key;
        std::unique_ptr<gw::test::TestSession> session;
        std::unique_ptr<QQmlApplicationEngine> engine;
        QQuickWindow *window = nullptr;
        ~LargeText() { engine.reset(); } // the window before its session
    };
    std::unique_ptr<LargeText> m_large;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QDir m_out;
    QStringList m_written;
};

void RenderTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_render"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QString dir = qEnvironmentVariable("GANGWERK_SCREENSHOT_DIR",
                                             QStringLiteral(GANGWERK_DEFAULT_SCREENSHOT_DIR));
    QVERIFY(QDir().mkpath(dir));
    m_out = QDir(dir);

    m_session = std::make_unique<gw::test::TestSession>(gw::test::TestSession::pinnedNow(), true);
    QVERIFY(m_session->ok());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    gw::prepareQmlEngine(*m_engine);
    m_session->session().attachEngine(m_engine.get());
    m_engine->load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->property("appVisible").toBool());
}

// A layout that cannot settle ("Polish loop detected", a binding loop) draws a frame wrong, and a
// script error leaves a screen half-updated: each fails the test.
void RenderTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Polish loop detected")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Binding loop detected")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/.*(TypeError|ReferenceError)")));
}

void RenderTest::screens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("sizeName");
    // Arabic lays everything out right to left by itself; Ukrainian is a third script.
    for (const QString &language :
         {QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("uk")}) {
        QTest::addRow("%s-phone", qPrintable(language))
            << language << QSize(390, 844) << QStringLiteral("phone");
        QTest::addRow("%s-desktop", qPrintable(language))
            << language << QSize(1280, 800) << QStringLiteral("desktop");
    }
}

void RenderTest::screens()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, sizeName);
    m_session->session().applyLanguage(language, false);
    const QString prefix = language + QLatin1Char('-') + sizeName + QLatin1Char('-');

    shoot(QStringLiteral("home"), size, prefix + QStringLiteral("home"));
    QVERIFY(visibleItem(QStringLiteral("logButton")));
    QVERIFY(!visibleItem(QStringLiteral("beheerderCard"))); // residents see their own hours
    // Keyboard focus on the filled "log hours" button shows as an orange ring around it.
    {
        auto *log = m_window->findChild<QQuickItem *>(QStringLiteral("logButton"));
        QVERIFY(log);
        QMetaObject::invokeMethod(log, "forceActiveFocus",
                                  Q_ARG(Qt::FocusReason, Qt::TabFocusReason));
        QTRY_VERIFY(log->property("visualFocus").toBool());
        QTest::qWait(100);
        const QImage image = m_window->grabWindow();
        const QRectF button = log->mapRectToScene(QRectF(0, 0, log->width(), log->height()));
        // Theme.focus (qml/ui/Theme.qml), as the ring draws it.
        const QColor focus(0xC2, 0x69, 0x0A);
        int ringPixels = 0;
        for (int x = int(button.left()); x < int(button.right()); ++x) {
            for (const int y : {int(button.top()) - 2, int(button.bottom()) + 1}) {
                const QColor c = image.pixelColor(x, y);
                ringPixels += std::abs(c.red() - focus.red()) +
                                  std::abs(c.green() - focus.green()) +
                                  std::abs(c.blue() - focus.blue()) <
                              60;
            }
        }
        QVERIFY2(ringPixels > button.width(),
                 qPrintable(QStringLiteral("%1 ring pixels").arg(ringPixels)));
        if (language == QLatin1String("nl"))
            image.save(m_out.filePath(prefix + QStringLiteral("home-focus.png")));
        log->setProperty("focus", false);
    }
    if (sizeName == QLatin1String("phone"))
        verifyBottomBar(language == QLatin1String("ar"), prefix);
    shoot(QStringLiteral("chart"), size, prefix + QStringLiteral("chart"));
    shoot(QStringLiteral("log"), size, prefix + QStringLiteral("log"));

    // The form with a rule broken: too few minutes.
    gw::HourEntryForm *form = m_session->session().form();
    form->setMinutes(0);
    QVERIFY(!form->submit());
    QVERIFY(!form->minutesError().isEmpty());
    shoot(QStringLiteral("log"), size, prefix + QStringLiteral("log-error"));
    form->clear();
    // An older day on the calendar: the month in the language's own words and week.
    shoot(QStringLiteral("calendar"), size, prefix + QStringLiteral("log-calendar"));
    verifyCalendarReads(prefix + QStringLiteral("log-calendar"));

    shoot(QStringLiteral("history"), size, prefix + QStringLiteral("history"));
    // The year beside the rows on a desktop, in words below the bars.
    QCOMPARE(visibleItem(QStringLiteral("historyChartCard")), size.width() >= 760);
    if (size.width() >= 760)
        QVERIFY(visibleItem(QStringLiteral("chartSummary")));
    // The hours credited for the cooking evening offer "Not right?"; its question asks the
    // minutes and why, and says in core's words when the reason is missing.
    {
        QQuickItem *notRight = nullptr;
        for (const Seen &s : seenItems())
            if (s.item->objectName().startsWith(QLatin1String("notRight")))
                notRight = s.item;
        QVERIFY2(notRight, "no \"Not right?\" on the credited entry");
        QVERIFY(QMetaObject::invokeMethod(notRight, "clicked"));
        QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("questionDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 5000);
        auto *minutes = m_window->findChild<QQuickItem *>(QStringLiteral("questionMinutes"));
        QVERIFY(minutes);
        QCOMPARE(minutes->property("value").toInt(), 120); // what was credited, to start from
        auto *send = m_window->findChild<QQuickItem *>(QStringLiteral("sendQuestion"));
        auto *error = m_window->findChild<QQuickItem *>(QStringLiteral("questionError"));
        QVERIFY(send && error);
        QVERIFY(QMetaObject::invokeMethod(send, "clicked"));
        QCOMPARE(error->property("text").toString(),
                 gw::activities::disputeMessage(gw::activities::DisputeProblem::ReasonMissing));
        QVERIFY(error->isVisible());
        shootAsIs(prefix + QStringLiteral("history-question"));
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), 5000);
    }
    // The programme, and the full "Samen koken" where Samira waits first on the list: the
    // place is said, she can sign off, and there is no second sign-up button.
    shoot(QStringLiteral("activities"), size, prefix + QStringLiteral("activities"));
    // A phone lists what is coming up; a desktop (wide enough for seven days) shows a week.
    QCOMPARE(visibleItem(QStringLiteral("activitiesList")), size.width() < 760);
    QCOMPARE(visibleItem(QStringLiteral("activityWeek")), size.width() >= 760);
    QVERIFY(!visibleItem(QStringLiteral("activitiesEmpty")));
    // Samira is a resident: nothing to plan.
    QVERIFY(!visibleItem(QStringLiteral("planActivityButton")));
    // Into her calendar app: the button writes the .ics and says where; the programme is not
    // hers to export (she does not see who signed up).
    {
        QVERIFY(visibleItem(QStringLiteral("exportMyCalendar")));
        QVERIFY(!visibleItem(QStringLiteral("exportProgramme")));
        auto *button = m_window->findChild<QQuickItem *>(QStringLiteral("exportMyCalendar"));
        auto *result = m_window->findChild<QQuickItem *>(QStringLiteral("calendarResult"));
        QVERIFY(button && result);
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        const QString said = result->property("text").toString();
        const QString file = m_session->session().calendar()->lastFile();
        QVERIFY2(m_session->session().calendar()->lastOk(), qPrintable(said));
        QVERIFY2(said.contains(QDir::toNativeSeparators(file)), qPrintable(said));
        QVERIFY(QFile::exists(file));
        result->setProperty("text", QString()); // the next shots show the page as it opens
    }
    shoot(QStringLiteral("activity"), size, prefix + QStringLiteral("activity"));
    {
        const QString detail = size.width() >= 760 ? QStringLiteral("activityDetailSide")
                                                   : QStringLiteral("activityDetail");
        QVERIFY(visibleItem(detail));
        auto *shown = m_window->findChild<QQuickItem *>(detail);
        QVERIFY(shown);
        auto *state = shown->findChild<QQuickItem *>(QStringLiteral("activityMyState"));
        QVERIFY(state);
        QVERIFY(visibleItem(QStringLiteral("withdrawButton")));
        QVERIFY(!visibleItem(QStringLiteral("signUpButton")));
        // "On the waiting list, place 1", with the language's own digit.
        const QString words = state->property("text").toString();
        QVERIFY2(words.contains(QLocale().toString(1)), qPrintable(words));
        // The list stays beside the detail on a desktop; a phone shows one at a time.
        QCOMPARE(visibleItem(QStringLiteral("activitiesList")), size.width() >= 760);
    }
    // The Help board: what Samira may take up, her own request with its messages, and the form
    // saying in core's words what is missing.
    shoot(QStringLiteral("help"), size, prefix + QStringLiteral("help"));
    QVERIFY(visibleItem(QStringLiteral("helpList")));
    QVERIFY(visibleItem(QStringLiteral("askOrOfferButton")));
    {
        QObject *help = m_window->findChild<QObject *>(QStringLiteral("helpPage"));
        QVERIFY(help);
        auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("helpList"));
        QVERIFY(list && list->property("count").toInt() > 0); // open posts of her corridor
        QString talked;
        for (const gw::ServicePost &p : m_session->session().services()->posts())
            if (!p.messages.isEmpty())
                talked = p.id;
        QVERIFY(!talked.isEmpty());
        QVERIFY(QMetaObject::invokeMethod(help, "open", Q_ARG(QString, talked)));
        shootAsIs(prefix + QStringLiteral("help-post"));
        QVERIFY(visibleItem(size.width() >= 760 ? QStringLiteral("serviceDetailWide")
                                                : QStringLiteral("serviceDetail")));
        QVERIFY(visibleItem(QStringLiteral("messageField"))); // she talks with her helper
        QVERIFY(!visibleItem(QStringLiteral("takeButton")));  // her own request
        QVERIFY(visibleItem(QStringLiteral("serviceWithdrawButton")));
        QVERIFY(QMetaObject::invokeMethod(help, "showList"));
        auto *ask = m_window->findChild<QQuickItem *>(QStringLiteral("askOrOfferButton"));
        QVERIFY(ask && QMetaObject::invokeMethod(ask, "clicked"));
        auto *post = m_window->findChild<QQuickItem *>(QStringLiteral("servicePost"));
        QVERIFY(post && QMetaObject::invokeMethod(post, "clicked"));
        auto *error = m_window->findChild<QQuickItem *>(QStringLiteral("serviceCategoryError"));
        QVERIFY(error);
        QTRY_COMPARE(error->property("text").toString(),
                     gw::services::problemMessage(gw::services::Problem::CategoryUnknown));
        QTRY_VERIFY(error->isVisible());
        shootAsIs(prefix + QStringLiteral("help-form-error"));
        // "About how long?" says its unit in this language, also after a change of language
        // (the form was made in the language of the first row; a SpinBox writes its text
        // only when asked again).
        {
            QQuickItem *estimate = seenItem(QStringLiteral("estimateBox"));
            QVERIFY(estimate);
            auto words = estimate->property("textFromValue").value<QJSValue>();
            QVERIFY(words.isCallable());
            const QString now = words
                                    .call({QJSValue(estimate->property("value").toInt()),
                                           m_engine->toScriptValue(QLocale())})
                                    .toString();
            QCOMPARE(estimate->property("displayText").toString(), now);
        }
        auto *cancel = m_window->findChild<QQuickItem *>(QStringLiteral("serviceCancel"));
        QVERIFY(cancel && QMetaObject::invokeMethod(cancel, "clicked"));
        // Once: "Not right?" on the help Daan reported for her asks why, and sends it to the
        // beheerder (the dialog closes, the time now waits for the beheerder).
        if (language == QLatin1String("nl") && size.width() < 760) {
            gw::ServicesService *services = m_session->session().services();
            QString reported, occurrence;
            for (const gw::ServicePost &p : services->posts())
                for (const gw::services::Occurrence &o : p.occurrences)
                    if (o.state == gw::services::OccurrenceState::Reported) {
                        reported = p.id;
                        occurrence = o.id;
                    }
            QVERIFY(!reported.isEmpty());
            QVERIFY(QMetaObject::invokeMethod(help, "open", Q_ARG(QString, reported)));
            QTRY_VERIFY(visibleItem(QStringLiteral("disputeButton")));
            QQuickItem *notRight = nullptr;
            for (const Seen &seen : seenItems())
                if (seen.item->objectName() == QLatin1String("disputeButton"))
                    notRight = seen.item;
            QVERIFY(notRight && QMetaObject::invokeMethod(notRight, "clicked"));
            // The phone's own detail (the wide one is there too, hidden), and its dialog.
            auto *detail = m_window->findChild<QQuickItem *>(QStringLiteral("serviceDetail"));
            QVERIFY(detail && detail->isVisible());
            QObject *dialog = detail->findChild<QObject *>(QStringLiteral("disputeDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 5000);
            auto *words = dialog->findChild<QQuickItem *>(QStringLiteral("askWords"));
            auto *ok = dialog->findChild<QQuickItem *>(QStringLiteral("askOk"));
            QVERIFY(words && ok);
            words->setProperty("text", QStringLiteral("Het duurde maar tien minuten."));
            QVERIFY(QMetaObject::invokeMethod(ok, "clicked"));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), 5000);
            const auto after = services->post(reported);
            QVERIFY(after && after->occurrence(occurrence));
            QCOMPARE(after->occurrence(occurrence)->state, gw::services::OccurrenceState::Disputed);
            QVERIFY(QMetaObject::invokeMethod(help, "showList"));
        }
    }
    // Signals: the emergency gate first, her two signals (one answered, one closed); the form
    // says under each field what is missing; her answered signal reads calm words and the answer.
    shoot(QStringLiteral("signals"), size, prefix + QStringLiteral("signals"));
    QVERIFY(visibleItem(QStringLiteral("call112Button")));
    QVERIFY(visibleItem(QStringLiteral("callCrisisButton")));
    {
        // The 24/7 number reads as one, on its button and in the "office closed" banner: no
        // line ends between its groups ("088 123 45" / "67.").
        const QString number = m_session->session()
                                   .signalling()
                                   ->office()
                                   .value(QStringLiteral("emergencyNumber"))
                                   .toString();
        QVERIFY(number.contains(QLatin1Char(' ')));
        auto *button = seenItem(QStringLiteral("callCrisisButton"));
        auto *label = button->property("contentItem").value<QQuickItem *>();
        const bool rtl = language == QLatin1String("ar");
        QVERIFY(label);
        QCOMPARE(numberReadsAsOne(label, number, rtl), QString());
        if (QQuickItem *banner = seenItem(QStringLiteral("officeClosedText")))
            QCOMPARE(numberReadsAsOne(banner, number, rtl), QString());
    }
    QVERIFY(visibleItem(QStringLiteral("raiseSignalButton")));
    {
        gw::Session &session = m_session->session();
        QCOMPARE(session.mySignals()->rowCount(), 2);
        int shownRows = 0;
        for (const Seen &seen : seenItems())
            shownRows += seen.item->objectName() == QLatin1String("signalRow");
        QCOMPARE(shownRows, 2);
        QObject *signalsPage = m_window->findChild<QObject *>(QStringLiteral("signalsPage"));
        QVERIFY(signalsPage && QMetaObject::invokeMethod(signalsPage, "raiseNew"));
        // Shown, though maybe further down the form than the window reaches.
        const auto shown = [&](const char *name) {
            auto *item = m_window->findChild<QQuickItem *>(QLatin1String(name));
            return item && item->isVisible();
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown("signalSend"), 5000);
        // Its choices in the screen's language, also after another language was shown (their
        // words come from C++, which QML's retranslation does not reach by itself).
        using gw::signalrules::Category;
        for (const Category c :
             {Category::NotSeen, Category::Withdrawn, Category::SelfNeglect, Category::Health,
              Category::Nuisance, Category::Building, Category::Other}) {
            const QString name =
                QStringLiteral("signalCategory_") + gw::signalrules::categoryKey(c);
            QQuickItem *choice = findToPress(name); // a Repeater's: not a child QObject
            QVERIFY2(choice, qPrintable(prefix + name));
            QCOMPARE(choice->property("text").toString(), gw::signalrules::categoryLabel(c));
        }
        QVERIFY(visibleItem(QStringLiteral("call112Button"))); // the gate, on the form too
        QVERIFY(!shown("signalCategoryError"));                // nothing said before a first try
        auto *send = m_window->findChild<QQuickItem *>(QStringLiteral("signalSend"));
        QVERIFY(send && QMetaObject::invokeMethod(send, "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(shown("signalCategoryError"), 5000);
        QVERIFY(shown("signalUrgencyError"));
        QVERIFY(shown("signalTextError"));
        QCOMPARE(session.mySignals()->rowCount(), 2); // nothing was sent
        shootAsIs(prefix + QStringLiteral("signal-form-error"));
        auto *cancel = m_window->findChild<QQuickItem *>(QStringLiteral("signalCancel"));
        QVERIFY(cancel && QMetaObject::invokeMethod(cancel, "clicked"));
        QString answered;
        for (const gw::Signal &sig : session.signalling()->signalList())
            if (sig.state == gw::signalrules::State::InProgress)
                answered = sig.id;
        QVERIFY(!answered.isEmpty());
        QVERIFY(QMetaObject::invokeMethod(signalsPage, "open", Q_ARG(QString, answered)));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("signalState")), 5000);
        QVERIFY(!visibleItem(QStringLiteral("signalNoteButton")));   // the beheerder's only
        QQuickItem *state = seenItem(QStringLiteral("signalState")); // the shown detail's
        QVERIFY(state);
        QCOMPARE(state->property("text").toString(),
                 gw::signalrules::progressWords(gw::signalrules::State::InProgress));
        shootAsIs(prefix + QStringLiteral("signal-detail"));
        QVERIFY(QMetaObject::invokeMethod(signalsPage, "showList"));
    }
    shoot(QStringLiteral("settings"), size, prefix + QStringLiteral("settings"));
    // Every language the app speaks can be chosen here again, the one in use marked, and each
    // name stands beside its mark: "English" on an Arabic screen too.
    for (const gw::Language &l : gw::languages()) {
        const QString code = QString::fromLatin1(l.code);
        const QString name = QStringLiteral("language") + code.left(1).toUpper() + code.mid(1);
        QQuickItem *choice = findToPress(name);
        QVERIFY2(choice, qPrintable(prefix + name));
        QCOMPARE(choice->property("checked").toBool(), code == language);
        auto *label = choice->property("contentItem").value<QQuickItem *>();
        QVERIFY2(label, qPrintable(prefix + name));
        QCOMPARE(label->property("effectiveHorizontalAlignment").toInt(),
                 int(language == QLatin1String("ar") ? Qt::AlignRight : Qt::AlignLeft));
    }
    shoot(QStringLiteral("home"), size, QString()); // leave the app on Home
}

// Every main screen, right to left, at both sizes: the same screen as left to right in a
// mirror (each named item's place mirrored), with nothing drawn over anything else.
void RenderTest::rightToLeft()
{
    m_session->session().applyLanguage(QStringLiteral("nl"), false);
    for (const auto &[size, sizeName] : {std::pair{QSize(390, 844), QStringLiteral("phone")},
                                         std::pair{QSize(1280, 800), QStringLiteral("desktop")}}) {
        for (const QString &page :
             {QStringLiteral("home"), QStringLiteral("chart"), QStringLiteral("log"),
              QStringLiteral("calendar"), QStringLiteral("history"), QStringLiteral("activities"),
              QStringLiteral("activity"), QStringLiteral("help"), QStringLiteral("signals"),
              QStringLiteral("settings")}) {
            const QString shot = QStringLiteral("rtl-%1-%2").arg(sizeName, page);
            QGuiApplication::setLayoutDirection(Qt::LeftToRight);
            shoot(page, size, QString());
            const QHash<QString, QRectF> ltr = namedGeometry();
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);
            shoot(page, size, shot);
            verifyMirrored(ltr, shot);
        }
    }
    // The order that drew the chart card over the history rows: right to left switched on
    // a phone-size Home, then History on a desktop.
    shoot(QStringLiteral("home"), {390, 844}, QString());
    shoot(QStringLiteral("history"), {1280, 800},
          QStringLiteral("rtl-desktop-history-after-phone"));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    shoot(QStringLiteral("home"), {1280, 800}, QString());
}

// Paused, Home must not contradict itself: no full ring that reads as done, no "still to go",
// no "asked" in the header, and a screen reader hears the pause, not "… of 0 min done".
void RenderTest::pausedHome()
{
    gw::Session &session = m_session->session();
    session.applyLanguage(QStringLiteral("nl"), false);
    gw::Store &store = session.store();
    gw::ProjectRepository projects(store);
    gw::Member me = *projects.member(projects.selfMemberId());
    const gw::Member before = me;
    me.pausedUntil = session.hours()->today().addMonths(1);
    me.pauses = {{session.hours()->today().addDays(-3), me.pausedUntil, {}, {}, {}}};
    projects.saveMember(me);
    session.hours()->reload();
    QVERIFY(session.hours()->isPaused());
    QVERIFY(session.hours()->doneMinutes() > 0); // what made the ring look full before
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        const QString shot = size.width() < 500 ? QStringLiteral("nl-phone-paused-home")
                                                : QStringLiteral("nl-desktop-paused-home");
        shoot(QStringLiteral("home"), size, shot);
        auto *ring = m_window->findChild<QQuickItem *>(QStringLiteral("progressRing"));
        QVERIFY2(ring, qPrintable(shot));
        QCOMPARE(ring->property("value").toReal(), 0.0);
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(ring);
        QVERIFY2(spoken, qPrintable(shot));
        const QString heard = spoken->text(QAccessible::Description);
        QVERIFY2(heard.contains(QStringLiteral("pauze")) && !heard.contains(QStringLiteral("van ")),
                 qPrintable(heard));
        auto *remaining = m_window->findChild<QQuickItem *>(QStringLiteral("remainingValue"));
        QVERIFY2(remaining, qPrintable(shot));
        QCOMPARE(remaining->property("text").toString(), session.hours()->pausedUntilShortText());
        auto *heading = m_window->findChild<QQuickItem *>(QStringLiteral("homeHeading"));
        QVERIFY2(heading, qPrintable(shot));
        QVERIFY2(!heading->property("subtitle").toString().contains(QStringLiteral("gevraagd")),
                 qPrintable(heading->property("subtitle").toString()));
    }
    projects.saveMember(before);
    session.hours()->reload();
}

// A gangmaker (Daan) plans an activity: the form empty, with core's messages under their
// fields and the focus on the first wrong one, with a room clash named; and on a desktop the
// week, seven days from the language's first day (on the right in Arabic), each activity in
// its day's column by time. In four languages, at both sizes.
void RenderTest::planningAndWeek()
{
    gw::Session &session = m_session->session();
    gw::ProjectRepository projects(session.store());
    const QString samira = projects.selfMemberId();
    projects.setSelfMemberId(QStringLiteral("00000000-0000-4000-8000-0000000000a3"));
    session.context()->reload();
    const auto restore = qScopeGuard([&] {
        session.activityForm()->clear();
        gw::ProjectRepository(session.store()).setSelfMemberId(samira);
        session.context()->reload();
        session.applyLanguage(QStringLiteral("nl"), false);
        shoot(QStringLiteral("home"), {1280, 800}, QString());
    });
    QVERIFY(session.context()->may(gw::Action::CreateActivity));
    gw::ActivityForm *form = session.activityForm();
    gw::ActivityWeekModel *week = session.week();

    for (const QString &language :
         {QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("uk")}) {
        session.applyLanguage(language, false);
        const bool rtl = session.isRightToLeft();
        QCOMPARE(rtl, language == QLatin1String("ar"));
        for (const auto &[size, sizeName] :
             {std::pair{QSize(390, 844), QStringLiteral("phone")},
              std::pair{QSize(1280, 800), QStringLiteral("desktop")}}) {
            const QString prefix = language + QLatin1Char('-') + sizeName + QLatin1Char('-');
            // Empty.
            shoot(QStringLiteral("planActivity"), size, prefix + QStringLiteral("activity-form"));
            QVERIFY(visibleItem(QStringLiteral("activityFormPage")));
            {
                // A time reads hours first, also right to left ("19:00", not "00 : 19"), in
                // the language's digits.
                QQuickItem *hours = seenItem(QStringLiteral("startTimeHours"));
                QQuickItem *minutes = seenItem(QStringLiteral("startTimeMinutes"));
                QVERIFY(hours && minutes);
                QVERIFY2(sceneRect(hours).right() <= sceneRect(minutes).left(),
                         qPrintable(prefix + QStringLiteral(": minutes before hours")));
                const QLocale here;
                QCOMPARE(hours->property("displayText").toString(),
                         here.toString(hours->property("value").toInt())
                             .rightJustified(2, here.zeroDigit().at(0)));
            }
            QVERIFY(visibleItem(QStringLiteral("activityTitleField")));
            QVERIFY(!visibleItem(QStringLiteral("titleError")));
            auto *page = m_window->findChild<QQuickItem *>(QStringLiteral("activityFormPage"));
            QVERIFY(page);
            auto *titleField =
                m_window->findChild<QQuickItem *>(QStringLiteral("activityTitleField"));
            QVERIFY(titleField);
            QTRY_VERIFY(titleField->hasActiveFocus());

            // Saved empty: core's words under the name and the place; the focus on the name.
            QVERIFY(QMetaObject::invokeMethod(page, "submit"));
            QVERIFY(!form->titleError().isEmpty());
            QVERIFY(!form->placeError().isEmpty());
            const QString shot = prefix + QStringLiteral("activity-form-errors");
            shootAsIs(shot);
            {
                // "Choose a place" under the box, so the box shows no place as chosen either.
                QQuickItem *placeBox = seenItem(QStringLiteral("placeBox"));
                QVERIFY2(placeBox, qPrintable(shot));
                QCOMPARE(placeBox->property("currentIndex").toInt(), form->placeIndex());
                QCOMPARE(placeBox->property("currentIndex").toInt(), -1);
            }
            QTRY_VERIFY(titleField->hasActiveFocus());
            verifyMessageUnder(QStringLiteral("titleError"), QStringLiteral("activityTitleField"),
                               form->titleError(), shot);
            verifyMessageUnder(QStringLiteral("placeError"), QStringLiteral("placeBox"),
                               form->placeError(), shot);
            verifyControlsInside(QStringLiteral("activityFormCard"), shot);
            // The field's words start on the reading side, as the field does.
            auto *field = seenItem(QStringLiteral("activityTitleField"));
            auto *message = seenItem(QStringLiteral("titleError"));
            const QRectF fr = sceneRect(field), mr = sceneRect(message);
            QVERIFY2(
                rtl ? std::abs(mr.right() - fr.right()) < 2 : std::abs(mr.left() - fr.left()) < 2,
                qPrintable(shot + QStringLiteral(": the message is not aligned with its field")));

            // A room clash: the coffee morning is in the corridor's room on Tuesday 17
            // November, 10:00–11:30.
            form->setTitle(QStringLiteral("Taalcafé"));
            form->setPlaceIndex(
                int(form->placeNames().indexOf(QStringLiteral("Huiskamer Gang 2"))));
            form->setDayIso(QStringLiteral("2026-11-17"));
            form->setStartMinutes(10 * 60 + 30);
            form->setEndMinutes(12 * 60);
            QVERIFY(QMetaObject::invokeMethod(page, "submit"));
            QVERIFY2(form->clashError().contains(QStringLiteral("Koffieochtend")),
                     qPrintable(form->clashError()));
            const QString clash = prefix + QStringLiteral("activity-form-clash");
            shootAsIs(clash);
            auto *dayButton =
                m_window->findChild<QQuickItem *>(QStringLiteral("activityDayButton"));
            QVERIFY(dayButton);
            QTRY_VERIFY(dayButton->hasActiveFocus());
            verifyMessageUnder(QStringLiteral("clashError"), QStringLiteral("endTimeHours"),
                               form->clashError(), clash);
            verifyControlsInside(QStringLiteral("activityFormCard"), clash);
            QVERIFY(!visibleItem(QStringLiteral("titleError")));

            // Repeating: every Wednesday afternoon in the corridor's room. The section right
            // under the times, open, with the series in core's words under the last day.
            form->clear();
            form->setTitle(QStringLiteral("Taalcafé"));
            form->setPlaceIndex(
                int(form->placeNames().indexOf(QStringLiteral("Huiskamer Gang 2"))));
            form->setDayIso(QStringLiteral("2026-11-18"));
            form->setStartMinutes(14 * 60);
            form->setEndMinutes(15 * 60 + 30);
            form->setRepeat(QStringLiteral("weekly"));
            QVERIFY(!form->repeatPreview().isEmpty());
            scrollFormTo(page, QStringLiteral("repeatBox"));
            const QString repeat = prefix + QStringLiteral("activity-form-repeat");
            shootAsIs(repeat);
            {
                QQuickItem *box = seenItem(QStringLiteral("repeatBox"));
                QQuickItem *end = seenItem(QStringLiteral("endTimeHours"));
                QVERIFY2(box && end,
                         qPrintable(repeat + QStringLiteral(": repeat or end not seen")));
                QVERIFY2(sceneRect(box).top() >= sceneRect(end).bottom(),
                         qPrintable(repeat + QStringLiteral(": Repeats is not under the times")));
            }
            verifyMessageUnder(QStringLiteral("repeatPreview"), QStringLiteral("repeatUntilButton"),
                               form->repeatPreview(), repeat);
            verifyReadingSide(QStringLiteral("repeatPreview"), QStringLiteral("repeatBox"), rtl,
                              repeat);
            verifyControlsInside(QStringLiteral("activityFormCard"), repeat);
            QVERIFY(!visibleItem(QStringLiteral("repeatError")));

            // The last day on the first date itself: core's message under the repeat fields,
            // the focus on the last day.
            form->setRepeatUntilIso(QStringLiteral("2026-11-18"));
            QVERIFY(QMetaObject::invokeMethod(page, "submit"));
            QCOMPARE(form->firstErrorField(), QStringLiteral("repeat"));
            const QString repeatError = prefix + QStringLiteral("activity-form-repeat-error");
            shootAsIs(repeatError);
            auto *untilButton =
                m_window->findChild<QQuickItem *>(QStringLiteral("repeatUntilButton"));
            QVERIFY(untilButton);
            QTRY_VERIFY(untilButton->hasActiveFocus());
            verifyMessageUnder(QStringLiteral("repeatError"), QStringLiteral("repeatUntilButton"),
                               form->repeatError(), repeatError);
            verifyReadingSide(QStringLiteral("repeatError"), QStringLiteral("repeatUntilButton"),
                              rtl, repeatError);
            verifyControlsInside(QStringLiteral("activityFormCard"), repeatError);
            QVERIFY(!visibleItem(QStringLiteral("repeatPreview")));
            form->clear();

            // Earlier: attendance over time, for a gangmaker his corridor's; the demo's past
            // cooking evening is in it. Each month's name on the reading side of its bar.
            {
                shoot(QStringLiteral("activities"), size, QString());
                auto *tabs = m_window->findChild<QQuickItem *>(QStringLiteral("activitiesTabs"));
                QVERIFY(tabs);
                tabs->setProperty("currentIndex", 2);
                const QString shot = prefix + QStringLiteral("activities-attendance");
                shootAsIs(shot);
                const auto restoreTab = qScopeGuard([&] { tabs->setProperty("currentIndex", 0); });
                QVERIFY(session.attendance()->available());
                QVERIFY2(visibleItem(QStringLiteral("attendanceCard")), qPrintable(shot));
                QCOMPARE(seenItem(QStringLiteral("attendanceSummary"))->property("text").toString(),
                         session.attendance()->summary());
                verifyControlsInside(QStringLiteral("attendanceCard"), shot);
                int bars = 0, months = 0;
                QList<QRectF> labels;
                // Where the month's words are painted (a label's box may be narrower); each
                // month named as the model names it, in order.
                for (const Seen &seen : seenItems())
                    if (seen.item->objectName() == QLatin1String("attendanceMonth")) {
                        QCOMPARE(seen.item->property("text").toString(),
                                 session.attendance()
                                     ->index(int(labels.size()))
                                     .data(gw::ActivityAttendanceModel::MonthRole)
                                     .toString());
                        labels << paintedText(seen);
                    }
                QCOMPARE(labels.size(), session.attendance()->rowCount());
                for (const Seen &seen : seenItems()) {
                    if (seen.item->objectName() != QLatin1String("attendanceBar") ||
                        seen.item->width() <= 0)
                        continue;
                    ++bars;
                    const QRectF bar = sceneRect(seen.item);
                    // The label of the same row: the one level with the bar.
                    for (const QRectF &label : labels)
                        if (std::abs(label.center().y() - bar.center().y()) < label.height() / 2)
                            QVERIFY2(rtl ? label.left() >= bar.right() - 1
                                         : label.right() <= bar.left() + 1,
                                     qPrintable(shot + QStringLiteral(": a month's bar is not "
                                                                      "after its name")));
                }
                for (int row = 0; row < session.attendance()->rowCount(); ++row)
                    months += session.attendance()
                                  ->index(row)
                                  .data(gw::ActivityAttendanceModel::CameRole)
                                  .toInt() > 0;
                QVERIFY2(months >= 1, qPrintable(shot + QStringLiteral(": the demo's evening")));
                QCOMPARE(bars, months);
                // Each month's count in the language's digits: came of signed up.
                int counts = 0;
                for (const Seen &seen : seenItems())
                    if (seen.item->objectName() == QLatin1String("attendanceCount")) {
                        const auto m = session.attendance()->index(counts++);
                        const QString text = seen.item->property("text").toString();
                        QVERIFY2(text.contains(QLocale().toString(
                                     m.data(gw::ActivityAttendanceModel::CameRole).toInt())),
                                 qPrintable(shot + QStringLiteral(": count '%1'").arg(text)));
                    }
                QCOMPARE(counts, session.attendance()->rowCount());
            }

            if (size.width() < 760)
                continue;
            // The week, moved to the one with the coffee morning.
            shoot(QStringLiteral("activities"), size, QString());
            while (!week->dayIsos().contains(QStringLiteral("2026-11-17")))
                week->nextWeek();
            const QString weekShot = prefix + QStringLiteral("activities-week");
            shootAsIs(weekShot);
            QVERIFY(visibleItem(QStringLiteral("activityWeek")));
            QVERIFY(!visibleItem(QStringLiteral("activitiesList")));
            // The closed form left no focus ring behind.
            QVERIFY(!visibleItem(QStringLiteral("focusRing")));
            QList<QRectF> days;
            for (int i = 0; i < 7; ++i) {
                QQuickItem *day = seenItem(QStringLiteral("weekDay%1").arg(i));
                QVERIFY2(day, qPrintable(weekShot + QStringLiteral(": day %1 not seen").arg(i)));
                days << sceneRect(day);
            }
            // The language's first day on the reading side, the days in reading order.
            for (int i = 0; i + 1 < 7; ++i)
                QVERIFY2(rtl ? days[i + 1].right() <= days[i].left()
                             : days[i + 1].left() >= days[i].right(),
                         qPrintable(weekShot + QStringLiteral(": day %1 is not after day %2 in "
                                                              "reading order")
                                                   .arg(i + 1)
                                                   .arg(i)));
            const QDate first = QDate::fromString(week->dayIsos().constFirst(), Qt::ISODate);
            QCOMPARE(first.dayOfWeek(), int(QLocale().firstDayOfWeek()));
            auto *heading = seenItem(QStringLiteral("weekDayHeading0"));
            QVERIFY(heading);
            QCOMPARE(heading->property("text").toString(),
                     QLocale().toString(first, QStringLiteral("ddd d MMM")));
            // Each activity in its day's column, by time, with its time and fill written.
            int blocks = 0;
            QHash<int, qreal> lastTop;
            for (const Seen &seen : seenItems()) {
                if (seen.item->objectName() != QLatin1String("weekBlock"))
                    continue;
                ++blocks;
                const int column = seen.item->property("column").toInt();
                const QRectF r = sceneRect(seen.item);
                QVERIFY2(days[column].contains(r.center()),
                         qPrintable(weekShot + QStringLiteral(": '%1' is not in its day's column")
                                                   .arg(seen.item->property("title").toString())));
                QVERIFY2(r.top() > lastTop.value(column, -1),
                         qPrintable(weekShot + QStringLiteral(": '%1' is out of time order")
                                                   .arg(seen.item->property("title").toString())));
                lastTop[column] = r.top();
            }
            QCOMPARE(blocks, week->rowCount());
            QVERIFY2(blocks >= 2, qPrintable(weekShot));
            // No word of a title is broken in two (a narrow column sets a long one smaller):
            // each fits the title's width in the title's own font.
            for (const Seen &seen : seenItems()) {
                if (seen.item->objectName() != QLatin1String("weekBlockTitle"))
                    continue;
                const QString title = seen.item->property("text").toString();
                const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                const QFontMetricsF metrics(seen.item->property("font").value<QFont>());
                for (const QString &word : words)
                    QVERIFY2(metrics.horizontalAdvance(word) <= seen.item->width(),
                             qPrintable(weekShot + QStringLiteral(": '%1' is wider than its "
                                                                  "title (%2 of %3 px)")
                                                       .arg(word)
                                                       .arg(metrics.horizontalAdvance(word))
                                                       .arg(seen.item->width())));
                QVERIFY2(seen.item->property("lineCount").toInt() <= words.size(),
                         qPrintable(weekShot + QStringLiteral(": '%1' is broken inside a word "
                                                              "(%2 lines)")
                                                   .arg(title)
                                                   .arg(seen.item->property("lineCount").toInt())));
            }
            // The coffee morning on Tuesday 17 November.
            const int tuesday = int(week->dayIsos().indexOf(QStringLiteral("2026-11-17")));
            bool coffee = false;
            for (int row = 0; row < week->rowCount(); ++row)
                coffee |=
                    week->index(row).data(gw::ActivityWeekModel::TitleRole).toString() ==
                        QLatin1String("Koffieochtend") &&
                    week->index(row).data(gw::ActivityWeekModel::ColumnRole).toInt() == tuesday;
            QVERIFY(coffee);
        }
    }

    // With larger text a desktop's day columns would be too narrow for it: the list instead.
    // (Switched while the window shows: no screen may loop in its layout as it follows.)
    session.applyLanguage(QStringLiteral("nl"), false);
    shoot(QStringLiteral("home"), {1280, 800}, QString());
    QVERIFY(session.display()->applyTextSize(150, false));
    const auto normalText =
        qScopeGuard([&] { QVERIFY(session.display()->applyTextSize(100, false)); });
    shoot(QStringLiteral("activities"), {1280, 800}, QStringLiteral("nl-desktop-activities-large"));
    QVERIFY(!visibleItem(QStringLiteral("activityWeek")));
    QVERIFY(visibleItem(QStringLiteral("activitiesList")));
}

// The passphrase screen (no keystore) and the first-run welcome, on a session of their own.
void RenderTest::unlockAndWelcome()
{
    QTemporaryDir dir;
    gw::TestKeyProvider keys;
    keys.setUnavailable(true);
    gw::Session *previous = gw::Session::instance();
    gw::Session session(std::make_unique<gw::FixedClock>(gw::test::TestSession::pinnedNow()));
    gw::Session::setInstance(&session);
    session.applyLanguage(QStringLiteral("nl"), false);
    QQmlApplicationEngine engine;
    gw::prepareQmlEngine(engine);
    session.attachEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QVERIFY(window);
    std::swap(window, m_window);
    session.start(&keys, gw::Paths::storeFile(dir.path()), false);
    QTRY_COMPARE(session.state(), gw::Session::State::NeedPassphrase);
    shoot(QStringLiteral("home"), {390, 844}, QStringLiteral("nl-phone-unlock"));
    session.submitPassphrase(QStringLiteral("kort"), QStringLiteral("kort"));
    shoot(QStringLiteral("home"), {1280, 800}, QStringLiteral("nl-desktop-unlock-error"));
    session.submitPassphrase(QStringLiteral("een lange wachtzin"),
                             QStringLiteral("een lange wachtzin"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), gw::Session::State::Ready, 10000);
    shoot(QStringLiteral("home"), {390, 844}, QStringLiteral("nl-phone-welcome"));
    std::swap(window, m_window);
    gw::Session::setInstance(previous);
    session.applyLanguage(QStringLiteral("en"), false);
}

// The very first start: the language picker (every language named in its own script), then
// the three intro screens and the enrol screen in the language picked: Arabic, right to left.
void RenderTest::firstStart()
{
    gw::Session *previous = gw::Session::instance();
    gw::sync::SyncEngine::Options options;
    options.automatic = false;
    gw::test::TestSession fresh(gw::test::TestSession::pinnedNow(), false, true, options);
    QVERIFY(fresh.ok());
    gw::Session &session = fresh.session();
    session.setAskLanguage(true);
    session.setIntroPending(true);
    QQmlApplicationEngine engine;
    QQuickWindow *window = showSession(engine, session);
    QVERIFY(window);
    std::swap(window, m_window);
    const auto restore = qScopeGuard([&] {
        std::swap(window, m_window);
        gw::Session::setInstance(previous);
        m_session->session().applyLanguage(QStringLiteral("nl"), false);
    });
    const auto shootHere = [&](QSize size, const QString &name) {
        m_window->resize(size);
        QTest::qWait(300);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), size, 2000);
        waitForStillLayout();
        const QImage image = m_window->grabWindow();
        verifyNotBlank(image, name);
        verifyNothingOverlaps(name);
        image.save(m_out.filePath(name + QStringLiteral(".png")));
        m_written << m_out.filePath(name + QStringLiteral(".png"));
    };

    shootHere({390, 844}, QStringLiteral("first-phone-language"));
    shootHere({1280, 800}, QStringLiteral("first-desktop-language"));
    QVERIFY(visibleItem(QStringLiteral("languagePage")));
    QVERIFY(!visibleItem(QStringLiteral("enrolPage")));
    for (const char *code : {"nl", "en", "ar", "uk"})
        QVERIFY2(visibleItem(QStringLiteral("pickLanguage_") + QLatin1String(code)), code);

    // A tap on العربية: the app speaks Arabic and reads right to left from here on.
    m_window->resize({390, 844});
    QTest::qWait(100);
    QQuickItem *arabic = nullptr;
    for (const Seen &seen : seenItems())
        if (seen.item->objectName() == QLatin1String("pickLanguage_ar"))
            arabic = seen.item;
    QVERIFY(arabic);
    QTest::mouseClick(
        m_window, Qt::LeftButton, {},
        arabic->mapToScene(QPointF(arabic->width() / 2, arabic->height() / 2)).toPoint());
    QTRY_COMPARE(session.language(), QStringLiteral("ar"));
    QVERIFY(session.isRightToLeft());
    QVERIFY(!session.askLanguage());
    QTRY_VERIFY(!visibleItem(QStringLiteral("languagePage")));
    QVERIFY(visibleItem(QStringLiteral("introPage")));
    auto *title = m_window->findChild<QQuickItem *>(QStringLiteral("introTitle"));
    QVERIFY(title);
    // In Arabic script (U+0600–U+06FF), not the English source.
    const QString words = title->property("text").toString();
    QVERIFY2(std::any_of(words.cbegin(), words.cend(),
                         [](QChar c) { return c.unicode() >= 0x600 && c.unicode() <= 0x6FF; }),
             qPrintable(words));
    shootHere({390, 844}, QStringLiteral("first-ar-phone-intro"));
    for (int step = 0; step < 3; ++step) {
        QQuickItem *next = nullptr;
        for (const Seen &seen : seenItems())
            if (seen.item->objectName() == QLatin1String("introNext"))
                next = seen.item;
        QVERIFY(next);
        // Right to left, "next" sits on the left.
        QVERIFY(next->mapToScene(QPointF(0, 0)).x() < m_window->width() / 2);
        QTest::mouseClick(
            m_window, Qt::LeftButton, {},
            next->mapToScene(QPointF(next->width() / 2, next->height() / 2)).toPoint());
        QTest::qWait(50);
    }
    QTRY_VERIFY(!session.introPending());
    QTRY_VERIFY(visibleItem(QStringLiteral("enrolPage")));
    shootHere({390, 844}, QStringLiteral("first-ar-phone-enrol"));
    shootHere({1280, 800}, QStringLiteral("first-ar-desktop-enrol"));
    // The device name offered is neutral and in Arabic: no computer name in it.
    const QString device = session.enrolment()->defaultDeviceName();
    QVERIFY2(!device.contains(QSysInfo::machineHostName()), qPrintable(device));
    QVERIFY2(std::any_of(device.cbegin(), device.cend(),
                         [](QChar c) { return c.unicode() >= 0x600 && c.unicode() <= 0x6FF; }),
             qPrintable(device));
}

// A beheerder of a 300-studio project: the Residents screen grouped by corridor, with counts,
// search and keys that move at once, at both sizes and right to left; her Home names who may
// need a conversation.
void RenderTest::residentsAtScale()
{
    gw::Session *previous = gw::Session::instance();
    gw::test::TestSession big(gw::test::TestSession::pinnedNow(), false, true, [] {
        gw::sync::SyncEngine::Options o;
        o.automatic = false;
        return o;
    }());
    QVERIFY(big.ok());
    gw::Session &session = big.session();
    {
        gw::ProjectRepository projects(session.store());
        gw::HoursRepository ledger(session.store());
        gw::Transaction tx(session.store());
        gw::Project p;
        p.id = gw::newId();
        p.name = QStringLiteral("Hof van Twaalf");
        p.requirement = {10 * 60, gw::hours::Period::Month};
        projects.saveProject(p);
        gw::Member me;
        me.id = gw::newId();
        me.projectId = p.id;
        me.displayName = QStringLiteral("Inge");
        me.role = gw::Role::Beheerder;
        projects.saveMember(me);
        projects.setSelfMemberId(me.id);
        for (int i = 1; i <= 300; ++i) {
            gw::Member m;
            m.id = gw::newId();
            m.projectId = p.id;
            m.displayName = QStringLiteral("Bewoner %1").arg(i);
            m.gang = QStringLiteral("Gang %1").arg((i - 1) / 30 + 1);
            m.movedIn = QDate(2025, 1, 1);
            projects.saveMember(m);
            if (i % 3 == 0)
                continue;
            gw::HourEntry e;
            e.id = gw::newId();
            e.memberId = m.id;
            e.day = QDate(2026, 11, 2 + i % 10);
            e.minutes = 60 * (1 + i % 6);
            e.category = QStringLiteral("buurtdienst");
            e.createdAt = session.clock().now();
            ledger.append(e);
        }
        tx.commit();
    }
    session.hours()->reload();
    QTRY_COMPARE(session.members()->rowCount(), 300);
    QQmlApplicationEngine engine;
    QQuickWindow *window = showSession(engine, session);
    QVERIFY(window);
    std::swap(window, m_window);
    const auto restore = qScopeGuard([&] {
        std::swap(window, m_window);
        gw::Session::setInstance(previous);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    });

    // Home: who may need a conversation, by name.
    shoot(QStringLiteral("home"), {1280, 800}, QStringLiteral("nl-desktop-home-300"));
    QVERIFY(visibleItem(QStringLiteral("conversationCard")));
    const int behind = session.members()->behindCount();
    QVERIFY(behind > 0 && behind < 300);
    auto *conversation = m_window->findChild<QQuickItem *>(QStringLiteral("conversationText"));
    QVERIFY(conversation);
    QVERIFY2(conversation->property("text").toString().contains(
                 session.members()->behindNames().constFirst()),
             qPrintable(conversation->property("text").toString()));

    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        const QString sizeName =
            size.width() < 500 ? QStringLiteral("phone") : QStringLiteral("desktop");
        shoot(QStringLiteral("residents"), size,
              QStringLiteral("nl-%1-residents-300").arg(sizeName));
        auto *shown = m_window->findChild<QQuickItem *>(QStringLiteral("residentsShown"));
        QVERIFY(shown);
        QCOMPARE(shown->property("text").toString(), QStringLiteral("300 van 300 bewoners"));
        QVERIFY(visibleItem(QStringLiteral("gangHeading")));
        QVERIFY(visibleItem(QStringLiteral("show_behind")));
    }

    // A resident's own page: months, entries, pauses; Back returns to the list.
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        shoot(QStringLiteral("resident"), size,
              QStringLiteral("nl-%1-resident")
                  .arg(size.width() < 500 ? QStringLiteral("phone") : QStringLiteral("desktop")));
        QVERIFY(visibleItem(QStringLiteral("residentPage")));
        auto *heading = m_window->findChild<QQuickItem *>(QStringLiteral("residentHeading"));
        QVERIFY(heading);
        QCOMPARE(heading->property("title").toString(), QStringLiteral("Bewoner 1"));
        QCOMPARE(session.residentHistory()->rowCount(), 1); // Bewoner 1 filled in one entry
        QVERIFY(visibleItem(QStringLiteral("residentEntry")));
        QVERIFY(visibleItem(QStringLiteral("residentChart")));
        // The line under her bars tells her month, not an earlier resident's or the last one
        // drawn.
        QString summary = session.residentMonths()->summaries().constLast();
        summary[0] = summary[0].toUpper();
        QVERIFY2(summary.contains(QStringLiteral(": 2 uur van 10 uur")), qPrintable(summary));
        int lines = 0;
        for (const Seen &seen : seenItems()) {
            if (seen.item->objectName() == QLatin1String("chartSummary")) {
                ++lines;
                QCOMPARE(seen.item->property("text").toString(), summary);
            }
        }
        QCOMPARE(lines, 1);
    }
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!visibleItem(QStringLiteral("residentPage")));

    // The keys a beheerder uses on a long list move the current row at once.
    auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("memberList"));
    QVERIFY(list);
    list->forceActiveFocus();
    QTest::keyClick(m_window, Qt::Key_End);
    QCOMPARE(list->property("currentIndex").toInt(), 299);
    QTRY_VERIFY(visibleItem(QStringLiteral("memberName")));
    QTest::keyClick(m_window, Qt::Key_Home);
    QCOMPARE(list->property("currentIndex").toInt(), 0);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    const int afterPage = list->property("currentIndex").toInt();
    QVERIFY2(afterPage > 2, qPrintable(QString::number(afterPage)));
    QTest::keyClick(m_window, Qt::Key_Down);
    QCOMPARE(list->property("currentIndex").toInt(), afterPage + 1);
    shoot(QStringLiteral("residents"), {1280, 800}, QString());

    // Found by a part of the name; the counts stay the project's.
    session.residents()->setQuery(QStringLiteral("bewoner 10"));
    QTRY_COMPARE(session.residents()->count(), 11); // 10 and 100 … 109, and nothing else
    shoot(QStringLiteral("residents"), {390, 844}, QStringLiteral("nl-phone-residents-300-search"));
    auto *shown = m_window->findChild<QQuickItem *>(QStringLiteral("residentsShown"));
    QCOMPARE(shown->property("text").toString(), QStringLiteral("11 van 300 bewoners"));
    session.residents()->setQuery(QString());
    session.residents()->setShow(QStringLiteral("behind"));
    QTRY_COMPARE(session.residents()->count(), behind);
    shoot(QStringLiteral("residents"), {1280, 800},
          QStringLiteral("nl-desktop-residents-300-behind"));

    // The month report for the housing provider, read back as a provider would: the CSV in a
    // spreadsheet's terms, the PDF as its text.
    session.residents()->setShow(QStringLiteral("all"));
    QTemporaryDir reports;
    const QString said = session.exportMonthReport(reports.path());
    const QStringList paths = session.lastReportFiles();
    QVERIFY2(said.contains(QDir::toNativeSeparators(reports.path())), qPrintable(said));
    QCOMPARE(paths.size(), 2);
    QFile csv(paths.at(0));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 301);
    QCOMPARE(lines.first(),
             QStringLiteral("Gang;Naam;Minuten gedaan;Minuten gevraagd;Gedaan;Gevraagd;Pauze tot"));
    int csvDone = 0;
    int modelDone = 0;
    for (int row = 0; row < session.members()->rowCount(); ++row)
        modelDone +=
            session.members()->index(row).data(gw::MemberProgressModel::DoneMinutesRole).toInt();
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(';'));
        QCOMPARE(fields.size(), 7);
        csvDone += fields.at(2).toInt();
        QCOMPARE(fields.at(3).toInt(), 600);
    }
    QCOMPARE(csvDone, modelDone);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Gang 1;Bewoner 1;")));
    QVERIFY(lines.at(300).startsWith(QStringLiteral("Gang 10;Bewoner 300;")));
    QCOMPARE(QFile::permissions(paths.at(0)) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    // Kept beside the screenshots, to look at.
    QFile::remove(m_out.filePath(QStringLiteral("nl-month-report.pdf")));
    QFile::copy(paths.at(1), m_out.filePath(QStringLiteral("nl-month-report.pdf")));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), paths.at(1), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString &expected : {QStringLiteral("Hof van Twaalf"),
                                    QStringLiteral("november 2026"), QStringLiteral("Bewoner 1 "),
                                    QStringLiteral("Bewoner 300"), QStringLiteral("300 bewoners")})
        QVERIFY2(pdfText.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in the PDF")));
    // A resident's device has no report to make: everyone's hours are not hers to export.
    const QString refused = m_session->session().exportMonthReport(reports.path());
    QCOMPARE(refused, gw::deniedMessage(gw::Action::ReadAllHours));
    QVERIFY(m_session->session().lastReportFiles().isEmpty());

    // One list by name: no corridor headings.
    session.residents()->setByCorridor(false);
    shoot(QStringLiteral("residents"), {1280, 800},
          QStringLiteral("nl-desktop-residents-300-byname"));
    QVERIFY(!visibleItem(QStringLiteral("gangHeading")));
    session.residents()->setByCorridor(true);

    // Right to left: the same screen in a mirror.
    shoot(QStringLiteral("residents"), {390, 844}, QString());
    const QHash<QString, QRectF> ltr = namedGeometry();
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    shoot(QStringLiteral("residents"), {390, 844}, QStringLiteral("rtl-phone-residents-300"));
    verifyMirrored(ltr, QStringLiteral("rtl-phone-residents-300"));
    session.residents()->setShow(QStringLiteral("all"));
}

// The enrol screen (empty, with a wrong code), then a beheerder enrolled with a real demo
// server: the sync status, the Residents screen and the pause dialog, at both sizes, nl and en.
// Text at 200% (Settings > Text size) on a phone, in Dutch and in Arabic (right to left), for
// a resident (Samira), the gangmaker (Daan: his dialogs) and the beheerder (Inge): each screen
// and dialog (opened by pressing what a user presses) scrolled from top to end, with no words over
// other words or controls, none cut off with "…", and nothing running out at the side. The top of
// each screen is written as large-<lang>-<screen>.png, and every problem found to
// large-<lang>-<role>-<screen>-problems.txt.
static QStringList largeTextScreens(const QString &role)
{
    // "screen>dialog": the dialog as a user opens it on that screen (largeTextDialogClicks),
    // closed again after. The calendar and pause dialogs last: they stay open over the screen.
    // Daan organised the cooking evening: who came, and Yonas's question about his hours.
    if (role == QLatin1String("gangmaker"))
        return {QStringLiteral("activities>attendanceDialog"),
                QStringLiteral("activities>declineDialog")};
    if (role == QLatin1String("beheerder"))
        return {QStringLiteral("residents"),
                QStringLiteral("resident"),
                QStringLiteral("signals"),
                QStringLiteral("activities"),
                QStringLiteral("activity>cancelDialog"),
                QStringLiteral("planActivity"),
                QStringLiteral("help"),
                QStringLiteral("help>hideDialog"),
                QStringLiteral("help>settleDialog"),
                QStringLiteral("help>noHoursDialog"),
                QStringLiteral("settings"),
                QStringLiteral("pause")};
    return {QStringLiteral("home"),
            QStringLiteral("chart"),
            QStringLiteral("log"),
            QStringLiteral("history"),
            QStringLiteral("history>removeDialog"),
            QStringLiteral("history>questionDialog"),
            QStringLiteral("activities"),
            QStringLiteral("activity"),
            QStringLiteral("activities>togetherDialog"),
            QStringLiteral("help"),
            QStringLiteral("help>disputeDialog"),
            QStringLiteral("help>reportDialog"),
            QStringLiteral("signals"),
            QStringLiteral("raiseSignal"),
            QStringLiteral("settings"),
            QStringLiteral("calendar")};
}

// What Daan's own device holds besides what Samira's receives (the demo store is hers): Yonas's
// open question about his hours of the cooking evening Daan organised, so that the organiser's
// "Decline" dialog can be opened as he would.
static void addYonasQuestion(gw::Store &store)
{
    QString activityId, yonas, entryId;
    {
        gw::Statement a(store, "SELECT id FROM activity WHERE title = 'Samen koken'");
        gw::Statement m(store, "SELECT id FROM member WHERE display_name = 'Yonas'");
        QVERIFY(a.next() && m.next());
        activityId = a.text(0);
        yonas = m.text(0);
        gw::Statement e(store, "SELECT id FROM hour_entry WHERE member_id = ?1 AND source_id = ?2");
        e.bind(1, yonas).bind(2, activityId);
        if (e.next())
            entryId = e.text(0);
    }
    gw::ActivityRepository repo(store);
    auto activity = repo.activity(activityId);
    QVERIFY(activity.has_value());
    gw::activities::Dispute d;
    d.id = gw::newId();
    d.memberId = yonas;
    d.entryId = entryId;
    d.minutes = 150;
    d.reason = QStringLiteral("Ik bleef na afloop om op te ruimen.");
    d.createdAt = QDateTime::currentDateTimeUtc();
    activity->disputes.append(d);
    repo.save(*activity);
}

// Posts in the states the demo does not show to the roles the check plays, as each device would
// hold them: Samira took Yonas's letter and has not said it is done (her "It is done" dialog);
// she disputed Daan's report of the form (the beheerder's "Count the hours" and "No hours").
static void addServiceStates(gw::Store &store, const QString &role)
{
    gw::ServiceRepository repo(store);
    QString samira, projectId;
    {
        gw::Statement m(store, "SELECT id, project_id FROM member WHERE display_name = 'Samira'");
        QVERIFY(m.next());
        samira = m.text(0);
        projectId = m.text(1);
    }
    const auto postStarting = [&](const QString &start) -> std::optional<gw::ServicePost> {
        for (const gw::ServicePost &p : repo.posts(projectId))
            if (p.text.startsWith(start))
                return p;
        return std::nullopt;
    };
    if (role == QLatin1String("resident")) {
        auto letter = postStarting(QStringLiteral("Ik heb een brief"));
        QVERIFY(letter.has_value());
        letter->helperId = samira;
        letter->state = gw::services::State::Taken;
        letter->takenAt = QDateTime::currentDateTimeUtc().addDays(-1);
        letter->changedAt = letter->takenAt;
        repo.save(*letter);
    } else if (role == QLatin1String("beheerder")) {
        auto form = postStarting(QStringLiteral("Hulp bij het invullen"));
        QVERIFY(form.has_value() && form->occurrences.size() == 1);
        form->occurrences[0].state = gw::services::OccurrenceState::Disputed;
        form->occurrences[0].disputeReason =
            QStringLiteral("Het was een half uur, geen vijftig minuten.");
        repo.save(*form);
    }
}

// What a user presses, one after the other, to open each dialog of largeTextScreens: an
// objectName, a name ending in * for the first whose name starts so, or Type[property=words]
// for the first of a QML type whose property starts with those words (the demo's Dutch).
static QStringList largeTextDialogClicks(const QString &dialog)
{
    static const QHash<QString, QStringList> clicks{
        {QStringLiteral("removeDialog"),
         {QStringLiteral("rowMenu0"), QStringLiteral("removeEntry")}},
        {QStringLiteral("questionDialog"), {QStringLiteral("notRight*")}},
        // The garden day, open to sign up for, with a neighbour.
        {QStringLiteral("togetherDialog"),
         {QStringLiteral("ActivityCard[title=Klusdag in de moestuin]"),
          QStringLiteral("signUpTogetherButton")}},
        // Samira's request for help with a form: Daan reported it done, she has to confirm.
        {QStringLiteral("disputeDialog"),
         {QStringLiteral("tabMyPosts"),
          QStringLiteral("ServiceCard[postText=Hulp bij het invullen]"),
          QStringLiteral("disputeButton*")}},
        {QStringLiteral("cancelDialog"), {QStringLiteral("cancelActivityButton")}},
        // The cooking evening that was: who came.
        {QStringLiteral("attendanceDialog"),
         {QStringLiteral("tabPast"), QStringLiteral("ActivityCard[title=Samen koken]"),
          QStringLiteral("attendanceButton")}},
        // Yonas's question about that evening (addYonasQuestion): Daan declines it.
        {QStringLiteral("declineDialog"),
         {QStringLiteral("tabPast"), QStringLiteral("ActivityCard[title=Samen koken]"),
          QStringLiteral("declineQuestion0")}},
        // Yonas's letter, which Samira took (addServiceStates): she did it.
        {QStringLiteral("reportDialog"),
         {QStringLiteral("tabIHelp"), QStringLiteral("ServiceCard[postText=Ik heb een brief]"),
          QStringLiteral("reportButton")}},
        // Samira disputed Daan's hours for the form (addServiceStates): the beheerder decides.
        {QStringLiteral("settleDialog"),
         {QStringLiteral("tabOverview"),
          QStringLiteral("ServiceCard[postText=Hulp bij het invullen]"),
          QStringLiteral("settleCreditButton")}},
        {QStringLiteral("noHoursDialog"),
         {QStringLiteral("tabOverview"),
          QStringLiteral("ServiceCard[postText=Hulp bij het invullen]"),
          QStringLiteral("settleNoneButton")}},
        {QStringLiteral("hideDialog"),
         {QStringLiteral("ServiceCard[postText=Ik heb een brief]"), QStringLiteral("hideButton")}},
    };
    return clicks.value(dialog);
}

void RenderTest::largeText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("screen");
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("ar")})
        for (const QString &role :
             {QStringLiteral("resident"), QStringLiteral("gangmaker"), QStringLiteral("beheerder")})
            for (const QString &screen : largeTextScreens(role))
                QTest::addRow("%s-%s-%s", qPrintable(language), qPrintable(role),
                              qPrintable(screen))
                    << language << role << screen;
}

void RenderTest::largeText()
{
    QFETCH(QString, language);
    QFETCH(QString, role);
    QFETCH(QString, screen);
    // One demo device per language and role, kept for its screens (a window each takes long).
    const QString key = language + QLatin1Char('-') + role;
    gw::Session *previous = gw::Session::instance();
    if (!m_large || m_large->key != key) {
        m_large.reset();
        auto large = std::make_unique<LargeText>();
        large->key = key;
        large->session =
            std::make_unique<gw::test::TestSession>(gw::test::TestSession::pinnedNow(), true);
        QVERIFY(large->session->ok());
        gw::Session &session = large->session->session();
        // The demo's Samira, or Daan (gangmaker), or Inge (beheerder).
        if (role != QLatin1String("resident")) {
            const bool beheerder = role == QLatin1String("beheerder");
            gw::ProjectRepository(session.store())
                .setSelfMemberId(beheerder
                                     ? QStringLiteral("00000000-0000-4000-8000-0000000000b1")
                                     : QStringLiteral("00000000-0000-4000-8000-0000000000a3"));
            session.seedDemo(); // re-reads who this device is
            QCOMPARE(session.context()->may(gw::Action::ReadAllHours), beheerder);
        }
        if (role == QLatin1String("gangmaker"))
            addYonasQuestion(session.store()); // for the Decline dialog
        else
            addServiceStates(session.store(), role);
        if (QTest::currentTestFailed())
            return;
        session.applyLanguage(language, false);
        QVERIFY(session.display()->applyTextSize(200, false));
        QCOMPARE(session.display()->textScale(), 2.0);
        large->engine = std::make_unique<QQmlApplicationEngine>();
        large->window = showSession(*large->engine, session);
        QVERIFY(large->window);
        large->window->resize(390, 844);
        m_large = std::move(large);
    }
    QQuickWindow *window = m_large->window;
    std::swap(window, m_window);
    const auto restore = qScopeGuard([&] {
        std::swap(window, m_window);
        gw::Session::setInstance(previous);
    });
    // The Theme follows the setting: body text is 30 px instead of 15.
    QCOMPARE(m_window->property("font").value<QFont>().pixelSize(), 30);

    const QString shot =
        QStringLiteral("large-%1-%2%3")
            .arg(language, role == QLatin1String("resident") ? QString() : role + QLatin1Char('-'),
                 screen);
    const QString page = screen.section(QLatin1Char('>'), 0, 0);
    const QString opened = screen.section(QLatin1Char('>'), 1);
    QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, page));
    QTest::qWait(300);
    QObject *openedDialog = nullptr;
    const auto closeDialog = qScopeGuard([&] {
        if (!openedDialog)
            return;
        QMetaObject::invokeMethod(openedDialog, "close");
        if (QTest::currentTestFailed())
            m_large->key.clear(); // whatever stayed open: the next screen on a new window
        else
            QTRY_VERIFY_WITH_TIMEOUT(!openedDialog->property("visible").toBool(), 5000);
    });
    if (!opened.isEmpty()) {
        QFile::remove(m_out.filePath(shot + QStringLiteral("-stuck.png")));
        for (const QString &target : largeTextDialogClicks(opened)) {
            const bool pressed = pressLikeAUser(target);
            if (!pressed) // what showed instead, for whoever looks into it
                m_window->grabWindow().save(m_out.filePath(shot + QStringLiteral("-stuck.png")));
            QVERIFY2(pressed,
                     qPrintable(shot + QStringLiteral(": nothing to press for '%1'").arg(target)));
            QTest::qWait(300);
        }
        // The one that opened: a wide window has a second detail, with its own dialogs.
        const auto findOpened = [&] {
            for (QObject *d : m_window->findChildren<QObject *>(opened))
                if (d->property("opened").toBool())
                    return d;
            return static_cast<QObject *>(nullptr);
        };
        QTRY_VERIFY2_WITH_TIMEOUT((openedDialog = findOpened()) != nullptr,
                                  qPrintable(opened + QStringLiteral(" did not open")), 5000);
    }
    const bool dialog = screen == QLatin1String("calendar") || screen == QLatin1String("pause");
    if (dialog) {
        QObject *d = m_window->findChild<QObject *>(screen == QLatin1String("pause")
                                                        ? QStringLiteral("pauseDialog")
                                                        : QStringLiteral("dayPicker"));
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(d->property("opened").toBool(), 5000);
        m_large->key.clear(); // it stays open: the next screen starts on a new window
    }
    waitForStillLayout();
    const QImage image = m_window->grabWindow();
    verifyNotBlank(image, shot);
    image.save(m_out.filePath(shot + QStringLiteral(".png")));
    const QStringList problems = wholeScreenProblems();
    QFile list(m_out.filePath(shot + QStringLiteral("-problems.txt")));
    if (problems.isEmpty())
        list.remove();
    else if (list.open(QIODevice::WriteOnly | QIODevice::Truncate))
        list.write(problems.join(QLatin1Char('\n')).toUtf8());
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problems: ").arg(shot).arg(problems.size()) +
                        problems.mid(0, 8).join(QStringLiteral("; "))));
}

void RenderTest::enrolSyncAndResidents()
{
    m_large.reset(); // largeText's window goes
    ServerFixture server;
    const auto seeded =
        server.run({QStringLiteral("seed-demo"), QStringLiteral("--data"), server.dataDir()});
    QCOMPARE(seeded.exitCode, 0);
    static const QRegularExpression beheerderLine(
        QStringLiteral("Beheerder invite \\([^)]*\\): (\\S+)"));
    const QString code = beheerderLine.match(seeded.out).captured(1);
    QVERIFY(!code.isEmpty());
    QVERIFY(server.start());

    gw::Session *previous = gw::Session::instance();
    gw::sync::SyncEngine::Options options;
    options.callDeadline = std::chrono::milliseconds(15000);
    // Real time: the demo server dates its hours from today.
    gw::test::TestSession beheerder(QDateTime::currentDateTimeUtc(), false, true, options);
    QVERIFY(beheerder.ok());
    gw::Session &session = beheerder.session();
    QQmlApplicationEngine engine;
    gw::prepareQmlEngine(engine);
    session.attachEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QVERIFY(window);
    std::swap(window, m_window);
    const auto restore = qScopeGuard([&] {
        std::swap(window, m_window);
        gw::Session::setInstance(previous);
    });

    // Both sessions install a translator: keep them in the same language.
    const auto setLanguage = [&](const QString &language) {
        m_session->session().applyLanguage(language, false);
        session.applyLanguage(language, false);
    };
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        setLanguage(language);
        shoot(QStringLiteral("home"), {390, 844}, language + QStringLiteral("-phone-enrol"));
        shoot(QStringLiteral("home"), {1280, 800}, language + QStringLiteral("-desktop-enrol"));
    }
    setLanguage(QStringLiteral("nl"));
    QSignalSpy finished(session.enrolment(), &gw::sync::Enrolment::finished);
    session.enrolment()->enroll(server.url(), QStringLiteral("ABCD-EFGH-JKMN-PQRS"), QString(),
                                QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    shoot(QStringLiteral("home"), {390, 844}, QStringLiteral("nl-phone-enrol-error"));
    session.enrolment()->enroll(server.url(), code, QStringLiteral("Kantoor"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY(finished.at(1).first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(session.context()->may(gw::Action::ReadAllHours), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session.sync()->lastSyncedAt().isValid(), 20000);
    QTRY_VERIFY(session.members()->rowCount() > 0);
    // One resident paused, so the screen shows what a pause looks like.
    const QString first =
        session.members()->index(0).data(gw::MemberProgressModel::MemberIdRole).toString();
    QVERIFY(session.hours()->pauseUntil(
        first, session.hours()->pauseDate(QStringLiteral("nextMonth"), 0)));
    QTRY_COMPARE_WITH_TIMEOUT(session.sync()->pendingCount(), 0, 20000);

    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        setLanguage(language);
        for (const auto &[size, sizeName] :
             {std::pair{QSize(390, 844), QStringLiteral("phone")},
              std::pair{QSize(1280, 800), QStringLiteral("desktop")}}) {
            const QString prefix = language + QLatin1Char('-') + sizeName + QLatin1Char('-');
            shoot(QStringLiteral("home"), size, prefix + QStringLiteral("synced-home"));
            // The requirement is the residents': the beheerder's Home leads to them.
            QVERIFY(visibleItem(QStringLiteral("beheerderCard")));
            QVERIFY(!visibleItem(QStringLiteral("logButton")));
            // Her navigation has her screens, not the residents' own-hours tabs.
            const QString nav = sizeName == QLatin1String("phone") ? QStringLiteral("bottomNav_")
                                                                   : QStringLiteral("sideNav_");
            QVERIFY2(visibleItem(nav + QStringLiteral("residents")), qPrintable(prefix));
            QVERIFY2(!visibleItem(nav + QStringLiteral("log")), qPrintable(prefix));
            QVERIFY2(!visibleItem(nav + QStringLiteral("history")), qPrintable(prefix));
            shoot(QStringLiteral("residents"), size, prefix + QStringLiteral("residents"));
            {
                // Daan is a gangmaker: his row says so in whole words, on a phone on a line
                // of its own (after his name and studio it was cut: "gangma…").
                const QString role = sizeName == QLatin1String("phone")
                                         ? QStringLiteral("memberRole")
                                         : QStringLiteral("memberName");
                QQuickItem *daan = nullptr;
                for (const Seen &seen : seenItems())
                    if (seen.item->objectName() == role &&
                        seen.item->property("text").toString().contains(
                            QCoreApplication::translate("MemberRow", "gangmaker")))
                        daan = seen.item;
                QVERIFY2(daan, qPrintable(prefix + QStringLiteral(": no gangmaker shown")));
                QVERIFY2(!daan->property("truncated").toBool(),
                         qPrintable(prefix + daan->property("text").toString()));
            }
            shoot(QStringLiteral("pause"), size, prefix + QStringLiteral("pause"));
            verifyPauseDialogReads(false, prefix + QStringLiteral("pause"));
            // Close the dialog again (Escape).
            QTest::keyClick(m_window, Qt::Key_Escape);
            // The cooking evening that was: Yonas's question about his hours waits for her,
            // with Accept and Decline (the demo's, core/demodata.cpp).
            shoot(QStringLiteral("activity"), size, QString());
            auto *activities = m_window->findChild<QQuickItem *>(QStringLiteral("activitiesPage"));
            QVERIFY(activities);
            activities->setProperty("selectedId",
                                    QStringLiteral("00000000-0000-4000-8000-0000000000e1"));
            QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("activityQuestions")), 5000);
            // Once the card's layout has placed its buttons.
            QTRY_VERIFY(visibleItem(QStringLiteral("acceptQuestion0")));
            QVERIFY(visibleItem(QStringLiteral("declineQuestion0")));
            QVERIFY(!visibleItem(QStringLiteral("acceptQuestion1"))); // one question, once
            shootAsIs(prefix + QStringLiteral("activity-questions"));
            // Its tab pressed again, on the screen one is on: back to the programme.
            QQuickItem *again = seenItem(nav + QStringLiteral("activities"));
            QVERIFY(again);
            QVERIFY(QMetaObject::invokeMethod(again, "clicked"));
            QTRY_COMPARE(activities->property("selectedId").toString(), QString());
            QVERIFY(!visibleItem(QStringLiteral("activityDetail")));
            // Her inbox: what waits for a reaction first, the nuisance at night marked late;
            // the closed ones are not among the open.
            shoot(QStringLiteral("signals"), size, prefix + QStringLiteral("inbox"));
            QStringList rows, late;
            for (int i = 0; i < session.signalInbox()->rowCount(); ++i) {
                rows << session.signalInbox()
                            ->rowAt(i)
                            .value(QStringLiteral("categoryLabel"))
                            .toString();
                late << session.signalInbox()->rowAt(i).value(QStringLiteral("late")).toString();
            }
            QCOMPARE(rows.size(), 3);
            int shownRows = 0;
            for (const Seen &seen : seenItems())
                shownRows += seen.item->objectName() == QLatin1String("signalRow");
            QCOMPARE(shownRows, 3);
            QVERIFY2(late.contains(QStringLiteral("overdue")) ||
                         late.contains(QStringLiteral("farOverdue")),
                     qPrintable(late.join(QLatin1Char(','))));
            QVERIFY(!visibleItem(QStringLiteral("call112Button"))); // the gate is for reporters
            // Samira's signal about studio 2.05: answered, a note, Daan asked to knock; and
            // Yonas's about the same studio shown with it.
            QString answered;
            for (const gw::Signal &sig : session.signalling()->signalList())
                if (!sig.notes.isEmpty())
                    answered = sig.id;
            QVERIFY(!answered.isEmpty());
            QObject *signalsPage = m_window->findChild<QObject *>(QStringLiteral("signalsPage"));
            QVERIFY(signalsPage &&
                    QMetaObject::invokeMethod(signalsPage, "open", Q_ARG(QString, answered)));
            // Shown, though maybe further down than the window reaches.
            const auto shown = [&](const char *name) {
                for (const Seen &seen : seenItems())
                    if (seen.item->objectName() == QLatin1String(name))
                        return true;
                for (auto *item : m_window->findChildren<QQuickItem *>(QLatin1String(name)))
                    if (item->isVisible())
                        return true;
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(shown("signalNoteButton"), 5000);
            QVERIFY(shown("signalCloseButton"));
            QVERIFY(shown("knockButton"));
            const QVariantMap detail = session.signalling()->detail(answered);
            QCOMPARE(detail.value(QStringLiteral("reporterText")).toString(),
                     QStringLiteral("Samira"));
            QCOMPARE(detail.value(QStringLiteral("together")).toList().size(), 1);
            QCOMPARE(detail.value(QStringLiteral("knocks")).toList().size(), 1);
            shootAsIs(prefix + QStringLiteral("signal-inbox-detail"));
            QVERIFY(QMetaObject::invokeMethod(signalsPage, "showList"));
            shoot(QStringLiteral("settings"), size, prefix + QStringLiteral("sync-settings"));
        }
    }
    setLanguage(QStringLiteral("nl"));
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    shoot(QStringLiteral("residents"), {390, 844}, QStringLiteral("rtl-phone-residents"));
    shoot(QStringLiteral("pause"), {1280, 800}, QStringLiteral("rtl-desktop-pause"));
    verifyPauseDialogReads(true, QStringLiteral("rtl-desktop-pause"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QObject *>(QStringLiteral("pauseDialog"))
                     ->property("visible")
                     .toBool());
    shoot(QStringLiteral("pause"), {390, 844}, QStringLiteral("rtl-phone-pause"));
    verifyPauseDialogReads(true, QStringLiteral("rtl-phone-pause"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);

    // A resident's devices (the demo's: Daan's laptop synced yesterday), and the question
    // before a lost phone is disconnected, which opens on Cancel.
    for (const auto &[size, sizeName] : {std::pair{QSize(390, 844), QStringLiteral("phone")},
                                         std::pair{QSize(1280, 800), QStringLiteral("desktop")}}) {
        shoot(QStringLiteral("resident"), size,
              QStringLiteral("nl-%1-resident-devices").arg(sizeName));
        QCOMPARE(session.residentDevices()->rowCount(), 1);
        QStringList lastSync;
        for (const Seen &seen : seenItems())
            if (seen.item->objectName() == QLatin1String("deviceLastSync"))
                lastSync << seen.item->property("text").toString();
        QCOMPARE(lastSync, QStringList{QStringLiteral("Laatst bijgewerkt: gisteren")});
        QVERIFY(visibleItem(QStringLiteral("disconnectButton")));
        auto *detail = m_window->findChild<QQuickItem *>(QStringLiteral("residentPage"));
        QVERIFY(detail);
        QVERIFY(QMetaObject::invokeMethod(detail, "askDisconnect", Q_ARG(int, 0)));
        auto *dialog = m_window->findChild<QObject *>(QStringLiteral("disconnectDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        waitForStillLayout();
        const QString name = QStringLiteral("nl-%1-disconnect").arg(sizeName);
        const QImage image = m_window->grabWindow();
        verifyNotBlank(image, name);
        verifyNothingOverlaps(name);
        image.save(m_out.filePath(name + QStringLiteral(".png")));
        auto *cancel = m_window->findChild<QQuickItem *>(QStringLiteral("disconnectCancel"));
        QVERIFY(cancel);
        QVERIFY2(cancel->hasActiveFocus(), "one Enter must not disconnect a phone");
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(session.residentDevices()->index(0).data(gw::DeviceListModel::ConnectedRole),
                 QVariant(true));
        QTest::keyClick(m_window, Qt::Key_Escape); // back to the list
    }
    // Right to left: the devices card mirrors with the page, nothing drawn over anything.
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    shoot(QStringLiteral("resident"), {390, 844}, QStringLiteral("rtl-phone-resident-devices"));
    QVERIFY(visibleItem(QStringLiteral("disconnectButton")));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    // On the list: who never connected, and whose phone went quiet (Yonas, 9 days).
    shoot(QStringLiteral("residents"), {1280, 800}, QStringLiteral("nl-desktop-residents-reach"));
    QStringList reach;
    for (const Seen &seen : seenItems())
        if (seen.item->objectName() == QLatin1String("memberReach"))
            reach << seen.item->property("text").toString();
    QVERIFY2(reach.contains(QStringLiteral("Laatst bijgewerkt: 9 dagen geleden")),
             qPrintable(reach.join(QLatin1String(" | "))));
    QVERIFY2(reach.contains(QStringLiteral("Nog niet verbonden")),
             qPrintable(reach.join(QLatin1String(" | "))));
    shoot(QStringLiteral("home"), {1280, 800}, QString());
}

void RenderTest::cleanupTestCase()
{
    m_large.reset();
    m_engine.reset();
    m_session.reset();
    qInfo().noquote() << "screenshots:" << m_out.absolutePath();
}

void RenderTest::shoot(const QString &page, QSize size, const QString &name)
{
    m_window->resize(size);
    QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, page));
    // The screen asked for is the one shown (the pause dialog opens over Residents, the chart
    // on Home): a page the member may not see, or a name the shell lost, fails here.
    QString current;
    QVERIFY(QMetaObject::invokeMethod(m_window, "currentPage", Q_RETURN_ARG(QString, current)));
    const QString expected =
        page == QLatin1String("pause") || page == QLatin1String("resident")
            ? QStringLiteral("residents")
        : page == QLatin1String("chart")    ? QStringLiteral("home")
        : page == QLatin1String("calendar") ? QStringLiteral("log")
        : page == QLatin1String("activity") || page == QLatin1String("planActivity")
            ? QStringLiteral("activities")
            : page;
    QCOMPARE(current, expected);
    // Let layouts settle and the toast and scroll animations end; a dialog has opened fully.
    QTest::qWait(300);
    if (page == QLatin1String("pause") || page == QLatin1String("calendar")) {
        const QString dialog = page == QLatin1String("pause") ? QStringLiteral("pauseDialog")
                                                              : QStringLiteral("dayPicker");
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->findChild<QObject *>(dialog)->property("opened").toBool(), 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), size, 2000);
    waitForStillLayout();
    const QImage image = m_window->grabWindow();
    if (name.isEmpty())
        return;
    verifyAndSave(image, name, true);
}

void RenderTest::shootAsIs(const QString &name)
{
    QTest::qWait(300);
    waitForStillLayout();
    verifyAndSave(m_window->grabWindow(), name, false);
}

void RenderTest::verifyAndSave(const QImage &image, const QString &name, bool allGlyphs)
{
    verifyNotBlank(image, name);
    if (QTest::currentTestFailed())
        return;
    verifyNothingOverlaps(name);
    if (QTest::currentTestFailed())
        return;
    verifyNoScriptLeftovers(name);
    if (QTest::currentTestFailed())
        return;
    verifyOneSetOfDigits(name);
    if (QTest::currentTestFailed())
        return;
    verifyWordsAsWritten(name);
    if (QTest::currentTestFailed())
        return;
    if (allGlyphs) {
        verifyAllGlyphsDrawn(name);
        if (QTest::currentTestFailed())
            return;
    }
    verifyOwnLayouts(name);
    if (QTest::currentTestFailed())
        return;
    const QString file = m_out.filePath(name + QStringLiteral(".png"));
    if (!image.save(file))
        qWarning() << "could not write" << file;
    m_written << file;
}

void RenderTest::verifyNotBlank(const QImage &image, const QString &name)
{
    QVERIFY2(!image.isNull(), qPrintable(name + QStringLiteral(": empty image")));
    QVERIFY2(image.width() > 100 && image.height() > 100, qPrintable(name));
    // A blank (or all-background) frame has a handful of colours; a drawn screen has many, and
    // a fair share of its pixels differ from the top-left background colour.
    QSet<QRgb> colours;
    qsizetype differing = 0;
    const QRgb background = image.pixel(image.width() / 2, 2);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            differing += p != background;
        }
    }
    const qsizetype sampled = qsizetype(image.width() / 3) * (image.height() / 3);
    QVERIFY2(colours.size() > 40, qPrintable(name + QStringLiteral(": looks blank")));
    QVERIFY2(differing * 100 > sampled * 3,
             qPrintable(name + QStringLiteral(": almost everything is background")));
}

QTEST_MAIN(RenderTest)

#include "tst_render.moc"
