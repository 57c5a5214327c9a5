#include "hardwarefixtures.h"
#include "models/hardwaremodel.h"
#include "views/hardware/spectabledelegate.h"
#include "views/theme.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSpecTableDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void groupHeadings();
    void cellText();
    void wrapsToTheWidth();
    void rowsStayLevel();
    void approximateAddsATag();
    void growsWithScale();
    void paintsInATable();

private:
    QSize hint(const QModelIndex &index, int width) const;

    HardwareContent m_content;
    std::unique_ptr<HardwareModel> m_model;
    std::unique_ptr<SpecTableDelegate> m_delegate;
};

void TestSpecTableDelegate::initTestCase()
{
    Appearance::loadFonts();
    m_content = HardwareFixtures::content();
}

void TestSpecTableDelegate::init()
{
    m_model = std::make_unique<HardwareModel>();
    m_model->setContent(m_content);
    m_delegate = std::make_unique<SpecTableDelegate>();
}

QSize TestSpecTableDelegate::hint(const QModelIndex &index, int width) const
{
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, width, 10);
    return m_delegate->sizeHint(option, index);
}

void TestSpecTableDelegate::groupHeadings()
{
    QVERIFY(SpecTableDelegate::startsGroup(m_model->index(0, 0)));
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool changed = index.data(int(HardwareModel::Role::Group)) !=
                             m_model->index(row - 1, 0).data(int(HardwareModel::Role::Group));
        QCOMPARE(SpecTableDelegate::startsGroup(index), changed);
    }
    QVERIFY(!SpecTableDelegate::startsGroup(QModelIndex()));
}

void TestSpecTableDelegate::cellText()
{
    const QModelIndex value =
            m_model->index(m_model->rowOf(u"memory"_s), HardwareModel::ValueColumn);
    QCOMPARE(SpecTableDelegate::cellText(value), value.data().toString());
}

void TestSpecTableDelegate::wrapsToTheWidth()
{
    const QModelIndex value =
            m_model->index(m_model->rowOf(u"software"_s), HardwareModel::ValueColumn);
    QVERIFY(hint(value, 200).height() > hint(value, 2000).height());
    QVERIFY(hint(value, 200).width() <= 200);
}

void TestSpecTableDelegate::rowsStayLevel()
{
    // Both cells of a row that opens a group reserve the heading's line.
    const int row = m_model->rowOf(u"memory"_s);
    QVERIFY(SpecTableDelegate::startsGroup(m_model->index(row, 0)));
    const int next = row + 1;
    QVERIFY(!SpecTableDelegate::startsGroup(m_model->index(next, 0)));
    const QSize opening = hint(m_model->index(row, HardwareModel::ValueColumn), 2000);
    const QSize plain = hint(m_model->index(next, HardwareModel::ValueColumn), 2000);
    QVERIFY(opening.height() > plain.height());
}

void TestSpecTableDelegate::approximateAddsATag()
{
    const int row = m_model->rowOf(u"storage"_s);
    const int before = hint(m_model->index(row, HardwareModel::ValueColumn), 2000).height();
    HardwareContent content = m_content;
    content.items[static_cast<size_t>(row)].confidence = Confidence::Low;
    m_model->setContent(content);
    QVERIFY(hint(m_model->index(row, HardwareModel::ValueColumn), 2000).height() > before);
}

void TestSpecTableDelegate::growsWithScale()
{
    const QModelIndex name = m_model->index(1, HardwareModel::NameColumn);
    const int small = hint(name, 1000).height();
    m_delegate->setScale(2.0);
    QCOMPARE(m_delegate->scale(), 2.0);
    QVERIFY(hint(name, 1000).height() > small);
}

void TestSpecTableDelegate::paintsInATable()
{
    QTableView table;
    table.setModel(m_model.get());
    table.setItemDelegate(m_delegate.get());
    table.setWordWrap(true);
    table.resize(800, 600);
    table.selectRow(m_model->rowOf(u"memory"_s));
    table.resizeRowsToContents();
    const int row = m_model->rowOf(u"memory"_s);
    QVERIFY(table.rowHeight(row) >= hint(m_model->index(row, 0), table.columnWidth(0)).height());
    QImage image(table.size(), QImage::Format_ARGB32_Premultiplied);
    table.render(&image);
    table.setItemDelegate(nullptr);
}

QTEST_MAIN(TestSpecTableDelegate)
#include "tst_spectabledelegate.moc"
