#include "logging.h"

Q_LOGGING_CATEGORY(lcContent, "spark.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "spark.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcViews, "spark.views", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "spark.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKiosk, "spark.kiosk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "spark.app", QtInfoMsg)
