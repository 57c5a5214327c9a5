#pragma once

// Content for the Timeline view tests: twelve events from 2016 to 2026 with
// every kind of date (a day, a month, a month narrowed by its sources, two on
// the same day), six categories, four eras, and titles and stories of the
// lengths real content has. The tests assert what is built here, never what
// the app ships.

#include "contentbuilder.h"

namespace TimelineFixtures {

inline Fixtures::TimelineBuilder story()
{
    using namespace Qt::StringLiterals;
    using Fixtures::text;
    using Fixtures::TimelineEventBuilder;
    const QString filler = u" The event is described at the length a visitor reads on a card."_s;
    return Fixtures::TimelineBuilder()
            .category(u"hardware"_s, text(u"Hardware"_s))
            .category(u"delivery"_s, text(u"Deliveries"_s, {{u"de"_s, u"Lieferungen"_s}}))
            .category(u"launch"_s, text(u"Launches"_s))
            .category(u"partner"_s, text(u"Partners"_s))
            .category(u"spaceflight"_s, text(u"Spaceflight"_s))
            .category(u"pricing"_s, text(u"Pricing"_s))
            .era(u"first-era"_s, text(u"The first box"_s), u"2016-04"_s, u"2016-12"_s)
            .era(u"show-to-spark"_s, text(u"From show to Spark"_s), u"2025-01"_s, u"2025-10-12"_s)
            .era(u"launch-week"_s, text(u"Launch week"_s), u"2025-10-13"_s, u"2025-10-19"_s)
            .era(u"on-desks"_s, text(u"On desks"_s), u"2025-10-20"_s, u"2026-12"_s)
            .event(TimelineEventBuilder(u"announced"_s)
                           .date(u"2016-04-05"_s)
                           .category(u"hardware"_s)
                           .title(text(u"First box announced"_s))
                           .place(u"A conference hall"_s)
                           .description(QString(
                                   u"A large box of eight accelerators is announced."_s + filler)))
            .event(TimelineEventBuilder(u"first-delivery"_s)
                           .date(u"2016-08"_s)
                           .notAfter(u"2016-08-15"_s)
                           .category(u"delivery"_s)
                           .title(text(u"The first box goes to a lab"_s))
                           .place(u"A lab, San Francisco"_s)
                           .people({u"A founder, chief executive"_s})
                           .sources({u"s"_s, u"post"_s})
                           .description(QString(u"The founder carries the first box into a small "
                                                u"research lab, by hand, and signs it."_s +
                                                filler + filler)))
            .event(TimelineEventBuilder(u"show"_s)
                           .date(u"2025-01-06"_s)
                           .category(u"hardware"_s)
                           .title(text(u"A small box shown at a show"_s))
                           .place(u"A trade show"_s)
                           .description(QString(u"A desktop box is shown on stage."_s + filler)))
            .event(TimelineEventBuilder(u"renamed"_s)
                           .date(u"2025-03-18"_s)
                           .category(u"hardware"_s)
                           .title(text(u"The small box is renamed Spark"_s))
                           .place(u"A conference hall"_s)
                           .description(
                                   QString(u"The desktop box gets its name: Spark."_s + filler)))
            .event(TimelineEventBuilder(u"partners"_s)
                           .date(u"2025-05-19"_s)
                           .category(u"partner"_s)
                           .title(text(u"Partner systems at a fair"_s))
                           .place(u"A fair"_s)
                           .description(QString(u"Partners show their own boxes."_s + filler))
                           .confidence(u"medium"_s))
            .event(TimelineEventBuilder(u"chips"_s)
                           .date(u"2025-08"_s)
                           .category(u"hardware"_s)
                           .title(text(u"The chip detailed at a talk"_s))
                           .place(u"A university"_s)
                           .description(QString(u"Engineers explain the chip inside."_s + filler)))
            .event(TimelineEventBuilder(u"pad-delivery"_s)
                           .date(u"2025-10-13"_s)
                           .category(u"delivery"_s)
                           .title(text(u"Spark lands at the Harbour"_s))
                           .place(u"Harbour, Texas"_s)
                           .people({u"A founder, chief executive"_s, u"A rocket builder"_s})
                           .description(QString(u"The founder hands the first Spark to a rocket "
                                                u"builder, beside the launch tower."_s +
                                                filler))
                           .quote(u"The smallest box next to the biggest rocket."_s,
                                  u"A founder"_s))
            .event(TimelineEventBuilder(u"flight"_s)
                           .date(u"2025-10-13"_s)
                           .category(u"spaceflight"_s)
                           .title(text(u"Harbour flight 11"_s))
                           .place(u"Harbour, Texas"_s)
                           .description(QString(u"A rocket flies the same evening."_s + filler)))
            .event(TimelineEventBuilder(u"lab-delivery"_s)
                           .date(u"2025-10"_s)
                           .notBefore(u"2025-10-13"_s)
                           .notAfter(u"2025-10-15"_s)
                           .category(u"delivery"_s)
                           .title(text(u"Full circle at a lab"_s))
                           .place(u"A lab, San Francisco"_s)
                           .people({u"A founder"_s, u"A president"_s, u"A researcher"_s})
                           .description(QString(u"Nine years on, the founder brings the new box to "
                                                u"the lab that got the first."_s +
                                                filler + filler))
                           .quote(u"Best delivery service ever."_s, u"A president"_s))
            .event(TimelineEventBuilder(u"on-sale"_s)
                           .date(u"2025-10-15"_s)
                           .category(u"launch"_s)
                           .title(text(u"The Spark goes on sale"_s))
                           .place(u"Everywhere"_s)
                           .description(QString(u"Anyone can order a Spark from the shop and its "
                                                u"partners."_s +
                                                filler + filler)))
            .event(TimelineEventBuilder(u"robots"_s)
                           .date(u"2025-10"_s)
                           .notBefore(u"2025-10-13"_s)
                           .category(u"delivery"_s)
                           .title(text(u"Robots make the first deliveries"_s))
                           .description(QString(u"Sidewalk robots bring a Spark to developers' "
                                                u"doors."_s +
                                                filler + filler)))
            .event(TimelineEventBuilder(u"price"_s)
                           .date(u"2026-02"_s)
                           .category(u"pricing"_s)
                           .title(text(u"Price rises to $4,999"_s))
                           .description(QString(u"The price goes up."_s + filler))
                           .confidence(u"medium"_s));
}

inline TimelineContent content()
{
    return story().content();
}

// The story, with one hardware part: an item of another view.
inline ContentSet contentSet()
{
    using namespace Qt::StringLiterals;
    Fixtures::ContentSetBuilder set;
    set.timeline = story();
    set.hardware.part(Fixtures::PartBuilder(u"part"_s));
    return set.content();
}

} // namespace TimelineFixtures
