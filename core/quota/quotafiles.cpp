// Quota files: the seasonality CSV, the quota export and bottom-up submissions.
#include "quotastore.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

namespace tessera::quota {
namespace {

// Lines of a small CSV without quoted commas (both our inputs are two plain columns).
std::vector<QStringList> readRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("QuotaFiles", "Cannot read the file."), path);
    std::vector<QStringList> rows;
    QTextStream in(&f);
    while (!in.atEnd()) {
        QStringList cells = in.readLine().split(QLatin1Char(','));
        for (QString &c : cells) {
            c = c.trimmed();
            if (c.size() >= 2 && c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"')))
                c = c.mid(1, c.size() - 2);
        }
        rows.push_back(cells);
    }
    return rows;
}

bool isHeader(const QStringList &row)
{
    bool ok = false;
    row.value(1).remove(QLatin1Char('%')).toDouble(&ok);
    return !ok;
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')))
        return QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return s;
}

} // namespace

std::array<qint64, 12> readSeasonalityCsv(const QString &path, const QuotaCalendar &calendar, int fiscalYear)
{
    const std::vector<QStringList> rows = readRows(path);
    std::array<qint64, 12> weights{};
    std::array<bool, 12> seen{};
    for (size_t i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        const qint64 line = qint64(i) + 1;
        if (row.join(QString()).isEmpty() || (i == 0 && isHeader(row)))
            continue;
        if (row.size() < 2)
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("QuotaFiles", "Expected two columns: month and weight."), path,
                line);
        int m = 0;
        bool ok = false;
        m = row[0].toInt(&ok);
        if (!ok) {
            FiscalPeriod p;
            if (calendar.fiscal().parse(row[0], &p) && p.kind == FiscalPeriod::Kind::Month &&
                p.fiscalYear == fiscalYear)
                m = p.number;
        }
        if (m < 1 || m > 12)
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("QuotaFiles", "Not a month of FY%1: use 1 to 12 or YYYY-MM.")
                    .arg(fiscalYear),
                path, line, QStringLiteral("month"));
        if (seen[size_t(m - 1)])
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate("QuotaFiles", "This month appears twice."), path,
                               line, QStringLiteral("month"));
        const auto rate = Rate::parse(row[1]);
        if (!rate || rate->micros() < 0)
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate(
                                   "QuotaFiles", "Not a weight: write a number such as 0.085 or 8.5%."),
                               path, line, QStringLiteral("weight"));
        seen[size_t(m - 1)] = true;
        weights[size_t(m - 1)] = rate->micros();
    }
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    if (sum <= 0)
        throw TesseraError(
            TesseraError::Kind::User,
            QCoreApplication::translate("QuotaFiles", "The seasonality has no positive weight."), path);
    // The weights as entered (in millionths): shares are weight ÷ sum, so 12 equal weights are equal months.
    return weights;
}

void exportCsv(const QuotaPlan &plan, const QuotaCalendar &calendar, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("QuotaFiles", "Cannot write the file."), path);
    QTextStream out(&f);
    out << "rep_id,rep_name,territory,period,quota\n";
    for (const QuotaNode &n : plan.nodes) {
        if (n.level != Level::Rep)
            continue;
        const QString territory = plan.nodes[size_t(n.parent)].code;
        for (int m = 0; m < 12; ++m)
            out << csvField(n.code) << ',' << csvField(n.name) << ',' << csvField(territory) << ','
                << calendar.monthLabel(plan.settings.fiscalYear, m + 1) << ','
                << Money::fromCents(n.cells[size_t(m)].value).toPlainString() << '\n';
    }
    out.flush();
    if (!f.commit())
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("QuotaFiles", "Cannot write the file."), path);
}

void saveSubmission(PlanStore &store, const QuotaPlan &plan, int node, qint64 cents)
{
    const QuotaNode &n = plan.nodes[size_t(node)];
    const bool rep = n.level == Level::Rep;
    Transaction tx(store);
    store.query(QStringLiteral("DELETE FROM quota_submissions WHERE fiscal_year = ? AND %1 = ?")
                    .arg(rep ? QStringLiteral("rep_id") : QStringLiteral("org_node_id")),
                {plan.settings.fiscalYear, n.id});
    store.query(
        QStringLiteral("INSERT INTO quota_submissions(org_node_id, rep_id, fiscal_year, amount_cents, "
                       "submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {rep ? QVariant() : QVariant(n.id), rep ? QVariant(n.id) : QVariant(), plan.settings.fiscalYear,
         cents, store.user(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    tx.commit();
}

void deleteSubmission(PlanStore &store, const QuotaPlan &plan, int node)
{
    const QuotaNode &n = plan.nodes[size_t(node)];
    store.query(QStringLiteral("DELETE FROM quota_submissions WHERE fiscal_year = ? AND %1 = ?")
                    .arg(n.level == Level::Rep ? QStringLiteral("rep_id") : QStringLiteral("org_node_id")),
                {plan.settings.fiscalYear, n.id});
}

int importSubmissions(PlanStore &store, const QuotaPlan &plan, const QString &path)
{
    QHash<QString, int> byCode;
    for (size_t i = 0; i < plan.nodes.size(); ++i)
        byCode.insert(plan.nodes[i].code, int(i));
    const std::vector<QStringList> rows = readRows(path);
    Transaction tx(store);
    int count = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        const qint64 line = qint64(i) + 1;
        if (row.join(QString()).isEmpty() || (i == 0 && isHeader(row)))
            continue;
        const int node = byCode.value(row.value(0), -1);
        if (node < 0)
            throw TesseraError(TesseraError::Kind::User,
                               QCoreApplication::translate(
                                   "QuotaFiles", "No org node or rep of this plan has the code \"%1\".")
                                   .arg(row.value(0)),
                               path, line, QStringLiteral("code"));
        const auto amount = Money::parse(row.value(1));
        if (!amount || amount->cents() < 0)
            throw TesseraError(
                TesseraError::Kind::User,
                QCoreApplication::translate("QuotaFiles", "Not an amount: write e.g. 1250000.00."), path,
                line, QStringLiteral("amount"));
        saveSubmission(store, plan, node, amount->cents());
        ++count;
    }
    tx.commit();
    return count;
}

std::vector<Submission> loadSubmissions(const PlanStore &store, const QuotaPlan &plan)
{
    QHash<qint64, int> orgIndex, repIndex;
    for (size_t i = 0; i < plan.nodes.size(); ++i)
        (plan.nodes[i].level == Level::Rep ? repIndex : orgIndex).insert(plan.nodes[i].id, int(i));
    std::vector<Submission> out;
    QSqlQuery q =
        store.query(QStringLiteral("SELECT org_node_id, rep_id, amount_cents FROM quota_submissions "
                                   "WHERE fiscal_year = ?"),
                    {plan.settings.fiscalYear});
    while (q.next()) {
        const int n = q.value(0).isNull() ? repIndex.value(q.value(1).toLongLong(), -1)
                                          : orgIndex.value(q.value(0).toLongLong(), -1);
        if (n >= 0)
            out.push_back({n, q.value(2).toLongLong()});
    }
    return out;
}

} // namespace tessera::quota
