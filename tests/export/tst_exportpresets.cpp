#include "export/exportpresets.h"
#include "export/exportrequest.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ExportPresets::Size;

class TestExportPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryPresetOnceInMenuOrder();
    void keysRoundTrip();
    void sizesFitTheExporter();
    void labelsNameTheirSize();
};

void TestExportPresets::listsEveryPresetOnceInMenuOrder()
{
    QList<Size> ids;
    for (const ExportPresets::Preset &preset : ExportPresets::all())
        ids << preset.id;
    QCOMPARE(ids, (QList<Size>{Size::Window, Size::FullHd, Size::UltraHd, Size::Square,
                               Size::Portrait, Size::Custom}));
    for (Size id : ids)
        QCOMPARE(ExportPresets::preset(id).id, id);
}

void TestExportPresets::keysRoundTrip()
{
    QSet<QString> keys;
    for (const ExportPresets::Preset &preset : ExportPresets::all()) {
        const QString key = QString::fromLatin1(preset.key);
        QVERIFY(!keys.contains(key));
        keys << key;
        const ExportPresets::Preset *found = ExportPresets::fromKey(key);
        QVERIFY(found);
        QCOMPARE(found->id, preset.id);
    }
    // What earlier versions wrote stays readable.
    QCOMPARE(ExportPresets::fromKey(u"1920x1080"_s)->id, Size::FullHd);
    QCOMPARE(ExportPresets::fromKey(u"window"_s)->id, Size::Window);
    QVERIFY(!ExportPresets::fromKey(u"1920x1081"_s));
    QVERIFY(!ExportPresets::fromKey(QString()));
}

void TestExportPresets::sizesFitTheExporter()
{
    for (const ExportPresets::Preset &preset : ExportPresets::all()) {
        if (preset.id == Size::Window || preset.id == Size::Custom) {
            QVERIFY(!preset.size.isValid());
            continue;
        }
        QVERIFY(preset.size.isValid());
        QVERIFY(preset.size.width() <= ExportRequest::MaxSide);
        QVERIFY(preset.size.height() <= ExportRequest::MaxSide);
        // The key is the size, as the command line's --size writes it.
        QCOMPARE(QString::fromLatin1(preset.key),
                 u"%1x%2"_s.arg(preset.size.width()).arg(preset.size.height()));
    }
    QCOMPARE(ExportPresets::preset(Size::Portrait).size, QSize(1080, 1920));
}

void TestExportPresets::labelsNameTheirSize()
{
    QCOMPARE(ExportPresets::label(Size::Window, QSize(1200, 700)),
             u"Current window (1200 × 700)"_s);
    QCOMPARE(ExportPresets::label(Size::UltraHd, QSize(1200, 700)), u"4K UHD (3840 × 2160)"_s);
    QCOMPARE(ExportPresets::label(Size::Custom, QSize(1200, 700)), u"Custom"_s);
}

QTEST_GUILESS_MAIN(TestExportPresets)
#include "tst_exportpresets.moc"
