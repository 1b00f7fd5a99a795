#include "columnmapping.h"
#include "io/iotext.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::io {

namespace {

FieldSpec field(const char *id, const QString &label, FieldType type, bool required,
                std::initializer_list<const char *> headers)
{
    FieldSpec f;
    f.id = QString::fromLatin1(id);
    f.label = label;
    f.type = type;
    f.required = required;
    for (const char *h : headers) {
        if (const QString n = normalizedHeader(QString::fromUtf8(h)); !f.headers.contains(n))
            f.headers << n;
        // A header Tessera's own export writes is written in the user's language: its translation is
        // recognised too, right after the English form.
        if (const QString translated = QCoreApplication::translate("io", h); translated != QLatin1String(h))
            if (const QString n = normalizedHeader(translated); !f.headers.contains(n))
                f.headers << n;
    }
    return f;
}

std::vector<FieldSpec> makeFields(ImportKind kind)
{
    using T = FieldType;
    switch (kind) {
    case ImportKind::Reps:
        return {field("external_id", IoText::tr("External ID"), T::Text, false,
                      {"External ID", "User ID", "Rep ID", "Employee ID", "Id"}),
                field("name", IoText::tr("Name"), T::Text, true,
                      {"Full Name", "Name", "Rep Name", "User", "Rep"}),
                field("email", IoText::tr("Email"), T::Text, false, {"Email", "E-mail", "Email Address"}),
                field("role", IoText::tr("Role"), T::Text, false, {"Role", "Title", "Job Title"}),
                field("manager", IoText::tr("Manager"), T::Text, false,
                      {"Manager", "Manager Name", "Reports To"}),
                field("hire_date", IoText::tr("Hire date"), T::Date, false, {"Hire Date", "Start Date"}),
                field("end_date", IoText::tr("End date"), T::Date, false, {"End Date", "Termination Date"}),
                field("territory", IoText::tr("Territory"), T::Text, false,
                      {"Territory", "Territory Code", "Territory Name"})};
    case ImportKind::Accounts:
        return {
            field("external_id", IoText::tr("External ID"), T::Text, true,
                  {"Account ID", "External ID", "Id"}),
            field("name", IoText::tr("Name"), T::Text, true, {"Account Name", "Name", "Company"}),
            field("address", IoText::tr("Address"), T::Text, false,
                  {"Billing Street", "Billing Address", "Address", "Street"}),
            field("city", IoText::tr("City"), T::Text, false, {"Billing City", "City"}),
            field("state", IoText::tr("State"), T::Text, false,
                  {"Billing State/Province", "Billing State", "State/Province", "State"}),
            field("postal_code", IoText::tr("Postal code"), T::Text, false,
                  {"Billing Zip/Postal Code", "Billing Zip", "Billing Postal Code", "Zip/Postal Code",
                   "Zip Code", "Zip", "Postal Code"}),
            field("country", IoText::tr("Country"), T::Text, false, {"Billing Country", "Country"}),
            field("industry", IoText::tr("Industry"), T::Text, false, {"Industry"}),
            field("segment", IoText::tr("Segment"), T::Text, false, {"Segment", "Customer Segment"}),
            field("employees", IoText::tr("Employees"), T::Whole, false,
                  {"Employees", "Number of Employees", "NumberOfEmployees"}),
            field("annual_revenue", IoText::tr("Annual revenue"), T::Money, false,
                  {"Annual Revenue", "Revenue"}),
            field("owner", IoText::tr("Owner"), T::Text, false, {"Account Owner", "Owner", "Owner Name"})};
    case ImportKind::Opportunities:
        return {field("external_id", IoText::tr("External ID"), T::Text, true,
                      {"Opportunity ID", "External ID", "Deal ID", "Id"}),
                field("name", IoText::tr("Name"), T::Text, true,
                      {"Opportunity Name", "Deal Name", "Name", "Opportunity"}),
                field("account", IoText::tr("Account"), T::Text, false,
                      {"Account ID", "Account Name", "Account"}),
                field("owner", IoText::tr("Owner"), T::Text, false,
                      {"Owner ID", "Opportunity Owner", "Owner", "Owner Name", "Deal Owner"}),
                field("amount", IoText::tr("Amount"), T::Money, true,
                      {"Amount", "Opportunity Amount", "Deal Value"}),
                field("currency", IoText::tr("Currency"), T::Text, false,
                      {"Opportunity Currency", "Amount Currency", "Currency"}),
                field("stage", IoText::tr("Stage"), T::Text, true, {"Stage", "Stage Name", "Deal Stage"}),
                field("probability", IoText::tr("Probability (%)"), T::Percent, false,
                      {"Probability (%)", "Probability"}),
                field("forecast_category", IoText::tr("Forecast category"), T::Text, false,
                      // The last: the export's own spelling, whose translation is then recognised too.
                      {"Forecast Category", "Forecast Category Name", "Forecast category"}),
                field("type", IoText::tr("Type"), T::Text, false, {"Type", "Opportunity Type"}),
                field("created_date", IoText::tr("Created date"), T::Date, false,
                      {"Created Date", "Create Date"}),
                field("close_date", IoText::tr("Close date"), T::Date, true,
                      // The last: the export's own spelling, as above.
                      {"Close Date", "Expected Close Date", "Close date"})};
    case ImportKind::Assignments:
        return {field("unit", IoText::tr("Unit code"), T::Text, false,
                      {"Unit ID", "Unit", "Unit Code", "GEOID", "FIPS", "Zip Code", "Zip", "Code"}),
                field("rep", IoText::tr("Rep"), T::Text, false,
                      {"Rep ID", "Rep", "Rep Email", "Rep Name", "User ID"}),
                field("territory", IoText::tr("Territory"), T::Text, true,
                      {"Territory", "Territory Code", "Territory Name", "Territory ID"})};
    case ImportKind::Quotas:
        // "Code or rep ID" and "Level" are the columns of Tessera's own Quotas export, so that an exported
        // sheet can be edited and imported back (its region, district and total rows are skipped).
        return {field("rep", IoText::tr("Rep"), T::Text, true,
                      {"Code or rep ID", "Rep External ID", "Rep ID", "Rep", "User ID", "Email", "Rep Name",
                       "Name"}),
                field("period", IoText::tr("Period (YYYY-MM)"), T::Period, true,
                      {"Period", "Month", "Quota Period"}),
                field("quota", IoText::tr("Quota"), T::Money, true, {"Quota", "Quota Amount", "Amount"}),
                field("level", IoText::tr("Level"), T::Text, false, {"Level"})};
    }
    return {};
}

} // namespace

QString kindName(ImportKind kind)
{
    static const char *const names[] = {"reps", "accounts", "opportunities", "assignments", "quotas"};
    return QString::fromLatin1(names[int(kind)]);
}

QString kindTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Reps:
        return IoText::tr("Reps");
    case ImportKind::Accounts:
        return IoText::tr("Accounts");
    case ImportKind::Opportunities:
        return IoText::tr("Opportunities");
    case ImportKind::Assignments:
        return IoText::tr("Territory assignments");
    case ImportKind::Quotas:
        return IoText::tr("Quotas");
    }
    return {};
}

bool parseKind(const QString &name, ImportKind *kind)
{
    for (int k = 0; k <= int(ImportKind::Quotas); ++k)
        if (kindName(ImportKind(k)) == name.toLower()) {
            *kind = ImportKind(k);
            return true;
        }
    return false;
}

const std::vector<FieldSpec> &fieldsFor(ImportKind kind)
{
    // Built on first use (translations are installed by then) and kept.
    static const std::vector<std::vector<FieldSpec>> all = [] {
        std::vector<std::vector<FieldSpec>> v;
        for (int k = 0; k <= int(ImportKind::Quotas); ++k)
            v.push_back(makeFields(ImportKind(k)));
        return v;
    }();
    return all[size_t(kind)];
}

int fieldIndex(ImportKind kind, const QString &id)
{
    const auto &f = fieldsFor(kind);
    for (size_t i = 0; i < f.size(); ++i)
        if (f[i].id == id)
            return int(i);
    return -1;
}

int ColumnMapping::columnOf(int field) const
{
    for (size_t c = 0; c < fieldOfColumn.size(); ++c)
        if (fieldOfColumn[c] == field)
            return int(c);
    return -1;
}

ColumnMapping recogniseColumns(ImportKind kind, const QStringList &headers)
{
    ColumnMapping m;
    m.fieldOfColumn.assign(size_t(headers.size()), -1);
    QStringList norm;
    for (const QString &h : headers)
        norm << normalizedHeader(h);
    const auto &fields = fieldsFor(kind);
    for (size_t f = 0; f < fields.size(); ++f) {
        for (const QString &known : fields[f].headers) {
            bool done = false;
            for (qsizetype c = 0; c < norm.size(); ++c) {
                if (norm[c] == known && m.fieldOfColumn[size_t(c)] < 0) {
                    m.fieldOfColumn[size_t(c)] = int(f);
                    done = true;
                    break;
                }
            }
            if (done)
                break;
        }
    }
    return m;
}

MappingFile loadMappingFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw TesseraError(TesseraError::Kind::Io,
                           IoText::tr("Cannot read the mapping file: %1").arg(f.errorString()), path);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        throw TesseraError(
            TesseraError::Kind::User,
            IoText::tr("Not a JSON object (%1 at offset %2).").arg(pe.errorString()).arg(pe.offset), path);
    const QJsonObject o = doc.object();
    MappingFile m;
    static const QStringList known = {QStringLiteral("kind"), QStringLiteral("columns"),
                                      QStringLiteral("dates"), QStringLiteral("decimal"),
                                      QStringLiteral("level")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            throw TesseraError(
                TesseraError::Kind::User,
                IoText::tr("Unknown key; expected one of %1.").arg(known.join(QStringLiteral(", "))), path,
                -1, it.key());
    m.kind = o.value(QStringLiteral("kind")).toString();
    const QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            throw TesseraError(TesseraError::Kind::User, IoText::tr("A column maps to a field id or null."),
                               path, -1, it.key());
        m.columns.emplace_back(it.key(), it.value().toString());
    }
    const QString dates = o.value(QStringLiteral("dates")).toString();
    if (dates == QLatin1String("day-first"))
        m.dateOrder = DateOrder::DayFirst;
    else if (dates == QLatin1String("month-first"))
        m.dateOrder = DateOrder::MonthFirst;
    else if (!dates.isEmpty())
        throw TesseraError(TesseraError::Kind::User,
                           IoText::tr("\"dates\" is \"day-first\" or \"month-first\"."), path, -1,
                           QStringLiteral("dates"));
    const QString decimal = o.value(QStringLiteral("decimal")).toString();
    if (decimal == QLatin1String("comma"))
        m.numbers.decimalComma = true;
    else if (!decimal.isEmpty() && decimal != QLatin1String("point"))
        throw TesseraError(TesseraError::Kind::User, IoText::tr("\"decimal\" is \"point\" or \"comma\"."),
                           path, -1, QStringLiteral("decimal"));
    m.level = o.value(QStringLiteral("level")).toString();
    return m;
}

void applyMappingFile(ImportKind kind, const QStringList &headers, const MappingFile &file,
                      ColumnMapping *mapping, const QString &mappingPath)
{
    for (const auto &[header, fieldId] : file.columns) {
        const qsizetype col = headers.indexOf(header);
        if (col < 0)
            throw TesseraError(TesseraError::Kind::User,
                               IoText::tr("The file has no column with this header."), mappingPath, -1,
                               header);
        int f = -1;
        if (!fieldId.isEmpty()) {
            f = fieldIndex(kind, fieldId);
            if (f < 0) {
                QStringList ids;
                for (const auto &spec : fieldsFor(kind))
                    ids << spec.id;
                throw TesseraError(TesseraError::Kind::User,
                                   IoText::tr("'%1' is not a field of %2; fields: %3")
                                       .arg(fieldId, kindName(kind), ids.join(QStringLiteral(", "))),
                                   mappingPath, -1, header);
            }
            for (int &other : mapping->fieldOfColumn)
                if (other == f)
                    other = -1; // the file's choice replaces a recognised column
        }
        mapping->fieldOfColumn[size_t(col)] = f;
    }
}

QStringList mappingProblems(ImportKind kind, const ColumnMapping &mapping)
{
    QStringList out;
    const auto &fields = fieldsFor(kind);
    for (size_t f = 0; f < fields.size(); ++f) {
        int count = 0;
        for (int v : mapping.fieldOfColumn)
            count += v == int(f);
        if (fields[f].required && count == 0)
            out << IoText::tr("Required column '%1' is missing.").arg(fields[f].label);
        if (count > 1)
            out << IoText::tr("Two columns are mapped to '%1'.").arg(fields[f].label);
    }
    auto mapped = [&](const char *id) {
        return mapping.has(fieldIndex(kind, QString::fromLatin1(id)));
    };
    if (kind == ImportKind::Reps && !mapped("external_id") && !mapped("email"))
        out << IoText::tr("Reps need an external ID or an email column to be matched on re-import.");
    if (kind == ImportKind::Assignments && mapped("unit") == mapped("rep"))
        out << IoText::tr(
            "Map either a unit column (unit → territory) or a rep column (rep → territory), not both.");
    return out;
}

} // namespace tessera::io
