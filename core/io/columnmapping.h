#pragma once
// What each import kind takes (its fields), how file headers are recognised as fields without help
// (common CRM report headers, e.g. a Salesforce opportunity report), and the JSON mapping file that
// overrides the recognition for the CLI (docs/import-mapping.md). The GUI wizard edits a ColumnMapping.

#include "values.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace tessera::io {

enum class ImportKind
{
    Reps,
    Accounts,
    Opportunities,
    Assignments,
    Quotas
};

QString kindName(ImportKind kind);                     // "opportunities"
bool parseKind(const QString &name, ImportKind *kind); // accepts the names above
QString kindTitle(ImportKind kind);                    // translated "Opportunities"

enum class FieldType
{
    Text,
    Money,   // cents
    Percent, // 0..100
    Whole,   // whole number
    Date,
    Period // YYYY-MM
};

struct FieldSpec
{
    QString id;    // "close_date"
    QString label; // translated "Close date"
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList headers; // recognised headers in priority order, normalised (normalizedHeader)
};

const std::vector<FieldSpec> &fieldsFor(ImportKind kind);
int fieldIndex(ImportKind kind, const QString &id); // -1 if the kind has no such field

// Column index → field index (or -1: ignored).
struct ColumnMapping
{
    std::vector<int> fieldOfColumn;
    int columnOf(int field) const; // -1 if the field is not mapped
    bool has(int field) const { return columnOf(field) >= 0; }
};

// Recognises headers: for each field, the first of its known headers found among the columns.
ColumnMapping recogniseColumns(ImportKind kind, const QStringList &headers);

// Everything the user can say about a file beyond its bytes.
struct MappingFile
{
    std::vector<std::pair<QString, QString>> columns; // header → field id ("" = ignore the column)
    DateOrder dateOrder = DateOrder::Unspecified;
    NumberFormat numbers;
    QString level; // assignments: geography level of the unit codes
    QString kind;  // optional; checked against --kind
};

// Reads a mapping file; throws a TesseraError naming the file and the bad key.
MappingFile loadMappingFile(const QString &path);
// Applies the file's column entries over a recognised mapping; throws if a header or field is unknown.
void applyMappingFile(ImportKind kind, const QStringList &headers, const MappingFile &file,
                      ColumnMapping *mapping, const QString &mappingPath);

// Problems with a mapping that stop an import (missing required fields, a field mapped twice),
// one translated sentence each; empty when the mapping can be used.
QStringList mappingProblems(ImportKind kind, const ColumnMapping &mapping);

} // namespace tessera::io
