#pragma once

// Content for the Reviews tests and benchmarks: generated quotes of every
// tone, kind and length, with or without summary, award and translation.

#include "content/content.h"

#include <QString>

namespace ReviewFixtures {

inline ReviewContent generated(int count, int outlets = 12)
{
    using namespace Qt::StringLiterals;
    ReviewContent content;
    content.sources.push_back({u"source"_s,
                               u"A generated source"_s,
                               u"Publisher"_s,
                               {},
                               {},
                               PartialDate(2025, 10, 13)});
    for (const QString &kind : {u"review"_s, u"video"_s, u"social"_s, u"press"_s})
        content.kinds.push_back({kind, LocalizedText(kind.toUpper())});
    const QStringList words = {u"local"_s,   u"inference"_s, u"memory"_s,    u"petaflop"_s,
                               u"desktop"_s, u"unified"_s,   u"Blackwell"_s, u"fine-tuning"_s};
    for (int i = 0; i < count; ++i) {
        Review review;
        review.id = u"quote-%1"_s.arg(i);
        review.outlet = u"Outlet %1"_s.arg(i % outlets);
        review.kind = content.kinds[static_cast<size_t>(i % 4)].id;
        review.tone = Tone(i % 3);
        QStringList text;
        for (int w = 0; w < 3 + (i * 7) % 17; ++w)
            text << words.at((i + w) % words.size());
        review.quote.text = text.join(u' ') + u'.';
        review.quote.language = u"en"_s;
        if (i % 5 == 0)
            review.summary = LocalizedText(u"A summary line for quote %1."_s.arg(i));
        if (i % 11 == 0)
            review.award = LocalizedText(u"Editor’s Choice"_s);
        if (i % 13 == 0)
            review.quote.translations.insert(u"de"_s, u"Eine Übersetzung."_s);
        review.date = PartialDate(2025, 1 + i % 12);
        review.featured = i % 4 == 0;
        review.sources = {u"source"_s};
        content.items.push_back(review);
    }
    return content;
}

} // namespace ReviewFixtures
