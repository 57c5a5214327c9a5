#include "content/contentparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The diagram placements of hardware.json: shapes and counts.
class TestContentParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledHardwareParses();
    void diagramShapes_data();
    void diagramShapes();
    void diagramCount_data();
    void diagramCount();

private:
    // The bundled hardware.json with the first part's diagram replaced.
    QByteArray withDiagram(const QJsonObject &diagram) const;

    QJsonObject m_hardware;
};

void TestContentParser::initTestCase()
{
    QFile file(u":/data/hardware.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_hardware = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_hardware.isEmpty());
}

QByteArray TestContentParser::withDiagram(const QJsonObject &diagram) const
{
    QJsonObject root = m_hardware;
    QJsonArray items = root.value(u"items"_s).toArray();
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.contains(u"diagram"_s)) {
            item.insert(u"diagram"_s, diagram);
            items.replace(i, item);
            break;
        }
    }
    root.insert(u"items"_s, items);
    return QJsonDocument(root).toJson();
}

void TestContentParser::bundledHardwareParses()
{
    QFile file(u":/data/hardware.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ContentParser parser(u"hardware.json"_s);
    const std::optional<HardwareContent> content = parser.parseHardware(file.readAll());
    QVERIFY2(content, qPrintable(parser.diagnostics().value(0).toString()));
    int withDiagram = 0;
    for (const HardwareItem &item : content->items) {
        if (!item.diagram)
            continue;
        ++withDiagram;
        QVERIFY(item.diagram->count >= 1);
        QVERIFY(QRectF(0, 0, 100, 100).contains(item.diagram->rect));
    }
    QVERIFY(withDiagram >= 12);
}

void TestContentParser::diagramShapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("shape");
    QTest::newRow("chassis") << u"chassis"_s << int(DiagramShape::Chassis);
    QTest::newRow("superchip") << u"superchip"_s << int(DiagramShape::Superchip);
    QTest::newRow("cpu") << u"cpu"_s << int(DiagramShape::Cpu);
    QTest::newRow("gpu") << u"gpu"_s << int(DiagramShape::Gpu);
    QTest::newRow("link") << u"link"_s << int(DiagramShape::Link);
    QTest::newRow("memory") << u"memory"_s << int(DiagramShape::Memory);
    QTest::newRow("storage") << u"storage"_s << int(DiagramShape::Storage);
    QTest::newRow("network") << u"network"_s << int(DiagramShape::Network);
    QTest::newRow("wireless") << u"wireless"_s << int(DiagramShape::Wireless);
    QTest::newRow("port") << u"port"_s << int(DiagramShape::Port);
    QTest::newRow("power") << u"power"_s << int(DiagramShape::Power);
    QTest::newRow("software") << u"software"_s << int(DiagramShape::Software);
    QTest::newRow("usb-c") << u"usb-c"_s << int(DiagramShape::UsbC);
    QTest::newRow("hdmi") << u"hdmi"_s << int(DiagramShape::Hdmi);
    QTest::newRow("ethernet") << u"ethernet"_s << int(DiagramShape::Ethernet);
    QTest::newRow("qsfp") << u"qsfp"_s << int(DiagramShape::Qsfp);
    QTest::newRow("unknown") << u"toaster"_s << -1;
}

void TestContentParser::diagramShapes()
{
    QFETCH(QString, name);
    QFETCH(int, shape);
    ContentParser parser(u"hardware.json"_s);
    const std::optional<HardwareContent> content = parser.parseHardware(
            withDiagram({{u"shape"_s, name}, {u"rect"_s, QJsonArray{10, 10, 20, 20}}}));
    if (shape < 0) {
        QVERIFY(!content);
        QVERIFY(parser.diagnostics().value(0).pointer.endsWith(u"/diagram/shape"_s));
        return;
    }
    QVERIFY2(content, qPrintable(parser.diagnostics().value(0).toString()));
    const auto it = std::find_if(content->items.begin(), content->items.end(),
                                 [](const HardwareItem &item) { return item.diagram.has_value(); });
    QCOMPARE(int(it->diagram->shape), shape);
    QCOMPARE(it->diagram->count, 1);
}

void TestContentParser::diagramCount_data()
{
    QTest::addColumn<QJsonValue>("count");
    QTest::addColumn<int>("expected"); // -1: rejected
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << 1;
    QTest::newRow("four") << QJsonValue(4) << 4;
    QTest::newRow("largest") << QJsonValue(32) << 32;
    QTest::newRow("zero") << QJsonValue(0) << -1;
    QTest::newRow("too many") << QJsonValue(33) << -1;
    QTest::newRow("fraction") << QJsonValue(2.5) << -1;
    QTest::newRow("text") << QJsonValue(u"4"_s) << -1;
}

void TestContentParser::diagramCount()
{
    QFETCH(QJsonValue, count);
    QFETCH(int, expected);
    QJsonObject diagram{{u"shape"_s, u"usb-c"_s}, {u"rect"_s, QJsonArray{10, 80, 20, 8}}};
    if (!count.isUndefined())
        diagram.insert(u"count"_s, count);
    ContentParser parser(u"hardware.json"_s);
    const std::optional<HardwareContent> content = parser.parseHardware(withDiagram(diagram));
    if (expected < 0) {
        QVERIFY(!content);
        QVERIFY(parser.diagnostics().value(0).pointer.endsWith(u"/diagram/count"_s));
        return;
    }
    QVERIFY2(content, qPrintable(parser.diagnostics().value(0).toString()));
    const auto it = std::find_if(content->items.begin(), content->items.end(),
                                 [](const HardwareItem &item) { return item.diagram.has_value(); });
    QCOMPARE(it->diagram->count, expected);
}

QTEST_MAIN(TestContentParser)
#include "tst_contentparser.moc"
