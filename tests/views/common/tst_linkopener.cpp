#include "views/common/linkopener.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLinkOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensThroughTheHandler();
    void restoresThePreviousHandler();
    void refusesInvalidAddresses();
    void reportsARefusal();
};

void TestLinkOpener::opensThroughTheHandler()
{
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QVERIFY(LinkOpener::open(QUrl(u"https://lmsys.org/blog/2025-10-13-nvidia-dgx-spark/"_s)));
    QCOMPARE(opened, QList<QUrl>{QUrl(u"https://lmsys.org/blog/2025-10-13-nvidia-dgx-spark/"_s)});
}

void TestLinkOpener::restoresThePreviousHandler()
{
    int outer = 0;
    int inner = 0;
    ScopedLinkHandler first([&](const QUrl &) {
        ++outer;
        return true;
    });
    {
        ScopedLinkHandler second([&](const QUrl &) {
            ++inner;
            return true;
        });
        LinkOpener::open(QUrl(u"https://example.com/a"_s));
    }
    LinkOpener::open(QUrl(u"https://example.com/b"_s));
    QCOMPARE(inner, 1);
    QCOMPARE(outer, 1);
    // setHandler hands back the handler it replaces.
    const LinkOpener::Handler previous = LinkOpener::setHandler({});
    QVERIFY(bool(previous));
    LinkOpener::setHandler(previous);
}

void TestLinkOpener::refusesInvalidAddresses()
{
    int calls = 0;
    ScopedLinkHandler handler([&](const QUrl &) {
        ++calls;
        return true;
    });
    QVERIFY(!LinkOpener::open(QUrl()));
    QVERIFY(!LinkOpener::open(QUrl(u"https://exa mple.com/"_s, QUrl::StrictMode)));
    QCOMPARE(calls, 0);
}

void TestLinkOpener::reportsARefusal()
{
    // A kiosk's handler refuses: nothing opens and the caller hears so.
    ScopedLinkHandler handler([](const QUrl &) { return false; });
    QVERIFY(!LinkOpener::open(QUrl(u"https://example.com/"_s)));
}

QTEST_GUILESS_MAIN(TestLinkOpener)
#include "tst_linkopener.moc"
