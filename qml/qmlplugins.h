#pragma once

// The app's QML modules are static: every executable that loads them (the app, the QML tests)
// includes this once, in one of its own sources, to link each module's plugin in, and prepares
// its engine with prepareQmlEngine, so that tests load the screens exactly as the app does.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Gangwerk_UiPlugin)
Q_IMPORT_QML_PLUGIN(Gangwerk_HoursPlugin)
Q_IMPORT_QML_PLUGIN(Gangwerk_DevicesPlugin)
Q_IMPORT_QML_PLUGIN(Gangwerk_ActivitiesPlugin)
Q_IMPORT_QML_PLUGIN(Gangwerk_ServicesPlugin)
Q_IMPORT_QML_PLUGIN(Gangwerk_SignalsPlugin)
Q_IMPORT_QML_PLUGIN(GangwerkPlugin)

namespace gw {

/// The modules' qmldir files live in the resources (qrc:/Gangwerk, qrc:/Gangwerk/Ui, …): every
/// engine that shows the app looks there.
inline void prepareQmlEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
}

} // namespace gw
