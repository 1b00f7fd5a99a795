// Opportunity import: the kind that arrives by the million (CRM reports). Each row is checked on its UTF-8
// bytes first (plain amounts, ISO dates, ids and names seen before); a row that is not in those simple forms
// goes through the general path (ImportRow's QString accessors), which also gives every problem's message.
// The fast path only accepts rows the general path accepts too, with the same values. Validated rows go in
// batches to a writer thread (OpportunityWriter) while the next rows are read; the forecast facts of
// inserted rows are summed here and added once per key at the end (ForecastFactsBulkScope).
#include "bytesmap.h"
#include "common/error.h"
#include "forecast/factsbulk.h"
#include "importrow.h"
#include "io/iotext.h"
#include "opportunitywriter.h"
#include "store/planstore.h"
#include "values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <unordered_map>

namespace tessera::io {

namespace {

int F(const char *id)
{
    return fieldIndex(ImportKind::Opportunities, QString::fromLatin1(id));
}

const char *const Categories[] = {"Pipeline", "Best Case", "Commit", "Closed", "Omitted"};
constexpr int Closed = 3, Omitted = 4;

// Index in Categories of an exact name, -1 otherwise.
int categoryIndex(const QString &name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(Categories[i]))
            return i;
    return -1;
}

// "Best case", "BestCase" → "Best Case"; "" if not a forecast category.
QString canonicalCategory(const QString &text)
{
    for (const char *c : Categories)
        if (text == QLatin1String(c))
            return QLatin1String(c);
    for (const char *c : Categories)
        if (normalizedHeader(text) == normalizedHeader(QLatin1String(c)))
            return QLatin1String(c);
    return {};
}

bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// ASCII-trimmed; *plain stays true only if what is left starts and ends with ASCII, so that the result is
// what QString::trimmed() would give (it also trims Unicode spaces such as U+00A0).
std::string_view trimmed(std::string_view s, bool *plain)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    if (!s.empty() && (uchar(s.front()) >= 0x80 || uchar(s.back()) >= 0x80))
        *plain = false;
    return s;
}

std::string_view utf8View(const QByteArray &b)
{
    return std::string_view(b.constData(), size_t(b.size()));
}

// Forecast facts of inserted rows, summed per key.
struct FactKey
{
    qint64 owner;
    int month; // yyyymm
    int stage; // index in m_stageInfo
    int category;
    bool closed, won;
    bool operator==(const FactKey &o) const
    {
        return owner == o.owner && month == o.month && stage == o.stage && category == o.category &&
               closed == o.closed && won == o.won;
    }
};
struct FactKeyHash
{
    size_t operator()(const FactKey &k) const
    {
        return qHashMulti(0, k.owner, k.month, k.stage, k.category, k.closed, k.won);
    }
};
struct FactSums
{
    qint64 count = 0, amount = 0, weighted = 0;
};

class OpportunityHandler : public ImportHandler
{
public:
    // Owners and accounts are only ever ids found in the plan by prepare() (RepLookup, AccountLookup).
    bool resolvesReferences() const override { return true; }

    void prepare(PlanStore &store, const ImportOptions &options, const ColumnMapping &mapping) override
    {
        m_store = &store;
        m_dryRun = options.dryRun;
        m_numbers = options.settings.numbers;
        fExt = F("external_id"), fName = F("name"), fAccount = F("account"), fOwner = F("owner");
        fAmount = F("amount"), fCurrency = F("currency"), fStage = F("stage");
        fProbability = F("probability"), fCategory = F("forecast_category"), fType = F("type");
        fCreated = F("created_date"), fClose = F("close_date");
        m_columns = {mapping.has(fAccount), mapping.has(fOwner), mapping.has(fType), mapping.has(fCreated)};
        m_reps.load(store);
        m_accounts.load(store);
        m_existing.reserve(
            size_t(store.scalar(QStringLiteral("SELECT count(*) FROM opportunities")).toLongLong()));
        FastStatement q(store, "SELECT external_id, id, owner_rep_id FROM opportunities");
        while (q.step()) {
            const QByteArrayView ext = q.bytes(0);
            m_existing.insert(std::string_view(ext.data(), size_t(ext.size())),
                              Existing{q.int64(1), q.isNull(2) ? 0 : q.int64(2)});
        }
        const auto stages = QJsonDocument::fromJson(store.setting(QStringLiteral("stages")).toUtf8()).array();
        for (const auto &s : stages) {
            const QJsonObject o = s.toObject();
            m_stages.insert(o.value(QStringLiteral("name")).toString().toLower(),
                            {o.value(QStringLiteral("probability")).toInt(),
                             o.value(QStringLiteral("forecast_category")).toString()});
        }
        m_planCurrency = store.settings().currency.toUtf8();
    }

    // Bulk writes bypass the forecast_facts triggers (inserted rows are summed here, updated rows' owners
    // rebuilt at the end) and the CHECK constraints (every value is checked here). A file about as big as
    // the table (and big in itself) also rebuilds the secondary indexes once at the end instead of updating
    // them row by row.
    void begin(qint64 expectedRows) override
    {
        m_facts = std::make_unique<ForecastFactsBulkScope>(*m_store);
        // Room for the file's ids up front (up to two million) instead of doubling the table through a
        // million rows: loop 1.55-1.6 s -> 1.45-1.5 s at a million rows.
        m_seen.reserve(size_t(std::clamp<qint64>(expectedRows, 0, 2000000)));
        if (expectedRows >= 100000)
            m_cache = std::make_unique<BulkCacheScope>(*m_store, 512);
        if (expectedRows >= 100000 && expectedRows >= qint64(m_existing.size()))
            m_indexes = std::make_unique<BulkIndexScope>(*m_store, QStringLiteral("opportunities"));
        m_unchecked = std::make_unique<UncheckedWriteScope>(*m_store);
        m_writer = std::make_unique<OpportunityWriter>(*m_store, m_columns);
        m_writer->start();
        m_batch = m_writer->spare();
    }

    void handle(ImportRow &row, bool write, ImportReport &report) override
    {
        // The totals row that closes Tessera's own Deals export ("Total" and the sum of the amounts): passed
        // over, so an exported sheet imports back as it is.
        if (isTotalsRow(row)) {
            ++m_totalsRows;
            return;
        }
        OpportunityBatch scratch;
        OpportunityBatch &b = write ? *m_batch : scratch;
        const size_t textBefore = b.text.size();
        OpportunityRecord r;
        int stage = -1, category = -1;
        if (!(row.hasBytes() && fastRow(row, b, r, &stage, &category)))
            generalRow(row, b, r, &stage, &category);
        const std::string_view ext =
            r.externalId.length > 0
                ? std::string_view(b.text).substr(r.externalId.offset, size_t(r.externalId.length))
                : std::string_view();
        bool keep = !ext.empty();
        if (keep) {
            const auto [first, added] = m_seen.insert(ext, row.row());
            if (!added) {
                row.problem(fExt, IoText::tr("duplicate of row %1 ('%2')")
                                      .arg(*first)
                                      .arg(QString::fromUtf8(ext.data(), qsizetype(ext.size()))));
                keep = false;
            }
        }
        if (!keep || row.bad()) {
            b.text.resize(textBefore);
            return;
        }
        if (const Existing *e = m_existing.find(ext)) {
            r.existingId = e->id;
            if (write) {
                m_facts->touchOwner(e->owner);
                // An unmapped owner column leaves the owner as it was.
                m_facts->touchOwner(m_columns.owner ? r.owner : e->owner);
            }
            ++report.updated;
        } else {
            if (write)
                addFacts(b, r, stage, category);
            ++report.inserted;
        }
        if (!write)
            return;
        b.rows.push_back(r);
        if (b.full()) {
            m_writer->push(std::move(m_batch));
            m_batch = m_writer->spare();
        }
    }

    void finish(ImportRow &, bool write, ImportReport &) override
    {
        if (!m_writer)
            return;
        if (write && !m_batch->rows.empty())
            m_writer->push(std::move(m_batch));
        m_writer->finish(write);
        for (const auto &[key, sums] : m_factSums) {
            const QByteArray month = QByteArray::number(key.month / 100) + '-' +
                                     QByteArray::number(key.month % 100).rightJustified(2, '0');
            m_facts->addInserted({key.owner, QString::fromLatin1(month), m_stageInfo[size_t(key.stage)].text,
                                  QLatin1String(Categories[key.category]), int(key.closed), int(key.won),
                                  sums.count, sums.amount, sums.weighted});
        }
        for (const qint64 owner : m_overflowOwners)
            m_facts->touchOwner(owner);
    }

    QString note() const override
    {
        return m_totalsRows == 0
                   ? QString()
                   : IoText::tr("Passed over %n totals row(s) (an exported Deals sheet's last row).", nullptr,
                                int(m_totalsRows));
    }

    void beforeCommit() override
    {
        if (m_indexes)
            m_indexes->finish();
        m_unchecked.reset();
        if (m_facts)
            m_facts->finish();
    }

    void abort() override
    {
        if (m_writer)
            m_writer->stop();
    }

private:
    struct StageInfo
    {
        int probability = 0;
        QString category;
    };
    // What a stage name says, worked out once per distinct name.
    struct StageMemo
    {
        QString text;
        bool won = false, lost = false, known = false;
        int probability = 0;
        QString knownCategory;
    };
    struct Existing
    {
        qint64 id = 0;
        qint64 owner = 0; // 0: none
    };

    bool isTotalsRow(ImportRow &row)
    {
        const bool noName = row.hasBytes()
                                ? row.bytes(fName).find_first_not_of(" \t") == std::string_view::npos
                                : row.text(fName).isEmpty();
        if (!noName)
            return false;
        const QString ext = row.text(fExt);
        return ext.compare(QLatin1String("Total"), Qt::CaseInsensitive) == 0 || ext == IoText::tr("Total");
    }

    int stageIndex(std::string_view bytes)
    {
        if (const int *i = m_stageIndex.find(bytes))
            return *i;
        StageMemo m;
        m.text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        // Closed won / lost from the stage name, the plan's stage list, or (per row) the forecast category.
        const QString lower = m.text.toLower();
        const auto known = m_stages.constFind(lower);
        m.won = lower.contains(QLatin1String("closed won")) || lower == QLatin1String("won");
        m.lost = lower.contains(QLatin1String("closed lost")) || lower == QLatin1String("lost");
        if (known != m_stages.constEnd()) {
            m.known = true;
            m.probability = known->probability;
            m.knownCategory = known->category;
            if (!m.won && !m.lost && known->category == QLatin1String("Closed"))
                m.won = true;
        }
        m_stageInfo.push_back(m);
        m_stageIndex.insert(bytes, int(m_stageInfo.size() - 1));
        return int(m_stageInfo.size() - 1);
    }

    // Outcome, probability and category from the stage and what the row gives; false after a problem.
    bool complete(ImportRow &row, int stage, std::optional<int> probability, int category,
                  OpportunityRecord &r, int *categoryOut)
    {
        const StageMemo &m = m_stageInfo[size_t(stage)];
        bool won = m.won;
        if (!won && !m.lost && category == Closed)
            won = true;
        if (!probability)
            probability = m.known ? m.probability : (won ? 100 : 0);
        if (category < 0) {
            if (m.known && !m.knownCategory.isEmpty()) {
                category = categoryIndex(m.knownCategory);
                if (category < 0) {
                    row.problem(
                        fStage,
                        IoText::tr("the plan's stage '%1' has the forecast category '%2', which is not "
                                   "one of Pipeline, Best Case, Commit, Closed, Omitted")
                            .arg(m.text, m.knownCategory));
                    return false;
                }
            } else {
                category = won ? Closed : (m.lost ? Omitted : 0);
            }
        }
        if (*probability < 0 || *probability > 100) {
            row.problem(fStage, IoText::tr("the plan's stage '%1' has the probability %2 %, outside 0-100")
                                    .arg(m.text)
                                    .arg(*probability));
            return false;
        }
        r.probability = *probability;
        r.category = Categories[category];
        *categoryOut = category;
        r.closed = won || m.lost;
        r.won = won;
        return true;
    }

    // The row in its simple form, checked on bytes; false (nothing reported) if it is not.
    bool fastRow(ImportRow &row, OpportunityBatch &b, OpportunityRecord &r, int *stage, int *category)
    {
        bool plain = true;
        const auto get = [&](int f) {
            return trimmed(row.bytes(f), &plain);
        };
        const std::string_view ext = get(fExt), name = get(fName), stageText = get(fStage),
                               amount = get(fAmount), close = get(fClose), currency = get(fCurrency),
                               probability = get(fProbability), categoryText = get(fCategory),
                               account = get(fAccount), owner = get(fOwner), type = get(fType),
                               created = get(fCreated);
        if (!plain || ext.empty() || name.empty() || stageText.empty() || !isSimpleIsoDate(close))
            return false;
        const auto cents = parseSimpleMoneyCents(amount, m_numbers);
        if (!cents)
            return false;
        char code[3];
        if (!currency.empty()) {
            if (currency.size() != 3)
                return false;
            for (int i = 0; i < 3; ++i) {
                const char c = currency[size_t(i)];
                if (uchar(c) >= 0x80)
                    return false;
                code[i] = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
            }
        }
        std::optional<int> percent;
        if (!probability.empty() && !(percent = parseSimplePercent(probability)))
            return false;
        int given = -1;
        if (!categoryText.empty()) {
            const int *known = m_categoryIndex.find(categoryText);
            if (!known)
                known = m_categoryIndex
                            .insert(categoryText, categoryIndex(canonicalCategory(QString::fromUtf8(
                                                      categoryText.data(), qsizetype(categoryText.size())))))
                            .first;
            if (*known < 0)
                return false;
            given = *known;
        }
        if (!created.empty() && !isSimpleIsoDate(created))
            return false;
        qint64 accountId = 0, ownerId = 0;
        if (!account.empty() && !(accountId = lookup(m_accountIds, account, false)))
            return false;
        if (!owner.empty() && !(ownerId = lookup(m_ownerIds, owner, true)))
            return false;
        r.externalId = b.add(ext); // for the duplicate check, even if the row turns out bad
        *stage = stageIndex(stageText);
        if (!complete(row, *stage, percent, given, r, category))
            return true; // reported
        r.amountCents = *cents;
        r.account = accountId;
        r.owner = ownerId;
        r.name = b.add(name);
        r.currency = b.add(currency.empty() ? utf8View(m_planCurrency) : std::string_view(code, sizeof code));
        r.stage = b.add(stageText);
        r.closeDate = b.add(close);
        if (!type.empty())
            r.type = b.add(type);
        if (!created.empty())
            r.createdDate = b.add(created);
        return true;
    }

    // An account's or owner's id by external id or name, remembered per distinct text; 0 if not found.
    qint64 lookup(BytesMap<qint64> &memo, std::string_view key, bool rep)
    {
        if (const qint64 *id = memo.find(key))
            return *id;
        QString why;
        const QString text = QString::fromUtf8(key.data(), qsizetype(key.size()));
        const auto id = rep ? m_reps.find(text, &why) : m_accounts.find(text, &why);
        if (!id || *id <= 0)
            return 0;
        memo.insert(key, *id);
        return *id;
    }

    // Any row, through ImportRow's accessors: every problem reported with its message.
    void generalRow(ImportRow &row, OpportunityBatch &b, OpportunityRecord &r, int *stage, int *category)
    {
        const QString ext = row.text(fExt, true), name = row.text(fName, true),
                      stageText = row.text(fStage, true);
        if (!ext.isEmpty())
            r.externalId = b.add(utf8View(ext.toUtf8())); // for the duplicate check, even if the row is bad
        const auto amount = row.money(fAmount, true);
        const auto close = row.date(fClose, true);
        QString currency = row.text(fCurrency).toUpper();
        if (currency.isEmpty())
            currency = QString::fromUtf8(m_planCurrency);
        else if (currency.size() != 3)
            row.problem(fCurrency, IoText::tr("'%1' is not a three-letter currency code").arg(currency));
        const std::optional<int> probability = row.percent(fProbability);
        int given = -1;
        if (const QString text = row.text(fCategory); !text.isEmpty()) {
            given = categoryIndex(canonicalCategory(text));
            if (given < 0)
                row.problem(fCategory,
                            IoText::tr("'%1' is not a forecast category (Pipeline, Best Case, Commit, "
                                       "Closed, Omitted)")
                                .arg(text));
        }
        std::optional<qint64> account, owner;
        QString why;
        if (const QString t = row.text(fAccount); !t.isEmpty() && !(account = m_accounts.find(t, &why)))
            row.problem(fAccount, why);
        if (const QString t = row.text(fOwner); !t.isEmpty() && !(owner = m_reps.find(t, &why)))
            row.problem(fOwner, why);
        const QString type = row.text(fType);
        const auto created = m_columns.createdDate ? row.date(fCreated) : std::nullopt;
        if (stageText.isEmpty() || row.bad())
            return;
        *stage = stageIndex(utf8View(stageText.toUtf8()));
        if (!complete(row, *stage, probability, given, r, category))
            return;
        r.amountCents = *amount;
        r.account = account.value_or(0);
        r.owner = owner.value_or(0);
        r.name = b.add(utf8View(name.toUtf8()));
        r.currency = b.add(utf8View(currency.toUtf8()));
        r.stage = b.add(utf8View(stageText.toUtf8()));
        r.closeDate = b.add(utf8View(close->toString(Qt::ISODate).toUtf8()));
        if (!type.isEmpty())
            r.type = b.add(utf8View(type.toUtf8()));
        if (created)
            r.createdDate = b.add(utf8View(created->toString(Qt::ISODate).toUtf8()));
    }

    void addFacts(const OpportunityBatch &b, const OpportunityRecord &r, int stage, int category)
    {
        const std::string_view close = std::string_view(b.text).substr(r.closeDate.offset, 7); // "2027-03"
        const int month =
            ((close[0] - '0') * 1000 + (close[1] - '0') * 100 + (close[2] - '0') * 10 + (close[3] - '0')) *
                100 +
            (close[5] - '0') * 10 + (close[6] - '0');
        FactSums &s = m_factSums[FactKey{r.owner, month, stage, category, r.closed, r.won}];
        qint64 weighted = 0;
        // Sums that would overflow are left to the set-based rebuild of that owner (SQLite's own arithmetic).
        if (__builtin_mul_overflow(r.amountCents, qint64(r.probability), &weighted) ||
            __builtin_add_overflow(s.amount, r.amountCents, &s.amount) ||
            __builtin_add_overflow(s.weighted, weighted, &s.weighted))
            m_overflowOwners.push_back(r.owner);
        ++s.count;
    }

    qint64 m_totalsRows = 0;
    int fExt, fName, fAccount, fOwner, fAmount, fCurrency, fStage, fProbability, fCategory, fType, fCreated,
        fClose;
    NumberFormat m_numbers;
    OpportunityColumns m_columns;
    RepLookup m_reps;
    AccountLookup m_accounts;
    BytesMap<Existing> m_existing;
    BytesMap<qint64> m_seen; // external id → row of the file
    BytesMap<qint64> m_accountIds, m_ownerIds;
    BytesMap<int> m_categoryIndex, m_stageIndex;
    std::vector<StageMemo> m_stageInfo;
    QHash<QString, StageInfo> m_stages;
    QByteArray m_planCurrency;
    std::unordered_map<FactKey, FactSums, FactKeyHash> m_factSums;
    std::vector<qint64> m_overflowOwners;
    std::unique_ptr<ForecastFactsBulkScope> m_facts;
    std::unique_ptr<BulkCacheScope> m_cache;
    std::unique_ptr<BulkIndexScope> m_indexes;
    std::unique_ptr<UncheckedWriteScope> m_unchecked;
    std::unique_ptr<OpportunityWriter> m_writer;
    std::unique_ptr<OpportunityBatch> m_batch;
};

} // namespace

std::unique_ptr<ImportHandler> makeOpportunityHandler()
{
    return std::make_unique<OpportunityHandler>();
}

} // namespace tessera::io
