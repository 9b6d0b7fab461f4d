#pragma once

#include <QDate>
#include <QString>

namespace gw {

/// "november 2026", "листопад 2026": a month standing on its own (a heading, a label), in the
/// default locale. QLocale's "MMMM" is the form a month takes inside a date ("16 листопада"),
/// which languages that inflect month names (Ukrainian) do not use alone.
QString monthAndYear(QDate month);

} // namespace gw
