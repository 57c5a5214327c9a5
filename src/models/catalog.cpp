#include "catalog.h"

#include "categorymodel.h"
#include "comparisonmodel.h"
#include "core/logging.h"
#include "eramodel.h"
#include "hardwaremodel.h"
#include "memoryfitmodel.h"
#include "partnermodel.h"
#include "reviewmodel.h"
#include "sourcemodel.h"
#include "timelinemodel.h"

Catalog::Catalog(QObject *parent)
    : QObject(parent)
    , m_hardware(new HardwareModel(this))
    , m_hardwareGroups(new CategoryModel(this))
    , m_comparison(new ComparisonModel(this))
    , m_memoryFit(new MemoryFitModel(this))
    , m_timeline(new TimelineModel(this))
    , m_timelineCategories(new CategoryModel(this))
    , m_eras(new EraModel(this))
    , m_partners(new PartnerModel(this))
    , m_partnerCategories(new CategoryModel(this))
    , m_reviews(new ReviewModel(this))
    , m_reviewKinds(new CategoryModel(this))
    , m_sources(new SourceModel(this))
{}

Catalog::~Catalog() = default;

void Catalog::setContent(const ContentSet &content)
{
    const bool loadingChanges = content.pending != m_content.pending;
    m_content = content;
    m_hardware->setContent(content.hardware);
    m_hardwareGroups->setCategories(content.hardware.groups);
    m_comparison->setContent(content.hardware);
    m_memoryFit->setContent(content.hardware);
    m_timeline->setContent(content.timeline);
    m_timelineCategories->setCategories(content.timeline.categories);
    m_eras->setEras(content.timeline.eras);
    m_partners->setContent(content.partners);
    m_partnerCategories->setCategories(content.partners.categories);
    m_reviews->setContent(content.reviews);
    m_reviewKinds->setCategories(content.reviews.kinds);
    m_sources->setContent(content);
    qCDebug(lcModels) << "Content set:" << content.hardware.items.size() << "hardware items,"
                      << content.timeline.items.size() << "events," << content.partners.items.size()
                      << "partners," << content.reviews.items.size() << "quotes";
    if (loadingChanges)
        Q_EMIT loadingChanged();
    Q_EMIT contentChanged();
}

void Catalog::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_hardware->setLanguage(language);
    m_hardwareGroups->setLanguage(language);
    m_comparison->setLanguage(language);
    m_memoryFit->setLanguage(language);
    m_timeline->setLanguage(language);
    m_timelineCategories->setLanguage(language);
    m_eras->setLanguage(language);
    m_partners->setLanguage(language);
    m_partnerCategories->setLanguage(language);
    m_reviews->setLanguage(language);
    m_reviewKinds->setLanguage(language);
    m_sources->setLanguage(language);
    Q_EMIT languageChanged(language);
}
