#include "monthreport.h"

#include "hoursrules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace gw {

namespace {
// Its words are in the "MonthReport" translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MonthReport)
};

QString csvField(const QString &value)
{
    // Quoted when it holds a separator, a quote or a line break; a leading = + - @ would make a
    // spreadsheet run it as a formula, so such a field gets a leading apostrophe.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(';')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
            QLatin1Char('"');
    return v;
}

QString pausedText(const ReportLine &line)
{
    return line.pausedUntil.isValid() ? QLocale().toString(line.pausedUntil, QLocale::ShortFormat)
                                      : QString();
}

bool writeAll(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}
} // namespace

QByteArray reportCsv(const MonthReport &report)
{
    QStringList rows;
    rows << QStringList{Words::tr("Corridor"),      Words::tr("Name"), Words::tr("Minutes done"),
                        Words::tr("Minutes asked"), Words::tr("Done"), Words::tr("Asked"),
                        Words::tr("Paused until")}
                .join(QLatin1Char(';'));
    for (const ReportLine &l : report.lines) {
        rows << QStringList{csvField(l.gang),
                            csvField(l.name),
                            QString::number(l.doneMinutes),
                            QString::number(l.requiredMinutes),
                            csvField(hours::formatMinutes(l.doneMinutes)),
                            csvField(hours::formatMinutes(l.requiredMinutes)),
                            csvField(pausedText(l))}
                    .join(QLatin1Char(';'));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() +
           QByteArrayLiteral("\r\n");
}

QString reportHtml(const MonthReport &report)
{
    int done = 0;
    int asked = 0;
    int paused = 0;
    for (const ReportLine &l : report.lines) {
        done += l.doneMinutes;
        asked += l.requiredMinutes;
        paused += l.pausedUntil.isValid();
    }
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html =
        QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt\">");
    html +=
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(
                Words::tr("Wederkerigheid: %1, %2").arg(report.projectName, report.periodLabel)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Words::tr("%1 residents. Together %2 done of %3 asked. %4 paused.")
                             .arg(report.lines.size())
                             .arg(hours::formatMinutes(done), hours::formatMinutes(asked))
                             .arg(paused)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-collapse: collapse\"><thead><tr>");
    for (const QString &h : {Words::tr("Corridor"), Words::tr("Name"), Words::tr("Done"),
                             Words::tr("Asked"), Words::tr("Paused until")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr></thead>");
    for (const ReportLine &l : report.lines) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(l.gang), esc(l.name), esc(hours::formatMinutes(l.doneMinutes)),
                         esc(hours::formatMinutes(l.requiredMinutes)), esc(pausedText(l)));
    }
    html +=
        QStringLiteral("</table><p>%1</p></body></html>")
            .arg(esc(Words::tr("Made with Gangwerk. The hours are a reason to talk with someone, "
                               "never to compare people.")));
    return html;
}

QStringList writeMonthReport(const MonthReport &report, const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = Words::tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QString base = QStringLiteral("Gangwerk %1 %2").arg(report.projectName, report.periodLabel);
    base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString csvPath = QDir(folder).filePath(base + QStringLiteral(".csv"));
    const QString pdfPath = QDir(folder).filePath(base + QStringLiteral(".pdf"));
    QString detail;
    if (!writeAll(csvPath, reportCsv(report), &detail)) {
        *error = Words::tr("The report could not be saved (%1).").arg(detail);
        return {};
    }
    // The PDF is made in memory first, so a full disk never leaves half a file.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(base);
        writer.setCreator(QStringLiteral("Gangwerk"));
        QTextDocument document;
        document.setHtml(reportHtml(report));
        document.print(&writer);
    }
    if (!writeAll(pdfPath, pdf, &detail)) {
        QFile::remove(csvPath);
        *error = Words::tr("The report could not be saved (%1).").arg(detail);
        return {};
    }
    return {csvPath, pdfPath};
}

} // namespace gw
