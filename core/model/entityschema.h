#pragma once
// Column descriptors of the v1 entity tables the shell shows and edits. One description per column:
// its SQL name, translated title, value type, whether the user may edit it and the rule an edit must pass.
// Views, the paging queries and the validation all read these, so a column is described once.

#include <QString>
#include <QStringList>
#include <vector>

namespace tessera::model {

enum class Entity
{
    OrgNodes,
    Reps,
    Accounts,
    Opportunities
};

enum class ColumnType
{
    Text,
    Integer,
    Money,      // INTEGER cents
    Date,       // ISO TEXT YYYY-MM-DD
    Percent,    // INTEGER whole percent 0..100
    Enum,       // TEXT from a fixed list (or the plan's stages)
    ForeignKey, // INTEGER id shown through a lookup of the referenced row's name
    Email       // TEXT checked as an address
};

struct Column
{
    QString key;       // SQL column
    const char *title; // untranslated; translate with columnTitle()
    ColumnType type = ColumnType::Text;
    bool editable = false;
    bool required = false;    // NULL / empty refused
    bool nonNegative = false; // Money / Integer below zero refused
    bool searchable = false;  // matched by the text filter
    QStringList enumValues;   // Enum; empty with enumFromStages = the plan's stage names
    bool enumFromStages = false;
    Entity reference = Entity::Reps; // ForeignKey: the referenced entity (its "name" is shown)
    QString notBefore;               // Date: must not be before this other date column of the row
};

struct EntityInfo
{
    Entity entity;
    QString table;     // SQL table
    QString logEntity; // change_log entity name ("rep", "account", ...)
    QString labelKey;  // the column that names a row ("name")
    std::vector<Column> columns;

    int indexOf(const QString &key) const;          // -1 if unknown
    const Column &column(const QString &key) const; // throws TesseraError::internal if unknown
};

const EntityInfo &entityInfo(Entity entity);
QString columnTitle(const Column &column); // translated
QString tableOf(Entity entity);
// The stage names of the plan's `stages` setting (JSON [{name, probability, forecast_category}]).
QStringList stageNames(const QString &stagesJson);

} // namespace tessera::model
