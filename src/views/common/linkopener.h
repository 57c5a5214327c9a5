#pragma once

#include <QUrl>

#include <functional>

// Opens web addresses in the browser. Every link of the app opens through
// here, so that a test can see which address would open without starting a
// browser, and a kiosk can refuse to open anything at all.
class LinkOpener
{
public:
    // Returns whether the address was opened.
    using Handler = std::function<bool(const QUrl &url)>;

    // Opens \a url with the current handler: QDesktopServices::openUrl()
    // unless another was set.
    static bool open(const QUrl &url);

    // Replaces the handler and returns the one it replaces; an empty handler
    // brings back QDesktopServices.
    static Handler setHandler(Handler handler);
};

// Sets a handler for the lifetime of a scope: tests, and a kiosk's run.
class ScopedLinkHandler
{
public:
    explicit ScopedLinkHandler(LinkOpener::Handler handler)
        : m_previous(LinkOpener::setHandler(std::move(handler)))
    {}
    ~ScopedLinkHandler() { LinkOpener::setHandler(std::move(m_previous)); }
    ScopedLinkHandler(const ScopedLinkHandler &) = delete;
    ScopedLinkHandler &operator=(const ScopedLinkHandler &) = delete;

private:
    LinkOpener::Handler m_previous;
};
