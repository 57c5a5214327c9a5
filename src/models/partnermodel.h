#pragma once

#include "content/content.h"
#include "itemlistmodel.h"

#include <QLocale>

// The partners of partners.json: companies, labs and studios that build, sell
// or use DGX Spark.
class PartnerModel : public ItemListModel<Partner>
{
    Q_OBJECT

public:
    enum class Role {
        Id = Qt::UserRole,
        Name,
        Monogram, // one to three letters for the typographic tile
        Category,
        CategoryName,
        CategoryIndex, // position of the category in partners.json, for its colour
        Product,
        Description,
        Place,
        People, // QStringList
        Sources,
        SourceText,
        Confidence,
        SearchKey, // case- and accent-folded text that type-to-search matches
    };

    explicit PartnerModel(QObject *parent = nullptr);

    void setContent(const PartnerContent &content);

    // The category id and the search key (Role::Category, Role::SearchKey) of
    // \a row, which must be valid, without a QVariant: the filter asks them of
    // every partner at each keystroke.
    const QString &category(int row) const { return item(row).category; }
    const QString &searchKey(int row) const { return m_searchKeys.at(row); }

    // "Dell Technologies" gives "DT", "Acer" gives "Ac".
    static QString monogramFor(const QString &name);

protected:
    QList<int> textRoles() const override;
    void languageChanged() override;
    QVariant itemRoleData(const Partner &partner, int row, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;

private:
    void rebuildSearchKeys();
    int categoryIndex(const QString &id) const;

    std::vector<Category> m_categories;
    QStringList m_searchKeys; // per row, for the current language
};
