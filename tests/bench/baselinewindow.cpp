// The yardstick for start-up: what a Qt user would write in an afternoon, a
// window with one tab holding one Qt Charts chart. Like the app's
// --quit-after-first-frame, it exits right after the window has painted its
// first frame. bench_startup runs it alternately with the app.
//
// With --grab N --out DIR it is the yardstick for export instead: the window
// at 1920x1080, grabbed N times, each grab encoded as PNG and saved in DIR,
// one after the other; what a user would write to get pictures of a window.
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QImageWriter>
#include <QTabWidget>
#include <QTimer>

#include <QValueAxis>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class FirstFrame : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    auto *set = new QBarSet(u"Memory (GB)"_s);
    *set << 16 << 32 << 64 << 128;
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(u"Memory by machine"_s);
    auto *categories = new QBarCategoryAxis;
    categories->append({u"A"_s, u"B"_s, u"C"_s, u"D"_s});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 128);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);

    QTabWidget window;
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    window.addTab(view, u"Chart"_s);
    window.setWindowTitle(u"Baseline"_s);
    const QStringList arguments = app.arguments();
    const qsizetype grab = arguments.indexOf(u"--grab"_s);
    const qsizetype out = arguments.indexOf(u"--out"_s);
    if (grab > 0 && out > 0 && grab + 1 < arguments.size() && out + 1 < arguments.size()) {
        const int count = arguments.at(grab + 1).toInt();
        const QDir directory(arguments.at(out + 1));
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(1920, 1080);
        window.show();
        QCoreApplication::processEvents();
        for (int i = 0; i < count; ++i) {
            const QImage image = window.grab().toImage();
            QImageWriter writer(directory.filePath(u"baseline_%1.png"_s.arg(i)), "png");
            if (!writer.write(image)) {
                std::fprintf(stderr, "spark-baseline-window: %s\n",
                             qPrintable(writer.errorString()));
                return 1;
            }
        }
        return 0;
    }
    window.resize(1440, 900);
    if (arguments.contains(u"--quit-after-first-frame"_s))
        window.installEventFilter(new FirstFrame(&window));
    window.show();
    return app.exec();
}
