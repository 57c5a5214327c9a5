#pragma once

#include "content/content.h"

#include <QObject>

class CategoryModel;
class ComparisonModel;
class EraModel;
class HardwareModel;
class MemoryFitModel;
class PartnerModel;
class ReviewModel;
class SourceModel;
class TimelineModel;

// Owns every item model of the app and keeps them on one content set and one
// language. Views, the exporter and the kiosk all read from the same catalog.
class Catalog : public QObject
{
    Q_OBJECT

public:
    explicit Catalog(QObject *parent = nullptr);
    ~Catalog() override;

    void setContent(const ContentSet &content);
    const ContentSet &content() const { return m_content; }
    // Whether the part of \a file is still being read (ContentSet::pending):
    // its models are empty until it arrives, and its view says so.
    bool isLoading(ContentFile file) const { return m_content.isPending(file); }
    // Whether any part is.
    bool isLoading() const { return !m_content.isComplete(); }

    // Switches every model to \a language ("en", "de", "zh_CN", ...).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    HardwareModel *hardware() const { return m_hardware; }
    CategoryModel *hardwareGroups() const { return m_hardwareGroups; }
    ComparisonModel *comparison() const { return m_comparison; }
    MemoryFitModel *memoryFit() const { return m_memoryFit; }
    TimelineModel *timeline() const { return m_timeline; }
    CategoryModel *timelineCategories() const { return m_timelineCategories; }
    EraModel *eras() const { return m_eras; }
    PartnerModel *partners() const { return m_partners; }
    CategoryModel *partnerCategories() const { return m_partnerCategories; }
    ReviewModel *reviews() const { return m_reviews; }
    CategoryModel *reviewKinds() const { return m_reviewKinds; }
    SourceModel *sources() const { return m_sources; }

Q_SIGNALS:
    void contentChanged();
    // The parts being read changed; emitted before contentChanged().
    void loadingChanged();
    void languageChanged(const QString &language);

private:
    ContentSet m_content;
    QString m_language = QStringLiteral("en");
    HardwareModel *m_hardware;
    CategoryModel *m_hardwareGroups;
    ComparisonModel *m_comparison;
    MemoryFitModel *m_memoryFit;
    TimelineModel *m_timeline;
    CategoryModel *m_timelineCategories;
    EraModel *m_eras;
    PartnerModel *m_partners;
    CategoryModel *m_partnerCategories;
    ReviewModel *m_reviews;
    CategoryModel *m_reviewKinds;
    SourceModel *m_sources;
};
