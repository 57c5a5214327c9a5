#include "partnermodel.h"

#include "formatting.h"
#include "searchtext.h"

PartnerModel::PartnerModel(QObject *parent)
    : LocalizedModel(parent)
{}

void PartnerModel::setContent(const PartnerContent &content)
{
    beginResetModel();
    m_partners = content.items;
    m_sources = content.sources;
    m_categories = content.categories;
    rebuildSearchKeys();
    endResetModel();
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
    m_searchKeys.reserve(static_cast<qsizetype>(m_partners.size()));
    for (const Partner &partner : m_partners) {
        QStringList parts = {partner.name.text(m_language), partner.product.text(m_language),
                             partner.description.text(m_language), partner.place.text(m_language)};
        if (m_language != u"en")
            parts << partner.name.english() << partner.product.english();
        for (const LocalizedText &person : partner.people)
            parts.append(person.text(m_language));
        m_searchKeys.append(SearchText::fold(parts.join(u'\n')));
    }
}

int PartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_partners.size());
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

QVariant PartnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Partner &partner = m_partners[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case int(Role::Name):
        return partner.name.text(m_language);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case int(Role::Description):
        return partner.description.text(m_language);
    case int(Role::Id):
        return partner.id;
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
    case int(Role::Sources):
        return Formatting::sourceList(m_sources, partner.sources, m_locale);
    case int(Role::SourceText):
        return Formatting::citations(m_sources, partner.sources, m_locale);
    case int(Role::Confidence):
        return int(partner.confidence);
    case int(Role::SearchKey):
        return m_searchKeys.value(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> PartnerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(int(Role::Id), "partnerId");
    names.insert(int(Role::Name), "name");
    names.insert(int(Role::Monogram), "monogram");
    names.insert(int(Role::Category), "category");
    names.insert(int(Role::CategoryName), "categoryName");
    names.insert(int(Role::CategoryIndex), "categoryIndex");
    names.insert(int(Role::Product), "product");
    names.insert(int(Role::Description), "description");
    names.insert(int(Role::Place), "place");
    names.insert(int(Role::People), "people");
    names.insert(int(Role::Sources), "sources");
    names.insert(int(Role::SourceText), "sourceText");
    names.insert(int(Role::Confidence), "confidence");
    names.insert(int(Role::SearchKey), "searchKey");
    return names;
}
