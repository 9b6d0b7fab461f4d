#include "displaysettings.h"

#include "displayhints.h"

#include <QSettings>
#include <algorithm>

namespace gw {

namespace {
const auto kTextSizeKey = QStringLiteral("display/textSize");
const auto kLessMotionKey = QStringLiteral("display/lessMotion");
} // namespace

DisplaySettings::DisplaySettings(QObject *parent) : QObject(parent)
{
    const QSettings settings;
    const int saved = settings.value(kTextSizeKey, 100).toInt();
    m_textSize = isTextSize(saved) ? saved : 100;
    m_lessMotion = settings.value(kLessMotionKey, false).toBool();
}

void DisplaySettings::setHints(DisplayHints *hints)
{
    if (m_hints)
        disconnect(m_hints, nullptr, this, nullptr);
    m_hints = hints;
    if (hints)
        connect(hints, &DisplayHints::changed, this, &DisplaySettings::changed);
    emit changed();
}

bool DisplaySettings::applyTextSize(int percent, bool remember)
{
    if (!isTextSize(percent))
        return false;
    if (remember)
        QSettings().setValue(kTextSizeKey, percent);
    if (percent != m_textSize) {
        m_textSize = percent;
        emit changed();
    }
    return true;
}

qreal DisplaySettings::platformTextScale() const
{
    return m_hints ? m_hints->textScale() : 1.0;
}

qreal DisplaySettings::textScale() const
{
    return std::clamp(m_textSize / 100.0 * platformTextScale(), 1.0, kMaxTextScale);
}

void DisplaySettings::setLessMotion(bool less)
{
    QSettings().setValue(kLessMotionKey, less);
    if (less == m_lessMotion)
        return;
    m_lessMotion = less;
    emit changed();
}

bool DisplaySettings::platformReducesMotion() const
{
    return m_hints && m_hints->reduceMotion();
}

} // namespace gw
