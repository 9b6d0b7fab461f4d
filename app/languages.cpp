#include "languages.h"

#include <QVariantMap>

#include <array>

namespace gw {

namespace {
// Arabic as spoken by many who came from Syria; Ukrainian for those who fled since 2022.
constexpr std::array kLanguages{
    Language{"nl", "Nederlands", QLocale::Dutch, QLocale::Netherlands, false},
    Language{"en", "English", QLocale::English, QLocale::UnitedKingdom, false},
    Language{"ar", "العربية", QLocale::Arabic, QLocale::Syria, true},
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
