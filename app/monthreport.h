#pragma once

#include "memberprogressmodel.h"

#include <QString>

namespace gw {

/// The beheerder's month report for the housing provider: per resident, by corridor, the hours
/// done and asked in one period, and who was paused. Written as CSV (for a spreadsheet) and as
/// PDF (Qt's own PDF writer, to print or send), in the user's language.
struct MonthReport
{
    QString projectName;
    QString periodLabel; // "november 2026"
    QList<ReportLine> lines;
};

/// Semicolon-separated, UTF-8 with a byte-order mark: what a Dutch spreadsheet opens as is.
/// Minutes as whole numbers (to add up), hours in words beside them (to read).
QByteArray reportCsv(const MonthReport &report);
/// The report as HTML, which the PDF is printed from.
QString reportHtml(const MonthReport &report);

/// Writes the CSV and the PDF into @p folder as "Gangwerk <project> <period>.csv/.pdf", each
/// whole or not at all, readable only by this user. Returns the two paths, or an empty list and
/// @p error in plain words.
QStringList writeMonthReport(const MonthReport &report, const QString &folder, QString *error);

} // namespace gw
