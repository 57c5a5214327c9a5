#include "viewregistry.h"

#include "models/catalog.h"
#include "models/hardwaremodel.h"
#include "models/partnermodel.h"
#include "models/reviewmodel.h"
#include "models/timelinemodel.h"
#include "views/hardware/hardwareview.h"
#include "views/partners/partnersview.h"
#include "views/reviews/reviewsview.h"
#include "views/timeline/timelineview.h"

using namespace Qt::StringLiterals;

QStringList ViewRegistry::names()
{
    return {u"hardware"_s, u"timeline"_s, u"partners"_s, u"reviews"_s};
}

QString ViewRegistry::title(const QString &name)
{
    if (name == u"hardware")
        //: Tab title: the parts and specifications of DGX Spark
        return tr("Hardware");
    if (name == u"timeline")
        //: Tab title: the history from DGX-1 (2016) to DGX Spark (2025)
        return tr("Timeline");
    if (name == u"partners")
        //: Tab title: companies and labs that build, sell or use DGX Spark
        return tr("Partners");
    if (name == u"reviews")
        //: Tab title: what reviewers said
        return tr("Reviews");
    return name;
}

ShowcaseView *ViewRegistry::create(const QString &name, Catalog *catalog, QWidget *parent)
{
    if (name == u"hardware")
        return new HardwareView(catalog, parent);
    if (name == u"timeline")
        return new TimelineView(catalog, parent);
    if (name == u"partners")
        return new PartnersView(catalog, parent);
    if (name == u"reviews")
        return new ReviewsView(catalog, parent);
    return nullptr;
}

bool ViewRegistry::hasItem(const QString &name, const Catalog &catalog, const QString &id)
{
    if (name == u"hardware")
        return catalog.hardware()->rowOf(id) >= 0;
    if (name == u"timeline")
        return catalog.timeline()->rowOf(id) >= 0;
    if (name == u"partners")
        return catalog.partners()->rowOf(id) >= 0;
    if (name == u"reviews")
        return catalog.reviews()->rowOf(id) >= 0;
    return false;
}

QString ViewRegistry::viewOfItem(const Catalog &catalog, const QString &id)
{
    for (const QString &name : names()) {
        if (hasItem(name, catalog, id))
            return name;
    }
    return {};
}
