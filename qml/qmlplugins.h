#pragma once

// The app's QML modules are static: every executable that loads them (the app, the QML tests)
// includes this once, in one of its own sources, to link each module's plugin in.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Gangwerk_UiPlugin)
Q_IMPORT_QML_PLUGIN(Gangwerk_HoursPlugin)
Q_IMPORT_QML_PLUGIN(GangwerkPlugin)
