#pragma once

#include "records.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>

namespace gw {

class ActivitiesService;

/// The state behind the gangmaker's "Plan an activity" form (and "Change" for an activity that
/// exists): what was typed, the message under each field and save(). Every message is core's
/// (ActivitiesService::check, that is activities::validateActivity with the context
/// PlanActivity uses); the form only says which field it belongs to. Errors show after the
/// first save and then follow every change, so nobody is told off while still typing.
///
/// Times are a day and minutes from midnight in the project's time zone; the activity ends on
/// the day it starts. It may repeat (a series, issue 8): how and until which day, with a
/// preview in core's words (activities::repeatText, activities::seriesDates). A date of a series
/// is changed alone (its series' rule stays, as the server keeps it) or with every later date.
class ActivityForm : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY inputChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY inputChanged)
    /// The places this activity may be in, by name (a corridor's common room only for that
    /// corridor's activities, rooms for everyone always): what the place list offers.
    Q_PROPERTY(QStringList placeNames READ placeNames NOTIFY inputChanged)
    /// The chosen place in placeNames; -1 for none.
    Q_PROPERTY(int placeIndex READ placeIndex WRITE setPlaceIndex NOTIFY inputChanged)
    /// The day as an ISO date ("2026-11-24").
    Q_PROPERTY(QString dayIso READ dayIso WRITE setDayIso NOTIFY inputChanged)
    /// Minutes from midnight.
    Q_PROPERTY(int startMinutes READ startMinutes WRITE setStartMinutes NOTIFY inputChanged)
    Q_PROPERTY(int endMinutes READ endMinutes WRITE setEndMinutes NOTIFY inputChanged)
    Q_PROPERTY(
        bool capacityLimited READ capacityLimited WRITE setCapacityLimited NOTIFY inputChanged)
    Q_PROPERTY(int capacity READ capacity WRITE setCapacity NOTIFY inputChanged)
    Q_PROPERTY(bool hasDeadline READ hasDeadline WRITE setHasDeadline NOTIFY inputChanged)
    Q_PROPERTY(
        QString deadlineDayIso READ deadlineDayIso WRITE setDeadlineDayIso NOTIFY inputChanged)
    Q_PROPERTY(
        int deadlineMinutes READ deadlineMinutes WRITE setDeadlineMinutes NOTIFY inputChanged)
    Q_PROPERTY(bool countsAsHours READ countsAsHours WRITE setCountsAsHours NOTIFY inputChanged)
    Q_PROPERTY(int creditMinutes READ creditMinutes WRITE setCreditMinutes NOTIFY inputChanged)
    /// For the whole project (true) or for the member's corridor.
    Q_PROPERTY(bool forEveryone READ forEveryone WRITE setForEveryone NOTIFY inputChanged)
    /// Which audiences this member may choose (the permission table); a change keeps its gang.
    Q_PROPERTY(bool mayChooseGang READ mayChooseGang NOTIFY inputChanged)
    Q_PROPERTY(bool mayChooseEveryone READ mayChooseEveryone NOTIFY inputChanged)
    /// The member's corridor (or the corridor of the activity being changed).
    Q_PROPERTY(QString gangName READ gangName NOTIFY inputChanged)
    /// The activity being changed; empty for a new one.
    Q_PROPERTY(QString editingId READ editingId NOTIFY inputChanged)
    /// How it repeats: "none", "weekly", "fortnightly" or "monthly" (the same weekday of the
    /// same week of the month). Switching it on gives a last day 8 weeks after the day.
    Q_PROPERTY(QString repeat READ repeat WRITE setRepeat NOTIFY inputChanged)
    /// The last day a date of the series may fall on, as an ISO date; empty when none.
    Q_PROPERTY(
        QString repeatUntilIso READ repeatUntilIso WRITE setRepeatUntilIso NOTIFY inputChanged)
    /// The days the last day's calendar offers: from the day after the first date, a year on.
    Q_PROPERTY(QString repeatUntilFirstIso READ repeatUntilFirstIso NOTIFY inputChanged)
    Q_PROPERTY(QString repeatUntilLastIso READ repeatUntilLastIso NOTIFY inputChanged)
    /// The series in words, "Every Tuesday, until 2 March – 9 dates" (core's repeatText and
    /// seriesDates); for "only this date" of a series, that the series stays; empty otherwise.
    Q_PROPERTY(QString repeatPreview READ repeatPreview NOTIFY inputChanged)
    /// The activity being changed is a date of a series: the form asks "only this date" or
    /// "this date and all later dates".
    Q_PROPERTY(bool inSeries READ inSeries NOTIFY inputChanged)
    /// For a date of a series: change it and every later date (false: only this date, the
    /// default). Only then may the repeat fields change.
    Q_PROPERTY(bool thisAndLater READ thisAndLater WRITE setThisAndLater NOTIFY inputChanged)
    /// Whether the repeat fields may change now: a new activity, or "this and later" of a series.
    Q_PROPERTY(bool repeatEditable READ repeatEditable NOTIFY inputChanged)
    /// The days the calendar offers: from today (or the day of a change that has started) to a
    /// year ahead.
    Q_PROPERTY(QString firstDayIso READ firstDayIso NOTIFY inputChanged)
    Q_PROPERTY(QString lastDayIso READ lastDayIso NOTIFY inputChanged)
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY inputChanged)
    // Core's limits, for the controls' ranges (the rules stay core's).
    Q_PROPERTY(int maxTitleChars READ maxTitleChars CONSTANT)
    Q_PROPERTY(int maxCapacity READ maxCapacity CONSTANT)
    Q_PROPERTY(int maxCreditMinutes READ maxCreditMinutes CONSTANT)

    Q_PROPERTY(QString titleError READ titleError NOTIFY errorsChanged)
    Q_PROPERTY(QString descriptionError READ descriptionError NOTIFY errorsChanged)
    Q_PROPERTY(QString placeError READ placeError NOTIFY errorsChanged)
    Q_PROPERTY(QString startError READ startError NOTIFY errorsChanged)
    Q_PROPERTY(QString endError READ endError NOTIFY errorsChanged)
    /// The room is booked then: names the other activity and its times.
    Q_PROPERTY(QString clashError READ clashError NOTIFY errorsChanged)
    Q_PROPERTY(QString capacityError READ capacityError NOTIFY errorsChanged)
    Q_PROPERTY(QString deadlineError READ deadlineError NOTIFY errorsChanged)
    Q_PROPERTY(QString creditError READ creditError NOTIFY errorsChanged)
    /// The last day is missing, not after the first date, or gives too many dates.
    Q_PROPERTY(QString repeatError READ repeatError NOTIFY errorsChanged)
    /// A refusal that belongs to no field (not allowed, cannot be saved), in words.
    Q_PROPERTY(QString formError READ formError NOTIFY errorsChanged)
    /// The first field with a message, in the form's order ("title", "description", "place",
    /// "start", "end", "clash", "repeat", "capacity", "deadline", "credit", "form"); empty when
    /// none: where the keyboard focus goes after a save that did not work.
    Q_PROPERTY(QString firstErrorField READ firstErrorField NOTIFY errorsChanged)

public:
    explicit ActivityForm(ActivitiesService &service, QObject *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString &t);
    QString description() const { return m_description; }
    void setDescription(const QString &d);
    QStringList placeNames() const;
    int placeIndex() const;
    void setPlaceIndex(int index);
    /// The chosen place's id (empty for none).
    QString placeId() const { return m_placeId; }
    void setPlaceId(const QString &id);
    QString dayIso() const { return m_day.toString(Qt::ISODate); }
    void setDayIso(const QString &iso);
    int startMinutes() const { return m_startMinutes; }
    void setStartMinutes(int m);
    int endMinutes() const { return m_endMinutes; }
    void setEndMinutes(int m);
    bool capacityLimited() const { return m_capacityLimited; }
    void setCapacityLimited(bool on);
    int capacity() const { return m_capacity; }
    void setCapacity(int c);
    bool hasDeadline() const { return m_hasDeadline; }
    void setHasDeadline(bool on);
    QString deadlineDayIso() const { return m_deadlineDay.toString(Qt::ISODate); }
    void setDeadlineDayIso(const QString &iso);
    int deadlineMinutes() const { return m_deadlineMinutes; }
    void setDeadlineMinutes(int m);
    bool countsAsHours() const { return m_countsAsHours; }
    void setCountsAsHours(bool on);
    int creditMinutes() const { return m_creditMinutes; }
    void setCreditMinutes(int m);
    bool forEveryone() const { return m_forEveryone; }
    void setForEveryone(bool on);
    bool mayChooseGang() const;
    bool mayChooseEveryone() const;
    QString gangName() const;
    QString editingId() const { return m_editingId; }
    QString repeat() const;
    void setRepeat(const QString &repeat);
    activities::Repeat repeatKind() const { return m_repeat; }
    QDate repeatUntil() const { return m_repeatUntil; }
    QString repeatUntilIso() const { return m_repeatUntil.toString(Qt::ISODate); }
    void setRepeatUntilIso(const QString &iso);
    QString repeatUntilFirstIso() const;
    QString repeatUntilLastIso() const;
    QString repeatPreview() const;
    bool inSeries() const { return !m_editingId.isEmpty() && !m_editingSeriesId.isEmpty(); }
    bool thisAndLater() const { return m_thisAndLater; }
    void setThisAndLater(bool on);
    /// A new activity, a single one (repeating from its date on), or a series' date with "this
    /// and later".
    bool repeatEditable() const { return m_editingId.isEmpty() || !inSeries() || m_thisAndLater; }
    QString firstDayIso() const;
    QString lastDayIso() const;
    QString todayIso() const;
    int maxTitleChars() const { return activities::kMaxTitleChars; }
    int maxCapacity() const { return activities::kMaxCapacity; }
    int maxCreditMinutes() const { return activities::kMaxCreditMinutes; }

    QString titleError() const { return m_titleError; }
    QString descriptionError() const { return m_descriptionError; }
    QString placeError() const { return m_placeError; }
    QString startError() const { return m_startError; }
    QString endError() const { return m_endError; }
    QString clashError() const { return m_clashError; }
    QString capacityError() const { return m_capacityError; }
    QString deadlineError() const { return m_deadlineError; }
    QString creditError() const { return m_creditError; }
    QString repeatError() const { return m_repeatError; }
    QString formError() const { return m_formError; }
    QString firstErrorField() const;

    /// The activity as typed (a new id for a new one, the one being changed otherwise).
    Activity activity() const;

    /// An empty form for a new activity: tomorrow 19:00–21:00, for the member's corridor
    /// when they may plan there.
    Q_INVOKABLE void clear();
    /// Fills the form from @p activityId, so that save() changes it (its corridor stays);
    /// false when there is no such activity or this member may not change it.
    Q_INVOKABLE bool load(const QString &activityId);
    /// Plans (or changes) the activity when every rule passes; true when stored. A series is
    /// planned as all its dates; a date of a series is changed alone or, with thisAndLater,
    /// with every later date (ActivitiesService::plan). A refusal
    /// stays in the form, with its reason.
    Q_INVOKABLE bool save();
    /// "dinsdag 24 november 2026" for an ISO date, in the user's language.
    Q_INVOKABLE QString dayText(const QString &iso) const;
    /// "19:00" for minutes from midnight, in the user's language's digits.
    Q_INVOKABLE QString timeText(int minutes) const;

signals:
    void inputChanged();
    void errorsChanged();
    /// After a successful save, with a short message and the activity's id.
    void saved(const QString &message, const QString &activityId);

private:
    struct PlaceChoice
    {
        QString id;
        QString name;
    };
    QList<PlaceChoice> offeredPlaces() const;
    QString draftGang() const;
    QDate today() const;
    void changed();
    void showViolations(const QList<activities::RuleViolation> &violations);
    // Whether save() and the checks reach the later dates of a series.
    bool changesLaterDates() const
    {
        return inSeries() ? m_thisAndLater
                          : !m_editingId.isEmpty() && m_repeat != activities::Repeat::None;
    }

    ActivitiesService &m_service;
    QString m_title, m_description, m_placeId;
    QDate m_day;
    int m_startMinutes = 19 * 60;
    int m_endMinutes = 21 * 60;
    bool m_capacityLimited = false;
    int m_capacity = 10;
    bool m_hasDeadline = false;
    QDate m_deadlineDay;
    int m_deadlineMinutes = 12 * 60;
    bool m_countsAsHours = false;
    int m_creditMinutes = 60;
    bool m_forEveryone = false;
    QString m_editingId;
    QString m_editingGang; // the corridor of the activity being changed (fixed)
    QStringList m_editingOrganisers;
    QDate m_editingDay; // the day of the activity being changed, as loaded
    // A date of a series being changed: its series and place in it, and its series' rule as
    // loaded (what "only this date" keeps).
    QString m_editingSeriesId;
    int m_editingSeriesIndex = 0;
    activities::Repeat m_loadedRepeat = activities::Repeat::None;
    QDate m_loadedRepeatUntil;
    activities::Repeat m_repeat = activities::Repeat::None;
    QDate m_repeatUntil;
    bool m_thisAndLater = false;
    bool m_showErrors = false;
    QString m_titleError, m_descriptionError, m_placeError, m_startError, m_endError, m_clashError,
        m_capacityError, m_deadlineError, m_creditError, m_repeatError, m_formError;
};

} // namespace gw
