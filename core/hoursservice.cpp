#include "hoursservice.h"

#include "clock.h"
#include "dates.h"
#include "hoursfamily.h"
#include "projectrepository.h"
#include "recordkinds.h"
#include "store.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHours, "gangwerk.hours")

namespace gw {

HoursService::HoursService(MemberContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_store(context.store()), m_clock(context.clock()),
      m_hours(m_store, true), m_outbox(m_store)
{
    connect(&m_context, &MemberContext::changed, this, [this] {
        recompute();
        emit entriesChanged();
        tellAboutPause();
    });
    recompute();
    tellAboutPause();
}

void HoursService::tellAboutPause()
{
    // The resident hears, kindly, when the beheerder sets, changes or lifts their pause, or when
    // it ends, once, also when it happened while the app was closed. What was told is kept with
    // the store; a device that starts out paused (just enrolled) shows it on Home instead.
    if (!isReady() || !m_store.isOpen())
        return;
    const PausePeriod *pause = m_context.member()->pauseOn(today());
    const QString now = pause ? pause->until.toString(Qt::ISODate) : QStringLiteral("none");
    try {
        ProjectRepository projects(m_store);
        const QString told = projects.setting(QStringLiteral("pause_told"));
        if (told == now)
            return;
        Transaction tx(m_store);
        projects.setSetting(QStringLiteral("pause_told"), now);
        tx.commit();
        if (told.isEmpty())
            return;
    } catch (const StoreError &e) {
        qCWarning(lcHours) << "pause notice not kept:" << e.what();
        return;
    }
    emit pauseNews(pause ? tr("Your beheerder paused your hours until %1. Take good care of "
                              "yourself.")
                               .arg(QLocale().toString(pause->until, QLocale::LongFormat))
                         : tr("Your pause has ended: hours are asked again from today. Good to "
                              "have you back."));
}

void HoursService::reload()
{
    m_context.reload();
}

void HoursService::recompute()
{
    m_progress = {};
    if (isReady()) {
        const QDate day = today();
        m_progress.period = hours::periodContaining(day, m_context.project()->requirement.period);
        try {
            m_progress.doneMinutes =
                m_hours.effectiveMinutes(m_context.member()->id, m_progress.period);
        } catch (const StoreError &e) {
            qCWarning(lcHours) << "progress failed:" << e.what();
        }
        m_progress.requiredMinutes = requiredMinutesFor(m_progress.period);
    }
    emit changed();
}

int HoursService::requiredMinutesFor(const hours::DayRange &range) const
{
    return isReady() ? hours::requiredMinutes(m_context.project()->requirement, range,
                                              m_context.member()->terms())
                     : 0;
}

int HoursService::requiredMinutesFor(const hours::DayRange &range, const QString &memberId) const
{
    if (!isReady())
        return 0;
    if (memberId.isEmpty() || memberId == this->memberId())
        return requiredMinutesFor(range);
    const auto member = ProjectRepository(m_store).member(memberId);
    return member ? hours::requiredMinutes(m_context.project()->requirement, range, member->terms())
                  : 0;
}

QDate HoursService::today() const
{
    return m_context.today();
}

QString HoursService::projectName() const
{
    return m_context.project() ? m_context.project()->name : QString();
}
QString HoursService::memberName() const
{
    return m_context.member() ? m_context.member()->displayName : QString();
}
bool HoursService::isMonthly() const
{
    return !m_context.project() || m_context.project()->requirement.period == hours::Period::Month;
}

QString HoursService::requirementText() const
{
    if (!m_context.project())
        return {};
    const QString amount = hours::formatMinutes(m_context.project()->requirement.minutes);
    return isMonthly() ? tr("%1 per month").arg(amount) : tr("%1 per week").arg(amount);
}

QString HoursService::periodLabel() const
{
    return isReady() ? periodLabelOf(m_progress.period) : QString();
}

QString HoursService::periodLabelOf(const hours::DayRange &period) const
{
    if (isMonthly())
        return monthAndYear(period.first);
    return tr("week %1").arg(period.first.weekNumber());
}

int HoursService::daysLeftInPeriod() const
{
    return isReady() ? int(today().daysTo(m_progress.period.last)) + 1 : 0;
}

bool HoursService::isPaused() const
{
    return m_context.member() && m_context.member()->terms().isPausedOn(today());
}

QString HoursService::pausedUntilText() const
{
    return isPaused() ? QLocale().toString(m_context.member()->pauseOn(today())->until,
                                           QLocale::LongFormat)
                      : QString();
}

QString HoursService::pausedUntilShortText() const
{
    return isPaused() ? QLocale().toString(m_context.member()->pauseOn(today())->until,
                                           QStringLiteral("d MMM"))
                      : QString();
}

QStringList HoursService::categories() const
{
    return m_context.project() ? m_context.project()->categories : QStringList();
}

int HoursService::backdatingDays() const
{
    return m_context.project() ? m_context.project()->backdatingDays
                               : hours::kDefaultBackdatingDays;
}

QString HoursService::categoryLabel(const QString &category) const
{
    return hours::categoryLabel(category);
}

QString HoursService::formatMinutes(int minutes) const
{
    return hours::formatMinutes(minutes);
}

hours::CorrectionProblem HoursService::correctionProblem(const QString &targetId) const
{
    return hours::checkCorrection(m_hours.correctionTarget(targetId), memberId(), context());
}

hours::EntryContext HoursService::context() const
{
    hours::EntryContext ctx;
    ctx.today = today();
    ctx.backdatingDays = m_context.project()->backdatingDays;
    ctx.categories = m_context.project()->categories;
    return ctx;
}

QList<hours::RuleViolation> HoursService::check(const hours::EntryDraft &draft,
                                                const QString &replacesId) const
{
    if (!isReady())
        return {};
    hours::EntryContext ctx = context();
    try {
        if (draft.day.isValid())
            ctx.otherMinutesThatDay =
                m_hours.effectiveMinutesOnDay(m_context.member()->id, draft.day, replacesId);
    } catch (const StoreError &e) {
        qCWarning(lcHours) << "day total failed:" << e.what();
    }
    return hours::validateEntry(draft, ctx);
}

bool HoursService::log(const hours::EntryDraft &draft, const QString &replacesId,
                       QList<hours::RuleViolation> *violations)
{
    if (!isReady())
        return fail(tr("Gangwerk is not set up yet."), "log before setup");
    HourEntry e;
    e.id = newId();
    e.memberId = m_context.member()->id;
    e.day = draft.day;
    e.minutes = draft.minutes;
    e.category = draft.category;
    e.note = draft.note;
    e.corrects = replacesId;
    e.createdAt = m_clock.now().toUTC();
    try {
        Transaction tx(m_store);
        // Checked inside the write transaction, so the day total cannot change underneath.
        const auto broken = check(draft, replacesId);
        if (!broken.isEmpty()) {
            if (violations)
                *violations = broken;
            return false;
        }
        if (!applyAndQueue(hoursfamily::appendMutation(e), "entry refused"))
            return false;
        tx.commit();
    } catch (const StoreError &err) {
        return fail(tr("Your hours could not be saved. Nothing was changed. Please try again."),
                    err.what());
    }
    recompute();
    emit entriesChanged();
    emit queuedForSync();
    return true;
}

bool HoursService::removeEntry(const QString &id)
{
    if (!isReady())
        return fail(tr("Gangwerk is not set up yet."), "remove before setup");
    try {
        Transaction tx(m_store);
        if (const auto p = correctionProblem(id); p != hours::CorrectionProblem::None)
            return fail(hours::correctionMessage(p), "void refused");
        const HourEntry target = *m_hours.entry(id);
        HourEntry v;
        v.id = newId();
        v.memberId = target.memberId;
        v.day = target.day;
        v.minutes = 0;
        v.category = target.category;
        v.corrects = id;
        v.voids = true;
        v.createdAt = m_clock.now().toUTC();
        if (!applyAndQueue(hoursfamily::appendMutation(v), "void refused"))
            return false;
        tx.commit();
    } catch (const StoreError &err) {
        return fail(tr("The entry could not be removed. Nothing was changed. Please try again."),
                    err.what());
    }
    recompute();
    emit entriesChanged();
    emit queuedForSync();
    return true;
}

bool HoursService::pauseRequirement(const QString &memberId, QDate until, const QString &reason)
{
    if (!isReady())
        return fail(tr("Gangwerk is not set up yet."), "pause before setup");
    try {
        Transaction tx(m_store);
        if (!applyAndQueue(hoursfamily::pauseMutation(memberId, until, reason.trimmed()),
                           "pause refused"))
            return false;
        tx.commit();
    } catch (const StoreError &err) {
        return fail(tr("The pause could not be saved. Nothing was changed. Please try again."),
                    err.what());
    }
    reload();
    emit queuedForSync();
    return true;
}

bool HoursService::pauseUntil(const QString &memberId, const QString &untilIso,
                              const QString &reason)
{
    const QDate until = untilIso.isEmpty() ? QDate() : QDate::fromString(untilIso, Qt::ISODate);
    if (!untilIso.isEmpty() && !until.isValid())
        return fail(tr("This is not a date. Choose the end of the pause again."), "pause: date");
    return pauseRequirement(memberId, until, reason);
}

QString HoursService::pauseDate(const QString &choice, int weeks) const
{
    const QDate today = this->today();
    QDate d;
    if (choice == QLatin1String("month")) {
        d = QDate(today.year(), today.month(), today.daysInMonth());
    } else if (choice == QLatin1String("nextMonth")) {
        const QDate next = today.addMonths(1);
        d = QDate(next.year(), next.month(), next.daysInMonth());
    } else if (choice == QLatin1String("weeks")) {
        d = today.addDays(7 * qBound(1, weeks, 52));
    }
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString HoursService::longDate(const QString &iso) const
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QHash<QString, OutboxRepository::RecordStatus> HoursService::entryStatuses() const
{
    if (!m_store.isOpen())
        return {}; // the models are built before the store is unlocked
    try {
        return m_outbox.openStatuses(
            QLatin1String(mutationKind(pb::Mutation::kAppendHourEntry)->name));
    } catch (const StoreError &e) {
        qCWarning(lcHours) << "sync status failed:" << e.what();
        return {};
    }
}

bool HoursService::applyAndQueue(const pb::Mutation &m, const char *what)
{
    const Verdict v = m_context.applyAndQueue(m, m_outbox);
    if (!v.applied)
        return fail(
            hours::refusalMessage(v.reasonCode, v.message, m_context.project()->backdatingDays),
            what);
    return true;
}

bool HoursService::fail(const QString &userMessage, const char *what)
{
    // The log gets the technical reason, never record contents.
    qCWarning(lcHours) << what;
    m_lastError = userMessage;
    emit errorOccurred(userMessage);
    return false;
}

} // namespace gw
