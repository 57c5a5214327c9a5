// Every shipped language, complete: the UI strings of its Qt Linguist file, the
// content text in the data files, and a glyph in the app's fonts for every
// character of both, so that no missing-glyph box ever ships.
#include "content/contentloader.h"
#include "views/language.h"
#include "views/theme.h"

#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or one
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QString tsPath(const QString &language)
{
    return QStringLiteral(SPARK_SOURCE_DIR) + u"/translations/spark-showcase_"_s + language +
           u".ts"_s;
}

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{context, {}, {}, {}};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                // Either plain text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (message.translations.isEmpty())
                    message.translations.append(text);
                messages.append(message);
            }
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Calls back with every text a visitor reads in the content, and where it is.
void forEachText(const ContentSet &content,
                 const std::function<void(const QString &, const LocalizedText &)> &visit)
{
    const auto categories = [&](const QString &file, const std::vector<Category> &list) {
        for (const Category &category : list)
            visit(file + u" category "_s + category.id, category.name);
    };
    const auto quote = [&](const QString &where, const Quote &quote) {
        // The original words stay; a translation is shown beneath them.
        LocalizedText translated = quote.translations;
        translated.insert(quote.language, quote.text);
        visit(where + u" quote"_s, translated);
        if (!quote.by.isEmpty())
            visit(where + u" quote by"_s, quote.by);
    };
    const auto optional = [&](const QString &where, const LocalizedText &text) {
        if (!text.isEmpty())
            visit(where, text);
    };
    // Titles of publications stay as published; descriptions of documents
    // without a known title, and notes on missing addresses, are read.
    const auto sources = [&](const QString &file, const std::vector<Source> &list) {
        for (const Source &source : list) {
            optional(file + u" source "_s + source.id + u" description"_s, source.description);
            optional(file + u" source "_s + source.id + u" note"_s, source.note);
        }
    };
    sources(u"hardware"_s, content.hardware.sources);
    sources(u"timeline"_s, content.timeline.sources);
    sources(u"partners"_s, content.partners.sources);
    sources(u"reviews"_s, content.reviews.sources);

    const HardwareContent &h = content.hardware;
    categories(u"hardware"_s, h.groups);
    for (const HardwareItem &item : h.items) {
        const QString where = u"hardware "_s + item.id;
        visit(where + u" name"_s, item.name);
        visit(where + u" value"_s, item.value);
        visit(where + u" why"_s, item.why);
    }
    for (const ComparisonSystem &system : h.systems)
        visit(u"hardware system "_s + system.id, system.name);
    for (const ComparisonMetric &metric : h.metrics) {
        visit(u"hardware metric "_s + metric.id, metric.name);
        for (const ComparisonValue &value : metric.values) {
            optional(u"hardware metric "_s + metric.id + u" label"_s, value.label);
            optional(u"hardware metric "_s + metric.id + u" note"_s, value.note);
        }
    }
    for (const NumericPrecision &precision : h.precisions)
        visit(u"hardware precision "_s + precision.id, precision.name);
    for (const ModelSize &size : h.modelSizes) {
        visit(u"hardware model size "_s + size.id, size.name);
        optional(u"hardware model size "_s + size.id + u" note"_s, size.note);
    }
    for (const MemoryCapacity &capacity : h.capacities)
        visit(u"hardware capacity "_s + capacity.id, capacity.name);

    const TimelineContent &t = content.timeline;
    categories(u"timeline"_s, t.categories);
    for (const Era &era : t.eras)
        visit(u"timeline era "_s + era.id, era.name);
    for (const TimelineEvent &event : t.items) {
        const QString where = u"timeline "_s + event.id;
        visit(where + u" title"_s, event.title);
        optional(where + u" place"_s, event.place);
        for (const LocalizedText &person : event.people)
            visit(where + u" person"_s, person);
        visit(where + u" description"_s, event.description);
        if (event.quote)
            quote(where, *event.quote);
    }

    const PartnerContent &p = content.partners;
    categories(u"partners"_s, p.categories);
    for (const Partner &partner : p.items) {
        const QString where = u"partners "_s + partner.id;
        visit(where + u" name"_s, partner.name);
        optional(where + u" product"_s, partner.product);
        visit(where + u" description"_s, partner.description);
        optional(where + u" place"_s, partner.place);
        for (const LocalizedText &person : partner.people)
            visit(where + u" person"_s, person);
    }

    const ReviewContent &r = content.reviews;
    categories(u"reviews"_s, r.kinds);
    for (const Review &review : r.items) {
        const QString where = u"reviews "_s + review.id;
        optional(where + u" byline"_s, review.byline);
        optional(where + u" summary"_s, review.summary);
        optional(where + u" award"_s, review.award);
        quote(where, review.quote);
    }
}

QStringList shippedLanguages()
{
    QStringList languages = Language::available();
    languages.removeAll(u"en"_s);
    return languages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shipsEveryLanguage();
    void uiIsComplete_data();
    void uiIsComplete();
    void englishPluralsAreComplete();
    void contentIsComplete_data();
    void contentIsComplete();
    void rightToLeftKeepsNamesTogether();
    void fontsHaveEveryGlyph_data();
    void fontsHaveEveryGlyph();

private:
    ContentSet m_content;
};

void TestTranslations::initTestCase()
{
    QVERIFY(Appearance::loadFonts());
    const ContentLoader::Result loaded = ContentLoader::load();
    QVERIFY(loaded.diagnostics.isEmpty());
    m_content = loaded.content;
}

void TestTranslations::shipsEveryLanguage()
{
    // The languages of the issue, each with a compiled translation.
    for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s, u"ja"_s, u"zh_CN"_s, u"ar"_s}) {
        QVERIFY2(Language::isAvailable(language), qPrintable(language));
        QTranslator translator;
        QVERIFY(translator.load(u"spark-showcase_"_s + language, u":/i18n"_s));
        QVERIFY2(!translator.isEmpty(), qPrintable(language));
    }
}

void TestTranslations::uiIsComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::uiIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + u": “"_s + message.source + u"”"_s;
        if (!message.type.isEmpty()) {
            problems.append(where + u" is "_s + message.type);
            continue;
        }
        const QSet<QString> expected = placeholders(message.source) - QSet<QString>{u"%n"_s};
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(where + u" has an empty translation"_s);
                continue;
            }
            const QSet<QString> found = placeholders(translation) - QSet<QString>{u"%n"_s};
            if (found != expected)
                problems.append(where + u" changes its placeholders: "_s + translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestTranslations::englishPluralsAreComplete()
{
    QString error;
    const QList<Message> messages = readTs(tsPath(u"en"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message &message : messages) {
        QVERIFY2(message.type.isEmpty(), qPrintable(message.source));
        QCOMPARE(message.translations.size(), 2);
        for (const QString &form : message.translations)
            QVERIFY2(!form.isEmpty(), qPrintable(message.source));
    }
}

void TestTranslations::contentIsComplete_data()
{
    uiIsComplete_data();
}

void TestTranslations::contentIsComplete()
{
    QFETCH(QString, language);
    QStringList missing;
    int texts = 0;
    forEachText(m_content, [&](const QString &where, const LocalizedText &text) {
        ++texts;
        if (!text.hasLanguage(language))
            missing.append(where);
    });
    QVERIFY(texts > 200);
    QVERIFY2(missing.isEmpty(),
             qPrintable(
                     u"%1 of %2 texts have no %3: "_s.arg(missing.size()).arg(texts).arg(language) +
                     missing.mid(0, 20).join(u", "_s)));
}

// In a right-to-left line, a break inside "Cortex-A725" or "GB/s" sends half
// of the name to the far end of the next line; a word joiner (U+2060) after
// the hyphen or slash forbids it (scripts/content-i18n import adds them).
void TestTranslations::rightToLeftKeepsNamesTogether()
{
    static const QRegularExpression breakable(u"\\w[-/]\\w"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &language : Language::available()) {
        if (QLocale(language).textDirection() != Qt::RightToLeft)
            continue;
        QStringList found;
        forEachText(m_content, [&](const QString &where, const LocalizedText &text) {
            const QRegularExpressionMatch match = breakable.match(text.text(language));
            if (match.hasMatch())
                found.append(where + u": "_s + match.captured());
        });
        QVERIFY2(found.isEmpty(), qPrintable(language + u": "_s + found.join(u", "_s)));
    }
}

void TestTranslations::fontsHaveEveryGlyph_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    uiIsComplete_data();
}

void TestTranslations::fontsHaveEveryGlyph()
{
    QFETCH(QString, language);
    // Everything the language shows: its UI translations and its content text.
    QString shown;
    if (language != u"en") {
        QString error;
        for (const Message &message : readTs(tsPath(language), &error))
            shown += message.translations.join(QString());
    }
    forEachText(m_content,
                [&](const QString &, const LocalizedText &text) { shown += text.text(language); });
    QVERIFY(!shown.isEmpty());

    Appearance::instance()->setLanguage(language);
    const QStringList families = Appearance::instance()->fontFamilies();
    // Upright, and slanted where the language sets translations in italics:
    // a face picked for its slant must have the glyphs too.
    const QList<bool> slants =
            Appearance::instance()->hasItalics() ? QList<bool>{false, true} : QList<bool>{false};
    for (const bool slanted : slants) {
        QList<QFontMetrics> fonts;
        for (const QString &family : families) {
            QFont font(family);
            font.setItalic(slanted);
            font.setStyleStrategy(QFont::NoFontMerging);
            QVERIFY2(QFontInfo(font).family() == family,
                     qPrintable(family + u" is not installed"_s));
            fonts.append(QFontMetrics(font));
        }
        QSet<char32_t> missing;
        for (const char32_t c : shown.toUcs4()) {
            if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control ||
                QChar::category(c) == QChar::Other_Format)
                continue;
            const bool covered =
                    std::any_of(fonts.cbegin(), fonts.cend(),
                                [c](const QFontMetrics &m) { return m.inFontUcs4(c); });
            if (!covered)
                missing.insert(c);
        }
        QStringList listed;
        for (char32_t c : std::as_const(missing))
            listed.append(u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
        QVERIFY2(missing.isEmpty(),
                 qPrintable(families.join(u", "_s) + (slanted ? u" (italic)"_s : QString()) +
                            u" lack "_s + listed.join(u' ')));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
