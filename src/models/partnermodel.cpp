#include "partnermodel.h"

#include "searchtext.h"

PartnerModel::PartnerModel(QObject *parent)
    : ItemListModel({int(Role::Id), "partnerId", int(Role::Sources), int(Role::SourceText),
                     int(Role::Confidence)},
                    parent)
{}

void PartnerModel::setContent(const PartnerContent &content)
{
    resetItems(content.items, content.sources, [&] {
        m_categories = content.categories;
        rebuildSearchKeys();
    });
}

QList<int> PartnerModel::textRoles() const
{
    return {Qt::DisplayRole,         Qt::AccessibleTextRole,
            Qt::ToolTipRole,         Qt::AccessibleDescriptionRole,
            int(Role::Name),         int(Role::Description),
            int(Role::CategoryName), int(Role::Product),
            int(Role::Place),        int(Role::People),
            int(Role::Sources),      int(Role::SourceText),
            int(Role::SearchKey)};
}

void PartnerModel::languageChanged()
{
    rebuildSearchKeys();
}

void PartnerModel::rebuildSearchKeys()
{
    // Folded once per language rather than on every keystroke: searching
    // ten thousand partners stays a plain substring scan.
    m_searchKeys.clear();
    m_searchKeys.reserve(static_cast<qsizetype>(items().size()));
    for (const Partner &partner : items()) {
        QStringList parts = {partner.name.text(m_language), partner.product.text(m_language),
                             partner.description.text(m_language), partner.place.text(m_language)};
        if (m_language != u"en")
            parts << partner.name.english() << partner.product.english();
        for (const LocalizedText &person : partner.people)
            parts.append(person.text(m_language));
        m_searchKeys.append(SearchText::fold(parts.join(u'\n')));
    }
}

int PartnerModel::categoryIndex(const QString &id) const
{
    for (size_t i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString PartnerModel::monogramFor(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1) {
        const QString word = words.constFirst();
        return word.left(1).toUpper() + word.mid(1, 1).toLower();
    }
    return (words.at(0).left(1) + words.at(1).left(1)).toUpper();
}

QVariant PartnerModel::itemRoleData(const Partner &partner, int row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case int(Role::Name):
        return partner.name.text(m_language);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case int(Role::Description):
        return partner.description.text(m_language);
    case int(Role::Monogram):
        return partner.monogram.isEmpty() ? monogramFor(partner.name.english()) : partner.monogram;
    case int(Role::Category):
        return partner.category;
    case int(Role::CategoryName): {
        const int i = categoryIndex(partner.category);
        return i < 0 ? partner.category
                     : m_categories[static_cast<size_t>(i)].name.text(m_language);
    }
    case int(Role::CategoryIndex):
        return categoryIndex(partner.category);
    case int(Role::Product):
        return partner.product.text(m_language);
    case int(Role::Place):
        return partner.place.text(m_language);
    case int(Role::People): {
        QStringList people;
        for (const LocalizedText &person : partner.people)
            people.append(person.text(m_language));
        return people;
    }
    case int(Role::SearchKey):
        return m_searchKeys.value(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> PartnerModel::itemRoleNames() const
{
    return roleNamesWith<Role>({{Role::Name, "name"},
                                {Role::Monogram, "monogram"},
                                {Role::Category, "category"},
                                {Role::CategoryName, "categoryName"},
                                {Role::CategoryIndex, "categoryIndex"},
                                {Role::Product, "product"},
                                {Role::Description, "description"},
                                {Role::Place, "place"},
                                {Role::People, "people"},
                                {Role::SearchKey, "searchKey"}});
}
