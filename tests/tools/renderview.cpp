// render-view: draws one view, headless, to a PNG for a person to look at while
// developing. The exporter is the product path; this is the workbench.
//
//   render-view VIEW OUT.png [--size WxH] [--scale F] [--theme T] [--lang CODE]
//               [--item ID]
#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPainter>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"view"_s, u"hardware, timeline, partners or reviews"_s);
    parser.addPositionalArgument(u"out"_s, u"PNG file to write"_s);
    const QCommandLineOption size(u"size"_s, u"Logical size"_s, u"WxH"_s, u"1920x1080"_s);
    const QCommandLineOption scale(u"scale"_s, u"Device pixel ratio"_s, u"F"_s, u"1"_s);
    const QCommandLineOption theme(u"theme"_s, u"dark, light, high-contrast"_s, u"T"_s, u"dark"_s);
    const QCommandLineOption lang(u"lang"_s, u"Language"_s, u"CODE"_s, u"en"_s);
    const QCommandLineOption item(u"item"_s, u"Item to select"_s, u"ID"_s);
    parser.addOptions({size, scale, theme, lang, item});
    parser.addHelpOption();
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        parser.showHelp(2);

    Appearance::loadFonts();
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    Language language(&catalog);
    language.setLanguage(parser.value(lang));
    Theme::Id themeId = Theme::Id::Dark;
    Theme::idFromName(parser.value(theme), &themeId);
    Appearance::instance()->setTheme(themeId);
    Appearance::instance()->apply(&app);

    const QStringList wh = parser.value(size).split(u'x');
    const QSize logical(wh.value(0).toInt(), wh.value(1).toInt());
    const double dpr = parser.value(scale).toDouble();
    ShowcaseView *view = ViewRegistry::create(args.at(0), &catalog);
    if (!view || logical.isEmpty() || dpr <= 0) {
        QTextStream(stderr) << "render-view: bad view, size or scale\n";
        return 2;
    }
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(logical);
    view->show();
    if (parser.isSet(item) && !view->selectItem(parser.value(item))) {
        QTextStream(stderr) << "render-view: no item " << parser.value(item) << '\n';
        return 2;
    }
    QCoreApplication::processEvents();
    QImage image(logical * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Appearance::instance()->theme().background);
    view->render(&image);
    if (!image.save(args.at(1))) {
        QTextStream(stderr) << "render-view: cannot write " << args.at(1) << '\n';
        return 1;
    }
    delete view;
    return 0;
}
