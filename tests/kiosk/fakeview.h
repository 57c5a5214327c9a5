#pragma once

// A stand-in for the four views, for the tests of the kiosk's classes: it
// counts resets, context menus and clicks, and steps through four items.

#include "kiosk/kioskconfig.h"
#include "kiosk/pinhash.h"
#include "views/showcaseview.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QMainWindow>
#include <QMouseEvent>
#include <QTest>
#include <QVBoxLayout>

namespace KioskTest {

class FakeView : public ShowcaseView
{
public:
    explicit FakeView(const QString &name, QWidget *parent = nullptr)
        : ShowcaseView(name, nullptr, parent)
    {
        setContextMenuPolicy(Qt::DefaultContextMenu);
    }

    QString title() const override { return name(); }
    bool selectItem(const QString &) override { return false; }
    QString currentItem() const override { return QString::number(m_current); }
    bool advance() override
    {
        m_current = (m_current + 1) % 4;
        return m_current != 0;
    }
    void reset() override
    {
        ++resets;
        m_current = 0;
    }

    int resets = 0;
    int contextMenus = 0;
    int middleClicks = 0;
    int leftClicks = 0;

protected:
    void contextMenuEvent(QContextMenuEvent *) override { ++contextMenus; }
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::MiddleButton)
            ++middleClicks;
        else if (event->button() == Qt::LeftButton)
            ++leftClicks;
    }

private:
    int m_current = 0;
};

// PBKDF2 with few iterations, so that checks take no time in tests.
inline PinHash testPin(const QString &pin)
{
    return PinHash::create(pin, 1000);
}

// A window holding the four views, one above the other, 800x600.
inline QMainWindow *windowWithViews(QList<FakeView *> *views)
{
    auto *window = new QMainWindow;
    auto *central = new QWidget(window);
    auto *layout = new QVBoxLayout(central);
    for (const QString &name : {QStringLiteral("hardware"), QStringLiteral("timeline"),
                                QStringLiteral("partners"), QStringLiteral("reviews")}) {
        auto *view = new FakeView(name, central);
        layout->addWidget(view);
        views->append(view);
    }
    window->setCentralWidget(central);
    window->resize(800, 600);
    return window;
}

// The settings a test's kiosk runs with: \a config, with the PIN lockout
// kept in \a folder, one file for each test function.
inline KioskConfig testConfig(KioskConfig config, const QDir &folder)
{
    if (config.lockoutFile == KioskConfig().lockoutFile) {
        config.lockoutFile =
                folder.filePath(QStringLiteral("state/%1/pin-lockout")
                                        .arg(QLatin1StringView(QTest::currentTestFunction())));
    }
    return config;
}

inline QList<ShowcaseView *> showcaseViews(const QList<FakeView *> &views)
{
    return QList<ShowcaseView *>(views.cbegin(), views.cend());
}

} // namespace KioskTest
