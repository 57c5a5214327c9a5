#include "models/formatting.h"
#include "models/hardwaretablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One row per model size, two columns: its name and its parameters. Only the
// columns have headers.
class SizeTableModel : public HardwareTableModel
{
public:
    SizeTableModel()
        : HardwareTableModel(nullptr)
    {}

    int keptWithSources() const { return m_keptWithSources; }

protected:
    void keepContent(const HardwareContent &content) override
    {
        m_sizes = content.modelSizes;
        m_keptWithSources = citations({u"card"_s}).isEmpty() ? 0 : 1;
    }
    int sectionCount(Qt::Orientation orientation) const override
    {
        return orientation == Qt::Horizontal ? 2 : static_cast<int>(m_sizes.size());
    }
    QVariant cellData(const QModelIndex &index, int role) const override
    {
        const ModelSize &size = m_sizes[static_cast<size_t>(index.row())];
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? QVariant(size.name.english()) : QVariant(size.parameters);
        if (role == Qt::ToolTipRole)
            return citations(size.sources);
        if (role == Qt::UserRole)
            return sourceList(size.sources);
        return {};
    }
    QString headerText(int section, Qt::Orientation /*orientation*/) const override
    {
        return section == 0 ? u"Model"_s : u"Parameters"_s;
    }
    QList<int> textRoles() const override { return {Qt::DisplayRole}; }
    Qt::Orientations localizedHeaders() const override { return Qt::Horizontal; }

private:
    std::vector<ModelSize> m_sizes;
    int m_keptWithSources = -1;
};

HardwareContent sizes()
{
    Source card;
    card.id = u"card"_s;
    card.title = u"A Model Card"_s;
    HardwareContent content;
    content.sources = {card};
    content.modelSizes = {{u"small"_s, LocalizedText(u"8B"_s), {}, 8e9, {u"card"_s}},
                          {u"large"_s, LocalizedText(u"70B"_s), {}, 70e9, {}}};
    return content;
}

} // namespace

class TestHardwareTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndServesCells();
    void answersHeadersOfItsOrientations();
    void setsContentInOneReset();
};

void TestHardwareTableModel::countsAndServesCells()
{
    SizeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const HardwareContent content = sizes();
    model.setContent(content);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(1, 0).data().toString(), u"70B"_s);
    QCOMPARE(model.index(0, 1).data().toDouble(), 8e9);
    // The content's sources, cited.
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
             Formatting::citations(content.sources, {u"card"_s}, model.locale()));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"A Model Card"_s));
    QCOMPARE(model.index(0, 0).data(Qt::UserRole).toList().size(), 1);
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());
    // Not an index of the model: nothing.
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TestHardwareTableModel::answersHeadersOfItsOrientations()
{
    SizeTableModel model;
    model.setContent(sizes());
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Parameters"_s);
    // Past the last column: nothing.
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
    // Rows and other roles: Qt's own.
    // (QAbstractItemModel numbers the sections from 1.)
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void TestHardwareTableModel::setsContentInOneReset()
{
    SizeTableModel model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setContent(sizes());
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    // The sources are there when the model keeps its part of the content.
    QCOMPARE(model.keptWithSources(), 1);
}

QTEST_GUILESS_MAIN(TestHardwareTableModel)
#include "tst_hardwaretablemodel.moc"
