#include "aboutdialog.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/sourcemodel.h"
#include "views/common/linkopener.h"

#include <QLabel>
#include <QListView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSources();
    void opensASourceOnAClick();
    void opensASourceOnEnter();
    void saysWhereEachSourceLeads();
};

void TestAboutDialog::listsTheSources()
{
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    AboutDialog dialog(&catalog);
    QCOMPARE(dialog.windowTitle(), u"About Spark Showcase"_s);
    auto *list = dialog.findChild<QListView *>();
    QVERIFY(list);
    QVERIFY(list->model()->rowCount() > 10);
    QCOMPARE(list->accessibleName(), u"Sources"_s);
    bool mentionsVersion = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        mentionsVersion = mentionsVersion || label->text().contains(QStringLiteral(SPARK_VERSION));
    QVERIFY(mentionsVersion);
}

namespace {

int rowWithUrl(QAbstractItemModel *model, const QString &url)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(int(SourceModel::Role::Url)).toString() == url)
            return row;
    }
    return -1;
}

} // namespace

void TestAboutDialog::opensASourceOnAClick()
{
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    AboutDialog dialog(&catalog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QListView *list = dialog.sourceList();
    const QString url = u"https://www.servethehome.com/"
                        u"nvidia-dgx-spark-review-the-gb10-machine-is-so-freaking-cool/"_s;
    const int row = rowWithUrl(list->model(), url);
    QVERIFY(row >= 0);
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    const QPoint point = list->visualRect(index).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(opened, QList<QUrl>{QUrl(url)});
    // A double click opens it once more, not twice more.
    opened.clear();
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(opened.size() <= 1);
}

void TestAboutDialog::opensASourceOnEnter()
{
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    AboutDialog dialog(&catalog);
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QListView *list = dialog.sourceList();
    const QString url = u"https://docs.nvidia.com/dgx/dgx-spark/hardware.html"_s;
    list->setCurrentIndex(list->model()->index(rowWithUrl(list->model(), url), 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened, QList<QUrl>{QUrl(url)});
    // A source without an address opens nothing.
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(int(SourceModel::Role::Url)).toString().isEmpty()) {
            list->setCurrentIndex(index);
            QTest::keyClick(list, Qt::Key_Enter);
            break;
        }
    }
    QCOMPARE(opened.size(), 1);
}

void TestAboutDialog::saysWhereEachSourceLeads()
{
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    AboutDialog dialog(&catalog);
    QListView *list = dialog.sourceList();
    QVERIFY(!list->accessibleDescription().isEmpty());
    list->resize(600, 400);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString url = index.data(int(SourceModel::Role::Url)).toString();
        const QString description = index.data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY(!description.isEmpty());
        if (!url.isEmpty())
            QVERIFY(description.contains(url));
        // Two lines: the citation, and the host or the note.
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.widget = list;
        QVERIFY(list->itemDelegate()->sizeHint(option, index).height() >
                QFontMetrics(list->font()).height() * 2);
    }
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
