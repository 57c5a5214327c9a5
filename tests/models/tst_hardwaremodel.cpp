#include "contentbuilder.h"
#include "models/hardwaremodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Five parts in the diagram, three of them counted in units, and a spec row,
// listed group by group.
HardwareContent hardware()
{
    return HardwareBuilder()
            .source(SourceBuilder(u"guide"_s)
                            .title(u"The hardware guide"_s)
                            .publisher(u"Docs"_s)
                            .url(u"https://example.com/guide"_s))
            .group(u"memory"_s, text(u"Memory and storage"_s))
            .group(u"ports"_s, text(u"Ports"_s))
            .part(PartBuilder(u"memory"_s)
                          .group(u"memory"_s)
                          .name(text(u"Unified memory"_s))
                          .value(text(u"96 GB, shared"_s))
                          .why(text(u"CPU and GPU share all 96 GB."_s))
                          .diagram(u"memory"_s, QRectF(24, 58, 52, 12))
                          .sources({u"guide"_s, u"s"_s}))
            .part(PartBuilder(u"usb-c"_s)
                          .group(u"ports"_s)
                          .diagram(u"usb-c"_s, QRectF(10, 80, 20, 5), 3))
            .part(PartBuilder(u"hdmi"_s).group(u"ports"_s).diagram(u"hdmi"_s, QRectF(40, 80, 8, 5)))
            .part(PartBuilder(u"qsfp"_s)
                          .group(u"ports"_s)
                          .diagram(u"qsfp"_s, QRectF(60, 80, 20, 5), 2))
            .part(PartBuilder(u"price"_s).spec().group(u"ports"_s))
            .part(PartBuilder(u"cpu"_s).diagram(u"cpu"_s, QRectF(10, 10, 30, 30), 12))
            .content();
}

} // namespace

class TestHardwareModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = hardware(); }
    void passesModelTester();
    void exposesRoles();
    void marksDiagramParts();
    void countsDiagramUnits_data();
    void countsDiagramUnits();
    void switchesLanguage();
    void keepsGroupsTogether();
    void guardsInvalidIndexes();

private:
    HardwareContent m_content;
};

void TestHardwareModel::passesModelTester()
{
    HardwareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"de"_s);
    model.setContent(HardwareContent());
    model.setContent(m_content);
}

void TestHardwareModel::exposesRoles()
{
    HardwareModel model;
    model.setContent(m_content);
    QCOMPARE(model.columnCount(), int(HardwareModel::ColumnCount));
    const int row = model.rowOf(u"memory"_s);
    QVERIFY(row >= 0);
    const QModelIndex name = model.index(row, HardwareModel::NameColumn);
    QCOMPARE(name.data().toString(), u"Unified memory"_s);
    QCOMPARE(model.index(row, HardwareModel::ValueColumn).data().toString(), u"96 GB, shared"_s);
    QCOMPARE(model.index(row, HardwareModel::GroupColumn).data().toString(),
             u"Memory and storage"_s);
    QCOMPARE(name.data(int(HardwareModel::Role::Id)).toString(), u"memory"_s);
    QCOMPARE(name.data(int(HardwareModel::Role::Group)).toString(), u"memory"_s);
    QVERIFY(name.data(int(HardwareModel::Role::Why)).toString().contains(u"96 GB"_s));
    QVERIFY(name.data(int(HardwareModel::Role::SourceText))
                    .toString()
                    .contains(u"The hardware guide (Docs)"_s));
    const QVariantList sources = name.data(int(HardwareModel::Role::Sources)).toList();
    QCOMPARE(sources.size(), 2);
    // The most direct source first: it is the one a kiosk's QR code holds.
    QCOMPARE(sources.at(0).toMap().value(u"url"_s).toString(), u"https://example.com/guide"_s);
    QCOMPARE(name.data(Qt::AccessibleDescriptionRole), name.data(int(HardwareModel::Role::Why)));
    QCOMPARE(model.headerData(HardwareModel::ValueColumn, Qt::Horizontal).toString(),
             u"Specification"_s);
    QCOMPARE(model.rowOf(u"no-such-part"_s), -1);

    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(int(HardwareModel::Role::Why)), QByteArray("why"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

void TestHardwareModel::marksDiagramParts()
{
    HardwareModel model;
    model.setContent(m_content);
    int parts = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!index.data(int(HardwareModel::Role::HasDiagram)).toBool()) {
            QVERIFY(!index.data(int(HardwareModel::Role::DiagramRect)).isValid());
            continue;
        }
        ++parts;
        const QRectF rect = index.data(int(HardwareModel::Role::DiagramRect)).toRectF();
        QVERIFY(QRectF(0, 0, 100, 100).contains(rect));
    }
    QCOMPARE(parts, 5);
}

void TestHardwareModel::countsDiagramUnits_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QVariant>("count");
    QTest::newRow("three receptacles") << u"usb-c"_s << QVariant(3);
    QTest::newRow("two cages") << u"qsfp"_s << QVariant(2);
    QTest::newRow("twelve cores") << u"cpu"_s << QVariant(12);
    QTest::newRow("one by default") << u"hdmi"_s << QVariant(1);
    QTest::newRow("not drawn") << u"price"_s << QVariant();
}

void TestHardwareModel::countsDiagramUnits()
{
    QFETCH(QString, id);
    QFETCH(QVariant, count);
    HardwareModel model;
    model.setContent(m_content);
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(int(HardwareModel::Role::DiagramCount)), count);
    QCOMPARE(model.roleNames().value(int(HardwareModel::Role::DiagramCount)),
             QByteArray("diagramCount"));
}

void TestHardwareModel::switchesLanguage()
{
    HardwareContent content = m_content;
    content.items.at(0).name.insert(u"de"_s, u"Was es ist"_s);
    content.items.at(1).name = LocalizedText(m_content.items.at(1).name.english());
    HardwareModel model;
    model.setContent(content);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             model.index(model.rowCount() - 1, HardwareModel::ColumnCount - 1));
    QCOMPARE(model.index(0, 0).data().toString(), u"Was es ist"_s);
    // Untranslated text falls back to English.
    QCOMPARE(model.index(1, 0).data().toString(), m_content.items.at(1).name.english());
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
}

void TestHardwareModel::keepsGroupsTogether()
{
    HardwareContent content;
    for (const QString &group : {u"compute"_s, u"ports"_s})
        content.groups.push_back(Category{group, LocalizedText(group)});
    const auto item = [](const QString &id, const QString &group) {
        HardwareItem part;
        part.id = id;
        part.group = group;
        part.name = LocalizedText(id);
        return part;
    };
    // A file that lists a port between two compute parts, and a group it does not declare.
    content.items = {item(u"usb-c"_s, u"ports"_s), item(u"cpu"_s, u"compute"_s),
                     item(u"hdmi"_s, u"ports"_s), item(u"gpu"_s, u"compute"_s),
                     item(u"odd"_s, u"elsewhere"_s)};
    HardwareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(content);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(int(HardwareModel::Role::Id)).toString();
    QCOMPARE(ids, QStringList({u"cpu"_s, u"gpu"_s, u"usb-c"_s, u"hdmi"_s, u"odd"_s}));
}

void TestHardwareModel::guardsInvalidIndexes()
{
    HardwareModel model;
    model.setContent(m_content);
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.data(model.index(0, 0), Qt::UserRole + 999).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

QTEST_GUILESS_MAIN(TestHardwareModel)
#include "tst_hardwaremodel.moc"
