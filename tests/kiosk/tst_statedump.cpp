#include "kiosk/statedump.h"

#include "views/theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class TestStateDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameStateSameDump();
    void namesWhatChanged_data();
    void namesWhatChanged();
    void undoHistoryCounts();
    void recordsFocusAndAppearance();
    void jsonAndDigest();

private:
    QWidget *m_window = nullptr;
    QLineEdit *m_edit = nullptr;
    QCheckBox *m_check = nullptr;
    QListView *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_label = nullptr;
    QWidget *m_overlay = nullptr;
};

void TestStateDump::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_edit = new QLineEdit(m_window);
    m_edit->setObjectName(u"search"_s);
    m_check = new QCheckBox(u"Filter"_s, m_window);
    m_list = new QListView(m_window);
    QStringList rows;
    for (int i = 0; i < 200; ++i)
        rows.append(u"row %1"_s.arg(i));
    m_list->setModel(new QStringListModel(rows, m_list));
    m_stack = new QStackedWidget(m_window);
    m_stack->addWidget(new QWidget);
    m_stack->addWidget(new QWidget);
    m_label = new QLabel(u"Overview"_s, m_window);
    m_overlay = new QWidget(m_window);
    m_overlay->setObjectName(u"overlay"_s);
    m_overlay->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_check),
                            static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_stack),
                            static_cast<QWidget *>(m_label)}) {
        layout->addWidget(widget);
    }
    m_window->resize(400, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestStateDump::cleanup()
{
    delete m_window;
}

void TestStateDump::sameStateSameDump()
{
    const QVariantMap a = StateDump::of(m_window);
    const QVariantMap b = StateDump::of(m_window);
    QVERIFY(!a.isEmpty());
    QCOMPARE(StateDump::differences(a, b), QStringList());
    QVERIFY(a.contains(u"search:text"_s));
    QVERIFY(a.contains(u"overlay:hidden"_s));
}

void TestStateDump::namesWhatChanged_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("key");
    QTest::newRow("text") << 0 << u"search:text: "_s;
    QTest::newRow("checked") << 1 << u"QCheckBox#0:checked: false -> true"_s;
    QTest::newRow("current item") << 2 << u"QListView#0:current: - -> 5,0"_s;
    QTest::newRow("scroll") << 3
                            << u"QListView#0/qt_scrollarea_vcontainer/QScrollBar#0:value: 0 -> "_s;
    QTest::newRow("page") << 4 << u"QStackedWidget#0:page: 0 -> 1"_s;
    QTest::newRow("label") << 5 << u"QLabel#0:text: Overview -> Detail"_s;
    QTest::newRow("overlay") << 6 << u"overlay:hidden: true -> (absent)"_s;
}

void TestStateDump::namesWhatChanged()
{
    QFETCH(int, change);
    QFETCH(QString, key);
    const QVariantMap before = StateDump::of(m_window);
    switch (change) {
    case 0:
        m_edit->setText(u"nvidia"_s);
        break;
    case 1:
        m_check->setChecked(true);
        break;
    case 2:
        m_list->setCurrentIndex(m_list->model()->index(5, 0));
        break;
    case 3:
        m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum());
        break;
    case 4:
        m_stack->setCurrentIndex(1);
        break;
    case 5:
        m_label->setText(u"Detail"_s);
        break;
    case 6:
        m_overlay->show();
        break;
    }
    const QStringList differences = StateDump::differences(before, StateDump::of(m_window));
    QVERIFY2(!differences.isEmpty(), "the change went unnoticed");
    bool named = false;
    for (const QString &line : differences)
        named = named || line.startsWith(key);
    QVERIFY2(named, qPrintable(differences.join(u'\n')));
}

void TestStateDump::undoHistoryCounts()
{
    const QVariantMap fresh = StateDump::of(m_window);
    QTest::keyClicks(m_edit, u"dell"_s);
    m_edit->clear();
    // Same text as before, but Ctrl+Z would bring "dell" back.
    QCOMPARE(m_edit->text(), QString());
    QStringList differences = StateDump::differences(fresh, StateDump::of(m_window));
    QVERIFY2(differences.contains(u"search:undo: false -> true"_s),
             qPrintable(differences.join(u'\n')));
    m_edit->setText(QString());
    differences = StateDump::differences(fresh, StateDump::of(m_window));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
}

void TestStateDump::recordsFocusAndAppearance()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_edit->setFocus();
    const QVariantMap dump = StateDump::of(m_window);
    QCOMPARE(dump.value(u"app:focus"_s).toString(), u"search"_s);
    QCOMPARE(dump.value(u"app:theme"_s).toString(),
             Theme::idName(Appearance::instance()->theme().id));
    QVERIFY(dump.contains(u"app:language"_s));
    QVERIFY(dump.contains(u"app:reducedMotion"_s));
    m_check->setFocus();
    const QStringList differences = StateDump::differences(dump, StateDump::of(m_window));
    QVERIFY2(differences.contains(u"app:focus: search -> QCheckBox#0"_s),
             qPrintable(differences.join(u'\n')));
}

void TestStateDump::jsonAndDigest()
{
    const QVariantMap a = StateDump::of(m_window);
    QVERIFY(StateDump::toJson(a).contains("\"search:text\""));
    QCOMPARE(StateDump::digest(a), StateDump::digest(StateDump::of(m_window)));
    m_check->setChecked(true);
    QVERIFY(StateDump::digest(a) != StateDump::digest(StateDump::of(m_window)));
    QCOMPARE(StateDump::digest(a).size(), 16);
}

QTEST_MAIN(TestStateDump)
#include "tst_statedump.moc"
