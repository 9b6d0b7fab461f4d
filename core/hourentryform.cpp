#include "hourentryform.h"

#include "hoursservice.h"

#include <QDate>
#include <QLocale>

namespace gw {

HourEntryForm::HourEntryForm(HoursService &service, QObject *parent)
    : QObject(parent), m_service(service)
{
    connect(&m_service, &HoursService::changed, this, [this] {
        if (m_category.isEmpty() && !m_service.categories().isEmpty())
            setCategory(m_service.categories().constFirst());
        if (m_showErrors)
            validate();
    });
    if (!m_service.categories().isEmpty())
        m_category = m_service.categories().constFirst();
}

void HourEntryForm::setDaysBack(int d)
{
    if (d == m_daysBack)
        return;
    m_daysBack = d;
    emit inputChanged();
    if (m_showErrors)
        validate();
}

void HourEntryForm::setMinutes(int m)
{
    if (m == m_minutes)
        return;
    m_minutes = m;
    emit inputChanged();
    if (m_showErrors)
        validate();
}

void HourEntryForm::setCategory(const QString &c)
{
    if (c == m_category)
        return;
    m_category = c;
    emit inputChanged();
    if (m_showErrors)
        validate();
}

void HourEntryForm::setNote(const QString &n)
{
    if (n == m_note)
        return;
    m_note = n;
    emit inputChanged();
    if (m_showErrors)
        validate();
}

void HourEntryForm::setDayIso(const QString &iso)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    if (day.isValid())
        setDaysBack(int(day.daysTo(m_service.today())));
}

QString HourEntryForm::isoDaysBack(int daysBack) const
{
    return m_service.today().addDays(-daysBack).toString(Qt::ISODate);
}

int HourEntryForm::maxDaysBack() const
{
    return m_service.backdatingDays();
}

QString HourEntryForm::dayLabel(int daysBack) const
{
    if (daysBack == 0)
        return tr("Today");
    if (daysBack == 1)
        return tr("Yesterday");
    return QLocale().toString(m_service.today().addDays(-daysBack), QStringLiteral("dddd d MMMM"));
}

hours::EntryDraft HourEntryForm::draft() const
{
    return {m_service.today().addDays(-m_daysBack), m_minutes, m_category, m_note};
}

void HourEntryForm::validate()
{
    showViolations(m_service.check(draft(), m_correctingId));
}

void HourEntryForm::showViolations(const QList<hours::RuleViolation> &violations)
{
    QString day, minutes, category, note;
    for (const auto &v : violations) {
        QString &slot = v.field == hours::Field::Day        ? day
                        : v.field == hours::Field::Minutes  ? minutes
                        : v.field == hours::Field::Category ? category
                                                            : note;
        if (slot.isEmpty())
            slot = v.message;
    }
    if (day != m_dayError || minutes != m_minutesError || category != m_categoryError ||
        note != m_noteError) {
        m_dayError = day;
        m_minutesError = minutes;
        m_categoryError = category;
        m_noteError = note;
        emit errorsChanged();
    }
}

bool HourEntryForm::submit()
{
    m_showErrors = true;
    m_formError.clear();
    QList<hours::RuleViolation> violations;
    const bool wasCorrection = !m_correctingId.isEmpty();
    if (!m_service.log(draft(), m_correctingId, &violations)) {
        if (violations.isEmpty())
            m_formError = m_service.lastError();
        showViolations(violations); // log() checked them already: no second query
        emit errorsChanged();
        return false;
    }
    const QString amount = hours::formatMinutes(m_minutes);
    clear();
    emit saved(wasCorrection ? tr("Changed. Your entry is now %1.").arg(amount)
                             : tr("Saved: %1. Thank you for helping!").arg(amount));
    return true;
}

void HourEntryForm::clear()
{
    m_daysBack = 0;
    m_minutes = 60;
    m_category = m_service.categories().value(0);
    m_note.clear();
    m_correctingId.clear();
    m_showErrors = false;
    m_dayError.clear();
    m_minutesError.clear();
    m_categoryError.clear();
    m_noteError.clear();
    m_formError.clear();
    emit inputChanged();
    emit errorsChanged();
}

bool HourEntryForm::startCorrection(const QString &entryId)
{
    const auto e = m_service.repository().entry(entryId);
    if (!e || e->voids)
        return false;
    clear();
    m_correctingId = e->id;
    m_daysBack = int(e->day.daysTo(m_service.today()));
    m_minutes = e->minutes;
    m_category = e->category;
    m_note = e->note;
    emit inputChanged();
    return true;
}

} // namespace gw
