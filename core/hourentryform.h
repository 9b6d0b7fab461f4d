#pragma once

#include "hoursrules.h"

#include <QObject>
#include <QString>

namespace gw {

class HoursService;

/// The state behind the "Uren loggen" form: what was typed, the message beside each field and
/// submit(). Errors show after the first submit and then follow every change, so nobody is
/// told off while still typing.
class HourEntryForm : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int daysBack READ daysBack WRITE setDaysBack NOTIFY inputChanged)
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY inputChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY inputChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY inputChanged)
    Q_PROPERTY(QString correctingId READ correctingId NOTIFY inputChanged)
    Q_PROPERTY(int maxDaysBack READ maxDaysBack NOTIFY inputChanged)
    /// The chosen day as an ISO date ("2026-11-16"), for the calendar.
    Q_PROPERTY(QString dayIso READ dayIso WRITE setDayIso NOTIFY inputChanged)
    Q_PROPERTY(QString dayError READ dayError NOTIFY errorsChanged)
    Q_PROPERTY(QString minutesError READ minutesError NOTIFY errorsChanged)
    Q_PROPERTY(QString categoryError READ categoryError NOTIFY errorsChanged)
    Q_PROPERTY(QString noteError READ noteError NOTIFY errorsChanged)
    Q_PROPERTY(QString formError READ formError NOTIFY errorsChanged)

public:
    explicit HourEntryForm(HoursService &service, QObject *parent = nullptr);

    int daysBack() const { return m_daysBack; }
    void setDaysBack(int d);
    int minutes() const { return m_minutes; }
    void setMinutes(int m);
    QString category() const { return m_category; }
    void setCategory(const QString &c);
    QString note() const { return m_note; }
    void setNote(const QString &n);
    QString correctingId() const { return m_correctingId; }
    int maxDaysBack() const;
    QString dayIso() const { return isoDaysBack(m_daysBack); }
    /// Chooses a day by its ISO date; an unreadable date changes nothing.
    void setDayIso(const QString &iso);

    QString dayError() const { return m_dayError; }
    QString minutesError() const { return m_minutesError; }
    QString categoryError() const { return m_categoryError; }
    QString noteError() const { return m_noteError; }
    QString formError() const { return m_formError; }

    /// Stores the entry when every rule passes; true when stored (the form is then cleared).
    Q_INVOKABLE bool submit();
    Q_INVOKABLE void clear();
    /// Fills the form from an existing entry, so that submit() replaces it.
    Q_INVOKABLE bool startCorrection(const QString &entryId);
    /// "vandaag", "gisteren", "maandag 16 november" for a day this many days back.
    Q_INVOKABLE QString dayLabel(int daysBack) const;
    /// The ISO date of the day this many days back from today in the project's time zone.
    Q_INVOKABLE QString isoDaysBack(int daysBack) const;

signals:
    void inputChanged();
    void errorsChanged();
    /// After a successful submit, with a short thank-you for the user.
    void saved(const QString &message);

private:
    hours::EntryDraft draft() const;
    void validate();
    void showViolations(const QList<hours::RuleViolation> &violations);
    HoursService &m_service;
    int m_daysBack = 0;
    int m_minutes = 60;
    QString m_category;
    QString m_note;
    QString m_correctingId;
    bool m_showErrors = false;
    QString m_dayError, m_minutesError, m_categoryError, m_noteError, m_formError;
};

} // namespace gw
