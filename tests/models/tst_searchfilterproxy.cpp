#include "models/searchfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int TitleRole = Qt::UserRole + 1;
constexpr int TagsRole = Qt::UserRole + 2; // QStringList

// Shows the rows that match the search, by title and tags.
class TitleSearchProxy : public SearchFilterProxy
{
public:
    TitleSearchProxy()
        : SearchFilterProxy(IdRole, {TitleRole, TagsRole}, nullptr)
    {}

    using SearchFilterProxy::search;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex & /*sourceParent*/) const override
    {
        return matchesSearch(sourceRow);
    }
};

// Rows of an id, a title and tags.
class TaggedModel : public QAbstractListModel
{
public:
    struct Row
    {
        QString id;
        QString title;
        QStringList tags;
    };

    explicit TaggedModel(QList<Row> rows)
        : m_rows(std::move(rows))
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case IdRole:
            return row.id;
        case TitleRole:
        case Qt::DisplayRole:
            return row.title;
        case TagsRole:
            return row.tags;
        default:
            return {};
        }
    }
    void setTitle(int row, const QString &title)
    {
        m_rows[row].title = title;
        Q_EMIT dataChanged(index(row), index(row));
    }

private:
    QList<Row> m_rows;
};

} // namespace

class TestSearchFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesTheTextsOfTheRoles();
    void searchingTheSameTextDoesNothing();
    void followsTheSourceModel();
};

void TestSearchFilterProxy::searchesTheTextsOfTheRoles()
{
    TaggedModel source({{u"cafe"_s, u"Café Lumière"_s, {u"Paris"_s}},
                        {u"lab"_s, u"Robot Lab"_s, {u"Zürich"_s, u"Research"_s}}});
    TitleSearchProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    QCOMPARE(proxy.rowCount(), 2);
    // A word of a string role, ignoring case and accents.
    QVERIFY(proxy.search(u"cafe"_s));
    QCOMPARE(proxy.searchText(), u"cafe"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowOf(u"cafe"_s), 0);
    // A word of a string list, the second one.
    QVERIFY(proxy.search(u"research"_s));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowOf(u"lab"_s), 0);
    QVERIFY(proxy.matchesSearch(1));
    QVERIFY(!proxy.matchesSearch(0));
    // Every word must appear, wherever.
    QVERIFY(proxy.search(u"robot zurich"_s));
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.search(u"robot paris"_s));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.search(QString()));
    QCOMPARE(proxy.rowCount(), 2);
}

void TestSearchFilterProxy::searchingTheSameTextDoesNothing()
{
    TaggedModel source({{u"lab"_s, u"Robot Lab"_s, {}}});
    TitleSearchProxy proxy;
    proxy.setSourceModel(&source);
    QVERIFY(proxy.search(u"robot"_s));
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QVERIFY(!proxy.search(u"robot"_s));
    QCOMPARE(layouts.size(), 0);
    QVERIFY(proxy.search(u"lab"_s));
    QCOMPARE(layouts.size(), 1);
}

void TestSearchFilterProxy::followsTheSourceModel()
{
    TaggedModel source({{u"lab"_s, u"Robot Lab"_s, {}}});
    TitleSearchProxy proxy;
    proxy.setSourceModel(&source);
    QVERIFY(proxy.prepareSearch());
    QVERIFY(proxy.search(u"garden"_s));
    QCOMPARE(proxy.rowCount(), 0);
    // A title that changes is searched with its new words.
    source.setTitle(0, u"Robot Garden"_s);
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestSearchFilterProxy)
#include "tst_searchfilterproxy.moc"
