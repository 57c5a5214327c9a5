#include "contentproblemspanel.h"

#include "contentsource.h"
#include "views/language.h"
#include "views/theme.h"

#include <QAccessible>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// The bundled partners.json with the first two partners of a category that
// does not exist: two problems, in one file.
QByteArray badPartners()
{
    QFile file(u":/data/partners.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray items = root.value(u"items").toArray();
    for (int i = 0; i < 2; ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(u"category"_s, u"no-such-category"_s);
        items.replace(i, item);
    }
    root.insert(u"items"_s, items);
    return QJsonDocument(root).toJson();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList labelTexts(const QWidget *panel, const QString &name)
{
    QStringList texts;
    for (const QLabel *label : panel->findChildren<QLabel *>(name)) {
        if (label->isVisibleTo(panel))
            texts.append(label->text());
    }
    return texts;
}

} // namespace

class TestContentProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneRowPerProblemWithItsText();
    void copyButtonsPutTheirLineOnTheClipboard();
    void saysWhatStaysOnScreen();
    void emptyStates();
    void followsReloads();
    void buttonsAreNamed();

private:
    QLabel *visibleLabel(const QString &name) const;

    std::unique_ptr<Language> m_language;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<ContentSource> m_source;
    std::unique_ptr<QMainWindow> m_window;
    ContentProblemsPanel *m_panel = nullptr;
};

void TestContentProblemsPanel::initTestCase()
{
    Appearance::loadFonts();
    // English plurals ("2 problems") come from a translation too.
    m_language = std::make_unique<Language>(nullptr);
    m_language->setLanguage(u"en"_s);
}

void TestContentProblemsPanel::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    QVERIFY(writeBytes(m_folder->filePath(u"partners.json"_s), badPartners()));
    m_source = std::make_unique<ContentSource>();
    m_source->openFolder(m_folder->path());
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QWidget);
    m_panel = new ContentProblemsPanel(m_source.get(), m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_panel);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestContentProblemsPanel::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_folder.reset();
}

QLabel *TestContentProblemsPanel::visibleLabel(const QString &name) const
{
    QLabel *label = m_panel->findChild<QLabel *>(name);
    return label && label->isVisible() ? label : nullptr;
}

void TestContentProblemsPanel::oneRowPerProblemWithItsText()
{
    const QString file = m_folder->filePath(u"partners.json"_s);
    QCOMPARE(m_source->problems().size(), 2);
    QStringList expected;
    for (const Diagnostic &problem : m_source->problems())
        expected.append(problem.toString());
    QCOMPARE(m_panel->rows(), expected);
    QCOMPARE(labelTexts(m_panel, u"problemText"_s), expected);
    QVERIFY(expected.constFirst().startsWith(file + u": /items/0/category: "_s));
    QVERIFY(expected.constLast().startsWith(file + u": /items/1/category: "_s));
    QCOMPARE(m_panel->findChildren<QToolButton *>(u"copyProblem"_s).size(), 2);
    QCOMPARE(m_panel->windowTitle(), u"Content Problems"_s);
}

void TestContentProblemsPanel::copyButtonsPutTheirLineOnTheClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    const QList<QToolButton *> copies = m_panel->findChildren<QToolButton *>(u"copyProblem"_s);
    QCOMPARE(copies.size(), 2);
    QVERIFY(copies.at(1)->isVisible());
    QTest::mouseClick(copies.at(1), Qt::LeftButton);
    QCOMPARE(clipboard->text(), m_panel->rows().at(1));
    // It says so in place, then reads as before.
    QCOMPARE(copies.at(1)->text(), u"Copied"_s);
    QTRY_COMPARE(copies.at(1)->text(), u"Copy"_s);

    // From the keyboard too.
    copies.at(0)->setFocus();
    QTest::keyClick(copies.at(0), Qt::Key_Space);
    QCOMPARE(clipboard->text(), m_panel->rows().at(0));

    auto *all = m_panel->findChild<QPushButton *>(u"copyAll"_s);
    QVERIFY(all);
    QVERIFY(all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(clipboard->text(), m_panel->rows().join(u'\n'));
    QCOMPARE(clipboard->text(), m_panel->allText());
}

void TestContentProblemsPanel::saysWhatStaysOnScreen()
{
    QLabel *summary = visibleLabel(u"summary"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"2 problems found."_s), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(
                     u"partners.json has problems: the bundled file is shown in its place."_s),
             qPrintable(summary->text()));

    // Good once, then broken: the good version stays, and the panel says so.
    const QString file = m_folder->filePath(u"partners.json"_s);
    QFile bundled(u":/data/partners.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QVERIFY(writeBytes(file, bundled.readAll()));
    m_source->reload();
    QVERIFY(writeBytes(file, badPartners()));
    m_source->reload();
    QVERIFY2(summary->text().contains(
                     u"partners.json has problems: its last good version stays on screen."_s),
             qPrintable(summary->text()));
    QCOMPARE(visibleLabel(u"heading"_s)->text(), QFileInfo(m_folder->path()).fileName());
    QCOMPARE(visibleLabel(u"path"_s)->text(), m_folder->path());
}

void TestContentProblemsPanel::emptyStates()
{
    QFile bundled(u":/data/partners.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QVERIFY(writeBytes(m_folder->filePath(u"partners.json"_s), bundled.readAll()));
    m_source->reload();
    QVERIFY(m_panel->rows().isEmpty());
    QVERIFY(m_panel->findChildren<QToolButton *>(u"copyProblem"_s).isEmpty());
    QVERIFY(!visibleLabel(u"summary"_s));
    const QString name = QFileInfo(m_folder->path()).fileName();
    QVERIFY(visibleLabel(u"emptyTitle"_s));
    QCOMPARE(visibleLabel(u"emptyTitle"_s)->text(), u"No problems found in %1."_s.arg(name));
    QVERIFY(!m_panel->findChild<QPushButton *>(u"copyAll"_s)->isEnabled());
    QVERIFY(m_panel->findChild<QPushButton *>(u"reload"_s)->isEnabled());

    m_source->useBundled();
    QCOMPARE(visibleLabel(u"heading"_s)->text(), u"Bundled content"_s);
    QVERIFY(!visibleLabel(u"path"_s));
    QCOMPARE(visibleLabel(u"emptyTitle"_s)->text(), u"No content folder is open."_s);
    QVERIFY(!m_panel->findChild<QPushButton *>(u"reload"_s)->isEnabled());
}

void TestContentProblemsPanel::followsReloads()
{
    // The panel's own Reload button reads the fixed file.
    QFile bundled(u":/data/partners.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QVERIFY(writeBytes(m_folder->filePath(u"partners.json"_s), bundled.readAll()));
    auto *reload = m_panel->findChild<QPushButton *>(u"reload"_s);
    QVERIFY(reload);
    QTest::mouseClick(reload, Qt::LeftButton);
    QVERIFY(m_panel->rows().isEmpty());

    // A folder that goes away: one row that names it and says why.
    const QString folder = m_folder->path();
    m_folder.reset();
    m_source->reload();
    QCOMPARE(m_panel->rows(), QStringList{folder + u": the folder does not exist"_s});
    QVERIFY(visibleLabel(u"summary"_s)
                    ->text()
                    .contains(
                            u"The folder cannot be used: the bundled content is shown until it can be read."_s));
}

void TestContentProblemsPanel::buttonsAreNamed()
{
    const QList<QToolButton *> copies = m_panel->findChildren<QToolButton *>(u"copyProblem"_s);
    QCOMPARE(copies.size(), 2);
    for (int i = 0; i < copies.size(); ++i) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(copies.at(i));
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), u"Copy problem %1"_s.arg(i + 1));
        QCOMPARE(iface->text(QAccessible::Description), m_panel->rows().at(i));
    }
    for (const QString &name : {u"copyAll"_s, u"reload"_s}) {
        QAccessibleInterface *iface =
                QAccessible::queryAccessibleInterface(m_panel->findChild<QPushButton *>(name));
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(TestContentProblemsPanel)
#include "tst_contentproblemspanel.moc"
