#pragma once

// Content for the Partners tests and benchmarks: generated partners across
// seven categories, some with accented names, places and people.

#include "content/content.h"

#include <QString>

namespace PartnerFixtures {

inline PartnerContent generated(int count)
{
    using namespace Qt::StringLiterals;
    PartnerContent content;
    content.sources.push_back({u"source"_s,
                               u"A generated source"_s,
                               u"Publisher"_s,
                               {},
                               {},
                               PartialDate(2025, 10, 13)});
    const QStringList categories = {u"oem"_s,      u"silicon"_s,  u"software"_s, u"research"_s,
                                    u"industry"_s, u"creators"_s, u"retail"_s};
    for (const QString &id : categories)
        content.categories.push_back({id, LocalizedText(u"Category "_s + id)});
    const QStringList names = {u"Zürich Labs"_s,   u"Øresund Systems"_s, u"Café Compute"_s,
                               u"Nordic Tensor"_s, u"São Paulo AI"_s,    u"Kraków Robotics"_s};
    for (int i = 0; i < count; ++i) {
        Partner partner;
        partner.id = u"partner-%1"_s.arg(i);
        partner.name = LocalizedText(u"%1 %2"_s.arg(names.at(i % names.size())).arg(i));
        partner.category = categories.at(i % categories.size());
        partner.product = LocalizedText(u"Product line %1"_s.arg(i % 97));
        partner.description =
                LocalizedText(u"Builds things with DGX Spark, example number %1 of many."_s.arg(i));
        if (i % 3 == 0)
            partner.place = LocalizedText(u"Malmö"_s);
        if (i % 5 == 0)
            partner.people.push_back(LocalizedText(u"Zoë Example"_s));
        partner.sources = {u"source"_s};
        partner.confidence = i % 9 == 0 ? Confidence::Low : Confidence::High;
        content.items.push_back(partner);
    }
    return content;
}

} // namespace PartnerFixtures
