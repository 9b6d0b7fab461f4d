#include "languages.h"

#include <QVariantMap>

#include <array>

namespace gw {

namespace {
// Arabic for many who came from Syria and elsewhere; Ukrainian for those who fled since 2022.
// Arabic's dates, times and numbers come from the Emirates' conventions: Modern Standard month
// names read everywhere (نوفمبر) and the digits 0–9, the ones every amount, count and phone
// number in the app uses (as do letters, doors and phones in the Netherlands). Syria's would
// write dates in Arabic-Indic digits (٢٠٢٦) beside them.
constexpr std::array kLanguages{
    Language{"nl", "Nederlands", QLocale::Dutch, QLocale::Netherlands, false},
    Language{"en", "English", QLocale::English, QLocale::UnitedKingdom, false},
    Language{"ar", "العربية", QLocale::Arabic, QLocale::UnitedArabEmirates, true},
    Language{"uk", "Українська", QLocale::Ukrainian, QLocale::Ukraine, false},
};
} // namespace

std::span<const Language> languages()
{
    return kLanguages;
}

const Language *findLanguage(const QString &code)
{
    for (const Language &l : kLanguages) {
        if (code == QLatin1String(l.code))
            return &l;
    }
    return nullptr;
}

QVariantList languageList()
{
    QVariantList out;
    for (const Language &l : kLanguages) {
        out.append(QVariantMap{{QStringLiteral("code"), QString::fromLatin1(l.code)},
                               {QStringLiteral("name"), QString::fromUtf8(l.ownName)},
                               {QStringLiteral("rightToLeft"), l.rightToLeft}});
    }
    return out;
}

} // namespace gw
