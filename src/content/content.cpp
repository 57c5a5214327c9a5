#include "content.h"

#include <algorithm>

QDate TimelineEvent::earliest() const
{
    const QDate first = date.first();
    return notBefore.isValid() ? std::max(first, notBefore.first()) : first;
}

QDate TimelineEvent::latest() const
{
    const QDate last = date.last();
    return notAfter.isValid() ? std::min(last, notAfter.last()) : last;
}
