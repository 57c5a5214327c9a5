#include "aboutdialog.h"

#include "content/contentloader.h"
#include "models/catalog.h"

#include <QLabel>
#include <QListView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSources();
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

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
