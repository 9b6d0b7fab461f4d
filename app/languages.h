#pragma once

#include <QLocale>
#include <QString>
#include <QVariantList>

#include <span>

namespace gw {

/// A language a resident can pick. Its name is written in the language itself, so anyone can
/// find theirs in the list without reading Dutch.
struct Language
{
    const char *code;    // the .ts/.qm suffix and the saved setting: "nl", "ar", ...
    const char *ownName; // "Nederlands", "العربية"
    QLocale::Language locale;
    QLocale::Territory territory;
    bool rightToLeft;
};

/// Every language the app ships, in the order the picker shows them; Dutch (the default) first.
/// A translator adds one here and as qml/i18n/gangwerk_<code>.ts (README: Translations).
std::span<const Language> languages();
/// The language with @p code, or nullptr when the app does not ship it.
const Language *findLanguage(const QString &code);
/// For QML: [{code, name, rightToLeft}] in picker order.
QVariantList languageList();

} // namespace gw
