#pragma once

// The C++ types QML sees, registered declaratively: the session as the App singleton and the
// services and models it hands out as named, uncreatable types (so qmllint knows them).

#include "activitiesservice.h"
#include "activityattendancemodel.h"
#include "activityform.h"
#include "activityweekmodel.h"
#include "calendarexport.h"
#include "devicesservice.h"
#include "displaysettings.h"
#include "enrolment.h"
#include "hourentryform.h"
#include "hourhistorymodel.h"
#include "hoursservice.h"
#include "membercontext.h"
#include "memberprogressmodel.h"
#include "rejectionmodel.h"
#include "residentsfilter.h"
#include "rowlistmodel.h"
#include "servicesservice.h"
#include "session.h"
#include "signalsservice.h"
#include "syncengine.h"
#include "syncstatus.h"

#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

struct AppSingleton
{
    Q_GADGET
    QML_FOREIGN(gw::Session)
    QML_SINGLETON
    QML_NAMED_ELEMENT(App)
public:
    // main.cpp (or a test) owns the session; QML only borrows it.
    static gw::Session *create(QQmlEngine *engine, QJSEngine *)
    {
        gw::Session *session = gw::Session::instance();
        Q_ASSERT_X(session, "App", "create the gw::Session before loading QML");
        QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
        session->attachEngine(engine);
        return session;
    }
};

struct ActivitiesServiceForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ActivitiesService)
    QML_NAMED_ELEMENT(ActivitiesService)
    QML_UNCREATABLE("Use App.activities.")
};

struct ServicesServiceForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ServicesService)
    QML_NAMED_ELEMENT(ServicesService)
    QML_UNCREATABLE("Use App.services.")
};

struct ServicePostModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ServicePostModel)
    QML_NAMED_ELEMENT(ServicePostModel)
    QML_UNCREATABLE("Use App.helpBoard.")
};

struct SignalsServiceForeign
{
    Q_GADGET
    QML_FOREIGN(gw::SignalsService)
    QML_NAMED_ELEMENT(SignalsService)
    QML_UNCREATABLE("Use App.signalling.")
};

struct SignalListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::SignalListModel)
    QML_NAMED_ELEMENT(SignalListModel)
    QML_UNCREATABLE("Use App.mySignals or App.signalInbox.")
};

struct ActivityListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ActivityListModel)
    QML_NAMED_ELEMENT(ActivityListModel)
    QML_UNCREATABLE("Use App.programme.")
};

struct ActivityFormForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ActivityForm)
    QML_NAMED_ELEMENT(ActivityForm)
    QML_UNCREATABLE("Use App.activityForm.")
};

struct ActivityAttendanceModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ActivityAttendanceModel)
    QML_NAMED_ELEMENT(ActivityAttendanceModel)
    QML_UNCREATABLE("Use App.attendance.")
};

struct ActivityWeekModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ActivityWeekModel)
    QML_NAMED_ELEMENT(ActivityWeekModel)
    QML_UNCREATABLE("Use App.week.")
};

struct CalendarExportForeign
{
    Q_GADGET
    QML_FOREIGN(gw::CalendarExport)
    QML_NAMED_ELEMENT(CalendarExport)
    QML_UNCREATABLE("Use App.calendar.")
};

struct HoursServiceForeign
{
    Q_GADGET
    QML_FOREIGN(gw::HoursService)
    QML_NAMED_ELEMENT(HoursService)
    QML_UNCREATABLE("Use App.hours.")
};

struct MemberContextForeign
{
    Q_GADGET
    QML_FOREIGN(gw::MemberContext)
    QML_NAMED_ELEMENT(MemberContext)
    QML_UNCREATABLE("Use App.context.")
};

struct HourEntryFormForeign
{
    Q_GADGET
    QML_FOREIGN(gw::HourEntryForm)
    QML_NAMED_ELEMENT(HourEntryForm)
    QML_UNCREATABLE("Use App.form.")
};

// The list models' common base, known to QML (and qmllint) for its `count`.
struct RowListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::RowListModel)
    QML_ANONYMOUS
};

struct HourHistoryModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::HourHistoryModel)
    QML_NAMED_ELEMENT(HourHistoryModel)
    QML_UNCREATABLE("Use App.history.")
};

struct MonthlyHoursModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::MonthlyHoursModel)
    QML_NAMED_ELEMENT(MonthlyHoursModel)
    QML_UNCREATABLE("Use App.months.")
};

struct MemberProgressModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::MemberProgressModel)
    QML_NAMED_ELEMENT(MemberProgressModel)
    QML_UNCREATABLE("Use App.members.")
};

struct DevicesServiceForeign
{
    Q_GADGET
    QML_FOREIGN(gw::DevicesService)
    QML_NAMED_ELEMENT(DevicesService)
    QML_UNCREATABLE("Use App.devices.")
};

struct DeviceListModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::DeviceListModel)
    QML_NAMED_ELEMENT(DeviceListModel)
    QML_UNCREATABLE("Use App.residentDevices.")
};

struct DisplaySettingsForeign
{
    Q_GADGET
    QML_FOREIGN(gw::DisplaySettings)
    QML_NAMED_ELEMENT(DisplaySettings)
    QML_UNCREATABLE("Use App.display.")
};

struct ResidentsFilterForeign
{
    Q_GADGET
    QML_FOREIGN(gw::ResidentsFilter)
    QML_NAMED_ELEMENT(ResidentsFilter)
    QML_UNCREATABLE("Use App.residents.")
};

struct SyncEngineForeign
{
    Q_GADGET
    QML_FOREIGN(gw::sync::SyncEngine)
    QML_NAMED_ELEMENT(SyncEngine)
    QML_UNCREATABLE("Use App.sync.")
};

struct SyncStatusForeign
{
    Q_GADGET
    QML_FOREIGN(gw::sync::SyncStatus)
    QML_NAMED_ELEMENT(SyncStatus)
    QML_UNCREATABLE("Use App.syncStatus.")
};

struct EnrolmentForeign
{
    Q_GADGET
    QML_FOREIGN(gw::sync::Enrolment)
    QML_NAMED_ELEMENT(Enrolment)
    QML_UNCREATABLE("Use App.enrolment.")
};

struct RejectionModelForeign
{
    Q_GADGET
    QML_FOREIGN(gw::sync::RejectionModel)
    QML_NAMED_ELEMENT(RejectionModel)
    QML_UNCREATABLE("Use App.sync.rejections.")
};
