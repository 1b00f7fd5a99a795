#include "entityschema.h"

#include "common/error.h"

#include <QCoreApplication>

namespace tessera::model {

namespace {

Column text(const char *key, const char *title, bool editable, bool searchable = true)
{
    Column c;
    c.key = QString::fromLatin1(key);
    c.title = title;
    c.type = ColumnType::Text;
    c.editable = editable;
    c.searchable = searchable;
    return c;
}

Column typed(const char *key, const char *title, ColumnType type, bool editable)
{
    Column c;
    c.key = QString::fromLatin1(key);
    c.title = title;
    c.type = type;
    c.editable = editable;
    c.nonNegative = type == ColumnType::Money || type == ColumnType::Integer;
    return c;
}

Column foreignKey(const char *key, const char *title, Entity reference, bool editable)
{
    Column c = typed(key, title, ColumnType::ForeignKey, editable);
    c.reference = reference;
    c.searchable = true;
    return c;
}

Column required(Column c)
{
    c.required = true;
    return c;
}

EntityInfo makeOrgNodes()
{
    EntityInfo e{Entity::OrgNodes,
                 QStringLiteral("org_nodes"),
                 QStringLiteral("org_node"),
                 QStringLiteral("name"),
                 {}};
    e.columns = {
        required(text("name", QT_TRANSLATE_NOOP("tessera::Columns", "Name"), true)),
        text("code", QT_TRANSLATE_NOOP("tessera::Columns", "Code"), false),
        text("level", QT_TRANSLATE_NOOP("tessera::Columns", "Level"), false),
        foreignKey("manager_rep_id", QT_TRANSLATE_NOOP("tessera::Columns", "Manager"), Entity::Reps, true)};
    return e;
}

EntityInfo makeReps()
{
    EntityInfo e{Entity::Reps, QStringLiteral("reps"), QStringLiteral("rep"), QStringLiteral("name"), {}};
    Column email = typed("email", QT_TRANSLATE_NOOP("tessera::Columns", "Email"), ColumnType::Email, true);
    email.searchable = true;
    Column end = typed("end_date", QT_TRANSLATE_NOOP("tessera::Columns", "End date"), ColumnType::Date, true);
    end.notBefore = QStringLiteral("hire_date");
    e.columns = {
        text("external_id", QT_TRANSLATE_NOOP("tessera::Columns", "ID"), false),
        required(text("name", QT_TRANSLATE_NOOP("tessera::Columns", "Name"), true)),
        email,
        required(text("role", QT_TRANSLATE_NOOP("tessera::Columns", "Role"), true)),
        foreignKey("manager_id", QT_TRANSLATE_NOOP("tessera::Columns", "Manager"), Entity::Reps, true),
        typed("hire_date", QT_TRANSLATE_NOOP("tessera::Columns", "Hire date"), ColumnType::Date, true),
        end,
        foreignKey("territory_id", QT_TRANSLATE_NOOP("tessera::Columns", "Territory"), Entity::OrgNodes,
                   true)};
    return e;
}

EntityInfo makeAccounts()
{
    EntityInfo e{
        Entity::Accounts, QStringLiteral("accounts"), QStringLiteral("account"), QStringLiteral("name"), {}};
    Column segment =
        typed("segment", QT_TRANSLATE_NOOP("tessera::Columns", "Segment"), ColumnType::Enum, true);
    segment.enumValues = {QStringLiteral("SMB"), QStringLiteral("Mid-Market"), QStringLiteral("Enterprise")};
    e.columns = {
        text("external_id", QT_TRANSLATE_NOOP("tessera::Columns", "ID"), false),
        required(text("name", QT_TRANSLATE_NOOP("tessera::Columns", "Name"), true)),
        foreignKey("owner_rep_id", QT_TRANSLATE_NOOP("tessera::Columns", "Owner"), Entity::Reps, true),
        segment,
        typed("potential_cents", QT_TRANSLATE_NOOP("tessera::Columns", "Potential"), ColumnType::Money, true),
        typed("annual_revenue_cents", QT_TRANSLATE_NOOP("tessera::Columns", "Annual revenue"),
              ColumnType::Money, true),
        typed("employees", QT_TRANSLATE_NOOP("tessera::Columns", "Employees"), ColumnType::Integer, true),
        text("industry", QT_TRANSLATE_NOOP("tessera::Columns", "Industry"), true),
        text("city", QT_TRANSLATE_NOOP("tessera::Columns", "City"), true),
        text("state", QT_TRANSLATE_NOOP("tessera::Columns", "State"), true),
        text("postal_code", QT_TRANSLATE_NOOP("tessera::Columns", "Postal code"), true)};
    return e;
}

EntityInfo makeOpportunities()
{
    EntityInfo e{Entity::Opportunities,
                 QStringLiteral("opportunities"),
                 QStringLiteral("opportunity"),
                 QStringLiteral("name"),
                 {}};
    Column stage = typed("stage", QT_TRANSLATE_NOOP("tessera::Columns", "Stage"), ColumnType::Enum, true);
    stage.enumFromStages = true;
    stage.required = true;
    stage.searchable = true;
    Column category = typed("forecast_category", QT_TRANSLATE_NOOP("tessera::Columns", "Forecast category"),
                            ColumnType::Enum, true);
    category.enumValues = {QStringLiteral("Pipeline"), QStringLiteral("Best Case"), QStringLiteral("Commit"),
                           QStringLiteral("Closed"), QStringLiteral("Omitted")};
    category.required = true;
    Column amount = required(
        typed("amount_cents", QT_TRANSLATE_NOOP("tessera::Columns", "Amount"), ColumnType::Money, true));
    Column probability = required(typed("probability", QT_TRANSLATE_NOOP("tessera::Columns", "Probability"),
                                        ColumnType::Percent, true));
    Column close = required(
        typed("close_date", QT_TRANSLATE_NOOP("tessera::Columns", "Close date"), ColumnType::Date, true));
    close.notBefore = QStringLiteral("created_date");
    e.columns = {
        text("external_id", QT_TRANSLATE_NOOP("tessera::Columns", "ID"), false),
        required(text("name", QT_TRANSLATE_NOOP("tessera::Columns", "Name"), true)),
        foreignKey("account_id", QT_TRANSLATE_NOOP("tessera::Columns", "Account"), Entity::Accounts, false),
        foreignKey("owner_rep_id", QT_TRANSLATE_NOOP("tessera::Columns", "Owner"), Entity::Reps, true),
        amount,
        stage,
        probability,
        close,
        category,
        text("type", QT_TRANSLATE_NOOP("tessera::Columns", "Type"), true),
        typed("created_date", QT_TRANSLATE_NOOP("tessera::Columns", "Created"), ColumnType::Date, false)};
    return e;
}

} // namespace

int EntityInfo::indexOf(const QString &key) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return int(i);
    return -1;
}

const Column &EntityInfo::column(const QString &key) const
{
    const int i = indexOf(key);
    if (i < 0)
        throw TesseraError::internal(QStringLiteral("Unknown column %1.%2").arg(table, key));
    return columns[size_t(i)];
}

const EntityInfo &entityInfo(Entity entity)
{
    static const EntityInfo orgNodes = makeOrgNodes();
    static const EntityInfo reps = makeReps();
    static const EntityInfo accounts = makeAccounts();
    static const EntityInfo opportunities = makeOpportunities();
    switch (entity) {
    case Entity::OrgNodes:
        return orgNodes;
    case Entity::Reps:
        return reps;
    case Entity::Accounts:
        return accounts;
    case Entity::Opportunities:
        break;
    }
    return opportunities;
}

QString columnTitle(const Column &column)
{
    return QCoreApplication::translate("tessera::Columns", column.title);
}

QString tableOf(Entity entity)
{
    return entityInfo(entity).table;
}

} // namespace tessera::model
