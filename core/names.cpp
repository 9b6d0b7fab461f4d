#include "names.h"

namespace gw::names {

bool isLayoutCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

Problem check(const QString &name)
{
    if (name.size() > kMaxChars)
        return Problem::TooLong;
    for (const char32_t c : name.toUcs4())
        if (isLayoutCharacter(c))
            return Problem::LayoutCharacters;
    return Problem::None;
}

QString cleaned(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const char32_t c : name.toUcs4())
        out += isLayoutCharacter(c) ? QString(QLatin1Char(' ')) : QString::fromUcs4(&c, 1);
    return out.simplified();
}

QString escaped(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (c == '\\')
            out += QLatin1String("\\\\");
        else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c == '\r')
            out += QLatin1String("\\r");
        else if (isLayoutCharacter(c))
            out += QLatin1String("\\u") +
                   QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace gw::names
