#include "models/formatting.h"
#include "models/itemlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Note
{
    QString id;
    QString text;
    QStringList sources;
    Confidence confidence = Confidence::High;
};

struct NoteContent
{
    std::vector<Source> sources;
    std::vector<Note> items;
};

// Notes with their text in Role::Text, and how many times setContent() found
// the items already in place when it kept the rest.
class NoteModel : public ItemListModel<Note>
{
public:
    enum class Role { Id = Qt::UserRole, Text, Sources, SourceText, Confidence };

    NoteModel()
        : ItemListModel({int(Role::Id), "noteId", int(Role::Sources), int(Role::SourceText),
                         int(Role::Confidence)},
                        nullptr)
    {}

    void setContent(const NoteContent &content)
    {
        resetItems(content.items, content.sources, [&] { m_keptWithItems = rowCount(); });
    }

    int keptWithItems() const { return m_keptWithItems; }

protected:
    QList<int> textRoles() const override { return {int(Role::Text)}; }
    QVariant itemRoleData(const Note &note, int row, int role) const override
    {
        if (role == int(Role::Text) || role == Qt::DisplayRole)
            return u"%1 %2"_s.arg(row).arg(note.text);
        return {};
    }
    QHash<int, QByteArray> itemRoleNames() const override
    {
        return roleNamesWith<Role>({{Role::Text, "text"}});
    }

private:
    int m_keptWithItems = -1;
};

NoteContent notes()
{
    Source paper;
    paper.id = u"paper"_s;
    paper.title = u"A Paper"_s;
    paper.publisher = u"A Journal"_s;
    Source post;
    post.id = u"post"_s;
    post.title = u"A Post"_s;
    return {{paper, post},
            {{u"one"_s, u"first"_s, {u"paper"_s}, Confidence::High},
             {u"two"_s, u"second"_s, {u"post"_s, u"paper"_s, u"unknown"_s}, Confidence::Low}}};
}

} // namespace

class TestItemListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesSharedRolesFromTheItem();
    void namesSharedAndOwnRoles();
    void findsRowsAndItems();
    void setsContentInOneReset();
};

void TestItemListModel::servesSharedRolesFromTheItem()
{
    NoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const NoteContent content = notes();
    model.setContent(content);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(second.data(int(NoteModel::Role::Id)).toString(), u"two"_s);
    QCOMPARE(second.data(int(NoteModel::Role::Confidence)).toInt(), int(Confidence::Low));
    const QVariantList sources = second.data(int(NoteModel::Role::Sources)).toList();
    QCOMPARE(sources.size(), 2); // the unknown id is left out
    QCOMPARE(sources.at(0).toMap().value(u"id"_s).toString(), u"post"_s);
    QCOMPARE(second.data(int(NoteModel::Role::SourceText)).toString(),
             Formatting::citations(content.sources, content.items[1].sources, model.locale()));
    QVERIFY(second.data(int(NoteModel::Role::SourceText)).toString().contains(u"A Paper"_s));
    // The model's own roles, with the row it asked for.
    QCOMPARE(second.data(int(NoteModel::Role::Text)).toString(), u"1 second"_s);
    QVERIFY(!second.data(Qt::DecorationRole).isValid());
    // Not an index of the model: nothing.
    QVERIFY(!model.data(QModelIndex(), int(NoteModel::Role::Id)).isValid());
}

void TestItemListModel::namesSharedAndOwnRoles()
{
    NoteModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(int(NoteModel::Role::Id)), "noteId");
    QCOMPARE(names.value(int(NoteModel::Role::Text)), "text");
    QCOMPARE(names.value(int(NoteModel::Role::Sources)), "sources");
    QCOMPARE(names.value(int(NoteModel::Role::SourceText)), "sourceText");
    QCOMPARE(names.value(int(NoteModel::Role::Confidence)), "confidence");
    QCOMPARE(names.value(Qt::DisplayRole), "display");
}

void TestItemListModel::findsRowsAndItems()
{
    NoteModel model;
    model.setContent(notes());
    QCOMPARE(model.rowOf(u"one"_s), 0);
    QCOMPARE(model.rowOf(u"two"_s), 1);
    QCOMPARE(model.rowOf(u"three"_s), -1);
    QCOMPARE(model.item(1).text, u"second"_s);
}

void TestItemListModel::setsContentInOneReset()
{
    NoteModel model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setContent(notes());
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    // What the model keeps of the content is kept with the new items in place.
    QCOMPARE(model.keptWithItems(), 2);
}

QTEST_GUILESS_MAIN(TestItemListModel)
#include "tst_itemlistmodel.moc"
