#include "views/common/painting.h"
#include "views/theme.h"
#include "views/timeline/timelinemetrics.h"

#include <QFontMetricsF>
#include <QTest>

class tst_TimelineMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lengthsFollowTheScale_data();
    void lengthsFollowTheScale();
    void fontsAreTheApps();
    void derivedSizes();
    void marksGrowWithTheirCrowd();
    void placementPenalties();
};

void tst_TimelineMetrics::initTestCase()
{
    Appearance::loadFonts();
}

void tst_TimelineMetrics::lengthsFollowTheScale_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("0.75") << 0.75;
    QTest::newRow("2") << 2.0;
    QTest::newRow("3.5") << 3.5;
}

void tst_TimelineMetrics::lengthsFollowTheScale()
{
    QFETCH(double, scale);
    const TimelineMetrics one(1.0, {});
    const TimelineMetrics m(scale, {});
    QCOMPARE(m.scale, scale);
    // A sample of every group: each is its design length times the scale.
    QCOMPARE(m.card.padH, one.card.padH * scale);
    QCOMPARE(m.card.maxWidth, one.card.maxWidth * scale);
    QCOMPARE(m.card.shadow, one.card.shadow * scale);
    QCOMPARE(m.across.pad, one.across.pad * scale);
    QCOMPARE(m.down.connector, one.down.connector * scale);
    QCOMPARE(m.columnWidest, one.columnWidest * scale);
    QCOMPARE(m.overview.bar, one.overview.bar * scale);
    QCOMPARE(m.overview.dot, one.overview.dot * scale);
    QCOMPARE(m.axis.breakMinimum, one.axis.breakMinimum * scale);
    QCOMPARE(m.axis.yearLabel, one.axis.yearLabel * scale);
    QCOMPARE(m.events.hitAxis, one.events.hitAxis * scale);
    QCOMPARE(m.events.markerSelected, one.events.markerSelected * scale);
    QCOMPARE(m.empty.inset, one.empty.inset * scale);
    QCOMPARE(m.hairline, std::max(1.0, scale));
    // The design lengths themselves.
    QCOMPARE(one.card.padH, 14.0);
    QCOMPARE(one.across.pad, 28.0);
    QCOMPARE(one.down.pad, 24.0);
}

void tst_TimelineMetrics::fontsAreTheApps()
{
    const TimelineMetrics m = TimelineMetrics::forScale(1.5);
    const Appearance *appearance = Appearance::instance();
    QCOMPARE(m.fonts.caption, appearance->font(Typography::Role::Caption, 1.5));
    QCOMPARE(m.fonts.label, appearance->font(Typography::Role::Label, 1.5));
    QCOMPARE(m.fonts.title, appearance->font(Typography::Role::Title, 1.5));
    QCOMPARE(m.fonts.body, appearance->font(Typography::Role::Body, 1.5));
    // Fold labels: the caption, heavier.
    QCOMPARE(m.foldFont.pixelSize(), m.fonts.caption.pixelSize());
    QCOMPARE(m.foldFont.weight(), QFont::DemiBold);
}

void tst_TimelineMetrics::derivedSizes()
{
    const TimelineMetrics m = TimelineMetrics::forScale(2);
    QCOMPARE(m.captionHeight, QFontMetricsF(m.fonts.caption).height());
    QCOMPARE(m.card.dateHeight, QFontMetricsF(m.fonts.label).height());
    QCOMPARE(m.card.titleHeight, QFontMetricsF(m.fonts.title).height());
    QCOMPARE(m.card.ring, Painting::Metrics::forScale(2).ring);
    QCOMPARE(m.card.slack, m.card.ring + TimelineMetrics::Card::TextSlack);
    QCOMPARE(m.axis.lineSpacing, 2 * m.captionHeight + m.axis.labelSpacing);
    // Each title line adds its height.
    QCOMPARE(m.card.height(2) - m.card.height(1), m.card.titleHeight);
    QCOMPARE(m.card.height(1),
             2 * m.card.padV + m.card.dateHeight + m.card.lineGap + m.card.titleHeight);
}

void tst_TimelineMetrics::marksGrowWithTheirCrowd()
{
    const TimelineMetrics m(2.0, {});
    QCOMPARE(m.markHeight(1), 12.0);
    QCOMPARE(m.markHeight(2), 18.0);
    QCOMPARE(m.markHeight(8), 30.0);
}

void tst_TimelineMetrics::placementPenalties()
{
    // One track further out weighs as much as sliding three tenths of a card.
    QCOMPARE(TimelineMetrics::TrackPenalty / TimelineMetrics::SlidePenalty, 0.3);
    QVERIFY(TimelineMetrics::FoldPenalty > TimelineMetrics::SlidePenalty);
    QVERIFY(TimelineMetrics::UsefulDayShare > 0 && TimelineMetrics::UsefulDayShare < 1);
}

QTEST_MAIN(tst_TimelineMetrics)
#include "tst_timelinemetrics.moc"
