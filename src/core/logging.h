#pragma once

#include <QLoggingCategory>

// One logging category per module, so that `QT_LOGGING_RULES="spark.content.debug=true"`
// turns on exactly the part of the app under investigation.
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcViews)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
