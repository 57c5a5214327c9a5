#include "linkopener.h"

#include "core/logging.h"

#include <QDesktopServices>

namespace {

LinkOpener::Handler &handler()
{
    static LinkOpener::Handler current;
    return current;
}

} // namespace

bool LinkOpener::open(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty()) {
        qCWarning(lcViews) << "Not opening an invalid web address" << url;
        return false;
    }
    const bool opened = handler() ? handler()(url) : QDesktopServices::openUrl(url);
    if (opened)
        qCInfo(lcViews) << "Opened" << url.toDisplayString();
    else
        qCWarning(lcViews) << "Could not open" << url.toDisplayString();
    return opened;
}

LinkOpener::Handler LinkOpener::setHandler(Handler handler)
{
    std::swap(::handler(), handler);
    return handler;
}
