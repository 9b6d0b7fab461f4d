#include "signalsservice.h"

#include "clock.h"
#include "projectrepository.h"
#include "signalrepository.h"
#include "signalsfamily.h"
#include "store.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSignals, "gangwerk.signals")

namespace gw {

namespace {

using signalrules::State;
namespace pb = ::gangwerk::sync::v1;

template <typename E, std::size_t N>
std::optional<E> fromKey(const QString &key, const std::array<E, N> &all, QString (*keyOf)(E))
{
    for (E e : all)
        if (keyOf(e) == key)
            return e;
    return std::nullopt;
}

constexpr std::array kCategories{
    signalrules::Category::NotSeen,     signalrules::Category::Withdrawn,
    signalrules::Category::SelfNeglect, signalrules::Category::Health,
    signalrules::Category::Nuisance,    signalrules::Category::Building,
    signalrules::Category::Other};
constexpr std::array kUrgencies{signalrules::Urgency::CanWait, signalrules::Urgency::Today};
constexpr std::array kOutcomes{
    signalrules::Outcome::CheckedInPerson, signalrules::Outcome::ReferredToCare,
    signalrules::Outcome::NuisanceProcedure, signalrules::Outcome::NoActionNeeded};
constexpr std::array kKnockOutcomes{signalrules::KnockOutcome::Spoke,
                                    signalrules::KnockOutcome::NoAnswer,
                                    signalrules::KnockOutcome::AskedForBeheerder};

QString fieldName(signalrules::Field f)
{
    switch (f) {
    case signalrules::Field::Category:
        return QStringLiteral("category");
    case signalrules::Field::Urgency:
        return QStringLiteral("urgency");
    case signalrules::Field::Text:
        return QStringLiteral("text");
    case signalrules::Field::Where:
        return QStringLiteral("where");
    case signalrules::Field::Since:
        return QStringLiteral("since");
    }
    return {};
}

signalrules::Draft draftOf(const QVariantMap &f)
{
    signalrules::Draft d;
    d.category = fromKey(f.value(QStringLiteral("category")).toString(), kCategories,
                         signalrules::categoryKey);
    d.urgency =
        fromKey(f.value(QStringLiteral("urgency")).toString(), kUrgencies, signalrules::urgencyKey);
    d.text = f.value(QStringLiteral("text")).toString();
    d.studio = f.value(QStringLiteral("studio")).toString();
    d.place = f.value(QStringLiteral("place")).toString();
    const QVariant since = f.value(QStringLiteral("since"));
    d.since = since.typeId() == QMetaType::QString
                  ? QDate::fromString(since.toString(), Qt::ISODate)
                  : since.toDate();
    return d;
}

QString lateKey(signalrules::Lateness l)
{
    switch (l) {
    case signalrules::Lateness::OnTime:
        return {};
    case signalrules::Lateness::Overdue:
        return QStringLiteral("overdue");
    case signalrules::Lateness::FarOverdue:
        return QStringLiteral("farOverdue");
    }
    return {};
}

// Inbox order: waiting for a reaction (by due time), then in progress and reopened work, then
// merged, then closed (the latest first).
int rank(const Signal &s)
{
    if (signalrules::awaitsReaction(s))
        return 0;
    if (s.state == State::InProgress || s.state == State::Sent)
        return 1;
    if (s.state == State::Merged)
        return 2;
    return 3;
}

} // namespace

SignalsService::SignalsService(MemberContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_outbox(context.store())
{
    // First connected, so the revision has moved before any binding reads it again.
    connect(this, &SignalsService::signalsChanged, this, [this] { ++m_revision; });
    connect(&m_context, &MemberContext::changed, this, &SignalsService::signalsChanged);
}

bool SignalsService::fail(const QString &userMessage)
{
    m_lastError = userMessage;
    emit errorOccurred(userMessage);
    return false;
}

bool SignalsService::apply(const pb::Mutation &m, const char *what)
{
    if (const QString refusal = m_context.act(m, m_outbox, what); !refusal.isEmpty())
        return fail(refusal);
    m_lastError.clear();
    emit signalsChanged();
    emit queuedForSync();
    return true;
}

QList<Signal> SignalsService::signalList() const
{
    if (!m_context.isReady())
        return {};
    try {
        return SignalRepository(m_context.store()).all(m_context.project()->id);
    } catch (const StoreError &err) {
        qCWarning(lcSignals) << "reading signals failed:" << err.what();
        return {};
    }
}

std::optional<Signal> SignalsService::signal(const QString &id) const
{
    try {
        return SignalRepository(m_context.store()).signal(id);
    } catch (const StoreError &err) {
        qCWarning(lcSignals) << "reading a signal failed:" << err.what();
        return std::nullopt;
    }
}

QString SignalsService::nameOf(const QString &memberId) const
{
    if (memberId.isEmpty())
        return {};
    if (memberId == m_context.memberId())
        return tr("You");
    try {
        const auto m = ProjectRepository(m_context.store()).member(memberId);
        return m && !m->displayName.isEmpty() ? m->displayName : tr("A neighbour");
    } catch (const StoreError &) {
        return tr("A neighbour");
    }
}

QString SignalsService::when(const QDateTime &t) const
{
    if (!t.isValid() || !m_context.project())
        return {};
    return QLocale().toString(t.toTimeZone(m_context.project()->zone()),
                              QStringLiteral("d MMM, HH:mm"));
}

QVariantMap SignalsService::office() const
{
    QVariantMap out;
    const auto &project = m_context.project();
    if (!project)
        return out;
    const signalrules::Settings &st = project->signalSettings;
    const QTimeZone zone = project->zone();
    const QDateTime now = m_context.clock().now().toUTC();
    const QLocale locale;
    QStringList days;
    for (int d : st.days())
        days.append(locale.dayName(d, QLocale::ShortFormat));
    const auto clock = [](int minute) {
        return QStringLiteral("%1:%2").arg(minute / 60).arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    const QDateTime next = signalrules::nextOfficeOpening(st, zone, now);
    out.insert(QStringLiteral("emergencyNumber"), project->emergencyNumber);
    out.insert(QStringLiteral("beheerderContact"), project->beheerderContact);
    out.insert(QStringLiteral("officeOpen"), signalrules::officeOpen(st, zone, now));
    out.insert(QStringLiteral("officeHoursText"),
               tr("%1, %2–%3")
                   .arg(days.join(QStringLiteral(", ")), clock(st.opens()), clock(st.closes())));
    out.insert(QStringLiteral("nextOpeningText"),
               next.isValid() ? locale.toString(next.toTimeZone(zone), QStringLiteral("dddd HH:mm"))
                              : QString());
    return out;
}

QVariantList SignalsService::categories() const
{
    QVariantList out;
    for (signalrules::Category c : kCategories)
        out.append(QVariantMap{{QStringLiteral("key"), signalrules::categoryKey(c)},
                               {QStringLiteral("label"), signalrules::categoryLabel(c)}});
    return out;
}

QVariantList SignalsService::outcomes() const
{
    QVariantList out;
    for (signalrules::Outcome o : kOutcomes)
        out.append(QVariantMap{{QStringLiteral("key"), signalrules::outcomeKey(o)},
                               {QStringLiteral("label"), signalrules::outcomeLabel(o)}});
    return out;
}

QVariantList SignalsService::knockOutcomes() const
{
    QVariantList out;
    for (signalrules::KnockOutcome o : kKnockOutcomes)
        out.append(QVariantMap{{QStringLiteral("key"), signalrules::knockOutcomeKey(o)},
                               {QStringLiteral("label"), signalrules::knockOutcomeLabel(o)}});
    return out;
}

QVariantList SignalsService::gangmakers() const
{
    QVariantList out;
    if (!m_context.isReady() || !m_context.may(Action::CreateKnockTask))
        return out;
    try {
        for (const Member &m :
             ProjectRepository(m_context.store()).members(m_context.project()->id))
            if (m.role == Role::Gangmaker)
                out.append(QVariantMap{{QStringLiteral("memberId"), m.id},
                                       {QStringLiteral("name"), m.displayName},
                                       {QStringLiteral("gang"), m.gang}});
    } catch (const StoreError &err) {
        qCWarning(lcSignals) << "reading gangmakers failed:" << err.what();
    }
    return out;
}

QVariantMap SignalsService::check(const QVariantMap &f) const
{
    QVariantMap errors;
    for (const signalrules::Violation &v :
         signalrules::validateRaise(draftOf(f), m_context.today())) {
        const QString field = fieldName(v.field);
        if (!errors.contains(field))
            errors.insert(field, signalrules::problemMessage(v.problem));
    }
    return errors;
}

QString SignalsService::raise(const QVariantMap &f)
{
    const signalrules::Draft d = draftOf(f);
    if (!check(f).isEmpty()) {
        const auto problems = signalrules::validateRaise(d, m_context.today());
        fail(signalrules::problemMessage(problems.constFirst().problem));
        return {};
    }
    Signal sig;
    sig.id = newId();
    sig.category = *d.category;
    sig.urgency = *d.urgency;
    sig.text = d.text;
    sig.studio = d.studio;
    sig.place = d.place;
    sig.since = d.since;
    sig.onBehalf = f.value(QStringLiteral("onBehalf")).toBool();
    sig.raisedAt = m_context.clock().now().toUTC();
    return apply(signalsfamily::raiseMutation(sig), "raise signal") ? sig.id : QString();
}

bool SignalsService::addInfo(const QString &signalId, const QString &text)
{
    return apply(signalsfamily::infoMutation(signalId, newId(), text), "add to signal");
}

bool SignalsService::reopen(const QString &signalId, const QString &reason)
{
    return apply(signalsfamily::reopenMutation(signalId, newId(), reason), "reopen signal");
}

bool SignalsService::start(const QString &signalId, const QString &urgency)
{
    return apply(signalsfamily::startMutation(
                     signalId, fromKey(urgency, kUrgencies, signalrules::urgencyKey)),
                 "start signal");
}

bool SignalsService::answer(const QString &signalId, const QString &text)
{
    return apply(signalsfamily::answerMutation(signalId, newId(), text), "answer signal");
}

bool SignalsService::close(const QString &signalId, const QString &outcome, const QString &answer)
{
    const auto o = fromKey(outcome, kOutcomes, signalrules::outcomeKey);
    return apply(signalsfamily::closeMutation(signalId, o.value_or(signalrules::Outcome::None),
                                              newId(), answer),
                 "close signal");
}

bool SignalsService::merge(const QString &signalId, const QString &intoId)
{
    return apply(signalsfamily::mergeMutation(signalId, intoId), "merge signal");
}

bool SignalsService::addNote(const QString &signalId, const QString &text)
{
    return apply(signalsfamily::noteMutation(signalId, newId(), text), "note on signal");
}

bool SignalsService::askKnock(const QString &signalId, const QString &gangmakerId,
                              const QString &studio, const QString &day)
{
    KnockTask t;
    t.id = newId();
    t.signalId = signalId;
    t.gangmakerId = gangmakerId;
    t.studio = studio;
    t.day = day.isEmpty() ? m_context.today() : QDate::fromString(day, Qt::ISODate);
    return apply(signalsfamily::knockMutation(t), "ask knock");
}

bool SignalsService::recordKnock(const QString &taskId, const QString &outcome)
{
    const auto o = fromKey(outcome, kKnockOutcomes, signalrules::knockOutcomeKey);
    return apply(
        signalsfamily::knockOutcomeMutation(taskId, o.value_or(signalrules::KnockOutcome::None)),
        "record knock");
}

void SignalsService::opened(const QString &signalId)
{
    if (!m_context.isReady() || !m_context.may(Action::ReadSignalNotes))
        return;
    const QDateTime now = m_context.clock().now().toUTC();
    const QDateTime last = m_openedAt.value(signalId);
    if (last.isValid() && last.secsTo(now) < 10 * 60)
        return;
    // Not a step the user takes: no error shown, no list to refresh.
    if (m_context.act(signalsfamily::openMutation(signalId, now), m_outbox, "open signal")
            .isEmpty()) {
        m_openedAt.insert(signalId, now);
        emit queuedForSync();
    }
}

QVariantMap SignalsService::summary(const Signal &sig, const QList<Signal> &all) const
{
    const auto &project = m_context.project();
    const bool beheerder = m_context.member() && signalsfamily::handlesSignals(*m_context.member());
    const QDateTime now = m_context.clock().now().toUTC();
    const signalrules::Lateness late =
        project ? signalrules::latenessAt(sig, project->signalSettings, project->zone(), now)
                : signalrules::Lateness::OnTime;
    QString where = sig.studio.isEmpty()
                        ? sig.place
                        : (sig.place.isEmpty() ? tr("Studio %1").arg(sig.studio)
                                               : tr("Studio %1, %2").arg(sig.studio, sig.place));
    const int together = beheerder ? int(signalrules::situationOf(sig, all).size()) : 0;
    return {
        {QStringLiteral("signalId"), sig.id},
        {QStringLiteral("categoryLabel"), signalrules::categoryLabel(sig.category)},
        {QStringLiteral("whereText"), where},
        {QStringLiteral("state"), signalrules::stateKey(sig.state)},
        {QStringLiteral("stateText"),
         beheerder ? signalrules::stateLabel(sig.state) : signalrules::progressWords(sig.state)},
        {QStringLiteral("urgency"), signalrules::urgencyKey(sig.urgency)},
        {QStringLiteral("urgencyText"), signalrules::urgencyLabel(sig.urgency)},
        {QStringLiteral("dueText"),
         beheerder && signalrules::awaitsReaction(sig) && sig.dueAt.isValid()
             ? tr("Answer before %1").arg(when(sig.dueAt))
             : QString()},
        {QStringLiteral("late"), beheerder ? lateKey(late) : QString()},
        {QStringLiteral("unsent"), sig.state == State::Sent},
        {QStringLiteral("answered"), !sig.answers.isEmpty()},
        {QStringLiteral("togetherCount"), together},
        {QStringLiteral("gang"), sig.gang},
        {QStringLiteral("raisedText"), when(sig.raisedAt)},
        {QStringLiteral("mine"),
         !sig.reporterId.isEmpty() && sig.reporterId == m_context.memberId()},
    };
}

QVariantMap SignalsService::detail(const QString &signalId) const
{
    const auto sig = signal(signalId);
    const auto &member = m_context.member();
    const auto &project = m_context.project();
    if (!sig || !member || !project)
        return {};
    const bool beheerder = signalsfamily::handlesSignals(*member);
    const QList<Signal> all = beheerder ? signalList() : QList<Signal>{};
    QVariantMap out = summary(*sig, all);
    const QDateTime now = m_context.clock().now().toUTC();
    const auto texts = [&](const QList<signalrules::Text> &list) {
        QVariantList rows;
        for (const signalrules::Text &t : list)
            rows.append(QVariantMap{
                {QStringLiteral("text"), t.text},
                {QStringLiteral("author"),
                 t.authorId.isEmpty() ? tr("The reporter") : nameOf(t.authorId)},
                {QStringLiteral("whenText"), t.at.isValid() ? when(t.at) : tr("Not sent yet")}});
        return rows;
    };
    const auto may = [&](signalrules::Step step, Action action) {
        return permits(*member, action, {sig->reporterId, sig->gang}) &&
               signalrules::stepProblem(step, sig->state) == signalrules::Problem::None;
    };
    out.insert(QStringLiteral("text"), sig->text);
    out.insert(QStringLiteral("studio"), sig->studio);
    out.insert(QStringLiteral("sinceText"),
               sig->since.isValid() ? QLocale().toString(sig->since, QLocale::LongFormat)
                                    : QString());
    out.insert(QStringLiteral("answers"), texts(sig->answers));
    out.insert(QStringLiteral("infos"), texts(sig->infos));
    out.insert(QStringLiteral("onBehalf"), sig->onBehalf);
    out.insert(QStringLiteral("mayAddInfo"),
               may(signalrules::Step::AddInfo, Action::AddSignalInfo));
    const bool reopenable = signalrules::checkReopen(*sig, now) == signalrules::Problem::None &&
                            permits(*member, Action::ReopenSignal, {sig->reporterId, sig->gang});
    out.insert(QStringLiteral("mayReopen"), reopenable);
    out.insert(QStringLiteral("reopenUntilText"),
               reopenable ? when(signalrules::reopenUntil(*sig)) : QString());
    out.insert(QStringLiteral("beheerder"), beheerder);
    if (!beheerder)
        return out;
    out.insert(QStringLiteral("reporterText"), sig->reporterId.isEmpty()
                                                   ? tr("Forgotten: it was closed long ago")
                                                   : nameOf(sig->reporterId));
    out.insert(QStringLiteral("notes"), texts(sig->notes));
    out.insert(QStringLiteral("outcomeText"), signalrules::outcomeLabel(sig->outcome));
    out.insert(QStringLiteral("handledBy"), nameOf(sig->handledBy));
    out.insert(QStringLiteral("receivedText"), when(sig->receivedAt));
    out.insert(QStringLiteral("mayStart"), may(signalrules::Step::Start, Action::TriageSignal));
    out.insert(QStringLiteral("mayAnswer"), may(signalrules::Step::Answer, Action::TriageSignal));
    out.insert(QStringLiteral("mayClose"), may(signalrules::Step::Close, Action::TriageSignal));
    out.insert(QStringLiteral("mayNote"), may(signalrules::Step::AddNote, Action::AddSignalNote));
    out.insert(QStringLiteral("mayKnock"),
               may(signalrules::Step::AskKnock, Action::CreateKnockTask));
    // The same situation: the same studio within 48 hours, and what was merged with it.
    QVariantList together, targets;
    const QStringList situation = signalrules::situationOf(*sig, all);
    for (const Signal &other : all) {
        if (other.id == sig->id)
            continue;
        const QVariantMap row{
            {QStringLiteral("signalId"), other.id},
            {QStringLiteral("categoryLabel"), signalrules::categoryLabel(other.category)},
            {QStringLiteral("stateText"), signalrules::stateLabel(other.state)},
            {QStringLiteral("raisedText"), when(other.raisedAt)},
            {QStringLiteral("reporterText"),
             other.reporterId.isEmpty() ? tr("Forgotten") : nameOf(other.reporterId)},
            {QStringLiteral("text"), other.text}};
        if (situation.contains(other.id))
            together.append(row);
        if (signalrules::checkMerge(*sig, other) == signalrules::Problem::None)
            (situation.contains(other.id) ? targets.prepend(row) : targets.append(row));
    }
    out.insert(QStringLiteral("together"), together);
    out.insert(QStringLiteral("mergeTargets"), targets);
    out.insert(QStringLiteral("mayMerge"),
               may(signalrules::Step::Merge, Action::TriageSignal) && !targets.isEmpty());
    if (!sig->mergedInto.isEmpty())
        if (const auto into = signal(sig->mergedInto))
            out.insert(QStringLiteral("mergedIntoText"),
                       tr("Handled together with: %1, %2")
                           .arg(signalrules::categoryLabel(into->category), when(into->raisedAt)));
    QVariantList knocks;
    try {
        for (const KnockTask &t : SignalRepository(m_context.store()).knockTasksFor(sig->id))
            knocks.append(QVariantMap{
                {QStringLiteral("text"),
                 tr("%1 knocks on studio %2 on %3")
                     .arg(nameOf(t.gangmakerId), t.studio,
                          QLocale().toString(t.day, QStringLiteral("dddd d MMMM")))},
                {QStringLiteral("outcomeText"), t.outcome == signalrules::KnockOutcome::None
                                                    ? tr("Not done yet")
                                                    : signalrules::knockOutcomeLabel(t.outcome)}});
    } catch (const StoreError &err) {
        qCWarning(lcSignals) << "reading knock tasks failed:" << err.what();
    }
    out.insert(QStringLiteral("knocks"), knocks);
    return out;
}

QVariantList SignalsService::myKnockTasks() const
{
    QVariantList out;
    if (!m_context.isReady())
        return out;
    const QDate today = m_context.today();
    try {
        QList<KnockTask> tasks =
            SignalRepository(m_context.store()).knockTasks(m_context.project()->id);
        std::stable_sort(tasks.begin(), tasks.end(), [](const KnockTask &a, const KnockTask &b) {
            return (a.outcome == signalrules::KnockOutcome::None) >
                   (b.outcome == signalrules::KnockOutcome::None);
        });
        for (const KnockTask &t : tasks) {
            if (t.gangmakerId != m_context.memberId())
                continue;
            const QString dayText = t.day == today
                                        ? tr("today")
                                        : QLocale().toString(t.day, QStringLiteral("dddd d MMMM"));
            out.append(QVariantMap{
                {QStringLiteral("taskId"), t.id},
                {QStringLiteral("text"),
                 tr("Please knock on studio %1 %2 and see how they are.").arg(t.studio, dayText)},
                {QStringLiteral("askedBy"), nameOf(t.askedBy)},
                {QStringLiteral("done"), t.outcome != signalrules::KnockOutcome::None},
                {QStringLiteral("outcomeText"), signalrules::knockOutcomeLabel(t.outcome)}});
        }
    } catch (const StoreError &err) {
        qCWarning(lcSignals) << "reading knock tasks failed:" << err.what();
    }
    return out;
}

// --- The lists ---------------------------------------------------------------------------------

SignalListModel::SignalListModel(SignalsService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    connect(&m_service, &SignalsService::signalsChanged, this, &SignalListModel::reload);
}

void SignalListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    reload();
}

void SignalListModel::setGang(const QString &gang)
{
    if (gang == m_gang)
        return;
    m_gang = gang;
    emit filterChanged();
    reload();
}

void SignalListModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    emit filterChanged();
    reload();
}

void SignalListModel::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit filterChanged();
    reload();
}

QStringList SignalListModel::gangs() const
{
    return m_gangs;
}

void SignalListModel::reload()
{
    const MemberContext &ctx = m_service.memberContext();
    QList<QVariantMap> rows;
    QStringList gangs;
    int overdue = 0;
    if (ctx.member()) {
        const bool inbox =
            m_filter == QLatin1String("inbox") && signalsfamily::handlesSignals(*ctx.member());
        QList<Signal> all = m_service.signalList();
        if (inbox)
            std::stable_sort(all.begin(), all.end(), [](const Signal &a, const Signal &b) {
                if (rank(a) != rank(b))
                    return rank(a) < rank(b);
                if (rank(a) == 0)
                    return a.dueAt < b.dueAt;
                return false; // the store's order: the newest first
            });
        for (const Signal &sig : all) {
            if (inbox && !sig.gang.isEmpty() && !gangs.contains(sig.gang))
                gangs.append(sig.gang);
            if (!inbox) {
                if (sig.reporterId != ctx.memberId())
                    continue;
            } else {
                if (!m_gang.isEmpty() && sig.gang != m_gang)
                    continue;
                if (!m_category.isEmpty() && signalrules::categoryKey(sig.category) != m_category)
                    continue;
                const bool open = sig.state != State::Closed;
                if ((m_state == QLatin1String("open") && !open) ||
                    (m_state == QLatin1String("closed") && open))
                    continue;
            }
            QVariantMap row = m_service.summary(sig, all);
            if (!row.value(QStringLiteral("late")).toString().isEmpty())
                ++overdue;
            rows.append(row);
        }
    }
    gangs.sort();
    m_gangs = gangs;
    replaceRows(m_rows, std::move(rows));
    if (overdue != m_overdue) {
        m_overdue = overdue;
        emit countsChanged();
    }
}

QVariantMap SignalListModel::rowAt(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index) : QVariantMap();
}

int SignalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

namespace {

// The rows' keys (SignalsService::summary) as roles: Qt::UserRole + 1 + i is roleKeys()[i].
const QList<QString> &roleKeys()
{
    static const QList<QString> keys = {
        QStringLiteral("signalId"),    QStringLiteral("categoryLabel"),
        QStringLiteral("whereText"),   QStringLiteral("state"),
        QStringLiteral("stateText"),   QStringLiteral("urgency"),
        QStringLiteral("urgencyText"), QStringLiteral("dueText"),
        QStringLiteral("late"),        QStringLiteral("unsent"),
        QStringLiteral("answered"),    QStringLiteral("togetherCount"),
        QStringLiteral("gang"),        QStringLiteral("raisedText"),
        QStringLiteral("mine")};
    return keys;
}

} // namespace

QHash<int, QByteArray> SignalListModel::roleNames() const
{
    QHash<int, QByteArray> out;
    for (int i = 0; i < roleKeys().size(); ++i)
        out.insert(Qt::UserRole + 1 + i, roleKeys().at(i).toLatin1());
    return out;
}

QVariant SignalListModel::data(const QModelIndex &index, int role) const
{
    const int i = role - Qt::UserRole - 1;
    if (!isRow(index) || i < 0 || i >= roleKeys().size())
        return {};
    return m_rows.at(index.row()).value(roleKeys().at(i));
}

} // namespace gw
