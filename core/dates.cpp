#include "dates.h"

#include <QLocale>

namespace gw {

QString monthAndYear(QDate month)
{
    const QLocale locale;
    return locale.standaloneMonthName(month.month()) + QLatin1Char(' ') +
           locale.toString(month, QStringLiteral("yyyy"));
}

} // namespace gw
